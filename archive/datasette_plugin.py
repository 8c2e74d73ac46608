"""The Datasette plugin of the archive: each hook is a small function wiring in one part of
`archive.web` (routes, links from article rows, the home-page chart, our CSS, security headers).

Registered through the `datasette` entry point in pyproject.toml, so it loads in any Datasette
in this environment; hooks act only on the database served under the name `archive`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from datasette import hookimpl
from datasette.utils.asgi import asgi_static
from markupsafe import Markup, escape

from archive.web import DB_NAME
from archive.web.article_view import KIND_LABELS, article_page
from archive.web.capture_view import capture_page
from archive.web.chart import archive_chart
from archive.web.csp import build_policy, with_security_headers
from archive.web.search_view import search_page, section_kinds

if TYPE_CHECKING:  # Datasette imports this plugin while datasette.app is loading
    from datasette.app import Datasette

STATIC_DIR = Path(__file__).parent / "static"
CSS_PATH = "/-/ca-archive/ca-archive.css"


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    """Our pages live under /-/ (Datasette's namespace for non-table pages), so they can never
    collide with a table name; the stylesheet is served by the plugin itself."""
    return [
        (r"^/-/article/(?P<id>\d+)$", article_page),
        (r"^/-/search$", search_page),
        (r"^/-/capture/(?P<id>\d+)$", capture_page),
        (r"^/-/ca-archive/(?P<path>.*)$", asgi_static(str(STATIC_DIR))),
    ]


def _article_link(article_id: Any, text: Any) -> Markup | None:
    if not isinstance(article_id, int):
        return None
    return Markup(f'<a href="/-/article/{article_id}">{escape(text)}</a>')


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, row: Any) -> Any:
    """Article titles and ids (and any `article_id` column, e.g. in canned queries) link to the
    article page; the text is escaped here since returning Markup bypasses Datasette's escaping."""
    if database != DB_NAME or value is None:
        return None
    if column == "article_id" or (table == "articles" and column == "id"):
        return _article_link(value, value)
    if table == "articles" and column == "title" and "id" in row.keys():  # noqa: SIM118 (sqlite3.Row)
        return _article_link(row["id"], value)
    return None


@hookimpl
def extra_template_vars(template: str, datasette: Datasette) -> Callable[[], Awaitable[dict]]:
    """The home page gets the articles-per-month chart and the search box's section kinds
    (computed only for that template)."""

    async def chart_vars() -> dict[str, Any]:
        if template != "index.html" or DB_NAME not in datasette.databases:
            return {}
        db = datasette.get_database(DB_NAME)
        return {
            "ca_chart": await archive_chart(db),
            "kinds": await section_kinds(db),
            "kind_labels": KIND_LABELS,
        }

    return chart_vars


@hookimpl
def extra_css_urls(datasette: Datasette) -> list[str]:
    """Our stylesheet, only where our database is served."""
    return [CSS_PATH] if DB_NAME in datasette.databases else []


@hookimpl
def asgi_wrapper() -> Callable[[Any], Any]:
    """Security headers on every response (the policy is computed once, at start-up)."""
    policy = build_policy()
    return lambda app: with_security_headers(app, policy)
