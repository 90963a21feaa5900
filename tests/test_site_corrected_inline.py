"""On the web statement, an update that a correction put right shows the right value where the
wrong one stood, the first-published value struck through beside it: a reader who stops at the
entry never takes 19/01/2027 for the use-by date, and the record still shows what was said.
Statements written for these tests."""

from __future__ import annotations

from generator.rendering.site.context import update_view
from tests.press_support import statement_file, write_statement


def test_a_corrected_value_is_marked_where_it_stands(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T12:00:00+01:00")
    for lang, update, correction, note in (
            ("en", "We are recalling lot L2631B, use by 19/01/2027. Do not eat it.",
             "#### Correction · 2026-11-28 09:15\nThe use-by date of lot L2631B is 09/01/2027, not 19/01/2027.",
             "corrected; first published as <del>19/01/2027</del>"),
            ("fr", "Nous rappelons le lot L2631B, DLC 19/01/2027. Ne le consommez pas.",
             "#### Rectificatif · 2026-11-28 09:15\nLa DLC du lot L2631B est le 09/01/2027, et non le 19/01/2027.",
             "rectifié ; d&#39;abord publié : <del>19/01/2027</del>")):
        text = statement_file(lang=lang, front="kind: recall\n", started="2026-11-27 17:30",
                              title="Raclette recall" if lang == "en" else "Rappel de raclette",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "We are recalling a raclette. Do not eat it." if lang == "en" else
                                  "Nous rappelons une raclette. Ne la consommez pas.")},
                              updates=(("2026-11-27 17:30", "identified" if lang == "en" else "identifié",
                                        f"{update}\n\n{correction}"),))
        statement = write_statement(project, settings, text, "2026-11-27-r.md" if lang == "en" else "2026-11-27-r.fr.md")
        html = str(update_view(statement.updates[0], settings, lang).html).replace("\u00a0", " ").replace("\u202f", " ")
        assert "<ins>09/01/2027</ins>" in html and note in html, html
        # The wrong value appears only struck through, never as the entry's live text.
        assert html.count("19/01/2027") == 1, html
