"""`ca-archive import | reprocess | export | stats`: thin shells over archive/.

Exit codes: 0 everything worked; 1 a user error (bad archive file, bad --query) or some pages
failed (each is also in the archive's `errors` table); 2 wrong usage (click's own).
"""

from __future__ import annotations

import io
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from crawler.cli.options import aliases_option, db_option

OUTCOME_WORDS = {
    "new": "added",
    "changed": "changed",
    "unchanged": "unchanged",
    "skipped": "skipped",
    "failed": "failed",
}
SHOWN_FAILURES = 10


@contextmanager
def _user_errors() -> Iterator[None]:
    """Archive, options and database failures as one-line errors (exit 1), never a traceback."""
    from archive import ArchiveError
    from processors.errors import ExtractError

    try:
        yield
    except (ArchiveError, ExtractError) as exc:
        raise click.ClickException(str(exc)) from exc
    except sqlite3.Error as exc:
        raise click.ClickException(f"database error: {exc}") from exc


def _open(db_path: str, create: bool = True) -> Any:
    from archive import open_archive

    with _user_errors():
        return open_archive(db_path, create=create)


def _options(aliases: str | None) -> Any:
    from processors.options import load_options

    with _user_errors():
        return load_options(aliases) if aliases else None


def _summarise(verb: str, results: Iterable[Any], bar: Any = None) -> Counter[str]:
    """Count outcomes, print failures (first few) and a one-line summary on stderr."""
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for result in results:
        counts[result.outcome] += 1
        if result.outcome == "failed" and len(failures) < SHOWN_FAILURES:
            failures.append(f"  {result.url}: {result.message}")
        if bar is not None:
            bar.update(1)
    for line in failures:
        click.echo(f"failed:{line}", err=True)
    parts = ", ".join(f"{counts[k]} {word}" for k, word in OUTCOME_WORDS.items())
    click.echo(f"{verb} {sum(counts.values())} pages: {parts}", err=True)
    return counts


def _progress(length: int, label: str) -> Any:
    return click.progressbar(length=length, label=label, file=sys.stderr)


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--base-url",
    help="URL of the folder the pages were saved from (for pages "
    "without a canonical link): base + the file's path inside the folder.",
)
@click.option("--source", help="Source name to record (default: the site's host name).")
@aliases_option
@db_option
def import_pages(
    paths: tuple[str, ...],
    base_url: str | None,
    source: str | None,
    aliases: str | None,
    db_path: str,
) -> None:
    """Add saved HTML pages (files or folders of .html/.htm) to the archive.

    Each page is kept as a capture, extracted and stored; the article URL is the page's
    canonical link. Prints how many were added, changed, unchanged, skipped (not articles)
    and failed; exits 1 if any failed.

    Example:

        ca-archive import saved/drishti --source drishti --base-url https://www.drishtiias.com/
    """
    from archive.importer import html_files, import_file, page_url

    options = _options(aliases)
    with _user_errors():
        files = list(html_files(paths))
    db = _open(db_path)

    def results() -> Iterator[Any]:
        for file, root in files:
            url = page_url(file, root, base_url)
            yield import_file(db, file, url, source=source, options=options)

    with _user_errors(), _progress(len(files), "Importing") as bar:
        counts = _summarise("Imported", results(), bar)
    if counts["failed"]:
        sys.exit(1)


@click.command()
@click.option("--source", help="Only captures of this source.")
@click.option("--since", metavar="DATE", help="Only captures fetched on or after DATE (ISO).")
@click.option("--url-like", metavar="PATTERN", help="Only URLs matching this SQL LIKE pattern.")
@aliases_option
@click.option(
    "--workers", type=click.IntRange(min=1), help="Processes to use [default: all cores]."
)
@db_option
def reprocess(
    source: str | None,
    since: str | None,
    url_like: str | None,
    aliases: str | None,
    workers: int | None,
    db_path: str,
) -> None:
    """Re-run the current extractor on stored captures, offline, on all cores.

    Takes the latest capture of every URL; only articles whose extracted content changed are
    written, each as a new version carrying the new extractor version. Exits 1 if any failed.

    Example:

        ca-archive reprocess --source drishti --aliases my-headings.toml
    """
    from archive.reprocess import ReprocessFilter, capture_ids, reprocess_captures

    options = _options(aliases)
    db = _open(db_path, create=False)
    ids = capture_ids(db, ReprocessFilter(source, since, url_like))
    with _user_errors(), _progress(len(ids), "Reprocessing") as bar:
        results = reprocess_captures(db, ids, options=options, workers=workers)
        counts = _summarise("Reprocessed", results, bar)
    if counts["failed"]:
        sys.exit(1)


@contextmanager
def _output(path: str | None, bom: bool) -> Iterator[TextIO]:
    """UTF-8 text to a file or stdout; newline="" because the csv module writes its own."""
    encoding = "utf-8-sig" if bom else "utf-8"
    if path in (None, "-"):
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
        try:
            yield stream
        finally:
            stream.flush()
            stream.detach()
        return
    with open(path, "w", encoding=encoding, newline="") as handle:
        yield handle


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "jsonl", "markdown"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--what",
    type=click.Choice(["articles", "sections"]),
    default="articles",
    show_default=True,
    help="One row per article or per section.",
)
@click.option("--source", help="Only articles of this source.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (2024, 2024-04, …).")
@click.option("--until", metavar="DATE", help="Published on or before DATE (inclusive).")
@click.option("--query", help="Full-text search (SQLite FTS5 syntax), e.g. 'lithium OR cobalt'.")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="File (or folder with --split) to write; default stdout.",
)
@click.option("--bom", is_flag=True, help="Start CSV with a UTF-8 BOM (for Excel).")
@click.option(
    "--split",
    is_flag=True,
    help="Markdown: one .md file per article into -o FOLDER (implied when FOLDER exists).",
)
@db_option
def export(
    fmt: str,
    what: str,
    source: str | None,
    since: str | None,
    until: str | None,
    query: str | None,
    output: str | None,
    bom: bool,
    split: bool,
    db_path: str,
) -> None:
    """Export articles or sections as CSV, JSON, JSON Lines or Markdown, streamed.

    JSON and JSON Lines carry the full article with nested sections; CSV has one row per
    article (context, focus_areas and way_forward as outline cells) or per section.

    Example:

        ca-archive export --format csv --bom --since 2024-01 -o articles.csv
    """
    from archive import export as ex

    split = _split_markdown(fmt, what, output, split)
    db = _open(db_path, create=False)
    filters = ex.ExportFilter(source, since, until, query)
    with _user_errors():
        total = ex.count_rows(db, what, filters)
        rows = ex.iter_rows(db, what, filters)
        if output and output != "-":
            with _progress(total, f"Exporting {what}") as bar:
                _write(ex, fmt, what, _ticking(rows, bar), output, bom, split)
        else:
            _write(ex, fmt, what, rows, output, bom, split)
    click.echo(f"Exported {total} {what} as {fmt} to {output or 'stdout'}", err=True)


def _split_markdown(fmt: str, what: str, output: str | None, split: bool) -> bool:
    """One file per article: asked for with --split, or implied by -o naming a folder."""
    if fmt == "markdown" and what == "sections":
        raise click.UsageError("markdown export is of articles; use --what articles")
    split = split or (fmt == "markdown" and output is not None and Path(output).is_dir())
    if split and (fmt != "markdown" or not output):
        raise click.UsageError("--split needs --format markdown and -o FOLDER")
    return split


def _ticking(rows: Iterable[Any], bar: Any) -> Iterator[Any]:
    for row in rows:
        yield row
        bar.update(1)


def _write(
    ex: Any, fmt: str, what: str, rows: Iterable[Any], output: str | None, bom: bool, split: bool
) -> None:
    if split:
        ex.write_markdown_files(rows, Path(output or "."))
        return
    with _output(output, bom and fmt == "csv") as out:
        if fmt == "markdown":
            ex.write_markdown(rows, out)
        else:
            {"csv": ex.write_csv, "json": ex.write_json, "jsonl": ex.write_jsonl}[fmt](
                rows, out, what
            )


def _table(title: str, headers: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> None:
    """A plain aligned table: numbers right, text left, long text cut with an ellipsis."""
    cells = [[_cell(v) for v in row] for row in rows]
    click.echo(f"\n{title}")
    if not cells:
        click.echo("  (none)")
        return
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    numeric = [all(r[i].replace(",", "").isdigit() for r in cells) for i in range(len(headers))]
    for row in [list(headers), ["-" * w for w in widths], *cells]:
        line = [
            c.rjust(w) if n else c.ljust(w) for c, w, n in zip(row, widths, numeric, strict=True)
        ]
        click.echo("  " + "  ".join(line).rstrip())


def _cell(value: Any, limit: int = 70) -> str:
    text = f"{value:,}" if isinstance(value, int) else str(value if value is not None else "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@click.command()
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=12,
    show_default=True,
    help="Rows in the category and month tables.",
)
@db_option
def stats(limit: int, db_path: str) -> None:
    """Show what is in the archive: counts by source, category and month, the last crawl and
    recent errors.

    Example:

        ca-archive stats --db ~/upsc/archive.db
    """
    from archive.stats import archive_stats

    db = _open(db_path, create=False)
    with _user_errors():
        report = archive_stats(db, limit=limit)
    _table("Totals", ("what", "count"), report.totals.items())
    _table("By source", ("source", "articles"), report.by_source)
    _table(f"Top {limit} categories", ("category", "articles"), report.by_category)
    _table(f"Latest {limit} months", ("month", "articles"), report.by_month)
    crawl = report.last_crawl
    crawl_row = (
        [tuple(crawl[k] for k in ("id", "started", "ended", "status", "new", "changed", "failed"))]
        if crawl
        else []
    )
    _table(
        "Last crawl", ("id", "started", "ended", "status", "new", "changed", "failed"), crawl_row
    )
    _table("Recent errors", ("at", "stage", "url", "message"), report.recent_errors)
