"""rdflib graphs, where the design needs rdflib's API (SHACL, SPARQL, the entity views), filled by pyoxigraph.

The vocabulary as rdflib terms, the project's prefixes, and the two conversions between
pyoxigraph's statements (:mod:`graph.store.syntax` parses and writes every file) and
rdflib graphs. Importing this module loads rdflib; commands answered from the fast forms
never do.
"""

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from ..errors import DataError
from ..model import vocabulary

#: The ontology's terms as rdflib IRIs; a misspelt term raises ``AttributeError`` instead of minting one.
AIJ = type(DefinedNamespace)("AIJ", (DefinedNamespace,), {
    "__doc__": "Classes and properties of the AI-era jobs ontology (``ontology/aijobs.ttl``).",
    "_NS": Namespace(vocabulary.PREFIXES["aij"]), "_fail": True,
    "__annotations__": {name: URIRef for name in vocabulary.TERMS}})
#: Prefix -> namespace, bound on every graph the project loads or writes.
PREFIXES = {prefix: Namespace(iri) for prefix, iri in vocabulary.PREFIXES.items()}
SCHEMA, ESCO = PREFIXES["schema"], PREFIXES["esco"]
#: Entity kinds a user can name, as (CLI word, class).
KINDS = {word: URIRef(iri) for word, iri in vocabulary.KINDS.items()}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every project prefix on ``graph`` (replacing rdflib's defaults) and return it.

    Examples
    --------
    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["skos"]
    rdflib.term.URIRef('http://www.w3.org/2004/02/skos/core#')
    >>> AIJ.Role
    rdflib.term.URIRef('https://w3id.org/aijobs/ontology#Role')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def term(node):
    """The rdflib term of a pyoxigraph term (plain literals stay plain)."""
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    if node.datatype.value == _XSD_STRING:
        return Literal(node.value)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def add(graph: Graph, quads) -> Graph:
    """Add pyoxigraph statements to an rdflib graph, sharing equal terms; return the graph."""
    made: dict = {}
    for quad in quads:
        graph.add(tuple(made[t] if t in made else made.setdefault(t, term(t))
                        for t in (quad.subject, quad.predicate, quad.object)))
    return graph


def _node(value):
    if isinstance(value, URIRef):
        return ox.NamedNode(value)
    if isinstance(value, BNode):
        return ox.BlankNode(value)
    if value.language:
        return ox.Literal(value, language=value.language)
    return ox.Literal(value, datatype=ox.NamedNode(value.datatype or _XSD_STRING))


def lines(graph: Graph) -> list[bytes]:
    """Return the statements of an rdflib graph as sorted, distinct N-Triples lines.

    Examples
    --------
    >>> g = Graph().add((URIRef("https://e.org/b"), URIRef("https://e.org/p"), Literal("x")))
    >>> _ = g.add((URIRef("https://e.org/a"), URIRef("https://e.org/p"), Literal(2)))
    >>> for line in lines(g): print(line.decode(), end="")
    <https://e.org/a> <https://e.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
    <https://e.org/b> <https://e.org/p> "x" .
    """
    try:
        return sorted({f"{ox.Triple(*map(_node, triple))} .\n".encode() for triple in graph})
    except ValueError as err:  # a term rdflib holds but RDF does not allow, such as a malformed language tag
        raise DataError("invalid_term", error=str(err)) from err


