"""French communiqué typography and person, on sentences written for these tests: a sentence
never opens on a figure, a pronoun never points at the wrong subject, and a correction's text
takes no capital after the colon."""

from __future__ import annotations

import re

from generator.rendering.person import french
from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement


def test_past_a_comma_the_organisation_is_named_not_elle():
    told = french(["Nous ne savons pas encore pourquoi il a cédé, c'est à l'enquête du BEA de l'établir, et nous ne "
                   "ferons pas de suppositions."], "Aérolis")
    assert told is not None
    assert "et Aérolis ne fera pas de suppositions" in told[0] and "elle ne fera" not in told[0], told


def test_a_french_release_never_opens_a_sentence_on_a_figure(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(lang="fr", front="", sections={"Résumé": (
        "Nous avons inspecté nos 12 autres avions. 11 ne présentaient aucune anomalie. 17 850 paquets ont été "
        "rapportés. Nous présentons nos excuses.")},
        updates=(("2026-09-03 10:05", "identifié", "L'enquête se poursuit."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    body = release.markdown.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Onze ne présentaient aucune anomalie." in body, body
    # A big figure opens the sentence as written: « Au total, 17 850… » is a calque of "A total of".
    assert "17 850 paquets ont été rapportés" in body and "Au total" not in body, body


def test_a_french_correction_takes_no_capital_after_its_colon(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 21:50", "identifié", "Sept personnes ont été blessées : deux ont été conduites au CHU."),))
    text = text.replace("deux ont été conduites au CHU.\n",
                        "deux ont été conduites au CHU.\n\n#### Rectificatif · 2026-09-03 23:15\nTrois personnes, et non "
                        "deux, ont été conduites au CHU.\n")
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    body = release.markdown.replace("\u00a0", " ").replace("\u202f", " ")
    assert "trois personnes, et non deux" in body and ": Trois personnes" not in body, body


def test_a_lead_whose_possessive_comes_before_the_name_says_who_speaks(project, settings):
    # « … la tournée de Halcyon Drive, sa file d'attente est tombée en panne »: « sa » would be
    # the band's; the lead opens with who says it, so the queue is the organisation's.
    text = statement_file(lang="fr", front="", sections={
        "Résumé": "Trois minutes après l'ouverture de la vente de la tournée de Halcyon Drive, notre file d'attente "
                  "virtuelle est tombée en panne et les fans ne pouvaient plus accéder à notre application. "
                  "Nous vous présentons nos excuses."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    lead = next(p for p in release.text.split("\n\n") if "Halcyon Drive" in p and "minutes" in p)
    assert lead.startswith("Calypso Pay indique que trois minutes après"), lead


def test_a_communique_reports_facts_without_first_person_in_its_own_voice_and_names_whose_noun() -> None:
    from generator.rendering.person import french

    # « rendez-vous » is no « vous »: a plain fact is said, not quoted as the organisation's words.
    told = french(["Le portail patient fonctionne normalement depuis 13 h 20 : prise de rendez-vous, préadmission et "
                   "documents sont de nouveau accessibles."], "Cliniques Loire Océan")
    assert told == ["Le portail patient fonctionne normalement depuis 13 h 20 : prise de rendez-vous, préadmission et "
                    "documents sont de nouveau accessibles."], told
    # A noun with its complement before the verb names the organisation at its first mention.
    told = french(["Le lundi 16 novembre, notre portail patient était inaccessible."], "Cliniques Loire Océan")
    assert told == ["Le lundi 16 novembre, le portail patient de Cliniques Loire Océan était inaccessible."], told


def test_a_subjunctive_stays_a_subjunctive_in_the_third_person() -> None:
    from generator.rendering.person import french

    told = french(["Elles ne reviendront pas avant que nous sachions pourquoi cette pièce a cédé."], "Glisso")
    assert told == ["Elles ne reviendront pas avant que Glisso sache pourquoi cette pièce a cédé."], told


def test_a_name_that_takes_an_article_keeps_it_in_the_advice_and_revue_is_feminine(project, settings) -> None:
    import dataclasses

    regie = dataclasses.replace(settings, organisation="Régie des Eaux du Val de Lauzière", short_name="",
                                organisation_names={})
    text = statement_file(lang="fr", front="", title="Eau du robinet impropre à la consommation", sections={
        "Résumé": "L'eau du robinet est impropre à la consommation dans 7 communes. Nous vous présentons nos "
                  "excuses. Le service ne reprendra pas tant que notre revue des alarmes ne sera pas terminée.",
        "Ce que vous pouvez faire": "- Si vous ne pouvez pas vous déplacer, appelez le 0 800 73 40 12 : nous vous "
                                    "livrons."},
        updates=(("2026-09-03 10:05", "identifié", "Les bouteilles sont distribuées."),))
    release = render_press_release(write_statement(project, regie, text, "2026-09-03-test.fr.md"), regie).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "0 800 73 40 12 : la Régie des Eaux du Val de Lauzière vous livre" in release, release
    assert "sa revue des alarmes" in release and "son revue" not in release, release


def test_a_verb_shared_with_nous_memes_is_quoted_not_left_in_the_first_person() -> None:
    shared = ("Savoir si nous aurions dû appareiller est une question à laquelle l'enquête, et nous-mêmes, devons "
              "répondre.")
    assert french([shared], "Ormer Line") is None  # quoted whole, never « elle-même, devons répondre »
    assert french(["Nous avons vérifié nous-mêmes chaque ascenseur."], "Ormer Line") == [
        "Ormer Line a vérifié elle-même chaque ascenseur."]


def test_a_fact_that_leads_to_an_instruction_keeps_its_place_in_the_release(project, settings) -> None:
    text = statement_file(lang="fr", front="", title="Eau du robinet impropre à la consommation", sections={
        "Résumé": "L'eau du robinet a été impropre à la consommation dans 7 communes. Nous vous présentons nos "
                  "excuses. Le 3 septembre, la restriction a été levée dans 5 communes. Elle reste en vigueur aux "
                  "Granges et à Montaillon : n'y buvez pas l'eau du robinet. L'eau en bouteille y reste distribuée."},
        updates=(("2026-09-03 10:05", "identifié", "La restriction est levée dans 5 communes."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    # Where the ban holds is a fact of the lead; « y » would otherwise point at the lifted communes.
    assert "Elle reste en vigueur aux Granges et à Montaillon." in release.replace("\u00a0", " "), release


def test_a_communique_gives_paris_times_without_cet(project, settings):
    # « de 8 h 47 à 13 h 25 CET » mixes the French time with the English abbreviation.
    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    text = statement_file(lang="fr", sections={
        "Résumé": "Lundi, nos clients n'ont pas pu utiliser l'application de 08:47 à 13:25 CET. Nous en sommes désolés."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    assert "CET" not in release, release
    assert re.search(r"8[\s\u00a0\u202f]h[\s\u00a0\u202f]47", release), release


def test_french_names_a_foreign_clock_by_its_french_city():
    # « heure de London » in a French copy reads as a machine's.
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.moments import time_words

    said = time_words(datetime(2026, 6, 2, 12, tzinfo=UTC), ZoneInfo("Europe/London"), "fr")
    assert "heure de Londres" in said and "London" not in said, said


def test_french_names_a_greenwich_clock_gmt_as_the_statement_does():
    # A Jersey bank writes « 16 h 40 GMT »: « (heure de Jersey) » beside it reads as a second clock.
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.moments import moment_words, time_words

    said = time_words(datetime(2026, 12, 2, 12, tzinfo=UTC), ZoneInfo("Europe/Jersey"), "fr")
    assert said.replace("\u00a0", " ") == "12 h GMT", said
    assert "(heure de Paris)" in time_words(datetime(2026, 12, 2, 12, tzinfo=UTC), ZoneInfo("Europe/Paris"), "fr")
    assert "Jersey" not in moment_words(datetime(2026, 12, 3, 12, tzinfo=UTC), ZoneInfo("Europe/Jersey"), "fr")


def test_french_promise_is_a_deadline_not_a_time(project, settings):
    # The authors wrote « avant 12 h 00 GMT »: the copies never turn it into « à 12 h ».
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.moments import by_moment, moment_words

    when = moment_words(datetime(2026, 12, 3, 12, tzinfo=UTC), ZoneInfo("Europe/Paris"), "fr")
    assert by_moment(when, "fr").replace("\u00a0", " ") == "le 3 décembre avant 13 h (heure de Paris)"
    today = moment_words(datetime(2026, 12, 3, 12, tzinfo=UTC), ZoneInfo("Europe/Paris"), "fr",
                         reference=datetime(2026, 12, 3, 8, tzinfo=UTC))
    assert by_moment(today, "fr").startswith("avant 13"), today


def test_a_quote_ending_on_a_hyphenated_place_keeps_its_last_word(project, settings):
    # « …aux habitants de l'Île-aux », déclare… : "-Moines." was read as a signature's dash.
    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    text = statement_file(lang="fr", sections={
        "Résumé": "Un ferry est tombé en panne ce matin. Nous en sommes désolés.",
        "Citation": "« Nous sommes désolés pour la gêne causée aux habitants de l'Île-aux-Moines. »"})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    assert "Île-aux-Moines" in release, release


def test_a_plural_name_is_told_as_the_group_and_a_doctor_takes_the_article(project, settings) -> None:
    import dataclasses

    clinics = dataclasses.replace(settings, organisation="Cliniques Belledonne", short_name="", organisation_names={})
    text = statement_file(lang="fr", front="spokesperson: {name: Dr Anne Ravier, role: présidente du directoire}\n",
                          title="Cyberattaque contre nos systèmes", sections={
        "Résumé": "Une cyberattaque perturbe nos quatre cliniques. Nous vous présentons nos excuses.",
        "Citation": "« Nous ne paierons pas de rançon. »",
        "Ce que vous pouvez faire": "- Urgence vitale : appelez le 15."},
        updates=(("2026-09-03 10:05", "identifié", "Nos cliniques restent ouvertes."),))
    release = render_press_release(write_statement(project, clinics, text, "2026-09-03-test.fr.md"), clinics).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Le groupe Cliniques Belledonne présente ses excuses" in release, release
    assert "Cliniques Belledonne présente" not in release.replace("groupe Cliniques Belledonne présente", "")
    assert "recommandations des Cliniques Belledonne" in release, release
    assert "déclare le Dr Anne Ravier" in release, release


def test_the_spokespersons_quote_is_given_word_for_word_with_here_said_for_a_reader_away_from_the_page(
        project, settings) -> None:
    # The page, every channel and the release quote the same words; "here" (the page) is kept and
    # named in brackets for a reader away from the page, as the copies give the same quote (kit 59:
    # an unmarked "report on our website" in the release beside "here [on our website]" on LinkedIn
    # was two versions of the chief executive's words).
    for lang, quote, expected in (
            ("en", "\"We will publish here what the investigation finds. I apologise.\"",
             "We will publish here [on our website] what the investigation finds. I apologise"),
            ("fr", "« Nous publierons ici ce que l'enquête établira. »",
             "Nous publierons ici [en ligne] ce que l’enquête établira")):
        text = statement_file(lang=lang, front="spokesperson: {name: Ann Lee, role: Chief Executive}\n", sections={
            ("Summary" if lang == "en" else "Résumé"): ("Card payments failed. We are sorry." if lang == "en" else
                                                        "Des paiements ont échoué. Nous en sommes désolés."),
            ("Quote" if lang == "en" else "Citation"): quote})
        name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
        release = render_press_release(write_statement(project, settings, text, name), settings)
        assert expected in release.text.replace("\u00a0", " ").replace("\u202f", " ").replace("\\[", "[").replace(
            "\\]", "]"), release.text


def test_the_release_never_lifts_a_figure_a_later_update_restated_and_dates_a_relative_day(project, settings):
    text = statement_file(lang="fr", front="", title="Relevés envoyés à d'autres clients", started="2026-09-02 09:00",
                          sections={"Résumé": "Le relevé de 5 180 clients a été envoyé à d'autres clients. Nous en "
                                              "sommes désolés."},
                          updates=(("2026-09-03 11:00", "identifié", "Le décompte complet est de 5 180 clients, et non "
                                                                     "de 3 400 : un second lot a subi la même erreur."),
                                   ("2026-09-02 13:30", "identifié", "Environ 3 400 clients ont reçu le relevé d'un "
                                                                     "autre client."),
                                   ("2026-09-02 09:15", "analyse", "Depuis ce matin, des clients nous signalent "
                                                                   "avoir reçu le relevé d'un autre client.")))
    release = render_press_release(write_statement(project, settings, text, "2026-09-02-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Environ 3 400 clients ont reçu" not in release, release
    # (A quote keeps the authors' words under the line that dates it: « ce matin » is the morning of
    # that line's day, and a journalist comparing it with the page finds the same words.)
    line = next(line for line in release.splitlines() if line.startswith("- Le 2 septembre à 9 h 15"))
    assert "« Depuis ce matin, des clients" in line, release


def test_verbs_of_the_third_group_take_their_own_third_person():
    told = french(["Nous étendons le rappel à ce lot.", "Nous les transmettrons aux enquêteurs.",
                   "Nous répondons à chaque message."], "Évolys Salons")
    assert told is not None
    joined = " ".join(told)
    assert "étend le rappel" in joined and "étende" not in joined, told
    assert "les transmettra aux enquêteurs" in joined, told
    assert "répond à chaque message" in joined, told
    # (« connaîtrons », a future; « montrons », a present)
    told = french(["Nous publierons chaque nouveau lot dès que nous le connaîtrons.",
                   "Nous montrons chaque lot à l'inspecteur."], "Évolys Salons")
    assert told is not None and "dès qu'elle le connaîtra" in " ".join(told).replace("’", "'"), told
    assert "montre chaque lot" in " ".join(told), told


def test_a_feminine_noun_in_ique_takes_sa():
    told = french(["Une panne de notre billettique empêche de payer à bord."], "Lignes d'Armor")
    assert told is not None and "de sa billettique" in told[0], told


def test_a_communique_states_its_chapo_and_leaves_an_instruction_to_the_advice(project, settings):
    text = statement_file(lang="fr", front="", sections={
        "Résumé": "Le lundi 30 novembre, 612 virements émis par nos clients sont restés bloqués chez nous pendant six "
                  "heures. Tous ont été transmis le jour même. Si un créancier vous a facturé des frais de retard, "
                  "envoyez-nous le justificatif : nous vous les rembourserons. Nous vous prions de nous excuser.",
        "Ce que vous pouvez faire": "- Si un créancier vous a facturé des frais de retard, envoyez-nous le "
                                    "justificatif : nous vous les rembourserons."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).text.replace("\u00a0", " ").replace("\u202f", " ")
    chapo = next(p for p in release.split("\n\n") if "612 virements" in p)
    # A fact in the communiqué's voice, never « Calypso Pay indique : « … chez nous… » », and the
    # name once (« les clients de Calypso Pay … chez l'entreprise »)
    assert "restés bloqués chez l’entreprise" in chapo and "«" not in chapo, chapo
    second = next(p for p in release.split("\n\n") if p.startswith("Tous ont été transmis"))
    assert "envoyez-nous" not in second and "«" not in second, second
    assert "envoyez à Calypso Pay le justificatif : l’entreprise vous les remboursera" in release, release


def test_the_summary_s_own_instruction_is_given_whole_near_the_top(project, settings):
    # « montez quand même » without « sans risque d'amende » tells people to board, not that it is
    # allowed: the summary's instruction is given whole, its « ce soir » dated, as the
    # communiqué's own advice (never a quote of ourselves, « Calypso Pay indique : « … » »).
    text = statement_file(lang="fr", front="", started="2026-09-03 06:40", sections={
        "Résumé": "Depuis 5 h 50, une panne de notre billettique empêche de payer par carte à bord de nos cars. Si le "
                  "valideur refuse votre carte, montez quand même : vous pouvez voyager sans titre jusqu'à la fin du "
                  "service ce soir, sans risque d'amende. Nous vous prions de nous excuser."},
        updates=(("2026-09-03 06:40", "enquête", "Nous cherchons la cause."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).text.replace("\u00a0", " ").replace("\u202f", " ")
    second = release.split("\n\n")[4]
    assert "Les recommandations de Calypso Pay : si le valideur refuse votre carte, montez quand même ; vous pouvez " \
           "voyager sans titre jusqu'à la fin du service le 3 septembre au soir, sans risque d'amende" in \
        second.replace("’", "'"), release
    assert "«" not in second, second


def test_french_copies_say_the_promise_as_the_authors_did(project, settings, monkeypatch):
    # « Prochain point avant 12 h » written by the team stays a deadline everywhere; « à 12 h 00 »
    # stays a time: neither is rewritten into the other.
    from generator.rendering.channels import render_copies
    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-03T11:00:00+02:00")
    for said, expected, never in (("avant 12 h 00", "avant 12 h", "point le 4 septembre à 12 h"),
                                  ("à 12 h 00", "à 12 h", "avant 12 h")):
        text = statement_file(lang="fr", front="next_update: 2026-09-04 12:00\n", sections={
            "Résumé": "Des paiements par carte échouent. Nous en sommes désolés."},
            updates=(("2026-09-03 10:05", "identifié", f"Nous installons un correctif. Prochain point demain {said}."),))
        statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
        mastodon = next(c for c in render_copies(statement, settings, ["mastodon"]) if c.kind == "announcement")
        release = render_press_release(statement, settings).text
        for out in ("\n".join(mastodon.parts), next(p for p in release.split("\n\n") if "Prochain point" in p)):
            out = out.replace("\u00a0", " ").replace("\u202f", " ")
            assert f"Prochain point le 4 septembre {expected}" in out and never not in out, out


def test_a_masculine_or_public_name_is_never_called_l_entreprise_after_an_article(project, settings) -> None:
    import dataclasses

    # « le Syndicat des Eaux… » never becomes « le l'entreprise », « du l'entreprise ».
    syndicat = dataclasses.replace(settings, organisation="Syndicat des Eaux de la Valbrune", short_name="",
                                   organisation_names={})
    text = statement_file(lang="fr", front="kind: safety\n", title="Eau du robinet à faire bouillir", sections={
        "Résumé": "Le Syndicat des Eaux de la Valbrune demande aux habitants de faire bouillir l'eau. Nous vous "
                  "présentons nos excuses.",
        "Ce qui s'est passé": "Une pompe est tombée en panne. C'est la responsabilité du Syndicat des Eaux de la "
                              "Valbrune. Le Syndicat des Eaux de la Valbrune a aussitôt décidé de restreindre la "
                              "consommation de l'eau."},
        updates=(("2026-09-03 10:05", "identifié", "Le Syndicat des Eaux de la Valbrune distribue de l'eau."),))
    release = render_press_release(write_statement(project, syndicat, text, "2026-09-03-test.fr.md"), syndicat).text
    release = release.replace("’", "'")
    for wrong in ("le l'entreprise", "du l'entreprise", "Le l'entreprise", "l'entreprise"):
        assert wrong not in release, release


def test_a_short_name_takes_its_own_possessive_in_english(project, settings) -> None:
    import dataclasses

    # "Alvéa Medical Clinics' platform" told with the short name is "Alvéa's platform".
    clinics = dataclasses.replace(settings, organisation="Alvéa Medical Clinics", short_name="Alvéa",
                                  organisation_names={})
    text = statement_file(title="Patient information accessed", sections={
        "Summary": "Someone used an employee's password to reach patient information. We are deeply sorry.",
        "What happened": "Someone logged in to our online booking platform. Our IT team shut off the access. The "
                         "mistake was ours."},
        updates=(("2026-09-03 10:05", "identified", "Our IT team shut off the access."),))
    release = render_press_release(write_statement(project, clinics, text), clinics).text
    assert "Alvéa'" not in release.replace("Alvéa's", ""), release


def test_a_list_of_data_items_stays_a_list_never_attributed_item_by_item(project, settings) -> None:
    # « - numéro d'assurance maladie et sa date d'expiration ; » is an item: never « X indique que
    # numéro… » nor « X ajoute : « date, heure… » ».
    for lang, lead, items in (
            ("fr", "Entre le 17 et le 23 novembre, cette personne a exporté les renseignements suivants :",
             ["nom, date de naissance et adresse courriel ;", "numéro d'assurance maladie et sa date d'expiration ;",
              "date, heure et clinique de vos rendez-vous pris en ligne depuis janvier 2023."]),
            ("en", "Between November 17 and 23, this person exported the following information:",
             ["name, date of birth and email address;", "health insurance number and its expiry date;",
              "the date, time and clinic of your appointments booked online since January 2023."])):
        heading = "Ce qui s'est passé" if lang == "fr" else "What happened"
        text = statement_file(lang=lang, title="Accès non autorisé" if lang == "fr" else "Unauthorised access",
                              sections={("Résumé" if lang == "fr" else "Summary"): (
                                  "Des renseignements de patients ont été extraits. Nous sommes désolés."
                                  if lang == "fr" else "Patient information was extracted. We are sorry."),
                                  heading: lead + "\n\n" + "\n".join(f"- {item}" for item in items)})
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        release = render_press_release(write_statement(project, settings, text, name), settings).text
        release = release.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
        for item in items:
            assert f"- {item}" in release, release


def test_a_name_that_qualifies_a_noun_is_never_replaced_by_l_entreprise(project, settings) -> None:
    # « les livraisons Calypso Pay sont suspendues » names a service: never « les livraisons l'entreprise ».
    text = statement_file(lang="fr", title="Notre promotion pendant la tempête", sections={
        "Résumé": "Calypso Pay a envoyé une promotion pendant la tempête. C'était une faute, et Calypso Pay présente "
                  "ses excuses. Depuis le 1er septembre, les livraisons Calypso Pay sont suspendues en cas d'alerte."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    assert "livraisons l’entreprise" not in release and "livraisons l'entreprise" not in release, release


def test_a_quote_signed_after_its_closing_mark_is_attributed_once(project, settings):
    # « … » Claire Martin, présidente de Calypso. : the authors' signature, with no dash.
    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    text = statement_file(lang="fr", sections={
        "Résumé": "Un ferry est tombé en panne ce matin. Nous en sommes désolés.",
        "Citation": "« Nous vous devons des explications, et vous les aurez. » Claire Martin, présidente de Calypso."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert release.count("Claire Martin") == 1, release
    assert "« Nous vous devons des explications, et vous les aurez », déclare Claire Martin" in release, release


def test_the_third_person_keeps_a_pronoun_before_its_verb_and_agrees_with_one_subject(project, settings):
    # « Notre publicité leur a dit » → « La publicité de Calypso Pay leur a dit » (never « La
    # publicité leur de… »); « nous en portons seuls » → one subject, « seule »; « notre présidente »
    # → « la présidente »; « Ensemble, nous… » is quoted, never « Ensemble, l'entreprise… ».
    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    text = statement_file(lang="fr", front="", sections={
        "Résumé": "Notre publicité a blessé des milliers de personnes. Nous leur présentons nos excuses.",
        "Ce qui s'est passé": "Le vitiligo n'est pas un défaut. Notre publicité leur a dit exactement le contraire.\n\n"
                              "Ce montage a été validé par notre direction marketing ; personne chez nous n'a posé les "
                              "bonnes questions. Nous en portons seuls la responsabilité.\n\n"
                              "Claire Martin, notre présidente, a rencontré deux associations. Ensemble, nous avons "
                              "arrêté trois engagements."},
        updates=(("2026-09-03 10:05", "identifié", "Nous avons retiré la publicité."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    assert "La publicité de Calypso Pay leur a dit exactement le contraire." in release, release
    assert "publicité leur de" not in release and " seuls la responsabilité" not in release, release
    assert "seule la responsabilité" in release and "chez l'entreprise" not in release, release
    assert "le présidente" not in release and "Ensemble, l'entreprise" not in release, release


def test_tonight_told_in_the_morning_as_what_we_will_do_is_the_night_to_come(project, settings, monkeypatch):
    # Written at 10:30 on 4 December: « Nous ajoutons deux traversées cette nuit » is the night of
    # 4 to 5 December; « 300 passagers ont dormi cette nuit dans nos terminaux », the one just gone.
    from generator.rendering.press import render_press_release
    from tests.press_support import statement_file, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    text = statement_file(lang="fr", front="", started="2026-12-03 21:00", sections={
        "Résumé": "Un coup de vent a fait annuler nos traversées. Nous en sommes désolés."},
        updates=(("2026-12-04 10:30", "identifié", "Nous ajoutons deux traversées Douvres–Calais cette nuit. "
                                                  "Environ 300 passagers ont dormi cette nuit dans nos terminaux."),))
    release = render_press_release(write_statement(project, settings, text, "2026-12-03-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "traversées Douvres–Calais dans la nuit du 4 au 5 décembre" in release, release
    assert "ont dormi dans la nuit du 3 au 4 décembre" in release, release


def test_a_short_name_that_is_also_a_town_is_never_replaced_by_the_company(project, settings) -> None:
    # Traversiers Bellerive runs ferries from the town of Bellerive: « logés à nos frais à
    # Bellerive » never becomes « aux frais de Bellerive à l'entreprise ».
    import dataclasses

    ferries = dataclasses.replace(settings, organisation="Traversiers Bellerive", short_name="Bellerive",
                                  organisation_names={})
    text = statement_file(lang="fr", front="", title="Début d'incendie à bord d'un traversier", sections={
        "Résumé": "Un début d'incendie s'est déclaré hier dans la salle des machines d'un traversier, à quai à "
                  "Bellerive. Nous en sommes désolés.",
        "Ce qui s'est passé": "Les 38 résidents de l'île qui n'ont pas pu rentrer chez eux ont été logés à nos frais "
                              "à Bellerive. Le premier départ de Bellerive est prévu à 7 h 30."},
        updates=(("2026-09-03 10:05", "identifié", "Le navire de remplacement arrivera à Bellerive vers 11 h 30."),))
    release = render_press_release(write_statement(project, ferries, text, "2026-09-03-test.fr.md"), ferries).text
    release = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert "à l'entreprise" not in release.replace("’", "'") and "de l'entreprise à" not in release.replace("’", "'"), release
    assert "Premier départ de Bellerive" in release or "premier départ de Bellerive" in release, release
