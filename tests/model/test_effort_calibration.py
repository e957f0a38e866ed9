"""Effort hours anchored to public study loads, and traits that no path sells in hours."""

import json

import pytest

from graph.model.effort import climb_cost, cumulative_factors, held, is_trait, move, skill_gap
from graph.model.projection import profile, project
from graph.model.search import learning_path
from graph.store.validate import validate
from graph.views import messages as words

from ..conftest import ROLE, SKILL, ROOT

#: One SKS (Indonesian semester credit unit) is 45 hours of study in a semester; 24 SKS is the
#: heaviest load a semester allows; a 3-SKS course is the usual university course.
SKS = 45
#: The hours of one level unit each skill may have: a discipline taught as 3-SKS university
#: courses (45), a 2-SKS course or a professional certificate's course (30), a week-long short
#: course (15), a two- or three-day workplace training (8). The README lists which skill is which.
ANCHORED_UNITS = {45, 30, 15, 8}


def roles(G):
    return sorted(r for r, kind in G.nodes(data="kind") if kind == "role")


def test_every_effort_unit_is_an_anchored_one(G):
    units = {s: G.nodes[s]["effort_hours"] for s, kind in G.nodes(data="kind") if kind == "skill" and not is_trait(G, s)}
    assert units and set(units.values()) <= ANCHORED_UNITS, {s: h for s, h in units.items() if h not in ANCHORED_UNITS}


def test_the_scale_puts_a_course_at_working_and_a_semester_at_expert(G):
    F = cumulative_factors(G)
    discipline = SKILL + "statistics"
    assert G.nodes[discipline]["effort_hours"] == SKS
    assert climb_cost(G, discipline, 0, 2) == 3 * SKS  # one 3-SKS course
    assert climb_cost(G, discipline, 0, 4) == 24 * SKS  # a full semester's load
    assert all(F[level] > F[level - 1] for level in range(1, len(F)))
    steps = [F[level] - F[level - 1] for level in range(1, len(F))]
    assert steps == sorted(steps) and steps[-1] > 2 * steps[-2]  # each level costs more than the one before


def test_traits_have_no_hours_and_are_held_but_never_learned(G):
    traits = [s for s, kind in G.nodes(data="kind") if kind == "skill" and is_trait(G, s)]
    assert {SKILL + "integrity", SKILL + "empathy"} <= set(traits)
    for trait in traits:
        assert G.nodes[trait]["effort_hours"] == 0 and climb_cost(G, trait, 0, 4) == 0
    asking = [r for r in roles(G) if any(profile(G, r, essential_only=True).get(t) for t in traits)]
    assert asking  # some roles ask for a trait as essential
    for role in asking:
        assert any(held(G, role).get(t) for t in traits)  # its people show it


@pytest.mark.parametrize("target_index", range(0, 27, 3))
def test_every_move_reports_the_missing_traits_apart_from_what_it_prices(G, target_index):
    target = roles(G)[target_index % len(roles(G))]
    asked = {s: level for s, level in profile(G, target, essential_only=True).items() if is_trait(G, s)}
    for source in roles(G):
        found = move(G, source, target)
        have = held(G, source)
        missing = {s: level for s, level in asked.items() if have.get(s, 0) < level}
        if found.alignment == "exactMatch":
            continue
        assert {t.skill: t.level for t in found.traits} == missing
        assert all(t.effort == 0 and t.reason == "trait" for t in found.traits)
        assert not any(is_trait(G, g.skill) for g in found.gains)
        assert found.effort == sum(g.effort for g in found.gains)


def test_a_path_into_a_role_asking_for_a_trait_says_so_and_prices_only_skills(graph, cli):
    G = project(graph)  # the search keeps its tables on the projection it is given: not on the shared one
    target = ROLE + "cybersecurity-privacy-specialist"  # the government article: "menuntut integritas tinggi"
    label = G.nodes[target]["label_en"]
    best = learning_path(G, ROLE + "data-analyst", target, max_step=10_000)[0]
    assert [t.skill for t in best.steps[-1].traits] == [SKILL + "integrity"]
    shown = cli("path", "Data Analyst", label, "--max-step", "10000", "--format", "json")
    step = json.loads(shown.stdout)["paths"][0]["steps"][-1]
    assert [t["label"] for t in step["traits"]] == ["Integrity"] and step["traits"][0]["effort"] == 0
    text = cli("path", "Data Analyst", label, "--max-step", "10000").stdout
    assert "Traits asked for, not learned by study (no hours): Integrity (level 3)" in text
    indonesian = cli("gap", "Data Analyst", label, "--lang", "id").stdout
    assert "Integritas: tingkat 0 → 3, tidak diperoleh dengan belajar" in indonesian
    gap = skill_gap(G, ROLE + "data-analyst", target)
    assert gap.missing_essential.effort == sum(g.effort for g in gap.missing_essential.gains)


def trait_graph(graph, extra):
    from rdflib import Graph

    changed = Graph()
    for triple in graph:
        changed.add(triple)
    changed.update(extra)
    return changed


def test_a_trait_with_hours_and_a_skill_without_them_are_violations(graph):
    with_hours = trait_graph(graph, "INSERT DATA { <https://w3id.org/aijobs/skill/integrity> "
                                    "<https://w3id.org/aijobs/ontology#effortHours> 10 }")
    report = validate(with_hours)
    assert not report.conforms
    assert {(str(v.focus), words.message(v.message, "en")) for v in report.violations} == {
        (SKILL + "integrity", "A trait (aij:Trait) is not learned by study: it has no aij:effortHours.")}
    without = trait_graph(graph, "DELETE WHERE { <https://w3id.org/aijobs/skill/statistics> "
                                 "<https://w3id.org/aijobs/ontology#effortHours> ?h }")
    report = validate(without)
    assert {(str(v.focus), words.message(v.message, "en")) for v in report.violations} == {
        (SKILL + "statistics", "A skill needs exactly one aij:effortHours, a number greater than 0.")}
    assert validate(graph).conforms


def test_the_readme_names_the_anchors():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "45 h" in text and "SKS" in text and "24 SKS" in text and "aij:Trait" in text
