"""Fast forms: what a command needs from a graph, kept as data-only files, each checked by digest.

A *forms folder* holds the NetworkX projection and the name index as JSON, the move table's
lists of numbers as raw little-endian machine numbers (one ``.bin`` file each, read with the standard
library's :mod:`array`) and its lists of names as JSON, and ``forms.json``: the
format version, the key the forms were derived for and the SHA-256 of every file. A reader
checks the key and each file's digest before it uses the bytes it checked, so a stale,
truncated, tampered or foreign file is rebuilt, never trusted, and nothing read back can run
code. The key covers :data:`FORMAT`, the package's own code and the input's bytes, so an edit
to the code or to the data is never answered from an old form.

The same forms serve the bundled graph, kept in the user's cache directory (:func:`cached`,
private: 0700 folders, 0600 files, old entries pruned), and dataset directories, where each
version of the dataset keeps its own (:mod:`graph.store.dataset`).
"""

import gc
import hashlib
import json
import os
import shutil
import sys
import tempfile
from array import array
from functools import cache
from pathlib import Path

import networkx as nx

from ..model import movetable
from ..model.projection import DERIVED, project_facts
from ..model.names import NameIndex

#: Version of the forms' layout; forms of another version are rebuilt.
FORMAT = 4
#: The file that lists a forms folder's key and digests.
INDEX = "forms.json"
#: How many entries the user cache keeps (the most recently used).
KEEP = 8
_PACKAGE = Path(__file__).resolve().parent.parent


#: The parts of the package that derive the fast forms: a change anywhere else (views, the CLI) keeps them.
_DERIVING = ("errors.py", "model", "store")


@cache
def code_digest() -> str:
    """SHA-256 of the package's Python files that derive the forms, so that new code never reads forms of old code."""
    digest = hashlib.sha256()
    for path in sorted(p for part in _DERIVING for p in ([_PACKAGE / part] if part.endswith(".py")
                                                          else (_PACKAGE / part).rglob("*.py"))):
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(*inputs: bytes) -> str:
    """The key of forms derived from ``inputs`` by this code, in this format.

    Examples
    --------
    >>> key(b"a") == key(b"a") != key(b"b")
    True
    """
    digest = hashlib.sha256(f"forms {FORMAT} {code_digest()}".encode())
    for part in inputs:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def derive(facts) -> tuple[nx.DiGraph, NameIndex]:
    """The projection (with its move table) and the name index of gathered facts."""
    G = project_facts(facts)
    movetable.table(G)
    return G, NameIndex.from_facts(facts)


def write(folder: Path, G: nx.DiGraph, names: NameIndex, forms_key: str, *, mode: int = 0o644) -> None:
    """Write the forms of ``G`` and ``names`` into the new, empty ``folder``, files with ``mode``."""
    files = {"projection.json": _dump(_projection_data(G)), "names.json": _dump([names.names, names.entities])}
    for name, values in sorted(movetable.table(G).arrays.items()):
        files.update(_packed(name, values))
    index = {"format": FORMAT, "key": forms_key,
             "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}}
    files[INDEX] = _dump(index)
    for name, data in files.items():
        _write_file(folder / name, data, mode)


def read(folder: Path, forms_key: str) -> tuple[nx.DiGraph, NameIndex] | None:
    """Return the forms in ``folder`` if they were derived for ``forms_key`` and every digest matches, else None."""
    collecting = gc.isenabled()
    gc.disable()  # the forms are acyclic data: collecting while they are built only costs time
    try:
        index = json.loads((folder / INDEX).read_bytes())
        if index.get("format") != FORMAT or index.get("key") != forms_key:
            return None
        data = {}
        for name, digest in index["files"].items():
            raw = (folder / Path(name).name).read_bytes()
            if hashlib.sha256(raw).hexdigest() != digest:
                return None
            data[name] = raw
        arrays = {}
        for name, raw in data.items():
            stem, _, kind = name.rpartition(".")
            if kind == "bin":
                arrays.update(_unpacked(stem, raw))
            elif name.startswith("table-"):
                arrays[stem[len("table-"):]] = json.loads(raw)
        G = _projection(json.loads(data["projection.json"]))
        movetable.attach(G, arrays)
        return G, NameIndex(*json.loads(data["names.json"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None  # missing, truncated or not ours: the caller rebuilds
    finally:
        if collecting:
            gc.enable()


#: Type codes of :mod:`array` for the lists of numbers, the narrowest that holds every value.
_TYPES = ("b", "i", "q", "d")


def _packed(name: str, values: list) -> dict[str, bytes]:
    """The file of one list of the move table: numbers as raw machine numbers, names (and nothing) as JSON.

    Examples
    --------
    >>> sorted(_packed("levels", [0, 3, 1])), sorted(_packed("names", ["a"]))
    (['levels.b.bin'], ['table-names.json'])
    >>> _unpacked("levels.b", _packed("levels", [0, 3, 1])["levels.b.bin"])
    {'levels': [0, 3, 1]}
    """
    if not values or isinstance(values[0], str):
        return {f"table-{name}.json": _dump(values)}
    for code in _TYPES:  # an integer type refuses floats and values out of its range
        try:
            packed = array(code, values)
        except (OverflowError, TypeError):
            continue
        if sys.byteorder == "big":
            packed.byteswap()
        return {f"{name}.{code}.bin": packed.tobytes()}
    raise TypeError(f"{name}: not a list of numbers or names")


def _unpacked(stem: str, raw: bytes) -> dict[str, list]:
    name, _, code = stem.rpartition(".")
    values = array(code)
    values.frombytes(raw)
    if sys.byteorder == "big":
        values.byteswap()
    return {name: values.tolist()}


def cache_dir() -> Path:
    """Return the user's cache folder: ``$GRAPH_CACHE_DIR/ai-jobs-graph``, else ``$XDG_CACHE_HOME/ai-jobs-graph``.

    Examples
    --------
    >>> cache_dir().name
    'ai-jobs-graph'
    """
    if os.environ.get("GRAPH_CACHE_DIR"):
        return Path(os.environ["GRAPH_CACHE_DIR"]) / "ai-jobs-graph"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ai-jobs-graph"


def cached(forms_key: str, build, refresh: bool = False) -> tuple[nx.DiGraph, NameIndex]:
    """Return the forms for ``forms_key`` from the user cache, or ``build()`` them and keep them there.

    ``build`` returns ``(projection, names)``; with ``refresh``, it is called and its forms replace
    any kept. An unusable cache (unwritable, full, tampered) only makes the command slower: it is
    rebuilt or bypassed, never trusted.
    """
    root = cache_dir()
    entry = root / forms_key[:32]
    found = None if refresh else read(entry, forms_key)
    if found is not None:
        _touch(entry)
        return found
    G, names = build()
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(root, 0o700)
        staging = Path(tempfile.mkdtemp(dir=root, prefix=".staging-"))
        try:
            write(staging, G, names, forms_key, mode=0o600)
            shutil.rmtree(entry, ignore_errors=True)
            os.replace(staging, entry)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _prune(root, keep=entry)
    except OSError:
        pass
    return G, names


def _touch(entry: Path) -> None:
    try:
        os.utime(entry)
    except OSError:
        pass


def _prune(root: Path, keep: Path) -> None:
    """Remove all but the :data:`KEEP` most recently used entries, and anything else left in ``root``."""
    entries = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: (p != keep, -p.stat().st_mtime, p.name))
    for old in entries[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)
    for stray in root.iterdir():  # files of earlier versions (e.g. pickles), staging folders of killed runs
        if stray.is_file():
            stray.unlink(missing_ok=True)
        elif stray.name.startswith(".staging-") and stray.stat().st_mtime < keep.stat().st_mtime - 3600:
            shutil.rmtree(stray, ignore_errors=True)


def _write_file(path: Path, data: bytes, mode: int) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, mode)


def _dump(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _projection_data(G: nx.DiGraph) -> dict:
    """The projection as plain JSON data (its move table goes into files of its own).

    Edges are grouped by their attributes: each group is the attributes and the numbers of
    its edges' end nodes in the sorted node list, so that a command reads numbers, not one
    object per edge, and NetworkX adds each group's edges in one call.
    """
    attributes = {k: v for k, v in sorted(G.graph.items()) if k != "effort_factor" and k not in DERIVED}
    nodes = sorted(G.nodes(data=True))
    number = {node: i for i, (node, _) in enumerate(nodes)}
    groups: dict[str, tuple[dict, list[int]]] = {}
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        groups.setdefault(json.dumps(data, sort_keys=True), (data, []))[1].extend((number[u], number[v]))
    return {"effort_factor": sorted(G.graph["effort_factor"].items()), "graph": attributes,
            "nodes": [[node, data] for node, data in nodes],
            "edges": [[data, ends] for _, (data, ends) in sorted(groups.items())]}


def _projection(data: dict) -> nx.DiGraph:
    """The frozen projection from :func:`_projection_data` (JSON lists back to the tuples it holds)."""
    G = nx.DiGraph()
    G.graph["effort_factor"] = {int(level): int(factor) for level, factor in data["effort_factor"]}
    G.graph.update(data["graph"])
    G.add_nodes_from((node, {k: tuple(v) if isinstance(v, list) else v for k, v in attrs.items()})
                     for node, attrs in data["nodes"])
    names = [node for node, _ in data["nodes"]]
    for attributes, ends in data["edges"]:
        G.add_edges_from(zip([names[i] for i in ends[0::2]], [names[i] for i in ends[1::2]]), **attributes)
    return nx.freeze(G)
