"""Opening archive files: new, migrated from schemas 1, 2 and 3, and refused (untouched) when not
ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import SCHEMA_VERSION, ArchiveError, open_archive, store_article
from archive.database import WAL_AUTOCHECKPOINT_PAGES
from archive.schema import FOREIGN_KEYS, FTS_COLUMNS, FTS_DEFERRED
from archive.web.chart import CHART_SQL

V1_SQL = Path(__file__).parent / "v1_schema.sql"


def make_v1_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_new_file_has_current_schema_and_wal(db):
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_new_file_gets_large_pages_and_existing_file_keeps_its_own(tmp_path):
    assert open_archive(tmp_path / "new.db").execute("PRAGMA page_size").fetchone()[0] == 8192
    old = make_v1_file(tmp_path / "old.db")
    assert open_archive(old).execute("PRAGMA page_size").fetchone()[0] == 4096


def test_every_foreign_key_is_indexed(db):
    for table, keys in FOREIGN_KEYS.items():
        leading = {index.columns[0] for index in db[table].indexes}
        missing = [column for column, _, _ in keys if column not in leading]
        assert not missing, f"{table}: {missing}"


def test_reopening_is_idempotent(db_path):
    open_archive(db_path).close()
    schema = sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master").fetchall()
    open_archive(db_path).close()
    assert sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master").fetchall() == schema


def test_v1_file_is_migrated(tmp_path):
    db = open_archive(make_v1_file(tmp_path / "old.db"))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    row = db["articles"].get(1)
    assert (row["published_month"], row["word_count"]) == ("2024-03", 8)
    assert [r["depth"] for r in db.query("SELECT depth FROM sections ORDER BY id")] == [0, 1]
    assert "changed_sections" in db["versions"].columns_dict


def test_v1_file_hindi_search_works_after_migration(tmp_path, fts_ids):
    db = open_archive(make_v1_file(tmp_path / "old.db"))
    assert fts_ids(db, "articles", "सहयोग") == [1]
    assert fts_ids(db, "sections", "भ") == []


def make_v2_file(path: Path, article) -> Path:
    """An archive holding `article` as schema 2 left it: the current file minus the deferral
    flag table, with sqlite-utils' own insert triggers (which indexed every row)."""
    db = open_archive(path)
    store_article(db, article, source=None, capture_id=None)
    for table, columns in FTS_COLUMNS.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        db.execute(f"DROP TRIGGER [{table}_ai]")
        db.execute(
            f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n'
            f'  INSERT INTO "{table}_fts" (rowid, {listed}) VALUES (new.rowid, {new});\nEND'
        )
    db.execute(f"DROP TABLE [{FTS_DEFERRED}]")
    db.execute("PRAGMA user_version = 2")
    db.close()
    return path


def insert_triggers(db) -> list[str]:
    names = [f"{table}_ai" for table in FTS_COLUMNS]
    rows = db.execute("SELECT sql FROM sqlite_master WHERE name IN (?, ?)", names)
    return [row[0] for row in rows]


def test_v2_file_is_migrated_to_deferrable_insert_triggers(tmp_path, make_article):
    db = open_archive(make_v2_file(tmp_path / "v2.db", make_article()))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db[FTS_DEFERRED].exists()
    triggers = insert_triggers(db)
    assert len(triggers) == 2
    assert all(f"NOT EXISTS (SELECT 1 FROM [{FTS_DEFERRED}])" in sql for sql in triggers)


def test_v2_file_keeps_its_index_and_indexes_new_articles(tmp_path, make_article, fts_ids):
    db = open_archive(make_v2_file(tmp_path / "v2.db", make_article()))
    new = make_article("https://example.org/b", context="Okinawa")
    store_article(db, new, source=None, capture_id=None)
    assert (fts_ids(db, "articles", "Bengal"), fts_ids(db, "articles", "Okinawa")) == ([1], [2])
    for table in FTS_COLUMNS:
        db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts], rank) VALUES ('integrity-check', 1)")


def make_v3_file(path: Path, article) -> Path:
    """An archive holding `article` as schema 3 left it: each section's blocks JSON repeated in
    a `sections.blocks` column."""
    db = open_archive(path)
    store_article(db, article, source=None, capture_id=None)
    db.execute("ALTER TABLE sections ADD COLUMN blocks TEXT")
    db.execute("UPDATE sections SET blocks = '[]'")
    db.execute("PRAGMA user_version = 3")
    db.close()
    return path


def test_v3_file_is_migrated_without_the_repeated_blocks(tmp_path, make_article):
    article = make_article()
    db = open_archive(make_v3_file(tmp_path / "v3.db", article))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "blocks" not in db["sections"].columns_dict
    headings = [r["heading"] for r in db.query("SELECT heading FROM sections ORDER BY position")]
    assert headings == [s.heading for s in article.all_sections()]


def test_v3_file_keeps_its_section_index(tmp_path, make_article, fts_ids):
    db = open_archive(make_v3_file(tmp_path / "v3.db", make_article()))
    assert fts_ids(db, "sections", "Bengal") == [1]
    db.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('integrity-check', 1)")


def test_missing_file_without_create_is_an_error(tmp_path):
    with pytest.raises(ArchiveError, match="does not exist"):
        open_archive(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def sqlite_file(path: Path, *sql: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.close()
    return path


def assert_refused_untouched(path: Path, message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match=message):
        open_archive(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_non_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my notes, not a database\n" * 10)
    assert_refused_untouched(path, f"^{path} is not a ca-archive SQLite file$")


def test_newer_schema_is_refused_untouched(tmp_path):
    newer = SCHEMA_VERSION + 3
    path = sqlite_file(
        tmp_path / "future.db",
        "CREATE TABLE articles (id INTEGER PRIMARY KEY)",
        f"PRAGMA user_version = {newer}",
    )
    message = rf"^future.db was written by a newer ca-archive \(schema {newer} > {SCHEMA_VERSION}\)"
    assert_refused_untouched(path, message + "; upgrade ca-archive$")


def test_other_sqlite_database_is_refused_untouched(tmp_path):
    path = sqlite_file(tmp_path / "other.db", "CREATE TABLE recipes (name TEXT)")
    assert_refused_untouched(path, "is an SQLite file but not a ca-archive")


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.db"
    (folder / "inside").mkdir(parents=True)
    with pytest.raises(ArchiveError, match="cannot read it"):
        open_archive(folder)


def test_chart_query_reads_only_its_covering_index(tmp_path) -> None:
    db = open_archive(tmp_path / "a.db")
    plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {CHART_SQL}").fetchall())
    assert "COVERING INDEX idx_articles_published_month_source" in plan


def test_wal_is_checkpointed_in_large_steps(tmp_path) -> None:
    db = open_archive(tmp_path / "a.db")
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT_PAGES
