"""Writers for the authoring commands: `new` creates a statement from a holding template;
`update` and `resolve` add an update. Edits touch only the lines they must (every other byte
stays as written), happen under a lock, and land by atomic rename: two editors at once both
land, in order, and a crash never leaves a truncated file."""

from __future__ import annotations

import difflib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock

from generator.dates import format_for_file
from generator.errors import EditError, UsageError
from generator.languages import STATUS_BY_WORD, STATUS_WORDS, fold, status_word
from generator.model import Settings, Statement, Status
from generator.paths import display_path
from generator.reader import CLOCK_SKEW, SLUG, SLUG_MAX, parse_statement, statements_folder_problem
from generator.templates import available, find_template, text_environment

DEFAULT_NEXT_UPDATE = timedelta(hours=1)


@dataclass(frozen=True)
class EditResult:
    path: Path
    statement: Statement
    lacking: tuple[Path, ...] = ()  # translations that do not have the new update yet


# --- files -------------------------------------------------------------------------------

def atomic_write(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, flushed to disk, then rename."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def statement_lock(settings: Settings, path: Path) -> FileLock:
    # Lock files live outside statements/ so nobody commits them by mistake.
    folder = settings.root / ".onevoice" / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / f"{path.name}.lock"), timeout=30)


# --- new ---------------------------------------------------------------------------------

def slugify(title: str, day: datetime) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", ascii_title.lower()).split()
    slug = day.strftime("%Y-%m-%d")
    for word in words:
        if len(slug) + 1 + len(word) > SLUG_MAX:
            break
        slug += "-" + word
    return slug


def _lower_first(text: str) -> str:
    # "Card payments failing" -> "card payments failing", but keep acronyms ("API errors").
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _refuse_outside(settings: Settings) -> None:
    problem = statements_folder_problem(settings)
    if problem is not None:
        raise EditError(problem.format())


def new_statement(settings: Settings, title: str, severity: str, *, lang: str, affected: list[str],
                  template: str, now: datetime, slug: str | None = None,
                  next_update: datetime | None = None, extra: dict[str, object] | None = None) -> EditResult:
    """`extra`: more values for the template (a maintenance's window)."""
    if lang not in settings.languages:
        close = difflib.get_close_matches(lang, settings.languages, n=1)
        raise UsageError(f"error: '{lang}' is not a site language\n    hint: "
                         + (f"did you mean '{close[0]}'? " if close else "")
                         + f"site languages: {', '.join(settings.languages)}")
    relative = f"holding/{template}.{lang}.md.j2"
    if find_template(settings.root, relative) is None:
        names = available(settings.root, "holding", f".{lang}.md.j2")
        close = difflib.get_close_matches(template, names, n=1)
        raise UsageError(f"error: no holding template '{template}' in {lang}\n    hint: "
                         + (f"did you mean '{close[0]}'? " if close else "")
                         + f"available: {', '.join(names) or 'none'} (site_templates/holding/)")
    _refuse_outside(settings)
    local_now = now.astimezone(settings.timezone).replace(second=0, microsecond=0)
    slug = slug or slugify(title, local_now)
    if not SLUG.match(slug) or len(slug) > SLUG_MAX:
        raise UsageError(f"error: '{slug}' is not a valid statement name\n    hint: use lower-case letters, "
                         f"digits and hyphens, at most {SLUG_MAX} characters, e.g. 2026-11-20-card-payments")
    suffix = "" if lang == settings.default_language else f".{lang}"
    path = settings.statements_path / f"{slug}{suffix}.md"
    if path.exists():
        raise EditError(f"error: {display_path(path)} already exists\n    hint: add an update with "
                        f"`onevoice update {slug} --status identified -m \"…\"`, or choose another --slug")
    promise = next_update or local_now + DEFAULT_NEXT_UPDATE
    environment = text_environment(settings.root)
    environment.filters.update(
        yaml_str=lambda value: json.dumps(str(value), ensure_ascii=False),
        yaml_list=lambda values: "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]",
        lower_first=_lower_first,
    )
    text = environment.get_template(relative).render(
        title=title.strip(), severity=severity, started=format_for_file(local_now, settings.timezone),
        now=format_for_file(local_now, settings.timezone), affected=affected,
        next_update=format_for_file(promise, settings.timezone),
        next_update_time=promise.astimezone(settings.timezone).strftime("%H:%M %Z"),
        **(extra or {}),
    )
    statement, problems = parse_statement(path, text.encode(), settings, now)
    if statement is None:
        raise EditError("error: the holding template does not give a valid statement:\n"
                        + "\n".join(p.format() for p in problems)
                        + f"\n    hint: fix site_templates/{relative}")
    settings.statements_path.mkdir(parents=True, exist_ok=True)
    with statement_lock(settings, path):
        if path.exists():
            raise EditError(f"error: {display_path(path)} was just created by someone else")
        atomic_write(path, text)
    return EditResult(path, statement)


# --- update / resolve --------------------------------------------------------------------

def find_statement(settings: Settings, slug: str, lang: str | None) -> Path:
    _refuse_outside(settings)
    folder = settings.statements_path
    files = {p.name[:-3]: p for p in folder.glob("*.md") if not p.name.startswith("_")} if folder.is_dir() else {}
    slugs = sorted({name.partition(".")[0] for name in files})
    if slug not in slugs:
        close = difflib.get_close_matches(slug, slugs, n=1, cutoff=0.5)
        raise UsageError(f"error: no statement '{slug}' in {display_path(folder)}\n    hint: "
                         + (f"did you mean '{close[0]}'?" if close else "`onevoice list` shows the statements"))
    langs = [lang] if lang else list(settings.languages)
    for code in langs:
        name = slug if code == settings.default_language else f"{slug}.{code}"
        if name in files:
            return files[name]
    have = [n.partition(".")[2] or settings.default_language for n in files if n.partition(".")[0] == slug]
    raise UsageError(f"error: '{slug}' has no {lang} file\n    hint: it exists in {', '.join(have)}")


def _status(word: str) -> Status:
    key = STATUS_BY_WORD.get(fold(word))
    if key is None:
        words = [w for per_lang in STATUS_WORDS.values() for ws in per_lang.values() for w in ws]
        close = difflib.get_close_matches(fold(word), words, n=1, cutoff=0.5)
        raise UsageError(f"error: unknown status '{word}'\n    hint: "
                         + (f"did you mean '{close[0]}'? " if close else "")
                         + "use investigating, identified, monitoring or resolved; for a planned "
                         "maintenance: scheduled, in_progress, verifying or completed")
    return Status(key)


def _set_next_update(lines: list[str], closing: int, value: str | None) -> list[str]:
    """Replace, add or (value None) remove the `next_update:` line, keeping any comment."""
    for index in range(1, closing):
        match = re.match(r"^(next_update\s*:\s*)(\S.*?)?(\s+#.*)?$", lines[index])
        if match:
            if value is None:
                return lines[:index] + lines[index + 1 :]
            lines[index] = f"{match.group(1)}{value}{match.group(3) or ''}"
            return lines
    if value is None:
        return lines
    return lines[:closing] + [f"next_update: {value}"] + lines[closing:]


def add_update(settings: Settings, slug: str, status: str, message: str, *, now: datetime,
               at: datetime | None = None, next_update: datetime | None = None, lang: str | None = None,
               keep_promise: bool = False) -> EditResult:
    """Insert a `### <time> · <status>` update at the top of the Updates section."""
    path = find_statement(settings, slug, lang)
    wanted = _status(status)
    text_in = message.strip()
    if not text_in:
        raise UsageError("error: the update has no text\n    hint: say what changed with -m \"…\", even "
                         "\"No news yet; next update at 12:00.\"")
    if any(re.match(r"^\s{0,3}#{1,3}\s", line) for line in text_in.splitlines()):
        raise UsageError("error: the update text contains a heading line (#, ## or ###), which would break "
                         "the statement's structure\n    hint: remove the # at the start of the line")
    moment = (at or now).astimezone(settings.timezone).replace(second=0, microsecond=0)
    if moment > now + CLOCK_SKEW:
        raise EditError(f"error: {format_for_file(moment, settings.timezone)} is in the future\n"
                        "    hint: updates are published when they happen; promise the next one with --next-update")
    with statement_lock(settings, path):
        original = path.read_text(encoding="utf-8")
        current, problems = parse_statement(path, original.encode(), settings, now)
        if current is None:
            raise EditError(f"error: {display_path(path)} has errors; fix them before adding an update:\n"
                            + "\n".join(p.format() for p in problems if p.severity == "error"))
        if wanted.kind is not current.kind:
            what = "a planned maintenance" if current.maintenance else "an incident"
            hint = (f"a maintenance ends with `onevoice update {slug} --status completed -m \"…\"`"
                    if wanted is Status.RESOLVED else "use " + ("scheduled, in_progress, verifying or completed"
                                                               if current.maintenance else
                                                               "investigating, identified, monitoring or resolved"))
            raise UsageError(f"error: '{status}' is not a status for {what} ({display_path(path)})\n    hint: {hint}")
        newest = current.updates[0]
        if at is None and moment <= newest.at < moment + CLOCK_SKEW:
            # Two people posting within the same minute: both land, one minute apart, in order.
            moment = newest.at + timedelta(minutes=1)
        if moment <= newest.at:
            raise EditError(f"error: the update time {format_for_file(moment, settings.timezone)} is not after "
                            f"the newest update ({format_for_file(newest.at, settings.timezone)}, line {newest.line})"
                            "\n    hint: updates are added newest first; give a later --at, or leave it out for now")
        newline = "\r\n" if "\r\n" in original else "\n"
        lines = original.split(newline)
        closing = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
        heading = f"### {format_for_file(moment, settings.timezone)} · {status_word(wanted.value, current.lang)}"
        insert_at = newest.line - 1  # the newest update's heading line, 0-based
        lines[insert_at:insert_at] = [heading, *text_in.splitlines(), ""]
        if wanted.final:
            promise = None
        elif next_update is not None:
            promise = format_for_file(next_update, settings.timezone)
        elif current.maintenance:
            # A maintenance's window is its promise: keep one given by hand while ahead, add none.
            ahead = current.next_update and current.next_update > moment
            promise = format_for_file(current.next_update, settings.timezone) if ahead else None
        elif keep_promise and current.next_update and current.next_update > moment:
            promise = format_for_file(current.next_update, settings.timezone)
        else:
            promise = format_for_file(moment + DEFAULT_NEXT_UPDATE, settings.timezone)
        if next_update is not None and next_update <= moment:
            raise EditError("error: --next-update must be after the update\n    hint: e.g. --next-update +2h")
        lines = _set_next_update(lines, closing, promise)
        result = newline.join(lines)
        updated, problems = parse_statement(path, result.encode(), settings, now)
        if updated is None:  # never write a file that no longer parses
            raise EditError("error: the update would make the file invalid:\n"
                            + "\n".join(p.format() for p in problems if p.severity == "error"))
        atomic_write(path, result)
    lacking = tuple(other for other in sorted(path.parent.glob(f"{slug}.*md"))
                    if other != path and other.name.partition(".")[0] == slug)
    return EditResult(path, updated, lacking)
