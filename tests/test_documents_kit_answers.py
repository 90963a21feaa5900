"""What a spokesperson is asked first, answered from the statement: the sick and the dead with
the caveat that goes with them, a count of the trips or logins hit when no person is counted,
the person hurt in an accident, whose fault a withdrawn campaign was; and what customers and
staff read is never a promise already kept printed as ahead."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import reply_templates
from generator.rendering.channels import render_copies
from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement
from tests.test_documents_fresh import _answers, _item, _plain, _quoted, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def test_the_illness_answer_carries_a_death_and_its_caveat(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="Recall of Everyday cat food", started="2026-03-02 10:00", front="next_update: 2026-03-12 18:00\n",
        sections={"Summary": "We are recalling five batches of Everyday cat food: they contain too much vitamin D. "
                             "Stop feeding it to your cat. We are sorry."},
        updates=(("2026-03-05 18:30", "monitoring",
                  "Owners and vets have reported 27 cats that became unwell after eating the recalled batches. "
                  "In nine of them, vets have confirmed raised blood calcium. We have also been told of one cat "
                  "that died; we do not yet know whether our food was the cause. So far 14,820 bags have been "
                  "returned."),
                 ("2026-03-02 10:00", "identified", "We are recalling five batches.")))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-recall.md"), settings, NOW))
    ill = " ".join(_quoted(answers["Have any illnesses been reported?"]))
    assert "27 cats that became unwell" in ill
    assert "one cat that died; we do not yet know whether our food was the cause" in ill, ill


def test_how_many_counts_the_trips_hit_when_no_person_is_counted(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="App outage on Monday morning", started="2026-03-02 07:52",
        sections={"Summary": "On Monday from 7:52 to 9:38 am, nobody could unlock a scooter. In all, 3,870 trips "
                             "were affected and all were refunded on 3 March. We apologise.",
                  "What we are doing": "- This week our team called 9 riders before their trip."},
        updates=(("2026-03-02 16:30", "resolved", "The service works normally."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-app.md"), settings, NOW))
    count = answers["How many people are affected?"]
    assert not _unanswered(count) and "3,870 trips were affected" in _plain(count), count
    assert "9 riders" not in count


def test_how_many_in_an_accident_names_the_person_hurt(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="Rider injured when a scooter broke", severity="critical", started="2026-03-02 18:40",
        front="next_update: 2026-03-12 18:00\n",
        sections={"Summary": "On Saturday a woman fell when the steering column of her scooter snapped. She was "
                             "taken to hospital with a broken wrist. We apologise to her and her family.",
                  "What happened": "What we do not know yet: whether the crack comes from a manufacturing defect "
                                   "or wear."},
        updates=(("2026-03-05 18:00", "monitoring", "She returned home today."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-fall.md"), settings, NOW))
    count = _plain(answers["How many people are affected?"])
    assert "a woman fell" in count and "broken wrist" in count, count  # never "we do not know yet"
    cause = answers["What caused it?"]
    assert not _unanswered(cause) and "manufacturing defect" in _plain(cause), cause


def test_a_withdrawn_campaign_is_owned_by_the_process_not_the_team(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="We have withdrawn our Clean Bowl campaign", started="2026-03-02 19:00",
        sections={"Summary": "Our campaign invited owners to film their dog eating as fast as possible. Vets told "
                             "us, rightly, that it raises the risk of choking. We should never have published it. "
                             "We stopped the campaign on 2 March and removed every post. We are sorry.",
                  "What happened": "The campaign was written and approved by our marketing team. None of our vets "
                                   "reviewed it before it went live: that was a failure of our process, not of any "
                                   "one person."},
        updates=(("2026-03-03 16:00", "resolved", "Every post is removed."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-ad.md"), settings, NOW))
    responsible = _quoted(answers["Who is responsible?"])
    assert responsible[0] == "We should never have published it.", responsible
    assert not any("marketing team" in line for line in responsible)
    cause = " ".join(_quoted(answers["How could this happen?"]))
    assert "None of our vets reviewed it" in cause and "We stopped" not in cause, cause


def test_a_promise_kept_is_never_told_as_ahead(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="App outage, trips refunded", started="2026-03-02 07:52",
        sections={"Summary": "On 2 March nobody could end a trip for two hours. All 3,870 affected trips were "
                             "refunded in full on 3 March. We apologise.",
                  "What you should do": "- Nothing: the refund was credited automatically to your account on "
                                        "3 March."},
        updates=(("2026-03-02 16:30", "resolved",
                  "The service works normally. In all, 3,870 trips were affected. They will be refunded in full "
                  "by tomorrow."),))
    statement = write_statement(project, settings, text, "2026-03-02-refund.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    compensation = _quoted(answers["Will people be compensated?"])
    assert not any(line.startswith("Nothing") for line in compensation), compensation
    assert "The refund was credited automatically to your account on 3 March." in compensation
    reply = _plain(reply_templates(statement, settings, NOW)["personal"].text)
    assert "will be refunded in full by 3 March" not in reply and "by tomorrow" not in reply, reply
    memo = _plain(render_memo(statement, settings, NOW))
    assert "will be refunded in full" not in memo and "check it was kept" not in memo, memo
    release = render_press_release(statement, settings).text
    # Released once the summary said the refunds were made: dated the 3rd, never the 2nd.
    assert "Mar. 3, 2026 —" in release or "March 3, 2026 —" in release, release[:400]


def _breach(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-02 06:50", front="next_update: 2026-03-12 18:00\n",
        title="Unauthorised access to appointment data" if en else "Accès non autorisé aux données de rendez-vous",
        sections={("Summary" if en else "Résumé"): (
            "Someone used an employee's login to copy the appointment data of 48,312 patients. We apologise."
            if en else "Quelqu'un a utilisé l'identifiant d'une employée pour copier les données de rendez-vous de "
                       "48 312 patients. Nous vous présentons nos excuses. Au 5 mars, 31 560 patients le savent déjà "
                       "par courriel.")},
        updates=(("2026-03-05 17:00", "monitoring" if en else "surveillance",
                  "The CNIL and the regional health agency have been informed. As of 4 pm, 31,560 patients have "
                  "been informed by email." if en else
                  "La CNIL et l'agence régionale de santé ont été informées."),))


def test_the_checklist_quotes_its_own_language_and_never_the_regulator_for_the_people(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = write_statement(project, settings, _breach("en"), "2026-03-02-breach.md")
    french = write_statement(project, settings, _breach("fr"), "2026-03-02-breach.fr.md")
    checklist = render_checklist(french, settings, NOW, siblings=(english,))
    told = _item(checklist, "Prévenez chaque personne")
    # The regulator informed is no patient told; the English statement shows the patients told,
    # and the French checklist quotes the French sentence with the same figure, never the English.
    assert "CNIL" not in told and "31 560 patients le savent déjà" in told, told
    assert "anglais" not in told and "informed by email" not in told, told
    tell = _item(render_checklist(english, settings, NOW, siblings=(french,)), "Tell each person")
    assert "31,560 patients have been informed by email" in tell and "CNIL" not in tell, tell


def test_a_fault_in_our_own_systems_answers_who_is_responsible(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="Card payments and app down on Thursday morning", started="2026-03-02 07:52",
        sections={"Summary": "From 07:52 to 10:41, card payments were declined and the app was down. The cause was "
                             "a fault in our own systems, not an attack. We are sorry."},
        updates=(("2026-03-02 11:00", "resolved", "Payments work normally."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-cards.md"), settings, NOW))
    assert _quoted(answers["Who is responsible?"]) == ["The cause was a fault in our own systems, not an attack."]


def test_a_correction_that_names_the_time_of_its_update_changes_no_time() -> None:
    from generator.rendering.corrections import corrected

    fix = ["Les numéros de téléphone figuraient aussi dans ces fichiers. À 12 h, nous avons écrit le contraire : "
           "c'était faux. Les 41 870 clients concernés sont tous touchés."]
    assert corrected("Le stockage était lisible depuis le 2 novembre à 11 h 08, après une erreur.", fix) == \
        "Le stockage était lisible depuis le 2 novembre à 11 h 08, après une erreur."
    assert corrected("Nous avons notifié la CNPD à 10 h 15.", fix) == "Nous avons notifié la CNPD à 10 h 15."


def test_no_new_case_comes_after_the_total_and_water_not_billed_is_compensation(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        lang="fr", severity="critical", started="2026-03-02 21:30", front="next_update: 2026-03-12 07:30\n",
        title="Eau du robinet impropre à la consommation",
        sections={"Résumé": "Depuis le 2 mars, l'eau du robinet est impropre à la consommation dans 7 communes. "
                            "Nous vous présentons nos excuses.",
                  "Ce que nous faisons": "- Nous ne facturerons pas l'eau consommée du 2 mars jusqu'à la levée de "
                                         "la restriction."},
        updates=(("2026-03-05 19:00", "surveillance", "L'ARS nous indique qu'aucune nouvelle consultation pour "
                                                       "troubles digestifs ne lui a été signalée depuis le 4 mars."),
                 ("2026-03-03 11:00", "surveillance", "L'ARS nous indique que 23 personnes ont consulté un médecin "
                                                       "pour des troubles digestifs. Une personne de 84 ans a été "
                                                       "hospitalisée par précaution.")))
    statement = write_statement(project, settings, text, "2026-03-02-eau.fr.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    ill = " ".join(_quoted(answers["Des personnes sont-elles tombées malades ?"]))
    assert "23 personnes ont consulté" in ill and "hospitalisée" in ill and "aucune nouvelle consultation" in ill, ill
    assert ill.index("23 personnes") < ill.index("aucune nouvelle")
    money = answers["Les personnes seront-elles indemnisées ?"]
    assert not _unanswered(money) and "ne facturerons pas l'eau" in _plain(money), money


def test_who_took_the_data_and_whether_anyone_could_read_it(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-02 16:40", front="next_update: 2026-03-12 08:00\n",
        title="Customer personal data readable on the internet",
        sections={"Summary": "From 2 to 23 February, files holding the data of 41,870 customers could be read by "
                             "anyone on the internet, because of a configuration error we made. We apologise.",
                  "What we are doing": "- We filed a criminal complaint with the police on 3 March.\n"
                                       "- Our logs show that the files were downloaded by two unknown parties."},
        updates=(("2026-03-03 12:00", "identified", "We closed access at 17:25."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-files.md"), settings, NOW))
    who = " ".join(_quoted(answers["Who accessed it?"]))
    assert "downloaded by two unknown parties" in who and "criminal complaint" not in who, who
    encrypted = answers["Was it encrypted?"]
    assert not _unanswered(encrypted) and "could be read by anyone" in _plain(encrypted), encrypted


def test_the_memo_never_tells_staff_we_are_closing_this_statement(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="A passenger using a wheelchair was refused boarding", started="2026-03-02 10:00",
        sections={"Summary": "On 2 March our staff refused to board a passenger using a wheelchair. That was wrong, "
                             "and we are sorry. We publish the video because you have a right to see it."},
        updates=(("2026-03-05 16:00", "resolved",
                  "All 46 members of our port staff have completed the assisted boarding training. We are closing "
                  "this statement; if you travel with reduced mobility and have any question, call us on "
                  "+33 2 99 40 11 00."),))
    memo = _plain(render_memo(write_statement(project, settings, text, "2026-03-02-boarding.md"), settings, NOW))
    assert "closing this statement" not in memo, memo
    assert "If you travel with reduced mobility" in memo and "46 members of our port staff" in memo, memo


def test_a_fire_hydrant_is_no_health_risk(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        lang="fr", severity="critical", started="2026-03-02 21:30", front="next_update: 2026-03-12 07:30\n",
        title="Eau du robinet impropre à la consommation",
        sections={"Résumé": "Depuis le 2 mars, l'eau du robinet est impropre à la consommation dans 7 communes. "
                            "Nous vous présentons nos excuses.",
                  "Ce que vous pouvez faire": "- En cas de diarrhée ou de fièvre, consultez votre médecin."},
        updates=(("2026-03-05 17:30", "surveillance", "Les prélèvements ne sont pas encore conformes : nous "
                                                       "renforçons les purges sur 14 poteaux d'incendie."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-eau.fr.md"), settings, NOW))
    risk = _plain(answers["Quel est le risque pour la santé, et que faut-il surveiller ?"])
    assert "poteaux d'incendie" not in risk and "consultez votre médecin" in risk, risk


def test_a_sentence_whose_y_names_the_place_keeps_the_advice_it_leans_on(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        lang="fr", severity="critical", started="2026-03-02 21:30", front="next_update: 2026-03-12 07:30\n",
        title="Eau du robinet impropre à la consommation",
        sections={"Résumé": "Depuis le 2 mars, l'eau du robinet est impropre à la consommation dans 7 communes. "
                            "Nous vous présentons nos excuses. Le 5 mars, la restriction a été levée dans 5 communes. "
                            "Elle reste en vigueur aux Granges et à Montaillon : n'y buvez pas l'eau du robinet. "
                            "L'eau en bouteille y reste distribuée gratuitement."},
        updates=(("2026-03-05 17:30", "surveillance", "La restriction est levée dans 5 communes."),))
    statement = write_statement(project, settings, text, "2026-03-02-eau.fr.md")
    memo = _plain(render_memo(statement, settings, NOW))
    # « y » is Les Granges and Montaillon: said without them, it would be the five lifted communes.
    assert "Montaillon : n'y buvez pas l'eau du robinet. L'eau en bouteille y reste" in memo.replace("’", "'"), memo


def test_a_closed_statement_answers_what_was_done_and_what_prevents_it(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        title="A passenger using a wheelchair was refused boarding", started="2026-03-02 10:00",
        sections={"Summary": "On 2 March our staff refused to board a passenger using a wheelchair. That was wrong, "
                             "and we are sorry. We publish the video because you have a right to see it."},
        updates=(("2026-03-05 16:00", "resolved",
                  "All 46 members of our port staff have now completed the assisted boarding training. The new "
                  "rules have been in force since 4 March. We thank the passenger concerned, who helped us write "
                  "the new procedure. We are closing this statement; if you travel with reduced mobility and have "
                  "any question, call us on +33 2 99 40 11 00."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-boarding.md"),
                                       settings, NOW))
    everything = " ".join(_plain(a) for a in answers.values())
    assert "closing this statement" not in everything, everything
    done = " ".join(_quoted(answers["What have you done about it?"]))
    assert "46 members of our port staff have now completed" in done, done
    again = " ".join(_quoted(answers["Will it happen again?"]))
    assert "new rules have been in force" in again and "We thank" not in again, again
    assert "right to see it" not in answers["What caused it?"]  # why we publish, not why it happened


def test_a_ferry_hit_by_waves_gets_the_vehicle_steps_and_its_investigators(project, settings) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.checklist import render_checklist

    text = statement_file(
        title="23 people injured on board Ormer Spirit", severity="critical", started="2026-03-02 09:12",
        front="next_update: 2026-03-12 08:00\n",
        sections={"Summary": "On 2 March our fast ferry Ormer Spirit was hit by large waves. 23 people were "
                             "injured, 2 of them crew. We are deeply sorry.",
                  "What happened": "The ship returned to Saint-Malo at 10:35, where fire and rescue services were "
                                   "waiting.",
                  "What we are doing": "- The marine accident investigation office (BEAmer) has opened an "
                                       "investigation; we have given its investigators the voyage data recorder."},
        updates=(("2026-03-02 18:00", "monitoring", "Seven people were taken to hospital."),))
    checklist = _plain(render_checklist(write_statement(project, settings, text, "2026-03-02-ferry.md"), settings, NOW))
    assert "labour inspectorate" not in checklist and "Keep the vehicle out of service" in checklist, checklist
    assert "[x] Inform the transport safety investigators" in checklist, checklist


def test_an_internal_step_past_its_deadline_is_a_check_to_make(project, settings) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.checklist import render_checklist

    text = statement_file(
        title="Customer personal data readable on the internet", severity="critical", started="2026-03-02 16:40",
        front="next_update: 2026-03-12 08:00\n",
        sections={"Summary": "Files holding the personal data of 41,870 customers could be read on the internet. "
                             "We apologise."},
        updates=(("2026-03-02 21:30", "identified", "We closed access at 17:25."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-03-02-files.md"), settings, NOW)
    memo_step = _item(checklist, "Send the staff memo")
    assert "passed: check it was done" in _plain(memo_step), memo_step


def test_a_discount_on_the_next_invoice_is_compensation_and_a_rule_without_exception_prevents(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "7 days of subscription will be taken off your invoice" and « une remise de 10 € » answer
    # "Will people be compensated?"; "no change … during working hours, without exception" and "an
    # alert now watches…" answer "Will it happen again?".
    cases = {
        "en": (statement_file(
            title="Accounting app down for four hours", started="2026-03-02 08:47",
            sections={"Summary": "On Monday our 38,400 customers could not use the app from 08:47 to 13:25. We are sorry.",
                      "What you should do": "- 7 days of subscription will be taken off your March invoice, with "
                                            "nothing for you to do.",
                      "What we are doing": "- Since 2 March, no change is made to the database during working hours, "
                                           "without exception.\n- An alert now watches the copy of data to the "
                                           "standby server at all times."},
            updates=(("2026-03-02 17:55", "resolved", "Every service works normally."),)),
            "Will people be compensated?", "taken off your March invoice", "Will it happen again?", "without exception"),
        "fr": (statement_file(
            lang="fr", title="Eau à faire bouillir à Marcilly", started="2026-03-02 08:47",
            sections={"Résumé": "Du 2 au 4 mars, les habitants de Marcilly ne devaient pas boire l'eau du robinet sans "
                                "l'avoir fait bouillir. Nous vous présentons nos excuses.",
                      "Ce que vous pouvez faire": "- Chacun des 4 950 foyers abonnés bénéficiera d'une remise de 10 € "
                                                  "sur sa prochaine facture, sans démarche.",
                      "Ce que nous faisons": "- Une alerte surveille désormais en permanence le chlore du réservoir."},
            updates=(("2026-03-04 17:00", "résolu", "L'eau est de nouveau potable."),)),
            "Les personnes seront-elles indemnisées ?", "remise de 10 €", "Cela peut-il se reproduire ?",
            "Une alerte surveille désormais"),
    }
    for lang, (text, money, paid, again, prevents) in cases.items():
        name = "2026-03-02-down.md" if lang == "en" else "2026-03-02-down.fr.md"
        answers = _answers(render_qa_brief(write_statement(project, settings, text, name), settings, NOW))
        assert not _unanswered(answers[money]) and paid in _plain(answers[money]).replace("\u202f", " ").replace(
            "\u00a0", " "), answers[money]
        assert not _unanswered(answers[again]) and prevents in _plain(answers[again]), answers[again]


def test_a_breach_memo_key_message_is_the_news_even_when_it_quotes_a_feature_name(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "the "Invite your accountant" search" is a product's name, not offending words: the key
    # message staff repeat is what happened, never only "We are sincerely sorry."
    text = statement_file(
        title="Contact details of 7,412 users shown to other customers", started="2026-03-02 11:20",
        sections={"Summary": "From 24 to 26 February, the \"Invite your accountant\" search could show other customers "
                             "the name and e-mail address of 7,412 users. We are sincerely sorry. We informed the CNIL."})
    memo = render_memo(write_statement(project, settings, text, "2026-03-02-search.md"), settings, NOW)
    key = next(line for line in memo.splitlines() if "key message" in line)
    assert "7,412 users" in key, key


def test_a_boat_breakdown_checklist_keeps_the_boat_out_of_service_and_calls_no_labour_inspectorate(project, settings) -> None:  # type: ignore[no-untyped-def]
    # « le bateau » is a vehicle: no site to secure, no labour inspectorate when no worker was hurt.
    text = statement_file(
        lang="fr", title="Panne moteur du bateau de 7 h 15 Vannes – Île-aux-Moines", severity="critical",
        started="2026-03-02 07:40",
        sections={"Résumé": "Ce matin à 7 h 40, le bateau de la traversée de 7 h 15 est tombé en panne de moteur. Les 86 "
                            "passagers ont été ramenés au port, sains et saufs : personne n'a été blessé. Nous en sommes "
                            "désolés."},
        updates=(("2026-03-02 08:45", "identifié", "Les trois traversées suivantes sont annulées."),))
    checklist = _plain(render_checklist(write_statement(project, settings, text, "2026-03-02-bateau.fr.md"), settings, NOW))
    assert "hors service" in checklist, checklist
    assert "inspection du travail" not in checklist and "Sécurisez le site" not in checklist, checklist


def test_who_saw_the_data_is_answered_from_whom_it_was_shown_to(project, settings) -> None:  # type: ignore[no-untyped-def]
    # The statement says who saw the details: other customers. "We do not know yet" would be false.
    for lang, title, summary, question, expected in (
            ("en", "Contact details shown to other customers",
             "From 28 February to 2 March, the contact details of 2,936 users appeared in search suggestions, shown to "
             "1,105 other customers. We apologise.", "Who accessed it?", "shown to 1,105 other customers"),
            ("fr", "Coordonnées montrées à d'autres clients",
             "Du 28 février au 2 mars, les coordonnées de 2 936 utilisateurs sont apparues dans des suggestions, "
             "montrées à 1 105 autres clients. Nous vous présentons nos excuses.", "Qui y a eu accès ?",
             "montrées à 1 105 autres clients")):
        text = statement_file(lang=lang, severity="critical", started="2026-03-02 15:10", title=title,
                              front="next_update: 2026-03-12 12:00\n",
                              updates=(("2026-03-02 16:05", "identified" if lang == "en" else "identifié",
                                        "We switched the search off." if lang == "en" else
                                        "Nous avons désactivé la recherche."),),
                              sections={("Summary" if lang == "en" else "Résumé"): summary})
        name = "2026-03-02-details.md" if lang == "en" else "2026-03-02-details.fr.md"
        answers = _answers(render_qa_brief(write_statement(project, settings, text, name), settings, NOW))
        who = answers[question]
        assert not _unanswered(who) and expected in _plain(who), who


def test_the_brief_never_quotes_a_figure_a_later_update_restated_nor_a_clause_a_correction_contradicts(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-02 07:40", title="November statements sent to other customers",
        front="kind: breach\nnext_update: 2026-03-12 17:00\n",
        sections={"Summary": "Through our error, the statements of 5,180 customers were sent to other customers. "
                             "We are truly sorry.",
                  "What happened": "These statements show the customer's name, postal address and balance."},
        updates=(("2026-03-03 11:00", "identified", "The full count is 5,180 customers, not 3,400: a second "
                                                    "batch had the same fault."),
                 ("2026-03-02 13:30", "identified", "The cause is a change to our mailing platform. About 3,400 "
                                                    "customers received another customer's statement. They show "
                                                    "the name, address and balance; they contain no full IBAN, "
                                                    "card number or password.\n\n#### Correction · 2026-03-03 10:45\n"
                                                    "Contrary to what we wrote, the statements of 1,120 business "
                                                    "accounts do show the full IBAN.")))
    brief = render_qa_brief(write_statement(project, settings, text, "2026-03-02-statements.md"), settings, NOW)
    said = _plain(brief.text if hasattr(brief, "text") else str(brief))
    assert "3,400 customers received" not in said and "contain no full IBAN" not in said, said
    data = " ".join(_quoted(_answers(brief)["What data exactly?"]))
    assert "name, postal address and balance" in data, data
    assert not _unanswered(_answers(brief)["Who accessed it?"])


def test_a_ransomware_attack_told_as_an_outage_gets_the_breach_steps_and_its_cause_is_answered(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    clinic = dataclasses.replace(settings, organisation="Belledonne Clinics", short_name="")
    text = statement_file(
        severity="critical", started="2026-03-02 03:50", title="Cyberattack on our clinics' IT systems",
        front="kind: outage\nnext_update: 2026-03-12 17:00\n",
        sections={"Summary": "Since 03:50 on 2 March, a ransomware attack has disrupted the IT systems of our four "
                             "clinics. The cause is fixed in two clinics. We are truly sorry.",
                  "What we are doing": "- We work on paper where the software is not yet restored."},
        updates=(("2026-03-02 16:00", "identified", "Our teams are working with the national cyber-security "
                                                    "agency."),))
    statement = write_statement(project, clinic, text, "2026-03-02-cyberattack.md")
    cause = _answers(render_qa_brief(statement, clinic, NOW))["What caused it?"]
    assert not _unanswered(cause) and "ransomware attack" in _plain(cause) and "cause is fixed" not in cause, cause
    checklist = render_checklist(statement, clinic, NOW)
    assert "Notify the data protection authority" in checklist and "Report it to the police" in checklist
    assert "service credits" not in checklist  # patients are not customers owed a credit
    assert not _item(checklist, "Say when service is back").startswith("[x]"), checklist
    post = next(c for c in render_copies(statement, clinic, ["facebook"], NOW) if c.kind == "announcement")
    assert "in the comments" in post.parts[0] and "do not post personal or health details" in post.parts[0]


def test_a_reply_after_people_were_hurt_never_hopes_they_are_well(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, summary, expected in (
            ("en", "Our coach came off the road near Arras; 11 people are still in hospital. We are deeply sorry.",
             "I am truly sorry for what this has put you through."),
            ("fr", "Notre car a quitté la route près d'Arras ; 11 personnes sont toujours hospitalisées. Nous en sommes "
                   "profondément désolés.", "Nous sommes sincèrement désolés de tout ce que cela vous a fait vivre.")):
        text = statement_file(lang=lang, severity="critical", front="kind: safety\n",
                              title="Coach accident near Arras" if lang == "en" else "Accident de car près d'Arras",
                              sections={("Summary" if lang == "en" else "Résumé"): summary})
        name = "2026-09-03-coach.md" if lang == "en" else "2026-09-03-coach.fr.md"
        replies = " ".join(t.text for t in reply_templates(write_statement(project, settings, text, name), settings).values())
        assert expected in replies and "are well" not in replies and "allez bien" not in replies, replies


def test_after_a_cyberattack_texts_and_e_mails_carry_no_link(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-02 03:50", title="Cyberattack on our IT systems",
        front="kind: outage\nnext_update: 2026-03-12 17:00\n",
        sections={"Summary": "Since 03:50 on 2 March, a ransomware attack has disrupted our IT systems. "
                             "We are truly sorry."})
    statement = write_statement(project, settings, text, "2026-03-02-cyber.md")
    for copy in render_copies(statement, settings, ["sms", "email"], NOW):
        assert "https://" not in copy.parts[0] and "status.calypso-pay.example" in copy.parts[0], copy.parts[0]


def test_the_cause_not_yet_known_is_answered_with_the_statement_s_own_words_and_no_promise(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-02 14:20", title="Coach accident near Arras",
        front="kind: safety\nnext_update: 2026-03-12 12:00\n",
        sections={"Summary": "Our coach left the road near Arras; 11 people are in hospital. We are deeply sorry.",
                  "What happened": "We do not yet know why the coach left the road, and we will not guess."})
    brief = render_qa_brief(write_statement(project, settings, text, "2026-03-02-coach.md"), settings, NOW)
    answers = _answers(brief)
    cause = answers["What caused it?"]
    assert not _unanswered(cause) and "do not yet know why the coach left the road" in _plain(cause), cause
    said = _plain(brief.text if hasattr(brief, "text") else str(brief))
    assert "put this right" not in said and "We will say what we find in our next update" not in said, said


def test_how_many_units_is_answered_from_what_the_lots_represent(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        lang="fr", severity="major", started="2026-03-02 10:00", title="Rappel de deux lots de morbier",
        front="kind: recall\nnext_update: 2026-03-12 12:00\n",
        sections={"Résumé": "Nous rappelons deux lots de morbier au lait cru. Ne consommez pas ces fromages."},
        updates=(("2026-03-03 12:00", "identifié", "Les deux lots représentent environ 9 400 portions de 250 g et "
                                                   "180 meules."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-morbier.fr.md"), settings,
                                       NOW))
    sold = answers["Combien d'unités ont été vendues ?"]
    assert not _unanswered(sold) and "9 400 portions" in _plain(sold).replace("\u202f", " ").replace("\u00a0", " ")


def test_who_is_responsible_is_answered_by_the_leader_s_ownership_not_by_a_team_alone(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="major", started="2026-03-02 10:00", title="Our advert mocked pupils with dyslexia",
        front="spokesperson: {name: Camille Dufresne, role: Head of School}\n",
        sections={"Summary": "Our advert mocked a child with dyslexia. We apologise.",
                  "What happened": "The advert was approved by our marketing team alone.",
                  "Quote": "\"I should have seen this advert before it went out. I am sorry.\""})
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-advert.md"), settings, NOW))
    who = answers["Who is responsible?"]
    assert "I should have seen this advert" in who and "marketing team alone" not in who, who


def test_how_do_i_know_is_answered_from_the_e_mail_every_customer_received_never_from_a_correction(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-02 07:40", title="Statements sent to other customers",
        front="kind: breach\nnext_update: 2026-03-12 17:00\n",
        sections={"Summary": "The statements of 5,180 customers were sent to other customers. We are truly sorry.",
                  "What we are doing": "- Every customer concerned received an e-mail on 3 March."},
        updates=(("2026-03-02 13:30", "identified", "The statements contain no full IBAN.\n\n"
                                                    "#### Correction · 2026-03-03 10:45\n"
                                                    "Contrary to what we wrote, the statements of 1,120 business "
                                                    "accounts do show the full IBAN; we are contacting each of these "
                                                    "customers personally."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-iban.md"), settings, NOW))
    know = answers["How do I know if I am affected?"]
    assert "Every customer concerned received an e-mail" in know and "Contrary to what we wrote" not in know, know


def test_was_it_encrypted_is_asked_only_when_someone_took_or_reached_the_data(project, settings) -> None:  # type: ignore[no-untyped-def]
    for summary, asked in (
            ("Through our error, the statements of 5,180 customers were e-mailed to other customers. We are sorry.",
             False),
            ("Someone used a stolen login to download the files of 5,180 customers. We are sorry.", True)):
        text = statement_file(severity="critical", started="2026-03-02 07:40", title="Customer statements exposed",
                              front="kind: breach\nnext_update: 2026-03-12 17:00\n", sections={"Summary": summary})
        answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-x.md"), settings, NOW))
        assert ("Was it encrypted?" in answers) is asked, list(answers)


def test_will_it_happen_again_is_answered_by_an_independent_review_promised(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", severity="critical", started="2026-03-02 07:40", title="Relevés mal envoyés",
                          front="next_update: 2026-03-12 17:00\n",
                          sections={"Résumé": "Le relevé de 5 180 clients a été envoyé à d'autres clients. Nous en "
                                              "sommes désolés.",
                                    "Ce que nous faisons": "- Un cabinet indépendant examinera nos procédures de mise en "
                                                           "production."})
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-x.fr.md"), settings, NOW))
    again = answers["Cela peut-il se reproduire ?"]
    assert not _unanswered(again) and "cabinet indépendant examinera" in again, again


def test_who_is_responsible_is_the_leader_who_says_it_was_theirs_not_who_complained(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="major", started="2026-03-02 10:00", title="Our advert made light of abuse",
        front="spokesperson: {name: Imogen Hale, role: Chief Executive}\n",
        sections={"Summary": "Our advert made light of domestic abuse. We are sorry.",
                  "What happened": "Within three hours we had received 4,800 complaints, many of them from our own "
                                   "colleagues.",
                  "Quote": "\"The failure was in the way we approve our advertising, and putting it right was my "
                           "responsibility.\""})
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-advert.md"), settings, NOW))
    who = answers["Who is responsible?"]
    assert "putting it right was my responsibility" in who and "4,800 complaints" not in who, who


def test_a_fire_under_inquiry_answers_who_is_responsible_with_the_inquiry(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        lang="fr", severity="major", started="2026-03-02 14:45", title="Incendie au salon : trois halls évacués",
        front="kind: safety\nbegan: 2026-03-02 14:12\n",
        sections={"Résumé": "Un incendie sur un stand a fait sept blessés ; tous sont rentrés chez eux. Nous pensons "
                            "d'abord aux personnes blessées.",
                  "Ce qui s'est passé": "L'origine de l'incendie n'est pas connue : elle fait l'objet d'une enquête de "
                                        "la police, et nous ne ferons pas de supposition avant ses conclusions."},
        updates=(("2026-03-02 14:45", "enquête", "Le feu est éteint."),))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-03-02-incendie.fr.md"), settings, NOW)
    who = _answers(qa)["Qui est responsable ?"]
    assert not _unanswered(who) and "elle fait l'objet d'une enquête de la police" in who, who
    since = _answers(qa)["Depuis quand, et quand l'avez-vous su ?"]
    # When it began, in words that do not minimise a fire; no empty source line under our own words.
    assert "Cela a commencé le 2 mars" in since.replace("\u00a0", " ") and "Source" not in since, since
    assert "problème" not in qa
