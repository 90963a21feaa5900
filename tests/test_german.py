"""German, as a site's third language: `new --lang de`, `translate --lang de` and `build` give a
German statement page, German channel copies and a German press release, with no English word
of onevoice's in them; the linter says once that its rules do not cover German. The crisis
documents in German are tested in tests/test_german_documents.py. The German sample lives in
tests/fixtures/german/ (the shipped samples stay English and French)."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.core.catalogues import translations
from generator.core.languages import KNOWN_LANGUAGES
from tests.conftest import REPO

GERMAN = REPO / "tests" / "fixtures" / "german"
SLUG = "2026-11-30-kartenzahlungen"
# onevoice's own English words that a German copy or release must never carry (case matters:
# "Status" in "#CalypsoStatus" or a web address is no word of ours).
ENGLISH = re.compile(r"\b(?:Update|Updates|Status|We|by|at|on|of|the|and|Next update|Full statement|Correction|"
                     r"Hello|Details|said|advises|About|Media contact|Earlier updates|Latest update|FOR IMMEDIATE "
                     r"RELEASE|Subject|link in bio)\b")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def german_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "german-site"
    shutil.copytree(GERMAN, root)
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T15:00:00+01:00")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def built(german_site: Path) -> Path:
    result = run("build")
    assert result.exit_code == 0, result.output
    return german_site


def english_words(text: str) -> list[str]:
    return [m.group(0) for m in ENGLISH.finditer(text)]


def page_text(path: Path) -> str:
    article = re.search(r"<main.*?</main>", path.read_text("utf-8"), re.DOTALL)
    assert article is not None
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article.group(0))).split())


def test_the_english_words_are_found_in_an_english_copy(project):
    # The assertion below can fail: on the English sample it finds onevoice's words.
    data = json.loads(run("render", "2026-11-20-card-payments", "--lang", "en", "--format", "json").output)
    parts = " ".join(p for s in data["statements"] for c in s["copies"] for p in c["parts"])
    assert {"Next update", "Update"} <= set(english_words(parts)), parts


def test_german_is_a_language_with_a_complete_catalogue():
    assert KNOWN_LANGUAGES["de"] == "Deutsch"
    german = translations("de")
    assert ("home.title", "Current status") in german and ("channel.update", "Update, {day} at {time}:") in german


def test_the_german_page_is_german(built: Path):
    text = page_text(built / "site/de/statements" / SLUG / "index.html")
    assert "Stand: Problem erkannt" in text and "Schweregrad: Erheblich" in text, text
    assert "30. November 2026, 14:05 Uhr MEZ" in text and "Nächste Aktualisierung zugesagt bis" in text, text
    assert "Korrektur" in text and "Zusammenfassung" in text
    assert not english_words(text), english_words(text)


def test_german_copies_have_no_english_word(built: Path):
    data = json.loads((built / "dist" / SLUG / "de/copies.json").read_text("utf-8"))
    copies = data["copies"]
    assert {c["channel"] for c in copies} >= {"x", "sms", "email", "linkedin", "facebook", "instagram"}
    for copy in copies:
        for text in [*copy["parts"], copy.get("subject") or "", copy.get("visual") or ""]:
            assert not english_words(text), (copy["channel"], copy["kind"], text)
    every = " ".join(p for c in copies for p in c["parts"]).replace("\u00a0", " ")
    assert "Nächste Aktualisierung bis 16:00 Uhr MEZ." in every and "Stand 14:05 Uhr MEZ:" in every
    assert "„Es tut uns leid" in every and "Guten Tag," in every, every
    email = (built / "dist" / SLUG / "de/email/update-2026-11-30-1405.txt").read_text("utf-8").replace("\u00a0", " ")
    assert email.startswith("Betreff: Kartenzahlungen an der Kasse schlagen fehl: Stand vom 30.11., 14:05 Uhr"), email
    # After "Guten Tag," a German letter goes on in lower case ("seit 13:10 Uhr…"), nouns apart.
    announcement = (built / "dist" / SLUG / "de/email/announcement.txt").read_text("utf-8").replace("\u00a0", " ")
    assert "Guten Tag,\n\nseit 13:10 Uhr schlagen" in announcement, announcement


def test_the_german_press_release(built: Path):
    release = (built / "dist" / SLUG / "de/press-release.md").read_text("utf-8")
    assert "**PRESSEMITTEILUNG**" in release
    assert "**Berlin, 30. November 2026 –** Calypso Pay erklärt: „Seit 13:10 Uhr" in release, release
    assert "wie es dazu kam“, sagt Claudia Martin, Geschäftsführerin von Calypso Pay." in release
    assert "## Über Calypso Pay" in release and "## Pressekontakt" in release and "###\n" not in release
    assert not english_words(release), english_words(release)


def test_new_and_translate_write_german(german_site: Path):
    result = run("new", "Händler-App startet nicht", "--severity", "major", "--lang", "de")
    assert result.exit_code == 0, result.output
    written = next((german_site / "statements").glob("*handler-app*.de.md")).read_text("utf-8")
    assert "## Zusammenfassung" in written and "## Aktualisierungen" in written
    assert "· Untersuchung" in written and "Wir melden uns bis 16:00\u00a0Uhr MEZ wieder." in written, written
    shutil.copy(REPO / "statements/2026-11-20-card-payments.md", german_site / "statements")
    result = run("translate", "card-payments", "--lang", "de")
    assert result.exit_code == 0, result.output
    translated = (german_site / "statements/2026-11-20-card-payments.de.md").read_text("utf-8")
    assert "[ZU ÜBERSETZEN] Card payments failing at checkout" in translated
    assert "## Was Sie tun können" in translated and "· Beobachtung" in translated and "· erkannt" in translated


def test_the_linter_says_once_that_it_does_not_cover_german(german_site: Path):
    shutil.copy(german_site / "statements" / f"{SLUG}.de.md", german_site / "statements/2026-11-30-zweite.de.md")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.output.count("do not cover German") == 1, result.output
    assert "0 errors, 0 warnings" in result.output
    # The format checks still run on German.
    path = german_site / "statements/2026-11-30-zweite.de.md"
    path.write_text(path.read_text("utf-8").replace("· erkannt", "· gefunden"), "utf-8")
    result = run("check")
    assert result.exit_code == 1 and "gefunden" in result.output, result.output


def test_german_dates_and_figures_agree_with_english_and_never_cut_a_sentence():
    from generator.checking.lint.translation_rules import facts
    from generator.rendering.roles import split_sentences

    # "24.000", "30. November 2026", "bis 1. Dezember um 1:00 Uhr" are the English values.
    german = facts("Am 30. November 2026 waren 24.000 Haushalte betroffen, bis 1. Dezember um 1:00 Uhr; 2,5 %.", "de")
    english = facts("On 30 November 2026, 24,000 households were affected, until 1 December at 1:00; 2.5%.", "en")
    assert [(f.kind, f.value) for f in german] == [(f.kind, f.value) for f in english]
    # "am 1. Dezember" ends no sentence (a copy once printed "…am 1." and "Dezember um…").
    assert split_sentences("Wir melden uns am 1. Dezember um 1:00 Uhr wieder. Danke.") == [
        "Wir melden uns am 1. Dezember um 1:00 Uhr wieder.", "Danke."]


def test_an_attribution_the_authors_wrote_in_a_german_quote_is_not_said_twice(german_site: Path):
    path = german_site / "statements" / f"{SLUG}.de.md"
    text = path.read_text("utf-8")
    quote = re.search(r"## Zitat\n(.+?)\n\n", text, re.DOTALL)
    assert quote is not None
    said = quote.group(1).strip().strip("„“\"")
    path.write_text(text.replace(quote.group(1), f"„{said}“, sagt Claudia Martin, Geschäftsführerin."), "utf-8")
    assert run("build").exit_code == 0
    release = next(german_site.glob(f"dist/**/{SLUG}/de/press-release.txt")).read_text("utf-8")
    assert release.count("sagt Claudia Martin") == 1, release
    assert "„„" not in release


def test_a_german_release_gives_a_company_its_article(german_site: Path):
    config = german_site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("organisation: Calypso Pay", "organisation: Lahntal Bus GmbH"),
                      encoding="utf-8")
    assert "Lahntal Bus GmbH" in config.read_text("utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    release = (german_site / "dist" / SLUG / "de/press-release.md").read_text("utf-8")
    assert "Die Lahntal Bus GmbH erklärt: „Seit 13:10 Uhr" in release, release
    assert "Geschäftsführerin der Lahntal Bus GmbH." in release and "## Über die Lahntal Bus GmbH" in release, release
