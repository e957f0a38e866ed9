"""Benchmark: cold `graph path` against a bare import of its three main libraries.

Usage: python scripts/bench_path.py [--runs N]

Each run starts a new Python process. The baseline is
``python -c "import rdflib, networkx, click"``; the measured command is
``python -m graph path "Data Analyst" "AI Auditor"`` on the bundled graph. Runs of the two
alternate so that machine noise hits both alike; the report gives medians and their ratio.
Target (issue 4): the ratio is at most 2.0.
"""

import argparse
import statistics
import subprocess
import sys
import time

BASELINE = [sys.executable, "-c", "import rdflib, networkx, click"]
COMMAND = [sys.executable, "-m", "graph", "path", "Data Analyst", "AI Auditor"]


def wall(command) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    runs = parser.parse_args().runs
    wall(BASELINE), wall(COMMAND)  # warm the file cache
    base, cold = [], []
    for _ in range(runs):
        base.append(wall(BASELINE))
        cold.append(wall(COMMAND))
    b, c = statistics.median(base), statistics.median(cold)
    print(f"baseline  import rdflib, networkx, click : median {b:.3f} s over {runs} runs")
    print(f"cold      graph path 'Data Analyst' 'AI Auditor': median {c:.3f} s over {runs} runs")
    print(f"ratio     {c / b:.2f}x (target: at most 2.0x) -> {'met' if c / b <= 2.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
