"""Words and facts found wrong by the review of kit 55 and the newcomer trial of session 55
(statements written here, never copied from the kit)."""

from __future__ import annotations

import json


def test_a_service_kept_shut_after_its_incident_closed_is_no_major_outage_of_the_whole_page(tmp_path):
    """A terminal left out of service once its incident is closed (`resolved`, with
    `component_status` keeping it down, the text saying it stays shut) while the other services
    work: the status API says "Partial System Outage", as Statuspage says of one site down among
    many, and the home page's banner never reads "Major outage"."""
    from tests.test_site_components import text_of
    from tests.test_site_support import build, read, statement

    text = statement(title="Payout terminal damaged", severity="critical", status="resolved",
                     extra="affected: [Payouts]\ncomponent_status: {Payouts: major_outage}\n",
                     summary="A power surge damaged the payout system on 18 November. We are sorry.",
                     update="The investigation is over. Payouts stay closed until the new system is installed "
                            "on 30 November.")
    site = build(tmp_path, extra={"2026-11-18-payouts.md": text})
    api = json.loads(read(site, "api/v2/status.json"))
    assert api["status"]["description"] != "Major System Outage", api
    components = {c["name"]: c["status"] for c in json.loads(read(site, "api/v2/components.json"))["components"]}
    assert components["Payouts"] == "major_outage", components
    home = text_of(read(site, "index.html"))
    assert "Major outage" not in home[:400], home[:400]


def test_the_communique_apologises_to_the_children_never_for_them():
    """« Nous sommes désolés pour ces enfants et leurs familles » told in the third person:
    one apologises to people (« présente ses excuses à ces enfants et à leurs familles »),
    never « pour ces enfants »."""
    from generator.rendering.person import french

    told = french(["Nous sommes sincèrement désolés pour ces enfants et leurs familles."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à ces enfants et à leurs familles."], told
    told = french(["Nous sommes désolés pour leurs parents."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à leurs parents."], told
