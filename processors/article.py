"""The article model: the one typed result of extraction and the JSON contract of the project.

`ca-archive extract` prints `Article.to_dict()`, the archive stores it, `reprocess` compares it,
and `Article.from_dict()` reads it back from a stored version. Field order is fixed because the
JSON is read by people as well as programs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# Bump the minor part whenever extraction output can change for the same page: the archive
# records it on every article and `reprocess` uses it to explain why rows changed.
EXTRACTOR_VERSION = "0.75.0"

# Canonical section kinds that get their own convenience lists on the article.
CANONICAL_KINDS = ("context", "focus_areas", "way_forward")


@dataclass(slots=True)
class Item:
    """One list item (or a paragraph seen as an item): its own text and its nested items."""

    text: str
    children: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "children": [child.to_dict() for child in self.children]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        return cls(data["text"], [cls.from_dict(c) for c in data.get("children", [])])


@dataclass(slots=True)
class Paragraph:
    text: str
    type: Literal["paragraph"] = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {"type": "paragraph", "text": self.text}


@dataclass(slots=True)
class ListBlock:
    items: list[Item]
    ordered: bool = False
    type: Literal["list"] = "list"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "list",
            "ordered": self.ordered,
            "items": [item.to_dict() for item in self.items],
        }


@dataclass(slots=True)
class Table:
    rows: list[list[str]]
    type: Literal["table"] = "table"

    def to_dict(self) -> dict[str, Any]:
        return {"type": "table", "rows": [list(row) for row in self.rows]}


Block = Paragraph | ListBlock | Table


def block_from_dict(data: dict[str, Any]) -> Block:
    """Rebuild a block from its JSON form; an unknown type is a bug in the stored data."""
    kind = data.get("type")
    if kind == "paragraph":
        return Paragraph(data["text"])
    if kind == "list":
        return ListBlock([Item.from_dict(i) for i in data["items"]], bool(data.get("ordered")))
    if kind == "table":
        return Table([list(row) for row in data["rows"]])
    raise ValueError(f"unknown block type: {kind!r}")


@dataclass(slots=True)
class Section:
    """A heading (None for content before the first heading), its kind, blocks and sub-sections."""

    heading: str | None
    kind: str = "other"
    level: int = 1
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "kind": self.kind,
            "level": self.level,
            "blocks": [block.to_dict() for block in self.blocks],
            "sections": [sub.to_dict() for sub in self.sections],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        return cls(
            heading=data.get("heading"),
            kind=data.get("kind", "other"),
            level=int(data.get("level", 1)),
            blocks=[block_from_dict(b) for b in data.get("blocks", [])],
            sections=[cls.from_dict(s) for s in data.get("sections", [])],
        )

    def walk(self) -> list[Section]:
        """This section and all its descendants, depth first, in document order."""
        out = [self]
        for sub in self.sections:
            out.extend(sub.walk())
        return out


@dataclass(slots=True)
class Article:
    """Everything extracted from one page. Keys of `to_dict()` are the project's JSON contract."""

    url: str
    title: str | None = None
    author: str | None = None
    author_bio: str | None = None
    author_url: str | None = None
    published: str | None = None
    modified: str | None = None
    category: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None
    is_article: bool = True
    sections: list[Section] = field(default_factory=list)
    context: list[Item] = field(default_factory=list)
    focus_areas: list[Item] = field(default_factory=list)
    way_forward: list[Item] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "author_bio": self.author_bio,
            "author_url": self.author_url,
            "published": self.published,
            "modified": self.modified,
            "category": self.category,
            "breadcrumbs": list(self.breadcrumbs),
            "tags": list(self.tags),
            "language": self.language,
            "description": self.description,
            "is_article": self.is_article,
            "sections": [s.to_dict() for s in self.sections],
            "context": [i.to_dict() for i in self.context],
            "focus_areas": [i.to_dict() for i in self.focus_areas],
            "way_forward": [i.to_dict() for i in self.way_forward],
            "extractor_version": self.extractor_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            url=data["url"],
            title=data.get("title"),
            author=data.get("author"),
            author_bio=data.get("author_bio"),
            author_url=data.get("author_url"),
            published=data.get("published"),
            modified=data.get("modified"),
            category=data.get("category"),
            breadcrumbs=list(data.get("breadcrumbs") or []),
            tags=list(data.get("tags") or []),
            language=data.get("language"),
            description=data.get("description"),
            is_article=bool(data.get("is_article", True)),
            sections=[Section.from_dict(s) for s in data.get("sections", [])],
            context=[Item.from_dict(i) for i in data.get("context", [])],
            focus_areas=[Item.from_dict(i) for i in data.get("focus_areas", [])],
            way_forward=[Item.from_dict(i) for i in data.get("way_forward", [])],
            extractor_version=data.get("extractor_version", EXTRACTOR_VERSION),
        )

    def all_sections(self) -> list[Section]:
        """Every section at any depth, in document order (what the archive stores as rows)."""
        out: list[Section] = []
        for section in self.sections:
            out.extend(section.walk())
        return out
