"""Storing extracted articles: new, changed (the old content kept as a version) or unchanged.

Each article is written in one transaction - its row, its sections, its version row - so a
failed write (disk full, locked past the busy timeout) leaves no half-stored article.
`store_articles` shares one transaction per batch, which is what makes bulk imports and
`reprocess` fast; a failure rolls back the whole batch.

The hot path uses prepared INSERT/UPDATE statements on the connection rather than
`Table.insert()`: sqlite-utils re-inspects the table on every call, which costs more than the
insert itself at thousands of rows a second. Tables, indexes and FTS are still sqlite-utils'.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlite_utils import Database

from archive.database import ArchiveError, utc_now
from archive.flatten import PreparedArticle, changed_sections, prepare, to_json
from processors.article import Article

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
    """One article waiting for `store_articles`, with where and when it was seen."""

    article: Article
    source: str | None = None
    capture_id: int | None = None
    seen_at: str | None = None


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
    """Store many articles, one transaction per batch; results are yielded once it commits."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        try:
            with db.atomic():
                results = [_store_one(db.conn, item, touch) for item in batch]
        except sqlite3.Error as exc:
            urls = ", ".join(item.article.url for item in batch[:3])
            more = f" and {len(batch) - 3} more" if len(batch) > 3 else ""
            raise ArchiveError(f"could not store {urls}{more}: {exc}") from exc
        yield from results


def _store_one(conn: sqlite3.Connection, item: PendingArticle, touch: bool) -> StoreResult:
    article = item.article
    if not article.is_article:
        return StoreResult("skipped", None, article.url)
    seen_at = item.seen_at or utc_now()
    prepared = prepare(article)
    old = conn.execute(
        "SELECT id, content_hash, version_count FROM articles WHERE url = ?", [article.url]
    ).fetchone()
    if old is None:
        row = article_row(conn, item, prepared)
        row.update(version_count=1, first_seen=seen_at, last_seen=seen_at, last_changed=seen_at)
        article_id = _insert(conn, "articles", row)
        _insert_sections(conn, article_id, prepared.sections)
        return StoreResult("new", article_id, article.url, 1)
    article_id, old_hash, version_count = old
    if old_hash == prepared.digest:
        if touch:
            conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen_at, article_id])
        return StoreResult("unchanged", article_id, article.url, version_count)
    _keep_version(conn, article_id, article, seen_at)
    conn.execute("DELETE FROM sections WHERE article_id = ?", [article_id])
    row = article_row(conn, item, prepared)
    row.update(version_count=version_count + 1, last_changed=seen_at)
    if item.source is None:  # reprocessing a capture that did not name its source
        del row["source"]
    if touch:
        row["last_seen"] = seen_at
    _update(conn, "articles", article_id, row)
    _insert_sections(conn, article_id, prepared.sections)
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


def _insert_sections(conn: sqlite3.Connection, article_id: int, rows: list[dict[str, Any]]) -> None:
    """Ids are allocated up front so parents can be referenced in one executemany; the write
    lock is already held (the article row came first), so no other writer can take them."""
    if not rows:
        return
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sections").fetchone()[0]
    conn.executemany(
        "INSERT INTO sections (id, article_id, position, parent_id, level, depth, heading, kind,"
        " text, blocks, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                first + r["position"],
                article_id,
                r["position"],
                None if r["parent"] is None else first + r["parent"],
                *(r[k] for k in ("level", "depth", "heading", "kind", "text", "blocks", "items")),
            )
            for r in rows
        ],
    )


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" * len(row))
    cursor = conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid)


def _update(conn: sqlite3.Connection, table: str, row_id: int, row: dict[str, Any]) -> None:
    sets = ", ".join(f"[{name}] = ?" for name in row)
    conn.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*row.values(), row_id])
