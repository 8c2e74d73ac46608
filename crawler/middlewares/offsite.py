"""No request leaves the source's hosts: not through `dont_filter`, not through a redirect.

Scrapy's OffsiteMiddleware lets `dont_filter` requests through and a redirect inherits that flag;
a resumed crawl re-reads its discovery pages with `dont_filter`, so here the host check applies to
every request. A redirect to another host is refused with an error the spider records, rather
than dropped in silence.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response


class OffsiteRedirect(IgnoreRequest):
    """A redirect pointing outside the allowed hosts (not followed)."""


class StrictOffsiteMiddleware(OffsiteMiddleware):
    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.dont_filter and not request.meta.get("allow_offsite"):
            request = request.replace(dont_filter=False)
        super().process_request(request)


class OffsiteRedirectMiddleware:
    """Sits just outside RedirectMiddleware and stops redirects to other hosts."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = request.replace(url=response.urljoin(location.decode("latin-1")))
        offsite = self.crawler.get_downloader_middleware(StrictOffsiteMiddleware)
        if offsite is not None and not offsite.should_follow(target, self.crawler.spider):
            self.crawler.stats.inc_value("offsite/redirect_refused")
            raise OffsiteRedirect(f"redirect to another host not followed: {target.url}")
        return response
