"""Issue 14: kinds of weak title seen before, each with stories of its own from other domains."""

from digest.topics.titles import story_title

_WHO = [
    (
        "WHO declares mpox emergency over",
        "The WHO said on Friday the mpox emergency was over. Officials at the WHO in Geneva said cases had fallen.",
    ),
    (
        "Mpox emergency ends, says WHO",
        "Health ministers welcomed the WHO decision on the mpox emergency. The WHO will keep watching new cases.",
    ),
    (
        "Clinics wind down after WHO ends mpox emergency",
        "Clinics in Kinshasa began closing mpox wards after the WHO ruling. The WHO thanked health workers.",
    ),
]

_F35 = [
    (
        "Denmark orders more F-35 jets",
        "Denmark will buy six more F-35 jets, the ministry said on Tuesday. The F-35 jets replace ageing F-16s.",
    ),
    (
        "F-35 jets order backed by Danish parliament",
        "Danish lawmakers backed the order for F-35 jets on Wednesday. The first F-35 jets arrive in 2027.",
    ),
    (
        "Danish F-35 jets order draws criticism",
        "Critics said the F-35 jets cost too much to run. Denmark said the F-35 jets were needed for NATO duties.",
    ),
]


def test_a_word_the_texts_write_in_capitals_keeps_them() -> None:
    """Kind 1: "WHO", "NATO", "IMF" are never "Who", "nato", "Imf"."""
    title = story_title(_WHO, ["WHO", "Geneva", "Kinshasa"])
    assert "WHO" in title.split() or "who" not in title.lower(), title
    assert "Who" not in title.split() and "who" not in title.split(), title


def test_an_acronym_a_headline_lower_cases_keeps_its_capitals() -> None:
    """The shared run lower-cases a headline's words; "NATO" comes back as the texts write it, not "nato"."""
    texts = [
        (
            "Sweden joins NATO after Turkey vote",
            "Sweden formally joined NATO on Thursday after Turkey's parliament approved its bid. Stockholm said NATO "
            "membership ended 200 years of neutrality.",
        ),
        (
            "Sweden joins NATO as 32nd member",
            "Sweden became NATO's 32nd member in Washington. The NATO flag will fly in Stockholm on Monday.",
        ),
        (
            "Stockholm raises flag as Sweden joins NATO",
            "Soldiers raised the NATO flag in Stockholm as Sweden joined NATO. Russia said it would respond.",
        ),
    ]
    title = story_title(texts, ["Sweden", "Stockholm", "Turkey"])
    assert "nato" in title.lower() and "NATO" in title.split(), title


def test_capitals_only_where_the_texts_use_them() -> None:
    """A word the texts write in lower case is not shouted because one all-capitals headline does."""
    texts = [
        ("HARBOUR TRAM FUNDING AGREED", "The council agreed the harbour tram funding on Monday, the mayor said."),
        ("Harbour tram funding passes vote", "Councillors passed the harbour tram funding by nine votes to four."),
        ("Work to start after harbour tram funding", "Crews will start work in May after the harbour tram funding."),
    ]
    title = story_title(texts, ["Monday"])
    assert not any(w.isupper() and len(w) > 1 for w in title.split()), title


def test_a_hyphen_before_figures_joins_one_word() -> None:
    """Kind 2: "F-35" stays whole, never "F-" nor a title ending in a hyphen."""
    title = story_title(_F35, ["Denmark", "NATO"])
    assert not any(w.endswith("-") for w in title.split()), title
    assert "F-35" in title, title


def test_covid_style_token_is_whole() -> None:
    texts = [
        ("Hospitals treat fewer Covid-19 patients", "Hospitals in Lyon treated fewer Covid-19 patients this week."),
        ("Covid-19 patients leave intensive care", "More Covid-19 patients left intensive care in Lyon on Friday."),
        ("Lyon wards close as Covid-19 patients fall", "Two wards closed as Covid-19 patients fell, officials said."),
    ]
    title = story_title(texts, ["Lyon"])
    assert "Covid-19" in title and "Covid- " not in f"{title} ", title


def test_a_title_ends_at_no_participle() -> None:
    """Kind 3: a title never ends at a participle ("UN saying", "Paradise fast-moving")."""
    from digest.topics.titles import _whole_clause

    texts = [("Storm hits coast", "A fast-moving storm hit the coast.")]
    assert _whole_clause("Harbour Point fast-moving", texts, ["Harbour Point"]) == "Harbour Point"
    assert _whole_clause("Geneva WHO saying", texts, ["Geneva"]) == "Geneva WHO"
    assert _whole_clause("Union meeting", texts, []) == "Union meeting"  # a meeting is a thing


def test_a_title_starts_at_no_verb() -> None:
    """Kind 3: "Joins NATO" gets who joins in front, as the headlines write it; a noun phrase is left alone."""
    from digest.topics.titles import _whole_clause

    texts = [
        ("Montenegro applies to join the EU", "Montenegro applied to join the EU on Monday."),
        ("Montenegro joins EU as 28th member", "Montenegro joined the EU on Friday, officials in Podgorica said."),
        ("Podgorica celebrates as Montenegro joins EU", "Crowds in Podgorica cheered as Montenegro joined the EU."),
    ]
    assert _whole_clause("Joins EU", texts, ["Montenegro", "Podgorica"]) == "Montenegro joins EU"
    news = [("Council news roundup", "The council news was short."), ("More council news", "The news was good.")]
    assert _whole_clause("News roundup", news, ["Council"]) == "News roundup"


def test_a_dateline_s_capitals_are_style() -> None:
    """ "OSLO (Reuters) -" writes a place in capitals; the title still writes "Oslo"."""
    from digest.topics.titles import _texts_capitals

    texts = [
        ("Oslo ferry strike", "OSLO (Reuters) - Ferry crews in Oslo walked out on Monday."),
        ("Ferry strike spreads", "OSLO (Reuters) - The strike spread beyond Oslo on Tuesday."),
        ("Ferry strike ends", "OSLO (AP) - Crews returned to work, the union said."),
    ]
    assert _texts_capitals("Oslo ferry strike", texts) == "Oslo ferry strike"
    assert _texts_capitals("Imf loan", [("IMF loan agreed", "The IMF agreed a loan. The IMF said so.")]) == "IMF loan"
