"""Fifty-ninth session: what a blind kit, a newcomer and the re-grades found, each held by a
statement of our own."""

from __future__ import annotations

import pytest

from tests.press_support import statement_file
from tests.test_kit55_words import _check


def _refills(lang: str, summary: str, *, front: str = "", status: str = "identified") -> str:
    """A pharmacy chain's refill app, a major outage opened at 09:30."""
    fr = lang == "fr"
    return statement_file(
        title="Application de renouvellement en panne" if fr else "Refill app outage", severity="major",
        started="2027-03-11 09:30", lang=lang, front=front + "affected: [Refill app]\n",
        sections={"Résumé" if fr else "Summary": summary},
        updates=(("2027-03-11 09:30", ("identifié" if fr else "identified") if status == "identified" else status,
                  "Nous avons trouvé la cause." if fr else "We found the cause."),))


@pytest.mark.parametrize(("lang", "summary", "said"), [
    ("en", "Our prescription refill app has been down since 07:10. Call your pharmacy to renew a prescription.",
     "has been down"),
    ("fr", "Notre application de renouvellement est hors service depuis 7 h 10. Appelez votre pharmacie.",
     "est hors service"),
])
def test_an_outage_its_own_words_call_wholly_down_is_not_shown_as_partial_without_a_warning(
        project, monkeypatch, lang, summary, said):
    """The newcomer's refill app, down for everyone, was shown « Panne partielle » on the home page
    (severity major) and nothing said so."""
    name = "2027-03-11-refills" + (".fr.md" if lang == "fr" else ".md")
    found = [p for p in _check(project, monkeypatch, "2027-03-11T10:00:00+01:00", {name: _refills(lang, summary)})
             if p["rule"] == "understated-status"]
    assert len(found) == 1 and found[0]["severity"] == "warning", found
    assert f"says “{said}”" in found[0]["message"] and "“Partial outage”" in found[0]["message"], found
    assert "component_status: major_outage" in found[0]["hint"]


@pytest.mark.parametrize(("summary", "front", "status"), [
    ("Our refill app is down for about a third of customers since 07:10.", "", "identified"),
    ("Some customers find our refill app down since 07:10.", "", "identified"),
    ("Our refill app has been down since 07:10.", "component_status: major_outage\n", "identified"),
    ("Our refill app has been down since 07:10.", "component_status: partial_outage\n", "identified"),
    ("Our refill app was down from 07:10 and works again since 10:05; we are watching it.", "", "monitoring"),
])
def test_an_outage_that_says_what_still_works_or_sets_its_status_gets_no_such_warning(
        project, monkeypatch, summary, front, status):
    found = _check(project, monkeypatch, "2027-03-11T10:30:00+01:00",
                   {"2027-03-11-refills.md": _refills("en", summary, front=front, status=status)})
    assert not [p for p in found if p["rule"] == "understated-status"], found


def test_a_promise_moved_twice_across_days_is_written_once(project, monkeypatch):
    """16:20 on the first day: "by 12:00 CET on 21 November"; 11:50 on the 21st, moved to the 22nd:
    the summary read "…by 12:00 CET on 22 November on 22 November" on the home page (newcomer 59)."""
    from click.testing import CliRunner

    from generator.cli import main

    def run(now: str, *args: str) -> str:
        monkeypatch.setenv("ONEVOICE_NOW", now)
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    run("2026-11-20T10:15:00+01:00", "new", "Booking portal breach", "--severity", "critical",
        "--next-update", "2026-11-20 16:00")
    path = next(project.glob("statements/*booking-portal-breach.md"))
    run("2026-11-20T16:20:00+01:00", "update", "booking-portal", "--status", "identified", "-m", "3,180 records were seen.",
        "--next-update", "2026-11-21 12:00")
    summary = path.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert summary.endswith("We will post an update by 12:00 CET on 21 November."), summary
    run("2026-11-21T11:50:00+01:00", "update", "booking-portal", "--status", "identified", "-m", "The portal is back.",
        "--next-update", "2026-11-22 12:00")
    summary = path.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert summary.endswith("We will post an update by 12:00 CET on 22 November."), summary
