"""CLI commands of the web area: `digest serve` and `digest subscribers import|list|remove|prune`."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

import click
from sqlalchemy import Engine

from digest.commands.options import config_option, load_or_exit, open_db_or_exit
from digest.config import Config

_config_option = config_option()
_load = load_or_exit


def _open(config: Config) -> Engine:
    return open_db_or_exit(config, status=1)


@click.command()
@_config_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    envvar="DIGEST_HOST",
    show_envvar=True,
    help="Address to listen on.",
)
@click.option(
    "--port",
    default=8080,
    show_default=True,
    type=click.IntRange(1, 65535),
    envvar="DIGEST_PORT",
    show_envvar=True,
    help="Port to listen on.",
)
@click.option(
    "--allow-any-host",
    is_flag=True,
    help="Without web.base_url, build links in sign-up mail from each request's Host header (local trials only).",
)
def serve(config_path: Path, host: str, port: int, allow_any_host: bool) -> None:
    """Serve the archive, topic pages, sign-up and unsubscribe pages (put HTTPS in front of it)."""
    from digest.deliver.tokens import SecretError, load_secret

    config = _load(config_path)
    try:
        load_secret(config)
    except SecretError as exc:
        click.echo(f"error: cannot serve: {exc}", err=True)
        sys.exit(1)
    if not config.web.base_url:
        if not allow_any_host:
            click.echo(
                "error: cannot serve: web.base_url is not set, so links in sign-up mail would use whatever Host "
                "header a stranger sends; set web.base_url in feeds.yaml (or pass --allow-any-host for a local trial)",
                err=True,
            )
            sys.exit(1)
        click.echo("note: --allow-any-host: links in emails use the address each request came to", err=True)

    import uvicorn

    from digest.web import create_app

    app = create_app(config, _open(config), allow_any_host=allow_any_host)
    shown = f"[{host}]" if ":" in host else host
    # Logs stay at WARNING unless -v, so say where to look; uvicorn reports a port already in use itself.
    click.echo(f"starting the web server for {config.path} on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    access = logging.getLogger("uvicorn.access")
    access.setLevel(logging.INFO)  # one line per request, whatever -v says
    access.addFilter(RedactTokens())
    # No proxy_headers: the app reads X-Forwarded-For itself, and only from web.trusted_proxies.
    uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False, log_config=None)
    click.echo(f"web server on http://{shown}:{port}/ stopped", err=True)


class RedactTokens(logging.Filter):
    """Access lines without the signed tokens of confirm, preferences and unsubscribe links, nor query
    strings: whoever reads the log must not be able to unsubscribe a reader."""

    PATTERN = re.compile(r"^(/(?:confirm|preferences|unsubscribe)/)[^/?\s]+|\?.*$")

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            path = self.PATTERN.sub(lambda m: (m.group(1) + "…") if m.group(1) else "?…", args[2])
            record.args = (*args[:2], path, *args[3:])
        return True


@click.group()
def subscribers() -> None:
    """Manage subscribers: import a CSV, list them, remove (unsubscribe) an address, prune sign-ups."""


@subscribers.command("import")
@_config_option
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--email-column", help="Header of the address column (default: email, e-mail, mail, address).")
@click.option("--digests-column", help="Header of the digests column (default: digests, digest, lists); optional.")
def import_command(config_path: Path, csv_file: Path, email_column: str | None, digests_column: str | None) -> None:
    """Import CSV rows `email[,digests]` as confirmed subscribers (digests separated by `;`).

    A header row maps columns by name, so an export such as `Name,E-mail,Joined` imports as is;
    other columns are ignored. All or nothing: any bad row is reported with its line and nothing is
    imported. Addresses that unsubscribed or bounced stay so and are reported as skipped: only their
    owner can re-subscribe.
    """
    import tempfile

    from digest.deliver.subscribers import CsvImportError, import_csv, why_skipped

    config = _load(config_path)
    try:
        mapped, note = map_csv_columns(csv_file.read_text(encoding="utf-8-sig"), email_column, digests_column)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        click.echo(f"{csv_file}: {exc}", err=True)
        click.echo("nothing imported", err=True)
        sys.exit(1)
    if note:
        click.echo(f"{csv_file}: {note}", err=True)
    engine = _open(config)
    with tempfile.TemporaryDirectory(prefix="digest-csv-") as folder:
        source = csv_file
        if mapped is not None:
            source = Path(folder) / csv_file.name
            source.write_text(mapped, encoding="utf-8")
        try:
            result = import_csv(engine, config, source)
        except CsvImportError as exc:
            click.echo(str(exc).replace(str(source), str(csv_file)), err=True)
            click.echo("nothing imported", err=True)
            sys.exit(1)
    click.echo(
        f"{csv_file}: {result.added} added, {result.confirmed} confirmed, {result.unchanged} unchanged, "
        f"{len(result.skipped)} skipped (unsubscribed or bounced)"
    )
    for email, status in result.skipped.items():
        click.echo(f"skipped {email}: {why_skipped(status)}", err=True)


EMAIL_HEADERS = ("email", "e-mail", "email address", "e-mail address", "mail", "address")
DIGESTS_HEADERS = ("digests", "digest", "lists", "list")


def map_csv_columns(text: str, email_column: str | None, digests_column: str | None) -> tuple[str | None, str]:
    """A CSV with a header row rewritten as `email,digests`, one record per record so line numbers
    hold; (None, "") when the file already has that shape. Raises ValueError naming a missing column."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text)))
    header = [c.strip().casefold() for c in rows[0]] if rows else []
    is_header = any(c in EMAIL_HEADERS + DIGESTS_HEADERS for c in header)
    plain = not is_header or header in (["email"], ["email", "digests"])  # the native `email[,digests]` form
    if plain and not email_column and not digests_column:
        return None, ""

    def find(wanted: str | None, defaults: tuple[str, ...], what: str) -> int | None:
        names = (wanted.strip().casefold(),) if wanted else defaults
        for name in names:
            if name in header:
                return header.index(name)
        if wanted or what == "email":
            raise ValueError(
                f"line 1: no {what} column named {' or '.join(repr(n) for n in names)} "
                f"(the header has {', '.join(repr(c) for c in rows[0]) or 'nothing'}; pass --{what}-column)"
            )
        return None

    email_at = find(email_column, EMAIL_HEADERS, "email")
    assert email_at is not None  # find() raises when the address column is missing
    digests_at = find(digests_column, DIGESTS_HEADERS, "digests")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", "digests"])
    for row in rows[1:]:
        if not row:
            writer.writerow([])
            continue
        writer.writerow([_cell(row, email_at), _cell(row, digests_at)])
    used = [i for i in (email_at, digests_at) if i is not None]
    ignored = [rows[0][i] for i in range(len(rows[0])) if i not in used]
    note = f"columns: email from {rows[0][email_at]!r}" + (
        f", digests from {rows[0][digests_at]!r}" if digests_at is not None else ", every digest"
    )
    return out.getvalue(), note + (f"; ignored {', '.join(repr(c) for c in ignored)}" if ignored else "")


def _cell(row: list[str], at: int | None) -> str:
    return row[at] if at is not None and at < len(row) else ""


@subscribers.command("list")
@_config_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option(
    "--status",
    type=click.Choice(["pending", "confirmed", "unsubscribed", "bounced"]),
    help="Only subscribers with this status.",
)
def list_command(config_path: Path, as_json: bool, status: str | None) -> None:
    """Every subscriber with status, source and chosen digests; feeds.yaml addresses that are not
    mailed (unsubscribed, bounced) are named on stderr with why."""
    from digest.deliver.subscribers import list_subscribers, sync_config

    config = _load(config_path)
    engine = _open(config)
    skipped = sync_config(engine, config)  # feeds.yaml recipients are subscribers too
    for email, why in skipped.items():
        click.echo(f"feeds.yaml lists {email}, skipped: {why}", err=True)
    rows = list_subscribers(engine, status=status)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps([s.to_json() for s in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no subscribers")
        return
    width = max(len(s.email) for s in rows)
    for s in rows:
        digests = "all" if s.digests == "all" else ", ".join(s.digests)
        when = s.unsubscribed or s.confirmed or s.created
        bounce = f"  ({s.bounces} hard bounces: {s.last_bounce})" if s.bounces else ""
        click.echo(f"{s.email:<{width}}  {s.status:<12}  {s.source:<10}  {when:%Y-%m-%d}  digests: {digests}{bounce}")


@subscribers.command("remove")
@_config_option
@click.argument("email")
def remove_command(config_path: Path, email: str) -> None:
    """Mark EMAIL unsubscribed: it is never sent to again, even if feeds.yaml lists it."""
    from digest.deliver.subscribers import InvalidEmail, by_email, normalize_email, remove

    config = _load(config_path)
    engine = _open(config)
    try:
        key = normalize_email(email)
        known = by_email(engine, key) is not None
        changed = remove(engine, key)
    except InvalidEmail as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if not known:
        click.echo(f"{key}: was not a subscriber; recorded as unsubscribed so it is never sent to")
    else:
        click.echo(f"{key}: {'unsubscribed' if changed else 'already unsubscribed'}")


@subscribers.command("prune")
@_config_option
def prune_command(config_path: Path) -> None:
    """Delete web sign-ups never confirmed within web.unconfirmed_days (the scheduler does it hourly)."""
    from digest.deliver.subscribers import prune

    config = _load(config_path)
    removed = prune(_open(config), config)
    days = config.web.unconfirmed_days
    click.echo(f"{removed} unconfirmed sign-up{'' if removed == 1 else 's'} older than {days} days removed")


commands: list[click.Command] = [serve, subscribers]
