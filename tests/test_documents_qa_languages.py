"""A spokesperson briefed in French faces the same journalists as one briefed in English: the
Q&A asks "Why did you not tell people sooner?" in every language once one text says when we
knew, says it in each language's own time style, and finds the same answers in both texts.
Statements written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _statement(project, settings, lang: str, sections: dict[str, str], updates, title: str):
    text = statement_file(lang=lang, title=title, severity="critical", front="", sections=sections,
                          started="2026-11-18 14:30", updates=updates)
    return write_statement(project, settings, text, "2026-11-18-test.fr.md" if lang == "fr" else "2026-11-18-test.md")


def _qa(statement, settings, siblings=()) -> str:
    return {d.kind: d.text for d in render_documents(statement, settings, siblings)}["qa"].replace(
        "\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def _pair(project, settings, monkeypatch, en_known: str, fr_known: str):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    english = _statement(project, settings, "en", {
        "Summary": "We are recalling our sliced comté, 200 g packs, lot C4471. Do not eat it. We are sorry.",
        "What happened": en_known}, (("2026-11-18 14:30", "identified", "We are recalling lot C4471."),),
        "Recall of sliced comté, lot C4471")
    french = _statement(project, settings, "fr", {
        "Résumé": "Nous rappelons notre comté tranché, barquettes de 200 g, lot C4471. Ne le consommez pas. "
                  "Nous vous présentons nos excuses.",
        "Ce qui s'est passé": fr_known}, (("2026-11-18 14:30", "identifié", "Nous rappelons le lot C4471."),),
        "Rappel de comté tranché, lot C4471")
    return english, french


def test_a_routine_test_that_found_the_problem_dates_when_we_knew_in_both_languages(project, settings, monkeypatch):
    english, french = _pair(project, settings, monkeypatch,
                            "On 18 November at 08:10, one of our own routine tests found Listeria in a pack of lot C4471.",
                            "Le 18 novembre à 8 h 10, une analyse réalisée dans le cadre de nos autocontrôles a trouvé "
                            "des Listeria dans une barquette du lot C4471.")
    en = _answer(_qa(english, settings), "Why did you not tell people sooner?")
    fr = _answer(_qa(french, settings), "Pourquoi ne pas avoir prévenu plus tôt ?")
    # English prose durations and moments in the statement's own style; French without nested brackets.
    assert "6 hours 20 minutes after we knew, on 18 November at 08:10 CET" in en, en
    # (A duration in words: « 6 h 20 » reads as a clock time.)
    assert "6 heures et 20 minutes après que nous l'avons su, le 18 novembre à 8 h 10 (heure de Paris)." in fr, fr
    assert "))" not in fr, fr


def test_the_question_asked_in_one_language_is_asked_in_the_other(project, settings, monkeypatch):
    # Only the English text says how we found out; the French says what was seen, without a word
    # for "found out". The times are the same: the French brief asks too.
    english, french = _pair(project, settings, monkeypatch,
                            "On 18 November at 08:10 our quality team was alerted by a shop that a pack smelled wrong.",
                            "Le 18 novembre à 8 h 10, un magasin a trouvé qu'une barquette sentait mauvais.")
    assert "Why did you not tell people sooner?" in _qa(english, settings, (french,))
    assert "Pourquoi ne pas avoir prévenu plus tôt ?" not in _qa(french, settings)
    assert "Pourquoi ne pas avoir prévenu plus tôt ?" in _qa(french, settings, (english,))


def test_a_review_of_our_rules_and_a_gap_we_own_are_answers_in_both_languages(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    en = _qa(_statement(project, settings, "en", {
        "Summary": "A fire broke out on a stand at our trade show. Two people were treated by the fire service.",
        "What happened": "The stand's heater was left on overnight. Our night checks should have found it, and they "
                         "did not: that gap was ours.",
        "What we are doing": "- We will review our stand safety rules in the light of the fire service's findings, "
                             "and we will publish what we change."},
        (("2026-11-18 14:30", "resolved", "The halls reopened at 14:00."),), "Fire on a stand at our trade show"),
        settings)
    fr = _qa(_statement(project, settings, "fr", {
        "Résumé": "Un incendie s'est déclaré sur un stand de notre salon. Deux personnes ont été prises en charge "
                  "par les pompiers.",
        "Ce qui s'est passé": "Le chauffage du stand est resté allumé toute la nuit. Nos rondes de nuit auraient dû "
                              "le voir, et elles ne l'ont pas vu : cette faille était la nôtre.",
        "Ce que nous faisons": "- Nous réexaminerons nos règles de sécurité des stands à la lumière des conclusions "
                               "des pompiers, et nous publierons ce que nous aurons changé."},
        (("2026-11-18 14:30", "résolu", "Les halls ont rouvert à 14 h."),), "Incendie sur un stand de notre salon"),
        settings)
    assert "We will review our stand safety rules" in _answer(en, "Will it happen again?")
    assert "Nous réexaminerons nos règles de sécurité" in _answer(fr, "Cela peut-il se reproduire ?")
    assert "cette faille était la nôtre" in _answer(fr, "Quelqu'un va-t-il perdre son poste ?")


def test_breach_answers_offer_protection_own_the_gap_and_spare_the_employee(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    en = _qa(_statement(project, settings, "en", {
        "Summary": "Criminals copied the files of 2,300 members from our archive server. We are sorry.",
        "What happened": "On 12 November someone logged in to our archive server with the password of one of our "
                         "employees, stolen through a fake e-mail. This server holds members' signed forms. It "
                         "should have asked for a second security step, and it did not: that gap was ours.",
        "What we are doing": "- We have written to all 2,300 members, and we offer each of them 12 months of free "
                             "identity monitoring."},
        (("2026-11-18 14:30", "identified", "We have written to every member concerned."),), "Member files copied"),
        settings)
    assert "12 months of free identity monitoring" in _answer(en, "Will people be compensated?")
    jobs = _answer(en, "Will anyone lose their job over this?")
    assert "that gap was ours" in jobs and "one of our employees" not in jobs, jobs


def test_the_cause_of_an_advert_is_the_sign_off_not_where_it_was_due_to_appear(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    en = _qa(_statement(project, settings, "en", {
        "Summary": "Our winter advert mocked people who use wheelchairs. It was wrong and hurtful, and we removed it. "
                   "We are sorry."},
        (("2026-11-18 14:30", "identified",
          "Our own team made the advert, and it was approved under a sign-off that checked prices, but not tone or "
          "context. It was also due to appear in our 80 stores on Friday: that has been cancelled."),),
        "Our winter advert mocking wheelchair users"), settings)
    cause = _answer(en, "How could this happen?")
    assert "checked prices, but not tone or context" in cause, cause
    assert "due to appear" not in cause and "wrong and hurtful" not in cause, cause


def test_a_breach_found_days_later_is_asked_why_it_went_unnoticed(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    text = statement_file(lang="en", title="Member files copied", severity="critical", started="2026-11-18 14:30",
                          front="began: 2026-11-12 02:00\n", sections={
                              "Summary": "Criminals copied the files of 2,300 members. We are sorry.",
                              "What happened": "On 16 November at 09:10 we found that someone had been copying files "
                                               "from our archive server since 12 November."},
                          updates=(("2026-11-18 14:30", "identified", "We are writing to every member concerned."),))
    qa = _qa(write_statement(project, settings, text, "2026-11-18-test.md"), settings)
    answer = _answer(qa, "Why did it go unnoticed for so long?")
    assert "It began on 12 November at 02:00 CET; we knew on 16 November at 09:10 CET, 4 days and 7 hours later." \
        in answer


def test_an_outage_partly_back_is_asked_when_everything_will_work(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-19T09:00:00+01:00")
    text = statement_file(lang="en", title="Card readers down on our trams", severity="major", started="2026-11-18 07:00",
                          front="kind: outage\n", sections={"Summary": "Card readers on our trams refuse bank cards. "
                                                                       "We are sorry."},
                          updates=(("2026-11-18 11:00", "identified", "The readers are updating one by one: 61 of our 97 "
                                                                      "trams take bank cards again."),
                                   ("2026-11-18 08:00", "investigating", "We cannot yet say when the readers will work "
                                                                         "again.")))
    qa = _qa(write_statement(project, settings, text, "2026-11-18-test.md"), settings)
    answer = _answer(qa, "When will everything work again?")
    # The older "we cannot yet say" is not the answer; no time for the other 36 trams is.
    assert "61 of our 97 trams take bank cards again" in answer and "when the readers will" not in answer, answer
    assert "UNANSWERED for the rest: the statement gives no time for it." in answer, answer
    text = text.replace("trams take bank cards again.", "trams take bank cards again; the others will accept them "
                                                       "by 16:00.")
    qa = _qa(write_statement(project, settings, text, "2026-11-18-test.md"), settings)
    answer = _answer(qa, "When will everything work again?")
    assert "the others will accept them by 16:00" in answer and "UNANSWERED" not in answer, answer


def test_a_count_that_changed_is_answered_by_the_update_that_says_why(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-22T09:00:00+01:00")
    text = statement_file(lang="en", title="Member files copied", severity="critical", started="2026-11-18 10:00",
                          front="kind: breach\n", sections={"Summary": "Criminals copied the files of 2,300 members. "
                                                                       "We are sorry."},
                          updates=(("2026-11-21 09:00", "monitoring", "All 2,300 affected members have now been written "
                                                                      "to, and 140 have called our helpline."),
                                   ("2026-11-20 15:00", "identified", "The full review is complete: the criminals copied "
                                                                     "the files of 2,300 members, not the 800 we first "
                                                                     "counted, because they also took a backup on 15 "
                                                                     "November."),
                                   ("2026-11-18 10:00", "investigating", "So far we have identified 800 affected members, "
                                                                         "and this number may rise.")))
    qa = _qa(write_statement(project, settings, text, "2026-11-18-test.md"), settings)
    answer = _answer(qa, "Why has the number changed?")
    assert "not the 800 we first counted, because they also took a backup" in answer, answer
