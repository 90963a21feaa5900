"""Faults that kit 49's blind statements (a telecom outage and breach, a high-chair recall, a
rockfall on a railway line, a ticketing failure) showed on arrival, each checked here on
statements and sentences written for the test."""

from __future__ import annotations

import json

import pytest

from tests.press_support import statement_file


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "L'ordre de ne pas verbaliser les voyageurs n'a atteint tous nos contrôleurs qu'à 9 h 10."),
    ("fr", "Le téléphérique ne rouvrira que lorsque la paroi sera sûre."),
    ("fr", "La route ne rouvrira que lorsque la falaise sera sûre."),
    ("fr", "L'ordre de ne pas verbaliser les passagers n'est parvenu à nos agents qu'en fin de matinée."),
    ("en", "The instruction not to fine passengers reached our ticket inspectors only at 9:10."),
    ("en", "Our bus driver had surgery on Tuesday night and is recovering well."),
    ("fr", "Notre conductrice a été opérée mardi soir ; elle se remet bien."),
    ("fr", "Le téléphérique ne reprendra que lorsque le câble aura été entièrement contrôlé."),
    ("en", "The cable car will only run again once every cable has been inspected."),
    ("en", "The bridge will not reopen until the engineers have signed it off."),
])
def test_care_an_instruction_that_protects_and_a_condition_to_reopen_get_no_finding(lang, sentence):
    """An order not to fine the people affected is no charge against them, a colleague's surgery
    is no fault, and a condition set on reopening is a restraint, not a promise."""
    from tests.press_support import sentence_categories

    assert sentence_categories(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    ("en", "We guarantee the cable car is completely safe and will never stop again.", "overpromise"),
    ("fr", "Nous vous garantissons que cela ne se reproduira jamais.", "overpromise"),
    ("en", "The delay was caused by passengers who ignored the warnings on the platform.", "blame"),
])
def test_a_promise_and_a_blame_beside_those_shapes_stay_findings(lang, sentence, category):
    from tests.press_support import sentence_categories

    assert category in sentence_categories(sentence, lang)


def _recall_line(lang: str, number: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-11-18 09:00", front="kind: recall\n",
        title="Rappel du siège auto Kanto" if fr else "Recall of the Kanto car seat",
        sections={"Résumé" if fr else "Summary": (
            f"Nous rappelons le siège auto Kanto, lot 44B, car sa boucle peut s'ouvrir. Nous en sommes désolés. "
            f"Appelez notre ligne de rappel au {number}." if fr else
            f"We are recalling the Kanto car seat, lot 44B, because its buckle can open. We are sorry. "
            f"Call our recall line on {number}.")},
        updates=(("2026-11-18 09:00", "identifié" if fr else "identified",
                  "Le rappel commence." if fr else "The recall starts."),))


def test_a_belgian_number_in_national_form_is_the_same_number_as_its_international_form(project, monkeypatch):
    """« 02 411 07 30 » in the French file and "+32 2 411 07 30" in the English one are one
    number: no warning that a translation lacks it. A different number is still told."""
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-18T12:00:00+01:00")
    for old in (project / "statements").glob("*.md"):
        old.unlink()

    def problems(french_number: str) -> list[dict]:
        (project / "statements" / "2026-11-18-kanto.md").write_text(_recall_line("en", "+32 2 411 07 30"))
        (project / "statements" / "2026-11-18-kanto.fr.md").write_text(_recall_line("fr", french_number))
        result = CliRunner().invoke(main, ["check", "--format", "json"])
        return [p for p in json.loads(result.stdout)["problems"] if "07 3" in p["message"]]

    assert problems("02 411 07 30") == []
    other = problems("02 411 07 31")
    assert other and "02 411 07 31" in other[0]["message"], "a different number must still be told"


def test_two_unknown_names_cut_at_a_comma_are_told_to_go_in_quotes(project, monkeypatch):
    """`affected: [Parents in Belgium, France and Luxembourg]` is two names for YAML: the hint says
    to quote the name that holds a comma."""
    from tests.press_support import check_problems

    text = statement_file(lang="en", severity="minor", started="2026-11-18 09:00",
                          updates=(("2026-11-18 09:30", "identified", "A fix is being deployed."),)).replace(
        "severity: minor", "severity: minor\naffected: [Parents in Belgium, France and Luxembourg]")
    problems = check_problems(project, monkeypatch, "2026-11-18T12:00:00+01:00", text, "2026-11-18-advert.md")
    told = [p for p in problems if "'Parents in Belgium' is not a component" in p["message"]]
    assert told, problems
    assert '["Parents in Belgium, France and Luxembourg"]' in told[0]["hint"], told


def _bath_seat(lang: str) -> str:
    fr = lang == "fr"
    correction = ("\n\n#### Rectificatif · 2026-11-19 15:00\nLe rappel concerne aussi le lot B13. Le nombre de sièges "
                  "rappelés est de 3 100, et non de 2 400." if fr else
                  "\n\n#### Correction · 2026-11-19 15:00\nThe recall also covers lot B13. The number of seats recalled "
                  "is 3,100, not 2,400.")
    return statement_file(
        lang=lang, severity="major", started="2026-11-19 10:00", front="kind: recall\n",
        title="Rappel du siège de bain Lumo" if fr else "Recall of the Lumo bath seat",
        sections={
            "Résumé" if fr else "Summary": (
                "Nous rappelons le siège de bain Lumo, car ses ventouses peuvent se décoller. Cessez de l'utiliser "
                "dès maintenant. Nous en sommes désolés." if fr else
                "We are recalling the Lumo bath seat because its suction cups can come loose. Stop using it now. "
                "We are sorry."),
            "Produits concernés" if fr else "Recalled products": (
                "| Produit | Lots |\n|---|---|\n| Siège de bain Lumo | B11, B12, B13 |" if fr else
                "| Product | Lots |\n|---|---|\n| Lumo bath seat | B11, B12, B13 |"),
            "Ce que nous faisons" if fr else "What we are doing": (
                "- Chaque siège de notre entrepôt est contrôlé un à un." if fr else
                "- Every seat in our warehouse is being checked one by one."),
            "Si votre enfant est tombé" if fr else "If your child has fallen": (
                "Si votre enfant a glissé du siège et qu'il est somnolent, qu'il vomit ou qu'il a une bosse sur la tête, "
                "consultez un médecin le jour même. En cas d'urgence, appelez le 112." if fr else
                "If your child slipped from the seat and is drowsy, vomits or has a bump on the head, see a doctor "
                "the same day. In an emergency, call 112."),
        },
        updates=(
            ("2026-11-20 11:00", "identifié" if fr else "identified",
             "Les remboursements sont versés sous 14 jours." if fr else "Refunds are paid within 14 days."),
            ("2026-11-20 09:00", "identifié" if fr else "identified",
             "Les reprises à domicile commencent lundi ; notre transporteur vous appellera." if fr else
             "Home collections start on Monday; our courier will call you."),
            ("2026-11-19 10:00", "identifié" if fr else "identified",
             ("Nous rappelons le siège de bain Lumo, lots B11 et B12. Cela représente 2 400 sièges. Les remboursements "
              "suivront ; d'ici là, n'utilisez pas le siège." if fr else
              "We are recalling the Lumo bath seat, lots B11 and B12. That is 2,400 seats. Refunds will follow; "
              "until then, please do not use the seat.") + correction),
        ))


def _all_parts(copies):  # type: ignore[no-untyped-def]
    from tests.press_support import plain

    return {c.update_at.strftime("%H:%M") if c.update_at else None: "\n".join(plain(p) for p in c.parts)
            for c in copies if c.kind != "correction"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_update_posted_after_a_correction_lists_the_lot_it_added(project, settings, lang):
    """A correction added lot B13 at 15:00 on the 19th: the copies of the update of the 20th list
    it beside B11 and B12, never the list as it stood before the correction."""
    from tests.press_support import copies_at

    name = "2026-11-19-lumo.fr.md" if lang == "fr" else "2026-11-19-lumo.md"
    for channel in ("x", "facebook"):
        texts = _all_parts(copies_at(project, settings, _bath_seat(lang), name, "2026-11-20T12:00:00+01:00", channel))
        later = texts["09:00"]
        assert "B11" in later and "B13" in later, (channel, later)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_advice_after_a_fall_reaches_the_copies_and_the_release_but_not_the_sms_lots(project, settings, monkeypatch,
                                                                                      lang):
    """The authors' own section "If your child has fallen" is what people should do: the e-mail and
    the press release carry "see a doctor the same day"; the SMS, which cannot hold it, keeps the
    lots; "In an emergency, call 112" goes with it, never alone under the heading."""
    from generator.rendering.press import render_press_release
    from tests.press_support import copies_at, write_statement

    fr = lang == "fr"
    name = "2026-11-19-lumo.fr.md" if fr else "2026-11-19-lumo.md"
    doctor = "consultez un médecin le jour même" if fr else "see a doctor the same day"
    email = _all_parts(copies_at(project, settings, _bath_seat(lang), name, "2026-11-20T12:00:00+01:00", "email"))
    assert doctor in email[None], email[None]
    sms = _all_parts(copies_at(project, settings, _bath_seat(lang), name, "2026-11-20T12:00:00+01:00", "sms"))
    assert "B11" in sms[None], sms[None]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:00:00+01:00")
    release = render_press_release(write_statement(project, settings, _bath_seat(lang), name), settings).markdown
    release = release.replace("’", "'")
    assert doctor in release, release
    assert ("appelez le 112" if fr else "call 112") in release, release
    heading = "## Si votre enfant est tombé" if fr else "## If your child has fallen"
    if heading in release:
        section = release.split(heading, 1)[1].split("##", 1)[0]
        assert doctor in section or "112" not in section, section


def test_an_order_in_an_earlier_update_stays_an_order_in_the_release(project, settings, monkeypatch):
    """"…until then, please do not use the seat" told in the past of its day is still an order:
    never "please did not use"."""
    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:00:00+01:00")
    release = render_press_release(write_statement(project, settings, _bath_seat("en"), "2026-11-19-lumo.md"),
                                   settings).markdown
    assert "did not use" not in release, release
    assert "please do not use the seat" in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_why_the_number_changed_and_whether_it_can_happen_again(project, settings, monkeypatch, lang):
    """"The number of seats recalled is 3,100, not 2,400" answers "Why has the number changed?";
    "Every seat in our warehouse is being checked one by one" answers "Will it happen again?"."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _bath_seat(lang), "2026-11-19-lumo.fr.md" if fr else "2026-11-19-lumo.md",
             "2026-11-20T12:00:00+01:00")
    changed = qa.split("Pourquoi le chiffre a-t-il changé" if fr else "Why has the number changed", 1)
    assert len(changed) == 2, qa
    assert ("3 100, et non de 2 400" if fr else "3,100, not 2,400") in changed[1].split("\n## ", 1)[0], changed[1]
    again = qa.split("Cela peut-il se reproduire" if fr else "Will it happen again", 1)[1].split("\n## ", 1)[0]
    assert ("contrôlé un à un" if fr else "checked one by one") in again, again


def test_a_count_that_lists_whom_it_counts_is_left_as_published_beside_its_correction():
    """"Three people were injured: our driver…; two passengers…" corrected to four by a fourth
    person: the published sentence stays (four beside three names would contradict itself); a
    count that lists nobody is put right."""
    from generator.rendering.corrections import corrected

    fix = ["Four people were injured, not three: a passenger went to hospital on her own."]
    listed = "Three people were injured: our driver seriously; two passengers slightly."
    assert corrected(listed, fix) == listed
    assert corrected("Three people were injured.", fix) == "Four people were injured."


def test_a_recall_that_also_covers_a_lot_leaves_the_old_count_beside_the_old_list():
    """"The recall also covers lot B13 … 3,100, not 2,400": the first update's "That is 2,400 seats"
    counted lots B11 and B12; replacing the figure there would make the list and the count disagree."""
    from generator.rendering.corrections import corrected

    text = "We are recalling lots B11 and B12. That is 2,400 seats."
    assert corrected(text, ["The recall also covers lot B13. The number of seats recalled is 3,100, not 2,400."]) == text


@pytest.mark.parametrize(("lang", "summary", "kept"), [
    ("en", "A second block is unstable some forty metres above the track.", "above the track"),
    ("fr", "Le niveau est plus haut que la normale.", "plus haut que"),
])
def test_a_place_above_something_is_never_taken_for_a_pointer_on_the_home_page(lang, summary, kept):
    """On the home page "see above" points at the full statement; "forty metres above the track"
    is where the danger is and stays."""
    from generator.rendering.site.context import _for_card

    assert kept in _for_card(summary, lang)
    assert "full statement" in _for_card("The lots are listed above.", "en")


def _cable_car(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-11-17 07:15", front="kind: safety\n",
        title="Cabine du téléphérique du Mont bloquée, ligne fermée" if fr else "Le Mont cable car cabin stuck, line closed",
        sections={
            "Résumé" if fr else "Summary": (
                "Mardi 17 novembre à 7 h 15, notre train à crémaillère 12 du Mont s'est immobilisé entre deux "
                "tunnels après une défaillance de frein, avec 14 personnes à bord. Trois personnes ont été blessées, "
                "dont un de nos opérateurs, grièvement. Le téléphérique reste fermé au moins jusqu'au lundi "
                "23 novembre ; des navettes partent toutes les 20 minutes." if fr else
                "At 07:15 on Tuesday 17 November, our Le Mont rack-railway train 12 stopped between two tunnels after "
                "a brake failure, with 14 people on board. Three people were hurt, one of our operators seriously. The "
                "cable car remains closed until at least Monday 23 November; shuttle buses leave every 20 minutes."),
            "Ce que vous pouvez faire" if fr else "What you should do": (
                "- Si vous montez au Mont, consultez l'horaire des navettes sur mont.example/navettes et prévoyez "
                "15 minutes de plus.\n- Si vous vous déplacez en fauteuil roulant, appelez le 021 555 44 44 la veille : "
                "nous prévoyons un véhicule adapté.\n- Si vous étiez dans la cabine 12, ou si un de vos proches y était, "
                "appelez notre ligne d'information gratuite au 0800 555 300 (tous les jours de 7 h à 21 h).\n- Ne vous "
                "approchez pas des pylônes ni du sentier sous la ligne : la police a fermé la zone." if fr else
                "- If you travel to Le Mont, check the shuttle timetable at mont.example/shuttle and allow 15 extra "
                "minutes.\n- If you use a wheelchair, call 021 555 44 44 the day before: we arrange a suitable "
                "vehicle.\n- If you were in cabin 12, or someone close to you was, call our free information line on "
                "0800 555 300 (daily from 07:00 to 21:00).\n- Do not go near the pylons or the path under the line: "
                "the police have closed the area."),
            "Ce que nous faisons" if fr else "What we are doing": (
                "- Le Service d'enquête de sécurité a ouvert une enquête. L'Office fédéral des transports est informé."
                if fr else "- The Transportation Safety Investigation Board has opened an investigation. The Federal "
                           "Office of Transport has been informed."),
        },
        updates=(("2026-11-17 07:40", "identifié" if fr else "identified",
                  "La cabine 12 est immobilisée ; les secours sont sur place." if fr else
                  "Cabin 12 has stopped; rescuers are on site."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_accident_thread_says_who_was_hurt_first_and_keeps_the_line_and_the_warning(project, settings, lang):
    """After an accident, the first post says who was hurt beside what happened; the thread keeps
    the closure, the line for those on board and their families, and "do not go near"."""
    from tests.press_support import copies_at

    fr = lang == "fr"
    name = "2026-11-17-mont.fr.md" if fr else "2026-11-17-mont.md"
    for channel in ("x", "bluesky"):
        (thread,) = [c for c in copies_at(project, settings, _cable_car(lang), name, "2026-11-17T12:00:00+01:00", channel)
                     if c.kind == "announcement"]
        first = thread.parts[0]
        assert ("Trois personnes ont été blessées" if fr else "Three people were hurt") in first, (channel, first)
        whole = "\n".join(thread.parts)
        assert "0800 555 300" in whole, (channel, whole)
        assert ("Ne vous approchez pas" if fr else "Do not go near") in whole, (channel, whole)
        assert ("reste fermé au moins jusqu'au" if fr else "remains closed until at least") in whole, (channel, whole)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_checklist_sees_an_investigation_board_and_a_regulator_told_in_their_own_words(project, settings,
                                                                                       monkeypatch, lang):
    """"The Transportation Safety Investigation Board has opened an investigation. The Federal Office
    of Transport has been informed." ticks the step that asks for both."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement

    fr = lang == "fr"
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-17T12:00:00+01:00")
    statement = write_statement(project, settings, _cable_car(lang), "2026-11-17-mont.fr.md" if fr else
                                "2026-11-17-mont.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"].replace("’", "'")
    step = "enquêteurs de sécurité des transports" if fr else "transport safety investigators"
    line = next(line for line in checklist.splitlines() if step in line)
    assert line.startswith("- [x]"), checklist


def test_a_release_dates_an_earlier_update_s_today_where_a_sentence_opens_on_it(project, settings, monkeypatch):
    """"Today we emailed each customer" in the update of 19 November, told in a release of the
    20th: "On Nov. 19", never "Today"."""
    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    text = statement_file(
        lang="en", severity="major", started="2026-11-19 10:00", front="kind: breach\n",
        title="Customer files viewed by fraudsters",
        sections={"Summary": "Fraudsters viewed the files of 2,140 customers. We are sorry."},
        updates=(("2026-11-20 09:00", "identified", "We have closed the stolen accounts."),
                 ("2026-11-19 15:00", "identified", "Today we emailed each of the 2,140 customers. This morning we "
                                                    "told the regulator."),
                 ("2026-11-19 10:00", "investigating", "We are investigating.")))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:00:00+01:00")
    release = render_press_release(write_statement(project, settings, text, "2026-11-19-files.md"), settings).markdown
    assert "Today" not in release and "This morning" not in release, release
    assert "On Nov. 19" in release, release


def _rockfall(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-11-17 08:00", front="kind: safety\nnext_update: 2026-11-20 18:00\n",
        title="Train heurté par un éboulement près de Vallon" if fr else "Train hit by a rockfall near Vallon",
        sections={"Résumé" if fr else "Summary": (
            "Mardi à 7 h 50, notre train 31 a heurté un éboulement près de Vallon. Deux personnes ont été légèrement "
            "blessées. Nous en sommes désolés." if fr else
            "At 07:50 on Tuesday our train 31 hit a rockfall near Vallon. Two people were slightly hurt. We are sorry.")},
        updates=(
            ("2026-11-19 17:15", "identifié" if fr else "identified",
             "Les géologues ont trouvé un deuxième bloc instable au-dessus de la voie. La ligne restera donc fermée "
             "au moins jusqu'au lundi 30 novembre. Les deux voyageurs blessés sont rentrés chez eux." if fr else
             "The geologists found a second unstable block above the track. The line will therefore stay closed until "
             "at least Monday 30 November. The two injured passengers have gone home."),
            ("2026-11-17 18:30", "identifié" if fr else "identified",
             "La ligne restera fermée au moins plusieurs jours." if fr else
             "The line will stay closed for at least several days."),
            ("2026-11-17 08:00", "enquête" if fr else "investigating",
             "Un train a heurté des rochers près de Vallon." if fr else "A train hit rocks near Vallon.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_says_how_long_the_line_stays_closed_from_the_newest_update_and_dates_the_next(project, settings,
                                                                                              monkeypatch, lang):
    """"Is the site safe now?" takes the newest word on the closure ("…will therefore stay closed
    until at least Monday 30 November"), never the older "for at least several days"; the key
    messages date the next update even on its own day (a brief is read for days)."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _rockfall(lang), "2026-11-17-vallon.fr.md" if fr else "2026-11-17-vallon.md",
             "2026-11-20T12:00:00+01:00")
    assert ("plusieurs jours" if fr else "several days") not in qa, qa
    assert "30 novembre" in qa if fr else "30 November" in qa, qa
    promise = next(line for line in qa.splitlines() if ("Prochain point" if fr else "Next update") in line)
    assert "20 novembre" in promise if fr else "20 November" in promise, promise


def test_a_belgian_checklist_never_sends_a_high_chair_recall_to_the_food_agency_alone(project, settings, monkeypatch):
    """In Brussels, the recall notice of a product that is no food is the SPF Économie's: the
    French checklist names it beside the food agency."""
    from generator.rendering.documents import render_documents
    from generator.reading.settings import load_settings
    from tests.press_support import write_statement

    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("timezone: Europe/Paris", "timezone: Europe/Brussels"))
    settings = load_settings(project)
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:00:00+01:00")
    statement = write_statement(project, settings, _bath_seat("fr"), "2026-11-19-lumo.fr.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"].replace("’", "'").replace(
        "\u00a0", " ").replace("\u202f", " ")
    assert "SPF Économie" in checklist, checklist
    assert "(en Belgique : sur le site de l'AFSCA)" not in checklist, checklist


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lifted_notice_whose_advice_still_says_boil_is_warned(project, monkeypatch, lang):
    """Resolved: "safe to drink again without boiling" in the last update, "Boil tap water…" still
    under "What you should do": a warning that quotes it (the publish never stops on it); once the
    advice says what to do now, none."""
    from tests.press_support import check_problems

    fr = lang == "fr"

    def text(advice: str) -> str:
        return statement_file(
            lang=lang, severity="major", started="2026-11-18 06:00", front="kind: incident\n",
            title="Avis d'ébullition levé à Marsac" if fr else "Boil-water notice lifted in Marsac",
            sections={"Résumé" if fr else "Summary": (
                "Du 18 au 19 novembre, l'eau du robinet de Marsac devait être bouillie après une rupture de "
                "canalisation. Nous en sommes désolés." if fr else
                "From 18 to 19 November, tap water in Marsac had to be boiled after a main burst. We are sorry."),
                "Ce que vous pouvez faire" if fr else "What you should do": advice},
            updates=(("2026-11-19 09:00", "résolu" if fr else "resolved",
                      "L'eau est de nouveau potable sans la faire bouillir." if fr else
                      "The water is safe to drink again without boiling."),
                     ("2026-11-18 06:00", "identifié" if fr else "identified",
                      "Faites bouillir l'eau avant de la boire." if fr else "Boil tap water before drinking it.")))

    name = "2026-11-18-marsac.fr.md" if fr else "2026-11-18-marsac.md"
    still = text("- Faites bouillir l'eau du robinet une minute avant de la boire." if fr else
                 "- Boil tap water for one minute before drinking it.")
    problems = check_problems(project, monkeypatch, "2026-11-19T12:00:00+01:00", still, name)
    found = [p for p in problems if p["rule"] == "resolved-advice-lifted"]
    assert found and ("bouillir" in found[0]["message"] if fr else "Boil tap water" in found[0]["message"]), problems
    now = text("- Faites couler l'eau froide deux minutes avant de l'utiliser." if fr else
               "- Run your cold tap for two minutes before using the water.")
    problems = check_problems(project, monkeypatch, "2026-11-19T12:00:00+01:00", now, name)
    assert not [p for p in problems if p["rule"] == "resolved-advice-lifted"], problems


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_says_how_many_were_hurt_before_how_they_are_now(project, settings, monkeypatch, lang):
    """"Two people were slightly hurt" (the summary) before "The two injured passengers have gone
    home" (the newest update): the count first, then how they are."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _rockfall(lang), "2026-11-17-vallon.fr.md" if fr else "2026-11-17-vallon.md",
             "2026-11-20T12:00:00+01:00")
    answer = qa.split("Y a-t-il des blessés ?" if fr else "Is anyone hurt?", 1)[1].split("\n## ", 1)[0]
    count = answer.find("Deux personnes ont été légèrement blessées" if fr else "Two people were slightly hurt")
    home = answer.find("rentrés chez eux" if fr else "have gone home")
    assert 0 <= count < home, answer


def _cot(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-11-18 15:00", front="kind: recall\n",
        title="Rappel du lit parapluie Somni, le fond peut céder" if fr else "Somni travel cot recalled because its base can give way",
        sections={
            "Résumé" if fr else "Summary": (
                "Nous rappelons 8 420 lits parapluie Somni vendus depuis le 1er août 2026 en Belgique et en France, car "
                "leur fond peut céder si un loquet n'est pas complètement fermé. Cessez dès maintenant d'utiliser votre "
                "lit Somni. Deux enfants sont tombés ; aucun n'a été grièvement blessé, et nous en sommes profondément "
                "désolés. Chaque propriétaire peut choisir le remboursement complet ou un lit de remplacement gratuit, "
                "et nous venons reprendre l'ancien à domicile." if fr else
                "We are recalling 8,420 Somni travel cots sold since 1 August 2026 in Belgium and France, because their "
                "base can give way if a latch is not fully closed. Please stop using your Somni cot now. Two children "
                "have fallen; neither was seriously hurt, and we are deeply sorry. Every owner can choose a full refund "
                "or a free replacement cot, and we collect the old one from your home."),
            "Produits concernés" if fr else "Recalled products": (
                "| Produit | Lots |\n|---|---|\n| Lit parapluie Somni | 3101A, 3101B, 3102A, 3102B |" if fr else
                "| Product | Lots |\n|---|---|\n| Somni travel cot | 3101A, 3101B, 3102A, 3102B |"),
            "Ce que vous pouvez faire" if fr else "What you should do": (
                "1. Cessez d'utiliser le lit, même si le fond semble bien fixé.\n2. Enregistrez votre lit sur "
                "somni.example/rappel ou appelez notre ligne de rappel : 02 555 03 03 depuis la Belgique, 01 85 55 03 03 "
                "depuis la France, du lundi au samedi de 8 h à 20 h.\n3. Choisissez le remboursement du prix payé "
                "(129 € dans la plupart des magasins) ou un lit de remplacement." if fr else
                "1. Stop using the cot, even if the base seems firmly fixed.\n2. Register your cot at "
                "somni.example/recall, or call our recall line: +32 2 555 03 03 from Belgium, 01 85 55 03 03 from "
                "France, Monday to Saturday from 8:00 to 20:00.\n3. Choose a refund of the price you paid (€129 at "
                "most shops) or a replacement cot."),
            "Si votre enfant est tombé" if fr else "If your child has fallen": (
                "Si votre enfant est tombé du lit et qu'il est somnolent, qu'il vomit, qu'il pleure de façon "
                "inhabituelle ou qu'il a une bosse sur la tête, consultez un médecin le jour même. En cas d'urgence, "
                "appelez le 112 (en France, le 15 ou le 112)." if fr else
                "If your child fell from the cot and is drowsy, vomits, cries in an unusual way or has a bump on the "
                "head, see a doctor the same day. In an emergency, call 112 (in France, 15 or 112)."),
        },
        updates=(("2026-11-18 15:00", "identifié" if fr else "identified",
                  "Le rappel commence." if fr else "The recall starts."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_thread_keeps_what_owners_get_back_beside_the_health_advice(project, settings, lang):
    """A recall's X thread with health advice after a fall still says what owners get back ("Every
    owner can choose a full refund or a free replacement…"): it is what makes them stop using it."""
    from tests.press_support import copies_at

    fr = lang == "fr"
    (thread,) = [c for c in copies_at(project, settings, _cot(lang), "2026-11-18-somni.fr.md" if fr else
                                      "2026-11-18-somni.md", "2026-11-18T18:00:00+01:00", "x") if c.kind == "announcement"]
    whole = "\n".join(thread.parts)
    assert ("remboursement" if fr else "refund") in whole, whole
    assert ("consultez un médecin le jour même" if fr else "see a doctor the same day") in whole, whole
