"""Words of the outputs in other languages than English, read from the gettext catalogues that
ship in the package (`generator/locale/<lang>/LC_MESSAGES/onevoice.po`).

English is written in the code, marked with `translatable(context, english)` so Babel's
extractor finds it (scripts/catalogues.py); a catalogue gives each (context, English) its
translation. A language without a catalogue, or a word without a translation, stays English."""

from __future__ import annotations

import functools
from pathlib import Path

SOURCE_LANGUAGE = "en"
DOMAIN = "onevoice"
LOCALE = Path(__file__).resolve().parent.parent / "locale"  # generator/locale/


def translatable(context: str, english: str) -> tuple[str, str]:
    """Marks `english` for extraction under `context` (the key its callers look it up by);
    returns both, for `english_table`."""
    return context, english


def english_table(*entries: tuple[str, str]) -> dict[str, str]:
    """Context -> English of `translatable` entries. A context given twice is a mistake the
    dict would hide (the second silently wins), so it fails here, at import."""
    table: dict[str, str] = {}
    for context, english in entries:
        if context in table:
            raise ValueError(f"{context!r} is given twice")
        table[context] = english
    return table


def template_path() -> Path:
    """The template every catalogue is made from (scripts/catalogues.py writes it)."""
    return LOCALE / f"{DOMAIN}.pot"


def catalogue_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalogue_languages() -> list[str]:
    """The languages that have a catalogue, sorted."""
    return sorted(path.parent.parent.name for path in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


@functools.cache
def translations(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation in `lang`. Keyed on the English too: an entry whose
    English changed since it was translated is not the translation of the new English."""
    if lang not in catalogue_languages():  # also keeps `lang` from naming a path
        return {}
    from babel.messages.pofile import read_po

    with catalogue_path(lang).open("rb") as file:
        catalogue = read_po(file, locale=lang, domain=DOMAIN, ignore_obsolete=True)
    return {(message.context, message.id): message.string for message in catalogue
            if message.id and message.context and isinstance(message.id, str)
            and isinstance(message.string, str) and message.string and not message.fuzzy}


def translated(table: dict[str, str], context: str, lang: str) -> str:
    """The word `context` of `table` in `lang`: its catalogue's translation, else the English
    (a KeyError when the table has no such word, as from the table itself)."""
    english = table[context]
    if lang == SOURCE_LANGUAGE:
        return english
    return translations(lang).get((context, english), english)


def translate(text: tuple[str, str], lang: str) -> str:
    """A `translatable` (context, English) in `lang`: its catalogue's translation, else the English."""
    context, english = text
    if lang == SOURCE_LANGUAGE:
        return english
    return translations(lang).get((context, english), english)


def words_in(table: dict[str, str], prefix: str, lang: str) -> dict[str, str]:
    """Every word of `table` in `lang`, keyed by its context without `prefix` ("memo.title" -> "title")."""
    return {context.removeprefix(prefix): translated(table, context, lang) for context in table}
