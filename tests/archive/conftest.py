"""Shared helpers for the archive tests: a real archive file in tmp_path and article builders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from archive import open_archive
from processors.article import Article, Item, ListBlock, Paragraph, Section

HERE = Path(__file__).parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_archive(db_path)
    yield database
    database.close()


def make_article(
    url: str = "https://example.org/ca/india-japan-security",
    *,
    title: str = "India and Japan widen security cooperation",
    context: str = "The two navies held joint exercises in the Bay of Bengal.",
    focus: tuple[str, ...] = ("Maritime domain awareness", "Defence equipment"),
    way_forward: str = "Deepen the Special Strategic and Global Partnership.",
    **fields: object,
) -> Article:
    """A realistic article: Context, Focus Areas (a nested list) and Way Forward sections."""
    focus_items = [Item(text, [Item(f"{text}: detail")]) for text in focus]
    sections = [
        Section("Context", "context", 2, [Paragraph(context)]),
        Section(
            "Key Outcomes",
            "key_highlights",
            2,
            [Paragraph("Outcomes of the meeting.")],
            [Section("Focus Areas", "focus_areas", 3, [ListBlock(focus_items)])],
        ),
        Section("Way Forward", "way_forward", 2, [ListBlock([Item(way_forward)])]),
    ]
    defaults: dict[str, object] = {
        "author": "Meera Iyer",
        "author_bio": "Writes on international relations.",
        "published": "2024-04-12",
        "category": "UPSC Current Affairs 2024",
        "breadcrumbs": ["Home", "UPSC Current Affairs 2024"],
        "tags": ["India-Japan", "Security"],
        "language": "en",
        "context": [Item(context)],
        "focus_areas": focus_items,
        "way_forward": [Item(way_forward)],
    }
    defaults.update(fields)
    return Article(url=url, title=title, sections=sections, **defaults)  # type: ignore[arg-type]


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])


def fts_ids(db: Database, table: str, query: str) -> list[int]:
    rows = db.execute(f"SELECT rowid FROM [{table}_fts] WHERE [{table}_fts] MATCH ?", [query])
    return sorted(r[0] for r in rows)


# pytest's importlib mode keeps conftest off sys.path, so the helpers reach tests as fixtures.
@pytest.fixture(name="make_article")
def make_article_fixture() -> object:
    return make_article


@pytest.fixture(name="count")
def count_fixture() -> object:
    return count


@pytest.fixture(name="fts_ids")
def fts_ids_fixture() -> object:
    return fts_ids
