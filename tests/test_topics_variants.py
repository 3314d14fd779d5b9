"""Spelling variants and demonyms: folded when the stream shows them as one name, kept apart otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

from digest.topics.engine import Cluster, Doc, Vec, fold_variants
from digest.topics.features import feature_id, featurize
from digest.topics.variants import find_variants, skeleton


def test_transliterations_share_a_key_and_neighbouring_countries_do_not() -> None:
    assert len({skeleton(w) for w in ("Gaddafi", "Qaddafi", "Gadhafi", "Kadhafi", "Gadhafy")}) == 1
    assert skeleton("Misrata") == skeleton("Misurata")
    assert skeleton("Daraa") == skeleton("Deraa")
    assert skeleton("Ajdabiya") == skeleton("Ajdabiyah")
    assert skeleton("al-Qaeda") == skeleton("Qaida")
    assert skeleton("Niger") != skeleton("Nigeria")
    assert skeleton("Iraq") != skeleton("Iran")


def _article(*names: str) -> list[tuple[str, float]]:
    return [(n, 1.0) for n in names]


def test_spellings_with_the_same_company_fold_into_the_most_named() -> None:
    sources = [
        _article("Gaddafi", "Tripoli", "Benghazi", "NATO"),
        _article("Gaddafi", "Tripoli", "Misrata"),
        _article("Gaddafi", "Benghazi", "Libya"),
        _article("Qaddafi", "Tripoli", "Benghazi", "Libya"),
        _article("Syrian", "Assad", "Damascus"),
        _article("Syria", "Assad", "Homs", "Damascus"),
        _article("BP", "Hayward", "Gulf", "Louisiana"),
        _article("Obama", "Washington", "Congress"),
    ]
    canon = find_variants(sources, [True] * len(sources))
    assert canon == {"qaddafi": "gaddafi", "syrian": "syria"}


def test_similar_names_of_different_stories_stay_distinct() -> None:
    # Howard and Hayward, Paris and Peres share a transliteration key, not their company.
    sources = [
        _article("Hayward", "BP", "Louisiana", "Gulf"),
        _article("Hayward", "BP", "Transocean"),
        _article("Howard", "Sydney", "Australia", "Canberra"),
        _article("Howard", "Canberra", "Labor"),
        _article("Paris", "France", "Sarkozy"),
        _article("Peres", "Israel", "Netanyahu"),
    ]
    assert find_variants(sources, [True] * len(sources)) == {}


def test_two_spellings_in_one_article_are_two_names() -> None:
    sources = [_article("Hayward", "Howard", "BP"), _article("Hayward", "BP"), _article("Howard", "BP")]
    assert find_variants(sources, [True] * len(sources)) == {}


def test_grouping_sees_one_entity_in_articles_and_clusters() -> None:
    when = datetime(2011, 3, 1, tzinfo=UTC)
    text = "Forces loyal to {} shelled Misrata as rebels in Benghazi waited. Tripoli said {} would stay. Misrata fell."
    docs = [
        Doc(id=f"{k}{i}", time=when, source=k, features=featurize("", text.format(name, name)))
        for k, name in (("a", "Gaddafi"), ("b", "Qaddafi"), ("c", "Gaddafi"))
        for i in range(2)
    ]
    old = featurize("", text.format("Qaddafi", "Qaddafi"))
    cluster = Cluster(
        key="~old",
        is_topic=False,
        words=Vec.from_dict(old.words),
        entities=Vec.from_dict(old.entities),
        last=when,
        names={n: float(c) for n, c in old.names},
    )
    state = {"~old": cluster}
    out = fold_variants(state, docs, when)
    gaddafi, qaddafi = feature_id("e:gaddafi"), feature_id("e:qaddafi")
    assert all(gaddafi in d.features.entities and qaddafi not in d.features.entities for d in out)
    assert all(dict(d.features.names).get("Gaddafi") for d in out)
    assert gaddafi in cluster.entities.idx and qaddafi not in cluster.entities.idx
    assert "Gaddafi" in cluster.names and "Qaddafi" not in cluster.names
    # Pure for its inputs' features: the original articles keep their spelling.
    assert dict(docs[2].features.names).get("Qaddafi")


def test_a_demonym_folds_alone_but_never_inside_a_longer_name() -> None:
    """ "Syrian" stands for Syria; "Syrian Observatory for Human Rights" stays itself, "Julia Gillard" is not
    "Julian Gillard" because Assange's first name looks like her first name's people."""
    when = datetime(2011, 5, 2, tzinfo=UTC)
    texts = [
        "Julian Assange spoke in London. Julia Gillard said in Canberra that the leaks were illegal.",
        "Lawyers for Julian Assange spoke. Julia Gillard was criticised in Canberra.",
        "Julia Gillard spoke in Canberra as Julian Assange stayed in London.",
        "Tanks shelled Homs in Syria as Assad spoke in Damascus. The Syrian Observatory for Human Rights counted"
        " 20 dead.",
        "In Syria, the army of Assad entered Homs. Damascus denied it. Syria closed its borders.",
        "The Syrian army entered Homs; Assad in Damascus said Homs was calm. The Syrian Observatory for Human Rights"
        " disagreed.",
    ]
    docs = [Doc(id=f"d{i}", time=when, source=f"s{i}", features=featurize("", t)) for i, t in enumerate(texts)]
    names = [dict(d.features.names) for d in fold_variants({}, docs, when)]
    assert all("Julian Gillard" not in n and "Julia Assange" not in n for n in names)
    assert "Syrian Observatory for Human Rights" in names[5] and "Syria" in names[5] and "Syrian" not in names[5]
