"""The media Q&A brief asks what journalists ask of this crisis in particular: why the number
changed when the updates count more people, why we spoke late when our first word came hours
after the problem began, whether a ransom was demanded after an attack; and it opens on the key
messages, in the statement's own sentences. Statements written for these tests."""

from __future__ import annotations

import pytest

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _qa(project, settings, monkeypatch, *, lang="en", front="", sections=None, updates, title="Customer accounts exposed",
        started="2026-11-18 11:30") -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    text = statement_file(lang=lang, title=title, severity="critical", front=front, sections=sections,
                          started=started, updates=updates)
    statement = write_statement(project, settings, text, "2026-11-18-test.fr.md" if lang == "fr" else "2026-11-18-test.md")
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
        "\u202f", " ").replace("’", "'")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


BREACH = {"Summary": "Since 17 November, 1,200 customers could see other customers' addresses in our app. We are sorry.",
          "What you should do": "You do not need to do anything. Be wary of messages asking for your password."}


@pytest.mark.parametrize("newest, asked", [("We have now found that 3,400 customers were affected, not only the first "
                                            "ones we counted.", True),
                                           ("We confirm that 1,200 customers were affected.", False)])
def test_a_count_that_changes_between_updates_is_asked_about_with_both_figures(project, settings, monkeypatch, newest,
                                                                                asked):
    qa = _qa(project, settings, monkeypatch, sections=BREACH, updates=(
        ("2026-11-18 17:00", "monitoring", newest),
        ("2026-11-18 11:30", "investigating", "We know that 1,200 customers could see other customers' addresses.")))
    assert ("Why has the number changed?" in qa) is asked, qa
    if asked:
        answer = _answer(qa, "Why has the number changed?")
        assert "3,400 customers were affected" in answer, answer
        assert "Our update of 18 November at 11:30 CET said: “We know that 1,200 customers" in answer, answer


@pytest.mark.parametrize("began, late", [("2026-11-18 06:00", True), ("2026-11-18 10:45", False)])
def test_a_first_word_hours_after_the_problem_began_is_asked_about_with_the_facts(
        project, settings, monkeypatch, began, late):
    qa = _qa(project, settings, monkeypatch, front=f"began: {began}\n", sections=BREACH,
             updates=(("2026-11-18 11:30", "investigating", "We are checking every account."),))
    assert ("Why did you not tell people sooner?" in qa) is late, qa
    if late:
        answer = _answer(qa, "Why did you not tell people sooner?")
        # No admission is scripted for the spokesperson: the crisis lead agrees the answer.
        assert "UNANSWERED" in answer and "agree this answer with the crisis lead" in answer, answer
        assert "sorry" not in answer and "should have" not in answer, answer
        assert "5 hours 30 minutes after the problem began, on 18 November at 06:00 CET" in answer, answer


def test_the_statements_own_word_on_speaking_late_is_the_answer(project, settings, monkeypatch):
    sections = dict(BREACH, **{"What happened": "We should have told you sooner: we waited until we had checked "
                                                "every account."})
    qa = _qa(project, settings, monkeypatch, front="began: 2026-11-18 06:00\n", sections=sections,
             updates=(("2026-11-18 11:30", "investigating", "We are checking every account."),))
    answer = _answer(qa, "Why did you not tell people sooner?")
    assert "> We should have told you sooner: we waited until we had checked every account." in answer, answer
    assert "UNANSWERED" not in answer


@pytest.mark.parametrize("said, answered", [("", False), (" We have not paid and will not pay any ransom.", True)])
def test_after_a_ransomware_attack_the_ransom_is_asked_about(project, settings, monkeypatch, said, answered):
    sections = {"Summary": "A ransomware attack encrypted our servers on 17 November and copied the files of 800 "
                           "customers. We are sorry." + said}
    qa = _qa(project, settings, monkeypatch, sections=sections, title="Cyberattack on our servers",
             updates=(("2026-11-18 11:30", "investigating", "We are restoring our servers."),))
    answer = _answer(qa, "Was a ransom demanded, and will you pay it?")
    assert ("We have not paid and will not pay any ransom." in answer) is answered, answer
    assert ("UNANSWERED" in answer) is not answered, answer


def test_no_ransom_question_for_a_plain_outage(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Card payments failing",
             sections={"Summary": "Since 09:12 some card payments fail at checkout. We are sorry."},
             updates=(("2026-11-18 11:30", "identified", "A fix is being deployed."),))
    assert "ransom" not in qa.lower(), qa


def test_no_ransom_question_when_a_hacker_read_one_mailbox(project, settings, monkeypatch):
    # A phished mailbox read by a hacker is no attack on the systems: asking about a ransom
    # would suggest "demands" nobody spoke of.
    qa = _qa(project, settings, monkeypatch, title="Unauthorized access to an email inbox",
             sections={"Summary": "From 16 to 17 November, a hacker could read the mortgage files of 2,317 customers in "
                                  "an employee's email inbox. We are sorry."},
             updates=(("2026-11-18 11:30", "identified", "We blocked the access on 17 November."),))
    assert "ransom" not in qa.lower(), qa


def test_the_brief_opens_on_the_key_messages_in_the_statements_words(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, sections=BREACH, updates=(
        ("2026-11-18 11:30", "investigating", "We are checking every account."),))
    messages = qa.split("## Key messages", 1)[1].split("\n## ", 1)[0]
    assert "- Since 17 November, 1,200 customers could see other customers' addresses in our app." in messages, messages
    assert "- We are sorry." in messages, messages
    assert "- You do not need to do anything." in messages, messages
    assert qa.index("## Key messages") < qa.index("## 1. What happened?")


def test_the_french_brief_asks_the_same_in_french(project, settings, monkeypatch):
    sections = {"Résumé": "Depuis le 17 novembre, 1 200 clients pouvaient voir l'adresse d'autres clients dans notre "
                          "application. Nous vous présentons nos excuses.",
                "Ce que vous devez faire": "Vous n'avez rien à faire."}
    qa = _qa(project, settings, monkeypatch, lang="fr", front="began: 2026-11-18 06:00\n", sections=sections,
             title="Comptes clients exposés", updates=(
                 ("2026-11-18 17:00", "surveillance", "Nous avons établi que 3 400 clients étaient concernés."),
                 ("2026-11-18 11:30", "enquête", "Nous savons que 1 200 clients ont pu voir l'adresse d'autres clients.")))
    assert "## Messages clés" in qa, qa
    assert "3 400 clients étaient concernés" in _answer(qa, "Pourquoi le chiffre a-t-il changé ?")
    late = _answer(qa, "Pourquoi ne pas avoir prévenu plus tôt ?")
    assert "convenez de cette réponse avec le responsable de crise" in late, late


def test_authorities_said_informed_in_the_present_answer_the_french_question(project, settings, monkeypatch):
    sections = {"Résumé": "La Fromagerie Bellecombe rappelle deux lots de raclette tranchée (Listeria). Ne les "
                          "consommez pas. Nous vous présentons nos excuses."}
    qa = _qa(project, settings, monkeypatch, lang="fr", sections=sections, title="Rappel de raclette tranchée",
             updates=(("2026-11-18 17:00", "identifié", "Les services vétérinaires de l'État en Savoie et l'AFSCA en "
                                                         "Belgique sont informés et suivent le rappel."),
                      ("2026-11-18 11:30", "enquête", "Nous retirons les lots des rayons.")))
    answer = _answer(qa, "Les autorités ont-elles été prévenues ?")
    assert "sont informés et suivent le rappel" in answer and "SANS RÉPONSE" not in answer, answer


def test_the_newest_word_on_the_injured_comes_first_when_they_went_home(project, settings, monkeypatch):
    sections = {"Summary": "A fire on a stand at our show injured seven people on 17 November. We apologise to "
                           "everyone whose visit was cut short."}
    qa = _qa(project, settings, monkeypatch, sections=sections, title="Fire at our show", updates=(
        ("2026-11-18 17:00", "resolved", "The exhibitor's employee went home this afternoon: all seven people are now "
                                         "home."),
        ("2026-11-18 11:30", "monitoring", "The exhibitor's employee is still in hospital under observation.")))
    answer = _answer(qa, "Is anyone hurt?")
    assert answer.index("all seven people are now home") >= 0, answer
    assert "still in hospital" not in answer, answer


def test_a_warning_about_credit_applied_for_in_your_name_is_no_compensation(project, settings, monkeypatch):
    sections = dict(BREACH, **{"What you should do": "If your payslips were in the files, watch for letters about "
                                                     "credit you did not apply for."})
    qa = _qa(project, settings, monkeypatch, sections=sections, updates=(
        ("2026-11-18 11:30", "investigating", "We are checking every account."),))
    answer = _answer(qa, "Will people be compensated?")
    assert "credit you did not apply for" not in answer and "UNANSWERED" in answer, answer


def test_the_french_brief_spaces_the_semicolon_between_two_sources(project, settings, monkeypatch):
    sections = {"Résumé": "Depuis le 17 novembre, 1 200 clients pouvaient voir l'adresse d'autres clients. Nous vous "
                          "présentons nos excuses."}
    qa = _qa(project, settings, monkeypatch, lang="fr", sections=sections, title="Comptes clients exposés", updates=(
        ("2026-11-18 17:00", "surveillance", "Nous avons établi que 3 400 clients étaient concernés."),
        ("2026-11-18 11:30", "enquête", "Nous savons que 1 200 clients ont pu voir l'adresse d'autres clients.")))
    joined = [line for line in qa.splitlines() if line.startswith("*Source") and ";" in line]
    assert joined, qa
    assert all(" ;" in line and ");" not in line and "»;" not in line for line in joined), joined


@pytest.mark.parametrize("lang, doing, answer", [
    ("en", "- The slicing line has been stopped since 27 November. It has been taken apart and cleaned, and it will "
           "only restart after three consecutive rounds of negative tests.",
     "> The slicing line has been stopped since 27 November.\n\n> It has been taken apart and cleaned"),
    ("fr", "- La ligne de tranchage est arrêtée depuis le 27 novembre. Elle a été démontée et nettoyée ; elle ne "
           "reprendra qu'après trois séries d'analyses négatives consécutives.",
     "> La ligne de tranchage est arrêtée depuis le 27 novembre.\n\n> Elle a été démontée et nettoyée"),
])
def test_a_line_that_restarts_only_after_clean_tests_answers_will_it_happen_again(project, settings, monkeypatch,
                                                                                  lang, doing, answer):
    heading = "What we are doing" if lang == "en" else "Ce que nous faisons"
    summary = ("We are recalling two lots of sliced raclette (Listeria). Do not eat them. We apologise." if lang == "en"
               else "Nous rappelons deux lots de raclette tranchée (Listeria). Ne les consommez pas. Nous vous "
                    "présentons nos excuses.")
    qa = _qa(project, settings, monkeypatch, lang=lang, title="Raclette recall" if lang == "en" else "Rappel de raclette",
             sections={"Summary" if lang == "en" else "Résumé": summary, heading: doing},
             updates=(("2026-11-18 11:30", "identified" if lang == "en" else "identifié", "Shops have removed them."
                       if lang == "en" else "Les magasins les ont retirées."),))
    question = "Will it happen again?" if lang == "en" else "Cela peut-il se reproduire ?"
    assert answer in _answer(qa, question), _answer(qa, question)


def test_a_failure_that_could_no_longer_work_is_no_prevention(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Ticketing app down",
             sections={"Summary": "Since 05:50 our app sells no tickets. We are sorry.",
                       "What happened": "From the first departures at 05:50, the app could no longer sell or show "
                                        "tickets."},
             updates=(("2026-11-18 11:30", "investigating", "We are looking for the cause."),))
    assert "could no longer sell" not in _answer(qa, "Will it happen again?")


def test_staff_who_followed_the_process_answer_whether_anyone_loses_their_job(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Our advert mocked abuse survivors",
             sections={"Summary": "Our advert imitated domestic-abuse campaigns. We withdrew it and we are sorry.",
                       "What happened": "The two managers who approved it followed the process they were given; the "
                                        "process was ours, and it failed. Our staff member made a mistake."},
             updates=(("2026-11-18 11:30", "resolved", "The advert has been withdrawn everywhere."),))
    answer = _answer(qa, "Will anyone lose their job over this?")
    assert "followed the process they were given; the process was ours" in answer, answer


def test_why_a_product_is_recalled_is_not_what_caused_the_contamination(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Raclette recall", sections={
        "Summary": "Three lots of our sliced raclette are withdrawn from sale because they may contain Listeria "
                   "monocytogenes bacteria. Do not eat them. We apologise."},
        updates=(("2026-11-18 11:30", "identified", "Shops have removed the lots."),))
    answer = _answer(qa, "What caused it?")
    assert "because they may contain" not in answer and "UNANSWERED" in answer, answer


def test_a_breach_found_late_is_measured_from_when_we_knew_not_from_when_it_began(project, settings, monkeypatch):
    sections = dict(BREACH, **{"What happened": "On 18 November at 08:00 we found that criminals had been copying "
                                                "files since 10 November."})
    qa = _qa(project, settings, monkeypatch, front="began: 2026-11-10 06:00\n", sections=sections,
             updates=(("2026-11-18 11:30", "investigating", "We are checking every account."),))
    answer = _answer(qa, "Why did you not tell people sooner?")
    assert "3 hours 30 minutes after we knew, on 18 November at 08:00 CET" in answer, answer


def test_a_breach_brief_never_says_we_do_not_know_yet_whether_data_was_encrypted(project, settings, monkeypatch):
    sections = {"Summary": "Hackers broke into our systems and accessed the personal data of 1,180 customers. We are "
                           "sorry: our login page should not have let them in without a second security step, and that "
                           "gap was ours."}
    qa = _qa(project, settings, monkeypatch, sections=sections, updates=(
        ("2026-11-18 11:30", "investigating", "We are checking every account. Next update by 20 November."),))
    answer = _answer(qa, "Was it encrypted?")
    assert "do not know yet" not in answer and "I will check and come back to you today" in answer, answer
    jobs = _answer(qa, "Will anyone lose their job over this?")
    assert "that gap was ours" in jobs, jobs


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_what_data_lists_what_the_files_contain_and_who_is_not_answered_with_it(project, settings, monkeypatch, lang):
    told = {
        "en": ("Summary", "Criminals copied the details of 3,400 customers. We are sorry.", "What happened",
               "On 17 November at 03:12, someone logged in with a stolen password. Our security team spotted unusual "
               "downloads on 18 November at 09:40 and blocked the access.\n\n"
               "The files copied contain names, postal addresses, dates of birth and account numbers. For 640 of these "
               "customers, they also contain payslips. They do not contain passwords, and the criminals had no access "
               "to accounts."),
        "fr": ("Résumé", "Des criminels ont copié les données de 3 400 clients. Nous en sommes désolés.",
               "Ce qui s'est passé",
               "Le 17 novembre à 3 h 12, quelqu'un s'est connecté avec un mot de passe volé. Notre équipe de sécurité a "
               "repéré des téléchargements inhabituels le 18 novembre à 9 h 40 et a bloqué l'accès.\n\n"
               "Les fichiers copiés contiennent les noms, adresses postales, dates de naissance et numéros de compte. "
               "Pour 640 de ces clients, ils contiennent aussi des bulletins de salaire. Ils ne contiennent pas de mot "
               "de passe, et les criminels n'ont eu aucun accès aux comptes."),
    }[lang]
    qa = _qa(project, settings, monkeypatch, lang=lang, sections={told[0]: told[1], told[2]: told[3]},
             updates=(("2026-11-18 11:30", "investigating" if lang == "en" else "enquête",
                       "We are writing to each customer." if lang == "en" else "Nous écrivons à chaque client."),))
    data = _answer(qa, "What data exactly?" if lang == "en" else "Quelles données exactement ?")
    listed = ("The files copied contain names", "For 640 of these customers", "They do not contain passwords") \
        if lang == "en" else ("Les fichiers copiés contiennent les noms", "Pour 640 de ces clients",
                              "Ils ne contiennent pas de mot de passe")
    assert all(part in data for part in listed), data
    who = _answer(qa, "Who accessed it?" if lang == "en" else "Qui y a eu accès ?")
    assert "contain" not in who and "contiennent" not in who, who
    # Since when known: the sentence that says when we spotted it.
    since = _answer(qa, "When did it start, and when did you find out?" if lang == "en"
                    else "Depuis quand, et quand l'avez-vous su ?")
    assert ("spotted unusual downloads on 18 November at 09:40" if lang == "en"
            else "repéré des téléchargements inhabituels le 18 novembre à 9 h 40") in since, since


@pytest.mark.parametrize("newest, answered", [
    ("We have found no fraudulent payment on any affected account. Fourteen customers told us about calls from people "
     "claiming to be from us: please hang up.", True),
    ("All affected customers have now been written to.", False)])
def test_a_breach_is_asked_whether_anyone_lost_money_since(project, settings, monkeypatch, newest, answered):
    sections = {**BREACH, "Summary": BREACH["Summary"] + " Be wary of any call, text or e-mail that claims to come "
                                                         "from us: we will never ask for your password."}
    qa = _qa(project, settings, monkeypatch, front="kind: breach\n", sections=sections, updates=(
        ("2026-11-18 17:00", "monitoring", newest),
        ("2026-11-18 11:30", "investigating", "We know that 1,200 customers could see other customers' addresses.")))
    answer = _answer(qa, "Has anyone lost money or been defrauded since?")
    if answered:
        assert "no fraudulent payment" in answer and "claiming to be from us" in answer, answer
    else:
        assert "UNANSWERED" in answer and "I will check" in answer, answer
    # The cause is never the line against scams.
    assert "Be wary" not in _answer(qa, "What caused it?")


def test_an_answer_quotes_each_fact_once(project, settings, monkeypatch):
    sections = {**BREACH, "What we are doing": "- We reported the breach on 18 November at 09:10 CET to the CNIL and "
                                               "to the police."}
    qa = _qa(project, settings, monkeypatch, front="kind: breach\n", sections=sections, updates=(
        ("2026-11-18 17:00", "identified", "We reported this on 18 November at 09:10 to the CNIL and to the police."),))
    answer = _answer(qa, "Was the regulator told, and when?")
    assert answer.count("to the CNIL and to the police") == 1, answer


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_asked_why_so_late_the_brief_answers_with_when_we_found_it_and_told_the_regulator(project, settings, monkeypatch,
                                                                                          lang):
    en = lang == "en"
    sections = {
        "Summary" if en else "Résumé": (
            "Names and addresses of 1,200 customers were copied from our delivery system. We are sorry." if en else
            "Les noms et adresses de 1 200 clients ont été copiés dans notre système de livraison. Nous en sommes "
            "désolés."),
        "What happened" if en else "Ce qui s'est passé": (
            "Our night engineer spotted unusual exports on 17 November at 22:40 and shut the account down at 22:55."
            if en else "Notre ingénieur de nuit a repéré des exports inhabituels le 17 novembre à 22 h 40 et a "
                       "fermé le compte à 22 h 55."),
        "What we are doing" if en else "Ce que nous faisons": (
            "- We reported the breach to the data protection authority on 18 November at 08:15.\n- An outside firm "
            "is reviewing how this happened; we will publish its findings here." if en else
            "- Nous avons notifié la violation à la CNIL le 18 novembre à 8 h 15.\n- Un cabinet extérieur analyse "
            "comment cela a pu se produire ; nous publierons ici ses conclusions."),
    }
    qa = _qa(project, settings, monkeypatch, lang=lang, front="began: 2026-11-12 03:00\n", sections=sections,
             updates=(("2026-11-18 11:30", "investigating" if en else "analyse",
                       "We are checking every account." if en else "Nous vérifions chaque compte."),))
    late = _answer(qa, "Why did you not tell people sooner?" if en else "Pourquoi ne pas avoir prévenu plus tôt ?")
    assert ("> Our night engineer spotted unusual exports on 17 November at 22:40" if en else
            "> Notre ingénieur de nuit a repéré des exports inhabituels le 17 novembre à 22 h 40") in late, late
    assert ("> We reported the breach to the data protection authority on 18 November at 08:15." if en else
            "> Nous avons notifié la violation à la CNIL le 18 novembre à 8 h 15.") in late, late
    assert "UNANSWERED" not in late and "SANS RÉPONSE" not in late, late
    unnoticed = _answer(qa, "Why did it go unnoticed for so long?" if en else
                        "Pourquoi cela est-il passé inaperçu si longtemps ?")
    # The statement's "here" said for a brief read away from the page, and marked as our words.
    assert ("> An outside firm is reviewing how this happened; we will publish its findings [on our website]." if en
            else "> Un cabinet extérieur analyse comment cela a pu se produire ; nous publierons [en ligne] ses "
                 "conclusions.") in unnoticed, unnoticed


def test_a_french_breach_brief_says_how_to_know_and_warns_against_scams_once(project, settings, monkeypatch):
    sections = {
        "Résumé": ("Des criminels ont copié les adresses de 1 200 adhérents. Méfiez-vous de tout appel se présentant "
                   "comme venant de nous : nous ne vous demanderons jamais votre mot de passe. Nous vous présentons "
                   "nos excuses."),
        "Ce que vous pouvez faire": (
            "- Si vous êtes concerné, vous avez reçu un courrier de notre part entre le 18 et le 20 novembre.\n"
            "- Nous ne vous demanderons jamais votre mot de passe, votre code secret ou un code à usage unique."),
        "Ce que nous faisons": "- Nous avons écrit aux 1 200 adhérents concernés.",
    }
    qa = _qa(project, settings, monkeypatch, lang="fr", front="kind: breach\n", sections=sections,
             updates=(("2026-11-18 11:30", "analyse", "Nous vérifions chaque compte."),))
    know = _answer(qa, "Comment savoir si je suis concerné ?")
    assert "> Si vous êtes concerné, vous avez reçu un courrier de notre part" in know, know
    messages = qa.split("## ", 2)[1]
    assert messages.count("ne vous demanderons jamais") == 1, messages


def test_words_changed_for_the_brief_are_one_bracketed_edit():
    from generator.rendering.documents.passages import marked_edits

    said = marked_edits("La mise à jour, installée cette nuit à 2 h 00 par nos équipes, a échoué.",
                        "La mise à jour, installée dans la nuit du 30 novembre au 1er décembre à 2 h 00 par nos "
                        "équipes, a échoué.")
    assert said == ("La mise à jour, installée [dans la nuit du 30 novembre au 1er décembre] à 2 h 00 par nos "
                    "équipes, a échoué."), said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cause_answer_opens_on_the_error_and_never_on_why_a_count_changed(project, settings, monkeypatch, lang):
    en = lang == "en"
    sections = {
        "Summary" if en else "Résumé": (
            "Since 06:10, a fault in our payroll service has stopped payslips from being sent to 310 firms. We are "
            "sorry." if en else "Depuis 6 h 10, une panne de notre service de paie empêche l'envoi des bulletins de "
            "310 entreprises. Nous en sommes désolés."),
        "What happened" if en else "Ce qui s'est passé": (
            "At 01:00 our team installed a new version of the payroll engine. The new version contained a rounding "
            "error that our tests had not caught. Our first count found 310 firms; the full check found 455, because "
            "the error also reached a second server." if en else
            "À 1 h, nos équipes ont installé une nouvelle version du moteur de paie. Cette nouvelle version "
            "contenait une erreur d'arrondi que nos tests n'avaient pas détectée. Notre premier décompte a trouvé "
            "310 entreprises ; la vérification complète en a trouvé 455, car l'erreur avait aussi atteint un second "
            "serveur."),
    }
    qa = _qa(project, settings, monkeypatch, lang=lang, sections=sections, title="Payslips not sent" if en else
             "Bulletins de paie non envoyés", updates=(("2026-11-18 11:30", "identified" if en else "identifié",
                                                        "We are fixing it." if en else "Nous corrigeons l'erreur."),))
    cause = _answer(qa, "What caused it?" if en else "Quelle en est la cause ?")
    first = cause.strip().split("\n\n")[0]
    assert ("contained a rounding error that our tests had not caught" if en else
            "contenait une erreur d'arrondi que nos tests n'avaient pas détectée") in first, cause
    assert ("second server" if en else "second serveur") not in cause, cause  # why the count changed: no cause


def test_what_to_do_gives_the_helpline_even_after_four_other_steps_and_staff_are_not_a_count(project, settings,
                                                                                               monkeypatch):
    sections = dict(BREACH, **{
        "Summary": "Since 17 November, 1,200 customers could see other customers' addresses in our app. We are sorry.",
        "What you should do": (
            "- Check the e-mail we sent you on 18 November.\n- Be wary of messages asking for your password.\n"
            "- Check your statements.\n- Tell us about any payment you do not recognise.\n"
            "- Watch for letters about credit you did not apply for.\n"
            "- Helpline: 0800 014 2210, every day from 08:00 to 20:00."),
        "What we are doing": "- Our 46 support and security colleagues will complete extra training by 18 December.",
    })
    qa = _qa(project, settings, monkeypatch, sections=sections,
             updates=(("2026-11-18 11:30", "investigating", "We are checking every account."),))
    assert "Helpline: 0800 014 2210" in _answer(qa, "What should the people affected do?")
    assert "46 support and security colleagues" not in _answer(qa, "How many people are affected?")


def test_a_count_of_some_of_them_is_never_the_answer_to_how_many(project, settings, monkeypatch):
    # "The 1,940 members who saw some transactions twice…" said on air as how many were affected
    # would shrink an outage that declined 63,500 payments.
    qa = _qa(project, settings, monkeypatch, title="Debit card outage", started="2026-11-17 12:00",
             sections={"Summary": "Our members could not pay by debit card on 17 November. We are sorry."},
             updates=(("2026-11-18 17:00", "resolved", "The 1,940 members who saw some transactions twice got their "
                                                       "exact balance back this morning."),
                      ("2026-11-17 12:00", "identified", "Since 7:40, about 63,500 debit card payments were declined.")))
    answer = _answer(qa, "How many people are affected?")
    assert "1,940" not in answer and "63,500 debit card payments" in answer, answer


def test_more_reactions_reported_are_said_after_the_first_case(project, settings, monkeypatch):
    # "2 more customers had a mild reaction" alone would leave out the child treated in hospital.
    happened = ("We found out on 17 November, when a parent called us: her son, who is allergic to peanuts, had an "
                "allergic reaction after eating one of the bites. He was treated in hospital and is now at home.")
    qa = _qa(project, settings, monkeypatch, title="Flapjack bites recalled: may contain peanuts", front="kind: recall\n",
             sections={"Summary": "We are recalling two lots of our flapjack bites. If you have a peanut allergy, do "
                                  "not eat them.", "What happened": happened},
             updates=(("2026-11-18 12:00", "monitoring", "Since 17 November, 2 more customers have told us they had a "
                                                         "mild reaction after eating bites from these lots; both are "
                                                         "well."),
                      ("2026-11-18 11:30", "identified", "We are recalling the bites.")))
    answer = _answer(qa, "Have any illnesses been reported?")
    assert "treated in hospital" in answer and "2 more customers" in answer, answer
    assert answer.index("treated in hospital") < answer.index("2 more customers"), answer


def test_customers_reconnected_or_in_touch_are_progress_not_a_changed_count(project, settings, monkeypatch):
    # "17,210 customers are now reconnected" after "About 18,400 customers are affected" is the repair
    # going on; "212 customers who told us they use a telecare alarm" a group in touch: neither is a
    # figure that changed and needs explaining.
    qa = _qa(project, settings, monkeypatch, title="Broadband outage", sections={
        "Summary": "About 18,400 broadband customers are affected by a flood at our exchange. We're sorry."},
        updates=(("2026-11-18 17:00", "identified", "17,210 customers are now reconnected. We've sent 4G backup "
                                                    "routers to the 212 customers who told us they use a telecare alarm."),
                 ("2026-11-18 11:30", "investigating", "About 18,400 broadband customers are affected.")))
    assert "Why has the number changed?" not in qa, qa


def test_a_recall_key_message_names_the_lots_it_points_at(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, title="Power adapter recall", front="kind: recall\n", sections={
        "Summary": "We're recalling power adapters because a fault can make them overheat. If the label on your "
                   "adapter shows one of the batch codes below, unplug it now. We're sorry.",
        "Affected products": "| Product | Lot |\n|---|---|\n| Adapter | 24B23 |\n| Adapter | 24B24 |\n"},
        updates=(("2026-11-18 11:30", "identified", "We are recalling the adapters."),))
    assert "one of the batch codes 24B23 or 24B24, unplug it now" in qa, qa


def test_the_day_the_summary_names_for_taking_it_down_is_the_day_told(project, settings, monkeypatch):
    # The advert went up on the 16th at 18:00; the summary, rewritten after the first statement of
    # the 18th at 11:30, says it came down "on Wednesday 18 November at 13:40": never the 17th.
    qa = _qa(project, settings, monkeypatch, title="Our budgeting advert: we are sorry", front="began: 2026-11-16 18:00\n",
             sections={"Summary": "Since Monday 16 November our video advert, which relied on a stereotype of "
                                  "people from one town, was hurtful and has caused deep offence. It was wrong, and we are sorry. We "
                                  "took it down from every channel on Wednesday 18 November at 13:40."},
             updates=(("2026-11-18 14:10", "identified", "We took the advert down at 13:40 and stopped all paid "
                                                         "placements."),
                      ("2026-11-18 11:30", "investigating", "We have seen the reaction to our advert and we are "
                                                            "taking it down this morning.")))
    assert "on 17 November at 13:40" not in qa and "came down on 17 November" not in qa, qa
    assert "came down on 18 November at 13:40" in qa, qa


@pytest.mark.parametrize("lang, summary, doing, question, count", [
    ("en", "Since Tuesday 17 November, T1 trams run less often because three trains are in the workshop. We know what "
           "fewer, more crowded trams mean for the 9,400 people who take the T1 every day, and we are sorry.",
     "Express coaches run alongside the line at peak times. They accept all T1 tickets.",
     "## 6. How many people are affected?", "9,400"),
    ("fr", "Depuis le mardi 17 novembre, le T1 circule moins souvent car trois rames sont à l'atelier. Nous savons ce "
           "que des trams plus rares représentent pour les 9 400 voyageurs qui prennent le T1 chaque jour, et nous en "
           "sommes désolés.",
     "Des cars directs renforcent la ligne aux heures de pointe. Ils acceptent tous les billets T1.",
     "Combien de personnes sont touchées ?", "9 400"),
])
def test_everyone_a_line_carries_is_how_many_are_affected(project, settings, monkeypatch, lang, summary, doing, question,
                                                          count):
    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, lang=lang, title="Ligne T1 : service réduit" if fr else "T1 line: reduced "
                                                                                                      "service",
             sections={"Résumé" if fr else "Summary": summary, "Ce que nous faisons" if fr else "What we are doing": doing},
             updates=(("2026-11-18 11:30", "identifié" if fr else "identified",
                       "Nous remplaçons une pièce de frein." if fr else "We are replacing a brake part."),))
    answer = _answer(qa, question.removeprefix("## 6. "))
    assert count in answer and "T1 tickets" not in answer and "billets T1" not in answer, answer


def test_a_bank_that_says_no_passcode_was_shown_answers_the_password_question(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, sections={
        "Summary": "On 17 November a fault in our app showed 3,412 customers another customer's statement. We are sorry.",
        "What happened": "A statement shows the customer's name, address and transactions. It does not show card "
                         "numbers, PINs, passcodes or security codes, and nobody could move money."},
        updates=(("2026-11-18 11:30", "identified", "The fault is fixed."),))
    answer = _answer(qa, "Should I change my password?")
    assert "passcodes" in answer and "UNANSWERED" not in answer, answer
