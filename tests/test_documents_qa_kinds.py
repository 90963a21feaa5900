"""The media Q&A answers from what the statement says for the kind of crisis it is: a strike's
cause is the dispute the statement names, and "Who is responsible?" never blames the strikers;
an accident's "Will it happen again?" is answered by the same model inspected; a boil-water
notice's answer on responsibility speaks of the people who rely on us, never of "our events".
Statements written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _qa(project, settings, monkeypatch, *, title, sections, updates, front="", lang="fr") -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T09:00:00+01:00")
    text = statement_file(lang=lang, title=title, severity="major", front=front, sections=sections,
                          started="2026-12-01 17:00", updates=updates)
    statement = write_statement(project, settings, text, "2026-12-01-test.fr.md" if lang == "fr" else "2026-12-01-test.md")
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
        "\u202f", " ").replace("’", "'")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


STRIKE = {"Résumé": "Une grève de nos conducteurs perturbe nos lignes interurbaines ce jeudi 4 décembre. Nous sommes "
                    "désolés pour les voyageurs.",
          "Ce qui s'est passé": "Les organisations syndicales ont déposé le 1er décembre un préavis de grève pour le "
                                "4 décembre, dans le cadre des négociations annuelles sur les salaires."}


def test_a_strikes_cause_is_the_dispute_the_statement_names(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Grève des conducteurs le 4 décembre", sections=STRIKE,
             updates=(("2026-12-04 07:50", "identifié", "Ce matin, 48 % des conducteurs sont en grève."),
                      ("2026-12-01 17:00", "identifié", "Un préavis de grève a été déposé.")))
    cause = _answer(qa, "Quelle en est la cause ?")
    assert "négociations annuelles sur les salaires" in cause and "SANS RÉPONSE" not in cause, cause
    responsible = _answer(qa, "Qui est responsable ?")
    assert "droit de grève" in responsible, responsible
    assert "ce que nous apprenons" not in responsible, responsible


def test_the_same_model_inspected_answers_will_it_happen_again(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Incendie d'un autocar sur l'A43", front="kind: safety\n",
             sections={"Résumé": "Un de nos autocars a pris feu sur l'A43 ; les 49 passagers sont sains et saufs. "
                                 "Nous sommes désolés."},
             updates=(("2026-12-03 12:00", "résolu", "Les 22 autocars du même modèle ont été inspectés avec le "
                                                     "constructeur ; 21 ont repris le service."),
                      ("2026-12-01 17:00", "identifié", "Le feu est éteint.")))
    again = _answer(qa, "Cela peut-il se reproduire ?")
    assert "22 autocars du même modèle ont été inspectés" in again and "SANS RÉPONSE" not in again, again


def test_a_boil_water_notice_speaks_of_the_people_who_rely_on_us_never_of_our_events(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Eau à faire bouillir à Grandcour", front="kind: safety\n",
             sections={"Résumé": "Des bactéries ont été trouvées dans l'eau du réseau de Grandcour. Faites bouillir "
                                 "l'eau avant de la boire. Nous sommes désolés."},
             updates=(("2026-12-01 17:00", "analyse", "Le réseau est en cours de rinçage."),))
    assert "événements" not in qa and "nos sites" not in qa, qa


def test_a_recall_tables_same_as_above_is_spelt_out_in_the_brief(project, settings, monkeypatch):
    table = ("| Product | Lot | Sold |\n|---|---|---|\n"
             "| Flapjack Bites, 8 x 30 g | 3328A | Our shops and Freshway stores, from 26 November |\n"
             "| Flapjack Bites, 8 x 30 g | 3329B | Same as above, from 27 November |")
    qa = _qa(project, settings, monkeypatch, lang="en", title="Flapjack Bites recalled: they may contain peanuts",
             front="kind: recall\n", sections={
                 "Summary": "We are recalling two lots of our Flapjack Bites: they may contain peanuts. If you have a "
                            "peanut allergy, do not eat them. We are sorry.",
                 "Recalled products": table},
             updates=(("2026-12-01 17:00", "identified", "We have stopped selling them."),))
    assert "Same as above" not in qa, qa
    assert "Lot: 3329B — Sold: Our shops and Freshway stores, from 27 November" in qa, qa


def test_affected_names_keep_their_inner_capitals_in_running_text(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, lang="en", title="Debit card and ATM outage",
             front="affected: [Debit cards, ATMs, AccèsBoréal, Mobile app]\n",
             sections={"Summary": "Since 7:40 our members cannot pay by debit card or use our ATMs. We are sorry."},
             updates=(("2026-12-01 17:00", "identified", "We are rolling back last night's update."),))
    assert "aTMs" not in qa and "accèsBoréal" not in qa, qa
    assert "ATMs" in qa and "AccèsBoréal" in qa, qa


def _replies(project, settings, monkeypatch, lang: str, title: str, severity: str, summary: str, update: str,
             name: str) -> str:
    """Every reply template of a statement, joined, apostrophes made plain."""
    from generator.rendering.documents.replies import reply_templates

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T09:00:00+01:00")
    text = statement_file(lang=lang, title=title, severity=severity, started="2026-12-01 19:00", front="",
                          sections={("Résumé" if lang == "fr" else "Summary"): summary},
                          updates=(("2026-12-01 19:00", "identifié" if lang == "fr" else "identified", update),))
    statement = write_statement(project, settings, text, name)
    return " ".join(t.text for t in reply_templates(statement, settings).values()).replace("’", "'")


def test_replies_about_a_staff_members_words_never_apologise_for_what_we_published(project, settings, monkeypatch):
    for lang, summary, name in (
            ("fr", "Le 30 novembre, un de nos employés a refusé de servir un membre en anglais. Ces propos étaient "
                   "blessants et contraires à nos valeurs. Nous nous en sommes excusés.", "2026-12-01-propos.fr.md"),
            ("en", "On November 30, one of our employees refused to serve a member in English. Those words were "
                   "hurtful and go against our values. We have apologized to the member.", "2026-12-01-words.md")):
        said = _replies(project, settings, monkeypatch, lang,
                        "Propos d'un employé à Verdun" if lang == "fr" else "An employee's words", "minor", summary,
                        "Nous avons rencontré l'employé." if lang == "fr" else "We met the employee.", name)
        assert "ce que nous avons publié" not in said and "what we published" not in said, said
        assert "trouble this has caused" not in said, said
        assert "ce qui s'est passé" in said or "what happened" in said, said


BREACH = {
    "Summary": "From 30 November to 1 December, a criminal could read the loan files of 1,204 customers in an employee's "
               "mailbox. We are sorry.",
    "What happened": "On 30 November an employee of our loans team typed her password into a fake login page. The "
                     "mailbox held documents sent by customers for their loan applications: name, address, date of "
                     "birth, payslips and bank statements. It held no card numbers or passwords.",
    "What you should do": "- If you are affected, set up the free credit monitoring with the code in your letter.\n"
                          "- If you have not had a call or a letter by 12 December, your documents were not in this "
                          "mailbox.\n"
                          "- To check whether you are affected, call 0800 123 4567, 8am to 8pm.",
}


def test_a_breach_brief_says_how_to_know_and_what_the_mailbox_held(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, lang="en", title="Unauthorised access to a mailbox holding loan files",
             sections=BREACH, updates=(("2026-12-02 10:00", "identified",
                                        "We found the unauthorised access on 1 December and cut it the same day."),))
    how = _answer(qa, "How do I know if I am affected?")
    # The sign of being spared and the number to call, never what the affected must do.
    assert "have not had a call or a letter" in how and "0800 123 4567" in how, how
    assert "credit monitoring" not in how, how
    data = _answer(qa, "What data exactly?")
    assert "name, address, date of birth, payslips" in data and "no card numbers" in data, data
    assert "fake login page" not in data, data


def test_the_cause_is_the_account_of_what_happened_never_an_updates_aside(project, settings, monkeypatch):
    sections = {
        "Summary": "On Monday 7 December we took the December bill twice from 18,200 customers. We are sorry.",
        "What happened": "Our payment file was sent to our bank on 3 December. The connection timed out before the "
                         "bank confirmed it, and our system automatically sent it again.",
    }
    qa = _qa(project, settings, monkeypatch, lang="en", title="December bill taken twice", sections=sections,
             updates=(("2026-12-03 12:30", "monitoring",
                       "17,900 refunds have arrived. The other 300 were sent back by the banks, mostly because the "
                       "account has been closed."),
                      ("2026-12-02 10:40", "identified", "We have found what went wrong.")))
    cause = _answer(qa, "What caused it?")
    assert "connection timed out" in cause and "account has been closed" not in cause, cause


def test_an_it_failure_with_an_attack_ruled_out_is_asked_about_it_never_about_a_ransom(project, settings, monkeypatch):
    sections = {"Summary": "Our clinics in Namur and Dinant lost access to patient files from 06:10 to 14:30 on "
                           "1 December. We are sorry for the long waits.",
                "What happened": "A database server failed while its disks were being replaced. There is no sign of "
                                 "a cyberattack. Our IT team restored the files from the standby server at 14:30.",
                "What we are doing": "- We have asked an independent firm to analyse the incident."}
    qa = _qa(project, settings, monkeypatch, title="Patient files unavailable in our clinics", lang="en",
             front="kind: outage\naffected: [Patient files, Namur, Dinant]\n", sections=sections,
             updates=(("2026-12-01 17:00", "resolved", "All our clinics have worked normally since 14:30."),))
    assert "ransom" not in qa.lower(), qa
    asked = _answer(qa, "Was it a cyberattack?")
    assert "There is no sign of a cyberattack" in asked and "UNANSWERED" not in asked, asked
    cause = _answer(qa, "What caused it?")
    assert "database server failed" in cause and "cyberattack" not in cause, cause
    assert "independent firm" in _answer(qa, "Will it happen again?")
    assert "All our clinics have worked normally" in _answer(qa, "Is it working normally now?")
    # (Place names keep their capital in the list of what is affected; services take none.)
    assert "Affected: patient files, Namur, Dinant." in _answer(qa, "Which services and regions?")


def test_a_recall_brief_answers_how_many_and_why_from_the_statement(project, settings, monkeypatch):
    sections = {"Résumé": "Nous rappelons environ 4 200 veilleuses LumiNuit, car elles peuvent "
                          "chauffer. Personne n'a été blessé.",
                "Ce qui s'est passé": "Deux clients nous ont signalé une veilleuse brûlante. Les analyses d'un "
                                      "laboratoire indépendant ont révélé qu'un condensateur de deux lots peut lâcher.",
                "Ce que nous faisons": "- Nous avons avisé la Direction générale de la concurrence (DGCCRF), qui suit "
                                       "ce rappel."}
    qa = _qa(project, settings, monkeypatch, title="Rappel de veilleuses LumiNuit", front="kind: recall\n",
             sections=sections, updates=(("2026-12-01 17:00", "identifié", "Nous avons lancé le rappel."),))
    assert "4 200" in _answer(qa, "Combien d'unités ont été vendues ?")
    assert "condensateur" in _answer(qa, "Quelle en est la cause ?")
    authorities = _answer(qa, "Les autorités ont-elles été prévenues ?")
    assert "DGCCRF" in authorities and "SANS RÉPONSE" not in authorities, authorities


def test_a_correction_dated_on_a_twelve_hour_clock_is_quoted_whole(project, settings, monkeypatch):
    import dataclasses
    from zoneinfo import ZoneInfo

    # "Correction, 7 December at 9:15 a.m. EST: …" is one sentence: never "> EST: The number…".
    montreal = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T09:00:00-05:00")
    update = ("The evacuation ended at 12:58 p.m.: our patrollers brought down 146 people.\n\n"
              "#### Correction · 2026-12-02 09:15\nThe number of people evacuated is 183, not 146.")
    text = statement_file(title="Chairlift stopped and evacuated", severity="major", started="2026-12-01 11:00",
                          front="kind: safety\n", sections={"Summary": "Our chairlift stopped; 183 people were "
                                                                       "evacuated. We are sorry."},
                          updates=(("2026-12-01 13:10", "identified", update),))
    statement = write_statement(project, montreal, text, "2026-12-01-lift.md")
    qa = {d.kind: d.text for d in render_documents(statement, montreal)}["qa"]
    assert "> EST:" not in qa and "183, not 146" in qa, qa


def test_a_recall_is_never_asked_why_it_spoke_days_after_the_lots_were_made(project, settings, monkeypatch):
    # `began` is the day the faulty lots were made: nobody knew then, so no "10 days after the
    # problem began" is handed to the spokesperson.
    qa = _qa(project, settings, monkeypatch, title="Rappel de barres de céréales", lang="fr",
             front="kind: recall\nbegan: 2026-11-21 08:00\n",
             sections={"Résumé": "Nous rappelons nos barres de céréales du lot L2111, qui peuvent contenir des "
                                 "arachides. Ne les consommez pas si vous êtes allergique."},
             updates=(("2026-12-01 17:00", "identifié", "Nous avons lancé le rappel."),))
    assert "Pourquoi ne pas avoir prévenu plus tôt" not in qa and "jours et" not in qa, qa


def test_a_recall_worked_on_with_an_inspection_agency_says_the_authorities_know(project, settings, monkeypatch):
    # "the Canadian Food Inspection Agency (CFIA)", "New Brunswick Public Health": authorities,
    # never "We do not know yet" to a journalist who will read the agency's own notice.
    sections = {"Summary": "Norrel ground beef sold from 27 November to 2 December may contain E. coli O157:H7: "
                           "do not eat it. 3 people fell ill.",
                "What happened": "On 3 December, the Canadian Food Inspection Agency (CFIA) found E. coli "
                                 "O157:H7 in an unopened package of lot GB1128.",
                "What we are doing": "- We are working with the CFIA and New Brunswick Public Health."}
    qa = _qa(project, settings, monkeypatch, title="Recall of Norrel ground beef", front="kind: recall\n",
             sections=sections, lang="en",
             updates=(("2026-12-01 17:00", "identified", "We are recalling lot GB1128 of ground beef."),))
    authorities = _answer(qa, "Were the authorities informed?")
    assert "CFIA" in authorities and "UNANSWERED" not in authorities, authorities


def test_replies_about_a_video_an_employee_posted_on_his_own_account_never_say_we_published_it(
        project, settings, monkeypatch):
    for lang, summary, name in (
            ("fr", "Le 2 décembre, un employé de notre magasin de Dieppe a publié sur son compte TikTok personnel une "
                   "vidéo qui se moquait du français d'une cliente. Nous en sommes désolés.", "2026-12-01-video.fr.md"),
            ("en", "On 2 December, an employee of our Dieppe store posted a TikTok video that mocked the way a "
                   "customer speaks French. We are sorry.", "2026-12-01-video.md")):
        said = _replies(project, settings, monkeypatch, lang,
                        "Vidéo d'un employé" if lang == "fr" else "An employee's video", "major", summary,
                        "La vidéo a été supprimée." if lang == "fr" else "The video was removed.", name)
        assert "ce que nous avons publié" not in said and "what we published" not in said, said


def test_a_video_an_employee_posted_is_counted_in_views_and_staff_reminded_is_no_victim(project, settings, monkeypatch):
    # "How many people are affected?" is never "the 1,100 employees we reminded"; the views
    # are; the reminder answers "Will it happen again?"; "Who is responsible?" is never the
    # outage line "our priority has been the people affected".
    for lang in ("en", "fr"):
        fr = lang == "fr"
        sections = {
            ("Résumé" if fr else "Summary"):
                "Le 2 décembre, un employé de notre magasin de Dieppe a publié une vidéo qui se moquait du français "
                "d'une cliente ; elle a été vue environ 95 000 fois avant d'être retirée. Nous en sommes désolés." if fr
                else "On 2 December, an employee of our Dieppe store posted a video that mocked a customer's French; it "
                     "was viewed about 95,000 times before it was removed. We are sorry.",
            ("Ce que nous faisons" if fr else "What we are doing"):
                "- Nous avons rappelé aux 1 100 employés de nos 14 magasins qu'il est interdit de filmer la clientèle."
                if fr else "- We have reminded all 1,100 employees of our 14 stores that filming customers is forbidden."}
        qa = _qa(project, settings, monkeypatch, title="Vidéo d'un employé" if fr else "An employee's video",
                 sections=sections, lang=lang,
                 updates=(("2026-12-01 17:00", "identifié" if fr else "identified",
                           "La vidéo a été retirée." if fr else "The video was removed."),))
        how_many = _answer(qa, "Combien de personnes sont touchées ?" if fr else "How many people are affected?")
        assert ("95 000" if fr else "95,000") in how_many and ("1 100" if fr else "1,100") not in how_many, how_many
        again = _answer(qa, "Cela peut-il se reproduire ?" if fr else "Will it happen again?")
        assert ("1 100" if fr else "1,100") in again, again
        responsible = _answer(qa, "Qui est responsable ?" if fr else "Who is responsible?")
        assert ("en notre nom" if fr else "in our name") in responsible, responsible


def test_what_happened_opens_on_the_news_even_when_it_lists_contact_details(project, settings, monkeypatch):
    # "…including names, contact details and appointment dates" is what was copied, not advice
    # to "contact": "What happened?" never opens on the summary's second sentence.
    sections = {"Summary": "Between 1 and 2 December, an intruder copied the appointment records of 23,150 patients, "
                           "including names, contact details and appointment dates. For some patients, the records "
                           "also include the reason for the visit. We are deeply sorry."}
    qa = _qa(project, settings, monkeypatch, title="Patient appointment data copied", sections=sections, lang="en",
             updates=(("2026-12-01 17:00", "identified", "We cut the intruder's access."),))
    assert "an intruder copied the appointment records of 23,150 patients" in _answer(qa, "What happened?"), qa


def test_a_breach_cause_is_how_it_was_done_and_a_rule_in_force_since_an_hour_answers_again(
        project, settings, monkeypatch):
    # "the reason for the visit" is data that was copied, never the cause; "Since 18:00 on 2
    # December, every staff account must use…" (« Depuis le 2 décembre à 18 h, … doit… ») is
    # what stops it happening again, in both languages.
    for lang in ("en", "fr"):
        fr = lang == "fr"
        sections = {
            ("Résumé" if fr else "Summary"):
                "Un intrus a copié les rendez-vous de 23 150 patients. Pour certains, le motif de la consultation "
                "figure aussi. Nous en sommes désolés." if fr else
                "An intruder copied the appointment records of 23,150 patients. For some patients, the records also "
                "include the reason for the visit. We are sorry.",
            ("Ce qui s'est passé" if fr else "What happened"):
                "L'intrus a utilisé le mot de passe d'un membre de notre équipe, obtenu grâce à un faux e-mail." if fr
                else "The intruder used the password of one of our support staff, obtained through a fake e-mail.",
            ("Ce que nous faisons" if fr else "What we are doing"):
                "- Depuis le 2 décembre à 18 h, chaque compte du personnel doit utiliser une seconde étape de "
                "vérification." if fr else
                "- Since 18:00 on 2 December, every staff account must use a second verification step."}
        qa = _qa(project, settings, monkeypatch, title="Données de rendez-vous copiées" if fr else "Appointment data "
                 "copied", sections=sections, lang=lang, front="kind: breach\n",
                 updates=(("2026-12-01 17:00", "identifié" if fr else "identified",
                           "Nous avons coupé l'accès." if fr else "We cut the access."),))
        if not fr:
            cause = _answer(qa, "What caused it?")
            assert "fake e-mail" in cause and "reason for the visit" not in cause, cause
        again = _answer(qa, "Cela peut-il se reproduire ?" if fr else "Will it happen again?")
        assert ("seconde étape" if fr else "second verification step") in again, again


def test_an_outage_brief_answers_voucher_fallback_and_back_again_from_the_statement(project, settings, monkeypatch):
    # "a CHF 20 voucher" is compensation (never "refunds only"); "an offline mode by 19
    # December, so that we can keep selling" answers "Will it happen again?"; what kept working
    # during it is no answer to "Is it working normally now?".
    for lang in ("en", "fr"):
        fr = lang == "fr"
        sections = {
            ("Résumé" if fr else "Summary"):
                "Le 28 novembre, personne n'a pu acheter de forfait entre 8 h 05 et 11 h 02. Les forfaits déjà achetés "
                "ont fonctionné normalement aux portiques. Tout fonctionne de nouveau depuis 11 h 02. Nous en sommes "
                "désolés." if fr else
                "On 28 November, nobody could buy a ski pass between 08:05 and 11:02. Passes already bought worked "
                "normally at the gates. Everything has been working again since 11:02. We are sorry.",
            ("Ce que nous faisons" if fr else "What we are doing"):
                "- Chaque billet de secours donne droit à un bon de 20 francs sur votre prochain forfait.\n"
                "- Un mode hors ligne sera installé sur toutes nos caisses avant le 19 décembre, pour que nous "
                "puissions continuer à vendre si la billetterie tombe de nouveau en panne." if fr else
                "- Every emergency ticket entitles you to a CHF 20 voucher on your next pass.\n"
                "- Every ticket office will have an offline mode by 19 December, so that we can keep selling if the "
                "ticketing system goes down again.",
            ("Ce que vous pouvez faire" if fr else "What you should do"):
                "- Si le remboursement n'est pas arrivé le 7 décembre, écrivez-nous." if fr else
                "- If the refund has not reached your account by 7 December, e-mail us."}
        qa = _qa(project, settings, monkeypatch, title="Billetterie indisponible" if fr else "Ticketing down",
                 sections=sections, lang=lang, front="kind: outage\n",
                 updates=(("2026-12-01 17:00", "résolu" if fr else "resolved",
                           "Tout fonctionne de nouveau." if fr else "Everything works again."),))
        paid = _answer(qa, "Les personnes seront-elles indemnisées ?" if fr else "Will people be compensated?")
        assert ("bon de 20 francs" if fr else "CHF 20 voucher") in paid and "refunds only" not in paid, paid
        again = _answer(qa, "Cela peut-il se reproduire ?" if fr else "Will it happen again?")
        assert ("mode hors ligne" if fr else "offline mode") in again, again
        if not fr:
            now = _answer(qa, "Is it working normally now?")
            assert "worked normally at the gates" not in now, now
