"""Statement body: `##` sections recognised by heading in any language, and the `###`
updates inside `## Updates` (with their `####` correction notes). Pure: lines in, parts and
located problems out."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from generator.core.dates import FORMAT_HINT, DateError, parse_datetime
from generator.core.languages import (
    CORRECTION_BY_WORD,
    SECTION_BY_HEADING,
    SECTION_HEADINGS,
    STATUS_BY_WORD,
    STATUS_WORDS,
    fold,
)
from generator.core.model import Correction, Section, Status, Update

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SEPARATOR = re.compile(r"\s+[·—–|-]\s+")
_COMMENT_ONLY = re.compile(r"^\s*<!--.*-->\s*$")


@dataclass
class Body:
    sections: list[Section] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    problems: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # line, col, rule, msg, hint
    unknown_headings: list[tuple[int, str]] = field(default_factory=list)


def _trimmed(lines: list[str], first_line: int) -> tuple[str, int]:
    """Join body lines, dropping blank lines around them; return the text and its first line."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end]), first_line + start


def _headings(lines: list[str], first_line: int) -> list[tuple[int, int, str]]:
    """(index, level, text) of every ATX heading outside fenced code blocks."""
    found, fenced = [], False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            found.append((index, len(match.group(1)), match.group(2)))
    return found


def _all_headings() -> list[str]:
    return [h for per_lang in SECTION_HEADINGS.values() for hs in per_lang.values() for h in hs]


def parse_body(lines: list[str], first_line: int, zone: ZoneInfo) -> Body:
    """`lines` are the body's lines; `first_line` is the file line of lines[0]."""
    body = Body()
    headings = [h for h in _headings(lines, first_line) if h[1] <= 2]
    level2 = [h for h in headings if h[1] == 2]
    for index, level, text in headings:
        if level == 1:
            body.problems.append((first_line + index, 1, "format/level-1-heading",
                                  f"'# {text}' is a level-1 heading; sections start with '## '",
                                  "the title comes from `title:` in the front matter; use '## ' for sections"))
    before = lines[: level2[0][0]] if level2 else lines
    for offset, raw in enumerate(before):
        if raw.strip() and not _COMMENT_ONLY.match(raw) and not _HEADING.match(raw):
            body.problems.append((first_line + offset, 1, "format/text-outside-section",
                                  "this text is outside any section and would not be published",
                                  "put it under a '## ' section such as '## Summary'"))
            break
    seen: dict[str, int] = {}
    for position, (index, _, heading) in enumerate(level2):
        end = level2[position + 1][0] if position + 1 < len(level2) else len(lines)
        key = SECTION_BY_HEADING.get(fold(heading))
        line = first_line + index
        if key is None:
            body.unknown_headings.append((line, heading))
        elif key in seen:
            body.problems.append((line, 1, "format/duplicate-section",
                                  f"a second '{heading}' section (the first is at line {seen[key]})",
                                  "merge the two sections into one"))
            continue
        else:
            seen[key] = line
        text, text_line = _trimmed(lines[index + 1 : end], line + 1)
        body.sections.append(Section(key, heading, text, line, text_line))
        if key == "updates":
            _parse_updates(lines[index + 1 : end], line + 1, zone, body)
    return body


def _parse_updates(lines: list[str], first_line: int, zone: ZoneInfo, body: Body) -> None:
    marks = [(i, text) for i, level, text in _headings(lines, first_line) if level == 3]
    lead = lines[: marks[0][0]] if marks else lines
    for offset, raw in enumerate(lead):
        if raw.strip() and not _COMMENT_ONLY.match(raw):
            body.problems.append((first_line + offset, 1, "format/text-outside-update",
                                  "this text is in Updates but under no update heading",
                                  "start each update with '### 2026-11-20 10:05 · investigating'"))
            break
    for position, (index, heading) in enumerate(marks):
        end = marks[position + 1][0] if position + 1 < len(marks) else len(lines)
        line = first_line + index
        parsed = _update_heading(heading, line, zone, body)
        if parsed is None:
            continue
        at, status, word = parsed
        chunk = lines[index + 1 : end]
        notes = [(i, t) for i, level, t in _headings(chunk, line + 1) if level == 4
                 and fold(_SEPARATOR.split(t, maxsplit=1)[0]) in CORRECTION_BY_WORD]
        text_end = notes[0][0] if notes else len(chunk)
        text, text_line = _trimmed(chunk[:text_end], line + 1)
        if not text:
            body.problems.append((line, 1, "format/empty-update", "this update has no text",
                                  "say what changed, even 'no news yet, next update at 12:00'"))
        corrections = []
        for n, (note_index, note_heading) in enumerate(notes):
            note_end = notes[n + 1][0] if n + 1 < len(notes) else len(chunk)
            note_line = line + 1 + note_index
            parts = _SEPARATOR.split(note_heading, maxsplit=1)
            try:
                when = parse_datetime(parts[1], zone) if len(parts) == 2 else None
            except DateError as error:
                body.problems.append((note_line, 1, "format/date", f"correction time: {error}", FORMAT_HINT))
                continue
            if when is None:
                body.problems.append((note_line, 1, "format/correction-heading",
                                      "a correction heading needs its time",
                                      "write '#### Correction · 2026-11-20 11:30'"))
                continue
            note_text, note_text_line = _trimmed(chunk[note_index + 1 : note_end], note_line + 1)
            if not note_text:
                body.problems.append((note_line, 1, "format/empty-correction", "this correction has no text",
                                      "say what was wrong and what is right"))
            if when <= at:
                body.problems.append((note_line, 1, "format/correction-before-update",
                                      "a correction must come after the update it corrects",
                                      "give the time the correction was made"))
            corrections.append(Correction(when, note_text, note_line, note_text_line))
        body.updates.append(Update(at, status, text, line, text_line, word, tuple(corrections)))


def _update_heading(heading: str, line: int, zone: ZoneInfo, body: Body) -> tuple[datetime, Status, str] | None:
    parts = _SEPARATOR.split(heading)
    if len(parts) < 2:
        body.problems.append((line, 5, "format/update-heading",
                              f"'### {heading}' is not an update heading",
                              "write '### 2026-11-20 10:05 · investigating' (time, separator, status)"))
        return None
    when_text, word = " - ".join(parts[:-1]), parts[-1].strip()
    status_key = STATUS_BY_WORD.get(fold(word))
    problem = False
    if status_key is None:
        words = sorted({w for per in STATUS_WORDS.values() for ws in per.values() for w in ws})
        close = difflib.get_close_matches(fold(word), [fold(w) for w in words], n=1, cutoff=0.5)
        suggestion = next((w for w in words if close and fold(w) == close[0]), None)
        body.problems.append((line, 5 + len(heading) - len(word), "format/unknown-status",
                              f"unknown status '{word}'",
                              f"did you mean '{suggestion}'?" if suggestion
                              else "use investigating, identified, monitoring or resolved"))
        problem = True
    try:
        at = parse_datetime(when_text, zone)
    except DateError as error:
        body.problems.append((line, 5, "format/date", f"update time: {error}", FORMAT_HINT))
        return None
    if problem or status_key is None:
        return None
    return at, Status(status_key), word


def close_heading(heading: str) -> str | None:
    """The known section heading a misspelled one probably meant."""
    names = _all_headings()
    close = difflib.get_close_matches(fold(heading), [fold(n) for n in names], n=1, cutoff=0.75)
    near = next((n for n in names if close and fold(n) == close[0]), None)
    if near and _other_last_word(fold(heading), fold(near)):
        return None  # « Ce que nous changeons » is a section of its own, no misspelt « Ce que nous faisons »
    return near


def _other_last_word(heading: str, known: str) -> bool:
    """Whether two headings differ by a whole last word, not by a slip ("What we are changing"
    beside "What we are doing"; never "What we are doign")."""
    mine, theirs = heading.split(), known.split()
    if len(mine) != len(theirs) or mine[:-1] != theirs[:-1]:
        return False
    return difflib.SequenceMatcher(None, mine[-1], theirs[-1]).ratio() < 0.6
