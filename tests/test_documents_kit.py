"""The crisis documents say what the statement says, alike in English and French: the health
advice answers the health question, a return to normal answers "is it working now?", a
published cause is the cause, and a checklist ticks a step only on words that do it."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.qa_brief import render_qa_brief
from tests.press_support import statement_file, write_statement
from tests.test_documents_fresh import _answers, _quoted, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def _both(project, settings, name, make):  # type: ignore[no-untyped-def]
    return {lang: write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
            for lang in ("en", "fr")}


def _briefs(statements, settings):  # type: ignore[no-untyped-def]
    return {lang: _answers(render_qa_brief(s, settings, NOW)) for lang, s in statements.items()}


# -- a recall of goat cheese, with its own health section ------------------------------------------

def _cheese(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-06 09:00", front="next_update: 2026-03-12 18:00\n",
        title="Recall of Chèvre Doux cheese" if en else "Rappel du fromage Chèvre Doux",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling Chèvre Doux goat cheese, lot C12, because E. coli was found in it. "
                "Please bring it back for a full refund." if en else
                "Nous rappelons le fromage de chèvre Chèvre Doux, lot C12, car E. coli y a été détectée. "
                "Rapportez-le pour un remboursement complet."),
            ("Health advice" if en else "Conseils de santé"): (
                "Young children are the most at risk. Symptoms are diarrhoea and stomach cramps. If they "
                "appear, see your doctor." if en else
                "Les jeunes enfants sont les plus exposés. Elle se manifeste par des diarrhées et des crampes "
                "d'estomac. Dans ce cas, consultez votre médecin."),
        },
        updates=(("2026-03-06 12:00", "identified" if en else "identifié",
                  "We are recalling lot C12." if en else "Nous rappelons le lot C12."),))


def test_the_health_section_answers_the_health_question(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-06-cheese", _cheese), settings)
    english = briefs["en"]["What is the risk, and what should someone who used it watch for?"]
    french = briefs["fr"]["Quel est le risque, et que doit surveiller une personne qui l'a utilisé ?"]
    assert not _unanswered(english) and not _unanswered(french)
    assert any("see your doctor" in line for line in _quoted(english))
    assert any("consultez votre médecin" in line for line in _quoted(french))
