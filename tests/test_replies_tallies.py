"""A reply to one person carries what matters to that person: never our own tallies (calls
answered, packs held in warehouses), always what to do and what was done for them.
Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.replies import reply_templates
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-04-10T12:00:00+02:00")

UPDATE = {
    "en": ("All 412 customers whose files were copied have now been contacted. Our helpline has answered 1,380 calls "
           "since 6 April, and 277 customers have activated their free credit monitoring. Of the 9,000 letters "
           "printed, 8,100 were posted on 7 April, 600 on 8 April and 300 were returned undelivered. If someone calls "
           "you claiming to be us, hang up and ring the number on the back of your card."),
    "fr": ("Les 412 clients dont les dossiers ont été copiés ont tous été contactés. Notre ligne d'assistance a répondu "
           "à 1 380 appels depuis le 6 avril, et 277 clients ont activé leur surveillance gratuite. Sur les 9 000 "
           "courriers imprimés, 8 100 sont partis le 7 avril, 600 le 8 avril et 300 nous sont revenus. Si quelqu'un "
           "vous appelle en se présentant comme nous, raccrochez et rappelez le numéro inscrit au dos de votre carte."),
}


def test_the_personal_reply_leaves_our_tallies_to_the_page(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    for lang, (kept, tally, printed, advice) in {
            "en": ("All 412 customers", "1,380 calls", "8,100 were posted", "hang up and ring the number"),
            "fr": ("Les 412 clients", "1 380 appels", "8 100 sont partis", "raccrochez et rappelez")}.items():
        text = statement_file(
            lang=lang, severity="critical", started="2026-04-06 10:00", front="kind: breach\n",
            title="Customer files copied" if lang == "en" else "Dossiers de clients copiés",
            sections={("Summary" if lang == "en" else "Résumé"): (
                "Criminals copied the files of 412 customers. We are sorry." if lang == "en" else
                "Des criminels ont copié les dossiers de 412 clients. Nous vous présentons nos excuses.")},
            updates=(("2026-04-09 10:00", "monitoring" if lang == "en" else "surveillance", UPDATE[lang]),
                     ("2026-04-06 10:00", "identified" if lang == "en" else "identifié", "—")))
        name = "2026-04-06-files.md" if lang == "en" else "2026-04-06-files.fr.md"
        statement = write_statement(project, settings, text.replace("\n—\n", "\nOK.\n"), name)
        personal = reply_templates(statement, settings, NOW)["personal"].text.replace("\u202f", " ").replace("\u00a0", " ")
        assert kept in personal and advice in personal, personal
        assert tally not in personal and printed not in personal, personal


def test_the_updates_own_news_is_never_taken_for_a_tally(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Since 10:00, 12 replacement coaches have been running on lines 12 and 14, one every 20
    # minutes instead of every 10" is the news the person needs, figures and all; and "We are
    # checking that they keep to this timetable" never stands without it.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T10:40:00+01:00")
    text = statement_file(
        severity="major", started="2026-12-04 06:30", front="kind: outage\n",
        title="Depot fire: 40 buses out of service, lines 12 and 14 cancelled",
        sections={"Summary": "Lines 12 and 14 were cancelled this morning after a fire overnight at our depot put 40 "
                             "of our buses out of service. We are sorry for the disruption."},
        updates=(("2026-12-04 10:25", "monitoring", "Since 10:00, 12 replacement coaches have been running on lines "
                  "12 and 14, one every 20 minutes instead of every 10. We are checking that they keep to this "
                  "timetable. Your ticket and pass are valid on them."),
                 ("2026-12-04 06:30", "investigating", "A fire overnight at our depot has put 40 buses out of "
                  "service.")))
    statement = write_statement(project, settings, text, "2026-12-04-depot-fire.md")
    personal = reply_templates(statement, settings, datetime.fromisoformat("2026-12-04T10:40:00+01:00"))["personal"].text
    assert "12 replacement coaches have been running on lines 12 and 14" in personal, personal
