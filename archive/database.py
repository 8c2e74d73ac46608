"""Opening an archive file: refuse what is not ours (untouched), set the pragmas, ensure the schema.

Checks happen before anything is written: the header bytes say whether the file is SQLite at
all, and a read-only connection reads `PRAGMA user_version`, so refusing a file from a newer
release never converts it to WAL or adds a table.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from archive.schema import SCHEMA_VERSION, ensure_schema

SQLITE_HEADER = b"SQLite format 3\x00"
# Pages of 8 KiB for new files: a section row with its text and items JSON is 1-2 KB, so
# 4 KiB pages held one row and left the rest empty (31.8 vs 25.6 KB per benchmark article, and
# ~15% less CPU to store one). Existing files keep their page size (changing it needs VACUUM).
NEW_FILE_PAGE_SIZE = 8192
# KiB of page cache per connection (negative = KiB in SQLite): the store touches the tables, their
# indexes and two FTS indexes in every batch; the 2 MB default made it re-read pages it had just
# written. Only pages actually read take memory.
CACHE_KIB = 32768
# Pages the WAL may hold before a commit copies them back into the file (SQLite's default is
# 1,000). Each batch rewrites the same B-tree and FTS index pages; checkpointing every 8 MB
# copied them back batch after batch, a fifth of the time a bulk store took. 64 MB of WAL is
# checkpointed in one go, and truncated when the archive is closed cleanly.
WAL_AUTOCHECKPOINT_PAGES = 8192
# Seconds a writer waits for another writer (a crawl and an import at once) before giving up.
DEFAULT_BUSY_TIMEOUT = 10.0


class ArchiveError(Exception):
    """A one-line, user-facing problem with the archive file or a write to it."""


def utc_now() -> str:
    """ISO 8601 UTC, to the second: the form of every timestamp in the archive."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_archive(
    path: str | Path, *, create: bool = True, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
) -> Database:
    """Open (or create) the archive at `path`, migrated to the current schema.

    Raises ArchiveError, leaving the file as it was, when it is not an SQLite file, is an SQLite
    file of something else, or was written by a newer ca-archive.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise ArchiveError(f"{path} does not exist (run `ca-archive crawl` or `import` first)")
    if exists:
        _check_existing(path)
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise ArchiveError(f"{path}: cannot open: {exc}") from exc
    db = Database(conn)
    try:
        # WAL: Datasette can read while a crawl writes; NORMAL sync is safe with WAL (a power
        # cut may lose the last commits, never corrupt the file).
        if not exists:
            db.execute(f"PRAGMA page_size = {NEW_FILE_PAGE_SIZE}")
        db.enable_wal()
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        ensure_schema(db)
    except sqlite3.Error as exc:
        conn.close()
        raise ArchiveError(f"{path}: could not prepare the archive: {exc}") from exc
    return db


def _check_existing(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read it ({exc.strerror})") from exc
    if header != SQLITE_HEADER:
        raise ArchiveError(f"{path} is not a ca-archive SQLite file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path} is not a ca-archive SQLite file ({exc})") from exc
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"{path.name} was written by a newer ca-archive (schema {version} > "
            f"{SCHEMA_VERSION}); upgrade ca-archive"
        )
    if tables and "articles" not in tables:
        raise ArchiveError(f"{path} is an SQLite file but not a ca-archive (no articles table)")
