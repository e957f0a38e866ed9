"""Project the RDF graph into NetworkX: a pure function of the RDF, frozen so nobody mutates it."""

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from .entities import text_in
from .namespaces import AIJ
from .resolve import kind_of


def project(graph: Graph) -> nx.DiGraph:
    """Return the role–skill view of ``graph`` as a frozen ``networkx.DiGraph``.

    Nodes are IRIs (strings). Role nodes carry ``kind='role'``, ``label_en``, ``label_id``,
    ``sectors`` (their sectors and every broader one), ``concerns`` and ``families``; skill
    nodes carry ``kind='skill'``, the labels and ``effort_hours``. Edges are
    ``role -> skill`` with ``relation='requires'``, ``level`` and ``essential``, and
    ``skill -> prerequisite skill`` with ``relation='prerequisite'``. The graph attribute
    ``effort_factor`` maps each proficiency level to its effort factor, and ``labels``
    maps each sector, concern and family IRI to ``{'en': ..., 'id': ...}``.

    The result is frozen (:func:`networkx.freeze`): renderers and algorithms only read it.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> G = project(load_graph())
    >>> G.nodes["https://w3id.org/aijobs/role/data-analyst"]["label_id"]
    'Analis Data'
    >>> G.graph["effort_factor"]
    {1: 1, 2: 2, 3: 3, 4: 4}
    >>> nx.is_frozen(G)
    True
    """
    G = nx.DiGraph()
    G.graph["effort_factor"] = {
        int(graph.value(level, AIJ.levelValue)): int(graph.value(level, AIJ.effortFactor))
        for level in sorted(graph.subjects(RDF.type, AIJ.ProficiencyLevel))
    }
    skills = sorted(s for s in set(graph.subjects(AIJ.effortHours, None)) if kind_of(graph, s) == "skill")
    for skill in skills:
        G.add_node(str(skill), kind="skill", effort_hours=float(graph.value(skill, AIJ.effortHours)),
                   **_labels(graph, skill))
    broader = {}
    for role in sorted(graph.subjects(RDF.type, AIJ.Role)):
        sectors = set()
        for sector in graph.objects(role, AIJ.inSector):
            sectors |= broader.setdefault(sector, _broader_sectors(graph, sector))
        G.add_node(str(role), kind="role", sectors=tuple(sorted(map(str, sectors))),
                   concerns=tuple(sorted(map(str, graph.objects(role, AIJ.addressesConcern)))),
                   families=tuple(sorted(map(str, graph.objects(role, AIJ.inFamily)))),
                   **_labels(graph, role))
    linked = {iri for _, data in G.nodes(data=True) if data["kind"] == "role"
              for key in ("sectors", "concerns", "families") for iri in data[key]}
    G.graph["labels"] = {iri: {lang: text_in(graph, URIRef(iri), SKOS.prefLabel, lang) for lang in ("en", "id")}
                         for iri in sorted(linked)}
    requirements = []
    for req in graph.subjects(RDF.type, AIJ.SkillRequirement):
        role, skill = graph.value(req, AIJ.ofRole), graph.value(req, AIJ.requiresSkill)
        requirements.append((str(role), str(skill), int(graph.value(req, AIJ.level)),
                             bool(graph.value(req, AIJ.essential).toPython())))
    for role, skill, level, essential in sorted(requirements):
        G.add_edge(role, skill, relation="requires", level=level, essential=essential)
    for skill in skills:
        for prerequisite in sorted(graph.objects(skill, AIJ.prerequisite)):
            G.add_edge(str(skill), str(prerequisite), relation="prerequisite")
    return nx.freeze(G)


def _labels(graph: Graph, iri) -> dict:
    return {"label_en": text_in(graph, iri, SKOS.prefLabel, "en"), "label_id": text_in(graph, iri, SKOS.prefLabel, "id")}


def _broader_sectors(graph: Graph, sector) -> set:
    """``sector`` and every sector above it."""
    found, todo = set(), [sector]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(graph.objects(current, SKOS.broader))
    return found


def roles(G: nx.DiGraph) -> list[str]:
    """Return the role nodes of a projection, sorted.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> len(roles(project(load_graph())))
    27
    """
    return sorted(n for n, kind in G.nodes(data="kind") if kind == "role")


def profile(G: nx.DiGraph, role: str, *, essential_only: bool = False) -> dict[str, int]:
    """Return ``{skill: level}`` for the skills ``role`` requires (only essential ones if asked)."""
    return {
        skill: data["level"]
        for skill, data in G.succ[role].items()
        if data["relation"] == "requires" and (data["essential"] or not essential_only)
    }
