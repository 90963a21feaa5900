"""Translations of one statement must give the same figures, dates, times and links, each
language read in its own conventions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.checking.lint.translation_rules import facts
from tests.test_lint_support import EN_SECTIONS, FR_SECTIONS, by_rule, lint_files, statement

EN = "2026-11-20-card-payments.md"
FR = "2026-11-20-card-payments.fr.md"


def pair(en_extra: str, fr_extra: str) -> dict[str, str]:
    """The two language files, identical in facts except one sentence added to the
    'what we are doing' section of each (line 13 in both files)."""
    en = {**EN_SECTIONS, "What we are doing": EN_SECTIONS["What we are doing"] + " " + en_extra}
    fr = {**FR_SECTIONS, "Ce que nous faisons": FR_SECTIONS["Ce que nous faisons"] + " " + fr_extra}
    return {EN: statement(en), FR: statement(fr, lang="fr")}


@pytest.mark.parametrize(("en", "fr"), [
    ("We have contacted 1,240 merchants.", "Nous avons contacté 1 240 commerçants."),
    ("You can retry after 2 pm.", "Vous pouvez réessayer après 14 h."),
    ("You can retry after 2:30 pm.", "Vous pouvez réessayer après 14 h 30."),
    ("The audit will report by 15 January.", "L'audit rendra ses conclusions avant le 15 janvier."),
    ("Refunds arrive within 24 hours.", "Les remboursements arrivent sous 24 h."),
    ("About 2.5% of payments failed.", "Environ 2,5 % des paiements ont échoué."),
    ("Details: https://status.example.com/faq.", "Détails : https://status.example.com/faq."),
    ("Call +33 4 72 00 00 00.", "Appelez le +33 4 72 00 00 00."),
    ("Orders from 1 March are affected.", "Les commandes depuis le 1er mars sont concernées."),
    ("Orders placed from March 2 to March 9 are affected.", "Les commandes passées du 2 au 9 mars sont concernées."),
    ("Orders placed March 2-9 are affected.", "Les commandes passées du 2 au 9 mars sont concernées."),
    # The North American way and the French: a range told with "and" / « et le ».
    ("Between November 17 and 23, 2026, someone copied the data.",
     "Entre le 17 et le 23 novembre 2026, quelqu'un a copié les données."),
    ("Between 17 and 23 November, someone copied the data.", "Du 17 au 23 novembre, quelqu'un a copié les données."),
    # Two days of one month, each with its article (« du 9 et du 16 novembre »).
    ("Bills dated November 9 and November 16 charged the fee.", "Les factures datées du 9 et du 16 novembre l'ont imputé."),
    # A range across two months with its year after it, each language its own way.
    ("Bars sold from November 28 to December 8, 2026 are recalled.",
     "Les barres vendues du 28 novembre au 8 décembre 2026 sont rappelées."),
    ("We will call you back by 4:15 pm.", "Nous vous rappellerons d'ici 16 h 15."),
    ("We will call you back by 21:00.", "Nous vous rappellerons d’ici 21 h."),
    ("The line is open 24/7.", "La ligne est ouverte 24 h/24 et 7 j/7."),
    ("The helpline opens at 08:00: 0 805 29 11 28.", "La ligne ouvre à 8 h : 0 805 29 11 28."),
    ("Refunds of €1,240.50 are on their way.", "Les remboursements de 1 240,50 € sont en route."),
    ("Shops reopen at noon.", "Les magasins rouvrent à midi."),
    ("Online services were down for 3 hours 20 minutes.", "Les services en ligne ont été coupés pendant 3 h 20."),
    ("The last person was brought down 3 hours 38 minutes after the stop.",
     "La dernière a été évacuée 3 h 38 après l'arrêt."),
    ("The line answers 7 days a week.", "La ligne répond 7 jours sur 7."),
    ("The line is open seven days a week.", "La ligne est ouverte tous les jours."),
    ("Call [+33 1 99 00 58 10](tel:+33199005810).", "Appelez le [01 99 00 58 10](tel:+33199005810)."),
    ("Call 0808 157 0392 (free from the UK).", "Appelez le +44 808 157 0392 (depuis le Royaume-Uni)."),
    ("Refunds arrive within seven days.", "Les remboursements arrivent sous 7 jours."),
    ("We will update this page by 12 noon.", "Nous mettrons cette page à jour d'ici 12 h."),
    ("Only version 6.12 of the Android app is affected.", "Seule la version 6.12 de l'application Android est concernée."),
    # A figure converted for French readers, in brackets after the one both give; a time told
    # again in Paris time across midnight; round the clock said in words.
    ("Gusts reach 60 mph at the harbour.", "Les rafales atteignent 60 mph (près de 100 km/h) au port."),
    ("We refund up to £120 a night.", "Nous remboursons jusqu'à 120 £ (environ 140 €) par nuit."),
    ("Next update by 23:45 UK time.", "Prochain point d'ici 23 h 45, heure britannique (0 h 45 heure de Paris)."),
    ("Our freight desk is open around the clock.", "Notre service fret est joignable 24 h sur 24."),
    ("Our helpline answers 24 hours a day.", "Notre ligne d'aide répond 24 h/24."),  # (kit 37)
    # A wait and an outage's length told in hours and minutes, each language its own way (kit 35).
    ("She waited 1 hour 15 minutes on the platform.", "Elle a attendu 1 h 15 sur le quai."),
    ("The outage lasted 4 hours 3 minutes for calls.", "La panne a duré 4 h 03 pour les appels."),
    # Swiss French amounts with a decimal point and thousands with an apostrophe (kit 43).
    ("Day passes were sold for CHF 6.50 instead of CHF 65.", "Les forfaits ont été vendus CHF 6.50 au lieu de CHF 65."),
    ("We have refunded 12,400 passes.", "Nous avons remboursé 12'400 forfaits."),
    ("We are honouring every order placed at CHF 6.50.", "Nous honorons les commandes passées au prix de CHF 6.50."),
    ("436 passes were sold at CHF 6.50, in 171 orders.", "436 forfaits ont été vendus à CHF 6.50, dans 171 commandes."),
    # A small count in words as part of a compound ("four-seat", kit 34).
    ("The haul rope of the four-seat chairlift came off.", "Le câble du télésiège 4 places est sorti des poulies."),
    # A list of days in one month, each language its own way (kit 53: an error had forced a range).
    ("Tankers came on December 2, 3 and 9.", "Les camions-citernes sont venus les 2, 3 et 9 décembre."),
    ("Tankers came on 2, 3 and 9 December.", "Les camions-citernes sont venus le 2, le 3 et le 9 décembre."),
    # A day said again without its month in one language (kit 53).
    ("The doses arrive on Monday, February 8, not on Friday, February 5.",
     "Les doses arrivent le lundi 8 février, et non le vendredi 5."),
])
def test_the_same_facts_written_in_each_language_agree(project: Path, en: str, fr: str) -> None:
    result = lint_files(project, pair(en, fr))
    assert by_rule(result.problems, "inconsistent-facts") == []
    assert by_rule(result.problems, "facts-to-check") == []  # nor a fact said in one language only


def test_a_figure_in_brackets_that_is_no_conversion_is_still_a_fact_the_other_file_lacks(project: Path) -> None:
    result = lint_files(project, pair("We have called the customers.", "Nous avons appelé les clients (1 240 appels)."))
    assert [p.message for p in by_rule(result.problems, "facts-to-check")], result.problems


@pytest.mark.parametrize(("en", "fr", "here", "there"), [
    ("You can retry after 11:00.", "Vous pouvez réessayer après 12 h.", "“12 h”", "“11:00”"),
    ("We have contacted 1,240 merchants.", "Nous avons contacté 1 420 commerçants.", "“1 420”", "“1,240”"),
    ("The audit will report by 15 January.", "L'audit rendra ses conclusions avant le 16 janvier.",
     "“16 janvier”", "“15 January”"),
])
def test_a_figure_date_or_time_that_differs_is_an_error_in_the_translation(
        project: Path, en: str, fr: str, here: str, there: str) -> None:
    result = lint_files(project, pair(en, fr))
    (problem,) = by_rule(result.problems, "inconsistent-facts")
    assert problem.path.endswith(FR) and problem.line == 13
    assert (problem.severity, problem.category) == ("error", "inconsistent")
    assert f"says {here} here but {there} in the English file" in problem.message
    assert problem.column == len(FR_SECTIONS["Ce que nous faisons"]) + 2 + fr.index(here.strip("“”"))
    assert problem.hint.startswith("Donnez les mêmes chiffres")


def test_each_language_may_link_its_own_page_on_the_same_site(project: Path) -> None:
    # (A blind kit's claim page was /claim in English and /fr/reclamation in French: every block
    # that gave the link was reported, a warning per block for pages that are right.)
    result = lint_files(project, pair("Claim at https://www.example.com/claim or see https://status.example.com/faq.",
                                      "Réclamez sur https://www.example.com/fr/reclamation ou voyez "
                                      "https://status.example.com/aide."))
    assert [p for p in result.problems if p.rule in ("inconsistent-facts", "facts-to-check")] == []


def test_a_link_to_another_site_is_a_warning(project: Path) -> None:
    # (A blind kit's recall page was /petit-mousse in English and /rappel in French: an error
    # made its authors give the French readers the English address. Another site may be a slip.)
    result = lint_files(project, pair("Details: https://status.example.com/faq.",
                                      "Détails : https://status.exemple.fr/aide."))
    assert by_rule(result.problems, "inconsistent-facts") == []
    (problem,) = by_rule(result.problems, "facts-to-check")
    assert problem.severity == "warning" and problem.path.endswith(FR)
    assert "“https://status.exemple.fr/aide” here but “https://status.example.com/faq”" in problem.message
    assert [p for p in result.problems if p.severity == "error"] == []  # the statement publishes


def test_a_figure_missing_from_the_translation_is_a_warning_with_the_english_line(project: Path) -> None:
    # It may be said in words in the translation: the tool cannot be sure, so it only warns.
    result = lint_files(project, pair("We have contacted 1,240 merchants.", "Nous avons contacté les commerçants."))
    assert by_rule(result.problems, "inconsistent-facts") == []
    (problem,) = by_rule(result.problems, "facts-to-check")
    assert (problem.severity, problem.category) == ("warning", "inconsistent")
    assert "lacks “1,240”, which the English file" in problem.message and ", line 13)" in problem.message


def test_a_french_range_that_ends_on_another_day_is_an_error(project: Path) -> None:
    result = lint_files(project, pair("Orders placed from March 2 to March 9 are affected.",
                                      "Les commandes passées du 2 au 8 mars sont concernées."))
    (problem,) = by_rule(result.problems, "inconsistent-facts")
    assert "“2 au 8 mars” here but “March 2 to March 9”" in problem.message


def test_a_list_of_days_with_another_day_is_an_error(project: Path) -> None:
    result = lint_files(project, pair("Tankers came on December 2, 3 and 9.",
                                      "Les camions-citernes sont venus les 2, 4 et 9 décembre."))
    (problem,) = by_rule(result.problems, "inconsistent-facts")
    assert "“2, 4 et 9 décembre” here but “December 2, 3 and 9”" in problem.message, problem.message


def test_a_range_told_with_and_that_ends_on_another_day_is_an_error(project: Path) -> None:
    result = lint_files(project, pair("Between November 17 and 23, someone copied the data.",
                                      "Entre le 17 et le 24 novembre, quelqu'un a copié les données."))
    (problem,) = by_rule(result.problems, "inconsistent-facts")
    assert "“17 et le 24 novembre” here but “November 17 and 23”" in problem.message, problem.message


def test_updates_are_compared_by_their_time(project: Path) -> None:
    en = statement(updates=(("2026-11-20 09:20 · investigating", "Next update at 10:00."),))
    fr = statement(lang="fr", updates=(("2026-11-20 09:20 · analyse", "Prochain point à 10 h 30."),))
    (problem,) = by_rule(lint_files(project, {EN: en, FR: fr}).problems, "inconsistent-facts")
    # the French update's text is on line 21; "Prochain point à " is 17 characters
    assert (problem.line, problem.column) == (21, 18)
    assert "the update of 2026-11-20 09:20 says “10 h 30” here but “10:00” in the English file" in problem.message


def test_a_statement_in_one_language_has_nothing_to_compare(project: Path) -> None:
    assert by_rule(lint_files(project, {FR: statement(lang="fr")}).problems, "inconsistent-facts") == []


def test_durations_in_french_hours_are_not_clock_times() -> None:
    assert [(f.kind, f.value) for f in facts("sous 24 h, dans 2 h, à 9 h", "fr")] == [
        ("number", "24"), ("number", "2"), ("time", "09:00")]


def test_french_lunch_is_no_time_of_day() -> None:
    # « le repas de midi » is lunch (newcomer 54 was told the English lacked "midi"); « à midi » is noon.
    said = "Après le repas de midi du 7 décembre, pendant la pause du midi, à l'heure du midi ; réouverture à midi."
    assert [(f.kind, f.value) for f in facts(said, "fr")] == [("date", "12-07"), ("time", "12:00")]


def test_english_may_is_a_month_only_with_a_capital_and_a_day() -> None:
    assert [(f.kind, f.value) for f in facts("Payments may take 5 days; from May 5.", "en")] == [
        ("number", "5"), ("date", "05-05")]


def test_the_same_digits_read_two_ways_are_a_warning_never_an_error(project: Path) -> None:
    # "6.125" in English, a bare "6.125" in French (a reference, or there 6 125): the tool cannot be
    # sure the values differ, so it asks for a check and never blocks the statement.
    result = lint_files(project, pair("Ticket batch 6.125 is affected.", "Le lot de billets 6.125 est concerné."))
    assert by_rule(result.problems, "inconsistent-facts") == []
    assert [p.severity for p in by_rule(result.problems, "facts-to-check")] == ["warning"]


def test_a_time_told_in_another_named_zone_is_one_moment_or_a_warning_never_an_error(project: Path) -> None:
    # A site in London time whose French file gives French time: one moment, two clocks. In
    # November Paris is an hour ahead of GMT, so 14:20 GMT and 15 h 20 agree; 16 h 20 (Paris
    # in summer) may be a slip or a zone misread: the tool asks for a check. Without a zone
    # named, 11:00 and 12 h stay an error.
    result = lint_files(project, pair("The coach left the road at 14:20 GMT.",
                                      "L'autocar a quitté la route à 15 h 20, heure de Paris."))
    assert by_rule(result.problems, "inconsistent-facts") == by_rule(result.problems, "facts-to-check") == []
    result = lint_files(project, pair("The coach left the road at 14:20 GMT.",
                                      "L'autocar a quitté la route à 16 h 20, heure de Paris."))
    assert by_rule(result.problems, "inconsistent-facts") == []
    (problem,) = by_rule(result.problems, "facts-to-check")
    assert problem.severity == "warning" and "“16 h 20”" in problem.message
    result = lint_files(project, pair("The coach left the road at 14:20.", "L'autocar a quitté la route à 15 h 20."))
    assert [p.severity for p in by_rule(result.problems, "inconsistent-facts")] == ["error"]


def test_a_time_given_again_in_a_readers_zone_is_no_missing_fact(project: Path) -> None:
    # The French adds Paris time beside the time both files give: the same moment twice.
    result = lint_files(project, pair("We found the intrusion on 24 November at 16:40 GMT.",
                                      "Nous avons découvert l'intrusion le 24 novembre à 16 h 40 GMT (17 h 40, heure de "
                                      "Paris)."))
    assert by_rule(result.problems, "facts-to-check") == [] and by_rule(result.problems, "inconsistent-facts") == []


def test_a_missing_fact_names_its_section_as_a_reader_sees_it(project: Path) -> None:
    result = lint_files(project, pair("We have contacted 1,240 merchants.", "Nous avons contacté les commerçants."))
    (problem,) = by_rule(result.problems, "facts-to-check")
    assert problem.message.startswith("the “What we are doing” section lacks “1,240”"), problem.message


def test_each_language_may_give_its_readers_own_emergency_numbers(project: Path) -> None:
    result = lint_files(project, pair("If you feel unwell, see a doctor; in an emergency, call 112.",
                                      "Si vous vous sentez mal, consultez un médecin ; en cas d'urgence, appelez le 15 "
                                      "ou le 112."))
    assert by_rule(result.problems, "facts-to-check") == []
    # A number that is not an emergency one still counts.
    result = lint_files(project, pair("Our 15 shops are closed.", "Nos magasins sont fermés."))
    assert len(by_rule(result.problems, "facts-to-check")) == 1
