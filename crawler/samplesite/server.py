"""The sample site's HTTP server: a stdlib ThreadingHTTPServer on loopback, run in a thread.

It logs every request it answers (the tests assert robots.txt and the allowed hosts from that
log), honours conditional requests, lets a test change an article's content, and serves a second
"other host" whose log must stay empty.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from crawler.samplesite import pages
from crawler.samplesite.catalogue import TWINS, Catalogue, listing_url
from crawler.samplesite.render import ArticleRenderer
from crawler.samplesite.trouble import TroubleDesk

CONTROL = "/__control/"


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    path: str
    status: int
    user_agent: str
    conditional: bool
    at: float  # time.monotonic() when answered


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a crawler opens many connections at once

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler hanging up mid-answer (size cap, timeout, kill) is expected here


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: SampleSite

    def do_GET(self) -> None:
        status, headers, body = self.site.respond(self.path, self.headers)
        self.site.log(self.path, status, self.headers)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The crawler may give up on a page (size cap, timeout): that is its right.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # requests go to SampleSite.requests, not to stderr


Response = tuple[int, dict[str, str], bytes]


class SampleSite:
    """The site and its "other host"; use as a context manager or call start()/stop()."""

    def __init__(
        self, articles: int = 60, *, pad_to_kb: int | None = None, slow_seconds: float = 4.0
    ) -> None:
        self.catalogue = Catalogue(articles)
        self.renderer = ArticleRenderer(pad_to_kb)
        self.trouble = TroubleDesk(self.renderer, slow_seconds)
        self.requests: list[LoggedRequest] = []
        self.other_requests: list[str] = []
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self.base = self.other_base = ""
        self._listings = {
            listing_url(t, n): (t, n)
            for t in TWINS
            for n in range(1, len(self.catalogue.listing_pages(t)) + 1)
        }

    # -- life cycle -------------------------------------------------------------------------
    def start(self, port: int = 0, host: str = "127.0.0.1") -> SampleSite:
        main = self._serve(host, port, self)
        other = self._serve(host, 0, _OtherHost(self))
        self.base = f"http://{host}:{main.server_address[1]}"
        # A different host name for the same loopback: offsite filtering works on names.
        self.other_base = f"http://localhost:{other.server_address[1]}"
        return self

    def _serve(self, host: str, port: int, site: object) -> _Server:
        handler = type("Handler", (_Handler,), {"site": site})
        server = _Server((host, port), handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        self._servers.append(server)
        return server

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> SampleSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- requests ---------------------------------------------------------------------------
    def log(self, path: str, status: int, headers) -> None:
        conditional = bool(headers.get("If-None-Match") or headers.get("If-Modified-Since"))
        agent = headers.get("User-Agent", "")
        entry = LoggedRequest(path, status, agent, conditional, time.monotonic())
        with self._lock:
            self.requests.append(entry)

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def respond(self, path: str, headers) -> Response:
        if path.startswith(CONTROL):
            return self._control(path)
        if path in self.trouble.paths:
            return self.trouble.respond(path, self.base, self.other_base)
        article = self.catalogue.by_path.get(path)
        if article is not None:
            return self._article(article, headers)
        text = self._page(path)
        if text is None:
            return 404, _HTML, pages.about().replace("About", "Not found").encode()
        kind = "xml" if path.endswith((".xml", "/feed/")) else "html"
        ctype = {"xml": "application/xml", "html": "text/html; charset=utf-8"}[kind]
        if path == "/robots.txt":
            ctype = "text/plain"
        return 200, {"Content-Type": ctype}, text.encode()

    def _page(self, path: str) -> str | None:
        cat, base = self.catalogue, self.base
        if path in self._listings:
            return pages.listing(cat, *self._listings[path])
        if path.startswith("/sitemaps/"):
            return pages.sitemap(base, path, cat)
        feeds = {t.feed: t for t in TWINS if t.feed}
        if path in feeds:
            return pages.rss(base, feeds[path].name, cat.of_twin(feeds[path])[:20])
        fixed = {
            "/": lambda: pages.home(cat, self.other_base),
            "/about/": pages.about,
            "/robots.txt": lambda: pages.robots(base),
            "/sitemap_index.xml": lambda: pages.sitemap_index(base, cat),
            "/sitemap.xml": lambda: pages.sitemap_index(base, cat),
            "/feed/": lambda: pages.rss(base, "All posts", cat.articles[:20]),
            "/private/members-only/": pages.about,
        }
        return fixed[path]() if path in fixed else None

    def _article(self, article, headers) -> Response:
        etag = f'"{article.seed}-{article.revision}"'
        stamp = article.lastmod.replace(microsecond=0)
        if headers.get("If-None-Match") == etag or _not_modified_since(headers, stamp):
            return 304, {"ETag": etag}, b""
        body = self.renderer.page(article, self.base)
        meta = {"ETag": etag, "Last-Modified": format_datetime(stamp, usegmt=True)}
        return 200, {**_HTML, **meta}, body

    def _control(self, path: str) -> Response:
        """`/__control/change?path=P` changes an article; `/__control/log` lists requests."""
        url = urlsplit(path)
        if url.path == f"{CONTROL}change":
            article = self.catalogue.change(parse_qs(url.query)["path"][0])
            return 200, {"Content-Type": "text/plain"}, f"revision {article.revision}".encode()
        return 200, {"Content-Type": "application/json"}, json.dumps(self.paths()).encode()


_HTML = {"Content-Type": "text/html; charset=utf-8"}


def _not_modified_since(headers, stamp) -> bool:
    since = headers.get("If-Modified-Since")
    if not since or headers.get("If-None-Match"):
        return False
    try:
        return stamp <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


class _OtherHost:
    """Stands for every site outside the allowed hosts: it only records who called."""

    def __init__(self, site: SampleSite) -> None:
        self.site = site

    def respond(self, path: str, headers) -> Response:
        return 200, _HTML, b"<html><body><p>Another site.</p></body></html>"

    def log(self, path: str, status: int, headers) -> None:
        with self.site._lock:
            self.site.other_requests.append(path)
