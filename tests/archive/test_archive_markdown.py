"""Markdown for note-taking tools: scraped HTML escaped, safe and unique file names."""

from __future__ import annotations

from archive.markdown import file_name, render_article
from processors.article import Article, Item, ListBlock, Section


def article(**fields) -> Article:
    return Article(url="https://example.org/ca/Repo-Rate/", title="Repo rate", **fields)


def test_html_in_items_is_escaped():
    block = ListBlock([Item("Rates <img src=x onerror=alert(1)> & more")])
    text = render_article(article(sections=[Section("Data", "other", 2, [block])]))
    assert "- Rates &lt;img src=x onerror=alert(1)&gt; &amp; more" in text
    assert "<img" not in text


def test_file_name_is_dated_slugged_and_numbered():
    name = file_name(article(published="2024-04-05T10:00:00+05:30"), 42)
    assert name == "2024-04-05-repo-rate-42.md"


def test_file_name_cannot_leave_the_folder():
    name = file_name(Article(url="https://example.org/../../etc/passwd/..", title="x"), 7)
    assert "/" not in name
    assert name == "undated-article-7.md"
