"""Message catalogs for the words around the content: gettext .po files, compiled in memory when loaded.

`digest/i18n/locale/<code>/LC_MESSAGES/digest.po` holds one language's translations of the templates'
headings, footer and plurals (msgids are the English text). Shipping the .po files and compiling them
on first use means neither `pip install -e .` nor a wheel needs a build step, and an editor can fix a
translation by editing text. Regenerate the template and merge it into the catalogs with the
two `pybabel` commands in README's languages section.
"""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources
from io import BytesIO

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from digest.i18n import DEFAULT, normalize

DOMAIN = "digest"


@cache
def translations(code: str | None) -> gettext.NullTranslations:
    """The catalog of a language; English (the msgids themselves) when there is none."""
    lang = normalize(code) or DEFAULT
    path = resources.files("digest.i18n").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")
    if lang == DEFAULT or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def locale_for(code: str | None) -> Locale:
    """Babel's locale for dates and numbers; English when the code is unknown to it."""
    try:
        return Locale.parse(normalize(code) or DEFAULT)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT)


def catalog_languages() -> tuple[str, ...]:
    """The languages with a message catalog, English (built in) first."""
    root = resources.files("digest.i18n").joinpath("locale")
    found = sorted(p.name for p in root.iterdir() if p.joinpath("LC_MESSAGES", f"{DOMAIN}.po").is_file())
    return (DEFAULT, *[c for c in found if c != DEFAULT])
