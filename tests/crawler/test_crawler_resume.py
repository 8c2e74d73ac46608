"""A crawl stopped half-way (killed, or Ctrl-C) and resumed: nothing missing, nothing twice."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time

import pytest

pytestmark = [pytest.mark.crawl, pytest.mark.slow]
# Slow enough to stop it half-way: one request at a time (so the downloader holds no backlog
# that a graceful stop would still finish), a little delay between them.
SLOW = {"CONCURRENT_REQUESTS": "1", "CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.2"}


def _stored(db) -> set[str]:
    try:
        with sqlite3.connect(db) as conn:
            return {row[0] for row in conn.execute("SELECT url FROM articles")}
    except sqlite3.OperationalError:
        return set()  # not created yet


def _stop_half_way(crawl, sig: int) -> set[str]:
    process = subprocess.Popen(
        crawl.command(*crawl.quiet, **SLOW), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while len(_stored(crawl.db)) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(sig)
    process.wait(timeout=30)
    return _stored(crawl.db)


@pytest.fixture(scope="module", params=[signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def resumed(module_crawl_factory, request):
    """The quiet twins' crawl stopped half-way by a signal, then run again with --resume."""
    crawl = module_crawl_factory()
    crawl.before = _stop_half_way(crawl, request.param)
    crawl.signal = request.param
    crawl.mark = len(crawl.site.requests)
    crawl.result = crawl.run(*crawl.quiet, "--resume")
    return crawl


def test_it_was_stopped_half_way(resumed) -> None:
    assert 0 < len(resumed.before) < len(resumed.twin_urls(*resumed.quiet))


def test_resumed_crawl_succeeds(resumed) -> None:
    assert resumed.result.returncode == 0, resumed.result.stderr[-2000:]


def test_nothing_is_missing(resumed) -> None:
    assert resumed.article_urls() == resumed.twin_urls(*resumed.quiet)


def test_no_stored_page_is_fetched_again(resumed) -> None:
    again = {resumed.site.base + p for p in resumed.site.paths()[resumed.mark :]}
    assert again.isdisjoint(resumed.before)


def test_no_article_is_stored_twice(resumed) -> None:
    assert resumed.query("SELECT count(*) FROM versions") == [(0,)]
    assert resumed.query("SELECT max(version_count) FROM articles") == [(1,)]


def test_the_stopped_run_is_marked_in_crawls(resumed) -> None:
    statuses = [row[0] for row in resumed.query("SELECT status FROM crawls ORDER BY id")]
    first = "killed" if resumed.signal == signal.SIGKILL else "partial"
    assert statuses == [first, "ok"]
