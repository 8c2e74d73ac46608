"""Article → Markdown: headings, nested bullets, tables."""

from __future__ import annotations

from processors import Article, Item, ListBlock, Paragraph, Section, Table
from processors.markdown import to_markdown


def sample() -> Article:
    items = [Item("Focus Areas:", [Item("Missiles", [Item("Joint work")])])]
    return Article(
        url="https://example.org/a/",
        title="US Japan Pact",
        author="Sakshi Gupta",
        category="UPSC Current Affairs 2024",
        sections=[
            Section("Context", "context", 1, [Paragraph("A new era.")]),
            Section(
                "Details",
                "other",
                1,
                [ListBlock(items, False)],
                [Section("History", "other", 2, [Table([["Year", "Event"], ["1895", "Annexed"]])])],
            ),
        ],
    )


def test_title_and_metadata_lines() -> None:
    text = to_markdown(sample())
    assert text.startswith("# US Japan Pact\n")
    assert "- **Author:** Sakshi Gupta" in text


def test_section_headings_deepen_with_level() -> None:
    text = to_markdown(sample())
    assert "## Context\n" in text and "### History\n" in text


def test_nested_bullets_are_indented() -> None:
    assert "- Focus Areas:\n  - Missiles\n    - Joint work" in to_markdown(sample())


def test_tables_render_as_markdown_tables() -> None:
    assert "| Year | Event |\n| --- | --- |\n| 1895 | Annexed |" in to_markdown(sample())
