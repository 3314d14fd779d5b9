"""Briefs on the sixth unseen planted set (tests/data/briefs/unseen6), written before reading any rule code.

A medicine recall (an agency's press releases, a broadcaster's one-sentence paragraphs, a pharmacy newsletter in the
first person, a translated agency), a swimmer's doping case (a sports wire, a live blog of timestamped entries, a
hometown paper) and a civil trial over a dam's flood. First run (`digest eval briefs --engine extractive
tests/data/briefs/unseen6/articles.jsonl tests/data/briefs/unseen6/gold.json`, before any rule was changed for it;
see the set's README):

    open_questions 10/33, article_unknowns 13/33, tensions 0/16, perspectives 14/26, perspectives_shift 2/6,
    questions_well_formed 9/10, cited 282/282

After rules for kinds of construction, each unit-tested in tests/test_briefs_kinds.py on sentences in none of the
sets (a first-person writer as the one told, live-blog times, quotations over two sentences, colon quotes, judges'
rulings, fronted wh-clauses, questions put and evaded, withheld nouns, a question the next sentence leaves
unanswered, a speaker answering another in one report, figures set against each other in one sentence, a rejection
with its grounds): open questions 32/33, article unknowns 32/33, tensions 15/16, perspectives 26/26,
perspectives_shift 4/6 (a concession: "Dahl conceded for the first time that"), questions well formed 32/32, cited
419/419. Still missed: the stock in the supply chain (the newsletter's opening sentence is cut where a capital follows
a lower-case word, as a glued headline would be),
Greaves against Drummond on strict liability (two reports, no words in common), and two shifts (Marsh's note is cut
before "alternative"; Greaves's version 3 note names her appeal, not "I made a mistake").
"""

from __future__ import annotations

from pathlib import Path

from planted_targets import assert_meets_targets

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted

DATA = Path(__file__).parent / "data" / "briefs"
UNSEEN6 = (DATA / "unseen6" / "articles.jsonl", DATA / "unseen6" / "gold.json")


def test_sixth_unseen_set_meets_the_section_targets() -> None:
    report = evaluate_planted(load_planted(*UNSEEN6), ExtractiveEngine())
    assert_meets_targets(report)
    assert report.sections["tensions"].rate >= 0.9, report.sections["tensions"].misses
    # The newsletter's opening sentence is no longer cut at "how much unaffected | Corvalex stock" (issue 14, brfix8).
    assert report.sections["open_questions"].rate == 1.0, report.sections["open_questions"].misses
    assert report.sections["article_unknowns"].rate == 1.0, report.sections["article_unknowns"].misses
    # "has until 7 July to decide whether to appeal" is an open question and a coming date alike; no other unknown
    # reaches the timeline.
    assert report.sections["timeline_upcoming"].rate == 1.0, report.sections["timeline_upcoming"].misses
    assert not report.violations.get("unknown_on_timeline"), report.violations["unknown_on_timeline"]
    # The newsletter's editor is the author, not an actor; the live blog's and the newsletter's speakers are.
    actors = {p.actor for b in report.briefs for p in b.perspectives}
    assert "Ruth Abbot" not in actors
    # (a perspective shows the office most reports give: "... Elin Strand")
    named = {
        n
        for n in ("Fiona Drummond", "Jess Okoro", "Lars Holm", "Priya Nandakumar", "Elin Strand")
        for a in actors
        if a == n or a.endswith(" " + n)
    }
    assert named == {"Fiona Drummond", "Jess Okoro", "Lars Holm", "Priya Nandakumar", "Elin Strand"}
