"""What an extraction worker process runs: one page's bytes → its packed body, its article and
the article's rows, or a one-line reason it could not be extracted.

A worker does all the CPU work a page needs before it is written - hashing and compressing the
body, extracting the article, preparing its rows (JSON, hash, section rows) - so the reactor,
which is what limits a crawl, only writes them. Workers are spawned, so each one imports this
module afresh: it imports only `processors` and the archive's two pure modules (no Scrapy, no
asyncio, no SQLite), which lets a worker start in half the time.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

import processors
from archive.flatten import PreparedArticle, prepare
from archive.packing import PackedBody, pack_body

if TYPE_CHECKING:
    from processors import Article, ExtractOptions

_worker_options: dict[str, ExtractOptions | None] = {}


Processed = tuple[PackedBody, "Article | str", PreparedArticle | None]
Page = tuple[bytes, str, dict[str, str], str, "ExtractOptions | None"]


def process_page(
    body: bytes, url: str, headers: dict[str, str], source: str, options: ExtractOptions | None
) -> Processed:
    """The packed body, the article or why not, and the article's rows when it is one (never
    raises)."""
    return finish_page(body, extract_page(body, url, headers, source, options))


def finish_page(body: bytes, article: Article | str) -> Processed:
    """The page's packed body, its article or why not, and the article's rows when it is one."""
    ready = None if isinstance(article, str) or not article.is_article else prepare(article)
    return pack_body(body), article, ready


def process_pages(pages: list[Page]) -> list[Processed]:
    """`process_page` for each page of one task, in order."""
    return [process_page(*page) for page in pages]


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


def warm() -> int:
    """A no-op task: submitted once per worker so that every worker starts at once."""
    return os.getpid()


# Niceness added to extraction workers. The reactor process is the crawl's critical path: it
# fetches, dispatches and stores every page, and a worker that outbids it for a core leaves
# every other page waiting. Lowered, workers take whatever CPU the reactor leaves. (On a machine
# busy with other work, a scheduled crawl's extraction also yields to it.)
WORKER_NICENESS = 10


def lower_priority() -> None:
    """The workers' initializer."""
    with contextlib.suppress(OSError):  # not permitted on some systems: run at normal priority
        os.nice(WORKER_NICENESS)
