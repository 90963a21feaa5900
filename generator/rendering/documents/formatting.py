"""Render-stage helpers shared by the press release and the crisis documents: dates and times
in each language's press conventions, French typography, and escaping of field values that
are inserted into Markdown. Month names, list joining and clock formats come from babel; only
the conventions babel does not know (AP abbreviations, French `1er`) are tables here."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list

NBSP = "\u00a0"  # NO-BREAK SPACE
NNBSP = "\u202f"  # NARROW NO-BREAK SPACE

# AP style abbreviates these months when they come with a day; March to July stay in full.
AP_MONTH_ABBREVIATIONS: dict[int, str] = {
    1: "Jan.",
    2: "Feb.",
    8: "Aug.",
    9: "Sept.",
    10: "Oct.",
    11: "Nov.",
    12: "Dec.",
}

# AP writes "a.m." and "p.m." where the CLDR English locale writes "AM" and "PM".
AP_DAY_PERIODS = {"AM": "a.m.", "PM": "p.m."}


# An English release and crisis documents follow AP for an organisation in North America and
# elsewhere, and British conventions for one in the UK, Ireland, Australia or New Zealand, whose
# journalists write "4 December 2026" and "14:55", and spell "cancelled" so.
BRITISH_ZONES = ("Europe/London", "Europe/Dublin", "Europe/Belfast", "Europe/Guernsey", "Europe/Jersey",
                 "Europe/Isle_of_Man", "Europe/Gibraltar", "Pacific/Auckland")
_BRITISH: ContextVar[bool] = ContextVar("british_english", default=False)
# (A Canadian site: the Canadian Press spells "colour", "travelled" and writes "in hospital".)
_CANADIAN: ContextVar[bool] = ContextVar("canadian_english", default=False)


# Canada's time zones: a release ends on « -30- », a checklist names Canada's authorities.
CANADIAN_ZONES = frozenset({"America/Toronto", "America/Montreal", "America/Vancouver", "America/Edmonton",
                            "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina",
                            "America/Moncton", "America/Whitehorse", "America/Iqaluit"})


def british_english() -> bool:
    """Whether English documents being written now follow British conventions, not AP's."""
    return _BRITISH.get()


def canadian_english() -> bool:
    """Whether English documents being written now are for a Canadian site."""
    return _CANADIAN.get()


@contextmanager
def english_style(zone: object) -> Iterator[None]:
    """British conventions for the documents written inside, when the site's zone is British."""
    token = _BRITISH.set(str(zone) in BRITISH_ZONES or str(zone).startswith("Australia/"))
    canadian = _CANADIAN.set(str(zone) in CANADIAN_ZONES)
    try:
        yield
    finally:
        _CANADIAN.reset(canadian)
        _BRITISH.reset(token)


Render = TypeVar("Render", bound=Callable[..., Any])


def in_english_style(render: Render) -> Render:
    """`render(statement, settings, …)` written in the English style of the settings' zone."""
    @functools.wraps(render)
    def written(statement: Any, settings: Any, *args: Any, **kwargs: Any) -> Any:
        from generator.rendering.moments import french_clock_of  # (moments reads this module)

        with english_style(settings.timezone), french_clock_of(statement):
            return render(statement, settings, *args, **kwargs)
    return written  # type: ignore[return-value]


def local(moment: datetime, timezone: ZoneInfo) -> datetime:
    """The moment on the site's wall clock (the zone a reader of the release lives in)."""
    return moment.astimezone(timezone)


def ap_month(day: date) -> str:
    """`Sept.`, `Nov.`, `March`: babel's English month name unless AP abbreviates it."""
    if british_english():
        return format_date(day, "MMMM", locale="en")
    return AP_MONTH_ABBREVIATIONS.get(day.month) or format_date(day, "MMMM", locale="en")


def ap_date(day: date, *, with_year: bool = True) -> str:
    """`Nov. 20, 2026` (AP drops the year for dates in the current year: `with_year=False`)."""
    if british_english():  # `20 November 2026`
        text = f"{day.day} {ap_month(day)}"
        return f"{text} {day.year}" if with_year else text
    text = f"{ap_month(day)} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def ap_time(moment: datetime) -> str:
    """`9:12 a.m.`, `6 p.m.`, `noon`, `midnight` (AP time style), without the zone."""
    if british_english():  # `09:12`, `18:00`
        return f"{moment.hour:02d}:{moment.minute:02d}"
    if moment.minute == 0 and moment.hour in (0, 12):
        return "midnight" if moment.hour == 0 else "noon"
    pattern = "h a" if moment.minute == 0 else "h:mm a"
    clock, period = format_time(moment, pattern, locale="en").rsplit(" ", 1)
    return f"{clock} {AP_DAY_PERIODS.get(period, period)}"


def french_day(day: date) -> str:
    """`1er novembre 2026`, `20 novembre 2026`: French writes the first day as an ordinal."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {format_date(day, 'MMMM y', locale='fr')}"


def french_time(moment: datetime) -> str:
    """`9 h 12`, `18 h`: the French typographic clock (Imprimerie nationale), no leading zero."""
    pattern = "H 'h'" if moment.minute == 0 else "H 'h' mm"
    return format_time(moment, pattern, locale="fr").replace(" ", NBSP)


def long_date(day: date, lang: str, *, with_year: bool = True) -> str:
    """A date written out in running text of the given language."""
    if lang == "fr":
        text = french_day(day)
        return text if with_year else text.rsplit(" ", 1)[0]
    if lang == "en":
        return ap_date(day, with_year=with_year)
    # The language's own order, from CLDR: German `30. November 2026`, `30. November`.
    return format_date(day, "long", locale=lang) if with_year else format_skeleton("MMMMd", day, locale=lang)


def readable_zone(abbreviation: str) -> str:
    """A zone's abbreviation as a reader takes it: a zone with no letters of its own (Vanuatu's
    "+11", "+0530") reads as a stray figure, so it is said "UTC+11", "UTC+5:30"."""
    offset = re.fullmatch(r"([+-])(\d{2})(\d{2})?", abbreviation)
    if offset is None:
        return abbreviation
    sign, hours, minutes = offset.groups()
    return f"UTC{sign}{int(hours)}" + (f":{minutes}" if minutes and minutes != "00" else "")


def clock(moment: datetime, lang: str) -> str:
    """A time of day with its zone abbreviation (`9:12 a.m. CET`, `9 h 12 CET`)."""
    zone = readable_zone(moment.tzname() or "")
    if lang == "fr":
        text = french_time(moment)
    elif lang == "en":
        text = ap_time(moment)
    else:
        text = format_time(moment, "short", locale=lang)
    return f"{text} {zone}".strip()


def date_and_time(moment: datetime, lang: str, *, with_year: bool = True) -> str:
    """`Nov. 20, 2026, at 9:12 a.m. CET` / `20 novembre 2026 à 9 h 12 CET`."""
    day = long_date(moment.date(), lang, with_year=with_year)
    if lang == "fr":
        return f"{day} à {clock(moment, lang)}"
    return f"{day}, at {clock(moment, lang)}" if with_year else f"{day} at {clock(moment, lang)}"


def series(items: Sequence[str], lang: str) -> str:
    """Join a list in running text. English follows AP (no serial comma); other languages
    follow their CLDR pattern through babel."""
    if lang == "en":
        if len(items) <= 2:
            return " and ".join(items)
        return f"{', '.join(items[:-1])} and {items[-1]}"
    return format_list(list(items), locale=lang)


# French typography. Spaces used, and why:
# - inside « » a NO-BREAK SPACE (U+00A0): the full word space the Imprimerie nationale asks
#   for, which must not break away from the guillemet;
# - before `:` a NO-BREAK SPACE as well (the colon takes a word space in French);
# - before `; ! ?` a NARROW NO-BREAK SPACE (U+202F, the "espace fine insécable").
# Only spaces the author already typed are replaced (and « » always get their space): adding
# a space before every `:` or `?` would break times (`09:12`) and links (`https://`, `?q=`).
_SPACES = "[ \u00a0\u202f]"
_FRENCH_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(f"«{_SPACES}*"), f"«{NBSP}"),
    (re.compile(f"{_SPACES}*»"), f"{NBSP}»"),
    (re.compile(f"{_SPACES}+:"), f"{NBSP}:"),
    (re.compile(f"{_SPACES}+([;!?])"), f"{NNBSP}\\1"),
    # A semicolon the text joined without a space ("(heure de Paris); « Résumé »"), never in a link.
    (re.compile(r"(?<=[\w)»\]*])(;)(?=\s)"), f"{NNBSP}\\1"),
)


def french_typography(text: str) -> str:
    """Apply French spacing to text or Markdown (see the table above for the spaces)."""
    for pattern, replacement in _FRENCH_RULES:
        text = pattern.sub(replacement, text)
    return text


def typography(text: str, lang: str) -> str:
    """The language's typographic conventions; text in other languages is returned as is."""
    return french_typography(text) if lang == "fr" else text


_LINE_BREAKS = re.compile(r"[ \t\r\n]+")


def one_line(text: str) -> str:
    """Runs of ordinary spaces and line breaks become one space; no-break spaces are kept
    (`str.split()` would turn them into ordinary ones)."""
    return _LINE_BREAKS.sub(" ", text).strip(" ")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#])")


def md_escape(value: str) -> str:
    """A field value (title, name, city) as literal Markdown text: no emphasis, no link, no
    tag (`<` becomes an entity, which every Markdown reader shows as `<`)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(value))
    return escaped.replace("<", "&lt;")


_OPENING_QUOTES = "\"“«‘„'"
_CLOSING_QUOTES = "\"”»’“'"


def unquote(text: str) -> str:
    """The words of a quotation without the quotation marks the author put around them,
    on one line (a press quote is one paragraph)."""
    words = one_line(text)
    if len(words) >= 2 and words[0] in _OPENING_QUOTES and words[-1] in _CLOSING_QUOTES:
        words = words[1:-1].strip()
    return words


# Words that end the title proper in a role (`Head of Europe`, `Directrice de la Communication`).
_ROLE_CONNECTORS = frozenset({"of", "for", "at", "de", "du", "des", "d’", "d'", "pour", "chez"})


def lower_title(role: str) -> str:
    """A job title after a name is lower case in AP and in French (`Claire Martin, chief
    executive officer`). The capitalised words that open the role are lowered, up to a
    connector (`of`, `de`…) after which names may follow (`head of Customer Care`);
    acronyms (`CEO`) stay as written."""
    words = role.split(" ")
    for index, word in enumerate(words):
        if word.casefold() in _ROLE_CONNECTORS:
            break
        if word[:1].isupper() and (word[1:].rstrip(",;").islower() or not word[1:]):
            words[index] = word[:1].lower() + word[1:]
        elif not word.islower():
            break
        if word.endswith((",", ";")):
            break  # `Chief Executive, Montbrial Airport`: a name follows the comma
    return " ".join(words)


def french_of(name: str) -> str:
    """`de Calypso Pay`, `d’Acme`: French elides `de` before a vowel (an initial h is left
    alone: whether it is mute depends on the word)."""
    from generator.rendering.press import subject_name

    article = re.match(r"(La|Le|Les|L['’])\s?(?=\S)", name)
    if article:
        # A name that holds its article (« La Provenderie des Hauts », « Le Mirador »): « de la
        # Provenderie des Hauts », « du Mirador », never « de la La Provenderie ».
        rest = name[article.end():]
        said = article.group(1).casefold()
        return {"la": f"de la {rest}", "le": f"du {rest}", "les": f"des {rest}"}.get(said, f"de l’{rest}")
    subject = subject_name(name, "fr")  # « La Coopérative… »: the name takes an article
    if subject.startswith("Le groupe ") and not name.casefold().startswith("groupe"):
        # « Services industriels de Montbrelaz », « Cliniques Belledonne »: a plural name is « des
        # Services industriels… » (never « du Services… », nor a « groupe » it is not)
        return f"des {name}"
    if subject.startswith("La "):
        return f"de la {name}"
    if subject.startswith("Le "):
        return f"du {subject[3:]}"  # « du Groupe X », « du groupe Cliniques Belledonne »
    if subject.startswith(("L'", "L’")):
        return f"de l’{name}"
    from generator.rendering.person import elides

    return f"d’{name}" if elides(name) else f"de {name}"
