"""`graph show` and `graph list`: lookup in either language, suggestions, filters, formats."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import AmbiguousNameError, UnknownNameError, WrongKindError
from graph.store.turtle import ontology_dir
from graph.store.names import resolve

from ..conftest import ROLE, run_graph
from ..conftest import raises_worded


@pytest.mark.parametrize("name", ["Analis Data", "data analyst", "  DATA   Analyst ", "analis-data", "Data Analyst"])
def test_show_finds_the_same_role_in_both_languages(cli, name):
    result = cli("show", name, "--format", "json")
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["iri"] == ROLE + "data-analyst"
    assert info["labels"] == {"en": "Data Analyst", "id": "Analis Data"}


def test_show_is_accent_dash_and_case_insensitive(graph):
    from rdflib import Literal
    from rdflib.namespace import SKOS

    (design,) = graph.subjects(SKOS.prefLabel, Literal("Desain interaksi manusia–AI", lang="id"))
    assert resolve(graph, "desain INTERAKSI manusia ai") == design  # no dash, other case: the label as typed
    (designer,) = graph.subjects(SKOS.prefLabel, Literal("Desainer Grafis", lang="id"))
    assert resolve(graph, "Désainer  grafis") == designer  # an accent and a double space the label does not have


def test_show_text_in_indonesian(cli):
    result = cli("show", "Auditor AI", "--lang", "id")
    assert result.exit_code == 0
    assert result.stdout.startswith("Auditor AI (peran) / AI Auditor")
    assert "Keterampilan yang dibutuhkan:" in result.stdout and "wajib" in result.stdout
    assert 'Bukti (Pekerjaan yang Akan Tumbuh Bersama Teknologi AI): "AI Auditor & Compliance Officer' in result.stdout


def test_show_a_skill_lists_the_roles_that_need_it(cli):
    info = json.loads(cli("show", "statistik", "--format", "json").stdout)
    assert info["kind"] == "skill" and info["effort_hours"] > 0
    assert "Data Analyst" in [r["label"] for r in info["linked_from"]["required_by"]]
    assert "Data analysis" in [s["label"] for s in info["linked_from"]["prerequisite_of"]]


def test_near_miss_suggests_and_exits_2(cli):
    result = cli("show", "Data Analist")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("Error: No entity named 'Data Analist'. "
                                     "Did you mean: Data Analyst, Data analysis, Data processing?")
    assert "Traceback" not in result.output


def test_unknown_name_without_near_miss(cli):
    result = cli("show", "astronaut")
    assert result.exit_code == 2 and result.stderr.strip() == "Error: No entity named 'astronaut'."


def test_wrong_kind_and_ambiguous_names(graph, tmp_path):
    with raises_worded(WrongKindError, match="'Statistics' is a skill, not a role"):
        resolve(graph, "Statistics", kind="role")
    with pytest.raises(UnknownNameError) as err:
        resolve(graph, "Data Analist", kind="role")
    assert err.value.suggestions[0] == "Data Analyst" and "Data analysis" not in err.value.suggestions
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    with open(data / "clash.ttl", "w", encoding="utf-8") as f:
        f.write("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                "<https://w3id.org/aijobs/skill/statistics> skos:altLabel \"Analis Data\"@id .\n")
    from graph.store.turtle import load_graph
    clashing = load_graph(data)
    with raises_worded(AmbiguousNameError, match="could be Data Analyst \\(role\\), Statistics \\(knowledge\\); name one by its IRI"):
        resolve(clashing, "analis data")
    assert str(resolve(clashing, "analis data", kind="role")) == ROLE + "data-analyst"


def test_ambiguous_name_on_the_command_line(cli, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    (data / "clash.ttl").write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                                    "<https://w3id.org/aijobs/skill/statistics> skos:altLabel \"Analis Data\"@id .\n")
    result = cli("--data", data, "show", "Analis Data")
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr and result.stderr.count("\n") == 1


def test_list_roles_filters_by_sector_concern_and_family(cli, graph):
    rows = json.loads(cli("list", "roles", "--sector", "government", "--concern", "privacy", "--format", "json").stdout)
    from graph.store.rdf import AIJ
    from rdflib import URIRef
    government, privacy = URIRef("https://w3id.org/aijobs/sector/government"), URIRef("https://w3id.org/aijobs/concern/privacy")
    expected = {str(r) for r in graph.subjects(AIJ.inSector, government) if (r, AIJ.addressesConcern, privacy) in graph}
    assert {r["iri"] for r in rows} == expected and len(expected) >= 3
    family = json.loads(cli("list", "roles", "--family", "Pekerjaan Baru yang Belum Ada Saat Ini", "--format", "json").stdout)
    assert {r["label"] for r in family} == {"AI Coach", "AI Experience Designer", "Prompt Engineer"}


def test_list_private_sector_includes_narrower_sectors(cli):
    rows = json.loads(cli("list", "roles", "--sector", "sektor swasta", "--format", "json").stdout)
    labels = {r["label"] for r in rows}
    assert {"Graphic Designer", "Machine Learning Engineer", "AI Auditor"} <= labels
    assert "Online Public Service System Manager" not in labels


def test_list_in_indonesian_is_sorted_and_aligned(cli):
    result = cli("list", "sectors", "--lang", "id")
    assert result.exit_code == 0
    labels = [line.split("  ")[0] for line in result.stdout.splitlines()]
    assert labels == sorted(labels, key=str.casefold) and "Pemerintahan" in labels


def test_list_skills_for_a_concern(cli):
    rows = json.loads(cli("list", "skills", "--concern", "keamanan", "--format", "json").stdout)
    assert "Cybersecurity" in {r["label"] for r in rows}


def test_list_with_no_match_says_so(cli):
    result = cli("list", "roles", "--sector", "creative industries", "--concern", "public trust")
    assert result.exit_code == 0 and result.stdout.strip() == "Nothing matches these filters."


def test_list_unknown_filter_value(cli):
    result = cli("list", "roles", "--sector", "goverment")
    assert result.exit_code == 2 and "Did you mean: Government?" in result.stderr


def test_every_command_has_help(cli):
    from graph.cli import main
    assert main.help
    for name, command in main.commands.items():
        assert command.help, name
        result = cli(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_python_dash_m_and_the_console_script():
    result = run_graph("show", "Analis Data", "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["labels"]["en"] == "Data Analyst"
    script = Path(sys.executable).parent / "graph"
    assert script.is_file(), "the `graph` console script is not installed beside this Python"
    result = subprocess.run([script, "show", "data analyst"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("Data Analyst (role) / Analis Data")


def test_malformed_turtle_names_file_and_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    broken = data / "roles.ttl"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines[30] = lines[30] + ' "unterminated'
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_graph("--data", data, "show", "Data Analyst")
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {broken}:31:") and "bad Turtle syntax" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_missing_data_folder(cli, tmp_path):
    result = cli("--data", tmp_path / "nowhere", "list", "roles")
    assert result.exit_code == 1 and "no such directory" in result.stderr


@pytest.mark.parametrize("tail, message", [
    ('role:data-analyst aij:effortHours "abc"^^xsd:integer .\n', ": 'abc' is not a valid xsd:integer"),
    ("role:data-analyst skos:exactMatch <http://a b> .\n", ":35: bad Turtle syntax (Invalid IRI code point ' ')"),
    ("role:x role:y role:z", ":21: bad Turtle syntax (Unexpected end)"),
])
def test_values_rdflib_would_only_warn_about_are_errors_with_file_and_line(tmp_path, tail, message):
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    roles = data / "roles.ttl"
    lines = roles.read_text(encoding="utf-8").count("\n")
    with open(roles, "a", encoding="utf-8") as f:
        f.write(tail)
    result = run_graph("--data", data, "show", "Data Analyst")
    assert result.returncode == 1
    assert result.stderr == f"Error: {roles}:{lines + 1}{message}\n"


def test_filters_work_for_every_kind_through_the_roles_they_select(cli, graph):
    from graph.store.rdf import AIJ
    from rdflib import URIRef
    government = URIRef("https://w3id.org/aijobs/sector/government")
    gov_roles = set(graph.subjects(AIJ.inSector, government))
    for kind, prop in (("concerns", AIJ.addressesConcern), ("usecases", AIJ.hasUseCase), ("families", AIJ.inFamily),
                       ("routes", AIJ.trainingRoute)):
        rows = json.loads(cli("list", kind, "--sector", "government", "--format", "json").stdout)
        expected = {str(o) for r in gov_roles for o in graph.objects(r, prop)}
        assert expected and {r["iri"] for r in rows} == expected, kind
    privacy = URIRef("https://w3id.org/aijobs/concern/privacy")
    rows = json.loads(cli("list", "sectors", "--concern", "privacy", "--format", "json").stdout)
    assert {r["iri"] for r in rows} == {str(s) for r in graph.subjects(AIJ.addressesConcern, privacy)
                                       for s in graph.objects(r, AIJ.inSector)}
