"""Editing feeds.yaml in place: add feeds and keep every comment, blank line and quote the editor wrote.

The edited text is validated before it replaces the file, and the replacement is atomic, so a
command never leaves a broken or half-written feeds.yaml behind.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from digest.config import Config, ConfigError, _feed_identity, parse


@dataclass(frozen=True)
class NewFeed:
    url: str
    name: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class AddResult:
    added: list[NewFeed] = field(default_factory=list)
    duplicates: list[NewFeed] = field(default_factory=list)  # already in the file (or twice in the input)
    config: Config | None = None


def _yaml(text: str) -> YAML:
    """A round-trip YAML that writes lists the way this file already indents them."""
    from ruamel.yaml.util import load_yaml_guess_indent

    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except Exception:  # a guess only; parse() reports real errors
        indent, offset = None, None
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the editor's long lines
    if indent is None or offset is None:
        indent, offset = 4, 2  # the style of the shipped feeds.yaml and `digest init`
    yaml.indent(mapping=max(2, indent - offset) if offset else indent, sequence=indent, offset=offset)
    return yaml


def add_feeds(path: Path, feeds: list[NewFeed], *, dry_run: bool = False) -> AddResult:
    """Append feeds not yet in the file; raises ConfigError (file:line) if the result would not validate."""
    text = path.read_text(encoding="utf-8")
    current = parse(text, path)  # refuse to edit a file that is already broken
    seen = {_feed_identity(f.url) for f in current.feeds}
    yaml = _yaml(text)
    doc = yaml.load(text)
    if doc is None:
        doc = CommentedMap()
    result = AddResult()
    entries = doc.get("feeds")
    if entries is None:
        entries = doc["feeds"] = CommentedSeq()
    for feed in feeds:
        key = _identity(feed.url)
        if key in seen:
            result.duplicates.append(feed)
            continue
        seen.add(key)
        entry = CommentedMap(url=feed.url)
        if feed.name:
            entry["name"] = feed.name
        if feed.tags:
            tags = CommentedSeq(feed.tags)
            tags.fa.set_flow_style()
            entry["tags"] = tags
        entries.append(entry)
        result.added.append(feed)
    out = io.StringIO()
    yaml.dump(doc, out)
    new_text = out.getvalue()
    result.config = parse(new_text, path)
    if result.added and not dry_run:
        _replace(path, new_text)
    return result


def _identity(url: str) -> str:
    try:
        return _feed_identity(url.strip())
    except ValueError:  # a bad port: validation names it with its line
        return url


def _replace(path: Path, text: str) -> None:
    """Write beside the file and rename over it, keeping its permissions."""
    mode = path.stat().st_mode & 0o777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["AddResult", "ConfigError", "NewFeed", "add_feeds"]
