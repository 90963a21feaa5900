"""Stage 1, files → parsed model. Reads every statement file (bytes decoded here, bounded in
size), splits front matter from body, validates both, and groups language files by slug.
Problems are collected, never raised: one bad file does not hide the others' problems."""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from generator.core import clock
from generator.reading.body import close_heading, parse_body
from generator.reading.frontmatter import validate
from generator.core.languages import (
    INCIDENT_STATUS_KEYS,
    KNOWN_LANGUAGES,
    MAINTENANCE_STATUS_KEYS,
    REQUIRED_SECTIONS,
    section_heading,
    status_words,
)
from generator.core.markup import unclosed_comment
from generator.core.model import Incident, Kind, Problem, Settings, Statement, Update
from generator.core.paths import display_path
from generator.reading.translations import check_translations
from generator.reading.yaml_source import YamlError, load_mapping

MAX_FILE_BYTES = 512 * 1024  # a long crisis with 500 updates is ~150 KB
MAX_LINE_CHARS = 10_000
MAX_UPDATES = 2_000
CLOCK_SKEW = timedelta(minutes=5)  # updates "in the future" by less than this are fine
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_MAX = 80
# Names mkdocs gives a meaning to: `press/index.md` is the newsroom, `statements/index.md` would
# become the /statements/ page itself.
RESERVED_SLUGS = frozenset({"index", "readme"})

Positions = dict[str, tuple[int, int]]  # a front-matter key's line and column (yaml_source)


class _FileProblems:
    def __init__(self, path: Path):
        self.path = display_path(path)
        self.items: list[Problem] = []

    def error(self, line: int, column: int, rule: str, message: str, hint: str = "") -> None:
        self.items.append(Problem(self.path, line, column, "error", rule, message, hint))

    def warning(self, line: int, column: int, rule: str, message: str, hint: str = "") -> None:
        self.items.append(Problem(self.path, line, column, "warning", rule, message, hint))


def split_name(path: Path, settings: Settings, out: _FileProblems) -> tuple[str, str] | None:
    """`<slug>.md` or `<slug>.<lang>.md` → (slug, lang)."""
    stem = path.name[: -len(".md")]
    slug, dot, lang = stem.partition(".")
    ok = True
    if dot and not lang:
        out.error(1, 1, "format/language", f"the file name '{path.name}' has an empty language suffix",
                  f"rename it to '{slug}.md' or '{slug}.<lang>.md'")
        return None
    lang = lang or settings.default_language
    if lang not in settings.languages:
        close = difflib.get_close_matches(lang, list(settings.languages) + list(KNOWN_LANGUAGES), n=1)
        out.error(1, 1, "format/language",
                  f"the file name says language '{lang}', which is not a site language",
                  (f"did you mean '{close[0]}'? " if close else "")
                  + f"site languages: {', '.join(settings.languages)} (extra.onevoice.languages)")
        ok = False
    if not SLUG.match(slug) or len(slug) > SLUG_MAX:
        suggestion = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-")[:SLUG_MAX] or "2026-11-20-card-payments"
        out.error(1, 1, "format/slug",
                  f"the file name '{path.name}' is not a valid statement name",
                  f"use lower-case letters, digits and hyphens, at most {SLUG_MAX} characters: "
                  f"rename it to '{suggestion}{'' if lang == settings.default_language else '.' + lang}.md'")
        ok = False
    elif slug in RESERVED_SLUGS:
        out.error(1, 1, "format/slug",
                  f"'{slug}' cannot name a statement: the site uses it for its own pages (the newsroom is press/index)",
                  f"name the statement after its date and subject: rename it to "
                  f"'2026-11-20-{slug}-outage{'' if lang == settings.default_language else '.' + lang}.md' or similar")
        ok = False
    return (slug, lang) if ok else None


def decode(data: bytes, out: _FileProblems) -> str | None:
    if len(data) > MAX_FILE_BYTES:
        out.error(1, 1, "format/too-large",
                  f"the file is {len(data) // 1024} KB; statements are limited to {MAX_FILE_BYTES // 1024} KB",
                  "move old updates to a new statement, or check that this is the right file")
        return None
    if not data.strip():
        out.error(1, 1, "format/empty", "the file is empty", "start from `onevoice new \"TITLE\" --severity major`")
        return None
    if b"\x00" in data:
        out.error(1, 1, "format/binary", "this is not a text file (it contains binary data)",
                  "statements are Markdown text files; remove this file from statements/")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        out.error(line, column, "format/encoding", "the file is not UTF-8 text",
                  "save it as UTF-8 in your editor (often 'Save with encoding' → UTF-8)")
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for number, row in enumerate(text.split("\n"), start=1):
        if len(row) > MAX_LINE_CHARS:
            out.error(number, 1, "format/line-too-long",
                      f"line {number} is {len(row)} characters long; the limit is {MAX_LINE_CHARS}",
                      "break it into paragraphs")
            return None
    return text


# A flow list cuts at every comma: `[Poêlée 1,5 kg]` is "Poêlée 1" and "5 kg".
_SPLIT_DECIMAL = re.compile(r"^(\s*(?:affected|hashtags)\s*:\s*\[)(.*\d,\d.*)\]\s*$")


def _warn_split_decimals(front: list[str], out: _FileProblems) -> None:
    """A figure with a decimal comma inside a flow list (« 1,5 kg ») is two names to YAML: said,
    with how to write it, before the page lists "Poêlée 1" and "5 kg"."""
    for index, text in enumerate(front):
        found = _SPLIT_DECIMAL.match(text)
        if not found:
            continue
        figure = re.search(r"[^,\[\]]*\d(,)\d[^,\[\]]*", found.group(2))
        if figure is None:
            continue
        name = figure.group(0).strip()
        out.warning(index + 2, found.start(2) + figure.start(1) + 1, "format/front-matter",
                    f"the comma in “{name}” cuts it in two names",
                    f"put the name in quotes: `\"{name}\"`, or write the list one name a line (`- {name}`)")


def parse_statement(path: Path, data: bytes, settings: Settings, now: datetime | None = None) -> tuple[Statement | None, list[Problem]]:
    """Parse one statement file's bytes. Returns the statement (None if it has errors) and
    every problem found."""
    out = _FileProblems(path)
    names = split_name(path, settings, out)
    text = decode(data, out)
    if text is None:
        return None, out.items
    lines = text.split("\n")
    if lines[0].strip() != "---":
        out.error(1, 1, "format/no-front-matter", "the file does not start with front matter",
                  "the first line must be '---', then `title:`, `severity:`, `started:`, then '---'")
        return None, out.items
    close = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if close is None:
        out.error(1, 1, "format/unclosed-front-matter", "the front matter opened on line 1 is never closed",
                  "add a line '---' after the last `key: value` line")
        return None, out.items
    try:
        raw, positions = load_mapping("\n".join(lines[1:close]), 2)
    except YamlError as error:
        out.error(error.line, error.column, "format/yaml", error.message, error.hint)
        return None, out.items
    fm = validate(raw, settings.timezone)
    _warn_split_decimals(lines[1:close], out)
    for key, message, hint in fm.problems:
        line, column = positions.get(key, (1, 1))
        rule = "format/unknown-key" if message.startswith("unknown key") else (
            "format/missing-key" if "required key" in message else "format/front-matter")
        out.error(line, column, rule, message, hint)

    body_text = "\n".join(lines[close + 1:])
    opened = unclosed_comment(body_text)
    if opened is not None:
        line = close + 2 + body_text[:opened].count("\n")
        column = opened - (body_text.rfind("\n", 0, opened) + 1) + 1
        out.error(line, column, "format/unclosed-comment",
                  "this `<!--` comment is never closed: the page would hide everything after it, the copies would not",
                  "close it with `-->` (comments are notes for authors, published nowhere), or remove it")
    body = parse_body(lines[close + 1 :], close + 2, settings.timezone)
    for line, column, rule, message, hint in body.problems:
        out.error(line, column, rule, message, hint) if not rule.endswith(("level-1-heading", "outside-section")) \
            else out.warning(line, column, rule, message, hint)
    keys = {s.key for s in body.sections}
    for required in REQUIRED_SECTIONS:
        if required in keys:
            continue
        lang = names[1] if names else settings.default_language
        wanted = section_heading(required, lang)
        guess = next(((ln, h) for ln, h in body.unknown_headings if close_heading(h) == wanted
                      or (close_heading(h) and section_heading(required, "en") == close_heading(h))), None)
        if guess:
            out.error(guess[0], 4, "format/missing-section", f"the required section '{wanted}' is missing",
                      f"did you mean '## {wanted}' instead of '## {guess[1]}'?")
        else:
            out.error(close + 1, 1, "format/missing-section", f"the required section '## {wanted}' is missing",
                      f"add '## {wanted}' with " + ("one or two sentences: the key message" if required == "summary"
                                                    else "at least one '### <time> · <status>' update"))
    missing = [section_heading(r, names[1] if names else "en") for r in REQUIRED_SECTIONS if r not in keys]
    for line, heading in body.unknown_headings:
        near = close_heading(heading)
        if near and near not in missing:  # a missing required section is reported above
            out.warning(line, 4, "format/unknown-section",
                        f"'## {heading}' is not a known section: it will appear on the web page only",
                        f"did you mean '## {near}'?")
    if "summary" in keys and not next(s for s in body.sections if s.key == "summary").text.strip():
        section = next(s for s in body.sections if s.key == "summary")
        out.error(section.line, 1, "format/empty-summary", "the summary is empty",
                  "write the key message in one or two sentences")
    if "updates" in keys and not body.updates and not any(p[2] in ("format/update-heading", "format/date", "format/unknown-status") for p in body.problems):
        section = next(s for s in body.sections if s.key == "updates")
        out.error(section.line, 1, "format/no-updates", "there is no update under '## Updates'",
                  "add '### 2026-11-20 10:05 · investigating' and what you know")
    if len(body.updates) > MAX_UPDATES:
        out.error(close + 2, 1, "format/too-many-updates",
                  f"{len(body.updates)} updates; the limit is {MAX_UPDATES}", "start a new statement")
    _check_update_times(body.updates, fm.values.get("started"), positions, now or clock.now(), out)
    if fm.values.get("next_update") and body.updates and body.updates[0].status.final:
        out.warning(positions["next_update"][0], 1, "format/next-update-resolved",
                    f"`next_update` is set but the statement is {body.updates[0].status.value}",
                    "remove `next_update` (onevoice resolve does it for you)")
    _check_kind(body.updates, fm.values.get("kind"), positions, out)
    _check_components(fm.values.get("affected") or (), settings, positions, out)

    if any(p.severity == "error" for p in out.items) or names is None:
        return None, out.items
    values = fm.values
    statement = Statement(
        path=path, slug=names[0], lang=names[1], title=values["title"], severity=values["severity"],
        started=values["started"], updates=tuple(body.updates), sections=tuple(body.sections),
        affected=values.get("affected") or (), next_update=values.get("next_update"),
        spokesperson=values.get("spokesperson"), location=values.get("location"),
        hashtags=values.get("hashtags") or (), channels=values.get("channels"),
        draft=values.get("draft", False), approved_by=values.get("approved_by") or (),
        key_lines={k: v[0] for k, v in positions.items()}, source=text,
        began=values.get("began"), crisis=values.get("crisis"), headline=values.get("headline"),
        kind=values.get("kind", Kind.INCIDENT), scheduled_for=values.get("scheduled_for"),
        scheduled_until=values.get("scheduled_until"), component_status=values.get("component_status"),
        press_release=values.get("press_release"),
    )
    return statement, out.items


def _check_kind(updates: list[Update], kind: Kind | None, positions: Positions, out: _FileProblems) -> None:
    """An incident's updates use incident statuses, a maintenance's maintenance statuses."""
    if kind is None:
        return
    for update in updates:
        if update.status.kind is kind:
            continue
        word = update.status_word or update.status.value
        if kind is Kind.MAINTENANCE:
            out.error(update.line, 5, "format/status-kind",
                      f"'{word}' is an incident status, and this statement is a planned maintenance",
                      f"a maintenance goes {status_words(MAINTENANCE_STATUS_KEYS)}; if the work went wrong, "
                      "start an incident with `onevoice new`")
        else:
            where = f" (line {positions['kind'][0]})" if "kind" in positions else ""
            out.error(update.line, 5, "format/status-kind",
                      f"'{word}' is a planned-maintenance status, and this statement is an incident{where}",
                      f"use {status_words(INCIDENT_STATUS_KEYS)}, or add `kind: maintenance` to the front matter")


def _check_components(affected: Iterable[str], settings: Settings, positions: Positions,
                      out: _FileProblems) -> None:
    """A name in `affected` that is no declared component shows on no component: a warning."""
    from generator.reading.components import affected_problems

    line, column = positions.get("affected", (1, 1))
    for message, hint in affected_problems(tuple(affected), settings):
        out.warning(line, column, "format/unknown-component", message, hint)


def _check_update_times(updates: list[Update], started: datetime | None, positions: Positions, now: datetime,
                        out: _FileProblems) -> None:
    shown: Callable[[Update], str] = lambda u: u.at.strftime("%Y-%m-%d %H:%M %z")
    for newer, older in itertools.pairwise(updates):
        if newer.at == older.at:
            out.error(older.line, 5, "format/duplicate-update",
                      f"two updates at the same time ({shown(older)}, lines {newer.line} and {older.line})",
                      "merge them, or correct one time")
        elif newer.at < older.at:
            out.error(older.line, 5, "format/update-order",
                      f"updates must be newest first: this one ({shown(older)}) is newer than the one "
                      f"above it at line {newer.line} ({shown(newer)})",
                      "move it above; the newest update goes right under '## Updates'")
    for update in updates:
        if started and update.at < started:
            out.error(update.line, 5, "format/update-before-start",
                      f"this update ({shown(update)}) is before `started` ({started.strftime('%Y-%m-%d %H:%M %z')}, "
                      f"line {positions['started'][0]})", "correct the update's time or `started`")
        if update.at > now + CLOCK_SKEW:
            out.error(update.line, 5, "format/update-in-future",
                      f"this update is in the future ({shown(update)})",
                      "publish updates when they happen; promise the next one with `next_update`")


def statements_folder_problem(settings: Settings) -> Problem | None:
    """The statements folder must really be inside the site root: through a symbolic link,
    onevoice would read, and `new` or `update` would write, somewhere else."""
    folder = settings.statements_path
    if folder.is_symlink() or not folder.resolve().is_relative_to(settings.root.resolve()):
        return Problem(display_path(folder), 1, 1, "error", "format/symlink",
                       "the statements folder is, or goes through, a symbolic link out of the site root",
                       "make statements/ a real folder inside the site root")
    return None


def discover(settings: Settings, paths: list[Path] | None, out: list[Problem]) -> list[Path]:
    """Statement files to read: the given files and folders, or the statements folder.
    Names starting with '_' are ignored; symbolic links are refused (they could point anywhere)."""
    if not paths and not settings.statements_path.exists() and not settings.statements_path.is_symlink():
        return []  # no statement yet (git keeps no empty folder)
    if not paths and not settings.statements_path.is_symlink():
        outside = statements_folder_problem(settings)
        if outside:
            out.append(outside)
            return []
    targets = paths or [settings.statements_path]
    found: list[Path] = []
    for target in targets:
        if target.is_symlink():
            out.append(Problem(display_path(target), 1, 1, "error", "format/symlink",
                               "symbolic links are not read", "copy the file into statements/ instead"))
        elif target.is_dir():
            for child in sorted(target.iterdir()):
                if child.name.startswith("_") or not child.name.endswith(".md"):
                    continue
                if child.is_symlink():
                    out.append(Problem(display_path(child), 1, 1, "error", "format/symlink",
                                       "symbolic links are not read", "copy the file into statements/ instead"))
                elif child.is_file():
                    found.append(child)
        elif target.is_file():
            if not target.name.endswith(".md"):
                out.append(Problem(display_path(target), 1, 1, "error", "format/extension",
                                   "statement files end in .md", f"rename it to {target.stem}.md"))
            else:
                found.append(target)
        else:
            raise FileNotFoundError(target)
    return sorted(set(found))


@dataclass(frozen=True)
class Loaded:
    incidents: list[Incident]
    problems: list[Problem]
    files: int  # statement files read
    # Slugs held back by an error in one of their files or between their translations, with
    # the files that did parse: never published, but `check` still lints them, so every
    # problem of every file shows in one pass instead of in waves.
    held: list[Incident] = field(default_factory=list)


def load_incidents(settings: Settings, paths: list[Path] | None = None,
                   now: datetime | None = None) -> tuple[list[Incident], list[Problem]]:
    """Every statement file parsed and grouped by slug, with every problem found. Incidents
    with a file in error are left out of the list (their problems say why)."""
    loaded = read_all(settings, paths, now)
    return loaded.incidents, loaded.problems


def read_all(settings: Settings, paths: list[Path] | None = None, now: datetime | None = None) -> Loaded:
    problems: list[Problem] = []
    files = discover(settings, paths, problems)
    by_slug: dict[str, dict[str, Statement]] = {}
    failed: set[str] = set()
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(Problem(display_path(path), 1, 1, "error", "format/unreadable",
                                    f"the file cannot be read ({error.strerror or error})",
                                    "check the file's permissions"))
            failed.add(path.name[: -len(".md")].partition(".")[0])
            continue
        statement, found = parse_statement(path, data, settings, now)
        problems.extend(found)
        slug = path.name[: -len(".md")].partition(".")[0]
        if statement is None:
            failed.add(slug)
        elif statement.lang in by_slug.get(slug, {}):
            # `x.md` and `x.en.md` on an English site are the same statement twice.
            first = by_slug[slug][statement.lang]
            problems.append(Problem(display_path(path), 1, 1, "error", "format/duplicate-language",
                                    f"this file is a second '{statement.lang}' version of '{slug}' "
                                    f"(the first is {display_path(first.path)})",
                                    "keep one file per statement and language; merge them and delete this one"))
            failed.add(slug)
        else:
            by_slug.setdefault(slug, {})[statement.lang] = statement
    incidents, held = [], []
    for slug in sorted(by_slug):
        ordered = {lang: by_slug[slug][lang] for lang in settings.languages if lang in by_slug[slug]}
        incident = Incident(slug, ordered)
        found = check_translations(incident)
        problems.extend(found)
        if slug not in failed and not any(p.severity == "error" for p in found):
            incidents.append(incident)
        else:
            held.append(incident)
    return Loaded(incidents, problems, len(files), held)
