"""`onevoice check`: print every problem in the statements; exit 1 if any must be fixed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from generator.commands._common import reports_errors, root_option


def _github(problem) -> str:  # type: ignore[no-untyped-def]
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
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--format", "output", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for Actions annotations.")
@click.option("--since", metavar="REF", help="Also refuse changes to updates published at git revision REF.")
@reports_errors
def command(paths: tuple[Path, ...], root: Path, strict: bool, output: str, since: str | None) -> None:
    """Check statement files (default: the statements folder) against the format and the
    rules of crisis communication. Exit 0 when clean, 1 when problems must be fixed."""
    from generator.checking import check_project
    from generator.settings import load_settings

    settings = load_settings(root)
    report = check_project(settings, list(paths) or None, strict=strict, since=since)
    if output == "json":
        click.echo(json.dumps({
            "statements": report.statements,
            "problems": [p.as_dict() for p in report.problems],
            "suppressed": [p.as_dict() for p in report.suppressed],
        }, ensure_ascii=False, indent=2))
    elif output == "github":
        for problem in report.problems:
            click.echo(_github(problem))
    else:
        for problem in report.problems:
            click.echo(problem.format())
        errors, warnings = len(report.errors), len(report.warnings)
        verdict = "fix the errors above" if report.failed(strict) else "ok"
        click.echo(f"{report.statements} statement file(s) checked: {errors} error(s), {warnings} warning(s)"
                   + (f", {len(report.suppressed)} suppressed" if report.suppressed else "") + f": {verdict}",
                   err=output != "text")
    raise SystemExit(1 if report.failed(strict) else 0)
