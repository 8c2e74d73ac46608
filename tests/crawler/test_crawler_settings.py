"""The project's Scrapy settings, read as Scrapy reads them."""

from __future__ import annotations

import inspect

import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import warn_on_generator_with_return_value

from crawler.sources import Source
from crawler.spiders.source import SourceSpider


def _spider() -> SourceSpider:
    source = Source(
        name="example",
        start_urls=("https://example.org/",),
        sitemaps=(),
        allowed_domains=("example.org",),
        article_pattern=r"/articles/",
    )
    spider = SourceSpider.for_source(source)()
    spider.settings = Settings()
    spider.settings.setmodule("crawler.settings", priority="project")
    return spider


def test_responses_do_not_reread_the_callbacks_source(monkeypatch) -> None:
    """Scrapy's check re-parses a generator callback's source for each new bound method (one per
    request restored from the job queue); the crawl's settings switch it off."""
    spider = _spider()

    def no_source(obj: object) -> str:
        pytest.fail("a callback's source was read")

    monkeypatch.setattr(inspect, "getsource", no_source)
    for callback in (spider.parse_article, spider.parse_sitemap, spider.on_error):
        warn_on_generator_with_return_value(spider, callback)
