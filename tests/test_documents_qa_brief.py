"""The media Q&A brief answers each question with what the statement says about it, in English
and in French alike (statements written for these tests)."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement

UNANSWERED = ("UNANSWERED", "SANS RÉPONSE")


def _qa(project, settings, *, lang="en", title="Do not drink tap water in Lormes", severity="critical", front="",
        sections=None, updates=None, started="2026-09-03 09:12") -> str:
    text = statement_file(lang=lang, severity=severity, front=front, title=title, sections=sections, started=started,
                          updates=updates or (("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                                               "Our teams are on site." if lang == "en" else
                                               "Nos équipes sont sur place."),))
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    statement = write_statement(project, settings, text, name)
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
        "\u202f", " ").replace("’", "'")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def _answered(answer: str) -> bool:
    return not any(word in answer for word in UNANSWERED)



def test_since_when_quotes_the_news_when_it_gives_the_time_of_the_problem(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "On 3 September at 18:47, smoke appeared in the cabin of flight AO 731. No one was "
                           "seriously injured. We are deeply sorry.",
                "What happened": "The flight left Nantes at 18:21 with 142 passengers. At 18:47 the crew saw smoke."}
    qa = _qa(project, settings, title="Flight AO 731 diverted after smoke in the cabin", sections=sections)
    answer = _answer(qa, "Since when, and since when have you known?")
    assert "On 3 September at 18:47, smoke appeared in the cabin" in answer, answer
    assert "The flight left Nantes" not in answer, answer


def test_who_is_responsible_quotes_a_sentence_leaving_it_to_the_investigation(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "On 3 September at 18:47, smoke appeared in the cabin of flight AO 731. No one was "
                           "seriously injured.",
                "What happened": "The crew diverted to Lyon. What caused the smoke, and who is responsible for it, "
                                 "is for the BEA investigation to establish."}
    qa = _qa(project, settings, title="Flight AO 731 diverted after smoke in the cabin", sections=sections)
    answer = _answer(qa, "Who is responsible?")
    assert _answered(answer) and "for the BEA investigation to establish" in answer, answer
