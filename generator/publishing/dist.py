"""Writer stage for the communication kit: every channel copy, the press release and the crisis
documents of each statement, plus the copy deck, under one output folder.

Layout (all UTF-8, "\\n" line ends):

    <out>/index.html                          the copy deck: every copy, its count against its
                                              limit, a copy button per part (works offline)
    <out>/deck.js                             the deck's only script (no inline script)
    <out>/<slug>/<lang>/copies.json           the statement's entry, as `render --format json`
    <out>/<slug>/<lang>/<channel>/<copy>.txt  one file per copy: `announcement.txt`,
                                              `update-2026-11-20-1005.txt`; the parts of a
                                              thread are separated by a line `---`
    <out>/<slug>/<lang>/email/<copy>.txt      `Subject: …`, a blank line, the plain-text body
    <out>/<slug>/<lang>/email/<copy>.html     the HTML part
    <out>/<slug>/<lang>/press-release.{md,html,txt}
    <out>/<slug>/<lang>/<document file>       memo, Q&A brief, checklist (serious crises)

Everything is rendered before anything is written; a path outside `<out>` or written twice
is refused. The caller gives a fresh folder (the build's staging folder)."""

from __future__ import annotations

from collections import Counter

import json
import posixpath
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from generator.rendering.channels.compose import Copy, render_copies
from generator.rendering.channels.output import (
    DocumentRef,
    StatementCopies,
    as_json_object,
    collect,
    copy_filename,
)
from generator.core.errors import RenderError
from generator.core.model import Incident, Settings, Statement

THREAD_SEPARATOR = "\n\n---\n\n"


class _Files:
    """Planned files: relative path -> text. Guards the output root and double writes."""

    def __init__(self, out_dir: Path):
        self.root = out_dir.resolve()
        self.planned: dict[str, str] = {}

    def add(self, relative: str, text: str) -> str:
        # A string check, not Path.resolve() (a system call per path component): the folder
        # is a fresh staging folder that nothing else has put a symbolic link into.
        key = posixpath.normpath(relative.replace("\\", "/"))
        if key.startswith(("/", "../")) or key in (".", ".."):
            raise RenderError(f"refusing to write {relative!r}: it is outside {self.root}")
        if key in self.planned:
            raise RenderError(f"refusing to write {key} twice: two outputs have the same name")
        self.planned[key] = text if text.endswith("\n") else text + "\n"
        return key

    def write(self) -> list[Path]:
        written = []
        folders: set[Path] = set()
        for key, text in sorted(self.planned.items()):
            target = self.root / key
            if target.parent not in folders:  # one mkdir per folder, not one per file
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            written.append(target)
        return written


# The e-mail's subject line in its file, in the copy's language.
SUBJECT_LABELS = {"en": "Subject:", "fr": "Objet\u00a0:", "de": "Betreff:"}


def _copy_files(files: _Files, base: str, copies: Sequence[Copy], settings: Settings) -> None:
    # Two corrections made at one moment (of two updates) are two copies: each name says which.
    named = Counter((copy.channel, copy_filename(copy, settings.timezone)) for copy in copies)
    for copy in copies:
        shared = named[(copy.channel, copy_filename(copy, settings.timezone))] > 1
        name = f"{base}/{copy.channel}/{copy_filename(copy, settings.timezone, shared)}"
        if copy.subject is not None:
            label = SUBJECT_LABELS.get(copy.lang, SUBJECT_LABELS["en"])  # read by the person who sends it
            files.add(f"{name}.txt", f"{label} {copy.subject}\n\n{copy.parts[0]}")
            if copy.html is not None:
                files.add(f"{name}.html", copy.html)
        else:
            files.add(f"{name}.txt", THREAD_SEPARATOR.join(copy.parts))
            if copy.visual is not None:
                files.add(f"{name}.image-text.txt", copy.visual)


def _document_files(
    files: _Files, base: str, statement: Statement, settings: Settings, siblings: tuple[Statement, ...] = ()
) -> list[DocumentRef]:
    # Written by another module of the renderer stage; imported here so `render` without
    # `--out` does not load them.
    from generator.rendering.documents import render_documents
    from generator.rendering.press import render_press_release

    refs: list[DocumentRef] = []
    if statement.wants_press_release:  # a maintenance notice has none, unless it asks for one
        release = render_press_release(statement, settings)
        for suffix, text in (("md", release.markdown), ("html", release.html), ("txt", release.text)):
            refs.append(DocumentRef("press_release", files.add(f"{base}/press-release.{suffix}", text)))
    if statement.maintenance:
        return refs  # planned work: no crisis memo, Q&A, checklist or reply templates
    for document in render_documents(statement, settings, siblings):
        refs.append(
            DocumentRef(document.kind, files.add(f"{base}/{document.filename}", document.text))
        )
    return refs


def plan_statement(
    files: _Files, statement: Statement, settings: Settings, channels: list[str] | None = None,
    rendered: list[Copy] | None = None, siblings: tuple[Statement, ...] = (),
) -> StatementCopies:
    base = f"{statement.slug}/{statement.lang}"
    copies = rendered if rendered is not None and channels is None else render_copies(
        statement, settings, channels, siblings=siblings)
    _copy_files(files, base, copies, settings)
    documents = _document_files(files, base, statement, settings, siblings)
    entry = collect(statement, settings, copies, documents)
    copies_json = json.dumps(as_json_object([entry])["statements"][0], ensure_ascii=False, indent=2)
    files.add(f"{base}/copies.json", copies_json)
    return entry


def write_dist(
    incidents: list[Incident],
    settings: Settings,
    out_dir: Path,
    *,
    channels: list[str] | None = None,
    langs: list[str] | None = None,
    now: datetime | None = None,
    rendered: dict[Path, list[Copy]] | None = None,
) -> list[Path]:
    """Write every statement's copies and documents and the copy deck under `out_dir`;
    returns the files written, sorted. `channels` and `langs` narrow the output (the
    `render --out` options); by default everything is written. With `now`, only current
    statements get a kit (ongoing, or resolved within the kit window: `Statement.current`).
    `rendered` holds copies already rendered by the check, by statement file."""
    from generator.rendering.channels.deck import deck_script, render_deck

    files = _Files(out_dir)
    entries: list[StatementCopies] = []
    for incident in sorted(incidents, key=lambda found: found.slug):
        for lang, statement in incident.translations.items():
            if (langs and lang not in langs) or (now is not None and not statement.current(now)):
                continue
            # Its other languages tell the same crisis: the checklist ticks a step either shows.
            siblings = tuple(other for other_lang, other in incident.translations.items() if other_lang != lang)
            entries.append(plan_statement(files, statement, settings, channels,
                                          (rendered or {}).get(statement.path), siblings))
    files.add("index.html", render_deck(entries, settings))
    files.add("deck.js", deck_script(settings))
    return files.write()
