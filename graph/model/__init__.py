"""The model layer: pure functions of a projection (effort, search, relatedness); no I/O, no wording.

Imports only :mod:`graph.errors` and itself.
"""
