"""Tension precision on real-news shapes (issue 14): two figures of people that count different things, a figure
both sides give first, and a quotation after a sentence whose own subject, or the person just named, speaks."""

from __future__ import annotations

from datetime import date

from briefs_support import all_alike, read_on

from digest.briefs.actors import Attribution
from digest.briefs.conflicts import _role_named, charges_denied, find_conflicts, numeric_tensions
from digest.briefs.sentences import Sentence, every_sentence

DAY = date(2031, 6, 2)


def _read(text: str) -> tuple[list[Sentence], list[Attribution]]:
    return read_on(text, DAY)


def test_people_counted_for_different_things_are_no_rival_counts() -> None:
    text = (
        "Some 20,000 residents will be rehoused in the new estates, with 8,000 people initially being moved to the "
        "northern wards, housing minister Olga Brandt announced on Monday. "
        "The Tenants Federation warned that winter shelter would soon be needed by the 30,000 people sleeping in "
        "cars across the region."
    )
    _context, claims = _read(text)
    assert len({c.key for c in claims}) == 2
    assert numeric_tensions(claims, all_alike) == []


def test_people_counted_for_the_same_outcome_stay_a_dispute() -> None:
    text = (
        "Interior Minister Ali Demir said 40 people were killed in the flooding across the valley. "
        "The Red Crescent said 90 people died in the flooding across the valley, far more than officials admit."
    )
    _context, claims = _read(text)
    found = numeric_tensions(claims, all_alike)
    assert len(found) == 1


def test_the_same_first_figure_from_both_sides_is_agreement() -> None:
    text = (
        "Port engineer Karl Osei said the dock now handles 900 containers a day, far more than the earlier 300 "
        "containers a day. "
        "Lena Vos, the shipping line's director, said the dock may handle as much as 900 containers a day, a figure "
        "the port first gave on Tuesday."
    )
    _context, claims = _read(text)
    assert len({c.key for c in claims}) == 2
    assert numeric_tensions(claims, all_alike) == []


def test_a_different_first_figure_is_still_a_dispute() -> None:
    text = (
        "Port engineer Karl Osei said the dock now handles 900 containers a day, far more than the earlier 300 "
        "containers a day. "
        "Lena Vos, the shipping line's director, said the dock handles only 300 containers a day, whatever the "
        "port claims."
    )
    _context, claims = _read(text)
    assert len(numeric_tensions(claims, all_alike)) == 1


def test_a_trimmed_he_said_is_the_sentence_own_replying_subject() -> None:
    text = (
        'Senator Tom Okafor, D-Ohio, accused the Treasury of a "raid on pensioners." '
        '"I am ashamed of this levy," Okafor said. '
        'Senator Paul Dremel, R-Iowa, fired back that the levy is "not a raid." "It is the only way to keep the '
        'fund solvent for the next decade," he said.'
    )
    _context, claims = _read(text)
    solvent = [c for c in claims if "solvent" in c.claim]
    assert solvent and all(c.actor == "Paul Dremel" for c in solvent)


def test_a_reply_run_on_into_its_quotation_is_the_replying_subject_s() -> None:
    text = (
        'Senator Tom Okafor, D-Ohio, accused the Treasury of a "raid on pensioners." "I am ashamed of this levy," '
        'Okafor said. Senator Paul Dremel, R-Iowa, fired back that the levy is "not a raid." "Rather, it is the '
        'only way we have to keep the fund solvent for the next decade," he said.'
    )
    _context, claims = _read(text)
    solvent = [c for c in claims if "solvent" in c.claim]
    assert solvent and all(c.actor == "Paul Dremel" for c in solvent)


def test_a_quotation_goes_on_with_the_person_quoted_just_before() -> None:
    text = (
        "Chief executive Anna Lindqvist faced the shareholders on Friday. "
        'Councillor Mark Rowe said: "The closures were decided months ago and hidden from us." '
        'Lindqvist plans to tell the meeting she is "deeply troubled" by the closures. '
        'The closures "were never meant to hurt the town, and I regret them," she said in remarks released early.'
    )
    _context, claims = _read(text)
    regret = [c for c in claims if "regret" in c.claim]
    assert regret and all(c.key == "lindqvist" for c in regret)


def test_shares_of_one_whole_in_other_words_stay_a_dispute() -> None:
    text = (
        "Works director Nils Aalto said the board will pay 25 percent of the new depot. "
        "Union leader Greta Holm said the board had promised to pay 60 percent of the cost."
    )
    _context, claims = _read(text)
    assert len(numeric_tensions(claims, all_alike)) == 1


def test_a_medium_s_own_reporter_is_no_actor() -> None:
    text = (
        "Port manager Lisa Kern told the Gazette that the cranes would be back within a week. "
        "The Gazette's Tom Weller says there has been no ship moving at the quay since Monday. "
        'Union steward Piet Laan said: "The cranes will not be back before spring, whatever the port says."'
    )
    _context, claims = _read(text)
    assert {c.key for c in claims} == {"kern", "laan"}


def test_a_broadcaster_s_reporter_quoting_is_no_actor() -> None:
    text = (
        "Port manager Lisa Kern told the BBC that the cranes would be back within a week. "
        'The BBC\'s Tom Weller at the quay says: "The port says no ship has moved since Monday, and the queue grows."'
    )
    _context, claims = _read(text)
    assert {c.key for c in claims} == {"kern"}


def test_a_person_told_is_no_medium() -> None:
    text = (
        "Port manager Lisa Kern told Tom Weller that the cranes would be back within a week. "
        "Weller's deputy Anna Berg says the queue of ships now stretches past the breakwater."
    )
    _context, claims = _read(text)
    assert "berg" in {c.key for c in claims}


def test_a_role_the_report_names_is_one_side_with_that_person() -> None:
    sentences = every_sentence(
        0,
        "The curator of the museum, Ines Paz Moreno, says the loan was agreed in May. "
        "The health minister accused Dr Jo Bell of hiding the figures.",
        DAY,
    )
    assert _role_named("The museum curator", "Ines Paz Moreno", sentences)
    assert not _role_named("The health minister", "Jo Bell", sentences)


def test_a_name_inside_a_disputed_suggestion_is_no_party() -> None:
    sentences = every_sentence(
        0,
        "Rail spokesman Ivo Brandt disputed Okafor's suggestion that the Valley's old bridges cannot take the new "
        "trains, noting that every bridge was tested last year. "
        "Union leader Mia Sorensen criticised Northline's chief engineer Paul Kruger for the delays.",
        DAY,
    )
    found = find_conflicts(sentences)
    assert [(c.a, c.b) for c in found] == [("Ivo Brandt", "Okafor"), ("Mia Sorensen", "Paul Kruger")]


def test_a_word_describing_a_role_is_no_speaker() -> None:
    text = (
        "Ana Duarte accused the coastal states of hiding the outbreak until after the summit. "
        'In a newspaper column, the former Chilean president wrote: "The authorities said nothing while they waited '
        'for the summit."'
    )
    _context, claims = _read(text)
    assert "chilean" not in {c.key for c in claims}


def test_a_spokesman_of_a_named_person_still_speaks_for_them() -> None:
    text = (
        "On Sunday, Chile's President Ana Duarte said she was offering land to any families who wanted to return. "
        '"The president is offering a home to any family that wants one," said Ms Duarte\'s spokesman, Pablo Reyes.'
    )
    _context, claims = _read(text)
    assert any("offering a home" in c.claim for c in claims)


def test_a_rule_with_never_is_no_denial_of_the_charge() -> None:
    text = (
        "The pharmacist has gone on trial, charged with causing the death of a patient by an overdose. "
        "Toxicologist Dr Lena Ortiz said the sedative should never be given at home and the pharmacist's errors "
        "caused the death. "
        "Defence lawyer Omar Haddad said his client never gave the patient the sedative that caused the death."
    )
    context, claims = _read(text)
    found = charges_denied(context, claims)
    assert len(found) == 1 and "Haddad" in found[0][1]
