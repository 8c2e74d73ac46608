"""The extraction pool: workers that yield the CPU to the reactor and hand back ready rows."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from crawler.extraction import Feeder, SharedPool
from crawler.worker import WORKER_NICENESS

PAGE = (
    b"<html><head><title>Repo rate held</title></head><body><article><h1>Repo rate held</h1>"
    b"<div class='entry-content'><h2>Context</h2><p>"
    + b"The RBI kept the repo rate unchanged at its April meeting. " * 8
    + b"</p></div></article></body></html>"
)


def test_workers_run_at_lower_priority_than_the_reactor() -> None:
    feeder = SharedPool.acquire(1)
    try:
        worker = feeder.pool.submit(os.nice, 0).result(timeout=60)
    finally:
        SharedPool.release()
    assert worker >= os.nice(0) + WORKER_NICENESS or worker == 19


def _page(n: int) -> tuple:
    body = PAGE.replace(b"Repo rate held", f"Repo rate note {n}".encode())
    return (body, f"https://example.org/{n}", {}, "s", None)


async def _process_all(feeder: Feeder, count: int) -> list:
    return await asyncio.gather(*(feeder.process(_page(n)) for n in range(count)))


def test_pages_arriving_while_the_workers_are_busy_share_a_task() -> None:
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    sent: list[int] = []
    submit = pool.submit
    pool.submit = lambda fn, pages: sent.append(len(pages)) or submit(fn, pages)  # type: ignore[method-assign]
    try:
        results = asyncio.run(_process_all(Feeder(pool, workers=1), 6))
    finally:
        pool.shutdown()
    assert [article.title for _, article, _ in results] == [f"Repo rate note {n}" for n in range(6)]
    assert sent == [1, 1, 4]


def test_a_failed_task_fails_each_of_its_pages() -> None:
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pool.shutdown()

    async def outcomes() -> list:
        feeder = Feeder(pool, workers=1)
        return await asyncio.gather(
            *(feeder.process(_page(n)) for n in range(3)), return_exceptions=True
        )

    assert all(isinstance(o, RuntimeError) for o in asyncio.run(outcomes()))
