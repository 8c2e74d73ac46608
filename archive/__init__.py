"""The archive: one SQLite file (through sqlite-utils) holding captures, articles, sections,
versions, crawls and errors, with full-text search, export and a Datasette front end.

Every function takes the database first (`store_article(db, ...)`), like sqlite-utils.

The names below load on first use: an extraction worker imports only the pure
`archive.packing` and `archive.flatten`, and must not pay for sqlite-utils to do so.
"""
# archive/ knows nothing of Scrapy: the crawler hands it plain values.

from __future__ import annotations

from importlib import import_module
from typing import Any

# Public name → the module that defines it.
_HOMES = {
    "read_body": "captures",
    "store_capture": "captures",
    "ArticleState": "crawls",
    "article_state": "crawls",
    "finish_crawl": "crawls",
    "record_error": "crawls",
    "start_crawl": "crawls",
    "ArchiveError": "database",
    "open_archive": "database",
    "ingest_page": "ingest",
    "SCHEMA_VERSION": "schema",
    "ensure_schema": "schema",
    "PendingArticle": "store",
    "StoreResult": "store",
    "store_article": "store",
    "store_articles": "store",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'archive' has no attribute {name!r}")
    value = getattr(import_module(f"archive.{home}"), name)
    globals()[name] = value  # once loaded, a plain module attribute
    return value
