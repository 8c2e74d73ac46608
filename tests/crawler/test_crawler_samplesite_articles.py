"""The sample-site article generator: every style renders, deterministically, to the size asked,
and extracts back to what its spec says (the contract crawl tests rely on)."""

from __future__ import annotations

import pytest

from crawler.samplesite.articles import STYLES, article_spec, render_article
from processors import extract

URL = "http://127.0.0.1:8080/articles/sample-note/"


@pytest.mark.parametrize("style", STYLES)
def test_style_renders_a_full_page_with_its_headline(style: str) -> None:
    page = render_article(style, 1, url=URL)
    assert page.startswith("<!DOCTYPE html>")
    assert f">{article_spec(style, 1).title}</h1>" in page
    assert "Sharing is caring!" in page and "Leave a comment" in page


def test_same_seed_gives_the_same_page() -> None:
    assert render_article("studyiq", 7, url=URL) == render_article("studyiq", 7, url=URL)


def test_different_seeds_give_different_pages() -> None:
    assert render_article("studyiq", 7, url=URL) != render_article("studyiq", 8, url=URL)


@pytest.mark.parametrize("kb", [100, 200])
def test_padding_reaches_the_size_asked(kb: int) -> None:
    size = len(render_article("drishti", 3, url=URL, pad_to_kb=kb).encode("utf-8"))
    assert kb * 1024 <= size < (kb + 8) * 1024


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown article style"):
        article_spec("nosuchsite", 1)


def test_published_override_is_what_the_page_says() -> None:
    when = "2026-10-31T06:00:00+00:00"
    article = extract(render_article("insights", 2, url=URL, published=when), URL)
    assert article.published == article_spec("insights", 2, published=when).published == when


def test_revision_changes_context_and_modified_date() -> None:
    before = extract(render_article("studyiq", 4, url=URL), URL)
    after = extract(render_article("studyiq", 4, url=URL, revision=1), URL)
    assert len(after.context) == len(before.context) + 1
    assert after.modified != before.modified


def test_revised_spec_matches_the_revised_page() -> None:
    spec = article_spec("drishti", 4, revision=2)
    article = extract(render_article("drishti", 4, url=URL, revision=2), URL)
    assert [i.text for i in article.context] == list(spec.context)
    assert article.modified == spec.modified


@pytest.mark.parametrize("seed", [0, 11])
@pytest.mark.parametrize("style", STYLES)
def test_page_extracts_to_its_spec(style: str, seed: int) -> None:
    spec = article_spec(style, seed)
    article = extract(render_article(style, seed, url=URL, pad_to_kb=120), URL)
    got = [(s.heading, s.kind, s.level) for s in article.all_sections()]
    assert (article.title, article.author, article.category) == (
        spec.title,
        spec.author,
        spec.category,
    )
    assert got == spec.sections
    assert [i.text for i in article.focus_areas] == list(spec.focus_areas)
    assert [i.text for i in article.way_forward] == list(spec.way_forward)
    assert [i.text for i in article.context] == list(spec.context)
