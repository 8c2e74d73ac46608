"""Turning a failed fetch into an errors row: what happened, in one line, and whether it is worth
trying again on the next run (a 404 is not; a timeout is)."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.archive_link import PERMANENT_MARK
from crawler.items import FetchErrorItem
from crawler.middlewares.offsite import OffsiteRedirect

PERMANENT_STATUSES = {404, 410}
ROBOTS_MESSAGE = "Forbidden by robots.txt"


def describe_failure(
    url: str, failure: Any, *, permanent: bool = False, stage: str = "fetch"
) -> Iterator[FetchErrorItem]:
    """Yield the error item for a failure (or a message); nothing for a robots.txt refusal,
    which is the crawler being polite, not a fault of the page."""
    if isinstance(failure, str):
        message = failure
    else:
        exc = failure.value
        if isinstance(exc, IgnoreRequest) and str(exc) == ROBOTS_MESSAGE:
            return
        message, permanent = _message(exc)
    if permanent:
        message = f"{message} {PERMANENT_MARK}"
    yield FetchErrorItem(url, message, permanent, stage)


def _message(exc: BaseException) -> tuple[str, bool]:
    if isinstance(exc, HttpError):
        status = exc.response.status
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
        return f"HTTP {status} {phrase}".strip(), status in PERMANENT_STATUSES
    if isinstance(exc, OffsiteRedirect):
        return str(exc), True
    if isinstance(exc, DownloadTimeoutError):
        return f"timed out: {exc}", False
    if isinstance(exc, DownloadCancelledError) and "max size" in str(exc):
        return "larger than the download size cap (DOWNLOAD_MAXSIZE)", True
    return f"{type(exc).__name__}: {exc}".rstrip(": "), False
