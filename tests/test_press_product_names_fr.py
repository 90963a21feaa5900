"""A French communiqué names the organisation once a paragraph and says « l'entreprise » after:
never inside the name of one of its products (« Calypso Pay », never « l'entreprise Pay »), and
« nos bases de données » stays one noun phrase (never « les bases de Calypso Pay de données »).
A statement written for these tests."""

from __future__ import annotations

from generator.rendering.press import render_press_release
from tests.press_support import plain, statement_file, write_statement


def test_a_product_named_after_the_organisation_keeps_its_name(project, settings):
    organisation = settings.organisation_in("fr")
    first = organisation.split()[0]
    text = statement_file(lang="fr", title="Paiements indisponibles pendant trois heures", sections={
        "Résumé": f"Le 3 septembre, de 9 h 05 à 12 h 30, {organisation} a été indisponible. {first} Terminal et "
                  f"{first} Caisse ne répondaient plus. Nous en sommes désolés.",
        "Ce qui s'est passé": f"À 9 h 05, {organisation} a perdu sa base principale. Les terminaux {first} Terminal "
                              f"ont refusé 1 240 paiements, et {first} Caisse a cessé de répondre.",
        "Ce que nous faisons": "- Désormais, toute intervention sur nos bases de données aura lieu la nuit."},
        updates=(("2026-09-03 12:45", "résolu", f"{first} Terminal et {first} Caisse fonctionnent de nouveau."),
                 ("2026-09-03 09:15", "identifié", f"{first} Terminal est indisponible.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    release = plain(render_press_release(statement, settings).markdown)
    assert "l'entreprise Terminal" not in release.replace("’", "'") and "l'entreprise Caisse" not in \
        release.replace("’", "'"), release
    assert f"{first} Caisse" in release, release
    assert "de données" not in release or "bases de données" in release, release
