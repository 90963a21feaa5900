"""A recall with an allergen, as its posts carry it, on a statement written for these tests: the
line that says when to call the emergency number ("call 112 immediately") is never left out of a
thread that keeps the Poison Centre's; a caption whose lot table would push out what to do gives
the lot codes alone, and what to do, the 112 line and the next update stay; and a thread whose
first post names the lots does not name them again."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")

def _lots(count: int) -> str:
    return "\n".join(f"| Gaufres de Liège aux pépites de chocolat, format familial | 10 × 90 g | L2633{n}A | 1{n}/03/2027 | "
                     f"541987001234{n} |" for n in range(count))


def _copies(project, settings, lang: str, lots: int = 8) -> dict[str, str]:
    fr = lang == "fr"
    sections = {
        "Résumé" if fr else "Summary": (
            "Depuis le 3 septembre, nous rappelons huit lots de nos gaufres de Liège aux pépites de chocolat, vendus "
            "en Belgique et au Luxembourg, car ils peuvent contenir de la noisette qui n'est pas indiquée sur "
            "l'emballage. Si vous êtes allergique, ne mangez pas ces gaufres et rapportez-les au magasin. Nous sommes "
            "sincèrement désolés." if fr else
            "Since 3 September we have been recalling eight lots of our Liège waffles with chocolate chips, sold in "
            "Belgium and Luxembourg, because they may contain hazelnut that is not declared on the pack. If you are "
            "allergic, do not eat these waffles and take them back to the shop. We are truly sorry."),
        "Produits concernés" if fr else "Recalled products": (
            "| Produit | Format | N° de lot | À consommer de préférence avant le | Code-barres (EAN) |\n|---|---|---|---|---|\n"
            if fr else "| Product | Size | Lot | Best before | Barcode (EAN) |\n|---|---|---|---|---|\n") + _lots(lots),
        "Ce que vous pouvez faire" if fr else "What you should do": (
            "- Vérifiez le numéro de lot de vos gaufres dans le tableau.\n"
            "- Si vous êtes allergique à la noisette ou aux fruits à coque, ne les mangez pas. Rapportez-les au magasin "
            "où vous les avez achetées : il vous remboursera, même sans ticket de caisse. Vous pouvez aussi les jeter "
            "et nous envoyer une photo du numéro de lot : nous vous rembourserons par virement bancaire sous huit jours.\n"
            "- Si vous ou votre enfant avez mangé ces gaufres et avez des démangeaisons, un gonflement des lèvres ou du "
            "visage, des vomissements ou du mal à respirer, appelez immédiatement le 112. Pour un conseil, le Centre "
            "Antipoisons répond 24 h sur 24 au 070 245 245.\n"
            "- Pour toute question : ligne gratuite 0800 23 457, tous les jours de 8 h à 20 h." if fr else
            "- Check the lot number of your waffles against the table.\n"
            "- If you are allergic to hazelnuts or tree nuts, do not eat them. Take them back to the shop: it will "
            "refund you, even without a receipt.\n"
            "- If you or your child ate these waffles and have itching, swelling of the lips or face, vomiting or "
            "difficulty breathing, call 112 immediately. For advice, the Belgian Poison Centre answers 24 hours a "
            "day on 070 245 245.\n"
            "- Questions: free phone line 0800 23 457, every day from 8:00 to 20:00."),
    }
    title = ("Rappel : gaufres de Liège aux pépites de chocolat, présence de noisette non mentionnée" if fr else
             "Recall: Liège waffles with chocolate chips may contain undeclared hazelnut")
    text = statement_file(lang=lang, title=title, severity="critical", front="kind: recall\nnext_update: 2026-09-05 12:00\n",
                          sections=sections, updates=(("2026-09-03 19:30", "identifié" if fr else "identified",
                                                       "Nous rappelons cinq lots." if fr else "We are recalling five lots."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if fr else "2026-09-03-test.md")
    return {c.channel: "\n".join(c.parts) for c in render_copies(statement, settings, ["x", "bluesky", "instagram"], NOW)
            if c.kind == "announcement"}


def test_the_emergency_line_stays_in_every_thread(project, settings):
    for lang in ("en", "fr"):
        copies = _copies(project, settings, lang)
        for channel in ("x", "bluesky", "instagram"):
            assert "112" in copies[channel], (lang, channel, copies[channel])


def test_a_caption_gives_the_lot_codes_when_the_table_would_push_out_what_to_do(project, settings):
    caption = _copies(project, settings, "fr")["instagram"]
    assert "Ce que vous pouvez faire" in caption and "Prochain point" in caption, caption
    assert all(f"L2633{n}A" in caption for n in range(8)), caption


def test_a_thread_names_the_lots_once(project, settings):
    for lang, said in (("en", "Recalled lots: "), ("fr", "Lots concernés : ")):
        thread = _copies(project, settings, lang, lots=5)["x"]
        assert thread.count(said) <= 1, thread
