"""Renderer stage: when a later update has overtaken a statement's summary. A summary that still
awaits a day now past ("nous attendons les résultats lundi 7 décembre", read on the 10th) after
updates came since gives way to the newest update on the page and in every output; `check`
warns about the same summary (`overtaken-summary`), from the same reading."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from generator.core.model import Statement
from generator.rendering import roles
from generator.rendering.deadlines import _PROMISE, PROMISED_BEFORE, day_near

MONTHS = (r"(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
          r"august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
          r"octobre|novembre|décembre)")

# A day, and maybe the time, a sentence names: "on 3 December at 17:30", « le 3 décembre à 17 h 30 ».
_WEEKDAYS = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
             r"samedi|dimanche),?\s+)?")
_NAMED_MOMENT = re.compile(
    rf"\b{_WEEKDAYS}(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{MONTHS})\b(?:\s+\d{{4}})?"
    r"(?:,?\s+(?:at|by|from|à|dès|avant|d['’]ici)\s+(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)?(?P<minute>\d{2})?"
    r"\s*(?P<half>a\.?m\.?|p\.?m\.?)?)?", re.IGNORECASE)

# What the summary says is awaited ("we are awaiting the results on Monday 7 December", « nous
# attendons les résultats lundi 7 décembre »): as much to come as a promise.
_AWAITED = re.compile(r"\b(?:awaiting|await|expecting|waiting for|attendons|attend|attendent)\b", re.IGNORECASE)


_SINCE = re.compile(r"\b(?:since|depuis)\s+(?:(?:le|the)\s+)?(?:\w+\s+)?$", re.IGNORECASE)

# Where a clause ends: a date is announced only by the verb of its own clause ("…out of service
# since one of them slipped on Monday 23 November, | and they will stay shut until…").
# (So does a contrast: "…are still waiting for their money, | whereas we had promised it for 8 January".)
_CLAUSE_END = re.compile(r";|,\s+(?:et|and|mais|but|puis|then|alors que|whereas|although|though|bien que|même si|tandis que)\s+|"
                         r"\.\s", re.IGNORECASE)


def _clause_of(sentence: str, start: int, end: int) -> str:
    before = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    after = _CLAUSE_END.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


# A participle that tells when a thing was made or sold ("sold from", "bottled on", « vendus du »,
# « fabriqués entre le »), right before the day it names.
# ("sliced from 3 to 5 June": the range's first day may go without its month.)
_TOLD_PERIOD = re.compile(r"\b(?:sold|bought|made|produced|manufactured|bottled|packed|packaged|baked|sliced|filled|labelled|"
                          r"labeled|roasted|brewed|delivered|shipped|distributed|"
                          r"supplied|vendue?s?|achetée?s?|fabriquée?s?|produite?s?|embouteillée?s?|emballée?s?|livrée?s?|"
                          r"expédiée?s?|distribuée?s?|tranchée?s?|conditionnée?s?|cuite?s?|étiquetée?s?|torréfiée?s?|"
                          r"brassée?s?)\s+(?:(?:between|from|on|in|since|until|du|entre|le|les|en|depuis|"
                          r"jusqu['’]au)\s+)?(?:(?:the\s+)?\d{1,2}(?:er)?(?:\s+\w+)?\s+(?:to|and|au|et le|et)\s+)?$",
                          re.IGNORECASE)


def moments_announced(sentence: str, statement: Statement, zone: ZoneInfo) -> list[tuple[datetime, re.Match[str]]]:
    """The days and times one sentence of the summary announces as to come ("will be published
    on 3 December at 17:30"), each when it is over (a day at its end)."""
    future = _PROMISE.get(statement.lang, _PROMISE["en"])
    if not future.search(sentence) and not _AWAITED.search(sentence):
        return []
    found_moments = []
    for found in _NAMED_MOMENT.finditer(sentence):
        if _SINCE.search(sentence[:found.start()]):
            continue  # "Since Tuesday 15 December … and will until Saturday": a start, never to come
        if _TOLD_PERIOD.search(sentence[:found.start()]):
            continue  # "…gift boxes, sold from 28 November to 15 December": when they were sold, told
        clause = _clause_of(sentence, found.start(), found.end())
        if not future.search(clause) and not _AWAITED.search(clause):
            continue  # « …depuis que l'un d'eux a glissé le lundi 23 novembre, et ils resteront… »: told, not to come
        if PROMISED_BEFORE.search(clause):
            continue  # « alors que nous les avions promis pour le 8 janvier »: the day missed, told
        day = day_near(found.group("day"), found.group("month"), statement.started, zone)
        if day is None:
            continue
        if found.group("hour"):
            hour = int(found.group("hour")) % 12 + (12 if (found.group("half") or "").lower().startswith("p") else 0) \
                if found.group("half") else int(found.group("hour")) % 24
            moment = datetime.combine(day, time(hour, int(found.group("minute") or 0)), zone)
        else:
            moment = datetime.combine(day, time(23, 59), zone)  # a day is over at its end
        found_moments.append((moment, found))
    return found_moments


def passed_sentences(statement: Statement, now: datetime, zone: ZoneInfo) -> list[tuple[str, datetime]]:
    """The summary's sentences that announce as to come a moment now past, with that moment."""
    if statement.resolved or not statement.summary.strip():
        return []
    return [(sentence.text, moment) for sentence in roles.sentences(statement.summary, statement.lang)
            for moment, _found in moments_announced(sentence.text, statement, zone) if moment < now]


# A figure told as replacing an earlier one: "more than we first reported", "up from 3,400",
# "revised", « et non 3 400 », « contre 3 400 annoncés ».
REVISED = re.compile(r"\b(?:(?:more|fewer|less) than (?:we )?(?:first|initially|previously|earlier) (?:reported|said|announced|"
                     r"thought|counted)|up from|down from|revised|not \d|rather than \d|instead of (?:the )?\d|"
                     r"(?:plus|moins) (?:que|qu['’]annoncé|que (?:nous l['’]avions|prévu))|et non(?: pas)? \d|"
                     r"contre \d[\d\s\u00a0\u202f.,]*(?:annoncés?|initialement)|révisé|revu à la (?:hausse|baisse))",
                     re.IGNORECASE)


def count_revised(statement: Statement) -> bool:
    """Whether the newest update says it replaces a count the summary still gives ("they belong
    to 18,650 patients, more than we first reported" under "…of 14,200 of our patients")."""
    if statement.resolved or len(statement.updates) < 2 or not REVISED.search(statement.updates[0].text):
        return False
    from generator.rendering.brief import recount

    return any(recount(s.text, [statement.updates[0].text], statement.summary)
               for s in roles.sentences(statement.summary, statement.lang))


def summary_overtaken(statement: Statement, now: datetime, zone: ZoneInfo) -> bool:
    """Whether a later update has overtaken the summary: the summary still announces as to
    come a day now past, and an update has been posted since that day began; or the newest
    update says it replaces a count the summary gives (`count_revised`)."""
    if len(statement.updates) < 2:
        return False
    local_last = statement.last_update.at.astimezone(zone)
    return any(local_last.date() >= moment.astimezone(zone).date()
               for _sentence, moment in passed_sentences(statement, now, zone)) or count_revised(statement)
