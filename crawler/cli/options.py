"""Options shared by every command, so the same flag means the same thing everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

DEFAULT_DB = "archive.db"
DB_ENVVAR = "CA_ARCHIVE_DB"


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--db PATH`: the archive file; `CA_ARCHIVE_DB` sets it for a whole shell session."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=DEFAULT_DB,
        envvar=DB_ENVVAR,
        show_default=True,
        show_envvar=True,
        help="The archive's SQLite file.",
    )(func)
