"""One fetched page into the archive: capture it, extract it, store the article.

The capture is committed first and on its own: whatever happens to extraction or storing, the
bytes are kept and `reprocess` can try again later. Failures become `errors` rows and a
"failed" result, never an exception that loses the page.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlite_utils import Database

import processors
from archive.captures import store_capture
from archive.crawls import record_error
from archive.database import ArchiveError
from archive.store import StoreResult, store_article
from processors.errors import ExtractError

if TYPE_CHECKING:
    from processors import ExtractOptions
    from processors.article import Article

log = logging.getLogger(__name__)


def ingest_page(
    db: Database,
    *,
    body: bytes,
    url: str,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    source: str | None = None,
    options: ExtractOptions | None = None,
    crawl_id: int | None = None,
    fetched_at: str | None = None,
    user_agent: str | None = None,
    robots: str | None = None,
) -> StoreResult:
    """Capture + extract + store. Non-2xx responses and non-articles are kept as captures only
    ("skipped"); extraction or storage failures are recorded in `errors` ("failed")."""
    capture_id = store_capture(
        db,
        url=url,
        body=body,
        status=status,
        headers=headers,
        fetched_at=fetched_at,
        source=source,
        user_agent=user_agent,
        robots=robots,
        crawl_id=crawl_id,
    )
    if not 200 <= status < 300:
        return StoreResult("skipped", None, url, message=f"HTTP {status}")
    article = extract_page(db, body, url, headers, options, crawl_id)
    if isinstance(article, StoreResult):
        return article
    return store_or_record(db, article, source, capture_id, fetched_at, crawl_id)


def extract_page(
    db: Database,
    body: bytes,
    url: str,
    headers: Mapping[str, str] | None,
    options: ExtractOptions | None,
    crawl_id: int | None,
) -> Article | StoreResult:
    """The article, or a "failed" result after recording why in `errors`."""
    try:
        return processors.extract(body, url, headers=headers, options=options)
    except ExtractError as exc:
        message = str(exc)
    except Exception as exc:  # an extractor bug on one page must not stop a crawl or import
        log.exception("extractor crashed on %s", url)
        message = f"extractor crashed: {type(exc).__name__}: {exc}"
    record_error(db, url=url, stage="extract", message=message, crawl_id=crawl_id)
    return StoreResult("failed", None, url, message=message)


def store_or_record(
    db: Database,
    article: Article,
    source: str | None,
    capture_id: int | None,
    seen_at: str | None,
    crawl_id: int | None,
) -> StoreResult:
    """Store the article; if the write fails (rolled back whole), record it in `errors`."""
    try:
        return store_article(
            db,
            article,
            source=source or source_for(article.url),
            capture_id=capture_id,
            seen_at=seen_at,
        )
    except ArchiveError as exc:
        record_error(db, url=article.url, stage="store", message=str(exc), crawl_id=crawl_id)
        return StoreResult("failed", None, article.url, message=str(exc))


def source_for(url: str) -> str | None:
    """A source name when none is given: the site's host without "www."."""
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
