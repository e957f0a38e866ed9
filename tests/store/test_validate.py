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

from graph.errors import DataError, Phrase
from graph.store.dataset import Dataset
from graph.store.turtle import load_graph, ontology_dir, parse_file
from graph.store.rdf import bind_prefixes
from graph.store.validate import Report, Violation, check_quotes, load_shapes, validate, validate_dataset
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


@pytest.mark.parametrize("rules", [ontology_dir() / "shapes.ttl", ontology_dir() / "shapes-import.ttl"],
                         ids=lambda path: path.name)
def test_every_rule_has_one_message_in_english_and_one_in_indonesian(rules):
    shapes = load_shapes(rules)
    for rule in shapes.subjects(SH.message, None):
        messages = sorted(shapes.objects(rule, SH.message), key=lambda m: m.language)
        assert [m.language for m in messages] == ["en", "id"] and all(str(m).strip() for m in messages), rule
        assert str(messages[0]) != str(messages[1]), rule


def english(violation) -> str:
    """A violation's message as an English reader sees it."""
    return violation.message if isinstance(violation.message, str) else words.message(violation.message, "en")


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_each_invalid_case_breaks_its_rule_and_no_other(rule, valid, shapes):
    update, focus, message = BROKEN[rule]
    valid.update(update)
    report = validate(valid, shapes)
    assert not report.conforms
    assert rules_of(report) == {f"aijsh:{rule}"}
    focus_iri = focus if focus.startswith("https://") else f"https://w3id.org/aijobs/{focus}"
    assert URIRef(focus_iri) in {v.focus for v in report.violations}
    assert any(message in english(v) for v in report.violations), [english(v) for v in report.violations]
    assert all(v.severity == "Violation" for v in report.violations)
    rule_text = {m.language: str(m) for m in shapes.objects(URIRef(AIJSH + rule), SH.message)}
    found = [v for v in report.violations if v.rule == f"aijsh:{rule}"]
    if "{?" not in rule_text["id"]:  # SPARQL rules fill in their variables
        assert rule_text["id"] in {words.message(v.message, "id") for v in found}
    assert all(words.message(v.message, "id") != english(v) for v in found)


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


#: The last line of `graph validate` without --articles.
UNCHECKED = "Quotes were not checked against the articles (give --articles DIR, the folder holding them)."

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
    assert re.fullmatch(r"Graph conforms: 20 shapes \(41 rules\) checked, [\d,]+ triples, no violations\.\n"
                        + re.escape(UNCHECKED) + "\n", result.output)


def test_cli_exit_1_lists_one_line_per_violation(tmp_path):
    result = run("--data", data_folder(tmp_path, CYCLE), "validate")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "skill:analysis (Analysis) aij:prerequisite: aij:prerequisite forms a cycle: from this skill, prerequisites lead"
        " back to it (the value is the first step). [value: skill:stats (Statistics)]",
        "skill:stats (Statistics) aij:prerequisite: aij:prerequisite forms a cycle: from this skill, prerequisites lead"
        " back to it (the value is the first step). [value: skill:analysis (Analysis)]",
        "Graph does not conform: 2 violation(s) on 2 resource(s), 20 shapes checked.",
        UNCHECKED,
    ]


def test_cli_words_the_rules_in_indonesian_under_lang_id(tmp_path):
    result = run("--data", data_folder(tmp_path, CYCLE), "validate", "--lang", "id")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "skill:analysis (Analisis) aij:prerequisite: aij:prerequisite membentuk siklus: dari keterampilan ini, rantai "
        "prasyaratnya kembali ke keterampilan ini (nilainya adalah langkah pertama). [nilai: skill:stats (Statistik)]")
    unlinked = run("--data", broken_folder(tmp_path, PROVENANCE["a link without a statement"][0]), "validate",
                   "--lang", "id")  # a SPARQL rule: its variables filled in, in the Indonesian text
    assert unlinked.exit_code == 1
    assert "aij:inFamily: Tautan role/analyst aij:inFamily https://w3id.org/aijobs/family/data tidak punya asal-usul" \
        in unlinked.output, unlinked.output


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
                                     "quotes": None, "articles": 0, "violations": []}


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


# ------------------------------------------------------------------ provenance broken in the data: the statement is named, exit 1

def broken_folder(tmp_path, update: str) -> Path:
    """A data folder holding the valid fixture with ``update`` applied."""
    graph = parse_file(bind_prefixes(Graph()), VALID)
    graph.update(update)
    folder = tmp_path / "broken"
    folder.mkdir()
    graph.serialize(folder / "valid.ttl", format="turtle")
    return folder


# what breaks the provenance rule -> the start of the line naming the statement (or the link), and its message
PROVENANCE = {
    "neither a quote nor a note": ("DELETE WHERE { stmt:analyst--inFamily--data aij:curationNote ?note }",
                                   "stmt:analyst--inFamily--data: Needs exactly one status"),
    "a note in English only": ('DELETE DATA { stmt:analyst--inFamily--data aij:curationNote "Analis bekerja dengan data."@id }',
                               "stmt:analyst--inFamily--data: A curation note must be given exactly twice"),
    "a link without a statement": ("DELETE WHERE { stmt:analyst--inFamily--data ?p ?o }",
                                   "<https://w3id.org/aijobs/ontology> aij:inFamily: The link role/analyst aij:inFamily"),
    "a requirement with neither a quote nor a note": ("DELETE DATA { req:analyst--analysis aij:evidence ev:q1 }",
                                                      "req:analyst--analysis: Needs exactly one status"),
}


@pytest.mark.parametrize("case", sorted(PROVENANCE))
def test_cli_names_the_statement_that_breaks_the_provenance_rule(tmp_path, case):
    update, line = PROVENANCE[case]
    result = run("--data", broken_folder(tmp_path, update), "validate")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert any(shown.startswith(line) for shown in result.output.splitlines()), result.output


# ------------------------------------------------------------------ quotes checked against the articles (--articles)

QUOTE = "Machine Learning Engineer – mengembangkan sistem AI yang dapat belajar secara mandiri."
EVIDENCE = "https://w3id.org/aijobs/evidence/p-ml-engineer"


@pytest.fixture
def articles(shared, tmp_path):
    """A copy of the real seed articles, which a test may tamper with."""
    folder = tmp_path / "seeds"
    shutil.copytree(shared / "seeds", folder)
    return folder


def tamper(articles: Path, old: str = "yang dapat belajar", new: str = "yang bisa belajar") -> None:
    path = articles / "000_86439bf83b86a604.txt"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_every_bundled_quote_is_found_in_the_real_articles(articles):
    graph = load_graph()
    report = check_quotes(graph, articles)
    assert report.conforms and report.violations == []
    assert report.quotes == len(set(graph.subjects(RDF.type, URIRef("https://w3id.org/aijobs/ontology#Evidence"))))
    assert report.quotes > 60 and report.articles == 2


def test_a_tampered_article_breaks_the_quotes_it_held_and_no_other(articles):
    tamper(articles)
    report = check_quotes(load_graph(), articles)
    assert not report.conforms
    [violation] = report.violations
    assert (str(violation.focus), violation.path, str(violation.value)) == (EVIDENCE, "aij:quote", QUOTE)
    assert violation.message.key == "quote_not_in_article"
    assert violation.message.params["file"] == "000_86439bf83b86a604.txt"
    assert "stmt:machine-learning-engineer--inSector--ai-development" in violation.message.params["cited"].params["names"]


def test_the_comparison_is_exact_to_the_character(articles):
    """One more space, another dash or another case is another text: the quote is copied, not paraphrased."""
    for old, new in (("Engineer – mengembangkan", "Engineer - mengembangkan"), ("secara mandiri", "secara  mandiri"),
                     ("Machine Learning Engineer –", "machine learning engineer –")):
        folder = articles.parent / f"copy-{len(new)}-{new[:3]}"
        shutil.copytree(articles, folder)
        tamper(folder, old, new)
        assert [str(v.focus) for v in check_quotes(load_graph(), folder).violations] == [EVIDENCE], new


def fixture_articles(tmp_path, text: str = "Di sinilah peran Analis data menjadi kunci.") -> Path:
    """A folder holding the one article of the valid fixture (its quote: "Analis data menjadi kunci.")."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return folder


def test_validate_dataset_adds_the_quote_check_only_when_asked(tmp_path):
    dataset = Dataset(data_folder(tmp_path))
    plain = validate_dataset(dataset)
    assert plain.conforms and plain.quotes is None
    checked = validate_dataset(dataset, articles=fixture_articles(tmp_path))
    assert checked.conforms and (checked.quotes, checked.articles) == (1, 1)
    assert (checked.shapes, checked.rules, checked.triples) == (plain.shapes, plain.rules, plain.triples)
    tampered = validate_dataset(dataset, articles=fixture_articles(tmp_path, "Analis data adalah kunci."))
    assert not tampered.conforms and [str(v.focus) for v in tampered.violations] == ["https://w3id.org/aijobs/evidence/q1"]


def test_a_missing_folder_article_or_bad_file_name_is_refused(articles, tmp_path):
    graph = load_graph()
    with raises_worded(DataError, match="no such directory"):
        check_quotes(graph, tmp_path / "nowhere")
    with raises_worded(DataError, match="not a folder"):
        check_quotes(graph, articles / "000_86439bf83b86a604.txt")
    (articles / "003_2bdbc9e71604a929.txt").unlink()
    with raises_worded(DataError, match=r"003_2bdbc9e71604a929\.txt: no such file, yet aij:seedFile names it as the "
                                        r"text of Government jobs"):
        check_quotes(graph, articles)
    (articles / "003_2bdbc9e71604a929.txt").write_bytes(b"\xff\xfe not text")
    with raises_worded(DataError, match="not UTF-8 text"):
        check_quotes(graph, articles)
    graph.update('DELETE WHERE { src:government aij:seedFile ?f } ; INSERT DATA { src:government aij:seedFile "../seeds/x.txt" }')
    with raises_worded(DataError, match=r"aij:seedFile '\.\./seeds/x\.txt' is not a plain file name"):
        check_quotes(graph, articles)


def test_evidence_without_a_source_is_left_to_the_shapes(articles):
    graph = load_graph()
    graph.update("DELETE WHERE { ev:p-ml-engineer dcterms:source ?s }")
    tamper(articles)
    report = check_quotes(graph, articles)
    assert report.conforms and report.quotes == check_quotes(load_graph(), articles).quotes - 1


def test_cli_on_the_real_articles_and_a_tampered_copy(articles):
    ok = run("validate", "--articles", articles)
    assert ok.exit_code == 0, ok.output
    assert re.fullmatch(r"Quotes checked against the articles: \d+ in 2 article file\(s\)\.", ok.output.splitlines()[-1])
    tamper(articles)
    bad = run("validate", "--articles", articles)
    assert bad.exit_code == 1 and "Traceback" not in bad.output
    first = bad.output.splitlines()[0]
    assert first.startswith("ev:p-ml-engineer aij:quote: The quote is not found word for word in "
                            "000_86439bf83b86a604.txt, the text of Jobs that will grow with AI technology")
    assert "Cited by req:machine-learning-engineer--machine-learning, " in first and first.endswith(f'[value: "{QUOTE}"]')
    assert bad.output.splitlines()[1] == "Graph does not conform: 1 violation(s) on 1 resource(s), 20 shapes checked."


def test_cli_json_and_a_missing_article(tmp_path):
    data, articles = data_folder(tmp_path), fixture_articles(tmp_path, "Analis data adalah kunci.")
    result = run("--data", data, "validate", "--articles", articles, "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["quotes"], report["articles"]) == (1, 1)
    assert report["violations"] == [{
        "focus": "https://w3id.org/aijobs/evidence/q1", "label": None, "path": "aij:quote",
        "message": "The quote is not found word for word in article.txt, the text of The article. Cited by org:agency, "
                   "req:analyst--analysis, role:analyst, sector:gov, stmt:analyst--growthOutlook--Growing, "
                   "stmt:analyst--inSector--gov.",
        "severity": "Violation", "value": '"Analis data menjadi kunci."', "rule": None}]
    (articles / "article.txt").unlink()
    missing = run("--data", data, "validate", "--articles", articles)
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    assert missing.output == (f"Error: {articles / 'article.txt'}: no such file, yet aij:seedFile names it as the text "
                              "of The article\n")


def test_cli_articles_in_indonesian(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPH_LANG", "id")
    data = data_folder(tmp_path)
    assert run("--data", data, "validate").output.splitlines()[-1] == (
        "Kutipan tidak diperiksa terhadap artikelnya (berikan --articles FOLDER, folder tempat artikel itu).")
    bad = run("--data", data, "validate", "--articles", fixture_articles(tmp_path, "Analis data adalah kunci."))
    assert bad.exit_code == 1
    assert bad.output.splitlines()[0].startswith("ev:q1 aij:quote: Kutipan ini tidak ditemukan persis di article.txt, "
                                                 "teks artikel Artikelnya. Dikutip oleh org:agency, req:analyst--analysis, ")
    assert bad.output.splitlines()[-1] == "Kutipan diperiksa terhadap artikelnya: 1 kutipan di 1 berkas artikel."
    missing = run("--data", data, "validate", "--articles", tmp_path / "nope")
    assert missing.exit_code == 2 and missing.output == f"Kesalahan: {tmp_path / 'nope'}: folder tidak ada\n"


def test_the_help_explains_articles():
    result = run("validate", "--help")
    assert "--articles DIR" in result.output and "word for word" in result.output


def test_phrases_of_the_quote_check_are_worded_in_both_languages():
    phrase = Phrase("quote_not_in_article", file="a.txt", source={"en": "An article", "id": "Sebuah artikel"},
                    cited=Phrase("cited_by", names=["stmt:x", "req:y"]))
    assert words.message(phrase, "en") == ("The quote is not found word for word in a.txt, the text of An article."
                                           " Cited by stmt:x, req:y.")
    assert words.message(phrase, "id") == ("Kutipan ini tidak ditemukan persis di a.txt, teks artikel Sebuah artikel."
                                           " Dikutip oleh stmt:x, req:y.")
