"""Extraction off the reactor: a process pool shared by every crawler of the process.

The extractor costs ~10× what downloading a page does; run in the reactor thread it would cap a
crawl near 70 pages/s. Worker processes (spawned, so no reactor state is forked) run
`crawler.worker`; this module is the reactor's side, which hands pages to them in tasks.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from crawler.worker import Page, Processed, lower_priority, process_pages, warm


class SharedPool:
    """One pool (and its feeder) per process, opened by the first crawler that needs it, closed
    by the last."""

    _feeder: Feeder | None = None
    _users = 0

    @classmethod
    def acquire(cls, workers: int) -> Feeder:
        if cls._feeder is None:
            context = multiprocessing.get_context("spawn")
            pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=lower_priority
            )
            for _ in range(workers):  # start every worker now, not on the first pages
                pool.submit(warm)
            cls._feeder = Feeder(pool, workers)
        cls._users += 1
        return cls._feeder

    @classmethod
    def release(cls) -> None:
        cls._users -= 1
        if cls._users <= 0 and cls._feeder is not None:
            cls._feeder.pool.shutdown(wait=True, cancel_futures=False)
            cls._feeder = None
            cls._users = 0


# Pages one task may carry. A task costs the reactor ~0.5 ms of hand-over whatever it holds (the
# pool's two helper threads, a pickle each way, pipe writes and wake-ups), as much as a tenth of
# what the reactor spends on the page itself.
MAX_BATCH = 8


class Feeder:
    """Hands pages to the pool: straight to a free worker, or - when every worker already has a
    task and one waits behind them - together with the other pages that arrived meanwhile, in
    one task. A slow crawl sends one page a task with no delay; a fast one, whose pages pile up
    while the workers are busy, shares each task's hand-over between several pages."""

    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self.pool = pool
        self.limit = workers + 1  # one task queued behind the busy workers, so none waits idle
        self.running = 0
        self.waiting: list[tuple[Page, asyncio.Future]] = []

    async def process(self, page: Page) -> Processed:
        """The page's result; raises what the pool raises (BrokenProcessPool) for its task."""
        future = asyncio.get_running_loop().create_future()
        self.waiting.append((page, future))
        self._send()
        return await future

    def _send(self) -> None:
        while self.waiting and self.running < self.limit:
            batch, self.waiting = self.waiting[:MAX_BATCH], self.waiting[MAX_BATCH:]
            self.running += 1
            try:
                task = asyncio.wrap_future(self.pool.submit(process_pages, [p for p, _ in batch]))
            except Exception as exc:  # the pool is broken or shut down: every page hears it
                task = asyncio.get_running_loop().create_future()
                task.set_exception(exc)
            task.add_done_callback(lambda done, batch=batch: self._finished(batch, done))

    def _finished(self, batch: list[tuple[Page, asyncio.Future]], task: asyncio.Future) -> None:
        self.running -= 1
        error = asyncio.CancelledError() if task.cancelled() else task.exception()
        results = [] if error is not None else task.result()
        for n, (_, future) in enumerate(batch):
            if future.done():
                continue  # its item was cancelled (the crawl is closing)
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(results[n])
        self._send()


def default_workers() -> int:
    """One worker per core: a worker's share of a 150 KB page (extract, pack, prepare: ~4 ms of
    CPU, measured by bench/bench_crawler.py) outweighs the reactor's (download, hand-over and
    batched store: ~2.7 ms)."""
    return os.cpu_count() or 1
