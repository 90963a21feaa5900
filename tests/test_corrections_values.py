"""A correction of a date written in figures ("09/01/2027, not 19/01/2027") changes that date
and nothing else in what the documents say now: the consumer line's hours "from 09:00 to
19:00" (« de 9 h à 19 h ») stay as they were; a corrected lot code changes no date or time
that shares its digits, and a corrected figure takes its places with it. The update's copies
stay as they were sent, the correction told in copies of its own. Statements written for these
tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.brief import Brief
from generator.rendering.channels import render_copies
from tests.press_support import assert_sent_as_written, plain, statement_file, write_statement

CASES = {
    "en": ("Fromagerie Bellecombe is recalling lot L2631B, use by 19/01/2027. Do not eat it. Consumer line: "
           "04 65 71 22 80, 7 days a week from 09:00 to 19:00.",
           "The use-by date of lot L2631B is 09/01/2027, not 19/01/2027 as stated on 27 November.",
           "from 09:00 to 19:00"),
    "fr": ("La Fromagerie Bellecombe rappelle le lot L2631B, DLC 19/01/2027. Ne le consommez pas. Service "
           "consommateurs : 04 65 71 22 80, 7 jours sur 7 de 9 h à 19 h.",
           "La DLC du lot L2631B est le 09/01/2027, et non le 19/01/2027 comme indiqué le 27 novembre.",
           "de 9 h à 19 h"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_corrected_date_in_figures_changes_that_date_only_in_what_we_say_now(project, settings, monkeypatch, lang):
    update, correction, hours = CASES[lang]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    heading = "Correction" if lang == "en" else "Rectificatif"
    text = statement_file(lang=lang, title="Raclette recall" if lang == "en" else "Rappel de raclette",
                          severity="critical", started="2026-11-27 17:30", front="",
                          sections={"Summary" if lang == "en" else "Résumé": update},
                          updates=(("2026-11-27 17:30", "identified" if lang == "en" else "identifié",
                                    f"{update}\n\n#### {heading} · 2026-11-28 09:15\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    now = datetime.fromisoformat("2026-11-28T12:00:00+01:00")
    said = plain(" ".join(Brief(statement, settings, now).kept_sentences(statement.updates[0])))
    assert hours in said, said
    assert "09/01/2027" in said and "19/01/2027" not in said, said
    assert "de 9 h à 09 h" not in said and "09:00 to 09:00" not in said, said
    # The copies of the update say the date it said, with its hours; the correction's, the right date.
    copies = render_copies(statement, settings, ["facebook", "linkedin", "mastodon"], now)
    assert_sent_as_written(copies, statement.updates[0], ["19/01/2027", hours], ["09/01/2027"])


LOT_CASES = {
    "en": ("We are recalling the Lune teething ring, lots N2609-14, N2610-03 and N2610-12. We sold 6,840 rings "
           "from 12 September. Next update by 12:00 on Monday 30 November.",
           "The third lot is N2610-21, not N2610-12.", "from 12 September", "12:00 on Monday 30 November"),
    "fr": ("Nous rappelons l'anneau Lune, lots N2609-14, N2610-03 et N2610-12. Nous avons vendu 6 840 anneaux "
           "depuis le 12 septembre. Prochaine mise à jour d'ici le lundi 30 novembre à 12 h.",
           "Le troisième lot est le N2610-21, et non le N2610-12.", "depuis le 12 septembre",
           "lundi 30 novembre à 12 h"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_corrected_lot_code_changes_that_code_only_never_a_date_or_a_time_in_what_we_say_now(
        project, settings, monkeypatch, lang):
    # "N2610-21, not N2610-12": the "12" of "12 September" and of "12:00" is no lot.
    update, correction, date, time = LOT_CASES[lang]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    heading = "Correction" if lang == "en" else "Rectificatif"
    text = statement_file(lang=lang, title="Teething ring recall" if lang == "en" else "Rappel d'anneau",
                          severity="major", started="2026-11-27 16:00", front="",
                          sections={"Summary" if lang == "en" else "Résumé": update},
                          updates=(("2026-11-27 16:00", "identified" if lang == "en" else "identifié",
                                    f"{update}\n\n#### {heading} · 2026-11-28 09:15\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    now = datetime.fromisoformat("2026-11-28T12:00:00+01:00")
    said = plain(" ".join(Brief(statement, settings, now).kept_sentences(statement.updates[0])))
    assert "N2610-21" in said and "N2610-12" not in said, said
    assert date in said and time in said, said
    assert "21 September" not in said and "21 septembre" not in said and "21 h" not in said, said
    copies = render_copies(statement, settings, ["facebook", "mastodon"], now)
    assert_sent_as_written(copies, statement.updates[0], ["N2610-12", date], ["N2610-21"])


def test_a_corrected_figure_with_its_places_is_replaced_whole_in_what_we_say_now(project, settings, monkeypatch):
    # « 238 000 clients de Nantes, Rennes et Angers, et non 212 000 clients de Nantes et Rennes »:
    # never the new figure beside the old places, a pair that was never true.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    update = ("Samedi soir, nous avons envoyé à 212\u202f000 clients de Nantes et Rennes une notification les "
              "incitant à commander. Nous avons eu tort, et nous présentons nos excuses aux livreurs.")
    correction = ("La notification a été envoyée à 238\u202f000 clients de Nantes, Rennes et Angers, et non à "
                  "212\u202f000 clients de Nantes et Rennes.")
    text = statement_file(lang="fr", title="Notre promotion pendant la tempête", severity="major",
                          started="2026-11-29 16:30", front="", sections={"Résumé": update},
                          updates=(("2026-11-29 16:30", "identifié",
                                    f"{update}\n\n#### Rectificatif · 2026-11-30 10:05\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-11-29-test.fr.md")
    now = datetime.fromisoformat("2026-11-30T12:00:00+01:00")
    said = plain(" ".join(Brief(statement, settings, now).kept_sentences(statement.updates[0])))
    assert "238 000 clients de Nantes, Rennes et Angers" in said, said
    assert "212 000" not in said and "Nantes et Rennes" not in said, said
    copies = render_copies(statement, settings, ["facebook", "mastodon", "sms"], now)
    assert_sent_as_written(copies, statement.updates[0], ["212 000 clients de Nantes et Rennes"],
                           ["238 000 clients de Nantes, Rennes et Angers"])


def test_a_figure_in_brackets_beside_the_corrected_one_is_an_aside(project, settings, monkeypatch):
    # « Environ 2 150 ménages (quelque 4 900 habitants) sont concernés, et non 1 450 »: the
    # households are put right; « 4 900 ménages » was never said by anyone.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    update = "Environ 1\u202f450 ménages sont concernés. Faites bouillir l'eau du robinet avant de la boire."
    correction = ("Environ 2\u202f150 ménages (quelque 4\u202f900 habitants) sont concernés, et non 1\u202f450 : le "
                  "quartier des Prés n'avait pas été compté.")
    text = statement_file(lang="fr", title="Eau à faire bouillir", severity="major", started="2026-12-02 11:00",
                          front="", sections={"Résumé": "L'eau doit être bouillie. Nous sommes désolés."},
                          updates=(("2026-12-02 18:00", "identifié",
                                    f"{update}\n\n#### Rectificatif · 2026-12-03 09:00\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-12-02-test.fr.md")
    now = datetime.fromisoformat("2026-12-04T12:00:00+01:00")
    said = plain(" ".join(Brief(statement, settings, now).kept_sentences(statement.updates[0])))
    assert "2 150 ménages" in said and "4 900 ménages" not in said, said


@pytest.mark.parametrize("lang, update, correction, new", [
    ("fr", "Depuis 7 h 40, environ 41 000 paiements par carte de débit ont été refusés.",
     "Entre 7 h 40 et 12 h 05, 63 500 paiements par carte de débit ont été refusés, et non 41 000 comme nous "
     "l'avions écrit. Le premier chiffre ne comptait pas les paiements refusés dans les commerces qui passent par "
     "un autre réseau.", "63 500"),
    ("en", "Since 7:40 a.m., about 41,000 debit card payments have been declined.",
     "Between 7:40 a.m. and 12:05 p.m., 63,500 debit card payments were declined, not 41,000 as we wrote. The first "
     "figure did not count payments declined at stores that use another network.", "63,500")])
def test_a_correction_that_changes_what_a_figure_counts_never_rewrites_the_old_sentence(
        project, settings, monkeypatch, lang, update, correction, new):
    # The right figure counts another window and more stores: "Since 7:40, about 63,500…" at
    # 9:30 would be false. Both languages keep the old sentence out of what is said now.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00-05:00")
    heading = "Rectificatif" if lang == "fr" else "Correction"
    text = statement_file(lang=lang, title="Panne des cartes de débit" if lang == "fr" else "Debit card outage",
                          severity="major", started="2026-11-27 09:30", front="",
                          sections={("Résumé" if lang == "fr" else "Summary"): "Nos cartes de débit ne fonctionnent "
                                    "pas. Nous sommes désolés." if lang == "fr" else "Our debit cards fail. We are sorry."},
                          updates=(("2026-11-27 09:30", "identifié" if lang == "fr" else "identified",
                                    f"{update}\n\n#### {heading} · 2026-11-28 10:00\n{correction}"),))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    now = datetime.fromisoformat("2026-11-28T12:00:00-05:00")
    said = plain(" ".join(Brief(statement, settings, now).kept_sentences(statement.updates[0])))
    assert new not in said.split(correction[:20])[0], said
