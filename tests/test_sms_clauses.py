"""An SMS cut to fit never starts a sentence on what it has lost: not on a relative clause
("Which started on a stand in hall 4, was put out…"), not on "the other coaches" whose count
was in the sentence it dropped. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement


def _sms(project, settings, monkeypatch, summary: str, updates, started="2026-11-28 14:45") -> list[str]:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T22:00:00+01:00")
    text = statement_file(title="Fire at the OUTDOORA show: three halls evacuated", severity="major",
                          started=started, front="", sections={"Summary": summary}, updates=updates)
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    copies = render_copies(statement, settings, ["sms"], datetime.fromisoformat("2026-11-28T22:00:00+01:00"))
    return ["\n".join(c.parts) for c in copies]


def test_an_sms_never_opens_a_sentence_on_a_relative_clause(project, settings, monkeypatch):
    summary = ("On Saturday 28 November at 14:12 CET, a fire on a stand at the OUTDOORA show in Lyon forced the "
               "evacuation of three halls and injured seven people, two of whom were taken to hospital; all are now "
               "home. About 11,000 visitors and exhibitors were evacuated from halls 3, 4 and 5, and the fire, which "
               "started on a stand in hall 4, was put out at 14:31. If you were in hall 3, 4 or 5 and have had a cough "
               "since Saturday, see a doctor. We apologise to the exhibitors and visitors whose show was cut short.")
    for sms in _sms(project, settings, monkeypatch, summary, (("2026-11-28 14:45", "investigating", "Halls closed."),)):
        assert "Which started" not in sms and "which started" not in sms.split(": ", 1)[1][:15], sms
        assert not sms.rstrip().split(" https")[0].endswith("and the fire."), sms


def test_the_other_coaches_travel_with_the_count_they_lean_on(project, settings, monkeypatch):
    update = ("The previous version of our ticketing server has been back in service since 09:40. At 10:30, 118 of "
              "our 214 coaches accepted contactless payment again. On the other coaches you may travel without a "
              "ticket until the end of service tonight and you will not be fined.")
    for sms in _sms(project, settings, monkeypatch, "Our ticketing app fails since 05:50. We are sorry.",
                    (("2026-11-28 10:30", "identified", update), ("2026-11-28 06:40", "investigating", "We know.")),
                    started="2026-11-28 06:40"):
        if "other coaches" in sms:
            assert "118 of our 214 coaches" in sms, sms


def _french_sms(project, settings, monkeypatch, update: str, organisation: str | None = None) -> str:
    import dataclasses

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T18:00:00+01:00")
    if organisation:
        settings = dataclasses.replace(settings, organisation=organisation, organisation_names={})
    text = statement_file(lang="fr", title="Virements en euros bloqués", severity="minor", started="2026-11-30 10:15",
                          front="", sections={"Résumé": "Nos virements en euros sont bloqués depuis 9 h. Nous vous "
                                                        "prions de nous excuser."},
                          updates=(("2026-11-30 10:15", "analyse", update),))
    statement = write_statement(project, settings, text, "2026-11-30-test.fr.md")
    copies = render_copies(statement, settings, ["sms"], datetime.fromisoformat("2026-11-30T18:00:00+01:00"))
    return next("\n".join(c.parts) for c in copies if c.kind == "update")


def test_advice_that_leans_on_the_news_goes_right_after_it(project, settings, monkeypatch):
    sms = _french_sms(project, settings, monkeypatch,
                      "Depuis 9 h 00 GMT (10 h 00, heure de Paris) ce lundi 30 novembre, les virements en euros émis "
                      "depuis les comptes en euros ne partent pas vers les banques de leurs bénéficiaires. Ils sont "
                      "bien enregistrés et ne sont pas perdus : ne les refaites pas, vous risqueriez de payer deux "
                      "fois. Les virements en livres sterling fonctionnent normalement. Prochain point avant 13 h 00 GMT.")
    assert "ne partent pas vers les banques de leurs bénéficiaires. Ne les refaites pas" in sms, sms


def test_the_words_that_announce_a_cause_go_before_what_people_must_do(project, settings, monkeypatch):
    sms = _french_sms(project, settings, monkeypatch,
                      "Nous avons trouvé la cause : depuis une mise à jour de notre logiciel de paiements installée le "
                      "samedi 28 novembre, nos fichiers de virements en euros sont rejetés par la chambre de "
                      "compensation à cause d'un champ mal formaté. Nous corrigeons ce format. Les montants ont été "
                      "débités de vos comptes mais ne sont pas perdus : ne refaites pas vos virements.")
    assert "à cause d'un champ mal formaté" in sms and "Ne refaites pas vos virements." in sms, sms


def test_a_banks_text_carries_no_link(project, settings, monkeypatch):
    sms = _french_sms(project, settings, monkeypatch, "Les virements en euros sont bloqués. Ne les refaites pas.",
                      organisation="Harbourline Bank")
    assert "https://" not in sms and "/s/" not in sms, sms
    # Nor a bare address: a phone makes a link of it.
    assert "status.calypso-pay.example" not in sms and "Plus d'infos sur notre site." in sms, sms


@pytest.mark.parametrize("organisation", ["Caisse Boréale", "Northshore Credit Union", "Volksbank Mittelland"])
def test_a_credit_unions_text_carries_no_link_either(project, settings, monkeypatch, organisation):
    # A caisse populaire or a credit union is a bank to its members, and to those who phish them.
    sms = _french_sms(project, settings, monkeypatch, "Les virements en euros sont bloqués. Ne les refaites pas.",
                      organisation=organisation)
    assert "https://" not in sms and "status.calypso-pay.example" not in sms, sms


BREACH_FR = ("Entre le 20 et le 24 novembre 2026, des criminels ont copié, avec les identifiants volés d'un salarié, les "
             "données personnelles et bancaires de 3 412 clients crédit immobilier et épargne de Harbourline. Méfiez-vous "
             "de tout appel, SMS ou e-mail se présentant comme venant de nous : nous ne vous demanderons jamais votre mot "
             "de passe, votre code secret ou un code à usage unique, ni de déplacer de l'argent. Nous vous présentons "
             "nos excuses : protéger ces informations était notre responsabilité.")
ADVICE_FR = ("Nous ne vous demanderons jamais votre mot de passe, votre code secret, le numéro complet de votre carte ou un "
             "code à usage unique, et nous ne vous demanderons jamais de virer de l'argent sur un autre compte.")


@pytest.fixture
def breach_fr(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-26T12:00:00+01:00")
    text = statement_file(lang="fr", title="Données personnelles et bancaires de 3 412 clients consultées",
                          severity="critical", started="2026-11-25 10:00", front="",
                          sections={"Résumé": BREACH_FR, "Ce que vous pouvez faire": ADVICE_FR},
                          updates=(("2026-11-25 10:00", "analyse", "Nous écrivons à chaque client concerné."),))
    statement = write_statement(project, settings, text, "2026-11-25-test.fr.md")
    return render_copies(statement, settings, ["sms", "x", "bluesky"], datetime.fromisoformat("2026-11-26T12:00:00+01:00"))


def test_a_breach_sms_keeps_the_line_against_scams_in_french_too(breach_fr):
    sms = next("\n".join(c.parts) for c in breach_fr if c.channel == "sms" and c.kind == "announcement")
    assert "jamais votre mot de passe" in sms, sms
    assert ": données personnelles" in sms.replace("\u00a0", " "), sms  # no capital after the sender's colon


def test_a_thread_gives_the_line_against_scams_once(breach_fr):
    for copy in (c for c in breach_fr if c.channel in ("x", "bluesky") and c.kind == "announcement"):
        assert "\n".join(copy.parts).count("demanderons jamais") == 1, copy.parts


def test_a_recall_sms_says_why_names_each_lot_once_and_its_sender_once(project, settings, monkeypatch):
    import dataclasses

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    real = dataclasses.replace(settings, organisation="Fromagerie Bellecombe", organisation_names={},
                               short_name="Bellecombe")
    summary = ("La Fromagerie Bellecombe rappelle trois lots de raclette tranchée en barquette de 400 g (L2631A, "
               "L2631B, L2632A), vendus depuis le 13 novembre en France et en Belgique, car ils peuvent contenir la "
               "bactérie Listeria monocytogenes. Ne consommez pas ces barquettes : rapportez-les au magasin où vous les "
               "avez achetées pour être remboursé, ou jetez-les. Nous présentons nos excuses à nos clients.")
    text = statement_file(lang="fr", title="Rappel de raclette tranchée Bellecombe", severity="critical",
                          started="2026-11-27 17:30", front="kind: recall\n", sections={"Résumé": summary},
                          updates=(("2026-11-27 17:30", "identifié", "Les magasins retirent les barquettes."),))
    statement = write_statement(project, real, text, "2026-11-27-test.fr.md")
    sms = next("\n".join(c.parts) for c in render_copies(statement, real, ["sms"], datetime.fromisoformat(
        "2026-11-28T12:00:00+01:00")) if c.kind == "announcement").replace("\u00a0", " ")
    assert "Listeria" in sms, sms
    assert sms.count("L2632A") == 1, sms
    assert not sms.startswith("Bellecombe :"), sms


def test_a_french_update_sms_names_a_zone_other_than_paris_and_never_chains_two_colons(project, settings, monkeypatch):
    import dataclasses
    from zoneinfo import ZoneInfo

    jersey = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Jersey"))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T18:00:00+00:00")
    text = statement_file(lang="fr", title="Données de clients copiées", severity="critical", started="2026-11-30 10:15",
                          front="", sections={"Résumé": "Des criminels ont copié les données de 1 180 clients. Nous vous "
                                                        "présentons nos excuses."},
                          updates=(("2026-11-30 18:00", "identifié", "Nous savons comment les criminels sont entrés : "
                                                                    "ils ont utilisé les identifiants volés d'un salarié."),
                                   ("2026-11-30 10:15", "analyse", "Nous enquêtons.")))
    statement = write_statement(project, jersey, text, "2026-11-30-test.fr.md")
    sms = next("\n".join(c.parts) for c in render_copies(statement, jersey, ["sms"], datetime.fromisoformat(
        "2026-11-30T18:00:00+00:00")) if c.kind == "update" and c.update_at == statement.updates[0].at)
    sms = sms.replace("\u00a0", " ").replace("\u202f", " ")
    assert "18 h GMT" in sms and "Paris" not in sms, sms
    # One colon, the author's: the sender's line ends as a sentence, and the sentence keeps its own
    # colon (never a semicolon in its place, never a hyphen followed by a capital).
    assert "18 h GMT. Nous savons comment les criminels sont entrés : ils ont utilisé" in sms, sms
    assert sms.split(" https")[0].count(":") == 1, sms


def test_after_a_bad_buzz_an_update_sms_carries_its_apology(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-25T23:00:00+00:00")
    text = statement_file(title="Our Black Friday advert imitated domestic-abuse campaigns: we withdrew it",
                          severity="major", started="2026-11-25 22:30", front="",
                          sections={"Summary": "We posted an advert that imitated domestic-abuse campaigns. We are sorry."},
                          updates=(("2026-11-25 22:30", "investigating",
                                    "At 18:00 today we posted a Black Friday advert on Instagram, TikTok and X that "
                                    "imitated domestic-abuse awareness campaigns, on the International Day for the "
                                    "Elimination of Violence against Women. It was wrong and offensive, and we removed it "
                                    "at 22:15. We are sorry, above all to anyone who has lived through abuse. We are "
                                    "finding out how it was approved."),))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    sms = next("\n".join(c.parts) for c in render_copies(statement, settings, ["sms"], datetime.fromisoformat(
        "2026-11-25T23:00:00+00:00")) if c.kind == "update")
    assert "sorry" in sms, sms
    assert "It was wrong and offensive." not in sms, sms  # never without "and we removed it"
