"""Run the CLI as ``python -m graph``."""

from .cli import main

main(prog_name="graph")
