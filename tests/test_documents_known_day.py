"""When we knew is read from the day named beside the time: "lot L6334A, made on 30 November on
the same line: our tests on the morning of 4 December found hazelnut" knew on the 4th, so neither
the Q&A nor the checklist counts a delay from 30 November. Statement written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def test_the_day_a_batch_was_made_is_not_when_we_knew(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T11:20:00+01:00")
    text = statement_file(
        lang="fr", severity="major", started="2026-12-03 16:00", front="kind: recall\n",
        title="Rappel de palets pur beurre : noisette non indiquée",
        sections={"Résumé": "Des palets pur beurre vendus depuis le 30 novembre peuvent contenir de la noisette, qui "
                            "n'est pas indiquée sur l'emballage : nous rappelons trois lots."},
        updates=(("2026-12-04 11:00", "identifié", "Nous étendons le rappel au lot L6334A, fabriqué le 30 novembre "
                  "sur la même ligne : nos analyses de ce matin y ont trouvé des traces de noisette."),
                 ("2026-12-03 16:00", "analyse", "Nous rappelons les lots L6336A et L6337A.")))
    statement = write_statement(project, settings, text, "2026-12-03-rappel.fr.md")
    documents = {d.kind: d.text for d in render_documents(statement, settings)}
    for kind in ("qa", "checklist"):
        assert "30 novembre au matin" not in documents[kind], documents[kind]
        assert "3 jours" not in documents[kind], documents[kind]


def test_a_laboratorys_finding_is_when_we_knew(project, settings, monkeypatch):
    # « Le 3 décembre à 11 h, notre laboratoire a trouvé des traces de noisette »: the checklist's
    # clock starts there, before the recall published at 16 h, not at the recall itself.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T11:20:00+01:00")
    text = statement_file(
        lang="fr", severity="major", started="2026-12-03 16:00", front="kind: recall\n",
        title="Rappel de palets pur beurre : noisette non indiquée",
        sections={"Résumé": "Des palets pur beurre vendus depuis le 30 novembre peuvent contenir de la noisette, qui "
                            "n'est pas indiquée sur l'emballage : nous rappelons deux lots.",
                  "Ce qui s'est passé": "Le 2 décembre, une cliente nous a signalé un goût de noisette. Le 3 décembre "
                                        "à 11 h, notre laboratoire a trouvé des traces de noisette dans les "
                                        "échantillons que nous conservons de ce lot."},
        updates=(("2026-12-03 16:00", "analyse", "Nous rappelons les lots L6336A et L6337A."),))
    statement = write_statement(project, settings, text, "2026-12-03-rappel.fr.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"]
    assert "nous l'avons su, le 3 décembre à 11" in checklist.replace("\u00a0", " ").replace("’", "'"), checklist
