"""An open statement whose summary still announces as to come what is past ("Le plan de
transport sera publié le 3 décembre à 17 h 30", read on the 4th) is warned about by `check`:
the page, every copy and the press release lead with the summary. A warning, never an error;
a day still ahead, or one the summary tells as done, is no finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.press_support import statement_file

STRIKE = ("Une grève de nos conducteurs perturbera nos lignes toute la journée du jeudi 4 décembre. Nous sommes "
          "désolés. Le plan de transport sera publié le 3 décembre à 17 h 30.")


def _found(project: Path, monkeypatch: pytest.MonkeyPatch, now: str, summary: str, lang: str = "fr") -> list[dict]:
    monkeypatch.setenv("ONEVOICE_NOW", now)
    name = "2026-12-01-greve.fr.md" if lang == "fr" else "2026-12-01-strike.md"
    (project / "statements" / name).write_text(statement_file(
        lang=lang, front="", title="Grève des conducteurs" if lang == "fr" else "Drivers' strike",
        started="2026-12-01 17:00", sections={"Résumé" if lang == "fr" else "Summary": summary},
        updates=(("2026-12-01 17:00", "identifié" if lang == "fr" else "identified", "Un préavis a été déposé."
                  if lang == "fr" else "A strike notice was filed."),)), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output  # a warning never stops a publish
    return [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "overtaken-summary" and name in p["path"]]


def test_a_plan_announced_for_a_passed_time_is_warned_about(project, monkeypatch):
    found = _found(project, monkeypatch, "2026-12-04T12:00:00+01:00", STRIKE)
    assert len(found) == 1 and found[0]["severity"] == "warning", found
    assert "3 décembre à 17 h 30" in found[0]["message"], found


def test_the_same_summary_before_that_time_is_fine(project, monkeypatch):
    assert not _found(project, monkeypatch, "2026-12-02T09:00:00+01:00", STRIKE)


def test_an_english_summary_and_a_day_told_as_done(project, monkeypatch):
    found = _found(project, monkeypatch, "2026-12-04T12:00:00+01:00",
                   "A strike will disrupt our lines on 4 December. We will publish the timetable on 3 December at "
                   "5:30 p.m.", lang="en")
    assert len(found) == 1 and "3 December at 5:30 p.m." in found[0]["message"], found
    assert not _found(project, monkeypatch, "2026-12-04T12:00:00+01:00",
                      "A strike is disrupting our lines today. We published the timetable on 3 December at 17:30.",
                      lang="en")


def test_results_awaited_on_a_passed_day_are_warned_about(project, monkeypatch):
    summary = ("Des légionelles ont été trouvées dans le réseau d'eau chaude de notre hôpital. Nous désinfectons le "
               "réseau ce week-end et attendons les résultats de nouvelles analyses lundi 7 décembre.")
    found = _found(project, monkeypatch, "2026-12-10T12:00:00+01:00", summary)
    assert len(found) == 1 and "7 décembre" in found[0]["message"], found


def test_the_same_awaited_results_before_their_day_are_fine_and_found_once_it_passes(project, monkeypatch):
    # The same file checked on the 6th, then on the 10th: the second run never reuses the first's findings.
    monkeypatch.delenv("ONEVOICE_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(project / ".test-cache"))
    summary = ("Des légionelles ont été trouvées dans le réseau d'eau chaude de notre hôpital. Nous désinfectons le "
               "réseau ce week-end et attendons les résultats de nouvelles analyses lundi 7 décembre.")
    assert _found(project, monkeypatch, "2026-12-06T12:00:00+01:00", summary) == []
    assert len(_found(project, monkeypatch, "2026-12-10T12:00:00+01:00", summary)) == 1


def _problems(project: Path, monkeypatch: pytest.MonkeyPatch, now: str, text: str, rule: str) -> list[dict]:
    monkeypatch.setenv("ONEVOICE_NOW", now)
    (project / "statements" / "2026-12-04-legionelles.fr.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output  # a warning never stops a publish
    return [p for p in json.loads(result.stdout)["problems"] if p["rule"] == rule and "legionelles" in p["path"]]


def _legionella(summary: str, doing: str, updates: tuple[tuple[str, str, str], ...]) -> str:
    return statement_file(lang="fr", front="", title="Légionelles : douches suspendues", started="2026-12-04 11:30",
                          sections={"Résumé": summary, "Ce que nous faisons": doing}, updates=updates)


UPDATES = (("2026-12-09 16:00", "identifié", "Les douches restent suspendues dans les cinq unités concernées."),
           ("2026-12-07 14:00", "identifié", "La suspension est étendue à deux autres unités, soit cinq unités."),
           ("2026-12-04 11:30", "identifié", "Des légionelles ont été détectées."))


def test_a_count_the_newest_update_gives_again_with_another_number_is_warned_about(project, monkeypatch):
    text = _legionella("Les douches sont suspendues dans trois unités de soins. Nous nous excusons.",
                       "- Des filtres sont posés.", UPDATES)
    found = _problems(project, monkeypatch, "2026-12-10T12:00:00+01:00", text, "overtaken-summary")
    assert len(found) == 1 and "trois unités" in found[0]["message"] and "cinq unités" in found[0]["message"], found
    # The same count as the newest update's, or a part of it ("the other two units"), is fine.
    text = _legionella("Les douches sont suspendues dans cinq unités de soins, dont deux autres unités depuis lundi.",
                       "- Des filtres sont posés.", UPDATES)
    assert not _problems(project, monkeypatch, "2026-12-10T12:00:00+01:00", text, "overtaken-summary")


def test_work_planned_for_a_night_now_over_is_warned_about(project, monkeypatch):
    doing = "- Un choc thermique et un rinçage du réseau sont prévus dans la nuit du 5 au 6 décembre."
    text = _legionella("Les douches sont suspendues dans cinq unités de soins.", doing, UPDATES)
    found = _problems(project, monkeypatch, "2026-12-10T12:00:00+01:00", text, "passed-plan")
    assert len(found) == 1 and found[0]["severity"] == "warning" and "prévus dans la nuit" in found[0]["message"], found
    early = _legionella("Les douches sont suspendues dans trois unités de soins.", doing, UPDATES[2:])
    assert not _problems(project, monkeypatch, "2026-12-05T09:00:00+01:00", early, "passed-plan")


def test_two_counts_of_one_noun_that_count_different_things_are_no_finding(project, monkeypatch):
    # « 4 100 fromages avaient été achetés » and « 860 fromages ont été rapportés » count two
    # things: the summary is not overtaken (the warning was raised on a blind kit's recall).
    updates = (("2026-12-09 16:00", "identifié", "À ce jour, 860 fromages ont été rapportés en magasin par des clients."),
               ("2026-12-04 11:30", "identifié", "Nous rappelons quatre lots."))
    text = statement_file(lang="fr", front="kind: recall\n", title="Rappel de tomme", started="2026-12-04 11:30",
                          sections={"Résumé": "Nous rappelons quatre lots de tomme. Environ 4 100 fromages avaient été "
                                              "achetés avant le rappel. Ne les mangez pas."},
                          updates=updates)
    assert not _problems(project, monkeypatch, "2026-12-10T12:00:00+01:00", text, "overtaken-summary")
