"""Where the story stands now: once later updates moved it on ("Payments are succeeding
again"), the media Q&A's key messages and the staff memo say so, near their top; a statement
with only its opening update has no such line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from tests.press_support import plain, statement_file, write_statement

NOW = datetime(2026, 9, 3, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))
SECTIONS = {
    "Summary": "Since 09:12 some card payments fail at checkout. We are sorry.",
    "What happened": "At 09:12 a security certificate on our payment gateway expired.",
}
UPDATES = (
    ("2026-09-03 10:50", "monitoring", "Payments are succeeding again in every region. Next update by 18:00."),
    ("2026-09-03 10:05", "identified", "The cause is an expired certificate. A fix is being deployed."),
)


def _key_messages(qa: str) -> str:
    return plain(qa.split("## Key messages", 1)[1].split("\n## ", 1)[0])


def test_the_key_messages_say_where_the_story_stands(project, settings):
    statement = write_statement(project, settings, statement_file(sections=SECTIONS, updates=UPDATES))
    said = _key_messages(render_qa_brief(statement, settings, NOW))
    assert "- Payments are succeeding again in every region." in said
    assert said.index("some card payments fail") < said.index("Payments are succeeding again")
    assert "Next update by 18:00. -" not in said  # the promise is its own line, said once


def test_the_memo_opens_on_the_latest_news_and_its_key_message_carries_it(project, settings):
    statement = write_statement(project, settings, statement_file(sections=SECTIONS, updates=UPDATES))
    memo = plain(render_memo(statement, settings, NOW))
    assert memo.index("## The latest we have published") < memo.index("## What happened")
    assert "Our key message: Since 09:12 some card payments fail at checkout. Payments are succeeding again" in memo


def test_an_opening_update_alone_adds_no_latest_line(project, settings):
    statement = write_statement(project, settings, statement_file(sections=SECTIONS, updates=UPDATES[1:]))
    said = _key_messages(render_qa_brief(statement, settings, NOW))
    assert "expired certificate" not in said
    memo = plain(render_memo(statement, settings, NOW))
    assert memo.index("## What happened") < memo.index("## The latest we have published")


def test_the_latest_news_names_its_days_in_the_brief_and_the_memo(project, settings):
    # Read two days later, "this morning" and "yesterday" would be wrong: the day is named.
    updates = (("2026-09-04 09:30", "monitoring", "Every duplicate charge was refunded this morning at 6:00. "
                                                  "Our director met the merchants' association yesterday."),
               UPDATES[1])
    statement = write_statement(project, settings, statement_file(sections=SECTIONS, updates=updates))
    later = datetime(2026, 9, 6, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    said = _key_messages(render_qa_brief(statement, settings, later))
    memo = plain(render_memo(statement, settings, later))
    for text in (said, memo.split("## What happened", 1)[0]):
        assert "this morning" not in text and "yesterday" not in text, text
        assert "4 September" in text and "3 September" in text, text
