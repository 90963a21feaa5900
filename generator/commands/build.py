"""`onevoice build`: check, write the channel copies, build the site; publish all or nothing."""

from __future__ import annotations

from generator.core.text import counted

import sys
from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("build")
@root_option
@click.option("--strict", is_flag=True,
              help="Warnings block the build too (with --since, those of the statements changed since REF).")
@click.option("--since", metavar="REF", help="Refuse changes to updates published at git revision REF.")
@click.option("--preview", is_flag=True,
              help="Build statements still awaiting approval (a pull request's preview; never deploy it).")
@reports_errors
def command(root: Path, strict: bool, since: str | None, preview: bool) -> None:
    """Check every statement; if all pass, write dist/ (copies, press releases, documents,
    copy deck) and build site/ with mkdocs-material. On failure the previous site/ and dist/
    are left exactly as they were."""
    from generator.core import clock
    from generator.publishing.build import build
    from generator.core.paths import display_path
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    interactive = sys.stderr.isatty()

    def progress(stage: str) -> None:
        if interactive:
            click.echo(f"\r\033[K… {stage}", err=True, nl=False)

    result = build(settings, now=clock.now(), strict=strict, since=since, progress=progress, preview=preview)
    if interactive:
        click.echo("\r\033[K", err=True, nl=False)
    warnings = len(result.report.warnings)
    for problem in result.report.warnings:
        click.echo(problem.format(), err=True)
    click.echo(f"Built {display_path(result.site_dir)}/ ({counted(result.published, 'statement')} published) and "
               f"{display_path(result.dist_dir)}/ in {result.seconds:.1f} s"
               + (f"; {counted(warnings, 'warning')}" if warnings else ""))
