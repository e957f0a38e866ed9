"""A knowledge graph of the jobs that grow with AI: roles, skills, sectors and concerns.

The graph is RDF (rdflib); learning paths are computed on a NetworkX projection.

Examples
--------
>>> from graph import load_graph, resolve, describe
>>> g = load_graph()
>>> describe(g, resolve(g, "Auditor AI"))["labels"]["en"]
'AI Auditor'
"""

from .store.entities import describe, list_entities, requirements
from .errors import (AmbiguousNameError, DataError, GraphError, LookupFailed, NoPathError, OptionError,
                     OutputError, UnknownNameError, WrongKindError)
from .store.export import serialize, write_atomic
from .store.turtle import load_graph
from .store.names import normalise, resolve, suggest
from .store.validate import validate

__all__ = [
    "AmbiguousNameError", "DataError", "GraphError", "LookupFailed", "NoPathError", "OptionError", "OutputError",
    "UnknownNameError", "WrongKindError", "describe", "list_entities", "load_graph", "normalise",
    "requirements", "resolve", "serialize", "suggest", "validate", "write_atomic",
]
