"""SPARQL query results as an aligned table, SPARQL 1.1 JSON or CSV, or RDF for CONSTRUCT and DESCRIBE.

rdflib is imported when results are formatted, so that reading the formats costs nothing.
"""

from __future__ import annotations

import csv
import io
import json

from typing import TYPE_CHECKING

from ..errors import OptionError, Phrase
from ..store.export import serialize
from . import safe
from .messages import message

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result

#: Output formats for SELECT and ASK results.
TABLE_FORMATS = ("table", "json", "csv")
#: Output formats for CONSTRUCT and DESCRIBE results (see :func:`graph.store.export.serialize`).
RDF_FORMATS = ("turtle", "nt", "jsonld")


def format_result(result: Result, fmt: str | None = None, graph: Graph | None = None, lang: str = "en") -> bytes:
    """Write a query result as UTF-8 bytes.

    Parameters
    ----------
    result : rdflib.query.Result
        From :func:`graph.store.sparql.run_query`.
    fmt : str, optional
        For SELECT and ASK: ``'table'`` (aligned text, the default), ``'json'`` (SPARQL 1.1
        Query Results JSON) or ``'csv'`` (SPARQL 1.1 Query Results CSV). For CONSTRUCT and
        DESCRIBE: ``'turtle'`` (the default), ``'nt'`` or ``'jsonld'``, written by
        :func:`graph.store.export.serialize` so that equal graphs give equal bytes.
    graph : rdflib.Graph, optional
        Its prefixes shorten IRIs in the table (``role:data-analyst``); the project's by default.
    lang : {'en', 'id'}
        Language of the table's count of rows (the values are the data's own).

    Raises
    ------
    OptionError
        ``fmt`` does not suit the kind of query (an RDF syntax for a SELECT, a table for a CONSTRUCT).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.store.sparql import parse_query, run_query
    >>> g = load_graph()
    >>> q = parse_query('SELECT ?role ?label WHERE { ?role aij:inFamily family:new-jobs ; '
    ...                 'skos:prefLabel ?label FILTER(lang(?label) = "en") } ORDER BY ?label')
    >>> print(format_result(run_query(g, q)).decode(), end="")
    role                         label
    ---------------------------  ----------------------
    role:ai-coach                AI Coach
    role:ai-experience-designer  AI Experience Designer
    role:prompt-engineer         Prompt Engineer
    (3 rows)
    >>> print(format_result(run_query(g, parse_query("ASK { ?s aij:prerequisite ?s }")), "json").decode(), end="")
    {
      "head": {},
      "boolean": false
    }
    """
    rdf = result.type in ("CONSTRUCT", "DESCRIBE")
    fmt = fmt or ("turtle" if rdf else "table")
    allowed = RDF_FORMATS if rdf else TABLE_FORMATS
    if fmt not in allowed:
        raise OptionError("format_unsuited", fmt=fmt, type=result.type, choices=list(allowed))
    if rdf:
        return serialize(result.graph, fmt)
    if fmt == "json":
        return (json.dumps(_results_json(result), indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
    if fmt == "csv":
        return _results_csv(result).encode("utf-8")
    return _table(result, graph, lang).encode("utf-8")


def _results_json(result: Result) -> dict:
    """SPARQL 1.1 Query Results JSON, keys in a fixed order."""
    if result.type == "ASK":
        return {"head": {}, "boolean": bool(result.askAnswer)}
    names = [str(v) for v in result.vars]
    bindings = [{name: _json_term(row[var]) for name, var in zip(names, result.vars) if row.get(var) is not None}
                for row in result.bindings]
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


def _json_term(term) -> dict:
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype:
        value["datatype"] = str(term.datatype)
    return value


def _results_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV (CRLF line ends); ASK as ``_askResult`` then true/false.

    A value that a spreadsheet would run as a formula gets a leading ``'`` (:func:`graph.views.safe.spreadsheet`).
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.type == "ASK":
        writer.writerows([["_askResult"], [str(bool(result.askAnswer)).lower()]])
        return out.getvalue()
    writer.writerow([str(v) for v in result.vars])
    for row in result.bindings:
        writer.writerow(["" if row.get(v) is None else safe.spreadsheet(_plain(row[v])) for v in result.vars])
    return out.getvalue()


def _plain(term) -> str:
    from rdflib import BNode

    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _table(result: Result, graph: Graph | None, lang: str) -> str:
    """Columns padded to their widest cell; IRIs as prefixed names, literals as their text (control characters escaped)."""
    from rdflib import Graph, Literal, URIRef

    from ..store.rdf import bind_prefixes

    if result.type == "ASK":
        return f"{str(bool(result.askAnswer)).lower()}\n"
    names = (graph or bind_prefixes(Graph())).namespace_manager

    def cell(term) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            short = term.n3(names)
            return short if not short.startswith("<") else str(term)
        return safe.terminal(" ".join(_plain(term).split()) if isinstance(term, Literal) else _plain(term))

    header = [str(v) for v in result.vars]
    rows = [[cell(row.get(v)) for v in result.vars] for row in result.bindings]
    widths = [max(len(text) for text in column) for column in zip(header, *rows)]
    lines = [header, ["-" * w for w in widths], *rows]
    text = "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in lines)
    counted = message(Phrase("one_row" if len(rows) == 1 else "rows", n=len(rows)), lang)
    return f"{text}\n{counted}\n"

