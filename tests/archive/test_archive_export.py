"""`ca-archive export`: CSV, JSON, JSON Lines and Markdown that read back to what was stored."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive, store_article
from crawler.cli import cli
from processors.article import Article

TRICKY = 'Quotes "like this", commas, and a\nnewline'


@pytest.fixture
def articles(db_path: Path, make_article) -> list[Article]:
    stored = [
        make_article("https://example.org/a", title=TRICKY, published="2024-03-30"),
        make_article("https://example.org/b", title="भारत-जापान सहयोग", published="2024-04-02"),
        make_article(
            "https://example.org/c",
            title="Repo rate",
            published="2024-05-01",
            context="RBI kept the repo rate at 6.5 per cent.",
        ),
    ]
    db = open_archive(db_path)
    for article in stored:
        store_article(
            db, article, source="studyiq" if article.url[-1] != "c" else "vajiram", capture_id=None
        )
    db.close()
    return stored


def export(db_path: Path, *args: str) -> str:
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_reads_back_the_stored_fields(db_path, articles):
    rows = list(csv.DictReader(io.StringIO(export(db_path, "--format", "csv"))))
    assert [r["title"] for r in rows] == [a.title for a in articles]
    assert rows[0]["focus_areas"] == (
        "- Maritime domain awareness\n  - Maritime domain awareness: detail\n"
        "- Defence equipment\n  - Defence equipment: detail"
    )
    assert rows[2]["context"] == "- RBI kept the repo rate at 6.5 per cent."
    assert rows[1]["tags"] == "India-Japan, Security"


def test_csv_row_reads_back_every_article_field(db_path, articles):
    row = next(csv.DictReader(io.StringIO(export(db_path, "--format", "csv"))))
    article = articles[0]
    expected = {
        "url": article.url,
        "source": "studyiq",
        "title": TRICKY,
        "author": article.author,
        "published": article.published,
        "category": article.category,
        "breadcrumbs": "Home > UPSC Current Affairs 2024",
        "language": "en",
        "context": f"- {article.context[0].text}",
        "way_forward": f"- {article.way_forward[0].text}",
        "version_count": "1",
    }
    assert {key: row[key] for key in expected} == expected


def test_csv_file_with_bom_opens_as_utf8(db_path, articles, tmp_path):
    out = tmp_path / "a.csv"
    export(db_path, "--format", "csv", "--bom", "-o", str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,url,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["title"] for r in csv.DictReader(handle)] == [a.title for a in articles]


def test_json_matches_article_dicts(db_path, articles):
    data = json.loads(export(db_path, "--format", "json"))
    assert [Article.from_dict(d).to_dict() for d in data] == [a.to_dict() for a in articles]
    assert data[0]["archive"]["source"] == "studyiq"


def test_jsonl_one_article_per_line(db_path, articles):
    lines = export(db_path, "--format", "jsonl").splitlines()
    assert [json.loads(line)["url"] for line in lines] == [a.url for a in articles]


def test_sections_csv_has_one_row_per_section(db_path, articles):
    rows = list(
        csv.DictReader(io.StringIO(export(db_path, "--format", "csv", "--what", "sections")))
    )
    assert len(rows) == 4 * len(articles)
    assert rows[2]["heading"] == "Focus Areas"
    assert rows[2]["url"] == "https://example.org/a"


def test_filters_by_source_and_dates(db_path, articles):
    lines = export(db_path, "--source", "studyiq", "--since", "2024-04", "--until", "2024-04")
    assert [json.loads(line)["url"] for line in lines.splitlines()] == ["https://example.org/b"]


def test_query_selects_by_full_text(db_path, articles):
    lines = export(db_path, "--query", "repo").splitlines()
    assert [json.loads(line)["url"] for line in lines] == ["https://example.org/c"]


def test_bad_query_is_a_clear_error(db_path, articles):
    result = CliRunner().invoke(cli, ["export", "--db", str(db_path), "--query", '"unclosed'])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot export:")


def test_markdown_document_has_every_article(db_path, articles):
    text = export(db_path, "--format", "markdown")
    assert text.count("\n### Context\n") == 3
    assert "# भारत-जापान सहयोग" in text
    assert "  - Defence equipment: detail" in text


def test_markdown_escapes_html(db_path, make_article):
    db = open_archive(db_path)
    store_article(db, make_article(title="<script>alert(1)</script>"), source=None, capture_id=None)
    assert "# &lt;script&gt;alert(1)&lt;/script&gt;" in export(db_path, "--format", "markdown")


def test_markdown_split_writes_one_file_per_article(db_path, articles, tmp_path):
    folder = tmp_path / "notes"
    export(db_path, "--format", "markdown", "--split", "-o", str(folder))
    assert sorted(p.name for p in folder.iterdir()) == [
        "2024-03-30-a-1.md",
        "2024-04-02-b-2.md",
        "2024-05-01-c-3.md",
    ]


def test_markdown_into_existing_folder_splits(db_path, articles, tmp_path):
    export(db_path, "--format", "markdown", "-o", str(tmp_path))
    assert len(list(tmp_path.glob("*.md"))) == len(articles)


def test_markdown_of_sections_is_a_usage_error(db_path, articles):
    args = ["export", "--db", str(db_path), "--format", "markdown", "--what", "sections"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "markdown export is of articles" in result.output


def test_sections_jsonl_carries_nested_items(db_path, articles):
    lines = export(db_path, "--what", "sections", "--query", "heading:focus").splitlines()
    sections = [json.loads(line) for line in lines]
    assert [s["url"] for s in sections] == [a.url for a in articles]
    assert sections[0]["items"][0]["children"][0]["text"] == "Maritime domain awareness: detail"


def test_sections_json_carries_each_sections_own_blocks(db_path, articles):
    """Blocks are kept once, in the article's JSON: each exported section gets its own back."""
    exported = json.loads(export(db_path, "--format", "json", "--what", "sections"))
    expected = [
        (article.url, [block.to_dict() for block in section.blocks])
        for article in articles
        for section in article.all_sections()
    ]
    assert [(s["url"], s["blocks"]) for s in exported] == expected
