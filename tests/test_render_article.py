"""Standout articles in the shape of the reference article brief, and citation runs shown as ranges."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from digest.models import ArticleBrief, DigestContext, Recipient, Source, Statement
from digest.render import HTML_LIMIT, Cite, Line, Renderer
from digest.store import codec

DATA = Path(__file__).parent / "data" / "render"
UNSUB = "https://digest.example.org/unsubscribe/tok123"
HEADINGS = [
    "Key insights",
    "Why this matters",
    "Summary",
    "Potential risks and opportunities",
    "What we don't know yet",
]


def load_context() -> DigestContext:
    return codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def render(renderer: Renderer, *articles: ArticleBrief, ctx: DigestContext | None = None):
    ctx = replace(ctx or load_context(), article_briefs=list(articles))
    message = renderer.render(ctx, Recipient("r@example.org", UNSUB))
    return lxml.html.document_fromstring(message.html), message.text


def article_part(text: str) -> str:
    return text[text.index("STANDOUT ARTICLE") : text.index("-" * 72 + "\nYou receive")]


def sole_article() -> ArticleBrief:
    return load_context().article_briefs[0]


def test_html_follows_the_reference_shape(renderer: Renderer) -> None:
    doc, _ = render(renderer, sole_article())
    title = doc.get_element_by_id("a1")
    assert title.tag == "h3" and title.text_content() == "US-China sign first bilateral AI safety pact in Beijing"
    assert title.xpath("string(a/@href)") == "https://cnbc.example/2026/05/14/us-china-ai-safety-protocol.html"
    labels = [h.text_content() for h in doc.xpath("//h4")]
    assert labels == HEADINGS
    body = " ".join(doc.text_content().split())
    order = [
        "Key insights",
        "It is the first government-level",
        "Why this matters",
        "Summary",
        "Essentially: The US and Chinese governments have formalized",
        "Treasury Secretary Bessent cited",
        "Potential risks and opportunities",
        "Risks",
        "Cleared H200 sales",
        "Opportunities",
        "Compliance consultancies",
        "What we don't know yet",
        "[1] Originally reported by cnbc.example, 14 May 2026",
        "Read the original article →",
        "Original headline: US and China unveil formal AI safety protocol at Trump-Xi Beijing summit",
    ]
    positions = [body.index(part, body.index("Standout article")) for part in order]
    assert positions == sorted(positions)
    link = doc.xpath("//a[.='Read the original article →']/@href")
    assert link == ["https://cnbc.example/2026/05/14/us-china-ai-safety-protocol.html"]
    # every [1] of the article points at the "originally reported by" line: the source is the article itself
    cites = doc.xpath("//a[@class='cite'][starts-with(@href, '#a1-')]")
    assert cites and {a.get("href") for a in cites} == {"#a1-s1"}
    assert doc.get_element_by_id("a1-s1").text_content().startswith("[1]\xa0Originally reported by cnbc.example")


def test_text_follows_the_reference_shape(renderer: Renderer) -> None:
    _, text = render(renderer, sole_article())
    part = article_part(text)
    assert part.startswith(
        "STANDOUT ARTICLE\n" + "=" * 72 + "\n\nUS-China sign first bilateral AI safety pact in Beijing\n" + "-" * 55
    )
    for heading in HEADINGS:
        assert f"\n{heading}\n" in part, heading
    assert "\nEssentially: The US and Chinese governments" in part
    assert "\nRisks\n- Cleared H200" in part and "\nOpportunities\n- Compliance" in part
    assert "\n[1] Originally reported by cnbc.example, 14 May 2026\n" in part
    assert "\nRead the original article → https://cnbc.example/2026/05/14/us-china-ai-safety-protocol.html\n" in part
    assert "\nOriginal headline: US and China unveil" in part
    positions = [part.index(f"\n{h}\n") for h in HEADINGS]
    assert positions == sorted(positions)


def test_empty_sections_are_left_out(renderer: Renderer) -> None:
    only_risks = replace(sole_article(), why_it_matters=[], summary=[], essentially=[], opportunities=[], unknowns=[])
    doc, text = render(renderer, only_risks)
    assert [h.text_content() for h in doc.xpath("//h4")] == ["Key insights", "Potential risks and opportunities"]
    body = doc.text_content()
    assert "Risks" in body and "Opportunities" not in body and "Essentially" not in body
    part = article_part(text)
    for absent in ("Why this matters", "Summary", "Essentially", "Opportunities", "What we don't know yet"):
        assert absent not in part, absent
    assert "\nRisks\n- " in part

    bare = replace(only_risks, risks=[])
    doc, text = render(renderer, bare)
    assert [h.text_content() for h in doc.xpath("//h4")] == ["Key insights"]
    assert "Potential risks" not in doc.text_content() and "Potential risks" not in text


def test_link_only_for_http_and_headline_not_repeated(renderer: Renderer) -> None:
    article = replace(
        sole_article(),
        url="javascript:alert(1)",
        original_headline="US-China sign first bilateral AI safety pact in Beijing…",
        sources=[replace(sole_article().sources[0], url="data:text/html,x")],
    )
    doc, text = render(renderer, article)
    assert not doc.xpath("//a[.='Read the original article →']")
    assert doc.get_element_by_id("a1").xpath("a") == []
    assert "Read the original article" not in text and "javascript:" not in text
    assert "Original headline" not in doc.text_content() + text  # it only repeats the title
    assert "Originally reported by cnbc.example" in text


def test_a_sentence_shows_once_per_article(renderer: Renderer) -> None:
    article = sole_article()
    repeated = article.key_insights[0]
    article = replace(
        article, summary=[repeated, *article.summary], risks=[replace(repeated, text=repeated.text.upper())]
    )
    doc, text = render(renderer, article)
    assert text.count("first government-level AI safety protocol") == 1
    assert doc.text_content().count("first government-level AI safety protocol") == 1
    assert "The US and China signed their first" in text  # the rest of the summary stays


def test_other_sources_are_listed_and_uncited_ones_are_not(renderer: Renderer) -> None:
    article = sole_article()
    other = Source(2, "c2", "Reuters", "Bessent: we are in the lead", "https://reuters.example/b", None)
    unused = Source(3, "c3", "AP", "Not cited", "https://ap.example/x", None)
    article = replace(
        article,
        key_insights=[*article.key_insights, Statement("Bessent said the US leads.", (2,))],
        sources=[*article.sources, other, unused],
    )
    doc, text = render(renderer, article)
    assert doc.get_element_by_id("a1-s2").xpath("string(a/@href)") == "https://reuters.example/b"
    assert "Not cited" not in doc.text_content() + text
    assert "\nOther sources\n[2] Bessent: we are in the lead — Reuters\n    https://reuters.example/b\n" in text


def test_many_long_articles_shrink_to_fit_the_budget(renderer: Renderer) -> None:
    long = "This sentence about the standout article is long on purpose to take space in the email. " * 5
    base = sole_article()

    def stmts(tag: str) -> list[Statement]:
        return [Statement(f"{tag} {k}: {long}", (1,)) for k in range(8)]

    articles = [
        replace(
            base,
            article_id=f"c{i}",
            title=f"Article {i}",
            key_insights=stmts("insight"),
            why_it_matters=stmts("why"),
            summary=stmts("summary"),
            essentially=stmts("who"),
            risks=stmts("risk"),
            opportunities=stmts("opportunity"),
            unknowns=stmts("unknown"),
        )
        for i in range(1, 11)
    ]
    ctx = replace(load_context(), article_briefs=articles)
    rendered = renderer.render_base(ctx)
    assert rendered.detail_level > 0 and not rendered.problems
    message = renderer.personalize(rendered, Recipient("r@example.org", UNSUB))
    assert len(message.html.encode()) < HTML_LIMIT
    doc = lxml.html.document_fromstring(message.html)
    assert doc.xpath("//a[.='Unsubscribe']")
    ids = set(doc.xpath("//@id"))
    assert all(a.get("href")[1:] in ids for a in doc.xpath("//a[@class='cite']"))
    assert doc.text_content().count("Read the original article →") < 10  # fewer articles, or fewer lines each
    assert "left out to keep this email short" in doc.text_content()


@pytest.mark.parametrize(
    ("numbers", "shown"),
    [
        ((1,), "[1]"),
        ((3, 4), "[3][4]"),
        ((3, 4, 5), "[3–5]"),
        ((1, 3, 4, 5, 6, 9), "[1][3–6][9]"),
        (tuple(range(19, 34)), "[19–33]"),
        ((2, 4, 6), "[2][4][6]"),
    ],
)
def test_runs_of_citations_read_as_ranges(numbers: tuple[int, ...], shown: str) -> None:
    line = Line("A statement.", tuple(Cite(n, f"t1-s{n}") for n in numbers))
    assert line.cite_text == shown
    assert line.cited == f"A statement.\xa0{shown}"


def test_a_range_links_both_ends_in_html(renderer: Renderer) -> None:
    ctx = load_context()
    brief = ctx.updates[0].brief
    numbers = tuple(s.n for s in brief.sources)
    assert len(numbers) >= 3
    brief.what[0] = replace(brief.what[0], citations=numbers)
    doc = lxml.html.document_fromstring(renderer.render(ctx, Recipient("r@example.org", UNSUB)).html)
    first, last = min(numbers), max(numbers)
    pair = doc.xpath(f"//a[@class='cite'][.='[{first}']")
    assert pair and pair[0].get("href") == f"#t1-s{first}"
    closing = pair[0].getnext()
    assert closing.text_content() == f"–{last}]" and closing.get("href") == f"#t1-s{last}"
    assert f"[{first}–{last}]" in " ".join(renderer.render(ctx, Recipient("r@example.org", UNSUB)).text.split())


def test_citations_quoted_in_a_stance_note_become_links(renderer: Renderer) -> None:
    ctx = load_context()
    brief = ctx.updates[0].brief
    brief.perspectives[0] = replace(
        brief.perspectives[0], evolution="expanded", evolution_note="New statements since version 2 [3][4][5]; [99] x"
    )
    message = renderer.render(ctx, Recipient("r@example.org", UNSUB))
    doc = lxml.html.document_fromstring(message.html)
    note = doc.xpath("//li[strong]/em")[0]
    assert " ".join(note.text_content().split()) == "(Expanded: New statements since version 2 [3–5]; x)"
    assert [a.get("href") for a in note.xpath(".//a[@class='cite']")] == ["#t1-s3", "#t1-s5"]
    assert "(Expanded: New statements since version 2 [3–5]; x)" in " ".join(message.text.split())
