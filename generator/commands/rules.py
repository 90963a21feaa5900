"""`onevoice rules`: print the linter's rules (id, category, severity, languages, a bad and a
better example) as text, JSON or the Markdown of docs/rules.md."""

from __future__ import annotations

import click

from generator.commands._common import reports_errors


@click.command("rules")
@click.option("--format", "output", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="text for people, json for tools, markdown for docs/rules.md.")
@reports_errors
def command(output: str) -> None:
    """List the crisis-communication rules `onevoice check` applies, with examples.
    docs/rules.md is `onevoice rules --format markdown`."""
    from generator.checking.lint.catalogue import FORMATS

    click.echo(FORMATS[output](), nl=False)
