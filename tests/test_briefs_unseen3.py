"""Briefs on the third unseen planted set (tests/data/briefs/unseen3), written before reading any rule code.

A protest story told partly in US wire style (datelines, "March 27", "officials said", the attribution after the
quote, "U.N.", "Gen.", a minister spelt Youssef al-Mansouri by one outlet and Yusuf Mansouri by another) and partly
in UK style, and a telecoms merger before a regulator with a union, a minister and shareholders whose figures
disagree. First run (`digest eval briefs tests/data/briefs/unseen3/articles.jsonl tests/data/briefs/unseen3/gold.json`,
extractive engine, before any rule was changed for it):

    article_unknowns            14/27   51.9%
    cited_supported            229/229 100.0%
    open_questions              11/27   40.7%
    perspectives                13/16   81.2%
    perspectives_shift           1/4    25.0%
    questions_well_formed       11/11  100.0%
    tensions                     4/18   22.2%
    timeline_ordered             2/2   100.0%
    timeline_superseded          1/1   100.0%
    timeline_upcoming            3/3   100.0%
    title                        1/2    50.0%
    what_changed_count           4/4   100.0%
    what_changed_development     4/4   100.0%
    why_scheduling violations    0
"""

from __future__ import annotations

from pathlib import Path

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted

DATA = Path(__file__).parent / "data" / "briefs"
UNSEEN3 = (DATA / "unseen3" / "articles.jsonl", DATA / "unseen3" / "gold.json")


def test_third_unseen_set_keeps_every_statement_cited_and_schedules_out_of_why() -> None:
    report = evaluate_planted(load_planted(*UNSEEN3), ExtractiveEngine())
    rate = {name: tally.rate for name, tally in report.sections.items()}
    assert rate["cited_supported"] == 1.0, report.sections["cited_supported"].misses
    assert rate["questions_well_formed"] == 1.0, report.sections["questions_well_formed"].misses
    assert rate["what_changed_development"] == 1.0 and rate["what_changed_count"] == 1.0
    assert not report.violations.get("why_scheduling"), report.violations["why_scheduling"]
