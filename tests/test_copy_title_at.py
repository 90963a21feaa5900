"""An update's copy is dated: the title, written for now, is shown there only as far as that
update had told it. A figure the title gives that no update had given yet ("3,412 customers"
over the update that counted 1,180, "(3 lots)" over the one that recalled two, "seven people
injured" over the one that counted four) leaves that copy's header, subject and image card;
the newest update and the announcement keep the whole title. Statements written for these
tests."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = "2026-11-28T12:00:00+01:00"
CASES = {
    "en": ("Personal details of 3,412 customers copied from our mortgage system",
           "We know that 1,180 customers had their personal details copied.",
           "The review is complete: 3,412 customers were affected, not 1,180.",
           "3,412", "Personal details of customers copied from our mortgage system"),
    "fr": ("Rappel de raclette tranchée Bellecombe (3 lots) : présence de Listeria",
           "La Fromagerie Bellecombe rappelle deux lots de raclette tranchée. Ne les consommez pas.",
           "Nous étendons le rappel à un troisième lot. Ne le consommez pas.",
           "3 lots", "Rappel de raclette tranchée Bellecombe : présence de Listeria"),
    # A duration goes whole, never "for nearly hours"; a French plural after a preposition
    # keeps an article, never « dans communes ».
    "en-duration": ("Ledgerline unavailable for nearly six hours on 26 November, payroll included",
                    "Since 08:52 you cannot sign in to Ledgerline.",
                    "Ledgerline has been working again since 14:37, after nearly six hours.",
                    "six", "Ledgerline unavailable on 26 November, payroll included"),
    # "delayed by up to two days" goes whole, never "delayed by on…"; the first day of a range
    # ("8 and 9 December") is a date, no count.
    "en-range": ("Prescription deliveries delayed by up to two days on 8 and 9 December",
                 "A fault on our packing line is delaying today's prescriptions.",
                 "All delayed parcels have been delivered; some arrived up to two days late.",
                 "two", "Prescription deliveries delayed on 8 and 9 December"),
    "fr-article": ("Eau du robinet à faire bouillir dans quatre communes du secteur sud",
                   "Des bactéries ont été détectées dans trois communes. Faites bouillir l'eau.",
                   "L'avis concerne désormais quatre communes. Faites bouillir l'eau.",
                   "quatre", "Eau du robinet à faire bouillir dans des communes du secteur sud"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_older_updates_copy_never_shows_a_figure_told_later(project, settings, monkeypatch, case):
    title, first, newest, figure, without = CASES[case]
    lang = case[:2]
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang=lang, title=title, severity="critical", started="2026-11-27 10:00", front="",
                          sections={"Summary" if lang == "en" else "Résumé": newest},
                          updates=(("2026-11-28 10:00", "identified" if lang == "en" else "identifié", newest),
                                   ("2026-11-27 10:00", "investigating" if lang == "en" else "enquête", first)))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md" if lang == "fr" else "2026-11-27-test.md")
    copies = render_copies(statement, settings, ["linkedin", "email", "instagram", "mastodon"],
                           datetime.fromisoformat(NOW))
    older = [c for c in copies if c.kind == "update" and c.update_at == statement.updates[1].at]
    newer = [c for c in copies if c.kind == "update" and c.update_at == statement.updates[0].at]
    assert len(older) == 4 and len(newer) == 4
    for copy in older:
        shown = "\n".join([*copy.parts, copy.subject or "", copy.visual or ""]).replace("\u00a0", " ")
        assert figure not in shown, (copy.channel, shown)
    linkedin = next(c for c in older if c.channel == "linkedin")
    assert linkedin.parts[0].replace("\u00a0", " ").startswith(without), linkedin.parts[0]
    assert any(figure in "\n".join([*c.parts, c.subject or ""]).replace("\u00a0", " ") for c in newer if c.channel == "linkedin")


def test_advice_given_for_one_day_does_not_travel_into_a_later_update(project, settings, monkeypatch):
    # A fire: "do not come back for your belongings today" held on the 28th, not in the next day's update.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T12:00:00+01:00")
    text = statement_file(title="Fire at the OUTDOORA show: three halls evacuated", severity="major",
                          started="2026-11-28 14:45", front="", sections={
                              "Summary": "A fire on a stand forced the evacuation of three halls on 28 November."},
                          updates=(("2026-11-29 08:40", "monitoring",
                                    "The safety commission inspected the halls this morning: halls 3 and 5 reopen at "
                                    "09:00. Items left in the halls can be collected at the entrance A desk."),
                                   ("2026-11-28 16:30", "identified",
                                    "Halls 3, 4 and 5 stay closed until tonight. Please do not come back for your "
                                    "belongings today: we are gathering them.")))
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    copies = render_copies(statement, settings, ["sms", "x", "facebook"], datetime.fromisoformat("2026-11-29T12:00:00+01:00"))
    later = [c for c in copies if c.kind == "update" and c.update_at == statement.updates[0].at]
    assert later
    for copy in later:
        assert "do not come back" not in "\n".join(copy.parts), (copy.channel, copy.parts)


def test_a_reminder_that_points_back_does_not_travel_alone_into_a_later_update(project, settings, monkeypatch):
    # « Ne les consommez pas » after « Prochain point… » in a later post: "les" would name nothing.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T12:00:00+01:00")
    text = statement_file(lang="fr", title="Rappel de raclette tranchée", severity="critical", started="2026-11-27 17:30",
                          front="kind: recall\n", sections={"Résumé": "Nous rappelons deux lots de raclette tranchée (L2631A, "
                                                                      "L2631B) : ne les consommez pas."},
                          updates=(("2026-11-28 17:00", "identifié", "Les 1 146 magasins ont retiré les lots de leurs "
                                                                      "rayons. Prochain point dimanche soir."),
                                   ("2026-11-27 17:30", "enquête", "Nous rappelons deux lots de raclette tranchée. "
                                                                   "Ne les consommez pas : rapportez-les en magasin.")))
    statement = write_statement(project, settings, text, "2026-11-27-test.fr.md")
    copies = render_copies(statement, settings, ["facebook", "linkedin"], datetime.fromisoformat("2026-11-29T12:00:00+01:00"))
    for copy in (c for c in copies if c.kind == "update" and c.update_at == statement.updates[0].at):
        assert "Ne les consommez pas" not in "\n".join(copy.parts), (copy.channel, copy.parts)


@pytest.mark.parametrize("channel", ["bluesky", "x"])
def test_an_updates_first_post_leads_on_its_news_without_its_aside_rather_than_on_the_title(
        project, settings, monkeypatch, channel):
    # The title was written at the end ("…for several hours"): at 10:15 nobody knew. The news
    # without its aside "(10:00 Paris time)" fits the first post; the title never stands for it.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    settings = dataclasses.replace(settings, site_url="https://status.calypso.fr/")  # X counts a real link as 23
    news = ("Since 09:00 GMT (10:00 in Paris, Brussels, Madrid, Rome, Lisbon, Vienna and Berlin) this Monday, 27 "
            "November, card top-ups made from Calypso Pay wallets in euros have not reached the cards of the family "
            "members they were sent to.")
    text = statement_file(title="Euro card top-ups blocked for several hours on Monday 27 November", severity="major",
                          started="2026-11-27 10:15", front="",
                          sections={"Summary": "Euro top-ups were blocked for six hours on Monday. We are sorry."},
                          updates=(("2026-11-27 10:15", "investigating",
                                    f"{news} They are recorded and not lost: do not send them again. We are looking "
                                    "for the cause and we apologise. Next update by 13:00 GMT."),))
    statement = write_statement(project, settings, text, "2026-11-27-topups.md")
    copy = next(c for c in render_copies(statement, settings, [channel], datetime.fromisoformat(NOW))
                if c.kind == "update")
    first = copy.parts[0]
    assert "Since 09:00 GMT this Monday, 27 November, card top-ups made from Calypso Pay wallets" in first, copy.parts
    assert "several hours" not in first, copy.parts


def test_an_updates_first_post_drops_the_words_that_only_announce_its_news(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    settings = dataclasses.replace(settings, site_url="https://status.calypso.fr/")
    news = ("We know how the criminals got in: they used the username and password of one of our support agents, "
            "stolen through a fake login page, to open our merchant back office from a server abroad, which did not "
            "ask for a second security step.")
    text = statement_file(title="Merchant details copied from our back office", severity="critical", started="2026-11-27 18:00",
                          front="kind: breach\n", sections={"Summary": "Criminals copied merchant details. We are sorry."},
                          updates=(("2026-11-27 18:00", "identified", f"{news} That was our failure."),))
    statement = write_statement(project, settings, text, "2026-11-27-backoffice.md")
    copy = next(c for c in render_copies(statement, settings, ["x"], datetime.fromisoformat(NOW)) if c.kind == "update")
    first = copy.parts[0]
    assert "The criminals used the username and password of one of our support agents" in first, copy.parts
    assert "…" not in first, copy.parts


def test_a_title_written_once_it_was_over_leaves_out_the_outcome_over_earlier_updates(project, settings, monkeypatch):
    # « … : montants remboursés » over the 14:30 update, which said the refund would come the next day.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang="fr", front="", title="Factures d'électricité débitées deux fois le 25 novembre : "
                          "montants remboursés", started="2026-11-26 09:15",
                          sections={"Résumé": "Des factures ont été débitées deux fois. Nous sommes désolés."},
                          updates=(("2026-11-27 16:00", "résolu", "Le montant débité en trop a été recrédité."),
                                   ("2026-11-26 14:30", "identifié", "Nous rembourserons le montant débité en trop "
                                                                     "demain 27 novembre.")))
    statement = write_statement(project, settings, text, "2026-11-26-test.fr.md")
    copies = render_copies(statement, settings, ["email", "instagram"], datetime.fromisoformat(NOW))
    earlier = [c for c in copies if c.update_at is not None and c.update_at.hour == 14]
    assert earlier and all("remboursés" not in (c.subject or "") + (c.visual or "") for c in earlier), earlier
    latest = [c for c in copies if c.kind == "announcement"]
    assert any("montants remboursés" in (c.subject or "") + (c.visual or "") for c in latest), latest


def test_a_day_after_its_month_is_no_figure_to_leave_out(project, settings, monkeypatch):
    # "…outage on November 27" (North American order) once lost its day and all after the comma:
    # the e-mail subjects of the earlier updates read "Debit card".
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    title = "Debit card, ATM and online banking outage on November 27"
    text = statement_file(front="", title=title, started="2026-11-27 08:05",
                          sections={"Summary": "Debit cards and ATMs did not work on November 27. We are sorry."},
                          updates=(("2026-11-27 15:55", "resolved", "Everything works again."),
                                   ("2026-11-27 08:05", "investigating", "Debit cards and ATMs are not working.")))
    statement = write_statement(project, settings, text, "2026-11-27-test.md")
    copies = render_copies(statement, settings, ["email"], datetime.fromisoformat(NOW))
    earlier = next(c for c in copies if c.update_at is not None and c.update_at.hour == 8)
    assert title in (earlier.subject or ""), earlier.subject
