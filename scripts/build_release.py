"""Regenerate the release artifacts in output/ from the hand-edited ontology/*.ttl.

Usage: python scripts/build_release.py [OUTPUT_DIR]

Writes aijobs.ttl (Turtle), aijobs.jsonld (JSON-LD), aijobs.nt (N-Triples) and graph.html
(the interactive page of `graph viz`). The same
input always gives the same bytes, so a stale artifact shows up as a diff (and a failing test).
"""

import sys
from pathlib import Path

from graph.store.export import FORMATS, serialize, write_atomic
from graph.store.turtle import load_graph
from graph.model.projection import project
from graph.views.html import render

#: The artifacts, by format.
ARTIFACTS = {"turtle": "aijobs.ttl", "jsonld": "aijobs.jsonld", "nt": "aijobs.nt"}


def build(output_dir: Path) -> list[Path]:
    """Write every artifact into ``output_dir`` and return their paths."""
    graph = load_graph()
    output_dir.mkdir(parents=True, exist_ok=True)
    written = [write_atomic(output_dir / name, serialize(graph, fmt)) for fmt, name in ARTIFACTS.items() if fmt in FORMATS]
    return written + [write_atomic(output_dir / "graph.html", render(graph, project(graph)).encode("utf-8"))]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "output"
    for path in build(target):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
