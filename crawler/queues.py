"""The scheduler's disk queue (JOBDIR, which makes crawls resumable), with a cheaper push.

Scrapy stores a request's callback and errback by name, and finds each name by listing every
method of the spider (`inspect.getmembers`) for every request pushed: about 0.25 ms a request,
a few percent of a crawl's whole reactor time. A spider's own bound method already knows its
name; it is checked against the spider and used directly. Anything else (a method stored
under another name, a plain function) goes through Scrapy's search as before, which also
keeps Scrapy's error for a callback that is not a spider method.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy import Request, Spider
from scrapy.squeues import PickleLifoDiskQueue

_UNNAMED = object()


def method_name(spider: Spider, func: Callable[..., Any] | None) -> str | object | None:
    """The spider attribute naming `func` (None for no callback), or _UNNAMED."""
    if func is None:
        return None
    name = getattr(func, "__name__", None)
    if getattr(func, "__self__", None) is not spider or name is None:
        return _UNNAMED
    found = getattr(spider, name, None)
    return name if getattr(found, "__func__", None) is func.__func__ else _UNNAMED  # type: ignore[attr-defined]


class RequestDiskQueue(PickleLifoDiskQueue):
    """Scrapy's default disk queue (pickled, last in first out), pushing by method name."""

    def push(self, request: Request) -> None:
        callback = method_name(self.spider, request.callback)
        errback = method_name(self.spider, request.errback)
        if callback is _UNNAMED or errback is _UNNAMED:
            super().push(request)
            return
        data = request.replace(callback=None, errback=None).to_dict(spider=self.spider)
        data.update(callback=callback, errback=errback)
        # Past Scrapy's own push (which would name the methods again) to the pickling layer.
        super(PickleLifoDiskQueue, self).push(data)
