"""The short copies of a statement and of its translation carry the same sentences: a French
text that cannot fit what the English one says is never sent beside an English text that says
it (a bilingual audience would read two messages). The news, the apology and the first advice
stay even where the other language cannot fit them. Statements written for these tests."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.reading.reader import load_incidents
from generator.rendering.channels import render_copies
from tests.press_support import statement_file

NOW = "2026-11-27T23:30:00+01:00"

EN_UPDATE = ("The east wing stayed closed for the rest of the evening. The usher who slipped on the wet stairs has "
             "been treated and has gone home; a technician is being kept in hospital overnight as a precaution. "
             "Saturday's show will start at 21:00, one hour later than planned, in the west wing. Next update tomorrow at "
             "09:00.")
FR_UPDATE = ("L'aile est est restée fermée jusqu'à la fin de la soirée. L'ouvreuse qui a glissé dans l'escalier "
             "mouillé a été soignée par les secouristes de la salle et elle est rentrée chez elle ; un technicien est "
             "gardé à l'hôpital cette nuit par précaution. Le spectacle de samedi commencera à 21 h, une heure plus "
             "tard que prévu, dans l'aile ouest. "
             "Prochain point demain à 9 h.")


def _write(project, first_en: str, first_fr: str) -> None:
    en = statement_file(
        title="Water leak at the Salle Rameau: east wing closed", severity="major", started="2026-11-27 20:10",
        front="", sections={"Summary": "A water leak closed the east wing of the Salle Rameau tonight during the "
                                       "concert. We apologise to everyone whose evening was cut short."},
        updates=(("2026-11-27 23:00", "monitoring", EN_UPDATE), ("2026-11-27 20:10", "investigating", first_en)))
    fr = statement_file(
        lang="fr", title="Fuite d'eau à la salle Rameau : aile est fermée", severity="major",
        started="2026-11-27 20:10", front="",
        sections={"Résumé": "Une fuite d'eau a fermé l'aile est de la salle Rameau ce soir pendant le concert. Nous "
                            "présentons nos excuses à tous ceux dont la soirée a été interrompue."},
        updates=(("2026-11-27 23:00", "surveillance", FR_UPDATE), ("2026-11-27 20:10", "analyse", first_fr)))
    (project / "statements" / "2026-11-27-fuite-rameau.md").write_text(en, encoding="utf-8")
    (project / "statements" / "2026-11-27-fuite-rameau.fr.md").write_text(fr, encoding="utf-8")


def _pair(project, settings, channel: str):
    _write(project, "A water leak closed the east wing at 20:05. Please leave by the west doors.",
           "Une fuite d'eau a fermé l'aile est à 20 h 05. Merci de sortir par les portes ouest.")
    incidents, problems = load_incidents(settings)
    assert not [p for p in problems if p.severity == "error"], problems
    incident = next(i for i in incidents if i.slug == "2026-11-27-fuite-rameau")
    en, fr = incident.translations["en"], incident.translations["fr"]
    at = datetime.fromisoformat(NOW)
    both = {lang: render_copies(statement, settings, [channel], at, siblings=[other])
            for lang, statement, other in (("en", en, fr), ("fr", fr, en))}
    alone = render_copies(en, settings, [channel], at)
    return both, alone


def _update(copies) -> str:
    return "\n".join(next(c for c in copies if c.kind == "update" and c.update_at.hour == 23).parts)


# Each sentence of the update, as each language says it.
SENTENCES = (("east wing stayed closed", "aile est est restée fermée"),
             ("usher who slipped", "ouvreuse qui a glissé"),
             ("Saturday's show", "spectacle de samedi"),
             ("Next update tomorrow", "Prochain point demain"))


@pytest.mark.parametrize("channel", ["sms", "x", "bluesky"])
def test_english_and_french_copies_carry_the_same_sentences(project, settings, monkeypatch, channel):
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    both, _ = _pair(project, settings, channel)
    en, fr = _update(both["en"]), _update(both["fr"])
    for english, french in SENTENCES:
        assert (english in en) == (french in fr), f"{english!r} / {french!r}\n--- en\n{en}\n--- fr\n{fr}"
    assert "east wing stayed closed" in en and "aile est est restée fermée" in fr  # the news always


def test_what_both_languages_can_fit_takes_the_room(project, settings, monkeypatch):
    # Alone, the English text says the usher went home and the French one, short of room for
    # that, Saturday's show: together, both say the show (the first fits in English only).
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    both, alone = _pair(project, settings, "sms")
    assert "usher who slipped" in _update(alone) and "Saturday's show" not in _update(alone)
    assert "Saturday's show" in _update(both["en"]) and "spectacle de samedi" in _update(both["fr"])
    assert "usher" not in _update(both["en"]) and "ouvreuse" not in _update(both["fr"])


def test_the_apology_stays_even_when_the_other_language_cannot_fit_it(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    _write(project, "A water leak closed the east wing at 20:05. Please leave by the west doors. We apologise.",
           "Une fuite d'eau a fermé l'aile est à 20 h 05. Merci de sortir par les portes ouest, calmement et sans "
           "courir, en suivant le personnel de salle qui vous guide vers la place Rameau, où vous attend notre "
           "équipe d'accueil. Nous vous prions de bien vouloir nous excuser pour cette soirée interrompue.")
    incidents, _ = load_incidents(settings)
    incident = next(i for i in incidents if i.slug == "2026-11-27-fuite-rameau")
    en, fr = incident.translations["en"], incident.translations["fr"]
    copies = render_copies(en, settings, ["sms"], datetime.fromisoformat(NOW), siblings=[fr])
    first = next(c for c in copies if c.kind == "update" and c.update_at.hour == 20)
    assert "We apologise." in first.parts[0], first.parts[0]


def test_the_render_command_gives_each_language_the_same_sentences(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    _write(project, "A water leak closed the east wing at 20:05. Please leave by the west doors.",
           "Une fuite d'eau a fermé l'aile est à 20 h 05. Merci de sortir par les portes ouest.")
    result = CliRunner().invoke(main, ["render", "fuite-rameau", "--channel", "sms", "--format", "json"])
    assert result.exit_code == 0, result.output
    texts = {entry["lang"]: next("\n".join(c["parts"]) for c in entry["copies"]
                                 if c["kind"] == "update" and c["update_at"].startswith("2026-11-27T23"))
             for entry in json.loads(result.output)["statements"]}
    for english, french in SENTENCES:
        assert (english in texts["en"]) == (french in texts["fr"]), texts


def test_a_copy_carries_a_sentence_it_says_in_part():
    from generator.rendering.channels.parity import Unit, _words, carried

    def unit(text: str) -> Unit:
        return Unit(("summary", "sentence", 1), text, _words(text), False)

    helpline = unit("Helpline: 0808 157 0192 (free from Jersey) or +44 20 7946 0192 from anywhere else, every day.")
    assert carried(helpline, "Harbourline: … Helpline: +44 20 7946 0192. More on our website.")
    assert not carried(helpline, "Harbourline: … More on our website.")
    reassurance = unit("They did not obtain passwords, PINs or card numbers, and no money has been taken from any account.")
    assert carried(reassurance, "Harbourline: … No money has been taken from any account. We are sorry.")
    assert not carried(reassurance, "Harbourline: … We are sorry. Money matters to us.")


def test_a_sentence_left_out_takes_the_one_that_leans_on_it_along(project, settings, monkeypatch):
    # The French text has no room for the double display: left out of both, "It will be corrected
    # overnight" would follow "the box office works again", and "it" would be the box office.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    _write(project,
           "The box office system has been working again since 20:05. About 1,940 ticket holders see some of "
           "this evening's payments twice in their account: this is a display issue, your card will not be charged "
           "twice. It will be corrected overnight. Next update tomorrow at 17:00.",
           "Le système de billetterie de la salle fonctionne de nouveau depuis 20 h 05. Environ 1 940 spectateurs "
           "voient certains paiements de ce soir en double dans leur compte bancaire : il s'agit seulement d'un "
           "problème d'affichage, votre carte ne sera pas débitée deux fois. Elle sera corrigée cette nuit. "
           "Prochain point demain à 17 h.")
    incidents, _ = load_incidents(settings)
    incident = next(i for i in incidents if i.slug == "2026-11-27-fuite-rameau")
    en, fr = incident.translations["en"], incident.translations["fr"]
    at = datetime.fromisoformat(NOW)
    texts = {lang: next(c for c in render_copies(statement, settings, ["sms"], at, siblings=[other])
                        if c.kind == "update" and c.update_at.hour == 20).parts[0]
             for lang, statement, other in (("en", en, fr), ("fr", fr, en))}
    assert "1,940" in texts["en"] or "corrected overnight" not in texts["en"], texts["en"]
    assert "1 940" in texts["fr"] or "corrigée cette nuit" not in texts["fr"], texts["fr"]
    assert ("1,940" in texts["en"]) == ("1 940" in texts["fr"]), texts
