"""The first post of a thread leads with the news when the news fits there, even after the
worst is over ("…injured seven people; all are now home"): never a secondary sentence ("About
11,000 visitors were evacuated…") in its place. An apology joined to another clause ("Our
thoughts are with the people hurt, and we apologise to the exhibitors…") is never cut before to
whom it goes: "…, and we apologise." would read as an apology for the injuries. Statements
written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NEWS = ("On Saturday 28 November at 14:12 CET, a fire on a stand at the OUTDOORA show in Lyon forced the evacuation "
        "of three halls and injured seven people, two of whom were taken to hospital; all are now home.")
SUMMARY = (f"{NEWS} About 11,000 visitors and exhibitors were evacuated from halls 3, 4 and 5, and the fire, which "
           "started on a stand in hall 4, was put out at 14:31. Our first thoughts are with the people who were hurt, "
           "and we apologise to the exhibitors and visitors whose show was cut short.")
ADVICE = ("If you were in hall 3, 4 or 5 and have had a cough, difficulty breathing or headaches since Saturday, see a "
          "doctor. In an emergency, call 112.")


@pytest.fixture
def copies(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    text = statement_file(title="Fire at the OUTDOORA show on 28 November: three halls evacuated, seven people injured",
                          severity="major", started="2026-11-28 14:45", front="",
                          sections={"Summary": SUMMARY, "What you should do": ADVICE},
                          updates=(("2026-11-30 11:00", "resolved", "All seven people are now home."),
                                   ("2026-11-28 14:45", "investigating", "Three halls are being evacuated.")))
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    return render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"],
                         datetime.fromisoformat("2026-11-30T12:00:00+01:00"))


def test_the_news_leads_the_first_post_when_it_fits(copies):
    for copy in (c for c in copies if c.kind == "announcement" and c.channel == "bluesky"):
        assert copy.parts[0].startswith(NEWS), copy.parts[0]


def test_an_apology_joined_to_another_clause_keeps_to_whom_it_goes(copies):
    for copy in (c for c in copies if c.kind == "announcement"):
        said = "\n".join(copy.parts)
        assert "hurt, and we apologise." not in said, (copy.channel, said)


def test_a_thread_never_ends_on_a_post_of_one_short_line(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T15:00:00+01:00")
    update = ("A fire broke out at 14:12 on a stand in hall 4. If you are on site, follow the security staff's "
              "instructions and do not go back towards halls 3, 4 and 5. Halls 3, 4 and 5 were evacuated between 14:13 "
              "and 14:24. The fire has been out since 14:31. Four people with minor injuries are being treated by the "
              "fire service. Halls 1, 2 and 6 remain open. If you are looking for someone, the meeting point is on the "
              "forecourt of entrance A. Next update at 16:30.")
    text = statement_file(title="Fire at the OUTDOORA show: halls evacuated", severity="major", front="",
                          started="2026-11-28 14:45", sections={"Summary": "A fire broke out at our show. We are sorry."},
                          updates=(("2026-11-28 14:45", "investigating", update),))
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    copies = render_copies(statement, settings, ["bluesky", "x", "facebook"],
                           datetime.fromisoformat("2026-11-28T15:00:00+01:00"))
    for copy in (c for c in copies if c.kind == "update" and c.channel in ("bluesky", "x")):
        if len(copy.parts) >= 3:
            last = copy.parts[-1].rsplit("\n", 1)[0].strip()  # without its counter
            assert "\n" in last or len(last) >= 60, (copy.channel, copy.parts)
    facebook = next(c for c in copies if c.kind == "update" and c.channel == "facebook")
    assert "/ Please" not in facebook.parts[0] and "/\nPlease do not post" in facebook.parts[0], facebook.parts[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_apology_says_its_own_words_beside_the_news_and_its_reason_next(project, settings, monkeypatch, lang):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    news, sorry, words, reason = {
        "en": ("Between 20 and 24 November 2026, criminals used an employee's stolen login to copy the personal and "
               "account details of 3,412 of our mortgage and savings customers.",
               "We are sorry: it was our job to protect this information, and we did not do it well enough.",
               "We are sorry.", "It was our job to protect this information"),
        "fr": ("Entre le 20 et le 24 novembre 2026, des criminels ont copié "
               "les données personnelles et bancaires de 3 412 de nos clients crédit immobilier et épargne.",
               "Nous vous présentons nos excuses : protéger ces informations était notre responsabilité, et nous ne "
               "l'avons pas assez bien fait.",
               "Nous vous présentons nos excuses.", "Protéger ces informations était notre responsabilité"),
    }[lang]
    text = statement_file(lang=lang, title="Customer data accessed" if lang == "en" else "Données clients copiées",
                          front="kind: breach\n", started="2026-11-25 10:00",
                          sections={("Summary" if lang == "en" else "Résumé"): f"{news} {sorry}"},
                          updates=(("2026-11-25 10:00", "identified" if lang == "en" else "identifié",
                                    "We are writing to each customer." if lang == "en" else
                                    "Nous écrivons à chaque client."),))
    statement = write_statement(project, settings, text, "2026-11-25-test.md" if lang == "en" else "2026-11-25-test.fr.md")
    posts = next(c for c in render_copies(statement, settings, ["x"]) if c.kind == "announcement").parts
    first = posts[0].replace("’", "'")
    assert news.split(",")[0] in first and words in first, posts
    assert any(reason in p.replace("’", "'") for p in posts[1:]), posts
    assert sum(p.count(words.rstrip(".")) for p in posts) == 1, posts  # one apology, said once


def test_a_breach_apology_after_the_news_stays_in_the_first_post(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    news = ("Du 30 novembre au 1er décembre, un pirate a pu lire les dossiers de crédit de 2 317 membres, numéros "
            "d'assurance sociale compris, dans la messagerie d'une employée.")
    summary = (f"{news} Nous sommes désolés. Chaque membre touché reçoit un appel et une lettre, et nous lui offrons "
               "cinq ans de surveillance du crédit gratuitement.")
    advice = ("Méfiez-vous des appels, courriels ou textos qui parlent de cet incident. Nous ne vous demanderons "
              "jamais votre NIP, votre mot de passe ni un code envoyé par texto.")
    text = statement_file(lang="fr", title="Accès non autorisé à une messagerie", severity="major", front="kind: breach\n",
                          started="2026-12-02 10:00", sections={"Résumé": summary, "Ce que vous pouvez faire": advice},
                          updates=(("2026-12-02 10:00", "identifié", "Nous avons bloqué l'accès."),))
    statement = write_statement(project, settings, text, "2026-12-02-test.fr.md")
    for copy in render_copies(statement, settings, ["x", "bluesky"], datetime.fromisoformat("2026-12-04T12:00:00+01:00")):
        if copy.kind == "announcement":
            assert news in copy.parts[0] and "Nous sommes désolés." in copy.parts[0], (copy.channel, copy.parts)


def test_a_breach_thread_says_what_we_never_ask_beside_the_warning(project, settings, monkeypatch):
    # "Be wary of calls about this incident." alone tells people what to fear, not how to know.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    advice = ("- Be wary of calls, emails or texts about this incident. We will never ask for your PIN, your password "
              "or a code sent to you by text.\n- To check whether you are affected: 0800 555 0177.")
    text = statement_file(title="Unauthorized access to an email inbox", severity="major", front="kind: breach\n",
                          started="2026-12-02 10:00",
                          sections={"Summary": "A hacker could read the mortgage files of 2,317 members. We are sorry.",
                                    "What you should do": advice},
                          updates=(("2026-12-02 10:00", "identified", "We blocked the access."),))
    statement = write_statement(project, settings, text, "2026-12-02-test.md")
    for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"],
                              datetime.fromisoformat("2026-12-04T12:00:00+01:00")):
        if copy.kind == "announcement":
            assert "We will never ask for your PIN" in "\n".join(copy.parts), (copy.channel, copy.parts)


def test_the_first_post_apologises_and_keeps_advice_whole_with_its_reason(project, settings, monkeypatch):
    # The apology told in one group with the news, and advice whose reason says "then": the
    # first post says sorry, and "…would then go unpaid" never opens a later post alone.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-08T12:00:00+00:00")
    summary = ("On Monday 7 December we took the December bill twice from 18,200 customers. That was our mistake, and "
               "we're sorry: for some of you it meant going overdrawn in the run-up to Christmas. We sent every second "
               "payment back on Tuesday 8 December.")
    advice = "Please don't cancel your Direct Debit: your next bill would then go unpaid."
    text = statement_file(title="December bill taken twice", severity="major", started="2026-12-07 10:40", front="",
                          sections={"Summary": summary, "What you should do": advice},
                          updates=(("2026-12-07 10:40", "investigating", "We are looking into double payments."),))
    statement = write_statement(project, settings, text, "2026-12-07-test.md")
    for copy in render_copies(statement, settings, ["x", "bluesky"], datetime.fromisoformat("2026-12-08T12:00:00+00:00")):
        if copy.kind != "announcement":
            continue
        assert "we're sorry" in copy.parts[0], copy.parts
        assert not any(part.startswith("Your next bill") for part in copy.parts), copy.parts
