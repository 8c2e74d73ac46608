"""A write that fails part-way leaves no half-stored article."""

from __future__ import annotations

import sqlite3

import pytest

from archive import ArchiveError, open_archive, store_article


def fail_on_heading(db, heading: str) -> None:
    """A real trigger standing in for a disk that fills up mid-article."""
    db.execute(
        f"CREATE TRIGGER fail_write BEFORE INSERT ON sections WHEN new.heading = '{heading}' "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )


def test_failed_new_article_leaves_nothing(db, make_article, count, fts_ids):
    fail_on_heading(db, "Way Forward")
    with pytest.raises(ArchiveError, match="disk is full"):
        store_article(db, make_article(), source=None, capture_id=None)
    assert (count(db, "articles"), count(db, "sections"), count(db, "authors")) == (0, 0, 0)
    assert fts_ids(db, "articles", "Bengal") == []


def test_failed_change_keeps_previous_version_whole(db, make_article, count):
    store_article(db, make_article(), source=None, capture_id=None)
    before = db["articles"].get(1)
    fail_on_heading(db, "Way Forward")
    with pytest.raises(ArchiveError):
        store_article(db, make_article(title="Changed"), source=None, capture_id=None)
    assert db["articles"].get(1) == before
    assert (count(db, "sections"), count(db, "versions")) == (4, 0)


def test_locked_database_past_timeout_leaves_nothing(db_path, make_article, count):
    open_archive(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    db = open_archive(db_path, busy_timeout=0.05)
    try:
        with pytest.raises(ArchiveError, match="locked"):
            store_article(db, make_article(), source=None, capture_id=None)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert count(db, "articles") == 0
    assert store_article(db, make_article(), source=None, capture_id=None).outcome == "new"
