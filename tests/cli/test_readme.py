"""The README shows what the commands print today: every generated block is regenerated and compared."""

import json
import re
import subprocess
import sys

from ..conftest import ROOT


def test_every_pasted_output_is_what_the_command_prints_today():
    done = subprocess.run([sys.executable, "scripts/readme.py", "--check", "--skip-datasets"], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr  # fix: python scripts/readme.py


def test_the_readme_generates_its_examples(cli):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    markers = re.findall(r"^<!-- \$ (graph .+?) -->$", readme, re.M)
    assert len(markers) >= 8
    assert readme.startswith("# AI-era jobs knowledge graph\n\n```sh\npython3 -m venv .venv")


def test_counts_in_the_introduction_match_the_data(cli):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counts = dict((kind, int(n)) for n, kind in re.findall(r"(\d+) (roles|skills|sectors|concerns)\b", readme[:2500]))
    assert counts, "the introduction states what the graph holds"
    for kind, n in counts.items():
        assert len(json.loads(cli("list", kind, "--format", "json").stdout)) == n, kind
