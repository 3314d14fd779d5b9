"""Same-side and rival-figure precision (confix17): one rule per kind, each tested with sentences of its own (a
software firm, a railway station, a court, a flood, a housing estate, a water main, a care-home landlord):

- a body's two-letter initials ("AI" of "Acme Inc") name it only where a report gives them itself or uses them as a
  body's name ("the AC's treaty") and they spell no word ("US"); three letters or more do;
- "accused Jo Marsh of the Acme Corp cover-up" names a charge, no employer; "Jo Marsh of Acme Corp" does;
- "Jo Marsh, lawyer for the Acme Corp victims" acts for the victims: the body must end the apposition;
- a place, a goal verb or a capacity skips a pair of figures only when tied to its claim's figure, a body's name
  ("in Met Office data") is no place, and a sentence may open with its place ("In Devon, 40 ...");
- a judgement or a forecast with "must be", "should last" is no call to act: records can gainsay it;
- "Its chief executive, Jo Marsh" reads "Its" back to the body the sentence before opens with.
"""

from __future__ import annotations

from briefs_support import no_similarity, read_report

from digest.briefs.conflicts import _places, affiliated, evidence_against, numeric_tensions
from digest.briefs.sentences import every_sentence


def _affiliated(person: str, body: str, text: str) -> bool:
    return affiliated(person, body, every_sentence(0, text, None))


def _numeric(text: str) -> int:
    _usable, _context, claims = read_report(text)
    return len(numeric_tensions(claims, no_similarity))


def _evidence(text: str) -> int:
    usable, _context, claims = read_report(text)
    return len(evidence_against(usable, claims))


def test_two_letter_initials_name_a_body_only_where_a_report_gives_them() -> None:
    assert not _affiliated(
        "Jo Marsh", "Acme Inc", "Acme Inc laid off 200 staff. AI expert Jo Marsh said the layoffs were reckless."
    )
    assert not _affiliated(
        "Jo Marsh", "Union Station", "Union Station shut two platforms. US planner Jo Marsh said it was reckless."
    )
    assert not _affiliated(
        "Jo Marsh", "Bank of England", "The Bank of England raised rates. BE critic Jo Marsh said it was reckless."
    )
    assert _affiliated(
        "Jo Marsh", "Bank of England", "The Bank of England (BE) raised rates. BE economist Jo Marsh said it was wise."
    )
    text = "The Arctic Council (AC) met. Jo Marsh, a spokeswoman for the AC, said the treaty was agreed."
    assert _affiliated("Jo Marsh", "Arctic Council", text)
    text = "The Arctic Council met in Oslo. Jo Marsh, a spokeswoman for the AC, said the AC's treaty was agreed."
    assert _affiliated("Jo Marsh", "Arctic Council", text)
    text = "Union Station shut two platforms. Jo Marsh, a planner for the US, said the US had no say."
    assert not _affiliated("Jo Marsh", "Union Station", text)
    text = "Northern Grid Authority cut power. NGA engineer Jo Marsh said it was safe."
    assert _affiliated("Jo Marsh", "Northern Grid Authority", text)


def test_a_charge_of_something_at_a_body_is_no_post_there() -> None:
    for line in (
        "Prosecutors accused Jo Marsh of the Acme Corp cover-up.",
        "The jury cleared Jo Marsh of the Acme Corp fraud charges.",
        "Regulators warned Jo Marsh of the Acme Corp penalties.",
    ):
        assert not _affiliated("Jo Marsh", "Acme Corp", "Acme Corp denied wrongdoing. " + line), line
    assert _affiliated("Jo Marsh", "Acme Corp", "Acme Corp denied wrongdoing. Jo Marsh of Acme Corp said it was sound.")


def test_a_post_for_a_body_ends_where_the_apposition_ends() -> None:
    text = "Acme Corp denied wrongdoing. Jo Marsh, lawyer for the Acme Corp victims, said the firm had lied."
    assert not _affiliated("Jo Marsh", "Acme Corp", text)
    text = "Acme Corp denied wrongdoing. Jo Marsh, lawyer for Acme Corp, said the claims were false."
    assert _affiliated("Jo Marsh", "Acme Corp", text)


def test_a_bodys_name_after_in_is_no_place() -> None:
    text = (
        "Analyst Ana Brook said 40 rivers burst their banks, in Environment Agency figures. "
        "Forecaster Tom Hale said 12 rivers burst their banks, in Met Office data."
    )
    assert _numeric(text) == 1


def test_a_place_further_on_than_the_figure_does_not_split_one_count() -> None:
    text = (
        "Police chief Ana Brook said 12 people died in the crash on the M5 in Somerset. "
        "Paramedic Tom Hale said 7 people died in the crash on the M5 in Taunton."
    )
    assert _numeric(text) == 1
    assert _places("In Devon, 40 flood warnings are in force.") == {"Devon"}
    assert _places("The tally in Exeter is 13.") == {"Exeter"}
    assert _places("40 homes were listed in Devon's plan.") == set()


def test_a_goal_elsewhere_in_the_claim_sets_no_goal_for_its_figure() -> None:
    text = (
        "Mayor Ana Brook said 300 homes were flooded in the storm and the council plans to open a relief centre. "
        "Councillor Tom Hale said 900 homes were flooded in the storm before the council opened a relief centre."
    )
    assert _numeric(text) == 1


def test_two_capacities_of_one_place_are_rival_figures() -> None:
    text = (
        "Minister Ana Brook said the new estate has homes enough for 5,000 families. "
        "Planner Tom Hale said the new estate would house only 2,000 families."
    )
    assert _numeric(text) == 1


def test_a_judgement_or_forecast_is_no_call_to_act() -> None:
    tail = " Plumber Tom Hale said trade had been slow."
    judged = (
        "Engineer Ana Brook said the water must be safe to drink. "
        "The council's own records show lead levels three times the legal limit."
    )
    assert _evidence(judged + tail) == 1
    forecast = (
        "Engineer Ana Brook said the pipes should last another forty years. "
        "The council's own records show the pipes burst 40 times last year."
    )
    assert _evidence(forecast + tail) == 1
    call = (
        "Engineer Ana Brook said the pipes must be replaced this year. "
        "The council's own records show the pipes burst 40 times last year."
    )
    assert _evidence(call + tail) == 0


def test_its_post_reads_back_to_the_body_the_sentence_before_opens_with() -> None:
    text = (
        "Harbourside Care Homes said it would not evict any resident. "
        "Its managing director, Jo Marsh, said the homes would stay open."
    )
    assert _affiliated("Jo Marsh", "Harbourside Care Homes", text)
    text = (
        "Harbourside Care Homes said it would not evict any resident. The tenants' group met on Monday. "
        "Its managing director, Jo Marsh, said the homes would stay open."
    )
    assert not _affiliated("Jo Marsh", "Harbourside Care Homes", text)
