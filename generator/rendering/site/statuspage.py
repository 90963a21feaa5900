"""Renderer stage, site part 6: incidents → a static, Statuspage-compatible API under
`/api/v2/`, so the clients, bots, widgets and aggregators that read Atlassian Statuspage's
public API read this site unchanged. Every field and value is listed, with where it comes
from, in docs/statuspage-api.md; the tests check every file against that list.

Files (the site's default language at `/api/v2/`, each other language under `/<lang>/api/v2/`):
`summary.json`, `status.json`, `components.json`, `incidents.json` (the 50 newest),
`incidents/unresolved.json`, `scheduled-maintenances.json` (the 50 newest),
`scheduled-maintenances/upcoming.json`, `scheduled-maintenances/active.json`.

Times are ISO 8601 with milliseconds and the site zone's offset, like Statuspage's."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlsplit

from generator.reading.components import OPERATIONAL, active_status
from generator.core.model import MAINTENANCE_UNDER_WAY, Component, Incident, Settings, Statement, Status, Update
from generator.rendering.site.context import lang_prefix, pick_statement, update_anchor
from generator.rendering.site.status import SiteStatus, open_incident, site_status, under_way, upcoming
from generator.core.text import markdown_to_plain

IMPACT_BY_SEVERITY = {"minor": "minor", "major": "major", "critical": "critical"}
LIST_LIMIT = 50  # Statuspage's incidents.json and scheduled-maintenances.json list the 50 most recent


def timestamp(moment: datetime, settings: Settings) -> str:
    return moment.astimezone(settings.timezone).isoformat(timespec="milliseconds")


def page_id(settings: Settings) -> str:
    """A stable page id: the site's host (Statuspage's are random; clients treat them as opaque)."""
    return urlsplit(settings.site_url).netloc or settings.site_name


class _Api:
    """The API of one language: statements in that language where they exist, component
    names in it; statuses from `SiteStatus` (the same in every language)."""

    def __init__(self, status: SiteStatus, incidents: list[Incident], settings: Settings, lang: str):
        self.status, self.settings, self.lang = status, settings, lang
        self.statements = [pick_statement(incident, lang) for incident in incidents]
        self.by_slug = {s.slug: s for s in status.statements}  # the statements statuses come from

    def time(self, moment: datetime) -> str:
        return timestamp(moment, self.settings)

    # -- components ------------------------------------------------------------------

    def _component_times(self, component: Component) -> tuple[datetime, datetime]:
        """created_at: the first update of the first statement naming it (else of any
        statement, else now); updated_at: the latest update of a statement naming it."""
        naming = [e.statement for e in self.status.effects if e.component.id == component.id]
        everything = naming or list(self.status.statements)
        created = min((s.first_update.at for s in everything), default=self.status.now)
        updated = max((s.modified for s in naming), default=created)
        return created, updated

    def component(self, component: Component, position: int, group_id: str | None) -> dict[str, object]:
        created, updated = self._component_times(component)
        description = component.description.get(self.lang) or component.description.get(
            self.settings.default_language)
        return {
            "id": component.id,
            "name": component.display(self.lang),
            "status": self.status.statuses[component.id],
            "created_at": self.time(created),
            "updated_at": self.time(updated),
            "position": position,
            "description": description,
            "showcase": False,  # no uptime bars: onevoice has no monitoring data
            "start_date": None,
            "group_id": group_id,
            "page_id": page_id(self.settings),
            "group": False,
            "only_show_if_degraded": False,
        }

    def components(self) -> list[dict[str, object]]:
        """Statuspage's order: by position; a group comes before its components, lists their
        ids and shows the worst of their statuses."""
        found: list[dict[str, object]] = []
        position = 1
        for group in self.status.groups:
            if not group.key:
                found.append(self.component(group.components[0], position, None))
                position += 1
                continue
            members = [self.component(c, position + 1 + i, group.id) for i, c in enumerate(group.components)]
            first = group.components[0]
            times = [self._component_times(c) for c in group.components]
            found.append({
                "id": group.id,
                "name": first.group_name(self.lang, self.settings.default_language),
                "status": self.status.group_status(group),
                "created_at": self.time(min(created for created, _ in times)),
                "updated_at": self.time(max(updated for _, updated in times)),
                "position": position,
                "description": None,
                "showcase": False,
                "start_date": None,
                "group_id": None,
                "page_id": page_id(self.settings),
                "group": True,
                "only_show_if_degraded": False,
                "components": [c.id for c in group.components],
            })
            found.extend(members)
            position += 1 + len(members)
        return found

    # -- incidents and maintenance ---------------------------------------------------

    def _changes(self, statement: Statement, update: Update,
                 named: tuple[Component, ...]) -> list[dict[str, str]] | None:
        """`affected_components` of an update: the components whose status it changed (the
        first update of an incident, the start and the end of a maintenance, the resolution)."""
        source = self.by_slug.get(statement.slug, statement)
        if not named:
            return None
        oldest_first = list(reversed(statement.updates))
        before = oldest_first[oldest_first.index(update) - 1] if update is not oldest_first[0] else None
        if statement.maintenance:
            first_under_way = next((u for u in oldest_first if u.status in MAINTENANCE_UNDER_WAY), None)
            starts, ends = update is first_under_way, update.status is Status.COMPLETED and first_under_way is not None
            if not (starts or ends):
                return None

        def shown(at: Update | None, during: str) -> str:
            """What the component showed after `at` (an incident): down until its fix is in
            ("monitoring", unless `component_status` says otherwise), operational once resolved."""
            if at is None or at.status is Status.RESOLVED:
                return OPERATIONAL
            return OPERATIONAL if at.status is Status.MONITORING and source.component_status is None else during

        changes = []
        for component in named:
            written = next(e.written for e in self.status.effects
                           if e.component.id == component.id and e.statement.slug == statement.slug)
            during = active_status(source, written)
            if statement.maintenance:
                old, new = (OPERATIONAL, during) if starts else (during, OPERATIONAL)
            else:
                old, new = shown(before, during), shown(update, during)
            if old != new:
                changes.append({"code": component.id, "name": component.display(self.lang),
                                "old_status": old, "new_status": new})
        return changes or None

    def incident(self, statement: Statement, components: dict[object, dict[str, object]]) -> dict[str, object]:
        source = self.by_slug.get(statement.slug, statement)
        named = self.status.components_of(source)
        monitoring = [u.at for u in statement.updates if u.status is Status.MONITORING]
        updates = [
            {
                "id": f"{statement.slug}-{update_anchor(update)}",
                "status": update.status.value,
                "body": markdown_to_plain(update.text),
                "incident_id": statement.slug,
                "created_at": self.time(update.at),
                "updated_at": self.time(update.modified),
                "display_at": self.time(update.at),
                "affected_components": self._changes(statement, update, named),
                "deliver_notifications": True,
                "custom_tweet": None,
                "tweet_id": None,
            }
            for update in statement.updates
        ]
        postmortem, postmortem_at = statement.postmortem, statement.postmortem_at
        published = self.time(postmortem_at) if postmortem_at else None
        found: dict[str, object] = {
            "id": statement.slug,
            "name": statement.title,
            # Statuspage moves a resolved incident to `postmortem` once its postmortem is out.
            "status": "postmortem" if postmortem and not statement.maintenance else statement.status.value,
            "created_at": self.time(statement.first_update.at),
            "updated_at": self.time(statement.modified),
            "monitoring_at": self.time(min(monitoring)) if monitoring else None,
            "resolved_at": self.time(statement.resolved_at) if statement.resolved_at else None,
            "impact": IMPACT_BY_SEVERITY[statement.severity.value],
            "postmortem_body": markdown_to_plain(postmortem.text) if postmortem else None,
            "postmortem_body_last_updated_at": published,
            "postmortem_published_at": published,
            "shortlink": self.settings.statement_url(statement.slug, statement.lang),
            "started_at": self.time(statement.started),
            "page_id": page_id(self.settings),
            "incident_updates": updates,
            "components": [components[c.id] for c in named],
        }
        if statement.maintenance and statement.scheduled_for and statement.scheduled_until:
            found["scheduled_for"] = self.time(statement.scheduled_for)
            found["scheduled_until"] = self.time(statement.scheduled_until)
        return found

    def files(self) -> dict[str, object]:
        settings = self.settings
        listed = self.components()
        by_id = {c["id"]: c for c in listed}
        newest = sorted(self.statements, key=lambda s: (-s.first_update.at.timestamp(), s.slug))
        # what the statuses come from
        source: Callable[[Statement], Statement] = lambda s: self.by_slug.get(s.slug, s)
        incidents = [s for s in newest if not s.maintenance]
        maintenances = sorted((s for s in self.statements if s.maintenance),
                              key=lambda s: (-_window_start(s).timestamp(), s.slug))
        soonest = sorted(maintenances, key=lambda s: (_window_start(s).timestamp(), s.slug))
        open_ = [self.incident(s, by_id) for s in incidents if open_incident(source(s))]
        planned = [self.incident(s, by_id) for s in soonest if upcoming(source(s))]
        active = [self.incident(s, by_id) for s in soonest if under_way(source(s))]
        updated = max((s.modified for s in self.statements), default=self.status.now)
        page = {
            "id": page_id(settings),
            "name": settings.site_title(self.lang),
            "url": (settings.site_url + lang_prefix(self.lang, settings)).rstrip("/"),
            "time_zone": settings.timezone.key,
            "updated_at": self.time(updated),
        }
        status = {"indicator": self.status.indicator, "description": self.status.description}
        return {
            "summary.json": {"page": page, "components": listed, "incidents": open_,
                             "scheduled_maintenances": active + planned, "status": status},
            "status.json": {"page": page, "status": status},
            "components.json": {"page": page, "components": listed},
            "incidents.json": {"page": page, "incidents": [self.incident(s, by_id) for s in incidents[:LIST_LIMIT]]},
            "incidents/unresolved.json": {"page": page, "incidents": open_},
            "scheduled-maintenances.json": {"page": page, "scheduled_maintenances":
                                            [self.incident(s, by_id) for s in maintenances[:LIST_LIMIT]]},
            "scheduled-maintenances/upcoming.json": {"page": page, "scheduled_maintenances": planned},
            "scheduled-maintenances/active.json": {"page": page, "scheduled_maintenances": active},
        }


def _window_start(statement: Statement) -> datetime:
    return statement.scheduled_for or statement.started


def api_files(incidents: list[Incident], settings: Settings, now: datetime,
              status: SiteStatus | None = None) -> dict[str, bytes]:
    """Relative path under the site root → file content, for every `/api/v2/` file of every language."""
    status = status or site_status(incidents, settings, now)
    files: dict[str, bytes] = {}
    for lang in settings.languages:
        prefix = f"{lang_prefix(lang, settings)}api/v2/"
        for name, document in _Api(status, incidents, settings, lang).files().items():
            files[prefix + name] = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def incident_object(statement: Statement, settings: Settings, now: datetime | None = None) -> dict[str, object]:
    """The `/api/v2/` incident object of one statement as it stands (what a Statuspage
    webhook carries), with its components as the page shows them."""
    from datetime import UTC

    moment = now or datetime.now(UTC)
    incidents = [Incident(statement.slug, {statement.lang: statement})]
    api = _Api(site_status(incidents, settings, moment), incidents, settings, statement.lang)
    by_id = {c["id"]: c for c in api.components()}
    return api.incident(statement, by_id)
