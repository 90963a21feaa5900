"""The media Q&A brief answers each question with what the statement says about it, in English
and in French alike: people who saw a doctor have fallen ill, a cause announced is given by the
sentences after it, a newer fact wins over an older one it contradicts, a warning against fake
refunds is no compensation (statements written for these tests)."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement

UNANSWERED = ("UNANSWERED", "SANS RÉPONSE")


def _qa(project, settings, *, lang="en", title="Do not drink tap water in Lormes", severity="critical", front="",
        sections=None, updates=None, started="2026-09-03 09:12") -> str:
    text = statement_file(lang=lang, severity=severity, front=front, title=title, sections=sections, started=started,
                          updates=updates or (("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                                               "Our teams are on site." if lang == "en" else
                                               "Nos équipes sont sur place."),))
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    statement = write_statement(project, settings, text, name)
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
        "\u202f", " ").replace("’", "'")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def _answered(answer: str) -> bool:
    return not any(word in answer for word in UNANSWERED)


def test_residents_who_saw_a_doctor_answer_whether_anyone_has_fallen_ill(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, sections={"Summary": "Since 3 September, tap water must not be drunk in Lormes: "
                                                     "E. coli bacteria were found in our reservoir."},
             updates=(("2026-09-04 18:00", "monitoring", "All the water points are open until 7 pm."),
                      ("2026-09-04 12:00", "monitoring", "The health agency has told us that four residents have seen "
                                                         "a doctor for stomach pains; none has been admitted to "
                                                         "hospital. It is not yet known whether this is linked to the "
                                                         "water."),))
    answer = _answer(qa, "Has anyone fallen ill?")
    assert _answered(answer) and "four residents have seen a doctor" in answer, answer
    assert "It is not yet known whether this is linked" in answer, answer


def test_a_sentence_holding_a_place_a_correction_replaced_is_never_quoted(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    update = ("Water is handed out free of charge from noon: in Arly at the old mill; in Sarn at the sports hall.\n\n"
              "#### Correction · 2026-09-03 13:10\n"
              "In Arly, water is handed out at the church square, not at the old mill.")
    qa = _qa(project, settings, sections={"Summary": "Since 3 September, tap water must not be drunk in Arly and "
                                                     "Sarn: E. coli bacteria were found in our reservoir."},
             updates=(("2026-09-03 11:30", "investigating", update),))
    assert "in Arly at the old mill" not in qa, qa


def test_water_that_will_not_be_billed_answers_the_compensation_question(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, summary, advice, quoted in (
            ("en", "Since 3 September, tap water must not be drunk in Arly: E. coli bacteria were found in our "
                   "reservoir.", "- Do not drink tap water.\n- The water used in Arly until the advice is lifted "
                                 "will not be billed.", "will not be billed"),
            ("fr", "Depuis le 3 septembre, l'eau du robinet ne doit pas être bue à Arly : des bactéries E. coli ont "
                   "été détectées dans notre réservoir.", "- Ne buvez pas l'eau du robinet.\n- L'eau consommée à "
                                                          "Arly jusqu'à la levée de la consigne ne sera pas facturée.",
             "ne sera pas facturée")):
        sections = {"Summary" if lang == "en" else "Résumé": summary,
                    "What you should do" if lang == "en" else "Ce que vous pouvez faire": advice}
        qa = _qa(project, settings, lang=lang, sections=sections,
                 title="Do not drink tap water in Arly" if lang == "en" else "Ne buvez pas l'eau du robinet à Arly")
        answer = _answer(qa, "Will people be compensated?" if lang == "en" else "Les personnes seront-elles "
                                                                                 "indemnisées ?")
        assert _answered(answer) and quoted in answer, answer


def test_a_cause_announced_is_given_by_the_sentences_after_it_in_both_languages(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, happened, given in (
            ("en", "Our tests found the cause. In May, we approved a thinner hinge pin. We tested it when new, but "
                   "not after months of use.", "we approved a thinner hinge pin"),
            ("fr", "Nos essais ont permis d'en trouver la cause. En mai, nous avons validé un axe de charnière plus "
                   "fin. Nous l'avons testé neuf, mais pas après des mois d'usage.",
             "nous avons validé un axe de charnière plus fin")):
        sections = {"Summary" if lang == "en" else "Résumé":
                    "We are recalling 4,200 Pliko high chairs: the tray can come loose." if lang == "en" else
                    "Nous rappelons 4 200 chaises hautes Pliko : la tablette peut se détacher.",
                    "What happened" if lang == "en" else "Ce qui s'est passé": happened}
        qa = _qa(project, settings, lang=lang, severity="major", front="kind: recall\n", sections=sections,
                 title="Pliko high chair recall" if lang == "en" else "Rappel des chaises hautes Pliko")
        answer = _answer(qa, "What caused it?" if lang == "en" else "Quelle en est la cause ?")
        assert _answered(answer) and given in answer, answer
        assert "found the cause" not in answer and "trouver la cause" not in answer, answer


def test_a_change_from_now_on_answers_will_it_happen_again_in_french_as_in_english(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, doing, said in (
            ("en", "- From now on, every change to a part will be tested for wear before we approve it.",
             "From now on, every change"),
            ("fr", "- Désormais, toute modification d'une pièce sera testée à l'usure avant d'être validée.",
             "Désormais, toute modification")):
        sections = {"Summary" if lang == "en" else "Résumé":
                    "We are recalling 4,200 Pliko high chairs: the tray can come loose." if lang == "en" else
                    "Nous rappelons 4 200 chaises hautes Pliko : la tablette peut se détacher.",
                    "What we are doing" if lang == "en" else "Ce que nous faisons": doing}
        qa = _qa(project, settings, lang=lang, severity="major", front="kind: recall\n", sections=sections,
                 title="Pliko high chair recall" if lang == "en" else "Rappel des chaises hautes Pliko")
        answer = _answer(qa, "Will it happen again?" if lang == "en" else "Cela peut-il se reproduire ?")
        assert _answered(answer) and said in answer, answer


def test_a_change_we_have_made_answers_will_it_happen_again_in_french_as_in_english(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, quote, said in (
            ("en", "\"We have changed the way we install updates. I apologise to every customer.\"",
             "We have changed the way we install updates"),
            ("fr", "« Nous avons changé notre façon d'installer les mises à jour. Je présente mes excuses à chaque "
                   "client. »", "Nous avons changé notre façon d'installer les mises à jour")):
        sections = {"Summary" if lang == "en" else "Résumé":
                    "On 3 September from 7:42, our mobile network was down across the north." if lang == "en" else
                    "Le 3 septembre à partir de 7 h 42, notre réseau mobile était en panne dans le Nord.",
                    "Quote" if lang == "en" else "Citation": quote}
        qa = _qa(project, settings, lang=lang, severity="major", sections=sections,
                 title="Mobile network outage" if lang == "en" else "Panne du réseau mobile")
        answer = _answer(qa, "Will it happen again?" if lang == "en" else "Cela peut-il se reproduire ?")
        assert _answered(answer) and said in answer, answer


def test_a_newer_account_of_a_child_hurt_wins_over_an_older_no_child_was_hurt(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-06T20:00:00+02:00")
    for lang, happened, older, wanted, withdrawn in (
            ("en", "In one case, a baby fell from the chair; she was examined in hospital and went home.",
             "Two more parents have reported a loose tray; no child was hurt.", "examined in hospital",
             "no child was hurt"),
            ("fr", "Dans un cas, un bébé est tombé de la chaise ; il a été examiné à l'hôpital et est rentré chez lui.",
             "Deux autres parents nous ont signalé une tablette desserrée ; aucun enfant n'a été blessé.",
             "examiné à l'hôpital", "aucun enfant n'a été blessé")):
        sections = {"Summary" if lang == "en" else "Résumé":
                    "We are recalling 4,200 Pliko high chairs: the tray can come loose." if lang == "en" else
                    "Nous rappelons 4 200 chaises hautes Pliko : la tablette peut se détacher.",
                    "What happened" if lang == "en" else "Ce qui s'est passé": happened}
        status = "monitoring" if lang == "en" else "surveillance"
        qa = _qa(project, settings, lang=lang, severity="major", front="kind: recall\n", sections=sections,
                 title="Pliko high chair recall" if lang == "en" else "Rappel des chaises hautes Pliko",
                 updates=(("2026-09-05 12:00", status, older),))
        answer = _answer(qa, "What is the risk" if lang == "en" else "Quel est le risque")
        assert wanted in answer and withdrawn not in answer, answer


def test_a_post_written_by_our_own_team_answers_who_is_responsible(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "On 3 September we published a post that mocked parents who bottle-feed. It was hurtful, "
                           "and it should never have been published. We removed it at 6 pm.",
                "What happened": "The post was written by our own social media team and published without a second "
                                 "reading. No one outside Pliko is responsible for it."}
    qa = _qa(project, settings, severity="major", sections=sections, title="Our post about bottle-feeding")
    answer = _answer(qa, "Who is responsible?")
    assert _answered(answer) and "No one outside Pliko is responsible" in answer, answer
    assert "written by our own social media team" in answer, answer


def _breach_sections(what_you_should_do: str) -> dict[str, str]:
    return {"Summary": "Between 21 and 25 September, someone used a stolen staff login to copy the personal data of "
                       "9,400 customers. For 1,200 of them, the copied data includes their bank account number. We "
                       "are sorry.",
            "What happened": "On 25 September, our monitoring flagged an unusually large export of customer records. "
                             "The account could be used with a password alone.",
            "What data was involved": "| Data | Customers concerned |\n|---|---|\n| Name and email address | "
                                      "9,400 |\n| Bank account number | 1,200 |",
            "What you should do": what_you_should_do}


def test_the_data_exactly_is_the_statements_table_of_the_data_involved(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-26T20:00:00+02:00")
    qa = _qa(project, settings, severity="major", front="kind: breach\n", title="Customer data copied",
             sections=_breach_sections("- Check your bank statements."))
    answer = _answer(qa, "What data exactly?")
    assert "Bank account number — Customers concerned: 1,200" in answer, answer
    assert "unusually large export" not in answer and "password alone" not in answer, answer


def test_a_warning_against_fake_refunds_is_no_compensation(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-26T20:00:00+02:00")
    advice = ("- Be wary of calls and texts. We will never send you a link to claim a \"refund\".\n"
              "- Check your bank statements. You can have an unauthorised direct debit refunded by your bank.")
    qa = _qa(project, settings, severity="major", front="kind: breach\n", title="Customer data copied",
             sections=_breach_sections(advice))
    answer = _answer(qa, "Will people be compensated?")
    assert "claim a" not in answer and "refunded by your bank" not in answer, answer


def test_since_when_quotes_the_news_when_it_gives_the_time_of_the_problem(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "On 3 September at 18:47, smoke appeared in the cabin of flight AO 731. No one was "
                           "seriously injured. We are deeply sorry.",
                "What happened": "The flight left Nantes at 18:21 with 142 passengers. At 18:47 the crew saw smoke."}
    qa = _qa(project, settings, title="Flight AO 731 diverted after smoke in the cabin", sections=sections)
    answer = _answer(qa, "When did it start, and when did you find out?")
    assert "On 3 September at 18:47, smoke appeared in the cabin" in answer, answer
    assert "The flight left Nantes" not in answer, answer


def test_who_is_responsible_quotes_a_sentence_leaving_it_to_the_investigation(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "On 3 September at 18:47, smoke appeared in the cabin of flight AO 731. No one was "
                           "seriously injured.",
                "What happened": "The crew diverted to Lyon. What caused the smoke, and who is responsible for it, "
                                 "is for the BEA investigation to establish."}
    qa = _qa(project, settings, title="Flight AO 731 diverted after smoke in the cabin", sections=sections)
    answer = _answer(qa, "Who is responsible?")
    assert _answered(answer) and "for the BEA investigation to establish" in answer, answer


def test_added_capacity_on_the_phone_line_is_no_answer_to_will_it_happen_again(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    sections = {"Summary": "We are recalling 4,200 Pliko high chairs: the tray can come loose.",
                "What we are doing": "- From now on, every change to a part will be tested for wear before we "
                                     "approve it."}
    qa = _qa(project, settings, severity="major", front="kind: recall\n", sections=sections,
             title="Pliko high chair recall",
             updates=(("2026-09-03 18:30", "monitoring", "Our recall line was overloaded this morning. We have added "
                                                         "capacity and more staff, and it now works normally."),))
    answer = _answer(qa, "Will it happen again?")
    assert "From now on, every change" in answer and "added capacity" not in answer, answer


def test_a_stolen_login_of_any_kind_answers_who_accessed_the_data(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-26T20:00:00+02:00")
    qa = _qa(project, settings, severity="major", front="kind: breach\n", title="Customer data copied",
             sections=_breach_sections("- Check your bank statements."))
    answer = _answer(qa, "Who accessed it?")
    assert _answered(answer) and "someone used a stolen staff login" in answer, answer


def test_a_cause_traced_by_the_team_answers_what_caused_it_in_both_languages(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    from generator.rendering.documents import render_documents
    from tests.press_support import statement_file, write_statement

    for lang, happened, cause in (
            ("en", "With our supplier, we traced both fires to a batch of connectors that were incorrectly crimped.",
             "we traced both fires to a batch of connectors"),
            ("fr", "Avec notre fournisseur, nous avons établi que les deux incendies venaient d'un lot de connecteurs "
                   "mal sertis.", "nous avons établi que les deux incendies venaient d'un lot de connecteurs")):
        text = statement_file(lang=lang, severity="critical", front="kind: recall\n",
                              title="Recall of KARST cars" if lang == "en" else "Rappel des KARST",
                              sections={("Summary" if lang == "en" else "Résumé"):
                                        ("We are recalling 22,855 KARST cars. A faulty connector inside the battery "
                                         "can overheat while the car is charging and cause a fire. We are sorry."
                                         if lang == "en" else "Nous rappelons 22 855 KARST. Un connecteur défectueux "
                                         "de la batterie peut chauffer pendant la recharge et provoquer un incendie. "
                                         "Nous présentons nos excuses."),
                                        ("What happened" if lang == "en" else "Ce qui s'est passé"): happened},
                              updates=(("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                                        "Letters are going out." if lang == "en" else "Les courriers partent."),))
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        qa = {d.kind: d.text for d in render_documents(write_statement(project, settings, text, name), settings)}["qa"]
        question = "What caused it?" if lang == "en" else "Quelle en est la cause ?"
        answer = qa.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split(question, 1)[1].split("\n## ")[0]
        assert cause in answer, answer


def test_an_insurer_that_has_paid_out_answers_whether_people_are_compensated(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, title="Storm Ilona: loss adjuster visits delayed",
             sections={"Summary": "Storm Ilona damaged 9,300 homes insured with us on 22 November. We promised a loss "
                                  "adjuster within 7 days and we have not kept that promise. We are sorry.",
                       "What we are doing": "- We pay for a hotel when a home cannot be lived in.\n"
                                            "- We have paid €4.1 million so far."})
    answer = _answer(qa, "Will people be compensated?")
    assert _answered(answer) and "€4.1 million" in answer, answer


def test_an_unanswered_compensation_or_message_never_says_we_do_not_know_yet(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, lang="fr", title="Bâtiment des Ormes fermé",
             sections={"Résumé": "Le bâtiment des Ormes est fermé depuis le 19 novembre : des dalles contenant de "
                                 "l'amiante ont été découvertes."})
    for question in ("Les personnes seront-elles indemnisées ?", "Que dites-vous aux personnes concernées ?"):
        answer = _answer(qa, question)
        assert "Nous ne le savons pas encore" not in answer, (question, answer)


def test_we_are_responsible_for_it_answers_who_is_responsible_in_french(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, lang="fr", title="Notre publicité « Papy au volant » est retirée",
             sections={"Résumé": "Notre publicité se moquait des conducteurs âgés. Elle était blessante et nous "
                                 "l'avons retirée.",
                       "Ce qui s'est passé": "Le spot a été écrit par notre agence, mais c'est nous qui l'avons "
                                             "validé. C'est cette chaîne qui a failli, et nous en sommes responsables."})
    answer = _answer(qa, "Qui est responsable ?")
    assert _answered(answer) and "nous en sommes responsables" in answer, answer
    assert "Y a-t-il des blessés ?" not in qa


def test_a_ransomware_breach_answers_what_data_and_never_takes_encrypted_servers_for_encrypted_data(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, title="Cyberattack: student records stolen",
             sections={"Summary": "At 3:40 am on 3 September our university was hit by a ransomware attack. The "
                                  "attackers also stole files from the student records office: the personal data of "
                                  "68,500 students, including bank details for 4,300 of them. We are sorry.",
                       "What happened": "The attackers got in on 1 September through a staff account, with a password "
                                        "stolen from another website. They then encrypted about 140 of our servers.",
                       "What you should do": "- Be wary of any message about a refund or a fee: the stolen data could "
                                             "be used to make it look real."})
    data = _answer(qa, "What data exactly?")
    assert "the personal data of 68,500 students" in data.split("\n\n")[1], data
    encrypted = _answer(qa, "Was the copied data itself protected by encryption?")
    assert "140 of our servers" not in encrypted, encrypted
    compensation = _answer(qa, "Will people be compensated?")
    assert "Be wary" not in compensation, compensation


def test_units_sold_come_from_the_recall_table_when_no_sentence_gives_them(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    table = ("| Élément | Détail |\n|---|---|\n| Produit | Coffret « Douceurs », boîte bleue de 420 g |\n"
             "| Lots | 2610A et 2610B |\n| Exemplaires vendus | 1 870 |")
    qa = _qa(project, settings, lang="fr", title="Rappel du coffret « Douceurs » : noisettes non indiquées",
             sections={"Résumé": "Nous rappelons le coffret « Douceurs » : ses sablés contiennent de la noisette, non "
                                 "indiquée sur l'étiquette. Nous vous le remboursons.",
                       "Produit concerné": table})
    answer = _answer(qa, "Combien d'unités ont été vendues ?")
    assert _answered(answer) and "1 870" in answer, answer


def test_a_car_recall_counts_vehicles_never_the_countries_they_are_sold_in(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    qa = _qa(project, settings, title="Recall of KARST electric cars: battery fire risk",
             sections={"Summary": "We are recalling 22,855 KARST and KARST TOURER electric cars built between March and "
                                  "August. A faulty connector can overheat while charging. We are sorry.",
                       "What happened": "We have informed the market-surveillance authorities of the 14 countries where "
                                        "these cars are sold."})
    answer = _answer(qa, "How many vehicles are recalled?")
    assert "22,855" in answer and "14 countries" not in answer, answer


def test_tests_that_point_to_a_source_answer_what_caused_it_in_both_languages(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, title, summary, update, question, said in (
            ("en", "Recall of Tomme des Crêts: listeria", "We are recalling Tomme des Crêts cheese: listeria was found "
             "in one lot. Do not eat it. We are sorry.", "Further tests point to a brine tank in ripening cellar 2, "
             "used for the Tomme des Crêts only.", "What caused it?", "brine tank"),
            ("fr", "Rappel de la Tomme des Crêts : listeria", "Nous rappelons la Tomme des Crêts : de la listeria a été "
             "trouvée dans un lot. Ne la consommez pas. Nous en sommes désolés.", "De nouvelles analyses désignent un "
             "bac de saumure de la cave d'affinage 2.", "Quelle en est la cause ?", "bac de saumure")):
        qa = _qa(project, settings, lang=lang, title=title,
                 sections={("Summary" if lang == "en" else "Résumé"): summary},
                 updates=(("2026-09-04 12:00", "identified" if lang == "en" else "identifié", update),))
        answer = _answer(qa, question)
        assert _answered(answer) and said in answer, (lang, answer)


def test_an_email_from_us_is_not_responsibility_and_a_first_use_is_no_history(project, settings):
    qa = _qa(project, settings, lang="fr", title="Accès non autorisé à des données clients", sections={
        "Résumé": "Une personne a utilisé un compte volé pour consulter les données de 182 400 clients. Protéger vos "
                  "données est notre métier, nous y avons failli, et nous vous présentons nos excuses.",
        "Ce qui s'est passé": "Le journal montre que le compte a été utilisé pour la première fois depuis un lieu "
                              "inconnu le 23 novembre à 21 h 14."},
        updates=(("2026-09-03 18:00", "identifié",
                  "Les 182 400 clients concernés ont tous reçu un e-mail de notre part avant 17 h 30."),))
    responsible = _answer(qa, "Qui est responsable ?")
    assert "nous y avons failli" in responsible and "e-mail de notre part" not in responsible
    assert "lieu inconnu" not in _answer(qa, "Est-ce déjà arrivé ?")


def test_a_limit_per_person_is_no_count_and_each_language_answers_alike(project, settings):
    for lang, summary, limit, count in (
            ("en", "Our waiting room failed three minutes after the on-sale opened. We are sorry.",
             "We are checking orders against the limit of 4 tickets per fan.", "About 410,000 fans are in the queue."),
            ("fr", "Notre file d'attente est tombée en panne. Nous vous présentons nos excuses.",
             "Nous vérifions les commandes au regard de la limite de 4 billets par fan.",
             "Environ 410 000 fans sont dans la file d'attente.")):
        qa = _qa(project, settings, lang=lang, title="On-sale interrupted", severity="major", sections={
            "Summary" if lang == "en" else "Résumé": summary},
            updates=(("2026-09-03 12:00", "resolved" if lang == "en" else "résolu", f"{limit} {count}"),))
        answer = _answer(qa, "How many people are affected?" if lang == "en" else "Combien de personnes sont touchées ?")
        assert "410" in answer and "4 tickets" not in answer and "4 billets" not in answer, answer
