"""`onevoice serve`: preview the status site on 127.0.0.1, rebuilt when a statement changes."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command(name="serve")
@root_option
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1.")
@reports_errors
def command(root: Path, port: int) -> None:
    """Preview the site on 127.0.0.1 with live reload when a statement changes.

    Drafts are shown, marked as drafts; they are never published by `onevoice build`.
    """
    from generator.rendering.site.serve import Preview

    preview = Preview(root, port, report=lambda message: click.echo(message, err=True))
    click.echo(f"Serving the preview on {preview.url} (Ctrl+C to stop)", err=True)
    preview.serve()
