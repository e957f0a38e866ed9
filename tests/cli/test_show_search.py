"""`graph show` and `graph search` on the bundled graph and on imported data: names, kinds, namesakes, long lists."""

import json

import pytest

from graph.store.importers.onet import ELEMENT, ROLE, TECHNOLOGY
from graph.model.names import normalise
from graph.views import text
from ..conftest import invoke
from ..import_fixtures import write_onet

PROGRAMMING = "https://w3id.org/aijobs/skill/programming"


@pytest.fixture(scope="module")
def onet(tmp_path_factory):
    """A dataset directory with the fixture O*NET release imported."""
    folder = tmp_path_factory.mktemp("dataset") / "data"
    source = write_onet(tmp_path_factory.mktemp("sources") / "onet-29.2")
    assert invoke("--data", folder, "import", "onet", source).exit_code == 0
    return folder


def search(cli, *args):
    result = cli("search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# ------------------------------------------------------------------ search

@pytest.mark.parametrize("query", ["analis", "DATA", "keamanan", "Désain"])
def test_every_result_has_a_name_containing_the_text(cli, graph, query):
    from graph.store.names import name_index

    found = search(cli, query, "--limit", "1000")
    assert found["total"] == len(found["results"]) > 0
    index = name_index(graph)
    for row in found["results"]:
        assert normalise(query) in row["matched"]
        assert row["iri"] in {line[1:] for line in index.names[row["matched"]].split("\n")}


def test_an_exact_name_ranks_first_and_both_languages_match(cli):
    assert search(cli, "analis data")["results"][0]["iri"] == "https://w3id.org/aijobs/role/data-analyst"
    assert search(cli, "Pemrograman")["results"][0]["iri"] == PROGRAMMING
    assert search(cli, "programming")["results"][0]["iri"] == PROGRAMMING


def test_kind_limit_and_language(cli):
    roles = search(cli, "data", "--kind", "role")
    assert roles["results"] and {r["kind"] for r in roles["results"]} == {"role"}
    one = search(cli, "data", "--limit", "1")
    assert len(one["results"]) == 1 and one["total"] > 1
    assert search(cli, "analis data", "--lang", "id")["results"][0]["label"] == "Analis Data"
    shown = cli("search", "data", "--limit", "1")
    assert shown.stdout.splitlines()[-1] == f"… and {one['total'] - 1} more ({one['total']} in all)"


def test_no_match_says_so_and_a_text_without_letters_is_a_usage_error(cli):
    result = cli("search", "zzqx")
    assert result.exit_code == 0 and result.stdout == "Nothing is named like “zzqx”.\n"
    result = cli("search", "--", "-- !")
    assert result.exit_code == 2 and "letters or digits" in result.stderr and "Traceback" not in result.output


def test_search_on_imported_data_ranks_hand_edited_entities_first(cli, onet):
    result = cli("--data", onet, "search", "programming", "--format", "json")
    found = json.loads(result.stdout)["results"]
    assert [r["iri"] for r in found[:2]] == [PROGRAMMING, ELEMENT + "2.B.3.e"]
    assert found[1]["code"] == "2.B.3.e" and found[0]["matched"] == found[1]["matched"] == "programming"


# ------------------------------------------------------------------ show on imported data

def test_a_name_shared_with_imported_data_lists_the_namesakes(cli, onet):
    result = cli("--data", onet, "show", "Programming")
    assert result.exit_code == 0
    assert result.stdout.startswith("Programming (skill) / Pemrograman\n")
    assert f"  Also named “Programming”: Programming (skill, 2.B.3.e) <{ELEMENT}2.B.3.e>" in result.stdout.splitlines()
    hidden = cli("--data", onet, "show", "2.B.3.e")
    assert hidden.exit_code == 0 and hidden.stdout.startswith("Programming (skill)\n")
    assert cli("--data", onet, "show", "Python").stdout.startswith("Python (technology)\n")  # a tool, not the skill


def test_knowledge_and_skills_of_one_name_are_each_reachable_and_told_apart(cli, onet):
    ambiguous = cli("--data", onet, "show", "Mathematics")
    assert ambiguous.exit_code == 2 and "name one by its code or IRI" in ambiguous.stderr
    knowledge = cli("--data", onet, "show", "2.C.4.a")
    skill = cli("--data", onet, "show", "2.A.1.e")
    assert knowledge.stdout.startswith("Mathematics (knowledge area)\n")
    assert skill.stdout.startswith("Mathematics (skill)\n")
    assert json.loads(cli("--data", onet, "show", "2.C.4.a", "--format", "json").stdout)["category"] == "knowledge"


def test_an_imported_role_groups_skills_knowledge_and_technologies(cli, onet):
    info = json.loads(cli("--data", onet, "show", "Statisticians", "--format", "json").stdout)
    groups = {}
    for req in info["requirements"]:
        groups.setdefault(req["category"], []).append(req["iri"])
    assert ELEMENT + "2.A.1.e" in groups["skill"] and ELEMENT + "2.C.4.a" in groups["knowledge"]
    assert TECHNOLOGY + "r" in groups["technology"]
    lines = cli("--data", onet, "show", "Statisticians").stdout.splitlines()
    heads = [line.strip() for line in lines if line.endswith(":") and line.startswith("  ") and not line.startswith("   ")]
    assert heads == ["Skills required:", "Knowledge required:", "Technologies used:"]


def test_no_empty_definition_and_no_repeated_label(cli, onet):
    lines = cli("--data", onet, "show", "2.C.4.a").stdout.splitlines()
    assert all(line.strip() for line in lines)  # O*NET gives elements no definition: no blank line for it
    assert lines[0] == "Mathematics (knowledge area)"  # no "/ Mathematics": the data has no Indonesian label
    assert json.loads(cli("--data", onet, "show", ROLE + "15-2041.00", "--format", "json").stdout)["labels"]["id"] == ""


# ------------------------------------------------------------------ long lists

def test_a_long_list_of_linked_entities_is_cut_with_a_count():
    names = [{"label": f"Occupation {i:03}", "iri": f"https://x.org/o/{i}", "status": "imported", "source": "O*NET"}
             for i in range(900)]
    info = {"label": "Mathematics", "labels": {"en": "Mathematics", "id": ""}, "category": "knowledge",
            "definition": "", "alt_labels": [], "links": {}, "linked_from": {"required_by": names}, "matches": [],
            "evidence": [], "curation_notes": []}
    [line] = [line for line in text.entity(info, "en").splitlines() if "Required by" in line]
    shown = line.split(": ", 1)[1]
    assert line.startswith("  Required by (900): ")
    assert shown.endswith(f"and {900 - (text.LISTED - 2)} more")
    assert shown.count("Occupation") == text.LISTED - 2
    short = {**info, "linked_from": {"required_by": names[:text.LISTED]}}
    [line] = [line for line in text.entity(short, "en").splitlines() if "Required by" in line]
    assert line == "  Required by: " + ", ".join(n["label"] for n in names[:text.LISTED])
    assert "900" in text.entity({**info}, "id") and "lainnya" in text.entity(info, "id")


# ------------------------------------------------------------------ where each link comes from

def shown_links(shown):
    """Every link object of a ``show --format json`` answer: links, links from others, requirements."""
    return [link for links in list(shown["links"].values()) + list(shown["linked_from"].values()) for link in links] \
        + shown.get("requirements", [])


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_link_of_every_bundled_entity_says_where_it_comes_from(graph, lang):
    from graph.store.entities import describe
    from graph.store.names import kind_of
    from graph.views import json as shape

    seen = {"quoted": 0, "curated": 0}
    for iri in sorted({s for s in graph.subjects() if kind_of(graph, s)}):
        shown = shape.entity(describe(graph, iri), lang)
        for link in shown_links(shown):
            assert link["status"] in seen, (iri, link)
            seen[link["status"]] += 1
            if link["status"] == "quoted":
                assert set(link) >= {"iri", "evidence"} and link["evidence"], (iri, link)
                assert all(set(e) == {"source", "quote"} and e["quote"] and e["source"] for e in link["evidence"])
            else:
                assert link["note"].strip() and "evidence" not in link, (iri, link)
    assert seen["quoted"] and seen["curated"]


def test_show_json_gives_the_quote_or_the_note_in_the_language_asked(cli):
    english = json.loads(cli("show", "Data Analyst", "--format", "json").stdout)
    indonesian = json.loads(cli("show", "Data Analyst", "--format", "json", "--lang", "id").stdout)
    by_iri = {link["iri"]: link for link in shown_links(indonesian)}
    assert len(by_iri) == len(shown_links(english))
    for en in shown_links(english):
        id_ = by_iri[en["iri"]]
        assert en["status"] == id_["status"]
        if en["status"] == "curated":
            assert en["note"] != id_["note"]  # the rationale is given in each language
        else:
            assert [e["quote"] for e in en["evidence"]] == [e["quote"] for e in id_["evidence"]]  # quotes stay verbatim


@pytest.mark.parametrize("lang, mark", [("en", "[curated]"), ("id", "[kurasi]")])
def test_show_text_marks_each_curated_link_and_gives_its_rationale(cli, lang, mark):
    shown = json.loads(cli("show", "AI Auditor", "--format", "json", "--lang", lang).stdout)
    curated = [link for link in shown_links(shown) if link["status"] == "curated"]
    output = cli("show", "AI Auditor", "--lang", lang).stdout
    assert curated and output.count(mark) == len(curated)
    for link in curated:
        assert f"— {link.get('label', link.get('skill'))}: {link['note']}" in output
