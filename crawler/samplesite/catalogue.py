"""What the sample site holds: its twins of the real sources, their articles and trouble pages.

Everything is derived from a count and a seed, so the tests, the demo and the benchmark can build
the same site at any size and know in advance every URL a crawl must find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

# The newest article's date; the others step back from it so dates never depend on "today".
NEWEST = datetime(2026, 10, 31, 6, 0, tzinfo=UTC)
# Two days apart: the demo's 60 articles then span four months, so its chart has a story to tell.
STEP = timedelta(days=2)
PER_PAGE = 10


@dataclass(frozen=True, slots=True)
class Twin:
    """The local copy of one shipped source: its page style and where its pages live."""

    name: str  # the sample source's name is "sample-<name>"
    style: str  # a style of crawler.samplesite.articles
    article_path: str  # format string with {slug} and {date:%Y/%m/%d}
    listing: str  # first listing page
    listing_page: str  # later listing pages, format string with {n}
    feed: str | None  # RSS feed of this twin, if the real site has one
    language: str = "en"


TWINS: tuple[Twin, ...] = (
    Twin(
        "studyiq",
        "studyiq",
        "/articles/{slug}/",
        "/articles/category/upsc-current-affairs/",
        "/articles/category/upsc-current-affairs/page/{n}/",
        None,
    ),
    Twin(
        "adda247-hindi",
        "adda247_hindi",
        "/hi/upsc/{slug}/",
        "/hi/upsc/category/current-affairs/",
        "/hi/upsc/category/current-affairs/page/{n}/",
        "/hi/upsc/feed/",
        "hi",
    ),
    Twin(
        "drishti",
        "drishti",
        "/daily-updates/daily-news-analysis/{slug}",
        "/current-affairs-news-analysis-editorials/news-analysis/",
        "/current-affairs-news-analysis-editorials/news-analysis/?page={n}",
        None,
    ),
    Twin(
        "insightsias",
        "insights",
        "/{date:%Y/%m/%d}/{slug}/",
        "/category/current-affairs-2/",
        "/category/current-affairs-2/page/{n}/",
        "/category/current-affairs-2/feed/",
    ),
)

# Trouble pages, all under the StudyIQ twin's article pattern (so a crawl of it meets them all):
# path -> what the server does. The crawl must record each as the error (or the success) it is.
TROUBLE: dict[str, str] = {
    "/articles/missing-page/": "404",
    "/articles/withdrawn-page/": "410",
    "/articles/flaky-page/": "500 once, then the article",
    "/articles/busy-page/": "429 with Retry-After: 1 once, then the article",
    "/articles/moved-page/": "301 → 302 → /articles/moved-page-final-home/",
    "/articles/gone-elsewhere/": "302 to the other host",
    "/articles/study-notes.pdf": "a PDF",
    "/articles/huge-page/": "a 10 MB page",
    "/articles/broken-markup/": "an article with malformed HTML",
    "/articles/slow-page/": "answers after a delay longer than a short timeout",
}
# Trouble pages that end as stored articles (under the URL given here).
TROUBLE_ARTICLES = {
    "/articles/flaky-page/": "/articles/flaky-page/",
    "/articles/busy-page/": "/articles/busy-page/",
    "/articles/moved-page/": "/articles/moved-page-final-home/",
    "/articles/broken-markup/": "/articles/broken-markup/",
}
DISALLOWED = "/private/"


@dataclass(slots=True)
class SampleArticle:
    """One article page: its twin, generator seed, place and dates; `revision` bumps on change."""

    twin: Twin
    seed: int
    path: str
    published: datetime
    revision: int = 0
    lastmod: datetime = field(init=False)

    def __post_init__(self) -> None:
        self.lastmod = self.published


class Catalogue:
    """The site's articles in a fixed order (newest first), grouped by twin."""

    def __init__(self, count: int = 60) -> None:
        self.articles: list[SampleArticle] = []
        for i in range(count):
            twin = TWINS[i % len(TWINS)]
            published = NEWEST - i * STEP
            slug = f"current-affairs-note-{i:04d}"
            path = twin.article_path.format(slug=slug, date=published)
            self.articles.append(SampleArticle(twin, seed=i, path=path, published=published))
        self.by_path = {a.path: a for a in self.articles}

    def of_twin(self, twin: Twin) -> list[SampleArticle]:
        return [a for a in self.articles if a.twin is twin]

    def listing_pages(self, twin: Twin) -> list[list[SampleArticle]]:
        """The twin's articles cut into listing pages, newest first."""
        items = self.of_twin(twin)
        return [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]

    def change(self, path: str, when: datetime | None = None) -> SampleArticle:
        """Give an article new content and a newer lastmod (the "changed page" of the tests)."""
        article = self.by_path[path]
        article.revision += 1
        article.lastmod = when or datetime.now(UTC).replace(microsecond=0)
        return article


def listing_url(twin: Twin, n: int) -> str:
    return twin.listing if n == 1 else twin.listing_page.format(n=n)
