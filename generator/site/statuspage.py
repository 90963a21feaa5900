"""Renderer stage, site part 6: incidents → a static, Statuspage-compatible API under
`/api/v2/`, so the clients, bots and aggregators that read Atlassian Statuspage's public API
read this site unchanged.

Files: `summary.json`, `status.json`, `incidents.json` (the 50 newest, as Statuspage
serves), `incidents/unresolved.json`. Field names and values are Statuspage's; onevoice has
no components or scheduled maintenance, so those lists are empty. Each incident is the
statement in the site's default language when it exists, else its first language.

How onevoice's values map to Statuspage's:

| onevoice | Statuspage |
|---|---|
| severity `minor` / `major` / `critical` | incident `impact` `minor` / `major` / `critical` |
| update status (investigating, identified, monitoring, resolved) | the same `status` words |
| `## Postmortem` on a resolved statement | incident `status` `postmortem`, `postmortem_body` (plain text), `postmortem_published_at` = the statement's last change |
| no unresolved incident | page `status.indicator` `none`, "All Systems Operational" |
| unresolved incidents | `indicator` = the highest `impact` among them: `minor` "Minor Service Outage", `major` "Partial System Outage", `critical` "Major System Outage" |
| slug | incident `id`; update ids are `<slug>-<update anchor>` |
| statement URL | `shortlink` |
| `started` | `started_at`; `created_at` is the first update's time |

Times are ISO 8601 with milliseconds and the site zone's offset, like Statuspage's."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

from generator.model import Incident, Settings, Statement, Status
from generator.site.context import update_anchor
from generator.text import markdown_to_plain

IMPACT_BY_SEVERITY = {"minor": "minor", "major": "major", "critical": "critical"}
INDICATOR_DESCRIPTIONS = {
    "none": "All Systems Operational",
    "minor": "Minor Service Outage",
    "major": "Partial System Outage",
    "critical": "Major System Outage",
}
INDICATOR_RANK = {"none": 0, "minor": 1, "major": 2, "critical": 3}
INCIDENTS_LIMIT = 50  # Statuspage's incidents.json lists the 50 most recent


def timestamp(moment: datetime, settings: Settings) -> str:
    return moment.astimezone(settings.timezone).isoformat(timespec="milliseconds")


def page_id(settings: Settings) -> str:
    """A stable page id: the site's host (Statuspage's are random; clients treat them as opaque)."""
    return urlsplit(settings.site_url).netloc or settings.site_name


def api_statement(incident: Incident, settings: Settings) -> Statement:
    return incident.translations.get(settings.default_language) or incident.primary


def incident_object(statement: Statement, settings: Settings) -> dict[str, object]:
    monitoring = [u.at for u in statement.updates if u.status is Status.MONITORING]
    updates = [
        {
            "id": f"{statement.slug}-{update_anchor(update)}",
            "status": update.status.value,
            "body": markdown_to_plain(update.text),
            "incident_id": statement.slug,
            "created_at": timestamp(update.at, settings),
            "updated_at": timestamp(update.modified, settings),
            "display_at": timestamp(update.at, settings),
            "affected_components": None,
            "deliver_notifications": True,
            "custom_tweet": None,
            "tweet_id": None,
        }
        for update in statement.updates
    ]
    postmortem, postmortem_at = statement.postmortem, statement.postmortem_at
    published = timestamp(postmortem_at, settings) if postmortem_at else None
    return {
        "id": statement.slug,
        "name": statement.title,
        # Statuspage moves a resolved incident to `postmortem` once its postmortem is out.
        "status": "postmortem" if postmortem else statement.status.value,
        "created_at": timestamp(statement.first_update.at, settings),
        "updated_at": timestamp(statement.modified, settings),
        "monitoring_at": timestamp(min(monitoring), settings) if monitoring else None,
        "resolved_at": timestamp(statement.resolved_at, settings) if statement.resolved_at else None,
        "impact": IMPACT_BY_SEVERITY[statement.severity.value],
        "postmortem_body": markdown_to_plain(postmortem.text) if postmortem else None,
        "postmortem_body_last_updated_at": published,
        "postmortem_published_at": published,
        "shortlink": settings.statement_url(statement.slug, statement.lang),
        "started_at": timestamp(statement.started, settings),
        "page_id": page_id(settings),
        "incident_updates": updates,
        "components": [],
    }


def _newest_first(statements: list[Statement]) -> list[Statement]:
    return sorted(statements, key=lambda s: (-s.first_update.at.timestamp(), s.slug))


def api_files(incidents: list[Incident], settings: Settings, now: datetime) -> dict[str, bytes]:
    """Relative path under the site root → file content, for every `/api/v2/` file."""
    statements = _newest_first([api_statement(incident, settings) for incident in incidents])
    unresolved = [s for s in statements if not s.resolved]
    updated = max((s.modified for s in statements), default=now)
    page = {
        "id": page_id(settings),
        "name": settings.site_name,
        "url": settings.site_url.rstrip("/"),
        "time_zone": settings.timezone.key,
        "updated_at": timestamp(updated, settings),
    }
    indicator = max((IMPACT_BY_SEVERITY[s.severity.value] for s in unresolved), key=INDICATOR_RANK.__getitem__,
                    default="none")
    status = {"indicator": indicator, "description": INDICATOR_DESCRIPTIONS[indicator]}
    open_incidents = [incident_object(s, settings) for s in unresolved]
    documents: dict[str, object] = {
        "api/v2/summary.json": {
            "page": page,
            "components": [],
            "incidents": open_incidents,
            "scheduled_maintenances": [],
            "status": status,
        },
        "api/v2/status.json": {"page": page, "status": status},
        "api/v2/incidents.json": {
            "page": page,
            "incidents": [incident_object(s, settings) for s in statements[:INCIDENTS_LIMIT]],
        },
        "api/v2/incidents/unresolved.json": {"page": page, "incidents": open_incidents},
    }
    return {path: (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            for path, doc in documents.items()}
