"""`digest subscribers import`: a header row maps columns by name; other columns are ignored."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from digest.cli import main

CONFIG = """\
version: 1
storage: {url: "sqlite:///./digest.sqlite"}
digests:
  - name: Weekly
  - name: Daily
"""


def _import(tmp_path: Path, csv_text: str, *options: str):
    config = tmp_path / "feeds.yaml"
    config.write_text(CONFIG)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(csv_text)
    runner = CliRunner()
    result = runner.invoke(main, ["subscribers", "import", "--config", str(config), str(csv_file), *options])
    listing = runner.invoke(main, ["subscribers", "list", "--config", str(config)])
    return result, listing.output, csv_file


def test_email_and_name_columns_import_with_the_name_ignored(tmp_path: Path) -> None:
    result, listing, _ = _import(tmp_path, "email,name\nann@example.org,Ann\nbob@example.org,Bob\n")
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and "ignored 'name'" in result.output
    assert "ann@example.org" in listing and "bob@example.org" in listing


def test_columns_are_found_by_header_in_any_order(tmp_path: Path) -> None:
    text = "Name,Lists,E-mail,Joined\nAnn,Daily,ann@example.org,2024-01-01\nBob,,bob@example.org,2024-02-01\n"
    result, listing, _ = _import(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert "digests: Daily" in listing and "digests: all" in listing


def test_a_bad_row_names_its_line_in_the_original_file(tmp_path: Path) -> None:
    result, _, csv_file = _import(tmp_path, "Name,Mail\nAnn,ann@example.org\nBob,not-an-address\n")
    assert result.exit_code == 1
    assert f"{csv_file}:3:" in result.output and "nothing imported" in result.output


def test_a_named_column_that_is_missing_is_an_error(tmp_path: Path) -> None:
    result, _, _ = _import(tmp_path, "who,where\nann@example.org,x\n", "--email-column", "address")
    assert result.exit_code == 1
    assert "no email column named 'address'" in result.output and "'who', 'where'" in result.output
