"""`onevoice send`: deliver every official copy that is due and not yet delivered to the
destinations of mkdocs.yml (`extra.onevoice.delivery`), each exactly once, recorded on the
ledger branch; `--dry-run` prints what would go where and sends nothing."""

from __future__ import annotations

from generator.core.text import counted

import os
import sys
from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


@click.command("send")
@root_option
@click.option("--dry-run", is_flag=True, help="Print exactly what would go where; send and record nothing.")
@click.option("--record-only", is_flag=True, help="Record what is due as sent without sending it (it was "
              "posted by hand); nothing goes out.")
@click.option("--only", metavar="CHANNEL", help="Only the destinations of this channel (email, webhook, "
              "mastodon, bluesky) or with this id.")
@click.option("--ledger-remote", metavar="NAME", default=None,
              help="Git remote holding the ledger branch onevoice-delivery (default: origin when it exists; "
                   "'' for a repository without remote).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also append a Markdown table of what was delivered to this file ($GITHUB_STEP_SUMMARY).")
@reports_errors
def command(root: Path, dry_run: bool, record_only: bool, only: str | None, ledger_remote: str | None,
            summary_path: Path | None) -> None:
    """Deliver each published, approved statement's announcement, then one message per
    update, to every destination with an API (e-mail, webhooks, Mastodon, Bluesky). A
    message is never sent twice: the ledger branch records each step. A destination that
    fails is reported with the platform's answer and tried again on the next run; exit 1."""
    from generator.core.clock import now
    from generator.publishing.delivery.ledger import Ledger, uncommitted
    from generator.publishing.delivery.report import dry_run_text, result_line, summary_markdown
    from generator.publishing.delivery.run import choose, deliver
    from generator.core.errors import ProblemsFound, UsageError
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    if not choose(settings.delivery, only):  # a usage error before any network or git work
        click.echo("note: mkdocs.yml has no `extra.onevoice.delivery` destinations: nothing to send "
                   "(docs/delivery.md shows how to add them)")
        return
    incidents, problems = load_incidents(settings)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        listing = "\n".join(problem.format() for problem in errors)
        raise ProblemsFound(errors, f"{listing}\n{counted(len(errors), 'error')} in the statements: nothing was sent; "
                                    "fix them first (onevoice check)")
    if not dry_run:
        changed = uncommitted(settings.root, [settings.statements_dir, "mkdocs.yml"])
        if changed:
            raise UsageError("error: uncommitted changes in " + ", ".join(changed) + ": `send` delivers what "
                             "is published, never a text that is not\n    hint: commit and publish first "
                             "(or use --dry-run to see what would go out)")
    remote = ledger_remote if ledger_remote is not None else _default_remote(settings.root)
    ledger = Ledger(settings.root, remote or None)
    if dry_run and record_only:
        raise UsageError("error: --dry-run and --record-only cannot go together\n"
                         "    hint: --dry-run first, to see what --record-only would record")
    report = deliver(settings, incidents, ledger, now=now(), environ=os.environ, only=only, dry_run=dry_run,
                     record_only=record_only, log=lambda line: click.echo(line, err=True))
    for note in report.notes:
        click.echo(f"note: {note}")
    if dry_run:
        click.echo(dry_run_text(report), nl=False)
    else:
        for result in report.results:
            click.echo(result_line(result), err=result.state == "failed")
    if summary_path is not None:
        with summary_path.open("a", encoding="utf-8") as out:
            out.write(summary_markdown(report, dry_run, ledger.where))
    if report.failed:
        click.echo(f"{len(report.failed)} destination(s) failed: the rest was delivered and recorded on "
                   f"{ledger.where}; the failed messages are tried again on the next run", err=True)
        sys.exit(1)


def _default_remote(root: Path) -> str:
    import subprocess

    result = subprocess.run(["git", "remote"], cwd=root, capture_output=True, text=True)
    return "origin" if "origin" in result.stdout.split() else ""
