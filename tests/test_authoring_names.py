"""Naming a statement as a user types it: any part of its name made of whole words, or nothing
when one statement only is ongoing; and every time the commands print written one way,
`2026-11-20 10:50 CET`."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

CARD = "statements/2026-11-20-card-payments.md"
CARD_FR = "statements/2026-11-20-card-payments.fr.md"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_a_unique_part_of_the_name_is_enough(project: Path) -> None:
    result = run("update", "payments", "-s", "identified", "-m", "Errors are back in two regions.")
    assert result.exit_code == 0 and f"Added to {CARD}: 2026-11-20 11:30 CET · identified" in result.output
    french = run("update", "11-20-card", "--lang", "fr", "--at", "2026-11-20 11:30", "-s", "identifié",
                 "-m", "Les erreurs reviennent dans deux régions.")
    assert french.exit_code == 0 and f"Added to {CARD_FR}: 2026-11-20 11:30 CET · identifié" in french.output


def test_an_ambiguous_or_unknown_part_is_refused_with_the_names(project: Path) -> None:
    before = (project / CARD).read_bytes()
    ambiguous = run("update", "2026", "-s", "identified", "-m", "x")
    assert ambiguous.exit_code == 2
    assert ("'2026' is part of 3 statement names: 2026-10-02-merchant-data-exposure, "
            "2026-11-18-retard-cartes-fidelite, 2026-11-20-card-payments") in ambiguous.output
    assert "give more of the name" in ambiguous.output
    # Whole words only: "cart" is not "card", and is not silently taken for retard-cartes.
    typo = run("update", "cart", "-s", "identified", "-m", "x")
    assert typo.exit_code == 2 and "no statement 'cart' in statements" in typo.output
    assert (project / CARD).read_bytes() == before


def test_with_one_ongoing_statement_the_name_may_be_left_out(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Of the samples, only card-payments is ongoing.
    update = run("update", "-s", "identified", "-m", "Errors are back in two regions.")
    assert update.exit_code == 0 and f"Added to {CARD}: 2026-11-20 11:30 CET" in update.output
    french = run("update", "--lang", "fr", "--at", "2026-11-20 11:30", "-s", "identified",
                 "-m", "Les erreurs reviennent.")
    assert french.exit_code == 0 and "### 2026-11-20 11:30 · identifié" in (project / CARD_FR).read_text()
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T11:40:00+01:00")
    resolved = run("resolve", "-m", "Payments work normally again.")
    assert resolved.exit_code == 0 and f"Added to {CARD}: 2026-11-20 11:40 CET · resolved" in resolved.output
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T11:45:00+01:00")
    assert run("resolve", "--lang", "fr", "-m", "Les paiements fonctionnent.").exit_code == 0
    none = run("update", "-s", "identified", "-m", "x")
    assert none.exit_code == 2 and "no statement is ongoing, so onevoice cannot tell which one you mean" in none.output


def test_with_two_ongoing_statements_the_name_is_needed(project: Path) -> None:
    assert run("new", "Mobile app login errors", "--severity", "minor").exit_code == 0
    result = run("update", "-s", "identified", "-m", "x")
    assert result.exit_code == 2
    assert ("2 statements are ongoing: 2026-11-20-card-payments, 2026-11-20-mobile-app-login-errors"
            in result.output)
    assert "name one (any part of its name that no other has will do)" in result.output


# A time printed by a command: with a zone abbreviation, never ISO 8601 with a "T" or an offset.
PRINTED = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}| [A-Z]{3,5}\b)?")


def printed_times(output: str) -> list[str]:
    # Times inside a command to type (`--at '2026-11-20 11:30'`) are input, not output.
    return PRINTED.findall(re.sub(r"'\d{4}-\d{2}-\d{2} \d{2}:\d{2}'", "", output))


def test_every_command_prints_times_one_way(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    outputs = [
        run("list").output,
        run("new", "Mobile app login errors", "--severity", "major", "--lang", "fr").output,
        run("update", "card", "-s", "monitoring", "-m", "Still watching.").output,
        run("update", "card", "-s", "monitoring", "-m", "Earlier.", "--at", "2026-11-20 10:00").output,
    ]
    (project / CARD_FR).unlink()
    outputs.append(run("translate", "card", "--lang", "fr").output)
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:05:00+01:00")
    outputs += [run("resolve", "card", "-m", "Payments work normally again.").output, run("list").output]
    times = [time for output in outputs for time in printed_times(output)]
    assert len(times) >= 10, outputs
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} CES?T", time) for time in times), times
    listing = outputs[-1]
    assert "last update 2026-10-04 18:00 CEST" in listing  # summer time in October
    assert "is not after the newest update (2026-11-20 11:30 CET, line " in outputs[3]
