"""Follow-ups to the review of issue 14's attribution and development kinds (fix12).

- A word that opens a clause or a sentence is dropped from a name only where it cannot be the name's own: "Given" is a
  given name ("Given Mkhize"), and "Even", "Still" and "Latest" open names too ("Even Pellerud", "Still Waters Trust",
  "Latest Homes"); they go where the reports show the adverb (the whole only where a sentence opens, the rest written
  alone elsewhere) or before a known given name ("Even Sarah Palin").
- An act named as a noun that the sentence's news follows ("follows the service ... of forfeiture notices") is a
  development, as a verb of the act is.
- One pattern says where a live thread's post ends (cues.THREAD_STAMP), for the open questions and the speakers alike.
"""

from __future__ import annotations

from briefs_support import read_report

from digest.briefs.actors import _posts, clean_name, without_opening_adverb
from digest.briefs.cues import DEVELOPMENT, THREAD_STAMP, open_clauses


def test_given_is_a_given_name_not_a_clause_opener() -> None:
    assert clean_name("Given Mkhize") == "Given Mkhize"
    _usable, _context, claims = read_report(
        "Given Mkhize said the clinic in Umlazi would reopen on Monday after the repairs to its roof. "
        "The province said it had paid for the work in full."
    )
    assert "Given Mkhize" in {c.actor for c in claims}
    assert clean_name("Because Ndlovu") is None  # a clause's opening still names no speaker


def test_a_name_may_open_with_an_adverb() -> None:
    assert clean_name("Even Pellerud") == "Even Pellerud"
    assert clean_name("Still Waters Trust") == "Still Waters Trust"
    assert clean_name("Latest Homes") == "Latest Homes"
    # Before a known given name the word is the adverb; an adverb no name opens with always is.
    assert clean_name("Even Sarah Palin") == "Sarah Palin"
    assert clean_name("Meanwhile Okafor") == "Okafor"
    assert clean_name("Still") is None


def test_the_reports_say_whether_the_word_is_the_adverb() -> None:
    opened = ["Even Okafor said the cuts to clinics went too far.", "The opposition leader Grace Okafor voted no."]
    assert without_opening_adverb("Even Okafor", opened) == "Okafor"
    # The whole written inside a sentence: the word is a given name.
    named = ["Norway coach Even Pellerud named his squad.", "Even Pellerud said it was ready.", "Pellerud smiled."]
    assert without_opening_adverb("Even Pellerud", named) == "Even Pellerud"
    # The rest never written alone: the word is the name's.
    assert without_opening_adverb("Still Waters Trust", ["Still Waters Trust said it would appeal."]) == (
        "Still Waters Trust"
    )
    # A single word alone only where a sentence opens is no evidence: "Homes were sold" is a common noun.
    assert without_opening_adverb("Latest Homes", ["Latest Homes said sales fell.", "Homes were sold."]) == (
        "Latest Homes"
    )


def test_a_speaker_after_an_opening_adverb_is_the_one_named_elsewhere() -> None:
    _usable, _context, claims = read_report(
        "The opposition leader Grace Okafor has rejected the health budget in parliament. "
        "Even Okafor said the cuts to the rural clinics went too far for her own party. "
        "Ministers said the plan would stand."
    )
    assert "Grace Okafor" in {c.actor for c in claims}
    assert not any(c.actor.startswith("Even") for c in claims)


def test_a_nominalised_act_the_news_follows_is_a_development() -> None:
    assert DEVELOPMENT.search(
        "The inquiry follows the filing on Monday by the nurses' union of a formal grievance over rotas."
    )
    assert DEVELOPMENT.search("The strike came after the withdrawal of the pay offer by the operator.")
    assert DEVELOPMENT.search("The downgrade follows the issuing of default notices to three tenants.")
    # Asked for, not done; or a noun that names no act.
    assert not DEVELOPMENT.search("Residents want the withdrawal of the permit for the quarry.")
    assert not DEVELOPMENT.search("The hearing follows the usual pattern of evidence and questions.")


def test_one_thread_stamp_for_posts_and_questions() -> None:
    text = (
        "The harbourmaster says dredging starts in May. · 9:12 AM 4/ Has anyone costed the second berth? · 9:15 AM "
        "5/ No answer from the board on that. /end · 9:20 AM"
    )
    assert _posts(text) == [
        "The harbourmaster says dredging starts in May.",
        "Has anyone costed the second berth?",
        "No answer from the board on that. /end",
    ]
    # The last post's question is asked, though a stamp ends the text after it.
    asked = "The board took questions. · 9:30 AM 6/ Has anyone costed the second berth? · 9:32 AM"
    assert "Has anyone costed the second berth?" in open_clauses(asked)
    # A stamp that ends the text begins no post; a middle dot in a byline is no stamp.
    assert THREAD_STAMP.split("Council rises for lunch. · 1:02 PM")[0] == "Council rises for lunch."
    assert len(THREAD_STAMP.split("Amy Lowe · Harbour Reporter")) == 1
