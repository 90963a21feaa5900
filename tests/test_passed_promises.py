"""A promise whose day has passed is never printed as ahead: a voucher "by 20 November" read
on 29 November leaves the copies and the press release, and the replies and the media Q&A say
it was due. The same sentence read before its day, and a fact told with "by" in the past
tense, stay as written. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from generator.rendering.documents import render_documents
from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement

VOUCHER = "your voucher will arrive by e-mail by 20 November"
SUMMARY = ("On 18 November our check-in system failed at all our airports and 41 flights left late. We are sorry. "
           "Every passenger on a delayed flight will receive a €40 voucher by e-mail by 20 November.")
ADVICE = f"If you flew on a delayed flight, you do not need to do anything: {VOUCHER}."
UPDATE = ("All flights have run on schedule since 10:00. All 1,312 duplicate charges were refunded by 17 November. "
          "We will publish the full findings by 29 November at 18:00.")


def _statement(project, settings):
    text = statement_file(title="Check-in failure at our airports", severity="major", started="2026-11-18 05:58",
                          sections={"Summary": SUMMARY, "What you should do": ADVICE},
                          updates=(("2026-11-18 11:30", "resolved", UPDATE),))
    return write_statement(project, settings, text, "2026-11-18-test.md")


def _published(project, settings, now: str, monkeypatch) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", now)
    statement = _statement(project, settings)
    copies = render_copies(statement, settings, None, datetime.fromisoformat(now))
    said = [part for copy in copies if copy.kind in ("announcement", "update") for part in copy.parts]
    said.append(render_press_release(statement, settings).markdown)
    return "\n".join(said).replace("\u00a0", " ")


def test_a_passed_promise_leaves_the_copies_and_the_release_and_its_sentence_keeps_the_rest(project, settings,
                                                                                             monkeypatch):
    said = _published(project, settings, "2026-11-29T23:15:00+01:00", monkeypatch)
    assert "20 November" not in said and "Nov. 20" not in said, said
    assert "findings by" not in said, said
    assert "you do not need to do anything." in said, said
    # A fact with "by" and a day already over is a fact, not a promise.
    assert "refunded by 17 November" in said or "refunded by Nov. 17" in said, said


def test_the_same_promises_read_before_their_day_stay(project, settings, monkeypatch):
    said = _published(project, settings, "2026-11-19T09:00:00+01:00", monkeypatch)
    assert VOUCHER in said, said
    assert "full findings by" in said, said


@pytest.mark.parametrize("now, due", [("2026-11-29T23:15:00+01:00", True), ("2026-11-19T09:00:00+01:00", False)])
def test_replies_and_the_media_brief_say_a_passed_promise_was_due(project, settings, monkeypatch, now, due):
    monkeypatch.setenv("ONEVOICE_NOW", now)
    documents = {d.kind: d.text for d in render_documents(_statement(project, settings), settings)}
    replies, qa = documents["replies"], documents["qa"]
    assert "€40 voucher by e-mail by 20 November" in replies  # what customers were told, as the statement says it
    assert ("This was due by 20 November: if it has not reached you, tell us" in replies) is due, replies
    assert ("Due by 20 November, now past: check it was kept" in qa) is due, qa


def test_an_arrangement_by_a_passed_day_is_a_promise_too(project, settings, monkeypatch):
    # "We are having … inspected by 20 November", read on 29 November, is no longer ahead.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T23:15:00+01:00")
    text = statement_file(title="Fire at our Chamonix hotel", severity="major", started="2026-11-14 23:20", sections={
        "Summary": "A fire broke out in the laundry of our Chamonix hotel on 14 November. All guests were evacuated.",
        "What we are doing": "- We are having the tumble dryers in our 26 other hotels inspected by 20 November.\n"
                             "- Every stay is refunded."},
        updates=(("2026-11-15 12:00", "resolved", "All guests have been rehoused."),))
    statement = write_statement(project, settings, text, "2026-11-14-test.md")
    copies = render_copies(statement, settings, ["linkedin", "facebook"], datetime.fromisoformat("2026-11-29T23:15:00+01:00"))
    said = "\n".join(part for copy in copies for part in copy.parts)
    assert "inspected by 20 November" not in said, said
    assert "Every stay is refunded." in said


def test_a_promise_by_a_weekday_and_a_day_leaves_the_documents_once_passed(project, settings, monkeypatch):
    # « d'ici vendredi 20 novembre », read on 29 November: the analysis is no longer ahead.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T23:15:00+01:00")
    text = statement_file(lang="fr", title="Portail patient indisponible lundi matin", severity="major",
                          started="2026-11-16 07:45", front="", sections={
                              "Résumé": "De 7 h 45 à 13 h 20, notre portail patient était inaccessible. Nous présentons "
                                        "nos excuses aux patients."},
                          updates=(("2026-11-16 13:40", "résolu",
                                    "Le portail fonctionne normalement depuis 13 h 20. Nous publierons d'ici vendredi "
                                    "20 novembre l'analyse de cette panne."),))
    statement = write_statement(project, settings, text, "2026-11-16-test.fr.md")
    # (The memo keeps it for the team, flagged: "this deadline has passed: check it was kept".)
    documents = [d.text for d in render_documents(statement, settings) if d.kind not in ("checklist", "memo")]
    said = "\n".join([render_press_release(statement, settings).markdown, *documents]).replace("\u00a0", " ")
    assert "Le portail fonctionne normalement depuis 13 h 20" in said
    assert "publierons d'ici vendredi 20 novembre" not in said.replace("’", "'"), said
    assert "publiera d'ici vendredi 20 novembre" not in said.replace("’", "'"), said


def test_the_summarys_first_promise_gives_way_to_the_current_one(project, settings, monkeypatch):
    # The holding statement's "We will post an update by 07:05" stays in the summary after
    # `update --next-update 16:00`: copies and the release say only the promise that holds.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:15:00+01:00")
    text = statement_file(title="Bus fire at the Wetzlar depot", severity="major", started="2026-12-01 05:00",
                          front="next_update: 2026-12-01 16:00\n", sections={
                              "Summary": "A bus caught fire at our Wetzlar depot this morning. Lines 11 and 14 run a "
                                         "reduced timetable. We are sorry. We will post an update by 07:05 CET."},
                          updates=(("2026-12-01 11:40", "monitoring", "Partner buses run from 14:00."),
                                   ("2026-12-01 06:05", "investigating", "We are investigating.")))
    statement = write_statement(project, settings, text, "2026-12-01-test.md")
    copies = render_copies(statement, settings, ["x", "facebook"], datetime.fromisoformat("2026-12-01T12:15:00+01:00"))
    said = "\n".join(part for copy in copies if copy.kind == "announcement" for part in copy.parts)
    said += render_press_release(statement, settings).markdown
    assert "07:05" not in said and "7:05" not in said, said
    assert "16:00" in said or "4 p.m." in said, said


@pytest.mark.parametrize("now, passed", [("2026-11-29T23:15:00+01:00", True), ("2026-11-19T09:00:00+01:00", False)])
def test_the_checklist_holds_the_team_to_each_public_promise_by_its_day(project, settings, monkeypatch, now, passed):
    monkeypatch.setenv("ONEVOICE_NOW", now)
    documents = {d.kind: d.text for d in render_documents(_statement(project, settings), settings)}
    checklist = documents["checklist"].replace("\u00a0", " ")
    voucher = checklist.split("public promise “Every passenger on a delayed flight will receive a €40 voucher by e-mail by "
                              "20 November.”")
    assert len(voucher) == 2, checklist  # the promise is a step of its own, once
    assert "your voucher will arrive by e-mail by 20 November" not in checklist, checklist  # the same promise again
    step = voucher[1].split("\n- [")[0]
    assert "Deadline: 20 November" in step, step
    assert ("does not say it was kept: say publicly where it stands" in step) is passed, step
    # The findings are promised for a time of day; the refunds "by 17 November" were a fact, not a promise.
    assert "We will publish the full findings by 29 November at 18:00." in checklist, checklist
    assert "Deadline: 29 November at 18:00" in checklist, checklist
    assert "refunded by 17 November" not in checklist, checklist


def test_a_french_checklist_quotes_the_promise_made_in_french(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T23:15:00+01:00")
    text = statement_file(lang="fr", title="Portail patient indisponible lundi matin", severity="major",
                          started="2026-11-16 07:45", front="", sections={
                              "Résumé": "De 7 h 45 à 13 h 20, notre portail patient était inaccessible. Nous présentons "
                                        "nos excuses aux patients."},
                          updates=(("2026-11-16 13:40", "résolu",
                                    "Le portail fonctionne normalement depuis 13 h 20. Nous publierons d'ici le "
                                    "4 décembre l'analyse de cette panne."),))
    statement = write_statement(project, settings, text, "2026-11-16-test.fr.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"].replace("\u00a0", " ")
    assert "Tenez la promesse publique « Nous publierons d'ici le 4 décembre l'analyse de cette panne. »" in \
        checklist.replace("’", "'"), checklist
    assert "Échéance : 4 décembre" in checklist, checklist


def test_what_the_page_says_of_itself_leaves_the_release(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-29T23:15:00+01:00")
    text = statement_file(title="Our advert was offensive", severity="major", started="2026-11-25 18:00", sections={
        "Summary": "On 25 November we posted an advert that imitated domestic-abuse campaigns. We withdrew it and we "
                   "are sorry."},
        updates=(("2026-11-28 16:00", "resolved", "The advert has been removed everywhere. This statement is now "
                                                  "closed; you can still write to our chief executive at "
                                                  "ceo@example.com. This incident is now closed."),))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    release = render_press_release(statement, settings).markdown
    assert "closed" not in release, release
    assert "advises: you can still write to" in release and "ceo@example.com" in release, release


def test_a_promise_a_later_update_reports_kept_is_ticked_and_one_still_ahead_is_not(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Our advert was offensive", severity="major", started="2026-11-25 18:00", sections={
        "Summary": "On 25 November we posted an advert that imitated domestic-abuse campaigns. We withdrew it and we "
                   "are sorry."},
        updates=(("2026-11-30 16:00", "resolved", "We have made the changes we committed to on 26 November. Every "
                                                  "advert is now reviewed by a panel of three people. Our 46 marketing "
                                                  "colleagues will complete training by 18 December."),
                 ("2026-11-26 09:45", "identified", "We will change how every advert is approved and will publish what "
                                                    "we have changed by Monday 30 November at 17:00.")))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"]
    kept = next(line for line in checklist.splitlines() if "public promise “We will change how every advert" in line)
    ahead = next(line for line in checklist.splitlines() if "public promise “Our 46 marketing colleagues" in line)
    assert kept.startswith("- [x]") and ahead.startswith("- [ ]"), checklist
    assert "say publicly where it stands" not in checklist, checklist


def test_a_promise_for_the_morning_of_a_day_is_over_at_noon():
    from zoneinfo import ZoneInfo

    from generator.rendering.deadlines import passed_deadline, promised_by

    paris = ZoneInfo("Europe/Paris")
    written = datetime(2026, 11, 30, 17, 30, tzinfo=paris)
    for lang, text in (("fr", "Les 37 autres virements le seront le 1er décembre au matin."),
                       ("en", "The other 37 transfers will be credited on 1 December in the morning.")):
        assert passed_deadline(text, written, datetime(2026, 12, 1, 11, 0, tzinfo=paris), paris) is None, text
        assert passed_deadline(text, written, datetime(2026, 12, 1, 12, 0, tzinfo=paris), paris) is not None, text
        assert promised_by(text, lang, written, paris) == (datetime(2026, 12, 1, 12, 0, tzinfo=paris), True), text
    # A fact told of a morning is no promise: it never "passes".
    fact = "The safety commission inspected the halls on the morning of 29 November: halls 3 and 5 reopen at 09:00."
    assert passed_deadline(fact, written, datetime(2026, 12, 1, 12, 0, tzinfo=paris), paris) is None


def test_a_day_then_the_hour_it_is_promised_by_is_the_deadline_never_a_morning_told_before_it():
    # « prélevés le 1er décembre au matin … : nous publierons leurs résultats le mercredi 2
    # décembre d'ici 10 h »: the promise is due on the 2nd at 10:00, not at noon on the 1st.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.deadlines import promised_by

    paris = ZoneInfo("Europe/Paris")
    written = datetime(2026, 12, 1, 18, 30, tzinfo=paris)
    for lang, text in (
            ("fr", "Les 14 échantillons prélevés le 1er décembre au matin sont en cours d'analyse : nous publierons "
                   "leurs résultats le mercredi 2 décembre d'ici 10 h."),
            ("en", "The samples taken on the morning of 1 December are being analysed: we will publish the results "
                   "on Wednesday 2 December by 10:00.")):
        assert promised_by(text, lang, written, paris) == (datetime(2026, 12, 2, 10, 0, tzinfo=paris), True), text


def test_results_expected_on_a_morning_are_a_promise_due_at_noon():
    # « Les résultats … sont attendus le mercredi 2 décembre dans la matinée »: expected, so promised.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.deadlines import promised_by

    paris = ZoneInfo("Europe/Paris")
    written = datetime(2026, 12, 1, 9, 30, tzinfo=paris)
    text = "Les résultats de la première série de prélèvements sont attendus le mercredi 2 décembre dans la matinée."
    assert promised_by(text, "fr", written, paris) == (datetime(2026, 12, 2, 12, 0, tzinfo=paris), True)


def test_a_fact_told_on_the_morning_of_a_passed_day_is_no_late_promise_in_the_memo(project, settings, monkeypatch):
    # "…were posted on the morning of 3 December and should arrive by 5 December", read on 4
    # December: the letters went (a fact), the promise is the 5th, still ahead.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    text = statement_file(title="Payslips downloaded by an intruder", severity="critical", started="2026-11-30 10:00",
                          sections={"Summary": "An intruder downloaded the payslips of 38,412 employees. We are sorry."},
                          updates=(("2026-12-03 16:00", "monitoring",
                                    "Letters to the 13,512 people whose e-mail address we do not have were posted on the "
                                    "morning of 3 December and should arrive by 5 December."),))
    statement = write_statement(project, settings, text, "2026-11-30-test.md")
    memo = next(d.text for d in render_documents(statement, settings) if d.kind == "memo")
    assert "should arrive by 5 December" in " ".join(memo.split()), memo
    assert "has passed" not in memo, memo


def test_a_morning_told_beside_a_promise_of_another_sentence_is_no_promise(project, settings, monkeypatch):
    # The memo once asked staff to check that « Ce matin, 48 % des conducteurs sont en grève »
    # (dated « Le 4 décembre au matin ») had been kept, because the update promised a next point.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    text = statement_file(lang="fr", title="Grève des conducteurs le 4 décembre", severity="major", front="",
                          started="2026-12-01 17:00",
                          sections={"Résumé": "Une grève perturbe nos lignes. Nous sommes désolés."},
                          updates=(("2026-12-04 07:50", "identifié",
                                    "Ce matin, 48 % des conducteurs sont en grève. Les 118 circuits scolaires prévus ont "
                                    "roulé. Prochain point à 13 h."),))
    statement = write_statement(project, settings, text, "2026-12-01-test.fr.md")
    memo = next(d.text for d in render_documents(statement, settings) if d.kind == "memo")
    assert "48 % des conducteurs" in memo.replace("\u00a0", " ").replace("\u202f", " "), memo
    assert "est passée" not in memo, memo


@pytest.mark.parametrize("now, passed", [("2026-12-07T12:00:00-05:00", True), ("2026-12-03T12:00:00-05:00", False)])
def test_a_promise_written_month_first_is_held_to_its_day(project, settings, monkeypatch, now, passed):
    # Canadian and American English write "by December 5": the same promise as "by 5 December".
    from dataclasses import replace
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("ONEVOICE_NOW", now)
    canada = replace(settings, timezone=ZoneInfo("America/Toronto"))
    fees = "Overdraft fees charged on November 27 will be refunded automatically by December 5."
    text = statement_file(title="Debit card outage on November 27", severity="major", started="2026-11-27 09:00",
                          sections={"Summary": "Debit cards failed for most of November 27. We are sorry."},
                          updates=(("2026-11-28 17:00", "resolved", f"Every balance is right again. {fees}"),))
    statement = write_statement(project, canada, text, "2026-11-27-debit.md")
    checklist = {d.kind: d.text for d in render_documents(statement, canada)}["checklist"].replace("\u00a0", " ")
    step = checklist.split(fees, 1)
    assert len(step) == 2, checklist  # the promise is a step of the checklist
    assert ("say publicly where it stands" in step[1].split("\n- [")[0]) is passed, checklist
    copies = render_copies(statement, canada, None, datetime.fromisoformat(now))
    said = " ".join(part for copy in copies if copy.kind in ("announcement", "update") for part in copy.parts)
    assert ("by December 5" in said or "by 5 December" in said) is not passed, said


@pytest.mark.parametrize("lang, summary, promise, still", [
    ("en", "A drivers' strike will disrupt our regional coach lines all day on 4 December. We are sorry. The timetable "
           "for the day will be published on 3 December at 17:30.", "will be published on",
     "A drivers' strike"),
    ("fr", "Une grève de nos conducteurs perturbera nos lignes régionales toute la journée du 4 décembre. Nous sommes "
           "désolés. Le plan de transport sera publié le 3 décembre à 17 h 30.", "sera publié le 3 décembre",
     "Une grève de nos conducteurs"),
])
def test_a_promise_for_a_passed_day_and_hour_leaves_the_release(project, settings, monkeypatch, lang, summary,
                                                                promise, still):
    status = "identified" if lang == "en" else "identifié"
    notice = ("2026-12-01 17:00", status, "A strike notice has been filed." if lang == "en"
              else "Un préavis de grève a été déposé.")
    strike_day = ("2026-12-04 07:50", status, "48% of drivers are on strike this morning." if lang == "en"
                  else "Ce matin, 48 % des conducteurs sont en grève.")
    for now, updates, said in (("2026-12-03T12:00:00+01:00", (notice,), True),
                               ("2026-12-04T11:00:00+01:00", (strike_day, notice), False)):
        monkeypatch.setenv("ONEVOICE_NOW", now)
        text = statement_file(lang=lang, title="Strike on 4 December" if lang == "en" else "Grève le 4 décembre",
                              severity="major", started="2026-12-01 17:00", front="",
                              sections={"Summary" if lang == "en" else "Résumé": summary}, updates=updates)
        statement = write_statement(project, settings, text, f"2026-12-01-strike{'.fr' if lang == 'fr' else ''}.md")
        release = render_press_release(statement, settings).markdown.replace("\u00a0", " ").replace("’", "'")
        assert (promise in release) is said, (now, release)
        assert still in release, release


def test_a_promise_for_a_day_is_never_read_in_a_clause_of_its_own():
    from zoneinfo import ZoneInfo

    from generator.rendering.deadlines import passed_promise

    paris = ZoneInfo("Europe/Paris")
    written, now = datetime(2026, 12, 4, 7, 50, tzinfo=paris), datetime(2026, 12, 4, 12, 0, tzinfo=paris)
    for lang, text in (("en", "We will refund everyone who travelled on 27 November."),
                       ("fr", "Nous rembourserons les voyageurs du 27 novembre."),
                       ("fr", "La direction et les syndicats se retrouveront le 4 décembre à 14 h.")):
        assert passed_promise(text, lang, written, now, paris) is None, text
    assert passed_promise("We will publish the plan on Thursday 3 December.", "en", written, now, paris) is not None
