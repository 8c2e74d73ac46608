"""`ca-archive`: one click group in the style of sqlite-utils and datasette.

Each command lives in the module named for what it does and keeps its heavy imports (Scrapy,
Datasette) inside the function, so `ca-archive extract` starts without loading a crawler.
"""

from __future__ import annotations

import click

from crawler.cli.archive_commands import export, import_pages, reprocess, stats
from crawler.cli.crawl import crawl, demo
from crawler.cli.extract import extract
from crawler.cli.serve import serve

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="current-affairs-archive")
def cli() -> None:
    """Build a permanent, searchable archive of current-affairs articles.

    Crawl the sites you follow, keep every version of every article, search it by section
    (Context, Focus Areas, Way Forward…) and browse it in Datasette.
    """


for command in (extract, import_pages, reprocess, export, stats, crawl, demo, serve):
    cli.add_command(command)
