"""The status site's own words (everything the statement does not say), per language, and
the date formats the pages use. Adding a language is adding entries here, not code.

Status and severity labels come from `generator.core.languages` so every output names them alike."""

from __future__ import annotations

import functools

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

LABELS: dict[str, dict[str, str]] = {
    # French puts a non-breaking space before a colon.
    "colon": {"en": ":", "fr": "\u00a0:"},
    "home.title": {"en": "Current status", "fr": "État actuel"},
    "home.ongoing": {"en": "Ongoing", "fr": "En cours"},
    "home.all_clear": {
        "en": "All clear: there is no ongoing incident.",
        "fr": "Tout va bien : aucun incident en cours.",
    },
    "home.recent": {"en": "Recent history", "fr": "Historique récent"},
    "home.full_history": {"en": "Full history", "fr": "Historique complet"},
    "history.title": {"en": "History", "fr": "Historique"},
    "history.empty": {"en": "No statement has been published.", "fr": "Aucune déclaration publiée."},
    "newsroom.title": {"en": "Newsroom", "fr": "Espace presse"},
    "newsroom.intro": {
        "en": "Press releases, newest first.",
        "fr": "Communiqués de presse, du plus récent au plus ancien.",
    },
    "newsroom.empty": {"en": "No press release has been published.", "fr": "Aucun communiqué publié."},
    "press.title": {"en": "Press release", "fr": "Communiqué de presse"},
    "press.page_title": {"en": "Press release: {title}", "fr": "Communiqué de presse : {title}"},
    "press.statement": {"en": "Read the full statement", "fr": "Lire la déclaration complète"},
    "field.status": {"en": "Status", "fr": "Statut"},
    "field.severity": {"en": "Severity", "fr": "Gravité"},
    # When the situation began (`began`, else `started`), and when we first spoke of it (the oldest
    # update): never one word for both.
    "field.began": {"en": "Began", "fr": "Début"},
    "field.started": {"en": "First update", "fr": "Premier point"},
    "field.last_update": {"en": "Last update", "fr": "Dernière mise à jour"},
    "field.next_update": {"en": "Next update promised by", "fr": "Prochaine mise à jour promise avant"},
    # The time of the update that closed it (the text says when service came back).
    "field.resolved": {"en": "Closed in the update of", "fr": "Clos par le point du"},
    "status.completed": {"en": "Completed", "fr": "Terminée le"},
    "field.affected": {"en": "Affected", "fr": "Concerne"},
    "statement.timeline": {"en": "Updates, newest first", "fr": "Mises à jour, de la plus récente à la plus ancienne"},
    "statement.translations": {"en": "Also in", "fr": "Aussi en"},
    "statement.press": {"en": "Press release", "fr": "Communiqué de presse"},
    "statement.feed": {"en": "Follow the updates (Atom feed)", "fr": "Suivre les mises à jour (flux Atom)"},
    "statement.correction": {"en": "Correction", "fr": "Rectificatif"},
    "statement.draft": {
        "en": "Draft: local preview only, never published.",
        "fr": "Brouillon : aperçu local, jamais publié.",
    },
    "statement.in_language": {"en": "in {language}", "fr": "en {language}"},
    "nav.home": {"en": "Status", "fr": "État"},
    "nav.history": {"en": "History", "fr": "Historique"},
    "nav.newsroom": {"en": "Newsroom", "fr": "Espace presse"},
    "nav.label": {"en": "Site sections", "fr": "Rubriques du site"},
    "feed.site": {"en": "All status updates", "fr": "Toutes les mises à jour"},
    "feed.site_json": {"en": "All status updates (JSON Feed)", "fr": "Toutes les mises à jour (JSON Feed)"},
    "feed.statement": {"en": "Updates of this statement", "fr": "Mises à jour de cette déclaration"},
    "feed.subtitle": {
        "en": "Every update of every statement from {organisation}.",
        "fr": "Chaque mise à jour de chaque déclaration de {organisation}.",
    },
    "feed.entry_title": {"en": "{status}: {title}", "fr": "{status} : {title}"},
    "feed.postmortem_title": {"en": "Postmortem: {title}", "fr": "Analyse après incident : {title}"},
    "feed.history": {"en": "Incident history", "fr": "Historique des incidents"},
    "feed.history_rss": {"en": "Incident history (RSS)", "fr": "Historique des incidents (RSS)"},
    "feed.history_subtitle": {
        "en": "Every statement from {organisation}, with all its updates.",
        "fr": "Chaque déclaration de {organisation}, avec toutes ses mises à jour.",
    },
    # The overall banner: the page indicator in words (Statuspage's none … critical, maintenance).
    "banner.none": {"en": "All systems operational", "fr": "Tous les services fonctionnent"},
    "banner.notice": {"en": "Important notice: see below", "fr": "Information importante : voir ci-dessous"},
    "component.notice": {"en": "Notice in force", "fr": "Avis en cours"},
    # The notice in words of its kind, where one kind is in force.
    "banner.notice.recall": {"en": "Product recall in force: see below", "fr": "Rappel de produits en cours : voir ci-dessous"},
    "banner.notice.breach": {"en": "Personal data incident: see below",
                             "fr": "Incident de données personnelles : voir ci-dessous"},
    "banner.notice.safety": {"en": "Safety notice in force: see below", "fr": "Consigne de sécurité en cours : voir ci-dessous"},
    "component.notice.recall": {"en": "Recall in force", "fr": "Rappel en cours"},
    "component.notice.breach": {"en": "Data incident", "fr": "Incident de données"},
    "component.notice.safety": {"en": "Safety notice", "fr": "Consigne de sécurité"},
    "banner.minor": {"en": "Degraded service", "fr": "Service dégradé"},
    "banner.major": {"en": "Partial outage", "fr": "Panne partielle"},
    "banner.critical": {"en": "Major outage", "fr": "Panne majeure"},
    "banner.maintenance": {"en": "Maintenance in progress", "fr": "Maintenance en cours"},
    "banner.ongoing": {"en": "{count} ongoing: see below.", "fr": "{count} en cours : voir ci-dessous."},
    "banner.ongoing_one": {"en": "1 ongoing: see below.", "fr": "1 en cours : voir ci-dessous."},
    "banner.quiet": {"en": "No ongoing incident.", "fr": "Aucun incident en cours."},
    "banner.updated": {"en": "Last change", "fr": "Dernière modification"},
    "component.operational": {"en": "Operational", "fr": "Opérationnel"},
    "component.under_maintenance": {"en": "Under maintenance", "fr": "En maintenance"},
    "component.degraded_performance": {"en": "Degraded performance", "fr": "Performances dégradées"},
    "component.partial_outage": {"en": "Partial outage", "fr": "Panne partielle"},
    "component.major_outage": {"en": "Major outage", "fr": "Panne majeure"},
    "home.components": {"en": "Services", "fr": "Services"},
    "home.maintenance": {"en": "Planned maintenance", "fr": "Maintenances planifiées"},
    "home.no_maintenance": {"en": "No maintenance is planned.", "fr": "Aucune maintenance n'est prévue."},
    "home.subscribe": {"en": "Follow this page", "fr": "Suivre cette page"},
    "home.subscribe_intro": {
        "en": "Every update reaches these feeds as soon as it is published here.",
        "fr": "Chaque mise à jour arrive dans ces flux dès sa publication ici.",
    },
    "home.api": {"en": "Status API (Statuspage-compatible JSON)", "fr": "API d'état (JSON compatible Statuspage)"},
    "kind.maintenance": {"en": "Planned maintenance", "fr": "Maintenance planifiée"},
    "field.kind": {"en": "Type", "fr": "Type"},
    "field.window": {"en": "Planned for", "fr": "Prévue"},
    "field.window_range": {"en": "{start} to {end}", "fr": "du {start} au {end}"},
    "field.overdue": {"en": "Overdue", "fr": "En retard"},
    "field.overdue_text": {
        "en": "this promise was not kept; an update is late.",
        "fr": "cette promesse n'a pas été tenue ; une mise à jour est en retard.",
    },
    "field.overrun_text": {
        "en": "the planned end is past and the maintenance is not marked completed.",
        "fr": "la fin prévue est passée et la maintenance n'est pas indiquée comme terminée.",
    },
    "field.latest": {"en": "Latest update", "fr": "Dernière mise à jour"},
    "statement.back": {"en": "Current status of every service", "fr": "État actuel de tous les services"},
    "redirect.title": {"en": "Incident {slug}", "fr": "Incident {slug}"},
    "redirect.text": {"en": "This incident's statement is here:", "fr": "La déclaration sur cet incident est ici :"},
    "meta.home_description": {
        "en": "Official status and statements from {organisation}.",
        "fr": "État et déclarations officielles de {organisation}.",
    },
    "meta.history_description": {
        "en": "Every statement published by {organisation}, newest first.",
        "fr": "Toutes les déclarations publiées par {organisation}, de la plus récente à la plus ancienne.",
    },
    "meta.newsroom_description": {
        "en": "Press releases from {organisation}.",
        "fr": "Communiqués de presse de {organisation}.",
    },
}

def month_label(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """'November 2026' / 'novembre 2026' in the site's zone (history headings)."""
    from babel.dates import format_date

    return format_date(local_time(moment, zone).date(), "LLLL y", locale=lang)


# Babel patterns; the zone abbreviation (CET, CEST) is appended so every time names its zone.
DATETIME_PATTERNS: dict[str, str] = {"en": "d MMMM y, HH:mm", "fr": "d MMMM y 'à' H 'h' mm"}
DEFAULT_DATETIME_PATTERN = "d MMMM y, HH:mm"


def label(key: str, lang: str, **values: str) -> str:
    """The label `key` in `lang` (English when the language has none), with `{name}` filled."""
    per_lang = LABELS[key]
    text = per_lang.get(lang, per_lang["en"])
    return text.format(**values) if values else text


def local_time(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


@functools.lru_cache(maxsize=8192)  # a time is shown on its statement page, the press page and listings
def human_datetime(moment: datetime, zone: ZoneInfo, lang: str, with_zone: bool = True) -> str:
    """'20 November 2026, 10:50 CET' / '20 novembre 2026 à 10 h 50 CET' in the site's zone."""
    local = local_time(moment, zone)
    pattern = DATETIME_PATTERNS.get(lang, DEFAULT_DATETIME_PATTERN)
    text = format_datetime(local, pattern, tzinfo=zone, locale=lang)
    if lang == "fr" and local.day == 1:
        # French writes the first day of a month as an ordinal: « 1er novembre ».
        text = "1er" + text[1:]
    if not with_zone:
        return text
    if lang == "fr":
        # French readers know their clock by a city, not by « CET »: « 10 h 50, heure de Paris ».
        city = zone_city(zone, lang)
        return f"{text}, heure {'d’' if city[:1].lower() in 'aeiouyéèâîô' else 'de '}{city}"
    return f"{text} {local.tzname()}"


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


def iso_datetime(moment: datetime, zone: ZoneInfo) -> str:
    """Machine-readable time with its offset, in the site's zone: 2026-11-20T10:50:00+01:00."""
    return local_time(moment, zone).isoformat(timespec="seconds")
