"""`onevoice update`: add an update at the top of a statement's timeline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.commands._common import reports_errors, root_option

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from generator.authoring.editing import EditResult
    from generator.core.model import Settings, Update


def run_update(root: Path, slug: str | None, status: str, message: str, at: str | None, next_update: str | None,
               lang: str | None, reopen: bool = False) -> tuple[EditResult, Settings, datetime]:
    """Add the update and print what happened; returns the edit's result and the settings."""
    from generator.core import clock
    from generator.core.dates import DateError, format_for_people, parse_when
    from generator.authoring.editing import add_update, name_statement
    from generator.core.errors import UsageError
    from generator.core.paths import display_path
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    now = clock.now()
    zone = settings.timezone

    def when(value: str | None, option: str) -> datetime | None:
        if value is None:
            return None
        try:
            return parse_when(value, zone, now)
        except DateError as error:
            raise UsageError(f"error: {option}: {error}\n    hint: e.g. '2026-11-20 10:05', now, or +2h") from None

    slug = name_statement(settings, slug, now)
    result = add_update(settings, slug, status, message, now=now, at=when(at, "--at"),
                        next_update=when(next_update, "--next-update"), lang=lang, reopen=reopen)
    update = result.statement.updates[0]
    if result.reopened is not None:
        click.echo(f"Reopened {slug}, resolved at {format_for_people(result.reopened.at, zone)}: the update "
                   "says so.")
    click.echo(f"Added to {display_path(result.path)}: {format_for_people(update.at, zone)} · {update.status_word}"
               + (f" (the time of this update in {display_path(result.same_as)})" if result.same_as else ""))
    if result.promise_removed:
        click.echo(f"Removed from the summary, which no longer promises a next update: “{result.promise_removed}”")
    if result.statement.next_update:
        click.echo(f"Next update promised by {format_for_people(result.statement.next_update, zone)}.")
    for other in result.lacking:
        lang_code = other.name[:-3].partition(".")[2] or settings.default_language
        click.echo(f"{display_path(other)} now lacks this update: add it with `{_same_update(slug, lang_code, update, zone)}`")
    return result, settings, now


def _same_update(slug: str, lang: str, update: Update, zone: ZoneInfo) -> str:
    """The command that adds `update` to the `lang` file. A resolution is `resolve`, as the
    README says, which takes the other file's time by itself."""
    from generator.core.model import Status

    if update.status is Status.RESOLVED:
        return f"onevoice resolve {slug} --lang {lang} -m \"…\""
    return (f"onevoice update {slug} --lang {lang} --at '{update.at.astimezone(zone):%Y-%m-%d %H:%M}' "
            f"--status {update.status.value} -m \"…\"")


@click.command("update")
@click.argument("slug", required=False)
@click.option("--status", "-s", required=True, help="investigating, identified, monitoring or resolved (or the words of the file's language: identifié, erkannt…).")
@click.option("--message", "-m", required=True, help="What changed, in Markdown.")
@click.option("--at", metavar="TIME",
              help="When it happened (default: now; in a translation, the time of the same update in the other file).")
@click.option("--next-update", "next_update", metavar="TIME", help="Next update promised: a time or a delay such as +2h (default +1h).")
@click.option("--lang", help="Which language file (default: the site's default language).")
@click.option("--reopen", is_flag=True, help="Reopen a resolved statement: the update says it was reopened.")
@root_option
@reports_errors
def command(slug: str | None, status: str, message: str, at: str | None, next_update: str | None, lang: str | None,
            reopen: bool, root: Path) -> None:
    """Insert an update at the top of SLUG's Updates section and set next_update. Every other
    byte of the file stays as it was. A resolved statement is refused unless --reopen.

    SLUG: the statement's name, any part of it no other name has, or nothing when only one
    statement is ongoing."""
    run_update(root, slug, status, message, at, next_update, lang, reopen)
