"""Results as plain JSON-ready dicts with a fixed key order, with labels in one language.

These are the shapes ``graph … --format json`` prints and the text views read.
"""

from ..model.effort import Gap, Move, SkillGain
from ..model.ranking import Ranking
from ..model.relatedness import Relatedness
from ..model.signals import FLOOR
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


def element(G, signal: str, iri: str, lang: str) -> dict:
    """A shared element of a relatedness signal: its label and identifier (IRI, group code or word)."""
    if signal == "activities":
        label = G.graph.get("activities", {}).get(iri, (iri, None))[0]
    elif iri in G:
        label = G.nodes[iri][f"label_{lang}"] or G.nodes[iri]["label_en"]
    elif signal == "classification":
        scheme, code = iri.split(":", 1)
        label = f"{_SCHEMES[scheme]} {code}"
    else:
        label = iri
    return {"label": label, "id": iri, "signal": signal}


_SCHEMES = {"soc": "SOC", "isco": "ISCO-08"}


def next_moves(G, source: str, ranking: Ranking, lang: str) -> dict:
    """The moves of ``graph next``: each role, how related, its effort and whether it fits, what it builds on."""
    key = f"label_{lang}"
    moves = []
    for ranked in ranking.moves:
        entry = {"role": G.nodes[ranked.move.target][key], "iri": ranked.move.target,
                 "relatedness": ranked.relatedness, "effort": ranked.move.effort, "fits": ranked.fits}
        if ranked.move.alignment:
            entry["alignment"] = ranked.move.alignment
        if ranked.via:
            entry["via"] = {"role": G.nodes[ranked.via[0]][key], "iri": ranked.via[0], "alignment": ranked.via[1]}
        entry["builds_on"] = [element(G, signal, iri, lang) for iri, signal in ranked.builds_on]
        entry["to_learn"] = [skill_gain(G, g, lang) for g in sorted(ranked.move.gains, key=lambda g: (-g.effort, g.skill))]
        moves.append(entry)
    return {"from": G.nodes[source][key], "iri": source, "order": ranking.order, "max_step": ranking.max_step,
            "floor": FLOOR, "considered": ranking.considered, "below_floor": ranking.below_floor,
            "over_budget": ranking.over_budget, "missing": list(ranking.missing), "moves": moves}


def related(G, found: Relatedness, lang: str) -> dict:
    """The explanation of ``graph related``: the score, and each signal's similarity, weight, part and shared elements."""
    key = f"label_{lang}"
    result = {"from": G.nodes[found.source][key], "from_iri": found.source, "to": G.nodes[found.target][key],
              "to_iri": found.target, "relatedness": found.score, "missing": list(found.missing)}
    if found.via:
        result["via"] = {"role": G.nodes[found.via[0]][key], "iri": found.via[0], "alignment": found.via[1]}
    result["signals"] = [{"signal": s.name, "similarity": s.similarity, "weight": s.weight,
                          "contribution": s.contribution,
                          "shared": [{**element(G, s.name, e, lang), "share": share} for e, share in s.shared]}
                         for s in found.signals]
    return result
