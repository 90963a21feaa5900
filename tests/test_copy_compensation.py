"""What people get (a refunded delivery charge, a credit) reaches every announcement even when
the authors told it only among what they are doing, and is said once when the summary says it
already. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-02T18:00:00+01:00")


@pytest.fixture(autouse=True)
def _clock(project, monkeypatch):  # after `project`, which sets its own clock
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())


SUMMARY = ("Christmas hampers ordered online for delivery between 2 and 5 December are running two to three days "
           "late. We are sorry. Every delayed customer will get an email with their new delivery date.")


def _announcements(project, settings, summary: str, doing: str) -> dict[str, str]:
    text = statement_file(title="Christmas hamper deliveries delayed", severity="minor", started="2026-12-02 09:00",
                          front="", sections={"Summary": summary, "What we are doing": doing},
                          updates=(("2026-12-02 09:00", "identified", "Our warehouse system is down."),))
    statement = write_statement(project, settings, text, "2026-12-02-hampers.md")
    return {c.channel: "\n".join(c.parts) for c in render_copies(statement, settings, None, NOW)
            if c.kind == "announcement"}


def test_a_refund_told_only_among_what_we_do_reaches_every_long_announcement(project, settings):
    copies = _announcements(project, settings, SUMMARY, "- Each delayed customer receives an email with a new "
                            "delivery date, and we are refunding the delivery charge (£6.95) on every delayed order.")
    for channel in ("facebook", "linkedin", "email", "mastodon"):
        assert "£6.95" in copies[channel], (channel, copies[channel])


def test_a_refund_the_summary_gives_is_said_once(project, settings):
    copies = _announcements(project, settings, f"{SUMMARY} We are refunding the delivery charge (£6.95) on every "
                            "delayed order.", "- We are refunding the delivery charge (£6.95) on every delayed order.")
    assert copies["facebook"].count("£6.95") == 1, copies["facebook"]


def test_a_notice_to_the_regulator_is_not_told_again_as_what_people_get(project, settings):
    # « après avoir eu connaissance » is a verb, not « un avoir » (a credit note): the sentence about
    # the CNIL is said once, never added again as if it were what people get.
    summary = ("Les coordonnées de 12 400 clients ont été exposées par notre erreur. Nous avons notifié la CNIL. "
               "Nous vous présentons nos excuses.")
    doing = ("- Nous avons notifié la CNIL le 6 décembre, moins de 72 heures après avoir eu connaissance de la fuite.\n"
             "- Nous écrivons à chaque personne concernée.")
    text = statement_file(lang="fr", title="Fuite de données clients", severity="major", started="2026-12-02 09:00",
                          front="kind: breach\n", sections={"Résumé": summary, "Ce que nous faisons": doing},
                          updates=(("2026-12-02 09:00", "identifié", "Nous avons fermé l'accès."),))
    statement = write_statement(project, settings, text, "2026-12-02-fuite.fr.md")
    post = next(c for c in render_copies(statement, settings, ["facebook"], NOW) if c.update_at is None).parts[0]
    assert "après avoir eu connaissance" not in post, post
