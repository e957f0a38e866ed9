"""Read the hand-edited Turtle files into one rdflib graph."""

from pathlib import Path

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from .errors import DataError
from .namespaces import bind_prefixes

_HERE = Path(__file__).resolve().parent
#: Turtle files that are not part of the data (validated against, or queried with).
NOT_DATA = {"shapes.ttl"}


def ontology_dir() -> Path:
    """Return the folder holding the bundled ontology and data.

    A wheel carries it inside the package; a source checkout keeps it beside the package.

    Examples
    --------
    >>> (ontology_dir() / "aijobs.ttl").is_file()
    True
    """
    for candidate in (_HERE / "ontology", _HERE.parent / "ontology"):
        if (candidate / "aijobs.ttl").is_file():
            return candidate
    raise DataError(f"the bundled ontology is missing (looked in {_HERE / 'ontology'} and {_HERE.parent / 'ontology'})")


def data_files(directory=None) -> list[Path]:
    """Return the Turtle data files of ``directory`` (default: the bundled ontology), sorted by name."""
    directory = Path(directory) if directory is not None else ontology_dir()
    if not directory.is_dir():
        raise DataError(f"{directory}: no such directory")
    files = sorted(p for p in directory.glob("*.ttl") if p.name not in NOT_DATA)
    if not files:
        raise DataError(f"{directory}: no .ttl files")
    return files


def parse_file(graph: Graph, path: Path) -> Graph:
    """Parse one Turtle file into ``graph``; a syntax error becomes a :class:`DataError` with file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot be read ({err})") from err
    try:
        graph.parse(data=text, format="turtle", publicID=path.as_uri())
    except BadSyntax as err:
        line = text.count("\n", 0, err._i) + 1
        column = err._i - text.rfind("\n", 0, err._i)
        raise DataError(f"{path}:{line}:{column}: bad Turtle syntax ({err._why})") from err
    except Exception as err:  # rdflib raises plain exceptions for bad IRIs, prefixes, literals
        raise DataError(f"{path}: bad Turtle ({err})") from err
    return graph


def load_graph(directory=None) -> Graph:
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
    >>> from graph.namespaces import AIJ
    >>> from rdflib import RDF
    >>> g = load_graph()
    >>> len(set(g.subjects(RDF.type, AIJ.Role))) > 20
    True
    """
    graph = bind_prefixes(Graph())
    for path in data_files(directory):
        parse_file(graph, path)
    return graph
