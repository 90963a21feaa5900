"""The media Q&A answers what the statement answers in the authors' own words, even without the
words a rule looks for: a cause told as the fault owned ("should have been taken out of
service"), the UK's health agencies by name, a safeguard in force "since 1 December". Statements
written for these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _qa(project, settings, monkeypatch, text: str, name: str) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    statement = write_statement(project, settings, text, name)
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ")


def _answer(qa: str, question: str) -> str:
    assert question in qa, qa
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def test_a_boil_water_brief_gives_the_owned_cause_and_the_health_agency(project, settings, monkeypatch):
    text = statement_file(front="kind: safety\n", severity="critical", started="2026-12-02 21:30",
                          title="Boil water notice for 18,400 homes in Kelderby", sections={
        "Summary": "Tap water in Kelderby must be boiled before drinking. We are truly sorry.",
        "What happened": "A routine sample contained low levels of Cryptosporidium. With the UK Health Security "
                         "Agency and Kelderby District Council, we issued the boil water notice at 21:30.\n\n"
                         "One of the six filters had had a faulty valve since 27 November and let particles through. "
                         "That filter should have been taken out of service when the valve failed; we did not do so, "
                         "and that was our mistake."},
        updates=(("2026-12-02 21:30", "identified", "Boil your tap water before drinking it."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-02-water.md")
    cause = _answer(qa, "What caused it?")
    assert "should have been taken out of service" in cause and "faulty valve" in cause, cause
    assert "UNANSWERED" not in cause, cause
    authorities = _answer(qa, "Are the health authorities involved?")
    assert "UK Health Security Agency" in authorities and "UNANSWERED" not in authorities, authorities


def test_a_breach_brief_quotes_the_safeguard_in_force_and_never_a_bare_ours_did_not(project, settings, monkeypatch):
    text = statement_file(front="kind: breach\n", severity="critical", started="2026-11-29 14:20",
                          title="Payslips downloaded by an intruder", sections={
        "Summary": "An intruder downloaded the payslips of 38,412 employees. We are sorry.",
        "What happened": "On 25 November an engineer typed their password into a fake login page. An account that "
                         "could read the payslip archive should have required a physical security key. Ours did not.",
        "What we are doing": "- Since 1 December every one of our staff accounts requires a physical security key."},
        updates=(("2026-11-29 16:00", "identified", "We have closed the account."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-11-29-breach.md")
    assert "> Ours did not." not in qa.split("should have required", 1)[0], qa
    again = _answer(qa, "Will it happen again?")
    assert "requires a physical security key" in again and "UNANSWERED" not in again, again


def test_a_fire_brief_gives_the_first_finding_as_cause_and_a_free_crossing_as_more_than_a_refund(
        project, settings, monkeypatch):
    text = statement_file(front="kind: safety\n", severity="critical", started="2026-11-28 16:12",
                          title="Engine-room fire aboard our ferry", sections={
        "Summary": "A fire broke out in the engine room of our ferry. Everyone is safe. Every passenger has been "
                   "refunded in full and will receive a free return crossing. We are truly sorry.",
        "What happened": "The first finding of our engineers and of the ship's classification society is that fuel "
                         "sprayed from a cracked pipe onto a hot exhaust surface."},
        updates=(("2026-11-28 17:05", "investigating", "The crew have put the fire out. We know how frightening "
                                                       "this is and we will update this page by 19:45."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-11-28-fire.md")
    cause = _answer(qa, "What caused it?")
    assert "fuel sprayed from a cracked pipe" in cause and "frightening" not in cause, cause
    assert "offers refunds only" not in _answer(qa, "Will people be compensated?"), qa


def test_has_anyone_fallen_ill_gives_the_confirmed_cases_never_what_the_parasite_can_cause(
        project, settings, monkeypatch):
    text = statement_file(front="kind: safety\n", severity="critical", started="2026-12-02 21:30",
                          title="Boil water notice for 18,400 homes in Kelderby", sections={
        "Summary": "Tap water in Kelderby must be boiled before drinking. We are truly sorry.",
        "What happened": "A routine sample contained Cryptosporidium, a parasite that can cause diarrhoea."},
        updates=(("2026-12-04 08:00", "monitoring", "The UKHSA tells us that 3 people in the area have been "
                                                    "confirmed with cryptosporidiosis since 1 December; if you have "
                                                    "watery diarrhoea, call NHS 111."),
                 ("2026-12-02 21:30", "identified", "Boil your tap water before drinking it.")))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-02-water.md")
    ill = _answer(qa, "Has anyone fallen ill?")
    assert "3 people in the area have been confirmed" in ill and "can cause" not in ill, ill
