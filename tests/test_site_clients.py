"""Programs written for Statuspage, nobody here wrote, reading a served onevoice site:
statuspage-prometheus-exporter (PyPI) in one pass, the npm `statuspage.io` client on every
call it has, and feedparser on `/history.atom` and `/history.rss`. Each talks to a real server
on 127.0.0.1 started by the test. The `/incidents/<id>/` addresses lead to the statement."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.request import urlopen

import pytest

from tests.conftest import REPO, require
from tests.site_server import serve
from tests.test_site_support import build, maintenance

EXPORTER = Path(sys.executable).with_name("statuspage-prometheus-exporter")
NODE_MODULES = REPO / "tests/js/node_modules"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    planned = maintenance(title="Planned upgrade")
    under_way = maintenance(title="Payout system move", affected="Payouts", start="2026-11-20 10:30",
                            end="2026-11-20 13:00",
                            updates=(("2026-11-20 10:30", "in progress", "Started."),
                                     ("2026-11-19 10:00", "scheduled", "Planned.")))
    return build(tmp_path_factory.mktemp("clients"), headers=True,
                 extra={"2026-11-19-planned.md": planned, "2026-11-19-payouts.md": under_way})


@pytest.fixture(scope="module")
def base_url(site: Path):  # type: ignore[no-untyped-def]
    with serve(site) as url:
        yield url


def metrics(text: str, name: str) -> dict[str, float]:
    """`component_name` label → value of each `name` series in a Prometheus text file."""
    found = {}
    for line in text.splitlines():
        match = re.match(rf'^{name}{{(.*)}} (\S+)$', line)
        if match:
            labels = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', match.group(1)))
            found[labels.get("component_name", "")] = float(match.group(2))
    return found


def test_prometheus_exporter_extracts_every_component_and_the_incident(base_url: str, tmp_path: Path) -> None:
    assert EXPORTER.is_file(), "pip install -e '.[test]' installs statuspage-prometheus-exporter"
    (tmp_path / "services.json").write_text(json.dumps(
        {"calypso": {"url": base_url + "api/v2/summary.json", "name": "Calypso Pay"}}))
    environment = {**os.environ, "RUN_MODE": "once", "METRICS_TEXTFILE_PATH": str(tmp_path / "out.prom"),
                   "SERVICES_JSON_PATH": str(tmp_path / "services.json")}
    done = subprocess.run([str(EXPORTER)], cwd=tmp_path, env=environment, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    out = (tmp_path / "out.prom").read_text()
    components = metrics(out, "statuspage_component_status")
    # 1 = operational, 0 = anything else (the exporter's own mapping)
    # (The card-payments outage is at its monitoring stage: Checkout and Mobile app work again;
    # Payouts is under maintenance.)
    assert components == {"Payments": 0.0, "Checkout": 1.0, "Payment terminals": 1.0, "Online payments": 1.0,
                          "Payouts": 0.0, "Merchant tools": 1.0, "Merchant dashboard": 1.0, "Mobile app": 1.0,
                          "E-mail receipts": 1.0, "Loyalty cards": 1.0}
    assert 'incident_id="2026-11-20-card-payments"' in out and 'impact="major"' in out
    assert 'maintenance_name="Payout system move"' in out
    assert re.search(r'^statuspage_service_status\{service_name="Calypso Pay"\} 0\.0$', out, re.MULTILINE)


def test_the_npm_statuspage_client_gets_an_answer_from_every_call(base_url: str) -> None:
    node = shutil.which("node")
    require(node is not None, "node")
    require((NODE_MODULES / "statuspage.io").is_dir(), "npm statuspage.io (npm ci in tests/js)")
    done = subprocess.run([node, str(REPO / "tests/oracles/statuspage_client.mjs"), base_url],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    failed = {name: result["error"] for name, result in results.items() if not result["ok"]}
    assert failed == {}
    data = {name: result["data"] for name, result in results.items()}
    assert data["getStatus"]["status"] == {"indicator": "major", "description": "Partial System Outage"}
    assert len(data["getComponents"]["components"]) == 10  # 8 components in 2 groups
    assert [i["id"] for i in data["incidents.getUnresolved"]["incidents"]] == ["2026-11-20-card-payments"]
    assert len(data["incidents.getAll"]["incidents"]) == 3
    # statuspage.io 3.3.8 asks scheduled-maintenances/upcoming.json for all three calls (its own
    # mistake); each is answered with the planned maintenance (the other files: test_site_maintenance).
    for call in ("getAll", "getUpcoming", "getActive"):
        listed = data[f"scheduledMaintenances.{call}"]["scheduled_maintenances"]
        assert [(m["name"], m["status"]) for m in listed] == [("Planned upgrade", "scheduled")]
    assert data["getSummary"]["page"]["name"] == "Calypso Pay status"


@pytest.mark.parametrize("name", ["history.atom", "history.rss", "fr/history.atom", "fr/history.rss"])
def test_feedparser_reads_the_history_feeds_with_one_entry_per_statement(base_url: str, name: str) -> None:
    import feedparser

    with urlopen(base_url + name) as response:
        content_type = response.headers["Content-Type"]
        feed = feedparser.parse(response.read())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == ("atom10" if name.endswith(".atom") else "rss20")
    assert content_type.startswith("application/atom+xml" if name.endswith(".atom") else "application/rss+xml")
    french = name.startswith("fr/")
    titles = [entry.title for entry in feed.entries]
    # one entry per statement, the most recently changed first; each in the feed's language where it exists
    assert titles[0] == ("Échec des paiements par carte en caisse" if french else "Card payments failing at checkout")
    assert len(titles) == 5 and "Payout system move" in titles
    card = feed.entries[0]
    assert card.link.endswith(("fr/" if french else "") + "statements/2026-11-20-card-payments/")
    content = card.content[0].value if name.endswith(".atom") else card.description
    # the whole timeline, newest first, each update with its time and status in words
    monitoring = "Suivi en cours" if french else "Monitoring"
    investigating = "Analyse en cours" if french else "Investigating"
    assert content.index(monitoring) < content.index(investigating)
    assert ("20 novembre 2026 à 10 h 50, heure de Paris" if french else "20 November 2026, 10:50 CET") in content


def test_incident_addresses_lead_to_the_statement(base_url: str, site: Path) -> None:
    with urlopen(base_url + "incidents/2026-11-20-card-payments/") as response:
        html = response.read().decode()
    link = re.search(r'<a href="([^"]+)" hreflang="en" lang="en">([^<]+)</a>', html)
    assert link and link.groups() == ("../../statements/2026-11-20-card-payments/", "Card payments failing at checkout")
    # Headed by the statement's title, never the slug a reader cannot read.
    assert "<title>Card payments failing at checkout</title>" in html and "<h1>Card payments failing at checkout</h1>" in html
    with urlopen(base_url + "incidents/2026-11-20-card-payments/" + link.group(1)) as response:
        assert "<h1" in response.read().decode()
    assert '<link rel="canonical" href="https://status.calypso-pay.example/statements/2026-11-20-card-payments/">' in html
    # a French-only statement leads to its French page
    french = (site / "incidents/2026-11-18-retard-cartes-fidelite/index.html").read_text()
    assert 'href="../../fr/statements/2026-11-18-retard-cartes-fidelite/"' in french
