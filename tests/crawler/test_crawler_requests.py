"""SpiderRequest: written to the JOBDIR queue and read back with the same callbacks, without
Scrapy's scan of every member of the spider."""

from __future__ import annotations

import inspect

import pytest
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from crawler.sources import Source
from crawler.spiders.requests import SpiderRequest
from crawler.spiders.source import SourceSpider


@pytest.fixture
def spider() -> SourceSpider:
    source = Source(
        name="sample",
        start_urls=("https://example.org/",),
        allowed_domains=("example.org",),
        article_pattern=r"/articles/",
    )
    cls = SourceSpider.for_source(source)
    return cls.from_crawler(get_crawler(cls))


def _request(spider: SourceSpider) -> SpiderRequest:
    return SpiderRequest(
        "https://example.org/articles/a/",
        callback=spider.parse_article,
        errback=spider.on_error,
        meta={"ca_kind": "article"},
    )


def test_callbacks_survive_the_queue(spider) -> None:
    restored = request_from_dict(_request(spider).to_dict(spider=spider), spider=spider)
    assert (restored.callback, restored.errback) == (spider.parse_article, spider.on_error)
    assert isinstance(restored, SpiderRequest)
    assert restored.meta == {"ca_kind": "article"}


def test_the_spider_is_not_scanned(spider, monkeypatch) -> None:
    def scan(*args, **kwargs):
        raise AssertionError("inspect.getmembers was called")

    monkeypatch.setattr(inspect, "getmembers", scan)
    assert _request(spider).to_dict(spider=spider)["callback"] == "parse_article"


def test_the_request_keeps_its_callables(spider) -> None:
    request = _request(spider)
    request.to_dict(spider=spider)
    assert request.callback == spider.parse_article


class Elsewhere:
    def parse_article(self, response) -> None:
        """Same name as the spider's method, but not the spider's."""


def test_another_objects_method_is_refused_as_scrapy_does(spider) -> None:
    request = SpiderRequest("https://example.org/", callback=Elsewhere().parse_article)
    with pytest.raises(ValueError, match="not an instance method"):
        request.to_dict(spider=spider)
