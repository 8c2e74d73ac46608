"""What every page of ours does the same way: read a row or answer 404, parse stored JSON,
render a template into a response."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from datasette.utils.asgi import NotFound, Request, Response

if TYPE_CHECKING:  # Datasette imports this plugin while datasette.app is loading
    from datasette.app import Datasette


def load_json(value: Any, default: Any) -> Any:
    """Parse a JSON column; a damaged value shows as empty rather than breaking the page."""
    if not isinstance(value, str):
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


async def one_row(db: Any, sql: str, params: dict[str, Any], missing: str) -> dict[str, Any]:
    """The single row `sql` selects, or Datasette's 404 page saying what is `missing`."""
    found = (await db.execute(sql, params)).first()
    if found is None:
        raise NotFound(missing)
    return dict(found)


async def render(
    datasette: Datasette, request: Request, template: str, context: dict[str, Any]
) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html)
