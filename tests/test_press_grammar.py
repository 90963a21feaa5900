"""The release's grammar, on sentences and statements written for these tests: a verb that
shares a converted subject is converted too, a possessive agrees with its noun, advice names
the organisation only where the phrase stays French, "ours" is the organisation's, what comes
after "X advises:" is an instruction, relative days already dated are said once, tables are
read one by one, and no section is printed empty."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.rendering.documents.freshness import dated
from generator.rendering.person import advice_named, english, french
from generator.rendering.press import press_times, render_press_release
from tests.press_support import statement_file, write_statement

PARIS = ZoneInfo("Europe/Paris")
EVENING = datetime(2026, 9, 3, 19, 0, tzinfo=PARIS)


def _release(project, settings, monkeypatch, lang: str, sections: dict[str, str],
             updates: tuple[tuple[str, str, str], ...] | None = None) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    if updates is None:
        updates = (("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                    "The inquiry goes on." if lang == "en" else "L'enquête se poursuit."),)
    text = statement_file(lang=lang, front="", sections=sections, updates=updates)
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    release = render_press_release(write_statement(project, settings, text, name), settings).markdown
    return release.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


# 1. A verb coordinated after a converted subject is converted too.

def test_a_french_verb_after_et_and_an_aside_shares_the_converted_subject():
    told = french(["Nous avons reçu le résultat à 6 h 15 et, avec la préfecture, avons fermé le pont."], "Ondara")
    assert told == ["Ondara a reçu le résultat à 6 h 15 et, avec la préfecture, a fermé le pont."], told
    told = french(["Nous installons des points d'accueil et recherchons la cause."], "Ondara")
    assert told == ["Ondara installe des points d'accueil et recherche la cause."], told


def test_an_english_verb_after_and_agrees_with_the_organisation_named_in_advice():
    said = advice_named("We have closed the bridge and are checking the cables: you may hear some noise.", "Ondara",
                        "en")
    assert said.startswith("Ondara has closed the bridge and is checking the cables"), said


def test_an_english_verb_after_and_agrees_only_in_the_clause_the_organisation_leads():
    told = english(["Emergency services are on site and are treating injured people; we do not yet know how many."],
                   "Transvia")
    assert told == ["Emergency services are on site and are treating injured people; Transvia does not yet know how "
                    "many."], told
    told = english(["We switched the tool off at 4:20 p.m. CEST and are investigating."], "Calypso Pay")
    assert told == ["Calypso Pay switched the tool off at 4:20 p.m. CEST and is investigating."], told
    told = english(["We have written to each owner to apologise, explain the risk and ask them to remove their video."],
                   "Hollowbrook")
    assert told == ["Hollowbrook has written to each owner to apologise, explain the risk and ask them to remove their "
                    "video."], told
    told = english(["We therefore treat it as health data."], "Hollowbrook")
    assert told == ["Hollowbrook therefore treats it as health data."], told
    told = english(["We launched it on Monday.", "We stopped the campaign and have asked everyone to stop filming."],
                   "Cliniques Loire Océan Santé")
    assert told[1] == "Cliniques Loire Océan Santé stopped the campaign and has asked everyone to stop filming.", told
    told = english(["We apologized for the wait and are working on it."], "Transvia")
    assert told == ["Transvia apologized for the wait and is working on it."], told


# 2. « propre » takes the possessive of the noun after it.

def test_the_possessive_before_propre_agrees_with_the_noun():
    told = french(["La panne vient d'un réglage que nous avons modifié sur notre propre serveur."], "Ondara")
    assert told is not None and "sur son propre serveur" in told[0], told


# 3. French advice names the organisation only where the phrase stays French.

def test_french_advice_keeps_notre_when_the_noun_phrase_goes_on():
    said = advice_named("Utilisez notre outil de sauvegarde en ligne.", "Ondara", "fr")
    assert said == "Utilisez notre outil de sauvegarde en ligne.", said


def test_french_advice_takes_a_verb_in_ent_for_a_verb_not_an_adjective():
    said = advice_named("Nos techniciens interviennent au domicile, du lundi au samedi.", "Ondara", "fr")
    assert said == "Les techniciens d'Ondara interviennent au domicile, du lundi au samedi.", said


def test_french_advice_gives_the_name_with_a_to_after_a_verb_of_giving():
    said = advice_named("Envoyez-nous la facture, ou appelez-nous.", "Ondara", "fr")
    assert said == "Envoyez à Ondara la facture, ou appelez Ondara.", said


# 4. No capital after « qu' ».

def test_no_capital_after_qu_in_a_french_lead(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "fr", {
        "Résumé": "À partir du jeudi 3 septembre à 9 h, certains paiements par carte échouent."})
    # The fact is stated, not reported ("Calypso Pay indique que…"), and never "qu'À".
    assert "**À partir du jeudi 3 septembre" in release and "qu'À" not in release, release
    assert "indique qu" not in release, release


# 5. "ours" is the organisation's.

def test_ours_is_the_organisation_named_with_its_possessive():
    assert english(["We did not test it enough.", "That failure is ours."], "Ondara") == [
        "Ondara did not test it enough.", "That failure is Ondara's."]
    told = english(["All accounts, ours and our suppliers', now need a second check."], "Ondara")
    assert told == ["All accounts, Ondara's and its suppliers', now need a second check."], told


# 6. After "X advises:" only an instruction to readers.

def test_neither_an_apology_nor_the_organisations_act_is_advice(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "en", {
        "Summary": "Some card payments failed at checkout for two hours. Sorry if you missed a purchase that mattered."},
        updates=(("2026-09-03 10:05", "resolved", "Payments work again. We are closing this statement, but you can "
                  "still write to us at help@example.com."),))
    assert "advises: - Sorry" not in release and "- Sorry if" not in release, release
    assert "advises: Calypso Pay is closing" not in release and "closing this statement" in release, release


# 7. Relative days: said once, no "on" after "from", an instruction's "today" undated.

def test_a_relative_day_the_text_already_dates_is_said_once():
    said = press_times("The shops will open again tomorrow, Friday 4 September, at 9 am.", "en", PARIS, EVENING)
    assert said == "The shops will open again on Friday, Sept. 4, at 9 a.m.", said
    said = press_times("Les magasins rouvriront demain, vendredi 4 septembre, à 9 h.", "fr", PARIS, EVENING)
    assert "rouvriront le vendredi 4 septembre, à 9 h" in said and "4 septembre, vendredi" not in said, said


def test_no_on_after_from_in_a_dated_evening():
    said = press_times("We are writing to each of them from this evening.", "en", PARIS, EVENING)
    assert said == "We are writing to each of them from the evening of Sept. 3.", said


def test_an_instructions_today_is_never_dated():
    text = "If you bought one, please check its serial number today. We will call every buyer today."
    assert press_times(text, "en", PARIS, EVENING) == (
        "If you bought one, please check its serial number. We will call every buyer on Sept. 3.")
    assert dated(text, "en", PARIS, EVENING) == (
        "If you bought one, please check its serial number. We will call every buyer on 3 September.")
    assert dated("Si vous en avez un, vérifiez son numéro dès aujourd'hui.", "fr", PARIS, EVENING) == \
        "Si vous en avez un, vérifiez son numéro."


# 9. Each table is read with its own header; a row repeating its header is no row.

def test_each_table_is_listed_with_its_own_header(project, settings, monkeypatch):
    tables = ("| Ville | Clients |\n|---|---|\n| Lyon | 1 200 |\n| Vienne | 300 |\n\n"
              "| Mode de paiement | Clients | Ce que nous avons fait |\n|---|---|---|\n"
              "| Mode de paiement | Clients | Ce que nous avons fait |\n| Carte | 1 100 | Remboursé le 5 septembre |\n")
    release = _release(project, settings, monkeypatch, "fr", {
        "Résumé": "Certains paiements ont été débités deux fois. Nous présentons nos excuses.",
        "Clients concernés": tables})
    assert "Ville : Mode de paiement" not in release and "Clients : Clients" not in release, release
    assert "- Mode de paiement : Carte — Clients : 1 100 — Ce que Calypso Pay a fait : Remboursé le 5 septembre" \
        in release, release
    assert "- Ville : Lyon — Clients : 1 200" in release and "nous" not in release, release


# 10. A section is never printed empty.

def test_what_we_do_with_a_word_to_readers_is_never_left_empty(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "en", {
        "Summary": "Tap water must not be drunk in Vaux. We are sorry.",
        "What we are doing": "- We have raised the chlorine level and flushed the pipes; you may notice a slight "
                             "smell of chlorine."})
    assert "raised the chlorine level" in release, release
    assert "\n\n\n" not in release, release


def test_a_deep_apology_keeps_its_weight_in_the_third_person() -> None:
    assert english(["We are deeply sorry."], "Ormer Line") == ["Ormer Line said it was deeply sorry."]
    assert english(["We apologise to every passenger."], "Ormer Line") == [
        "Ormer Line apologized to every passenger."]


def test_a_lead_that_opens_on_a_time_span_or_an_estimate_is_attributed_at_its_end(project, settings):
    # "said between 6:30 p.m. and 9:30 p.m. …, 2,870 customers were charged" reads as "said between".
    from tests.press_support import statement_file, write_statement
    from generator.rendering.press import render_press_release

    for summary, lead in (
            ("Between 18:30 and 21:30 on 2 September, 2,870 customers who paid with Apple Pay were charged twice. "
             "We are sorry.", "— Between 6:30 p.m. and 9:30 p.m."),
            ("Around 2,870 customers who paid with Apple Pay on 2 September were charged twice. We are sorry.",
             "— Around 2,870 customers")):
        text = statement_file(started="2026-09-02 21:40", sections={"Summary": summary})
        release = render_press_release(write_statement(project, settings, text), settings).text
        # The attribution closes the lead: never "said between" nor "said around".
        assert lead in release and "were charged twice, Calypso Pay said." in release, release
        assert "said between" not in release and "said around" not in release, release


def test_an_english_release_spells_as_ap_does(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "en", {
        "Summary": "A gas leak at our Riverside depot forced its evacuation; two drivers were taken to hospital and one "
                   "is still in hospital. We apologise to the families, who were not told for two hours.",
        "What you should do": "Call our line, open 7 days a week, or send us an e-mail if you are worried about the "
                              "smell.",
        "What happened": "A valve failed and the leak was not recognised by our staff at first; the depot's "
                         "behaviour alarm had been cancelled during a test."})
    for british in ("apologise", "taken to hospital", "still in hospital", "7 days a week", "recognised", "e-mail",
                    "behaviour", "cancelled"):
        assert british not in release, (british, release)
    for american in ("apologized", "taken to a hospital", "an email",
                     "seven days a week", "recognized", "behavior", "canceled"):
        assert american in release, (american, release)


def test_the_leaders_quote_is_never_reworded_even_to_ap_spelling(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(sections={"Summary": "Card payments failed at checkout for two hours. We are sorry.",
                                    "Quote": "\"I apologise to every shop that lost a sale, and I recognise how much "
                                             "this cost them.\""})
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    # The page and every channel quote "I apologise": the release quotes the same words.
    assert "I apologise to every shop that lost a sale, and I recognise how much this cost them," in release, release


def test_an_apology_with_its_reason_is_quoted_never_told_as_a_riddle(project, settings, monkeypatch):
    for lang, summary, quoted, riddle in (
            ("en", "Names and addresses of 820 customers were copied. We are sorry: it was our job to protect this "
                   "information, and we did not do it well enough.",
             "“We are sorry: it was our job to protect this information, and we did not do it well enough.”",
             "it was its job"),
            ("fr", "Les noms et adresses de 820 clients ont été copiés. Nous vous présentons nos excuses : protéger ces "
                   "informations était notre responsabilité, et nous ne l'avons pas assez bien fait.",
             "« Nous vous présentons nos excuses : protéger ces informations était notre responsabilité, et nous ne "
             "l'avons pas assez bien fait. »", "elle ne l'a pas")):
        release = _release(project, settings, monkeypatch, lang, {"Summary" if lang == "en" else "Résumé": summary})
        assert quoted in release, release
        assert riddle not in release, release


def test_what_happened_does_not_open_again_on_the_moment_the_lead_gives(project, settings, monkeypatch):
    for lang, summary, happened, again, told in (
            ("en", "On Saturday 28 November at 14:12 CET, a fire on a stand at our show forced the evacuation of "
                   "three halls. We are sorry.",
             "On Saturday 28 November at 14:12, a fire broke out on a stand in hall 4. The alarm went off at 14:13.",
             "On Saturday, Nov. 28, at 2:12 p.m., a fire broke out", "A fire broke out on a stand in Hall 4."),
            ("fr", "Le samedi 28 novembre à 14 h 12, un incendie sur un stand de notre salon a entraîné l'évacuation "
                   "de trois halls. Nous vous présentons nos excuses.",
             "Le samedi 28 novembre à 14 h 12, un incendie s'est déclaré sur un stand du hall 4. L'alarme a été "
             "déclenchée à 14 h 13.", "Le samedi 28 novembre à 14 h 12, un incendie s'est déclaré",
             "Un incendie s'est déclaré sur un stand du hall 4.")):
        release = _release(project, settings, monkeypatch, lang, {
            ("Summary" if lang == "en" else "Résumé"): summary,
            ("What happened" if lang == "en" else "Ce qui s'est passé"): happened})
        assert again not in release and told in release, release


def test_the_organisations_name_before_its_products_becomes_its(project, settings, monkeypatch):
    # "We are recalling Calypso Pay gift cards…" → "…is recalling its gift cards", never "the company gift
    # cards" (the name qualifies the products; "the company" stands for the name, not for its adjective).
    release = _release(project, settings, monkeypatch, "en", {
        "Summary": "We are recalling Calypso Pay gift cards printed in August, whose codes may not work. We are sorry."})
    assert "recalling its gift cards" in release and "the company gift cards" not in release, release


def test_a_brand_before_its_product_keeps_its_name(project, settings, monkeypatch):
    # "had eaten Calypso Pay salmon pâté": the brand's product, never "the company salmon pâté".
    release = _release(project, settings, monkeypatch, "en", {
        "Summary": "We are recalling our smoked salmon. We are sorry.",
        "What happened": "Public Health told Calypso Pay that 3 people had eaten Calypso Pay salmon pâté bought at "
                         "our Quay Street shop."})
    assert "the company salmon" not in release and "Calypso Pay salmon pâté" in release, release
