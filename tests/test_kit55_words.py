"""Words and facts found wrong by the review of kit 55 and the newcomer trial of session 55
(statements written here, never copied from the kit)."""

from __future__ import annotations

import dataclasses
import re
import json
from zoneinfo import ZoneInfo

import pytest


def test_a_service_kept_shut_after_its_incident_closed_is_no_major_outage_of_the_whole_page(tmp_path):
    """A terminal left out of service once its incident is closed (`resolved`, with
    `component_status` keeping it down, the text saying it stays shut) while the other services
    work: the status API says "Partial System Outage", as Statuspage says of one site down among
    many, and the home page's banner never reads "Major outage"."""
    from tests.test_site_components import text_of
    from tests.test_site_support import build, read, statement

    text = statement(title="Payout terminal damaged", severity="critical", status="resolved",
                     extra="affected: [Payouts]\ncomponent_status: {Payouts: major_outage}\n",
                     summary="A power surge damaged the payout system on 18 November. We are sorry.",
                     update="The investigation is over. Payouts stay closed until the new system is installed "
                            "on 30 November.")
    site = build(tmp_path, extra={"2026-11-18-payouts.md": text})
    api = json.loads(read(site, "api/v2/status.json"))
    assert api["status"]["description"] != "Major System Outage", api
    components = {c["name"]: c["status"] for c in json.loads(read(site, "api/v2/components.json"))["components"]}
    assert components["Payouts"] == "major_outage", components
    home = text_of(read(site, "index.html"))
    assert "Major outage" not in home[:400], home[:400]


def test_the_communique_apologises_to_the_children_never_for_them():
    """« Nous sommes désolés pour ces enfants et leurs familles » told in the third person:
    one apologises to people (« présente ses excuses à ces enfants et à leurs familles »),
    never « pour ces enfants »."""
    from generator.rendering.person import french

    told = french(["Nous sommes sincèrement désolés pour ces enfants et leurs familles."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à ces enfants et à leurs familles."], told
    told = french(["Nous sommes désolés pour leurs parents."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à leurs parents."], told


def _categories(lang: str, sentence: str) -> set[str]:
    from generator.checking.lint.sentences import Block
    from generator.checking.lint.text_findings import text_findings

    return {finding.rule.category for finding in text_findings(Block(sentence, 1), lang)}


def test_a_partner_doing_the_fix_and_a_server_reverting_on_its_own_blame_no_one():
    """« Le fournisseur du logiciel corrige le calendrier » names a partner helping; « le serveur
    revient seul à la version précédente » is a machine, not a lone person blamed. Pinning the
    error on the supplier still is blame."""
    assert "blame" not in _categories("fr", "Le fournisseur du logiciel corrige le calendrier des tournées de ces écoles.")
    assert "blame" not in _categories("fr", "Si plus de 3 % des paiements échouent après une mise à jour, le serveur "
                                            "revient seul à la version précédente.")
    assert "blame" not in _categories("en", "The booking software's supplier is correcting the timetable for these "
                                            "routes.")
    assert "blame" in _categories("fr", "L'erreur vient de notre fournisseur, qui corrige le logiciel.")
    assert "blame" in _categories("en", "The outage was caused by our supplier, who is fixing it now.")


def test_slots_for_a_date_a_time_and_a_name_are_errors_in_both_languages():
    """« détectée le ??/?? », « reporté à --:-- » and « Prénom NOM » are slots left unfilled."""
    assert "placeholder" in _categories("fr", "L'intrusion a été détectée le ??/??, et nos équipes l'ont contenue.")
    assert "placeholder" in _categories("fr", "Le départ du car pour Lyon est reporté à --:-- en raison de la neige.")
    assert "placeholder" in _categories("fr", "« Nous accompagnons les familles », a déclaré Prénom NOM, directeur du site.")
    assert "placeholder" in _categories("en", "The coach to Leeds now leaves at --:-- because of the snow.")
    assert "placeholder" not in _categories("en", "Scores went from 3-2 to 3-3 -- a draw.")


def test_a_soft_word_quoted_for_a_serious_harm_minimises_but_one_withdrawn_does_not():
    assert "minimizing" in _categories("fr", "Le zoo parle de « quelques égratignures » pour le soigneur mordu par le tigre.")
    assert "minimizing" in _categories("en", "The operator called it \"a minor incident\" although two workers were hurt.")
    assert "minimizing" not in _categories("en", "Yesterday we called this \"a minor incident\"; that was wrong, and we "
                                                 "withdraw it.")
    assert "minimizing" not in _categories("fr", "Personne ne parlera de « simple incident » : deux ouvriers ont été "
                                                 "blessés.")


def _check(project, monkeypatch, now: str, files: dict[str, str]) -> list[dict]:
    """`onevoice check --format json` on `files` (the samples removed): its problems."""
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setenv("ONEVOICE_NOW", now)
    for old in (project / "statements").glob("*.md"):
        old.unlink()
    for name, text in files.items():
        (project / "statements" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["problems"]


def _ferry(lang: str) -> str:
    """A ferry accident: 12 hurt at first, 15 on the second evening ("15 people, not 12"), which
    the summary gives; a free number of eight digits in groups, as Tunisia writes them."""
    from tests.press_support import statement_file

    fr = lang == "fr"
    return statement_file(
        lang=lang, front="", title="Accident du bac de Djerba" if fr else "Djerba ferry accident",
        started="2026-09-01 18:00",
        sections={("Résumé" if fr else "Summary"): (
            "Le 1er septembre à 17 h 40, notre bac a heurté le quai d'Ajim : 15 passagers ont été blessés. "
            "Nous leur présentons nos excuses. Pour toute question, appelez notre numéro vert, le 80 200 311."
            if fr else
            "On 1 September at 17:40, our ferry hit the quay at Ajim: 15 passengers were injured. We apologise "
            "to them. For any question, call our free number, 80 200 311.")},
        updates=(("2026-09-03 09:00", "identifié" if fr else "identified",
                  "Le quai d'Ajim est réparé." if fr else "The quay at Ajim has been repaired."),
                 ("2026-09-02 17:00", "identifié" if fr else "identified",
                  "Trois autres passagers se sont présentés à l'hôpital : 15 personnes ont été blessées, et non 12."
                  if fr else "Three more passengers came to hospital: 15 people were injured, not 12."),
                 ("2026-09-01 21:00", "analyse" if fr else "investigating",
                  "12 passagers ont été blessés. Si vous avez une question, appelez le 80 200 311."
                  if fr else "12 passengers were injured. If you have a question, call us on 80 200 311."),
                 ("2026-09-01 18:30", "analyse" if fr else "investigating",
                  "Notre bac a heurté le quai d'Ajim." if fr else "Our ferry hit the quay at Ajim.")))


def test_the_newest_count_told_in_other_words_and_a_grouped_free_number_raise_no_warning(project, monkeypatch):
    """The summary's "15 passengers" is the newest update's "15 people, not 12": no
    "a later update says 12 passengers". « le 80 200 311 » and "on 80 200 311" are one number to
    call in both languages, never the figures 80, 200 and 311."""
    found = _check(project, monkeypatch, "2026-09-03T10:00:00+01:00",
                   {"2026-09-01-bac.md": _ferry("en"), "2026-09-01-bac.fr.md": _ferry("fr")})
    said = [p["message"] for p in found]
    assert not [m for m in said if "later update" in m or "80" in m], said
    # A first count the updates have since changed is still found.
    stale = _ferry("en").replace("15 passengers were injured. We", "9 passengers were injured. We")
    found = _check(project, monkeypatch, "2026-09-03T10:00:00+01:00", {"2026-09-01-bac.md": stale})
    assert any("later update" in p["message"] for p in found), found


def test_a_figure_revised_from_another_number_never_replaces_a_count_of_something_else(project, monkeypatch):
    """"52 parcels taken, up from 37": the newest update replaces 37, never the 9,460 parcels
    whose codes were reset, which "What we are doing" still gives."""
    from tests.press_support import statement_file

    text = statement_file(
        lang="en", front="", title="Collection codes exposed", started="2026-09-01 10:00",
        sections={"Summary": "Our tracking page showed other customers' collection codes. We are sorry.",
                  "What we are doing": "- We reset the collection code of all 9,460 parcels that were in our lockers on "
                                               "1 September; the new codes went out by text that day."},
        updates=(("2026-09-03 13:00", "identified",
                  "We have now confirmed 52 parcels collected by someone other than the customer, up "
                                 "from 37 on 2 September: 15 more customers came forward."),
                 ("2026-09-02 12:00", "identified", "37 parcels were collected by someone else.")))
    found = _check(project, monkeypatch, "2026-09-03T15:00:00+01:00", {"2026-09-01-codes.md": text})
    assert not [p for p in found if "9,460" in p["message"]], found


def test_customers_who_alerted_us_are_not_blamed():
    assert "blame" not in _categories("fr", "Plusieurs clients nous ont alertés sur une page Facebook « Pharmacie "
                                            "Carthage en ligne » qui vend des pilules amaigrissantes avec livraison.")
    assert "blame" not in _categories("en", "Several customers alerted us to a Facebook page selling injections in our "
                                            "name.")
    assert "blame" in _categories("fr", "Ce sont les clients qui ont commis l'erreur en achetant sur cette page.")


def _boat(lang: str) -> str:
    """A water-bus accident whose title gives today's count (15 hurt), over a first update that
    counted 9 and promised the next update "at 17:00" (the hour is no count of 17... nor 15)."""
    from tests.press_support import statement_file

    fr = lang == "fr"
    return statement_file(
        lang=lang, front="", started="2026-09-03 10:00",
        title="Un bateau-bus heurte le quai de Cocody : 15 passagers blessés" if fr
        else "Water-bus hits the pier at Cocody: 15 passengers injured",
        sections={("Résumé" if fr else "Summary"): (
            "Le 3 septembre à 9 h 40, notre bateau-bus a heurté le quai de Cocody : 15 passagers ont été blessés. "
            "Nous leur présentons nos excuses." if fr else
            "On 3 September at 09:40, our water-bus hit the pier at Cocody: 15 passengers were injured. We "
            "apologise to them.")},
        updates=(("2026-09-04 15:00", "identifié" if fr else "identified",
                  "Six autres passagers se sont présentés à l'hôpital : 15 passagers ont été blessés." if fr
                  else "Six more passengers came to hospital: 15 passengers were injured."),
                 ("2026-09-03 10:00", "analyse" if fr else "investigating",
                  "9 passagers ont été blessés. Prochain point à 15 h." if fr
                  else "9 passengers were injured. Next update at 15:00.")))


def test_an_early_update_copy_never_carries_a_count_told_later_because_of_an_hour(project, settings, monkeypatch):
    """The first update counted 9 and promised news "at 15:00": its SMS, LinkedIn post and
    e-mail subject never head it with the title's "15 passengers injured", told a day later."""
    from tests.press_support import copies_at
    from tests.test_kit52_words import _both_texts

    said = _both_texts(project, settings, {"en": _boat("en"), "fr": _boat("fr")}, "2026-09-03-boat", "03 10:00")
    assert "15 passengers" not in said["en"] and "9 passengers" in said["en"], said
    assert "15 passagers" not in said["fr"] and "9 passagers" in said["fr"], said
    for channel in ("linkedin", "email"):
        copy = next(c for c in copies_at(project, settings, _boat("en"), "2026-09-03-boat.md", "2026-09-05T10:00:00+01:00",
                                         channel) if c.kind == "update" and c.update_at.day == 3)
        assert "15 passengers" not in " ".join(copy.parts), copy.parts


def _drops(lang: str) -> str:
    """A recall of eye drops in Tunis, the medicines directorate told the same morning, in the
    past tense (« Nous avons retiré… et informé la Direction de la Pharmacie… »)."""
    from tests.press_support import statement_file

    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-09-01 09:00", front="kind: recall\n",
        title="Rappel du collyre Clairvue" if fr else "Clairvue eye drops recalled",
        sections={("Résumé" if fr else "Summary"): (
            "Nous rappelons deux lots du collyre Clairvue, dont le bouchon peut mal fermer. N'utilisez plus ce collyre. "
            "Nous vous prions de nous excuser." if fr else
            "We are recalling two lots of Clairvue eye drops, whose cap may not close properly. Stop using these eye "
            "drops. We apologise."),
            ("Ce que nous faisons" if fr else "What we are doing"): (
            "- Nous avons retiré les deux lots de la vente dans nos 30 officines le 1er septembre avant 10 h, et informé "
            "la Direction de la Pharmacie et du Médicament le même jour à 9 h 30." if fr else
            "- We took the two lots off sale in all 30 of our pharmacies on 1 September before 10:00, and informed the "
            "Directorate of Pharmacy and Medicines the same day at 09:30.")},
        updates=(("2026-09-02 11:00", "surveillance" if fr else "monitoring",
                  "À ce jour, 900 des 1 200 flacons vendus nous ont été rapportés." if fr else
                  "So far, 900 of the 1,200 bottles sold have been brought back to us."),
                 ("2026-09-01 10:00", "identifié" if fr else "identified",
                  "Nous rappelons deux lots du collyre Clairvue." if fr else "We are recalling two lots of Clairvue "
                                                                             "eye drops.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_directorate_told_answers_the_authorities_question_and_ticks_the_step(project, settings, monkeypatch, lang):
    """"Informed the Directorate of Pharmacy and Medicines" (« informé la Direction de la
    Pharmacie… ») answers "Were the authorities informed?" and ticks the checklist's step as
    done (« Nous avons retiré » is done, never work under way), naming no French agency for a
    pharmacy chain in Tunis."""
    from generator.rendering.documents.checklist import render_checklist
    from tests.press_support import write_statement
    from tests.test_checklist_country import plain
    from tests.test_kit48_words import _qa

    tunis = dataclasses.replace(settings, timezone=ZoneInfo("Africa/Tunis"))
    name = f"2026-09-01-clairvue{'.fr' if lang == 'fr' else ''}.md"
    qa = _qa(project, tunis, monkeypatch, _drops(lang), name, "2026-09-03T10:00:00+01:00")
    asked = "Les autorités ont-elles été prévenues ?" if lang == "fr" else "Were the authorities informed?"
    answer = qa.split(asked, 1)[1].split("\n## ", 1)[0]
    assert "Direction" in answer.split("\n\n")[1] or "Directorate" in answer.split("\n\n")[1], answer
    checklist = plain(render_checklist(write_statement(project, tunis, _drops(lang), name), tunis))
    step = next(line for line in checklist.splitlines() if "médicaments" in line or "medicines" in line)
    assert step.startswith("- [x]"), checklist
    assert "ANSM" not in checklist, checklist


def test_a_french_checklist_for_an_irish_breach_names_no_french_authority(project, settings, monkeypatch):
    from generator.rendering.documents.checklist import render_checklist
    from tests.press_support import statement_file, write_statement
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-03T12:00:00+01:00")
    dublin = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Dublin"))
    text = statement_file(lang="fr", title="Codes de retrait exposés", severity="critical", started="2026-09-02 09:00",
                          front="kind: breach\n",
                          sections={"Résumé": "Notre page de suivi montrait les codes de retrait d'autres clients. "
                                              "Nous sommes désolés."},
                          updates=(("2026-09-02 09:00", "identifié", "Nous avons fermé la page."),))
    checklist = plain(render_checklist(write_statement(project, dublin, text, "2026-09-02-codes.fr.md"), dublin))
    assert "CNIL" not in checklist and "ANSSI" not in checklist, checklist
    assert "Notifiez l'autorité de protection des données (RGPD" in checklist, checklist


def _machines(lang: str) -> str:
    """Ticket machines stopped by an update, resolved: what we do for people (we contact them),
    a number for questions, and a closing update whose "that check" names "the usual check"."""
    from tests.press_support import statement_file

    fr = lang == "fr"
    return statement_file(
        lang=lang, front="", started="2026-09-02 07:00",
        title="Automates à billets arrêtés par une mise à jour" if fr else "Ticket machines stopped by an update",
        sections={
            ("Résumé" if fr else "Summary"): (
                "Depuis le 3 septembre à 9 h, tous nos automates à billets fonctionnent de nouveau. Nous vous prions "
                "de nous excuser." if fr else
                "Since 3 September at 09:00, all our ticket machines work again. We apologise."),
            ("Ce que vous pouvez faire" if fr else "What you should do"): (
                "Si un automate a gardé votre carte, nous vous contactons par SMS pour convenir de son envoi gratuit à "
                "domicile. Pour toute question, appelez notre service client au 021 555 00 11." if fr else
                "If a machine kept your card, we are texting you to arrange its free delivery to your home. For any "
                "question, call our customer service on 021 555 00 11.")},
        updates=(("2026-09-03 09:00", "résolu" if fr else "resolved",
                  "Tous nos automates fonctionnent de nouveau. La cause est établie : la mise à jour a été installée "
                  "sans le contrôle habituel sur un automate d'essai. Nous rétablissons ce contrôle avant toute mise à "
                  "jour. Nous n'avons pas publié le point promis hier avant 17 h, et nous vous en présentons nos "
                  "excuses." if fr else
                  "All our machines work again. The cause is known: the update was installed without the usual check "
                  "on a test machine. We are reinstating that check before every update. We did not post the update "
                  "we promised yesterday by 17:00, and we apologise for that."),
                 ("2026-09-02 07:00", "analyse" if fr else "investigating",
                  "Nos automates à billets sont arrêtés depuis cette nuit." if fr else
                  "Our ticket machines have been stopped since last night.")))


def test_a_text_never_puts_the_number_after_what_we_do_nor_says_that_check_alone(project, settings):
    """The resolution's SMS: never « …envoi gratuit à domicile au 021 555 00 11 » (the number to
    call read as the address), and never "We are reinstating that check" without the sentence
    that says which check."""
    from tests.test_kit52_words import _both_texts

    texts = {"en": _machines("en"), "fr": _machines("fr")}
    said = _both_texts(project, settings, texts, "2026-09-02-automates", None)
    assert "home on 021" not in said["en"] and "domicile au 021" not in said["fr"], said
    said = _both_texts(project, settings, texts, "2026-09-02-automates", "03 09:00")
    assert "that check" not in said["en"] or "the usual check" in said["en"], said
    assert "ce contrôle" not in said["fr"] or "le contrôle habituel" in said["fr"], said


def test_a_release_keeps_to_whom_the_second_apology_is_made():
    """"We are sorry: our update caused this, and we apologise to every customer affected." in
    the third person says what was said and to whom, never "…caused this to every customer"."""
    from generator.rendering.person import english

    told = english(["We are sorry: our update caused this, and we apologise to every customer affected."],
                   "Casiers Léman")
    assert told == ["Casiers Léman said its update caused this, and apologized to every customer affected."], told


def test_a_warning_names_the_rule_a_suppression_takes(project, monkeypatch):
    """The text output ends a warning with its rule id, so a team can silence it: the id shown
    is the one `<!-- onevoice: allow RULE-ID because … -->` accepts, and the warning goes."""
    from click.testing import CliRunner

    from generator.cli import main
    from tests.press_support import statement_file

    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-03T12:00:00+01:00")
    for old in (project / "statements").glob("*.md"):
        old.unlink()
    summary = "Our booking site was down this morning. We apologise for any inconvenience this may have caused."
    text = statement_file(lang="en", front="", title="Booking site down", sections={"Summary": summary},
                          updates=(("2026-09-03 10:05", "resolved", "The booking site works again."),))
    path = project / "statements" / "2026-09-03-booking.md"
    path.write_text(text, encoding="utf-8")
    output = CliRunner().invoke(main, ["check"]).output
    line = next(line for line in output.splitlines() if "2026-09-03-booking.md" in line and ": warning: " in line)
    rule = line.rsplit("[", 1)[1].rstrip("]")
    path.write_text(text.replace(summary, f"<!-- onevoice: allow {rule} because legal asked for this wording -->\n"
                                          f"{summary}"), encoding="utf-8")
    again = CliRunner().invoke(main, ["check"]).output
    assert f"[{rule}]" not in again and "error" not in again.split("Where each")[0], again


def _pier(lang: str) -> str:
    """A water-bus hits a pier: the summary's first sentence says the crash, then after a colon
    how many were hurt; an update's first sentence gives the new count after a colon."""
    from tests.press_support import statement_file

    fr = lang == "fr"
    return statement_file(
        lang=lang, front="kind: safety\n", started="2026-09-03 10:00",
        title="Un bateau-bus heurte le quai de Cocody : 15 passagers blessés" if fr
        else "Water-bus hits the pier at Cocody: 15 passengers injured",
        sections={("Résumé" if fr else "Summary"): (
            "Le jeudi 3 septembre à 9 h 40, notre bateau-bus Kalao 4 a heurté le quai de la gare lagunaire de Cocody "
            "en accostant : 15 passagers ont été blessés, et l'un d'eux est toujours hospitalisé. La ligne 2 "
            "fonctionne de nouveau depuis le 4 septembre à 6 h, avec un bateau toutes les 20 minutes au lieu de 12. "
            "Nous présentons nos excuses aux passagers blessés et à leurs familles." if fr else
            "On Thursday 3 September at 09:40, our water-bus Kalao 4 hit the pier of Cocody lagoon station as it came "
            "in to dock: 15 passengers were injured, and one of them is still in hospital. Line 2 has been running "
            "again since 4 September at 06:00, with a boat every 20 minutes instead of every 12. We apologise to the "
            "injured passengers and their families.")},
        updates=(("2026-09-04 17:00", "identifié" if fr else "identified",
                  "Six autres passagers se sont présentés au CHU de Cocody pour des contusions : 15 personnes ont donc "
                  "été blessées, contre 9 annoncées hier soir. Nous avons retiré du service les deux autres bateaux du "
                  "même modèle pour les contrôler. Le quai a été réparé : la ligne 2 reprendra demain, vendredi "
                  "4 septembre, à 6 h, avec un bateau toutes les 20 minutes." if fr else
                  "Six more passengers came to Cocody University Hospital with bruises: 15 people were therefore "
                  "injured, up from the 9 we gave last night. We have taken the two other boats of the same model out "
                  "of service to check them. The pier has been repaired: line 2 will run again tomorrow, Friday "
                  "4 September, from 06:00, with a boat every 20 minutes."),
                 ("2026-09-03 10:00", "analyse" if fr else "investigating",
                  "Notre bateau-bus Kalao 4 a heurté le quai de Cocody. 9 passagers ont été blessés." if fr else
                  "Our water-bus Kalao 4 hit the pier at Cocody. 9 passengers were injured.")))


def test_a_text_about_people_hurt_never_cuts_out_how_many(project, settings):
    """The announcement's SMS counts the injured (never only "…hit the pier as it came in to
    dock."), and the update's says the new count, not only that six more came to hospital."""
    from tests.test_kit52_words import _both_texts

    texts = {"en": _pier("en"), "fr": _pier("fr")}
    said = _both_texts(project, settings, texts, "2026-09-03-kalao", None)
    assert "15 passengers" in said["en"] and "15 passagers" in said["fr"], said
    said = _both_texts(project, settings, texts, "2026-09-03-kalao", "04 17:00")
    assert "15 people" in said["en"] and "15 personnes" in said["fr"], said


def test_a_breach_text_never_cuts_the_list_of_what_was_shown(project, settings):
    """"…see another customer's name, mobile number, locker and collection code": an English
    noun ending in -er ("locker") is no French verb starting a list's tail; the text never stops
    at "name, mobile number." and drops the collection code."""
    from tests.press_support import statement_file
    from tests.test_kit52_words import _both_texts

    texts = {}
    for lang in ("en", "fr"):
        fr = lang == "fr"
        texts[lang] = statement_file(
            lang=lang, front="kind: breach\n", severity="critical", started="2026-09-02 10:00",
            title="Codes de retrait exposés" if fr else "Collection codes exposed",
            sections={("Résumé" if fr else "Summary"): (
                "Du 1er au 2 septembre, une faille de notre page de suivi permettait, en changeant le numéro d'un lien de "
                "suivi, de voir le nom, le numéro de mobile, la consigne et le code de retrait d'un autre client. Nous "
                "sommes désolés. Nous avons fermé la faille le 2 septembre à 11 h 05 et changé le code de retrait de "
                "chaque colis en attente dans nos consignes." if fr else
                "From 1 September to 2 September, a fault in our tracking page let anyone who changed the number in a "
                "tracking link see another customer's name, mobile number, locker and collection code. We are sorry. "
                "We closed the fault on 2 September at 11:05 and changed the collection code of every parcel waiting "
                "in our lockers."),
                ("Ce que vous pouvez faire" if fr else "What you should do"): (
                "Nous ne vous appellerons jamais pour vous demander un code de retrait, un mot de passe ou vos "
                "coordonnées bancaires." if fr else
                "We will never call, text or e-mail you to ask for a collection code, a password or card details.")},
            updates=(("2026-09-02 10:00", "identifié" if fr else "identified",
                      "Nous avons fermé la page." if fr else "We have closed the page."),))
    said = _both_texts(project, settings, texts, "2026-09-02-codes", None)
    assert "collection code" in said["en"] and "code de retrait" in said["fr"], said


def test_a_list_of_nouns_is_never_cut_as_a_list_of_things_people_cannot_do():
    """"…name, mobile number, locker and collection code" is a list of nouns ("locker" no French
    verb): never cut to "…name, mobile number."; a list of verbs still is."""
    from generator.rendering.channels.voices import _list_head

    shown = ("From 2 April to 18 April, a fault in our tracking page let anyone who changed the number in a tracking "
             "link see another customer's name, mobile number, locker and collection code.")
    assert _list_head(shown, "en") == [], _list_head(shown, "en")
    calls = "Since 06:10 this morning, customers in the north of the region cannot make or receive calls, send texts or use mobile data."
    assert _list_head(calls, "en") == ["Since 06:10 this morning, customers in the north of the region cannot make or "
                                       "receive calls."]


def test_who_is_responsible_is_answered_from_a_french_quote_that_owns_it(project, settings, monkeypatch):
    """« C'est nous qui avons conçu cette page de suivi, et nous ne l'avons pas testée
    correctement » owns the fault: « Qui est responsable ? » quotes it (never « SANS RÉPONSE »),
    and « cette page de suivi » stays the tracking page, never « notre page d'information »."""
    from tests.press_support import statement_file
    from tests.test_kit48_words import _qa

    text = statement_file(
        lang="fr", front="kind: breach\nspokesperson: {name: Aoife Byrne, role: Directrice générale}\n",
        severity="critical", started="2026-09-02 10:00", title="Codes de retrait exposés",
        sections={"Résumé": "Notre page de suivi montrait les codes de retrait d'autres clients. Nous sommes désolés.",
                  "Citation": "« C'est nous qui avons conçu cette page de suivi, et nous ne l'avons pas testée "
                              "correctement. Je vous présente mes excuses. »"},
        updates=(("2026-09-02 10:00", "identifié", "Nous avons fermé la page."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-09-02-codes.fr.md", "2026-09-03T10:00:00+02:00")
    answer = qa.split("Qui est responsable ?", 1)[1].split("\n## ", 1)[0]
    assert "SANS RÉPONSE" not in answer and "nous ne l'avons pas testée correctement" in answer, answer
    assert "cette page de suivi" in answer and "page d'information de suivi" not in qa, answer


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_breach_qa_answers_phishing_and_fraud_from_what_the_statement_says(project, settings, monkeypatch, lang):
    """"We will never call, text or e-mail you to ask for…" answers the phishing question, and
    parcels "collected by someone other than the customer" answer "Has anyone lost money or been
    defrauded?": neither is "UNANSWERED"."""
    from tests.press_support import statement_file
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, front="kind: breach\n", severity="critical", started="2026-09-02 10:00",
        title="Codes de retrait exposés" if fr else "Collection codes exposed",
        sections={("Résumé" if fr else "Summary"): (
            "Notre page de suivi montrait les codes de retrait d'autres clients : 12 colis ont été retirés par une "
            "autre personne que leur destinataire. Nous sommes désolés." if fr else
            "Our tracking page showed other customers' collection codes: 12 parcels were collected by someone other "
            "than the customer. We are sorry."),
            ("Ce que vous pouvez faire" if fr else "What you should do"): (
            "Nous ne vous appellerons jamais, et ne vous enverrons jamais de SMS, pour vous demander un code." if fr
            else "We will never call, text or e-mail you to ask for a collection code.")},
        updates=(("2026-09-02 10:00", "identifié" if fr else "identified",
                  "Nous avons fermé la page." if fr else "We have closed the page."),))
    qa = _qa(project, settings, monkeypatch, text, f"2026-09-02-codes{'.fr' if fr else ''}.md", "2026-09-03T10:00:00+02:00")
    for asked in (("Y a-t-il un risque d'hameçonnage ?", "victime d'une fraude") if fr else
                  ("Is there a risk of phishing?", "defrauded")):
        answer = qa.split(asked, 1)[1].split("\n## ", 1)[0]
        assert "UNANSWERED" not in answer and "SANS RÉPONSE" not in answer, answer


def test_a_corrected_lot_code_keeps_its_prefix_in_the_release(project, settings, monkeypatch):
    """"HO-2705 (corrected…; first published as HO-2708)", never "…as 2708"."""
    from tests.test_press_grammar import _release

    release = _release(project, settings, monkeypatch, "en", {"Summary": "We are recalling two lots of eye drops."},
                       updates=(("2026-09-03 16:00", "identified", "The laboratory is testing 60 bottles."),
                                ("2026-09-03 10:05", "identified",
                                 "We are recalling lots HO-2702 and HO-2708 of our eye drops.\n\n"
                                 "#### Correction · 2026-09-03 14:20\nThe second lot is HO-2705, not HO-2708.")))
    assert "first published as HO-2708" in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_safety_qa_takes_the_cause_from_the_findings_and_the_site_from_the_newest_word(project, settings,
                                                                                              monkeypatch, lang):
    """"What caused it?" never quotes checks that "found no fault"; the first findings answer it.
    "Is the site safe now?" says the line runs again, never beside "Line 2 stays closed on Monday"."""
    from tests.press_support import statement_file
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, front="kind: safety\n", severity="major", started="2026-09-06 18:30",
        title="Un bateau-bus heurte le quai de Cocody" if fr else "Water-bus hits the pier at Cocody",
        sections={("Résumé" if fr else "Summary"): (
            "Le 6 septembre à 18 h 20, notre bateau-bus a heurté le quai de la gare de Cocody : 8 passagers ont été blessés. "
            "Nous leur présentons nos excuses." if fr else
            "On 6 September at 18:20, our water-bus hit the pier of Cocody station: 8 passengers were injured. We apologise "
            "to them.")},
        updates=(("2026-09-09 10:00", "surveillance" if fr else "monitoring",
                  "La ligne 2 fonctionne depuis le 8 septembre à 6 h. Les contrôles des deux autres bateaux n'ont "
                  "trouvé aucun défaut." if fr else
                  "Line 2 has been running since 8 September at 06:00. The checks on the two other boats found no "
                  "fault."),
                 ("2026-09-07 17:00", "identifié" if fr else "identified",
                  "Les premiers constats montrent que l'inverseur du moteur gauche ne s'est pas enclenché." if fr else
                  "The first findings show that the reverse gear of the left engine did not engage."),
                 ("2026-09-06 22:00", "analyse" if fr else "investigating",
                  "La ligne 2 reste fermée lundi 7 septembre, le temps d'inspecter le quai." if fr else
                  "Line 2 stays closed on Monday 7 September while the pier is inspected.")))
    qa = _qa(project, settings, monkeypatch, text, f"2026-09-06-cocody{'.fr' if fr else ''}.md",
             "2026-09-09T12:00:00+02:00")
    def answer(*asked: str) -> str:
        heading = next((line for line in qa.splitlines() if line.startswith("## ") and any(a in line for a in asked)), qa[:600])
        return qa.split(heading, 1)[1].split("\n## ", 1)[0]

    cause = answer("la cause ?", "caused it")
    assert ("inverseur" if fr else "reverse gear") in cause, cause
    assert ("aucun défaut" if fr else "found no fault") not in cause, cause
    safe = answer("sûr désormais", "safe now")
    assert ("fonctionne depuis" if fr else "running since") in safe, safe
    assert ("reste fermée" if fr else "stays closed") not in safe, safe


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_day_known_without_its_hour_gives_no_hours_and_an_awaited_result_that_came_is_kept(project, settings,
                                                                                                monkeypatch, lang):
    """"On 1 September … our subcontractor found…": no deadline "1 September at 00:30", no
    "1 day and 10 hours after we knew" counted from that midnight; and "We expect the laboratory's
    results by 5 September" is kept by "The laboratory has sent us its results"."""
    from generator.rendering.documents import render_documents
    from tests.press_support import statement_file, write_statement
    from tests.test_checklist_country import plain

    fr = lang == "fr"
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-06T12:00:00+02:00")
    text = statement_file(
        lang=lang, front="kind: recall\n", severity="major", started="2026-09-02 10:00",
        title="Rappel du collyre Clairvue" if fr else "Clairvue eye drops recalled",
        sections={("Résumé" if fr else "Summary"): (
            "Nous rappelons deux lots du collyre Clairvue. N'utilisez plus ce collyre. Nous vous prions de nous "
            "excuser." if fr else "We are recalling two lots of Clairvue eye drops. Stop using them. We apologise."),
            ("Ce qui s'est passé" if fr else "What happened"): (
            "Le 1er septembre, lors d'un contrôle de routine, notre sous-traitant a constaté que des flacons étaient "
            "mal fermés." if fr else
            "On 1 September, during a routine check, our subcontractor found that some bottles were badly sealed.")},
        updates=(("2026-09-05 11:00", "surveillance" if fr else "monitoring",
                  "Le laboratoire nous a remis ses résultats : des bactéries ont été trouvées dans 2 flacons." if fr
                  else "The laboratory has sent us its results: bacteria were found in 2 bottles."),
                 ("2026-09-03 12:00", "identifié" if fr else "identified",
                  "Les résultats du laboratoire sont attendus d'ici le 5 septembre." if fr else
                  "We expect the laboratory's results by 5 September."),
                 ("2026-09-02 10:00", "identifié" if fr else "identified",
                  "Nous rappelons deux lots du collyre Clairvue." if fr else "We are recalling two lots of Clairvue "
                                                                             "eye drops.")))
    statement = write_statement(project, settings, text, f"2026-09-02-clairvue{'.fr' if fr else ''}.md")
    documents = {d.kind: plain(d.text) for d in render_documents(statement, settings)}
    for kind in ("checklist", "qa"):
        said = documents[kind]
        assert not re.search(r"(?<!\d)(?:00:30|0 h 30)|1 September at 0\d|1er septembre à [0-3] h", said), said
        assert not re.search(r"\b1 (?:day|jour) (?:and|et) \d+ (?:hours|heures)\b", said), said
    assert ("résultats du laboratoire sont attendus" if fr else "We expect the laboratory") not in \
        documents["checklist"].split("##")[1], documents["checklist"]


def test_a_french_release_reports_an_older_update_s_future_in_the_conditional(project, settings, monkeypatch):
    """« Nous enverrons un SMS à chaque client d'ici demain soir », posted two days before the
    release, is reported from its day (« elle enverrait »), never « Elle enverra » as if still ahead."""
    from tests.test_press_grammar import _release

    release = _release(project, settings, monkeypatch, "fr", {"Résumé": "Notre page de suivi montrait les codes de "
                                                                        "retrait d'autres clients. Nous sommes désolés."},
                       updates=(("2026-09-04 18:00", "identifié", "Nous avons envoyé un SMS à chaque client concerné."),
                                ("2026-09-03 16:00", "identifié", "Nous avons informé l'autorité de protection des données. "
                                                                  "Nous enverrons un SMS à chaque client concerné d'ici "
                                                                  "demain soir."),
                                ("2026-09-03 10:05", "analyse", "Nous avons fermé la page.")))
    assert "enverra un SMS" not in release and "enverrait un SMS" in release, release


def test_a_text_says_what_the_laboratory_found_never_only_that_it_sent_results(project, settings):
    """« Le laboratoire nous a remis ses résultats : des bactéries ont été trouvées… »: the
    text gives the finding, never « le laboratoire nous a remis ses résultats. » alone."""
    from tests.press_support import statement_file
    from tests.test_kit52_words import _both_texts

    texts = {}
    for lang in ("en", "fr"):
        fr = lang == "fr"
        texts[lang] = statement_file(
            lang=lang, front="kind: recall\n", severity="major", started="2026-09-02 10:00",
            title="Rappel du collyre Clairvue" if fr else "Clairvue eye drops recalled",
            sections={("Résumé" if fr else "Summary"): (
                "Nous rappelons trois lots du collyre Clairvue : certains flacons sont mal fermés. N'utilisez plus ce "
                "collyre. Nous vous prions de nous excuser." if fr else
                "We are recalling three lots of Clairvue eye drops: some bottles are badly sealed. Stop using them. We "
                "apologise.")},
            updates=(("2026-09-03 11:00", "surveillance" if fr else "monitoring",
                      "Le laboratoire nous a remis ses résultats : des bactéries ont été trouvées dans 2 des 60 flacons "
                      "analysés, tous deux du lot CV-2703. Le rappel reste en vigueur : si vous avez encore un flacon de "
                      "ces lots, rapportez-le dans l'une de nos officines. Prochain point le samedi 5 septembre à 12 h."
                      if fr else
                      "The laboratory has sent us its results: bacteria were found in 2 of the 60 bottles tested, both "
                      "from lot CV-2703. The recall remains in force: if you still have a bottle from these lots, bring it "
                      "back to one of our pharmacies. Next update on Saturday 5 September at 12:00."),
                     ("2026-09-02 10:00", "identifié" if fr else "identified",
                      "Nous rappelons trois lots du collyre Clairvue." if fr else "We are recalling three lots of "
                                                                                  "Clairvue eye drops.")))
    said = _both_texts(project, settings, texts, "2026-09-02-clairvue", "03 11:00")
    assert "bacteria" in said["en"] and "bactéries" in said["fr"], said


def test_a_french_noun_and_its_a_complement_stay_together_when_our_becomes_the_name():
    """« 61 de nos 240 casiers à colis » told in the third person keeps « casiers à colis »
    together, never « des 240 casiers de Casiers Léman à colis »."""
    from generator.rendering.person import french

    told = french(["Depuis cette nuit, 61 de nos 240 casiers à colis de Lausanne ne s'ouvrent plus."], "Casiers Léman")
    assert told is None or "casiers de Casiers Léman à colis" not in told[0], told
    assert told is None or "casiers à colis" in told[0], told
    assert french(["Nous avons appelé nos clients à Lausanne."], "Casiers Léman") == [
        "Casiers Léman a appelé ses clients à Lausanne."]


def test_a_product_name_ending_in_ra_is_never_put_in_the_conditional():
    """« …de son collyre Salammbô Soin Hydra-Œil » in a dated line of the release: a product's name
    after a brand is no verb in the future (never « Hydrait-Œil »)."""
    from generator.rendering.person import french_told_then

    line = "Pharmacia rappelle les lots de son collyre Clair Soin Hydra-Œil : l'opercule n'est pas étanche."
    assert french_told_then(line) == line
    assert french_told_then("Clair Soin Hydra sera retiré de la vente.") == "Clair Soin Hydra serait retiré de la vente."


def test_init_writes_the_possessive_of_a_name_ending_in_s(tmp_path):
    """`onevoice init --name "BoxNua Parcel Lockers"`: "BoxNua Parcel Lockers' status site", never
    "Lockers's"."""
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["init", str(tmp_path / "site"), "--name", "BoxNua Parcel Lockers",
                                       "--url", "https://status.boxnua.example/", "--timezone", "Europe/Dublin"])
    assert result.exit_code == 0, result.output
    first = (tmp_path / "site" / "mkdocs.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# BoxNua Parcel Lockers' status site"), first
    result = CliRunner().invoke(main, ["init", str(tmp_path / "other"), "--name", "Casiers Léman",
                                       "--url", "https://statut.casiers.example/", "--timezone", "Europe/Zurich"])
    assert (tmp_path / "other" / "mkdocs.yml").read_text(encoding="utf-8").startswith("# Casiers Léman's status site")
