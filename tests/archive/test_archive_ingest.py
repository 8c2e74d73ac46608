"""ingest_page: a fetched page captured, extracted and stored in one call."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import ingest_page, read_body

PAGES = Path(__file__).parent / "pages"
URL = "https://ca.example.org/current-affairs/india-japan-defence-ties/"


@pytest.fixture
def page() -> bytes:
    return (PAGES / "india-japan.html").read_bytes()


def test_article_page_is_stored_under_its_canonical_url(db, page):
    result = ingest_page(db, body=page, url=URL + "?utm_source=feed", source="sample")
    assert result.outcome == "new"
    row = db["articles"].get(result.article_id)
    assert (row["url"], row["source"], row["title"]) == (
        URL,
        "sample",
        "India and Japan step up defence ties",
    )


def test_article_points_at_its_capture(db, page):
    result = ingest_page(db, body=page, url=URL, headers={"ETag": '"abc"'})
    capture_id = db["articles"].get(result.article_id)["capture_id"]
    assert read_body(db, capture_id) == page


def test_same_page_twice_is_unchanged(db, page, count):
    ingest_page(db, body=page, url=URL)
    assert ingest_page(db, body=page, url=URL).outcome == "unchanged"
    assert (count(db, "articles"), count(db, "captures"), count(db, "bodies")) == (1, 2, 1)


def test_listing_page_is_capture_only(db, count):
    body = (PAGES / "listing.html").read_bytes()
    result = ingest_page(db, body=body, url="https://ca.example.org/current-affairs/page/2/")
    assert result.outcome == "skipped"
    assert (count(db, "articles"), count(db, "captures")) == (0, 1)


def test_error_status_is_capture_only(db, page, count):
    result = ingest_page(db, body=page, url=URL, status=503)
    assert result.outcome == "skipped"
    assert (count(db, "articles"), count(db, "captures")) == (0, 1)


def test_binary_body_is_captured_and_recorded_as_error(db, count):
    result = ingest_page(db, body=b"\x89PNG\r\n\x1a\n\x00\x00binary", url=URL, crawl_id=None)
    assert result.outcome == "failed"
    assert count(db, "captures") == 1
    error = db["errors"].get(1)
    assert (error["url"], error["stage"]) == (URL, "extract")
