"""`graph viz` pages in a real headless Chromium, opened from disk with the network blocked.

Chromium is Debian's package (installed by scripts/test.sh); a missing browser fails these
tests, it never skips them.
"""

import json
import re

import pytest

from graph.views import html as viz

from ..browser import open_page
from ..conftest import ROLE, ROOT, SECTOR, SKILL, invoke

FIXTURES = ROOT / "tests" / "fixtures"
SCREENSHOTS = ROOT / "output" / "screenshots"
DIMMED = "#eef0f3"
EVIL = ROLE + "evil"


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    """Write a page with `graph viz ARGS` once per module and return its path."""
    folder, built = tmp_path_factory.mktemp("pages"), {}

    def build(*args, data=None):
        prefix = ("--data", str(data)) if data else ()
        if prefix + args not in built:
            target = folder / f"page-{len(built)}.html"
            result = invoke(*prefix, "viz", *args, "-o", target)
            assert result.exit_code == 0, result.output
            built[prefix + args] = target
        return built[prefix + args]

    return build


@pytest.fixture
def visit(browser):
    """Open a page; after the test, check it logged no error and asked for nothing but its own file."""
    opened = []

    def open_(path, **kwargs):
        opened.append(open_page(browser, path, **kwargs))
        return opened[-1]

    yield open_
    for page in opened:
        assert page.errors == []
        assert page.requests and all(url.startswith("file://") for url in page.requests), page.requests
        page.page.context.close()


def cli_json(*args):
    result = invoke(*args, "--format", "json")
    return json.loads(result.stdout)


def visible(page, kind=None):
    return set(page.evaluate("(kind) => viz.nodes.get({filter: (n) => !n.hidden && (!kind || n.kind === kind)})"
                             ".map((n) => n.id)", kind))


def path_on_screen(page):
    """The roles the red path edges join, in order, and the nodes not dimmed."""
    steps = page.evaluate("() => viz.edges.get({filter: (e) => e.relation === 'path'}).map((e) => [e.id, e.from, e.to])")
    steps.sort(key=lambda step: int(step[0].split()[1]))
    roles = [steps[0][1]] + [to for _, _, to in steps] if steps else []
    lit = set(page.evaluate(f"() => viz.nodes.get({{filter: (n) => n.color.background !== '{DIMMED}'}}).map((n) => n.id)"))
    return roles, lit


# ------------------------------------------------------------------ the whole graph

def test_the_page_draws_the_whole_graph_offline_and_physics_stops(page_file, visit, graph, G):
    page = visit(page_file()).page
    D = viz.drawing(graph, G)
    counts = page.evaluate("() => [viz.nodes.length, viz.edges.length, "
                           "Object.keys(viz.network.body.nodes).length, Object.keys(viz.network.body.edges).length]")
    assert counts == [D.number_of_nodes(), D.number_of_edges()] * 2
    assert page.evaluate("() => viz.network.physics.options.enabled") is False
    before = page.evaluate("() => viz.network.getPositions()")
    page.wait_for_timeout(400)
    assert page.evaluate("() => viz.network.getPositions()") == before  # nothing moves once settled
    assert page.evaluate("() => document.body.dataset.ready") == "true"


def test_the_legend_is_visible_and_matches_the_drawing(page_file, visit):
    page = visit(page_file()).page
    assert page.locator("#legend").is_visible()
    for kind, word in (("role", "Role"), ("skill", "Skill"), ("sector", "Sector"), ("concern", "Concern")):
        row = page.locator(f'#legend [data-kind="{kind}"]')
        assert row.is_visible() and row.inner_text().strip() == word
        fill = row.locator("svg > *").get_attribute("fill")
        colours = page.evaluate("(kind) => [...new Set(viz.nodes.get({filter: (n) => n.kind === kind}).map((n) => n.color))]", kind)
        assert colours == [fill]
    assert page.locator('#legend [data-relation="requires"]').is_visible()
    assert page.locator('#legend [data-relation="path"]').is_visible()


def test_search_focuses_the_node_in_either_language(page_file, visit):
    page = visit(page_file()).page
    page.fill("#search", "Auditor AI")
    page.press("#search", "Enter")
    assert page.evaluate("() => viz.network.getSelectedNodes()") == [ROLE + "ai-auditor"]
    centre, node = page.evaluate(f"() => [viz.network.getViewPosition(), viz.network.getPositions(['{ROLE}ai-auditor'])['{ROLE}ai-auditor']]")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    details = page.inner_text("#details")
    assert "AI Auditor" in details and "Auditor AI" in details and "Private sector" in details
    page.fill("#search", "statistik")
    page.press("#search", "Enter")
    assert page.evaluate("() => viz.network.getSelectedNodes()") == [SKILL + "statistics"]
    page.fill("#search", "astronaut")
    page.press("#search", "Enter")
    assert page.inner_text("#search-note") == "Nothing is named “astronaut”."


def test_filters_by_sector_kind_and_concern(page_file, visit, graph, G):
    page = visit(page_file()).page
    total = viz.drawing(graph, G).number_of_nodes()
    page.select_option("#sector-filter", label="Government")
    government = {row["iri"] for row in cli_json("list", "roles", "--sector", "government")}
    assert visible(page, "role") == government
    required = {s for r in government for s, d in G.succ[r].items() if d["relation"] == "requires"}
    assert visible(page, "skill") == required
    assert SECTOR + "government" in visible(page, "sector")
    shown = len(visible(page))
    assert page.inner_text("#status") == f"Showing {shown} of {total} nodes."
    page.uncheck('input[name="kind"][value="skill"]')
    assert visible(page, "skill") == set() and visible(page, "role") == government
    page.select_option("#concern-filter", label="Fear of job displacement")
    assert visible(page) == set()
    assert page.locator("#empty").is_visible() and page.inner_text("#empty") == "Nothing matches these filters."
    page.click("#reset-filters")
    assert len(visible(page)) == total and not page.locator("#empty").is_visible()


@pytest.mark.parametrize("source, target", [("Data Analyst", "AI Auditor"), ("AI Trainer", "AI Auditor"),
                                            ("Copywriter", "Cybersecurity and Data Privacy Specialist")])
def test_the_path_finder_highlights_exactly_the_path_the_cli_prints(page_file, visit, source, target):
    planned = cli_json("path", source, target)["paths"][0]
    page = visit(page_file()).page
    page.select_option("#path-from", label=source)
    page.select_option("#path-to", label=target)
    roles, lit = path_on_screen(page)
    assert roles == planned["role_iris"] and page.evaluate("() => viz.path") == planned["role_iris"]
    learned = {skill["iri"] for step in planned["steps"] for skill in step["skills"]}
    assert lit == set(planned["role_iris"]) | learned  # everything else is dimmed
    borders = page.evaluate("(ids) => ids.map((id) => viz.nodes.get(id).color.border)", planned["role_iris"])
    assert borders == ["#dc2626"] * len(planned["role_iris"])
    items = page.locator("#steps > ol > li")
    assert items.count() == len(planned["steps"])
    for item, step in zip(items.all(), planned["steps"]):
        text = item.inner_text()
        assert text.startswith(f"{step['from']} → {step['to']} (") and all(s["label"] in text for s in step["skills"])
    assert f"Total: {planned['total_effort']:,.0f} h" in page.inner_text("#steps")
    direct = f"Direct move: {planned['direct_effort']:,.0f} h"
    assert (direct in page.inner_text("#steps")) == (len(planned["steps"]) > 1)  # the comparison the CLI prints
    assert ("the direct move" in page.inner_text("#steps")) == planned["detour"]
    page.click("#clear-path")
    assert path_on_screen(page) == ([], set(page.evaluate("() => viz.nodes.getIds()")))


def test_a_pair_with_no_path_shows_the_reason(visit, tmp_path, monkeypatch):
    from graph.views import html as viz
    monkeypatch.setattr(viz, "DEFAULT_MAX_STEP", 300.0)  # a budget under which this pair has no path
    result = invoke("path", "AI Auditor", "AI Policy and Ethics Specialist", "--max-step", "300")
    assert result.exit_code == 1
    target = tmp_path / "tight.html"
    assert invoke("viz", "-o", target).exit_code == 0
    page = visit(target).page
    page.select_option("#path-from", label="AI Auditor")
    page.select_option("#path-to", label="AI Policy and Ethics Specialist")
    text = page.inner_text("#steps")
    reason = re.sub(r" \(--max-step \d+\)", "", result.stderr.removeprefix("Error: ").strip())  # no CLI option on a page
    assert "No path." in text and reason in text
    roles, lit = path_on_screen(page)
    assert roles == [] and len(lit) == page.evaluate("() => viz.nodes.length")


def test_the_path_option_opens_highlighted_in_indonesian(page_file, visit):
    planned = cli_json("path", "Analis Data", "Auditor AI", "--lang", "id")["paths"][0]
    page = visit(page_file("--lang", "id", "--path", "Analis Data", "Auditor AI")).page
    assert path_on_screen(page)[0] == planned["role_iris"]
    assert page.evaluate("() => [document.querySelector('#path-from').value, document.querySelector('#path-to').value]") == \
        [planned["role_iris"][0], planned["role_iris"][-1]]
    steps = page.inner_text("#steps")
    assert f"{planned['steps'][0]['from']} → {planned['steps'][0]['to']}" in steps and "jam" in steps
    assert page.inner_text('#legend [data-kind="role"]').strip() == "Peran"
    assert page.evaluate("() => document.documentElement.lang") == "id"


def test_a_new_user_finds_auditor_ai_filters_government_and_sees_the_path_from_analis_data(visit, graph):
    """The release page, output/graph.html, as a counsellor would use it (and the README screenshot)."""
    page = visit(ROOT / "output" / "graph.html").page
    page.fill("#search", "Auditor AI")
    page.click("#search-form button")
    assert page.evaluate("() => viz.network.getSelectedNodes()") == [ROLE + "ai-auditor"]
    page.select_option("#sector-filter", label="Government")
    assert visible(page, "role") == {row["iri"] for row in cli_json("list", "roles", "--sector", "government")}
    planned = cli_json("path", "Analis Data", "Auditor AI")["paths"][0]
    page.select_option("#path-from", label="Data Analyst")  # "Analis Data" in English
    page.select_option("#path-to", label="AI Auditor")
    assert path_on_screen(page)[0] == planned["role_iris"]
    assert set(planned["role_iris"]) <= visible(page, "role")  # the path stays drawn through the filter
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "graph.png")
    assert (SCREENSHOTS / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ hostile labels and empty views

def test_injected_labels_show_as_text_and_run_nothing(page_file, visit):
    page = visit(page_file(data=FIXTURES / "viz-injection")).page
    evil = "<img src=x onerror=window.__xss=1>"
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img, iframe, a, b, main svg').length") == 0
    assert page.evaluate("() => [...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))") is False
    assert page.locator("main").is_visible()  # an injected <style> did not hide the page
    # hover: the tooltip shows both labels, the definition, sectors and concerns as text
    position = page.evaluate(f"() => viz.network.canvasToDOM(viz.network.getPositions(['{EVIL}'])['{EVIL}'])")
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + position["x"], box["y"] + position["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    tip = page.inner_text("div.vis-tooltip")
    for text in (evil, "<img src=y onerror=window.__xss=2>", "</script><script>window.__xss=3</script>",
                 "Sectors: <b onmouseover=window.__xss=8>Sector</b>", "Concerns: <script>window.__xss=9</script>"):
        assert text in tip
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    assert evil in page.inner_text("#details")
    assert evil in page.locator("#path-from option").all_inner_texts()
    page.fill("#search", evil)
    page.press("#search", "Enter")
    assert page.evaluate("() => viz.network.getSelectedNodes()") == [EVIL]
    page.select_option("#path-from", label="Plain role")
    page.select_option("#path-to", label=evil)
    assert "→ " + evil in page.inner_text("#steps")
    assert page.evaluate("() => window.__xss") is None


def test_an_empty_view_says_so(page_file, visit):
    page = visit(page_file("--sector", "government", "--concern", "Fear of job displacement")).page
    assert page.evaluate("() => viz.nodes.length") == 0
    assert page.locator("#empty").is_visible()
    assert page.inner_text("#empty") == ("Nothing matches this view: sector Government, concern Fear of job displacement. "
                                         "Try another sector, concern or name.")
