"""Each example query in ontology/queries answers its question: checked against the data with plain
rdflib triple lookups, never against a stored answer."""

import json
from collections import Counter

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graph.store.turtle import ontology_dir
from graph.store.rdf import AIJ, ESCO, PREFIXES
from ..conftest import invoke

QUERIES = ontology_dir() / "queries"



def answer(name, fmt="json", data=None):
    """Run one example query through the CLI; SELECT rows as dicts of rdflib terms."""
    args = (["--data", str(data)] if data else []) + ["query", f"@{QUERIES / name}", "--format", fmt]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    if fmt != "json":
        return result.output
    document = json.loads(result.output)
    if "boolean" in document:
        return document["boolean"]
    return [{var: term(value) for var, value in row.items()} for row in document["results"]["bindings"]]


def term(value):
    if value["type"] == "uri":
        return URIRef(value["value"])
    return Literal(value["value"], lang=value.get("xml:lang"), datatype=value.get("datatype"))


def text(g, iri, lang="en", prop=SKOS.prefLabel):
    (value,) = [v for v in g.objects(iri, prop) if v.language == lang]
    return value


def requirements(g, role):
    for req in g.subjects(AIJ.ofRole, role):
        yield g.value(req, AIJ.requiresSkill), int(g.value(req, AIJ.level)), bool(g.value(req, AIJ.essential).toPython())


def level_label(g, level, lang="en"):
    (proficiency,) = g.subjects(AIJ.levelValue, Literal(level))
    return text(g, proficiency, lang)


def check_government_privacy_roles(g):
    government = PREFIXES["sector"]["government"]

    def in_government(sector):
        return sector == government or any(in_government(b) for b in g.objects(sector, SKOS.broader))

    expected = {r for r in g.subjects(AIJ.addressesConcern, PREFIXES["concern"]["privacy"])
                if (r, RDF.type, AIJ.Role) in g and any(in_government(s) for s in g.objects(r, AIJ.inSector))}
    rows = answer("government-privacy-roles.rq")
    assert expected and [row["role"] for row in rows if row["role"] in expected] == [row["role"] for row in rows]
    assert {row["role"] for row in rows} == expected and len(rows) == len(expected)
    for row in rows:
        assert row["label"] == text(g, row["role"]) and row["label_id"] == text(g, row["role"], "id")
    assert [str(r["label"]) for r in rows] == sorted(str(r["label"]) for r in rows)


def check_skills_shared_by_growing_roles(g):
    growing = set(g.subjects(AIJ.growthOutlook, AIJ.Growing))
    shared = {}
    for req in g.subjects(RDF.type, AIJ.SkillRequirement):
        if g.value(req, AIJ.ofRole) in growing:
            shared.setdefault(g.value(req, AIJ.requiresSkill), set()).add(g.value(req, AIJ.ofRole))
    rank = sorted(shared, key=lambda s: (-len(shared[s]), str(text(g, s)), str(s)))
    rows = answer("skills-shared-by-growing-roles.rq")
    assert [row["skill"] for row in rows] == rank[:10]
    for row in rows:
        assert int(row["roles"]) == len(shared[row["skill"]]) and row["label"] == text(g, row["skill"])


def check_emerging_roles_and_their_skills(g):
    emerging = set(g.subjects(AIJ.growthOutlook, AIJ.Emerging)) | set(
        g.subjects(AIJ.inFamily, PREFIXES["family"]["new-jobs"]))
    expected = {(role, skill, level, essential) for role in emerging for skill, level, essential in requirements(g, role)}
    rows = answer("emerging-roles-and-their-skills.rq")
    got = [(r["role"], r["skill"], int(r["level"]), r["essential"].toPython()) for r in rows]
    assert emerging and set(got) == expected and len(got) == len(expected)
    assert got == sorted(got, key=lambda r: (str(r[0]), not r[3], -r[2], str(r[1])))
    assert all(r["level_label"] == level_label(g, int(r["level"])) for r in rows)


def check_ai_auditor_skills_in_indonesian(g):
    ranked = sorted(((text(g, skill, "id"), level, essential)
                     for skill, level, essential in requirements(g, PREFIXES["role"]["ai-auditor"])),
                    key=lambda r: (not r[2], -r[1], str(r[0])))
    expected = [(label, level_label(g, level, "id"), "wajib" if essential else "opsional")
                for label, level, essential in ranked]
    rows = answer("ai-auditor-skills-in-indonesian.rq")
    assert [(r["keterampilan"], r["tingkat"], str(r["sifat"])) for r in rows] == expected
    assert all(r["keterampilan"].language == r["tingkat"].language == "id" for r in rows)


def check_quoted_versus_curated(g):
    rows = answer("quoted-versus-curated.rq")
    owner_kinds = {AIJ.Role: "Role", AIJ.Sector: "Sector"} | {c: "Skill" for c in g.transitive_subjects(RDFS.subClassOf, AIJ.Skill)}
    counted = Counter()
    statements = [(s, g.value(s, RDF.subject), g.value(s, RDF.predicate)) for s in g.subjects(RDF.type, RDF.Statement)]
    statements += [(r, g.value(r, AIJ.ofRole), AIJ.requiresSkill) for r in g.subjects(RDF.type, AIJ.SkillRequirement)]
    for node, subject, link in statements:
        [owner] = {owner_kinds[c] for c in g.objects(subject, RDF.type) if c in owner_kinds}
        english = [v for v in g.objects(link, RDFS.label) if v.language == "en"]
        name = english[0] if english else str(link).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        counted[(owner, str(name), g.value(node, AIJ.evidence) is not None)] += 1
    expected = {(owner, name): (counted[(owner, name, True)] + counted[(owner, name, False)],
                                counted[(owner, name, True)], counted[(owner, name, False)])
                for owner, name, _ in counted}
    got = {(str(r["from"]), str(r["link"])): (int(r["statements"]), int(r["quoted"]), int(r["curated"])) for r in rows}
    assert got == expected and list(got) == sorted(expected)
    assert sum(q for _, q, _ in got.values()) and sum(c for _, _, c in got.values())  # it separates something


def check_requirements_in_esco_terms(g):
    expected = Graph()
    for req in g.subjects(RDF.type, AIJ.SkillRequirement):
        link = ESCO.relatedEssentialSkill if g.value(req, AIJ.essential).toPython() else ESCO.relatedOptionalSkill
        expected.add((g.value(req, AIJ.ofRole), link, g.value(req, AIJ.requiresSkill)))
    got = Graph().parse(data=answer("requirements-in-esco-terms.rq", fmt="nt"), format="nt")
    assert len(got) == len(set(g.subjects(RDF.type, AIJ.SkillRequirement))) and isomorphic(got, expected)


def check_prerequisite_cycle(g):
    acyclic = nx.is_directed_acyclic_graph(nx.DiGraph(list(g.subject_objects(AIJ.prerequisite))))
    assert answer("prerequisite-cycle.rq") is (not acyclic)


CHECKS = {
    "government-privacy-roles.rq": check_government_privacy_roles,
    "skills-shared-by-growing-roles.rq": check_skills_shared_by_growing_roles,
    "emerging-roles-and-their-skills.rq": check_emerging_roles_and_their_skills,
    "ai-auditor-skills-in-indonesian.rq": check_ai_auditor_skills_in_indonesian,
    "quoted-versus-curated.rq": check_quoted_versus_curated,
    "requirements-in-esco-terms.rq": check_requirements_in_esco_terms,
    "prerequisite-cycle.rq": check_prerequisite_cycle,
}


def test_every_example_query_is_checked_and_says_its_question():
    assert {p.name for p in QUERIES.glob("*.rq")} == set(CHECKS)
    for name in CHECKS:
        assert (QUERIES / name).read_text(encoding="utf-8").startswith("# Question")


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_example_query_answers_its_question(name, graph):
    CHECKS[name](graph)


def test_prerequisite_cycle_query_finds_a_cycle(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for path in sorted(ontology_dir().glob("*.ttl")):
        (data / path.name).write_bytes(path.read_bytes())
    skill = PREFIXES["skill"]
    (data / "cycle.ttl").write_text(f"<{skill['statistics']}> <{AIJ.prerequisite}> <{skill['machine-learning']}> .\n"
                                    f"<{skill['machine-learning']}> <{AIJ.prerequisite}> <{skill['statistics']}> .\n")
    assert answer("prerequisite-cycle.rq", data=data) is True


def test_examples_are_reachable_by_name(cli):
    by_name = cli("query", "@example:government-privacy-roles", "--format", "csv")
    by_file = cli("query", f"@{ontology_dir() / 'queries' / 'government-privacy-roles.rq'}", "--format", "csv")
    assert by_name.exit_code == 0 and by_name.stdout == by_file.stdout and by_name.stdout.count("\n") > 2
    unknown = cli("query", "@example:government-privacy")
    assert unknown.exit_code == 2 and "no example query named 'government-privacy'" in unknown.stderr
    assert "government-privacy-roles" in unknown.stderr
