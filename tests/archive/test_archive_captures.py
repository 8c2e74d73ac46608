"""Captures: every fetch recorded, identical bodies stored once, bytes returned exactly."""

from __future__ import annotations

import zlib

import pytest

from archive import ArchiveError, article_state, read_body, store_article, store_capture
from archive.ingest import ExtractedPage, store_pages
from archive.packing import pack_body

PAGE = "<html><body><h1>भारत</h1></body></html>".encode()


def capture(db, url="https://example.org/a", body=PAGE, **kw):
    kw.setdefault("headers", {"ETag": '"v1"', "Last-Modified": "Fri, 12 Apr 2024 10:00:00 GMT"})
    return store_capture(db, url=url, body=body, status=200, **kw)


def test_body_round_trips_exactly(db):
    assert read_body(db, capture(db)) == PAGE


def test_identical_bodies_are_stored_once(db, count):
    capture(db)
    capture(db, url="https://example.org/b")
    assert (count(db, "captures"), count(db, "bodies")) == (2, 1)


def test_body_is_compressed(db):
    big = b"<p>Sharing is caring!</p>" * 2000
    capture(db, body=big)
    stored = db.execute("SELECT length(body), size FROM bodies").fetchone()
    assert stored[0] < stored[1] // 5


def test_body_packed_elsewhere_is_stored_the_same(db, count):
    capture(db, url="https://example.org/b")
    packed_id = capture(db, body=pack_body(PAGE))  # as an extraction worker hands it over
    assert (read_body(db, packed_id), count(db, "bodies")) == (PAGE, 1)


def test_body_written_as_zlib_by_an_earlier_release_still_reads(db):
    """Releases before 0.3 compressed bodies with zlib; the row's codec column says so."""
    capture_id = capture(db)
    db.execute("UPDATE bodies SET body = ?, compression = 'zlib'", [zlib.compress(PAGE, 6)])
    assert read_body(db, capture_id) == PAGE


def test_damaged_body_is_a_one_line_archive_error(db):
    capture_id = capture(db)
    db.execute("UPDATE bodies SET body = ?", [b"not a zstd frame"])
    with pytest.raises(ArchiveError, match="damaged zstd body"):
        read_body(db, capture_id)


def test_state_of_unknown_url_is_none(db):
    assert article_state(db, "https://example.org/never") is None


def test_state_carries_validators_of_last_capture(db):
    capture(db)
    capture(db, headers={"etag": '"v2"'})
    state = article_state(db, "https://example.org/a")
    assert (state.etag, state.last_modified, state.article_id) == ('"v2"', None, None)


def test_state_carries_article_dates(db, make_article):
    url = "https://example.org/a"
    capture_id = capture(db, url=url)
    store_article(db, make_article(url), source=None, capture_id=capture_id, seen_at="2024-05-01")
    state = article_state(db, url)
    assert (state.published, state.last_seen, state.etag) == ("2024-04-12", "2024-05-01", '"v1"')


def _fetched(url, **kw):
    return ExtractedPage(url=url, body=pack_body(PAGE), status=200, headers=None, **kw)


def test_pages_are_stored_with_their_captures(db, make_article):
    url = "https://example.org/a"
    result = store_pages(db, [_fetched(url, article=make_article(url))])[0]
    capture_id = db["articles"].get(result.article_id)["capture_id"]
    assert (result.outcome, read_body(db, capture_id)) == ("new", PAGE)


def test_failed_extraction_keeps_the_capture_and_an_error(db, count):
    result = store_pages(db, [_fetched("https://example.org/a", error="not HTML")])[0]
    errors = db.execute("SELECT stage, message FROM errors").fetchall()
    assert (result.outcome, count(db, "captures"), errors) == (
        "failed",
        1,
        [("extract", "not HTML")],
    )
