"""Fifty-eighth session: what a blind kit, a newcomer and the last re-grades found, each held by a
statement of our own."""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

import pytest

from tests.test_kit52_words import _both_texts
from tests.test_kit57_words import _car_seat


def _seat_update(lang: str) -> str:
    """The car-seat recall with an update whose words GSM-7 cannot spell (« même », « prêtons »)."""
    fr = lang == "fr"
    update = ("Les essais sur les boucles du lot 2613C montrent le même défaut : nous ajoutons ce lot au rappel. "
              "Si vous avez besoin d'un siège auto en attendant, nous vous en prêtons un gratuitement." if fr else
              "Tests on the buckles of lot 2613C show the same fault, so we are adding this lot to the recall. If you "
              "need a car seat while you wait, we will lend you one free of charge.")
    heading = "## Mises à jour\n\n" if fr else "## Updates\n\n"
    return _car_seat(lang).replace(heading, f"{heading}### 2027-03-04 14:00 · {'identifié' if fr else 'identified'}\n"
                                            f"{update}\n\n")


@pytest.mark.parametrize(("zone", "clock"), [("Europe/Luxembourg", ""), ("America/Toronto", " (heure de l'Est)")])
def test_a_french_text_names_the_clock_only_when_it_is_not_paris_time_and_spells_every_word(
        project, settings, monkeypatch, zone, clock):
    """« Kannerwee, point de 14 h (heure luxembourgeoise) » spends 24 characters on a clock that
    reads as Paris's; a Montréal firm's text names its own. « montrent le meme défaut » and « nous
    vous en pretons un » read as misspelt: words GSM-7 can spell instead."""
    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-05T10:00:00+01:00")
    site = dataclasses.replace(settings, timezone=ZoneInfo(zone), organisation="Kannerwee Nido")
    texts = {lang: _seat_update(lang) for lang in ("en", "fr")}
    said = _both_texts(project, site, texts, "2027-03-02-seats", "04 14:00")
    assert said["fr"].startswith(f"Kannerwee Nido, point de 14 h{clock}"), said
    assert "meme" not in said["fr"] and "pretons" not in said["fr"], said
    assert "un défaut identique" in said["fr"], said
