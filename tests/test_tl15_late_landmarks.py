"""Issue 14 (timeline_blind15): a story's late turning points had no later articles to recall them and lost to early
minor days. A decisive lead counts more the fewer articles came after its day (exposure); a verbless clause continues
the one before it; a finding "said in a report" that day is a decisive act."""

from datetime import date, timedelta

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import Ranking, _acted_on, date_sentences, rank_dates, resolve

_TOLD = date(2071, 6, 12)


def _acts(text: str) -> bool:
    s = Sentence(text, 0, 0, _TOLD)
    day = next(r.when for r in resolve(text, _TOLD) if r.granularity == "day")
    return _acted_on(s, day)


def test_a_verbless_clause_continues_the_one_before() -> None:
    """A ", and" list of objects reads as a clause boundary; the verb before it still governs the day."""
    assert _acts("Prosecutors charged the ferry firm's owner, and two of its captains with manslaughter yesterday.")
    assert _acts("Police arrested the treasurer of the club, and his deputy at their homes yesterday.")
    # a clause with its own verb keeps it: the hearing is the day's, not the killing
    assert not _acts("When he killed the nurse, a jury heard yesterday.")


def test_a_finding_said_in_a_report_is_an_act() -> None:
    assert _acts(
        "The bridge collapsed because of corroded cables, the safety board said in its final report yesterday."
    )
    assert _acts("The hospital failed dozens of mothers, the review found in a report published yesterday.")
    assert _acts("The ban was lawful, the court said in its ruling yesterday.")
    # a statement is no finding, nor a report named far from the day
    assert not _acts("The airline regrets the delays, a spokesman said in a statement yesterday.")
    assert not _acts("The mayor said in an interview with the radio station about the harbour plans yesterday.")


def _story(late_lead: str) -> list[Sentence]:
    """An early minor day that the later articles recall, and a late decisive day told by its own article only."""
    start = date(2071, 3, 2)
    early = start + timedelta(days=1)
    out = [Sentence("The festival's stage collapsed on Monday, injuring forty people.", 0, 0, start)]
    article = 1
    for week in range(1, 8):
        published = start + timedelta(days=7 * week)
        out.append(
            Sentence("Organisers met the council on Tuesday, March 3, to discuss the stage.", article, 0, published)
        )
        out.append(
            Sentence(f"The stage collapsed on March 2, 2071, and the debate goes on ({week}).", article, 1, published)
        )
        article += 1
        if week == 3:
            out.append(Sentence("The festival's organisers met the council on Tuesday.", article, 0, early))
            article += 1
    late = start + timedelta(days=52)
    out.append(Sentence(late_lead, article, 0, late))
    out.append(Sentence("Organisers met the council on March 3, 2071.", article + 1, 1, late + timedelta(days=2)))
    return out


def test_a_late_decisive_lead_gains_for_its_short_future() -> None:
    sentences = _story("Prosecutors charged the festival's organiser with negligence on Thursday.")
    dated = date_sentences(sentences)
    late = max(s.published for s in sentences if s.published) - timedelta(days=2)
    with_exposure = dict(rank_dates(dated))
    without = dict(rank_dates(dated, params=Ranking(exposure=0.0)))
    early = date(2071, 3, 2)
    # an early decisive day had nearly every later article to recall it: its factor barely moves
    assert with_exposure[early] / without[early] < 1.2
    assert with_exposure[late] / without[late] > 2 * with_exposure[early] / without[early]


def test_ending_an_agreement_is_an_act() -> None:
    assert _acts("The brewery ended its sponsorship of the rowing club yesterday.")
    assert _acts("The union ended its strike at the port yesterday.")
    assert _acts("The bank terminated its contract with the cleaning firm yesterday.")
    # ending what is no official thing, or talks that end without a result, is not
    assert not _acts("The choir ended its spring tour in the capital yesterday.")
    assert not _acts("Talks between the port and the union ended without agreement yesterday.")


def test_a_denial_whose_verb_is_decisive_is_minor() -> None:
    """ "rejected the allegations" is a reply, not an act; a court rejecting a claim rules."""
    from digest.briefs.timeline import _lead_kinds

    def kinds(text: str) -> tuple[set[date], set[date]]:
        return _lead_kinds(date_sentences([Sentence(text, 0, 0, _TOLD)]))

    yesterday = _TOLD - timedelta(days=1)
    assert kinds("The rowing club rejected the newspaper's doping allegations yesterday.") == ({yesterday}, set())
    assert kinds("The court rejected the ferry firm's claims yesterday.") == (set(), {yesterday})


def test_an_ed_word_after_a_count_describes_its_noun() -> None:
    """ "arrested two suspected smugglers": the arrest is the verb the day belongs to, not "suspected"."""
    assert _acts("Customs officers arrested two suspected smugglers at the ferry port yesterday.")
    assert not _acts("Police detained 14 injured fans outside the ground yesterday.")  # detaining is no landmark
    assert _acts("Police arrested 14 masked men outside the ground yesterday.")
    # a year before the verb is no count: "Ramon Vidal, its chairman since 2041, resigned yesterday"
    assert _acts("Ramon Vidal, the chairman of the ferry company since 2041, resigned yesterday.")


def test_a_relative_clause_without_that_tells_its_noun() -> None:
    """ "stripped her of the titles she won in the spring yesterday": the day is the stripping's, not the winning's."""
    assert _acts("The federation stripped the cyclist of the titles she won in the spring yesterday.")
    assert _acts("The regulator stripped the broker of the licences it held for twenty years yesterday.")
    # a reporting verb and a pronoun are no relative clause: the day is the resignation's
    assert _acts("The minister says he resigned from the board of the port yesterday.")
