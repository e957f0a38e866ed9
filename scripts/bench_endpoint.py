"""Benchmark: commands reading a taxonomy-scale dataset from a SPARQL server (--endpoint), against the full download.

Usage: python scripts/bench_endpoint.py --data DIR [--runs N] [--push-memory]

Starts Oxigraph (`oxigraph serve`, from the test extra) on a free local port with a temporary
store and publishes the dataset directory DIR (say O*NET + ESCO, imported with `graph import`)
with ``graph --data DIR push``, whose report line is printed. Every request then goes through a
loopback proxy that counts the bytes crossing it, both ways.

Then, run after run and each in a new process, it measures bytes transferred and wall time of:

- the full download, as ``--endpoint`` read before it read only what a command needs: one
  CONSTRUCT of the whole graph into an rdflib graph (``fetch_graph``), before any projection,
  so the baseline is a lower bound of what those commands cost;
- ``show``, ``next`` and ``path`` through ``--endpoint``, cold (an empty cache folder: the
  requirement rows and the projection's other statements are read, the fast forms derived and
  kept) and warm (the forms kept by the cold run: only the graph's stamp and, for ``show``, the
  entity are read).

The report gives medians, and each as a ratio to the full download. With ``--push-memory`` it also
compares ``graph --data DIR push`` with ``graph --data DIR export --format nt`` (wall time and peak
resident memory).
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
import threading
import time
import urllib.request

GRAPH = [sys.executable, "-m", "graph"]
TARGET = "https://example.org/bench"
COMMANDS = {
    "show": ["show", "Data Scientists"],
    "next": ["next", "Data Scientists"],
    "path": ["path", "Data Scientists", "Information Security Analysts"],
}
FULL = ("import sys; from graph.store.remote import Endpoint, fetch_graph; "
        "fetch_graph(Endpoint.parse(sys.argv[1]), sys.argv[2], timeout=3600)")


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


class Meter:
    """A loopback TCP proxy to ``upstream`` (host, port) counting every byte it forwards, both ways."""

    def __init__(self, upstream):
        self.upstream, self.bytes, self.lock = upstream, 0, threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(self.upstream)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    def pipe(self, source, sink):
        try:
            while data := source.recv(1 << 16):
                with self.lock:
                    self.bytes += len(data)
                sink.sendall(data)
        except OSError:
            pass
        for end in (source, sink):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def measure(self, command, env=None) -> tuple[int, float]:
        """Bytes through the proxy and wall time of ``command`` run in a new process."""
        with self.lock:
            self.bytes = 0
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
        seconds = time.perf_counter() - start
        time.sleep(0.2)  # the last bytes of a closing connection
        with self.lock:
            return self.bytes, seconds


def peak(command) -> tuple[float, float, bytes]:
    """Wall time (s), peak resident memory (MiB) and standard output of a command in a new process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        sys.exit(f"{' '.join(command)} failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out


def compare_push(data, base):
    export = peak([*GRAPH, "--data", data, "export", "--format", "nt"])
    push = peak([*GRAPH, "--data", data, "push", "--endpoint", base, "--graph", TARGET, "--timeout", "3600"])
    print(f"graph --data DIR export --format nt  {export[0]:7.1f} s, peak memory {export[1]:5.0f} MiB")
    print(f"graph --data DIR push                {push[0]:7.1f} s, peak memory {push[1]:5.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", required=True, help="the dataset directory to publish and read")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement (default 3)")
    parser.add_argument("--push-memory", action="store_true", help="also compare push with export (time, memory)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server_process, base = serve(os.path.join(folder, "store"))
        try:
            pushed = subprocess.run([*GRAPH, "--data", options.data, "push", "--endpoint", base, "--graph", TARGET,
                                     "--timeout", "3600"], check=True, capture_output=True, text=True)
            print(pushed.stdout.strip(), flush=True)
            meter = Meter(("127.0.0.1", int(base.rsplit(":", 1)[1])))
            remote = [*GRAPH, "--endpoint", meter.url, "--endpoint-graph", TARGET, "--timeout", "3600"]
            found = {name: [] for name in ["full", *(f"{c} {w}" for c in COMMANDS for w in ("cold", "warm"))]}
            for run in range(options.runs):
                found["full"].append(meter.measure([sys.executable, "-c", FULL, meter.url, TARGET]))
                for name, args in COMMANDS.items():
                    cache = {"GRAPH_CACHE_DIR": os.path.join(folder, f"cache-{name}-{run}")}
                    found[f"{name} cold"].append(meter.measure([*remote, *args], cache))
                    found[f"{name} warm"].append(meter.measure([*remote, *args], cache))
                print(f"run {run + 1}: " + ", ".join(f"{name} {runs[-1][0]:,} bytes {runs[-1][1]:.2f} s"
                                                     for name, runs in found.items()), flush=True)
            medians = {name: (statistics.median(b for b, _ in runs), statistics.median(s for _, s in runs))
                       for name, runs in found.items()}
            full_bytes, full_seconds = medians["full"]
            print(f"medians of {options.runs} runs; ratios to the full download")
            for name, (size, seconds) in medians.items():
                label = "full download (CONSTRUCT of the whole graph)" if name == "full" else \
                    f"graph --endpoint URL {name.split()[0]} ({name.split()[1]} cache)"
                print(f"{label:<46} {size:>13,.0f} bytes {size / full_bytes:7.4f}x   "
                      f"{seconds:7.2f} s {seconds / full_seconds:6.3f}x")
            if options.push_memory:
                compare_push(options.data, base)
        finally:
            server_process.terminate()
            server_process.wait()


if __name__ == "__main__":
    main()
