"""`ca-archive serve`: browse the archive in Datasette (read-only) until Ctrl-C."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from crawler.cli.options import db_option


def _check_port_free(host: str, port: int) -> None:
    """Fail with one line, before Datasette starts, when the port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise click.ClickException(
                f"cannot listen on {host}:{port} ({error.strerror}); try another --port"
            ) from error


@click.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 makes the archive visible on your network).",
)
@click.option(
    "-p",
    "--port",
    default=8001,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the archive in your web browser.")
def serve(db_path: str, host: str, port: int, open_browser: bool) -> None:
    """Browse and search the archive in Datasette, read-only.

    Article pages, search by section (which part matched, highlighted), facets by source,
    category, author and month, a chart of articles per month, CSV/JSON export. Runs until
    Ctrl-C.

    Example:

        ca-archive serve --db archive.db --open
    """
    import uvicorn

    from archive import ArchiveError, open_archive
    from archive.serve import make_datasette

    path = Path(db_path)
    if not path.is_file():
        raise click.ClickException(f"{db_path} not found: run `ca-archive crawl` or `import` first")
    try:
        open_archive(path, create=False).close()  # refuse foreign files; migrate an old archive
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error
    _check_port_free(host, port)
    ds = make_datasette(path)
    url = f"http://{host}:{port}/"
    click.echo(f"Serving {db_path} at {url} (read-only; Ctrl-C to stop)")
    if open_browser:
        click.launch(url)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
