"""The `digest` command: one group, commands contributed by each area's module."""

from __future__ import annotations

import importlib
import logging
import sys

import click

from digest import __version__

AREAS = ("core", "ingest", "topics", "briefs", "render", "deliver", "web", "worker")


@click.group()
@click.version_option(__version__, prog_name="digest")
@click.option("-v", "--verbose", count=True, help="More log detail (-vv for debug).")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line.")
def main(verbose: int, log_json: bool) -> None:
    """digest: feeds in, tracked topics with cited briefs out, by email."""
    from digest.commands.logs import setup_logging

    setup_logging(verbose, log_json)
    # APScheduler logs two INFO lines per job run (every few seconds for the config watch): only at -vv.
    logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)


@main.group(name="eval")
def eval_group() -> None:
    """Evaluations on labeled data; each ends with one JSON line."""


def _register() -> None:
    for area in AREAS:
        module = importlib.import_module(f"digest.commands.{area}")
        for command in getattr(module, "commands", []):
            main.add_command(command)
        for command in getattr(module, "eval_commands", []):
            eval_group.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

logging.getLogger(__name__).addHandler(logging.NullHandler())
