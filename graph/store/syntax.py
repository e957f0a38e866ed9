"""RDF syntaxes, read and written by pyoxigraph: the one engine behind every file the project parses or writes.

Every file (Turtle, N-Triples) is parsed here, which checks IRIs and syntax and reports the
line and column of a mistake. Every export is written here from the statements in sorted,
canonical N-Triples order, so the output depends only on the data, whether it came from the
hand-edited Turtle files, an import or a SPARQL server, and binds exactly the prefixes it
uses. This module needs no rdflib; :mod:`graph.store.rdf` fills rdflib graphs from it.
"""

import json
import re
from pathlib import Path

import pyoxigraph as ox

from ..errors import DataError
from ..model import vocabulary

#: Syntaxes a graph can be written in: name -> (pyoxigraph format, file extension).
SYNTAXES = {
    "turtle": (ox.RdfFormat.TURTLE, "ttl"),
    "jsonld": (ox.RdfFormat.JSON_LD, "jsonld"),
    "nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    "xml": (ox.RdfFormat.RDF_XML, "rdf"),
}
_TYPE_TERM = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_STRING = b"<http://www.w3.org/2001/XMLSchema#string>"  # the datatype of a literal written with none


def parse(source: Path, data: bytes | None = None, *, fmt=ox.RdfFormat.TURTLE, prefixes: dict | None = None):
    """Yield the statements (pyoxigraph quads) of an RDF file, or of ``data`` read from it.

    Once all are read, ``prefixes`` (if given) holds the prefixes the file declares.

    Raises
    ------
    DataError
        The file cannot be read or is not valid RDF; the message names the file, line and column.

    Examples
    --------
    >>> list(parse(Path("x.nt"), b"<https://e.org/a> <https://e.org/b> <c d> .", fmt=ox.RdfFormat.N_TRIPLES))
    Traceback (most recent call last):
    ...
    graph.errors.DataError: bad_syntax(where='x.nt:1:37', syntax='N-Triples', why="Invalid IRI code point ' '")
    """
    try:
        if data is None:
            data = source.read_bytes()
        parser = ox.parse(input=data, format=fmt, base_iri=source.resolve().as_uri())
        yield from parser
        if prefixes is not None:
            prefixes.update(parser.prefixes)
    except OSError as err:
        raise DataError("cannot_read", path=source, reason=err) from err
    except SyntaxError as err:
        why = re.sub(r" \(line \d+\)$", "", re.sub(r"^Parser error at [^:]*: ", "", str(err.msg)))
        raise DataError("bad_syntax", where=f"{source}:{err.lineno}:{err.offset}", syntax=fmt.name, why=why) from err


def canonical(quads) -> list[bytes]:
    """Return pyoxigraph statements as sorted, distinct N-Triples lines (what :func:`write` takes).

    Examples
    --------
    >>> data = b'<https://e.org/b> <https://e.org/p> "x" .\\n<https://e.org/a> <https://e.org/p> "2" .\\n'
    >>> for line in canonical(parse(Path("x.nt"), data, fmt=ox.RdfFormat.N_TRIPLES)): print(line.decode(), end="")
    <https://e.org/a> <https://e.org/p> "2" .
    <https://e.org/b> <https://e.org/p> "x" .
    """
    return sorted({f"{quad.triple} .\n".encode() for quad in quads})


def write(ntriples: list[bytes], syntax: str) -> bytes:
    """Serialise sorted N-Triples lines in ``syntax`` (a key of :data:`SYNTAXES`), binding only the prefixes used.

    The statements come in sorted order, so the output is the same for the same data.

    Examples
    --------
    >>> data = [b'<https://w3id.org/aijobs/role/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "A"@en .\\n']
    >>> print(write(data, "turtle").decode(), end="")
    @prefix role: <https://w3id.org/aijobs/role/> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    role:a skos:prefLabel "A"@en .
    """
    if syntax == "nt":
        return b"".join(ntriples)
    statements = ox.parse(input=b"".join(ntriples), format=ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(statements, format=SYNTAXES[syntax][0], prefixes=_used_prefixes(ntriples, syntax))
    if syntax == "turtle":  # prefixes first, in name order, whatever order the writer chose
        head, body = [], []
        for line in text.decode("utf-8").splitlines(keepends=True):
            (head if line.startswith("@prefix ") and not body else body).append(line)
        return "".join(sorted(head) + body).encode("utf-8")
    if syntax == "jsonld":
        return (json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    return text


def _used_prefixes(ntriples: list[bytes], syntax: str) -> dict[str, str]:
    """The project prefixes whose namespace abbreviates at least one IRI ``syntax`` writes (Turtle writes rdf:type as ``a``).

    Read from the sorted canonical N-Triples lines themselves (``S P O .\\n``: an IRI stands in
    angle brackets, a typed literal's datatype after its last ``^^``, and a literal with
    neither a datatype nor a language is an ``xsd:string``), without making an object of each
    statement.

    Examples
    --------
    >>> lines = [b'<https://w3id.org/aijobs/role/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...          b'<https://w3id.org/aijobs/ontology#Role> .\\n', b'_:b <https://e.org/p> "x <y>"@en .\\n']
    >>> sorted(_used_prefixes(lines, "turtle")), sorted(_used_prefixes(lines, "xml"))
    (['aij', 'role'], ['aij', 'rdf', 'role'])
    """
    spaces = sorted(((ns.encode(), prefix, ns) for prefix, ns in vocabulary.PREFIXES.items()), key=lambda p: -len(p[0]))
    terms, last = set(), None  # IRIs in angle brackets (and blank nodes, which match no namespace)
    for line in ntriples:
        subject, predicate, obj = line.split(b" ", 2)
        if subject != last:  # the lines are sorted: a subject's statements come together
            terms.add(subject)
            last = subject
        if syntax != "turtle" or predicate != _TYPE_TERM:
            terms.add(predicate)
        obj = obj[:-3]  # without " .\n"
        if not obj.startswith(b'"'):
            terms.add(obj)
        elif obj.endswith(b">"):
            terms.add(obj[obj.rindex(b"^^<") + 2:])
        elif obj.endswith(b'"'):
            terms.add(_STRING)
    found: dict[str, str] = {}
    for term in terms:
        iri = term[1:-1]
        for space, prefix, namespace in spaces:
            if iri.startswith(space) and len(iri) > len(space):
                found[prefix] = namespace
                break
    return dict(sorted(found.items()))
