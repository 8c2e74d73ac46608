"""One generic spider, parametrised by a Source: discovery first (robots.txt sitemaps, sitemaps,
feeds, listings), then only the article pages the archive does not hold yet.

Incremental by default: an article already archived is fetched again only when a sitemap or feed
says it changed since we saw it, or with `refresh` (then conditionally, so 304 costs nothing).
Listing pagination stops at the first page that shows nothing new.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from email.utils import format_datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from crawler.archive_link import ArchiveLink, parse_date, utc_now
from crawler.items import NotModifiedItem, PageItem
from crawler.sources import ROBOTS, Source
from crawler.spiders import discovery
from crawler.spiders.failures import describe_failure
from crawler.spiders.requests import SpiderRequest

DISCOVERY, ARTICLE = "discovery", "article"


class SourceSpider(scrapy.Spider):
    """Crawl one source. Arguments (also `scrapy crawl NAME -a since=… -a limit=…`):
    since (date), limit (articles), refresh and resume (true/false)."""

    source: ClassVar[Source]

    def __init__(
        self,
        *args: Any,
        since: Any = None,
        limit: Any = None,
        refresh: Any = False,
        resume: Any = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_domains = list(self.source.allowed_domains)
        self.since = since if isinstance(since, datetime) else parse_date(since)
        self.limit = int(limit) if limit not in (None, "") else None
        self.refresh = _flag(refresh)
        self.resume = _flag(resume)
        self.scheduled: set[str] = set()
        self.judged_known: set[str] = set()

    @classmethod
    def for_source(cls, source: Source, **settings: Any) -> type[SourceSpider]:
        """A subclass named after the source, as Scrapy wants one class per spider name;
        `settings` (e.g. its JOBDIR) become its custom_settings."""
        custom: dict[str, Any] = dict(settings)
        if source.download_delay is not None:
            custom["DOWNLOAD_DELAY"] = source.download_delay
        if source.concurrency is not None:
            custom["CONCURRENT_REQUESTS_PER_DOMAIN"] = source.concurrency
        attrs = {"name": source.name, "source": source, "custom_settings": custom}
        return type(f"{cls.__name__}_{source.name}", (cls,), attrs)

    @property
    def link(self) -> ArchiveLink:
        return ArchiveLink.of(self.crawler)

    # -- discovery --------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        src = self.source
        hosts = dict.fromkeys(
            f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in src.start_urls
        )
        for sitemap in src.sitemaps:
            if sitemap == ROBOTS:
                for host in hosts:
                    yield self._discover(f"{host}/robots.txt", self.parse_robots)
            else:
                yield self._discover(sitemap, self.parse_sitemap)
        for feed in src.feeds:
            yield self._discover(feed, self.parse_feed)
        for url in src.start_urls:
            callback = self.parse_page if src.follow_links else self.parse_listing
            yield self._discover(url, callback, page=1)

    def _discover(self, url: str, callback: Any, **meta: Any) -> scrapy.Request:
        self.crawler.stats.inc_value("crawl/requests/discovery")
        # On resume the restored seen-set must not swallow discovery pages: they are read again.
        return SpiderRequest(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=self.resume,
            meta={"ca_kind": DISCOVERY, **meta},
        )

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        for url in discovery.robots_sitemaps(response):
            yield self._discover(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        kind, entries = discovery.sitemap_entries(response)
        for entry in entries:
            if kind == "sitemapindex":
                yield self._discover(entry.url, self.parse_sitemap)
            else:
                yield from self.consider(entry.url, entry.lastmod)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        for entry in discovery.feed_entries(response):
            yield from self.consider(entry.url, entry.lastmod)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        n = response.meta.get("page", 1)
        fresh = 0
        for url in dict.fromkeys(discovery.page_links(response)):
            for request in self.consider(url, None):
                fresh += 1
                yield request
        # A page of nothing but known articles means the rest is older: stop (unless resuming
        # or refreshing, when every page is read again).
        if (fresh or self.resume or self.refresh) and n < self.source.max_pages:
            url = discovery.next_page(response, self.source.next_selector, self.source.page_url, n)
            if url and url != response.url:
                yield self._discover(url, self.parse_listing, page=n + 1)

    def consider(self, url: str, lastmod: datetime | None) -> Iterator[scrapy.Request]:
        """Schedule an article URL unless it is known, too old, already scheduled, over limit."""
        if url in self.scheduled or not self.source.is_article_url(url):
            return
        stats = self.crawler.stats
        if url not in self.judged_known:
            stats.inc_value("crawl/discovered")
        if self.since and lastmod and lastmod < self.since:
            stats.inc_value("crawl/too_old")
            return
        known = self.link.is_known(url, None if self.refresh else lastmod)
        if known and not self.refresh:
            self.judged_known.add(url)
            return
        if self.limit is not None and len(self.scheduled) >= self.limit:
            stats.set_value("crawl/limit_reached", 1)
            return
        self.scheduled.add(url)
        stats.inc_value("crawl/requests/article")
        yield self._article_request(url, conditional=known)

    def _article_request(self, url: str, *, conditional: bool) -> scrapy.Request:
        callback = self.parse_page if self.source.follow_links else self.parse_article
        meta: dict[str, Any] = {"ca_kind": ARTICLE}
        headers = {}
        if conditional:
            headers = self._conditional_headers(url)
            meta["handle_httpstatus_list"] = [304]
        return SpiderRequest(
            url, callback=callback, errback=self.on_error, headers=headers, meta=meta
        )

    def _conditional_headers(self, url: str) -> dict[str, str]:
        from archive import article_state

        state = article_state(self.link.db, url)
        headers = {}
        if state and state.etag:
            headers["If-None-Match"] = state.etag
        if state and state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        elif state and state.last_seen and (seen := parse_date(state.last_seen)):
            headers["If-Modified-Since"] = format_datetime(seen, usegmt=True)
        return headers

    # -- pages ------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Any]:
        if response.status == 304:
            yield NotModifiedItem(response.url)
        elif not discovery.is_html(response):
            ctype = response.headers.get(b"Content-Type", b"?").decode("latin-1")
            yield from describe_failure(response.url, f"not HTML ({ctype})", permanent=True)
        else:
            yield PageItem(
                url=response.url,
                body=response.body,
                status=response.status,
                headers={
                    k.decode("latin-1"): v[0].decode("latin-1")
                    for k, v in response.headers.items()
                    if v
                },
                source=self.source.name,
                fetched_at=utc_now(),
                user_agent=(response.request.headers.get(b"User-Agent") or b"").decode("latin-1"),
                redirects=_redirects(response),
            )

    def parse_page(self, response: Response) -> Iterator[Any]:
        """Ad hoc crawls: every on-site page is a candidate article and a source of links."""
        if response.meta.get("ca_kind") == ARTICLE or response.meta.get("page") == 1:
            yield from self.parse_article(response)
        if not discovery.is_html(response):
            return
        for feed in discovery.feed_links(response):
            if feed not in self.scheduled:
                self.scheduled.add(feed)
                yield self._discover(feed, self.parse_feed)
        for url in discovery.page_links(response):
            yield from self.consider(url, None)

    def on_error(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        if request.meta.get("page", 1) > 1 and _status(failure) == 404:
            return  # paging by URL pattern ends with a 404: the listing is over, no fault
        stage = "discover" if request.meta.get("ca_kind") == DISCOVERY else "fetch"
        yield from describe_failure(request.url, failure, stage=stage)


def _redirects(response: Response) -> list[tuple[str, int, str]]:
    """The hops that led here: (url, status, where it pointed)."""
    urls = response.meta.get("redirect_urls", [])
    reasons = response.meta.get("redirect_reasons", [])
    targets = [*urls[1:], response.url]
    return [
        (u, r if isinstance(r, int) else 302, t)
        for u, r, t in zip(urls, reasons, targets, strict=False)
    ]


def _status(failure: Any) -> int | None:
    response = getattr(failure.value, "response", None)
    return getattr(response, "status", None)


def _flag(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "yes", "on")
