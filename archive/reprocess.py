"""`ca-archive reprocess`: re-run the current extractor over stored captures, on every core.

Worker processes decompress, extract and hash (the CPU-bound part) and send back small flat
results; the parent compares hashes and alone writes to SQLite (one writer, one transaction per
chunk). At most `window` chunks are in flight, so memory
stays flat however many captures there are - `Executor.map` would submit them all up front.
Only articles whose extracted content changed get written (a new version row carrying the new
extractor version); unchanged ones are not touched at all.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlite_utils import Database

import processors
from archive.captures import decompress
from archive.crawls import record_error
from archive.database import utc_now
from archive.flatten import content_json
from archive.store import PendingArticle, StoreResult, store_articles
from processors.article import Article
from processors.errors import ExtractError

if TYPE_CHECKING:
    from processors import ExtractOptions

CHUNK_SIZE = 32
CAPTURES_SQL = (
    "SELECT c.id, c.url, c.headers, b.body, b.compression, c.source FROM captures c"
    " JOIN bodies b ON b.sha256 = c.body_sha256 WHERE c.id IN ({marks})"
)


@dataclass(frozen=True, slots=True)
class ReprocessFilter:
    """Which captures: by source, fetched on or after a date, URL LIKE pattern."""

    source: str | None = None
    since: str | None = None
    url_like: str | None = None


def capture_ids(db: Database, filters: ReprocessFilter) -> list[int]:
    """The latest successful capture of every URL matching the filters, oldest first."""
    clauses, params = ["status BETWEEN 200 AND 299"], []
    if filters.source:
        clauses.append(
            "(c.source = ? OR EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url"
            " AND a.source = ?))"
        )
        params += [filters.source, filters.source]
    if filters.since:
        clauses.append("c.fetched_at >= ?")
        params.append(filters.since)
    if filters.url_like:
        clauses.append("c.url LIKE ?")
        params.append(filters.url_like)
    sql = f"SELECT max(id) FROM captures c WHERE {' AND '.join(clauses)} GROUP BY url ORDER BY 1"
    return [row[0] for row in db.execute(sql, params)]


_worker_options: ExtractOptions | None = None


def _init_worker(options: ExtractOptions | None) -> None:
    global _worker_options
    _worker_options = options


class Extracted(NamedTuple):
    """A worker's result for one capture: small and flat, so it crosses processes cheaply."""

    url: str  # the article's URL (the capture's when extraction failed)
    capture_id: int
    source: str | None
    is_article: bool = False
    content: str | None = None  # the Article JSON
    digest: str | None = None
    error: str | None = None


def extract_chunk(chunk: list[tuple[Any, ...]]) -> list[Extracted]:
    """Worker side: decompress, extract and hash each capture, so the parent only compares
    hashes and writes what changed; failures come back as messages."""
    out: list[Extracted] = []
    for capture_id, url, headers, blob, compression, source in chunk:
        try:
            body = decompress(blob, compression)
            article = processors.extract(
                body, url, headers=json.loads(headers or "{}"), options=_worker_options
            )
        except ExtractError as exc:
            out.append(Extracted(url, capture_id, source, error=str(exc)))
        except Exception as exc:  # one bad capture must not end a long reprocess
            out.append(Extracted(url, capture_id, source, error=f"extractor crashed: {exc!r}"))
        else:
            content, digest = content_json(article) if article.is_article else (None, None)
            out.append(
                Extracted(article.url, capture_id, source, article.is_article, content, digest)
            )
    return out


def _chunks(db: Database, ids: list[int], size: int) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(ids), size):
        part = ids[start : start + size]
        sql = CAPTURES_SQL.format(marks=", ".join("?" * len(part)))
        yield [tuple(row) for row in db.execute(sql, part)]


def _bounded_map(
    pool: Executor, fn: Callable[[Any], Any], items: Iterable[Any], window: int
) -> Iterator[Any]:
    """Like `pool.map`, in order, but with at most `window` tasks submitted at a time."""
    pending: deque[Future[Any]] = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _store_chunk(db: Database, extracted: list[Extracted]) -> list[StoreResult]:
    """Errors recorded, non-articles skipped, same hash left alone; the rest stored."""
    results: list[StoreResult] = []
    pending: list[PendingArticle] = []
    now = utc_now()
    for e in extracted:
        if e.error is not None:
            record_error(db, url=e.url, stage="extract", message=e.error)
            results.append(StoreResult("failed", None, e.url, message=e.error))
        elif not e.is_article or e.content is None:
            results.append(StoreResult("skipped", None, e.url))
        elif (current := _current(db, e.url)) and current[1] == e.digest:
            results.append(StoreResult("unchanged", current[0], e.url, current[2]))
        else:
            article = Article.from_dict(json.loads(e.content))
            pending.append(PendingArticle(article, e.source, e.capture_id, now))
    results += store_articles(db, pending, batch_size=len(pending) or 1, touch=False)
    return results


def _current(db: Database, url: str) -> tuple[int, str, int] | None:
    row = db.execute(
        "SELECT id, content_hash, version_count FROM articles WHERE url = ?", [url]
    ).fetchone()
    return tuple(row) if row else None


def reprocess_captures(
    db: Database,
    ids: list[int],
    *,
    options: ExtractOptions | None = None,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[StoreResult]:
    """Re-extract the given captures and store what changed; one result per capture."""
    workers = workers or os.cpu_count() or 1
    chunks = _chunks(db, ids, chunk_size)
    if workers == 1:
        _init_worker(options)
        for chunk in chunks:
            yield from _store_chunk(db, extract_chunk(chunk))
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options,)) as pool:
        for extracted in _bounded_map(pool, extract_chunk, chunks, window=workers * 3):
            yield from _store_chunk(db, extracted)
