"""A checklist read hours or days into a crisis starts with what is to do now: the deadlines
already passed come next, to check, and what is done last. It asks for what the statement
needs from people outside the crisis room: the instruction our front-line colleagues were
given reaches every one of them, the organisation whose help line we give is told, and an offer
open until tonight is decided on before it ends. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-01T12:00:00+01:00")


def _outage(project, settings, lang: str = "en"):  # type: ignore[no-untyped-def]
    if lang == "fr":
        sections = {"Résumé": "Depuis 5 h 50, les valideurs de nos cars refusent les cartes bancaires. Si le valideur "
                              "refuse votre carte, montez quand même : vous pouvez voyager sans titre jusqu'à la fin du "
                              "service ce soir. Nous vous prions de nous excuser.",
                    "Ce que nous faisons": "- Nos contrôleurs ont pour consigne de ne dresser aucune amende aujourd'hui."}
        updates = (("2026-12-01 06:40", "identifié", "Nous revenons à la version précédente du serveur."),)
        name = "2026-12-01-valideurs.fr.md"
    else:
        sections = {"Summary": "Since 05:50 the validators on our coaches refuse bank cards. If the validator refuses "
                               "your card, board anyway: you may travel without a ticket until the end of service "
                               "tonight. We apologise.",
                    "What we are doing": "- Our inspectors have been told not to fine anyone today."}
        updates = (("2026-12-01 06:40", "identified", "We are going back to the previous server version."),)
        name = "2026-12-01-validators.md"
    text = statement_file(lang=lang, title="Validators refuse bank cards", severity="major", started="2026-12-01 06:40",
                          front="began: 2026-12-01 05:50\n", sections=sections, updates=updates)
    return write_statement(project, settings, text, name)


def test_what_is_to_do_now_comes_before_the_deadlines_passed_and_what_is_done(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    checklist = render_checklist(_outage(project, settings), settings, NOW)
    now, check, done = (checklist.index(h) for h in (
        "\n## To do now\n", "\n## Deadline passed: check it was done\n", "\n## Done\n"))
    assert now < check < done, checklist
    assert "Confirm the facts" in checklist[check:done] and "- [x]" not in checklist[:done], checklist
    assert "- [ ]" not in checklist[done:], checklist


def test_front_line_staff_get_the_instruction_and_an_offer_until_tonight_is_decided_on(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    checklist = render_checklist(_outage(project, settings), settings, NOW)
    now = checklist.split("\n## To do now\n", 1)[1].split("\n## ", 1)[0]
    assert "Make sure every colleague on the ground has the instruction the statement gives, on every site and " \
           "shift: “Our inspectors have been told not to fine anyone today.”" in now, now
    assert "Keep the public offer “If the validator refuses your card, board anyway: you may travel without a " \
           "ticket until the end of service tonight.” (“Summary”) and decide before it ends whether to extend it" in now
    french = render_checklist(_outage(project, settings, "fr"), settings, NOW).replace("\u202f", " ").replace("\u00a0", " ")
    assert "« Nos contrôleurs ont pour consigne de ne dresser aucune amende aujourd'hui. »" in french, french
    assert "décidez avant son terme s'il faut la prolonger" in french, french


def test_the_organisation_whose_help_line_we_give_is_told_but_not_the_emergency_services(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(title="Our advert imitated domestic-abuse campaigns", severity="major",
                          started="2026-11-25 22:30", front="kind: incident\n", sections={
                              "Summary": "Our advert imitated domestic-abuse campaigns. We removed it and we are sorry.",
                              "What you should do": "- If the advert brought back painful memories, call the National "
                                                    "Domestic Abuse Helpline on 0808 2000 247. If you are in danger, "
                                                    "call 999.\n- You can also call our customer line on 0800 123 456."},
                          updates=(("2026-11-25 22:30", "identified", "We have withdrawn the advert."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-25-advert.md"), settings, NOW)
    assert "Tell the organisation whose line the statement gives that we are sending people to it: “If the advert " \
           "brought back painful memories, call the National Domestic Abuse Helpline on 0808 2000 247." in checklist
    assert checklist.count("Tell the organisation whose line") == 1, checklist


def test_our_own_line_and_the_emergency_number_need_no_warning(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    text = statement_file(title="Fire at our depot", severity="major", started="2026-11-25 22:30", front="kind: safety\n",
                          sections={"Summary": "A fire broke out at our depot. No one was hurt.",
                                    "What you should do": "- If you smell smoke, call the Fire Service on 999.\n- Call "
                                                          "the Calypso Pay Helpline on 0800 123 456."},
                          updates=(("2026-11-25 22:30", "identified", "The fire is out."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-25-fire.md"), settings, NOW)
    assert "Tell the organisation whose line" not in checklist, checklist


def test_each_person_hurt_is_called_and_the_step_is_ticked_when_the_statement_says_so(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    step = "Call each person hurt: how they are, what they need, and one named contact of ours until they are home."
    for summary, ticked in (("A panel fell on the balcony during the concert; two people were hurt.", False),
                            ("A panel fell on the balcony during the concert; two people were hurt. We are in touch "
                             "with the two people hurt and are covering all their costs.", True),
                            ("A panel fell on the balcony during the concert. No one was hurt.", None)):
        text = statement_file(title="Panel fell at our concert hall", severity="major", started="2026-11-28 22:00",
                              front="kind: safety\n", sections={"Summary": summary},
                              updates=(("2026-11-28 22:00", "identified", "The hall is closed."),))
        checklist = render_checklist(write_statement(project, settings, text, "2026-11-28-panel.md"), settings, NOW)
        if ticked is None:
            assert step not in checklist, checklist
        else:
            assert f"- [{'x' if ticked else ' '}] {step}" in checklist, checklist
