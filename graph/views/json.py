"""Results as plain JSON-ready dicts with a fixed key order, with labels in one language.

These are the shapes ``graph … --format json`` prints and the text views read.
"""

from ..model.effort import Gap, Move, SkillGain
from ..model.ranking import NextMove
from ..model.search import LearningPath


def skill_gain(G, gain: SkillGain, lang: str) -> dict:
    """One skill to learn: label, IRI, from and to level, hours and why it is learned."""
    return {"label": G.nodes[gain.skill][f"label_{lang}"], "iri": gain.skill, "from_level": gain.from_level,
            "level": gain.level, "effort": gain.effort, "reason": gain.reason}


def move(G, step: Move, lang: str, met: tuple[set, set] | None = None) -> dict:
    """One move: the roles, its effort, the skills to learn and the concerns and sectors it adds.

    ``met`` is the ``(concerns, sectors)`` already met on the path (default: the source
    role's); "new" means new relative to them. ``from`` is ``None`` for a person's profile.
    """
    key = f"label_{lang}"
    labels = G.graph["labels"]
    target = G.nodes[step.target]
    if met is None:
        met = (set(G.nodes[step.source]["concerns"]), set(G.nodes[step.source]["sectors"]))
    result = {"from": None if step.source is None else G.nodes[step.source][key], "to": target[key],
              "effort": step.effort, "skills": [skill_gain(G, g, lang) for g in step.gains],
              "new_concerns": sorted(labels[c][lang] for c in set(target["concerns"]) - met[0]),
              "new_sectors": sorted(labels[c][lang] for c in set(target["sectors"]) - met[1])}
    if step.alignment:
        result["alignment"] = step.alignment
    return result


def weeks(hours: float, hours_per_week: float) -> float:
    """Weeks of study at ``hours_per_week``, to one decimal.

    >>> weeks(975.0, 40)
    24.4
    """
    return round(hours / hours_per_week, 1)


def learning_path(G, path: LearningPath, lang: str, hours_per_week: float | None = None, start_roles=None) -> dict:
    """One learning path: its roles (labels and IRIs), total effort, the direct move's effort and the steps.

    ``start_roles`` are the roles the person starts from (default: the path's first role);
    the concerns and sectors a step adds are new relative to them and every role passed.
    ``weeks`` (the total at ``hours_per_week``) is included when ``hours_per_week`` is given.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.search import learning_path as plan
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> shaped = learning_path(G, plan(G, role + "data-analyst", role + "ai-auditor")[0], "id")
    >>> shaped["roles"][0], list(shaped)
    ('Analis Data', ['roles', 'role_iris', 'total_effort', 'direct_effort', 'detour', 'steps'])
    """
    starts = path.roles[:1] if start_roles is None else start_roles
    met = ({c for r in starts for c in G.nodes[r]["concerns"]}, {c for r in starts for c in G.nodes[r]["sectors"]})
    steps = []
    for step in path.steps:
        steps.append(move(G, step, lang, met))
        met = (met[0] | set(G.nodes[step.target]["concerns"]), met[1] | set(G.nodes[step.target]["sectors"]))
    result = {"roles": [G.nodes[r][f"label_{lang}"] for r in path.roles], "role_iris": list(path.roles),
              "total_effort": path.total_effort, "direct_effort": path.direct.effort, "detour": path.detour}
    if hours_per_week is not None:
        result["weeks"] = weeks(path.total_effort, hours_per_week)
    result["steps"] = steps
    return result


def gap(G, found: Gap, lang: str) -> dict:
    """What one role has for another: matched skills, missing essential and optional ones, and their hours."""
    key = f"label_{lang}"
    return {
        "from": None if found.source is None else G.nodes[found.source][key], "to": G.nodes[found.target][key],
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
