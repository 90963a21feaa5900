"""Words the documents quote stay as they were said: an apology made only in the quote comes in
the memo inside one pair of quotation marks, never « « … ». »; and « le dernier passager a
touché le sol » is no answer to a question about the environment. Statements written for
these tests."""

from __future__ import annotations

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement


def _documents(project, settings, monkeypatch, lang: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-05-14T12:00:00+02:00")
    en = lang == "en"
    text = statement_file(
        lang=lang, severity="major", started="2026-05-12 15:00",
        front="kind: safety\nspokesperson: {name: Anne Roux, role: Chief Executive}\n",
        title="Cable car stopped with 41 passengers on board" if en else "Téléphérique arrêté avec 41 passagers à bord",
        sections={("Summary" if en else "Résumé"): (
            "On 12 May our cable car stopped for two hours with 41 passengers on board; all were brought down. The "
            "last passenger reached the ground at 17:05." if en else
            "Le 12 mai, notre téléphérique s'est arrêté deux heures avec 41 passagers à bord ; tous ont été "
            "redescendus. Le dernier passager a touché le sol à 17 h 05."),
            ("Quote" if en else "Citation"): (
                "\"Forty-one people were left hanging in the cold. I apologise to them and to their families.\"" if en
                else "« Quarante et une personnes sont restées suspendues dans le froid. Je leur présente mes excuses, "
                     "ainsi qu'à leurs familles. »")},
        updates=(("2026-05-12 17:40", "identified" if en else "identifié",
                  "All 41 passengers are on the ground." if en else "Les 41 passagers sont au sol."),))
    statement = write_statement(project, settings, text, "2026-05-12-cable.fr.md" if not en else "2026-05-12-cable.md")
    return {d.kind: d.text.replace("\u00a0", " ").replace("\u202f", " ") for d in render_documents(statement, settings)}


def test_an_apology_from_the_quote_is_quoted_once_in_the_memo(project, settings, monkeypatch):
    for lang, opening in (("en", "“Forty-one people"), ("fr", "« Quarante et une personnes")):
        memo = _documents(project, settings, monkeypatch, lang)["memo"]
        line = next(line for line in memo.splitlines() if "Forty-one" in line or "Quarante et une" in line)
        assert opening in line and "« «" not in line and "“\"" not in line and "\".”" not in line, line


def test_touching_the_ground_is_no_environmental_question(project, settings, monkeypatch):
    qa = _documents(project, settings, monkeypatch, "fr")["qa"]
    assert "environnement" not in qa, qa


def test_will_it_happen_again_is_answered_by_what_changes_never_by_a_count_of_people(project, settings, monkeypatch):
    # « Deux personnes nous ont signalé une réaction » is no four-eyes rule; "it will restart only
    # with a stricter cleaning procedure" / « elle ne reprendra qu'avec… » is what changes.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-16T12:00:00+01:00")
    for lang, doing, update, question, answer in (
            ("en", "We have stopped the moulding line concerned: it will restart only with a stricter cleaning "
                   "procedure and a test of every lot before it leaves.",
             "Two people have told us of an allergic reaction; the customer who alerted us was treated in hospital.",
             "Will it happen again?", "restart only with a stricter cleaning procedure"),
            ("fr", "Nous avons arrêté la ligne de moulage concernée : elle ne reprendra qu'avec une procédure de "
                   "nettoyage renforcée et une analyse de chaque lot avant sa sortie.",
             "Deux personnes nous ont signalé une réaction allergique ; la cliente qui nous a alertés a été soignée.",
             "Cela peut-il se reproduire ?", "ne reprendra qu'avec une procédure de nettoyage renforcée")):
        en = lang == "en"
        text = statement_file(lang=lang, severity="major", started="2026-12-14 16:00", front="kind: recall\n",
                              title="Recall of almond pralines" if en else "Rappel de pralines aux amandes",
                              sections={("Summary" if en else "Résumé"): (
                                  "We are recalling our almond pralines: they contain hazelnut not listed on the label. "
                                  "We are sorry." if en else "Nous rappelons nos pralines aux amandes : elles "
                                  "contiennent de la noisette non indiquée sur l'étiquette. Nous sommes désolés."),
                                  ("What we are doing" if en else "Ce que nous faisons"): doing},
                              updates=(("2026-12-15 12:00", "identified" if en else "identifié", update),
                                       ("2026-12-14 16:00", "identified" if en else "identifié", "We are recalling them."
                                        if en else "Nous les rappelons.")))
        statement = write_statement(project, settings, text, "2026-12-14-pralines.fr.md" if not en else
                                    "2026-12-14-pralines.md")
        qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
            "\u202f", " ")
        assert question in qa, [line for line in qa.splitlines() if line.startswith("## ")]
        said = qa.split(question, 1)[1].split("\n## ", 1)[0].replace("’", "'")
        assert answer in said and "Deux personnes" not in said and "Two people" not in said, said


def test_could_more_lots_follow_is_answered_by_what_the_updates_say_since(project, settings, monkeypatch):
    # "No other lot is affected", written before the recall grew, is no answer once it has grown;
    # the newest word on the other lots is.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-17T12:00:00+01:00")
    text = statement_file(severity="major", started="2026-12-14 16:00", front="kind: recall\n",
                          title="Recall of almond pralines and bars",
                          sections={"Summary": "We are recalling our almond pralines: they contain hazelnut not listed "
                                               "on the label. We are sorry.",
                                    "What happened": "Our laboratory confirmed hazelnut in lots P101 and P102. No other "
                                                     "product or lot is affected."},
                          updates=(("2026-12-16 11:30", "identified",
                                    "We are extending the recall to three lots of the almond bar (B201, B202 and B203). "
                                    "Our control tests found hazelnut in these lots, moulded on the same line. Next update "
                                    "on Friday 18 December at 12:00, when the tests on the other lots from this line are "
                                    "complete."),
                                   ("2026-12-14 16:00", "identified", "We are recalling lots P101 and P102.")))
    statement = write_statement(project, settings, text, "2026-12-14-pralines.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    said = qa.split("could more lots follow?", 1)[1].split("\n## ", 1)[0]
    assert "tests on the other lots" in said and "No other product or lot is affected" not in said, said
    assert "control tests found hazelnut" in said, said
