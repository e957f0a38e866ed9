"""The views layer: the only place wording and language live (text, Markdown, JSON shapes, HTML).

Imports :mod:`graph.errors`, :mod:`graph.model`, :mod:`graph.store` and itself.
"""
