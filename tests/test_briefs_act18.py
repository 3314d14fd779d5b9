"""Who speaks in a meeting's notes, a live thread, a report's foreword, a notice and a programme's running order
(issue 14, attr12): one rule per kind, each tested with sentences of its own (a school board, a rowing club's AGM, a
library consultation, a harbour, a museum):

- a meeting's notes name speakers by initials ("TH said ..."): the person of the attendance list with those initials;
- a thread's posts run together by the splitter ("... · 10:11 AM 4/ Reed: "...") are read one by one, and a "she
  says" in a post is the person the post opens with;
- a one-word lead-in before a colon ("Straight to it: "...") is no name: the quotation is the person named before;
- a report's signed opening ("Foreword by Cllr ..., Cabinet Member for ... "..."") is its signer's, to where it closes;
- "X agrees with this decision." is X's stance; "X's statement ... says: "..."" is X's words; a post capitalised in an
  apposition ("The Minister, Ana Brook, replied ...") names who "she says" after it means; a programme's chapter
  ("31:30 Tom Hale on the patients.") is who "he says" means; "wrote in the foreword:" is a medium, not the claim;
- a body conceding the point ("..., and the trust accepts that.") and "I accept that ..., and the responsibility for
  that is mine" say the speaker moved.
"""

from __future__ import annotations

from briefs_support import evolved

from digest.briefs.actors import attributions
from digest.briefs.sentences import article_sentences, every_sentence


def _said(text: str) -> list[tuple[str, str]]:
    usable = article_sentences(0, text, None)
    context = every_sentence(0, text, None)
    return [(c.actor, c.claim) for c in attributions(usable, context)]


_NOTES = (
    "RIVERSIDE SCHOOLS BOARD\n"
    "Note of meeting 4 — Tuesday 3 June 2031, Main Hall, 19:00\n\n"
    "Present: Dr Helen Okafor (Trust, Chief Executive), chair; Tom Hartley (Parents' Forum); Priya Nair (Unison); "
    "Owen Pike MP (observer).\n\n"
    "1. Budget. TH said the parents had not been told that the music service would close in September.\n\n"
    "2. Staffing. PN said the union would ballot its members if the support posts were cut this term.\n\n"
    "3. Any other business. OPMP said he had written to the minister about the capital grant last month."
)


def test_a_meetings_initials_are_the_attendance_lists_people() -> None:
    said = dict(_said(_NOTES))
    assert "parents had not been told" in said["Tom Hartley"]
    assert "ballot its members" in said["Priya Nair"]
    assert "written to the minister" in said["Owen Pike"]  # the post after the name is in the initials too
    assert not any(a in said for a in ("TH", "PN", "OPMP"))


def test_initials_given_in_the_list_itself_are_read_as_given() -> None:
    text = (
        "Rowing club AGM, 2 March 2031.\n\n"
        "Present: Ana Brook (AB2), Jonas Lund (JL), Mia Sato (MS).\n\n"
        "JL said the boathouse roof would have to be replaced before the winter storms."
    )
    assert ("Jonas Lund", "The boathouse roof would have to be replaced before the winter storms.") in _said(text)


_THREAD = (
    "Ana Kerr · Local Democracy Reporter · @AnaKerrLDR\n\n"
    "1/ Evening from the library, where the consultation on opening hours has drawn a full room. 🧵 · 6:02 PM · "
    "May 4, 2031\n\n"
    "2/ Head of libraries Martin Reed sets out the plan. Three branches would close on Saturdays. · 6:09 PM\n\n"
    '3/ Reed: "Nobody is losing a library. We are moving hours to the evenings, when people come." · 6:14 PM\n\n'
    "4/ The chair calls for order. · 6:20 PM\n\n"
    "5/ Joan Pryce, who runs the Friends of Eastfield Library, gets three minutes. The evening figures are thin, she "
    'says, "and the Saturday ones are the children". · 6:24 PM\n\n'
    "6/ That's it from me. /end · 6:40 PM"
)


def test_a_threads_posts_are_read_one_by_one() -> None:
    said = _said(_THREAD)
    assert any(a.endswith("Reed") and c.startswith("Nobody is losing a library") for a, c in said)
    assert any(a == "Joan Pryce" and "evening figures are thin" in c for a, c in said)
    assert not any("PM" in c or "/end" in c for _, c in said)


def test_a_lead_in_phrase_before_a_colon_is_no_name() -> None:
    text = (
        "The harbour board met on Monday.\n\n"
        "Elin Sayer, the harbourmaster, opens.\n\n"
        'Straight to it: "The north wall is failing, and the board accepts that."'
    )
    said = _said(text)
    assert ("Straight", "The north wall is failing, and the board accepts that.") not in said
    assert any(a == "Elin Sayer" and c.startswith("The north wall is failing") for a, c in said)


def test_a_reports_foreword_is_its_signers_own_words() -> None:
    text = (
        "GREYSTONE COUNCIL\n\nReport of the Director of Children's Services\n\n"
        "Foreword by Cllr Ada Kerr, Cabinet Member for Schools\n"
        '"This plan is a start, not an end. We will not close a single village school this year. '
        'I want parents to hear that from me."\n\n'
        "1. Purpose\n1.1 To set out the plan for school places."
    )
    said = _said(text)
    assert any(a == "Ada Kerr" and "village school" in c for a, c in said)
    assert not any(a == "Ada Kerr" and "school places" in c for a, c in said)  # the report's own, after it closes


def test_a_notice_that_says_who_agrees_with_it_gives_each_a_stance() -> None:
    text = (
        "The editors have withdrawn this article after a review of its data.\n\n"
        "Ingrid Sola agrees with this withdrawal. Marek Voss does not agree with this withdrawal."
    )
    said = dict(_said(text))
    assert said["Ingrid Sola"] == "Ingrid Sola agrees with this withdrawal."
    assert said["Marek Voss"] == "Marek Voss does not agree with this withdrawal."


def test_a_persons_own_statement_and_a_foreword_are_their_words() -> None:
    text = (
        "The museum's director resigned on Friday.\n\n"
        "Dr Lena Holt's statement on her resignation, issued through her lawyers, says: \"I accept that the loans "
        'were not checked, and the responsibility for that is mine."\n\n'
        'Professor Ian Marsh, who had defended the loans in March, wrote in the foreword: "I said in March that the '
        'loans were sound. That was wrong of me."'
    )
    said = _said(text)
    assert any(a == "Lena Holt" and c.startswith("I accept that the loans") for a, c in said)
    assert any(a == "Ian Marsh" and c.startswith("I said in March") for a, c in said)


def test_she_says_after_a_capitalised_post_in_apposition_is_that_person() -> None:
    text = (
        "I wrote to the minister about the ferry timetable.\n\n"
        "The Minister, Ana Brook, replied to my letter on Tuesday.\n\n"
        'She says the operator "will restore the winter sailings once the new vessel arrives".'
    )
    assert any(a == "Ana Brook" and "winter sailings" in c for a, c in _said(text))


def test_a_programmes_chapter_names_who_speaks_in_it() -> None:
    text = (
        "Chapters\n\n"
        "12:10 The vote.\n\n"
        "31:30 Tom Hale on the patients.\n\n"
        "Whether any of them were told about the delay is unclear, he says, \"and if they weren't, they should have "
        'been by now".'
    )
    assert any(a == "Tom Hale" and "told about the delay" in c for a, c in _said(text))


def test_a_body_conceding_the_point_has_moved() -> None:
    p = evolved(
        "Elin Sayer",
        "The quay floods because of the spring tides, nothing more.",
        "Repairs will start in May. The north wall is the likeliest cause of the flooding, and the board accepts that.",
    )
    assert p.evolution in ("shifted", "expanded")
    assert "north wall" in p.evolution_note  # the concession, not the next step, is what is new


def test_taking_responsibility_is_a_turn_noted_in_full() -> None:
    p = evolved(
        "Lena Holt",
        "The loans were checked by the registrar and are sound.",
        "I accept that the loans in the east gallery were never checked at all, and the responsibility for that is "
        "mine.",
    )
    assert p.evolution == "shifted"
    assert "responsibility" in p.evolution_note


def test_he_in_a_thread_post_is_who_the_post_before_opens_with() -> None:
    text = (
        "Ana Kerr · Local Democracy Reporter · @AnaKerrLDR\n\n"
        "1/ Harbour board, and a packed gallery for the harbourmaster, Tom Reed. 🧵 · 6:02 PM · May 4, 2031\n\n"
        "2/ Reed first, with the new survey. Forty moorings checked. · 6:09 PM\n\n"
        '3/ And a change of plan, which he announces himself: "I am now recommending that the north quay stays shut '
        'all summer." · 6:14 PM\n\n'
        "4/ That's it from me. /end · 6:40 PM"
    )
    assert any(a.endswith("Reed") and c.startswith("I am now recommending") for a, c in _said(text))


def test_advice_given_anew_is_a_turn_noted_in_full() -> None:
    p = evolved(
        "Ana Vik",
        "Windows can stay open and children can play outside as normal this week.",
        "I am now advising that children should stay indoors and that schools should keep every window shut until "
        "the smoke clears.",
    )
    assert p.evolution == "shifted"
    assert "schools should keep every window shut" in p.evolution_note


def test_an_inspections_people_and_an_agencys_management_are_no_names() -> None:
    text = (
        "We inspected the home in May.\n\n"
        "People told us staff were kind but rushed at night.\n\n"
        "Management has told us that it fully expects to recruit four more carers this month."
    )
    assert not any(a in ("People", "Management") for a, _ in _said(text))
