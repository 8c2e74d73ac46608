"""Streaming exports of articles or sections as CSV, JSON, JSON Lines and Markdown.

Rows come from one SQLite cursor and are written as they arrive, so memory stays flat however
large the archive. CSV flattens the canonical parts (context, focus_areas, way_forward) into
multi-line cells: one "- " line per item, nested items indented by two spaces - spreadsheets
show them as the outline they were. JSON and JSON Lines carry the full Article JSON (nested
sections) plus an "archive" object with the archive's own fields.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlite_utils import Database

from archive.database import ArchiveError
from archive.flatten import items_text, stored_blocks, to_json
from archive.markdown import file_name, render_article
from processors.article import Article, Item

FORMATS = ("csv", "json", "jsonl", "markdown")
WHAT = ("articles", "sections")
ARCHIVE_FIELDS = ("id", "source", "first_seen", "last_seen", "last_changed", "version_count")
ARTICLE_COLUMNS = (
    *("id", "url", "source", "title", "author", "published", "modified", "category"),
    *("breadcrumbs", "tags", "language", "description", "word_count", "version_count"),
    *("extractor_version", "first_seen", "last_seen", "last_changed"),
    *("context", "focus_areas", "way_forward", "text"),
)
SECTION_COLUMNS = (
    *("id", "article_id", "url", "title", "position", "parent_id", "depth", "level"),
    *("heading", "kind", "text"),
)

ARTICLES_SQL = """
SELECT a.id, a.url, a.source, a.title, au.name AS author, a.published, a.modified, a.category,
       a.breadcrumbs, a.tags, a.language, a.description, a.word_count, a.version_count,
       a.extractor_version, a.first_seen, a.last_seen, a.last_changed, a.text, a.content
FROM articles a LEFT JOIN authors au ON au.id = a.author_id
"""
SECTIONS_SQL = """
SELECT s.id, s.article_id, a.url, a.title, s.position, s.parent_id, s.depth, s.level, s.heading,
       s.kind, s.text, s.items
FROM sections s JOIN articles a ON a.id = s.article_id
"""


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which rows: by source, published date range (inclusive, any prefix such as "2024-04")
    and a full-text query in SQLite FTS5 syntax."""

    source: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None


def _where(what: str, filters: ExportFilter) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    if filters.source:
        clauses.append("a.source = ?")
        params.append(filters.source)
    if filters.since:
        clauses.append("a.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("substr(a.published, 1, length(?)) <= ?")
        params += [filters.until, filters.until]
    if filters.query:
        alias, table = ("a", "articles") if what == "articles" else ("s", "sections")
        clauses.append(f"{alias}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
        params.append(filters.query)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _execute(db: Database, sql: str, params: list[str]) -> sqlite3.Cursor:
    try:
        return db.conn.execute(sql, params)
    except sqlite3.OperationalError as exc:
        raise ArchiveError(f"cannot export: {exc} (check --query syntax)") from exc


def count_rows(db: Database, what: str, filters: ExportFilter) -> int:
    where, params = _where(what, filters)
    base = ARTICLES_SQL if what == "articles" else SECTIONS_SQL
    sql = f"SELECT count(*) FROM ({base}{where})"
    return int(_execute(db, sql, params).fetchone()[0])


def iter_rows(db: Database, what: str, filters: ExportFilter) -> Iterator[dict[str, Any]]:
    """Rows as dicts, streamed from the cursor in id order; section rows also carry their
    blocks, parsed."""
    where, params = _where(what, filters)
    alias = "a" if what == "articles" else "s"
    base = ARTICLES_SQL if what == "articles" else SECTIONS_SQL
    cursor = _execute(db, f"{base}{where} ORDER BY {alias}.id", params)
    names = [d[0] for d in cursor.description]
    rows = (dict(zip(names, row, strict=True)) for row in cursor)
    yield from rows if what == "articles" else _with_blocks(db, rows)


def _with_blocks(db: Database, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A section's blocks are kept once, in its article's JSON. An article's sections are
    written together, so in id order they come one after another: each article's JSON is read
    and parsed once, when its first section comes."""
    article_id, blocks = None, []
    for row in rows:
        if row["article_id"] != article_id:
            article_id = row["article_id"]
            found = db.conn.execute("SELECT content FROM articles WHERE id = ?", [article_id])
            content = found.fetchone()
            blocks = stored_blocks(content[0]) if content and content[0] else []
        position = row["position"]
        row["blocks"] = blocks[position] if position < len(blocks) else []
        yield row


def article_json(row: dict[str, Any]) -> str:
    """The stored Article JSON with the archive's fields added - spliced in as text, because
    the stored JSON is an object we wrote, and re-parsing it would halve export speed."""
    meta = to_json({k: row[k] for k in ARCHIVE_FIELDS})
    return f'{row["content"][:-1]}, "archive": {meta}}}'


def section_json(row: dict[str, Any]) -> str:
    data = {k: row[k] for k in SECTION_COLUMNS}
    data.update(blocks=row["blocks"], items=json.loads(row["items"]))
    return to_json(data)


def _to_json(what: str) -> Any:
    return article_json if what == "articles" else section_json


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO, what: str = "articles") -> None:
    to_json = _to_json(what)
    for row in rows:
        out.write(to_json(row) + "\n")


def write_json(rows: Iterable[dict[str, Any]], out: TextIO, what: str = "articles") -> None:
    """A JSON array written element by element: valid JSON without holding it in memory."""
    to_json = _to_json(what)
    out.write("[")
    for number, row in enumerate(rows):
        out.write(("\n" if number == 0 else ",\n") + to_json(row))
    out.write("\n]\n")


def article_csv_row(row: dict[str, Any]) -> list[Any]:
    content = json.loads(row["content"])
    flat = {
        "breadcrumbs": " > ".join(json.loads(row["breadcrumbs"] or "[]")),
        "tags": ", ".join(json.loads(row["tags"] or "[]")),
        **{
            part: items_text(Item.from_dict(i) for i in content.get(part, []))
            for part in ("context", "focus_areas", "way_forward")
        },
    }
    return [flat[c] if c in flat else row[c] for c in ARTICLE_COLUMNS]


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, what: str = "articles") -> None:
    """`out` must be opened with newline="" (the csv module writes its own line endings)."""
    writer = csv.writer(out)
    if what == "articles":
        writer.writerow(ARTICLE_COLUMNS)
        writer.writerows(article_csv_row(row) for row in rows)
    else:
        writer.writerow(SECTION_COLUMNS)
        writer.writerows([row[c] for c in SECTION_COLUMNS] for row in rows)


def _article(row: dict[str, Any]) -> Article:
    return Article.from_dict(json.loads(row["content"]))


def write_markdown(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One document: every article, separated by a horizontal rule."""
    for number, row in enumerate(rows):
        out.write(("" if number == 0 else "\n---\n\n") + render_article(_article(row)))


def write_markdown_files(rows: Iterable[dict[str, Any]], folder: Path) -> int:
    """One .md file per article into `folder` (created); returns how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for row in rows:
        article = _article(row)
        (folder / file_name(article, row["id"])).write_text(
            render_article(article), encoding="utf-8"
        )
        written += 1
    return written
