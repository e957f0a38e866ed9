"""Learning paths between roles: the effort of a move, least-effort chains, next moves, skill gaps.

Semantics (DESIGN.md §4). A person in role A holds A's *essential* skills at their
levels. Moving to role B means raising every skill B requires as essential to B's level,
plus every missing prerequisite: a prerequisite must be held at the Working level (2), or
at the dependent skill's target level if that is lower. Climbing a skill from level l to
level L costs ``effort_hours × (factor(l+1) + … + factor(L))`` hours, with the factors of
the proficiency scale in the ontology (1, 2, 3, 4). The effort of a move is the sum over
the skills gained. A move is *feasible* when its effort is within the per-move budget
``max_step``; a learning path is the least-total-effort chain of feasible moves.

Aligned roles. When the data links two roles with ``skos:exactMatch`` or ``skos:closeMatch``
(a curated role and the O*NET or ESCO occupation it names), moving between them costs
:data:`ALIGNMENT_EFFORT` hours (0 for the same occupation in two taxonomies, a week of
study for a close one), unless the skill-based move is cheaper. That is how a path crosses
from one taxonomy's skill vocabulary to another's.

Scale. All pairwise move efforts come from :mod:`graph.costs` (one matrix per projection,
stored in dataset directories), so searches never recompute moves: a learning path is a
Dijkstra search over the matrix rows, alternatives come from Yen's algorithm, and
``next`` ranks every role with vectorised similarities.
"""

import heapq
from dataclasses import dataclass
from itertools import islice

import networkx as nx
import numpy as np

from . import costs as costs_mod
from .errors import NoPathError, OptionError
from .project import profile

#: Default per-move budget in study hours: about 20 weeks of full-time study (40 h a week).
DEFAULT_MAX_STEP = 800.0
#: Prerequisites must be held at this level (or at the dependent skill's target, if lower).
PREREQUISITE_LEVEL = 2
#: In ``next`` rankings, an optional skill counts this much of an essential one.
OPTIONAL_WEIGHT = 0.5
#: How many candidate paths the k-shortest enumeration may inspect before giving up.
_MAX_CANDIDATES = 5000
#: Hours of a move between two aligned roles, by the SKOS property that aligns them.
ALIGNMENT_EFFORT = {"exactMatch": 0.0, "closeMatch": 40.0}
#: In similarity, each step of difference in preparation level (O*NET Job Zone) costs this share.
PREPARATION_PENALTY = 0.1
#: In similarity, the weight of technologies against the other skills, when both roles have both.
TECHNOLOGY_WEIGHT = 1 / 3


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
    alignment: str | None = None  # 'exactMatch' or 'closeMatch' when the move follows an alignment link

    def to_dict(self, G, lang="en") -> dict:
        key = f"label_{lang}"
        labels = G.graph["labels"]
        new_concerns = sorted(labels[c][lang] for c in set(G.nodes[self.target]["concerns"]) - set(G.nodes[self.source]["concerns"]))
        new_sectors = sorted(labels[c][lang] for c in set(G.nodes[self.target]["sectors"]) - set(G.nodes[self.source]["sectors"]))
        result = {"from": G.nodes[self.source][key], "to": G.nodes[self.target][key], "effort": self.effort,
                  "skills": [g.to_dict(G, lang) for g in self.gains], "new_concerns": new_concerns,
                  "new_sectors": new_sectors}
        if self.alignment:
            result["alignment"] = self.alignment
        return result


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
    ties broken by skill IRI. Between aligned roles the move is the alignment (no skills,
    :data:`ALIGNMENT_EFFORT` hours) when that is cheaper than learning the skills.

    Examples
    --------
    >>> from graph.load import load_graph
    >>> from graph.project import project
    >>> G = project(load_graph())
    >>> m = move(G, "https://w3id.org/aijobs/role/data-analyst", "https://w3id.org/aijobs/role/data-scientist")
    >>> m.effort == sum(g.effort for g in m.gains)
    True
    """
    skills = _skill_move(G, source, target)
    link = _alignment(G, source, target)
    if link is not None and ALIGNMENT_EFFORT[link] < skills.effort:
        return Move(source, target, (), ALIGNMENT_EFFORT[link], link)
    return skills


def _alignment(G: nx.DiGraph, source: str, target: str) -> str | None:
    data = G.succ[source].get(target)
    return data["relation"] if data is not None and data["relation"] in ALIGNMENT_EFFORT else None


def _skill_move(G: nx.DiGraph, source: str, target: str, have: dict | None = None) -> Move:
    """The skill-based move from ``source`` to ``target``, starting from ``have`` (default: held of ``source``)."""
    have = held(G, source) if have is None else have
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


def _effort_row(G: nx.DiGraph, t, i: int) -> np.ndarray:
    """Efforts of the moves out of role number ``i`` (alignment links included)."""
    row = np.array(t.costs[i], dtype=float)
    for j, name in t.aligned.get(i, ()):
        row[j] = min(row[j], ALIGNMENT_EFFORT[name])
    return row


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
    t = costs_mod.table(G)
    members = [r for r in t.roles if allowed is None or r in allowed]
    T.add_nodes_from(members)
    for source in members:
        row = _effort_row(G, t, t.position[source])
        for target in members:
            if source != target and row[t.position[target]] <= max_step:
                m = move(G, source, target)
                T.add_edge(source, target, weight=m.effort, move=m)
    return T


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

    A path stays within the taxonomies of its ends (and of ``via``): between two O*NET
    occupations it passes only through O*NET occupations, between two article roles only
    through article roles. When the ends lie in different taxonomies, the article roles
    join in, since their alignment links are the bridges.

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
    t = costs_mod.table(G)
    taxonomies = {G.nodes[r].get("source") for r in (source, target, via) if r is not None}
    if len(taxonomies) > 1:
        taxonomies.add(None)  # the curated roles hold the alignment links between taxonomies
    allowed = {r for r, taxonomy in zip(t.roles, t.sources) if r not in avoid and taxonomy in taxonomies}
    if sector is not None:
        allowed = {r for r in allowed if sector in G.nodes[r]["sectors"]} | {source, target}
        if via is not None and via not in allowed:
            raise OptionError("the --via role is not in the --sector")
    if max_step <= 0:
        raise OptionError(f"--max-step must be positive, not {max_step:g}")
    mask = np.zeros(len(t.roles), dtype=bool)
    mask[[t.position[r] for r in allowed]] = True
    found = _k_paths(G, t, t.position[source], t.position[target], mask, max_step, k=k,
                     via=None if via is None else t.position[via], max_steps=max_steps)
    if not found:
        raise NoPathError(_explain_no_path(G, t, source, target, max_step, mask, allowed, via, max_steps))
    paths = []
    for nodes in found:
        steps = tuple(move(G, t.roles[u], t.roles[v]) for u, v in zip(nodes, nodes[1:]))
        paths.append(LearningPath(tuple(t.roles[i] for i in nodes), steps, sum(step.effort for step in steps)))
    return paths


def _k_paths(G, t, source: int, target: int, mask, max_step, *, k, via, max_steps):
    """Best ``k`` simple paths meeting ``via``/``max_steps``, ties broken by (steps, IRIs).

    :func:`_simple_paths` yields paths in exactly that order, so the first ``k`` that meet
    the constraints are the answer.
    """
    accepted = []
    for nodes in islice(_simple_paths(G, t, source, target, mask, max_step), _MAX_CANDIDATES):
        if (via is None or via in nodes) and (max_steps is None or len(nodes) - 1 <= max_steps):
            accepted.append(nodes)
            if len(accepted) == k:
                break
    return accepted


def _simple_paths(G, t, source: int, target: int, mask, max_step):
    """Yield every simple path of feasible moves, best first (Yen's algorithm).

    Paths come in increasing (effort, number of moves, role IRIs) order: role numbers follow
    the sorted IRIs, so comparing number tuples compares IRI tuples, and :func:`_search`
    breaks ties the same way.
    """
    heuristic = _heuristic(t, target, mask)
    first = _search(G, t, source, target, mask, max_step, heuristic)
    if first is None:
        return
    accepted, candidates, seen = [first], [], {first}
    yield first
    while True:
        previous = accepted[-1]
        for i in range(len(previous) - 1):
            root = previous[:i + 1]
            banned = {p[i + 1] for p in accepted if len(p) > i + 1 and p[:i + 1] == root}
            spur_mask = mask.copy()
            spur_mask[list(root[:-1])] = False
            spur = _search(G, t, root[-1], target, spur_mask, max_step, heuristic, banned_first=banned)
            if spur is not None and root[:-1] + spur not in seen:
                path = root[:-1] + spur
                seen.add(path)
                heapq.heappush(candidates, (_weight(G, t, path), len(path), path))
        if not candidates:
            return
        path = heapq.heappop(candidates)[2]
        accepted.append(path)
        yield path


def _weight(G, t, nodes) -> float:
    return sum(float(_effort_row(G, t, u)[v]) for u, v in zip(nodes, nodes[1:]))


def _heuristic(t, target: int, mask) -> np.ndarray:
    """A lower bound of the effort from each role to ``target``, for an A* search (zeros if none is safe).

    Skill by skill, a chain of moves pays at least what the direct move pays for the
    target's essential skills, so the direct skill move bounds every path from below and
    never overestimates along an edge (it is consistent). Alignment links break this (they
    cross vocabularies for a fixed effort), and so can prerequisites, so the bound is only
    used when neither can occur.
    """
    inside = set(np.flatnonzero(mask).tolist())
    crossing = any(a in inside and b in inside for a, links in t.aligned.items() for b, _ in links)
    if crossing or t.arrays["prerequisite_targets"][target]:
        return np.zeros(len(t.roles))
    return np.asarray(t.costs[:, target], dtype=float)


def _search(G, t, source: int, target: int, mask, max_step, heuristic, banned_first=frozenset()):
    """The best path (effort, then moves, then IRIs) from ``source`` to ``target`` through ``mask``; or None.

    An A* search over the rows of the effort matrix: each settled role relaxes all others
    at once. Labels are (effort, moves, path), so among equal efforts the path with fewer
    moves, then the smaller IRIs, wins; two paths with as many moves compare as their
    parents' paths, then as their last roles. ``banned_first`` are roles the first move may
    not reach.
    """
    n = len(t.roles)
    dist, steps, parent = np.full(n, np.inf), np.full(n, n + 1), np.full(n, -1)
    open_ = mask.copy()
    open_[source] = True
    dist[source], steps[source] = 0.0, 0
    estimate = np.full(n, np.inf)  # dist + heuristic of the open roles reached so far
    estimate[source] = heuristic[source]
    trails = {source: (source,)}  # the path to every settled role

    while True:
        u = int(estimate.argmin())
        best = estimate[u]
        if best == np.inf:
            return None
        tied = np.flatnonzero(estimate == best)
        if len(tied) > 1:
            tied = tied[steps[tied] == steps[tied].min()]
            parents = parent[tied]
            if len(tied) > 1 and not (parents == parents[0]).all():
                tied = tied[parents == min(set(parents.tolist()), key=trails.__getitem__)]
            u = int(tied[0])
        trails[u] = trails[int(parent[u])] + (u,) if u != source else (source,)
        if u == target:
            return trails[u]
        open_[u], estimate[u] = False, np.inf
        row = _effort_row(G, t, u)
        reached = dist[u] + row
        ok = open_ & (row <= max_step) & (reached <= dist)
        if u == source and banned_first:
            ok[list(banned_first)] = False
        candidates = np.flatnonzero(ok)
        if not len(candidates):
            continue
        moves = steps[u] + 1
        new, old, old_steps = reached[candidates], dist[candidates], steps[candidates]
        better = (new < old) | (old_steps > moves)
        ties = np.flatnonzero(~better & (old_steps == moves))
        if len(ties):
            beaten = [p for p in set(parent[candidates[ties]].tolist()) if trails[u] < trails[p]]
            better[ties[np.isin(parent[candidates[ties]], beaten)]] = True
        chosen = candidates[better]
        dist[chosen], steps[chosen], parent[chosen] = reached[chosen], moves, u
        estimate[chosen] = reached[chosen] + heuristic[chosen]


def _reachable(G, t, source: int, mask, max_step) -> list[int]:
    """Roles reachable from ``source`` by feasible moves within ``mask``."""
    seen = np.zeros(len(t.roles), dtype=bool)
    seen[source], todo = True, [source]
    while todo:
        u = todo.pop()
        new = np.flatnonzero(mask & ~seen & (_effort_row(G, t, u) <= max_step))
        seen[new] = True
        todo.extend(int(v) for v in new)
    seen[source] = False
    return [int(v) for v in np.flatnonzero(seen)]


def _explain_no_path(G, t, source, target, max_step, mask, allowed, via, max_steps) -> str:
    label = lambda r: G.nodes[r]["label_en"]  # noqa: E731
    message = f"No path from {label(source)} to {label(target)} with moves of at most {max_step:g} h"
    message += f", at most {max_steps} step{'s' if max_steps != 1 else ''}" if max_steps else ""
    message += f", through {label(via)}" if via else ""
    needed = smallest_budget(G, source, target, allowed=allowed)
    hints = []
    if needed is not None and needed > max_step:
        hints.append(f"the smallest per-move budget that works is {needed:g} h (--max-step {needed:g})")
    elif needed is not None:  # the budget is enough: the other constraints rule every path out
        moves = f"{max_steps} move{'s' if max_steps != 1 else ''}" if max_steps else ""
        if max_steps and via:
            hints.append(f"no path within the budget passes through {label(via)} in at most {moves}: "
                         "relax --via or --max-steps")
        elif max_steps:
            hints.append(f"every path within the budget takes more than {moves}: raise --max-steps")
        else:
            hints.append(f"no path within the budget passes through {label(via)}: try without --via")
    reachable = [t.roles[i] for i in _reachable(G, t, t.position[source], mask, max_step)]
    candidates = [r for r in set(reachable) | {source} if r != target]
    if candidates and needed is not None and needed > max_step:
        column = t.position[target]
        closest = min(candidates, key=lambda r: (float(_effort_row(G, t, t.position[r])[column]), r))
        if closest != source:
            hints.append(f"the closest reachable role is {label(closest)}, {move(G, closest, target).effort:g} h of "
                         f"learning away from {label(target)}")
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
    t = costs_mod.table(G)
    open_ = np.array([allowed is None or r in allowed for r in t.roles])
    open_[t.position[source]] = True
    best = np.full(len(t.roles), np.inf)
    best[t.position[source]] = 0.0
    while True:
        frontier = np.where(open_, best, np.inf)
        u = int(frontier.argmin())
        if frontier[u] == np.inf:
            return None
        if t.roles[u] == target:
            return float(best[u])
        open_[u] = False
        np.minimum(best, np.where(open_, np.maximum(best[u], _effort_row(G, t, u)), np.inf), out=best)


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

    The gap compares skills only: between aligned roles it lists the skills, not the alignment.
    """
    have = held(G, source)
    essential = _skill_move(G, source, target)
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
    t = costs_mod.table(G)
    i = t.position[source]
    feasible = _effort_row(G, t, i) <= max_step
    feasible[i] = False
    if sector is not None:
        feasible &= np.array([sector in G.nodes[r]["sectors"] for r in t.roles])
    candidates = np.flatnonzero(feasible)
    if not len(candidates):
        return []
    # Shortlist with vectorised similarities, then rank the shortlist exactly: a role more than
    # 1e-3 below the k-th best cannot rank in the top k once rounded to four decimals.
    rough = t.similarities(i)[candidates]
    kth = np.sort(rough)[::-1][min(k, len(rough)) - 1]
    have = held(G, source)
    ranked = []
    for j in candidates[rough >= kth - 1e-3]:
        target = t.roles[j]
        wanted = profile(G, target)
        shared = tuple((s, min(level, wanted[s])) for s, level in sorted(have.items()) if s in wanted)
        ranked.append(NextMove(move(G, source, target), shared, similarity(G, source, target)))
    ranked.sort(key=lambda n: (-n.similarity, n.move.effort, n.move.target))
    return ranked[:k]
