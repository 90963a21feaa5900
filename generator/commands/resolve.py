"""`onevoice resolve`: the final update; the promise of a next update is removed."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option
from generator.commands.update import run_update


@click.command("resolve")
@click.argument("slug")
@click.option("--message", "-m", required=True, help="What was fixed and what people should know, in Markdown.")
@click.option("--at", metavar="TIME", help="When it was resolved (default: now).")
@click.option("--lang", help="Which language file (default: the site's default language).")
@root_option
@reports_errors
def command(slug: str, message: str, at: str | None, lang: str | None, root: Path) -> None:
    """Add a 'resolved' update to SLUG and remove next_update."""
    run_update(root, slug, "resolved", message, at, None, lang)
