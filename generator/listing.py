"""Rows for `onevoice list`: the state of every statement at a glance."""

from __future__ import annotations

from datetime import datetime

from generator.model import Incident, Settings


def statement_rows(incidents: list[Incident], settings: Settings, now: datetime) -> list[dict[str, object]]:
    zone = settings.timezone
    rows = []
    for incident in incidents:
        statement = incident.primary
        promise = statement.next_update
        rows.append({
            "slug": incident.slug,
            "title": statement.title,
            "severity": statement.severity.value,
            "status": statement.status.value,
            "kind": statement.kind.value,
            "resolved": statement.resolved,  # resolved, or a maintenance completed
            "languages": incident.langs,
            "draft": incident.draft,
            "started": statement.started.astimezone(zone).isoformat(),
            "last_update": statement.last_update.at.astimezone(zone).isoformat(),
            "next_update": promise.astimezone(zone).isoformat() if promise and not statement.resolved else None,
            "overdue": bool(promise and not statement.resolved and promise < now),
        })
    # Ongoing first, then newest activity first.
    ongoing = [r for r in rows if not r["resolved"]]
    done = [r for r in rows if r["resolved"]]
    ongoing.sort(key=lambda r: str(r["last_update"]), reverse=True)
    done.sort(key=lambda r: str(r["last_update"]), reverse=True)
    return ongoing + done
