"""What the first post of an X thread says when the news is too long for it, checked on
statements written for these tests: an update leads with what changes for people (the ban
extended) and the finding follows; an announcement leads with the summary's news without what
the outage did on the way, never with a title the summary has overtaken; an Instagram card shows
what changes for people; a text never renames the hospitals patients are sent to; an update e-mail subject names the
thread by a short head rather than a title cut off."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def test_an_update_thread_leads_with_the_extension_and_gives_the_finding_next(project, settings):
    update = ("Les analyses complémentaires ont toutefois montré des légionelles en deux autres points, au 4e étage : "
              "la suspension des douches est étendue aux unités de gériatrie et de revalidation, soit cinq unités et "
              "148 lits au total. Nos techniciens ont posé 212 filtres antibactériens. Prochain point mercredi.")
    text = statement_file(lang="fr", title="Légionelles à l'hôpital : douches suspendues dans plusieurs unités",
                          front="kind: safety\n", sections={
                              "Résumé": "Des légionelles ont été détectées dans le réseau d'eau chaude du bâtiment B. "
                                        "Par précaution, les douches sont suspendues dans trois unités.",
                              "Ce que vous pouvez faire": "- N'utilisez pas les "
                                                          "douches signalées."},
                          updates=(("2026-09-03 12:15", "identifié", update),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    (thread,) = [c for c in render_copies(statement, settings, ["x"], NOW) if c.kind == "update"]
    first = thread.parts[0].replace("’", "'")
    assert "La suspension des douches est étendue aux unités de gériatrie et de revalidation" in first, thread.parts
    assert "douches suspendues dans plusieurs unités" not in first, first
    assert "montré des légionelles en deux autres points, au 4e étage." in " ".join(thread.parts[1:]), thread.parts


def test_an_announcement_thread_leads_with_the_news_not_an_overtaken_title(project, settings):
    summary = ("Nos hôpitaux de Liège, Verviers et Huy reprennent progressivement une activité normale après la panne "
               "informatique qui a privé nos équipes du dossier patient informatisé du mardi 8 décembre à 5 h 40 au "
               "mercredi 9 décembre à 15 h 10. Nous présentons nos excuses aux patients et à leurs proches.")
    text = statement_file(lang="fr", title="Panne informatique : activité réduite dans nos hôpitaux", sections={
        "Résumé": summary, "Ce que vous pouvez faire": "- En cas d'urgence vitale, appelez le 112, comme toujours."})
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    (thread,) = [c for c in render_copies(statement, settings, ["x"], NOW) if c.kind == "announcement"]
    first = thread.parts[0].replace("’", "'")
    assert "reprennent progressivement une activité normale après la panne informatique." in first, thread.parts
    assert "activité réduite" not in first, first


def _card(project, settings, update: str, *, title: str, summary: str, advice: str = "") -> str:
    sections = {"Résumé": summary, **({"Ce que vous pouvez faire": advice} if advice else {})}
    text = statement_file(lang="fr", title=title, sections=sections, updates=(("2026-09-03 12:15", "identifié", update),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    (card,) = [c for c in render_copies(statement, settings, ["instagram"], NOW) if c.kind == "update"]
    return card.visual.replace("’", "'")


def test_an_update_card_shows_what_changes_for_people_not_the_work_behind_the_scenes(project, settings):
    card = _card(project, settings, "Nos équipes informatiques et le fabricant de la baie de stockage travaillent sur "
                                    "place. Les ambulances sont orientées vers les autres hôpitaux de la région depuis "
                                    "9 h 15. Prochain point à 15 h.",
                 title="Panne informatique dans nos hôpitaux",
                 summary="Le dossier patient informatisé est inaccessible dans nos trois hôpitaux.")
    assert "ambulances sont orientées vers les autres hôpitaux de la région" in card, card
    assert "travaillent sur place" not in card, card


def test_an_update_card_too_long_for_its_finding_shows_its_consequence(project, settings):
    card = _card(project, settings, "Les analyses complémentaires ont montré des légionelles en deux autres points, au "
                                    "4e étage : la suspension des douches est étendue aux unités de gériatrie et de "
                                    "revalidation, soit cinq unités et 148 lits au total. Prochain point mercredi.",
                 title="Légionelles : douches suspendues", summary="Des légionelles ont été détectées.")
    assert "La suspension des douches est étendue aux unités de gériatrie et de revalidation" in card, card


def test_a_text_never_sends_patients_to_other_sites_for_other_hospitals(project, settings):
    text = statement_file(lang="fr", title="Panne informatique", sections={"Résumé": "Le dossier patient est inaccessible."},
                          updates=(("2026-09-03 12:15", "identifié", "Les ambulances sont orientées vers les autres "
                                                                     "hôpitaux de la région depuis 9 h 15."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    (sms,) = [c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update"]
    assert "sites hospitaliers" not in sms.parts[0], sms.parts[0]
    assert "vers les autres h" in sms.parts[0], sms.parts[0]


def test_an_update_e_mail_subject_names_the_thread_by_a_short_head_rather_than_a_cut_title(project, settings):
    text = statement_file(title="Data breach: contact details of 148,312 ticket buyers were exposed", updates=(
        ("2026-09-03 18:00", "identified", "We closed access at 11:05 and are analysing our logs."),))
    statement = write_statement(project, settings, text)
    (mail,) = [c for c in render_copies(statement, settings, ["email"], NOW) if c.kind == "update"]
    subject = mail.subject or mail.parts[0].split("\n", 1)[0]
    assert subject.startswith("Data breach:") and "…" not in subject, subject
