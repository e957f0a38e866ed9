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
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import OptionError, Phrase, RemoteError

if TYPE_CHECKING:
    from rdflib import Graph

#: Seconds to wait for a server to connect or answer, unless told otherwise.
DEFAULT_TIMEOUT = 30.0
#: Bytes of N-Triples :func:`push_lines` sends per request, unless told otherwise.
DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024
#: Path endings of the services of an Oxigraph-style server; any of them names the server.
_SERVICES = ("/query", "/store", "/update")
#: Answers :func:`fetch_graph` can read: media type -> rdflib parser.
_RDF_TYPES = {"application/n-triples": "nt", "text/turtle": "turtle"}
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
    """Read one graph of a SPARQL server with a CONSTRUCT query.

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

    from .rdf import bind_prefixes

    where = f"GRAPH <{check_graph_iri(graph_iri)}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"
    _, _, media_type, body = _send("POST", endpoint.query_url, _form(query=query),
                                   {**_FORM, "Accept": "application/n-triples, text/turtle;q=0.9"},
                                   timeout, credentials)
    if media_type not in _RDF_TYPES:
        raise RemoteError("not_rdf", url=endpoint.query_url, media=media_type or Phrase("no_content_type"))
    parsed = Graph()
    try:
        parsed.parse(data=body.decode("utf-8"), format=_RDF_TYPES[media_type])
    except Exception as err:  # rdflib's parsers raise assorted exceptions on bad input
        raise RemoteError("unreadable_rdf", url=endpoint.query_url, media=media_type,
                          error=" ".join(str(err).split())[:200]) from err
    expected = _count(endpoint, where, timeout, credentials)
    if len(parsed) != expected:
        raise RemoteError("cut_short", url=endpoint.query_url, sent=len(parsed), expected=expected)
    graph = bind_prefixes(Graph())
    for triple in sorted(parsed):
        graph.add(triple)
    return graph


def _count(endpoint: Endpoint, where: str, timeout: float, credentials) -> int:
    """How many triples match ``where``, by a SELECT COUNT the server answers in SPARQL JSON results."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    _, _, media_type, body = _send("POST", endpoint.query_url, _form(query=query),
                                   {**_FORM, "Accept": "application/sparql-results+json"}, timeout, credentials)
    try:
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError) as err:
        raise RemoteError("bad_count", url=endpoint.query_url, media=media_type or Phrase("no_content_type")) from err


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
               credentials: tuple[str, str] | None = None, chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> PushReport:
    """Replace one graph on a SPARQL server with N-Triples lines, atomically and in bounded memory.

    The lines go, ``chunk_bytes`` at a time, into a new staging graph (``urn:uuid:...``):
    each chunk is one Graph Store Protocol ``POST`` to ``<store>?graph=STAGING`` or, on a
    server without that protocol, one SPARQL Update ``INSERT DATA``. Statements with blank
    nodes all go in the last chunk, since a blank node names one node only within one request.
    Then one SPARQL Update, ``MOVE SILENT GRAPH <STAGING> TO GRAPH <TARGET>`` (or ``TO
    DEFAULT``), replaces the target graph in one server-side step: Oxigraph runs each
    update in one transaction, so readers see the old graph or the new one, never a mix
    (Virtuoso 7.2 does not: its readers may see part of the graph during the move). The move
    waits without a time limit: a server that took every chunk is alive, and Oxigraph takes
    minutes to move a million triples. If any request fails, the staging graph is dropped and
    the target graph is left as it was.

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

    Returns
    -------
    PushReport
        Triples and bytes of N-Triples sent, in how many requests, by which protocol, in how long.

    Raises
    ------
    RemoteError
        As for :func:`fetch_graph`, or a request was refused midway (too large, say); the
        message says whether the target graph is unchanged (always, unless the final move
        got no answer: then it says the graph may or may not have been replaced).
    """
    target = check_graph_iri(graph_iri)
    staging = f"urn:uuid:{uuid.uuid4()}"
    started = time.perf_counter()
    push = _Staging(endpoint, staging, timeout, credentials)
    triples = size = 0
    try:
        for chunk, count in _chunks(ntriples, chunk_bytes):
            push.append(chunk)
            triples, size = triples + count, size + len(chunk)
        into = f"GRAPH <{target}>" if target else "DEFAULT"
        update = f"MOVE SILENT GRAPH <{staging}> TO {into}" if triples else f"CLEAR SILENT {into}"
    except BaseException as err:
        push.abandon(err, target)
        raise
    try:  # a server that took every chunk is alive: wait for its move however long it takes
        push.update(update, limited=False)
    except RemoteError as err:
        push.abandon(err, target, final=True)
        raise
    return PushReport(push.url, graph_iri, triples, size, push.requests, push.protocol,
                      time.perf_counter() - started)


def _chunks(ntriples, chunk_bytes: int):
    """Group N-Triples lines into ``(body, statements)`` of about ``chunk_bytes``; blank-node lines last, together."""
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
    for part in (body, blank):
        if part:
            yield b"".join(part), len(part)


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

    def update(self, text: str, limited: bool = True) -> None:
        self._request(self.endpoint.update_url, _form(update=text), _FORM, limited)

    def _request(self, url: str, body: bytes, headers: dict, limited: bool = True) -> None:
        """One POST, waiting at most the timeout for each step, or (``limited=False``) as long as it takes."""
        try:
            _send("POST", url, body, headers, self.timeout if limited else None, self.credentials,
                  label=url.split("?")[0])
        except RemoteError as err:
            if isinstance(err.__cause__, urllib.error.HTTPError) and err.__cause__.code in (404, 405, 415, 501):
                if url.startswith(self.endpoint.store_url + "?") and not self.requests:
                    raise _Unsupported() from err
            raise
        self.requests += 1

    def abandon(self, err: BaseException, target: str | None, final: bool = False) -> None:
        """Drop the staging graph after ``err``, and say in ``err`` what became of the target graph."""
        unknown = final and not isinstance(err.__cause__, urllib.error.HTTPError)  # no answer to the move
        fate = Phrase("fate_unknown" if unknown else "fate_unchanged",
                      graph=Phrase("named_graph", iri=target) if target else Phrase("default_graph"))
        key = "abandoned"
        try:
            if self.requests:
                self._request(self.endpoint.update_url, _form(update=f"DROP SILENT GRAPH <{self.staging}>"), _FORM)
        except RemoteError:
            key = "abandoned_staging_left"
        if isinstance(err, RemoteError):
            err.key, err.params = key, {"error": Phrase(err.key, **err.params), "fate": fate, "staging": self.staging}


class _Unsupported(Exception):
    """The Graph Store URL does not take a POST: the server lacks the protocol there."""


def _form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode("ascii")


def _send(method: str, url: str, body: bytes, headers: dict, timeout: float | None, credentials,
          label: str | None = None):
    """One HTTP request: (status, reason, media type, body), or a one-line RemoteError naming ``label`` or ``url``."""
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
                         "application/n-triples, text/turtle;q=0.9", set(_RDF_TYPES), timeout, credentials)
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
