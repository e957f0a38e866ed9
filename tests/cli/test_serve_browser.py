"""`graph serve` in a real headless Chromium, with every request blocked but those to the server.

The server runs as a user starts it (`python -m graph serve --port 0`, in a subprocess),
once per module for the bundled graph and once for a dataset of hostile labels.
"""

import json
import re
import signal
import subprocess
import sys

import pytest

from graph.views.text import hours

from ..browser import open_url
from ..conftest import ROLE, ROOT, invoke

INJECTION = ROOT / "tests" / "fixtures" / "viz-injection"
SCREENSHOT = ROOT / "output" / "serve.png"


def start_server(*args):
    """Start `graph [ARGS] serve --port 0`; return the process and the URL it printed."""
    server = subprocess.Popen([sys.executable, "-m", "graph", *map(str, args), "serve", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    found = re.match(r"Serving the graph at (http://127\.0\.0\.1:\d+)/", line)
    if not found:
        server.kill()
        pytest.fail(f"graph serve did not start: {line!r} {server.stderr.read()!r}")
    return server, found.group(1)


@pytest.fixture(scope="module")
def servers():
    started = {}

    def server(*args):
        if args not in started:
            started[args] = start_server(*args)
        return started[args][1]

    yield server
    for process, _ in started.values():
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


@pytest.fixture
def visit(browser, servers):
    """Open a page of a server; after the test, check it logged no error and asked nothing of anyone else."""
    opened = []

    def open_(path, *args):
        origin = servers(*args)
        opened.append((open_url(browser, origin + path, origin), origin))
        return opened[-1][0].page

    yield open_
    for visit_, origin in opened:
        assert visit_.errors == []
        assert all(url.startswith(origin + "/") for url in visit_.requests), visit_.requests
        visit_.page.context.close()


def cli_json(*args):
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def plan_on_page(page):
    """The plan the page shows: the roles of the first path and each step's skills, in order."""
    roles = page.get_attribute("#plan-1", "data-roles").split()
    steps = page.eval_on_selector_all("#plan-1 .step", "(steps) => steps.map((s) => "
                                      "[...s.querySelectorAll('.skills li')].map((li) => [li.dataset.iri, li.textContent]))")
    return roles, steps


def plan_in_cli(planned):
    path = planned["paths"][0]
    return path["role_iris"], [[s["iri"] for s in step["skills"]] for step in path["steps"]]


def test_search_as_you_type_finds_auditor_ai_in_indonesian(visit):
    page = visit("/?lang=id")
    page.fill("#q", "Auditor AI")
    page.wait_for_selector("#suggestions li a")
    first = page.locator("#suggestions li a").first
    assert first.inner_text() == "Auditor AI"
    first.click()
    page.wait_for_selector("body[data-ready=true]")
    assert page.inner_text("#entity-label") == "Auditor AI"
    assert page.get_attribute("#entity", "data-iri") == ROLE + "ai-auditor"


def test_a_role_page_shows_its_requirements_and_draws_its_neighbourhood(visit):
    shown = cli_json("show", "AI Auditor")
    page = visit("/show?name=AI+Auditor")
    rows = page.eval_on_selector_all("#requirements tbody tr", "(rows) => rows.map((r) => [r.dataset.iri, "
                                     "r.cells[0].querySelector('a').textContent, +r.cells[1].textContent])")
    assert rows == [[r["iri"], r["skill"], r["level"]] for r in shown["requirements"]]
    page.wait_for_function("() => window.serveGraph && window.serveGraph.stabilized", timeout=60_000)
    drawn = set(page.evaluate("() => serveGraph.nodes.getIds()"))
    assert {r["iri"] for r in shown["requirements"]} | {ROLE + "ai-auditor"} <= drawn


def test_the_planner_shows_exactly_the_plan_graph_path_prints(visit):
    planned = cli_json("path", "Data Analyst", "AI Auditor", "--hours-per-week", "10")
    page = visit("/plan")
    page.fill("#plan-from", "Data Analyst")
    page.fill("#plan-to", "AI Auditor")
    page.fill("#plan-hours", "10")
    page.click("#plan-form button[type=submit]")
    page.wait_for_selector("#plan-1")
    roles, steps = plan_on_page(page)
    assert (roles, [[iri for iri, _ in step] for step in steps]) == plan_in_cli(planned)
    first = planned["paths"][0]["steps"][0]["skills"][0]
    assert steps[0][0][1] == f"{first['label']}: level {first['from_level']} → {first['level']}, {first['effort']:g} h"
    assert hours(planned["paths"][0]["total_effort"], "en") in page.inner_text("#plan-1 .summary")
    page.wait_for_function("() => window.serveGraph && window.serveGraph.stabilized", timeout=60_000)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT, full_page=True)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_my_skills_are_kept_in_the_browser_and_change_the_plan(visit):
    page = visit("/me?lang=id")
    for name, level in (("Statistik", "4"), ("perlindungan data dan privasi", "2")):
        page.click("#me-add")
        page.locator(".skill-name").last.fill(name)
        page.locator(".skill-level").last.select_option(level)
    page.click("#me-check")
    page.wait_for_function("() => document.querySelectorAll('#me-rows .resolved').length === 2")
    assert page.locator("#me-rows .resolved").all_inner_texts() == ["Dikenali: Statistik", "Dikenali: Perlindungan data dan privasi"]
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator(".skill-name").evaluate_all("(inputs) => inputs.map((i) => i.value)") == \
        ["Statistik", "perlindungan data dan privasi"]
    page.click("#me-plan")
    page.wait_for_selector("body[data-ready=true]")
    assert page.is_checked("input[name=start][value=me]")
    page.fill("#plan-to", "Auditor AI")
    page.click("#plan-form button[type=submit]")
    page.wait_for_selector("#plan-1")
    mine = cli_json("path", "--have", "Statistik=4, Perlindungan data dan privasi=2", "Auditor AI")
    assert plan_on_page(page)[0] == mine["paths"][0]["role_iris"]
    assert [[iri for iri, _ in step] for step in plan_on_page(page)[1]] == plan_in_cli(mine)[1]
    fewer = cli_json("path", "--have", "Statistik=4", "Auditor AI")
    assert plan_in_cli(fewer) != plan_in_cli(mine)  # the skills entered made the difference


def test_an_unknown_skill_gets_suggestions_in_the_page(browser, servers):
    origin = servers()
    opened = open_url(browser, origin + "/me", origin)
    page = opened.page
    page.click("#me-add")
    page.locator(".skill-name").last.fill("Statistcs")
    page.click("#me-check")
    page.wait_for_selector("#me-rows .problem")
    assert "No skill named 'Statistcs'." in page.inner_text("#me-rows .problem")
    page.locator("#me-rows button", has_text="Statistics").click()
    page.wait_for_selector("#me-rows .resolved")
    assert page.inner_text("#me-rows .resolved") == "Recognised: Statistics"
    # the API's 404 for the unknown name (asked on leaving the field and on "check") is all the browser logs
    assert set(opened.errors) == {"Failed to load resource: the server responded with a status of 404 (Not Found)"}
    opened.page.context.close()


def test_the_exported_toml_is_what_graph_path_me_reads(visit, tmp_path):
    page = visit("/me")
    page.click("#me-add")
    page.locator(".skill-name").last.fill("Programming")
    page.locator(".skill-level").last.select_option("3")
    with page.expect_download() as download:
        page.click("#me-export")
    saved = tmp_path / "me.toml"
    download.value.save_as(saved)
    assert (cli_json("path", "--me", saved, "Data Scientist", "--max-step", "2000")
            == cli_json("path", "--have", "Programming=3", "Data Scientist", "--max-step", "2000"))


def test_hostile_labels_show_as_text_and_run_nothing(visit):
    evil = "<img src=x onerror=window.__xss=1>"
    for path in (f"/show?name={ROLE}evil", f"/plan?from=Plain+role&to={ROLE}evil", "/search?q=img"):
        page = visit(path, "--data", INJECTION)
        assert evil in page.inner_text("main")
        if path.startswith("/show"):
            page.wait_for_function("() => window.serveGraph && window.serveGraph.stabilized", timeout=60_000)
        page.fill("#q", "img")
        page.wait_for_selector("#suggestions li a")
        assert evil in page.inner_text("#suggestions")
        assert page.evaluate("() => window.__xss") is None
        assert page.evaluate("() => document.querySelectorAll('main img, main iframe, main svg, main b, main style').length") == 0
        assert page.evaluate("() => [...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))") is False
