"""Article → readable Markdown (pure). Used by `ca-archive extract --format markdown` and the
archive's Markdown export, so both render an article the same way."""

from __future__ import annotations

from processors.article import Article, Block, Item, ListBlock, Paragraph, Section, Table

_META_FIELDS = (
    ("URL", "url"),
    ("Author", "author"),
    ("Published", "published"),
    ("Modified", "modified"),
    ("Category", "category"),
    ("Language", "language"),
)


def to_markdown(article: Article) -> str:
    """Title, metadata lines, then sections as #-headings with nested bullets and tables."""
    lines = [f"# {article.title or article.url}", ""]
    for label, name in _META_FIELDS:
        value = getattr(article, name)
        if value:
            lines.append(f"- **{label}:** {value}")
    if article.breadcrumbs:
        lines.append(f"- **Breadcrumbs:** {' › '.join(article.breadcrumbs)}")
    if article.tags:
        lines.append(f"- **Tags:** {', '.join(article.tags)}")
    if not article.is_article:
        lines.append("- **Not an article** (listing, search or error page)")
    lines.append("")
    for section in article.sections:
        _section(section, lines)
    if article.author_bio:
        lines += ["---", "", f"*About the author:* {article.author_bio}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _section(section: Section, lines: list[str]) -> None:
    if section.heading is not None:
        lines += [f"{'#' * min(section.level + 1, 6)} {section.heading}", ""]
    for block in section.blocks:
        _block(block, lines)
        lines.append("")
    for sub in section.sections:
        _section(sub, lines)


def _block(block: Block, lines: list[str]) -> None:
    if isinstance(block, Paragraph):
        lines.append(block.text)
    elif isinstance(block, ListBlock):
        _items(block.items, 0, block.ordered, lines)
    elif isinstance(block, Table):
        _table(block.rows, lines)


def _items(items: list[Item], depth: int, ordered: bool, lines: list[str]) -> None:
    for number, item in enumerate(items, start=1):
        marker = f"{number}." if ordered and depth == 0 else "-"
        lines.append(f"{'  ' * depth}{marker} {item.text}")
        _items(item.children, depth + 1, False, lines)


def _table(rows: list[list[str]], lines: list[str]) -> None:
    width = max(len(row) for row in rows)
    padded = [
        [cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows
    ]
    lines.append("| " + " | ".join(padded[0]) + " |")
    lines.append("|" + " --- |" * width)
    lines.extend("| " + " | ".join(row) + " |" for row in padded[1:])
