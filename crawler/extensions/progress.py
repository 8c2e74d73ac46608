"""A live status line while crawling: fetched, new, changed, errors and rate.

On a terminal (CA_ARCHIVE_PROGRESS = "tty") one line on stderr is redrawn twice a second; else
("log") a plain log line every CA_ARCHIVE_PROGRESS_INTERVAL seconds, which reads well in cron
mail and log files. Several crawlers of one run share one line: the board sums their stats.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, ClassVar

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

log = logging.getLogger(__name__)


class ProgressExtension:
    crawlers: ClassVar[list[Any]] = []
    ticker: ClassVar[task.LoopingCall | None] = None
    started: ClassVar[float] = 0.0

    def __init__(self, crawler: Any, mode: str, interval: float) -> None:
        self.crawler = crawler
        self.mode = mode
        self.interval = interval

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressExtension:
        mode = str(crawler.settings.get("CA_ARCHIVE_PROGRESS") or "").lower()
        if mode not in ("tty", "log"):
            raise NotConfigured
        interval = (
            0.5
            if mode == "tty"
            else crawler.settings.getfloat("CA_ARCHIVE_PROGRESS_INTERVAL", 10.0)
        )
        ext = cls(crawler, mode, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        cls = type(self)
        cls.crawlers.append(self.crawler)
        if cls.ticker is None:
            cls.started = time.monotonic()
            cls.ticker = task.LoopingCall(self.tick)
            cls.ticker.start(self.interval, now=False)

    def spider_closed(self, spider: Any) -> None:
        cls = type(self)
        if cls.crawlers == [self.crawler] and cls.ticker is not None:
            cls.ticker.stop()
            cls.ticker = None
            self.tick()
            if self.mode == "tty":
                sys.stderr.write("\n")
        cls.crawlers.remove(self.crawler)

    def tick(self) -> None:
        line = status_line(self.totals(), time.monotonic() - type(self).started)
        if self.mode == "tty":
            sys.stderr.write("\r\x1b[2K" + line)
            sys.stderr.flush()
        else:
            log.info(line)

    def totals(self) -> dict[str, int]:
        keys = ("downloader/response_count", "archive/new", "archive/changed", "archive/failed")
        sums = dict.fromkeys(keys, 0)
        for crawler in type(self).crawlers:
            stats = crawler.stats.get_stats()
            for key in keys:
                sums[key] += int(stats.get(key, 0) or 0)
        return sums


def status_line(totals: dict[str, int], elapsed: float) -> str:
    fetched = totals["downloader/response_count"]
    rate = fetched / elapsed if elapsed > 0 else 0.0
    return (
        f"fetched {fetched} · new {totals['archive/new']} · changed {totals['archive/changed']}"
        f" · errors {totals['archive/failed']} · {rate:.1f} pages/s"
    )
