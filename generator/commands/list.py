"""`onevoice list`: every statement with its state and whether its promise is kept."""

from __future__ import annotations

import json
from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("list")
@root_option
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people (times as 2026-11-20 10:50 CET), json for tools (ISO 8601 times).")
@reports_errors
def command(root: Path, output: str) -> None:
    """Slug, title, severity, status, languages, last update, next update promised and
    whether that promise is overdue now. Ongoing statements first."""
    from generator.core import clock
    from generator.authoring.listing import statement_rows, text_rows
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    now = clock.now()
    incidents, problems = load_incidents(settings, now=now)
    rows = statement_rows(incidents, settings, now)
    if output == "json":
        click.echo(json.dumps({"statements": rows}, ensure_ascii=False, indent=2))
    elif not rows:
        click.echo("No statements yet: start one with `onevoice new \"TITLE\" --severity major`.")
    else:
        click.echo(text_rows(incidents, settings, now))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        click.echo(f"{len({p.path for p in errors})} file(s) with errors are not listed: run `onevoice check`.", err=True)
        raise SystemExit(1)
