"""What a reader sees, in real headless Chromium, against the real `ca-archive serve` server.

The archive is built through the archive API in a temporary folder, `ca-archive serve` runs as
a subprocess on a free loopback port, and Playwright drives Debian's Chromium. Screenshots go to
test-artifacts/ (repo root) for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import open_archive, store_article, store_capture
from processors.article import Article, Item, ListBlock, Paragraph, Section

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SOURCES = ("studyiq", "drishti", "insightsias")
MONTHS = ("2024-01", "2024-02", "2024-03", "2024-04")


def reader_article(n: int) -> Article:
    """Articles on water policy, spread over sources and months, in the sites' usual shape."""
    sections = [
        Section(
            "Why in News?", "context", 2, [Paragraph(f"A report on aquifer depletion, part {n}.")]
        ),
        Section(
            "Key Highlights",
            "key_highlights",
            2,
            [
                ListBlock(
                    [
                        Item(
                            "Goal: safe drinking water",
                            [Item("for every rural home"), Item("by 2028")],
                        ),
                        Item("Funding: shared by the Centre and states"),
                    ]
                )
            ],
            [Section("Focus Areas", "focus_areas", 3, [ListBlock([Item("Recharge structures")])])],
        ),
        Section(
            "Way Forward",
            "way_forward",
            2,
            [
                ListBlock(
                    [
                        Item("Meter groundwater use by industry"),
                        Item("Train village water committees"),
                    ]
                )
            ],
        ),
    ]
    return Article(
        url=f"https://example.org/ca/water-{n}",
        title=f"Aquifer depletion report {n}",
        author="Meera Iyer",
        author_bio="Writes on water and environment.",
        published=f"{MONTHS[n % len(MONTHS)]}-1{n % 9}",
        category="Environment",
        breadcrumbs=["Home", "UPSC Current Affairs 2024", "Environment"],
        sections=sections,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(process: subprocess.Popen, url: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"ca-archive serve exited: {process.stderr.read().decode()[-500:]}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"ca-archive serve did not answer at {url} within {timeout}s")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    db = open_archive(path)
    for n in range(12):
        article = reader_article(n)
        source = SOURCES[n % len(SOURCES)]
        capture = store_capture(
            db, url=article.url, body=b"<html></html>", status=200, headers={}, source=source
        )
        store_article(db, article, source=source, capture_id=capture)
    db.close()
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "ca-archive"),
        "serve",
        "--db",
        str(path),
        "--port",
        str(port),
    ]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as process:
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(process, url + "/")
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def console_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser, console_errors: list[str], request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh page that records console errors and leaves a screenshot named for the test."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    context.set_default_timeout(5000)
    page = context.new_page()
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


def test_home_page_shows_the_chart(server: str, page) -> None:
    page.goto(server + "/")
    chart = page.locator("#ca-chart svg.ca-plot")
    assert chart.is_visible()
    assert chart.locator("rect").count() == len(MONTHS) * len(SOURCES)
    assert page.locator(".ca-legend").inner_text().split() == sorted(SOURCES)


def test_search_shows_highlighted_snippets(server: str, page) -> None:
    page.goto(server + "/")
    page.fill("#ca-q", "groundwater")
    page.select_option("select[name=kind]", "way_forward")
    page.click(".ca-search-form button")
    page.wait_for_url("**/-/search?*")
    first = page.locator(".ca-result").first
    assert first.is_visible()
    assert "Way Forward" in first.inner_text()
    marks = page.locator(".ca-snippet mark")
    assert marks.first.is_visible() and marks.first.inner_text().lower() == "groundwater"


def test_article_page_reads_as_an_article(server: str, page) -> None:
    page.goto(server + "/archive/articles")
    page.get_by_role("link", name="Aquifer depletion report 3").click()
    page.wait_for_url("**/-/article/*")
    assert page.locator("h1").inner_text() == "Aquifer depletion report 3"
    headings = page.locator(".ca-heading").all_inner_texts()
    # the badge is upper-cased by CSS: compare what is read, not how it is styled
    assert [h.lower() for h in headings[:2]] == ["why in news? context", "key highlights"]
    assert page.locator(".kind-way_forward .ca-badge").inner_text().lower() == "way forward"
    nested = page.locator(".kind-key_highlights > ul > li > ul > li").first
    assert nested.is_visible() and nested.inner_text() == "for every rural home"


@pytest.mark.parametrize(("table", "column"), [("captures", "headers"), ("sections", "items")])
def test_json_columns_stay_one_line_on_table_pages(
    server: str, page, table: str, column: str
) -> None:
    page.goto(f"{server}/archive/{table}")
    cell = page.locator(f"td.col-{column}").first
    assert cell.evaluate("el => getComputedStyle(el).whiteSpace") == "nowrap"


@pytest.mark.parametrize(
    "path", ["/", "/archive/articles", "/archive?sql=select+1", "/-/article/1"]
)
def test_pages_run_without_policy_errors(
    server: str, page, console_errors: list[str], path: str
) -> None:
    page.goto(server + path)
    page.wait_for_load_state("load")
    assert console_errors == []
