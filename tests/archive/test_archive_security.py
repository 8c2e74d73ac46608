"""Nothing a scraped page contains may run in the reader's browser.

An archive is built (through the archive API) from pages whose every field carries XSS payloads:
title, author, bio, URLs, category, breadcrumbs, tags, headings, paragraphs, list items, table
cells, the source name, capture headers and body, error messages. Then every page we serve is
walked (links followed from the home page, plus search, article, capture and canned-query pages
fed the payloads) and parsed as a browser would: no script but Datasette's and ours, no event
handler, no javascript:/data:/vbscript: URL, no frame, object, embed, base or meta refresh.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import deque
from pathlib import Path
from urllib.parse import quote, urlsplit

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
from archive.web.csp import datasette_script_hashes
from archive.web.safety import safe_url
from processors.article import Article, Item, ListBlock, Paragraph, Section, Table

PAYLOADS = [
    '<script>alert("xss-script")</script>',
    '<img src=x onerror=alert("xss-img")>',
    '<svg onload=alert("xss-svg")><circle r=1></svg>',
    '<a href="javascript:alert(1)">xss-js-link</a>',
    '<a href="JaVaScRiPt:alert(2)">xss-mixed-case</a>',
    '<a href="&#106;avascript:alert(3)">xss-entity</a>',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<div style="width: expression(alert(4))">xss-style</div>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">xss-data</a>',
    '"><script>alert("xss-attr-break")</script>',
    "'><img src=x onerror=alert(7)>",
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/e">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(8)">',
    '<base href="https://evil.example/">',
    '</pre></textarea><script>alert("xss-breakout")</script>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>",
]
ALL = " ".join(PAYLOADS)
HOSTILE_URLS = [
    "javascript:alert(document.domain)//https://example.org/",
    " JaVaScRiPt:alert('url')",
    "&#106;avascript:alert('entity')",
    'https://example.org/x"><script>alert("xss-url")</script>',
    "data:text/html,<script>alert('data')</script>",
]
DANGEROUS_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)
FORBIDDEN_TAGS = ("iframe", "frame", "object", "embed", "base", "applet")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster")


def hostile_article(url: str, n: int) -> Article:
    body = [
        Paragraph(ALL),
        ListBlock([Item(p, [Item(p)]) for p in PAYLOADS]),
        Table([[p, p] for p in PAYLOADS[:4]]),
    ]
    sections = [
        Section('<script>alert("xss-heading")</script>', "context", 2, body),
        Section(PAYLOADS[1], "way_forward", 2, body, [Section(PAYLOADS[2], "other", 3, body)]),
    ]
    return Article(
        url=url,
        title=f"{PAYLOADS[n % len(PAYLOADS)]} title {n}",
        author=PAYLOADS[1],
        author_bio=ALL,
        author_url=HOSTILE_URLS[n % len(HOSTILE_URLS)],
        published=f"2024-0{n % 9 + 1}-01",
        category=PAYLOADS[3],
        breadcrumbs=PAYLOADS[:5],
        tags=PAYLOADS[5:9],
        description=ALL,
        sections=sections,
    )


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once for the module: every test only reads it."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    db = open_archive(path)
    crawl_id = start_crawl(db, sources=[PAYLOADS[0]])
    for n, url in enumerate(HOSTILE_URLS):
        capture_id = store_capture(
            db,
            url=url,
            body=f"<html><body>{ALL}</body></html>".encode(),
            status=200,
            headers={"Content-Type": "text/html", "X-Note": PAYLOADS[0]},
            source=PAYLOADS[n % 3],
            crawl_id=crawl_id,
            user_agent=PAYLOADS[2],
            robots=PAYLOADS[1],
        )
        store_article(db, hostile_article(url, n), source=PAYLOADS[n % 3], capture_id=capture_id)
    changed = hostile_article(HOSTILE_URLS[0], 7)
    store_article(db, changed, source=PAYLOADS[0], capture_id=None)
    record_error(db, url=HOSTILE_URLS[0], stage="extract", message=ALL, crawl_id=crawl_id)
    finish_crawl(db, crawl_id, status="finished", counts={"new": len(HOSTILE_URLS)})
    db.close()
    return path


def script_allowed(el, allowed_hashes: set[str]) -> bool:
    """Our origin's static scripts, or one of Datasette's fixed inline scripts (by hash)."""
    src = el.get("src")
    if src is not None:
        return src.startswith("/-/static/")
    digest = base64.b64encode(hashlib.sha256((el.text or "").encode()).digest()).decode()
    return f"'sha256-{digest}'" in allowed_hashes


def attribute_violations(tag: str, name: str, value: str) -> list[str]:
    name = name.lower()
    clean = re.sub(r"[\s\x00-\x1f]", "", value)
    found = []
    if name.startswith("on"):
        found.append(f"<{tag} {name}=…>")
    if name in URL_ATTRIBUTES and (DANGEROUS_SCHEME.match(clean) or clean.startswith("//")):
        found.append(f"<{tag} {name}={value!r}>")
    if name in URL_ATTRIBUTES and name != "href" and "://" in clean:
        found.append(f"remote embed <{tag} {name}={value!r}>")
    if name == "style" and re.search(r"expression|javascript|url\(", value, re.IGNORECASE):
        found.append(f"<{tag} style={value!r}>")
    return found


def violations(text: str, allowed_hashes: set[str]) -> list[str]:
    """Everything in the page that a scraped payload could have produced: payloads verbatim in
    the source (lxml is not an HTML5 parser, so mutation-XSS would hide from the tree checks),
    then scripts, frames, handlers and dangerous URLs in the parsed tree."""
    found = [f"payload {i} verbatim" for i, payload in enumerate(PAYLOADS) if payload in text]
    for el in lxml_html.fromstring(text).iter():
        if not isinstance(el.tag, str):
            continue  # comments
        tag = el.tag.lower()
        if tag == "script" and not script_allowed(el, allowed_hashes):
            found.append(f"script {lxml_html.tostring(el)[:80]!r}")
        if tag in FORBIDDEN_TAGS or (tag == "meta" and el.get("http-equiv")):
            found.append(f"<{tag}>")
        for name, value in el.attrib.items():
            found.extend(attribute_violations(tag, name, value))
    return found


def local_links(text: str) -> list[str]:
    """Same-origin paths linked from a page (query strings dropped: one visit per path)."""
    links = []
    for href in lxml_html.fromstring(text).xpath("//a/@href"):
        parts = urlsplit(href)
        if not parts.scheme and not parts.netloc and parts.path.startswith("/"):
            links.append(parts.path)
    return links


ENTRY_PAGES = [
    "/",
    "/-/search?q=" + quote(PAYLOADS[0]),
    "/-/search?q=alert",
    "/-/search?q=xss&kind=way_forward",
    "/archive/articles?_facet=category&_facet=source&_facet=author_id",
    "/archive/articles?_search=alert",
    "/archive/sections?_search=" + quote(PAYLOADS[1]),
    "/archive/way_forward_points?term=alert",
    "/archive/way_forward_points?term=" + quote(PAYLOADS[2]),
    "/archive?sql=" + quote("select title, author_id from articles"),
]
MAX_PAGES = 250


async def walk(ds: Datasette) -> dict[str, str]:
    """Breadth-first over every same-origin page reachable from the entry pages."""
    pages: dict[str, str] = {}
    queue = deque(ENTRY_PAGES)
    seen = set(queue)
    while queue and len(pages) < MAX_PAGES:
        path = queue.popleft()
        response = await ds.client.get(path)
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        assert response.status_code == 200, (path, response.text[:300])
        pages[path] = response.text
        for link in local_links(response.text):
            if link not in seen and not link.endswith((".json", ".csv", ".db", ".blob")):
                seen.add(link)
                queue.append(link)
    return pages


async def test_no_payload_survives_as_markup_on_any_page(hostile_path: Path) -> None:
    ds = make_datasette(hostile_path)
    pages = await walk(ds)
    allowed = set(datasette_script_hashes())
    problems = [f"{path}: {v}" for path, text in pages.items() for v in violations(text, allowed)]
    assert problems == []
    # the walk really reached the hostile content, on our pages and Datasette's
    assert len(pages) > 40
    assert any(p.startswith("/-/article/") for p in pages)
    assert any(p.startswith("/-/capture/") for p in pages)
    assert any(p.startswith("/archive/articles/") for p in pages)


async def test_payloads_are_shown_as_text(hostile_path: Path) -> None:
    ds = make_datasette(hostile_path)
    response = await ds.client.get("/-/article/2")
    tree = lxml_html.fromstring(response.text)
    assert tree.xpath("//h1")[0].text_content() == f"{PAYLOADS[1]} title 1"
    heading = tree.xpath('//*[contains(@class, "ca-heading")]')[0]
    assert 'alert("xss-heading")' in heading.text_content()


async def test_hostile_urls_never_become_links(hostile_path: Path) -> None:
    ds = make_datasette(hostile_path)
    for article_id in range(1, len(HOSTILE_URLS) + 1):
        tree = lxml_html.fromstring((await ds.client.get(f"/-/article/{article_id}")).text)
        assert tree.xpath('//a[@class="ca-original"]') == []
        assert tree.xpath('//span[@class="ca-unsafe-url"]')


async def test_capture_body_is_escaped_text(hostile_path: Path) -> None:
    ds = make_datasette(hostile_path)
    tree = lxml_html.fromstring((await ds.client.get("/-/capture/1")).text)
    assert PAYLOADS[0] in tree.xpath('//pre[@class="ca-source"]')[0].text
    assert tree.xpath("//body//img | //body//svg[@onload]") == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_checker_catches_each_payload_as_raw_markup(payload: str) -> None:
    """The walk above proves something only if its checker flags every payload left unescaped."""
    assert violations(f"<html><body><p>{payload}</p></body></html>", set())


@pytest.mark.parametrize(
    "url", ["https://example.org/ca/a?b=1#c", "http://example.org/", "HTTPS://EXAMPLE.ORG/x"]
)
def test_plain_web_addresses_become_links(url: str) -> None:
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        *HOSTILE_URLS,
        "java\tscript:alert(1)",
        "https://example.org/\nx",
        "//evil.example/x",
        "vbscript:msgbox(1)",
        "https:alert(1)",
        None,
        42,
    ],
)
def test_anything_else_stays_text(url: object) -> None:
    assert safe_url(url) is None
