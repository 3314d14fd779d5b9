"""Issue 14: titles that name the story, kinds seen in titles11's runs, each with made-up stories of its own."""

from digest.topics.titles import story_title, stream_labels
from tests.titles_support import key_names

_SECTION = [
    (
        "",
        "Thousands of readers wrote to the health desk this week about the Marrow Valley water supply. Across the "
        "world, cities test their water every day, engineers said. The Marrow Valley council said the water supply "
        "had been tested on Monday and was safe.",
    ),
    (
        "",
        "In Marrow Valley, residents queued for bottled water after the water supply turned brown. Health officials "
        "said the world standard for iron in water was met. A council spokesman said the pipes would be flushed.",
    ),
    (
        "",
        "The Marrow Valley water supply will be flushed again on Friday, the council said. Engineers from around the "
        "world have studied brown water. Health inspectors said no one had fallen ill.",
    ),
]


def test_a_section_word_never_heads_a_title() -> None:
    """ "world" and "health" label a newspaper's pages: a title names the story ("water supply"), not a section."""
    title = story_title(_SECTION, key_names(_SECTION))
    assert title.split()[-1].lower() not in {"world", "health", "news", "photo", "video", "cents"}, title
    assert "water" in title.lower(), title


_DOCTORED = [
    (
        "Ministry admits doctored video came from its files",
        "The Corlan defence ministry admitted on Monday that a doctored video showing soldiers at the Tessin border "
        "post came from its own files. The doctored video was first posted by a blogger.",
    ),
    (
        "Doctored video: Corlan orders inquiry",
        "Corlan ordered an inquiry into how the doctored video reached the blogger. The ministry said the doctored "
        "video had been filmed in March.",
    ),
    (
        "Blogger who posted doctored video questioned",
        "Police in Corlan questioned the blogger who posted the doctored video. Opposition leaders called for the "
        "defence minister to resign over the footage.",
    ),
]


def test_a_format_word_a_participle_qualifies_is_the_thing_the_story_is_about() -> None:
    """ "video" alone is a format; "doctored video", as most articles write it, is what happened."""
    title = story_title(_DOCTORED, key_names(_DOCTORED))
    assert "doctored video" in title.lower(), title


_NO_SHARED_NOUN = [
    (
        "",
        "I still remember my grandmother's kitchen in Tamsford, the smell of bread on a cold morning. Last week the "
        "whole town was talking about the measles outbreak at the primary school, and my sister kept her boys home.",
    ),
    (
        "",
        "My first marathon was a disaster. I started far too fast, my knees gave up at mile twenty and I walked the "
        "rest of the way into Tamsford in the rain, soaked, laughing at myself.",
    ),
    (
        "",
        "Gardening tips for a wet spring: raise your beds, mulch early and never walk on clay soil after a storm. "
        "Readers in Tamsford sent us photographs of their vegetable plots.",
    ),
]


def test_a_topic_sharing_no_noun_is_named_by_an_event_one_article_reports() -> None:
    """Unrelated posts share no noun: the event one reports ("measles outbreak") names it better than a word one
    post repeats."""
    title = story_title(_NO_SHARED_NOUN, key_names(_NO_SHARED_NOUN))
    assert title.lower().endswith("measles outbreak"), title


_BROKEN = [
    (
        "",
        "Th nh ph Hu ng y 3 th ng 5 c m A (H5N1) l n u ti n xu t hi n t i Vi t Nam, B Y t cho bi t. C c ng i "
        "b nh c a c ch ly t i b nh vi n Hu , theo b c s Tran Minh. Ng i d n c n r a tay v "
        "kh ng n th t g s ng. Ch nh quy n Hu c ng b l nh c m v n chuy n g .",
    ),
    (
        "",
        "B Y t Vi t Nam x c nh n th m hai ca c m A (H5N1) t i Hu . C c b c s t i b nh vi n Hu n i r ng "
        "b nh nh n ang h i ph c. Ng i d n c n b o c o g ch t cho ch nh quy n a ph ng ngay.",
    ),
]


def test_text_that_lost_its_accented_letters_is_titled_by_its_whole_names() -> None:
    """A stripped encoding leaves one- and two-letter fragments ("cho", "cents" of "ch cents u"): no phrase of
    them names anything; the names it keeps whole do. "Nam" is not one: the lost letters cut it from "Vi t Nam"
    (title15; a cut place names another place, or none)."""
    title = story_title(_BROKEN, ["Hu", "H5N1", "Vi", "Nam", "Tran Minh"])
    assert title.split()[0] == "H5N1" and len(title.split()) >= 2 and "Nam" not in title.split(), title


_FAMILY = [
    (
        "Wildfire forces evacuation of Pinewell",
        "PINEWELL (Coast Wire) - The Hollow Ridge fire forced 4,000 people from Pinewell on Monday. The Hollow "
        "Ridge fire had burned 2,000 acres by evening.",
    ),
    (
        "Wildfire reaches edge of Pinewell",
        "The Hollow Ridge fire reached the edge of Pinewell overnight, officials said. Crews cut lines around the "
        "town's school.",
    ),
    (
        "Pinewell families wait at fairground as wildfire burns",
        "Families from Pinewell spent a second night at the fairground. The wildfire was 10% contained.",
    ),
]


def test_an_event_takes_the_name_the_texts_give_it_with_its_own_word() -> None:
    """Headlines say "wildfire", the texts name it "the Hollow Ridge fire": the name comes with its word."""
    title = story_title(_FAMILY, ["Pinewell", "Hollow Ridge", "Coast Wire"])
    assert title == "Hollow Ridge fire", title


_INITIALS = [
    (
        "DWA admits billing error hit 9,000 homes",
        "The Dunwell Water Authority admitted on Tuesday that a billing error had overcharged 9,000 homes. DWA "
        "said refunds would be paid in March.",
    ),
    (
        "DWA billing error: what customers should do",
        "Customers of the Dunwell Water Authority who were overcharged should check their March bill, DWA said.",
    ),
    (
        "Regulator to examine DWA billing error",
        "The water regulator will examine the billing error at the Dunwell Water Authority. DWA apologised.",
    ),
]


def test_initials_spelled_out_with_a_place_lead_by_the_place() -> None:
    """ "DWA" tells a reader nothing; "Dunwell", the place the body's spelled-out name opens with, does."""
    title = story_title(_INITIALS, ["DWA", "Dunwell Water Authority"])
    assert title.split()[0] == "Dunwell", title
    assert "billing error" in title.lower(), title


def test_initials_spelled_out_in_common_words_stay() -> None:
    """ "International Water Authority" opens with a common adjective: the initials are the name."""
    texts = [
        (h.replace("DWA", "IWA"), t.replace("DWA", "IWA").replace("Dunwell", "International")) for h, t in _INITIALS
    ]
    title = story_title(texts, ["IWA", "International Water Authority"])
    assert title.split()[0] == "IWA", title


_SEA = [
    (
        "Fishing ban extended",
        "The fishing ban in the Black Sea was extended on Monday, said Anna Petrova, who chairs the fisheries "
        "panel. Trawler crews in the Black Sea said the ban would ruin them.",
    ),
    (
        "Crews protest fishing ban",
        "Trawler crews protested on Tuesday against the fishing ban, which covers the whole Black Sea coast. "
        "Stocks had collapsed, scientists said.",
    ),
    (
        "Fishing ban to last until spring",
        "The fishing ban would last until spring, the panel said. Crews working the Black Sea say they have had "
        "no help.",
    ),
]


def test_a_place_of_several_words_is_never_cut() -> None:
    """ "Black Sea" found only as capitalised words the texts share is "Black Sea", never "Black"."""
    title = story_title(_SEA, [])
    assert title.startswith("Black Sea "), title


def test_a_place_the_texts_say_the_speakers_are_in_is_no_person() -> None:
    """ "Trawler crews in the Black Sea said": a name after "the" does not speak, and "Sea" ends a place's name."""
    title = story_title(_SEA, key_names(_SEA))
    assert title.startswith("Black Sea "), title


_BID = [
    (
        "Morocco launches World Cup bid",
        "Morocco formally launched its bid to host the 2034 World Cup on Monday, with sports minister Karim Tazi "
        "promising six new stadiums. The World Cup bid will be judged by FIFA next year.",
    ),
    (
        "Stadium costs questioned as World Cup bid gathers pace",
        "Economists questioned the cost of the six stadiums in Morocco's World Cup bid on Tuesday. Karim Tazi said "
        "the World Cup would pay for itself.",
    ),
    (
        "FIFA inspectors to visit Morocco",
        "FIFA inspectors will visit Casablanca and Rabat next month to assess the World Cup bid, Karim Tazi said.",
    ),
]


def test_a_phrase_the_texts_give_an_owner_takes_it_in_front() -> None:
    """ "World Cup" says what the bid is for; "Morocco's World Cup bid" says whose: "Morocco World Cup bid"."""
    title = story_title(_BID, key_names(_BID))
    assert title == "Morocco World Cup bid", title


_CLIPPED = [
    (
        "Chemistry exam cancelled after paper found online",
        "The Brenmoor chemistry examination was cancelled on Monday after the paper was found online. Pupils will "
        "sit a new chemistry examination in July, the Brenmoor Board said.",
    ),
    (
        "Pupils angry over chemistry exam chaos",
        "Pupils at Larkhill school said the cancelled chemistry examination had wasted a year of revision. The "
        "Brenmoor Board apologised.",
    ),
    (
        "Brenmoor Board to review chemistry examination security",
        "The Brenmoor Board will review how the chemistry examination paper reached the internet, its chair said.",
    ),
]


def test_a_word_the_headlines_clip_is_written_clipped() -> None:
    """The texts write "examination", most headlines "exam": a title uses the headlines' short form."""
    title = story_title(_CLIPPED, key_names(_CLIPPED))
    assert title.endswith("chemistry exam"), title


def test_a_word_with_a_suffix_is_no_clipping() -> None:
    """ "plan" of "planning" is another word, not a short form: "planning row" stays."""
    texts = [
        (
            "Plan for Osterby flats sparks planning row",
            "A planning row broke out in Osterby on Monday over 300 flats on the old gasworks site. Residents said "
            "the planning committee had ignored them.",
        ),
        (
            "Osterby planning row: council defends plan",
            "Osterby council defended its planning decision on Tuesday as the planning row grew.",
        ),
        (
            "New plan offered to end Osterby planning row",
            "Developers offered a smaller plan on Wednesday to end the planning row in Osterby.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "planning" in title.split(), title


_GROUNDED = [
    (
        "Cracks found on three more Tarnby Air aircraft",
        "Inspectors found cracked wing spars on three more Tarnby Air aircraft, the aviation authority said on "
        "Monday. Tarnby Air said the aircraft would stay on the ground.",
    ),
    (
        "Tarnby Air cancels flights as regulator grounds jet fleet",
        "Tarnby Air cancelled all its flights on Friday after the aviation authority grounded its fleet of eight "
        "jets, a day after a crack was found on one aircraft.",
    ),
    (
        "Tarnby Air aircraft checks to take a month",
        "Checks on the Tarnby Air aircraft will take a month, the airline said. Passengers were offered refunds.",
    ),
]


def test_a_thing_a_headline_verb_acts_on_gives_way_to_the_event() -> None:
    """ "Tarnby Air aircraft" names a thing; "regulator grounds jet fleet" tells what befell it: the grounding."""
    title = story_title(_GROUNDED, key_names(_GROUNDED))
    assert title == "Tarnby Air fleet grounding", title


def test_a_name_in_the_headlines_is_no_clipping() -> None:
    """ "Air" of "Tarnby Air" starts "aircraft" but is a name's word, not a short form of it."""
    texts = [(h, t) for h, t in _GROUNDED if "grounds" not in h]
    title = story_title(texts, key_names(texts))
    assert not title.lower().endswith(" air"), title


_PUMP = [
    (
        "Streets flood in Ostley after main pump failed",
        "Streets in Ostley were under water on Sunday after the main pump at the Ostley pumping station failed. "
        "Engineers said a backup pump was brought in.",
    ),
    (
        "Ostley pump: residents demand answers",
        "Residents asked why the Ostley main pump had not been replaced, after the main pump failed during "
        "Saturday's storm. The water company said it would investigate.",
    ),
    (
        "Ostley residents count cost as main pump failure blamed",
        "Insurers said claims in Ostley could top two million pounds. The water company blamed the main pump "
        "failure for the flooding of 40 homes.",
    ),
]


def test_a_breakdown_told_by_its_verb_counts_as_the_failure() -> None:
    """ "the main pump failed" reports the failure as surely as "pump failure" does."""
    title = story_title(_PUMP, key_names(_PUMP))
    assert title == "Ostley main pump failure", title


def test_failing_to_do_something_is_no_breakdown() -> None:
    """ "failed to agree", "failed in its duty": a charge, not a machine's failure."""
    texts = [
        (
            "Brackley council budget talks collapse again",
            "Brackley councillors failed to agree a budget on Monday. The council budget must be set by March.",
        ),
        (
            "Brackley council budget: what happens next",
            "The council failed in its duty to set a budget, auditors said. The council budget gap is four million.",
        ),
        (
            "Brackley council budget vote set for Friday",
            "Councillors who failed to back the council budget will be asked again on Friday.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "failure" not in title.lower(), title


def test_initials_whose_place_the_texts_name_alone_stay() -> None:
    """ "Dunwell" the texts put homes in ("homes in Dunwell") is more than the authority: "DWA" stays."""
    texts = [(h, f"{t} Homes in Dunwell and Dunwell town centre were hit.") for h, t in _INITIALS]
    title = story_title(texts, ["DWA", "Dunwell Water Authority", "Dunwell"])
    assert title.split()[0] == "DWA", title


def test_a_section_word_in_a_fixed_compound_may_head_a_title() -> None:
    """ "mental health" is one noun the texts always write so: not the "Health" section's label."""
    texts = [
        (
            "Student mental health services stretched at Harlow University",
            "Waiting times for student mental health services at Harlow University have doubled, the students' union "
            "said. The university said mental health funding would rise.",
        ),
        (
            "Harlow University to hire more mental health counsellors",
            "Harlow University will hire six mental health counsellors after student complaints about waits.",
        ),
        (
            "Students march over mental health waits at Harlow University",
            "Hundreds of students marched on Friday over mental health waiting lists at Harlow University.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert title == "Harlow University mental health", title


_ROUNDUP = [
    (
        "Kerran roundup: farms under water",
        "Farmers in Kerran said fields were under water overnight, with 40 farms cut off. Two roads closed.",
    ),
    (
        "Kerran roundup: pumps arrive",
        "Kerran farmers began pumping water from fields on Tuesday. The council said the damage cost two million.",
    ),
    (
        "Kerran roundup: insurers visit",
        "Insurers visited Kerran farms on Saturday. Farmers asked for help with the damage.",
    ),
]


def test_a_label_the_stream_puts_on_many_topics_never_heads_a_title() -> None:
    """ "Roundup:" opens the headlines of many unrelated topics: a site's format, found from the stream, so it
    heads no title, though no list holds it."""
    stream = [
        ["Roundup: harbour works", "Roundup: school fees"],
        ["Roundup: bus fares"],
        ["Roundup: council election"],
        ["Roundup: hospital car parks"],
        ["Ferry strike called off"],
        ["Roundup: zoo reopens"],
    ]
    labels = stream_labels(stream)
    assert "roundup" in labels and "ferry" not in labels, labels
    assert story_title(_ROUNDUP, key_names(_ROUNDUP)).lower().endswith("roundup")  # without the stream's word
    title = story_title(_ROUNDUP, key_names(_ROUNDUP), labels)
    assert "roundup" not in title.lower() and title.startswith("Kerran "), title
