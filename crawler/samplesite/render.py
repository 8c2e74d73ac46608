"""Article pages for the sample site, from the fixtures' page generator, cached per revision.

The benchmark serves 2,000 pages of ~150 KB twice (bare spider, then the pipeline); rendering
each once keeps the server from being what the benchmark measures.
"""

from __future__ import annotations

import threading

from crawler.samplesite.articles import ArticleSpec, article_spec, render_article
from crawler.samplesite.catalogue import SampleArticle


def spec_of(article: SampleArticle) -> ArticleSpec:
    """What the generator says the article holds (the tests compare the archive with it)."""
    return article_spec(
        article.twin.style,
        article.seed,
        published=article.published.isoformat(),
        revision=article.revision,
    )


class ArticleRenderer:
    def __init__(self, pad_to_kb: int | None = None) -> None:
        self.pad_to_kb = pad_to_kb
        self._cache: dict[tuple[str, int], bytes] = {}
        self._lock = threading.Lock()

    def page(self, article: SampleArticle, base: str) -> bytes:
        key = (article.path, article.revision)
        with self._lock:
            cached = self._cache.get(key)
        if cached is None:
            cached = self.render(
                article.twin.style,
                article.seed,
                base + article.path,
                article.published.isoformat(),
                article.revision,
            )
            with self._lock:
                self._cache[key] = cached
        return cached

    def render(self, style: str, seed: int, url: str, published: str, revision: int = 0) -> bytes:
        html = render_article(
            style, seed, url=url, pad_to_kb=self.pad_to_kb, published=published, revision=revision
        )
        return html.encode("utf-8")
