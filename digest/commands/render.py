"""CLI commands of the render area; cli.py registers every command listed in `commands`.

`digest preview` writes exactly what the next issue would send, one copy per recipient variant
(reader and editor), so editors can check templates and content before anything goes out.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import click

from digest.commands.options import config_option
from digest.config import ConfigError, load
from digest.models import DigestContext, Recipient

PREVIEW_TOKEN = "preview"


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "digest"


def _context(cfg, digest_name: str, sample: bool) -> DigestContext:
    """The issue the next run would send, from the store; or the built-in sample issue."""
    digest_cfg = cfg.digest(digest_name)
    if sample:
        from digest.render import sample_context

        ctx = sample_context(web_base_url=cfg.web.base_url)
        ctx.digest = digest_cfg.name
        ctx.subject_template = digest_cfg.subject
        return ctx
    from digest.pipeline import prepare_context
    from digest.store.db import open_db

    engine = open_db(cfg.database_url)
    try:
        return prepare_context(cfg, engine, digest_cfg.name, datetime.now(UTC))
    finally:
        engine.dispose()


@click.command("preview")
@config_option(help="The feeds.yaml to read.")
@click.option("--digest", "digest_name", default=None, help="Which digest (default: the first in the file).")
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the files (default: out/preview next to the config).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the reader's HTML in the default browser.")
@click.option("--sample", is_flag=True, help="Render a built-in sample issue (to try templates).")
def preview(config_path: Path, digest_name: str | None, out_dir: Path | None, open_browser: bool, sample: bool) -> None:
    """Write the HTML, text and .eml the next issue would send, for a reader and an editor."""
    from digest.deliver.message import build_message, default_list_id
    from digest.render import Renderer, RenderError

    try:
        cfg = load(config_path)
        digest_cfg = cfg.digest(digest_name)
    except ConfigError as exc:
        _fail(str(exc))
    renderer = Renderer(cfg.templates_dir)
    problems = renderer.check()
    if problems:
        _fail("templates have problems:\n" + "\n".join(problems))
    ctx = _context(cfg, digest_cfg.name, sample)
    try:
        base = renderer.render_base(ctx)
    except RenderError as exc:
        _fail(str(exc))
    out = out_dir if out_dir is not None else cfg.resolve("out/preview")
    out.mkdir(parents=True, exist_ok=True)
    unsubscribe = f"{cfg.web.base_url}/unsubscribe/{PREVIEW_TOKEN}" if cfg.web.base_url else None
    variants = {
        "reader": Recipient(next(iter(digest_cfg.recipients), "reader@example.org"), unsubscribe, editor=False),
        "editor": Recipient(next(iter(digest_cfg.editors), "editor@example.org"), unsubscribe, editor=True),
    }
    stem = f"{_slug(digest_cfg.name)}-{ctx.number}"
    now = datetime.now(UTC)
    click.echo(f"subject: {base.subject}")
    if base.detail_level:
        click.echo(f"shortened to fit {base.html_bytes} bytes (detail level {base.detail_level})")
    first_html: Path | None = None
    for variant, recipient in variants.items():
        from digest.deliver.send import message_bytes

        rendered = renderer.personalize(base, recipient)
        message = build_message(
            rendered,
            sender=cfg.delivery.sender,
            recipient=recipient.email,
            message_id=f"<{stem}-{variant}-{PREVIEW_TOKEN}@{_domain(cfg.delivery.sender)}>",
            list_id=default_list_id(digest_cfg.name, cfg.delivery.sender),
            unsubscribe_url=recipient.unsubscribe_url,
            date=now,
        )
        paths = {
            "html": out / f"{stem}-{variant}.html",
            "text": out / f"{stem}-{variant}.txt",
            "eml": out / f"{stem}-{variant}.eml",
        }
        paths["html"].write_text(rendered.html, encoding="utf-8")
        paths["text"].write_text(rendered.text, encoding="utf-8")
        paths["eml"].write_bytes(message_bytes(message, str(message["Message-ID"])))
        for kind, path in paths.items():
            click.echo(f"{variant} {kind}: {path}")
        first_html = first_html or paths["html"]
    if open_browser and first_html is not None:
        click.launch(str(first_html))


def _domain(sender: str) -> str:
    from email.utils import parseaddr

    return parseaddr(sender)[1].rpartition("@")[2] or "localhost"


commands: list[click.Command] = [preview]
