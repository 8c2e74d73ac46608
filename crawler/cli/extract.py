"""Placeholder until its issue lands (being written now)."""

import click


@click.command()
def extract() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
