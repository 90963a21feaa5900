"""Renderer stage, one place: moments in words, per language and per medium. Every output
that writes a date or a time in prose (copies, press release, documents) asks here, so the
copies no longer say "1 oct." where the page says "1er octobre".

Media: "copy" (posts, SMS, e-mail: short, the day and the time), "document" (press release
and crisis documents: AP style in English, French press style). French readers get the time
"heure de Paris" (the zone's city), English readers the zone's abbreviation (CET)."""

from __future__ import annotations

import functools
import re

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_skeleton

from generator.rendering.documents.formatting import NBSP, ap_date, ap_time, french_day, french_time, readable_zone


# How French readers of a country name its one clock: a city would name the wrong one.
_FR_COUNTRY_CLOCK = {"Europe/Zurich": "heure suisse", "Europe/Brussels": "heure belge",
                     "Europe/Luxembourg": "heure luxembourgeoise",
                     # North America's zones by their French names (Québec, and the French of a US
                     # firm): « heure de l'Est », never « heure de New York » nor « heure de Chicago ».
                     **dict.fromkeys(("America/Toronto", "America/Montreal", "America/New_York", "America/Detroit",
                                      "America/Nipigon", "America/Iqaluit"), "heure de l’Est"),
                     **dict.fromkeys(("America/Chicago", "America/Winnipeg", "America/Regina"), "heure du Centre"),
                     **dict.fromkeys(("America/Denver", "America/Edmonton", "America/Phoenix", "America/Boise"),
                                     "heure des Rocheuses"),
                     **dict.fromkeys(("America/Los_Angeles", "America/Vancouver"), "heure du Pacifique"),
                     **dict.fromkeys(("America/Halifax", "America/Moncton"), "heure de l’Atlantique"),
                     "America/St_Johns": "heure de Terre-Neuve",
                     # France's overseas regions by the name their people use (« heure de La Réunion »,
                     # never « heure de Reunion », a city CLDR names without its accent or article).
                     "Indian/Reunion": "heure de La Réunion", "America/Guadeloupe": "heure de la Guadeloupe",
                     "America/Martinique": "heure de la Martinique", "America/Cayenne": "heure de Guyane",
                     "Indian/Mayotte": "heure de Mayotte", "Pacific/Noumea": "heure de Nouméa",
                     "Pacific/Tahiti": "heure de Tahiti", "America/Miquelon": "heure de Saint-Pierre-et-Miquelon"}


# How a French statement from the British Isles names its clock in its own text (« 16 h 12, heure
# britannique »): its outputs say it the same way, never « GMT » beside it.
_FR_BRITISH_CLOCK = re.compile(r"\bheure (?:britannique|de Londres|du Royaume-Uni|irlandaise|de Dublin|de Jersey|"
                               r"de Guernesey)\b|\b(?-i:H[NA][ECRPA])\b", re.IGNORECASE)
# How Québec writes North America's clocks (« 14 h 45 HNE », « HAE » in summer): a statement that
# does has its outputs say it the same way, never « (heure de l'Est) » beside « HNE ».
_FR_NORTH_AMERICAN = {"EST": "HNE", "EDT": "HAE", "CST": "HNC", "CDT": "HAC", "MST": "HNR", "MDT": "HAR",
                      "PST": "HNP", "PDT": "HAP", "AST": "HNA", "ADT": "HAA"}
_FR_CLOCK_SAID: ContextVar[str] = ContextVar("french_clock_said", default="")
# How an English statement names a clock that has no letters of its own ("by 17:00 (Tahiti time)"
# for UTC-10): its outputs say "18:00 Tahiti time" too, never "18:00 UTC-10" beside it.
_EN_PLACE_CLOCK = re.compile(r"\((?-i:([A-Z][a-zé]+(?:[ -][A-Z][a-zé]+){0,2})) time\)")
_EN_CLOCK_SAID: ContextVar[str] = ContextVar("english_clock_said", default="")
# An English statement that writes its times on the 24-hour clock ("At 14:30 MDT today") has its
# copies say them so too: never "7:45 p.m. MDT: At 14:30 MDT today…" in one text.
_EN_24_HOUR = re.compile(r"\b(?:1[3-9]|2[0-3]):[0-5]\d\b")
_EN_12_HOUR = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b", re.IGNORECASE)
_EN_SAYS_24_HOUR: ContextVar[bool] = ContextVar("english_says_24_hour", default=False)


def elapsed(later: datetime, earlier: datetime) -> timedelta:
    """The time between two moments as a clock counts it: across a change of hour ("from 31
    October at midnight ADT to 18 November at 11:00 AST" is 18 days and 12 hours), never the
    difference of two wall-clock readings (Python subtracts those when both share a zone)."""
    from datetime import UTC

    return later.astimezone(UTC) - earlier.astimezone(UTC)


def after(moment: datetime, delay: timedelta) -> datetime:
    """The moment `delay` after `moment` as a clock counts it (the regulator's 72 hours across a
    change of hour), in `moment`'s zone."""
    from datetime import UTC

    return (moment.astimezone(UTC) + delay).astimezone(moment.tzinfo)


@contextmanager
def french_clock_in(text: str) -> Iterator[None]:
    """What is written inside names a British clock as `text` (the statements' own French) does."""
    said = _FR_BRITISH_CLOCK.search(text)
    token = _FR_CLOCK_SAID.set("" if not said else said.group(0) if said.group(0).isupper()
                               else said.group(0)[:1].lower() + said.group(0)[1:])
    place = _EN_PLACE_CLOCK.search(text)
    english = _EN_CLOCK_SAID.set(f"{place.group(1)} time" if place else "")
    hours = _EN_SAYS_24_HOUR.set(_EN_24_HOUR.search(text) is not None and _EN_12_HOUR.search(text) is None)
    try:
        yield
    finally:
        _FR_CLOCK_SAID.reset(token)
        _EN_CLOCK_SAID.reset(english)
        _EN_SAYS_24_HOUR.reset(hours)


def french_clock_of(statement: Any) -> Any:
    """The outputs of `statement` written inside name a British clock as its own French text does."""
    return french_clock_in(" ".join(section.text for section in getattr(statement, "sections", ())))


def french_clock_said() -> str:
    """How the statement being written names its British clock in French, or ""."""
    return _FR_CLOCK_SAID.get()


Render = TypeVar("Render", bound=Callable[..., Any])


def with_french_clock(render: Render) -> Render:
    """`render(statement, …)` inside `french_clock_of(statement)`."""
    @functools.wraps(render)
    def written(statement: Any, *args: Any, **kwargs: Any) -> Any:
        with french_clock_of(statement):
            return render(statement, *args, **kwargs)
    return written  # type: ignore[return-value]


def zone_words(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """`CET` / `heure de Paris` / `MEZ`: how a reader of the language names the site's clock."""
    if lang == "fr":
        abbreviation = moment.astimezone(zone).tzname() or ""
        said = _FR_CLOCK_SAID.get()
        if said and said.isupper():
            if abbreviation in _FR_NORTH_AMERICAN:
                return _FR_NORTH_AMERICAN[abbreviation]  # « HNE », as the statement writes it
        elif said and abbreviation in ("GMT", "BST", "IST"):
            return said  # « heure britannique », as the statement writes it
        # GMT is how French writes a Greenwich clock (« 12 h GMT ») and how a Jersey or London
        # statement's own text names it: « heure de Jersey » beside « GMT » reads as two clocks.
        if "/" not in zone.key or abbreviation in ("GMT", "UTC"):
            return abbreviation
        if zone.key in _FR_COUNTRY_CLOCK:  # « heure suisse », never « heure de Zurich » for Lausanne
            return _FR_COUNTRY_CLOCK[zone.key]
        city = zone_city(zone, lang)  # « heure de Londres », never « heure de London »
        return f"heure {'d’' if city[:1].lower() in 'aeiouyéèâîô' else 'de '}{city}"
    if lang == "en":
        readable = readable_zone(moment.astimezone(zone).tzname() or "")
        if readable.startswith("UTC") and readable != "UTC" and _EN_CLOCK_SAID.get():
            return _EN_CLOCK_SAID.get()  # "Tahiti time", as the statement writes it
        return readable
    # Other languages name the zone their own way (German MEZ, MESZ), from CLDR.
    return format_datetime(moment.astimezone(zone), "z", tzinfo=zone, locale=lang)


def paris_time(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether the zone's clock reads as Paris's at that moment (Brussels, Geneva, Luxembourg,
    Monaco, most of the year Casablanca): a French reader who takes Paris time for granted reads
    « point de 9 h 30 » right, so a short copy need not spend « (heure luxembourgeoise) » on it."""
    return moment.astimezone(zone).utcoffset() == moment.astimezone(ZoneInfo("Europe/Paris")).utcoffset()


def time_words(moment: datetime, zone: ZoneInfo, lang: str, *, with_zone: bool = True) -> str:
    """`10:05 CET`, `10 h 05 (heure de Paris)`, `10:05 Uhr MEZ`; AP style (`10:05 a.m. CET`) is
    `document` medium's."""
    local = moment.astimezone(zone)
    if lang == "fr":
        text = french_time(local)
        if not with_zone:
            return text
        words = zone_words(moment, zone, lang)
        # « 12 h GMT », « 10 h (heure de Paris) »
        return f"{text} {words}" if words.isupper() else f"{text} ({words})"
    if lang == "en" and twelve_hour(zone) and not _EN_SAYS_24_HOUR.get():
        # North American English reads the clock in twelve hours ("3:55 p.m. EST"), never "15:55"
        # (unless the statement itself writes "14:30 MDT").
        text = twelve_hour_time(local)
    else:
        text = f"{local.hour:02d}:{local.minute:02d}" + _CLOCK_WORD.get(lang, "")
    return f"{text} {zone_words(moment, zone, lang)}" if with_zone else text


def twelve_hour(zone: ZoneInfo) -> bool:
    """Whether English in this zone tells the time in twelve hours: the Americas (Canada, the
    United States), where "15:55" reads as military time."""
    return str(zone).startswith(("America/", "US/", "Canada/", "Pacific/Honolulu"))


def twelve_hour_time(local: datetime) -> str:
    """`9:12 a.m.`, `3 p.m.`, `noon`, `midnight`."""
    if local.minute == 0 and local.hour in (0, 12):
        return "midnight" if local.hour == 0 else "noon"
    hour = local.hour % 12 or 12
    period = "a.m." if local.hour < 12 else "p.m."
    return f"{hour} {period}" if local.minute == 0 else f"{hour}:{local.minute:02d} {period}"


# The word after a 24-hour time, where the language writes one (German `14:05 Uhr`).
_CLOCK_WORD: dict[str, str] = {"de": f"{NBSP}Uhr"}


def day_words(day: date, lang: str, medium: str = "copy", *, with_year: bool = False,
              zone: ZoneInfo | None = None) -> str:
    """`20 November` / `le 20 novembre` (copy), `Nov. 20` (document, AP), `1er décembre`,
    `30. November`; `November 20` in English where the zone is in the Americas, as the page says."""
    if lang == "fr":
        text = french_day(day)
        return text if with_year else text.rsplit(" ", 1)[0]
    if lang == "en":
        if medium == "document":
            return ap_date(day, with_year=with_year)
        month = format_date(day, "MMMM", locale="en")
        if zone is not None and twelve_hour(zone):
            return f"{month} {day.day}, {day.year}" if with_year else f"{month} {day.day}"
        text = f"{day.day} {month}"
        return f"{text} {day.year}" if with_year else text
    # The language's own order, from CLDR: German `30. November`.
    return format_date(day, "long", locale=lang) if with_year else format_skeleton("MMMMd", day, locale=lang)


# A moment in running text, per language: the time alone (a moment of today), and with its day.
_MOMENT_FORMS: dict[str, tuple[str, str]] = {
    "en": ("at {clock}", "{day} at {clock}"),
    "fr": ("à {clock}", "le {day} à {clock}"),
    "de": ("um {clock}", "am {day} um {clock}"),
}


def moment_words(moment: datetime, zone: ZoneInfo, lang: str, medium: str = "copy", *,
                 reference: datetime | None = None, with_zone: bool = True) -> str:
    """A moment in running text: `20 November at 10:05 CET`, `le 20 novembre à 10 h 05 (heure
    de Paris)`, `am 30. November um 14:05 Uhr MEZ`, AP `10:05 a.m. CET on Nov. 20`. Today's moments (same day as `reference`)
    leave the day out only when `reference` is given; the year appears when it differs."""
    local = moment.astimezone(zone)
    with_year = reference is not None and local.year != reference.astimezone(zone).year
    same_day = reference is not None and local.date() == reference.astimezone(zone).date()
    if lang == "en" and medium == "document":
        clock = ap_time(local) + (f" {zone_words(moment, zone, lang)}" if with_zone else "")
        return clock if same_day else f"{clock} on {day_words(local.date(), lang, medium, with_year=with_year)}"
    clock = time_words(moment, zone, lang, with_zone=with_zone)
    today_form, day_form = _MOMENT_FORMS.get(lang, _MOMENT_FORMS["en"])
    if same_day:
        return today_form.format(clock=clock)
    return day_form.format(day=day_words(local.date(), lang, medium, with_year=with_year, zone=zone), clock=clock)


def by_moment(when: str, lang: str) -> str:
    """A deadline from a moment in words: French says « avant 12 h », never « à 12 h », for
    what the authors promised by then (« le 3 décembre avant 12 h GMT »)."""
    if lang != "fr":
        return when
    if when.startswith("à "):
        return "avant " + when[2:]
    head, sep, tail = when.rpartition(" à ")
    return f"{head} avant {tail}" if sep else when


def short_time(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """The time alone, for a line that already says the day: `10:05`, `10 h 05`."""
    return time_words(moment, zone, lang, with_zone=False).replace(NBSP, " ") if lang == "fr" \
        else time_words(moment, zone, lang, with_zone=False)


# ("today's pickup orders" → "the pickup orders of August 14", never "the pickup of August 14 orders")
_TWO_NOUNS = r"[a-z]+ (?!(?:is|was|has|does|says|shows|remains|stays|means|looks|seems|needs|gets|runs|goes|comes|makes|takes)\b)[a-z]+s"
_EN_RELATIVE = ((rf"\btoday['’]s ({_TWO_NOUNS}|[a-z]+)\b", r"the \1 of {day}"),
                (rf"\byesterday['’]s ({_TWO_NOUNS}|[a-z]+)\b", r"the \1 of {yesterday}"),
                (rf"\btomorrow['’]s ({_TWO_NOUNS}|[a-z]+)\b", r"the \1 of {tomorrow}"),
                (r"\byesterday (morning|afternoon|evening)\b", r"on the \1 of {yesterday}"),
                (r"\btomorrow (morning|afternoon|evening)\b", r"on the \1 of {tomorrow}"),
                # ("delays to this morning's departures" → "delays to the morning departures of 3 July",
                # never "to on the morning of 3 July's departures")
                (rf"\bthis (morning|afternoon|evening)['’]s ({_TWO_NOUNS}|[a-z-]+)\b", r"the \1 \2 of {day}"),
                (r"\b(?:earlier )?today\b", "on {day}"), (r"\bthis morning\b", "on the morning of {day}"),
                (r"\b(?:tonight|this evening)\b", "on the evening of {day}"), (r"\bthis afternoon\b",
                                                                               "on the afternoon of {day}"),
                (r"\byesterday\b", "on {yesterday}"), (r"\btomorrow\b", "on {tomorrow}"),
                # ("failed last night", written on 8 December: the night that began on the 7th)
                (r"\blast night(?!['’]s)\b", "on the night of {yesterday}"))
# « ce matin-là », « ce soir-là » name a moment the text already dated: they stay as written.
_FR_HOUR = r"(?:,\s*)?\s+(?:à\s+|vers\s+)?(?=\d{1,2}\s?h)"  # « ce matin 9 h », « hier soir à 22 h 40 »
_FR_RELATIVE = ((rf"\bce (?:matin|soir)\b(?![-‑]là){_FR_HOUR}", "le {day} à "),
                (rf"\bcet après-midi\b(?![-‑]là){_FR_HOUR}", "le {day} à "),
                (rf"\bhier (?:matin|soir|après-midi){_FR_HOUR}", "le {yesterday} à "),
                (rf"\bdemain (?:matin|soir|après-midi){_FR_HOUR}", "le {tomorrow} à "),
                (r"\bhier (matin|soir)\b", r"le {yesterday} au \1"), (r"\bdemain (matin|soir)\b", r"le {tomorrow} au \1"),
                # « sont aujourd'hui rentrées chez elles » is "by now": « sont désormais rentrées »,
                # never « sont le 14 mars rentrées » (seven of them went home the day before)
                (r"\b(sont|est|ont|a|avons|sommes|êtes|avez) aujourd['’]hui(?= [\w-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\b)",
                 r"\1 désormais"),
                (r"\b([Dd])['’]aujourd['’]hui\b", r"\1u {day}"), (r"\baujourd['’]hui\b", "le {day}"),
                (r"\bce matin\b(?![-‑]là)", "le {day} au matin"),
                (r"\bce soir\b(?![-‑]là)", "le {day} au soir"), (r"\bcet après-midi\b(?![-‑]là)", "le {day} après-midi"),
                (r"\bhier\b", "le {yesterday}"), (r"\bdemain\b", "le {tomorrow}"))


def since_last_night(text: str, local: datetime, day: Callable[[date], str]) -> str:
    """« depuis cette nuit (à 2 h) » is the night just gone, whatever the hour it was written:
    « depuis le 1er décembre à 2 h », « depuis la nuit du 30 novembre au 1er décembre » (never
    « depuis dans la nuit… », nor the night to come). `day` words a date (« 1er décembre »)."""
    import re
    from datetime import timedelta

    def named(match: re.Match[str]) -> str:
        if match.group("h") is None:
            before, after = local.date() - timedelta(days=1), local.date()
            first = day(before).split(" ")[0] if before.month == after.month else day(before)
            return f"{match.group('since')} la nuit du {first} au {day(after)}"
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        # (Written at 1:00, « depuis cette nuit à 23 h » is the evening before.)
        when = local.date() if (hour, minute) <= (local.hour, local.minute) else local.date() - timedelta(days=1)
        return f"{match.group('since')} le {day(when)} à {match.group('clock')}"

    return re.sub(r"\b(?P<since>[Dd]epuis) cette nuit(?:,? à (?P<clock>(?P<h>\d{1,2})[\s\u00a0\u202f]?h"
                  r"(?:[\s\u00a0\u202f]?(?P<m>\d{2}))?))?", named, text)


def absolute_days(text: str, lang: str, zone: ZoneInfo, moment: datetime) -> str:
    """Relative days ("this morning", « hier ») turned into the day they meant when `moment`
    was written: a text read days later must not say "this morning"."""
    import re
    from datetime import timedelta

    local = moment.astimezone(zone).date()
    # "tomorrow, Monday 30 November" already names its day; "please check it today" is undated.
    text = undated_instruction(already_named(text, lang), lang)
    days = {"day": day_words(local, lang, zone=zone), "yesterday": day_words(local - timedelta(days=1), lang, zone=zone),
            "tomorrow": day_words(local + timedelta(days=1), lang, zone=zone)}
    def keeping_capital(replacement: str) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            said = match.expand(replacement)
            # "Yesterday, …" opens a sentence: so does "On 27 November, …" (« Le 27 novembre… »).
            return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said
        return replace

    if lang == "en":
        # "At around 04:10 last night", written at 06:45: the small hours of that day (30 November),
        # never "on the night of 29 November", which reads as the 29th; "23:40 last night" the day before.
        written = moment.astimezone(zone)

        def clock_day(found: re.Match[str]) -> str:
            hour, minute = int(found.group("h")), int(found.group("m"))
            day = local if hour < 12 and (hour, minute) <= (written.hour, written.minute) else local - timedelta(days=1)
            return f"{found.group('clock')} on {day_words(day, lang, zone=zone)}"

        text = re.sub(r"(?P<clock>\b(?P<h>\d{1,2}):(?P<m>\d{2})) last night\b(?!['’]s)", clock_day, text)

        # "before 7:10 this morning" is "before 7:10 a.m. on March 11", never "7:10 on the morning of
        # March 11" (a release then reads "7:10 a.m. on the morning of"); a 24-hour clock, "07:10",
        # needs no half of the day.
        def clock_today(found: re.Match[str]) -> str:
            half = found.group("half") or ""
            part = found.group("part").casefold()
            offset = {"yesterday": -1, "tomorrow": 1}.get(part.split(" ")[0], 0)
            if not half and not found.group("clock").startswith("0") and int(found.group("clock").split(":")[0]) <= 12:
                half = " a.m." if part.endswith("morning") else " p.m."
            said = day_words(local + timedelta(days=offset), lang, zone=zone)
            return f"{found.group('clock')}{half} on {said}"

        text = re.sub(r"\b(?P<clock>\d{1,2}(?::\d{2})?)(?P<half>\s?[ap]\.m\.)?,? (?P<part>(?:this|yesterday|tomorrow) "
                      r"(?:morning|afternoon|evening)|tonight)\b(?!['’]s)", clock_today, text)
    if lang == "fr":
        # « avant 7 h 10 ce matin » → « avant 7 h 10 le 11 mars », never « 7 h 10 le 11 mars au matin ».
        offsets = {"ce": 0, "cet": 0, "hier": -1, "demain": 1}

        def heure_du_jour(found: re.Match[str]) -> str:
            said = day_words(local + timedelta(days=offsets[found.group("rel").casefold()]), lang, zone=zone)
            return f"{found.group('clock')} le {said}"

        text = re.sub(r"\b(?P<clock>\d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d{2})?),? (?P<rel>ce|cet|hier|demain)"
                      r" (?:matin|soir|après-midi)\b(?![-‑]là)", heure_du_jour, text)
    for pattern, replacement in (_FR_RELATIVE if lang == "fr" else _EN_RELATIVE if lang == "en" else ()):
        text = re.sub(pattern, keeping_capital(replacement.format(**days)), text, flags=re.IGNORECASE)
    if lang == "fr":  # « à le 29 novembre », « de le 8 » are not French: « au 29 », « du 8 »
        text = re.sub(r"\b([àÀ]) le (?=\d)", lambda m: "Au " if m.group(1) == "À" else "au ", text)
        text = re.sub(r"\b([dD])(?:e |['’])le (?=\d)", r"\1u ", text)  # « d'hier » → « du 27 novembre »
    return text


_MONTHS = {"en": "January|February|March|April|May|June|July|August|September|October|November|December",
           "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"}
_WEEKDAYS = {"en": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
             "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"}
_EN_PARTS = {"this morning": "morning", "this afternoon": "afternoon", "this evening": "evening", "tonight": "evening",
             "last night": "night"}


def already_named(text: str, lang: str) -> str:
    """"tomorrow, Monday 30 November" names its day twice: the relative word goes and the date
    stays ("on Monday 30 November", « le lundi 30 novembre »), never "on 30 November, Monday 30
    November"; a preposition keeps its place ("from Monday 30 November", « à partir du lundi… »)."""
    import re

    months, weekdays = _MONTHS.get(lang), _WEEKDAYS.get(lang)
    if months is None or weekdays is None:
        return text
    date = (rf"(?P<date>(?:(?:{weekdays}),? )?\d{{1,2}}(?:er)? (?:{months})\b|(?:(?:{weekdays}),? )?(?:{months}) "
            rf"\d{{1,2}}\b)")
    if lang == "en":
        # "Today's appointments, Monday 26 October, went ahead": "The appointments of Monday 26
        # October went ahead", never "On 26 October's appointments, Monday 26 October".
        def possessive(match: re.Match[str]) -> str:
            said = f"the {match.group('what')} of {match.group('date')}"
            return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said

        text = re.sub(rf"\b(?:today|tomorrow|yesterday)['’]s (?P<what>[a-z]+(?: [a-z]+)?),\s+{date},?", possessive, text,
                      flags=re.IGNORECASE)

        def english(match: re.Match[str]) -> str:
            prep, word, part = match.group("prep"), match.group("word").lower(), match.group("part")
            if match.group("subject") is not None and not prep and not part:
                # "Today, Saturday 5 December, is the last day": the day is the subject, "Saturday
                # 5 December is the last day", never "On Saturday 5 December, is…".
                said = match.group("date")
                return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said
            part = part or _EN_PARTS.get(word)
            lead = f"{prep} " if prep else "on "
            said = f"{lead}the {part.lower()} of {match.group('date')}" if part else f"{lead}{match.group('date')}"
            return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said

        return re.sub(rf"\b(?:(?P<prep>from|since|until|till|by|before|after) )?(?P<word>today|tomorrow|yesterday|"
                      rf"tonight|last night|this (?:morning|afternoon|evening))(?: (?P<part>morning|afternoon|evening|night))?,?"
                      rf"\s+{date}(?P<subject>,(?=\s+(?:is|was|will be|marks)\b))?", english, text, flags=re.IGNORECASE)

    def french(match: re.Match[str]) -> str:
        prep, part = (match.group("prep") or "").lower(), match.group("part")
        if match.group("subject") is not None and not prep and not part:
            said = f"le {match.group('date')}"  # « Aujourd'hui, samedi 5 décembre, est… » → « Le samedi 5 décembre est… »
            return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said
        joined = {"": "le ", "à partir de": "à partir du ", "jusqu'à": "jusqu'au ", "jusqu’à": "jusqu’au ",
                  "dès": "dès le ", "depuis": "depuis le ", "d'ici": "d'ici le ", "d’ici": "d’ici le "}[prep]
        said = f"{joined}{match.group('date')}" + (f" au {part}" if part in ("matin", "soir") else "")
        return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said

    return re.sub(rf"\b(?:(?P<prep>à partir de|jusqu['’]à|dès|depuis|d['’]ici) )?(?:aujourd['’]hui|demain|hier)"
                  rf"(?: (?P<part>matin|soir))?,?\s+{date}(?P<subject>,(?=\s+(?:est|était|sera|marque)\b))?", french, text,
                  flags=re.IGNORECASE)  # (« demain 27 novembre » too)


_EN_TODAY_ASKED = r"(?:please|check|call|contact|return|register|stop|visit|look|read|use|go|bring|update|change)"


def undated_instruction(text: str, lang: str) -> str:
    """"Please check its label today": an instruction is read when it is read, so its "today"
    (« aujourd'hui », « dès aujourd'hui ») goes rather than become a day already past."""
    import re

    if lang == "en":
        return re.sub(rf"((?:^|[.!?]\s+|,\s+)(?:please )?{_EN_TODAY_ASKED}\b[^.;:!?]*?)(?:,\s*|\s+)(?:right away |straight away )?today\b(?=,|[.;:!?]|$)",
                      r"\1", text, flags=re.IGNORECASE)
    if lang == "fr":
        return re.sub(r"((?:^|[.!?]\s+|,\s+)(?:vérifiez|appelez|contactez|rapportez|inscrivez|cessez|arrêtez|consultez|rendez|"
                      r"renseignez|connectez|écrivez|lisez|faites|utilisez|signalez)\b[^.;:!?]*?)(?:,\s*|\s+)"
                      r"(?:dès )?aujourd['’]hui\b(?=,|[.;:!?]|\s+(?:et|ou|si)\b|$)", r"\1", text, flags=re.IGNORECASE)
    return text


def zone_city(zone: ZoneInfo, lang: str) -> str:
    """The zone's city in the language (CLDR, via Babel): Europe/Brussels → Bruxelles."""
    from babel.dates import get_timezone, get_timezone_location

    own = zone.key.rsplit("/", 1)[-1].replace("_", " ")
    try:
        city = str(get_timezone_location(get_timezone(zone.key), locale=lang, return_city=True))
    except (LookupError, ValueError):
        return own
    # An old zone name is an alias whose city CLDR gives as another (America/Montreal →
    # Toronto): a translated name starts like the zone's own (Bruxelles, Londres), else keep it.
    return city if city[:1] == own[:1] else own


# « deux traversées supplémentaires cette nuit », « nous reprendrons la mer cette nuit »: written in
# the morning, a night told in the future (or with departures still to come) is the one ahead.
_FR_NIGHT_AHEAD = re.compile(r"\b(?:\w+(?:erons|eront|era|irons|iront|ira|drons|dront|dra)|sera|seront|aura|auront|"
                             r"va|vont|allons|prévue?s?|prévoyons|supplémentaires?|départs? de)\b", re.IGNORECASE)


_FR_PAST = re.compile(r"\b(?:a|ont|avons|avez|ai|avait|avaient|avions|était|étaient|fut|furent|s['’]est|se sont|"
                      r"été)\b", re.IGNORECASE)
# « est tombée », « sont arrivés »: a past told with « être ».
_FR_DONE = re.compile(r"\b(?:est|sont) (?:\w+ )?\w+(?:ée?s?|ie?s?|ue?s?)\b", re.IGNORECASE)
# (« Nous ajoutons deux traversées cette nuit »: a present tense with « nous », said of what we do.)
_FR_WE_DO = re.compile(r"\b(?:nous|on) (?:\w+ )?\w+ons\b|\bnous \w+ons\b", re.IGNORECASE)


def _around(text: str, at: int, stops: str) -> str:
    start = max(text.rfind(stop, 0, at) for stop in stops) + 1
    ends = [i for i in (text.find(stop, at) for stop in stops) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def night_ahead(text: str, at: int, local: datetime) -> bool:
    """Whether « cette nuit » at `at` in `text`, written at `local`, is the night to come: always
    in the afternoon or evening; in the morning, when its clause (else its sentence) tells it in
    the future or as what we do (« nous ajoutons deux traversées cette nuit »), never in the past."""
    clause, sentence = _around(text, at, ".!?,;:"), _around(text, at, ".!?")
    if re.search(r"\b(?:faite?s?|prise?s?|mise?s?|effectuée?s?|réalisée?s?|enregistrée?s?|survenue?s?|produite?s?|"
                 r"installée?s?|lancée?s?|menée?s?|appliquée?s?|apportée?s?|publiée?s?|sauvegardée?s?|copiée?s?|"
                 r"reçue?s?|envoyée?s?|détectée?s?|constatée?s?)\s+$", text[:at], re.IGNORECASE):
        # « une copie faite cette nuit », « les réparations effectuées cette nuit »: what the night
        # saw done, the night just gone, whatever "we do" with it now.
        return False
    if local.hour >= 12:
        # (Written at 15:00, « une baie est tombée en panne cette nuit » is the night just gone.)
        return bool(_FR_NIGHT_AHEAD.search(clause)) or not (_FR_PAST.search(clause) or _FR_DONE.search(clause))
    for words in (clause, sentence):
        if _FR_PAST.search(words):
            return False
        if _FR_NIGHT_AHEAD.search(words) or _FR_WE_DO.search(words):
            return True
    return False


def french_night(local: datetime, *, ahead: bool | None = None) -> str:
    """« cette nuit » written at `local`: « dans la nuit du 3 au 4 décembre », the night after an
    afternoon or evening, else the night before; `ahead` says which when the sentence tells it."""
    from datetime import timedelta

    ahead = local.hour >= 12 if ahead is None else ahead
    start = local.date() if ahead else local.date() - timedelta(days=1)
    end = start + timedelta(days=1)
    first = day_words(start, "fr").split()[0] if start.month == end.month else day_words(start, "fr")
    return f"dans la nuit du {first} au {day_words(end, 'fr')}"
