"""`onevoice resolve`: the final update; the promise of a next update is removed. Warns when
the summary still describes work in progress."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option
from generator.commands.update import run_update


@click.command("resolve")
@click.argument("slug", required=False)
@click.option("--message", "-m", required=True, help="What was fixed and what people should know, in Markdown.")
@click.option("--at", metavar="TIME", help="When it was resolved (default: now).")
@click.option("--lang", help="Which language file (default: the site's default language).")
@root_option
@reports_errors
def command(slug: str | None, message: str, at: str | None, lang: str | None, root: Path) -> None:
    """Add a 'resolved' update to SLUG and remove next_update.

    SLUG: the statement's name, any part of it no other name has, or nothing when only one
    statement is ongoing."""
    from generator.checking.lint.statement_rules import Context
    from generator.checking.lint.status_rules import STATUS_RULES

    result, settings, now = run_update(root, slug, "resolved", message, at, None, lang)
    for rule in STATUS_RULES:
        if rule.applies_to(result.statement.lang) and rule.check is not None:
            for problem in rule.check(rule, result.statement, Context(settings, now)):
                click.echo(problem.format(), err=True)
