"""Importing O*NET and ESCO: mapping, merge with the curated graph, every command on imported data, bad input."""

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, SKOS

from graph.store.dataset import Dataset
from graph.errors import AmbiguousNameError, DataError
from graph.model.effort import DEFAULT_MAX_STEP
from graph.store.turtle import ontology_dir
from graph.store.importers.esco import read_esco
from graph.store.importers.onet import ELEMENT, ROLE, TECHNOLOGY, read_onet
from graph.store.rdf import AIJ
from graph.model.effort import closure, held, matches, skill_gap
from graph.model.search import learning_path
from graph.store.importers import IMPORT_BASE
from ..import_fixtures import write_esco, write_onet
from ..conftest import invoke
from ..conftest import raises_worded

ESCO_DATA_SCIENTIST = URIRef("http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30")


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    root = tmp_path_factory.mktemp("sources")
    return {"onet": write_onet(root / "onet-29.2"), "esco": write_esco(root / "esco-1.2.0"),
            "esco_official": write_esco(root / "official" / "esco-1.2.0", official=True)}


@pytest.fixture(scope="module")
def dataset(sources, tmp_path_factory):
    """A dataset directory with both fixture releases imported through the CLI."""
    folder = tmp_path_factory.mktemp("dataset") / "data"
    for kind in ("onet", "esco"):
        result = invoke("--data", folder, "import", kind, sources[kind])
        assert result.exit_code == 0, result.output
    return folder


def run(folder, *args):
    return invoke("--data", folder, *args)


def graph_of(source) -> Graph:
    return Graph().parse(data=source.ntriples.decode(), format="nt")


def snapshot(folder: Path) -> dict:
    """Every file under ``folder`` with its bytes' digest (missing folder: empty)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------ mapping

def test_onet_occupations_become_roles_with_codes_titles_and_preparation(sources):
    g = graph_of(read_onet(sources["onet"]))
    role = URIRef(ROLE + "15-2041.00")
    assert (role, RDF.type, AIJ.Role) in g
    assert (role, SKOS.notation, Literal("15-2041.00")) in g
    assert (role, SKOS.prefLabel, Literal("Statisticians", lang="en")) in g
    assert str(g.value(role, SKOS.definition)).startswith("Apply statistical theory")
    assert (role, SKOS.altLabel, Literal("Biostatistician", lang="en")) in g
    assert (URIRef(ROLE + "15-2051.00"), SKOS.altLabel, Literal("ML Scientist", lang="en")) in g  # short title
    assert g.value(role, AIJ.preparationLevel).toPython() == 5


def requirement(g, code, skill):
    for req in g.subjects(AIJ.ofRole, URIRef(ROLE + code)):
        if g.value(req, AIJ.requiresSkill) == URIRef(skill):
            return g.value(req, AIJ.level).toPython(), g.value(req, AIJ.essential).toPython()
    return None


def test_onet_levels_and_importance_map_onto_the_project_scale(sources):
    g = graph_of(read_onet(sources["onet"]))
    assert requirement(g, "15-2041.00", ELEMENT + "2.A.1.e") == (4, True)  # LV 5.5, IM 4.5
    assert requirement(g, "15-2041.00", ELEMENT + "2.A.2.a") == (3, True)  # LV 4.0
    assert requirement(g, "15-2041.00", ELEMENT + "2.B.3.e") == (2, True)  # LV 3.0, IM 3.2
    assert requirement(g, "15-2041.00", ELEMENT + "2.A.1.d") == (2, False)  # IM 2.5: optional
    assert requirement(g, "15-2041.00", ELEMENT + "2.B.3.k") is None  # Not Relevant
    assert requirement(g, "15-1212.00", ELEMENT + "2.A.1.e") is None  # Recommend Suppress
    assert requirement(g, "15-1211.00", ELEMENT + "2.C.4.a") is None  # IM 1.5: not a requirement
    assert (URIRef(ELEMENT + "2.B.3.e"), RDF.type, AIJ.TechnicalSkill) in g
    assert (URIRef(ELEMENT + "2.A.2.a"), RDF.type, AIJ.NonTechnicalSkill) in g
    assert (URIRef(ELEMENT + "2.C.4.a"), RDF.type, AIJ.Knowledge) in g
    assert all(g.value(s, AIJ.effortHours) is not None for s in set(g.objects(None, AIJ.requiresSkill)))


def test_unrated_occupations_borrow_their_rated_siblings_ratings(sources):
    g = graph_of(read_onet(sources["onet"]))
    assert requirement(g, "15-2051.00", ELEMENT + "2.A.1.e") == (3, True)  # from 15-2051.01: LV 3.9, IM 3.4
    assert requirement(g, "15-2051.00", ELEMENT + "2.A.2.a") == (3, True)
    notes = {n.language: str(n) for n in g.objects(URIRef(ROLE + "15-2051.00"), AIJ.curationNote)}
    assert "15-2051.01" in notes["en"] and "mean ratings" in notes["en"]
    assert "15-2051.01" in notes["id"] and "rata-rata" in notes["id"]
    assert requirement(g, "15-2051.00", ELEMENT + "2.C.3.a") is None  # no rated sibling has knowledge ratings


def test_onet_technology_keeps_hot_and_in_demand_flags(sources):
    g = graph_of(read_onet(sources["onet"]))
    wireshark, python = URIRef(TECHNOLOGY + "wireshark"), URIRef(TECHNOLOGY + "python")
    assert (wireshark, RDF.type, AIJ.Technology) in g and (python, AIJ.hotTechnology, Literal(True)) in g
    assert g.value(wireshark, AIJ.hotTechnology) is None
    assert requirement(g, "15-1212.00", wireshark) == (2, True)  # In Demand: essential
    assert requirement(g, "15-1212.00", python) == (2, False)
    demanded = {g.value(r, AIJ.requiresSkill) for r in g.subjects(AIJ.inDemand, Literal(True))}
    assert wireshark in demanded and python in demanded  # Python is in demand for Data Scientists


@pytest.mark.parametrize("official", [False, True])
def test_esco_occupations_groups_and_skill_links(sources, official):
    g = graph_of(read_esco(sources["esco_official" if official else "esco"]))
    assert (ESCO_DATA_SCIENTIST, RDF.type, AIJ.Role) in g
    assert (ESCO_DATA_SCIENTIST, SKOS.altLabel, Literal("ML analyst", lang="en")) in g  # newline-separated
    isco = URIRef("http://data.europa.eu/esco/isco/C2511")
    assert (ESCO_DATA_SCIENTIST, AIJ.inFamily, isco) in g and (isco, RDF.type, AIJ.RoleFamily) in g
    assert (isco, SKOS.broader, URIRef("http://data.europa.eu/esco/isco/C251")) in g
    links = {(str(g.value(g.value(r, AIJ.requiresSkill), SKOS.prefLabel)), g.value(r, AIJ.essential).toPython())
             for r in g.subjects(AIJ.ofRole, ESCO_DATA_SCIENTIST)}
    assert links == {("data mining", True), ("statistics", True), ("Python (computer programming)", False)}
    skills = set(g.objects(None, AIJ.requiresSkill))
    assert all(str(s).startswith("http://data.europa.eu/esco/skill/") == official for s in skills)
    if official:
        statistics = next(s for s in skills if str(g.value(s, SKOS.prefLabel)) == "statistics")
        assert (statistics, RDF.type, AIJ.Knowledge) in g


def test_attribution_goes_into_the_imported_graph(sources):
    for source, licence_holder in ((read_onet(sources["onet"]), "U.S. Department of Labor"),
                                   (read_esco(sources["esco"]), "European Union")):
        g = graph_of(source)
        (dataset,) = set(g.subjects(RDF.type, URIRef("https://schema.org/Dataset")))
        assert g.value(dataset, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
        assert licence_holder in str(g.value(dataset, DCTERMS.rights))
        assert source.release in str(g.value(dataset, DCTERMS.title))
        assert all(g.value(role, DCTERMS.source) == dataset for role in g.subjects(RDF.type, AIJ.Role))


def test_release_is_read_from_the_folder_name_or_given(sources, tmp_path):
    assert read_onet(sources["onet"]).release == "29.2"
    plain = write_onet(tmp_path / "onet")
    with raises_worded(DataError, match="name the release explicitly"):
        read_onet(plain)
    assert read_onet(plain, release="28.1").release == "28.1"


# ------------------------------------------------------------------ merge with the curated graph

def test_curated_names_win_over_imported_ones(dataset):
    data = Dataset(dataset)
    assert str(data.resolve("Data Scientist", kind="role")) == "https://w3id.org/aijobs/role/data-scientist"
    assert str(data.resolve("Data Scientists", kind="role")) == ROLE + "15-2051.00"
    assert data.resolve("data scientist") == data.resolve("Data Scientist")  # ESCO's label ties with the curated one
    assert str(data.resolve("15-2041.00")) == ROLE + "15-2041.00"  # O*NET-SOC code
    assert str(data.resolve("Cyber Security Analyst")) == ROLE + "15-1212.00"  # alternate title
    with raises_worded(AmbiguousNameError, match=r"could be Mathematics \(knowledge, 2\.C\.4\.a\), Mathematics "
                                                 r"\(skill, 2\.A\.1\.e\); name one by its code or IRI\.$"):
        data.resolve("Mathematics")
    knowledge, skill = data.resolve("2.C.4.a"), data.resolve("2.A.1.e")  # each reachable by its code
    assert knowledge != skill and {data.names().kind(knowledge), data.names().kind(skill)} == {"skill"}


def test_paths_cross_taxonomies_through_alignment_links(dataset):
    data = Dataset(dataset)
    G = data.projection()
    (same,) = learning_path(G, ROLE + "15-2051.00", "https://w3id.org/aijobs/role/data-scientist")[0].steps
    assert same.alignment == "exactMatch" and same.effort == 0 and same.gains == ()
    best = learning_path(G, ROLE + "15-2051.00", "https://w3id.org/aijobs/role/ai-auditor")[0]
    assert all(step.alignment in (None, "exactMatch") for step in best.steps)  # a close match is no shortcut
    assert all(step.effort == 0 for step in best.steps if step.alignment)
    back = learning_path(G, "https://w3id.org/aijobs/role/data-scientist", str(ESCO_DATA_SCIENTIST))[0]
    assert back.steps[-1].alignment == "exactMatch"


def test_skills_carry_over_between_taxonomies_through_the_skill_matches(dataset):
    G = Dataset(dataset).projection()
    statistics, knowledge = "https://w3id.org/aijobs/skill/statistics", IMPORT_BASE + "onet/element/2.C.4.a"
    esco_statistics = IMPORT_BASE + "esco/skill/statistics"
    assert set(matches(G, statistics)) == {knowledge, esco_statistics}
    statisticians = ROLE + "15-2041.00"  # rates Mathematics knowledge (which names statistics) at level 4
    assert held(G, statisticians)[knowledge] == held(G, statisticians)[statistics] == 4
    for target in ("https://w3id.org/aijobs/role/data-scientist", str(ESCO_DATA_SCIENTIST)):
        gap = skill_gap(G, statisticians, target)
        assert any(skill in (statistics, esco_statistics) for skill, *_ in gap.matched), target
        assert all(g.skill not in (statistics, esco_statistics) for g in gap.missing_essential.gains)
        for plan in learning_path(G, statisticians, target, k=2, max_step=2000):  # never re-taught under another name
            have = held(G, statisticians)
            for step in plan.steps:
                for gain in step.gains:
                    assert gain.from_level == have.get(gain.skill, 0) < gain.level
                have = closure(G, {**have, **{g.skill: g.level for g in step.gains}, **held(G, step.target)})


def test_paths_between_one_taxonomys_roles_stay_in_it(dataset):
    G = Dataset(dataset).projection()
    best = learning_path(G, ROLE + "15-2041.00", ROLE + "15-1212.00", k=2)
    assert all(role.startswith(ROLE) for p in best for role in p.roles)


def test_curated_answers_are_the_same_with_imported_data(dataset):
    def answer(*args):
        curated, imported = invoke(*args), run(dataset, *args)
        assert curated.exit_code == imported.exit_code == 0
        return curated.output, imported.output

    for args in (("path", "Data Analyst", "AI Auditor", "--k", "3"), ("gap", "Data Analyst", "Data Scientist"),
                 ("path", "Analis Data", "Spesialis Machine Learning", "--sector", "pemerintahan", "--lang", "id")):
        curated, imported = answer(*args)
        assert curated == imported


# ------------------------------------------------------------------ every command on imported data

def test_show_imported_role(dataset):
    result = run(dataset, "show", "Statisticians")
    assert result.exit_code == 0, result.output
    assert "Code: 15-2041.00" in result.output and "Preparation level (1-5): 5" in result.output
    assert "Source: O*NET 29.2 Database" in result.output and "[curated]" not in result.output
    info = json.loads(run(dataset, "show", "data scientist", "--format", "json").output)
    assert info["iri"] == "https://w3id.org/aijobs/role/data-scientist"  # the curated role keeps its name
    info = json.loads(run(dataset, "show", str(ESCO_DATA_SCIENTIST), "--format", "json").output)
    assert [f["label"] for f in info["links"]["families"]] == ["Systems analysts"] and info["source"] == "ESCO 1.2.0"
    assert {(f["status"], f["source"]) for f in info["links"]["families"]} == {("imported", "ESCO 1.2.0")}


def test_list_includes_imported_roles_and_families(dataset):
    rows = json.loads(run(dataset, "list", "roles", "--format", "json").output)
    labels = {r["label"] for r in rows}
    assert {"Statisticians", "data scientist", "Data Analyst"} <= labels and len(rows) == 26 + 5 + 3
    rows = json.loads(run(dataset, "list", "roles", "--family", "Systems analysts", "--format", "json").output)
    assert {r["label"] for r in rows} == {"data scientist", "data analyst"}


def test_path_next_gap_on_imported_data(dataset):
    result = run(dataset, "path", "Statisticians", "Information Security Analysts", "--format", "json")
    assert result.exit_code == 0, result.output
    path = json.loads(result.output)["paths"][0]
    assert path["roles"][0] == "Statisticians" and path["roles"][-1] == "Information Security Analysts"
    assert path["total_effort"] == sum(step["effort"] for step in path["steps"]) > 0
    moves = json.loads(run(dataset, "next", "Statisticians", "--format", "json").output)["moves"]
    assert moves and all(m["fits"] == (m["effort"] <= DEFAULT_MAX_STEP) for m in moves)
    gap = json.loads(run(dataset, "gap", "Statisticians", "Computer Systems Analysts", "--format", "json").output)
    assert [s["label"] for s in gap["missing_essential"]] == ["Computers and Electronics"]
    result = run(dataset, "path", "Data Scientists", "Data Scientist")
    assert "the same occupation in another taxonomy (skos:exactMatch)" in result.output


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "xml"])
def test_export_of_imported_data_parses_back_to_the_same_graph(dataset, fmt):
    first, second = run(dataset, "export", "--format", fmt), run(dataset, "export", "--format", fmt)
    assert first.exit_code == 0 and first.stdout_bytes == second.stdout_bytes
    syntax = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}[fmt]
    exported = Graph().parse(data=first.stdout_bytes, format=syntax)
    assert isomorphic(exported, Dataset(dataset).graph())


# ------------------------------------------------------------------ datasets on disk

def test_importing_twice_gives_the_same_bytes(sources, tmp_path):
    folder = tmp_path / "data"
    assert run(folder, "import", "onet", str(sources["onet"])).exit_code == 0
    before = snapshot(folder)
    assert run(folder, "import", "onet", str(sources["onet"])).exit_code == 0
    assert snapshot(folder) == before
    assert Dataset(folder).sources.keys() == {"onet"}


def test_two_imports_at_once_do_not_corrupt_the_directory(sources, tmp_path):
    folder = tmp_path / "data"
    command = [sys.executable, "-m", "graph", "--data", str(folder), "import"]
    runs = [subprocess.Popen(command + [kind, str(sources[kind]), "--quiet"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for kind in ("onet", "esco", "onet")]
    assert all(p.wait(timeout=120) == 0 for p in runs), [p.stderr.read() for p in runs]
    data = Dataset(folder)
    assert sorted(data.sources) == ["esco", "onet"]
    assert len(data.projection()) and not list(folder.glob(".staging-*"))
    assert str(data.resolve("Statisticians")) == ROLE + "15-2041.00"
    assert str(data.resolve("software developer")).startswith("http://data.europa.eu/esco/occupation/")


def test_fast_forms_are_rebuilt_when_the_base_graph_changes(sources, tmp_path):
    folder = tmp_path / "data"
    assert run(folder, "import", "onet", str(sources["onet"])).exit_code == 0
    assert run(folder, "path", "Statisticians", "Computer Systems Analysts").exit_code == 0
    for path in ontology_dir().glob("*.ttl"):  # .ttl files of its own replace the bundled graph
        shutil.copy(path, folder / path.name)
    (folder / "zz-mine.ttl").write_text("@prefix aij: <https://w3id.org/aijobs/ontology#> .\n"
                                        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                                        "<https://example.org/r> a aij:Role ; skos:prefLabel \"Example role\"@en .\n")
    data = Dataset(folder)
    assert str(data.resolve("Example role")) == "https://example.org/r"
    assert "https://example.org/r" in data.projection()
    assert "https://example.org/r" in Dataset(folder).names().entities  # the rebuilt form was stored


# ------------------------------------------------------------------ bad input

def break_file(folder, name, change):
    path = folder / name
    path.write_bytes(change(path.read_bytes()))


BAD_ONET = [
    ("missing file", lambda f: (f / "Skills.txt").unlink(), r"Skills\.txt: no such file"),
    ("renamed column", lambda f: break_file(f, "Skills.txt", lambda b: b.replace(b"Data Value", b"DataValue", 1)),
     r"Skills\.txt:1: missing column 'Data Value' \(renamed to 'DataValue'\?\)"),
    ("missing column", lambda f: break_file(f, "Job Zones.txt", lambda b: b.replace(b"\tJob Zone", b"", 1)),
     r"Job Zones\.txt:1: missing column 'Job Zone'"),
    ("malformed row", lambda f: break_file(f, "Knowledge.txt", lambda b: b.replace(b"\t08/2023\tAnalyst\n", b"\n", 1)),
     r"Knowledge\.txt:2: expected 15 tab-separated fields, found 13"),
    ("bad number", lambda f: break_file(f, "Skills.txt", lambda b: b.replace(b"\t4.5\t", b"\thigh\t", 1)),
     r"Skills\.txt:2: column 7 \('Data Value'\): expected a number, found 'high'"),
    ("unknown occupation", lambda f: break_file(f, "Job Zones.txt", lambda b: b.replace(b"15-1211.00", b"99-9999.00")),
     r"Job Zones\.txt:5: column 1 \('O\*NET-SOC Code'\): unknown occupation '99-9999.00'"),
    ("wrong encoding", lambda f: break_file(f, "Alternate Titles.txt", lambda b: b.replace(b"Biostatistician", "Biostatisticién".encode("latin-1"))),
     r"Alternate Titles\.txt:4:\d+: not UTF-8 text"),
    ("empty directory", lambda f: [p.unlink() for p in f.iterdir()], r"no O\*NET files here"),
]


@pytest.mark.parametrize("name, damage, message", BAD_ONET, ids=[b[0] for b in BAD_ONET])
def test_bad_onet_input_is_refused_and_the_dataset_is_untouched(dataset, tmp_path, name, damage, message):
    source = write_onet(tmp_path / "onet-29.2")
    damage(source)
    before = snapshot(dataset)
    result = run(dataset, "import", "onet", str(source))
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1
    assert __import__("re").search(message, result.output), result.output
    assert "Traceback" not in result.output
    assert snapshot(dataset) == before


BAD_ESCO = [
    ("missing file", lambda f: (f / "occupations_en.csv").unlink(), r"occupations_en\.csv: no such file"),
    ("renamed column", lambda f: break_file(f, "occupation_skill_labels.csv", lambda b: b.replace(b"skillLabel", b"skill_label", 1)),
     r"occupation_skill_labels\.csv:1: missing column 'skillLabel' \(renamed to 'skill_label'\?\)"),
    ("malformed row", lambda f: break_file(f, "occupation_skill_labels.csv", lambda b: b + b"http://x,essential\n"),
     r"occupation_skill_labels\.csv:8: expected 3 comma-separated fields, found 2"),
    ("bad relation", lambda f: break_file(f, "occupation_skill_labels.csv", lambda b: b.replace(b",optional,", b",maybe,", 1)),
     r"occupation_skill_labels\.csv:4: column 2 \('relationType'\): expected one of 'essential', 'optional'"),
    ("wrong encoding", lambda f: break_file(f, "occupations_en.csv", lambda b: b.replace(b"programmer", "programm\xe9ur".encode("latin-1"))),
     r"occupations_en\.csv:\d+:\d+: not UTF-8 text"),
    ("no links", lambda f: (f / "occupation_skill_labels.csv").unlink(), r"no occupation–skill links"),
    ("empty directory", lambda f: [p.unlink() for p in f.iterdir()], r"no ESCO files here"),
]


@pytest.mark.parametrize("name, damage, message", BAD_ESCO, ids=[b[0] for b in BAD_ESCO])
def test_bad_esco_input_is_refused_and_the_dataset_is_untouched(dataset, tmp_path, name, damage, message):
    source = write_esco(tmp_path / "esco-1.2.0")
    damage(source)
    before = snapshot(dataset)
    result = run(dataset, "import", "esco", str(source))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert __import__("re").search(message, result.output), result.output
    assert snapshot(dataset) == before


def test_import_needs_a_dataset_directory(sources):
    result = invoke("import", "onet", sources["onet"])
    assert result.exit_code == 2 and "--data DIR" in result.output


def test_a_failed_import_into_a_new_directory_creates_nothing(tmp_path):
    folder = tmp_path / "new"
    result = run(folder, "import", "onet", str(tmp_path / "missing"))
    assert result.exit_code == 1 and "no such directory" in result.output and not folder.exists()


def test_import_commands_have_help():
    for args in (["import", "--help"], ["import", "onet", "--help"], ["import", "esco", "--help"]):
        result = invoke(*args)
        assert result.exit_code == 0 and "Usage:" in result.output
        assert ("DIRECTORY" in result.output) == (args[-2] != "import")  # the importers take DIRECTORY
