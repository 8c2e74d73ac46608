"""The scheduler's disk queue: requests survive a push and pop whole, named without a search."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import scrapy

from crawler.queues import RequestDiskQueue


class PagesSpider(scrapy.Spider):
    name = "pages"

    def parse_page(self, response):  # pragma: no cover - only referenced
        return None

    def failed(self, failure):  # pragma: no cover - only referenced
        return None


@pytest.fixture
def spider() -> PagesSpider:
    return PagesSpider()


@pytest.fixture
def queue(tmp_path: Path, spider: PagesSpider) -> Iterator[RequestDiskQueue]:
    opened = RequestDiskQueue(SimpleNamespace(spider=spider), str(tmp_path / "q"))
    yield opened
    opened.close()


def test_request_comes_back_whole(spider: PagesSpider, queue: RequestDiskQueue) -> None:
    request = scrapy.Request(
        "https://example.org/a",
        callback=spider.parse_page,
        errback=spider.failed,
        meta={"lastmod": "2024-05-01"},
        priority=3,
        cb_kwargs={"source": "demo"},
        dont_filter=True,
    )
    queue.push(request)
    back = queue.pop()
    assert (back.url, back.meta, back.priority, back.cb_kwargs, back.dont_filter) == (
        request.url,
        request.meta,
        3,
        {"source": "demo"},
        True,
    )
    assert (back.callback, back.errback) == (spider.parse_page, spider.failed)


def test_spider_methods_are_named_without_listing_the_spider(
    spider: PagesSpider, queue: RequestDiskQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("searched the spider's members")

    monkeypatch.setattr(inspect, "getmembers", refuse)
    queue.push(scrapy.Request("https://example.org/b", callback=spider.parse_page))
    assert queue.pop().callback == spider.parse_page


def test_no_callback_stays_none(queue: RequestDiskQueue) -> None:
    queue.push(scrapy.Request("https://example.org/c"))
    back = queue.pop()
    assert (back.callback, back.errback) == (None, None)


def test_a_callback_that_is_not_a_spider_method_is_refused_as_by_scrapy(
    queue: RequestDiskQueue,
) -> None:
    with pytest.raises(ValueError, match="not an instance method"):
        queue.push(scrapy.Request("https://example.org/d", callback=lambda response: None))
