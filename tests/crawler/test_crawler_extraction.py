"""The extraction pool: workers that yield the CPU to the reactor and hand back ready rows."""

from __future__ import annotations

import os

from crawler.extraction import WORKER_NICENESS, SharedPool, process_page

PAGE = (
    b"<html><head><title>Repo rate held</title></head><body><article><h1>Repo rate held</h1>"
    b"<div class='entry-content'><h2>Context</h2><p>"
    + b"The RBI kept the repo rate unchanged at its April meeting. " * 8
    + b"</p></div></article></body></html>"
)


def test_workers_run_at_lower_priority_than_the_reactor() -> None:
    pool = SharedPool.acquire(1)
    try:
        worker = pool.submit(os.nice, 0).result(timeout=60)
    finally:
        SharedPool.release()
    assert worker >= os.nice(0) + WORKER_NICENESS or worker == 19


def test_an_article_comes_back_with_its_rows_prepared() -> None:
    _packed, _article, prepared = process_page(PAGE, "https://example.org/a", {}, "s", None)
    assert prepared is not None and prepared.sections[0]["heading"] == "Context"
