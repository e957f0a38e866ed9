"""Least-effort learning paths that remember what the person has learned.

The state of a path is the person's **accumulated profile**: after each move they hold, per
skill, the highest level among what they started with (a role's :func:`~graph.model.effort.held`
skills, or a :class:`~graph.model.effort.Person`'s :func:`~graph.model.effort.holding`) and what
every role passed through requires. The next move is costed from that profile
(:func:`~graph.model.effort.skill_move`), so no step re-teaches what an earlier one taught.

Rules of a path
---------------
- Every move fits the per-move budget ``max_step`` (hours); the target may be reached by
  any move that fits.
- A **stepping stone** (a role passed through on the way) must be one the person could
  actually hold at that point, and must genuinely help:

  1. the move into it *reuses* part of what they hold: more than
     :data:`STEPPING_STONE_REUSE` of the hours its skills represent (0: at least one level
     of one of its skills) is already held, and
  2. it *teaches something the target needs*: it raises at least one skill the target
     (or the ``via`` role) requires, above the level the person holds.

  A ``via`` role is always allowed once (the person asked for it).
- Paths are simple (no role twice); ``avoid``, ``sector`` and ``max_steps`` restrict the
  roles and moves inside the search.
- A role whose data rates no skill (no essential requirement: some imported occupations)
  is never free to reach: it is no stepping stone (it teaches nothing), and a path to it is
  refused (:class:`~graph.errors.NoPathError` with ``blocking == ('unrated',)``).

The search (exact)
------------------
Climbing a skill costs hours per level, and levels add up, so the total effort of a path is
the cost of climbing from the starting profile to the final one: it depends on which roles
were passed, not on their order. The search is a label-setting A* over states
``(accumulated profile, via reached)``:

- the **bound** of a state is the direct skill move from its profile to the target (every
  level it lacks has to be learned on any continuation), so it never overestimates;
- states are popped by ``(total so far + bound, moves, role IRIs)``, so complete paths come
  out in exactly the order the answer needs: least effort, then fewer moves, then the role
  IRIs (no dependence on hashing);
- **dominance**: a state whose profile was already expanded ``k`` times is dropped (the
  earlier labels reach everything it can, at no more effort, in no more moves); with
  ``max_steps`` the number of moves is part of the state;
- the ``k`` best paths are the first ``k`` labels that reach the target.

Because every stepping stone raises a level the target needs, a path has at most as many
moves as the target has levels to learn, and the search is finite. The tests compare it with
brute-force enumeration on small hand-made graphs and on every pair of bundled roles.

NetworkX is the graph engine: the projection (a frozen ``networkx.DiGraph``) gives each
role's requirements and the prerequisite edges; the search walks role nodes, with each
state's feasible moves costed at once through the move table's index from each skill to the
roles asking it (:class:`~graph.model.movetable.MoveTable`), and each
move's skills ordered by :func:`networkx.lexicographical_topological_sort` of the
prerequisites (:func:`~graph.model.effort.skill_move`).

Across taxonomies, the accumulated profile carries over through the skill matches
(:func:`~graph.model.effort.closure`): after a move the person holds the role's skills and
their matches in the other vocabularies, while the move itself is costed from what the role
asks. A close match between roles is no shortcut: it is costed by its skill gap like any
move. An exact match (the same occupation in another taxonomy) is free and hands the
occupation's skills over; a move along one may always be taken. The bound counts each group
of matched skills once (they are one skill, with one price and one set of prerequisites, so
learning it under any name costs at least what the bound says). When a search can use an
exact match the bound is switched off (a free hand-over can meet the target for less: the
search is then a plain uniform-cost search, still exact), "what the target needs" also
counts the skills of its exact counterparts, and states are told apart by their role as well.
"""

import heapq
import math
from dataclasses import dataclass

import networkx as nx

from ..errors import NoPathError, OptionError
from .effort import (ALIGNMENT_EFFORT, DEFAULT_MAX_STEP, Move, Person, check_budget, exact_match,
                     held, holding, skill_move)
from . import movetable


#: A stepping stone must already be covered by what the person holds to more than this share of its hours.
STEPPING_STONE_REUSE = 0.0
#: A plan costing at least this many times the direct move is a detour worth pointing out.
DETOUR_RATIO = 1.5



@dataclass(frozen=True)
class LearningPath:
    """A chain of moves to ``roles[-1]``, with the direct move it is compared with.

    ``roles`` starts with the source role, or, from a :class:`~graph.model.effort.Person`,
    with the first role moved into (``steps[0].source`` is then ``None``). ``direct`` is the
    single move from the starting profile to the target, whatever the budget: its effort is
    a lower bound of every plan's total.
    """

    roles: tuple[str, ...]
    steps: tuple[Move, ...]
    total_effort: float
    direct: Move

    @property
    def detour(self) -> bool:
        """Whether the plan costs at least :data:`DETOUR_RATIO` times the direct move."""
        return self.total_effort >= DETOUR_RATIO * self.direct.effort and self.total_effort > self.direct.effort


@dataclass
class _Problem:
    """One search: the start, the goal, the rules; ``None`` fields are constraints not given."""

    t: movetable.MoveTable
    start: dict  # the starting profile
    visited: tuple[int, ...]  # roles held at the start
    last: int | None  # the start role, for alignment links
    target: int
    mask: list  # mask[j]: role j may be passed through
    via: int | None
    max_steps: int | None

    def __post_init__(self):
        inside = {j for j, allowed in enumerate(self.mask) if allowed} | set(self.visited)
        self.crossing = any(a in inside and b in inside for a, links in self.t.exact.items() for b in links)
        # the bound's goal: what the target (and via) ask, one column per group of matched skills
        self.goal = self.t.asked(self.target)
        self.goal_via = self.goal if self.via is None else _highest(self.goal, self.t.asked(self.via))
        # what "teaches something the target needs" looks at: the target's (and via's) skills under every
        # name, and with exact matches those of their counterparts, in the other vocabularies
        self.needs = self.t.held(self.target)
        self.needs_via = self.needs if self.via is None else _highest(self.needs, self.t.held(self.via))
        if self.crossing:
            ends = [self.target] + ([] if self.via is None else [self.via])
            for end in ends:
                for other in sorted(self.t.exact.get(end, ())):
                    self.needs_via = _highest(self.needs_via, self.t.held(other))
                    if end == self.target:
                        self.needs = _highest(self.needs, self.t.held(other))
            self.needs_via = _highest(self.needs_via, self.needs)

    def moves(self, p, last, path, seen, steps, budget):
        """The roles one may move into from a state, ascending, and each move's effort (an exact match of ``last``
        is free)."""
        t = self.t
        covered = t.covered(p)
        effort = t.efforts(covered)
        links = sorted(t.exact.get(last, ())) if self.crossing and last is not None else []
        for j in links:
            effort[j] = ALIGNMENT_EFFORT["exactMatch"]
        fits = [allowed and cost <= budget for allowed, cost in zip(self.mask, effort)]
        for j in (*path, *self.visited):
            fits[j] = False
        final = self.max_steps is not None and steps + 1 >= self.max_steps
        reached_via = self.via is None or seen
        stone = set()
        if not final:  # a stepping stone teaches something the target (or via) needs, above what p holds
            for s, wanted in (self.needs if reached_via else self.needs_via).items():
                have = p.get(s, 0)
                if wanted > have:
                    stone.update(r for r, level in t.asking.get(s, ()) if level > have)
            stone = {j for j in stone if fits[j] and covered[j] > STEPPING_STONE_REUSE * t.total[j] and effort[j] > 0}
            stone.update(j for j in links if fits[j])  # the same job under another name: always a step one may take
        stone.discard(self.target)
        if self.via is not None:
            stone.discard(self.via)
            if not seen and not final and fits[self.via]:
                stone.add(self.via)
        if reached_via and fits[self.target]:
            stone.add(self.target)
        return sorted(stone), effort

    def bound(self, p, seen) -> float:
        if self.crossing:
            return 0.0
        return self.t.remaining(p, self.goal if seen or self.via is None else self.goal_via)

    def bounds(self, p, seen, roles) -> dict[int, float]:
        """:meth:`bound` of the state after moving into each of ``roles``.

        Moving into role j raises p to at least what j asks, on j's skills only, so each role's
        bound is the current one plus the change on its own skills; only the skills the goal
        asks above what p holds can change it (one pass over the roles asking them).
        """
        t = self.t
        if self.crossing:
            return dict.fromkeys(roles, 0.0)
        result = {}
        for passed in (False, True) if self.via is not None and not seen else (True,):
            want = self.goal if passed or self.via is None else self.goal_via
            change = dict.fromkeys(roles, 0.0)
            for group, goal in want.items():
                for s in t.members.get(group, ()):
                    now = p.get(s, 0)
                    if goal <= now:
                        continue
                    climb = t.climb[s]
                    before = climb[goal] - climb[now]
                    for r, level in t.asking[s]:
                        if level > now and r in change:
                            change[r] += (climb[max(level, goal)] - climb[level]) - before
            base = t.remaining(p, want)
            if passed and self.via is not None and not seen:
                if self.via in change:
                    result[self.via] = base + change[self.via]
            else:
                result.update((j, base + extra) for j, extra in change.items())
        return {j: max(value, 0.0) for j, value in result.items()}


def _highest(a: dict, b: dict) -> dict:
    """The profile holding, per skill, the higher level of profiles ``a`` and ``b``."""
    merged = dict(a)
    for s, level in b.items():
        if level > merged.get(s, 0):
            merged[s] = level
    return merged


def _key(p: dict) -> tuple:
    return tuple(sorted(p.items()))


def _search(problem: _Problem, k: int, budget: float, closest: list | None = None):
    """The ``k`` best paths ``(effort, roles)`` (module docstring); ``closest`` collects the nearest state."""
    t = problem.t
    start = (problem.last,) if problem.last is not None else ()
    heap = [(round(problem.bound(problem.start, False), 6), 0, start, 0.0, problem.start, problem.via is None)]
    expanded: dict = {}
    found = []
    while heap and len(found) < k:
        _, steps, path, cost, p, seen = heapq.heappop(heap)
        last = path[-1] if path else None
        if steps:  # a label holds its parent's profile: the move's profile is made when it is popped
            p = _highest(p, t.held(last))
        if last == problem.target:
            found.append((cost, path))
            continue
        key = (_key(p), seen, steps if problem.max_steps else None, last if problem.crossing else None)
        if expanded.get(key, 0) >= k:
            continue
        expanded[key] = expanded.get(key, 0) + 1
        if closest is not None and path[len(start):]:
            remaining = problem.t.remaining(p, problem.goal)
            if not closest or (remaining, path) < closest[0]:
                closest[:] = [(remaining, path)]
        if problem.max_steps is not None and steps >= problem.max_steps:
            continue
        roles, effort = problem.moves(p, last, path, seen, steps, budget)
        bounds = problem.bounds(p, seen, roles)
        for j in roles:
            total = cost + effort[j]
            heapq.heappush(heap, (round(total + bounds[j], 6), steps + 1, path + (j,), total, p,
                                  seen or j == problem.via))
    return found


def _bottleneck(problem: _Problem) -> float | None:
    """The smallest per-move budget under which the problem has a path (minimax search), or ``None``."""
    t = problem.t
    start = (problem.last,) if problem.last is not None else ()
    heap = [(0.0, 0, start, problem.start, problem.via is None)]
    expanded = set()
    while heap:
        worst, steps, path, p, seen = heapq.heappop(heap)
        last = path[-1] if path else None
        if last == problem.target:
            return worst
        key = (_key(p), seen, steps if problem.max_steps else None, last if problem.crossing else None)
        if key in expanded or (problem.max_steps is not None and steps >= problem.max_steps):
            continue
        expanded.add(key)
        roles, effort = problem.moves(p, last, path, seen, steps, math.inf)
        for j in roles:
            heapq.heappush(heap, (max(worst, effort[j]), steps + 1, path + (j,), _highest(p, t.held(j)),
                                  seen or j == problem.via))
    return None


def learning_path(G: nx.DiGraph, source: str | Person, target: str, *, k: int = 1, via: str | None = None,
                  avoid=(), sector: str | None = None, max_step: float = DEFAULT_MAX_STEP,
                  max_steps: int | None = None) -> list[LearningPath]:
    """Return up to ``k`` least-effort learning paths from ``source`` to role ``target``.

    Parameters
    ----------
    G : networkx.DiGraph
        A projection from :func:`graph.model.projection.project`.
    source : str or Person
        A role IRI, or a :class:`~graph.model.effort.Person` (skills held, roles held).
    target : str
        A role IRI.
    k : int
        How many alternatives, best first. Paths of equal effort are ordered by number
        of moves, then by their role IRIs, so the order never depends on hashing.
    via : str, optional
        A role every path must pass through.
    avoid : iterable of str
        Roles no path may pass through.
    sector : str, optional
        A sector IRI: every intermediate role must be in it (or in a narrower sector).
    max_step : float
        The per-move budget in hours (default :data:`~graph.model.effort.DEFAULT_MAX_STEP`).
    max_steps : int, optional
        The most moves a path may have.

    A path stays within the taxonomies of its ends (and of ``via``): between two O*NET
    occupations it passes only through O*NET occupations, between two article roles only
    through article roles. When the ends lie in different taxonomies, the article roles
    join in, since their alignment links are the bridges.

    Returns
    -------
    list of LearningPath
        One path without steps when there is nothing to learn (``source == target``, or a
        person who already meets every requirement of ``target``).

    Raises
    ------
    NoPathError
        No path satisfies the constraints; it carries the smallest budget that would work,
        the closest reachable role and the constraints that block.
    OptionError
        Contradictory or out-of-range options (``via`` also avoided, ``k < 1``, ...).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> best = learning_path(G, role + "data-analyst", role + "ai-auditor")[0]
    >>> best.roles[0], best.roles[-1]
    ('https://w3id.org/aijobs/role/data-analyst', 'https://w3id.org/aijobs/role/ai-auditor')
    >>> all(step.effort <= DEFAULT_MAX_STEP for step in best.steps)
    True
    >>> best.total_effort == sum(step.effort for step in best.steps) >= best.direct.effort
    True
    """
    avoid = set(avoid)
    if k < 1:
        raise OptionError("paths_at_least_one", k=k)
    if max_steps is not None and max_steps < 1:
        raise OptionError("moves_at_least_one", max_steps=max_steps)
    check_budget(max_step)
    person = source if isinstance(source, Person) else None
    ends = (("target", target),) if person else (("source", source), ("target", target))
    for name, role in ends:
        if role in avoid:
            raise OptionError(f"{name}_avoided")
    if via is not None and via in avoid:
        raise OptionError("via_avoided")
    t = movetable.table(G)
    have = holding(G, person) if person else held(G, source)
    direct = skill_move(G, None if person else source, target, have)
    if source == target or (person and target in person.roles):
        return [LearningPath((target,), (), 0.0, direct)]
    if not t.total[t.position[target]]:  # nothing rated to learn: a move into it cannot be costed, it is not free
        raise NoPathError(None if person else source, target, max_step, blocking=("unrated",), via=via,
                          max_steps=max_steps)
    if person and not direct.gains:
        return [LearningPath((target,), (), 0.0, direct)]
    if via is not None and (via == target or via == source or (person and via in person.roles)):
        raise OptionError("via_is_an_end")
    start_roles = person.roles if person else (source,)
    taxonomies = {G.nodes[r].get("source") for r in (*start_roles, target, via) if r is not None}
    if len(taxonomies) > 1:
        taxonomies.add(None)  # the curated roles hold the alignment links between taxonomies
    allowed = {r for r, taxonomy in zip(t.roles, t.sources) if r not in avoid and taxonomy in taxonomies}
    if sector is not None:
        allowed = {r for r in allowed if sector in G.nodes[r]["sectors"]} | {target}
        if via is not None and via not in allowed:
            raise OptionError("via_outside_sector")
    mask = [r in allowed for r in t.roles]
    problem = _Problem(t, t.vector(have), tuple(t.position[r] for r in start_roles),
                       None if person else t.position[source], t.position[target], mask,
                       None if via is None else t.position[via], max_steps)
    closest: list = []
    found = _search(problem, k, max_step, closest)
    if not found:
        kept = [taxonomy in taxonomies for taxonomy in t.sources]
        in_sector = [sector is None or r == target or sector in G.nodes[r]["sectors"] for r in t.roles]
        relaxed = {"sector": [k and r not in avoid for k, r in zip(kept, t.roles)],
                   "avoid": [k and s for k, s in zip(kept, in_sector)]}
        raise _no_path(problem, source, target, max_step, closest, relaxed, avoid=avoid, sector=sector, via=via)
    paths = []
    for _, nodes in found:
        profile, steps = dict(have), []
        previous = None if person else source
        for j in nodes[0 if person else 1:]:
            role = t.roles[j]
            step = _step(G, previous, role, profile, problem.crossing)
            steps.append(step)
            for skill, level in held(G, role).items():
                profile[skill] = max(profile.get(skill, 0), level)
            previous = role
        names = tuple(t.roles[j] for j in nodes)
        paths.append(LearningPath(names, tuple(steps), sum(s.effort for s in steps), direct))
    return paths


def _step(G, source, target, have, crossing) -> Move:
    """The move of a found path: the skill move from ``have``, or (with ``crossing``) the exact match when it is cheaper."""
    skills = skill_move(G, source, target, have)
    if crossing and exact_match(G, source, target) and ALIGNMENT_EFFORT["exactMatch"] < skills.effort:
        return Move(source, target, (), ALIGNMENT_EFFORT["exactMatch"], "exactMatch")
    return skills


def _no_path(problem: _Problem, source, target, max_step, closest, relaxed, **constraints) -> NoPathError:
    """Gather the facts of a failed search: smallest budget, closest role, blocking constraints."""
    t = problem.t
    budget = _bottleneck(problem)
    blocking = []  # the constraints whose removal gives a path within the budget
    trials = {"max_steps": {"max_steps": None}, "via": {"via": None}, "sector": {"mask": relaxed["sector"]},
              "avoid": {"mask": relaxed["avoid"]}}
    given = {"max_steps": problem.max_steps is not None, "via": problem.via is not None,
             "sector": constraints["sector"] is not None, "avoid": bool(constraints["avoid"])}
    for name, change in trials.items():
        if given[name] and _search(_Problem(**{**_fields(problem), **change}), 1, max_step):
            blocking.append(name)
    near = None
    if closest:
        remaining, path = closest[0]
        if remaining < problem.t.remaining(problem.start, problem.goal):
            near = (t.roles[path[-1]], remaining)
    return NoPathError(None if isinstance(source, Person) else source, target, max_step, budget=budget,
                       closest=near, blocking=tuple(blocking), via=constraints["via"], max_steps=problem.max_steps)


def _fields(problem: _Problem) -> dict:
    return {name: getattr(problem, name) for name in ("t", "start", "visited", "last", "target", "mask", "via",
                                                       "max_steps")}


def smallest_budget(G: nx.DiGraph, source: str | Person, target: str) -> float | None:
    """Return the smallest per-move budget under which some path reaches ``target`` from ``source``.

    The minimax (bottleneck) effort over paths that follow the stepping-stone rules; it is
    at most the direct move's effort. ``None`` if no budget suffices.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> budget = smallest_budget(G, role + "data-analyst", role + "ai-auditor")
    >>> len(learning_path(G, role + "data-analyst", role + "ai-auditor", max_step=budget)) == 1
    True
    """
    try:
        learning_path(G, source, target, max_step=1e-9)
    except NoPathError as err:
        return err.budget
    return 0.0
