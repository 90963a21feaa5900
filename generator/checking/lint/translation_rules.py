"""Stage 2, checks: the translations of one statement must give the same facts. Figures,
percentages, amounts, dates, date ranges, times, phone numbers and links are read from each
language file in that language's conventions ("1,240" / "1 240", "4:15 pm" / "16 h 15",
"March 2-9" / "du 2 au 9 mars", "24/7" / "24 h/24 et 7 j/7"), numbers with Babel, and compared
as values, section by section and update by update.

A fact written differently in the two files (11:00 here, 12 h there) is an error: the tool
is sure. A fact one file gives and the other does not is a warning: a translation may say it
in words ("one in three", « un sur trois ») the tool does not read as a figure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from babel.dates import get_month_names

from generator.core.languages import english_name, section_heading
from generator.checking.lint.blocks import title_block
from generator.checking.lint.registry import ERROR, WARNING, Rule
from generator.checking.lint.sentences import Block
from generator.core.model import Incident, Problem, Statement
from generator.core.paths import display_path


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
_CALL_BEFORE = re.compile(r"\b(?:(?:call|calls|dial|ring|phone|telephone|tel|number|helpline|hotline|appelez|appeler|"
                          r"composez|numéro|numéros|tél|téléphone)\W{0,3}(?:\w+\W+){0,3}|(?:on|au|le|line|ligne|vert),?\s+)$",
                          re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")
_VERSION = re.compile(r"(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w.]*\d)")
# "version 6.12", « la version 6.12 », "v6.1": a name, never the decimal 6.12 nor the French 6.
_NAMED_VERSION = re.compile(r"\b(?:versions?|v|release|build|firmware|iOS|Android)\s?(\d+(?:\.\d+)+)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)(?:\s*([ap])\.?m\.?\b)?", re.IGNORECASE)
# "1 hour 15 minutes", "4 hours and 3 minutes", "2 hrs 5 min": a lapse of time that French writes
# « 1 h 15 », « 4 h 03 »; both are read as hours and minutes, so the two files agree.
# ("a 3-hour-35-minute outage": the same, as one adjective)
_EN_DURATION = re.compile(r"(?<![\d:.,])(\d{1,2})[\s-]*(?:hours?|hrs?)[\s-]*(?:and\s+)?(\d{1,2})[\s-]*(?:minutes?|mins?)\b",
                          re.IGNORECASE)
# « 3 heures 35 minutes », « 2 heures et 5 minutes »: the same lapse of time written in words.
_FR_DURATION = re.compile(r"(?<![\d:.,])(\d{1,2})\s*heures?\s*(?:et\s+)?(\d{1,2})\s*(?:minutes?|min)\b", re.IGNORECASE)
_EN_HOUR = re.compile(r"(?<![\d:.,])(1[0-2]|0?\d)\s*([ap])\.?m\.?(?![\w])", re.IGNORECASE)
# French "14 h", "9h30", "21 h 40"; "sous 24 h" and "dans 2 h" are durations.
_FR_HOUR = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\w])")
_FR_DURATION_BEFORE = re.compile(r"(?:dans|sous|en|pendant|durant|toutes\s+les|plus\s+de|moins\s+de|environ|"
                                 r"de\s+plus\s+de)\s*$", re.IGNORECASE)
# « 3 h 38 après l'arrêt », « 2 h plus tard »: a lapse of time, not the time of day.
_FR_DURATION_AFTER = re.compile(r"^\s*(?:après|plus\s+tard|de\s+retard|d['’]attente)\b", re.IGNORECASE)
# "d'ici 21 h" is a time, "d'ici 2 h" more likely a delay: from 7 h on, read as a time.
# (« jusqu'à 2 h » is until two o'clock: a time; only « d'ici 2 h » may be a delay.)
_FR_BY_BEFORE = re.compile(r"d['’]ici\s*$", re.IGNORECASE)
# Round the clock, however it is written: "24/7", "24 h/24", "24h/24 et 7j/7".
_ALWAYS = {
    "en": re.compile(r"(?<![\d/])24\s?/\s?7(?![\d/])|\b(?:24\s?hours?\s+a\s+day,?\s+)?(?:7|seven)\s+days?\s+a\s+week\b|"
                     r"\b24\s?hours?\s+a\s+day\b", re.IGNORECASE),  # ("24 hours a day" alone is « 24 h/24 »)
    "fr": re.compile(r"(?<![\d/])24\s?h?\s?/\s?24(?:\s*(?:et|,)?\s*7\s?j?(?:ours)?\s?/\s?7)?(?![\d/])|"
                     r"(?<![\d/])7\s?j(?:ours)?\s?/\s?7(?![\d/])|(?<![\d/])24\s?/\s?7(?![\d/])|"
                     # « 7 jours sur 7 », « 24 heures sur 24 », « tous les jours » said the French way
                     r"\b(?:24\s?h(?:eures)?\s+sur\s+24\s*(?:et|,)?\s*)?(?:7|sept)\s+jours\s+sur\s+(?:7|sept)\b|"
                     r"\b24\s?h(?:eures)?\s+sur\s+24\b",
                     re.IGNORECASE),
}
# Round the clock, said in words ("around the clock", « jour et nuit »).
_ROUND_THE_CLOCK = {
    "en": re.compile(r"\b(?:a?round the clock|day and night|24 hours a day|at any hour)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:jour et nuit|nuit et jour|à toute heure|en permanence)\b", re.IGNORECASE),
}
# Every day, said in words in the other language ("seven days a week", « tous les jours »).
_EVERY_DAY = {
    "en": re.compile(r"\b(?:every\s+day|daily|(?:7|seven)\s+days?\s+a\s+week)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:tous\s+les\s+jours|chaque\s+jour|quotidiennement|(?:7|sept)\s?j(?:ours)?\s?(?:/|sur)\s?"
                     r"(?:7|sept))\b", re.IGNORECASE),
}


def _always(match: re.Match[str]) -> str:
    """Round the clock ("24/7", « 24 h/24 ») or every day ("seven days a week", « 7 j/7 »)."""
    return "24/7" if "24" in match.group(0) else "every day"


# "12 noon" is one time, not the figure 12 and noon.
_NOON = {"en": re.compile(r"\b(?:12\s+)?(noon|midday|midnight)\b", re.IGNORECASE),
         # (« le repas de midi », « la pause du midi », « l'heure du midi » are lunch, not a time.)
         "fr": re.compile(r"(?<![-\w])(?<!repas de )(?<!repas du )(?<!pause de )(?<!pause du )(?<!service de )"
                          r"(?<!service du )(?<!menu de )(?<!menu du )(?<!menus de )(?<!menus du )(?<!heure du )"
                          r"(?<!repas de ce )(midi|minuit)\b", re.IGNORECASE)}
_NUMBER = {
    "en": re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?!\d)"),
    # (Swiss French writes amounts "CHF 6.50" and thousands "12'400": a point before one or two
    # digits is a decimal point, never a thousands separator.)
    # (Its sentence may end right after it: « au prix de CHF 6.50. », « à CHF 6.50, dans… ».)
    "fr": re.compile(r"(?<![\w.,])\d+\.\d{1,2}(?!\d|[.,]\d)|"
                     r"(?<![\w.,'’])\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+(?:,\d+)?(?!\d)|(?<![\w.,'’])\d+(?:,\d+)?(?!\d)"),
    # German: "24.000" or "24 000", decimals with a comma ("2,5 %").
    "de": re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|(?<![\w.,])\d+(?:,\d+)?(?!\d)"),
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
    # (German writes the day as an ordinal: "30. November 2026".)
    day_first = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|\.)?\s+(?:of\s+)?(?P<m>{months})\.?"
                           rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w])", re.IGNORECASE)
    month_year = re.compile(rf"(?<![\w])(?P<m>{months})\.?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)
    if lang == "en":
        # English months are capitalised: "May 5" is a date, "may 5" is not.
        month_first = re.compile(rf"(?-i:(?<![\w])(?P<m>{months.title()}))\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                                 rf"(?:,?\s+(?P<y>\d{{4}}))?(?![\w])")
        return day_first, month_first, month_year
    return day_first, month_year


@cache
def _range_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Date ranges: "from 2 to 9 March", "March 2-9", "2–9 March", "between November 17 and
    23", « du 2 au 9 mars », « entre le 17 et le 23 novembre »."""
    months = "|".join(sorted((re.escape(m) for m in _months(lang)), key=len, reverse=True))
    ordinal = r"(?:st|nd|rd|th|er|e|\.)?"
    days_first = re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}}){ordinal}\s*(?:-|–|to|through|until|and|au|à|et|bis|und)\s*"
                            rf"(?:(?:le|the|du)\s+)?(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m>{months})\.?"
                            rf"(?:,?\s+\d{{4}}(?!\d))?(?![\w])",
                            re.IGNORECASE)
    if lang == "en":
        month_days = re.compile(rf"(?-i:(?<![\w])(?P<m>{months.title()}))\.?\s+(?P<d1>\d{{1,2}}){ordinal}\s*"
                                rf"(?:-|–|to|through|until|and)\s*(?:(?P<m2>{months.title()})\.?\s+)?(?P<d2>\d{{1,2}})"
                                rf"{ordinal}(?:,?\s+\d{{4}}(?!\d))?(?![\w])")  # ("…to December 8, 2026": the year is the range's)
        return days_first, month_days
    return (days_first,)


@cache
def _list_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Lists of days in one month: "December 2, 3 and 9", "2, 3 and 9 December", « les 2, 3 et
    9 décembre »: each day is a date (a range pattern would read only the last two)."""
    months = "|".join(sorted((re.escape(m) for m in _months(lang)), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th|er|e|\.)?"
    days = rf"(?P<days>{day}(?:\s*,\s*{day})+\s*,?\s*(?:and|et|und|&)\s*{day})"
    days_first = re.compile(rf"(?<![\d,])\s?{days}\s+(?:of\s+)?(?P<m>{months})\.?(?:,?\s+\d{{4}}(?!\d))?(?![\w])",
                            re.IGNORECASE)
    if lang == "en":
        month_first = re.compile(rf"(?-i:(?<![\w])(?P<m>{months.title()}))\.?\s+{days}(?:,?\s+\d{{4}}(?!\d))?(?![\w])")
        return days_first, month_first
    return (days_first,)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _number_value(text: str, lang: str) -> str:
    """A number as written in `lang`, as a value ("1 240" and "1,240" are both 1240)."""
    from babel.numbers import NumberFormatError, parse_decimal

    written = re.sub(r"[ \u00a0\u202f]", "\u202f" if lang == "fr" else "", text.strip())
    if lang == "de":  # "24.000" and "24 000" are 24000; "2,5" is 2.5
        written = written.replace(".", "").replace(",", ".")
    if lang == "fr":
        if re.fullmatch(r"\d+\.\d{1,2}", written):
            written = written.replace(".", ",")  # "CHF 6.50" is 6,50
        written = re.sub(r"(?<=\d)['’.](?=\d{3})", "\u202f", written)  # "12'400", "12.400" are 12 400
    try:
        value = parse_decimal(written, locale=lang if lang in ("en", "fr") else "en")
    except (NumberFormatError, ValueError):
        digits = re.sub(r"\D", "", text)
        return digits
    try:
        return format(Decimal(value).normalize(), "f")
    except InvalidOperation:
        return str(value)


def facts(text: str, lang: str) -> list[Fact]:
    """The facts of a text, each once per canonical value, in text order."""
    work = _COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Fact] = []

    def take(pattern: re.Pattern[str], kind: str, value: Callable[[re.Match[str]], str | list[str] | None]) -> None:
        nonlocal work
        for match in list(pattern.finditer(work)):
            canonical = value(match)
            if canonical is None:
                continue
            for one in (canonical if isinstance(canonical, list) else [canonical]):
                found.append(Fact(kind, one, text[match.start():match.end()], match.start()))
            work = _blank(work, match.start(), match.end())

    take(_URL, "link", lambda m: m.group(0).rstrip(".,;:!?").rstrip("/").casefold())
    if not _DIGIT.search(work):  # every other kind of fact is written with a digit
        return _unique(found)
    # "+33 1 99 00 58 10" and "01 99 00 58 10" are one number: compared by their last eight
    # digits (the number without its country code or trunk 0: nine digits in France and the UK,
    # eight for a Belgian line, « 02 555 01 99 » and "+32 2 555 01 99").
    # (Eight digits in groups, « 80 100 457 » in Tunis, "71 234 567": a number to call only where the
    # words before say so, since « 12 500 000 » is a figure.)
    def phone(m: re.Match[str]) -> str | None:
        digits = re.sub(r"\D", "", m.group(0))
        # (A number with its country code, "+678 22 490", is a number to call wherever it stands.)
        if len(digits) >= 9 or (len(digits) >= 7 and m.group(0).startswith("+")) or (
                len(digits) == 8 and _CALL_BEFORE.search(work[max(0, m.start() - 40):m.start()])):
            return digits[-8:]
        return None

    take(_PHONE, "phone", phone)
    take(_ALWAYS.get(lang, _ALWAYS["en"]), "always", _always)
    take(_ISO_DATE, "date", lambda m: f"{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    # Times first: "11:02" and "11 h 02" are never the day of a date.
    def clock(m: re.Match[str]) -> str:
        hour = int(m.group(1))
        if m.group(3):  # 2:30 pm
            hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        return f"{hour:02d}:{m.group(2)}"

    take(_CLOCK, "time", clock)
    if lang in ("en", "fr"):
        take(_EN_DURATION if lang == "en" else _FR_DURATION, "time",
             lambda m: f"{int(m.group(1)):02d}:{int(m.group(2)):02d}")
    take(_NOON.get(lang, _NOON["en"]), "time",
         lambda m: "00:00" if m.group(1).lower() in ("midnight", "minuit") else "12:00")
    if lang == "en":
        take(_EN_HOUR, "time", lambda m: f"{int(m.group(1)) % 12 + (12 if m.group(2).lower() == 'p' else 0):02d}:00")
    if lang == "fr":
        # "16 h 15" is a time wherever it stands; "24 h" after "sous", "dans"… is a duration.
        def french_hour(m: re.Match[str]) -> str | None:
            before = work[:m.start()]
            if _FR_DURATION_BEFORE.search(before) or _FR_DURATION_AFTER.search(work[m.end():]):
                # « pendant 3 h 20 » is a duration: hours and minutes as the English "3 hours 20
                # minutes" gives them; « pendant 3 h » a figure.
                return f"{int(m.group(1)):02d}:{m.group(2)}" if m.group(2) else None
            if not m.group(2) and _FR_BY_BEFORE.search(before) and int(m.group(1)) < 7:
                return None  # « d'ici 2 h » is a delay
            return f"{int(m.group(1)):02d}:{m.group(2) or '00'}"

        take(_FR_HOUR, "time", french_hour)
    months = _months(lang)
    for pattern in _list_patterns(lang):
        take(pattern, "date", lambda m: [f"{months[m.group('m').casefold().rstrip('.')]:02d}-{int(d):02d}"
                                         for d in re.findall(r"\d{1,2}", m.group("days"))])
    for pattern in _range_patterns(lang):
        take(pattern, "date", lambda m: [
            f"{months[(m.groupdict().get('m2') or m.group('m')).casefold().rstrip('.')]:02d}-{int(m.group('d2')):02d}"
            if index else f"{months[m.group('m').casefold().rstrip('.')]:02d}-{int(m.group('d1')):02d}"
            for index in (0, 1)])
    for pattern in _date_patterns(lang):
        take(pattern, "date", lambda m: (f"{months[m.group('m').casefold()]:02d}-{int(m.group('d')):02d}"
                                         if "d" in m.groupdict() and m.group("d") else
                                         f"{m.group('y')}-{months[m.group('m').casefold()]:02d}"))
    take(_NUMERIC_DATE, "date", lambda m: m.group(0))
    take(_VERSION, "version", lambda m: m.group(0).lstrip("v"))
    take(_NAMED_VERSION, "version", lambda m: m.group(1))

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


def _block_name(where: str) -> str:
    """How a message names a paired block: `the “What happened” section`, `the update of …`."""
    if where in ("title", "correction") or where.startswith("update of"):
        return f"the {where}"
    return f"the “{section_heading(where, 'en')}” section"


# A time said again in another zone, beside the time both files give ("at 16:40 GMT (17:40 in
# Paris)"): the same moment, not a fact the other file lacks.
def _equivalent_time(fact: Fact, shared: list[Fact], text: str) -> bool:
    if fact.kind != "time" or _ZONE_WORDS.search(text) is None:
        return False

    def minutes(one: Fact) -> int:
        hour, minute = one.value.split(":")
        return int(hour) * 60 + int(minute)

    # (across midnight too: "23:45 UK time (0 h 45 heure de Paris)")
    return any(o.kind == "time" and o.value != fact.value and (minutes(o) - minutes(fact)) % 60 == 0
               and min((minutes(o) - minutes(fact)) % 1440, (minutes(fact) - minutes(o)) % 1440) <= 14 * 60
               for o in shared)


# A figure converted for the readers of one language, in brackets after the figure both give:
# "70 mph (environ 110 km/h)", « 120 £ (environ 140 €) ». Not a fact the other file lacks.
_CONVERTED_BEFORE = re.compile(r"\d[^()\n]{0,25}\(\s*(?:environ|près de|à peu près|soit|about|around|approximately|approx\.|"
                               r"roughly|some|c\.|ca\.|≈|~)?\s*$", re.IGNORECASE)
_CONVERTED_AFTER = re.compile(r"^[\d\s\u00a0\u202f.,]*(?:km/h|km|kilomètres?|kilometres?|miles?|mph|€|£|\$|CHF|euros?|"
                              r"livres?|pounds?|francs?|dollars?|°\s?[CF]|kg|kilos?|lb|lbs|litres?|liters?|gallons?|m|cm|mm|ft|"
                              r"feet|pieds?|nœuds?|knots?)?[^()\n]{0,6}\)", re.IGNORECASE)


def _converted(fact: Fact, text: str) -> bool:
    if fact.kind != "number":
        return False
    return (_CONVERTED_BEFORE.search(text[:fact.offset]) is not None
            and _CONVERTED_AFTER.match(text[fact.offset + len(fact.text.rstrip()):]) is not None)


def _listing(items: list[Fact]) -> str:
    return ", ".join(f"“{f.text.strip().rstrip('.,;:')}”" for f in items)


def _differences(incident: Incident) -> Iterator[tuple[Statement, Block, Block, list[Fact], list[Fact], str]]:
    """Per paired block of each translation: the facts only it gives, the facts only the
    primary file gives, and where the primary block is."""
    if len(incident.translations) < 2:
        return
    primary = incident.primary
    name = english_name(primary.lang)
    for other in list(incident.translations.values())[1:]:
        for ours, theirs in _paired_blocks(primary, other):
            mine = {(f.kind, f.value): f for f in facts(ours.text, primary.lang)}
            here = {(f.kind, f.value): f for f in facts(theirs.text, other.lang)}
            extra = [f for key, f in here.items() if key not in mine]
            missing = [f for key, f in mine.items() if key not in here]
            if extra or missing:
                where = f"the {name} file ({display_path(primary.path)}, line {ours.line})"
                yield other, ours, theirs, extra, missing, where


def _place(theirs: Block, extra: list[Fact]) -> tuple[int, int]:
    anchor = extra[0].offset if extra else 0
    line = theirs.line + theirs.text[:anchor].count("\n")
    column = (anchor - theirs.text.rfind("\n", 0, anchor)) if "\n" in theirs.text[:anchor] else theirs.column + anchor
    return line, column


def check_facts(rule: Rule, incident: Incident) -> Iterator[Problem]:
    """Error: a fact of one kind written with another value (a time, a date, a figure)."""
    for other, ours, theirs, extra, missing, where in _differences(incident):
        kinds = {f.kind for f in extra} & {f.kind for f in missing}
        extra = [f for f in extra if f.kind in kinds]
        missing = [f for f in missing if f.kind in kinds]
        if extra and missing:
            what = _block_name(ours.where)
            problem = rule.problem(other, *_place(theirs, extra),
                                   f"{what} says {_listing(extra)} here but {_listing(missing)} in {where}")
            if _told_in_their_zones(extra, missing, incident.primary, ours, other, theirs):
                continue  # "08:05 GMT" and « 9 h 05, heure de Paris »: one moment, each in its zone
            if _own_pages(extra, missing):
                continue  # "example.com/claim" and « example.com/fr/reclamation »: each language's own page
            if _undecided(extra, missing) or _zones_apart(extra, missing, f"{ours.text} {theirs.text}"):
                # "6" against "6.12": the same digits read two ways (a version, a reference), not
                # surely two values. A judgment, so a warning: never a block on a correct statement.
                problem = replace(problem, severity=WARNING, rule="facts-to-check")
            yield problem


def _host(link: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", link).split("/")[0].split("?")[0]


def _own_pages(extra: list[Fact], missing: list[Fact]) -> bool:
    """Whether the differing links are pages of the same sites, one for each language: the
    same hosts on both sides, as many links on each."""
    if not all(f.kind == "link" for f in [*extra, *missing]) or len(extra) != len(missing):
        return False
    return sorted(_host(f.text) for f in extra) == sorted(_host(f.text) for f in missing)


def _undecided(extra: list[Fact], missing: list[Fact]) -> bool:
    """Whether the differing figures may be one figure read two ways: the digits of one are
    part of the other's ("6" and "6.12", "12" and "1.2")."""
    if all(f.kind == "always" for f in [*extra, *missing]):
        return True  # "24/7" against « 7 j/7 »: hours a day said or not, for a person to judge
    if all(f.kind == "link" for f in [*extra, *missing]):
        return True  # "…/recall" against « …/rappel »: each language may have its own page
    ours = [re.sub(r"\D", "", f.text) for f in extra]
    theirs = [re.sub(r"\D", "", f.text) for f in missing]
    return all(f.kind == "number" for f in [*extra, *missing]) and any(
        a and b and (a in b or b in a) for a in ours for b in theirs)


# A time zone named beside the times ("14:20 GMT", « 15 h 20, heure de Paris », "in France"):
# a time told in another zone in one file differs from the other by whole hours.
_ZONE_WORDS = re.compile(r"\b(?:GMT|UTC|BST|CET|CEST|WET|WEST|EET|EEST|heure (?:de \w+|française|locale|suisse|belge|"
                         r"d['’]été|d['’]hiver|anglaise|britannique)|(?:Paris|London|French|UK|British|local) time|"
                         r"in France|en France|au Royaume-Uni|in the UK|in Britain)\b")


def _zones_apart(extra: list[Fact], missing: list[Fact], texts: str) -> bool:
    """Whether the differing times may be one moment told in two zones: times only, each pair
    whole hours apart by the same offset, and a zone named in either file's text."""
    if not all(f.kind == "time" for f in [*extra, *missing]) or len(extra) != len(missing):
        return False

    def minutes(fact: Fact) -> int:
        hour, minute = fact.value.split(":")
        return int(hour) * 60 + int(minute)

    offsets = {(minutes(a) - minutes(b)) % (24 * 60) for a, b in zip(extra, missing)}
    return len(offsets) == 1 and next(iter(offsets)) % 60 == 0 and _ZONE_WORDS.search(texts) is not None


# The zone each name stands for: a fixed offset, or a place whose offset depends on the day.
_ZONE_OFFSETS: tuple[tuple[re.Pattern[str], int | str], ...] = (
    (re.compile(r"\b(?:GMT|UTC|WET)\b"), 0),
    (re.compile(r"\b(?:BST|WEST|CET)\b"), 60),
    (re.compile(r"\b(?:CEST|EET)\b"), 120),
    (re.compile(r"\bEEST\b"), 180),
    (re.compile(r"\b(?:heure (?:de Paris|française|belge|suisse|de Bruxelles)|(?:Paris|French|Brussels|Belgian|Swiss) "
                r"time|in France|en France)\b"), "Europe/Paris"),
    (re.compile(r"\b(?:heure (?:de Londres|britannique|anglaise)|(?:London|UK|British) time|au Royaume-Uni|in the UK|"
                r"in Britain)\b"), "Europe/London"),
    (re.compile(r"\b(?:heure (?:de Dublin|irlandaise)|(?:Dublin|Irish) time)\b"), "Europe/Dublin"),
)


def _zone_minutes(text: str, statement: Statement) -> int | None:
    """The UTC offset, in minutes on the statement's day, of the one zone a block names; the
    statement's own zone when it names none; None when it names two (or the day is unknown)."""
    from zoneinfo import ZoneInfo

    named = {zone for pattern, zone in _ZONE_OFFSETS if pattern.search(text)}
    if len(named) > 1 or statement.started.tzinfo is None:
        return None
    zone = next(iter(named)) if named else None
    if isinstance(zone, int):
        return zone
    moment = statement.started if zone is None else statement.started.astimezone(ZoneInfo(zone))
    offset = moment.utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def _told_in_their_zones(extra: list[Fact], missing: list[Fact], primary: Statement, ours: Block, other: Statement,
                         theirs: Block) -> bool:
    """Whether every differing time is one moment told in each block's own zone: "08:05 GMT"
    in English and « 9 h 05 (heure de Paris) » in French differ by the hour Paris is ahead."""
    if not all(f.kind == "time" for f in [*extra, *missing]) or len(extra) != len(missing):
        return False
    mine, yours = _zone_minutes(ours.text, primary), _zone_minutes(theirs.text, other)
    if mine is None or yours is None or mine == yours:
        return False

    def minutes(fact: Fact) -> int:
        hour, minute = fact.value.split(":")
        return int(hour) * 60 + int(minute)

    return all((minutes(b) - minutes(a) - (mine - yours)) % (24 * 60) == 0 for a, b in zip(extra, missing))


# Small counts are often written in words in one language ("seven days", « 7 jours »).
_NUMBER_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
    "fr": ("zéro", "une?", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"),
}


_ROUND_WORDS = {
    "fr": {10: "dizaines?", 12: "douzaines?", 15: "quinzaines?", 20: "vingtaines?", 30: "trentaines?",
           40: "quarantaines?", 50: "cinquantaines?", 100: "centaines?"},
    "en": {12: "dozens?", 20: "score"},
}


def _in_words(fact: Fact, text: str, lang: str) -> bool:
    """Whether a small count is written in words in `text` ("7" and "seven"), or every day
    ("seven days a week" and « tous les jours »)."""
    if fact.kind == "always" and fact.value == "every day":
        return _EVERY_DAY.get(lang, _EVERY_DAY["en"]).search(text) is not None
    if fact.kind == "always":
        return _ROUND_THE_CLOCK.get(lang, _ROUND_THE_CLOCK["en"]).search(text) is not None
    if fact.kind != "number" or not fact.value.isdigit():
        return False
    # "about 12 metres" is « une douzaine de mètres », "about 20" « une vingtaine »: the same figure.
    rounded = _ROUND_WORDS.get(lang, {}).get(int(fact.value))
    if rounded and re.search(rf"\b{rounded}\b", text, re.IGNORECASE):
        return True
    if int(fact.value) > 20:
        return False
    word = _NUMBER_WORDS.get(lang, _NUMBER_WORDS["en"])[int(fact.value)]
    # ("four-seat chairlift" for « télésiège 4 places »; never the "twenty" of "twenty-four")
    return re.search(rf"(?<![\w-]){word}(?!\w|-(?:one|two|three|four|five|six|seven|eight|nine|et|deux|trois|quatre|"
                     rf"cinq|six|sept|huit|neuf)\b)", text, re.IGNORECASE) is not None


# Emergency numbers are each audience's own: « appelez le 15 ou le 112 » in French, "call 112" in
# English for visitors from abroad.
_EMERGENCY_NUMBERS = frozenset({"15", "17", "18", "112", "115", "119", "911", "999", "111", "144", "117", "118"})
_EMERGENCY_CALL = re.compile(r"(?:call|dial|ring|phone|appelez|composez|contactez|joignez|urgences?|emergency|samu|"
                             r"pompiers|police|ambulance)\b[^.;]{0,40}$", re.IGNORECASE)


def _emergency(fact: Fact, text: str) -> bool:
    return fact.kind == "number" and fact.value in _EMERGENCY_NUMBERS and \
        _EMERGENCY_CALL.search(text[:fact.offset]) is not None


def check_missing_facts(rule: Rule, incident: Incident) -> Iterator[Problem]:
    """Warning: a fact one file gives and the other does not (it may be said in words)."""
    for other, ours, theirs, extra, missing, where in _differences(incident):
        mine, yours = facts(ours.text, incident.primary.lang), facts(theirs.text, other.lang)
        if any(_emergency(f, ours.text) for f in mine) and any(_emergency(f, theirs.text) for f in yours):
            # Both tell people whom to call in an emergency, each in its readers' numbers.
            extra = [f for f in extra if not _emergency(f, theirs.text)]
            missing = [f for f in missing if not _emergency(f, ours.text)]
        kinds = {f.kind for f in extra} & {f.kind for f in missing}
        shared = [f for f in yours if (f.kind, f.value) in {(m.kind, m.value) for m in mine}]
        extra = [f for f in extra if f.kind not in kinds and not _in_words(f, ours.text, incident.primary.lang)
                 and not _equivalent_time(f, shared, theirs.text) and not _converted(f, theirs.text)]
        missing = [f for f in missing if f.kind not in kinds and not _in_words(f, theirs.text, other.lang)
                   and not _equivalent_time(f, shared, ours.text) and not _converted(f, ours.text)]
        # A day said without its month in one language (« et non le vendredi 5 ») and with it in the
        # other ("not Friday, February 5"): one date.
        days_of = {int(f.value[-2:]) for f in [*mine, *yours] if f.kind == "date" and re.fullmatch(r"\d\d-\d\d", f.value)}
        bare = {f.value for f in [*extra, *missing] if f.kind == "number" and f.value.isdigit() and 1 <= int(f.value) <= 31}
        extra = [f for f in extra if not (f.kind == "number" and f.value.isdigit() and int(f.value) in days_of)
                 and not (f.kind == "date" and re.fullmatch(r"\d\d-\d\d", f.value) and str(int(f.value[-2:])) in bare)]
        missing = [f for f in missing if not (f.kind == "number" and f.value.isdigit() and int(f.value) in days_of)
                   and not (f.kind == "date" and re.fullmatch(r"\d\d-\d\d", f.value) and str(int(f.value[-2:])) in bare)]
        what = _block_name(ours.where)
        if missing:
            yield rule.problem(other, *_place(theirs, []), f"{what} lacks {_listing(missing)}, which {where} gives")
        if extra:
            yield rule.problem(other, *_place(theirs, extra),
                               f"{what} says {_listing(extra)} here, which {where} does not")


INCIDENT_RULES: list[Rule] = [
    Rule(
        "inconsistent-facts", "inconsistent", ERROR, "incident", ("*",),
        "Error: translations of one statement write a figure, date, time or phone number with another "
        "value (compared as values, section by section and update by update, each language read in its own "
        "conventions: '4:15 pm' and '16 h 15', 'March 2-9' and 'du 2 au 9 mars', 'November 17 and 23' and 'le 17 et le 23 novembre' agree).",
        "English: 'You can retry after 11:00.' French: 'Vous pouvez réessayer après 12 h.'",
        "English: 'You can retry after 11:00.' French: 'Vous pouvez réessayer après 11 h.'",
        {"en": "Give the same figures, dates, times and links in every language: correct whichever is wrong.",
         "fr": "Donnez les mêmes chiffres, dates, heures et liens dans chaque langue : corrigez celle qui se trompe."},
        check_facts,
    ),
    Rule(
        "facts-to-check", "inconsistent", WARNING, "incident", ("*",),
        "Warning: one translation gives a figure, date, time, phone number or link the other does not. It may "
        "be said in words there ('one in three', « un sur trois »): check, and write it the same way if not. "
        "Also when the same digits may be read two ways ('6.12' in English, '6.12' in French, where a decimal "
        "takes a comma), two links to different sites, or a time told in another time zone that either file names but not as many hours apart "
        "as the zones are that day ('14:20 GMT', « 16 h 20, heure de Paris » in December): the tool cannot be "
        "sure, so it never blocks. Times each told in the zone its block names ('14:20 GMT', « 15 h 20, heure de "
        "Paris » in December) are one moment and agree; so are links to the same site, each language's own page there "
        "('example.com/claim', « example.com/fr/reclamation »).",
        "English: 'We have contacted 1,240 merchants.' French: 'Nous avons contacté les commerçants.'",
        "English: 'We have contacted 1,240 merchants.' French: 'Nous avons contacté 1 240 commerçants.'",
        {"en": "Give the same figures, dates, times and links in every language, or check that they are said in words.",
         "fr": "Donnez les mêmes chiffres, dates, heures et liens dans chaque langue, ou vérifiez qu'ils y sont dits "
               "en toutes lettres."},
        check_missing_facts,
    ),
]
