"""Benchmark the `graph viz` page: time from page load until physics has stopped, in headless Chromium.

Usage: python scripts/bench_viz.py [--runs N]

Renders the bundled graph, then opens it from disk (network blocked) N times and reads
``window.viz.stabilizedAt`` (performance.now() when vis-network's stabilisation ended and the
page turned physics off, measured from navigation start). The baseline is the same page with
vis-network's default layout and physics options (improved layout, Barnes-Hut, 1,000
stabilisation iterations), run alternately in the same browser. Also reports the file size
and the Python time to render the page (which computes every role pair's learning path).
"""

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.store.turtle import load_graph  # noqa: E402
from graph.model.projection import project  # noqa: E402
from graph.views.html import render  # noqa: E402
from tests.browser import launch, open_page  # noqa: E402

TARGET_MS = 2000


def with_vis_defaults(page: str) -> str:
    """The same page with vis-network's default layout and physics (the embedded JSON is not hashed by the CSP)."""
    match = re.search(r'(<script type="application/json" id="viz-data">)(.*?)(</script>)', page, re.S)
    data = json.loads(match.group(2))
    del data["options"]["physics"]
    data["options"]["layout"] = {"randomSeed": data["options"]["layout"]["randomSeed"]}  # the same seed, defaults otherwise
    blob = json.dumps(data, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return page[:match.start(2)] + blob + page[match.end(2):]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    graph = load_graph()
    started = time.perf_counter()
    page = render(graph, project(graph))
    render_s = time.perf_counter() - started
    folder = Path(tempfile.mkdtemp(prefix="bench-viz-"))
    ours, baseline = folder / "graph.html", folder / "vis-defaults.html"
    ours.write_text(page, encoding="utf-8")
    baseline.write_text(with_vis_defaults(page), encoding="utf-8")

    timings = {ours: [], baseline: []}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for _ in range(runs):
            for path in (ours, baseline):
                visit = open_page(browser, path)
                if visit.errors or any(not url.startswith("file://") for url in visit.requests):
                    raise SystemExit(f"{path}: errors {visit.errors} or requests {visit.requests}")
                timings[path].append(visit.page.evaluate("() => window.viz.stabilizedAt"))
                visit.page.context.close()
        browser.close()

    ours_ms, base_ms = statistics.median(timings[ours]), statistics.median(timings[baseline])
    print(f"page size: {len(page.encode('utf-8')):,} bytes ({ours.stat().st_size / 2**20:.2f} MiB)")
    print(f"render in Python (with every role pair's learning path): {render_s:.2f} s")
    print(f"load -> physics stopped, median of {runs}: {ours_ms:,.0f} ms "
          f"(min {min(timings[ours]):,.0f}, max {max(timings[ours]):,.0f}); target < {TARGET_MS:,} ms: "
          f"{'met' if ours_ms < TARGET_MS else 'MISSED'}")
    print(f"baseline, vis-network defaults, median of {runs}: {base_ms:,.0f} ms "
          f"(min {min(timings[baseline]):,.0f}, max {max(timings[baseline]):,.0f})")
    print(f"ratio ours / baseline: {ours_ms / base_ms:.2f}")


if __name__ == "__main__":
    main()
