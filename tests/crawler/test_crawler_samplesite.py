"""The sample site itself: what it serves, its trouble, conditional requests and changes."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from crawler.samplesite import SampleSite
from crawler.samplesite.catalogue import Catalogue
from crawler.samplesite.pages import sitemap_names


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with SampleSite(12, slow_seconds=0.1) as running:
        yield running


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


def test_robots_txt_disallows_and_announces_the_sitemap(site) -> None:
    _, _, body = _get(site.base + "/robots.txt")
    assert b"Disallow: /private/" in body
    assert f"Sitemap: {site.base}/sitemap_index.xml".encode() in body


def test_article_pages_are_full_pages_of_their_style(site) -> None:
    article = site.catalogue.articles[1]  # the Hindi twin
    status, headers, body = _get(site.base + article.path)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'lang="hi-IN"' in body.decode("utf-8")


def test_matching_etag_gets_304(site) -> None:
    url = site.base + site.catalogue.articles[0].path
    _, headers, _ = _get(url)
    status, _, body = _get(url, {"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, b"")


def test_change_gives_new_content_and_newer_lastmod(site) -> None:
    article = site.catalogue.articles[0]
    before = _get(site.base + article.path)[2]
    old = article.lastmod
    _get(f"{site.base}/__control/change?path={article.path}")
    assert _get(site.base + article.path)[2] != before
    assert article.lastmod > old


def test_flaky_page_fails_once_then_recovers(site) -> None:
    url = site.base + "/articles/flaky-page/"
    assert [_get(url)[0], _get(url)[0]] == [500, 200]


def test_busy_page_asks_to_retry_after_a_second(site) -> None:
    status, headers, _ = _get(site.base + "/articles/busy-page/")
    assert (status, headers["Retry-After"]) == (429, "1")


def test_redirect_to_other_host_points_at_localhost(site) -> None:
    request = urllib.request.Request(site.base + "/articles/gone-elsewhere/")
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(request, timeout=10)
    with caught.value as answer:
        assert answer.headers["Location"].startswith(site.other_base)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object) -> None:
        return None


def test_huge_page_is_over_ten_megabytes(site) -> None:
    _, headers, _ = _get(site.base + "/articles/huge-page/")
    assert int(headers["Content-Length"]) >= 10 * 1024 * 1024


def test_requests_are_logged(site) -> None:
    _get(site.base + "/about/")
    assert site.paths() == ["/about/"]


def test_catalogue_scales_with_sitemaps_in_chunks() -> None:
    catalogue = Catalogue(2000)
    assert len(catalogue.articles) == len(catalogue.by_path) == 2000
    assert sum(len(items) for items in sitemap_names(catalogue).values()) == 2000


def test_module_prints_its_port_and_serves() -> None:
    command = [sys.executable, "-m", "crawler.samplesite", "--port", "0", "--articles", "4"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            port = int(process.stdout.readline())
            assert _get(f"http://127.0.0.1:{port}/")[0] == 200
        finally:
            process.terminate()
