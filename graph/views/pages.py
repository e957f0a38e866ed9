"""The pages of ``graph serve``, in English or Indonesian, rendered from the same dicts as ``--format json``.

Every page is a Jinja template (``templates/serve/``) with autoescaping on, so every label
from the data is escaped; the pages run no inline script: their one script and stylesheet
(``static/``) and vis-network (the copy pyvis bundles, as ``graph viz`` draws with it) are
files the server sends, which a strict Content-Security-Policy allows and nothing else.
Data a script needs travels in ``<script type="application/json">`` blocks, which never run.
"""

import json
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from . import messages, text
from .html import KIND_STYLE, RELATION_STYLE, layout_options

#: The page's own files and vis-network's, by the name they are served under.
STATIC = Path(__file__).parent / "static"
LANGS = ("en", "id")
#: How the path edges of a plan are drawn (as `graph viz` highlights a path).
PATH_STYLE = {"color": "#dc2626", "width": 4}
#: Words of the pages, in each language (kept with all the wording, in :mod:`graph.views.messages`).
WORDS = messages.PAGE_WORDS


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates" / "serve")), autoescape=True)
    env.filters["hours"] = text.hours
    env.filters["decimal"] = text.decimal
    env.filters["duration"] = text.duration
    env.filters["data"] = lambda value: json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True) \
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return env


def page(name: str, lang: str, **context) -> str:
    """Render the page template ``name`` in ``lang`` with ``context`` (dicts as ``--format json`` gives them).

    Examples
    --------
    >>> html = page("home.html", "id", query="", results=None, path="/")
    >>> "Pekerjaan yang tumbuh bersama AI" in html and 'lang="id"' in html
    True
    """
    words = WORDS[lang]
    script_words = {key: words[key] for key in ("remove", "resolved", "saved", "did_you_mean", "no_results",
                                                "no_skills", "kind")}
    return _environment().get_template(name).render(lang=lang, w=words, t=text.WORDS[lang], langs=LANGS,
                                                     script_words=script_words, **context)


def _node(iri: str, label: str, kind: str) -> dict:
    return {"id": iri, "label": label, "kind": kind, **KIND_STYLE[kind]}


def _edge(source: str, target: str, relation: str, **style) -> dict:
    return {"from": source, "to": target, "relation": relation, **RELATION_STYLE.get(relation, {}), **style}


def _links(G, iris, lang: str, nodes: dict, edges: list) -> None:
    """Add the sectors and concerns of the roles ``iris`` to a drawing."""
    labels = G.graph["labels"]
    for role in iris:
        for key, kind, relation in (("sectors", "sector", "in_sector"), ("concerns", "concern", "addresses")):
            for linked in G.nodes[role][key]:
                nodes.setdefault(linked, _node(linked, text_of(labels.get(linked, {}), lang, linked), kind))
                edges.append(_edge(role, linked, relation))


def text_of(labels: dict, lang: str, iri: str) -> str:
    """A label in ``lang``, else English, else the IRI's last segment (as :func:`graph.views.json.pick`)."""
    return labels.get(lang) or labels.get("en") or iri.rsplit("/", 1)[-1]


def neighbourhood(G, role: str, lang: str) -> dict:
    """A vis-network drawing of one role: its skills (line width = level, dashed = optional), the
    prerequisites among them, its sectors and concerns, styled as ``graph viz`` draws them.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> drawn = neighbourhood(G, "https://w3id.org/aijobs/role/ai-auditor", "en")
    >>> drawn["nodes"][0]["label"], sorted({n["kind"] for n in drawn["nodes"]})
    ('AI Auditor', ['concern', 'role', 'sector', 'skill'])
    """
    key = f"label_{lang}"
    nodes = {role: _node(role, G.nodes[role][key] or G.nodes[role]["label_en"], "role")}
    edges = []
    for _, skill, data in sorted(G.out_edges(role, data=True), key=lambda e: e[1]):
        if data.get("relation") == "requires":
            nodes[skill] = _node(skill, G.nodes[skill][key] or G.nodes[skill]["label_en"], "skill")
            edges.append(_edge(role, skill, "requires", width=0.5 + 0.75 * data["level"], dashes=not data["essential"]))
    for skill in sorted(set(nodes) - {role}):
        for _, before, data in sorted(G.out_edges(skill, data=True), key=lambda e: e[1]):
            if data.get("relation") == "prerequisite" and before in nodes:
                edges.append(_edge(skill, before, "prerequisite"))
    _links(G, [role], lang, nodes, edges)
    return {"nodes": list(nodes.values()), "edges": edges, "options": layout_options()}


def plan_drawing(G, shaped: dict, lang: str) -> dict:
    """A vis-network drawing of one path (a dict of :func:`graph.views.json.learning_path`): its roles
    joined by the path's moves, and the skills each move teaches.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.search import learning_path
    >>> from graph.views.json import learning_path as shape
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> found = learning_path(G, role + "data-analyst", role + "ai-auditor")[0]
    >>> [e["relation"] for e in plan_drawing(G, shape(G, found, "en"), "en")["edges"]][:2]
    ['path', 'path']
    """
    key = f"label_{lang}"
    iris = shaped["role_iris"]
    nodes = {iri: _node(iri, G.nodes[iri][key] or G.nodes[iri]["label_en"], "role") for iri in iris}
    offset = len(iris) - len(shaped["steps"])  # 1 from a role; 0 from a profile, where no role comes first
    edges = [_edge(a, b, "path", **PATH_STYLE) for a, b in zip(iris, iris[1:])]
    for number, step in enumerate(shaped["steps"]):
        target = iris[number + offset]
        for gain in step["skills"]:
            nodes.setdefault(gain["iri"], _node(gain["iri"], gain["label"], "skill"))
            edges.append(_edge(target, gain["iri"], "requires", width=0.5 + 0.75 * gain["level"]))
    return {"nodes": list(nodes.values()), "edges": edges, "options": layout_options()}


def profile_toml(profile: dict) -> str:
    """The TOML file ``graph path --me`` reads, for a profile (``{'skills': [{'name', 'level'}], 'roles': [...]}``).

    Names are written as TOML basic strings (JSON's escapes are TOML's for these).

    Examples
    --------
    >>> print(profile_toml({"skills": [{"name": "Statistik", "level": 4}], "roles": ["Analis Data"]}), end="")
    # A person's skills for `graph path --me FILE TO`: 1 Awareness, 2 Working, 3 Proficient, 4 Expert
    roles = ["Analis Data"]
    <BLANKLINE>
    [skills]
    "Statistik" = 4
    """
    quote = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    lines = ["# A person's skills for `graph path --me FILE TO`: 1 Awareness, 2 Working, 3 Proficient, 4 Expert"]
    if profile.get("roles"):
        lines += [f"roles = [{', '.join(quote(r) for r in profile['roles'])}]"]
    lines += ["", "[skills]"] + [f"{quote(s['name'])} = {int(s['level'])}" for s in profile["skills"]]
    return "\n".join(lines) + "\n"
