"""Actors the fourteenth blind set missed, by kind (issue 14, persp14), each rule tested with sentences of its own
(a library, a bus depot, a football club, a bakery, a ferry), none from the planted sets, and near misses that must
not fire:

- a teletext page's pointer (">> 313") glued to a quotation's sentence is no part of it;
- '"...," said director Dr Ann Roe': a lowercase role between the verb and the name;
- "The Growers' Association's president, Name, whose ..., says": a plural possessive in the role, and a relative
  clause after the name in apposition;
- "Neighbour Ann Roe told buyers the ...": a relation noun before the name, and an audience of buyers or residents;
- a mailing-list digest's "From: Name Subject: ..." heads the sender's first-person sentences, up to the next "From:";
- "Dr Name reported that ...": a person's finding (not a newspaper's or a company's report).
"""

from __future__ import annotations

from briefs_support import claims_of

from digest.briefs.actors import _PAGE_POINTER


def _said(text: str) -> list[tuple[str, str]]:
    return [(c.actor, c.claim) for c in claims_of(text)]


def _actors(text: str) -> set[str]:
    return {a for a, _ in _said(text)}


def test_a_teletext_pointer_is_no_part_of_the_quotation() -> None:
    text = (
        "The depot will close in June, the council has ruled.\n\n"
        'Depot manager Ruth Achebe said: "Our buses are going nowhere. We have room for forty and the drivers are '
        'ready."\n\n>> 205\n\nNEWS  204  2/2\n\nThe council meets again in July.\n\n>> 200 NEWS INDEX'
    )
    said = dict(_said(text))
    assert said["Ruth Achebe"].startswith("Our buses are going nowhere.")
    assert ">>" not in said["Ruth Achebe"]


def test_a_pointer_only_goes_at_a_sentence_end() -> None:
    assert _PAGE_POINTER.sub("", 'It is ready." >> 313') == 'It is ready."'
    assert _PAGE_POINTER.sub("", "Shift values with x >> 313 in C") == "Shift values with x >> 313 in C"
    assert _PAGE_POINTER.sub("", "Press >> 313 for more.") == "Press >> 313 for more."


def test_said_then_a_lowercase_role_then_the_name() -> None:
    said = _said('"We were wrong to close the reading room, and it reopens on Monday," said librarian Dr Ann Roe.')
    assert ("Ann Roe", "We were wrong to close the reading room, and it reopens on Monday.") in said
    said = _said('"The ferry will sail twice a day from May," said harbour master Ivo Brandt.')
    assert "Ivo Brandt" in {a for a, _ in said}


def test_said_then_a_role_that_names_no_one_does_not_fire() -> None:
    assert not _actors('"It was a fine season for the shops," said a spokesman for Tesco.')
    assert not _actors('"The bread sold out by nine every morning," said the baker in Market Street.')
    assert not _actors('"We will keep the pitch open all summer," said one of the coaches at Ashby Town.')
    assert "Town" not in " ".join(_actors('"Nobody expected the club to win the cup," said the fans of Ashby Town.'))


def test_a_plural_possessive_role_and_a_relative_clause_after_the_name() -> None:
    said = dict(
        _said(
            "The Bakers' Guild's chair, Ottilie Grant, whose loaves we sell, says 70 per cent of members want "
            "Sunday trading.\n\nThe club's captain, Ann Moss, whose team we follow, says the pitch will be ready "
            "by May."
        )
    )
    assert "70 per cent of members want Sunday trading" in said["Ottilie Grant"]
    assert "pitch will be ready by May" in said["Ann Moss"]


def test_a_role_and_a_relative_clause_without_saying_do_not_fire() -> None:
    assert not _actors("The Bakers' Guild's chair, Ottilie Grant, whose loaves we sell, opened the new shop in May.")
    assert not _actors("The club's captain, Ann Moss, who scored twice, was carried off the pitch by the fans.")
    assert not _actors("The Growers' Association's shop, which sells cider, says nothing about its prices at all.")
    assert not _actors("The village's oldest house, whose roof fell in, is to be restored by the trust next year.")


def test_a_relation_noun_before_the_name_and_an_audience_told() -> None:
    said = dict(
        _said(
            "Neighbour Colm Tierney told residents the wall had been built on his side of the lane and would have to "
            "come down.\n\nTenant Ruth Dale told buyers the flat had flooded twice in the winter."
        )
    )
    assert "wall had been built on his side" in said["Colm Tierney"]
    assert "flat had flooded twice" in said["Ruth Dale"]


def test_told_an_audience_without_a_clause_does_not_fire() -> None:
    assert not _actors("Neighbour Colm Tierney told residents about the fete in the village hall.")
    assert not _actors("The auctioneer told buyers to register before the sale began at noon.")
    assert not _actors("Ruth Dale told customers goodbye after forty years behind the counter of the shop.")
    assert not _actors("Buyers who told the agent the roof leaked were offered a discount on the flat.")


DIGEST = (
    "Birders Digest, Vol 4, Issue 2\n\nToday's Topics:\n   1. Osprey back at the loch (Ewan Roe)\n"
    "   2. Re: Osprey back (Mara Link)\n\n"
    "----------------------------------------------------------------------\n\nMessage: 1\nFrom: Ewan Roe\n"
    "Subject: Osprey back at the loch\n\nConfirmed: the male osprey is back on the nest at the loch.\n\n"
    "From the hide I would say the female is a new bird, not last year's one.\n\nDid anyone ring her?\n\n"
    "------------------------------\n\nMessage: 2\nFrom: Mara Link\nSubject: Re: Osprey back\n\n"
    "Lovely news, and the ranger says the path stays shut until June."
)


def test_a_digest_sender_speaks_in_the_first_person_up_to_the_next_message() -> None:
    said = _said(DIGEST)
    assert ("Ewan Roe", "From the hide I would say the female is a new bird, not last year's one.") in said
    assert not any(a == "Ewan Roe" and "ranger" in c for a, c in said)


def test_a_from_line_without_a_header_or_first_person_is_nobody_s() -> None:
    assert not _actors("From: Ewan Roe, with thanks to the rangers\n\nThe path stays shut until June, the trust said.")
    assert not any(a == "Mara Link" for a in _actors(DIGEST))  # no first person in her message
    assert "Ewan Roe" not in _actors(
        "From: Ewan Roe Subject: Osprey\n\nThe male osprey is back on the nest at the loch this week."
    )
    assert "Ewan Roe" not in _actors("From: Ewan Roe Subject: Osprey\n\nWill we see the chicks this year, I wonder?")


def test_a_person_reported_that() -> None:
    said = dict(_said("The inspector, Dr Lena Ostrow, reported that the boiler had failed twice in one week."))
    assert "boiler had failed twice" in said["Lena Ostrow"]
    assert "Ruth Dale" in _actors("Ruth Dale reported that the lift had been broken since Easter at the flats.")


def test_a_newspaper_or_a_company_reported_that_is_no_actor() -> None:
    assert not _actors("The Herald reported that the mill would close by the end of the year.")
    assert not _actors("Acme Foods reported that profits rose by a fifth in the first half of the year.")
    assert not _actors("Sky News reported that the bridge had been shut since Monday morning.")
    assert not _actors("Customers who reported that the bread was stale were given a refund by the bakery.")
