"""After an accident, the apology that follows the news ("…five people were slightly hurt. We think
of them first, and we apologise to every passenger…") is in every thread, never dropped for a
helpline; and where it stands in a post apart from the news, it says whom it thinks of (« aux
personnes blessées », never « à elles » after a title that names no one hurt). A statement
written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def test_the_apology_after_an_accident_is_in_every_thread_and_names_the_hurt(project, settings):
    text = statement_file(lang="fr", title="Fumée à bord d'un tram-train en gare de Romans, 212 voyageurs évacués",
                          sections={
        "Résumé": "Lundi 31 août à 17 h 42, de la fumée s'est dégagée sous une rame du tram-train T1 à son arrivée en "
                  "gare de Romans-sur-Isère : les 212 voyageurs ont été évacués et cinq personnes ont été légèrement "
                  "blessées. Nous pensons d'abord à elles, et nous présentons nos excuses à tous les voyageurs de cette "
                  "rame pour ce qu'ils ont vécu. Toutes les personnes blessées sont rentrées chez elles.",
        "Ce que vous pouvez faire": "- Si vous étiez à bord et que vous ressentez une toux qui persiste, consultez un "
                                    "médecin. En cas d'urgence, appelez le 15.\n"
                                    "- Pour récupérer un objet laissé dans la rame ou vous faire rembourser vos frais, "
                                    "appelez notre ligne dédiée au 04 75 40 12 99 (tous les jours de 7 h à 20 h) ou "
                                    "écrivez à voyageurs@rhonea.example.\n"
                                    "- Si vous avez assisté à l'évacuation et souhaitez témoigner auprès des "
                                    "enquêteurs, écrivez-nous à la même adresse."},
                          front="kind: safety\n", started="2026-08-31 18:25",
                          updates=(("2026-08-31 18:25", "identifié", "La rame est immobilisée."),))
    statement = write_statement(project, settings, text, "2026-08-31-test.fr.md")
    for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], NOW):
        if copy.kind != "announcement":
            continue
        thread = "\n".join(copy.parts)
        assert "nous présentons nos excuses" in thread, (copy.channel, thread)
        if "à elles" in thread:  # said beside the news only
            assert "blessées. Nous pensons d'abord à elles" in thread.replace("\n", " "), (copy.channel, thread)
