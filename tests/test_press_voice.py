"""What a release says in its own voice, checked on statements written for these tests: our
own account is never hearsay, AP dates after a weekday take their commas, the organisation is
named once per sentence, an earlier update's instruction keeps its day and one colon, and the
subhead above the dateline always names its day (an advert taken down is closed, not resolved)."""

from __future__ import annotations

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


def test_an_earlier_updates_instruction_keeps_its_day_and_one_colon(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, sections=FIRE, updates=(
        ("2026-09-06 09:00", "monitoring", "The halls reopened at 09:00."),
        ("2026-09-05 16:30", "identified", "Please do not come back for your belongings today: we are gathering "
                                           "them and will tell you where to collect them.")))
    line = next(line for line in release.text.splitlines() if "belongings" in line)
    assert "belongings on Sept. 5" in line, line
    assert "belongings on Sept. 5; " in line, line


def test_the_subhead_names_its_day_and_an_advert_taken_down_is_closed(project, settings, monkeypatch):
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
