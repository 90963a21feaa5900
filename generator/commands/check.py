"""`onevoice check`: print every problem in the statements; exit 1 if any must be fixed."""

from __future__ import annotations

from generator.core.text import counted

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.commands._common import reports_errors, root_option

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from generator.checking.run import CheckReport
    from generator.core.model import Problem


def _github(problem: Problem) -> str:
    # Workflow commands need %, CR and LF escaped in the message, and also , and : in properties.
    def esc(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    return (f"::{problem.severity} file={esc(problem.path, True)},line={problem.line},col={problem.column},"
            f"title={esc(problem.rule, True)}::{esc(message)}")


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@root_option
@click.option("--strict", is_flag=True,
              help="Warnings fail too (exit 1); with --since, only those of the statements changed since REF.")
@click.option("--format", "output", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for Actions annotations.")
@click.option("--since", metavar="REF", help="Also refuse changes to updates published at git revision REF.")
@click.option("--summary", "summary", type=click.Path(dir_okay=False, path_type=Path),
              help="Also append a Markdown summary of the problems to this file (e.g. $GITHUB_STEP_SUMMARY).")
@reports_errors
def command(paths: tuple[Path, ...], root: Path, strict: bool, output: str, since: str | None,
            summary: Path | None) -> None:
    """Check statement files (default: the statements folder) against the format and the
    rules of crisis communication. Exit 0 when there is no error (warnings are advice),
    1 when an error must be fixed (or, with --strict, a warning)."""
    from generator.checking.run import check_project
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    report = check_project(settings, list(paths) or None, strict=strict, since=since)
    if output == "json":
        click.echo(json.dumps({
            "statements": report.statements,
            "problems": [p.as_dict() for p in report.problems],
            "suppressed": [p.as_dict() for p in report.suppressed],
            **({"notes": report.notes} if report.notes else {}),
        }, ensure_ascii=False, indent=2))
    elif output == "github":
        for problem in report.problems:
            click.echo(_github(problem))
    else:
        for problem in report.problems:
            click.echo(problem.format())
        for note in report.notes:
            click.echo(note)
        for line in _where_each_stands(report, settings.timezone):
            click.echo(line)
        errors, warnings = len(report.errors), len(report.warnings)
        # --strict fails on warnings alone: say so, never "fix the errors" when there are none.
        verdict = ("ok" if not report.failed(strict) else "fix the errors above" if errors
                   else "--strict fails on warnings: fix them, or check without --strict")
        click.echo(f"{counted(report.statements, 'statement file')} checked: {counted(errors, 'error')}, "
                   f"{counted(warnings, 'warning')}"
                   + (f", {len(report.suppressed)} suppressed" if report.suppressed else "") + f": {verdict}",
                   err=output != "text")
    if summary is not None:
        with summary.open("a", encoding="utf-8") as out:
            out.write(_markdown_summary(report, strict))
    raise SystemExit(1 if report.failed(strict) else 0)


def _where_each_stands(report: CheckReport, zone: ZoneInfo) -> list[str]:
    """One line per statement checked, for the crisis team: its languages, severity, and where
    it stands (the next update promised, overdue, or closed), and its corrections."""
    from generator.core.clock import now as current_time
    from generator.rendering.site.labels import human_datetime

    if not report.incidents:
        return []
    moment = current_time()
    lines = ["Where each statement stands:"]
    for incident in report.incidents:
        statement = incident.primary
        if statement.resolved and statement.resolved_at is not None:
            state = f"closed {human_datetime(statement.resolved_at, zone, 'en')}"
        elif statement.next_update is None:
            state = "open, no next update promised"
        elif statement.next_update < moment:
            state = f"open, the update promised by {human_datetime(statement.next_update, zone, 'en')} is overdue"
        else:
            state = f"open, next update promised by {human_datetime(statement.next_update, zone, 'en')}"
        fixes = sum(len(update.corrections) for update in statement.updates)
        lines.append(f"  {incident.slug} ({', '.join(incident.langs)}): {statement.severity.value}, {state}"
                     + (f"; {counted(fixes, 'correction')}" if fixes else ""))
    return lines


def _markdown_summary(report: CheckReport, strict: bool) -> str:
    """The problems as a Markdown table, errors first, for a CI run's summary page."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "❌ errors block publishing" if report.failed(strict) else "✅ nothing blocks publishing"
    lines = [f"### onevoice check: {counted(errors, 'error')}, {counted(warnings, 'warning')}: {verdict}", ""]
    if report.problems:
        lines += ["| | where | rule | what |", "|---|---|---|---|"]
        for problem in sorted(report.problems, key=lambda p: p.severity != "error"):
            mark = "error" if problem.severity == "error" else "warning"
            lines.append(f"| {mark} | `{cell(problem.path)}:{problem.line}` | {cell(problem.rule)} | "
                         f"{cell(problem.message)} |")
        if warnings and not report.errors:
            lines += ["", "Warnings are judgments for the authors to weigh; they never stop a publish."]
    return "\n".join(lines) + "\n\n"
