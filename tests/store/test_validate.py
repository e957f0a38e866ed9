"""SHACL validation: the bundled graph conforms; each rule has a valid and an invalid case; the CLI's exit codes."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from graph.errors import DataError
from graph.store.turtle import load_graph, ontology_dir, parse_file
from graph.store.rdf import bind_prefixes
from graph.store.validate import Report, Violation, load_shapes, validate
from ..conftest import invoke
from ..conftest import raises_worded
from graph.views import messages as words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "shapes"
VALID = FIXTURES / "valid.ttl"
AIJSH = "https://w3id.org/aijobs/shapes#"
ONTOLOGY = "https://w3id.org/aijobs/ontology"


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


@pytest.fixture
def valid():
    """A fresh copy of the small valid fixture, with the project's prefixes bound (for SPARQL updates)."""
    return parse_file(bind_prefixes(Graph()), VALID)


def rules_of(report: Report) -> set[str]:
    return {v.rule for v in report.violations}


# ------------------------------------------------------------------ graphs that conform

def test_the_bundled_graph_conforms():
    graph = load_graph()
    report = validate(graph)
    assert report.conforms, [f"{v.focus} {v.path} {v.message}" for v in report.violations]
    assert report.violations == []
    assert report.shapes == 20 and report.rules == 41 and report.triples == len(graph)


def test_the_small_valid_fixture_conforms(valid, shapes):
    report = validate(valid, shapes)
    assert report.conforms and report.violations == []


def test_the_fixture_reaches_every_family_of_rules(valid, shapes):
    """The valid fixture has at least one focus node for each node shape, so 'conforms' means something."""
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        targets = set()
        for cls in shapes.objects(shape, SH.targetClass):
            targets |= {s for s in valid.subjects(RDF.type, cls)}
            targets |= {s for sub in valid.subjects(URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), cls)
                        for s in valid.subjects(RDF.type, sub)}
        for prop in shapes.objects(shape, SH.targetSubjectsOf):
            targets |= set(valid.subjects(prop, None))
        targets |= set(shapes.objects(shape, SH.targetNode))
        assert targets, f"the valid fixture gives {shape} nothing to check"


# ------------------------------------------------------------------ one invalid case per rule

def stated(subject: str, link: str, target: str, quote: str = "ev:q1") -> str:
    """Triples asserting one link with a quoted statement about it, so that only the rule under test breaks."""
    return (f"{subject} {link} {target} . [] a rdf:Statement ; rdf:subject {subject} ; rdf:predicate {link} ;"
            f" rdf:object {target} ; aij:evidence {quote} .")


# rule -> (SPARQL update that breaks only that rule, the focus node it flags, words of its sh:message)
BROKEN = {
    "PrefLabelEn": ('DELETE DATA { role:analyst skos:prefLabel "Analyst"@en }',
                    "role/analyst", "Needs exactly one English preferred label (skos:prefLabel with @en)."),
    "PrefLabelId": ('INSERT DATA { sector:gov skos:prefLabel "Pemerintah"@id }',
                    "sector/gov", "Needs exactly one Indonesian preferred label (skos:prefLabel with @id)."),
    "DefinitionEn": ('DELETE DATA { concern:privacy skos:definition "Control over personal data."@en }',
                     "concern/privacy", "Needs exactly one English definition (skos:definition with @en)."),
    "DefinitionId": ('DELETE DATA { family:data skos:definition "Peran yang bekerja dengan data."@id }',
                     "family/data", "Needs exactly one Indonesian definition (skos:definition with @id)."),
    "AltLabelNotPrefLabel": ('INSERT DATA { usecase:policy skos:altLabel "Policy making"@en }',
                             "usecase/policy", "A skos:altLabel repeats a skos:prefLabel in the same language: drop it."),
    "PrefLabelUnique": ('DELETE DATA { org:agency skos:prefLabel "Badan"@id } ;'
                        'INSERT DATA { org:agency skos:prefLabel "Kursus"@id }',
                        ONTOLOGY, 'organization/agency and route/course share the preferred label "Kursus"'),
    "ProvenanceShape": ('DELETE WHERE { concern:privacy aij:curationNote ?note }',
                        "concern/privacy", "Has no provenance: add an aij:evidence quote from an article or an aij:curationNote."),
    "RoleHasRequirement": ("DELETE WHERE { req:analyst--analysis ?p ?o }",
                           "role/analyst", "A role needs at least one aij:SkillRequirement whose aij:ofRole is this role."),
    "RoleInSector": ("DELETE WHERE { role:analyst aij:inSector ?sector } ; DELETE WHERE { stmt:analyst--inSector--gov ?p ?o }",
                     "role/analyst", "A role needs at least one aij:inSector, and every aij:inSector must be an aij:Sector."),
    "RoleSkillOnce": ('INSERT DATA { req:again a aij:SkillRequirement ; aij:ofRole role:analyst ;'
                      ' aij:requiresSkill skill:analysis ; aij:level 2 ; aij:essential false ;'
                      ' aij:curationNote "Twice."@en , "Dua kali."@id }',
                      "role/analyst", "Several skill requirements link this role to the same skill (the value): keep one."),
    "RequirementTypeShape": ("DELETE DATA { req:analyst--analysis a aij:SkillRequirement }",
                             "requirement/analyst--analysis",
                             "Uses aij:ofRole, aij:requiresSkill, aij:level or aij:essential, so it must be typed aij:SkillRequirement."),
    "RequirementRole": ("INSERT DATA { req:analyst--analysis aij:ofRole sector:gov }",
                        "requirement/analyst--analysis", "A skill requirement needs exactly one aij:ofRole, an aij:Role."),
    "RequirementSkill": ("DELETE WHERE { req:analyst--analysis aij:requiresSkill ?skill }",
                         "requirement/analyst--analysis", "A skill requirement needs exactly one aij:requiresSkill, an aij:Skill."),
    "RequirementLevel": ("DELETE DATA { req:analyst--analysis aij:level 3 } ; INSERT DATA { req:analyst--analysis aij:level 5 }",
                         "requirement/analyst--analysis", "A skill requirement needs exactly one aij:level, an xsd:integer from 1 to 4."),
    "RequirementEssential": ('DELETE DATA { req:analyst--analysis aij:essential true } ;'
                             'INSERT DATA { req:analyst--analysis aij:essential "yes" }',
                             "requirement/analyst--analysis",
                             "A skill requirement needs exactly one aij:essential, true or false (xsd:boolean)."),
    "RequirementNote": ("DELETE WHERE { req:analyst--analysis aij:levelNote ?note }",
                        "requirement/analyst--analysis",
                        "A skill requirement gives the rationale for its level"),
    "StatementStatusShape": ("INSERT DATA { stmt:analyst--inFamily--data aij:evidence ev:q1 }",
                             "statement/analyst--inFamily--data", "Needs exactly one status: quoted (aij:evidence) or curated"),
    "CurationNoteShape": ('DELETE DATA { stmt:analyst--inFamily--data aij:curationNote "Analis bekerja dengan data."@id }',
                          "statement/analyst--inFamily--data", "once in English (@en) and once in Indonesian (@id)"),
    "StatementSubject": ("INSERT DATA { stmt:extra a rdf:Statement ; rdf:predicate aij:inSector ; rdf:object sector:gov ;"
                         " aij:evidence ev:q1 }", "statement/extra", "A statement needs exactly one rdf:subject, an IRI."),
    "StatementPredicate": ("INSERT DATA { stmt:extra a rdf:Statement ; rdf:subject role:analyst ; rdf:predicate rdf:type ;"
                           " rdf:object aij:Role ; aij:evidence ev:q1 }", "statement/extra", "A statement needs exactly one rdf:predicate"),
    "StatementObject": ("INSERT DATA { stmt:extra a rdf:Statement ; rdf:subject role:analyst ; rdf:predicate aij:inSector ;"
                        " aij:evidence ev:q1 }", "statement/extra", "A statement needs exactly one rdf:object, an IRI."),
    "StatementAsserted": ("INSERT DATA { stmt:extra a rdf:Statement ; rdf:subject role:analyst ; rdf:predicate aij:inFamily ;"
                          " rdf:object concern:privacy ; aij:evidence ev:q1 }", "statement/extra",
                          "Describes a link the data does not assert"),
    "LinkHasStatement": ("DELETE WHERE { stmt:analyst--inFamily--data ?p ?o }", ONTOLOGY,
                         "The link role/analyst aij:inFamily https://w3id.org/aijobs/family/data has no provenance"),
    "SkillEffort": ("DELETE DATA { skill:analysis aij:effortHours 30 } ; INSERT DATA { skill:analysis aij:effortHours 0 }",
                    "skill/analysis", "A skill needs exactly one aij:effortHours, a number greater than 0."),
    "SkillPriced": ("DELETE WHERE { skill:stats aij:effortHours ?hours }",
                    "skill/stats", "A skill needs exactly one aij:effortHours, a number greater than 0."),
    "TraitEffort": ("INSERT DATA { skill:honesty aij:effortHours 10 }",
                    "skill/honesty", "A trait (aij:Trait) is not learned by study: it has no aij:effortHours."),
    "SkillKindShape": ("INSERT DATA { skill:stats a aij:TechnicalSkill }",
                       "skill/stats", "A skill must be exactly one of aij:TechnicalSkill, aij:NonTechnicalSkill or aij:Knowledge."),
    "PrerequisiteAcyclic": (f"INSERT DATA {{ {stated('skill:stats', 'aij:prerequisite', 'skill:analysis')} }}",
                            "skill/analysis", "aij:prerequisite forms a cycle"),
    "LinkFamily": (f"INSERT DATA {{ {stated('role:analyst', 'aij:inFamily', 'concern:privacy')} }}",
                   "role/analyst", "aij:inFamily must point to an aij:RoleFamily."),
    "LinkConcern": (f"INSERT DATA {{ {stated('skill:analysis', 'aij:addressesConcern', 'sector:gov')} }}",
                    "skill/analysis", "aij:addressesConcern must point to an aij:Concern."),
    "LinkUseCase": (f"INSERT DATA {{ {stated('role:analyst', 'aij:hasUseCase', 'route:course')} }}",
                    "role/analyst", "aij:hasUseCase must point to an aij:UseCase."),
    "LinkTrainingRoute": (f"INSERT DATA {{ {stated('role:analyst', 'aij:trainingRoute', 'usecase:policy')} }}",
                          "role/analyst", "aij:trainingRoute must point to an aij:TrainingRoute."),
    "LinkGrowthOutlook": (f"INSERT DATA {{ {stated('role:analyst', 'aij:growthOutlook', 'level:3')} }}",
                          "role/analyst", "aij:growthOutlook must be at most one aij:GrowthOutlook (aij:Growing or aij:Emerging)."),
    "LinkPrerequisite": (f"INSERT DATA {{ {stated('skill:analysis', 'aij:prerequisite', 'concern:privacy')} }}",
                         "skill/analysis", "aij:prerequisite must point to an aij:Skill."),
    "LinkEvidence": ("INSERT DATA { sector:gov aij:evidence src:article }",
                     "sector/gov", "aij:evidence must point to an aij:Evidence."),
    "EvidenceQuote": ("DELETE WHERE { ev:q1 aij:quote ?quote }",
                      "evidence/q1", "Evidence needs exactly one aij:quote, a non-empty plain string."),
    "EvidenceSource": ("DELETE WHERE { ev:q1 dcterms:source ?source }",
                       "evidence/q1", "Evidence needs exactly one dcterms:source, an aij:Source."),
    "EvidenceUsed": ('INSERT DATA { ev:q2 a aij:Evidence ; aij:quote "Tidak dikutip." ; dcterms:source src:article }',
                     "evidence/q2", "Evidence is not cited: no resource points to it with aij:evidence."),
    "SourceSeedFile": ("DELETE WHERE { src:article aij:seedFile ?file }",
                       "source/article", "A source needs exactly one aij:seedFile, the name of the file holding the article."),
    "LevelValue": ("DELETE DATA { level:3 aij:levelValue 3 } ; INSERT DATA { level:3 aij:levelValue 7 }",
                   "level/3", "A proficiency level needs exactly one aij:levelValue, an xsd:integer from 1 to 4."),
    "LevelEffortFactor": ("DELETE DATA { level:3 aij:effortFactor 3 } ; INSERT DATA { level:3 aij:effortFactor 0 }",
                          "level/3", "A proficiency level needs exactly one aij:effortFactor, an xsd:integer of at least 1."),
}


def test_every_rule_has_an_invalid_case(shapes):
    """Each shape or SPARQL constraint that carries an sh:message is broken by exactly one case above."""
    rules = {str(s).removeprefix(AIJSH) for s in shapes.subjects(SH.message, None)}
    assert rules == set(BROKEN)


def test_every_rule_has_an_english_message(shapes):
    for rule in shapes.subjects(SH.message, None):
        messages = list(shapes.objects(rule, SH.message))
        assert [m.language for m in messages] == ["en"] and str(messages[0]).strip(), rule


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_each_invalid_case_breaks_its_rule_and_no_other(rule, valid, shapes):
    update, focus, message = BROKEN[rule]
    valid.update(update)
    report = validate(valid, shapes)
    assert not report.conforms
    assert rules_of(report) == {f"aijsh:{rule}"}
    focus_iri = focus if focus.startswith("https://") else f"https://w3id.org/aijobs/{focus}"
    assert URIRef(focus_iri) in {v.focus for v in report.violations}
    assert any(message in v.message for v in report.violations), [v.message for v in report.violations]
    assert all(v.severity == "Violation" for v in report.violations)


# ------------------------------------------------------------------ prerequisite cycles

SKILL = "https://w3id.org/aijobs/skill/"


def test_a_two_skill_prerequisite_cycle_flags_both_skills(valid, shapes):
    valid.update(f"INSERT DATA {{ {stated('skill:stats', 'aij:prerequisite', 'skill:analysis')} }}")
    report = validate(valid, shapes)
    found = {(str(v.focus), str(v.value), v.path) for v in report.violations}
    assert found == {(SKILL + "analysis", SKILL + "stats", "aij:prerequisite"),
                     (SKILL + "stats", SKILL + "analysis", "aij:prerequisite")}


def test_a_longer_cycle_and_a_self_loop_are_caught(valid, shapes):
    valid.update("""INSERT DATA {
        skill:coding a aij:TechnicalSkill ; skos:prefLabel "Coding"@en , "Koding"@id ;
            skos:definition "Writing code."@en , "Menulis kode."@id ; aij:effortHours 10 ; aij:curationNote "Curated." .
    """ + stated("skill:stats", "aij:prerequisite", "skill:coding") + stated("skill:coding", "aij:prerequisite", "skill:analysis")
                 + "}")
    report = validate(valid, shapes)
    assert {str(v.focus) for v in report.violations} == {SKILL + "analysis", SKILL + "stats", SKILL + "coding"}
    assert rules_of(report) == {"aijsh:PrerequisiteAcyclic"}

    selfloop = parse_file(bind_prefixes(Graph()), VALID)
    selfloop.update(f"INSERT DATA {{ {stated('skill:stats', 'aij:prerequisite', 'skill:stats')} }}")
    [violation] = validate(selfloop, shapes).violations
    assert (str(violation.focus), violation.value) == (SKILL + "stats", URIRef(SKILL + "stats"))


def test_a_cycle_in_the_bundled_graph_is_caught():
    graph = load_graph()
    graph.update(f"INSERT DATA {{ {stated('skill:statistics', 'aij:prerequisite', 'skill:data-analysis', 'ev:g-analyst-skills')} }}")
    report = validate(graph)
    assert rules_of(report) == {"aijsh:PrerequisiteAcyclic"}
    assert {str(v.focus) for v in report.violations} >= {SKILL + "statistics", SKILL + "data-analysis"}


# ------------------------------------------------------------------ the report

def test_violations_are_sorted_and_repeatable(valid, shapes):
    valid.update("DELETE WHERE { role:analyst aij:inSector ?s } ; DELETE WHERE { stmt:analyst--inSector--gov ?p ?o } ;"
                 "DELETE WHERE { ev:q1 aij:quote ?q } ;"
                 'INSERT DATA { sector:gov skos:prefLabel "Pemerintah"@id }')
    first, second = validate(valid, shapes), validate(valid, shapes)
    assert first == second
    assert first.violations == sorted(first.violations, key=Violation.sort_key)
    assert [str(v.focus).rsplit("/", 2)[-2] for v in first.violations] == ["evidence", "role", "sector"]


def test_an_inverse_path_is_written_in_sparql_syntax(valid, shapes):
    valid.update("DELETE WHERE { req:analyst--analysis ?p ?o }")
    [violation] = validate(valid, shapes).violations
    assert violation.path == "^aij:ofRole"


def test_validate_accepts_a_shapes_file_and_the_graph_is_left_unchanged(valid):
    before = len(valid)
    report = validate(valid, ontology_dir() / "shapes.ttl")
    assert report.conforms and len(valid) == before


# ------------------------------------------------------------------ broken shapes files

def break_shapes(tmp_path, old, new) -> Path:
    text = (ontology_dir() / "shapes.ttl").read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "broken-shapes.ttl"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    return broken


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_a_turtle_error_in_the_shapes_names_file_and_line(tmp_path, valid):
    broken = break_shapes(tmp_path, "sh:minCount 1 ; sh:maxCount 1 ;\n    sh:class aij:Role ;",
                          "sh:minCount 1 sh:maxCount 1 ;\n    sh:class aij:Role ;")
    with raises_worded(DataError, match=rf"^{re.escape(str(broken))}:{line_of(broken, 'sh:minCount 1 sh:maxCount')}:\d+: bad Turtle"):
        validate(valid, broken)


def test_an_invalid_shacl_value_names_the_shape_and_its_line(tmp_path, valid, capfd):
    broken = break_shapes(tmp_path, "sh:path aij:inSector ;\n    sh:minCount 1 ;", 'sh:path aij:inSector ;\n    sh:minCount "one" ;')
    with pytest.raises(DataError) as caught:
        validate(valid, broken)
    message = words.message(caught.value, "en")
    line = line_of(broken, 'sh:minCount "one"')
    assert message.startswith(f"{broken}:{line}: invalid SHACL shapes (")
    assert "aijsh:RoleInSector sh:minCount" in message and "\n" not in message
    assert capfd.readouterr() == ("", "")  # pyshacl's own logging is kept quiet


def test_a_sparql_error_in_the_shapes_names_the_line_inside_the_query(tmp_path, valid):
    broken = break_shapes(tmp_path, "?value aij:prerequisite* $this .", "?value aij:prerequisite* $this (( .")
    with raises_worded(DataError, match=rf"^{re.escape(str(broken))}:{line_of(broken, '$this ((')}: invalid SHACL shapes "
                                        r"\(aijsh:PrerequisiteAcyclic: SPARQL does not parse"):
        validate(valid, broken)


def test_a_file_without_shapes_or_missing_is_refused(tmp_path, valid):
    empty = tmp_path / "empty.ttl"
    empty.write_text("# no shapes here\n", encoding="utf-8")
    with raises_worded(DataError, match="no SHACL shapes"):
        validate(valid, empty)
    with raises_worded(DataError, match="cannot be read"):
        validate(valid, tmp_path / "missing.ttl")


# ------------------------------------------------------------------ the command

def run(*args):
    return invoke(*args)


def data_folder(tmp_path, extra: str = "", name: str = "data") -> Path:
    """A data folder holding the valid fixture, plus ``extra`` Turtle in a second file."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(VALID, folder / "valid.ttl")
    if extra:
        (folder / "extra.ttl").write_text(extra, encoding="utf-8")
    return folder


CYCLE = """@prefix aij: <https://w3id.org/aijobs/ontology#> .
@prefix skill: <https://w3id.org/aijobs/skill/> .
@prefix ev: <https://w3id.org/aijobs/evidence/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
skill:stats aij:prerequisite skill:analysis .
[] a rdf:Statement ; rdf:subject skill:stats ; rdf:predicate aij:prerequisite ; rdf:object skill:analysis ; aij:evidence ev:q1 .
"""


def test_cli_exit_0_when_the_bundled_graph_conforms():
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"Graph conforms: 20 shapes \(41 rules\) checked, [\d,]+ triples, no violations\.\n", result.output)


def test_cli_exit_1_lists_one_line_per_violation(tmp_path):
    result = run("--data", data_folder(tmp_path, CYCLE), "validate")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "skill:analysis (Analysis) aij:prerequisite: aij:prerequisite forms a cycle: from this skill, prerequisites lead"
        " back to it (the value is the first step). [value: skill:stats (Statistics)]",
        "skill:stats (Statistics) aij:prerequisite: aij:prerequisite forms a cycle: from this skill, prerequisites lead"
        " back to it (the value is the first step). [value: skill:analysis (Analysis)]",
        "Graph does not conform: 2 violation(s) on 2 resource(s), 20 shapes checked.",
    ]


def test_cli_json_report(tmp_path):
    result = run("--data", data_folder(tmp_path, CYCLE), "validate", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["conforms"] is False and report["shapes"] == 20
    assert report["violations"][0] == {
        "focus": SKILL + "analysis", "label": "Analysis", "path": "aij:prerequisite",
        "message": "aij:prerequisite forms a cycle: from this skill, prerequisites lead back to it (the value is the first step).",
        "severity": "Violation", "value": SKILL + "stats", "rule": "aijsh:PrerequisiteAcyclic",
    }
    folder = data_folder(tmp_path, name="ok")
    ok = run("--data", folder, "validate", "--format", "json")
    assert ok.exit_code == 0
    assert json.loads(ok.output) == {"conforms": True, "shapes": 20, "rules": 41, "triples": len(load_graph(folder)),
                                     "violations": []}


def test_cli_exit_2_on_a_hand_broken_shapes_file(tmp_path):
    broken = break_shapes(tmp_path, "sh:minCount 1 ; sh:maxCount 1 ;\n    sh:class aij:Role ;",
                          "sh:minCount 1 sh:maxCount 1 ;\n    sh:class aij:Role ;")
    result = run("validate", "--shapes", broken)
    assert result.exit_code == 2
    line = line_of(broken, "sh:minCount 1 sh:maxCount")
    assert re.fullmatch(rf"Error: {re.escape(str(broken))}:{line}:\d+: bad Turtle syntax \(.+\)\n", result.output)
    assert "Traceback" not in result.output


def test_cli_exit_2_on_a_broken_data_file(tmp_path):
    folder = data_folder(tmp_path, "@prefix aij: <https://w3id.org/aijobs/ontology#> .\naij:x aij:y .\naij:broken\n")
    result = run("--data", folder, "validate")
    assert result.exit_code == 2
    assert re.fullmatch(rf"Error: {re.escape(str(folder / 'extra.ttl'))}:\d+:\d+: bad Turtle syntax \(.+\)\n", result.output)


def test_cli_exit_2_on_a_missing_shapes_file(tmp_path):
    result = run("validate", "--shapes", tmp_path / "nope.ttl")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {tmp_path / 'nope.ttl'}: cannot be read")


def test_cli_validate_has_help_text():
    result = run("validate", "--help")
    assert result.exit_code == 0
    assert "Check the graph against the SHACL shapes" in result.output
    assert "--shapes FILE" in result.output and "--format [text|json]" in result.output
    assert "exit" in result.output.lower()


def test_other_commands_do_not_pay_for_importing_pyshacl():
    code = "import sys, graph.cli; print('pyshacl' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
