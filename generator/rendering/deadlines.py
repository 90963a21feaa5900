"""Render stage: the days and times a statement's sentences promise something by, or describe a
state until, and whether they are over when an output is read. One place, so a copy, the press
release, the replies and the memo agree on which promises still hold ("your voucher will arrive
by 20 November", read on 29 November, is a promise that has passed: no output prints it as
ahead)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2, "mars": 3,
          "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9, "octobre": 10,
          "novembre": 11, "décembre": 12}

# North American English writes the month first ("by December 5", AP's "by Dec. 5, 2026"): the
# patterns below read the day first, so such a date is turned round before it is read.
_MONTH_FIRST = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                          r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
_AP_MONTHS = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September", "Oct.": "October",
              "Nov.": "November", "Dec.": "December"}


def day_first(text: str) -> str:
    """`text` with "December 5" (and "Dec. 5, 2026") written "5 December" ("5 December 2026")."""
    def turned(match: re.Match[str]) -> str:
        month = _AP_MONTHS.get(match.group(1), match.group(1))
        return f"{match.group(2)} {month}" + (f" {match.group(3)}" if match.group(3) else "")
    return _MONTH_FIRST.sub(turned, text)


_UNTIL = re.compile(r"\b(?:until|till|through|jusqu['’]au|jusqu['’]à (?:la fin du |le )?)\s*(?:the )?(\d{1,2})(?:er)?"
                    r"\s+([a-zéû]+)", re.IGNORECASE)
# "by 29 November", "by 29 November at 18:00", « d'ici le 29 novembre à 18 h »: the day, and the
# time when one is given.
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
            r"samedi|dimanche),?\s+)?")
_BY = re.compile(r"\b(?:by|before|no later than|d['’]ici (?:le )?|avant le|au plus tard le)\s*(?:the )?" + _WEEKDAY
                 + r"(\d{1,2})(?:er)?"
                 r"\s+([a-zéû]+)(?:\s+\d{4})?(?:,?\s+(?:at|à)\s+(\d{1,2})(?:[:.h]\s?(\d{2})|\s?h)?)?", re.IGNORECASE)
# A part of a day promised ("the 37 will be credited on 1 December in the morning", « le seront le
# 1er décembre au matin »): over at noon.
_MORNING = re.compile(r"\b(?:on|le)\s+" + _WEEKDAY + r"(\d{1,2})(?:er)?\s+([a-zéû]+)(?:\s+\d{4})?\s+(?:in the morning|au matin|"
                      r"dans la matinée|en matinée)\b|"
                      r"\bon the morning of\s+" + _WEEKDAY + r"(\d{1,2})\s+([a-z]+)\b", re.IGNORECASE)
# A day then a time it is promised by: « le mercredi 2 décembre d'ici 10 h », "on Wednesday 2
# December by 10:00".
_DAY_BY_TIME = re.compile(r"\b(?:on|le)\s+" + _WEEKDAY + r"(\d{1,2})(?:er)?\s+([a-zéû]+)(?:\s+\d{4})?,?\s+"
                          r"(?:by|before|d['’]ici|avant)\s+(\d{1,2})(?:[:.h]\s?(\d{2})|\s?h)?", re.IGNORECASE)
# Something promised for a day, and a time of it: "the timetable will be published on 3 December at
# 17:30", « le plan sera publié le 3 décembre à 17 h 30 », « nous saurons donc le 2 décembre au
# soir ». The day follows the verb within a few words, none of which opens a clause of its own
# ("we will refund everyone who travelled on 27 November" promises nothing for 27 November).
_ON_DAY = {
    "en": re.compile(r"\b(?:will|'ll|’ll|shall) (?:be )?(?:(?!who\b|that\b|which\b|from\b|since\b|for\b)\w+ ){0,3}?"
                     r"on\s+(?:the )?" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)(?:\s+\d{4})?"
                     r"(?:,?\s+(?:at|by)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?)?", re.IGNORECASE),
    "fr": re.compile(r"\b\w{2,}(?:ra|ront|rons|rez) (?:(?!qui\b|que\b|du\b|des\b|depuis\b|pour\b)[\w'’]+ ){0,4}?"
                     r"le\s+" + _WEEKDAY + r"(\d{1,2})(?:er)?\s+([a-zéû]+)(?:\s+\d{4})?"
                     r"(?:,?\s+(?:à|vers|d['’]ici)\s+(\d{1,2})\s?h\s?(\d{2})?)?()", re.IGNORECASE),
}
# Work planned for a day ("A thermal shock is planned for the night of 5 to 6 December", « sont
# prévus dans la nuit du 5 au 6 décembre »): once that day is over, it was done or it was not,
# and no document may print it as ahead. A night counts to its morning.
_PLANNED_DAY = {
    "en": re.compile(r"\b(?:is|are)\s+(?:planned|scheduled)\s+(?:for|on)\s+(?:the\s+night\s+of\s+|the\s+)?"
                     + _WEEKDAY + r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–)\s*" + _WEEKDAY + r")?(\d{1,2})(?:st|nd|rd|th)?"
                     r"\s+([a-z]+)()()()", re.IGNORECASE),
    "fr": re.compile(r"(?<!comme )\bprévue?s?\s+(?:pour\s+)?(?:le\s+|dans\s+la\s+nuit\s+du\s+|du\s+)"
                     + _WEEKDAY + r"(?:\d{1,2}(?:er)?\s+au\s+" + _WEEKDAY + r")?(\d{1,2})(?:er)?\s+([a-zéû]+)()()()",
                     re.IGNORECASE),
}
_WITHIN = re.compile(r"\bwithin (\d{1,3}) days of the (?:incident|accident|event)|\bdans les (\d{1,3}) jours "
                     r"(?:suivant|qui suivent) l['’](?:incident|accident|événement)", re.IGNORECASE)
# A promise, not a report: "will arrive by", « arrivera d'ici le », "is due by". "All charges
# were refunded by 25 November" is a fact kept, never a promise that has passed.
_PROMISE = {
    # "We are having the dryers inspected by 20 November": an arrangement, as much a promise as "will".
    "en": re.compile(r"\b(?:will|'ll|’ll|shall|going to|due|expect(?:ed|s)?|aim to|plan to|(?:is|are) (?:planned|scheduled)|"
                     r"should (?:arrive|reach|"
                     r"receive|get|be)|(?:we|they) are (?:having|getting) \w+|(?:we|they) are \w+ing)\b", re.IGNORECASE),
    # (« comme prévu » says a thing went as planned: done, not promised.)
    # (A future is a verb in lower case: "Veltara" is a name, « caméra » a noun.)
    "fr": re.compile(r"\b(?:(?-i:[a-zà-ÿ])(?!(?:améra|péra|xtra|ierra|obra|antra)s?\b)\w+(?:ra|ront|rez|rons)|devrai(?:ent|t)|(?<!comme )prévue?s?|comptons|d['’]ici|"
                     r"(?:est|sont) attendue?s?)\b",
                     re.IGNORECASE),
}


def day_near(day: str, month_word: str, written: datetime, zone: ZoneInfo) -> date | None:
    """The date a day and a month written at `written` mean (in its year, or the next one's for
    "3 January" written in December); None for a word that is no month."""
    month = MONTHS.get(month_word.lower())
    if month is None:
        return None
    local = written.astimezone(zone)
    try:  # "by 3 January" written in December is next year's
        return date(local.year + (1 if month < local.month - 6 else 0), month, int(day))
    except ValueError:
        return None


# "From Monday 30 November we are writing…", « à partir du lundi 30 novembre »: work that starts on a day.
_FROM = re.compile(r"\b(?:from|starting(?: on)?|beginning(?: on)?|as of|à partir du|à compter du|dès le|"
                   r"(?:from|à partir de|dès) (?:tomorrow|demain),?(?: le)?)\s+"
                   r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                   r"vendredi|samedi|dimanche)\s+)?(\d{1,2})(?:er)?\s+([a-zéû]+)", re.IGNORECASE)


def starts_later(text: str, now: datetime, zone: ZoneInfo) -> bool:
    """Whether a sentence tells of work that starts on a day still ahead ("From Monday 30
    November we are writing to each of you", read on 29 November): planned, not done."""
    text = day_first(text)
    today = now.astimezone(zone).date()
    for match in _FROM.finditer(text):
        day = day_near(match.group(1), match.group(2), now, zone)
        if day is not None and day > today:
            return True
    return False


def past_until(text: str, written: datetime, now: datetime, zone: ZoneInfo) -> bool:
    """Whether a sentence describes a state "until" a day that is already over ("Rue des
    Tanneurs stays closed until 27 November", read on 29 November)."""
    text = day_first(text)
    for match in _UNTIL.finditer(text):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is not None and day < now.astimezone(zone).date():
            return True
    return False


def passed_deadline(text: str, written: datetime, now: datetime, zone: ZoneInfo,
                    incident: datetime | None = None) -> date | None:
    """The day a sentence says something happens by ("we will publish the timetable by 29
    November", "by 29 November at 18:00", "refunded within 14 days of the incident"), when
    that day (or that time of it) is already over."""
    text = day_first(text)
    local_now = now.astimezone(zone)
    for match in _BY.finditer(text):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is None:
            continue
        if match.group(3):  # a time of day: over once that time has passed
            moment = datetime.combine(day, time(int(match.group(3)) % 24, int(match.group(4) or 0)), zone)
            if moment < local_now:
                return day
        elif day < local_now.date():
            return day
    # (Only a promise: "the commission inspected the halls on the morning of 29 November" is a fact,
    # and so is « Le 4 décembre au matin, 48 % des conducteurs sont en grève » beside a promise
    # of another sentence: the promise is looked for in the morning's own sentence.)
    for match in _MORNING.finditer(text):
        start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start())) + 1
        ends = [at for at in (text.find(". ", match.end()), text.find("; ", match.end())) if at >= 0]
        own = text[start:min(ends) if ends else len(text)]
        if not any(pattern.search(own) for pattern in _PROMISE.values()):
            continue
        if re.search(r"\b(?:was|were|had|been|posted|sent|delivered|envoyée?s?|postée?s?|été)\s+$", text[:match.start()]):
            continue  # "letters … were posted on the morning of 3 December and should arrive by 5 December"
        day = day_near(match.group(1) or match.group(3), match.group(2) or match.group(4), written, zone)
        if day is not None and datetime.combine(day, time(12, 0), zone) <= local_now:
            return day
    within = _WITHIN.search(text)
    if within and incident is not None:
        day = incident.astimezone(zone).date() + timedelta(days=int(within.group(1) or within.group(2)))
        if day < local_now.date():
            return day
    return None


# "will be refunded within 30 days", « sous 10 jours ouvrés »: a delay from the day it is written.
_WITHIN_DAYS = re.compile(r"\b(?:within|in the next|sous|dans un délai de|dans les)\s+(\d{1,3})\s+(working |business )?"
                          r"(?:days?|jours?)(\s+ouvr(?:és|ables))?\b(?!\s+(?:of|suivant|qui suivent))", re.IGNORECASE)
# An offer open until a day ("can ask for a refund until 31 December", "we are keeping the items
# until 11 December", « peuvent demander le remboursement jusqu'au 31 décembre »): kept until then.
_OPEN_UNTIL = {"en": re.compile(r"\b(?:can|may|are keeping|will keep|keep)\b", re.IGNORECASE),
               "fr": re.compile(r"\b(?:pouvez|peuvent|peut|pourrez|pourront|conservons|gardons|conserverons)\b",
                                re.IGNORECASE)}


# A delay counted from each claim, not from the day it is written ("Send your claim by 31 January
# so that we can pay it within 30 days", « pour que nous puissions la régler dans les 30 jours »,
# "within 10 days of receiving the set"): no one day to keep.
_FROM_EACH = re.compile(r"\bso (?:that )?we can\b|\bpour (?:que nous puissions|qu['’]on puisse|que nous la|que nous le)\b|"
                        r"\b(?:of|after) (?:receiving|receipt|we receive)\b|\b(?:à|dès|suivant (?:la )?) ?réception\b|"
                        r"\bsuivant (?:sa|la|leur) réception\b|\bonce we (?:receive|have)\b", re.IGNORECASE)


def _after_days(written: datetime, zone: ZoneInfo, days: int, working: bool) -> date:
    day = written.astimezone(zone).date()
    if not working:
        return day + timedelta(days=days)
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


# What readers are told to expect ("…much slower, so expect long queues", "Please expect delays"):
# a warning to them, not our promise.
_READER_EXPECTS = re.compile(r"(?:^|[,;:.]\s*(?:so |and |but )?|\bplease )expect\b", re.IGNORECASE)


def promised_by(text: str, lang: str, written: datetime, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """When a sentence promises something by ("your voucher will arrive by 20 November",
    « nous vous écrirons d'ici le 4 décembre à 18 h », "refunded within 30 days" of the day it was
    written), or keeps an offer open until ("can ask for a refund until 31 December"): the time
    given, else the end of that day, and whether a time was given; None for a sentence that
    reports a fact or names no day."""
    text = day_first(text)
    if not _PROMISE.get(lang, _PROMISE["en"]).search(_READER_EXPECTS.sub(" ", text)):
        return open_until(text, lang, written, zone)
    for match in _BY.finditer(text):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is None or _NOT_BEFORE.search(text[:match.start() + 12]):
            continue  # ("will not reopen before Monday 14 December" is the earliest day, not a deadline)
        if match.group(3):
            return datetime.combine(day, time(int(match.group(3)) % 24, int(match.group(4) or 0)), zone), True
        return datetime.combine(day, time(23, 59), zone), False
    for match in _DAY_BY_TIME.finditer(text):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is not None:
            return datetime.combine(day, time(int(match.group(3)) % 24, int(match.group(4) or 0)), zone), True
    for match in _MORNING.finditer(text):
        day = day_near(match.group(1) or match.group(3), match.group(2) or match.group(4), written, zone)
        # ("21 ont repris le service le 1er décembre au matin ; il reprendra le service le 2
        # décembre": the morning is the report's, not the promise's.)
        if day is not None and _PROMISE.get(lang, _PROMISE["en"]).search(_clause_at(text, match.start())):
            return datetime.combine(day, time(12, 0), zone), True
    within = _WITHIN_DAYS.search(text)
    if within and not _FROM_EACH.search(text):
        day = _after_days(written, zone, int(within.group(1)), bool(within.group(2) or within.group(3)))
        return datetime.combine(day, time(23, 59), zone), False
    return open_until(text, lang, written, zone)


# "You may travel without a ticket until the end of service tonight", « jusqu'à la fin du service
# ce soir »: an offer open until the end of the day it is written.
_UNTIL_TONIGHT = re.compile(r"\b(?:until|till) (?:the end of (?:service|the day)(?: tonight| today)?|tonight|midnight)\b|"
                            r"\bjusqu['’](?:à la fin (?:du service|de la journée)(?: ce soir| aujourd['’]hui)?|"
                            r"à ce soir|à minuit|au soir)\b", re.IGNORECASE)


_NOT_BEFORE = re.compile(r"\b(?:not|never|won['’]t|pas|ne|nicht)\b[^.;:]{0,50}\b(?:before|avant(?: le)?|vor)\s*\S*$",
                         re.IGNORECASE)


def _clause_at(text: str, at: int) -> str:
    """The clause of `text` around position `at`, between semicolons, sentence ends, or "and"
    before a new verb ("We notified the CNIL on the morning of 2 December | and will write…")."""
    joins = [m for m in _JOINED.finditer(text)]
    start = max([text.rfind(";", 0, at), text.rfind(". ", 0, at), *(m.end() - 1 for m in joins if m.end() <= at)]) + 1
    ends = [i for i in (text.find(";", at), text.find(". ", at), *(m.start() for m in joins if m.start() >= at))
            if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def open_until(text: str, lang: str, written: datetime, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """The day an offer stays open until ("can ask for a refund until 31 December"), as `promised_by`."""
    text = day_first(text)
    if not _OPEN_UNTIL.get(lang, _OPEN_UNTIL["en"]).search(text):
        return None
    if _UNTIL_TONIGHT.search(text):
        return datetime.combine(written.astimezone(zone).date(), time(23, 59), zone), False
    for match in _UNTIL.finditer(text):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is not None:
            return datetime.combine(day, time(23, 59), zone), False
    return None


def passed_promise(text: str, lang: str, written: datetime, now: datetime, zone: ZoneInfo) -> date | None:
    """The day of a promise a sentence makes ("your voucher will arrive by 20 November") when it
    has passed; None for a sentence that reports a fact or whose promise still holds."""
    promise = _PROMISE.get(lang, _PROMISE["en"])
    if not promise.search(text):
        return None
    # "We notified the CNIL this morning and will write to every family": the morning is when
    # the done half was done, not the day the promise is for.
    clauses = _JOINED.split(text)
    if len(clauses) > 1:
        text = " ".join(c for c in clauses if promise.search(c) or not _DONE.match(c.strip()))
    # "…will be replaced with a new one, which left the factory on the morning of 19 December": the
    # day is when the part left, told in the past, not the day the work is planned for.
    text = _PAST_RELATIVE.sub("", text)
    # "…, and we had promised to refund every ticket by 8 January": a promise told as made before,
    # pluperfect, is a fact of the story (the day it missed), not the plan the sentence makes.
    text = PROMISED_BEFORE.sub("", text)
    return passed_deadline(text, written, now, zone) or _passed_day(text, lang, written, now, zone)


# A promise told as made before: "we had promised…", « nous les avions promis pour le 8 janvier ».
PROMISED_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?(?:promised|planned|pledged|announced|undertaken)\b[^;.]*|"
                             r"\b(?:avions|aviez|avaient|avait)\s+(?:\w+\s+)?(?:promise?s?|prévue?s?|annoncée?s?|"
                             r"garantie?s?)\b[^;.]*", re.IGNORECASE)


# A relative clause told in the past (", which left the factory on…", « , qui a quitté l'usine le… »).
_PAST_RELATIVE = re.compile(r",\s+(?:which|who|that|qui)\s+(?:(?:was|were|had|has|have|a|ont|avait|avaient|est|sont|était|"
                            r"étaient)\s+(?:\w+\s+)?\w+(?:ed|é|ée|és|ées|is|it|en|t)\b|\w+ed\b|left|came|went|arrived|"
                            r"took|made|sent|got|began|broke|ran|set off)[^,;:]*", re.IGNORECASE)
_JOINED = re.compile(r",?\s+(?:and|et)\s+(?=(?:will|we|nous|\w+(?:rons|rez|ront|ra)\b))|\s*[;:]\s+|\s*\u00a0[;:]\s+")
# A clause that tells what was done ("We notified the CNIL this morning", « Nous avons notifié… »).
_DONE = re.compile(r"^(?:we (?:have )?(?:\w+ed|sent|told|made|took|found|wrote|gave)\b|nous (?:l['’]|les |leur )?avons \w+[éiust]e?s?\b|"
                   r"wir haben\b)", re.IGNORECASE)


def _passed_day(text: str, lang: str, written: datetime, now: datetime, zone: ZoneInfo) -> date | None:
    """The day something was promised for (`_ON_DAY`), when it, or the time of it given, is over."""
    patterns = [p for p in (_ON_DAY.get(lang), _PLANNED_DAY.get(lang)) if p is not None]
    local_now = now.astimezone(zone)
    for match in (m for pattern in patterns for m in pattern.finditer(day_first(text))):
        day = day_near(match.group(1), match.group(2), written, zone)
        if day is None:
            continue
        if match.group(3):
            hour = int(match.group(3)) % 12 + (12 if (match.group(5) or "").lower().startswith("p") else 0) \
                if match.group(5) else int(match.group(3)) % 24
            if datetime.combine(day, time(hour, int(match.group(4) or 0)), zone) < local_now:
                return day
        elif day < local_now.date():
            return day
    return None


# Where a sentence may lose a clause that carries a passed promise: after a colon or a semicolon
# ("…, you do not need to do anything: your voucher will arrive by 20 November").
_CLAUSE = re.compile(r"\s*[;:]\s+|\s*\u00a0[;:]\s+|,\s+(?:and|et)\s+")


def without_passed_promise(sentence: str, lang: str, written: datetime, now: datetime, zone: ZoneInfo) -> str:
    """The sentence as it still holds: whole when its promise still holds; without the clause
    that carries a promise now passed; "" when the whole sentence is that promise."""
    if passed_promise(sentence, lang, written, now, zone) is None:
        return sentence
    parts = _CLAUSE.split(sentence)
    if len(parts) > 1:
        kept = [p for p in parts if passed_promise(p, lang, written, now, zone) is None]
        if kept and kept[0] == parts[0] and len(kept[0]) >= 20 and len(kept) < len(parts):
            # The first clause says the rest's subject; later clauses join it again.
            joined = kept[0] if len(kept) == 1 else sentence[:sentence.index(kept[-1]) + len(kept[-1])]
            if all(passed_promise(p, lang, written, now, zone) is None for p in _CLAUSE.split(joined)):
                return joined.rstrip(" ,;:\u00a0") + "."
    return ""


def _sentences(text: str) -> list[str]:
    """A statement's text cut at each sentence's end (its wrapped lines are no ends)."""
    return re.split(r"(?<=[.!?])\s+", text)


def reported_done(day: date, texts: list[str], lang: str) -> bool:
    """Whether the statement reports done on `day` what was promised by it: a sentence naming
    that day with no promise in it ("All 3,870 trips were refunded in full on 10 November")."""
    from generator.rendering.moments import day_words

    named = day_words(day, lang)  # (day first, as `day_first` writes every text)
    promise = _PROMISE.get(lang, _PROMISE["en"])
    for text in texts:
        for sentence in _sentences(day_first(text)):
            if named in sentence and not promise.search(sentence) and not _BY.search(sentence) \
                    and not _NOT_A_REPORT.search(sentence):
                return True
    return False


# A sentence naming a day that reports nothing done: the next update's time ("Prochain point
# demain 4 décembre à 11 h") or how long a measure lasts ("reste en vigueur jusqu'au 4 décembre").
_NOT_A_REPORT = re.compile(r"\b(?:next update|next (?:briefing|statement)|prochain point|prochaine mise à jour|"
                           r"nächste[rs]? (?:Update|Meldung)|until|till|jusqu['’](?:au|à|en)|bis zum)\b", re.IGNORECASE)


# A report of what was done ("were refunded", « ont été remboursés »), not a timetable ("the
# station reopens on 28 November").
_PAST = {"en": re.compile(r"\b(?:was|were|has been|have been|had been|received|got|\w+ed (?:in full |back )?on|"
                          # "We have credited the wrong charges": a present perfect reports it done
                          r"(?:we|they|has|have|had|'ve) (?:now |already |also |just )?(?:have |had )?(?:\w+ed|sent|paid|"
                          r"made|put|begun|taken|given|written|rebuilt|brought|sold|won|shut|cut|set))\b",
                          re.IGNORECASE),
         "fr": re.compile(r"\b(?:a|ont|avons|avez|a été|ont été) (?:été |bien |déjà |intégralement |tous |toutes )?"
                          r"\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|ert|erte|erts|ertes)\b", re.IGNORECASE)}
def done_words(text: str, lang: str) -> bool:
    """Whether a text reports something done ("we have made the changes we committed to")."""
    past = _PAST.get(lang, _PAST["en"])
    return past.search(text) is not None or re.search(r"\b(?:we have|we've|nous avons) (?:\w+ )?(?:made|done|kept|"
                                                     r"published|completed|fait|tenu|publié|terminé)\b", text,
                                                     re.IGNORECASE) is not None


# ("Monday 30 November" is 30 November: a weekday is never the month of "Monday 30".)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er)?\s+([A-Za-zéû]+)\b|\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday)\b)([A-Z][a-z]+)\s+(\d{1,2})\b")


def days_named(text: str, written: datetime, zone: ZoneInfo) -> list[date]:
    """The dates `text` names by day and month ("14 March", « le 14 mars », "March 14"), read as
    of when it was `written`."""
    found = []
    for match in _DAY_MONTH.finditer(text):
        day_text, month_word = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        day = day_near(day_text, month_word, written, zone)
        if day is not None:
            found.append(day)
    return found


def latest_day_told(texts: list[str], written: datetime, now: datetime, zone: ZoneInfo, lang: str) -> date | None:
    """The latest day, not after today, that the sentences report something done on ("All
    trips were refunded in full on 10 November"): the text was written that day or later."""
    promise = _PROMISE.get(lang, _PROMISE["en"])
    today = now.astimezone(zone).date()
    latest: date | None = None
    for text in texts:
        for sentence in _sentences(text):
            if promise.search(sentence) or _BY.search(sentence) or _FROM.search(sentence) \
                    or not _PAST.get(lang, _PAST["en"]).search(sentence):
                continue
            for day in days_named(sentence, written, zone):
                if day <= today and (latest is None or day > latest):
                    latest = day
    return latest
