"""What a text message keeps when it cannot say everything, as a reader of the phone checks it:
that everyone is safe after a fire, the apology after a bad buzz (never the offending slogan),
the refund before how the fault worked, what to do when the news says it, and French spelled
right when GSM-7 has no letter for a word. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-11-30T20:00:00+01:00")


@pytest.fixture(autouse=True)
def _clock(project, monkeypatch):  # after `project`, which sets its own clock
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())


def _sms(project, settings, text: str, name: str = "2026-11-28-test.md") -> dict[str, str]:
    statement = write_statement(project, settings, text, name)
    copies = render_copies(statement, settings, ["sms"], NOW)
    assert all(counting.sms_segments(c.parts[0]) <= 2 for c in copies), [c.parts for c in copies]
    return {c.kind if c.update_at is None else f"{c.kind} {c.update_at:%H:%M}": c.parts[0] for c in copies}


def test_a_fire_text_keeps_that_everyone_is_safe_when_the_news_is_cut(project, settings):
    summary = ("On 28 November a fire broke out in the engine room of our ship Cap Fréhel on the 14:45 Portsmouth–Caen "
               "sailing; the crew put it out and all 512 passengers and 84 crew are safe. Two passengers and one crew "
               "member were treated in hospital for minor injuries and have gone home. We are deeply sorry for the fear "
               "our passengers went through.")
    update = ("At 16:12 UK time a fire broke out in the engine room of Cap Fréhel, on the 14:45 sailing from Portsmouth "
              "to Caen, about 22 nautical miles south of Portsmouth. The crew have put it out. All 512 passengers and "
              "84 crew are accounted for and gathered at their muster stations as a precaution. HM Coastguard is with "
              "the ship. We will update this page by 19:45.")
    text = statement_file(title="Engine-room fire aboard Cap Fréhel", severity="critical", started="2026-11-28 16:12",
                          front="kind: safety\n", sections={"Summary": summary},
                          updates=(("2026-11-28 19:40", "identified", "The fire was put out at 16:41 and has not "
                                    "restarted. We have booked hotel rooms in Portsmouth for everyone who needs one."),
                                   ("2026-11-28 17:05", "investigating", update)))
    sms = _sms(project, settings, text)
    assert "all 512 passengers and 84 crew are safe" in sms["announcement"], sms["announcement"]
    assert "All 512 passengers and 84 crew are accounted for" in sms["update 17:05"], sms["update 17:05"]


def test_a_bad_buzz_text_apologises_and_never_sends_the_slogan_again(project, settings):
    summary = ("Le 26 novembre, Maison Arlane a publié une publicité pour son fond de teint Éclat Pur qui présentait le "
               "vitiligo d'une femme comme un défaut à cacher, avec le slogan « Pour les fêtes, effacez ce qui vous "
               "gêne ». Cette publicité a blessé les personnes qui vivent avec un vitiligo, et nous leur présentons nos "
               "excuses sans réserve. Nous l'avons retirée de tous nos comptes le 27 novembre à 17 h 10.")
    text = statement_file(lang="fr", title="Notre publicité « Éclat Pur » présentait le vitiligo comme un défaut à effacer",
                          front="", sections={"Résumé": summary},
                          updates=(("2026-11-27 16:30", "identifié", "Nous avons retiré la vidéo de tous nos comptes."),))
    sms = _sms(project, settings, text, "2026-11-27-test.fr.md")["announcement"]
    assert "nous leur présentons nos excuses" in sms, sms
    assert "effacez ce qui vous" not in sms, sms


def test_a_text_about_a_found_cause_carries_the_refund(project, settings):
    update = ("Nous avons trouvé la cause : une modification de notre page de paiement, mise en ligne le 28 novembre à "
              "20 h 45, envoyait deux demandes de paiement quand une commande était validée sur mobile après un "
              "changement de mode de livraison. Elle a été corrigée le 29 novembre à 2 h 30. 1 264 commandes ont été "
              "débitées deux fois. Nous avons lancé aujourd'hui à 14 h le remboursement des 1 264 seconds débits, "
              "ainsi que des frais de livraison de ces commandes. Prochain point d'ici le 3 décembre à 18 h.")
    text = statement_file(lang="fr", title="Commandes débitées deux fois", severity="minor", front="",
                          sections={"Résumé": "Des commandes passées les 28 et 29 novembre ont été débitées deux fois. "
                                              "Nous sommes désolés."},
                          updates=(("2026-11-30 11:00", "identifié", update),))
    sms = _sms(project, settings, text, "2026-11-30-test.fr.md")["update 11:00"]
    assert "remboursement des 1 264 seconds débits" in sms, sms


def test_a_recall_text_keeps_the_instruction_its_first_sentence_gives(project, settings):
    summary = ("Depuis le 2 décembre, nous rappelons trois lots de nos tommes vendues en Suisse romande, parce que la "
               "bactérie Listeria monocytogenes a été détectée dans l'un d'eux : ne les consommez pas. Il s'agit de la "
               "Tomme des Pâquis 100 g, lots L26-331 et L26-333, et de la Tomme à la crème 200 g, lot L26-334. "
               "Rapportez-les au point de vente ou jetez-les : nous les remboursons, même sans ticket de caisse. Nous "
               "sommes profondément désolés.")
    text = statement_file(lang="fr", title="Rappel de trois lots de tommes", severity="critical", front="kind: recall\n",
                          sections={"Résumé": summary, "Produits concernés": "| Produit | Lot |\n|---|---|\n"
                                    "| Tomme des Pâquis 100 g | L26-331 |\n| Tomme des Pâquis 100 g | L26-333 |\n"
                                    "| Tomme à la crème 200 g | L26-334 |"},
                          updates=(("2026-11-30 09:30", "identifié", "Nous rappelons trois lots de tommes."),))
    sms = _sms(project, settings, text, "2026-11-30-test.fr.md")["announcement"]
    assert "Listeria" in sms and "ne les consommez pas" in sms, sms


def test_french_words_gsm7_cannot_spell_are_said_in_words_it_can(project, settings):
    update = ("Le feu a été éteint à 16 h 41. Nous avons réservé des chambres d'hôtel à Portsmouth pour toutes les "
              "personnes qui en ont besoin. Votre billet reste valable sur toute traversée de la même ligne jusqu'au 10 "
              "décembre.")
    text = statement_file(lang="fr", title="Incendie à bord du Cap Fréhel", severity="major", front="",
                          sections={"Résumé": "Un incendie s'est déclaré à bord du Cap Fréhel. Nous sommes désolés."},
                          updates=(("2026-11-30 10:00", "identifié", update),))
    sms = _sms(project, settings, text, "2026-11-30-test.fr.md")["update 10:00"]
    assert "hotel" not in sms and "meme" not in sms, sms
    assert "un hébergement à Portsmouth" in sms and "de cette ligne" in sms, sms
    update = ("Sur les quelque 2 350 tommes achetées avant le rappel, 1 140 nous ont été rapportées. Il en reste donc "
              "environ 1 200 dans des réfrigérateurs : vérifiez le vôtre.")
    text = statement_file(lang="fr", title="Rappel de tommes", severity="major", front="",
                          sections={"Résumé": "Nous rappelons trois lots de tommes. Nous sommes désolés."},
                          updates=(("2026-11-30 10:00", "identifié", update),))
    sms = _sms(project, settings, text, "2026-11-30-tommes.fr.md")["update 10:00"]
    assert "votre." not in sms and "vérifiez chez vous" in sms, sms


def test_a_breach_and_a_boil_water_text_spell_french_right(project, settings):
    summary = ("Un pirate a pu lire les dossiers de prêt hypothécaire de 2 317 membres dans la boîte courriel d'une "
               "employée. Nous ne vous demanderons jamais un code reçu par texto.")
    text = statement_file(lang="fr", title="Accès non autorisé à une boîte courriel", severity="major", front="",
                          sections={"Résumé": summary},
                          updates=(("2026-11-30 10:00", "identifié", "Notre enquête, menée avec la firme spécialisée "
                                                               "Sentinelle Cyber, confirme que la messagerie contenait "
                                                               "des documents de 2 317 membres, dont leur numéro "
                                                               "d'assurance sociale."),))
    sms = _sms(project, settings, text, "2026-11-30-courriel.fr.md")
    said = " ".join(sms.values())
    for unspelled in ("pret", "boite", "recu", "enquete"):
        assert f" {unspelled} " not in said, said
    assert "crédit hypothécaire" in said and "messagerie" in said and "notre investigation" in said, said
    summary = ("Depuis le 2 décembre, l'eau du robinet de Grandcour doit être bouillie avant d'être bue. Le rinçage "
               "du réseau a commencé.")
    text = statement_file(lang="fr", title="Eau à bouillir à Grandcour", severity="major", front="",
                          sections={"Résumé": summary}, updates=(("2026-11-30 10:00", "identifié", summary),))
    said = " ".join(_sms(project, settings, text, "2026-11-30-eau.fr.md").values())
    assert "etre" not in said and "doit bouillir avant consommation" in said, said


def test_a_text_never_ends_on_a_list_it_does_not_give(project, settings):
    update = ("Les 240 affiches de la campagne ont toutes été décrochées le 30 novembre à 19 h ; il ne reste plus "
              "aucune trace de la publicité sur nos comptes ni dans l'espace public. Ensemble, nous avons arrêté trois "
              "engagements : à partir de janvier 2027, un comité incluant des personnes concernées relira chaque "
              "campagne avant diffusion ; chaque mannequin validera le montage final de ses images ; nos équipes "
              "suivront une formation conçue avec ces associations.")
    text = statement_file(lang="fr", title="Notre publicité retirée", front="",
                          sections={"Résumé": "Notre publicité a blessé des personnes. Nous leur présentons nos excuses."},
                          updates=(("2026-11-30 18:00", "résolu", update),))
    sms = _sms(project, settings, text, "2026-11-30-test.fr.md")["update 18:00"]
    assert "engagements." not in sms and "engagements :" not in sms.replace("\u00a0", " ") or "comité" in sms, sms


def test_a_fire_update_post_says_who_is_safe_before_the_line_to_call(project, settings):
    update = ("At 16:12 UK time a fire broke out in the engine room of Cap Fréhel, on the 14:45 sailing from Portsmouth "
              "to Caen, about 22 nautical miles south of Portsmouth. The crew have put it out. All 512 passengers and 84 crew are accounted for and gathered at "
              "their muster stations. HM Coastguard is with the ship. Families and friends can call us on 0808 157 "
              "0192, open all night. We will update this page by 19:45.")
    text = statement_file(title="Engine-room fire aboard Cap Fréhel", severity="critical", started="2026-11-28 16:12",
                          front="kind: safety\n", sections={"Summary": "A fire broke out aboard Cap Fréhel; the crew "
                                                                       "put it out and everyone is safe."},
                          updates=(("2026-11-28 17:05", "investigating", update),))
    statement = write_statement(project, settings, text)
    for channel in ("mastodon", "x"):
        parts = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "update").parts
        said = " ".join(" ".join(parts).split())
        assert "The crew have put it out. All 512 passengers and 84 crew are accounted for" in said, parts
        assert said.index("accounted for") < said.index("Families and friends"), parts


def test_a_travel_update_text_says_what_is_cancelled_and_when_it_runs_again(project, settings):
    cancelled = ("A severe gale with gusts of up to 70 mph is forecast in the Channel from 21:00 tonight. For your "
                 "safety we have cancelled all Dover–Calais sailings from 21:00 and the 23:00 Portsmouth–Caen sailing: "
                 "9 sailings and about 1,450 passengers so far. Your ticket stays valid on any sailing of the same "
                 "route until 10 December at no extra cost. We are sorry for the disruption to your plans.")
    reopened = ("The Port of Dover reopened at 10:05. Winds are easing, and our first departure is planned from Dover "
                "at 12:30. We will add two Dover–Calais sailings tonight, and passengers whose sailing was cancelled "
                "board first. Please do not come to the port more than 2 hours before your sailing.")
    text = statement_file(title="Sailings cancelled in a severe gale", severity="major", started="2026-11-29 19:10",
                          front="", sections={"Summary": "A severe gale stopped our sailings. We are sorry."},
                          updates=(("2026-11-30 10:30", "identified", reopened),
                                   ("2026-11-29 19:10", "investigating", cancelled)))
    sms = _sms(project, settings, text)
    assert "we have cancelled all Dover" in sms["update 19:10"], sms["update 19:10"]
    assert "first departure is planned from Dover at 12:30" in sms["update 10:30"], sms["update 10:30"]


def test_a_text_never_cuts_a_route_between_two_places_at_its_dash(project, settings):
    plan = ("Le plan de transport du jeudi 4 décembre est en ligne. 52 % de nos conducteurs se sont déclarés "
            "grévistes. Nous assurerons environ 60 % des services sur les lignes interurbaines, en priorité de 6 h à "
            "9 h et de 16 h à 19 h. La ligne express X01 Grenoble – Voiron roulera normalement ; sur la ligne T70 "
            "Grenoble – Bourg-d'Oisans, 2 départs sur 6 seront assurés. 118 des 190 circuits scolaires rouleront : "
            "la liste est sur transvallee.example/greve et les collèges et lycées l'ont reçue. Les titulaires d'un "
            "abonnement mensuel seront dédommagés d'une journée. Prochain point demain à 8 h.")
    text = statement_file(lang="fr", title="Grève des conducteurs le jeudi 4 décembre", severity="major",
                          started="2026-11-28 17:00", front="", sections={
                              "Résumé": "Une grève de nos conducteurs perturbera nos lignes le 4 décembre. Nous "
                                        "sommes désolés."},
                          updates=(("2026-11-30 17:35", "identifié", plan),))
    sms = _sms(project, settings, text, "2026-11-28-greve.fr.md")
    for line in sms.values():
        # (A line named by one end only reads as if the whole line stopped there.)
        assert not any(cut in line for cut in ("Grenoble.", "Grenoble,", "Grenoble ;")), sms


def test_a_boil_water_text_gives_our_information_line_before_words_of_regret(project, settings):
    text = statement_file(
        lang="fr", title="Eau à faire bouillir à Corcelles et Grandcour", severity="major", started="2026-11-30 11:00",
        front="kind: safety\n", sections={
            "Résumé": "Depuis le 30 novembre, l'eau du robinet de Corcelles-près-Payerne et de Grandcour doit être "
                      "bouillie avant d'être bue, car des bactéries fécales (E. coli) y ont été trouvées. Nous sommes "
                      "désolés pour les familles concernées.",
            "Ce que vous pouvez faire": "- Faites bouillir l'eau au moins 3 minutes avant de la boire, de vous brosser "
                                        "les dents, de préparer les repas, les biberons ou des glaçons.\n"
                                        "- En cas de diarrhée ou de fièvre, contactez votre médecin ou la Centrale "
                                        "des médecins de garde au 0848 133 133.\n"
                                        "- Informations et questions : 026 555 40 40 (7 h – 20 h) ou "
                                        "eau@sib-broye.example."},
        updates=(("2026-11-30 11:00", "analyse", "Nous rinçons le réseau."),))
    sms = _sms(project, settings, text, "2026-11-30-eau.fr.md")["announcement"]
    assert "026 555 40 40" in sms, sms


def test_an_apology_that_leans_on_the_sentence_before_never_goes_without_it(project, settings):
    update = ("Ce matin, 48 % des conducteurs sont en grève. Le plan de transport annoncé hier est respecté sur toutes "
              "les lignes, sauf la T40 Grenoble – La Mure : le départ de 7 h 05 de La Mure n'a pas pu être assuré, "
              "faute de conducteur. Nous nous en excusons auprès des voyageurs qui l'attendaient. Les 118 circuits "
              "scolaires prévus ont roulé. Prochain point à 13 h, après le début de la réunion de négociation.")
    text = statement_file(lang="fr", title="Grève des conducteurs le 30 novembre", severity="major",
                          started="2026-11-28 17:00", front="", sections={
                              "Résumé": "Une grève de nos conducteurs perturbe nos lignes. Nous sommes désolés."},
                          updates=(("2026-11-30 07:50", "identifié", update),
                                   ("2026-11-28 17:00", "identifié", "Un préavis de grève a été déposé.")))
    sms = _sms(project, settings, text, "2026-11-28-greve.fr.md")["update 07:50"]
    # « Nous nous en excusons… qui l'attendaient » alone apologises for nothing anyone can name.
    assert "excusons" not in sms or "T40" in sms, sms


def test_an_instruction_for_people_on_board_stops_once_the_evacuation_is_over(project, settings):
    advice = "Si vous êtes à bord : restez assis, la barre baissée, et attendez les pisteurs."
    text = statement_file(lang="fr", title="Arrêt du télésiège des Crêtes", severity="major", front="kind: safety\n",
                          started="2026-11-28 10:00", sections={
                              "Résumé": "Le télésiège des Crêtes est à l'arrêt depuis 10 h. Nous sommes désolés."},
                          updates=(("2026-11-28 17:30", "surveillance",
                                    "Un roulement du réducteur s'est brisé. Le télésiège restera fermé jusqu'à sa "
                                    "réparation."),
                                   ("2026-11-28 13:10", "identifié",
                                    "L'évacuation s'est terminée à 12 h 58 : nos pisteurs ont fait descendre 146 "
                                    "personnes."),
                                   ("2026-11-28 10:30", "analyse",
                                    f"Le télésiège des Crêtes ne peut pas redémarrer. {advice}")))
    texts = _sms(project, settings, text, "2026-11-28-cretes.fr.md")
    assert "restez assis" in texts["update 10:30"], texts
    for later in ("update 13:10", "update 17:30"):
        assert "restez assis" not in texts[later], texts[later]


def test_a_text_never_points_at_details_below_it(project, settings):
    text = statement_file(title="Bills taken twice", severity="major", started="2026-11-28 09:00", front="",
                          sections={"Summary": "We took some bills twice. We are sorry."},
                          updates=(("2026-11-28 12:10", "identified",
                                    "Every second payment is back. If your bank charged you, send us your statement "
                                    "(details below) and we'll pay the charge."),))
    sms = _sms(project, settings, text)["update 12:10"]
    assert "below" not in sms, sms


def test_advice_about_the_messages_before_it_never_goes_without_them(project, settings):
    update = ("Le cabinet indépendant a terminé l'examen de nos 214 espaces de stockage : aucun autre n'était accessible "
              "publiquement. Depuis lundi, vous nous avez signalé 96 messages frauduleux, surtout de faux SMS de "
              "« remboursement » qui citent une commande réelle. Si vous en recevez un, ne cliquez pas et "
              "transférez-le au 33700. Prochain point le 14 décembre à 18 h.")
    text = statement_file(lang="fr", title="Fuite de données des acheteurs", severity="critical",
                          started="2026-11-28 09:00", front="kind: breach\n",
                          sections={"Résumé": "Les coordonnées de 148 312 acheteurs ont été exposées. Nous sommes désolés."},
                          updates=(("2026-11-28 11:00", "surveillance", update),))
    sms = _sms(project, settings, text, "2026-11-28-fuite.fr.md")["update 11:00"]
    assert "en recevez un" not in sms or "frauduleux" in sms, sms
    # « ont reçu un SMS » is never « ont touché un SMS »: money is touched, messages are not.
    from generator.rendering.channels.voices import _sms_forms
    assert all("touché un SMS" not in form for form in _sms_forms("Ces 1 362 personnes ont reçu un SMS à la place."))


def test_a_recall_text_names_the_lots_in_what_to_do(project, settings):
    summary = ("We are recalling about 9,400 charging bases supplied with the Brisk 2 kettle between March and May 2025, "
               "because a faulty solder joint can make them overheat. If the sticker under your base shows one of the "
               "lot numbers below, unplug it now and order a free replacement. Nobody has been hurt. We are sorry.")
    table = ("| Product | Lots |\n|---|---|\n| Brisk 2 charging base, white | K25C11, K25C12, K25C13 |")
    update = ("We are recalling Brisk 2 charging bases from lots K25C11, K25C12 and K25C13, shipped between March and "
              "May 2025, because they can overheat. Please check the sticker, unplug the base if it is affected, and "
              "order a free replacement at brisk-home.co.uk/base or on 0800 123 4567. Next update by noon tomorrow.")
    text = statement_file(title="Safety recall: some Brisk 2 kettle bases can overheat", severity="major",
                          started="2026-11-28 16:00", front="kind: recall\n",
                          sections={"Summary": summary, "Recalled products": table},
                          updates=(("2026-11-29 11:30", "identified", "In the first day 2,100 of you ordered a base."),
                                   ("2026-11-28 16:00", "identified", update)))
    texts = _sms(project, settings, text)
    first = texts["update 16:00"]
    # The first text of the recall says what is recalled, not only "unplug the base if it is affected".
    assert "K25C11" in first and "order a free replacement at brisk-home.co.uk/base" in first, first
    announcement = texts["announcement"]
    # "…one of the lot numbers below" read off the page names them in the sentence itself, once.
    assert "one of the lot numbers K25C11, K25C12 or K25C13, unplug it now" in announcement, announcement
    assert "below" not in announcement and "on our website" not in announcement, announcement
    assert announcement.count("K25C11") == 1, announcement


def test_an_outage_text_keeps_the_life_line_when_is_expected_back_and_the_credit(project, settings):
    first = ("Storm damage to a mast on Beacon Hill has cut our fixed wireless service in Wrexham and Ruabon. If you use "
             "a personal alarm that works over your line, call us free on 0800 555 0199 and we will lend you a mobile "
             "alarm unit today. To call 999, use a mobile.")
    second = ("The mast is repaired and 2,300 customers were reconnected overnight. Our riggers are realigning about "
              "400 dishes by hand, one street at a time. We now expect most customers back by this evening and everyone "
              "by Friday. Every affected customer will get a credit of £5 for each day without service, on the next "
              "bill. You don't need to claim.")
    third = ("1,900 of the 2,000 customers waiting for a refund of their call charges now have it. The other 100 "
             "refunds were returned by the banks, mostly because the account had been closed. We're texting those "
             "customers today to get new details, and we'll pay them within a day of hearing back. So far 40 customers "
             "have sent us bank charges to repay; 31 are already paid.")
    text = statement_file(title="Fixed wireless outage in Wrexham and Ruabon", severity="major",
                          started="2026-11-28 07:00", front="kind: outage\n",
                          sections={"Summary": "Our fixed wireless service is down in Wrexham and Ruabon. We are sorry."},
                          updates=(("2026-11-29 18:00", "monitoring", third), ("2026-11-29 10:00", "identified", second),
                                   ("2026-11-28 09:00", "identified", first)))
    texts = _sms(project, settings, text)
    # For people whose line is dead, the text is the only warning: the alarm line goes.
    assert "0800 555 0199" in texts["update 09:00"], texts
    # When service comes back, and the credit that "you don't need to claim" speaks of.
    assert "everyone by Friday" in texts["update 10:00"], texts["update 10:00"]
    assert ("£5 for each day" in texts["update 10:00"]) or ("You don't need to claim" not in texts["update 10:00"])
    # Never "…by the banks, mostly." with the adverb cut from its reason.
    assert "mostly." not in texts["update 18:00"], texts["update 18:00"]
    assert "We're texting those customers today" in texts["update 18:00"], texts["update 18:00"]


def test_a_count_of_calls_received_is_never_money_touched_in_a_french_text():
    # GSM-7 has no « ç »: « a reçu 1 870 appels » is « a enregistré », never « a touché » (in a
    # breach, « touché » reads as "hit"); money stays « touché », anything else « eu ».
    from generator.rendering.channels.voices import _sms_forms
    forms = _sms_forms("Depuis lundi, notre ligne dédiée a reçu 1 870 appels et nous avons reçu ce matin vos messages.")
    assert any("a enregistré 1 870 appels" in form and "avons eu ce matin" in form for form in forms), forms
    assert all("touché" not in form and "recu" not in form for form in forms), forms
    assert any("ont touché 120 €" in form for form in _sms_forms("Ils ont reçu 120 € chacun."))


def test_people_met_and_people_sent_a_text_are_never_had_in_a_french_text():
    # « avoir eu quelqu'un » also means "to have fooled someone": people received are met, and
    # people sent a text were told by text, agreed with who they are.
    from generator.rendering.channels.voices import _sms_forms
    met = _sms_forms("Nous avons reçu ce matin deux représentantes d'APF France handicap.")
    assert any("Nous avons rencontré ce matin deux représentantes" in form for form in met), met
    told = _sms_forms("1 362 adresses n'ont pas fonctionné : ces personnes ont reçu un SMS.")
    assert any("ces personnes ont été prévenues par SMS." in form for form in told), told
    clients = _sms_forms("Les clients concernés ont reçu un e-mail hier.")
    assert any("Les clients concernés ont été prévenus par e-mail hier." in form for form in clients), clients
    assert all(" eu " not in form for form in met + told + clients), (met, told, clients)
