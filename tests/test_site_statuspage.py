"""The /api/v2/ files as a Statuspage client reads them: Statuspage's field names, its
enums, times with offsets, the page indicator following the worst unresolved impact."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_site_support import build, statement

SITE = "https://status.calypso-pay.example"
FILES = ["summary.json", "status.json", "incidents.json", "incidents/unresolved.json"]
INCIDENT_FIELDS = {"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact",
                   "shortlink", "started_at", "page_id", "incident_updates", "components",
                   "postmortem_body", "postmortem_body_last_updated_at", "postmortem_published_at"}
UPDATE_FIELDS = {"id", "status", "body", "incident_id", "created_at", "updated_at", "display_at",
                 "affected_components", "deliver_notifications", "custom_tweet", "tweet_id"}
STATUSES = {"investigating", "identified", "monitoring", "resolved", "postmortem"}
IMPACTS = {"none", "minor", "major", "critical", "maintenance"}
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("api"))


def api(site: Path, name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((site / "api/v2" / name).read_text("utf-8"))


@pytest.mark.parametrize("name", FILES)
def test_every_file_has_statuspage_page_object(site: Path, name: str) -> None:
    page = api(site, name)["page"]
    assert set(page) == {"id", "name", "url", "time_zone", "updated_at"}
    assert page["url"] == SITE and page["name"] == "Calypso Pay status" and page["time_zone"] == "Europe/Paris"
    assert page["updated_at"] == "2026-11-20T10:50:00.000+01:00"


def test_summary_has_statuspage_shape_and_the_ongoing_incident(site: Path) -> None:
    summary = api(site, "summary.json")
    assert set(summary) == {"page", "components", "incidents", "scheduled_maintenances", "status"}
    assert summary["status"] == {"indicator": "major", "description": "Partial System Outage"}
    assert [i["id"] for i in summary["incidents"]] == ["2026-11-20-card-payments"]
    assert api(site, "status.json")["status"] == summary["status"]
    assert api(site, "incidents/unresolved.json")["incidents"] == summary["incidents"]


def test_incidents_carry_statuspage_fields_and_enums(site: Path) -> None:
    incidents = api(site, "incidents.json")["incidents"]
    assert [i["id"] for i in incidents] == ["2026-11-20-card-payments", "2026-11-18-retard-cartes-fidelite",
                                            "2026-10-02-merchant-data-exposure"]
    for incident in incidents:
        assert set(incident) == INCIDENT_FIELDS
        assert incident["status"] in STATUSES and incident["impact"] in IMPACTS
        for key in ("created_at", "updated_at", "started_at"):
            assert TIMESTAMP.match(incident[key]), incident[key]
        for update in incident["incident_updates"]:
            assert set(update) == UPDATE_FIELDS
            assert update["status"] in STATUSES and update["incident_id"] == incident["id"]
            assert TIMESTAMP.match(update["created_at"]) and TIMESTAMP.match(update["display_at"])
    card, loyalty, breach = incidents
    assert card["impact"] == "major" and card["status"] == "monitoring" and card["resolved_at"] is None
    assert card["monitoring_at"] == "2026-11-20T10:50:00.000+01:00"
    assert card["shortlink"] == SITE + "/statements/2026-11-20-card-payments/"
    assert [u["status"] for u in card["incident_updates"]] == ["monitoring", "identified", "investigating"]
    assert card["incident_updates"][-1]["body"] == (
        "We know that card payments are failing at checkout and we are investigating.")
    assert breach["impact"] == "critical" and breach["resolved_at"] == "2026-10-04T18:00:00.000+02:00"
    assert loyalty["impact"] == "minor" and loyalty["name"] == "Retard d'envoi des cartes de fidélité"
    assert loyalty["shortlink"] == SITE + "/fr/statements/2026-11-18-retard-cartes-fidelite/"


def test_indicator_is_none_when_all_is_resolved(tmp_path: Path) -> None:
    site = build(tmp_path, drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert api(site, "status.json")["status"] == {"indicator": "none", "description": "All Systems Operational"}
    assert api(site, "incidents/unresolved.json")["incidents"] == []


def test_indicator_follows_the_worst_unresolved_impact(tmp_path: Path) -> None:
    critical = statement(title="Total outage", severity="critical")
    site = build(tmp_path, extra={"2026-11-19-outage.md": critical})
    assert api(site, "status.json")["status"] == {"indicator": "critical", "description": "Major System Outage"}
    assert [i["impact"] for i in api(site, "incidents/unresolved.json")["incidents"]] == ["major", "critical"]
