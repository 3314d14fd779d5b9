"""Briefs on the seventh unseen planted set (tests/data/briefs/unseen7), written before reading any rule code.

An airline's fleet grounded (a wire with bylines and credits, a podcast transcript, a listed company's regulatory
announcements), a museum's repatriation dispute (a Q&A explainer, signed op-eds with author's notes, a parliamentary
reporter's timestamped running notes in the present tense) and a football club's takeover (club statements, a local
radio page, a fanzine blog). First run (`digest eval briefs --engine extractive tests/data/briefs/unseen7/articles.jsonl
tests/data/briefs/unseen7/gold.json`, before any rule was changed for it; the same on main and on this branch after the
rules for the known misses of unseen3-6):

    open_questions 10/33, article_unknowns 14/33, tensions 2/18, perspectives 14/21, perspectives_shift 0/5,
    questions_well_formed 11/11, cited 275/275, what_changed_development 5/6 (the loan named only on a timeline line
    cut at 24 words)

After rules for kinds of construction, each tested in tests/test_briefs_kinds7.py on sentences of other domains (a
transcript's turn labels, a signed op-ed's author, running-notes times, answers passed on or still being drafted, no
assurance as to an amount, names withheld, terms still to be agreed, evidence beside a claim, a finding rejected, words
put to a witness, words quoted back, questions the next sentence leaves open): open questions 31/33, article
unknowns 32/33, tensions 12/18, perspectives 21/21, shifts 4/5 (a note names the claim that says the speaker
moved: "I was too optimistic"), what changed 6/6 (timeline lines in What changed
cut at 30 words), 100 % cited and well formed. Still missed: "would not
put a timescale on its decision" (the sentence opens with "His department", not usable alone), "how those parts
passed inspection" (no question form for a past verb after a demonstrative); tensions that need meaning rather than
form ("surrendered" against "removed ... during a punitive expedition", "900,000 pounds a year is more than we take
through the turnstiles" against "reports that the rent would exceed the club's matchday income are wrong", "three
weeks, minimum" against "within a week" in another report, a refusal of a loan, "sets the rule for ten thousand",
"Sensible is a stretch").
"""

from __future__ import annotations

from pathlib import Path

from planted_targets import assert_meets_targets

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted

DATA = Path(__file__).parent / "data" / "briefs"
UNSEEN7 = (DATA / "unseen7" / "articles.jsonl", DATA / "unseen7" / "gold.json")


def test_seventh_unseen_set_keeps_its_figures() -> None:
    report = evaluate_planted(load_planted(*UNSEEN7), ExtractiveEngine())
    assert_meets_targets(report)
    rate = {name: tally.rate for name, tally in report.sections.items()}
    assert rate["open_questions"] >= 31 / 33, report.sections["open_questions"].misses
    assert rate["article_unknowns"] >= 32 / 33, report.sections["article_unknowns"].misses
    assert rate["tensions"] >= 2 / 3, report.sections["tensions"].misses
    assert rate["perspectives"] == 1.0, report.sections["perspectives"].misses
    assert rate["cited_supported"] == 1.0, report.sections["cited_supported"].misses
    assert rate["questions_well_formed"] == 1.0, report.sections["questions_well_formed"].misses
    assert rate["what_changed_count"] == 1.0, report.sections["what_changed_count"].misses
    assert rate["perspectives_shift"] >= 4 / 5, report.sections["perspectives_shift"].misses
    # "in time for the Ketu festival on 14 August" is still to come; "moves to 19 April from 12 April" moves the report
    # (tests/test_briefs_timeline_unseen7.py): first run 3/4 and 2/3.
    assert rate["timeline_upcoming"] == 1.0, report.sections["timeline_upcoming"].misses
    assert rate["timeline_superseded"] == 1.0, report.sections["timeline_superseded"].misses
    assert not report.violations.get("why_scheduling"), report.violations["why_scheduling"]
    # The podcast's host only asks and relays; the op-eds' authors speak; the bylined reporters do not.
    actors = {p.actor for b in report.briefs for p in b.perspectives}
    assert not {"Kit Mercer", "Nadia Oyelaran", "Sam Whitlow", "Asked"} & actors
    assert {"Anjali Desai", "Imogen Tait", "Rachel Ember", "Roland Pike", "Tobias Renn", "Nathan Beale"} <= actors
