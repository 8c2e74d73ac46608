"""`ca-archive crawl` and `ca-archive demo`: a thin shell over crawler.runner."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from crawler.cli.options import db_option


class CrawlFailed(click.ClickException):
    """The crawl could not run at all (bad archive file, bad sources file): exit status 3."""

    exit_code = 3


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="-s")
        out[name.strip()] = value
    return out


def _progress_mode(no_progress: bool) -> str:
    if no_progress:
        return "off"
    return "tty" if sys.stderr.isatty() else "log"


def _choose_sources(names: tuple[str, ...], config: str | None, start_urls: tuple[str, ...]):
    from crawler.sources import SourceError, adhoc_source, load_sources

    try:
        if start_urls:
            if names:
                raise click.UsageError("give either SOURCE names or --start-url, not both")
            return [adhoc_source(list(start_urls))]
        known = load_sources(config)
    except SourceError as exc:
        raise click.UsageError(str(exc)) from None
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.UsageError(
            f"unknown source {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    return [known[n] for n in names] if names else list(known.values())


def execute(plan: Any, log_file: str | None) -> Any:
    """Lock the archive, run the plan, print the summary; exits 75 when the archive is busy."""
    import logging

    from archive import ArchiveError
    from crawler.lock import ArchiveLocked, archive_lock
    from crawler.logsetup import configure_logging
    from crawler.runner import EXIT_LOCKED, run_crawl

    configure_logging(logging.WARNING if plan.progress == "tty" else logging.INFO, log_file)
    try:
        with archive_lock(plan.db_path):
            report = run_crawl(plan)
    except ArchiveLocked as exc:
        click.echo(f"Error: {exc}; not starting a second one.", err=True)
        sys.exit(EXIT_LOCKED)
    except ArchiveError as exc:
        raise CrawlFailed(str(exc)) from None
    click.echo(summary_table(report))
    return report


def summary_table(report: Any) -> str:
    """One row per source (and a total) of the crawls counts, then the run's status."""
    from crawler.extensions.record import COUNT_STATS

    columns = tuple(COUNT_STATS)
    rows = [(name, *(c[k] for k in columns)) for name, c in report.counts.items()]
    if len(rows) > 1:
        rows.append(("total", *(report.total()[k] for k in columns)))
    header = ("source", *columns)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(v).rjust(w) if i else str(v).ljust(w)
            for i, (v, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *rows]
    ]
    lines.append(f"crawl #{report.crawl_id}: {report.status} in {report.seconds:.1f} s")
    return "\n".join(lines)


@click.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False),
    help="A sources file (TOML) layered over the shipped one.",
)
@click.option(
    "--start-url",
    "start_urls",
    multiple=True,
    metavar="URL",
    help="Crawl this site ad hoc (repeatable): stays on its host, finds sitemaps, "
    "feeds and links, stores what the extractor judges articles.",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    help="Skip articles older than this date (YYYY-MM-DD).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Stop after N articles per source.")
@click.option(
    "--refresh",
    is_flag=True,
    help="Re-check known articles with conditional requests (304 = unchanged).",
)
@click.option("--resume", is_flag=True, help="Continue a crawl that was stopped or killed.")
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False),
    help="Also log to this file (rotated at 5 MB, 5 kept).",
)
@click.option("--no-progress", is_flag=True, help="No live status line or progress log lines.")
@click.option(
    "-s",
    "--set",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy setting for this run, e.g. -s DOWNLOAD_DELAY=5 (repeatable).",
)
def crawl(
    sources: tuple[str, ...],
    db_path: str,
    config: str | None,
    start_urls: tuple[str, ...],
    since: Any,
    limit: int | None,
    refresh: bool,
    resume: bool,
    log_file: str | None,
    no_progress: bool,
    settings: tuple[str, ...],
) -> None:
    """Crawl sources into the archive: only what is new or changed.

    With no SOURCE, crawls every source of the shipped sources file and --config. Safe to run
    from cron: a second run on the same archive exits at once with status 75. Exit status:
    0 ok, 1 some pages failed, 2 usage error, 3 nothing fetched / crawl failed, 75 locked.

    Example:

        ca-archive crawl studyiq drishti --db archive.db --since 2024-06-01
    """
    from datetime import UTC

    from crawler.runner import CrawlPlan

    plan = CrawlPlan(
        db_path=Path(db_path),
        sources=_choose_sources(sources, config, start_urls),
        since=since.replace(tzinfo=UTC) if since else None,
        limit=limit,
        refresh=refresh,
        resume=resume,
        progress=_progress_mode(no_progress),
        settings=_overrides(settings),
    )
    report = execute(plan, log_file)
    sys.exit(report.exit_code)


# The sample site is our own server on loopback: no delays, and a short timeout for its slow page.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 2,
    "RETRY_TIMES": 1,
    "RETRY_BACKOFF_BASE": 0.2,
}


@click.command()
@db_option
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=60,
    show_default=True,
    help="Articles on the sample site.",
)
@click.option("--no-serve", is_flag=True, help="Stop after the crawl (print stats instead).")
@click.option(
    "-p",
    "--port",
    type=click.IntRange(1, 65535),
    default=8001,
    show_default=True,
    help="Port for `ca-archive serve` afterwards.",
)
@click.pass_context
def demo(ctx: click.Context, db_path: str, articles: int, no_serve: bool, port: int) -> None:
    """Crawl the bundled sample site into the archive, then browse it.

    Starts a local copy of the supported sites (no internet needed), crawls it with progress
    into --db, and opens `ca-archive serve` on it.

    Example:

        ca-archive demo --db archive.db
    """
    from crawler.runner import CrawlPlan
    from crawler.samplesite import SampleSite
    from crawler.samplesite.sources import sample_sources

    with SampleSite(articles) as site:
        click.echo(f"Sample site running at {site.base}/", err=True)
        plan = CrawlPlan(
            db_path=Path(db_path),
            sources=sample_sources(site.base),
            progress=_progress_mode(False),
            settings=dict(DEMO_SETTINGS),
        )
        report = execute(plan, None)
    click.echo(
        "(The sample site fails some pages on purpose: 404, 410, a PDF, a 10 MB page, a slow"
        " page, a redirect to another host — each is an errors row.)",
        err=True,
    )
    if report.status == "failed":
        sys.exit(report.exit_code)
    from crawler.cli.archive_commands import stats
    from crawler.cli.serve import serve

    if no_serve:
        ctx.invoke(stats, db_path=db_path)
        return
    ctx.invoke(serve, db_path=db_path, host="127.0.0.1", port=port, open_browser=False)
