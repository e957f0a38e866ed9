"""Learning paths: feasibility, optimality, constraints, determinism, and the CLI's answers."""

import itertools
import json
import random

import networkx as nx
import pytest

from graph.errors import NoPathError, OptionError
from graph.model.effort import (DEFAULT_MAX_STEP, PREREQUISITE_LEVEL, climb_cost, closure, held, is_trait, move,
                                skill_gap, skill_move)
from graph.views.text import hours
from graph.model.ranking import next_moves
from graph.model.relatedness import similarity
from graph.model.search import learning_path, smallest_budget
from graph.model.projection import DERIVED, profile, project, roles

from ..conftest import ROLE, SECTOR, run_graph
from ..conftest import raises_worded

DA, AUDITOR, POLICY = ROLE + "data-analyst", ROLE + "ai-auditor", ROLE + "ai-policy-ethics-specialist"
GOVERNMENT = SECTOR + "government"


def check_path(G, path, max_step=DEFAULT_MAX_STEP, have=None):
    """Every property a learning path must have, checked from first principles.

    The person starts from ``have`` (default: what the first role holds) and keeps every
    level they reach: no step may teach a skill from below what they hold at that point.
    """
    person = path.steps and path.steps[0].source is None
    chain = path.roles if person else path.roles[1:]
    assert len(path.roles) == len(set(path.roles)) and len(chain) == len(path.steps)
    profile_now = dict(held(G, path.roles[0]) if have is None else have)
    for role, step in zip(chain, path.steps):
        assert step.target == role and step.effort <= max_step
        assert step.effort == pytest.approx(sum(g.effort for g in step.gains))
        after = dict(profile_now)
        for gain in step.gains:  # learning order: every prerequisite is already at its level
            assert gain.from_level == profile_now.get(gain.skill, 0) < gain.level
            assert gain.effort == climb_cost(G, gain.skill, gain.from_level, gain.level)
            for prerequisite in G.successors(gain.skill):
                if G.edges[gain.skill, prerequisite]["relation"] == "prerequisite":  # held under any name
                    assert closure(G, after).get(prerequisite, 0) >= min(PREREQUISITE_LEVEL, gain.level), (gain, prerequisite)
            after[gain.skill] = gain.level
        for trait in step.traits:  # asked for and reported, never taught or priced
            assert is_trait(G, trait.skill) and trait.effort == 0 and profile_now.get(trait.skill, 0) == trait.from_level
        for skill, level in profile(G, role, essential_only=True).items():
            if is_trait(G, skill):
                assert (closure(G, after).get(skill, 0) >= level) != any(t.skill == skill and t.level == level
                                                                         for t in step.traits)
            else:
                assert closure(G, after).get(skill, 0) >= level  # the move really qualifies for every essential skill
        for skill, level in held(G, role).items():
            after[skill] = max(after.get(skill, 0), level)
        profile_now = after
    assert path.total_effort == pytest.approx(sum(s.effort for s in path.steps))
    assert path.total_effort >= path.direct.effort - 1e-9


def test_projection_is_pure_and_frozen(graph, G):
    size = len(graph)
    again = project(graph)
    assert len(graph) == size
    assert nx.utils.graphs_equal(project(graph), again) and nx.is_frozen(again)
    # the shared projection equals a fresh one but for the tables the model derives and keeps on it
    assert {k: v for k, v in G.graph.items() if k not in DERIVED} == again.graph
    assert dict(G.nodes(data=True)) == dict(again.nodes(data=True)) and list(G.edges(data=True)) == list(again.edges(data=True))
    with pytest.raises(nx.NetworkXError):
        again.add_node("x")
    assert len(roles(G)) == 26
    assert all(G.nodes[s]["kind"] == "skill" for r in roles(G) for s in profile(G, r))


def test_data_analyst_to_ai_auditor(G):
    best = learning_path(G, DA, AUDITOR)[0]
    check_path(G, best)
    assert move(G, DA, AUDITOR).effort > DEFAULT_MAX_STEP  # the direct jump is too big for one move ...
    assert len(best.steps) >= 2  # ... so the plan uses stepping stones


def brute_force(G, source, target, *, max_step=DEFAULT_MAX_STEP, via=None, avoid=(), allowed=None, max_steps=None):
    """Every path the documented rules allow, by exhaustive enumeration, best first.

    Rules (graph.model.search): each move, costed from the accumulated profile, fits the
    budget; a stepping stone reuses some level the person holds and raises some skill the
    target (and the via role, until it is passed) requires above what they hold; the via
    role is allowed once, before the target. A target with no rated skill has no plan.
    """
    found = []
    if not held(G, target):
        return found

    def extend(chain, have, total, passed):
        if chain[-1] == target:
            found.append((round(total, 6), len(chain) - 1, chain))
            return
        if max_steps is not None and len(chain) - 1 >= max_steps:
            return
        goal = dict(held(G, target))
        if not passed:
            for skill, level in held(G, via).items():
                goal[skill] = max(goal.get(skill, 0), level)
        for role in roles(G):
            if role in chain or role in avoid or (role != target and allowed is not None and role not in allowed):
                continue
            if role == target and not passed:
                continue
            gained = held(G, role)
            if role not in (target, via):
                reuses = any(min(have.get(s, 0), level) > 0 for s, level in gained.items())
                helps = any(level > have.get(s, 0) and goal.get(s, 0) > have.get(s, 0) for s, level in gained.items())
                if not (reuses and helps):
                    continue
            step = skill_move(G, chain[-1], role, have)
            if step.effort > max_step:
                continue
            after = {s: max(have.get(s, 0), gained.get(s, 0)) for s in set(have) | set(gained)}
            extend(chain + (role,), after, total + step.effort, passed or role == via)

    extend((source,), held(G, source), 0.0, via is None)
    return sorted(found)


def small_graph(seed, matched=False):
    """A random hand-made projection: 6 roles, 7 skills with acyclic prerequisites, levels 1-4.

    With ``matched``, up to two pairs of skills also count as each other (skill matches).
    """
    rng = random.Random(seed)
    G = nx.DiGraph(effort_factor={1: 1, 2: 2, 3: 3, 4: 4}, labels={})
    skills = [f"s{i}" for i in range(7)]
    for i, skill in enumerate(skills):
        G.add_node(skill, kind="skill", effort_hours=float(rng.choice([10, 20, 30])), label_en=skill, label_id=skill)
        for earlier in rng.sample(skills[:i], min(i, rng.choice([0, 0, 1]))):
            G.add_edge(skill, earlier, relation="prerequisite")
    for i in range(6):
        role = f"r{i}"
        G.add_node(role, kind="role", label_en=role, label_id=role, sectors=(), concerns=(), families=())
        for skill in rng.sample(skills, rng.randint(2, 4)):
            G.add_edge(role, skill, relation="requires", level=rng.randint(1, 4), essential=rng.random() < 0.8)
    # matched skills are one skill under two names: no role asks for both, and neither is learned before the other
    order = G.subgraph(skills)
    pairs = [(a, b) for a, b in (("s0", "s4"), ("s1", "s5"), ("s2", "s6"), ("s3", "s6"))
             if not any(G.has_edge(r, a) and G.has_edge(r, b) for r in G if r.startswith("r"))
             and not nx.has_path(order, a, b) and not nx.has_path(order, b, a)]
    used: set = set()
    for a, b in pairs if matched else ():  # up to two disjoint pairs (a projection's match groups are cliques)
        if a in used or b in used or len(used) == 4:
            continue
        used |= {a, b}
        G.add_edges_from([(a, b), (b, a)], relation="matches")
    return nx.freeze(G)


@pytest.mark.parametrize("matched", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_search_is_exact_against_brute_force_on_small_graphs(seed, matched):
    G = small_graph(seed, matched)
    rng = random.Random(seed)
    for a, b in itertools.permutations(roles(G), 2):
        budget = rng.choice([60.0, 120.0, 200.0, 400.0])
        options = rng.choice([{}, {"max_steps": 2}, {"via": rng.choice(sorted(set(roles(G)) - {a, b}))},
                              {"avoid": (rng.choice(sorted(set(roles(G)) - {a, b})),)}])
        expected = brute_force(G, a, b, max_step=budget, **options)[:3]
        try:
            found = learning_path(G, a, b, k=3, max_step=budget, **options)
        except NoPathError as err:
            assert expected == [], (a, b, options)
            assert err.budget is None or err.budget > budget
            continue
        assert [(round(p.total_effort, 6), len(p.steps), p.roles) for p in found] == expected, (a, b, budget, options)
        for p in found:
            check_path(G, p, max_step=budget)


def test_best_paths_are_exact_against_brute_force_on_the_bundled_graph(G):
    for a, b in [(DA, AUDITOR), (DA, POLICY), (ROLE + "copywriter", ROLE + "machine-learning-engineer"),
                 (ROLE + "online-public-service-manager", ROLE + "cybersecurity-privacy-specialist")]:
        for budget in (540.0, DEFAULT_MAX_STEP):
            expected = brute_force(G, a, b, max_step=budget, max_steps=3)[:3]
            try:
                found = learning_path(G, a, b, k=3, max_step=budget, max_steps=3)
            except NoPathError:
                found = []
            assert [(round(p.total_effort, 6), len(p.steps), p.roles) for p in found] == expected


@pytest.mark.parametrize("budget", [540.0, DEFAULT_MAX_STEP])
def test_no_plan_reteaches_and_none_beats_the_direct_move_for_every_pair(G, budget):
    """Done-when of the issue: all pairs, k=3: each step starts from what the person holds; total >= direct."""
    planned = 0
    for a, b in itertools.permutations(roles(G), 2):
        try:
            found = learning_path(G, a, b, k=3, max_step=budget)
        except NoPathError as err:
            assert err.budget is None or err.budget > budget
            continue
        keys = [(p.total_effort, len(p.steps), p.roles) for p in found]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        for p in found:
            check_path(G, p, max_step=budget)  # includes: total >= direct gap
            assert p.direct.effort == move(G, a, b).effort or move(G, a, b).alignment
            if p.direct.effort <= budget:
                assert found[0].steps == (p.direct,) or found[0].total_effort == p.direct.effort
        planned += 1
    assert planned > 0


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
    budget = smallest_budget(G, DA, AUDITOR)
    tight = learning_path(G, DA, AUDITOR, max_step=budget, k=2)
    for p in tight:
        check_path(G, p, max_step=budget)
    short = learning_path(G, DA, AUDITOR, max_steps=2, k=5)
    assert all(len(p.steps) <= 2 for p in short)


def test_no_path_carries_the_smallest_budget_and_what_blocks(G):
    with pytest.raises(NoPathError) as err:
        learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=600)
    needed = err.value.budget
    assert needed > 600 and (err.value.source, err.value.target, err.value.max_step) == (DA, POLICY, 600)
    check_path(G, learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=needed)[0], max_step=needed)
    with pytest.raises(NoPathError):
        learning_path(G, DA, POLICY, sector=GOVERNMENT, max_step=needed - 1)
    assert smallest_budget(G, DA, POLICY) <= move(G, DA, POLICY).effort  # the direct move always works
    with pytest.raises(NoPathError) as err:
        learning_path(G, DA, AUDITOR, max_steps=1)
    assert err.value.budget == move(G, DA, AUDITOR).effort and err.value.blocking == ("max_steps",)
    with pytest.raises(NoPathError) as err:
        learning_path(G, DA, AUDITOR, via=ROLE + "prompt-engineer", max_steps=2)
    assert set(err.value.blocking) <= {"via", "max_steps"} and err.value.blocking
    if err.value.closest is not None:
        role, remaining = err.value.closest
        assert role != AUDITOR and remaining < move(G, DA, AUDITOR).effort


def test_same_role_and_contradictory_options(G):
    same = learning_path(G, DA, DA)
    assert same[0].steps == () and same[0].total_effort == 0
    with raises_worded(OptionError, match="the role to pass through is also a role to avoid"):
        learning_path(G, DA, AUDITOR, via=ROLE + "ai-trainer", avoid=[ROLE + "ai-trainer"])
    with pytest.raises(OptionError):
        learning_path(G, DA, AUDITOR, avoid=[AUDITOR])
    with pytest.raises(OptionError):
        learning_path(G, DA, AUDITOR, max_step=0)


def test_next_moves_are_ranked_by_relatedness(G):
    ranked = next_moves(G, DA, k=30).moves
    keys = [(-m.relatedness, m.move.effort, m.move.target) for m in ranked]
    assert ranked and keys == sorted(keys)
    assert ROLE + "data-scientist" in {m.move.target for m in ranked[:2]}
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
                 (ROLE + "online-public-service-manager", ROLE + "digital-transformation-professional")]:
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
    assert len(data["moves"]) == 3 and data["moves"][0]["role"] in {"Machine Learning Engineer", "Data Scientist"}
    text = cli("next", "analis data", "--lang", "id", "--k", "2").stdout
    assert text.startswith("Langkah dari Analis Data") and "keterkaitan" in text
    none = cli("next", "Data Analyst", "--max-step", "10")
    assert none.exit_code == 0 and "Try a larger --max-step." in none.stdout
    gap = json.loads(cli("gap", "Data Analyst", "Data Scientist", "--format", "json").stdout)
    assert {s["label"] for s in gap["matched"]} == {"Big data analytics", "Data processing", "Statistics"}
    assert gap["essential_effort"] == sum(s["effort"] for s in gap["missing_essential"])
    assert "Already has:" in cli("gap", "Data Analyst", "Data Scientist").stdout


def test_no_path_hints_name_the_constraint_that_blocks(cli, G):
    steps = cli("path", "Data Analyst", "AI Auditor", "--max-steps", "1")
    assert steps.exit_code == 1
    direct = move(G, DA, AUDITOR).effort
    assert steps.stderr.strip() == (f"Error: No path from Data Analyst to AI Auditor with moves of at most "
                                    f"{hours(DEFAULT_MAX_STEP, 'en')}, in at most 1 move. The smallest per-move budget "
                                    f"that works is {hours(direct, 'en')} (--max-step {direct:g}); the budget is enough "
                                    "without the limit on moves (raise --max-steps).")
    via = cli("path", "Data Analyst", "AI Auditor", "--via", "Prompt Engineer", "--max-steps", "2")
    assert via.exit_code == 1 and "through Prompt Engineer" in via.stderr and "--max-steps" in via.stderr
    tight = cli("path", "AI Ethicist", "AI Policy and Ethics Specialist", "--max-step", "500")
    needed = smallest_budget(G, ROLE + "ai-ethicist", POLICY)
    assert tight.exit_code == 1 and f"works is {needed:g} h (--max-step {needed:g})." in tight.stderr
    assert "closest reachable role is AI Policy" not in tight.stderr  # never the target itself
    indonesian = cli("path", "Data Analyst", "AI Auditor", "--max-steps", "1", "--lang", "id")
    assert indonesian.stderr.startswith("Kesalahan: Tidak ada jalur dari Analis Data ke Auditor AI")


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


def test_a_role_with_no_rated_skills_is_never_a_free_destination():
    base = small_graph(0)
    G = nx.DiGraph(base)
    G.add_node("unrated", kind="role", label_en="Unrated", label_id="Tak dinilai", sectors=(), concerns=(), families=())
    G.add_edge("unrated", "s0", relation="requires", level=2, essential=False)  # optional only: nothing rated
    G = nx.freeze(G)
    for source in roles(base):
        with pytest.raises(NoPathError) as err:
            learning_path(G, source, "unrated")
        assert err.value.blocking == ("unrated",) and err.value.target == "unrated"
        for target in set(roles(base)) - {source}:  # and it is never a stepping stone
            try:
                assert all("unrated" not in p.roles for p in learning_path(G, source, target, k=3, max_step=120))
            except NoPathError:
                pass
    from graph.views.text import no_path
    assert no_path(err.value, {"unrated": "Unrated"}, "en").startswith("No path to Unrated: the data rates none")


def two_taxonomies(matched=False):
    """Two vocabularies: curated roles c0 -> c1 (skills a, b), imported roles i0, i1 (skill x), close matches between.

    With ``matched``, the imported skill x counts as the curated skill a (a skill match).
    """
    G = nx.DiGraph(effort_factor={1: 1, 2: 2, 3: 3, 4: 4}, labels={})
    for skill in ("a", "b", "x"):
        G.add_node(skill, kind="skill", effort_hours=20.0, label_en=skill, label_id=skill)
    for role, source in (("c0", None), ("c1", None), ("i0", "onet"), ("i1", "onet")):
        extra = {"source": source} if source else {}
        G.add_node(role, kind="role", label_en=role, label_id=role, sectors=(), concerns=(), families=(), **extra)
    for role, skill, level in (("c0", "a", 3), ("c1", "a", 3), ("c1", "b", 3), ("i0", "x", 2), ("i1", "x", 3)):
        G.add_edge(role, skill, relation="requires", level=level, essential=True)
    for a, b in (("i0", "c0"), ("c0", "i0"), ("i1", "c1"), ("c1", "i1")):
        G.add_edge(a, b, relation="closeMatch")
    if matched:
        G.add_edges_from([("x", "a"), ("a", "x")], relation="matches")
    return nx.freeze(G)


def test_a_close_match_is_no_shortcut_and_matched_skills_carry_over():
    G = two_taxonomies()
    # without skill matches nothing carries over: c1's skills are all learned (a 0 -> 3 and b 0 -> 3: 240 h)
    for source in ("i0", "i1"):
        plans = learning_path(G, source, "c1", k=3, max_step=1000)
        assert plans[0].total_effort == 240.0 == plans[0].direct.effort
        assert all(step.alignment is None and step.effort > 0 for plan in plans for step in plan.steps)
    M = two_taxonomies(matched=True)
    assert held(M, "i1") == {"x": 3, "a": 3} and held(M, "i1", matched=False) == {"x": 3}
    # x 3 counts as a 3: only b is left to learn, and the gap says a is already held
    (plan,) = learning_path(M, "i1", "c1", max_step=1000)
    assert plan.total_effort == 120.0 and [(g.skill, g.from_level, g.level) for g in plan.steps[0].gains] == [("b", 0, 3)]
    assert [m[0] for m in skill_gap(M, "i1", "c1").matched] == ["a"]
    # and back: a 3 counts as x 3, so the imported role asks nothing more, yet it is a move, not a free alignment
    back = move(M, "c1", "i1")
    assert back.effort == 0.0 and back.alignment is None
    # from x 2 (i0), a is climbed from 2, not from 0
    (plan,) = learning_path(M, "i0", "c1", max_step=1000)
    assert {g.skill: g.from_level for g in plan.steps[-1].gains}["a"] == 2


def test_show_says_why_a_role_with_no_rated_skills_ends_no_path(tmp_path):
    import shutil
    from graph.store.turtle import ontology_dir
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    with open(data / "requirements.ttl", "a", encoding="utf-8") as f:
        f.write('role:unrated a aij:Role ; skos:prefLabel "Unrated Role"@en, "Peran Tak Dinilai"@id .\n'
                "req:unrated--statistics a aij:SkillRequirement ; aij:ofRole role:unrated ; "
                "aij:requiresSkill skill:statistics ; aij:level 2 ; aij:essential false .\n")
    shown = json.loads(run_graph("--data", data, "show", "Unrated Role", "--format", "json").stdout)
    assert shown["plannable"] is False and [r["essential"] for r in shown["requirements"]] == [False]
    assert json.loads(run_graph("--data", data, "show", "Data Analyst", "--format", "json").stdout)["plannable"] is True
    for lang, words in (("en", "no learning path ends here"), ("id", "tidak ada jalur belajar yang berakhir di sini")):
        assert words in run_graph("--data", data, "show", "Unrated Role", "--lang", lang).stdout
    refused = run_graph("--data", data, "path", "Data Analyst", "Unrated Role")
    assert refused.returncode == 1 and "Unrated Role" in refused.stderr and "Traceback" not in refused.stderr


@pytest.mark.parametrize("seed", range(12))
def test_the_move_table_is_the_scalar_move_for_every_pair(G, seed):
    from graph.model.movetable import MoveTable
    for graph in ((G,) if seed == 0 else ()) + (small_graph(seed), small_graph(seed, matched=True)):
        t = MoveTable(graph)
        for a, b in itertools.permutations(t.roles, 2):
            expected = skill_move(graph, a, b).effort
            assert t.efforts(t.covered(t.held(t.position[a])))[t.position[b]] == pytest.approx(expected), (a, b)
