"""A ferry service cut by a fire: the Q&A gives the fire as the cause (« Depuis l'incendie du 1er
décembre… », « le tableau électrique qui a pris feu »), and answers "will people be compensated?"
with the lodging paid for them (« à nos frais »), never with « réservez gratuitement », which says how
to travel. Statement written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def test_the_fire_is_the_cause_and_the_lodging_is_the_amends(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T05:50:00-05:00")
    text = statement_file(
        lang="fr", severity="major", started="2026-12-01 17:15", front="kind: outage\n",
        title="Traverse Bellerive–Île-Madore : service réduit pendant la réparation du navire",
        sections={"Résumé": "Depuis l'incendie du 1er décembre, la traverse est assurée par un navire plus petit : 8 "
                            "départs de chaque rive par jour au lieu de 10. Nous sommes désolés de ces perturbations.",
                  "Ce que vous pouvez faire": "- Si vous voyagez en véhicule, réservez gratuitement votre passage au "
                                              "1 418 555 0150."},
        updates=(("2026-12-01 21:30", "identifié", "Le navire restera hors service plusieurs jours pour réparer le "
                  "tableau électrique qui a pris feu."),
                 ("2026-12-01 17:15", "analyse", "Si vous habitez l'île et ne pouvez pas rentrer ce soir, appelez-nous "
                  "au 1 418 555 0134 : nous vous trouvons un hébergement à Bellerive, à nos frais.")))
    statement = write_statement(project, settings, text, "2026-12-01-traverse.fr.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    cause = qa.split("Quelle en est la cause", 1)[1].split("\n## ", 1)[0]
    assert "incendie" in cause and "SANS RÉPONSE" not in cause, cause
    amends = qa.split("Les personnes seront-elles indemnisées", 1)[1].split("\n## ", 1)[0]
    assert "à nos frais" in amends and "réservez gratuitement" not in amends, amends


def test_a_verb_s_en_avoir_is_no_credit_note(project, settings, monkeypatch):
    # « comme il aurait dû en avoir » is a fault owned, never an answer to "will people be
    # compensated?" (« un avoir » is a credit note; « en avoir » here is the verb).
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T10:50:00+01:00")
    text = statement_file(
        lang="fr", severity="critical", started="2026-12-02 19:00", front="kind: breach\n",
        title="Accès non autorisé aux données de rendez-vous",
        sections={"Résumé": "Un intrus a copié les données de rendez-vous de 23 150 patients. Nous en sommes "
                            "profondément désolés."},
        updates=(("2026-12-03 12:00", "identifié", "L'intrus s'est connecté avec le mot de passe d'un agent. Ce compte "
                  "n'avait pas de seconde étape de vérification, comme il aurait dû en avoir."),
                 ("2026-12-02 19:00", "analyse", "Nous analysons un accès non autorisé.")))
    statement = write_statement(project, settings, text, "2026-12-02-acces.fr.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    amends = qa.split("Les personnes seront-elles indemnisées", 1)[1].split("\n## ", 1)[0]
    assert "seconde étape" not in amends, amends
