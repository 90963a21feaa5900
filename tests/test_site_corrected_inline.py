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


def test_an_estimate_corrected_to_an_exact_count_loses_its_about(project, settings, monkeypatch):
    # "About 130 people were on the line", corrected to 112 (a count, "not about 130"): never
    # "About 112" on the page.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T18:00:00+01:00")
    for lang, update, correction in (
            ("en", "About 130 people were on the line when it stopped.",
             "#### Correction · 2026-12-02 17:40\nThe number of people left on the line is 112, not about 130."),
            ("fr", "Environ 130 personnes se trouvaient sur la ligne lors de l'arrêt.",
             "#### Rectificatif · 2026-12-02 17:40\nLe nombre de personnes restées sur la ligne est de 112, et non "
             "d'environ 130.")):
        text = statement_file(lang=lang, front="kind: safety\n", started="2026-12-02 16:05",
                              title="Chairlift stopped" if lang == "en" else "Télésiège arrêté",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "Our chairlift stopped. We are sorry." if lang == "en" else
                                  "Notre télésiège s'est arrêté. Nous en sommes désolés.")},
                              updates=(("2026-12-02 16:05", "identified" if lang == "en" else "identifié",
                                        f"{update}\n\n{correction}"),))
        statement = write_statement(project, settings, text, "2026-12-02-l.md" if lang == "en" else "2026-12-02-l.fr.md")
        html = str(update_view(statement.updates[0], settings, lang).html).replace("\u00a0", " ")
        assert html.startswith("<p><ins>112</ins>"), html
        # (the estimate's word goes with the old value, in small letters inside the note)
        assert "<del>about 130</del>" in html or "<del>environ 130</del>" in html, html


def test_a_sum_corrected_keeps_its_currency_and_its_scale(project, settings, monkeypatch):
    # "$1.0 million, not $870,000" was put in as "$1.0 (corrected; first published as 870,000)":
    # the page said the total was one dollar. A sum is one value, with its sign and its "million".
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-25T12:00:00+01:00")
    for lang, update, correction, right, wrong in (
            ("en", "About 9,800 customers were charged wrongly, for a total of about $870,000.",
             "#### Correction · 2026-11-24 17:00\n11,400 customers were charged wrongly, not 9,800, for a total of "
             "about $1.0 million, not $870,000.", "<ins>$1.0 million</ins>", "$870,000</del>"),
            ("fr", "Environ 9 800 clients ont été facturés par erreur, pour un total d'environ 870 000 $.",
             "#### Rectificatif · 2026-11-24 17:00\n11 400 clients ont été facturés par erreur, et non 9 800, pour un "
             "total d'environ 1,0 million de dollars, et non 870 000 $.", "<ins>1,0 million de dollars</ins>",
             "870 000 $</del>")):
        text = statement_file(lang=lang, front="", started="2026-11-19 17:30",
                              title="Roaming charges billed in error" if lang == "en" else "Frais facturés par erreur",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "Some bills charged roaming fees in error." if lang == "en" else
                                  "Des factures ont imputé des frais d'itinérance par erreur.")},
                              updates=(("2026-11-19 17:30", "identified" if lang == "en" else "identifié",
                                        f"{update}\n\n{correction}"),))
        statement = write_statement(project, settings, text, "2026-11-19-r.md" if lang == "en" else "2026-11-19-r.fr.md")
        html = str(update_view(statement.updates[0], settings, lang).html).replace("\u00a0", " ").replace("\u202f", " ")
        assert right in html and wrong in html, html


def test_a_number_people_dial_is_never_the_value_a_correction_changes(project, settings, monkeypatch):
    # "287 calls to 9-1-1 failed, not 212": the page read "the 9-1-1 (corrected; first published
    # as 212) calls", the 287 nowhere; "2:52 p.m., not about 3:05 p.m." lost its last stop.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-23T12:00:00-03:00")
    update = ("About 212 calls to 9-1-1 failed. The first failed call was at about 3:05 p.m. on Wednesday.\n\n"
              "#### Correction · 2026-10-22 12:00\n287 calls to 9-1-1 failed, not 212.\n\n"
              "#### Correction · 2026-10-22 12:05\nThe first failed call was at 2:52 p.m., not about 3:05 p.m.")
    text = statement_file(lang="en", front="", started="2026-10-21 15:40", title="9-1-1 calls failing",
                          sections={"Summary": "Some 9-1-1 calls from our mobiles failed on 21 October."},
                          updates=(("2026-10-21 17:25", "monitoring", update),))
    statement = write_statement(project, settings, text, "2026-10-21-911.md")
    html = str(update_view(statement.updates[0], settings, "en").html).replace("\u00a0", " ")
    assert "<ins>287</ins>" in html and "212</del>" in html and "to 9-1-1 failed" in html, html
    assert "<del>about 3:05 p.m.</del>)" in html and "p.m)" not in html, html


def test_a_share_corrected_keeps_its_sign_and_its_estimate_word_on_the_old_value(project, settings, monkeypatch):
    # "around 38 (corrected; first published as 20)% of payments": the sign was stranded after the
    # note, and "around" stayed on the corrected figure the correction gives as it is.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    for lang, update, correction, right, wrong in (
            ("en", "Since about 11:40, around 20% of card payments are being declined.",
             "#### Correction · 2026-11-27 15:55\nThe share of declined payments was 38%, not 20%.",
             "<ins>38%</ins>", "<del>around 20%</del>"),
            ("fr", "Depuis 11 h 40 environ, près de 20 % des paiements par carte sont refusés.",
             "#### Rectificatif · 2026-11-27 15:55\nLa part des paiements refusés était de 38 %, et non de 20 %.",
             "<ins>38 %</ins>", "<del>près de 20 %</del>")):
        text = statement_file(lang=lang, started="2026-11-27 12:25",
                              title="Card payments declined" if lang == "en" else "Paiements par carte refusés",
                              updates=(("2026-11-27 12:25", "investigating" if lang == "en" else "analyse",
                                        f"{update}\n\n{correction}"),))
        statement = write_statement(project, settings, text, "2026-11-27-c.md" if lang == "en" else "2026-11-27-c.fr.md")
        html = str(update_view(statement.updates[0], settings, lang).html).replace("\u00a0", " ").replace("\u202f", " ")
        assert right in html and wrong in html and ")%" not in html and ") %" not in html, html
