"""Every file under /api/v2/ (and /fr/api/v2/) against the field list docs/statuspage-api.md
writes down from Statuspage's documentation: each object has exactly the documented fields,
each value the documented type, each vocabulary only the documented values. The site holds
every kind of object: components and groups, an ongoing incident, resolved ones (one with a
postmortem), and a maintenance planned, one under way and one completed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_site_support import build, maintenance

DOC = REPO / "docs/statuspage-api.md"
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$")


def tables() -> tuple[dict[str, set[str]], dict[str, dict[str, tuple[str, set[str]]]]]:
    """(file → top-level fields, object → field → (type, allowed values)) read from the doc."""
    files: dict[str, set[str]] = {}
    objects: dict[str, dict[str, tuple[str, set[str]]]] = {}
    current = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{2,3} (.+)$", line)
        if heading:
            current = heading.group(1).strip()
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("| `") else []
        if not cells:
            continue
        if current == "Files":
            files[cells[0].strip("`")] = set(re.findall(r"`([a-z_]+)`", cells[1]))
        elif len(cells) >= 3:
            values = {v.strip() for v in cells[2].split(",") if v.strip()}
            objects.setdefault(current, {})[cells[0].strip("`")] = (cells[1], values)
    return files, objects


FILES, OBJECTS = tables()


def test_the_doc_lists_every_statuspage_file_and_object() -> None:
    assert set(FILES) == {"summary.json", "status.json", "components.json", "incidents.json",
                          "incidents/unresolved.json", "scheduled-maintenances.json",
                          "scheduled-maintenances/upcoming.json", "scheduled-maintenances/active.json"}
    assert set(OBJECTS) == {"page", "status", "component", "component group", "incident", "incident update",
                            "affected component", "scheduled maintenance"}
    # Statuspage's vocabularies, as its documentation gives them
    assert OBJECTS["component"]["status"][1] == {"operational", "degraded_performance", "partial_outage",
                                                 "major_outage", "under_maintenance"}
    assert OBJECTS["incident"]["status"][1] == {"investigating", "identified", "monitoring", "resolved", "postmortem"}
    assert OBJECTS["scheduled maintenance"]["status"][1] == {"scheduled", "in_progress", "verifying", "completed"}
    assert OBJECTS["status"]["indicator"][1] == {"none", "minor", "major", "critical", "maintenance"}


def check_value(value: object, kind: str, allowed: set[str], where: str) -> None:
    nullable = kind.endswith(" or null")
    kind = kind.removesuffix(" or null")
    if value is None:
        assert nullable, f"{where}: null where the doc says {kind}"
        return
    if kind == "string":
        assert isinstance(value, str), where
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), where
    elif kind == "boolean":
        assert isinstance(value, bool), where
    elif kind == "timestamp":
        assert isinstance(value, str) and TIMESTAMP.match(value), f"{where}: {value!r}"
    elif kind.startswith("list of "):
        assert isinstance(value, list), where
        for index, item in enumerate(value):
            check_value(item, kind.removeprefix("list of "), set(), f"{where}[{index}]")
    else:
        check_object(value, kind, where)
    if allowed:
        assert value in allowed, f"{where}: {value!r} not in {sorted(allowed)}"


def check_object(value: object, name: str, where: str) -> None:
    if name == "component" and isinstance(value, dict) and value.get("group") is True:
        name = "component group"
    fields = OBJECTS[name]
    assert isinstance(value, dict), where
    assert set(value) == set(fields), f"{where} ({name}): {sorted(set(value) ^ set(fields))}"
    for field, (kind, allowed) in fields.items():
        check_value(value[field], kind, allowed, f"{where}.{field}")


TOP = {"page": "page", "status": "status", "components": "list of component", "incidents": "list of incident",
       "scheduled_maintenances": "list of scheduled maintenance"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    planned = maintenance(title="Planned upgrade", start="2026-11-24 22:00", end="2026-11-25 01:00")
    under_way = maintenance(title="Terminal software update", affected="Checkout", start="2026-11-20 11:00",
                            end="2026-11-20 13:00",
                            updates=(("2026-11-20 11:05", "verifying", "Checking the terminals."),
                                     ("2026-11-20 11:00", "in progress", "Started."),
                                     ("2026-11-19 10:00", "scheduled", "Planned.")))
    done = maintenance(title="Network change", affected="Payouts", start="2026-11-10 22:00", end="2026-11-10 23:00",
                       started="2026-11-05 10:00",
                       updates=(("2026-11-10 22:40", "completed", "Done."), ("2026-11-10 22:00", "in progress", "Go."),
                                ("2026-11-05 10:00", "scheduled", "Planned.")))
    return build(tmp_path_factory.mktemp("fields"), extra={
        "2026-11-19-planned.md": planned, "2026-11-19-terminals.md": under_way, "2026-11-05-network.md": done})


@pytest.mark.parametrize("lang", ["", "fr/"])
@pytest.mark.parametrize("name", sorted(FILES))
def test_every_file_has_exactly_the_documented_fields_types_and_values(site: Path, lang: str, name: str) -> None:
    document = json.loads((site / f"{lang}api/v2/{name}").read_text("utf-8"))
    assert set(document) == FILES[name]
    for field in document:
        check_value(document[field], TOP[field], set(), f"{lang}{name}:{field}")


def test_the_site_holds_every_kind_of_object(site: Path) -> None:
    summary = json.loads((site / "api/v2/summary.json").read_text("utf-8"))
    assert {c["group"] for c in summary["components"]} == {True, False}
    assert [m["status"] for m in summary["scheduled_maintenances"]] == ["verifying", "scheduled"]
    every = json.loads((site / "api/v2/scheduled-maintenances.json").read_text("utf-8"))["scheduled_maintenances"]
    assert [m["name"] for m in every] == ["Planned upgrade", "Terminal software update", "Network change"]
    incidents = json.loads((site / "api/v2/incidents.json").read_text("utf-8"))["incidents"]
    assert "postmortem" in {i["status"] for i in incidents}
    changes = [u["affected_components"] for i in incidents for u in i["incident_updates"] if u["affected_components"]]
    # The card-payments outage took Checkout down at its first update, and gave it back at its
    # monitoring update (the fix in); newest first, as the API lists them.
    checkout = [change for found in changes for change in found if change["code"] == "checkout"]
    assert {"code": "checkout", "name": "Checkout", "old_status": "operational", "new_status": "partial_outage"} \
        in checkout
    assert {"code": "checkout", "name": "Checkout", "old_status": "partial_outage", "new_status": "operational"} \
        in checkout
    # the French API names components in French, with the same statuses
    french = json.loads((site / "fr/api/v2/components.json").read_text("utf-8"))["components"]
    # (The outage is at its monitoring stage: the maintenance under way on Checkout is what it shows.)
    assert [(c["name"], c["status"]) for c in french if c["id"] == "checkout"] == [("Paiement en caisse",
                                                                                   "under_maintenance")]
