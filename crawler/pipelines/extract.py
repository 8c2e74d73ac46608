"""Stage 2: extraction in worker processes, awaited without blocking the reactor.

The worker also packs the body (hash + compression) and prepares the article's rows for the
store stage, so the reactor never spends CPU on a page's bytes or its JSON.
`CA_ARCHIVE_EXTRACT_WORKERS` sets the pool size (default: one per core); 0 does it all in the
reactor thread, which the benchmark uses as a comparison.
"""

from __future__ import annotations

import logging
from typing import Any

from archive.packing import pack_body
from crawler.extraction import SharedPool, default_workers
from crawler.items import PageItem
from crawler.worker import process_page
from processors import ExtractOptions

log = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, crawler: Any, workers: int) -> None:
        self.crawler = crawler
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
            item.packed, result, item.prepared = process_page(*args)
        else:
            try:
                item.packed, result, item.prepared = await self.pool.process(args)
            except Exception as exc:  # a worker died (BrokenProcessPool): keep the page anyway
                log.error("extraction worker failed on %s: %s", item.url, exc)
                item.packed, result = pack_body(item.body), f"extraction worker failed: {exc}"
        if isinstance(result, str):
            item.error = result
        else:
            item.article = result
        item.body = b""  # packed now; no need to hold 150 KB per page while it waits to be stored
        return item
