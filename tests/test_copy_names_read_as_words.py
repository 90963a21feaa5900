"""Words of the statement that only look like the tool's cues: a name ending in "-ra" ("Veltara")
is no French future, so a summary telling past events is never taken for one whose promised day
has passed (every copy would lead with the newest update instead); and « le tableau de bord » is a
dashboard, never the page's table to point readers to. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-04T11:00:00+01:00")


def test_a_name_ending_in_ra_is_no_promise_of_a_day_now_past(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(
        lang="fr", title="Accès non autorisé aux données de rendez-vous", severity="critical",
        started="2026-12-02 19:00", front="kind: breach\n",
        sections={"Résumé": "Entre le 1er et le 2 décembre, un intrus a copié les données de rendez-vous de 23 150 "
                            "patients de cabinets qui utilisent Veltara. Les cabinets voient la liste des patients concernés "
                            "dans le tableau de bord Veltara. Nous en sommes profondément désolés."},
        updates=(("2026-12-04 10:30", "identifié", "L'examen du dernier dossier ajoute 4 750 patients, ce qui porte "
                                                    "le total à 23 150."),
                 ("2026-12-02 19:00", "analyse", "Nous analysons un accès non autorisé.")))
    statement = write_statement(project, settings, text, "2026-12-02-acces.fr.md")
    copies = render_copies(statement, settings, ["x", "sms", "facebook"], NOW)
    for copy in (c for c in copies if c.kind == "announcement"):
        body = "\n".join(copy.parts)
        assert "un intrus a copié" in body, (copy.channel, body)
        assert body.index("un intrus a copié") < body.index("4 750") if "4 750" in body else True, body
    facebook = next("\n".join(c.parts) for c in copies if c.channel == "facebook" and c.kind == "announcement")
    assert "tableau de bord Veltara" in facebook and "page d'information de bord" not in facebook, facebook
