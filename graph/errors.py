"""One exception hierarchy for everything the library can refuse to do."""


class GraphError(Exception):
    """Base class: every error the library raises on purpose is one of these."""


class DataError(GraphError):
    """An RDF file cannot be read, named with its file and line."""


class LookupFailed(GraphError):
    """Base for names that do not resolve to exactly one entity."""


class UnknownNameError(LookupFailed):
    """No entity has this name; ``suggestions`` holds near misses."""

    def __init__(self, name, suggestions=(), kind="entity"):
        self.name, self.suggestions, self.kind = name, list(suggestions), kind
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No {kind} named {name!r}.{hint}")


class AmbiguousNameError(LookupFailed):
    """Several entities share this name; ``candidates`` lists them (``coded``: each with its code)."""

    def __init__(self, name, candidates, coded=False):
        self.name, self.candidates = name, list(candidates)
        how = "its code or IRI" if coded else "its IRI"
        super().__init__(f"{name!r} is ambiguous: it could be {', '.join(self.candidates)}; name one by {how}.")


class WrongKindError(LookupFailed):
    """The name exists, but as another kind of entity (a skill where a role was asked)."""

    def __init__(self, name, found, wanted):
        self.name, self.found, self.wanted = name, found, wanted
        super().__init__(f"{name!r} is a {found}, not a {wanted}.")


class NoPathError(GraphError):
    """No chain of feasible moves joins two roles under the given constraints."""


class OptionError(GraphError):
    """Options that contradict each other or are out of range."""


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


class RemoteError(GraphError):
    """A SPARQL server cannot be reached, refuses a request or answers something unreadable."""
