"""What a release says in its own voice, checked on statements written for these tests: our
own account is never hearsay, AP dates after a weekday take their commas, the organisation is
named once per sentence (and in French once per paragraph), an earlier update is told without
its advice, and the line that ends the body always names its day (an advert taken down is closed, not resolved)."""

from __future__ import annotations

import re

from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement

FIRE = {"Summary": "On Saturday 5 September at 14:12, a fire on a stand at the Lyon show injured three people. Our first "
                   "thoughts are with the people who were hurt, and we apologise to the exhibitors whose show was cut "
                   "short."}


def _release(project, settings, monkeypatch, *, sections, updates, front="", started="2026-09-05 14:45",
             title="Fire at our Lyon show"):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+02:00")
    text = statement_file(front=front, started=started, sections=sections, updates=updates, title=title)
    return render_press_release(write_statement(project, settings, text, "2026-09-05-test.md"), settings)


def test_an_english_lead_states_our_account_and_attributes_it_at_its_end(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, sections=FIRE,
                       updates=(("2026-09-05 14:45", "identified", "The fire is out."),)).text
    assert "— On Saturday, Sept. 5, at 2:12 p.m., a fire on a stand" in release, release
    assert "injured three people, Calypso Pay said." in release, release
    assert "said that" not in release, release


def test_the_organisation_is_named_once_in_a_sentence(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, sections=FIRE,
                       updates=(("2026-09-05 14:45", "identified", "The fire is out."),)).text
    sentence = next(s for s in release.replace("\n", " ").split(". ") if "first thoughts" in s)
    assert sentence.count("Calypso Pay") == 1, sentence
    assert ", and it apologi" in sentence, sentence


def test_an_earlier_update_is_told_without_its_advice_which_would_read_as_current(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, sections=FIRE, updates=(
        ("2026-09-06 09:00", "monitoring", "The halls reopened at 09:00."),
        ("2026-09-05 16:30", "identified", "Two visitors were treated on site. Please do not come back for your "
                                           "belongings today: we are gathering them and will tell you where to "
                                           "collect them.")))
    line = next(line for line in release.text.splitlines() if "Two visitors" in line)
    assert "belongings" not in release.text, release.text
    assert "advises" not in line, line


def test_the_line_on_the_next_update_ends_the_body_below_the_dateline(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, sections=FIRE, front="next_update: 2026-09-08 18:00\n",
                       updates=(("2026-09-08 10:00", "identified", "The halls reopen tomorrow."),)).text
    line = "Next update by 6 p.m. CEST on Sept. 8."
    assert line in release, release
    assert release.index("— On Saturday") < release.index(line) < release.index("About "), release


def test_a_french_release_names_the_organisation_once_a_paragraph_and_varies_its_openings(project, settings,
                                                                                          monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+02:00")
    text = statement_file(lang="fr", front="", started="2026-09-05 14:45", title="Données clients consultées",
                          sections={"Résumé": "Le 5 septembre, quelqu'un a consulté les données de 300 clients. "
                                              "Nous présentons nos excuses.",
                                    "Ce que nous faisons": "Nous avons coupé l'accès le 5 septembre à 16 h.\n\n"
                                                           "Nous avons prévenu la CNIL le 6 septembre.\n\n"
                                                           "Nous avons écrit à chaque client. Nous offrons à chacun "
                                                           "un an de surveillance gratuite."},
                          updates=(("2026-09-06 09:00", "identifié", "Nous avons prévenu la CNIL."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-05-test.fr.md"), settings).text
    paragraphs = [p.replace("\u00a0", " ") for p in release.split("\n\n")]
    cut = next(p for p in paragraphs if "coupé l’accès" in p)
    told = next(p for p in paragraphs if "prévenu la CNIL le 6" in p)
    wrote = next(p for p in paragraphs if "écrit à chaque client" in p)
    # (The paragraph before them opens with the name: « Calypso Pay présente ses excuses. »)
    assert cut.startswith("L’entreprise a coupé"), release
    assert told.startswith("Calypso Pay a prévenu"), release
    assert wrote.startswith("L’entreprise a écrit à chaque client. Elle offre à chacun"), release


def test_the_closing_line_names_its_day_and_an_advert_taken_down_is_closed(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, front="kind: incident\n", title="Our advert mocking wheelchair users",
                       sections={
        "Summary": "On 5 September we posted an advert that mocked people who use wheelchairs. It was offensive, we "
                   "removed it at 16:00 and we are sorry."},
        updates=(("2026-09-07 10:00", "resolved", "We have changed how every advert is approved."),
                 ("2026-09-05 16:30", "identified", "We removed the advert at 16:00.")))
    assert "Final update 10 a.m. CEST on Sept. 7." in release.text, release.text
    assert "Resolved." not in release.text, release.text


def test_a_french_release_dates_this_afternoon_and_tonight(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+02:00")
    text = statement_file(lang="fr", front="", started="2026-09-05 14:45", title="Incendie à notre salon de Lyon",
                          sections={"Résumé": "Le samedi 5 septembre, un incendie a blessé trois personnes à notre salon "
                                              "de Lyon. Nous présentons nos excuses aux exposants."},
                          updates=(("2026-09-06 09:00", "surveillance", "Les halls ont rouvert à 9 h."),
                                   ("2026-09-05 21:00", "identifié", "La visiteuse hospitalisée cet après-midi est rentrée "
                                                                     "chez elle ; le salarié blessé reste en observation "
                                                                     "cette nuit.")))
    release = render_press_release(write_statement(project, settings, text, "2026-09-05-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "hospitalisée le 5 septembre après-midi" in release, release
    assert "en observation dans la nuit du 5 au 6 septembre" in release, release


def test_a_release_from_the_uk_follows_british_conventions_and_capitalises_a_numbered_hall(project, settings,
                                                                                         monkeypatch):
    # A Leeds organisation's journalists write "5 September 2026", "14:45" and "organises": AP's
    # "Sept. 5" and "organizes" read as an American agency's copy.
    import dataclasses
    from zoneinfo import ZoneInfo

    leeds = dataclasses.replace(settings, timezone=ZoneInfo("Europe/London"), location={"en": "Leeds"},
                                about={**settings.about, "en": "Calypso Pay organises nine shows a year."})
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+01:00")
    text = statement_file(front="", started="2026-09-05 14:45", title="Fire at our Leeds show", sections={
        "Summary": "On Saturday 5 September, a fire in hall 4 injured three people. Halls 3, 4 and 5 were evacuated. "
                   "We apologise to the exhibitors."}, updates=(("2026-09-05 16:00", "identified", "The fire is out."),))
    release = render_press_release(write_statement(project, leeds, text, "2026-09-05-test.md"), leeds).text
    assert "LEEDS, 5 September 2026 — On Saturday 5 September, a fire" in release, release[:400]
    assert "a fire in Hall 4" in release and "Halls 3, 4 and 5 were evacuated" in release, release
    assert "Calypso Pay organises nine shows a year." in release, release  # one spelling, British, throughout
    assert "Sept." not in release and "a.m." not in release and "p.m." not in release, release
    assert release.rstrip().endswith("ENDS"), release[-200:]


def test_a_recall_lists_its_lots_right_after_the_lead_and_heads_the_background(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+02:00")
    text = statement_file(front="kind: recall\n", started="2026-09-05 14:45", title="Smoked salmon recall", sections={
        "Summary": "We are recalling two lots of smoked salmon (L1, L2) because Listeria was found in them. We are "
                   "sorry.",
        "What happened": "On 4 September, one of our own tests found Listeria in a pack of lot L1.\n\n"
                         "The two lots amount to 9,000 packs.",
        "Recalled lots": "| Product | Lot | Use by |\n|---|---|---|\n| Smoked salmon 200 g | L1 | 20/09/2026 |\n"
                         "| Smoked salmon 200 g | L2 | 21/09/2026 |"},
        updates=(("2026-09-05 16:00", "identified", "We are recalling two lots."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-05-test.md"), settings).markdown
    lots, background = release.index("Lot: L1"), release.index("one of Calypso Pay's own tests")
    assert lots < background, release
    assert release.index("## What happened") < background and release.index("## What happened") > lots, release


def test_a_release_says_the_bank_where_it_said_the_company_and_keeps_one_french_time_style(project, settings,
                                                                                         monkeypatch):
    import dataclasses

    bank = dataclasses.replace(settings, organisation_names={"en": "Calypso Bank", "fr": "Calypso Bank"})
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-08T12:00:00+02:00")
    text = statement_file(front="", started="2026-09-05 14:45", title="Customer files copied", sections={
        "Summary": "Criminals copied the files of 300 customers. We apologise to you: protecting them was our job.",
        "What happened": "We are sorry to you for the worry this causes.",
        "What we are doing": "We wrote to every customer. Our helpline has answered 2,160 calls since 5 September. We "
                             "have found no fraudulent payment."},
        updates=(("2026-09-05 16:00", "identified", "We blocked their access. Fourteen customers have told us about "
                                                    "fake calls: please hang up on any such call and ring us on the "
                                                    "number on your card."),))
    release = render_press_release(write_statement(project, bank, text, "2026-09-05-test.md"), bank).text
    assert "The bank said:" in release and "The company said:" not in release, release
    # ("It has found…" after "The bank's helpline…" would make the helpline the finder.)
    assert "The bank's helpline has answered" in release and "It has found" not in release, release
    assert "please hang up" not in release.split("What people should do")[0], release  # no order in the prose
    assert "Fourteen customers have told the bank about fake calls." in release, release
    assert "advises: fourteen" not in release.lower(), release  # the fact once, the order alone after "advises"
    # (After the lead, AP's second reference, "the bank", as the name.)
    assert re.search(r"(?:Calypso Bank|The bank) advises: hang up on any such call", release), release
    text = statement_file(lang="fr", front="", started="2026-09-05 14:45", title="Fichiers copiés", sections={
        "Résumé": "Des criminels ont copié les fichiers de 300 clients à 14 h 00. Nous vous présentons nos excuses.",
        "Ce que nous faisons": "Nous avons coupé leur accès à 15 h."},
        updates=(("2026-09-05 16:00", "identifié", "Nous avons coupé leur accès."),))
    release = render_press_release(write_statement(project, bank, text, "2026-09-05-test.fr.md"), bank).text
    assert "h 00" not in release.replace("\u00a0", " ").replace("\u202f", " "), release


def test_a_french_sentence_after_a_closing_quote_opens_with_a_capital_and_the_next_update_is_said_once(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-05T12:00:00+02:00")
    text = statement_file(lang="fr", front="next_update: 2026-09-05 18:00\n", started="2026-09-05 09:00",
                          title="Virements bloqués", sections={
        "Résumé": "Des virements sont restés bloqués chez nous. Si un créancier vous a facturé des frais, envoyez-nous "
                  "le justificatif : nous vous les rembourserons. Nous présentons nos excuses pour ce retard."},
        updates=(("2026-09-05 10:00", "identifié", "Nous corrigeons le format. Prochain point à 18 h."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-05-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "» l’entreprise" not in release and "» la banque" not in release, release
    assert release.count("Prochain point") == 1, release


def test_a_product_that_carries_our_name_keeps_it_and_british_times_keep_their_minutes(project, settings,
                                                                                       monkeypatch):
    sections = {"Summary": "Card payments failed from 4.10am on Saturday 5 September and were back by 4.05pm. We're "
                           "sorry. If a payment still fails, restart the Calypso Pay Terminal 2, then chat to us in the "
                           "My Calypso Pay app."}
    release = _release(project, settings, monkeypatch, sections=sections, title="Card payments failed",
                       updates=(("2026-09-05 16:30", "resolved", "Every payment works again since 4.05pm."),)).text
    assert "the company Terminal" not in release and "My the company" not in release, release
    assert "Calypso Pay Terminal 2" in release and "My Calypso Pay app" in release, release
    assert "4:10 a.m." in release and "4:05 p.m." in release and ".10:00" not in release, release


def test_a_third_quote_never_says_it_added():
    # "It added:" after "The independent firm has finished…" gave the firm our words: the third
    # quote of a release names who speaks.
    from generator.rendering.press import _Attribution

    said = _Attribution("Parterre", "en")
    forms = [said.next() for _ in range(4)]
    assert "It added:" not in forms and all("Parterre" in f or "The company" in f for f in forms), forms
