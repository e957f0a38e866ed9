"""Serialise the graph deterministically and write files atomically."""

import json
import os
import stat
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef

from ..errors import OptionError, OutputError
from ..model.vocabulary import bind_prefixes

#: Export format -> (rdflib serializer, file extension).
FORMATS = {
    "turtle": ("longturtle", "ttl"),
    "jsonld": ("json-ld", "jsonld"),
    "nt": ("nt", "nt"),
    "xml": ("xml", "rdf"),
}


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """Return ``graph`` in ``fmt`` as UTF-8 bytes, identical for identical graphs.

    Triples are re-inserted in sorted order before serialising and N-Triples lines are
    sorted, so the output depends neither on load order nor on ``PYTHONHASHSEED``.

    Parameters
    ----------
    fmt : {'turtle', 'jsonld', 'nt', 'xml'}

    Raises
    ------
    OptionError
        ``fmt`` is not one of the formats above.

    Examples
    --------
    >>> from rdflib import URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/aijobs/role/x"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("X", lang="en")))
    >>> print(serialize(g, "nt").decode(), end="")
    <https://w3id.org/aijobs/role/x> <http://www.w3.org/2004/02/skos/core#prefLabel> "X"@en .
    """
    if fmt not in FORMATS:
        raise OptionError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    ordered = bind_prefixes(Graph())
    for triple in sorted(graph):
        ordered.add(triple)
    if fmt == "nt":
        lines = sorted(line for line in ordered.serialize(format="nt").splitlines() if line.strip())
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "jsonld":
        return _sorted_json(json.loads(ordered.serialize(format="json-ld", auto_compact=True))).encode("utf-8")
    if fmt == "xml":
        return _rdf_xml(ordered).encode("utf-8")
    return ordered.serialize(format=FORMATS[fmt][0]).encode("utf-8")


def _sorted_json(document) -> str:
    """Dump JSON-LD with sorted keys, ``@graph`` sorted by ``@id`` and value lists sorted."""

    def canon(value):
        if isinstance(value, dict):
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            return sorted(items, key=lambda v: (v.get("@id", "") if isinstance(v, dict) else "", json.dumps(v, sort_keys=True)))
        return value

    return json.dumps(canon(document), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _rdf_xml(graph: Graph) -> str:
    """Write RDF/XML with subjects and their statements in sorted order (rdflib's order varies)."""
    prefixes = sorted((str(ns), prefix) for prefix, ns in graph.namespaces() if prefix)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    lines += [f"   xmlns:{prefix}={quoteattr(ns)}" for ns, prefix in sorted(prefixes, key=lambda p: p[1])]
    lines[-1] += ">"

    def qname(iri):
        for ns, prefix in sorted(prefixes, key=lambda p: -len(p[0])):
            if iri.startswith(ns) and iri[len(ns):].replace("-", "").replace("_", "").isalnum():
                return f"{prefix}:{iri[len(ns):]}"
        raise OptionError(f"cannot write {iri} as an RDF/XML element: bind a prefix for its namespace")

    for subject in sorted(set(graph.subjects())):
        if isinstance(subject, BNode):
            raise OptionError("RDF/XML export does not support blank nodes")
        lines.append(f"  <rdf:Description rdf:about={quoteattr(str(subject))}>")
        for predicate, obj in sorted(graph.predicate_objects(subject)):
            tag = qname(str(predicate))
            if isinstance(obj, URIRef):
                lines.append(f"    <{tag} rdf:resource={quoteattr(str(obj))}/>")
            elif isinstance(obj, Literal):
                attr = f" xml:lang={quoteattr(obj.language)}" if obj.language else ""
                attr += f" rdf:datatype={quoteattr(str(obj.datatype))}" if obj.datatype else ""
                lines.append(f"    <{tag}{attr}>{escape(str(obj))}</{tag}>")
            else:
                raise OptionError("RDF/XML export does not support blank nodes")
        lines.append("  </rdf:Description>")
    lines.append("</rdf:RDF>")
    return "\n".join(lines) + "\n"


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
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    if existing and stat.S_ISDIR(existing.st_mode):
        raise OutputError(f"{path}: is a directory")
    if existing and (stat.S_ISFIFO(existing.st_mode) or stat.S_ISCHR(existing.st_mode)):
        return _write_in_place(path, data)
    if existing and not stat.S_ISREG(existing.st_mode):
        raise OutputError(f"{path}: is not a regular file, a FIFO or a character device")
    if existing and not os.access(path, os.W_OK):
        raise OutputError(f"{path}: cannot write (permission denied)")
    target = Path(os.path.realpath(path))
    if parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError(f"{path}: cannot create folder {target.parent} ({err.strerror})") from err
    if not target.parent.is_dir():
        raise OutputError(f"{path}: folder {target.parent} does not exist")
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask())
        os.replace(temp, target)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    return path


def _write_in_place(path: Path, data: bytes) -> Path:
    """Write to a FIFO or a device as it stands (nothing to rename over)."""
    try:
        with open(path, "wb") as out:
            out.write(data)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror})") from err
    return path


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
