"""`ca-archive import`: saved HTML pages (files or folders) into the archive.

Each file is recorded as a capture whose URL is where the bytes came from (`--base-url` + the
file's path, or its file: URI), so `reprocess` can re-read it later like any crawled page. The
article's URL is the page's canonical link; a page with neither a canonical link nor a base URL
fails with an errors row rather than being filed under a path on this machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from sqlite_utils import Database

from archive.captures import store_capture
from archive.crawls import record_error
from archive.database import ArchiveError
from archive.ingest import extract_page, store_or_record
from archive.store import StoreResult

if TYPE_CHECKING:
    from processors import ExtractOptions

HTML_SUFFIXES = (".html", ".htm")
NO_URL = "no canonical link in the page; pass --base-url"


def html_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every .html/.htm file named or found (recursively, sorted) in a folder;
    root is the folder given, so the file's URL keeps its sub-path. A browser's "Save page"
    puts the page's assets (ads and widgets in iframes included) in `<name>_files/`: skipped."""
    for given in map(Path, paths):
        if given.is_dir():
            for file in sorted(given.rglob("*")):
                assets = any(p.endswith("_files") for p in file.relative_to(given).parts[:-1])
                if file.is_file() and file.suffix.lower() in HTML_SUFFIXES and not assets:
                    yield file, given
        elif given.is_file():
            yield given, given.parent
        else:
            raise ArchiveError(f"{given}: no such file or folder")


def page_url(file: Path, root: Path, base_url: str | None) -> str:
    if base_url is None:
        return file.resolve().as_uri()
    relative = file.relative_to(root).as_posix()
    return urljoin(base_url.rstrip("/") + "/", quote(relative))


def import_file(
    db: Database,
    file: Path,
    url: str,
    *,
    source: str | None = None,
    options: ExtractOptions | None = None,
) -> StoreResult:
    """Capture, extract and store one saved page; failures are recorded, never raised."""
    try:
        body = file.read_bytes()
        fetched_at = datetime.fromtimestamp(file.stat().st_mtime, UTC)
    except OSError as exc:
        record_error(db, url=url, stage="fetch", message=f"{file}: {exc.strerror}")
        return StoreResult("failed", None, url, message=str(exc))
    seen_at = fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    capture_id = store_capture(
        db, url=url, body=body, status=200, headers=None, fetched_at=seen_at, source=source
    )
    article = extract_page(db, body, url, None, options, None)
    if isinstance(article, StoreResult):
        return article
    if article.is_article and not article.url.startswith(("http://", "https://")):
        record_error(db, url=url, stage="extract", message=f"{file}: {NO_URL}")
        return StoreResult("failed", None, url, message=NO_URL)
    return store_or_record(db, article, source, capture_id, seen_at, None)
