"""A bus company's depot fire: the media Q&A answers from sentences that answer the question.
"12 replacement coaches from partner companies" counts coaches, not the people affected; "40 buses
can no longer be used" is what the fire did, not what stops it happening again; and "…while the
investigation into the cause continues" is no cause beside the one found. Statement written for
these tests (a newcomer's trial)."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _answer(qa: str, question: str) -> str:
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def test_the_qa_quotes_only_sentences_that_answer(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:05:00+01:00")
    text = statement_file(
        severity="major", started="2026-12-04 06:30", front="kind: outage\nbegan: 2026-12-04 02:40\n",
        title="Depot fire: 40 buses out of service, lines 12 and 14 cancelled",
        sections={"Summary": "Lines 12 and 14 were cancelled this morning after a fire overnight at our depot put 40 "
                             "of our buses out of service. No one was hurt. We are sorry for the disruption.",
                  "What happened": "At about 02:40 a fire broke out in one bus parked at our depot and spread to "
                                   "nearby vehicles. 40 buses can no longer be used, so we cannot run lines 12 and 14 "
                                   "this morning."},
        updates=(("2026-12-04 11:55", "resolved", "From 12:00 lines 12 and 14 run to their normal timetable again. "
                  "The 40 damaged buses stay out of service while the investigation into the cause of the fire "
                  "continues."),
                 ("2026-12-04 07:58", "identified", "The fire service has confirmed that the fire started in the "
                  "engine compartment of one bus. 12 replacement coaches from partner companies will start running "
                  "on lines 12 and 14 from 10:00, at reduced frequency."),
                 ("2026-12-04 06:30", "investigating", "A fire overnight at our depot has put 40 buses out of "
                  "service.")))
    statement = write_statement(project, settings, text, "2026-12-04-depot-fire.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    how_many = _answer(qa, "How many people are affected?")
    assert "coaches" not in how_many and "UNANSWERED" in how_many, how_many
    again = _answer(qa, "Will it happen again?")
    assert "no longer be used" not in again, again
    cause = _answer(qa, "What caused it?")
    assert "engine compartment" in cause and "investigation into the cause" not in cause, cause
