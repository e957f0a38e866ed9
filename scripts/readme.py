"""Regenerate every command output pasted in README.md from a real run, or check that none is stale.

A generated block is a fenced block right after a marker naming the command that prints it::

    <!-- $ graph path "Data Analyst" "AI Auditor" -->
    ```text
    (what the command prints today)
    ```

``graph`` runs as ``python -m graph`` from this checkout; standard error follows standard
output (so error examples show their message); ``| head -N`` keeps the first N lines. Several
commands joined by `` ;; `` fill one block, each shown after a ``$ command`` line. A
command that names ``--data d`` runs against a dataset with O*NET 29.2 imported (built once
into a temporary folder from ``--onet``, or taken from ``--data``). Benchmarks
(``python scripts/bench_*.py``) print timings that vary from run to run: they are run only
with ``--bench``, and never checked.

Usage::

    python scripts/readme.py            # rewrite README.md in place
    python scripts/readme.py --check    # exit 1 and list the stale blocks (what tests/cli/test_readme.py runs)
    python scripts/readme.py --check --skip-datasets   # only the blocks on the bundled graph
    python scripts/readme.py --bench    # also rerun the benchmarks and paste their figures
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^<!-- \$ (?P<command>.+?) -->\n```(?P<lang>\w*)\n(?P<body>.*?)^```\n", re.M | re.S)
HEAD = re.compile(r"^(?P<command>.+?) \| head -(?P<lines>\d+)$")


def run_all(commands: str, dataset: Path | None) -> str:
    """What the marker's commands print, as the block shows it."""
    parts = commands.split(" ;; ")
    if len(parts) == 1:
        return run(parts[0], dataset)
    return "".join("$ " + HEAD.sub(r"\g<command>", part) + "\n" + run(part, dataset) for part in parts)


def run(command: str, dataset: Path | None) -> str:
    """What ``command`` prints, as it appears in the README."""
    keep = None
    cut = HEAD.match(command)
    if cut:
        command, keep = cut["command"], int(cut["lines"])
    words = shlex.split(command)
    if is_bench(command):
        words = [sys.executable, *words[1:]]
    elif words[0] == "graph":
        words = [sys.executable, "-m", "graph", *words[1:]]
    else:
        raise SystemExit(f"README.md: only graph commands and benchmarks can be generated, not {command!r}")
    if "--data" in words:
        at = words.index("--data") + 1
        if words[at] == "d":
            if dataset is None:
                raise SystemExit(f"README.md: {command!r} needs an O*NET dataset (--onet or --data)")
            words[at] = str(dataset)
    env = {**os.environ, "COLUMNS": "100", "PYTHONHASHSEED": "0"}
    done = subprocess.run(words, capture_output=True, text=True, cwd=ROOT, env=env, timeout=1800)
    text = done.stdout + done.stderr
    lines = text.splitlines()
    if keep is not None:
        lines = lines[:keep]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def is_bench(command: str) -> bool:
    return command.startswith("python scripts/bench")


def needs_dataset(commands: str) -> bool:
    for command in commands.split(" ;; "):
        words = shlex.split(HEAD.sub(r"\g<command>", command))
        if "--data" in words and words[words.index("--data") + 1] == "d":
            return True
    return False


def regenerate(text: str, dataset: Path | None, skip_datasets: bool, bench: bool) -> tuple[str, list[str]]:
    """Return the README with every generated block refreshed, and the commands whose output changed."""
    stale, pieces, last = [], [], 0
    for match in MARKER.finditer(text):
        command = match["command"]
        if (skip_datasets and needs_dataset(command)) or (is_bench(command) and not bench):
            continue
        output = run_all(command, dataset)
        if output != match["body"]:
            stale.append(command)
        pieces += [text[last:match.start("body")], output]
        last = match.end("body")
    return "".join(pieces) + text[last:], stale


def onet_dataset(release: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="readme-onet-")) / "d"
    subprocess.run([sys.executable, "-m", "graph", "--data", str(folder), "import", "onet", str(release), "--quiet"],
                   check=True, cwd=ROOT)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a block is stale")
    parser.add_argument("--skip-datasets", action="store_true", help="only the blocks on the bundled graph")
    parser.add_argument("--bench", action="store_true", help="also rerun the benchmarks (minutes)")
    parser.add_argument("--data", type=Path, help="a dataset directory with O*NET imported")
    parser.add_argument("--onet", type=Path, default=ROOT.parent / "shared" / "data" / "onet-29.2",
                        help="the O*NET release to import when --data is not given")
    args = parser.parse_args()
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    wanted = not args.skip_datasets and any(needs_dataset(m["command"]) for m in MARKER.finditer(text))
    dataset = args.data or (onet_dataset(args.onet) if wanted else None)
    fresh, stale = regenerate(text, dataset, args.skip_datasets, args.bench and not args.check)
    if args.check:
        for command in stale:
            print(f"README.md: stale output of: {command}", file=sys.stderr)
        return 1 if stale else 0
    if fresh != text:
        readme.write_text(fresh, encoding="utf-8")
    print(f"README.md: {len(stale)} block(s) regenerated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
