"""Benchmark `graph serve` on the O*NET + ESCO dataset: start-up, first page, a search answer, a plan warm.

Usage: python scripts/bench_serve.py [--data ../shared/data] [--dataset DIR] [--runs 15]

Imports O*NET 29.2, ESCO 1.2.0 and the crosswalk into a fresh dataset directory (or uses
--dataset), starts `graph --data DIR serve --port 0` in a new process, and times over HTTP
(a new connection per request, as a browser's first visit): the start-up until the URL is
printed, the first page (/) and the first role page after start, then search answers and
warm plans, each alternating with a baseline request for a static file of the same server
(the HTTP and server overhead every answer pays), with the median ratio to it. Prints the
figures beside the targets; asserts nothing.
"""

import argparse
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

GRAPH = [sys.executable, "-m", "graph"]
BASELINE = "/static/serve.css"
SEARCHES = ["data", "AI", "nurse", "keamanan", "Auditor AI", "analis", "python", "software developer"]
PLANS = [("Data Scientists", "Information Security Analysts"), ("Registered Nurses", "Data Scientists"),
         ("Data Analyst", "AI Auditor"), ("Library Technicians", "Orthopedic Surgeons, Except Pediatric")]


def get(base: str, path: str, **params) -> float:
    """Seconds to GET ``path`` and read the whole answer (which must be 200)."""
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as answer:
        answer.read()
        if answer.status != 200:
            raise SystemExit(f"{url}: HTTP {answer.status}")
    return time.perf_counter() - start


def alternate(base: str, runs: int, requests: list[tuple[str, dict]]) -> tuple[float, float]:
    """Median seconds of ``requests`` (cycled, ``runs`` times) and their median ratio to the baseline request."""
    times, ratios = [], []
    for number in range(runs):
        path, params = requests[number % len(requests)]
        floor = get(base, BASELINE)
        times.append(get(base, path, **params))
        ratios.append(times[-1] / floor)
    return statistics.median(times), statistics.median(ratios)


def verdict(seconds: float, target: float) -> str:
    return f"target < {target * 1000:.0f} ms: {'met' if seconds < target else 'NOT met'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--dataset", type=Path, help="an O*NET + ESCO dataset directory already imported")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as scratch:
        dataset = args.dataset
        if dataset is None:
            dataset = Path(scratch) / "both"
            for kind, folder in (("onet", "onet-29.2"), ("esco", "esco-1.2.0"), ("crosswalk", "nesta-mcc")):
                start = time.perf_counter()
                subprocess.run(GRAPH + ["--data", str(dataset), "import", kind, str(args.data / folder), "--quiet"],
                               check=True, stdout=subprocess.DEVNULL)
                print(f"import {kind}: {time.perf_counter() - start:.1f} s")
        subprocess.run(GRAPH + ["--data", str(dataset), "search", "x"], check=True, stdout=subprocess.DEVNULL)  # fast forms
        start = time.perf_counter()
        server = subprocess.Popen(GRAPH + ["--data", str(dataset), "serve", "--port", "0"], stdout=subprocess.PIPE,
                                  text=True)
        try:
            line = server.stdout.readline()
            started = time.perf_counter() - start
            found = re.match(r"Serving the graph at (http://[^/]+)/", line)
            if not found:
                raise SystemExit(f"graph serve did not start: {line!r}")
            base = found.group(1)
            print(f"start-up (dataset read and kept in memory)  {started:6.2f} s")
            first = get(base, "/")
            print(f"first page (/), first request              {first * 1000:6.0f} ms   {verdict(first, 1.0)}")
            role = get(base, "/show", name="Data Scientists")
            print(f"first role page (Data Scientists)           {role * 1000:6.0f} ms   {verdict(role, 1.0)}")
            seconds, ratio = alternate(base, args.runs, [("/show", {"name": "Registered Nurses"}),
                                                          ("/show", {"name": "Python"})])
            print(f"role or skill page, later                   {seconds * 1000:6.0f} ms   {ratio:5.1f}x static file")
            seconds, ratio = alternate(base, args.runs, [("/api/search", {"q": q}) for q in SEARCHES])
            print(f"search answer (/api/search)                 {seconds * 1000:6.0f} ms   {ratio:5.1f}x static file"
                  f"   {verdict(seconds, 0.1)}")
            for source, target in PLANS:
                get(base, "/api/path", **{"from": source, "to": target})  # the first of each pair: not warm
            seconds, ratio = alternate(base, args.runs, [("/api/path", {"from": a, "to": b}) for a, b in PLANS])
            print(f"plan, warm (/api/path)                      {seconds * 1000:6.0f} ms   {ratio:5.1f}x static file"
                  f"   {verdict(seconds, 0.3)}")
            seconds, ratio = alternate(base, args.runs, [("/plan", {"from": a, "to": b}) for a, b in PLANS])
            print(f"planner page with its plan, warm            {seconds * 1000:6.0f} ms   {ratio:5.1f}x static file")
            floor = statistics.median(get(base, BASELINE) for _ in range(args.runs))
            print(f"  (baseline: {BASELINE} from the same server: median {floor * 1000:.1f} ms; "
                  f"medians of {args.runs} requests)")
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=60)


if __name__ == "__main__":
    main()
