"""Stage 3: each page's capture and article (sections, version) stored in batches.

One transaction per page costs more than the page itself on a fast crawl; a batch of them
shares one, captures and articles together, so a page is stored whole or not at all. A batch
is written when it is full or CA_ARCHIVE_STORE_WAIT seconds after its first page, so a slow
crawl still stores promptly; each item waits for its batch, so the counts and the crawls row
stay exact. If a batch fails, its pages are stored one by one so only a bad one is lost to an
errors row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from typing import Any

from archive import ArchiveError, record_error
from archive.ingest import ExtractedPage, store_pages
from crawler.archive_link import ArchiveLink, parse_date
from crawler.items import PageItem

log = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler: Any, batch_size: int, wait: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = batch_size
        self.wait = wait
        self.pending: list[tuple[ExtractedPage, asyncio.Future]] = []
        self.timer: asyncio.TimerHandle | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        settings = crawler.settings
        return cls(
            crawler,
            settings.getint("CA_ARCHIVE_STORE_BATCH", 25),
            settings.getfloat("CA_ARCHIVE_STORE_WAIT", 0.5),
        )

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.packed is None:
            return item
        item.outcome = await self._queue(self._page(item))
        self.stats.inc_value(f"archive/{item.outcome}")
        self.stats.inc_value("archive/captured")
        item.packed = item.article = item.prepared = None
        return item

    def _page(self, item: PageItem) -> ExtractedPage:
        article = None if self._too_old(item.article) else item.article  # kept as capture only
        return ExtractedPage(
            url=item.url,
            body=item.packed,  # type: ignore[arg-type]
            status=item.status,
            headers=item.headers,
            article=article,  # type: ignore[arg-type]
            prepared=item.prepared if article is not None else None,  # type: ignore[arg-type]
            error=item.error,
            source=item.source,
            fetched_at=item.fetched_at,
            user_agent=item.user_agent,
            robots="allowed",
            crawl_id=ArchiveLink.of(self.crawler).crawl_id,
            redirects=item.redirects,
        )

    def _too_old(self, article: Any) -> bool:
        since = getattr(self.crawler.spider, "since", None)
        if not since:
            return False  # nothing to compare with: no date to parse
        published = parse_date(getattr(article, "published", None))
        return bool(published and published < since)

    def _queue(self, page: ExtractedPage) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.pending.append((page, future))
        if len(self.pending) >= self.batch_size:
            self.flush()
        elif self.timer is None:
            self.timer = loop.call_later(self.wait, self.flush)
        return future

    def flush(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.pending = self.pending, []
        if not batch:
            return
        db = ArchiveLink.of(self.crawler).db
        try:
            outcomes = [r.outcome for r in store_pages(db, [page for page, _ in batch])]
        except ArchiveError:
            outcomes = [self._store_alone(db, page) for page, _ in batch]
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            future.set_result(outcome)

    def _store_alone(self, db: Any, page: ExtractedPage) -> str:
        try:
            return store_pages(db, [page])[0].outcome
        except ArchiveError as exc:  # not stored, so the next run fetches it again
            log.error("could not store %s: %s", page.url, exc)
            with contextlib.suppress(ArchiveError, sqlite3.Error):
                record_error(
                    db, url=page.url, stage="store", message=str(exc), crawl_id=page.crawl_id
                )
            return "failed"

    def close_spider(self) -> None:
        self.flush()
