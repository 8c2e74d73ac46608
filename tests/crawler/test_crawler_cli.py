"""`ca-archive crawl` and `demo` as a user meets them: usage errors, exit codes, logs, and the
same spiders through `scrapy list` / `scrapy crawl`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.samplesite.catalogue import TROUBLE_ARTICLES

ROOT = Path(__file__).resolve().parents[2]
SCRAPY = str(Path(sys.executable).parent / "scrapy")


def _crawl(*args: str):
    return CliRunner().invoke(cli, ["crawl", *args])


def test_unknown_source_is_a_usage_error(tmp_path) -> None:
    result = _crawl("nosuchsite", "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 2
    assert "unknown source nosuchsite" in result.output


def test_names_and_start_url_together_are_refused(tmp_path) -> None:
    result = _crawl("drishti", "--start-url", "https://x.example/", "--db", str(tmp_path / "a"))
    assert result.exit_code == 2


def test_bad_setting_override_is_a_usage_error(tmp_path) -> None:
    result = _crawl("drishti", "-s", "NOVALUE", "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 2 and "NAME=VALUE" in result.output


def test_broken_sources_file_is_one_line(tmp_path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[sources.x]\nfeeds = []\n")
    result = _crawl("--config", str(config), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 2
    assert "source 'x': missing 'start_urls'" in result.output
    assert "Traceback" not in result.output


def test_a_file_that_is_not_an_archive_fails_with_status_3(tmp_path) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(b"these are my notes, not a database" * 10)
    result = _crawl("drishti", "--db", str(db))
    assert result.exit_code == 3
    assert db.read_bytes().startswith(b"these are my notes")


def test_scrapy_list_shows_every_shipped_source() -> None:
    result = subprocess.run(
        [SCRAPY, "list"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["adda247-hindi", "drishti", "insightsias", "studyiq"]


@pytest.mark.crawl
def test_scrapy_crawl_stores_into_the_archive_with_a_crawls_row(crawl) -> None:
    sets = [
        f"CA_ARCHIVE_SOURCES={crawl.config}",
        f"CA_ARCHIVE_DB={crawl.db}",
        "DOWNLOAD_DELAY=0",
        "AUTOTHROTTLE_ENABLED=0",
        "CA_ARCHIVE_EXTRACT_WORKERS=0",
    ]
    subprocess.run(
        [SCRAPY, "crawl", "sample-insightsias", *(x for s in sets for x in ("-s", s))],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert crawl.article_urls() == crawl.twin_urls("sample-insightsias")
    assert crawl.last_crawl()["status"] == "ok"


@pytest.mark.crawl
def test_log_file_gets_progress_lines(crawl, tmp_path) -> None:
    log = tmp_path / "crawl.log"
    crawl.run(
        "sample-drishti", "--log-file", str(log), progress=True, CA_ARCHIVE_PROGRESS_INTERVAL="0.1"
    )
    text = log.read_text(encoding="utf-8")
    assert "fetched" in text and "pages/s" in text and "Spider closed" in text


@pytest.mark.crawl
def test_adhoc_crawl_stores_only_articles_and_stays_home(crawl) -> None:
    crawl.run("--start-url", crawl.site.base + "/")
    articles = {crawl.site.base + a.path for a in crawl.site.catalogue.articles}
    articles |= {crawl.site.base + p for p in TROUBLE_ARTICLES.values()}
    assert crawl.article_urls() == articles  # home, listings, about: captured, not articles
    assert crawl.last_crawl()["skipped"] > 0
    assert crawl.site.other_requests == []


@pytest.mark.crawl
@pytest.mark.slow
def test_demo_crawls_the_sample_site(tmp_path) -> None:
    db = tmp_path / "demo.db"
    ca = str(Path(sys.executable).parent / "ca-archive")
    result = subprocess.run(
        [ca, "demo", "--db", str(db), "--no-serve", "--articles", "24"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 24
