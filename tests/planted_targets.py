"""The issue's "Done when" for a planted brief set, checked the same way on every set."""

from __future__ import annotations

from digest.briefs.planted import BriefsReport


def assert_meets_targets(report: BriefsReport, article_unknowns: bool = True) -> None:
    """≥ 90 % of unknowns asked (and of the article briefs' unknowns), ≥ 2/3 of tensions, every quoted actor,
    what changed naming the development and counting right, every statement cited and every question well
    formed, no scheduling sentence in Why it matters."""
    rate = {name: tally.rate for name, tally in report.sections.items()}
    assert rate["open_questions"] >= 0.9, report.sections["open_questions"].misses
    if article_unknowns:
        assert rate["article_unknowns"] >= 0.9, report.sections["article_unknowns"].misses
    assert rate["tensions"] >= 2 / 3, report.sections["tensions"].misses
    assert rate["perspectives"] == 1.0, report.sections["perspectives"].misses
    assert rate["what_changed_development"] == 1.0, report.sections["what_changed_development"].misses
    assert rate["what_changed_count"] == 1.0, report.sections["what_changed_count"].misses
    assert rate["cited_supported"] == 1.0, report.sections["cited_supported"].misses
    assert rate["questions_well_formed"] == 1.0, report.sections["questions_well_formed"].misses
    assert not report.violations.get("why_scheduling"), report.violations["why_scheduling"]
