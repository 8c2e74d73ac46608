"""One crawl at a time per archive."""

from __future__ import annotations

import pytest

from crawler.lock import ArchiveLocked, archive_lock


def test_second_holder_is_refused(tmp_path) -> None:
    db = tmp_path / "archive.db"
    with (
        archive_lock(db),
        pytest.raises(ArchiveLocked, match="another crawl is running"),
        archive_lock(db),
    ):
        pass


def test_lock_is_free_again_after_release(tmp_path) -> None:
    db = tmp_path / "archive.db"
    with archive_lock(db):
        pass
    with archive_lock(db) as path:
        assert path.name == "archive.db.lock"


@pytest.mark.crawl
def test_overlapping_crawl_exits_75_at_once(crawl) -> None:
    with archive_lock(crawl.db):
        result = crawl.run("sample-drishti", timeout=20)
    assert result.returncode == 75
    assert "another crawl is running" in result.stderr
    assert crawl.site.requests == []
