"""Results as plain JSON-ready dicts with a fixed key order, with labels in one language.

These are the shapes ``graph … --format json`` prints and the text views read.
"""

from rdflib import Literal

from ..model.effort import Gap, Move, SkillGain
from ..model.ranking import NextMove
from ..model.search import LearningPath


def skill_gain(G, gain: SkillGain, lang: str) -> dict:
    """One skill to learn: label, IRI, from and to level, hours and why it is learned."""
    return {"label": G.nodes[gain.skill][f"label_{lang}"], "iri": gain.skill, "from_level": gain.from_level,
            "level": gain.level, "effort": gain.effort, "reason": gain.reason}


def move(G, step: Move, lang: str) -> dict:
    """One move: the roles, its effort, the skills to learn and the concerns and sectors it adds."""
    key = f"label_{lang}"
    labels = G.graph["labels"]
    source, target = G.nodes[step.source], G.nodes[step.target]
    result = {"from": source[key], "to": target[key], "effort": step.effort,
              "skills": [skill_gain(G, g, lang) for g in step.gains],
              "new_concerns": sorted(labels[c][lang] for c in set(target["concerns"]) - set(source["concerns"])),
              "new_sectors": sorted(labels[c][lang] for c in set(target["sectors"]) - set(source["sectors"]))}
    if step.alignment:
        result["alignment"] = step.alignment
    return result


def learning_path(G, path: LearningPath, lang: str) -> dict:
    """One learning path: its roles (labels and IRIs), total effort and steps.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.search import learning_path as plan
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> shaped = learning_path(G, plan(G, role + "data-analyst", role + "ai-auditor")[0], "id")
    >>> shaped["roles"][0], list(shaped)
    ('Analis Data', ['roles', 'role_iris', 'total_effort', 'steps'])
    """
    return {"roles": [G.nodes[r][f"label_{lang}"] for r in path.roles], "role_iris": list(path.roles),
            "total_effort": path.total_effort, "steps": [move(G, s, lang) for s in path.steps]}


def gap(G, found: Gap, lang: str) -> dict:
    """What one role has for another: matched skills, missing essential and optional ones, and their hours."""
    key = f"label_{lang}"
    return {
        "from": G.nodes[found.source][key], "to": G.nodes[found.target][key],
        "matched": [{"label": G.nodes[s][key], "iri": s, "has_level": have, "level": level, "essential": essential}
                    for s, have, level, essential in found.matched],
        "missing_essential": [skill_gain(G, g, lang) for g in found.missing_essential.gains],
        "missing_optional": [skill_gain(G, g, lang) for g in found.missing_optional],
        "essential_effort": found.missing_essential.effort,
        "optional_effort": sum(g.effort for g in found.missing_optional),
    }


def next_move(G, ranked: NextMove, lang: str) -> dict:
    """One ranked next move: the role, its similarity and effort, shared skills and skills to learn."""
    key = f"label_{lang}"
    return {"role": G.nodes[ranked.move.target][key], "iri": ranked.move.target, "similarity": ranked.similarity,
            "effort": ranked.move.effort,
            "shared": [{"label": G.nodes[s][key], "iri": s, "level": level} for s, level in ranked.shared],
            "to_learn": [skill_gain(G, g, lang) for g in ranked.move.gains]}


def pick(labels: dict, lang: str, iri: str = "") -> str:
    """The text in ``lang`` from ``{'en': ..., 'id': ...}``: English if it has none, else the IRI's last segment.

    Examples
    --------
    >>> pick({"en": "Data Analyst", "id": "Analis Data"}, "id")
    'Analis Data'
    >>> pick({"en": "Data Scientists", "id": ""}, "id"), pick({"en": "", "id": ""}, "id", "https://x.org/a/b")
    ('Data Scientists', 'b')
    """
    return labels.get(lang) or labels.get("en") or iri.rsplit("/", 1)[-1]


def _names(refs: list[dict], lang: str) -> list[str]:
    return sorted((pick(r["labels"], lang, r["iri"]) for r in refs), key=lambda text: (text.casefold(), text))


def entity(info: dict, lang: str) -> dict:
    """``graph show --format json``: :func:`graph.store.entities.describe` with names in ``lang``.

    ``label`` and ``definition`` are in ``lang`` (English where the data has no
    Indonesian); ``labels`` keeps both; linked entities are their labels, sorted.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.store.entities import describe
    >>> from graph.store.names import resolve
    >>> g = load_graph()
    >>> shown = entity(describe(g, resolve(g, "Data Analyst")), "id")
    >>> shown["label"], shown["links"]["sectors"]
    ('Analis Data', ['Pemerintahan', 'Pengembangan teknologi AI'])
    """
    shown = {"iri": info["iri"], "kind": info["kind"], "category": info["category"],
             "label": pick(info["labels"], lang, info["iri"]), "labels": info["labels"],
             "alt_labels": info["alt_labels"], "definition": pick(info["definitions"], lang),
             "links": {key: _names(refs, lang) for key, refs in info["links"].items()},
             "linked_from": {key: _names(refs, lang) for key, refs in info["linked_from"].items()}}
    if "requirements" in info:
        shown["requirements"] = [{"skill": pick(r["labels"], lang, r["iri"]), "iri": r["iri"], "category": r["category"],
                                  "level": r["level"], "essential": r["essential"], "curated": r["curated"]}
                                 for r in info["requirements"]]
    for key in ("effort_hours", "matches", "code", "preparation_level"):
        if key in info:
            shown[key] = info[key]
    if "source" in info:
        shown["source"] = pick(info["source"]["labels"], lang, info["source"]["iri"])
    shown["evidence"] = sorted(({"source": pick(e["source"]["labels"], lang, e["source"]["iri"]), "quote": e["quote"]}
                                for e in info["evidence"]), key=lambda e: (e["source"], e["quote"]))
    shown["curation_notes"] = info["curation_notes"]
    return shown


def listing(rows: list[dict], lang: str) -> list[dict]:
    """``graph list --format json``: ``{'label', 'iri', 'definition'}`` in ``lang``, sorted by label, then IRI."""
    shown = [{"label": pick(r["labels"], lang, r["iri"]), "iri": r["iri"], "definition": pick(r["definitions"], lang)}
             for r in rows]
    return sorted(shown, key=lambda r: (r["label"].casefold(), r["label"], r["iri"]))


def match(found, lang: str) -> dict:
    """One entity found by name (a :class:`graph.store.names.Match`), with its label in ``lang``."""
    return {"label": pick(found.labels, lang, found.iri), "iri": found.iri, "kind": found.kind,
            "category": found.category, "code": found.code, "matched": found.name}


def report(found) -> dict:
    """``graph validate --format json``: a :class:`graph.store.validate.Report` with English labels of focus nodes.

    Examples
    --------
    >>> from graph.store.validate import Report
    >>> report(Report(conforms=True, shapes=2, rules=5, triples=9))
    {'conforms': True, 'shapes': 2, 'rules': 5, 'triples': 9, 'violations': []}
    """
    def term(node):
        return None if node is None else node.n3() if isinstance(node, Literal) else str(node)

    return {"conforms": found.conforms, "shapes": found.shapes, "rules": found.rules, "triples": found.triples,
            "violations": [{"focus": term(v.focus), "label": found.labels.get(str(v.focus), {}).get("en") or None,
                            "path": v.path, "message": v.message, "severity": v.severity, "value": term(v.value),
                            "rule": v.rule} for v in found.violations]}
