"""The effort of a move between two roles: which skills to learn, in which order, for how many hours.

A person in role A holds A's *essential* skills at their levels (:func:`held`). Moving to
role B means raising every skill B requires as essential to B's level, plus every missing
prerequisite: a prerequisite must be held at :data:`PREREQUISITE_LEVEL` (Working), or at
the dependent skill's target level if that is lower. Climbing a skill from level l to
level L costs ``effort_hours × (factor(l+1) + … + factor(L))`` hours, with the factors of
the proficiency scale in the ontology (1, 2, 6, 15: from zero, 1, 3, 9 and 24 units, so that
for a skill of 45 h a unit, one SKS, Working is one 3-SKS course and Expert a full 24-SKS
semester) (:func:`climb_cost`). The effort of a
move is the sum over the skills gained.

Traits. A skill typed ``aij:Trait`` (integrity, empathy) is asked for at a level like any
other, and held by the people of the roles that ask for it, but it is not learned by study:
it has no effort hours, so :func:`climb_cost` is 0 for it and no move or path is priced by it.
A move lists the traits the target asks for and the person does not hold as ``traits``, apart
from the ``gains`` it prices (the same numbers the move table and the search add up, since a
trait's hours are 0 in their arrays too).

A person can also be described directly (:class:`Person`): the skills they hold at their
levels, and the roles they have held. What they hold (:func:`holding`) is the highest level
of each skill among those, closed under prerequisites like :func:`held`, and every move is
costed from it (:func:`skill_move` with ``have``).

Across taxonomies. The curated graph, O*NET and ESCO each name skills in their own words.
A curated table of skill matches (``skos:exactMatch``/``closeMatch`` between skills, each
curated skill naming at most one counterpart per taxonomy) says which of them count as the
same skill: holding one at level L counts as holding each of its matches at L (:func:`closure`),
so what a person learned in one vocabulary carries over to a role described in another. A
move into a role is still costed from what that role itself asks (:func:`skill_move`): a
match never adds requirements, it only credits what is held.

Aligned roles. When the data links two roles with ``skos:exactMatch`` (the same occupation
in another taxonomy), :data:`ALIGNMENT_EFFORT` gives the hours of a move along the link:
none, and the occupation's skills are handed over. A close match (``skos:closeMatch``) is
no shortcut: moving into a close-matched role costs the skill gap, like any other move,
with the person's skills carried over by the skill matches.
"""

import math
from dataclasses import dataclass

import networkx as nx

from ..errors import OptionError
from .projection import profile

#: Default per-move budget in study hours: one semester at the heaviest load an Indonesian university
#: allows (24 SKS of 45 h each), about 27 weeks of full-time study (40 h a week).
DEFAULT_MAX_STEP = 1080.0
#: Prerequisites must be held at this level (or at the dependent skill's target, if lower).
PREREQUISITE_LEVEL = 2
#: Hours of a move between two aligned roles, by the SKOS property that aligns them.
ALIGNMENT_EFFORT = {"exactMatch": 0.0}


def check_budget(max_step: float) -> float:
    """Return ``max_step`` if it can be a per-move budget: a finite number of hours above zero.

    Raises
    ------
    OptionError
        ``max_step`` is zero, negative, infinite or NaN.

    Examples
    --------
    >>> check_budget(1080.0)
    1080.0
    >>> check_budget(float("nan"))
    Traceback (most recent call last):
    ...
    graph.errors.OptionError: bad_budget(max_step=nan)
    """
    if not 0 < max_step < math.inf:  # NaN fails both comparisons
        raise OptionError("bad_budget", max_step=max_step)
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
    reason: str  # 'essential', 'prerequisite', 'optional', or 'trait' (not learned by study: ``effort`` 0)


@dataclass(frozen=True)
class Move:
    """A move from one role (``None``: the person's starting point) to another: the skills to learn, in order."""

    source: str | None
    target: str
    gains: tuple[SkillGain, ...]
    effort: float
    alignment: str | None = None  # 'exactMatch' or 'closeMatch' when the move follows an alignment link
    traits: tuple[SkillGain, ...] = ()  # traits the target asks for, not held: reported, not priced


@dataclass(frozen=True)
class Gap:
    """What a person in role ``source`` (``None``: a :class:`Person`) already has for role ``target``, and what is missing.

    ``missing_essential`` is the move (essential skills plus prerequisites, in learning
    order, and its ``traits``); ``missing_optional`` lists the optional skills not yet at the
    target level (an optional trait with reason 'trait').
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
    >>> cumulative_factors(project(load_graph()))  # factors 1, 2, 6, 15
    (0.0, 1.0, 3.0, 9.0, 24.0)
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
    >>> climb_cost(G, "https://w3id.org/aijobs/skill/statistics", 1, 3)  # 45 h × (2 + 6)
    360.0
    """
    if to_level <= from_level:
        return 0.0
    cumulative = cumulative_factors(G)
    return effort_hours(G, skill) * (cumulative[to_level] - cumulative[from_level])


def effort_hours(G: nx.DiGraph, skill: str) -> float:
    """Return the study hours per unit of the level scale of ``skill``, one price for all its names.

    Matched skills are one skill under several names, so they have one price (and one set
    of :func:`prerequisites`): learning it under a cheaper name is never a way round. The
    curated estimate governs (so importing a taxonomy changes no curated answer); a group
    without a curated skill takes the least of its estimates.
    """
    group = (skill, *matches(G, skill))
    curated = [s for s in group if "source" not in G.nodes[s]]
    return min(G.nodes[s]["effort_hours"] for s in (curated or group))


_UNRELATED = ((), ())  # no prerequisites, no matches: most skills


def prerequisites(G: nx.DiGraph, skill: str) -> tuple[str, ...]:
    """Return the skills ``skill`` directly requires to be learned first (its own and its matches'), sorted."""
    return _relations(G).get(skill, _UNRELATED)[0]


def _relations(G: nx.DiGraph) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(prerequisites, matches)`` of each skill that has either, read once from the frozen projection and kept on it."""
    if "skill_relations" not in G.graph:
        own = {}
        for s, links in G.adjacency():  # most skills link to nothing: only roles and related skills are visited
            if links and G.nodes[s]["kind"] == "skill":
                own[s] = ([o for o, data in links.items() if data["relation"] == "prerequisite"],
                          [o for o, data in links.items() if data["relation"] == "matches"])
        relations = {}
        for s, (_, same) in own.items():
            group = {s, *same}
            relations[s] = (tuple(sorted({p for member in group for p in own.get(member, _UNRELATED)[0]} - group)),
                            tuple(sorted(same)))
        G.graph["skill_relations"] = relations
    return G.graph["skill_relations"]


def matches(G: nx.DiGraph, skill: str) -> tuple[str, ...]:
    """Return the skills of other taxonomies that count as ``skill`` (its skill matches), sorted."""
    return _relations(G).get(skill, _UNRELATED)[1]


def group_name(G: nx.DiGraph, skill: str) -> str:
    """Return the name a skill and its matches go by together: the first of them (``skill`` itself when unmatched)."""
    return min((skill, *matches(G, skill)))


def held(G: nx.DiGraph, role: str, *, matched: bool = True) -> dict[str, int]:
    """Return ``{skill: level}`` a person in ``role`` holds: its essential skills and their prerequisites.

    Holding a skill at level L implies holding each prerequisite at ``min(2, L)``, transitively,
    and each of its matches at L. With ``matched`` false the result is what a move into the
    role must reach instead: its own skills and prerequisites, one name per matched skill.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> held(G, "https://w3id.org/aijobs/role/ml-specialist")["https://w3id.org/aijobs/skill/data-analysis"]
    2
    """
    levels = closure(G, profile(G, role, essential_only=True), matched=matched)
    if matched:
        return levels
    learned = one_per_match(G, levels)
    return {skill: level for skill, level in levels.items() if learned[skill] == skill}


def closure(G: nx.DiGraph, levels: dict[str, int], *, matched: bool = True) -> dict[str, int]:
    """Return ``levels`` with what they imply, transitively: each prerequisite at ``min(2, L)`` of its dependent's L,
    and (``matched``) each skill match at L.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> skill = "https://w3id.org/aijobs/skill/"
    >>> closure(G, {skill + "machine-learning": 3})[skill + "statistics"]  # a prerequisite, at Working level
    2
    """
    have = dict(levels)
    todo = list(have)
    while todo:
        skill = todo.pop()
        implied = [(p, min(PREREQUISITE_LEVEL, have[skill])) for p in prerequisites(G, skill)]
        if matched:
            implied += [(m, have[skill]) for m in matches(G, skill)]
        for other, level in implied:
            if have.get(other, 0) < level:
                have[other] = level
                todo.append(other)
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
    is the alignment: no skills, 0 h. A close match hands over no skills: moving into a
    close-matched role means learning what it asks beyond what carries over.

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
    if exact_match(G, source, target):  # the same job; a close match hands over no skills
        return Move(source, target, (), ALIGNMENT_EFFORT["exactMatch"], "exactMatch")
    return skills


def exact_match(G: nx.DiGraph, source: str | None, target: str) -> bool:
    """Whether roles ``source`` and ``target`` are the same occupation in two taxonomies (``skos:exactMatch``)."""
    data = G.succ[source].get(target) if source is not None else None
    return data is not None and data["relation"] == "exactMatch"


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
    learned = one_per_match(G, {skill: level for skill, (level, _) in want.items()})
    want = {learned[s]: (max(want[learned[s]][0], want[s][0]),
                         "essential" if "essential" in (want[learned[s]][1], want[s][1]) else "prerequisite")
            for s in sorted(want)}
    order = nx.DiGraph()
    order.add_nodes_from(want)
    order.add_edges_from((learned[p], s) for s in want for p in prerequisites(G, s) if p in learned)
    ordered = list(nx.lexicographical_topological_sort(order, key=str))
    gains = tuple(SkillGain(s, have.get(s, 0), want[s][0], climb_cost(G, s, have.get(s, 0), want[s][0]), want[s][1])
                  for s in ordered if not is_trait(G, s))
    traits = tuple(SkillGain(s, have.get(s, 0), want[s][0], 0.0, "trait") for s in ordered if is_trait(G, s))
    return Move(source, target, gains, sum(g.effort for g in gains), traits=traits)


def is_trait(G: nx.DiGraph, skill: str) -> bool:
    """Whether ``skill`` is a trait: asked for and held, not learned by study (see the module docstring)."""
    return G.nodes[skill].get("trait", False)


def one_per_match(G: nx.DiGraph, levels: dict[str, int]) -> dict[str, str]:
    """Map each skill of ``levels`` to the one of its matches among them that is learned: the highest level, then IRI.

    Matched skills are one skill: learning it once, to the highest level wanted under any of
    its names, meets every one of them.
    """
    chosen: dict[str, str] = {}
    for skill in sorted(levels, key=lambda s: (-levels[s], s)):
        for name in (skill, *matches(G, skill)):
            chosen.setdefault(name, skill)
    return {skill: chosen[skill] for skill in levels}


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
            reason = "trait" if is_trait(G, skill) else "optional"
            optional.append(SkillGain(skill, start, data["level"], climb_cost(G, skill, start, data["level"]), reason))
    return Gap(source, target, tuple(matched), essential, tuple(optional))

