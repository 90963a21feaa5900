"""What reviews of blind kits showed still wrong in session 40's outputs, checked on statements
written for these tests."""

from __future__ import annotations

import re
from datetime import datetime

from generator.rendering.channels import render_copies
from generator.rendering.channels.counting import sms_segments
from tests.press_support import statement_file, write_statement

NOW = "2026-12-05T18:00:00+01:00"


def _texts(project, settings, monkeypatch, lang: str, updates) -> dict[int, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-05 10:40", front="kind: outage\n",
        title="112 calls from our mobile phones failing" if lang == "en" else "Échec d'appels au 112 depuis nos mobiles",
        sections={"Summary" if lang == "en" else "Résumé":
                  "Some calls to 112 from our mobile phones did not go through this morning." if lang == "en" else
                  "Certains appels au 112 passés depuis nos mobiles n'ont pas abouti ce matin."},
        updates=updates)
    statement = write_statement(project, settings, text, "2026-12-05-112.fr.md" if lang == "fr" else "2026-12-05-112.md")
    return {c.update_at.hour: c.parts[0].replace("\u00a0", " ")
            for c in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW))
            if c.update_at is not None and c.kind == "update"}


def test_a_text_while_emergency_calls_fail_says_where_else_to_call(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # While 9-1-1 calls failed, the text said only "If your call does not connect, try once more."
    # and spent its room on "Calls from home phones are working" and "do not call to test": the
    # landline or another network, what gets someone help, was left to the link.
    texts = _texts(project, settings, monkeypatch, "en", (
        ("2026-12-05 10:40", "investigating",
         "Since about 10:05 a.m., some calls to 112 from Calypso mobile phones in Brittany and Normandy are not "
         "going through. Calls from landlines are working. We are working with the emergency centres to find the "
         "cause.\n\nIf your call to 112 does not connect, try once more. If it still fails, call from a landline or "
         "from a phone on another network, or go to the nearest fire station or police station. Please do not call "
         "112 to test whether it works."),))
    sms = texts[10]
    assert "try once more" in sms and "call from a landline" in sms, sms
    assert "112" in sms.split("try once more")[0], sms  # the text says which calls fail
    assert sms_segments(sms) <= 2, (sms_segments(sms), sms)


def test_a_text_after_the_repair_tells_people_to_call_again_and_that_calls_work(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # At 5:25 p.m. the text gave "We notified the CRTC at 4:10 p.m." and left out "9-1-1 calls …
    # have been connecting normally since 5:02 p.m.", the one line customers needed, because the
    # clause came after "Test calls … are going through, and".
    texts = _texts(project, settings, monkeypatch, "en", (
        ("2026-12-05 11:25", "monitoring",
         "We reversed the network change at 11:02. Test calls made with the emergency centres in Rennes and Caen are "
         "going through, and 112 calls from our customers have been connecting normally since 11:02.\n\n"
         "If you tried to call 112 this morning and still need help, call 112 now.\n\n"
         "We notified the regulator at 10:10. Next update tomorrow by noon."),
        ("2026-12-05 10:40", "investigating", "Some calls to 112 from our mobile phones are not going through."),))
    sms = texts[11]
    assert "call 112 now" in sms, sms
    assert "112 calls from our customers have been connecting normally since 11:02" in sms, sms


def test_a_french_text_never_starts_a_sentence_in_lower_case(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « …: la Nouvelle-Écosse n'est pas touchée. si votre appel au 9-1-1 n'aboutit pas… »: the
    # instruction, first after the colon, was put back in the order told behind another sentence
    # and kept its small letter.
    texts = _texts(project, settings, monkeypatch, "fr", (
        ("2026-12-05 11:30", "identifié",
         "Nous avons trouvé la cause. À 10 h 50, lors de travaux planifiés, nous avons modifié l'acheminement des "
         "appels dans le site qui dessert la Bretagne et la Normandie. Les Pays de la Loire ne sont pas touchés.\n\n"
         "Nous annulons la modification en ce moment et prévoyons que les appels au 112 fonctionneront de nouveau "
         "vers 12 h 15. D'ici là, si votre appel au 112 n'aboutit pas, réessayez une fois, puis utilisez une ligne "
         "fixe ou le téléphone d'un autre opérateur."),
        ("2026-12-05 10:40", "analyse", "Certains appels au 112 passés depuis nos mobiles n'aboutissent pas."),))
    sms = texts[11]
    assert "ligne fixe" in sms, sms
    assert not re.search(r"[.!?] (?!https:)[a-zà-ÿ]", sms), sms


def _emergency_outage(lang: str) -> str:
    if lang == "en":
        return statement_file(
            lang="en", severity="critical", started="2026-12-04 10:40", front="kind: outage\n"
            "spokesperson: {name: Claire Martin, role: Chief Executive Officer}\n",
            title="112 calls from our mobile phones failed",
            sections={
                "Summary": "On Friday, 4 December, from 10:05 to 11:02, 164 calls to 112 from our mobile phones did "
                           "not go through. The cause was a change we made to our network. 112 calls have worked "
                           "normally since.",
                "What happened": "At 10:00 our engineers changed how calls are routed. Other calls, texts and data "
                                 "were not affected, and neither were landlines.",
                "What we are doing": "We told the regulator at 11:30 on 4 December and will file our full report by "
                                     "18 December. We will publish a summary of it here.",
                "Quote": "\"Some of you could not reach help when you needed it, and we have changed how we work so "
                         "this cannot happen again,\" said Claire Martin, Chief Executive Officer of Calypso Pay."},
            updates=(("2026-12-05 17:00", "resolved",
                      "The emergency centres have reached everyone whose call failed. According to them, one of the "
                      "calls was about a serious emergency; help was sent after the caller got through from a "
                      "landline. We will file our full report with the regulator by 18 December."),
                     ("2026-12-04 16:00", "monitoring",
                      "The emergency centres have now reached the callers behind 150 of them. If you tried to call "
                      "112 this morning and still need help, call 112 now."),
                     ("2026-12-04 10:40", "investigating",
                      "Since about 10:15, some calls to 112 from our mobile phones are not going through.\n\n"
                      "#### Correction · 2026-12-05 09:00\nThe first failed call was at 10:05, not about 10:15 as we said in "
                      "this update.")))
    return statement_file(
        lang="fr", severity="critical", started="2026-12-04 10:40", front="kind: outage\n"
        "spokesperson: {name: Claire Martin, role: Directrice générale}\n",
        title="Échec d'appels au 112 depuis nos mobiles",
        sections={
            "Résumé": "Le vendredi 4 décembre, de 10 h 05 à 11 h 02, 164 appels au 112 passés depuis nos mobiles n'ont "
                      "pas abouti. En cause : une modification que nous avions apportée à notre réseau. Les appels au "
                      "112 fonctionnent normalement depuis.",
            "Ce qui s'est passé": "À 10 h, nos ingénieurs ont modifié l'acheminement des appels. Les autres appels, "
                                  "les SMS et les données n'ont pas été touchés."},
        updates=(("2026-12-05 17:00", "résolu",
                  "Les centres d'urgence ont joint toutes les personnes dont l'appel avait échoué. Selon eux, l'un "
                  "des appels concernait une urgence grave ; les secours ont été envoyés une fois l'appel passé "
                  "depuis une ligne fixe."),
                 ("2026-12-04 16:00", "surveillance", "Les centres d'urgence ont joint les auteurs de 150 d'entre eux.")))


def test_a_brief_on_an_emergency_number_outage_answers_what_a_reporter_asks(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The 9-1-1 brief answered "which services?" with how calls are routed, "how many?" with
    # "…the callers behind 271 of them" (a count of people called back), never asked whether
    # anyone came to harm, and quoted "…cannot happen again," said Graham MacLeod, President…
    from tests.test_kit38_words import _qa_answers

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    answers = _qa_answers(project, settings, _emergency_outage("en"), "2026-12-04-112.md")
    services = next(a for q, a in answers.items() if q.startswith("Which services"))
    assert "Other calls, texts and data were not affected" in services, services
    assert "164 calls to 112" in services, services
    how_many = next(a for q, a in answers.items() if q.startswith("How many"))
    assert "164" in how_many and "150 of them" not in how_many, how_many
    harm = next(a for q, a in answers.items() if "harm" in q)
    assert "serious emergency" in harm, harm
    assert not any("said Claire Martin" in a for a in answers.values()), answers


def test_a_french_brief_finds_the_cause_and_who_is_responsible_in_en_cause(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « En cause : une modification que nous avions apportée » was neither the cause (the brief
    # quoted « …dont l'appel avait échoué ») nor responsibility (« Qui est responsable ? » SANS
    # RÉPONSE), while the English brief answered both.
    from tests.test_kit38_words import _qa_answers

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    answers = _qa_answers(project, settings, _emergency_outage("fr"), "2026-12-04-112.fr.md")
    cause = next(a for q, a in answers.items() if "cause" in q)
    assert "une modification que nous avions apportée" in cause and "avait échoué" not in cause, cause
    responsible = next(a for q, a in answers.items() if "responsable" in q)
    assert "une modification que nous avions apportée" in responsible, responsible
    services = next(a for q, a in answers.items() if q.startswith("Quels services"))
    assert "n'ont pas été touchés" in services, services
    harm = next(a for q, a in answers.items() if "conséquences" in q)
    assert "urgence grave" in harm, harm


def test_a_checklist_for_an_emergency_number_outage_tracks_one_report_and_quotes_what_was_said(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The 9-1-1 checklist listed the CRTC report twice (the summary's and the last update's
    # words), left out "We will publish a summary of it here", quoted "Since about 2:52 p.m."
    # (a correction's words, never published) as our first public word, and asked to "decide on service credits".
    from generator.rendering.documents.checklist import render_checklist
    from generator.rendering.documents.memo import render_memo

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    statement = write_statement(project, settings, _emergency_outage("en"), "2026-12-04-112.md")
    checklist = render_checklist(statement, settings, datetime.fromisoformat(NOW))
    assert checklist.count("full report") == 1, checklist
    assert "full report by 18 December. We will publish a summary of it" in checklist, checklist
    assert "Since about 10:15, some calls to 112" in checklist and "as first published; corrected since" in checklist, checklist
    assert "service credits" not in checklist, checklist
    assert "in this update" not in checklist and "in our update of 4 December" in checklist, checklist
    memo = render_memo(statement, settings, datetime.fromisoformat(NOW))
    assert "sorry for the trouble" not in memo, memo


def test_replies_after_an_emergency_number_outage_have_a_template_for_a_failed_call_for_help(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The 9-1-1 replies had no template for the message support will get first: "my call failed
    # during an emergency". It tells them what to do if they still need help, and that a person
    # will call them back.
    from generator.rendering.documents.replies import reply_templates

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    statement = write_statement(project, settings, _emergency_outage("en"), "2026-12-04-112.md")
    templates = reply_templates(statement, settings)
    assert "lifeline" in templates, list(templates)
    text = templates["lifeline"].text
    assert "still need help, call 112 now" in text and "call you back today" in text, text


def test_a_road_reopened_ends_the_order_to_stay_away_in_later_texts(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « La RD 914 a été rouverte à la circulation à 12 h 45 » was not read as the end of « Ne vous
    # rendez pas sur les lieux : la RD 914 est fermée… »: every later text told parents the road was
    # closed and rescuers were still there.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, reopened, stay_away, later in (
            ("fr", "La D 12 a été rouverte à la circulation à 12 h 45.",
             "Ne vous rendez pas sur les lieux : la D 12 est fermée et les secours y travaillent encore.",
             "Un élève reste cette nuit à l'hôpital, en observation ; sa famille est auprès de lui."),
            ("en", "The D 12 reopened to traffic at 12:45.",
             "Do not go to the scene: the D 12 is closed and the emergency services are still working there.",
             "One pupil is staying overnight in hospital for observation; their family is with them.")):
        text = statement_file(
            lang=lang, severity="critical", started="2026-12-05 08:25", front="kind: safety\n",
            title="Accident d'un car scolaire" if lang == "fr" else "School coach accident",
            sections={"Résumé" if lang == "fr" else "Summary":
                      "Un car scolaire a quitté la route ce matin." if lang == "fr" else
                      "A school coach left the road this morning."},
            updates=(("2026-12-05 17:15", "surveillance" if lang == "fr" else "monitoring", later),
                     ("2026-12-05 13:30", "surveillance" if lang == "fr" else "monitoring", reopened),
                     ("2026-12-05 09:50", "analyse" if lang == "fr" else "investigating", stay_away)))
        statement = write_statement(project, settings, text, "2026-12-05-car.fr.md" if lang == "fr" else "2026-12-05-car.md")
        for copy in render_copies(statement, settings, ["sms", "x", "facebook"], datetime.fromisoformat(NOW)):
            if copy.update_at is not None and copy.update_at.hour >= 13:
                body = " ".join(copy.parts)
                assert "lieux" not in body and "scene" not in body, (copy.channel, body)


def test_a_forecast_list_goes_whole_under_its_heading_and_never_cut_at_a_label() -> None:
    # « Prévisions pour jeudi 3 décembre : Valbreuse-Port-Sénan. Valbreuse-Montclar : 2 trains sur 3. »:
    # a list item was cut at its own colon, its value lost; « Demain. » stood for « Demain, mercredi
    # 18 novembre, la ligne S12 circulera… ».
    from generator.rendering.channels.voices import clause_cuts, essential_forms

    assert clause_cuts("Valbreuse–Port-Sénan : 1 train sur 2, toute la journée.", 5) == []
    assert clause_cuts("We now know the cause: in July our supplier changed the glue that holds the bead.", 5) == []
    assert essential_forms("Demain, mercredi 18 novembre, la ligne S12 circulera aux horaires habituels, premier "
                           "départ à 7 h 15 de Saint-Aubin, avec un autre car.") == []


def test_a_strike_forecast_text_gives_every_line_of_its_list(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(project, settings, monkeypatch, "fr", (
        ("2026-12-05 17:00", "identifié",
         "Prévisions pour lundi 7 décembre, premier jour de grève :\n\n- Rennes–Vitré : 1 train sur 2, toute la "
         "journée.\n- Rennes–Redon : 2 trains sur 3.\n- Rennes–Dol : aucun train. Des cars de remplacement partent "
         "toutes les heures, de 6 h à 21 h, de la gare routière de Rennes (quai C).\n\nLa liste des trains maintenus "
         "est dans l'application.\n\nLes billets pour un train supprimé sont échangés ou remboursés sans frais jusqu'au "
         "31 décembre.\n\nProchain point demain matin."),
        ("2026-12-05 10:40", "analyse", "Un préavis de grève a été déposé pour lundi 7 décembre."),))
    sms = texts[17]
    assert "Prévisions pour lundi 7 décembre" in sms, sms
    # (GSM-7 has no en dash: « Rennes-Vitré ».)
    assert all(line in sms for line in ("Rennes-Vitré : 1 train sur 2", "Rennes-Redon : 2 trains sur 3",
                                        "Rennes-Dol : aucun train")), sms


def test_a_reference_number_never_ends_a_sentence() -> None:
    # « (réf. 40 2213) » was cut after « réf. »: every short copy of the recall began a post with
    # « 40 2213), lots RF2607… » and a release read « (réf. Quarante 2213) ».
    from generator.rendering.roles import split_sentences

    assert split_sentences("Nous rappelons le hochet (réf. 40 2213), lots RF2607. Cessez de l'utiliser.") == [
        "Nous rappelons le hochet (réf. 40 2213), lots RF2607.", "Cessez de l'utiliser."]
    assert split_sentences("We recall the rattle (ref. 40 2213). Stop using it.")[0] == "We recall the rattle (ref. 40 2213)."


def test_sentences_that_point_back_never_go_alone() -> None:
    from generator.rendering.channels.voices import leans_on_before

    for lang, sentence in (("en", "We apologise to everyone who was waiting for it."),
                           ("fr", "Nous prions les voyageurs qui l'attendaient de nous en excuser."),
                           ("en", "We have suspended our orders from this supplier."),
                           ("en", "With saliva and biting, it eventually gives way."),
                           ("fr", "Nous avons suspendu nos commandes auprès de lui."),
                           ("en", "We will publish a summary of it here."),
                           ("en", "If it still fails, call from a landline."),
                           ("fr", "Si l'appel échoue encore, appelez depuis une ligne fixe."),
                           # (« Les 22 autres » came before « 27 élèves étaient à bord » in the 9:50 thread.)
                           ("fr", "Les 22 autres, indemnes ou légèrement contusionnés, sont accueillis à la salle des fêtes."),
                           ("en", "The other 22 are being looked after at the village hall.")):
        assert leans_on_before(sentence, lang), sentence
    # (Her own home is no pointer: « une skieuse … a pu rentrer chez elle ».)
    assert not leans_on_before("Une skieuse a été hospitalisée et a pu rentrer chez elle le lendemain.", "fr")


def test_a_release_keeps_the_name_where_it_is_an_object_or_part_of_a_name(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "The driver has worked for its for 19 years", « les membres du Club l'entreprise », « d'abord
    # publié : rF2608 ».
    from generator.rendering.corrections import small_first
    from generator.rendering.press import _fewer_names, _fewer_names_fr

    english = _fewer_names("Calypso said the coach passed its test. The driver has worked for Calypso for 19 years.",
                           ("Calypso",), "the company")
    assert "worked for the company for 19 years" in english, english
    french, _ = _fewer_names_fr("Calypso a prévenu ses clients. Les 3 410 membres du Club Calypso ont reçu un SMS.",
                                ("Calypso",), "l'entreprise", False)
    assert "Club Calypso" in french, french
    assert small_first("RF2608") == "RF2608" and small_first("About 9,800") == "about 9,800"


def test_a_promise_is_kept_only_by_a_sentence_that_reports_the_promised_act(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Every customer who had a payment declined will receive €15 by Friday 4 December" was ticked
    # done the day after, on "23,900 customers had at least one payment declined": the same
    # words of who and what, none of the act promised.
    from generator.rendering.documents.checklist import render_checklist

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-05T09:00:00+01:00")
    text = statement_file(
        lang="en", started="2026-12-04 11:40", front="kind: outage\n",
        title="Card payments declined",
        sections={"Summary": "Card payments were declined from 11:40 to 16:50. We are sorry. Every customer who had a "
                             "payment declined will receive €15 by Friday 11 December, and we will refund the costs "
                             "the incident caused you."},
        updates=(("2026-12-05 08:30", "resolved",
                  "Card payments have worked normally since 16:50 yesterday. The final figures: between 11:40 and "
                  "16:50, 41,300 of the 108,700 payments with our cards were declined (38%); 23,900 customers had at "
                  "least one payment declined. The pending amounts some of you saw for declined payments were all "
                  "released overnight."),
                 ("2026-12-04 12:25", "investigating", "Some card payments are being declined.")))
    statement = write_statement(project, settings, text, "2026-12-04-cards.md")
    checklist = render_checklist(statement, settings, datetime.fromisoformat("2026-12-05T09:00:00+01:00"))
    line = next(line for line in checklist.splitlines() if "will receive €15" in line)
    assert line.startswith("- [ ]"), checklist


def test_a_breach_text_gives_the_scam_it_warns_against_never_a_bare_do_not_click(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "…we finished e-mailing the 161,250 members. Do not click and do not pay anything.": on what?
    # The fake texts going round were the update's news for a text message.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, update, scam in (
            ("en", "At 15:40 this afternoon we finished e-mailing the 98,400 members concerned, and writing by post "
                   "to those for whom we had no valid e-mail address.\n\nSince last night, fake text messages have been going round: \"Calypso: your "
                   "parcel is waiting, pay 1.95 delivery fee\", followed by a link. They are not from us. Do not click "
                   "and do not pay anything.", "fake text messages"),
            ("fr", "Nous avons fini cet après-midi à 15 h 40 d'écrire par e-mail aux 98 400 membres concernés, et par "
                   "courrier à ceux dont nous n'avions pas d'adresse e-mail valide.\n\nDepuis hier soir, de faux SMS circulent : « Calypso : votre colis est en "
                   "attente, réglez 1,95 € de frais de livraison », suivis d'un lien. Ils ne viennent pas de nous. Ne "
                   "cliquez pas et ne payez rien.", "faux SMS")):
        text = statement_file(
            lang=lang, severity="critical", started="2026-12-04 11:00", front="kind: breach\n",
            title="Theft of our members' file" if lang == "en" else "Vol du fichier de nos membres",
            sections={"Summary" if lang == "en" else "Résumé":
                      "Our members' file was stolen. It holds no passwords." if lang == "en" else
                      "Le fichier de nos membres a été volé. Il ne contient aucun mot de passe."},
            updates=(("2026-12-05 17:00", "identified" if lang == "en" else "identifié", update),
                     ("2026-12-04 11:00", "investigating" if lang == "en" else "analyse",
                      "Our members' file was stolen." if lang == "en" else "Le fichier de nos membres a été volé.")))
        statement = write_statement(project, settings, text, "2026-12-04-file.md" if lang == "en" else "2026-12-04-file.fr.md")
        sms = next(c.parts[0] for c in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW))
                   if c.kind == "update" and c.update_at is not None and c.update_at.day == 5)
        click = "Do not click" if lang == "en" else "Ne cliquez pas"
        assert click not in sms or scam in sms, sms


def test_replies_after_a_strike_never_say_it_should_not_have_happened_to_you(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.replies import reply_templates

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        lang="en", severity="major", started="2026-12-04 16:00", front="kind: outage\n",
        title="Train drivers on strike",
        sections={"Summary": "Our train drivers are on strike since this morning: 1 train in 2 runs. We are sorry for "
                             "the disruption."},
        updates=(("2026-12-05 09:30", "identified", "The strike began at 04:00: 58% of the drivers are on strike."),))
    statement = write_statement(project, settings, text, "2026-12-04-strike.md")
    personal = reply_templates(statement, settings)["personal"].text
    assert "should not have happened to you" not in personal and "putting it right" not in personal, personal


def test_an_order_to_an_addressee_is_the_same_order_in_other_words() -> None:
    # « Parents : n'allez pas sur les lieux » (8:25) was repeated beside « Ne vous rendez pas sur
    # les lieux de l'accident » (9:50): two wordings of one order in one thread.
    from generator.rendering.channels.voices import _same_order

    assert _same_order("Parents : n'allez pas sur les lieux, les secours doivent pouvoir travailler.",
                       "Ne vous rendez pas sur les lieux de l'accident : la route est fermée.")
    assert _same_order("Parents: do not go to the scene.", "Do not go to the scene of the crash: the road is closed.")


def test_a_shortened_subject_never_ends_on_since() -> None:
    # « Objet : Grève des conducteurs et contrôleurs des trains Kerlys depuis : point de 16 h »
    from generator.rendering.channels.voices import _before_a_phrase

    head = _before_a_phrase("Grève des conducteurs et contrôleurs des trains Calypso depuis le 3 décembre", 70)
    assert head and not head.endswith("depuis"), head


def test_a_breach_card_shows_the_fakes_going_round_and_what_not_to_do(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The Instagram card of the update on fake texts read only "Do not click and do not pay
    # anything." (then only "If you have entered your card details, call your bank"): on what?
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        lang="en", severity="critical", started="2026-12-04 11:00", front="kind: breach\n",
        title="Theft of our members' file",
        sections={"Summary": "Our members' file was stolen. It holds no passwords."},
        updates=(("2026-12-05 17:00", "identified",
                  "At 15:40 this afternoon we finished e-mailing the 98,400 members concerned, and writing by post "
                  "to those for whom we had no valid e-mail address.\n\nSince last night, fake text messages have "
                  "been going round, followed by a link. They are not from us. Do not click and do not pay anything. "
                  "If you have entered your card details, call your bank straight away to have the card blocked."),
                 ("2026-12-04 11:00", "investigating", "Our members' file was stolen.")))
    statement = write_statement(project, settings, text, "2026-12-04-file.md")
    card = next(c.visual for c in render_copies(statement, settings, ["instagram"], datetime.fromisoformat(NOW))
                if c.kind == "update" and c.update_at is not None and c.update_at.day == 5)
    assert card is not None and "fake text messages" in card and "Do not click" in card, card


def test_a_closing_text_keeps_the_line_to_call_before_what_will_be_published_later(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The close-out text to parents dropped « La ligne réservée aux familles, au 0 800 74 12 12,
    # reste ouverte jusqu'à vendredi » for « Nous avons remis aux enquêteurs les données de son
    # chronotachygraphe » and « Nous publierons les conclusions… ».
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    texts = _texts(project, settings, monkeypatch, "fr", (
        ("2026-12-05 17:00", "résolu",
         "Le dernier élève hospitalisé est rentré chez lui ce midi. Les 27 élèves et le conducteur sont tous chez eux."
         "\n\nLe car avait passé son dernier contrôle technique le 2 octobre. Nous avons remis aux enquêteurs les données "
         "de son chronotachygraphe et son carnet d'entretien. Nous publierons les conclusions des enquêtes dès que nous "
         "les aurons.\n\nNous clôturons ce suivi. La ligne réservée aux familles, au 0 800 74 12 12, reste ouverte "
         "jusqu'à vendredi, de 7 h à 20 h."),
        ("2026-12-05 10:40", "analyse", "Un car scolaire a quitté la route ce matin."),))
    sms = texts[17]
    assert "0 800 74 12 12" in sms and "chronotachygraphe" not in sms, sms
