"""Writers for the authoring commands: `new` creates a statement from a holding template;
`update` and `resolve` add an update. Edits touch only the lines they must (every other byte
stays as written), happen under a lock, and land by atomic rename: two editors at once both
land, in order, and a crash never leaves a truncated file. Commands name a statement by its
slug, by any part of it no other slug has, or not at all when only one is ongoing."""

from __future__ import annotations

import difflib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from filelock import FileLock

from generator.core.dates import format_for_file, format_for_people
from generator.core.errors import EditError, UsageError
from generator.core.languages import STATUS_BY_WORD, STATUS_WORDS, fold, status_word
from generator.core.model import Settings, Statement, Status, Update
from generator.core.paths import slugs_with_words, display_path
from generator.reading.reader import CLOCK_SKEW, SLUG, SLUG_MAX, parse_statement, statements_folder_problem
from generator.core.templates import available, find_template, text_environment

DEFAULT_NEXT_UPDATE = timedelta(hours=1)
# A slug made from a title stops at a word boundary before this length: it is typed often.
GENERATED_SLUG_MAX = 60
# The sentence that opens an update which reopens a resolved statement, in the file's language.
REOPENED: dict[str, str] = {"en": "We have reopened this incident.", "fr": "Nous avons rouvert cet incident.",
                            "de": "Wir haben diesen Vorfall wieder eröffnet."}


@dataclass(frozen=True)
class EditResult:
    path: Path
    statement: Statement
    lacking: tuple[Path, ...] = ()  # translations that do not have the new update yet
    reopened: Update | None = None  # the resolution an update with --reopen reopened
    same_as: Path | None = None  # the language file whose update time this update took
    promise_removed: str | None = None  # the summary's promise sentence a resolution took out


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
    # One-letter words are mostly elisions ("l'application" -> "application").
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", ascii_title.lower()).split() if len(w) > 1 or w.isdigit()]
    kept: list[str] = []
    for word in words:
        if len(day.strftime("%Y-%m-%d")) + sum(len(w) + 1 for w in kept) + 1 + len(word) > GENERATED_SLUG_MAX:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in _SLUG_TAIL:  # never "…-risque-de", "…-delays-in-the"
        kept.pop()
    return "-".join([day.strftime("%Y-%m-%d"), *kept])


# Words a cut-off name must not end on.
_SLUG_TAIL = frozenset("""de du des la le les et ou a au aux en sur par pour dans avec un une d l
    of the a an and or to in on at for by with from""".split())


def lower_first(text: str) -> str:
    """A title continued mid-sentence: "Card payments failing" -> "card payments failing",
    "L'application" -> "l'application", "À Lyon" -> "à Lyon"; acronyms stay ("API errors")."""
    first = re.match(r"[^\W\d_]+", text)
    if first is None:
        return text
    word = first.group(0)
    elided = len(word) == 1 and text[1:2] in ("'", "’", " ")
    if len(word) > 1 and word.upper() == word:
        return text  # an acronym: API, SNCF
    return text[:1].lower() + text[1:] if elided or word[1:] == word[1:].lower() else text


def promise_words(promise: datetime, now: datetime, lang: str, zone: ZoneInfo) -> str:
    """When the next update is promised, as a holding statement says it after "will post an
    update": "by 12:30 CET", "by 12:30 CET on 21 November"; « d'ici 12 h 30 CET », « d'ici le
    21 novembre à 12 h 30 CET » (French: no-break spaces, no leading zero); „bis 12:30 Uhr MEZ“,
    „bis zum 21. November um 12:30 Uhr MEZ“."""
    local = promise.astimezone(zone)
    words = _PROMISE_WORDS.get(lang, _PROMISE_WORDS["en"])
    return words(local, local.date() == now.astimezone(zone).date())


def _english_promise(local: datetime, today: bool) -> str:
    from babel.dates import format_date

    time = f"{local:%H:%M} {local.strftime('%Z')}"
    return f"by {time}" if today else f"by {time} on {format_date(local.date(), 'd MMMM', locale='en')}"


def _french_promise(local: datetime, today: bool, abbreviated: bool = False) -> str:
    from babel.dates import format_date

    from generator.rendering.moments import zone_words

    # (« 8 h », never « 8 h 00 »: the French way with a time on the hour)
    minutes = f"\u00a0{local.minute:02d}" if local.minute else ""
    # The clock named as every copy names it, « 12 h (heure suisse) », never « 12 h CEST » beside
    # the copies' own « avant 12 h (heure suisse) »; `abbreviated`: as earlier versions wrote it.
    said = zone_words(local, local.tzinfo, "fr") if isinstance(local.tzinfo, ZoneInfo) and not abbreviated \
        else local.strftime("%Z")
    zone = f"\u00a0({said})" if said.startswith("heure") else f"\u00a0{said}"
    time = f"{local.hour}\u00a0h{minutes}{zone}"
    return f"d’ici {time}" if today else f"d’ici le {format_date(local.date(), 'd MMMM', locale='fr')} à {time}"


def _german_promise(local: datetime, today: bool) -> str:
    from babel.dates import format_date, format_datetime

    # German names the zone its own way (MEZ, MESZ), from CLDR.
    time = f"{local:%H:%M}\u00a0Uhr {format_datetime(local, 'z', tzinfo=local.tzinfo, locale='de')}"
    return f"bis {time}" if today else f"bis zum {format_date(local.date(), 'd. MMMM', locale='de')} um {time}"


_PROMISE_WORDS: dict[str, Callable[[datetime, bool], str]] = {
    "en": _english_promise, "fr": _french_promise, "de": _german_promise}


def refuse_outside(settings: Settings) -> None:
    problem = statements_folder_problem(settings)
    if problem is not None:
        raise EditError(problem.format())


def new_statement(settings: Settings, title: str, severity: str, *, lang: str, affected: list[str],
                  template: str, now: datetime, slug: str | None = None,
                  next_update: datetime | None = None, extra: dict[str, object] | None = None,
                  crisis: str | None = None) -> EditResult:
    """`extra`: more values for the template (a maintenance's window); `crisis`: the kind of
    crisis (`kind:` in the front matter) when the template does not say it."""
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
    refuse_outside(settings)
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
    other = next((p for p in _files(settings).values() if p.name.partition(".")[0] == slug), None)
    if other is not None:  # a fresh holding statement would disagree with it on every fact
        raise EditError(f"error: '{slug}' already exists in another language ({display_path(other)})\n    hint: "
                        f"start this language's file with `onevoice translate {slug} --lang {lang}`: the same "
                        "facts and updates, the texts marked for translation")
    promise = next_update or local_now + DEFAULT_NEXT_UPDATE
    environment = text_environment(settings.root)
    environment.filters.update(
        yaml_str=lambda value: json.dumps(str(value), ensure_ascii=False),
        yaml_list=lambda values: "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]",
        lower_first=lower_first,
    )
    text = environment.get_template(relative).render(
        title=title.strip(), severity=severity, started=format_for_file(local_now, settings.timezone),
        now=format_for_file(local_now, settings.timezone), affected=affected,
        next_update=format_for_file(promise, settings.timezone),
        next_update_time=promise.astimezone(settings.timezone).strftime("%H:%M %Z"),
        next_update_by=promise_words(promise, local_now, lang, settings.timezone),
        gdpr=settings.under_gdpr,  # (a breach's regulator line: the GDPR's 72 hours, or the local law's)
        **(extra or {}),
    )
    if crisis and not re.search(r"^kind:", text, re.MULTILINE):
        text = re.sub(r"^(started: .*)$", rf"\1\nkind: {crisis}", text, count=1, flags=re.MULTILINE)
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


# --- naming a statement -------------------------------------------------------------------

def _files(settings: Settings) -> dict[str, Path]:
    folder = settings.statements_path
    if not folder.is_dir():
        return {}
    return {p.name[:-3]: p for p in folder.glob("*.md") if not p.name.startswith("_")}


def name_statement(settings: Settings, given: str | None, now: datetime) -> str:
    """The slug a command means: `given` itself, the one slug that contains `given` as whole
    words ("order-history"), or, when nothing is given, the one statement still ongoing."""
    refuse_outside(settings)
    slugs = sorted({name.partition(".")[0] for name in _files(settings)})
    folder = display_path(settings.statements_path)
    if given is None:
        return _only_ongoing(settings, now)
    if given in slugs:
        return given
    containing = slugs_with_words(given, slugs)
    if len(containing) == 1:
        return containing[0]
    if containing:
        raise UsageError(f"error: '{given}' is part of {len(containing)} statement names: {', '.join(containing)}"
                         "\n    hint: give more of the name, enough that only one statement has it")
    raise _no_such_statement(given, slugs, folder)


def _no_such_statement(given: str, slugs: list[str], folder: str) -> UsageError:
    inside = [slug for slug in slugs if given.casefold() in slug]
    close = inside if len(inside) == 1 else difflib.get_close_matches(given, slugs, n=1, cutoff=0.5)
    return UsageError(f"error: no statement '{given}' in {folder}\n    hint: "
                      + (f"did you mean '{close[0]}'? (a part of a name is made of whole words)" if close
                         else "`onevoice list` shows the statements"))


def _only_ongoing(settings: Settings, now: datetime) -> str:
    from generator.reading.reader import read_all

    loaded = read_all(settings, now=now)
    # Ongoing in any language: resolving the translation comes after resolving the main file.
    ongoing = sorted(incident.slug for incident in [*loaded.incidents, *loaded.held]
                     if any(not statement.resolved for statement in incident.translations.values()))
    if len(ongoing) == 1:
        return ongoing[0]
    if not ongoing:
        raise UsageError("error: no statement is ongoing, so onevoice cannot tell which one you mean\n"
                         "    hint: name it (any part of its name that no other has will do); `onevoice list` "
                         "shows them all")
    raise UsageError(f"error: {len(ongoing)} statements are ongoing: {', '.join(ongoing)}\n"
                     "    hint: name one (any part of its name that no other has will do)")


def find_statement(settings: Settings, slug: str, lang: str | None) -> Path:
    """The file of `slug` in `lang` (default: the first site language that has one)."""
    refuse_outside(settings)
    files = _files(settings)
    slugs = sorted({name.partition(".")[0] for name in files})
    if slug not in slugs:
        raise _no_such_statement(slug, slugs, display_path(settings.statements_path))
    langs = [lang] if lang else list(settings.languages)
    for code in langs:
        name = slug if code == settings.default_language else f"{slug}.{code}"
        if name in files:
            return files[name]
    have = [n.partition(".")[2] or settings.default_language for n in files if n.partition(".")[0] == slug]
    raise UsageError(f"error: '{slug}' has no {lang} file\n    hint: it exists in {', '.join(have)}"
                     + (f"; start the {lang} file with `onevoice translate {slug} --lang {lang}`"
                        if lang in settings.languages else ""))


# --- update / resolve --------------------------------------------------------------------

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


def _summary_promise_moved(lines: list[str], current: Statement, promise: datetime, moment: datetime,
                           zone: ZoneInfo) -> list[str]:
    """The summary's own promise, as `new` wrote it ("We will post an update by 07:05 CET."),
    moved to the new `next_update`: a summary left as it was would promise a time long past."""
    summary = current.section("summary")
    old = current.next_update
    if summary is None or old is None or old == promise:
        return lines
    new_words = promise_words(promise, moment, current.lang, zone)
    olds = {promise_words(old, day, current.lang, zone) for day in (old, old - timedelta(days=1))}
    if current.lang == "fr":  # (« d'ici 12 h CEST », as earlier versions wrote it)
        olds |= {_french_promise(old.astimezone(zone), today, abbreviated=True) for today in (True, False)}
    start, end = summary.line, next((s.line - 1 for s in current.sections if s.line > summary.line), len(lines))
    # As a person types it too: « d'ici 8 h CET » with plain spaces and apostrophe, « 8 h 00 ».
    # (The longer words first: "by 10:00 CET on 8 December" before "by 10:00 CET", which would
    # leave "…by 18:00 CET on 9 December on 8 December".)
    # One pass over one alternation: replacing each form in turn would find "by 12:00 ADT" again
    # inside the "by 12:00 ADT on 4 May" just written ("…on 4 May on 4 May", newcomer 59).
    pattern = re.compile("|".join(f"(?:{_typed_any_way(words)})" for words in sorted(olds, key=len, reverse=True)))
    for index in range(start, min(end, len(lines))):
        lines[index] = pattern.sub(lambda _: new_words, lines[index])
    return lines


# The summary's promise of a next update, as the holding templates write it and as people do ("We
# will post an update by 12:00 CET.", "…, and we will post an update by…", "Next update at 15:00.",
# « Nous publierons un point d'ici 15 h. », « Prochain point à 15 h. »): with a time (a digit) and up
# to the end of its sentence ("a.m." is not one).
_REST = r"(?:[ap]\.\s?m\.|[^.!?])*?\d(?:[ap]\.\s?m\.|[^.!?])*[.!?]"
_PROMISE_CLAUSE = {
    "en": re.compile(r"(?P<joiner>,?\s+and\s+)?\b(?:we\s+will\s+(?:post|publish|give|share|provide|send)\s+"
                     r"(?:an?\s+|the\s+|more\s+|our\s+|a\s+(?:new|further)\s+)?(?:next\s+)?"
                     r"(?:update|news|information|details)|(?:our\s+|the\s+)?next\s+update)\b" + _REST, re.IGNORECASE),
    "fr": re.compile(r"(?P<joiner>,?\s+et\s+)?\b(?:(?:nous\s+)?(?:publierons|donnerons|communiquerons|ferons)\s+"
                     r"(?:un\s+(?:nouveau\s+)?point|le\s+point|une\s+(?:nouvelle\s+)?mise\s+à\s+jour)|"
                     r"(?:le\s+|notre\s+)?prochain\s+point|(?:la\s+|notre\s+)?prochaine\s+mise\s+à\s+jour)\b"
                     + _REST, re.IGNORECASE),
    "de": re.compile(r"(?P<joiner>,?\s+und\s+)?\b(?:wir\s+melden\s+uns|nächste\s+aktualisierung)\b" + _REST,
                     re.IGNORECASE),
}


def _summary_promise_removed(lines: list[str], current: Statement) -> tuple[list[str], str | None]:
    """A resolution promises no next update: the summary's sentence that did ("We will post an
    update by 12:00 CET.") goes, or its clause after ", and"; the rest of the summary stays as written."""
    summary = current.section("summary")
    pattern = _PROMISE_CLAUSE.get(current.lang)
    if summary is None or pattern is None:
        return lines, None
    end = next((s.line - 1 for s in current.sections if s.line > summary.line), len(lines))
    for index in range(summary.line, min(end, len(lines))):
        line = lines[index]
        for match in pattern.finditer(line):
            if match.group("joiner"):  # "We are investigating, and we will post…": the clause only
                lines[index] = line[:match.start()] + "." + line[match.end():]
                return lines, match.group(0).strip(" ,")
            before = line[:match.start()]
            if before.strip() and not re.search(r"[.!?]\s+$", before):
                continue  # inside a sentence about something else: left as written (`check` warns)
            lines[index] = (before.rstrip() + (" " if before.strip() and line[match.end():].strip() else "")
                            + line[match.end():].lstrip())
            return lines, match.group(0).strip()
    return lines, None


def _typed_any_way(words: str) -> str:
    """A pattern for promise words however spaces and apostrophes are typed, with or without a
    time's « 00 » minutes."""
    pattern = ""
    for token in re.split(r"([\s\u00a0\u202f]+|['’])", words):
        if not token:
            continue
        if token in ("'", "’"):
            pattern += "['’]"
        elif not token.strip():
            pattern += r"[\s\u00a0\u202f]*"
        else:
            pattern += re.escape(token)
    # « 8 h CET » for « 8 h 00 CET » (either way round)
    return re.sub(r"h\[\\s\\u00a0\\u202f\]\*00", r"h(?:[\\s\\u00a0\\u202f]*00)?", pattern)


def _refuse_on_resolved(path: Path, current: Statement, wanted: Status, reopen: bool, zone: ZoneInfo) -> None:
    """An update never reopens a resolved statement by accident; --reopen says it is meant."""
    shown = display_path(path)
    if not current.resolved:
        if reopen:
            latest = current.last_update.status_word or current.status.value
            raise UsageError(f"error: --reopen: {shown} is not resolved (its latest update is '{latest}')\n"
                             "    hint: leave out --reopen")
        return
    when = f"{format_for_people(current.last_update.at, zone)}, line {current.last_update.line}"
    if wanted is Status.RESOLVED:
        raise EditError(f"error: {shown} is already resolved ({when})\n    hint: to change what the resolution "
                        "says, add a correction under it (`#### Correction · <time>`, docs/corrections.md)")
    if not reopen:
        raise EditError(f"error: {shown} is resolved ({when}): this update would reopen it\n    hint: if the "
                        "problem is back, add --reopen (the update then says the incident was reopened); to "
                        "change what the resolution says, add a correction under it (docs/corrections.md)")


def _translated_time(settings: Settings, path: Path, slug: str, current: Statement, wanted: Status,
                     now: datetime) -> tuple[datetime, Path] | None:
    """Where a translation's update goes when no time is given: at the time of the same update
    in the other language files, so nobody retypes it. A translation catching up takes the
    earliest update it lacks when that one has this status (else the one update it lacks with
    this status). None when the other files have no newer update (the update is new: now).
    Several it could be, none first: refused with the commands to choose, never a time that no
    other language has (kit 60: the first of three French updates was stamped "now")."""
    newer: dict[datetime, tuple[Status, Path]] = {}
    for other in sorted(path.parent.glob(f"{slug}.*md")):
        if other == path or other.name.partition(".")[0] != slug:
            continue
        parsed, _ = parse_statement(other, other.read_bytes(), settings, now)
        for update in parsed.updates if parsed else ():
            if update.at > current.updates[0].at:
                newer.setdefault(update.at, (update.status, other))
    if not newer:
        return None
    earliest = min(newer)
    if newer[earliest][0] is wanted:
        return earliest, newer[earliest][1]
    same = [moment for moment, (status, _) in newer.items() if status is wanted]
    if len(same) == 1:
        return same[0], newer[same[0]][1]
    zone = settings.timezone
    lacking = "; ".join(f"{format_for_people(moment, zone)} · {newer[moment][0].value}" for moment in sorted(newer))
    raise UsageError(f"error: {display_path(path)} lacks {len(newer)} updates of the other language files "
                     f"({lacking}), and none of them is the next with status '{wanted.value}'\n"
                     f"    hint: add them in order, the earliest first, or give the time with --at")


def _promise_of(settings: Settings, path: Path, now: datetime) -> datetime | None:
    parsed, _ = parse_statement(path, path.read_bytes(), settings, now)
    return parsed.next_update if parsed is not None else None


def _has_update_at(settings: Settings, path: Path, moment: datetime, now: datetime) -> bool:
    parsed, _ = parse_statement(path, path.read_bytes(), settings, now)
    return parsed is not None and any(update.at == moment for update in parsed.updates)


def add_update(settings: Settings, slug: str, status: str, message: str, *, now: datetime,
               at: datetime | None = None, next_update: datetime | None = None, lang: str | None = None,
               keep_promise: bool = False, reopen: bool = False) -> EditResult:
    """Insert a `### <time> · <status>` update at the top of the Updates section. A resolved
    statement is reopened only with `reopen`, and the update then opens with REOPENED. With
    no `at`, a translation's update takes the time of the same update in its other files."""
    path = find_statement(settings, slug, lang)
    wanted = _status(status)
    zone = settings.timezone
    text_in = message.strip()
    if not text_in:
        raise UsageError("error: the update has no text\n    hint: say what changed with -m \"…\", even "
                         "\"No news yet; next update at 12:00.\"")
    if any(re.match(r"^\s{0,3}#{1,3}\s", line) for line in text_in.splitlines()):
        raise UsageError("error: the update text contains a heading line (#, ## or ###), which would break "
                         "the statement's structure\n    hint: remove the # at the start of the line")
    moment = (at or now).astimezone(zone).replace(second=0, microsecond=0)
    if moment > now + CLOCK_SKEW:
        raise EditError(f"error: {format_for_people(moment, zone)} is in the future\n"
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
        _refuse_on_resolved(path, current, wanted, reopen, zone)
        if reopen:
            text_in = f"{REOPENED.get(current.lang, REOPENED['en'])} {text_in}"
        newest = current.updates[0]
        same_as = _translated_time(settings, path, slug, current, wanted, now) if at is None else None
        if same_as is not None:
            moment = same_as[0].astimezone(zone)
        elif at is None and moment <= newest.at < moment + CLOCK_SKEW:
            # Two people posting within the same minute: both land, one minute apart, in order.
            moment = newest.at + timedelta(minutes=1)
        if moment <= newest.at:
            raise EditError(f"error: the update time {format_for_people(moment, zone)} is not after "
                            f"the newest update ({format_for_people(newest.at, zone)}, line {newest.line})"
                            "\n    hint: updates are added newest first; give a later --at, or leave it out for now")
        newline = "\r\n" if "\r\n" in original else "\n"
        lines = original.split(newline)
        closing = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
        heading = f"### {format_for_file(moment, zone)} · {status_word(wanted.value, current.lang)}"
        # (before the update goes in: it changes no line's number)
        lines, removed = _summary_promise_removed(lines, current) if wanted.final else (lines, None)
        insert_at = newest.line - 1  # the newest update's heading line, 0-based
        lines[insert_at:insert_at] = [heading, *text_in.splitlines(), ""]
        if wanted.final:
            promise = None
        elif next_update is not None:
            promise = format_for_file(next_update, zone)
        elif current.maintenance:
            # A maintenance's window is its promise: keep one given by hand while ahead, add none.
            ahead = current.next_update and current.next_update > moment
            promise = format_for_file(current.next_update, zone) if current.next_update and ahead else None
        elif keep_promise and current.next_update and current.next_update > moment:
            promise = format_for_file(current.next_update, zone)
        elif same_as is not None and _promise_of(settings, same_as[1], now) is not None:
            # A translation of an update promises what the other language promised.
            other_promise = _promise_of(settings, same_as[1], now)
            assert other_promise is not None
            promise = format_for_file(other_promise, zone)
        else:
            promise = format_for_file(moment + DEFAULT_NEXT_UPDATE, zone)
        if next_update is not None and next_update <= moment:
            raise EditError("error: --next-update must be after the update\n    hint: e.g. --next-update +2h")
        lines = _set_next_update(lines, closing, promise)
        if promise is not None and current.next_update is not None:
            promised = datetime.strptime(promise, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
            lines = _summary_promise_moved(lines, current, promised, moment, zone)
        result = newline.join(lines)
        updated, problems = parse_statement(path, result.encode(), settings, now)
        if updated is None:  # never write a file that no longer parses
            raise EditError("error: the update would make the file invalid:\n"
                            + "\n".join(p.format() for p in problems if p.severity == "error"))
        atomic_write(path, result)
    lacking = tuple(other for other in sorted(path.parent.glob(f"{slug}.*md"))
                    if other != path and other.name.partition(".")[0] == slug
                    and not _has_update_at(settings, other, updated.updates[0].at, now))
    return EditResult(path, updated, lacking, reopened=current.last_update if reopen else None,
                      same_as=same_as[1] if same_as else None, promise_removed=removed)
