"""`ca-archive extract`: formats, several files in one run, one-line errors and exit status."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crawler.cli import cli


@pytest.fixture
def pages(tmp_path, page_html):
    first = tmp_path / "one.html"
    first.write_text(
        page_html("<h2>Context</h2><p>First page.</p>", headline="One"), encoding="utf-8"
    )
    second = tmp_path / "two.html"
    second.write_text(
        page_html(
            "<h2>Way Forward</h2><ul><li>Act.<ul><li>Soon.</li></ul></li></ul>", headline="Two"
        ),
        encoding="utf-8",
    )
    return first, second


def run(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


def test_one_page_prints_indented_json_with_the_contract_keys(pages) -> None:
    result = run(str(pages[0]))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data)[:3] == ["url", "title", "author"] and data["title"] == "One"
    assert "\n  " in result.stdout


def test_url_defaults_to_a_file_url(pages) -> None:
    data = json.loads(run(str(pages[0])).stdout)
    assert data["url"].startswith("file:///") and data["url"].endswith("one.html")


def test_url_option_sets_the_url(pages) -> None:
    data = json.loads(run(str(pages[0]), "--url", "https://Example.org/x?utm_source=a").stdout)
    assert data["url"] == "https://example.org/x"


def test_jsonl_prints_one_object_per_line(pages) -> None:
    result = run(*map(str, pages), "--format", "jsonl")
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["One", "Two"]


def test_markdown_has_headings_and_nested_bullets(pages) -> None:
    result = run(str(pages[1]), "--format", "markdown")
    assert "# Two" in result.stdout and "## Way Forward" in result.stdout
    assert "- Act.\n  - Soon." in result.stdout


def test_bad_file_gives_one_line_error_exit_1_and_others_still_print(pages, tmp_path) -> None:
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4 binary")
    missing = tmp_path / "missing.html"
    result = run(str(binary), str(pages[0]), str(missing), "--format", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout.strip())["title"] == "One"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "scan.pdf" in errors[0] and "missing.html" in errors[1]
    assert "Traceback" not in result.output


def test_aliases_file_adds_a_kind(pages, tmp_path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\nway_forward = ["Context"]\n', encoding="utf-8")
    data = json.loads(run(str(pages[0]), "--aliases", str(aliases)).stdout)
    assert data["sections"][0]["kind"] == "way_forward"


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
