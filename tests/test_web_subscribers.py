"""Subscribers: feeds.yaml sync, sign-up states, unsubscribes that stick, CSV import and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner
from test_web_support import SECRET, SECRET_ENV, make_config

from digest.cli import main
from digest.deliver import subscribers
from digest.deliver.tokens import SecretError, Tokens
from digest.store import open_db

NOW = datetime(2026, 5, 22, 7, 0, tzinfo=UTC)


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    return make_config(tmp_path)


def emails(recipients) -> list[str]:
    return sorted(r.email for r in recipients)


def test_feeds_yaml_recipients_are_synced_confirmed_with_editors_flagged(db, config):
    got = subscribers.recipients_for(db, config, "Morning brief")
    assert emails(got) == ["editor@example.org", "gone@example.org", "reader@example.org"]
    assert {r.email: r.editor for r in got} == {
        "editor@example.org": True,
        "gone@example.org": False,
        "reader@example.org": False,
    }
    row = subscribers.by_email(db, "reader@example.org")
    assert row is not None and row.status == "confirmed" and row.source == "feeds.yaml"
    assert row.digests == ("Morning brief",)
    # a second run changes nothing
    assert emails(subscribers.recipients_for(db, config, "Morning brief")) == emails(got)
    assert emails(subscribers.recipients_for(db, config, "weekly")) == ["weekly@example.org"]


def test_unsubscribe_url_is_a_signed_link_for_that_subscriber(db, config):
    got = {r.email: r for r in subscribers.recipients_for(db, config, "Morning brief")}
    url = got["reader@example.org"].unsubscribe_url
    assert url is not None and url.startswith("https://digest.example.org/unsubscribe/")
    subject = Tokens(SECRET).read("unsubscribe", url.rsplit("/", 1)[1])
    row = subscribers.by_email(db, "reader@example.org")
    assert row is not None and subject.subscriber_id == row.id and subject.token_key == row.token_key
    assert "reader" not in url  # the token holds no address


def test_no_unsubscribe_url_without_base_url_and_no_recipients_without_the_secret(db, tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    no_base = make_config(tmp_path, base_url=None)
    assert all(r.unsubscribe_url is None for r in subscribers.recipients_for(db, no_base, "Morning brief"))
    monkeypatch.delenv(SECRET_ENV)
    with_base = make_config(tmp_path)
    with pytest.raises(SecretError, match=SECRET_ENV):  # links configured but unsigned: nobody gets it
        subscribers.recipients_for(db, with_base, "Morning brief")


def test_unsubscribed_address_is_never_a_recipient_even_when_in_feeds_yaml(db, config):
    subscribers.recipients_for(db, config, "Morning brief")
    gone = subscribers.by_email(db, "gone@example.org")
    assert gone is not None
    assert subscribers.unsubscribe(db, gone.id, NOW) is True
    assert subscribers.unsubscribe(db, gone.id) is False  # repeat: harmless, first time kept
    assert subscribers.get(db, gone.id).unsubscribed == NOW
    for _ in range(2):
        assert "gone@example.org" not in emails(subscribers.recipients_for(db, config, "Morning brief"))
    assert subscribers.is_unsubscribed(db, "GONE@example.org ")
    assert not subscribers.is_unsubscribed(db, "reader@example.org")
    assert not subscribers.is_unsubscribed(db, "nobody@example.org")
    # a CSV import does not bring it back either
    assert subscribers.get(db, gone.id).status == "unsubscribed"


def test_removed_before_first_sync_is_never_added(db, config):
    assert subscribers.remove(db, "Reader@Example.org") is True
    assert subscribers.remove(db, "reader@example.org") is False
    assert "reader@example.org" not in emails(subscribers.recipients_for(db, config, "Morning brief"))
    assert subscribers.is_unsubscribed(db, "reader@example.org")


def test_web_signup_needs_confirmation_and_respects_digest_choice(db, config):
    sub = subscribers.subscribe(db, " New@Example.org ", digests=["Weekly"], now=NOW)
    assert sub.email == "new@example.org" and sub.status == "pending" and sub.source == "web"
    assert "new@example.org" not in emails(subscribers.recipients_for(db, config, "Weekly"))
    subscribers.confirm(db, sub.id, NOW)
    assert "new@example.org" in emails(subscribers.recipients_for(db, config, "Weekly"))
    assert "new@example.org" not in emails(subscribers.recipients_for(db, config, "Morning brief"))
    subscribers.set_preferences(db, sub.id, digests="all", topics=["us-china-ai-safety-protocol"])
    assert "new@example.org" in emails(subscribers.recipients_for(db, config, "Morning brief"))
    assert subscribers.get(db, sub.id).topics == ("us-china-ai-safety-protocol",)


def test_neither_confirm_nor_a_new_signup_revives_an_unsubscribe_only_a_reopening_confirm(db, config):
    sub = subscribers.subscribe(db, "back@example.org", now=NOW)
    subscribers.confirm(db, sub.id)
    subscribers.unsubscribe(db, sub.id)
    stopped = subscribers.get(db, sub.id)
    assert stopped.token_key != sub.token_key  # every link made before the stop is void
    assert subscribers.confirm(db, sub.id).status == "unsubscribed"
    again = subscribers.subscribe(db, "back@example.org")
    assert again.id == sub.id and again.status == "unsubscribed"  # a sign-up alone changes nothing
    # the web confirm page passes reopen=True only for a link carrying the current (post-stop) key
    assert subscribers.confirm(db, sub.id, reopen=True).status == "confirmed"
    assert subscribers.get(db, sub.id).unsubscribed is None


def test_signup_of_a_confirmed_address_changes_nothing(db, config):
    sub = subscribers.subscribe(db, "keep@example.org", digests=["Weekly"])
    subscribers.confirm(db, sub.id)
    again = subscribers.subscribe(db, "keep@example.org", digests="all")
    assert again.status == "confirmed" and again.digests == ("Weekly",)


def test_feeds_yaml_listing_confirms_a_pending_signup(db, config):
    sub = subscribers.subscribe(db, "reader@example.org")
    assert sub.status == "pending"
    assert "reader@example.org" in emails(subscribers.recipients_for(db, config, "Morning brief"))
    assert subscribers.get(db, sub.id).status == "confirmed"


def test_listed_subscriber_who_chose_other_digests_is_respected(db, config):
    subscribers.recipients_for(db, config, "Morning brief")
    reader = subscribers.by_email(db, "reader@example.org")
    subscribers.set_preferences(db, reader.id, digests=["Weekly"], topics="all")
    assert "reader@example.org" not in emails(subscribers.recipients_for(db, config, "Morning brief"))
    assert "reader@example.org" in emails(subscribers.recipients_for(db, config, "Weekly"))


@pytest.mark.parametrize(
    "bad", ["", "no-at-sign", "a@b@c", "x y@example.org", "<a@example.org>", "a@example.org\r\nBcc: x"]
)
def test_bad_addresses_are_refused(db, bad):
    with pytest.raises(subscribers.InvalidEmail):
        subscribers.subscribe(db, bad)


def test_csv_import_confirms_and_never_revives(db, config, tmp_path):
    subscribers.remove(db, "gone@example.org")
    pending = subscribers.subscribe(db, "pending@example.org")
    csv = tmp_path / "people.csv"
    csv.write_text(
        "email,digests\n"
        "one@example.org,\n"
        '"two@example.org","Weekly; morning brief"\n'
        "gone@example.org,Weekly\n"
        "pending@example.org,all\n"
        "\n"
        "# a comment\n",
        encoding="utf-8",
    )
    result = subscribers.import_csv(db, config, csv, NOW)
    assert (result.added, result.confirmed, result.unchanged) == (2, 1, 0)
    assert result.skipped_unsubscribed == ["gone@example.org"]
    two = subscribers.by_email(db, "two@example.org")
    assert two.source == "csv" and two.status == "confirmed" and two.digests == ("Morning brief", "Weekly")
    assert subscribers.get(db, pending.id).status == "confirmed"
    assert subscribers.is_unsubscribed(db, "gone@example.org")
    assert "one@example.org" in emails(subscribers.recipients_for(db, config, "Weekly"))


def test_csv_import_with_errors_imports_nothing(db, config, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("ok@example.org\nnot an address\nfine@example.org,Nightly\na@example.org,b,c\n", encoding="utf-8")
    with pytest.raises(subscribers.CsvImportError) as err:
        subscribers.import_csv(db, config, csv)
    text = str(err.value)
    assert f"{csv}:2: not an email address" in text
    assert f"{csv}:3: unknown digest 'Nightly' (known: Morning brief, Weekly)" in text
    assert f"{csv}:4: expected email[,digests]" in text
    assert subscribers.list_subscribers(db) == []


def test_cli_import_list_remove(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    csv = tmp_path / "people.csv"
    csv.write_text("a@example.org\nb@example.org,Weekly\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["subscribers", "import", "--config", str(config.path), str(csv)])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output

    result = runner.invoke(main, ["subscribers", "remove", "--config", str(config.path), "B@example.org"])
    assert result.exit_code == 0 and "b@example.org: unsubscribed" in result.output
    result = runner.invoke(main, ["subscribers", "remove", "--config", str(config.path), "b@example.org"])
    assert result.exit_code == 0 and "b@example.org: already unsubscribed" in result.output
    # An address nobody knew is suppressed too, and the editor is told it was not a subscriber.
    result = runner.invoke(main, ["subscribers", "remove", "--config", str(config.path), "Stranger@example.org"])
    assert result.exit_code == 0 and "stranger@example.org: was not a subscriber" in result.output

    result = runner.invoke(main, ["subscribers", "list", "--config", str(config.path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["email"]: r for r in json.loads(result.output)}
    assert rows["a@example.org"]["status"] == "confirmed" and rows["a@example.org"]["digests"] == "all"
    assert rows["b@example.org"]["status"] == "unsubscribed" and rows["b@example.org"]["unsubscribed"]
    assert rows["stranger@example.org"]["status"] == "unsubscribed"

    result = runner.invoke(main, ["subscribers", "list", "--config", str(config.path)])
    assert result.exit_code == 0 and "b@example.org" in result.output and "unsubscribed" in result.output

    engine = open_db(config.database_url)
    assert subscribers.is_unsubscribed(engine, "b@example.org")
    engine.dispose()


def test_cli_errors_are_clear(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    runner = CliRunner()
    bad = tmp_path / "bad.csv"
    bad.write_text("nope\n", encoding="utf-8")
    result = runner.invoke(main, ["subscribers", "import", "--config", str(config.path), str(bad)])
    assert result.exit_code == 1 and f"{bad}:1: not an email address" in result.output
    result = runner.invoke(main, ["subscribers", "remove", "--config", str(config.path), "nope"])
    assert result.exit_code == 1 and "not an email address" in result.output
    result = runner.invoke(main, ["subscribers", "list", "--config", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_serve_refuses_to_start_without_the_secret(tmp_path, monkeypatch):
    monkeypatch.delenv(SECRET_ENV, raising=False)
    config = make_config(tmp_path)
    result = CliRunner().invoke(main, ["serve", "--config", str(config.path), "--port", "9"])
    assert result.exit_code == 1
    assert f"cannot serve: the environment variable {SECRET_ENV} is not set" in result.output
    monkeypatch.setenv(SECRET_ENV, "short")
    result = CliRunner().invoke(main, ["serve", "--config", str(config.path)])
    assert result.exit_code == 1 and "too short" in result.output


def test_help_texts():
    runner = CliRunner()
    for args in (["serve"], ["subscribers", "import"], ["subscribers", "list"], ["subscribers", "remove"]):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0 and "--config" in result.output, args
    result = runner.invoke(main, ["subscribers", "--help"])
    assert result.exit_code == 0 and "import" in result.output and "remove" in result.output


def test_sync_config_and_topics_for(db, config):
    subscribers.sync_config(db, config)
    assert {s.email for s in subscribers.list_subscribers(db)} == {
        "reader@example.org",
        "editor@example.org",
        "gone@example.org",
        "weekly@example.org",
    }
    assert subscribers.by_email(db, "reader@example.org").digests == ("Morning brief",)
    reader = subscribers.by_email(db, "reader@example.org")
    assert subscribers.topics_for(db, "reader@example.org") == "all"
    subscribers.set_preferences(db, reader.id, digests="all", topics=["a", "b"])
    assert subscribers.topics_for(db, "Reader@example.org") == ("a", "b")
    assert subscribers.topics_for(db, "unknown@example.org") == "all"
