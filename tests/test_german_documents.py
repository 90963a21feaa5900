"""The crisis documents of a German statement, built through the CLI: the memo, the media Q&A
brief, the checklist and the reply templates are written in German (formal „Sie“, German
headings, dates and quotation marks), carry the statement's facts, and hold no English word of
onevoice's. A question the German cue words cannot answer is marked unanswered, in German."""

from __future__ import annotations

import re

import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.test_german import SLUG, built, english_words, german_site, run

__all__ = ["built", "german_site"]  # the fixtures, imported for pytest

DOCUMENTS = ("memo.md", "qa.md", "checklist.md", "replies.md")


def documents(root: Path, slug: str = SLUG, lang: str = "de") -> dict[str, str]:
    folder = root / "dist" / slug / lang
    return {name: (folder / name).read_text("utf-8").replace("\u00a0", " ") for name in DOCUMENTS}


def test_the_english_words_are_found_in_english_documents(german_site: Path):
    # The assertions below can fail: in an English statement's documents the check finds our words.
    shutil.copy(REPO / "statements/2026-11-20-card-payments.md", german_site / "statements")
    assert run("build").exit_code == 0
    english = documents(german_site, "2026-11-20-card-payments", "en")
    assert {"the", "of"} <= set(english_words(english["memo.md"])), english["memo.md"]
    assert "UNANSWERED" in english["qa.md"] or "Source:" in english["qa.md"]


def test_a_german_statement_gets_its_four_documents_with_german_headings(built: Path):
    docs = documents(built)
    memo, qa, checklist, replies = (docs[name] for name in DOCUMENTS)
    assert memo.startswith("# An alle Mitarbeitenden — Kartenzahlungen an der Kasse schlagen fehl")
    for heading in ("## Warum Sie diese Nachricht erhalten", "## Was geschehen ist", "## Was wir tun",
                    "## Was wir öffentlich sagen", "## Wenn Betroffene Sie ansprechen", "## Wer antwortet",
                    "## Wann Sie mehr erfahren"):
        assert heading in memo, (heading, memo)
    assert qa.startswith("# Fragen und Antworten für die Presse:") and re.search(r"## \d+\. Was ist die Ursache\?", qa), qa
    assert checklist.startswith("# Krisen-Checkliste:") and "Verantwortlich:" in checklist, checklist
    assert replies.startswith("# Antwortvorlagen:") and "## Die Antwort an eine betroffene Person (Vorlage personal)" in replies


def test_the_german_documents_have_no_english_word(built: Path):
    for name, text in documents(built).items():
        assert not english_words(text), (name, english_words(text))
        assert "UNANSWERED" not in text and "Source:" not in text, name


def test_the_german_documents_carry_the_statements_facts_in_german_form(built: Path):
    memo, qa, checklist, replies = documents(built).values()
    # German dates and times, German quotation marks, the figure as the statement writes it.
    assert "## Unsere letzte Veröffentlichung, am 30. November um 14:05 Uhr MEZ" in memo, memo
    assert "1.200 Händler" in memo and "2.100 Händler" in memo
    assert "Mit unserer nächsten öffentlichen Aktualisierung, zugesagt am 30. November um 16:00 Uhr MEZ." in memo
    assert "Medienanfragen: Verweisen Sie an Julia Becker" in memo
    assert "> Die Ursache ist ein abgelaufenes Zertifikat auf unserem Zahlungsserver." in qa, qa
    assert "*Quelle: Aktualisierung vom 30. November um 14:05 Uhr MEZ*" in qa, qa
    assert "> Rund 1.200 Händler sind betroffen." in qa
    assert "Erledigt, laut Erklärung: „Wir wissen von dem Problem und untersuchen es.“" in checklist, checklist
    assert "Frist: am 30. November um 14:20 Uhr MEZ" in checklist
    assert "Guten Tag [[name]]," in replies and "Unsere letzte Aktualisierung, am 30. November um 14:05 Uhr MEZ:" \
        in replies, replies


def test_a_question_without_a_german_answer_is_unanswered_in_german(built: Path):
    qa = documents(built)["qa.md"]
    # Nothing in the statement says whether it happened before: no answer, a line to say instead.
    before = qa.split("Ist das schon einmal passiert?", 1)[1].split("## ", 1)[0]
    assert "**OHNE ANTWORT** Sagen Sie stattdessen: „" in before, before
    assert "**Fragen ohne Antwort in der Erklärung:" in qa
    # "Wir kennen die Ursache" says the cause is known, not what it is: never given as the cause.
    cause = qa.split("Was ist die Ursache?", 1)[1].split("## ", 1)[0]
    assert "Wir kennen die Ursache" not in cause, cause


def test_the_reply_command_writes_a_german_reply(german_site: Path):
    result = run("reply", SLUG, "--name", "Anna Weber", "--situation", "Ihrer abgelehnten Zahlung",
                 "--signed", "Jonas")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Guten Tag Anna Weber,\n\nvielen Dank für Ihre Nachricht zu Ihrer abgelehnten "
                                    "Zahlung."), result.output
    assert not english_words(result.output), english_words(result.output)
