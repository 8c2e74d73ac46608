"""Reading discovery pages: robots.txt `Sitemap:` lines, sitemaps (with lastmod), RSS/Atom feeds,
listing pages and their pagination. Pure functions of a response, so each is tested offline.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urldefrag

import feedparser
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.archive_link import parse_date

FEED_TYPES = ("application/rss+xml", "application/atom+xml")


@dataclass(frozen=True, slots=True)
class Found:
    """A URL found on a discovery page, with the date the page gives it (if any)."""

    url: str
    lastmod: datetime | None = None


def robots_sitemaps(response: Response) -> list[str]:
    return list(sitemap_urls_from_robots(response.body, base_url=response.url))


def sitemap_entries(response: Response) -> tuple[str, list[Found]]:
    """("sitemapindex" | "urlset" | "", entries); a broken sitemap gives no entries."""
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return "", []
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several kinds on garbage; a bad sitemap is just empty
        return "", []
    entries = [
        Found(urldefrag(entry["loc"])[0], parse_date(entry.get("lastmod")))
        for entry in sitemap
        if entry.get("loc")
    ]
    return sitemap.type or "", entries


def feed_entries(response: Response) -> list[Found]:
    """Entries of an RSS or Atom feed, dated by their updated (else published) time."""
    parsed = feedparser.parse(response.body)
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            # dict.get: feedparser's own .get("updated") falls back to published with a warning
            when = dict.get(entry, "updated") or dict.get(entry, "published")
            out.append(Found(urldefrag(response.urljoin(link))[0], parse_date(when)))
    return out


def page_links(response: Response) -> Iterator[str]:
    """Every http(s) link of an HTML page, absolute and without its #fragment."""
    if not isinstance(response, TextResponse):
        return
    for href in response.css("a::attr(href)").getall():
        url = urldefrag(response.urljoin(href.strip()))[0]
        if url.startswith(("http://", "https://")):
            yield url


def feed_links(response: Response) -> list[str]:
    """Feeds a page announces with <link rel="alternate" type="application/rss+xml">."""
    if not isinstance(response, TextResponse):
        return []
    hrefs = []
    for link in response.css('link[rel~="alternate"]'):
        if (link.attrib.get("type") or "").lower() in FEED_TYPES and link.attrib.get("href"):
            hrefs.append(response.urljoin(link.attrib["href"]))
    return hrefs


def next_page(response: Response, selector: str | None, page_url: str | None, n: int) -> str | None:
    """The URL of listing page n + 1, from the next-link selector or the URL pattern."""
    if selector and isinstance(response, TextResponse):
        href = response.css(selector).get()
        return response.urljoin(href.strip()) if href else None
    if page_url:
        return page_url.format(n=n + 1)
    return None


def is_html(response: Response) -> bool:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if not ctype:
        return isinstance(response, TextResponse)
    return "html" in ctype
