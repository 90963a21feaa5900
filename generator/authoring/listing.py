"""Rows for `onevoice list`: the state of every statement at a glance, as data (JSON, ISO 8601
times) and as text for people (times as every command prints them)."""

from __future__ import annotations

from datetime import datetime

from generator.core.dates import format_for_people
from generator.core.model import Incident, Settings
from generator.reading.kinds import kind as crisis_kind


def _ordered(incidents: list[Incident]) -> list[Incident]:
    """Ongoing first, then resolved; newest activity first in each."""
    def newest(incident: Incident) -> datetime:
        return incident.primary.last_update.at

    ongoing = sorted((i for i in incidents if not i.primary.resolved), key=newest, reverse=True)
    done = sorted((i for i in incidents if i.primary.resolved), key=newest, reverse=True)
    return ongoing + done


def _promise(incident: Incident) -> datetime | None:
    statement = incident.primary
    return statement.next_update if statement.next_update and not statement.resolved else None


def statement_rows(incidents: list[Incident], settings: Settings, now: datetime) -> list[dict[str, object]]:
    zone = settings.timezone
    rows: list[dict[str, object]] = []
    for incident in _ordered(incidents):
        statement = incident.primary
        promise = _promise(incident)
        rows.append({
            "slug": incident.slug,
            "title": statement.title,
            "severity": statement.severity.value,
            "status": statement.status.value,
            # (The kind the documents fit: as the front matter says, else read from the text.)
            "kind": statement.kind.value if statement.kind.value == "maintenance" else crisis_kind(statement),
            "resolved": statement.resolved,  # resolved, or a maintenance completed
            "languages": incident.langs,
            "draft": incident.draft,
            "started": statement.started.astimezone(zone).isoformat(),
            "last_update": statement.last_update.at.astimezone(zone).isoformat(),
            "next_update": promise.astimezone(zone).isoformat() if promise else None,
            "overdue": bool(promise and promise < now),
        })
    return rows


def text_rows(incidents: list[Incident], settings: Settings, now: datetime) -> str:
    zone = settings.timezone
    blocks = []
    for incident in _ordered(incidents):
        statement, promise = incident.primary, _promise(incident)
        flag = "  OVERDUE" if promise and promise < now else ""
        blocks.append(
            f"{incident.slug}  [{statement.severity.value}, {statement.status.value}]  {','.join(incident.langs)}"
            f"{' DRAFT' if incident.draft else ''}\n    {statement.title}\n"
            f"    last update {format_for_people(statement.last_update.at, zone)}  "
            f"next update {format_for_people(promise, zone) if promise else '-'}{flag}")
    return "\n".join(blocks)
