"""Check data against SHACL shapes and report, as plain data.

The hand-edited graph keeps the rules of ``ontology/shapes.ttl`` (labels in both
languages, a quote or a two-language curation note on every link, ...); imported taxonomies keep the
smaller rules of ``ontology/shapes-import.ttl`` (names, efforts, levels, the release they
come from): :func:`validate_dataset` checks each part against its own rules. Given the folder
of the source articles, it also checks that every quote is copied word for word from its
article (:func:`check_quotes`), which no shape can see.
"""

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, SKOS
from rdflib.term import Node

from ..errors import DataError, Phrase
from .turtle import ontology_dir, parse_file
from .rdf import AIJ, bind_prefixes

#: Severities, most serious first: the order violations are sorted in.
SEVERITIES = ("Violation", "Warning", "Info")
#: pyshacl logs to stderr through this logger; it is silenced while validating.
_PYSHACL_LOGGER = "pyshacl-validate"


@dataclass(frozen=True)
class Violation:
    """One validation result: which resource breaks which rule, and how.

    Attributes
    ----------
    focus : rdflib.term.Node
        The resource that breaks the rule.
    path : str or None
        The property path checked, in SPARQL syntax with prefixes (``'skos:prefLabel'``,
        ``'^aij:ofRole'``); None when the rule is about the resource as a whole.
    message : str or graph.errors.Phrase
        The rule's ``sh:message``: a Phrase, for the views to word, when the shapes give it in
        several languages (``shape_message``, its ``text`` by language) or when the rule is the
        project's own check rather than a shape (a quote not found in its article).
    severity : str
        ``'Violation'``, ``'Warning'`` or ``'Info'``.
    value : rdflib.term.Node or None
        The offending value, when there is one.
    rule : str or None
        The shape or SPARQL constraint that failed, as a prefixed name (``'aijsh:RoleInSector'``).
    """

    focus: Node
    path: str | None
    message: str | Phrase
    severity: str = "Violation"
    value: Node | None = None
    rule: str | None = None

    def sort_key(self) -> tuple:
        """Severity first, then focus, path, message, value and rule, all as text."""
        rank = SEVERITIES.index(self.severity) if self.severity in SEVERITIES else len(SEVERITIES)
        value = "" if self.value is None else self.value.n3()
        return (rank, str(self.focus), self.path or "", str(self.message), value, self.rule or "")


@dataclass
class Report:
    """The outcome of :func:`validate` or :func:`validate_dataset`.

    Attributes
    ----------
    conforms : bool
        True when the data keeps every rule.
    violations : list of Violation
        Sorted by :meth:`Violation.sort_key`, so the same input gives the same report.
    shapes : int
        How many node shapes (rule families) were checked.
    rules : int
        How many rules (constraints carrying an ``sh:message``) those shapes hold.
    triples : int
        How many statements were checked.
    labels : dict
        The preferred labels (``{'en': ..., 'id': ...}``) of the resources the violations name.
    quotes : int or None
        How many quotes were checked against their articles; None when they were not.
    articles : int
        How many article files those quotes were looked up in.
    """

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    shapes: int = 0
    rules: int = 0
    triples: int = 0
    labels: dict = field(default_factory=dict, repr=False)
    quotes: int | None = None
    articles: int = 0


def default_shapes() -> Path:
    """Return the path of the bundled shapes file of the hand-edited graph.

    Examples
    --------
    >>> default_shapes().name
    'shapes.ttl'
    """
    return ontology_dir() / "shapes.ttl"


def import_shapes() -> Path:
    """Return the path of the bundled shapes file of imported data.

    Examples
    --------
    >>> import_shapes().name
    'shapes-import.ttl'
    """
    return ontology_dir() / "shapes-import.ttl"


def load_shapes(path=None) -> Graph:
    """Parse a shapes file (default: the bundled one).

    Raises
    ------
    DataError
        The file is missing, unreadable, not Turtle (the message names file and line),
        or declares no shape at all.

    Examples
    --------
    >>> shapes = load_shapes()
    >>> SH.NodeShape in set(shapes.objects(None, RDF.type))
    True
    """
    # Absolute, because graph.store.turtle.parse_file builds a file: URI from the path, which a relative path cannot give.
    path = Path(path).resolve() if path is not None else default_shapes()
    shapes = parse_file(Graph(), path)
    if not any(shapes.subjects(RDF.type, SH.NodeShape)) and not any(shapes.subjects(RDF.type, SH.PropertyShape)):
        raise DataError("no_shapes", path=path)
    return shapes


def validate(graph: Graph, shapes=None) -> Report:
    """Validate ``graph`` against SHACL shapes and return the results as plain data.

    Parameters
    ----------
    graph : rdflib.Graph
        The data, e.g. from :func:`graph.store.turtle.load_graph`. It should include the TBox
        (``aijobs.ttl``): shapes aimed at ``aij:Skill`` reach its subclasses through the
        ``rdfs:subClassOf`` triples of the data.
    shapes : path-like or rdflib.Graph, optional
        A shapes file, or an already parsed shapes graph; the bundled
        ``ontology/shapes.ttl`` if omitted.

    Returns
    -------
    Report
        Whether the graph conforms, and its violations in a fixed order.

    Raises
    ------
    DataError
        The shapes cannot be used: the file is missing or not Turtle (the message names
        file and line), or it is not valid SHACL (the message names the file, the line
        of the faulty shape where it can be found, and the cause).

    Notes
    -----
    No RDFS/OWL inference runs first (``inference='none'``): SHACL's own handling of
    ``rdfs:subClassOf`` is all the shapes need, and validation stays fast.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> report = validate(load_graph())
    >>> report.conforms, report.violations
    (True, [])

    Remove the sectors of a role and it breaks a rule:

    >>> from rdflib import URIRef
    >>> from graph.store.rdf import AIJ
    >>> g = load_graph()
    >>> _ = g.remove((URIRef("https://w3id.org/aijobs/role/data-analyst"), AIJ.inSector, None))
    >>> report = validate(g)
    >>> report.conforms
    False
    >>> [(str(v.focus), v.path, v.rule) for v in report.violations][0]
    ('https://w3id.org/aijobs/role/data-analyst', 'aij:inSector', 'aijsh:RoleInSector')
    >>> sorted({v.rule for v in report.violations})  # the statements about the removed links describe nothing now
    ['aijsh:RoleInSector', 'aijsh:StatementAsserted']
    >>> report.violations[0].message.params["text"]["en"]  # the rule's message, in each language the shapes give
    'A role needs at least one aij:inSector, and every aij:inSector must be an aij:Sector.'
    """
    if not isinstance(graph, Graph):
        raise TypeError(f"validate() needs an rdflib.Graph to check, not {type(graph).__name__}")
    if isinstance(shapes, Graph):
        shapes_graph, origin = shapes, None
    else:
        origin = Path(shapes).resolve() if shapes is not None else default_shapes()
        shapes_graph = load_shapes(origin)
    import pyshacl  # imported here: it costs a noticeable fraction of a second, which other commands need not pay

    with _quiet(_PYSHACL_LOGGER):
        try:
            conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, inference="none", advanced=False)
        except Exception as err:  # pyshacl, rdflib and pyparsing all raise their own kinds on bad shapes
            raise _shapes_error(origin, shapes_graph, err) from err
        if isinstance(results, Exception):  # pyshacl returns a ValidationFailure instead of raising it
            raise _shapes_error(origin, shapes_graph, results) from results
    names = _names(shapes_graph)
    violations = [_violation(results, r, names, shapes_graph) for r in results.subjects(RDF.type, SH.ValidationResult)]
    named = {node for v in violations for node in (v.focus, v.value) if isinstance(node, URIRef)}
    return Report(
        conforms=bool(conforms),
        violations=sorted(violations, key=Violation.sort_key),
        shapes=len(set(shapes_graph.subjects(RDF.type, SH.NodeShape))),
        rules=len(set(shapes_graph.subjects(SH.message, None))),
        triples=len(graph),
        labels={str(node): _labels(graph, node) for node in sorted(named)},
    )


def validate_dataset(dataset, shapes=None, articles=None) -> Report:
    """Validate each part of a :class:`graph.store.dataset.Dataset` against the rules meant for it.

    The hand-edited graph is checked against ``shapes`` (default: the bundled
    ``ontology/shapes.ttl``); the imported statements, with the hand-edited class hierarchy
    (which ``sh:class`` follows), against ``ontology/shapes-import.ttl``. Given ``articles``,
    the folder holding the source articles, the quotes of the hand-edited graph are also
    looked up in them (:func:`check_quotes`).

    Returns
    -------
    Report
        Both parts' violations in one fixed order; shapes, rules and statements added up;
        ``quotes`` is None unless ``articles`` was given.

    Raises
    ------
    DataError
        As :func:`validate`, and as :func:`check_quotes`.

    Examples
    --------
    >>> from graph.store.dataset import Dataset
    >>> report = validate_dataset(Dataset())
    >>> report.conforms, report.shapes == validate(Dataset().graph()).shapes
    (True, True)
    """
    hand_edited, imported = dataset.parts(_read_by(load_shapes(import_shapes())))
    quotes = [check_quotes(hand_edited, articles)] if articles is not None else []  # first: a missing article stops at once
    reports = [validate(hand_edited, shapes)] + ([validate(imported, import_shapes())] if imported is not None else [])
    reports += quotes
    return Report(
        conforms=all(r.conforms for r in reports),
        violations=sorted((v for r in reports for v in r.violations), key=Violation.sort_key),
        shapes=sum(r.shapes for r in reports),
        rules=sum(r.rules for r in reports),
        triples=sum(r.triples for r in reports),
        labels={k: v for r in reports for k, v in sorted(r.labels.items())},
        quotes=reports[-1].quotes,
        articles=reports[-1].articles,
    )


def check_quotes(graph: Graph, articles) -> Report:
    """Check that the quote of every ``aij:Evidence`` occurs word for word in its article.

    Each evidence names its ``aij:Source`` (``dcterms:source``), and each source the file
    holding its text (``aij:seedFile``), here looked up in the folder ``articles``. The
    comparison is exact: same characters, same spacing. Evidence with no quote, no source or
    no seed file (or several) is left to the shapes, which report it.

    Parameters
    ----------
    graph : rdflib.Graph
        The hand-edited graph.
    articles : path-like
        The folder holding the article files.

    Returns
    -------
    Report
        A violation per quote not found (focus: the evidence; message: a
        :class:`graph.errors.Phrase` naming the article, its source and the statements
        citing the quote; value: the quote), and how many quotes and articles were checked.

    Raises
    ------
    DataError
        The folder does not exist or is not a folder; an article file is missing, cannot
        be read or is not UTF-8 text; a seed file is not a plain file name.

    Examples
    --------
    >>> import tempfile
    >>> from rdflib import Literal
    >>> g = Graph()
    >>> ev, src = URIRef("https://example.org/ev/1"), URIRef("https://example.org/src/a")
    >>> for triple in ((ev, RDF.type, AIJ.Evidence), (ev, DCTERMS.source, src),
    ...                (ev, AIJ.quote, Literal("grows with AI")), (src, AIJ.seedFile, Literal("a.txt"))):
    ...     _ = g.add(triple)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Work that grows with AI.", encoding="utf-8")
    ...     found = check_quotes(g, folder)
    ...     _ = (Path(folder) / "a.txt").write_text("Work that grows with  AI.", encoding="utf-8")
    ...     missed = check_quotes(g, folder)
    >>> found.conforms, found.quotes, found.articles
    (True, 1, 1)
    >>> missed.conforms, [(str(v.focus), v.path, v.message.key) for v in missed.violations]
    (False, [('https://example.org/ev/1', 'aij:quote', 'quote_not_in_article')])
    """
    folder = Path(articles)
    if not folder.is_dir():
        raise DataError("not_directory" if folder.exists() else "no_directory", path=folder)
    names = bind_prefixes(Graph())
    texts, violations, quotes = {}, [], 0
    for evidence in sorted(set(graph.subjects(RDF.type, AIJ.Evidence))):
        quote, source = _one(graph, evidence, AIJ.quote), _one(graph, evidence, DCTERMS.source)
        seed = _one(graph, source, AIJ.seedFile) if source is not None else None
        if quote is None or seed is None:
            continue
        if str(seed) not in texts:
            texts[str(seed)] = _article(folder, str(seed), _labels(graph, source))
        quotes += 1
        if str(quote) not in texts[str(seed)]:
            cited = sorted(qname(names, s) for s in set(graph.subjects(AIJ.evidence, evidence)) if isinstance(s, URIRef))
            phrase = Phrase("quote_not_in_article", file=str(seed), source=_labels(graph, source),
                            cited=Phrase("cited_by", names=cited) if cited else "")
            violations.append(Violation(evidence, "aij:quote", phrase, value=quote))
    return Report(conforms=not violations, violations=sorted(violations, key=Violation.sort_key),
                  labels={str(v.focus): _labels(graph, v.focus) for v in violations}, quotes=quotes,
                  articles=len(texts))


def _one(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    """The one value of ``predicate`` on ``subject``; None when there is none or several (the shapes say which)."""
    values = list(graph.objects(subject, predicate))
    return values[0] if len(values) == 1 else None


def _article(folder: Path, name: str, source: dict) -> str:
    """The text of the article file ``name`` in ``folder``, which names a plain file only."""
    if name in ("", ".", "..") or Path(name).name != name or "\\" in name:
        raise DataError("bad_seed_file", name=name, source=source)
    path = folder / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("no_article", path=path, source=source) from None
    except UnicodeDecodeError as err:
        raise DataError("not_utf8", where=path, byte=err.start) from None
    except OSError as err:
        raise DataError("cannot_read", path=path, reason=err) from None


def _read_by(shapes: Graph) -> set[URIRef] | None:
    """The predicates ``shapes`` read (paths, targets, types), or None when a path is not one predicate."""
    paths = set(shapes.objects(None, SH.path))
    if any(not isinstance(p, URIRef) for p in paths):
        return None
    targets = {o for p in (SH.targetSubjectsOf, SH.targetObjectsOf) for o in shapes.objects(None, p)}
    return paths | targets | {RDF.type, SKOS.prefLabel}


def _labels(graph: Graph, node: URIRef) -> dict[str, str]:
    """The smallest preferred label of ``node`` in each language ('' where it has none)."""
    found = {"en": [], "id": []}
    for label in graph.objects(node, SKOS.prefLabel):
        found.get(getattr(label, "language", None), []).append(str(label))
    return {code: min(texts, default="") for code, texts in found.items()}


@contextmanager
def _quiet(name: str):
    """Silence one logger while the block runs (pyshacl logs load errors to stderr, then raises)."""
    logger = logging.getLogger(name)
    was = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = was


def _names(shapes: Graph) -> Graph:
    """An empty graph whose prefixes are the project's plus those of the shapes file."""
    names = bind_prefixes(Graph())
    bound = {str(ns) for _, ns in names.namespaces()}
    for prefix, namespace in shapes.namespaces():
        if str(namespace) not in bound:
            names.bind(prefix, namespace)
    return names


def _language_of(text: str, templates: dict[str, str]) -> str:
    """The language of a rule's message whose variables were filled in, which pyshacl returns untagged:
    the language of the rule's template that it matches, else English."""
    for lang, template in sorted(templates.items()):
        pattern = ".*".join(re.escape(part) for part in re.split(r"\{[?$]\w+\}", template))
        if re.fullmatch(pattern, text, flags=re.S):
            return lang
    return "en"


def _message(by_lang: dict[str, str]) -> str | Phrase:
    """A rule's message: the English text alone, or, when the shapes word it in more languages, a Phrase
    holding the text in each (worded by the views in their language)."""
    if set(by_lang) <= {"en"}:
        return by_lang.get("en", "")
    return Phrase("shape_message", text={lang: by_lang[lang] for lang in sorted(by_lang)})


def _violation(results: Graph, result, names: Graph, shapes: Graph) -> Violation:
    path = results.value(result, SH.resultPath)
    rule = results.value(result, SH.sourceConstraint)
    if not isinstance(rule, URIRef):
        rule = results.value(result, SH.sourceShape)
    templates = {m.language or "en": str(m) for m in shapes.objects(rule, SH.message)}
    by_lang = {}
    for text in sorted(results.objects(result, SH.resultMessage), key=str):
        by_lang.setdefault(getattr(text, "language", None) or _language_of(str(text), templates), str(text))
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=results.value(result, SH.focusNode),
        path=None if path is None else path_text(results, path, names),
        message=_message(by_lang),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        value=results.value(result, SH.value),
        rule=qname(names, rule) if isinstance(rule, URIRef) else None,
    )


def qname(names: Graph, iri: URIRef) -> str:
    """Write ``iri`` as a prefixed name if ``names`` binds its namespace, else as ``<iri>``.

    Examples
    --------
    >>> from graph.store.rdf import AIJ, bind_prefixes
    >>> qname(bind_prefixes(Graph()), AIJ.ofRole)
    'aij:ofRole'
    >>> qname(bind_prefixes(Graph()), URIRef("http://example.org/x"))
    '<http://example.org/x>'
    """
    return names.namespace_manager.normalizeUri(iri)


def path_text(graph: Graph, path: Node, names: Graph | None = None) -> str:
    """Write the SHACL property path ``path`` (described in ``graph``) in SPARQL syntax.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph holding the path's blank nodes (a shapes or results graph).
    path : rdflib.term.Node
        An IRI, or a blank node for an inverse, sequence, alternative or repeated path.
    names : rdflib.Graph, optional
        Where prefixes are looked up; ``graph`` if omitted.

    Examples
    --------
    >>> from rdflib import BNode
    >>> from graph.store.rdf import AIJ, bind_prefixes
    >>> g = bind_prefixes(Graph())
    >>> inverse = BNode()
    >>> _ = g.add((inverse, SH.inversePath, AIJ.ofRole))
    >>> path_text(g, inverse)
    '^aij:ofRole'
    >>> repeated = BNode()
    >>> _ = g.add((repeated, SH.oneOrMorePath, AIJ.prerequisite))
    >>> path_text(g, repeated)
    'aij:prerequisite+'
    """
    names = names if names is not None else graph
    if isinstance(path, URIRef):
        return qname(names, path)
    if (path, RDF.first, None) in graph:
        return "/".join(_group(graph, p, names) for p in Collection(graph, path))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_group(graph, p, names) for p in Collection(graph, alternatives))
    for prop, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"), (SH.oneOrMorePath, "{}+"),
                           (SH.zeroOrOnePath, "{}?")):
        inner = graph.value(path, prop)
        if inner is not None:
            return template.format(_group(graph, inner, names))
    return str(path)


def _group(graph: Graph, path: Node, names: Graph) -> str:
    text = path_text(graph, path, names)
    return text if isinstance(path, URIRef) or graph.value(path, SH.inversePath) is not None else f"({text})"


# ------------------------------------------------------------------ broken shapes: say where

def _shapes_error(origin: Path | None, shapes: Graph, err: Exception) -> DataError:
    """One line: the shapes file, the line of the faulty shape when it can be found, and the cause."""
    cause = " ".join(str(getattr(err, "message", None) or err).split())
    cause = cause.split(" For reference, see ")[0]
    where, detail = _locate(origin, shapes)
    place = (f"{origin}:{where}" if where else str(origin)) if origin is not None else Phrase("shapes_graph")
    return DataError("bad_shapes", where=place, detail=detail or cause)


def _locate(origin: Path | None, shapes: Graph) -> tuple[int | None, str | None]:
    """Find the faulty shape: a SPARQL query that does not parse, else what SHACL-SHACL flags.

    Runs only after validation failed, so its cost (a second pyshacl run) is paid only then.
    Returns ``(line or None, description or None)``.
    """
    try:
        text = origin.read_text(encoding="utf-8") if origin is not None else ""
    except OSError:
        text = ""
    from rdflib.plugins.sparql import prepareQuery

    for constraint, query in sorted(shapes.subject_objects(SH.select)):
        try:
            prepareQuery(str(query), initNs=_declared_prefixes(shapes, constraint))
        except Exception as err:
            line = _line_of(text, shapes, constraint, SH.select)
            offset = getattr(err, "lineno", 1) - 1
            where = line + offset if line else None
            return where, Phrase("shape_sparql", shape=_display(shapes, constraint), error=" ".join(str(err).split()))
    try:
        from pyshacl.entrypoints import meta_validate  # SHACL-SHACL: validates the shapes themselves

        conforms, report, _ = meta_validate(shapes, inference="none")
    except Exception:  # the diagnosis is a courtesy; the caller still reports the original error
        return None, None
    if conforms or not isinstance(report, Graph):
        return None, None
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = _named_owner(shapes, report.value(result, SH.focusNode))
        prop = report.value(result, SH.resultPath)
        message = str(report.value(result, SH.resultMessage) or "")
        line = _line_of(text, shapes, focus, prop if isinstance(prop, URIRef) else None)
        found.append((line is None, line or 0, _display(shapes, focus),
                      qname(shapes, prop) if isinstance(prop, URIRef) else "", message))
    _, line, shape, prop, message = min(found)  # the first flagged line in the file
    return line or None, f"{shape} {prop}: {message}".replace(" :", ":")


def _declared_prefixes(shapes: Graph, constraint: Node) -> dict[str, str]:
    prefixes = {}
    for source in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(source, SH.declare):
            prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                prefixes[str(prefix)] = str(namespace)
    return prefixes


def _named_owner(shapes: Graph, node: Node) -> Node:
    """The nearest IRI that (through blank nodes) points to ``node``: the shape a blank node belongs to."""
    seen = set()
    while isinstance(node, BNode) and node not in seen:
        seen.add(node)
        parent = next(iter(sorted(shapes.subjects(None, node))), None)
        if parent is None:
            break
        node = parent
    return node


def _display(shapes: Graph, node: Node) -> str:
    return qname(shapes, node) if isinstance(node, URIRef) else "a blank node"


def _line_of(text: str, shapes: Graph, subject: Node, prop: URIRef | None = None) -> int | None:
    """The 1-based line where ``subject``'s description starts in ``text`` (at ``prop``, if found after it)."""
    if not text or not isinstance(subject, URIRef):
        return None
    spellings = [re.escape(f"<{subject}>")]
    written = qname(shapes, subject)
    if not written.startswith("<"):
        spellings.insert(0, re.escape(written) + r"(?![\w:-])")
    start = None
    for spelling in spellings:
        match = re.search(rf"^[ \t]*{spelling}", text, flags=re.MULTILINE)
        if match:
            start = match.start()
            break
    if start is None:
        return None
    if prop is not None:
        end = re.search(r"\.[ \t]*(#.*)?$", text[start:], flags=re.MULTILINE)
        block = text[start:start + end.end()] if end else text[start:]
        for spelling in (qname(shapes, prop), f"<{prop}>"):
            at = block.find(spelling)
            if at >= 0:
                start += at
                break
    return text.count("\n", 0, start) + 1
