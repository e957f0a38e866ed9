"""Draw the graph as one self-contained HTML page that works offline (pyvis, vis-network).

The page shows roles, skills, sectors and concerns, each kind with its own colour and
shape, and the links between them. It has a legend, tooltips in both languages, a search
box, filters by kind, sector and concern, and a path finder: learning paths between every
pair of roles are computed here, with :func:`graph.model.search.learning_path`, and embedded as
data, so the page highlights exactly what ``graph path`` prints.

Everything the page needs (vis-network's JavaScript and CSS, the data, the page's own
script) is inlined: it opens from ``file://`` with no network. pyvis builds the nodes and
edges and supplies vis-network (the copy it bundles); the page template is ours
(``templates/viz.html``), because pyvis's own template loads Bootstrap from a CDN even in
its ``in_line`` mode. A Content-Security-Policy lets only the page's own scripts run (by
hash) and forbids every fetch. The same input gives the same bytes, and vis-network's
layout seed is fixed, so the drawing is the same too.

Rendering never mutates its input: pyvis's ``Network.from_nx`` rewrites the graph it is
given, so the nodes and edges are added one by one from a new graph built here.
"""

import base64
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from ..store.entities import texts
from ..errors import NoPathError, OptionError, ViewTooLarge
from ..store.rdf import AIJ
from ..model.effort import DEFAULT_MAX_STEP
from ..model.search import learning_path
from ..model.projection import roles
from ..store.names import kind_of
from . import messages, text
from .json import pick

#: A browser lays out about this many nodes comfortably: in headless Chromium on a 2-core machine
#: the bundled 99 nodes settle in about 1 s and 510 nodes took 3 to 4 s. A larger graph must be
#: drawn as a focused view (``around``, ``path``, ``sector``, ``concern``).
MAX_NODES = 400
#: The path finder embeds a path for every ordered pair of roles in view, so its cost grows
#: with the square of the roles: above this many it is left out (a ``path`` is still shown).
MAX_PATH_ROLES = 60
#: vis-network's layout seed: the same page always settles into the same drawing.
LAYOUT_SEED = 7
#: The kinds drawn, with their vis-network shape, colour and size.
KIND_STYLE = {
    "role": {"shape": "dot", "color": "#2563eb", "size": 18},
    "skill": {"shape": "diamond", "color": "#f59e0b", "size": 11},
    "sector": {"shape": "square", "color": "#16a34a", "size": 20},
    "concern": {"shape": "triangle", "color": "#db2777", "size": 15},
}
#: The relations drawn, with their vis-network edge style.
RELATION_STYLE = {
    "requires": {"color": "#94a3b8"},
    "prerequisite": {"color": "#d97706", "dashes": [2, 4]},
    "in_sector": {"color": "#16a34a", "dashes": [8, 4]},
    "part_of": {"color": "#16a34a", "width": 3},
    "addresses": {"color": "#db2777", "dashes": [3, 3]},
    "exactMatch": {"color": "#7c3aed", "width": 2},
    "closeMatch": {"color": "#7c3aed", "dashes": [6, 3]},
    "matches": {"color": "#0891b2", "dashes": [6, 3]},
}
#: Relations only some data has (two aligned roles, e.g. a bundled role and its O*NET occupation):
#: the legend shows them only when the view draws one.
_OPTIONAL_RELATIONS = ("exactMatch", "closeMatch", "matches")
_CLASSES = {"sector": AIJ.Sector, "concern": AIJ.Concern}

#: Words of the page, in each language (kept with all the wording, in :mod:`graph.views.messages`).
WORDS = messages.DRAWING_WORDS


@dataclass(frozen=True)
class View:
    """What a page draws: nodes (IRI -> kind) and edges of :func:`drawing`, and the learning paths it embeds.

    ``paths`` maps ``(source, target)`` role pairs to a :class:`graph.model.search.LearningPath`
    or, when there is none, to the reason as a string. ``focus`` records the options that
    chose the view; ``path`` is the pair to highlight when the page opens.
    """

    nodes: dict[str, str]
    edges: tuple[tuple[str, str, dict], ...]
    paths: dict = field(repr=False)
    focus: dict
    path: tuple[str, str] | None = None
    finder: bool = True


def drawing(graph: Graph, G: nx.DiGraph) -> nx.DiGraph:
    """Return a new graph of everything a page can draw, built from ``G`` and ``graph``.

    Nodes are the projection's roles and skills plus every sector and concern, each with
    ``kind``; edges carry ``relation``: ``requires`` (with ``level`` and ``essential``),
    ``prerequisite``, ``in_sector``, ``part_of`` (a sector inside a broader one) and
    ``addresses`` (a role or skill addressing a concern). ``G`` is only read.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> g = load_graph()
    >>> D = drawing(g, project(g))
    >>> sorted({kind for _, kind in D.nodes(data="kind")})
    ['concern', 'role', 'sector', 'skill']
    >>> D.edges["https://w3id.org/aijobs/sector/ai-development", "https://w3id.org/aijobs/sector/private"]
    {'relation': 'part_of'}
    """
    D = nx.DiGraph()
    for node, kind in sorted(G.nodes(data="kind")):
        D.add_node(node, kind=kind)
    for kind, cls in _CLASSES.items():
        for iri in sorted(graph.subjects(RDF.type, cls)):
            D.add_node(str(iri), kind=kind)
    for u, v, data in sorted(G.edges(data=True), key=lambda e: e[:2]):
        D.add_edge(u, v, **{k: data[k] for k in ("relation", "level", "essential") if k in data})
    links = ((AIJ.inSector, "in_sector", "sector"), (AIJ.addressesConcern, "addresses", "concern"),
             (SKOS.broader, "part_of", "sector"))
    for prop, relation, kind in links:
        for subject, obj in sorted(graph.subject_objects(prop)):
            if D.nodes.get(str(subject), {}).get("kind") in ("role", "skill", kind) and \
                    D.nodes.get(str(obj), {}).get("kind") == kind:
                D.add_edge(str(subject), str(obj), relation=relation)
    return D


def _linked(D: nx.DiGraph, G: nx.DiGraph, members) -> set[str]:
    """``members`` (roles) with their skills, concerns and sectors (broader sectors included)."""
    found = set(members)
    for role in members:
        found |= set(D.succ[role]) | set(G.nodes[role]["sectors"])
    return found


def select(graph: Graph, G: nx.DiGraph, *, around: str | None = None, depth: int = 1, sector: str | None = None,
           concern: str | None = None, path: tuple[str, str] | None = None, max_nodes: int = MAX_NODES) -> View:
    """Choose what a page draws, and compute the learning paths it embeds.

    With no option, everything. ``sector`` and ``concern`` keep the roles in that sector
    (narrower sectors included) and addressing that concern, with the skills, sectors and
    concerns those roles link to. ``around`` keeps the nodes within ``depth`` links of one
    node, whatever the direction. Options combine: the view is what they all keep. ``path``
    (two role IRIs) marks a learning path to highlight on opening; its roles are always
    drawn, and when it is the only option and the whole graph is too big, the view is the
    path's roles with their links.

    Parameters
    ----------
    graph : rdflib.Graph
    G : networkx.DiGraph
        ``graph.model.projection.project(graph)``; only read.
    around, sector, concern : str, optional
        IRIs (``around``: a role, skill, sector or concern).
    depth : int
        How many links from ``around``.
    path : tuple of str, optional
        ``(from, to)`` role IRIs.
    max_nodes : int
        A view with more nodes is refused (:data:`MAX_NODES`).

    Raises
    ------
    OptionError
        The view has more than ``max_nodes`` nodes (the message names the focus options),
        ``around`` is not drawn, or ``depth < 1``.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> g = load_graph()
    >>> G = project(g)
    >>> view = select(g, G, sector="https://w3id.org/aijobs/sector/government")
    >>> "https://w3id.org/aijobs/role/copywriter" in view.nodes
    False
    >>> role = "https://w3id.org/aijobs/role/"
    >>> view.paths[role + "data-analyst", role + "technology-auditor"].roles
    ('https://w3id.org/aijobs/role/data-analyst', 'https://w3id.org/aijobs/role/technology-auditor')
    """
    if depth < 1:
        raise OptionError("depth_at_least_one", depth=depth)
    D = drawing(graph, G)
    if around is not None and around not in D:
        labels = texts(graph, URIRef(around))
        raise OptionError("not_drawn", name={lang: pick(labels, lang, around) for lang in WORDS},
                          kind=kind_of(graph, URIRef(around)) or "thing")
    keep = set(D)
    if sector is not None or concern is not None:
        matching = [r for r in roles(G) if (sector is None or sector in G.nodes[r]["sectors"])
                    and (concern is None or concern in G.nodes[r]["concerns"])]
        keep = _linked(D, G, matching) | {sector, concern} - {None} if matching else set()
    if around is not None:
        keep &= set(nx.ego_graph(D.to_undirected(as_view=True), around, radius=depth))
    first = None
    if path is not None:
        try:
            first = learning_path(G, *path, max_step=DEFAULT_MAX_STEP, sector=sector)[0]
        except NoPathError as err:
            first = err
        on_path = set(path) | (set() if isinstance(first, NoPathError) else set(first.roles))
        if around is None and sector is None and concern is None and len(D) > max_nodes:
            keep = _linked(D, G, on_path)
        keep |= on_path
    if len(keep) > max_nodes:
        raise ViewTooLarge(len(keep), max_nodes, focused=any(option is not None for option in (around, sector, concern, path)))
    nodes = {node: D.nodes[node]["kind"] for node in sorted(keep)}
    members = [n for n, kind in nodes.items() if kind == "role"]
    finder = len(members) <= MAX_PATH_ROLES
    pairs = [(a, b) for a in members for b in members if a != b] if finder else []
    paths = {}
    for pair in pairs:
        try:
            paths[pair] = learning_path(G, *pair, max_step=DEFAULT_MAX_STEP, sector=sector)[0]
        except NoPathError as err:
            paths[pair] = err
    if path is not None and path[0] != path[1]:
        paths[path] = first
    edges = tuple(sorted((u, v, dict(data)) for u, v, data in D.subgraph(nodes).edges(data=True)))
    focus = {"around": around, "depth": depth if around else None, "sector": sector, "concern": concern}
    return View(nodes, edges, paths, focus, path, finder)


def no_path_reason(G: nx.DiGraph, err: NoPathError, lang: str) -> str:
    """Why a pair has no path, as :func:`graph.views.text.no_path` says it, in ``lang``."""
    labels = {r: G.nodes[r][f"label_{lang}"] for r in (err.source, err.target, err.via, *(err.closest or ())[:1])
              if r is not None}
    return text.no_path(err, labels, lang)


def render(graph: Graph, G: nx.DiGraph, view: View | None = None, *, lang: str = "en") -> str:
    """Return the HTML page drawing ``view`` (default: the whole graph) in ``lang``.

    Parameters
    ----------
    graph : rdflib.Graph
    G : networkx.DiGraph
        ``graph.model.projection.project(graph)``; only read.
    view : View, optional
        From :func:`select`.
    lang : {'en', 'id'}
        Language of node labels, definitions and the page; tooltips show both labels.

    Returns
    -------
    str
        One self-contained HTML document, identical for identical input.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> g = load_graph()
    >>> G = project(g)
    >>> page = render(g, G, select(g, G, around="https://w3id.org/aijobs/skill/statistics"), lang="id")
    >>> page.startswith("<!DOCTYPE html>") and "Pekerjaan yang tumbuh bersama AI" in page
    True
    >>> "https://cdn" in page
    False
    """
    if lang not in WORDS:
        raise OptionError("unknown_language", lang=lang, choices=list(WORDS))
    view = view if view is not None else select(graph, G)
    words = WORDS[lang]
    net = Network(directed=True)
    for node, kind in view.nodes.items():
        iri, extra = URIRef(node), {}
        if kind == "role":
            extra = {"sectors": list(G.nodes[node]["sectors"]), "concerns": list(G.nodes[node]["concerns"])}
        elif kind == "skill":
            extra = {"effort": G.nodes[node]["effort_hours"]}
        net.add_node(node, label=pick(texts(graph, iri), lang, node), kind=kind,
                     definition=pick(texts(graph, iri, SKOS.definition), lang), **KIND_STYLE[kind], **extra)
    for u, v, data in view.edges:
        relation = data["relation"]
        style = dict(RELATION_STYLE[relation])
        if relation == "requires":
            style.update(width=0.5 + 0.75 * data["level"], dashes=not data["essential"],
                         title=words["requires_edge"].format(level=data["level"],
                                                             need=words["essential" if data["essential"] else "optional"]))
        else:
            style["title"] = words[f"{relation}_edge"]
        net.add_edge(u, v, id=f"e{len(net.edges)}", relation=relation, **style)
    data = {
        "lang": lang, "words": words, "nodes": net.nodes, "edges": net.edges, "options": layout_options(),
        "names": _names(graph, view), "focus": view.focus, "initial": list(view.path) if view.path else None,
        "paths": {}, "max_step": DEFAULT_MAX_STEP, "finder": view.finder, "max_path_roles": MAX_PATH_ROLES,
        "sectors": sorted(str(s) for s in graph.subjects(RDF.type, AIJ.Sector)),
        "concerns": sorted(str(c) for c in graph.subjects(RDF.type, AIJ.Concern)),
    }
    for (a, b), found in sorted(view.paths.items()):
        if isinstance(found, NoPathError):
            data["paths"][f"{a} {b}"] = {"none": no_path_reason(G, found, lang)}
            continue
        data["paths"][f"{a} {b}"] = {
            "roles": list(found.roles), "effort": found.total_effort, "direct": found.direct.effort,
            "detour": found.detour, "steps": [{"effort": step.effort,
                       "skills": [[g.skill, g.from_level, g.level, g.effort, g.reason] for g in step.gains]}
                      for step in found.steps]}
    drawn = {data["relation"] for _, _, data in view.edges}
    relations = {name: style for name, style in RELATION_STYLE.items() if name not in _OPTIONAL_RELATIONS or name in drawn}
    page = _template().render(data=data, words=words, lang=lang, kinds=KIND_STYLE, relations=relations)
    return _seal(page + "\n")


def _names(graph: Graph, view: View) -> dict:
    """Labels in both languages of every IRI the page mentions."""
    mentioned = set(view.nodes) | {str(s) for cls in _CLASSES.values() for s in graph.subjects(RDF.type, cls)}
    for found in view.paths.values():
        if not isinstance(found, NoPathError):
            mentioned |= set(found.roles) | {g.skill for step in found.steps for g in step.gains}
    return {iri: [pick(texts(graph, URIRef(iri)), lang, iri) for lang in ("en", "id")]
            for iri in sorted(mentioned)}


def layout_options() -> dict:
    """vis-network options: a fixed seed, and physics that settles once (the page then turns it off).

    Every drawing uses them: the page of ``graph viz`` and the drawings of ``graph serve``
    (:mod:`graph.views.pages`), so that the same nodes settle in the same places.
    vis-network's "improved layout" (a Kamada-Kawai start) is left out: for the bundled
    graph it took longer than the settling itself (0.4 to 0.6 s in headless Chromium).
    ``scripts/bench_viz.py`` compares these options with vis-network's defaults.

    Examples
    --------
    >>> options = layout_options()
    >>> options["layout"] == {"randomSeed": LAYOUT_SEED, "improvedLayout": False}
    True
    >>> options == layout_options() and options is not layout_options()  # a fresh dict each time
    True
    """
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 110, "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": False},
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "font": {"size": 10}},
    }


def _seal(page: str) -> str:
    """Fill in the page's Content-Security-Policy: only its own scripts run (by hash), nothing is fetched.

    Inline event handlers (``onerror=...``) never run under it, whatever a label holds.
    """
    digests = (hashlib.sha256(script.encode("utf-8")).digest() for script in re.findall(r"<script>(.*?)</script>", page, re.S))
    return page.replace("'script-hashes'", " ".join(f"'sha256-{base64.b64encode(d).decode()}'" for d in digests), 1)


def _template():
    """Our page template; ``lib/`` (vis-network's JS and CSS) comes from pyvis's own templates."""
    loader = FileSystemLoader([str(Path(__file__).parent / "templates"), str(Path(pyvis.__file__).parent / "templates")])
    return Environment(loader=loader, autoescape=True, keep_trailing_newline=False).get_template("viz.html")
