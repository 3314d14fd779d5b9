"""CLI commands of the briefs area; cli.py registers every command listed in `commands`."""

import click

commands: list[click.Command] = []
