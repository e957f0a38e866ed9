"""The effort of every move between two roles, as one matrix, so paths and rankings scale to thousands of roles.

``costs[a, b]`` is the effort of the skill-based move from role ``a`` to role ``b``
(:func:`graph.model.effort.move` without alignment), computed for all pairs at once: for a
target whose essential skills have no prerequisites,

    cost(a, b) = sum over b's essential skills s of  E_s * (F[L_bs] - F[min(h_as, L_bs)])

with ``E_s`` the skill's effort hours, ``F[L]`` the cumulative effort factor of level ``L``,
``L_bs`` the level ``b`` requires and ``h_as`` the level a person in ``a`` holds. Writing
``F[min(x, y)] = sum_l f_l [x >= l][y >= l]`` turns the second term into one sparse
product per level. For targets that involve prerequisites, the wanted levels are
propagated down the prerequisites for all sources at once (:func:`_climbs`). A dataset
directory stores the matrix, so a command memory-maps it instead of recomputing it.
"""

import networkx as nx
import numpy as np

from .effort import (ALIGNMENT_EFFORT, PREREQUISITE_LEVEL, cumulative_factors, effort_hours, group_name, held,
                     prerequisites)
from .projection import ALIGNMENTS, profile, roles
from .signals import features

ALIGNMENTS_NAMES = {iri.rsplit("#", 1)[-1] for iri in ALIGNMENTS}

class MoveTable:
    """All-pairs skill-move efforts of one projection, and every role's relatedness features, as arrays.

    Attributes
    ----------
    roles : list of str
        Role IRIs, sorted (the matrix's row and column order).
    position : dict
        Role IRI -> index.
    skills : list of str
        Skill IRIs, sorted (the column order of the profiles' ``*_skill`` numbers and of ``skill_hours``).
    sources : list
        Each role's dataset (``None`` for curated roles).
    arrays : dict of numpy.ndarray
        ``costs`` (``costs[a, b]``: hours of the skill-based move from role ``a`` to ``b``);
        ``prerequisite_targets`` (roles whose moves in involve prerequisites);
        every role's profile (``asks_*``, ``held_*``, ``skill_rep``, ``skill_hours``: see :func:`_profiles`);
        the relatedness features (``rel_*``, see :func:`graph.model.signals.features`); ``preparation`` (each role's
        preparation level, NaN when unknown); the alignment links ``align_from``,
        ``align_to``, ``align_name`` ('exactMatch' or 'closeMatch').
    aligned : dict
        Role index -> ``[(role index, 'exactMatch' or 'closeMatch'), ...]``.
    exact : dict
        Role index -> the set of its exact matches (the same job in another taxonomy: a free move).
    """

    def __init__(self, G: nx.DiGraph, arrays: dict | None = None):
        self.roles = roles(G)
        self.position = {role: i for i, role in enumerate(self.roles)}
        self.skills = sorted(n for n, kind in G.nodes(data="kind") if kind == "skill")
        self.sources = [G.nodes[role].get("source") for role in self.roles]
        self.arrays = _arrays(G, self.roles, self.skills) if arrays is None else arrays
        if self.arrays["costs"].shape != (len(self.roles), len(self.roles)):
            raise ValueError("the cost matrix does not match the projection's roles")
        self.costs = self.arrays["costs"]
        self.aligned: dict[int, list[tuple[int, str]]] = {}
        for a, b, name in zip(self.arrays["align_from"], self.arrays["align_to"], self.arrays["align_name"]):
            self.aligned.setdefault(int(a), []).append((int(b), str(name)))
        self.exact: dict[int, set[int]] = {}
        for a, links in self.aligned.items():
            for b, name in links:
                if name == "exactMatch":
                    self.exact.setdefault(a, set()).add(b)

    def row(self, i: int) -> np.ndarray:
        """Efforts of the moves into each role from role number ``i``: an exact match (the same job) is free."""
        row = np.array(self.costs[i], dtype=float)
        row[sorted(self.exact.get(i, ()))] = ALIGNMENT_EFFORT["exactMatch"]
        return row


def table(G: nx.DiGraph) -> MoveTable:
    """Return the :class:`MoveTable` of ``G``: the one the store attached, else computed once and kept on ``G``.

    A projection is frozen, so its table can never go stale; it lives in ``G.graph['move_table']``.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.effort import move
    >>> G = project(load_graph())
    >>> t = table(G)
    >>> a, b = t.position["https://w3id.org/aijobs/role/data-analyst"], t.position["https://w3id.org/aijobs/role/ai-auditor"]
    >>> float(t.costs[a, b]) == move(G, t.roles[a], t.roles[b]).effort
    True
    """
    if "move_table" not in G.graph:
        G.graph["move_table"] = MoveTable(G)
    return G.graph["move_table"]


def attach(G: nx.DiGraph, arrays: dict) -> MoveTable:
    """Use precomputed arrays (read back by the store) as the :class:`MoveTable` of ``G``."""
    G.graph["move_table"] = MoveTable(G, arrays)
    return G.graph["move_table"]


def _arrays(G: nx.DiGraph, members: list[str], skills: list[str]) -> dict:
    position = {r: i for i, r in enumerate(members)}
    links = [(i, position[other], data["relation"]) for i, r in enumerate(members)
             for other, data in sorted(G.succ[r].items()) if data["relation"] in ALIGNMENTS_NAMES]
    a_from, a_to, a_name = zip(*links) if links else ((), (), ())
    held_by = [held(G, role) for role in members]
    costs, prerequisite_targets = _all_costs(G, members, held_by)
    return {"costs": costs, "prerequisite_targets": prerequisite_targets, **_profiles(G, members, skills, held_by),
            "align_from": np.asarray(a_from, dtype=np.int32), "align_to": np.asarray(a_to, dtype=np.int32),
            "align_name": np.asarray(a_name, dtype="U10"),
            "preparation": np.array([G.nodes[r].get("preparation_level", np.nan) for r in members], dtype=float),
            **features(G, members)}


def _climbs(G: nx.DiGraph, asked: dict[str, int], column: dict, cumulative: np.ndarray, n: int) -> np.ndarray:
    """The effort of the move into a role asking ``asked``, from each of ``n`` roles at once (the rule of
    :func:`graph.model.effort.skill_move`, vectorised over the sources).

    ``column[s]`` holds every source's held level of skill ``s`` (matches included). A skill
    and its matches are one skill (named by the first of them), so levels and prerequisites are
    kept per group: a wanted level raises each prerequisite to ``min(2, level)`` where it is held
    below that, dependents before their prerequisites.
    """
    zero = np.zeros(n, dtype=np.int64)
    want: dict[str, np.ndarray] = {}
    order, seen = nx.DiGraph(), set()
    todo = list(asked)
    while todo:
        skill = todo.pop()
        group = group_name(G, skill)
        if group in seen:
            continue
        seen.add(group)
        order.add_node(group)
        for prerequisite in prerequisites(G, skill):
            order.add_edge(group, group_name(G, prerequisite))
            todo.append(prerequisite)
    for skill, level in asked.items():
        group, have = group_name(G, skill), column.get(skill, zero)
        want[group] = np.maximum(want.get(group, zero), np.where(have < level, level, 0))
    for group in nx.lexicographical_topological_sort(order, key=str):  # dependents first
        wanted = want.get(group)
        if wanted is None:
            continue
        needed = np.minimum(PREREQUISITE_LEVEL, wanted)
        for prerequisite in order.successors(group):
            have = column.get(prerequisite, zero)
            raise_to = np.where(np.maximum(have, want.get(prerequisite, zero)) < needed, needed, 0)
            want[prerequisite] = np.maximum(want.get(prerequisite, zero), raise_to)
    total = np.zeros(n)
    for group, wanted in want.items():
        have = column.get(group, zero)
        total += effort_hours(G, group) * (cumulative[np.maximum(wanted, have)] - cumulative[have])
    return total


def _profiles(G: nx.DiGraph, members: list[str], skills: list[str], held_by: list[dict]) -> dict:
    """Every role's profile as sparse rows over the sorted skills: what it asks (``asks_*``, its own skills
    and prerequisites, one name per group of matched skills), what a person in it holds (``held_*``),
    ``skill_rep``, the column of the first member of each skill's group of matches, and ``skill_hours``,
    each skill's :func:`~graph.model.effort.effort_hours`."""
    index = {s: i for i, s in enumerate(skills)}
    arrays = {"skill_rep": np.array([index[group_name(G, s)] for s in skills], dtype=np.int32),
              "skill_hours": np.array([effort_hours(G, s) for s in skills], dtype=float)}
    for name, rows in (("asks", [held(G, role, matched=False) for role in members]), ("held", held_by)):
        entries = [(i, index[s], level) for i, levels in enumerate(rows) for s, level in sorted(levels.items())]
        role, skill, level = zip(*entries) if entries else ((), (), ())
        arrays.update({f"{name}_role": np.asarray(role, dtype=np.int32), f"{name}_skill": np.asarray(skill, dtype=np.int32),
                       f"{name}_level": np.asarray(level, dtype=np.int8)})
    return arrays


def _all_costs(G: nx.DiGraph, members: list[str], held_by: list[dict]) -> np.ndarray:
    n = len(members)
    cumulative = np.array(cumulative_factors(G))
    factors = np.diff(cumulative)  # factors[l - 1] = effort factor of level l
    complex_targets, simple = [], []
    for j, role in enumerate(members):
        wanted = profile(G, role, essential_only=True)
        (complex_targets if any(prerequisites(G, s) for s in wanted) else simple).append(j)
    costs = np.zeros((n, n))
    # Simple targets: full cost minus the shared part, one level at a time, skill by skill.
    holders: dict[str, list[tuple[int, int]]] = {}
    for i, have in enumerate(held_by):
        for skill, level in have.items():
            holders.setdefault(skill, []).append((i, level))
    requirers: dict[str, list[tuple[int, int]]] = {}
    for j in simple:
        for skill, level in profile(G, members[j], essential_only=True).items():
            requirers.setdefault(skill, []).append((j, level))
            costs[:, j] += effort_hours(G, skill) * cumulative[level]
    for skill, wanted in requirers.items():
        have = holders.get(skill)
        if not have:
            continue
        hours = effort_hours(G, skill)
        h_idx, h_lvl = np.array(have).T
        r_idx, r_lvl = np.array(wanted).T
        for level in range(1, len(cumulative)):
            rows, cols = h_idx[h_lvl >= level], r_idx[r_lvl >= level]
            if len(rows) and len(cols):
                costs[np.ix_(rows, cols)] -= hours * factors[level - 1]
    # Targets with prerequisites: the wanted levels propagate down the prerequisites, for every source at once.
    column = {}
    for skill, have in holders.items():
        column[skill] = np.zeros(n, dtype=np.int64)
        idx, lvl = np.array(have).T
        column[skill][idx] = lvl
    for j in complex_targets:
        costs[:, j] = _climbs(G, profile(G, members[j], essential_only=True), column, cumulative, n)
    np.fill_diagonal(costs, 0.0)
    flags = np.zeros(n, dtype=bool)
    flags[complex_targets] = True
    return costs, flags
