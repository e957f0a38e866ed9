"""The store layer: the only code that reads and writes files, talks to RDF engines and servers, and caches.

Imports :mod:`graph.errors`, :mod:`graph.model` and itself.
"""
