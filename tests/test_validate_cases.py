"""`digest validate`: one bad feeds.yaml per mistake, each answered on its line with a hint, never a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main

BASE = """\
version: 1
feeds:
  - url: https://example.org/feed.xml
    tags: [transport]
topics:
  - name: Harbour tram
    include: [tram]
digests:
  - name: Weekly
    recipients: [reader@example.org]
"""


def validate(tmp_path: Path, text: str) -> tuple[int, str]:
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    result = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.replace(str(path), "feeds.yaml")


CASES = [
    ("feed port 99999", ("https://example.org/feed.xml", "https://example.org:99999/feed.xml"), 3, "port"),
    ("feed port abc", ("https://example.org/feed.xml", "https://example.org:abc/feed.xml"), 3, "port"),
    ("key is a list", ("    tags: [transport]", "    [a, b]: [transport]"), 4, "not a list"),
    ("key is a mapping", ("    tags: [transport]", "    {a: 1}: [transport]"), 4, "not a mapping"),
    ("include is a string", ("include: [tram]", "include: Harbour tram"), 7, "write a list: include: [Harbour tram]"),
    ("bad indentation", ("    include: [tram]", "   include: [tram]"), 7, "indentation"),
    ("tab indentation", ("    include: [tram]", "\tinclude: [tram]"), 7, "tab"),
    ("unclosed bracket", ("[transport]", "[transport"), 5, "not closed with ']'"),
    (
        "bad subject placeholder",
        ("    recipients:", '    subject: "{digest} {nope}"\n    recipients:'),
        10,
        "unknown placeholder {nope}",
    ),
    ("smtp port", ("", "delivery:\n  method: smtp\n  smtp: {host: mail.example.org, port: 70000}\n"), 13, "65535"),
    (
        "smtp port abc",
        ("", "delivery:\n  method: smtp\n  smtp:\n    host: mail.example.org\n    port: abc\n"),
        15,
        "integer",
    ),
    ("base_url without host", ("", "web:\n  base_url: https://\n"), 12, "with a host"),
    ("storage url", ("", "storage:\n  url: not a url\n"), 12, "not a database URL"),
    ("storage mysql", ("", "storage:\n  url: mysql://x\n"), 12, "unsupported database 'mysql'"),
    ("storage no file", ("", "storage:\n  url: 'sqlite://'\n"), 12, "names no file path"),
    ("storage bad port", ("", "storage:\n  url: postgresql://db.example.org:pg/digest\n"), 12, "not a database URL"),
    ("allow_private word", ("", "network:\n  allow_private: [10.0.0.0/8, not-an-ip]\n"), 12, "'not-an-ip'"),
    ("allow_private /33", ("", "network:\n  allow_private:\n    - 10.0.0.1\n    - 10.0.0.0/33\n"), 14, "'10.0.0.0/33'"),
    (
        "digest topic unknown",
        ("recipients: [reader@example.org]", "recipients: [r@example.org]\n    topics: [Trams, transport]"),
        11,
        "no topic or feed tag named 'Trams'",
    ),
    (
        "merge_into unknown",
        ("    include: [tram]", "    include: [tram]\n    merge_into: Ferries"),
        8,
        "no topic named 'Ferries'",
    ),
    (
        "merge_into itself",
        ("    include: [tram]", "    include: [tram]\n    merge_into: harbour tram"),
        8,
        "into itself",
    ),
    (
        "merge cycle",
        (
            "    include: [tram]",
            "    include: [tram]\n    merge_into: Ferries\n  - name: Ferries\n    merge_into: Harbour tram",
        ),
        8,
        "cycle",
    ),
    (
        "path-like slug",
        ("    include: [tram]", "    include: [tram]\n    slug: ../../etc/passwd"),
        8,
        "lower-case letters",
    ),
    (
        "duplicate slug",
        ("    include: [tram]", "    include: [tram]\n    slug: trams\n  - name: Trams again\n    slug: trams"),
        10,
        "already used on line 8",
    ),
    (
        "slug collision",
        ("    include: [tram]", "    include: [tram]\n  - name: Harbour-Tram"),
        8,
        "gets the slug 'harbour-tram'",
    ),
    ("duplicate key", ("    tags: [transport]", "    tags: [transport]\n    tags: [x]"), 5, "duplicate key 'tags'"),
]


@pytest.mark.parametrize(("edit", "line", "needle"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_mistake_is_reported_on_its_line(tmp_path: Path, edit, line, needle) -> None:
    old, new = edit
    text = BASE + new if old == "" else BASE.replace(old, new, 1)
    assert text != BASE
    code, output = validate(tmp_path, text)
    assert code == 1, output
    assert "Traceback" not in output
    assert f"feeds.yaml:{line}:" in output, output
    assert needle in output, output


def test_the_base_file_is_valid(tmp_path: Path) -> None:
    code, output = validate(tmp_path, BASE)
    assert code == 0, output
    assert "valid — 1 feed, 1 topic, 1 digest" in output


def test_deep_nesting_is_refused_with_a_line_not_a_recursion_error(tmp_path: Path) -> None:
    code, output = validate(tmp_path, BASE + "extra: " + "[" * 5000 + "]" * 5000 + "\n")
    assert code == 1
    assert "feeds.yaml:11: nested more than" in output


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    text = BASE + "".join(f"  - name: Topic {i}\n    include: [word{i}]\n" for i in range(300_000))
    started = time.monotonic()
    code, output = validate(tmp_path, text.replace("digests:", "extra:", 1))
    assert code == 1
    assert "may be at most 1 MB" in output
    assert time.monotonic() - started < 5  # refused on size, not parsed


def test_unset_secrets_are_warnings_not_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("DIGEST_TEST_UNSET_PW", raising=False)
    monkeypatch.delenv("DIGEST_SECRET", raising=False)
    smtp = (
        "delivery:\n  method: smtp\n  from: digest@example.org\n"
        "  smtp: {host: mail.example.org, user: digest, password_env: DIGEST_TEST_UNSET_PW}\n"
        "web:\n  base_url: https://digest.example.org\n"
    )
    code, output = validate(tmp_path, BASE + smtp)
    assert code == 0, output
    assert "warning: feeds.yaml:14: delivery.smtp.password_env: the variable DIGEST_TEST_UNSET_PW is not set" in output
    assert "warning: feeds.yaml:16: web.base_url: the variable DIGEST_SECRET is not set" in output
    assert "2 warnings" in output
