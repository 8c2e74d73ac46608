"""`ca-archive serve`: the one-line refusals before any server starts (the running server itself
is exercised by the browser test, which starts it as a subprocess)."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from archive import open_archive
from crawler.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, ["serve", *args])


def test_missing_archive_is_one_line_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "nowhere.db"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'nowhere.db'} not found: run `ca-archive crawl` or `import` first"
    ]


def test_file_that_is_not_an_archive_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my shopping list")
    result = run("--db", str(path))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "not a ca-archive" in result.output
    assert path.read_text() == "my shopping list"


def test_port_in_use_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    open_archive(path).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("--db", str(path), "--port", str(port))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port} (Address already in use); try another --port"
    ]


def test_help_shows_an_example() -> None:
    result = CliRunner().invoke(cli, ["serve", "-h"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "ca-archive serve --db archive.db" in result.output
