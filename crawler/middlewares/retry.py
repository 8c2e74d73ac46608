"""Retries that back off: exponentially on 5xx, and for as long as a 429/503 Retry-After asks.

Scrapy's RetryMiddleware re-queues at once and ignores Retry-After; a busy site answering 429
deserves the wait it names (capped by RETRY_AFTER_MAX so one header cannot stall a crawl).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message


class BackoffRetryMiddleware(RetryMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffRetryMiddleware:
        mw = super().from_crawler(crawler)
        mw.backoff_base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        mw.backoff_max = crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        mw.retry_after_max = crawler.settings.getfloat("RETRY_AFTER_MAX", 120.0)
        return mw

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.delay(response, request.meta.get("retry_times", 0))
        if delay > 0:
            self.crawler.stats.inc_value("retry/waited_seconds", delay)
            await sleep(delay)
        return retry

    def delay(self, response: Response, retries: int) -> float:
        """Seconds to wait: Retry-After when the site gives it, else base × 2^retries."""
        header = response.headers.get(b"Retry-After")
        if header:
            asked = retry_after_seconds(header.decode("latin-1"))
            if asked is not None:
                return min(asked, self.retry_after_max)
        return min(self.backoff_base * 2**retries, self.backoff_max)


def retry_after_seconds(value: str) -> float | None:
    """Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
