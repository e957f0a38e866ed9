"""The hand-edited Turtle files (the bundled graph, or a folder of one's own): where they are, and one rdflib graph of them.

rdflib is imported only by the functions that build an rdflib graph, so a command answered
from the fast forms never loads it.
"""

import re
from pathlib import Path

from ..errors import BadValueError, DataError
from . import syntax

_PACKAGE = Path(__file__).resolve().parent.parent
#: Characters no IRI may hold (RFC 3987), which rdflib's Turtle parser lets through.
#: Turtle files that are not part of the data (validated against, or queried with).
NOT_DATA = {"shapes.ttl", "shapes-import.ttl"}


def ontology_dir() -> Path:
    """Return the folder holding the bundled ontology and data.

    A wheel carries it inside the package; a source checkout keeps it beside the package.

    Examples
    --------
    >>> (ontology_dir() / "aijobs.ttl").is_file()
    True
    """
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "aijobs.ttl").is_file():
            return candidate
    raise DataError("no_ontology", places=[_PACKAGE / "ontology", _PACKAGE.parent / "ontology"])


def example_queries() -> dict[str, Path]:
    """Return the example SPARQL queries shipped with the package (``ontology/queries/*.rq``), by name.

    Examples
    --------
    >>> "government-privacy-roles" in example_queries()
    True
    """
    return {path.stem: path for path in sorted((ontology_dir() / "queries").glob("*.rq"))}


def data_files(directory=None) -> list[Path]:
    """Return the Turtle data files of ``directory`` (default: the bundled ontology), sorted by name."""
    directory = Path(directory) if directory is not None else ontology_dir()
    if not directory.is_dir():
        raise DataError("no_directory", path=directory)
    files = sorted(p for p in directory.glob("*.ttl") if p.name not in NOT_DATA)
    if not files:
        raise DataError("no_ttl_files", path=directory)
    return regular(files)


def regular(files: list[Path]) -> list[Path]:
    """Return ``files`` if each is a regular file: a FIFO or a device named ``*.ttl`` would be read forever.

    Examples
    --------
    >>> import os, tempfile
    >>> fifo = Path(tempfile.mkdtemp()) / "data.ttl"
    >>> os.mkfifo(fifo)
    >>> regular([fifo])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.errors.DataError: not_regular(path=PosixPath('/.../data.ttl'))
    """
    for path in files:
        if not path.is_file():
            raise DataError("not_regular", path=path)
    return files


def _where(path: Path, text: str, needle: str) -> str:
    """``file:line`` of the first occurrence of ``needle`` in ``text`` (just ``file`` if it does not occur)."""
    at = text.find(needle)
    return f"{path}:{text.count(chr(10), 0, at) + 1}" if at >= 0 else str(path)


_PREFIX = re.compile(r"(?im)^[ \t]*@?prefix[ \t]+([\w.-]*):[ \t]*<([^>]*)>")


def located(error: BadValueError, files) -> DataError:
    """``error`` prefixed with the ``file:line`` in ``files`` (Turtle or N-Triples) of the statement it is about.

    The line is where the subject's predicate is written after the subject first starts a
    statement; the message is left as it is when no file writes that.

    Examples
    --------
    >>> from graph.model.projection import whole_number
    >>> from graph.model.vocabulary import AIJ
    >>> try:
    ...     whole_number("https://w3id.org/aijobs/requirement/ai-auditor--ai-ethics", str(AIJ.level), "two")
    ... except BadValueError as err:
    ...     found = located(err, data_files())
    >>> found.key, found.params["where"]  # doctest: +ELLIPSIS
    ('located', '/.../requirements.ttl:...')
    """
    for path in map(Path, files):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        prefixes = _PREFIX.findall(text)

        def spelled(iri):
            names = [re.escape(f"<{iri}>")] + [rf"{re.escape(p)}:{re.escape(iri[len(ns):])}(?![\w.:-])"
                                                for p, ns in prefixes if ns and iri.startswith(ns)]
            return f"(?:{'|'.join(names)})"

        subject = re.search(rf"(?m)^[ \t]*{spelled(error.subject)}", text)
        statement = subject and re.compile(spelled(error.predicate)).search(text, subject.end())
        if statement:
            return DataError("located", where=f"{path}:{text.count(chr(10), 0, statement.start()) + 1}", error=error)
    return DataError(error.key, **error.params)


def parse_file(graph, path: Path):
    """Parse one Turtle file into ``graph`` and return it.

    A syntax error, an invalid IRI or a literal that does not fit its datatype (``"abc"^^xsd:integer``)
    becomes a :class:`DataError` naming the file and line; nothing of the file is added then.
    """
    from rdflib import Graph, Literal

    from .rdf import add

    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError("cannot_read", path=path, reason=err) from err
    declared: dict = {}
    part = add(Graph(), syntax.parse(path, data, prefixes=declared))
    for term in {t for triple in part for t in triple}:
        if isinstance(term, Literal) and term.ill_typed:
            raise DataError("ill_typed", where=_where(path, text, f'{chr(34)}{term}{chr(34)}'), value=str(term),
                            datatype=graph.namespace_manager.normalizeUri(term.datatype))
    for prefix, namespace in sorted(declared.items()):
        graph.bind(prefix, namespace, override=False)
    graph += part
    return graph


def load_graph(directory=None):
    """Load every data file of ``directory`` (default: the bundled graph) into one graph.

    Parameters
    ----------
    directory : path-like, optional
        A folder of ``.ttl`` files. ``shapes.ttl`` is skipped: it holds the SHACL rules.

    Returns
    -------
    rdflib.Graph
        The union of the files, with the project's prefixes bound.

    Raises
    ------
    DataError
        A file is missing, unreadable or not valid Turtle (the message names file and line).

    Examples
    --------
    >>> from graph.store.rdf import AIJ
    >>> from rdflib import RDF
    >>> g = load_graph()
    >>> len(set(g.subjects(RDF.type, AIJ.Role))) > 20
    True
    """
    from rdflib import Graph

    from .rdf import bind_prefixes

    graph = bind_prefixes(Graph())
    for path in data_files(directory):
        parse_file(graph, path)
    return graph
