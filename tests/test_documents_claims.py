"""A claim route is an answer to "Will people be compensated?": the media brief quotes it
instead of marking the question unanswered (a statement written for this test)."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def test_a_claim_route_answers_the_compensation_question(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, update, quoted in (
            ("en", "All trams run normally this morning. If you missed an appointment or paid for a taxi because of "
                   "the night bus cancellation, you can write to us at care@axeo.example and we will look at each case.",
             "we will look at each case"),
            ("fr", "Tous les trams circulent normalement ce matin. Si vous avez manqué un rendez-vous ou payé un taxi à "
                   "cause de l'annulation des bus de nuit, écrivez-nous à relation@axeo.example : nous étudierons "
                   "chaque demande.", "nous étudierons chaque demande")):
        text = statement_file(lang=lang, severity="major", front="", title="Strike: reduced service",
                              sections={"Summary" if lang == "en" else "Résumé":
                                        "A strike reduced our service all day on 3 September." if lang == "en" else
                                        "Une grève a réduit notre service toute la journée du 3 septembre."},
                              updates=(("2026-09-04 07:00", "resolved" if lang == "en" else "résolu", update),))
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        qa = {d.kind: d.text for d in render_documents(write_statement(project, settings, text, name), settings)}["qa"]
        question = "Will people be compensated?" if lang == "en" else "Les personnes seront-elles indemnisées ?"
        answer = qa.replace("\u00a0", " ").replace("\u202f", " ").split(question, 1)[1].split("\n## ", 1)[0]
        assert quoted in answer and "UNANSWERED" not in answer and "SANS RÉPONSE" not in answer, answer


def test_a_reply_about_a_video_that_mocked_staff_never_quotes_the_slogan_back(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    summary = ("Le 2 septembre à 18 h, nous avons publié une vidéo publicitaire dont le slogan était « Nos prix craquent… "
               "et nos caissières aussi ». On y voyait une caissière en larmes présentée comme un gag. Ce n'était pas "
               "drôle. Nous l'avons retirée le 3 septembre à 8 h 40 et nous présentons nos excuses à nos hôtesses de "
               "caisse.")
    text = statement_file(lang="fr", severity="major", front="", sections={"Résumé": summary},
                          title="Notre vidéo se moquait de nos caissières : nous l'avons retirée",
                          updates=(("2026-09-03 10:00", "résolu", "La vidéo a été retirée de tous nos comptes."),))
    replies = {d.kind: d.text for d in render_documents(write_statement(project, settings, text,
                                                                        "2026-09-03-test.fr.md"), settings)}["replies"]
    assert "craquent" not in replies, replies
    assert "On y voyait" not in replies, replies


def test_the_memos_key_message_says_at_once_that_nobody_was_badly_hurt(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    summary = ("On 3 September at 18:47, smoke appeared in the cabin of flight AO 731 from Nantes to Marseille. No one "
               "was seriously injured: three passengers were taken to hospital and have gone home. We are deeply sorry.")
    text = statement_file(severity="critical", front="", sections={"Summary": summary},
                          title="Flight AO 731 diverted after smoke in the cabin",
                          updates=(("2026-09-03 19:35", "identified", "All passengers are accounted for."),))
    memo = {d.kind: d.text for d in render_documents(write_statement(project, settings, text), settings)}["memo"]
    key = next(line for line in memo.splitlines() if "key message" in line)
    assert "smoke appeared in the cabin" in key and "No one was seriously injured." in key, key


def test_a_reply_after_a_safety_incident_asks_after_people_never_says_we_are_putting_it_right(project, settings,
                                                                                             monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    for lang, summary, wanted in (
            ("en", "Smoke filled a carriage of train 412 on 3 September. Two passengers were hurt. We are sorry.",
             "I am truly sorry for what this has put you through"),
            ("fr", "De la fumée a envahi une voiture du train 412 le 3 septembre. Deux voyageurs ont été blessés. Nous "
                   "présentons nos excuses.", "Nous sommes sincèrement désolés de tout ce que cela vous a fait vivre")):
        text = statement_file(lang=lang, severity="major", front="kind: safety\n",
                              sections={"Summary" if lang == "en" else "Résumé": summary},
                              title="Smoke in train 412" if lang == "en" else "Fumée dans le train 412",
                              updates=(("2026-09-03 20:00", "identified" if lang == "en" else "identifié",
                                        "The train stays in the depot." if lang == "en" else "Le train reste au dépôt."),))
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        replies = {d.kind: d.text for d in render_documents(write_statement(project, settings, text, name),
                                                            settings)}["replies"]
        assert wanted in replies.replace("’", "'"), replies
        assert "putting it right" not in replies and "nous faisons le" not in replies, replies


def test_a_double_debit_leaves_the_shop_operational_on_the_status_page(project, settings):
    from generator.reading.components import service_down

    text = statement_file(lang="fr", severity="major", front="affected: [BOUTIQUE EN LIGNE]\n",
                          title="Black Friday : des commandes débitées deux fois",
                          sections={"Résumé": "Des clients ont été débités deux fois pour une même commande."},
                          updates=(("2026-09-03 10:05", "identifié", "Nous remboursons chaque double débit."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    assert not service_down(statement)  # the shop works: people are owed money, nothing is down


def test_a_closure_announced_for_later_leaves_the_service_operational(project, settings):
    from generator.reading.components import service_down

    text = statement_file(lang="fr", severity="minor", front="affected: [Nordelle Mail]\n",
                          title="Fermeture de Nordelle Mail le 31 mars 2027",
                          sections={"Résumé": "Nordelle Mail fermera le 31 mars 2027. Jusque-là, il fonctionne comme "
                                              "d'habitude ; nous vous aidons à transférer vos messages."},
                          updates=(("2026-09-03 10:05", "identifié", "Notre outil de transfert est ouvert."),))
    assert not service_down(write_statement(project, settings, text, "2026-09-03-test.fr.md"))


def test_a_recall_of_something_used_never_asks_who_ate_it(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(severity="critical", front="", title="Recall of Cocon baby bouncers",
                          sections={"Summary": "We are recalling Cocon bouncers: the harness buckle can open. Stop using "
                                               "it now. We are deeply sorry.",
                                    "What you should do": "- Stop using the bouncer now.\n- If your baby was hurt, see a "
                                                          "doctor and tell us."},
                          updates=(("2026-09-03 10:05", "identified", "Couriers are collecting the bouncers."),))
    replies = {d.kind: d.text for d in render_documents(write_statement(project, settings, text), settings)}["replies"]
    assert "used or ate it" not in replies and "## unwell: someone who was hurt using it" in replies, replies


def test_a_car_recall_memo_never_tells_staff_to_take_a_car_back_at_the_counter(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(severity="critical", front="kind: recall\n", title="Recall of KARST electric cars",
                          sections={"Summary": "We are recalling 22,855 KARST electric cars: a battery connector can "
                                               "overheat. We are sorry.",
                                    "What you should do": "- Park and charge your car outdoors until it is repaired."},
                          updates=(("2026-09-03 10:05", "identified", "Letters are going out to owners."),))
    memo = {d.kind: d.text for d in render_documents(write_statement(project, settings, text), settings)}["memo"]
    assert "brings one back" not in memo and "If you own one of these vehicles" in memo, memo
