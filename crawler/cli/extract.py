"""`ca-archive extract`: pages on disk → article JSON, JSON lines or Markdown on stdout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.cli.options import aliases_option

if TYPE_CHECKING:
    from processors import Article, ExtractOptions

FORMATS = ("json", "jsonl", "markdown")


@click.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (default: its canonical link, else a file:// URL).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: indented for one page, a JSON list for several; jsonl: one object per line; "
    "markdown: readable text.",
)
@aliases_option
def extract(pages: tuple[Path, ...], url: str | None, fmt: str, aliases: str | None) -> None:
    """Extract articles from saved HTML pages and print them.

    Each page becomes the article JSON the archive stores (or Markdown). A file that cannot be
    read or is not HTML gets a one-line error on stderr; the others are still printed and the
    exit status is 1.

    Example:

        ca-archive extract page.html --format markdown
    """
    from processors import ExtractError, load_options
    from processors.markdown import to_markdown

    try:
        options = load_options(aliases) if aliases else None
    except ExtractError as exc:
        raise click.ClickException(str(exc)) from exc
    collected, failed = [], 0
    for path in pages:
        article = _extract_file(path, url, options)
        if article is None:
            failed += 1
        elif fmt == "jsonl":
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        elif fmt == "markdown":
            click.echo(to_markdown(article))
        else:
            collected.append(article.to_dict())
    if collected:
        single = collected[0] if len(pages) == 1 else collected
        click.echo(json.dumps(single, ensure_ascii=False, indent=2))
    if failed:
        raise SystemExit(1)


def _extract_file(path: Path, url: str | None, options: ExtractOptions | None) -> Article | None:
    """The article of one file, or None after a one-line error naming the file on stderr."""
    from processors import ExtractError, extract

    try:
        return extract(path.read_bytes(), url or path.resolve().as_uri(), options=options)
    except (OSError, ExtractError) as exc:
        click.echo(f"Error: {path}: {_reason(exc)}", err=True)
        return None


def _reason(exc: Exception) -> str:
    """The OS's short reason ("No such file or directory") rather than the errno repr."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
