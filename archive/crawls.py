"""Crawl runs, error rows and the per-URL state the crawler needs for incremental crawls."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from archive.database import utc_now

log = logging.getLogger(__name__)

STAGES = ("fetch", "extract", "store", "discover")
COUNT_COLUMNS = (
    "discovered",
    "fetched",
    "new",
    "changed",
    "unchanged",
    "skipped",
    "failed",
    "bytes",
)


def record_error(
    db: Database, *, url: str, stage: str, message: str, crawl_id: int | None = None
) -> None:
    """Keep what went wrong with a URL, so no failed page is silently lost."""
    if stage not in STAGES:
        raise ValueError(f"unknown error stage {stage!r}; expected one of {', '.join(STAGES)}")
    with db.atomic():
        db.execute(
            "INSERT INTO errors (url, at, stage, message, crawl_id) VALUES (?, ?, ?, ?, ?)",
            [url, utc_now(), stage, message, crawl_id],
        )


def start_crawl(db: Database, *, sources: list[str], options: dict[str, Any] | None = None) -> int:
    """Open a crawls row (status "running") and return its id for captures and errors."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO crawls (started, status, sources, options) VALUES (?, 'running', ?, ?)",
            [utc_now(), json.dumps(sources), json.dumps(options or {}, default=str)],
        )
    return int(cursor.lastrowid)


def finish_crawl(db: Database, crawl_id: int, *, status: str, counts: Mapping[str, int]) -> None:
    """Close a crawl with its status and counters. Keys may carry Scrapy's "archive/" prefix;
    keys that are not crawl columns are logged and left out."""
    values: dict[str, int] = {}
    for key, value in counts.items():
        name = key.removeprefix("archive/")
        if name in COUNT_COLUMNS:
            values[name] = int(value)
        else:
            log.warning("finish_crawl: no crawls column for count %r", key)
    sets = ", ".join(f"[{name}] = ?" for name in values)
    with db.atomic():
        cursor = db.execute(
            f"UPDATE crawls SET ended = ?, status = ?{', ' if sets else ''}{sets} WHERE id = ?",
            [utc_now(), status, *values.values(), crawl_id],
        )
    if cursor.rowcount != 1:
        raise ValueError(f"no crawl with id {crawl_id}")


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the archive knows of a URL: enough to skip or conditionally re-fetch it."""

    url: str
    article_id: int | None
    published: str | None
    modified: str | None
    last_seen: str | None
    content_hash: str | None
    etag: str | None
    last_modified: str | None


def article_state(db: Database, url: str) -> ArticleState | None:
    """None when the URL was never fetched; otherwise the article (if any) and last capture."""
    article = db.execute(
        "SELECT id, published, modified, last_seen, content_hash FROM articles WHERE url = ?",
        [url],
    ).fetchone()
    capture = db.execute(
        "SELECT headers FROM captures WHERE url = ? OR id = (SELECT capture_id FROM articles"
        " WHERE url = ?) ORDER BY id DESC LIMIT 1",
        [url, url],
    ).fetchone()
    if article is None and capture is None:
        return None
    headers = json.loads(capture[0]) if capture and capture[0] else {}
    article = article or (None,) * 5
    return ArticleState(
        url=url,
        article_id=article[0],
        published=article[1],
        modified=article[2],
        last_seen=article[3],
        content_hash=article[4],
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )
