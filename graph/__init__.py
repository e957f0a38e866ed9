"""A knowledge graph of the jobs that grow with AI: roles, skills, sectors and concerns.

The graph is RDF (rdflib); learning paths are computed on a NetworkX projection. The public
functions below are imported on first use, so a command that needs no RDF library (a
learning path from the cached forms) never loads one.

Examples
--------
>>> from graph import load_graph, resolve, describe
>>> g = load_graph()
>>> describe(g, resolve(g, "Auditor AI"))["labels"]["en"]
'AI Auditor'
"""

from importlib import import_module

from .errors import (AmbiguousNameError, DataError, GraphError, LookupFailed, NoPathError, OptionError,
                     OutputError, UnknownNameError, WrongKindError)

#: Public name -> the module that defines it.
_API = {
    "describe": "store.entities", "list_entities": "store.entities", "requirements": "store.entities",
    "serialize": "store.export", "write_atomic": "store.export", "load_graph": "store.turtle",
    "normalise": "model.names", "resolve": "store.names", "suggest": "store.names",
    "validate": "store.validate",
}

__all__ = [
    "AmbiguousNameError", "DataError", "GraphError", "LookupFailed", "NoPathError", "OptionError", "OutputError",
    "UnknownNameError", "WrongKindError", *sorted(_API),
]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    return getattr(import_module(f".{_API[name]}", __name__), name)
