"""The crisis documents: which statements get which, the memo's parts, the media Q&A brief's
answers and gaps, and the checklist scaled to severity."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.documents import render_documents
from generator.errors import RenderError
from tests.press_support import statement_file, write_statement


def _statement(incidents, slug, lang):
    return next(i for i in incidents if i.slug == slug).translations[lang]


def _kinds(statement, settings):
    return [(d.kind, d.filename) for d in render_documents(statement, settings)]


def test_minor_statement_gets_only_reply_templates(settings, incidents):
    minor = _statement(incidents, "2026-11-18-retard-cartes-fidelite", "fr")
    assert _kinds(minor, settings) == [("replies", "replies.md")]


@pytest.mark.parametrize("slug", ["2026-11-20-card-payments", "2026-10-02-merchant-data-exposure"])
def test_major_and_critical_statements_get_every_document(settings, incidents, slug):
    statement = _statement(incidents, slug, "en")
    assert _kinds(statement, settings) == [
        ("memo", "memo.md"), ("qa", "qa.md"), ("checklist", "checklist.md"), ("replies", "replies.md")
    ]


def _document(statement, settings, kind):
    return next(d.text for d in render_documents(statement, settings) if d.kind == kind)


def _section(markdown: str, heading: str) -> str:
    """The body under a `## heading`, up to the next `## `."""
    match = re.search(rf"^## {re.escape(heading)}\n\n(.*?)(?=^## |\Z)", markdown, re.MULTILINE | re.DOTALL)
    assert match, f"no section {heading!r}"
    return match.group(1).strip()


def test_memo_says_what_happened_what_we_do_what_to_say_and_where_questions_go(settings, incidents):
    statement = _statement(incidents, "2026-11-20-card-payments", "en")
    memo = _document(statement, settings, "memo")
    assert statement.text_of("what_happened") in _section(memo, "What happened")
    assert _section(memo, "What we are doing") == statement.text_of("what_we_are_doing")
    say = _section(memo, "What to say")
    assert f"“{statement.summary}”" in say
    assert "https://status.calypso-pay.example/statements/2026-11-20-card-payments/" in say
    assert "promised for Nov. 20, 2026, at noon CET" in say
    not_say = _section(memo, "What not to say")
    assert "off the record" in not_say and "personal accounts" in not_say
    questions = _section(memo, "Where to send questions")
    assert "Press and journalists: Julie Besson, presse@calypso-pay.example, +33 4 72 00 00 00." in questions
    assert "never with an automatic reply" in questions


def test_memo_marks_a_missing_section_instead_of_inventing(project, settings):
    statement = write_statement(project, settings, statement_file(front=""))
    memo = _document(statement, settings, "memo")
    assert _section(memo, "What we are doing").startswith("*The statement does not say yet.")


def test_memo_without_media_contact_is_an_error_naming_the_setting(settings, incidents):
    statement = _statement(incidents, "2026-11-20-card-payments", "fr")
    with pytest.raises(RenderError, match=r"extra\.onevoice\.media_contact: \{name: …, email: …, phone: …\} in mkdocs\.yml"):
        render_documents(statement, dataclasses.replace(settings, media_contact=None))


def _answers(qa: str) -> dict[str, str]:
    parts = re.split(r"^## \d\. (.+)$", qa, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts), 2)}


def test_qa_brief_asks_the_eight_questions_journalists_ask(settings, incidents):
    qa = _document(_statement(incidents, "2026-10-02-merchant-data-exposure", "en"), settings, "qa")
    assert list(_answers(qa)) == [
        "What happened?", "Who is affected?", "Since when?", "What are you doing about it?",
        "What should people do?", "When will it be fixed?", "Who is responsible?", "Will it happen again?",
    ]
    assert "Questions without an answer: 0 of 8." in qa and "**UNANSWERED**" not in qa


def test_qa_answers_come_from_the_statement_with_their_source_line(settings, incidents):
    statement = _statement(incidents, "2026-10-02-merchant-data-exposure", "en")
    answers = _answers(_document(statement, settings, "qa"))
    lines = statement.path.read_text(encoding="utf-8").splitlines()
    happened = answers["What happened?"]
    assert happened.startswith(statement.text_of("what_happened"))
    assert f"line {lines.index('## What happened') + 1}*" in happened
    assert answers["Who is affected?"].startswith("- Merchant dashboard\n- Merchants in France and Belgium")
    assert answers["Since when?"].startswith("It began Oct. 2, 2026, at 2:30 p.m. CEST.")
    assert answers["When will it be fixed?"].startswith("It is resolved (Oct. 4, 2026, at 6 p.m. CEST).")
    assert statement.text_of("postmortem") in answers["Will it happen again?"]


def test_qa_marks_unanswered_questions_and_says_how_to_answer(settings, incidents):
    answers = _answers(_document(_statement(incidents, "2026-11-20-card-payments", "en"), settings, "qa"))
    again = answers["Will it happen again?"]
    assert again.startswith("**UNANSWERED**")
    assert "add a `## Postmortem` section to statements/2026-11-20-card-payments.md" in again


def test_qa_gaps_grow_with_missing_sections_and_fields(project, settings):
    text = statement_file(front="", sections={"Summary": "Payments fail."})  # no next_update either
    qa = _document(write_statement(project, settings, text), settings, "qa")
    answers = _answers(qa)
    unanswered = [q for q, a in answers.items() if a.startswith("**UNANSWERED**")]
    assert unanswered == [
        "What happened?", "Who is affected?", "What are you doing about it?", "What should people do?",
        "When will it be fixed?", "Who is responsible?", "Will it happen again?",
    ]
    assert "Questions without an answer: 7 of 8." in qa
    assert "add `affected: [product, region, group of people]` to the front matter" in answers["Who is affected?"]
    assert "add `next_update: YYYY-MM-DD HH:MM`" in answers["When will it be fixed?"]


def test_french_qa_says_sans_reponse(settings, incidents):
    qa = _document(_statement(incidents, "2026-11-20-card-payments", "fr"), settings, "qa")
    answers = _answers(qa)
    assert answers["Est-ce que cela peut se reproduire\u202f?"].startswith("**SANS RÉPONSE**")
    assert "Questions sans réponse\u00a0: 1 sur 8." in qa
    assert not re.search(r" [:;!?]", qa)  # French spacing everywhere


BRIEF_ITEMS = [
    "Real crisis or false note",
    "sponsored ad",
    "marketing e-mail",
    "Acknowledge publicly",
    "exit plan",
    "executives",
    "press office",
    "Inform staff",
    "Check everything before publishing",
    "Update regularly, even without news",
    "Answer each person personally",
    "never with an automatic reply",
    "official statement on the website",
    "stay vigilant",
]


def _checklist_for(project, settings, severity):
    text = statement_file(severity=severity, front="next_update: 2026-11-20 12:00\n")
    return _document(write_statement(project, settings, text), settings, "checklist")


@pytest.mark.parametrize("severity", ["major", "critical"])
def test_checklist_covers_every_step(project, settings, severity):
    checklist = _checklist_for(project, settings, severity)
    for item in BRIEF_ITEMS:
        assert item in checklist, item
    assert checklist.count("\n- [ ] ") == 11


def test_checklist_scales_with_severity(project, settings):
    major = _checklist_for(project, settings, "major")
    critical = _checklist_for(project, settings, "critical")
    items = lambda text: [line for line in text.splitlines() if line.startswith("- [ ] ")]
    changed = [(a, b) for a, b in zip(items(major), items(critical), strict=True) if a != b]
    assert len(changed) >= 5
    # Critical pauses everything and brings in legal; major pauses what reaches those affected.
    assert "Pause every scheduled post, every sponsored ad and every marketing e-mail, on every channel" in critical
    assert "that reach the people affected" in major and "on every channel" not in major
    assert "legal counsel" in critical and "legal" not in major
    assert "at least a month" in critical and "for a week" in major


def test_checklist_notes_the_statement_facts(settings, incidents):
    checklist = _document(_statement(incidents, "2026-11-20-card-payments", "en"), settings, "checklist")
    assert "    - Next update promised for Nov. 20, 2026, at noon CET." in checklist
    assert "    - First public update: Nov. 20, 2026, at 9:20 a.m. CET." in checklist
    assert "    - Statement page: https://status.calypso-pay.example/statements/2026-11-20-card-payments/" in checklist


def test_checklist_asks_for_a_promise_when_there_is_none(project, settings):
    checklist = _document(write_statement(project, settings, statement_file(front="")), settings, "checklist")
    assert "No `next_update` in the statement: promise one." in checklist
