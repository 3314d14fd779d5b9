"""CLI commands of the topics area; cli.py registers every command listed in `commands`."""

import click

commands: list[click.Command] = []
