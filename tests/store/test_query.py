"""`graph query`: read-only SPARQL over the local graph, with table, JSON, CSV and RDF output."""

import csv
import io
import json
import os
import socket
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from graph.store.turtle import ontology_dir
from graph.store.rdf import AIJ, PREFIXES
from ..conftest import invoke

ROLE = PREFIXES["role"]
LABELS = """SELECT ?role ?label WHERE { ?role a aij:Role ; skos:prefLabel ?label .
FILTER(lang(?label) = "id") } ORDER BY ?label"""



def run(*args, exit_code=0, **kwargs):
    result = invoke(*args, **kwargs)
    assert result.exit_code == exit_code, result.output
    assert "Traceback" not in result.output
    return result


def test_table_is_aligned_and_in_query_order(graph):
    lines = run("query", LABELS).output.splitlines()
    assert lines[0].split() == ["role", "label"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    rows = lines[2:-1]
    roles = set(graph.subjects(RDF.type, AIJ.Role))
    assert lines[-1] == f"({len(roles)} rows)" and len(rows) == len(roles)
    column = lines[0].index("label")
    assert all(line[column - 2:column] == "  " and line[column] != " " for line in rows)
    labels = [line[column:] for line in rows]
    assert labels == sorted(labels)
    assert {line[:column].strip() for line in rows} == {f"role:{r.removeprefix(str(ROLE))}" for r in roles}
    assert set(labels) == {str(l) for r in roles for l in graph.objects(r, SKOS.prefLabel) if l.language == "id"}


def test_json_follows_the_sparql_results_format(graph):
    answer = json.loads(run("query", LABELS, "--format", "json").output)
    assert answer["head"]["vars"] == ["role", "label"]
    bindings = answer["results"]["bindings"]
    assert len(bindings) == len(set(graph.subjects(RDF.type, AIJ.Role)))
    for row in bindings:
        assert row["role"]["type"] == "uri"
        assert row["label"] == {"type": "literal", "value": row["label"]["value"], "xml:lang": "id"}
        assert Literal(row["label"]["value"], lang="id") in set(graph.objects(URIRef(row["role"]["value"]), SKOS.prefLabel))
    typed = json.loads(run("query", "SELECT ?level WHERE { ?r aij:level ?level } LIMIT 1", "--format", "json").output)
    assert typed["results"]["bindings"][0]["level"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_unbound_variables_are_left_out_of_json_and_empty_in_csv_and_table():
    q = ("SELECT ?role ?case WHERE { ?role a aij:Role FILTER(?role = role:prompt-engineer) "
         "OPTIONAL { ?role aij:hasUseCase ?case } }")
    assert json.loads(run("query", q, "--format", "json").output)["results"]["bindings"] == [
        {"role": {"type": "uri", "value": str(ROLE["prompt-engineer"])}}]
    assert run("query", q, "--format", "csv").stdout_bytes == f"role,case\r\n{ROLE['prompt-engineer']},\r\n".encode()
    assert run("query", q).output.splitlines()[2] == "role:prompt-engineer"


def test_csv_has_plain_values_and_crlf_lines(graph):
    out = run("query", LABELS, "--format", "csv").stdout_bytes.decode()  # .output turns CRLF into LF
    assert out.endswith("\r\n") and "\n" not in out.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["role", "label"]
    for role, label in rows[1:]:
        assert Literal(label, lang="id") in set(graph.objects(URIRef(role), SKOS.prefLabel))


@pytest.mark.parametrize("query, answer", [
    ("ASK { role:data-analyst aij:inSector sector:government }", True),
    ("ASK { role:graphic-designer aij:inSector sector:government }", False),
])
def test_ask_in_every_format(query, answer):
    word = str(answer).lower()
    assert run("query", query).output == f"{word}\n"
    assert json.loads(run("query", query, "--format", "json").output) == {"head": {}, "boolean": answer}
    assert run("query", query, "--format", "csv").stdout_bytes == f"_askResult\r\n{word}\r\n".encode()


def test_construct_writes_rdf_in_each_syntax(graph):
    q = "CONSTRUCT { ?role skos:prefLabel ?label } WHERE { ?role a aij:Role ; skos:prefLabel ?label }"
    expected = Graph()
    for role in graph.subjects(RDF.type, AIJ.Role):
        for label in graph.objects(role, SKOS.prefLabel):
            expected.add((role, SKOS.prefLabel, label))
    turtle = run("query", q).output
    assert turtle.startswith("@prefix ")
    for fmt, parser in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        out = run("query", q, "--format", fmt).output
        assert isomorphic(Graph().parse(data=out, format=parser), expected), fmt


def test_describe_gives_the_resource_s_statements(graph):
    described = Graph().parse(data=run("query", "DESCRIBE role:ai-auditor").output, format="turtle")
    own = {(ROLE["ai-auditor"], p, o) for p, o in graph.predicate_objects(ROLE["ai-auditor"])}
    assert own and own <= set(described)


@pytest.mark.parametrize("query, fmt", [("ASK { ?s ?p ?o }", "turtle"), ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "nt"),
                                        ("CONSTRUCT WHERE { ?s a aij:Role }", "table"),
                                        ("DESCRIBE role:data-analyst", "csv")])
def test_format_that_does_not_suit_the_query_is_refused(query, fmt):
    result = run("query", query, "--format", fmt, exit_code=2)
    assert result.output.startswith(f"Error: the output format {fmt} does not suit a ")


def test_syntax_error_gives_line_and_column():
    result = run("query", "SELECT ?role\nWHERE {\n  ?role a aij:Role\n  FILTER( }", exit_code=2)
    assert result.output == "Error: query:4:3: Expected SelectQuery, found 'FILTER('\n"


def test_syntax_error_in_a_file_names_the_file(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("PREFIX aij: <https://w3id.org/aijobs/ontology#>\nSELECT * WHERE { ?s aij:level }\n")
    result = run("query", f"@{path}", exit_code=2)
    assert result.output.startswith(f"Error: {path}:2:") and result.output.count("\n") == 1


def test_unknown_prefix_and_missing_file_are_clear():
    assert run("query", "SELECT * WHERE { ?s nope:p ?o }", exit_code=2).output == (
        "Error: query: Unknown namespace prefix : nope\n")
    assert run("query", "@no/such.rq", exit_code=2).output == (
        "Error: no/such.rq: cannot read the query (No such file or directory)\n")


@pytest.mark.parametrize("update, operation", [
    ("INSERT DATA { role:x a aij:Role }", "INSERT DATA"),
    ("DELETE DATA { role:data-analyst a aij:Role }", "DELETE DATA"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
    ("DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", "DELETE/INSERT"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("CLEAR ALL", "CLEAR"),
    ("DROP GRAPH <http://example.org/g>", "DROP"),
    ("CREATE GRAPH <http://example.org/g>", "CREATE"),
    ("COPY DEFAULT TO <http://example.org/g>", "COPY"),
    ("MOVE DEFAULT TO <http://example.org/g>", "MOVE"),
    ("ADD DEFAULT TO <http://example.org/g>", "ADD"),
])
def test_updates_are_refused(update, operation):
    result = run("query", update, exit_code=2)
    assert result.output == (f"Error: query: {operation} is a SPARQL update; graph query is read-only and runs only "
                             "SELECT, ASK, CONSTRUCT and DESCRIBE\n")


def test_query_output_is_the_same_whatever_the_hash_seed():
    query = f"@{ontology_dir() / 'queries' / 'skills-shared-by-growing-roles.rq'}"
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for fmt in ("table", "json"):
            done = subprocess.run([sys.executable, "-m", "graph", "query", query, "--format", fmt],
                                  capture_output=True, env=env, check=True)
            outputs.add((fmt, done.stdout))
    assert len(outputs) == 2


def test_new_commands_have_help():
    for command in ("query", "push"):
        out = run(command, "--help").output
        assert out.count("\n") > 5 and "Examples:" in out


def test_evaluation_failure_is_one_line():
    with socket.socket() as sock:  # a free local port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/sparql"
    result = run("query", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--allow-service", url,
                 exit_code=1)
    assert result.output.startswith("Error: the query failed: ") and result.output.count("\n") == 1


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n# and another"])
def test_an_empty_query_is_refused(text):
    assert run("query", text, exit_code=2).output == "Error: query: the query is empty\n"


def test_select_star_columns_do_not_depend_on_the_hash_seed():
    query = "SELECT * WHERE { ?role a aij:Role ; skos:prefLabel ?label } ORDER BY ?role ?label LIMIT 2"
    heads = set()
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run([sys.executable, "-m", "graph", "query", query, "--format", "json"], capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        heads.add(tuple(json.loads(done.stdout)["head"]["vars"]))
    assert heads == {("role", "label")}
