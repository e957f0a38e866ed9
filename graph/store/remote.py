"""Read the graph from a SPARQL server and publish it there, over plain HTTP (standard library only).

A server is named by its base URL or one of its service URLs, in one of two layouts:

- Oxigraph's: ``<base>/query`` answers queries, ``<base>/update`` runs updates (SPARQL 1.1
  Protocol) and ``<base>/store`` holds the graphs (SPARQL 1.1 Graph Store HTTP Protocol);
  ``http://127.0.0.1:7878``, ``.../store`` and ``.../query`` all name the same server;
- one SPARQL service, as Virtuoso's: a URL ending in ``/sparql`` answers queries and updates,
  and ``<base>/sparql-graph-crud`` beside it holds the graphs.

Queries and updates are sent as HTML form posts (``query=`` / ``update=``), the one request
style the SPARQL 1.1 Protocol requires every server to accept. rdflib is imported only by
the functions that parse or build a graph.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import time
import urllib.error
import urllib.parse
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import OptionError, Phrase, RemoteError

if TYPE_CHECKING:
    from rdflib import Graph

#: Seconds to wait for a server to connect or answer, unless told otherwise.
DEFAULT_TIMEOUT = 30.0
#: Seconds :func:`push_lines` waits for its final move, unless told otherwise (Oxigraph moves a
#: million triples in a few minutes).
DEFAULT_MOVE_TIMEOUT = 900.0
#: Bytes of N-Triples :func:`push_lines` sends per request, unless told otherwise.
DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024
#: Path endings of the services of an Oxigraph-style server; any of them names the server.
_SERVICES = ("/query", "/store", "/update")
#: Answers to CONSTRUCT queries :func:`construct` can read: media type -> pyoxigraph format.
_RDF_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}
_RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9"
#: The statement :func:`push_lines` adds to every graph it publishes: this subject, this predicate and
#: ``"urn:uuid:<new for each push> sha256:<digest of the N-Triples lines published>"``, so a reader can
#: tell which publication of the graph it holds.
STAMP_SUBJECT = "https://w3id.org/aijobs/published-graph"
STAMP_PREDICATE = "http://purl.org/dc/terms/identifier"
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_BLANK = re.compile(rb"^_:|\s_:\S+\s*\.\s*$")
_FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server: its base URL and layout, from which the service URLs follow.

    Examples
    --------
    >>> server = Endpoint.parse("http://127.0.0.1:7878/store")
    >>> server.query_url, server.update_url, server.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> Endpoint.parse("http://127.0.0.1:7878/") == Endpoint.parse("http://127.0.0.1:7878/query")
    True
    >>> virtuoso = Endpoint.parse("http://127.0.0.1:8890/sparql")
    >>> virtuoso.query_url == virtuoso.update_url, virtuoso.store_url
    (True, 'http://127.0.0.1:8890/sparql-graph-crud')
    """

    base: str
    #: ``"oxigraph"`` (``/query``, ``/update``, ``/store``) or ``"sparql"`` (one ``/sparql`` service).
    layout: str = "oxigraph"

    @classmethod
    def parse(cls, url: str) -> "Endpoint":
        """Accept a server's base URL or one of its service URLs (``/query``, ``/store``, ``/sparql``, ...).

        Raises
        ------
        OptionError
            Not an http(s) URL, or one that carries credentials, a query string or a fragment.
        """
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise OptionError("not_http", url=url)
        if parts.username or parts.password:
            raise OptionError("credentials_in_url")
        if parts.query or parts.fragment:
            raise OptionError("url_query", url=url)
        path, layout = parts.path.rstrip("/"), "oxigraph"
        if path.endswith("/sparql"):
            path, layout = path[: -len("/sparql")], "sparql"
        for service in _SERVICES:
            if layout == "oxigraph" and path.endswith(service):
                path = path[: -len(service)]
                break
        return cls(urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", "")), layout)

    @property
    def query_url(self) -> str:
        return self.base + ("/sparql" if self.layout == "sparql" else "/query")

    @property
    def update_url(self) -> str:
        return self.base + ("/sparql" if self.layout == "sparql" else "/update")

    @property
    def store_url(self) -> str:
        return self.base + ("/sparql-graph-crud" if self.layout == "sparql" else "/store")


@dataclass(frozen=True)
class PushReport:
    """What :func:`push_lines` sent: triples, bytes, in how many requests, how, and how long it took."""

    url: str
    graph_iri: str | None
    triples: int
    bytes: int
    requests: int
    protocol: str
    seconds: float


def check_graph_iri(iri: str | None) -> str | None:
    """Return ``iri`` if it is an absolute IRI (or None, for the default graph).

    Raises
    ------
    OptionError
        ``iri`` is relative or holds characters an IRI may not contain.

    Examples
    --------
    >>> check_graph_iri("https://w3id.org/aijobs/graph")
    'https://w3id.org/aijobs/graph'
    >>> check_graph_iri("my graph")
    Traceback (most recent call last):
    ...
    graph.errors.OptionError: not_absolute_iri(iri='my graph')
    """
    if iri is not None and not _IRI.fullmatch(iri):
        raise OptionError("not_absolute_iri", iri=iri)
    return iri


def fetch_graph(endpoint: Endpoint, graph_iri: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                credentials: tuple[str, str] | None = None) -> Graph:
    """Read one whole graph of a SPARQL server with a CONSTRUCT query (without the stamp a push adds).

    Parameters
    ----------
    endpoint : Endpoint
        The server; the query goes to its ``query_url``.
    graph_iri : str, optional
        The named graph to read; the server's default graph if omitted.
    timeout : float
        Seconds to wait for the connection and for each read.
    credentials : (str, str), optional
        User and password, sent with HTTP Basic authentication.

    Returns
    -------
    rdflib.Graph
        The triples, inserted in sorted order (so results do not depend on the server's
        order), with the project's prefixes bound. Empty if the graph is empty or absent.

    Raises
    ------
    RemoteError
        The server cannot be reached, does not answer in time, refuses the request
        (HTTP 4xx/5xx, credentials), answers something that is not N-Triples or Turtle, or
        sends fewer or more triples than a COUNT query then finds (an answer cut short by a
        limit on result rows, or a graph that changed during the read).
    """
    from rdflib import Graph

    from .rdf import add, bind_prefixes

    quads = construct(endpoint, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {_everything(graph_iri)} }}", timeout=timeout,
                      credentials=credentials)
    expected = count(endpoint, graph_iri, timeout=timeout, credentials=credentials)
    if len(set(quads)) != expected:
        raise RemoteError("cut_short", url=endpoint.query_url, sent=len(set(quads)), expected=expected)
    return add(bind_prefixes(Graph()), sorted(set(quads), key=str))


def in_graph(graph_iri: str | None, pattern: str) -> str:
    """A SPARQL group pattern matching ``pattern`` in the named graph ``graph_iri`` (or the default graph).

    Examples
    --------
    >>> in_graph("https://example.org/g", "?s ?p ?o")
    'GRAPH <https://example.org/g> { ?s ?p ?o }'
    >>> in_graph(None, "?s ?p ?o")
    '?s ?p ?o'
    """
    return f"GRAPH <{check_graph_iri(graph_iri)}> {{ {pattern} }}" if graph_iri else pattern


def _everything(graph_iri: str | None) -> str:
    """Every statement of a graph but the stamp."""
    return in_graph(graph_iri, f"?s ?p ?o FILTER (?s != <{STAMP_SUBJECT}>)")


def construct(endpoint: Endpoint, query: str, *, timeout: float = DEFAULT_TIMEOUT,
              credentials: tuple[str, str] | None = None) -> list:
    """The statements (pyoxigraph quads) of the answer to a CONSTRUCT ``query``, read as N-Triples or Turtle.

    Raises
    ------
    RemoteError
        As for :func:`fetch_graph`, but no COUNT is compared.
    """
    _, _, media_type, body = _send("POST", endpoint.query_url, _form(query=query), {**_FORM, "Accept": _RDF_ACCEPT},
                                   timeout, credentials)
    if media_type not in _RDF_TYPES:
        raise RemoteError("not_rdf", url=endpoint.query_url, media=media_type or Phrase("no_content_type"))
    try:
        return list(ox.parse(input=body, format=_RDF_TYPES[media_type]))
    except (SyntaxError, ValueError) as err:
        raise RemoteError("unreadable_rdf", url=endpoint.query_url, media=media_type,
                          error=" ".join(str(err).split())[:200]) from err


def select(endpoint: Endpoint, query: str, *, timeout: float = DEFAULT_TIMEOUT,
           credentials: tuple[str, str] | None = None) -> list[list[str]]:
    """The rows of the answer to a SELECT ``query``, read as SPARQL CSV results: the most compact format.

    A value is an IRI or a literal's lexical form (language and datatype dropped), ``''``
    where the variable is unbound; the header row is left out. So the query must only ask
    for variables whose kind of value it knows.

    Raises
    ------
    RemoteError
        As for :func:`fetch_graph`, or the answer is not CSV.
    """
    _, _, media_type, body = _send("POST", endpoint.query_url, _form(query=query), {**_FORM, "Accept": "text/csv"},
                                   timeout, credentials)
    if media_type != "text/csv":
        raise RemoteError("not_csv", url=endpoint.query_url, media=media_type or Phrase("no_content_type"))
    try:
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    except (UnicodeDecodeError, csv.Error) as err:
        raise RemoteError("unreadable_csv", url=endpoint.query_url, error=str(err)) from err
    return rows[1:]


def count(endpoint: Endpoint, graph_iri: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
          credentials: tuple[str, str] | None = None) -> int:
    """How many statements a graph holds, the stamp left out, by a SELECT COUNT answered in SPARQL JSON results."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_everything(graph_iri)} }}"
    _, _, media_type, body = _send("POST", endpoint.query_url, _form(query=query),
                                   {**_FORM, "Accept": "application/sparql-results+json"}, timeout, credentials)
    try:
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError) as err:
        raise RemoteError("bad_count", url=endpoint.query_url, media=media_type or Phrase("no_content_type")) from err


def stamp(endpoint: Endpoint, graph_iri: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
          credentials: tuple[str, str] | None = None) -> str | None:
    """The stamp :func:`push_lines` left in a graph (``"urn:uuid:... sha256:..."``), or None for a graph published otherwise."""
    rows = select(endpoint, f"SELECT ?stamp WHERE {{ {in_graph(graph_iri, f'<{STAMP_SUBJECT}> <{STAMP_PREDICATE}> ?stamp')} }}",
                  timeout=timeout, credentials=credentials)
    return " ".join(sorted(row[0] for row in rows if row)) or None


def push_graph(graph: Graph, endpoint: Endpoint, graph_iri: str | None = None, **options) -> PushReport:
    """Replace one graph on a SPARQL server with an rdflib graph: :func:`push_lines` of its statements.

    Raises
    ------
    DataError
        The graph holds a term RDF does not allow; nothing is sent.
    """
    from .rdf import lines

    return push_lines(lines(graph), endpoint, graph_iri, **options)


def push_lines(ntriples, endpoint: Endpoint, graph_iri: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
               credentials: tuple[str, str] | None = None, chunk_bytes: int = DEFAULT_CHUNK_BYTES,
               move_timeout: float = DEFAULT_MOVE_TIMEOUT) -> PushReport:
    """Replace one graph on a SPARQL server with N-Triples lines, atomically and in bounded memory.

    The lines go, ``chunk_bytes`` at a time, into a new staging graph (``urn:uuid:...``):
    each chunk is one Graph Store Protocol ``POST`` to ``<store>?graph=STAGING`` or, on a
    server without that protocol, one SPARQL Update ``INSERT DATA``. Statements with blank
    nodes all go in the last chunk, since a blank node names one node only within one request.
    The last chunk ends with one more statement, the stamp ``<STAMP_SUBJECT> <STAMP_PREDICATE>
    "<staging graph> sha256:<digest of the lines>"``, new for each push: readers compare it to tell
    whether the graph changed
    (:mod:`graph.store.served`); it is not counted in the report and :func:`fetch_graph` leaves it out.
    Then one SPARQL Update, ``MOVE GRAPH <STAGING> TO GRAPH <TARGET>`` (or ``TO
    DEFAULT``), replaces the target graph in one server-side step: Oxigraph runs each
    update in one transaction, so readers see the old graph or the new one, never a mix
    (Virtuoso 7.2 does not: its readers may see part of the graph during the move). The move
    has its own time limit, ``move_timeout``, since Oxigraph takes minutes to move a million
    triples. If any request fails, the staging graph is dropped and the target graph is left as
    it was. If the move does not answer in time, the target's stamp is read: found replaced, the
    push succeeded late; otherwise, on a server that refuses to move a graph that does not exist
    (Oxigraph), the staging graph is dropped first (so the move can no longer happen) and the
    target reported unchanged; elsewhere (Virtuoso, which would empty the target) the staging
    graph is left for the move, and the message says the target may still be replaced.

    Parameters
    ----------
    ntriples : iterable of bytes
        Distinct N-Triples lines, each ending in a newline; read once, as they come.
    endpoint : Endpoint
        The server.
    graph_iri : str, optional
        The named graph to replace; the server's default graph if omitted.
    timeout : float
        Seconds to wait for the connection and for each read or write.
    credentials : (str, str), optional
        User and password, sent with HTTP Basic authentication (never put in a message).
    chunk_bytes : int
        Largest request body (bigger only for a single longer line or the blank-node chunk).
    move_timeout : float
        Seconds to wait for the final move.

    Returns
    -------
    PushReport
        Triples and bytes of N-Triples sent, in how many requests, by which protocol, in how long.

    Raises
    ------
    RemoteError
        As for :func:`fetch_graph`, or a request was refused midway (too large, say), or the
        move took longer than ``move_timeout`` (its ``error`` is then ``move_too_slow``). Its key
        is then ``abandoned`` (or ``abandoned_staging_left``): ``error`` is what went wrong and
        ``fate`` what became of the target graph: unchanged (always, unless the final move got
        no answer and the target could not be checked: then it may or may not have been
        replaced; or, past ``move_timeout`` on a server that would empty it, the staging graph
        may still be moved there, ``fate_pending``).
    """
    target = check_graph_iri(graph_iri)
    staging = f"urn:uuid:{uuid.uuid4()}"
    started = time.perf_counter()
    push = _Staging(endpoint, staging, timeout, credentials)
    triples = size = 0
    digest = hashlib.sha256()
    try:
        for chunk, statements in _chunks(_hashed(ntriples, digest), chunk_bytes, lambda: _stamp_line(staging, digest)):
            push.append(chunk)
            triples, size = triples + statements, size + len(chunk)
        size -= len(_stamp_line(staging, digest)) if triples else 0
        into = f"GRAPH <{target}>" if target else "DEFAULT"
        # Not SILENT: a MOVE SILENT from a graph that is gone (dropped after a move that did not answer in
        # time) would empty the target; a plain MOVE fails instead.
        update = f"MOVE GRAPH <{staging}> TO {into}" if triples else f"CLEAR SILENT {into}"
    except BaseException as err:
        push.abandon(err, target)
        raise
    try:
        push.update(update, timeout=move_timeout)
    except RemoteError as err:
        if err.key != "too_slow" or not triples:
            push.abandon(err, target, final=True)
            raise
        if not push.overdue(err, target, f"{staging} sha256:{digest.hexdigest()}", move_timeout):
            raise
    return PushReport(push.url, graph_iri, triples, size, push.requests, push.protocol,
                      time.perf_counter() - started)


def _hashed(ntriples, digest):
    """The lines, each added to ``digest`` as it goes by."""
    for line in ntriples:
        digest.update(line)
        yield line


def _stamp_line(staging: str, digest) -> bytes:
    return f'<{STAMP_SUBJECT}> <{STAMP_PREDICATE}> "{staging} sha256:{digest.hexdigest()}" .\n'.encode()


def _chunks(ntriples, chunk_bytes: int, last):
    """Group N-Triples lines into ``(body, statements)`` of about ``chunk_bytes``; blank-node lines last, together.

    The line ``last()`` returns once every line is read goes at the end of the last body, uncounted
    (none when there are no lines).
    """
    body, blank = [], []
    size = 0
    for line in ntriples:
        if _BLANK.search(line):
            blank.append(line)
            continue
        if body and size + len(line) > chunk_bytes:
            yield b"".join(body), len(body)
            body, size = [], 0
        body.append(line)
        size += len(line)
    parts = [part for part in (body, blank) if part]
    for part in parts:
        yield b"".join(part) + (last() if part is parts[-1] else b""), len(part)


class _Staging:
    """The requests of one push: chunks into the staging graph, the final move, or dropping it all."""

    def __init__(self, endpoint: Endpoint, staging: str, timeout: float, credentials):
        self.endpoint, self.staging, self.timeout, self.credentials = endpoint, staging, timeout, credentials
        self.protocol, self.requests, self.url = "Graph Store Protocol", 0, endpoint.store_url

    def append(self, chunk: bytes) -> None:
        if self.protocol == "Graph Store Protocol":
            url = f"{self.endpoint.store_url}?graph={urllib.parse.quote(self.staging, safe='')}"
            try:
                self._request(url, chunk, {"Content-Type": "application/n-triples; charset=utf-8"})
                return
            except _Unsupported:  # only ever on the first chunk
                self.protocol, self.url = "SPARQL Update", self.endpoint.update_url
        self.update(f"INSERT DATA {{ GRAPH <{self.staging}> {{\n{chunk.decode('utf-8')}}} }}")

    def update(self, text: str, timeout: float | None = None) -> None:
        self._request(self.endpoint.update_url, _form(update=text), _FORM, timeout)

    def _request(self, url: str, body: bytes, headers: dict, timeout: float | None = None) -> None:
        """One POST, waiting at most ``timeout`` (else the push's timeout) for each step."""
        try:
            _send("POST", url, body, headers, timeout or self.timeout, self.credentials, label=url.split("?")[0])
        except RemoteError as err:
            if isinstance(err.__cause__, urllib.error.HTTPError) and err.__cause__.code in (404, 405, 415, 501):
                if url.startswith(self.endpoint.store_url + "?") and not self.requests:
                    raise _Unsupported() from err
            raise
        self.requests += 1

    def drop(self) -> bool:
        """Drop the staging graph (if anything was sent); whether that worked."""
        try:
            if self.requests:
                self._request(self.endpoint.update_url, _form(update=f"DROP SILENT GRAPH <{self.staging}>"), _FORM)
            return True
        except RemoteError:
            return False

    def abandon(self, err: BaseException, target: str | None, final: bool = False) -> None:
        """Drop the staging graph after ``err``, and say in ``err`` what became of the target graph."""
        unknown = final and not isinstance(err.__cause__, urllib.error.HTTPError)  # no answer to the move
        fate = Phrase("fate_unknown" if unknown else "fate_unchanged", graph=graph_phrase(target))
        dropped = self.drop()
        if isinstance(err, RemoteError):
            self._say(err, Phrase(err.key, **err.params), fate, dropped)

    def _say(self, err: RemoteError, error: Phrase, fate: Phrase, dropped: bool = True) -> None:
        """Make ``err`` say ``error`` and then ``fate``, what became of the target (and that the staging graph
        is left, unless ``dropped``)."""
        err.key = "abandoned" if dropped else "abandoned_staging_left"
        err.params = {"error": error, "fate": fate, "staging": self.staging}

    def overdue(self, err: RemoteError, target: str | None, ours: str, move_timeout: float) -> bool:
        """After a move that did not answer in time: whether the target holds our stamp (the move finished
        after all); if not, say in ``err`` what became of the target.

        The staging graph is dropped first, so that a move still to come fails, only on a server that
        refuses to move a graph that does not exist (Oxigraph); a server that moves nothing into the
        target instead (Virtuoso) would empty it, so there the staging graph is left for the move.
        """
        refuses = self._refuses_missing_graphs()
        dropped = refuses and self.drop()
        try:
            moved = stamp(self.endpoint, target, timeout=self.timeout, credentials=self.credentials) == ours
        except RemoteError:
            moved = None
        if moved:
            return True
        error = Phrase("move_too_slow", url=self.endpoint.update_url, timeout=move_timeout)
        if not refuses:
            self._say(err, error, Phrase("fate_pending", graph=graph_phrase(target), staging=self.staging))
        elif dropped and moved is not None:
            self._say(err, error, Phrase("fate_unchanged", graph=graph_phrase(target)))
        else:
            self._say(err, error, Phrase("fate_unknown", graph=graph_phrase(target)), dropped)
        return False

    def _refuses_missing_graphs(self) -> bool:
        """Whether the server refuses ``MOVE GRAPH`` from a graph that does not exist (two new names)."""
        scratch, other = f"urn:uuid:{uuid.uuid4()}", f"urn:uuid:{uuid.uuid4()}"
        try:
            _send("POST", self.endpoint.update_url, _form(update=f"MOVE GRAPH <{scratch}> TO GRAPH <{other}>"),
                  _FORM, self.timeout, self.credentials)
        except RemoteError as err:
            return isinstance(err.__cause__, urllib.error.HTTPError)
        try:
            _send("POST", self.endpoint.update_url, _form(update=f"DROP SILENT GRAPH <{other}>"), _FORM,
                  self.timeout, self.credentials)
        except RemoteError:
            pass
        return False


def graph_phrase(graph_iri: str | None) -> Phrase:
    """The phrase naming a graph in a message: the named graph ``graph_iri``, or the default graph.

    Examples
    --------
    >>> graph_phrase(None), graph_phrase("https://example.org/g")
    (Phrase('default_graph'), Phrase('named_graph', iri='https://example.org/g'))
    """
    return Phrase("named_graph", iri=graph_iri) if graph_iri else Phrase("default_graph")


class _Unsupported(Exception):
    """The Graph Store URL does not take a POST: the server lacks the protocol there."""


def _form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


def _send(method: str, url: str, body: bytes, headers: dict, timeout: float | None, credentials,
          label: str | None = None):
    """One HTTP request: (status, reason, media type, body), or a one-line RemoteError naming ``label`` or ``url``."""
    import http.client  # the HTTP client (and TLS) load only in a command that talks to a server
    import urllib.request

    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    if credentials:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        request.add_unredirected_header("Authorization", f"Basic {token}")
    named = label or url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.reason, answer.headers.get_content_type(), answer.read()
    except urllib.error.HTTPError as err:
        raise _refusal(named, err, credentials) from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise RemoteError("too_slow", url=named, timeout=timeout) from err
        if isinstance(err.reason, ConnectionRefusedError):
            raise RemoteError("connection_refused", url=named) from err
        raise RemoteError("unreachable", url=named, reason=err.reason) from err
    except TimeoutError as err:
        raise RemoteError("too_slow", url=named, timeout=timeout) from err
    except (http.client.HTTPException, OSError) as err:
        raise RemoteError("connection_failed", url=named, error=f"{type(err).__name__}: {err}") from err


def _refusal(url: str, err: urllib.error.HTTPError, credentials) -> RemoteError:
    status = f"HTTP {err.code} {err.reason}"
    if err.code in (401, 403):
        if credentials:
            return RemoteError("credentials_refused", url=url, user=credentials[0], status=status)
        return RemoteError("credentials_needed", url=url, status=status)
    if err.headers.get_content_type() == "text/html":  # an error page: its status line says it all
        return RemoteError("http_status", url=url, status=status)
    detail = " ".join(err.read(2000).decode("utf-8", "replace").split())[:200]
    return RemoteError("http_status_detail" if detail else "http_status", url=url, status=status,
                       **({"detail": detail} if detail else {}))


@dataclass(frozen=True)
class Support:
    """Whether a server offers one service: ``ok``, and what it said (a media type or URL, or why not: a phrase
    or the error, worded by the views)."""

    ok: bool
    detail: "str | Phrase | RemoteError"


@dataclass(frozen=True)
class Capabilities:
    """What :func:`check` found a server supports."""

    endpoint: Endpoint
    construct: Support
    select: Support
    update: Support
    graph_store: Support
    move: Support

    @property
    def push_protocol(self) -> str | None:
        """How :func:`push_lines` would load this server, or None if it cannot publish there."""
        if not (self.update.ok and self.move.ok):
            return None
        return "Graph Store Protocol" if self.graph_store.ok else "SPARQL Update"


def check(endpoint: Endpoint, *, timeout: float = DEFAULT_TIMEOUT,
          credentials: tuple[str, str] | None = None) -> Capabilities:
    """Ask a server what it supports, with requests that change nothing it holds.

    A CONSTRUCT and a SELECT (which result formats it answers in), ``DROP SILENT`` and
    ``MOVE SILENT`` of two new, empty ``urn:uuid:`` graphs (SPARQL Update, and the one-step
    replacement a push ends with), and an empty Graph Store Protocol ``POST`` to a new graph.

    Raises
    ------
    RemoteError
        The query service cannot be reached, or answers a CONSTRUCT query with no RDF.
    """
    scratch, other = f"urn:uuid:{uuid.uuid4()}", f"urn:uuid:{uuid.uuid4()}"
    construct = _answers(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
                         _RDF_ACCEPT, set(_RDF_TYPES), timeout, credentials)
    if not construct.ok:
        raise RemoteError("construct_not_rdf", url=endpoint.query_url, detail=construct.detail)
    try:
        select = _answers(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "application/sparql-results+json",
                          {"application/sparql-results+json"}, timeout, credentials)
    except RemoteError as err:
        select = Support(False, err)

    def attempt(url, body, headers, done):
        try:
            _send("POST", url, body, headers, timeout, credentials, label=url.split("?")[0])
            return Support(True, done)
        except RemoteError as err:
            return Support(False, err)

    update = attempt(endpoint.update_url, _form(update=f"DROP SILENT GRAPH <{scratch}>"), _FORM, endpoint.update_url)
    move = (attempt(endpoint.update_url, _form(update=f"MOVE SILENT GRAPH <{scratch}> TO GRAPH <{other}>"), _FORM,
                    "MOVE SILENT GRAPH ... TO GRAPH ...") if update.ok else Support(False, Phrase("no_update")))
    store = attempt(f"{endpoint.store_url}?graph={urllib.parse.quote(scratch, safe='')}", b"",
                    {"Content-Type": "application/n-triples"}, endpoint.store_url)
    if update.ok:
        attempt(endpoint.update_url, _form(update=f"DROP SILENT GRAPH <{scratch}>; DROP SILENT GRAPH <{other}>"),
                _FORM, "")
    return Capabilities(endpoint, construct, select, update, store, move)


def _answers(endpoint: Endpoint, query: str, accept: str, readable: set, timeout: float, credentials) -> Support:
    """Whether the query service answers ``query`` in a ``readable`` media type (RemoteError if it cannot answer)."""
    _, _, media_type, _ = _send("POST", endpoint.query_url, _form(query=query), {**_FORM, "Accept": accept},
                                timeout, credentials)
    if media_type in readable:
        return Support(True, media_type)
    return Support(False, Phrase("answers_instead", media=media_type or Phrase("no_content_type"), accept=accept))
