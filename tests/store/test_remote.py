"""Publishing to and reading from real SPARQL servers: Oxigraph (the `oxigraph` package of the test extra),
behind nginx for HTTP Basic authentication as Oxigraph's documentation recommends, and Virtuoso Open
Source (Debian's `virtuoso-opensource`), a second, independent server that must give the same answers."""

import base64
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sysconfig
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.errors import DataError, RemoteError
from graph.store.export import serialize
from graph.store.turtle import load_graph, ontology_dir
from graph.store.dataset import Dataset
from graph.store.entities import describe, list_entities
from graph.store.rdf import AIJ, KINDS
from graph.store.remote import STAMP_SUBJECT, Endpoint, fetch_graph, push_graph
from graph.store.served import ServedDataset
from ..conftest import ROLE, invoke
from ..conftest import raises_worded
from ..import_fixtures import write_esco, write_onet

USER, PASSWORD = "tester", "correct-horse-battery"
NO_CREDENTIALS = {"GRAPH_ENDPOINT_USER": None, "GRAPH_ENDPOINT_PASSWORD": None, "GRAPH_ENDPOINT": None,
                  "GRAPH_ENDPOINT_GRAPH": None, "GRAPH_ENDPOINT_TIMEOUT": None, "GRAPH_DATA": None}


# ------------------------------------------------------------------ servers

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command, url, log, timeout=30.0):
    """Start a server process and wait until ``url`` answers (any HTTP status counts)."""
    process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            pytest.fail(f"{command[0]} exited with {process.returncode}: {log.read_text()}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{command[0]} did not answer within {timeout} s: {log.read_text()}")
            time.sleep(0.05)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def find_program(name):
    folders = [sysconfig.get_path("scripts"), os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin"]
    found = shutil.which(name, path=os.pathsep.join(folders))
    if not found:
        pytest.fail(f"{name} is not installed: run scripts/test.sh, which installs it")
    return found


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real Oxigraph server on a free port with an empty store; yields its base URL."""
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start([find_program("oxigraph"), "serve", "--location", str(folder / "store"),
                     "--bind", f"127.0.0.1:{port}"], f"{base}/query?query=ASK%7B%7D", folder / "server.log")
    yield base
    stop(process)


VIRTUOSO_INI = """
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A real Virtuoso server on free ports with a new database; yields its SPARQL service URL.

    The anonymous SPARQL user may update (Virtuoso's documented grant), as Oxigraph's users may.
    """
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port))
    url = f"http://127.0.0.1:{http_port}/sparql"
    process = start([find_program("virtuoso-t"), "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                    f"{url}?query=ASK%7B%7D", folder / "server.log", timeout=120)
    subprocess.run([find_program("isql-vt"), f"127.0.0.1:{sql_port}", "dba", "dba",
                    "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 7);"],
                   check=True, capture_output=True, timeout=60)
    yield url
    stop(process)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request):
    """Each real server in turn: the URL to give --endpoint."""
    return request.getfixturevalue(request.param)


PUBLISHED = "https://example.org/graph/published"


@pytest.fixture(scope="module")
def published(oxigraph):
    """The bundled graph, pushed to the server's default graph."""
    graph = load_graph()
    push_graph(graph, Endpoint.parse(oxigraph))
    return oxigraph


@pytest.fixture(scope="module")
def guarded(oxigraph, tmp_path_factory):
    """nginx asking for HTTP Basic credentials in front of Oxigraph; ``/broken/`` proxies to a closed port (502)."""
    folder = tmp_path_factory.mktemp("nginx")
    digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    (folder / "htpasswd").write_text(f"{USER}:{{SHA}}{digest}\n")
    port, closed = free_port(), free_port()
    temp = " ".join(f"{kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (folder / "nginx.conf").write_text(f"""
        worker_processes 1; daemon off; pid {folder / 'nginx.pid'}; error_log {folder / 'error.log'};
        {'user root;' if os.geteuid() == 0 else ''}
        events {{ worker_connections 64; }}
        http {{
          access_log off; client_max_body_size 64m; {temp}
          server {{
            listen 127.0.0.1:{port};
            location / {{ auth_basic "graph"; auth_basic_user_file {folder / 'htpasswd'};
                         proxy_pass {oxigraph}; }}
            location /broken/ {{ proxy_pass http://127.0.0.1:{closed}; }}
          }}
        }}""")
    process = start([find_program("nginx"), "-e", str(folder / "error.log"), "-p", str(folder),
                     "-c", str(folder / "nginx.conf")], f"http://127.0.0.1:{port}/", folder / "nginx.log")
    yield f"http://127.0.0.1:{port}"
    stop(process)


@pytest.fixture(scope="module")
def limited(oxigraph, tmp_path_factory):
    """nginx in front of Oxigraph taking request bodies of at most 100 KiB; under ``/nostore`` it has no
    Graph Store Protocol (``/nostore/store`` answers 404), only queries and updates; under ``/noupdate``
    it has no SPARQL Update (``/noupdate/update`` answers 404)."""
    folder = tmp_path_factory.mktemp("limited")
    port = free_port()
    temp = " ".join(f"{kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (folder / "nginx.conf").write_text(f"""
        worker_processes 1; daemon off; pid {folder / 'nginx.pid'}; error_log {folder / 'error.log'};
        {'user root;' if os.geteuid() == 0 else ''}
        events {{ worker_connections 64; }}
        http {{
          access_log off; client_max_body_size 100k; {temp}
          server {{
            listen 127.0.0.1:{port};
            location /nostore/store {{ return 404; }}
            location /noupdate/update {{ return 404; }}
            location /noupdate/ {{ client_max_body_size 64m; proxy_pass {oxigraph}/; }}
            location /nostore/ {{ client_max_body_size 64m; proxy_pass {oxigraph}/; }}
            location / {{ proxy_pass {oxigraph}; }}
          }}
        }}""")
    process = start([find_program("nginx"), "-e", str(folder / "error.log"), "-p", str(folder),
                     "-c", str(folder / "nginx.conf")], f"http://127.0.0.1:{port}/", folder / "nginx.log")
    yield f"http://127.0.0.1:{port}"
    stop(process)


class Garbage(BaseHTTPRequestHandler):
    """Answers 200 with an HTML page under /html. Elsewhere it answers a COUNT with 2 and other SELECT
    queries with no rows (so a graph of two statements and no stamp), but with bytes that are not UTF-8
    under /badcsv and, under /rows, the requirements' query with rows of two values; a CONSTRUCT with one
    triple under /short (an answer cut short) and /rows, or with text labelled N-Triples that is not."""

    def answer(self):
        asked = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/html"):
            body, media_type = b"<!doctype html><title>Welcome</title><p>Hello", "text/html"
        elif b"COUNT" in asked:
            body = b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "2"}}]}}'
            media_type = "application/sparql-results+json"
        elif b"SELECT" in asked and self.path.startswith("/badcsv"):
            body, media_type = b"\xff\xfe\r\n", "text/csv"
        elif b"SELECT" in asked and self.path.startswith("/rows") and b"skill" in asked:
            body, media_type = b"role,skill\r\nhttps://example.org/a,https://example.org/b\r\n", "text/csv"
        elif b"SELECT" in asked:
            body, media_type = b"stamp\r\n", "text/csv"
        elif self.path.startswith(("/short", "/rows")):
            body = b"<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
            media_type = "application/n-triples"
        else:
            body, media_type = b"this is not N-Triples\n", "application/n-triples"
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def garbage():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def hung():
    """A socket that accepts connections (the kernel does) and never answers: a hung server."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


class Cutter:
    """A loopback TCP proxy to a server that kills the connection carrying upload byte ``budget`` (once).

    Until then, and after, it forwards bytes both ways unchanged.
    """

    def __init__(self, upstream: str):
        self.upstream = urllib.parse.urlsplit(upstream)
        self.budget = None
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}{self.upstream.path}"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection((self.upstream.hostname, self.upstream.port))
            threading.Thread(target=self.pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self.pipe, args=(server, client, False), daemon=True).start()

    def pipe(self, source, sink, upload):
        try:
            while data := source.recv(65536):
                if upload and self.budget is not None:
                    if len(data) >= self.budget:
                        self.budget = None  # spent: later connections pass
                        for end in (source, sink):
                            end.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
                            end.close()
                        return
                    self.budget -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        for end in (source, sink):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


# ------------------------------------------------------------------ helpers

def run(*args, exit_code=0, env=None, **kwargs):
    result = invoke(*args, env={**NO_CREDENTIALS, **(env or {})}, **kwargs)
    assert result.exit_code == exit_code, result.output
    assert "Traceback" not in result.output
    return result


def fails(*args, exit_code=1, **kwargs):
    """Run a command that must fail with one 'Error: ...' line; return that line."""
    result = run(*args, exit_code=exit_code, **kwargs)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


def server_query(base, query, accept="application/sparql-results+json"):
    """Ask the server directly (not through the code under test), as a form post (which both servers take)."""
    url = base if base.endswith("/sparql") else f"{base}/query"
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(), method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.read()


def data_in(graph_iri):
    """The statements of a graph but the stamp push adds."""
    data = f"?s ?p ?o FILTER (?s != <{STAMP_SUBJECT}>)"
    return f"GRAPH <{graph_iri}> {{ {data} }}" if graph_iri else data


def count(base, graph_iri=None):
    document = json.loads(server_query(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ {data_in(graph_iri)} }}"))
    return int(document["results"]["bindings"][0]["n"]["value"])


def server_graph(base, graph_iri):
    nt = server_query(base, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {data_in(graph_iri)} }}",
                      accept="application/n-triples")
    return Graph().parse(data=nt.decode(), format="nt")


def stamps(base, graph_iri):
    document = json.loads(server_query(base, f"SELECT ?o WHERE {{ GRAPH <{graph_iri}> {{ <{STAMP_SUBJECT}> ?p ?o }} }}"))
    return [row["o"]["value"] for row in document["results"]["bindings"]]



def update(base, text):
    """Change the server directly (not through the code under test)."""
    url = base if base.endswith("/sparql") else f"{base}/update"
    urllib.request.urlopen(urllib.request.Request(url, method="POST", data=urllib.parse.urlencode(
        {"update": text}).encode()), timeout=60).close()


def small_graph():
    graph = Graph()
    graph.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("only triple")))
    return graph


# ------------------------------------------------------------------ push and read back

PUSHED = re.compile(r"Pushed (?P<triples>[\d,]+) triples \((?P<bytes>[\d,]+) bytes of N-Triples in "
                    r"(?P<requests>[\d,]+) requests?, (?P<protocol>Graph Store Protocol|SPARQL Update)\) to "
                    r"(?P<where>graph <[^>]+>|the default graph) at (?P<url>\S+) in \d+\.\d\d s\.\n")


def pushed(output):
    """The fields of push's report line (which must be the whole output)."""
    match = PUSHED.fullmatch(output)
    assert match, output
    return {key: int(value.replace(",", "")) if key in ("triples", "bytes", "requests") else value
            for key, value in match.groupdict().items()}


def graphs(base):
    """Every graph IRI the server knows, empty or not (as far as its query language shows)."""
    document = json.loads(server_query(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
    return [row["g"]["value"] for row in document["results"]["bindings"]]


def staging_graphs(base):
    """Graphs a push stages in (urn:uuid:...) still on the server."""
    return [name for name in graphs(base) if name.startswith("urn:uuid:")]


def test_push_then_read_back_the_same_graph(server, graph):
    target = "https://example.org/graph/roundtrip"
    report = pushed(run("push", "--endpoint", server, "--graph", target, "--chunk-size", "65536").output)
    size = len(serialize(graph, "nt"))
    assert report["triples"] == len(graph) and report["bytes"] == size
    assert report["requests"] == -(-size // 65536) + 1 and report["protocol"] == "Graph Store Protocol"
    assert report["where"] == f"graph <{target}>" and report["url"] == Endpoint.parse(server).base
    assert count(server, target) == len(graph)
    assert isomorphic(server_graph(server, target), graph)
    fetched = fetch_graph(Endpoint.parse(server), target)
    assert len(fetched) == len(graph) and isomorphic(fetched, graph)
    staged, digest = stamps(server, target)[0].split()
    assert staged.startswith("urn:uuid:") and digest == f"sha256:{hashlib.sha256(serialize(graph, 'nt')).hexdigest()}"
    assert staging_graphs(server) == []


def test_push_replaces_the_graph_and_never_duplicates(server, graph):
    target = "https://example.org/graph/twice"
    seen = []
    for _ in range(2):
        run("push", "--endpoint", server, "--graph", target)
        assert count(server, target) == len(graph)
        seen += stamps(server, target)
    assert len(seen) == len(set(seen)) == 2  # one stamp per graph, new for each push
    report = push_graph(small_graph(), Endpoint.parse(server), target)
    assert (report.triples, report.requests) == (1, 2)
    assert count(server, target) == 1 and isomorphic(server_graph(server, target), small_graph())
    assert staging_graphs(server) == []


def test_pushing_nothing_empties_the_graph(server):
    target = "https://example.org/graph/emptied"
    push_graph(small_graph(), Endpoint.parse(server), target)
    report = push_graph(Graph(), Endpoint.parse(server), target)
    assert (report.triples, report.bytes, report.requests) == (0, 0, 1)
    assert count(server, target) == 0


def test_blank_nodes_stay_one_node_across_chunks(server):
    target = "https://example.org/graph/blank"
    graph = Graph()
    node = BNode()
    for i in range(200):
        graph.add((URIRef(f"https://example.org/s{i:03}"), URIRef("https://example.org/p"), node))
        graph.add((URIRef(f"https://example.org/s{i:03}"), URIRef("https://example.org/label"), Literal(f"s{i}")))
    graph.add((node, URIRef("https://example.org/label"), Literal("shared")))
    report = push_graph(graph, Endpoint.parse(server), target, chunk_bytes=1024)
    assert report.requests > 3 and report.triples == len(graph)
    document = json.loads(server_query(server, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH <{target}> "
                                               "{ ?s <https://example.org/p> ?o } }"))
    assert document["results"]["bindings"][0]["n"]["value"] == "1"
    assert isomorphic(server_graph(server, target), graph)


def test_readers_see_the_old_graph_or_the_new_one_never_a_mix(oxigraph, graph):
    """Oxigraph only: Virtuoso 7.2's MOVE lets concurrent readers see partial graphs (see the README)."""
    server = oxigraph
    target = "https://example.org/graph/readers"
    push_graph(small_graph(), Endpoint.parse(server), target)
    seen, done = set(), threading.Event()

    def read():
        while not done.is_set():
            seen.add(count(server, target))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for pushed_graph in (graph, small_graph(), graph):
            push_graph(pushed_graph, Endpoint.parse(server), target, chunk_bytes=65536)
    finally:
        done.set()
        reader.join()
    assert seen <= {1, len(graph)} and len(seen) >= 1, seen


def test_default_graph_push_leaves_named_graphs_alone(oxigraph, graph):
    named = "https://example.org/graph/kept"
    run("push", "--endpoint", oxigraph, "--graph", named)
    report = pushed(run("push", "--endpoint", f"{oxigraph}/store").output)
    assert report["where"] == "the default graph" and report["triples"] == len(graph)
    assert count(oxigraph) == len(graph) and count(oxigraph, named) == len(graph)


def test_connection_killed_midway_leaves_the_target_unchanged(server, graph):
    target = "https://example.org/graph/killed"
    push_graph(small_graph(), Endpoint.parse(server), target)
    cutter = Cutter(server)
    cutter.budget = 200_000  # in the fourth chunk of 64 KiB
    line = fails("push", "--endpoint", cutter.url, "--graph", target, "--chunk-size", "65536")
    assert "the connection failed" in line and line.endswith(f"; the graph <{target}> is unchanged"), line
    assert count(server, target) == 1 and isomorphic(server_graph(server, target), small_graph())
    assert staging_graphs(server) == []
    assert pushed(run("push", "--endpoint", cutter.url, "--graph", target).output)["triples"] == len(graph)
    assert count(server, target) == len(graph)


def test_request_size_limit_leaves_the_target_unchanged(limited, oxigraph, graph):
    target = "https://example.org/graph/limited"
    push_graph(small_graph(), Endpoint.parse(oxigraph), target)
    line = fails("push", "--endpoint", limited, "--graph", target)
    assert line == (f"Error: {limited}/store answered HTTP 413 Request Entity Too Large; the graph <{target}> "
                    "is unchanged")
    assert count(oxigraph, target) == 1 and staging_graphs(oxigraph) == []
    report = pushed(run("push", "--endpoint", limited, "--graph", target, "--chunk-size", "65536").output)
    assert report["triples"] == len(graph) and count(oxigraph, target) == len(graph)


def test_a_server_without_the_graph_store_protocol_gets_sparql_update(limited, oxigraph, graph):
    target = "https://example.org/graph/updated"
    report = pushed(run("push", "--endpoint", f"{limited}/nostore", "--graph", target,
                        "--chunk-size", "65536").output)
    assert report["protocol"] == "SPARQL Update" and report["triples"] == len(graph)
    assert isomorphic(server_graph(oxigraph, target), graph) and staging_graphs(oxigraph) == []


def test_a_server_refusing_the_final_move_keeps_the_target_and_names_the_staging_graph(limited, oxigraph):
    target = "https://example.org/graph/refused-move"
    push_graph(small_graph(), Endpoint.parse(oxigraph), target)
    line = fails("push", "--endpoint", f"{limited}/noupdate", "--graph", target)
    left = staging_graphs(oxigraph)
    assert len(left) == 1 and line == (
        f"Error: {limited}/noupdate/update answered HTTP 404 Not Found; the graph <{target}> is unchanged; "
        f"the staging graph <{left[0]}> could not be dropped (drop it by hand)")
    assert count(oxigraph, target) == 1
    urllib.request.urlopen(urllib.request.Request(f"{oxigraph}/update", method="POST", data=urllib.parse.urlencode(
        {"update": f"DROP GRAPH <{left[0]}>"}).encode()), timeout=30).close()
    assert staging_graphs(oxigraph) == []


# ------------------------------------------------------------------ commands read through --endpoint

@pytest.mark.parametrize("args", [
    ["path", "Data Analyst", "AI Auditor", "--format", "json"],
    ["path", "Analis Data", "Spesialis Machine Learning", "--k", "2", "--lang", "id"],
    ["next", "Data Analyst", "--format", "json"],
    ["gap", "Data Analyst", "AI Auditor", "--format", "json"],
    ["show", "AI Auditor", "--format", "json"],
    ["list", "roles", "--sector", "government", "--concern", "privacy"],
    ["export", "--format", "nt"],
], ids=lambda args: " ".join(args[:2]))
def test_commands_through_the_endpoint_answer_as_locally(server, args):
    push_graph(load_graph(), Endpoint.parse(server), PUBLISHED)
    assert run("--endpoint", server, "--endpoint-graph", PUBLISHED, *args).output == run(*args).output


@pytest.mark.parametrize("name", sorted(p.name for p in (ontology_dir() / "queries").glob("*.rq")))
def test_example_queries_through_the_endpoint_answer_as_locally(server, name):
    push_graph(load_graph(), Endpoint.parse(server), PUBLISHED)
    query = f"@{ontology_dir() / 'queries' / name}"
    remote = run("--endpoint", server, "--endpoint-graph", PUBLISHED, "query", query).output
    assert remote == run("query", query).output and remote.strip()


@pytest.mark.parametrize("name", sorted(p.name for p in (ontology_dir() / "queries").glob("*.rq")))
def test_example_queries_are_plain_sparql_that_oxigraph_answers_alike(published, name):
    text = (ontology_dir() / "queries" / name).read_text()
    if "CONSTRUCT" in text:
        theirs = Graph().parse(data=server_query(published, text, "application/n-triples").decode(), format="nt")
        ours = Graph().parse(data=run("query", f"@{ontology_dir() / 'queries' / name}", "--format", "nt").output,
                             format="nt")
        assert len(ours) and isomorphic(theirs, ours)
    else:
        ours = json.loads(run("query", f"@{ontology_dir() / 'queries' / name}", "--format", "json").output)
        assert json.loads(server_query(published, text)) == ours


def test_endpoint_env_and_named_graph_option(oxigraph, graph):
    target = "https://example.org/graph/env"
    run("push", "--endpoint", oxigraph, "--graph", target)
    env = {"GRAPH_ENDPOINT": oxigraph, "GRAPH_ENDPOINT_GRAPH": target}
    assert run("export", "--format", "nt", env=env).output == run("export", "--format", "nt").output
    assert fails("--endpoint-graph", "https://example.org/graph/never", "list", "roles", env=env) == (
        f"Error: the graph <https://example.org/graph/never> at {oxigraph}/query is empty: publish it first with "
        f"`graph push --endpoint {oxigraph} --graph https://example.org/graph/never`")


class SlowMove(BaseHTTPRequestHandler):
    """A proxy to a server that passes every request on at once but a MOVE: that one it passes on and
    answers ``delay`` seconds late (``forward``), or never passes on, closing the connection after ``delay``
    (and, if ``breaks``, answering every request after it 503 Service Unavailable)."""

    upstream, delay, forward, breaks, broken = None, 5.0, False, False, False

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        text = urllib.parse.unquote_plus(body.decode("utf-8", "replace"))
        moving = text.startswith("update=MOVE GRAPH") and "TO GRAPH <urn:uuid:" not in text  # push's, not a probe
        if type(self).broken:
            self.send_error(503)
            return
        if moving and not self.forward:
            type(self).broken = self.breaks
            time.sleep(self.delay)
            self.close_connection = True
            return
        headers = {k: self.headers[k] for k in ("Content-Type", "Accept") if self.headers[k]}
        request = urllib.request.Request(self.upstream + self.path, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, media_type, data = answer.status, answer.headers["Content-Type"], answer.read()
        except urllib.error.HTTPError as err:  # passed on as it is
            status, media_type, data = err.code, err.headers["Content-Type"], err.read()
        if moving:
            time.sleep(self.delay)
        try:
            self.send_response(status)
            if media_type:
                self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up waiting: as it should
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_move(oxigraph):
    """Start a :class:`SlowMove` proxy (to Oxigraph unless told): ``slow_move(forward, delay)`` gives its URL."""
    proxies = []

    def start_proxy(forward, delay, upstream=oxigraph, breaks=False):
        base = Endpoint.parse(upstream).base
        proxy = ThreadingHTTPServer(("127.0.0.1", 0), type("Slow", (SlowMove,), {
            "upstream": base, "forward": forward, "delay": delay, "breaks": breaks}))
        threading.Thread(target=proxy.serve_forever, daemon=True).start()
        proxies.append(proxy)
        return f"http://127.0.0.1:{proxy.server_port}" + upstream[len(base):]

    yield start_proxy
    for proxy in proxies:
        proxy.shutdown()
        proxy.server_close()


def test_what_each_server_does_with_a_move_from_a_graph_that_is_gone(oxigraph, virtuoso):
    """Why push's MOVE is not SILENT, and why it drops a staging graph after a late move only on Oxigraph."""
    gone = f"urn:uuid:{'0' * 8}-0000-0000-0000-{'0' * 12}"
    for server, refused, kept in ((oxigraph, True, 1), (virtuoso, False, 0)):
        target = "https://example.org/graph/kept-by-move"
        push_graph(small_graph(), Endpoint.parse(server), target)
        try:
            update(server, f"MOVE GRAPH <{gone}> TO GRAPH <{target}>")
            assert not refused
        except urllib.error.HTTPError:
            assert refused
        assert count(server, target) == kept, server  # Virtuoso empties the target
        push_graph(small_graph(), Endpoint.parse(server), target)
        update(server, f"MOVE SILENT GRAPH <{gone}> TO GRAPH <{target}>")
        assert count(server, target) == 0, server  # both do, when SILENT


def test_a_move_past_its_time_limit_leaves_the_target_unchanged(server, slow_move, graph):
    target = "https://example.org/graph/slow-move"
    push_graph(small_graph(), Endpoint.parse(server), target)
    url = slow_move(forward=False, delay=3.0, upstream=server)
    line = fails("push", "--endpoint", url, "--graph", target, "--move-timeout", "0.5")
    update_url = Endpoint.parse(url).update_url
    assert line.startswith(f"Error: {update_url} did not finish the final MOVE within 0.5 s (raise --move-timeout "
                           f"if the server is just slow); the graph <{target}> ")
    assert count(server, target) == 1
    if server == Endpoint.parse(server).base:  # Oxigraph: the staging graph dropped, so no move can follow
        assert line.endswith(f"the graph <{target}> is unchanged") and staging_graphs(server) == []
    else:  # Virtuoso would empty the target if the staging graph went before a late move: it is left
        (left,) = staging_graphs(server)
        assert line.endswith(f"is not replaced yet, but the server may still move the staging graph <{left}> there "
                             "(drop it by hand if it never does)")
        update(server, f"DROP SILENT GRAPH <{left}>")


def test_a_move_past_its_time_limit_on_a_server_that_then_fails_may_have_replaced_the_target(oxigraph, slow_move):
    target = "https://example.org/graph/slow-move-then-down"
    push_graph(small_graph(), Endpoint.parse(oxigraph), target)
    url = slow_move(forward=False, delay=1.0, breaks=True)
    line = fails("push", "--endpoint", url, "--graph", target, "--move-timeout", "0.5")
    (left,) = staging_graphs(oxigraph)
    assert line == (f"Error: {Endpoint.parse(url).update_url} did not finish the final MOVE within 0.5 s (raise "
                    f"--move-timeout if the server is just slow); the graph <{target}> may or may not have been "
                    f"replaced; the staging graph <{left}> could not be dropped (drop it by hand)")
    update(oxigraph, f"DROP SILENT GRAPH <{left}>")


def test_a_move_answering_late_is_found_done(oxigraph, slow_move, graph):
    target = "https://example.org/graph/late-move"
    push_graph(small_graph(), Endpoint.parse(oxigraph), target)
    url = slow_move(forward=True, delay=8.0)  # the server moves at once (well within 4 s), the answer comes late
    report = pushed(run("push", "--endpoint", url, "--graph", target, "--move-timeout", "4").output)
    assert report["triples"] == len(graph) and count(oxigraph, target) == len(graph)
    assert staging_graphs(oxigraph) == []


# ------------------------------------------------------------------ reading only what a command needs

def served(server, graph_iri, **options):
    return ServedDataset(Endpoint.parse(server), graph_iri, **options)


@pytest.fixture(scope="module")
def bundled(server):
    """The server, holding the bundled graph in PUBLISHED."""
    push_graph(load_graph(), Endpoint.parse(server), PUBLISHED)
    return server


def test_show_reads_all_that_describe_uses(bundled, graph):
    """For every entity of the bundled graph, the targeted read describes it as the whole graph does."""
    dataset = served(bundled, PUBLISHED)
    entities = sorted(Dataset().names().entities)
    assert len(entities) > 100
    for iri in entities:
        part = dataset.graph_about(iri)
        assert describe(part, iri) == describe(graph, iri), iri
        assert len(part) < len(graph) / 3, iri
    assert dataset._graph is None  # never the whole graph


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_list_reads_all_that_listing_uses(bundled, graph, kind):
    dataset = served(bundled, PUBLISHED)
    assert dataset.listing(kind) == list_entities(graph, kind)
    part = dataset.graph_for_listing(kind)
    for filters in ({"sector": "government"}, {"concern": "privacy"}, {"family": "AI oversight and ethics"},
                    {"sector": "private sector", "concern": "Algorithmic bias"}):
        assert list_entities(part, kind, **filters) == list_entities(graph, kind, **filters), filters
    assert dataset._graph is None


def test_once_read_whole_a_served_dataset_answers_from_that_version(oxigraph, graph):
    """What `graph --endpoint URL serve` relies on: pages keep answering after a new push, from the graph read at start;
    a dataset that has not read it all refuses to mix the versions."""
    target = "https://example.org/graph/snapshot"
    push_graph(graph, Endpoint.parse(oxigraph), target)
    whole, partial = served(oxigraph, target), served(oxigraph, target)
    assert len(whole.graph()) == len(graph)
    partial.state()
    push_graph(small_graph(), Endpoint.parse(oxigraph), target)
    iri = f"{ROLE}ai-auditor"
    assert describe(whole.graph_about(iri), iri) == describe(graph, iri)
    assert whole.listing("role") == list_entities(graph, "role")
    with raises_worded(RemoteError, f"^the graph <{target}> at {oxigraph}/query changed while it was read"):
        partial.graph_about(iri)


IMPORTED = "https://example.org/graph/imported"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A dataset directory with the small O*NET and ESCO fixture releases imported."""
    root = tmp_path_factory.mktemp("imported")
    folder = root / "data"
    for kind, write in (("onet", write_onet), ("esco", write_esco)):
        run("--data", folder, "import", kind, write(root / f"{kind}-release"), "--release", "1")
    return folder


@pytest.mark.parametrize("args", [
    ["path", "Statisticians", "Information Security Analysts", "--format", "json"],
    ["path", "Data Scientists", "Data Scientist", "--format", "json"],
    ["next", "Statisticians", "--format", "json"],
    ["gap", "Statisticians", "Computer Systems Analysts", "--format", "json"],
    ["related", "Statisticians", "Data Scientists", "--format", "json"],
    ["show", "Statisticians", "--format", "json"],
    ["show", "data scientist", "--format", "json"],
    ["show", "Programming", "--format", "json"],
    ["show", "Systems analysts", "--format", "json"],
    ["list", "roles", "--format", "json"],
    ["list", "skills", "--family", "Systems analysts", "--format", "json"],
    ["search", "analyst", "--format", "json"],
], ids=lambda args: " ".join(args[:2]))
def test_imported_data_through_the_endpoint_answers_as_locally(server, imported, args):
    if not count(server, IMPORTED):
        run("--data", imported, "push", "--endpoint", server, "--graph", IMPORTED)
    local = run("--data", imported, *args).output
    assert run("--endpoint", server, "--endpoint-graph", IMPORTED, *args).output == local
    assert run("--endpoint", server, "--endpoint-graph", IMPORTED, "--refresh", *args).output == local


def test_forms_are_cached_on_the_stamp_and_refreshed_on_request(oxigraph, graph, tmp_path):
    target = "https://example.org/graph/cached"
    push_graph(graph, Endpoint.parse(oxigraph), target)
    args = ["--endpoint", oxigraph, "--endpoint-graph", target, "gap", "Data Analyst", "AI Auditor", "--format", "json"]
    cache = {"GRAPH_CACHE_DIR": str(tmp_path)}
    before = run(*args, env=cache).output
    assert before == run("gap", "Data Analyst", "AI Auditor", "--format", "json").output
    # A change made behind push's back keeps the stamp: the cached forms still answer, --refresh reads again.
    update(oxigraph, f"DELETE WHERE {{ GRAPH <{target}> {{ ?r <{AIJ.ofRole}> <{ROLE}ai-auditor> ; ?p ?o }} }}")
    assert run(*args, env=cache).output == before
    after = run("--refresh", *args, env=cache).output
    assert after != before and json.loads(after)["missing_essential"] == []
    assert run(*args, env=cache).output == after  # the refreshed forms are kept
    assert run(*args, env={"GRAPH_CACHE_DIR": str(tmp_path / "empty")}).output == after
    push_graph(graph, Endpoint.parse(oxigraph), target)  # a new stamp: read again
    assert run(*args, env=cache).output == before


def test_a_graph_published_without_push_is_read_every_time(oxigraph, graph, tmp_path):
    target = "https://example.org/graph/unstamped"
    update(oxigraph, f"INSERT DATA {{ GRAPH <{target}> {{ {serialize(graph, 'nt').decode()} }} }}")
    assert stamps(oxigraph, target) == []
    args = ["path", "Data Analyst", "AI Auditor", "--format", "json"]
    cache = {"GRAPH_CACHE_DIR": str(tmp_path)}
    assert run("--endpoint", oxigraph, "--endpoint-graph", target, *args, env=cache).output == run(*args).output
    assert not tmp_path.exists() or not any(tmp_path.rglob("forms.json"))  # nothing to key forms on


class Meddler(BaseHTTPRequestHandler):
    """A proxy to a server that, once it has forwarded a query containing ``trigger``, runs ``meddle()``
    before passing the answer on: another client changing the graph in the middle of a read."""

    upstream, trigger, meddle = None, None, None

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        headers = {k: self.headers[k] for k in ("Content-Type", "Accept") if self.headers[k]}
        with urllib.request.urlopen(urllib.request.Request(self.upstream + self.path, data=body, headers=headers),
                                    timeout=60) as answer:
            data, media_type = answer.read(), answer.headers["Content-Type"]
        if type(self).trigger and type(self).trigger in urllib.parse.unquote_plus(body.decode()):
            type(self).trigger = None
            type(self).meddle()
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("args, trigger", [
    (["next", "Data Analyst"], "SELECT ?role ?skill"),  # while the forms' inputs are read
    (["show", "AI Auditor"], "UNION"),  # while the entity is read
    (["list", "roles"], "CONSTRUCT"),
    (["export"], "CONSTRUCT"),
], ids=lambda value: value[0] if isinstance(value, list) else None)
def test_a_graph_changing_during_a_read_is_refused(oxigraph, graph, tmp_path, args, trigger):
    target = "https://example.org/graph/meddled"
    push_graph(graph, Endpoint.parse(oxigraph), target)
    handler = type("Meddling", (Meddler,), {"upstream": oxigraph, "trigger": trigger,
                                            "meddle": staticmethod(lambda: push_graph(graph, Endpoint.parse(oxigraph),
                                                                                      target))})
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{proxy.server_port}"
    try:
        if args[0] == "show":  # the forms first, so that the read the push interrupts is the entity's
            run("--endpoint", url, "--endpoint-graph", target, "search", "x", env={"GRAPH_CACHE_DIR": str(tmp_path)})
        assert fails("--endpoint", url, "--endpoint-graph", target, *args,
                     env={"GRAPH_CACHE_DIR": str(tmp_path)}) == (
            f"Error: the graph <{target}> at {url}/query changed while it was read (published again?): nothing was "
            "answered from the mix; run the command again")
        assert handler.trigger is None
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert run("--endpoint", oxigraph, "--endpoint-graph", target, *args).output == run(*args).output


# ------------------------------------------------------------------ what a server supports

def check_lines(url, **kwargs):
    """``graph endpoints check URL``: its lines, as {label: (yes/no, detail)} after the heading."""
    head, *rows = run("endpoints", "check", url, **kwargs).output.splitlines()
    assert head == f"Server {Endpoint.parse(url).base} (queries at {Endpoint.parse(url).query_url})"
    return {label.strip(): tuple(rest.split(None, 1)) for label, rest in (row.split(":", 1) for row in rows)}


def test_endpoints_check_on_both_servers(server):
    found = check_lines(server)
    assert [answer for answer, _ in found.values()] == ["yes"] * 6
    assert found["CONSTRUCT"][1] in ("application/n-triples", "text/turtle")
    assert found["SELECT"][1] == "application/sparql-results+json"
    assert found["push"][1] == "chunks by Graph Store Protocol into a staging graph, then MOVE"
    assert staging_graphs(server) == []


def test_endpoints_check_without_graph_store_or_credentials(limited, guarded, garbage):
    found = check_lines(f"{limited}/nostore")
    assert found["Graph Store Protocol"] == ("no", f"{limited}/nostore/store answered HTTP 404 Not Found")
    assert found["push"] == ("yes", "chunks by SPARQL Update into a staging graph, then MOVE")
    assert fails("endpoints", "check", guarded) == (
        f"Error: {guarded}/query asks for credentials (HTTP 401 Unauthorized): set GRAPH_ENDPOINT_USER and "
        "GRAPH_ENDPOINT_PASSWORD, or use --user")
    right = {"GRAPH_ENDPOINT_USER": USER, "GRAPH_ENDPOINT_PASSWORD": PASSWORD}
    assert [answer for answer, _ in check_lines(guarded, env=right).values()] == ["yes"] * 6
    assert fails("endpoints", "check", f"{garbage}/html") == (
        f"Error: {garbage}/html/query answers text/html, not application/n-triples, text/turtle;q=0.9 to a "
        "CONSTRUCT query: is it a SPARQL endpoint?")
    assert fails("endpoints", "check", "ftp://x", exit_code=2) == (
        "Error: endpoint 'ftp://x' is not an http:// or https:// URL")


# ------------------------------------------------------------------ errors

def test_refused_connection(oxigraph):
    closed = f"http://127.0.0.1:{free_port()}"
    assert fails("push", "--endpoint", f"{closed}/store") == (
        f"Error: cannot reach {closed}/store: connection refused (is the server running?); the default graph is "
        "unchanged")
    assert fails("--endpoint", closed, "list", "roles") == (
        f"Error: cannot reach {closed}/query: connection refused (is the server running?)")


def test_http_errors(oxigraph, guarded):
    assert fails("--endpoint", f"{oxigraph}/nowhere", "show", "AI Auditor") == (
        f"Error: {oxigraph}/nowhere/query answered HTTP 404 Not Found: POST /nowhere/query is not supported by "
        "this server")
    assert fails("push", "--endpoint", f"{guarded}/broken/store") == (
        f"Error: {guarded}/broken/store answered HTTP 502 Bad Gateway; the default graph is unchanged")
    assert fails("--endpoint", f"{guarded}/broken", "path", "Data Analyst", "AI Auditor") == (
        f"Error: {guarded}/broken/query answered HTTP 502 Bad Gateway")


def test_timeout(hung):
    assert fails("push", "--endpoint", hung, "--timeout", "0.5") == (
        f"Error: {hung}/store did not answer within 0.5 s (raise --timeout if the server is just slow); the default "
        "graph is unchanged")
    assert fails("--endpoint", hung, "--timeout", "0.5", "query", "ASK {}") == (
        f"Error: {hung}/query did not answer within 0.5 s (raise --timeout if the server is just slow)")


def test_garbage_answers(garbage):
    assert fails("--endpoint", f"{garbage}/html", "list", "roles") == (
        f"Error: {garbage}/html/query answered a SELECT query with text/html instead of SPARQL CSV results "
        "(text/csv): is it a SPARQL endpoint?")
    line = fails("--endpoint", garbage, "show", "AI Auditor")
    assert line.startswith(f"Error: {garbage}/query answered application/n-triples that cannot be read: ")
    assert fails("--endpoint", f"{garbage}/short", "export") == (
        f"Error: {garbage}/short/query sent 1 of the 2 triples the graph holds: the server cut the answer short "
        "(a limit on result rows, such as Virtuoso's ResultSetMaxRows) or the graph changed during the read")
    assert fails("--endpoint", f"{garbage}/badcsv", "next", "Data Analyst") == (
        f"Error: {garbage}/badcsv/query answered CSV that cannot be read ('utf-8' codec can't decode byte 0xff in "
        "position 0: invalid start byte)")
    assert fails("--endpoint", f"{garbage}/rows", "next", "Data Analyst") == (
        f"Error: {garbage}/rows/query answered a CSV row of 2 values, not 5")


def test_remote_errors_in_indonesian(garbage):
    said = run("--endpoint", f"{garbage}/rows", "next", "Data Analyst", "--lang", "id", exit_code=1).output
    assert said == f"Kesalahan: {garbage}/rows/query menjawab satu baris CSV berisi 2 nilai, padahal seharusnya 5\n"
    said = run("--endpoint", f"{garbage}/html", "list", "roles", env={"GRAPH_LANG": "id"}, exit_code=1).output
    assert said == (f"Kesalahan: {garbage}/html/query menjawab kueri SELECT dengan text/html, bukan hasil SPARQL CSV "
                    "(text/csv): apakah itu endpoint SPARQL?\n")


def test_refresh_needs_an_endpoint():
    for lang, said in (("en", "--refresh only applies with --endpoint"), ("id", "--refresh hanya berlaku bersama "
                                                                                "--endpoint")):
        result = run("--refresh", "list", "roles", env={"GRAPH_LANG": lang}, exit_code=2)
        assert said in result.output and "Traceback" not in result.output


def test_credentials(guarded, graph):
    target = "https://example.org/graph/guarded"
    store = f"{guarded}/store"
    assert fails("push", "--endpoint", store, "--graph", target) == (
        f"Error: {store} asks for credentials (HTTP 401 Unauthorized): set GRAPH_ENDPOINT_USER and "
        f"GRAPH_ENDPOINT_PASSWORD, or use --user; the graph <{target}> is unchanged")
    wrong = {"GRAPH_ENDPOINT_USER": USER, "GRAPH_ENDPOINT_PASSWORD": "wrong-password"}
    line = fails("push", "--endpoint", store, "--graph", target, env=wrong)
    assert line.endswith(f"refused the credentials of user '{USER}' (HTTP 401 Unauthorized); the graph <{target}> "
                         "is unchanged")
    assert "wrong-password" not in line
    right = {"GRAPH_ENDPOINT_USER": USER, "GRAPH_ENDPOINT_PASSWORD": PASSWORD}
    assert PASSWORD not in run("push", "--endpoint", store, "--graph", target, env=right).output
    assert run("--endpoint", guarded, "--endpoint-graph", target, "show", "AI Auditor", env=right).output == (
        run("show", "AI Auditor").output)
    prompted = run("push", "--endpoint", store, "--graph", target, "--user", USER, input=f"{PASSWORD}\n")
    assert prompted.output.startswith(f"Password for {USER}: \nPushed {len(graph):,} triples")
    assert PASSWORD not in prompted.output
    refused = run("push", "--endpoint", store, "--user", USER, input="nope\n", exit_code=1).output
    assert refused == (f"Password for {USER}: \nError: {store} refused the credentials of user '{USER}' (HTTP 401 "
                       "Unauthorized); the default graph is unchanged\n")


def test_failed_push_leaves_the_remote_graph_unchanged(guarded, oxigraph, graph, tmp_path):
    target = "https://example.org/graph/unchanged"
    right = {"GRAPH_ENDPOINT_USER": USER, "GRAPH_ENDPOINT_PASSWORD": PASSWORD}
    run("push", "--endpoint", guarded, "--graph", target, env=right)
    tiny = tmp_path  # a different, smaller graph to push: one file of the data
    shutil.copy(ontology_dir() / "sources.ttl", tiny)
    for attempt in (
        lambda: fails("push", "--endpoint", guarded, "--graph", target,
                      env={**right, "GRAPH_ENDPOINT_PASSWORD": "wrong"}),
        lambda: fails("--data", str(tiny), "push", "--endpoint", guarded, "--graph", target),  # no credentials
    ):
        attempt()
        assert count(oxigraph, target) == len(graph) and isomorphic(server_graph(oxigraph, target), graph)
    # A term RDF does not allow (an invalid language tag) is refused before anything is sent.
    broken = load_graph(tiny)
    broken.add((URIRef("https://w3id.org/zzz"), URIRef("https://example.org/p"), Literal("x", lang="abcdefghijk")))
    with raises_worded(DataError, match=r"not valid RDF \(A subtag may be eight characters"):
        push_graph(broken, Endpoint.parse(oxigraph), target)
    assert count(oxigraph, target) == len(graph) and isomorphic(server_graph(oxigraph, target), graph)


@pytest.mark.parametrize("url, message", [
    ("ftp://127.0.0.1/store", "Error: endpoint 'ftp://127.0.0.1/store' is not an http:// or https:// URL"),
    ("http://me:hunter2@127.0.0.1/store", "Error: put endpoint credentials in GRAPH_ENDPOINT_USER and "
                                          "GRAPH_ENDPOINT_PASSWORD (or use --user), not in the URL"),
    ("http://127.0.0.1:7878/store?graph=x", "Error: endpoint 'http://127.0.0.1:7878/store?graph=x' has a query "
                                            "string or fragment; give the server's base URL"),
])
def test_bad_endpoint_urls(url, message):
    assert fails("push", "--endpoint", url, exit_code=2) == message
    assert fails("--endpoint", url, "list", "roles", exit_code=2) == message


def test_data_and_endpoint_together_is_a_usage_error():
    result = run("--data", str(ontology_dir()), "--endpoint", "http://127.0.0.1:1", "list", "roles", exit_code=2)
    assert "use --data or --endpoint, not both" in result.output
