"""Extraction off the reactor: a process pool shared by every crawler of the process.

The extractor costs ~10× what downloading a page does; run in the reactor thread it would cap a
crawl near 70 pages/s. Worker processes (spawned, so no reactor state is forked) import only
`processors` and the archive's pure `pack_body`. A worker does all the CPU work a page needs
before it is written: it hashes and compresses the body, extracts the article and prepares its
rows (JSON, hash, section rows - so the reactor, which is what limits a crawl, only writes them),
and returns the packed body with the Article and its rows — or a one-line reason it could not be
extracted.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

import processors
from archive.captures import PackedBody, pack_body
from archive.flatten import PreparedArticle, prepare

if TYPE_CHECKING:
    from processors import Article, ExtractOptions

_worker_options: dict[str, ExtractOptions | None] = {}


Processed = tuple[PackedBody, "Article | str", PreparedArticle | None]


def process_page(
    body: bytes, url: str, headers: dict[str, str], source: str, options: ExtractOptions | None
) -> Processed:
    """Run in a worker: the packed body, the article or why not, and the article's rows when it
    is one (never raises)."""
    article = extract_page(body, url, headers, source, options)
    ready = None if isinstance(article, str) or not article.is_article else prepare(article)
    return pack_body(body), article, ready


def extract_page(
    body: bytes, url: str, headers: dict[str, str], source: str, options: ExtractOptions | None
) -> Article | str:
    """The article, or why not (never raises, so one page cannot stop a crawl)."""
    options = _worker_options.setdefault(source, options)  # keep compiled alias tables
    try:
        return processors.extract(body, url, headers=headers, options=options)
    except processors.ExtractError as exc:
        return str(exc)
    except Exception as exc:  # an extractor bug on one page is an errors row, not a dead crawl
        return f"extractor crashed: {type(exc).__name__}: {exc}"


def _warm() -> int:
    return os.getpid()


# Niceness added to extraction workers. The reactor process is the crawl's critical path: it
# fetches, dispatches and stores every page, and a worker that outbids it for a core leaves
# every other page waiting. Lowered, workers take whatever CPU the reactor leaves. (On a machine
# busy with other work, a scheduled crawl's extraction also yields to it.)
WORKER_NICENESS = 10


def _lower_priority() -> None:
    with contextlib.suppress(OSError):  # not permitted on some systems: run at normal priority
        os.nice(WORKER_NICENESS)


class SharedPool:
    """One pool per process, opened by the first crawler that needs it, closed by the last."""

    _pool: ProcessPoolExecutor | None = None
    _users = 0

    @classmethod
    def acquire(cls, workers: int) -> ProcessPoolExecutor:
        if cls._pool is None:
            context = multiprocessing.get_context("spawn")
            cls._pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_lower_priority
            )
            for _ in range(workers):  # start every worker now, not on the first pages
                cls._pool.submit(_warm)
        cls._users += 1
        return cls._pool

    @classmethod
    def release(cls) -> None:
        cls._users -= 1
        if cls._users <= 0 and cls._pool is not None:
            cls._pool.shutdown(wait=True, cancel_futures=False)
            cls._pool = None
            cls._users = 0


def submit(
    pool: ProcessPoolExecutor,
    body: bytes,
    url: str,
    headers: dict[str, str],
    source: str,
    options: ExtractOptions | None,
) -> Future:
    return pool.submit(process_page, body, url, headers, source, options)


def default_workers() -> int:
    """One worker per core: extraction (~15 ms a 150 KB page) outweighs the reactor's share
    (download, batched capture and store: ~8 ms)."""
    return os.cpu_count() or 1
