"""Where a person in one role could go next: the most related roles, with the effort of each move.

Relatedness (:mod:`graph.model.relatedness`) ranks; effort (:mod:`graph.model.effort`) is shown
beside it and says whether the move fits the per-move budget. Roles less related than
:data:`graph.model.signals.FLOOR` are not listed (they share almost nothing a person could
build on); the result says how many were left out. A role of another taxonomy that is the
same job as one of the source's taxonomy (``skos:exactMatch``) is not listed: that one is (and
the source's own exact match is no move at all).

From a person (:class:`~graph.model.effort.Person`), each move is costed from what they hold
(:func:`~graph.model.effort.holding`). A person who names roles held is ranked from them: a
role's relatedness is its highest relatedness to any of those roles. A person described by
skills alone is ranked by *readiness*: the share of the hours a role's skills represent that
they already hold (the same floor applies), and "builds on" names the skills held.
"""

from dataclasses import dataclass

import networkx as nx

from ..errors import OptionError
from . import movetable
from .effort import DEFAULT_MAX_STEP, Move, Person, check_budget, climb_cost, held, holding, move, skill_move
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
    asked to filter by it). ``measure`` names what ranks the moves: 'relatedness', or
    'readiness' for a person described by skills alone. ``missing`` names the signals other roles of the source's
    taxonomy have data for and the source has not (it is ranked from what it has).
    """

    moves: tuple[NextMove, ...]
    order: str
    max_step: float
    considered: int
    below_floor: int
    over_budget: int
    missing: tuple[str, ...]
    measure: str = "relatedness"  # or 'readiness', for a person described by skills alone


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


def next_moves(G: nx.DiGraph, source: str | Person, *, k: int = 10, max_step: float = DEFAULT_MAX_STEP,
               within_budget: bool = False, order: str = "relatedness", sector: str | None = None) -> Ranking:
    """Rank the moves out of role ``source`` (or from a :class:`~graph.model.effort.Person`): most related first.

    Parameters
    ----------
    source : str or Person
        A role IRI, or a person (skills held, roles held): see the module docstring.
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
        raise OptionError("moves_to_list_at_least_one", k=k)
    if order not in ORDERS:
        raise OptionError("unknown_order", order=order, choices=list(ORDERS))
    check_budget(max_step)
    t = movetable.table(G)
    person = source if isinstance(source, Person) else None
    starts = [t.position[r] for r in (person.roles if person else (source,))]
    candidate = [True] * len(t.roles)
    for i in starts:
        candidate[i] = False
    taxonomy = t.arrays["rel_taxonomy"]
    for j, same in t.exact.items():  # the same job as one of the source's taxonomy is listed once, as that one
        if any(taxonomy[j] != taxonomy[i] and any(taxonomy[c] == taxonomy[i] for c in same) for i in starts):
            candidate[j] = False
    if sector is not None:
        candidate = [kept and sector in G.nodes[r]["sectors"] for kept, r in zip(candidate, t.roles)]
    if person:
        have = holding(G, person)
        covered = t.covered(t.vector(have))
        efforts = t.efforts(covered)
        readiness = [part / total if total > 0 else 0.0 for total, part in zip(t.total, covered)]
    else:
        efforts = t.row(starts[0])
    # as shown: the floor and the order apply to what is printed
    rows = [[round(x, 4) for x in similarities(t, i)] for i in starts] if starts else [[round(x, 4) for x in readiness]]
    rounded = [max(column) for column in zip(*rows)]
    nearest = [column.index(best) for column, best in zip(zip(*rows), rounded)]  # the first start that ranks it so
    above = [kept and score >= FLOOR for kept, score in zip(candidate, rounded)]
    fits = [cost <= max_step for cost in efforts]
    chosen = [a and f for a, f in zip(above, fits)] if within_budget else above
    if order == "relatedness":
        keys = [(-score, cost, role) for score, cost, role in zip(rounded, efforts, t.roles)]
    else:
        keys = [(cost, -score, role) for score, cost, role in zip(rounded, efforts, t.roles)]
    picked = sorted((j for j in range(len(t.roles)) if chosen[j]), key=keys.__getitem__)[:k]
    if not starts:  # from skills alone: the move from what they hold, and the skills it builds on
        moves = [NextMove(skill_move(G, None, t.roles[j], have), rounded[j], _held_skills(G, have, t.roles[j]),
                          fits[j]) for j in picked]
    else:
        explained = {}  # each start's signals are computed once, for all the moves it ranks
        for start in sorted({nearest[j] for j in picked}):
            targets = [j for j in picked if nearest[j] == start]
            explained.update(zip(targets, explain_all(G, t.roles[starts[start]], [t.roles[j] for j in targets])))
        moves = []
        for j in picked:
            found = explained[j]
            step = skill_move(G, None, t.roles[j], have) if person else move(G, found.source, t.roles[j])
            moves.append(NextMove(step, rounded[j], builds_on(found), fits[j], found.via))
    below_floor = sum(c and not a for c, a in zip(candidate, above))
    over_budget = sum(a and not f for a, f in zip(above, fits)) if within_budget else 0
    return Ranking(tuple(moves), order, max_step, sum(candidate), below_floor, over_budget,
                   missing(t.arrays, starts[0]) if starts else (), "relatedness" if starts else "readiness")


def _held_skills(G: nx.DiGraph, have: dict, role: str) -> tuple[tuple[str, str], ...]:
    """The skills ``role`` asks that a person already holds (some level of), most hours first: what a move builds on."""
    asked = held(G, role, matched=False)
    shared = sorted((-climb_cost(G, skill, 0, level), skill) for skill, level in asked.items() if have.get(skill, 0) > 0)
    return tuple((skill, "skills") for _, skill in shared[:SHARED])
