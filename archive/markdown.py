"""Articles as Markdown files for note-taking tools (Obsidian, Logseq, plain folders).

The rendering is processors' `to_markdown`, the same as `ca-archive extract --format markdown`.
Scraped text is untrusted and most Markdown viewers render inline HTML, so every string of the
article has `<`, `>` and `&` written as entities first: a page cannot put a tag into someone's
notes.
"""

from __future__ import annotations

import html
import re
from typing import Any

from processors.article import Article
from processors.markdown import to_markdown

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


def render_article(article: Article) -> str:
    """The article as Markdown, with HTML-significant characters escaped."""
    return to_markdown(Article.from_dict(_escaped(article.to_dict())))


def file_name(article: Article, article_id: int) -> str:
    """`<date>-<slug>-<id>.md`: sorts by date in a folder, never collides, never leaves it."""
    date = (article.published or "undated")[:10]
    last = article.url.rstrip("/").rsplit("/", 1)[-1].lower()
    slug = _SLUG_DROP.sub("-", last).strip("-")[:80] or "article"
    return f"{_SLUG_DROP.sub('-', date.lower())}-{slug}-{article_id}.md"
