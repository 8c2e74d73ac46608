"""The archive in Datasette, through Datasette's own test client on a real archive file.

The archive is built through the archive's storage API (captures, articles, a changed article,
a crawl with an error); expected values are derived from the SAMPLE specification, never typed
in twice.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from datasette.app import Datasette
from lxml import html as lxml_html

from archive import (
    finish_crawl,
    open_archive,
    record_error,
    start_crawl,
    store_article,
    store_capture,
)
from archive.serve import make_datasette
from archive.web import search_view
from archive.web.article_view import SECTIONS_SQL
from processors.article import Article, Item, ListBlock, Paragraph, Section, Table

# One Datasette instance per module (its startup introspects the schema): share the event loop.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@dataclass(frozen=True)
class Spec:
    slug: str
    source: str
    published: str
    category: str
    author: str
    title: str
    context: str
    way_forward: str


SAMPLE = [
    Spec(
        "chips",
        "studyiq",
        "2024-03-05",
        "Economy",
        "Meera Iyer",
        "India Semiconductor Mission gathers pace",
        "The cabinet approved three new fabrication units.",
        "Train semiconductor engineers; secure water for semiconductor fabs; "
        "fund semiconductor design.",
    ),
    Spec(
        "fab-water",
        "drishti",
        "2024-03-20",
        "Environment",
        "Arjun Rao",
        "Water stress in industrial corridors",
        "A semiconductor plant in Gujarat raised questions about groundwater.",
        "Recycle industrial water and price it fairly.",
    ),
    Spec(
        "monsoon",
        "drishti",
        "2024-04-02",
        "Geography",
        "Arjun Rao",
        "Monsoon forecast and kharif sowing",
        "The weather office forecast an above-normal monsoon.",
        "Expand crop insurance and weather advisories.",
    ),
    Spec(
        "quad",
        "insightsias",
        "2024-04-18",
        "International Relations",
        "Kavya Menon",
        "Quad foreign ministers meet in Tokyo",
        "The four ministers met to review maritime cooperation.",
        "Keep the Indo-Pacific free and open through regular dialogue.",
    ),
    Spec(
        "gst",
        "studyiq",
        "2024-05-01",
        "Economy",
        "Meera Iyer",
        "GST collections cross a new high",
        "Monthly GST revenue rose on strong domestic demand.",
        "Simplify rate slabs and widen the tax base.",
    ),
]
CHANGED_WAY_FORWARD = (
    "Train semiconductor engineers; secure water for semiconductor fabs; "
    "fund semiconductor design; attract global firms."
)
ERROR_URL = "https://example.org/ca/broken-page"


def url_of(spec: Spec) -> str:
    return f"https://example.org/ca/{spec.slug}"


def page_html(spec: Spec) -> bytes:
    head = f"<head><title>{spec.title}</title></head>"
    return f"<html>{head}<body><h1>{spec.title}</h1></body></html>".encode()


def sample_article(spec: Spec, way_forward: str | None = None) -> Article:
    """Context, a highlights section holding Focus Areas (nested bullets), a data table and a
    Way Forward: the shape these sites share."""
    focus = [Item("Maritime domain awareness", [Item("Information fusion centre")])]
    sections = [
        Section("Context", "context", 2, [Paragraph(spec.context)]),
        Section(
            "Key Outcomes",
            "key_highlights",
            2,
            [
                Paragraph("What was agreed."),
                ListBlock([Item("Goal: a shared picture of the sea"), Item("Way Forward:", focus)]),
            ],
            [Section("Focus Areas", "focus_areas", 3, [ListBlock(focus)])],
        ),
        Section("Data", "other", 2, [Table([["Year", "Value"], ["2024", spec.slug]])]),
        Section(
            "Way Forward", "way_forward", 2, [ListBlock([Item(way_forward or spec.way_forward)])]
        ),
    ]
    return Article(
        url=url_of(spec),
        title=spec.title,
        author=spec.author,
        author_bio=f"{spec.author} writes for {spec.source}.",
        published=spec.published,
        category=spec.category,
        breadcrumbs=["Home", spec.category],
        sections=sections,
    )


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real archive, built once for the module (every test only reads it). Named sample.db:
    it must still be served as /archive."""
    path = tmp_path_factory.mktemp("datasette") / "sample.db"
    db = open_archive(path)
    crawl_id = start_crawl(db, sources=sorted({s.source for s in SAMPLE}))
    for spec in SAMPLE:
        capture_id = store_capture(
            db,
            url=url_of(spec),
            body=page_html(spec),
            status=200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            source=spec.source,
            crawl_id=crawl_id,
        )
        store_article(db, sample_article(spec), source=spec.source, capture_id=capture_id)
    record_error(
        db, url=ERROR_URL, stage="fetch", message="HTTP 503 from server", crawl_id=crawl_id
    )
    finish_crawl(db, crawl_id, status="finished", counts={"new": len(SAMPLE), "failed": 1})
    changed = sample_article(SAMPLE[0], way_forward=CHANGED_WAY_FORWARD)
    store_article(db, changed, source=SAMPLE[0].source, capture_id=None)
    db.close()
    return path


@pytest.fixture(scope="module")
def ds(archive_path: Path) -> Datasette:
    return make_datasette(archive_path)


def article_id(archive_path: Path, spec: Spec) -> int:
    db = open_archive(archive_path, create=False)
    try:
        return int(
            db.execute("select id from articles where url = ?", [url_of(spec)]).fetchone()[0]
        )
    finally:
        db.close()


async def get_page(ds: Datasette, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return lxml_html.fromstring(response.text)


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]


# --- pages answer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/archive",
        "/archive/articles",
        "/archive/sections",
        "/archive/authors",
        "/archive/captures",
        "/archive/versions",
        "/archive/crawls",
        "/archive/errors",
        "/-/search",
        "/-/search?q=monsoon",
    ],
)
async def test_page_answers(ds: Datasette, path: str) -> None:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:300]


async def test_database_is_served_as_archive_whatever_the_file_name(ds: Datasette) -> None:
    assert "archive" in ds.databases and "sample" not in ds.databases


async def test_articles_newest_first_by_default(ds: Datasette) -> None:
    data = (await ds.client.get("/archive/articles.json?_shape=array")).json()
    assert [row["published"] for row in data] == sorted((s.published for s in SAMPLE), reverse=True)


async def test_article_titles_link_to_article_page(ds: Datasette, archive_path: Path) -> None:
    tree = await get_page(ds, "/archive/articles")
    spec = SAMPLE[3]
    links = tree.xpath(f'//td[contains(@class, "col-title")]/a[text()="{spec.title}"]/@href')
    assert links == [f"/-/article/{article_id(archive_path, spec)}"]


async def test_metadata_titles_and_column_descriptions(ds: Datasette) -> None:
    tree = await get_page(ds, "/archive/articles")
    assert texts(tree, "//h1")[0].startswith("Articles")
    text = tree.text_content()
    assert "Month of publication (YYYY-MM), for facets" in text


async def test_bodies_fts_and_internal_tables_hidden(ds: Datasette) -> None:
    tree = await get_page(ds, "/archive")
    listed = set(texts(tree, '//div[@class="db-table"]/h3/a'))
    assert {"articles", "sections", "authors"} <= listed
    assert not listed & {"bodies", "articles_fts", "sections_fts", "fts_deferred"}


# --- facets ------------------------------------------------------------------------------------


async def test_source_facet_counts(ds: Datasette) -> None:
    data = (await ds.client.get("/archive/articles.json")).json()
    got = {r["value"]: r["count"] for r in data["facet_results"]["source"]["results"]}
    assert got == Counter(s.source for s in SAMPLE)


async def test_month_and_category_facet_counts(ds: Datasette) -> None:
    facets = (await ds.client.get("/archive/articles.json")).json()["facet_results"]
    months = {r["value"]: r["count"] for r in facets["published_month"]["results"]}
    categories = {r["value"]: r["count"] for r in facets["category"]["results"]}
    assert months == Counter(s.published[:7] for s in SAMPLE)
    assert categories == Counter(s.category for s in SAMPLE)


async def test_author_facet_shows_names(ds: Datasette) -> None:
    facets = (await ds.client.get("/archive/articles.json")).json()["facet_results"]
    got = {r["label"]: r["count"] for r in facets["author_id"]["results"]}
    assert got == Counter(s.author for s in SAMPLE)


async def test_section_kind_facet_counts(ds: Datasette) -> None:
    facets = (await ds.client.get("/archive/sections.json")).json()["facet_results"]
    got = {r["value"]: r["count"] for r in facets["kind"]["results"]}
    # sample_article writes one section of each of these kinds per article
    kinds = ["context", "key_highlights", "focus_areas", "other", "way_forward"]
    assert got == dict.fromkeys(kinds, len(SAMPLE))


async def test_no_facet_suggestions(ds: Datasette) -> None:
    data = (await ds.client.get("/archive/articles.json")).json()
    assert data["suggested_facets"] == []


async def test_article_table_search_uses_fts(ds: Datasette) -> None:
    data = (await ds.client.get("/archive/articles.json?_search=monsoon&_shape=array")).json()
    assert [row["title"] for row in data] == [s.title for s in SAMPLE if "onsoon" in s.title]


# --- search by section -------------------------------------------------------------------------


def results(tree) -> list[tuple[str, str]]:
    """(article title, section heading) of each search result, in page order."""
    return [
        (texts(li, './/a[@class="ca-result-title"]')[0], texts(li, ".//strong")[0])
        for li in tree.xpath('//li[contains(@class, "ca-result")]')
    ]


async def test_search_ranks_most_relevant_section_first(ds: Datasette) -> None:
    tree = await get_page(ds, "/-/search?q=semiconductor")
    found = results(tree)
    # the Way Forward naming it three times beats a Context naming it once
    assert found[0] == (SAMPLE[0].title, "Way Forward")
    assert (SAMPLE[1].title, "Context") in found[1:]


async def test_search_highlights_the_match(ds: Datasette) -> None:
    tree = await get_page(ds, "/-/search?q=groundwater")
    marks = texts(tree, '//p[@class="ca-snippet"]/mark')
    assert marks and all(m.lower() == "groundwater" for m in marks)


async def test_search_filters_by_section_kind(ds: Datasette) -> None:
    tree = await get_page(ds, "/-/search?q=semiconductor&kind=context")
    assert results(tree) == [(SAMPLE[1].title, "Context")]


async def test_search_links_to_the_section_in_its_article(
    ds: Datasette, archive_path: Path
) -> None:
    tree = await get_page(ds, "/-/search?q=groundwater")
    href = tree.xpath('//a[@class="ca-result-title"]/@href')[0]
    assert href.startswith(f"/-/article/{article_id(archive_path, SAMPLE[1])}#section-")


async def test_too_many_matches_come_newest_first_with_a_notice(
    ds: Datasette, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_view, "RANK_LIMIT", 1)  # "semiconductor" matches 2 sections
    tree = await get_page(ds, "/-/search?q=semiconductor")
    assert texts(tree, '//p[contains(@class, "ca-search-notice")]')[0].startswith("More than 1 ")
    hrefs = tree.xpath('//a[@class="ca-result-title"]/@href')
    section_ids = [int(href.rsplit("-", 1)[1]) for href in hrefs]
    assert len(section_ids) == 2 and section_ids == sorted(section_ids, reverse=True)


@pytest.mark.parametrize("query", ['"unbalanced quote', "monsoon AND", "NEAR(", "*", "-:^"])
async def test_search_syntax_error_is_explained_not_raised(ds: Datasette, query: str) -> None:
    response = await ds.client.get("/-/search", params={"q": query})
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.text)
    assert texts(
        tree, '//p[contains(@class, "ca-search-notice") or contains(@class, "ca-search-error")]'
    )
    assert "Traceback" not in response.text


async def test_search_syntax_fallback_still_finds_words(ds: Datasette) -> None:
    # "above-normal" is not valid FTS5 syntax; searched as words it finds the Context saying it
    tree = await get_page(ds, "/-/search?q=above-normal%20monsoon")
    assert results(tree) == [(SAMPLE[2].title, "Context")]


# --- the article page --------------------------------------------------------------------------


async def article_tree(ds: Datasette, archive_path: Path, spec: Spec):
    return await get_page(ds, f"/-/article/{article_id(archive_path, spec)}")


async def test_article_page_shows_sections_in_document_order(
    ds: Datasette, archive_path: Path
) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[3])
    headings = [h.text.strip() for h in tree.xpath('//*[contains(@class, "ca-heading")]')]
    assert headings == ["Context", "Key Outcomes", "Focus Areas", "Data", "Way Forward"]


async def test_article_page_marks_canonical_sections(ds: Datasette, archive_path: Path) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[3])
    marked = [s.get("id") for s in tree.xpath('//section[contains(@class, "ca-canonical")]')]
    kinds = [s.get("class") for s in tree.xpath('//section[contains(@class, "ca-canonical")]')]
    assert len(marked) == 3
    assert [k.split("kind-")[1].split()[0] for k in kinds] == [
        "context",
        "focus_areas",
        "way_forward",
    ]
    assert texts(tree, '//section[contains(@class, "ca-canonical")]//span[@class="ca-badge"]') == [
        "Context",
        "Focus Areas",
        "Way Forward",
    ]


async def test_article_page_marks_labelled_bullets(ds: Datasette, archive_path: Path) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[3])
    labelled = tree.xpath('//section[contains(@class, "kind-key_highlights")]/ul/li')
    assert [li.get("class") for li in labelled] == [None, "ca-labelled"]
    assert texts(tree, '//li[@class="ca-labelled"]/span[@class="ca-badge"]') == ["Way Forward"]


async def test_article_page_renders_nested_bullets(ds: Datasette, archive_path: Path) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[3])
    nested = texts(tree, '//section[contains(@class, "kind-focus_areas")]/ul/li/ul/li')
    assert nested == ["Information fusion centre"]


async def test_article_page_renders_tables(ds: Datasette, archive_path: Path) -> None:
    spec = SAMPLE[3]
    tree = await article_tree(ds, archive_path, spec)
    rows = [texts(tr, "td") for tr in tree.xpath('//section[contains(@class, "kind-other")]//tr')]
    assert rows == [["Year", "Value"], ["2024", spec.slug]]


async def test_article_page_shows_facts_and_author(ds: Datasette, archive_path: Path) -> None:
    spec = SAMPLE[3]
    tree = await article_tree(ds, archive_path, spec)
    assert texts(tree, "//h1") == [spec.title]
    assert texts(tree, '//nav[@class="ca-breadcrumbs"]/span') == ["Home", spec.category]
    assert tree.xpath('//a[@class="ca-original"]/@href') == [url_of(spec)]
    assert texts(tree, '//p[@class="ca-author-name"]') == [spec.author]
    assert f"{spec.author} writes for {spec.source}." in tree.text_content()


async def test_article_page_lists_versions_with_changes(ds: Datasette, archive_path: Path) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[0])
    rows = [texts(tr, "td") for tr in tree.xpath('//section[@class="ca-versions"]//tbody/tr')]
    assert len(rows) == 1 and rows[0][0] == "1"
    assert rows[0][3] == "changed: Way Forward"


async def test_article_page_links_raw_capture(ds: Datasette, archive_path: Path) -> None:
    tree = await article_tree(ds, archive_path, SAMPLE[3])
    capture_link = tree.xpath('//a[starts-with(@href, "/-/capture/")]/@href')[0]
    capture = await get_page(ds, capture_link)
    assert texts(capture, '//pre[@class="ca-source"]') == [page_html(SAMPLE[3]).decode()]


async def test_missing_article_is_404(ds: Datasette) -> None:
    assert (await ds.client.get("/-/article/999999")).status_code == 404


async def test_capture_source_is_text_not_markup(ds: Datasette) -> None:
    tree = await get_page(ds, "/-/capture/1")
    assert not tree.xpath(f'//h1[text()="{SAMPLE[0].title}"]')
    assert SAMPLE[0].title in tree.xpath('//pre[@class="ca-source"]')[0].text


# --- canned queries and exports ----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "latest_articles",
        "way_forward_points?term=semiconductor",
        "articles_per_category_month",
        "crawl_history",
        "last_crawl_errors",
    ],
)
async def test_canned_query_answers(ds: Datasette, query: str) -> None:
    response = await ds.client.get(f"/archive/{query}")
    assert response.status_code == 200, response.text[:300]


async def test_way_forward_query_finds_matching_points(ds: Datasette) -> None:
    rows = (
        await ds.client.get("/archive/way_forward_points.json?term=semiconductor&_shape=array")
    ).json()
    assert [r["title"] for r in rows] == [SAMPLE[0].title]
    assert "semiconductor" in rows[0]["text"]


async def test_way_forward_query_with_empty_term_is_empty_not_error(ds: Datasette) -> None:
    response = await ds.client.get("/archive/way_forward_points.json?term=&_shape=array")
    assert response.status_code == 200 and response.json() == []


async def test_articles_per_category_month_counts(ds: Datasette) -> None:
    rows = (await ds.client.get("/archive/articles_per_category_month.json?_shape=array")).json()
    got = {(r["published_month"], r["category"]): r["articles"] for r in rows}
    assert got == Counter((s.published[:7], s.category) for s in SAMPLE)


async def test_last_crawl_errors(ds: Datasette) -> None:
    rows = (await ds.client.get("/archive/last_crawl_errors.json?_shape=array")).json()
    assert [(r["url"], r["stage"]) for r in rows] == [(ERROR_URL, "fetch")]


async def test_latest_articles_link_to_article_pages(ds: Datasette, archive_path: Path) -> None:
    tree = await get_page(ds, "/archive/latest_articles")
    hrefs = tree.xpath('//td[contains(@class, "col-article_id")]/a/@href')
    assert hrefs[0] == f"/-/article/{article_id(archive_path, SAMPLE[-1])}"


@pytest.mark.parametrize(
    "path", ["/archive/articles", "/archive/sections", "/archive/latest_articles"]
)
async def test_json_export(ds: Datasette, path: str) -> None:
    response = await ds.client.get(f"{path}.json?_shape=array")
    assert response.status_code == 200 and response.json()


@pytest.mark.parametrize(
    ("path", "expected_rows"),
    [("/archive/articles", len(SAMPLE)), ("/archive/latest_articles", len(SAMPLE))],
)
async def test_csv_export(ds: Datasette, path: str, expected_rows: int) -> None:
    response = await ds.client.get(f"{path}.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == expected_rows and "title" in rows[0]


# --- read-only, fast paths, headers ------------------------------------------------------------


async def test_arbitrary_sql_cannot_write(ds: Datasette, archive_path: Path) -> None:
    response = await ds.client.get("/archive.json", params={"sql": "delete from articles"})
    assert response.status_code == 400
    db = open_archive(archive_path, create=False)
    try:
        assert db.execute("select count(*) from articles").fetchone()[0] == len(SAMPLE)
    finally:
        db.close()


async def test_sections_by_article_uses_an_index(ds: Datasette) -> None:
    sql = "explain query plan " + SECTIONS_SQL.replace(":id", "1")
    rows = (await ds.client.get("/archive.json", params={"sql": sql, "_shape": "array"})).json()
    plan = " ".join(row["detail"] for row in rows)
    assert "USING INDEX" in plan and "SCAN" not in plan


async def test_pages_carry_content_security_policy(ds: Datasette) -> None:
    response = await ds.client.get("/-/search?q=monsoon")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "frame-src 'none'" in policy and "object-src 'none'" in policy


@pytest.mark.parametrize(
    "path", ["/", "/archive/articles", "/archive/articles/1", "/archive?sql=select+1"]
)
async def test_every_inline_script_of_datasette_is_allowed_by_the_policy(
    ds: Datasette, path: str
) -> None:
    response = await ds.client.get(path)
    policy = response.headers["content-security-policy"]
    inline = [s.text for s in lxml_html.fromstring(response.text).xpath("//script[not(@src)]")]
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


# --- the chart ---------------------------------------------------------------------------------


def chart_bars(tree) -> list[str]:
    return [t.text for t in tree.xpath('//svg[@class="ca-plot"]/rect/title')]


async def test_home_chart_has_a_bar_per_month_and_source(ds: Datasette) -> None:
    tree = await get_page(ds, "/")
    expected = Counter((s.published[:7], s.source) for s in SAMPLE)
    assert sorted(chart_bars(tree)) == sorted(
        f"{m} · {src}: {n}" for (m, src), n in expected.items()
    )
    assert texts(tree, '//ul[@class="ca-legend"]/li') == sorted({s.source for s in SAMPLE})


async def test_home_chart_follows_new_articles(tmp_path: Path) -> None:
    path = tmp_path / "growing.db"
    db = open_archive(path)
    store_article(db, sample_article(SAMPLE[0]), source=SAMPLE[0].source, capture_id=None)
    ds = make_datasette(path)
    before = chart_bars(await get_page(ds, "/"))
    store_article(db, sample_article(SAMPLE[3]), source=SAMPLE[3].source, capture_id=None)
    db.close()
    after = chart_bars(await get_page(ds, "/"))
    assert len(before) == 1 and len(after) == 2


async def test_missing_capture_is_404(ds: Datasette) -> None:
    assert (await ds.client.get("/-/capture/999999")).status_code == 404
