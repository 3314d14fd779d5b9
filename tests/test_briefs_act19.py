"""Attribution precision follow-ups (issue 14, act12b).

- A short name in brackets after two actors joined by "and" ("Minister Ann Lowe and Coastal Safety Agency (CSA)
  director Tom Hale") defines the body it draws its initials from, never both actors run together.
- An adverb a name may open with ("Still Waters Trust said ...") stays on the sentence before two capitalised words
  and no comma: attribution reads the name whole, and decides from the reports whether the word is the adverb.
- In a thread, a post that names no one ("3/ ... since Friday, he says.") goes on about the person it, or the post
  before it, opens with, a role in common nouns before the titled name included ("2/ Head of marine services Dr
  Tomas Berg sets it out."), not the last speaker of an earlier post.
"""

from __future__ import annotations

from briefs_support import read_report

from digest.briefs.sentences import trim


def test_initials_after_two_joined_actors_define_the_last() -> None:
    _usable, _context, claims = read_report(
        "The order came in a letter to the mine's owners from Transport Minister Ann Lowe and Coastal Safety Agency "
        "(CSA) director Tom Hale. Separately, the CSA told the owners on Friday that they had two days to close the "
        "lower shaft and must file a new safety plan."
    )
    actors = {c.actor for c in claims}
    assert "Coastal Safety Agency" in actors
    assert not any(" and " in a for a in actors)


def test_initials_drawn_from_both_sides_of_and_keep_the_whole_name() -> None:
    _usable, _context, claims = read_report(
        "The Fisheries and Marine Authority (FMA) met the trawler crews on Monday. "
        "The FMA said the quota for cod would be cut by a fifth next season."
    )
    assert "Fisheries and Marine Authority" in {c.actor for c in claims}


def test_an_adverb_that_opens_a_name_stays_on_the_sentence() -> None:
    assert trim("Still Waters Trust said it would appeal the ruling on the weir.").startswith("Still Waters Trust")
    assert trim("But Still Waters Trust said it would appeal.").startswith("Still Waters Trust")
    # The adverb set off by a comma, before a determiner, a title or one name: the word goes as before.
    assert trim("Still, Waters Trust said it would appeal.") == "Waters Trust said it would appeal."
    assert trim("Still Prime Minister Ann Lowe said the weir would stay.").startswith("Prime Minister")
    assert trim("Still Labour said no to the plan.") == "Labour said no to the plan."
    _usable, _context, claims = read_report(
        "The river charity Still Waters Trust has lost its case in the High Court. "
        "Still Waters Trust said it would appeal the ruling on the weir. The council said the weir would stay."
    )
    assert "Still Waters Trust" in {c.actor for c in claims}


def test_a_thread_post_that_names_no_one_goes_on_about_the_post_before() -> None:
    _usable, _context, claims = read_report(
        "Amy Lowe · Harbour Reporter\n\n"
        "1/ Evening from the harbour board, where the chair, Cllr Wren Quint, says the room is as full as she has "
        "known it. · 6:02 PM\n\n"
        "2/ Head of marine services Dr Tomas Berg sets it out. Divers surveyed the north wall in January. "
        "Four sections came back cracked. · 6:09 PM\n\n"
        "3/ The worst crack runs two metres below the waterline. Boats have been kept off the north berths since "
        "Friday, he says. · 6:11 PM\n\n"
        '4/ Berg: "Nobody is at risk on the quay. We are closing the berths to be careful." · 6:14 PM'
    )
    by_claim = {c.claim: c.actor for c in claims}
    kept_off = next(k for k in by_claim if k.startswith("Boats have been kept off"))
    assert by_claim[kept_off] == "Tomas Berg"
