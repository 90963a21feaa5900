""""Why has the number changed?" quotes the older update as it went out: after "About 14,800
patients' records were copied" was corrected to 18,400, the Q&A never says the update "said"
18,400 (a quotation nobody published). Statement written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import write_statement

TEXT = """---
title: "Patients' appointment data accessed"
severity: critical
started: 2026-12-02 19:00
kind: breach
---

## Summary
Between 1 and 2 December, an intruder copied the appointment records of 23,150 patients. We are deeply sorry.

## Updates

### 2026-12-04 10:30 · identified
The review of the last folder is complete. It adds 4,750 patients, which brings the total to 23,150 patients.

### 2026-12-03 12:00 · identified
About 14,800 patients' appointment records were copied: name, date of birth and appointment date.

#### Correction · 2026-12-03 16:30
The number of patients whose records were copied is 18,400, not 14,800.

### 2026-12-02 19:00 · investigating
We are investigating unauthorised access to appointment data.
"""


def test_the_older_count_is_quoted_as_published(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T10:50:00+01:00")
    statement = write_statement(project, settings, TEXT, "2026-12-02-breach.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    answer = qa.split("Why has the number changed?", 1)[1].split("\n## ", 1)[0]
    said = [line for line in answer.splitlines() if " said: " in line]
    assert said and "14,800" in said[0] and "18,400" not in said[0], answer
