"""`graph export`: every format round-trips, output is byte-stable, writes are atomic."""

import importlib.util
import json
import re
import shutil

import pytest
from rdflib import BNode, Graph
from rdflib.compare import isomorphic

from graph.store.export import FORMATS, serialize
from graph.store.turtle import ontology_dir

from ..conftest import ROOT, run_graph
from ..conftest import raises_worded

RDFLIB_FORMAT = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt", "xml": "xml"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_round_trips_to_an_isomorphic_graph(cli, graph, tmp_path, fmt):
    target = tmp_path / f"out.{FORMATS[fmt]}"
    result = cli("export", "--format", fmt, "-o", target)
    assert result.exit_code == 0 and f"Wrote {target}" in result.stderr
    parsed = Graph().parse(target, format=RDFLIB_FORMAT[fmt])
    assert len(parsed) == len(graph) and isomorphic(parsed, graph)
    assert not any(isinstance(term, BNode) for triple in parsed for term in triple)


def test_export_to_stdout_is_turtle_binding_exactly_the_prefixes_it_uses(cli):
    out = cli("export").stdout
    prefixes = [line.split()[1] for line in out.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes)
    assert {"aij:", "role:", "skill:", "skos:", "schema:", "dcterms:", "prov:"} <= set(prefixes)
    body = [line for line in out.splitlines() if not line.startswith("@prefix")]
    for prefix in prefixes:  # no prefix is bound without being used
        assert any(prefix in line for line in body), prefix
    # every project IRI is abbreviated except the ontology's own IRI
    assert {iri for line in body for iri in re.findall(r"<https://w3id\.org/aijobs/[^>]*>", line)} == {
        "<https://w3id.org/aijobs/ontology>"}


def test_the_same_data_gives_the_same_bytes_from_rdflib_or_from_files(graph):
    from graph.store.dataset import Dataset

    for fmt in FORMATS:
        assert serialize(graph, fmt) == Dataset().serialize(fmt) == Dataset.of_graph(graph).serialize(fmt)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_is_byte_identical_across_hash_seeds(fmt):
    outputs = {run_graph("export", "--format", fmt, env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and len(outputs.pop()) > 100_000


def test_jsonld_is_sorted_json(cli):
    document = json.loads(cli("export", "--format", "jsonld").stdout)
    ids = [node["@id"] for node in document]  # expanded JSON-LD: one node object per subject
    assert ids == sorted(ids, key=lambda iri: f"<{iri}>") and len(ids) == len(set(ids))  # N-Triples order


def test_unknown_format_is_a_usage_error(cli):
    result = cli("export", "--format", "yaml")
    assert result.exit_code == 2 and "'yaml' is not one of" in result.stderr


def test_unwritable_output_path(cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = cli("export", "-o", blocker / "out.ttl")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {blocker / 'out.ttl'}: folder {blocker} does not exist"
    result = cli("export", "-o", tmp_path)
    assert result.exit_code == 2  # click refuses a directory as the output file


def test_a_failed_export_leaves_the_existing_file_intact(cli, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    (data / "skills.ttl").write_text("this is not turtle", encoding="utf-8")
    existing = tmp_path / "graph.ttl"
    existing.write_text("previous export\n")
    result = cli("--data", data, "export", "-o", existing)
    assert result.exit_code == 1 and "skills.ttl:1:" in result.stderr
    assert existing.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "graph.ttl"]  # no temp file left behind


def test_release_artifacts_are_up_to_date(graph, tmp_path):
    spec = importlib.util.spec_from_file_location("build_release", ROOT / "scripts" / "build_release.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.build(tmp_path):
        committed = ROOT / "output" / path.name
        assert committed.is_file(), f"{committed} is missing: run python scripts/build_release.py"
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run python scripts/build_release.py"


def test_serialize_rejects_an_unknown_format(graph):
    from graph.errors import OptionError
    with raises_worded(OptionError, match="unknown format 'csv'"):
        serialize(graph, "csv")
