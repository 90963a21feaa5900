"""The gettext catalogues (generator/locale/): the template holds every word the code marks,
every catalogue translates every word with the same placeholders, the outputs take their words
from the catalogues, and a language without one stays English."""

from __future__ import annotations

import importlib.util
import shutil
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from generator.core import catalogues
from generator.core.catalogues import catalogue_languages, catalogue_path, english_table, template_path, translatable
from generator.core.languages import KNOWN_LANGUAGES, severity_label, status_label
from generator.rendering.documents.checklist import owner_for, word
from generator.rendering.documents.checklist_steps import STEP_TEXTS, STEPS, VEHICLE_STEPS, WORDS
from generator.rendering.press import PRESS_WORDS, press_words
from generator.rendering.site.labels import label
from tests.conftest import REPO
from tests.test_site_pages import content, text_of
from tests.test_site_support import build, read

RUN_THE_SCRIPT = "run `.venv/bin/python scripts/catalogues.py` (docs/translating.md)"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues_script", REPO / "scripts" / "catalogues.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def words(catalogue: Catalog) -> set[tuple[str | None, str]]:
    """(context, English) of every message but the header."""
    return {(message.context, str(message.id)) for message in catalogue if message.id}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.fixture
def locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped catalogues that onevoice reads instead of its own, its cache
    emptied before and after; no cached page either, which the shipped catalogues made."""
    copy = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE, copy)
    monkeypatch.setattr(catalogues, "LOCALE", copy)
    monkeypatch.setenv("ONEVOICE_NO_CACHE", "1")
    catalogues.translations.cache_clear()
    yield copy
    catalogues.translations.cache_clear()


def edit(path: Path, change: dict[str, str], fuzzy: frozenset[str] = frozenset()) -> None:
    """Give the messages of the contexts in `change` a new translation; mark those of `fuzzy` fuzzy."""
    catalogue = read_catalogue(path)
    for message in catalogue:
        if message.context in change:
            message.string = change[message.context]
        if message.context in fuzzy:
            message.flags.add("fuzzy")
    with path.open("wb") as file:
        write_po(file, catalogue)
    catalogues.translations.cache_clear()


def test_the_template_holds_exactly_the_words_the_code_marks() -> None:
    in_code = words(load_script().extract())
    shipped = words(read_catalogue(template_path()))
    missing = sorted(in_code - shipped, key=str)
    gone = sorted(shipped - in_code, key=str)
    assert not missing, f"words marked in the code but not in the template, {RUN_THE_SCRIPT}: {missing}"
    assert not gone, f"words in the template no longer in the code, {RUN_THE_SCRIPT}: {gone}"


def test_the_template_and_every_catalogue_are_what_the_script_writes() -> None:
    # Comments for translators and new words in the catalogues, not only in the template.
    script = load_script()
    stale = [str(path.relative_to(REPO)) for path, _ in script.plan(script.extract())]
    assert stale == [], f"out of date: {stale}; {RUN_THE_SCRIPT}"


def test_every_language_onevoice_knows_has_a_catalogue_and_english_needs_none() -> None:
    # A catalogue may come before the rest of its language (docs/translating.md), never after.
    assert set(KNOWN_LANGUAGES) - {"en"} <= set(catalogue_languages())
    assert "en" not in catalogue_languages()


@pytest.mark.parametrize("lang", catalogue_languages())
def test_every_word_has_a_confirmed_translation(lang: str) -> None:
    catalogue = read_catalogue(catalogue_path(lang))
    untranslated = sorted((m.context, str(m.id)) for m in catalogue if m.id and not m.string)
    fuzzy = sorted((m.context, str(m.id)) for m in catalogue if m.id and m.fuzzy)
    assert untranslated == [], f"translate these in {catalogue_path(lang).relative_to(REPO)}"
    assert fuzzy == [], f"check these translations, then remove their `#, fuzzy` line in {catalogue_path(lang).name}"
    assert words(catalogue) == words(read_catalogue(template_path()))


@pytest.mark.parametrize("lang", catalogue_languages())
def test_a_translation_fills_the_same_placeholders_as_its_english(lang: str) -> None:
    wrong = [(m.context, str(m.id), m.string) for m in read_catalogue(catalogue_path(lang))
             if m.id and m.string and placeholders(str(m.id)) != placeholders(str(m.string))]
    assert wrong == [], "a {name} of the English must be in the translation, and only those"


# The word tables of the outputs beyond the site, each (context -> English).
TABLES = {"press": PRESS_WORDS, "checklist steps": STEP_TEXTS, "checklist": WORDS}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
@pytest.mark.parametrize("lang", catalogue_languages())
def test_every_word_of_the_press_release_and_the_checklist_is_translated(table: dict[str, str], lang: str) -> None:
    template = words(read_catalogue(template_path()))
    translated = {(m.context, str(m.id)) for m in read_catalogue(catalogue_path(lang))
                  if m.id and m.string and not m.fuzzy}
    assert set(table.items()) - template == set(), RUN_THE_SCRIPT
    assert set(table.items()) - translated == set(), f"translate these in {catalogue_path(lang).relative_to(REPO)}"


def test_every_checklist_step_is_found_in_the_catalogues_by_its_key() -> None:
    assert all(step[4][0] == f"checklist.step.{step[0]}" for step in STEPS)
    assert all(text[0] == f"checklist.step.{key}.vehicle" for key, (text, _) in VEHICLE_STEPS.items())


def test_the_press_release_and_the_checklist_take_their_words_from_the_catalogue(locale: Path) -> None:
    assert (press_words("fr") or {}).get("timeline") == "Points précédents"
    assert word("owner", "fr") == "Pilote :" and owner_for("lead", (), "fr") == "Responsable de crise"
    edit(locale / "fr/LC_MESSAGES/onevoice.po", {"press.timeline": "Chronologie", "checklist.owner": "Pilote :",
                                                 "checklist.owner.lead": "Directeur de crise"})
    assert (press_words("fr") or {}).get("timeline") == "Chronologie"
    assert word("owner", "fr") == "Pilote :" and owner_for("lead", (), "fr") == "Directeur de crise"
    assert word("owner", "en") == "Owner:"
    # A language with a catalogue but no press conventions has no press release; its checklist reads English.
    assert press_words("nl") is None
    assert word("severity.major", "nl") == "major" and owner_for("lead", (), "nl") == "Crisis lead"


def test_words_come_from_the_catalogue(locale: Path) -> None:
    assert label("press.page_title", "fr", title="X") == "Communiqué de presse : X"
    edit(locale / "fr/LC_MESSAGES/onevoice.po", {"press.page_title": "Communiqué : {title}",
                                                 "status:identified": "Cause trouvée",
                                                 "severity:major": "Grave"})
    assert label("press.page_title", "fr", title="X") == "Communiqué : X"
    assert status_label("identified", "fr") == "Cause trouvée"
    assert severity_label("major", "fr") == "Grave"
    assert label("press.page_title", "en", title="X") == "Press release: X"


def test_without_a_confirmed_translation_a_word_stays_english(locale: Path) -> None:
    french = locale / "fr/LC_MESSAGES/onevoice.po"
    edit(french, {"home.title": ""}, fuzzy=frozenset({"status:monitoring"}))
    assert label("home.title", "fr") == "Current status"
    assert status_label("monitoring", "fr") == "Monitoring"  # fuzzy: a guess nobody confirmed
    assert label("home.recent", "fr") == "Historique récent"
    # A translation of older English is not one of the new English.
    french.write_text(french.read_text("utf-8").replace('msgid "Recent history"', 'msgid "Latest"'), "utf-8")
    catalogues.translations.cache_clear()
    assert label("home.recent", "fr") == "Recent history"
    # No catalogue at all, or a language code that is no folder name.
    assert label("home.recent", "nl") == "Recent history"
    assert label("home.recent", "../fr") == "Recent history"
    assert severity_label("critical", "nl") == "Critical"
    with pytest.raises(KeyError):
        label("home.no_such_label", "fr")


def test_a_context_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="'home.title' is given twice"):
        english_table(translatable("home.title", "Current status"), translatable("home.title", "Status"))


def test_a_french_page_shows_the_catalogues_words(tmp_path: Path, locale: Path) -> None:
    edit(locale / "fr/LC_MESSAGES/onevoice.po", {"field.status": "État du service",
                                                 "status:monitoring": "Sous observation"})
    site = build(tmp_path)
    page = text_of(content(read(site, "fr/statements/2026-11-20-card-payments/index.html")))
    assert "État du service : Sous observation" in page and "Suivi en cours" not in page
    assert "Gravité : Majeure" in page  # the rest as shipped
    assert "Status: Monitoring" in text_of(content(read(site, "statements/2026-11-20-card-payments/index.html")))


def test_the_script_starts_a_new_language_untranslated(locale: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script()
    assert script.main(["--add", "nl"]) == 0
    dutch = read_catalogue(locale / "nl/LC_MESSAGES/onevoice.po")
    assert str(dutch.locale) == "nl" and dutch.plural_forms == "nplurals=2; plural=(n != 1);"
    assert words(dutch) == words(read_catalogue(template_path()))
    assert all(not message.string for message in dutch if message.id)
    # Untranslated, Dutch reads English; translated, Dutch.
    catalogues.translations.cache_clear()
    assert label("home.title", "nl") == "Current status"
    edit(locale / "nl/LC_MESSAGES/onevoice.po", {"home.title": "Huidige status"})
    assert label("home.title", "nl") == "Huidige status"
    assert script.main(["--check"]) == 0 and "out of date" not in capsys.readouterr().out
    with pytest.raises(SystemExit):
        script.main(["--add", "nl"])  # exists already
    with pytest.raises(SystemExit):
        script.main(["--add", "xx-not-a-language"])


def test_the_script_finds_a_stale_catalogue(locale: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script()
    french = locale / "fr/LC_MESSAGES/onevoice.po"
    text = french.read_text("utf-8")
    french.write_text(text.replace('msgctxt "home.title"\nmsgid "Current status"', 'msgctxt "home.title"\nmsgid "Current state"'),
                      "utf-8")
    assert script.main(["--check"]) == 1
    assert "fr/LC_MESSAGES/onevoice.po is out of date" in capsys.readouterr().out
    assert script.main([]) == 0
    # The translation of the old English comes back as a guess, fuzzy, until a translator confirms it.
    back = next(m for m in read_catalogue(french) if m.context == "home.title")
    assert (back.id, back.string, back.fuzzy) == ("Current status", "État actuel", True)
    assert script.main(["--check"]) == 0


def test_a_recall_or_a_notice_being_watched_is_never_called_monitoring():
    # "Status: Monitoring" over a recall whose 590 packs are still out reads as "the danger is over".
    for status in ("investigating", "identified", "monitoring"):
        assert status_label(status, "en", "recall") == "Recall under way"
        assert status_label(status, "fr", "recall") == "Rappel en cours"
        assert status_label(status, "de", "recall") == "Rückruf läuft"
    assert status_label("monitoring", "en", "safety") == "Ongoing"
    assert status_label("monitoring", "fr", "incident") == "En cours"
    assert status_label("monitoring", "en", "outage") == "Monitoring"
