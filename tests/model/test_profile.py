"""Starting from a person: TOML profiles (--me), inline skills (--have), and what the commands answer."""

import json

import pytest

from graph.errors import OptionError
from graph.model.effort import Person, climb_cost, held, holding, skill_gap
from graph.model.projection import roles
from graph.model.ranking import next_moves
from graph.model.search import learning_path
from graph.store.profile import parse_have, read_profile

from ..conftest import ROLE, ROOT, SKILL, run_graph
from .test_paths import check_path
from graph.views import messages as words

EXAMPLE = ROOT / "examples" / "analis-data.toml"


@pytest.fixture(scope="module")
def names():
    from graph.store.dataset import Dataset

    return Dataset(None).resolve


def write(tmp_path, text, name="me.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_profile_reads_in_both_languages(names, G):
    person = read_profile(str(EXAMPLE), names, G.graph["effort_factor"])
    assert person.roles == (ROLE + "data-analyst",)
    assert dict(person.skills)[SKILL + "statistics"] == 4
    have = holding(G, person)
    assert have[SKILL + "statistics"] == 4 and have[SKILL + "data-processing"] == 3  # from the role held


def test_inline_skills_resolve_like_every_other_name(names, G):
    person = parse_have("Statistik=3, programming = 2,Statistics=1", names, G.graph["effort_factor"])
    assert person == Person(((SKILL + "programming", 2), (SKILL + "statistics", 3)), ())


@pytest.mark.parametrize("text, line, message", [
    ("[skills\nStatistics = 3\n", 1, "not valid TOML"),
    ("[skills]\nStatistics = 3\nStatistics = 2\n", 3, "not valid TOML"),
    ("[skills]\nStatistics = 3\nStatistik lanjut = 2\n", 3, "not valid TOML"),
    ("# me\n[skills]\nStatistcs = 3\n", 3, "No skill named 'Statistcs'. Did you mean: Statistics"),
    ("[skills]\nStatistics = 5\n", 2, "must be a whole number from 1 to 4"),
    ("[skills]\nProgramming = 2\nStatistics = -1\n", 3, "must be a whole number from 1 to 4"),
    ("[skills]\nStatistics = 2.5\n", 2, "must be a whole number from 1 to 4"),
    ("[skills]\nStatistics = true\n", 2, "must be a whole number from 1 to 4"),
    ("roles = [\"Data Analyst\", \"Statistics\"]\n", 1, "'Statistics' is a skill, not a role"),
    ("name = \"Ani\"\n[skills]\nStatistics = 3\n", 1, "unknown key 'name'"),
    ("skills = 3\n", 1, "`skills` must be a table"),
    ("# nothing\n", 1, "the profile names no skills and no roles"),
])
def test_a_bad_profile_is_one_line_with_file_and_line(tmp_path, names, G, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(OptionError) as err:
        read_profile(str(path), names, G.graph["effort_factor"])
    worded = words.message(err.value, "en")
    assert worded.startswith(f"{path}:{line}: ") and message in worded
    result = run_graph("path", "--me", path, "AI Auditor")
    assert result.returncode == 2 and result.stderr.startswith(f"Error: {path}:{line}: ")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_missing_and_binary_profiles(tmp_path):
    missing = run_graph("path", "--me", tmp_path / "nope.toml", "AI Auditor")
    assert missing.returncode == 2 and f"{tmp_path / 'nope.toml'}: cannot read the profile" in missing.stderr
    binary = tmp_path / "me.toml"
    binary.write_bytes(b"\xff\xfe\x00[skills]")
    result = run_graph("gap", "--me", binary, "AI Auditor")
    assert result.returncode == 2 and f"{binary}:1: not a UTF-8 text file" in result.stderr


@pytest.mark.parametrize("have, message", [
    ("Statistics", "--have:1: 'Statistics' is not NAME=LEVEL"),
    ("Statistics=3, Programing=2", "--have:2: No skill named 'Programing'. Did you mean: Programming"),
    ("Statistics=high", "--have:1: the level of 'Statistics' must be a whole number, not 'high'"),
    ("Statistics=0", "--have:1: the level of 'Statistics' must be a whole number from 1 to 4"),
])
def test_bad_inline_skills(cli, have, message):
    result = cli("path", "--have", have, "Data Scientist")
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {message}") and "Traceback" not in result.stderr


def test_me_with_a_from_role_is_a_usage_error(cli):
    result = cli("path", "--me", str(EXAMPLE), "Data Analyst", "AI Auditor")
    assert result.exit_code == 2 and "with --me or --have, give only the target role" in result.stderr
    alone = cli("path", "AI Auditor")
    assert alone.exit_code == 2 and "give a starting role and a target role" in alone.stderr


def test_path_from_a_profile_in_indonesian(cli, G, names):
    result = cli("path", "--me", str(EXAMPLE), "Auditor AI", "--lang", "id")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Dari profil Anda ke Auditor AI:") and "jam" in lines[0]
    assert "  1. profil Anda → " in result.stdout and "Pelajari secara berurutan:" in result.stdout
    person = read_profile(str(EXAMPLE), names, G.graph["effort_factor"])
    best = learning_path(G, person, ROLE + "ai-auditor")[0]
    check_path(G, best, have=holding(G, person))
    assert best.steps[0].source is None and ROLE + "data-analyst" not in best.roles
    # what the person holds beyond the role makes the plan no dearer than the role's own
    assert best.total_effort <= learning_path(G, ROLE + "data-analyst", ROLE + "ai-auditor")[0].total_effort


def test_a_profile_that_already_meets_the_target(cli, tmp_path):
    path = write(tmp_path, 'roles = ["Data Scientist"]\n')
    result = cli("path", "--me", str(path), "Data Scientist")
    assert result.exit_code == 0
    assert result.stdout.strip() == "Your profile already meets every requirement of Data Scientist: there is nothing to learn."
    data = json.loads(cli("path", "--have", "Statistics=4", "--me", str(path), "Data Scientist", "--format", "json").stdout)
    assert data["paths"][0]["steps"] == [] and data["paths"][0]["total_effort"] == 0


def test_gap_and_json_from_a_profile(cli):
    gap = json.loads(cli("gap", "--have", "Statistik=3, Pemrograman=3", "Data Scientist", "--format", "json").stdout)
    assert gap["from"] is None
    assert {s["label"]: s["has_level"] for s in gap["matched"]} == {"Programming": 3, "Statistics": 3}
    text = cli("gap", "--have", "Statistik=3", "Data Scientist").stdout
    assert text.startswith("What your profile has for Data Scientist:")
    plan = json.loads(cli("path", "--have", "Statistics=3, Programming=2", "Data Scientist", "--format", "json",
                          "--hours-per-week", "10").stdout)
    assert plan["from"] is None and plan["profile"]["skills"][0]["level"] in (2, 3)
    for p in plan["paths"]:
        assert p["weeks"] == round(p["total_effort"] / 10, 1) and p["direct_effort"] <= p["total_effort"]
        assert p["steps"][0]["from"] is None


def test_weeks_in_both_languages_and_same_bytes_whatever_the_hash_seed():
    args = ("path", "--me", EXAMPLE, "Auditor AI", "--hours-per-week", "10")
    english = run_graph(*args).stdout
    assert "weeks at 10 h a week, about" in english.splitlines()[0] and "months" in english.splitlines()[0]
    indonesian = run_graph(*args, "--lang", "id").stdout
    assert "minggu dengan 10 jam per minggu, sekitar" in indonesian.splitlines()[0]
    outputs = {run_graph(*args, "--k", "3", "--format", "json", env={"PYTHONHASHSEED": seed}).stdout
               for seed in ("0", "1", "2")}
    assert len(outputs) == 1


def test_plans_from_random_people_never_reteach_and_never_beat_the_direct_move(G):
    import random

    from graph.errors import NoPathError
    from graph.model.projection import roles

    rng = random.Random(7)
    skills = sorted(n for n, kind in G.nodes(data="kind") if kind == "skill")
    targets = roles(G)
    for _ in range(40):
        person = Person(tuple(sorted({s: rng.randint(1, 4) for s in rng.sample(skills, rng.randint(1, 6))}.items())),
                        tuple(rng.sample(targets, rng.choice([0, 0, 1]))))
        target = rng.choice([r for r in targets if r not in person.roles])
        budget = rng.choice([540.0, 800.0])
        try:
            found = learning_path(G, person, target, k=3, max_step=budget)
        except NoPathError as err:
            assert err.source is None and (err.budget is None or err.budget > err.max_step)
            continue
        for plan in found:
            if plan.steps:
                check_path(G, plan, max_step=budget, have=holding(G, person))
            else:
                assert plan.direct.gains == ()  # nothing to learn: the person already qualifies


def test_next_from_a_profile_with_roles_ranks_as_from_those_roles(cli, G, names):
    person = read_profile(str(EXAMPLE), names, G.graph["effort_factor"])
    mine = next_moves(G, person, k=5)
    from_role = next_moves(G, ROLE + "data-analyst", k=5)
    assert mine.measure == "relatedness" and [m.relatedness for m in mine.moves] == [m.relatedness for m in from_role.moves]
    have = holding(G, person)
    for ranked, theirs in zip(mine.moves, from_role.moves):
        assert ranked.move.target == theirs.move.target and ranked.move.source is None
        # costed from what the person holds (more than the role asks): never dearer than the role's own move
        assert ranked.move.effort == skill_gap(G, person, ranked.move.target).missing_essential.effort
        assert ranked.move.effort <= theirs.move.effort
        assert all(g.from_level == have.get(g.skill, 0) for g in ranked.move.gains)
    result = cli("next", "--me", str(EXAMPLE), "--lang", "id", "--k", "3")
    assert result.exit_code == 0 and result.stdout.startswith("Langkah dari profil Anda, paling berkaitan lebih dulu")
    assert "keterkaitan" in result.stdout and "Analis Data —" not in result.stdout  # the role held is no move


def test_next_from_skills_alone_ranks_by_readiness(cli, G):
    data = json.loads(cli("next", "--have", "Statistics=3, Programming=2", "--k", "30", "--format", "json").stdout)
    assert data["from"] is None and data["measure"] == "readiness" and data["profile"]["roles"] == []
    person = Person(((SKILL + "programming", 2), (SKILL + "statistics", 3)))
    have = holding(G, person)
    readiness = [m["relatedness"] for m in data["moves"]]
    assert readiness == sorted(readiness, reverse=True) and all(0.1 <= r <= 1 for r in readiness)
    for m in data["moves"]:
        asked = held(G, m["iri"], matched=False)
        share = sum(climb_cost(G, s, 0, min(have.get(s, 0), level)) for s, level in asked.items()) / sum(
            climb_cost(G, s, 0, level) for s, level in asked.items())
        assert m["relatedness"] == round(share, 4)  # the share of the role's skill hours already held
        assert m["effort"] == skill_gap(G, person, m["iri"]).missing_essential.effort
        assert {e["id"] for e in m["builds_on"]} <= {s for s in asked if have.get(s, 0)}
    assert len(data["moves"]) + data["below_floor"] == data["considered"] == len(roles(G))
    text = cli("next", "--have", "Statistik=3", "--lang", "id").stdout
    assert text.startswith("Langkah dari profil Anda") and "kesiapan" in text


def test_next_needs_a_role_or_a_profile_not_both(cli, tmp_path):
    both = cli("next", "Data Analyst", "--me", str(EXAMPLE))
    assert both.exit_code == 2 and "give either a role or --me/--have, not both" in both.stderr
    neither = cli("next")
    assert neither.exit_code == 2 and "give a role (or --me FILE, --have SKILLS)" in neither.stderr
    bad = cli("next", "--me", str(write(tmp_path, "[skills]\nStatistics = 9\n")))
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "me.toml:2:" in bad.stderr
    assert "Traceback" not in both.stderr + neither.stderr + bad.stderr
