"""`onevoice translate`: start a statement's file in another language, with the same facts and
the texts marked for translation."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("translate")
@click.argument("slug", required=False)
@click.option("--lang", required=True, help="The language to translate into (one of the site's languages).")
@click.option("--from", "source_lang", metavar="LANG",
              help="The language file to translate from (default: the statement's main file).")
@root_option
@reports_errors
def command(slug: str | None, lang: str, source_lang: str | None, root: Path) -> None:
    """Write SLUG's file in LANG with the same facts as its source (severity, start, affected,
    promise, spokesperson, every update and correction at the same time, statuses in LANG)
    and the source's texts marked [À TRADUIRE] (into French) or [TO TRANSLATE] (into
    English). `onevoice check` reports each mark, and nothing else in the file, until it is
    translated.

    SLUG: the statement's name, any part of it no other name has, or nothing when only one
    statement is ongoing."""
    from babel import Locale

    from generator.core import clock
    from generator.checking.run import check_project
    from generator.core.dates import format_for_people
    from generator.authoring.editing import name_statement
    from generator.core.paths import display_path
    from generator.reading.settings import load_settings
    from generator.authoring.translating import marker_for, translate_statement

    settings = load_settings(root)
    now = clock.now()
    slug = name_statement(settings, slug, now)
    result = translate_statement(settings, slug, lang, now=now, source_lang=source_lang)
    source, statement = result.source, result.statement
    name = Locale.parse(lang).get_display_name("en")
    updates = len(statement.updates)
    click.echo(f"Created {display_path(result.path)} from {display_path(source.path)}: the same severity, start, "
               + ("affected, " if source.affected else "")
               + (f"promise ({format_for_people(statement.next_update, settings.timezone)}), "
                  if statement.next_update else "")
               + ("spokesperson, " if source.spokesperson else "")
               + f"and {updates} update{'s' if updates != 1 else ''} at the same times, statuses in {name}.")
    report = check_project(settings, [source.path, result.path], now=now)
    slots = [p for p in report.problems if p.category == "placeholder" and p.severity == "error"]
    ours = [p for p in slots if p.path == display_path(result.path)]
    theirs = [p for p in slots if p.path == display_path(source.path)]
    click.echo(f"Translate these {len(ours)} text{'s' if len(ours) != 1 else ''} (marked {marker_for(lang)}), "
               "replacing each mark and the words after it:")
    for problem in ours:
        click.echo(f"  {problem.path}:{problem.line}: {problem.message}")
    if theirs:
        click.echo(f"Note: {display_path(source.path)} still has {len(theirs)} slot(s) of its own, copied as they are; "
                   "`onevoice check` lists them.")
    click.echo("Then run `onevoice check`: until the marks are gone it reports them and nothing else in the file.")
