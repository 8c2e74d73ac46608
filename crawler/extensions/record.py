"""Each run leaves a crawls row: when, which sources, how it ended and what it counted.

`ca-archive crawl` opens one row for all the sources of a run and passes its id in
CA_ARCHIVE_CRAWL_ID; a bare `scrapy crawl` gets its row from this extension.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy import signals

from archive import finish_crawl, start_crawl
from crawler.archive_link import ArchiveLink

# crawls column → the Scrapy stat it comes from
COUNT_STATS = {
    "discovered": "crawl/discovered",
    "fetched": "downloader/response_count",
    "new": "archive/new",
    "changed": "archive/changed",
    "unchanged": "archive/unchanged",
    "skipped": "archive/skipped",
    "failed": "archive/failed",
    "bytes": "downloader/response_bytes",
}


def crawl_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    return {column: int(stats.get(key, 0) or 0) for column, key in COUNT_STATS.items()}


def crawl_status(reasons: list[str], counts: Mapping[str, int]) -> str:
    """ok · partial (some pages failed, or stopped early) · failed (nothing fetched)."""
    if counts["fetched"] == 0:
        return "failed"
    if counts["failed"] or any(r != "finished" for r in reasons):
        return "partial"
    return "ok"


class CrawlRecordExtension:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.crawl_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlRecordExtension:
        ext = cls(crawler)
        if not crawler.settings.getint("CA_ARCHIVE_CRAWL_ID"):
            crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
            crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        link = ArchiveLink.of(self.crawler)
        self.crawl_id = start_crawl(link.db, sources=[spider.name], options={"via": "scrapy"})
        link.crawl_id = self.crawl_id

    def spider_closed(self, spider: Any, reason: str) -> None:
        counts = crawl_counts(self.crawler.stats.get_stats())
        link = ArchiveLink.of(self.crawler)
        finish_crawl(link.db, self.crawl_id, status=crawl_status([reason], counts), counts=counts)
