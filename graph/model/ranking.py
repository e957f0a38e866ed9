"""Where a person in one role could go next: the feasible moves, most related first."""

from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..errors import OptionError
from . import movetable
from .effort import DEFAULT_MAX_STEP, Move, check_budget, held, move
from .projection import profile
from .relatedness import similarities, similarity


@dataclass(frozen=True)
class NextMove:
    """A feasible move ranked by :func:`next_moves`, with the similarity of the two profiles."""

    move: Move
    shared: tuple[tuple[str, int], ...]  # (skill, level usable in the new role)
    similarity: float


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
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> ranked = next_moves(G, "https://w3id.org/aijobs/role/data-analyst", k=3)
    >>> [m.similarity for m in ranked] == sorted((m.similarity for m in ranked), reverse=True)
    True
    >>> all(m.move.effort <= DEFAULT_MAX_STEP for m in ranked)
    True
    """
    if k < 1:
        raise OptionError(f"the number of moves to list must be at least 1, not {k}")
    check_budget(max_step)
    t = movetable.table(G)
    i = t.position[source]
    feasible = t.row(i) <= max_step
    feasible[i] = False
    if sector is not None:
        feasible &= np.array([sector in G.nodes[r]["sectors"] for r in t.roles])
    candidates = np.flatnonzero(feasible)
    if not len(candidates):
        return []
    # Shortlist with vectorised similarities, then rank the shortlist exactly: a role more than
    # 1e-3 below the k-th best cannot rank in the top k once rounded to four decimals.
    rough = similarities(t, i)[candidates]
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
