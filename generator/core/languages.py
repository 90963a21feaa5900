"""The format's vocabulary per language: section headings, status words, labels.

Headings and status words are tables here, per language, matched with case and accents ignored
(see `fold`). Status and severity labels are English here, translated in the gettext catalogues
(`generator.core.catalogues`)."""

from __future__ import annotations

import unicodedata

from generator.core.catalogues import english_table, translatable, translated

# Languages the format knows; a site enables a subset of them in its settings.
KNOWN_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "de": "Deutsch"}


def english_name(lang: str) -> str:
    """A language's name in the English of onevoice's messages ("the German file", never
    "the Deutsch file"); KNOWN_LANGUAGES names each in its own tongue, for readers of the site."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(lang).get_display_name("en"))
    except (ValueError, UnknownLocaleError):
        return lang

# Section key -> heading per language. The first heading of each list is the canonical one
# (used when onevoice writes a file); the others are accepted spellings.
SECTION_HEADINGS: dict[str, dict[str, list[str]]] = {
    "summary": {"en": ["Summary"], "fr": ["Résumé"], "de": ["Zusammenfassung"]},
    "what_happened": {"en": ["What happened"], "fr": ["Ce qui s'est passé", "Ce qui s’est passé"],
                      "de": ["Was geschehen ist", "Was passiert ist"]},
    "what_we_are_doing": {"en": ["What we are doing"], "fr": ["Ce que nous faisons"], "de": ["Was wir tun"]},
    "what_you_should_do": {
        "en": ["What you should do"],
        "fr": ["Ce que vous pouvez faire", "Ce que vous devez faire"],
        "de": ["Was Sie tun können", "Was Sie tun sollten"],
    },
    "quote": {"en": ["Quote"], "fr": ["Citation"], "de": ["Zitat"]},
    "updates": {"en": ["Updates"], "fr": ["Mises à jour"], "de": ["Aktualisierungen"]},
    "postmortem": {"en": ["Postmortem", "Post-mortem"], "fr": ["Analyse après incident"],
                   "de": ["Nachbetrachtung"]},
}

REQUIRED_SECTIONS = ("summary", "updates")

# Status key -> words per language; the first word is the label pages show.
STATUS_WORDS: dict[str, dict[str, list[str]]] = {
    # German: nouns keep their capital (Untersuchung), participles are lower-case (behoben).
    "investigating": {"en": ["investigating"], "fr": ["analyse", "en cours d'analyse", "enquête", "en cours"],
                      "de": ["Untersuchung", "wird untersucht"]},
    "identified": {"en": ["identified"], "fr": ["identifié"], "de": ["erkannt", "Problem erkannt", "identifiziert"]},
    "monitoring": {"en": ["monitoring"], "fr": ["surveillance"], "de": ["Beobachtung", "wird beobachtet"]},
    "resolved": {"en": ["resolved"], "fr": ["résolu"], "de": ["behoben"]},
    # Planned maintenance (`kind: maintenance`).
    "scheduled": {"en": ["scheduled"], "fr": ["planifiée", "planifié"], "de": ["geplant"]},
    "in_progress": {"en": ["in progress", "in_progress", "in-progress"], "fr": ["en cours"],
                    "de": ["in Arbeit", "läuft"]},
    "verifying": {"en": ["verifying"], "fr": ["vérification"], "de": ["Überprüfung"]},
    "completed": {"en": ["completed"], "fr": ["terminée", "terminé"], "de": ["abgeschlossen"]},
}

# The label pages show for each status (message context `status:<key>` in the catalogues).
STATUS_LABELS: dict[str, str] = english_table(
    translatable("status:investigating", "Investigating"),
    # Translators: French labels say what is true whatever the crisis: « identifié » is the problem,
    # not a cause; « sous surveillance » reads as police surveillance; « rétabli » is false of a fire.
    translatable("status:identified", "Problem identified"),
    translatable("status:monitoring", "Monitoring"),
    translatable("status:resolved", "Resolved"),
    # A recall's statement is closed, not its recall: the products stay recalled.
    translatable("status:resolved:recall", "Final update"),
    # Translators: an accident, a recall, a bad buzz are no tickets: no "problem identified" on a
    # page about people hurt or an advert withdrawn.
    translatable("status:investigating:safety", "Ongoing"),
    translatable("status:identified:safety", "Ongoing"),
    translatable("status:resolved:safety", "Closed"),
    translatable("status:identified:recall", "Recall under way"),
    # (Watching a recall's returns, or the air after a fire, is no IT "monitoring": the recall, the
    # notice are still in force.)
    translatable("status:investigating:recall", "Recall under way"),
    translatable("status:monitoring:recall", "Recall under way"),
    translatable("status:monitoring:safety", "Ongoing"),
    translatable("status:monitoring:incident", "Ongoing"),
    translatable("status:investigating:incident", "Ongoing"),
    translatable("status:identified:incident", "Ongoing"),
    translatable("status:resolved:incident", "Closed"),
    translatable("status:scheduled", "Scheduled"),
    translatable("status:in_progress", "In progress"),
    translatable("status:verifying", "Verifying"),
    translatable("status:completed", "Completed"),
)

# The words a status of each kind may take, for messages ("use scheduled, in progress, …").
INCIDENT_STATUS_KEYS = ("investigating", "identified", "monitoring", "resolved")
MAINTENANCE_STATUS_KEYS = ("scheduled", "in_progress", "verifying", "completed")

# The label of each severity (message context `severity:<key>` in the catalogues).
SEVERITY_LABELS: dict[str, str] = english_table(
    # Translators: French labels agree with « gravité », the word they follow on every page
    # (« Gravité : Majeure »).
    translatable("severity:minor", "Minor"),
    translatable("severity:major", "Major"),
    translatable("severity:critical", "Critical"),
)

# Heading word that introduces a correction inside an update (`#### Correction · <time>`).
CORRECTION_WORDS: dict[str, list[str]] = {"en": ["Correction"], "fr": ["Rectificatif", "Correction"],
                                          "de": ["Korrektur", "Berichtigung"]}


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Résumé ' -> 'resume'; typographic apostrophes unified."""
    text = text.replace("’", "'").strip().casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _index(table: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    return {fold(word): key for key, per_lang in table.items() for words in per_lang.values() for word in words}


SECTION_BY_HEADING = _index(SECTION_HEADINGS)
STATUS_BY_WORD = _index(STATUS_WORDS)
CORRECTION_BY_WORD = {fold(w) for words in CORRECTION_WORDS.values() for w in words}


def section_heading(key: str, lang: str) -> str:
    return SECTION_HEADINGS[key].get(lang, SECTION_HEADINGS[key]["en"])[0]


def status_label(status: str, lang: str, crisis: str = "") -> str:
    """The label of a status, in the words of the kind of crisis when it has its own
    (`crisis` is `generator.reading.kinds.kind`'s answer)."""
    own = f"status:{status}:{crisis}"
    return translated(STATUS_LABELS, own if own in STATUS_LABELS else f"status:{status}", lang)


def status_word(status: str, lang: str) -> str:
    """The word written in a heading (`### 2026-11-20 10:05 · identifié`)."""
    return STATUS_WORDS[status].get(lang, STATUS_WORDS[status]["en"])[0]


def status_words(keys: tuple[str, ...], lang: str = "en") -> str:
    """'scheduled, in progress, verifying or completed': the heading words of `keys`."""
    words = [status_word(key, lang) for key in keys]
    return ", ".join(words[:-1]) + " or " + words[-1]


def severity_label(severity: str, lang: str) -> str:
    return translated(SEVERITY_LABELS, f"severity:{severity}", lang)


def correction_word(lang: str) -> str:
    return CORRECTION_WORDS.get(lang, CORRECTION_WORDS["en"])[0]
