"""`graph viz` without a browser: focused views, embedded paths, determinism, offline page, bad input."""

import json
import re
import shutil

import networkx as nx
import pytest

from graph.views import html as viz
from graph.errors import NoPathError, OptionError
from graph.store.turtle import load_graph, ontology_dir
from graph.model.search import learning_path
from graph.model.projection import DERIVED, project, roles

from ..conftest import ROLE, SECTOR, SKILL, invoke, run_graph
from ..conftest import raises_worded

CONCERN = "https://w3id.org/aijobs/concern/"


def page_data(html: str) -> dict:
    """The JSON the page embeds (nodes, edges, paths, ...)."""
    return json.loads(re.search(r'<script type="application/json" id="viz-data">(.*?)</script>', html, re.S).group(1))


@pytest.fixture(scope="module")
def full(graph, G):
    return viz.render(graph, G)


@pytest.fixture(scope="module")
def D(graph, G):
    return viz.drawing(graph, G)


def test_the_page_draws_every_role_skill_sector_and_concern(full, graph, G, D):
    data = page_data(full)
    kinds = {node["id"]: node["kind"] for node in data["nodes"]}
    assert set(kinds) == set(D)
    assert sum(kind == "role" for kind in kinds.values()) == len(roles(G))
    assert sum(kind == "skill" for kind in kinds.values()) == sum(k == "skill" for _, k in G.nodes(data="kind"))
    assert {kinds[SECTOR + "government"], kinds[CONCERN + "privacy"]} == {"sector", "concern"}
    assert len(data["edges"]) == D.number_of_edges()
    # each kind its own shape and colour, as the legend says
    style = {(node["kind"], node["shape"], node["color"]) for node in data["nodes"]}
    assert len(style) == 4 and len({s[1] for s in style}) == 4 and len({s[2] for s in style}) == 4
    relations = {edge["relation"] for edge in data["edges"]}
    assert relations == {"requires", "prerequisite", "in_sector", "part_of", "addresses"}
    for edge in data["edges"]:
        if edge["relation"] == "requires":
            level = G.edges[edge["from"], edge["to"]]["level"]
            assert f"level {level}" in edge["title"] and edge["dashes"] is not G.edges[edge["from"], edge["to"]]["essential"]


def test_tooltip_data_has_both_labels_definition_sectors_and_concerns(full):
    data = page_data(full)
    analyst = next(node for node in data["nodes"] if node["id"] == ROLE + "data-analyst")
    assert data["names"][analyst["id"]] == ["Data Analyst", "Analis Data"]
    assert analyst["definition"].startswith("Collects, processes and analyses")
    assert SECTOR + "government" in analyst["sectors"] and CONCERN + "privacy" in analyst["concerns"]
    assert all(len(data["names"][iri]) == 2 and all(data["names"][iri]) for iri in data["names"])
    assert "title" not in analyst  # tooltips are built in the page as DOM text, never from an HTML string


def check_embedded_paths(page, G, max_step):
    """Every role pair carries the path learning_path finds, or its no-path reason; returns how many have none."""
    data = page_data(page)
    members = roles(G)
    assert len(data["paths"]) == len(members) * (len(members) - 1)
    none = 0
    for key, entry in data["paths"].items():
        source, target = key.split(" ")
        try:
            best = learning_path(G, source, target, max_step=max_step)[0]
        except NoPathError as err:
            none += 1
            assert entry == {"none": viz.no_path_reason(G, err, "en")}
            continue
        assert {k: entry[k] for k in ("roles", "effort", "direct", "detour")} == {
            "roles": list(best.roles), "effort": best.total_effort, "direct": best.direct.effort, "detour": best.detour}
        assert len(entry["steps"]) == len(best.steps)
        for move, step in zip(entry["steps"], best.steps):  # each step as the path costs it, from what is held
            assert move["effort"] == step.effort
            assert move["skills"] == [[g.skill, g.from_level, g.level, g.effort, g.reason] for g in step.gains]
    return none


def test_every_role_pair_embeds_the_path_learning_path_finds(full, G):
    assert check_embedded_paths(full, G, viz.DEFAULT_MAX_STEP) < len(roles(G)) ** 2


def test_pairs_without_a_path_embed_the_reason(graph, G, monkeypatch):
    monkeypatch.setattr(viz, "DEFAULT_MAX_STEP", 300.0)  # a tight budget leaves some roles out of reach
    assert check_embedded_paths(viz.render(graph, G), G, 300.0) > 0


def test_the_page_is_self_contained_and_fetches_nothing(full):
    assert full.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", full, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", full, re.I) and "@import" not in full
    assert "<link" not in full and "bootstrap" not in full.lower()
    assert not re.search(r"<script[^>]+src", full)
    assert "vis.Network" in full and "vis-network" in full  # vis-network is inlined
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', full).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_layout_seed_is_fixed_and_physics_settles(full):
    options = page_data(full)["options"]
    assert options["layout"]["randomSeed"] == viz.LAYOUT_SEED
    assert options["physics"]["stabilization"]["enabled"] is True
    assert "setOptions({physics: {enabled: false}})" in full  # turned off once settled


def test_the_page_is_byte_identical_whatever_the_hash_seed(tmp_path):
    pages = []
    for seed in ("1", "2"):
        target = tmp_path / f"graph-{seed}.html"
        result = run_graph("viz", "-o", target, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        pages.append(target.read_bytes())
    assert pages[0] == pages[1] and len(pages[0]) > 500_000


def test_rendering_does_not_mutate_the_projection(graph):
    G = project(graph)
    nodes, edges = [(n, dict(d)) for n, d in G.nodes(data=True)], [(u, v, dict(d)) for u, v, d in G.edges(data=True)]
    attrs = {k: v for k, v in G.graph.items() if k not in DERIVED}  # what the model derives and keeps on it
    viz.render(graph, G, viz.select(graph, G, around=ROLE + "data-analyst", path=(ROLE + "data-analyst", ROLE + "ai-auditor")))
    assert nx.is_frozen(G)
    assert [(n, dict(d)) for n, d in G.nodes(data=True)] == nodes
    assert [(u, v, dict(d)) for u, v, d in G.edges(data=True)] == edges and {k: v for k, v in G.graph.items() if k not in DERIVED} == attrs


def test_the_language_changes_labels_and_words_but_tooltips_keep_both(graph, G):
    view = viz.select(graph, G, around=ROLE + "data-analyst")
    en, id_ = page_data(viz.render(graph, G, view, lang="en")), page_data(viz.render(graph, G, view, lang="id"))
    label = lambda data: next(n["label"] for n in data["nodes"] if n["id"] == ROLE + "data-analyst")  # noqa: E731
    assert (label(en), label(id_)) == ("Data Analyst", "Analis Data")
    assert en["names"] == id_["names"] and en["words"]["legend"] == "Legend" and id_["words"]["legend"] == "Keterangan"
    assert set(en["words"]) == set(id_["words"])
    with raises_worded(OptionError, match="unknown language 'fr'"):
        viz.render(graph, G, view, lang="fr")


# ------------------------------------------------------------------ focused views

def test_around_keeps_the_nodes_within_depth_links(graph, G, D):
    undirected = D.to_undirected()
    for depth in (1, 2):
        view = viz.select(graph, G, around=SKILL + "statistics", depth=depth)
        distance = nx.single_source_shortest_path_length(undirected, SKILL + "statistics", cutoff=depth)
        assert set(view.nodes) == set(distance)
        assert {(u, v) for u, v, _ in view.edges} == set(D.subgraph(view.nodes).edges)
    assert len(viz.select(graph, G, around=SKILL + "statistics", depth=1).nodes) < len(view.nodes) < len(D)


def test_sector_view_is_the_sector_roles_with_their_links(graph, G, cli):
    view = viz.select(graph, G, sector=SECTOR + "government")
    listed = {row["iri"] for row in json.loads(cli("list", "roles", "--sector", "government", "--format", "json").stdout)}
    drawn = {n for n, kind in view.nodes.items() if kind == "role"}
    assert drawn == listed
    skills = {n for n, kind in view.nodes.items() if kind == "skill"}
    assert skills == {s for r in listed for s, d in G.succ[r].items() if d["relation"] == "requires"}
    assert SECTOR + "government" in view.nodes
    # the path finder covers exactly the roles in view
    assert set(view.paths) == {(a, b) for a in drawn for b in drawn if a != b}


def test_sector_and_concern_combine(graph, G):
    view = viz.select(graph, G, sector=SECTOR + "government", concern=CONCERN + "privacy")
    drawn = {n for n, kind in view.nodes.items() if kind == "role"}
    assert drawn and all(SECTOR + "government" in G.nodes[r]["sectors"] and CONCERN + "privacy" in G.nodes[r]["concerns"]
                         for r in drawn)


def test_path_roles_are_always_drawn(graph, G):
    pair = (ROLE + "ai-trainer", ROLE + "ai-auditor")  # both ends outside the government sector
    view = viz.select(graph, G, sector=SECTOR + "government", path=pair)
    best = learning_path(G, *pair, sector=SECTOR + "government")[0]  # the path honours the view's sector
    assert set(best.roles) <= set(view.nodes) and view.paths[pair] == best and view.path == pair
    assert all(SECTOR + "government" in G.nodes[r]["sectors"] for r in best.roles[1:-1]) and len(best.roles) > 2


def test_an_empty_view_renders_a_page_that_says_so(cli, tmp_path):
    target = tmp_path / "empty.html"
    result = cli("viz", "--sector", "government", "--concern", "Fear of job displacement", "-o", target)
    assert result.exit_code == 0 and "0 nodes" in result.stderr
    data = page_data(target.read_text())
    assert data["nodes"] == [] and data["focus"]["sector"] == SECTOR + "government"
    assert "Nothing matches this view" in data["words"]["empty_view"]


def test_path_finder_is_left_out_above_its_role_limit(graph, G, monkeypatch):
    monkeypatch.setattr(viz, "MAX_PATH_ROLES", 5)
    pair = (ROLE + "data-analyst", ROLE + "ai-auditor")
    view = viz.select(graph, G, path=pair)
    assert view.finder is False and list(view.paths) == [pair]
    assert page_data(viz.render(graph, G, view))["finder"] is False


# ------------------------------------------------------------------ big graphs

@pytest.fixture(scope="module")
def big_data(tmp_path_factory):
    """The bundled graph plus 10 synthetic roles needing 40 synthetic skills each: over 500 nodes."""
    folder = tmp_path_factory.mktemp("big")
    shutil.copytree(ontology_dir(), folder, dirs_exist_ok=True)
    lines = ["@prefix aij: <https://w3id.org/aijobs/ontology#> .", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix role: <https://w3id.org/aijobs/role/> .", "@prefix skill: <https://w3id.org/aijobs/skill/> .",
             "@prefix concern: <https://w3id.org/aijobs/concern/> .", "@prefix req: <https://w3id.org/aijobs/requirement/> .",
             'concern:synthetic a aij:Concern ; skos:prefLabel "Synthetic concern"@en , "Isu sintetis"@id .']
    for r in range(10):
        lines.append(f'role:syn-{r} a aij:Role ; skos:prefLabel "Synthetic role {r}"@en , "Peran sintetis {r}"@id ; '
                     f"aij:addressesConcern concern:synthetic .")
        for s in range(40):
            number = r * 40 + s
            lines.append(f'skill:syn-{number} a aij:TechnicalSkill ; skos:prefLabel "Synthetic skill {number}"@en , '
                         f'"Keterampilan sintetis {number}"@id ; aij:effortHours 5 .')
            lines.append(f"req:syn-{r}-{number} a aij:SkillRequirement ; aij:ofRole role:syn-{r} ; "
                         f"aij:requiresSkill skill:syn-{number} ; aij:level 2 ; aij:essential true .")
    (folder / "synthetic.ttl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_a_big_graph_is_refused_without_a_focus(big_data, tmp_path):
    G = project(load_graph(big_data))
    assert G.number_of_nodes() > viz.MAX_NODES
    result = invoke("--data", big_data, "viz", "-o", tmp_path / "big.html")
    assert result.exit_code == 2
    drawn = re.match(r"Error: the graph has (\d+) nodes, more than the 400 a browser lays out comfortably;", result.stderr)
    assert drawn and int(drawn[1]) >= G.number_of_nodes()
    assert "--around NAME --depth N" in result.stderr and "--sector S" in result.stderr
    assert not (tmp_path / "big.html").exists()


@pytest.mark.parametrize("focus", [["--around", "Synthetic role 3"], ["--sector", "government"],
                                   ["--path", "Synthetic role 1", "Data Analyst"]])
def test_a_big_graph_renders_a_focused_view(big_data, tmp_path, focus):
    target = tmp_path / "focus.html"
    result = invoke("--data", big_data, "viz", *focus, "-o", target)
    assert result.exit_code == 0, result.output
    data = page_data(target.read_text())
    nodes = {n["id"] for n in data["nodes"]}
    graph = load_graph(big_data)
    G = project(graph)
    D = viz.drawing(graph, G)
    if focus[0] == "--around":  # exactly the nodes one link away from the centre, in either direction
        assert nodes == set(nx.ego_graph(D.to_undirected(as_view=True), ROLE + "syn-3", radius=1))
    if focus[0] == "--sector":  # only government roles, all of them, and what they link to
        drawn = {n for n in nodes if D.nodes[n]["kind"] == "role"}
        assert drawn == {r for r in roles(G) if SECTOR + "government" in G.nodes[r]["sectors"]}
        assert all(v in nodes for r in drawn for v in D.succ[r])
    if focus[0] == "--path":
        assert {ROLE + "syn-1", ROLE + "data-analyst"} <= {n["id"] for n in data["nodes"]}
        assert data["initial"] == [ROLE + "syn-1", ROLE + "data-analyst"]


def test_a_focused_view_that_is_still_too_big_is_refused(big_data, tmp_path):
    result = invoke("--data", big_data, "viz", "--concern", "Synthetic concern", "-o", tmp_path / "x.html")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("Error: the view has 411 nodes, more than the 400 a browser lays out comfortably; "
                                     "narrow it: a smaller --depth, or --sector and --concern together")


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("args", [["--path", "Data Analist", "AI Auditor"], ["--path", "Data Analyst", "Auditor A"]])
def test_unknown_path_names_get_the_same_suggestions_as_graph_path(cli, args, tmp_path):
    shown = cli("viz", *args, "-o", tmp_path / "x.html")
    planned = cli("path", *args[1:])
    assert shown.exit_code == planned.exit_code == 2
    assert shown.stderr == planned.stderr and "Did you mean:" in shown.stderr
    assert not (tmp_path / "x.html").exists()


def test_unknown_around_name_gets_suggestions(cli, tmp_path):
    result = cli("viz", "--around", "Statistik dasar", "-o", tmp_path / "x.html")
    assert result.exit_code == 2 and result.stderr == cli("show", "Statistik dasar").stderr
    assert "Did you mean: Statistics" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--around", "Official training"], "Error: 'Official training' is a route, not drawn: --around takes a role, skill, sector or concern\n"),
    (["--depth", "2"], "Error: --depth needs --around.\n"),
    (["--path", "Statistics", "AI Auditor"], "Error: 'Statistics' is a skill, not a role.\n"),
    (["--sector", "privacy"], "Error: 'privacy' is a concern, not a sector.\n"),
])
def test_bad_options_are_usage_errors(cli, tmp_path, args, message):
    result = cli("viz", *args, "-o", tmp_path / "x.html")
    assert result.exit_code == 2 and result.stderr == message


def test_no_path_still_writes_the_page_and_says_why(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(viz, "DEFAULT_MAX_STEP", 300.0)  # no path within this budget
    target = tmp_path / "x.html"
    result = cli("viz", "--path", "AI Auditor", "AI Policy and Ethics Specialist", "--around", "AI Auditor", "-o", target)
    planned = cli("path", "AI Auditor", "AI Policy and Ethics Specialist", "--max-step", "300")
    assert result.exit_code == 0 and planned.exit_code == 1
    reason = planned.stderr.removeprefix("Error: ").strip()
    assert result.stderr.startswith(f"Note: {reason}\n")
    page = page_data(target.read_text())["paths"][f"{ROLE}ai-auditor {ROLE}ai-policy-ethics-specialist"]["none"]
    assert page == re.sub(r" \(--max-step \d+\)", "", reason) != reason  # the page names no command-line option


def test_unwritable_output_is_a_clear_error_and_keeps_the_existing_file(cli, tmp_path):
    missing = tmp_path / "no-such-folder" / "graph.html"
    result = cli("viz", "--around", "Data Analyst", "-o", missing)
    assert result.exit_code == 1 and result.stderr == f"Error: {missing}: folder {missing.parent} does not exist\n"
    result = cli("viz", "--around", "Data Analyst", "-o", "/proc/graph.html")
    assert result.exit_code == 1 and result.stderr.startswith("Error: /proc/graph.html: cannot write (")
    existing = tmp_path / "graph.html"
    existing.write_text("previous page\n")
    assert cli("viz", "--path", "Data Analist", "AI Auditor", "-o", existing).exit_code == 2
    broken = tmp_path / "data"
    shutil.copytree(ontology_dir(), broken)
    (broken / "roles.ttl").write_text("role:x a", encoding="utf-8")
    result = cli("--data", broken, "viz", "-o", existing)
    assert result.exit_code == 1 and "roles.ttl:1:" in result.stderr
    assert existing.read_text() == "previous page\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "graph.html"]  # no temp file left behind


def test_default_output_is_output_graph_html(tmp_path):
    result = run_graph("viz", "--around", "AI Auditor", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "graph.html").is_file()
    assert re.fullmatch(r"Wrote output/graph\.html \([\d,]+ bytes; \d+ nodes, \d+ edges\)\.\n", result.stderr)
    assert result.stdout == ""


def test_viz_draws_focused_views_of_imported_data(tmp_path):
    from graph.store.dataset import Dataset
    from graph.store.importers.onet import ROLE as ONET
    from ..import_fixtures import write_onet

    folder, target = tmp_path / "data", tmp_path / "imported.html"
    assert invoke("--data", folder, "import", "onet", write_onet(tmp_path / "onet-29.2")).exit_code == 0
    result = invoke("--data", folder, "viz", "--around", "Data Scientists", "-o", target)
    assert result.exit_code == 0, result.output
    page = target.read_text()
    edges = {(e["from"], e["to"], e["relation"]) for e in page_data(page)["edges"]}
    assert (ONET + "15-2051.00", ROLE + "data-scientist", "exactMatch") in edges  # the alignment link is drawn
    assert 'data-relation="exactMatch"' in page  # and named in the legend
    dataset = Dataset(folder)
    G, whole = dataset.projection(), dataset.graph()
    assert page == viz.render(whole, G, viz.select(whole, G, around=ONET + "15-2051.00"))  # reading a part changes nothing


def test_the_legend_names_alignment_links_only_when_a_view_draws_one(cli, tmp_path):
    target = tmp_path / "bundled.html"
    assert cli("viz", "-o", target).exit_code == 0
    assert 'data-relation="exactMatch"' not in target.read_text() and 'data-relation="requires"' in target.read_text()
