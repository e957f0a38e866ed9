"""The effort of a move between two roles: which skills to learn, in which order, for how many hours.

A person in role A holds A's *essential* skills at their levels (:func:`held`). Moving to
role B means raising every skill B requires as essential to B's level, plus every missing
prerequisite: a prerequisite must be held at :data:`PREREQUISITE_LEVEL` (Working), or at
the dependent skill's target level if that is lower. Climbing a skill from level l to
level L costs ``effort_hours × (factor(l+1) + … + factor(L))`` hours, with the factors of
the proficiency scale in the ontology (1, 2, 3, 4) (:func:`climb_cost`). The effort of a
move is the sum over the skills gained.

A person can also be described directly (:class:`Person`): the skills they hold at their
levels, and the roles they have held. What they hold (:func:`holding`) is the highest level
of each skill among those, closed under prerequisites like :func:`held`, and every move is
costed from it (:func:`skill_move` with ``have``).

Aligned roles. When the data links two roles with ``skos:exactMatch`` or ``skos:closeMatch``
(a curated role and the O*NET or ESCO occupation it names), :data:`ALIGNMENT_EFFORT` gives
the hours of a move along the link. An exact match is the same occupation in another
taxonomy: moving into it is free and hands its skills over. A close match hands over no
skills: a learning path may pass along one for a week of adaptation, as a stepping stone
between vocabularies, but reaching a role always means learning what it asks.
"""

import math
from dataclasses import dataclass

import networkx as nx

from ..errors import OptionError
from .projection import profile

#: Default per-move budget in study hours: about 20 weeks of full-time study (40 h a week).
DEFAULT_MAX_STEP = 800.0
#: Prerequisites must be held at this level (or at the dependent skill's target, if lower).
PREREQUISITE_LEVEL = 2
#: Hours of a move between two aligned roles, by the SKOS property that aligns them.
ALIGNMENT_EFFORT = {"exactMatch": 0.0, "closeMatch": 40.0}


def check_budget(max_step: float) -> float:
    """Return ``max_step`` if it can be a per-move budget: a finite number of hours above zero.

    Raises
    ------
    OptionError
        ``max_step`` is zero, negative, infinite or NaN.

    Examples
    --------
    >>> check_budget(800.0)
    800.0
    >>> check_budget(float("nan"))
    Traceback (most recent call last):
    ...
    graph.errors.OptionError: the per-move budget must be a finite number of hours above zero, not nan
    """
    if not 0 < max_step < math.inf:  # NaN fails both comparisons
        raise OptionError(f"the per-move budget must be a finite number of hours above zero, not {max_step:g}")
    return max_step


@dataclass(frozen=True)
class Person:
    """A person described by what they hold: ``skills`` as ``(skill IRI, level)`` pairs, and roles held."""

    skills: tuple[tuple[str, int], ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillGain:
    """One skill to learn in a move: from ``from_level`` to ``level``, costing ``effort`` hours."""

    skill: str
    from_level: int
    level: int
    effort: float
    reason: str  # 'essential' or 'prerequisite'


@dataclass(frozen=True)
class Move:
    """A move from one role (``None``: the person's starting point) to another: the skills to learn, in order."""

    source: str | None
    target: str
    gains: tuple[SkillGain, ...]
    effort: float
    alignment: str | None = None  # 'exactMatch' or 'closeMatch' when the move follows an alignment link


@dataclass(frozen=True)
class Gap:
    """What a person in role ``source`` (``None``: a :class:`Person`) already has for role ``target``, and what is missing.

    ``missing_essential`` is the move (essential skills plus prerequisites, in learning
    order); ``missing_optional`` lists the optional skills not yet at the target level.
    """

    source: str | None
    target: str
    matched: tuple[tuple[str, int, int, bool], ...]  # (skill, level held, level required, essential)
    missing_essential: Move
    missing_optional: tuple[SkillGain, ...]


def cumulative_factors(G: nx.DiGraph) -> tuple[float, ...]:
    """Return ``F`` with ``F[L]`` the sum of the effort factors of levels 1 to ``L`` (``F[0] = 0``).

    Climbing a skill from level ``l`` to ``L`` costs its effort hours times ``F[L] - F[l]``:
    this is the one definition the scalar :func:`climb_cost` and the array forms of the move
    table and the search share.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> cumulative_factors(project(load_graph()))  # factors 1, 2, 3, 4
    (0.0, 1.0, 3.0, 6.0, 10.0)
    """
    factors = G.graph["effort_factor"]
    total, found = 0.0, [0.0]
    for level in range(1, max(factors, default=0) + 1):
        total += factors.get(level, 0)
        found.append(total)
    return tuple(found)


def climb_cost(G: nx.DiGraph, skill: str, from_level: int, to_level: int) -> float:
    """Return the hours needed to raise ``skill`` from ``from_level`` to ``to_level``.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> climb_cost(G, "https://w3id.org/aijobs/skill/statistics", 1, 3)  # 30 h × (2 + 3)
    150.0
    """
    if to_level <= from_level:
        return 0.0
    cumulative = cumulative_factors(G)
    return G.nodes[skill]["effort_hours"] * (cumulative[to_level] - cumulative[from_level])


def prerequisites(G: nx.DiGraph, skill: str) -> list[str]:
    """Return the skills ``skill`` directly requires to be learned first."""
    return [p for p, relation in G.succ[skill].items() if relation["relation"] == "prerequisite"]


def held(G: nx.DiGraph, role: str) -> dict[str, int]:
    """Return ``{skill: level}`` a person in ``role`` holds: its essential skills and their prerequisites.

    Holding a skill at level L implies holding each prerequisite at ``min(2, L)``, transitively.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> held(G, "https://w3id.org/aijobs/role/ml-specialist")["https://w3id.org/aijobs/skill/data-analysis"]
    2
    """
    return closure(G, profile(G, role, essential_only=True))


def closure(G: nx.DiGraph, levels: dict[str, int]) -> dict[str, int]:
    """Return ``levels`` with the prerequisites they imply: each at ``min(2, L)`` of its dependent's L, transitively."""
    have = dict(levels)
    todo = list(have)
    while todo:
        skill = todo.pop()
        for prerequisite in prerequisites(G, skill):
            implied = min(PREREQUISITE_LEVEL, have[skill])
            if have.get(prerequisite, 0) < implied:
                have[prerequisite] = implied
                todo.append(prerequisite)
    return have


def holding(G: nx.DiGraph, person: Person) -> dict[str, int]:
    """Return ``{skill: level}`` a :class:`Person` holds: their skills and every held role's, with prerequisites.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> stats = "https://w3id.org/aijobs/skill/statistics"
    >>> holding(G, Person(((stats, 4),), ("https://w3id.org/aijobs/role/data-analyst",)))[stats]
    4
    """
    have = dict(person.skills)
    for role in person.roles:
        for skill, level in held(G, role).items():
            have[skill] = max(have.get(skill, 0), level)
    return closure(G, have)


def move(G: nx.DiGraph, source: str, target: str) -> Move:
    """Return the move from role ``source`` to role ``target``: skills to gain, in learning order.

    The person starts from :func:`held` of ``source``.

    Learning order is a topological order of the prerequisites (prerequisites first),
    ties broken by skill IRI. Into the same job in another taxonomy (``exactMatch``) the move
    is the alignment: no skills, 0 h. A close match hands over no skills, so moving into a
    close-matched role means learning its skills (the search may still pass along a close
    match as a stepping stone: see :mod:`graph.model.search`).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> m = move(G, "https://w3id.org/aijobs/role/data-analyst", "https://w3id.org/aijobs/role/data-scientist")
    >>> m.effort == sum(g.effort for g in m.gains)
    True
    """
    skills = skill_move(G, source, target)
    if _alignment(G, source, target) == "exactMatch":  # the same job; a close match hands over no skills
        return Move(source, target, (), ALIGNMENT_EFFORT["exactMatch"], "exactMatch")
    return skills


def _alignment(G: nx.DiGraph, source: str, target: str) -> str | None:
    data = G.succ[source].get(target)
    return data["relation"] if data is not None and data["relation"] in ALIGNMENT_EFFORT else None


def skill_move(G: nx.DiGraph, source: str | None, target: str, have: dict | None = None) -> Move:
    """Return the skill-based move from ``source`` to ``target``, starting from ``have`` (default: held of ``source``).

    ``have`` is what the person holds at that point (:func:`held`, :func:`holding`, or a
    profile accumulated along a path); each gain starts from its level there.
    """
    have = held(G, source) if have is None else have
    want = {skill: (level, "essential") for skill, level in profile(G, target, essential_only=True).items()
            if level > have.get(skill, 0)}
    todo = list(want)
    while todo:
        skill = todo.pop()
        for prerequisite in prerequisites(G, skill):
            needed = min(PREREQUISITE_LEVEL, want[skill][0])
            if max(have.get(prerequisite, 0), want.get(prerequisite, (0,))[0]) < needed:
                want[prerequisite] = (needed, want.get(prerequisite, (0, "prerequisite"))[1])
                todo.append(prerequisite)
    order = nx.DiGraph()
    order.add_nodes_from(want)
    order.add_edges_from((p, s) for s in want for p in prerequisites(G, s) if p in want)
    ordered = list(nx.lexicographical_topological_sort(order, key=str))
    gains = tuple(SkillGain(s, have.get(s, 0), want[s][0], climb_cost(G, s, have.get(s, 0), want[s][0]), want[s][1])
                  for s in ordered)
    return Move(source, target, gains, sum(g.effort for g in gains))


def skill_gap(G: nx.DiGraph, source: str | Person, target: str) -> Gap:
    """Compare what role ``source`` (or a :class:`Person`) holds with what role ``target`` requires.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> gap = skill_gap(G, role + "data-analyst", role + "data-scientist")
    >>> [s.rsplit("/", 1)[-1] for s, *_ in gap.matched]
    ['big-data-analytics', 'data-processing', 'statistics']
    >>> gap.missing_essential.effort == move(G, role + "data-analyst", role + "data-scientist").effort
    True

    The gap compares skills only: between aligned roles it lists the skills, not the alignment.
    """
    if isinstance(source, Person):
        have, source = holding(G, source), None
    else:
        have = held(G, source)
    essential = skill_move(G, source, target, have)
    after = {**have, **{gain.skill: gain.level for gain in essential.gains}}  # optional gaps start from here
    matched, optional = [], []
    for skill, data in sorted(G.succ[target].items()):
        if data["relation"] != "requires":
            continue
        level = have.get(skill, 0)
        if level >= data["level"]:
            matched.append((skill, level, data["level"], data["essential"]))
        elif not data["essential"] and after.get(skill, 0) < data["level"]:
            start = after.get(skill, 0)
            optional.append(SkillGain(skill, start, data["level"], climb_cost(G, skill, start, data["level"]), "optional"))
    return Gap(source, target, tuple(matched), essential, tuple(optional))

