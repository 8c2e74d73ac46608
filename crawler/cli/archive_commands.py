"""Placeholder until its issue lands (being written now)."""

import click


@click.command(name="import")
def import_pages() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")


@click.command()
def reprocess() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")


@click.command()
def export() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")


@click.command()
def stats() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
