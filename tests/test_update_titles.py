"""A title written once the crisis was over ("Bookings was unavailable for 3 hours 25 minutes on 16
December") heads the copies of the updates posted while it was not, as it then stood ("Bookings
unavailable on 16 December"): never "was unavailable" over a message that says it still is. The
resolution's own copies keep the title as written."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _subjects(project, settings, lang: str) -> dict[str, str]:
    fr = lang == "fr"
    title = ("Quaystone Bookings a été indisponible pendant 3 heures 25 le 3 septembre" if fr else
             "Quaystone Bookings was unavailable for 3 hours 25 minutes on 3 September")
    summary = ("Le 3 septembre, de 9 h 05 à 12 h 30, Quaystone Bookings a été indisponible. Nous en sommes désolés."
               if fr else "On 3 September, from 09:05 to 12:30, Quaystone Bookings was unavailable. We are sorry.")
    updates = (("2026-09-03 12:45", "résolu" if fr else "resolved",
                "Le service fonctionne de nouveau." if fr else "Every part of the service works again."),
               ("2026-09-03 09:15", "identifié" if fr else "identified",
                "Quaystone Bookings est indisponible. Nos ingénieurs rétablissent la base." if fr else
                "Quaystone Bookings is unavailable. Our engineers are restoring the database."))
    text = statement_file(lang=lang, title=title, started="2026-09-03 09:15",
                          sections={"Résumé" if fr else "Summary": summary}, updates=updates)
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if fr else "2026-09-03-test.md")
    return {f"{c.kind}-{c.update_at:%H%M}" if c.update_at else c.kind: c.subject or ""
            for c in render_copies(statement, settings, ["email"], NOW)}


def test_an_earlier_update_is_headed_by_the_title_as_it_then_stood(project, settings):
    english = _subjects(project, settings, "en")
    earlier = [subject for kind, subject in english.items() if kind.endswith("0915")]
    assert earlier and "was unavailable" not in earlier[0] and "Quaystone Bookings unavailable" in earlier[0], english
    assert "3 hours" not in earlier[0], english
    final = [subject for kind, subject in english.items() if kind.endswith("1245")]
    assert final and "was unavailable" in final[0], english
    french = _subjects(project, settings, "fr")
    earlier = [subject for kind, subject in french.items() if kind.endswith("0915")]
    assert earlier and "a été" not in earlier[0] and "Quaystone Bookings indisponible" in earlier[0], french


def _recall_copies(project, settings, lang: str, monkeypatch) -> dict[str, str]:
    """A recall extended on 3 December to burger patties, under the title written after it."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T17:20:00+01:00")
    fr = lang == "fr"
    title = ("Rappel de bœuf haché et de galettes pour hamburgers Norrel : E. coli O157:H7" if fr else
             "Recall of Norrel ground beef and burger patties: E. coli O157:H7")
    table = ("| Produit | Lots |\n|---|---|\n| Bœuf haché ordinaire Norrel | GB1127, GB1128 |\n"
             "| Galettes de bœuf pour hamburgers Norrel | BP1130 |" if fr else
             "| Product | Lots |\n|---|---|\n| Norrel regular ground beef | GB1127, GB1128 |\n"
             "| Norrel beef burger patties | BP1130 |")
    summary = ("Le bœuf haché et les galettes Norrel vendus du 27 novembre au 2 décembre peuvent contenir "
               "E. coli O157:H7 : ne les mangez pas." if fr else
               "Norrel ground beef and burger patties sold from 27 November to 2 December may contain "
               "E. coli O157:H7: do not eat them. If you froze ground beef bought from us during that period, "
               "please check your freezer.")
    updates = (("2026-12-03 17:00", "identifié" if fr else "identified",
                "Nous étendons le rappel aux galettes pour hamburgers (lot BP1130)." if fr else
                "We are extending the recall to burger patties (lot BP1130)."),
               ("2026-12-02 18:00", "identifié" if fr else "identified",
                "Nous rappelons les lots GB1127 et GB1128 de bœuf haché ordinaire. Ne le mangez pas." if fr else
                "We are recalling lots GB1127 and GB1128 of regular ground beef. Do not eat it."))
    text = statement_file(lang=lang, title=title, started="2026-12-02 18:00", front="kind: recall\n",
                          sections={"Résumé" if fr else "Summary": summary,
                                    "Produits rappelés" if fr else "Recalled products": table},
                          updates=updates)
    statement = write_statement(project, settings, text, "2026-12-02-beef.fr.md" if fr else "2026-12-02-beef.md")
    now = datetime.fromisoformat("2026-12-03T17:20:00+01:00")
    # Keyed by the update's day: the 2nd is the first update, the 3rd the extension.
    return {f"{c.channel}-{c.update_at.astimezone(settings.timezone):%d}" if c.update_at else c.channel:
            (c.subject or "") + "\n" + "\n---\n".join(c.parts)
            for c in render_copies(statement, settings, ["x", "email"], now)}


def test_an_update_sent_before_a_recall_was_extended_never_names_the_products_added_later(project, settings, monkeypatch):
    english = _recall_copies(project, settings, "en", monkeypatch)
    first = [text for key, text in english.items() if key.endswith("-02")]
    assert len(first) == 2 and all("patties" not in text for text in first), english
    assert english["email-02"].startswith("Recall of Norrel ground beef: E. coli"), english
    # What people must do comes first, before the case of a few ("If you froze…").
    for key in ("x", "x-02"):
        first_post = english[key].split("\n---", 1)[0]
        assert "o not eat" in first_post and "freezer" not in first_post, english[key]
    assert english["email-03"].startswith("Recall of Norrel ground beef and burger patties"), english
    french = _recall_copies(project, settings, "fr", monkeypatch)
    first = [text for key, text in french.items() if key.endswith("-02")]
    assert len(first) == 2 and all("galettes" not in text for text in first), french
    assert french["email-02"].startswith("Rappel de bœuf haché Norrel\u00a0: E. coli"), french
