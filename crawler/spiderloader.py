"""Spiders from data: `scrapy list` shows one spider per source of the sources file, and
`scrapy crawl <source>` builds that source's spider (setting CA_ARCHIVE_SOURCES adds a user file).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.settings import BaseSettings

from crawler.sources import Source, load_sources
from crawler.spiders.source import SourceSpider


class SourceSpiderLoader:
    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> SourceSpiderLoader:
        return cls(load_sources(settings.get("CA_ARCHIVE_SOURCES")))

    def load(self, spider_name: str) -> type[SourceSpider]:
        try:
            return SourceSpider.for_source(self.sources[spider_name])
        except KeyError:
            raise KeyError(f"Spider not found: {spider_name}") from None

    def list(self) -> list[str]:
        return sorted(self.sources)

    def find_by_request(self, request: Request) -> list[str]:
        return [name for name, src in self.sources.items() if src.is_article_url(request.url)]

    def __repr__(self) -> str:
        return f"<SourceSpiderLoader {self.list()!r}>"
