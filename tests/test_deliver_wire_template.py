"""The composer's wire template gives, byte for byte, the message the general build would."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.config import Config
from digest.deliver import create_issue
from digest.deliver.compose import Composer
from digest.deliver.send import message_bytes
from digest.models import Recipient
from digest.render import sample_context
from digest.store.db import open_db

RECIPIENTS = [
    Recipient("reader@example.org", "https://digest.example.org/unsubscribe/tok1"),
    Recipient("editor@example.org", "https://digest.example.org/unsubscribe/tok2", editor=True),
    Recipient("nolink@example.org", None),
    Recipient("plain@example.org", "http://digest.example.org/unsubscribe/tok3"),
    Recipient("o'brien+news@example.org", "https://digest.example.org/unsubscribe/a&b<c>"),
    Recipient("long@example.org", "https://digest.example.org/unsubscribe/" + "x" * 1200),
    Recipient("reader2@example.org", "https://digest.example.org/unsubscribe/tok5"),
]


@pytest.mark.parametrize("topics", [1, 8])
def test_template_matches_general_build(tmp_path, topics):
    config = Config.model_validate(
        {"storage": {"url": f"sqlite:///{tmp_path / 'd.sqlite'}"}, "digests": [{"name": "Morning brief"}]}
    )
    engine = open_db(config.database_url)
    ctx = sample_context(topics=topics)
    composer = Composer(config, engine)
    base = composer.base(ctx)
    issue = create_issue(engine, ctx, base.html, base.text, base.subject, RECIPIENTS, [], [])
    composer.remember(issue.id, base, {}, RECIPIENTS)
    for i, recipient in enumerate(RECIPIENTS * 2):
        message_id = f"<t{i}.{topics}@example.org>"
        fast = composer(issue, recipient, message_id)
        rendered = composer.renderer.personalize(base, recipient)
        general = message_bytes(
            composer.message(issue.digest, rendered, recipient, message_id, issue.created), message_id
        )
        assert fast == general, recipient
    assert all(t.usable for _, t in composer._wires.values())


def test_template_matches_after_restart(tmp_path):
    """A resumed send rebuilds the render from the stored issue; its messages are still the general ones."""
    config = Config.model_validate(
        {"storage": {"url": f"sqlite:///{tmp_path / 'd.sqlite'}"}, "digests": [{"name": "Morning brief"}]}
    )
    engine = open_db(config.database_url)
    ctx = sample_context(topics=3)
    first = Composer(config, engine)
    base = first.base(ctx)
    issue = create_issue(engine, ctx, base.html, base.text, base.subject, RECIPIENTS, [], [])
    composer = Composer(config, engine)  # nothing remembered: as after a crash
    for i, recipient in enumerate(RECIPIENTS):
        message_id = f"<r{i}@example.org>"
        fast = composer(issue, recipient, message_id)
        stored = composer._bases[issue.id]
        rendered = composer.renderer.personalize(stored, recipient)
        general = message_bytes(
            composer.message(issue.digest, rendered, recipient, message_id, issue.created), message_id
        )
        assert fast == general, recipient
    assert datetime.now(UTC) >= issue.created


def test_plain_recipients_take_the_template(tmp_path):
    config = Config.model_validate(
        {"storage": {"url": f"sqlite:///{tmp_path / 'd.sqlite'}"}, "digests": [{"name": "Morning brief"}]}
    )
    engine = open_db(config.database_url)
    ctx = sample_context(topics=2)
    composer = Composer(config, engine)
    base = composer.base(ctx)
    issue = create_issue(engine, ctx, base.html, base.text, base.subject, RECIPIENTS, [], [])
    composer.remember(issue.id, base, {}, RECIPIENTS)
    for recipient in RECIPIENTS[:4]:
        rendered = composer.renderer.personalize(base, recipient)
        assert composer._wire(issue, base, rendered, recipient, "<p@example.org>") is not None, recipient


def test_body_encodes_as_the_whole_part():
    """Encoding around the footer equals encoding the joined text, for lines long and short, any characters."""
    import random

    from digest.deliver.message import _Body, _qp

    rng = random.Random(5)
    alphabet = ["a", "b", " ", "\t", "=", ".", "é", "€", "\n", "<p>", "x" * 90, "  \n", "\r\n"]
    for _ in range(400):
        before = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 900)))
        after = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        footer = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))).replace("\r", "")
        body = (before + footer + after).replace("\r\n", "\n")
        if not body.endswith("\n"):
            body += "\n"
        assert _Body(before, after).encode(footer) == _qp(body), (before, footer, after)


def test_7bit_body_encodes_as_the_whole_part():
    """Folding around the footer equals folding the joined HTML, wherever the lines break."""
    import random

    from digest.deliver.message import _Body7, fold_html

    rng = random.Random(7)
    pieces = ['<td align="left" style="x:1">', "<p>", "text é ", "\n", '<a href="u" class="c">', "</a>", "—", "</p>"]
    pieces += ["plain words of a sentence, ascii only. "] * 6
    checked = 0
    for _ in range(300):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        after = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 200)))
        footer = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        body = before + footer + after
        if not body.endswith("\n"):
            body += "\n"
        whole = fold_html(body)
        made = _Body7(before, after)
        if not made.usable:  # a line around the footer does not fold: nor does the whole
            assert whole is None
            continue
        part = made.encode(footer)
        assert (part is None) == (whole is None)
        if whole is not None:
            assert part == whole.replace("\n", "\r\n").encode("ascii"), (before, footer, after)
            checked += 1
    assert checked > 150


def test_7bit_template_split_inside_a_tag_is_not_used():
    """Folding pieces apart equals folding the whole only when they split outside tags."""
    from digest.deliver.message import _Body7

    assert _Body7('<td style="a">', '</td><p\nclass="x">y</p>\n').usable is False
    assert _Body7('<td style="a"', "></td>\n").usable is False
    assert _Body7('<td style="a">', '</td>\n<p class="x">y</p>\n').usable is True
