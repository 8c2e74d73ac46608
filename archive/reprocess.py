"""`ca-archive reprocess`: re-run the current extractor over stored captures, on every core.

Worker processes decompress and extract (the CPU-bound part); the parent alone writes to
SQLite (one writer, one transaction per chunk). At most `window` chunks are in flight, so memory
stays flat however many captures there are - `Executor.map` would submit them all up front.
Only articles whose extracted content changed get written (a new version row carrying the new
extractor version); unchanged ones are not touched at all.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

import processors
from archive.captures import decompress
from archive.crawls import record_error
from archive.database import utc_now
from archive.flatten import prepare
from archive.store import PendingArticle, StoreResult, store_articles
from processors.errors import ExtractError

if TYPE_CHECKING:
    from processors import ExtractOptions

log = logging.getLogger(__name__)

CHUNK_SIZE = 32
CAPTURES_SQL = (
    "SELECT c.id, c.url, c.headers, b.body, b.compression, c.source FROM captures c"
    " JOIN bodies b ON b.sha256 = c.body_sha256 WHERE c.id IN ({marks})"
)
# (capture URL, the article ready to store or None, error message or None)
Extracted = tuple[str, PendingArticle | None, str | None]


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


def extract_chunk(chunk: list[tuple[Any, ...]]) -> list[Extracted]:
    """Worker side: decompress, extract and prepare the rows of each capture, so the parent
    only compares hashes and writes; failures come back as messages."""
    out: list[Extracted] = []
    for capture_id, url, headers, blob, compression, source in chunk:
        try:
            body = decompress(blob, compression)
            article = processors.extract(
                body, url, headers=json.loads(headers or "{}"), options=_worker_options
            )
        except ExtractError as exc:
            out.append((url, None, str(exc)))
        except Exception as exc:  # one bad capture must not end a long reprocess
            out.append((url, None, f"extractor crashed: {exc!r}"))
        else:
            prepared = prepare(article) if article.is_article else None
            out.append((url, PendingArticle(article, source, capture_id, None, prepared), None))
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
    results: list[StoreResult] = []
    pending: list[PendingArticle] = []
    now = utc_now()
    for url, item, error in extracted:
        if item is None:
            record_error(db, url=url, stage="extract", message=error or "extraction failed")
            results.append(StoreResult("failed", None, url, message=error))
        else:
            pending.append(replace(item, seen_at=now))
    results += store_articles(db, pending, batch_size=len(pending) or 1, touch=False)
    return results


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
