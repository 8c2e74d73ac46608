"""The archive's schema in one place: tables, indexes, full-text search and migrations.

`ensure_schema(db)` is idempotent: it creates what is missing, migrates an older file step by
step and records the schema version in `PRAGMA user_version` (read without writing, so a file
from a newer release can be refused untouched).

Full-text search: `articles_fts` and `sections_fts` are external-content FTS5 tables kept in step
by sqlite-utils' triggers, with two changes. The update triggers fire only when an indexed column
changes. The insert triggers do nothing while the one-row table `fts_deferred` holds a row: the
store sets it for the length of its write transaction, writes a batch, indexes the batch's new
rows with one `INSERT ... SELECT` per FTS table (FTS5 then builds a few large segments rather
than many small ones to merge later) and clears it before committing. Every other writer - the
sqlite-utils CLI, a user's script - sees the table empty, so its inserts are indexed by the
triggers as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlite_utils import Database

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4

# FTS5 tokenizer. unicode61's default token characters are letters, digits and private-use
# (L* N* Co): Devanagari vowel signs and the virama are marks (Mn/Mc), so "भारत" was split
# into "भ" + "रत" - whole-word queries only matched as phrases and prefix queries ("भार*") found
# nothing. Adding M* keeps Hindi words whole. remove_diacritics 2 folds "café" to "cafe"; porter
# stems English ("elections" finds "election") and leaves non-ASCII tokens as they are.
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

FTS_COLUMNS = {"articles": ["title", "text"], "sections": ["heading", "text"]}

# The flag that turns the FTS insert triggers off (see the module docstring): at most one row,
# present only inside a store transaction, so no other connection ever sees it set.
FTS_DEFERRED = "fts_deferred"

# Columns in creation order; foreign keys below. sqlite-utils maps Python types to SQLite ones.
TABLES: dict[str, dict[str, type]] = {
    "authors": {"id": int, "name": str, "bio": str, "url": str},
    "bodies": {"sha256": str, "body": bytes, "compression": str, "size": int},
    "crawls": {
        "id": int,
        "started": str,
        "ended": str,
        "status": str,
        "sources": str,
        **dict.fromkeys(
            ("discovered", "fetched", "new", "changed", "unchanged", "skipped", "failed"), int
        ),
        "bytes": int,
        "options": str,
    },
    "captures": {
        "id": int,
        "url": str,
        "fetched_at": str,
        "status": int,
        "headers": str,
        "body_sha256": str,
        "size": int,
        "source": str,
        "user_agent": str,
        "robots": str,
        "crawl_id": int,
    },
    "articles": {
        "id": int,
        "url": str,
        "source": str,
        "title": str,
        "author_id": int,
        "published": str,
        "modified": str,
        "published_month": str,
        "category": str,
        "breadcrumbs": str,
        "tags": str,
        "language": str,
        "description": str,
        "is_article": int,
        "text": str,
        "word_count": int,
        "content_hash": str,
        "version_count": int,
        "extractor_version": str,
        "capture_id": int,
        "first_seen": str,
        "last_seen": str,
        "last_changed": str,
        "content": str,
    },
    "sections": {
        "id": int,
        "article_id": int,
        "position": int,
        "parent_id": int,
        "level": int,
        "depth": int,
        "heading": str,
        "kind": str,
        "text": str,
        "items": str,
    },
    "versions": {
        "id": int,
        "article_id": int,
        "version": int,
        "content": str,
        "content_hash": str,
        "capture_id": int,
        "extractor_version": str,
        "valid_from": str,
        "replaced_at": str,
        "changed_sections": str,
    },
    "errors": {
        "id": int,
        "url": str,
        "at": str,
        "stage": str,
        "message": str,
        "crawl_id": int,
    },
}

PRIMARY_KEYS = {"bodies": "sha256"}

FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "captures": [("body_sha256", "bodies", "sha256"), ("crawl_id", "crawls", "id")],
    "articles": [("author_id", "authors", "id"), ("capture_id", "captures", "id")],
    "sections": [("article_id", "articles", "id"), ("parent_id", "sections", "id")],
    "versions": [("article_id", "articles", "id"), ("capture_id", "captures", "id")],
    "errors": [("crawl_id", "crawls", "id")],
}

NOT_NULL = {
    "articles": {"url", "content_hash", "version_count", "first_seen", "last_seen"},
    "captures": {"url", "fetched_at", "body_sha256"},
    "sections": {"article_id", "position"},
    "versions": {"article_id", "version", "content"},
    "errors": {"url", "at", "stage", "message"},
}

# Every foreign key (sqlite-utils does not index them) plus the columns Datasette facets, filters
# and sorts on, and the lookups the store makes on every page.
INDEXES: list[tuple[str, list[str], bool]] = [
    ("articles", ["url"], True),
    ("articles", ["author_id"], False),
    ("articles", ["capture_id"], False),
    ("articles", ["source", "published"], False),
    ("articles", ["published"], False),
    # The home page's chart counts articles per month and source: covered by this one index,
    # which also serves the month facet.
    ("articles", ["published_month", "source"], False),
    ("articles", ["category"], False),
    ("articles", ["last_seen"], False),
    ("articles", ["last_changed"], False),
    ("sections", ["article_id", "position"], False),
    ("sections", ["parent_id"], False),
    ("sections", ["kind"], False),
    ("captures", ["url", "id"], False),
    ("captures", ["body_sha256"], False),
    ("captures", ["crawl_id"], False),
    ("captures", ["fetched_at"], False),
    ("captures", ["source"], False),
    ("authors", ["name", "url"], False),
    ("versions", ["article_id", "version"], True),
    ("versions", ["capture_id"], False),
    ("errors", ["crawl_id"], False),
    ("errors", ["at"], False),
    ("errors", ["url"], False),
    ("crawls", ["started"], False),
]


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def create_tables(db: Database) -> None:
    """Create missing tables (existing ones are left as they are; migrations alter them)."""
    for name, columns in TABLES.items():
        db[name].create(
            columns,
            pk=PRIMARY_KEYS.get(name, "id"),
            foreign_keys=FOREIGN_KEYS.get(name, []),
            not_null=NOT_NULL.get(name, set()),
            if_not_exists=True,
        )


def create_indexes(db: Database) -> None:
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)


def ensure_fts(db: Database) -> None:
    """FTS5 tables kept in sync by sqlite-utils' triggers; `replace=True` rebuilds an FTS table
    only when its definition differs (an older tokenizer), so this is cheap when up to date.
    A rebuild brings back sqlite-utils' own triggers, which are then replaced again."""
    create_fts_flag(db)
    for table, columns in FTS_COLUMNS.items():
        db[table].enable_fts(
            columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER, replace=True
        )
        _narrow_update_trigger(db, table, columns)
        _deferrable_insert_trigger(db, table, columns)


def create_fts_flag(db: Database) -> None:
    db.execute(
        f"CREATE TABLE IF NOT EXISTS [{FTS_DEFERRED}] (id INTEGER PRIMARY KEY CHECK (id = 1))"
    )


def _narrow_update_trigger(db: Database, table: str, columns: list[str]) -> None:
    """sqlite-utils' update trigger re-indexes a row on any UPDATE; seeing an unchanged article
    again only moves `last_seen`, and re-tokenising its old and new text each time would make
    a re-crawl cost as much as the first. Same trigger, same name, limited to the FTS columns."""
    listed = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    _replace_trigger(
        db,
        f"{table}_au",
        " UPDATE OF ",
        f"AFTER UPDATE OF {listed} ON [{table}] BEGIN\n"
        f"  INSERT INTO [{table}_fts] ([{table}_fts], rowid, {listed})"
        f" VALUES('delete', old.rowid, {old});\n"
        f"  INSERT INTO [{table}_fts] (rowid, {listed}) VALUES (new.rowid, {new});\nEND",
    )


def _deferrable_insert_trigger(db: Database, table: str, columns: list[str]) -> None:
    """sqlite-utils' insert trigger, idle while the store holds the FTS_DEFERRED flag and
    indexes its batch itself."""
    listed = ", ".join(f"[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    _replace_trigger(
        db,
        f"{table}_ai",
        FTS_DEFERRED,
        f"AFTER INSERT ON [{table}] WHEN NOT EXISTS (SELECT 1 FROM [{FTS_DEFERRED}]) BEGIN\n"
        f"  INSERT INTO [{table}_fts] (rowid, {listed}) VALUES (new.rowid, {new});\nEND",
    )


def _replace_trigger(db: Database, name: str, marker: str, definition: str) -> None:
    """Replace trigger `name` unless its SQL already holds `marker` (ours is in place)."""
    current = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()
    if current and marker in current[0]:
        return
    with db.atomic():
        db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
        db.execute(f"CREATE TRIGGER [{name}] {definition}")


def _migrate_1_to_2(db: Database) -> None:
    """Schema 1 (release 0.0.x) lacked the facet and size columns, section depth and the record of
    which sections changed; its FTS used the default tokenizer (Hindi words split apart), which
    `ensure_fts` rebuilds afterwards."""
    added = {
        "articles": {"published_month": str, "word_count": int},
        "sections": {"depth": int},
        "versions": {"changed_sections": str},
    }
    for table, columns in added.items():
        for column, kind in columns.items():
            if column not in db[table].columns_dict:
                db[table].add_column(column, kind)
    db.execute(
        "UPDATE articles SET published_month = substr(published, 1, 7) "
        "WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
    )
    for row_id, text in db.execute("SELECT id, text FROM articles").fetchall():
        db.execute(
            "UPDATE articles SET word_count = ? WHERE id = ?", [len((text or "").split()), row_id]
        )
    depths: dict[int, int] = {}
    rows = db.execute("SELECT id, parent_id FROM sections ORDER BY article_id, position")
    for row_id, parent_id in rows.fetchall():  # parents come before their children
        depths[row_id] = 0 if parent_id is None else depths.get(parent_id, 0) + 1
        db.execute("UPDATE sections SET depth = ? WHERE id = ?", [depths[row_id], row_id])


def _migrate_2_to_3(db: Database) -> None:
    """Schema 2 indexed every inserted row from a trigger. Schema 3 adds the FTS_DEFERRED flag
    and makes the insert triggers wait on it; the index itself is unchanged. The month index
    grows a source column (created afterwards by `create_indexes`)."""
    db.execute("DROP INDEX IF EXISTS [idx_articles_published_month]")
    create_fts_flag(db)
    for table, columns in FTS_COLUMNS.items():
        _deferrable_insert_trigger(db, table, columns)


def _migrate_3_to_4(db: Database) -> None:
    """Schema 3 kept each section's blocks JSON in `sections.blocks` as well as in the article's
    `content`. The copy made a section row about 6 KB (most of a page), and dropping it stores
    a quarter faster and keeps the file a fifth smaller; readers now take a section's blocks
    from `content` (archive.flatten.stored_blocks). Nothing is lost: `content` holds them all."""
    if "blocks" in db["sections"].columns_dict:
        db.execute("ALTER TABLE [sections] DROP COLUMN [blocks]")


# MIGRATIONS[n] brings a file at schema n to n + 1.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
}


def ensure_schema(db: Database) -> None:
    """Bring the file to SCHEMA_VERSION: migrate step by step, then create whatever is missing."""
    version = schema_version(db)
    # version 0 is a new file: it is created at the current schema below, nothing to migrate.
    for step in range(version, SCHEMA_VERSION) if version else ():
        log.info("migrating archive schema %d -> %d", step, step + 1)
        with db.atomic():
            MIGRATIONS[step](db)
    with db.atomic():
        create_tables(db)
        create_indexes(db)
    ensure_fts(db)  # outside a transaction: sqlite-utils runs its DDL as a script
    if version != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
