"""An outage still on: the first post carries what people must do meanwhile beside the news
("If the ticket machine refuses your card, board anyway."), and what that earns them ("You may
travel without a ticket…") opens the next post. Statements written for these tests."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-03T09:30:00+01:00")

SUMMARY = {
    "en": ("Since 06:10 CET on Thursday 3 December, a fault in our fare system has stopped card payments at the "
           "ticket machines of all 14 of our tram stations. We are sorry. If the ticket machine refuses your card, "
           "board anyway: you may travel without a ticket until midnight and no inspector will fine you. The fault "
           "follows a change we made last night."),
    "fr": ("Depuis 6 h 10 ce jeudi 3 décembre, une panne de notre système de billettique empêche de payer par carte "
           "aux distributeurs de nos 14 stations de tramway. Nous en sommes désolés. Si le distributeur refuse votre "
           "carte, montez quand même : vous pouvez voyager sans titre jusqu'à minuit et aucun contrôleur ne vous "
           "verbalisera. La panne suit une modification faite cette nuit."),
}
TITLE = {"en": "Card payments refused at tram ticket machines", "fr": "Paiement par carte refusé aux distributeurs"}
ADVICE = {
    "en": ("- If you were fined for travelling without a ticket today, send us the fine's reference and we will "
           "cancel it.\n- If your card was charged and no ticket came out, the money will go back to your card within "
           "5 working days.\n- For any question, call our customer line on 03 20 41 55 00, every day from 07:00 to "
           "21:00."),
    "fr": ("- Si vous avez été verbalisé pour absence de titre aujourd'hui, envoyez-nous la référence de l'amende : "
           "nous l'annulerons.\n- Si votre carte a été débitée sans qu'un titre soit délivré, l'argent reviendra sur "
           "votre carte sous 5 jours ouvrés.\n- Pour toute question, appelez notre service clients au 03 20 41 55 00, "
           "tous les jours de 7 h à 21 h."),
}
HEAD = {"en": "If the ticket machine refuses your card, board anyway.",
        "fr": "Si le distributeur refuse votre carte, montez quand même."}
REST = {"en": "You may travel without a ticket until midnight", "fr": "Vous pouvez voyager sans titre jusqu'à minuit"}


def _announcement(project, settings, monkeypatch, lang: str, channel: str, status: str = "identified"):
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    # A site X takes for a link (23 characters): the sample's ".example" address it does not.
    settings = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    heading, advice = ("Summary", "What you should do") if lang == "en" else ("Résumé", "Ce que vous pouvez faire")
    word = status if lang == "en" else {"identified": "identifié", "resolved": "résolu"}[status]
    text = statement_file(lang=lang, title=TITLE[lang], severity="major", started="2026-12-03 06:40", front="",
                          sections={heading: SUMMARY[lang], advice: ADVICE[lang]}, updates=(("2026-12-03 06:40", word, "—"),))
    name = "2026-12-03-tram.md" if lang == "en" else "2026-12-03-tram.fr.md"
    statement = write_statement(project, settings, text.replace("\n—\n", "\nWe are on it.\n"), name)
    return next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "announcement")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("channel", ["x", "mastodon"])
def test_the_first_post_tells_people_what_to_do_meanwhile(project, settings, monkeypatch, lang, channel):
    copy = _announcement(project, settings, monkeypatch, lang, channel)
    first, whole = copy.parts[0], "\n".join(copy.parts)
    assert len(copy.parts) > 1, copy.parts  # (a thread: what the first post carries was chosen)
    assert HEAD[lang] in first, first
    assert SUMMARY[lang].split(",")[0] in first, first  # beside the news
    assert ("We are sorry." if lang == "en" else "Nous en sommes désolés.") in first, first  # and the apology
    # What it earns them follows the instruction, said once.
    assert whole.count(REST[lang]) == 1 and whole.index(REST[lang]) > whole.index(HEAD[lang]), copy.parts


def test_once_resolved_the_advice_stays_whole(project, settings, monkeypatch):
    copy = _announcement(project, settings, monkeypatch, "en", "x", status="resolved")
    assert HEAD["en"] not in "\n".join(copy.parts)
    assert "board anyway: you may travel" in "\n".join(copy.parts)
