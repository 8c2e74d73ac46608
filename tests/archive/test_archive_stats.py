"""`ca-archive stats`: counts by source, category and month, last crawl, recent errors."""

from __future__ import annotations

from click.testing import CliRunner

from archive import finish_crawl, open_archive, record_error, start_crawl, store_article
from crawler.cli import cli


def stats_output(db_path) -> str:
    result = CliRunner().invoke(cli, ["stats", "--db", str(db_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def fill(db_path, make_article) -> None:
    db = open_archive(db_path)
    for n, source in enumerate(["studyiq", "studyiq", "drishti"]):
        article = make_article(f"https://example.org/{n}", published=f"2024-0{n + 1}-10")
        store_article(db, article, source=source, capture_id=None)
    crawl_id = start_crawl(db, sources=["studyiq"])
    finish_crawl(db, crawl_id, status="finished", counts={"new": 3})
    record_error(db, url="https://example.org/x", stage="fetch", message="HTTP 503")
    db.close()


def test_counts_by_source(db_path, make_article):
    fill(db_path, make_article)
    lines = stats_output(db_path).splitlines()
    assert "  studyiq         2" in lines
    assert "  drishti         1" in lines


def test_counts_by_month(db_path, make_article):
    fill(db_path, make_article)
    assert "  2024-03         1" in stats_output(db_path).splitlines()


def test_last_crawl_and_errors(db_path, make_article):
    fill(db_path, make_article)
    out = stats_output(db_path)
    assert "finished" in out.split("Last crawl")[1]
    assert "https://example.org/x  HTTP 503" in out.split("Recent errors")[1]


def test_stats_of_empty_archive_says_none(db_path):
    open_archive(db_path).close()
    assert "By source\n  (none)" in stats_output(db_path)
