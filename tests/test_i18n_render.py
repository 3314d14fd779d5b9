"""The words around the content in the digest's language: headings, footer, dates, plurals; English unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import ValidationError

from digest.config import DigestConfig, FeedConfig
from digest.i18n.catalogs import catalog_languages, translations
from digest.models import Recipient
from digest.render.renderer import Renderer
from digest.render.sample import sample_context

READER = Recipient("reader@example.org", "https://example.org/u/token")

EXPECTED = {
    "de": [
        "Ausgabe 12",
        "Die Geschichte",
        "Offene Fragen",
        "Quellen",
        "Sie erhalten Morning brief",
        "bmelden",
        "Mai 2026",
    ],
    "fr": [
        "Numéro 12",
        "L’histoire",
        "Questions ouvertes",
        "Sources",
        "Vous recevez Morning brief",
        "Se désabonner",
        "mai 2026",
    ],
    "es": [
        "Número 12",
        "La historia",
        "Preguntas abiertas",
        "Fuentes",
        "Recibe Morning brief",
        "Darse de baja",
        "may 2026",
    ],
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_headings_footer_and_dates_in_the_digest_language(lang: str) -> None:
    message = Renderer().render(replace(sample_context(), language=lang), READER)
    for part in (message.text, message.html):
        for words in EXPECTED[lang]:
            assert words in part, (lang, words)
        for english in ("The story", "Open questions", "Issue 12", "You receive", "Key insights"):
            assert english not in part, (lang, english)
    assert f'lang="{lang}"' in message.html


def test_english_stays_the_default() -> None:
    message = Renderer().render(sample_context(), READER)
    for words in ("Issue 12", "The story", "Sources", "You receive Morning brief", "Unsubscribe"):
        assert words in message.text
    assert Renderer().render(replace(sample_context(), language="en"), READER) == message


def test_plurals_follow_the_language() -> None:
    de, fr = translations("de"), translations("fr")
    assert de.ngettext("%(num)d new article", "%(num)d new articles", 1) % {"num": 1} == "1 neuer Artikel"
    assert de.ngettext("%(num)d new article", "%(num)d new articles", 3) % {"num": 3} == "3 neue Artikel"
    assert (
        fr.ngettext("%(num)d new article", "%(num)d new articles", 0) % {"num": 0} == "0 nouvel article"
    )  # 0 is singular


def test_every_catalog_translates_every_message() -> None:
    english = translations("en")
    for lang in catalog_languages()[1:]:
        t = translations(lang)
        for msg in ("The story", "Unsubscribe", "Open questions", "Key insights"):
            assert t.gettext(msg) != english.gettext(msg), (lang, msg)


def test_digest_and_feed_language_in_config() -> None:
    assert DigestConfig(name="Morgen", language="de-DE").language == "de"
    assert DigestConfig(name="Morning").language == "en"
    with pytest.raises(ValidationError, match="unsupported language"):
        DigestConfig(name="X", language="tlh")
    assert FeedConfig(url="https://example.org/feed.xml", language="fr").language == "fr"


def test_framing_lines_of_briefs_follow_the_digest_language() -> None:
    from digest.render.views import localize, rendering_language

    line = "2 new articles since version 1, from Nordsee-Zeitung and Radio Weser; new outlet: Radio Weser"
    with rendering_language("de"):
        assert localize(line) == (
            "2 neue Artikel seit Version 1, von Nordsee-Zeitung und Radio Weser; neues Medium: Radio Weser"
        )
        assert localize("New voice: Anna Roth") == "Neue Stimme: Anna Roth"
        assert localize("Upcoming: Der Verband berät am 15. Januar.") == "Demnächst: Der Verband berät am 15. Januar."
        assert (
            localize("Die Stadt hat nicht gesagt, wann der Bau beginnt.")
            == "Die Stadt hat nicht gesagt, wann der Bau beginnt."
        )
    with rendering_language("fr"):
        assert localize("New open question: Qui paiera ?") == "Nouvelle question ouverte : Qui paiera ?"
    assert localize(line) == line  # English: as the brief wrote it


SPLITS = {
    "en": ("New topic, split from Mine closure (12 articles moved over)", "1 article split off into the new topic"),
    "de": ("Neues Thema, abgespalten von Mine closure (12 Artikel übernommen)", "1 Artikel hat sich als neues Thema"),
    "fr": ("Nouveau sujet, détaché de Mine closure (12 articles repris)", "1 article s’est détaché dans le nouveau"),
    "es": ("Tema nuevo, separado de Mine closure (12 artículos trasladados)", "1 artículo se separó en el nuevo tema"),
}


@pytest.mark.parametrize("lang", sorted(SPLITS))
def test_a_split_is_told_in_the_digest_language(lang: str) -> None:
    """A new topic says where it came from; the topic it left says what split off, in both parts of the mail."""
    from digest.models import TopicSplit

    ctx = sample_context()
    branch, trunk = ctx.updates
    updates = [
        replace(branch, split_from=TopicSplit("mine-closure", "Mine closure", 12)),
        replace(trunk, split_off=(TopicSplit("teachers-strike", "Teachers' strike", 1),)),
    ]
    message = Renderer().render(replace(ctx, language=lang, updates=updates), READER)
    origin, gone = SPLITS[lang]
    for part in (" ".join(message.text.split()), message.html.replace("&#39;", "'")):
        assert origin in part
        assert gone in part and "Teachers' strike" in part
