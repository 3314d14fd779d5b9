"""Briefs on the eighth unseen planted set (tests/data/briefs/unseen8), written before reading any rule code.

A grain ship aground across a canal (a shipping trade journal, a TV bulletin script with "SOT -" and "(TO CAMERA)"
labels, a tabloid), a weather satellite's failing imagers (a magazine Q&A with "Orbit Weekly:" / "Brennick:" turns, a
translated review of foreign papers, a farming weekly) and a heatwave power cut (a live blog with "20:15 -" entries, a
regulator's numbered statements, a public inquiry transcript with "Q." / "A." lines). First run (`digest eval briefs
--engine extractive tests/data/briefs/unseen8/articles.jsonl tests/data/briefs/unseen8/gold.json`, main at d15134d,
before any rule was changed for it):

    open_questions 10/39, article_unknowns 13/39, questions_well_formed 14/14 (four of them, such as "What happens to
    does the 22 sailor stuck on board?", fail the tightened check), cited 332/332, tensions 4/22, perspectives 16/27,
    perspectives_shift 0/7

After rules for kinds of construction, each tested in tests/test_briefs_kinds8.py on sentences of other domains (a
live blog's time set off by a dash; a wh-word left bare after a negated verb of knowing; a fronted wh-clause with a
clause that does not answer it; a label headed by "nobody can explain"; a cleft with a contraction and "whether to"
after a script label; someone asking or wanting to know; "divided over whether"; discussed but nothing agreed; "may be
extended; X will decide"; "The question ... is how long"; "Asked about the size of ..., too early"; "say nothing about
whether"; a price kept secret; a labelled speaker who cannot say what they will do; interview answers that leave the
question open: "It could.", "It depends on ...", "That's the question we're working on", "I don't."): open questions
37/39, article unknowns 37/39, every question well formed (39/39) and every statement cited and supported. Still
missed: the cause ("Brennick: Honestly, we can't say yet what caused it.": the speaker's own "we", and "it" is only
named by the interviewer's question) and the sharing terms ("are, in its words, 'a blank page'": a metaphor, not a
construction).
"""

from __future__ import annotations

from pathlib import Path

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted

DATA = Path(__file__).parent / "data" / "briefs"
UNSEEN8 = (DATA / "unseen8" / "articles.jsonl", DATA / "unseen8" / "gold.json")


def test_eighth_unseen_set_keeps_its_figures() -> None:
    report = evaluate_planted(load_planted(*UNSEEN8), ExtractiveEngine())
    rate = {name: tally.rate for name, tally in report.sections.items()}
    assert rate["open_questions"] >= 37 / 39, report.sections["open_questions"].misses
    assert rate["article_unknowns"] >= 37 / 39, report.sections["article_unknowns"].misses
    assert rate["cited_supported"] == 1.0, report.sections["cited_supported"].misses
    assert rate["questions_well_formed"] == 1.0, report.sections["questions_well_formed"].misses
    assert rate["what_changed_count"] == 1.0, report.sections["what_changed_count"].misses
    assert not report.violations.get("why_scheduling"), report.violations["why_scheduling"]
    # The rewriting slips the set's author found come out grammatical.
    questions = {q.text for b in report.briefs for q in b.open_questions}
    assert "What happens to the 22 sailors stuck on board?" in questions
    assert "How many other people died in the heat while the power was off?" in questions
    assert not any(q.startswith(("How the ", "What happens to does")) for q in questions)
