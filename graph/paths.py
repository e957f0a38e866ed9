"""Learning paths between roles: the effort of a move, least-effort chains, next moves, skill gaps.

Semantics (DESIGN.md §4). A person in role A holds A's *essential* skills at their
levels. Moving to role B means raising every skill B requires as essential to B's level,
plus every missing prerequisite: a prerequisite must be held at the Working level (2), or
at the dependent skill's target level if that is lower. Climbing a skill from level l to
level L costs ``effort_hours × (factor(l+1) + … + factor(L))`` hours, with the factors of
the proficiency scale in the ontology (1, 2, 3, 4). The effort of a move is the sum over
the skills gained. A move is *feasible* when its effort is within the per-move budget
``max_step``; a learning path is the least-total-effort chain of feasible moves.
"""

import heapq
import weakref
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from .errors import NoPathError, OptionError
from .project import profile, roles

#: Default per-move budget in study hours: about 20 weeks of full-time study (40 h a week).
DEFAULT_MAX_STEP = 800.0
#: Prerequisites must be held at this level (or at the dependent skill's target, if lower).
PREREQUISITE_LEVEL = 2
#: In ``next`` rankings, an optional skill counts this much of an essential one.
OPTIONAL_WEIGHT = 0.5
#: How many candidate paths the k-shortest enumeration may inspect before giving up.
_MAX_CANDIDATES = 5000
#: Moves already computed on frozen projections (which cannot change), per graph.
_MOVES: "weakref.WeakKeyDictionary[nx.DiGraph, dict]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class SkillGain:
    """One skill to learn in a move: from ``from_level`` to ``level``, costing ``effort`` hours."""

    skill: str
    from_level: int
    level: int
    effort: float
    reason: str  # 'essential' or 'prerequisite'

    def to_dict(self, G, lang="en") -> dict:
        return {"label": G.nodes[self.skill][f"label_{lang}"], "iri": self.skill, "from_level": self.from_level,
                "level": self.level, "effort": self.effort, "reason": self.reason}


@dataclass(frozen=True)
class Move:
    """A move from one role to another: the skills to learn in learning order, and the total effort."""

    source: str
    target: str
    gains: tuple[SkillGain, ...]
    effort: float

    def to_dict(self, G, lang="en") -> dict:
        key = f"label_{lang}"
        labels = G.graph["labels"]
        new_concerns = sorted(labels[c][lang] for c in set(G.nodes[self.target]["concerns"]) - set(G.nodes[self.source]["concerns"]))
        new_sectors = sorted(labels[c][lang] for c in set(G.nodes[self.target]["sectors"]) - set(G.nodes[self.source]["sectors"]))
        return {"from": G.nodes[self.source][key], "to": G.nodes[self.target][key], "effort": self.effort,
                "skills": [g.to_dict(G, lang) for g in self.gains], "new_concerns": new_concerns,
                "new_sectors": new_sectors}


@dataclass(frozen=True)
class LearningPath:
    """A chain of moves from ``roles[0]`` to ``roles[-1]``."""

    roles: tuple[str, ...]
    steps: tuple[Move, ...]
    total_effort: float

    def to_dict(self, G, lang="en") -> dict:
        return {"roles": [G.nodes[r][f"label_{lang}"] for r in self.roles], "role_iris": list(self.roles),
                "total_effort": self.total_effort, "steps": [s.to_dict(G, lang) for s in self.steps]}


@dataclass(frozen=True)
class Gap:
    """What a person in role ``source`` already has for role ``target``, and what is missing.

    ``missing_essential`` is the move (essential skills plus prerequisites, in learning
    order); ``missing_optional`` lists the optional skills not yet at the target level.
    """

    source: str
    target: str
    matched: tuple[tuple[str, int, int, bool], ...]  # (skill, level held, level required, essential)
    missing_essential: Move
    missing_optional: tuple[SkillGain, ...]

    def to_dict(self, G, lang="en") -> dict:
        key = f"label_{lang}"
        return {
            "from": G.nodes[self.source][key], "to": G.nodes[self.target][key],
            "matched": [{"label": G.nodes[s][key], "iri": s, "has_level": have, "level": level, "essential": essential}
                        for s, have, level, essential in self.matched],
            "missing_essential": [g.to_dict(G, lang) for g in self.missing_essential.gains],
            "missing_optional": [g.to_dict(G, lang) for g in self.missing_optional],
            "essential_effort": self.missing_essential.effort,
            "optional_effort": sum(g.effort for g in self.missing_optional),
        }


@dataclass(frozen=True)
class NextMove:
    """A feasible move ranked by :func:`next_moves`, with the similarity of the two profiles."""

    move: Move
    shared: tuple[tuple[str, int], ...]  # (skill, level usable in the new role)
    similarity: float

    def to_dict(self, G, lang="en") -> dict:
        key = f"label_{lang}"
        return {"role": G.nodes[self.move.target][key], "iri": self.move.target, "similarity": self.similarity,
                "effort": self.move.effort,
                "shared": [{"label": G.nodes[s][key], "iri": s, "level": level} for s, level in self.shared],
                "to_learn": [g.to_dict(G, lang) for g in self.move.gains]}


def climb_cost(G: nx.DiGraph, skill: str, from_level: int, to_level: int) -> float:
    """Return the hours needed to raise ``skill`` from ``from_level`` to ``to_level``.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> climb_cost(G, "https://w3id.org/aijobs/skill/statistics", 1, 3)  # 30 h × (2 + 3)
    150.0
    """
    factors = G.graph["effort_factor"]
    return G.nodes[skill]["effort_hours"] * sum(factors[level] for level in range(from_level + 1, to_level + 1))


def _prerequisites(G: nx.DiGraph, skill: str) -> list[str]:
    return [p for p, relation in G.succ[skill].items() if relation["relation"] == "prerequisite"]


def held(G: nx.DiGraph, role: str) -> dict[str, int]:
    """Return ``{skill: level}`` a person in ``role`` holds: its essential skills and their prerequisites.

    Holding a skill at level L implies holding each prerequisite at ``min(2, L)``, transitively.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> held(G, "https://w3id.org/aijobs/role/big-data-specialist")["https://w3id.org/aijobs/skill/data-analysis"]
    2
    """
    have = profile(G, role, essential_only=True)
    todo = list(have)
    while todo:
        skill = todo.pop()
        for prerequisite in _prerequisites(G, skill):
            implied = min(PREREQUISITE_LEVEL, have[skill])
            if have.get(prerequisite, 0) < implied:
                have[prerequisite] = implied
                todo.append(prerequisite)
    return have


def move(G: nx.DiGraph, source: str, target: str) -> Move:
    """Return the move from role ``source`` to role ``target``: skills to gain, in learning order.

    The person starts from :func:`held` of ``source``.

    Learning order is a topological order of the prerequisites (prerequisites first),
    ties broken by skill IRI. On a frozen projection each move is computed once and
    remembered (the projection cannot change), which makes all-pairs planning cheap.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> m = move(G, "https://w3id.org/aijobs/role/data-analyst", "https://w3id.org/aijobs/role/data-scientist")
    >>> m.effort == sum(g.effort for g in m.gains)
    True
    """
    if not nx.is_frozen(G):
        return _move(G, source, target)
    cache = _MOVES.setdefault(G, {})
    if (source, target) not in cache:
        cache[source, target] = _move(G, source, target)
    return cache[source, target]


def _move(G: nx.DiGraph, source: str, target: str) -> Move:
    have = held(G, source)
    want = {skill: (level, "essential") for skill, level in profile(G, target, essential_only=True).items()
            if level > have.get(skill, 0)}
    todo = list(want)
    while todo:
        skill = todo.pop()
        for prerequisite in _prerequisites(G, skill):
            needed = min(PREREQUISITE_LEVEL, want[skill][0])
            if max(have.get(prerequisite, 0), want.get(prerequisite, (0,))[0]) < needed:
                want[prerequisite] = (needed, want.get(prerequisite, (0, "prerequisite"))[1])
                todo.append(prerequisite)
    order = nx.DiGraph()
    order.add_nodes_from(want)
    order.add_edges_from((p, s) for s in want for p in _prerequisites(G, s) if p in want)
    ordered = list(nx.lexicographical_topological_sort(order, key=str))
    gains = tuple(SkillGain(s, have.get(s, 0), want[s][0], climb_cost(G, s, have.get(s, 0), want[s][0]), want[s][1])
                  for s in ordered)
    return Move(source, target, gains, sum(g.effort for g in gains))


def transitions(G: nx.DiGraph, *, max_step: float = DEFAULT_MAX_STEP, allowed=None) -> nx.DiGraph:
    """Return the role-transition graph: an edge ``A -> B`` for every feasible move, weighted by its effort.

    Parameters
    ----------
    max_step : float
        The per-move budget in hours; moves above it are left out.
    allowed : set of str, optional
        Only these roles are included.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> T = transitions(G, max_step=300)
    >>> all(d["weight"] <= 300 for _, _, d in T.edges(data=True))
    True
    """
    if max_step <= 0:
        raise OptionError(f"--max-step must be positive, not {max_step:g}")
    T = nx.DiGraph()
    members = [r for r in roles(G) if allowed is None or r in allowed]
    T.add_nodes_from(members)
    for source in members:
        for target in members:
            if source != target:
                m = move(G, source, target)
                if m.effort <= max_step:
                    T.add_edge(source, target, weight=m.effort, move=m)
    return T


def _path_weight(T, nodes) -> float:
    return sum(T.edges[u, v]["weight"] for u, v in zip(nodes, nodes[1:]))


def learning_path(G: nx.DiGraph, source: str, target: str, *, k: int = 1, via: str | None = None,
                  avoid=(), sector: str | None = None, max_step: float = DEFAULT_MAX_STEP,
                  max_steps: int | None = None) -> list[LearningPath]:
    """Return up to ``k`` least-effort learning paths from role ``source`` to role ``target``.

    Parameters
    ----------
    G : networkx.DiGraph
        A projection from :func:`graph.project.project`.
    source, target : str
        Role IRIs.
    k : int
        How many alternatives, best first. Paths of equal effort are ordered by number
        of steps, then by their role IRIs, so the order never depends on hashing.
    via : str, optional
        A role every path must pass through.
    avoid : iterable of str
        Roles no path may pass through.
    sector : str, optional
        A sector IRI: every intermediate role must be in it (or in a narrower sector).
    max_step : float
        The per-move budget in hours (default :data:`DEFAULT_MAX_STEP`).
    max_steps : int, optional
        The most moves a path may have.

    Returns
    -------
    list of LearningPath
        Empty steps when ``source == target``.

    Raises
    ------
    NoPathError
        No path satisfies the constraints; the message says what would make one feasible.
    OptionError
        Contradictory options (``via`` also avoided, ``k < 1``, ...).

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> best = learning_path(G, role + "data-analyst", role + "ai-auditor")[0]
    >>> best.roles[0], best.roles[-1]
    ('https://w3id.org/aijobs/role/data-analyst', 'https://w3id.org/aijobs/role/ai-auditor')
    >>> all(step.effort <= DEFAULT_MAX_STEP for step in best.steps)
    True
    >>> best.total_effort == sum(step.effort for step in best.steps)
    True
    """
    avoid = set(avoid)
    if k < 1:
        raise OptionError(f"--k must be at least 1, not {k}")
    if max_steps is not None and max_steps < 1:
        raise OptionError(f"--max-steps must be at least 1, not {max_steps}")
    for name, role in (("source", source), ("target", target)):
        if role in avoid:
            raise OptionError(f"the {name} role cannot also be avoided")
    if via is not None and via in avoid:
        raise OptionError("--via and --avoid name the same role")
    if source == target:
        return [LearningPath((source,), (), 0.0)]
    allowed = {r for r in roles(G) if r not in avoid}
    if sector is not None:
        allowed = {r for r in allowed if sector in G.nodes[r]["sectors"]} | {source, target}
        if via is not None and via not in allowed:
            raise OptionError("the --via role is not in the --sector")
    T = transitions(G, max_step=max_step, allowed=allowed)
    found = _k_paths(T, source, target, k=k, via=via, max_steps=max_steps)
    if not found:
        raise NoPathError(_explain_no_path(G, T, source, target, max_step, allowed, via, max_steps))
    return [LearningPath(tuple(p), tuple(T.edges[u, v]["move"] for u, v in zip(p, p[1:])), _path_weight(T, p))
            for p in found]


def _k_paths(T, source, target, *, k, via, max_steps):
    """Best ``k`` simple paths meeting ``via``/``max_steps``, ties broken by (steps, IRIs)."""
    if not nx.has_path(T, source, target):
        return []
    accepted, cutoff = [], None
    for nodes in islice(nx.shortest_simple_paths(T, source, target, weight="weight"), _MAX_CANDIDATES):
        weight = _path_weight(T, nodes)
        if cutoff is not None and weight > cutoff:
            break
        if (via is None or via in nodes) and (max_steps is None or len(nodes) - 1 <= max_steps):
            accepted.append((weight, len(nodes), tuple(nodes)))
            if len(accepted) >= k and cutoff is None:
                cutoff = sorted(accepted)[k - 1][0]  # keep collecting paths that tie with the k-th
    return [list(nodes) for _, _, nodes in sorted(accepted)[:k]]


def _explain_no_path(G, T, source, target, max_step, allowed, via, max_steps) -> str:
    label = lambda r: G.nodes[r]["label_en"]  # noqa: E731
    message = f"No path from {label(source)} to {label(target)} with moves of at most {max_step:g} h"
    message += f", at most {max_steps} steps" if max_steps else ""
    message += f", through {label(via)}" if via else ""
    needed = smallest_budget(G, source, target, allowed=allowed)
    hints = []
    if needed is not None and needed > max_step:
        hints.append(f"the smallest per-move budget that works is {needed:g} h (--max-step {needed:g})")
    reachable = nx.descendants(T, source)
    if reachable:
        closest = min(reachable, key=lambda r: (move(G, r, target).effort, r))
        hints.append(f"the closest reachable role is {label(closest)}, {move(G, closest, target).effort:g} h of learning"
                     f" away from {label(target)}")
    text = "; ".join(hints)
    return message + (f". {text[:1].upper()}{text[1:]}." if hints else ".")


def smallest_budget(G: nx.DiGraph, source: str, target: str, *, allowed=None) -> float | None:
    """Return the smallest per-move budget under which ``target`` is reachable from ``source``.

    This is the minimax (bottleneck) path weight; ``None`` if no budget suffices.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> budget = smallest_budget(G, role + "data-analyst", role + "ai-auditor")
    >>> len(learning_path(G, role + "data-analyst", role + "ai-auditor", max_step=budget)) == 1
    True
    """
    members = [r for r in roles(G) if allowed is None or r in allowed]
    best = {source: 0.0}
    queue, done = [(0.0, source)], set()
    while queue:
        bottleneck, role = heapq.heappop(queue)
        if role == target:
            return bottleneck
        if role in done:
            continue
        done.add(role)
        for other in members:
            if other not in done and other != role:
                candidate = max(bottleneck, move(G, role, other).effort)
                if candidate < best.get(other, float("inf")):
                    best[other] = candidate
                    heapq.heappush(queue, (candidate, other))
    return None


def skill_gap(G: nx.DiGraph, source: str, target: str) -> Gap:
    """Compare what role ``source`` holds with what role ``target`` requires.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> gap = skill_gap(G, role + "data-analyst", role + "data-scientist")
    >>> [s.rsplit("/", 1)[-1] for s, *_ in gap.matched]
    ['data-processing', 'statistics']
    >>> gap.missing_essential.effort == move(G, role + "data-analyst", role + "data-scientist").effort
    True
    """
    have = held(G, source)
    matched, optional = [], []
    for skill, data in sorted(G.succ[target].items()):
        if data["relation"] != "requires":
            continue
        level = have.get(skill, 0)
        if level >= data["level"]:
            matched.append((skill, level, data["level"], data["essential"]))
        elif not data["essential"]:
            optional.append(SkillGain(skill, level, data["level"], climb_cost(G, skill, level, data["level"]), "optional"))
    return Gap(source, target, tuple(matched), move(G, source, target), tuple(optional))


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

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> similarity(G, role + "data-analyst", role + "data-analyst")
    1.0
    >>> similarity(G, role + "data-analyst", role + "data-scientist") > similarity(G, role + "data-analyst", role + "copywriter")
    True
    """
    pa, pb = expertise(G, a), expertise(G, b)
    skills = pa.keys() | pb.keys()
    top = sum(max(pa.get(s, 0.0), pb.get(s, 0.0)) for s in skills)
    return round(sum(min(pa.get(s, 0.0), pb.get(s, 0.0)) for s in skills) / top, 4) if top else 0.0


def next_moves(G: nx.DiGraph, source: str, *, k: int = 10, max_step: float = DEFAULT_MAX_STEP,
               sector: str | None = None) -> list[NextMove]:
    """Rank the feasible moves out of role ``source``: most related first.

    A move is listed when its effort is within ``max_step`` (and, with ``sector``, when the
    new role is in that sector). Moves are ranked by :func:`similarity` of the two roles'
    expertise profiles, highest first; ties by lower effort, then by IRI. Ranking by effort
    alone would put the roles that ask little of anyone first; similarity rewards moves
    that both reuse what the person has and ask little new, weighted by level (in hours)
    and by essential or optional.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> ranked = next_moves(G, "https://w3id.org/aijobs/role/data-analyst", k=3)
    >>> [m.similarity for m in ranked] == sorted((m.similarity for m in ranked), reverse=True)
    True
    >>> all(m.move.effort <= DEFAULT_MAX_STEP for m in ranked)
    True
    """
    if k < 1:
        raise OptionError(f"--k must be at least 1, not {k}")
    have = held(G, source)
    ranked = []
    for target in roles(G):
        if target == source or (sector is not None and sector not in G.nodes[target]["sectors"]):
            continue
        m = move(G, source, target)
        if m.effort > max_step:
            continue
        wanted = profile(G, target)
        shared = tuple((s, min(level, wanted[s])) for s, level in sorted(have.items()) if s in wanted)
        ranked.append(NextMove(m, shared, similarity(G, source, target)))
    ranked.sort(key=lambda n: (-n.similarity, n.move.effort, n.move.target))
    return ranked[:k]
