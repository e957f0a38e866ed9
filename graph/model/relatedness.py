"""How alike two roles are: their expertise profiles in invested hours, compared facet by facet.

:func:`similarity` is the weighted Jaccard (Ruzicka) similarity of two roles' expertise
profiles (:func:`expertise`); :func:`similarities` is the same for one role against every
role of a :class:`graph.model.movetable.MoveTable`, vectorised.
"""

import networkx as nx
import numpy as np

from .effort import climb_cost

#: In ``next`` rankings, an optional skill counts this much of an essential one.
OPTIONAL_WEIGHT = 0.5
#: In similarity, each step of difference in preparation level (O*NET Job Zone) costs this share.
PREPARATION_PENALTY = 0.1
#: In similarity, the weight of technologies against the other skills, when both roles have both.
TECHNOLOGY_WEIGHT = 1 / 3


def expertise(G: nx.DiGraph, role: str) -> dict[str, float]:
    """Return the hours of study invested in each skill of ``role``'s profile.

    Each required skill counts the hours to climb from nothing to its level; optional
    skills count :data:`OPTIONAL_WEIGHT` of that.
    """
    return {skill: climb_cost(G, skill, 0, data["level"]) * (1.0 if data["essential"] else OPTIONAL_WEIGHT)
            for skill, data in G.succ[role].items() if data["relation"] == "requires"}


def similarity(G: nx.DiGraph, a: str, b: str) -> float:
    """Return the weighted Jaccard (Ruzicka) similarity of two roles' expertise profiles, 0 to 1.

    ``sum(min(a_s, b_s)) / sum(max(a_s, b_s))`` over every skill ``s``, with profiles in
    invested hours (:func:`expertise`). It is 1 for identical profiles and falls both with
    what B asks that A lacks and with what A has that B does not use.

    Technologies (``aij:Technology``, O*NET's technology skills) form a facet of their own:
    when either role lists technologies, the result is the mean of the two facets'
    similarities weighted 2:1 (:data:`TECHNOLOGY_WEIGHT`), so sharing tools counts but
    cannot outweigh sharing skills and knowledge. When both
    roles have a preparation level (O*NET's Job Zones), each step between them takes
    :data:`PREPARATION_PENALTY` off the result, so jobs that need the same preparation rank
    first. For roles without technologies or preparation levels (the curated graph) this is
    the plain weighted Jaccard.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> similarity(G, role + "data-analyst", role + "data-analyst")
    1.0
    >>> similarity(G, role + "data-analyst", role + "data-scientist") > similarity(G, role + "data-analyst", role + "copywriter")
    True
    """
    pa, pb = expertise(G, a), expertise(G, b)
    total = weights = 0.0
    for technology, weight in ((False, 1 - TECHNOLOGY_WEIGHT), (True, TECHNOLOGY_WEIGHT)):
        fa = {s: h for s, h in pa.items() if G.nodes[s].get("technology", False) == technology}
        fb = {s: h for s, h in pb.items() if G.nodes[s].get("technology", False) == technology}
        if fa or fb:
            skills = sorted(fa.keys() | fb.keys())
            shared = sum(min(fa.get(s, 0.0), fb.get(s, 0.0)) for s in skills)
            total += weight * shared / sum(max(fa.get(s, 0.0), fb.get(s, 0.0)) for s in skills)
            weights += weight
    if not weights:
        return 0.0
    return round(total / weights * _preparation_factor(G.nodes[a].get("preparation_level"),
                                                       G.nodes[b].get("preparation_level")), 4)


def _preparation_factor(a, b) -> float:
    return 1.0 if a is None or b is None else max(0.0, 1.0 - PREPARATION_PENALTY * abs(a - b))


def similarities(table, i: int) -> np.ndarray:
    """:func:`similarity` of role number ``i`` of a move table with every role, unrounded (vectorised)."""
    role, skill, hours = table.arrays["profile_role"], table.arrays["profile_skill"], table.arrays["profile_hours"]
    n = len(table.roles)
    total, weights = np.zeros(n), np.zeros(n)
    for technology, weight in ((False, 1 - TECHNOLOGY_WEIGHT), (True, TECHNOLOGY_WEIGHT)):
        facet = table.arrays["profile_technology"] == technology
        r, s, h = role[facet], skill[facet], hours[facet]
        sums = np.bincount(r, weights=h, minlength=n)
        mine = r == i
        x = np.zeros(int(skill.max(initial=-1)) + 1)
        x[s[mine]] = h[mine]
        shared = np.bincount(r, weights=np.minimum(x[s], h), minlength=n)
        both = (sums > 0) | (sums[i] > 0)
        top = sums[i] + sums - shared
        total += weight * np.divide(shared, top, out=np.zeros(n), where=both)
        weights += weight * both
    value = np.divide(total, weights, out=np.zeros(n), where=weights > 0)
    preparation = table.arrays["preparation"]
    factor = np.clip(1.0 - PREPARATION_PENALTY * np.abs(preparation - preparation[i]), 0.0, 1.0)
    return value * np.where(np.isnan(factor), 1.0, factor)
