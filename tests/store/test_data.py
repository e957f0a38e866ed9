"""The bundled data: complete, bilingual, honest about its sources, linked only to real identifiers."""

import csv
import re
from collections import Counter

import networkx as nx
import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from graph.store.importers.esco import SKILL as ESCO_SKILL
from graph.store.importers.onet import ELEMENT
from graph.store.importers.triples import unique_slugs
from graph.store.importers.onet import ROLE
from graph.store.rdf import AIJ, KINDS
from graph.model.names import normalise
from graph.store.names import kind_of, resolve

SEEDS = {"000_86439bf83b86a604.txt": "private", "003_2bdbc9e71604a929.txt": "government"}

# Every role, skill, sector, concern, group, use case, route and organisation the articles name,
# in the articles' own wording, with the article it comes from and the kind it must resolve to.
ARTICLE_NAMES = [
    ("private", "role", "Machine Learning Engineer"), ("private", "role", "Data Scientist"),
    ("private", "role", "Data Analyst"), ("private", "role", "AI Researcher"),
    ("private", "role", "Content Strategist"), ("private", "role", "Copywriter"),
    ("private", "role", "Desainer grafis"), ("private", "role", "kreator konten"),
    ("private", "role", "Digital marketer"), ("private", "role", "AI Auditor"),
    ("private", "role", "Compliance Officer"), ("private", "role", "AI Ethicist"),
    ("private", "role", "Cybersecurity Specialist"), ("private", "role", "AI Trainer"),
    ("private", "role", "Project Manager berbasis teknologi"), ("private", "role", "Change Management Specialist"),
    ("private", "role", "AI Experience Designer"), ("private", "role", "Prompt Engineer"),
    ("private", "role", "AI Coach"), ("private", "role", "influencer"), ("private", "role", "content creator"),
    ("government", "role", "Machine Learning Specialist"), ("government", "role", "Spesialis AI"),
    ("government", "role", "Analis Data"), ("government", "role", "Big Data Specialist"),
    ("government", "role", "arsitek digital"),
    ("government", "role", "Keamanan Siber dan Privasi Data"), ("government", "role", "Evaluator dan Auditor Teknologi"),
    ("government", "role", "Pengelola Sistem Layanan Publik Online"),
    ("government", "role", "Pelayanan Publik Berbasis Digital"),
    ("government", "role", "Spesialis Kebijakan AI dan Etika"), ("government", "role", "pembuat regulasi teknologi"),
    ("private", "skill", "analisis"), ("private", "skill", "pemecahan masalah"), ("private", "skill", "kreativitas"),
    ("private", "skill", "empati"), ("private", "skill", "pengambilan keputusan strategis"),
    ("private", "skill", "berpikir kritis"), ("private", "skill", "belajar cepat"), ("private", "skill", "beradaptasi"),
    ("government", "skill", "bahasa pemrograman"), ("government", "skill", "data science"),
    ("government", "skill", "machine learning"), ("government", "skill", "keamanan siber"),
    ("government", "skill", "analitik data besar"), ("government", "skill", "data mining"),
    ("government", "skill", "pemahaman statistik"), ("government", "skill", "kritis"), ("government", "skill", "etis"),
    ("government", "skill", "pemikiran kebijakan"), ("government", "skill", "komunikasi publik"),
    ("government", "skill", "regulasi teknologi"), ("government", "skill", "audit keamanan"),
    ("government", "skill", "cyber hygiene"), ("government", "skill", "integritas"),
    ("government", "skill", "dukungan pengguna"), ("government", "skill", "digital customer support"),
    ("government", "skill", "komunikasi yang baik"), ("government", "skill", "perumusan regulasi AI"),
    ("government", "skill", "pemeliharaan platform"), ("government", "skill", "hukum"),
    ("private", "sector", "pengembangan teknologi AI"), ("private", "sector", "industri kreatif"),
    ("government", "sector", "sektor swasta"), ("government", "sector", "sektor pemerintahan"),
    ("private", "concern", "etika"), ("private", "concern", "privasi"), ("private", "concern", "regulasi"),
    ("private", "concern", "dampak sosial dan moral"), ("government", "concern", "transparan"),
    ("government", "concern", "kepercayaan publik"), ("government", "concern", "tanggung jawab hukum"),
    ("government", "concern", "hak warga"), ("government", "concern", "bias"), ("government", "concern", "keadilan"),
    ("private", "concern", "pengawasan"), ("government", "concern", "tujuan publik"),
    ("government", "concern", "mudah diakses"),
    ("government", "concern", "performa"), ("government", "usecase", "data sosial ekonomi"),
    ("government", "usecase", "mobilitas penduduk"), ("government", "usecase", "kesehatan masyarakat"),
    ("government", "usecase", "isu lingkungan"),
    ("private", "family", "Profesi di Bidang Pengembangan AI"),
    ("private", "family", "Pekerjaan yang Menggabungkan Kreativitas dan AI"),
    ("private", "family", "Pengawasan dan Etika AI"), ("private", "family", "Profesi Pendukung Transformasi Digital"),
    ("private", "family", "Pekerjaan Baru yang Belum Ada Saat Ini"),
    ("government", "family", "Transformasi Digital dan Manajemen Teknologi Pemerintahan"),
    ("government", "usecase", "prediksi kemacetan"), ("government", "usecase", "chatbot layanan publik"),
    ("government", "usecase", "pelayanan publik otomatis"), ("government", "usecase", "analitik data kebijakan"),
    ("government", "usecase", "evidence-based policy"), ("government", "usecase", "menentukan lokasi prioritas pembangunan"),
    ("government", "usecase", "merancang subsidi tepat sasaran"),
    ("government", "usecase", "memprediksi penyebaran penyakit menular"),
    ("government", "usecase", "integrasi portal layanan publik nasional"),
    ("government", "usecase", "digitalisasi dokumen kependudukan"), ("government", "usecase", "sistem absensi berbasis cloud"),
    ("government", "route", "pelatihan resmi"), ("government", "route", "kerja sama universitas"),
    ("government", "route", "sertifikasi"),
    ("government", "organization", "Kementerian Koordinator Bidang Perekonomian"),
    ("government", "organization", "Eksam"), ("private", "organization", "kitakerja"),
]
CONCEPT_KINDS = ("role", "skill", "sector", "concern", "family", "usecase", "route", "organization")


@pytest.fixture(scope="module")
def articles(shared):
    return {kind: (shared / "seeds" / name).read_text(encoding="utf-8") for name, kind in SEEDS.items()}


def entities(graph):
    return sorted({s for s in graph.subjects(RDF.type, None) if kind_of(graph, s) in CONCEPT_KINDS})


@pytest.mark.parametrize("article, kind, name", ARTICLE_NAMES)
def test_every_name_the_articles_use_is_in_the_graph(graph, articles, article, kind, name):
    assert normalise(name) in normalise(articles[article]), f"{name!r} is not the article's wording"
    assert kind_of(graph, resolve(graph, name, kind=kind)) == kind


def test_the_graph_holds_every_kind_in_number(graph):
    counts = Counter(kind_of(graph, e) for e in entities(graph))
    assert counts["role"] >= 26 and counts["skill"] >= 50 and counts["concern"] >= 10
    assert counts["family"] >= 6 and counts["usecase"] >= 15 and counts["route"] == 3 and counts["organization"] == 3


def test_every_entity_is_bilingual(graph):
    for entity in entities(graph):
        for prop in (SKOS.prefLabel, SKOS.definition):
            languages = sorted(v.language for v in graph.objects(entity, prop))
            assert languages == ["en", "id"], f"{entity} {prop}: {languages}"


def test_no_two_entities_share_a_name(graph):
    owners = {}
    for entity in entities(graph):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for value in graph.objects(entity, prop):
                owners.setdefault(normalise(str(value)), set()).add(entity)
    clashes = {name: sorted(map(str, who)) for name, who in owners.items() if len(who) > 1}
    assert not clashes


def test_every_quote_is_copied_exactly_from_the_article_it_cites(graph, shared):
    evidence = list(graph.subjects(RDF.type, AIJ.Evidence))
    assert len(evidence) > 60
    for ev in evidence:
        source = graph.value(ev, DCTERMS.source)
        text = (shared / "seeds" / str(graph.value(source, AIJ.seedFile))).read_text(encoding="utf-8")
        assert str(graph.value(ev, AIJ.quote)) in text, ev


def test_every_fact_has_a_quote_or_a_curation_rationale(graph):
    for entity in entities(graph) + list(graph.subjects(RDF.type, AIJ.SkillRequirement)):
        quotes, notes = list(graph.objects(entity, AIJ.evidence)), list(graph.objects(entity, AIJ.curationNote))
        assert quotes or notes, entity
        assert all(len(str(n).split()) >= 4 for n in notes), entity


def test_requirements_are_complete_and_levels_on_the_scale(graph):
    scale = {int(v) for v in graph.objects(None, AIJ.levelValue)}
    assert scale == {1, 2, 3, 4}
    for role in graph.subjects(RDF.type, AIJ.Role):
        reqs = list(graph.subjects(AIJ.ofRole, role))
        assert reqs and any(graph.value(r, AIJ.essential).toPython() for r in reqs), role
        assert list(graph.objects(role, AIJ.inSector)), role
        for req in reqs:
            assert int(graph.value(req, AIJ.level)) in scale
            assert kind_of(graph, graph.value(req, AIJ.requiresSkill)) == "skill"


def test_skills_have_effort_and_acyclic_prerequisites(graph):
    skills = [s for s in entities(graph) if kind_of(graph, s) == "skill"]
    prerequisites = nx.DiGraph()
    for skill in skills:
        if (skill, RDF.type, AIJ.Trait) in graph:  # not learned by study: no hours
            assert graph.value(skill, AIJ.effortHours) is None, skill
        else:
            assert float(graph.value(skill, AIJ.effortHours)) > 0, skill
        prerequisites.add_edges_from((skill, p) for p in graph.objects(skill, AIJ.prerequisite))
    assert prerequisites.number_of_edges() > 20
    assert nx.is_directed_acyclic_graph(prerequisites)


def test_external_links_point_only_at_identifiers_in_the_reference_data(graph, shared):
    esco = shared / "data" / "esco-1.2.0"
    with open(esco / "occupations_en.csv", encoding="utf-8") as f:
        known = {row["conceptUri"] for row in csv.DictReader(f)}
    with open(esco / "ISCOGroups_en.csv", encoding="utf-8") as f:
        known |= {row["conceptUri"] for row in csv.DictReader(f)}
    with open(shared / "data" / "onet-29.2" / "Occupation Data.txt", encoding="utf-8") as f:
        known |= {ROLE + row["O*NET-SOC Code"]
                  for row in csv.DictReader(f, delimiter="\t")}
    # the skill matches name skills as the importers name them: O*NET elements by their ID, ESCO skills by label
    for name in ("Skills.txt", "Knowledge.txt"):
        with open(shared / "data" / "onet-29.2" / name, encoding="utf-8") as f:
            known |= {ELEMENT + row["Element ID"] for row in csv.DictReader(f, delimiter="\t")}
    with open(esco / "occupation_skill_labels.csv", encoding="utf-8") as f:
        known |= {ESCO_SKILL + slug for slug in unique_slugs({row["skillLabel"] for row in csv.DictReader(f)}).values()}
    links = [str(o) for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch) for o in graph.objects(None, p)]
    assert len(links) >= 30
    assert sorted(set(links) - known) == []


def test_roles_cover_both_sectors_and_every_article_family(graph):
    for family in graph.subjects(RDF.type, AIJ.RoleFamily):
        assert list(graph.subjects(AIJ.inFamily, family)), family
    government = URIRef("https://w3id.org/aijobs/sector/government")
    assert len(set(graph.subjects(AIJ.inSector, government))) >= 7


def test_ontology_header_and_level_scale(graph):
    ontology = URIRef("https://w3id.org/aijobs/ontology")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert graph.value(ontology, prop) is not None
    levels = list(graph.subjects(RDF.type, AIJ.ProficiencyLevel))
    assert len(levels) == 4
    for level in levels:
        assert {v.language for v in graph.objects(level, SKOS.definition)} == {"en", "id"}


def test_every_kind_has_a_class_in_the_ontology(graph):
    from rdflib.namespace import OWL
    for cls in KINDS.values():
        assert (cls, RDF.type, OWL.Class) in graph


# ------------------------------------------------------------------ per-statement provenance

#: The links that carry a statement of their own, and the kinds whose links they are.
LINKS = (AIJ.inSector, AIJ.inFamily, AIJ.addressesConcern, AIJ.hasUseCase, AIJ.trainingRoute, AIJ.growthOutlook,
         AIJ.prerequisite, SKOS.broader)


def statements(graph):
    """Every statement: each rdf:Statement about a link, and each skill requirement."""
    return sorted(set(graph.subjects(RDF.type, RDF.Statement)) | set(graph.subjects(RDF.type, AIJ.SkillRequirement)))


def test_every_link_has_exactly_one_statement(graph):
    links = {(s, p, o) for p in LINKS for s, o in graph.subject_objects(p)}
    described = Counter((graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
                        for st in graph.subjects(RDF.type, RDF.Statement))
    assert len(links) > 250
    assert set(described) == links and set(described.values()) == {1}


def test_every_statement_has_exactly_one_status_and_a_bilingual_note_when_curated(graph):
    status = Counter()
    for statement in statements(graph):
        quotes = list(graph.objects(statement, AIJ.evidence))
        notes = list(graph.objects(statement, AIJ.curationNote))
        assert bool(quotes) != bool(notes), statement
        if notes:
            assert sorted(n.language for n in notes) == ["en", "id"], statement
            assert all(len(str(n).split()) >= 4 for n in notes), statement
        status["quoted" if quotes else "curated"] += 1
    assert status["quoted"] > 100 and status["curated"] > 100  # the graph is neither all quoted nor all curated


def sources_naming(graph, entity):
    return {graph.value(ev, DCTERMS.source) for ev in graph.objects(entity, AIJ.evidence)}


def test_a_quoted_statement_cites_an_article_that_names_its_subject(graph):
    """A quote about one role's link comes from an article that names that role (no borrowing across articles)."""
    for statement in statements(graph):
        subject = graph.value(statement, RDF.subject) or graph.value(statement, AIJ.ofRole)
        if kind_of(graph, subject) != "role":
            continue
        cited = {graph.value(ev, DCTERMS.source) for ev in graph.objects(statement, AIJ.evidence)}
        assert cited <= sources_naming(graph, subject), statement


def test_the_general_skill_lists_are_a_grouping_not_any_one_roles_requirement(graph):
    groups = set(graph.subjects(RDF.type, SKOS.Collection))
    listed = {ev for g in groups for ev in graph.objects(g, AIJ.evidence)}
    assert len(groups) >= 4 and listed
    for req in graph.subjects(RDF.type, AIJ.SkillRequirement):
        assert not set(graph.objects(req, AIJ.evidence)) & listed, req
    members = {m for g in groups for m in graph.objects(g, SKOS.member)} - groups
    assert members and all(kind_of(graph, m) in ("skill", "concern", "route") for m in members)


def test_a_quoted_requirement_explains_its_level(graph):
    for req in graph.subjects(RDF.type, AIJ.SkillRequirement):
        if graph.value(req, AIJ.evidence) is not None:
            assert str(graph.value(req, AIJ.levelNote) or "").strip(), req


def test_every_concept_is_in_the_scheme_and_isco_groups_are_broader(graph):
    scheme = URIRef("https://w3id.org/aijobs/ontology")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    for entity in entities(graph):
        if kind_of(graph, entity) != "organization":
            assert list(graph.objects(entity, SKOS.inScheme)) == [scheme], entity
    isco = "http://data.europa.eu/esco/isco/"
    assert any(str(o).startswith(isco) for o in graph.objects(None, SKOS.broadMatch))
    for prop in (SKOS.exactMatch, SKOS.closeMatch):
        assert not [o for o in graph.objects(None, prop) if str(o).startswith(isco)], prop


def test_every_curation_note_comes_in_english_and_in_indonesian(graph):
    notes = {}
    for subject, note in graph.subject_objects(AIJ.curationNote):
        notes.setdefault(subject, Counter())[note.language] += 1
    assert len(notes) > 200
    for subject, languages in notes.items():
        assert set(languages) == {"en", "id"} and languages["en"] == languages["id"], subject


# ------------------------------------------------------------------ labels a native reader would write

#: The English terms the articles use in Indonesian text, and the entity each names: Indonesian labels too.
ARTICLE_TERMS = [
    ("private", "role/machine-learning-engineer", "Machine Learning Engineer"),
    ("private", "role/data-scientist", "Data Scientist"), ("private", "role/prompt-engineer", "Prompt Engineer"),
    ("private", "role/ai-trainer", "AI Trainer"), ("private", "role/ai-coach", "AI Coach"),
    ("private", "role/ai-compliance-officer", "Compliance Officer"),
    ("private", "role/ai-experience-designer", "AI Experience Designer"), ("private", "role/copywriter", "Copywriter"),
    ("private", "role/content-strategist", "Content Strategist"), ("private", "role/digital-marketer", "Digital marketer"),
    ("government", "skill/machine-learning", "machine learning"), ("government", "skill/data-science", "data science"),
    ("government", "skill/data-mining", "data mining"), ("government", "skill/big-data-analytics", "big data"),
    ("government", "skill/cyber-hygiene-education", "cyber hygiene"),
    ("government", "skill/digital-customer-support", "digital customer support"),
    ("government", "skill/e-government-systems", "e-government"), ("government", "skill/cloud-computing", "cloud"),
]
#: What the Indonesian levels are called: the steps of SKKNI-style competency scales.
LEVEL_NAMES = {1: "Dasar", 2: "Menengah", 3: "Mahir", 4: "Ahli"}
#: Words the articles use for the problems a concern answers, which are not names of the concern.
PROBLEMS = ["pungli", "birokrasi berbelit", "diskriminasi", "peretasan", "penyalahgunaan", "kebocoran data",
            "kesenjangan digital", "kesalahan klasifikasi data warga", "illegal levies", "red tape", "hacking",
            "data leaks", "digital divide", "misclassification"]


def labels(graph, entity, language=None):
    return {str(v) for p in (SKOS.prefLabel, SKOS.altLabel) for v in graph.objects(entity, p)
            if language is None or v.language == language}


@pytest.mark.parametrize("article, entity, term", ARTICLE_TERMS)
def test_the_articles_english_terms_are_indonesian_labels(graph, articles, article, entity, term):
    assert normalise(term) in normalise(articles[article]), f"{term!r} is not the article's wording"
    found = {normalise(label) for label in labels(graph, URIRef("https://w3id.org/aijobs/" + entity), "id")}
    assert normalise(term) in found


def test_level_names_are_the_skkni_steps(graph):
    names = {int(graph.value(level, AIJ.levelValue)): {v.language: str(v) for v in graph.objects(level, SKOS.prefLabel)}
             for level in graph.subjects(RDF.type, AIJ.ProficiencyLevel)}
    assert {value: label["id"] for value, label in names.items()} == LEVEL_NAMES
    assert all(sorted(label) == ["en", "id"] for label in names.values())


def test_effort_is_worded_as_study_hours(graph):
    named = {str(v) for p in (AIJ.effortHours, AIJ.effortFactor) for v in graph.objects(p, RDFS.label) if v.language == "id"}
    assert named == {"jam belajar", "faktor jam belajar"}
    worded = [str(v) for v in graph.objects(None, None) if getattr(v, "language", None) == "id"]
    assert worded and not [text for text in worded if "jam usaha" in text.casefold()]


def test_english_labels_use_no_word_that_only_the_indonesian_text_uses(graph):
    """A label tagged @en holds no word found in Indonesian definitions and notes but in no English text."""
    words = {"en": Counter(), "id": Counter()}
    for prop in (SKOS.definition, AIJ.curationNote, SKOS.prefLabel):
        for value in graph.objects(None, prop):
            if getattr(value, "language", None) in words:
                words[value.language].update(re.findall(r"[a-z]+", str(value).casefold()))
    indonesian_only = set(words["id"]) - set(words["en"])
    assert {"yang", "riset", "bertanggung"} <= indonesian_only  # the test sees Indonesian words at all
    wrong = sorted((str(s), str(v)) for s, v in graph.subject_objects(SKOS.altLabel)
                   if v.language == "en" and set(re.findall(r"[a-z]+", str(v).casefold())) & indonesian_only)
    assert not wrong


def test_an_english_phrase_keeps_english_word_order(graph):
    """'audit AI', 'compliance officer AI': the qualifier after the noun is Indonesian order, so such a label is @id."""
    wrong = sorted(str(v) for p in (SKOS.prefLabel, SKOS.altLabel) for v in graph.objects(None, p)
                   if v.language == "en" and re.fullmatch(r"[a-z][a-z ]* (AI|TI)", str(v))
                   and not re.search(r"\b(with|for|of|by|responsible|generative)\s+AI$", str(v)))
    assert not wrong


def test_no_concern_is_named_by_the_problem_it_answers(graph):
    names = {normalise(label) for concern in graph.subjects(RDF.type, AIJ.Concern) for label in labels(graph, concern)}
    assert names and not names & {normalise(p) for p in PROBLEMS}


def test_general_labels_name_no_tool_and_no_group_of_people(graph):
    """A bundled skill is not called by one tool that teaches it, nor a sector by the people who work in it."""
    skills = {normalise(label) for s in graph.subjects(RDF.type, None) if kind_of(graph, s) == "skill"
              for label in labels(graph, s)}
    sectors = {normalise(label) for s in graph.subjects(RDF.type, AIJ.Sector) for label in labels(graph, s)}
    assert skills and sectors
    assert not skills & {"python", "excel", "tableau", "tensorflow"}
    assert not sectors & {"asn", "pns", "civil servants", "perusahaan", "companies"}
