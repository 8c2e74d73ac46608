"""The StudyIQ twin holds every kind of trouble; one crawl of it, several assertions."""

from __future__ import annotations

import pytest

from crawler.samplesite.catalogue import DISALLOWED, TROUBLE, TROUBLE_ARTICLES

pytestmark = [pytest.mark.crawl]


@pytest.fixture(scope="module")
def crawled(module_crawl):
    module_crawl.result = module_crawl.run("sample-studyiq")
    return module_crawl


def _errors(crawl) -> dict[str, str]:
    return {
        url.removeprefix(crawl.site.base): msg
        for url, msg in crawl.query("SELECT url, message FROM errors WHERE stage = 'fetch'")
    }


def test_trouble_does_not_stop_the_crawl(crawled) -> None:
    expected = crawled.twin_urls("sample-studyiq")
    expected |= {crawled.site.base + path for path in TROUBLE_ARTICLES.values()}
    assert crawled.article_urls() == expected
    assert crawled.result.returncode == 1  # partial: some pages failed
    assert crawled.last_crawl()["status"] == "partial"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/articles/missing-page/", "HTTP 404 Not Found (permanent)"),
        ("/articles/withdrawn-page/", "HTTP 410 Gone (permanent)"),
        ("/articles/study-notes.pdf", "not HTML (application/pdf) (permanent)"),
        ("/articles/huge-page/", "larger than the download size cap"),
        ("/articles/slow-page/", "timed out"),
        ("/articles/gone-elsewhere/", "redirect to another host not followed"),
    ],
)
def test_each_failure_is_an_errors_row(crawled, path: str, message: str) -> None:
    assert message in _errors(crawled)[path]


def test_recovered_pages_leave_no_error(crawled) -> None:
    errors = _errors(crawled)
    recovered = ("/articles/flaky-page/", "/articles/busy-page/", "/articles/moved-page/")
    assert not [path for path in recovered if path in errors]
    assert len(errors) == len(TROUBLE) - len(TROUBLE_ARTICLES)


def test_429_retry_waited_as_asked(crawled) -> None:
    asks = [r for r in crawled.site.requests if r.path == "/articles/busy-page/"]
    assert [r.status for r in asks] == [429, 200]
    assert asks[1].at - asks[0].at >= 1.0  # the site said Retry-After: 1


def test_robots_txt_disallowed_page_is_never_requested(crawled) -> None:
    paths = crawled.site.paths()
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith(DISALLOWED)]


def test_no_request_leaves_the_allowed_host(crawled) -> None:
    assert crawled.site.other_requests == []


def test_every_request_names_the_project(crawled) -> None:
    agents = {r.user_agent for r in crawled.site.requests}
    assert len(agents) == 1 and agents.pop().startswith("ca-archive/")


# Last in the module: it crawls again (earlier tests read the first crawl only).
def test_permanent_failures_are_not_asked_again(crawled) -> None:
    start = len(crawled.site.requests)
    crawled.run("sample-studyiq")
    again = set(crawled.site.paths()[start:])
    assert again.isdisjoint(
        {
            "/articles/missing-page/",
            "/articles/study-notes.pdf",
            "/articles/huge-page/",
            "/articles/moved-page/",
        }
    )
