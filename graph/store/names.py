"""Find the entities of an rdflib graph by the names people use (see :class:`graph.model.names.NameIndex`)."""

from rdflib import RDF, Graph, URIRef

from ..model.names import NameIndex, category
from ..model.projection import facts_from_graph, kind_word


def kind_of(graph: Graph, iri: URIRef) -> str | None:
    """Return the CLI word for the kind of ``iri`` ('role', 'skill', ...), or None.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> kind_of(load_graph(), URIRef("https://w3id.org/aijobs/skill/statistics"))
    'skill'
    """
    return kind_word({str(t) for t in graph.objects(iri, RDF.type)})


def category_of(graph: Graph, iri: URIRef) -> str | None:
    """Return :func:`category` of ``iri`` in an rdflib graph.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> category_of(load_graph(), URIRef("https://w3id.org/aijobs/skill/law"))
    'knowledge'
    """
    types = {str(t) for t in graph.objects(iri, RDF.type)}
    return category(kind_word(types), types)


def name_index(graph: Graph) -> NameIndex:
    """Return the :class:`NameIndex` of an rdflib graph, as it is now.

    Commands use the index stored with a dataset's fast forms; this builds one from the
    graph itself, so a notebook that adds a role and then looks it up finds it.

    Examples
    --------
    >>> from rdflib import Literal
    >>> from rdflib.namespace import SKOS
    >>> from graph.store.turtle import load_graph
    >>> from graph.store.rdf import AIJ
    >>> g = load_graph()
    >>> role = URIRef("https://w3id.org/aijobs/role/prompt-auditor")
    >>> _ = g.add((role, RDF.type, AIJ.Role)).add((role, SKOS.prefLabel, Literal("Prompt Auditor", lang="en")))
    >>> str(resolve(g, "prompt auditor"))
    'https://w3id.org/aijobs/role/prompt-auditor'
    """
    return NameIndex.from_facts(facts_from_graph(graph))


def resolve(graph: Graph, name: str, kind: str | None = None) -> URIRef:
    """Return the one entity named ``name``, optionally of one ``kind``.

    Parameters
    ----------
    graph : rdflib.Graph
    name : str
        A preferred or alternative label in either language, or an IRI.
    kind : str, optional
        One of ``graph.model.vocabulary.KINDS`` ('role', 'skill', 'sector', ...).

    Raises
    ------
    UnknownNameError
        Nothing has this name; the error carries close suggestions.
    WrongKindError
        The name belongs to an entity of another kind.
    AmbiguousNameError
        Several entities of the asked kind share the name.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> resolve(g, "Analis Data") == resolve(g, "data analyst")
    True
    >>> resolve(g, "statistics", kind="role")
    Traceback (most recent call last):
    ...
    graph.errors.WrongKindError: wrong_kind(name='statistics', found='skill', wanted='role')
    """
    return URIRef(name_index(graph).resolve(name, kind))


def suggest(graph: Graph, name: str, kind: str | None = None, n: int = 3) -> list[str]:
    """Return up to ``n`` labels close to ``name`` (of ``kind``, if given), best first.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> suggest(load_graph(), "Data Analist", kind="role")[0]
    'Data Analyst'
    """
    return name_index(graph).suggest(name, kind, n)
