"""Golden tests of the extractive engine on fixed articles, one per section, plus validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_briefs_fixtures import ARTICLES, NOW, topic

from digest.briefs import make_brief_engine, validate_brief
from digest.briefs.article import pick_standout
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.timeline import resolve
from digest.config import Config
from digest.models import Brief, Statement
from digest.store.codec import dumps, loads


def _briefs() -> tuple[Brief, Brief]:
    engine = ExtractiveEngine()
    first = validate_brief(engine.topic_brief(topic(), ARTICLES[:2], None, 1, NOW))
    second = validate_brief(engine.topic_brief(topic(), ARTICLES, first, 2, NOW))
    return first, second


def _all_cited(brief: Brief) -> None:
    numbers = {s.n for s in brief.sources}
    for section in (brief.what, brief.why_it_matters, brief.insights, brief.open_questions, brief.narrative):
        for s in section:
            assert s.citations and set(s.citations) <= numbers, s
    for e in brief.timeline:
        assert e.citations and set(e.citations) <= numbers


def test_default_engine_is_extractive() -> None:
    assert isinstance(make_brief_engine(Config()), ExtractiveEngine)


def test_sources_numbered_by_date_and_untitled_article_gets_lead_sentence() -> None:
    _, brief = _briefs()
    assert [s.article_id for s in brief.sources] == ["a1", "b1", "c1"]
    assert [s.n for s in brief.sources] == [1, 2, 3]
    assert brief.sources[1].title.startswith("Firefighters battled a blaze at the Harbor Point refinery")
    assert brief.sources[1].url is None


def test_what_is_where_the_story_stands() -> None:
    _, brief = _briefs()
    texts = [s.text for s in brief.what]
    assert 2 <= len(texts) <= 4
    assert "The Harbor Point refinery will stay shut for at least three weeks, Acme Energy said on Monday." in texts
    _all_cited(brief)


def test_why_it_matters_from_consequence_cues() -> None:
    _, brief = _briefs()
    by_text = {s.text: s.citations for s in brief.why_it_matters}
    fuel = "Fuel prices in the region could rise sharply because the refinery supplies a third of the state's gasoline."
    assert by_text[fuel] == (1,)
    assert len(by_text) <= 2


def test_insights_are_not_redundant_with_what() -> None:
    _, brief = _briefs()
    assert 3 <= len(brief.insights) <= 5
    assert not {s.text for s in brief.insights} & {s.text for s in brief.what}


def test_open_questions_phrased_as_questions() -> None:
    _, brief = _briefs()
    texts = [q.text for q in brief.open_questions]
    assert "Will the refinery reopen before the summer driving season?" in texts
    assert "Has Acme Energy disclosed the cause of the fire yet?" in texts
    assert all(t.endswith("?") for t in texts)


def test_timeline_resolves_dates_and_merges_outlets() -> None:
    _, brief = _briefs()
    by_day = {e.when: e for e in brief.timeline}
    # "on Tuesday" in articles of Thursday 14 and Friday 15 May: both Tuesday 12 May, one entry citing both.
    fire = by_day[date(2026, 5, 12)]
    assert fire.citations == (1, 2)
    assert fire.label == "2026-05-12"
    # "yesterday" in an article of Tuesday 19 May.
    assert by_day[date(2026, 5, 18)].text == "Regulators opened a formal inquiry into the fire yesterday."
    assert [e.when for e in brief.timeline] == sorted(e.when for e in brief.timeline)


def test_perspectives_named_actors_and_evolution() -> None:
    first, brief = _briefs()
    # Shown with the office two reports give him; matched across versions by the name.
    assert "Union leader Tom Reed" in {p.actor for p in brief.perspectives}
    actors = {p.actor.removeprefix("Union leader "): p for p in brief.perspectives}
    assert {"Acme Energy", "Tom Reed", "Maria Lopez"} <= set(actors)
    assert all(p.evolution == "new" for p in first.perspectives)
    assert actors["Tom Reed"].evolution == "expanded"
    # The new claim is the evolution note's; the stance beside it keeps what he said before.
    assert "Inspections were not carried out on schedule at the plant" in actors["Tom Reed"].evolution_note
    assert actors["Maria Lopez"].evolution == "unchanged"


def test_tension_between_contrasting_claims() -> None:
    _, brief = _briefs()
    top = brief.tensions[0]
    assert "Acme Energy" in top.summary and "Tom Reed" in top.summary and " vs. " in top.summary
    assert "not carried out on schedule" in top.summary
    assert len(top.citations) >= 1


def test_changes_since_previous_version() -> None:
    first, brief = _briefs()
    assert first.changes == []
    texts = [c.text for c in brief.changes]
    # The new article's own development first, then a short count that names the outlet once.
    assert texts[0].startswith("The Harbor Point refinery will stay shut for at least three weeks")
    assert "1 new article since version 1, from Example News" in texts
    assert any(t.startswith("New on the timeline: 2026-05-18") for t in texts)
    assert all(c.citations for c in brief.changes)


def test_statement_without_source_is_dropped() -> None:
    _, brief = _briefs()
    bad = replace(
        brief,
        what=[*brief.what, Statement("Unsupported claim.", ()), Statement("Points nowhere.", (99,))],
        insights=[Statement("Also nowhere.", (0,))],
    )
    checked = validate_brief(bad)
    assert [s.text for s in checked.what] == [s.text for s in brief.what]
    assert checked.insights == []


def test_deterministic_and_round_trips_through_codec() -> None:
    a, b = _briefs()[1], _briefs()[1]
    assert dumps(a) == dumps(b)
    assert dumps(loads(Brief, dumps(a))) == dumps(a)


def test_relative_dates() -> None:
    thursday = date(2026, 5, 14)
    assert [r.when for r in resolve("The plant shut on Tuesday.", thursday)] == [date(2026, 5, 12)]
    assert [r.when for r in resolve("It happened yesterday.", thursday)] == [date(2026, 5, 13)]
    assert [r.label for r in resolve("Prices fell last month.", thursday)] == ["2026-04"]
    assert [r.when for r in resolve("The vote will be held on Tuesday.", thursday)] == [date(2026, 5, 19)]
    assert [r.when for r in resolve("On April 20, 2010, the rig exploded.", thursday)] == [date(2010, 4, 20)]
    assert [r.when for r in resolve("The rig exploded on 20 April.", date(2010, 5, 2))] == [date(2010, 4, 20)]
    assert [r.when for r in resolve("The well was capped three days ago.", thursday)] == [date(2026, 5, 11)]


def test_article_brief_shape() -> None:
    brief = ExtractiveEngine().article_brief(ARTICLES[0], NOW)
    assert brief.original_headline == "Fire shuts Harbor Point refinery"
    assert brief.reported_by == "Example News" and brief.url == "https://news.example.org/fire"
    assert brief.summary[0].text.startswith("A fire broke out at the Harbor Point refinery")
    assert [u.text for u in brief.unknowns] == [
        "Whether the refinery will reopen before the summer driving season.",
        "Acme Energy has not disclosed the cause of the fire.",
    ]
    for section in (brief.key_insights, brief.summary, brief.why_it_matters, brief.unknowns, brief.essentially):
        assert all(s.citations == (1,) for s in section)


def test_pick_standout_prefers_long_articles_and_skips_duplicates() -> None:
    long_text = " ".join(a.text for a in ARTICLES) * 4
    big = replace(ARTICLES[0], id="big", text=long_text)
    dup = replace(big, id="dup", canonical_id="big")
    assert [a.id for a in pick_standout([*ARTICLES, big, dup], 2)] == ["big"]
