"""Preview files: the exact messages a run would send, one per recipient variant, without the ledger.

`digest run --dry-run` writes them; nothing is stored, so the next real run sends the same issue.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import parseaddr
from pathlib import Path

from digest.config import Config
from digest.deliver.compose import Composer
from digest.deliver.send import message_bytes
from digest.models import DigestContext, Recipient
from digest.render import BaseRender


def write_preview(
    config: Config,
    composer: Composer,
    ctx: DigestContext,
    base: BaseRender,
    recipients: list[Recipient],
    folder: Path,
    now: datetime,
) -> list[Path]:
    """The exact messages that would be sent, one per recipient variant, without touching the ledger."""
    folder.mkdir(parents=True, exist_ok=True)
    variants: dict[str, Recipient] = {}
    for r in recipients:
        variants.setdefault("editor" if r.editor else "reader", r)
    if not variants:
        variants["reader"] = Recipient(email="preview@example.org")
    stem = "".join(c if c.isalnum() else "-" for c in ctx.digest.lower()).strip("-")
    domain = parseaddr(config.delivery.sender)[1].rpartition("@")[2] or "localhost"
    paths = []
    for variant, recipient in variants.items():
        rendered = composer.renderer.personalize(base, recipient)
        message_id = f"<preview-{stem}-{ctx.number}-{variant}@{domain}>"
        message = composer.message(ctx.digest, rendered, recipient, message_id, now)
        prefix = folder / f"{stem}-{ctx.number}-{variant}"
        for suffix, data in (
            (".eml", message_bytes(message, message_id)),
            (".html", rendered.html.encode()),
            (".txt", rendered.text.encode()),
        ):
            path = prefix.with_suffix(suffix)
            path.write_bytes(data)
            paths.append(path)
    return paths
