"""The holding statements `onevoice new` writes: every claim that could be untrue is a slot
`check` refuses to publish, the title is never pasted into a sentence, French typography is
right, and the promised time reads as people say it, in English and in French."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.authoring.editing import lower_first

TITLE = "Mobile app showed other customers' order history"
NBSP, NNBSP = "\u00a0", "\u202f"
# Sentences the holding statements used to publish as facts, true or not.
UNCONDITIONAL = ("contained", "72 hours", "72 heures", "security experts", "experts en sécurité", "never ask",
                 "ne les demandons jamais", "restore normal service", "rétablir le service", "CNIL sous")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def body(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def outside_slots(text: str) -> str:
    return re.sub(r"\[[^\]\n]*\]", "", text)


@pytest.mark.parametrize("template", ["default", "data-breach"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_claim_that_could_be_untrue_is_a_slot_check_refuses(project: Path, template: str, lang: str) -> None:
    result = run("new", TITLE, "--severity", "critical", "--lang", lang, "--template", template)
    assert result.exit_code == 0, result.output
    path = next((project / "statements").glob(f"2026-11-20-mobile-app-showed-*{'.fr' if lang == 'fr' else ''}.md"))
    if lang == "en":
        assert path.name == "2026-11-20-mobile-app-showed-other-customers-order-history.md"
    text = path.read_text(encoding="utf-8")
    slots = [(number, slot) for number, line in enumerate(text.splitlines(), start=1)
             for slot in re.findall(r"\[[^\]\n]+\]", line)]
    found = json.loads(run("check", str(path), "--format", "json").stdout)["problems"]
    errors = [p for p in found if p["severity"] == "error"]
    assert len(errors) == len(slots) and {p["rule"] for p in errors} == {"placeholder"}
    for number, slot in slots:  # messages quote words with their spaces made plain
        assert f"{path.name}:{number}: a placeholder is still in the text: “{' '.join(slot.split())}”" in result.output
    # A judgment of a slot's own words ("[WHAT PEOPLE SHOULD DO]" is not shouting) is noise.
    assert not [p for p in found if p["rule"] == "emotional"]
    prose = outside_slots(body(text))
    assert not [claim for claim in UNCONDITIONAL if claim.casefold() in prose.casefold()]
    # The title heads the page and every copy: it is not pasted, lowered, into a sentence.
    assert TITLE.casefold() not in body(text).casefold() and "mobile app showed" not in body(text).casefold()


@pytest.mark.parametrize("template", ["default", "data-breach"])
def test_french_typography(project: Path, template: str) -> None:
    assert run("new", "Échec des paiements en caisse", "--severity", "major", "--lang", "fr",
               "--template", template).exit_code == 0
    text = body(next((project / "statements").glob("2026-11-20-echec-*.fr.md")).read_text(encoding="utf-8"))
    prose = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert not re.search(r" [:;?!»]|« ", prose), "an ordinary space where French wants a no-break one"
    assert not re.search(r"\S[:;?!]", outside_slots(prose).replace("d’ici", "")), "no space before : ; ? !"
    assert not re.search(rf"{NBSP}:\s*[A-ZÀ-Ý][a-zà-ÿ]", outside_slots(prose)), "a capital after a colon"
    assert "'" not in prose, "a straight apostrophe in French prose"
    assert f"d’ici 12{NBSP}h{NBSP}30{NBSP}(heure de Paris)" in prose
    if template == "data-breach":
        assert f"«{NBSP}[CITATION DU PORTE-PAROLE{NBSP}: EXCUSES, RESPONSABILITÉ, ACTIONS]{NBSP}»" in prose


def test_the_promise_reads_as_people_say_it(project: Path) -> None:
    assert run("new", "Trains delayed", "--severity", "minor", "--next-update", "2026-11-21 09:00").exit_code == 0
    english = (project / "statements" / "2026-11-20-trains-delayed.md").read_text(encoding="utf-8")
    assert "We will post an update by 09:00 CET on 21 November." in english
    assert run("new", "Trains en retard", "--severity", "minor", "--lang", "fr",
               "--next-update", "2026-11-21 09:00").exit_code == 0
    french = (project / "statements" / "2026-11-20-trains-en-retard.fr.md").read_text(encoding="utf-8")
    assert f"Nous publierons un point d’ici le 21 novembre à 9{NBSP}h{NBSP}(heure de Paris)." in french


@pytest.mark.parametrize("lang, fills", [
    ("en", ("Trains on the coast line are running late since 10:50 CET", "At 10:50 CET a signal failed near Calais; trains on the coast line are 40 minutes late.",
            "Our engineers are replacing the signal; trains should run on time by 14:00 CET.",
            "Your ticket is also valid on the replacement buses.")),
    ("fr", ("Les trains de la ligne côtière circulent en retard depuis 10:50 CET", "À 10:50 CET, un signal est tombé en panne près de Calais ; les trains de la ligne côtière ont "
            "40 minutes de retard.", "Nos équipes remplacent le signal ; les trains devraient circuler à "
            "l’heure d’ici 14:00 CET.", "Votre billet est aussi valable dans les bus de remplacement.")),
])
def test_a_filled_holding_statement_checks_without_error(project: Path, lang: str, fills: tuple[str, ...]) -> None:
    assert run("new", "Trains delayed on the coast line", "--severity", "major", "--lang", lang).exit_code == 0
    path = next((project / "statements").glob(f"2026-11-20-trains-delayed-*{'.fr' if lang == 'fr' else ''}.md"))
    text = path.read_text(encoding="utf-8")
    for slot, words in zip(re.findall(r"\[[^\]\n]+\]", text), fills, strict=True):
        text = text.replace(slot, words)
    path.write_text(text, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("template, slot", [
    ("default", "[WHAT IS NOT WORKING, FOR WHOM, SINCE WHEN]"),
    ("default", "[CE QUI NE FONCTIONNE PAS, POUR QUI, DEPUIS QUAND]"),
    ("data-breach", "[WHAT PERSONAL DATA, WHOSE, SINCE WHEN]"),
    ("data-breach", "[QUELLES DONNÉES PERSONNELLES, DE QUI, DEPUIS QUAND]"),
    ("recall", "[WHAT PRODUCT]"),
    ("recall", "[QUEL PRODUIT]"),
])
def test_the_summary_opens_with_a_slot_for_the_news(project: Path, template: str, slot: str) -> None:
    # Every copy leads with the summary's first sentence: "We know about this problem" says nothing.
    lang = "en" if slot.startswith("[WHAT") else "fr"
    result = run("new", "Trains delayed", "--severity", "major", "--lang", lang, "--template", template)
    assert result.exit_code == 0, result.output
    text = next((project / "statements").glob("2026-11-20-trains-delayed*.md")).read_text(encoding="utf-8")
    heading = "## Summary" if lang == "en" else "## Résumé"
    summary = text.split(f"\n{heading}\n", 1)[1].splitlines()[0]
    assert slot in summary.split(". ")[0]
    assert f"“{slot}”" in result.output  # listed among the slots to fill
    assert run("check").exit_code == 1


def test_a_title_continued_mid_sentence_keeps_acronyms_and_lowers_elisions() -> None:
    assert lower_first("Card payments failing") == "card payments failing"
    assert lower_first("L'application mobile affiche") == "l'application mobile affiche"
    assert lower_first("À Lyon, les paiements échouent") == "à Lyon, les paiements échouent"
    assert lower_first("Échec des paiements") == "échec des paiements"
    assert lower_first("API errors") == "API errors" and lower_first("SNCF : retards") == "SNCF : retards"
    assert lower_first("iPhone app down") == "iPhone app down"


def test_a_generated_name_is_short_and_skips_elisions(project: Path) -> None:
    result = run("new", "L'application mobile a montré l'historique de commandes d'autres clients à Lyon",
                 "--severity", "major", "--lang", "fr")
    assert result.exit_code == 0
    made = next((project / "statements").glob("2026-11-20-application-*.fr.md"))
    slug = made.name.removesuffix(".fr.md")
    assert len(slug) <= 60 and "-l-" not in slug and "-d-" not in slug
    assert slug == "2026-11-20-application-mobile-montre-historique-de-commandes"


def test_a_recall_starts_from_the_recall_notice_with_its_lots_table(project) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["new", "Rappel de la bière Blonde de l'Estran : risque de fragments de verre",
                                       "--severity", "critical", "--kind", "recall", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    # The name stops on a word that says something, never on « de ».
    path = next((project / "statements").glob("*-rappel-de-la-biere-blonde-de-estran-risque.fr.md"))
    text = path.read_text(encoding="utf-8")
    assert "\nkind: recall\n" in text and "| Produit | Lots | Vendu |" in text
    assert "“[NUMÉROS DE LOT]”" in result.output  # listed among the slots to fill
    other = CliRunner().invoke(main, ["new", "Water unsafe to drink", "--severity", "critical", "--kind", "safety"])
    assert other.exit_code == 0, other.output
    water = next((project / "statements").glob("*-water-unsafe-to-drink.md")).read_text(encoding="utf-8")
    assert "\nkind: safety\n" in water


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_new_next_update_moves_the_summarys_promise_and_leaves_history(project: Path, lang: str) -> None:
    title = "Trains delayed" if lang == "en" else "Trains en retard"
    assert run("new", title, "--severity", "minor", "--lang", lang, "--next-update", "2026-11-20 12:30").exit_code == 0
    path = next((project / "statements").glob(f"2026-11-20-trains-*{'.fr' if lang == 'fr' else ''}.md"))
    status = "identified" if lang == "en" else "identifié"
    result = run("update", path.name.split(".")[0], "--status", status, "--next-update", "2026-11-20 16:00",
                 "-m", "Signal fault near Calais." if lang == "en" else "Panne de signal près de Calais.")
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    summary, updates = text.split("## Updates" if lang == "en" else "## Mises à jour")
    old, new = (("by 12:30 CET", "by 16:00 CET") if lang == "en"
                else (f"d’ici 12{NBSP}h{NBSP}30{NBSP}(heure de Paris)", f"d’ici 16{NBSP}h{NBSP}(heure de Paris)"))  # (on the hour: « 16 h », never « 16 h 00 »)
    assert new in summary and old not in summary, summary
    assert old in updates  # the first update is the record of what was said then


def test_a_promise_typed_with_plain_spaces_moves_too(project: Path) -> None:
    # A translator types « d'ici 12 h 30 CET » (as earlier versions wrote it) with a plain apostrophe
    # and spaces: `update` moves it as it moves the one `new` wrote, so the French summary never
    # keeps a passed time.
    assert run("new", "Trains en retard", "--severity", "minor", "--lang", "fr",
               "--next-update", "2026-11-20 12:30").exit_code == 0
    path = next((project / "statements").glob("2026-11-20-trains-*.fr.md"))
    text = path.read_text(encoding="utf-8")
    summary = text.split("## Mises à jour")[0]
    typed = summary.replace(f"d’ici 12{NBSP}h{NBSP}30{NBSP}(heure de Paris)", "d'ici 12 h 30 CET")
    assert typed != summary
    path.write_text(text.replace(summary, typed), encoding="utf-8")
    result = run("update", path.name.split(".")[0], "--status", "identifié", "--next-update", "2026-11-20 16:00",
                 "-m", "Panne de signal près de Calais.")
    assert result.exit_code == 0, result.output
    summary = path.read_text(encoding="utf-8").split("## Mises à jour")[0]
    assert "d'ici 12 h 30 CET" not in summary and f"d’ici 16{NBSP}h{NBSP}(heure de Paris)" in summary, summary


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promise_for_another_day_moves_whole(project: Path, lang: str) -> None:
    # "We will post an update by 09:00 CET on 21 November." moved to the 22nd at 18:00 is "by 18:00
    # CET on 22 November", never "…by 18:00 CET on 22 November on 21 November" (the day left behind).
    title = "Trains delayed" if lang == "en" else "Trains en retard"
    assert run("new", title, "--severity", "minor", "--lang", lang, "--next-update", "2026-11-21 09:00").exit_code == 0
    path = next((project / "statements").glob(f"2026-11-20-trains-*{'.fr' if lang == 'fr' else ''}.md"))
    for moment in ("2026-11-22 18:00", "2026-11-23 10:00"):
        result = run("update", path.name.split(".")[0], "--status", "identified" if lang == "en" else "identifié",
                     "--next-update", moment, "-m", "Signal fault near Calais." if lang == "en" else "Panne de signal.")
        assert result.exit_code == 0, result.output
    summary = path.read_text(encoding="utf-8").split("## Updates" if lang == "en" else "## Mises à jour")[0]
    said = ("We will post an update by 10:00 CET on 23 November." if lang == "en"
            else f"Nous publierons un point d’ici le 23 novembre à 10{NBSP}h{NBSP}(heure de Paris).")
    assert said in summary, summary
    assert "November on" not in summary and "novembre à 10 h (heure de Paris) à" not in summary.replace(NBSP, " "), summary
