"""Article → plain text and row values: what full-text search indexes and CSV cells hold.

Nested items become indented "- " lines (two spaces per level), so a flattened cell still reads
as the outline it came from and one line per item keeps FTS phrase queries within an item.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from processors.article import Article, Block, Item, ListBlock, Paragraph, Section, Table

# One encoder for every row value: json.dumps with options builds a new one on each call.
to_json = json.JSONEncoder(ensure_ascii=False).encode


def item_lines(items: Iterable[Item], depth: int = 0) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(f"{'  ' * depth}- {item.text}")
        lines.extend(item_lines(item.children, depth + 1))
    return lines


def items_text(items: Iterable[Item]) -> str:
    """A canonical part (context, focus_areas, way_forward) as one multi-line cell."""
    return "\n".join(item_lines(items))


def block_items(block: Block) -> list[Item]:
    """A block seen as items: a paragraph is one item, a table one item per row."""
    if isinstance(block, ListBlock):
        return list(block.items)
    if isinstance(block, Table):
        return [Item(" | ".join(row)) for row in block.rows]
    return [Item(block.text)]


def blocks_text(blocks: Iterable[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend(item_lines(block_items(block)))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """Everything the store writes that depends on the article alone, computed once and outside
    the write transaction: the JSON, its hash, the plain text and the section rows."""

    content: str
    digest: str
    text: str
    sections: list[dict[str, Any]]  # document order; "parent" is the index of the parent row


def content_json(article: Article) -> tuple[str, str]:
    """The stored Article JSON and its hash."""
    return _content_json(article.to_dict())


def _content_json(data: dict[str, Any]) -> tuple[str, str]:
    """The hash covers the extracted content only: the extractor version (the last key of
    `Article.to_dict`) is left out, then appended - one serialisation serves both, and a newer
    extractor that yields the same article changes nothing."""
    version = data.pop("extractor_version")
    body = to_json(data)
    content = f'{body[:-1]}, "extractor_version": {to_json(version)}}}'
    data["extractor_version"] = version
    return content, sha256(body.encode()).hexdigest()


def prepare(article: Article) -> PreparedArticle:
    """One `to_dict` serves the stored JSON and every section's items JSON."""
    data = article.to_dict()
    content, digest = _content_json(data)
    rows: list[dict[str, Any]] = []
    for section, section_dict in zip(article.sections, data["sections"], strict=True):
        _section_rows(section, section_dict, None, 0, rows)
    parts = [part for row in rows for part in (row["heading"], row["text"]) if part]
    return PreparedArticle(content, digest, "\n".join(parts), rows)


def _section_rows(
    section: Section,
    data: dict[str, Any],
    parent: int | None,
    depth: int,
    rows: list[dict[str, Any]],
) -> None:
    """Depth first, so positions follow document order and parents precede their children.
    `data` is the section's `to_dict()`: its block dicts are reused rather than rebuilt."""
    index = len(rows)
    items = [
        item
        for block, block_dict in zip(section.blocks, data["blocks"], strict=True)
        for item in (
            block_dict["items"]
            if isinstance(block, ListBlock)
            else [i.to_dict() for i in block_items(block)]
        )
    ]
    rows.append(
        {
            "position": index,
            "parent": parent,
            "level": section.level,
            "depth": depth,
            "heading": section.heading,
            "kind": section.kind,
            "text": blocks_text(section.blocks),
            "items": to_json(items),
        }
    )
    for sub, sub_dict in zip(section.sections, data["sections"], strict=True):
        _section_rows(sub, sub_dict, index, depth + 1, rows)


def stored_blocks(content: str) -> list[list[dict[str, Any]]]:
    """Each section's blocks (paragraphs, lists, tables), read from an article's stored JSON and
    listed in the sections table's `position` order (depth first, as `prepare` numbers them):
    the sections rows do not repeat them."""
    found: list[list[dict[str, Any]]] = []

    def visit(sections: list[dict[str, Any]]) -> None:
        for section in sections:
            found.append(section.get("blocks") or [])
            visit(section.get("sections") or [])

    visit(json.loads(content).get("sections") or [])
    return found


def section_key(section: Section, seen: dict[tuple[Any, ...], int]) -> tuple[Any, ...]:
    """(heading, kind, occurrence): pairs up sections of two versions of one article."""
    base = (section.heading, section.kind)
    seen[base] = seen.get(base, 0) + 1
    return (*base, seen[base])


def section_fingerprints(article: Article) -> dict[tuple[Any, ...], str]:
    seen: dict[tuple[Any, ...], int] = {}
    return {
        section_key(s, seen): to_json([b.to_dict() for b in s.blocks])
        for s in article.all_sections()
    }


def changed_sections(old: Article, new: Article) -> list[dict[str, Any]]:
    """Sections added, removed or whose own content changed between two versions."""
    before, after = section_fingerprints(old), section_fingerprints(new)
    changes = []
    for key in [*after, *(k for k in before if k not in after)]:
        if key not in before:
            change = "added"
        elif key not in after:
            change = "removed"
        elif before[key] != after[key]:
            change = "changed"
        else:
            continue
        changes.append({"heading": key[0], "kind": key[1], "change": change})
    return changes
