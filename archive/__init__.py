"""The archive: one SQLite file (through sqlite-utils) holding captures, articles, sections,
versions, crawls and errors, with full-text search, export and a Datasette front end.

Every function takes the database first (`store_article(db, ...)`), like sqlite-utils.
"""
# archive/ knows nothing of Scrapy: the crawler hands it plain values.

from archive.captures import read_body, store_capture
from archive.crawls import ArticleState, article_state, finish_crawl, record_error, start_crawl
from archive.database import ArchiveError, open_archive
from archive.ingest import ingest_page
from archive.schema import SCHEMA_VERSION, ensure_schema
from archive.store import PendingArticle, StoreResult, store_article, store_articles

__all__ = [
    "SCHEMA_VERSION",
    "ArchiveError",
    "ArticleState",
    "PendingArticle",
    "StoreResult",
    "article_state",
    "ensure_schema",
    "finish_crawl",
    "ingest_page",
    "open_archive",
    "read_body",
    "record_error",
    "start_crawl",
    "store_article",
    "store_articles",
    "store_capture",
]
