"""Importers of national occupation taxonomies (O*NET, ESCO) into the project's ontology.

Each importer reads the official files of one release and returns a :class:`Source`: the
statements as sorted N-Triples plus a summary. :mod:`graph.store.dataset` stores sources in a
dataset directory and derives the fast on-disk forms from them.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DataError
from ...model.vocabulary import BASE

#: Where imported resources that have no IRI of their own are minted.
IMPORT_BASE = BASE

#: Licence of both O*NET and ESCO (Creative Commons Attribution 4.0 International).
CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Source:
    """One imported release: ``name`` ('onet', 'esco', 'crosswalk'), its statements and what they hold.

    ``notes`` are lines worth reporting (the optional files read or missing, rows skipped), each
    as a message key and its facts, ``{"key": ..., "params": {...}}`` (see :func:`note`), worded by
    the views; the dataset's manifest keeps them so.
    """

    name: str
    title: str
    release: str
    ntriples: bytes
    counts: dict = field(default_factory=dict)
    notes: tuple[dict, ...] = ()


def note(key: str, /, **params) -> dict:
    """A note of an import: a message key and its facts, as the manifest (JSON) keeps them.

    Examples
    --------
    >>> note("also_read", files=["Tasks.txt"])
    {'key': 'also_read', 'params': {'files': ['Tasks.txt']}}
    """
    return {"key": key, "params": params}


def release_of(directory: Path, release: str | None, default_pattern: str) -> str:
    """Return ``release`` or the version read from the directory's name (``onet-29.2``, ``db_29_2_text``).

    Examples
    --------
    >>> release_of(Path("data/onet-29.2"), None, r"(\\d+)[._](\\d+)")
    '29.2'
    >>> release_of(Path("db_29_2_text"), None, r"(\\d+)[._](\\d+)")
    '29.2'
    >>> release_of(Path("esco-1.2.0"), None, r"(\\d+)\\.(\\d+)\\.(\\d+)")
    '1.2.0'
    """
    if release:
        return release
    found = re.search(default_pattern, Path(directory).resolve().name)
    if not found:
        raise DataError("no_release", path=directory)
    return ".".join(found.groups())


def check_directory(directory: Path, files: tuple, what: str) -> Path:
    """Return ``directory`` as a Path after checking it exists and holds at least one of ``files``."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError("no_directory", path=directory)
    if not any((directory / name).exists() for name in files):
        raise DataError("no_source_files", path=directory, what=what, files=list(files))
    return directory
