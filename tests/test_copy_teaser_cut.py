"""An update whose news opens on words that only announce it (« Nous savons comment les
criminels sont entrés : … ») and is too long for the first post: the first post says what
happened, cut where a clause ends and continued ("…"), never the statement's title instead.
Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-11-25T19:00:00+00:00")


def test_a_long_update_after_a_teaser_opens_on_what_happened_not_on_the_title(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    update = ("Nous savons comment les criminels sont entrés : ils ont utilisé l'identifiant et le mot de passe d'une "
              "de nos salariées, volés au moyen d'un faux e-mail de livraison, pour se connecter à notre portail des "
              "dossiers de prêt, qui ne demandait aucune seconde étape de vérification. C'était notre faute. Depuis "
              "16 h, chacun de nos portails exige une seconde étape de vérification.")
    title = "Données de clients consultées dans notre portail des prêts"
    text = statement_file(lang="fr", title=title, severity="critical", started="2026-11-25 10:00", front="kind: breach\n",
                          sections={"Résumé": "Des criminels ont consulté les données de 900 clients. Nous vous "
                                              "présentons nos excuses."},
                          updates=(("2026-11-25 18:00", "identifié", update),
                                   ("2026-11-25 10:00", "analyse", "Nous enquêtons.")))
    statement = write_statement(project, settings, text, "2026-11-25-portail.fr.md")
    copy = next(c for c in render_copies(statement, settings, ["bluesky"], NOW)
                if c.kind == "update" and c.update_at == statement.updates[0].at)
    first = copy.parts[0]
    assert title not in first, copy.parts
    assert "Les criminels ont utilisé l'identifiant" in first and first.split("\n\nhttps")[0].endswith("…"), first
    assert copy.parts[1].startswith("…"), copy.parts
