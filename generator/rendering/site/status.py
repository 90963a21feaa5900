"""Renderer stage, site part 0: the state of the whole page at build time, computed once per
build from the published statements: each component's status, the overall indicator, the
planned maintenance. The status API (`statuspage`) and the pages (`context`) both read it, so
the home page's banner and `summary.json` can never disagree.

Statuses come from the statement in the site's default language (else its first language):
translations carry the same updates, so the same statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from generator.reading.components import (Effect, Group, current_statuses, effects, grouped, restored,
                                         service_down, site_components)
from generator.core.model import MAINTENANCE_UNDER_WAY, Component, Incident, Settings, Statement, Status

# Statuspage's page indicator, from best to worst; `maintenance` only when nothing is wrong.
INDICATOR_RANK = {"none": 0, "maintenance": 0, "minor": 1, "major": 2, "critical": 3}
INDICATOR_DESCRIPTIONS = {
    "none": "All Systems Operational",
    "maintenance": "Service Under Maintenance",
    "minor": "Minor Service Outage",
    "major": "Partial System Outage",
    "critical": "Major System Outage",
}
# What is in force while the services work (the API speaks English, like Statuspage's own words).
NOTICE_DESCRIPTIONS = {"breach": "Personal Data Incident Notice in Force", "recall": "Product Recall in Force",
                       "safety": "Safety Notice in Force", "": "Important Notice in Force"}
# A component's status, as the page indicator it implies.
COMPONENT_INDICATOR = {"operational": "none", "under_maintenance": "none", "degraded_performance": "minor",
                       "partial_outage": "major", "major_outage": "critical"}


def api_statement(incident: Incident, settings: Settings) -> Statement:
    """The statement that speaks for an incident in the API: the default language's, else the first."""
    return incident.translations.get(settings.default_language) or incident.primary


def upcoming(statement: Statement) -> bool:
    return statement.maintenance and statement.status is Status.SCHEDULED


def under_way(statement: Statement) -> bool:
    return statement.maintenance and statement.status in MAINTENANCE_UNDER_WAY


def open_incident(statement: Statement) -> bool:
    return not statement.maintenance and not statement.resolved


@dataclass(frozen=True)
class SiteStatus:
    """What the whole page says at `now`."""

    components: tuple[Component, ...]
    groups: tuple[Group, ...]
    effects: tuple[Effect, ...]
    statuses: dict[str, str]  # component id -> status
    indicator: str  # none, maintenance, minor, major, critical
    statements: tuple[Statement, ...]  # one per incident (api_statement), slug order
    now: datetime

    @property
    def description(self) -> str:
        """Statuspage's words for the indicator; while a breach, a recall or a safety notice is
        in force and nothing is down, never "All Systems Operational" alone, which the page's
        banner would contradict."""
        from generator.reading.components import service_down
        from generator.reading.kinds import kind

        notices = {kind(s) for s in self.statements if open_incident(s) and not service_down(s)}
        if self.indicator != "none" or not notices:
            return INDICATOR_DESCRIPTIONS[self.indicator]
        said = NOTICE_DESCRIPTIONS.get(next(iter(notices)), NOTICE_DESCRIPTIONS[""]) if len(notices) == 1 \
            else NOTICE_DESCRIPTIONS[""]
        return f"Services Operational; {said}"

    def group_status(self, group: Group) -> str:
        from generator.reading.components import worst

        return worst(self.statuses[c.id] for c in group.components)

    @property
    def only_monitoring(self) -> bool:
        """Every outage under way is at its monitoring stage and every service works: the page
        says the services are back and watched, never "Degraded service"."""
        down = [s for s in self.statements if open_incident(s) and service_down(s)]
        return bool(down) and all(map(restored, down)) and all(
            status in ("operational", "under_maintenance") for status in self.statuses.values())

    def watched(self) -> set[str]:
        """The ids of the components an outage at its monitoring stage names."""
        return {e.component.id for e in self.effects
                if open_incident(e.statement) and service_down(e.statement) and restored(e.statement)}

    def components_of(self, statement: Statement) -> tuple[Component, ...]:
        """The components `statement` names, in the order it names them."""
        named = {e.component.id: e.component for e in self.effects if e.statement.slug == statement.slug}
        return tuple(named.values())


def _component_indicator(component_id: str, status: str, found: tuple[Effect, ...], statuses: dict[str, str]) -> str:
    """The page indicator one component's status implies. A component kept down once every
    statement naming it is closed (a slide shut after its accident, the investigation over)
    while other components work is part of the service closed, not a major outage under way:
    "Partial System Outage", as Statuspage says of one site down among many."""
    implied = COMPONENT_INDICATOR[status]
    if implied != "critical" or all(s == "major_outage" for s in statuses.values()):
        return implied
    if any(e.component.id == component_id and open_incident(e.statement) for e in found):
        return implied
    return "major"


def site_status(incidents: list[Incident], settings: Settings, now: datetime) -> SiteStatus:
    statements = tuple(api_statement(incident, settings) for incident in sorted(incidents, key=lambda i: i.slug))
    others = [translation for incident in incidents for lang, translation in incident.translations.items()
              if lang != api_statement(incident, settings).lang]
    components = site_components(settings, statements, others)
    found = tuple(effects(components, statements))
    statuses = current_statuses(components, list(found))
    # The page's indicator says how the services work: a breach, a recall or a safety notice
    # under way does not make them "down" (the banner says there is a notice: home.banner).
    # (An outage at its monitoring stage keeps its impact, as on Statuspage; its components
    # work again, and the banner says so: `only_monitoring`.)
    worst_impact = max((s.severity.value for s in statements if open_incident(s) and service_down(s)),
                       key=INDICATOR_RANK.__getitem__, default="none")
    from_components = max((_component_indicator(component_id, status, found, statuses)
                           for component_id, status in statuses.items()),
                          key=INDICATOR_RANK.__getitem__, default="none")
    indicator = max(worst_impact, from_components, key=INDICATOR_RANK.__getitem__)
    if indicator == "none" and any(under_way(s) for s in statements):
        indicator = "maintenance"
    return SiteStatus(components, tuple(grouped(components, settings.default_language)), found, statuses,
                      indicator, statements, now)
