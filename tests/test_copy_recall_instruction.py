"""A recall's first instruction reaches the short posts even when the summary already speaks of
the same people: "These products are a risk for people allergic to hazelnut" says who is at risk,
« ne consommez pas ces produits » what to do. Statement written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-03T17:00:00+01:00")


def test_the_short_posts_say_do_not_eat(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(
        lang="fr", title="Rappel de palets pur beurre : noisette non indiquée sur l'emballage", severity="major",
        started="2026-12-03 16:00", front="kind: recall\n",
        sections={"Résumé": "Des palets bretons pur beurre vendus depuis le 30 novembre peuvent contenir de la "
                            "noisette, qui n'est pas indiquée sur l'emballage : nous rappelons deux lots, L6333A et "
                            "L6333B.\n\nCes produits présentent un risque pour les personnes allergiques à la noisette "
                            "ou aux autres fruits à coque.",
                  "Ce que vous pouvez faire": "- Si vous ou un proche êtes allergique à la noisette ou aux fruits à "
                                              "coque, ne consommez pas ces produits.\n- Rapportez le paquet au magasin "
                                              "où vous l'avez acheté : il vous sera remboursé."},
        updates=(("2026-12-03 16:00", "identifié", "Nous rappelons les lots L6333A et L6333B."),))
    statement = write_statement(project, settings, text, "2026-12-03-rappel.fr.md")
    for copy in render_copies(statement, settings, ["x", "bluesky"], NOW):
        if copy.kind == "announcement":
            assert "ne consommez pas ces produits" in "\n".join(copy.parts), (copy.channel, copy.parts)
