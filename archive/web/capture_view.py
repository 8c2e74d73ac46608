"""The raw capture view (/-/capture/<id>): what the site actually sent, shown as escaped text.

A captured page is someone else's HTML. Served as a page of our origin it could run script with our
cookies and URLs, so it is never rendered: the source appears as text inside <pre>, beside the
fetch facts (status, headers, when, how).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import Request, Response

from archive.captures import decompress
from archive.database import ArchiveError
from archive.web import DB_NAME
from archive.web.pages import load_json, one_row, render
from archive.web.safety import safe_url

if TYPE_CHECKING:  # Datasette imports this plugin while datasette.app is loading
    from datasette.app import Datasette

MAX_SHOWN = (
    2_000_000  # characters of source shown; the rest is summarised, never truncated silently
)

CAPTURE_SQL = """
select captures.*, bodies.body as body, bodies.compression as compression
from captures left join bodies on bodies.sha256 = captures.body_sha256
where captures.id = :id
"""
ARTICLES_SQL = "select id, title from articles where capture_id = :id order by id"


def _charset(headers: dict[str, Any]) -> str:
    content_type = next((str(v) for k, v in headers.items() if k.lower() == "content-type"), "")
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip("\"'")
    return "utf-8"


def decode_body(body: bytes | None, compression: str | None, headers: dict[str, Any]) -> str:
    """The capture's text: decompressed the archive's way, decoded by its charset (lossy-safe)."""
    if body is None:
        return ""
    try:
        raw = decompress(body, compression or "")
    except ArchiveError as error:
        return f"[the stored body cannot be read: {error}]"
    try:
        return raw.decode(_charset(headers), errors="replace")
    except LookupError:  # a charset name Python does not know
        return raw.decode("utf-8", errors="replace")


async def capture_page(datasette: Datasette, request: Request) -> Response:
    """Show one capture's facts and source text."""
    db = datasette.get_database(DB_NAME)
    params = {"id": request.url_vars["id"]}
    capture = await one_row(db, CAPTURE_SQL, params, "No capture with that id in the archive")
    headers = load_json(capture.get("headers"), {})
    if not isinstance(headers, dict):
        headers = {}
    source = decode_body(capture.pop("body"), capture.get("compression"), headers)
    context = {
        "capture": capture,
        "capture_url": safe_url(capture.get("url")),
        "headers": sorted(headers.items()),
        "source": source[:MAX_SHOWN],
        "source_length": len(source),
        "truncated": len(source) > MAX_SHOWN,
        "articles": [dict(r) for r in await db.execute(ARTICLES_SQL, params)],
        "database": DB_NAME,
    }
    return await render(datasette, request, "ca-capture.html", context)
