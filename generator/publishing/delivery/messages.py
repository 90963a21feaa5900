"""Renderer stage, delivery part: what is due for one destination.

A statement is delivered when it is published (not a draft), approved where the site
requires it, and current (ongoing, or resolved within the kit window: what `build` still
writes copies for). Its announcement goes first, and covers every update the statement has
at that moment; each later update is one message, oldest first. A message already in the
ledger as sent is never due again; one that was started or refused is due again with the
content recorded the first time, so a retry sends exactly what the first attempt sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from generator.reading.approval import approval_problems
from generator.reading.destinations import Destination
from generator.publishing.delivery.ledger import Records, record_path
from generator.core.model import Correction, Incident, Settings, Statement, Update
from generator.core.paths import display_path

DONE = ("sent", "covered")
Render = Callable[..., "dict[str, Any] | None"]  # (statement, update or None[, correction])


@dataclass(frozen=True)
class Message:
    destination: Destination
    slug: str
    lang: str
    kind: str  # "announcement", "update" or "correction"
    name: str  # "announcement" or "update-<UTC time>": the record's file name
    update_at: datetime | None
    content: dict[str, Any]  # what goes out, as recorded in the ledger
    covers: tuple[str, ...] = ()  # for an announcement: the updates it already tells
    retry: dict[str, Any] | None = None  # the earlier record, when this is a retry

    @property
    def path(self) -> str:
        return record_path(self.destination.id, self.slug, self.name)

    @property
    def label(self) -> str:
        what = "announcement" if self.update_at is None else f"{self.kind} of {self.update_at.isoformat(timespec='minutes')}"
        return f"{self.slug} ({self.lang}) {what}"


def update_name(update: Update) -> str:
    return "update-" + update.at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def correction_name(correction: Correction, statement: Statement | None = None) -> str:
    """`correction-20261022T100000Z`; when another correction of the statement was made at the
    same moment, with the update it corrects: `…-of-20261021T202500Z`."""
    name = "correction-" + correction.at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    if statement is not None:
        same = [(u, c) for u in statement.updates for c in u.corrections if c.at == correction.at]
        if len(same) > 1:
            update = next(u for u, c in same if c is correction)
            name += "-of-" + update.at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return name


@dataclass
class Plan:
    messages: list[Message] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # statements left out, and why


def plan(destination: Destination, incidents: list[Incident], settings: Settings, records: Records,
         now: datetime, render: Render) -> Plan:
    """The messages due for `destination`, in the order they must go. `render(statement,
    update_or_None)` gives the content of a new message (`contents.Contents.renderer`), or
    None when the statement leaves the channel out."""
    result = Plan()
    unapproved = {p.path for p in approval_problems(incidents, settings)}
    for incident in sorted(incidents, key=lambda i: (i.primary.first_update.at, i.slug)):
        statement = incident.translations.get(destination.lang)
        mine = {path: record for path, record in records.items()
                if path.startswith(f"records/{destination.id}/{incident.slug}/")}
        if statement is None:
            if not incident.draft and incident.primary.current(now) and not mine:
                result.notes.append(f"{incident.slug}: no {destination.lang} version, nothing for "
                                    f"{destination.id}")
            continue
        pending = any(r.get("state") not in DONE for r in mine.values())
        if incident.draft:
            continue
        if display_path(statement.path) in unapproved:
            result.notes.append(f"{incident.slug} ({statement.lang}): waiting for `approved_by`")
            continue
        if not statement.current(now) and not pending:
            continue
        result.messages.extend(_statement_messages(destination, statement, records, render))
    return result


def _statement_messages(destination: Destination, statement: Statement, records: Records,
                        render: Render) -> list[Message]:
    def record(name: str) -> dict[str, Any] | None:
        return records.get(record_path(destination.id, statement.slug, name))

    messages: list[Message] = []
    announced = record("announcement")
    covered: set[str] = set()
    if announced is None or announced.get("state") not in DONE:
        covers = tuple(announced.get("covers", ())) if announced else tuple(
            name for u in statement.updates for name in (update_name(u), *(correction_name(c, statement) for c in u.corrections)))
        content = announced["content"] if announced else render(statement, None)
        if content is None:
            return []
        messages.append(Message(destination, statement.slug, statement.lang, "announcement", "announcement",
                                None, content, covers, retry=announced))
        covered.update(covers)
    else:
        covered.update(announced.get("covers", ()))
    # Updates and corrections, oldest first: a correction is news of its own, sent when made.
    events: list[tuple[datetime, Update, Correction | None]] = [(u.at, u, None) for u in statement.updates]
    events += [(c.at, u, c) for u in statement.updates for c in u.corrections]
    for at, update, correction in sorted(events, key=lambda event: (event[0], event[2] is not None)):
        name = update_name(update) if correction is None else correction_name(correction, statement)
        if name in covered:
            continue
        earlier = record(name)
        if earlier is not None and earlier.get("state") in DONE:
            continue
        content = earlier["content"] if earlier else (
            render(statement, update) if correction is None else render(statement, update, correction))
        if content is None:
            continue
        messages.append(Message(destination, statement.slug, statement.lang,
                                "update" if correction is None else "correction", name, at, content, retry=earlier))
    return messages


def thread_of(message: Message, records: Records) -> dict[str, Any] | None:
    """The first and the last post of the statement already sent to this destination: an
    update is posted as a reply to the last one, in the thread the first one started."""
    prefix = f"records/{message.destination.id}/{message.slug}/"
    sent = [r for path, r in records.items() if path.startswith(prefix) and r.get("state") == "sent"
            and r.get("posts")]
    if not sent:
        return None
    sent.sort(key=lambda r: (r.get("kind") != "announcement", r.get("finished", "")))
    return {"root": sent[0]["posts"][0], "parent": sent[-1]["posts"][-1]}
