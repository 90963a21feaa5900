"""`onevoice new`: start a statement from a holding template, ready to publish in minutes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


# The holding template each kind starts from, unless --template says otherwise.
_TEMPLATES = {"breach": "data-breach", "recall": "recall", "maintenance": "maintenance"}


@click.command("new")
@click.argument("title")
@click.option("--severity", type=click.Choice(["minor", "major", "critical"]),
              help="minor: a small problem; major: a real incident; critical: a crisis. "
                   "Required for an incident; a maintenance is minor unless told otherwise.")
@click.option("--kind", type=click.Choice(["incident", "outage", "breach", "recall", "safety", "maintenance"]),
              default="incident", show_default=True,
              help="The kind of crisis (it fits the holding text, the Q&A and the checklist: breach and recall "
                   "have their own templates), or maintenance: planned work announced in advance (needs "
                   "--scheduled-for and --scheduled-until).")
@click.option("--scheduled-for", "scheduled_for", metavar="TIME", help="Maintenance: when the work starts.")
@click.option("--scheduled-until", "scheduled_until", metavar="TIME", help="Maintenance: when the work ends.")
@click.option("--lang", help="Language of the statement (default: the site's default language).")
@click.option("--affected", multiple=True, help="A product, service, region or group affected (repeatable).")
@click.option("--template", help="Holding template from site_templates/holding/: default, data-breach, recall or "
                                 "maintenance (default: the one --kind gives: data-breach for a breach, recall for a "
                                 "recall, maintenance for a maintenance, else default).")
@click.option("--slug", help="File name to use instead of <date>-<title words>.")
@click.option("--at", "at", metavar="TIME",
              help="When the statement opened (its `started` and first update), if not now: e.g. "
                   "'2026-11-20 09:40' for a statement written after the fact.")
@click.option("--next-update", "next_update", metavar="TIME",
              help="When the next update is promised: a time or a delay such as +2h (default +1h).")
@root_option
@reports_errors
def command(title: str, severity: str | None, kind: str, scheduled_for: str | None, scheduled_until: str | None,
            lang: str | None, affected: tuple[str, ...], template: str | None, slug: str | None,
            next_update: str | None, at: str | None, root: Path) -> None:
    """Write statements/<date>-<slug>.md from a holding statement: it acknowledges the
    problem, says the team is on it, promises the next update and has a first
    'investigating' update now. Fill the [SLOTS] it lists, then publish.

    With --kind maintenance, the notice announces planned work: its window, a first
    'scheduled' update now, and no apology (nothing went wrong)."""
    from generator.core import clock
    from generator.checking.run import check_project
    from generator.core.dates import DateError, format_for_file, format_for_people, parse_when
    from generator.authoring.editing import new_statement
    from generator.core.errors import UsageError
    from generator.core.paths import display_path
    from generator.reading.settings import load_settings
    from generator.rendering.site.labels import human_datetime

    settings = load_settings(root)
    now = clock.now()

    def when(value: str | None, option: str) -> datetime | None:
        if value is None:
            return None
        try:
            return parse_when(value, settings.timezone, now)
        except DateError as error:
            example = "-1h" if option == "--at" else "+2h"
            raise UsageError(f"error: {option}: {error}\n    hint: e.g. {example} or '2026-11-20 12:00'") from None

    opened = when(at, "--at")
    if opened is not None and opened > now:
        raise UsageError("error: --at is in the future\n    hint: --at says when the statement opened; "
                         "to promise a time, use --next-update")
    promise = when(next_update, "--next-update")
    if opened is not None and promise is None:
        promise = now + timedelta(hours=1)  # an hour from now, not from a time already past
    extra: dict[str, object] = {}
    if kind == "maintenance":
        start, end = when(scheduled_for, "--scheduled-for"), when(scheduled_until, "--scheduled-until")
        if start is None or end is None:
            raise UsageError("error: a maintenance needs its window\n    hint: add --scheduled-for "
                             "'2026-12-03 22:00' --scheduled-until '2026-12-04 01:00'")
        if end <= start:
            raise UsageError("error: --scheduled-until must be after --scheduled-for\n"
                             "    hint: the window ends after it starts")
        language = lang or settings.default_language
        extra = {"scheduled_for": format_for_file(start, settings.timezone),
                 "scheduled_until": format_for_file(end, settings.timezone),
                 "window_start": human_datetime(start, settings.timezone, language),
                 "window_end": human_datetime(end, settings.timezone, language)}
        severity = severity or "minor"
    elif scheduled_for or scheduled_until:
        raise UsageError("error: --scheduled-for and --scheduled-until are for planned maintenance\n"
                         "    hint: add --kind maintenance")
    elif severity is None:
        raise UsageError("error: an incident needs --severity\n"
                         "    hint: --severity minor (a small problem), major (a real incident) or critical (a crisis)")
    result = new_statement(settings, title, severity, lang=lang or settings.default_language,
                           affected=list(affected), template=template or _TEMPLATES.get(kind, "default"),
                           now=opened or now, slug=slug, next_update=promise, extra=extra,
                           crisis=kind if kind in ("outage", "breach", "recall", "safety") else None)
    click.echo(f"Created {display_path(result.path)}")
    report = check_project(settings, [result.path], now=now)
    slots = [p for p in report.problems if p.category == "placeholder"]
    if slots:
        click.echo("Fill these before publishing:")
        for problem in slots:
            click.echo(f"  {display_path(result.path)}:{problem.line}: {problem.message}")
    statement = result.statement
    if statement.maintenance and statement.scheduled_for and statement.scheduled_until:
        zone = settings.timezone
        click.echo(f"Then run `onevoice check` and `onevoice build`. Window: "
                   f"{statement.scheduled_for.astimezone(zone):%Y-%m-%d %H:%M} to "
                   f"{format_for_people(statement.scheduled_until, zone)}; when the work starts: "
                   f"`onevoice update {statement.slug} --status in_progress -m \"…\"`.")
    elif statement.next_update:
        click.echo(f"Then run `onevoice check` and `onevoice build`. Next update promised: "
                   f"{format_for_people(statement.next_update, settings.timezone)}.")
    else:
        click.echo("Then run `onevoice check` and `onevoice build`.")
