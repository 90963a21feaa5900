"""Words and facts found wrong by the review of kit 56 and the newcomer trial of session 56
(statements written here, never copied from the kit)."""

from __future__ import annotations

import re

import pytest

from tests.press_support import statement_file, write_statement
from tests.test_kit52_words import NOW, _both_texts


def _coach(lang: str, began: str) -> str:
    """A coach that left a snowy road, 9 hurt: a long dated first sentence, so that an SMS takes
    the title (a headline in the present) as its news."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started=began,
        title="Un car quitte la route au-dessus d'Uors, 9 passagers blessés" if fr
        else "Coach leaves the road above Uors, 9 passengers injured",
        front=f"kind: safety\nbegan: {began}\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le mardi 15 décembre à 17 h 40, notre car de la ligne Coire–Vals a glissé hors de la route enneigée "
                  "dans le virage au-dessus d'Uors en descendant vers la rivière : 9 passagers ont été blessés, et deux "
                  "d'entre eux sont toujours hospitalisés à Coire. Nous pensons d'abord à eux et à leurs familles, et nous "
                  "leur présentons nos excuses. La ligne de Vals fonctionne de nouveau depuis le 17 décembre à 7 h, avec "
                  "un car plus petit équipé de chaînes sur chaque roue. Les quatre autres cars du même modèle sont "
                  "contrôlés un par un avant de reprendre la route." if fr else
                  "On Tuesday 15 December at 17:40, our coach on the Chur–Vals line slid off the snow-covered road on "
                  "the bend above Uors as it came down towards the river: 9 passengers were injured, and two of them "
                  "are still in hospital in Chur. Our first thoughts are with them and their families, and we apologise "
                  "to them. The Vals line has been running again since 17 December at 07:00, with a smaller coach with "
                  "chains on every wheel. The four other coaches of the same model are being checked one by one before "
                  "they go back on the road."},
        updates=((began, "identifié" if fr else "identified",
                  "Notre car a quitté la route au-dessus d'Uors. Les secours sont sur place." if fr else
                  "Our coach left the road above Uors. The emergency services are on site."),))


@pytest.mark.parametrize(("began", "dated"), [("2026-12-15 17:40", True), ("2026-12-19 09:40", False)])
def test_an_announcement_led_by_its_headline_says_the_day_when_read_days_later(project, settings, monkeypatch, began,
                                                                               dated):
    """"Coach leaves the road…" read four days later (clock 19 December) reads as a new accident:
    the sender carries the day of the event ("Alpenbus, 15 December:"); read the same day, it does
    not need it. The French apology « nous leur présentons nos excuses » is an apology the text
    keeps."""
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    said = _both_texts(project, settings, {"en": _coach("en", began), "fr": _coach("fr", began)},
                       "2026-12-15-coach", None)
    day = began.split()[0][-2:]
    assert ("Coach leaves the road" in said["en"]) and ("quitte la route" in said["fr"]), said
    assert (f"{day} December:" in said["en"] or f"December {day}:" in said["en"]) is dated, said
    assert (f"{day} décembre :" in said["fr"]) is dated, said
    assert "excuses" in said["fr"] and "apologi" in said["en"], said


def _flats(lang: str) -> str:
    """A booking page that showed other guests' door codes: the summary's count of people harmed
    ("…were viewed this way") leans on the fault told two sentences before it, past the apology."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-11 12:00", title=(
            "Notre page de réservation a montré les codes de porte d'autres clients" if fr
            else "Our booking page showed other guests' door codes"),
        front="kind: breach\nbegan: 2026-12-04 14:00\nnext_update: 2026-12-22 18:00\n",
        sections={("Résumé" if fr else "Summary"): (
            "Du 4 au 11 décembre, une faille de notre page de réservation permettait à quiconque modifiait le numéro "
            "d'un lien de réservation de voir le nom, le téléphone, l'appartement et le code de porte d'un autre client. "
            "Nous vous présentons nos excuses. Nous avons corrigé la faille le 11 décembre à 9 h 40 et changé le code de "
            "porte de tous les appartements réservés ce mois-ci. Les données de 2 406 clients ont été consultées de cette "
            "façon, et 17 appartements ont été ouverts par une autre personne que leur locataire : nous avons appelé "
            "chacun de ces clients, et nous remboursons nous-mêmes leur séjour." if fr else
            "From 4 December to 11 December, a fault in our booking page let anyone who changed the number in a booking "
            "link see another guest's name, phone number, flat and door code. We are sorry. We closed the fault on "
            "11 December at 09:40 and changed the door code of every flat booked this month. The details of 2,406 guests "
            "were viewed this way, and 17 flats were opened by someone other than the guest: we have called each of "
            "those guests, and we are refunding their stay ourselves."),
            ("Ce que vous devez faire" if fr else "What you should do"): (
            "- Nous ne vous appellerons jamais, et ne vous enverrons jamais de SMS ou d'e-mail, pour vous demander un "
            "code de porte, un mot de passe ou vos coordonnées bancaires. Si quelqu'un le fait, ce n'est pas nous : ne "
            "répondez pas, et prévenez-nous au 1800 929 222.\n"
            "- Si quelque chose manque dans votre appartement, ou si quelqu'un y est entré pendant votre séjour, "
            "appelez-nous gratuitement au 1800 929 222, de 8 h à 22 h tous les jours jusqu'au 31 décembre." if fr else
            "- We will never call, text or e-mail you to ask for a door code, a password or card details. If someone "
            "does, it is not us: do not answer, and tell us on 1800 929 222.\n"
            "- If something is missing from your flat, or someone entered it during your stay, call us free on "
            "1800 929 222, from 08:00 to 22:00 every day until 31 December.")},
        updates=(("2026-12-11 12:00", "identifié" if fr else "identified",
                  "Nous avons fermé la faille et changé les codes de porte." if fr else
                  "We closed the fault and changed the door codes."),))


def test_a_breach_thread_says_how_many_were_harmed_in_both_languages_and_apologises_first(project, settings,
                                                                                       monkeypatch):
    """"The details of 2,406 guests were viewed this way" is how many were harmed: neither language's
    X thread goes without it when the other keeps it, and the apology stays in the first post of
    each."""
    from datetime import datetime

    from generator.reading.reader import load_incidents
    from generator.rendering.channels import render_copies

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    write_statement(project, settings, _flats("en"), "2026-12-11-flats.md")
    write_statement(project, settings, _flats("fr"), "2026-12-11-flats.fr.md")
    incident = next(i for i in load_incidents(settings)[0] if i.slug == "2026-12-11-flats")
    en, fr = incident.translations["en"], incident.translations["fr"]
    for statement, other, count, sorry in ((en, fr, "2,406", "We are sorry."),
                                           (fr, en, "2[\u00a0\u202f ]406", "Nous vous présentons nos excuses.")):
        copy = next(c for c in render_copies(statement, settings, ["x"], datetime.fromisoformat(NOW), siblings=[other])
                    if c.kind == "announcement")
        assert sorry in copy.parts[0], "\n~~\n".join(copy.parts)
        assert any(re.search(rf"\b{count}\b", part) for part in copy.parts), "\n~~\n".join(copy.parts)


def test_languages_agreeing_never_drop_a_count_of_people_harmed_that_another_language_keeps(project, settings,
                                                                                           monkeypatch):
    """When one language has no room for "We closed the fault…" and it is left out of both, the next
    sentence, "The details of 2,406 guests were viewed this way…", stays in each: it counts the
    people harmed, whichever language's words the tool reads that in."""
    from generator.reading.reader import load_incidents
    from generator.rendering.channels import parity

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    write_statement(project, settings, _flats("en"), "2026-12-11-flats.md")
    write_statement(project, settings, _flats("fr"), "2026-12-11-flats.fr.md")
    incident = next(i for i in load_incidents(settings)[0] if i.slug == "2026-12-11-flats")
    en, fr = incident.translations["en"], incident.translations["fr"]

    def make(statement, update):
        # A copy of the summary; the French one has no room for the fault's fixing.
        summary = next(s.text for s in statement.sections if s.key == "summary")
        return summary.replace("Nous avons corrigé la faille le 11 décembre à 9 h 40 et changé le code de porte de tous "
                               "les appartements réservés ce mois-ci. ", "")

    made = parity.agree({"en": (en, None), "fr": (fr, None)}, make, lambda text: text)
    assert "We closed the fault" not in made["en"], made
    assert "2,406 guests were viewed" in made["en"], made
    assert "2 406 clients" in made["fr"].replace("\u00a0", " ").replace("\u202f", " "), made


def test_a_sentence_pointing_back_past_the_apology_never_joins_it():
    """"We are sorry." then "The details of 2,406 guests were viewed this way…": "this way" is the
    fault told before the apology; glued to the apology, the two would not fit the first post and
    the apology would leave it."""
    from generator.rendering.channels.voices import bind

    fault = ("From 4 December to 11 December, a fault in our booking page let anyone who changed the number in a "
             "booking link see another guest's name, phone number, flat and door code.")
    sorry = "We are sorry."
    count = ("The details of 2,406 guests were viewed this way, and 17 flats were opened by someone other than the "
             "guest: we have called each of those guests, and we are refunding their stay ourselves.")
    assert bind([fault, sorry, count], "en", frozenset({sorry})) == [fault, sorry, count]
    # (A sentence that leans on the one before it still goes with it: "It was our mistake.")
    assert bind([fault, "It was our mistake."], "en", frozenset({sorry})) == [f"{fault} It was our mistake."]


def test_a_promise_written_with_its_zone_in_brackets_leaves_no_bracket_behind(project, settings, monkeypatch):
    """"We will post an update by 8:40 a.m. (Belgian time)." is one sentence: when the copies leave
    the promise to their own next-update line, "(Belgian time)." never stays alone after the news."""
    from datetime import datetime

    from generator.rendering.channels import render_copies

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        title="Trams T1 and T2 stopped between Grand-Place and the station", started="2026-12-19 07:40",
        front="next_update: 2026-12-19 16:40\n",
        sections={"Summary": "A power failure on the overhead line has stopped trams T1 and T2 between Grand-Place and "
                             "the station since 7:40 a.m. We are sorry for the disruption to your journey. We will "
                             "post an update by 8:40 a.m. (Belgian time)."},
        updates=(("2026-12-19 07:40", "investigating", "Trams T1 and T2 are stopped."),))
    statement = write_statement(project, settings, text, "2026-12-19-trams.md")
    copies = render_copies(statement, settings, ["x", "facebook", "email", "linkedin"], datetime.fromisoformat(NOW))
    for copy in copies:
        said = " ".join(copy.parts)
        assert not re.search(r"(?:^|[.!?]\s+)\(Belgian time\)", said), (copy.channel, said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_estimate_corrected_by_an_estimate_stays_an_estimate(project, settings, monkeypatch, lang):
    """"About 9,000 commuters", corrected by "About 12,000 commuters were affected, not 9,000":
    the release puts right "about 12,000 (corrected…; first published as 9,000)", never an exact
    "12,000" nobody stated."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-19T15:00:00+01:00")
    fr = lang == "fr"
    updates = (("2026-12-19 11:30", "identifié" if fr else "identified",
                "Des bus remplacent les trams toutes les 10 minutes." if fr else "Buses replace the trams every 10 minutes."),
               ("2026-12-19 07:40", "enquête" if fr else "investigating",
                ("Les trams T1 et T2 sont à l'arrêt. Environ 9 000 voyageurs sont touchés.\n\n"
                 "#### Rectificatif · 2026-12-19 11:30\nEnviron 12 000 voyageurs ont été touchés, et non 9 000.") if fr else
                ("Trams T1 and T2 are stopped. About 9,000 commuters are affected.\n\n"
                 "#### Correction · 2026-12-19 11:30\nAbout 12,000 commuters were affected, not 9,000.")))
    text = statement_file(lang=lang, title="Trams T1 et T2 à l'arrêt" if fr else "Trams T1 and T2 stopped",
                          started="2026-12-19 07:40", front="", updates=updates, sections={
                              ("Résumé" if fr else "Summary"): "Les trams T1 et T2 sont à l'arrêt. Nous en sommes désolés."
                              if fr else "Trams T1 and T2 are stopped. We are sorry."})
    name = "2026-12-19-trams.fr.md" if fr else "2026-12-19-trams.md"
    release = plain(render_press_release(write_statement(project, settings, text, name), settings).markdown)
    release = release.replace("\u202f", " ").replace("\u00a0", " ")
    right, wrong = ("12 000", "9 000") if fr else ("12,000", "9,000")
    about = "nviron" if fr else "bout"
    assert re.search(rf"[Ee]{about} {right} \(", release) or re.search(rf"[Aa]{about} {right} \(", release), release
    assert not re.search(rf"(?<!{about} ){right} \([^)]*{about} {wrong}\)", release), release


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_release_that_speaks_of_another_company_never_calls_us_the_company(project, settings, monkeypatch, lang):
    """Roadworks "carried out by a company on our behalf" damaged the cable: "The company says: 'This
    network is ours'" could be the contractor speaking. The release names us instead."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-19T15:00:00+01:00")
    fr = lang == "fr"
    org = settings.organisation_in(lang)
    sections = {("Résumé" if fr else "Summary"): (
        "Les trams T1 et T2 sont à l'arrêt depuis 7 h 40. Un câble a été endommagé par des travaux de voirie menés par "
        "une entreprise pour notre compte. Ce réseau est le nôtre et nous en assumons la responsabilité. Nous vous "
        "présentons nos excuses." if fr else
        "Trams T1 and T2 have been stopped since 7:40. A cable was damaged by roadworks that a company carried out on "
        "our behalf. This network is ours and we take responsibility for it. We apologise."),
        ("Ce que nous faisons" if fr else "What we are doing"): (
        "- Avec l'entreprise de travaux, nous revoyons la façon dont nos câbles sont repérés." if fr else
        "- With the roadworks company, we are reviewing how our cables are marked.")}
    updates = (("2026-12-19 09:15", "identifié" if fr else "identified",
                "Des bus remplacent les trams toutes les 10 minutes." if fr else "Buses replace the trams every 10 minutes."),)
    text = statement_file(lang=lang, title="Trams T1 et T2 à l'arrêt" if fr else "Trams T1 and T2 stopped",
                          started="2026-12-19 07:40", front="", updates=updates, sections=sections)
    name = "2026-12-19-trams.fr.md" if fr else "2026-12-19-trams.md"
    release = plain(render_press_release(write_statement(project, settings, text, name), settings).markdown)
    ours = "l'entreprise" if fr else "the company"
    assert not re.search(rf"(?<!de ){ours}\b(?! de travaux)", release.replace("’", "'"), re.IGNORECASE), release
    assert org in release, release


def test_the_review_counts_the_first_word_from_when_the_problem_began(project, settings, monkeypatch):
    """Power failed at 07:30 (`began`), the file was opened and the first word published at 07:40:
    the organisation took 10 minutes to speak, not 0."""
    import json

    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.parent))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-19T15:00:00+01:00")
    text = statement_file(title="Trams T1 and T2 stopped", started="2026-12-19 07:40",
                          front="began: 2026-12-19 07:30\n",
                          updates=(("2026-12-19 07:40", "investigating", "Trams T1 and T2 are stopped."),))
    write_statement(project, settings, text, "2026-12-19-trams.md")
    result = CliRunner().invoke(main, ["review", "2026-12-19-trams", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {figure["key"]: figure for figure in json.loads(result.stdout)["figures"]}
    assert found["first_word"]["value"] == 10 * 60, found["first_word"]
    assert "began" in found["first_word"]["how"], found["first_word"]


def _bread(lang: str, summary: str, update: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-15 08:00", front="kind: recall\n",
        title="Rappel de pain de mie tranché : fragments de métal" if fr else "Sliced bread recall: metal fragments",
        sections={("Résumé" if fr else "Summary"): summary},
        updates=(("2026-12-18 10:00", "surveillance" if fr else "monitoring", update),
                 ("2026-12-15 08:00", "identifié" if fr else "identified",
                  "Nous rappelons ce pain." if fr else "We are recalling this bread.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_of_bread_sliced_on_past_days_is_no_summary_overtaken(project, settings, monkeypatch, lang):
    """"…sliced from 3 to 5 June" tells when the bread was sliced: read after those days, the
    summary still holds; the page and the copies keep leading with it."""
    from datetime import datetime

    from generator.rendering.brief import Brief

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    summary = ("Nous rappelons cinq lots de pain de mie Ti Lakaz de 600 g, tranchés du 12 au 14 décembre, car ils peuvent "
               "contenir de petits fragments de métal. Ne mangez pas ce pain. Nous en sommes désolés." if fr else
               "We are recalling five lots of Ti Lakaz sliced bread, 600 g, sliced from 12 to 14 December, because they "
               "may contain small fragments of metal. Do not eat this bread. We are sorry.")
    update = ("La ligne 2 reste arrêtée. En attendant, nous tranchons le pain sur deux lignes au lieu de trois." if fr else
              "Line 2 stays stopped. Until then we are slicing bread on two lines instead of three.")
    statement = write_statement(project, settings, _bread(lang, summary, update),
                                f"2026-12-15-bread{'.fr' if fr else ''}.md")
    brief = Brief(statement, settings, datetime.fromisoformat(NOW))
    assert not brief.overtaken
    assert brief.summary.startswith("Nous rappelons" if fr else "We are recalling"), brief.summary


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_overtaken_summary_never_leads_with_a_sentence_that_leans_on_the_one_before(project, settings,
                                                                                     monkeypatch, lang):
    """The summary awaited results "on 16 December"; the newest update's closest sentence to the title
    opens "Until then…": at the head of every output, "then" would point to nothing."""
    from datetime import datetime

    from generator.rendering.brief import Brief

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    summary = ("Nous attendons les analyses du laboratoire le mercredi 16 décembre. Nous en sommes désolés." if fr else
               "We are awaiting the laboratory's results on Wednesday 16 December. We are sorry.")
    update = ("Le laboratoire a trouvé une lame cassée dans la trancheuse de la ligne 2. En attendant sa réparation, "
              "nous tranchons le pain de mie sur deux lignes et le rappel reste en vigueur." if fr else
              "The laboratory found a broken blade in the slicer of line 2. Until then we are slicing the sliced bread "
              "on two lines, and the recall stays in force.")
    statement = write_statement(project, settings, _bread(lang, summary, update),
                                f"2026-12-15-bread{'.fr' if fr else ''}.md")
    brief = Brief(statement, settings, datetime.fromisoformat(NOW))
    assert brief.overtaken
    assert not brief.summary.startswith(("Until then", "En attendant")), brief.summary


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_count_in_words_corrected_later_stays_as_published_in_the_release_record(project, settings, monkeypatch,
                                                                                  lang):
    """"Two people were hurt: a man… and a teenager…", corrected by "Three people were hurt, not two":
    the release's record says what the update said, marked as corrected, never "Three people were
    hurt: a man… and a teenager…", which names two."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    first = ("Deux personnes ont été blessées : un homme, hospitalisé, et une adolescente, soignée puis rentrée chez "
             "elle. Les 12 passagers du car sont indemnes." if fr else
             "Two people were hurt: a man, who is in hospital, and a teenager, who was treated and has gone home. The "
             "12 passengers on the coach were not hurt.")
    fix = ("Trois personnes ont été blessées, et non deux. Une femme qui attendait à l'arrêt a été coupée par du verre."
           if fr else "Three people were hurt, not two. A woman waiting at the stop was cut by glass.")
    updates = (("2026-12-18 12:00", "identifié" if fr else "identified",
                "Le car a été retiré pour contrôle." if fr else "The coach was taken off the road for checks."),
               ("2026-12-17 21:00", "enquête" if fr else "investigating",
                f"{first}\n\n#### {'Rectificatif' if fr else 'Correction'} · 2026-12-18 09:30\n{fix}"))
    text = statement_file(lang=lang, title="Un car heurte un abribus" if fr else "Coach hits a bus shelter",
                          started="2026-12-17 20:00", front="kind: safety\n", updates=updates,
                          sections={("Résumé" if fr else "Summary"): "Un car a heurté un abribus. Nous en sommes désolés."
                                    if fr else "A coach hit a bus shelter. We are sorry."})
    name = "2026-12-17-coach.fr.md" if fr else "2026-12-17-coach.md"
    release = plain(render_press_release(write_statement(project, settings, text, name), settings).markdown)
    if fr:
        assert not re.search(r"[Tt]rois personnes ont été blessées : un homme", release), release
        assert re.search(r"[Dd]eux personnes ont été blessées : un homme[^.]*\(rectifié", release), release
    else:
        assert "Three people were hurt: a man" not in release, release
        assert re.search(r"Two people were hurt: a man[^.]*\(corrected", release), release


def _wrong_recipients(lang: str) -> str:
    """Appointment reminders e-mailed to the wrong patients by our own software, reported to the
    province's ombudsman."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-16 09:00", front="kind: breach\n",
        title="Rappels de rendez-vous envoyés par courriel aux mauvais patients" if fr
        else "Appointment reminders e-mailed to the wrong patients",
        sections={("Résumé" if fr else "Summary"): (
            "Le 15 décembre, notre logiciel a envoyé les rappels de rendez-vous de 812 patients à d'autres personnes. "
            "Chaque rappel indiquait le nom et l'heure du rendez-vous d'un autre patient. Nous en sommes désolés." if fr
            else "On 15 December, our software sent the appointment reminders of 812 patients to other people. Each "
                 "reminder showed another patient's name and appointment time. We are sorry."),
            ("Ce que nous faisons" if fr else "What we are doing"): (
            "- Nous avons signalé l'atteinte à l'Ombudsman du Manitoba le 16 décembre à 11 h." if fr else
            "- We reported the breach to the Manitoba Ombudsman on 16 December at 11:00.")},
        updates=(("2026-12-16 09:00", "identifié" if fr else "identified",
                  "Nous avons arrêté l'envoi des rappels." if fr else "We have stopped sending reminders."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_reported_to_a_provincial_ombudsman_is_a_regulator_told(project, settings, monkeypatch, lang):
    """"We reported the breach to the Manitoba Ombudsman" answers "Was the regulator told?" and
    ticks the checklist's step; a Manitoba site's French checklist names no Québec body, and a
    reminder our own software sent to the wrong people is no crime to report to the police."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from generator.rendering.documents import render_documents
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-18T10:00:00-06:00")
    manitoba = dataclasses.replace(settings, timezone=ZoneInfo("America/Winnipeg"))
    name = "2026-12-16-reminders.fr.md" if lang == "fr" else "2026-12-16-reminders.md"
    documents = {d.kind: plain(d.text) for d in render_documents(write_statement(project, manitoba,
                                                                                 _wrong_recipients(lang), name), manitoba)}
    qa = documents["qa"]
    heading = "autorité" if lang == "fr" else "regulator"
    block = next(part for part in qa.split("\n## ") if heading in part.split("\n", 1)[0].lower())
    assert "Ombudsman" in block and "UNANSWERED" not in block and "SANS RÉPONSE" not in block, block
    checklist = documents["checklist"]
    assert "Commission d'accès" not in checklist, checklist
    assert not re.search(r"police", checklist, re.IGNORECASE), checklist
    done = checklist.split("Ombudsman", 1)[0].rsplit("\n- [", 1)[-1]
    assert done.startswith("x]"), checklist


def test_a_police_inquiry_still_under_way_is_true_in_a_resolved_summary(project, monkeypatch):
    """"The police investigation into the cause is still under way, and we will publish its findings"
    beside "Resolved" is true: the police's inquiry outlives the crisis. Our own "we are still
    investigating" is still work in progress."""
    from tests.test_kit55_words import _check

    def resolved(lang: str, summary: str) -> str:
        fr = lang == "fr"
        return statement_file(lang=lang, title="Un car heurte un abribus" if fr else "Coach hits a bus shelter",
                              started="2026-12-10 17:40", front="kind: safety\n",
                              sections={("Résumé" if fr else "Summary"): summary},
                              updates=(("2026-12-12 17:00", "résolu" if fr else "resolved",
                                        "Toutes les lignes roulent normalement." if fr else "All routes run normally."),
                                       ("2026-12-10 17:40", "enquête" if fr else "investigating",
                                        "Un car a heurté un abribus." if fr else "A coach hit a bus shelter.")))

    problems = _check(project, monkeypatch, NOW, {
        "2026-12-10-coach.md": resolved("en", "On 10 December a coach hit a bus shelter, injuring three people. We are "
                                              "deeply sorry. The police investigation into the cause is still under way, "
                                              "and we will publish its findings and our own once they are known."),
        "2026-12-10-coach.fr.md": resolved("fr", "Le 10 décembre, un car a heurté un abribus et blessé trois personnes. "
                                                 "Nous en sommes profondément désolés. L'enquête de la police sur la "
                                                 "cause est toujours en cours ; nous publierons ses conclusions et les "
                                                 "nôtres dès qu'elles seront connues.")})
    assert not [p for p in problems if p["rule"] == "stale-summary"], problems
    problems = _check(project, monkeypatch, NOW, {
        "2026-12-10-coach.md": resolved("en", "On 10 December a coach hit a bus shelter, injuring three people. We are "
                                              "deeply sorry. We are still investigating the cause.")})
    assert [p for p in problems if p["rule"] == "stale-summary"], problems


def test_advice_to_allow_a_few_extra_minutes_plays_nothing_down():
    """"Allow a few extra minutes at the stop", « prévoyez quelques minutes de marge »: time people
    should plan for. "The delay was only a few minutes" still plays the harm down."""
    from tests.test_kit55_words import _categories

    assert "minimizing" not in _categories("en", "In the app, a time with a clock symbol is a timetable time, not a "
                                                 "live one: allow a few extra minutes at the stop.")
    assert "minimizing" not in _categories("fr", "Un horaire accompagné d'une horloge est un horaire théorique : "
                                                 "prévoyez quelques minutes de marge à l'arrêt.")
    assert "minimizing" in _categories("en", "The delay was only a few minutes, so allow a few extra minutes.")


def test_a_part_told_with_its_whole_agrees_with_the_part_alone(project, monkeypatch):
    """"389 of the 402 patients concerned have given a new sample" and, in the summary, "389 patients
    have now given a new sample": both right; 402 is the whole the part is told of."""
    from tests.test_kit55_words import _check

    text = statement_file(
        title="Samples retaken after a courier van's cooling failed", started="2026-12-01 08:30",
        sections={"Summary": "487 samples from 402 patients could not be tested. We are sorry to every patient who had "
                             "to come back. 389 patients have now given a new sample; we wrote to the other 13."},
        updates=(("2026-12-08 12:00", "resolved", "389 of the 402 patients concerned have given a new sample. We wrote "
                                                  "to the other 13."),
                 ("2026-12-01 08:30", "identified", "We are calling every patient.")))
    problems = _check(project, monkeypatch, NOW, {"2026-12-01-samples.md": text})
    assert not [p for p in problems if p["rule"] == "figures-disagree"], problems


def test_the_first_text_about_people_hurt_keeps_the_words_of_its_apology(project, settings, monkeypatch):
    """"We are deeply sorry, and we are working with the police." has no room whole beside what
    happened and who was hurt: the text keeps "We are deeply sorry." rather than no apology."""
    monkeypatch.setenv("ONEVOICE_NOW", NOW)

    def shelter(lang: str) -> str:
        fr = lang == "fr"
        return statement_file(
            lang=lang, severity="critical", started="2026-12-18 18:05", front="kind: safety\n",
            title="Un bus percute un abribus à la Parade" if fr else "Bus hits a shelter at the Parade",
            sections={("Résumé" if fr else "Summary"): "Un bus a percuté un abribus. Nous en sommes désolés." if fr
                      else "A bus hit a bus shelter. We are sorry."},
            updates=(("2026-12-18 18:05", "enquête" if fr else "investigating",
                      "À 17 h 12, l'un de nos bus de la ligne 9 a quitté la chaussée à l'arrêt Parade, sur Victoria "
                      "Road, et a percuté l'abribus. Des personnes qui attendaient à l'arrêt ont été blessées et "
                      "transportées à l'hôpital. La police et les secours sont sur place et la route est fermée. Nous "
                      "en sommes profondément désolés et nous travaillons avec la police. Prochain point d'ici 21 h."
                      if fr else
                      "At 17:12 one of our route 9 buses left the road at the Parade stop on Victoria Road and hit the "
                      "bus shelter. People waiting at the stop were hurt and have been taken to hospital. The police and "
                      "ambulance service are at the scene and the road is closed. We are deeply sorry, and we are "
                      "working with the police. Next update by 21:00."),))

    said = _both_texts(project, settings, {"en": shelter("en"), "fr": shelter("fr")}, "2026-12-18-shelter", "18 18:05")
    assert "were hurt" in said["en"] and "sorry" in said["en"], said


def test_the_last_email_of_a_resolved_statement_keeps_its_title_whole(project, settings, monkeypatch):
    """"Trams T1 and T2 running again between Grand-Place and Gare de Mons station" fits a subject
    alone but not with ": final update": the subject is the title whole, never cut mid-name
    ("…and Gare…: final update")."""
    from datetime import datetime

    from generator.rendering.channels import render_copies

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    title = "Trams T1 and T2 running again between Grand-Place and Gare de Mons station"
    text = statement_file(title=title, front="", started="2026-12-18 07:40", updates=(
        ("2026-12-18 14:00", "resolved", "Trams T1 and T2 run normally again since 14:00. We are sorry for this morning."),
        ("2026-12-18 07:40", "investigating", "Trams T1 and T2 are stopped.")))
    copies = render_copies(write_statement(project, settings, text, "2026-12-18-trams.md"), settings, ["email"],
                           datetime.fromisoformat(NOW))
    last = next(c for c in copies if c.kind == "update" and c.update_at.hour == 14)
    assert last.subject == title, last.subject


def _found_out(project, settings, monkeypatch, lang: str, kind: str, happened: dict[str, str]) -> str:
    """The Q&A's answer to "When did it start, and when did you find out?" for a statement whose
    "What happened" is `happened[lang]`."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-17 08:00", front=f"kind: {kind}\nbegan: 2026-12-14 06:00\n",
        title="Incident de la semaine" if fr else "This week's incident",
        sections={("Résumé" if fr else "Summary"): "Nous avons commis une erreur. Nous en sommes désolés." if fr else
                  "We made a mistake. We are sorry.",
                  ("Ce qui s'est passé" if fr else "What happened"): happened[lang]},
        updates=(("2026-12-17 08:00", "identifié" if fr else "identified",
                  "Nous agissons." if fr else "We are acting."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-17-found.fr.md" if fr else "2026-12-17-found.md", NOW)
    return qa.split("## 2.", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_customer_who_called_to_tell_us_is_when_we_found_out(project, settings, monkeypatch, lang):
    """"A patient called us at 7:50 a.m. on 16 December to tell us she had received someone else's
    e-mail" answers "when did you find out?" (the dots of "a.m." end no sentence)."""
    block = _found_out(project, settings, monkeypatch, lang, "breach", {
        "fr": "Une patiente nous a appelés le 16 décembre à 7 h 50 pour nous dire qu'elle avait reçu le courriel de "
              "quelqu'un d'autre.",
        "en": "A patient called us at 7:50 a.m. on 16 December to tell us she had received someone else's e-mail."})
    assert ("nous a appelés" if lang == "fr" else "called us at 7:50") in block, block
    assert "UNANSWERED" not in block and "SANS RÉPONSE" not in block, block


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_customer_who_brought_back_what_she_found_is_when_we_found_out(project, settings, monkeypatch, lang):
    """"At 17:30 a customer brought back a loaf in which she had found a sliver of metal" answers
    "when did you find out?"."""
    block = _found_out(project, settings, monkeypatch, lang, "recall", {
        "fr": "Le 16 décembre à 17 h 30, une cliente nous a rapporté un pain dans lequel elle avait trouvé un éclat de "
              "métal.",
        "en": "On 16 December at 17:30, a customer brought back a loaf in which she had found a sliver of metal."})
    assert ("nous a rapporté" if lang == "fr" else "brought back a loaf") in block, block


def test_a_thread_never_parts_the_hours_of_a_line_at_a_m():
    """"every day from 7 a.m. to 9 p.m." is one sentence: a post never ends on "7 a.m." with "to 9
    p.m." alone at the head of the next; a capital after "a.m." still starts a new sentence."""
    from generator.rendering.channels.threads import split_thread

    body = ("If you think your own e-mail went to someone else and we have not contacted you, call 1-844-555-0199, "
            "every day from 7 a.m. to 9 p.m. Our line opens at 7 a.m. Nobody else will call you about it.")
    parts = split_thread("", body, "", lambda text: len(text) <= 130)
    assert not any(part.lstrip().startswith("to 9 p.m.") for part in parts), parts
    assert any("from 7 a.m. to 9 p.m." in part for part in parts), parts


def test_what_to_do_if_someone_asks_anyway_stays_with_the_promise_it_leans_on():
    """"Do not answer a message that does." says nothing without "We will never ask for…" before it."""
    from generator.rendering.channels.voices import leans_on_before

    assert leans_on_before("Do not answer a message that does.", "en")
    assert leans_on_before("Ne répondez pas à un message qui le fait.", "fr")
    assert not leans_on_before("Do not answer messages asking for your card number.", "en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_software_change_that_paired_records_wrongly_is_the_cause_and_no_password_question(project, settings,
                                                                                            monkeypatch, lang):
    """"A software change we installed on 14 December paired some records with the wrong address"
    answers "What caused it?"; reminders our own software sent to the wrong people took no
    password: the brief does not ask "Should I change my password?"."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-16 09:15", front="kind: breach\n",
        title="Rappels envoyés aux mauvais patients" if fr else "Reminders sent to the wrong patients",
        sections={("Résumé" if fr else "Summary"): "Notre logiciel a envoyé les rappels de 320 patients à d'autres "
                  "personnes. Nous en sommes désolés." if fr else
                  "Our software sent the reminders of 320 patients to other people. We are sorry.",
                  ("Ce qui s'est passé" if fr else "What happened"): (
                      "Une modification logicielle installée le 14 décembre a associé certains dossiers de patients à "
                      "la mauvaise adresse courriel." if fr else
                      "A software change we installed on 14 December paired some patient records with the wrong e-mail "
                      "address.")},
        updates=(("2026-12-16 09:15", "identifié" if fr else "identified",
                  "Nous avons retiré cette modification." if fr else "We have removed that change."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-16-rappels.fr.md" if fr else "2026-12-16-rappels.md", NOW)
    cause = next(part for part in qa.split("\n## ") if ("cause" in part.split("\n", 1)[0].lower()))
    assert ("a associé certains dossiers" if fr else "paired some patient records") in cause, cause
    assert ("mot de passe" if fr else "password") not in qa.lower(), qa


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bread_recall_whose_team_knows_the_cause_is_no_cosmetic_and_the_ministry_was_told(project, settings,
                                                                                            monkeypatch, lang):
    """« Nous savons d'où venait le fragment » is "we know", no soap (« savons »): a bread recall's
    checklist names no cosmetics or medicines authority; "We informed the Ministry of Health at
    07:15" shows the authority told."""
    from generator.rendering.documents.checklist import render_checklist
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-17 08:00", front="kind: recall\n",
        title="Rappel de pain de mie : fragments de métal" if fr else "Sliced bread recall: metal fragments",
        sections={("Résumé" if fr else "Summary"): (
            "Nous rappelons le pain de mie du lot 1612-L2 : il peut contenir des fragments de métal. Ne le mangez pas. "
            "Nous savons d'où venait le fragment : une lame cassée. Nous en sommes désolés." if fr else
            "We are recalling sliced bread lot 1612-L2: it may contain metal fragments. Do not eat it. We know where "
            "the fragment came from: a broken blade. We are sorry."),
            ("Ce que nous faisons" if fr else "What we are doing"): (
            "- Nous avons informé le ministère de la Santé le 17 décembre à 7 h 15." if fr else
            "- We informed the Ministry of Health on 17 December at 07:15.")},
        updates=(("2026-12-17 08:00", "identifié" if fr else "identified",
                  "Nous rappelons ce pain." if fr else "We are recalling this bread."),))
    name = "2026-12-17-pain.fr.md" if fr else "2026-12-17-pain.md"
    checklist = plain(render_checklist(write_statement(project, settings, text, name), settings))
    assert not re.search(r"cosm[ée]ti|médicament|medicine", checklist, re.IGNORECASE), checklist
    step = next(block for block in checklist.split("\n- [") if ("Informez sans délai" if fr else "Inform the product")
                in block)
    assert ("ministère de la Santé" if fr else "Ministry of Health") in step, step



@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_tram_outage_checklist_gives_the_restart_to_operations_and_sees_the_replacement_buses(project, settings,
                                                                                                monkeypatch, lang):
    """Trams stopped by a power failure on the overhead line: operations bring them back, not IT;
    "replacement buses run every 10 minutes" is the workaround given."""
    from generator.rendering.documents.checklist import render_checklist
    from tests.test_checklist_country import _section, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-19 07:40", front="kind: outage\n",
        title="Trams T1 et T2 à l'arrêt" if fr else "Trams T1 and T2 stopped",
        sections={("Résumé" if fr else "Summary"): (
            "Une panne d'alimentation de la ligne aérienne arrête les trams T1 et T2 depuis 7 h 30. Des bus de "
            "remplacement circulent toutes les 10 minutes. Nous en sommes désolés." if fr else
            "A power failure on the overhead line has stopped trams T1 and T2 since 7:30. Replacement buses run every "
            "10 minutes. We are sorry.")},
        updates=(("2026-12-19 07:40", "identifié" if fr else "identified",
                  "Nos équipes réparent le câble." if fr else "Our teams are repairing the cable."),))
    checklist = plain(render_checklist(write_statement(project, settings, text,
                                                       "2026-12-19-trams.fr.md" if fr else "2026-12-19-trams.md"),
                                       settings))
    restore = next(block for block in checklist.split("\n- [") if ("rétablissement" if fr else "service is back") in block)
    assert not re.search(r"informatique|\bIT\b", restore), restore
    done = _section(checklist, "Fait" if fr else "Done")
    assert ("autre moyen" if fr else "workaround") in done, checklist


def test_an_update_that_widens_a_recall_texts_the_new_lots(project, settings, monkeypatch):
    """"We have found the cause: a broken blade… We are therefore widening the recall to…: lots
    1412-L2, 1512-L2 and 1612-L2": the lots people must check are the text's news, whole, before
    how the fault came about."""
    monkeypatch.setenv("ONEVOICE_NOW", NOW)

    def bread(lang: str) -> str:
        fr = lang == "fr"
        return statement_file(
            lang=lang, severity="major", started="2026-12-17 08:00", front="kind: recall\n",
            title="Rappel de pain de mie : fragments de métal" if fr else "Sliced bread recall: metal fragments",
            sections={("Résumé" if fr else "Summary"): "Nous rappelons du pain de mie : il peut contenir des fragments de "
                      "métal. Ne le mangez pas. Nous en sommes désolés." if fr else
                      "We are recalling sliced bread: it may contain metal fragments. Do not eat it. We are sorry."},
            updates=(("2026-12-17 18:30", "identifié" if fr else "identified",
                      "Nous avons trouvé la cause : une dent cassée sur une lame de la trancheuse de la ligne 2, "
                      "contrôlée intacte le 14 décembre au matin. Nous élargissons donc le rappel à tout le pain de mie "
                      "tranché sur cette ligne du 14 au 16 décembre : pain de mie blanc, lots 1412-L2, 1512-L2 et "
                      "1612-L2 ; pain de mie complet, lots 1512-L2 et 1612-L2. Prochain point le 18 décembre d'ici 14 h."
                      if fr else
                      "We have found the cause: a broken tooth on a blade of the slicer on line 2, checked and found "
                      "intact on the morning of 14 December. We are therefore widening the recall to all the sliced "
                      "bread cut on that line from 14 to 16 December: white sliced bread, lots 1412-L2, 1512-L2 and "
                      "1612-L2; wholemeal sliced bread, lots 1512-L2 and 1612-L2. Next update by 14:00 on 18 December."),
                     ("2026-12-17 08:00", "enquête" if fr else "investigating",
                      "Nous rappelons le lot 1612-L2." if fr else "We are recalling lot 1612-L2.")))

    said = _both_texts(project, settings, {"en": bread("en"), "fr": bread("fr")}, "2026-12-17-bread", "17 18:30")
    for lang in ("en", "fr"):
        assert all(code in said[lang] for code in ("1412-L2", "1512-L2", "1612-L2")), said[lang]
    # (Said first, "cut on that line" names the line the cause named.)
    assert "cut on line 2" in said["en"] and "sur la ligne 2" in said["fr"], said


def test_a_check_that_found_nothing_wrong_never_answers_why_we_spoke_late(project, settings, monkeypatch):
    """"The blade had been checked and found intact on 14 December at 06:00" is when it was last
    fine, no answer to "Why did you not tell people sooner?"."""
    from tests.test_kit48_words import _qa

    text = statement_file(
        severity="major", started="2026-12-17 08:00", front="kind: recall\n",
        title="Sliced bread recall: metal fragments",
        sections={"Summary": "We are recalling sliced bread lot 1612-L2. Do not eat it. We are sorry.",
                  "What happened": "On 16 December at 17:30, a customer brought back a loaf in which she had found a "
                                   "sliver of metal. The blade had been checked and found intact on 14 December at "
                                   "06:00."},
        updates=(("2026-12-17 08:00", "identified", "We are recalling this bread."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-17-bread.md", NOW)
    late = next(part for part in qa.split("\n## ") if "tell people sooner" in part.split("\n", 1)[0])
    assert "found intact" not in late, late


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sending_nothing_until_an_outside_review_answers_will_it_happen_again(project, settings, monkeypatch, lang):
    """"We will not send another reminder until an outside review confirms the fix works" is what we
    do so that it does not happen again."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-16 09:15", front="kind: breach\n",
        title="Rappels envoyés aux mauvais patients" if fr else "Reminders sent to the wrong patients",
        sections={("Résumé" if fr else "Summary"): "Notre logiciel a envoyé les rappels de 320 patients à d'autres "
                  "personnes. Nous en sommes désolés." if fr else
                  "Our software sent the reminders of 320 patients to other people. We are sorry.",
                  ("Ce que nous faisons" if fr else "What we are doing"): (
                      "- Nous n'enverrons plus aucun rappel tant qu'un audit externe n'aura pas confirmé que le "
                      "correctif fonctionne." if fr else
                      "- We will not send another reminder until an outside audit confirms the fix works.")},
        updates=(("2026-12-16 09:15", "identifié" if fr else "identified",
                  "Nous avons arrêté les envois." if fr else "We have stopped the reminders."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-12-16-rappels.fr.md" if fr else "2026-12-16-rappels.md", NOW)
    again = next(part for part in qa.split("\n## ") if ("reproduire" if fr else "happen again") in part.split("\n", 1)[0])
    assert ("tant qu'un audit externe" if fr else "until an outside audit") in again, again
