"""feeds.yaml validation: every mistake names the file, the line and the key."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from digest import config
from digest.cli import main

GOOD = """\
version: 1
feeds:
  - url: https://example.org/feed.xml
    name: Example
    tags: [policy]
topics:
  - name: AI safety
    include: [AI safety]
digests:
  - name: Morning brief
    schedule: "0 7 * * 1-5"
    timezone: Europe/London
    recipients: [reader@example.org]
"""


def problems(text: str) -> list[str]:
    with pytest.raises(config.ConfigError) as info:
        config.parse(text, "feeds.yaml")
    return info.value.problems


def test_good_config_validates():
    cfg = config.parse(GOOD, "feeds.yaml")
    assert cfg.feeds[0].display_name == "Example"
    assert cfg.digest("morning brief").timezone == "Europe/London"
    assert cfg.delivery.method == "outbox"


def test_misspelled_key_names_line_and_suggests():
    (msg,) = problems(GOOD.replace("    tags: [policy]", "    tgas: [policy]"))
    assert msg.startswith("feeds.yaml:5: feeds.0.tgas: unknown key 'tgas'")
    assert "did you mean 'tags'" in msg


@pytest.mark.parametrize(
    ("edit", "line", "needle"),
    [
        (('"0 7 * * 1-5"', '"0 25 * * *"'), 11, "bad cron expression"),
        (("Europe/London", "Europe/Lodnon"), 12, "unknown time zone"),
        (("https://example.org/feed.xml", "file:///etc/passwd"), 3, "must be http(s)"),
        (("reader@example.org", "not-an-address"), 13, "not an email address"),
    ],
)
def test_bad_values_name_their_line(edit, line, needle):
    (msg,) = problems(GOOD.replace(*edit))
    assert msg.startswith(f"feeds.yaml:{line}:")
    assert needle in msg


def test_duplicate_feed_and_duplicate_key():
    dup = GOOD.replace("topics:", "  - url: https://EXAMPLE.org/feed.xml/\ntopics:")
    (msg,) = problems(dup)
    assert msg.startswith("feeds.yaml:6: feeds.1.url: duplicate feed (same as line 3)")
    (msg,) = problems(GOOD.replace("digests:", "  - name: ai SAFETY\ndigests:"))
    assert msg.startswith("feeds.yaml:9: topics.1.name: duplicate name")
    (msg,) = problems(GOOD.replace("    name: Example\n", "    name: Example\n    name: Again\n"))
    assert msg.startswith("feeds.yaml:5:") and "duplicate key 'name'" in msg


def test_tab_indentation_is_explained():
    (msg,) = problems(GOOD.replace("    name: Example", "\tname: Example"))
    assert msg == "feeds.yaml:4: a tab is used for indentation; YAML needs spaces"


def test_crontab_weekdays_are_standard():
    cfg = config.parse(GOOD.replace('"0 7 * * 1-5"', '"0 7 * * 5-7"'), "feeds.yaml")
    assert cfg.digests[0].schedule == "0 7 * * 5-7"


def test_yaml_is_loaded_safely():
    (msg,) = problems("feeds: !!python/object/apply:os.system ['true']\n")
    assert msg.startswith("feeds.yaml:1:")


def test_smtp_password_is_never_in_the_file():
    text = GOOD + "delivery:\n  method: smtp\n  smtp: {host: localhost, password: hunter2}\n"
    (msg,) = problems(text)
    assert "unknown key 'password'" in msg and "password_env" in msg


def test_relative_paths_follow_the_file(tmp_path: Path):
    path = tmp_path / "feeds.yaml"
    path.write_text(GOOD)
    cfg = config.load(path)
    assert cfg.database_url == f"sqlite:///{tmp_path / 'data' / 'digest.sqlite'}"
    assert cfg.outbox_dir == tmp_path / "outbox"


def test_validate_command(tmp_path: Path):
    path = tmp_path / "feeds.yaml"
    path.write_text(GOOD)
    ok = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert ok.exit_code == 0, ok.output
    assert "valid — 1 feed, 1 topic, 1 digest" in ok.output
    path.write_text(GOOD.replace("    tags:", "    tagz:"))
    bad = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert bad.exit_code == 1
    assert f"{path}:5: feeds.0.tagz: unknown key" in bad.output


def test_shipped_feeds_yaml_validates():
    root = Path(__file__).resolve().parents[1]
    cfg = config.load(root / "feeds.yaml")
    assert len(cfg.feeds) >= 5 and cfg.digests
