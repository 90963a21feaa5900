"""A planned maintenance read once it is over: its summary's "will be unavailable on 16
December from 1 a.m." has passed, so no output says it as ahead (`holding`), and the
announcement then opens on what the closing update says, never on a side remark ("Tickets
already bought are not affected."). Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-17T10:00:00+01:00")


def test_a_completed_maintenance_announcement_opens_on_its_outcome(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(
        title="Online shop unavailable overnight for an upgrade, 16 December", severity="minor",
        started="2026-12-10 10:00",
        front="kind: maintenance\nscheduled_for: 2026-12-16 01:00\nscheduled_until: 2026-12-16 05:00\n",
        sections={"Summary": "Our online shop will be unavailable on Wednesday 16 December from 1:00 to 5:00 while we "
                             "upgrade its payment system. Tickets already bought are not affected.",
                  "What you should do": "Tickets already on your card work as usual."},
        updates=(("2026-12-16 04:20", "completed", "The upgrade is complete and the online shop has been open again "
                                                   "since 4:20."),
                 ("2026-12-16 01:00", "in progress", "The upgrade has started."),
                 ("2026-12-10 10:00", "scheduled", "Our online shop will be unavailable on 16 December from 1:00 to "
                                                   "5:00.")))
    statement = write_statement(project, settings, text, "2026-12-10-shop.md")
    for copy in render_copies(statement, settings, ["x", "mastodon", "sms", "email", "facebook"], NOW):
        if copy.kind != "announcement":
            continue
        body = "\n".join(copy.parts)
        if copy.channel == "email":
            body = body.split("\n\n", 1)[1]  # (after the greeting)
        assert "open again since 4:20" in body, (copy.channel, body)
        assert body.index("open again") < body.index("not affected") if "not affected" in body else True, body
        assert "will be unavailable" not in body, (copy.channel, body)
