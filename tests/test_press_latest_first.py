"""A release written while the story moves: the latest update comes right after the lead, the
account after it under its own heading; a spoken comma splice becomes two sentences; a fact told
to readers ("Vous les recevrez…") is told about them, never quoted as "X indique : « Vous… »"."""

from __future__ import annotations

from generator.rendering.person import french
from generator.rendering.press import render_press_release
from tests.press_support import plain, statement_file, write_statement

SECTIONS = {
    "Summary": "Since 09:12 some card payments fail at checkout. We are sorry, we know the cause, and a fix is "
               "being deployed.",
    "What happened": "At 09:12 a security certificate on our payment gateway expired.",
}
UPDATES = (
    ("2026-09-03 10:50", "monitoring", "Payments are succeeding again in every region."),
    ("2026-09-03 10:05", "identified", "The cause is an expired certificate. A fix is being deployed."),
)


def test_the_latest_update_follows_the_lead_and_the_account_has_its_heading(project, settings):
    text = statement_file(sections=SECTIONS, updates=UPDATES)
    release = plain(render_press_release(write_statement(project, settings, text), settings).markdown)
    latest = release.index("Payments are succeeding again in every region.")
    account = release.index("a security certificate on Calypso Pay's payment gateway expired")
    assert release.index("some card payments fail at checkout") < latest < account
    assert "## What happened" in release[latest:account]
    assert "## Latest update" in release[:latest]


def test_a_single_update_stays_after_the_account(project, settings):
    text = statement_file(sections=SECTIONS, updates=UPDATES[1:])
    release = plain(render_press_release(write_statement(project, settings, text), settings).markdown)
    assert release.index("security certificate on Calypso Pay's payment gateway expired") < release.index(
        "The cause is an expired certificate")
    assert "## What happened" not in release


def test_an_apology_joined_by_a_comma_is_its_own_sentence(project, settings):
    # (No spokesperson: the release tells the apology in its own voice.)
    text = statement_file(sections=SECTIONS, updates=UPDATES, front="")
    release = plain(render_press_release(write_statement(project, settings, text), settings).markdown)
    assert "Calypso Pay apologized. It knows the cause, and a fix is being deployed." in release


def test_without_a_quote_the_spokesperson_is_never_quoted(project, settings):
    # A person is quoted only in the words the statement's Quote section gives them: the summary's
    # apology is the organisation's, and a release that put it in a named person's mouth would
    # invent a quote a journalist may print.
    text = statement_file(sections=SECTIONS, updates=UPDATES,
                          front="spokesperson: {name: Claire Martin, role: Chief Executive Officer}\n")
    release = plain(render_press_release(write_statement(project, settings, text), settings).markdown)
    assert "Claire Martin, chief executive officer of Calypso Pay, said" not in release, release
    assert "Calypso Pay apologized. It knows the cause, and a fix is being deployed." in release


def test_a_fact_told_to_readers_is_told_about_them():
    assert french(["Vous les recevrez sous 3 jours ouvrés."], "Calypso Pay") == [
        "Les personnes concernées les recevront sous 3 jours ouvrés."]
    assert french(["Vous n'avez rien à faire."], "Calypso Pay") == ["Les personnes concernées n'ont rien à faire."]
    assert french(["Vous serez remboursé."], "Calypso Pay") is None  # its participle would need agreeing
    assert french(["Vous recevrez votre carte lundi."], "Calypso Pay") is None  # « leur carte »: whose?
    assert french(["Vous entrez par la porte B."], "Calypso Pay") is None  # a present, not a future


def test_a_cooperative_is_named_as_one_never_the_company():
    from generator.rendering.press import _common_noun, _common_noun_fr

    assert _common_noun("Caisse Boréale") == "the cooperative"
    assert _common_noun_fr("Caisse Boréale") == "la Caisse"
    assert _common_noun("Hartwell Bakery") == "the bakery"
    assert _common_noun("Calypso Pay") == "the company"


def test_a_release_from_canada_ends_on_thirty(project, settings, monkeypatch):
    import dataclasses
    from zoneinfo import ZoneInfo

    canadian = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    text = statement_file(sections=SECTIONS, updates=UPDATES)
    release = render_press_release(write_statement(project, canadian, text), canadian).markdown
    assert release.rstrip().endswith("-30-"), release[-200:]
    assert "###" not in release
    paris = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "-30-" not in paris and paris.rstrip().endswith("###")
