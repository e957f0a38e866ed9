"""Benchmark show, list, search, validate and viz on a real O*NET dataset.

Usage: python scripts/bench_commands.py [--onet ../shared/data/onet-29.2] [--dataset DIR] [--runs 3]

Imports O*NET into a fresh dataset directory (or uses --dataset), then runs each command in
a new process, alternating with a baseline process that only imports rdflib, networkx and
click, and prints for each the median wall time, its ratio to the baseline's, the median CPU
time (user + system, which the load of a shared machine inflates less than wall time) and
the peak resident memory (from ``wait4``), beside the targets. Asserts nothing.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRAPH = [sys.executable, "-m", "graph"]
BASELINE = [sys.executable, "-c", "import rdflib, networkx, click"]
#: (label, arguments after ``graph --data DIR``, wall-time target in s, memory target in MiB)
COMMANDS = [
    ("list roles", ["list", "roles"], 2.0, None),
    ("list skills", ["list", "skills"], 2.0, None),
    ("show a role", ["show", "Data Scientists"], 1.0, None),
    ("show a knowledge area", ["show", "2.C.4.a"], 1.0, None),
    ("search", ["search", "python"], None, None),
    ("viz --around", ["viz", "--around", "Data Scientists", "-o", os.devnull], None, None),
    ("validate", ["validate"], 60.0, 1024.0),
]


def timed(command: list[str]) -> tuple[float, float, float]:
    """Run ``command``; return (wall seconds, CPU seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--onet", type=Path, default=root.parent / "shared" / "data" / "onet-29.2")
    parser.add_argument("--dataset", type=Path, help="an O*NET dataset directory already imported")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-commands-") as scratch:
        dataset = args.dataset
        if dataset is None:
            dataset = Path(scratch) / "onet"
            wall, cpu, rss = timed(GRAPH + ["--data", str(dataset), "import", "onet", str(args.onet), "--quiet"])
            print(f"import onet: {wall:.1f} s, {rss:.0f} MiB")
        timed(GRAPH + ["--data", str(dataset), "list", "roles"])  # fill the caches once
        print(f"{'command':<24}{'wall':>9}{'ratio':>8}{'CPU':>9}{'memory':>11}  target")
        for label, command, wall_target, memory_target in COMMANDS:
            runs, baseline = [], []
            for _ in range(args.runs):
                baseline.append(timed(BASELINE)[0])
                runs.append(timed(GRAPH + ["--data", str(dataset)] + command))
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            targets = []
            if wall_target:
                targets.append(f"<= {wall_target:g} s: {'met' if wall <= wall_target else 'NOT met'}")
            if memory_target:
                targets.append(f"<= {memory_target / 1024:g} GiB: {'met' if rss <= memory_target else 'NOT met'}")
            print(f"{label:<24}{wall:>7.2f} s{wall / statistics.median(baseline):>7.1f}x{cpu:>7.2f} s{rss:>7.0f} MiB"
                  f"  {'; '.join(targets)}")
        print(f"baseline: {' '.join(BASELINE[1:])!r}, median of {args.runs} runs alternating with each command")


if __name__ == "__main__":
    main()
