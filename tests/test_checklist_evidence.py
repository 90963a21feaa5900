"""The checklist ticks a step the statement shows done, in the words teams really write: "we
reported the breach to the police", « sont informés » of the veterinary services, "board
anyway: you will not be fined" as a workaround. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _step(project, settings, monkeypatch, *, lang="en", title, sections, updates, step: str, front: str = "",
          item: bool = False) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    text = statement_file(lang=lang, title=title, severity="critical", started="2026-11-27 09:00", front=front,
                          sections=sections, updates=updates)
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"].replace("\u00a0", " ")
    line = next(line for line in checklist.splitlines() if step in line)
    if item:  # the step with its notes
        return line + checklist.split(line, 1)[1].split("\n- [", 1)[0]
    return line


@pytest.mark.parametrize("said", ["We reported the breach this morning to the Information Commissioner and to the police.",
                                  "The police have been told and we have filed a complaint.",
                                  "A complaint has been filed with the Montréal police (SPVM)."])
def test_a_breach_reported_to_the_police_ticks_the_police_step(project, settings, monkeypatch, said):
    line = _step(project, settings, monkeypatch, title="Personal data of 1,180 customers accessed",
                 sections={"Summary": "Criminals accessed the personal data of 1,180 customers: names, addresses and "
                                      "account numbers. We are sorry."},
                 updates=(("2026-11-27 10:00", "investigating", said),), step="Report it to the police")
    assert line.startswith("- [x]"), line


def test_veterinary_services_informed_tick_the_recall_authority_step(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, lang="fr", title="Rappel de raclette tranchée",
                 sections={"Résumé": "Nous rappelons deux lots de raclette tranchée (Listeria). Ne les consommez pas."},
                 updates=(("2026-11-27 10:00", "identifié", "Les services vétérinaires de l'État en Savoie et l'AFSCA "
                                                             "en Belgique sont informés et suivent le rappel."),),
                 step="publiez l'avis de rappel", item=True)
    # Half of the step: the authority is told, the official notice is not said to be out.
    assert line.startswith("- [ ]") and "Fait en partie, selon la déclaration : « Les services vétérinaires" in line \
        and "Vérifiez le reste : la fiche de rappel officielle est publiée" in line, line


def test_cooperating_with_investigators_is_half_of_telling_the_inspectorate(project, settings, monkeypatch):
    step = "Inform the labour inspectorate"
    sections = {"Summary": "A fire broke out in hall 4 of our show at 14:12. Seven people were hurt, including one of "
                           "our staff. We are deeply sorry.",
                "What we are doing": "- We are cooperating fully with the investigators."}
    updates = (("2026-11-27 10:00", "monitoring", "The fire is out."),)
    line = _step(project, settings, monkeypatch, title="Fire in hall 4 of our show", sections=sections,
                 updates=updates, step=step, item=True, front="kind: safety\n")
    assert line.startswith("- [ ]") and "Check the rest: the labour inspectorate and the local authorities" in line, line
    sections["What we are doing"] += "\n- We have informed the labour inspectorate and the prefecture."
    line = _step(project, settings, monkeypatch, title="Fire in hall 4 of our show", sections=sections,
                 updates=updates, step=step, front="kind: safety\n")
    assert line.startswith("- [x]"), line


def test_boarding_without_a_ticket_is_the_workaround_of_a_ticketing_outage(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, title="Ticketing app and contactless payment down",
                 sections={"Summary": "Since 05:50 our app sells no tickets and validators refuse cards. We are sorry.",
                           "What you should do": "If the validator refuses your card, board anyway: you will not be "
                                                 "fined."},
                 updates=(("2026-11-27 10:00", "investigating", "We are looking for the cause."),),
                 step="Give a workaround")
    assert line.startswith("- [x]"), line


@pytest.mark.parametrize("role, step", [("Directeur de l'exploitation", "Give a workaround"),
                                        ("Chief Operating Officer", "Give a workaround"),
                                        ("Head of Corporate Affairs", "Pause scheduled posts")])
def test_steps_go_to_the_crisis_team_member_whose_role_does_them(project, settings, monkeypatch, role, step):
    from dataclasses import replace

    from generator.core.model import TeamMember

    team = replace(settings, crisis_team=(TeamMember(name="Yann Corre", role=role, phone="+33 2 61 91 40 02",
                                                     email="y.corre@example.com"),))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    text = statement_file(title="Ticketing app down", severity="critical", started="2026-11-27 09:00", front="",
                          sections={"Summary": "Since 05:50 our app sells no tickets. We are sorry."},
                          updates=(("2026-11-27 10:00", "investigating", "We are looking for the cause."),))
    statement = write_statement(project, team, text, "2026-11-27-test.md")
    checklist = {d.kind: d.text for d in render_documents(statement, team)}["checklist"]
    after = checklist.split(step, 1)[1].split("\n- [", 1)[0]
    assert f"Owner: Yann Corre ({role})" in after, after


@pytest.mark.parametrize("status, back", [("identified", False), ("monitoring", True)])
def test_service_back_is_ticked_only_once_the_status_says_so(project, settings, monkeypatch, status, back):
    line = _step(project, settings, monkeypatch, title="Ticketing app and contactless payment down",
                 sections={"Summary": "Since 05:50 our app sells no tickets and validators refuse cards. We are sorry."},
                 updates=(("2026-11-27 10:30", status, "The app is working again since 10:05. 96 of our 214 coaches "
                                                       "still refuse contactless cards."),
                          ("2026-11-27 09:00", "investigating", "We are looking for the cause.")),
                 step="Say when service is back")
    assert line.startswith("- [x]" if back else "- [ ]"), line


@pytest.mark.parametrize("step", ["Pause scheduled posts", "Change how posts are approved"])
def test_an_advert_withdrawn_everywhere_and_a_review_panel_tick_their_steps(project, settings, monkeypatch, step):
    line = _step(project, settings, monkeypatch, title="Our advert was offensive: we withdrew it and apologise",
                 sections={"Summary": "Our Black Friday advert made light of domestic abuse, and we are sorry. We removed "
                                      "it at 22:15 and cancelled its use in our stores and in an e-mail to 1.8 million "
                                      "customers.",
                           "What we are doing": "- Every advert is now reviewed before publication by a panel of three "
                                                "people, one of them from outside marketing."},
                 updates=(("2026-11-27 10:00", "monitoring", "The advert is down everywhere."),), step=step,
                 front="kind: incident\n")
    assert line.startswith("- [x]"), line


def test_a_step_whose_role_nobody_holds_goes_to_a_named_person(project, settings, monkeypatch):
    from dataclasses import replace

    from generator.core.model import TeamMember

    team = replace(settings, crisis_team=(TeamMember(name="Étienne Bellecombe", role="Président"),
                                          TeamMember(name="Nadia Ferrand", role="Responsable qualité"),
                                          TeamMember(name="Anne Vuillermet", role="Responsable communication")))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    text = statement_file(title="Recall of sliced raclette", severity="critical", started="2026-11-27 09:00",
                          front="kind: recall\n", sections={"Summary": "We are recalling two lots of sliced raclette "
                                                                       "(Listeria). Do not eat them."},
                          updates=(("2026-11-27 10:00", "identified", "The lots are L2631A and L2631B."),))
    statement = write_statement(project, team, text, "2026-11-27-test.md")
    checklist = {d.kind: d.text for d in render_documents(statement, team)}["checklist"]

    def owner(step: str) -> str:
        return checklist.split(step, 1)[1].split("\n- [", 1)[0].split("Owner: ", 1)[1].split("\n", 1)[0]

    # The food-safety authority is the quality manager's to tell; the refunds, with no sales
    # director nor customer service in the team, go to operations (here quality), never to the
    # press office; nothing is left to "Legal counsel" nobody is.
    assert owner("Inform the product-safety authority") == "Nadia Ferrand (Responsable qualité)"
    assert owner("Set up returns, refunds") == "Nadia Ferrand (Responsable qualité)"
    # With a sales director, the returns, the refunds and the withdrawal from shops are his.
    sales = replace(team, crisis_team=(*team.crisis_team, TeamMember(name="Julien Perrier", role="Directeur commercial")))
    with_sales = {d.kind: d.text for d in render_documents(write_statement(project, sales, text, "2026-11-27-test.md"),
                                                            sales)}["checklist"]
    for step in ("Set up returns, refunds", "Stop sales and withdraw"):
        assert with_sales.split(step, 1)[1].split("\n- [", 1)[0].split("Owner: ", 1)[1].startswith("Julien Perrier"), step
    assert "Owner: Legal counsel" not in checklist and "Owner: Head of customer service" not in checklist, checklist


@pytest.mark.parametrize(("step", "said"), [
    ("Agree on the advice with the health authority", "With the UK Health Security Agency (UKHSA) and the council, we "
                                                       "issued the boil water notice at 21:30."),
    ("Protect the most vulnerable", "We have delivered bottled water to all 1,184 households on our Priority "
                                    "Services Register."),
    ("Follow the reported cases of illness", "The UKHSA tells us that 3 people in the area have been confirmed with "
                                             "cryptosporidiosis; if you have diarrhoea, call NHS 111."),
])
def test_a_boil_water_notice_in_the_uk_shows_its_health_steps_done(project, settings, monkeypatch, step, said):
    line = _step(project, settings, monkeypatch, title="Boil water notice for 18,400 homes in Kelderby",
                 front="kind: safety\n",
                 sections={"Summary": "Tap water in Kelderby must be boiled before drinking. We are truly sorry."},
                 updates=(("2026-11-27 10:00", "identified", said),), step=step)
    assert line.startswith("- [x]"), line


def test_informing_the_accident_investigation_bureau_is_half_of_telling_the_inspectorate(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, lang="fr", title="Incendie d'un autocar sur l'A43",
                 sections={"Résumé": "Un de nos autocars a pris feu sur l'A43 ; trois passagers ont été blessés. Nous "
                                     "sommes profondément désolés.",
                           "Ce que nous faisons": "- L'enquête de la gendarmerie est en cours ; nous avons informé le "
                                                  "Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT)."},
                 updates=(("2026-11-27 10:00", "identifié", "Le feu est éteint."),), step="Informez l'inspection du travail",
                 item=True, front="kind: safety\n")
    # Its own French sentence shows it: never "done, according to the English statement".
    assert "Fait en partie, selon la déclaration : « L'enquête de la gendarmerie" in line.replace("’", "'"), line


@pytest.mark.parametrize(("step", "said"), [
    ("Dites quels symptômes surveiller", "En cas de diarrhée, de vomissements ou de fièvre, contactez votre médecin "
                                         "ou la Centrale des médecins de garde au 0848 133 133."),
])
def test_a_swiss_boil_water_notice_shows_what_to_watch_for(project, settings, monkeypatch, step, said):
    line = _step(project, settings, monkeypatch, lang="fr", title="Eau à faire bouillir à Grandcour",
                 front="kind: safety\n", sections={"Résumé": "L'eau du robinet doit être bouillie avant d'être bue. "
                                                             "Nous sommes désolés."},
                 updates=(("2026-11-27 10:00", "identifié", said),), step=step)
    assert line.startswith("- [x]"), line


def test_saying_what_will_lift_the_advice_is_half_of_the_lifting_step(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, lang="fr", title="Eau à faire bouillir à Grandcour",
                 front="kind: safety\n", sections={"Résumé": "L'eau du robinet doit être bouillie avant d'être bue. "
                                                             "Nous sommes désolés."},
                 updates=(("2026-11-27 10:00", "identifié", "L'avis ne sera levé qu'après deux séries d'analyses "
                                                             "conformes, avec l'accord du chimiste cantonal."),),
                 step="Dites ce qui permettra de lever la consigne", item=True)
    assert line.startswith("- [ ]") and "Fait en partie" in line and "la levée est annoncée" in line, line


def test_a_recall_that_names_its_help_lines_shows_whom_to_call(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, title="Flapjack Bites recalled: they may contain peanuts",
                 front="kind: recall\n", sections={
                     "Summary": "We are recalling two lots of our Flapjack Bites: they may contain peanuts. If you "
                                "have a peanut allergy, do not eat them. We are sorry.",
                     "What you should do": "- If you have eaten one and feel unwell, call NHS 111, or 999 in an "
                                           "emergency.\n- Questions: call our customer line on 0800 048 2216."},
                 updates=(("2026-11-27 10:00", "identified", "We have stopped selling them."),),
                 step="Tell people who have the product what to watch for")
    assert line.startswith("- [x]"), line


def test_the_clock_starts_on_the_evening_the_statement_says_we_found_out(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    text = statement_file(title="Flapjack Bites recalled: they may contain peanuts", severity="critical",
                          started="2026-11-29 08:30", front="kind: recall\nbegan: 2026-11-25 06:00\n", sections={
                              "Summary": "We are recalling two lots of our Flapjack Bites: they may contain peanuts. "
                                         "We are sorry.",
                              "What happened": "On 25 November a batch was packed in the wrong packaging. We found "
                                               "out on the evening of 28 November, when a parent called us."},
                          updates=(("2026-11-29 08:30", "identified", "We have stopped selling them."),))
    statement = write_statement(project, settings, text, "2026-11-29-recall.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"].replace("\u00a0", " ")
    # Not "4 days after the problem began": the clock runs from when we knew.
    assert "after the problem began" not in checklist and "the evening of 28 November" in checklist, checklist


def test_an_evening_is_said_as_an_evening_never_as_a_time_the_statement_does_not_give(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    text = statement_file(title="Flapjack Bites recalled: they may contain peanuts", severity="critical",
                          started="2026-11-29 08:30", front="kind: recall\nbegan: 2026-11-25 06:00\n", sections={
                              "Summary": "We are recalling two lots of our Flapjack Bites: they may contain peanuts. "
                                         "We are sorry.",
                              "What happened": "On 25 November a batch was packed in the wrong packaging. We found "
                                               "out on the evening of 28 November, when a parent called us."},
                          updates=(("2026-11-29 08:30", "identified", "We have stopped selling them."),))
    statement = write_statement(project, settings, text, "2026-11-29-recall.md")
    documents = {d.kind: d.text.replace("\u00a0", " ") for d in render_documents(statement, settings)}
    for kind in ("checklist", "qa"):
        assert "the evening of 28 November" in documents[kind], documents[kind]
        assert "28 November at 18:00" not in documents[kind] and "18:00 GMT" not in documents[kind], documents[kind]


def test_a_breach_checklist_finds_its_own_words_for_telling_people_and_closing_access(project, settings, monkeypatch):
    # « un e-mail, ou à défaut un SMS » tells people (an SMS in capitals is no authority); "We
    # closed access at 11:05" closes the access. Never "done, according to the other statement".
    item = _step(project, settings, monkeypatch, lang="fr", title="Fuite de données des acheteurs",
                 front="kind: breach\n",
                 sections={"Résumé": "Les coordonnées de 9 400 acheteurs ont été exposées. Nous en sommes désolés.",
                           "Ce que nous faisons": "- Chaque personne concernée a reçu un e-mail, ou à défaut un SMS, "
                                                  "lui indiquant les données exposées."},
                 updates=(("2026-11-27 10:00", "identifié", "Nous avons fermé l'accès à 9 h 40."),),
                 step="Prévenez chaque personne", item=True)
    assert item.startswith("- [x]") and "a reçu un e-mail, ou à défaut un SMS" in item, item
    line = _step(project, settings, monkeypatch, title="Buyers' data exposed", front="kind: breach\n",
                 sections={"Summary": "The contact details of 9,400 buyers were exposed. We are sorry."},
                 updates=(("2026-11-27 10:00", "identified", "We closed access at 09:40."),), step="Close the access")
    assert line.startswith("- [x]"), line


def test_work_the_statement_reports_in_its_own_words_is_ticked(project, settings, monkeypatch):
    # "We've notified the Office for Product Safety and Standards (OPSS)" and "…has now published
    # this recall" tell the authority and publish the notice; "call us on 0800…" is a line open;
    # "We've refunded the second payment" pays people back. A team asked to do again what it did
    # stops trusting its checklist.
    from generator.rendering.documents.checklist import render_checklist

    now = datetime.fromisoformat("2026-12-10T15:00:00+00:00")
    monkeypatch.setenv("ONEVOICE_NOW", now.isoformat())
    recall = statement_file(
        title="Safety recall: some Brightway kettles can overheat", severity="major", started="2026-12-09 16:00",
        front="kind: recall\n", sections={
            "Summary": "We're recalling about 9,400 kettles, because a fault in the base can make them overheat. "
                       "Unplug them and order a free replacement. We're sorry.",
            "What we are doing": "- We've notified the Office for Product Safety and Standards (OPSS).",
            "What you should do": "- Order your free replacement at brightway.example/kettle, or call us on "
                                  "0800 555 0142 (8am to 8pm, every day)."},
        updates=(("2026-12-10 11:30", "identified", "The Office for Product Safety and Standards has now published "
                                                    "this recall on its website."),
                 ("2026-12-09 16:00", "identified", "We're recalling Brightway kettles of lots K2211 and K2212.")))
    checklist = render_checklist(write_statement(project, settings, recall, "2026-12-09-kettles.md"), settings, now)
    assert "- [x] Inform the product-safety authority" in checklist, checklist
    assert "- [x] Tell people who have the product what to watch for and whom to call" in checklist, checklist
    billing = statement_file(
        title="Direct Debit taken twice", severity="major", started="2026-12-07 14:05", sections={
            "Summary": "On Monday 7 December we took December's Direct Debit twice from 62,300 customers. That was "
                       "our mistake, and we're sorry.",
            "What we are doing": "- We've refunded the second payment in full to every customer affected."},
        updates=(("2026-12-08 12:10", "identified", "Next update by noon tomorrow."),))
    checklist = render_checklist(write_statement(project, settings, billing, "2026-12-07-twice.md"), settings, now)
    assert "- [x] Pay back or pay out the right amount to everyone affected" in checklist, checklist


def test_switching_off_what_resent_the_payments_is_the_control_that_stops_it(project, settings, monkeypatch):
    line = _step(project, settings, monkeypatch, title="December Direct Debit taken twice",
                 sections={"Summary": "Some December Direct Debits were taken twice because a payment file was sent "
                                      "to our bank twice. We're sorry.",
                           "What we are doing": "- We've switched off the automatic resending of payment files."},
                 updates=(("2026-11-27 10:40", "identified", "We know the cause."),),
                 step="Add the control that stops it happening again")
    assert line.startswith("- [x]"), line


def test_letters_that_go_out_tomorrow_are_not_yet_sent(project, settings, monkeypatch):
    # "We are writing to each person affected" in the quote is the plan that "What we are doing"
    # dates to tomorrow (read on 28 November): the step stays open.
    line = _step(project, settings, monkeypatch, front="kind: breach\n", title="Order records accessed",
                 sections={"Summary": "Someone accessed the order records of 3,100 customers. We are sorry.",
                           "What we are doing": "We closed the access. We are writing to every customer concerned, "
                                                "by e-mail and by letter, from 29 November.",
                           "Quote": "\"We failed to protect your records. We are writing to each person affected.\""},
                 updates=(("2026-11-27 09:00", "identified",
                           "Letters go out from tomorrow, 29 November, to every customer concerned."),),
                 step="Tell each person whose data is involved")
    assert line.startswith("- [ ]"), line


@pytest.mark.parametrize("lang,said", [
    ("en", "We have called each of the 41 passengers."),
    ("fr", "Nous avons appelé chacun des 41 passagers."),
])
def test_calling_every_passenger_is_calling_each_person_hurt(project, settings, monkeypatch, lang, said):
    en = lang == "en"
    line = _step(project, settings, monkeypatch, lang=lang, front="kind: safety\n",
                 title="Cable car stopped with 41 passengers on board" if en else "Téléphérique arrêté avec 41 passagers",
                 sections={("Summary" if en else "Résumé"): (
                     "Our cable car stopped for two hours with 41 passengers on board; two were slightly hurt. We are "
                     "sorry." if en else "Notre téléphérique s'est arrêté deux heures avec 41 passagers à bord ; deux "
                     "ont été légèrement blessés. Nous en sommes désolés."),
                     ("What we are doing" if en else "Ce que nous faisons"): said},
                 updates=(("2026-11-27 09:00", "identified" if en else "identifié",
                           "All passengers are on the ground." if en else "Tous les passagers sont au sol."),),
                 step="Call each person hurt" if en else "Appelez chaque personne blessée")
    assert line.startswith("- [x]"), line
