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

from . import text
from .html import KIND_STYLE, RELATION_STYLE, layout_options

#: The page's own files and vis-network's, by the name they are served under.
STATIC = Path(__file__).parent / "static"
LANGS = ("en", "id")
#: How the path edges of a plan are drawn (as `graph viz` highlights a path).
PATH_STYLE = {"color": "#dc2626", "width": 4}

WORDS = {
    "en": {
        "title": "Jobs that grow with AI", "home": "Search", "planner": "Plan a path", "me": "My skills",
        "search": "Find a role or skill, in English or Indonesian", "search_button": "Find",
        "results": "{n} found for “{q}”", "no_results": "Nothing is named like “{q}”.",
        "kind": {"role": "role", "skill": "skill", "knowledge": "knowledge area", "technology": "technology",
                 "sector": "sector", "concern": "concern", "family": "role family", "usecase": "use case",
                 "route": "training route", "organization": "organisation"},
        "definition": "Definition", "requirements": "Requirements", "needed_by": "Needed by",
        "skill": "Skill", "level": "Level", "need": "Need", "mark": "Source",
        "curated_mark": "curated", "article_mark": "from the articles", "imported_mark": "imported",
        "next": "Where this role leads", "role": "Role", "relatedness": "Relatedness", "effort": "Effort",
        "fits": "fits the budget", "over": "over the budget", "builds_on": "builds on", "to_learn": "to learn",
        "plan_from": "Plan a path from here", "plan_to": "Plan a path to here",
        "graph": "Neighbourhood", "plan_graph": "The plan, drawn",
        "from": "From a role", "from_me": "From my skills", "to": "To role",
        "max_step": "Per-move budget (hours)", "hours_per_week": "Study hours per week", "plan_button": "Plan",
        "have": "Skills held (name=level, comma-separated)", "no_skills": "No skills saved yet: add them under My skills.",
        "steps": "Steps", "learn": "Learn, in this order", "direct": "Direct move", "direct_over":
        "{h}, more than the per-move budget", "direct_fits": "{h}, within the per-move budget",
        "detour": "This plan costs {r}× the direct move.", "total": "Total", "weeks": "Weeks",
        "about": "about {w} weeks at {h} a week",
        "me_intro": "Your skills stay in this browser (its local storage) and are sent only to this server, "
                    "to find their names and plan your paths.",
        "add": "Add a skill", "remove": "Remove", "check": "Check names", "export": "Download as TOML (for --me)",
        "plan_me": "Plan from these skills", "resolved": "Recognised", "saved": "Saved in this browser.",
        "error": "Something is wrong", "did_you_mean": "Did you mean", "language": "Bahasa Indonesia",
        "new_concerns": "New concerns", "new_sectors": "New sectors", "prerequisite": "prerequisite",
        "essential": "essential", "optional": "optional", "nothing": "nothing new to learn",
        "alt": "Also called", "evidence": "Evidence", "curated": "Curated", "matches": "Matches",
        "effort_unit": "Effort per level unit", "code": "Code", "source": "Source", "namesakes": "Also named so",
        "profile": "your profile", "details": "Details",
    },
    "id": {
        "title": "Pekerjaan yang tumbuh bersama AI", "home": "Cari", "planner": "Rencanakan jalur",
        "me": "Keterampilan saya",
        "search": "Cari peran atau keterampilan, dalam bahasa Indonesia atau Inggris", "search_button": "Cari",
        "results": "{n} ditemukan untuk “{q}”", "no_results": "Tidak ada yang bernama seperti “{q}”.",
        "kind": {"role": "peran", "skill": "keterampilan", "knowledge": "bidang pengetahuan", "technology": "teknologi",
                 "sector": "sektor", "concern": "isu", "family": "kelompok peran", "usecase": "contoh penerapan",
                 "route": "jalur pelatihan", "organization": "organisasi"},
        "definition": "Definisi", "requirements": "Persyaratan", "needed_by": "Dibutuhkan oleh",
        "skill": "Keterampilan", "level": "Tingkat", "need": "Sifat", "mark": "Sumber",
        "curated_mark": "kurasi", "article_mark": "dari artikel", "imported_mark": "impor",
        "next": "Ke mana peran ini bisa berlanjut", "role": "Peran", "relatedness": "Keterkaitan",
        "effort": "Waktu belajar", "fits": "muat dalam batas", "over": "melebihi batas",
        "builds_on": "bekal yang sudah ada", "to_learn": "perlu dipelajari",
        "plan_from": "Rencanakan jalur dari sini", "plan_to": "Rencanakan jalur ke sini",
        "graph": "Lingkungan", "plan_graph": "Gambar rencana",
        "from": "Dari peran", "from_me": "Dari keterampilan saya", "to": "Ke peran",
        "max_step": "Batas per langkah (jam)", "hours_per_week": "Jam belajar per minggu", "plan_button": "Rencanakan",
        "have": "Keterampilan yang dimiliki (nama=tingkat, dipisah koma)",
        "no_skills": "Belum ada keterampilan tersimpan: tambahkan di Keterampilan saya.",
        "steps": "Langkah", "learn": "Pelajari secara berurutan", "direct": "Langkah langsung",
        "direct_over": "{h}, melebihi batas per langkah", "direct_fits": "{h}, dalam batas per langkah",
        "detour": "Rencana ini {r}× langkah langsung.", "total": "Total", "weeks": "Minggu",
        "about": "sekitar {w} minggu dengan {h} per minggu",
        "me_intro": "Keterampilan Anda hanya disimpan di peramban ini (penyimpanan lokalnya) dan hanya dikirim ke "
                    "server ini, untuk mencocokkan nama dan merencanakan jalur Anda.",
        "add": "Tambah keterampilan", "remove": "Hapus", "check": "Periksa nama",
        "export": "Unduh sebagai TOML (untuk --me)", "plan_me": "Rencanakan dari keterampilan ini",
        "resolved": "Dikenali", "saved": "Tersimpan di peramban ini.",
        "error": "Ada yang salah", "did_you_mean": "Mungkin maksud Anda", "language": "English",
        "new_concerns": "Isu baru", "new_sectors": "Sektor baru", "prerequisite": "prasyarat",
        "essential": "wajib", "optional": "opsional", "nothing": "tidak ada yang perlu dipelajari",
        "alt": "Nama lain", "evidence": "Bukti", "curated": "Kurasi", "matches": "Padanan",
        "effort_unit": "Usaha per satuan tingkat", "code": "Kode", "source": "Sumber", "namesakes": "Juga bernama sama",
        "profile": "profil Anda", "details": "Rincian",
    },
}


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
