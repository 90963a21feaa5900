"""Press-release dates: AP datelines in English (month abbreviations per the AP Stylebook),
`le 1er` in French, times in each convention, and which day a release is dated."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from generator.rendering.documents.formatting import ap_date, ap_time, french_day, french_time
from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement

PARIS = ZoneInfo("Europe/Paris")

# AP Stylebook: abbreviate Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a date; spell out
# March, April, May, June and July.
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@pytest.mark.parametrize("month", range(1, 13))
def test_ap_date_abbreviates_only_the_months_ap_abbreviates(month):
    assert ap_date(date(2026, month, 9)) == f"{AP_MONTHS[month - 1]} 9, 2026"


def test_ap_date_without_year_for_running_text():
    assert ap_date(date(2026, 9, 3), with_year=False) == "Sept. 3"


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(9, 12, "9:12 a.m."), (18, 0, "6 p.m."), (12, 0, "noon"), (0, 0, "midnight"), (12, 30, "12:30 p.m."), (0, 5, "12:05 a.m.")],
)
def test_ap_time(hour, minute, expected):
    assert ap_time(datetime(2026, 11, 20, hour, minute, tzinfo=PARIS)) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2026, 10, 1), "1er octobre 2026"), (date(2026, 10, 2), "2 octobre 2026"), (date(2026, 3, 21), "21 mars 2026")],
)
def test_french_dates_write_the_first_day_as_1er(day, expected):
    assert french_day(day) == expected


def test_french_time_uses_h_with_no_break_spaces():
    assert french_time(datetime(2026, 11, 20, 9, 12, tzinfo=PARIS)) == "9\u00a0h\u00a012"
    assert french_time(datetime(2026, 11, 20, 18, 0, tzinfo=PARIS)) == "18\u00a0h"


@pytest.mark.parametrize(
    ("update_at", "dateline"),
    [
        ("2026-09-03 10:05", "LYON, France, Sept. 3, 2026 —"),
        ("2026-03-05 10:05", "LYON, France, March 5, 2026 —"),
        ("2026-07-14 10:05", "LYON, France, July 14, 2026 —"),
        ("2026-11-02 10:05", "LYON, France, Nov. 2, 2026 —"),
        ("2026-02-27 10:05", "LYON, France, Feb. 27, 2026 —"),
    ],
)
def test_english_release_opens_with_an_ap_dateline(project, settings, update_at, dateline):
    text = statement_file(started=update_at[:10] + " 09:00", updates=((update_at, "identified", "A fix is coming."),))
    release = render_press_release(write_statement(project, settings, text), settings)
    lead = next(p for p in release.text.split("\n\n") if p.startswith("LYON"))
    # AP attributes our own account at the end, never "Calypso Pay said that…" first.
    assert lead.startswith(dateline + " ") and lead.endswith(", Calypso Pay said."), lead


def test_french_release_dateline_on_the_first_of_the_month(project, settings):
    text = statement_file(
        lang="fr", started="2026-10-01 08:00", front="", updates=(("2026-10-01 09:30", "identifié", "Nous savons pourquoi."),)
    )
    release = render_press_release(write_statement(project, settings, text, "2026-10-01-test.fr.md"), settings)
    assert "\n\nLyon, le 1er octobre 2026\n\n" in release.text
    assert "Lyon, le 1er octobre 2026" in release.markdown


def test_release_is_dated_by_its_latest_update_not_by_the_clock(project, settings, incidents):
    # The clock says Nov. 20, 2026; this statement's last update is Oct. 4 (its start Oct. 2).
    merchant = next(i for i in incidents if i.slug == "2026-10-02-merchant-data-exposure").primary
    release = render_press_release(merchant, settings)
    assert "LYON, France, Oct. 4, 2026 — " in release.text
    assert "Nov. 20" not in release.text


def test_release_date_is_the_site_time_zone_day(project, settings):
    # 23:30 UTC on Nov. 19 is 00:30 on Nov. 20 in Paris, where the site is.
    text = statement_file(started="2026-11-19 22:00", front="began: 2026-11-19 21:30\n",
                          updates=(("2026-11-19T23:30:00Z", "identified", "Fix coming."),))
    release = render_press_release(write_statement(project, settings, text), settings)
    assert "LYON, France, Nov. 20, 2026 — " in release.text
    assert "began at 9:30 p.m. CET on Nov. 19" in release.text  # `began` has no offset: Paris time


def test_statement_location_overrides_the_site_city(project, settings):
    text = statement_file(front="location: Brussels\n")
    release = render_press_release(write_statement(project, settings, text), settings)
    assert "BRUSSELS, Sept. 3, 2026 — " in release.text


def test_an_ap_dateline_names_the_country_of_a_city_the_world_does_not_know(project, settings) -> None:
    import dataclasses

    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    for city, zone, expected in (("Lyon", "Europe/Paris", "LYON, France, "), ("Paris", "Europe/Paris", "PARIS, "),
                                 ("Bristol", "Europe/London", "BRISTOL, ")):
        from zoneinfo import ZoneInfo

        placed = dataclasses.replace(settings, location={"en": city}, timezone=ZoneInfo(zone))
        release = render_press_release(write_statement(project, placed, statement_file()), placed).text
        dateline = next(line for line in release.split("\n") if line.startswith(city.upper()))
        assert dateline.startswith(expected) and not dateline.startswith(expected + "France"), dateline


UPDATE = (("2026-11-20 09:00", "investigating", "We are investigating."),)


@pytest.mark.parametrize("lang, heading, told, began_words", [
    ("en", "What happened", "On 19 November at 21:30, someone logged in to our system with a stolen password.",
     "The incident began"),
    ("fr", "Ce qui s'est passé", "Le 19 novembre à 21 h 30, quelqu'un s'est connecté à notre système.",
     "incident a commencé"),
])
def test_when_it_began_is_said_once(project, settings, lang, heading, told, began_words):
    summary = {"en": ("Summary", "Criminals copied customer files. We are sorry."),
               "fr": ("Résumé", "Des criminels ont copié des fichiers clients. Nous en sommes désolés.")}[lang]
    # "What happened" tells the moment: no "The incident began …" right before it.
    text = statement_file(started="2026-11-20 09:00", front="began: 2026-11-19 21:30\n", lang=lang,
                          sections=dict([summary, (heading, told)]), updates=UPDATE)
    release = render_press_release(write_statement(project, settings, text, "2026-11-20-x." + lang + ".md"),
                                   settings).text
    assert began_words not in release and "21:30" not in release, release
    # Another moment in it ("found on 20 November"): the release still says when it began.
    other = told.replace("19", "20").replace("21:30", "08:15").replace("21 h 30", "8 h 15")
    text = statement_file(started="2026-11-20 09:00", front="began: 2026-11-19 21:30\n", lang=lang,
                          sections=dict([summary, (heading, other)]), updates=UPDATE)
    release = render_press_release(write_statement(project, settings, text, "2026-11-20-x." + lang + ".md"),
                                   settings).text
    assert began_words in release, release


def test_advice_names_the_organisation_once_a_sentence(project, settings):
    text = statement_file(sections={
        "Summary": "Criminals copied customer files. We are sorry.",
        "What you should do": "- Be wary of any call that claims to come from us. We will never ask for your password, "
                              "and we will never ask you to move money."},
        updates=UPDATE, started="2026-11-20 09:00")
    release = render_press_release(write_statement(project, settings, text), settings).text
    # (Named in the sentence before: "the company" here, as AP copy does.)
    assert "The company will never ask for your password, and it will never ask you to move money." in release, release


def test_last_night_is_dated_in_an_english_release(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    # AP wants the day, never "last night" in a dated document: a small-hours time is on the day
    # written; "last night" alone is the night that began the day before.
    text = statement_file(started="2026-12-01 06:40", sections={
        "Summary": "Our ticket machines refuse cards since 05:50. We are sorry.",
        "What happened": "At 02:00 last night our team installed an update on the ticketing server. It failed last "
                         "night's checks only partly, and the fault went unseen last night."},
        updates=(("2026-12-01 06:40", "investigating", "We are looking for the cause."),))
    release = render_press_release(write_statement(project, settings, text), settings).text
    assert "At 2 a.m. on Dec. 1, the company's team installed" in release or \
        "At 2 a.m. on Dec. 1, Calypso Pay's team installed" in release, release
    assert "went unseen on the night of Nov. 30" in release, release
    assert "last night's checks" in release, release  # (a possessive is left as written)


def test_since_last_night_is_the_night_just_gone_even_in_the_evening(project, settings, monkeypatch):
    # « depuis cette nuit à 2 h » written at 18:30 is 2 h that morning, never « depuis dans la nuit
    # du 1er au 2 décembre », and "since 02:00 last night" is 2 a.m. on that day.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T12:00:00+01:00")
    for lang, update, right in (
            ("fr", "Le taux de chlore est normal depuis cette nuit à 2 h, et la purge est terminée.",
             "depuis le 1er décembre à 2 h"),
            ("en", "Chlorine levels have been normal since 02:00 last night, and flushing is complete.",
             "since 2 a.m. on Dec. 1")):
        text = statement_file(lang=lang, started="2026-11-30 17:45", front="kind: safety\n", sections={
            ("Summary" if lang == "en" else "Résumé"): ("Boil your tap water. We are sorry." if lang == "en" else
                                                        "Faites bouillir l'eau du robinet. Nous en sommes désolés.")},
            updates=(("2026-12-01 18:30", "monitoring" if lang == "en" else "surveillance", update),))
        name = "2026-11-30-test.fr.md" if lang == "fr" else "2026-11-30-test.md"
        release = render_press_release(write_statement(project, settings, text, name), settings).text
        release = release.replace("\u00a0", " ").replace("\u202f", " ")
        assert right in release, release
        assert "depuis dans la nuit" not in release and "1er au 2 décembre" not in release, release


def test_words_the_statement_quotes_keep_their_own_days(project, settings, monkeypatch):
    # The promotion said « ce soir » on 28 November: quoted in an update of 29 November, it is
    # never rewritten « le 29 novembre au soir » (a quotation is never rewritten).
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T12:00:00+01:00")
    update = ("Samedi à 18 h 32, nous avons envoyé une notification : « Restez au chaud, nos livreurs bravent la "
              "tempête pour vous. -20 % ce soir avec le code TEMPETE20 ». C'était une faute, et nous présentons nos "
              "excuses aux livreurs. Ce matin, nous avons désactivé le code.")
    text = statement_file(lang="fr", started="2026-11-29 16:30", sections={
        "Résumé": "Notre promotion pendant la tempête était une faute. Nous présentons nos excuses aux livreurs."},
        updates=(("2026-11-29 16:30", "identifié", update),))
    release = render_press_release(write_statement(project, settings, text, "2026-11-29-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "-20 % ce soir avec le code TEMPETE20" in release, release
    assert "Le 29 novembre au matin, l’entreprise a désactivé le code" in release, release  # (its own words are dated)


def test_a_release_is_dated_by_the_latest_day_its_sections_report_done(project, settings, monkeypatch):
    # A postmortem "Published on Monday 30 November" and « ont été payés le lundi 30 novembre,
    # comme prévu » (as planned: done, not promised) date the release the 30th, not the 26th.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T12:00:00+01:00")
    for lang, sentence, dateline in (
            ("en", "Those employees were paid on Monday 30 November.", "Nov. 30, 2026"),
            ("fr", "Les salariés concernés ont été payés le lundi 30 novembre, comme prévu.", "le 30 novembre 2026")):
        text = statement_file(lang=lang, started="2026-11-26 09:07", sections={
            ("Summary" if lang == "en" else "Résumé"): (f"Payroll was unavailable on 26 November. {sentence} We are "
                                                        "sorry." if lang == "en" else
                                                        f"La paie a été indisponible le 26 novembre. {sentence} Nous "
                                                        "vous présentons nos excuses.")},
            updates=(("2026-11-26 23:05", "resolved" if lang == "en" else "résolu",
                      "It works again." if lang == "en" else "Tout fonctionne."),))
        name = "2026-11-26-test.fr.md" if lang == "fr" else "2026-11-26-test.md"
        release = render_press_release(write_statement(project, settings, text, name), settings).text
        assert dateline in release.replace("\u00a0", " "), release[:400]
