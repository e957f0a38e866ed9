"""A knowledge graph of the jobs that grow with AI: roles, skills, sectors and concerns.

The graph is RDF (rdflib); learning paths are computed on a NetworkX projection.

Examples
--------
>>> from graph import load_graph, resolve, describe
>>> g = load_graph()
>>> describe(g, resolve(g, "Auditor AI"))["label"]
'AI Auditor'
"""

from .entities import describe, list_entities, requirements
from .errors import (AmbiguousNameError, DataError, GraphError, LookupFailed, NoPathError, OptionError,
                     OutputError, UnknownNameError, WrongKindError)
from .export import serialize, write_atomic
from .load import load_graph
from .resolve import label, normalise, resolve, suggest
from .validate import validate

__all__ = [
    "AmbiguousNameError", "DataError", "GraphError", "LookupFailed", "NoPathError", "OptionError", "OutputError",
    "UnknownNameError", "WrongKindError", "describe", "label", "list_entities", "load_graph", "normalise",
    "requirements", "resolve", "serialize", "suggest", "validate", "write_atomic",
]
