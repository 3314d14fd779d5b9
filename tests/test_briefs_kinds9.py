"""Kinds of construction the open-question rules missed on the earlier blind sets (unseen7, unseen8) and on the ninth
(unseen9), and the rewriting slips they showed. Each rule covers a kind of construction, not a phrase of a set, so the
sentences here come from other domains (a bakery, a lighthouse, a chess club, a vineyard, a tram depot, a choir ...).
"""

from __future__ import annotations

import pytest
from briefs_support import asks

from digest.briefs.cues import left_open_in, states_unknown, to_question, to_unknown, wh_question
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import is_usable

# --- rewriting: a clause with no auxiliary has its finite verb in its only past form ---------------------------------


@pytest.mark.parametrize(
    ("wh", "clause", "question"),
    [
        # A bare object after the past verb ("passed inspection") is no sign of a participle when nothing else could be
        # the clause's verb.
        (
            "how",
            "those flour sacks passed inspection at the mill",
            "How did those flour sacks pass inspection at the mill?",
        ),
        (
            "why",
            "the lighthouse lamp failed twice in one winter",
            "Why did the lighthouse lamp fail twice in one winter?",
        ),
        ("how", "the chess club lost its lease", "How did the chess club lose its lease?"),
        # A past the spelling does not tell, from the list of irregular ones, after a participle that takes no object.
        ("how", "the ferry named Aurora sank", "How did the ferry named Aurora sink?"),
        ("whether", "the bakery broke the hygiene rules", "Did the bakery break the hygiene rules?"),
        # A name's only past verb goes before a plural noun's guess ("warning signs"), spelt back to its base.
        (
            "whether",
            "Harwick Foods ignored warning signs before the outbreak",
            "Did Harwick Foods ignore warning signs before the outbreak?",
        ),
        ("why", "the curator restored the altarpiece", "Why did the curator restore the altarpiece?"),
        # An auxiliary after "while" is the adverbial clause's: the main verb still takes "did".
        (
            "whether",
            "the choir waited while the organ was repaired",
            "Did the choir wait while the organ was repaired?",
        ),
        # A plural noun straight after its determiner, then its base verb: "do", and the noun stays plural.
        ("what", "the results mean for the choir", "What do the results mean for the choir?"),
        # A quantifier floating after a plural noun ("the casks all came") makes the noun the subject, not a verb.
        (
            "whether",
            "the spoiled casks all came from the same cooper",
            "Did the spoiled casks all come from the same cooper?",
        ),
    ],
)
def test_a_past_verb_takes_do_when_nothing_else_is_the_verb(wh: str, clause: str, question: str) -> None:
    assert wh_question(wh, clause) == question
    assert _well_formed(question)


@pytest.mark.parametrize(
    "clause",
    [
        "the trams inspected by the depot failed",  # two past forms: which is the verb is in doubt
        "it failed inspection",  # the question would not say what failed
        "the letters signed by the mayor reached the press",  # "signed" and "reached": left alone
    ],
)
def test_a_past_verb_in_doubt_gives_no_question(clause: str) -> None:
    assert wh_question("how", clause) is None


def test_a_cleft_nobody_answers_with_a_bare_past_asks_with_do() -> None:
    asks(
        "And what the choir wants to know, and what the diocese simply does not tell anyone, is how those hymn books "
        "vanished from the vestry in the first place.",
        "How did those hymn books vanish from the vestry in the first place?",
    )


@pytest.mark.parametrize(
    "bad",
    [
        "Does the spoiled cask all came from the same cooper?",  # "do" with a past after the adjective's noun
        "Did the injured rider finished the race?",
    ],
)
def test_do_with_a_past_verb_is_not_well_formed(bad: str) -> None:
    assert not _well_formed(bad)


@pytest.mark.parametrize(
    "good",
    ["Did the appointed board meet on Friday?", "Does the sealed offer beat the rival bid?"],
)
def test_do_with_an_adjective_past_is_well_formed(good: str) -> None:
    assert _well_formed(good)


# --- a pronoun-led sentence whose unknown stands alone as a question --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            'Its owner said she would "look at every option" but would not put a timescale on the sale.',
            "What is the timescale for the sale?",
        ),
        (
            "Their lawyers have not said whether the appeal against the vineyard closure will be heard in the spring.",
            "Will the appeal against the vineyard closure be heard in the spring?",
        ),
    ],
)
def test_a_pronoun_led_unknown_that_stands_alone_is_usable(sentence: str, question: str) -> None:
    assert is_usable(sentence, strict=True)
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "They said the tram depot was closed on Monday after the storm.",  # no unknown: who "they" are is needed
        "It has not said when it will reopen the depot to visitors.",  # the question would not say what "it" is
    ],
)
def test_a_pronoun_led_sentence_otherwise_needs_the_one_before(sentence: str) -> None:
    assert not is_usable(sentence, strict=True)


# --- a noun that stands for a question, not known, not told or not settled -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The identity of the buyer of the lighthouse has not been made public.",
            "What is the identity of the buyer of the lighthouse?",
        ),
        (
            "Details of the settlement with the bakers were not disclosed.",
            "What are the details of the settlement with the bakers?",
        ),
        (
            "The price the council paid for the vineyard has never been published.",
            "What is the price the council paid for the vineyard?",
        ),
        (
            "The timing of the choir's final concert is up in the air.",
            "What is the timing of the choir's final concert?",
        ),
        ("The precise number of casualties is not yet known.", "What is the precise number of casualties?"),
        ("The length of the depot closure is still unknown.", "What is the length of the depot closure?"),
        # ... as the object of a negated verb of finding out or telling.
        (
            "Engineers have yet to establish the extent of the damage to the pier.",
            "What is the extent of the damage to the pier?",
        ),
        (
            "The orchestra would not be drawn on the size of the conductor's payout.",
            "What is the size of the conductor's payout?",
        ),
        (
            "Officials declined to put a figure on the damage to the harbour wall.",
            "What is the figure for the damage to the harbour wall?",
        ),
        # "There is no timetable for ...", "no explanation for ...".
        (
            "There is still no timetable for the repairs to the tram depot.",
            "What is the timetable for the repairs to the tram depot?",
        ),
        (
            "So far there has been no explanation for the delay to the ferry refit.",
            "What is the explanation for the delay to the ferry refit?",
        ),
    ],
)
def test_a_question_noun_left_open(sentence: str, question: str) -> None:
    asks(sentence, question)


# --- finding out under way; a question named as a noun and left open; a guarantee withheld; a decision to come ------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The regulator is investigating whether the bakery broke the hygiene rules.",
            "Did the bakery break the hygiene rules?",
        ),
        (
            "An inquiry will examine why the lighthouse warnings were ignored.",
            "Why were the lighthouse warnings ignored?",
        ),
        (
            "Investigators are still trying to piece together what happened in the final minutes of the climb.",
            "What happened in the final minutes of the climb?",
        ),
        (
            "Questions remain over who authorised the payment to the caterers.",
            "Who authorised the payment to the caterers?",
        ),
        ("The mayor sidestepped a question about whether she would run again.", "Would the mayor run again?"),
        (
            "The chess federation dodged the question of who would pay for the new venue.",
            "Who would pay for the new venue?",
        ),
        (
            "The choir says it is waiting for answers on how the pension fund will be topped up.",
            "How will the pension fund be topped up?",
        ),
        ("The museum did not answer when asked who had insured the painting.", "Who had insured the painting?"),
        ("The club has given no guarantee that the ground will stay open.", "Will the ground stay open?"),
        (
            "The police have not ruled out that the vineyard fire was started deliberately.",
            "Was the vineyard fire started deliberately?",
        ),
        ("The board is expected to decide next month whether to sell the stadium.", "Will the board sell the stadium?"),
        # A fronted wh-clause under inquiry, not to be told, or not spelt out.
        (
            "Who leaked the memo to the growers is the subject of an internal inquiry.",
            "Who leaked the memo to the growers?",
        ),
        (
            "Exactly how the grant money was spent is not something the charity has been willing to discuss.",
            "How was the grant money spent?",
        ),
        (
            "How the shortfall at the depot will be covered has not been spelt out.",
            "How will the shortfall at the depot be covered?",
        ),
        # An evasion that waits on events.
        ('Asked whether the ice rink would reopen, the manager said: "We will see."', "Would the ice rink reopen?"),
    ],
)
def test_a_question_being_found_out_passed_over_or_withheld(sentence: str, question: str) -> None:
    asks(sentence, question)


@pytest.mark.parametrize(
    "sentence",
    [
        "The identity of the buyer was revealed on Monday.",
        "The regulator is investigating the bakery.",
        "The committee will examine the proposals in detail.",
        "Police are investigating how to improve response times.",
        "The club gave a guarantee that the ground will stay open.",
        "The board is expected to decide on Friday.",
        "There is no date for the wedding yet, but the couple said it would be in June.",
        "The length of the queue was not the problem.",
        "The number of visitors has not changed since the spring.",
        "Engineers have established the cause of the leak.",
        "The terms of the deal were published on Tuesday.",
        "The source of the leak was not a pipe but a faulty valve.",
        "The size of the crowd was not far short of the record.",
    ],
)
def test_known_things_are_not_open(sentence: str) -> None:
    assert not states_unknown(sentence), sentence
    assert to_question(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor did not answer when asked who had insured the painting, but her office later named the insurer.",
        "The inquiry will examine why the warnings were ignored, and on Friday it found that staff were overworked.",
    ],
)
def test_a_question_the_sentence_goes_on_to_answer_is_not_asked(sentence: str) -> None:
    assert to_question(sentence) is None


# --- someone unsure, sources at odds, a decision awaited, a question left unanswered by name, a hedge --------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The vineyard's owners are unsure whether the harvest can be saved.", "Can the harvest be saved?"),
        (
            "Growers are uncertain how much of the crop will survive the frost.",
            "How much of the crop will survive the frost?",
        ),
        ("There is confusion over who is responsible for the sea wall.", "Who is responsible for the sea wall?"),
        ("Opinions differ on whether the tram line should be extended.", "Should the tram line be extended?"),
        ("Marine biologists are divided on whether the reef can recover.", "Can the reef recover?"),
        (
            "A decision on the maternity ward's future is not expected before the spring.",
            "What will the decision on the maternity ward's future be?",
        ),
        (
            "The report leaves unanswered the question of who approved the stand's design.",
            "Who approved the stand's design?",
        ),
        ("Left unanswered was the question of who would pay for the new organ.", "Who would pay for the new organ?"),
        (
            "What remains unclear is how the fire spread so quickly through the bakery.",
            "How did the fire spread so quickly through the bakery?",
        ),
        (
            "The big unknown is whether the buyers will return to the wine fair in the spring.",
            "Will the buyers return to the wine fair in the spring?",
        ),
        (
            "The question of compensation for the fishermen has not been addressed.",
            "How will the question of compensation for the fishermen be settled?",
        ),
        ("The jazz festival may or may not go ahead in August.", "Will the jazz festival go ahead in August?"),
        (
            "It is possible that the lighthouse will have to be demolished, engineers said.",
            "Will the lighthouse have to be demolished?",
        ),
        (
            "Officials could not rule out further closures of the ring road.",
            "Will there be further closures of the ring road?",
        ),
        # Finding out is knowing to come; an adverbial of time may come between the cue and its clause.
        (
            "The trust has been unable to find out who owns the field behind the chapel.",
            "Who owns the field behind the chapel?",
        ),
        ("The inquiry has yet to report on why the dam failed.", "Why did the dam fail?"),
        ("It is unclear at this stage how many homes were flooded.", "How many homes were flooded?"),
        ('The airport says it is "too soon to say" when flights will resume.', "When will flights resume?"),
        ("Nor is it known whether the ferry's owner had insurance.", "Did the ferry's owner have insurance?"),
        (
            "The airline is reviewing whether to keep the island route open.",
            "Will the airline keep the island route open?",
        ),
        ("No one from the water company was available to explain why the main burst.", "Why did the main burst?"),
        # Not yet known is the matter's state, said by whoever: an answer still to come.
        ('"We simply don\'t know yet whether the bridge is safe," said the county engineer.', "Is the bridge safe?"),
    ],
)
def test_unsure_at_odds_awaited_or_hedged(sentence: str, question: str) -> None:
    asks(sentence, question)


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        # "had" owning something takes "did"; "had" of a perfect goes first.
        ("the owner had insurance", "Did the owner have insurance?"),
        ("the firm has enough cash to pay staff", "Does the firm have enough cash to pay staff?"),
        ("the council had already approved the plan", "Had the council already approved the plan?"),
        ("the choir had told the vicar", "Had the choir told the vicar?"),
    ],
)
def test_have_of_owning_takes_do(clause: str, question: str) -> None:
    assert wh_question("whether", clause) == question


@pytest.mark.parametrize(
    "sentence",
    [
        # A speaker's own state of mind, with no answer to come.
        '"We don\'t know whether we will ever see him again," said his mother.',
        "The kit is popular, and fans are divided on whether it looks good.",  # taste, not a matter of fact to come
        "There is no doubt over who won the race.",
    ],
)
def test_states_of_mind_and_taste_are_not_asked(sentence: str) -> None:
    assert to_question(sentence) is None


def test_an_unknown_ends_at_its_closing_quote_but_keeps_a_quoted_phrase() -> None:
    assert to_unknown('"We simply don\'t know yet whether the bridge is safe," said the county engineer.') == (
        "Whether the bridge is safe."
    )
    assert to_unknown('Insurers have not decided whether a flood counts as an "act of God" under the policy.') == (
        'Whether a flood counts as an "act of God" under the policy.'
    )


# --- a reply that is itself an unknown, its complement the question before it ----------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "Not yet known.",
        "That's unclear.",
        "It's too early to say.",
        "That is for the harbour board to decide.",  # passed on
        "That's a matter for the harbour board.",
        "A: We're waiting to hear from the harbour board.",
        "That hasn't been decided.",
        "The harbour board has declined to comment.",
        "The harbour board did not respond to our questions.",
        "Officials won't say.",
        "Talks are continuing.",
        "The diocese says it is still looking at options.",
        "I wish I knew.",
        "No one seems to know.",
        "It's anyone's guess.",
        "The honest answer is that we don't know.",
        "We'll know more next week.",
        "No date has been given.",
    ],
)
def test_a_reply_that_leaves_the_question_open(reply: str) -> None:
    assert left_open_in("Q: Will the night ferry run on Sunday?", reply) == "Will the night ferry run on Sunday?"


@pytest.mark.parametrize(
    "reply",
    [
        "At least a month, the council says.",
        "The diocese will, it says.",
        "Yes, from Sunday, the harbour board confirmed.",
        "That question will be settled at a meeting on 3 May, and on 3 May the board approved it.",
    ],
)
def test_a_reply_that_answers_closes_the_question(reply: str) -> None:
    assert left_open_in("Q: Will the night ferry run on Sunday?", reply) is None


# --- the ninth blind set's kinds, on sentences of other domains ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A fronted wh-clause with no comma, then who is still finding out.
        (
            "How many pupils at Fenwick Academy are affected the trust says it is still counting.",
            "How many pupils at Fenwick Academy are affected?",
        ),
        # A fronted wh-clause, then a long noun phrase that does not say.
        (
            "When the 2,400 season-ticket holders will get refunds, the emails the club sent this week do not say.",
            "When will the 2,400 season-ticket holders get refunds?",
        ),
        # A fronted wh-clause that nobody has yet addressed.
        (
            "Who replaces the head brewer is not something the cooperative has yet addressed.",
            "Who replaces the head brewer?",
        ),
        # Not come to light; a decision reserved.
        ("It did not emerge at the inquest who had switched off the alarm.", "Who had switched off the alarm?"),
        (
            "The arbitrator reserved judgment on whether the players' contracts were valid and on whether fines stand.",
            "Were the players' contracts valid?",
        ),
        # Asking in the present or the perfect, by readers or members.
        (
            "Many of you ask whether the 2,400 tickets will be refunded or moved to next season.",
            "Will the 2,400 tickets be refunded or moved to next season?",
        ),
        ("Several members have asked whether anyone will be disciplined.", "Will anyone be disciplined?"),
        # A noun of a thing just named, in a relative clause.
        (
            "The fines will be set at a second hearing, the date of which has not yet been fixed.",
            "What is the date of the second hearing?",
        ),
        # A verb phrase left out after "should not be": the passive before it.
        (
            'The audit says trustees were "not routinely told" but does not say who decided they should not be.',
            "Who decided trustees should not be told?",
        ),
        # The noun "how many" counts, left out: the subject's.
        (
            "Refunds for season-ticket holders are not included, because nobody can tell us how many there will be.",
            "How many refunds for season-ticket holders will there be?",
        ),
        # A span up to a past moment: the past perfect keeps the verb's form.
        (
            "The trust has not explained how long the waiting list existed before the 2031 audit.",
            "How long had the waiting list existed before the 2031 audit?",
        ),
        # The reported clause's subject is who "they" are.
        (
            "The Director advised that the underwriters had not yet indicated whether they accepted the claim.",
            "Did the underwriters accept the claim?",
        ),
    ],
)
def test_ninth_set_kinds(sentence: str, question: str) -> None:
    asks(sentence, question)


@pytest.mark.parametrize(
    ("asked", "reply", "question"),
    [
        # Minutes: a member's question, and the officer's reply that it is not settled, passed on or not estimated.
        (
            "Cllr Reid asked who would meet the cost of the dredging.",
            "The Director advised that the question of liability between the harbour trust and the council had not "
            "been established.",
            "Who would meet the cost of the dredging?",
        ),
        (
            "Cllr Shaw asked what the footbridge would cost and who would pay for it.",
            "The Director advised that no estimate had yet been prepared.",
            "What would the footbridge cost?",
        ),
        (
            "Cllr Grant asked whether the contractor's safety conditions had been breached.",
            "The Director advised that this was a matter for the safety regulator, which had not yet responded.",
            "Had the contractor's safety conditions been breached?",
        ),
        # A reporter's question and no answer yet; a spokesman's quoted evasion.
        (
            "We have asked the trust to explain how the cut-off marks were set.",
            "So far we have had nothing back.",
            "How were the cut-off marks set?",
        ),
        (
            "The Gazette asked the club whether anyone had been sacked.",
            'A spokesman said the club would "not comment on staffing matters".',
            "Had anyone been sacked?",
        ),
        # An analyst's question, the answer still being worked through; a request to size something, declined.
        (
            "Analyst (Priya Nair, Holt Securities): Is there recourse against the turbine supplier?",
            "Dana Kerr: We're still working through whether the warranty covers it.",
            "Is there recourse against the turbine supplier?",
        ),
        (
            "Analyst (Priya Nair, Holt Securities): Can you size the refunds - ticket holders, any sponsor claims?",
            "Tom Fry: Not today, no.",
            "What is the size of the refunds?",
        ),
    ],
)
def test_a_question_put_and_not_answered(asked: str, reply: str, question: str) -> None:
    assert left_open_in(asked, reply) == question
    assert _well_formed(question)


def test_a_numbered_paragraph_is_usable_without_its_number() -> None:
    from digest.briefs.sentences import trim

    assert trim("2.3 Cllr Grant asked whether the conditions had been breached.").startswith("Cllr Grant asked")
    assert trim("5. The operator has given no date for reopening the pier.").startswith("The operator")
    assert trim("12 Labour councillors voted against.") == "12 Labour councillors voted against."


def test_they_after_a_sentence_that_brings_them_in() -> None:
    from digest.briefs.cues import existential_named

    assert existential_named(
        "Whether they will get there at all this winter is the question every parent is asking.",
        "There are eight pupils on Inchmore who go to school on the mainland.",
    ).startswith("Whether the eight pupils on Inchmore who go to school on the mainland will get there")


@pytest.mark.parametrize(
    "bad",
    [
        "Are the 14 parcels the full count is something the couriers doubt?",  # the statement's predicate kept
        "Does the cracked valve all came from the same batch?",
    ],
)
def test_ill_formed_questions_fail(bad: str) -> None:
    assert not _well_formed(bad)


def test_do_with_a_past_form_after_to_is_well_formed() -> None:
    assert _well_formed("Did the complaints amount to protected disclosures under whistleblowing law?")
