"""Statement rules on real files read by the reader, in English and French: what a serious
statement must contain, the promised next update, placeholders with their lines, the X
length of the summary, and the samples, which must pass without a single finding."""

from __future__ import annotations

import json

from datetime import datetime
from pathlib import Path

import pytest

from generator.checking.lint import RULES_BY_ID, lint_incident
from tests.test_lint_support import (
    EN_SECTIONS,
    FR_SECTIONS,
    NOW,
    SPOKESPERSON,
    by_rule,
    lint_files,
    rules_of,
    statement,
)

EN = "2026-11-20-card-payments.md"
FR = "2026-11-20-card-payments.fr.md"


def test_the_samples_produce_no_finding_at_the_sample_clock(settings, incidents) -> None:  # type: ignore[no-untyped-def]
    assert len(incidents) == 3
    for incident in incidents:
        result = lint_incident(incident, settings, NOW)
        assert result.problems == [], [p.format() for p in result.problems]
        assert result.suppressed == []


@pytest.mark.parametrize(("name", "lang"), [(EN, "en"), (FR, "fr")])
def test_a_complete_major_statement_is_clean(project: Path, name: str, lang: str) -> None:
    assert lint_files(project, {name: statement(lang=lang)}).problems == []


def test_unresolved_without_next_update_is_a_warning_on_the_newest_update(project: Path) -> None:
    # A judgment, not a fact the tool is sure of: it never stops an urgent update.
    result = lint_files(project, {EN: statement(front=(SPOKESPERSON,))})
    (problem,) = by_rule(result.problems, "no-next-update")
    assert (problem.line, problem.severity, problem.category) == (19, "warning", "no-next-update")
    assert "'investigating'" in problem.message
    assert "next_update" in problem.hint


def test_french_unresolved_without_next_update_gets_a_french_suggestion(project: Path) -> None:
    result = lint_files(project, {FR: statement(lang="fr", front=(SPOKESPERSON,))})
    (problem,) = by_rule(result.problems, "no-next-update")
    assert problem.hint.startswith("Ajoutez `next_update:")


def test_a_resolved_statement_needs_no_next_update(project: Path) -> None:
    updates = (("2026-11-20 10:30 · resolved", "Payments work again."),
               ("2026-11-20 09:20 · investigating", "We know that card payments fail at checkout."))
    result = lint_files(project, {EN: statement(front=(SPOKESPERSON,), updates=updates)})
    assert "no-next-update" not in rules_of(result.problems)


@pytest.mark.parametrize(("name", "lang"), [(EN, "en"), (FR, "fr")])
def test_a_next_update_already_past_is_overdue(project: Path, name: str, lang: str) -> None:
    front = ("next_update: 2026-11-20 11:00", SPOKESPERSON)
    result = lint_files(project, {name: statement(lang=lang, front=front)})
    (problem,) = by_rule(result.problems, "overdue-update")
    assert (problem.line, problem.severity) == (5, "warning")  # the `next_update:` line
    assert "2026-11-20 11:00" in problem.message and "30 min late" in problem.message


def test_overdue_depends_on_the_clock_only(project: Path) -> None:
    front = ("next_update: 2026-11-20 11:00", SPOKESPERSON)
    before = datetime.fromisoformat("2026-11-20T10:59:00+01:00")
    assert "overdue-update" not in rules_of(lint_files(project, {EN: statement(front=front)}, now=before).problems)


@pytest.mark.parametrize(("name", "lang", "drop"), [(EN, "en", "What we are doing"), (FR, "fr", "Ce que nous faisons")])
def test_a_major_statement_that_never_says_what_is_being_done(project: Path, name: str, lang: str,
                                                                drop: str) -> None:
    sections = {k: v for k, v in (EN_SECTIONS if lang == "en" else FR_SECTIONS).items() if k != drop}
    summary = next(iter(sections))
    sections[summary] = ("Since 09:12 CET some card payments fail at checkout. We are sorry." if lang == "en" else
                         "Depuis 09:12 CET, certains paiements par carte échouent. Nous en sommes désolés.")
    told = (("2026-11-20 09:20 · investigating", "Card payments fail at checkout." if lang == "en"
             else "Les paiements par carte échouent en caisse."),)
    result = lint_files(project, {name: statement(sections, lang=lang, updates=told)})
    (problem,) = by_rule(result.problems, "no-action")
    assert problem.line == 9 and f"'## {drop}'" in problem.message  # on the summary heading
    # Actions told in an update count as well as the section.
    doing = (("2026-11-20 09:20 · investigating", "We are replacing the certificate region by region." if lang == "en"
              else "Nous remplaçons le certificat région par région."),)
    result = lint_files(project, {name: statement(sections, lang=lang, updates=doing)})
    assert by_rule(result.problems, "no-action") == []


def test_a_minor_statement_needs_no_action_section_empathy_or_acknowledgement(project: Path) -> None:
    sections = {"Summary": "New loyalty cards leave about 5 days late."}
    result = lint_files(project, {EN: statement(sections, severity="minor")})
    assert result.problems == []


@pytest.mark.parametrize(("name", "lang", "summary"), [
    (EN, "en", "Since 09:12 CET some card payments fail at checkout. A fix is being deployed."),
    (FR, "fr", "Depuis 09:12 CET, certains paiements par carte échouent. Un correctif est en cours de déploiement."),
])
def test_a_serious_statement_without_apology_or_empathy(project: Path, name: str, lang: str, summary: str) -> None:
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    sections = {**base, next(iter(base)): summary}
    sections.pop("Quote" if lang == "en" else "Citation")
    front = ("next_update: 2026-11-20 12:00",)
    result = lint_files(project, {name: statement(sections, lang=lang, front=front)})
    assert [p.rule for p in result.problems] == ["no-empathy"]


@pytest.mark.parametrize(("name", "lang", "summary"), [
    # Grief and disappointment shared with the people affected are empathy, apology or not.
    (EN, "en", "Since 09:12 CET card payments fail at checkout. We're heartbroken, and we know many of you are too."),
    (EN, "en", "Card payments fail at checkout. For the families who have lost so much, we will be there."),
    # A leader's own "I know how…" is a word for the people affected as much as "we know how".
    (EN, "en", "Card payments fail at checkout. I know how frustrating and worrying this is for shops that could not "
               "take payments."),
    (FR, "fr", "Les paiements par carte échouent. Je mesure la gêne des commerçants qui n'ont pas pu encaisser."),
    # An apology after a reported question (« combien ») is ours again after « et nous ».
    (FR, "fr", ("Depuis 09:12 CET, les paiements par carte échouent. Nous savons combien c'est difficile et nous "
                "vous prions de nous excuser.")),
])
def test_empathy_in_other_words_than_sorry(project: Path, name: str, lang: str, summary: str) -> None:
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    sections = {**base, next(iter(base)): summary}
    sections.pop("Quote" if lang == "en" else "Citation")
    result = lint_files(project, {name: statement(sections, lang=lang, front=("next_update: 2026-11-20 12:00",))})
    assert "no-empathy" not in rules_of(result.problems)


@pytest.mark.parametrize(("name", "lang", "summary"), [
    (EN, "en", "We are aware of reports that some users may be experiencing issues. We are sorry for the worry."),
    (FR, "fr", ("Nous avons reçu des signalements de clients qui pourraient rencontrer des difficultés. Nous en "
                "sommes désolés.")),
])
def test_a_hedged_summary_is_no_acknowledgement(project: Path, name: str, lang: str, summary: str) -> None:
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    result = lint_files(project, {name: statement({**base, next(iter(base)): summary}, lang=lang)})
    (problem,) = by_rule(result.problems, "no-acknowledgement")
    assert problem.line == 9 and problem.category == "no-acknowledgement"


@pytest.mark.parametrize(("name", "lang"), [(EN, "en"), (FR, "fr")])
def test_a_critical_statement_needs_a_spokesperson_quote(project: Path, name: str, lang: str) -> None:
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    sections = {k: v for k, v in base.items() if k not in ("Quote", "Citation")}
    result = lint_files(project, {name: statement(sections, lang=lang, severity="critical",
                                                  front=("next_update: 2026-11-20 12:00",))})
    (problem,) = by_rule(result.problems, "no-spokesperson-quote")
    assert problem.category == "no-ownership"
    assert "section" in problem.message and "spokesperson" in problem.message
    with_quote = lint_files(project, {name: statement(lang=lang, severity="critical")})
    assert "no-spokesperson-quote" not in rules_of(with_quote.problems)
    # A named spokesperson without a quote: someone's name is on it, no warning.
    named = lint_files(project, {name: statement(sections, lang=lang, severity="critical",
                                                 front=("next_update: 2026-11-20 12:00",
                                                        "spokesperson: {name: Claire Martin, role: CEO}"))})
    assert "no-spokesperson-quote" not in rules_of(named.problems)


def test_template_slots_are_reported_each_on_its_line_front_matter_included(project: Path) -> None:
    sections = {"Summary": "[WHAT HAPPENED]. We are sorry.", "What we are doing": "Our teams are on it.",
                "Quote": '"[QUOTE]"'}
    text = statement(sections, title="Outage at <site>", front=("next_update: 2026-11-20 12:00", SPOKESPERSON,
                                                                  "location: TODO"))
    result = lint_files(project, {EN: text})
    slots = [(p.line, p.column, p.severity) for p in by_rule(result.problems, "placeholder")]
    # title (line 2, after "title: Outage at "), location (line 7); the extra front-matter line
    # puts the summary text on line 11 and the quote on line 17 (after its opening quote mark)
    assert slots == [(2, 18, "error"), (7, 11, "error"), (11, 1, "error"), (17, 2, "error")]


def test_french_template_slots(project: Path) -> None:
    sections = {"Résumé": "[CE QUI S'EST PASSÉ]. Nous en sommes désolés.", "Ce que nous faisons": "Cause : à préciser."}
    result = lint_files(project, {FR: statement(sections, lang="fr")})
    slots = [(p.line, p.column) for p in by_rule(result.problems, "placeholder")]
    assert slots == [(10, 1)]
    assert all(p.hint.startswith("Remplacez") for p in by_rule(result.problems, "placeholder"))
    # « à préciser » may be meant ("cause still to be determined"): a warning, not an error.
    (maybe,) = by_rule(result.problems, "placeholder-maybe")
    assert (maybe.line, maybe.column, maybe.severity) == (13, 9, "warning")


LONG = {
    "en": ("Since 09:12 CET one card payment in three fails at checkout, in shops and in our mobile app, for the "
           "merchants we serve in France, Belgium and Luxembourg, because a security certificate on the gateway that "
           "connects their terminals to the card networks expired overnight and was not renewed in time."),
    "fr": ("Depuis 09:12 CET, un paiement par carte sur trois échoue en caisse, en magasin comme dans l'application, "
           "chez les commerçants que nous servons en France, en Belgique et au Luxembourg, parce qu'un certificat de "
           "sécurité de la passerelle qui relie leurs terminaux aux réseaux de cartes a expiré cette nuit."),
}


@pytest.mark.parametrize(("name", "lang"), [(EN, "en"), (FR, "fr")])
def test_a_summary_whose_news_does_not_fit_the_first_x_post(project: Path, name: str, lang: str) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    summary = LONG[lang] + (" We are sorry." if lang == "en" else " Nous en sommes désolés.")
    files = {name: statement({**base, next(iter(base)): summary}, lang=lang)}
    result = lint_files(project, files)
    (problem,) = by_rule(result.problems, "summary-too-long")
    assert (problem.line, problem.category, problem.severity) == (10, "length", "warning")
    # The check reads the copy `render` gives: its first post indeed lacks the sentence.
    rendered = CliRunner().invoke(main, ["render", "--channel", "x", "--format", "json", "--lang", lang])
    first_post = json.loads(rendered.output)["statements"][0]["copies"][0]["parts"][0]
    assert LONG[lang] not in " ".join(first_post.split()) and "https://" in first_post


@pytest.mark.parametrize(("name", "lang"), [(EN, "en"), (FR, "fr")])
def test_a_long_summary_whose_first_sentence_fits_is_fine(project: Path, name: str, lang: str) -> None:
    base = EN_SECTIONS if lang == "en" else FR_SECTIONS
    rest = " ".join([base[next(iter(base))]] * 4)  # a long summary, in several sentences
    result = lint_files(project, {name: statement({**base, next(iter(base)): rest}, lang=lang)})
    assert by_rule(result.problems, "summary-too-long") == []


def test_every_statement_rule_has_a_french_and_an_english_suggestion() -> None:
    for rule in RULES_BY_ID.values():
        assert rule.hint_for("en") and rule.hint_for("fr"), rule.id
        assert set(rule.hint) == {"en", "fr"}, rule.id


def test_a_table_cell_is_data_and_is_never_judged_as_a_sentence(project: Path) -> None:
    # "Surname, first name, date of birth" in a table is a value, not a draft note left in the text.
    table = ("| Data copied | Customers concerned |\n|---|---|\n"
             "| Surname, first name, date of birth, email address, phone number | 38,600 |\n"
             "| Only the postal address | 1,200 |")
    sections = {**EN_SECTIONS, "What data was involved": table}
    result = lint_files(project, {"2026-11-20-card-payments.md": statement(sections)})
    craft = [p for p in result.problems if p.rule in ("placeholder-maybe", "minimizing", "speculation")]
    assert craft == [], [p.format() for p in craft]


def test_a_risk_told_in_what_people_should_do_is_a_precaution_not_a_guess(project: Path) -> None:
    warning = "Tickets offered on other sites may be fake, and the cause may be a fraud ring."
    advice = lint_files(project, {"2026-11-20-card-payments.md": statement(
        {**EN_SECTIONS, "What you should do": warning})})
    assert by_rule(advice.problems, "speculation") == []
    told = lint_files(project, {"2026-11-20-card-payments.md": statement(
        {**EN_SECTIONS, "What happened": warning})})
    assert len(by_rule(told.problems, "speculation")) == 1  # the same words as a fact are a guess


@pytest.mark.parametrize(("lang", "promise", "flagged"), [
    ("en", "We will post an update by 07:05 CET.", True),
    ("en", "Next update by 12:00 CET.", False),
    ("fr", "Prochain point à 7 h 05.", True),
    ("fr", "Prochain point à 12 h.", False),
])
def test_a_summary_that_promises_another_time_than_next_update_is_a_warning(project: Path, lang: str, promise: str,
                                                                             flagged: bool) -> None:
    sections = dict(EN_SECTIONS if lang == "en" else FR_SECTIONS)
    first = next(iter(sections))
    sections[first] = sections[first] + " " + promise
    result = lint_files(project, {EN if lang == "en" else FR: statement(sections, lang=lang)})
    found = by_rule(result.problems, "summary-promise")
    assert bool(found) == flagged, [p.format() for p in result.problems]
    if flagged:
        assert found[0].severity == "warning" and "`next_update` says 12:00" in found[0].message


@pytest.mark.parametrize("owned, blamed", [
    ("Those panels are in our asbestos register, but the contractor was not given that information before starting "
     "work. Making sure they had it was our responsibility, and we did not do it.", False),
    ("Those panels are in our asbestos register. We evacuated the block within ten minutes.", True),
])
def test_what_a_partner_did_is_context_once_the_statement_owns_its_part(project, owned, blamed):
    # The update tells what the contractor did; "What happened" owns why it could happen, or does not.
    sections = {"Summary": "Block C of our college is closed after asbestos was disturbed. We are sorry for the worry.",
                "What happened": owned}
    text = statement(sections, title="College closed after asbestos disturbed", updates=(
        ("2026-11-20 09:20 · investigating",
         "This afternoon a contractor disturbed ceiling panels containing asbestos in Block C."),))
    result = lint_files(project, {"2026-11-20-college.md": text})
    assert bool(by_rule(result.problems, "blame")) is blamed, [p.format() for p in result.problems]
