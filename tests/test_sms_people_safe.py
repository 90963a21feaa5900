"""After a fire or an accident, the text to families says who is safe: "…a fire broke out in the
engine room: all 64 passengers were evacuated unhurt" never goes out as its first half alone (nor as
the title), and an update's « aucun n'est blessé » is never the part left out. Statement written for
these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-01T17:00:00-05:00")


def test_the_sms_after_a_fire_says_everyone_is_safe(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(
        lang="fr", title="Début d'incendie à bord du NM Île-Madore à Bellerive : passagers évacués",
        severity="major", started="2026-12-01 16:40", front="kind: safety\nchannels: [sms]\n",
        sections={"Résumé": "Le 1er décembre à 16 h 05, un début d'incendie s'est déclaré dans la salle des machines "
                            "du NM Île-Madore, à quai à Bellerive : les 64 passagers à bord ont été évacués sains et "
                            "saufs.\n\nDeux membres d'équipage, incommodés par la fumée, ont été soignés à l'hôpital. "
                            "La traverse est assurée par un navire de remplacement : consultez l'avis sur le service "
                            "réduit sur notre site, rubrique Traverses."},
        updates=(("2026-12-01 16:40", "analyse", "À 16 h 05, un début d'incendie s'est déclaré dans la salle des "
                  "machines du NM Île-Madore, à quai à Bellerive, pendant l'embarquement. Les 64 passagers ont été "
                  "évacués à 16 h 12 ; aucun n'est blessé. Le feu a été éteint à 16 h 31. Deux membres d'équipage "
                  "ont été conduits à l'hôpital après avoir respiré de la fumée ; ils sont conscients. La gare "
                  "maritime est fermée : évitez le secteur du quai."),))
    statement = write_statement(project, settings, text, "2026-12-01-incendie.fr.md")
    copies = {c.kind: "\n".join(c.parts) for c in render_copies(statement, settings, ["sms"], NOW)}
    assert "sains et saufs" in copies["announcement"], copies["announcement"]
    update = next(v for k, v in copies.items() if k != "announcement")
    assert "aucun n'est blessé" in update, update
