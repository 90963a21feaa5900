"""The crisis checklist names the authorities of the team's own country (Québec's cyber centre
and privacy officer, Switzerland's cantonal chemist), gives a strike to operations rather than
IT, and ticks a promise only when a sentence reports it done, never because the next update's
time or a measure's end names the same day. Statements and teams written for these tests."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from generator.core.model import TeamMember
from generator.rendering.documents.checklist import render_checklist
from tests.press_support import statement_file, write_statement


def plain(text: str) -> str:
    """`text` with its narrow and no-break spaces plain and its apostrophes straight, lines kept."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def _section(checklist: str, heading: str) -> str:
    """The part of the checklist under `heading` (« À faire maintenant », « Fait »…), up to the next heading."""
    after = checklist.split(f"## {heading}", 1)
    return after[1].split("\n## ", 1)[0] if len(after) == 2 else ""


def test_a_quebec_breach_checklist_names_canadas_authorities_and_the_privacy_officer(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T12:00:00-05:00")
    quebec = replace(settings, timezone=ZoneInfo("America/Toronto"))
    for lang, name, summary, update in (
            ("fr", "2026-12-02-courriel.fr.md", "Un tiers a lu la boîte courriel de notre équipe hypothécaire : les "
             "dossiers de 2 317 membres étaient exposés. Nous sommes désolés.", "Nous avons bloqué l'accès."),
            ("en", "2026-12-02-courriel.md", "Someone read our mortgage team's mailbox: the files of 2,317 members "
             "were exposed. We are sorry.", "We have blocked the access.")):
        text = statement_file(lang=lang, title="Accès à une boîte courriel" if lang == "fr" else "Mailbox accessed",
                              severity="critical", started="2026-12-02 09:00", front="kind: breach\n",
                              sections={("Résumé" if lang == "fr" else "Summary"): summary},
                              updates=(("2026-12-02 09:00", "identifié" if lang == "fr" else "identified", update),))
        checklist = plain(render_checklist(write_statement(project, quebec, text, name), quebec))
        if lang == "fr":
            assert "ANSSI" not in checklist and "CNIL" not in checklist, checklist
            assert "Centre canadien pour la cybersécurité" in checklist, checklist
            assert "Responsable de la protection des renseignements personnels" in checklist, checklist
            assert "Délégué à la protection des données" not in checklist, checklist
            assert "e-mails marketing" not in checklist and "courriels de marketing" in checklist, checklist
        else:
            assert "Privacy officer" in checklist and "Data protection officer" not in checklist, checklist


def test_a_swiss_boil_water_checklist_agrees_the_advice_with_the_cantonal_chemist(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T12:00:00+01:00")
    swiss = replace(settings, timezone=ZoneInfo("Europe/Zurich"))
    text = statement_file(lang="fr", title="Eau à faire bouillir à Grandcour", severity="major",
                          started="2026-12-02 11:00", front="kind: safety\n", sections={
                              "Résumé": "Des bactéries ont été trouvées dans l'eau du réseau de Grandcour. Faites "
                                        "bouillir l'eau avant de la boire. Nous sommes désolés."},
                          updates=(("2026-12-02 11:00", "analyse", "Le réseau est en cours de rinçage."),))
    checklist = plain(render_checklist(write_statement(project, swiss, text, "2026-12-02-eau.fr.md"), swiss))
    assert "chimiste cantonal" in checklist, checklist
    assert "ARS" not in checklist and "préfecture" not in checklist, checklist


def test_a_strike_is_a_disruption_run_by_operations_not_an_it_outage(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T09:00:00+01:00")
    team = replace(settings, timezone=ZoneInfo("Europe/Paris"), crisis_team=(
        TeamMember("Anne Roux", "Directrice générale"), TeamMember("Paul Giraud", "Directeur des opérations"),
        TeamMember("Léa Morel", "Responsable informatique")))
    text = statement_file(lang="fr", title="Grève des conducteurs le 4 décembre", severity="major",
                          started="2026-12-01 17:00", front="", sections={
                              "Résumé": "Une grève de nos conducteurs perturbe nos lignes ce 4 décembre. Nous "
                                        "sommes désolés pour les voyageurs.",
                              "Ce que vous pouvez faire": "Pensez au covoiturage ou au télétravail si vous le "
                                                          "pouvez."},
                          updates=(("2026-12-04 07:50", "identifié", "48 % des conducteurs sont en grève. Les "
                                    "titulaires d'un abonnement mensuel seront dédommagés d'une journée."),))
    checklist = plain(render_checklist(write_statement(project, team, text, "2026-12-01-greve.fr.md"), team))
    assert "perturbation due à une grève" in checklist and "panne de service" not in checklist, checklist
    restored = checklist.split("Annoncez le rétablissement", 1)[1].split("- [", 1)[0]
    assert "Paul Giraud" in restored and "Léa Morel" not in restored, checklist
    # The statement gives a workaround and a compensation: both are done, not "not shown".
    done = _section(checklist, "Fait")
    assert "covoiturage" in done and "dédommagés" in done, checklist


def test_a_promise_is_not_ticked_by_the_next_updates_time_on_the_same_day(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    swiss = replace(settings, timezone=ZoneInfo("Europe/Zurich"))
    text = statement_file(lang="fr", title="Eau à faire bouillir à Grandcour", severity="major",
                          started="2026-12-02 11:00", front="kind: safety\n", sections={
                              "Résumé": "Faites bouillir l'eau avant de la boire. Nous sommes désolés."},
                          updates=(("2026-12-03 17:30", "surveillance",
                                    "Une deuxième série sera prélevée le 4 décembre au matin. L'avis reste en "
                                    "vigueur au moins jusqu'au 4 décembre. Prochain point le 4 décembre à 11 h."),))
    checklist = plain(render_checklist(write_statement(project, swiss, text, "2026-12-02-eau.fr.md"), swiss))
    assert "deuxième série" not in _section(checklist, "Fait"), checklist
    assert "deuxième série" in checklist, checklist
    # One pair of brackets, even when the time names its zone in brackets.
    assert ") (" not in checklist and "suisse))" not in checklist, checklist


def test_a_morning_reported_done_is_not_the_deadline_of_the_promise_beside_it(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T14:00:00+01:00")
    team = replace(settings, timezone=ZoneInfo("Europe/Paris"))
    text = statement_file(lang="fr", title="Incendie d'un autocar sur l'A43", severity="major",
                          started="2026-11-28 11:30", front="kind: safety\n", sections={
                              "Résumé": "Un de nos autocars a pris feu ; les 49 passagers sont sains et saufs. "
                                        "Nous sommes désolés."},
                          updates=(("2026-12-01 12:00", "surveillance",
                                    "21 autocars ont repris le service ce matin ; le dernier reprendra le service "
                                    "demain."),))
    checklist = plain(render_checklist(write_statement(project, team, text, "2026-11-28-feu.fr.md"), team))
    promise = checklist.split("21 autocars ont repris", 1)[1].split("\n- [", 1)[0] if "21 autocars" in checklist else ""
    assert "(passée" not in promise, checklist


def test_a_luxembourg_breach_checklist_names_the_cnpd(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T12:00:00+01:00")
    luxembourg = replace(settings, timezone=ZoneInfo("Europe/Luxembourg"))
    text = statement_file(lang="fr", title="Accès non autorisé aux données de rendez-vous", severity="critical",
                          started="2026-12-02 19:00", front="kind: breach\n",
                          sections={"Résumé": "Un intrus a copié les données de rendez-vous de 23 150 patients. Nous "
                                              "en sommes profondément désolés."},
                          updates=(("2026-12-02 19:00", "identifié", "Nous avons bloqué l'accès."),))
    checklist = plain(render_checklist(write_statement(project, luxembourg, text, "2026-12-02-acces.fr.md"), luxembourg))
    assert "CNPD" in checklist and "CNIL" not in checklist and "ANSSI" not in checklist, checklist
