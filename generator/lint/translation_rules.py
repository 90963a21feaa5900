"""Stage 2, checks: the translations of one statement must give the same facts. Figures,
dates, times, phone numbers and links are read from each language file in that language's
conventions ("1,240" / "1 240", "2 pm" / "14 h", "2 October" / "2 octobre"), reduced to one
canonical form, and compared section by section and update by update."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from babel.dates import get_month_names

from generator.languages import KNOWN_LANGUAGES
from generator.lint.blocks import title_block
from generator.lint.registry import ERROR, Rule
from generator.lint.sentences import Block
from generator.model import Incident, Problem, Statement
from generator.paths import display_path


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # "link", "phone", "date", "time", "version", "number"
    value: str  # canonical: equal across languages when the fact is the same
    text: str  # as written
    offset: int  # in the block's text


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_URL = re.compile(r"\bhttps?://[^\s<>\]\)\"»”]+|\bwww\.[^\s<>\]\)\"»”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")
_PHONE = re.compile(r"(?<![\w.,])\+?\d[\d \u00a0\u202f.-]{7,}\d(?![\w])")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")
_VERSION = re.compile(r"(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w.]*\d)")
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:\s*([ap])\.?m\.?\b)?", re.IGNORECASE)
_EN_HOUR = re.compile(r"(?<![\d:.,])(1[0-2]|0?\d)\s*([ap])\.?m\.?(?![\w])", re.IGNORECASE)
# French "14 h", "9h30", "21 h 40"; "sous 24 h" and "dans 2 h" are durations.
_FR_HOUR = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\w])")
_FR_DURATION_BEFORE = re.compile(r"(?:dans|sous|en|pendant|durant|toutes\s+les|plus\s+de|moins\s+de|environ|"
                                 r"d'ici|de\s+plus\s+de)\s*$", re.IGNORECASE)
_NUMBER = {
    "en": re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?!\d)"),
    "fr": re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|(?<![\w.,])\d+(?:,\d+)?(?!\d)"),
}


@cache
def _months(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            names[name.casefold().rstrip(".")] = number
    return names


@cache
def _date_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted((re.escape(m) for m in _months(lang)), key=len, reverse=True))
    day_first = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?P<m>{months})\.?"
                           rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w])", re.IGNORECASE)
    month_year = re.compile(rf"(?<![\w])(?P<m>{months})\.?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)
    if lang == "en":
        # English months are capitalised: "May 5" is a date, "may 5" is not.
        month_first = re.compile(rf"(?-i:(?<![\w])(?P<m>{months.title()}))\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                                 rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w])")
        return day_first, month_first, month_year
    return day_first, month_year


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _number_value(text: str, lang: str) -> str:
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if lang == "fr":
        digits = re.sub(r"\.(?=\d{3}\b)", "", digits).replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return format(Decimal(digits).normalize(), "f")
    except InvalidOperation:
        return digits


def facts(text: str, lang: str) -> list[Fact]:
    """The facts of a text, each once per canonical value, in text order."""
    work = _COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Fact] = []

    def take(pattern: re.Pattern[str], kind: str, value) -> None:  # type: ignore[no-untyped-def]
        nonlocal work
        for match in list(pattern.finditer(work)):
            canonical = value(match)
            if canonical is None:
                continue
            found.append(Fact(kind, canonical, text[match.start():match.end()], match.start()))
            work = _blank(work, match.start(), match.end())

    take(_URL, "link", lambda m: m.group(0).rstrip(".,;:!?").rstrip("/").casefold())
    if not _DIGIT.search(work):  # every other kind of fact is written with a digit
        return _unique(found)
    take(_PHONE, "phone", lambda m: re.sub(r"\D", "", m.group(0)) if len(re.sub(r"\D", "", m.group(0))) >= 9 else None)
    take(_ISO_DATE, "date", lambda m: f"{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    months = _months(lang)
    for pattern in _date_patterns(lang):
        take(pattern, "date", lambda m: (f"{months[m.group('m').casefold()]:02d}-{int(m.group('d')):02d}"
                                         if "d" in m.groupdict() and m.group("d") else
                                         f"{m.group('y')}-{months[m.group('m').casefold()]:02d}"))
    take(_NUMERIC_DATE, "date", lambda m: m.group(0))
    take(_VERSION, "version", lambda m: m.group(0).lstrip("v"))

    def clock(m: re.Match[str]) -> str:
        hour = int(m.group(1))
        if m.group(3):  # 2:30 pm
            hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        return f"{hour:02d}:{m.group(2)}"

    take(_CLOCK, "time", clock)
    if lang == "en":
        take(_EN_HOUR, "time", lambda m: f"{int(m.group(1)) % 12 + (12 if m.group(2).lower() == 'p' else 0):02d}:00")
    if lang == "fr":
        take(_FR_HOUR, "time", lambda m: None if _FR_DURATION_BEFORE.search(work[:m.start()])
             else f"{int(m.group(1)):02d}:{m.group(2) or '00'}")
    take(_NUMBER.get(lang, _NUMBER["en"]), "number", lambda m: _number_value(m.group(0), lang))
    return _unique(found)


def _unique(found: list[Fact]) -> list[Fact]:
    unique: dict[tuple[str, str], Fact] = {}
    for fact in sorted(found, key=lambda f: f.offset):
        unique.setdefault((fact.kind, fact.value), fact)
    return list(unique.values())


def _paired_blocks(primary: Statement, other: Statement) -> Iterator[tuple[Block, Block]]:
    """The blocks that translate each other: title, each known section, each update (by time)
    and each of its corrections (by time)."""
    titles = (title_block(primary), title_block(other))
    if titles[0] and titles[1]:
        yield titles[0], titles[1]
    for section in primary.sections:
        if section.key in (None, "updates"):
            continue
        theirs = other.section(section.key)
        if theirs is not None:
            yield (Block(section.text, section.body_line, 1, section.key),
                   Block(theirs.text, theirs.body_line, 1, theirs.key or ""))
    their_updates = {u.at: u for u in other.updates}
    for update in primary.updates:
        match = their_updates.get(update.at)
        if match is None:
            continue
        when = update.at.strftime("%Y-%m-%d %H:%M")
        yield (Block(update.text, update.text_line or update.line + 1, 1, f"update of {when}"),
               Block(match.text, match.text_line or match.line + 1, 1, f"update of {when}"))
        their_corrections = {c.at: c for c in match.corrections}
        for correction in update.corrections:
            theirs_c = their_corrections.get(correction.at)
            if theirs_c is not None:
                yield (Block(correction.text, correction.text_line or correction.line + 1, 1, "correction"),
                       Block(theirs_c.text, theirs_c.text_line or theirs_c.line + 1, 1, "correction"))


def _listing(items: list[Fact]) -> str:
    return ", ".join(f"“{f.text.strip().rstrip('.,;:')}”" for f in items)


def check_facts(rule: Rule, incident: Incident) -> Iterator[Problem]:
    if len(incident.translations) < 2:
        return
    primary = incident.primary
    name = KNOWN_LANGUAGES.get(primary.lang, primary.lang)
    for other in list(incident.translations.values())[1:]:
        for ours, theirs in _paired_blocks(primary, other):
            mine = {(f.kind, f.value): f for f in facts(ours.text, primary.lang)}
            here = {(f.kind, f.value): f for f in facts(theirs.text, other.lang)}
            extra = [f for key, f in here.items() if key not in mine]
            missing = [f for key, f in mine.items() if key not in here]
            if not extra and not missing:
                continue
            where = f"the {name} file ({display_path(primary.path)}, line {ours.line})"
            what = ours.where.replace("_", " ")
            if extra and missing:
                message = f"the {what} says {_listing(extra)} here but {_listing(missing)} in {where}"
            elif extra:
                message = f"the {what} says {_listing(extra)} here, which {where} does not"
            else:
                message = f"the {what} lacks {_listing(missing)}, which {where} gives"
            anchor = extra[0].offset if extra else 0
            line = theirs.line + theirs.text[:anchor].count("\n")
            column = (anchor - theirs.text.rfind("\n", 0, anchor)) if "\n" in theirs.text[:anchor] \
                else theirs.column + anchor
            yield rule.problem(other, line, column, message)


INCIDENT_RULES: list[Rule] = [
    Rule(
        "inconsistent-facts", "inconsistent", ERROR, "incident", ("*",),
        "Error: translations of one statement give different figures, dates, times, phone numbers or links "
        "(compared section by section and update by update, each language read in its own conventions).",
        "English: 'You can retry after 11:00.' French: 'Vous pouvez réessayer après 12 h.'",
        "English: 'You can retry after 11:00.' French: 'Vous pouvez réessayer après 11 h.'",
        {"en": "Give the same figures, dates, times and links in every language: correct whichever is wrong.",
         "fr": "Donnez les mêmes chiffres, dates, heures et liens dans chaque langue : corrigez celle qui se trompe."},
        check_facts,
    ),
]
