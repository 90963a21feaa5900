"""What the one SMS keeps when two segments cannot hold everything, checked on statements
written for these tests: the instruction rather than the alarm it answers, a condition with
the promise it limits, the passengers' news rather than the server's, what a teaser announces,
the withdrawal of an offensive advert, both halves of a count, and one apology."""

from __future__ import annotations

import re

from datetime import datetime

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _sms(project, settings, *, lang: str = "en", front: str = "", title: str, summary: str,
         update: str | None = None, status: str = "identified", kind: str = "update") -> str:
    name = f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md"
    heading = "Summary" if lang == "en" else "Résumé"
    updates = (("2026-09-03 12:15", status, update),) if update else (
        ("2026-09-03 12:15", status, "Next update at 18:00." if lang == "en" else "Prochain point à 18 h."),)
    text = statement_file(lang=lang, front=front, title=title, sections={heading: summary}, updates=updates)
    statement = write_statement(project, settings, text, name)
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}[kind].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    return sms.replace("’", "'")


def test_a_new_scam_report_in_a_breach_update_goes_with_what_to_do_about_it(project, settings):
    for lang, update, alarm, advice in (
            ("en", "All 5,240 members whose files were copied have now received our letter, sent between 14 and "
                   "19 November to the postal address we hold for them. Nine members have told us about texts that "
                   "claim to come from our loyalty team: delete any such message and call the number printed on "
                   "your membership card. Next update on Friday.", "Nine members", "delete any such message"),
            ("fr", "Les 5 240 adhérents dont les dossiers ont été copiés ont tous reçu notre courrier, envoyé entre le "
                   "14 et le 19 novembre à l'adresse postale que nous avons pour eux. Neuf adhérents nous ont "
                   "signalé des SMS se présentant comme venant de notre service fidélité : supprimez-les et appelez "
                   "le numéro imprimé sur votre carte d'adhérent. Prochain point vendredi.", "Neuf adhérents",
             "supprimez-les")):
        sms = _sms(project, settings, lang=lang, front="kind: breach\n",
                   title="Member files copied" if lang == "en" else "Dossiers d'adhérents copiés",
                   summary=("Files of 5,240 members were copied from our archive server. We are sorry." if lang == "en"
                            else "Les dossiers de 5 240 adhérents ont été copiés. Nous vous présentons nos excuses."),
                   update=update, status="monitoring" if lang == "en" else "surveillance")
        # The alarm never goes alone: whoever reads of fake texts reads what to do with them.
        if alarm in sms:
            assert advice in sms, sms
        assert advice in sms or alarm not in sms, sms


def test_a_condition_stays_with_the_promise_it_limits(project, settings):
    summary = ("Since 07:40 on Monday 7 September, the ticket gates at all 14 stations of line B refuse "
               "season passes loaded on a phone. If the gate refuses your phone pass, use the staffed gate at the "
               "end of the line: you will not be charged and no inspector will fine you until the end of service "
               "tonight. The fault comes from a change we made to the gate software on Sunday night; we "
               "apologise.")
    sms = _sms(project, settings, title="Phone passes refused at line B ticket gates", summary=summary,
               kind="announcement")
    if "you will not be charged" in sms.casefold():
        assert "If the gate refuses your phone pass" in sms, sms
    assert "staffed gate" in sms, sms


def test_the_passengers_news_and_what_they_may_do_win_over_the_servers_version(project, settings):
    update = ("The earlier release of our fare-collection software has been running again on the central "
              "platform since 09:20. The readers on our trams are updating one after another: at 10:00, 61 of "
              "our 97 trams take bank cards again. On the other trams you may travel without a ticket until "
              "midnight and you will not be fined. Next update at 12:00.")
    sms = _sms(project, settings, title="Bank cards refused on board our trams",
               summary="Since 06:00 the card readers on our trams refuse bank cards. We are sorry.", update=update)
    assert "61 of our 97 trams" in sms, sms
    assert "you may travel without a ticket until midnight" in sms, sms


def test_a_teaser_never_goes_without_what_it_announces(project, settings):
    update = ("We now know why the lift doors opened between floors. A sensor that tells the doors the cabin has "
              "stopped at a landing was fitted the wrong way round by our own maintenance contractor's technician "
              "during the yearly inspection of the Riverside tower lifts on the morning of 1 September. All 12 "
              "lifts serviced that day are stopped until an engineer has checked them. The three people who "
              "were trapped on Tuesday are being contacted by our customer team.")
    sms = _sms(project, settings, title="Lift doors opened between floors at our Riverside tower",
               summary="On Tuesday the doors of one of our lifts opened between two floors. We are sorry.",
               update=update)
    body = sms.split(": ", 1)[1]
    # After the teaser, the SMS says what it announced, whole or cut, never something else.
    assert body.startswith("We now know why the lift doors opened between floors. A sensor"), sms


def test_after_an_offensive_advert_the_update_sms_says_it_was_withdrawn(project, settings):
    update = ("At 17:30 today we published an Instagram and Facebook video for our winter sale that made fun of "
              "people who use wheelchairs, on the International Day of Persons with Disabilities. It was wrong "
              "and hurtful, and we deleted it at 21:40. We are sorry, above all to disabled people and their "
              "families. We are finding out how it was approved and will say so here by 12:00 tomorrow.")
    sms = _sms(project, settings, front="hashtags: [WinterSale]\n", title="Our winter sale video mocking wheelchair users",
               summary="We published a video that mocked wheelchair users. It was wrong and we are sorry.",
               update=update, status="investigating")
    assert "we deleted it at 21:40" in sms, sms
    assert "We are sorry" in sms, sms


def test_a_count_split_in_two_is_never_sent_half(project, settings):
    update = ("All 480 parcels held at our Lyon hub left this morning after the sorting line was repaired. Of "
              "these 480, 430 reached their recipients today; the 50 that missed the last van because the ring "
              "road was closed will be delivered tomorrow morning, Saturday 5 September. Parcels sent since 11:30 "
              "travel normally.")
    sms = _sms(project, settings, title="Parcels delayed at our Lyon hub",
               summary="A fault on our Lyon sorting line held 480 parcels for a day. We are sorry.", update=update,
               status="resolved")
    if "430 reached" in sms:
        assert "50" in sms.split("430 reached", 1)[1], sms
    if "the 50" in sms:
        assert "will be delivered tomorrow" in sms, sms


def test_an_sms_carries_one_apology(project, settings):
    summary = ("Since 09:12 CET some customers cannot pay by card in our shops. If your payment failed, you have "
               "not been charged. We are sorry, we know the cause, and a fix is being deployed.")
    sms = _sms(project, settings, title="Card payments failing in our shops", summary=summary, kind="announcement")
    assert sms.casefold().count("sorry") == 1, sms


def test_a_french_update_drops_its_opening_time_before_the_instruction(project, settings):
    update = ("Depuis le premier départ à 6 h 10, l'application Ligne Verte ne permet plus d'acheter ni "
              "d'afficher un billet, et les bornes de nos quais refusent les cartes bancaires sans contact. Nous "
              "en cherchons la cause. Si vous ne pouvez pas acheter votre billet, montez à bord : vous pouvez "
              "voyager sans billet, aucune amende ne sera dressée. Prochain point à 8 h 30.")
    sms = _sms(project, settings, lang="fr", title="Panne de la billettique de la Ligne Verte",
               summary="Depuis 6 h 10, la billettique de la Ligne Verte est en panne. Nous vous prions de nous excuser.",
               update=update, status="analyse")
    assert "montez à bord" in sms, sms
    # The instruction whole ("…montez à bord : … aucune amende ne sera dressée") rather than the
    # news whole: its first half alone sends people aboard without saying they will not be fined.
    assert "aucune amende ne sera dressée" in sms and "ne permet plus d'acheter" in sms, sms
    assert "6 h 10" not in sms, sms



def test_the_authors_colon_stays_and_the_senders_line_ends_as_a_sentence(project, settings):
    # Never two colons in a row, and never the author's colon rewritten as a semicolon.
    sms = _sms(project, settings, title="Card payments failing",
               summary="Some card payments fail. We are sorry.",
               update="We know why payments failed: a certificate on our gateway expired at 09:00 and was not renewed.")
    assert "update 12:15 CEST. We know why payments failed: a certificate on our gateway expired" in sms, sms
    recall = _sms(project, settings, title="Cheese recall", summary="We are recalling a cheese. Do not eat it.",
                  update="We are recalling two lots of sliced comté, 200 g pack: lot C4471 and lot C4472. Do not eat "
                         "them.")
    # The sender's line then ends as a sentence: never a hyphen where a colon belongs.
    assert "200 g pack: lot C4471 and lot C4472" in recall and "update 12:15 CEST. We are recalling" in recall, recall
    assert " - " not in recall, recall
    timed = _sms(project, settings, title="Card readers down", summary="Our card readers refuse cards. We are sorry.",
                 update="The readers are updating one by one: at 10:30, 118 of our 214 buses accept cards again.")
    assert "update 12:15 CEST. The readers are updating one by one: at 10:30, 118 of our 214 buses" in timed, timed


def test_a_french_sms_rewords_rather_than_misspells(project, settings):
    # GSM-7 has no "ê" nor "ç": « quand même », « e-mail d'hameçonnage » are said in words it has (no anglicism), never
    # sent as « quand meme », « hameconnage ».
    sms = _sms(project, settings, lang="fr", title="Panne des bornes",
               summary="Depuis 6 h, les bornes refusent les cartes. Si la borne refuse votre carte, montez quand même : "
                       "aucune amende ne sera dressée. Nous vous prions de nous excuser.", kind="announcement")
    assert "montez malgré tout" in sms and "meme" not in sms, sms
    sms = _sms(project, settings, lang="fr", front="kind: breach\n", title="Données copiées",
               summary="Des criminels ont copié les données de 1 200 clients. Nous vous présentons nos excuses.",
               update="Nous savons comment ils sont entrés : avec le mot de passe d'un salarié, volé par un e-mail "
                      "d'hameçonnage.", status="identifié")
    assert "e-mail frauduleux" in sms and "hameconnage" not in sms and "phishing" not in sms, sms
    # « maux de tête », « les mêmes magasins »: the doctor's word, and the shops named by what they share.
    sms = _sms(project, settings, lang="fr", front="kind: safety\n", title="Incendie au salon",
               summary="Un incendie a blessé sept personnes. Si vous toussez ou avez des maux de tête depuis samedi, "
                       "consultez un médecin. Nous pensons d'abord aux blessés.", kind="announcement")
    assert "des céphalées depuis samedi" in sms and "tete" not in sms, sms
    sms = _sms(project, settings, lang="fr", front="kind: recall\n", title="Rappel de raclette",
               summary="Nous rappelons deux lots de raclette. Ne les consommez pas.",
               update="Nous étendons le rappel au lot L2632A, vendu depuis le 13 novembre dans les mêmes magasins. Ne "
                      "consommez pas ce produit : rapportez-le en magasin.", status="identifié")
    assert "dans les magasins déjà concernés" in sms and "memes" not in sms, sms


def test_a_french_sms_never_misspells_a_fact_it_could_leave_to_the_link(project, settings):
    # « qui ont recu », « pour etre remboursé », « l'enquete » read as a fraudster's French: the
    # advice is reworded, and a fact GSM-7 cannot spell stays on the page.
    sms = _sms(project, settings, lang="fr", front="kind: recall\n", title="Rappel de raclette",
               summary="Nous rappelons deux lots de raclette. Ne les consommez pas.",
               update="Les 1 146 magasins qui ont reçu les lots L2631A et L2631B les ont retirés de leurs rayons. "
                      "Rapportez vos barquettes au magasin pour être remboursé, ou jetez-les. "
                      "La ligne de tranchage reste à l'arrêt pendant l'enquête.", status="identifié")
    assert "magasins destinataires des lots L2631A et L2631B" in sms, sms
    assert "pour obtenir le remboursement" in sms, sms
    assert not re.search(r"\b(?:recu|etre|arret|enquete)\b", sms), sms
    assert counting.sms_segments(sms) <= 2, sms


def test_a_recall_update_that_says_recalled_lots_names_them(project, settings):
    text = statement_file(front="kind: recall\n", title="Recall of sliced comté", sections={
        "Summary": "We are recalling two lots of sliced comté, 200 g packs, because they may contain Listeria. Do not "
                   "eat them.",
        "Products concerned": "| Lot | Use by |\n|---|---|\n| C4471 | 12/01/2027 |\n| C4472 | 14/01/2027 |"},
        updates=(("2026-09-03 12:15", "monitoring", "Both recalled lots are now off the shelves of all 312 shops. If you "
                                                    "have a pack from a recalled lot at home, do not eat it."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["update"].parts[0]
    assert "C4471" in sms and "C4472" in sms, sms
    assert sms.index("do not eat it") < sms.index("C4471"), sms


def test_a_french_rewording_keeps_its_capital_and_its_gender(project, settings):
    sms = _sms(project, settings, lang="fr", front="kind: breach\n", title="Données copiées",
               summary="Des criminels ont copié les données de 1 200 clients. Si vous êtes concerné, nous vous avons "
                       "écrit. Nous vous présentons nos excuses.", kind="announcement")
    assert "Si cela vous concerne, nous vous avons écrit" in sms, sms
    sms = _sms(project, settings, lang="fr", title="Ligne arrêtée", summary="Notre ligne de tranchage est arrêtée. "
               "Nous vous prions de nous excuser.",
               update="Le contrôle de la ligne a trouvé une pièce usée, qui a été changée ce matin par nos équipes de "
                      "maintenance avant la reprise.", status="identifié")
    assert "la vérification de la ligne" in sms.casefold() and "le vérification" not in sms.casefold(), sms


def test_a_french_sms_says_empeche_de_with_the_verb_it_takes(project, settings):
    # « empêche de payer » in words GSM-7 has: « ne permet pas de payer », never « bloque de payer ».
    sms = _sms(project, settings, lang="fr", title="Panne de billettique",
               summary="Une panne empêche de payer par carte à bord de nos cars. Nous vous prions de nous excuser.",
               kind="announcement")
    assert "ne permet pas de payer" in sms and "bloque de" not in sms and "empeche" not in sms, sms


def test_a_condition_travels_with_the_promise_it_opens_on_when_a_shorter_news_leaves_room(project, settings):
    # "If the validator refuses your card, board anyway" without "you will not be fined" tells
    # people to board, not that it is allowed: the title stands for the news when only it leaves room.
    advice = ("Si le valideur refuse votre carte, montez malgré tout : vous pouvez voyager sans titre jusqu'à la fin "
              "du service ce soir, sans risque d'amende.")
    sms = _sms(project, settings, lang="fr", title="Panne de billettique : paiement sans contact perturbé",
               summary="Depuis 5 h 50 ce mardi 1er décembre, une panne de notre billettique ne permet pas de payer par "
                       "carte bancaire sans contact à bord d'une partie de nos cars, sur nos 26 lignes. " + advice, kind="announcement")
    assert "sans risque d'amende" in sms, sms


def test_nothing_to_do_gives_way_to_the_warning_not_to_act_again(project, settings):
    text = statement_file(title="Euro transfers held for hours on Monday", sections={
        "Summary": "On Monday, 612 euro transfers were held for six hours. You have nothing to do and no fee will be "
                   "charged. We apologise for the delay.",
        "What you should do": "- You have nothing to do: your transfers have all gone. Do not send them again, you "
                              "would pay twice."})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert "Do not send them again, you would pay twice." in sms, sms


def test_after_a_bad_buzz_a_title_that_apologises_leaves_room_for_the_support_line(project, settings):
    text = statement_file(
        title="Our Black Friday advert imitated domestic-abuse campaigns: we withdrew it and we apologise",
        sections={"Summary": "On Wednesday 25 November, the International Day for the Elimination of Violence against "
                             "Women, we posted a Black Friday advert that imitated domestic-abuse awareness campaigns. "
                             "It was offensive, above all to people who have lived through abuse, and we are sorry.",
                  "What you should do": "- If the advert brought back painful memories, call the National Domestic "
                                        "Abuse Helpline, free and confidential, 24 hours a day, on 0808 2000 247."})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    # The title says the news and the apology once; the helpline goes with them.
    assert "campaigns; we withdrew it and we apologise." in sms and "0808 2000 247" in sms, sms
    assert "sorry" not in sms, sms


def test_a_french_recall_sms_names_the_line_instead_of_misspelling_meme(project, settings):
    # « sur la même ligne » needs « ê », which GSM-7 lacks: never « meme », never a bare « cette ligne ».
    sms = _sms(project, settings, lang="fr", front="kind: recall\n", title="Rappel de raclette",
               summary="Nous rappelons deux lots de raclette. Ne les consommez pas.",
               update="Une analyse de contrôle des produits tranchés sur la même ligne a détecté Listeria dans le lot "
                      "L2632A. Ne consommez pas ce produit.", status="identifié")
    assert "sur la ligne des lots rappelés" in sms and "meme" not in sms and "cette ligne" not in sms, sms


def test_a_news_sentence_too_long_for_an_sms_ends_where_a_phrase_begins_never_mid_clause(project, settings):
    # "…checked prices and legal terms, but not tone, context or the date..." cut mid-clause reads
    # as a text gone wrong; "…approved it on 24 November." ends where "under a sign-off…" begins.
    sms = _sms(project, settings, title="Our advert", summary="We posted an offensive advert. We are sorry.",
               update="We now know how the advert was approved. Our in-house social media team made it, and two "
                      "managers approved it on 24 November under a Black Friday sign-off that checked prices, legal "
                      "terms, stock levels, delivery dates, store displays and the wording of every discount, but not "
                      "tone, context or the date it would appear, nor how people who have lived through abuse would "
                      "read it.")
    # (…or where the relative clause on the sign-off begins: "…under a Black Friday sign-off.")
    assert re.search(r"approved it on 24 November(?: under a Black Friday sign-off)?\.", sms), sms
    assert "…" not in sms and "..." not in sms, sms


def test_a_breach_announcement_says_no_money_was_taken_and_apologises_beside_the_warning(project, settings):
    # The project's organisation is a payments firm: its texts carry the site's name, not a link.
    summary = ("Between 3 and 7 October 2026, criminals used a contractor's stolen password to copy the names, "
               "addresses and account numbers of 8,210 Calypso Pay business and personal customers. They did not "
               "obtain passwords or card numbers, and no money has been taken from any account. Be wary of any call "
               "or text that claims to come from us: we will never ask for your password, your PIN or a one-time "
               "passcode. We are sorry: protecting this information was our job, and we failed at it.")
    sms = _sms(project, settings, front="kind: breach\n", title="Names and account numbers of 8,210 customers copied",
               summary=summary, kind="announcement")
    assert "No money has been taken from any account." in sms, sms
    assert "never ask for your password" in sms or "Be wary of any call or text" in sms, sms
    assert "sorry" in sms, sms
    assert "They did not" not in sms, sms  # "they" would name no one beside a shorter news


def test_what_everyone_may_do_goes_before_what_some_will_be_refunded(project, settings):
    update = ("The fault comes from a configuration change that our engineers made to the gate readers at 04:00. "
              "We are undoing the change now; we cannot yet say when every gate will read cards again. If you were "
              "charged twice at a gate this morning, the second charge will be refunded automatically within five "
              "working days. You may still pass the gates without a ticket and you will not be fined. Next update at 11:00.")
    for text in (_sms(project, settings, title="Gate readers refuse cards at every station",
                      summary="Our gate readers refuse cards. We are sorry.", update=update),):
        assert "You may still pass the gates without a ticket" in text, text


def test_the_changes_made_are_said_rather_than_announced(project, settings):
    update = ("We have made the changes we promised on 2 September. From today, every push notification is read "
              "before it goes out by two editors, one of them outside the marketing team, who can stop it. We are "
              "sorry again to everyone the notification hurt. This statement is now closed.")
    text = _sms(project, settings, title="Our push message mocked people in debt: we withdrew it",
                summary="We sent a push notification that mocked people in debt. We withdrew it and we apologise.",
                update=update, status="resolved")
    assert "every push notification is read before it goes out by two editors" in text, text
    assert "We have made the changes we promised" not in text, text
    assert "sorry" in text, text


def test_a_detail_gives_way_to_what_ticket_holders_keep(project, settings):
    update = ("The safety inspectors checked the site this morning at 07:30: stages 1 and 3 reopen at 10:00. Stage 2 "
              "stays closed until the festival ends tonight at 23:00; 14 of its 31 acts have been moved to stage 3. "
              "Friday wristbands are valid today. Next update tomorrow at 11:00.")
    text = _sms(project, settings, title="Storm damage at the Larkfield festival: stage 2 closed",
                summary="A storm damaged stage 2 on Friday night. Nobody was hurt.", update=update, status="monitoring")
    assert "Friday wristbands are valid today." in text, text
    assert "Stage 2 stays closed until the festival ends tonight at 23:00" in text, text


def test_after_a_bad_buzz_an_update_without_an_apology_carries_what_it_owns(project, settings):
    update = ("We now know how the post was approved. Our in-house social media team wrote it, and two editors approved "
              "it on 2 September under a weekend sign-off that checked spelling and legal terms, but not tone, context "
              "or who would read it. That process was ours and it failed. Before we removed it at 22:15 yesterday, "
              "the post was seen about 1.4 million times.")
    text = _sms(project, settings, title="Our push message mocked people in debt: we withdrew it",
                summary="We sent a push message that mocked people in debt. We withdrew it and we apologise.",
                update=update)
    assert "That process was ours and it failed." in text, text


def test_a_breach_announcement_gives_the_helpline_number_when_room_is_left(project, settings):
    summary = ("Criminals copied the names and addresses of 820 Calypso Pay customers. No money has been taken from "
               "any account. We are sorry.")
    advice = ("- We will never ask for your password or your PIN.\n"
              "- Helpline: 0800 014 2210, every day from 08:00 to 20:00.")
    sms = _sms(project, settings, front="kind: breach\n", title="Names and addresses of 820 customers copied",
               summary=summary, kind="announcement")
    assert "0800 014 2210" not in sms  # (the summary alone has no number: nothing invented)
    text = statement_file(front="kind: breach\n", title="Names and addresses of 820 customers copied",
                          sections={"Summary": summary, "What you should do": advice},
                          updates=(("2026-09-03 12:15", "identified", "Next update at 18:00."),))
    statement = write_statement(project, settings, text)
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    assert "Helpline: 0800 014 2210" in sms, sms


def test_an_announcement_led_by_its_title_still_says_the_worst_is_over(project, settings):
    # The news too long beside the advice, the title says it ("…, seven people injured"): that all
    # are home, said at the end of the news, still goes, right after it.
    sms = _sms(project, settings, front="kind: safety\n",
               title="Fire at the OUTDOORA show on 28 November, three halls evacuated, seven people injured",
               summary="On Saturday 28 November at 14:12 CET, a fire on a stand at the OUTDOORA show in Lyon forced "
                       "the evacuation of three halls and injured seven people, two of whom were taken to hospital; "
                       "all are now home. If you were in hall 3, 4 or 5 and have had a cough, difficulty breathing "
                       "or headaches since Saturday, see a doctor.", kind="announcement")
    assert "seven people injured. All are now home." in sms, sms


def test_what_went_as_planned_leaves_its_room_to_what_people_can_use(project, settings):
    for lang, update, planned, usable in (
            ("en", "Halls 3, 4 and 5 stayed closed for the rest of the day; halls 1, 2 and 6 closed at 19:00, as "
                   "planned. The visitor taken to hospital this afternoon has gone home; the exhibitor's employee is "
                   "being kept under observation overnight. The safety commission will inspect the halls tomorrow at "
                   "07:30: we will publish its decision here before the show opens at 09:00. Saturday tickets will "
                   "be valid on Sunday.", "as planned", "Saturday tickets will be valid on Sunday."),
            ("fr", "Les halls 3, 4 et 5 sont restés fermés jusqu'à la fin de la journée ; les halls 1, 2 et 6 ont "
                   "fermé à 19 h 00, comme prévu. La visiteuse hospitalisée est rentrée chez elle. Les billets du "
                   "samedi seront valables dimanche.", "comme prévu", "Les billets du samedi seront valables dimanche.")):
        sms = _sms(project, settings, lang=lang, front="kind: safety\n",
                   title="Fire at our show" if lang == "en" else "Incendie au salon",
                   summary="A fire injured seven people." if lang == "en" else "Un incendie a blessé sept personnes.",
                   update=update, status="monitoring" if lang == "en" else "surveillance")
        assert planned not in sms and usable in sms, sms


def test_a_recall_text_gives_the_consumer_line_before_the_apology(project, settings):
    for lang, summary, line in (
            ("en", "We are recalling lot C4471 of sliced comté because it may contain Listeria. Do not eat it. We "
                   "apologise to our customers.",
             "Consumer line: 04 65 71 22 80"),
            ("fr", "Nous rappelons le lot C4471 de comté tranché car il peut contenir des Listeria. Ne le consommez "
                   "pas. Nous présentons nos excuses à nos clients.",
             "Service consommateurs : 04 65 71 22 80")):
        advice = ("- Consumer line: 04 65 71 22 80, every day from 09:00 to 19:00." if lang == "en" else
                  "- Service consommateurs : 04 65 71 22 80, tous les jours de 9 h à 19 h.")
        text = statement_file(lang=lang, front="kind: recall\n", title="Comté recall" if lang == "en" else "Rappel de comté",
                              sections={("Summary" if lang == "en" else "Résumé"): summary,
                                        ("What you should do" if lang == "en" else "Ce que vous pouvez faire"): advice},
                              updates=(("2026-09-03 12:15", "identified" if lang == "en" else "identifié",
                                        "We are recalling lot C4471." if lang == "en" else "Nous rappelons le lot C4471."),))
        statement = write_statement(project, settings, text, f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
        sms = sms.replace("\u00a0", " ").replace("\u202f", " ")
        assert line in sms, sms
        apology = "We apologise" if lang == "en" else "Nous présentons nos excuses"
        assert apology not in sms or sms.index(line) < sms.index(apology), sms


def test_a_line_that_gives_its_international_form_is_texted_in_that_form(project, settings):
    # « 04 65 71 22 80 » cannot be dialled from Belgium, where the product was also sold.
    text = statement_file(lang="fr", front="kind: recall\n", title="Rappel de comté", sections={
        "Résumé": "Nous rappelons le lot C4471 de comté tranché, vendu en France et en Belgique, car il peut contenir "
                  "des Listeria. Ne le consommez pas.",
        "Ce que vous pouvez faire": "- Service consommateurs : 04 65 71 22 80 (depuis la Belgique : +33 4 65 71 22 80), "
                                    "7 jours sur 7 de 9 h à 19 h, ou rappel@exemple.fr."},
        updates=(("2026-09-03 12:15", "identifié", "Nous rappelons le lot C4471."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    sms = sms.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Service consommateurs : +33 4 65 71 22 80" in sms and "04 65 71 22 80" not in sms, sms


def test_a_recall_text_says_what_is_recalled_before_that_no_one_was_hurt(project, settings):
    # "As far as we know, no child has been hurt" is no news that replaces the recall: the text
    # says what is recalled, what to do and which lots, before who was or was not hurt.
    summary = ("We are recalling three lots of our Lune teething ring, sold since 12 September 2026, because the "
               "cord can tear and release small wooden beads that a baby could choke on.\n\n"
               "Please stop using the ring straight away and keep it out of your child's reach. We will refund it "
               "in full (€24.90), with or without a receipt, or replace it if you prefer. Three parents have told "
               "us that a cord tore; as far as we know, no child has been hurt. We are truly sorry. The rings were "
               "sold in Belgium, Luxembourg, France and the Netherlands, on nidou.be and in 43 partner shops.")
    table = ("| Product | EAN | Lots |\n|---|---|---|\n| Lune teething ring, sage green | 5430004215011 | "
             "N2609-14, N2610-21 |\n| Lune teething ring, sand | 5430004215028 | N2610-03 |")
    text = statement_file(front="kind: recall\n", title="Recall of three lots of the Lune teething ring",
                          sections={"Summary": summary, "Recalled products": table},
                          updates=(("2026-09-03 12:15", "identified", "We are recalling three lots."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}["announcement"].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    assert "We are recalling three lots of our Lune teething ring" in sms, sms
    assert "Please stop using the ring straight away" in sms, sms
    assert all(lot in sms for lot in ("N2609-14", "N2610-21", "N2610-03")), sms


def test_a_sentence_about_one_of_them_never_goes_without_the_ones_it_means(project, settings):
    # "If yours is one of them, there is still time." alone points at nothing.
    for lang, update, dangling in (
            ("en", "Since 11:40 you can sign in again in read-only mode: you can view and download payslips, reports "
                   "and invoices, but you cannot yet run or approve payroll or create invoices. About 2,300 UK "
                   "payroll runs for Monday 30 November still have to be approved today. If yours is one of them, "
                   "there is still time: the Bacs deadline for Monday payments is 22:30 tonight. Before we allow "
                   "changes again, we are checking that the standby database holds every record, so that no data "
                   "is lost or duplicated. Next update by 15:00.", "If yours is one of them"),
            ("fr", "Depuis 11 h 40, vous pouvez de nouveau vous connecter en lecture seule : vous pouvez consulter et "
                   "télécharger bulletins de paie, rapports et factures, mais pas encore établir ni valider une paie, "
                   "ni créer de facture. Environ 2 300 paies britanniques du lundi 30 novembre doivent encore être "
                   "validées aujourd'hui. Si la vôtre en fait partie, il est encore temps : l'heure limite de Bacs "
                   "pour les paiements de lundi est 22 h 30 ce soir. Prochain point d'ici 15 h.", "Si la vôtre")):
        sms = _sms(project, settings, lang=lang, title="Payroll unavailable", summary="Payroll is down.",
                   update=update)
        if dangling in sms:
            assert ("About 2,300" if lang == "en" else "Environ 2 300") in sms, sms


def test_a_boil_water_update_text_carries_the_instruction_beside_other_advice(project, settings):
    # "You can shower as normal" is no boil notice, and "If you cannot get out, call us" no
    # instruction in force: every update text of an open notice says not to drink the water.
    summary = ("Tap water in Saint-Aubin, Castelverd and Mérignol must be boiled before drinking, because bacteria "
               "have been found in it. Do not drink tap water unless you have boiled it. We apologise.")
    updates = (
        ("2026-09-03 20:50", "identified", "As a precaution, the notice now also covers Puyferrat: about 11,800 "
                                           "residents in four communes are affected. If you cannot get out, call "
                                           "05 36 49 27 10 and we will bring water to you."),
        ("2026-09-03 17:45", "investigating", "Bacteria (E. coli and intestinal enterococci) have been found in "
                                              "water samples taken this morning in the southern sector. You can "
                                              "shower and use your household appliances as normal. We are sorry for "
                                              "the worry this causes."),
    )
    text = statement_file(front="kind: safety\n", title="Boil-water notice", severity="critical",
                          sections={"Summary": summary}, updates=updates)
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    texts = [c.parts[0] for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update"]
    assert len(texts) == 2
    for sms in texts:
        assert counting.sms_segments(sms) <= 2, sms
        assert "Do not drink tap water unless you have boiled it" in sms, sms


def test_a_text_never_cuts_the_but_clause_that_says_what_we_did(project, settings):
    # "…our standby database took over, | but a change we made is stopping our app…": the cause
    # we own is the point; cut before it, the text blames a storage fault.
    update = ("We have found the cause. At 08:52 a storage fault took our main database server offline and our "
              "standby database took over, but a change we made to our connection settings yesterday evening is "
              "stopping our application from connecting to it. We are correcting the settings and preparing to open "
              "read-only access first. Next update by 12:00.")
    sms = _sms(project, settings, title="Payroll unavailable", summary="Payroll is down. We are sorry.", update=update)
    assert "a change we made" in sms or "storage fault" not in sms, sms


def test_a_text_gives_the_refund_rather_than_how_the_fault_worked(project, settings):
    # The cause is told without "we found the cause": what the customers get still wins the room.
    for lang, update, refund in (
            ("fr", "La facture de gaz d'août a été prélevée une deuxième fois à la suite d'une relance manuelle du "
                   "traitement de nuit après une erreur de notre logiciel de prélèvement. 2 410 clients sont "
                   "concernés. Nous rembourserons le montant prélevé en trop le vendredi 5 septembre, sans démarche "
                   "de votre part.", "Nous rembourserons le montant prélevé en trop"),
            ("en", "The August gas bill was collected a second time following a manual error when our night-time "
                   "payment run was restarted after a fault in our direct debit software. 2,410 customers are "
                   "affected. We will refund the amount taken twice on Friday 5 September, with nothing for you to "
                   "do.", "We will refund the amount taken twice")):
        sms = _sms(project, settings, lang=lang, title="Gas bills collected twice" if lang == "en"
                   else "Factures de gaz prélevées deux fois",
                   summary="Some gas bills were collected twice. We are sorry." if lang == "en"
                   else "Des factures de gaz ont été prélevées deux fois. Nous sommes désolés.", update=update)
        assert refund.casefold() in sms.casefold(), sms


def test_an_update_that_opens_on_work_behind_the_scenes_texts_what_changes_for_people(project, settings):
    # A hospital's update opens on its engineers: a patient's text says where the ambulances go and
    # that the emergency department stays open, never only who is working on site.
    update = ("Nos équipes informatiques et le fabricant de la baie de stockage travaillent sur place. À ce stade, "
              "rien n'indique une cyberattaque ; par précaution, nous avons informé le Centre pour la Cybersécurité "
              "Belgique (CCB). Les ambulances sont orientées vers les autres hôpitaux de la région depuis 9 h 15. "
              "Nos urgences restent ouvertes aux patients qui se présentent d'eux-mêmes. Prochain point à 15 h.")
    sms = _sms(project, settings, lang="fr", title="Panne informatique dans nos trois hôpitaux",
               summary="Depuis 5 h 40, le dossier patient informatisé est inaccessible dans nos trois hôpitaux.",
               update=update)
    assert "ambulances sont orientées vers les autres" in sms and "urgences restent ouvertes" in sms, sms
    assert "Cybersécurité" not in sms, sms


def test_a_condition_said_as_a_phrase_is_never_spared_as_a_preamble():
    # "Call 112 as always." alone tells every patient to call the emergency number; "As a
    # precaution," may go, a condition may not.
    from generator.rendering.channels.voices import _without_preamble

    assert _without_preamble("In a life-threatening emergency, call 112 as always.") == \
        "In a life-threatening emergency, call 112 as always."
    assert _without_preamble("En cas d'urgence vitale, appelez le 112, comme toujours.") == \
        "En cas d'urgence vitale, appelez le 112, comme toujours."
    assert _without_preamble("As a precaution, do not drink tap water.") == "Do not drink tap water."


def test_a_french_text_never_misspells_what_gsm_7_cannot_accent(project, settings):
    # GSM-7 has no « û », « ê » nor « ç »: « ont dû être reportées » and « reçoivent » are said in
    # words it has, never « du etre » (another word) nor « recoivent ».
    update = ("Depuis mardi, 1 240 consultations et 71 interventions programmées ont dû être reportées. Les "
              "patients concernés reçoivent un SMS ce soir. Prochain point mercredi à 8 h.")
    sms = _sms(project, settings, lang="fr", title="Panne informatique dans nos trois hôpitaux",
               summary="Depuis 5 h 40, le dossier patient informatisé est inaccessible dans nos trois hôpitaux.",
               update=update)
    assert counting.sms_encoding(sms) == "gsm7", sms
    assert "ont été reportées" in sms and "vont recevoir un SMS ce soir" in sms, sms
    assert not re.search(r"\bdu etre\b|recoivent", sms), sms


RECALL_SUMMARY = (
    "We're recalling about 9,400 kettles sold in our shops since March, because a fault in the base can make them "
    "overheat. If the label under your kettle shows one of the lots below, unplug it now, even if it works, and "
    "order a free replacement. Nobody has been hurt. We're sorry.\n\n"
    "## Recalled products\n"
    "| Product | Lots |\n|---|---|\n| Brightway kettle KT-20, 1.7 l | K2211, K2212 |\n\n"
    "## What you should do\n"
    "1. Turn the kettle over: the lot is printed after the word LOT.\n"
    "2. If it's K2211 or K2212, unplug it and stop using it.\n"
    "3. Order your free replacement at brightway.example/kettle, or call 0800 555 0142 (8am to 8pm, every day).\n"
    "4. If your kettle has already overheated, call us on 0800 555 0142.")


def test_a_recall_text_and_thread_say_where_to_order_the_replacement(project, settings):
    # "…and order a free replacement." without where leaves 9,400 households asking; the lots
    # never make room for it.
    sms = _sms(project, settings, kind="announcement", front="kind: recall\n",
               title="Safety recall: some Brightway kettles can overheat", summary=RECALL_SUMMARY)
    assert "order a free replacement at brightway.example/kettle" in sms, sms
    assert "K2211" in sms and "K2212" in sms, sms
    statement = write_statement(project, settings, statement_file(
        front="kind: recall\n", title="Safety recall: some Brightway kettles can overheat",
        sections={"Summary": RECALL_SUMMARY}, updates=(("2026-09-03 12:15", "identified", "Next update at 18:00."),)),
        "2026-09-03-test.md")
    (thread,) = [c for c in render_copies(statement, settings, ["x"], NOW) if c.kind == "announcement"]
    assert "brightway.example/kettle" in " ".join(thread.parts), thread.parts


def test_an_update_thread_opening_on_work_behind_the_scenes_leads_with_what_changes_for_people(project, settings):
    update = ("Nos équipes informatiques et le fabricant de la baie de stockage travaillent sur place. Les "
              "ambulances sont orientées vers les autres hôpitaux de la région depuis 9 h 15. Prochain point à 15 h.")
    text = statement_file(lang="fr", title="Panne informatique dans nos trois hôpitaux", sections={
        "Résumé": "Depuis 5 h 40, le dossier patient informatisé est inaccessible dans nos trois hôpitaux."},
        updates=(("2026-09-03 12:15", "identifié", update),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    (thread,) = [c for c in render_copies(statement, settings, ["x"], NOW) if c.kind == "update"]
    first = thread.parts[0]
    assert "ambulances sont orientées" in first, thread.parts
    assert "travaillent sur place" not in first or first.index("ambulances") < first.index("travaillent"), first


def test_a_breach_text_says_what_was_not_exposed_in_words_that_stand_alone(project, settings):
    # "Were my bank details taken?" is everyone's first question; "…were in these files" in a text
    # that names no files is said as "…were exposed".
    for lang, summary, said in (
            ("en", "The names and email addresses of 8,200 members could be reached online for two weeks, because "
                   "of a configuration error on our part. No passwords and no bank details were in these files. "
                   "We apologise to every member affected.", "No passwords and no bank details were exposed."),
            ("fr", "Les noms et adresses e-mail de 8 200 adhérents ont été accessibles en ligne pendant deux "
                   "semaines, à la suite d'une erreur de configuration de notre part. Aucun mot de passe et aucune "
                   "donnée bancaire ne figuraient dans ces fichiers. Nous présentons nos excuses à chaque adhérent "
                   "concerné.", "Aucun mot de passe et aucune donnée bancaire n'a été exposé.")):
        sms = _sms(project, settings, lang=lang, kind="announcement", front="kind: breach\n",
                   title="Data breach: members' contact details exposed" if lang == "en"
                   else "Fuite de données : coordonnées d'adhérents exposées", summary=summary)
        assert said in sms, sms
        assert "these files" not in sms and "ces fichiers" not in sms, sms
