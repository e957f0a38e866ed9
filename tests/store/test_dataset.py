"""Dataset directories on disk: atomic versions, verified files, nothing read back that can run code."""

import hashlib
import json
import pickle
import shutil
import subprocess
import sys
import textwrap

import pytest

from graph.store.dataset import CURRENT, MANIFEST, Dataset

from ..conftest import ROOT
from ..import_fixtures import write_esco, write_onet
from .test_cache import Planted

#: A stand-in for a power cut: the N-th durable step of an import (a file synced, a folder synced,
#: a rename, a link) ends the process on the spot, with no clean-up of any kind.
CRASH = textwrap.dedent("""
    import os, sys
    limit, calls = int(sys.argv[1]), [0]
    def crashing(step):
        def run(*args, **kwargs):
            calls[0] += 1
            if calls[0] == limit:
                os._exit(70)
            return step(*args, **kwargs)
        return run
    for name in ("fsync", "replace", "link"):
        setattr(os, name, crashing(getattr(os, name)))
    from graph.cli import main
    try:
        main(sys.argv[2:])
    finally:
        print(calls[0], file=sys.stderr)
""")


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    root = tmp_path_factory.mktemp("releases")
    return {"onet": write_onet(root / "onet-29.2"), "esco": write_esco(root / "esco-1.2.0")}


@pytest.fixture(scope="module")
def onet_only(releases, tmp_path_factory):
    folder = tmp_path_factory.mktemp("onet") / "data"
    assert _import(folder, "onet", releases["onet"]).returncode == 0
    return folder


def _import(folder, kind, release, crash_at=0):
    return subprocess.run([sys.executable, "-c", CRASH, str(crash_at), "--data", str(folder), "import", kind,
                           str(release), "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=120)


def _state(folder):
    """What a reader sees: the sources, and whether the ESCO occupations resolve through the fast forms."""
    data = Dataset(folder)
    assert len(data.projection()) > 0
    names = data.names()
    esco = any(iri.startswith("http://data.europa.eu/esco/occupation/") for iri in names.entities)
    assert esco == ("esco" in data.sources)  # the forms and the manifest belong to one version
    return sorted(data.sources)


def test_a_crash_at_any_point_of_an_import_leaves_the_old_or_the_new_dataset(releases, onet_only, tmp_path):
    done = _import(tmp_path / "probe", "onet", releases["onet"])
    shutil.rmtree(tmp_path / "probe")
    finished = _import(shutil.copytree(onet_only, tmp_path / "count"), "esco", releases["esco"])
    assert finished.returncode == 0, finished.stderr
    points = int(finished.stderr.split()[-1])
    assert points >= 10 and done.returncode == 0  # every file written, every folder synced, every rename
    seen = set()
    for n in range(1, points + 1):
        folder = shutil.copytree(onet_only, tmp_path / f"crash-{n}")
        crashed = _import(folder, "esco", releases["esco"], crash_at=n)
        assert crashed.returncode == 70, (n, crashed.stderr)
        state = _state(folder)
        assert state in (["onet"], ["esco", "onet"]), (n, state)
        seen.add(tuple(state))
        shutil.rmtree(folder)
    assert seen == {("onet",), ("esco", "onet")}  # crashes before and after the switch were both tried
    folder = shutil.copytree(onet_only, tmp_path / "after")
    assert _import(folder, "esco", releases["esco"], crash_at=points // 2).returncode == 70
    assert list(folder.glob(".staging-*"))  # a killed import leaves its staging folder ...
    assert _import(folder, "esco", releases["esco"]).returncode == 0
    assert not list(folder.glob(".staging-*")) and len(list(folder.glob("v-*"))) == 1  # ... the next removes it
    assert _state(folder) == ["esco", "onet"]


def test_a_changed_source_file_is_refused_with_its_name(onet_only, tmp_path, cli):
    folder = shutil.copytree(onet_only, tmp_path / "data")
    version = folder / (folder / CURRENT).read_text().strip()
    source = version / "onet.nt"
    source.write_bytes(source.read_bytes().replace(b"Statisticians", b"Statisticiens"))
    for command in (("show", "Statisticians"), ("export",), ("validate",)):
        result = cli("--data", folder, *command)
        assert result.exit_code in (1, 2) and "Traceback" not in result.output
        assert result.stderr.strip() == f"Error: {source}: does not match the digest in {MANIFEST} (changed or " \
                                        "damaged); import it again"


def test_a_flipped_byte_in_the_dataset_forms_is_rebuilt_not_trusted(onet_only, tmp_path, cli):
    folder = shutil.copytree(onet_only, tmp_path / "data")
    expected = cli("--data", folder, "path", "Statisticians", "Computer Systems Analysts", "--format", "json").stdout
    version = folder / (folder / CURRENT).read_text().strip()
    (forms,) = version.glob("forms-*")
    for path in sorted(forms.iterdir()):
        original = path.read_bytes()
        damaged = bytearray(original)
        damaged[len(damaged) // 3] ^= 0x20
        path.write_bytes(bytes(damaged))
        result = cli("--data", folder, "path", "Statisticians", "Computer Systems Analysts", "--format", "json")
        assert result.exit_code == 0 and result.stdout == expected, path.name
        assert path.read_bytes() == original  # and stored again, for the next command


def test_forms_of_older_code_are_removed_when_new_forms_are_stored(onet_only, tmp_path, cli):
    folder = shutil.copytree(onet_only, tmp_path / "data")
    version = folder / (folder / CURRENT).read_text().strip()
    (forms,) = version.glob("forms-*")
    older = shutil.copytree(forms, version / "forms-0000000000000000")  # as left by an earlier version of the code
    shutil.rmtree(forms)
    result = cli("--data", folder, "next", "Statisticians")
    assert result.exit_code == 0
    assert [path.name for path in version.glob("forms-*")] == [forms.name] and not older.exists()


def test_planted_pickles_in_a_dataset_run_nothing(onet_only, tmp_path, cli):
    folder = shutil.copytree(onet_only, tmp_path / "data")
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Planted(marker))
    version = folder / (folder / CURRENT).read_text().strip()
    for place in (folder / "projection.pickle", version / "projection.pickle", version / "move-costs.npy"):
        place.write_bytes(payload)
    (forms,) = version.glob("forms-*")
    index = json.loads((forms / "forms.json").read_text())
    for numbers in forms.glob("*.bin"):  # every list of the move table, planted, with matching digests
        numbers.write_bytes(payload)
        index["files"][numbers.name] = hashlib.sha256(payload).hexdigest()
    (forms / "forms.json").write_text(json.dumps(index))
    result = cli("--data", folder, "next", "Statisticians")
    assert result.exit_code == 0 and not marker.exists()


def test_a_dataset_of_the_earlier_layout_gets_a_way_out(tmp_path, cli):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "sources.json").write_text('{"format": 1, "sources": {}}')
    (folder / "projection.pickle").write_bytes(b"\x80\x05")
    result = cli("--data", folder, "list", "roles")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == (f"Error: {folder}: written by an earlier version of this tool; import its "
                                     "sources again into a new directory")


def test_a_pointer_to_nowhere_is_one_line(onet_only, tmp_path, cli):
    folder = shutil.copytree(onet_only, tmp_path / "data")
    (folder / CURRENT).write_text("../../etc\n")
    result = cli("--data", folder, "show", "Statisticians")
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {folder / CURRENT}: names no version")
