"""Full-text search stays in step with articles and sections, in English and in Hindi."""

from __future__ import annotations

import pytest

from archive import ArchiveError, PendingArticle, StoreResult, store_article, store_articles
from archive.schema import FTS_COLUMNS, FTS_DEFERRED
from processors.article import Article, Paragraph, Section

HINDI_URL = "https://example.org/hi/bharat-japan"


def hindi_article(text: str = "भारत और जापान ने समुद्री सुरक्षा सहयोग बढ़ाया।") -> Article:
    return Article(
        url=HINDI_URL,
        title="भारत-जापान सुरक्षा सहयोग",
        language="hi",
        sections=[Section("संदर्भ", "context", 2, [Paragraph(text)])],
    )


def test_new_article_is_found(db, make_article, fts_ids):
    result = store_article(db, make_article(), source=None, capture_id=None)
    assert fts_ids(db, "articles", "Bengal") == [result.article_id]


def test_section_is_found_by_heading_and_text(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None)
    (section_id,) = [r["id"] for r in db.query("SELECT id FROM sections WHERE heading = 'Context'")]
    assert fts_ids(db, "sections", "heading:Context AND navies") == [section_id]


def test_changed_text_replaces_old_terms(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None)
    store_article(db, make_article(context="Talks moved to Tokyo."), source=None, capture_id=None)
    assert fts_ids(db, "articles", "Bengal") == []
    assert fts_ids(db, "articles", "Tokyo") == [1]
    assert fts_ids(db, "sections", "Bengal") == []


def test_deleted_article_leaves_index(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None)
    with db.atomic():
        db.execute("DELETE FROM sections")
        db.execute("DELETE FROM articles")
    assert fts_ids(db, "articles", "Bengal") == []
    assert fts_ids(db, "sections", "navies") == []


@pytest.mark.parametrize("word", ["भारत", "सहयोग", "बढ़ाया", "सुरक्षा"])
def test_hindi_word_is_found(db, fts_ids, word):
    result = store_article(db, hindi_article(), source=None, capture_id=None)
    assert fts_ids(db, "articles", word) == [result.article_id]


def test_hindi_prefix_query_is_found(db, fts_ids):
    store_article(db, hindi_article(), source=None, capture_id=None)
    assert fts_ids(db, "articles", "समुद्र*") == [1]


def test_hindi_word_fragment_is_not_a_match(db, fts_ids):
    """The default tokenizer split "भारत" into "भ" and "रत", so "भ" alone matched."""
    store_article(db, hindi_article(), source=None, capture_id=None)
    assert fts_ids(db, "articles", "भ") == []


def test_hindi_update_reindexes(db, fts_ids):
    store_article(db, hindi_article(), source=None, capture_id=None)
    store_article(db, hindi_article("किसानों के लिए नई योजना।"), source=None, capture_id=None)
    (section_id,) = [r[0] for r in db.execute("SELECT id FROM sections")]
    assert fts_ids(db, "sections", "किसानों") == [section_id]
    assert fts_ids(db, "sections", "जापान") == []


def test_unchanged_article_seen_again_leaves_index_alone(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None, seen_at="2024-05-01")
    index = "SELECT count(*), sum(length(block)) FROM articles_fts_data"
    before = db.execute(index).fetchone()
    store_article(db, make_article(), source=None, capture_id=None, seen_at="2024-06-01")
    assert db.execute(index).fetchone() == before
    assert fts_ids(db, "articles", "Bengal") == [1]


def assert_index_whole(db) -> None:
    """FTS5's integrity check; rank 1 also compares each index with its content table (SQLite
    3.40 skips that without it), so a row missing from the index or indexed twice fails it."""
    for table in FTS_COLUMNS:
        db.execute(f"INSERT INTO [{table}_fts] ([{table}_fts], rank) VALUES ('integrity-check', 1)")


def section_ids(db, word: str) -> list[int]:
    rows = db.execute("SELECT id FROM sections WHERE text LIKE ? ORDER BY id", [f"%{word}%"])
    return [row[0] for row in rows]


URL_A, URL_B, URL_C = (f"https://example.org/ca/{name}" for name in "abc")


@pytest.fixture
def mixed_batch(db, make_article) -> list[StoreResult]:
    """A and B stored first; then one batch: C new, A changed, B unchanged."""
    first = [
        PendingArticle(make_article(URL_A, context="Navies met off Chennai.")),
        PendingArticle(make_article(URL_B, context="Ports in Gujarat expand.")),
    ]
    list(store_articles(db, first))
    batch = [
        PendingArticle(make_article(URL_C, context="Satellites help Kerala fisheries.")),
        PendingArticle(make_article(URL_A, context="Navies met near Okinawa.")),
        PendingArticle(make_article(URL_B, context="Ports in Gujarat expand.")),
    ]
    return list(store_articles(db, batch))


def test_bulk_store_of_new_changed_and_unchanged_keeps_indexes_whole(db, mixed_batch):
    assert [r.outcome for r in mixed_batch] == ["new", "changed", "unchanged"]
    assert_index_whole(db)


def test_bulk_store_finds_new_and_changed_words_not_replaced_ones(db, mixed_batch, fts_ids):
    new, changed, _ = (r.article_id for r in mixed_batch)
    found = {word: fts_ids(db, "articles", word) for word in ("Kerala", "Okinawa", "Chennai")}
    assert found == {"Kerala": [new], "Okinawa": [changed], "Chennai": []}
    assert (fts_ids(db, "sections", "Okinawa"), fts_ids(db, "sections", "Chennai")) == (
        section_ids(db, "Okinawa"),
        [],
    )


def test_store_leaves_the_deferral_flag_clear(db, mixed_batch, count):
    assert count(db, FTS_DEFERRED) == 0


def test_row_inserted_with_sqlite_utils_is_indexed(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None)
    row = {"article_id": 1, "position": 4, "heading": "Postscript", "text": "Monsoon"}
    section_id = db["sections"].insert(row).last_pk
    assert fts_ids(db, "sections", "Monsoon") == [section_id]


def test_row_inserted_with_plain_sql_is_indexed(db, make_article, fts_ids):
    store_article(db, make_article(), source=None, capture_id=None)
    cursor = db.execute(
        "INSERT INTO articles (url, title, text, content_hash, version_count, first_seen,"
        " last_seen) VALUES ('https://example.org/x', 'Monsoon outlook', 'Rain', 'h', 1, 'a', 'a')"
    )
    assert fts_ids(db, "articles", "Monsoon") == [cursor.lastrowid]


def test_same_url_new_then_changed_in_one_batch_indexes_the_second(db, make_article, fts_ids):
    batch = [PendingArticle(make_article()), PendingArticle(make_article(context="Okinawa"))]
    assert [r.outcome for r in store_articles(db, batch)] == ["new", "changed"]
    assert_index_whole(db)
    assert (fts_ids(db, "sections", "Okinawa"), fts_ids(db, "sections", "navies")) == (
        section_ids(db, "Okinawa"),
        [],
    )


def test_store_inside_a_callers_transaction_indexes_its_rows(db, make_article, fts_ids, count):
    with db.atomic():
        store_article(db, make_article(), source=None, capture_id=None)
    assert (fts_ids(db, "articles", "Bengal"), count(db, FTS_DEFERRED)) == ([1], 0)
    assert_index_whole(db)


def fail_on(db, event: str, table: str, condition: str = "1") -> None:
    """A real trigger standing in for a disk that fills up part-way through a batch."""
    db.execute(
        f"CREATE TRIGGER fail_write BEFORE {event} ON [{table}] WHEN {condition} "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )


def test_batch_failing_midway_leaves_flag_clear_and_index_whole(db, make_article, fts_ids, count):
    store_article(db, make_article(URL_A), source=None, capture_id=None)
    fail_on(db, "INSERT", "sections", "new.text LIKE '%Sabotage%'")
    batch = [
        PendingArticle(make_article(URL_B, context="Kerala fisheries.")),
        PendingArticle(make_article(URL_A, context="Okinawa.")),
        PendingArticle(make_article(URL_C, context="Sabotage.")),
    ]
    with pytest.raises(ArchiveError, match="disk is full"):
        list(store_articles(db, batch))
    assert count(db, FTS_DEFERRED) == 0
    assert_index_whole(db)
    assert [fts_ids(db, "articles", w) for w in ("Kerala", "Okinawa", "Bengal")] == [[], [], [1]]


def test_failure_after_indexing_rolls_the_index_back(db, make_article, fts_ids, count):
    fail_on(db, "DELETE", FTS_DEFERRED)
    with pytest.raises(ArchiveError, match="disk is full"):
        store_article(db, make_article(), source=None, capture_id=None)
    assert (count(db, FTS_DEFERRED), fts_ids(db, "articles", "Bengal")) == (0, [])
    assert_index_whole(db)
