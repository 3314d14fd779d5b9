"""CLI commands of the deliver area; cli.py registers every command listed in `commands`."""

import click

commands: list[click.Command] = []
