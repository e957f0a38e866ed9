"""Read the hand-edited Turtle files into one rdflib graph."""

import hashlib
import logging
import os
import pickle
from pathlib import Path

import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from ..errors import DataError
from ..model.vocabulary import bind_prefixes

_PACKAGE = Path(__file__).resolve().parent.parent
#: Characters no IRI may hold (RFC 3987), which rdflib's Turtle parser lets through.
_NOT_IN_IRIS = frozenset('<>" {}|\\^`')
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
    raise DataError(f"the bundled ontology is missing (looked in {_PACKAGE / 'ontology'} and {_PACKAGE.parent / 'ontology'})")


def data_files(directory=None) -> list[Path]:
    """Return the Turtle data files of ``directory`` (default: the bundled ontology), sorted by name."""
    directory = Path(directory) if directory is not None else ontology_dir()
    if not directory.is_dir():
        raise DataError(f"{directory}: no such directory")
    files = sorted(p for p in directory.glob("*.ttl") if p.name not in NOT_DATA)
    if not files:
        raise DataError(f"{directory}: no .ttl files")
    return files


def _where(path: Path, text: str, needle: str) -> str:
    """``file:line`` of the first occurrence of ``needle`` in ``text`` (just ``file`` if it does not occur)."""
    at = text.find(needle)
    return f"{path}:{text.count(chr(10), 0, at) + 1}" if at >= 0 else str(path)


def parse_file(graph: Graph, path: Path) -> Graph:
    """Parse one Turtle file into ``graph``.

    A syntax error, an invalid IRI or a literal that does not fit its datatype (``"abc"^^xsd:integer``)
    becomes a :class:`DataError` naming the file and line; nothing of the file is added then.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot be read ({err})") from err
    part = Graph()
    previous = logging.getLogger("rdflib").level
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)  # rdflib logs, with tracebacks, what it accepts anyway
    try:
        part.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except BadSyntax as err:
        line = text.count("\n", 0, err._i) + 1
        column = err._i - text.rfind("\n", 0, err._i)
        raise DataError(f"{path}:{line}:{column}: bad Turtle syntax ({err._why})") from err
    except IndexError as err:  # rdflib's parser runs off the end of an unfinished statement
        last = text.count("\n") + (not text.endswith("\n"))
        raise DataError(f"{path}:{last}: bad Turtle syntax (the file ends inside a statement)") from err
    except Exception as err:  # rdflib raises plain exceptions for bad IRIs, prefixes, literals
        raise DataError(f"{path}: bad Turtle ({err})") from err
    finally:
        logging.getLogger("rdflib").setLevel(previous)
    for term in {t for triple in part for t in triple}:
        if isinstance(term, Literal) and term.ill_typed:
            raise DataError(f"{_where(path, text, f'{chr(34)}{term}{chr(34)}')}: {str(term)!r} is not a valid "
                            f"{part.namespace_manager.normalizeUri(term.datatype)}")
        if isinstance(term, URIRef) and not _NOT_IN_IRIS.isdisjoint(term):
            raise DataError(f"{_where(path, text, str(term))}: <{term}> is not a valid IRI")
    for prefix, namespace in part.namespaces():
        graph.bind(prefix, namespace, override=False)
    graph += part
    return graph


def cache_dir() -> Path:
    """Return the folder for parsed-graph caches: ``$GRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/ai-jobs-graph``.

    Examples
    --------
    >>> cache_dir().name
    'ai-jobs-graph'
    """
    if os.environ.get("GRAPH_CACHE_DIR"):
        return Path(os.environ["GRAPH_CACHE_DIR"]) / "ai-jobs-graph"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ai-jobs-graph"


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(f"rdflib {rdflib.__version__}".encode())
    for path in files:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError as err:
            raise DataError(f"{path}: cannot be read ({err.strerror})") from err
    return digest.hexdigest()


def cached(files: list[Path], name: str, build):
    """Return ``build()``, kept as a pickle in :func:`cache_dir` while the bytes of ``files`` stay the same.

    One cache file per folder and ``name``; a stale, unreadable or unwritable cache is
    simply rebuilt (the fingerprint is read first, so a stale object is never unpickled).
    """
    folder = str(files[0].parent.resolve())
    path = cache_dir() / f"{hashlib.sha256(folder.encode()).hexdigest()[:16]}-{name}.pickle"
    fingerprint = _fingerprint(files)
    try:
        with open(path, "rb") as handle:
            if pickle.load(handle) == fingerprint:
                return pickle.load(handle)
    except Exception:  # missing, unreadable or from another version: rebuild it
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temp, "wb") as handle:
            pickle.dump(fingerprint, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError:
        pass
    return value


def load_graph(directory=None, *, cache: bool = True) -> Graph:
    """Load every data file of ``directory`` (default: the bundled graph) into one graph.

    Parameters
    ----------
    directory : path-like, optional
        A folder of ``.ttl`` files. ``shapes.ttl`` is skipped: it holds the SHACL rules.
    cache : bool
        Reuse the parsed graph kept in :func:`cache_dir` while the files' bytes are
        unchanged (parsing Turtle dominates a cold command), and refresh it otherwise.

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
    >>> from graph.model.vocabulary import AIJ
    >>> from rdflib import RDF
    >>> g = load_graph()
    >>> len(set(g.subjects(RDF.type, AIJ.Role))) > 20
    True
    """
    files = data_files(directory)

    def parse() -> Graph:
        graph = bind_prefixes(Graph())
        for path in files:
            parse_file(graph, path)
        return graph

    return cached(files, "graph", parse) if cache else parse()
