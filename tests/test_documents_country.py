"""A statement from Switzerland, Belgium or Québec is read by people of that country: their
emergency number, their name for the clock, and a cheese « à la crème » is food, not a cosmetic.
Statements written for these tests."""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement

SUMMARY = ("Nous rappelons la Tomme à la crème des Esserts 200 g, lot L26-334, à cause de Listeria. Ne la consommez "
           "pas. Nous vous présentons nos excuses.")


def _documents(project, settings, monkeypatch, zone: str) -> dict[str, str]:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    local = dataclasses.replace(settings, timezone=ZoneInfo(zone))
    text = statement_file(lang="fr", front="kind: recall\n", severity="critical", started="2026-12-02 12:15",
                          title="Rappel de la Tomme à la crème des Esserts, lot L26-334",
                          sections={"Résumé": SUMMARY,
                                    "Ce que vous pouvez faire": "- Si vous avez de la fièvre, appelez votre médecin."},
                          updates=(("2026-12-02 12:15", "identifié", "Nous rappelons le lot L26-334."),))
    statement = write_statement(project, local, text, "2026-12-02-tomme.fr.md")
    return {d.kind: d.text.replace("\u00a0", " ").replace("\u202f", " ") for d in render_documents(statement, local)}


def test_a_swiss_cheese_recall_names_the_swiss_emergency_number_and_clock_and_no_medicines_agency(
        project, settings, monkeypatch):
    documents = _documents(project, settings, monkeypatch, "Europe/Zurich")
    replies = documents["replies"]
    assert "le 144" in replies and "le 15 " not in replies, replies
    assert "heure de Zurich" not in "".join(documents.values()), documents["checklist"]
    assert "heure suisse" in documents["checklist"], documents["checklist"]
    assert "ANSM" not in documents["checklist"], documents["checklist"]


def test_a_french_recall_keeps_the_15_and_paris_time(project, settings, monkeypatch):
    documents = _documents(project, settings, monkeypatch, "Europe/Paris")
    assert "le 15 (ou le 112)" in documents["replies"], documents["replies"]


def test_a_swiss_or_belgian_recall_checklist_names_its_own_authorities_never_france_s(project, settings, monkeypatch):
    swiss = _documents(project, settings, monkeypatch, "Europe/Zurich")["checklist"]
    assert "DDPP" not in swiss and "RappelConso" not in swiss, swiss
    assert "OSAV" in swiss and "chimiste cantonal" in swiss, swiss
    belgian = _documents(project, settings, monkeypatch, "Europe/Brussels")["checklist"]
    assert "DDPP" not in belgian and "RappelConso" not in belgian and "AFSCA" in belgian, belgian
    french = _documents(project, settings, monkeypatch, "Europe/Paris")["checklist"]
    assert "RappelConso" in french, french


def test_a_belgian_breach_checklist_names_the_belgian_privacy_and_cyber_authorities(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    brussels = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Brussels"))
    text = statement_file(lang="fr", front="kind: breach\n", severity="critical", started="2026-11-30 10:00",
                          title="Fiches de paie téléchargées par un intrus",
                          sections={"Résumé": "Un intrus a téléchargé les fiches de paie de 38 412 travailleurs. Nous "
                                              "vous présentons nos excuses."},
                          updates=(("2026-11-30 10:00", "identifié", "Nous avons coupé l'accès de l'intrus."),))
    statement = write_statement(project, brussels, text, "2026-11-30-paie.fr.md")
    checklist = next(d.text for d in render_documents(statement, brussels) if d.kind == "checklist")
    assert "CNIL" not in checklist and "ANSSI" not in checklist, checklist
    assert "l'APD en Belgique" in checklist and "le CCB en Belgique" in checklist, checklist


def test_a_french_statement_from_britain_names_its_clock_as_its_own_text_does(project, settings, monkeypatch):
    # « 16 h 12, heure britannique » in the statement: its texts and documents never say « GMT »
    # beside it, which means nothing to a passenger in Calais.
    from datetime import datetime

    from generator.rendering.channels import render_copies

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+00:00")
    london = dataclasses.replace(settings, timezone=ZoneInfo("Europe/London"))
    text = statement_file(lang="fr", front="", severity="major", started="2026-12-03 18:40",
                          title="Traversées annulées en raison d'un violent coup de vent",
                          sections={"Résumé": "Depuis 21 h, heure britannique (22 h heure de Paris), nos traversées "
                                              "Douvres–Calais sont annulées. Nous sommes désolés."},
                          updates=(("2026-12-04 10:30", "identifié", "Le port de Douvres a rouvert à 10 h 05, heure "
                                    "britannique. Prochain point d'ici 14 h."),))
    statement = write_statement(project, london, text, "2026-12-03-vent.fr.md")
    sms = next(c for c in render_copies(statement, london, ["sms"], datetime.fromisoformat("2026-12-04T12:00:00+00:00"))
               if c.kind == "update").parts[0].replace("\u00a0", " ")
    assert "10 h 30 (heure britannique)" in sms and "GMT" not in sms, sms
    memo = next(d.text for d in render_documents(statement, london) if d.kind == "memo")
    assert "GMT" not in memo and "heure britannique" in memo, memo
