"""`onevoice new`: start a statement from a holding template, ready to publish in minutes."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("new")
@click.argument("title")
@click.option("--severity", type=click.Choice(["minor", "major", "critical"]), required=True,
              help="minor: a false note; major: a real incident; critical: a crisis.")
@click.option("--lang", help="Language of the statement (default: the site's default language).")
@click.option("--affected", multiple=True, help="A product, service, region or group affected (repeatable).")
@click.option("--template", default="default", show_default=True,
              help="Holding template from site_templates/holding/ (e.g. data-breach).")
@click.option("--slug", help="File name to use instead of <date>-<title words>.")
@click.option("--next-update", "next_update", metavar="TIME",
              help="When the next update is promised: a time or a delay such as +2h (default +1h).")
@root_option
@reports_errors
def command(title: str, severity: str, lang: str | None, affected: tuple[str, ...], template: str,
            slug: str | None, next_update: str | None, root: Path) -> None:
    """Write statements/<date>-<slug>.md from a holding statement: it acknowledges the
    problem, says the team is on it, promises the next update and has a first
    'investigating' update now. Fill the [SLOTS] it lists, then publish."""
    from generator import clock
    from generator.checking import check_project
    from generator.dates import DateError, format_for_people, parse_when
    from generator.editing import new_statement
    from generator.errors import UsageError
    from generator.paths import display_path
    from generator.settings import load_settings

    settings = load_settings(root)
    now = clock.now()
    promise = None
    if next_update:
        try:
            promise = parse_when(next_update, settings.timezone, now)
        except DateError as error:
            raise UsageError(f"error: --next-update: {error}\n    hint: e.g. +2h or '2026-11-20 12:00'") from None
    result = new_statement(settings, title, severity, lang=lang or settings.default_language,
                           affected=list(affected), template=template, now=now, slug=slug, next_update=promise)
    click.echo(f"Created {display_path(result.path)}")
    report = check_project(settings, [result.path], now=now)
    slots = [p for p in report.problems if p.category == "placeholder"]
    if slots:
        click.echo("Fill these before publishing:")
        for problem in slots:
            click.echo(f"  {display_path(result.path)}:{problem.line}: {problem.message}")
    promise = result.statement.next_update
    click.echo("Then run `onevoice check` and `onevoice build`."
               + (f" Next update promised: {format_for_people(promise, settings.timezone)}." if promise else ""))
