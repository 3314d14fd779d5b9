"""Hostile feed text stays text: no markup, no template code, no foreign links, no extra headers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.deliver.message import build_message
from digest.models import DigestContext, Recipient, RenderedMessage, Source, Statement
from digest.render import Renderer, clean_header_text, safe_url
from digest.store import codec

DATA = Path(__file__).parent / "data" / "render"
DATE = datetime(2026, 5, 22, 7, 0, tzinfo=UTC)

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
TEMPLATE_CODE = "{{7*7}} {% for x in range(3) %}loop{% endfor %} ${7*7}"
MJML_CODE = '</mj-text></mj-column></mj-section><mj-include path="/etc/passwd" /><mj-section>'
CRLF = "Breaking\r\nBcc: victim@example.org\r\nX-Injected: 1"
ENCODED = "News =?UTF-8?Q?=0A?=Bcc: victim@example.org =?UTF-8?Q?=0D=0AX-Injected:_1?="
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "mailto:x@example.org",
]
HEADERS = {
    "Subject",
    "From",
    "To",
    "Date",
    "Message-ID",
    "List-Id",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Auto-Submitted",
    "MIME-Version",
    "Content-Type",
}


def hostile_context() -> DigestContext:
    ctx = codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))
    first = ctx.updates[0]
    sources = [
        replace(
            first.brief.sources[0], title=BREAKOUT, outlet=SCRIPT, url='https://ok.example/a?q="><script>x</script>'
        ),
        *[Source(10 + i, f"h{i}", "Evil", f"hostile link {i}", url, None) for i, url in enumerate(HOSTILE_URLS)],
    ]
    cites = tuple(s.n for s in sources)
    brief = replace(
        first.brief,
        title=f"{SCRIPT} {TEMPLATE_CODE} {CRLF}",
        what=[Statement(f"{MJML_CODE} {BREAKOUT}", (1,))],
        insights=[Statement(TEMPLATE_CODE, (1,)), Statement(ENCODED, cites)],
        changes=[Statement(CRLF, (1,))],
        sources=sources,
    )
    topic = replace(first.topic, slug='x"><script>')
    article = replace(ctx.article_briefs[0], title=SCRIPT, url="javascript:alert(1)", original_headline=TEMPLATE_CODE)
    return replace(
        ctx,
        digest=f"Digest {CRLF} {ENCODED}",
        late_note=SCRIPT,
        updates=[replace(first, topic=topic, brief=brief), *ctx.updates[1:]],
        article_briefs=[article],
        feed_health=[replace(ctx.feed_health[2], name=SCRIPT, last_error=BREAKOUT, url=f"https://x.example/{SCRIPT}")],
    )


@pytest.fixture(scope="module")
def rendered() -> RenderedMessage:
    recipient = Recipient('evil"><b>@example.org', "javascript:alert(1)", editor=True)
    return Renderer().render(hostile_context(), recipient)


def test_hostile_text_is_shown_as_text_in_html(rendered: RenderedMessage) -> None:
    doc = lxml.html.document_fromstring(rendered.html)
    assert not doc.xpath("//script | //img | //iframe | //object | //embed")
    assert not [el for el in doc.iter() if any(name.startswith("on") for name in el.attrib)]
    assert "mj-include" not in "".join(el.tag for el in doc.iter() if isinstance(el.tag, str))
    text = doc.text_content()
    for hostile in (SCRIPT, BREAKOUT, "{{7*7}}", "{% for x in range(3) %}loop{% endfor %}", MJML_CODE):
        assert hostile in text, hostile
    assert "49" not in text and "looploop" not in text


def test_only_http_links_survive(rendered: RenderedMessage) -> None:
    doc = lxml.html.document_fromstring(rendered.html)
    hrefs = doc.xpath("//a/@href")
    assert hrefs
    for href in hrefs:
        assert href.startswith(("https://", "http://", "#")), href
        assert '"' not in href and "<" not in href and " " not in href
    assert "https://ok.example/a?q=%22%3E%3Cscript%3Ex%3C/script%3E" in hrefs
    assert not doc.xpath("//a[.='Unsubscribe']")  # a javascript: unsubscribe URL is dropped
    for i in range(len(HOSTILE_URLS)):
        assert doc.xpath(f"//p[contains(., 'hostile link {i}')]/a") == []  # listed, not linked
    topic_links = {h for h in hrefs if "/topics/" in h}
    assert topic_links == {
        "https://digest.example.org/topics/x%22%3E%3Cscript%3E",
        "https://digest.example.org/topics/gulf-oil-spill",
    }


def test_hostile_text_is_plain_in_text_part(rendered: RenderedMessage) -> None:
    text = rendered.text
    for hostile in (SCRIPT, BREAKOUT, "{{7*7}}", MJML_CODE):
        assert hostile in text.replace("\n  ", " ").replace("\n    ", " "), hostile
    assert "javascript:" not in text
    assert "Breaking Bcc: victim@example.org X-Injected: 1" in text  # CR/LF collapsed, no new lines


def test_subject_with_crlf_and_encoded_newlines_adds_no_header(rendered: RenderedMessage) -> None:
    assert "\r" not in rendered.subject and "\n" not in rendered.subject
    message = build_message(
        rendered,
        sender="Digest <digest@example.org>",
        recipient="reader@example.org",
        message_id="<42.reader@example.org>",
        list_id="Morning brief <morning-brief.example.org>",
        unsubscribe_url="https://digest.example.org/u/tok",
        date=DATE,
    )
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes(policy=policy.SMTP))
    assert set(parsed.keys()) == HEADERS
    assert len(parsed.keys()) == len(HEADERS)
    subject = str(parsed["Subject"])
    assert "\n" not in subject and "\r" not in subject
    assert "Bcc: victim@example.org" in subject.replace("\u200b", "")  # still there, as text
    assert parsed["To"] == "reader@example.org"


@pytest.mark.parametrize(
    "subject",
    [CRLF, ENCODED, "=?utf-8?b?Cg==?=Bcc: x@example.org", "A\x00B\x0bC\x1bD\u2028E\u0085F", "=?=?UTF-8?Q?=0A?=?="],
)
def test_build_message_neutralizes_any_subject(subject: str) -> None:
    message = build_message(
        RenderedMessage(subject, "<p>x</p>", "x"),
        sender="digest@example.org",
        recipient="reader@example.org",
        message_id="1@example.org",
        list_id="<d.example.org>",
        unsubscribe_url=None,
        date=DATE,
    )
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes(policy=policy.SMTP))
    assert set(parsed.keys()) == HEADERS - {"List-Unsubscribe", "List-Unsubscribe-Post"}
    assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab =?Qq_:\r\n\t\x00\u2028é0AD", "=0A", "=0D", "?=", "=?"]), max_size=40).map("".join)
)
def test_any_subject_stays_one_header(subject: str) -> None:
    cleaned = clean_header_text(subject)
    assert "\r" not in cleaned and "\n" not in cleaned and "=?" not in cleaned
    message = build_message(
        RenderedMessage(subject, "<p>x</p>", "x"),
        sender="digest@example.org",
        recipient="reader@example.org",
        message_id="1@example.org",
        list_id="<d.example.org>",
        unsubscribe_url=None,
        date=DATE,
    )
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes(policy=policy.SMTP))
    assert len(parsed.keys()) == len(HEADERS) - 2
    assert "\n" not in str(parsed["Subject"])


@pytest.mark.parametrize("url", [*HOSTILE_URLS, "", None, "https://", "http://[::1", "https://a.example/\r\nX: y"])
def test_safe_url_drops_non_http(url: str | None) -> None:
    assert safe_url(url) is None


def test_safe_url_keeps_and_quotes_http() -> None:
    assert safe_url('https://example.org/a b?q="<x>"#f') == "https://example.org/a%20b?q=%22%3Cx%3E%22#f"
    assert safe_url("HTTP://Example.org/ü") == "HTTP://Example.org/%C3%BC"
    assert safe_url("https://example.org/%41?x=1&y=2") == "https://example.org/%41?x=1&y=2"
