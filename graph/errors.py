"""One exception hierarchy for everything the library can refuse to do."""


class GraphError(Exception):
    """Base class: every error the library raises on purpose is one of these."""


class DataError(GraphError):
    """An RDF file cannot be read, named with its file and line."""


class BadValueError(DataError):
    """A value the model cannot use, such as a level outside the scale or an effort of NaN hours.

    ``subject``, ``predicate`` and ``value`` (as read) are kept so that the code that read
    the files can say where the statement is written.
    """

    def __init__(self, subject, predicate, value, problem):
        self.subject, self.predicate, self.value = subject, predicate, value
        name = predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        super().__init__(f"{subject}: {name} {value!r} {problem}")


def quoted(name: str, width: int = 60) -> str:
    """``name`` quoted for a message, cut to ``width`` characters: messages echo names, not pages of them.

    Examples
    --------
    >>> quoted("Data Analist"), quoted("x" * 100, 10)
    ("'Data Analist'", "'xxxxxxxxx…'")
    """
    return repr(name if len(name) <= width else name[:width - 1] + "…")


class LookupFailed(GraphError):
    """Base for names that do not resolve to exactly one entity."""


class UnknownNameError(LookupFailed):
    """No entity has this name; ``suggestions`` holds near misses."""

    def __init__(self, name, suggestions=(), kind="entity"):
        self.name, self.suggestions, self.kind = name, list(suggestions), kind
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No {kind} named {quoted(name)}.{hint}")


class AmbiguousNameError(LookupFailed):
    """Several entities share this name; ``candidates`` lists them (``coded``: each with its code)."""

    def __init__(self, name, candidates, coded=False):
        self.name, self.candidates = name, list(candidates)
        how = "its code or IRI" if coded else "its IRI"
        super().__init__(f"{quoted(name)} is ambiguous: it could be {', '.join(self.candidates)}; name one by {how}.")


class WrongKindError(LookupFailed):
    """The name exists, but as another kind of entity (a skill where a role was asked)."""

    def __init__(self, name, found, wanted):
        self.name, self.found, self.wanted = name, found, wanted
        super().__init__(f"{quoted(name)} is a {found}, not a {wanted}.")


class NoPathError(GraphError):
    """No chain of feasible moves joins two roles under the given constraints.

    The facts a message needs, in any language: ``source`` (a role IRI, or ``None`` for a
    person's profile) and ``target``; ``max_step``, the per-move budget tried; ``budget``, the
    smallest per-move budget that works under the other constraints (``None`` if none does);
    ``closest``, ``(role IRI, hours still to learn)`` for the reachable role nearest the
    target, if any is nearer than the start; ``blocking``, the constraints ('max_steps',
    'via', 'sector', 'avoid') without which the budget would be enough, or ('unrated',)
    when the target has no rated skills to cost a move with; ``via`` and ``max_steps`` as given.
    """

    def __init__(self, source, target, max_step, *, budget=None, closest=None, blocking=(), via=None, max_steps=None):
        self.source, self.target, self.max_step = source, target, max_step
        self.budget, self.closest, self.blocking = budget, closest, tuple(blocking)
        self.via, self.max_steps = via, max_steps
        found = f"; the smallest per-move budget that works is {budget:g} h" if budget is not None else ""
        super().__init__(f"No path from {source or 'the profile'} to {target} with moves of at most {max_step:g} h"
                         f"{found}.")


class OptionError(GraphError):
    """Options that contradict each other or are out of range.

    ``needs`` is None, or what the user must supply another way (``'credentials'``), for the
    command line to name its own options and settings: the library never names them.
    """

    def __init__(self, message, needs=None):
        super().__init__(message)
        self.needs = needs


class ViewTooLarge(OptionError):
    """A drawing has more nodes than a browser lays out comfortably (``focused``: a view was chosen)."""

    def __init__(self, nodes, max_nodes, focused):
        self.nodes, self.max_nodes, self.focused = nodes, max_nodes, focused
        super().__init__(f"the {'view' if focused else 'graph'} has {nodes:,} nodes, more than the {max_nodes:,} a "
                         "browser lays out comfortably")


class OutputError(GraphError):
    """A result cannot be written where it was asked to go."""


class QueryError(OptionError):
    """A SPARQL query that cannot be parsed, or an update where only a query may run."""


class ServiceRefused(QueryError):
    """A query's ``SERVICE`` would send data to a server that was not allowed; ``url`` is that server."""

    def __init__(self, message, url):
        self.url = url
        super().__init__(message)


class LimitExceeded(GraphError):
    """A query ran past a limit: ``limit`` is ``'timeout'`` or ``'results'``, ``value`` the limit set."""

    def __init__(self, message, limit, value):
        self.limit, self.value = limit, value
        super().__init__(message)


class RemoteError(GraphError):
    """A SPARQL server cannot be reached, refuses a request or answers something unreadable.

    ``message`` says what happened; ``needs`` is None, or what would overcome it (``'timeout'``: a
    longer wait; ``'credentials'``: a user and password), for the command line to name its option;
    ``outcome``, when set, says what became of a graph being replaced. ``str()`` joins message and outcome.
    """

    def __init__(self, message, needs=None):
        super().__init__(message)
        self.message, self.needs, self.outcome = message, needs, None

    def __str__(self):
        return self.message + (f"; {self.outcome}" if self.outcome else "")


class EmptyGraphError(RemoteError):
    """The graph read from a SPARQL server holds nothing: ``base`` is the server, ``graph_iri`` the graph (or None)."""

    def __init__(self, endpoint, graph_iri):
        self.base, self.graph_iri = endpoint.base, graph_iri
        where = f"graph <{graph_iri}>" if graph_iri else "default graph"
        super().__init__(f"the {where} at {endpoint.query_url} is empty")
