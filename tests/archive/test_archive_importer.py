"""`ca-archive import`: saved pages (files and folders) into the archive, with a summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from crawler.cli import cli

PAGES = Path(__file__).parent / "pages"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    (folder / "hi").mkdir(parents=True)
    shutil.copy(PAGES / "india-japan.html", folder / "india-japan.html")
    shutil.copy(PAGES / "hindi-samudri.html", folder / "hi" / "hindi-samudri.htm")
    shutil.copy(PAGES / "listing.html", folder / "listing.html")
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")
    (folder / "india-japan_files").mkdir()  # what a browser's "Save page" writes beside it
    (folder / "india-japan_files" / "ad-frame.html").write_text("<p>ad</p>", encoding="utf-8")
    return folder


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_folder_import_summary(saved, db_path):
    result = run("import", str(saved), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "Imported 3 pages: 2 added, 0 changed, 0 unchanged, 1 skipped, 0 failed" in result.output


def test_folder_import_stores_articles(saved, db_path):
    run("import", str(saved), "--db", str(db_path), "--source", "sample")
    db = open_archive(db_path)
    rows = {r["url"]: r["source"] for r in db.query("SELECT url, source FROM articles")}
    assert rows == {
        "https://ca.example.org/current-affairs/india-japan-defence-ties/": "sample",
        "https://ca.example.org/hi/bharat-japan-samudri-sahyog/": "sample",
    }


def test_second_import_is_unchanged(saved, db_path):
    run("import", str(saved), "--db", str(db_path))
    result = run("import", str(saved), "--db", str(db_path))
    assert "0 added, 0 changed, 2 unchanged, 1 skipped" in result.output


def test_page_without_canonical_link_needs_base_url(db_path):
    result = run("import", str(PAGES / "no-canonical.html"), "--db", str(db_path))
    assert result.exit_code == 1
    assert "no canonical link in the page; pass --base-url" in result.output
    db = open_archive(db_path)
    assert db["errors"].get(1)["stage"] == "extract"
    assert db["captures"].count == 1


def test_base_url_names_page_without_canonical_link(db_path):
    base = "https://ca.example.org/saved/"
    page = str(PAGES / "no-canonical.html")
    result = run("import", page, "--base-url", base, "--db", str(db_path))
    assert result.exit_code == 0, result.output
    urls = [r["url"] for r in open_archive(db_path).query("SELECT url FROM articles")]
    assert urls == ["https://ca.example.org/saved/no-canonical.html"]


def test_binary_file_fails_and_import_goes_on(saved, db_path):
    (saved / "broken.html").write_bytes(b"\x00\x01\x02 not html at all \xff\xfe")
    result = run("import", str(saved), "--db", str(db_path))
    assert result.exit_code == 1
    assert "2 added, 0 changed, 0 unchanged, 1 skipped, 1 failed" in result.output


def test_non_sqlite_db_is_a_clear_error(saved, tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello", encoding="utf-8")
    result = run("import", str(saved), "--db", str(bogus))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bogus} is not a ca-archive SQLite file"
    assert bogus.read_text(encoding="utf-8") == "hello"
