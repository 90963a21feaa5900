"""After a breach, "What data exactly?" and the reply to "was my data exposed?" give what the
records hold ("names, delivery addresses, dates of birth and the medicines we dispensed"), not
how the intrusion was noticed ("our monitoring flagged unusual downloads"). Statements written
for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def test_what_the_records_hold_answers_what_data(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-17T15:00:00+00:00")
    text = statement_file(
        severity="critical", started="2026-12-15 19:00", front="kind: breach\n",
        title="Customers' order records accessed without authorisation",
        sections={"Summary": "An unauthorised person accessed the order records of 9,300 of our customers between 11 "
                             "and 15 December. The records hold names, delivery addresses, dates of birth and the "
                             "products we sent. We are deeply sorry.",
                  "What happened": "On 15 December at 16:40, our security monitoring flagged unusual downloads from a "
                                   "storage area holding a copy of our order records, made for a reporting project. "
                                   "That copy had been left readable from the internet without a password.",
                  "What you should do": "Be wary of calls or e-mails that mention your orders."},
        updates=(("2026-12-15 19:00", "investigating", "We closed the access at 16:52."),))
    statement = write_statement(project, settings, text, "2026-12-15-records.md")
    documents = {d.kind: d.text for d in render_documents(statement, settings)}
    qa = documents["qa"]
    answer = qa.split("What data exactly?", 1)[1].split("\n## ", 1)[0]
    first_quote = next(line for line in answer.splitlines() if line.startswith("> "))
    assert "names, delivery addresses, dates of birth" in first_quote, answer
    replies = documents["replies"]
    listed = replies.split("as our statement lists it:", 1)[1].split("\n\n", 1)[0]
    assert "names, delivery addresses, dates of birth" in listed and "flagged" not in listed, listed
