"""Planned maintenance, as its author and its readers meet it: announced with `onevoice new
--kind maintenance`, started and completed with `onevoice update`, shown as planned, then under
way, then in the history, on the home page and in the Statuspage API; refused with a clear
message where it is mistaken for an incident."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.test_site_support import build, build_root, maintenance, read, statement

SLUG = "2026-11-28-database-upgrade-for-online-payments"
FILE = f"statements/{SLUG}.md"
FILLED = {
    "[WHAT PEOPLE WILL NOTICE DURING THE WORK]": "Online payments may be refused for up to ten minutes.",
    "[THE WORK AND WHAT IT BRINGS]": "We are moving the payments database to faster servers.",
    "[WHAT PEOPLE SHOULD DO, OR THAT NOTHING IS NEEDED]": "Nothing is needed.",
}


def run(monkeypatch: pytest.MonkeyPatch, at: str, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", at)
    return CliRunner().invoke(main, list(args))


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def section(html: str, heading_id: str) -> str:
    """The text of the home page's section whose heading has this id."""
    start = html.index(f'id="{heading_id}"')
    return text_of(html[start:html.index("</section>", start)])


def api(site: Path, name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((site / "api/v2" / name).read_text("utf-8"))


def ids(document: dict, key: str = "scheduled_maintenances") -> list[str]:  # type: ignore[type-arg]
    return [item["id"] for item in document[key]]


def test_a_maintenance_goes_from_new_to_scheduled_in_progress_completed(project: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Announced a week ahead: the notice is `scheduled`, with its window and no next_update.
    created = run(monkeypatch, "2026-11-28T10:00:00+01:00", "new", "Database upgrade for online payments",
                  "--kind", "maintenance", "--scheduled-for", "2026-12-03 22:00",
                  "--scheduled-until", "2026-12-04 01:00", "--affected", "Online payments")
    assert created.exit_code == 0, created.output
    assert "Window: 2026-12-03 22:00 to 2026-12-04 01:00 CET" in created.output
    path = project / FILE
    text = path.read_text()
    for expected in ("kind: maintenance", "severity: minor", "started: 2026-11-28 10:00",
                     "scheduled_for: 2026-12-03 22:00", "scheduled_until: 2026-12-04 01:00",
                     "### 2026-11-28 10:00 · scheduled",
                     "from 3 December 2026, 22:00 CET to 4 December 2026, 01:00 CET"):
        assert expected in text
    assert "next_update" not in text and "sorry" not in text.lower()
    for slot, words in FILLED.items():
        text = text.replace(slot, words)
    path.write_text(text)

    site = build_root(project, tmp_path / "planned", datetime.fromisoformat("2026-11-28T10:05:00+01:00"))
    assert ids(api(site, "scheduled-maintenances/upcoming.json")) == [SLUG]
    assert ids(api(site, "scheduled-maintenances/active.json")) == []
    assert "Database upgrade for online payments" in section(read(site, "index.html"), "maintenance")

    started = run(monkeypatch, "2026-12-03T22:02:00+01:00", "update", SLUG, "--status", "in_progress",
                  "-m", "The upgrade has started.")
    assert started.exit_code == 0, started.output
    assert "### 2026-12-03 22:02 · in progress" in path.read_text()
    site = build_root(project, tmp_path / "under-way", datetime.fromisoformat("2026-12-03T22:10:00+01:00"))
    assert ids(api(site, "scheduled-maintenances/upcoming.json")) == []
    assert ids(api(site, "scheduled-maintenances/active.json")) == [SLUG]
    online = next(c for c in api(site, "components.json")["components"] if c["name"] == "Online payments")
    assert online["status"] == "under_maintenance"
    home = read(site, "index.html")
    assert "Database upgrade for online payments" in section(home, "ongoing")
    assert "Database upgrade" not in section(home, "maintenance")

    done = run(monkeypatch, "2026-12-04T00:41:00+01:00", "update", SLUG, "--status", "completed",
               "-m", "The upgrade is complete.")
    assert done.exit_code == 0, done.output
    site = build_root(project, tmp_path / "done", datetime.fromisoformat("2026-12-04T00:45:00+01:00"))
    assert ids(api(site, "scheduled-maintenances/active.json")) == []
    assert ids(api(site, "scheduled-maintenances/upcoming.json")) == []
    listed = api(site, "scheduled-maintenances.json")["scheduled_maintenances"]
    assert [(m["id"], m["status"], m["resolved_at"]) for m in listed] == [
        (SLUG, "completed", "2026-12-04T00:41:00.000+01:00")]
    assert [u["status"] for u in listed[0]["incident_updates"]] == ["completed", "in_progress", "scheduled"]
    assert "Database upgrade for online payments" in section(read(site, "index.html"), "recent")
    assert "December 2026 Database upgrade for online payments" in text_of(read(site, "history/index.html"))
    # a maintenance is not an incident: incidents.json never lists it
    assert SLUG not in ids(api(site, "incidents.json"), "incidents")
    # `onevoice list` counts it as done: after the ongoing incident, not before
    rows = json.loads(run(monkeypatch, "2026-12-04T00:45:00+01:00", "list", "--format", "json").stdout)["statements"]
    assert [(r["slug"], r["kind"], r["resolved"]) for r in rows][:2] == [
        ("2026-11-20-card-payments", "outage", False), (SLUG, "maintenance", True)]


def test_a_maintenance_cannot_be_resolved_like_an_incident(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / FILE).write_text(maintenance(title="Database upgrade for online payments"))
    before = (project / FILE).read_bytes()
    result = run(monkeypatch, "2026-11-20T11:30:00+01:00", "resolve", SLUG, "-m", "Done.")
    assert result.exit_code == 2
    assert f"error: 'resolved' is not a status for a planned maintenance ({FILE})" in result.output
    assert f"onevoice update {SLUG} --status completed" in result.output
    assert (project / FILE).read_bytes() == before


def test_a_maintenance_without_its_window_is_refused_before_anything_is_written(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(monkeypatch, "2026-11-20T11:30:00+01:00", "new", "Upgrade", "--kind", "maintenance")
    assert result.exit_code == 2
    assert "a maintenance needs its window" in result.output and "--scheduled-for" in result.output
    assert not list((project / "statements").glob("*upgrade*"))


@pytest.mark.parametrize(("front", "line", "message"), [
    ("kind: maintenance\nscheduled_for: 2026-11-24 22:00\n", 1,
     "a maintenance needs `scheduled_until`"),
    ("kind: maintenance\nscheduled_for: 2026-11-24 22:00\nscheduled_until: 2026-11-24 21:00\n", 7,
     "`scheduled_until` must be after `scheduled_for`"),
    ("scheduled_for: 2026-11-24 22:00\n", 5, "`scheduled_for` is for planned maintenance"),
    ("kind: maintenace\n", 5, "unknown kind 'maintenace'"),
])
def test_a_wrong_window_or_kind_is_an_error_at_its_line(project: Path, front: str, line: int, message: str) -> None:
    text = statement(extra=front)
    (project / "statements" / "2026-11-19-work.md").write_text(text)
    result = CliRunner().invoke(main, ["check", "statements/2026-11-19-work.md"])
    assert result.exit_code == 1
    assert f"statements/2026-11-19-work.md:{line}:" in result.output and message in result.output, result.output


def test_an_incident_status_in_a_maintenance_is_an_error_with_the_statuses_to_use(project: Path) -> None:
    text = maintenance(updates=(("2026-11-19 11:00", "identified", "Oops."), ("2026-11-19 10:00", "scheduled", "Planned.")))
    (project / "statements" / "2026-11-19-work.md").write_text(text)
    result = CliRunner().invoke(main, ["check", "statements/2026-11-19-work.md"])
    assert result.exit_code == 1
    line = text.splitlines().index("### 2026-11-19 11:00 · identified") + 1
    assert (f"statements/2026-11-19-work.md:{line}:5: error: 'identified' is an incident status, and this "
            "statement is a planned maintenance") in result.output
    assert "scheduled, in progress, verifying or completed" in result.output


def test_french_maintenance_words_are_read_and_shown_in_french(tmp_path: Path) -> None:
    french = maintenance(title="Mise à niveau de la base", affected="Paiements en ligne",
                         summary="Nous mettrons à niveau la base des paiements en ligne.",
                         updates=(("2026-11-20 10:00", "en cours", "Les travaux ont commencé."),
                                  ("2026-11-19 10:00", "planifiée", "Travaux prévus.")))
    site = build(tmp_path, extra={"2026-11-19-base.fr.md": french})
    page = text_of(read(site, "fr/statements/2026-11-19-base/index.html"))
    assert "Statut : En cours" in page and "Type : Maintenance planifiée" in page
    assert "Prévue du 24 novembre 2026 à 22 h au 25 novembre 2026 à 1 h, heure de Paris" in page
    assert "Paiements en ligne En maintenance" in page
    assert "Maintenance en cours" not in text_of(read(site, "fr/index.html"))  # an incident is ongoing too
    assert api(site, "scheduled-maintenances/active.json")["scheduled_maintenances"][0]["status"] == "in_progress"


def test_a_maintenance_has_no_press_release_unless_it_asks(tmp_path: Path) -> None:
    plain = maintenance(title="Quiet upgrade")
    asked = maintenance(title="Upgrade announced to the press", extra="press_release: true\n")
    site = build(tmp_path, extra={"2026-11-19-quiet.md": plain, "2026-11-19-loud.md": asked})
    assert not (site / "press/2026-11-19-quiet").exists()
    assert (site / "press/2026-11-19-loud/index.html").is_file()
    newsroom = text_of(read(site, "press/index.html"))
    assert "Upgrade announced to the press" in newsroom and "Quiet upgrade" not in newsroom
    assert "Press release" not in text_of(read(site, "statements/2026-11-19-quiet/index.html")).split("Summary")[0]


def test_a_major_maintenance_needs_no_apology_but_an_unfinished_one_past_its_window_is_late(project: Path) -> None:
    work = maintenance(summary="We will replace the card terminals' software. Card payments at the till stop "
                               "for an hour.", extra="severity: major\n",
                       updates=(("2026-11-20 09:00", "in progress", "The work has started."),
                                ("2026-11-19 10:00", "scheduled", "Planned.")),
                       start="2026-11-20 09:00", end="2026-11-20 10:00")
    (project / "statements" / "2026-11-19-terminals.md").write_text(work)
    result = CliRunner().invoke(main, ["check", "statements/2026-11-19-terminals.md", "--format", "json"])
    rules = {p["rule"] for p in json.loads(result.stdout)["problems"]}
    assert not rules & {"no-empathy", "no-acknowledgement", "no-spokesperson-quote", "no-next-update"}
    assert "overdue-update" in rules  # the clock (11:30) is past the window's end (10:00)
    late = next(p for p in json.loads(result.stdout)["problems"] if p["rule"] == "overdue-update")
    assert "the maintenance window ended at 2026-11-20 10:00 and it is not marked completed: it is 1 h 30 min late" \
        == late["message"]


def test_a_maintenance_running_past_its_window_is_reported_late_even_by_a_cached_check(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = maintenance(start="2026-11-20 09:00", end="2026-11-20 12:00",
                       updates=(("2026-11-20 09:00", "in progress", "Started."),
                                ("2026-11-19 10:00", "scheduled", "Planned.")))
    (project / "statements" / "2026-11-19-upgrade.md").write_text(work)

    def late_messages(at: str) -> list[str]:
        result = run(monkeypatch, at, "check", "statements/2026-11-19-upgrade.md", "--format", "json")
        return [p["message"] for p in json.loads(result.stdout)["problems"] if p["rule"] == "overdue-update"]

    assert late_messages("2026-11-20T11:30:00+01:00") == []  # within the window (and now cached)
    assert late_messages("2026-11-20T12:30:00+01:00") == [
        "the maintenance window ended at 2026-11-20 12:00 and it is not marked completed: it is 30 min late"]
