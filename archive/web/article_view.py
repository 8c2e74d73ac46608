"""The article page (/-/article/<id>): an archived article laid out for reading.

Datasette's row page shows columns; a reader wants the headline, the byline, the sections as
headings and nested bullets with Context / Focus Areas / Way Forward marked, and the history of
versions. All text stays text: the template escapes it; only http(s) addresses become links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Request, Response

from archive.flatten import stored_blocks
from archive.web import DB_NAME
from archive.web.pages import load_json, one_row, render
from archive.web.safety import safe_url
from processors import CANONICAL_KINDS
from processors.kinds import KindTable
from processors.labels import label_kind

if TYPE_CHECKING:  # Datasette imports this plugin while datasette.app is loading
    from datasette.app import Datasette

ARTICLE_SQL = """
select articles.*, authors.name as author_name, authors.bio as author_bio,
       authors.url as author_link
from articles left join authors on authors.id = articles.author_id
where articles.id = :id
"""
SECTIONS_SQL = "select * from sections where article_id = :id order by position"
VERSIONS_SQL = "select * from versions where article_id = :id order by version desc"

KIND_LABELS = {kind: kind.replace("_", " ").title() for kind in CANONICAL_KINDS}
KINDS = KindTable()


def mark_labelled(items: list[dict[str, Any]]) -> None:
    """Give a labelled bullet that names a canonical part ("Focus Areas:" holding a sub-list, as
    on StudyIQ pages) the same badge a heading of that kind gets: readers look for it there."""
    for item in items:
        found = label_kind(item.get("text") or "", KINDS)
        if found and found[0] in KIND_LABELS:
            item["badge"] = KIND_LABELS[found[0]]
        mark_labelled(item.get("children") or [])


def section_tree(rows: list[dict[str, Any]], content: str | None) -> list[dict[str, Any]]:
    """Nest section rows under their parents, keeping document order (rows come by position),
    each with its blocks from the article's stored JSON."""
    blocks = stored_blocks(content) if content else []
    nodes = {
        row["id"]: {
            **row,
            "blocks": blocks[row["position"]] if row["position"] < len(blocks) else [],
            "children": [],
        }
        for row in rows
    }
    for node in nodes.values():
        for block in node["blocks"]:
            if block.get("type") == "list":
                mark_labelled(block.get("items") or [])
    top: list[dict[str, Any]] = []
    for node in nodes.values():
        parent = nodes.get(node.get("parent_id"))
        (parent["children"] if parent else top).append(node)
    return top


async def article_page(datasette: Datasette, request: Request) -> Response:
    """Render one article with its author, sections and versions."""
    db = datasette.get_database(DB_NAME)
    params = {"id": request.url_vars["id"]}
    article = await one_row(db, ARTICLE_SQL, params, "No article with that id in the archive")
    sections = [dict(r) for r in await db.execute(SECTIONS_SQL, params)]
    versions = [dict(r) for r in await db.execute(VERSIONS_SQL, params)]
    for version in versions:
        version["changed"] = load_json(version.get("changed_sections"), [])
    context = {
        "article": article,
        "original_url": safe_url(article.get("url")),
        "author_url": safe_url(article.get("author_link")),
        "breadcrumbs": load_json(article.get("breadcrumbs"), []),
        "tags": load_json(article.get("tags"), []),
        "sections": section_tree(sections, article.get("content")),
        "versions": versions,
        "kind_labels": KIND_LABELS,
        "database": DB_NAME,
    }
    return await render(datasette, request, "ca-article.html", context)
