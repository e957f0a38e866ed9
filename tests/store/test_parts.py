"""A dataset's commands read part of it (show, list, viz, validate): each part answers exactly as the whole graph."""

import pytest
from rdflib import RDFS

from graph.store.dataset import Dataset
from graph.store.entities import describe, list_entities
from graph.store.importers.onet import ELEMENT, ROLE, TECHNOLOGY
from graph.model.vocabulary import KINDS
from graph.views import html
from ..conftest import invoke
from ..import_fixtures import write_esco, write_onet


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """A dataset with the fixture O*NET and ESCO releases, and its whole graph."""
    sources, folder = tmp_path_factory.mktemp("sources"), tmp_path_factory.mktemp("dataset") / "data"
    for kind, write, release in (("onet", write_onet, "onet-29.2"), ("esco", write_esco, "esco-1.2.0")):
        assert invoke("--data", folder, "import", kind, write(sources / release)).exit_code == 0
    dataset = Dataset(folder)
    return dataset, dataset.graph()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_listing_reads_a_part_and_lists_what_the_whole_graph_lists(data, kind):
    dataset, whole = data
    assert dataset.listing(kind) == list_entities(whole, kind)


@pytest.mark.parametrize("kind, filters", [
    ("role", {"sector": "government"}), ("skill", {"family": "Systems analysts"}), ("skill", {"concern": "privacy"}),
    ("role", {"family": "Systems analysts"}), ("concern", {"sector": "private sector"}),
])
def test_filtered_listing_reads_a_part_and_lists_what_the_whole_graph_lists(data, kind, filters):
    dataset, whole = data
    part = dataset.graph_for_listing(kind)
    assert len(part) < len(whole)
    assert list_entities(part, kind, **filters) == list_entities(whole, kind, **filters)


@pytest.mark.parametrize("iri", [ROLE + "15-2041.00", ELEMENT + "2.C.4.a", ELEMENT + "2.A.1.e", TECHNOLOGY + "python",
                                 "https://w3id.org/aijobs/role/data-scientist", "https://w3id.org/aijobs/skill/statistics",
                                 "https://w3id.org/aijobs/sector/government"])
def test_show_reads_a_part_and_describes_as_the_whole_graph_does(data, iri):
    dataset, whole = data
    assert describe(dataset.graph_about(iri), iri) == describe(whole, iri)


def test_the_drawing_part_draws_what_the_whole_graph_draws(data):
    dataset, whole = data
    part, G = dataset.graph_for_drawing(), dataset.projection()
    assert len(part) < len(whole)
    drawn, expected = html.drawing(part, G), html.drawing(whole, G)
    assert dict(drawn.nodes(data="kind")) == dict(expected.nodes(data="kind"))
    assert sorted(drawn.edges(data=True), key=lambda e: e[:2]) == sorted(expected.edges(data=True), key=lambda e: e[:2])
    view = html.select(whole, G, around=ROLE + "15-2051.00", depth=2)
    assert html.render(part, G, view, lang="id") == html.render(whole, G, view, lang="id")


def test_the_imported_part_for_validation_holds_only_imported_statements_and_the_class_hierarchy(data):
    dataset, whole = data
    hand_edited, imported = dataset.parts()
    assert len(hand_edited) + len(imported) - len(set(hand_edited.triples((None, RDFS.subClassOf, None)))) == len(whole)
    assert set(imported.triples((None, RDFS.subClassOf, None))) == set(hand_edited.triples((None, RDFS.subClassOf, None)))
    some = dataset.parts({RDFS.label})[1]
    assert set(some) <= set(imported)
