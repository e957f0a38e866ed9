"""Dataset directories: imported taxonomies stored beside the curated graph, with fast on-disk forms.

A dataset directory (the global ``--data DIR`` option) holds:

- ``<source>.nt``: the statements of each imported source (``onet``, ``esco``), sorted
  N-Triples, the RDF truth of the import;
- ``sources.json``: what was imported (title, release, counts, file digests);
- ``projection.pickle`` and ``move-costs.npy``: the fast forms, rebuilt on every import
  from the RDF: the NetworkX projection, the name index, the expertise profiles and the
  matrix of all move efforts (memory-mapped), so a command starts in a fraction of a
  second without parsing any RDF;
- ``.lock``: taken exclusively by an import and shared by readers, so two imports never
  interleave and nobody reads a half-swapped directory.

The data used is the union of a base graph and the imported sources. The base graph is
the bundled curated graph, unless the directory has ``.ttl`` files of its own (the earlier
meaning of ``--data``), which then replace it.
"""

import bisect
import fcntl
import gc
import hashlib
import heapq
import json
import os
import pickle
import shutil
import tempfile
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path

import numpy as np
import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from ..model import movetable
from ..errors import DataError, OutputError
from .export import FORMATS, serialize
from .turtle import NOT_DATA, cached, load_graph, ontology_dir
from ..model.vocabulary import AIJ, KINDS, PREFIXES
from ..model.projection import Facts, Lit, kind_word, project, project_facts
from .entities import LANGUAGES, list_entities
from .names import NameIndex, name_index

#: Version of the fast on-disk forms (and of the cached derived forms of the bundled graph); a directory or
#: cache written by another version is rebuilt. 2: name index entries carry the category and Indonesian label.
FORMAT = 2
MANIFEST, PROJECTION, COSTS, LOCK = "sources.json", "projection.pickle", "move-costs.npy", ".lock"
#: Progress steps an import takes after reading its files.
BUILD_STEPS = ("parse", "project", "move costs", "write")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LISTING = tuple(map(str, (AIJ.inSector, AIJ.inFamily, AIJ.addressesConcern, SKOS.broader)))
_TYPE_IRI, _PREF_LABEL = str(RDF.type), str(SKOS.prefLabel)
_TYPE = f"<{_TYPE_IRI}>".encode()
#: The kinds of entity ``list`` filters name or select.
_FILTERS = ("role", "sector", "concern", "family")
#: The classes an entity a user can list may have.
_CLASSES = [str(c) for c in (*KINDS.values(), AIJ.TechnicalSkill, AIJ.NonTechnicalSkill, AIJ.Knowledge, AIJ.Technology)]
_NAMES = [f"<{p}>".encode() for p in (RDF.type, SKOS.prefLabel, SKOS.definition)]
_REQUIREMENTS = (str(AIJ.ofRole), str(AIJ.requiresSkill))
_NAMING = {f"<{p}>".encode() for p in (RDF.type, SKOS.prefLabel, SKOS.notation, DCTERMS.title)}
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "xml": ox.RdfFormat.RDF_XML}


def _manifest(directory: Path) -> dict:
    path = directory / MANIFEST
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError) as err:
        raise DataError(f"{path}: not a dataset manifest ({err})") from err


def base_files(directory=None) -> list[Path]:
    """The Turtle files of the base graph: the directory's own, or else the bundled ones."""
    own = sorted(p for p in Path(directory).glob("*.ttl") if p.name not in NOT_DATA) if directory else []
    return own or sorted(p for p in ontology_dir().glob("*.ttl") if p.name not in NOT_DATA)


@contextmanager
def _locked(directory: Path, exclusive: bool):
    """Hold the directory's lock: exclusive for an import, shared for a reader (no lock file, no lock)."""
    path = directory / LOCK
    if not exclusive and not path.exists():
        yield
        return
    with open(path, "a+" if exclusive else "r") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Dataset:
    """The data a command works on: the base graph plus, with a directory, its imported sources.

    Examples
    --------
    >>> curated = Dataset()
    >>> curated.imported
    False
    >>> str(curated.resolve("Analis Data", kind="role"))
    'https://w3id.org/aijobs/role/data-analyst'
    """

    def __init__(self, directory=None):
        self.directory = None if directory is None else Path(directory)
        if self.directory is not None and not self.directory.is_dir():
            raise DataError(f"{self.directory}: no such directory")
        self.sources = _manifest(self.directory) if self.directory else {}
        self.imported = bool(self.sources)
        self._graph = self._projection = self._names = None

    @classmethod
    def of_graph(cls, graph: Graph) -> "Dataset":
        """A dataset over a graph already in memory, such as one fetched from a SPARQL endpoint.

        Examples
        --------
        >>> from graph.store.turtle import load_graph
        >>> str(Dataset.of_graph(load_graph()).resolve("Auditor AI"))
        'https://w3id.org/aijobs/role/ai-auditor'
        """
        dataset = cls()
        dataset._graph = graph
        return dataset

    def _source_files(self) -> list[Path]:
        return [self.directory / info["file"] for _, info in sorted(self.sources.items())]

    def graph(self) -> Graph:
        """The whole dataset as one rdflib graph (slow for big imports: commands avoid it where they can)."""
        if self._graph is None:
            graph = load_graph(base_files(self.directory)[0].parent)
            if self.imported:
                with _locked(self.directory, False):
                    for path in self._source_files():
                        _add_statements(graph, _parse(path, ox.RdfFormat.N_TRIPLES))
            self._graph = graph
        return self._graph

    def parts(self, predicates=None) -> tuple[Graph, Graph | None]:
        """The hand-edited graph and the imported statements, as two rdflib graphs (None when nothing is imported).

        The imported part also holds the hand-edited class hierarchy (``rdfs:subClassOf``),
        which SHACL's ``sh:class`` follows, and nothing else of the hand-edited graph. With
        ``predicates``, it holds only the imported statements using one of them.
        """
        if not self.imported:
            return self.graph(), None
        hand_edited = load_graph(base_files(self.directory)[0].parent)
        imported = Graph()
        for triple in hand_edited.triples((None, RDFS.subClassOf, None)):
            imported.add(triple)
        needles = None if predicates is None else [f" <{p}> ".encode() for p in sorted(predicates)]
        with _locked(self.directory, False):
            for path in self._source_files():
                if needles is None:
                    _add_statements(imported, _parse(path, ox.RdfFormat.N_TRIPLES))
                else:
                    data = path.read_bytes()
                    chosen = b"\n".join(line for needle in needles for line in _lines_with(data, needle))
                    _add_statements(imported, ox.parse(input=chosen, format=ox.RdfFormat.N_TRIPLES))
        return hand_edited, imported

    def graph_about(self, iri) -> Graph:
        """The part of the dataset :func:`graph.store.entities.describe` reads about ``iri``, as an rdflib graph.

        The base graph, plus the imported statements about ``iri``, those that point at it
        and their subjects' statements, and the type and labels of every resource they name:
        a few thousand statements instead of half a million.
        """
        if not self.imported:
            return self.graph()
        return self._part(lambda data, lines: _about(data, lines, str(iri)))

    def listing(self, kind: str) -> list[dict]:
        """:func:`graph.store.entities.list_entities` of ``kind`` without filters, reading only the
        type, labels and definitions of imported entities of that kind (no rdflib graph of them).
        """
        if not self.imported:
            return list_entities(self.graph(), kind)
        rows = {row["iri"]: row for row in list_entities(load_graph(base_files(self.directory)[0].parent), kind)}
        quads = []
        with _locked(self.directory, False):
            for path in self._source_files():
                data, lines = _lines(path)
                quads += ox.parse(input=b"\n".join(_names_of(data, lines, {kind})),
                                  format=ox.RdfFormat.N_TRIPLES)
        types: dict[str, set] = {}
        for quad in quads:
            iri, predicate, obj = quad.subject.value, quad.predicate.value, quad.object
            if predicate == _TYPE_IRI:
                types.setdefault(iri, set()).add(obj.value)
            elif obj.language in LANGUAGES:
                row = rows.setdefault(iri, {"iri": iri, "labels": dict.fromkeys(LANGUAGES, ""),
                                            "definitions": dict.fromkeys(LANGUAGES, "")})
                row["labels" if predicate == _PREF_LABEL else "definitions"][obj.language] = obj.value
        return [rows[iri] for iri in sorted(rows) if iri not in types or kind_word(types[iri]) == kind]

    def graph_for_listing(self, kind: str) -> Graph:
        """The part of the dataset :func:`graph.store.entities.list_entities` reads to list ``kind`` with filters.

        The types, labels and definitions of the entities of that kind and of those filters
        name or select (roles, sectors, concerns, families), and the links filters follow (for
        skills, the requirements too).
        """
        if not self.imported:
            return self.graph()
        links = [f"<{p}>".encode() for p in _LISTING + (_REQUIREMENTS if kind == "skill" else ())]
        return self._part(lambda data, lines: _names_of(data, lines, {kind, *_FILTERS})
                          + [line for link in links for line in _lines_with(data, b" %s " % link)])

    def graph_for_drawing(self) -> Graph:
        """The part of the dataset :mod:`graph.views.html` reads: the base graph, and the types, labels and
        definitions of imported roles, skills, sectors and concerns with their sectors, concerns and broader terms."""
        if not self.imported:
            return self.graph()
        links = [f"<{p}>".encode() for p in (AIJ.inSector, AIJ.addressesConcern, SKOS.broader)]
        return self._part(lambda data, lines: _names_of(data, lines, {"role", "skill", "sector", "concern"})
                          + [line for link in links for line in _lines_with(data, b" %s " % link)])

    def _part(self, choose) -> Graph:
        """The base graph plus the imported statements ``choose(data, lines)`` picks from each source file
        (its bytes, and its lines in sorted order)."""
        graph = load_graph(base_files(self.directory)[0].parent)
        with _locked(self.directory, False):
            for path in self._source_files():
                _add_statements(graph, ox.parse(input=b"\n".join(choose(*_lines(path))), format=ox.RdfFormat.N_TRIPLES))
        return graph

    def projection(self):
        """The NetworkX projection (:func:`graph.model.projection.project`), from the fast form when there is one."""
        if self._projection is None:
            self._load_fast_form() if self.imported else self._derive()
        return self._projection

    def names(self) -> NameIndex:
        """The :class:`graph.store.names.NameIndex` of the dataset."""
        if self._names is None:
            self._load_fast_form() if self.imported else self._derive()
        return self._names

    def _derive(self) -> None:
        """Projection, names and move costs of a graph without imports, cached while its files are unchanged."""

        def build():
            graph = self.graph()
            G = project(graph)
            return G, name_index(graph), movetable.table(G).arrays

        if self._graph is not None:  # a graph given in memory (from an endpoint): nothing to key a cache on
            G, self._names, arrays = build()
        else:
            G, self._names, arrays = cached(base_files(self.directory), f"derived-{FORMAT}", build)
        movetable.attach(G, arrays)
        self._projection = G

    def resolve(self, name: str, kind: str | None = None) -> URIRef:
        """:func:`graph.store.names.resolve` over the dataset, without loading its RDF."""
        return URIRef(self.names().resolve(name, kind))

    def _load_fast_form(self) -> None:
        base, manifest = base_files(self.directory), self.directory / MANIFEST
        with _locked(self.directory, False):
            try:
                with open(self.directory / PROJECTION, "rb") as handle, _no_gc():
                    stored = pickle.load(handle)
                fresh = stored["format"] == FORMAT and stored["fingerprint"] == _fingerprint(base, manifest)
                costs = np.load(self.directory / COSTS, mmap_mode="r") if fresh else None
            except (OSError, ValueError, KeyError, pickle.UnpicklingError, EOFError):
                fresh = False
            if not fresh:  # written by another version, or the base graph changed: rebuild
                stored, costs = _fast_form(base, self._source_files(), manifest)
        if not fresh:
            self._refresh(stored, costs)
        self._projection = stored["projection"]
        self._names = NameIndex(*stored["names"])
        movetable.attach(self._projection, {**stored["arrays"], "costs": costs})

    def _refresh(self, stored: dict, costs: np.ndarray) -> None:
        """Store rebuilt fast forms for the next command, if the directory can be written."""
        try:
            with _locked(self.directory, True):
                staging = Path(tempfile.mkdtemp(dir=self.directory, prefix=".staging-"))
                try:
                    _write_fast_form(staging, stored, costs)
                    for name in (COSTS, PROJECTION):
                        os.replace(staging / name, self.directory / name)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
        except OSError:
            pass  # a read-only dataset stays usable, only slower to open

    def serialize(self, fmt: str = "turtle") -> bytes:
        """The dataset in ``fmt`` (as :func:`graph.store.export.serialize`), fast for imported data.

        Without imports this is exactly :func:`graph.store.export.serialize` of the graph. With
        imports, pyoxigraph writes the sorted statements, so the output is the same for the
        same data and takes a fraction of rdflib's time.
        """
        if not self.imported or fmt not in FORMATS:
            return serialize(self.graph(), fmt)
        lines = self._sorted_lines()
        if fmt == "nt":
            return b"".join(lines)
        triples = (quad.triple for quad in ox.parse(input=b"".join(lines), format=ox.RdfFormat.N_TRIPLES))
        return ox.serialize(triples, format=_OX_FORMATS[fmt], prefixes={p: str(ns) for p, ns in PREFIXES.items()})

    def _sorted_lines(self) -> list[bytes]:
        base = sorted({f"{quad.triple} .\n".encode() for path in base_files(self.directory)
                       for quad in _parse(path, ox.RdfFormat.TURTLE)})
        with _locked(self.directory, False):
            sources = [path.read_bytes().splitlines(keepends=True) for path in self._source_files()]
        return [line for line, _ in groupby(heapq.merge(base, *sources))]


@contextmanager
def _no_gc():
    """Pause the cycle collector: loading many small objects is twice as fast without its passes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(path: Path, fmt):
    """Stream the statements of an RDF file; bad syntax becomes a :class:`DataError` naming the file."""
    try:
        yield from ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
    except SyntaxError as err:
        raise DataError(f"{path}: bad RDF syntax ({err})") from err
    except OSError as err:
        raise DataError(f"{path}: cannot be read ({err.strerror})") from err


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # rdflib writes plain literals without a datatype
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _add_statements(graph: Graph, quads) -> None:
    cache: dict = {}
    for quad in quads:
        graph.add(tuple(cache[t] if t in cache else cache.setdefault(t, _to_rdflib(t))
                        for t in (quad.subject, quad.predicate, quad.object)))


def _block(lines: list[bytes], start_with: bytes) -> list[bytes]:
    """The statements starting with ``start_with`` (a subject, or subject and predicate) in sorted N-Triples
    ``lines``: they are contiguous."""
    start = bisect.bisect_left(lines, start_with)
    end = start
    while end < len(lines) and lines[end].startswith(start_with):
        end += 1
    return lines[start:end]


def _lines(path: Path) -> tuple[bytes, list[bytes]]:
    """The bytes of a sorted N-Triples file, and its lines."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return data, lines


def _names_of(data: bytes, lines: list[bytes], kinds) -> list[bytes]:
    """The type, label and definition statements of the entities of ``kinds``."""
    classes = [f"<{c}>".encode() for c in _CLASSES if kind_word({c}) in kinds]
    members = {line.split(b" ", 1)[0] for cls in classes for line in _lines_with(data, b" %s %s .\n" % (_TYPE, cls))}
    return [line for member in sorted(members) for name in _NAMES for line in _block(lines, b"%s %s " % (member, name))]


def _lines_with(data: bytes, needle: bytes) -> list[bytes]:
    """The lines of N-Triples ``data`` that contain ``needle``, found without splitting the others."""
    found, at = [], data.find(needle)
    while at >= 0:
        start, end = data.rfind(b"\n", 0, at) + 1, data.find(b"\n", at + 1)
        end = len(data) if end < 0 else end
        found.append(data[start:end])
        at = data.find(needle, end)
    return found


def _about(data: bytes, lines: list[bytes], iri: str) -> list[bytes]:
    """Statements about ``iri`` and those pointing at it, their subjects', and the names of what they mention."""
    me = f"<{iri}>".encode()
    chosen = _block(lines, me + b" ")
    pointing = _lines_with(data, b" %s .\n" % me)
    for subject in sorted({line.split(b" ", 1)[0] for line in pointing}):
        chosen += _block(lines, subject + b" ")
    named = {term for line in chosen for term in line.split(b" ")[::2] if term.startswith(b"<")} - {me}
    for term in sorted(named):
        for predicate in sorted(_NAMING):  # a subject's lines are sorted by predicate: one search each
            chosen += _block(lines, b"%s %s " % (term, predicate))
    return chosen


def _fingerprint(base: list[Path], manifest: Path) -> str:
    """What the fast forms derive from: the base files' bytes and the sources' manifest."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for path in base:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(manifest.read_bytes())
    return digest.hexdigest()


def _term(term):
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return Lit(term.value, term.language)
    return f"_:{term.value}"


def _facts(base: list[Path], sources: list[Path], progress) -> Facts:
    facts = Facts()
    quads = sorted((q for path in base for q in _parse(path, ox.RdfFormat.TURTLE)), key=lambda q: q.subject.value)
    for subject, group in groupby(quads, key=lambda q: q.subject):
        facts.add(_term(subject), [(q.predicate.value, _term(q.object)) for q in group])
    for path in sources:
        for subject, group in groupby(_parse(path, ox.RdfFormat.N_TRIPLES), key=lambda q: q.subject):
            facts.add(_term(subject), [(q.predicate.value, _term(q.object)) for q in group])
    progress("parse")
    return facts


def _fast_form(base: list[Path], sources: list[Path], manifest: Path, progress=lambda label: None):
    """Derive the fast forms from the RDF: ``({'format', 'fingerprint', 'projection', 'names', 'arrays'}, costs)``."""
    facts = _facts(base, sources, progress)
    G = project_facts(facts)
    names = NameIndex.from_facts(facts)
    del facts
    progress("project")
    arrays = movetable.MoveTable(G).arrays
    costs = arrays.pop("costs")
    progress("move costs")
    return {"format": FORMAT, "fingerprint": _fingerprint(base, manifest), "projection": G,
            "names": (names.names, names.entities), "arrays": arrays}, costs


def import_source(directory, source, progress=None) -> dict:
    """Store an imported :class:`graph.store.importers.Source` in dataset ``directory`` and rebuild its fast forms.

    The directory is created if needed. Everything is written to a staging folder inside it
    and moved into place only when complete, under an exclusive lock: a failed import
    leaves the directory as it was, and two imports at once run one after the other.
    Importing the same release again replaces it, byte for byte the same.

    Returns
    -------
    dict
        The source's entry in the manifest (title, release, file, counts, triples, sha256).
    """
    directory = Path(directory)
    step = progress or (lambda label: None)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{directory}: cannot create the dataset directory ({err.strerror})") from err
    with _locked(directory, True):
        staging = Path(tempfile.mkdtemp(dir=directory, prefix=".staging-"))
        try:
            entry = {"title": source.title, "release": source.release, "file": f"{source.name}.nt",
                     "counts": source.counts, "triples": source.ntriples.count(b"\n"),
                     "sha256": hashlib.sha256(source.ntriples).hexdigest()}
            name = source.name
            (staging / entry["file"]).write_bytes(source.ntriples)
            del source  # the statements are on disk now; let their memory go before the build
            sources = {**_manifest(directory), name: entry}
            (staging / MANIFEST).write_text(json.dumps({"format": FORMAT, "sources": sources}, indent=2,
                                                       sort_keys=True) + "\n", encoding="utf-8")
            files = [staging / info["file"] if key == name else directory / info["file"]
                     for key, info in sorted(sources.items())]
            _write_fast_form(staging, *_fast_form(base_files(directory), files, staging / MANIFEST, step))
            for name in (entry["file"], COSTS, PROJECTION, MANIFEST):
                os.replace(staging / name, directory / name)
            step("write")
        except OSError as err:
            raise OutputError(f"{directory}: cannot write the dataset ({err.strerror})") from err
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return entry


def _write_fast_form(folder: Path, stored: dict, costs: np.ndarray) -> None:
    """Write the fast forms into ``folder`` (float32 costs when that loses nothing)."""
    with open(folder / PROJECTION, "wb") as handle:
        pickle.dump(stored, handle, protocol=5)
    exact = np.array_equal(costs.astype(np.float32).astype(costs.dtype), costs)
    np.save(folder / COSTS, costs.astype(np.float32) if exact else costs)
    for name in (PROJECTION, COSTS):
        os.chmod(folder / name, 0o644)
