"""Read the graph from a SPARQL server and publish it there, over plain HTTP (standard library only).

A server is named by its base URL, laid out as Oxigraph's: ``<base>/query`` answers SPARQL
queries (SPARQL 1.1 Protocol) and ``<base>/store`` holds the graphs (SPARQL 1.1 Graph
Store HTTP Protocol). Any of these URLs names the same server: ``http://127.0.0.1:7878``,
``http://127.0.0.1:7878/store`` and ``http://127.0.0.1:7878/query`` are equivalent.
"""

import base64
import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import Graph

from ..errors import OptionError, RemoteError
from .export import serialize
from .rdf import bind_prefixes

#: Seconds to wait for a server to connect or answer, unless told otherwise.
DEFAULT_TIMEOUT = 30.0
#: Path endings of the services of one server; any of them names the server.
_SERVICES = ("/query", "/store", "/update", "/sparql")
#: Answers :func:`fetch_graph` can read: media type -> rdflib parser.
_RDF_TYPES = {"application/n-triples": "nt", "text/turtle": "turtle"}
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server: its base URL, from which the service URLs follow.

    Examples
    --------
    >>> server = Endpoint.parse("http://127.0.0.1:7878/store")
    >>> server.query_url, server.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/store')
    >>> Endpoint.parse("http://127.0.0.1:7878/") == Endpoint.parse("http://127.0.0.1:7878/query")
    True
    """

    base: str

    @classmethod
    def parse(cls, url: str) -> "Endpoint":
        """Accept a server's base URL or one of its service URLs (``/query``, ``/store``, ...).

        Raises
        ------
        OptionError
            Not an http(s) URL, or one that carries credentials, a query string or a fragment.
        """
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise OptionError(f"endpoint {url!r} is not an http:// or https:// URL")
        if parts.username or parts.password:
            raise OptionError("put endpoint credentials in GRAPH_ENDPOINT_USER and GRAPH_ENDPOINT_PASSWORD "
                              "(or use --user), not in the URL")
        if parts.query or parts.fragment:
            raise OptionError(f"endpoint {url!r} has a query string or fragment; give the server's base URL")
        path = parts.path.rstrip("/")
        for service in _SERVICES:
            if path.endswith(service):
                path = path[: -len(service)]
                break
        return cls(urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", "")))

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def store_url(self) -> str:
        return self.base + "/store"


@dataclass(frozen=True)
class PushReport:
    """What :func:`push_graph` sent and how the server answered."""

    url: str
    graph_iri: str | None
    triples: int
    bytes: int
    status: int
    reason: str


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
    graph.errors.OptionError: graph name 'my graph' is not an absolute IRI (such as https://example.org/graph)
    """
    if iri is not None and not _IRI.fullmatch(iri):
        raise OptionError(f"graph name {iri!r} is not an absolute IRI (such as https://example.org/graph)")
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
        (HTTP 4xx/5xx, credentials) or answers something that is not N-Triples or Turtle.
    """
    where = f"GRAPH <{check_graph_iri(graph_iri)}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}".encode("utf-8")
    headers = {"Content-Type": "application/sparql-query; charset=utf-8",
               "Accept": "application/n-triples, text/turtle;q=0.9"}
    _, _, media_type, body = _send("POST", endpoint.query_url, query, headers, timeout, credentials)
    if media_type not in _RDF_TYPES:
        raise RemoteError(f"{endpoint.query_url} answered {media_type or 'no content type'} instead of RDF: "
                          "is it a SPARQL endpoint?")
    parsed = Graph()
    try:
        parsed.parse(data=body.decode("utf-8"), format=_RDF_TYPES[media_type])
    except Exception as err:  # rdflib's parsers raise assorted exceptions on bad input
        raise RemoteError(f"{endpoint.query_url} answered {media_type} that cannot be read: "
                          f"{' '.join(str(err).split())[:200]}") from err
    graph = bind_prefixes(Graph())
    for triple in sorted(parsed):
        graph.add(triple)
    return graph


def push_graph(graph: Graph, endpoint: Endpoint, graph_iri: str | None = None, *,
               timeout: float = DEFAULT_TIMEOUT, credentials: tuple[str, str] | None = None) -> PushReport:
    """Replace one graph on a SPARQL server with ``graph``, in a single request.

    One HTTP ``PUT`` of the whole graph as N-Triples to ``<store>?graph=IRI`` (or
    ``<store>?default``), as the SPARQL 1.1 Graph Store HTTP Protocol defines: the server
    swaps the old content for the new one at once, so readers never see half a graph and a
    refused request leaves the old graph as it was.

    Parameters
    ----------
    graph : rdflib.Graph
        What to publish.
    endpoint : Endpoint
        The server; the request goes to its ``store_url``.
    graph_iri : str, optional
        The named graph to replace; the server's default graph if omitted.
    timeout : float
        Seconds to wait for the connection and for each read or write.
    credentials : (str, str), optional
        User and password, sent with HTTP Basic authentication (never put in a message).

    Returns
    -------
    PushReport
        The URL, graph, number of triples and bytes sent, and the server's HTTP status.

    Raises
    ------
    RemoteError
        As for :func:`fetch_graph`; the server then keeps its previous graph.
    """
    target = f"graph={urllib.parse.quote(check_graph_iri(graph_iri), safe='')}" if graph_iri else "default"
    body = serialize(graph, "nt")
    status, reason, _, _ = _send("PUT", f"{endpoint.store_url}?{target}", body,
                                 {"Content-Type": "application/n-triples; charset=utf-8"}, timeout, credentials)
    return PushReport(endpoint.store_url, graph_iri, len(graph), len(body), status, reason)


def _send(method: str, url: str, body: bytes, headers: dict, timeout: float, credentials):
    """One HTTP request; return (status, reason, media type, body) or raise a one-line RemoteError."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    if credentials:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        request.add_unredirected_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.reason, answer.headers.get_content_type(), answer.read()
    except urllib.error.HTTPError as err:
        raise RemoteError(_refusal(url, err, credentials)) from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise RemoteError(_too_slow(url, timeout)) from err
        if isinstance(err.reason, ConnectionRefusedError):
            raise RemoteError(f"cannot reach {url}: connection refused (is the server running?)") from err
        reason = getattr(err.reason, "strerror", None) or err.reason
        raise RemoteError(f"cannot reach {url}: {reason}") from err
    except TimeoutError as err:
        raise RemoteError(_too_slow(url, timeout)) from err
    except (http.client.HTTPException, OSError) as err:
        raise RemoteError(f"{url}: the connection failed ({type(err).__name__}: {err})") from err


def _too_slow(url: str, timeout: float) -> str:
    return f"{url} did not answer within {timeout:g} s (raise --timeout if the server is just slow)"


def _refusal(url: str, err: urllib.error.HTTPError, credentials) -> str:
    if err.code in (401, 403):
        if credentials:
            return f"{url} refused the credentials of user {credentials[0]!r} (HTTP {err.code} {err.reason})"
        return (f"{url} asks for credentials (HTTP {err.code} {err.reason}): set GRAPH_ENDPOINT_USER and "
                "GRAPH_ENDPOINT_PASSWORD, or use --user")
    if err.headers.get_content_type() == "text/html":  # an error page: its status line says it all
        return f"{url} answered HTTP {err.code} {err.reason}"
    detail = " ".join(err.read(2000).decode("utf-8", "replace").split())[:200]
    return f"{url} answered HTTP {err.code} {err.reason}" + (f": {detail}" if detail else "")
