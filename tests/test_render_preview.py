"""`digest preview`: writes exactly what would be sent, per recipient variant, and prints the paths."""

from __future__ import annotations

import importlib.util
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main
from digest.deliver.message import fold_html

CONFIG = """\
version: 1
feeds:
  - url: https://example.org/feed.xml
digests:
  - name: Morning brief
    recipients: [reader@example.org]
    editors: [editor@example.org]
delivery:
  from: Morning brief <digest@example.org>
storage:
  url: sqlite:///./data/digest.sqlite
web:
  base_url: https://digest.example.org
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_preview_sample_writes_each_variant(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview"
    result = CliRunner().invoke(main, ["preview", "--config", str(config), "--sample", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "subject: Morning brief: 2 topics updated — 22 May 2026" in result.output
    written = sorted(p.name for p in out.iterdir())
    assert written == [f"morning-brief-12-{v}.{ext}" for v in ("editor", "reader") for ext in ("eml", "html", "txt")]
    for path in out.iterdir():
        assert str(path) in result.output  # every path is printed
    reader_text = (out / "morning-brief-12-reader.txt").read_text(encoding="utf-8")
    editor_text = (out / "morning-brief-12-editor.txt").read_text(encoding="utf-8")
    assert "FEED HEALTH" not in reader_text and "FEED HEALTH" in editor_text
    assert "This copy was sent to reader@example.org." in reader_text
    assert "https://digest.example.org/unsubscribe/preview" in reader_text
    message = BytesParser(policy=policy.default).parsebytes((out / "morning-brief-12-reader.eml").read_bytes())
    assert message["To"] == "reader@example.org"
    assert message["List-Unsubscribe"] == "<https://digest.example.org/unsubscribe/preview>"
    html = (out / "morning-brief-12-reader.html").read_text(encoding="utf-8")
    sent = message.get_body(("html",)).get_content().replace("\r\n", "\n")
    assert sent == fold_html(html.rstrip("\n") + "\n")  # the page as it travels: 7bit, in long lines


def test_preview_default_out_is_next_to_config(config: Path) -> None:
    result = CliRunner().invoke(main, ["preview", "--config", str(config), "--sample"])
    assert result.exit_code == 0, result.output
    assert (config.parent / "out" / "preview" / "morning-brief-12-reader.html").is_file()


def test_preview_uses_the_editors_templates(config: Path, tmp_path: Path) -> None:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "digest.txt.j2").write_text("{{ digest }}\n{{ footer }\n", encoding="utf-8")
    config.write_text(CONFIG + "templates: my-templates\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--config", str(config), "--sample"])
    assert result.exit_code == 1
    assert f"{folder / 'digest.txt.j2'}:2:" in result.output


def test_preview_bad_config_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("version: 1\ndigests:\n  - name: X\n    colour: blue\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--config", str(bad), "--sample"])
    assert result.exit_code == 1
    assert "feeds.yaml:4: digests.0.colour: unknown key" in result.output


def test_preview_unknown_digest_exits_1(config: Path) -> None:
    result = CliRunner().invoke(main, ["preview", "--config", str(config), "--sample", "--digest", "Evening"])
    assert result.exit_code == 1
    assert "no digest named 'Evening'" in result.output


def test_preview_from_the_store(config: Path, tmp_path: Path) -> None:
    """With the pipeline in place, preview renders the issue the store holds (empty here)."""
    out = tmp_path / "store-preview"
    result = CliRunner().invoke(main, ["preview", "--config", str(config), "--out", str(out)])
    if importlib.util.find_spec("digest.pipeline") is None or "pipeline cannot prepare" in result.output:
        assert result.exit_code == 1 and "try --sample" in result.output
        pytest.skip("the pipeline cannot prepare an issue yet")
    assert result.exit_code == 0, result.output
    assert (out / "morning-brief-1-reader.txt").is_file() or any(out.glob("morning-brief-*-reader.txt"))


def test_preview_help() -> None:
    result = CliRunner().invoke(main, ["preview", "--help"])
    assert result.exit_code == 0
    assert "--config" in result.output and "--open" in result.output and "--out" in result.output
