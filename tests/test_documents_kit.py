"""The crisis documents say what the statement says, alike in English and French: the health
advice answers the health question, a return to normal answers "is it working now?", a
published cause is the cause, and a checklist ticks a step only on words that do it."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from tests.press_support import statement_file
from tests.test_documents_fresh import _both, _briefs, _item, _quoted, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


# -- a recall of goat cheese, with its own health section ------------------------------------------

def _cheese(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-06 09:00", front="next_update: 2026-03-12 18:00\n",
        title="Recall of Chèvre Doux cheese" if en else "Rappel du fromage Chèvre Doux",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling Chèvre Doux goat cheese, lot C12, because E. coli was found in it. "
                "Please bring it back for a full refund." if en else
                "Nous rappelons le fromage de chèvre Chèvre Doux, lot C12, car E. coli y a été détectée. "
                "Rapportez-le pour un remboursement complet."),
            ("Health advice" if en else "Conseils de santé"): (
                "Young children are the most at risk. Symptoms are diarrhoea and stomach cramps. If they "
                "appear, see your doctor." if en else
                "Les jeunes enfants sont les plus exposés. Elle se manifeste par des diarrhées et des crampes "
                "d'estomac. Dans ce cas, consultez votre médecin."),
        },
        updates=(("2026-03-06 12:00", "identified" if en else "identifié",
                  "We are recalling lot C12." if en else "Nous rappelons le lot C12."),))


def test_the_health_section_answers_the_health_question(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-06-cheese", _cheese), settings)
    english = briefs["en"]["What is the risk, and what should people who have it watch for?"]
    french = briefs["fr"]["Quel est le risque, et que doivent surveiller les personnes qui l'ont chez elles ?"]
    assert not _unanswered(english) and not _unanswered(french)
    assert any("see your doctor" in line for line in _quoted(english))
    assert any("consultez votre médecin" in line for line in _quoted(french))


# -- a bus strike, over: service back to its normal timetable --------------------------------------

def _strike(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-05 05:00", front="affected: [BUS]\nkind: outage\n",
        title="Strike: reduced bus service on 5 March" if en else "Grève : service de bus réduit le 5 mars",
        sections={("Summary" if en else "Résumé"): (
            "A strike reduced our bus service on 5 March: one bus in two ran. We are sorry." if en else
            "Une grève a réduit notre service de bus le 5 mars : un bus sur deux a circulé. Nous en sommes désolés.")},
        updates=(("2026-03-06 07:00", "resolved" if en else "résolu",
                  "All buses are running to their normal timetable this morning." if en else
                  "Tous les bus circulent selon leurs horaires habituels ce matin."),
                 ("2026-03-05 05:00", "identified" if en else "identifié",
                  "One bus in two will run today because of the strike." if en else
                  "Un bus sur deux circulera aujourd'hui en raison de la grève.")))


def test_a_return_to_the_normal_timetable_says_it_works_normally(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-05-strike", _strike), settings)
    english = briefs["en"]["Is it working normally now?"]
    french = briefs["fr"]["Est-ce que tout fonctionne normalement ?"]
    assert "normal timetable" in english and "horaires habituels" in french


def test_no_one_is_asked_about_losing_their_job_when_no_one_erred(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-05-strike", _strike), settings)
    assert "Will anyone lose their job over this?" not in briefs["en"]
    assert "Quelqu'un va-t-il perdre son poste ?" not in briefs["fr"]


# -- smoke in a train, whose cause is found: no environment question -------------------------------

def _smoke(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 18:00", front="kind: safety\n",
        title="Smoke in train 412" if en else "Fumée dans le train 412",
        sections={
            ("Summary" if en else "Résumé"): (
                "Smoke filled a carriage of train 412 on 4 March. Two passengers were hurt." if en else
                "De la fumée a envahi une voiture du train 412 le 4 mars. Deux voyageurs ont été blessés."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "The smoke came from a heater under a seat. Why the heater failed is not yet known." if en else
                "La fumée provenait d'un radiateur sous un siège. Nous ne savons pas encore pourquoi il a été "
                "défaillant."),
        },
        updates=(("2026-03-04 20:00", "identified" if en else "identifié",
                  "The train has been taken out of service." if en else "Le train a été retiré du service."),))


def test_the_known_source_answers_the_cause_with_its_caveat_in_both_languages(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-04-smoke", _smoke), settings)
    english = _quoted(briefs["en"]["What caused it?"])
    french = _quoted(briefs["fr"]["Quelle en est la cause ?"])
    assert english == ["The smoke came from a heater under a seat.", "Why the heater failed is not yet known."]
    assert french == ["La fumée provenait d'un radiateur sous un siège.",
                      "Nous ne savons pas encore pourquoi il a été défaillant."]


def test_no_environment_question_when_nothing_reached_the_environment(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-04-smoke", _smoke), settings)
    assert not any("environment" in question for question in briefs["en"])
    assert not any("environnement" in question for question in briefs["fr"])


# -- a breach whose way in was confirmed in an update ----------------------------------------------

def _breach(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 08:00",
        title="Personal data of club members exposed" if en else "Données personnelles des membres exposées",
        sections={("Summary" if en else "Résumé"): (
            "An intruder copied the names and e-mail addresses of 9,000 club members. We are sorry." if en else
            "Un intrus a copié les noms et adresses électroniques de 9 000 membres du club. Nous en sommes "
            "désolés.")},
        updates=(("2026-03-07 10:00", "monitoring" if en else "surveillance",
                  "The auditors have confirmed how the intruder got in: through a supplier's account without "
                  "two-step verification." if en else
                  "Les auditeurs ont confirmé comment l'intrus est entré : par le compte d'un fournisseur sans "
                  "validation en deux étapes."),
                 ("2026-03-03 10:00", "identified" if en else "identifié",
                  "Since yesterday, some members have received fake e-mails asking for their card number." if en
                  else "Depuis hier, certains membres reçoivent de faux courriels demandant leur numéro de carte.")))


def test_a_confirmed_way_in_is_the_cause_and_fake_e_mails_are_not(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-02-breach", _breach), settings)
    english = _quoted(briefs["en"]["What caused it?"])
    french = _quoted(briefs["fr"]["Quelle en est la cause ?"])
    assert english and "confirmed how the intruder got in" in english[0]
    assert french and "confirmé comment l'intrus est entré" in french[0]
    assert not any("fake" in line for line in english) and not any("faux" in line for line in french)


# -- the checklist ticks a step only on words that do it -------------------------------------------

def _recall(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-06 09:00",
        title="Recall of Chèvre Doux cheese" if en else "Rappel du fromage Chèvre Doux",
        sections={("Summary" if en else "Résumé"): (
            "We are recalling Chèvre Doux goat cheese, lot C12. It was withdrawn from sale by 15:00 on 6 March." if en
            else "Nous rappelons le fromage Chèvre Doux, lot C12. Il a été retiré de la vente avant 15 h le 6 mars.")},
        updates=(("2026-03-08 12:00", "monitoring" if en else "surveillance",
                  "No case of illness has been reported to us or to the health authorities." if en else
                  "Aucun cas de maladie ne nous a été signalé, ni aux autorités sanitaires."),))


def _safety(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 18:00", front="kind: safety\n",
        title="Smoke in train 412" if en else "Fumée dans le train 412",
        sections={
            ("Summary" if en else "Résumé"): (
                "Smoke filled a carriage of train 412 on 4 March. Two passengers were hurt." if en else
                "De la fumée a envahi une voiture du train 412 le 4 mars. Deux voyageurs ont été blessés."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- A member of our staff is in personal contact with both injured passengers and their families.\n"
                "- The train will stay in the depot until the investigation is over." if en else
                "- Un membre de notre personnel est en contact direct avec les deux voyageurs blessés et leurs "
                "proches.\n- Le train restera au dépôt jusqu'à la fin de l'enquête."),
        },
        updates=(("2026-03-04 20:00", "identified" if en else "identifié",
                  "Two passengers were hurt." if en else "Deux voyageurs ont été blessés."),))


def _checklists(project, settings, name, make):  # type: ignore[no-untyped-def]
    return {lang: render_checklist(s, settings, NOW) for lang, s in _both(project, settings, name, make).items()}


def test_no_case_reported_and_a_withdrawal_hour_tick_no_authority_nor_health_step(project, settings) -> None:  # type: ignore[no-untyped-def]
    lists = _checklists(project, settings, "2026-03-06-cheese", _recall)
    assert _item(lists["en"], "Inform the product-safety authority").startswith("- [ ]")
    assert _item(lists["fr"], "Informez sans délai l'autorité chargée de la sécurité des produits").startswith("- [ ]")
    assert _item(lists["en"], "Tell people who have the product what to watch for").startswith("- [ ]")
    assert _item(lists["fr"], "Dites aux personnes qui ont le produit").startswith("- [ ]")


def test_families_told_by_a_person_is_ticked_and_an_investigation_named_is_not_the_authorities_told(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    lists = _checklists(project, settings, "2026-03-04-smoke", _safety)
    assert _item(lists["en"], "Families of anyone hurt are told by a person").startswith("- [x]")
    assert _item(lists["fr"], "Les familles des blessés sont prévenues").startswith("- [x]")
    # Aboard a train the authorities are the transport investigators, and "until the
    # investigation is over" does not say they were told; keeping the train in the depot is done.
    assert _item(lists["en"], "Inform the transport safety investigators").startswith("- [ ]")
    assert _item(lists["fr"], "Informez les enquêteurs de sécurité des transports").startswith("- [ ]")
    assert _item(lists["en"], "Keep the vehicle out of service").startswith("- [x]")
    assert _item(lists["fr"], "Gardez le véhicule hors service").startswith("- [x]")
    assert "labour inspectorate" not in lists["en"] and "air, water or soil" not in lists["en"]


def _fixed(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 08:00", front="affected: [Ticket machines]\nkind: outage\n",
        title="Ticket machines down" if en else "Distributeurs de billets en panne",
        sections={
            ("Summary" if en else "Résumé"): ("Our ticket machines were down for two hours." if en else
                                              "Nos distributeurs de billets ont été en panne deux heures."),
            ("Postmortem" if en else "Analyse après incident"): (
                "A faulty update stopped the machines. We now test every update first." if en else
                "Une mise à jour défectueuse a arrêté les distributeurs. Nous testons désormais chaque mise à jour."),
        },
        updates=(("2026-03-02 10:00", "resolved" if en else "résolu",
                  "All machines work normally again." if en else "Tous les distributeurs fonctionnent normalement."),))


def test_a_published_postmortem_is_shown_by_its_words_never_its_heading(project, settings) -> None:  # type: ignore[no-untyped-def]
    lists = _checklists(project, settings, "2026-03-02-machines", _fixed)
    assert "A faulty update stopped the machines." in _item(lists["en"], "Once it is over")
    assert "Une mise à jour défectueuse" in _item(lists["fr"], "Une fois la crise close")


# -- the memo: our position, never the offending words; staff measures only -------------------------

def _poster(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-03 09:00",
        title="Our 'Lazy Mondays' poster" if en else "Notre affiche « Lundis paresseux »",
        sections={("Summary" if en else "Résumé"): (
            'On 2 March we put up a poster saying "Our drivers sleep on Mondays". It mocked our drivers. '
            "We removed it on 3 March and we apologise to them." if en else
            "Le 2 mars, nous avons affiché une publicité disant « Nos chauffeurs dorment le lundi ». Elle se "
            "moquait de nos chauffeurs. Nous l'avons retirée le 3 mars et nous leur présentons nos excuses.")},
        updates=(("2026-03-04 10:00", "resolved" if en else "résolu",
                  "The poster has been removed everywhere." if en else "L'affiche a été retirée partout."),))


def test_the_key_message_is_what_we_did_never_the_quoted_slogan(project, settings) -> None:  # type: ignore[no-untyped-def]
    memos = {lang: render_memo(s, settings, NOW) for lang, s in _both(project, settings, "2026-03-03-poster",
                                                                       _poster).items()}
    english = next(line for line in memos["en"].splitlines() if "Our key message" in line)
    french = next(line for line in memos["fr"].splitlines() if "Notre message principal" in line)
    assert "sleep on Mondays" not in english and "removed it" in english
    assert "dorment le lundi" not in french and "retirée" in french
    assert "rétablie" not in memos["fr"] and "resolved" not in memos["en"]


def test_the_staff_section_never_lists_a_measure_for_passengers(project, settings) -> None:  # type: ignore[no-untyped-def]
    memos = {lang: render_memo(s, settings, NOW) for lang, s in _both(project, settings, "2026-03-04-smoke",
                                                                       _safety).items()}
    assert "What the statement says for the staff concerned" not in memos["en"]
    assert "Ce que la déclaration prévoit pour les salariés concernés" not in memos["fr"]


def _buzz(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 12:30", front="",
        title="Our post about bottle-feeding was wrong" if en else "Notre publication sur le biberon était blessante",
        sections={
            ("Summary" if en else "Résumé"): (
                "On 4 March we published a post that mocked parents who bottle-feed. It was hurtful, and we are sorry."
                if en else "Le 4 mars, nous avons publié un message qui se moquait des parents qui donnent le biberon. "
                "Il était blessant, et nous présentons nos excuses."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- We are replying personally to everyone who wrote to us about the post.\n- We have reviewed the 46 "
                "posts that were scheduled for the coming weeks and withdrawn 3 of them." if en else
                "- Nous répondons personnellement à chacune des personnes qui nous ont écrit.\n- Nous avons relu les "
                "46 publications programmées pour les semaines à venir et en avons retiré 3."),
        },
        updates=(("2026-03-04 19:05", "resolved" if en else "résolu",
                  "We removed the post at 18:40." if en else "Nous avons retiré la publication à 18 h 40."),))


def test_replies_to_everyone_and_reviewed_scheduled_posts_tick_their_steps(project, settings) -> None:  # type: ignore[no-untyped-def]
    lists = _checklists(project, settings, "2026-03-04-post", _buzz)
    assert _item(lists["en"], "Answer the people who wrote to us").startswith("- [x]")
    assert _item(lists["fr"], "Répondez un par un").startswith("- [x]")
    assert _item(lists["en"], "Pause scheduled posts").startswith("- [x]")
    assert _item(lists["fr"], "Suspendez publications programmées").startswith("- [x]")


def test_a_step_one_language_shows_done_is_done_in_the_other(project, settings) -> None:  # type: ignore[no-untyped-def]
    def make(lang: str) -> str:
        en = lang == "en"
        return statement_file(
            lang=lang, severity="critical", started="2026-03-04 18:00", front="kind: recall\n",
            title="Recall of KARST cars" if en else "Rappel des KARST",
            sections={("Summary" if en else "Résumé"): (
                "We are recalling 22,855 KARST cars: a battery connector can overheat. We are sorry." if en else
                "Nous rappelons 22 855 KARST : un connecteur de batterie peut chauffer. Nous présentons nos excuses."),
                **({} if en else {"Ce que nous faisons": "- Nous avons déclaré le rappel sur le site Rappel Conso."})},
            updates=(("2026-03-04 20:00", "identified" if en else "identifié",
                      "Letters are going out." if en else "Les courriers partent."),))

    statements = _both(project, settings, "2026-03-04-karst", make)
    alone = render_checklist(statements["en"], settings, NOW)
    paired = render_checklist(statements["en"], settings, NOW, (statements["fr"],))
    assert alone.count("- [x]") < paired.count("- [x]"), paired
    # (Said in the team's own language: never the other statement's words quoted.)
    assert "Done, according to the French statement." in paired and "Rappel Conso" not in paired, paired


def test_a_car_recall_names_market_surveillance_never_a_food_regulator(project, settings) -> None:  # type: ignore[no-untyped-def]
    def make(lang: str) -> str:
        en = lang == "en"
        return statement_file(
            lang=lang, severity="critical", started="2026-03-04 18:00", front="kind: recall\n",
            title="Recall of KARST electric cars" if en else "Rappel des voitures électriques KARST",
            sections={("Summary" if en else "Résumé"): (
                "We are recalling 22,855 KARST cars: a battery connector can overheat. We are sorry." if en else
                "Nous rappelons 22 855 voitures KARST : un connecteur peut chauffer. Nous présentons nos excuses.")},
            updates=(("2026-03-04 20:00", "identified" if en else "identifié",
                      "Letters are going out." if en else "Les courriers partent."),))

    lists = _checklists(project, settings, "2026-03-04-karst", make)
    assert "market-surveillance authority" in lists["en"] and "product-safety authority" not in lists["en"]
    assert "surveillance du marché" in lists["fr"] and "DDPP" not in lists["fr"] and "DGAL" not in lists["fr"]
