"""Serialise the graph deterministically and write files atomically."""

import json
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef

from ..errors import OptionError, OutputError
from ..model.vocabulary import bind_prefixes

#: Export format -> (rdflib serializer, file extension).
FORMATS = {
    "turtle": ("longturtle", "ttl"),
    "jsonld": ("json-ld", "jsonld"),
    "nt": ("nt", "nt"),
    "xml": ("xml", "rdf"),
}


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """Return ``graph`` in ``fmt`` as UTF-8 bytes, identical for identical graphs.

    Triples are re-inserted in sorted order before serialising and N-Triples lines are
    sorted, so the output depends neither on load order nor on ``PYTHONHASHSEED``.

    Parameters
    ----------
    fmt : {'turtle', 'jsonld', 'nt', 'xml'}

    Raises
    ------
    OptionError
        ``fmt`` is not one of the formats above.

    Examples
    --------
    >>> from rdflib import URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/aijobs/role/x"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("X", lang="en")))
    >>> print(serialize(g, "nt").decode(), end="")
    <https://w3id.org/aijobs/role/x> <http://www.w3.org/2004/02/skos/core#prefLabel> "X"@en .
    """
    if fmt not in FORMATS:
        raise OptionError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    ordered = bind_prefixes(Graph())
    for triple in sorted(graph):
        ordered.add(triple)
    if fmt == "nt":
        lines = sorted(line for line in ordered.serialize(format="nt").splitlines() if line.strip())
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "jsonld":
        return _sorted_json(json.loads(ordered.serialize(format="json-ld", auto_compact=True))).encode("utf-8")
    if fmt == "xml":
        return _rdf_xml(ordered).encode("utf-8")
    return ordered.serialize(format=FORMATS[fmt][0]).encode("utf-8")


def _sorted_json(document) -> str:
    """Dump JSON-LD with sorted keys, ``@graph`` sorted by ``@id`` and value lists sorted."""

    def canon(value):
        if isinstance(value, dict):
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            return sorted(items, key=lambda v: (v.get("@id", "") if isinstance(v, dict) else "", json.dumps(v, sort_keys=True)))
        return value

    return json.dumps(canon(document), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _rdf_xml(graph: Graph) -> str:
    """Write RDF/XML with subjects and their statements in sorted order (rdflib's order varies)."""
    prefixes = sorted((str(ns), prefix) for prefix, ns in graph.namespaces() if prefix)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    lines += [f"   xmlns:{prefix}={quoteattr(ns)}" for ns, prefix in sorted(prefixes, key=lambda p: p[1])]
    lines[-1] += ">"

    def qname(iri):
        for ns, prefix in sorted(prefixes, key=lambda p: -len(p[0])):
            if iri.startswith(ns) and iri[len(ns):].replace("-", "").replace("_", "").isalnum():
                return f"{prefix}:{iri[len(ns):]}"
        raise OptionError(f"cannot write {iri} as an RDF/XML element: bind a prefix for its namespace")

    for subject in sorted(set(graph.subjects())):
        if isinstance(subject, BNode):
            raise OptionError("RDF/XML export does not support blank nodes")
        lines.append(f"  <rdf:Description rdf:about={quoteattr(str(subject))}>")
        for predicate, obj in sorted(graph.predicate_objects(subject)):
            tag = qname(str(predicate))
            if isinstance(obj, URIRef):
                lines.append(f"    <{tag} rdf:resource={quoteattr(str(obj))}/>")
            elif isinstance(obj, Literal):
                attr = f" xml:lang={quoteattr(obj.language)}" if obj.language else ""
                attr += f" rdf:datatype={quoteattr(str(obj.datatype))}" if obj.datatype else ""
                lines.append(f"    <{tag}{attr}>{escape(str(obj))}</{tag}>")
            else:
                raise OptionError("RDF/XML export does not support blank nodes")
        lines.append("  </rdf:Description>")
    lines.append("</rdf:RDF>")
    return "\n".join(lines) + "\n"


def write_atomic(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file, and an existing file is left intact
    when writing fails.

    Raises
    ------
    OutputError
        The folder does not exist or cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomic(target, b"hello").read_bytes()
    b'hello'
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    return path
