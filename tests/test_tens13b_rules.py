"""Sums denied and lawyers' positions answered: each review scenario must not fire, the story shapes must."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import represented_answered, sums_denied
from digest.briefs.sentences import Sentence, article_sentences, every_sentence


def _direct(*dated: tuple[str, int]) -> tuple[list[Sentence], list]:
    base = date(2044, 3, 2)
    ctx = [t for i, (x, d) in enumerate(dated) for t in every_sentence(i, x, base + timedelta(days=d))]
    use = [t for i, (x, d) in enumerate(dated) for t in article_sentences(i, x, base + timedelta(days=d))]
    return ctx, attributions(use, ctx) + role_attributions(use)


def _sums(*dated: tuple[str, int]) -> list[str]:
    ctx, claims = _direct(*dated)
    return [t[1] for t in sums_denied(claims, ctx)]


def _rep(*dated: tuple[str, int]) -> list[str]:
    ctx, claims = _direct(*dated)
    return [t[1] for t in represented_answered(ctx, claims)]


PAID = "Harbour Trust says it paid Quayside Build £2.3 million last year."

SUMS_QUIET = [
    # the sum confirmed, not denied
    (f"{PAID} Site owner Jim Boyd said the builder did not finish the work despite receiving £2.3 million.",),
    (
        "The council said it spent £4 million on the bypass survey. Opposition leader Kim Bryce said she did not "
        "dispute that £4 million was spent, only what it bought.",
    ),
    (
        "The club says it paid £12 million for the striker. Agent Luis Mora said the fee was no less than £12 million, "
        "and could rise.",
    ),
    # one sum, two matters
    (
        "Westford Council said it paid £2 million for the quarry land in 2019. Quarry owner Colm Reddy said the firm "
        "had never spent £2 million on consultants, as critics claimed.",
    ),
    # £2 is no part of £20
    (
        "Club chairman Owen Pryce said tickets for the cup tie cost £2 this season. Fan group "
        "leader Ann Bell said they "
        "were not £20 as rumoured, but the queue was long.",
    ),
    (
        "The US State Department said it had sent $1 billion in military aid in May. Ukrainian MP Olena Zhuk said Kyiv "
        "had not yet received $1 billion of the EU loan promised in March.",
    ),
    (
        "Health minister Ola Nwosu said the trust received £30 million extra this year. Union leader Dave Prentis said "
        "there was no way £30 million would cover the pay rise.",
    ),
    # own: progress, and a sum in another report
    (
        "The ministry said it sent the clinic $400,000 in June. Clinic head Rosa Lind said it had not yet received "
        "$400,000, but expected it soon.",
    ),
]


@pytest.mark.parametrize("text", SUMS_QUIET)
def test_sums_denied_quiet(text: tuple[str]) -> None:
    assert _sums((text[0], 0)) == []


def test_sums_in_other_reports_quiet() -> None:
    assert (
        _sums(
            ("The league said it paid Northvale €300,000 in solidarity money.", 0),
            ('Northvale secretary Tom Hale said: "We never received €300,000."', 1),
        )
        == []
    )


SUMS_FIRE = [
    # a shape like the festival's ticket agent and organiser, in other domains
    (
        "The Arts Fund says it paid Lantern Theatre £1.2 million in grants. Theatre director Mo Ash said that "
        '"we never had £1.2 million to spend, whatever they say".',
        "£1.2 million",
    ),
    (
        "The ministry says it sent Westvale Trust $2.5 million in March. Trust chair Ana Ruiz said it did not receive "
        "$2.5 million and had written to ask where it went.",
        "$2.5 million",
    ),
    (
        'Northvale League says it paid the club €300,000 in solidarity money. Club secretary Tom Hale said: "We have '
        'never received €300,000 from them."',
        "€300,000",
    ),
]


@pytest.mark.parametrize(("text", "amount"), SUMS_FIRE)
def test_sums_denied_fires(text: str, amount: str) -> None:
    got = _sums((text, 0))
    assert len(got) == 1 and got[0].count(amount) == 2


def test_body_voiced_by_its_director_only() -> None:
    denial = 'Site manager Dan Rees said that "we never saw £2.3 million, whatever they say".'
    own = ("Dora Vail, Harbour Trust's director of finance, said the accounts were published in full.", 0)
    got = _sums(own, (f"{PAID} {denial}", 1))
    assert len(got) == 1 and got[0].startswith("Dora Vail (Harbour Trust)")
    for other in (
        "Amy Kerr, a long-time critic of Harbour Trust, said the pier was unsafe.",
        "Jim Boyd, a former director of Harbour Trust, now runs the building firm.",
    ):
        got = _sums((other, 0), (f"{PAID} {denial}", 1))
        assert len(got) == 1 and got[0].startswith("Harbour Trust"), got


REP_QUIET = [
    # lawyers' negative, and a finding that agrees with it
    (
        ("Banker Colm Reddy said he had always acted properly and would be cleared.", 0),
        (
            "Lawyers for Mr Reddy told the tribunal that there had been no wrongdoing in the share "
            "sales. Regulator Mara Vos "
            "said she had found no evidence of wrongdoing by Mr Reddy.",
            1,
        ),
    ),
    # a namesake is no party
    (
        ("Aisha Khan, the defendant's wife, said the family was relieved the trial had started.", 0),
        (
            "Lawyers for Mr Khan told the court that the payments were the refund of a deposit. "
            "Inspector Mara Vos said "
            "she had found no deposit in the accounts.",
            1,
        ),
    ),
    # her own expert, and another fault
    (
        ("Cyclist Jo Lee said she would never ride again after the crash.", 0),
        (
            "Lawyers for Ms Lee told the court that the crash was caused by a brake fault. Her expert, "
            "Dr Tom Park, said "
            "he had found no fault in the steering.",
            1,
        ),
    ),
    (
        ("Landlord Ravi Shah said the flat had been let legally for years.", 0),
        (
            "Solicitors for Mr Shah wrote that the tenant had been given a written notice in May. "
            "Council officer Jane Orr "
            "said the council had no record of any complaint about the notice.",
            1,
        ),
    ),
    (
        ("Northvale chairman Owen Pryce said the club broke no rules.", 0),
        (
            "Counsel for Pryce argued that the loan payments complied with league rules. League "
            "auditor Dana Kell said she "
            "had found no loan agreement signed before the deadline, but no breach of spending rules either.",
            1,
        ),
    ),
    (
        ("Surgeon Dr Helen Ford said she had followed every guideline.", 0),
        (
            "Lawyers for Dr Ford said that the patient suffered no lasting harm from the operation. "
            "Expert witness Dr Ian "
            "Webb said he had seen no lasting harm in the scans.",
            1,
        ),
    ),
    # own: two Ortegas; the finding about another thing
    (
        ("Importer Luis Ortega said he had done nothing wrong. Mr Ortega's sister, Rosa Ortega, runs the depot.", 0),
        (
            "Lawyers for Mr Ortega told the tribunal that the shipment was covered by an export "
            "licence. Customs officer "
            "Lia Brandt said she had found no export licence in the files.",
            1,
        ),
    ),
    (
        ("Importer Luis Ortega said he had done nothing wrong, and Mr Ortega would fight the case.", 0),
        (
            "Lawyers for Mr Ortega told the tribunal that the shipment was covered by an export "
            "licence. Customs officer "
            "Lia Brandt said she had found no invoice for the cargo.",
            1,
        ),
    ),
]


@pytest.mark.parametrize(("one", "two"), REP_QUIET)
def test_represented_quiet(one: tuple[str, int], two: tuple[str, int]) -> None:
    assert _rep(one, two) == []


REP_FIRE = [
    (
        ("Importer Luis Ortega said he had done nothing wrong, and Mr Ortega would fight the case.", 0),
        (
            "Lawyers for Mr Ortega told the tribunal that the shipment was covered by an export "
            "licence. Customs officer "
            "Lia Brandt said she had found no export licence in the files.",
            1,
        ),
        "licence",
    ),
    (
        ("Councillor Mary Pell said the grant was above board. Ms Pell has sat on the council since 2040.", 0),
        (
            "Solicitors for Ms Pell wrote to the panel that the payments were fees for a survey. The "
            "auditor, Ken Moss, "
            "said he had no record of such a survey.",
            2,
        ),
        "survey",
    ),
]


@pytest.mark.parametrize(("one", "two", "key"), REP_FIRE)
def test_represented_fires(one: tuple[str, int], two: tuple[str, int], key: str) -> None:
    got = _rep(one, two)
    assert len(got) == 1 and "through lawyers" in got[0] and key in got[0]
