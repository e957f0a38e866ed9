"""`graph validate` on imported data: the rules of ontology/shapes-import.ttl, one invalid case per rule."""

import json

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH, SKOS

from graph.store.rdf import AIJ
from graph.store.importers.onet import ELEMENT, ROLE, read_onet
from graph.store.turtle import data_files, load_graph
from graph.store.validate import import_shapes, load_shapes, validate
from ..import_fixtures import write_onet

SHAPES = "https://w3id.org/aijobs/shapes#"
DATA_SCIENTISTS = URIRef(ROLE + "15-2051.00")
MATHEMATICS = URIRef(ELEMENT + "2.A.1.e")


@pytest.fixture(scope="module")
def onet_dir(tmp_path_factory):
    return write_onet(tmp_path_factory.mktemp("sources") / "onet-29.2")


@pytest.fixture(scope="module")
def imported(onet_dir):
    """The fixture O*NET release as imported, with the class hierarchy of the bundled ontology."""
    graph = Graph().parse(data=read_onet(onet_dir).ntriples.decode(), format="nt")
    for triple in load_graph().triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    return graph


def copy(graph: Graph) -> Graph:
    fresh = Graph()
    for triple in graph:
        fresh.add(triple)
    return fresh


def a_requirement(graph: Graph) -> URIRef:
    return min(graph.subjects(RDF.type, AIJ.SkillRequirement))


def dataset_of(graph: Graph) -> URIRef:
    return next(graph.subjects(RDF.type, URIRef("https://schema.org/Dataset")))


def _set(graph, subject, prop, value):
    graph.remove((subject, prop, None))
    if value is not None:
        graph.add((subject, prop, value))


# Each case breaks one rule: (rule, what to do to the imported graph).
CASES = {
    "ImportedPrefLabel": lambda g: _set(g, DATA_SCIENTISTS, SKOS.prefLabel, None),
    "ImportedDefinition": lambda g: _set(g, DATA_SCIENTISTS, SKOS.definition, Literal("", lang="en")),
    "ImportedSource": lambda g: _set(g, MATHEMATICS, DCTERMS.source, None),
    "DatasetTitle": lambda g: _set(g, dataset_of(g), DCTERMS.title, None),
    "DatasetLicense": lambda g: _set(g, dataset_of(g), DCTERMS.license, Literal("CC BY 4.0")),
    "ImportedSkillEffort": lambda g: _set(g, MATHEMATICS, AIJ.effortHours, Literal(0)),
    "ImportedRequirementRole": lambda g: _set(g, a_requirement(g), AIJ.ofRole, None),
    "ImportedRequirementSkill": lambda g: _set(g, a_requirement(g), AIJ.requiresSkill, None),
    "ImportedRequirementLevel": lambda g: _set(g, a_requirement(g), AIJ.level, Literal(5)),
    "ImportedRequirementEssential": lambda g: _set(g, a_requirement(g), AIJ.essential, Literal("yes")),
    "ImportedRequirementTypeShape": lambda g: g.remove((a_requirement(g), RDF.type, AIJ.SkillRequirement)),
    "ImportedRequiredRoleShape": lambda g: _set(g, a_requirement(g), AIJ.ofRole, URIRef(ROLE + "99-9999.00")),
    "ImportedRequiredSkillShape": lambda g: _set(g, a_requirement(g), AIJ.requiresSkill, URIRef(ELEMENT + "9.Z")),
}


def test_imported_data_keeps_the_import_rules(imported):
    report = validate(imported, import_shapes())
    assert report.conforms, [(str(v.focus), v.rule, v.message) for v in report.violations]
    assert report.triples == len(imported)


def test_the_rules_for_hand_edited_data_do_not_fit_imports(imported):
    """Why imports have their own rules: the curated ones ask for Indonesian labels and quotes."""
    report = validate(imported)
    assert not report.conforms
    assert {"aijsh:PrefLabelId", "aijsh:ProvenanceShape"} <= {v.rule for v in report.violations}


def test_every_import_rule_has_an_invalid_case():
    shapes = load_shapes(import_shapes())
    rules = {str(s).removeprefix(SHAPES) for s in shapes.subjects(SH.message, None)}
    assert rules == set(CASES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_import_rule_catches_its_case(imported, rule):
    broken = copy(imported)
    CASES[rule](broken)
    report = validate(broken, import_shapes())
    assert not report.conforms
    assert {v.rule for v in report.violations} == {f"aijsh:{rule}"}


def test_a_language_other_than_english_is_refused_on_imported_names(imported):
    broken = copy(imported)
    _set(broken, DATA_SCIENTISTS, SKOS.prefLabel, Literal("Ilmuwan Data", lang="id"))
    [violation] = validate(broken, import_shapes()).violations
    assert (violation.focus, violation.rule) == (DATA_SCIENTISTS, "aijsh:ImportedPrefLabel")


def test_validate_checks_each_part_of_a_dataset_against_its_own_rules(cli, onet_dir, tmp_path):
    folder = tmp_path / "data"
    assert cli("--data", folder, "import", "onet", onet_dir).exit_code == 0
    result = cli("--data", folder, "validate", "--format", "json")
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    curated, rules = load_shapes(), load_shapes(import_shapes())
    assert report["conforms"] is True and report["violations"] == []
    assert report["shapes"] == sum(len(set(g.subjects(RDF.type, SH.NodeShape))) for g in (curated, rules))
    assert report["rules"] == sum(len(set(g.subjects(SH.message, None))) for g in (curated, rules))
    text = cli("--data", folder, "validate")
    assert text.exit_code == 0 and text.stdout.startswith(f"Graph conforms: {report['shapes']} shapes")


def test_a_broken_hand_edited_file_is_still_reported_with_imports(cli, onet_dir, tmp_path):
    folder = tmp_path / "data"
    assert cli("--data", folder, "import", "onet", onet_dir).exit_code == 0
    for path in data_files():
        (folder / path.name).write_bytes(path.read_bytes())
    roles = (folder / "roles.ttl").read_text(encoding="utf-8")
    (folder / "roles.ttl").write_text(roles.replace("aij:inSector sector:government ;", "", 1), encoding="utf-8")
    result = cli("--data", folder, "validate")
    assert result.exit_code == 1
    assert "aij:inSector: A role needs at least one aij:inSector" in result.stdout
    shapes = sum(len(set(g.subjects(RDF.type, SH.NodeShape))) for g in (load_shapes(), load_shapes(import_shapes())))
    assert "Describes a link the data does not assert" in result.stdout  # its statement now describes nothing
    *_, summary, quotes = result.stdout.splitlines()
    assert summary.endswith(f"2 violation(s) on 2 resource(s), {shapes} shapes checked.")
    assert quotes.startswith("Quotes were not checked against the articles")
