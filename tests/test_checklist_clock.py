"""The crisis checklist's clock starts when we knew, not at our first public word: checking the
facts and briefing people are due before we speak, and a list of a crisis that is over still
flags the steps nothing shows done. Statements written for these tests."""

from __future__ import annotations

import re
from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-11-30T12:00:00+01:00")


def _recall(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-11-27 17:30", front="kind: recall\n",
        title="Recall of sliced comté, lot C4471" if en else "Rappel de comté tranché, lot C4471",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling our sliced comté, 200 g packs, lot C4471, because it may contain Listeria. Do not "
                "eat it." if en else
                "Nous rappelons notre comté tranché, barquettes de 200 g, lot C4471, car il peut contenir des "
                "Listeria. Ne le consommez pas."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "On 27 November at 11:20, one of our own routine tests found Listeria in a pack of lot C4471." if en
                else "Le 27 novembre à 11 h 20, une analyse de nos autocontrôles a détecté des Listeria dans une "
                     "barquette du lot C4471."),
        },
        updates=(("2026-11-27 17:30", "identified" if en else "identifié",
                  "We are recalling lot C4471." if en else "Nous rappelons le lot C4471."),))


def _item(checklist: str, start: str) -> str:
    return next(part for part in checklist.replace("\u00a0", " ").replace("\u202f", " ").split("\n- [")
                if start in part)


def test_deadlines_count_from_when_the_test_found_it(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    for lang, intro, facts, due in (
            ("en", "Deadlines count from when we knew, 27 November at 11:20 CET", "Confirm the facts",
             "Deadline: 27 November at 11:50 CET"),
            ("fr", "Les délais courent depuis le moment où nous l'avons su, le 27 novembre à 11 h 20",
             "Vérifiez les faits", "Échéance : le 27 novembre à 11 h 50")):
        statement = write_statement(project, settings, _recall(lang),
                                    "2026-11-27-comte.md" if lang == "en" else "2026-11-27-comte.fr.md")
        checklist = render_checklist(statement, settings, NOW).replace("\u00a0", " ").replace("\u202f", " ")
        assert intro in checklist, checklist
        assert due in _item(checklist, facts), checklist
        # The recall notice came the same day, six hours after the test: the trade's standard for a
        # recall (the food-safety authority is told first), so done, never "done late".
        first = _item(checklist, "First public word" if lang == "en" else "Première prise de parole")
        assert first.startswith("x]") and "late" not in first and "retard" not in first, first
        lots = _item(checklist, "Publish the exact products" if lang == "en" else "Publiez les produits")
        assert "late" not in lots and "retard" not in lots, lots
        assert "or the problem began" not in checklist and "ou que le problème" not in checklist
        # The next morning is late, said plainly. (In words: « 22 h 10 » would read as a clock time.)
        late = _recall(lang).replace("started: 2026-11-27 17:30", "started: 2026-11-28 09:30").replace(
            "2026-11-27 17:30 ·", "2026-11-28 09:30 ·")
        statement = write_statement(project, settings, late,
                                    "2026-11-27-comte.md" if lang == "en" else "2026-11-27-comte.fr.md")
        checklist = render_checklist(statement, settings, NOW).replace("\u00a0", " ").replace("\u202f", " ")
        first = _item(checklist, "First public word" if lang == "en" else "Première prise de parole")
        assert ("22 hours 10 minutes after we knew" if lang == "en" else "22 heures et 10 minutes après que nous "
                "l'avons su") in first, first


def test_a_problem_that_began_before_our_first_word_sets_the_one_clock(project, settings, monkeypatch):
    # "Deadlines count from our first public word, 06:40" above a first-word deadline of 06:50
    # (an hour after 05:50, when it began) reads as two clocks: every deadline counts from 05:50.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    for lang, said, due in (("en", "Deadlines count from when it began, 1 December at 05:50 CET.",
                             "Deadline: 1 December at 06:50 CET"),
                            ("fr", "Les délais courent depuis le début de l'incident, le 1er décembre à 5 h 50 "
                                   "(heure de Paris).", "Échéance : le 1er décembre à 6 h 50")):
        text = statement_file(lang=lang, severity="major", started="2026-12-01 06:40",
                              front="began: 2026-12-01 05:50\n",
                              title="Ticket app down" if lang == "en" else "Application de billets en panne",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "Since 05:50 our ticket app does not work. We are sorry." if lang == "en" else
                                  "Depuis 5 h 50, notre application de billets ne fonctionne pas. Nous en sommes désolés.")},
                              updates=(("2026-12-01 06:40", "investigating" if lang == "en" else "analyse",
                                        "We are looking into it." if lang == "en" else "Nous analysons la panne."),))
        statement = write_statement(project, settings, text, "2026-12-01-app.md" if lang == "en" else "2026-12-01-app.fr.md")
        checklist = render_checklist(statement, settings).replace("\u00a0", " ").replace("\u202f", " ")
        intro = checklist.split("\n- [")[0]
        assert said in intro, intro
        assert "first public word" not in intro and "première prise de parole" not in intro, intro
        assert due in _item(checklist, "First public word" if lang == "en" else "Première prise de parole"), checklist
        facts = _item(checklist, "Confirm the facts" if lang == "en" else "Vérifiez les faits")
        assert ("Deadline: 1 December at 06:20 CET" if lang == "en" else "Échéance : le 1er décembre à 6 h 20") in facts


def test_a_crisis_that_is_over_still_flags_what_nothing_shows_done(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = _recall("en").replace("### 2026-11-27 17:30 · identified", "### 2026-11-29 10:00 · resolved\n"
                                 "All packs of lot C4471 have been taken off the shelves.\n\n"
                                 "### 2026-11-27 17:30 · identified")
    statement = write_statement(project, settings, text, "2026-11-27-comte.md")
    checklist = render_checklist(statement, settings, NOW)
    # (The review after the end is due two weeks later: not passed yet.)
    open_with_deadline = [i for i in checklist.split("\n- [")[1:] if i.startswith(" ]") and "Deadline:" in i
                          and "Once it is over" not in i]
    assert open_with_deadline, checklist
    assert all(re.search(r"\(passed[;:]", item) for item in open_with_deadline), checklist


def test_a_breach_reported_to_the_commissioner_on_a_named_day_ticks_the_regulator_step(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(severity="critical", started="2026-11-27 17:30", front="kind: breach\n",
                          title="Member files copied", sections={
                              "Summary": "Criminals copied the files of 2,300 members. We are sorry.",
                              "What we are doing": "- We reported the breach on 27 November at 18:10 to the Information "
                                                   "Commissioner's Office and to the police."},
                          updates=(("2026-11-27 17:30", "identified", "We are writing to every member concerned."),))
    statement = write_statement(project, settings, text, "2026-11-27-files.md")
    item = _item(render_checklist(statement, settings, NOW), "Notify the data protection authority")
    assert item.startswith("x]") and "Information Commissioner" in item, item


def test_an_overdue_update_is_the_first_thing_to_do(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(severity="major", started="2026-11-30 08:00", front="next_update: 2026-11-30 11:30\n",
                          title="Ticket machines down", sections={"Summary": "Our ticket machines are down. We are sorry."},
                          updates=(("2026-11-30 08:00", "investigating", "We are looking into it."),))
    statement = write_statement(project, settings, text, "2026-11-30-machines.md")
    checklist = render_checklist(statement, settings, NOW)
    first = checklist.split("\n- [")[1]
    assert "Post every promised update on time" in first and "overdue" in first, checklist


def test_a_refund_within_days_and_an_offer_open_until_a_day_are_promises_to_keep(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    for lang, refund, window, refund_due, window_due in (
            ("en", "The 40 stallholders of the covered market will be refunded their pitch fees in full within 30 days.",
             "Visitors who came on Saturday can ask for a refund of their ticket until 31 December.",
             "Deadline: 30 December", "Deadline: 31 December"),
            ("fr", "Les 40 exposants du marché couvert seront remboursés intégralement de leur emplacement sous 30 jours.",
             "Les visiteurs du samedi peuvent demander le remboursement de leur billet jusqu'au 31 décembre.",
             "Échéance : 30 décembre", "Échéance : 31 décembre")):
        text = statement_file(lang=lang, severity="major", started="2026-11-28 15:00",
                              title="Storm damage at the Christmas market" if lang == "en" else
                              "Marché de Noël endommagé par la tempête",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "A storm damaged the covered market; nobody was hurt. We are sorry." if lang == "en"
                                  else "Une tempête a endommagé le marché couvert ; personne n'a été blessé. Nous en "
                                       "sommes désolés.")},
                              updates=(("2026-11-30 11:00", "resolved" if lang == "en" else "résolu", f"{refund} {window}"),
                                       ("2026-11-28 15:00", "investigating" if lang == "en" else "analyse",
                                        "The market is closed." if lang == "en" else "Le marché est fermé.")))
        statement = write_statement(project, settings, text, "2026-11-28-market.md" if lang == "en" else
                                    "2026-11-28-market.fr.md")
        checklist = render_checklist(statement, settings).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
        promise = "Keep the public promise" if lang == "en" else "Tenez la promesse publique"
        items = [_item(checklist, f"{promise} “{refund}" if lang == "en" else f"{promise} « {refund}"),
                 _item(checklist, f"{promise} “{window}" if lang == "en" else f"{promise} « {window}")]
        assert refund_due in items[0] and window_due in items[1], checklist
        # Neither is over on 1 December: open, never ticked by the update that made it.
        for sentence in (refund, window):
            assert f"- [ ] {promise} {'“' if lang == 'en' else '« '}{sentence}" in checklist, checklist


def test_a_step_done_after_its_deadline_is_ticked_and_said_late(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-26T12:00:00+01:00")
    text = statement_file(severity="major", started="2026-11-25 22:30", front="began: 2026-11-25 18:00\n",
                          title="Our Black Friday post mocked people in debt: we withdrew it",
                          sections={"Summary": "At 18:00 we posted a Black Friday post that mocked people in debt. We "
                                               "removed it at 22:15 the same evening. It was wrong, and we are sorry."},
                          updates=(("2026-11-25 22:30", "resolved", "We removed the post at 22:15."),))
    statement = write_statement(project, settings, text, "2026-11-25-post.md")
    checklist = render_checklist(statement, settings).replace("\u00a0", " ").replace("\u202f", " ")
    down = _item(checklist, "Take the content down")
    assert down.startswith("x]"), down
    assert "Done late, 25 November at 22:15 CET: say so in the review." in down, down


def test_a_french_deadline_never_stacks_parentheses(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    checklist = render_checklist(write_statement(project, settings, _recall("fr"), "2026-11-27-recall.fr.md"), settings,
                                 NOW).replace("\u00a0", " ").replace("\u202f", " ")
    assert "(heure de Paris) (" not in checklist and not re.search(r"\([^()]*\(heure de Paris\)[^()]*\)", checklist)
    assert "heure de Paris" in checklist


def test_a_breach_at_a_site_outside_europe_has_no_gdpr_clock(project, settings, monkeypatch):
    # A clinic in Québec: the law there names its regulator (the Commission d'accès à
    # l'information); no CNIL, no GDPR 72 hours, and « Nous avons avisé la Commission » is done.
    import dataclasses
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    quebec = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    text = statement_file(lang="fr", severity="critical", started="2026-11-24 13:00", front="kind: breach\n",
                          title="Accès non autorisé aux renseignements de patients", sections={
                              "Résumé": "Une personne non autorisée a extrait les renseignements de 21 746 patients. "
                                        "Nous sommes profondément désolés.",
                              "Ce qui s'est passé": "Le 23 novembre à 10 h 20, notre équipe informatique a détecté "
                                                    "des exportations inhabituelles. Nous avons avisé la Commission "
                                                    "d'accès à l'information du Québec le 24 novembre."},
                          updates=(("2026-11-24 13:00", "identifié", "Nous avons coupé l'accès."),))
    checklist = render_checklist(write_statement(project, quebec, text, "2026-11-24-test.fr.md"), quebec, NOW)
    for wrong in ("CNIL", "RGPD", "72 heures"):
        assert wrong not in checklist, checklist
    item = _item(checklist, "autorité de protection des renseignements personnels")
    assert item.startswith("x]"), item


def test_the_laboratorys_results_reaching_us_is_when_we_knew(project, settings, monkeypatch):
    # A pump failed on the 28th; the laboratory sent us its results on the 30th at 16:40: our first
    # word at 17:45 is an hour late, never "2 days and 14 hours".
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T20:00:00+01:00")
    for lang, happened in (
            ("en", "At 16:40 on Monday 30 November, the approved laboratory sent us the results of the samples: "
                   "bacteria were present."),
            ("fr", "Le lundi 30 novembre à 16 h 40, le laboratoire agréé nous a transmis les résultats du contrôle : "
                   "des bactéries étaient présentes.")):
        text = statement_file(lang=lang, severity="critical", started="2026-11-30 17:45", front="kind: safety\n"
                              "began: 2026-11-28 03:10\n", title="Boil-water notice" if lang == "en" else "Avis d'ébullition",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "Boil your tap water. We are sorry." if lang == "en" else
                                  "Faites bouillir l'eau du robinet. Nous en sommes désolés."),
                                  ("What happened" if lang == "en" else "Ce qui s'est passé"): happened},
                              updates=(("2026-11-30 17:45", "identified" if lang == "en" else "identifié",
                                        "Bacteria were found." if lang == "en" else "Des bactéries ont été détectées."),))
        name = "2026-11-30-test.fr.md" if lang == "fr" else "2026-11-30-test.md"
        checklist = render_checklist(write_statement(project, settings, text, name), settings,
                                     datetime.fromisoformat("2026-11-30T20:00:00+01:00"))
        flat = checklist.replace("\u00a0", " ").replace("\u202f", " ")
        assert ("1 hour 5 minutes" if lang == "en" else "1 heure et 5 minutes") in flat, flat
        assert "2 days" not in flat and "2 jours" not in flat, flat


def test_a_day_written_month_first_is_the_day_we_knew(project, settings, monkeypatch):
    # "On Monday, November 23, at 10:20 a.m., our IT team detected…" (North American order),
    # told in an update of the 24th: we knew on the 23rd, not on the 24th at 10:20.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    text = statement_file(severity="critical", started="2026-11-24 13:00", front="kind: breach\n",
                          title="Unauthorized access to patient information", sections={
                              "Summary": "An unauthorized person extracted patient information. We are deeply sorry."},
                          updates=(("2026-11-24 13:00", "identified", "On Monday, November 23, at 10:20 a.m., our IT "
                                                                      "team detected unusual exports. We shut off this "
                                                                      "access at 11:05 a.m."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-24-test.md"), settings, NOW)
    assert "Deadlines count from when we knew, 23 November at 10:20" in checklist.replace("\u00a0", " "), \
        checklist[:600]


def test_a_first_word_the_same_morning_customers_told_us_is_never_called_late(project, settings, monkeypatch):
    # "Customers have told us … this morning", first public word at 10:40 that morning: when in
    # the morning they told us is unknown, so the checklist never claims the word came late.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-07T16:00:00+00:00")
    text = statement_file(
        severity="major", started="2026-12-07 10:40", front="",
        title="December Direct Debit taken twice from some customers",
        sections={"Summary": "Some December Direct Debits were taken twice. We're sorry."},
        updates=(("2026-12-07 10:40", "investigating",
                  "Some customers who pay by Direct Debit have told us their December payment has been taken "
                  "twice this morning. We're looking into it urgently with our bank. Next update by 2pm."),))
    statement = write_statement(project, settings, text, "2026-12-07-dd.md")
    checklist = render_checklist(statement, settings, datetime.fromisoformat("2026-12-07T16:00:00+00:00"))
    first = _item(checklist, "First public word")
    assert first.startswith("x]"), first
    assert "late" not in first and "after we knew" not in first, first


def test_a_breach_flagged_by_monitoring_counts_from_that_alert_not_from_when_it_began(project, settings, monkeypatch):
    # The copy was open for days before anyone knew: "our security monitoring flagged unusual
    # downloads" at 16:40 is when we knew; the first word at 19:00 was 2 h 20 min after it.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-17T15:00:00+00:00")
    for lang, flagged, knew in (
            ("en", "On 15 December at 16:40, our security monitoring flagged unusual downloads from a copy of our "
                   "order records. Someone had downloaded records from it since 11 December at 22:14.",
             "2 hours 20 minutes after we knew"),
            ("fr", "Le 15 décembre à 16 h 40, notre surveillance a signalé des téléchargements inhabituels depuis une "
                   "copie de nos commandes. Quelqu'un y téléchargeait des dossiers depuis le 11 décembre à 22 h 14.",
             "2 heures et 20 minutes après que nous l'avons su")):
        en = lang == "en"
        text = statement_file(lang=lang, severity="critical", started="2026-12-15 19:00",
                              front="kind: breach\nbegan: 2026-12-11 22:14\n",
                              title="Order records accessed" if en else "Commandes consultées sans autorisation",
                              sections={("Summary" if en else "Résumé"): (
                                  "Someone accessed the order records of our patients. We are sorry." if en else
                                  "Une personne a consulté les commandes de nos patients. Nous en sommes désolés."),
                                  ("What happened" if en else "Ce qui s'est passé"): flagged},
                              updates=(("2026-12-15 19:00", "investigating" if en else "enquête",
                                        "We closed the access at 16:52." if en else "Nous avons fermé l'accès à 16 h 52."),))
        statement = write_statement(project, settings, text,
                                    "2026-12-15-records.md" if en else "2026-12-15-records.fr.md")
        checklist = render_checklist(statement, settings, datetime.fromisoformat("2026-12-17T15:00:00+00:00"))
        first = _item(checklist, "First public word" if en else "Première prise de parole")
        assert knew in first and "began" not in first and "commencé" not in first, first
