"""`onevoice update`: add an update at the top of a statement's timeline."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


def run_update(root: Path, slug: str, status: str, message: str, at: str | None, next_update: str | None,
               lang: str | None) -> None:
    from generator import clock
    from generator.dates import DateError, parse_when
    from generator.editing import add_update
    from generator.errors import UsageError
    from generator.paths import display_path
    from generator.settings import load_settings

    settings = load_settings(root)
    now = clock.now()

    def when(value: str | None, option: str):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        try:
            return parse_when(value, settings.timezone, now)
        except DateError as error:
            raise UsageError(f"error: {option}: {error}\n    hint: e.g. '2026-11-20 10:05', now, or +2h") from None

    result = add_update(settings, slug, status, message, now=now, at=when(at, "--at"),
                        next_update=when(next_update, "--next-update"), lang=lang)
    update = result.statement.updates[0]
    zone = settings.timezone
    click.echo(f"Added to {display_path(result.path)}: {update.at.astimezone(zone):%Y-%m-%d %H:%M %Z} · {update.status_word}")
    if result.statement.next_update:
        click.echo(f"Next update promised by {result.statement.next_update.astimezone(zone):%Y-%m-%d %H:%M %Z}.")
    for other in result.lacking:
        lang_code = other.name[:-3].partition(".")[2] or settings.default_language
        click.echo(f"{display_path(other)} now lacks this update: add it with "
                   f"`onevoice update {slug} --lang {lang_code} --at '{update.at.astimezone(zone):%Y-%m-%d %H:%M}' "
                   f"--status {update.status.value} -m \"…\"`")


@click.command("update")
@click.argument("slug")
@click.option("--status", "-s", required=True, help="investigating, identified, monitoring or resolved (or the French words).")
@click.option("--message", "-m", required=True, help="What changed, in Markdown.")
@click.option("--at", metavar="TIME", help="When it happened (default: now, in the site's time zone).")
@click.option("--next-update", "next_update", metavar="TIME", help="Next update promised: a time or a delay such as +2h (default +1h).")
@click.option("--lang", help="Which language file (default: the site's default language).")
@root_option
@reports_errors
def command(slug: str, status: str, message: str, at: str | None, next_update: str | None, lang: str | None,
            root: Path) -> None:
    """Insert an update at the top of SLUG's Updates section and set next_update. Every other
    byte of the file stays as it was."""
    run_update(root, slug, status, message, at, next_update, lang)
