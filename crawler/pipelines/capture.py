"""Stage 2: every fetched page is stored raw (body compressed, once per distinct content) first."""

from __future__ import annotations

from typing import Any

from archive import store_capture
from crawler.archive_link import ArchiveLink
from crawler.items import PageItem


class CapturePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CapturePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, PageItem):
            link = ArchiveLink.of(self.crawler)
            item.capture_id = store_capture(
                link.db,
                url=item.url,
                body=item.body,
                status=item.status,
                headers=item.headers,
                fetched_at=item.fetched_at,
                source=item.source,
                user_agent=item.user_agent,
                robots="allowed",
                crawl_id=link.crawl_id,
            )
            for url, status, target in item.redirects:  # so the next run knows where it led
                store_capture(
                    link.db,
                    url=url,
                    body=b"",
                    status=status,
                    headers={"location": target},
                    fetched_at=item.fetched_at,
                    source=item.source,
                    user_agent=item.user_agent,
                    robots="allowed",
                    crawl_id=link.crawl_id,
                )
            self.stats.inc_value("archive/captured")
            self.stats.inc_value("archive/bytes", len(item.body))
        return item
