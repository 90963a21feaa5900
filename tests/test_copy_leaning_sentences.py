"""A sentence that says what it speaks of only through the one before never goes without it:
"The water there is safe again" / « L'eau y est de nouveau potable » right after the towns it
means, never opening a post after the title of a notice still in force elsewhere; "Their
tickets are refunded" with the passengers it means, never after thanks to the rescuers. And an
update that lifts a notice in some towns says, in its one text, where it still holds.
Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-05-21T18:00:00+02:00")

LIFTED = {
    "en": ("Tap water must be boiled in two villages of the Oulme valley",
           "Since 18 May, tap water in Sermaize, Brévans and Lanthe must be boiled before drinking. We are sorry "
           "for the trouble this causes.",
           "Two clear tests, taken on 19 and 20 May, allow us to lift the notice in Brévans, with the agreement of "
           "the health agency. The water there is safe to drink again. The notice stays in force in Sermaize and "
           "Lanthe, where the latest tests still show bacteria. Bottled water is handed out at both town halls "
           "every day from 9:00 to 18:00.",
           "The water there is safe", "stays in force in Sermaize and Lanthe"),
    "fr": ("Eau du robinet à faire bouillir dans deux villages de la vallée de l'Oulme",
           "Depuis le 18 mai, l'eau du robinet de Sermaize, Brévans et Lanthe doit être bouillie avant d'être bue. "
           "Nous sommes désolés pour la gêne.",
           "Deux analyses conformes, faites les 19 et 20 mai, permettent de lever l'avis à Brévans, avec l'accord "
           "de l'agence de santé. L'eau y est de nouveau potable. L'avis reste en vigueur à Sermaize et Lanthe, où "
           "les dernières analyses montrent encore des bactéries. De l'eau en bouteille est distribuée dans les deux "
           "mairies tous les jours de 9 h à 18 h.",
           "L'eau y est de nouveau potable", "reste en vigueur à Sermaize et Lanthe"),
}


def test_a_lifted_notice_says_where_and_where_it_still_holds(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, (title, summary, update, there, holds) in LIFTED.items():
        text = statement_file(lang=lang, title=title, severity="critical", started="2026-05-18 10:00",
                              front="kind: safety\n",
                              sections={"Summary" if lang == "en" else "Résumé": summary},
                              updates=(("2026-05-21 11:00", "monitoring" if lang == "en" else "surveillance", update),
                                       ("2026-05-18 10:00", "identified" if lang == "en" else "identifié", summary)))
        statement = write_statement(project, settings, text,
                                    "2026-05-18-eau.fr.md" if lang == "fr" else "2026-05-18-eau.md")
        for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads", "sms"], NOW):
            if copy.kind != "update" or copy.update_at is None or copy.update_at.day != 21:
                continue
            for part in copy.parts:
                said = part.replace("\u00a0", " ").replace("’", "'")
                if there in said:
                    # …after the village it means, in the same post.
                    assert ("Brévans" in said.split(there)[0]), (copy.channel, copy.parts)
            if copy.channel == "sms":
                texted = copy.parts[0].replace("\u00a0", " ").replace("’", "'")
                assert counting.sms_segments(copy.parts[0]) <= 2, texted
                assert holds in texted and "Brévans" in texted, texted


def test_what_people_get_comes_with_whom_it_means(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, doing, thanks, theirs in (
            ("en", "We have replaced the faulty sensor.\n\nWe have called each of the 41 passengers. Their tickets "
                   "are refunded and they are offered a free return trip.",
             "We thank our rescue team for their work.", "Their tickets are refunded"),
            ("fr", "Nous avons remplacé le capteur défectueux.\n\nNous avons appelé chacun des 41 passagers. Leurs "
                   "billets leur sont remboursés et un aller-retour leur est offert.",
             "Nous remercions nos secouristes pour leur travail.", "Leurs billets leur sont remboursés")):
        en = lang == "en"
        text = statement_file(lang=lang, title="Cable car stopped on 12 May" if en else "Téléphérique arrêté le 12 mai",
                              severity="major", started="2026-05-12 15:00", front="kind: safety\n", sections={
                                  ("Summary" if en else "Résumé"): (
                                      "On 12 May our cable car stopped for two hours with 41 passengers on board; all "
                                      "were brought down safely. " if en else
                                      "Le 12 mai, notre téléphérique s'est arrêté deux heures avec 41 passagers à bord ; "
                                      "tous ont été redescendus sains et saufs. ") + thanks,
                                  ("What we are doing" if en else "Ce que nous faisons"): doing},
                              updates=(("2026-05-12 15:00", "resolved" if en else "résolu",
                                        "The cable car runs again." if en else "Le téléphérique fonctionne de nouveau."),))
        statement = write_statement(project, settings, text,
                                    "2026-05-12-cable.fr.md" if lang == "fr" else "2026-05-12-cable.md")
        called = "each of the 41 passengers. " if en else "chacun des 41 passagers. "
        for copy in render_copies(statement, settings, ["facebook", "linkedin", "x", "mastodon"], NOW):
            for part in copy.parts:
                if theirs in part:
                    assert called + theirs in part.replace("\u00a0", " "), (copy.channel, part)


def test_an_update_that_announces_its_cause_tells_it_first(project, settings) -> None:  # type: ignore[no-untyped-def]
    # « Nous connaissons la cause » opens on news: the cause follows it in the first post, never
    # « Les deux pièces seront remplacées demain » (which parts?) before it.
    update = ("Nous connaissons la cause de l'arrêt. Un capteur de vitesse du moteur principal a cessé de fonctionner, "
              "ce qui a déclenché l'arrêt automatique. Le moteur de secours n'a pas démarré parce que son embrayage "
              "était grippé, un défaut que notre essai de novembre n'a pas détecté. Les deux pièces seront remplacées "
              "demain et le téléphérique restera fermé jusqu'à l'autorisation de l'inspection. Les autres remontées "
              "fonctionnent normalement.")
    text = statement_file(lang="fr", title="Téléphérique arrêté le 12 mai", severity="major", started="2026-05-12 15:00",
                          front="kind: safety\n", sections={"Résumé": (
                              "Le 12 mai, notre téléphérique s'est arrêté deux heures avec 41 passagers à bord ; tous ont "
                              "été redescendus sains et saufs. Nous en sommes désolés.")},
                          updates=(("2026-05-14 15:00", "identifié", update),
                                   ("2026-05-12 15:00", "identifié", "Nos secouristes évacuent les passagers.")))
    statement = write_statement(project, settings, text, "2026-05-12-cable.fr.md")
    for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], NOW):
        if copy.kind == "update" and copy.update_at is not None and copy.update_at.day == 14:
            first = copy.parts[0]
            assert "capteur de vitesse" in first, (copy.channel, copy.parts)
            assert "Les deux pièces" not in first or first.index("capteur") < first.index("Les deux pièces"), copy.parts


def test_a_long_reopening_is_told_without_how_it_was_made_possible(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "…reopens this morning at 8:30 a.m., after the replacement of… and load tests…" too long for
    # the first post: the reopening leads, never the title of what happened four days before.
    reopens = ("The cable car reopens this morning at 8:30 a.m., after the replacement of the speed sensor and the "
               "backup drive's clutch and load tests carried out on May 15 in the presence of the state inspectors, "
               "who authorized the reopening.")
    text = statement_file(title="Cable car stopped and passengers evacuated on May 12", severity="major",
                          started="2026-05-12 15:00", front="kind: safety\n", sections={
                              "Summary": "On May 12 our cable car stopped for two hours with 41 passengers on board; all "
                                         "were brought down safely. We are sorry."},
                          updates=(("2026-05-16 08:30", "resolved", reopens + " The backup drive will now be started "
                                                                                "every morning."),
                                   ("2026-05-12 15:00", "identified", "Our rescuers are bringing the passengers down.")))
    statement = write_statement(project, settings, text, "2026-05-12-cable.md")
    for copy in render_copies(statement, settings, ["x", "bluesky", "threads"], NOW):
        if copy.kind == "update" and copy.update_at is not None and copy.update_at.day == 16:
            assert "reopens this morning at 8:30 a.m." in copy.parts[0], (copy.channel, copy.parts)
            assert "a.m.." not in "\n".join(copy.parts), copy.parts
