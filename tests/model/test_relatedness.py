"""Relatedness and the `next` ranking: the O*NET work files, the signals, the crosswalk, `graph related`, bad input."""

import itertools
import json
import re

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from graph.cli import main
from graph.errors import DataError
from graph.model import movetable
from graph.model.projection import roles
from graph.model.ranking import builds_on, next_moves
from graph.model.relatedness import explain, similarities, similarity
from graph.model.signals import FLOOR, SHARED, WEIGHTS
from graph.store.rdf import AIJ
from graph.store.dataset import Dataset
from graph.store.importers.crosswalk import read_crosswalk
from graph.store.importers.onet import ACTIVITY, ROLE, TASK, read_onet
from graph.views.messages import from_record, message
from ..conftest import ROLE as CURATED, run_graph
from ..import_fixtures import ACTIVITIES, OPTIONAL, OCCUPATION, TASKS, write_crosswalk, write_esco, write_onet
from ..conftest import raises_worded

SCIENTISTS, STATISTICIANS, SECURITY, SYSTEMS, BI = (ROLE + c for c in (
    "15-2051.00", "15-2041.00", "15-1212.00", "15-1211.00", "15-2051.01"))
ESCO_SCIENTIST = OCCUPATION + "258e46f9-0075-4a2e-adae-1ff0477e0f30"
ESCO_ANALYST = OCCUPATION + "d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"


def run(folder, *args):
    return CliRunner().invoke(main, ["--data", str(folder), *map(str, args)])


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("related")
    onet, esco, crosswalk = write_onet(root / "onet-29.2"), write_esco(root / "esco-1.2.0"), write_crosswalk(root / "mcc")
    data = root / "data"
    for kind, folder in (("onet", onet), ("esco", esco), ("crosswalk", crosswalk)):
        result = run(data, "import", kind, folder)
        assert result.exit_code == 0, result.output
    return {"onet": onet, "esco": esco, "crosswalk": crosswalk, "data": data, "root": root}


@pytest.fixture(scope="module")
def G(folders):
    return Dataset(folders["data"]).projection()


# ------------------------------------------------------------------ importing what people do

def test_tasks_activities_and_their_hierarchy_are_imported(folders):
    graph = Graph().parse(data=read_onet(folders["onet"]).ntriples.decode(), format="nt")
    for element, element_name, iwa, iwa_title, dwa, dwa_title in ACTIVITIES:
        assert (URIRef(ACTIVITY + dwa), SKOS.broader, URIRef(ACTIVITY + iwa)) in graph
        assert (URIRef(ACTIVITY + iwa), SKOS.broader, URIRef(ACTIVITY + element)) in graph
        assert graph.value(URIRef(ACTIVITY + dwa), SKOS.prefLabel) == Literal(dwa_title, lang="en")
        assert graph.value(URIRef(ACTIVITY + element), SKOS.prefLabel) == Literal(element_name, lang="en")
    for code, task_id, text, kind, dwas in TASKS:
        task = URIRef(TASK + task_id)
        assert (URIRef(ROLE + code), AIJ.performsTask, task) in graph
        assert graph.value(task, SKOS.prefLabel) == Literal(text, lang="en")
        assert {str(d) for d in graph.objects(task, AIJ.involvesActivity)} == {ACTIVITY + d for d in dwas}
        core = graph.value(task, AIJ.coreTask)
        assert (core is None) if not kind else core.toPython() == (kind == "Core")


def test_interests_preparation_and_reported_titles_are_imported(folders):
    graph = Graph().parse(data=read_onet(folders["onet"]).ntriples.decode(), format="nt")
    statisticians = URIRef(STATISTICIANS)
    assert float(graph.value(statisticians, AIJ.investigativeInterest)) == 6.9
    assert float(graph.value(statisticians, AIJ.educationLevel)) == pytest.approx(8 * 0.7 + 11 * 0.3)
    assert Literal("Statistical Analyst", lang="en") in set(graph.objects(statisticians, SKOS.altLabel))
    assert graph.value(URIRef(SCIENTISTS), AIJ.educationLevel) is not None
    # A rating O*NET made is kept as the requirement's importance; borrowed ratings have none.
    rated = {float(v) for r in graph.subjects(AIJ.ofRole, statisticians) for v in graph.objects(r, AIJ.importance)}
    assert 4.5 in rated
    borrowed = [r for r in graph.subjects(AIJ.ofRole, URIRef(SCIENTISTS))
                if graph.value(r, AIJ.requiresSkill).startswith("https://w3id.org/aijobs/onet/element/")]
    assert borrowed and all(graph.value(r, AIJ.importance) is None for r in borrowed)


def test_missing_optional_files_are_fine_and_named(tmp_path):
    folder = write_onet(tmp_path / "onet-29.2", optional=False)
    source = read_onet(folder)
    assert source.notes[-1] == {"key": "optional_not_found", "params": {"files": list(OPTIONAL)}}
    assert message(from_record(source.notes[-1]), "en") == "not found (optional): " + ", ".join(OPTIONAL)
    data = tmp_path / "data"
    result = run(data, "import", "onet", folder)
    assert result.exit_code == 0 and "not found (optional): IWA Reference.txt" in result.output
    assert json.loads(run(data, "next", "Statisticians", "--format", "json").output)["moves"]


@pytest.mark.parametrize("name, find, replace, message", [
    ("Task Statements.txt", "\tCore\t20", "\tCentral\t20", "column 5 ('Task Type'): expected one of"),
    ("Tasks to DWAs.txt", "15-2041.00\tStatisticians\t3", "15-2041.00\tStatisticians\t99", "unknown task '99'"),
    ("Interests.txt", "\t6.9\t", "\t9.9\t", "expected a number from 1 to 7"),
    ("Education, Training, and Experience.txt", "\t70.0\t", "\tmany\t", "expected a number, found 'many'"),
    ("Sample of Reported Titles.txt", "15-1212.00\tInformation", "15-9999.00\tInformation", "unknown occupation"),
    ("DWA Reference.txt", "4.A.3.b.1.I02.D01\tMonitor", "4.A.3.b.1.I02.D01\t\tMonitor", "expected 6 tab-separated"),
])
def test_a_malformed_optional_file_is_named_with_its_line(tmp_path, name, find, replace, message):
    folder = write_onet(tmp_path / "onet-29.2")
    path = folder / name
    text = path.read_text()
    assert find in text
    path.write_text(text.replace(find, replace, 1))
    line = text[:text.index(find)].count("\n") + 1
    with raises_worded(DataError, match=re.escape(f"{name}:{line}: ") + ".*" + re.escape(message)):
        read_onet(folder)
    result = run(tmp_path / "data", "import", "onet", folder)
    assert result.exit_code == 1 and f"{name}:{line}:" in result.output
    assert not (tmp_path / "data" / "onet.nt").exists()


# ------------------------------------------------------------------ the score

def test_similarity_is_one_for_the_same_role_and_bounded(G):
    t = movetable.table(G)
    for role in (SCIENTISTS, STATISTICIANS, ESCO_SCIENTIST, CURATED + "data-analyst"):
        row = similarities(t, t.position[role])
        assert row[t.position[role]] == 1.0 and all(0 <= x <= 1 for x in row)
        assert similarity(G, role, role) == 1.0


def test_explained_contributions_add_up_to_the_score(G):
    t = movetable.table(G)
    for a, b in itertools.permutations([SCIENTISTS, STATISTICIANS, SECURITY, SYSTEMS, BI], 2):
        found = explain(G, a, b)
        assert found.score == similarity(G, a, b) == round(float(similarities(t, t.position[a])[t.position[b]]), 4)
        assert abs(sum(s.contribution for s in found.signals) - found.score) < 1e-3
        assert abs(sum(s.weight for s in found.signals) - 1) < 1e-3
        assert all(s.weight > 0 and len(s.shared) <= SHARED for s in found.signals)


def test_shared_elements_belong_to_both_roles(G):
    for a, b in itertools.permutations([SCIENTISTS, STATISTICIANS, SECURITY, SYSTEMS, BI], 2):
        for signal in explain(G, a, b).signals:
            for element, share in signal.shared:
                assert share > 0
                if signal.name == "activities":
                    mine = {x for x, *_ in G.nodes[a]["activities"]} | {G.graph["activities"][x][1] for x, *_ in G.nodes[a]["activities"]}
                    theirs = {x for x, *_ in G.nodes[b]["activities"]} | {G.graph["activities"][x][1] for x, *_ in G.nodes[b]["activities"]}
                    assert element in mine & theirs
                elif signal.name in ("knowledge", "skills", "technologies"):
                    assert element in G.succ[a] and element in G.succ[b]


def test_what_every_rated_role_shares_counts_nothing(folders, tmp_path):
    """Centring: a knowledge area every rated occupation rates alike adds nothing to any cosine."""
    folder = tmp_path / "onet-29.2"
    folder.mkdir()
    for path in folders["onet"].iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    rated = ("15-2041.00", "15-1212.00", "15-1211.00", "15-2051.01")
    titles = {"15-2041.00": "Statisticians", "15-1212.00": "Information Security Analysts",
              "15-1211.00": "Computer Systems Analysts", "15-2051.01": "Business Intelligence Analysts"}
    with open(folder / "Knowledge.txt", "a") as handle:
        for code in rated:
            for scale, value in (("IM", 3.5), ("LV", 4.0)):
                handle.write(f"{code}\t{titles[code]}\t2.C.9.b\tEnglish Language\t{scale}\tx\t{value}\t8\t0.1\t1\t5\tN\t\t"
                             "08/2023\tAnalyst\n")
    data = tmp_path / "data"
    assert run(data, "import", "onet", folder).exit_code == 0
    G = Dataset(data).projection()
    english = "https://w3id.org/aijobs/onet/element/2.C.9.b"
    for a, b in itertools.permutations([ROLE + c for c in rated], 2):
        for signal in explain(G, a, b).signals:
            assert english not in dict(signal.shared)


def test_an_occupation_without_ratings_is_ranked_from_what_it_has(folders, G):
    ranking = next_moves(G, SCIENTISTS, k=3)
    assert set(ranking.missing) == {"knowledge", "skills"}
    assert {s.name for s in explain(G, SCIENTISTS, STATISTICIANS).signals} >= {"activities", "titles", "technologies"}
    onet = [m.move.target for m in ranking.moves if m.move.target.startswith(ROLE)]
    assert onet[0] == STATISTICIANS  # the same tasks' activities, the same SOC minor group
    for command in (("next", "Data Scientists"), ("related", "Data Scientists", "Statisticians")):
        text = run(folders["data"], *command).output
        assert "Data Scientists has no data on what they know (knowledge), what they can do (skills)" in text
    assert json.loads(run(folders["data"], "related", "Data Scientists", "Statisticians", "--format", "json")
                      .output)["missing"] == ["knowledge", "skills"]


# ------------------------------------------------------------------ next

def test_next_ranks_by_relatedness_and_reports_the_floor(G):
    t = movetable.table(G)
    for source in (STATISTICIANS, SECURITY, ESCO_SCIENTIST, CURATED + "data-analyst"):
        ranking = next_moves(G, source, k=len(t.roles))
        keys = [(-m.relatedness, m.move.effort, m.move.target) for m in ranking.moves]
        assert keys == sorted(keys)
        assert all(m.relatedness >= FLOOR for m in ranking.moves)
        assert all(m.fits == (m.move.effort <= ranking.max_step) for m in ranking.moves)
        assert len(ranking.moves) + ranking.below_floor == ranking.considered
        row = similarities(t, t.position[source])
        listed = {m.move.target for m in ranking.moves}
        taxonomy = t.arrays["rel_taxonomy"]
        duplicates = {t.roles[j] for j, links in t.aligned.items() if taxonomy[j] != taxonomy[t.position[source]]
                      and any(n == "exactMatch" and taxonomy[c] == taxonomy[t.position[source]] for c, n in links)}
        assert not listed & duplicates
        assert all((round(float(row[t.position[r]]), 4) >= FLOOR) == (r in listed) for r in t.roles
                   if r != source and r not in duplicates)


def test_next_filters_by_budget_only_when_asked_and_sorts_by_effort(G):
    everything = next_moves(G, STATISTICIANS, k=50)
    cheap = next_moves(G, STATISTICIANS, k=50, max_step=300, within_budget=True)
    assert {m.move.target for m in cheap.moves} == {m.move.target for m in everything.moves if m.move.effort <= 300}
    assert cheap.over_budget == sum(m.move.effort > 300 for m in everything.moves)
    by_effort = next_moves(G, STATISTICIANS, k=50, order="effort")
    keys = [(m.move.effort, -m.relatedness, m.move.target) for m in by_effort.moves]
    assert keys == sorted(keys) and len(by_effort.moves) == len(everything.moves)


def test_builds_on_names_few_distinctive_elements_activities_first(G):
    for a, b in itertools.permutations([SCIENTISTS, STATISTICIANS, SECURITY, SYSTEMS], 2):
        found = builds_on(explain(G, a, b))
        assert len(found) <= SHARED
        if any(s.name == "activities" and s.shared for s in explain(G, a, b).signals):
            assert found and all(signal == "activities" for _, signal in found)


def test_next_json_shows_effort_fit_builds_on_and_largest_gaps_first(folders):
    result = json.loads(run(folders["data"], "next", "Statisticians", "--format", "json").output)
    assert result["floor"] == FLOOR and result["considered"] == len(result["moves"]) + result["below_floor"]
    for move in result["moves"]:
        assert set(move) >= {"role", "iri", "relatedness", "effort", "fits", "builds_on", "to_learn"}
        efforts = [s["effort"] for s in move["to_learn"]]
        assert efforts == sorted(efforts, reverse=True)
        assert all(e["label"] and e["signal"] in WEIGHTS for e in move["builds_on"])


def test_the_same_job_in_another_taxonomy_is_no_move_and_close_ones_come_through_the_crosswalk(G):
    curated = next_moves(G, CURATED + "data-scientist", k=100)
    assert SCIENTISTS not in {m.move.target for m in curated.moves}  # curated Data Scientist skos:exactMatch it
    ranking = next_moves(G, SCIENTISTS, k=100)
    listed = {m.move.target: m.relatedness for m in ranking.moves}
    assert ESCO_SCIENTIST in listed  # the crosswalk links it to Data Scientists
    found = explain(G, SCIENTISTS, ESCO_SCIENTIST)
    assert found.via == (SCIENTISTS, "closeMatch") and found.score == listed[ESCO_SCIENTIST]
    assert explain(G, STATISTICIANS, ESCO_ANALYST).via == (BI, "closeMatch")  # through a remapped 2010 code


def test_next_is_the_same_bytes_whatever_the_hash_seed(folders):
    outputs = {run_graph("--data", folders["data"], "next", "Statisticians", "--format", "json",
                         env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outputs) == 1 and json.loads(outputs.pop())["moves"]


@pytest.mark.parametrize("args, code, message", [
    (("next", "Statisticians", "--k", "0"), 2, "--k"),
    (("next", "Statisticans"), 2, "Statisticians"),
    (("next", "Statisticians", "--sort", "cost"), 2, "--sort"),
    (("related", "Statisticians", "Data Scientist X"), 2, "Data Scientist"),
])
def test_bad_input_is_a_usage_error_with_suggestions(folders, args, code, message):
    result = run(folders["data"], *args)
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output


# ------------------------------------------------------------------ related

def test_related_explains_each_signal_in_text_and_json(folders, G):
    data = json.loads(run(folders["data"], "related", "Statisticians", "Data Scientists", "--format", "json").output)
    found = explain(G, STATISTICIANS, SCIENTISTS)
    assert data["relatedness"] == found.score
    assert [s["signal"] for s in data["signals"]] == [s.name for s in found.signals]
    activities = next(s for s in data["signals"] if s["signal"] == "activities")
    assert "Apply mathematical principles or statistical approaches to solve problems." in {e["label"] for e in activities["shared"]}
    text = run(folders["data"], "related", "Statisticians", "Data Scientists").output
    assert text.startswith(f"How related Data Scientists is to Statisticians: {found.score:.2f}")
    assert "what they do (work activities): similarity" in text
    indonesian = run(folders["data"], "related", "Statisticians", "Data Scientists", "--lang", "id").output
    assert indonesian.startswith("Seberapa berkaitan Data Scientists dengan Statisticians: ")


def test_related_across_taxonomies_without_a_link_says_so(folders):
    text = run(folders["data"], "related", "Statisticians", "software developer").output
    assert "software developer is in another taxonomy and not aligned" in text


# ------------------------------------------------------------------ the crosswalk

def test_crosswalk_links_remaps_and_reports(folders, G):
    onet = {G.nodes[r]["notation"]: (r, G.nodes[r]["label_en"], G.nodes[r].get("titles", ()))
            for r in roles(G) if str(G.nodes[r].get("source", "")).endswith("onet-29.2")}
    esco = {r for r in roles(G) if str(G.nodes[r].get("source", "")).endswith("esco-1.2.0")}
    source = read_crosswalk(folders["crosswalk"], onet=onet, esco=esco)
    assert source.counts == {"links": 2, "remapped codes": 1, "skipped rows": 2}
    said = [message(from_record(note), "en") for note in source.notes]
    assert all(note["params"]["where"].split(":")[0].endswith("esco_onet_crosswalk_Nov2020.csv") for note in source.notes)
    assert "15-1132.00 (software developers, applications) is not in O*NET today" in said[0]
    assert "is not imported" in said[1]
    assert "tidak ada di O*NET sekarang" in message(from_record(source.notes[0]), "id")
    graph = Graph().parse(data=source.ntriples.decode(), format="nt")
    assert set(graph.subject_objects(SKOS.closeMatch)) == {(URIRef(ESCO_SCIENTIST), URIRef(SCIENTISTS)),
                                                          (URIRef(ESCO_ANALYST), URIRef(BI))}
    assert G.succ[ESCO_ANALYST][BI]["relation"] == "closeMatch"


def test_crosswalk_needs_both_taxonomies_and_a_well_formed_file(folders, tmp_path):
    alone = tmp_path / "alone"
    assert run(alone, "import", "onet", folders["onet"]).exit_code == 0
    result = run(alone, "import", "crosswalk", folders["crosswalk"])
    assert result.exit_code == 1 and "import both O*NET and ESCO" in result.output and "ESCO" in result.output
    broken = tmp_path / "broken"
    broken.mkdir()
    text = (folders["crosswalk"] / "esco_onet_crosswalk_Nov2020.csv").read_text()
    (broken / "esco_onet_crosswalk_Nov2020.csv").write_text(text.replace("onet_code", "onet_cod", 1))
    result = run(folders["data"], "import", "crosswalk", broken)
    assert result.exit_code == 1 and "esco_onet_crosswalk_Nov2020.csv:1: missing column 'onet_code'" in result.output


def test_relatedness_arrays_survive_the_dataset_cache(folders, G):
    fresh = movetable.MoveTable(G)
    stored = movetable.table(G)
    for key, value in fresh.arrays.items():
        if key.startswith("rel_"):
            kept = stored.arrays[key]
            assert len(value) == len(kept), key
            assert all(a == b or (a != a and b != b) for a, b in zip(value, kept)), key  # NaN (unknown) is kept as NaN


def test_another_taxonomy_changes_no_score_within_one(folders, tmp_path):
    """Inverse frequencies and means are taken within each taxonomy: importing ESCO leaves O*NET's scores alone."""
    alone = tmp_path / "onet-only"
    assert run(alone, "import", "onet", folders["onet"]).exit_code == 0
    G1, G2 = Dataset(alone).projection(), Dataset(folders["data"]).projection()
    for a, b in itertools.permutations([SCIENTISTS, STATISTICIANS, SECURITY, SYSTEMS, BI], 2):
        assert similarity(G1, a, b) == similarity(G2, a, b)


def test_next_help_states_the_floor_and_the_options(folders):
    text = run(folders["data"], "next", "--help").output
    assert f"less related than {FLOOR:.2f} are left out" in " ".join(text.split())
    assert "--sort [relatedness|effort]" in text and "--max-step" in text
