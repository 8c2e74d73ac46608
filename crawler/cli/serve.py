"""Placeholder until its issue lands (being written now)."""

import click


@click.command()
def serve() -> None:
    """Not built yet."""
    raise click.ClickException("not built yet")
