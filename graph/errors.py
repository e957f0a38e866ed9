"""One exception hierarchy for everything the library can refuse to do.

An error holds no words: it names its message by ``key`` and keeps the facts the message
needs in ``params``; the views word it in English or Indonesian
(:func:`graph.views.messages.message`). A parameter may itself be a :class:`Phrase` or an
error (worded in the same language), a list (joined with commas), or a dict of labels by
language (``{"en": ..., "id": ...}``, shown in the message's language).
"""


class Phrase:
    """Part of a message, worded by the views like an error: a ``key`` and its ``params``.

    Examples
    --------
    >>> Phrase("did_you_mean", names=["Data Analyst"])
    Phrase('did_you_mean', names=['Data Analyst'])
    """

    def __init__(self, key: str, /, **params):
        self.key, self.params = key, params

    def __repr__(self) -> str:
        facts = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"{type(self).__name__}({self.key!r}{facts})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Phrase) and (self.key, self.params) == (other.key, other.params)


class GraphError(Exception):
    """Base class: every error the library raises on purpose is one of these.

    Examples
    --------
    >>> err = DataError("no_directory", path="data")
    >>> err.key, err.params
    ('no_directory', {'path': 'data'})
    >>> str(err)
    "no_directory(path='data')"
    """

    def __init__(self, key: str, /, **params):
        self.key, self.params = key, params
        super().__init__(key)

    def __str__(self) -> str:
        return f"{self.key}({', '.join(f'{name}={value!r}' for name, value in self.params.items())})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)})"


class DataError(GraphError):
    """An RDF file cannot be read, named with its file and line."""


class BadValueError(DataError):
    """A value the model cannot use, such as a level outside the scale or an effort of NaN hours.

    ``subject``, ``predicate`` and ``value`` (as read) are kept so that the code that read
    the files can say where the statement is written; ``problem`` is the key of what is
    wrong with it (``extra``: that phrase's facts).
    """

    def __init__(self, subject, predicate, value, problem, **extra):
        self.subject, self.predicate, self.value = subject, predicate, value
        name = predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        super().__init__("bad_value", subject=subject, name=name, value=value, problem=Phrase(problem, **extra))


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
    """No entity has this name; ``suggestions`` holds near misses (English labels), ``suggested_labels`` their
    labels by language.

    Examples
    --------
    >>> err = UnknownNameError("Data Analist", [{"en": "Data Analyst", "id": "Analis Data"}, "Data analysis"], "role")
    >>> err.suggestions, err.suggested_labels[1]
    (['Data Analyst', 'Data analysis'], {'en': 'Data analysis'})
    """

    def __init__(self, name, suggestions=(), kind="entity"):
        self.name, self.kind = name, kind
        self.suggested_labels = [s if isinstance(s, dict) else {"en": s} for s in suggestions]
        self.suggestions = [labels["en"] for labels in self.suggested_labels]
        hint = Phrase("did_you_mean", names=list(suggestions)) if suggestions else ""
        super().__init__("unknown_name", name=name, kind=kind, hint=hint)


class AmbiguousNameError(LookupFailed):
    """Several entities share this name; ``candidates`` lists them (``coded``: each with its code)."""

    def __init__(self, name, candidates, coded=False):
        self.name, self.candidates = name, list(candidates)
        super().__init__("ambiguous_coded" if coded else "ambiguous", name=name, candidates=self.candidates)


class WrongKindError(LookupFailed):
    """The name exists, but as another kind of entity (a skill where a role was asked)."""

    def __init__(self, name, found, wanted):
        self.name, self.found, self.wanted = name, found, wanted
        super().__init__("wrong_kind", name=name, found=found, wanted=wanted)


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
        super().__init__("no_path", source=source or Phrase("the_profile"), target=target, max_step=max_step)


class OptionError(GraphError):
    """Options that contradict each other or are out of range."""


class ViewTooLarge(OptionError):
    """A drawing has more nodes than a browser lays out comfortably (``focused``: a view was chosen)."""

    def __init__(self, nodes, max_nodes, focused):
        self.nodes, self.max_nodes, self.focused = nodes, max_nodes, focused
        super().__init__("view_too_large_focused" if focused else "view_too_large", nodes=nodes, max_nodes=max_nodes)


class OutputError(GraphError):
    """A result cannot be written where it was asked to go."""


class QueryError(OptionError):
    """A SPARQL query that cannot be parsed, or an update where only a query may run."""


class ServiceRefused(QueryError):
    """A query's ``SERVICE`` would send data to a server that was not allowed; ``url`` is that server."""

    def __init__(self, key, url, **params):
        self.url = url
        super().__init__(key, url=url, **params)


class LimitExceeded(GraphError):
    """A query ran past a limit: ``limit`` is ``'timeout'`` or ``'results'``, ``value`` the limit set."""

    def __init__(self, limit, value):
        self.limit, self.value = limit, value
        super().__init__(f"limit_{limit}", value=value)


class RemoteError(GraphError):
    """A SPARQL server cannot be reached, refuses a request or answers something unreadable."""
