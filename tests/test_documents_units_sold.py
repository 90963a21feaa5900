"""A recall's "How many units were sold?" is answered by the count the statement gives as « soit
environ 14 000 paquets » / "or about 14,000 packs", never marked unanswered. Statements written
for these tests."""

from __future__ import annotations

import pytest

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


@pytest.mark.parametrize(("lang", "summary", "question", "count"), [
    ("fr", "Des palets pur beurre peuvent contenir de la noisette, qui n'est pas indiquée sur l'emballage : nous "
           "rappelons trois lots. Ils ont été vendus dans les grandes surfaces de Bretagne et sur notre site, soit "
           "environ 14 000 paquets.", "Combien d'unités ont été vendues", "14 000 paquets"),
    ("en", "Butter biscuits may contain hazelnut, which is not on the label: we are recalling three lots. They were "
           "sold in supermarkets in Brittany and on our website, or about 14,000 packs.", "How many units were sold",
     "14,000 packs"),
])
def test_units_sold_said_as_a_total_answer_the_question(project, settings, monkeypatch, lang, summary, question, count):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T11:20:00+01:00")
    text = statement_file(
        lang=lang, severity="major", started="2026-12-03 16:00", front="kind: recall\n",
        title="Rappel de palets pur beurre" if lang == "fr" else "Butter biscuits recalled",
        sections={("Résumé" if lang == "fr" else "Summary"): summary},
        updates=(("2026-12-03 16:00", "analyse" if lang == "fr" else "investigating",
                  "Nous rappelons les lots L6336A et L6337A." if lang == "fr" else "We recall lots L6336A and L6337A."),))
    statement = write_statement(project, settings, text, "2026-12-03-rappel.fr.md" if lang == "fr" else "2026-12-03-recall.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace("\u202f", " ")
    answer = qa.split(question, 1)[1].split("\n## ", 1)[0]
    assert count in answer and "UNANSWERED" not in answer and "SANS RÉPONSE" not in answer, answer
