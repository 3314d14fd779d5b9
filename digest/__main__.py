"""`python -m digest` runs the `digest` command, for a checkout used without installing its entry point."""

from digest.cli import main

main(prog_name="digest")
