"""CLI commands of the ingest area; cli.py registers every command listed in `commands`."""

import click

commands: list[click.Command] = []
