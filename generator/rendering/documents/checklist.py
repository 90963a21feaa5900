"""Render stage: the crisis checklist (major and critical statements), fitted to the kind of
crisis (people's safety first in a physical incident, the regulator's clock in a data breach,
the authorities and the lots in a recall) and scaled to severity. Each step has an owner (a
member of the crisis team from the settings, found by role, else the role to appoint) and a
deadline worked out from the statement's times; a step the statement shows done is ticked,
with the sentence that shows it. The steps and their evidence are in
`generator.rendering.documents.checklist_steps`; a deadline is flagged as passed only for a step the
statement could show done, while the crisis is open."""

from __future__ import annotations

from generator.rendering.documents.formatting import CANADIAN_ZONES, in_english_style

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from generator.core.catalogues import translated
from generator.core.clock import now as current_time
from generator.rendering import corrections
from generator.rendering.brief import Brief
from generator.rendering.documents.formatting import typography
from generator.rendering.documents.checklist_steps import (COMPOUND, ENVIRONMENT, OWNERS, STEP_TEXTS, STEPS, VEHICLE,
                                                          VEHICLE_RECALL, VEHICLE_STEPS, WORDS, REGULATOR_OUTSIDE_GDPR, REGULATOR_SWISS,
                                                          HEALTH_PRODUCT_RECALL, HEALTH_PRODUCTS, NOBODY_HURT, STAFF,
                                                          COSMETIC_RECALL, countries_abroad, is_cosmetic, medicines_agency,
                                                          PUBLIC_BOARD, PUBLIC_BODY, CYBER_STEPS, CARE, DELETED,
                                                          TAKE_DOWN_DELETED)
from generator.rendering.documents.passages import Passage, find, passages, quoted
from generator.rendering.documents.qa_words import words_for
from generator.reading.kinds import conduct, cyberattack, own_error_breach, strike
from generator.rendering.documents.reading import document_kind
from generator.rendering.documents.templating import render_text
from generator.core.model import Settings, Severity, Statement, Status, TeamMember
from generator.rendering.moments import after, elapsed


def word(key: str, lang: str) -> str:
    """The checklist's word `key` (`checklist.<key>` in the catalogues) in `lang`."""
    return translated(WORDS, f"checklist.{key}", lang)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    text: str
    notes: tuple[str, ...]
    done: bool = False
    passed: bool = False  # its deadline is over and nothing shows it done: a check, not a task


@dataclass(frozen=True, slots=True)
class ChecklistGroup:
    heading: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class ChecklistContext:
    title: str
    intro: str
    # What is to do now first, then the deadlines passed to check, then what is done: a list
    # read days in is not a look back.
    groups: tuple[ChecklistGroup, ...]


# Who holds a step when the team has nobody in its role: a named person, until someone is appointed.
_STANDS_IN = {"legal": ("privacy", "lead"), "privacy": ("legal", "lead"), "support": ("comms",),
              # (Without a head of communications, the head of customer relations writes to people
              # before the chief executive does: the crisis lead has the decisions to take.)
              "safety": ("ops", "lead"), "ops": ("lead",), "comms": ("support", "lead"),
              "security": ("tech", "ops", "lead"), "tech": ("ops", "lead"), "marketing": ("comms", "lead"),
              "people": ("lead",), "commercial": ("support", "ops", "lead")}


# A rank written in English before a name ("Captain Soizic Kerdraon"), in the document's language.
# (French only: German says the rank by gender, which a name does not tell.)
_RANKS = {"fr": ((r"^Capt(?:ain|\.)\s+", "Capitaine "),)}


def _titled(name: str, lang: str) -> str:
    for pattern, instead in _RANKS.get(lang, ()):
        name = re.sub(pattern, instead, name)
    return name


def owner_for(key: str, team: tuple[TeamMember, ...], lang: str) -> str:
    for role_key in (key, *_STANDS_IN.get(key, ())):
        pattern = OWNERS[role_key][0]
        for member in team:
            if any(re.search(pattern, role, re.IGNORECASE) for role in (member.role, *dict(member.roles).values())):
                return f"{_titled(member.name, lang)} ({member.role_in(lang)})"
    return translated(STEP_TEXTS, OWNERS[key][1][0], lang)


@in_english_style
def render_checklist(statement: Statement, settings: Settings, now: datetime | None = None,
                     siblings: tuple[Statement, ...] = ()) -> str:
    text = render_text(settings.root, "documents/checklist.md.j2", c=checklist_context(statement, settings, now, siblings))
    text = in_country(text, str(settings.timezone), statement.lang)
    return typography(text, statement.lang)


# French is read in Switzerland, Belgium and Québec too: the steps name France's food, health,
# privacy and cyber-security authorities, its recall site and its staff council as examples,
# which a team elsewhere must not follow.
_AUTHORITIES = {
    "Europe/Zurich": (("en France : la DDPP, ou la DGAL pour l'alimentation", "en Suisse : le chimiste cantonal, et "
                       "l'OSAV pour l'alimentation"),
                      ("(en France : RappelConso)", "(en Suisse : la liste des rappels de l'OSAV)"),
                      ("(RappelConso en France)", "(liste des rappels de l'OSAV en Suisse)"),
                      ("sur RappelConso", "sur la liste des rappels de l'OSAV"),
                      ("la CNIL en France", "le PFPDT en Suisse"), ("l'ANSSI en France", "l'OFCS en Suisse")),
    "Europe/Brussels": (("en France : la DDPP, ou la DGAL pour l'alimentation", "en Belgique : l'AFSCA pour "
                         "l'alimentation, le SPF Économie pour les autres produits"),
                        # (A high chair's recall is the SPF Économie's, never the food agency's.)
                        ("(en France : RappelConso)", "(en Belgique : sur le site de l'AFSCA, ou du SPF Économie pour "
                         "les autres produits)"),
                        ("(RappelConso en France)", "(sur le site de l'AFSCA ou du SPF Économie en Belgique)"),
                        ("sur RappelConso", "sur le site de l'AFSCA ou du SPF Économie"),
                        ("la CNIL en France", "l'APD en Belgique"), ("l'ANSSI en France", "le CCB en Belgique"),
                        ("(l'ARS)", "(l'AViQ en Wallonie, Vivalis à Bruxelles)"),
                        ("et la préfecture", "et le bourgmestre"), ("le CSE", "le conseil d'entreprise")),
}
# Luxembourg: its food agency (ALVA), data protection commission (CNPD) and national CERT (GOVCERT.LU).
_AUTHORITIES["Europe/Luxembourg"] = (
    # (A car seat's or a toy's recall is ILNAS's, market surveillance, never the food agency's.)
    ("en France : la DDPP, ou la DGAL pour l'alimentation", "au Luxembourg : l'ALVA pour l'alimentation, l'ILNAS "
     "pour les autres produits"),
    ("(en France : RappelConso)", "(au Luxembourg : sur securite-alimentaire.public.lu pour l'alimentation, sur le "
     "portail Qualité de l'ILNAS pour les autres produits)"),
    ("(RappelConso en France)", "(securite-alimentaire.public.lu ou portail Qualité de l'ILNAS au Luxembourg)"),
    ("sur RappelConso", "sur securite-alimentaire.public.lu ou le portail Qualité de l'ILNAS"),
    ("la CNIL en France", "la CNPD au Luxembourg"), ("l'ANSSI en France", "le GOVCERT.LU au Luxembourg"),
    ("(l'ARS)", "(la Direction de la santé)"), ("et la préfecture", "et la commune"),
    ("le CSE", "la délégation du personnel"))
_AUTHORITIES["Europe/Zurich"] += (("(l'ARS)", "(le chimiste cantonal et le médecin cantonal)"),
                                  ("et la préfecture", "et les autorités cantonales"),
                                  ("le CSE", "la commission du personnel"))
# Québec: Canada's food agency and cyber centre, Law 25's person in charge of personal
# information (no GDPR officer), and Québec French for "marketing e-mails".
_CANADA_FR = (("en France : la DDPP, ou la DGAL pour l'alimentation", "au Canada : l'ACIA pour l'alimentation, "
               "Santé Canada pour les autres produits"),
              ("(en France : RappelConso)", "(au Canada : les avis de rappel de Canadiens en santé)"),
              ("(RappelConso en France)", "(avis de rappel de Canadiens en santé)"),
              ("sur RappelConso", "sur Canadiens en santé"),
              ("l'ANSSI en France", "le Centre canadien pour la cybersécurité"),
              ("que la loi désigne là où vivent les personnes touchées,", "que la loi désigne là où vivent les "
               "personnes touchées (au Québec, la Commission d'accès à l'information),"),
              ("(l'ARS)", "(la direction régionale de santé publique)"),
              ("et la préfecture", "et la municipalité"), ("le CSE", "les représentants syndicaux"),
              ("Délégué à la protection des données", "Responsable de la protection des renseignements personnels"),
              ("e-mails marketing", "courriels de marketing"),
              # (Québec and Canada: the provincial body for workplace safety; « courriels » for e-mails)
              ("l'inspection du travail", "l'organisme provincial de santé et de sécurité du travail (la CNESST au Québec)"),
              ("(messages, e-mails,", "(messages, courriels,"))
_CANADA_EN = (("Data protection officer", "Privacy officer"),
              ("the labour inspectorate", "the provincial workplace health and safety regulator"),
              ("the staff representatives (works council)", "the staff representatives (union or joint health and "
                                                             "safety committee)"))


def _noted(when: str, note: str) -> str:
    """A deadline with its note in brackets: one pair, even when the time names its zone in
    brackets (the zone then after a comma)."""
    if not note:
        return when
    # « le 3 décembre à 10 h 15, heure suisse (passée : …) »
    zoned = re.sub(r" [(]([^()]*)[)]$", r", \1", when)
    return f"{zoned} ({note})"


# A country whose bodies the checklist does not know (Morocco, Senegal…): never France's as an
# example, the kind of body in words.
_ELSEWHERE_FR = (("en France : la DDPP, ou la DGAL pour l'alimentation", "l'autorité de sécurité sanitaire des aliments "
                  "du pays"),
                 ("(en France : RappelConso)", "(le site officiel des rappels du pays, s'il en a un)"),
                 ("(RappelConso en France)", "(site officiel des rappels du pays)"),
                 ("sur RappelConso", "sur le site officiel des rappels"),
                 ("(la CNIL en France ; ", "("),
                 ("la CNIL en France", "l'autorité nationale de protection des données"),
                 (" (l'ANSSI en France)", ""), ("l'ANSSI en France", "l'agence nationale de cybersécurité"),
                 (" (l'ANSM en France)", ""),
                 ("(l'ARS)", "(l'autorité sanitaire)"), ("et la préfecture", "et les autorités locales"),
                 ("le CSE", "les représentants du personnel"))
_ELSEWHERE_EN = ((" (ANSSI in France)", ""), (" (ANSM in France)", ""))
_FRENCH_ZONES = frozenset({"Europe/Paris", "Europe/Monaco", "Indian/Reunion", "America/Martinique", "America/Guadeloupe",
                           "America/Cayenne", "Pacific/Noumea", "Pacific/Tahiti", "Indian/Mayotte"})


_PHYSICAL = (r"\b(?:trams?|tramways?|trains?|buses|metro|métro|overhead line|ligne aérienne|caténaire|power cut|power "
             r"failure|coupure de courant|panne d['’](?:alimentation|électricité)|water main|conduite d['’]eau|lifts?|"
             r"ascenseurs?|escalators?|escaliers mécaniques|ferr(?:y|ies)|bateaux?|cable cars?|téléphériques?|"
             r"chairlifts?|télésièges?|gondolas?|télécabines?)\b")
_SOFTWARE = (r"\b(?:apps?|application|website|site web|site internet|servers?|serveurs?|software|logiciels?|database|"
             r"base de données|cloud|log ?in|connexion|payments?|paiements?|cyber\w*|ransomware|rançongiciel|"
             r"informati\w+|IT)\b")


def in_country(text: str, zone: str, lang: str) -> str:
    """The checklist's examples of authorities, and its owners' titles, for the site's own country."""
    if zone in CANADIAN_ZONES:
        swaps: tuple[tuple[str, str], ...] = _CANADA_FR if lang == "fr" else _CANADA_EN if lang == "en" else ()
        if zone not in ("America/Toronto", "America/Montreal"):
            # (Manitoba, Alberta…: never Québec's Commission as the example of the body to notify.)
            swaps = tuple((france, theirs) for france, theirs in swaps if "Commission d'accès" not in theirs)
    elif zone in _AUTHORITIES or zone in _FRENCH_ZONES or not zone.startswith(("Africa/", "Asia/", "America/", "Pacific/",
                                                                               "Indian/", "Atlantic/", "Europe/")):
        swaps = _AUTHORITIES.get(zone, ()) if lang == "fr" else ()
    else:
        swaps = _ELSEWHERE_FR if lang == "fr" else _ELSEWHERE_EN if lang == "en" else ()
    for france, theirs in swaps:
        text = text.replace(france, theirs)
    return text


_CLOCK = {"en": re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\b(?: ?(?P<pm>p\.?m\.?)| ?a\.?m\.?)?", re.IGNORECASE),
          # (with the no-break spaces French typography puts there: « 16\u00a0h\u00a040 »)
          "fr": re.compile(r"\b(?P<h>\d{1,2})\s?h(?:\s(?P<m>\d{2}))?\b"),
          "de": re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d{2})\b")}
# A part of the day named instead of a time, and the hour it starts.
_PART_OF_DAY = re.compile(r"\b(?:(?P<morning>(?:in the |on the )?morning|au matin|dans la matinée)|"
                          r"(?P<afternoon>(?:in the |on the )?afternoon|dans l['’]après-midi)|"
                          r"(?P<evening>(?:in the |on the )?evening|au soir|dans la soirée|(?<=\d )soir))\b", re.IGNORECASE)
_PART_STARTS = {"morning": 6, "afternoon": 12, "evening": 18}
# "24 November", « 1er décembre », and the North American "November 23".
_DAY = re.compile(r"\b(?P<d>\d{1,2})(?:er)?\s(?P<month>[a-zéû]+)\b|\b(?P<month2>January|February|March|April|May|June|"
                  r"July|August|September|October|November|December)\s(?P<d2>\d{1,2})\b", re.IGNORECASE)


# Two moments joined as a span: "between 24 November at 18:05 and 26 November at 23:40".
_SPAN = re.compile(r"\b(?:between|entre|from|du|de)\b[^.;]{0,40}?\d{1,2}(?::\d{2}|\s?h\b)[^.;]{0,20}?"
                   r"\b(?:and|et|to|au|à)\b[^.;]{0,30}?\d{1,2}(?::\d{2}|\s?h\b)", re.IGNORECASE)


# Tests that found the problem: "Routine samples taken this morning found E. coli", « les analyses ont
# révélé la présence de légionelles ».
TESTS_FOUND = (r"\b(?:samples?|tests?|analys[ie]s|results?|checks?|inspections?|sampling)\b(?:[^.;]|[ap]\.m\.){0,60}?"
                r"\b(?:found|showed|revealed|confirmed|detected)\b|"
                r"\b(?:prélèvements?|échantillons?|analyses?|essais?|contrôles?|tests?)\b[^.;]{0,60}?\b(?:ont|a) "
                r"(?:révélé|montré|trouvé|détecté|confirmé)\b")


def aware_since(brief: Brief) -> tuple[datetime, Passage | None]:
    """When we knew, for the regulator's clock: the moment the statement says we detected it
    ("Our monitoring raised an alert at 02:15 on 28 November"), if that is before our first
    public word; else our first public word (we knew then at the latest). Never when the
    problem itself began: a breach can run long before anyone knows."""
    first = brief.statement.first_update.at
    # (Nor "The first tests found no contamination": a finding of nothing is no moment we knew.)
    missed = r"\b(?:not (?:been )?detected|did not|pas (?:été )?détecté|aucune?|found no|no \w+ (?:was|were) found)\b"
    said = find(brief, words=words_for("known", brief.lang), sections=("what_happened", "summary"), most=3,
                exclude=missed) + \
        list(reversed(find(brief, words=words_for("known", brief.lang), sections=("update",), history=True, most=99,
                           exclude=missed)))
    # (A time of day said, "we detected it at 06:05", before a part of it, "early this morning",
    # which only gives the morning's first hour.)
    # (Never the span a search found, « l'analyse a révélé 135 changements commandés entre le 24 à
    # 18 h 05 et le 26 à 23 h 40 »: when the events ran, not when we knew.)
    said = [p for p in said if not _SPAN.search(p.text)]
    timed = [(moment, passage) for passage in said
             if (moment := moment_said(brief, passage)) is not None and moment <= first]
    clocked = [found for found in timed if told_at_clock(brief, found[1])]
    chosen = clocked or timed
    return chosen[0] if chosen else (first, None)


_NIGHT_OF = re.compile(r"\b(?:the )?night of\s*$|\bnuit du\s*$|\bNacht (?:vom|zum)\s*$", re.IGNORECASE)


def told_at_clock(brief: Brief, passage: Passage) -> bool:
    """Whether a sentence names a time of day ("at 16:40"), not only a part of it ("this morning")."""
    return _CLOCK.get(brief.lang, _CLOCK["en"]).search(passage.text) is not None


def moment_said(brief: Brief, passage: Passage) -> datetime | None:
    """The moment a sentence names ("at 22:15 GMT the same evening", "on 24 November at 16:40"):
    its time of day, on the day it names or else the day it was written, never after it was
    written ("at 02:15" in an update of 06:45 is that morning's)."""
    from generator.rendering.deadlines import MONTHS as _MONTHS

    clock = _CLOCK.get(brief.lang, _CLOCK["en"]).search(passage.text)
    # (No clock, a part of the day: "on the evening of 28 November", « le 28 novembre au soir ».)
    part = _PART_OF_DAY.search(passage.text) if not clock else None
    if not clock and not part:
        # (A day alone, "On 3 December we found…": that day's start, for the clock never starts
        # after we may have known.)
        return _day_only(brief, passage)
    zone = brief.settings.timezone
    # (A section is as of the newest update: « …shut off the supply at 11:20 » told there after the
    # first update of 10:25 is that day's 11:20, never the day before's.)
    written = passage.at or brief.statement.last_update.at
    day = written.astimezone(zone).date() if passage.at else brief.statement.first_update.at.astimezone(zone).date()
    named_day = False
    # The day named nearest the time ("…made on 30 November: our tests on 4 December in the
    # morning found…" knew on the 4th, not on the day the batch was made).
    anchor = (clock or part).start()  # type: ignore[union-attr]
    days = sorted(_DAY.finditer(passage.text), key=lambda d: min(abs(anchor - d.end()), abs(anchor - d.start())))
    for named in days:
        month, number = (named.group("month"), named.group("d")) if named.group("d") else \
            (named.group("month2"), named.group("d2"))
        if _MONTHS.get(month.lower()):
            try:
                day = day.replace(month=_MONTHS[month.lower()], day=int(number))
                named_day = True
            except ValueError:
                pass
            # "at 04:10 on the night of 29 November" is the small hours of the 30th.
            if clock and int(clock.group("h")) < 12 and _NIGHT_OF.search(passage.text[:named.start()]):
                day += timedelta(days=1)
            break
    if clock:
        hour, minute = int(clock.group("h")) % 24, int(clock.group("m") or 0)
        if clock.groupdict().get("pm") and hour < 12:  # "7:40 pm"
            hour += 12
    else:  # (its start: the clock never starts after we may have known)
        hour, minute = _PART_STARTS[next(k for k, v in part.groupdict().items() if v)], 0  # type: ignore[union-attr]
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    if moment > written and not named_day:  # (a day named is the day meant: "on Sunday 13 December at 11:40")
        moment -= timedelta(days=1)
    return moment


def _day_only(brief: Brief, passage: Passage) -> datetime | None:
    """The start of the day a sentence names with no time ("On 3 December we found…"), when it
    is not after the sentence was written."""
    from generator.rendering.deadlines import MONTHS as _MONTHS

    named = _DAY.search(passage.text)
    if named is None:
        return None
    month, number = (named.group("month"), named.group("d")) if named.group("d") else \
        (named.group("month2"), named.group("d2"))
    if not _MONTHS.get(month.lower()):
        return None
    zone = brief.settings.timezone
    written = (passage.at or brief.statement.first_update.at).astimezone(zone)
    try:
        day = written.date().replace(month=_MONTHS[month.lower()], day=int(number))
    except ValueError:
        return None
    if day > written.date():
        if (day - written.date()).days < 183:
            return None  # ("samples will be taken on December 9", written on the 8th: a plan, never last year)
        day = day.replace(year=day.year - 1)
    return datetime(day.year, day.month, day.day, tzinfo=zone)


def day_said(brief: Brief, passage: Passage | None) -> bool:
    """Whether a sentence gives a day and no time nor part of it."""
    # (In any language's clock: the passage may be the other file's, "at 06:05" in an English one.)
    return passage is not None and not any(clock.search(passage.text) for clock in _CLOCK.values()) \
        and not _PART_OF_DAY.search(passage.text) and _DAY.search(passage.text) is not None


# A part of the day in running text: what the statement said, never a time it did not give.
_PART_SAID = {"en": {"morning": "the morning of {day}", "afternoon": "the afternoon of {day}",
                     "evening": "the evening of {day}"},
              "fr": {"morning": "le {day} au matin", "afternoon": "le {day} dans l'après-midi",
                     "evening": "le {day} au soir"},
              "de": {"morning": "am Morgen des {day}", "afternoon": "am Nachmittag des {day}",
                     "evening": "am Abend des {day}"}}
_ABOUT = {"en": "about {delay}", "fr": "environ {delay}", "de": "etwa {delay}"}


def _part_only(brief: Brief, passage: Passage | None) -> str | None:
    """The part of the day ("evening") a sentence gives instead of a time, if it does."""
    if passage is None or _CLOCK.get(brief.lang, _CLOCK["en"]).search(passage.text):
        return None
    part = _PART_OF_DAY.search(passage.text)
    return next(name for name, found in part.groupdict().items() if found) if part else None


_PART_ENDS = {"morning": 12, "afternoon": 18, "evening": 24}


def _within_part(brief: Brief, passage: Passage | None, moment: datetime) -> bool:
    """Whether `moment` falls in the part of the day `passage` gives ("this morning") on the day
    it was written: then nothing tells how long after it came."""
    key = _part_only(brief, passage)
    if key is None or passage is None:
        return False
    zone = brief.settings.timezone
    written = (passage.at or brief.statement.first_update.at).astimezone(zone)
    local = moment.astimezone(zone)
    return local.date() == written.date() and _PART_STARTS[key] <= local.hour < _PART_ENDS[key]


def said_when(brief: Brief, moment: datetime, passage: Passage | None) -> str:
    """When we knew, as the statement said it: "the evening of 28 November" when it gave only
    a part of the day (the moment is that part's start, for the clock alone), else the time."""
    from generator.rendering.moments import day_words

    key = _part_only(brief, passage)
    day = day_words(moment.astimezone(brief.settings.timezone).date(), brief.lang, zone=brief.settings.timezone)
    if key is None and day_said(brief, passage):
        # ("3 December", « le 3 décembre », „am 3. Dezember“: the statement gave no time)
        return {"fr": "le ", "de": "am "}.get(brief.lang, "") + day
    if key is None:
        return brief.when(moment)
    day = day[3:] if brief.lang == "fr" and day.startswith("le ") else day
    return _PART_SAID.get(brief.lang, _PART_SAID["en"])[key].format(day=day)


def said_delay(delay: timedelta, lang: str, approximate: bool) -> str:
    """A delay in words; rounded to the hour, "about 14 hours", from a part of the day."""
    from generator.rendering.brief import lateness_words

    if not approximate:
        return lateness_words(delay, lang, prose=True)
    hours = max(1, round(delay.total_seconds() / 3600))
    if hours >= 48:
        # (A day known without its hour, "on 4 February", five days after: "about 5 days", never
        # "about 5 days and 2 hours", counted from that day's midnight.)
        hours = 24 * round(hours / 24)
    return _ABOUT.get(lang, _ABOUT["en"]).format(delay=lateness_words(timedelta(hours=hours), lang, prose=True))


def approximate(brief: Brief, passage: Passage | None) -> bool:
    """Whether the moment `passage` gives is only a part of the day, or a day."""
    return _part_only(brief, passage) is not None or day_said(brief, passage)


# Vehicles by language: French « car » is "because".
# (What travels in one is not one: "car seats", "in the car", « dans le véhicule », « siège de voiture ».)
VEHICLES = {"en": r"(?<!in the )(?<!in your )(?<!in a )(?<!in their )(?<!of the )\b(?:cars?|vehicles?|motorbikes?|motorcycles?|"
                  r"vans?|lorr(?:y|ies)|trucks?)\b(?![- ](?:seats?|parks?|chargers?|wash\w*|keys?|mats?|covers?|"
                  r"boosters?|cradles?|radios?|batter(?:y|ies)|sets?|journeys?|trips?)\b)",
            "fr": r"(?<!dans le )(?<!dans votre )(?<!dans un )(?<!dans la )(?<!dans une )(?<!siège de )(?<!sièges de )"
                  r"(?<!siège )(?<!sièges )\b(?:voitures?|véhicules?|motos?|camionnettes?|camions?)\b",
            "de": r"\b(?:Autos?|Fahrzeuge?n?|Pkw|Motorr(?:a|ä)d\w*|Transporter|Lkw|Lastwagen)\b"}


# An inquiry whose findings the statement waits for: "the police and the fire service are
# investigating the cause", « l'origine de l'incendie fait l'objet d'une enquête ».
_INQUIRY = re.compile(r"\b(?:(?:police|fire service|investigators|authorities|inspectorate)[^.]{0,40}\b(?:are|is) "
                      r"investigating|(?:is|are) (?:the subject of|under) (?:an? )?(?:\w+ )?(?:investigation|inquiry)|"
                      r"fait l['’]objet d['’]une enquête|(?:enquête|enquêteurs)[^.]{0,60}\bconclusions|"
                      r"(?:publish|share) (?:its|their|the) (?:findings|conclusions) (?:as soon as|when|once))", re.IGNORECASE)


def _awaits_inquiry(brief: Brief) -> bool:
    said = " ".join([brief.statement.summary, brief.statement.text_of("what_happened"),
                     brief.statement.text_of("what_we_are_doing"), brief.statement.last_update.text])
    return _INQUIRY.search(said) is not None


def _language_name(brief: Brief, lang: str) -> str:
    """The name of `brief`'s language in running text of `lang` (CLDR's: "French", « anglais »)."""
    from babel import Locale

    return str(Locale.parse(lang).languages.get(brief.lang, brief.lang))


def checklist_context(statement: Statement, settings: Settings, now: datetime | None = None,
                      siblings: tuple[Statement, ...] = ()) -> ChecklistContext:
    """The checklist of one statement. `siblings` are its other languages: the same crisis, so a
    step one of them shows done is done in every language, and the regulator's clock starts at
    the earliest moment any of them says we knew."""
    brief = Brief(statement, settings, now or current_time())
    others = [Brief(sibling, settings, brief.now) for sibling in siblings]
    lang = statement.lang
    kind = document_kind(brief)
    severity = word(f"severity.{statement.severity.value}", lang)
    first: datetime = statement.first_update.at
    # (The earliest moment any language says, a time of day said before a part of the day: "at 06:05"
    # in one file is when « tôt le matin » of the other was.)
    found_in = [(b, aware_since(b)) for b in (brief, *others)]
    known, known_said = min((found for _, found in found_in), key=lambda found: (
        found[1] is None, not any(f is found and f[1] is not None and told_at_clock(b, f[1]) for b, f in found_in),
        found[0]))
    own = aware_since(brief)
    if known_said is not None and own[1] is not None and own[0] == known:
        known_said = own[1]  # (the same moment, quoted in this document's own language)
    # Our first word is due within the hour of when we knew, if the statement says; else of when it began.
    # (Never from a `began` more than a day before our first word: a recall's first day of sale or
    # a breach's first login, long before anyone knew; "208 days late" would read as a cover-up.)
    began = _began(statement)
    long_before = statement.began is not None and first - statement.began > timedelta(hours=24)
    # (Nor from a `began` before tests found the problem, "Routine samples taken at 8:00 found E. coli",
    # with no hour for the results: the main break the night before was no warning.)
    tested = not known_said and bool(find(brief, words=TESTS_FOUND, sections=("what_happened", "summary", "update"),
                                          history=True, most=1))
    alerted = known if known_said else first if long_before or tested else began
    # A day said without its hour, "On 14 April … found": no clock to count hours from (never
    # "14 April at 00:30", nor "1 day and 10 hours after we knew" counted from its midnight).
    day_only = known_said is not None and day_said(brief, known_said)
    zone = settings.timezone
    start = known if known_said and known < first and not day_only else first
    # A fire or an outage that began an hour before our first post: the clock is the problem's
    # ("people first" is due when it began, not when we spoke). Not a breach found days later.
    from_began = start == first and statement.began is not None and first - timedelta(hours=24) <= statement.began < first
    if from_began:
        start = statement.began  # type: ignore[assignment]
    critical = statement.severity is Severity.CRITICAL
    items: list[ChecklistItem] = []
    next_promise = _next_promise(brief, lang)
    told = " ".join([statement.title, statement.summary, statement.text_of("what_happened")])
    aboard = re.search(VEHICLE, told, re.IGNORECASE) is not None and re.search(ENVIRONMENT, told, re.IGNORECASE) is None
    # A cyberattack told as an outage ("a ransomware attack has stopped our systems") is a
    # possible breach too: the regulator's clock, the police complaint and the scam warning apply.
    cyber = kind == "outage" and cyberattack(statement)
    # What one of our people did to someone (a video of a driver insulting a trader): no post of ours.
    of_conduct = kind == "controversy" and conduct(statement)
    # A strike is an outage run by operations and staff relations: IT restores nothing.
    struck = kind == "outage" and strike(statement)
    # An outage of things that move or flow (trams, lifts, water), told with no software in it.
    physical = kind == "outage" and re.search(_PHYSICAL, told, re.IGNORECASE) is not None \
        and re.search(_SOFTWARE, told, re.IGNORECASE) is None
    # Patients and public bodies get no "service credits".
    caring = re.search(PUBLIC_BODY, settings.organisation_in(lang), re.IGNORECASE) is not None or \
        re.search(CARE, f"{settings.organisation_in(lang)} {told}", re.IGNORECASE) is not None
    # Nor does a lifeline cut (the emergency number, telecare): what people are owed is an account, not a credit.
    from generator.rendering.documents.qa_words import lifeline_cut

    lifeline = kind == "outage" and lifeline_cut(told, lang)
    # A site run from Europe answers to the GDPR's 72 hours; elsewhere the local law says when.
    # (Switzerland is in Europe but not under the GDPR: its own law and commissioner.)
    swiss = str(settings.timezone) == "Europe/Zurich"
    gdpr = settings.under_gdpr
    for key, owner, minutes, kinds, texts, evidence in STEPS:
        own_texts = texts  # (a vehicle's or a health product's step has parts of its own)
        if key == "updates":  # what we promised in public is kept, or said late, before the next update
            items += _promise_items(brief, settings)
        wanted = any(k == "*" or k == kind or (k == "*critical" and critical)
                     or (k == "*open" and not statement.resolved) for k in kinds)
        wanted = wanted or (cyber and key in CYBER_STEPS)
        if key == "credits" and (caring or lifeline):
            wanted = False
        if key == "police" and kind == "breach" and own_error_breach(statement):
            wanted = False  # our own bug showed the data: no offence to report
        if key == "environment" and re.search(ENVIRONMENT, told, re.IGNORECASE) is None:
            wanted = False  # smoke in a cabin, a fall: nothing reaches air, water or soil
        if key in ("take_down", "approval", "colleagues") and of_conduct:
            # What one of ours did, filmed by others: nothing of ours to take down or approve, and the
            # person hurt is no colleague (the employee's case is the inquiry's).
            wanted = False
        if not wanted:
            continue
        if aboard and key in VEHICLE_STEPS:
            texts, evidence = VEHICLE_STEPS[key]
        if key in ("families", "injured") and re.search(NOBODY_HURT, told, re.IGNORECASE):
            continue  # nobody was hurt: no family of the injured to tell, no one to call
        if key == "staff" and not re.search(STAFF, f"{told} {statement.text_of('what_we_are_doing')}", re.IGNORECASE):
            continue  # no one of ours was involved
        if key == "authorities" and kind == "recall" and re.search(VEHICLES.get(lang, VEHICLES["en"]), told, re.IGNORECASE):
            texts = VEHICLE_RECALL
        elif key == "authorities" and kind == "recall" and re.search(HEALTH_PRODUCTS, _vitamins_as_ingredient(told),
                                                                       re.IGNORECASE):
            texts, evidence = COSMETIC_RECALL if is_cosmetic(told) else HEALTH_PRODUCT_RECALL
        if key == "board" and re.search(PUBLIC_BODY, settings.organisation_in(lang), re.IGNORECASE):
            texts = PUBLIC_BOARD
        if key == "take_down" and re.search(DELETED, f"{told} {statement.text_of('what_we_are_doing')}", re.IGNORECASE):
            texts = TAKE_DOWN_DELETED
        if key == "regulator" and swiss:
            texts = REGULATOR_SWISS
        elif key == "regulator" and not gdpr:
            # (A site run outside Europe: no GDPR clock, no CNIL.)
            texts, minutes = REGULATOR_OUTSIDE_GDPR, None
        text = translated(STEP_TEXTS, texts[0], lang).format(
            severity=severity, next=next_promise, agency=medicines_agency(settings.timezone, lang, told),
            scope=word("scope_critical" if critical else "scope_major", lang))
        if key == "authorities" and kind == "recall":
            abroad = countries_abroad(told, str(settings.timezone))
            if abroad:
                # (Sold in France and the Netherlands too: their authorities, not only ours.)
                names = [country.get(lang, country["en"]) for country in abroad]
                joined = names[0] if len(names) == 1 else \
                    f"{', '.join(names[:-1])} {({'fr': 'et', 'de': 'und'}).get(lang, 'and')} {names[-1]}"
                text += " " + word("sold_abroad", lang).format(countries=joined)
        if key == "restored" and (struck or physical):
            owner = "ops"  # (trams stopped by a cut overhead line: operations bring them back, not IT)
        if key == "authorities" and kind == "recall":
            owner = "ops"  # the quality manager knows the lots and speaks to the food-safety authority
        notes = [f"{word('owner', lang)} {owner_for(owner, settings.crisis_team, lang)}"]
        shown = _shown(brief, evidence, key)
        if key == "restored" and statement.last_update.status not in (Status.MONITORING, Status.RESOLVED):
            shown = None  # "the app works again" while the status still says a part is down: not back yet
        for other in others if shown is None and evidence not in (None, "first") and key != "restored" else ():
            found = _shown(other, evidence, key)
            if found:
                # The other language says it: our own sentence giving the same figures, else its
                # words quoted as written, with its language.
                # (Never its words in another language: the team reads this list in its own.)
                shown = _same_in(brief, found[0]) or (
                    "", word("done_in_language", lang).format(language=_language_name(other, lang)))
                break
        # A recall's first public word is the recall notice, published once the food-safety
        # authority is told: the same day is the trade's standard, not the hour.
        first_allowed = timedelta(hours=12) if kind == "recall" else timedelta(hours=1)
        if key == "first_word" and kind == "recall":
            text = translated(STEP_TEXTS, "checklist.step.first_word_recall", lang)
        late = key == "first_word" and (first - alerted > first_allowed if not day_only else
                                         first.astimezone(zone).date() > alerted.astimezone(zone).date())
        rough = known_said is not None and alerted == known and approximate(brief, known_said)
        if late and rough and _within_part(brief, known_said, first):
            # "Customers told us this morning", first word at 10:40 that morning: nothing says it
            # came late (the part's start is the clock's, never a time the statement gave).
            late = False
        if late:
            shown = None
            from generator.rendering.brief import lateness_words

            days = (first.astimezone(zone).date() - alerted.astimezone(zone).date()).days
            notes.append(word("first_late" if known_said else "first_late_began", lang).format(
                first=brief.when(first), began=said_when(brief, alerted, known_said) if rough else brief.when(alerted),
                delay=lateness_words(timedelta(days=days), lang, prose=True) if day_only
                else said_delay(elapsed(first, alerted), lang, rough) if rough else lateness_words(elapsed(first, alerted), lang,
                                                                                             prose=True)))
        if key == "review" and shown is None:
            shown = _postmortem_shown(brief)
        # A step of two parts shown half done stays open, with the rest to check.
        partly = bool(shown) and key in COMPOUND and texts is own_texts and not any(
            re.search(COMPOUND[key][1], b.statement.source, re.IGNORECASE) for b in (brief, *others))
        # Work told as under way ("We are writing to every patient concerned") that the newest
        # update counts as not finished ("So far, we have sent … to 18,400 patients" of 23,150):
        # open, with how far it has come.
        progress = _progress(brief, shown[0]) if shown and shown[0] and not partly and not statement.resolved \
            and _UNDER_WAY.search(shown[0]) else None
        if progress is not None:
            shown = (progress.text, progress.source)
        due: datetime | None = None
        if minutes is not None:
            # The clock runs from when we knew, not from our first post (the regulator's always):
            # checking the facts is due before we speak, not after.
            due = after(known if key in ("regulator", "notify_people") else start, timedelta(minutes=minutes))
        elif key == "review" and statement.resolved and not shown and _awaits_inquiry(brief):
            # "We will publish its findings as soon as we receive them": two weeks would contradict
            # the statement's own "we will not speculate before it concludes".
            notes.append(word("after_inquiry", lang))
            text = word("review_inquiry", lang)
        elif key == "review" and statement.resolved:
            due = (statement.resolved_at or statement.last_update.at) + timedelta(days=14)
        if due is not None and kind == "recall" and key in _SAID_IN_PUBLIC and alerted < first:
            # (Only from a clock the statement gives: from our own first word, the notice was out then.)
            # What a recall publishes (the lots, what to watch for, refunds) goes with its notice:
            # no earlier than the notice's own deadline.
            due = max(due, alerted + first_allowed)
        if key == "first_word":  # within the hour of the problem, not of our own word
            # (Unknown when neither `began` nor a sentence says when we knew: no deadline from our own word;
            # nor from a day said without its hour.)
            due = alerted + (first_allowed if kind == "recall" else timedelta(minutes=minutes or 0)) \
                if alerted < first and not day_only else None
        if due is not None and not late:
            # A deadline passed, while the crisis is open, is a check to make: the statement may
            # simply not say it (a step it could show), or cannot (briefing the spokesperson).
            # An internal step past its deadline is a check too (a team's own record shows it).
            # (Once it is over too: the list is then the record of what was done.)
            passed = due < brief.now and (not shown or partly)
            said = word("passed" if evidence is not None and not partly else "passed_internal", lang)
            # ("People first" is due the moment it began: "at once", never a deadline that is the start.)
            deadline = word("at_once", lang).format(when=brief.when(due)) if minutes == 0 else brief.when(due)
            notes.append(f"{word('deadline', lang)} {_noted(deadline, said if passed else '')}")
        if shown:
            sentence, source = shown
            said = word("partly" if partly else "under_way" if progress is not None else "done", lang)
            notes.append(f"{said} {quoted(sentence, lang)}" + (f" — {source}" if source else "")
                         if sentence else source)
            done_at = _done_at(brief, sentence, due) if due is not None and sentence and key != "first_word" else None
            undated = False  # said in a section: when it went out, the statement does not say
            if key in _SAID_IN_PUBLIC and due is not None and sentence:
                # What is done by saying it in public ("publish the lots") is done no earlier than
                # the statement's first word, or the update that says it.
                passage = next((p for p in passages(brief) if p.text == sentence), None)
                published = max(first, passage.at) if passage is not None and passage.at is not None else first
                undated = done_at is None and (passage is None or passage.at is None)
                done_at = max(done_at or published, published)
            if done_at is not None and due is not None and done_at > due:
                # "We removed it at 22:15" against a deadline of 19:00: done, and late; the review says so.
                # (A section's sentence may have been added later: "no earlier than", never "at".)
                notes.append(word("done_late_first" if undated else "done_late", lang).format(when=brief.when(done_at)))
            if partly:
                notes.append(word("partly_check", lang).format(rest=word(COMPOUND[key][0], lang)))
            if progress is not None:
                notes.append(word("under_way_check", lang))
        # (Our first word, given late, was given: ticked, with how late it came.)
        items.append(ChecklistItem(text, tuple(notes), (bool(shown) and not partly and progress is None) or late,
                                   passed=due is not None and due < brief.now and not late))
        if key == "updates" and brief.promise.late_by is not None and not statement.resolved:
            overdue = items.pop()
            items.insert(0, overdue)  # the promised update is late: the first thing to do now
    intro = word("intro_began" if from_began else "intro_known" if start < first else "intro", lang).format(
        kind=word("kind.strike" if struck else "kind.conduct" if of_conduct else f"kind.{kind}", lang), severity=severity,
        first=said_when(brief, start, known_said) if start == known and known_said else brief.when(start))
    if alerted < start and not day_only:  # "Deadlines count from 06:40" beside a first-word deadline of 06:50
        intro += word("intro_first_known" if known_said else "intro_first", lang).format(
            began=said_when(brief, alerted, known_said) if alerted == known and known_said else brief.when(alerted))
    if kind == "breach" and gdpr:
        # (Quoted in this document's language: the other file may have given the time of day.)
        quoted_said = own[1] or known_said
        known_words = (word("known_said", lang).format(when=said_when(brief, known, quoted_said),
                                                       sentence=quoted_said.text.rstrip(" ."))
                       if known_said and quoted_said
                       else word("known_first", lang).format(when=brief.when(known)))
        intro += word("intro_breach", lang).format(known=known_words)
    items[1:1] = [*_on_the_ground(brief, settings), *_changed_since(brief, settings)]
    items = [ChecklistItem(_one_level(item.text), tuple(_one_level(n) for n in item.notes), item.done, item.passed)
             for item in items]
    groups = tuple(ChecklistGroup(word(f"group.{key}", lang), tuple(found)) for key, found in (
        ("now", [i for i in items if not i.done and not i.passed]),
        ("check", [i for i in items if not i.done and i.passed]),
        ("done", [i for i in items if i.done])) if found)
    return ChecklistContext(title=word("title", lang).format(title=statement.title), intro=intro, groups=groups)


# An instruction our people on the ground were given ("Our inspectors have been told not to fine
# anyone", « Nos contrôleurs ont pour consigne de… »): every one of them must have it.
_FRONT_LINE = {
    "en": re.compile(r"\b(?:our|all|every)\s+(?:\w+\s+)?(?:inspectors?|drivers?|conductors?|guards?|stewards?|cashiers?|"
                     r"agents?|advisers?|advisors?|staff|crews?|teams? on the ground|store teams?|branch staff)\s+"
                     r"(?:have|has|were|was|are|is)\s+(?:been\s+)?(?:told|instructed|asked|briefed|under instruction)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:nos|les|tous nos|chacun de nos)\s+(?:\w+\s+)?(?:contrôleurs|conducteurs|agents|conseillers|"
                     r"caissiers|chauffeurs|équipes en magasin|équipes sur le terrain|personnels?)\s+(?:ont (?:pour |reçu (?:la |"
                     r"une )?)?consigne|ont été (?:informés|prévenus|briefés)|sont informés)\b", re.IGNORECASE),
}
# A help line of another organisation ("call the National Domestic Abuse Helpline on 0808 2000
# 247"): not ours when no "our"/« notre » and not the organisation's name stand before it.
_LINE_NAME = {"en": re.compile(r"\b(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,5}(?:Helpline|Line|Service|Centre|Center))\s+"
                               r"(?:on|at)\s+\+?\d", re.UNICODE),
              "fr": re.compile(r"\b(?:le|la|l['’])\s*((?:ligne|numéro|service|plateforme|centre)\s+[^,.;:]{2,60}?)\s+"
                               r"au\s+\+?\d", re.IGNORECASE)}
_OURS = re.compile(r"\b(?:our|notre|nos)\b", re.IGNORECASE)
_EMERGENCY = re.compile(r"(?:999|112|911|15|17|18|114|115|119)\b")


def _on_the_ground(brief: Brief, settings: Settings) -> list[ChecklistItem]:
    """What the statement asks of people outside the crisis room: the instruction our front-line
    colleagues were given, and the outside help line we send people to."""
    lang = brief.lang
    items: list[ChecklistItem] = []
    front = _FRONT_LINE.get(lang)
    # (Once it is over, the instruction has run its course.)
    instructed = next((p for p in passages(brief) if front is not None and front.search(p.text)), None) \
        if not brief.statement.resolved else None
    if instructed is not None:
        items.append(ChecklistItem(word("front_line", lang).format(sentence=quoted(instructed.text, lang)), (
            f"{word('owner', lang)} {owner_for('ops', settings.crisis_team, lang)}",)))
    names = _LINE_NAME.get(lang)
    organisation = settings.organisation_in(lang)
    for passage in passages(brief):
        found = names.search(passage.text) if names is not None else None
        if found is None or _OURS.search(found.group(0)) or organisation.lower() in found.group(1).lower() \
                or _EMERGENCY.match(passage.text, found.end() - 1):
            continue  # ours, or the emergency services (they need no warning from us)
        items.append(ChecklistItem(word("outside_line", lang).format(sentence=quoted(passage.text, lang)), (
            f"{word('owner', lang)} {owner_for('comms', settings.crisis_team, lang)}",)))
        break
    return items


def _changed_since(brief: Brief, settings: Settings) -> list[ChecklistItem]:
    """What changed after the first word, that every copy already out must now say: a recall
    widened to more lots (the notice, the posters, the authorities of each country, the shops),
    a correction (the posts, e-mails, notices and posters that gave the old fact)."""
    lang = brief.lang

    def step(text: str, owner: str, due: datetime) -> ChecklistItem:
        late = due < brief.now
        return ChecklistItem(text, (f"{word('owner', lang)} {owner_for(owner, settings.crisis_team, lang)}",
                                    f"{word('deadline', lang)} "
                                    + _noted(brief.when(due), word('passed_internal', lang) if late else "")),
                             False, late)

    items = []
    if brief.kind == "recall":
        for update in reversed(brief.statement.updates[:-1]):
            if corrections.RECALL_EXTENDED.search(update.text):  # (due the same day, as the recall's own notice)
                items.append(step(word("recall_extended", lang).format(when=brief.when(update.at)), "ops",
                                  after(update.at, timedelta(hours=12))))
    for update in reversed(brief.statement.updates):
        for correction in update.corrections:
            # (In the words of its own post: "as we said in our update of 21 October at 3:40 p.m.", never
            # "in this update", which on a list names no update.)
            said = " ".join(brief.correction_sentences(update, correction)) or correction.text.strip()
            items.append(step(word("corrected", lang).format(when=brief.when(correction.at),
                                                               sentence=quoted(said, lang)),
                              "comms", after(correction.at, timedelta(hours=2))))
    return items


def _one_level(text: str) -> str:
    """« (heure de Paris) » never inside or right before another parenthesis: « le 1er décembre à
    11 h 30, heure de Paris, en retard », « à 13 h 20, heure de Paris (passée : …) »."""
    text = re.sub(r"\s\((heure de [^()]+)\)(?=\s\()", r", \1", text)
    return re.sub(r"\(([^()]*?)\s\((heure de [^()]+)\)([^()]*)\)", r"(\1, \2\3)", text)


def _promise_items(brief: Brief, settings: Settings) -> list[ChecklistItem]:
    """One step per promise the statement makes by a day ("you will receive a letter by 4
    December"), soonest first: a journalist holds us to each. Ticked when a later sentence
    reports it done on that day; flagged when its day has passed without that."""
    from generator.rendering.moments import day_words

    items = []
    for promise in dated_promises(brief, settings)[:5]:
        moment, timed, passage, kept = promise.moment, promise.timed, promise.passage, promise.kept
        deadline = brief.when(moment) if timed else day_words(moment.date(), brief.lang, zone=brief.settings.timezone)
        passed = moment < brief.now and not kept
        lang = brief.lang
        notes = [f"{word('owner', lang)} {owner_for(_promise_owner(passage.text), settings.crisis_team, lang)}",
                 f"{word('deadline', lang)} {_noted(deadline, word('promise_passed', lang) if passed else '')}"]
        offer = promise.window and not brief.statement.resolved and not passed and not kept
        # (« mise à jour du 3 décembre à 17 h 30, heure suisse » inside the brackets: never two pairs.)
        source = re.sub(r"\s\(([^()]*)\)$", r", \1", passage.source)
        items.append(ChecklistItem(word("offer" if offer else "promise", lang).format(
            sentence=quoted(passage.text, lang), source=source), tuple(notes), kept, passed))
    return items


# Who keeps a promise, by what it promises: refunds are sales' or customer service's, findings
# and changes to publish are communications', training is the people director's, belongings
# left behind are operations'; anything else the crisis lead's.
_PROMISE_OWNERS = (("commercial", r"\b(?:refund\w*|reimburs\w*|repa(?:y|id)|rembours\w*|frais de stand|stand fees|"
                                  r"money (?:will )?(?:go|come)s? back|paid back|recrédit\w*|l['’]argent (?:vous )?"
                                  r"(?:sera|reviendra))"),
                   ("people", r"\b(?:training|trained|formation|formés?|formées?)\b"),
                   ("ops", r"\b(?:items?|belongings|lost property|objets|affaires)\b"),
                   ("comms", r"\b(?:publish\w*|publier|publierons|publiera)\b"))


def _promise_owner(text: str) -> str:
    return next((key for key, words in _PROMISE_OWNERS if re.search(words, text, re.IGNORECASE)), "lead")


@dataclass(frozen=True, slots=True)
class DatedPromise:
    moment: datetime
    timed: bool  # promised by an hour, not only a day
    passage: Passage
    kept: bool  # a later sentence reports it done, or the offer it makes has run its course
    window: bool  # an offer open until that day ("can ask for a refund until 31 December")


def dated_promises(brief: Brief, settings: Settings) -> list[DatedPromise]:
    """Every promise the statement makes by a day, soonest first, and whether it is kept (the
    checklist tracks each; the memo tells staff what is still owed after the last update)."""
    from generator.rendering.deadlines import open_until, promised_by, reported_done

    lang, zone = brief.lang, settings.timezone
    # (The sections speak for now: "Staff received their letter on 6 February" there reports done
    # what an update promised "by 6 February".)
    texts = [update.text for update in brief.statement.updates] + [
        brief.statement.text_of(key) for key in ("summary", "what_happened", "what_we_are_doing")]
    from dataclasses import replace

    from generator.rendering.channels.voices import leans_on_before

    promises: dict[str, tuple[datetime, bool, Passage]] = {}
    every = passages(brief)
    for index, passage in enumerate(every):
        if passage.has("next-update") or passage.has("correction") or passage.text in promises:
            continue
        found = promised_by(passage.text, lang, passage.at or brief.statement.last_update.at, zone)
        after = every[index + 1] if index + 1 < len(every) else None
        if found and after is not None and after.block == passage.block and after.section == passage.section \
                and leans_on_before(after.text, lang):
            # "…will file our full report by November 4. We will publish a summary of it here.": the
            # promise that leans on it is kept with it (alone, "a summary of it" names nothing).
            passage = replace(passage, text=f"{passage.text} {after.text}")
        if found and not any(found[0] == moment and _same_promise(passage.text, other.text)
                             for moment, _, other in promises.values()):
            promises[passage.text] = (*found, passage)
    found_promises = []
    for moment, timed, passage in sorted(promises.values(), key=lambda found: found[0]):
        # An offer open until a day ("can ask for a refund until 31 December") is kept while it
        # stays open: done once that day is over, never overdue.
        window = open_until(passage.text, lang, passage.at or brief.statement.last_update.at, zone) == (moment, timed)
        kept = moment < brief.now if window else (reported_done(moment.date(), texts, lang)
                                                   or _kept_later(brief, passage) or _account_given(brief, passage))
        found_promises.append(DatedPromise(moment, timed, passage, kept, window))
    return found_promises


# "We will publish a full account of what went wrong on this page by 1 December": kept once the
# statement has its postmortem section.
_ACCOUNT_PROMISED = re.compile(r"\b(?:publish|give|share|post)\w* (?:a |our |the )?(?:full |detailed |complete )?"
                               r"(?:account|report|post-?mortem|analysis|review)\b|\bpubli\w+\b[^.]{0,90}\b(?:un |une |le |notre )"
                               r"(?:\w+ )?(?:compte rendu|rapport|bilan|récit|analyse)\b", re.IGNORECASE)


def _account_given(brief: Brief, promise: Passage) -> bool:
    return bool(_ACCOUNT_PROMISED.search(promise.text)) and bool(brief.text_of("postmortem").strip())


def _kept_later(brief: Brief, promise: Passage) -> bool:
    """Whether an update after the promise reports it done in its words ("We will change how
    every advert is approved…" then "We have made the changes we committed to… every advert is
    now reviewed by a panel"): three of its words, with a verb in the past."""
    from generator.rendering.deadlines import MONTHS, done_words

    def stems(text: str) -> set[str]:
        found = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if w not in MONTHS and len(w) >= 5
                 or w in _SAME_THING}
        return {_SAME_THING.get(w, w) for w in found}

    from generator.rendering.deadlines import promised_by

    zone = brief.settings.timezone
    if promise.at is None:
        # A promise the summary still makes is owed: the summary speaks for now, and an older
        # update that shares its words ("the inspectors have been on site since 8 a.m.") never
        # keeps "an independent firm will inspect all 38 lifts by December 18".
        return False
    # (The clause that promises, not the one that reports: "We have credited the charges to 10,950
    # accounts; the other 450 will receive a cheque by 18 December" keeps the cheques owed.)
    clauses = re.split(r";\s+", promise.text)
    owed = [c for c in clauses if promised_by(c, brief.lang, promise.at or brief.statement.last_update.at, zone)]
    wanted = stems(owed[0] if len(clauses) > 1 and owed else promise.text)
    # What is promised, after "will" (« recevra… »): a later sentence that shares only who and what
    # the crisis is about ("23,900 customers had a payment declined") never keeps "every customer
    # who had a payment declined will receive €15"; it must say the promised act.
    promised = re.split(r"\b(?:will|shall|['’]ll)\b|\b(?=\w+(?:rai|ra|rons|rez|ront)\b)", owed[0] if owed else promise.text,
                        maxsplit=1, flags=re.IGNORECASE)
    acts = stems(promised[1]) if len(promised) > 1 else set()
    for update in brief.statement.updates:
        if promise.at is not None and update.at <= promise.at:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", update.text):
            if not done_words(sentence, brief.lang) or promised_by(sentence, brief.lang, update.at, zone) is not None:
                continue
            said = stems(sentence)
            shared = len(wanted & said)
            # "We have made the changes we committed to": it names the promise it keeps.
            if (shared >= 3 and (not acts or acts & said)) or (shared >= 1 and _AS_PROMISED.search(sentence)):
                return True
            # ("…a temporary hold: it will disappear by itself within 5 working days" then "The
            # pending amounts … were all released overnight": the same thing, all of it, done.)
            if shared >= 2 and acts & said and _ALL_OF_IT.search(sentence):
                return True
            # ("We expect the laboratory's results by 21 April" then "The laboratory has given us its
            # results": what we awaited came.)
            if shared >= 2 and _AWAITED.search(promise.text):
                return True
    return False


_AWAITED = re.compile(r"\b(?:we expect|we are expecting|we are waiting for|we await|nous attendons|nous recevrons|"
                      r"attendus?|expected)\b", re.IGNORECASE)


# Words for the same thing in a promise and in the update that keeps it.
_SAME_THING = {
    **dict.fromkeys(("disap", "relea", "clear", "lifte", "vanis", "remov", "dispa", "libér", "levée", "levés", "suppr"),
                    "GONE"),
    **dict.fromkeys(("hold", "holds", "pendi", "block", "attent", "bloqu"), "HOLD"),
}
_ALL_OF_IT = re.compile(r"\b(?:all|every|each|tous|toutes|chacun|chacune|alle)\b", re.IGNORECASE)


_AS_PROMISED = re.compile(r"\b(?:committed to|promised|as we said|comme promis|nous nous étions engagés|annoncée?s? le|"
                          r"wie angekündigt|zugesagt)", re.IGNORECASE)


def _same_promise(one: str, other: str) -> bool:
    """Whether two sentences promising by the same day promise the same thing: the summary's
    "will receive a €40 voucher by e-mail" and the advice's "your voucher will arrive by e-mail"."""
    from generator.rendering.deadlines import MONTHS

    def content(text: str) -> set[str]:
        # (Four letters count: "file our full report with the CRTC" is said again in those words.)
        return {w for w in re.findall(r"\w{4,}", text.lower()) if w not in MONTHS and w not in _COMMON}

    return len(content(one) & content(other)) >= 2


# Words any two promises share ("We will send you…", « Nous vous enverrons… »).
_COMMON = frozenset("""will with have that this from your their they them what when which been were also more into
    than then only once each every nous vous pour dans avec sera seront votre notre leur leurs cette sont plus tous
    toutes aussi ainsi être avoir wird werden wir ihre unsere""".split())


def _next_promise(brief: Brief, lang: str) -> str:
    """The next update promised, said overdue when its time has passed."""
    promise = brief.promise
    if promise.at is None:
        return word("none", lang)
    when = brief.when(promise.at)
    return when if promise.ahead else word("overdue", lang).format(when=when)


def _postmortem_shown(brief: Brief) -> tuple[str, str] | None:
    """A postmortem published shows the review done: its first sentence, never its bare heading."""
    if brief.statement.postmortem is None:
        return None
    said = find(brief, sections=("postmortem",), most=1)
    return (said[0].text, said[0].source) if said else None


def _began(statement: Statement) -> datetime:
    """When the problem began, as the statement gives it."""
    return statement.began or statement.started


def _counts(text: str) -> set[str]:
    """The counts of a text, written the same in every language ("31,560", « 31 560 » → 31560);
    never a day or an hour, which each language writes its own way ("4 pm", « 16 h »)."""
    from generator.rendering.documents.qa_questions import figures

    return {f for f in figures(text) if len(f) >= 3}


def _same_in(brief: Brief, other_text: str) -> tuple[str, str] | None:
    """This language's sentence that gives every figure of `other_text` (a translation of the
    same fact): the checklist quotes its own language when it can."""
    wanted = _counts(other_text)
    if not wanted:
        return None
    same = [p for p in passages(brief) if wanted <= _counts(p.text) and not p.has("correction")]
    return (same[0].text, same[0].source) if same else None


# Steps done by saying something in public: the lots, what to watch for, how to get a refund,
# the apology.
_SAID_IN_PUBLIC = frozenset({"lots", "health", "refund", "own_words", "phishing"})


def _done_at(brief: Brief, sentence: str, due: datetime) -> datetime | None:
    """When the statement says a step was done: the time its sentence gives after the act ("we
    removed it at 22:15", « nous l'avons retirée à 22 h 15 »), on the day of the update that
    says it, or for a section's sentence on the deadline's day; None when it gives none (an
    update may report long after the fact: "all shops have taken them off" says nothing of when)."""
    done = _DONE_AT.search(sentence)
    if done is None or _DATED.search(done.group(0)):
        return None  # (a date of its own: "closed on 24 November at 16:52" is not the deadline's day)
    passage = next((p for p in passages(brief) if p.text == sentence), None)
    zone = brief.settings.timezone
    day = (passage.at if passage is not None and passage.at is not None else due).astimezone(zone)
    # ("We notified the CNIL at 17:55 on 10 November": the day it names after the time, never the
    # deadline's day.)
    named = _DAY_AFTER.match(sentence[done.end():])
    if named:
        month = _MONTHS.index(named.group(2).casefold()) % 12 + 1
        try:
            day = day.replace(month=month, day=int(named.group(1)))
        except ValueError:
            return None
    said = day.replace(hour=int(done.group(1)) % 24, minute=int(done.group(2) or 0), second=0, microsecond=0)
    if passage is not None and passage.at is not None and said > passage.at:
        return None  # (a time later than the post is another day's: unknown)
    return said


_DATED = re.compile(r"\b\d{1,2}(?:er)?\s+(?:january|february|march|april|may|june|july|august|september|october|"
                    r"november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                    r"décembre)\b", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november december "
           "janvier février mars avril mai juin juillet août septembre octobre novembre décembre").split()
# The day a time is given on, after it: "at 17:55 on 10 November", « à 17 h 55 le 10 novembre ».
_DAY_AFTER = re.compile(r"\s*(?:on\s+|le\s+|,\s+)?(?:\w+day\s+|lundi\s+|mardi\s+|mercredi\s+|jeudi\s+|vendredi\s+|"
                        r"samedi\s+|dimanche\s+)?(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
# An act and the time it was done: "removed it at 22:15", « l'avons retirée à 22 h 15 ».
_DONE_AT = re.compile(r"\b(?:removed|withdrew|took (?:it |them )?down|deleted|paused|cancell?ed|apologi[sz]ed|published|"
                      r"posted|notified|reported|informed|blocked|closed|stopped|retirée?s?|supprimée?s?|publiée?s?|"
                      r"notifiée?s?|signalée?s?|informée?s?|bloquée?s?|suspendue?s?|arrêtée?s?|fermée?s?)\b"
                      r"[^.;:]{0,30}?\b(?:at|à)\s+(\d{1,2})(?::|\s?h\s?)(\d{2})?\b", re.IGNORECASE)


def _shown(brief: Brief, evidence: str | None, key: str = "") -> tuple[str, str] | None:
    """The sentence of the statement that shows a step done, and where it is: the sections
    first, then every update, newest first."""
    if evidence is None:
        return None
    statement = brief.statement
    if evidence == "first":
        # Its first sentence as it went out (never a correction itself): the record of what was said
        # then, "Since about 3:05 p.m.", never words a later correction put there and nobody
        # published; marked as corrected since, so that nobody repeats it as true.
        first = len(statement.updates) - 1
        said = [p for p in passages(brief) if p.section == "update" and p.recent == first and not p.has("correction")]
        if not said:
            return None
        corrected = bool(said[0].published) and said[0].published != said[0].text
        return said[0].published if corrected else said[0].text, said[0].source + (
            word("as_corrected", brief.lang) if corrected else "")
    if evidence == "lots":
        from generator.rendering.documents.qa_questions import recall_lot_lines

        lines = recall_lot_lines(brief)
        if lines:
            return "; ".join(lines[:1]) + ("…" if len(lines) > 1 else ""), ""
        evidence = r"\b(?:lots?|serial|batch|série|starts with|commence par)\b[^.]*\b[A-Z0-9]+-?\d{3,}"
    role = evidence if re.fullmatch(r"[a-z-]+", evidence) else None
    words = None if role else evidence
    own = tuple(s.heading for s in statement.sections if not s.key)  # "What we know", "What we did"
    for section in (*_SECTIONS, *own, "update"):
        if section == "what_you_should_do" and key not in _TOLD_TO_PEOPLE:
            continue  # what people are told to do shows none of our own work done
        found = [p for p in find(brief, role=role, words=words, sections=(section,), history=True, newest_first=True,
                                 most=3)
                 # (A count of people ill stands beside "if you have diarrhoea, call 111" in one sentence.)
                 if not (key not in _TOLD_TO_PEOPLE and key != "cases" and p.has("advice")) and not _ahead(p.text, brief)
                 and not (words and _negated(p.text, words))
                 and not (key == "notify_people" and not _people_told(p.text, words or ""))]
        if found and _UNDER_WAY.search(found[0].text) and words and any(
                _ahead(p.text, brief) for p in find(brief, words=words, sections=(*_SECTIONS, "update"), history=True,
                                                    most=9)):
            # "We are writing to each person affected" in the quote, where the section says "from 18
            # December", read on the 17th: planned, not done.
            return None
        if found:
            return found[0].text, found[0].source
    return None


# How far work under way has come, in the newest update: "So far, we have sent…", « À ce jour, … ».
_SO_FAR = re.compile(r"\b(?:so far|to date|until now|up to now|as of (?:now|today|this morning)|à ce jour|jusqu['’]ici|"
                     r"pour l['’]instant|jusqu['’]à présent|bisher|bislang)\b", re.IGNORECASE)


def _progress(brief: Brief, sentence: str) -> Passage | None:
    """The newest update's count of how far the work `sentence` tells as under way has come:
    a "so far" with a figure that shares that work's words."""
    told = {w.casefold() for w in re.findall(r"\w{4,}", sentence)}
    for passage in passages(brief):
        if passage.section != "update" or passage.recent != 0 or not _SO_FAR.search(passage.text) \
                or not re.search(r"\d", passage.text):
            continue
        if len(told & {w.casefold() for w in re.findall(r"\w{4,}", passage.text)}) >= 2:
            return passage
    return None


# Work told as under way ("we are writing to…", « nous écrivons à… »): done only if no sentence
# says it starts on a day still ahead.
# (« Nous avons retiré… » is done: "avons" ends like a verb at work, and is none.)
_UNDER_WAY = re.compile(r"\b(?:we are|we're|is|are) (?:now )?\w+ing\b|\bnous (?:sommes en train de|(?!avons\b)\w+ons)\b",
                        re.IGNORECASE)


# "…where the software is not yet restored", « pas encore rétablis »: the opposite of done.
_NEGATION_BEFORE = re.compile(r"\b(?:not|n['’]t|never|no longer|not yet|pas|jamais|plus|nicht|noch nicht|kein\w*)"
                              r"(?:\s+(?:yet|encore|been|été|fully|entièrement|tout à fait))*\s+$", re.IGNORECASE)


def _people_told(text: str, evidence: str) -> bool:
    """Whether a clause of `text` tells people of their data ("…to the CNIL on 3 October, and we
    are writing to each of the 1,240 merchants concerned"): never the authority told alone."""
    clauses = re.split(r",?\s+(?:and|et|und)\s+(?=(?:we|nous|wir)\b)|;\s+", text)
    return any(re.search(evidence, clause, re.IGNORECASE) and not _AUTHORITY_TOLD.search(clause)
               and _ABOUT_DATA.search(clause) for clause in clauses)


# People told about their data ("We have written to the 2,140 customers affected", "31,560
# patients have been informed by email"), never patients called about their appointments ("All
# dialysis patients have been contacted: their sessions go ahead").
_ABOUT_DATA = re.compile(r"\b(?:informed|notified|told|e-?mail\w*|writ\w*|letters?|informée?s?|prévenue?s?|écri\w*|"
                         r"courri\w+|data|details|information|breach|exposed|stolen|leak\w*|affected|concerned|whose|"
                         r"données|informations|fuite|volée?s?|exposée?s?|concernée?s?|touchée?s?|dont les|Daten|"
                         r"betroffen\w*)\b", re.IGNORECASE)


def _negated(text: str, evidence: str) -> bool:
    """Whether every place the evidence words match in `text` is negated just before."""
    matches = list(re.finditer(evidence, text, re.IGNORECASE))
    return bool(matches) and all(_NEGATION_BEFORE.search(text[:m.start()]) for m in matches)


# "The CNIL and the regional health agency were informed": the authorities told, not the people.
# (Never "an e-mail, or failing that an SMS": a message's name in capitals is no authority.)
_AUTHORITY_TOLD = re.compile(r"(?-i:\b(?!(?:SMS|MMS|PDF|URL|GMT|CET|CEST|FAQ|QR|ID|IT|EUR|USD|TVA|VAT|OK)\b)[A-Z]{2,}\b)|\b(?:authorit\w*|autorités?|regulator|régulateur|agen(?:cy|ce)|"
                             r"police|gendarmerie|prosecutor|procureur|ministr\w*|préfecture)\b", re.IGNORECASE)


# Steps whose work is telling people what to do: the advice itself shows them done.
_TOLD_TO_PEOPLE = frozenset({"symptoms", "health", "phishing", "workaround", "lots", "people", "pause", "fees", "refund",
                             "credits", "repay", "tell_each"})


def _ahead(text: str, brief: Brief) -> bool:
    """Whether a sentence speaks of a day still ahead ("From Monday 30 November we are writing
    to each of you…", read on 29 November): work planned, not done."""
    from generator.rendering.deadlines import starts_later

    return starts_later(text, brief.now, brief.settings.timezone)


# Where a step done is told: what the authors say they did, the facts, then what they tell people.
_SECTIONS = ("what_we_are_doing", "summary", "what_happened", "postmortem", "quote", "what_you_should_do")


# Food, for people or animals: a vitamin it holds too much of is an ingredient, not the product
# (kit 60: dog food with too much vitamin D sent the team to the medicines agency).
_FOOD = re.compile(r"\b(?:food|foods|kibble|feed|croquettes?|aliments?|alimentation|nourriture|pâtées?|cereals?|céréales?|"
                   r"milk|lait|biscuits?|cheese|fromages?|meals?|repas|farine|flour|drinks?|boissons?|juices?|jus)\b",
                   re.IGNORECASE)


def _vitamins_as_ingredient(told: str) -> str:
    """`told` without its vitamins when it recalls a food: what the product is, not what it holds."""
    if not _FOOD.search(told):
        return told
    return re.sub(r"\bvitamin(?:e)?s?\b(?:\s+[A-K]\d?\b)?", "", told, flags=re.IGNORECASE)
