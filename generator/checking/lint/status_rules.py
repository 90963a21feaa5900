"""Stage 2, checks: the status rules. Each looks at one language file and asks whether its
words agree with its status. A resolved statement whose summary still describes work in
progress ("we are investigating", « un correctif est en cours de déploiement ») is published
beside "Resolved", and the resolution's copies (the e-mail subject among them) carry both.

The signs are phrases of the present progressive, of work under way and of a promised next
update, per language; a phrase that is negated ("we are no longer investigating", « nous
n'analysons plus ») does not match, because the negation sits between its words. A warning:
a summary can mention past work in words these phrases do not tell apart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from generator.checking.lint.registry import WARNING, Rule, quoted
from generator.checking.lint.sentences import Block, Sentence, split
from generator.checking.lint.statement_rules import Context
from generator.core.model import Problem, Section, Statement, Status, Update
from generator.reading.kinds import MONTHS as _MONTHS
from generator.reading.kinds import still_claimed, title_overtaken

_APOSTROPHE = "['’]"
# Work on the problem itself. Follow-up work that goes on after a resolution ("we are refunding
# every failed payment", "we continue to monitor", « nous vérifions chaque paiement ») is not a
# sign: a resolved statement may well say it.
_EN_WORK = (r"investigating|looking\s+into|analys[iy]ing|deploying\s+(?:a|the)\s+fix|rolling\s+out\s+(?:a|the)\s+fix|"
            r"restoring|fixing|repairing|trying\s+to|"
            r"working\s+(?:on\s+(?:it|a\s+fix|the\s+(?:problem|issue|fix))|to\s+(?:restore|fix|resolve|repair|bring))")
_FR_WORK = (r"analysons|enquêtons|déployons\s+(?:un|le)\s+correctif|rétablissons|recherchons|cherchons|corrigeons|"
            r"menons\s+l['’]analyse|y\s+travaillons|travaillons\s+(?:à|au)\s+(?:rétablir|corriger|résoudre|"
            r"réparer|rétablissement|correctif)|travaillons\s+sur\s+(?:le|ce)\s+problème")

IN_PROGRESS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"\b(?:we|our\s+(?:\w+\s+)?(?:team|teams|engineers|staff))(?:{_APOSTROPHE}re|\s+are|\s+is)\s+"
        rf"(?:(?:still|now|currently|actively|urgently)\s+)?(?:{_EN_WORK})\b",
        r"\b(?:is|are)\s+(?:(?:still|currently|now)\s+)?being\s+(?:deployed|investigated|fixed|restored|"
        r"rolled\s+out|looked\s+into|repaired|analy[sz]ed)\b",
        r"\b(?:is|are|remains?)\s+(?:still\s+)?(?:in\s+progress|under\s+way|underway|under\s+investigation)\b",
        r"\b(?:next|further)\s+update\b",
        r"\bwe\s+will\s+(?:post|publish|give|share|provide|send)\s+(?:an?\s+|the\s+|more\s+)?"
        r"(?:update|news|information|details)\b",
        r"\b(?:still|currently)\s+(?:failing|down|unavailable|disrupted|not\s+working)\b",
        rf"\bwe\s+(?:do\s+not|don{_APOSTROPHE}t)\s+(?:yet\s+)?know\b",
    )),
    "fr": tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"\bnous\s+(?:sommes\s+(?:toujours\s+)?en\s+train\s+d[e'’]\s*\w+|(?:{_FR_WORK}))\b",
        r"\bnos\s+équipes\s+(?:analysent|enquêtent|rétablissent|recherchent|corrigent|y\s+travaillent)\b",
        r"\ben\s+cours\s+(?:d['’]\s*(?:analyse|investigation|examen)|de\s+(?:déploiement|résolution|"
        r"rétablissement|correction|réparation))\b",
        r"\b(?:est|sont|reste|restent)\s+(?:toujours\s+)?en\s+cours\b",
        r"\b(?:prochain\s+point|prochaine\s+mise\s+à\s+jour)\b",
        r"\bnous\s+(?:publierons|donnerons|communiquerons|partagerons|ferons)\s+(?:un\s+(?:nouveau\s+)?point|"
        r"le\s+point|une\s+(?:nouvelle\s+)?mise\s+à\s+jour|de\s+nouvelles|d['’]autres)\b",
        r"\b(?:toujours|actuellement)\s+(?:en\s+panne|indisponibles?|perturbée?s?|inaccessibles?)\b",
        r"\bne\s+(?:connaissons|savons)\s+pas\s+encore\b",
    )),
}


_FINDINGS_LATER = re.compile(r"\b(?:publish|share|release)\b[^.]{0,80}\b(?:findings|conclusions|results|report)\b|"
                             r"\b(?:publierons|partagerons|communiquerons)\b[^.]{0,80}\b(?:conclusions|résultats|"
                             r"rapport)\b", re.IGNORECASE)
_INQUIRY = re.compile(r"investigat|enquête|enquêtons", re.IGNORECASE)
# An inquiry that others lead ("The causes of the crash are being investigated by the
# gendarmerie", « les circonstances font l'objet d'une enquête de la gendarmerie ») goes on after
# the crisis is over, and saying so is true. (Our own "The cause is under investigation." beside
# "Resolved", with no findings to come, still reads as work under way.)
_INQUIRY_GOES_ON = re.compile(r"\b(?:circumstances|circonstances)\b|"
                              r"\b(?:investigated|under investigation|investigation)\s+by\b|"
                              r"\b(?:police|coroner['’]?s?|regulator['’]?s?|criminal|judicial|official|independent)\s+"
                              r"(?:investigation|inquiry|inquest)\b|"
                              r"\benquête\s+(?:de|du|des|menée)\b", re.IGNORECASE)


_STILL_GOING = re.compile(r"\b(?:still )?(?:under ?way|ongoing|continu\w*|en cours|se poursui\w*)\b", re.IGNORECASE)


def in_progress_phrases(text: str, lang: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phrase in `text` that describes work still under way."""
    for pattern in IN_PROGRESS.get(lang, IN_PROGRESS["en"]):
        for match in pattern.finditer(text):
            yield match.span()


# A summary that says the cause is not known ("We do not yet know what caused it", « La cause n'est
# pas encore connue »), read beside an update that found it.
_CAUSE_UNKNOWN = re.compile(
    rf"\bwe\s+(?:do\s+not|don{_APOSTROPHE}t)\s+(?:yet\s+)?know\s+(?:yet\s+)?(?:what\s+(?:caused|causes|is\s+causing)|why|the\s+cause)\b|"
    r"\b(?:the\s+)?cause\s+(?:is|remains)\s+(?:still\s+|not\s+yet\s+|as\s+yet\s+)?(?:unknown|not\s+(?:yet\s+)?known|"
    r"under\s+investigation|being\s+investigated)\b|"
    r"\b(?:we\s+are|we['’]re)\s+(?:still\s+)?(?:investigating|looking\s+for|trying\s+to\s+(?:find|understand))\s+"
    r"(?:the\s+cause|what\s+caused|why)\b|"
    r"\bnous\s+ne\s+(?:connaissons|savons)\s+pas\s+encore\s+(?:la\s+cause|ce\s+qui\s+a\s+(?:causé|provoqué)|pourquoi)\b|"
    r"\b(?:la\s+)?cause\s+(?:n['’]est\s+pas\s+encore\s+connue|est\s+(?:encore\s+|toujours\s+)?inconnue|"
    r"reste\s+(?:à\s+déterminer|inconnue)|est\s+en\s+cours\s+d['’]analyse)\b|"
    r"\bnous\s+(?:cherchons|recherchons)\s+(?:encore\s+|toujours\s+)?(?:la\s+cause|ce\s+qui\s+a\s+(?:causé|provoqué)|"
    r"pourquoi)\b", re.IGNORECASE)


def check_stale_summary(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    summary = statement.section("summary")
    if summary is None or not summary.text.strip():
        return
    if not statement.resolved:
        yield from _cause_found_since(rule, statement, summary)
        yield from _count_found_since(rule, statement, summary)
        return
    for sentence in split(Block(summary.text, summary.body_line, 1, "summary")):
        spans = sorted(in_progress_phrases(sentence.text, statement.lang))
        if _FINDINGS_LATER.search(sentence.text) or _INQUIRY_GOES_ON.search(sentence.text):
            # "The cause is under investigation; we will publish the findings": an inquiry goes on
            # after the crisis is over, and saying so is true.
            # (Nor "…is still under way", « …est toujours en cours », said of that inquiry.)
            inquiry = _INQUIRY.search(sentence.text) is not None
            spans = [(a, b) for a, b in spans if not _INQUIRY.search(sentence.text[a:b]) and not (
                inquiry and _STILL_GOING.search(sentence.text[a:b]))]
        if spans:
            start, end = spans[0]
            for other_start, other_end in spans[1:]:  # overlapping phrases are quoted as one
                if other_start <= end:
                    end = max(end, other_end)
            line, column = sentence.position(start)
            yield rule.problem(statement, line, column,
                               "the statement is resolved but its summary still describes work in progress: "
                               f"{quoted(sentence.words(start, end))}, published beside “{_resolved(statement)}”")
            return  # one finding: the summary is rewritten as a whole


# A summary that says the count is not known ("We do not yet know how many patients are concerned",
# « Nous ne savons pas encore combien de clients sont touchés »), read beside an update that counts them.
_COUNT_UNKNOWN = re.compile(
    rf"\bwe\s+(?:do\s+not|don{_APOSTROPHE}t)\s+(?:yet\s+)?know\s+(?:yet\s+)?how\s+many\b|"
    r"\b(?:the\s+)?(?:number|count|extent)\s+(?:of\s+\w+\s+)?(?:is|remains)\s+(?:still\s+|not\s+yet\s+)?(?:unknown|not\s+(?:yet\s+)?known)\b|"
    r"\bnous\s+ne\s+(?:savons|connaissons)\s+pas\s+encore\s+(?:combien|le\s+nombre)\b|"
    r"\b(?:le\s+)?nombre\s+(?:de\s+\w+\s+)?(?:n['’]est\s+pas\s+encore\s+connu|reste\s+inconnu|est\s+encore\s+inconnu)\b",
    re.IGNORECASE)
# An update that counts ("3,180 patients' records were viewed", « les dossiers de 3 180 patients »).
_COUNTED = re.compile(r"\b\d{1,3}(?:[,\u00a0\u202f ]\d{3})+\b|\b\d{2,}\s+(?:[^\W\d_]+\s+){0,2}?(?:patients?|customers?|"
                      r"clients?|members?|membres?|people|personnes|users?|utilisateurs?|accounts?|comptes?|records?|dossiers?|"
                      r"cards?|cartes?|employees?|salariés?)\b", re.IGNORECASE)


def _count_found_since(rule: Rule, statement: Statement, summary: Section) -> Iterator[Problem]:
    """Still open: an update since gives the count the summary says is not known (newcomer 59: a
    release read "does not yet know how many patients are concerned" above "3,180 patients")."""
    if statement.maintenance or not statement.updates or not _COUNTED.search(statement.last_update.text):
        return
    stale = _summary_still_says(summary, _COUNT_UNKNOWN)
    if stale is None:
        return
    sentence, found = stale
    line, column = sentence.position(found.start())
    yield rule.problem(statement, line, column,
                       "the newest update gives a count, but the summary still says "
                       f"{quoted(sentence.words(found.start(), found.end()))}: the page, every copy and the press "
                       "release lead with the summary",
                       hint=_COUNT_HINT.get(statement.lang, _COUNT_HINT["en"]))


def _summary_still_says(summary: Section, pattern: re.Pattern[str],
                        unless: re.Pattern[str] | None = None) -> tuple[Sentence, re.Match[str]] | None:
    """The summary's first sentence that still says what the newest update has overtaken."""
    for sentence in split(Block(summary.text, summary.body_line, 1, "summary")):
        found = pattern.search(sentence.text)
        if found is not None and (unless is None or not unless.search(sentence.text)):
            return sentence, found
    return None


_COUNT_HINT = {
    "en": "Rewrite the summary with the count the update gives (and say if it may still change).",
    "fr": "Réécrivez le résumé avec le nombre que donne le point de situation (et dites s'il peut encore changer).",
}


def _cause_found_since(rule: Rule, statement: Statement, summary: Section) -> Iterator[Problem]:
    """Still open: the newest update says the cause is found (identified, monitoring) while the
    summary, which every copy leads with, still says it is not known."""
    if statement.maintenance or not statement.updates or statement.last_update.status not in (
            Status.IDENTIFIED, Status.MONITORING):
        return
    stale = _summary_still_says(summary, _CAUSE_UNKNOWN, unless=_INQUIRY_GOES_ON)
    if stale is None:
        return
    sentence, found = stale
    line, column = sentence.position(found.start())
    update = statement.last_update
    yield rule.problem(statement, line, column,
                       f"the newest update ({update.status_word or update.status.value}) says the cause is found, "
                       f"but the summary still says {quoted(sentence.words(found.start(), found.end()))}: the page "
                       "and every copy lead with the summary",
                       hint=_CAUSE_HINT.get(statement.lang, _CAUSE_HINT["en"]))


_CAUSE_HINT = {
    "en": "Rewrite the summary with what is now known: the cause, in plain words, and what is being done about it.",
    "fr": "Réécrivez le résumé avec ce que l'on sait désormais : la cause, en mots simples, et ce qui est fait.",
}


_RECOVERY_HINT = {
    "en": "Retitle it for where things stand, without calling it over: the event and the recovery "
          "('IT outage: services gradually returning to normal').",
    "fr": "Reformulez le titre selon la situation, sans la dire terminée : l'événement et la reprise "
          "(« Panne informatique : reprise progressive dans nos trois hôpitaux »).",
}


def check_stale_title(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    if statement.maintenance:
        return
    if not statement.resolved:
        # Still open, but the summary's news is the recovery: a title that says "reduced activity"
        # heads an SMS and an e-mail that would keep people away from appointments that go ahead.
        degraded = title_overtaken(statement)
        if degraded:
            # (Still open: the hint never asks for an "it is over" title, a premature all-clear.)
            yield rule.problem(statement, statement.key_lines.get("title", 1), 1,
                               f"the title still says {quoted(degraded)} but the summary opens on the "
                               "recovery: the title heads the page, every copy, the e-mail subjects and the headline",
                               hint=_RECOVERY_HINT.get(statement.lang, _RECOVERY_HINT["en"]))
        return
    found = still_claimed(statement.title, statement.lang)
    if found:
        yield rule.problem(statement, statement.key_lines.get("title", 1), 1,
                           f"the statement is resolved but its title still says {quoted(found)}: every copy, "
                           "e-mail subject and headline of the resolution carries the title")


def announced_moments(statement: Statement, zone: ZoneInfo) -> list[tuple[datetime, Sentence, re.Match[str]]]:
    """The days and times an ongoing statement's summary announces as to come ("will be published
    on 3 December at 17:30", « attendons les résultats lundi 7 décembre »), each when it is over
    (a day at its end), with where they are. Also part of the checks' cache key: a summary
    overtaken since the last run is found again."""
    from generator.rendering.overtaken import moments_announced

    summary = statement.section("summary")
    if statement.resolved or summary is None or not summary.text.strip():
        return []
    return [(moment, sentence, found) for sentence in split(Block(summary.text, summary.body_line, 1, "summary"))
            for moment, found in moments_announced(sentence.text, statement, zone)]


def check_overtaken_summary(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """An ongoing statement whose summary still announces as to come what is now past ("The
    timetable will be published on 3 December at 17:30", read on the 4th): every copy and the
    page lead with it."""
    from generator.rendering.overtaken import summary_overtaken

    now = ctx.now.astimezone(ctx.settings.timezone)
    overtaken = summary_overtaken(statement, ctx.now, ctx.settings.timezone)
    for moment, sentence, found in announced_moments(statement, ctx.settings.timezone):
        if moment < now:
            line, column = sentence.position(found.start())
            yield rule.problem(statement, line, column,
                               f"the summary still speaks of {quoted(found.group(0).strip())} as to come, and "
                               "that time has passed: " + (
                                   "until it is rewritten, the page and every copy lead with the newest update, "
                                   "and the page marks the summary as older" if overtaken
                                   else "the page and every copy lead with the summary"))
            return  # one finding: the summary is rewritten as a whole
    # A count a later update gave again with another number ("trois unités", then "cinq unités").
    from generator.rendering.brief import recount

    summary = statement.section("summary")
    later = [_as_corrected(u) for u in statement.updates[:-1]]  # every update after the first, newest first
    if summary is None or statement.resolved or not later:
        return
    for sentence in split(Block(summary.text, summary.body_line, 1, "summary")):
        counts = recount(sentence.text, later, summary.text)
        if counts:
            line, column = sentence.position(sentence.text.find(counts[0]))
            yield rule.problem(statement, line, column,
                               f"the summary says {quoted(counts[0])} and a later update says {quoted(counts[1])}: " + (
                                   "until it is rewritten, the page and every copy lead with the newest update, "
                                   "and the page marks the summary as older" if overtaken
                                   else "the page and every copy lead with the summary"))
            return


def _as_corrected(update: Update) -> str:
    """An update's text with each value its corrections put right ("146 passengers, not 164"):
    a summary that gives the right value agrees with it."""
    from generator.rendering.corrections import explicit_changes

    text = update.text
    for correction in update.corrections:
        for change in explicit_changes(correction.text):
            text = text.replace(change.wrong, change.right)
    return text


# Work planned for a day now over ("A thermal shock is planned for the night of 5 to 6 December"):
# the page prints the sections as written.
def check_passed_plan(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    from generator.rendering.deadlines import passed_promise

    if statement.resolved:
        return
    zone = ctx.settings.timezone
    for section in statement.sections:
        if section.key not in ("what_we_are_doing", "what_you_should_do", "what_happened") or not section.text.strip():
            continue
        for sentence in split(Block(section.text, section.body_line, 1, section.key or "")):
            day = passed_promise(sentence.text, statement.lang, statement.started, ctx.now, zone)
            if day is not None:
                line, column = sentence.position(0)
                yield rule.problem(statement, line, column,
                                   f"{quoted(sentence.text.strip()[:90])} is still planned for a day now past: the "
                                   "page prints it as written (the copies and the press release leave it out)")


# A day named by its distance from today ("this morning", « hier soir »): true on the day it was
# written only.
_RELATIVE_DAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|tonight|today|yesterday|tomorrow|last night|"
                           r"ce matin(?![-‑]là)|cet après-midi|ce soir(?![-‑]là)|aujourd['’]hui|hier|demain|cette nuit(?![-‑]là))\b",
                           re.IGNORECASE)


# « aujourd'hui » between an auxiliary and its participle means "by now": « Toutes les neuf sont
# aujourd'hui rentrées chez elles » (kit 60; the hint to write the day gave « sont le 14 mars rentrées »).
_NOW_NOT_A_DAY = re.compile(r"\b(?:sont|est|ont|a|avons|sommes|êtes|avez) aujourd['’]hui [\w-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|"
                            r"us|ues|t|te|ts|tes)\b", re.IGNORECASE)


def check_stale_relative_day(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """A summary that says "this morning" in a statement whose updates run over several days: the
    page, the copies and the press release read it as of the newest update's day."""
    zone = ctx.settings.timezone
    first, newest = (statement.first_update.at.astimezone(zone).date(),
                     statement.last_update.at.astimezone(zone).date())
    summary = statement.section("summary")
    if first == newest or summary is None or not summary.text.strip():
        return
    for sentence in split(Block(summary.text, summary.body_line, 1, "summary")):
        found = _RELATIVE_DAY.search(sentence.text)
        if found and _NOW_NOT_A_DAY.search(sentence.text[:found.end() + 40]):
            continue  # « sont aujourd'hui rentrées chez elles »: "by now", no day to write
        if found and not re.search(r"[«“\"]", sentence.text[:found.start()]):
            line, column = sentence.position(found.start())
            yield rule.problem(statement, line, column,
                               f"the summary says {quoted(found.group(0))}, and the updates run over several days: "
                               f"the page, the copies and the press release read it as of the newest update "
                               f"({newest:%Y-%m-%d})")
            return


# A weekday beside the day it names: "Saturday 6 December", "Tuesday, December 1", « lundi 1er
# décembre » (a year after it is read as that year).
_WEEKDAY_NAMES = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
                  "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_WEEKDAY_DAY = re.compile(
    r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    rf"samedi|dimanche),?\s+(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTHS})\b|"
    rf"(?P<month2>{_MONTHS})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)


def check_wrong_weekday(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """A weekday that is not the day's ("Saturday 6 December" in 2026, a Sunday): people plan
    by the weekday, and every copy carries it."""
    from datetime import date

    from babel.dates import format_date

    from generator.rendering.deadlines import MONTHS, day_near

    wrong: dict[str, list[tuple[int, int, str]]] = {}  # the words as written -> where, and the message
    for number, text in enumerate(statement.source.splitlines(), start=1):
        for found in _WEEKDAY_DAY.finditer(text):
            month = (found.group("month") or found.group("month2")).lower().rstrip(".")
            month = next((name for name in MONTHS if name.startswith(month)), month) if len(month) <= 4 else month
            day = day_near(found.group("day") or found.group("day2"), month, statement.started, ctx.settings.timezone)
            if day is None:
                continue
            if found.group("year"):
                try:
                    day = date(int(found.group("year")), day.month, day.day)
                except ValueError:
                    continue
            said = _WEEKDAY_NAMES[found.group("weekday").lower()]
            if day.weekday() != said:
                # (The messages are in English, whatever the statement's language.)
                named = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
                wrong.setdefault(found.group(0).strip().casefold(), []).append((
                    number, found.start() + 1, f"{quoted(found.group(0).strip())}: "
                    f"{format_date(day, 'd MMMM y', locale='en')} is a {named[day.weekday()]}, not a {named[said]}"))
    # Once per wrong day, where it is first written: the same slip five times is one finding.
    for places in wrong.values():
        line, column, message = places[0]
        more = len(places) - 1
        yield rule.problem(statement, line, column, message + (f" (and {more} more time{'s' if more > 1 else ''} "
                                                               "in this file)" if more else ""))


def _resolved(statement: Statement) -> str:
    from generator.core.languages import status_label

    return status_label("resolved", statement.lang)


# What the authors say stays down once the notice is closed ("the chairlift stays closed until
# the investigators agree", « reste fermé »): `component_status` then says it on purpose.
# (And a route that "stays disrupted until at least 8 August", « reste perturbée », kit 37.)
_STAYS_DOWN = re.compile(r"\b(?:stays?|remains?|is still|are still|will stay|will remain) (?:\w+ )?(?:closed|shut|suspended|out "
                         r"of (?:service|use|action)|down|unavailable|offline|disrupted|reduced|limited)\b|\b(?:reste|restent|"
                         r"demeure|demeurent|est toujours|sont toujours|restera|resteront) (?:\w+ )?(?:fermée?s?|"
                         r"suspendue?s?|hors service|indisponibles?|à l['’]arrêt|interrompue?s?|perturbée?s?|réduite?s?|"
                         r"limitée?s?)\b", re.IGNORECASE)


# A service said to be wholly down, in the present ("The app is down", "has been unavailable since
# 07:10", « est hors service », « ne fonctionne plus »)…
_WHOLLY_DOWN = re.compile(
    r"\b(?:is|are|remains?|has\s+been|have\s+been|is\s+still|are\s+still)\s+(?:completely\s+|entirely\s+|totally\s+|"
    r"fully\s+|now\s+)?(?:down|offline|unavailable|out\s+of\s+(?:service|action|order)|inaccessible|not\s+working)\b|"
    r"\b(?:cannot|can['’]t)\s+be\s+used\s+at\s+all\b|\bno(?:\s+one|body)\s+can\s+(?:use|reach|access|sign|log)\b|"
    r"\b(?:est|sont|reste|restent|est\s+toujours|sont\s+toujours)\s+(?:complètement\s+|entièrement\s+|totalement\s+)?"
    r"(?:hors\s+service|hors\s+ligne|indisponibles?|inaccessibles?|à\s+l['’]arrêt|en\s+panne)\b|"
    r"\bne\s+(?:fonctionne|fonctionnent|marche|marchent)\s+plus\b|\bpersonne\s+ne\s+peut\b", re.IGNORECASE)
# …unless the same sentence says only part of it, or part of the people, is hit.
_PARTLY = re.compile(
    r"\b(?:some|certain|part\s+of|partly|partially|a\s+few|several|many|most|one\s+in|intermittent\w*|slow\w*|"
    r"in\s+(?:some|parts)|for\s+(?:some|about|around|up\s+to)|at\s+times|"
    r"certaine?s?|une\s+partie|partiellement|quelques|plusieurs|la\s+plupart|par\s+endroits|par\s+intermittence|"
    r"ralenti\w*|lente?s?|pour\s+(?:certain|environ|près))\b|\d\s?%", re.IGNORECASE)


_SHOWN = {"degraded_performance": "Degraded performance", "partial_outage": "Partial outage"}


def check_understated_status(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """An open outage whose own words say the service is wholly down ("The app is down", « est hors
    service ») while the home page, the API and the feeds show what its severity gives: "Degraded
    performance" or "Partial outage" (the newcomer's refill app, down for everyone, shown as a
    partial outage). `component_status` written by hand is the authors' choice, never questioned."""
    from generator.reading.components import SEVERITY_COMPONENT_STATUS, restored, service_down

    if statement.resolved or statement.maintenance or statement.component_status is not None \
            or not statement.updates or restored(statement) or not service_down(statement):
        return
    shown = SEVERITY_COMPONENT_STATUS[statement.severity.value]
    if shown == "major_outage":
        return
    summary = statement.section("summary")
    blocks = [Block(statement.last_update.text, statement.last_update.line + 1, 1, "update")]
    if summary is not None:
        blocks.insert(0, Block(summary.text, summary.body_line, 1, "summary"))
    for block in blocks:
        for sentence in split(block):
            found = _WHOLLY_DOWN.search(sentence.text)
            if found is None or _PARTLY.search(sentence.text):
                continue
            line, column = sentence.position(found.start())
            yield rule.problem(statement, line, column,
                               f"the {block.where} says {quoted(found.group(0))}, but the home page, the API and the "
                               f"feeds show the services it affects as “{_SHOWN[shown]}” "
                               f"(what severity {statement.severity.value} gives)")
            return


def check_resolved_still_down(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """A resolved statement whose `component_status` still gives a service as down, when nothing
    it says keeps one down: the home page shows it "still closed or disrupted" beside an incident
    its own text calls over."""
    chosen = statement.component_status
    if not statement.resolved or statement.maintenance or chosen is None:
        return
    pairs = chosen.items() if isinstance(chosen, dict) else [("every service it affects", chosen)]
    down = [f"{name} ({state})" for name, state in pairs if state != "operational"]
    said = f"{statement.summary} {statement.last_update.text}"
    if not down or _STAYS_DOWN.search(said):
        return
    yield rule.problem(statement, statement.key_lines.get("component_status", 1), 1,
                       "the statement is resolved but `component_status` still gives "
                       + ", ".join(down) + " as down: the home page shows " + ("it" if len(down) == 1 else "them")
                       + " still closed or disrupted")


# A notice or a recall its own newest words keep in force ("The recall itself remains in force",
# « Le rappel, lui, reste en vigueur »).
_IN_FORCE = re.compile(r"\b(?:recall|notice|advisory|ban|order|warning)\b[^.;]{0,30}\b(?:remains?|stays?|is still|continues to "
                       r"be) (?:in force|in effect|in place|active|open)\b|"
                       r"\b(?:rappel|avis|interdiction|consigne|alerte)\b[^.;]{0,30}\b(?:reste|demeure|est toujours|est "
                       r"encore) (?:en vigueur|actif|active|en place|ouvert)\b", re.IGNORECASE)


def check_resolved_still_in_force(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """A resolved statement whose newest words keep a recall or a notice in force: the page says it
    is over ("Declared over") beside them."""
    if not statement.resolved or statement.maintenance or not statement.updates:
        return
    found = _IN_FORCE.search(statement.last_update.text)
    if found is None:
        return
    yield rule.problem(statement, statement.last_update.line or 1, 1,
                       f"the statement is resolved, but its last update says “{found.group(0)}”: the page and the "
                       "feeds show it as over while people must still act on it")


# Words of an update that lift a precaution ("The water is safe to drink again without boiling",
# « L'eau est de nouveau potable sans la faire bouillir », "The notice is lifted").
_LIFTED = re.compile(r"\b(?:(?:is|has been|was|are|have been) (?:now )?lifted|without boiling|no longer (?:need|have) to|"
                     r"safe to (?:drink|use|eat|swim)\b[^.;]{0,30}\bagain|(?:drink|use) (?:it|tap water|the water) again|"
                     r"(?:est|a été|sont|ont été) (?:désormais )?levée?s?|sans (?:la |le |les |l['’])?faire bouillir|"
                     r"(?:de nouveau|à nouveau) potable|n['’]avez plus (?:besoin|à)|plus besoin de)\b", re.IGNORECASE)
# An instruction that protects while a notice holds: boil, do not drink, do not swim…
_PRECAUTION = re.compile(r"\b(?:boil|do not (?:drink|use|eat|swim|bathe|go)|don['’]t (?:drink|use|eat|swim)|"
                         r"faites[- ](?:la |le )?bouillir|ne (?:la |le |l['’])?(?:buvez|consommez|mangez|utilisez|"
                         r"baignez|vous baignez|vous rendez) pas|n['’](?:utilisez|en buvez) pas)\b", re.IGNORECASE)


def check_resolved_advice_lifted(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """A resolved statement whose last update lifts a precaution while "What you should do" still
    gives it: the page and every copy of the resolution tell people to keep boiling their water."""
    if not statement.resolved or statement.maintenance or not statement.updates or statement.crisis == "recall":
        return
    advice = statement.section("what_you_should_do")
    if advice is None or not _LIFTED.search(statement.last_update.text):
        return
    found = _PRECAUTION.search(advice.text)
    if found is None:
        return
    # (The sentence that holds it, to quote: "Boil water for at least one minute before drinking it.")
    start = max(advice.text.rfind(mark, 0, found.start()) for mark in (". ", "\n", "! ")) + 1
    end = next((i for i in (advice.text.find(mark, found.end()) for mark in (".", "\n")) if i != -1), len(advice.text))
    said = advice.text[start:end + 1].strip(" -*\n")
    yield rule.problem(statement, advice.line, 1,
                       f"the statement is resolved and its last update lifts the precaution, but “{said}” is still "
                       "under “What you should do”: the page and the resolution's copies tell people to keep doing it")


STATUS_RULES: list[Rule] = [
    Rule(
        "resolved-advice-lifted", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the statement is resolved and its last update lifts a precaution ('the water is safe to drink "
        "again without boiling', « de nouveau potable sans la faire bouillir », 'the notice is lifted'), but "
        "'What you should do' still gives it ('Boil water…', « Faites bouillir l'eau… »): the page and every "
        "copy of the resolution tell people to keep doing it.",
        "(resolved) last update: The water is safe to drink again without boiling. What you should do: Boil tap "
        "water for one minute before drinking it.",
        "(resolved) last update: The water is safe to drink again without boiling. What you should do: Run your "
        "cold tap for two minutes before using the water.",
        {"en": "Rewrite 'What you should do' for the end of the notice: what people do now (run the tap, throw away "
               "ice made during the notice), or remove the instructions that no longer hold.",
         "fr": "Réécrivez « Ce que vous pouvez faire » pour la fin de l'avis : ce qu'il faut faire maintenant (faire "
               "couler l'eau, jeter les glaçons faits pendant l'avis), ou retirez les consignes qui ne valent plus."},
        check_resolved_advice_lifted,
    ),
    Rule(
        "resolved-still-down", "inconsistent", WARNING, "statement", ("*",),
        "Warning: the statement is resolved but its `component_status` still gives a service as down, and "
        "nothing it says keeps one down ('stays closed', « reste fermé »): the home page shows that service "
        "still closed or disrupted beside an incident its own text calls over.",
        "(resolved) component_status: {Switchboard: major_outage}; last update: All services work normally again.",
        "(resolved) component_status left out (or {Switchboard: operational}); last update: All services work "
        "normally again.",
        {"en": "If the services work again, set them to `operational` or remove `component_status`; if one stays "
               "down, say so in the last update ('The chairlift stays closed until…').",
         "fr": "Si les services fonctionnent de nouveau, mettez-les à `operational` ou retirez `component_status` ; "
               "si l'un reste arrêté, dites-le dans le dernier point (« Le télésiège reste fermé jusqu'à… »)."},
        check_resolved_still_down,
    ),
    Rule(
        "resolved-still-in-force", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the statement is resolved, but its last update says a recall or a notice stays in force "
        "('The recall itself remains in force', « Le rappel reste en vigueur »): the page shows it as over "
        "('Declared over', « Déclaré terminé ») and the feeds close it, while people must still act on it.",
        "(resolved) last update: The inspection is over. The recall itself remains in force: do not eat these salads.",
        "(monitoring) last update: The inspection is over. The recall itself remains in force: do not eat these "
        "salads. (resolved once the recall ends)",
        {"en": "Keep the status at `monitoring` while the recall or the notice is in force, and resolve the "
               "statement when it ends (say so in that last update).",
         "fr": "Gardez le statut `surveillance` tant que le rappel ou l'avis est en vigueur, et résolvez la "
               "déclaration quand il prend fin (dites-le dans ce dernier point)."},
        check_resolved_still_in_force,
    ),
    Rule(
        "stale-summary", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the statement is resolved but its summary still describes work in progress (we are "
        "investigating, a fix is being deployed, next update by 12:00; « nous analysons », « en cours de "
        "déploiement », « prochain point »): the page shows it beside 'Resolved', and the resolution's copies "
        "(the e-mail subject among them) carry both. Negated phrases ('we are no longer investigating') do not "
        "count. Still open, the same when the newest update says the cause is found (`identified`, `monitoring`) "
        "and the summary still says it is not known ('We do not yet know what caused it', « La cause n'est pas "
        "encore connue »), and when the newest update gives a count the summary still says is not known ('We do "
        "not yet know how many patients are concerned', « Nous ne savons pas encore combien »).",
        "(resolved) Summary: Some card payments fail at checkout. We are investigating.",
        "(resolved) Summary: From 09:12 to 11:30 some card payments failed at checkout. It is fixed; we are sorry.",
        {"en": "Rewrite the summary for the end of the crisis: what happened, since when it is fixed, and what "
               "people should do now, if anything.",
         "fr": "Réécrivez le résumé pour la fin de la crise : ce qui s'est passé, depuis quand c'est réglé, et ce "
               "que les personnes doivent faire maintenant, s'il y a lieu."},
        check_stale_summary,
    ),
    Rule(
        "stale-title", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the statement is resolved but its title still tells people what to do or says a state still "
        "holds ('Tap water to be boiled in …', 'Card payments failing', « Piscine fermée »), or, still open, its "
        "title says the service is degraded ('reduced activity', « activité réduite ») while the summary opens on "
        "the recovery: the title heads the page, every copy, the e-mail subjects and the press release's headline.",
        "(resolved) title: Tap water to be boiled in Marcilly",
        "(resolved) title: Tap water in Marcilly safe to drink again after four days of boiling",
        {"en": "Retitle it for the end of the crisis: what happened and that it is over ('… safe to drink again', "
               "'… restored after a four-hour outage').",
         "fr": "Reformulez le titre pour la fin de la crise : ce qui s'est passé et que c'est terminé (« … de nouveau "
               "potable », « … rétabli après quatre heures de panne »)."},
        check_stale_title,
    ),
    Rule(
        "overtaken-summary", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the statement is still open but its summary announces as to come a day or a time that has "
        "passed ('The timetable will be published on 3 December at 17:30', read on the 4th; « Le plan sera "
        "publié le 3 décembre à 17 h 30 »), or a count a later update gives again with another number: the page, "
        "every copy and the press release lead with the summary; once an update has come since that day, or the "
        "newest update says it replaces the count ('18,650 patients, more than we first reported'), they lead with "
        "the newest update instead, and the page says the summary was written before it.",
        "(4 December) Summary: A strike will disrupt our lines on 4 December. The timetable will be published on "
        "3 December at 17:30.",
        "(4 December) Summary: A strike is disrupting our lines today; about 60% of services run, as the "
        "timetable published on 3 December says.",
        {"en": "Rewrite the summary with where things stand now: what is happening today, what people should do, "
               "and what comes next.",
         "fr": "Réécrivez le résumé avec la situation d'aujourd'hui : ce qui se passe, ce que les personnes doivent "
               "faire, et la suite."},
        check_overtaken_summary,
    ),
    Rule(
        "understated-status", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: an open outage says the service is wholly down ('Our refill app is down', « est hors service », "
        "« ne fonctionne plus ») while its severity makes the home page, the API and the feeds show it as "
        "'Degraded performance' (minor) or 'Partial outage' (major): readers of the page are told it partly works.",
        "(severity: major) Summary: Our prescription refill app is down since 07:10.",
        "(severity: major, component_status: major_outage) Summary: Our prescription refill app is down since 07:10.",
        {"en": "Set `component_status: major_outage` in the front matter (or per service: `{Refill app: major_outage}`), "
               "or say what still works ('down for about a third of customers').",
         "fr": "Indiquez `component_status: major_outage` dans l'en-tête (ou par service : `{Application: major_outage}`), "
               "ou dites ce qui fonctionne encore (« hors service pour environ un tiers des clients »)."},
        check_understated_status,
    ),
    Rule(
        "passed-plan", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: a section of an open statement still gives as planned, or promised, work for a day now past "
        "('A thermal shock is planned for the night of 5 to 6 December', read on the 10th; « sont prévus dans la "
        "nuit du 5 au 6 décembre »): the page prints it as written.",
        "(10 December) What we are doing: A thermal shock is planned for the night of 5 to 6 December.",
        "(10 December) What we are doing: A thermal shock was carried out on the night of 5 to 6 December.",
        {"en": "Say what was done (or that it was not, and when it will be).",
         "fr": "Dites ce qui a été fait (ou que cela ne l'a pas été, et quand ce le sera)."},
        check_passed_plan,
    ),
    Rule(
        "stale-relative-day", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the summary names a day by its distance from today ('this morning', « hier soir ») while the "
        "updates run over several days: the page, every copy and the press release read it as of the newest "
        "update's day, so a 'since 7:15 this morning' written on the 8th reads as the 9th.",
        "(Updates on 8 and 9 December) Summary: Since 7:15 this morning, tap water must be boiled.",
        "(Updates on 8 and 9 December) Summary: Since 7:15 on 8 December, tap water must be boiled.",
        {"en": "Write the day itself ('on 8 December at 7:15'), or rewrite the summary for today.",
         "fr": "Écrivez le jour lui-même (« le 8 décembre à 7 h 15 »), ou réécrivez le résumé pour aujourd'hui."},
        check_stale_relative_day,
    ),
    Rule(
        "wrong-weekday", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: a weekday does not match the day it names ('Saturday 6 December' when 6 December is a Sunday; "
        "« lundi 1er décembre » when the 1st is a Tuesday): people plan by the weekday, and every copy, e-mail and "
        "reply carries it.",
        "(2026) Summary: Deliveries resume on Saturday 6 December.",
        "(2026) Summary: Deliveries resume on Sunday 6 December.",
        {"en": "Check which is right, the weekday or the date, and correct it (with a correction note if it was "
               "published).",
         "fr": "Vérifiez lequel est juste, le jour de la semaine ou la date, et corrigez-le (avec un rectificatif "
               "s'il a été publié)."},
        check_wrong_weekday,
    ),
]
