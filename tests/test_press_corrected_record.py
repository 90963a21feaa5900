"""The press release's record of earlier updates says what each update said when it was
published: a figure corrected later is marked as corrected, never silently replaced by the
correction's words (a journalist who quoted the first figure would read that as rewriting the
record); a value the correction names as wrong stands right, the one first published beside it,
so a journalist who lifts the line never prints the wrong one. Statements written for these tests."""

from __future__ import annotations

import re

from generator.rendering.press import render_press_release
from tests.press_support import plain, statement_file, write_statement


def _release(project, settings, monkeypatch, lang: str) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    if lang == "en":
        updates = (("2026-11-29 16:00", "monitoring", "Every second payment has been refunded."),
                   ("2026-11-28 11:00", "identified",
                    "About 4,100 customers were charged twice for their November bill. We are refunding them.\n\n"
                    "#### Correction · 2026-11-29 09:30\n5,320 customers were charged twice, not about 4,100: our "
                    "first count left out business accounts."))
        sections = {"Summary": "We charged some customers twice for their November bill. We are sorry."}
    else:
        updates = (("2026-11-29 16:00", "surveillance", "Tous les doubles prélèvements ont été remboursés."),
                   ("2026-11-28 11:00", "identifié",
                    "Environ 4 100 clients ont été prélevés deux fois pour leur facture de novembre. Nous les "
                    "remboursons.\n\n#### Rectificatif · 2026-11-29 09:30\n5 320 clients ont été prélevés deux fois, "
                    "et non environ 4 100 : notre premier décompte oubliait les comptes professionnels."))
        sections = {"Résumé": "Nous avons prélevé deux fois certains clients pour leur facture de novembre. Nous en "
                              "sommes désolés."}
    text = statement_file(lang=lang, title="Bills taken twice" if lang == "en" else "Factures prélevées deux fois",
                          started="2026-11-28 10:00", front="", sections=sections, updates=updates)
    name = "2026-11-28-bills.md" if lang == "en" else "2026-11-28-bills.fr.md"
    release = render_press_release(write_statement(project, settings, text, name), settings).markdown
    return plain(release).replace("\u202f", " ").replace("\u00a0", " ")


def _line_of(release: str, needle: str) -> str:
    lines = [line for line in re.split(r" (?=- )", release) if needle in line and line.startswith("- ")]
    assert lines, release
    return lines[0]


def test_an_english_update_corrected_later_keeps_its_figure_marked_as_corrected(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "en")
    line = _line_of(release, "4,100 customers were charged")
    assert "4,100" in line and "corrected at" in line and "5,320" not in line, line
    assert release.count("not about 4,100") == 1, release  # the correction is told once, on its own line


def test_a_french_update_corrected_later_keeps_its_figure_marked_as_corrected(project, settings, monkeypatch):
    release = _release(project, settings, monkeypatch, "fr")
    line = _line_of(release, "4 100 clients")
    assert "4 100" in line and "rectifié le 29 novembre" in line and "5 320" not in line, line
    assert "((" not in release and "heure de Paris))" not in release, release


def test_a_value_a_correction_names_as_wrong_is_put_right_where_it_stood(project, settings, monkeypatch):
    # (Blind kit 37: "All 612 passengers … (corrected at 9:40 a.m.)" left the wrong count standing.)
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-30T12:00:00+01:00")
    for lang, said, fixed, right, first in (
            ("en", "All 418 passengers are at the muster stations.", "There were 391 passengers on board, not 418.",
             "All 391 (corrected at 9:40 a.m. CET on Nov. 28; first published as 418) passengers", "418 passengers"),
            ("fr", "Les 418 passagers sont aux postes de rassemblement.",
             "Il y avait 391 passagers à bord, et non 418.",
             "les 391 (rectifié le 28 novembre à 9 h 40 ; d'abord publié : 418) passagers", "418 passagers")):
        updates = (("2026-11-28 12:00", "monitoring" if lang == "en" else "surveillance",
                    "Everyone is ashore." if lang == "en" else "Tout le monde est à terre."),
                   ("2026-11-28 03:00", "identified" if lang == "en" else "identifié",
                    said + "\n\n#### " + ("Correction" if lang == "en" else "Rectificatif") + " · 2026-11-28 09:40\n"
                    + fixed))
        text = statement_file(lang=lang, title="Fire on board" if lang == "en" else "Incendie à bord",
                              started="2026-11-28 02:40", front="kind: safety\n", severity="critical",
                              sections={"Summary" if lang == "en" else "Résumé":
                                        "A fire broke out on our ferry. We are sorry." if lang == "en" else
                                        "Un incendie s'est déclaré sur notre ferry. Nous en sommes désolés."},
                              updates=updates)
        name = "2026-11-28-fire.md" if lang == "en" else "2026-11-28-fire.fr.md"
        release = plain(render_press_release(write_statement(project, settings, text, name), settings).markdown)
        release = release.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'")
        assert right in release, release
        assert first not in release, release
