"""The HTML part: structure, links, dark mode, the 102 KB budget, and editors' template folders."""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import lxml.html
import pytest

from digest.models import DigestContext, Recipient, Source, Statement, TimelineEntry
from digest.render import HTML_LIMIT, Renderer, RenderError, bundled_templates_dir
from digest.store import codec

DATA = Path(__file__).parent / "data" / "render"
UNSUB = "https://digest.example.org/unsubscribe/tok123"


def load_context() -> DigestContext:
    return codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture(scope="module")
def doc(renderer: Renderer) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(renderer.render(load_context(), Recipient("r@example.org", UNSUB)).html)


def test_header_preheader_and_glance(doc: lxml.html.HtmlElement) -> None:
    assert doc.findtext(".//title") == "Morning brief: 2 topics updated — 22 May 2026"
    assert doc.xpath("string(//h1)") == "Morning brief"
    body_text = doc.text_content()
    assert "Issue 42 · 21–22 May 2026" in body_text
    assert "2 topics updated · 24 new articles" in body_text  # visible and as the hidden preheader
    glance = doc.xpath("//h2[.='At a glance']/following-sibling::ul[1]/li")
    assert [li.xpath("string(a)") for li in glance] == ["US–China AI safety protocol", "Gulf of Mexico oil spill"]
    assert [li.xpath("string(a/@href)") for li in glance] == ["#t1", "#t2"]


def test_one_heading_per_topic_with_version_and_history_link(doc: lxml.html.HtmlElement) -> None:
    headings = doc.xpath("//h2[@id]")
    assert [h.get("id") for h in headings] == ["t1", "t2"]
    assert [h.text_content() for h in headings] == ["US–China AI safety protocol", "Gulf of Mexico oil spill"]
    assert "Version 3 · 3 new articles" in doc.text_content()
    links = doc.xpath("//a[normalize-space(.)='Full history of this topic →']/@href")
    assert links == [
        "https://digest.example.org/topics/us-china-ai-safety-protocol",
        "https://digest.example.org/topics/gulf-oil-spill",
    ]


def test_citations_link_to_numbered_sources(doc: lxml.html.HtmlElement) -> None:
    cites = doc.xpath("//a[@class='cite']")
    assert cites, "no citation links"
    ids = set(doc.xpath("//@id"))
    for a in cites:
        target = a.get("href")
        assert target.startswith("#") and target[1:] in ids, target
        # a single source reads [n]; a run of three or more reads [a–b], its two ends each a link
        n = re.fullmatch(r"\[(\d+)\]|\[(\d+)|–(\d+)\]", a.text_content()).group(1, 2, 3)
        assert target.endswith(f"-s{next(filter(None, n))}")
    source = doc.get_element_by_id("t1-s2")
    assert source.text_content().startswith("[2]\xa0US can hold AI talks")
    assert source.xpath("string(a/@href)") == "https://cnbc.example/2026/05/15/bessent-ai-talks.html"
    assert doc.get_element_by_id("t1-s6").xpath("a") == []  # a source without a URL is not a link


def test_footer_unsubscribe_and_no_feed_health_for_readers(doc: lxml.html.HtmlElement) -> None:
    assert doc.xpath("//a[.='Unsubscribe']/@href") == [UNSUB]
    assert "This copy was sent to r@example.org." in doc.text_content()
    assert "Feed health" not in doc.text_content()


def test_editor_copy_shows_feed_health(renderer: Renderer) -> None:
    html = renderer.render(load_context(), Recipient("ed@example.org", UNSUB, editor=True)).html
    text = lxml.html.document_fromstring(html).text_content()
    assert "Feed health (editors' copy)" in text and "4 feeds: 2 ok, 1 failing, 1 paused" in text
    assert "HTTP 503 Service Unavailable" in text


def test_client_safe_html(renderer: Renderer) -> None:
    html = renderer.render(load_context(), Recipient("r@example.org", UNSUB)).html
    doc = lxml.html.document_fromstring(html)
    assert not doc.xpath("//script | //img | //link | //iframe | //form")
    assert "fonts.googleapis" not in html and "@import" not in html
    assert doc.xpath("//meta[@name='color-scheme']/@content") == ["light dark"]
    assert "prefers-color-scheme: dark" in html
    assert doc.xpath("//meta[@name='viewport']")
    # disable_comments: only Outlook's conditional comments remain, no template or MJML comments
    assert all(c.text.startswith(("[if", "<![endif")) for c in doc.xpath("//comment()")), doc.xpath("//comment()")
    for href in doc.xpath("//a/@href"):
        assert href.startswith(("https://", "http://", "#")), href
    assert len(html.encode()) < HTML_LIMIT


def test_personalize_only_changes_the_footer(renderer: Renderer) -> None:
    base = renderer.render_base(load_context())
    a = renderer.personalize(base, Recipient("a@example.org", "https://digest.example.org/u/a"))
    b = renderer.personalize(base, Recipient("b@example.org", "https://digest.example.org/u/b"))
    head_a, head_b = a.html.split("You receive")[0], b.html.split("You receive")[0]
    assert head_a == head_b and a.html != b.html
    assert a.subject == b.subject
    assert "dgslot" not in a.html + a.text and "digest-footers" not in a.html


def test_stored_copy_is_an_archive_page_and_rebuilds(renderer: Renderer) -> None:
    base = renderer.render_base(load_context())
    for stored in (base.html, base.text):
        assert "dgslot" not in stored.split("<!--digest-footers:")[0]
        assert "This is the web copy of an issue of Morning brief." in stored
        assert "Unsubscribe" not in stored.split("<!--digest-footers:")[0]
    blob = base64.b64decode(base.html.rsplit("<!--digest-footers:", 1)[1].split("-->")[0]).decode()
    assert "Slow Outlet" not in base.html + base.text + blob  # editors' feed health stays out of the public copy
    assert "Slow Outlet" in renderer.personalize(base, Recipient("e@example.org", UNSUB, editor=True)).html
    again = renderer.base_from_stored(base.subject, base.html, base.text)
    for recipient in (Recipient("a@example.org", UNSUB), Recipient("b@example.org", None)):
        assert renderer.personalize(again, recipient) == renderer.personalize(base, recipient)
    editor = renderer.personalize(again, Recipient("e@example.org", UNSUB, editor=True))
    assert editor == renderer.personalize(again, Recipient("e@example.org", UNSUB))
    with pytest.raises(RenderError, match="no footer data"):
        renderer.base_from_stored(base.subject, "<html></html>", base.text)


def big_context(topics: int = 30, per_list: int = 30, base_url: str | None = "https://digest.example.org"):
    """An issue far over 102 KB: many topics, each with long lists and long statements."""
    ctx = load_context()
    template = ctx.updates[0]
    updates = []
    for i in range(topics):
        sources = [
            Source(
                n, f"x{i}-{n}", f"Outlet {n}", f"Headline {n} " + "word " * 20, f"https://o{n}.example/{i}/{n}", None
            )
            for n in range(1, per_list + 1)
        ]
        long = "This statement is long on purpose and repeats itself to take space. " * 6
        statements = [Statement(f"{long} ({k})", (k,)) for k in range(1, per_list + 1)]
        brief = replace(
            template.brief,
            topic=f"topic-{i}",
            title=f"Topic number {i}",
            insights=statements,
            open_questions=statements,
            changes=statements[:5],
            what=statements[:4],
            timeline=[
                TimelineEntry(date(2026, 5, 1 + k % 20), f"2026-05-{1 + k % 20:02}", long, (k,)) for k in range(1, 25)
            ],
            sources=sources,
        )
        topic = replace(template.topic, slug=f"topic-{i}", title=f"Topic number {i}")
        updates.append(replace(template, topic=topic, brief=brief))
    return replace(ctx, updates=updates, web_base_url=base_url)


@pytest.mark.parametrize("base_url", ["https://digest.example.org", None], ids=["archive", "no-archive"])
def test_oversized_digest_is_shortened_not_clipped(renderer: Renderer, base_url: str | None) -> None:
    ctx = big_context(base_url=base_url)
    base = renderer.render_base(ctx)
    rendered = renderer.personalize(base, Recipient("ed@example.org", UNSUB, editor=True))
    size = len(rendered.html.encode())
    assert size < HTML_LIMIT, size
    assert base.detail_level > 0 and base.shortened and not base.problems
    doc = lxml.html.document_fromstring(rendered.html)
    assert doc.xpath("//a[.='Unsubscribe']/@href") == [UNSUB]  # the footer survives
    assert "Feed health (editors' copy)" in doc.text_content()
    assert len(doc.xpath("//h2[.='At a glance']/following-sibling::ul[1]/li")) == 30  # every topic still listed
    assert "Shortened for email" in doc.text_content()
    read_rest = doc.xpath("//a[normalize-space(.)='Read the rest →']/@href")
    if base_url:
        assert read_rest and read_rest[0] == "https://digest.example.org/topics/topic-0"
    else:
        assert read_rest == []
    # every citation still points at a listed source
    ids = set(doc.xpath("//@id"))
    assert all(a.get("href")[1:] in ids for a in doc.xpath("//a[@class='cite']"))


def test_small_digest_is_not_shortened(renderer: Renderer) -> None:
    base = renderer.render_base(load_context())
    assert base.detail_level == 0 and not base.shortened


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_editors_folder_overrides_file_by_file(tmp_path: Path) -> None:
    footer = (bundled_templates_dir() / "email" / "footer.txt.j2").read_text(encoding="utf-8")
    write(tmp_path, "email/footer.txt.j2", "Sent with care by the newsroom.\n" + footer)
    renderer = Renderer(tmp_path)
    assert renderer.check() == []
    rendered = renderer.render(load_context(), Recipient("r@example.org", UNSUB))
    assert "Sent with care by the newsroom." in rendered.text
    assert "Sent with care" not in rendered.html  # the HTML footer is still the bundled one
    assert "US–China AI safety protocol" in rendered.html


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("digest.mjml.j2", "<mjml><mj-body>{% for x in %}</mj-body></mjml>", "digest.mjml.j2:1: "),
        ("digest.txt.j2", "{{ digest }}\n{{ footer }\n", "digest.txt.j2:2: "),
        ("digest.txt.j2", "{{ digest }}\n", "must output {{ footer }} exactly once"),
        ("digest.txt.j2", "{{ footer }}\n{{ nonsense.field }}\n", "digest.txt.j2:2: 'nonsense' is undefined"),
        ("digest.mjml.j2", "<mjml><mj-body><mj-section><mj-column><mj-text>{{ footer }}", "MJML: "),
        (
            "digest.mjml.j2",
            "<mjml><mj-body><mj-sectoin><mj-column><mj-text>{{ footer }}"
            "</mj-text></mj-column></mj-sectoin></mj-body></mjml>",
            "unknown MJML tag <mj-sectoin>",
        ),
    ],
    ids=["syntax-html", "syntax-text", "no-footer", "undefined", "mjml-error", "unknown-tag"],
)
def test_check_reports_broken_templates(tmp_path: Path, name: str, text: str, expected: str) -> None:
    write(tmp_path, name, text)
    problems = Renderer(tmp_path).check()
    assert problems, "a broken template passed check()"
    assert any(expected in p for p in problems), problems
    if ":" in expected.split(" ")[0]:
        assert any(str(tmp_path) in p for p in problems), problems


def test_check_reports_a_missing_folder(tmp_path: Path) -> None:
    assert Renderer(tmp_path / "nope").check() == [f"{tmp_path / 'nope'}: templates folder not found"]


def test_render_raises_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path, "digest.txt.j2", "{{ digest }}\n")
    with pytest.raises(RenderError, match="exactly once"):
        Renderer(tmp_path).render(load_context(), Recipient("r@example.org"))


def test_bundled_templates_pass_check(renderer: Renderer) -> None:
    assert renderer.check() == []
