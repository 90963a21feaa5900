"""What an update SMS keeps when two segments cannot hold the whole update, checked on
statements written for these tests: the lot a recall names, a condition with what it leads to,
a warning with what it warns about, no sentence whose "it" points at the wrong thing, and a
corrected update's text as it was sent, its correction in a text of its own."""

from __future__ import annotations

import re

from datetime import datetime

from generator.rendering.brief import Brief
from generator.rendering.channels import counting, render_copies
from tests.press_support import assert_sent_as_written, plain, statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _update_sms(project, settings, lang: str, title: str, update: str, status: str = "identified") -> str:
    name = f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md"
    summary = "Summary" if lang == "en" else "Résumé"
    text = statement_file(lang=lang, front="", title=title, sections={summary: title + "."},
                          updates=(("2026-09-03 12:15", status, update),))
    statement = write_statement(project, settings, text, name)
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["update"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    return sms.replace("’", "'")


def test_a_recall_extended_to_a_new_lot_names_the_lot_and_what_to_do(project, settings):
    for lang, update, lot, advice in (
            ("en", "We are extending the recall to a third lot: L46321, 4 slices, 120 g, use by 9 December 2026. "
                   "Tests carried out by the supplier on 27 November found Listeria in this lot too. It was withdrawn "
                   "from sale in all stores by 11:00 this morning. The table above has been updated; please check your "
                   "fridge again even if you checked yesterday.", "third lot: L46321", "check your fridge again"),
            ("fr", "Nous étendons le rappel à un troisième lot : L46321, 4 tranches, 120 g, à consommer jusqu'au "
                   "9 décembre 2026. Des analyses réalisées par le fournisseur le 27 novembre ont aussi trouvé des "
                   "Listeria dans ce lot. Il a été retiré de la vente dans tous les magasins avant 11 h ce matin. Le "
                   "tableau ci-dessus a été mis à jour ; vérifiez de nouveau votre réfrigérateur, même si vous l'avez "
                   "fait hier.", "L46321", "rifiez de nouveau votre r")):
        sms = _update_sms(project, settings, lang, "Smoked salmon recall" if lang == "en" else "Rappel de saumon fumé",
                          update, "identified" if lang == "en" else "identifié")
        assert lot in sms and advice in sms, sms
        # "It was withdrawn…" after the advice would say the fridge was withdrawn.
        assert "It was withdrawn" not in sms and "il a été retiré" not in sms.casefold(), sms


def test_a_recall_update_keeps_its_lots_without_their_details_and_the_advice_after_them(project, settings):
    update = ("We are recalling two lots of Colibri Saveurs Norwegian smoked salmon, L46318 (4 slices, 120 g, use by "
              "5 December 2026) and L46319 (8 slices, 240 g, use by 8 December 2026), because of the presence of "
              "Listeria monocytogenes. They were sold from 14 to 27 November in all our stores and on "
              "click-and-collect, and have been off sale since 15:00. Do not eat them; bring them back to any store "
              "for a full refund.")
    sms = _update_sms(project, settings, "en", "Smoked salmon recall", update)
    assert "L46318 and L46319" in sms, sms
    assert sms.index("L46319") < sms.index("Do not eat them"), sms


def test_an_sms_keeps_the_main_clause_of_a_condition_in_the_middle_of_a_sentence(project, settings):
    summary = ("From 06:30 to 11:20 on 25 November, the validators on our buses could not accept payment by "
               "contactless bank card. Tickets, passes and the Axéo app worked normally, and trams were not affected. "
               "No passenger was fined for this, and if you bought a paper ticket from the driver because your card "
               "was refused, we will refund it. We are sorry for the inconvenience.")
    text = statement_file(front="", title="Contactless card payment unavailable on buses", sections={"Summary": summary})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    assert "from the driver." not in sms, sms


def test_a_warning_about_fake_emails_travels_with_what_it_warns_about(project, settings):
    update = ("All 327,400 members concerned have now been informed: by e-mail on 24 November, or by letter posted on "
              "25 November for the 6,300 without an e-mail address. Since yesterday, some members have received fake "
              "e-mails offering \"points to claim\" and asking for bank details. They do not come from us: do not "
              "click on them, and forward them to signalement@colibri.example.")
    sms = _update_sms(project, settings, "en", "Loyalty data stolen", update, "monitoring")
    for pointing in ("They do not come from us", "click on them"):
        if pointing in sms:
            assert "fake e-mails" in sms and sms.index("fake e-mails") < sms.index(pointing), sms
    assert "fake e-mails" in sms, sms


def test_a_recall_sms_never_keeps_one_item_of_the_list_of_models(project, settings):
    update = ("We are recalling Cocon and Cocon Plus bouncers because their harness buckle can open on its own. Stop "
              "using your bouncer if it is one of these: Cocon Grey (LN-2210), batches 26C031 to 26C097; Cocon Sage "
              "(LN-2211), batches 26C040 to 26C097; Cocon Plus Grey (LN-2230), batches 26P012 to 26P064; Cocon Plus "
              "Sand (LN-2231), batches 26P101 to 26P129. Register at lunelle.example/recall for a refund.")
    sms = _update_sms(project, settings, "en", "Recall of Cocon bouncers", update)
    assert "one of these." not in sms, sms  # a colon's announcement never stands without its list
    if "Cocon Grey" in sms:
        assert all(model in sms for model in ("Cocon Sage", "Cocon Plus Grey", "Cocon Plus Sand")), sms


def test_an_sms_does_not_say_again_what_its_news_already_says(project, settings):
    from tests.press_support import statement_file as make

    summary = ("Since Saturday 28 November, tap water must not be drunk in Bréville, Les Essarts, Montclar-sur-Orvanne, "
               "Sorbiers, Vaux-le-Haut and the northern districts of Saint-Orvan: about 23,700 residents in 10,350 "
               "households. Bacteria were found in water from our reservoir. We are sorry: providing safe water is our "
               "job, and we have not done it.")
    text = make(front="", title="Do not drink tap water in six communes: bacteria found in the supply",
                sections={"Summary": summary, "What you should do": "- Do not drink tap water, even filtered.\n"
                                                                    "- You can use it for washing."})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert sms.count("Do not drink tap water") == 1, sms


def test_a_copy_says_where_the_table_is(project, settings):
    sms = _update_sms(project, settings, "en", "Recall of Cocon bouncers",
                      "We are recalling Cocon bouncers. If yours is in the table, stop using it.")
    assert "in the table on our website" in sms, sms


def test_a_breach_update_sms_keeps_that_the_texts_are_fraudulent(project, settings):
    update = ("All 64,800 customers concerned have now been notified: 62,100 by email and 2,700 by letter, posted "
              "yesterday. Since 27 November, we have seen text messages pretending to come from us and offering a "
              "\"refund\" through a link. They are fraudulent: do not click, and forward them to 33700, the free "
              "number for reporting spam texts. Next update by 18:00 on Sunday.")
    sms = _update_sms(project, settings, "en", "Personal data of 64,800 customers copied", update, "monitoring")
    assert "They are fraudulent" in sms, sms
    assert "forward them" not in sms or "text messages" in sms, sms


def test_an_english_car_is_no_french_because(project, settings):
    from generator.rendering.channels.voices import clause_cuts

    sentence = ("Please park and charge outdoors whenever you can, do not leave your car charging unattended in a "
                "garage, and check whether your car is affected at https://www.orvane.example/recall.")
    assert not any(first.endswith(("your", "your car charging")) for first, _ in clause_cuts(sentence, 20))
    assert clause_cuts("Nous retirons ce lot de la vente car il contient des traces de Listeria.", 20)


def test_an_sms_keeps_the_hotline_number_without_its_opening_hours_when_room_is_short(project, settings):
    from tests.press_support import statement_file as make

    summary = ("Le 27 novembre au matin, nous avons fait réduire à distance la puissance électrique de 312 foyers, alors "
               "que nous nous étions engagés à n'appliquer aucune réduction de puissance pendant la trêve hivernale. "
               "C'est une erreur de notre part, et nous en sommes profondément désolés.")
    advice = ("- Si votre puissance est encore limitée, appelez la ligne dédiée au +33 1 99 00 42 30, ouverte tous les "
              "jours, week-ends et jours fériés compris, de 8 h à 22 h, jusqu'au dimanche 6 décembre 2026 inclus.")
    text = make(lang="fr", front="", title="Puissance réduite pendant la trêve hivernale",
                sections={"Résumé": summary, "Ce que vous pouvez faire": advice})
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    assert "+33 1 99 00 42 30" in sms and "312 foyers" in sms, sms


def test_an_instagram_correction_card_never_shows_bare_counts_in_words(project, settings):
    from tests.press_support import statement_file as make

    update = "Deux salariés ont été examinés à l'hôpital."
    text = make(lang="fr", front="", updates=(("2026-09-03 16:30", "identifié", update),))
    text = text.replace(update + "\n", update + "\n\n#### Rectificatif · 2026-09-03 21:10\nTrois salariés, et non deux, "
                        "ont été examinés à l'hôpital.\n")
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    card = {c.kind: c for c in render_copies(statement, settings, ["instagram"], NOW)}["correction"].visual or ""
    assert "Trois, et non deux" not in card and "salariés" in card, card


def test_an_sms_says_the_new_date_that_leans_on_the_old_one(project, settings):
    from tests.press_support import statement_file as make

    summary = ("Pre-orders of the Ironwake Collector's Edition were due to ship on 24 November. They will ship from "
               "10 December instead, because the first batch of figurines failed our quality check. 12,400 orders are "
               "affected. We know many of you ordered it as a gift and we are sorry for the delay and for the short "
               "notice. If you would rather not wait, you can cancel for a full refund.")
    text = make(front="", title="Ironwake Collector's Edition delayed to 10 December", sections={"Summary": summary})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert "were due to ship on 24 November. They will ship from 10 December" in sms, sms
    assert sms.count("sorry") <= 1, sms


def test_a_ban_lifted_in_some_places_keeps_the_advice_for_the_others(project, settings):
    # The summary's news is now old (the ban of 26 November); what changed and what to do where
    # the ban holds is what a resident must read.
    text = statement_file(
        lang="fr", severity="critical", front="next_update: 2026-09-05 07:30\n",
        title="Eau du robinet impropre à la consommation : restriction levée dans 5 communes, maintenue dans 2",
        sections={"Résumé": (
            "Depuis le 1er septembre, l'eau du robinet est déclarée impropre à la consommation dans 7 communes "
            "alimentées par notre réservoir du Crêt-Pelé, après la détection de bactéries E. coli et d'entérocoques. "
            "La cause est une panne de notre équipement de chloration : c'est notre responsabilité et nous vous "
            "présentons nos excuses.\n\n"
            "Le 3 septembre à 17 h, en accord avec l'Agence régionale de santé (ARS), la restriction a été levée "
            "dans 5 communes (3 110 foyers). **Elle reste en vigueur aux Granges et à Montaillon (1 750 foyers) : "
            "n'y buvez pas l'eau du robinet.** L'eau en bouteille y reste distribuée gratuitement chaque jour de "
            "8 h à 19 h.")},
        updates=(("2026-09-03 17:30", "surveillance", "La restriction est levée dans 5 communes."),))
    statement = write_statement(project, settings, text, "2026-09-01-eau.fr.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    assert "Granges et à Montaillon" in sms and "n'y buvez pas l'eau du robinet" in sms.replace("’", "'"), sms


def test_an_update_sms_keeps_a_condition_and_never_points_at_what_it_left_out(project, settings):
    sms = _update_sms(project, settings, "fr", "Eau du robinet impropre à la consommation",
                      "Aux Granges et à Montaillon, le prélèvement du 28 novembre est conforme (résultat reçu "
                      "aujourd'hui à 14 h). C'est le premier résultat conforme dans ces deux communes. Le second "
                      "prélèvement a été fait ce matin à 9 h ; son résultat est attendu lundi 30 novembre vers midi. "
                      "S'il est conforme, l'ARS pourra lever la restriction lundi après-midi. D'ici là, n'y buvez pas "
                      "l'eau du robinet.", "surveillance")
    assert "n'y buvez pas" in sms, sms
    # « D'ici là » only after the sentence that says until when; « l'ARS pourra lever la
    # restriction » never without its « S'il est conforme ».
    assert "D'ici là" not in sms or "lundi" in sms.split("D'ici là")[0], sms
    assert "pourra lever" not in sms or "S'il est conforme, l'ARS pourra lever" in sms, sms


def test_an_update_sms_never_keeps_a_clause_without_the_but_that_turns_it(project, settings):
    sms = _update_sms(project, settings, "en", "A passenger using a wheelchair was refused boarding",
                      "We have established what happened. The gangway lift broke down on 1 November and was not "
                      "repaired as a priority. Our staff could have boarded the passenger safely through the vehicle "
                      "deck, but they had not been trained to do so and did not offer it. This is a failure of our "
                      "organisation, not of individual members of staff. The lift was repaired yesterday at 16:00. "
                      "Training of all 46 members of our port staff starts on 9 November.")
    # Without its "but they had not been trained", the first clause blames the staff.
    assert "vehicle deck." not in sms, sms


def test_an_update_sms_never_sends_a_question_without_its_answer(project, settings):
    sms = _update_sms(project, settings, "fr", "Eau du robinet impropre à la consommation",
                      "La chloration fonctionne normalement depuis 10 h 50 et la purge du réseau est en cours. "
                      "Plusieurs d'entre vous nous ont demandé si l'eau était dangereuse avant l'annonce de ce matin. "
                      "La réponse est oui, probablement depuis le 24 novembre au soir : c'est pourquoi nous vous "
                      "conseillons de consulter un médecin en cas de troubles digestifs, de fièvre ou de vomissements, "
                      "en particulier pour les enfants, les femmes enceintes et les personnes âgées.", "identifié")
    asked, answered = "ont demandé si" in sms, "La réponse est oui" in sms
    assert asked == answered, sms  # both or neither


def test_an_update_sms_stays_as_sent_and_the_correction_sms_says_what_it_denies(project, settings):
    update = ("41,870 customers are affected. Phone numbers were not in the files. We notified the regulator at "
              "10:15.")
    correction = "Mobile phone numbers were in these files too. At 12:00 we wrote the opposite: that was wrong."
    text = statement_file(front="", title="Customer data exposed", sections={"Summary": "Customer data exposed."},
                          updates=(("2026-09-03 12:15", "identified", update),))
    text = text.replace(update + "\n", f"{update}\n\n#### Correction · 2026-09-03 18:30\n{correction}\n")
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    copies = render_copies(statement, settings, ["sms"], NOW)
    # The update's text went out at 12:15 as it was written; the correction is a text of its own.
    assert_sent_as_written(copies, statement.updates[0], ["41,870", "Phone numbers were not in the files."],
                           ["Mobile phone numbers were in these files too.", "that was wrong"])
    assert all(counting.sms_segments(c.parts[0]) <= 2 for c in copies), [c.parts for c in copies]
    # What the documents say now never tells the denied sentence again as a fact.
    from generator.rendering.press import render_press_release

    release = " ".join(render_press_release(statement, settings).text.split())
    assert "were not in the files" not in release and "41,870" in release, release


def test_an_sms_never_opens_on_an_imperative_whose_pronoun_names_the_sentence_before(project, settings):
    # « Faites-la bouillir une minute » alone tells nobody what to boil, nor where.
    from tests.press_support import statement_file, write_statement
    from generator.rendering.channels import render_copies

    text = statement_file(lang="fr", front="", title="Eau du robinet à faire bouillir à Marcilly", updates=((
        "2026-09-03 17:30", "identifié",
        "Si vous habitez Marcilly, Saint-Aubin-sur-Loue ou le quartier des Aubiers à Villebrune, ne buvez pas l'eau du "
        "robinet sans l'avoir fait bouillir : une analyse a détecté des bactéries dans l'eau du réservoir qui vous "
        "dessert. Faites-la bouillir une minute à gros bouillons avant de la boire, de cuisiner avec ou de vous brosser "
        "les dents. Pour les biberons, utilisez de l'eau en bouteille. Vous pouvez continuer à l'utiliser pour la "
        "douche, la toilette et le ménage. Dès demain à 08:00, nous distribuons de l'eau en bouteille, 2 bouteilles de "
        "1,5 litre par personne et par jour, à la salle des fêtes de Marcilly. Nous cherchons la cause et nous sommes "
        "désolés pour la gêne. Prochain point demain à 12:00."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update").parts[0]
    assert "Faites-la bouillir" not in sms or "ne buvez pas" in sms, sms


def test_an_addition_a_correction_makes_has_its_own_sms_and_what_we_say_now_says_each_sentence_once(project, settings):
    # "lots 2607A … and 2608B" without "Lot 2608C is also recalled" tells the owner of a 2608C
    # owl it is safe: the correction's own text says it, and so do the documents in the list's
    # place; and "We are sorry. We are sorry." reads as a machine's.
    from tests.press_support import statement_file, write_statement
    from generator.rendering.channels import render_copies

    text = statement_file(front="", title="Recall of the Hoot night-light owl: the battery cover can come loose",
                          updates=((
        "2026-09-03 14:00", "identified",
        "We are recalling Hoot the Night-Light Owl, lots 2607A, 2607B, 2607C, 2608A and 2608B, because the screw on "
        "the battery cover can come loose and a child could reach the button batteries. 17,180 owls from these lots "
        "were sold in the UK and France. Please take the owl away from children now and return it to the shop for a "
        "full refund. We are sorry.\n\n"
        "#### Correction · 2026-09-04 10:15\n"
        "Lot 2608C (grey owl) is also recalled. It was missing from this list because of an error in our own "
        "production records. 1,460 owls from this lot were sold, which brings the number of owls recalled to 18,640, "
        "not 17,180."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    copies = render_copies(statement, settings, ["sms"], NOW)
    # The update's text as sent (its five lots); the correction's text, the sixth lot and the new total.
    assert_sent_as_written(copies, statement.updates[0], ["lots 2607A, 2607B, 2607C, 2608A and 2608B"],
                           ["Lot 2608C (grey owl) is also recalled.", "18,640"])
    assert not any("2608C" in c.parts[0] for c in copies if c.kind == "update"), copies
    said = plain(" ".join(Brief(statement, settings, NOW).kept_sentences(statement.updates[0])))
    assert "Lot 2608C (grey owl) is also recalled." in said and "17,180 owls from these lots" not in said, said
    for text in [*(c.parts[0] for c in copies if c.kind in ("update", "correction")), said]:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
        assert len(sentences) == len(set(sentences)), text


def test_every_update_sms_of_a_boil_water_notice_says_to_keep_boiling_until_it_is_lifted(project, settings):
    # The advice said in the first update is still in force in the next ones: an SMS that says
    # "we found the cause" alone reads as "the water is fine"; once the notice is lifted, never.
    first = ("Si vous habitez Marcilly, Saint-Aubin-sur-Loue ou le quartier des Aubiers à Villebrune, ne buvez pas "
             "l'eau du robinet sans l'avoir fait bouillir. Vous pouvez continuer à l'utiliser pour la douche.")
    cause = ("Nous avons trouvé la cause : un joint fendu sur une trappe du réservoir des Aubiers a laissé entrer "
             "l'eau des fortes pluies. Le réservoir est isolé depuis le 25 novembre à 18 h et va être vidé, nettoyé "
             "et désinfecté avant d'être remis en service, sous le contrôle de l'agence régionale de santé.")
    sample = ("Le premier prélèvement fait depuis la remise en service du réservoir des Aubiers, le 27 novembre, est "
              "conforme. L'ARS demande une deuxième analyse conforme avant de lever la restriction : son résultat est "
              "attendu le 29 novembre en fin d'après-midi, et nous le publierons dès que nous l'aurons. D'ici là, "
              "continuez à faire bouillir l'eau que vous buvez.")
    lifted = "L'ARS a levé la restriction à 17 h : l'eau du robinet est de nouveau potable dans les trois secteurs."
    text = statement_file(lang="fr", front="kind: safety\n", title="Eau du robinet à faire bouillir dans trois secteurs",
                          started="2026-09-01 17:00",
                          sections={"Résumé": "L'eau du robinet doit être bouillie avant d'être bue dans trois secteurs. "
                                              "Nous vous présentons nos excuses."},
                          updates=(("2026-09-04 17:00", "résolu", lifted), ("2026-09-03 10:00", "surveillance", sample),
                                   ("2026-09-02 12:00", "identifié", cause), ("2026-09-01 17:30", "enquête", first)))
    statement = write_statement(project, settings, text, "2026-09-01-eau.fr.md")
    texts = {c.update_at.day: c.parts[0] for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update"}
    for day in (1, 2, 3):
        assert re.search(r"(?i)bouillir", texts[day]), texts[day]
        assert counting.sms_segments(texts[day]) <= 2
    assert "Continuez à faire bouillir" in texts[3] and "D'ici là" not in texts[3], texts[3]
    assert "bouillir" not in texts[4] and "de nouveau potable" in texts[4], texts[4]
    # The short posts of the update that gave no advice say it too.
    post = next(c for c in render_copies(statement, settings, ["x"], NOW) if c.kind == "update" and c.update_at.day == 2)
    assert "bouillir" in " ".join(post.parts), post.parts


def test_a_copy_says_where_our_postmortem_below_is(project, settings):
    # "Our postmortem below" is below on the page only: a copy says where it is.
    text = statement_file(front="", title="Payroll unavailable for six hours", sections={
        "Summary": "Payroll was unavailable for six hours on 26 November. We are sorry. Our postmortem below "
                   "explains what went wrong and what we are changing."})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    for copy in render_copies(statement, settings, ["facebook", "linkedin", "mastodon"], NOW):
        said = "\n".join(copy.parts)
        assert "postmortem below" not in said, (copy.channel, said)


def test_a_repair_told_in_a_boil_water_update_still_says_to_keep_boiling(project, settings):
    # "The filter is back in service" alone, in a text, tells people they may stop boiling: the
    # update says the notice stays, and the advice in force goes with the repair, cut if need be.
    first = ("The parasite came through a faulty filter at our works. We took it out of service at 23:00 last night. "
             "Keep boiling your water for drinking, cooking and brushing teeth. Next update by 18:30.")
    repaired = ("The valve on the faulty filter was replaced at 14:00 today and the filter is back in service; we are "
                "also supplying part of the area from our Haverside reservoir and from three other reservoirs further "
                "north. We have handed out 96,000 litres of bottled water today. The notice stays in place until the "
                "health agency agrees it can be lifted. Next update by 08:00 tomorrow.")
    text = statement_file(front="kind: safety\n", title="Boil water notice for 18,400 homes in Kelderby",
                          started="2026-09-01 17:00",
                          sections={"Summary": "Tap water in Kelderby must be boiled before drinking. We are sorry."},
                          updates=(("2026-09-02 18:30", "monitoring", repaired), ("2026-09-02 08:30", "identified", first)))
    statement = write_statement(project, settings, text, "2026-09-01-water.md")
    texts = {c.update_at.hour: c.parts[0] for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update"}
    assert "back in service" in texts[18] and "Keep boiling your water" in texts[18], texts[18]
    assert counting.sms_segments(texts[18]) <= 2


def test_a_short_copy_never_keeps_the_fear_and_cuts_the_reassurance():
    # « …en double dans leur solde » texted alone, without « il s'agit d'un affichage, votre
    # compte ne sera pas débité deux fois », sends members to the phones on a busy day.
    from generator.rendering.channels.voices import clause_cuts

    for sentence in ("Environ 1 940 membres voient certaines transactions de ce matin en double dans leur solde : il "
                     "s'agit d'un affichage, votre compte ne sera pas débité deux fois.",
                     "About 1,940 members see some transactions twice in their balance: this is a display issue, "
                     "your account will not be debited twice."):
        assert not any(cut.endswith(("solde", "balance")) for cut, _ in clause_cuts(sentence, 20)), sentence


def test_french_words_gsm_7_cannot_accent_are_said_in_words_it_has(project, settings):
    # « l'hôpital » and « l'arrêt » would lose their accent (« l'hopital », « l'arret »), which
    # reads as careless to a French reader; words GSM-7 has say the same.
    sms = _update_sms(project, settings, "fr", "Téléphérique arrêté", (
        "Nous connaissons la cause de l'arrêt. Un capteur de vitesse a cessé de fonctionner, ce qui a déclenché "
        "l'arrêt automatique. Une passagère blessée au poignet a été conduite à l'hôpital de Sallanches."),
        "identifié")
    assert counting.sms_encoding(sms) == "gsm7", sms
    assert "hopital" not in sms and "arret" not in sms, sms
    assert "capteur de vitesse" in sms, sms


def test_out_of_hospital_keeps_its_contraction(project, settings):
    # « sortis de l'hôpital » said with GSM-7's words is « sortis du centre hospitalier », never
    # « sortis de le centre hospitalier ».
    sms = _update_sms(project, settings, "fr", "Début d'incendie à bord", (
        "L'inspection de ce matin confirme que le feu s'est limité au tableau électrique. Les deux mécaniciens "
        "sont sortis de l'hôpital hier à 21 h."), "identifié")
    assert "de le centre" not in sms, sms
    assert "sortis du centre hospitalier" in sms, sms


