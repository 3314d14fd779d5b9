"""The site in the digests' language: German pages for a German digest, Accept-Language on a mixed site.

A subscriber of a German digest who follows "Abmelden" must land on a German page; a site whose
digests speak different languages answers each browser in the one it prefers (and says it varies).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from starlette.testclient import TestClient
from test_web_support import SECRET, SECRET_ENV, SLUG, Outbox, make_config, sample_data

from digest.config import Config, parse
from digest.deliver import subscribers
from digest.deliver.tokens import Tokens
from digest.i18n.catalogs import catalog_languages
from digest.store import open_db
from digest.web import build_app
from digest.web.language import negotiate, preferred

BASE = "https://digest.example.org"
LOCALE = Path(__file__).resolve().parent.parent / "digest" / "i18n" / "locale"

YAML = """\
version: 1
digests:
  - name: Morning brief
    language: {first}
    recipients: [reader@example.org]
  - name: Weekly
    language: {second}
    recipients: [weekly@example.org]
delivery:
  method: outbox
  outbox: ./outbox
  from: digest@example.org
storage:
  url: sqlite:///./digest.sqlite
web:
  secret_env: {env}
  base_url: {base}
"""

# Headings and labels of the English pages: none may be left on a German one.
ENGLISH = (
    "Subscribe</h1>",
    "Email address",
    "Confirm your subscription",
    "Your subscription",
    "All topics",
    "Only these",
    "You are unsubscribed",
    ">Archive<",
    ">Topics<",
    "No topics yet",
    "history</h1>",
    "Why it matters",
    "Open questions",
    "Key insights",
    "What changed",
    "Versions",
    "Sorry",
    "Back to the archive",
    " items",
    "· version ",
    "· updated ",
)


def config_for(tmp_path: Path, first: str, second: str) -> Config:
    path = tmp_path / "feeds.yaml"
    path.write_text(YAML.format(first=first, second=second, env=SECRET_ENV, base=BASE), encoding="utf-8")
    return parse(path.read_text(encoding="utf-8"), path)


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A started app for the given digest languages, with its store and outbox."""
    monkeypatch.setenv(SECRET_ENV, SECRET)
    opened = []

    def start(first: str, second: str):
        config = config_for(tmp_path, first, second)
        engine = open_db(config.database_url)
        outbox = Outbox()
        client = TestClient(build_app(config, engine, mailer=outbox, data=sample_data(BASE)))
        client.__enter__()
        opened.append((client, engine))
        return client, engine, outbox

    yield start
    for client, engine in opened:
        client.__exit__(None, None, None)
        engine.dispose()


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def link(purpose, sub) -> str:
    return f"/{purpose}/{Tokens(SECRET).make(purpose, sub.id, sub.token_key)}"


def german(html: str) -> None:
    assert '<html lang="de">' in html
    left = [w for w in ENGLISH if w in html]
    assert not left, f"English left on a German page: {left}"


def test_german_site_serves_every_page_in_german(site):
    client, engine, _outbox = site("de", "de")
    pages = {
        "/": ("Ausgaben", "Themen", "aktualisiert am", "68 Artikel", "Abonnieren"),
        "/topics": ("Themen", "aktiv · Version 3 · 68 Artikel"),
        f"/topics/{SLUG}": (
            "· Verlauf</h1>",
            "Version 3",
            "Warum es wichtig ist",
            "Offene Fragen",
            "Was sich geändert",
        ),
        f"/topics/{SLUG}/versions/1": ("Sie lesen eine frühere Version", "Diese Version hat keine Zusammenfassung"),
        "/subscribe": ("Abonnieren</h1>", "E-Mail-Adresse", "Zuerst schicken wir einen Bestätigungslink"),
        "/nowhere": ("Das tut uns leid", "Unter dieser Adresse gibt es nichts.", "Zurück zum Archiv"),
        "/issues/99": ("Diese Ausgabe gibt es im Archiv nicht.",),
        "/confirm/garbage": ("Dieser Link ist ungültig",),
    }
    for path, words in pages.items():
        r = client.get(path)
        assert r.status_code in (200, 400, 404), path
        german(r.text)
        for w in words:
            assert w in r.text, (path, w)
        assert "vary" not in r.headers  # one language: nothing negotiated

    pending = subscribers.subscribe(engine, "neu@example.org")
    r = client.get(link("confirm", pending))
    german(r.text)
    assert "Bestätigen Sie Ihr Abonnement" in r.text and "Abonnement bestätigen</button>" in r.text

    sub = subscribers.confirm(engine, subscribers.subscribe(engine, "leser@example.org").id)
    prefs = client.get(link("preferences", sub) + "?welcome=1")
    german(prefs.text)
    for w in ("Ihr Abonnement", "Danke: leser@example.org ist bestätigt.", "Alle Themen", "Nur diese:", "Speichern"):
        assert w in prefs.text, w
    bad = client.post(
        link("preferences", sub), data={"csrf_token": csrf_of(prefs.text), "topics_mode": "some", "topics": []}
    )
    assert bad.status_code == 400 and "Wählen Sie mindestens ein Thema oder alle Themen." in bad.text

    page = client.get(link("unsubscribe", sub))
    german(page.text)
    assert "<h1>Abmelden</h1>" in page.text and "nicht mehr an <strong>leser@example.org</strong> senden?" in page.text
    done = client.post(link("unsubscribe", sub), data={"csrf_token": csrf_of(page.text)})
    german(done.text)
    assert "Sie sind abgemeldet" in done.text and "Erneut abonnieren" in done.text
    # an old link after the stop: the address is not named, in German
    again = client.get(link("confirm", sub))
    assert "Diese Adresse wurde abgemeldet." in again.text and "leser@" not in again.text


def test_german_sign_up_form_errors_and_mail(site):
    client, _engine, outbox = site("de", "de")
    form = client.get("/subscribe")
    r = client.post("/subscribe", data={"email": "kein-mail", "csrf_token": csrf_of(form.text)})
    assert r.status_code == 400 and "Das sieht nicht wie eine E-Mail-Adresse aus." in r.text
    r = client.post("/subscribe", data={"email": "neu@example.org", "csrf_token": csrf_of(form.text)})
    german(r.text)
    assert "Sehen Sie in Ihr Postfach" in r.text
    message = outbox.messages[-1]
    assert message["Subject"] == "Bestätigen Sie Ihr Abonnement von digest"
    body = message.get_content()
    assert "Jemand, vermutlich Sie, möchte digest an diese Adresse erhalten." in body
    assert "/confirm/" in outbox.last_link("confirm")
    expired = client.post("/subscribe", data={"email": "x@example.org", "csrf_token": "forged"})
    assert expired.status_code == 403 and "Dieses Formular ist abgelaufen" in expired.text
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    big = client.post("/subscribe", content=b"x" * 200_000, headers=form_type)
    assert big.status_code == 413 and big.text == "Die Anfrage ist zu groß."


def test_topic_diff_sections_and_perspective_changes_are_translated(site):
    client, _engine, _outbox = site("fr", "fr")
    r = client.get(f"/topics/{SLUG}")
    assert '<html lang="fr">' in r.text
    diff = r.text.split('id="changes"', 1)[1].split('id="versions"', 1)[0]
    headings = re.findall(r"<h3>([^<]+)</h3>", diff)
    english = {"What", "Why it matters", "Key insights", "Timeline", "Narrative"}
    assert headings and not english & set(headings), headings
    assert "Depuis la <a" in diff and "articles" in diff
    assert "Évolution : " in r.text


def test_mixed_site_negotiates_accept_language(site):
    client, _engine, _outbox = site("de", "fr")
    cases = {
        None: "de",  # no preference: the first digest's language
        "fr-FR,fr;q=0.9": "fr",
        "en-US,en;q=0.9,fr;q=0.5,de;q=0.3": "fr",
        "de;q=0.2, fr;q=0.8": "fr",
        "es, en": "de",  # none of the site's: the first digest's
        "fr;q=0, de": "de",
    }
    for header, lang in cases.items():
        headers = {"Accept-Language": header} if header else {}
        for path in ("/", "/subscribe", f"/topics/{SLUG}", "/nowhere"):
            r = client.get(path, headers=headers)
            assert f'<html lang="{lang}">' in r.text, (header, path)
            assert r.headers["vary"] == "Accept-Language", (header, path)
    # kept topic pages are kept per language
    assert "Pourquoi c’est important" in client.get(f"/topics/{SLUG}", headers={"Accept-Language": "fr"}).text
    assert "Warum es wichtig ist" in client.get(f"/topics/{SLUG}", headers={"Accept-Language": "de"}).text
    # an issue speaks its digest's language whatever the browser asks, and does not vary
    issue = client.get("/issues/1", headers={"Accept-Language": "fr"})
    assert 'lang="de"' in issue.text and "Nur Text" in issue.text and "vary" not in issue.headers
    feed = client.get("/feed.xml")
    assert '<entry xml:lang="de">' in feed.text and "vary" not in feed.headers


def test_english_site_stays_english_and_does_not_vary(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    try:
        with TestClient(build_app(config, engine, mailer=Outbox(), data=sample_data(BASE))) as client:
            r = client.get("/", headers={"Accept-Language": "de"})
            assert '<html lang="en">' in r.text and "<h2>Issues</h2>" in r.text and "vary" not in r.headers
            assert '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">' in client.get("/feed.xml").text
    finally:
        engine.dispose()


def test_accept_language_parsing():
    assert preferred("da, en-GB;q=0.8, en;q=0.7") == ["da", "en-GB", "en"]
    assert preferred("*, fr;q=0.5, de;q=bad") == ["fr"]
    assert preferred(None) == [] and preferred("") == []
    assert negotiate("de-AT", ("fr", "de")) == "de"
    assert negotiate("x" * 5000, ("fr", "de")) == "fr"


def _empty(string: object) -> bool:
    return not all(string) if isinstance(string, tuple) else not string


def test_every_message_of_the_template_is_translated_in_every_catalog():
    with (LOCALE / "digest.pot").open("rb") as fh:
        template = read_po(fh)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert "Back to the archive" in ids and "%(num)d item" in ids  # the web pages' messages are extracted
    for lang in catalog_languages()[1:]:
        with (LOCALE / lang / "LC_MESSAGES" / "digest.po").open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for msgid in sorted(ids):
            message = catalog.get(msgid)
            assert message is not None, (lang, msgid)
            assert not _empty(message.string), (lang, msgid)
            assert not message.fuzzy, (lang, msgid)
            if isinstance(message.string, tuple):
                assert len(message.string) == catalog.num_plurals, (lang, msgid)


DAYS = {  # 22 May 2026 (issue 2, topic updated), 14 and 19 May 2026 (timeline entries) as each language writes them
    "en": ("22 May 2026", "14 May 2026", "19 May 2026"),
    "de": ("22. Mai 2026", "14. Mai 2026", "19. Mai 2026"),
    "fr": ("22 mai 2026", "14 mai 2026", "19 mai 2026"),
    "es": ("22 may 2026", "14 may 2026", "19 may 2026"),
}


@pytest.mark.parametrize("lang", sorted(DAYS))
def test_dates_are_written_in_the_page_language_and_kept_iso_for_machines(site, lang):
    client, _engine, _outbox = site(lang, lang)
    day, entry, added = DAYS[lang]
    archive = client.get("/").text
    assert f'#2 · <time datetime="2026-05-22">{day}</time>' in archive  # an issue in the archive
    assert f'<time datetime="2026-05-22">{day}</time></span>' in archive  # a topic's last update
    assert f'<time datetime="2026-05-22">{day}</time></span>' in client.get("/topics").text
    issue = client.get("/issues/2").text  # the banner over the stored email
    assert f'#2 &middot; <time datetime="2026-05-22">{day}</time> &middot;' in issue
    topic = client.get(f"/topics/{SLUG}").text
    assert f'<p class="meta"><time datetime="2026-05-22T19:36:00Z">{day}, 19:36 UTC</time> · ' in topic
    assert f'<time datetime="2026-05-14">{entry}</time>: Trump-Xi' in topic  # the timeline
    assert f'<span class="mark">+</span> {added}: Japan Times' in topic  # a timeline line in "What changed"
    shown = re.sub(r"<[^>]*>", "", topic)  # what a reader sees: the attributes keep ISO dates, the text has none
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), "an ISO date left in the text"
