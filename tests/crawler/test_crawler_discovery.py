"""Offline, per-field tests of discovery from saved responses (no network, no reactor).

The pages are the sample site's own, rendered once per module and turned into Scrapy responses,
the way city-scrapers tests spiders from saved HTML.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from crawler.samplesite import pages
from crawler.samplesite.catalogue import TWINS, Catalogue, listing_url
from crawler.spiders import discovery

BASE = "http://site.test"
CATALOGUE = Catalogue(60)
STUDYIQ, ADDA = TWINS[0], TWINS[1]


def _html(path: str, text: str) -> HtmlResponse:
    return HtmlResponse(BASE + path, body=text.encode(), encoding="utf-8")


def _xml(path: str, text: str) -> XmlResponse:
    return XmlResponse(BASE + path, body=text.encode())


LISTING = _html(STUDYIQ.listing, pages.listing(CATALOGUE, STUDYIQ, 1))
HOME = _html("/", pages.home(CATALOGUE, "http://other.test"))
INDEX = _xml("/sitemap_index.xml", pages.sitemap_index(BASE, CATALOGUE))
SITEMAP = _xml(
    "/sitemaps/adda247-hindi-1.xml", pages.sitemap(BASE, "/sitemaps/adda247-hindi-1.xml", CATALOGUE)
)
FEED = _xml(ADDA.feed, pages.rss(BASE, "adda", CATALOGUE.of_twin(ADDA)))
ROBOTS = TextResponse(BASE + "/robots.txt", body=pages.robots(BASE).encode())


def test_robots_txt_gives_its_sitemap() -> None:
    assert discovery.robots_sitemaps(ROBOTS) == [BASE + "/sitemap_index.xml"]


def test_sitemap_index_is_recognised_as_an_index() -> None:
    kind, entries = discovery.sitemap_entries(INDEX)
    assert kind == "sitemapindex"
    assert BASE + "/sitemaps/adda247-hindi-1.xml" in {e.url for e in entries}


def test_sitemap_entries_carry_their_lastmod() -> None:
    _, entries = discovery.sitemap_entries(SITEMAP)
    expected = {BASE + a.path: a.lastmod for a in CATALOGUE.of_twin(ADDA)}
    assert {e.url: e.lastmod for e in entries} == expected


def test_gzipped_sitemap_is_read() -> None:
    import gzip

    response = Response(BASE + "/s.xml.gz", body=gzip.compress(SITEMAP.body))
    assert len(discovery.sitemap_entries(response)[1]) == len(CATALOGUE.of_twin(ADDA))


def test_broken_sitemap_gives_no_entries() -> None:
    assert discovery.sitemap_entries(_xml("/bad.xml", "<urlset><url><loc>"))[1] == []


def test_feed_entries_are_links_with_dates() -> None:
    entries = discovery.feed_entries(FEED)
    first = CATALOGUE.of_twin(ADDA)[0]
    assert entries[0].url == BASE + first.path
    assert entries[0].lastmod == first.published.astimezone(UTC)


def test_listing_links_include_every_article_of_the_page() -> None:
    links = set(discovery.page_links(LISTING))
    assert {BASE + a.path for a in CATALOGUE.listing_pages(STUDYIQ)[0]} <= links


def test_listing_next_page_from_selector() -> None:
    url = discovery.next_page(LISTING, "a.next.page-numbers::attr(href)", None, 1)
    assert url == BASE + listing_url(STUDYIQ, 2)


def test_last_listing_page_has_no_next() -> None:
    last = len(CATALOGUE.listing_pages(STUDYIQ))
    page = _html("/last/", pages.listing(CATALOGUE, STUDYIQ, last))
    assert discovery.next_page(page, "a.next.page-numbers::attr(href)", None, last) is None


def test_next_page_from_url_pattern() -> None:
    assert discovery.next_page(LISTING, None, BASE + "/list?page={n}", 3) == BASE + "/list?page=4"


def test_home_page_announces_its_feed() -> None:
    assert discovery.feed_links(HOME) == [BASE + "/feed/"]


@pytest.mark.parametrize(
    ("ctype", "expected"),
    [("text/html; charset=utf-8", True), ("application/pdf", False), ("image/png", False)],
)
def test_is_html_by_content_type(ctype: str, expected: bool) -> None:
    response = Response(BASE + "/x", headers={"Content-Type": ctype}, body=b"%PDF")
    assert discovery.is_html(response) is expected


def test_dates_without_zone_are_utc() -> None:
    from crawler.archive_link import parse_date

    assert parse_date("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)


def test_rss_dates_are_read_too() -> None:
    from crawler.archive_link import parse_date

    assert parse_date("Fri, 12 Apr 2024 10:00:00 +0530") == datetime(2024, 4, 12, 4, 30, tzinfo=UTC)


def test_unreadable_dates_are_none() -> None:
    from crawler.archive_link import parse_date

    assert parse_date("not a date") is None


def test_iso_dates_do_not_go_through_dateutil(monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler import archive_link

    def refuse(value: str) -> None:
        raise AssertionError(f"dateutil asked to read {value}")

    monkeypatch.setattr(archive_link.parser, "parse", refuse)
    assert archive_link.parse_date("2024-05-01T10:00:00Z") == datetime(2024, 5, 1, 10, tzinfo=UTC)
