"""Stage 1: pages that could not be fetched become errors rows; 304s count as unchanged."""

from __future__ import annotations

from typing import Any

from archive import record_error
from crawler.archive_link import ArchiveLink
from crawler.items import FetchErrorItem, NotModifiedItem


class FailurePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> FailurePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FetchErrorItem):
            link = ArchiveLink.of(self.crawler)
            record_error(
                link.db,
                url=item.url,
                stage=item.stage,
                message=item.message,
                crawl_id=link.crawl_id,
            )
            self.stats.inc_value("archive/failed")
            if item.permanent:
                link.permanent_failures.add(item.url)
        elif isinstance(item, NotModifiedItem):
            self.stats.inc_value("archive/unchanged")
            self.stats.inc_value("archive/not_modified")
        return item
