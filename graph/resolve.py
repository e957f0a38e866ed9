"""Find entities by the names people use: English or Indonesian, any case, accents or spacing."""

import difflib
import re
import unicodedata
from functools import lru_cache

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from .errors import AmbiguousNameError, UnknownNameError, WrongKindError
from .namespaces import AIJ, KINDS

_SKILL_CLASSES = (AIJ.Skill, AIJ.TechnicalSkill, AIJ.NonTechnicalSkill, AIJ.Knowledge)


def normalise(name: str) -> str:
    """Fold a name for matching: no accents, no case, punctuation as spaces, single spaces.

    Examples
    --------
    >>> normalise("  Analis   DATA ")
    'analis data'
    >>> normalise("Desain interaksi manusia–AI")
    'desain interaksi manusia ai'
    >>> normalise("Évaluateur & Auditor")
    'evaluateur auditor'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def kind_of(graph: Graph, iri: URIRef) -> str | None:
    """Return the CLI word for the kind of ``iri`` ('role', 'skill', ...), or None.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> kind_of(load_graph(), URIRef("https://w3id.org/aijobs/skill/statistics"))
    'skill'
    """
    types = set(graph.objects(iri, RDF.type))
    if types & set(_SKILL_CLASSES):
        return "skill"
    for word, cls in KINDS.items():
        if cls in types:
            return word
    return None


@lru_cache(maxsize=8)
def _index(graph: Graph) -> dict[str, set[URIRef]]:
    index: dict[str, set[URIRef]] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for subject, label in graph.subject_objects(prop):
            if kind_of(graph, subject):
                index.setdefault(normalise(str(label)), set()).add(subject)
    return index


def label(graph: Graph, iri: URIRef, lang: str = "en") -> str:
    """Return the preferred label of ``iri`` in ``lang``, falling back to English, then the IRI.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> g = load_graph()
    >>> label(g, URIRef("https://w3id.org/aijobs/role/data-analyst"), "id")
    'Analis Data'
    """
    labels = {l.language: str(l) for l in graph.objects(iri, SKOS.prefLabel)}
    return labels.get(lang) or labels.get("en") or str(iri).rsplit("/", 1)[-1]


def resolve(graph: Graph, name: str, kind: str | None = None) -> URIRef:
    """Return the one entity named ``name``, optionally of one ``kind``.

    Parameters
    ----------
    graph : rdflib.Graph
    name : str
        A preferred or alternative label in either language, or an IRI.
    kind : str, optional
        One of ``graph.namespaces.KINDS`` ('role', 'skill', 'sector', ...).

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
    >>> from graph.load import load_graph
    >>> g = load_graph()
    >>> resolve(g, "Analis Data") == resolve(g, "data analyst")
    True
    >>> resolve(g, "statistics", kind="role")
    Traceback (most recent call last):
    ...
    graph.errors.WrongKindError: 'statistics' is a skill, not a role.
    """
    if name.startswith(("http://", "https://")) and kind_of(graph, URIRef(name)):
        found = {URIRef(name)}
    else:
        found = _index(graph).get(normalise(name), set())
    if not found:
        raise UnknownNameError(name, suggest(graph, name, kind), kind or "entity")
    matching = {iri for iri in found if kind is None or kind_of(graph, iri) == kind}
    if not matching:
        raise WrongKindError(name, kind_of(graph, min(found)), kind)
    if len(matching) > 1:
        raise AmbiguousNameError(name, sorted(f"{label(graph, i)} ({kind_of(graph, i)})" for i in matching))
    return matching.pop()


def suggest(graph: Graph, name: str, kind: str | None = None, n: int = 3) -> list[str]:
    """Return up to ``n`` labels close to ``name`` (of ``kind``, if given), best first.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> suggest(load_graph(), "Data Analist", kind="role")[0]
    'Data Analyst'
    """
    index = _index(graph)
    keys = sorted(k for k, iris in index.items() if kind is None or any(kind_of(graph, i) == kind for i in iris))
    close = difflib.get_close_matches(normalise(name), keys, n=n * 3, cutoff=0.6)
    labels: list[str] = []
    for key in close:
        for iri in sorted(index[key]):
            text = label(graph, iri)
            if text not in labels and (kind is None or kind_of(graph, iri) == kind):
                labels.append(text)
    return labels[:n]
