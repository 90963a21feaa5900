"""The format's vocabulary per language: section headings, status words, labels.

Adding a language is adding an entry to these tables, not code. Headings and status words
are matched with case and accents ignored (see `fold`)."""

from __future__ import annotations

import unicodedata

# Languages the format knows; a site enables a subset of them in its settings.
KNOWN_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}

# Section key -> heading per language. The first heading of each list is the canonical one
# (used when onevoice writes a file); the others are accepted spellings.
SECTION_HEADINGS: dict[str, dict[str, list[str]]] = {
    "summary": {"en": ["Summary"], "fr": ["Résumé"]},
    "what_happened": {"en": ["What happened"], "fr": ["Ce qui s'est passé", "Ce qui s’est passé"]},
    "what_we_are_doing": {"en": ["What we are doing"], "fr": ["Ce que nous faisons"]},
    "what_you_should_do": {
        "en": ["What you should do"],
        "fr": ["Ce que vous pouvez faire", "Ce que vous devez faire"],
    },
    "quote": {"en": ["Quote"], "fr": ["Citation"]},
    "updates": {"en": ["Updates"], "fr": ["Mises à jour"]},
    "postmortem": {"en": ["Postmortem", "Post-mortem"], "fr": ["Analyse après incident"]},
}

REQUIRED_SECTIONS = ("summary", "updates")

# Status key -> words per language; the first word is the label pages show.
STATUS_WORDS: dict[str, dict[str, list[str]]] = {
    "investigating": {"en": ["investigating"], "fr": ["analyse", "en cours d'analyse"]},
    "identified": {"en": ["identified"], "fr": ["identifié"]},
    "monitoring": {"en": ["monitoring"], "fr": ["surveillance"]},
    "resolved": {"en": ["resolved"], "fr": ["résolu"]},
    # Planned maintenance (`kind: maintenance`).
    "scheduled": {"en": ["scheduled"], "fr": ["planifiée", "planifié"]},
    "in_progress": {"en": ["in progress", "in_progress", "in-progress"], "fr": ["en cours"]},
    "verifying": {"en": ["verifying"], "fr": ["vérification"]},
    "completed": {"en": ["completed"], "fr": ["terminée", "terminé"]},
}

STATUS_LABELS: dict[str, dict[str, str]] = {
    "investigating": {"en": "Investigating", "fr": "Analyse en cours"},
    # French labels say what is true whatever the crisis: « identifié » is the problem, not a
    # cause; « sous surveillance » reads as police surveillance; « rétabli » is false of a fire.
    "identified": {"en": "Identified", "fr": "Problème identifié"},
    "monitoring": {"en": "Monitoring", "fr": "Suivi en cours"},
    "resolved": {"en": "Resolved", "fr": "Clos"},
    "scheduled": {"en": "Scheduled", "fr": "Planifiée"},
    "in_progress": {"en": "In progress", "fr": "En cours"},
    "verifying": {"en": "Verifying", "fr": "Vérification"},
    "completed": {"en": "Completed", "fr": "Terminée"},
}

# The words a status of each kind may take, for messages ("use scheduled, in progress, …").
INCIDENT_STATUS_KEYS = ("investigating", "identified", "monitoring", "resolved")
MAINTENANCE_STATUS_KEYS = ("scheduled", "in_progress", "verifying", "completed")

# French labels agree with « gravité », the word they follow on every page (« Gravité : Majeure »).
SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "minor": {"en": "Minor", "fr": "Mineure"},
    "major": {"en": "Major", "fr": "Majeure"},
    "critical": {"en": "Critical", "fr": "Critique"},
}

# Heading word that introduces a correction inside an update (`#### Correction · <time>`).
CORRECTION_WORDS: dict[str, list[str]] = {"en": ["Correction"], "fr": ["Rectificatif", "Correction"]}


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


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS[status].get(lang, STATUS_LABELS[status]["en"])


def status_word(status: str, lang: str) -> str:
    """The word written in a heading (`### 2026-11-20 10:05 · identifié`)."""
    return STATUS_WORDS[status].get(lang, STATUS_WORDS[status]["en"])[0]


def status_words(keys: tuple[str, ...], lang: str = "en") -> str:
    """'scheduled, in progress, verifying or completed': the heading words of `keys`."""
    words = [status_word(key, lang) for key in keys]
    return ", ".join(words[:-1]) + " or " + words[-1]


def severity_label(severity: str, lang: str) -> str:
    return SEVERITY_LABELS[severity].get(lang, SEVERITY_LABELS[severity]["en"])


def correction_word(lang: str) -> str:
    return CORRECTION_WORDS.get(lang, CORRECTION_WORDS["en"])[0]
