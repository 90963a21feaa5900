"""What a blind kit of statements (kit 34: a town's ransomware attack, a heater recall widened to
two models, an executive's remarks) showed the copies and documents getting wrong, checked on
statements written for these tests: a recall's lot ranges told in words are the lots named then;
a widened recall's text names the models; a town is never "the company"; a person's name after
« indique que » keeps its capital; a ransom refused is no compensation, and servers encrypted by
attackers say nothing of whether the data was."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from generator.rendering.documents import render_documents
from generator.rendering.press import _lower_first, render_press_release
from tests.press_support import statement_file, write_statement

HEATERS = {
    "en": {"Summary": "We are recalling Norrel ceramic heaters because the power switch can overheat and start a fire.",
           "Recalled products": "| Product | Model | Lots |\n|---|---|---|\n| Heater, black | CT1500 | 2507 to 2609 |\n"
                                "| Heater, white | CT1500W | 2509 to 2609 |\n| Slim heater | CTS1500 | 2601 to 2609 |"},
    "fr": {"Résumé": "Nous rappelons des radiateurs céramiques Norrel, car leur interrupteur peut surchauffer et "
                     "provoquer un incendie.",
           "Produits rappelés": "| Produit | Modèle | Lots |\n|---|---|---|\n| Radiateur noir | CT1500 | 2507 à 2609 |\n"
                                "| Radiateur blanc | CT1500W | 2509 à 2609 |\n| Radiateur Slim | CTS1500 | 2601 à 2609 |"},
}
UPDATES = {
    "en": (("2026-12-03 12:00", "identified", "We are widening the recall. Our supplier has confirmed that the same "
                                              "switch was fitted to two more models: the white CT1500W (lots 2509 to "
                                              "2609) and the Slim CTS1500 (lots 2601 to 2609)."),
           ("2026-12-01 10:00", "identified", "We are recalling the black CT1500 heaters (lots 2507 to 2609).")),
    "fr": (("2026-12-03 12:00", "identifié", "Nous élargissons le rappel. Notre fournisseur a confirmé que le même "
                                             "interrupteur a été installé sur deux autres modèles : le CT1500W blanc "
                                             "(lots 2509 à 2609) et le Slim CTS1500 (lots 2601 à 2609)."),
           ("2026-12-01 10:00", "identifié", "Nous rappelons les radiateurs CT1500 noirs (lots 2507 à 2609).")),
}


def _copies(project, settings, monkeypatch, lang: str) -> dict[str, str]:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T12:30:00+01:00")
    text = statement_file(lang=lang, title="Rappel de radiateurs Norrel" if lang == "fr" else "Norrel heater recall",
                          started="2026-12-01 10:00", front="kind: recall\n", sections=HEATERS[lang],
                          updates=UPDATES[lang])
    statement = write_statement(project, settings, text, "2026-12-01-heaters.fr.md" if lang == "fr"
                                else "2026-12-01-heaters.md")
    now = datetime.fromisoformat("2026-12-03T12:30:00+01:00")
    return {f"{c.channel}-{c.update_at.astimezone(settings.timezone):%d}" if c.update_at else c.channel:
            "\n".join(c.parts).replace("’", "'") for c in render_copies(statement, settings, ["x", "sms", "email"], now)}


def test_lot_ranges_told_in_words_are_the_lots_named_then_and_the_widened_text_names_the_models(
        project, settings, monkeypatch):
    for lang in ("en", "fr"):
        copies = _copies(project, settings, monkeypatch, lang)
        for channel in ("x", "email"):
            first = copies[f"{channel}-01"]
            # (The 1 December copies never list the ranges of the models added on the 3rd.)
            assert "2509–2609" not in first and "2601–2609" not in first, first
        sms = copies["sms-03"]
        assert "CT1500W" in sms and "CTS1500" in sms, sms
        assert "meme" not in sms and " le." not in sms, sms


def test_a_town_is_never_the_company_and_a_name_after_que_keeps_its_capital(project, settings, monkeypatch):
    import dataclasses

    town = dataclasses.replace(settings, organisation="Town of Norreval",
                               organisation_names={"en": "Town of Norreval"})
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(sections={"Summary": "Since Tuesday, a ransomware attack has cut residents off from our "
                                               "online services. We are sorry.",
                                    "What happened": "It is a weakness we should have fixed, and we take "
                                                     "responsibility for it. Our Data Protection Officer has "
                                                     "notified the regulator."})
    release = render_press_release(write_statement(project, town, text, "2026-09-03-town.md"), town).markdown
    assert "the company" not in release.lower(), release
    assert _lower_first("Marie-Claude Tremblay a rencontré les employés.") == "Marie-Claude Tremblay a rencontré les employés."
    assert _lower_first("Greg Hollister a démissionné.") == "Greg Hollister a démissionné."
    assert _lower_first("Les clients sont remboursés.") == "les clients sont remboursés."


def test_a_ransom_refused_is_no_compensation_and_encrypted_servers_say_nothing_of_the_data(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T09:00:00+01:00")
    text = statement_file(lang="fr", severity="critical", started="2026-12-01 09:00", front="kind: breach\n",
                          title="Cyberattaque contre la mairie",
                          sections={"Résumé": "Une attaque par rançongiciel a coupé nos services en ligne, et des "
                                              "données de 5 120 foyers ont été volées. Nous en sommes désolés. La "
                                              "Ville ne paiera pas de rançon.",
                                    "Ce qui s'est passé": "Vers 3 h 40, des attaquants ont chiffré 21 des 46 serveurs "
                                                          "de la mairie."},
                          updates=(("2026-12-01 09:00", "identifié", "Nos services en ligne sont coupés."),))
    statement = write_statement(project, settings, text, "2026-12-01-cyber.fr.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace("\u202f", " ")

    def answer(question: str) -> str:
        assert question in qa, qa
        return qa.split(question, 1)[1].split("\n## ", 1)[0]

    assert "rançon" not in answer("Les personnes seront-elles indemnisées ?")
    assert "serveurs" not in answer("Les données copiées étaient-elles elles-mêmes protégées par chiffrement ?")
