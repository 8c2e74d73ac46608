"""Sources are data: the shipped `data/sources.toml`, a user file layered over it, or an ad hoc
source built from start URLs. Adding a site means adding a table, not writing a spider.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROBOTS = "robots"  # in `sitemaps`: read the Sitemap: lines of the site's robots.txt


class SourceError(ValueError):
    """A sources file or an entry in it that cannot be used (one-line message)."""


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_pattern: str | None = None  # None: any page the extractor judges an article
    next_selector: str | None = None
    page_url: str | None = None  # pagination by URL pattern with {n}
    max_pages: int = 50
    language: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    download_delay: float | None = None
    concurrency: int | None = None
    follow_links: bool = False  # ad hoc crawls follow every on-site link

    def is_article_url(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.hostname not in self.allowed_domains:
            return False
        if self.article_pattern is None:
            return True
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return re.search(self.article_pattern, target) is not None

    def rebased(self, base: str, name: str) -> Source:
        """The same source pointed at another host (the local sample site), without delays."""
        move = _rebaser(base)
        return replace(
            self,
            name=name,
            start_urls=tuple(map(move, self.start_urls)),
            feeds=tuple(map(move, self.feeds)),
            sitemaps=tuple(s if s == ROBOTS else move(s) for s in self.sitemaps),
            allowed_domains=(urlsplit(base).hostname,),
            page_url=move(self.page_url) if self.page_url else None,
            download_delay=None,
            concurrency=None,
        )


def _rebaser(base: str):
    new = urlsplit(base)

    def move(url: str) -> str:
        old = urlsplit(url)
        return urlunsplit((new.scheme, new.netloc, old.path, old.query, old.fragment))

    return move


def from_table(name: str, table: dict[str, Any]) -> Source:
    """One `[sources.<name>]` table → Source, with a clear message for what is wrong."""
    try:
        start_urls = tuple(table["start_urls"])
        pagination = table.get("pagination", {})
        politeness = table.get("politeness", {})
        pattern = table.get("article_pattern")
        if pattern is not None:
            re.compile(pattern)
        hosts = tuple(table.get("allowed_domains") or {urlsplit(u).hostname for u in start_urls})
        return Source(
            name=name,
            start_urls=start_urls,
            feeds=tuple(table.get("feeds", ())),
            sitemaps=tuple(table.get("sitemaps", ())),
            allowed_domains=hosts,
            article_pattern=pattern,
            next_selector=pagination.get("next"),
            page_url=pagination.get("url"),
            max_pages=int(table.get("max_pages", 50)),
            language=table.get("language"),
            selectors=dict(table.get("selectors", {})),
            aliases={k: list(v) for k, v in table.get("aliases", {}).items()},
            download_delay=politeness.get("download_delay"),
            concurrency=politeness.get("concurrency"),
        )
    except KeyError as exc:
        raise SourceError(f"source {name!r}: missing {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError, re.error) as exc:
        raise SourceError(f"source {name!r}: {exc}") from None


def load_sources(config: str | Path | None = None) -> dict[str, Source]:
    """The shipped sources, with those of `config` (if given) added or replacing them."""
    shipped = resources.files("crawler").joinpath("data/sources.toml").read_text("utf-8")
    tables = dict(_parse(shipped, "the shipped sources.toml"))
    if config is not None:
        try:
            text = Path(config).read_text("utf-8")
        except OSError as exc:
            raise SourceError(f"cannot read {config}: {exc.strerror}") from None
        tables.update(_parse(text, str(config)))
    return {name: from_table(name, table) for name, table in tables.items()}


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{where}: {exc}") from None
    sources = data.get("sources", {})
    if not isinstance(sources, dict):
        raise SourceError(f"{where}: [sources] must be a table of tables")
    return sources


def adhoc_source(start_urls: list[str]) -> Source:
    """A source for `--start-url`: stay on those hosts, discover sitemaps, feeds and links."""
    hosts = tuple(dict.fromkeys(urlsplit(u).hostname for u in start_urls))
    if not all(hosts) or any(urlsplit(u).scheme not in ("http", "https") for u in start_urls):
        raise SourceError("--start-url takes http(s) URLs")
    return Source(
        name="adhoc-" + "+".join(hosts),
        start_urls=tuple(start_urls),
        sitemaps=(ROBOTS,),
        allowed_domains=hosts,
        follow_links=True,
    )


def dump_sources(sources: list[Source]) -> str:
    """Sources as a TOML sources file (the format `load_sources` reads)."""
    out = []
    for src in sources:
        out.append(f"[sources.{json.dumps(src.name)}]")
        values: dict[str, Any] = {
            "start_urls": list(src.start_urls),
            "feeds": list(src.feeds),
            "sitemaps": list(src.sitemaps),
            "allowed_domains": list(src.allowed_domains),
            "article_pattern": src.article_pattern,
            "max_pages": src.max_pages,
            "language": src.language,
        }
        out += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items() if v]
        tables = {
            "pagination": {"next": src.next_selector, "url": src.page_url},
            "politeness": {"download_delay": src.download_delay, "concurrency": src.concurrency},
            "selectors": src.selectors,
            "aliases": src.aliases,
        }
        for name, table in tables.items():
            pairs = [
                f"{json.dumps(k)} = {json.dumps(v, ensure_ascii=False)}"
                for k, v in table.items()
                if v is not None
            ]
            if pairs:
                out.append(f"{name} = {{ {', '.join(pairs)} }}")
        out.append("")
    return "\n".join(out)
