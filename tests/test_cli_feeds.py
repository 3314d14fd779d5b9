"""`digest feeds add|import|export`: feeds.yaml edited in place with its comments; OPML in and out."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.config import load

FILE = """\
# Our feeds. Keep this comment.
version: 1

feeds:
  # the first feed
  - url: https://example.org/feed.xml
    name: "Example"   # quoted on purpose
    tags: [policy]

digests:
  - name: Weekly
    recipients: [reader@example.org]
"""

OPML = b"""<?xml version="1.0"?>
<opml version="1.1">
  <head><title>From another reader</title></head>
  <body>
    <outline text="Transport">
      <outline text="Tram blog" type="rss" xmlUrl="https://trams.example.net/rss"/>
      <outline text="Ferries" type="rss" xmlUrl="https://ferries.example.net/atom.xml" category="/boats,/harbour"/>
    </outline>
    <outline text="Example again" type="rss" xmlUrl="https://example.org/feed.xml"/>
    <outline text="Not a feed" htmlUrl="https://example.com/"/>
  </body>
</opml>
"""


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def test_add_keeps_comments_and_refuses_a_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(FILE)
    result = cli(
        "feeds",
        "add",
        "https://news.example.com/rss",
        "--name",
        "News",
        "--tag",
        "a",
        "--tag",
        "b",
        "--config",
        str(path),
    )
    assert result.exit_code == 0, result.output
    assert "(line 9)" in result.output
    text = path.read_text()
    assert text.startswith(FILE.split("\n\ndigests:")[0])  # everything before the new entry untouched
    assert "  - url: https://news.example.com/rss\n    name: News\n    tags: [a, b]\n" in text
    assert "# the first feed" in text and '"Example"   # quoted on purpose' in text
    assert [f.url for f in load(path).feeds] == ["https://example.org/feed.xml", "https://news.example.com/rss"]

    again = cli("feeds", "add", "https://EXAMPLE.org/feed.xml/", "--config", str(path))
    assert again.exit_code == 1 and "already in" in again.output


def test_add_never_writes_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(FILE)
    result = cli("feeds", "add", "https://example.org:99999/x", "--config", str(path))
    assert result.exit_code == 1
    assert ":9: feeds.1.url:" in result.output and "left unchanged" in result.output
    assert path.read_text() == FILE


def test_opml_import_turns_folders_and_categories_into_tags(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(FILE)
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    result = cli("feeds", "import", str(opml), "--tag", "imported", "--config", str(path))
    assert result.exit_code == 0, result.output
    assert "added 2 feeds" in result.output and "1 already there" in result.output
    feeds = {f.url: f for f in load(path).feeds}
    assert feeds["https://trams.example.net/rss"].name == "Tram blog"
    assert feeds["https://trams.example.net/rss"].tags == ["Transport", "imported"]
    assert feeds["https://ferries.example.net/atom.xml"].tags == ["Transport", "boats", "harbour", "imported"]
    assert "# Our feeds. Keep this comment." in path.read_text()


def test_opml_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "feeds.yaml"
    source.write_text(FILE.replace("feeds:\n", "feeds:\n  - url: https://bare.example.com/rss\n", 1))
    exported = cli("feeds", "export", "--config", str(source))
    assert exported.exit_code == 0, exported.output
    opml = tmp_path / "out.opml"
    opml.write_text(exported.output)
    target = tmp_path / "other.yaml"
    target.write_text("version: 1\n")
    assert cli("feeds", "import", str(opml), "--config", str(target)).exit_code == 0
    shape = lambda path: [(f.url, f.name, f.tags) for f in load(path).feeds]  # noqa: E731
    assert shape(target) == shape(source)


def test_hostile_or_broken_opml_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(FILE)
    bomb = tmp_path / "bomb.opml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<opml><body><outline text="&b;" xmlUrl="https://x.example.com/&b;"/></body></opml>'
    )
    result = cli("feeds", "import", str(bomb), "--config", str(path))
    assert result.exit_code == 1 and "entity declarations are refused" in result.output
    assert path.read_text() == FILE
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline")
    result = cli("feeds", "import", str(broken), "--config", str(path))
    assert result.exit_code == 1 and "not well-formed XML" in result.output
    assert path.read_text() == FILE


def test_add_follows_the_files_own_list_indentation(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("version: 1\nfeeds:\n- url: https://a.example.org/x\n  name: A  # mine\n")
    assert cli("feeds", "add", "https://b.example.org/y", "--config", str(path)).exit_code == 0
    assert path.read_text() == (
        "version: 1\nfeeds:\n- url: https://a.example.org/x\n  name: A  # mine\n- url: https://b.example.org/y\n"
    )
