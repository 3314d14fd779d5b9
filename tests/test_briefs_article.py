"""Golden tests of the extractive article brief (the shape of article-brief-example.txt), section by section,
plus the reader-comment and furniture filter and the choice of standout articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.briefs import validate_article_brief
from digest.briefs.article import clip_to_deed, pick_standout
from digest.briefs.cues import to_unknown
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.sentences import article_sentences, cut_comments, is_reader_voice, is_usable
from digest.models import Article, ArticleBrief

DATA = Path(__file__).parent / "data" / "briefs"
WHEN = datetime(2026, 5, 18, 9, 0, tzinfo=UTC)


def _port() -> Article:
    return Article(
        id="port1",
        url="https://wire.example.org/port",
        title="Port strike halts shipping at Westhaven",
        text=(DATA / "article_port.txt").read_text(encoding="utf-8"),
        source="Reuters",
        published=WHEN,
        first_seen=WHEN,
    )


@pytest.fixture(scope="module")
def brief() -> ArticleBrief:
    return validate_article_brief(ExtractiveEngine().article_brief(_port(), WHEN))


def _texts(statements) -> list[str]:
    return [s.text for s in statements]


SECTIONS = ("summary", "key_insights", "essentially", "why_it_matters", "risks", "opportunities", "unknowns")


def test_summary_is_the_lead_and_the_main_development(brief: ArticleBrief) -> None:
    assert _texts(brief.summary) == [
        "Dockworkers at the Port of Westhaven walked off the job on Monday, halting cargo traffic at the country's "
        "busiest container terminal after talks over automation broke down.",
        "The Harbour Workers Union said 4,000 members joined the strike and that picket lines would stay up until "
        "the port operator withdrew its plan to install automated cranes.",
    ]


def test_key_insights_are_three_central_facts_not_repeating_the_summary(brief: ArticleBrief) -> None:
    assert _texts(brief.key_insights) == [
        "The port handled 9 million containers last year, the largest volume in its history.",
        "Talks between the union and the port operator collapsed on Sunday after 14 hours of negotiations.",
        "Economists estimate the stoppage costs the economy about $150 million a day.",
    ]


def test_essentially_is_who_did_what_one_named_actor_each(brief: ArticleBrief) -> None:
    assert _texts(brief.essentially) == [
        "Westhaven Port Authority said the strike had stranded 40 ships at anchor and that it would seek a court "
        "order to end the walkout.",
        "Union leader Maria Okafor said the automation plan would eliminate 1,200 jobs over three years.",
        "Transport Minister David Lang urged both sides to return to talks and said the government was ready to "
        "mediate.",
    ]


def test_why_it_matters_is_a_named_consequence(brief: ArticleBrief) -> None:
    assert _texts(brief.why_it_matters) == [
        "A prolonged shutdown could push up import prices and threaten the jobs of thousands of truck drivers who "
        "depend on port traffic."
    ]


def test_risks_and_opportunities_only_where_the_text_names_them(brief: ArticleBrief) -> None:
    assert _texts(brief.risks) == [
        "Retailers warned that a long strike could cause shortages of electronics and clothing before the holiday "
        "season."
    ]
    assert _texts(brief.opportunities) == [
        "Rival ports could benefit from the dispute, with Eastbay already offering discounts to shipping lines "
        "that divert cargo."
    ]
    calm = replace(_port(), text="The council met on Tuesday and approved the new library budget for next year.")
    quiet = ExtractiveEngine().article_brief(calm, WHEN)
    assert quiet.risks == [] and quiet.opportunities == []


def test_unknowns_are_phrased_as_in_the_reference(brief: ArticleBrief) -> None:
    assert _texts(brief.unknowns) == [
        "Whether the court will hear the port's request before the weekend.",
        "How much the automation plan would cost.",
    ]
    assert to_unknown("Acme Energy has not disclosed the cause of the fire.") == (
        "Acme Energy has not disclosed the cause of the fire."
    )
    assert to_unknown("Officials still don't know for certain how much oil is leaking each day.") == (
        "How much oil is leaking each day."
    )
    assert to_unknown("It remains to be seen whether it will work.") is None  # says nothing about what
    assert to_unknown("A company spokesman declined to comment.") is None
    assert to_unknown("It is not clear who might be targeted in the largest oil spill in U.S. history.") == (
        "Who might be targeted in the largest oil spill in U.S. history."
    )
    assert to_unknown("Neither Allen nor BP gave an estimate of how much oil is still flowing.") == (
        "How much oil is still flowing."
    )


def test_every_statement_is_cited_once_and_no_sentence_repeats(brief: ArticleBrief) -> None:
    seen: list[str] = []
    for name in SECTIONS:
        for s in getattr(brief, name):
            assert s.citations == (1,)
            assert s.text not in seen, s.text
            seen.append(s.text)
    assert brief.reported_by == "Reuters"
    assert brief.url == "https://wire.example.org/port"
    assert brief.original_headline == "Port strike halts shipping at Westhaven"
    assert [src.n for src in brief.sources] == [1]


def test_reader_comments_and_furniture_never_reach_the_brief(brief: ArticleBrief) -> None:
    everything = " ".join(s.text for name in SECTIONS for s in getattr(brief, name))
    for leak in ("my brother", "hiding", "Share this", "Posted by", "Reply", "Views expressed", "Photograph"):
        assert leak not in everything


def test_comment_filter_sentence_rules() -> None:
    assert is_reader_voice("My big question, is why is the govt hiding this from the people.")
    assert is_reader_voice("But why is Obama and everybody in the govt hiding the truth from us?")
    assert is_reader_voice("Just as a lay person, I can see that this amount of oil has to fill a barrel.")
    assert not is_reader_voice('"We are planning to take action," he said at the hearing on Wednesday.')
    assert not is_reader_voice("Veterans of World War I were honoured at the ceremony in Paris on Sunday.")
    # A pit is no possessive: a mining story's leads ("seized at the Tesso copper mine") are reporting, not a commenter.
    assert not is_reader_voice("Gunmen seized six engineers at the Karoo copper mine on Saturday, the company said.")
    assert not is_reader_voice("The mine has been closed since the flood, the union said.")
    assert is_reader_voice("A friend of mine works at the plant and says it is a disgrace.")
    assert is_reader_voice("The choice is mine and the council should listen.")
    assert not is_reader_voice("Police and mine rescue teams reached the collapsed shaft of mine No. 3 on Monday.")
    assert not is_reader_voice("The company plans to mine lithium in the valley from 2030.")
    assert is_reader_voice("Got mine on Monday after waiting three weeks for the refund.")
    assert is_reader_voice("Same thing happened to mine on Tuesday, the screen just went black.")
    assert not is_usable("The emergency will be used to push energy legislation on our country.", strict=True)
    assert is_usable("The emergency will be used to push energy legislation on our country.")  # topic briefs
    assert not is_usable("On May 18, he told Britain's Sky News that the impact would be very modest.", strict=True)
    assert not is_usable("BACK {current} of {total} NEXT The pun - ancient artform, or the lowest form of wit?")
    assert not is_usable("May 6: Oil collects just offshore of Freemason Island, in Louisiana.")
    assert not is_usable("Explore all of our oil spill graphics and maps of the Gulf coast here.")
    body = "The spill grew on Tuesday, officials said. " * 30
    thread = body + "Views expressed in the comments do not represent those of Reuters. I blame them all."
    assert cut_comments(thread) == body
    texts = [s.text for s in article_sentences(0, thread, None, limit=80)]
    assert texts and not any("blame" in t for t in texts)


def test_wire_subheads_are_trimmed_and_quoted_fear_is_no_risk() -> None:
    from digest.briefs.cues import ARTICLE_RISK
    from digest.briefs.sentences import trim

    assert trim("STILL NO HANDLE ON THE FLOW RATE Allen told reporters the rig would move.") == (
        "Allen told reporters the rig would move."
    )
    assert trim("BP PLC said on Monday it would pay.") == "BP PLC said on Monday it would pay."
    assert not ARTICLE_RISK.search('He ordered them "to follow the facts wherever they lead, without fear or favor."')
    assert ARTICLE_RISK.search("Experts fear that a big storm could drive more oil ashore.")


def test_clip_to_deed_trims_only_the_trailing_clause() -> None:
    assert clip_to_deed("BP defended Mr Hayward, saying it was his first day off since the spill.") == (
        "BP defended Mr Hayward."
    )
    assert clip_to_deed("Acme said, which few expected.") == "Acme said, which few expected."  # too short alone


def _news(i: str, text: str, title: str = "") -> Article:
    return Article(id=i, url=None, title=title, text=text, source="Wire", published=WHEN, first_seen=WHEN)


def test_pick_standout_prefers_substantive_news_over_galleries_opinion_and_comments() -> None:
    news = _news("news", (DATA / "article_port.txt").read_text(encoding="utf-8") * 3)
    gallery = _news(
        "gallery",
        "Explore all of our port strike graphics. "
        + " ".join(
            f"May {d}: Ships wait at anchor outside the harbour as the strike enters day {d}. AP Photo "
            for d in range(1, 30)
        ),
    )
    rant = _news(
        "rant",
        " ".join(
            "I think the union is right and my brother works there, so you should all back them now. "
            "We have waited far too long for our leaders to listen to the people on the docks. "
            for _ in range(20)
        ),
    )
    picked = [a.id for a in pick_standout([gallery, rant, news], 3)]
    assert picked == ["news"]
