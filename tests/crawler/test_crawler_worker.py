"""What an extraction worker runs: ready rows back, and a light start."""

from __future__ import annotations

import subprocess
import sys

from crawler.worker import process_page

PAGE = (
    b"<html><body><h1>Monsoon session ends</h1><div class='entry-content'><h2>Way Forward</h2>"
    + b"<p>Parliament passed the bills it listed for the session, and the committees meet next." * 6
    + b"</p></div></body></html>"
)


def test_an_article_comes_back_packed_with_its_rows_prepared() -> None:
    packed, article, prepared = process_page(PAGE, "https://example.org/a", {}, "s", None)
    assert packed.size == len(PAGE) and not isinstance(article, str)
    assert prepared is not None and prepared.sections[0]["kind"] == "way_forward"


def test_a_worker_starts_without_scrapy_asyncio_or_sqlite_utils() -> None:
    heavy = ("scrapy", "twisted", "asyncio", "sqlite_utils", "sqlite3")
    probe = f"import sys, crawler.worker; print([m for m in {heavy!r} if m in sys.modules])"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
