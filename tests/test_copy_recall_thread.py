"""A recall's posts: advice said once in a thread ("Do not eat this cheese: take it back to the
shop for a refund." in the first post is not followed by "Take it back to the shop for a
refund." in the second), and an update that widens the recall says so with what was found,
never in a later post. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement
from tests.test_documents_qa_journalists import _recall

NOW = datetime.fromisoformat("2026-03-06T12:00:00+01:00")


def test_a_recall_thread_says_its_advice_once(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, name, advice in (("en", "2026-03-02-tomme.md", "take it back to the shop"),
                               ("fr", "2026-03-02-tomme.fr.md", "rapportez-le au magasin")):
        statement = write_statement(project, settings, _recall(lang), name)
        for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], NOW):
            if copy.kind != "announcement":
                continue
            thread = "\n".join(copy.parts).casefold()
            assert thread.count(advice) == 1, (copy.channel, copy.parts)


def test_a_widened_recall_is_said_with_what_was_found(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, name, found, widened in (
            ("en", "2026-03-02-tomme.md", "found Listeria in lot T13", "We are extending the recall to this lot."),
            ("fr", "2026-03-02-tomme.fr.md", "Listeria dans le lot T13", "Nous étendons le rappel à ce lot.")):
        statement = write_statement(project, settings, _recall(lang), name)
        copies = render_copies(statement, settings, ["x", "mastodon", "sms"], NOW)
        for copy in copies:
            if copy.kind != "update" or found not in copy.parts[0]:
                continue
            if copy.channel == "x" and lang == "fr":
                continue  # (this test site's address is not a link on X: it counts whole, and the post is full)
            assert widened in copy.parts[0], (copy.channel, copy.parts)
            # …told right after the finding, before the rest of the update.
            assert copy.parts[0].index(widened) < copy.parts[0].index(found) + 120, (copy.channel, copy.parts)


def test_a_widened_recall_text_names_the_new_lots_and_never_only_a_pronoun(project, settings) -> None:  # type: ignore[no-untyped-def]
    # A text is read alone: "do not eat it" with no product, or "three lots of the bar" with no
    # lot numbers, lets nobody check the pack at home.
    first = {"en": ("We are recalling the Hazel Truffle box, 200 g, lots T51101 and T51102, best before 30/06/2027: it "
                    "contains peanut, which is not listed on the label. If you are allergic to peanut, do not eat it "
                    "and take it back to the shop for a refund. We are sorry."),
             "fr": ("Nous rappelons la Boîte Truffes Noisette, 200 g, lots T51101 et T51102, à consommer de préférence "
                    "avant le 30/06/2027 : elle contient de l'arachide, qui n'est pas indiquée sur l'étiquette. Si vous "
                    "êtes allergique à l'arachide, ne la consommez pas et rapportez-la au magasin pour être remboursé. "
                    "Nous sommes désolés.")}
    widened = {"en": ("We are extending the recall to three lots of the Dark Almond bar, 100 g (T51204, T51205 and "
                      "T51206, best before 15/07/2027). Our control tests found peanut in these lots, moulded on the "
                      "same line. The advice is the same: do not eat them if you are allergic to peanut, and take them "
                      "back for a refund."),
               "fr": ("Nous étendons le rappel à trois lots de la Tablette Noir Amandes, 100 g (T51204, T51205 et "
                      "T51206, à consommer de préférence avant le 15/07/2027). Nos analyses de contrôle ont trouvé de "
                      "l'arachide dans ces lots, moulés sur la même ligne. Les consignes sont les mêmes : ne les "
                      "consommez pas si vous êtes allergique à l'arachide et rapportez-les pour être remboursé.")}
    for lang in ("en", "fr"):
        en = lang == "en"
        text = statement_file(lang=lang, severity="major", started="2026-03-02 16:00", front="kind: recall\n",
                              title="Recall of truffles and almond bars" if en else "Rappel de truffes et de tablettes",
                              sections={("Summary" if en else "Résumé"): first[lang]},
                              updates=(("2026-03-04 11:30", "identified" if en else "identifié", widened[lang]),
                                       ("2026-03-02 16:00", "identified" if en else "identifié", first[lang])))
        statement = write_statement(project, settings, text, "2026-03-02-truffes.fr.md" if not en else "2026-03-02-truffes.md")
        texts = {copy.update_at.day: copy.parts[0] for copy in render_copies(statement, settings, ["sms"], NOW)
                 if copy.kind == "update" and copy.update_at is not None}
        assert all(code in texts[4] for code in ("T51204", "T51205", "T51206")), texts[4]
        assert "T51101" in texts[2] and ("Truffle" in texts[2] or "Truffes" in texts[2]), texts[2]


def test_an_apology_that_names_its_people_by_a_pronoun_names_them_in_short_posts(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "…must not eat them. We are sorry: our label was meant to protect them": beside the lots in
    # post 2, "them" would be the lots.
    for lang, summary, pronoun, named in (
            ("en", "We are recalling our almond pralines, which contain peanut, an allergen not listed on their label. "
                   "People with a peanut allergy must not eat them. We are sorry: our label was meant to protect them, "
                   "and it did not.", "protect them", "protect people with a peanut allergy"),
            ("fr", "Nous rappelons nos pralines aux amandes, qui contiennent de l'arachide, un allergène qui n'est pas "
                   "indiqué sur leur étiquette. Les personnes allergiques à l'arachide ne doivent pas les consommer. "
                   "Nous sommes désolés : notre étiquette devait les protéger, et elle ne l'a pas fait.",
             "devait les protéger", "devait protéger les personnes allergiques à l'arachide")):
        en = lang == "en"
        text = statement_file(lang=lang, severity="major", started="2026-03-02 16:00", front="kind: recall\n",
                              title="Recall of almond pralines" if en else "Rappel de pralines aux amandes",
                              sections={("Summary" if en else "Résumé"): summary,
                                        ("What you should do" if en else "Ce que vous pouvez faire"): (
                                            "If you are allergic to peanut, do not eat these pralines." if en else
                                            "Si vous êtes allergique à l'arachide, ne consommez pas ces pralines.")},
                              updates=(("2026-03-02 16:00", "identified" if en else "identifié", summary),))
        statement = write_statement(project, settings, text, "2026-03-02-pralines.fr.md" if not en else "2026-03-02-pralines.md")
        said: list[bool] = []
        for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], NOW):
            if copy.kind == "announcement":
                thread = "\n".join(copy.parts).replace("\u00a0", " ").replace("’", "'")
                assert pronoun not in thread, (copy.channel, thread)
                said.append(named in thread)
        assert any(said), lang  # (where the apology is given whole, it names them)
