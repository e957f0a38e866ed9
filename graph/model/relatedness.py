"""How related two roles are, from the signals of :mod:`graph.model.signals`, for one role against all.

The relatedness of role ``b`` to role ``a`` is the weighted mean of the signals' cosines
(:data:`graph.model.signals.WEIGHTS`; a negative cosine counts 0) over the signals ``a``
has data for. A signal ``b`` lacks counts 0 for it, so an occupation the data barely
describes never outranks a well-described one on its title alone; a role with little data
(no rated skills, say) is ranked from what it has. Roles of two taxonomies (O*NET, ESCO,
the curated graph) share no features: between them relatedness goes through the alignment
links (``skos:closeMatch``/``exactMatch``, such as the ESCO–O*NET crosswalk), ``b`` being as
related to ``a`` as its counterpart in ``a``'s taxonomy is, times
:data:`graph.model.signals.ALIGNED`.

:func:`similarities` is the implementation (one role against every role);
:func:`similarity` and :func:`explain` read one pair from it.
"""

from dataclasses import dataclass

import networkx as nx

from . import movetable
from .signals import ALIGNED, missing, shared, signal_rows


@dataclass(frozen=True)
class Signal:
    """One signal of :func:`explain`: its cosine, its weight in the score, and what the two roles share.

    ``shared`` lists ``(element, share)``: an element (a skill, work-activity or classification
    group IRI, or a title word) and its part of the cosine, largest first.
    """

    name: str
    similarity: float
    weight: float
    shared: tuple[tuple[str, float], ...]

    @property
    def contribution(self) -> float:
        """The signal's part of the relatedness score."""
        return round(self.weight * max(self.similarity, 0.0), 4)


@dataclass(frozen=True)
class Relatedness:
    """How related role ``target`` is to role ``source``, signal by signal.

    When the two roles belong to different taxonomies, ``via`` is ``(counterpart, link)``:
    the role of ``source``'s taxonomy that ``target`` is aligned with, and the SKOS property
    ('exactMatch' or 'closeMatch'), and ``signals`` compare ``source`` with the counterpart;
    with no counterpart, ``signals`` is empty and the score 0. ``missing`` names the signals
    other roles of ``source``'s taxonomy have data for and ``source`` has not.
    """

    source: str
    target: str
    score: float
    signals: tuple[Signal, ...]
    via: tuple[str, str] | None = None
    missing: tuple[str, ...] = ()


def similarities(table, i: int) -> list[float]:
    """The relatedness of every role to role number ``i`` of a move table, unrounded (one role against all).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> t = movetable.table(project(load_graph()))
    >>> row = similarities(t, 0)
    >>> row[0], all(0 <= x <= 1 for x in row)
    (1.0, True)
    """
    return _combine(table, i, signal_rows(table.arrays, i))


def _combine(table, i: int, rows: dict) -> list[float]:
    """The weighted mean of the signal ``rows`` of role ``i``, then the roles of other taxonomies through their counterparts."""
    total = sum(weight for weight, _ in rows.values())
    score = [0.0] * len(table.roles)
    for weight, row in rows.values():
        share = weight / total
        for j, value in enumerate(row):
            if value > 0:
                score[j] += share * value
    taxonomy = table.arrays["rel_taxonomy"]
    mine = [t == taxonomy[i] for t in taxonomy]
    score = [min(value, 1.0) if same else 0.0 for value, same in zip(score, mine)]
    score[i] = 1.0
    for other, links in sorted(table.aligned.items()):
        if not mine[other]:
            score[other] = max((ALIGNED[name] * score[j] for j, name in links if mine[j]), default=0.0)
    return score


def similarity(G: nx.DiGraph, a: str, b: str) -> float:
    """Return how related role ``b`` is to role ``a``, from 0 (nothing in common) to 1 (the same role).

    Rounded to four decimals; see the module docstring for the score.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> similarity(G, role + "data-analyst", role + "data-analyst")
    1.0
    >>> similarity(G, role + "data-analyst", role + "data-scientist") > similarity(G, role + "data-analyst", role + "copywriter")
    True
    """
    t = movetable.table(G)
    return round(similarities(t, t.position[a])[t.position[b]], 4)


def explain(G: nx.DiGraph, a: str, b: str) -> Relatedness:
    """Return the relatedness of role ``b`` to role ``a`` with each signal's part and the shared elements.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> found = explain(G, role + "data-analyst", role + "data-scientist")
    >>> found.score == similarity(G, role + "data-analyst", role + "data-scientist")
    True
    >>> abs(sum(s.contribution for s in found.signals) - found.score) < 1e-3
    True
    """
    return explain_all(G, a, [b])[0]


def explain_all(G: nx.DiGraph, a: str, targets: list[str]) -> list[Relatedness]:
    """:func:`explain` for each of ``targets``, computing ``a``'s signals once."""
    t = movetable.table(G)
    i = t.position[a]
    rows = signal_rows(t.arrays, i)
    score, total, lacking = _combine(t, i, rows), sum(weight for weight, _ in rows.values()), missing(t.arrays, i)
    taxonomy = t.arrays["rel_taxonomy"]
    found = []
    for b in targets:
        j = t.position[b]
        via, compared, factor = None, j, 1.0
        if taxonomy[i] != taxonomy[j]:
            links = [(ALIGNED[name] * score[c], -c, name) for c, name in t.aligned.get(j, ()) if taxonomy[c] == taxonomy[i]]
            if not links:
                found.append(Relatedness(a, b, 0.0, (), None, lacking))
                continue
            _, minus, name = max(links)
            compared, factor, via = -minus, ALIGNED[name], (t.roles[-minus], name)
        signals = tuple(Signal(name, round(row[compared], 4), round(factor * weight / total, 4),
                               shared(t.arrays, name, i, compared) if name != "preparation" else ())
                        for name, (weight, row) in rows.items())
        found.append(Relatedness(a, b, round(score[j], 4), signals, via, lacking))
    return found
