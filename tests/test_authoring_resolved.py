"""After the resolution: an update never reopens a statement by accident (`--reopen` says it
is meant, and the update says so), and a summary still describing work in progress is
warned about by `resolve` and by `check`, in English and in French."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.checking.lint import RULES_BY_ID
from generator.checking.lint.status_rules import in_progress_phrases

CARD = "statements/2026-11-20-card-payments.md"
CARD_FR = "statements/2026-11-20-card-payments.fr.md"
FIDELITE = "statements/2026-11-18-retard-cartes-fidelite.fr.md"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def stale(path: str) -> list[dict]:
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    return [p for p in found if p["rule"] == "stale-summary" and p["path"] == path]


def test_an_update_on_a_resolved_statement_is_refused_naming_reopen(project: Path) -> None:
    path = project / FIDELITE
    before = path.read_bytes()
    result = run("update", "retard-cartes", "-s", "identifié", "-m", "De nouvelles cartes sont en retard.")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{FIDELITE} is resolved (2026-11-19 17:00 CET, line 20): this update would reopen it" in result.output
    assert "add --reopen" in result.output
    assert path.read_bytes() == before
    again = run("resolve", "retard-cartes", "-m", "Toujours résolu.")
    assert again.exit_code == 1 and "is already resolved (2026-11-19 17:00 CET, line 20)" in again.output
    assert path.read_bytes() == before


def test_reopen_records_the_reopening_in_the_files_language(project: Path) -> None:
    result = run("update", "retard-cartes", "--reopen", "-s", "identifié", "--next-update", "+2h",
                 "-m", "De nouvelles cartes sont en retard chez notre imprimeur.")
    assert result.exit_code == 0, result.output
    assert "Reopened 2026-11-18-retard-cartes-fidelite, resolved at 2026-11-19 17:00 CET" in result.output
    text = (project / FIDELITE).read_text(encoding="utf-8")
    assert ("### 2026-11-20 11:30 · identifié\nNous avons rouvert cet incident. De nouvelles cartes sont en retard "
            "chez notre imprimeur.\n\n### 2026-11-19 17:00 · résolu") in text
    assert "next_update: 2026-11-20 13:30" in text
    rows = json.loads(run("list", "--format", "json").stdout)["statements"]
    assert next(r for r in rows if r["slug"] == "2026-11-18-retard-cartes-fidelite")["status"] == "identified"


def test_reopen_in_english_and_only_on_a_resolved_statement(project: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run("resolve", "card-payments", "-m", "Payments work normally again.").exit_code == 0
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T12:10:00+01:00")
    refused = run("update", "card-payments", "-s", "investigating", "-m", "Errors are back.")
    assert refused.exit_code == 1 and "add --reopen" in refused.output
    reopened = run("update", "card-payments", "--reopen", "-s", "investigating", "-m", "Errors are back.")
    assert reopened.exit_code == 0, reopened.output
    assert "### 2026-11-20 12:10 · investigating\nWe have reopened this incident. Errors are back." in (
        project / CARD).read_text(encoding="utf-8")
    ongoing = run("update", "card-payments", "--reopen", "-s", "monitoring", "-m", "Watching.")
    assert ongoing.exit_code == 2
    assert "--reopen: statements/2026-11-20-card-payments.md is not resolved (its latest update is 'investigating')" \
        in ongoing.output


def test_resolve_warns_when_the_summary_still_says_work_is_in_progress(project: Path) -> None:
    # The sample's summary says "a fix is being deployed": published beside "Resolved" it is wrong.
    result = run("resolve", "card-payments", "-m", "Payments work normally again.")
    assert result.exit_code == 0
    assert (f"{CARD}:11:97: warning: the statement is resolved but its summary still describes work in progress: "
            "“is being deployed”, published beside “Resolved”") in result.output
    assert "hint: Rewrite the summary for the end of the crisis" in result.output
    assert [p["line"] for p in stale(CARD)] == [11]
    french = run("resolve", "card-payments", "--lang", "fr", "--at", "2026-11-20 11:30", "-m",
                 "Les paiements fonctionnent de nouveau normalement.")
    assert french.exit_code == 0, french.output
    assert "“est en cours de déploiement”, published beside “Résolu”" in french.output
    assert "hint: Réécrivez le résumé pour la fin de la crise" in french.output
    assert stale(CARD_FR)[0]["hint"].startswith("Réécrivez le résumé")

    # Rewritten for the end of the crisis: no warning in either language.
    for name, old, new in (
        (CARD, "We are sorry, we know the cause, and a fix is being deployed.",
         "We are sorry. Payments work normally again since 11:30 CET."),
        (CARD_FR, "Nous en sommes désolés : nous connaissons la cause et un correctif est en cours de déploiement.",
         "Nous en sommes désolés. Les paiements fonctionnent de nouveau depuis 11:30 CET."),
    ):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        assert stale(name) == []


def test_an_ongoing_statement_may_say_it_is_investigating(project: Path) -> None:
    assert stale(CARD) == [] and stale(CARD_FR) == []


def test_the_phrases_of_work_in_progress_and_their_negations() -> None:
    def said(text: str, lang: str) -> list[str]:
        return [text[a:b] for a, b in sorted(in_progress_phrases(text, lang))]

    assert said("We are still investigating the cause.", "en") == ["We are still investigating"]
    assert said("Our engineers are working to restore payments.", "en") == ["Our engineers are working to restore"]
    assert said("We will post an update by 14:00.", "en") == ["We will post an update"]
    assert said("We are no longer investigating: it is fixed.", "en") == []
    assert said("We are refunding every failed payment.", "en") == []  # follow-up work, fine once resolved
    assert said("Nous analysons la situation.", "fr") == ["Nous analysons"]
    assert said("Prochain point d’ici 12 h 30.", "fr") == ["Prochain point"]
    assert said("Nous n'analysons plus : c'est réglé.", "fr") == []
    assert said("Les paiements en cours à 09:12 ont été remboursés.", "fr") == []
    rule = RULES_BY_ID["stale-summary"]
    assert rule.severity == "warning" and set(rule.hint) == {"en", "fr"} and rule.languages == ("en", "fr")


def test_resolving_one_language_advises_resolve_in_the_other_as_the_readme_does(project: Path) -> None:
    result = run("resolve", "card-payments", "-m", "Card payments work normally again.")
    assert result.exit_code == 0, result.output
    assert (f"{CARD_FR} now lacks this update: add it with "
            "`onevoice resolve 2026-11-20-card-payments --lang fr -m \"…\"`") in result.output
    assert "--status resolved" not in result.output
    # Meanwhile check says what is missing, and nothing of the promise the resolution removes.
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    french = [p for p in found if p["path"] == CARD_FR]
    assert any(p["rule"] == "format/translation-missing-update" for p in french)
    assert not [p for p in french if "next_update" in p["message"]]
    advised = run("resolve", "card-payments", "--lang", "fr", "-m", "Les paiements par carte fonctionnent de nouveau.")
    assert advised.exit_code == 0, advised.output
    assert "now lacks this update" not in advised.output
    assert not [p for p in json.loads(run("check", "--format", "json").stdout)["problems"]
                if p["rule"].startswith("format/translation")]


def test_a_promise_in_one_language_only_points_at_the_file_that_has_it(project: Path) -> None:
    english = project / CARD
    english.write_text(english.read_text(encoding="utf-8").replace("next_update: 2026-11-20 12:00\n", ""),
                       encoding="utf-8")
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    [promise] = [p for p in found if p["path"] == CARD_FR and "next_update" in p["message"]]
    assert promise["message"] == f"`next_update` is set here but not in the English file ({CARD})"
    assert promise["line"] == (project / CARD_FR).read_text(encoding="utf-8").splitlines().index(
        "next_update: 2026-11-20 12:00") + 1


def test_resolve_warns_when_the_title_still_says_what_is_no_longer_true(project: Path) -> None:
    # "Card payments failing at checkout" would head the resolution's e-mail subject and every copy.
    result = run("resolve", "card-payments", "-m", "Payments work normally again.")
    assert result.exit_code == 0
    assert (f"{CARD}:2:1: warning: the statement is resolved but its title still says “failing”: every copy, "
            "e-mail subject and headline of the resolution carries the title") in result.output
    french = run("resolve", "card-payments", "--lang", "fr", "--at", "2026-11-20 11:30", "-m",
                 "Les paiements fonctionnent de nouveau normalement.")
    assert french.exit_code == 0 and "title still" not in french.output  # « Échec des paiements » names the event
    path = project / CARD
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Card payments failing at checkout", "title: Card payments failed at checkout for two hours"),
        encoding="utf-8")
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    assert not [p for p in found if p["rule"] == "stale-title" and p["path"] == CARD], found


def test_a_resolved_summary_may_say_an_inquiry_goes_on_and_its_findings_will_be_published(project: Path) -> None:
    assert run("resolve", "card-payments", "-m", "Payments work normally again.").exit_code == 0
    path = project / CARD
    text = path.read_text(encoding="utf-8").replace(
        "We are sorry, we know the cause, and a fix is being deployed.",
        "We are sorry. The cause is under investigation; we will publish the findings.")
    path.write_text(text, encoding="utf-8")
    assert stale(CARD) == []
    # Without findings to come, "under investigation" still reads as work under way beside "Resolved".
    path.write_text(text.replace("The cause is under investigation; we will publish the findings.",
                                 "The cause is under investigation."), encoding="utf-8")
    assert [p["line"] for p in stale(CARD)] == [11]


def test_an_open_statement_whose_summary_opens_on_the_recovery_is_told_its_title_says_otherwise(project: Path) -> None:
    # Still open, the summary says payments are back; the title says they are failing: the SMS and
    # the e-mail subject lead with the title.
    path = project / CARD
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Since 09:12 CET some card payments fail at checkout.",
                                 "Card payments have been restored since 11:30 CET; we are watching them closely."),
                    encoding="utf-8")
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    titles = [p for p in found if p["rule"] == "stale-title" and p["path"] == CARD]
    assert titles and titles[0]["severity"] == "warning" and "failing" in titles[0]["message"], found
    # Still open: the hint asks for where things stand, never for an "it is over" title.
    assert "without calling it over" in titles[0]["hint"] and "end of the crisis" not in titles[0]["hint"], titles
    # The summary as shipped (payments still failing) raises nothing of the kind.
    path.write_text(text, encoding="utf-8")
    found = json.loads(run("check", "--format", "json").stdout)["problems"]
    assert not [p for p in found if p["rule"] == "stale-title" and p["path"] == CARD], found


def test_resolve_takes_the_summarys_promise_of_a_next_update_out(project: Path) -> None:
    """A resolved statement promises no next update: the summary's sentence that did goes (the
    newcomer's « Nous publierons un point d'ici 15 h » stayed beside « Résolu »), and so does a
    promise joined by ", and"; the rest of the summary is kept word for word."""
    assert run("new", "Refill app down", "--severity", "major").exit_code == 0
    assert run("new", "Panne de l'application", "--severity", "major", "--lang", "fr").exit_code == 0
    english = next(project.glob("statements/*refill-app-down.md"))
    french = next(project.glob("statements/*panne-de*application.fr.md"))
    text = english.read_text(encoding="utf-8")
    assert "We will post an update by" in text
    result = run("resolve", "refill", "-m", "The app works again.")
    assert result.exit_code == 0, result.output
    summary = english.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert "update by" not in summary and summary.endswith("We are sorry for the disruption.")
    assert "Removed from the summary, which no longer promises a next update: “We will post an update by" \
        in result.output
    assert "next_update" not in english.read_text(encoding="utf-8")

    result = run("resolve", "panne", "--lang", "fr", "-m", "L'application fonctionne de nouveau.")
    assert result.exit_code == 0, result.output
    summary = french.read_text(encoding="utf-8").split("## Résumé\n")[1].split("\n")[0]
    assert "Nous publierons un point" not in summary
    assert summary.endswith("Nous vous présentons nos excuses pour les perturbations.")


def test_a_promise_joined_to_another_sentence_loses_only_its_clause(project: Path) -> None:
    assert run("new", "Portal breach", "--severity", "critical").exit_code == 0
    path = next(project.glob("statements/*portal-breach.md"))
    text = path.read_text(encoding="utf-8")
    start = text.index("## Summary\n") + len("## Summary\n")
    end = text.index("\n", start)
    text = text[:start] + ("Patient names were seen on our portal. We are investigating, and we will post an "
                           "update by 11:30 a.m. ET. Call your clinic to book.") + text[end:]
    path.write_text(text, encoding="utf-8")
    assert run("resolve", "portal", "-m", "The portal is back.").exit_code == 0
    summary = path.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert summary == "Patient names were seen on our portal. We are investigating. Call your clinic to book."
