"""Dataset directories: imported taxonomies beside the curated graph, in versions made current atomically.

A dataset directory (the global ``--data DIR`` option) holds:

- ``CURRENT``: the name of the current version, one line; replaced in one atomic rename, so
  a reader sees the old version or the new one, never a mix;
- ``v-<id>/``: one complete version, never changed once current: ``<source>.nt`` (the
  statements of each imported source, ``onet`` or ``esco``, as sorted canonical N-Triples:
  the RDF truth of the import), ``manifest.json`` (what was imported: title, release,
  counts, and the SHA-256 of every source file, which readers check before using it) and
  ``forms-<key>/``, the fast forms (:mod:`graph.store.cache`) derived from it by this code
  (forms of older code are removed when new ones are stored);
- ``.lock``: taken exclusively by an import and shared by readers, so two imports take turns
  and no reader sees a version being removed.

An import builds a whole new version in a staging folder, then renames it into place and
switches ``CURRENT``; a crash at any instant leaves the old version current, and the next
import removes what a crashed one left behind. The data used is the union of a base graph
and the imported sources. The base graph is the bundled curated graph, unless the directory
has ``.ttl`` files of its own (the earlier meaning of ``--data``), which then replace it.
"""

import fcntl
import hashlib
import heapq
import json
import os
import shutil
import tempfile
from contextlib import ExitStack, contextmanager
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from ..errors import BadValueError, DataError, OutputError
from ..model.projection import Facts, Lit, kind_word
from ..model.vocabulary import AIJ, DCTERMS, KINDS, RDF, RDFS, SKOS
from . import cache, syntax
from .turtle import NOT_DATA, load_graph, located, ontology_dir, regular

#: Version of the dataset layout; a directory of another layout is refused with a way out.
FORMAT = 2
CURRENT, MANIFEST, LOCK = "CURRENT", "manifest.json", ".lock"
#: Progress steps an import takes after reading its files.
BUILD_STEPS = ("parse", "project", "move costs", "write")
#: The links ``list`` filters follow (and, to list skills, the links of their requirements).
LISTING_LINKS = (AIJ.inSector, AIJ.inFamily, AIJ.addressesConcern, SKOS.broader, AIJ.hasUseCase, AIJ.trainingRoute)
REQUIREMENT_LINKS = (AIJ.ofRole, AIJ.requiresSkill)
_TYPE = f"<{RDF.type}>".encode()
#: The kinds of entity ``list`` filters name or select.
_FILTERS = ("role", "sector", "concern", "family")
#: The classes an entity a user can list may have.
_CLASSES = [*KINDS.values(), AIJ.TechnicalSkill, AIJ.NonTechnicalSkill, AIJ.Knowledge, AIJ.Technology, AIJ.Trait]
_NAMES = [f"<{p}>".encode() for p in (RDF.type, SKOS.prefLabel, SKOS.definition)]
#: What ``show`` reads of each resource a described entity mentions: how to name it, and the
#: release it comes from (the provenance of its links).
_NAMING = {f"<{p}>".encode() for p in (RDF.type, SKOS.prefLabel, SKOS.notation, DCTERMS.title, DCTERMS.source)}


def base_files(directory=None) -> list[Path]:
    """The Turtle files of the base graph: the directory's own, or else the bundled ones."""
    own = sorted(p for p in Path(directory).glob("*.ttl") if p.name not in NOT_DATA) if directory else []
    return regular(own or sorted(p for p in ontology_dir().glob("*.ttl") if p.name not in NOT_DATA))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise DataError("cannot_read", path=path, reason=err) from err


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


def _current(directory: Path) -> Path | None:
    """The current version folder of a dataset directory, or None when nothing was imported."""
    pointer = directory / CURRENT
    if not pointer.is_file():
        if (directory / "sources.json").is_file():
            raise DataError("dataset_too_old", path=directory)
        return None
    name = _read(pointer).decode("utf-8", "replace").strip()
    version = directory / name
    if not name.startswith("v-") or "/" in name or not (version / MANIFEST).is_file():
        raise DataError("no_dataset_version", path=pointer, name=name[:40])
    return version


def _manifest(version: Path) -> dict:
    path = version / MANIFEST
    try:
        manifest = json.loads(_read(path))
        if manifest["format"] != FORMAT:
            raise DataError("dataset_layout", path=path, found=manifest["format"], wanted=FORMAT)
        return manifest["sources"]
    except (ValueError, KeyError, TypeError) as err:
        raise DataError("not_a_manifest", path=path, error=str(err)) from err


def _source_bytes(version: Path, info: dict) -> bytes:
    """A source's statements, checked against the digest its manifest records."""
    path = version / Path(info["file"]).name
    data = _read(path)
    if hashlib.sha256(data).hexdigest() != info["sha256"]:
        raise _changed(path)
    return data


def _changed(path: Path) -> DataError:
    return DataError("digest_mismatch", path=path, manifest=MANIFEST)


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

    def __init__(self, directory=None, keep: bool = False):
        self.directory = None if directory is None else Path(directory)
        if self.directory is not None and not self.directory.is_dir():
            raise DataError("no_directory", path=self.directory)
        self.version = _current(self.directory) if self.directory else None
        self.sources = _manifest(self.version) if self.version else {}
        self.imported = bool(self.sources)
        self._graph = self._projection = self._names = None
        #: True for a graph given in memory (:meth:`of_graph`): no file to point at in messages.
        self.in_memory = False
        #: ``keep``: hold the sources' statements in memory once read, for a long-running
        #: process that reads parts of them again and again (``graph serve``); a command reads them once.
        self._kept = {} if keep else None

    @classmethod
    def of_graph(cls, graph) -> "Dataset":
        """A dataset over a graph already in memory, such as one fetched from a SPARQL endpoint.

        Examples
        --------
        >>> str(Dataset.of_graph(load_graph()).resolve("Auditor AI"))
        'https://w3id.org/aijobs/role/ai-auditor'
        """
        dataset = cls()
        dataset._graph, dataset.in_memory = graph, True
        return dataset

    def _sources(self) -> list[bytes]:
        """The imported statements, source by source (in name order), each checked against its digest."""
        with _locked(self.directory, False):
            return [_source_bytes(self.version, info) for _, info in sorted(self.sources.items())]

    def graph(self):
        """The whole dataset as one rdflib graph (slow for big imports: commands avoid it where they can)."""
        from .rdf import add

        if self._graph is None:
            graph = load_graph(base_files(self.directory)[0].parent)
            for path, data in self._source_data():
                add(graph, syntax.parse(path, data, fmt=ox.RdfFormat.N_TRIPLES))
            self._graph = graph
        return self._graph

    def _source_paths(self) -> list[Path]:
        return [self.version / Path(info["file"]).name for _, info in sorted(self.sources.items())]

    def graph_about(self, iri):
        """The part of the dataset :func:`graph.store.entities.describe` reads about ``iri``, as an rdflib graph.

        The base graph, plus the imported statements about ``iri``, those that point at it
        and their subjects' statements, and the type and labels of every resource they name:
        a few thousand statements instead of half a million.
        """
        if not self.imported:
            return self.graph()
        return self._part(lambda data: _about(data, str(iri)))

    def parts(self, predicates=None):
        """The hand-edited graph and the imported statements, as two rdflib graphs (None when nothing is imported).

        The imported part also holds the hand-edited class hierarchy (``rdfs:subClassOf``),
        which SHACL's ``sh:class`` follows, and nothing else of the hand-edited graph. With
        ``predicates``, it holds only the imported statements using one of them.
        """
        if not self.imported:
            return self.graph(), None
        from rdflib import Graph, URIRef

        from .rdf import add

        hand_edited = load_graph(base_files(self.directory)[0].parent)
        imported = Graph()
        for triple in hand_edited.triples((None, URIRef(RDFS.subClassOf), None)):
            imported.add(triple)
        needles = None if predicates is None else [f" <{p}> ".encode() for p in sorted(predicates)]
        for path, data in self._source_data():
            if needles is not None:
                data = b"\n".join(line for needle in needles for line in _lines_with(data, needle))
            add(imported, syntax.parse(path, data, fmt=ox.RdfFormat.N_TRIPLES))
        return hand_edited, imported

    def listing(self, kind: str) -> list[dict]:
        """:func:`graph.store.entities.list_entities` of ``kind`` without filters, reading only the
        type, labels and definitions of imported entities of that kind (no rdflib graph of them).
        """
        from .entities import LANGUAGES, list_entities

        if not self.imported:
            return list_entities(self.graph(), kind)
        rows = {row["iri"]: row for row in list_entities(load_graph(base_files(self.directory)[0].parent), kind)}
        types: dict[str, set] = {}
        for path, data in self._source_data():
            chosen = b"\n".join(_names_of(data, {kind}))
            for quad in syntax.parse(path, chosen, fmt=ox.RdfFormat.N_TRIPLES):
                iri, predicate, obj = quad.subject.value, quad.predicate.value, quad.object
                if predicate == RDF.type:
                    types.setdefault(iri, set()).add(obj.value)
                elif obj.language in LANGUAGES:
                    row = rows.setdefault(iri, {"iri": iri, "labels": dict.fromkeys(LANGUAGES, ""),
                                                "definitions": dict.fromkeys(LANGUAGES, "")})
                    row["labels" if predicate == SKOS.prefLabel else "definitions"][obj.language] = obj.value
        return [rows[iri] for iri in sorted(rows) if iri not in types or kind_word(types[iri]) == kind]

    def graph_for_listing(self, kind: str):
        """The part of the dataset :func:`graph.store.entities.list_entities` reads to list ``kind`` with filters.

        The types, labels and definitions of the entities of that kind and of those filters
        name or select (roles, sectors, concerns, families), and the links filters follow (for
        skills, the requirements too).
        """
        if not self.imported:
            return self.graph()
        links = [f"<{p}>".encode() for p in LISTING_LINKS + (REQUIREMENT_LINKS if kind == "skill" else ())]
        return self._part(lambda data: _names_of(data, {kind, *_FILTERS})
                          + [line for link in links for line in _lines_with(data, b" %s " % link)])

    def graph_for_drawing(self):
        """The part of the dataset :mod:`graph.views.html` reads: the base graph, and the types, labels and
        definitions of imported roles, skills, sectors and concerns with their sectors, concerns and broader terms."""
        if not self.imported:
            return self.graph()
        links = [f"<{p}>".encode() for p in (AIJ.inSector, AIJ.addressesConcern, SKOS.broader)]
        return self._part(lambda data: _names_of(data, {"role", "skill", "sector", "concern"})
                          + [line for link in links for line in _lines_with(data, b" %s " % link)])

    def _part(self, choose):
        """The base graph plus the imported statements ``choose(data)`` picks from each source's sorted N-Triples."""
        from .rdf import add

        graph = load_graph(base_files(self.directory)[0].parent)
        for path, data in self._source_data():
            chosen = b"\n".join(choose(data))
            add(graph, syntax.parse(path, chosen, fmt=ox.RdfFormat.N_TRIPLES))
        return graph

    def _source_data(self) -> list[tuple[Path, bytes]]:
        """Each source's path and statements, checked against its digest (none without imports)."""
        if self._kept is not None and "data" in self._kept:
            return self._kept["data"]
        found = list(zip(self._source_paths(), self._sources())) if self.imported else []
        if self._kept is not None:
            self._kept["data"] = found
        return found

    def projection(self):
        """The NetworkX projection (:func:`graph.model.projection.project`) with its move table, from the fast forms."""
        if self._projection is None:
            self._projection, self._names = self._forms()
        return self._projection

    def names(self):
        """The :class:`graph.store.names.NameIndex` of the dataset."""
        if self._names is None:
            self._projection, self._names = self._forms()
        return self._names

    def resolve(self, name: str, kind: str | None = None) -> str:
        """The IRI named ``name`` (see :func:`graph.store.names.resolve`), from the name index: no RDF is loaded."""
        return self.names().resolve(name, kind)

    def _forms(self):
        if self._graph is not None:  # a graph given in memory (from an endpoint): nothing to key forms on
            def gather():
                facts = Facts()
                for subject, statements in grouped(_quads(self._graph)):
                    facts.add(subject, statements)
                return facts

            return _derive(gather, [])
        base = base_files(self.directory)
        inputs = [path.name.encode() + b"\0" + _read(path) for path in base]
        if not self.imported:
            return cache.cached(cache.key(*inputs), lambda: _derive(lambda: _facts(base, []), base))
        with _locked(self.directory, False):
            manifest = _read(self.version / MANIFEST)
            forms_key = cache.key(*inputs, manifest)
            found = cache.read(self.version / _forms_name(forms_key), forms_key)
        if found is not None:
            return found
        forms = _derive(lambda: _facts(base, self._source_data()), base + self._source_paths())
        self._store_forms(forms, forms_key)  # for the next command: the code or the base graph changed
        return forms

    def _store_forms(self, forms, forms_key: str) -> None:
        try:
            with _locked(self.directory, True):
                staging = Path(tempfile.mkdtemp(dir=self.version, prefix=".staging-"))
                try:
                    cache.write(staging, *forms, forms_key)
                    target = self.version / _forms_name(forms_key)
                    shutil.rmtree(target, ignore_errors=True)  # damaged forms: no reader holds them now
                    os.replace(staging, target)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
                _remove_other_forms(self.version, target.name)  # a version keeps the forms of the code that read it last
        except OSError:
            pass  # a read-only dataset stays usable, only slower to open

    def serialize(self, name: str = "turtle") -> bytes:
        """The dataset in syntax ``name`` (see :data:`graph.store.syntax.SYNTAXES`), the same bytes for the same data.

        The statements of the base graph and of every source are merged in sorted canonical
        N-Triples order and written by :func:`graph.store.syntax.write`, however they were loaded.
        """
        return syntax.write(list(self.ntriples()), name)

    def ntriples(self):
        """Yield the dataset's statements as sorted, distinct canonical N-Triples lines, in bounded memory.

        The imported sources are read from disk line by line as the lines are consumed (each
        checked against its digest first), so a dataset of millions of statements can be
        streamed, to a SPARQL server say, without holding it in memory.

        Examples
        --------
        >>> first = next(Dataset().ntriples())
        >>> first.startswith(b"<") and first.endswith(b" .\\n")
        True
        """
        if self._graph is not None:
            from .rdf import lines

            yield from lines(self._graph)
            return
        base = syntax.canonical(q for path in base_files(self.directory) for q in syntax.parse(path))
        if not self.imported:
            yield from base
            return
        with _locked(self.directory, False), ExitStack() as files:
            streams = [files.enter_context(_checked_source(self.version, info))
                       for _, info in sorted(self.sources.items())]
            for line, _ in groupby(heapq.merge(base, *streams)):
                yield line


def _checked_source(version: Path, info: dict):
    """An open source file, read line by line, once its digest matches its manifest (checked in 1 MiB blocks)."""
    path = version / Path(info["file"]).name
    digest = hashlib.sha256()
    try:
        handle = open(path, "rb")
    except OSError as err:
        raise DataError("cannot_read", path=path, reason=err) from err
    for block in iter(lambda: handle.read(1 << 20), b""):
        digest.update(block)
    if digest.hexdigest() != info["sha256"]:
        handle.close()
        raise _changed(path)
    handle.seek(0)
    return handle


def _derive(gather, files: list[Path]):
    """:func:`graph.store.cache.derive` of the facts ``gather()`` returns, a bad value named by its file and line."""
    try:
        return cache.derive(gather())
    except BadValueError as err:
        raise located(err, files) from err


def _forms_name(forms_key: str) -> str:
    return f"forms-{forms_key[:16]}"


def _quads(graph):
    from .rdf import lines

    return ox.parse(input=b"".join(lines(graph)), format=ox.RdfFormat.N_TRIPLES)


def _term(node):
    if isinstance(node, ox.NamedNode):
        return node.value
    if isinstance(node, ox.Literal):
        return Lit(node.value, node.language)
    return f"_:{node.value}"


def grouped(quads):
    """``(subject, [(predicate, object), ...])`` of pyoxigraph statements sorted by subject, subject by subject."""
    for subject, group in groupby(quads, key=lambda q: q.subject):
        yield _term(subject), [(q.predicate.value, _term(q.object)) for q in group]


def _facts(base: list[Path], sources: list[tuple[Path, bytes]], progress=lambda label: None) -> Facts:
    """What the forms derive from: the base graph's and the sources' statements, subject by subject."""
    facts = Facts()
    for subject, statements in grouped(sorted((q for path in base for q in syntax.parse(path)),
                                               key=lambda q: q.subject.value)):
        facts.add(subject, statements)
    for path, data in sources:  # sorted N-Triples: each subject's statements are contiguous
        for subject, statements in grouped(syntax.parse(path, data, fmt=ox.RdfFormat.N_TRIPLES)):
            facts.add(subject, statements)
    progress("parse")
    return facts


def _block(data: bytes, start_with: bytes) -> list[bytes]:
    """The statements starting with ``start_with`` (a subject, or subject and predicate) in sorted N-Triples
    ``data``, without their line ends: they are contiguous, and found by bisecting the bytes (no index of lines).

    Examples
    --------
    >>> data = b"<a> <p> 1 .\\n<b> <p> 2 .\\n<b> <q> 3 .\\n<c> <p> 4 ."
    >>> _block(data, b"<b> "), _block(data, b"<c> "), _block(data, b"<a0> ")
    ([b'<b> <p> 2 .', b'<b> <q> 3 .'], [b'<c> <p> 4 .'], [])
    """
    low, high = 0, len(data)  # the first byte whose line sorts at or after start_with
    while low < high:
        middle = (low + high) // 2
        start, end = _line_around(data, middle)
        if data[start:end] < start_with:
            low = middle + 1
        else:
            high = middle
    found, (start, end) = [], _line_around(data, low)
    while start < len(data) and data.startswith(start_with, start):
        found.append(data[start:end])
        start = end + 1
        end = _line_around(data, start)[1]
    return found


def _line_around(data: bytes, at: int) -> tuple[int, int]:
    """Where the line holding byte ``at`` of ``data`` starts, and where it ends (its line end excluded)."""
    start = data.rfind(b"\n", 0, at) + 1
    end = data.find(b"\n", start)
    return start, len(data) if end < 0 else end


def classes_of(kinds) -> list[str]:
    """The classes whose members are entities of ``kinds`` ('role', 'skill', ...).

    Examples
    --------
    >>> [c.rsplit("#", 1)[1] for c in classes_of({"skill"})]
    ['Skill', 'TechnicalSkill', 'NonTechnicalSkill', 'Knowledge', 'Technology', 'Trait']
    """
    return [c for c in _CLASSES if kind_word({c}) in kinds]


def _names_of(data: bytes, kinds) -> list[bytes]:
    """The type, label and definition statements of the entities of ``kinds``."""
    classes = [f"<{c}>".encode() for c in classes_of(kinds)]
    members = {line.split(b" ", 1)[0] for cls in classes for line in _lines_with(data, b" %s %s .\n" % (_TYPE, cls))}
    return [line for member in sorted(members) for name in _NAMES for line in _block(data, b"%s %s " % (member, name))]


def _lines_with(data: bytes, needle: bytes) -> list[bytes]:
    """The lines of N-Triples ``data`` that contain ``needle``, found without splitting the others."""
    found, at = [], data.find(needle)
    while at >= 0:
        start, end = _line_around(data, at)
        found.append(data[start:end])
        at = data.find(needle, end)
    return found


def _about(data: bytes, iri: str) -> list[bytes]:
    """Statements about ``iri`` and those pointing at it, their subjects', and the names and sources of what they mention."""
    me = f"<{iri}>".encode()
    chosen = _block(data, me + b" ")
    pointing = _lines_with(data, b" %s .\n" % me)
    for subject in sorted({line.split(b" ", 1)[0] for line in pointing}):
        chosen += _block(data, subject + b" ")
    named = {term for line in chosen for term in line.split(b" ")[::2] if term.startswith(b"<")} - {me}
    for term in sorted(named):
        for predicate in sorted(_NAMING):  # a subject's lines are sorted by predicate: one search each
            chosen += _block(data, b"%s %s " % (term, predicate))
    return chosen


def import_source(directory, source, progress=None) -> dict:
    """Add an imported :class:`graph.store.importers.Source` to dataset ``directory`` as a new current version.

    The directory is created if needed. Under an exclusive lock, what earlier crashed
    imports left behind is removed; the new version (the source's statements, the other
    sources carried over, the manifest, the fast forms) is built in a staging folder, renamed
    into place and made current by replacing ``CURRENT`` in one rename. Importing the same
    release again gives the same version, byte for byte.

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
        raise OutputError("cannot_create_dataset", path=directory, reason=err) from err
    with _locked(directory, True):
        current = _current(directory)
        try:
            _remove_leftovers(directory, keep=current)
            staging = Path(tempfile.mkdtemp(dir=directory, prefix=".staging-"))
        except OSError as err:
            raise OutputError("cannot_write_dataset", path=directory, reason=err) from err
        try:
            entry = _stage(directory, staging, current, source, step)
        except OSError as err:
            raise OutputError("cannot_write_dataset", path=directory, reason=err) from err
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return entry


def _stage(directory: Path, staging: Path, current: Path | None, source, step) -> dict:
    """Build the new version in ``staging`` and make it current; return the source's manifest entry."""
    name = source.name
    data = b"".join(syntax.canonical(syntax.parse(Path(f"{name}.nt"), source.ntriples, fmt=ox.RdfFormat.N_TRIPLES)))
    entry = {"title": source.title, "release": source.release, "file": f"{name}.nt", "counts": source.counts,
             "triples": data.count(b"\n"), "sha256": hashlib.sha256(data).hexdigest(),
             "notes": list(source.notes)}  # what the import read, skipped or did not find
    _write(staging / entry["file"], data)
    sources = {**(_manifest(current) if current else {}), name: entry}
    for other, info in sorted(sources.items()):
        if other != name:  # carried over unchanged from the current version
            _source_bytes(current, info)
            _link(current / info["file"], staging / info["file"])
    manifest = (json.dumps({"format": FORMAT, "sources": sources}, indent=2, sort_keys=True) + "\n").encode()
    _write(staging / MANIFEST, manifest)
    base = base_files(directory)
    files = [(staging / info["file"], data if key == name else _read(staging / info["file"]))
             for key, info in sorted(sources.items())]
    del data
    G, names = _derive(lambda: _facts(base, files, step), base + [path for path, _ in files])
    step("project")
    step("move costs")
    forms_key = cache.key(*[path.name.encode() + b"\0" + _read(path) for path in base], manifest)
    forms = staging / _forms_name(forms_key)
    forms.mkdir()
    cache.write(forms, G, names, forms_key)
    version = directory / f"v-{hashlib.sha256(manifest).hexdigest()[:16]}"
    if version.exists():  # the same sources again: keep that version, with these forms
        if not (version / forms.name).exists():
            os.replace(forms, version / forms.name)
    else:
        _sync(staging)
        os.replace(staging, version)
    _sync(directory)
    pointer = directory / f".{CURRENT}.tmp"
    _write(pointer, f"{version.name}\n".encode())
    os.replace(pointer, directory / CURRENT)
    _sync(directory)
    _remove_leftovers(directory, keep=version, forms=forms.name)
    step("write")
    return entry


def _remove_leftovers(directory: Path, keep: Path | None, forms: str | None = None) -> None:
    """Remove staging folders, versions other than ``keep`` and, given ``forms``, ``keep``'s other forms.

    Called under the exclusive lock, so no reader is using what goes.
    """
    for path in sorted(directory.iterdir()):
        if path.is_dir() and (path.name.startswith(".staging-") or (path.name.startswith("v-") and path != keep)):
            shutil.rmtree(path)
        elif path.name == f".{CURRENT}.tmp":
            path.unlink()
    if keep is not None:
        _remove_other_forms(keep, forms)


def _remove_other_forms(version: Path, forms: str | None) -> None:
    """Remove ``version``'s staging folders and, given ``forms``, its forms other than ``forms`` (of older code).

    Called under the exclusive lock, so no reader is using what goes.
    """
    for path in sorted(version.iterdir()):
        if path.is_dir() and (path.name.startswith(".staging-")
                              or (forms and path.name.startswith("forms-") and path.name != forms)):
            shutil.rmtree(path)


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _link(source: Path, target: Path) -> None:
    """Share an unchanged file between two versions (a copy where hard links are not possible)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _sync(folder: Path) -> None:
    """Make a folder's entries (renames, new files) durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
