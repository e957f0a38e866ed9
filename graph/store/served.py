"""A dataset a SPARQL server holds: each command reads only what it needs, and the fast forms stay cached.

:class:`ServedDataset` answers what :class:`graph.store.dataset.Dataset` answers, with targeted
queries instead of a download of the whole graph:

- the fast forms (the projection ``path``, ``next``, ``gap``, ``related`` and ``search`` work on,
  and the name index every name is resolved with) come from two queries: the skill requirements as SPARQL CSV
  rows (role, skill, level, essential, importance: the bulk of a taxonomy, sent compactly) and a
  CONSTRUCT of the other statements the projection reads (:data:`graph.model.projection.PREDICATES`).
  They are kept in the user cache (:func:`graph.store.cache.cached`), keyed on the server, the
  graph and the stamp ``graph push`` leaves in it (:data:`graph.store.remote.STAMP_SUBJECT`), so
  the next command reads only the stamp;
- ``show`` reads the entity, what points at it (its links' ``rdf:Statement`` nodes among them),
  the names of what they mention and the quotes and sources of their evidence; ``list``
  reads the types, labels and definitions of one kind (and, filtered, the links filters follow);
- everything else (SPARQL queries, export, validation, drawing) reads the whole graph.

rdflib is imported only by the reads that build an rdflib graph. Once the whole graph is read
(:meth:`ServedDataset.graph`), ``show`` and ``list`` answer from it, with no further query: a
long-running ``graph serve`` reads it at start and answers from that version.

Every read is checked: the graph's state (its stamp or, for a graph published some other way,
its number of statements) is read first and again after each query, and a change in between
is an error, never an answer mixing two versions. A graph without a stamp has nothing to key
forms on, so its forms are rebuilt for each command.
"""

from ..errors import RemoteError
from ..model.projection import PREDICATES, REQUIREMENT, Facts
from ..model.vocabulary import AIJ, DCTERMS, RDF, SKOS
from . import cache, remote
from .dataset import LISTING_LINKS, REQUIREMENT_LINKS, Dataset, classes_of, grouped

#: What names a resource that ``show`` mentions (its kind, label, code, title).
_NAMING = (RDF.type, SKOS.prefLabel, SKOS.notation, DCTERMS.title)
#: What a resource ``show`` links to may add: an evidence's source and quote.
_CITING = (DCTERMS.source, AIJ.quote)
#: What ``list`` shows of each entity.
_LISTED = (RDF.type, SKOS.prefLabel, SKOS.definition)


def _values(variable: str, iris) -> str:
    """``?variable`` bound to each of ``iris`` in turn: for a pattern to start from."""
    return f"VALUES ?{variable} {{ {' '.join(f'<{iri}>' for iri in iris)} }}"


def _among(variable: str, iris) -> str:
    """``?variable`` kept when it is one of ``iris``: for a pattern already narrowed (a FILTER, which Oxigraph
    applies to the few statements found, where a VALUES block there made it scan the predicates first)."""
    return f"FILTER (?{variable} IN ({', '.join(f'<{iri}>' for iri in iris)}))"


class ServedDataset(Dataset):
    """The dataset in one graph of a SPARQL server (see the module docstring).

    Parameters
    ----------
    endpoint : graph.store.remote.Endpoint
        The server.
    graph_iri : str, optional
        The named graph; the server's default graph if omitted.
    timeout : float
        Seconds to wait for each answer.
    credentials : (str, str), optional
        User and password for HTTP Basic authentication.
    refresh : bool
        Read the forms' inputs again even when the cache has forms for the graph's stamp.
    """

    def __init__(self, endpoint, graph_iri=None, *, timeout=remote.DEFAULT_TIMEOUT, credentials=None,
                 refresh=False):
        super().__init__()
        self.endpoint, self.graph_iri = endpoint, remote.check_graph_iri(graph_iri)
        self.timeout, self.credentials, self.refresh = timeout, credentials, refresh
        self.in_memory = True
        self._state = None

    # ------------------------------------------------------------------ the graph's state

    def _read_state(self) -> tuple[str, str]:
        """``('stamp', digest)`` for a graph `graph push` published, else ``('count', n)``."""
        options = {"timeout": self.timeout, "credentials": self.credentials}
        found = remote.stamp(self.endpoint, self.graph_iri, **options)
        if found is not None:
            return "stamp", found
        size = remote.count(self.endpoint, self.graph_iri, **options)
        if not size:
            raise RemoteError("empty_remote_graph" if self.graph_iri else "empty_remote_default",
                              url=self.endpoint.query_url, base=self.endpoint.base, iri=self.graph_iri)
        return "count", str(size)

    def state(self) -> tuple[str, str]:
        """The graph's state when this dataset first read it.

        Raises
        ------
        RemoteError
            The graph holds no statement (``empty_remote_graph``, ``empty_remote_default``), or the
            server cannot be read.
        """
        if self._state is None:
            self._state = self._read_state()
        return self._state

    def _checked(self, read):
        """``read()``, refused if the graph's state after it differs from the state before."""
        before = self.state()
        found = read()
        if self._read_state() != before:
            raise RemoteError("graph_changed", graph=remote.graph_phrase(self.graph_iri), url=self.endpoint.query_url)
        return found

    def _construct(self, pattern: str):
        """The rdflib graph of the statements ``?s ?p ?o`` that ``pattern`` binds, in the dataset's graph
        (or, once :meth:`graph` has read the whole graph, that graph: it holds them, as they were then)."""
        from rdflib import Graph  # only commands that read RDF pay for importing rdflib

        from .rdf import add, bind_prefixes

        if self._graph is not None:
            return self._graph
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {remote.in_graph(self.graph_iri, pattern)} }}"
        quads = self._checked(lambda: remote.construct(self.endpoint, query, timeout=self.timeout,
                                                       credentials=self.credentials))
        return add(bind_prefixes(Graph()), sorted(set(quads), key=str))

    # ------------------------------------------------------------------ what commands read

    def graph(self):
        """The whole graph (one CONSTRUCT, checked against a COUNT), for what needs all of it."""
        if self._graph is None:
            self._graph = self._checked(lambda: remote.fetch_graph(self.endpoint, self.graph_iri,
                                                                   timeout=self.timeout, credentials=self.credentials))
        return self._graph

    def ntriples(self):
        self.graph()
        return super().ntriples()

    def graph_about(self, iri):
        """What :func:`graph.store.entities.describe` reads about ``iri``: its statements, those of what points
        at it (its links' ``rdf:Statement`` nodes among them), the names (and, for evidence, the source and
        quote) of what they mention, and the names of the sources of that evidence."""
        me = f"<{iri}>"
        naming, citing = _among("p", _NAMING), _among("p", _NAMING + _CITING)
        return self._construct(
            f"{{ VALUES ?s {{ {me} }} ?s ?p ?o }} "
            f"UNION {{ ?s ?in {me} . ?s ?p ?o }} "
            f"UNION {{ {me} ?out ?s . ?s ?p ?o . {citing} }} "
            f"UNION {{ {me} ?out ?x . ?x <{DCTERMS.source}> ?s . ?s ?p ?o . {naming} }} "
            f"UNION {{ ?x ?in {me} . ?x ?out ?s . ?s ?p ?o . {naming} }} "
            f"UNION {{ ?x ?in {me} . ?x <{AIJ.evidence}> ?s . ?s ?p ?o . {citing} }} "
            f"UNION {{ ?x ?in {me} . ?x <{AIJ.evidence}> ?y . ?y <{DCTERMS.source}> ?s . ?s ?p ?o . {naming} }}")

    def listing(self, kind: str) -> list[dict]:
        from .entities import list_entities

        return list_entities(self._construct(self._listed({kind})), kind)

    def graph_for_listing(self, kind: str):
        links = LISTING_LINKS + (REQUIREMENT_LINKS if kind == "skill" else ())
        return self._construct(f"{{ {self._listed({kind, 'role', 'sector', 'concern', 'family'})} }} "
                               f"UNION {{ {_values('p', links)} ?s ?p ?o }}")

    @staticmethod
    def _listed(kinds) -> str:
        """The type, label and definition statements of the entities of ``kinds``."""
        return f"{_values('c', classes_of(kinds))} ?s a ?c . ?s ?p ?o . {_among('p', _LISTED)}"

    def graph_for_drawing(self):
        return self.graph()

    # ------------------------------------------------------------------ fast forms

    def _forms(self):
        kind, value = self.state()

        def build():
            return self._checked(lambda: cache.derive(self._facts()))

        if kind != "stamp":
            return build()
        key = cache.key(b"endpoint", self.endpoint.base.encode(), (self.graph_iri or "").encode(), value.encode())
        return cache.cached(key, build, refresh=self.refresh)

    def _facts(self) -> Facts:
        """What the forms derive from: the requirements as CSV rows, the rest as statements."""
        cls, of_role, requires, level, essential, importance = REQUIREMENT
        rows = remote.select(self.endpoint, "SELECT ?role ?skill ?level ?essential ?importance WHERE { " + remote.in_graph(
            self.graph_iri, f"?r a <{cls}> ; <{of_role}> ?role ; <{requires}> ?skill ; <{level}> ?level ; "
                            f"<{essential}> ?essential . OPTIONAL {{ ?r <{importance}> ?importance }}") + " }",
            timeout=self.timeout, credentials=self.credentials)
        others = [p for p in PREDICATES if p not in REQUIREMENT]
        quads = remote.construct(self.endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { " + remote.in_graph(
            self.graph_iri, f"{_values('p', others)} ?s ?p ?o FILTER (?p != <{RDF.type}> || ?o != <{cls}>)") + " }",
            timeout=self.timeout, credentials=self.credentials)
        facts = Facts()
        for subject, statements in grouped(sorted(set(quads), key=lambda q: str(q.subject))):
            facts.add(subject, statements)
        for row in sorted(rows):
            if len(row) != 5:
                raise RemoteError("csv_row_width", url=self.endpoint.query_url, found=len(row), expected=5)
            role, skill, level_text, flag, rated = row
            facts.add_requirement(f"<{role}> <{skill}>", role, skill, level_text, flag, rated or None)
        return facts
