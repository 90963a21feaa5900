"""The press release's third person and its words for dates and places, one small example of
each rule: pasts that take no -s, one apology in the authors' spelling, instructions left in
the reader's words, AP numbers, possessives and dates, "here" named, French conjugation,
elision and the owner of a fault named."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from generator.rendering.moments import absolute_days
from generator.rendering.person import advice_named, english, french
from generator.rendering.press import _is_instruction, _sentences, press_times, render_press_release
from tests.press_support import statement_file, write_statement

PARIS = ZoneInfo("Europe/Paris")
MORNING = datetime(2026, 3, 4, 9, 30, tzinfo=PARIS)


def _english(*sentences: str, org: str = "Brisa Rail") -> list[str]:
    told = english(list(sentences), org)
    assert told is not None
    return told


def _french(*sentences: str, org: str = "Ardel Énergie") -> list[str]:
    told = french(list(sentences), org)
    assert told is not None
    return told


def test_irregular_pasts_take_no_s():
    told = " ".join(_english("We withdrew the timetable.", "We overtook the schedule.", "We grew the team.",
                             "We proceed carefully.", "We review every case."))
    assert "withdrew the timetable" in told and "overtook" in told and "grew the team" in told
    assert "withdrews" not in told and "grews" not in told
    assert "proceeds carefully" in told and "reviews every case" in told


def test_a_name_ending_in_s_takes_the_apostrophe_alone():
    assert _english("Our trains are late.", org="Brisa Lines") == ["Brisa Lines' trains are late."]
    assert _english("Our trains are late.") == ["Brisa Rail's trains are late."]


def test_the_fault_and_the_apology_are_one_act():
    assert _english("It was our mistake, and we are sorry.") == ["Brisa Rail said the mistake was its own and "
                                                                   "apologized."]
    assert _english("This was our fault.") == ["The fault was Brisa Rail's."]


def test_one_apology_in_ap_spelling():
    assert _english("We have apologized to her directly, and we apologize publicly.") == [
        "Brisa Rail has apologized to her directly, and publicly."]
    assert _english("We are sorry.") == ["Brisa Rail apologized."]


def test_an_instruction_after_a_long_if_clause_or_a_colon_is_an_instruction():
    assert _is_instruction("If your dog ate one and is sick, sleepy or shaking, call a vet.", "en")
    assert _is_instruction("If you kept the ticket, please bring it back.", "en")
    assert _is_instruction("Tickets were not charged: if you tried to pay, please try again.", "en")
    assert not _is_instruction("If the shop is closed, our team will call.", "en")
    assert _is_instruction("If your card was charged twice, it will be refunded.", "en")
    assert _is_instruction("Si votre chien en a mangé un et tremble, vomit ou dort, appelez un vétérinaire.", "fr")


def test_a_figure_after_no_is_not_a_sentence_start():
    assert _sentences("The leak was in pump No. 3 at the depot. It is fixed.") == [
        "The leak was in pump No. 3 at the depot.", "It is fixed."]


def test_ap_dates_with_a_year_take_commas():
    text = press_times("Refunds until 30 June 2027 at the desk. Sold between 2 and 9 January 2026.", "en", PARIS,
                       MORNING)
    assert text == "Refunds until June 30, 2027, at the desk. Sold between Jan. 2 and 9, 2026."


def test_french_relative_days_elide_and_keep_what_is_already_dated():
    assert press_times("Les trains d'aujourd'hui sont annulés.", "fr", PARIS, MORNING) == \
        "Les trains du 4 mars sont annulés."
    assert press_times("La panne a commencé ce matin-là.", "fr", PARIS, MORNING) == "La panne a commencé ce matin-là."
    assert absolute_days("Les trains d'aujourd'hui, ce soir-là.", "fr", PARIS, MORNING) == \
        "Les trains du 4 mars, ce soir-là."


def test_french_verbs_with_e_acute_take_a_grave_accent():
    told = " ".join(_french("Nous coopérons avec la police.", "Nous considérons ces données sensibles.",
                            "Nous espérons rouvrir.", "Nous menons l'enquête.", "Nous publions le rapport.",
                            "Nous vérifions les compteurs."))
    for verb in ("coopère", "considère", "espère", "mène", "publie le rapport", "vérifie"):
        assert verb in told


def test_french_elides_before_the_organisation_name():
    assert _french("Ce que nous ne savons pas : la cause.") == ["Ce qu'Ardel Énergie ne sait pas : la cause."]


def test_a_name_beginning_like_an_article_is_repeated_whole():
    # « Lanterna » has no article: its later sentences never read « La nterna ».
    told = _french("Nous avons trouvé la cause.", "Nous avons arrêté les renouvellements.", org="Lanterna")
    assert told == ["Lanterna a trouvé la cause.", "Lanterna a arrêté les renouvellements."]
    told = _french("Nous avons trouvé la cause.", "Nous avons arrêté les renouvellements.", org="La Coopérative")
    assert told[1] == "La coopérative a arrêté les renouvellements."


def test_the_owner_of_a_fault_is_named_in_french():
    assert _french("C'est une erreur de notre part, et non celle de notre technicien.") == [
        "C'est une erreur de la part d'Ardel Énergie, et non celle de son technicien."]
    assert _french("C'est notre faute, et nous vous présentons nos excuses.") == [
        "C'est la faute d'Ardel Énergie, et elle présente ses excuses."]


def test_a_sentence_opening_on_notre_names_the_organisation():
    assert _french("Le fournisseur a fermé l'usine.", "Notre propre équipe technique est sur place.") == [
        "Le fournisseur a fermé l'usine.", "L'équipe technique d'Ardel Énergie est sur place."]


def test_what_was_reported_to_us_and_what_is_in_our_warehouses_is_told_in_the_third_person():
    # Never quoted as the company's own words (« La fromagerie précise : « Dans nos entrepôts… » »).
    assert _french("À ce jour, aucun cas de listériose ne nous a été signalé.") == [
        "À ce jour, aucun cas de listériose n'a été signalé à Ardel Énergie."]
    assert _french("Dans nos entrepôts et ceux des distributeurs, 5 100 barquettes ont été bloquées.") == [
        "Dans les entrepôts d'Ardel Énergie et ceux des distributeurs, 5 100 barquettes ont été bloquées."]


def test_the_release_names_the_page_for_here_and_keeps_advice_in_the_second_person(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")  # the audit's day is still ahead
    text = statement_file(sections={"Summary": (
        "Some card payments failed at checkout. If your card was charged twice, the second charge, the "
        "duplicate, will be refunded within five days.")},
        updates=(("2026-09-03 10:05", "resolved", "Payments work again. We will publish the audit here by 30 "
                  "September 2026."),))
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "on its website by Sept. 30, 2026" in release and " here" not in release
    assert "their card" not in release and "If your card was charged twice" in release


def test_a_statement_closed_but_not_its_subject_is_not_called_resolved(project, settings):
    text = statement_file(updates=(("2026-09-03 10:05", "resolved", "Payments work again. We are closing this "
                                    "statement, but not the subject."),))
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "*Final update" in release and "Resolved." not in release


def test_a_lead_that_names_only_a_product_names_the_organisation(project, settings):
    text = statement_file(lang="fr", front="", title="Accès aux comptes Calypso Pay+", sections={"Résumé": (
        "Le 3 septembre, une personne a utilisé le compte de notre conseiller pour lire des données "
        "Calypso Pay+. Nous sommes désolés.")})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).markdown
    release = release.replace("\u00a0", " ")
    # (« une personne a utilisé le compte de son conseiller » would be that person's adviser:
    # the sentence is quoted in its own words, after the name of who says it.)
    assert "Calypso Pay indique : « Le 3 septembre, une personne a utilisé le compte de notre conseiller" in release
    assert "son conseiller" not in release


def test_ce_matin_la_in_the_summary_is_the_morning_of_the_day_its_lead_names(project, settings):
    text = statement_file(lang="fr", front="", title="Panne des terminaux", sections={"Résumé": (
        "Le jeudi 3 septembre, de 8 h à 11 h, des paiements ont échoué. La cause est une mise à jour "
        "appliquée ce matin-là. Nous en sommes désolés.")},
        updates=(("2026-09-04 10:05", "résolu", "Tout fonctionne."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).markdown
    assert "appliquée le matin du 3 septembre" in release and "-là" not in release


def test_a_relative_moment_with_an_hour_becomes_a_date_at_that_hour():
    assert absolute_days("Le second facteur est obligatoire depuis ce matin 9 h.", "fr", PARIS, MORNING) == \
        "Le second facteur est obligatoire depuis le 4 mars à 9 h."
    evening = absolute_days("Hier soir à 22 h 40, nous avons détecté un accès.", "fr", PARIS, MORNING)
    assert evening == "Le 3 mars à 22 h 40, nous avons détecté un accès.", evening
    assert "au soir" not in evening and "matin 9" not in evening
    assert absolute_days("Nous serons fermés jusqu'à demain.", "fr", PARIS, MORNING) == \
        "Nous serons fermés jusqu'au 5 mars."
    assert absolute_days("Le chiffre d'hier soir est corrigé.", "fr", PARIS, MORNING) == \
        "Le chiffre du 3 mars au soir est corrigé."
    assert absolute_days("Ce matin, le service a repris.", "fr", PARIS, MORNING) == \
        "Le 4 mars au matin, le service a repris."


def test_verbs_of_the_voir_family_keep_their_t():
    told = " ".join(_french("Nous revoyons nos procédures.", "Nous envoyons un courrier.", "Nous prévoyons un audit."))
    assert "revoit ses procédures" in told and "envoie un courrier" in told and "prévoit un audit" in told, told
    assert "revoie" not in told


def test_the_readers_possessive_takes_s_after_a_plural_without_s():
    assert _english("Your tickets are valid on the next train.") == ["People's tickets are valid on the next train."]


def test_every_verb_sharing_the_subject_agrees():
    assert _english("We are repairing the signal and expect to reopen the line at noon.") == [
        "Brisa Rail is repairing the signal and expects to reopen the line at noon."]


def test_your_with_no_one_to_be_their_keeps_the_readers_words():
    assert english(["The new timetable applies from the day it reaches your station."], "Brisa Rail") is None


def test_our_in_a_sentence_with_another_subject_names_the_organisation():
    told = _english("We hired an auditor.", "The auditor has confirmed our first findings.")
    assert told[1] == "The auditor has confirmed Brisa Rail's first findings."
    assert _english("We checked our trains.") == ["Brisa Rail checked its trains."]


def test_a_request_to_the_reader_late_in_a_sentence_is_an_instruction():
    assert _is_instruction("Most tickets were already used, so please keep your receipt.", "en")


def test_a_future_in_drons_or_an_irregular_one_is_conjugated():
    assert _french("Nous écrirons à chaque abonné.") == ["Ardel Énergie écrira à chaque abonné."]
    assert _french("Nous rendrons les cautions.") == ["Ardel Énergie rendra les cautions."]
    assert _french("Nous allons écrire à chaque abonné.") == ["Ardel Énergie va écrire à chaque abonné."]


def test_a_verb_sharing_the_subject_after_an_elided_pronoun_is_conjugated():
    assert _french("Nous avons repéré la fuite et l'avons colmatée.") == [
        "Ardel Énergie a repéré la fuite et l'a colmatée."]


def test_the_possessive_follows_the_nouns_gender():
    told = french(["Nous avons vérifié notre campagne.", "Nous avons vu une erreur de notre côté.",
                   "Nous rappelons notre Brique du Causse."], "Ardel Énergie",
                  context="La Brique du Causse est un fromage.")
    assert told == ["Ardel Énergie a vérifié sa campagne.", "Ardel Énergie a vu une erreur de son côté.",
                    "Ardel Énergie rappelle sa Brique du Causse."]


def test_a_name_of_unknown_gender_is_not_given_a_possessive():
    assert french(["Nous rappelons notre Brique du Causse."], "Ardel Énergie") is None


def test_our_findings_confirmed_by_another_party_are_the_organisations():
    assert _french("Le cabinet a confirmé nos premières constatations.") == [
        "Le cabinet a confirmé les premières constatations d'Ardel Énergie."]
    assert _french("Nous avons confirmé nos constatations.") == ["Ardel Énergie a confirmé ses constatations."]


def test_a_negation_after_an_opening_possessive_stays_whole():
    assert _french("Nous rappelons un lot.", "Nos fromages AOP ne sont pas concernés.")[1] == \
        "Les fromages AOP d'Ardel Énergie ne sont pas concernés."


def test_the_organisations_own_possessive_once_named_in_the_sentence_is_its():
    assert _english("A fault sent our file to our bank twice.") == [
        "A fault sent Brisa Rail's file to its bank twice."]


def test_a_possessive_with_no_one_named_before_names_the_organisation():
    assert _french("Une mise à jour de notre serveur a échoué.") == [
        "Une mise à jour du serveur d'Ardel Énergie a échoué."]


def test_an_imperative_after_an_opening_phrase_is_an_instruction():
    assert _is_instruction("D'ici là, continuez à faire bouillir l'eau.", "fr")


def test_a_relative_evening_is_dated_as_an_evening():
    assert press_times("Nous attendons le résultat d'ici demain soir.", "fr", PARIS, MORNING) == \
        "Nous attendons le résultat d'ici le 5 mars au soir."
    assert press_times("Le chiffre d'hier soir était faux.", "fr", PARIS, MORNING) == \
        "Le chiffre du 3 mars au soir était faux."
    assert press_times("We expect the result by tomorrow evening.", "en", PARIS, MORNING) == \
        "We expect the result by the evening of March 5."


def test_a_french_release_has_one_apostrophe_and_no_capital_after_its_colon(project, settings):
    text = statement_file(lang="fr", sections={"Résumé": "L'usine d'Ardel est arrêtée."},
                          updates=(("2026-09-03 10:05", "identified",
                                    "La fuite est colmatée. Si vous voyez de l'eau, appelez le 112."),))
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).markdown
    assert "L’usine d’Ardel" in release and "de l’eau" in release and "'" not in release.split("## À propos")[0]
    assert "\u00a0: si vous voyez" in release


def test_a_table_in_what_happened_keeps_its_rows_and_the_authors_headings_are_told(project, settings):
    text = statement_file(sections={
        "Summary": "Some card payments failed. We are sorry.",
        "What happened": "A certificate expired.\n\n| Item | Count |\n|---|---|\n| Failed payments | 1,200 |\n",
        "What we did": "We renewed the certificate.",
        "What this means for you": "Refunds reach people within a week."})
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "- Failed payments: 1,200" in release
    assert "## What Calypso Pay did" in release and "## What this means for people" in release


def test_an_earlier_updates_promise_to_update_the_page_is_not_printed(project, settings):
    # (Told as it stood then: the release is dated after it.)
    text = statement_file(updates=(
        ("2026-09-03 12:05", "monitoring", "Payments work again."),
        ("2026-09-03 10:05", "identified", "We are investigating and will update this page by 11:00.")))
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "Calypso Pay was investigating." in release and "this page" not in release


def test_a_lead_repeating_a_false_claim_carries_its_correction(project, settings):
    text = statement_file(lang="fr", front="", title="Notre affiche était fausse", sections={"Résumé": (
        "Notre affiche promettait des trains toutes les dix minutes. C'était faux : ils passent toutes "
        "les vingt minutes. Nous retirons l'affiche.")})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                   settings).markdown
    lead = release.split("**")[3]
    assert "dix minutes" in lead and "C’était faux" in lead


def test_french_possessive_belongs_to_the_organisation_only_once_it_is_named():
    # Two nouns make one phrase, named with the organisation; never « ses courriers » after
    # the clients.
    assert _french("Les 3 412 clients concernés ont tous été contactés : nos courriers et e-mails sont partis "
                   "entre le 25 et le 30 novembre.", org="Harbourline Bank") == [
        "Les 3 412 clients concernés ont tous été contactés : les courriers et e-mails de Harbourline Bank sont "
        "partis entre le 25 et le 30 novembre."]
    # A plural noun before its verb in -ent: « des voyageurs de X achètent ».
    assert _french("Chaque jour, environ 3 100 de nos voyageurs achètent leur trajet à bord.",
                   org="Lignes d'Armor") == [
        "Chaque jour, environ 3 100 des voyageurs de Lignes d'Armor achètent leur trajet à bord."]
    # After another subject, « ses entrepôts » would be the shops': the owner is named instead, with the article
    # its first word takes (« de la Fromagerie Bellecombe », as « du Parc Le Riverain »).
    assert french(["Les magasins ont retiré les lots de leurs rayons.",
                   "Dans nos entrepôts et ceux des distributeurs, 5 100 barquettes ont été bloquées."],
                  "Fromagerie Bellecombe") == [
        "Les magasins ont retiré les lots de leurs rayons.",
        "Dans les entrepôts de la Fromagerie Bellecombe et ceux des distributeurs, 5 100 barquettes ont été bloquées."]
    # Just named, the organisation owns « ses systèmes ».
    assert _french("C'était notre faute.", "Depuis 14 h, chacun de nos systèmes exige une seconde étape.",
                   org="Harbourline Bank")[1] == "Depuis 14 h, chacun de ses systèmes exige une seconde étape."


def test_french_names_the_organisation_with_one_elision_everywhere():
    # An h that is not mute takes « de », in the text as in the release's headings.
    assert _french("C'était notre faute.", org="Harbourline Bank") == ["C'était la faute de Harbourline Bank."]
    assert _french("C'était notre faute.", org="Hôtels Alcôve") == ["C'était la faute d'Hôtels Alcôve."]
    assert _french("C'était notre faute.", org="Ardel Énergie") == ["C'était la faute d'Ardel Énergie."]


def test_french_advice_calls_the_organisation_back_without_a_preposition():
    assert advice_named("En cas de doute, raccrochez et rappelez-nous au numéro inscrit au dos de votre carte.",
                        "Harbourline Bank", "fr") == \
        "En cas de doute, raccrochez et rappelez Harbourline Bank au numéro inscrit au dos de votre carte."
    assert advice_named("Écrivez-nous à dpo@example.com.", "Harbourline Bank", "fr") == \
        "Écrivez à Harbourline Bank à dpo@example.com."


def test_a_request_after_a_colon_still_speaks_to_the_reader():
    told = _english("Fourteen customers have told us about calls from people claiming to be from us: please hang up "
                    "and ring us on the number on the back of your card.", org="Harbourline Bank")
    assert told == ["Fourteen customers have told Harbourline Bank about calls from people claiming to be from "
                    "Harbourline Bank: please hang up and ring Harbourline Bank on the number on the back of your "
                    "card."]


def test_a_french_clause_after_a_semicolon_says_elle_rather_than_the_name_again():
    # « …la version précédente ; elle ne peut pas encore dire… »: never the organisation twice.
    told = _french("Nous revenons à la version précédente ; nous ne pouvons pas encore dire à quelle heure tout "
                   "fonctionnera de nouveau.")
    assert told == ["Ardel Énergie revient à la version précédente ; elle ne peut pas encore dire à quelle heure tout "
                    "fonctionnera de nouveau."], told
    # Another body named in between: the name again, never an « elle » that could be the agency's.
    told = _french("Nous avons prévenu l'agence régionale de santé ; nous la tiendrons informée.")
    assert told is not None and "; elle" not in told[0], told


def test_an_apology_after_a_clause_about_the_fault_names_the_organisation():
    # "…an update the company installed overnight; it apologized": "it" would be the fault.
    told = _english("The fault comes from an update we installed overnight, and we apologise.")[0]
    assert told.endswith("and Brisa Rail apologized.") and "it apologized" not in told
    # A sentence that opens on the organisation keeps its pronoun.
    assert _english("We found the fault at 9:00 and we apologise.")[0] == "Brisa Rail found the fault at 9:00 and it apologized."


def test_after_a_semicolon_elle_is_ours_only_when_the_sentence_opens_on_us():
    told = _french("La panne vient d'une mise à jour que nous avons installée cette nuit ; nous vous présentons nos excuses.")[0]
    assert told.endswith("; Ardel Énergie présente ses excuses.") and "elle présente" not in told
    assert _french("Nous revenons à la version précédente ; nous ne pouvons pas encore dire quand.")[0] == \
        "Ardel Énergie revient à la version précédente ; elle ne peut pas encore dire quand."


def test_a_pronoun_after_another_noun_names_the_organisation_instead():
    # "…the alarm that should have alerted our technician was not sent, because we had changed its
    # settings": "because it had changed" would be the alarm; « parce qu'il avait modifié » the technician.
    told = _english("We know the cause: the pump broke down, and the alarm that should have alerted our on-call "
                    "technician was not sent, because we had changed its settings without checking them.")[0]
    assert "because it had" not in told and "because Brisa Rail had changed" in told, told
    told = _french("Nous connaissons la cause : la pompe est tombée en panne, et l'alarme qui aurait dû prévenir notre "
                   "technicien d'astreinte n'a pas été transmise, parce que nous avions modifié son paramétrage.")[0]
    assert "parce qu'elle avait" not in told and "parce qu'Ardel Énergie avait modifié" in told, told


def test_the_third_person_keeps_whose_page_whose_employee_and_the_sentence_after_a_time(project, settings):
    # "our own login page" is the company's, never the e-mail's "its own"; "a Calypso Pay
    # employee" keeps the name; "at 2:20 p.m. our monitoring" goes on in lower case; "We are
    # switching it over and expect" agrees once "it" is only the object.
    from generator.rendering.press import render_press_release

    text = statement_file(sections={"Summary": (
        "On 25 November a Calypso Pay support engineer received an e-mail that imitated our own login page and "
        "entered their password there. On Sunday 29 November at 14:20 our monitoring flagged the volume of "
        "downloads, and at 14:55 we shut the account. We know that someone used the account of a Calypso Pay "
        "employee. We are switching it over by hand and expect the platform back by 16:00.")})
    release = " ".join(render_press_release(write_statement(project, settings, text), settings).text.split())
    assert "imitated its own" not in release and "own login page" in release, release
    assert "a the company" not in release and "a Calypso Pay employee" in release, release
    assert "p.m. The company" not in release and re.search(r"2:20 p\.m\. (?:the company's|Calypso Pay's) monitoring",
                                                            release), release
    assert "and expects the platform back" in release, release


def test_a_relative_day_beside_the_date_it_names_is_said_once():
    # « demain 27 novembre » once became « le 27 novembre 27 novembre » in the communiqué.
    assert absolute_days("Nous rembourserons le montant demain 27 novembre, sans démarche.", "fr", PARIS, MORNING) == \
        "Nous rembourserons le montant le 27 novembre, sans démarche."
    assert absolute_days("We will refund it tomorrow 5 March.", "en", PARIS, MORNING) == "We will refund it on 5 March."


def test_a_credit_union_is_la_caisse_with_its_capital_in_later_sentences():
    # In Québec « la caisse » is any till; the cooperative is « la Caisse ».
    told = " ".join(french(["Nous avons bloqué l'accès le 2 décembre.", "Nous offrons cinq ans de surveillance du crédit.",
                            "Nous présentons nos excuses."], "La Caisse Boréale") or [])
    assert "la Caisse offre" in told or "La Caisse offre" in told or "La Caisse présente" in told, told
    assert "la caisse " not in told and "La caisse " not in told, told


def test_a_release_about_a_staff_members_remarks_is_never_called_back_to_normal(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00-05:00")
    text = statement_file(lang="fr", title="Propos d'un employé à un membre à Verdun : nos excuses", severity="minor",
                          started="2026-12-01 19:00", front="", sections={
                              "Résumé": "Le 30 novembre, un de nos employés a refusé de servir un membre en anglais. "
                                        "Ces propos étaient blessants et contraires à nos valeurs. Nous nous en "
                                        "sommes excusés auprès du membre."},
                          updates=(("2026-12-03 15:00", "résolu", "Notre directrice régionale a rencontré le membre."),
                                   ("2026-12-01 19:00", "identifié", "Nous avons rencontré l'employé.")))
    release = render_press_release(write_statement(project, settings, text, "2026-12-01-propos.fr.md"), settings).markdown
    assert "Situation rétablie" not in release and "*Dernier point" in release, release


def test_french_excuses_are_presented_to_people_never_for_them():
    told = _french("Nous sommes désolés pour les voyageurs et les familles qui comptent sur nos cars.",
                   "Nous sommes vraiment désolés pour tous nos clients.",
                   "Nous sommes désolés pour ceux qui attendaient leur colis.",
                   "Nous sommes désolés pour la gêne occasionnée.")
    assert told == ["Ardel Énergie présente ses excuses aux voyageurs et aux familles qui comptent sur ses cars.",
                    "Ardel Énergie présente ses excuses à tous ses clients.",
                    "Ardel Énergie présente ses excuses à ceux qui attendaient leur colis.",
                    "Ardel Énergie présente ses excuses pour la gêne occasionnée."], told


def test_french_advice_named_agrees_its_second_verb_and_a_patrol_is_feminine():
    told = advice_named("Écrivez-nous : nous vous rembourserons votre billet et vous enverrons un billet gratuit. "
                        "Notre patrouille vous aidera.", "Grand-Héron", "fr")
    assert "Grand-Héron vous remboursera votre billet et vous enverra un billet gratuit." in told, told
    assert "La patrouille de Grand-Héron vous aidera." in told, told


def test_an_english_release_says_scheduled_for_a_day_never_for_on_it():
    from generator.rendering.press import press_times

    toronto = ZoneInfo("America/Toronto")
    said = press_times("Load tests are scheduled for tomorrow.", "en", toronto, datetime(2026, 12, 8, 16, tzinfo=toronto))
    assert said == "Load tests are scheduled for Dec. 9.", said


def test_this_afternoons_appointments_keep_their_afternoon_in_a_dated_release():
    # Written on 4 March: the morning's appointments were postponed, the afternoon's go ahead.
    told = press_times("This afternoon's appointments will go ahead unless we call you.", "en", PARIS, MORNING)
    assert "appointments on the afternoon of March 4 will go ahead" in told, told
    assert "The March 4 appointments" not in told, told


def test_our_products_after_another_body_are_ours_by_name_in_french():
    # « ses barres » after « Le MAPAQ » would be the regulator's: the organisation is named, so the
    # release tells the fact instead of quoting it.
    told = _french("Le MAPAQ a publié ce matin une mise en garde concernant nos barres tendres.", org="Grand-Lac")
    assert told == ["Le MAPAQ a publié ce matin une mise en garde concernant les barres tendres de Grand-Lac."], told
    told = _french("Toujours aucun cas de légionellose parmi nos patients et notre personnel.",
                   org="Le Groupe hospitalier Vesdre")
    assert told == ["Toujours aucun cas de légionellose parmi les patients et le personnel du Groupe hospitalier "
                    "Vesdre."], told


def test_what_is_said_to_customers_only_stays_out_of_the_release(project, settings):
    text = statement_file(updates=(("2026-09-03 10:05", "resolved",
                                    "Card payments work again since 10:00. Thank you for your patience."),))
    statement = write_statement(project, settings, text)
    body = render_press_release(statement, settings).markdown
    assert "Card payments work again" in body, body
    assert "patience" not in body, body
