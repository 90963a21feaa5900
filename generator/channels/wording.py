"""The fixed words of channel copies per language, and how copies write a time (renderer
stage data). Adding a language is adding an entry here; status labels come from
`generator.languages`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

COPY_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sender": "{organisation}: {title}",
        "status": "Status: {label}",
        "status_at": "Status: {label} (updated {when})",
        "update": "Update, {when}: {label}",
        "update_short": "Update, {when}: {label}",
        "next_update": "Next update by {when}.",
        "statement": "Full statement: {url}",
        "subject": "[{label}] {title}",
        "subject_update": "[{label}] {title}: update of {when}",
        "when": "{day} at {time}",
        "time": "{hour:02d}:{minute:02d} {zone}",
    },
    "fr": {
        "sender": "{organisation} : {title}",
        "status": "Statut : {label}",
        "status_at": "Statut : {label} (mis à jour le {when})",
        "update": "Mise à jour du {when} : {label}",
        "update_short": "Mise à jour de {when} : {label}",
        "next_update": "Prochain point avant le {when}.",
        "statement": "Déclaration complète : {url}",
        "subject": "[{label}] {title}",
        "subject_update": "[{label}] {title} : mise à jour du {when}",
        "when": "{day} à {time}",
        # French typography writes hours with "h": 9 h 05.
        "time": "{hour} h {minute:02d} {zone}",
    },
}


def words(lang: str) -> dict[str, str]:
    return COPY_WORDS.get(lang, COPY_WORDS["en"])


def clock_time(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """`10:05 CET` / `10 h 05 CET`: the site's zone, named as people read it (CET, CEST)."""
    local = moment.astimezone(zone)
    return words(lang)["time"].format(hour=local.hour, minute=local.minute, zone=local.tzname())


def day_and_time(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """`Nov 20 at 10:05 CET` / `20 nov. à 10 h 05 CET`: a crisis can last several days."""
    local = moment.astimezone(zone)
    day = format_skeleton("MMMd", local, locale=lang)
    return words(lang)["when"].format(day=day, time=clock_time(moment, zone, lang))
