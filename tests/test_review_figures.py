"""The review's computations on hand-built statements: how promises are judged, what counts
as a silent rewrite, how stages and durations are worded. No files, no git."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.core.model import Correction, Incident, Severity, Statement, Status, Update
from generator.authoring.review.figures import (
    Inputs,
    history_gap,
    reconstruct_promises,
    silent_edits,
    time_to,
)
from generator.authoring.review.history import History, Version
from generator.authoring.review.wording import duration, say

PARIS = ZoneInfo("Europe/Paris")


def at(clock: str, seconds: int = 0) -> datetime:
    hour, minute = map(int, clock.split(":"))
    return datetime(2026, 11, 20, hour, minute, seconds, tzinfo=PARIS)


def statement(updates: list[tuple[str, str, str]], next_update: str | None = None,
              corrections: dict[str, list[str]] | None = None) -> Statement:
    """`updates`: (time, status, text), oldest first, as people read a timeline."""
    corrections = corrections or {}
    built = tuple(
        Update(at(clock), Status(status), text, line=10,
               corrections=tuple(Correction(at(c), "A correction.", line=12) for c in corrections.get(clock, [])))
        for clock, status, text in reversed(updates))
    return Statement(path=Path("statements/2026-11-20-outage.md"), slug="2026-11-20-outage", lang="en",
                     title="Outage", severity=Severity.MAJOR, started=at("09:00"), updates=built, sections=(),
                     next_update=at(next_update) if next_update else None)


FIRST = ("09:10", "investigating", "We are investigating.")
SECOND = ("10:20", "identified", "We found the cause.")


def test_a_promise_replaced_before_it_is_due_is_moved_not_missed() -> None:
    public = [
        (at("09:10"), statement([FIRST], "10:00")),
        (at("09:40"), statement([FIRST], "10:30")),  # pushed back with no update, before 10:00
        (at("10:20"), statement([FIRST, SECOND], "11:30")),
    ]
    promises = reconstruct_promises(public, now=at("10:25"))
    assert [(p.due, p.outcome, p.margin) for p in promises] == [
        (at("10:00"), "moved", timedelta(minutes=20)),
        (at("10:30"), "kept", timedelta(minutes=10)),
        (at("11:30"), "pending", timedelta(hours=1, minutes=5)),
    ]


def test_a_promise_is_kept_within_its_minute_and_late_after_it() -> None:
    def outcome(seconds_after: int) -> tuple[str, timedelta | None]:
        public = [(at("09:10"), statement([FIRST], "10:00")),
                  (at("10:00") + timedelta(seconds=seconds_after), statement([FIRST, SECOND]))]
        promise = reconstruct_promises(public, now=at("12:00"))[0]
        return promise.outcome, promise.margin

    assert outcome(40) == ("kept", timedelta(0))
    assert outcome(60) == ("late", timedelta(minutes=1))


def test_a_passed_promise_with_no_update_is_missed_by_the_time_elapsed() -> None:
    promises = reconstruct_promises([(at("09:10"), statement([FIRST], "10:00"))], now=at("10:45"))
    assert [(p.outcome, p.margin) for p in promises] == [("missed", timedelta(minutes=45))]


def test_corrections_and_comments_are_not_silent_rewrites() -> None:
    noted = "We are investigating. <!-- onevoice: allow no-empathy because the apology is in the summary -->"
    public = [
        (at("09:10"), statement([FIRST])),
        (at("09:20"), statement([("09:10", "investigating", noted)])),  # a comment is never published
        (at("09:30"), statement([FIRST], corrections={"09:10": ["09:30"]})),  # a correction note: legitimate
        (at("09:45"), statement([("09:10", "investigating", "We are  investigating\nthe fault.")])),
    ]
    assert silent_edits(public) == [(at("09:10"), at("09:10"), at("09:45"))]


def test_a_skipped_stage_counts_from_the_first_later_status_and_says_so() -> None:
    figure = time_to(statement([FIRST, ("11:00", "monitoring", "Fixed; watching.")]), Status.IDENTIFIED)
    assert figure.value == timedelta(hours=2)
    assert say(figure.details[0], "en", PARIS) == \
        "no update says “identified”: the first later status is “monitoring”, at 2026-11-20 11:00 CET"
    assert say(figure.details[0], "fr", PARIS) == \
        "aucune mise à jour ne dit « identifié » : le premier statut ultérieur est " \
        "« surveillance », le 2026-11-20 11:00 CET"


def test_time_to_resolve_counts_from_when_the_problem_began_when_the_file_gives_it() -> None:
    """An app down since 07:10, a first statement at 09:00, resolved at 16:00: people waited
    8 h 50, not the 7 hours since the statement opened."""
    from dataclasses import replace
    resolved = statement([FIRST, ("16:00", "resolved", "Everything works again.")])
    assert time_to(resolved, Status.RESOLVED).value == timedelta(hours=7)
    figure = time_to(replace(resolved, began=at("07:10")), Status.RESOLVED)
    assert figure.value == timedelta(hours=8, minutes=50)
    assert say(figure.how, "en", PARIS).startswith("from `began` (2026-11-20 07:10 CET), when the problem began")
    assert say(figure.how, "fr", PARIS).startswith("de `began` (2026-11-20 07:10 CET), le début du problème")
    # a `began` later than `started` is not the start of anything: the statement's start holds
    assert time_to(replace(resolved, began=at("10:00")), Status.RESOLVED).value == timedelta(hours=7)
    from generator.authoring.review.narrative import timeline
    began = replace(resolved, began=at("07:10"))
    inputs = Inputs(Incident(began.slug, {"en": began}), "en", History({}), None, (), {}, at("18:30"), ("en",))
    events = [(event.at, say(event.what, "en", PARIS)) for event in timeline(inputs)][:2]
    assert events == [(at("07:10"), "The problem began (`began`)."), (at("09:00"), "The statement opened (`started`).")]


def test_a_history_recorded_after_the_fact_is_not_taken_for_the_response() -> None:
    final = statement([FIRST, SECOND])
    late_record = Version("abc123", at("18:00"), "en", final)
    inputs = Inputs(Incident(final.slug, {"en": final}), "en", History({"en": (late_record,)}), None, (), {},
                    at("18:30"), ("en",))
    gap = history_gap(inputs)
    assert gap is not None
    assert say(gap, "en", PARIS) == ("unknown: the statement was first committed at 2026-11-20 18:00 CET with all "
                                     "2 updates already in it, so git does not record when each was published")


def test_durations_are_written_to_the_minute_in_each_language() -> None:
    value = timedelta(days=2, hours=3, minutes=30, seconds=59)
    assert duration(value, "en") == "2 d 3 h 30 min"
    assert duration(value, "fr") == "2 j 3 h 30 min"
    assert duration(timedelta(hours=3), "en") == "3 h"
    assert duration(timedelta(seconds=20), "en") == "0 min"
