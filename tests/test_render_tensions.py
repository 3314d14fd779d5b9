"""Tensions and perspectives in brief: each tension a cited bullet, shrinking under the 102 KB budget."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from digest.models import DigestContext, Perspective, Recipient, Source, Statement, Tension
from digest.render import DETAIL_LEVELS, HTML_LIMIT, Renderer
from digest.store import codec

DATA = Path(__file__).parent / "data" / "render"
UNSUB = "https://digest.example.org/unsubscribe/tok123"

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
TEMPLATE_CODE = "{{7*7}} {% for x in range(3) %}loop{% endfor %}"


def load_context() -> DigestContext:
    return codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def section(doc: lxml.html.HtmlElement, anchor: str) -> lxml.html.HtmlElement:
    """The mj-text block of one topic section (its h2 carries the anchor)."""
    return doc.get_element_by_id(anchor).getparent()


def tension_items(block: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return block.xpath("./h3[normalize-space(.)='Tensions']/following-sibling::ul[1]/li")


def headings(block: lxml.html.HtmlElement) -> list[str]:
    return [h.text_content().strip() for h in block.xpath("./h3")]


def test_tensions_follow_perspectives_with_linked_citations(renderer: Renderer) -> None:
    html = renderer.render(load_context(), Recipient("r@example.org", UNSUB)).html
    doc = lxml.html.document_fromstring(html)
    first = section(doc, "t1")
    order = headings(first)
    assert order.index("Perspectives") + 1 == order.index("Tensions") == order.index("Sources") - 1
    items = tension_items(first)
    texts = [" ".join(li.text_content().split()) for li in items]
    assert texts == [
        "Bessent: talks come from US strength in AI vs. Takaichi: defending against frontier models is a "
        "'race against time' [2][4]",
        "Washington and Beijing present the protocol as a safety step vs. Japan and the UK preparing their "
        "own defenses against the same models [3–6]",
    ]  # the tension citing only a missing source is never shown
    ids = set(doc.xpath("//@id"))
    assert [a.get("href") for a in items[0].xpath(".//a[@class='cite']")] == ["#t1-s2", "#t1-s4"]
    assert [a.get("href") for a in items[1].xpath(".//a[@class='cite']")] == ["#t1-s3", "#t1-s6"]  # [3–6]
    assert all(a.get("href")[1:] in ids for li in items for a in li.xpath(".//a[@class='cite']"))
    # a topic with a single tension still shows it as a bullet
    assert len(tension_items(section(doc, "t2"))) == 1


def test_text_part_lists_tensions_with_citations(renderer: Renderer) -> None:
    text = renderer.render(load_context(), Recipient("r@example.org", UNSUB)).text
    first = text.split("Tensions\n", 1)[1].split("\n\n", 1)[0]
    assert first.startswith("- Bessent: talks come from US strength")
    assert first.endswith("against the same models [3–6]")
    assert "missing" not in text
    assert text.index("Perspectives\n") < text.index("Tensions\n") < text.index("Sources\n")


def test_no_tensions_no_heading(renderer: Renderer) -> None:
    ctx = load_context()
    ctx.updates[0].brief.tensions = [Tension("Cites nothing that exists", (42,))]
    ctx.updates[1].brief.tensions = []
    rendered = renderer.render(ctx, Recipient("r@example.org", UNSUB))
    assert "Tensions" not in rendered.text
    assert "Tensions" not in lxml.html.document_fromstring(rendered.html).text_content()


def test_detail_levels_shrink_tensions() -> None:
    counts = [d.tensions for d in DETAIL_LEVELS]
    assert counts[:5] == [3, 3, 2, 1, 0]
    assert counts == sorted(counts, reverse=True) and counts[-1] == 0


def crowded_context(topics: int = 30, tensions: int = 12) -> DigestContext:
    """An issue far over 102 KB whose topics carry many long tensions."""
    ctx = load_context()
    template = ctx.updates[0]
    long = "One side holds a long position that repeats itself to take space " * 4
    updates = []
    for i in range(topics):
        sources = [Source(n, f"x{i}-{n}", f"Outlet {n}", f"Headline {n}", f"https://o{n}.example/{i}/{n}", None)
                   for n in range(1, 13)]  # fmt: skip
        brief = replace(
            template.brief,
            topic=f"topic-{i}",
            title=f"Topic number {i}",
            insights=[Statement(f"{long} ({k})", (k,)) for k in range(1, 13)],
            tensions=[Tension(f"{long} vs. the other side ({k})", (k, k % 12 + 1)) for k in range(1, tensions + 1)],
            sources=sources,
        )
        topic = replace(template.topic, slug=f"topic-{i}", title=f"Topic number {i}")
        updates.append(replace(template, topic=topic, brief=brief))
    return replace(ctx, updates=updates)


def test_tensions_shrink_under_the_budget(renderer: Renderer) -> None:
    base = renderer.render_base(crowded_context())
    assert base.detail_level > 0 and base.shortened and not base.problems
    rendered = renderer.personalize(base, Recipient("r@example.org", UNSUB))
    assert len(rendered.html.encode()) < HTML_LIMIT
    limit = DETAIL_LEVELS[base.detail_level].tensions
    doc = lxml.html.document_fromstring(rendered.html)
    sections = [h.getparent() for h in doc.xpath("//h2[starts-with(@id, 't')]")]
    assert sections
    for block in sections:
        assert len(tension_items(block)) <= limit
        assert ("Tensions" in headings(block)) == (limit > 0)
    assert "Shortened for email" in doc.text_content()
    assert "Read the rest" in doc.text_content()


def test_a_few_tensions_keep_full_depth(renderer: Renderer) -> None:
    ctx = crowded_context(topics=1, tensions=5)
    base = renderer.render_base(ctx)
    assert base.detail_level == 0
    doc = lxml.html.document_fromstring(renderer.personalize(base, Recipient("r@example.org", UNSUB)).html)
    assert len(tension_items(section(doc, "t1"))) == DETAIL_LEVELS[0].tensions  # 3 shown, 2 counted as hidden
    assert "Shortened for email" in doc.text_content()


def test_hostile_tension_stays_text(renderer: Renderer) -> None:
    ctx = load_context()
    hostile = f"{SCRIPT} vs. {BREAKOUT} {TEMPLATE_CODE} line\r\nBcc: x@example.org"
    ctx.updates[0].brief.tensions = [Tension(hostile, (1, 2))]
    rendered = renderer.render(ctx, Recipient("r@example.org", UNSUB))
    doc = lxml.html.document_fromstring(rendered.html)
    assert not doc.xpath("//script | //img")
    items = tension_items(section(doc, "t1"))
    shown = " ".join(items[0].text_content().split())
    assert shown == f"{SCRIPT} vs. {BREAKOUT} {TEMPLATE_CODE} line Bcc: x@example.org [1][2]"
    assert "49" not in shown and "looploop" not in rendered.text
    assert f"{SCRIPT} vs." in rendered.text and "\nBcc:" not in rendered.text


def perspectives_of(renderer: Renderer, ctx: DigestContext) -> list[str]:
    doc = lxml.html.document_fromstring(renderer.render(ctx, Recipient("r@example.org", UNSUB)).html)
    block = section(doc, "t1")
    items = block.xpath("./h3[normalize-space(.)='Perspectives']/following-sibling::ul[1]/li")
    return [" ".join(li.text_content().split()) for li in items]


def test_perspectives_show_each_evolution_in_brief(renderer: Renderer) -> None:
    assert perspectives_of(renderer, load_context()) == [
        "Treasury Secretary Scott Bessent: Engagement is a concession from technological strength. [2] (unchanged)",
        "LDP cybersecurity chief Takaichi: Calls it a 'race against time' that must involve Big Tech. [4] "
        "(now drafting national guidelines)",
        "The Bank of England: Frontier AI models are a risk to financial stability that firms must plan for. [5] (new)",
        "Nikkei Asia: Japan will write its own cyberdefense guidelines this year without waiting. [3] "
        "(from “Japan will wait for the United States and…” to “Japan will write its own cyberdefense "
        "guidelines this…” [3])",
    ]


def test_first_version_says_nothing_about_evolution(renderer: Renderer) -> None:
    ctx = load_context()
    update = ctx.updates[0]
    stance = Statement("Engagement is a concession from technological strength.", (2,))
    brief = replace(update.brief, version=1, perspectives=[Perspective("Bessent", stance, "new", "")])
    ctx.updates[0] = replace(update, version=replace(update.version, number=1), brief=brief)
    assert perspectives_of(renderer, ctx) == ["Bessent: Engagement is a concession from technological strength. [2]"]


def test_long_stances_and_notes_stay_short(renderer: Renderer) -> None:
    ctx = load_context()
    long_claim = " ".join(f"word{k}" for k in range(200))
    ctx.updates[0].brief.perspectives = [
        Perspective("BP", Statement(long_claim, (1,)), "expanded", f"now also says “{long_claim}” [1][2][3]")
    ]
    (line,) = perspectives_of(renderer, ctx)
    stance, note = line.split(" [1] (", 1)
    assert len(stance) < 320
    assert note == "now also says “word0 word1 word2 word3 word4 word5 word6 word7…” [1–3])"


def test_an_unquoted_note_is_cut_as_a_quoted_one(renderer: Renderer) -> None:
    """A reporter's sentence about the actor is noted unquoted; it points at the new claim in as few words."""
    ctx = load_context()
    claim = "BP said on Tuesday it had collected 14,800 barrels of oil from the leaking well on Monday"
    ctx.updates[0].brief.perspectives = [
        Perspective("BP", Statement(claim, (1,)), "expanded", f"now also: {claim} [1][2]")
    ]
    (line,) = perspectives_of(renderer, ctx)
    assert line.endswith("(now also: BP said on Tuesday it had collected 14,800… [1][2])") or line.endswith(
        "(now also: BP said on Tuesday it had collected 14,800… [1–2])"
    )


def test_a_stance_new_since_the_last_version_is_said_so_once(renderer: Renderer) -> None:
    """All of an actor's stance new: the note says so in plain words, not "Expanded: …" nor the stance again."""
    ctx = load_context()
    claim = "The cap will hold until August."
    ctx.updates[0].brief.perspectives = [
        Perspective("BP", Statement(claim, (1,)), "expanded", "new since version 1 [1][2]")
    ]
    (line,) = perspectives_of(renderer, ctx)
    assert line.count("cap will hold") == 1
    assert line.endswith("(new since version 1 [1][2])") or line.endswith("(new since version 1 [1–2])"), line
