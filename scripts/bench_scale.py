"""Benchmark the project at full scale on the real O*NET and ESCO releases.

Usage: python scripts/bench_scale.py [--data ../shared/data] [--runs 5]

Measures, each in a new process (wall time and peak resident memory from ``wait4``):
importing O*NET and ESCO into fresh dataset directories, and O*NET, ESCO and the
ESCO–O*NET crosswalk into a third; cold ``graph path`` and cold ``graph next`` on the
O*NET dataset, cold ``graph next`` and ``graph related`` on the combined one, each beside
the start-up of a bare ``python -c "import click, networkx"`` in the same run (the
floor any command pays); a warm path query repeated in one process; and the
Turtle export of the O*NET dataset against rdflib's own Turtle serializer on the same
graph, side by side in the same run, checking that the export parses back (with rdflib)
to the same graph. Prints the figures and the targets; asserts nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRAPH = [sys.executable, "-m", "graph"]
PATH_QUERY = ("Data Scientists", "Information Security Analysts")
NEXT_ALL = "Registered Nurses"
RELATED_ALL = ("Registered Nurses", "nurse responsible for general care")
FLOOR = [sys.executable, "-c", "import click, networkx"]


def timed(command: list[str]) -> tuple[float, float, str]:
    """Run ``command``; return (wall seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024, out.decode()


WARM = r'''
import json, sys, time
from graph.store.dataset import Dataset
from graph.model.search import learning_path
data = Dataset(sys.argv[1])
G = data.projection()
source, target = (str(data.resolve(name, kind="role")) for name in sys.argv[2:4])
learning_path(G, source, target)
warm = []
for _ in range(int(sys.argv[4])):
    start = time.perf_counter(); learning_path(G, source, target); warm.append(time.perf_counter() - start)
print(json.dumps(warm))
'''
EXPORT = r'''
import sys, time
from graph.store.dataset import Dataset
start = time.perf_counter(); ours = Dataset(sys.argv[1]).serialize("turtle"); took = time.perf_counter() - start
open(sys.argv[2], "wb").write(ours)
print(took)
'''
BASELINE = r'''
import json, sys, time
from rdflib import Graph
from graph.store.dataset import Dataset
graph = Dataset(sys.argv[1]).graph()
start = time.perf_counter(); graph.serialize(format="turtle"); took = time.perf_counter() - start
back = Graph().parse(sys.argv[2], format="turtle")
same = len(back) == len(graph) and all(t in graph for t in back)  # no blank nodes: equal sets are isomorphic
print(json.dumps({"took": took, "same": same, "triples": len(graph)}))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        onet, esco = Path(tmp) / "onet", Path(tmp) / "esco"
        wall, rss, _ = timed(GRAPH + ["--data", str(onet), "import", "onet", str(args.data / "onet-29.2"), "--quiet"])
        rows.append(("import O*NET 29.2 (with tasks, activities, interests, ...)", f"{wall:.1f} s", "<= 30 s", rss))
        wall, rss, _ = timed(GRAPH + ["--data", str(esco), "import", "esco", str(args.data / "esco-1.2.0"), "--quiet"])
        rows.append(("import ESCO 1.2.0", f"{wall:.1f} s", "<= 30 s", rss))
        both = Path(tmp) / "all"
        for kind, folder in (("onet", "onet-29.2"), ("esco", "esco-1.2.0"), ("crosswalk", "nesta-mcc")):
            wall, rss, _ = timed(GRAPH + ["--data", str(both), "import", kind, str(args.data / folder), "--quiet"])
        rows.append(("import crosswalk (into O*NET + ESCO)", f"{wall:.1f} s", "", rss))
        floor = sorted(timed(FLOOR)[0] for _ in range(args.runs))
        for name, folder, command in (
                ("cold path " + " -> ".join(PATH_QUERY), onet, ["path", *PATH_QUERY]),
                ("cold next " + PATH_QUERY[0], onet, ["next", PATH_QUERY[0]]),
                (f"cold next {NEXT_ALL} (O*NET + ESCO + crosswalk)", both, ["next", NEXT_ALL]),
                ("cold related " + " / ".join(RELATED_ALL), both, ["related", *RELATED_ALL])):
            runs = [timed(GRAPH + ["--data", str(folder), *command]) for _ in range(args.runs)]
            walls = sorted(w for w, _, _ in runs)
            median = statistics.median(walls)
            rows.append((name, f"median {median:.2f} s (min {walls[0]:.2f}, max {walls[-1]:.2f}), "
                         f"{median / statistics.median(floor):.1f}x bare start-up", "<= 1.0 s", max(r for _, r, _ in runs)))
        rows.append(("  (bare start-up: import click, networkx)", f"median {statistics.median(floor):.2f} s", "", 0))
        wall, rss, out = timed([sys.executable, "-c", WARM, str(onet), *PATH_QUERY, str(args.runs * 20)])
        warm = sorted(json.loads(out))
        rows.append(("warm path (same process)", f"median {statistics.median(warm) * 1000:.1f} ms "
                     f"(max {warm[-1] * 1000:.1f})", "<= 20 ms", rss))
        exported = Path(tmp) / "onet.ttl"
        wall, rss, out = timed([sys.executable, "-c", EXPORT, str(onet), str(exported)])
        fast = float(out)
        _, baseline_rss, out = timed([sys.executable, "-c", BASELINE, str(onet), str(exported)])
        result = json.loads(out)
        rows.append((f"Turtle export, {result['triples']:,} triples", f"{fast:.2f} s vs rdflib {result['took']:.2f} s "
                     f"= {result['took'] / fast:.0f}x; parses back {'identical' if result['same'] else 'DIFFERENT'}",
                     ">= 10x", rss))
        rows.append(("  (rdflib baseline process, for reference)", "", "", baseline_rss))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<72}  {'target':<9}  peak RSS")
    for name, figure, target, rss in rows:
        print(f"{name:<{width}}  {figure:<72}  {target:<9}  " + (f"{rss:,.0f} MiB" if rss else ""))


if __name__ == "__main__":
    main()
