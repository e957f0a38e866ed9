"""Every role's skill profile as flat lists, so the moves out of any profile into every role are costed at once.

A *profile* is what a person holds: ``{skill column: level}`` over the sorted skills, levels
above 0 only. The effort of the move from profile ``p`` into role ``b``
(:func:`graph.model.effort.skill_move`) is

    effort(p, b) = sum over b's asked skills s of  C[s, L_bs] - C[s, min(p_s, L_bs)]

with ``L_bs`` the level ``b`` asks, ``C[s, L] = E_s * F[L]`` the hours from nothing to level
``L`` (``E_s`` the skill's effort hours, ``F`` the :func:`~graph.model.effort.cumulative_factors`)
and ``b``'s *asked* skills its essential skills and their prerequisites, one name per group of
matched skills (:func:`~graph.model.effort.held` with ``matched=False``): the prerequisites a
move teaches are already in what the role asks. The first term summed is the role's
:attr:`MoveTable.total`; the second, :meth:`MoveTable.covered`, is read through an index from
each skill to the roles asking it, so a profile's cost into every role touches only the skills
it holds. The lists are plain Python data: a dataset directory stores them (:mod:`graph.store.cache`),
and a command reads them back without deriving anything from the projection again.
"""

import bisect
import math

import networkx as nx

from ..errors import OptionError
from .effort import ALIGNMENT_EFFORT, cumulative_factors, effort_hours, group_name, held
from .projection import ALIGNMENTS, roles
from .signals import features

ALIGNMENTS_NAMES = {iri.rsplit("#", 1)[-1] for iri in ALIGNMENTS}


class MoveTable:
    """Every role's profile (what it asks, what it gives) and relatedness features, as lists.

    Attributes
    ----------
    roles : list of str
        Role IRIs, sorted (the order of every per-role list).
    position : dict
        Role IRI -> index.
    skills : list of str
        Skill IRIs, sorted (the columns of profiles, of the ``*_skill`` numbers and of ``skill_hours``).
    index : dict
        Skill IRI -> column.
    sources : list
        Each role's dataset (``None`` for curated roles).
    arrays : dict of list
        What the store keeps: every role's profile as sparse rows in role order (``asks_*``,
        ``held_*``: see :func:`_profiles`), ``skill_rep`` (the column of the first member of
        each skill's group of matches), ``skill_hours`` (each skill's
        :func:`~graph.model.effort.effort_hours`), the relatedness features (``rel_*``, see
        :func:`graph.model.signals.features`), ``preparation`` (each role's preparation level,
        NaN when unknown) and the alignment links ``align_from``, ``align_to``, ``align_name``
        ('exactMatch' or 'closeMatch').
    total : list of float
        Hours of each role's asked skills, from nothing.
    climb : list of tuple
        ``climb[s][L]``: hours from nothing to level ``L`` of skill column ``s``.
    asking : dict
        Skill column -> ``[(role index, level asked), ...]`` in role order: the index a profile's moves are costed through.
    members : dict
        Column of a group of matched skills (its first member) -> the asked skills of the group.
    aligned : dict
        Role index -> ``[(role index, 'exactMatch' or 'closeMatch'), ...]``.
    exact : dict
        Role index -> the set of its exact matches (the same job in another taxonomy: a free move).
    """

    def __init__(self, G: nx.DiGraph, arrays: dict | None = None):
        self.roles = roles(G)
        self.position = {role: i for i, role in enumerate(self.roles)}
        self.skills = sorted(n for n, kind in G.nodes(data="kind") if kind == "skill")
        self.index = {s: i for i, s in enumerate(self.skills)}
        self.sources = [G.nodes[role].get("source") for role in self.roles]
        self.arrays = _arrays(G, self.roles, self.skills) if arrays is None else arrays
        if len(self.arrays["preparation"]) != len(self.roles) or len(self.arrays["skill_hours"]) != len(self.skills):
            raise ValueError("the stored profiles do not match the projection's roles and skills")
        a = self.arrays
        cumulative = cumulative_factors(G)
        self.climb = [tuple(hours * f for f in cumulative) for hours in a["skill_hours"]]  # climb[s][L]: from 0 to L
        self.rep = a["skill_rep"]
        n = len(self.roles)
        self.total = [0.0] * n
        self.asking: dict[int, list[tuple[int, int]]] = {}  # skill column -> [(role, level asked)], in role order
        for r, s, level in zip(a["asks_role"], a["asks_skill"], a["asks_level"]):
            self.total[r] += self.climb[s][level]
            self.asking.setdefault(s, []).append((r, level))
        self.members: dict[int, list[int]] = {}  # group column -> the asked skills of the group
        for s in sorted(self.asking):
            self.members.setdefault(self.rep[s], []).append(s)
        # the rows are in role order: role i's entries are *_role[start[i]:start[i + 1]]
        self._starts = {name: [bisect.bisect_left(a[f"{name}_role"], i) for i in range(n + 1)]
                        for name in ("asks", "held")}
        self._held: dict[int, dict[int, int]] = {}
        self.aligned: dict[int, list[tuple[int, str]]] = {}
        for i, j, name in zip(a["align_from"], a["align_to"], a["align_name"]):
            self.aligned.setdefault(i, []).append((j, name))
        self.exact: dict[int, set[int]] = {}
        for i, links in self.aligned.items():
            for j, name in links:
                if name == "exactMatch":
                    self.exact.setdefault(i, set()).add(j)

    def _row(self, name: str, i: int):
        start, end = self._starts[name][i], self._starts[name][i + 1]
        return zip(self.arrays[f"{name}_skill"][start:end], self.arrays[f"{name}_level"][start:end])

    def held(self, i: int) -> dict[int, int]:
        """What a person in role ``i`` holds (its asked skills with their matches), as a profile (made once)."""
        if i not in self._held:
            self._held[i] = dict(self._row("held", i))
        return self._held[i]

    def asked(self, i: int) -> dict[int, int]:
        """What role ``i`` asks, one column per group of matched skills (its first member's)."""
        goal: dict[int, int] = {}
        for s, level in self._row("asks", i):
            group = self.rep[s]
            goal[group] = max(goal.get(group, 0), level)
        return goal

    def vector(self, levels: dict[str, int]) -> dict[int, int]:
        """The profile of ``{skill IRI: level}``."""
        p = {}
        for skill, level in levels.items():
            if skill not in self.index:
                raise OptionError("not_holdable", skill=skill)
            if level > 0:
                p[self.index[skill]] = level
        return p

    def covered(self, p: dict[int, int]) -> list[float]:
        """Hours of each role's asked skills that profile ``p`` already holds."""
        found = [0.0] * len(self.roles)
        for s, have in p.items():
            climb = self.climb[s]
            for r, level in self.asking.get(s, ()):
                found[r] += climb[have if have < level else level]
        return found

    def efforts(self, covered: list[float]) -> list[float]:
        """Hours of the skill move into each role from a profile that already holds ``covered`` (:meth:`covered`)."""
        return [total - part for total, part in zip(self.total, covered)]

    def remaining(self, p: dict[int, int], want: dict[int, int]) -> float:
        """Hours to raise profile ``p`` to ``want`` wherever it is below."""
        return sum(self.climb[s][level] - self.climb[s][p.get(s, 0)] for s, level in want.items()
                   if level > p.get(s, 0))

    def row(self, i: int) -> list[float]:
        """Efforts of the moves into each role from role number ``i``: an exact match (the same job) is free."""
        row = self.efforts(self.covered(self.held(i)))
        for j in self.exact.get(i, ()):
            row[j] = ALIGNMENT_EFFORT["exactMatch"]
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
    >>> t.row(a)[b] == move(G, t.roles[a], t.roles[b]).effort
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
    return {**_profiles(G, members, skills),
            "align_from": [i for i, _, _ in links], "align_to": [j for _, j, _ in links],
            "align_name": [name for _, _, name in links],
            "preparation": [float(G.nodes[r].get("preparation_level", math.nan)) for r in members],
            **features(G, members)}


def _profiles(G: nx.DiGraph, members: list[str], skills: list[str]) -> dict:
    """Every role's profile as sparse rows over the sorted skills, in role order: what it asks (``asks_*``, its own
    skills and prerequisites, one name per group of matched skills) and what a person in it holds (``held_*``);
    ``skill_rep``, the column of the first member of each skill's group of matches, and ``skill_hours``, each
    skill's :func:`~graph.model.effort.effort_hours`."""
    index = {s: i for i, s in enumerate(skills)}
    arrays = {"skill_rep": [index[group_name(G, s)] for s in skills],
              "skill_hours": [float(effort_hours(G, s)) for s in skills]}
    for name, matched in (("asks", False), ("held", True)):
        entries = [(i, index[s], level) for i, role in enumerate(members)
                   for s, level in sorted(held(G, role, matched=matched).items())]
        arrays.update({f"{name}_role": [i for i, _, _ in entries], f"{name}_skill": [s for _, s, _ in entries],
                       f"{name}_level": [level for _, _, level in entries]})
    return arrays
