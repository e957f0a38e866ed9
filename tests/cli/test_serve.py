"""`graph serve`: the JSON API and the pages through Starlette's test client, and the command itself.

The API must answer exactly what the commands print with --format json; bad input gets a
status and a one-line message, never a stack trace.
"""

import html
import json
import re
import signal
import socket
import subprocess
import sys

import pytest

from graph.views.text import hours
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from graph.model.names import normalise
from graph.model.ranking import ORDERS
from graph.model.vocabulary import KINDS
from graph.serve import CSP, app
from graph.store.dataset import Dataset

from ..conftest import ROLE, ROOT, SKILL, invoke
from .test_lang_id import bundled_names, english_words

INJECTION = ROOT / "tests" / "fixtures" / "viz-injection"


@pytest.fixture(scope="module")
def client():
    return TestClient(app(Dataset()))


def cli_json(*args):
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ------------------------------------------------------------------ the API answers as the CLI does

@pytest.mark.parametrize("query, args", [
    ({"q": "AI"}, ["search", "AI"]),
    ({"q": "data", "lang": "id"}, ["search", "data", "--lang", "id"]),
    ({"q": "analis", "kind": "role", "limit": "3"}, ["search", "analis", "--kind", "role", "--limit", "3"]),
])
def test_search_answers_as_graph_search(client, query, args):
    assert client.get("/api/search", params=query).json() == cli_json(*args)


@pytest.mark.parametrize("part", ["AI", "data", "audit"])
def test_search_finds_part_of_a_name_and_nothing_without_it(client, part):
    found = client.get("/api/search", params={"q": part, "limit": 100}).json()
    assert found["total"] > 1
    assert all(normalise(part) in r["matched"] for r in found["results"])


def test_search_finds_every_label_and_alternative_label_in_both_languages(client, graph):
    from rdflib.namespace import SKOS

    from graph.store.names import kind_of

    checked = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for iri, label in graph.subject_objects(predicate):
            if kind_of(graph, iri) is None:  # level scale, sources, evidence: not searched
                continue
            found = client.get("/api/search", params={"q": str(label), "limit": 100}).json()
            assert str(iri) in [r["iri"] for r in found["results"]], (str(label), str(iri))
            checked.add((str(iri), label.language))
    assert {"en", "id"} <= {lang for _, lang in checked} and len({iri for iri, _ in checked}) > 100


@pytest.mark.parametrize("name, lang", [("Spesialis Kebijakan AI dan Etika", "en"), ("Statistik", "id"),
                                        ("Data Analyst", "id"), ("government", "en")])
def test_show_answers_as_graph_show(client, name, lang):
    assert client.get("/api/show", params={"name": name, "lang": lang}).json() == cli_json("show", name, "--lang", lang)


@pytest.mark.parametrize("query, args", [
    ({"from": "Data Analyst", "to": "AI Auditor"}, ["Data Analyst", "AI Auditor"]),
    ({"from": "Analis Data", "to": "Spesialis Machine Learning", "sector": "pemerintahan", "lang": "id"},
     ["Analis Data", "Spesialis Machine Learning", "--sector", "pemerintahan", "--lang", "id"]),
    ({"from": "Data Analyst", "to": "AI Auditor", "k": "3", "max_step": "1218", "hours_per_week": "10"},
     ["Data Analyst", "AI Auditor", "--k", "3", "--max-step", "1218", "--hours-per-week", "10"]),
    ({"have": "Statistik=4, Pemrograman=2", "to": "Auditor AI"}, ["--have", "Statistik=4, Pemrograman=2", "Auditor AI"]),
    ({"from": "Data Analyst", "to": "AI Auditor", "via": "AI Compliance Officer", "avoid": "AI Ethicist"},
     ["Data Analyst", "AI Auditor", "--via", "AI Compliance Officer", "--avoid", "AI Ethicist"]),
])
def test_path_answers_as_graph_path(client, query, args):
    assert client.get("/api/path", params=query).json() == cli_json("path", *args)


@pytest.mark.parametrize("query, args", [
    ({"role": "Data Analyst"}, ["Data Analyst"]),
    ({"role": "Analis Data", "k": "3", "sort": "effort", "lang": "id"}, ["Analis Data", "--k", "3", "--sort", "effort", "--lang", "id"]),
    ({"role": "Data Analyst", "max_step": "600"}, ["Data Analyst", "--max-step", "600"]),
    ({"have": "Statistik=3, Pemrograman=2", "sort": "effort"}, ["--have", "Statistik=3, Pemrograman=2", "--sort", "effort"]),
])
def test_next_answers_as_graph_next(client, query, args):
    assert client.get("/api/next", params=query).json() == cli_json("next", *args)


def test_the_exported_profile_is_the_file_graph_path_me_reads(client, tmp_path):
    have = "Statistik=4, Perlindungan data dan privasi=2"
    answer = client.get("/api/profile.toml", params={"have": have, "lang": "id"})
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    profile = tmp_path / "me.toml"
    profile.write_bytes(answer.content)
    assert cli_json("path", "--me", profile, "Auditor AI") == client.get("/api/path", params={"have": have, "to": "Auditor AI"}).json()
    assert client.get("/api/profile", params={"have": have}).json() == cli_json("path", "--have", have, "Auditor AI")["profile"]
    assert '"Statistik" = 4' in answer.text  # labels in the language asked for


# ------------------------------------------------------------------ bad input

#: Requests the app refuses, with the status and (part of) the English line saying why.
BAD_INPUT = [
    ("/api/show", {"name": "Data Analist"}, 404, "No entity named 'Data Analist'. Did you mean: Data Analyst"),
    ("/api/path", {"from": "Data Analist", "to": "AI Auditor"}, 404, "No role named 'Data Analist'."),
    ("/api/path", {"from": "Statistics", "to": "AI Auditor"}, 404, "'Statistics' is a skill, not a role."),
    ("/api/path", {"from": "Data Analyst", "to": "AI Auditor", "max_step": "nan"}, 400, "max_step: 'nan' is not a finite number"),
    ("/api/path", {"from": "Data Analyst", "to": "AI Auditor", "max_step": "-5"}, 400, "max_step: '-5'"),
    ("/api/path", {"from": "Data Analyst", "to": "AI Auditor", "k": "2.5"}, 400, "k: '2.5' is not a whole number"),
    ("/api/path", {"from": "Data Analyst", "to": "AI Auditor", "k": "0"}, 400, "k: '0' is not a whole number at least 1"),
    ("/api/path", {"to": "AI Auditor"}, 400, "from: missing"),
    ("/api/path", {"from": "Data Analyst", "have": "Statistik=3", "to": "AI Auditor"}, 400, "not both"),
    ("/api/path", {"have": "Statistik=9", "to": "AI Auditor"}, 400, "the level of 'Statistik' must be a whole number from 1 to 4"),
    ("/api/path", {"from": "Data Analyst", "to": "AI Auditor", "max_steps": "1"}, 422,
     "No path from Data Analyst to AI Auditor with moves of at most 1,080 h, in at most 1 move. The smallest per-move budget that works is"),
    ("/api/search", {}, 400, "q: missing"),
    ("/api/search", {"q": "!!!"}, 400, "has no letters or digits"),
    ("/api/search", {"q": "AI", "lang": "fr"}, 400, "lang: 'fr' is not one of en, id"),
    ("/api/search", {"q": "AI", "kind": "planet"}, 400, "kind: 'planet' is not one of"),
    ("/api/search", {"q": "x" * 501}, 400, "q: longer than 500 characters"),
    ("/api/path", {"have": "Statistik=3, " * 800, "to": "AI Auditor"}, 400, "have: longer than 10,000 characters"),
    ("/api/next", {"role": "Data Analyst", "sort": "random"}, 400, "sort: 'random' is not one of relatedness, effort"),
    ("/api/next", {}, 400, "role: missing"),
]


@pytest.mark.parametrize("path, query, status, message", BAD_INPUT)
def test_bad_input_gets_a_status_and_one_line(client, path, query, status, message):
    answer = client.get(path, params=query)
    assert answer.status_code == status
    body = answer.json()
    assert message in body["error"] and "\n" not in body["error"] and "Traceback" not in answer.text


#: The app's parameters and the values they take, which messages name as they are sent (the CLI's flags, here).
API_WORDS = ("q", "name", "from", "to", "have", "role", "k", "max_step", "max_steps", "sort", "kind", *KINDS, *ORDERS)


@pytest.mark.parametrize("path, query, status", [(p, q, s) for p, q, s, _ in BAD_INPUT if "lang" not in q])
def test_bad_input_is_worded_in_the_language_asked_for(client, path, query, status):
    english = client.get(path, params=query).json()["error"]
    answer = client.get(path, params={**query, "lang": "id"})
    said = answer.json()["error"]
    names = bundled_names() + API_WORDS
    assert answer.status_code == status and said != english and "\n" not in said
    assert english_words(said, names) == [] and english_words(english, names), (said, english)


@pytest.mark.parametrize("path, query", [
    ("/", {}), ("/search", {"q": "analis"}), ("/search", {"q": "zzzz"}), ("/show", {"name": "Data Analyst"}),
    ("/show", {"name": "Statistics"}), ("/show", {"name": "Data Analist"}), ("/me", {}),
    ("/plan", {"from": "Data Analyst", "to": "AI Auditor"}), ("/plan", {"from": "AI Auditor", "to": "AI Researcher"}),
    ("/plan", {"from": "Data Analyst", "to": "AI Auditor", "max_step": "x"}),
])
def test_pages_are_worded_in_the_language_asked_for(client, path, query):
    def shown(lang):
        page = client.get(path, params={**query, "lang": lang}).text
        text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)))
        return text + " ".join(html.unescape(a) for a in re.findall(r'(?:title|placeholder|aria-label|alt)="([^"]*)"',
                                                                    page))

    assert english_words(shown("id"), bundled_names() + API_WORDS) == [], shown("id")
    assert english_words(shown("en"), bundled_names() + API_WORDS)  # the check can fail


def test_many_skills_fit_in_one_request(client, G):
    skills = sorted(n for n, kind in G.nodes(data="kind") if kind == "skill")
    have = ", ".join(f"{iri}=1" for iri in skills)
    assert len(skills) > 50 and len(have) > 2_000
    answer = client.get("/api/path", params={"have": have, "to": "AI Auditor"})
    assert answer.status_code == 200 and len(answer.json()["profile"]["skills"]) == len(skills)


def test_unknown_names_come_with_suggestions(client):
    body = client.get("/api/show", params={"name": "Data Analist"}).json()
    assert "Data Analyst" in body["suggestions"]
    page = client.get("/show", params={"name": "Data Analist"})
    assert page.status_code == 404 and "Data Analyst" in page.text and 'id="error-suggestions"' in page.text


def test_suggestions_are_labels_in_the_language_asked_for(client):
    body = client.get("/api/show", params={"name": "Data Analist", "lang": "id"}).json()
    assert body["suggestions"][:2] == ["Analis Data", "Analisis data"]  # nearest first, as the CLI offers them
    assert body["error"] == "Tidak ada entitas bernama 'Data Analist'. Mungkin maksud Anda: " + \
        ", ".join(body["suggestions"]) + "?"
    english = client.get("/api/show", params={"name": "Data Analist"}).json()["suggestions"]
    assert len(english) == len(body["suggestions"]) and not set(english) & set(body["suggestions"])
    page = client.get("/show", params={"name": "Data Analist", "lang": "id"})
    assert page.status_code == 404 and "Analis Data" in page.text and "Data Analyst" not in page.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["/api/search", "/api/show", "/api/path", "/api/next", "/api/profile", "/show", "/plan", "/search"]),
       st.dictionaries(st.sampled_from(["q", "name", "from", "to", "have", "role", "k", "max_step", "max_steps",
                                        "hours_per_week", "lang", "kind", "sort", "sector", "start", "limit"]),
                       st.text(max_size=30), max_size=5))
def test_no_query_string_makes_the_server_fail(client, path, query):
    answer = client.get(path, params=query)
    assert answer.status_code in (200, 400, 404, 422), (path, query, answer.text[:300])
    assert "Traceback" not in answer.text


# ------------------------------------------------------------------ the pages

def test_every_answer_is_read_only_and_carries_a_strict_policy(client):
    for path in ("/", "/show?name=AI+Auditor", "/api/search?q=AI", "/nowhere", "/static/../../etc/passwd"):
        answer = client.get(path)
        assert answer.headers["content-security-policy"] == CSP and answer.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "default-src 'none'" in CSP
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/search?q=AI").status_code == 405


def test_pages_load_only_files_of_this_server(client):
    for path in ("/", "/show?name=AI+Auditor", "/plan?from=Data+Analyst&to=AI+Auditor", "/me"):
        page = client.get(path).text
        assert not re.search(r"<script>(?!</script>)", page)  # no inline script: only src= and JSON data blocks
        for address in re.findall(r'(?:src|href)="([^"]+)"', page):
            assert address.startswith("/"), address
            if address.startswith("/static/"):
                assert client.get(address).status_code == 200


def test_a_role_page_shows_what_graph_show_and_graph_next_give(client):
    shown, moves = cli_json("show", "AI Auditor"), cli_json("next", "AI Auditor")
    page = client.get("/show", params={"name": "Auditor AI"}).text
    rows = re.findall(r'<tr data-iri="([^"]+)"><td><a [^>]+>([^<]+)</a>.*?<td class="num">(\d)</td><td>(\w+)</td>\s*<td>(.*?)</td>',
                      page, re.S)
    assert [(iri, label, int(level), need == "essential", "curated" in mark) for iri, label, level, need, mark in rows] == \
        [(r["iri"], r["skill"], r["level"], r["essential"], r["status"] == "curated") for r in shown["requirements"]]
    assert re.findall(r'<li data-iri="([^"]+)">', page.split('id="next"')[1]) == [m["iri"] for m in moves["moves"]]
    linked = [link["label"] for key in ("sectors", "concerns") for link in shown["links"][key]]
    for text in (shown["definition"], *linked, shown["evidence"][0]["quote"]):
        assert html.escape(text).replace("&#x27;", "&#39;") in page


def test_a_skill_page_says_who_needs_it_at_which_level(client, G):
    page = client.get("/show", params={"name": "Statistik", "lang": "id"}).text
    rows = re.findall(r'<tr data-iri="([^"]+)"><td><a [^>]+>[^<]+</a></td><td class="num">(\d)</td>', page.split('id="needed-by"')[1])
    needing = {(role, str(data["level"])) for role, _, data in G.in_edges(SKILL + "statistics", data=True)
               if data["relation"] == "requires"}
    assert set(rows) == needing and len(rows) == len(needing)
    assert "Dibutuhkan oleh" in page


def test_the_planner_page_shows_the_cli_plan(client):
    planned = cli_json("path", "Data Analyst", "AI Auditor", "--hours-per-week", "10")
    page = client.get("/plan", params={"from": "Data Analyst", "to": "AI Auditor", "hours_per_week": "10"}).text
    assert f'data-roles="{" ".join(planned["paths"][0]["role_iris"])}"' in page
    learned = re.findall(r'<li data-iri="([^"]+)">', page)
    assert learned == [s["iri"] for step in planned["paths"][0]["steps"] for s in step["skills"]]
    assert hours(planned["paths"][0]["total_effort"], "en") in page and hours(planned["paths"][0]["direct_effort"], "en") in page


def test_the_language_follows_the_default_and_each_page_can_switch(graph):
    indonesian = TestClient(app(Dataset(), "id"))
    page = indonesian.get("/show", params={"name": "Data Analyst"}).text
    assert '<html lang="id">' in page and "Analis Data" in page and "Persyaratan" in page
    assert 'href="/show?name=Data+Analyst&amp;lang=en"' in page
    english = indonesian.get("/show", params={"name": "Data Analyst", "lang": "en"}).text
    assert '<html lang="en">' in english and "Requirements" in english


def test_labels_that_try_to_inject_markup_are_escaped():
    hostile = TestClient(app(Dataset(INJECTION)))
    for path in ("/show?name=" + ROLE + "evil", "/search?q=img", "/show?name=" + SKILL + "evil", "/plan?from=Plain+role&to="
                 + ROLE + "evil"):
        page = hostile.get(path).text
        for raw in ("<img src=x", "<script>window.__xss", "<iframe", "<svg onload", "<b onmouseover", "<style>body"):
            assert raw not in page, (path, raw)
    assert "&lt;img src=x onerror=window.__xss=1&gt;" in hostile.get("/show?name=" + ROLE + "evil").text


# ------------------------------------------------------------------ the command

def test_a_port_in_use_is_one_line_and_exit_1():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke("serve", "--port", port)
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_a_dataset_that_cannot_be_read_is_one_line_and_exit_1(tmp_path):
    (tmp_path / "roles.ttl").write_text("this is not turtle")
    result = invoke("--data", tmp_path, "serve", "--port", "0")
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {tmp_path}") and result.stderr.count("\n") == 1
    assert invoke("--data", tmp_path / "missing", "serve").stderr == f"Error: {tmp_path / 'missing'}: no such directory\n"


def test_serve_prints_its_url_answers_and_warns_off_loopback(G):
    server = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--host", "0.0.0.0", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        warning, line = server.stderr.readline(), server.stdout.readline()
        assert warning.startswith("Warning: listening on 0.0.0.0, not a loopback address")
        port = re.fullmatch(r"Serving the graph at http://0\.0\.0\.0:(\d+)/ \(Ctrl\+C to stop\)\n", line).group(1)
        import urllib.parse
        import urllib.request
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=Auditor+AI", timeout=30) as answer:
            assert json.load(answer)["results"][0]["iri"] == ROLE + "ai-auditor"
        have = ", ".join(f"{iri}={level}" for level in (1, 2, 3) for iri, kind in sorted(G.nodes(data="kind"))
                         if kind == "skill")
        query = urllib.parse.urlencode({"have": have, "to": "AI Auditor"})
        assert len(query) > 10_000  # a long request line, as "my skills" sends, is read whole
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/path?{query}", timeout=30) as answer:
            assert json.load(answer)["profile"]["skills"]
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
