"""Orchestration of `onevoice send`: for each destination, take its lock in the ledger, work
out what is due, and send it message by message, recording each step before the next one:

1. the intent (`sending`, with the exact content) is pushed before anything goes out;
2. each post the platform confirms is pushed as soon as it is confirmed;
3. the result (`sent`, or `failed` with the platform's answer) is pushed at the end.

A destination that fails stops there (its later messages must not overtake the failed
one) and the others go on; the next run takes the failed message again. Nothing is sent
when the ledger cannot be written. docs/delivery.md explains why this sends each message
exactly once, and the one case where a platform without idempotency can show a copy twice."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from generator.publishing.delivery.contents import Contents
from generator.reading.destinations import Destination
from generator.publishing.delivery.ledger import LEASE_SECONDS, Busy, Ledger, LedgerError
from generator.publishing.delivery.messages import Message, plan, thread_of
from generator.publishing.delivery.senders import DeliveryFailed, Sender
from generator.core.errors import UsageError
from generator.core.model import Incident, Settings


@dataclass
class Result:
    destination: Destination
    state: str  # "sent", "failed", "would send", "nothing due"
    message: Message | None = None
    detail: str = ""
    posts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.state == "failed"]


def choose(destinations: tuple[Destination, ...], only: str | None) -> list[Destination]:
    """The destinations to deliver to; none when the site has none (not an error: the
    publish workflow runs `send` for every site)."""
    if only is None:
        return list(destinations)
    chosen = [d for d in destinations if only in (d.channel, d.id)]
    if not chosen and destinations:
        known = sorted({d.channel for d in destinations} | {d.id for d in destinations})
        raise UsageError(f"error: --only {only}: no destination has that channel or id\n"
                         f"    hint: one of {', '.join(known)}")
    return chosen


def make_sender(destination: Destination, secret: str, settings: Settings) -> Sender:
    if destination.channel == "email":
        from generator.publishing.delivery.smtp import SmtpSender

        return SmtpSender(secret, destination, settings.organisation)
    if destination.channel == "webhook":
        from generator.publishing.delivery.webhooks import WebhookSender

        return WebhookSender(secret, destination.format)
    if destination.channel == "mastodon":
        from generator.publishing.delivery.mastodon import MastodonSender

        return MastodonSender(destination.server, secret, destination.visibility, destination.lang)
    from generator.publishing.delivery.bluesky import BlueskySender

    return BlueskySender(destination.server, destination.handle, secret)


def deliver(settings: Settings, incidents: list[Incident], ledger: Ledger, *, now: datetime,
            environ: Mapping[str, str], only: str | None = None, dry_run: bool = False,
            record_only: bool = False,
            log: Callable[[str], None] = lambda _: None, wait: float = LEASE_SECONDS + 30,
            senders: Callable[[Destination, str, Settings], Sender] = make_sender) -> Report:
    destinations = choose(settings.delivery, only)
    report = Report()
    if not destinations:
        report.notes.append("mkdocs.yml has no `extra.onevoice.delivery` destinations: nothing to send "
                            "(docs/delivery.md shows how to add them)")
        return report
    contents = Contents(settings, incidents)
    ledger.refresh()
    for destination in destinations:
        if dry_run:
            _dry_run(destination, incidents, settings, ledger, now, environ, contents, report)
            continue
        try:
            ledger.acquire(destination.id, wait)
        except Busy as busy:
            report.results.append(Result(destination, "failed", detail=(
                f"another run ({busy.lock.get('run')} on {busy.lock.get('host')}) kept it locked for "
                f"{int(wait)} s; its lock lapses if that run died: run `onevoice send` again")))
            continue
        try:
            if record_only:
                _record_only(destination, incidents, settings, ledger, now, contents, report)
            else:
                _deliver_one(destination, incidents, settings, ledger, now, environ, contents, report, log,
                             senders)
        finally:
            try:
                ledger.release(destination.id)
            except LedgerError as error:
                report.notes.append(f"{destination.id}: the lock could not be released ({error}); it lapses "
                                    f"by itself within {LEASE_SECONDS // 60} minutes")
    return report


def _dry_run(destination: Destination, incidents: list[Incident], settings: Settings, ledger: Ledger,
             now: datetime, environ: Mapping[str, str], contents: Contents, report: Report) -> None:
    due = plan(destination, incidents, settings, ledger.records, now, contents.renderer(destination, report.notes))
    report.notes.extend(due.notes)
    missing = "" if destination.secret(environ) else f" (the environment variable {destination.secret_var} is " \
                                                     "not set here: a real run would fail)"
    for message in due.messages:
        report.results.append(Result(destination, "would send", message, detail=missing.strip(" ()")))
    if not due.messages:
        report.results.append(Result(destination, "nothing due"))


def _record_only(destination: Destination, incidents: list[Incident], settings: Settings, ledger: Ledger,
                 now: datetime, contents: Contents, report: Report) -> None:
    """Record what is due as sent, sending nothing: for messages already posted by hand."""
    due = plan(destination, incidents, settings, ledger.records, now, contents.renderer(destination, report.notes))
    report.notes.extend(due.notes)
    if not due.messages:
        report.results.append(Result(destination, "nothing due"))
    for message in due.messages:
        record = _record(message, ledger)
        record.update(state="sent", finished=datetime.now(UTC).isoformat(),
                      notes=["recorded as sent without sending (send --record-only)"])
        ledger.write(destination.id, {message.path: record}, f"recorded {message.label} for {destination.id}")
        report.results.append(Result(destination, "recorded", message, "not sent: --record-only"))


def _deliver_one(destination: Destination, incidents: list[Incident], settings: Settings, ledger: Ledger,
                 now: datetime, environ: Mapping[str, str], contents: Contents, report: Report,
                 log: Callable[[str], None], senders: Callable[[Destination, str, Settings], Sender]) -> None:
    due = plan(destination, incidents, settings, ledger.records, now, contents.renderer(destination, report.notes))
    report.notes.extend(due.notes)
    if not due.messages:
        report.results.append(Result(destination, "nothing due"))
        return
    secret = destination.secret(environ)
    if secret is None:
        report.results.append(Result(destination, "failed", due.messages[0], detail=(
            f"the environment variable {destination.secret_var} is not set: add it as a secret of the "
            "workflow (docs/delivery.md); nothing was sent here")))
        return
    try:
        sender = senders(destination, secret, settings)
    except DeliveryFailed as failure:
        report.results.append(Result(destination, "failed", due.messages[0], detail=failure.message))
        return
    for message in due.messages:
        log(f"sending {message.label} to {destination.label}")
        result = _send(message, sender, ledger)
        report.results.append(result)
        if result.state == "failed":
            later = len(due.messages) - due.messages.index(message) - 1
            if later:
                result.detail += f"; {later} later message(s) for it wait until this one goes"
            return


def _record(message: Message, ledger: Ledger) -> dict[str, Any]:
    destination, earlier = message.destination, message.retry
    return {
        "destination": destination.id, "channel": destination.channel, "statement": message.slug,
        "lang": message.lang, "kind": message.kind,
        "update_at": message.update_at.isoformat() if message.update_at else None,
        "content": message.content, "covers": list(message.covers),
        "state": "sending", "run": ledger.run.run,
        "attempts": int((earlier or {}).get("attempts", 0)) + 1,
        "started": (earlier or {}).get("started") or datetime.now(UTC).isoformat(),
        "posts": list((earlier or {}).get("posts", ())),
    }


def _send(message: Message, sender: Sender, ledger: Ledger) -> Result:
    destination, earlier = message.destination, message.retry
    record = _record(message, ledger)
    thread = thread_of(message, ledger.records)
    ledger.write(destination.id, {message.path: record}, f"sending {message.label} to {destination.id}")

    def progress(posts: list[dict[str, Any]]) -> None:
        record["posts"] = list(posts)
        ledger.write(destination.id, {message.path: dict(record)},
                     f"posted part {len(posts)} of {message.label} to {destination.id}")

    try:
        outcome = sender.send(message.content, earlier, thread, progress)
    except DeliveryFailed as failure:
        return _failed(message, record, ledger, failure.message)
    except LedgerError:
        raise
    except Exception as error:  # noqa: BLE001 - a client's surprise must not stop the other destinations
        return _failed(message, record, ledger, f"unexpected error: {type(error).__name__}: {error}")
    record.update(state="sent", posts=outcome.posts, finished=datetime.now(UTC).isoformat(), notes=outcome.notes)
    record.pop("error", None)
    ledger.write(destination.id, {message.path: record}, f"sent {message.label} to {destination.id}")
    detail = "; ".join(outcome.notes)
    if earlier is not None and earlier.get("state") == "sending" and destination.channel in ("email", "webhook"):
        detail = "; ".join(filter(None, [detail, "sent again after an interrupted run (docs/delivery.md)"]))
    return Result(destination, "sent", message, detail, outcome.posts)


def _failed(message: Message, record: dict[str, Any], ledger: Ledger, why: str) -> Result:
    record.update(state="failed", error=why, failed=datetime.now(UTC).isoformat())
    ledger.write(message.destination.id, {message.path: record},
                 f"failed {message.label} to {message.destination.id}")
    return Result(message.destination, "failed", message, why + "; it is tried again on the next run")
