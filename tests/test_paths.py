"""Learning paths: feasibility, optimality, constraints, determinism, and the CLI's answers."""

import itertools
import json

import networkx as nx
import pytest

from graph.errors import NoPathError, OptionError
from graph.model.effort import DEFAULT_MAX_STEP, PREREQUISITE_LEVEL, climb_cost, held, move, skill_gap
from graph.model.ranking import next_moves
from graph.model.relatedness import similarity
from graph.model.search import learning_path, smallest_budget
from graph.model.projection import profile, project, roles

from .conftest import ROLE, SECTOR, run_graph

DA, AUDITOR, POLICY = ROLE + "data-analyst", ROLE + "ai-auditor", ROLE + "ai-policy-ethics-specialist"
GOVERNMENT = SECTOR + "government"


def check_path(G, path, max_step=DEFAULT_MAX_STEP):
    """Every property a learning path must have, checked from first principles."""
    assert path.roles[0] == path.steps[0].source and path.roles[-1] == path.steps[-1].target
    assert len(path.roles) == len(set(path.roles)) == len(path.steps) + 1
    for (a, b), step in zip(zip(path.roles, path.roles[1:]), path.steps):
        assert (step.source, step.target) == (a, b)
        assert step.effort <= max_step
        assert step.effort == pytest.approx(sum(g.effort for g in step.gains))
        have = held(G, a)
        after = dict(have)
        for gain in step.gains:  # learning order: every prerequisite is already at its level
            assert gain.from_level == have.get(gain.skill, 0) < gain.level
            assert gain.effort == climb_cost(G, gain.skill, gain.from_level, gain.level)
            for prerequisite in G.successors(gain.skill):
                if G.edges[gain.skill, prerequisite]["relation"] == "prerequisite":
                    assert after.get(prerequisite, 0) >= min(PREREQUISITE_LEVEL, gain.level), (gain, prerequisite)
            after[gain.skill] = gain.level
        for skill, level in profile(G, b, essential_only=True).items():
            assert after.get(skill, 0) >= level  # the move really qualifies for every essential skill
    assert path.total_effort == pytest.approx(sum(s.effort for s in path.steps))


def test_projection_is_pure_and_frozen(graph, G):
    size = len(graph)
    again = project(graph)
    assert len(graph) == size
    assert nx.utils.graphs_equal(G, again) and nx.is_frozen(again)
    with pytest.raises(nx.NetworkXError):
        again.add_node("x")
    assert len(roles(G)) == 27
    assert all(G.nodes[s]["kind"] == "skill" for r in roles(G) for s in profile(G, r))


def test_data_analyst_to_ai_auditor(G):
    best = learning_path(G, DA, AUDITOR)[0]
    check_path(G, best)
    assert move(G, DA, AUDITOR).effort > DEFAULT_MAX_STEP  # the direct jump is too big for one move ...
    assert len(best.steps) >= 2  # ... so the plan uses stepping stones


def test_best_path_is_optimal_by_brute_force(G):
    best = learning_path(G, DA, AUDITOR)[0]
    cheapest = min(
        sum(move(G, a, b).effort for a, b in zip(chain, chain[1:]))
        for middle in itertools.chain.from_iterable(itertools.permutations(set(roles(G)) - {DA, AUDITOR}, n) for n in (0, 1, 2))
        for chain in [(DA, *middle, AUDITOR)]
        if all(move(G, a, b).effort <= DEFAULT_MAX_STEP for a, b in zip(chain, chain[1:]))
    )
    assert best.total_effort == cheapest


def test_k_alternatives_are_distinct_feasible_and_ordered(G):
    found = learning_path(G, DA, AUDITOR, k=4)
    assert len(found) == 4 and len({p.roles for p in found}) == 4
    keys = [(p.total_effort, len(p.roles), p.roles) for p in found]
    assert keys == sorted(keys)
    for p in found:
        check_path(G, p)


def test_via_avoid_sector_and_step_limits_are_honoured(G):
    tech_auditor = ROLE + "technology-auditor"
    compliance = ROLE + "ai-compliance-officer"
    via = learning_path(G, DA, AUDITOR, via=compliance)[0]
    assert compliance in via.roles[1:-1]
    check_path(G, via)
    avoided = learning_path(G, DA, AUDITOR, avoid=[tech_auditor], k=3)
    assert all(tech_auditor not in p.roles for p in avoided)
    gov = learning_path(G, DA, ROLE + "ml-specialist", sector=GOVERNMENT, k=3)
    assert all(GOVERNMENT in G.nodes[r]["sectors"] for p in gov for r in p.roles[1:-1])
    tight = learning_path(G, DA, AUDITOR, max_step=700, k=2)
    for p in tight:
        check_path(G, p, max_step=700)
    short = learning_path(G, DA, AUDITOR, max_steps=2, k=5)
    assert all(len(p.steps) <= 2 for p in short)


def test_no_path_explains_the_smallest_budget_that_works(G):
    with pytest.raises(NoPathError) as err:
        learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=600)
    needed = smallest_budget(G, DA, POLICY, allowed={r for r in roles(G) if GOVERNMENT in G.nodes[r]["sectors"]})
    assert needed > 600
    assert f"smallest per-move budget that works is {needed:g} h" in str(err.value)
    check_path(G, learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=needed)[0], max_step=needed)
    with pytest.raises(NoPathError):
        learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=needed - 1)


def test_same_role_and_contradictory_options(G):
    same = learning_path(G, DA, DA)
    assert same[0].steps == () and same[0].total_effort == 0
    with pytest.raises(OptionError, match="the role to pass through is also a role to avoid"):
        learning_path(G, DA, AUDITOR, via=ROLE + "ai-trainer", avoid=[ROLE + "ai-trainer"])
    with pytest.raises(OptionError):
        learning_path(G, DA, AUDITOR, avoid=[AUDITOR])
    with pytest.raises(OptionError):
        learning_path(G, DA, AUDITOR, max_step=0)


def test_next_moves_are_ranked_by_relatedness(G):
    ranked = next_moves(G, DA, k=30).moves
    keys = [(-m.relatedness, m.move.effort, m.move.target) for m in ranked]
    assert ranked and keys == sorted(keys)
    assert {m.move.target for m in ranked[:2]} == {ROLE + "data-scientist", ROLE + "big-data-specialist"}
    for m in ranked:
        assert all(skill in G.succ[DA] and skill in G.succ[m.move.target] for skill, _ in m.builds_on)
        assert m.relatedness == similarity(G, DA, m.move.target)
        assert m.fits == (m.move.effort <= DEFAULT_MAX_STEP)
    assert len(next_moves(G, DA, k=3).moves) == 3
    gov = next_moves(G, DA, sector=GOVERNMENT, k=30).moves
    assert gov and all(GOVERNMENT in G.nodes[m.move.target]["sectors"] for m in gov)


def test_similarity_is_symmetric_and_bounded(G):
    for a, b in itertools.combinations(roles(G), 2):
        assert similarity(G, a, b) == similarity(G, b, a)
        assert 0 <= similarity(G, a, b) < 1


def test_gap_partitions_the_target_requirements(G):
    for a, b in [(DA, AUDITOR), (DA, ROLE + "data-scientist"), (ROLE + "copywriter", ROLE + "content-creator"),
                 (ROLE + "online-public-service-manager", ROLE + "e-government-transformation-specialist")]:
        gap = skill_gap(G, a, b)
        have = held(G, a)
        for skill, level, required, _ in gap.matched:
            assert have[skill] == level >= required
        essential = {g.skill for g in gap.missing_essential.gains if g.reason == "essential"}
        optional = {g.skill for g in gap.missing_optional}
        learned = {g.skill: g.level for g in gap.missing_essential.gains}
        for g in gap.missing_optional:  # never counted twice: optional gaps start where the essential move ends
            assert g.from_level == learned.get(g.skill, have.get(g.skill, 0)) < g.level
        matched = {s for s, *_ in gap.matched}
        covered = {s for s, level in learned.items() if level >= profile(G, b).get(s, 99)}
        assert matched | essential | optional | covered == set(profile(G, b))
        assert not (matched & essential or matched & optional or essential & optional)
        assert gap.missing_essential.effort == move(G, a, b).effort


# ------------------------------------------------------------------ the command line

def test_cli_path_text_is_readable(cli):
    result = cli("path", "Data Analyst", "AI Auditor")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("From Data Analyst to AI Auditor: 2 moves,")
    assert "  1. Data Analyst → " in result.stdout and "Learn, in this order:" in result.stdout
    assert lines[-1].strip().startswith("Total:")


def test_cli_path_json_matches_the_library(cli, G):
    data = json.loads(cli("path", "analis data", "auditor ai", "--k", "2", "--format", "json").stdout)
    assert list(data) == ["from", "to", "max_step", "paths"]
    expected = learning_path(G, DA, AUDITOR, k=2)
    assert [p["role_iris"] for p in data["paths"]] == [list(p.roles) for p in expected]
    for p in data["paths"]:
        assert p["total_effort"] == sum(s["effort"] for s in p["steps"])
        for step in p["steps"]:
            assert step["effort"] == sum(s["effort"] for s in step["skills"])
            assert all({"label", "level", "effort"} <= set(s) for s in step["skills"])


def test_cli_path_in_indonesian_and_markdown(cli):
    text = cli("path", "Analis Data", "Spesialis Machine Learning", "--sector", "pemerintahan", "--lang", "id").stdout
    assert text.startswith("Dari Analis Data ke Spesialis Machine Learning:") and "jam" in text
    markdown = cli("path", "Data Analyst", "AI Auditor", "--format", "markdown").stdout
    assert markdown.startswith("## From Data Analyst to AI Auditor") and "| # | Skill | Level | Effort |" in markdown


def test_cli_path_json_is_identical_across_hash_seeds():
    args = ("path", "Data Analyst", "AI Auditor", "--k", "5", "--format", "json")
    outputs = {run_graph(*args, env={"PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2")}
    assert len(outputs) == 1


def test_cli_path_errors(cli):
    unknown = cli("path", "Data Analist", "AI Auditor")
    assert unknown.exit_code == 2 and "Did you mean: Data Analyst" in unknown.stderr
    skill = cli("path", "Statistics", "AI Auditor")
    assert skill.exit_code == 2 and skill.stderr.strip() == "Error: 'Statistics' is a skill, not a role."
    sector = cli("path", "Data Analyst", "Government")
    assert sector.exit_code == 2 and "is a sector, not a role" in sector.stderr
    same = cli("path", "Data Analyst", "analis data")
    assert same.exit_code == 0 and same.stdout.strip() == "Data Analyst and Data Analyst are the same role: there is nothing to learn."
    none = cli("path", "Data Analyst", "AI Policy and Ethics Specialist", "--sector", "government", "--max-step", "600")
    assert none.exit_code == 1 and "--max-step" in none.stderr and "Traceback" not in none.output
    both = cli("path", "Data Analyst", "AI Auditor", "--via", "AI Trainer", "--avoid", "ai trainer")
    assert both.exit_code == 2 and "--via and --avoid name the same role" in both.stderr
    bad = cli("path", "Data Analyst", "AI Auditor", "--max-step", "-5")
    assert bad.exit_code == 2


def test_cli_next_and_gap(cli):
    result = cli("next", "Data Analyst", "--k", "3", "--format", "json")
    data = json.loads(result.stdout)
    assert len(data["moves"]) == 3 and data["moves"][0]["role"] in {"Big Data Specialist", "Data Scientist"}
    text = cli("next", "analis data", "--lang", "id", "--k", "2").stdout
    assert text.startswith("Langkah dari Analis Data") and "keterkaitan" in text
    none = cli("next", "Data Analyst", "--max-step", "10")
    assert none.exit_code == 0 and "Try a larger --max-step." in none.stdout
    gap = json.loads(cli("gap", "Data Analyst", "Data Scientist", "--format", "json").stdout)
    assert {s["label"] for s in gap["matched"]} == {"Data processing", "Statistics"}
    assert gap["essential_effort"] == sum(s["effort"] for s in gap["missing_essential"])
    assert "Already has:" in cli("gap", "Data Analyst", "Data Scientist").stdout


def test_no_path_hints_name_the_constraint_that_blocks(cli):
    steps = cli("path", "Data Analyst", "AI Auditor", "--max-steps", "1")
    assert steps.exit_code == 1
    assert steps.stderr.strip().endswith("at most 1 step. Every path within the budget takes more than 1 move: "
                                         "raise --max-steps.")
    via = cli("path", "Data Analyst", "AI Auditor", "--via", "Prompt Engineer", "--max-steps", "2")
    assert via.exit_code == 1 and "relax --via or --max-steps" in via.stderr
    tight = cli("path", "AI Ethicist", "AI Policy and Ethics Specialist", "--max-step", "500")
    assert tight.exit_code == 1 and "--max-step 660" in tight.stderr
    assert "closest reachable role is AI Policy" not in tight.stderr  # never the target itself


@pytest.mark.parametrize("addition, message", [
    ("skill:statistics aij:prerequisite skill:data-science .",
     "Error: prerequisite cycle: Statistics → Data science → Data analysis → Statistics"),
    ("req:x a aij:SkillRequirement ; aij:ofRole role:data-analyst ; aij:requiresSkill skill:nothing ; "
     "aij:level 2 ; aij:essential true .",
     "Error: https://w3id.org/aijobs/skill/nothing is required or named as a prerequisite, but is not a skill "
     "with an effort estimate (aij:effortHours)"),
])
def test_data_the_paths_cannot_use_is_a_clear_error(tmp_path, addition, message):
    import shutil
    from graph.store.turtle import ontology_dir
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    with open(data / "requirements.ttl", "a", encoding="utf-8") as f:
        f.write(addition + "\n")
    for command in (("path", "Data Analyst", "AI Auditor"), ("gap", "Data Analyst", "AI Auditor"), ("next", "Data Analyst")):
        result = run_graph("--data", data, *command)
        assert result.returncode == 1 and result.stderr.strip() == message and "Traceback" not in result.stderr
