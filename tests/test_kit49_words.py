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
