"""Each checklist step goes to the member of the crisis team who does that work (the head of
information security closes the access, the ticketing manager says when service is back, the
marketing director changes how adverts are approved, the people director protects the
colleagues involved), and a closed crisis under inquiry publishes the inquiry's findings, not
a review "within two weeks". Statements and teams written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from generator.core.model import TeamMember
from generator.rendering.documents.checklist import render_checklist
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-11-30T12:00:00+01:00")


def _owner(checklist: str, step: str) -> str:
    return checklist.split(step, 1)[1].split("\n- [", 1)[0].split("Owner: ", 1)[1].split("\n", 1)[0]


def test_each_step_goes_to_who_does_that_work(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    team = replace(settings, crisis_team=(
        TeamMember("Ann Lee", "Chief Executive"), TeamMember("Tom Vibert", "Head of Communications"),
        TeamMember("Claire Quesne", "Chief Operating Officer"), TeamMember("Gareth Pallot", "Head of Information Security"),
        TeamMember("Loïc Hamon", "Ticketing Manager"), TeamMember("Dan Whitlock", "Marketing Director"),
        TeamMember("Rosa Lind", "People Director")))
    breach = write_statement(project, team, statement_file(
        title="Member files copied", severity="critical", started="2026-11-27 10:00", front="kind: breach\n",
        sections={"Summary": "Criminals copied the files of 2,300 members. We are sorry."},
        updates=(("2026-11-27 10:00", "identified", "We closed their access."),)), "2026-11-27-breach.md")
    assert _owner(render_checklist(breach, team, NOW), "Close the access").startswith("Gareth Pallot")
    outage = write_statement(project, team, statement_file(
        title="Ticket machines down", severity="major", started="2026-11-29 06:40",
        sections={"Summary": "Our ticket machines refuse cards. We are sorry."},
        updates=(("2026-11-29 06:40", "identified", "We are rolling back last night's update."),)), "2026-11-29-outage.md")
    assert _owner(render_checklist(outage, team, NOW), "Say when service is back").startswith("Loïc Hamon")
    advert = write_statement(project, team, statement_file(
        title="Our Black Friday advert", severity="major", started="2026-11-27 22:30", front="",
        sections={"Summary": "We posted an advert that mocked people sleeping rough. It was cruel, and we are sorry. "
                             "We removed it at 22:15."},
        updates=(("2026-11-27 22:30", "resolved", "The advert is down everywhere."),)), "2026-11-27-advert.md")
    checklist = render_checklist(advert, team, NOW)
    assert _owner(checklist, "Change how posts are approved").startswith("Dan Whitlock"), checklist
    assert _owner(checklist, "Protect the colleagues involved").startswith("Rosa Lind"), checklist


def test_a_closed_crisis_under_inquiry_publishes_its_findings_not_a_review_in_two_weeks(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    for lang, title, summary, update, expected in (
            ("en", "Fire at our trade show", "A fire on a stand injured seven people; all are home. The police are "
                                             "investigating the cause, and we will publish its findings as soon as we "
                                             "receive them.", "The show is over.",
             "Once the inquiry concludes: publish its findings and what changes."),
            ("fr", "Incendie au salon", "Un incendie sur un stand a fait sept blessés, tous rentrés chez eux. "
                                        "L'origine de l'incendie fait l'objet d'une enquête ; nous en publierons les "
                                        "conclusions dès qu'elles nous seront communiquées.", "Le salon est terminé.",
             "Une fois l'enquête conclue : publiez ses conclusions et ce qui change.")):
        text = statement_file(lang=lang, title=title, severity="major", started="2026-11-28 14:45",
                              front="kind: safety\n", sections={("Summary" if lang == "en" else "Résumé"): summary},
                              updates=(("2026-11-29 19:00", "resolved" if lang == "en" else "résolu", update),))
        statement = write_statement(project, settings, text, "2026-11-28-fire.md" if lang == "en" else "2026-11-28-fire.fr.md")
        checklist = render_checklist(statement, settings, NOW).replace("\u00a0", " ").replace("\u202f", " ")
        assert expected in checklist.replace("’", "'"), checklist
        assert "within two weeks" not in checklist and "sous deux semaines" not in checklist, checklist


def test_each_public_promise_goes_to_who_keeps_it(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    team = replace(settings, crisis_team=(
        TeamMember("Ann Lee", "Chief Executive"), TeamMember("Tom Vibert", "Head of Communications"),
        TeamMember("Rosa Lind", "People Director"), TeamMember("Sam Ode", "Head of Customer Service")))
    advert = write_statement(project, team, statement_file(
        title="Our advert imitated abuse campaigns", severity="major", started="2026-11-27 10:00",
        front="kind: incident\n", sections={
            "Summary": "Our advert imitated abuse campaigns. We are sorry.",
            "What we are doing": "- Our 46 marketing colleagues will complete training by 18 December.\n"
                                 "- Customers who bought the advertised bundle will be refunded by 10 December."},
        updates=(("2026-11-27 10:00", "identified", "We withdrew the advert."),)), "2026-11-27-advert.md")
    checklist = render_checklist(advert, team, NOW)
    assert _owner(checklist, "will complete training").startswith("Rosa Lind"), checklist
    assert _owner(checklist, "will be refunded").startswith("Sam Ode"), checklist
