"""Least-effort learning paths between roles: chains of feasible moves.

A move is *feasible* when its effort (:mod:`graph.model.effort`) is within the per-move
budget ``max_step``; a learning path is the least-total-effort chain of feasible moves.
All pairwise move efforts come from :mod:`graph.model.movetable` (one matrix per
projection, stored in dataset directories), so searches never recompute moves: a learning
path is an A* search over the matrix rows, and alternatives come from Yen's algorithm.
"""

import heapq
from dataclasses import dataclass
from itertools import islice

import networkx as nx
import numpy as np

from ..errors import NoPathError, OptionError
from . import movetable
from .effort import DEFAULT_MAX_STEP, Move, check_budget, move

#: How many candidate paths the k-shortest enumeration may inspect before giving up.
_MAX_CANDIDATES = 5000


@dataclass(frozen=True)
class LearningPath:
    """A chain of moves from ``roles[0]`` to ``roles[-1]``."""

    roles: tuple[str, ...]
    steps: tuple[Move, ...]
    total_effort: float


def learning_path(G: nx.DiGraph, source: str, target: str, *, k: int = 1, via: str | None = None,
                  avoid=(), sector: str | None = None, max_step: float = DEFAULT_MAX_STEP,
                  max_steps: int | None = None) -> list[LearningPath]:
    """Return up to ``k`` least-effort learning paths from role ``source`` to role ``target``.

    Parameters
    ----------
    G : networkx.DiGraph
        A projection from :func:`graph.model.projection.project`.
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
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
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
        raise OptionError(f"the number of paths must be at least 1, not {k}")
    if max_steps is not None and max_steps < 1:
        raise OptionError(f"the most moves a path may have must be at least 1, not {max_steps}")
    for name, role in (("source", source), ("target", target)):
        if role in avoid:
            raise OptionError(f"the {name} role cannot also be avoided")
    if via is not None and via in avoid:
        raise OptionError("the role to pass through is also a role to avoid")
    if source == target:
        return [LearningPath((source,), (), 0.0)]
    t = movetable.table(G)
    taxonomies = {G.nodes[r].get("source") for r in (source, target, via) if r is not None}
    if len(taxonomies) > 1:
        taxonomies.add(None)  # the curated roles hold the alignment links between taxonomies
    allowed = {r for r, taxonomy in zip(t.roles, t.sources) if r not in avoid and taxonomy in taxonomies}
    if sector is not None:
        allowed = {r for r in allowed if sector in G.nodes[r]["sectors"]} | {source, target}
        if via is not None and via not in allowed:
            raise OptionError("the role to pass through is not in the sector")
    check_budget(max_step)
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
    return sum(float(t.row(u)[v]) for u, v in zip(nodes, nodes[1:]))


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
        row = t.row(u)
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
        new = np.flatnonzero(mask & ~seen & (t.row(u) <= max_step))
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
        closest = min(candidates, key=lambda r: (float(t.row(t.position[r])[column]), r))
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
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> budget = smallest_budget(G, role + "data-analyst", role + "ai-auditor")
    >>> len(learning_path(G, role + "data-analyst", role + "ai-auditor", max_step=budget)) == 1
    True
    """
    t = movetable.table(G)
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
        np.minimum(best, np.where(open_, np.maximum(best[u], t.row(u)), np.inf), out=best)


