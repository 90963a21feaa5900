"""What `check` said about the sixth blind kit's statements that a communications director
called wrong, reworded here: clean sentences it read as faults, an inquiry that goes on after the
end called work in progress, and a year or a pronoun read as a count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.checking.lint.sentences import Block
from generator.checking.lint.text_findings import text_findings
from tests.press_support import statement_file


def _categories(text: str, lang: str) -> set[str]:
    return {f.rule.category for f in text_findings(Block(text, 1), lang)}


@pytest.mark.parametrize(("lang", "sentence"), [
    # How the day went against the forecast we gave; a campaign back since a time.
    ("fr", "Troisième jour : 48 % des agents prévus étaient absents. Le trafic a été conforme aux prévisions."),
    ("en", "The campaign has been running again since this morning, with the conditions in the advert itself, in the "
           "same size as the rate."),
    # An apology tied to what caused the harm.
    ("en", "We reported the outage to the regulator at 18:05 yesterday. We are sorry for the trouble this caused you."),
    ("fr", "Si vous le pouvez, décalez vos trajets de lundi. Nous sommes désolés de la gêne que cette grève va vous "
           "causer."),
    # A service run for us by a partner is still ours.
    ("fr", "Le problème vient du serveur qui gère les réservations, exploité pour notre compte par notre "
           "sous-traitant."),
    # A standard we hold ourselves to.
    ("fr", "« Une poussette doit être sûre, sans exception. Celle-ci ne l'était pas. »"),
    # Thanks to those who already did what we asked.
    ("fr", "1 200 des 4 000 lampes vendues nous ont été rapportées. Merci à tous ceux qui l'ont déjà fait."),
])
def test_clean_sentences_from_the_kit_raise_nothing(lang: str, sentence: str) -> None:
    assert _categories(sentence, lang) == set()


def _check(project: Path, monkeypatch: pytest.MonkeyPatch, now: str, text: str, name: str) -> list[dict]:
    monkeypatch.setenv("ONEVOICE_NOW", now)
    for old in (project / "statements").glob("*.md"):
        old.unlink()
    (project / "statements" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["problems"]


def test_a_crash_inquiry_that_goes_on_after_the_end_is_no_stale_summary(project, monkeypatch):
    summary = ("A bus on route 7 left the road near Elmdale on 3 November; four passengers were slightly hurt and "
               "are home. Route 7 has run normally since 4 November. The causes of the crash are being "
               "investigated by the police and the transport safety board.")
    text = statement_file(title="Bus crash on route 7", started="2026-11-03 08:10", sections={"Summary": summary},
                          updates=(("2026-11-04 18:00", "resolved", "Route 7 runs normally again."),
                                   ("2026-11-03 09:00", "identified", "A bus on route 7 left the road.")))
    found = _check(project, monkeypatch, "2026-11-05T09:00:00+01:00", text, "2026-11-03-bus.md")
    assert not [p for p in found if p["rule"] == "stale-summary"], found
    # Our own work on the problem, still told as under way after the end, is still found.
    stale = text.replace("The causes of the crash are being investigated by the police and the transport safety "
                         "board.", "We are investigating.")
    found = _check(project, monkeypatch, "2026-11-05T09:00:00+01:00", stale, "2026-11-03-bus.md")
    assert [p for p in found if p["rule"] == "stale-summary"], found


def test_a_year_or_a_pronoun_after_a_figure_is_no_count(project, monkeypatch):
    summary = ("Nous rappelons la veilleuse « Lune », vendue depuis le 2 mars 2026 dans nos magasins. "
               "1 200 nous ont déjà été rapportées. Rapportez-la en magasin.")
    later = ("Sur 5 300 veilleuses vendues, 3 100 dans nos magasins et 2 200 en ligne. 380 nous sont arrivées par la "
             "poste depuis lundi.")
    text = statement_file(lang="fr", title="Rappel de la veilleuse Lune", started="2026-11-30 09:00",
                          sections={"Résumé": summary},
                          updates=(("2026-12-02 17:00", "surveillance", later),
                                   ("2026-11-30 09:00", "identifié", "Nous rappelons la veilleuse « Lune ».")),
                          front="next_update: 2026-12-09 17:00\n")
    found = _check(project, monkeypatch, "2026-12-02T18:00:00+01:00", text, "2026-11-30-veilleuse.fr.md")
    assert not [p for p in found if "summary says" in p["message"]], found


@pytest.mark.parametrize(("category", "lang", "sentence"), [
    # Turns of phrase the trade names as faults, whatever the scorer makes of their words.
    ("defensive", "en", "Without admission of liability, we will offer each guest a voucher."),
    ("defensive", "fr", "Sans reconnaissance de responsabilité, un avoir sera proposé à chaque voyageur."),
    ("minimizing", "en", "Out of an abundance of caution, please do not drink the water from the tap today."),
    ("minimizing", "fr", "Par simple mesure de précaution, ne buvez pas l'eau du robinet aujourd'hui."),
    ("minimizing", "fr", "Les traces sur la façade sont d'ordre esthétique."),
    ("emotional", "fr", "Notre mutuelle est elle aussi victime de cette fraude."),
    ("emotional", "en", "We are only human, and our call centre is doing its best."),
    ("overpromise", "fr", "Les bouteilles ont été retirées : il n'y a donc plus aucun risque."),
    ("speculation", "en", "It is almost certain that the fire started in the kitchen."),
    ("placeholder", "en", "The next update will be published at %s."),
    ("placeholder", "fr", "Prochain point le %(jour)s à 17 h."),
])
def test_telltale_phrases_are_found_in_both_languages(category: str, lang: str, sentence: str) -> None:
    assert _categories(sentence, lang) == {category}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", '"Out of an abundance of caution" was the wrong phrase in our first update: the leak was dangerous.'),
    ("fr", "Le taux est passé de 12 % à 15 %."),
])
def test_a_telltale_quoted_to_retract_it_or_a_percentage_is_no_finding(lang: str, sentence: str) -> None:
    assert _categories(sentence, lang) == set()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_title_that_says_since_a_later_day_leaves_the_copies_of_earlier_updates(project, settings, monkeypatch,
                                                                                  lang):
    from generator.rendering.channels import render_copies
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T18:00:00+01:00")
    fr = lang == "fr"
    title = "Grève des agents de la piscine Marivaux depuis le 3 décembre" if fr else \
        "Marivaux pool staff strike since 3 December"
    since = "depuis le 3 décembre" if fr else "since 3 December"
    updates = (("2026-12-03 18:00", "identifié" if fr else "identified",
                "La piscine est fermée depuis ce matin." if fr else "The pool has been closed since this morning."),
               ("2026-12-01 16:00", "identifié" if fr else "identified",
                "Un préavis de grève a été déposé pour le 3 décembre." if fr else
                "A strike notice was filed for 3 December."))
    summary = ("La piscine Marivaux est fermée depuis le 3 décembre. Nous en sommes désolés." if fr else
               "Marivaux pool has been closed since 3 December. We are sorry.")
    text = statement_file(lang=lang, title=title, started="2026-12-01 16:00", updates=updates,
                          sections={"Résumé" if fr else "Summary": summary}, front="next_update: 2026-12-05 17:00\n")
    statement = write_statement(project, settings, text, "2026-12-01-greve.fr.md" if fr else "2026-12-01-strike.md")
    subjects = {f"{c.update_at:%d-%H%M}" if c.update_at else c.kind: c.subject or ""
                for c in render_copies(statement, settings, ["email"], __import__("datetime").datetime.fromisoformat(
                    "2026-12-04T18:00:00+01:00"))}
    # (Never a cut "…depuis : premier point" either.)
    assert since.split()[0] not in subjects["01-1600"] and "Marivaux" in subjects["01-1600"], subjects
    assert since in subjects["03-1800"], subjects
