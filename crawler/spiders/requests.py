"""Requests whose callbacks are the spider's own methods, cheap to write to the JOBDIR queue.

Every crawl has a JOBDIR (so it can be resumed), and Scrapy writes each scheduled request to
it. To store a callback Scrapy needs its name, and finds it by listing every member of the
spider (`inspect.getmembers`: 0.15-0.25 ms, twice a request, about a twentieth of the crawl
process's CPU a page). A method bound to the spider knows its own name.
"""

from __future__ import annotations

from typing import Any

import scrapy


class SpiderRequest(scrapy.Request):
    def to_dict(self, *, spider: scrapy.Spider | None = None) -> dict[str, Any]:
        """Scrapy's dict, with the spider's own callbacks named directly (anything else is
        left to Scrapy's lookup)."""
        callbacks = self.callback, self.errback
        self.callback, self.errback = (_own_name(spider, f) for f in callbacks)
        try:
            return super().to_dict(spider=spider)
        finally:
            self.callback, self.errback = callbacks


def _own_name(spider: scrapy.Spider | None, method: Any) -> Any:
    """The method's name when it is bound to `spider` and reachable by that name, else itself."""
    name = getattr(method, "__name__", None)
    if spider is None or getattr(method, "__self__", None) is not spider or name is None:
        return method
    return name if getattr(spider, name, None) == method else method
