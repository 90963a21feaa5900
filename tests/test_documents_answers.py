"""The media Q&A brief answers what the statement says, alike in English and French: an
authority told by name, a likely cause with the sentence it leans on, sentences that run past
"No. 2", who is responsible, the people affected (never those we called, never our staff),
what stops it happening again, and what to do about a password."""

from __future__ import annotations

import re
from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import reply_templates
from tests.press_support import statement_file, write_statement
from tests.test_documents_fresh import _answers, _both, _briefs, _item, _plain, _quoted, _ticks, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def _agree(briefs) -> None:  # type: ignore[no-untyped-def]
    for (question, english), french in zip(briefs["en"].items(), briefs["fr"].values(), strict=True):
        assert _unanswered(english) == _unanswered(french), question


# -- a recall of bicycle helmets -------------------------------------------------------------------

def _helmets(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 10:00", front="next_update: 2026-03-12 18:00\n",
        title="Recall of the Vélo Kid helmet, size S" if en else "Rappel du casque Vélo Kid, taille S",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling the Vélo Kid helmet, size S, sold since 1 February. 2,140 helmets were sold. "
                "Please stop using it and bring it back for a full refund." if en else
                "Nous rappelons le casque Vélo Kid, taille S, vendu depuis le 1er février. 2 140 casques ont été "
                "vendus. Cessez de l'utiliser et rapportez-le pour un remboursement complet."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "On 2 March at 09:00, a test found cracks in the shell of one helmet. We notified OPSS, the "
                "product safety office, on 2 March." if en else
                "Le 2 mars à 9 h, un essai a trouvé des fissures dans la coque d'un casque. Nous avons informé "
                "l'OPSS, l'office de sécurité des produits, le 2 mars."),
        },
        updates=(
            ("2026-03-08 12:00", "monitoring" if en else "surveillance",
             "1,020 helmets have been returned so far." if en else "1 020 casques ont été rapportés à ce jour."),
            ("2026-03-05 12:00", "monitoring" if en else "surveillance",
             "Our supplier found a worn mould on press No. 4. It is the most likely cause of the cracks, but this "
             "is not yet confirmed." if en else
             "Notre fournisseur a trouvé un moule usé sur la presse n° 4. C'est la cause la plus probable des "
             "fissures, mais elle n'est pas encore confirmée."),
            ("2026-03-02 12:00", "identified" if en else "identifié",
             "We are recalling the Vélo Kid helmet, size S." if en else "Nous rappelons le casque Vélo Kid, taille S."),
        ))


def test_the_authorities_answer_names_the_agency_we_informed(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-02-helmets", _helmets), settings)
    english = briefs["en"]["Were the authorities informed?"]
    french = briefs["fr"]["Les autorités ont-elles été prévenues ?"]
    assert "We notified OPSS" in english
    assert "Nous avons informé l'OPSS" in french
    _agree(briefs)


def test_a_likely_cause_is_an_answer_with_the_sentence_it_leans_on(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-02-helmets", _helmets), settings)
    english = _quoted(briefs["en"]["What caused it?"])
    french = _quoted(briefs["fr"]["Quelle en est la cause ?"])
    assert english[:2] == ["Our supplier found a worn mould on press No. 4.",
                           "It is the most likely cause of the cracks, but this is not yet confirmed."]
    assert french[:2] == ["Notre fournisseur a trouvé un moule usé sur la presse n° 4.",
                          "C'est la cause la plus probable des fissures, mais elle n'est pas encore confirmée."]


# -- a fire on a river boat ---------------------------------------------------------------------------

def _boat(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-06 21:00",
        title="Fire on board the boat Loire Bleue" if en else "Incendie à bord du bateau Loire Bleue",
        sections={
            ("Summary" if en else "Résumé"): (
                "On 6 March, a fire broke out on our boat Loire Bleue with 84 passengers on board. No one was "
                "hurt." if en else
                "Le 6 mars, un incendie s'est déclaré sur notre bateau Loire Bleue avec 84 passagers à bord. "
                "Personne n'a été blessé."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "At 20:40, smoke was seen in pump room No. 1 while the boat was near Ancenis. The coastguard was "
                "informed at 20:45." if en else
                "À 20 h 40, de la fumée a été vue dans le local des pompes n° 1 alors que le bateau était près "
                "d'Ancenis. Le CROSS a été prévenu à 20 h 45."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- Passengers were met at the quay by our staff and, for those who wished, psychological support.\n"
                "- Our other boat was inspected on 7 March for the same risk.\n"
                "- All 6 pumps of this type have been replaced on both boats." if en else
                "- Les passagers ont été accueillis au quai par nos équipes et, pour ceux qui le souhaitaient, un "
                "soutien psychologique.\n"
                "- Notre autre bateau a été inspecté le 7 mars pour le même risque.\n"
                "- Les 6 pompes de ce type ont été remplacées sur nos deux bateaux."),
        },
        updates=(
            ("2026-03-08 17:00", "resolved" if en else "résolu",
             "The most likely cause is a worn bearing on pump No. 1; it has been replaced." if en else
             "La cause la plus probable est un roulement usé sur la pompe n° 1 ; il a été remplacé."),
            ("2026-03-06 21:00", "identified" if en else "identifié",
             "The fire is out. No one was hurt." if en else "L'incendie est éteint. Personne n'a été blessé."),
        ))


def test_english_and_french_answer_a_fire_alike_and_never_stop_at_no(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-06-boat", _boat), settings)
    _agree(briefs)
    english = briefs["en"]
    assert "The coastguard was informed at 20:45." in english["Were emergency services and authorities involved?"]
    assert "worn bearing on pump No. 1" in english["What caused it?"]
    assert "for the same risk" in english["Will it happen again?"]
    assert "Le CROSS a été prévenu" in briefs["fr"]["Les secours et les autorités sont-ils intervenus ?"]
    for answer in english.values():
        assert not re.search(r"\bNo\.$", answer, re.MULTILINE)
    assert "pump room No. 1 while the boat was near Ancenis." in english["When did it start, and when did you find out?"]


# -- a driver who left a passenger behind --------------------------------------------------------------

_DRIVER = statement_file(
    severity="major", started="2026-03-03 10:00", title="A passenger using a wheelchair was left at a bus stop",
    sections={
        "Summary": "On 2 March, our driver did not let a passenger using a wheelchair board the 18:10 bus in Nort. "
                   "We are sorry.",
        "What happened": "Four passengers with reduced mobility were booked on that route. The ramp was broken. "
                         "We should have sent a taxi instead. The responsibility for what happened lies with the "
                         "company, not with the driver.",
        "What we are doing": "- All 240 members of our on-board and driving teams will be trained by 30 April.",
    },
    updates=(("2026-03-05 16:00", "monitoring", "This week our team called 9 passengers before their journey."),))


def test_who_is_responsible_and_how_many_are_affected(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _DRIVER, "2026-03-03-driver.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert _quoted(answers["Who is responsible?"])[0].startswith("The responsibility for what happened lies with")
    count = _plain(answers["How many people are affected?"])
    assert "9 passengers" not in count and "240 members" not in count


# -- a billing error ----------------------------------------------------------------------------------

_BILLS = statement_file(
    lang="fr", severity="major", started="2026-03-03 10:00", title="Abonnements facturés deux fois en mars",
    sections={
        "Résumé": "Les abonnements de mars ont été facturés deux fois à 3 100 clients. Nous vous présentons nos "
                  "excuses.",
        "Ce qui s'est passé": "L'erreur vient de notre système de facturation. Notre contrôle des factures aurait "
                              "dû la bloquer. C'est une faille de notre part, que nous avons corrigée le 4 mars.",
    },
    updates=(("2026-03-05 12:00", "identifié", "Le montant en double sera remboursé d'ici le 12 mars."),))


def test_french_billing_brief_says_who_is_responsible_and_what_was_fixed(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _BILLS, "2026-03-03-factures.fr.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert "L'erreur vient de notre système de facturation." in _quoted(answers["Qui est responsable ?"])
    again = _quoted(answers["Cela peut-il se reproduire ?"])
    assert again[-1] == "C'est une faille de notre part, que nous avons corrigée le 4 mars."
    assert "Notre contrôle des factures aurait dû la bloquer." in again  # what the flaw was


# -- a breach: the password ---------------------------------------------------------------------------

_BREACH = statement_file(
    lang="fr", severity="critical", started="2026-03-04 10:30", title="Accès non autorisé aux comptes de nos clients",
    sections={
        "Résumé": "Le 3 mars au soir, une personne non autorisée a consulté les données de 5 400 clients.",
        "Ce que nous faisons": "- Les mots de passe ne sont pas stockés dans cet outil. Par précaution, nous "
                               "demanderons à chaque client d'en choisir un nouveau à sa prochaine connexion.",
        "Ce que vous pouvez faire": "- Nous ne vous demanderons jamais votre mot de passe par téléphone.",
    },
    updates=(("2026-03-04 18:00", "identifié", "Le second facteur est obligatoire depuis ce matin 9 h."),))


def test_the_password_answer_says_what_to_do_and_days_read_well(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _BREACH, "2026-03-04-acces.fr.md")
    qa = render_qa_brief(statement, settings, NOW)
    password = _quoted(_answers(qa)["Dois-je changer mon mot de passe ?"])
    assert password[0] == "Les mots de passe ne sont pas stockés dans cet outil."
    assert any("d'en choisir un nouveau" in line for line in password)
    assert not any("jamais" in line for line in password)
    assert "au matin 9 h" not in _plain(qa)


# -- what we are doing, as of now ---------------------------------------------------------------------

_REFUNDS = statement_file(
    lang="fr", severity="major", started="2026-03-02 10:00", title="Abonnements facturés deux fois en mars",
    front="next_update: 2026-03-12 12:00\n",
    sections={"Résumé": "Les abonnements de mars ont été facturés deux fois à 3 100 clients. Nous vous présentons "
                        "nos excuses.",
              "Ce qui s'est passé": "Notre contrôle automatique aurait dû bloquer ces montants. Il ne l'a pas fait, "
                                    "car il ne vérifiait pas les frais d'abonnement.",
              "Ce que vous pouvez faire": "- Si ce montant vous a causé des frais bancaires, appelez-nous : nous les "
                                          "rembourserons."},
    updates=(
        ("2026-03-06 17:00", "identifié", "Le montant en double a été retiré de 2 000 factures. Le remboursement "
                                           "des 1 100 autres clients est en cours."),
        ("2026-03-03 18:00", "identifié", "Nous préparons les remboursements, et publierons le calendrier d'ici le "
                                           "4 mars."),
        ("2026-03-02 12:00", "analyse", "Nous vérifions nos calculs."),
    ))


def test_what_we_are_doing_is_the_newest_update_never_a_promise_whose_day_is_over(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _REFUNDS, "2026-03-02-remboursements.fr.md")
    doing = _plain(_answers(render_qa_brief(statement, settings, NOW))["Que faites-vous, et dans quel délai ?"])
    memo = _plain(render_memo(statement, settings, NOW))
    for text in (doing, memo):
        assert "a été retiré de 2 000 factures" in text
        assert "d'ici le 4 mars" not in text and "vérifions nos calculs" not in text


_FERRY = statement_file(
    severity="major", started="2026-02-20 08:00", title="Ferry crossing cancelled after an engine fault",
    sections={
        "Summary": "On 20 February, our 08:00 crossing was cancelled after an engine fault. We are sorry.",
        "What we are doing": "- An independent review of our maintenance is under way. We will publish its "
                             "conclusions on this page.",
        "What you should do": "- Your ticket will be refunded automatically within 7 days of the incident.",
    },
    updates=(("2026-02-20 09:00", "identified", "The 08:00 crossing is cancelled."),))


def test_a_memo_names_the_status_page_and_flags_a_deadline_passed(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _FERRY, "2026-02-20-ferry.md")
    memo = _plain(render_memo(statement, settings, NOW))
    assert "this page" not in memo and "publish its conclusions on our website" in memo
    assert "within 7 days of the incident. (Its deadline, 27 February, has passed: check it was kept.)" in memo


# -- the checklist ticks what the statement proves -----------------------------------------------------

def test_checklist_ticks_need_a_sentence_that_proves_the_step(project, settings) -> None:  # type: ignore[no-untyped-def]
    boats = _both(project, settings, "2026-03-06-boat", _boat)
    checklists = {lang: render_checklist(s, settings, NOW) for lang, s in boats.items()}
    assert _ticks(checklists["en"]) == _ticks(checklists["fr"])
    assert _item(checklists["en"], "Support the staff involved").startswith("- [ ]")  # passengers were supported
    assert _item(checklists["en"], "Inform the labour inspectorate").startswith("- [x]")
    assert _item(checklists["en"], "First public word").startswith("- [x]")
    bills = render_checklist(write_statement(project, settings, _REFUNDS, "2026-03-02-remboursements.fr.md"),
                             settings, NOW)
    fees = _item(bills, "Prenez en charge les frais bancaires")
    assert fees.startswith("- [x]") and "nous les rembourserons" in fees
    assert _item(bills, "Remboursez ou versez").startswith("- [x]")  # the amounts removed, refunds under way


def test_a_first_word_a_day_after_the_problem_is_not_within_the_hour(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _DRIVER, "2026-03-03-driver.md")
    first = _item(render_checklist(statement, settings, NOW), "First public word")
    # Given, and late: ticked, with how late it came (an open box would read as not given at all).
    assert first.startswith("- [x]") and "2 days and 6 hours after the problem began, 3 March at 10:00 CET" in first


# -- reply templates ------------------------------------------------------------------------------------

_NIGHT = statement_file(
    lang="fr", severity="major", started="2026-03-06 21:00", title="Incendie à bord du bateau Loire Bleue",
    sections={
        "Résumé": "Le 6 mars, un incendie s'est déclaré à bord. Personne n'a été blessé.",
        "Ce que vous pouvez faire": "- Si vous souhaitez parler de cette nuit à quelqu'un, appelez le 02 40 00 00 00.",
        "Ce que nous faisons": "- Les conclusions de l'enquête seront publiées ici d'ici le 30 avril.",
    },
    updates=(("2026-03-08 17:00", "résolu", "Le bateau reprend le service. Les conclusions de l'enquête seront "
                                            "publiées ici d'ici le 30 avril."),))


def test_a_reply_never_puts_a_time_after_de_nor_says_here(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _NIGHT, "2026-03-06-nuit.fr.md")
    text = _plain(reply_templates(statement, settings, NOW)["personal"].text)
    assert "parler de cette nuit à quelqu'un" in text
    assert " ici " not in text and "publiées en ligne" in text


_CREDIT = statement_file(
    severity="major", started="2026-03-04 07:40", title="Mobile calls and data cut off in the south-east",
    sections={
        "Summary": "On 4 March, 40,000 customers could not make calls. Every affected customer will receive a "
                   "credit equal to three days of their plan on their April bill, with nothing to do. Claims for "
                   "costs caused by the outage can be made at https://example.com/claims.",
        "What you should do": "- For compensation, you have nothing to do: a credit equal to three days of your "
                              "plan will appear on your April bill.\n"
                              "- If the outage cost you money, you can claim at https://example.com/claims.",
    },
    updates=(("2026-03-05 18:00", "resolved", "Service is stable and we are closing this incident. Every affected "
                                              "customer will receive a credit equal to three days of their plan on "
                                              "their April bill, automatically."),))


def test_the_charged_reply_says_each_fact_once(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _CREDIT, "2026-03-04-outage.md")
    text = reply_templates(statement, settings, NOW)["charged"].text
    assert text.count("three days") == 1 and text.count("https://example.com/claims") == 1


def test_a_closed_statement_is_not_said_to_be_resolved(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = _DRIVER.replace("### 2026-03-05 16:00 · monitoring\nThis week our team called 9 passengers before their "
                           "journey.", "### 2026-03-05 16:00 · resolved\nWe are closing this statement, but not the "
                           "subject.")
    statement = write_statement(project, settings, text, "2026-03-03-driver.md")
    personal = _plain(reply_templates(statement, settings, NOW)["personal"].text)
    assert "resolved" not in personal and "was our last on this" in personal and "closed" not in personal


def _outage(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 07:40",
        title="Mobile network outage in the south-east" if en else "Panne du réseau mobile dans le Sud-Est",
        sections={("Summary" if en else "Résumé"): (
            "On 4 March, 40,000 customers could not make calls. Each of them will receive a credit on their April "
            "bill." if en else
            "Le 4 mars, 40 000 clients n'ont pas pu appeler. Chacun recevra un avoir sur sa facture d'avril.")},
        updates=(("2026-03-04 09:00", "identified" if en else "identifié",
                  "Calls are failing." if en else "Les appels échouent."),))


def test_a_credit_on_the_bill_does_not_make_an_outage_a_billing_error(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(_both(project, settings, "2026-03-04-calls", _outage), settings)
    assert "Which services and regions?" in briefs["en"]
    assert "Quels services et quelles régions ?" in {_plain(q) for q in briefs["fr"]}
    assert len(briefs["en"]) == len(briefs["fr"])


def test_a_checklist_ticks_no_work_still_ahead_nor_advice_as_our_own_work(project, settings) -> None:  # type: ignore[no-untyped-def]
    breach = statement_file(
        severity="critical", started="2026-03-04 09:00", title="Student records stolen in a cyberattack",
        sections={"Summary": "Attackers stole the records of 68,500 students on 4 March. We are sorry.",
                  "What we are doing": "- From Tuesday 10 March we are writing to each of the 68,500 people whose data "
                                       "was taken.\n- We have reported the attack to the CNIL."},
        updates=(("2026-03-05 10:00", "identified", "Our e-mail is back."),))
    checklist = render_checklist(write_statement(project, settings, breach, "2026-03-04-breach.md"), settings, NOW)
    assert _item(checklist, "Tell each person whose data is involved").startswith("- [ ]"), checklist
    assert _item(checklist, "Notify the data protection authority").startswith("- [x]")
    poisoning = statement_file(
        severity="major", started="2026-03-04 09:00", title="57 guests fell ill after our brunch",
        sections={"Summary": "57 guests fell ill after eating salmonella-contaminated mousse at our brunch. We are "
                             "sorry.",
                  "What happened": "From 5 March, guests reported vomiting and fever to us.",
                  "What you should do": "- For a young child, a pregnant woman or an elderly person, see a doctor "
                                        "without waiting."},
        updates=(("2026-03-05 10:00", "identified", "The restaurant is closed."),))
    checklist = render_checklist(write_statement(project, settings, poisoning, "2026-03-04-brunch.md"), settings, NOW)
    if "Protect the most vulnerable" in checklist:
        assert _item(checklist, "Protect the most vulnerable").startswith("- [ ]"), checklist
    if "Say which symptoms to watch for" in checklist:
        symptoms = _item(checklist, "Say which symptoms to watch for")
        assert "reported vomiting" not in symptoms, symptoms


def test_that_night_already_named_is_never_dated_as_the_night_the_update_was_written(project, settings) -> None:  # type: ignore[no-untyped-def]
    fire = statement_file(
        lang="fr", severity="critical", started="2026-03-06 23:20", title="Incendie à l'hôtel dans la nuit du 6 au 7 mars",
        sections={"Résumé": "Un incendie s'est déclaré le 6 mars vers 23 h 20 dans la blanchisserie de l'hôtel. Tous "
                            "les clients ont été évacués. Nous vous présentons nos excuses.",
                  "Ce que vous pouvez faire": "- Si vous étiez à l'hôtel cette nuit-là et que vous toussez, consultez "
                                              "un médecin."},
        updates=(("2026-03-08 17:00", "résolu", "Si vous étiez à l'hôtel cette nuit-là et que vous toussez, "
                                                 "consultez un médecin."),))
    statement = write_statement(project, settings, fire, "2026-03-06-incendie.fr.md")
    texts = [template.text for template in reply_templates(statement, settings, NOW).values()]
    texts += [render_memo(statement, settings, NOW), render_qa_brief(statement, settings, NOW)]
    for text in texts:
        assert "nuit-là" not in text or "cette nuit-là" in text, text
        assert "dans la nuit du 8 au 9 mars" not in text, text


def test_an_insurers_claims_are_not_money_owed_in_the_charged_reply(project, settings) -> None:  # type: ignore[no-untyped-def]
    outage = statement_file(
        severity="minor", started="2026-03-04 07:50", title="Login to the app unavailable this morning",
        sections={"Summary": "From 7:50 to 9:04 this morning, customers could not log in to our app. Claims by phone "
                             "were not affected. It works normally again. We are sorry."},
        updates=(("2026-03-04 09:12", "resolved", "Login works normally again. Claims by phone were not affected."),))
    templates = reply_templates(write_statement(project, settings, outage, "2026-03-04-login.md"), settings, NOW)
    charged = templates.get("charged")
    assert charged is None or "Claims by phone" not in charged.text, charged


def test_a_memo_flags_the_newest_updates_passed_promise_but_not_the_publics_own_deadline(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="major", started="2026-02-20 08:00", title="Service fee charged twice",
        sections={"Summary": "We charged the service fee twice on 6,215 orders. We are sorry.",
                  "What you should do": "If you cannot see the refund on your statement by 24 February, write to "
                                        "us with your order number."},
        updates=(("2026-02-21 09:00", "resolved", "Every fee is refunded. We will write to the buyers concerned "
                                                  "by 23 February."),))
    memo = _plain(render_memo(write_statement(project, settings, text, "2026-02-20-fee.md"), settings, NOW))
    assert "by 23 February. (Its deadline, 23 February, has passed: check it was kept.)" in memo
    assert "write to us with your order number. (Its deadline" not in memo


def test_the_checklist_fits_the_product_the_body_and_whether_anyone_was_hurt(project, settings) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    cream = statement_file(lang="fr", severity="critical", started="2026-02-20 08:00",
                           title="Rappel de la crème mains Karité, 5 lots contaminés",
                           sections={"Résumé": "Nous rappelons 5 lots de notre crème mains. Il a été déclaré à l'ANSM. "
                                               "Nous vous présentons nos excuses."},
                           updates=(("2026-02-20 09:00", "identifié", "Le rappel est en cours."),))
    checklist = _plain(render_checklist(write_statement(project, settings, cream, "2026-02-20-creme.fr.md"), settings, NOW))
    assert "produits de santé (ANSM)" in checklist and "DDPP" not in checklist
    council = dataclasses.replace(settings, organisation="Métropole de Rivelune")
    fire = statement_file(lang="fr", severity="critical", started="2026-02-20 08:00",
                          title="Incendie au dépôt de Vaux-sur-Orbe",
                          sections={"Résumé": "Un incendie a détruit 11 camions au dépôt. Personne n'a été blessé. "
                                              "Nous vous prions de nous en excuser."},
                          updates=(("2026-02-20 09:00", "identifié", "Les pompiers sont partis."),))
    checklist = _plain(render_checklist(write_statement(project, council, fire, "2026-02-20-feu.fr.md"), council, NOW))
    assert "Informez les élus" in checklist and "conseil d'administration" not in checklist
    assert "familles des blessés" not in checklist


def test_a_french_reply_after_an_accident_under_inquiry_shows_sympathy_without_admitting_fault(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", severity="critical", started="2026-02-20 08:00",
                          title="Collision entre un tram de la ligne T1 et une camionnette",
                          sections={"Résumé": "Un tram a heurté une camionnette à 7 h 48 ; sept personnes ont été "
                                              "blessées. Une enquête judiciaire est en cours."},
                          updates=(("2026-02-20 09:00", "identifié", "La ligne T1 circule de nouveau."),))
    personal = reply_templates(write_statement(project, settings, text, "2026-02-20-tram.fr.md"), settings, NOW)[
        "personal"].text
    assert "excuses" not in personal and "Nous sommes sincèrement désolés de tout ce que cela vous a fait vivre." in personal, personal


# -- kit 14 (written blind): a cat-food recall, a scooter accident, a breach that spares passwords --

def _cat_food(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-02 10:00", front="next_update: 2026-03-12 18:00\n",
        title="Recall of Everyday Adult Cat dry food" if en else "Rappel des croquettes Everyday Adult Cat",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling five batches of Everyday Adult Cat dry food: they contain too much vitamin D. "
                "Stop feeding these batches to your cat." if en else
                "Nous rappelons cinq lots de croquettes Everyday Adult Cat : ils contiennent trop de vitamine D. "
                "Ne donnez plus ces lots à votre chat."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "About 61,400 bags are concerned: 38,900 in the United Kingdom and 22,500 in France." if en else
                "Environ 61 400 sacs sont concernés : 38 900 au Royaume-Uni et 22 500 en France."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "We are covering any vet costs that owners would otherwise have to bear." if en else
                "Nous prenons en charge, sans attendre, les frais vétérinaires qui resteraient à la charge des "
                "propriétaires.")},
        updates=(("2026-03-05 18:30", "monitoring" if en else "surveillance",
                  "Owners and vets have reported 27 cats that became unwell after eating the recalled batches." if en
                  else "Des propriétaires et des vétérinaires nous ont signalé 27 chats tombés malades après avoir "
                       "mangé les lots rappelés."),))


def test_a_recall_brief_gives_the_units_concerned_the_cases_reported_and_the_costs_we_cover(  # type: ignore[no-untyped-def]
        project, settings) -> None:
    briefs = _briefs(_both(project, settings, "2026-03-02-cat-food", _cat_food), settings)
    english, french = briefs["en"], briefs["fr"]
    assert "About 61,400 bags are concerned" in english["How many units were sold?"]
    assert "Environ 61 400 sacs sont concernés" in french["Combien d'unités ont été vendues ?"]
    assert "27 cats that became unwell" in english["Have any illnesses been reported?"]
    assert "27 chats tombés malades" in french["Des cas de maladie ont-ils été signalés ?"]
    assert "covering any vet costs" in english["Will people be compensated?"]
    assert "prenons en charge" in french["Les personnes seront-elles indemnisées ?"]


def test_a_password_the_statement_says_is_safe_is_the_answer_before_our_own_resets(  # type: ignore[no-untyped-def]
        project, settings) -> None:
    text = statement_file(lang="fr", severity="critical", title="Accès non autorisé à notre logiciel de rendez-vous",
                          front="", sections={
                              "Résumé": "Une personne non autorisée a copié les données de rendez-vous de 48 312 "
                                        "patients. Nous vous présentons nos excuses.",
                              "Ce qui s'est passé": "Ne sont pas concernés : les dossiers médicaux et les mots de "
                                                    "passe du portail patient.",
                              "Ce que nous faisons": "- Réinitialisation des mots de passe des 2 140 comptes du "
                                                     "logiciel de rendez-vous depuis le 26 novembre."})
    brief = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-acces.fr.md"), settings, NOW))
    answer = _quoted(brief["Dois-je changer mon mot de passe ?"])
    assert answer[0].startswith("Ne sont pas concernés"), answer


def test_a_rider_hurt_by_a_scooter_gets_the_vehicle_steps_no_staff_step_and_the_family_ticked_from_the_quote(  # type: ignore[no-untyped-def]
        project, settings) -> None:
    text = statement_file(
        severity="critical", started="2026-03-02 18:40", title="A G3 scooter's steering column broke",
        front="spokesperson: {name: Karim Benali, role: Chief Executive Officer}\n", sections={
            "Summary": "A rider was injured when the steering column of her G3 scooter broke. She was taken to hospital with "
                       "a broken wrist. We apologise to her and to her family.",
            "What we are doing": "- All 1,180 G3 scooters are off the streets and remain out of service.\n"
                                 "- We have informed the consumer safety authority and the city.",
            "Quote": "\"Someone who trusted us ended up in hospital. I have spoken to her family and apologised to "
                     "them.\" — Karim Benali, Chief Executive Officer"})
    checklist = render_checklist(write_statement(project, settings, text, "2026-03-02-g3.md"), settings, NOW)
    assert "Keep the vehicle out of service" in checklist and "Secure the site" not in checklist
    assert "labour inspectorate" not in checklist and "Support the staff involved" not in checklist
    family = _item(checklist, "Families of anyone hurt")
    assert family.startswith("- [x]") and "I have spoken to her family" in family, family


def test_a_breach_brief_says_what_data_and_how_to_find_out_never_the_regulator(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", title="Unauthorised access to our appointment system", front="",
                          sections={
                              "Summary": "Someone used an employee's login to copy data from our appointment system. "
                                         "The data concern 48,312 patients: their identity, contact details, and the "
                                         "date of their appointments. We apologise to every patient concerned.",
                              "What you should do": "- To find out whether you are affected, call +33 2 61 91 40 40.",
                              "What we are doing": "- We notified the CNIL at 16:00 on 25 November.\n"
                                                   "- Each patient concerned is being told by email or letter."})
    brief = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-access.md"), settings, NOW))
    data = _quoted(brief["What data exactly?"])
    assert data[0].startswith("The data concern 48,312 patients: their identity"), data
    affected = " ".join(_quoted(brief["How do I know if I am affected?"]))
    assert "To find out whether you are affected, call" in affected and "CNIL" not in affected, affected


def test_vehicles_that_remain_in_service_are_never_the_people_affected(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", title="A G3 scooter's steering column broke", front="", sections={
        "Summary": "A rider was injured when her scooter broke. Our 620 G4 scooters and 900 bikes were checked this "
                   "morning and remain in service. We apologise to her."})
    brief = _answers(render_qa_brief(write_statement(project, settings, text, "2026-03-02-g3.md"), settings, NOW))
    assert "620 G4 scooters" not in brief["How many people are affected?"], brief["How many people are affected?"]


def test_a_bold_label_before_a_colon_is_a_label_never_a_sentence(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", title="Subscription payments taken twice", front="", started="2026-03-02 09:00",
                          sections={
        "Summary": "On 18 November 2,140 customers were charged twice for their subscription. We are sorry.",
        "Postmortem": "- **What we have changed**: the payment system now refuses a second charge for the same order."},
        updates=(("2026-03-02 10:05", "resolved", "Every second charge has been refunded."),))
    statement = write_statement(project, settings, text, "2026-03-02-twice.md")
    memo = render_memo(statement, settings, NOW)
    assert "changed. :" not in memo and "The payment system now refuses a second charge" in memo, memo


def test_a_fire_has_templates_for_health_lost_belongings_and_refunds(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="major", started="2026-03-07 14:45", title="Fire at our trade show in hall 4",
        front="kind: safety\n",
        sections={"Summary": "A fire broke out on a stand in hall 4 at 14:12. Seven people were treated by the fire "
                             "service; all are home. We apologise to the exhibitors and visitors.",
                  "What you should do": "- If you were in hall 4 and have had a cough or headaches since Saturday, see "
                                        "a doctor. In an emergency, call 112.\n"
                                        "- If you left an item in the halls, call our lost-property line on "
                                        "+33 4 65 71 38 00 before 11 March.\n"
                                        "- Saturday visitors can ask for a refund of their ticket until 31 March.",
                  "What happened": "Five people were treated on site for having inhaled smoke."},
        updates=(("2026-03-07 14:45", "investigating", "The fire is out."),))
    templates = reply_templates(write_statement(project, settings, text, "2026-03-07-fire.md"), settings, NOW)
    assert {"unwell", "lost", "charged"} <= set(templates), list(templates)
    unwell = templates["unwell"].text
    assert "see a doctor" in unwell and "lost-property" not in unwell, unwell
    lost = templates["lost"].text
    assert "If you left an item in the halls" in lost and "going through" not in lost, lost
    charged = templates["charged"].text
    assert "refund of their ticket" in charged and "inhaled" not in charged, charged


def test_a_recall_tells_the_reader_most_at_risk_not_to_eat_it(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="critical", started="2026-03-07 17:30", title="Recall of sliced raclette (Listeria)",
        front="kind: recall\n",
        sections={"Summary": "We are recalling two lots of sliced raclette because they may contain Listeria. Do not "
                             "eat them.",
                  "What you should do": "- Check the lot number on the back of your pack.\n"
                                        "- If your pack is from a recalled lot, do not eat it: take it back to the "
                                        "shop for a refund.\n"
                                        "- Pregnant women and people with weak immune systems who ate it should see a "
                                        "doctor if they have a fever.\n"
                                        "- Consumer line: 04 65 71 22 80, every day from 9:00 to 19:00."},
        updates=(("2026-03-07 17:30", "identified", "The lots are L2631A and L2631B."),))
    templates = reply_templates(write_statement(project, settings, text, "2026-03-07-recall.md"), settings, NOW)
    assert "do not eat it" in templates["pregnant"].text, templates["pregnant"].text
    assert "04 65 71 22 80" in templates["return"].text, templates["return"].text
    unwell = templates["unwell"].text
    assert "I am truly sorry that you are unwell, and I understand your worry." in unwell and "putting it right" not in unwell, unwell
