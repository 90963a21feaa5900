"""A title written once the crisis was over ("Bookings was unavailable for 3 hours 25 minutes on 16
December") heads the copies of the updates posted while it was not, as it then stood ("Bookings
unavailable on 16 December"): never "was unavailable" over a message that says it still is. The
resolution's own copies keep the title as written."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _subjects(project, settings, lang: str) -> dict[str, str]:
    fr = lang == "fr"
    title = ("Quaystone Bookings a été indisponible pendant 3 heures 25 le 3 septembre" if fr else
             "Quaystone Bookings was unavailable for 3 hours 25 minutes on 3 September")
    summary = ("Le 3 septembre, de 9 h 05 à 12 h 30, Quaystone Bookings a été indisponible. Nous en sommes désolés."
               if fr else "On 3 September, from 09:05 to 12:30, Quaystone Bookings was unavailable. We are sorry.")
    updates = (("2026-09-03 12:45", "résolu" if fr else "resolved",
                "Le service fonctionne de nouveau." if fr else "Every part of the service works again."),
               ("2026-09-03 09:15", "identifié" if fr else "identified",
                "Quaystone Bookings est indisponible. Nos ingénieurs rétablissent la base." if fr else
                "Quaystone Bookings is unavailable. Our engineers are restoring the database."))
    text = statement_file(lang=lang, title=title, started="2026-09-03 09:15",
                          sections={"Résumé" if fr else "Summary": summary}, updates=updates)
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if fr else "2026-09-03-test.md")
    return {f"{c.kind}-{c.update_at:%H%M}" if c.update_at else c.kind: c.subject or ""
            for c in render_copies(statement, settings, ["email"], NOW)}


def test_an_earlier_update_is_headed_by_the_title_as_it_then_stood(project, settings):
    english = _subjects(project, settings, "en")
    earlier = [subject for kind, subject in english.items() if kind.endswith("0915")]
    assert earlier and "was unavailable" not in earlier[0] and "Quaystone Bookings unavailable" in earlier[0], english
    assert "3 hours" not in earlier[0], english
    final = [subject for kind, subject in english.items() if kind.endswith("1245")]
    assert final and "was unavailable" in final[0], english
    french = _subjects(project, settings, "fr")
    earlier = [subject for kind, subject in french.items() if kind.endswith("0915")]
    assert earlier and "a été" not in earlier[0] and "Quaystone Bookings indisponible" in earlier[0], french
