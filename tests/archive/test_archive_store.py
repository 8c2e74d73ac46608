"""Storing articles: new, unchanged (idempotent), changed (a version kept), skipped."""

from __future__ import annotations

import json

from archive import PendingArticle, store_article, store_articles
from archive.flatten import prepare
from processors.article import Article, Paragraph


def test_new_article_gets_row_and_sections(db, make_article, count):
    result = store_article(db, make_article(), source="studyiq", capture_id=None)
    assert result.outcome == "new"
    row = db["articles"].get(result.article_id)
    assert row["title"] == "India and Japan widen security cooperation"
    assert row["published_month"] == "2024-04"
    assert row["version_count"] == 1
    assert count(db, "sections") == 4


def test_sections_keep_tree_and_document_order(db, make_article):
    result = store_article(db, make_article(), source=None, capture_id=None)
    rows = list(db.query("SELECT * FROM sections WHERE article_id = ? ORDER BY position", [1]))
    assert [r["heading"] for r in rows] == ["Context", "Key Outcomes", "Focus Areas", "Way Forward"]
    by_heading = {r["heading"]: r for r in rows}
    assert by_heading["Focus Areas"]["parent_id"] == by_heading["Key Outcomes"]["id"]
    assert by_heading["Focus Areas"]["depth"] == 1
    assert json.loads(by_heading["Focus Areas"]["items"])[0]["children"][0]["text"] == (
        "Maritime domain awareness: detail"
    )
    assert result.article_id == 1


def test_storing_same_article_again_adds_nothing_and_moves_last_seen(db, make_article, count):
    store_article(db, make_article(), source=None, capture_id=None, seen_at="2024-05-01T00:00:00Z")
    again = store_article(
        db, make_article(), source=None, capture_id=None, seen_at="2024-06-01T00:00:00Z"
    )
    assert again.outcome == "unchanged"
    assert (count(db, "articles"), count(db, "sections"), count(db, "versions")) == (1, 4, 0)
    row = db["articles"].get(again.article_id)
    assert (row["first_seen"], row["last_seen"]) == ("2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z")


def test_changed_article_keeps_previous_content_as_version(db, make_article, count):
    first = store_article(db, make_article(), source=None, capture_id=None)
    changed = make_article(way_forward="Hold a 2+2 dialogue every year.")
    result = store_article(db, changed, source=None, capture_id=None)
    assert result.outcome == "changed"
    assert result.version == 2
    version = db["versions"].get(1)
    assert Article.from_dict(json.loads(version["content"])).to_dict() == make_article().to_dict()
    assert version["version"] == 1
    assert version["content_hash"] != db["articles"].get(first.article_id)["content_hash"]
    assert count(db, "sections") == 4


def test_version_records_which_sections_changed(db, make_article):
    store_article(db, make_article(), source=None, capture_id=None)
    store_article(db, make_article(way_forward="A new way."), source=None, capture_id=None)
    changes = json.loads(db["versions"].get(1)["changed_sections"])
    assert changes == [{"heading": "Way Forward", "kind": "way_forward", "change": "changed"}]


def test_changed_article_replaces_sections(db, make_article):
    store_article(db, make_article(), source=None, capture_id=None)
    changed = make_article()
    changed.sections = changed.sections[:1]
    changed.sections[0].blocks = [Paragraph("Rewritten context.")]
    store_article(db, changed, source=None, capture_id=None)
    rows = list(db.query("SELECT heading, text FROM sections"))
    assert rows == [{"heading": "Context", "text": "Rewritten context."}]


def test_non_article_is_skipped_without_rows(db, make_article, count):
    result = store_article(db, make_article(is_article=False), source=None, capture_id=None)
    assert result.outcome == "skipped"
    assert count(db, "articles") == 0


def test_new_extractor_version_with_same_content_is_unchanged(db, make_article, count):
    store_article(db, make_article(), source=None, capture_id=None)
    newer = make_article(extractor_version="9.9.9")
    result = store_article(db, newer, source=None, capture_id=None, touch=False)
    assert result.outcome == "unchanged"
    assert count(db, "versions") == 0


def test_authors_are_shared_between_articles(db, make_article, count):
    store_article(db, make_article("https://example.org/a"), source=None, capture_id=None)
    store_article(db, make_article("https://example.org/b"), source=None, capture_id=None)
    assert count(db, "authors") == 1
    ids = {r["author_id"] for r in db.query("SELECT author_id FROM articles")}
    assert ids == {1}


def test_batch_store_reports_each_outcome(db, make_article):
    items = [
        PendingArticle(make_article("https://example.org/a")),
        PendingArticle(make_article("https://example.org/b")),
        PendingArticle(make_article("https://example.org/a", title="Retitled")),
        PendingArticle(make_article("https://example.org/c", is_article=False)),
    ]
    outcomes = [r.outcome for r in store_articles(db, items, batch_size=3)]
    assert outcomes == ["new", "new", "changed", "skipped"]


def test_large_batch_keeps_each_article_its_own_sections(db, make_article):
    """More rows than one multi-row INSERT takes: ids, parents and FTS must still line up."""
    urls = [f"https://example.org/ca/{n}" for n in range(120)]  # 480 sections
    items = [
        PendingArticle(make_article(url, context=f"Marker{n} talks.")) for n, url in enumerate(urls)
    ]
    results = list(store_articles(db, items, batch_size=len(items)))
    last = results[-1].article_id
    rows = db.execute(
        "SELECT s.heading, p.heading FROM sections s LEFT JOIN sections p ON p.id = s.parent_id"
        " WHERE s.article_id = ? ORDER BY s.position",
        [last],
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("Context", None),
        ("Key Outcomes", None),
        ("Focus Areas", "Key Outcomes"),
        ("Way Forward", None),
    ]
    found = db.execute(
        "SELECT article_id FROM sections_fts JOIN sections ON sections.id = sections_fts.rowid"
        " WHERE sections_fts MATCH 'Marker119'"
    ).fetchall()
    assert [r[0] for r in found] == [last]


def test_same_url_twice_in_a_batch_is_new_then_unchanged(db, make_article, count):
    items = [PendingArticle(make_article()), PendingArticle(make_article())]
    outcomes = [r.outcome for r in store_articles(db, items)]
    assert outcomes == ["new", "unchanged"]
    assert (count(db, "articles"), count(db, "sections")) == (1, 4)


def test_stored_article_changed_twice_in_a_batch_keeps_one_set_of_sections(db, make_article):
    store_article(db, make_article(), source=None, capture_id=None)
    items = [PendingArticle(make_article(title=title)) for title in ("Second", "Third")]
    assert [r.outcome for r in store_articles(db, items)] == ["changed", "changed"]
    positions = [r[0] for r in db.execute("SELECT position FROM sections ORDER BY position")]
    assert positions == [0, 1, 2, 3]


def test_prepared_article_given_is_stored_instead_of_preparing_again(db, make_article):
    """The crawler prepares articles in its worker processes and hands the result over."""
    article = make_article()
    ready = prepare(make_article(context="Prepared in a worker."))
    (result,) = store_articles(db, [PendingArticle(article, prepared=ready)])
    stored = db["articles"].get(result.article_id)
    assert (stored["content_hash"], stored["text"]) == (ready.digest, ready.text)
