"""Fifty-seventh session: what a blind kit and a newcomer found, each held by a statement of our own."""

from __future__ import annotations

import pytest

from tests.press_support import statement_file
from tests.test_kit55_words import _check


def _cause_found(lang: str, summary: str, status: str) -> str:
    """A ticket sale whose site went down; the newest update says what caused it (or not)."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2027-03-02 10:05",
        title="Billetterie indisponible pendant la mise en vente" if fr else "Ticket site down during the sale",
        sections={("Résumé" if fr else "Summary"): summary},
        updates=(("2027-03-02 11:40", status,
                  "La cause est trouvée : un certificat expiré sur notre file d'attente. Nous le remplaçons." if fr
                  else "We found the cause: an expired certificate on our queue server. We are replacing it."),
                 ("2027-03-02 10:05", "enquête" if fr else "investigating",
                  "Nous cherchons ce qui a provoqué l'arrêt." if fr else "We are looking into it.")))


@pytest.mark.parametrize(("lang", "summary", "status", "flagged"), [
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We do not yet know what caused it. "
           "We are sorry.", "identified", True),
    ("fr", "Notre billetterie est indisponible depuis 10 h, à l'ouverture de la vente. La cause n'est pas encore "
           "connue. Nous en sommes désolés.", "identifié", True),
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We are still investigating the cause. "
           "We are sorry.", "monitoring", True),
    # Still looking: the summary is true.
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We do not yet know what caused it. "
           "We are sorry.", "investigating", False),
    # The summary gives the cause: nothing stale.
    ("fr", "Notre billetterie est indisponible depuis 10 h : un certificat de notre file d'attente a expiré. Nous "
           "en sommes désolés.", "identifié", False),
])
def test_a_summary_that_still_says_the_cause_is_unknown_after_an_update_found_it_is_warned(
        project, monkeypatch, lang, summary, status, flagged):
    stem = "2027-03-02-tickets" + (".fr" if lang == "fr" else "")
    problems = _check(project, monkeypatch, "2027-03-02T12:00:00+01:00",
                      {stem + ".md": _cause_found(lang, summary, status)})
    stale = [p for p in problems if p["rule"] == "stale-summary"]
    assert bool(stale) == flagged, problems
    if flagged:
        assert stale[0]["severity"] == "warning" and stale[0]["line"] > 1
        assert ("cause" in stale[0]["message"]) and ("summary" in stale[0]["message"])
