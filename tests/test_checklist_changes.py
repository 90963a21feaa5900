"""The checklist follows what changed after the first word: a recall widened to another lot,
a correction published. Everything already out (the recall notice, the posters in shops, the
posts and e-mails) must now say the new fact: a step each, with its owner and deadline.
Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from tests.press_support import statement_file, write_statement
from tests.test_documents_qa_journalists import _recall

NOW = datetime.fromisoformat("2026-03-06T12:00:00+01:00")

STEPS = {
    "en": ("The recall was extended on 5 March at 19:00", "update the official recall notice and the posters in shops",
           "A correction was published on 3 March at 09:00", "The use-by date is 09/04/2026, not 19/04/2026."),
    "fr": ("Le rappel a été étendu le 5 mars à 19 h", "mettez à jour la fiche de rappel officielle et les affiches",
           "Un rectificatif a été publié le 3 mars à 9 h", "La DLC est le 09/04/2026, et non le 19/04/2026."),
}


def _checklist(project, settings, lang: str, text: str) -> str:
    name = "2026-03-02-tomme.md" if lang == "en" else "2026-03-02-tomme.fr.md"
    listing = render_checklist(write_statement(project, settings, text, name), settings, NOW)
    return listing.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_widened_recall_and_a_correction_each_get_a_step_with_owner_and_deadline(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, (extended, notice, corrected, fact) in STEPS.items():
        listing = _checklist(project, settings, lang, _recall(lang))
        step = next(line for line in listing.splitlines() if extended in line)
        assert notice in step and step.startswith("- [ ]"), step
        after = listing.split(step, 1)[1].split("\n- ", 1)[0]
        assert ("Owner:" if lang == "en" else "Pilote") in after and ("Deadline:" if lang == "en" else "Échéance") in after
        # Due the same day as the notice (twelve hours): passed at noon the next day, a check to make.
        assert ("6 March at 07:00" if lang == "en" else "6 mars à 7 h") in after, after
        correction = next(line for line in listing.splitlines() if corrected in line)
        assert fact in correction, correction


def test_no_step_for_what_did_not_change(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", started="2026-03-05 09:00", title="Card payments failing",
                          sections={"Summary": "Some card payments fail. We are sorry."},
                          updates=(("2026-03-05 10:00", "identified", "We know the cause and are fixing it."),
                                   ("2026-03-05 09:00", "investigating", "We are looking into it.")))
    listing = _checklist(project, settings, "en", text)
    assert "was extended" not in listing and "A correction was published" not in listing, listing


def test_a_promise_of_money_back_has_the_same_owner_in_both_languages(project, settings) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from generator.core.model import TeamMember

    team = dataclasses.replace(settings, crisis_team=(
        TeamMember(name="Léa Morin", role="Managing Director"),
        TeamMember(name="Yann Corre", role="Head of Customer Service")))
    owners = {}
    for lang, promise in (("en", "If your card was charged, the money will go back to the same card by 20 March."),
                          ("fr", "Si votre carte a été débitée, vous serez remboursé sur la même carte d'ici le 20 mars.")):
        text = statement_file(lang=lang, severity="major", started="2026-03-05 09:00",
                              title="Card readers down" if lang == "en" else "Lecteurs de cartes en panne",
                              sections={("Summary" if lang == "en" else "Résumé"): promise},
                              updates=(("2026-03-05 09:00", "identified" if lang == "en" else "identifié", "OK."),))
        listing = _checklist(project, team, lang, text)
        step = listing.split("20 mars" if lang == "fr" else "20 March", 1)[1].split("\n- ", 1)[0]
        owners[lang] = step
    assert "Yann Corre" in owners["en"] and "Yann Corre" in owners["fr"], owners


def test_a_scam_warning_first_given_after_its_deadline_is_done_late(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", started="2026-03-05 09:00", front="kind: breach\nbegan: 2026-03-03 16:40\n",
                          title="Customer details copied",
                          sections={"Summary": "On 3 March at 16:40 we found that criminals had copied the details "
                                               "of 300 customers. We are sorry."},
                          updates=(("2026-03-05 09:00", "identified",
                                    "Be wary of calls claiming to be us: we will never ask for your password."),))
    listing = _checklist(project, settings, "en", text)
    step = listing.split("Warn people against phishing", 1)[1].split("\n- ", 1)[0]
    assert "Done late, 5 March at 09:00" in step, step


def test_an_update_saying_nothing_was_added_extends_no_recall(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "No new product has been added to the recall" is the reverse of an extension: no step to
    # re-print every notice and poster.
    for lang, said in (("en", "About 3,100 packs were returned. No new lot has been added to the recall."),
                       ("fr", "Environ 3 100 barquettes ont été rapportées. Aucun nouveau lot n'a été ajouté au "
                              "rappel.")):
        text = statement_file(
            lang=lang, severity="critical", started="2026-03-02 17:30", front="kind: recall\n",
            title="Recall of sliced tomme" if lang == "en" else "Rappel de tomme tranchée",
            sections={("Summary" if lang == "en" else "Résumé"): (
                "We are recalling lots T11 and T12 of sliced tomme: do not eat it." if lang == "en" else
                "Nous rappelons les lots T11 et T12 de tomme tranchée : ne la mangez pas.")},
            updates=(("2026-03-05 19:00", "identified" if lang == "en" else "identifié", said),
                     ("2026-03-04 09:00", "identified" if lang == "en" else "identifié",
                      "Of the 9,000 packs, 1,200 were returned." if lang == "en" else
                      "Sur les 9 000 barquettes, 1 200 ont été rapportées."),
                     ("2026-03-02 17:30", "identified" if lang == "en" else "identifié",
                      "We are recalling lots T11 and T12." if lang == "en" else
                      "Nous rappelons les lots T11 et T12.")))
        listing = _checklist(project, settings, lang, text)
        assert "was extended" not in listing and "a été étendu" not in listing, listing


def test_work_under_way_that_the_newest_update_counts_as_unfinished_stays_open(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "We are writing to every patient concerned" beside "So far, we have sent a letter to
    # 18,400 patients" of 23,150: not ticked, with how far it has come.
    for lang in ("en", "fr"):
        fr = lang == "fr"
        text = statement_file(
            lang=lang, severity="critical", started="2026-03-02 19:00", front="kind: breach\n",
            title="Données de rendez-vous copiées" if fr else "Appointment data copied",
            sections={("Résumé" if fr else "Summary"): (
                "Un intrus a copié les rendez-vous de 23 150 patients. Nous en sommes désolés." if fr else
                "An intruder copied the appointment records of 23,150 patients. We are sorry."),
                ("Ce que nous faisons" if fr else "What we are doing"): (
                "- Nous écrivons à chaque patient concerné, par e-mail ou par courrier." if fr else
                "- We are writing to every patient concerned, by e-mail or by letter.")},
            updates=(("2026-03-05 10:30", "identifié" if fr else "identified",
                      "À ce jour, nous avons envoyé un e-mail ou un courrier à 18 400 patients." if fr else
                      "So far, we have sent an e-mail or a letter to 18,400 patients."),
                     ("2026-03-02 19:00", "identifié" if fr else "identified",
                      "Nous avons coupé l'accès." if fr else "We cut the access.")))
        listing = _checklist(project, settings, lang, text)
        step = next(line for line in listing.splitlines()
                    if ("Prévenez chaque personne" if fr else "Tell each person") in line)
        assert step.startswith("- [ ]"), listing
        assert "18 400" in listing.split(step, 1)[1].split("\n- ", 1)[0] or "18,400" in listing, listing
