"""Placeholder until its issue lands (being written now)."""

import click


@click.command()
def crawl() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")


@click.command()
def demo() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
