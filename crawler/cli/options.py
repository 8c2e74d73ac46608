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


def aliases_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--aliases FILE`: the user's heading aliases / selectors / boilerplate, layered over the
    packaged vocabulary; `extract`, `import` and `reprocess` must read it the same way."""
    return click.option(
        "--aliases",
        type=click.Path(exists=True, dir_okay=False),
        help="A TOML file of extra heading aliases, selectors and boilerplate (the format of "
        "processors/data/aliases.toml), layered over the packaged ones.",
    )(func)
