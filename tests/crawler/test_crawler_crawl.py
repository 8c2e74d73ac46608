"""Real crawls of the sample site over loopback into a temporary archive: what gets stored."""

from __future__ import annotations

import pytest

from crawler.samplesite.render import spec_of

pytestmark = [pytest.mark.crawl]


@pytest.fixture(scope="module")
def crawled(module_crawl):
    # This crawl extracts in a worker process (the others extract inline, to start faster).
    module_crawl.result = module_crawl.run(*module_crawl.quiet, CA_ARCHIVE_EXTRACT_WORKERS="1")
    return module_crawl


def _stored(crawl, article) -> tuple[str, list[tuple[str, str]]]:
    url = crawl.site.base + article.path
    (title,) = crawl.query("SELECT title FROM articles WHERE url = ?", (url,))[0]
    sections = crawl.query(
        "SELECT s.heading, s.kind FROM sections s JOIN articles a ON a.id = s.article_id"
        " WHERE a.url = ? ORDER BY s.position",
        (url,),
    )
    return title, sections


def test_the_crawl_succeeds(crawled) -> None:
    assert crawled.result.returncode == 0, crawled.result.stderr[-2000:]


def test_every_article_is_archived(crawled) -> None:
    assert crawled.article_urls() == crawled.twin_urls(*crawled.quiet)


def test_each_article_has_its_title_and_sections(crawled) -> None:
    wrong = []
    for article in crawled.site.catalogue.articles:
        if f"sample-{article.twin.name}" in crawled.quiet:
            spec = spec_of(article)
            expected = (spec.title, [(heading, kind) for heading, kind, _ in spec.sections])
            if _stored(crawled, article) != expected:
                wrong.append(article.path)
    assert wrong == []


def test_the_crawl_writes_a_crawls_row_with_counts(crawled) -> None:
    row = crawled.last_crawl()
    expected = len(crawled.twin_urls(*crawled.quiet))
    assert (row["status"], row["new"], row["discovered"]) == ("ok", expected, expected)
    assert row["fetched"] == len(crawled.site.requests)
    assert row["bytes"] > 0 and row["ended"] >= row["started"]


def test_every_capture_belongs_to_the_crawl(crawled) -> None:
    crawl_id = crawled.last_crawl()["id"]
    assert crawled.query("SELECT DISTINCT crawl_id FROM captures") == [(crawl_id,)]


def test_hindi_articles_are_stored_as_hindi(crawled) -> None:
    languages = crawled.query(
        "SELECT DISTINCT language FROM articles WHERE source = ?", ("sample-adda247-hindi",)
    )
    assert languages == [("hi",)]


def test_the_summary_table_lists_each_source(crawled) -> None:
    header, *rows = crawled.result.stdout.splitlines()
    assert header.split()[:3] == ["source", "discovered", "fetched"]
    assert {line.split()[0] for line in rows[:-1]} == {*crawled.quiet, "total"}


def test_limit_stops_after_n_articles(crawl) -> None:
    crawl.run("sample-adda247-hindi", "--limit", "3")
    assert len(crawl.article_urls()) == 3


def test_since_skips_older_articles(crawl) -> None:
    articles = [a for a in crawl.site.catalogue.articles if a.twin.name == "insightsias"]
    cutoff = articles[4].published
    crawl.run("sample-insightsias", "--since", cutoff.strftime("%Y-%m-%dT%H:%M:%S"))
    expected = {crawl.site.base + a.path for a in articles if a.published >= cutoff}
    assert crawl.article_urls() == expected
