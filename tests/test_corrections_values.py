"""A correction of a date written in figures ("09/01/2027, not 19/01/2027") changes that date
and nothing else: the consumer line's hours "from 09:00 to 19:00" (« de 9 h à 19 h ») stay
as they were, every copy keeps the sentence that gives them, and the note names the whole
date. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

CASES = {
    "en": ("Fromagerie Bellecombe is recalling lot L2631B, use by 19/01/2027. Do not eat it. Consumer line: "
           "04 65 71 22 80, 7 days a week from 09:00 to 19:00.",
           "The use-by date of lot L2631B is 09/01/2027, not 19/01/2027 as stated on 27 November.",
           "from 09:00 to 19:00", "first said 19/01/2027"),
    "fr": ("La Fromagerie Bellecombe rappelle le lot L2631B, DLC 19/01/2027. Ne le consommez pas. Service "
           "consommateurs : 04 65 71 22 80, 7 jours sur 7 de 9 h à 19 h.",
           "La DLC du lot L2631B est le 09/01/2027, et non le 19/01/2027 comme indiqué le 27 novembre.",
           "de 9 h à 19 h", "indiquait d'abord 19/01/2027"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_corrected_date_in_figures_changes_that_date_only(project, settings, monkeypatch, lang):
    update, correction, hours, note = CASES[lang]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    heading = "Correction" if lang == "en" else "Rectificatif"
    text = statement_file(lang=lang, title="Raclette recall" if lang == "en" else "Rappel de raclette",
                          severity="critical", started="2026-11-27 17:30", front="",
                          sections={"Summary" if lang == "en" else "Résumé": update},
                          updates=(("2026-11-27 17:30", "identified" if lang == "en" else "identifié",
                                    f"{update}\n\n#### {heading} · 2026-11-28 09:15\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    copies = render_copies(statement, settings, ["facebook", "linkedin", "mastodon"],
                           datetime.fromisoformat("2026-11-28T12:00:00+01:00"))
    updates = [c for c in copies if c.kind == "update"]
    assert updates
    for copy in updates:
        said = "\n".join(copy.parts).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
        assert hours in said, (copy.channel, said)
        assert "09/01/2027" in said and "de 9 h à 09 h" not in said and "09:00 to 09:00" not in said, said
        assert note in said, (copy.channel, said)
