"""A soft word for a stop that the statement itself says lasted hours ("after a brief stop of
the gondola" beside "some waited nearly three hours"; « un bref arrêt » beside « près de
trois heures »): `check` warns that it reads as playing it down. A stop called brief that was
brief, or an hour named for something else, is no finding. Statements written for these tests."""

from __future__ import annotations

import json

from click.testing import CliRunner

from generator.cli import main
from tests.press_support import statement_file


def _found(project, monkeypatch, lang: str, happened: str, quote: str) -> list[dict]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-14T12:00:00+01:00")
    en = lang == "en"
    text = statement_file(lang=lang, severity="major", started="2026-12-12 15:00", front="kind: safety\n",
                          title="Cable car stopped on 12 December" if en else "Téléphérique arrêté le 12 décembre",
                          sections={("Summary" if en else "Résumé"): (
                              "On 12 December our cable car stopped with 41 passengers on board; all were brought down. We "
                              "are sorry." if en else "Le 12 décembre, notre téléphérique s'est arrêté avec 41 passagers à "
                              "bord ; tous ont été redescendus. Nous en sommes désolés."),
                              ("What happened" if en else "Ce qui s'est passé"): happened,
                              ("Quote" if en else "Citation"): quote},
                          updates=(("2026-12-12 15:00", "resolved" if en else "résolu",
                                    "All passengers are on the ground." if en else "Tous les passagers sont au sol."),))
    name = "2026-12-12-cable.fr.md" if not en else "2026-12-12-cable.md"
    (project / "statements" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output  # a warning never stops a publish
    return [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "brief-but-long" and name in p["path"]]


def test_a_brief_stop_that_lasted_hours_is_warned_about(project, monkeypatch):
    for lang, happened, quote, soft, long in (
            ("en", "At 2:20 p.m., after a brief stop of the cable car, our patrollers evacuated the passengers by rope.",
             "\"Forty-one people waited in the cold, some for nearly three hours. I apologise.\"", "brief stop",
             "nearly three hours"),
            ("fr", "À 14 h 20, après un bref arrêt du téléphérique, nos pisteurs ont évacué les passagers par corde.",
             "« Quarante et une personnes ont attendu dans le froid, certaines pendant près de trois heures. Je leur "
             "présente mes excuses. »", "bref arrêt", "près de trois heures")):
        found = _found(project, monkeypatch, lang, happened, quote)
        assert len(found) == 1 and found[0]["severity"] == "warning", found
        assert soft in found[0]["message"] and long in found[0]["message"], found


def test_a_stop_that_was_brief_is_no_finding(project, monkeypatch):
    found = _found(project, monkeypatch, "en",
                   "At 2:20 p.m., after a brief stop of the cable car, it restarted and reached the station at 2:31 p.m.",
                   "\"Our passengers were back on the ground within a quarter of an hour. I apologise for the fright.\"")
    assert found == [], found
