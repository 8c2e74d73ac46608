"""`ca-archive reprocess`: re-extract stored captures offline; only changed output is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from archive.importer import html_files, import_file, page_url
from archive.reprocess import ReprocessFilter, capture_ids, reprocess_captures
from crawler.cli import cli

PAGES = Path(__file__).parent / "pages"
ALIASED_URL = "https://ca.example.org/current-affairs/india-japan-defence-ties/"


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_archive(db_path)
    for file, root in html_files([PAGES]):
        import_file(db, file, page_url(file, root, "https://ca.example.org/saved/"))
    db.close()
    return db_path


@pytest.fixture
def aliases(tmp_path: Path) -> Path:
    path = tmp_path / "aliases.toml"
    path.write_text('[aliases]\nsignificance = ["Strategic Pointers for Aspirants"]\n', "utf-8")
    return path


def snapshot(db_path: Path) -> dict[str, tuple]:
    db = open_archive(db_path)
    rows = db.query("SELECT url, content_hash, version_count, last_seen FROM articles")
    return {r["url"]: (r["content_hash"], r["version_count"], r["last_seen"]) for r in rows}


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_reprocess_without_changes_writes_nothing(filled):
    before = snapshot(filled)
    result = run("reprocess", "--db", str(filled), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "0 added, 0 changed, 3 unchanged, 1 skipped, 0 failed" in result.output
    assert snapshot(filled) == before


def test_new_alias_changes_exactly_the_affected_article(filled, aliases):
    before = snapshot(filled)
    result = run("reprocess", "--db", str(filled), "--aliases", str(aliases), "--workers", "1")
    assert "0 added, 1 changed, 2 unchanged" in result.output
    after = snapshot(filled)
    changed = {url for url in after if after[url] != before[url]}
    assert changed == {ALIASED_URL}
    assert after[ALIASED_URL][1] == 2


def test_new_alias_sets_the_section_kind(filled, aliases):
    run("reprocess", "--db", str(filled), "--aliases", str(aliases), "--workers", "1")
    db = open_archive(filled)
    kinds = {r["heading"]: r["kind"] for r in db.query("SELECT heading, kind FROM sections")}
    assert kinds["Strategic Pointers for Aspirants"] == "significance"
    change = json.loads(db["versions"].get(1)["changed_sections"])
    assert change == [
        {"heading": "Strategic Pointers for Aspirants", "kind": "significance", "change": "added"},
        {"heading": "Strategic Pointers for Aspirants", "kind": "other", "change": "removed"},
    ]


def test_two_workers_give_the_same_result_as_one(filled, aliases, tmp_path):
    from processors import load_options

    db = open_archive(filled)
    ids = capture_ids(db, ReprocessFilter())
    outcomes = sorted(
        r.outcome for r in reprocess_captures(db, ids, options=load_options(aliases), workers=2)
    )
    assert outcomes == ["changed", "skipped", "unchanged", "unchanged"]


def test_url_filter_limits_captures(filled):
    db = open_archive(filled)
    ids = capture_ids(db, ReprocessFilter(url_like="%hindi%"))
    urls = [db["captures"].get(i)["url"] for i in ids]
    assert urls == ["https://ca.example.org/saved/hindi-samudri.html"]


def test_reprocess_of_missing_archive_is_a_clear_error(tmp_path):
    result = run("reprocess", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_changed_output_is_stored_with_the_current_extractor_version(filled):
    from processors import EXTRACTOR_VERSION

    db = open_archive(filled)
    with db.atomic():  # as if an older extractor had produced different output
        db.execute(
            "UPDATE articles SET extractor_version = '0.0.1', content_hash = 'old' WHERE url = ?",
            [ALIASED_URL],
        )
    outcomes = [r.outcome for r in reprocess_captures(db, capture_ids(db, ReprocessFilter()))]
    assert outcomes.count("changed") == 1
    article = db.execute("SELECT id, extractor_version FROM articles WHERE url = ?", [ALIASED_URL])
    article_id, version = article.fetchone()
    assert version == EXTRACTOR_VERSION
    kept = db["versions"].get(1)
    assert (kept["article_id"], kept["extractor_version"]) == (article_id, "0.0.1")
