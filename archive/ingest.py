"""Fetched pages into the archive: capture, extract, store the article.

`ingest_page` commits the capture first and on its own: whatever happens to extraction or
storing, the bytes are kept and `reprocess` can try again later. `store_pages` is for a crawler
that extracts elsewhere (worker processes): it writes many already-extracted pages - captures,
errors, articles - in one transaction, so a page is stored whole or not at all (a crawl killed
meanwhile simply fetches it again) and a batch costs one commit. Either way failures become
`errors` rows and a "failed" result, never an exception that loses the page.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlite_utils import Database

import processors
from archive.captures import store_capture
from archive.crawls import record_error
from archive.database import ArchiveError
from archive.flatten import PreparedArticle
from archive.packing import PackedBody
from archive.store import PendingArticle, StoreResult, store_article, store_articles
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


@dataclass(slots=True)
class ExtractedPage:
    """A fetched page, its body packed and its extraction done: what `store_pages` writes.
    No article and no error means "keep the capture only" (e.g. older than a crawl's --since)."""

    url: str
    body: PackedBody
    status: int
    headers: Mapping[str, str] | None
    article: Article | None = None
    prepared: PreparedArticle | None = None  # the article's rows, if prepared elsewhere
    error: str | None = None  # why extraction failed
    source: str | None = None
    fetched_at: str | None = None
    user_agent: str | None = None
    robots: str | None = None
    crawl_id: int | None = None
    redirects: Sequence[tuple[str, int, str]] = ()  # hops that led here: (url, status, to)


def store_pages(db: Database, pages: Sequence[ExtractedPage]) -> list[StoreResult]:
    """Every page's captures, errors and article in one transaction; one result per page.
    An article that cannot be stored is an errors row beside its kept capture."""
    try:
        with db.atomic():
            capture_ids = [_capture(db, page) for page in pages]
            return _store_extracted(db, pages, capture_ids)
    except sqlite3.Error as exc:
        raise ArchiveError(f"could not store {len(pages)} fetched pages: {exc}") from exc


def _capture(db: Database, page: ExtractedPage) -> int:
    """The page's capture id, after recording each redirect hop that led to it."""
    common = {
        "fetched_at": page.fetched_at,
        "source": page.source,
        "user_agent": page.user_agent,
        "robots": page.robots,
        "crawl_id": page.crawl_id,
    }
    for url, status, target in page.redirects:  # so the next run knows where it led
        store_capture(db, url=url, body=b"", status=status, headers={"location": target}, **common)
    return store_capture(
        db, url=page.url, body=page.body, status=page.status, headers=page.headers, **common
    )


def _store_extracted(
    db: Database, pages: Sequence[ExtractedPage], capture_ids: list[int]
) -> list[StoreResult]:
    results: list[StoreResult | None] = []
    pending: list[tuple[int, PendingArticle]] = []
    for page, capture_id in zip(pages, capture_ids, strict=True):
        if page.error is not None:
            record_error(
                db, url=page.url, stage="extract", message=page.error, crawl_id=page.crawl_id
            )
            results.append(StoreResult("failed", None, page.url, message=page.error))
        elif page.article is None:
            results.append(StoreResult("skipped", None, page.url))
        else:
            source = page.source or source_for(page.article.url)
            article = PendingArticle(
                page.article, source, capture_id, page.fetched_at, prepared=page.prepared
            )
            pending.append((len(results), article))
            results.append(None)
    articles = [article for _, article in pending]
    try:
        stored = list(store_articles(db, articles, batch_size=max(len(articles), 1)))
    except ArchiveError:  # rolled back whole: store one by one, so only a bad one is an error
        stored = [
            store_or_record(db, a.article, a.source, a.capture_id, a.seen_at, pages[i].crawl_id)
            for i, a in pending
        ]
    for (index, _), result in zip(pending, stored, strict=True):
        results[index] = result
    return results  # type: ignore[return-value]
