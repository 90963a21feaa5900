"""`onevoice render`: print every channel's copy of statements, ready to paste, or as JSON;
with `--out`, write them (and the press release, documents and copy deck) like `build`."""

from __future__ import annotations

from generator.core.text import counted

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.commands._common import reports_errors, root_option

if TYPE_CHECKING:
    from generator.core.model import Incident, Problem
    from generator.rendering.channels.output import DocumentRef


@click.command("render")
@click.argument("slugs", nargs=-1)
@root_option
@click.option(
    "--channel",
    "channels",
    multiple=True,
    metavar="ID",
    help="Only this channel (repeatable): x, bluesky, mastodon, threads, linkedin, facebook, "
    "instagram, sms, email.",
)
@click.option("--lang", metavar="L", help="Only the statements in this language (e.g. fr).")
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: each copy under a header, ready to paste; json: one object for tools.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write the copies, press releases, documents and copy deck into this folder.",
)
@reports_errors
def command(
    slugs: tuple[str, ...],
    root: Path,
    channels: tuple[str, ...],
    lang: str | None,
    output: str,
    out: Path | None,
) -> None:
    """Print the copies of SLUG... for every channel (default: every statement not resolved).
    Each copy is counted the way its platform counts and split into a numbered thread where
    the platform has threads."""
    from generator.rendering.channels.output import as_json_object, as_text
    from generator.rendering.channels.selection import render_statements, select_statements
    from generator.core.errors import ProblemsFound
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    settings = load_settings(root)
    incidents, problems = load_incidents(settings)
    errors = [problem for problem in problems if problem.severity == "error"]
    elsewhere = _errors_elsewhere(errors, slugs)
    if elsewhere:
        # Statements named on the command line render even when another statement is broken:
        # in a crisis the urgent copy must not wait for an unrelated file. Say so all the same.
        errors = [problem for problem in errors if problem not in elsewhere]
        files = sorted({problem.path for problem in elsewhere})
        click.echo(f"note: {counted(len(files), 'other statement file')} with errors left aside "
                   f"({', '.join(files)}); onevoice check shows them", err=True)
    if errors:
        listing = "\n".join(problem.format() for problem in errors)
        raise ProblemsFound(
            errors,
            f"{listing}\n{counted(len(errors), 'error')} in the statements: fix them first (onevoice check)",
        )
    statements = select_statements(incidents, list(slugs) or None, lang)
    if not slugs and not statements:
        # Not a failure (nothing is ongoing), but an empty screen reads like one: say why.
        click.echo(_nothing_to_render(incidents), err=True)
    chosen_channels = list(channels) or None
    entries = render_statements(statements, settings, chosen_channels, incidents)
    if out is not None:
        from generator.rendering.channels.output import StatementCopies
        from generator.publishing.dist import write_dist

        wanted = {statement.slug for statement in statements}
        written = write_dist(
            [incident for incident in incidents if incident.slug in wanted],
            settings,
            out,
            channels=chosen_channels,
            langs=[lang] if lang else None,
        )
        by_statement = _documents_by_statement(written, out)
        entries = [
            StatementCopies(
                entry.statement,
                entry.url,
                entry.copies,
                by_statement.get((entry.statement.slug, entry.statement.lang), ()),
            )
            for entry in entries
        ]
    if output == "json":
        click.echo(json.dumps(as_json_object(entries), ensure_ascii=False, indent=2))
    elif entries:
        click.echo(as_text(entries, settings.timezone), nl=False)


def _errors_elsewhere(errors: list[Problem], slugs: tuple[str, ...]) -> list[Problem]:
    """The errors in files of statements that none of the names given on the command line
    names (with no name, every statement is asked for: none is elsewhere)."""
    from generator.core.paths import slugs_with_words

    if not slugs:
        return []
    erring = sorted({slug for problem in errors if (slug := _slug_of(problem.path))})
    named = {found for slug in slugs for found in ([slug] if slug in erring else slugs_with_words(slug, erring))}
    return [problem for problem in errors if _slug_of(problem.path) not in named | {""}]


def _slug_of(path: str) -> str:
    """A statement's name from its file's path (`x.fr.md` and `x.md` are both `x`); "" for
    any other file (mkdocs.yml), whose errors concern every statement."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name[: -len(".md")].partition(".")[0] if name.endswith(".md") else ""


def _nothing_to_render(incidents: list[Incident]) -> str:
    """Why `render` with no name has nothing to show, and what to type instead."""
    if not incidents:
        return 'nothing to render: there is no statement yet; start one: onevoice new "TITLE" --severity major'
    latest = max(incident.slug for incident in incidents)  # names start with their date
    return (f"nothing to render: every statement is resolved; name one: onevoice render <slug>, "
            f"e.g. onevoice render {latest} (onevoice list shows them all)")


def _documents_by_statement(written: list[Path], out: Path) -> dict[tuple[str, str], tuple[DocumentRef, ...]]:
    """The documents `write_dist` listed in each statement's copies.json."""
    from generator.rendering.channels.output import DocumentRef

    found: dict[tuple[str, str], tuple[DocumentRef, ...]] = {}
    for path in written:
        if path.name == "copies.json":
            entry = json.loads(path.read_text(encoding="utf-8"))
            found[(entry["slug"], entry["lang"])] = tuple(
                DocumentRef(d["kind"], d["path"]) for d in entry["documents"]
            )
    return found
