"""Full-text search stays in step with articles and sections, in English and in Hindi."""

from __future__ import annotations

import pytest

from archive import store_article
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
