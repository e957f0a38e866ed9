"""Serialise the graph deterministically and write files atomically."""

import os
import stat
import tempfile
from pathlib import Path

from ..errors import OptionError, OutputError, Phrase
from . import syntax

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
        raise OptionError("unknown_format", fmt=fmt, choices=list(FORMATS))
    from .rdf import lines  # rdflib: only when an rdflib graph is written

    return syntax.write(lines(graph), fmt)


def write_atomic(path, data: bytes, *, parents: bool = False) -> Path:
    """Write ``data`` to ``path`` so that a reader sees the old content or the new, never half.

    A regular file, or a new one, is written through a temporary file beside it and a
    rename: an existing file keeps its permissions, and is left intact when writing fails.
    A symbolic link is followed: the file it points to is replaced and the link stays a link.
    A FIFO or a character device (a terminal, ``/dev/null``, ``/dev/stdout`` on a pipe) is
    written to as it is, never replaced.

    Parameters
    ----------
    path : path-like
        Where to write.
    data : bytes
        Everything to write.
    parents : bool
        Create missing folders first.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    OutputError
        ``path`` is a directory, a socket or a block device, or a file that may not be
        written; its folder does not exist (and ``parents`` is false) or cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "link.txt").symlink_to("real.txt")
    >>> write_atomic(folder / "link.txt", b"hello").read_bytes()
    b'hello'
    >>> (folder / "link.txt").is_symlink(), (folder / "real.txt").read_bytes()
    (True, b'hello')
    """
    path = Path(path)
    try:
        existing = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):  # a new file (or a folder that is missing, said below)
        existing = None
    except OSError as err:
        raise OutputError("cannot_write", path=path, reason=err) from err
    if existing and stat.S_ISDIR(existing.st_mode):
        raise OutputError("is_a_directory", path=path)
    if existing and (stat.S_ISFIFO(existing.st_mode) or stat.S_ISCHR(existing.st_mode)):
        return _write_in_place(path, data)
    if existing and not stat.S_ISREG(existing.st_mode):
        raise OutputError("not_writable_kind", path=path)
    if existing and not os.access(path, os.W_OK):
        raise OutputError("cannot_write", path=path, reason=Phrase("permission_denied"))
    target = Path(os.path.realpath(path))
    if parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError("cannot_create_folder", path=path, folder=target.parent, reason=err) from err
    if not target.parent.is_dir():
        raise OutputError("no_folder", path=path, folder=target.parent)
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError("cannot_write", path=path, reason=err) from err
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask())
        os.replace(temp, target)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError("cannot_write", path=path, reason=err) from err
    return path


def _write_in_place(path: Path, data: bytes) -> Path:
    """Write to a FIFO or a device as it stands (nothing to rename over)."""
    try:
        with open(path, "wb") as out:
            out.write(data)
    except OSError as err:
        raise OutputError("cannot_write", path=path, reason=err) from err
    return path


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
