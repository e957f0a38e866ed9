"""Shared fixtures: the bundled graph, its projection, a CLI runner and the article texts."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import re
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store.turtle import load_graph
from graph.model.projection import project
from graph.views.messages import message

# Parsed-graph caches go to a private folder, inherited by the subprocesses the tests start.
os.environ["GRAPH_CACHE_DIR"] = tempfile.mkdtemp(prefix="graph-cache-")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GRAPH_SHARED", ROOT.parent / "shared"))
ROLE = "https://w3id.org/aijobs/role/"
SKILL = "https://w3id.org/aijobs/skill/"
SECTOR = "https://w3id.org/aijobs/sector/"


@pytest.fixture(scope="session")
def graph():
    return load_graph()


@pytest.fixture(scope="session")
def G(graph):
    return project(graph)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for one test module (see :mod:`tests.browser`); Playwright is imported only here."""
    from playwright.sync_api import sync_playwright

    from .browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def shared():
    """The team's shared folder (articles, reference data); it sits beside the checkout."""
    if not (SHARED / "seeds").is_dir():
        pytest.fail(f"the shared folder is missing: {SHARED} (set GRAPH_SHARED to its path)")
    return SHARED


def invoke(*args, **kwargs):
    """Run ``graph ARGS...`` in-process, as the one way tests call the CLI; returns the click Result.

    Arguments are turned into strings; stdout and stderr are kept apart (``result.output``
    holds both, as a terminal shows them). An exception the CLI does not turn into a
    one-line error propagates, so a test cannot mistake a crash for an expected exit code.
    """
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture
def cli():
    """:func:`invoke`, as a fixture."""
    return invoke


def run_graph(*args, env=None, cwd=None):
    """Run ``python -m graph`` in a fresh process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=120)


@contextmanager
def raises_worded(kind, match):
    """Like ``pytest.raises(kind, match=...)``, on the error's message as an English user reads it.

    Library errors hold a message key and facts, not words: the words are the views'.
    """
    with pytest.raises(kind) as caught:
        yield caught
    worded = message(caught.value, "en")
    assert re.search(match, worded), worded
