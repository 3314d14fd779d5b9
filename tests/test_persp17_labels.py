"""Speaker labels, generally: a line opening with a person's label is that person's words; headings are no one's."""

from __future__ import annotations

import pytest

from digest.briefs.actors import attributions
from digest.briefs.sentences import every_sentence


def _who(text: str) -> list[tuple[str, str]]:
    ts = every_sentence(0, text, None)
    return [(a.actor, a.claim) for a in attributions(ts, ts)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A chat export: dd/mm/yyyy stamps in brackets, the line's later sentences the same member's.
        (
            "Allotment holders (group chat)\n\n[14/05/2090, 07:12] Imogen Tallis: The water trough by plot 9 has "
            "been dry for a week. I think the pipe has cracked under the path.\n\n[14/05/2090, 07:40] Bert Colley: "
            "Saw it too, the trustees should replace it before the summer.",
            "Imogen Tallis",
        ),
        # A radio script: the cue, the name, a role and a body.
        (
            'HARBOUR HOUR · Item 2\n\nSOT, Ingrid Falkner, skipper, Northsea Crab Co-operative: "The quota cut '
            'will put four boats out of work by Easter. Nobody asked us."\n\nSTUDIO: More after the break.',
            "Ingrid Falkner",
        ),
        # A live blog's line: a clock, the name and who they speak for.
        (
            'LIVE · Library closures\n\n19:42 Ravi Menon, for the Friends of Eastgate Library: "Closing the branch '
            'would leave four thousand children without a library within walking distance."',
            "Ravi Menon",
        ),
        # A panel's line: the role in brackets, the words unquoted.
        (
            "Panel on the new ring road.\n\nHelga Brandt (Transport Planner): The junction will carry twice the "
            "traffic it was designed for within ten years.",
            "Helga Brandt",
        ),
    ],
)
def test_labelled_line_is_the_speakers(text: str, speaker: str) -> None:
    assert speaker in {a for a, _ in _who(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Site report\n\nVOICEOVER: The new stand will hold twelve thousand fans when it opens next season.",
        "Site report\n\nSTUDIO: The council says the stand will be finished by the spring of next year.",
        "Evening bulletin\n\nPRESENTER: The council has approved the new stand for the football ground.",
        "Match day\n\nUpdate: The kick-off has been moved back by an hour because of the fog.",
        "Match day\n\nNote: The figures for attendance exclude the away supporters in the north stand.",
        "Reader questions\n\nQ: Will the allotment fees rise again when the new lease is signed next year?",
        "Society newsletter\n\nEditor's Notes: The society has moved its meetings to the church hall from March.",
        "Planning report\n\nSection Three: The applicant proposes forty flats on the former dairy site.",
        "Planning report\n\nOption Two: The council buys the former dairy site and builds the school itself.",
        "World news\n\nLENZ: Floods have closed the main bridge over the river for the third time this year.",
        "Newsroom\n\nBREAKING: The chemical plant has been evacuated after a leak was found on Tuesday.",
        "Key Figures: Rents have risen by nine per cent in the past year across the whole district.",
        "Other News: The village fete will go ahead on the green despite the rain forecast for Saturday.",
        "The row went on. As Ingrid Falkner put it: the quota cut will put four boats out of work by Easter.",
        "Radio phone-in\n\nCALLER (JO, EASTFIELD): The buses have been late every single morning this month.",
        "Evening bulletin\n\nANCHOR (Rhys Dunmore): The crab fleet says the quota cut will put boats out of work.",
    ],
)
def test_heading_label_is_no_speaker(text: str) -> None:
    names = {a for a, _ in _who(text)}
    for bad in ("Voiceover", "Studio", "Presenter", "Update", "Note", "Q", "Editor", "Section Three", "Option Two"):
        assert bad not in names
    assert not names & {"Lenz", "Breaking", "Key Figures", "Other News", "Jo", "Rhys Dunmore", "Ingrid Falkner"}


def test_pronoun_follow_up_does_not_steal_a_labelled_line() -> None:
    text = (
        "Residents' chat\n\nMarta Quell, the harbourmaster, said the wall was sound, she said.\n\n"
        "[02/03/2090, 10:15] Gwen Ashby: The wall moved two centimetres in the storm, I watched it happen."
    )
    got = _who(text)
    assert ("Gwen Ashby" in {a for a, c in got if "two centimetres" in c}) and not any(
        a == "Marta Quell" and "two centimetres" in c for a, c in got
    )
