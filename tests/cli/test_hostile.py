"""Hostile and clumsy input at the edges: outputs that never clobber, queries that never call out,
values that never crash, text that cannot steer a terminal or a spreadsheet.

Every command here either succeeds or fails with one line on stderr and exit 1 (data, output) or
2 (names, options), never a traceback, and a failed write leaves nothing behind.
"""

import http.server
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.store.export import serialize
from graph.store.turtle import load_graph, ontology_dir

from ..conftest import run_graph
from ..import_fixtures import write_onet

ANALYST, AUDITOR = "Data Analyst", "AI Auditor"
#: Hypothesis settings for CLI runs: few examples, no deadline (runs load data), shared fixtures allowed,
#: and no example database (nothing written into the checkout; every run starts afresh).
CLI_RUNS = settings(max_examples=25, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def one_line_error(result, exit_code):
    """Assert a failure the way a user must see it: the exit code, one `Error:` line, no traceback."""
    assert result.exit_code == exit_code, (result.exit_code, result.stderr, result.stdout)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def strict_json(text):
    """Parse JSON as the standard defines it: NaN and Infinity are not JSON."""
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


def assert_well_behaved(result):
    """What every run must do, whatever the input: a known exit code and no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stderr
    if result.exit_code:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and len(lines[0]) < 2000, result.stderr


@pytest.fixture
def data(tmp_path):
    """A copy of the bundled Turtle files, to break one value at a time."""
    folder = tmp_path / "data"
    folder.mkdir()
    for path in ontology_dir().glob("*.ttl"):
        shutil.copy(path, folder / path.name)
    return folder


def edit(path, old, new):
    """Replace the first ``old`` in ``path`` by ``new``; return the line (1-based) it is on."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text.count("\n", 0, at) + 1


# ------------------------------------------------------------------ outputs


def test_export_writes_through_a_symlink_and_keeps_it(cli, tmp_path):
    real, link = tmp_path / "real.ttl", tmp_path / "link.ttl"
    real.write_text("old\n")
    link.symlink_to(real.name)
    result = cli("export", "-o", link)
    assert result.exit_code == 0
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_bytes() == cli("export").stdout_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ttl", "real.ttl"]


def test_export_keeps_the_mode_of_an_existing_file(cli, tmp_path):
    target = tmp_path / "graph.nt"
    target.write_text("old\n")
    target.chmod(0o600)
    assert cli("export", "--format", "nt", "-o", target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() != "old\n"


def test_export_new_file_follows_the_umask(cli, tmp_path):
    previous = os.umask(0o027)
    try:
        assert cli("export", "-o", tmp_path / "new.ttl").exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.ttl").stat().st_mode) == 0o640


def test_export_writes_into_a_fifo_without_replacing_it(tmp_path):
    fifo, received = tmp_path / "pipe", tmp_path / "received.nt"
    os.mkfifo(fifo)
    with open(received, "wb") as sink:
        reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
        result = run_graph("export", "--format", "nt", "-o", fifo)
        reader.wait(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received.read_text() == run_graph("export", "--format", "nt").stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_to_a_character_device_leaves_the_device(cli, tmp_path):
    # a private null device: a broken writer replaces this node, never the machine's /dev/null
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert cli("export", "-o", device).exit_code == 0
    assert stat.S_ISCHR(device.stat().st_mode) and device.stat().st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_export_dash_writes_standard_output(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("export", "--format", "nt", "-o", "-")
    assert result.exit_code == 0 and result.stdout_bytes == cli("export", "--format", "nt").stdout_bytes
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_a_directory(cli, tmp_path):
    line = one_line_error(cli("export", "-o", tmp_path), 2)
    assert "directory" in line


def test_export_to_a_missing_folder_fails_without_traces(cli, tmp_path):
    line = one_line_error(cli("export", "-o", tmp_path / "nope" / "out.ttl"), 1)
    assert "does not exist" in line and not (tmp_path / "nope").exists()


@pytest.mark.parametrize("blocker", ["file", "link to a file"])
def test_viz_default_output_folder_that_cannot_be_made(cli, tmp_path, monkeypatch, blocker):
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("not a folder\n")
    if blocker == "file":
        Path("output").write_text("not a folder\n")
    else:
        Path("output").symlink_to("notes.txt")
    line = one_line_error(cli("viz", "--around", ANALYST), 1)
    assert "output" in line
    assert Path("notes.txt").read_text() == "not a folder\n" and len(list(tmp_path.iterdir())) == 2


def test_viz_default_output_folder_is_created(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli("viz", "--around", ANALYST).exit_code == 0
    assert Path("output/graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# ------------------------------------------------------------------ SPARQL: no calls out, bounded work


class Recorder(http.server.BaseHTTPRequestHandler):
    """Records every request. ``/query`` answers the bundled graph as N-Triples (a SPARQL server for
    ``--endpoint``); any other path answers one SPARQL JSON row (a service a query might call)."""

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.requests.append((self.command, self.path, self.rfile.read(length)))
        if self.path == "/query":
            kind, body = "application/n-triples", self.server.graph
        else:
            kind, body = "application/sparql-results+json", json.dumps({"head": {"vars": ["r"]}, "results": {
                "bindings": [{"r": {"type": "literal", "value": "from the service"}}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = handle_any

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    """A real HTTP server on the loopback interface that records what reaches it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.requests, server.graph = [], serialize(load_graph(), "nt")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def service_url(server, path="/collect"):
    return f"http://127.0.0.1:{server.server_port}{path}"


def test_service_is_refused_and_reaches_nothing(cli, recorder):
    url = service_url(recorder)
    line = one_line_error(cli("query", f"SELECT ?r WHERE {{ SERVICE <{url}> {{ ?r ?p ?o }} }}"), 2)
    assert url in line and "--allow-service" in line
    assert recorder.requests == []


def test_allowed_service_is_called(cli, recorder):
    url = service_url(recorder)
    result = cli("query", f"SELECT ?r WHERE {{ SERVICE <{url}> {{ ?r ?p ?o }} }}", "--allow-service", url,
                 "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [b["r"]["value"] for b in strict_json(result.stdout)["results"]["bindings"]] == ["from the service"]
    assert {path.split("?")[0] for _, path, _ in recorder.requests} == {"/collect"}


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}",  # another URL than the one allowed
    "SELECT * WHERE {{ SERVICE ?endpoint {{ ?s ?p ?o }} VALUES ?endpoint {{ <{other}> }} }}",
    "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <{other}> {{ ?s ?p ?o }} }} }}",
    # rdflib reads the URL to call from the query text: this one would go to the user-info host
    "SELECT * WHERE {{ SERVICE <{allowed_base}>{{GRAPH<@127.0.0.1:{port}/x>{{?s ?p ?o}}}} }}",
])
def test_only_the_allowed_service_urls_are_called(cli, recorder, template):
    port = recorder.server_port
    allowed, other = f"http://127.0.0.1:{port + 1}/sparql", service_url(recorder, "/elsewhere")
    text = template.format(other=other, allowed_base=f"http://127.0.0.1:{port + 1}", port=port)
    result = cli("query", text, "--allow-service", allowed, "--allow-service", f"http://127.0.0.1:{port + 1}")
    one_line_error(result, 2)
    assert recorder.requests == []


def test_query_timeout_stops_a_runaway_query(cli):
    started = time.monotonic()
    line = one_line_error(cli("query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i",
                              "--timeout", "1"), 1)
    assert time.monotonic() - started < 30
    assert "1 s" in line and "--timeout" in line


def test_through_an_endpoint_service_is_refused_and_limits_hold(cli, recorder):
    endpoint, url = service_url(recorder, ""), service_url(recorder)
    line = one_line_error(cli("--endpoint", endpoint, "query", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"), 2)
    assert "--allow-service" in line
    assert recorder.requests == []  # refused before even the graph is fetched
    one_line_error(cli("--endpoint", endpoint, "query", "SELECT * WHERE { ?s ?p ?o }", "--max-results", "5"), 1)
    one_line_error(cli("--endpoint", endpoint, "query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                       "--timeout", "0.5"), 1)


def test_query_result_limit(cli):
    line = one_line_error(cli("query", "SELECT * WHERE { ?s ?p ?o }", "--max-results", "10"), 1)
    assert "10" in line and "--max-results" in line
    rows = cli("query", "SELECT * WHERE { ?s a aij:Role }", "--max-results", "26", "--format", "json")
    assert rows.exit_code == 0 and len(strict_json(rows.stdout)["results"]["bindings"]) == 26
    one_line_error(cli("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--max-results", "10"), 1)


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom"])
def test_a_query_file_that_never_ends_is_refused(cli, source):
    assert source in one_line_error(cli("query", f"@{source}"), 2)


def test_query_help_documents_the_limits(cli):
    help_text = cli("query", "--help").stdout
    assert "--timeout" in help_text and "--max-results" in help_text and "--allow-service" in help_text


# ------------------------------------------------------------------ numbers

FLOAT_OPTIONS = [
    (("path", ANALYST, AUDITOR), "--max-step"),
    (("next", ANALYST), "--max-step"),
    (("push", "--endpoint", "http://127.0.0.1:9/store"), "--timeout"),
    (("query", "ASK { ?s ?p ?o }"), "--timeout"),
]


@pytest.mark.parametrize("command, option", FLOAT_OPTIONS)
@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "0", "-1", "1e12", "abc", ""])
def test_float_options_refuse_what_is_not_a_sensible_number(cli, command, option, value):
    line = one_line_error(cli(*command, option, value), 2)
    assert option in line


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-5", "1e9"])
def test_timeout_from_the_environment_is_checked_too(cli, value):
    result = cli("--endpoint", "http://127.0.0.1:9", "show", ANALYST, env={"GRAPH_ENDPOINT_TIMEOUT": value})
    assert "--timeout" in one_line_error(result, 2)


def test_k_beyond_the_limit_is_a_usage_error(cli):
    assert "--k" in one_line_error(cli("path", ANALYST, AUDITOR, "--k", "1000000"), 2)


JSON_COMMANDS = [
    ("show", ANALYST), ("list", "roles"), ("path", ANALYST, AUDITOR, "--k", "2"), ("next", ANALYST),
    ("gap", ANALYST, AUDITOR), ("validate",), ("query", "SELECT * WHERE { ?s a aij:Role }"),
    ("query", "ASK { ?s ?p ?o }"), ("path", ANALYST, AUDITOR, "--max-step", "100000"),
    ("next", ANALYST, "--max-step", "100000"),
]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_json_output_is_strict_json(cli, command):
    result = cli(*command, "--format", "json")
    assert result.exit_code == 0, result.stderr
    strict_json(result.stdout)


def test_jsonld_export_is_strict_json(cli):
    strict_json(cli("export", "--format", "jsonld").stdout)


# ------------------------------------------------------------------ values in the data


@pytest.mark.parametrize("command", [("show", ANALYST), ("path", ANALYST, AUDITOR), ("next", ANALYST),
                                     ("gap", ANALYST, AUDITOR), ("viz", "--around", ANALYST, "-o", "-")],
                         ids=lambda c: c[0])
def test_level_outside_the_scale_names_file_and_line(cli, data, command):
    line_number = edit(data / "requirements.ttl", "aij:level 4 ;", "aij:level 99 ;")
    line = one_line_error(cli("--data", data, *command), 1)
    assert line.startswith(f"Error: {data / 'requirements.ttl'}:{line_number}: ") and "99" in line


@pytest.mark.parametrize("value, problem", [
    ('"NaN"', "finite"), ('"INF"^^xsd:double', "finite"), ("1e400", "finite"), ("-40", "positive"), ("0", "positive"),
    ('"lots"', "number")])
def test_bad_effort_names_file_and_line(cli, data, value, problem):
    text = (data / "skills.ttl").read_text()
    old = re.search(r"aij:effortHours \d+ ;", text).group()
    line_number = edit(data / "skills.ttl", old, f"aij:effortHours {value} ;")
    line = one_line_error(cli("--data", data, "path", ANALYST, AUDITOR), 1)
    assert line.startswith(f"Error: {data / 'skills.ttl'}:{line_number}: ") and problem in line


@pytest.mark.parametrize("value", ['"2.5"^^xsd:decimal', '"two"', "true"])
def test_ill_typed_level_names_file_and_line(cli, data, value):
    line_number = edit(data / "requirements.ttl", "aij:level 4 ;", f"aij:level {value} ;")
    line = one_line_error(cli("--data", data, "gap", ANALYST, AUDITOR), 1)
    assert line.startswith(f"Error: {data / 'requirements.ttl'}:{line_number}: ")


@pytest.mark.parametrize("how", ["emptied", "removed"])
def test_missing_roles_are_reported_as_missing_roles(cli, data, how):
    if how == "emptied":
        (data / "roles.ttl").write_text("")
    else:
        (data / "roles.ttl").unlink()
    line = one_line_error(cli("--data", data, "path", ANALYST, AUDITOR), 1)
    assert "aij:Role" in line and "skill" not in line.lower()


@pytest.mark.parametrize("predicate, old, new, problem", [
    ("level", '"3"^^', '"9"^^', "level scale"), ("effortHours", '"8"^^', '"-8"^^', "positive")])
def test_bad_values_in_imported_data_name_file_and_line(cli, tmp_path, predicate, old, new, problem):
    dataset = tmp_path / "dataset"
    assert cli("--data", dataset, "import", "onet", write_onet(tmp_path / "onet-29.2")).exit_code == 0
    version = dataset / (dataset / "CURRENT").read_text().strip()
    statements = version / "onet.nt"
    lines = statements.read_text().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if f"#{predicate}> {old}" in line)
    lines[number - 1] = lines[number - 1].replace(old, new)
    statements.write_text("".join(lines))
    # Statements written by something else, with a manifest that vouches for them: the fast forms
    # are rebuilt from them, and the bad value is named by file and line.
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["sources"]["onet"]["sha256"] = hashlib.sha256(statements.read_bytes()).hexdigest()
    (version / "manifest.json").write_text(json.dumps(manifest))
    line = one_line_error(cli("--data", dataset, "path", "Statisticians", "Data Scientists"), 1)
    assert line.startswith(f"Error: {statements}:{number}: ") and problem in line


def test_a_data_file_that_is_a_fifo_is_refused(cli, data):
    os.mkfifo(data / "more.ttl")
    line = one_line_error(cli("--data", data, "show", ANALYST), 1)
    assert str(data / "more.ttl") in line


# ------------------------------------------------------------------ terminal and document safety

HOSTILE_LABEL = '=HYPERLINK("http://127.0.0.1/x")<script>alert(1)</script>\x1b[31m*x*\u202e'


@pytest.fixture
def hostile_data(data):
    label = HOSTILE_LABEL.replace("\x1b", "\\u001B").replace('"', '\\"')
    edit(data / "roles.ttl", 'skos:prefLabel "AI Auditor"@en', f'skos:prefLabel "{label}"@en')
    return data


def test_text_output_escapes_control_characters(cli, hostile_data):
    for command in (("show", "Auditor AI"), ("path", ANALYST, "Auditor AI"), ("gap", ANALYST, "Auditor AI"),
                    ("list", "roles"), ("query", "SELECT ?l WHERE { role:ai-auditor skos:prefLabel ?l }")):
        result = cli("--data", hostile_data, *command)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
        assert "\\x1b[31m" in result.stdout


def test_markdown_escapes_html(cli, hostile_data):
    result = cli("--data", hostile_data, "path", ANALYST, "Auditor AI", "--format", "markdown")
    assert result.exit_code == 0
    assert "<script>" not in result.stdout and "&lt;script&gt;" in result.stdout


def test_csv_neutralises_formulas(cli, hostile_data):
    result = cli("--data", hostile_data, "query", "SELECT ?l ?n WHERE { role:ai-auditor skos:prefLabel ?l "
                 "FILTER(lang(?l) = 'en') BIND(-40 AS ?n) }", "--format", "csv")
    cells = result.stdout.splitlines()[1]
    assert cells.startswith("\"'=HYPERLINK(") and cells.endswith(",-40")


def test_long_names_are_cut_in_messages(cli):
    line = one_line_error(cli("show", "x" * 100_000), 2)
    assert len(line) < 300


# ------------------------------------------------------------------ property-based


names = st.text(min_size=0, max_size=200) | st.sampled_from(["Data Analyst", "analis data", "AI Auditor", ""])


@CLI_RUNS
@given(name=names)
def test_any_name_is_answered_or_refused_in_one_line(cli, tmp_path_factory, name):
    assert_well_behaved(cli("show", name))
    folder = tmp_path_factory.mktemp("page")
    (folder / "page.html").write_text("previous\n")
    result = cli("viz", "--around", name, "-o", folder / "page.html")
    assert_well_behaved(result)
    if result.exit_code:  # nothing written, not even a temporary file left behind
        assert (folder / "page.html").read_text() == "previous\n" and len(list(folder.iterdir())) == 1


@CLI_RUNS
@given(source=names, target=names)
def test_any_pair_of_names_for_path(cli, source, target):
    assert_well_behaved(cli("path", source, target))


numbers = (st.floats(allow_nan=True, allow_infinity=True).map(repr) | st.integers().map(str)
           | st.text(max_size=30) | st.sampled_from(["nan", "inf", "-0", "1e309", "0x10", "1_000"]))


@CLI_RUNS
@given(value=numbers, option=st.sampled_from(["--max-step", "--k"]))
def test_any_option_value_for_next(cli, value, option):
    result = cli("next", ANALYST, option, value, "--format", "json")
    assert_well_behaved(result)
    if result.exit_code == 0:
        strict_json(result.stdout)


@CLI_RUNS
@given(value=numbers)
def test_any_timeout_for_query(cli, value):
    assert_well_behaved(cli("query", "ASK { ?s ?p ?o }", "--timeout", value))


TINY = """@prefix aij: <https://w3id.org/aijobs/ontology#> .
@prefix level: <https://w3id.org/aijobs/level/> .
@prefix role: <https://w3id.org/aijobs/role/> .
@prefix skill: <https://w3id.org/aijobs/skill/> .
@prefix req: <https://w3id.org/aijobs/requirement/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

level:1 a aij:ProficiencyLevel ; aij:levelValue 1 ; aij:effortFactor 1 .
level:2 a aij:ProficiencyLevel ; aij:levelValue 2 ; aij:effortFactor 2 .
skill:a a aij:TechnicalSkill ; skos:prefLabel "Skill A"@en , "Keterampilan A"@id ; aij:effortHours {effort} .
skill:b a aij:TechnicalSkill ; skos:prefLabel {label}@en , "Keterampilan B"@id ; aij:effortHours 20 .
role:one a aij:Role ; skos:prefLabel "Role One"@en , "Peran Satu"@id ; skos:definition "First."@en .
role:two a aij:Role ; skos:prefLabel "Role Two"@en , "Peran Dua"@id ; skos:definition "Second."@en .
req:one--a a aij:SkillRequirement ; aij:ofRole role:one ; aij:requiresSkill skill:a ; aij:level 2 ; aij:essential true .
req:two--a a aij:SkillRequirement ; aij:ofRole role:two ; aij:requiresSkill skill:a ; aij:level {level} ;
    aij:essential {essential} .
req:two--b a aij:SkillRequirement ; aij:ofRole role:two ; aij:requiresSkill skill:b ; aij:level 1 ; aij:essential true .
"""

literal_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
literals = (literal_texts.map(lambda t: json.dumps(t, ensure_ascii=False))  # a quoted string, escapes and all
            | st.floats(allow_nan=True, allow_infinity=True).map(lambda f: f'"{f!r}"^^xsd:double')
            | st.integers(-10, 10).map(str)
            | st.sampled_from(['"NaN"', '"INF"^^xsd:double', "1e400", "-0", "2.5", "true", '"2"^^xsd:string']))


@settings(CLI_RUNS, max_examples=20)
@given(slot=st.sampled_from(["effort", "level", "essential", "label"]), literal=literals)
def test_any_literal_in_the_data_is_used_or_refused_in_one_line(cli, tmp_path_factory, slot, literal):
    folder = tmp_path_factory.mktemp("tiny")
    values = {"effort": "10", "level": "2", "essential": "true", "label": '"Skill B"', slot: literal}
    (folder / "tiny.ttl").write_text(TINY.format(**values), encoding="utf-8")
    for command in (("path", "Role One", "Role Two"), ("show", "Role Two"), ("next", "Role One", "--format", "json")):
        result = cli("--data", folder, *command)
        assert_well_behaved(result)
        if result.exit_code:
            assert result.stderr.startswith(f"Error: {folder}"), result.stderr  # it says which file
        elif command[-1] == "json":
            strict_json(result.stdout)


@CLI_RUNS
@given(value=numbers, fmt=st.sampled_from(["turtle", "nt", "bogus"]))
def test_a_failed_export_writes_nothing(cli, tmp_path_factory, value, fmt):
    folder = tmp_path_factory.mktemp("out")
    target = folder / "graph.ttl"
    target.write_text("previous\n")
    result = cli("--timeout", value, "export", "--format", fmt, "-o", target)
    assert_well_behaved(result)
    if result.exit_code:
        assert target.read_text() == "previous\n" and [p.name for p in folder.iterdir()] == ["graph.ttl"]
