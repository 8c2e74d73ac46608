"""The run's bookkeeping: status and exit code from counts, the job folder kept for --resume,
the status line, and the heap frozen while Scrapy runs."""

from __future__ import annotations

import gc

import pytest

from crawler.extensions.progress import status_line
from crawler.extensions.record import crawl_counts, crawl_status
from crawler.runner import EXIT_CODES, heap_frozen, jobdir_for

OK = {"fetched": 10, "failed": 0}


@pytest.mark.parametrize(
    ("reasons", "counts", "status", "code"),
    [
        (["finished"], OK, "ok", 0),
        (["finished"], {"fetched": 10, "failed": 2}, "partial", 1),
        (["shutdown"], OK, "partial", 1),
        (["finished"], {"fetched": 0, "failed": 3}, "failed", 3),
    ],
)
def test_status_and_exit_code(reasons, counts, status, code) -> None:
    assert crawl_status(reasons, counts) == status
    assert EXIT_CODES[status] == code


def test_counts_come_from_namespaced_stats() -> None:
    stats = {"archive/new": 3, "crawl/discovered": 5, "downloader/response_count": 9}
    counts = crawl_counts(stats)
    assert (counts["new"], counts["discovered"], counts["fetched"], counts["failed"]) == (
        3,
        5,
        9,
        0,
    )


def _saved_queue(jobdir) -> None:
    (jobdir / "requests.queue").mkdir()
    (jobdir / "requests.queue" / "active.json").write_text("[]")


def test_resume_keeps_a_cleanly_saved_job(tmp_path) -> None:
    jobdir = jobdir_for(tmp_path / "a.db", "drishti", resume=False)
    _saved_queue(jobdir)
    assert (jobdir_for(tmp_path / "a.db", "drishti", resume=True) / "requests.queue").exists()


def test_resume_drops_the_queue_of_a_killed_run(tmp_path) -> None:
    jobdir = jobdir_for(tmp_path / "a.db", "drishti", resume=False)
    (jobdir / "requests.queue").mkdir()  # a killed run never wrote active.json
    assert not (jobdir_for(tmp_path / "a.db", "drishti", resume=True) / "requests.queue").exists()


def test_a_fresh_run_starts_a_fresh_job(tmp_path) -> None:
    jobdir = jobdir_for(tmp_path / "a.db", "drishti", resume=False)
    _saved_queue(jobdir)
    assert list(jobdir_for(tmp_path / "a.db", "drishti", resume=False).iterdir()) == []


def test_jobs_live_beside_the_archive(tmp_path) -> None:
    assert jobdir_for(tmp_path / "a.db", "studyiq", resume=False) == tmp_path / "a.db.jobs/studyiq"


def test_status_line_shows_counts_and_rate() -> None:
    totals = {
        "downloader/response_count": 50,
        "archive/new": 40,
        "archive/changed": 2,
        "archive/failed": 1,
    }
    line = status_line(totals, 10.0)
    assert line == "fetched 50 · new 40 · changed 2 · errors 1 · 5.0 pages/s"


def test_the_heap_is_frozen_for_the_crawl_and_released_after() -> None:
    with heap_frozen():
        during = gc.get_freeze_count()
    assert during > 0 and gc.get_freeze_count() == 0
