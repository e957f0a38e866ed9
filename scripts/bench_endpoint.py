"""Benchmark: `graph path` reading from a SPARQL server (--endpoint) against reading local files.

Usage: python scripts/bench_endpoint.py [--runs N] [--data DIR]

Starts Oxigraph (`oxigraph serve`, from the test extra) on a free local port with a temporary
store and publishes the bundled graph with ``graph push``. Then, each in a new process, it
alternates ``python -m graph path "Data Analyst" "AI Auditor"`` on the local files (the
baseline; its parsed graph is cached) with the same command given ``--endpoint``, which fetches
the whole graph with one CONSTRUCT query before computing the path locally. In-process, it
also times ``fetch_graph`` against ``load_graph`` (from its cache) and ``push_graph`` against
``serialize(graph, "nt")`` (the body it sends). The report gives medians and ratios.

With ``--data DIR`` (a dataset directory with imported taxonomies), it also runs ``graph --data
DIR push`` to the server, in a new process, against ``graph --data DIR export --format nt``
(writing the same N-Triples locally), and reports wall time and peak resident memory of each.
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request

from graph.store.export import serialize
from graph.store.turtle import load_graph
from graph.store.remote import Endpoint, fetch_graph, push_graph

GRAPH = [sys.executable, "-m", "graph"]
PATH = ["path", "Data Analyst", "AI Auditor"]


def process(command):
    return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def wall(task) -> float:
    start = time.perf_counter()
    task()
    return time.perf_counter() - start


def serve(folder):
    """Start Oxigraph on a free port; return the server process and its base URL once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = shutil.which("oxigraph", path=sysconfig.get_path("scripts")) or shutil.which("oxigraph")
    if not binary:
        sys.exit("oxigraph is not installed: pip install -e '.[test]'")
    server = subprocess.Popen([binary, "serve", "--location", folder, "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
            return server, base
        except OSError:
            time.sleep(0.05)
    server.kill()
    sys.exit("oxigraph did not start")


def compare(name, baseline, command, runs):
    wall(baseline), wall(command)  # warm caches
    base, measured = [], []
    for _ in range(runs):
        base.append(wall(baseline))
        measured.append(wall(command))
    b, m = statistics.median(base), statistics.median(measured)
    print(f"{name:<54} {b:.3f} s vs {m:.3f} s, ratio {m / b:.2f}x (medians of {runs} runs)")


def measured(command) -> tuple[float, float, bytes]:
    """Wall time (s), peak resident memory (MiB) and standard output of a command in a new process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        sys.exit(f"{' '.join(command)} failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out


def compare_push(data, base, runs):
    export = [*GRAPH, "--data", data, "export", "--format", "nt"]
    push = [*GRAPH, "--data", data, "push", "--endpoint", base, "--graph", "https://example.org/bench"]
    pairs = [(measured(export), measured(push)) for _ in range(runs)]
    (b_time, b_mem), (m_time, m_mem) = [tuple(statistics.median(run[i][k] for run in pairs) for k in (0, 1))
                                        for i in (0, 1)]
    print(pairs[-1][1][2].decode().strip())
    print(f"{'graph --data DIR export --format nt vs graph --data DIR push':<54} {b_time:.1f} s vs {m_time:.1f} s, "
          f"ratio {m_time / b_time:.2f}x; peak memory {b_mem:.0f} MiB vs {m_mem:.0f} MiB (medians of {runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (default 9)")
    parser.add_argument("--data", metavar="DIR", help="also push this dataset directory (see the module docstring)")
    options = parser.parse_args()
    runs = options.runs
    with tempfile.TemporaryDirectory() as folder:
        server_process, base = serve(folder)
        try:
            graph, server = load_graph(), Endpoint.parse(base)
            push_graph(graph, server)
            compare("graph path vs graph --endpoint URL path", process([*GRAPH, *PATH]),
                    process([*GRAPH, "--endpoint", base, *PATH]), runs)
            compare("load_graph() vs fetch_graph(endpoint)", load_graph, lambda: fetch_graph(server), runs)
            compare("serialize(graph, 'nt') vs push_graph(graph, endpoint)", lambda: serialize(graph, "nt"),
                    lambda: push_graph(graph, server), runs)
            if options.data:
                compare_push(options.data, base, max(1, runs // 3))
        finally:
            server_process.terminate()
            server_process.wait()


if __name__ == "__main__":
    main()
