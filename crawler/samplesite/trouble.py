"""The trouble a real site throws at a crawler, one small handler per kind (see TROUBLE)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

from crawler.samplesite.catalogue import NEWEST
from crawler.samplesite.render import ArticleRenderer

Response = tuple[int, dict[str, str], bytes]
HTML = {"Content-Type": "text/html; charset=utf-8"}
HUGE_BYTES = 10 * 1024 * 1024
# Seeds of the trouble pages that end as articles, far from the catalogue's own.
SEEDS = {
    "/articles/flaky-page/": 90_001,
    "/articles/busy-page/": 90_002,
    "/articles/moved-page-final-home/": 90_003,
    "/articles/broken-markup/": 90_004,
    "/articles/slow-page/": 90_005,
}


class TroubleDesk:
    def __init__(self, renderer: ArticleRenderer, slow_seconds: float) -> None:
        self.renderer = renderer
        self.slow_seconds = slow_seconds
        self._failed_once: set[str] = set()
        self._lock = threading.Lock()
        self._routes: dict[str, Callable[[str, str, str], Response]] = {
            "/articles/missing-page/": lambda p, b, o: (404, HTML, b"<h1>Not found</h1>"),
            "/articles/withdrawn-page/": lambda p, b, o: (410, HTML, b"<h1>Gone</h1>"),
            "/articles/flaky-page/": self._flaky,
            "/articles/busy-page/": self._busy,
            "/articles/moved-page/": lambda p, b, o: _redirect(301, "/articles/moved-page-2/"),
            "/articles/moved-page-2/": lambda p, b, o: _redirect(
                302, b + "/articles/moved-page-3/"
            ),
            "/articles/moved-page-3/": lambda p, b, o: _redirect(
                307, "/articles/moved-page-final-home/"
            ),
            "/articles/moved-page-final-home/": self._article,
            "/articles/gone-elsewhere/": lambda p, b, o: _redirect(302, o + "/articles/landing/"),
            "/articles/study-notes.pdf": lambda p, b, o: (
                200,
                {"Content-Type": "application/pdf"},
                _PDF,
            ),
            "/articles/huge-page/": lambda p, b, o: (200, HTML, _huge()),
            "/articles/broken-markup/": self._broken,
            "/articles/slow-page/": self._slow,
        }
        self.paths = frozenset(self._routes)

    def respond(self, path: str, base: str, other_base: str) -> Response:
        return self._routes[path](path, base, other_base)

    def _first_time(self, path: str) -> bool:
        with self._lock:
            first = path not in self._failed_once
            self._failed_once.add(path)
        return first

    def _article(self, path: str, base: str, other: str) -> Response:
        page = self.renderer.render("studyiq", SEEDS[path], base + path, NEWEST.isoformat())
        return 200, HTML, page

    def _flaky(self, path: str, base: str, other: str) -> Response:
        if self._first_time(path):
            return 500, HTML, b"<h1>Internal Server Error</h1>"
        return self._article(path, base, other)

    def _busy(self, path: str, base: str, other: str) -> Response:
        if self._first_time(path):
            return 429, {**HTML, "Retry-After": "1"}, b"<h1>Too Many Requests</h1>"
        return self._article(path, base, other)

    def _broken(self, path: str, base: str, other: str) -> Response:
        """The article with closing tags dropped and a stray unclosed table, as sloppy CMSs do."""
        status, headers, page = self._article(path, base, other)
        text = re.sub(r"</(li|p|div|ul)>", "", page.decode("utf-8"), count=40)
        return status, headers, text.replace("<body", "<table><tr><td><body", 1).encode("utf-8")

    def _slow(self, path: str, base: str, other: str) -> Response:
        time.sleep(self.slow_seconds)
        return self._article(path, base, other)


def _redirect(status: int, location: str) -> Response:
    return status, {"Location": location, "Content-Type": "text/html"}, b""


def _huge() -> bytes:
    chunk = b"<p>" + b"padding " * 127 + b"</p>\n"
    return b"<html><body>" + chunk * (HUGE_BYTES // len(chunk) + 1) + b"</body></html>"


_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
