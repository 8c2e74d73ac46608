"""Stage 3: extraction in worker processes, awaited without blocking the reactor.

`CA_ARCHIVE_EXTRACT_WORKERS` sets the pool size (default: one per core); 0 extracts in the
reactor thread, which the benchmark uses as a comparison.
"""

from __future__ import annotations

import asyncio
from typing import Any

from archive import record_error
from crawler.archive_link import ArchiveLink
from crawler.extraction import SharedPool, default_workers, extract_page, submit
from crawler.items import PageItem
from processors import ExtractOptions


class ExtractPipeline:
    def __init__(self, crawler: Any, workers: int) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.workers = workers
        self.pool = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        workers = crawler.settings.getint("CA_ARCHIVE_EXTRACT_WORKERS", default_workers())
        return cls(crawler, workers)

    def close_spider(self) -> None:
        if self.pool is not None:
            SharedPool.release()
            self.pool = None

    def options(self) -> ExtractOptions:
        source = self.crawler.spider.source
        return ExtractOptions(
            aliases=source.aliases, selectors=source.selectors, language=source.language
        )

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        args = (item.body, item.url, item.headers, item.source, self.options())
        if self.pool is None and self.workers > 0:
            # Started on the first page, so a crawl that finds nothing new starts no processes.
            self.pool = SharedPool.acquire(self.workers)
        if self.pool is None:
            result = extract_page(*args)
        else:
            result = await asyncio.wrap_future(submit(self.pool, *args))
        if isinstance(result, str):
            link = ArchiveLink.of(self.crawler)
            record_error(
                link.db, url=item.url, stage="extract", message=result, crawl_id=link.crawl_id
            )
            item.outcome = "failed"
            self.stats.inc_value("archive/failed")
        else:
            item.article = result
        item.body = b""  # captured already; no need to hold 150 KB per page while storing
        return item
