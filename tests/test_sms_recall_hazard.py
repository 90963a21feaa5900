"""What a text keeps when it must cut, checked on statements written for these tests: a
recall's text names what makes the product dangerous (the allergen), never only "five lots of
our waffles"; a table of refunds in "What you should do" is reference, not the first thing to
do; advice that needs no line to call gets none glued to it; and French words GSM-7 cannot
accent (« êtes », « gêne », « même ») are said in words it has."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")

_RECALL_FR = ("Depuis le 3 septembre, nous rappelons cinq lots de nos gaufres de Liège aux pépites de chocolat, vendus "
              "en Belgique et au Luxembourg, car ils peuvent contenir de la noisette qui n'est pas indiquée sur "
              "l'emballage : ils sont dangereux pour les personnes allergiques à la noisette ou aux fruits à coque. "
              "Si vous êtes allergique, ne mangez pas ces gaufres et rapportez-les au magasin, qui vous remboursera, "
              "même sans ticket. Nous sommes sincèrement désolés.")
_RECALL_EN = ("Since 3 September we have been recalling five lots of our Liège waffles with chocolate chips, sold in "
              "Belgium and Luxembourg, because they may contain hazelnut that is not on the pack: they are dangerous "
              "for people allergic to hazelnut or tree nuts. If you are allergic, do not eat these waffles and take "
              "them back to the shop, which will refund you, even without a receipt. We are truly sorry.")


def _texts(project, settings, *, lang: str, title: str, sections: dict[str, str], front: str = "",
           update: str | None = None) -> dict[str, str]:
    status = "identifié" if lang == "fr" else "identified"
    updates = (("2026-09-03 12:15", status, update or ("Prochain point à 18 h." if lang == "fr" else
                                                       "Next update at 18:00.")),)
    text = statement_file(lang=lang, front=front, title=title, sections=sections, updates=updates)
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md")
    texts = {c.kind: c.parts[0].replace("’", "'") for c in render_copies(statement, settings, ["sms"], NOW)}
    assert all(counting.sms_segments(t) <= 2 for t in texts.values()), texts
    return texts


def test_a_recall_text_names_the_allergen(project, settings):
    french = _texts(project, settings, lang="fr", front="kind: recall\n", sections={
        "Résumé": _RECALL_FR,
        "Ce que vous pouvez faire": "- Si vous ou votre enfant avez mangé ces gaufres et avez du mal à respirer, "
                                    "appelez le 112. Pour un conseil, le Centre Antipoisons répond au 070 245 245."},
        title="Rappel : gaufres de Liège aux pépites de chocolat, présence de noisette non mentionnée")["announcement"]
    assert "noisette" in french, french
    assert "etes" not in french and "En cas d'allergie" in french or "allergie" in french, french
    english = _texts(project, settings, lang="en", front="kind: recall\n", sections={
        "Summary": _RECALL_EN,
        "What you should do": "- If you or your child ate these waffles and find it hard to breathe, call 112. For "
                              "advice, the Belgian Poison Centre answers on 070 245 245."},
        title="Recall: Liège waffles with chocolate chips may contain undeclared hazelnut")["announcement"]
    assert "hazelnut" in english, english
    # The Poison Centre's number is not where to take the waffles back.
    assert "receipt on 070" not in english and "070 245 245" not in english.split("receipt")[0], english


def test_a_refund_table_is_not_the_first_thing_to_do(project, settings):
    english = _texts(project, settings, lang="en", title="T1 line: reduced service until 19 December", sections={
        "Summary": "Since Tuesday 1 September, T1 trams run less often, and will until Saturday 5 September, because "
                   "three trains are in the workshop. We are sorry.",
        "What you should do": "| Your ticket | What we refund | How |\n|---|---|---|\n"
                              "| Monthly pass | 50% of the price | Automatically, by 15 October |\n"
                              "| Single ticket | The ticket price | On request, at a ticket office |\n\n"
                              "- Before you travel, check the day's timetable in the app or at example.com/t1.\n"
                              "- Questions: 04 75 40 12 00."})["announcement"]
    assert "What we refund" not in english and "Monthly pass" not in english, english
    assert "Before you travel, check the day's timetable" in english, english


def test_french_texts_say_what_gsm_cannot_accent_in_other_words(project, settings):
    texts = _texts(project, settings, lang="fr", title="Ligne T1 : service réduit", sections={
        "Résumé": "Trois rames du T1 sont retirées du service pour remplacer une pièce de frein. Nous sommes désolés "
                  "pour la gêne que cela vous cause."},
        update="Nous étendons le contrôle à deux autres rames fabriquées avec le même lot de pièces. Nous sommes "
               "désolés pour la gêne que cela vous cause.")
    for text in texts.values():
        assert "gene" not in text and "meme" not in text and "etes" not in text, texts
    assert any("désagrément" in text for text in texts.values()), texts


def test_a_breathing_symptom_is_never_a_nuisance(project, settings):
    texts = _texts(project, settings, lang="fr", title="Fumée à bord d'un tram-train, 212 voyageurs évacués", sections={
        "Résumé": "Lundi 31 août à 17 h 42, de la fumée s'est dégagée sous une rame : les 212 voyageurs ont été évacués. "
                  "Nous présentons nos excuses à tous les voyageurs.",
        "Ce que vous pouvez faire": "- Si vous étiez à bord et que vous ressentez une gêne respiratoire, consultez un "
                                    "médecin."})
    for text in texts.values():
        assert "désagrément respiratoire" not in text and "gene" not in text, texts


def test_a_recall_text_never_cuts_the_order_not_to_eat_it(project, settings):
    # A long French news whose order comes after its colon: the text may lose the aside on the
    # illness or the list of lots (the page has both), never « ne les mangez pas ».
    sections = {"Résumé": "Le bœuf haché et les galettes pour hamburgers préparés par la Coop Norrel et vendus entre le "
                          "27 novembre et le 2 décembre peuvent contenir la bactérie E. coli O157:H7, qui peut causer "
                          "une maladie grave : ne les mangez pas. Nous rappelons 8 lots vendus dans 7 de nos magasins.",
                "Produits rappelés": "| Produit | Lots |\n|---|---|\n| Bœuf haché ordinaire | GB1127, GB1128, GB1129 |\n"
                                     "| Bœuf haché mi-maigre | GB1128M, GB1129M |\n| Bœuf haché maigre | GB1129L, "
                                     "GB1130L |\n| Galettes pour hamburgers | BP1130 |"}
    french = _texts(project, settings, lang="fr", front="kind: recall\n", sections=sections,
                    title="Rappel de bœuf haché et de galettes Norrel : E. coli O157:H7")["announcement"]
    assert "ne les mangez pas" in french, french
