"""Shared helpers for crawler tests: a fresh sample site per test, and `ca-archive crawl` run in
a subprocess (Twisted's reactor cannot restart inside one pytest process)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.samplesite import SampleSite
from crawler.samplesite.sources import write_sample_sources

CA_ARCHIVE = str(Path(sys.executable).parent / "ca-archive")
# Our own loopback server: no politeness delays, short timeouts, quick retries.
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "DOWNLOAD_TIMEOUT": "1",
    "RETRY_TIMES": "1",
    "RETRY_BACKOFF_BASE": "0.05",
    "CA_ARCHIVE_EXTRACT_WORKERS": "0",  # inline: no worker start-up per crawl
}


class Crawl:
    """A sample site, a sources file for it and an archive path; `run()` crawls it."""

    # The twins without trouble pages (StudyIQ's twin holds them all).
    quiet = ("sample-drishti", "sample-insightsias", "sample-adda247-hindi")

    def __init__(self, site: SampleSite, tmp: Path) -> None:
        self.site = site
        self.db = tmp / "archive.db"
        self.config = tmp / "sources.toml"
        self.names = write_sample_sources(site.base, self.config)

    def command(self, *args: str, progress: bool = False, **settings: str) -> list[str]:
        sets = [f"{k}={v}" for k, v in {**FAST, **settings}.items()]
        quiet = [] if progress else ["--no-progress"]
        return [
            CA_ARCHIVE,
            "crawl",
            "--db",
            str(self.db),
            "--config",
            str(self.config),
            *quiet,
            *args,
            *(x for s in sets for x in ("-s", s)),
        ]

    def run(
        self, *args: str, timeout: float = 60, progress: bool = False, **settings: str
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(*args, progress=progress, **settings),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, params).fetchall()

    def twin_urls(self, *names: str) -> set[str]:
        """URLs of the catalogue articles of the named sample sources."""
        wanted = {n.removeprefix("sample-") for n in names}
        return {
            self.site.base + a.path for a in self.site.catalogue.articles if a.twin.name in wanted
        }

    def article_urls(self) -> set[str]:
        return {row[0] for row in self.query("SELECT url FROM articles")}

    def last_crawl(self) -> dict:
        with sqlite3.connect(self.db) as conn:
            conn.row_factory = sqlite3.Row
            return dict(conn.execute("SELECT * FROM crawls ORDER BY id DESC LIMIT 1").fetchone())


def _site() -> SampleSite:
    return SampleSite(44, slow_seconds=2.0)


@pytest.fixture
def crawl(tmp_path: Path) -> Iterator[Crawl]:
    """A fresh site and archive for one test."""
    with _site() as site:
        yield Crawl(site, tmp_path)


@pytest.fixture(scope="module")
def module_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    """A site and archive shared by a module's tests that only read what one crawl did."""
    with _site() as site:
        yield Crawl(site, tmp_path_factory.mktemp("crawl"))


@pytest.fixture(scope="module")
def module_crawl_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """Make fresh module-scoped crawls (for parametrised module fixtures)."""
    sites: list[SampleSite] = []

    def make() -> Crawl:
        sites.append(_site().start())
        return Crawl(sites[-1], tmp_path_factory.mktemp("crawl"))

    yield make
    for site in sites:
        site.stop()
