"""The fast-forms cache: data-only files, checked by digest, following every edit to code or data."""

import hashlib
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys

import pytest

from graph.errors import UnknownNameError
from graph.store import cache
from graph.store.dataset import Dataset
from graph.store.turtle import ontology_dir

from ..conftest import ROOT

ROLE = "https://w3id.org/aijobs/role/"
PATH = ("path", "Data Analyst", "AI Auditor", "--format", "json")


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "ai-jobs-graph"


def entries(root):
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def test_forms_give_the_same_answers_as_a_fresh_build(private_cache):
    fresh = Dataset()
    G, names = fresh.projection(), fresh.names()
    assert len(entries(private_cache)) == 1
    again = Dataset()  # read back from the cache
    assert sorted(again.projection().nodes(data=True)) == sorted(G.nodes(data=True))
    assert sorted(again.projection().edges(data=True)) == sorted(G.edges(data=True))
    assert again.names().names == names.names and again.names().entities == names.entities


def test_a_renamed_role_is_never_answered_from_the_cache(private_cache, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    assert str(Dataset(data).resolve("Data Analyst")) == ROLE + "data-analyst"
    roles = data / "roles.ttl"
    roles.write_text(roles.read_text(encoding="utf-8").replace('"Data Analyst"', '"Data Wrangler"'),
                     encoding="utf-8")
    renamed = Dataset(data)
    assert str(renamed.resolve("Data Wrangler")) == ROLE + "data-analyst"
    with pytest.raises(UnknownNameError):
        renamed.resolve("Data Analyst")


def test_an_edit_to_the_code_is_never_answered_from_the_cache(tmp_path):
    """A copy of the package whose effort formula changes between two runs sharing one cache (a view's edit keeps it)."""
    shutil.copytree(ROOT / "graph", tmp_path / "graph", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "GRAPH_CACHE_DIR": str(tmp_path / "cache")}

    def total():
        done = subprocess.run([sys.executable, "-m", "graph", *PATH, "--max-step", "5000"], capture_output=True,
                              text=True, env=env, cwd=tmp_path, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["paths"][0]["total_effort"]

    before = total()
    entries = sorted((tmp_path / "cache").iterdir())
    view = tmp_path / "graph" / "views" / "text.py"  # wording derives no form: the cache is kept
    view.write_text(view.read_text(encoding="utf-8") + "# an edit to the wording\n", encoding="utf-8")
    assert total() == before and sorted((tmp_path / "cache").iterdir()) == entries
    projection = tmp_path / "graph" / "model" / "projection.py"  # skills' hours are part of the cached forms
    code = projection.read_text(encoding="utf-8")
    old = 'hours = positive_number('
    assert code.count(old) == 1
    projection.write_text(code.replace(old, 'hours = 2 * positive_number('), encoding="utf-8")
    assert total() == 2 * before


class Planted:
    """A pickle that, if ever unpickled, leaves a file behind."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_planted_pickles_run_nothing(private_cache, tmp_path, cli):
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Planted(marker))
    assert cli(*PATH).exit_code == 0
    (entry,) = entries(private_cache)
    index = json.loads((entry / cache.INDEX).read_text())
    for name in sorted(index["files"]):  # a pickle in place of each file, with a matching digest
        (entry / name).write_bytes(payload)
        index["files"][name] = hashlib.sha256(payload).hexdigest()
    (entry / cache.INDEX).write_text(json.dumps(index))
    for name in ("graph.pickle", "derived.pickle", "projection.pickle"):
        (private_cache / name).write_bytes(payload)
    result = cli(*PATH)
    assert result.exit_code == 0 and json.loads(result.stdout)["paths"]
    assert not marker.exists()


def test_a_flipped_byte_in_any_cached_file_is_detected(private_cache, cli):
    expected = cli(*PATH).stdout
    (entry,) = entries(private_cache)
    forms_key = json.loads((entry / cache.INDEX).read_bytes())["key"]
    names = sorted(p.name for p in entry.iterdir())
    assert {"forms.json", "projection.json", "names.json", "skill_hours.d.bin", "table-rel_skills_names.json"} <= set(names)
    for name in names:
        assert cache.read(entry, forms_key) is not None
        target = entry / name
        original = target.read_bytes()
        data = bytearray(original)
        data[len(data) // 2] ^= 0x01
        target.write_bytes(bytes(data))
        assert cache.read(entry, forms_key) is None, name
        assert cli(*PATH).stdout == expected, name  # rebuilt, not trusted
        assert target.read_bytes() == original, name  # and stored again


def test_cache_files_are_private_and_old_entries_pruned(private_cache, cli, tmp_path):
    private_cache.mkdir(parents=True)
    for n in range(cache.KEEP + 3):
        (private_cache / f"{n:032x}").mkdir()
    (private_cache / "0123abcd-graph.pickle").write_bytes(b"from an earlier version")
    assert cli(*PATH).exit_code == 0
    assert stat.S_IMODE(private_cache.stat().st_mode) == 0o700
    kept = entries(private_cache)
    assert len(kept) == cache.KEEP and not list(private_cache.glob("*.pickle"))
    newest = max(kept, key=lambda p: p.stat().st_mtime)
    assert {stat.S_IMODE(p.stat().st_mode) for p in newest.iterdir()} == {0o600}


def test_an_unusable_cache_only_costs_time(tmp_path, monkeypatch, cli):
    expected = cli(*PATH).stdout
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("GRAPH_CACHE_DIR", str(blocker))
    result = cli(*PATH)
    assert result.exit_code == 0 and result.stdout == expected and result.stderr == ""
