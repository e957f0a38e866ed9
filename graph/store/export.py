"""Serialise the graph deterministically and write files atomically."""

import os
import tempfile
from pathlib import Path

from ..errors import OptionError, OutputError
from . import rdf, syntax

#: Export format -> file extension.
FORMATS = {name: extension for name, (_, extension) in syntax.SYNTAXES.items()}


def serialize(graph, fmt: str = "turtle") -> bytes:
    """Return ``graph`` in ``fmt`` as UTF-8 bytes, identical for identical graphs.

    The statements are written in sorted N-Triples order by pyoxigraph
    (:func:`graph.store.syntax.write`), with exactly the project prefixes they use, so the
    output depends neither on load order nor on ``PYTHONHASHSEED`` nor on where the graph
    came from.

    Parameters
    ----------
    fmt : {'turtle', 'jsonld', 'nt', 'xml'}

    Raises
    ------
    OptionError
        ``fmt`` is not one of the formats above.

    Examples
    --------
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/aijobs/role/x"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("X", lang="en")))
    >>> print(serialize(g, "nt").decode(), end="")
    <https://w3id.org/aijobs/role/x> <http://www.w3.org/2004/02/skos/core#prefLabel> "X"@en .
    """
    if fmt not in FORMATS:
        raise OptionError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return syntax.write(rdf.lines(graph), fmt)


def write_atomic(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file, and an existing file is left intact
    when writing fails.

    Raises
    ------
    OutputError
        The folder does not exist or cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomic(target, b"hello").read_bytes()
    b'hello'
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    return path
