"""The postmortem on the site (issue 9, item 3): a statement's `## Postmortem` section
(`## Analyse après incident`) is published on its page, in the feeds and in the
Statuspage-compatible API, the way Statuspage's clients read it.

Statuspage's public API (`/api/v2/incidents.json`) gives an incident whose postmortem is
published the status `postmortem` (its list of statuses: investigating, identified,
monitoring, resolved, postmortem), keeps `resolved_at`, and carries `postmortem_body`,
`postmortem_body_last_updated_at` and `postmortem_published_at`; an incident without one has
those fields null. `incidents/unresolved.json` lists only investigating, identified and
monitoring incidents."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import feedparser
import pytest

from generator.core import clock

RESOLVED = "2026-10-02-merchant-data-exposure"
ONGOING = "2026-11-20-card-payments"
POSTMORTEM_WORDS = "The report query lacked a filter on the merchant account."


@pytest.fixture
def site(settings) -> Path:  # type: ignore[no-untyped-def]
    from generator.publishing.build import build

    result = build(settings, now=clock.now())
    return result.site_dir


def _incidents(site: Path, name: str = "incidents.json") -> dict[str, dict]:  # type: ignore[type-arg]
    data = json.loads((site / "api" / "v2" / name).read_text(encoding="utf-8"))
    return {incident["id"]: incident for incident in data["incidents"]}


def test_the_statement_page_shows_the_postmortem(site: Path) -> None:
    page = (site / "statements" / RESOLVED / "index.html").read_text(encoding="utf-8")
    assert ">Postmortem<" in page
    assert POSTMORTEM_WORDS in page


def test_the_status_api_gives_the_postmortem_the_way_statuspage_does(site: Path) -> None:
    incident = _incidents(site)[RESOLVED]
    assert incident["status"] == "postmortem"
    assert incident["resolved_at"] == "2026-10-04T18:00:00.000+02:00"  # the resolved update, kept
    assert POSTMORTEM_WORDS in incident["postmortem_body"]
    published = datetime.fromisoformat(incident["postmortem_published_at"])
    assert published >= datetime.fromisoformat(incident["resolved_at"])
    assert datetime.fromisoformat(incident["postmortem_body_last_updated_at"]) >= published
    assert RESOLVED not in _incidents(site, "incidents/unresolved.json")


def test_an_incident_without_postmortem_has_null_postmortem_fields(site: Path) -> None:
    incident = _incidents(site)[ONGOING]
    assert incident["status"] == "monitoring"
    assert incident["postmortem_body"] is None
    assert incident["postmortem_published_at"] is None


@pytest.mark.parametrize("feed", ["feed.atom", f"statements/{RESOLVED}/feed.atom"])
def test_the_feeds_carry_the_postmortem(site: Path, feed: str) -> None:
    parsed = feedparser.parse((site / feed).read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    carrying = [entry for entry in parsed.entries
                if any(POSTMORTEM_WORDS in content.value for content in entry.get("content", []))
                or POSTMORTEM_WORDS in entry.get("summary", "")]
    assert len(carrying) == 1, [entry.title for entry in parsed.entries]
    assert carrying[0].link.startswith(f"https://status.calypso-pay.example/statements/{RESOLVED}/")


def test_the_json_feed_carries_the_postmortem(site: Path) -> None:
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    carrying = [item for item in items if POSTMORTEM_WORDS in item.get("content_html", "")
                + item.get("content_text", "")]
    assert len(carrying) == 1
