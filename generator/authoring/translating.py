"""Writer for `onevoice translate`: a statement's file in another language that gives the
same facts as its source and leaves only the words to translate.

The facts are copied: `severity`, `started`, `next_update`, the spokesperson's name, the
location, hashtags, channels and draft flag, and every update and correction with its exact
time (statuses and headings in the target language). The texts are the source's, each
paragraph, list item and front-matter text opened by the target language's marker
(`[À TRADUIRE] We are sorry…`, `[TO TRANSLATE] Nous sommes désolés…`; see
`generator.checking.lint.placeholders`): `check` reports each as a slot, and nothing else about the
file, until the marks are gone. `approved_by` is not copied: each language file is approved
on its own."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.core.dates import DateError, format_for_file, parse_datetime
from generator.authoring.editing import atomic_write, find_statement, refuse_outside, statement_lock
from generator.core.errors import EditError, UsageError
from generator.reading.frontmatter import TITLE_MAX
from generator.core.languages import KNOWN_LANGUAGES, correction_word, section_heading, status_word
from generator.checking.lint.placeholders import TRANSLATION_MARKERS, has_translation_slots
from generator.core.model import Incident, Settings, Statement
from generator.core.paths import display_path
from generator.reading.reader import parse_statement
from generator.reading.translations import check_translations


@dataclass(frozen=True)
class TranslateResult:
    path: Path
    statement: Statement
    source: Statement


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)(.*)$")
_QUOTE = re.compile(r"^(\s{0,3}>\s?)(.*)$")
_HEADING = re.compile(r"^(\s{0,3}#{3,6}\s+)(.*)$")


def marker_for(lang: str) -> str:
    return TRANSLATION_MARKERS.get(lang, TRANSLATION_MARKERS["en"])


def marked(text: str, marker: str) -> str:
    """The source text with the marker opening each paragraph, list item, quote and heading,
    so that no untranslated part loses its mark when the one above it is translated. Code is
    left as it is; comments (notes for the source's authors) are dropped."""
    lines = _COMMENT.sub("", text).strip().split("\n")
    out: list[str] = []
    fenced, opening = False, True
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            opening = not fenced
            continue
        if fenced or not line.strip():
            out.append(line)
            opening = opening or not line.strip()
            continue
        item, quote, heading = _ITEM.match(line), _QUOTE.match(line), _HEADING.match(line)
        if item or heading:
            found = item or heading
            assert found is not None
            out.append(f"{found.group(1)}{marker} {found.group(2)}")
        elif not opening:
            out.append(line)
        elif quote:
            out.append(f"{quote.group(1)}{marker} {quote.group(2)}")
        elif line.lstrip().startswith("|"):  # a table: the mark goes in a paragraph above it
            out += [marker, "", line]
        else:
            indent = len(line) - len(line.lstrip())
            out.append(f"{line[:indent]}{marker} {line[indent:]}")
        opening = False
    return "\n".join(out).strip()


def _exact(moment: datetime, zone: ZoneInfo) -> str:
    """The time as the file writes it: wall time in the site's zone, with seconds or the
    offset only when needed to name the same instant (a repeated hour in autumn)."""
    written = format_for_file(moment, zone)
    try:
        if parse_datetime(written, zone) == moment:
            return written
    except DateError:
        pass
    return moment.astimezone(zone).isoformat(sep=" ")


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _affected_name(item: str, lang: str, marker: str, settings: Settings | None) -> str:
    """A declared component (or audience) keeps its name, in the target language when the
    site gives one; anything else is text to translate."""
    from generator.reading.components import find

    if settings is not None:
        component = find(item, settings.components)
        if component is not None:
            return component.display(lang)
        if any(" ".join(item.casefold().split()) == " ".join(a.casefold().split()) for a in settings.audiences):
            return item
    return f"{marker} {item}"


def _front_matter(source: Statement, marker: str, zone: ZoneInfo, lang: str = "",
                  settings: Settings | None = None) -> list[str]:
    lines = ["---"]
    title = f"{marker} {source.title}"
    if len(title) > TITLE_MAX:  # the mark would make the title too long: the source goes above it
        lines.append(f"# {source.lang}: {source.title}")
        title = marker
    lines += [f"title: {_yaml(title)}", f"severity: {source.severity.value}",
              f"started: {_exact(source.started, zone)}"]
    # The same crisis in every language: its kind, when it began, the maintenance window.
    if source.began is not None:
        lines.append(f"began: {_exact(source.began, zone)}")
    if source.maintenance:
        lines.append("kind: maintenance")
        for key in ("scheduled_for", "scheduled_until"):
            value = getattr(source, key)
            if value is not None:
                lines.append(f"{key}: {_exact(value, zone)}")
    elif source.crisis:
        lines.append(f"kind: {source.crisis}")
    if source.press_release is not None:
        lines.append(f"press_release: {'true' if source.press_release else 'false'}")
    if source.affected:
        lines.append("affected: [" + ", ".join(_yaml(_affected_name(item, lang, marker, settings))
                                               for item in source.affected) + "]")
    # (What the services show is one fact in every language: its names as `affected` gives them.)
    if isinstance(source.component_status, str):
        lines.append(f"component_status: {source.component_status}")
    elif source.component_status:
        lines.append("component_status: {" + ", ".join(
            f"{_yaml(_affected_name(item, lang, marker, settings))}: {status}"
            for item, status in source.component_status.items()) + "}")
    if source.next_update is not None:
        lines.append(f"next_update: {_exact(source.next_update, zone)}")
    if source.spokesperson is not None:
        lines.append(f"spokesperson: {{name: {_yaml(source.spokesperson.name)}, "
                     f"role: {_yaml(f'{marker} {source.spokesperson.role}')}}}")
    if source.location:
        lines.append(f"location: {_yaml(source.location)}")
    if source.hashtags:
        lines.append("hashtags: [" + ", ".join(source.hashtags) + "]")
    if source.channels is not None:
        lines.append("channels: [" + ", ".join(source.channels) + "]")
    if source.draft:
        lines.append("draft: true")
    return [*lines, "---", ""]


def _body(source: Statement, lang: str, marker: str, zone: ZoneInfo) -> list[str]:
    lines: list[str] = []
    for section in source.sections:
        if section.key != "updates":
            heading = section_heading(section.key, lang) if section.key else section.heading
            lines += [f"## {heading}", *([marked(section.text, marker)] if section.text.strip() else []), ""]
            continue
        lines += [f"## {section_heading('updates', lang)}", ""]
        for update in source.updates:
            lines.append(f"### {_exact(update.at, zone)} · {status_word(update.status.value, lang)}")
            lines += [marked(update.text, marker), ""] if update.text.strip() else [""]
            for correction in update.corrections:
                lines += [f"#### {correction_word(lang)} · {_exact(correction.at, zone)}",
                          marked(correction.text, marker), ""]
    return lines


def translate_statement(settings: Settings, slug: str, lang: str, *, now: datetime,
                        source_lang: str | None = None) -> TranslateResult:
    """Write `<slug>.<lang>.md` from the statement's file in `source_lang` (default: its
    main file). Refuses an existing file, a language the site does not have, and a source
    that is itself still to translate."""
    if lang not in settings.languages:
        close = difflib.get_close_matches(lang, settings.languages, n=1)
        raise UsageError(f"error: '{lang}' is not a site language\n    hint: "
                         + (f"did you mean '{close[0]}'? " if close else "")
                         + f"site languages: {', '.join(settings.languages)} (extra.onevoice.languages in mkdocs.yml)")
    refuse_outside(settings)
    source_path = find_statement(settings, slug, source_lang)
    source, problems = parse_statement(source_path, source_path.read_bytes(), settings, now)
    if source is None:
        raise EditError(f"error: {display_path(source_path)} has errors; fix them before translating it:\n"
                        + "\n".join(p.format() for p in problems if p.severity == "error"))
    name = KNOWN_LANGUAGES.get(lang, lang)
    if source.lang == lang:
        raise UsageError(f"error: {display_path(source_path)} is already in {name}\n"
                         "    hint: --lang is the language to translate into; --from the one to translate from")
    if has_translation_slots(source.source):
        raise EditError(f"error: {display_path(source_path)} still has text marked for translation\n"
                        "    hint: translate from a finished file: name its language with --from")
    suffix = "" if lang == settings.default_language else f".{lang}"
    path = settings.statements_path / f"{slug}{suffix}.md"
    if path.exists():
        raise EditError(f"error: {display_path(path)} already exists\n    hint: `onevoice check` lists what it "
                        f"lacks; add a missing update with `onevoice update {slug} --lang {lang} --at <time> ...`")
    zone, marker = settings.timezone, marker_for(lang)
    text = "\n".join(_front_matter(source, marker, zone, lang, settings) + _body(source, lang, marker, zone)).rstrip() + "\n"
    statement, problems = parse_statement(path, text.encode(), settings, now)
    mismatches = check_translations(Incident(slug, {source.lang: source, lang: statement})) if statement else []
    if statement is None or mismatches:  # a bug, not the user's: say so rather than write it
        raise EditError(f"error: the {name} file made from {display_path(source_path)} would not be valid:\n"
                        + "\n".join(p.format() for p in [*problems, *mismatches] if p.severity == "error")
                        + "\n    hint: please report this to onevoice's maintainers with the source file")
    with statement_lock(settings, path):
        if path.exists():
            raise EditError(f"error: {display_path(path)} was just created by someone else")
        atomic_write(path, text)
    return TranslateResult(path, statement, source)
