"""Loading: the parse cache is invisible except in speed."""

import shutil

from rdflib.compare import isomorphic

from graph.store.turtle import cache_dir, load_graph, ontology_dir


def test_cache_gives_the_same_graph_and_follows_edits(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPH_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(ontology_dir(), data)
    fresh = load_graph(data, cache=False)
    first = load_graph(data)
    assert list(cache_dir().glob("*.pickle")) and isomorphic(first, fresh)
    assert isomorphic(load_graph(data), fresh)  # served from the cache
    with open(data / "roles.ttl", "a", encoding="utf-8") as f:
        f.write('role:data-analyst skos:altLabel "pengolah data"@id .\n')
    edited = load_graph(data)
    assert len(edited) == len(fresh) + 1
    assert len(list(cache_dir().glob("*.pickle"))) == 1  # one cache file per data folder


def test_a_corrupt_or_unwritable_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPH_CACHE_DIR", str(tmp_path / "cache"))
    expected = len(load_graph())
    for cached in cache_dir().glob("*.pickle"):
        cached.write_bytes(b"not a pickle")
    assert len(load_graph()) == expected
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("GRAPH_CACHE_DIR", str(blocker))
    assert len(load_graph()) == expected
