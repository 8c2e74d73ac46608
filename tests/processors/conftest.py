"""Helpers for the extractor's unit tests: small pages built around an HTML snippet."""

from __future__ import annotations

import pytest

from processors import Article, extract


def make_page(body: str, *, head: str = "", lang: str = "en", headline: str = "Headline") -> str:
    """A minimal single-post page: `body` sits in `.entry-content` under an `<h1>` headline."""
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{headline} | Site</title><meta property="og:type" content="article">{head}'
        f'</head><body class="single"><article><h1 class="entry-title">{headline}</h1>'
        f'<div class="entry-content">{body}</div></article></body></html>'
    )


@pytest.fixture
def page_html():
    """`make_page` for tests that extract with their own options."""
    return make_page


@pytest.fixture
def extract_body():
    """Extract a page made from a body snippet (and optional head) at a fixed URL."""

    def run(body: str, *, head: str = "", lang: str = "en", headline: str = "Headline") -> Article:
        page = make_page(body, head=head, lang=lang, headline=headline)
        return extract(page, "https://example.org/post/")

    return run
