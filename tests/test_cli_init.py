"""`digest init`: a commented starter that validates, the next three commands, and no overwrite by accident."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from digest.cli import main


def test_init_writes_a_valid_commented_starter_and_says_what_next(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["init", "site"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "site" / "feeds.yaml").read_text()
    assert text.count("\n#") >= 8  # explained, not just listed
    steps = [line for line in result.output.splitlines() if line.lstrip()[:2] in ("1.", "2.", "3.")]
    assert [s.split(":  ")[-1] for s in steps] == [
        "digest validate --config site/feeds.yaml",
        "digest run --dry-run --config site/feeds.yaml",
        "digest schedule --config site/feeds.yaml",
    ]
    check = runner.invoke(main, ["validate"], env={"DIGEST_CONFIG": "site/feeds.yaml"})
    assert check.exit_code == 0 and "valid — 2 feeds, 1 topic, 1 digest" in check.output


def test_init_never_overwrites_by_accident(tmp_path: Path) -> None:
    target = tmp_path / "feeds.yaml"
    target.write_text("version: 1\n# mine\n")
    runner = CliRunner()
    refused = runner.invoke(main, ["init", str(tmp_path)])
    assert refused.exit_code == 1 and "--force" in refused.output
    quiet = runner.invoke(main, ["init", "--if-missing", str(tmp_path)])
    assert quiet.exit_code == 0 and quiet.output == ""
    assert target.read_text() == "version: 1\n# mine\n"
    forced = runner.invoke(main, ["init", "--force", str(tmp_path)])
    assert forced.exit_code == 0 and "# mine" not in target.read_text()


def test_in_the_current_folder_the_commands_need_no_config_option(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init"])
    assert result.exit_code == 0
    assert "digest validate\n" in result.output and "--config" not in result.output
