"""Build the Datasette that serves an archive: our metadata, templates, plugin and settings.

The file is served under the fixed name `archive` (so /archive/articles works whatever the file
is called) and only ever read: Datasette opens it `mode=ro`, we ship no writable canned query, and
arbitrary SQL stays on because Datasette runs it read-only under `sql_time_limit_ms`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.utils import parse_metadata

from archive.web import DB_NAME

PACKAGE = files("archive")

# Speed on a 100k-article archive: facet *suggestions* scan every column of a large table on
# each page view, so they are off (the useful facets are declared in metadata.yml); a requested
# facet that cannot finish quickly is dropped rather than holding the page.
SETTINGS: dict[str, Any] = {
    "suggest_facets": False,
    "facet_time_limit_ms": 200,
    "sql_time_limit_ms": 2000,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "truncate_cells_html": 300,
    "allow_download": False,
}


def load_metadata() -> dict[str, Any]:
    """The packaged metadata.yml as a dict (titles, descriptions, facets, canned queries)."""
    return parse_metadata((PACKAGE / "data" / "metadata.yml").read_text(encoding="utf-8"))


def make_datasette(db_path: str | Path) -> Datasette:
    """A Datasette serving `db_path` as `archive` with our metadata, templates and settings."""
    ds = Datasette(
        [str(db_path)],
        metadata=load_metadata(),
        template_dir=str(PACKAGE / "templates"),
        settings=SETTINGS,
    )
    name = Path(db_path).stem
    if name != DB_NAME:
        database = ds.databases[name]
        ds.remove_database(name)
        ds.add_database(database, name=DB_NAME)
    return ds
