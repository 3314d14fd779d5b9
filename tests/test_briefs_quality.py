"""Golden tests of the extractive engine's quality pass: clean sentences, real questions, newest "what",
distinct-article date ranking, named actors with faithful stances, and tensions that are conflicts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from digest.briefs.actors import actor_key, attributions
from digest.briefs.cues import is_real_question, to_question
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.sentences import Sentence, article_sentences, is_usable, segments
from digest.briefs.timeline import date_sentences, is_background, rank_dates
from digest.models import Article, Topic

GUARDIAN = (
    "Gulf oil spill: BP resumes ` top kill ' Company says operation could continue for two more days "
    "Friday 28 May 2010 10.27 BST This still image from a video shows drilling mud escaping from the pipe. "
    "Photograph: Jane Doe/AFP/Getty Images BP has resumed its top kill operation to stem the leak from the "
    "ruptured well in the Gulf of Mexico. Engineers began a second round of the procedure last night."
)
REUTERS = (
    "U.S. to keep heat on BP - Salazar WASHINGTON | Sun May 2, 2010 9:05 am EDT WASHINGTON (Reuters) - "
    "The U.S. government will keep a boot on the neck of BP Plc, Interior Secretary Ken Salazar said on Sunday."
)
BBC = (
    "Swine flu outbreak reaches Europe The UN has warned that the virus has the potential to become a pandemic "
    "The first cases of swine flu have been confirmed in Europe. Two people admitted to hospital in Scotland "
    "have been confirmed as having the virus."
)
FOX = (
    "June 4: A crew picks up oil that washed up along Pensacola Beach, Fla. AP NEW ORLEANS -- An oil spill "
    "that threatened to eclipse the Exxon Valdez disaster spread out of control on Thursday."
)


def _texts(text: str) -> list[str]:
    return [s.text for s in article_sentences(0, text, date(2010, 6, 1))]


def test_headline_standfirst_caption_and_credit_are_not_sentences() -> None:
    assert _texts(GUARDIAN) == [
        "BP has resumed its top kill operation to stem the leak from the ruptured well in the Gulf of Mexico.",
        "Engineers began a second round of the procedure last night.",
    ]


def test_wire_stamp_and_dateline_are_cut_from_the_lead() -> None:
    assert _texts(REUTERS) == [
        "The U.S. government will keep a boot on the neck of BP Plc, Interior Secretary Ken Salazar said on Sunday."
    ]


def test_glued_headline_and_caption_split_from_the_lead() -> None:
    texts = _texts(BBC)
    assert texts[0] == "The first cases of swine flu have been confirmed in Europe."
    assert not any("reaches Europe" in t or "potential to become" in t for t in texts)


def test_dated_photo_caption_with_agency_credit_dropped() -> None:
    assert _texts(FOX) == [
        "An oil spill that threatened to eclipse the Exxon Valdez disaster spread out of control on Thursday."
    ]


def test_a_name_is_not_split_from_its_verb() -> None:
    text = "The Harbor Point refinery will stay shut for at least three weeks, Acme Energy said on Monday. Next."
    assert (
        segments(text)[0]
        == "The Harbor Point refinery will stay shut for at least three weeks, Acme Energy said on Monday."
    )


def test_page_furniture_is_not_usable() -> None:
    for noise in (
        "Click here to read the full story about the oil spill response.",
        "Watch the video of the containment cap being lowered onto the well.",
        "Letters for publication should be sent to the editor at this address.",
        "Send your pictures to yourpics@example.com or via the form below.",
    ):
        assert not is_usable(noise), noise
    assert is_usable("So far the blowout preventer has broken down and the dome has iced up.")


def test_open_questions_keep_the_wh_phrase_together() -> None:
    assert to_question("It is unclear what role the banks would play.") == "What role would the banks play?"
    assert to_question("It was unclear how successful the cap will be.") == "How successful will the cap be?"
    assert (
        to_question("It is unclear how much of the recovered oil had been processed.")
        == "How much of the recovered oil had been processed?"
    )
    assert (
        to_question("It was not clear which companies were being targeted.") == "Which companies were being targeted?"
    )
    assert (
        to_question("It is unclear how effective current flu vaccines would be against the new strain.")
        == "How effective would current flu vaccines be against the new strain?"
    )
    assert to_question("It is too early to say whether BP will pay dividends.") == "Will BP pay dividends?"
    assert to_question("The reports have not been confirmed.") == "Have the reports been confirmed?"


def test_rhetorical_poll_and_heading_questions_rejected() -> None:
    for text in (
        "So why are they getting them so wrong?",
        "Q. Do you think the government should pursue criminal charges against BP?",
        "HOW MANY PEOPLE ARE AFFECTED BY THE NEW STRAIN?",
        "What did we do to deserve this, the chief executive asked?",
    ):
        assert not is_real_question(text), text
        assert to_question(text) is None
    assert is_real_question("Is America ready to wean itself off a long-term addiction to fossil fuels?")


def _s(text: str, article: int, published: date, position: int = 0) -> Sentence:
    return Sentence(text, article, position, published)


def test_background_is_a_sentence_about_weeks_before_its_article() -> None:
    day = date(2010, 6, 14)
    assert is_background(_s("Oil has leaked since the rig exploded on April 20 and killed 11 workers.", 0, day))
    assert not is_background(_s("BP shares rose on Monday after the cap held.", 0, day))


def test_dates_referred_to_by_more_articles_rank_first() -> None:
    pub = date(2010, 6, 10)
    sentences = [
        _s("The cap was fitted on June 3 after a week of delays at the well site.", 0, pub),
        _s("Engineers fitted the cap on June 3 and it was working as planned at the site.", 1, pub),
        _s("A storm passed on June 5 and the ships left the site for the day.", 2, pub),
        _s("The storm of June 5 kept ships away from the site for the whole day.", 2, pub, 1),
        _s("On June 5 the storm was the main story for everyone at the site.", 2, pub, 2),
    ]
    ranking = [d for d, _ in rank_dates(date_sentences(sentences))]
    assert ranking[0] == date(2010, 6, 3)


def _article(i: str, day: int, text: str, source: str = "Wire") -> Article:
    when = datetime(2010, 6, day, 9, tzinfo=UTC)
    return Article(id=i, url=None, title="", text=text, source=source, published=when, first_seen=when)


def test_what_comes_from_the_newest_sources_and_skips_background() -> None:
    articles = [
        _article(
            "o1",
            1,
            "Engineers lowered a containment cap onto the leaking well in the Gulf of Mexico. "
            "The cap is meant to funnel the leaking oil to a ship on the surface.",
        ),
        _article(
            "o2",
            2,
            "The containment cap on the leaking well began collecting oil from the Gulf of Mexico. "
            "Officials said the amount of oil collected would rise over the next days.",
        ),
        _article(
            "n1",
            14,
            "The well has been leaking oil into the Gulf since the rig exploded on May 1 this year. "
            "BP said the containment cap collected 15,000 barrels of oil from the leaking well on Sunday. "
            "The company will double the capacity of the containment system by the end of the month. "
            "Engineers on the ship said the oil flow from the well was steady through the weekend. "
            "Fishing grounds along the coast stayed closed while the collection effort went on.",
        ),
    ]
    now = datetime(2010, 6, 15, tzinfo=UTC)
    topic = Topic(slug="t", title="T", kind="tracked", status="active", created=now, updated=now)
    brief = ExtractiveEngine().topic_brief(topic, articles, None, 1, now)
    assert brief.what and all(s.citations == (3,) for s in brief.what)
    assert not any("since the rig exploded" in s.text for s in brief.what)


def test_actor_names_unified_and_stances_read_whole() -> None:
    day = date(2010, 6, 8)
    sentences = [
        _s("BP chief executive Tony Hayward visited the Gulf coast on Monday with company engineers.", 0, day),
        _s("Hayward said the company would stay in the Gulf until every claim was paid in full.", 0, day, 1),
        _s("BP Plc said it had collected more oil from the well than on any day before.", 1, day),
        _s("BP said it had spent more than $1bn on the response to the spill so far.", 2, day),
        _s("President Barack Obama warned energy giant BP not to nickel and dime Gulf coast residents.", 2, day, 1),
        _s("He had no wish to damage the value of BP, according to a statement from Downing Street.", 2, day, 2),
    ]
    claims = attributions(sentences)
    assert actor_key("BP Plc") == actor_key("BP") == "bp"
    by_actor = {c.actor: c for c in claims}
    assert "Tony Hayward" in by_actor
    assert by_actor["Barack Obama"].claim == sentences[4].text  # "BP not to ..." is not a claim of its own
    bp = [c for c in claims if c.key == "bp"]
    assert len(bp) == 2 and all(c.claim.startswith("BP") for c in bp)  # "it had ..." reads as the whole sentence
    assert not any("according to" in c.claim for c in claims)


def test_agreement_is_not_a_tension_but_a_named_dispute_is() -> None:
    now = datetime(2010, 6, 15, tzinfo=UTC)
    topic = Topic(slug="t", title="T", kind="tracked", status="active", created=now, updated=now)
    agree = [
        _article(
            "a", 10, "Governor Bobby Jindal said the oil had reached the marshes of Barataria Bay on Monday.", "A"
        ),
        _article("b", 11, "Admiral Thad Allen said the oil had reached the marshes of Barataria Bay on Monday.", "B"),
    ]
    assert ExtractiveEngine().topic_brief(topic, agree, None, 1, now).tensions == []
    dispute = [
        _article("c", 10, "Admiral Thad Allen said the blowout preventer had failed because of a dead battery.", "A"),
        _article("d", 11, "Transocean denied claims by Thad Allen that the preventer had a dead battery.", "B"),
    ]
    tensions = ExtractiveEngine().topic_brief(topic, dispute, None, 1, now).tensions
    assert tensions and "Transocean" in tensions[0].summary and "Thad Allen" in tensions[0].summary
