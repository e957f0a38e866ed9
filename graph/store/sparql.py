"""Run read-only SPARQL queries on the graph: parsed, checked, evaluated within limits.

rdflib is imported when a query runs, so that reading this module's limits costs nothing.
"""

from __future__ import annotations

import re
from itertools import islice

from typing import TYPE_CHECKING

from ..errors import GraphError, LimitExceeded, Phrase, QueryError, ServiceRefused
from ..model.vocabulary import PREFIXES

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result

#: Seconds a query may run, and rows (SELECT) or triples (CONSTRUCT, DESCRIBE) it may give, unless told otherwise.
DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS = 30.0, 100_000
#: How rdflib finds the URL to call in the text of a SERVICE pattern (its evaluator, word for word).
_RDFLIB_SERVICE_CALL = re.compile(r"^service <(.*)>[ \n]*{(.*)}[ \n]*$", re.DOTALL | re.I)


def parse_query(text: str, source: str = "query", *, services=()):
    """Parse ``text`` as a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).

    The project's prefixes (``role:``, ``skill:``, ``aij:``, ``skos:``, ...) are predeclared,
    so a query may use them without ``PREFIX`` lines.

    Parameters
    ----------
    text : str
        The query.
    source : str
        What to call the query in messages: a file name, or ``'query'``.
    services : iterable of str
        The SPARQL endpoints a ``SERVICE`` pattern may call, by exact URL. A query calling
        any other, or a variable, is refused: a ``SERVICE`` sends the bindings of the
        local data to the server named, so an untrusted query could send the graph anywhere.

    Returns
    -------
    rdflib.plugins.sparql.sparql.Query
        The prepared query, ready for :func:`run_query`.

    Raises
    ------
    QueryError
        The text is a SPARQL update (which would change the graph), or not valid SPARQL:
        the message gives the parser's complaint with line and column.
    ServiceRefused
        A ``SERVICE`` pattern names an endpoint not in ``services``.

    Examples
    --------
    >>> parse_query("ASK { role:data-analyst a aij:Role }").algebra.name
    'AskQuery'
    >>> parse_query("SELECT ?x WHERE {\\n  ?x a }", source="q.rq")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: bad_query(where='q.rq:2:3', error='Expected SelectQuery', found="'?x'")
    >>> parse_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: update_refused(source='query', operations=['DELETE WHERE'])
    >>> parse_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    graph.errors.ServiceRefused: service_not_allowed(url='http://127.0.0.1:9/sparql', source='query')
    """
    if not re.sub(r"(?m)#.*$", "", text).strip():
        raise QueryError("empty_query", source=source)
    from pyparsing import ParseException  # the SPARQL parser takes a noticeable time to import:
    from rdflib.plugins.sparql import prepareQuery  # only the commands that query pay for it

    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except ParseException as err:
        updates = _update_operations(text)
        if updates:
            raise QueryError("update_refused", source=source, operations=updates) from err
        rest = err.pstr[err.loc:].split()
        found = repr(rest[0]) if rest else Phrase("end_of_query")
        raise QueryError("bad_query", where=f"{source}:{err.lineno}:{err.col}", error=err.msg, found=found) from err
    except Exception as err:  # rdflib raises plain exceptions for unknown prefixes and bad terms
        raise QueryError("query_error", source=source, error=str(err)) from err
    if prepared.algebra.name == "SelectQuery" and re.search(r"(?i)\bSELECT\s+(DISTINCT\s+|REDUCED\s+)?\*", text):
        # rdflib collects the variables of SELECT * in a set: order them by first use in the text
        first = {str(v): re.search(rf"[?$]{re.escape(str(v))}\b", text) for v in prepared.algebra["PV"]}
        prepared.algebra["PV"] = sorted(prepared.algebra["PV"], key=lambda v: (
            first[str(v)].start() if first[str(v)] else len(text), str(v)))
    _check_services(prepared.algebra, source, set(services))
    return prepared


def _check_services(algebra, source: str, allowed: set) -> None:
    """Refuse every SERVICE pattern but those that call, exactly, one of the ``allowed`` URLs."""
    from rdflib import URIRef

    todo = [algebra]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            todo.extend(node.values())
        elif isinstance(node, (list, tuple)):
            todo.extend(node)
        if getattr(node, "name", None) != "ServiceGraphPattern":
            continue
        term = node.get("term")
        if not isinstance(term, URIRef):
            raise ServiceRefused("service_variable", None, source=source, term=term.n3())
        if str(term) not in allowed:
            raise ServiceRefused("service_not_allowed", str(term), source=source)
        called = _RDFLIB_SERVICE_CALL.match(node.get("service_string", ""))
        if not called or called.group(1) != str(term):  # rdflib would call another URL than the IRI says
            raise ServiceRefused("service_unsafe", str(term), source=source)


def _update_operations(text: str) -> list[str]:
    """The operations of ``text`` as keywords ('INSERT DATA', 'CLEAR', ...) if it parses as an update."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        request = parseUpdate(text).request or []
    except Exception:  # not an update either: the caller reports the query syntax error
        return []
    words = {"Modify": "DELETE/INSERT"}
    return sorted({words.get(op.name) or re.sub(r"(?<=[a-z])(?=[A-Z])", " ", op.name).upper() for op in request})


def run_query(graph: Graph, query, *, timeout: float = DEFAULT_TIMEOUT,
              max_results: int = DEFAULT_MAX_RESULTS) -> Result:
    """Evaluate a query from :func:`parse_query` on ``graph`` with rdflib's SPARQL engine, within limits.

    The query runs in a forked copy of this process that is stopped when the time is up,
    so neither a runaway join nor a pathological regular expression can hold the caller.
    Rows come in the order the query gives: add ``ORDER BY`` (with a tie-break) for a
    defined order.

    Parameters
    ----------
    graph : rdflib.Graph
    query
        From :func:`parse_query`.
    timeout : float
        Seconds the evaluation may take.
    max_results : int
        Rows (SELECT) or triples (CONSTRUCT, DESCRIBE) the answer may have.

    Raises
    ------
    LimitExceeded
        The query took longer than ``timeout`` or gave more than ``max_results``.
    GraphError
        The evaluation failed (for instance a ``SERVICE`` call that could not be made).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> q = parse_query("SELECT ?label WHERE { role:data-analyst skos:prefLabel ?label } ORDER BY STR(?label)")
    >>> [str(row.label) for row in run_query(load_graph(), q)]
    ['Analis Data', 'Data Analyst']
    >>> run_query(load_graph(), parse_query("SELECT * WHERE { ?s ?p ?o }"), max_results=10)
    Traceback (most recent call last):
    ...
    graph.errors.LimitExceeded: limit_results(value=10)
    """
    import multiprocessing

    from rdflib import Variable
    from rdflib.query import Result

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_evaluate, args=(graph, query, max_results, sender), daemon=True)
    worker.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise LimitExceeded("timeout", timeout)
        try:
            status, answer = receiver.recv()
        except EOFError:
            raise GraphError("query_stopped") from None
    finally:
        worker.kill()
        worker.join()
        receiver.close()
    if status == "failed":
        raise GraphError("query_failed", error=answer)
    if status == "too many":
        raise LimitExceeded("results", max_results)
    result = Result(answer[0])
    if answer[0] == "SELECT":
        result.vars = [Variable(name) for name in answer[1]]
        result.bindings = [{v: term for v, term in zip(result.vars, row) if term is not None} for row in answer[2]]
    elif answer[0] == "ASK":
        result.askAnswer = answer[1]
    else:
        result.graph = answer[1]
    return result


def _evaluate(graph: Graph, query, max_results: int, sender) -> None:
    """In the worker: evaluate, and send back ``(status, answer)`` with plain, picklable values."""
    try:
        result = graph.query(query)
        if result.type == "ASK":
            answer, size = ("ASK", bool(result.askAnswer)), 0
        elif result.type == "SELECT":
            rows = [tuple(row) for row in islice(result, max_results + 1)]
            answer, size = ("SELECT", [str(v) for v in result.vars], rows), len(rows)
        else:
            answer, size = (result.type, result.graph), len(result.graph)
        sender.send(("too many", None) if size > max_results else ("ok", answer))
    except Exception as err:  # rdflib's evaluator raises plain exceptions
        sender.send(("failed", " ".join(str(err).split())[:300] or type(err).__name__))
