"""Kinds of construction the brief sections read, each on sentences of our own in none of the planted sets.

Written for issue 14 after the sixth blind set (unseen6): every rule below covers a kind of construction (a fronted
wh-clause, a question put and evaded, a first-person reporter as hearer, a live blog's entry time, a speaker
answering another in one report ...), so the tests use other domains (a sea wall, an orchestra, a ferry, a strike,
a quarry, a football club) than the sets the rules were measured on.
"""

from __future__ import annotations

import pytest

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import _quantities, compared_figures, rebuttals
from digest.briefs.cues import open_clauses, states_unknown, to_question, to_unknown
from digest.briefs.extractive import _answers, is_self_contained_question
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import article_sentences, every_sentence, is_usable, split_sentences, trim


def _claims(text: str):
    """Attributions of one report, as the engine reads them: usable sentences, with every sentence as context."""
    return attributions(article_sentences(0, text, None), every_sentence(0, text, None))


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A fronted wh-clause whose predicate leaves it unsettled (or any fronted "whether" clause).
        (
            "Who will pay for the new sea wall, which engineers put at 12 million pounds, is unresolved.",
            "Who will pay for the new sea wall?",
        ),
        (
            "How many flights the airline will cancel could take weeks to settle.",
            "How many flights will the airline cancel?",
        ),
        (
            "Whether the orchestra will tour next spring is still being discussed, according to its manager.",
            "Will the orchestra tour next spring?",
        ),
        (
            "Whether the bridge will reopen before winter, nobody at the council was willing to predict.",
            "Will the bridge reopen before winter?",
        ),
        # A question put and evaded.
        (
            "Asked when the mine would reopen, the owner said only that work was continuing.",
            "When would the mine reopen?",
        ),
        (
            "Asked whether its board had approved the sale, Kestrel Foods did not reply.",
            "Had Kestrel Foods's board approved the sale?",
        ),
        # A pseudo-cleft of what nobody can or will tell.
        (
            "What the museum cannot say, and what the insurers will not confirm, is how much the stolen paintings were "
            "worth.",
            "How much were the stolen paintings worth?",
        ),
        # A noun that stands for a question, withheld.
        ("The club declined to reveal the fee paid for the striker.", "What was the fee paid for the striker?"),
        # A promise without its date.
        (
            'The ministry said the new rules will take effect "soon", without giving a date.',
            "When will the new rules take effect?",
        ),
        # "whether to", with the one who would act.
        ("The school board has not decided whether to close the pool.", "Will the school board close the pool?"),
        ("The union has until Friday to decide whether to accept the offer.", "Will the union accept the offer?"),
        # Finding out in progress, waiting to be told, being told nothing.
        ("Vets are working with the farm to establish whether the disease has spread.", "Has the disease spread?"),
        ("Residents are still waiting to hear whether the water is safe to drink.", "Is the water safe to drink?"),
        ("The ward had not been told whether the surgeons would strike again.", "Would the surgeons strike again?"),
        # The reporter as the one not told; "none of them ... whether they" is the group counted before.
        ("Nobody at the port would tell me whether the cranes were inspected.", "Were the cranes inspected?"),
        (
            "There are 12 hospitals in the region, and none of them would say whether they will add beds.",
            "Will the hospitals add beds?",
        ),
        # A label and a colon; a direct question's first alternative.
        ("Still unclear this evening: whether the ferry will sail tomorrow.", "Will the ferry sail tomorrow?"),
        ("Was the dam inspected last year, or was it skipped by the contractor?", "Was the dam inspected last year?"),
    ],
)
def test_unknowns_of_each_kind_become_questions(sentence: str, question: str) -> None:
    assert sentence.endswith("?") or states_unknown(sentence), sentence
    assert to_question(sentence) == question
    assert _well_formed(question), question


def test_what_states_no_unknown_stays_out() -> None:
    """A concession, a free relative with a fact, an answered question, the speaker's own state of mind."""
    for sentence in (
        "Whether it rains or not, the festival goes ahead.",
        "What happened next was recorded on camera.",
        "Asked when the mine would reopen, the owner said it would reopen in May.",
        "We do not know whether the cranes were inspected.",
    ):
        assert not states_unknown(sentence), sentence


def test_a_second_unknown_after_a_colon_is_its_own() -> None:
    clauses = open_clauses("The verdict is expected soon: nobody at the court would say whether the judge will sit.")
    assert clauses[1:] == ["Nobody at the court would say whether the judge will sit."]
    assert to_question(clauses[1]) == "Will the judge sit?"
    # A label's own "whether" is the whole sentence's question, not a second one.
    assert open_clauses("Still unclear this evening: whether the ferry will sail tomorrow.")[1:] == []


def test_article_unknowns_keep_a_fronted_clause_and_a_possessive_subject() -> None:
    assert to_unknown("Whether the ruling will reach other ports is, for now, anybody's bet.") == (
        "Whether the ruling will reach other ports."
    )
    assert to_unknown("Many tenants are still waiting to hear whether their landlords will repay them.") == (
        "Whether their landlords will repay them."
    )


def test_questions_with_a_demonstrative_noun_are_self_contained() -> None:
    assert is_self_contained_question("Will this case weigh on the licence renewal?")
    assert not is_self_contained_question("Will this be enough?")
    assert not is_self_contained_question("Will they appeal the ruling?")


def test_well_formed_checks_subject_questions_and_do_support() -> None:
    assert _well_formed("How many patients in the county take the drug?")
    assert _well_formed("How many people died in the fire?")
    assert _well_formed("Did any other athletes buy from the same batch?")
    assert _well_formed("Did the appointed board meet?")
    assert not _well_formed("Does any other athlete bought from the same batch?")
    assert not _well_formed("How much water the data centre uses?")
    assert not _well_formed("How much the programme cost?")
    assert to_question("It is not known whether any other riders bought from the same dealer.") == (
        "Did any other riders buy from the same dealer?"
    )


def test_first_person_reporting_live_blog_times_and_split_quotes() -> None:
    # The reporter told or asking is reporting; the reporter's opinion is not.
    assert is_usable("Councillor Mark Dean told me on Friday that the budget would be cut by a fifth.")
    assert not is_usable("I think the budget is far too small for a city this size.")
    assert trim("14:05 The fire brigade says the blaze on the industrial estate is under control.") == (
        "The fire brigade says the blaze on the industrial estate is under control."
    )
    assert trim("Nobody at the ministry would tell me whether the tender will be rerun. — Jan Olsen, editor") == (
        "Nobody at the ministry would tell me whether the tender will be rerun."
    )
    assert split_sentences('Anna Berg said: "We waited all night. Nobody came." The ambulance service apologised.') == [
        'Anna Berg said: "We waited all night. Nobody came."',
        "The ambulance service apologised.",
    ]


@pytest.mark.parametrize(
    ("text", "actor", "claim_start"),
    [
        ('Coach Sam Idris again: "We were robbed in the second half, and everyone saw it."', "Sam Idris", "We were"),
        ("Judge Maria Lund ruled that the contract with the builder was void.", "Maria Lund", "The contract"),
        (
            "Chief engineer Pavel Novak told me afterwards that the pumps had failed twice that week.",
            "Pavel Novak",
            "The pumps",
        ),
        (
            'Her agent Lena Cruz called the offer from the club "an insult to a player of her standing".',
            "Lena Cruz",
            "Her agent",
        ),
        # A concession; a short apposition (an age) before the verb.
        (
            "Ferry operator chief Ola Berg conceded for the first time that the radar had been switched off.",
            "Ola Berg",
            "The radar",
        ),
        (
            "Kowalski, 31, denied any wrongdoing and said the money had been a loan from his brother.",
            "Kowalski",
            "The money",
        ),
        # "she said" after a nearer named subject than the speaker before; a short sentence saying who "she" is.
        (
            "Mayor Tom Hale said the plan for the ring road was sound. At the hearing, the council's treasurer "
            'Ruth Ames questioned the cost. "We cannot afford a road we will be paying for until 2060," she said.',
            "Ruth Ames",
            "We cannot",
        ),
        (
            "The stadium was half empty on Sunday. Lena Cruz is the player's agent. She told us the talks had broken "
            "down over bonuses.",
            "Lena Cruz",
            "The talks",
        ),
    ],
)
def test_speakers_of_each_kind_are_attributed(text: str, actor: str, claim_start: str) -> None:
    found = [(c.actor, c.claim) for c in _claims(text)]
    assert any(a == actor and c.startswith(claim_start) for a, c in found), found


def test_a_share_of_a_group_speaks_and_a_role_speaks_after_its_claim() -> None:
    ss = every_sentence(0, "Three of the five growers I spoke to say they have had no rain since May.", None)
    assert [(c.actor, c.key) for c in role_attributions(ss)] == [("Three of the five growers", "the growers")]
    ss = every_sentence(0, "The outage goes back to a faulty cable laid by a contractor, the operator announced.", None)
    assert [c.actor for c in role_attributions(ss)] == ["The operator"]


def test_figures_set_against_each_other_in_one_sentence() -> None:
    text = (
        "Union leader Kay Moss said 4,000 workers joined the strike on Monday, far more than the company's figure "
        "of 1,500."
    )
    ss = every_sentence(0, text, None)
    found = compared_figures(ss, attributions(ss, ss))
    assert len(found) == 1 and "4,000" in found[0][1] and "1,500" in found[0][1]
    assert _quantities("a single tablet was enough") == [("tablet", 1.0)]


def test_a_rejection_carries_the_rejecting_sides_grounds() -> None:
    text = (
        "Customs officer Dan Reyes said the firm had hidden 40 containers from inspectors. Harbour Freight rejected "
        'the accusation. "Every container was declared and every form was signed," its director Anil Shah told the '
        "Gazette."
    )
    ss = every_sentence(0, text, None)
    (found,) = rebuttals(ss, attributions(ss, ss))
    assert "Anil Shah" in found[1] and "Dan Reyes" in found[1] and "declared" in found[1]


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # A turn between them: "sees it differently".
        (
            "Dr Nina Park, a geologist at Aldwyn University, said the quarry walls were stable. Professor Leo Grant "
            "sees it differently. He said the quarry walls had been cracking for a year.",
            True,
        ),
        # A verdict in quotation marks on what the other just said.
        (
            'Her lawyer Omar Feld called the ruling "a travesty". The league\'s chair Rosa Vidal called it "a fair '
            'outcome for every club".',
            True,
        ),
        # A bare "none" right after a claim of plenty.
        (
            'Kestrel Feeds told the Courier on Monday that it holds "plenty" of winter fodder for its customers. '
            "Three of the four farmers the Courier called say they have received none since October.",
            True,
        ),
        # Two speakers on different matters, nothing setting them against each other.
        (
            "Dr Nina Park said the quarry would reopen in June. Professor Leo Grant said the museum had a new head.",
            False,
        ),
    ],
)
def test_a_speaker_answering_another_in_one_report(text: str, answers: bool) -> None:
    ss = every_sentence(0, text, None)
    claims = _claims(text) + role_attributions(ss)
    by_place = {(t.article, t.position): t.text for t in ss}
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if a.key != b.key]
    assert pairs, [(c.actor, c.claim) for c in claims]
    assert any(_answers(a, b, by_place) for a, b in pairs) is answers


def test_a_question_the_next_sentence_leaves_unanswered_is_asked() -> None:
    """A direct question followed by "X has not been told" is an open question whatever its centrality."""
    from datetime import UTC, datetime

    from digest.models import Article, Topic

    text = (
        "The ferry Skarv ran aground off Holm on Tuesday night with 40 passengers on board. The coastguard towed it "
        "to port on Wednesday morning and nobody was hurt in the grounding. The operator's chief executive said the "
        "crew had followed every procedure that night. Was the radar on the bridge switched off, or did it fail? The "
        "maritime inspectors have not been told. The ferry will stay in dock until the inquiry reports in June."
    )
    when = datetime(2031, 3, 5, 8, tzinfo=UTC)
    article = Article(
        id="a1", url="https://example.org/a1", title="Ferry aground", text=text, source="Coast News",
        published=when, first_seen=when, extraction="import",
    )  # fmt: skip
    topic = Topic(
        slug="skarv", title="Skarv grounding", kind="discovered", status="active", created=when, updated=when,
        members={"a1": when}, version=1,
    )  # fmt: skip
    from digest.briefs.extractive import ExtractiveEngine

    brief = ExtractiveEngine().topic_brief(topic, [article], None, 1, when)
    assert "Was the radar on the bridge switched off?" in [q.text for q in brief.open_questions]


def test_a_deadline_is_a_time_given_to_act_not_any_mention_of_one() -> None:
    """Only "has until <day> to <act>" puts an unknown on the timeline as a coming date (review 7)."""
    from digest.briefs.cues import DEADLINE

    assert DEADLINE.search("The ferry operator has until 30 June to decide whether to keep the route.")
    assert DEADLINE.search("Tenants were given until the end of the month to respond.")
    assert not DEADLINE.search("The deadline for bids passed on 3 May without a decision.")
    assert not DEADLINE.search("It is unclear whether the deadline of 3 June will hold.")
