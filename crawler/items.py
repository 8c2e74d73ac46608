"""What the spider hands to the pipelines: flat dataclasses, no response objects inside."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PageItem:
    """A fetched article page, on its way to extract (and pack) → capture and store."""

    url: str  # the URL the body came from (after redirects)
    body: bytes
    status: int
    headers: dict[str, str]
    source: str
    fetched_at: str
    user_agent: str | None = None
    redirects: list[tuple[str, int, str]] = field(default_factory=list)  # (url, status, to)
    packed: object | None = None  # archive.captures.PackedBody once extracted
    article: object | None = None  # processors.Article once extracted
    prepared: object | None = None  # its archive.flatten.PreparedArticle rows, from the worker
    error: str | None = None  # why extraction failed
    outcome: str | None = None  # new / changed / unchanged / skipped / failed


@dataclass(slots=True)
class FetchErrorItem:
    """A page that could not be fetched (HTTP error, timeout, too big, offsite redirect…)."""

    url: str
    message: str
    permanent: bool = False  # not worth asking again on the next run (404, 410, not HTML)
    stage: str = "fetch"  # "discover" for sitemaps, feeds and listings


@dataclass(slots=True)
class NotModifiedItem:
    """A conditional request answered 304: the page we hold is current."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)
