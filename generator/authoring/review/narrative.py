"""Review stage, computations continued: the timeline of the response and the questions the
figures raise for the team's review meeting. Pure, like `figures`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from generator.authoring.review.figures import (
    Figure,
    Inputs,
    Phrase,
    history_gap,
    phrase,
    problem_began,
    public_versions,
    reconstruct_promises,
    refused_commits,
)
from generator.core.text import first_sentence, markdown_to_plain

# A publication this much later than the time in an update's heading is worth showing: the
# update reached readers later than its heading says.
PUBLICATION_DELAY_SHOWN = timedelta(minutes=5)
EVENT_TEXT_LIMIT = 160

# Thresholds above which a figure becomes a question for the review. They are conventions of
# crisis communication (first word within the hour, an update at least every two hours), not
# laws: the questions ask, they do not judge.
FIRST_WORD_TARGET = timedelta(hours=1)
SILENCE_TARGET = timedelta(hours=2)
TRANSLATION_TARGET = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Event:
    at: datetime
    what: Phrase


def _short(markdown: str) -> str:
    text = " ".join(first_sentence(markdown_to_plain(markdown)).split())
    return text if len(text) <= EVENT_TEXT_LIMIT else text[: EVENT_TEXT_LIMIT - 1] + "…"


def timeline(inputs: Inputs) -> tuple[Event, ...]:
    """What happened and when, oldest first: the start, each update and correction, and,
    with history, the first commits and the promises that passed without an update."""
    statement = inputs.incident.translations[inputs.lang]
    history = inputs.history
    with_history = history_gap(inputs) is None
    arrivals: dict[datetime, datetime] = {}  # update time -> when a build first published it
    if with_history:
        for published, version in public_versions(history, statement.lang, refused_commits(inputs)):
            for update in version.updates:
                arrivals.setdefault(update.at, published)
    events = [Event(statement.started, phrase("event-started"))]
    began = problem_began(statement)
    if began is not None:
        events.insert(0, Event(began, phrase("event-began")))
    for update in reversed(statement.updates):
        reached = arrivals.get(update.at)
        if reached is not None and reached - update.at > PUBLICATION_DELAY_SHOWN:
            what = phrase("event-update-published", status=update.status.value, text=_short(update.text),
                          published=reached)
        else:
            what = phrase("event-update", status=update.status.value, text=_short(update.text))
        events.append(Event(update.at, what))
        events.extend(Event(c.at, phrase("event-correction", update=update.at)) for c in update.corrections)
    if with_history:
        for lang, versions in history.versions.items():
            first = next((v for v in versions if v.published), None)
            if first is None:
                continue
            what = phrase("event-first-commit", commit=first.commit[:10]) if lang == inputs.incident.primary.lang \
                else phrase("event-translation", lang=lang)
            events.append(Event(first.at, what))
        public = public_versions(history, inputs.incident.primary.lang, refused_commits(inputs))
        for promise in reconstruct_promises(public, inputs.now):
            if promise.outcome in ("late", "missed"):
                events.append(Event(promise.due, phrase("event-promise-passed", made=promise.made_at)))
    return tuple(sorted(events, key=lambda e: e.at))  # stable: at equal times, the order above


def questions(figures: tuple[Figure, ...]) -> tuple[Phrase, ...]:
    """Questions the figures raise, in the order of the figures."""
    by_key = {figure.key: figure for figure in figures}
    asked: list[Phrase] = []
    first = by_key["first_word"].value
    if isinstance(first, timedelta) and first > FIRST_WORD_TARGET:
        asked.append(phrase("question-first-word", delay=first))
    promises = by_key["promises"].summary
    if promises is not None:
        values = promises.values
        if values["late"] or values["missed"]:
            asked.append(phrase("question-promises", late=values["late"], missed=values["missed"]))
    silence = by_key["longest_silence"].value
    if isinstance(silence, timedelta) and silence > SILENCE_TARGET:
        asked.append(phrase("question-silence", gap=silence))
    if by_key["corrections"].value or by_key["silent_edits"].value:
        asked.append(phrase("question-corrections", corrections=by_key["corrections"].value or 0,
                            rewrites=by_key["silent_edits"].value or 0))
    lint = by_key["lint"]
    if lint.value:
        asked.append(phrase("question-lint", count=lint.value))
    if lint.summary is not None and lint.summary.values["blocking"]:
        asked.append(phrase("question-blocked", blocked=lint.summary.values["blocked"],
                            blocking=lint.summary.values["blocking"]))
    languages = by_key["languages"]
    if languages.unknown is not None and languages.unknown.id == "unknown-single-language":
        asked.append(phrase("question-single-language", **languages.unknown.values))
    elif isinstance(languages.value, timedelta) and languages.value > TRANSLATION_TARGET:
        asked.append(phrase("question-translation", lag=languages.value))
    return tuple(asked)
