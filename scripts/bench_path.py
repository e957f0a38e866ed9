"""Benchmark: cold `graph path` against a bare import of its main libraries, and the constrained searches.

Usage: python scripts/bench_path.py [--runs N] [--data DIR]...

Each run starts a new Python process. The baseline is
``python -c "import rdflib, networkx, click"``; the first measured command is
``python -m graph path "Data Analyst" "AI Auditor"`` on the bundled graph. Runs of the two
alternate so that machine noise hits both alike; the report gives medians and their ratio
(target: at most 1.0x). Then the wall time of ``--k 3``, ``--via … --max-steps 2`` and
``--max-steps 1`` (each target: under 1 s), and, with ``--data DIR`` (a dataset with O*NET
imported; give it again for another dataset), ``path`` and ``next`` between O*NET occupations
there. Each figure is the median wall time, with the median CPU time (user + system) of the
process beside it, which the load of a shared machine disturbs less. Last, the searches
alone, in this process (the part of a command that is the search, not the start-up).

The commands run as on a machine where Python keeps its bytecode cache (its default): an
environment that turns it off (``PYTHONDONTWRITEBYTECODE``) would make every run, the
baseline's too, compile every module it imports.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

BASELINE = [sys.executable, "-c", "import rdflib, networkx, click"]
GRAPH = [sys.executable, "-m", "graph"]
COLD = ["path", "Data Analyst", "AI Auditor"]
SEARCHES = {
    "path --k 3": ["path", "Data Analyst", "AI Auditor", "--k", "3"],
    "path --via --max-steps 2": ["path", "Data Analyst", "AI Auditor", "--via", "Technology Evaluator and Auditor",
                                 "--max-steps", "2"],
    "path --max-steps 1": ["path", "Data Analyst", "Data Scientist", "--max-steps", "1"],
}
ONET = {
    "O*NET path": ["path", "Data Scientists", "Information Security Analysts"],
    "O*NET next": ["next", "Data Scientists"],
}


ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command) -> tuple[float, float]:
    """Wall and CPU seconds of one run; a command that fails (no path, say) still counts: it answered."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--data", action="append", default=[],
                        help="a dataset directory with O*NET imported, for the O*NET figures (repeatable)")
    options = parser.parse_args()
    runs = options.runs
    run(BASELINE), run(GRAPH + COLD)  # warm the file, bytecode and forms caches
    base, cold = [], []
    for _ in range(runs):
        base.append(run(BASELINE))
        cold.append(run(GRAPH + COLD))
    (b, b_cpu), (c, c_cpu) = medians(base), medians(cold)
    print(f"baseline  import rdflib, networkx, click : median {b:.3f} s wall, {b_cpu:.3f} s CPU over {runs} runs")
    print(f"cold      graph path 'Data Analyst' 'AI Auditor': median {c:.3f} s wall, {c_cpu:.3f} s CPU over {runs} runs")
    print(f"ratio     {c / b:.2f}x wall, {c_cpu / b_cpu:.2f}x CPU (target: at most 1.0x) -> "
          f"{'met' if c / b <= 1.0 else 'NOT met'}")
    commands = dict(SEARCHES)
    for data in options.data:
        run(GRAPH + ["--data", data, *ONET["O*NET path"]])  # build the dataset's forms once
        commands.update({f"{name} ({os.path.basename(data.rstrip('/'))})": ["--data", data, *args]
                         for name, args in ONET.items()})
    for name, args in commands.items():
        median, cpu = medians([run(GRAPH + args) for _ in range(max(3, runs // 3))])
        print(f"{name:<30}: median {median:.3f} s wall, {cpu:.3f} s CPU (target: under 1 s) -> "
              f"{'met' if median < 1 else 'NOT met'}")
    searches_alone()


def searches_alone() -> None:
    """Time learning_path itself on the bundled graph, for the constrained searches above."""
    from graph.errors import NoPathError
    from graph.model.projection import project
    from graph.model.search import learning_path
    from graph.store.turtle import load_graph

    G = project(load_graph())
    role = "https://w3id.org/aijobs/role/"
    analyst, auditor = role + "data-analyst", role + "ai-auditor"
    cases = {"k=3": dict(k=3), "via, max_steps=2": dict(via=role + "technology-auditor", max_steps=2),
             "max_steps=1": dict(max_steps=1)}
    learning_path(G, analyst, auditor)  # build the arrays once, as a command's cache would
    for name, options in cases.items():
        times = []
        for _ in range(20):
            start = time.perf_counter()
            try:
                learning_path(G, analyst, auditor, **options)
            except NoPathError:  # a no-path answer is an answer
                pass
            times.append(time.perf_counter() - start)
        print(f"search alone, {name:<18}: median {statistics.median(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
