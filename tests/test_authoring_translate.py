"""`onevoice translate`: a language file with the source's facts and its texts marked for
translation; `check` then reports those marks and nothing else in it, and every problem of
every file in one pass. English to French and French to English, through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.checking.lint.placeholders import has_translation_slots, slots
from generator.reading.reader import parse_statement
from generator.reading.settings import load_settings

CARD = "2026-11-20-card-payments"
FIDELITE = "2026-11-18-retard-cartes-fidelite"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def parse(project: Path, name: str):  # type: ignore[no-untyped-def]
    path = project / "statements" / name
    statement, problems = parse_statement(path, path.read_bytes(), load_settings(project))
    assert statement is not None, problems
    return statement


def problems_of(project: Path, name: str) -> list[dict]:
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    return [p for p in found if p["path"] == f"statements/{name}"]


def test_english_to_french_copies_the_facts_and_marks_every_text(project: Path) -> None:
    original_fr = (project / "statements" / f"{CARD}.fr.md").read_text(encoding="utf-8")
    (project / "statements" / f"{CARD}.fr.md").unlink()
    result = run("translate", "card-payments", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert f"Created statements/{CARD}.fr.md from statements/{CARD}.md" in result.output
    assert "3 updates at the same times, statuses in French" in result.output
    source, made = parse(project, f"{CARD}.md"), parse(project, f"{CARD}.fr.md")
    # The same facts, none retyped: what `new --lang fr` got wrong on six counts.
    assert (made.severity, made.started, made.next_update) == (source.severity, source.started, source.next_update)
    assert made.spokesperson.name == "Claire Martin" and len(made.affected) == len(source.affected)
    assert [(u.at, u.status) for u in made.updates] == [(u.at, u.status) for u in source.updates]
    text = (project / "statements" / f"{CARD}.fr.md").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("##")] == [
        "## Résumé", "## Ce qui s'est passé", "## Ce que nous faisons", "## Ce que vous pouvez faire",
        "## Citation", "## Mises à jour", "### 2026-11-20 10:50 · surveillance", "### 2026-11-20 10:05 · identifié",
        "### 2026-11-20 09:20 · analyse"]
    assert "[À TRADUIRE] The cause is an expired certificate on our payment gateway. A fix is being deployed." in text
    assert 'role: "[À TRADUIRE] Chief Executive Officer"' in text
    # Declared components take the name the site gives them in French: nothing to translate.
    assert 'affected: ["Paiement en caisse", "Application mobile"]' in text

    # check: one error per marked text, nothing else about the file (no judgment of English
    # words read as French, no fact "missing", no copy too long), and the hint says translate.
    marks = text.count("[À TRADUIRE]")
    assert marks == 10
    found = problems_of(project, f"{CARD}.fr.md")
    assert len(found) == marks and {(p["rule"], p["severity"]) for p in found} == {("placeholder", "error")}
    assert all(p["hint"].startswith("Traduisez en français") for p in found)
    assert f"Translate these {marks} texts (marked [À TRADUIRE])" in result.output
    assert run("check").exit_code == 1

    # Translated (here: the sample's own French put in place of each mark), it checks clean.
    french = parse(project, f"{CARD}.fr.md")  # the marked file, to find each block
    sample = project / "elsewhere" / f"{CARD}.fr.md"
    sample.parent.mkdir()
    sample.write_text(original_fr, encoding="utf-8")
    theirs, _ = parse_statement(sample, sample.read_bytes(), load_settings(project))
    for key in ("summary", "what_happened", "what_we_are_doing", "what_you_should_do", "quote"):
        text = text.replace(french.text_of(key), theirs.text_of(key))
    for mine, done in zip(french.updates, theirs.updates):
        text = text.replace(mine.text, done.text)
    text = (text.replace('"[À TRADUIRE] Card payments failing at checkout"',
                         '"Échec des paiements par carte en caisse"')
            .replace('"[À TRADUIRE] Checkout", "[À TRADUIRE] Mobile app"', '"Paiement en caisse", "Application mobile"')
            .replace('"[À TRADUIRE] Chief Executive Officer"', '"Présidente-directrice générale"'))
    (project / "statements" / f"{CARD}.fr.md").write_text(text, encoding="utf-8")
    assert not has_translation_slots(text)
    assert [p for p in problems_of(project, f"{CARD}.fr.md") if p["severity"] == "error"] == []


def test_french_to_english_writes_the_default_language_file(project: Path) -> None:
    result = run("translate", "retard-cartes-fidelite", "--lang", "en")
    assert result.exit_code == 0, result.output
    path = project / "statements" / f"{FIDELITE}.md"
    text = path.read_text(encoding="utf-8")
    assert "## Summary\n[TO TRANSLATE] Les nouvelles cartes de fidélité" in text
    assert "### 2026-11-19 17:00 · resolved\n[TO TRANSLATE] Toutes les cartes en retard sont parties." in text
    assert "### 2026-11-18 09:30 · identified" in text and 'affected: ["Loyalty cards"]' in text
    found = problems_of(project, f"{FIDELITE}.md")
    assert len(found) == text.count("[TO TRANSLATE]") == 6
    assert {p["rule"] for p in found} == {"placeholder"}
    assert found[0]["hint"] == "Translate the text after the mark into English and remove the mark [TO TRANSLATE]."
    listing = json.loads(run("list", "--format", "json").stdout)["statements"]
    assert next(r for r in listing if r["slug"] == FIDELITE)["languages"] == ["en", "fr"]


def test_corrections_postmortem_lists_and_a_long_title_keep_their_place(project: Path) -> None:
    title = "Merchant contact details exposed by a reporting tool of our merchant dashboard in two countries"
    assert 88 < len(title) <= 100
    path = project / "statements" / "2026-10-02-merchant-data-exposure.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Merchant contact details exposed by a reporting tool", f"title: {title}")
    text = text.replace("## What you should do\n", "## What you should do\n- Check our e-mail of 3 October.\n"
                        "- Delete the report if you downloaded it.\n\n")
    text = text.replace("at 14:30 CEST. The tool is switched off. We are identifying every merchant affected.\n",
                        "at 14:30 CEST. The tool is switched off. We are identifying every merchant affected.\n\n"
                        "#### Correction · 2026-10-03 09:00\nThe update was released at 14:10 CEST, not 14:30.\n")
    path.write_text(text, encoding="utf-8")
    result = run("translate", "merchant-data-exposure", "--lang", "fr")
    assert result.exit_code == 0, result.output
    made = (project / "statements" / "2026-10-02-merchant-data-exposure.fr.md").read_text(encoding="utf-8")
    # The mark would make the title too long: the source goes on a comment line above.
    assert f'# en: {title}\ntitle: "[À TRADUIRE]"' in made
    assert "- [À TRADUIRE] Check our e-mail of 3 October.\n- [À TRADUIRE] Delete the report" in made
    assert ("#### Rectificatif · 2026-10-03 09:00\n[À TRADUIRE] The update was released at 14:10 CEST, not 14:30."
            in made)
    assert "## Analyse après incident\n[À TRADUIRE] The report query lacked a filter" in made
    assert "### 2026-10-04 18:00 · résolu" in made and "location: \"Lyon\"" in made
    found = problems_of(project, "2026-10-02-merchant-data-exposure.fr.md")
    assert {p["rule"] for p in found} == {"placeholder"}
    assert len(found) == made.count("[À TRADUIRE]")


def test_refusals_leave_everything_as_it_was(project: Path) -> None:
    statements = project / "statements"
    before = {p.name: p.read_bytes() for p in statements.iterdir()}
    exists = run("translate", "card-payments", "--lang", "fr")
    assert exists.exit_code == 1 and f"statements/{CARD}.fr.md already exists" in exists.output
    unknown = run("translate", "card-payments", "--lang", "de")
    assert unknown.exit_code == 2 and "'de' is not a site language" in unknown.output
    same = run("translate", "card-payments", "--lang", "en")
    assert same.exit_code == 2 and "is already in English" in same.output
    nothing = run("translate", "card-paymnts", "--lang", "fr")
    assert nothing.exit_code == 2 and f"did you mean '{CARD}'?" in nothing.output
    assert {p.name: p.read_bytes() for p in statements.iterdir()} == before
    # A file still to translate is no source for another one.
    (statements / f"{FIDELITE}.fr.md").rename(statements / "keep.txt")
    assert run("translate", "merchant-data-exposure", "--lang", "fr").exit_code == 0
    (statements / "2026-10-02-merchant-data-exposure.md").unlink()
    again = run("translate", "merchant-data-exposure", "--lang", "en", "--from", "fr")
    assert again.exit_code == 1 and "still has text marked for translation" in again.output
    assert not any("Traceback" in r.output for r in (exists, unknown, same, nothing, again))


def test_a_later_update_reaches_the_translation_at_the_same_time(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (project / "statements" / f"{CARD}.fr.md").unlink()
    assert run("translate", "card", "--lang", "fr").exit_code == 0
    update = run("update", "card", "-s", "identified", "-m", "Errors are back in two regions.")
    assert "--lang fr --at '2026-11-20 11:30' --status identified" in update.output
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T11:42:00+01:00")
    # No --at: the French update takes the time of the English one, not the clock's.
    french = run("update", "card", "--lang", "fr", "-s", "identified",
                 "-m", "Les erreurs reviennent dans deux régions.")
    assert french.exit_code == 0, french.output
    assert (f"Added to statements/{CARD}.fr.md: 2026-11-20 11:30 CET · identifié (the time of this update in "
            f"statements/{CARD}.md)") in french.output
    assert "now lacks this update" not in french.output  # the English file has it
    made = parse(project, f"{CARD}.fr.md")
    assert made.updates[0].at == parse(project, f"{CARD}.md").updates[0].at
    assert made.updates[0].status_word == "identifié"
    # A status the other file does not give at a newer time: the clock's time, as for any update.
    later = run("update", "card", "--lang", "fr", "-s", "monitoring", "-m", "Nous surveillons le taux d'erreur.")
    assert "Added to statements/2026-11-20-card-payments.fr.md: 2026-11-20 11:42 CET · surveillance\n" in later.output


def test_a_translation_catching_up_on_several_updates_takes_them_in_order(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Kit 60: three French updates, then `update --lang en` without --at: the first was stamped
    with the clock's time, a time no other language had. Each now takes the earliest it lacks."""
    (project / "statements" / f"{CARD}.fr.md").unlink()
    assert run("translate", "card", "--lang", "fr").exit_code == 0
    for clock, text in (("11:05", "Les erreurs reviennent."), ("11:20", "Deux régions touchées."),
                        ("11:40", "Le correctif est prêt.")):
        monkeypatch.setenv("ONEVOICE_NOW", f"2026-11-20T{clock}:00+01:00")
        assert run("update", "card", "--lang", "fr", "-s", "identified", "-m", text).exit_code == 0
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:10:00+01:00")
    for expected in ("11:05", "11:20", "11:40"):
        english = run("update", "card", "-s", "identified", "-m", "Translated.")
        assert english.exit_code == 0, english.output
        assert f"2026-11-20 {expected} CET · identified (the time of this update in statements/{CARD}.fr.md)" \
            in english.output, english.output
    assert [u.at for u in parse(project, f"{CARD}.md").updates] == [u.at for u in parse(project, f"{CARD}.fr.md").updates]


def test_a_translation_that_cannot_tell_which_update_it_adds_is_refused_with_the_times(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (project / "statements" / f"{CARD}.fr.md").unlink()
    assert run("translate", "card", "--lang", "fr").exit_code == 0
    for clock, status in (("11:05", "identified"), ("11:20", "monitoring"), ("11:40", "monitoring")):
        monkeypatch.setenv("ONEVOICE_NOW", f"2026-11-20T{clock}:00+01:00")
        assert run("update", "card", "--lang", "fr", "-s", status, "-m", "Point.").exit_code == 0
    before = (project / "statements" / f"{CARD}.md").read_bytes()
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:10:00+01:00")
    refused = run("update", "card", "-s", "monitoring", "-m", "We are watching.")
    assert refused.exit_code != 0 and "Traceback" not in refused.output
    assert "lacks 3 updates" in refused.output and "11:05" in refused.output and "--at" in refused.output
    assert (project / "statements" / f"{CARD}.md").read_bytes() == before


def test_check_reports_every_problem_of_every_file_in_one_pass(project: Path) -> None:
    # An update in English the French file lacks (a translation error) and a slot left in the
    # English text: both at once, not the slot only once the translation is fixed.
    assert run("update", "card", "-s", "identified", "-m", "Errors are back in [REGION NAME].").exit_code == 0
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    rules = {(p["path"], p["rule"]) for p in found if p["severity"] == "error"}
    assert (f"statements/{CARD}.fr.md", "format/translation-missing-update") in rules
    assert (f"statements/{CARD}.md", "placeholder") in rules
    # A broken French file does not hide the English file's findings either.
    french = project / "statements" / f"{CARD}.fr.md"
    french.write_text(french.read_text(encoding="utf-8").replace("severity: major", "severity: majeur"),
                      encoding="utf-8")
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    rules = {(p["path"], p["rule"]) for p in found if p["severity"] == "error"}
    assert (f"statements/{CARD}.fr.md", "format/front-matter") in rules
    assert (f"statements/{CARD}.md", "placeholder") in rules


def test_a_marked_text_is_one_slot_to_the_end_of_its_line() -> None:
    def found(text: str) -> list[tuple[str, bool]]:
        return [(text[start:end], certain) for start, end, certain in slots(text)]

    assert found("[À TRADUIRE] We are sorry. [TIME] it is.\nNext line.") == [
        ("[À TRADUIRE] We are sorry. [TIME] it is.", True)]
    assert found("- [to translate] Nous sommes désolés.") == [("[to translate] Nous sommes désolés.", True)]
    assert found("[A TRADUIRE] sans accent") == [("[A TRADUIRE] sans accent", True)]
    assert found("Le [À TRADUIRE]") == [("[À TRADUIRE]", True)]
    assert not has_translation_slots("We translate [UPDATE] tags and [sic] words.")
    assert re.fullmatch(r"\[TO TRANSLATE\]", found("[TO TRANSLATE]")[0][0])


def test_new_refuses_to_start_a_translation_and_names_translate(project: Path) -> None:
    (project / "statements" / f"{CARD}.fr.md").unlink()
    result = run("new", "Échec des paiements", "--severity", "major", "--lang", "fr", "--slug", CARD)
    assert result.exit_code == 1
    assert f"'{CARD}' already exists in another language (statements/{CARD}.md)" in result.output
    assert f"onevoice translate {CARD} --lang fr" in result.output
    assert not (project / "statements" / f"{CARD}.fr.md").exists()


def test_a_translated_update_promises_what_the_other_language_promised(project: Path) -> None:
    # The French file gets its update first, with a promise; the English one, without --at or
    # --next-update, takes the same time and the same promise.
    french = run("update", "card-payments", "--lang", "fr", "--status", "identified", "--next-update",
                 "2026-11-20 15:00", "-m", "Le correctif est testé.")
    assert french.exit_code == 0, french.output
    english = run("update", "card-payments", "--lang", "en", "--status", "identified", "-m", "The fix is tested.")
    assert english.exit_code == 0, english.output
    fr, en = parse(project, f"{CARD}.fr.md"), parse(project, f"{CARD}.md")
    assert en.updates[0].at == fr.updates[0].at and en.next_update == fr.next_update
    assert [p for p in problems_of(project, f"{CARD}.md") if p["severity"] == "error"] == []


def test_check_says_when_translations_promise_different_times_or_kinds(project: Path) -> None:
    path = project / "statements" / f"{CARD}.fr.md"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"next_update: .*", "next_update: 2026-11-20 13:00", text, count=1)
    path.write_text(text.replace("severity: major", "severity: major\nkind: outage", 1), encoding="utf-8")
    # Warnings: while one file waits for its translated update the promises differ, and a
    # crisis update is never stopped for it.
    found = {(p["rule"], p["message"].split(" ")[0]) for p in problems_of(project, f"{CARD}.fr.md")
             if p["severity"] == "warning"}
    assert ("format/translation-mismatch", "`next_update`") in found
    assert ("format/translation-mismatch", "`kind`") in found


def test_translate_copies_the_kind_of_crisis(project: Path) -> None:
    source = project / "statements" / f"{CARD}.md"
    source.write_text(source.read_text(encoding="utf-8").replace("severity: major", "severity: major\nkind: outage", 1),
                      encoding="utf-8")
    (project / "statements" / f"{CARD}.fr.md").unlink()
    assert run("translate", "card-payments", "--lang", "fr").exit_code == 0
    assert parse(project, f"{CARD}.fr.md").crisis == "outage"
