"""Retry-After parsing and backoff delays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.middlewares.retry import BackoffRetryMiddleware, retry_after_seconds


def _middleware(**settings) -> BackoffRetryMiddleware:
    return BackoffRetryMiddleware.from_crawler(get_crawler(settings_dict=settings))


def test_retry_after_in_seconds() -> None:
    assert retry_after_seconds("7") == 7.0


def test_retry_after_as_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= retry_after_seconds(when) <= 30


def test_retry_after_garbage_is_ignored() -> None:
    assert retry_after_seconds("soon") is None


def test_backoff_doubles_per_retry() -> None:
    mw = _middleware(RETRY_BACKOFF_BASE=0.5)
    response = Response("http://x.test/", status=503)
    assert [mw.delay(response, n) for n in range(3)] == [0.5, 1.0, 2.0]


def test_retry_after_header_wins_but_is_capped() -> None:
    mw = _middleware(RETRY_AFTER_MAX=10)
    response = Response("http://x.test/", status=429, headers={"Retry-After": "3600"})
    assert mw.delay(response, 0) == 10
