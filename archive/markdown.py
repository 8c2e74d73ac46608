"""An article as Markdown for note-taking tools (Obsidian, Logseq, plain files).

Scraped text is untrusted and most Markdown viewers render inline HTML, so `<`, `>` and `&` in
the text are written as entities: a page cannot smuggle a tag into someone's notes.
"""

from __future__ import annotations

import html
import re
from typing import Any

from processors.article import Article, Block, Item, ListBlock, Paragraph, Section, Table

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def render_article(article: Article, meta: dict[str, Any] | None = None) -> str:
    """Title, a metadata list, then every section as a heading with its blocks."""
    lines = [f"# {escape(article.title or article.url)}", ""]
    facts = {
        "Source": (meta or {}).get("source"),
        "Published": article.published,
        "Author": article.author,
        "Category": article.category,
        "URL": f"<{article.url}>",
    }
    lines += [f"- **{name}:** {escape(str(value))}" for name, value in facts.items() if value]
    lines.append("")
    for section in article.sections:
        lines += _section_lines(section, 2)
    return "\n".join(lines).rstrip() + "\n"


def _section_lines(section: Section, level: int) -> list[str]:
    lines: list[str] = []
    if section.heading:
        lines += [f"{'#' * min(level, 6)} {escape(section.heading)}", ""]
    for block in section.blocks:
        lines += [*_block_lines(block), ""]
    for sub in section.sections:
        lines += _section_lines(sub, level + 1)
    return lines


def _block_lines(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [escape(block.text)]
    if isinstance(block, ListBlock):
        return _item_lines(block.items, block.ordered, 0)
    if isinstance(block, Table) and block.rows:
        header, *body = block.rows
        cells = [[escape(c).replace("|", "\\|") for c in row] for row in (header, *body)]
        rule = ["---"] * len(header)
        return [f"| {' | '.join(row)} |" for row in (cells[0], rule, *cells[1:])]
    return []


def _item_lines(items: list[Item], ordered: bool, depth: int) -> list[str]:
    lines = []
    for number, item in enumerate(items, 1):
        marker = f"{number}." if ordered else "-"
        lines.append(f"{'    ' * depth}{marker} {escape(item.text)}")
        lines += _item_lines(item.children, False, depth + 1)
    return lines


def file_name(article: Article, article_id: int) -> str:
    """`<date>-<slug>-<id>.md`: sorts by date in a folder, never collides, never leaves it."""
    date = (article.published or "undated")[:10]
    last = article.url.rstrip("/").rsplit("/", 1)[-1].lower()
    slug = _SLUG_DROP.sub("-", last).strip("-")[:80] or "article"
    return f"{_SLUG_DROP.sub('-', date.lower())}-{slug}-{article_id}.md"
