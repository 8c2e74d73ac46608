"""Every fixture page through the archive: what is stored reads back as what was extracted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive import ingest_page
from archive.export import ExportFilter, article_json, iter_rows
from processors import extract

PAGES = sorted((Path(__file__).parents[1] / "fixtures" / "pages").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_stored_article_reads_back_as_extracted(db, page):
    body = page.read_bytes()
    url = f"https://fixtures.example.org/{page.stem}/"
    expected = extract(body, url)
    result = ingest_page(db, body=body, url=url)
    assert result.outcome == ("new" if expected.is_article else "skipped")
    exported = [json.loads(article_json(row)) for row in iter_rows(db, "articles", ExportFilter())]
    assert [{k: v for k, v in a.items() if k != "archive"} for a in exported] == (
        [expected.to_dict()] if expected.is_article else []
    )


def test_hindi_fixture_is_found_by_a_hindi_word(db, fts_ids):
    page = next(p for p in PAGES if "hindi" in p.stem)
    result = ingest_page(db, body=page.read_bytes(), url="https://fixtures.example.org/hi/")
    title_words = [w for w in db["articles"].get(result.article_id)["title"].split() if len(w) > 3]
    assert title_words, "the Hindi fixture needs a title"
    assert fts_ids(db, "articles", title_words[0]) == [result.article_id]
