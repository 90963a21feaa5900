"""A weekday that is not the day it names ("Saturday 6 December" in 2026, a Sunday; « lundi
1er décembre », a Tuesday) is warned about by `check`, at its line: people plan by the weekday
and every copy carries it. A warning, never an error; a right weekday, in any order, is fine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.press_support import statement_file


def _found(project: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, lang: str = "en") -> list[dict]:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    name = "2026-12-02-essai.fr.md" if lang == "fr" else "2026-12-02-test.md"
    (project / "statements" / name).write_text(statement_file(
        lang=lang, front="", title="Livraisons retardées" if lang == "fr" else "Deliveries delayed",
        started="2026-12-02 10:00", sections={"Résumé" if lang == "fr" else "Summary": sentence},
        updates=(("2026-12-02 10:00", "identifié" if lang == "fr" else "identified",
                  "Nous analysons." if lang == "fr" else "We are looking into it."),)), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output  # a warning never stops a publish
    return [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "wrong-weekday" and name in p["path"]]


@pytest.mark.parametrize("lang, sentence, said", [
    ("en", "Your hamper will arrive by Saturday 6 December. We are sorry.", "6 December 2026 is a Sunday, not a Saturday"),
    ("en", "Your hamper will arrive by Friday, December 4. We are sorry.", ""),
    ("fr", "Prochain point lundi 1er décembre à 12 h. Nous sommes désolés.", "1 December 2026 is a Tuesday, not a Monday"),
])
def test_a_weekday_that_is_not_the_days_is_warned_about_at_its_line(project, monkeypatch, lang, sentence, said):
    found = _found(project, monkeypatch, sentence, lang)
    if not said:
        assert found == [], found  # Friday 4 December 2026 is right
        return
    assert len(found) == 1 and found[0]["severity"] == "warning" and said in found[0]["message"], found
    assert found[0]["line"] > 1, found


def test_a_right_weekday_in_either_order_is_fine(project, monkeypatch):
    assert _found(project, monkeypatch, "Deliveries resume on Sunday 6 December and on Monday, December 7.") == []
    assert _found(project, monkeypatch, "Les livraisons reprennent le mardi 1er décembre.", "fr") == []


def test_the_same_wrong_day_written_three_times_is_one_finding(project, monkeypatch):
    found = _found(project, monkeypatch, "Deliveries resume on Saturday 6 December. Our shops open on Saturday 6 "
                   "December too, and the backlog is cleared by Saturday 6 December.")
    assert len(found) == 1 and "and 2 more times" in found[0]["message"], found
