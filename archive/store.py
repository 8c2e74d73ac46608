"""Storing extracted articles: new, changed (the old content kept as a version) or unchanged.

Each article is written in one transaction - its row, its sections, its version row - so a
failed write (disk full, locked past the busy timeout) leaves no half-stored article.
`store_articles` shares one transaction per batch, which is what makes bulk imports and
`reprocess` fast; a failure rolls back the whole batch.

The hot path uses SQL on sqlite-utils' connection rather than `Table.insert()` (which
re-inspects the table on every call): one query reads the stored hash of every URL in a batch,
and new articles and all sections go in as multi-row INSERTs. While a batch is written its
transaction holds the `fts_deferred` flag, which idles the FTS insert triggers; the batch's new
rows are then indexed with one `INSERT ... SELECT` per FTS table (see `_BatchWriter`), and the
flag is cleared before the commit. Updates and deletes still go through the triggers, and a
failed batch rolls back rows, index and flag together.
Tables, indexes, FTS tables and triggers are still created by sqlite-utils (archive.schema).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlite_utils import Database

from archive.database import ArchiveError, utc_now
from archive.flatten import PreparedArticle, changed_sections, prepare, to_json
from archive.schema import FTS_COLUMNS, FTS_DEFERRED
from processors.article import Article

# Rows per multi-row INSERT: few statements to prepare and step through, and the SQL text
# stays short.
ROWS_PER_INSERT = 200
OUTCOMES = ("new", "changed", "unchanged", "skipped", "failed")
_MONTH = re.compile(r"^\d{4}-\d{2}")


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What happened to one page: `outcome` is one of OUTCOMES."""

    outcome: str
    article_id: int | None
    url: str
    version: int | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class PendingArticle:
    """One article waiting for `store_articles`, with where and when it was seen. `prepared`
    (from `archive.flatten.prepare`) may be computed ahead, e.g. in a crawler's worker process;
    otherwise `store_articles` prepares the article itself."""

    article: Article
    source: str | None = None
    capture_id: int | None = None
    seen_at: str | None = None
    prepared: PreparedArticle | None = None


def store_article(
    db: Database,
    article: Article,
    *,
    source: str | None,
    capture_id: int | None,
    seen_at: str | None = None,
    touch: bool = True,
) -> StoreResult:
    """Store one article in its own transaction. `touch=False` (reprocess) leaves last_seen
    alone: re-extracting a stored capture is not seeing the page again."""
    pending = PendingArticle(article, source, capture_id, seen_at)
    return next(store_articles(db, [pending], touch=touch))


def store_articles(
    db: Database, items: Iterable[PendingArticle], *, batch_size: int = 500, touch: bool = True
) -> Iterator[StoreResult]:
    """Store many articles, one transaction per batch; results are yielded once it commits.
    Articles are prepared (JSON, hash, rows) before the transaction, so the write lock is held
    only for the writes."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        prepared = [_prepared(item) for item in batch]
        try:
            with _write_transaction(db):
                results = _store_batch(db.conn, batch, prepared, touch)
        except sqlite3.Error as exc:
            urls = ", ".join(item.article.url for item in batch[:3])
            more = f" and {len(batch) - 3} more" if len(batch) > 3 else ""
            raise ArchiveError(f"could not store {urls}{more}: {exc}") from exc
        yield from results


def _prepared(item: PendingArticle) -> PreparedArticle | None:
    if not item.article.is_article:
        return None
    return item.prepared or prepare(item.article)


@contextmanager
def _write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so the
    batch's reads and the ids it allocates cannot go stale; inside a caller's transaction, a
    savepoint."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def _store_batch(
    conn: sqlite3.Connection,
    batch: list[PendingArticle],
    prepared: list[PreparedArticle | None],
    touch: bool,
) -> list[StoreResult]:
    """The version check reads every URL of the batch in one query; new articles and all
    sections are then written in multi-row INSERTs and indexed in bulk by `_BatchWriter`, with
    the FTS insert triggers idled by the flag row for as long as the batch writes."""
    conn.execute(f"INSERT OR IGNORE INTO [{FTS_DEFERRED}] (id) VALUES (1)")
    known = _known(conn, [item.article.url for item in batch])
    writer = _BatchWriter(conn)
    now = utc_now()
    results = []
    for item, ready in zip(batch, prepared, strict=True):
        url = item.article.url
        if ready is None:
            results.append(StoreResult("skipped", None, url))
            continue
        if url in writer.pending_urls:  # the same URL twice in one batch: write the first
            writer.flush()  # (and index it, so the second can update or delete its rows)
        result = _store_one(conn, writer, item, ready, known.get(url), item.seen_at or now, touch)
        known[url] = (result.article_id, ready.digest, result.version)
        results.append(result)
    writer.flush()
    conn.execute(f"DELETE FROM [{FTS_DEFERRED}]")
    return results


def _known(conn: sqlite3.Connection, urls: list[str]) -> dict[str, tuple[Any, ...]]:
    rows = conn.execute(
        "SELECT url, id, content_hash, version_count FROM articles"
        " WHERE url IN (SELECT value FROM json_each(?))",
        [to_json(urls)],
    )
    return {url: rest for url, *rest in rows}


def _store_one(
    conn: sqlite3.Connection,
    writer: _BatchWriter,
    item: PendingArticle,
    prepared: PreparedArticle,
    old: tuple[Any, ...] | None,
    seen_at: str,
    touch: bool,
) -> StoreResult:
    article = item.article
    row = article_row(conn, item, prepared)
    if old is None:
        row.update(version_count=1, first_seen=seen_at, last_seen=seen_at, last_changed=seen_at)
        return StoreResult("new", writer.add_article(row, prepared.sections), article.url, 1)
    article_id, old_hash, version_count = old
    if old_hash == prepared.digest:
        if touch:
            conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen_at, article_id])
        return StoreResult("unchanged", article_id, article.url, version_count)
    _keep_version(conn, article_id, article, seen_at)
    conn.execute("DELETE FROM sections WHERE article_id = ?", [article_id])
    row.update(version_count=version_count + 1, last_changed=seen_at)
    if item.source is None:  # reprocessing a capture that did not name its source
        del row["source"]
    if touch:
        row["last_seen"] = seen_at
    _update(conn, "articles", article_id, row)
    writer.add_sections(article.url, article_id, prepared.sections)
    return StoreResult("changed", article_id, article.url, version_count + 1)


def _keep_version(conn: sqlite3.Connection, article_id: int, new: Article, at: str) -> None:
    """Copy the content being replaced into `versions`, with which sections differ."""
    content, digest, number, capture_id, extractor, first_seen, last_changed = conn.execute(
        "SELECT content, content_hash, version_count, capture_id, extractor_version, first_seen,"
        " last_changed FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    changes = changed_sections(Article.from_dict(json.loads(content)), new)
    version = {
        "article_id": article_id,
        "version": number,
        "content": content,
        "content_hash": digest,
        "capture_id": capture_id,
        "extractor_version": extractor,
        "valid_from": last_changed or first_seen,
        "replaced_at": at,
        "changed_sections": to_json(changes),
    }
    _insert(conn, "versions", version)


def article_row(
    conn: sqlite3.Connection, item: PendingArticle, prepared: PreparedArticle
) -> dict[str, Any]:
    """The articles row for an article (without the seen/version bookkeeping columns)."""
    article = item.article
    month = _MONTH.match(article.published or "")
    return {
        "url": article.url,
        "source": item.source,
        "title": article.title,
        "author_id": _author_id(conn, article),
        "published": article.published,
        "modified": article.modified,
        "published_month": month.group(0) if month else None,
        "category": article.category,
        "breadcrumbs": to_json(article.breadcrumbs),
        "tags": to_json(article.tags),
        "language": article.language,
        "description": article.description,
        "is_article": int(article.is_article),
        "text": prepared.text,
        "word_count": len(prepared.text.split()),
        "content_hash": prepared.digest,
        "extractor_version": article.extractor_version,
        "capture_id": item.capture_id,
        "content": prepared.content,
    }


def _author_id(conn: sqlite3.Connection, article: Article) -> int | None:
    """Authors are shared rows keyed by name and profile URL; a newer non-empty bio wins."""
    if not article.author:
        return None
    found = conn.execute(
        "SELECT id, bio FROM authors WHERE name = ? AND url IS ?",
        [article.author, article.author_url],
    ).fetchone()
    if found is None:
        author = {"name": article.author, "bio": article.author_bio, "url": article.author_url}
        return _insert(conn, "authors", author)
    if article.author_bio and article.author_bio != found[1]:
        conn.execute("UPDATE authors SET bio = ? WHERE id = ?", [article.author_bio, found[0]])
    return int(found[0])


class _BatchWriter:
    """Collects a batch's new article rows and section rows, writes each table with a few
    multi-row INSERTs and then indexes them, with the insert triggers idle, in one
    `INSERT INTO x_fts ... SELECT` per table. Why: FTS5 flushes its pending index data to a new
    segment at the start of every statement that needs a statement journal - any INSERT that
    fires a trigger does - so rows indexed from triggers left small segments for FTS5 to merge
    again and again; one statement per table builds a few large ones. Ids are allocated up
    front, inside the write transaction, contiguously from max(id) + 1, so sections can name
    their article and parent before they are written and the rows to index after a flush are
    exactly those from the first id allocated."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.articles: list[dict[str, Any]] = []
        self.sections: list[tuple[Any, ...]] = []
        self.pending_urls: set[str] = set()  # articles whose rows wait for the next flush
        self.first = dict.fromkeys(FTS_COLUMNS, 0)  # table -> first id allocated, 0: none
        self.next = dict.fromkeys(FTS_COLUMNS, 0)

    def add_article(self, row: dict[str, Any], sections: list[dict[str, Any]]) -> int:
        row["id"] = article_id = self._allocate("articles", 1)
        self.articles.append(row)
        self.add_sections(row["url"], article_id, sections)
        return article_id

    def add_sections(self, url: str, article_id: int, rows: list[dict[str, Any]]) -> None:
        self.pending_urls.add(url)
        if not rows:
            return
        first = self._allocate("sections", len(rows))
        self.sections += [
            (
                first + r["position"],
                article_id,
                r["position"],
                None if r["parent"] is None else first + r["parent"],
                *(r[k] for k in SECTION_VALUES),
            )
            for r in rows
        ]

    def _allocate(self, table: str, count: int) -> int:
        """The first of `count` new ids of `table`."""
        if not self.first[table]:
            self.first[table] = self.next[table] = _next_id(self.conn, table)
        start = self.next[table]
        self.next[table] += count
        return start

    def flush(self) -> None:
        """Articles before sections (foreign keys), then their FTS rows; the next flush
        re-reads its first ids from the tables."""
        if self.articles:
            columns = list(self.articles[0])
            insert_many(self.conn, "articles", columns, [list(r.values()) for r in self.articles])
        insert_many(self.conn, "sections", SECTION_COLUMNS, self.sections)
        for table, first in self.first.items():
            if first:
                _index_from(self.conn, table, first)
        self.articles, self.sections, self.pending_urls = [], [], set()
        self.first = dict.fromkeys(FTS_COLUMNS, 0)


def _index_from(conn: sqlite3.Connection, table: str, first_id: int) -> None:
    """Add the rows of `table` from `first_id` on to its FTS index, in one statement."""
    columns = ", ".join(f"[{name}]" for name in FTS_COLUMNS[table])
    conn.execute(
        f"INSERT INTO [{table}_fts] (rowid, {columns})"
        f" SELECT id, {columns} FROM [{table}] WHERE id >= ?",
        [first_id],
    )


SECTION_VALUES = ("level", "depth", "heading", "kind", "text", "items")
SECTION_COLUMNS = ["id", "article_id", "position", "parent_id", *SECTION_VALUES]


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0])


def insert_many(
    conn: sqlite3.Connection, table: str, columns: list[str], rows: list[Sequence[Any]]
) -> None:
    """Chunks of at most ROWS_PER_INSERT rows (and SQLite's variable limit): full chunks share
    one SQL text, so the connection's statement cache compiles it once."""
    if not rows:
        return
    per = min(ROWS_PER_INSERT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns))
    names = ", ".join(f"[{name}]" for name in columns)
    marks = f"({', '.join('?' * len(columns))})"
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        sql = f"INSERT INTO [{table}] ({names}) VALUES {', '.join([marks] * len(chunk))}"
        conn.execute(sql, [value for row in chunk for value in row])


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" * len(row))
    cursor = conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid)


def _update(conn: sqlite3.Connection, table: str, row_id: int, row: dict[str, Any]) -> None:
    sets = ", ".join(f"[{name}] = ?" for name in row)
    conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*row.values(), row_id])
