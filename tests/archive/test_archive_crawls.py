"""Crawl rows and error rows."""

from __future__ import annotations

import json

import pytest

from archive import finish_crawl, record_error, start_crawl


def test_crawl_is_opened_and_closed_with_counts(db):
    crawl_id = start_crawl(db, sources=["studyiq"], options={"max_pages": 5})
    finish_crawl(db, crawl_id, status="finished", counts={"archive/new": 3, "fetched": 4})
    row = db["crawls"].get(crawl_id)
    assert (row["status"], row["new"], row["fetched"], row["ended"] is not None) == (
        "finished",
        3,
        4,
        True,
    )
    assert json.loads(row["sources"]) == ["studyiq"]


def test_finishing_unknown_crawl_is_an_error(db):
    with pytest.raises(ValueError, match="no crawl"):
        finish_crawl(db, 99, status="finished", counts={})


def test_error_is_recorded(db):
    crawl_id = start_crawl(db, sources=[])
    record_error(db, url="https://x.org/a", stage="fetch", message="HTTP 503", crawl_id=crawl_id)
    row = db["errors"].get(1)
    assert (row["url"], row["stage"], row["message"], row["crawl_id"]) == (
        "https://x.org/a",
        "fetch",
        "HTTP 503",
        crawl_id,
    )


def test_unknown_error_stage_is_refused(db):
    with pytest.raises(ValueError, match="unknown error stage"):
        record_error(db, url="https://x.org/a", stage="parse", message="?")
