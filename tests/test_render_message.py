"""The MIME message: multipart/alternative, UTF-8, list headers (RFC 2919, RFC 8058), strict addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from digest.deliver.message import HeaderError, build_message, default_list_id
from digest.models import RenderedMessage

DATE = datetime(2026, 5, 22, 7, 0, tzinfo=UTC)
RENDERED = RenderedMessage(
    subject="Morning brief: 2 topics updated — 22 May 2026",
    html="<!doctype html><html><body><p>Grüße — "
    + "x" * 200
    + "</p>\n<p>=_digest_ boundary-like text</p></body></html>",
    text="Grüße — plain text\nUnsubscribe: https://digest.example.org/u/tok\n",
)


def build(**overrides) -> EmailMessage:
    args = {
        "sender": "Morning brief <digest@example.org>",
        "recipient": "reader@example.org",
        "message_id": "<42.abc@example.org>",
        "list_id": "Morning brief <morning-brief.example.org>",
        "unsubscribe_url": "https://digest.example.org/u/tok",
        "date": DATE,
    }
    args.update(overrides)
    rendered = args.pop("rendered", RENDERED)
    return build_message(rendered, **args)


def parse(message: EmailMessage) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(message.as_bytes(policy=policy.SMTP))


def test_headers_and_parts_round_trip() -> None:
    parsed = parse(build())
    assert parsed["Subject"] == RENDERED.subject
    assert parsed["From"] == "Morning brief <digest@example.org>"
    assert parsed["To"] == "reader@example.org"
    assert parsed["Date"] == "Fri, 22 May 2026 07:00:00 +0000"
    assert parsed["Message-ID"] == "<42.abc@example.org>"
    assert parsed["List-Id"] == '"Morning brief" <morning-brief.example.org>'
    assert parsed["List-Unsubscribe"] == "<https://digest.example.org/u/tok>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed.get_content_type() == "multipart/alternative"
    parts = list(parsed.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]  # text first, HTML preferred
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert [p["Content-Transfer-Encoding"] for p in parts] == ["quoted-printable", "7bit"]
    assert parts[0].get_content().replace("\r\n", "\n") == RENDERED.text
    html = parts[1].get_content().replace("\r\n", "\n")
    assert html == RENDERED.html.replace("ü", "&#252;").replace("ß", "&#223;").replace("—", "&#8212;") + "\n"


def test_wire_format_is_seven_bit_with_short_header_lines() -> None:
    wire = build().as_bytes(policy=policy.SMTP)
    assert wire.isascii()
    header, _, body = wire.partition(b"\r\n\r\n")
    assert max(len(line) for line in header.split(b"\r\n")) <= 78
    assert max(len(line) for line in body.split(b"\r\n")) <= 998


def _tree(markup: str) -> list[tuple[object, ...]]:
    """What a browser reads: every element's tag, attributes, text and tail, references resolved."""
    import lxml.etree
    import lxml.html

    root = lxml.html.document_fromstring(markup)
    tree: list[tuple[object, ...]] = []
    for e in root.iter():
        text = e.text
        if e.tag is lxml.etree.Comment and text:  # Outlook's conditional comments hold HTML: a
            text = " ".join(text.split())  # break between a tag's attributes reads as the space it was
        tree.append((e.tag, sorted(e.attrib.items()), text, e.tail))
    return tree


def test_html_goes_as_7bit_in_long_lines_and_reads_the_same() -> None:
    """A sample issue's HTML: ASCII in lines of at most 998 octets, far fewer than quoted-printable's,
    and the same document to an HTML parser."""
    from digest.config import Config
    from digest.render import Renderer, sample_context

    config = Config.model_validate({"digests": [{"name": "Morning brief"}]})
    ctx = sample_context(topics=8)
    ctx.digest = "Morning brief"
    base = Renderer(config.templates_dir).render_base(ctx)
    footer = '<p>Für Sie — <a href="https://example.org/ü">abbestellen</a></p>'
    html = base.html_parts[0] + footer + base.html_parts[1]
    message = build(rendered=RenderedMessage(subject="s", html=html, text="t"))
    part = list(parse(message).iter_parts())[1]
    assert part["Content-Transfer-Encoding"] == "7bit"
    body = part.get_payload(decode=True)
    lines = body.split(b"\n")
    assert body.isascii() and max(len(line.rstrip(b"\r")) for line in lines) <= 998
    assert len(lines) * 4 < len(html.encode()) // 76  # quoted-printable: one line per 76 octets
    assert _tree(body.decode("ascii")) == _tree(html)


@pytest.mark.parametrize(
    "html",
    [
        "<style>p::before { content: '—'; }</style><p>x</p>",  # a reference is not read in CSS
        '<p><a href="https://example.org/' + "x" * 1200 + '">long</a></p>',  # no place to break a line
        "<p>" + "word " * 300 + "</p>",  # text is never broken
        "<a b " * 4000,  # a malformed template: no tag to break in (and linear time to find that out)
        '<p class="x">' + "Москва и область. " * 40 + "</p>",  # references would grow it past the budget
    ],
)
def test_html_that_cannot_go_as_7bit_goes_quoted_printable(html: str) -> None:
    part = list(parse(build(rendered=RenderedMessage(subject="s", html=html, text="t"))).iter_parts())[1]
    assert part["Content-Transfer-Encoding"] == "quoted-printable"
    assert part.get_content().replace("\r\n", "\n") == html + "\n"


@pytest.mark.parametrize("url", [None, "http://digest.example.org/u/tok", "javascript:alert(1)", "mailto:x@y.org"])
def test_list_unsubscribe_only_for_https(url: str | None) -> None:
    parsed = parse(build(unsubscribe_url=url))
    assert "List-Unsubscribe" not in parsed and "List-Unsubscribe-Post" not in parsed


def test_date_keeps_its_offset_and_message_id_gets_brackets() -> None:
    parsed = parse(build(date=DATE.astimezone(timezone(timedelta(hours=2))), message_id="bare@example.org"))
    assert parsed["Date"] == "Fri, 22 May 2026 09:00:00 +0200"
    assert parsed["Message-ID"] == "<bare@example.org>"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("recipient", "reader@example.org\r\nBcc: x@example.org"),
        ("recipient", "not an address"),
        ("recipient", "a@example.org, b@example.org"),
        ("sender", "Digest <digest@example.org>\nBcc: x@example.org"),
        ("message_id", "<42@example.org>\r\nX-Evil: 1"),
        ("message_id", "no-at-sign"),
        ("list_id", "Digest <d.example.org>\nX-Evil: 1"),
        ("list_id", "Digest <=?UTF-8?Q?=0A?=.example.org>"),
        ("date", datetime(2026, 5, 22, 7, 0)),
    ],
)
def test_unsafe_header_inputs_are_refused(field: str, value: object) -> None:
    with pytest.raises(HeaderError):
        build(**{field: value})


def test_display_name_with_encoded_newline_stays_one_header() -> None:
    parsed = parse(build(sender="=?UTF-8?Q?=0A?=Bcc: x@example.org <digest@example.org>"))
    assert "Bcc" not in parsed
    assert "Bcc: x@example.org" in parsed["From"].addresses[0].display_name.replace("\u200b", "")
    assert parsed["From"].addresses[0].addr_spec == "digest@example.org"


def test_default_list_id() -> None:
    assert (
        default_list_id("Morning brief", "Digest <digest@example.org>") == "Morning brief <morning-brief.example.org>"
    )
    assert default_list_id("Ünïcode news!", "digest@localhost") == "Ünïcode news! <unicode-news.localhost.invalid>"
    parse(build(list_id=default_list_id("Morning brief", "digest@example.org")))
