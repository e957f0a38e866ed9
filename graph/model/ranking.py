"""Where a person in one role could go next: the most related roles, with the effort of each move.

Relatedness (:mod:`graph.model.relatedness`) ranks; effort (:mod:`graph.model.effort`) is shown
beside it and says whether the move fits the per-move budget. Roles less related than
:data:`graph.model.signals.FLOOR` are not listed (they share almost nothing a person could
build on); the result says how many were left out. A role of another taxonomy that is the
same job as one of the source's taxonomy (``skos:exactMatch``) is not listed: that one is (and
the source's own exact match is no move at all).
"""

from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..errors import OptionError
from . import movetable
from .effort import DEFAULT_MAX_STEP, Move, check_budget, move
from .relatedness import Relatedness, explain_all, similarities
from .signals import FLOOR, SHARED, missing

#: The orders ``next_moves`` can list moves in.
ORDERS = ("relatedness", "effort")
#: The signals whose shared elements "builds on" names, most telling first: what people do, then what they know.
BUILDS_ON = (("activities",), ("knowledge", "skills", "technologies"))


@dataclass(frozen=True)
class NextMove:
    """A move ranked by :func:`next_moves`: how related the new role is, and what the move costs.

    ``builds_on`` names at most :data:`graph.model.signals.SHARED` elements the two roles
    share, most distinctive first, as ``(element IRI, signal)``; ``fits`` says whether the
    move's effort is within the per-move budget; ``via`` is, for a role of another taxonomy, its
    counterpart in the source's taxonomy and the alignment (see :class:`graph.model.relatedness.Relatedness`).
    """

    move: Move
    relatedness: float
    builds_on: tuple[tuple[str, str], ...]
    fits: bool
    via: tuple[str, str] | None = None


@dataclass(frozen=True)
class Ranking:
    """The moves :func:`next_moves` lists, and how many roles it left out and why.

    ``below_floor`` counts the roles less related than :data:`graph.model.signals.FLOOR`;
    ``over_budget`` those left out because their move does not fit the budget (only when
    asked to filter by it). ``missing`` names the signals other roles of the source's
    taxonomy have data for and the source has not (it is ranked from what it has).
    """

    moves: tuple[NextMove, ...]
    order: str
    max_step: float
    considered: int
    below_floor: int
    over_budget: int
    missing: tuple[str, ...]


def builds_on(found: Relatedness) -> tuple[tuple[str, str], ...]:
    """The most distinctive elements two roles share, from their :func:`explain`: work activities where they have some.

    Across taxonomies (``found.via``) the roles share no elements of their own: nothing is named.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.relatedness import explain
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> [iri.rsplit("/", 1)[-1] for iri, _ in builds_on(explain(G, role + "data-analyst", role + "data-scientist"))][:2]
    ['data-processing', 'big-data-analytics']
    """
    if found.via:
        return ()
    signals = {s.name: s for s in found.signals}
    for group in BUILDS_ON:
        ranked = sorted((-signals[name].weight * share, element, name) for name in group if name in signals
                        for element, share in signals[name].shared)
        if ranked:
            return tuple((element, name) for _, element, name in ranked[:SHARED])
    return ()


def next_moves(G: nx.DiGraph, source: str, *, k: int = 10, max_step: float = DEFAULT_MAX_STEP,
               within_budget: bool = False, order: str = "relatedness", sector: str | None = None) -> Ranking:
    """Rank the moves out of role ``source``: most related first (or least effort first).

    Parameters
    ----------
    k : int
        How many moves to list.
    max_step : float
        The per-move budget in hours; each move says whether it fits.
    within_budget : bool
        Leave out the moves that do not fit ``max_step``.
    order : {'relatedness', 'effort'}
        'relatedness' lists the ``k`` most related roles, ties by lower effort then IRI;
        'effort' lists the ``k`` least-effort moves among the roles above the floor, ties by
        higher relatedness then IRI.
    sector : str, optional
        Only roles in this sector (IRI).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> ranked = next_moves(G, "https://w3id.org/aijobs/role/data-analyst", k=3)
    >>> [m.relatedness for m in ranked.moves] == sorted((m.relatedness for m in ranked.moves), reverse=True)
    True
    >>> all(m.relatedness >= FLOOR for m in ranked.moves)
    True
    """
    if k < 1:
        raise OptionError(f"the number of moves to list must be at least 1, not {k}")
    if order not in ORDERS:
        raise OptionError(f"unknown order {order!r}: choose one of {', '.join(ORDERS)}")
    check_budget(max_step)
    t = movetable.table(G)
    i = t.position[source]
    candidate = np.ones(len(t.roles), dtype=bool)
    candidate[i] = False
    taxonomy = t.arrays["rel_taxonomy"]
    for j, links in t.aligned.items():  # the same job as one of the source's taxonomy is listed once, as that one
        if taxonomy[j] != taxonomy[i] and any(name == "exactMatch" and taxonomy[c] == taxonomy[i] for c, name in links):
            candidate[j] = False
    if sector is not None:
        candidate &= np.array([sector in G.nodes[r]["sectors"] for r in t.roles])
    rounded = np.round(similarities(t, i), 4)  # as shown: the floor and the order apply to what is printed
    efforts = t.row(i)
    above = candidate & (rounded >= FLOOR)
    fits = efforts <= max_step
    chosen = above & fits if within_budget else above
    keys = (-rounded, efforts) if order == "relatedness" else (efforts, -rounded)
    picked = [j for j in np.lexsort((np.array(t.roles), keys[1], keys[0])) if chosen[j]][:k]
    moves = [NextMove(move(G, source, found.target), float(rounded[j]), builds_on(found), bool(fits[j]), found.via)
             for j, found in zip(picked, explain_all(G, source, [t.roles[j] for j in picked]))]
    return Ranking(tuple(moves), order, max_step, int(candidate.sum()), int((candidate & ~above).sum()),
                   int((above & ~fits).sum()) if within_budget else 0, missing(t.arrays, i))
