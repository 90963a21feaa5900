"""What an older update's copy says people must do is what was asked then: the first alert of a
boil-water notice asks "residents of Sermaize and Brévans" to boil their water, and its text
says so (an instruction in the words "we are asking residents… to boil", « nous demandons aux
habitants… de faire bouillir »), never today's advice naming the towns added since. Statements
written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-05-21T18:00:00+02:00")

CASES = {
    "en": ("Tap water must be boiled in three villages of the Oulme valley",
           "Since 18 May, tap water in Sermaize, Brévans and Lanthe must be boiled before drinking. We are sorry.",
           "In Sermaize, Brévans and Lanthe, boil tap water for one minute before drinking it or cooking with it.",
           "The notice now covers Lanthe too. Boil tap water before drinking it.",
           "Bacteria have been found in water from the Oulme reservoir. As a precaution, we are asking residents of "
           "Sermaize and Brévans to boil tap water before drinking or cooking with it.", "boil tap water"),
    "fr": ("Eau du robinet à faire bouillir dans trois villages de la vallée de l'Oulme",
           "Depuis le 18 mai, l'eau du robinet de Sermaize, Brévans et Lanthe doit être bouillie avant d'être bue. "
           "Nous en sommes désolés.",
           "À Sermaize, Brévans et Lanthe, faites bouillir l'eau du robinet une minute avant de la boire ou de cuisiner.",
           "L'avis concerne désormais aussi Lanthe. Faites bouillir l'eau du robinet avant de la boire.",
           "Des bactéries ont été détectées dans l'eau du réservoir de l'Oulme. Par précaution, nous demandons aux "
           "habitants de Sermaize et Brévans de faire bouillir l'eau du robinet avant de la boire ou de cuisiner.",
           "faire bouillir l'eau"),
}


def test_the_first_alert_keeps_its_own_instruction_and_never_names_later_towns(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, (title, summary, advice, widened, first, instruction) in CASES.items():
        en = lang == "en"
        text = statement_file(lang=lang, title=title, severity="critical", started="2026-05-18 10:00",
                              front="kind: safety\n",
                              sections={("Summary" if en else "Résumé"): summary,
                                        ("What you should do" if en else "Ce que vous pouvez faire"): advice},
                              updates=(("2026-05-20 11:00", "identified" if en else "identifié", widened),
                                       ("2026-05-18 10:00", "investigating" if en else "enquête", first)))
        statement = write_statement(project, settings, text, "2026-05-18-eau.fr.md" if not en else "2026-05-18-eau.md")
        for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "sms"], NOW):
            if copy.kind != "update" or copy.update_at is None or copy.update_at.day != 18:
                continue
            said = "\n".join(copy.parts)
            assert "Lanthe" not in said, (copy.channel, said)
            if copy.channel == "sms":
                assert counting.sms_segments(said) <= 2 and instruction in said, said


def test_a_later_update_never_repeats_an_earlier_list_of_towns(project, settings) -> None:  # type: ignore[no-untyped-def]
    # The first alert asked "residents of Sermaize and Brévans" to boil; the notice was widened to
    # Lanthe, then lifted in Brévans: no later copy tells Brévans to boil again.
    first = ("Bacteria have been found in water from the Oulme reservoir. We are asking residents of Sermaize and "
             "Brévans to boil tap water before drinking or cooking with it.")
    text = statement_file(title="Tap water must be boiled in two villages of the Oulme valley", severity="critical",
                          started="2026-05-18 10:00", front="kind: safety\n",
                          sections={"Summary": "Tap water in Sermaize and Lanthe must be boiled before drinking. We are "
                                               "sorry.",
                                    "What you should do": "In Sermaize and Lanthe, boil tap water for one minute "
                                                          "before drinking it."},
                          updates=(("2026-05-21 11:00", "monitoring", "Two clear tests allow us to lift the notice in "
                                                                      "Brévans. The notice stays in force in Sermaize "
                                                                      "and Lanthe."),
                                   ("2026-05-20 11:00", "identified", "The notice is extended to Lanthe, supplied by the "
                                                                      "same reservoir."),
                                   ("2026-05-18 10:00", "investigating", first)))
    statement = write_statement(project, settings, text, "2026-05-18-eau.md")
    for copy in render_copies(statement, settings, ["x", "mastodon", "sms", "email"], NOW):
        if copy.kind == "update" and copy.update_at is not None and copy.update_at.day in (20, 21):
            said = "\n".join(copy.parts)
            assert "residents of Sermaize and Brévans" not in said, (copy.channel, said)
