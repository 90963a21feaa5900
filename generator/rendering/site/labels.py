"""The status site's own words (everything the statement does not say), per language, and
the date formats the pages use. The English is here; other languages are in the gettext
catalogues (`generator.core.catalogues`, docs/translating.md): a translator adds a
language's words there, not here.

Status and severity labels come from `generator.core.languages` so every output names them alike."""

from __future__ import annotations
import re

import functools

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from generator.core.catalogues import english_table, translatable, translated
from generator.rendering.moments import french_clock_said, twelve_hour, twelve_hour_time, zone_words
from generator.rendering.documents.formatting import readable_zone

# The English of every label, by key (the message context in the catalogues).
LABELS: dict[str, str] = english_table(
    # Translators: French puts a non-breaking space before a colon.
    translatable("colon", ":"),
    translatable("home.title", "Current status"),
    translatable("home.ongoing", "Ongoing"),
    # Translators: heading over statements resolved in the day before the build, shown under the
    # banner so that what people must still do after the end is not hidden in the history.
    translatable("home.just_resolved", "Resolved in the last 24 hours"),
    translatable("home.all_clear", "All clear: there is no ongoing incident."),
    translatable("home.recent", "Recent history"),
    translatable("home.full_history", "Full history"),
    translatable("history.title", "History"),
    translatable("history.empty", "No statement has been published."),
    # Translators: under "Recent history" while statements are under way and none is closed yet.
    translatable("home.none_closed", "None closed yet: the statements under way are above."),
    translatable("newsroom.title", "Newsroom"),
    translatable("newsroom.intro", "Press releases, newest first."),
    translatable("newsroom.empty", "No press release has been published."),
    translatable("press.title", "Press release"),
    translatable("press.page_title", "Press release: {title}"),
    translatable("press.statement", "Read the full statement"),
    translatable("field.status", "Status"),
    translatable("field.severity", "Severity"),
    # Translators: when the situation began (`began`, else `started`), and when we first spoke
    # of it (the oldest update, field.started): never one word for both.
    translatable("field.began", "Began"),
    # Translators: when we first spoke of it (the oldest update), not when it began (field.began).
    translatable("field.started", "First update"),
    translatable("field.last_update", "Last update"),
    translatable("field.next_update", "Next update promised by"),
    # Translators: beside a promise that has passed ("Overdue" follows): never "Next update on…".
    translatable("field.next_update_due", "An update was due by"),
    # Translators: the time of the update that declared it over (the text says when service came
    # back), so never a bare "Resolved".
    translatable("field.resolved", "Declared over"),
    translatable("status.completed", "Completed"),
    translatable("field.affected", "Affected"),
    translatable("statement.timeline", "Updates, newest first"),
    translatable("statement.translations", "Also in"),
    translatable("statement.press", "Press release"),
    translatable("statement.feed", "Follow the updates (Atom feed)"),
    translatable("statement.correction", "Correction"),
    # Translators: after a corrected value in an update, {wrong} the value first published (struck through).
    translatable("statement.corrected_inline", "corrected; first published as {wrong}"),
    translatable("statement.draft", "Draft: local preview only, never published."),
    translatable("statement.in_language", "in {language}"),
    translatable("nav.home", "Status"),
    translatable("nav.history", "History"),
    translatable("nav.newsroom", "Newsroom"),
    translatable("nav.label", "Site sections"),
    translatable("feed.site", "All status updates"),
    translatable("feed.site_json", "All status updates (JSON Feed)"),
    translatable("feed.statement", "Updates of this statement"),
    translatable("feed.subtitle", "Every update of every statement from {organisation}."),
    translatable("feed.entry_title", "{status}: {title}"),
    translatable("feed.postmortem_title", "Postmortem: {title}"),
    translatable("feed.history", "Incident history"),
    translatable("feed.history_rss", "Incident history (RSS)"),
    translatable("feed.history_subtitle",
                 "Every statement from {organisation}, with all its updates."),
    # Translators: the overall banner: the page indicator in words (Statuspage's none …
    # critical, maintenance).
    translatable("banner.none", "All systems operational"),
    translatable("banner.notice", "Important notice: see below"),
    translatable("component.notice", "Notice in force"),
    # Translators: the notice in words of its kind, where one kind is in force.
    translatable("banner.notice.recall", "Product recall in force: see below"),
    translatable("banner.notice.breach", "Personal data incident: see below"),
    translatable("banner.notice.safety", "Safety notice in force: see below"),
    translatable("component.notice.recall", "Recall in force"),
    translatable("component.notice.breach", "Data incident"),
    translatable("component.notice.safety", "Safety notice"),
    # Translators: a transport route's state ("Dover–Calais"), where "Partial outage" is IT jargon.
    translatable("component.route.degraded_performance", "Delays"),
    translatable("component.route.partial_outage", "Disrupted"),
    translatable("component.route.major_outage", "Suspended"),
    # Translators: a ski lift's or a cable car's state: closed, never "Major outage" nor "Suspended".
    translatable("component.lift.degraded_performance", "Slowed"),
    translatable("component.lift.partial_outage", "Partly closed"),
    translatable("component.lift.major_outage", "Closed"),
    translatable("banner.lift.minor", "Some lifts slowed"),
    translatable("banner.lift.major", "Some lifts closed"),
    translatable("banner.lift.critical", "Lifts closed"),
    # Translators: the banner's line when no incident is open but {names} are still down.
    translatable("banner.still_down", "Still closed or disrupted: {names}."),
    translatable("banner.route.minor", "Delays on some routes"),
    translatable("banner.route.major", "Services disrupted"),
    translatable("banner.route.critical", "Services suspended"),
    translatable("banner.minor", "Degraded service"),
    translatable("banner.major", "Partial outage"),
    translatable("banner.critical", "Major outage"),
    translatable("banner.maintenance", "Maintenance in progress"),
    translatable("banner.ongoing", "{count} ongoing: see below."),
    translatable("banner.ongoing_one", "1 ongoing: see below."),
    translatable("banner.quiet", "No ongoing incident."),
    translatable("banner.updated", "Last change"),
    translatable("component.operational", "Operational"),
    translatable("component.under_maintenance", "Under maintenance"),
    translatable("component.degraded_performance", "Degraded performance"),
    translatable("component.partial_outage", "Partial outage"),
    translatable("component.major_outage", "Major outage"),
    # Translators: a service back on, while the team watches that it holds (an outage's
    # "monitoring" stage): never "Major outage" beside an emergency department that is open.
    translatable("component.monitoring", "Restored, monitoring"),
    translatable("banner.monitoring", "Services restored · monitoring"),
    translatable("home.components", "Services"),
    translatable("home.maintenance", "Planned maintenance"),
    translatable("home.no_maintenance", "No maintenance is planned."),
    translatable("home.subscribe", "Follow this page"),
    translatable("home.subscribe_intro",
                 "Every update reaches these feeds as soon as it is published here."),
    translatable("home.api", "Status API (Statuspage-compatible JSON)"),
    translatable("kind.maintenance", "Planned maintenance"),
    translatable("field.kind", "Type"),
    translatable("field.window", "Planned for"),
    translatable("field.window_range", "{start} to {end}"),
    translatable("field.overdue", "Overdue"),
    # Translators: beside the time an update was promised by: that update has not come yet.
    # The time named, so the banner reads alone: "the update promised for 1 December 2026, 11:30 CET …"
    translatable("field.overdue_at", "the update promised for {time} has not been posted yet."),
    translatable("field.overrun_text",
                 "the planned end is past and the maintenance is not marked completed."),
    translatable("field.latest", "Latest update"),
    # Translators: above a summary that still awaits a day now past, under the newest update.
    translatable("statement.summary_overtaken",
                 "This summary was written before the latest update above, which takes precedence."),
    translatable("statement.back", "Current status and every statement"),
    translatable("redirect.text", "This incident's statement is here:"),
    translatable("meta.home_description", "Official status and statements from {organisation}."),
    translatable("meta.history_description",
                 "Every statement published by {organisation}, newest first."),
    translatable("meta.newsroom_description", "Press releases from {organisation}."),
)


def month_label(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """'November 2026' / 'novembre 2026' in the site's zone (history headings)."""
    from babel.dates import format_date

    return format_date(local_time(moment, zone).date(), "LLLL y", locale=lang)


# Babel patterns; the zone abbreviation (CET, CEST) is appended so every time names its zone.
DATETIME_PATTERNS: dict[str, str] = {"en": "d MMMM y, HH:mm", "fr": "d MMMM y 'à' H 'h' mm",
                                     "de": "d. MMMM y, HH:mm 'Uhr'"}
DEFAULT_DATETIME_PATTERN = "d MMMM y, HH:mm"


def label(key: str, lang: str, **values: str) -> str:
    """The label `key` in `lang` (English when the language has none), with `{name}` filled.
    In French an organisation whose name takes an article keeps it: « de la Régie des Eaux… »,
    « par la Régie… », « d'Eaux du Val… » (`french_of`)."""
    text = translated(LABELS, key, lang)
    if not values:
        return text
    organisation = values.get("organisation")
    if lang == "fr" and organisation and "{organisation}" in text:
        from generator.rendering.documents.formatting import french_of
        from generator.rendering.press import subject_name

        subject = subject_name(organisation, lang)
        text = text.replace("de {organisation}", french_of(organisation).replace("{", "{{").replace("}", "}}"))
        text = text.replace("par {organisation}", "par " + subject[:1].lower() + subject[1:]
                            if subject != organisation else "par {organisation}")
    return text.format(**values)


def local_time(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


def human_datetime(moment: datetime, zone: ZoneInfo, lang: str, with_zone: bool = True) -> str:
    """'20 November 2026, 10:50 CET' / '20 novembre 2026 à 10 h 50 CET' / '20. November 2026,
    10:50 Uhr MEZ' in the site's zone."""
    # (The clock's French name may be the statement's own, « heure britannique »: part of the key.)
    return _human_datetime(moment, zone, lang, with_zone, french_clock_said())


@functools.lru_cache(maxsize=8192)  # a time is shown on its statement page, the press page and listings
def _human_datetime(moment: datetime, zone: ZoneInfo, lang: str, with_zone: bool, _clock: str) -> str:
    local = local_time(moment, zone)
    pattern = DATETIME_PATTERNS.get(lang, DEFAULT_DATETIME_PATTERN)
    if lang == "fr" and local.minute == 0:
        pattern = pattern.replace(" 'h' mm", " 'h'")  # « 17 h », never « 17 h 00 », as the copies write it
    if lang == "en" and twelve_hour(zone):
        # North American English: "November 27, 2026, 7:40 a.m.", as the statement's own text reads.
        text = f"{format_datetime(local, 'MMMM d, y', tzinfo=zone, locale=lang)}, {twelve_hour_time(local)}"
    else:
        text = format_datetime(local, pattern, tzinfo=zone, locale=lang)
    if lang == "fr" and local.day == 1:
        # French writes the first day of a month as an ordinal: « 1er novembre ».
        text = "1er" + text[1:]
    if not with_zone:
        return text
    if lang == "fr":
        # French readers know their clock by a city, not by « CET »: « 10 h 50, heure de Paris »;
        # a Greenwich clock is « GMT », as every French copy and the statement's text name it.
        said = zone_words(moment, zone, lang)
        return f"{text} {said}" if said.isupper() else f"{text}, {said}"
    return f"{text} {zone_abbreviation(local, zone, lang)}"


def zone_abbreviation(local: datetime, zone: ZoneInfo, lang: str) -> str:
    """`CET` in English; in another language its readers' own (CLDR, via Babel): `MEZ`, `MESZ`."""
    if lang == "en":
        return readable_zone(local.tzname() or "")
    return format_datetime(local, "z", tzinfo=zone, locale=lang)



def iso_datetime(moment: datetime, zone: ZoneInfo) -> str:
    """Machine-readable time with its offset, in the site's zone: 2026-11-20T10:50:00+01:00."""
    return local_time(moment, zone).isoformat(timespec="seconds")


# A transport route ("Dover–Calais", « Douvres–Calais »): two places joined by a dash. Its state
# in a traveller's words, never an IT status page's "Partial outage".
# (Either end may be hyphenated itself: "Porz-Gwenn–Enez-Ruz".)
_ROUTE = re.compile(r"^[A-ZÀ-Ý][\w'’. -]*?\s?[–—]\s?[A-ZÀ-Ý][\w'’. -]*$")
ROUTE_STATES = ("degraded_performance", "partial_outage", "major_outage")


# A transport service named without its two ends ("Lignes interurbaines Isère", "Transport
# scolaire", "Ferry sailings"): disrupted or suspended, never an IT "partial outage".
_TRANSPORT = re.compile(r"\b(?:lines?|routes?|bus(?:es)?|coach(?:es)?|trains?|trams?|metro|subway|underground|"
                        r"ferr(?:y|ies)|sailings?|crossings?|flights?|shuttles?|school (?:buses|transport|runs?)|"
                        r"lignes?|navettes?|autocars?|tramways?|métro|traversées?|vols?|transports?|"
                        r"circuits? scolaires?|Linien?|Busse|Züge|Fähren?|Flüge)\b", re.IGNORECASE)


# A ski lift or a cable car ("Les Crêtes chairlift", « Télésiège des Crêtes »): open or closed.
_LIFT = re.compile(r"\b(?:chair ?lifts?|gondolas?|cable ?cars?|drag ?lifts?|ski ?lifts?|t-bars?|funiculars?|"
                   r"aerial tramways?|télésièges?|télécabines?|téléskis?|téléphériques?|funiculaires?|"
                   r"remontées? mécaniques?|\w*(?:sessellift|seilbahn|skilift|gondelbahn|standseilbahn)\w*)\b",
                   re.IGNORECASE)


# A line that carries no traveller: "Paiement des factures en ligne" (online), "Appointment line",
# « ligne téléphonique ».
_NOT_TRANSPORT = re.compile(r"\ben ligne\b|\b(?:phone|appointment|help|hot|telephone|customer|support|information|"
                            r"booking|advice|dedicated|passenger|patient) ?lines?\b|\blignes? (?:téléphoniques?|"
                            r"d['’]assistance|d['’]information|de rendez-vous|d['’]écoute|dédiées?|passagers|patients)\b",
                            re.IGNORECASE)


# A service named before a place ("Chauffage – Belval", "Heating – Belval", "Water – North"): a
# supply in one area, not a route between two places.
_SUPPLY_FIRST = re.compile(r"^(?:(?:district |hot |urban )?(?:heating|water|gas|power|electricity|internet|broadband|fibre|"
                           r"phone|mobile|network|website|app|billing|payments?|e-?mail|portal|supply|collection|"
                           r"waste|sewage|cooling)|(?:le |la |l['’]|les )?(?:chauffage|eau|gaz|électricité|courant|internet|"
                           r"fibre|téléphon\w*|réseau|site|application|facturation|paiements?|courriels?|portail|"
                           r"approvisionnement|distribution|collecte|déchets|assainissement|froid|eau chaude)"
                           r"(?: urbain| potable| chaude| de chaleur| collectif)?)\b", re.IGNORECASE)


def is_route(name: str) -> bool:
    """A route ("Grenoble – Voiron") or a transport service ("Lignes interurbaines Isère")."""
    between = _ROUTE.match(name.strip()) is not None and _SUPPLY_FIRST.match(name.strip()) is None
    return between or _TRANSPORT.search(_NOT_TRANSPORT.sub("", name)) is not None


def is_lift(name: str) -> bool:
    """A ski lift or a cable car, which is closed or open, never in "Major outage"."""
    return _LIFT.search(name) is not None


def component_label(state: str, name: str, lang: str) -> str:
    """A component's state in words: "Closed" for a lift, "Disrupted" for a route, "Partial
    outage" for a service."""
    if state in ROUTE_STATES and is_lift(name):
        said = label(f"component.lift.{state}", lang)
        if lang == "fr" and re.search(r"[éi]$", said):
            # « Télécabine … Fermée », « Remontées mécaniques Partiellement fermées »: the French
            # participle agrees with the lift it names.
            first = name.split()[0].casefold() if name.split() else ""
            feminine = first.startswith(("télécabine", "remontée", "télébenne", "cabine", "installation"))
            plural = first.endswith(("s", "x"))
            said += ("e" if feminine else "") + ("s" if plural else "")
        return said
    if state in ROUTE_STATES and is_route(name):
        return label(f"component.route.{state}", lang)
    return label(f"component.{state}", lang)
