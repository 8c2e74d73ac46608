"""Incremental crawls: a second run fetches only discovery pages; changes make versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crawler.samplesite import pages
from crawler.samplesite.catalogue import TWINS

pytestmark = [pytest.mark.crawl]


@pytest.fixture(scope="module")
def twice(module_crawl):
    """The quiet twins crawled twice; remembers the first crawl's row and where its log ends."""
    module_crawl.run(*module_crawl.quiet)
    module_crawl.first = module_crawl.last_crawl()
    module_crawl.mark = len(module_crawl.site.requests)
    module_crawl.run(*module_crawl.quiet)
    return module_crawl


def test_second_crawl_adds_nothing(twice) -> None:
    row = twice.last_crawl()
    assert (row["status"], row["new"], row["changed"]) == ("ok", 0, 0)
    assert len(twice.article_urls()) == twice.first["new"]


def test_second_crawl_requests_no_article_page(twice) -> None:
    articles = {a.path for a in twice.site.catalogue.articles}
    assert articles.isdisjoint(twice.site.paths()[twice.mark :])


def test_second_crawl_fetches_exactly_the_discovery_pages(twice) -> None:
    quiet = [t for t in TWINS if f"sample-{t.name}" in twice.quiet]
    discovery = {"/robots.txt", "/sitemap.xml", *pages.sitemap_names(twice.site.catalogue)}
    discovery |= {t.listing for t in quiet} | {t.feed for t in quiet if t.feed}
    assert set(twice.site.paths()[twice.mark :]) == discovery


def test_second_crawl_counts_its_own_requests(twice) -> None:
    assert twice.last_crawl()["fetched"] == len(twice.site.requests) - twice.mark


def test_newer_lastmod_in_sitemap_gives_a_new_version(crawl) -> None:
    crawl.run("sample-drishti")
    article = crawl.site.catalogue.of_twin(crawl.site.catalogue.articles[2].twin)[1]
    crawl.site.catalogue.change(article.path, datetime.now(UTC) + timedelta(minutes=5))
    crawl.run("sample-drishti")
    url = crawl.site.base + article.path
    assert crawl.query("SELECT version_count FROM articles WHERE url = ?", (url,)) == [(2,)]
    assert crawl.query("SELECT count(*) FROM versions") == [(1,)]


def test_refresh_asks_conditionally_and_counts_304_unchanged(crawl) -> None:
    crawl.run("sample-insightsias")
    start = len(crawl.site.requests)
    crawl.run("sample-insightsias", "--refresh")
    articles = {a.path for a in crawl.site.catalogue.articles}
    refetched = [r for r in crawl.site.requests[start:] if r.path in articles]
    assert refetched and all(r.conditional and r.status == 304 for r in refetched)
    assert crawl.last_crawl()["unchanged"] == len(refetched)


def test_refresh_finds_a_change_the_feed_does_not_announce(crawl) -> None:
    crawl.run("sample-insightsias")
    article = crawl.site.catalogue.of_twin(crawl.site.catalogue.articles[3].twin)[0]
    crawl.site.catalogue.change(article.path)
    crawl.run("sample-insightsias", "--refresh")
    assert crawl.last_crawl()["changed"] == 1
    assert crawl.query("SELECT count(*) FROM versions") == [(1,)]
