"""What is in the archive: totals, counts by source, category and month, the last crawl and
recent errors - plain rows the CLI prints as tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

TOTALS_SQL = {
    "articles": "SELECT count(*) FROM articles",
    "sections": "SELECT count(*) FROM sections",
    "versions": "SELECT count(*) FROM versions",
    "captures": "SELECT count(*) FROM captures",
    "distinct bodies": "SELECT count(*) FROM bodies",
    "body bytes (compressed)": "SELECT coalesce(sum(length(body)), 0) FROM bodies",
    "errors": "SELECT count(*) FROM errors",
}


@dataclass
class ArchiveStats:
    totals: dict[str, int]
    by_source: list[tuple[Any, ...]] = field(default_factory=list)
    by_category: list[tuple[Any, ...]] = field(default_factory=list)
    by_month: list[tuple[Any, ...]] = field(default_factory=list)
    last_crawl: dict[str, Any] | None = None
    recent_errors: list[tuple[Any, ...]] = field(default_factory=list)


def _grouped(db: Database, column: str, order: str, limit: int) -> list[tuple[Any, ...]]:
    sql = (
        f"SELECT coalesce({column}, '(none)'), count(*) AS n FROM articles "
        f"GROUP BY {column} ORDER BY {order} LIMIT ?"
    )
    return [tuple(row) for row in db.execute(sql, [limit])]


def archive_stats(db: Database, *, limit: int = 12, errors: int = 5) -> ArchiveStats:
    """Counts by source (all), the `limit` largest categories and latest months, the last crawl
    and the `errors` most recent errors."""
    stats = ArchiveStats(
        {name: int(db.execute(sql).fetchone()[0]) for name, sql in TOTALS_SQL.items()}
    )
    stats.by_source = _grouped(db, "source", "n DESC, 1", 1000)
    stats.by_category = _grouped(db, "category", "n DESC, 1", limit)
    stats.by_month = _grouped(db, "published_month", "published_month DESC", limit)
    stats.last_crawl = next(iter(db.query("SELECT * FROM crawls ORDER BY id DESC LIMIT 1")), None)
    stats.recent_errors = [
        tuple(row)
        for row in db.execute(
            "SELECT at, stage, url, message FROM errors ORDER BY id DESC LIMIT ?", [errors]
        )
    ]
    return stats
