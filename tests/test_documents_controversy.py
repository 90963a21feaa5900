"""A bad buzz filed as `kind: incident` (what docs/format.md asks for an offensive advert) gets
the documents of a controversy: its checklist says so, its replies never tell a hurt reader
that a statement was "closed", and no reply passes on advice meant for our own colleagues.
Statements written for these tests."""

from __future__ import annotations

import re

from generator.rendering.documents import render_documents
from tests.press_support import statement_file, write_statement

SUMMARY = ("On 25 November, the International Day for the Elimination of Violence against Women, we posted a Black "
           "Friday advert that imitated domestic-abuse awareness campaigns. It should never have been made. We withdrew "
           "it and we apologise.")
ADVICE = ("- If the advert brought back painful memories, call the National Domestic Abuse Helpline on 0808 2000 247.\n"
          "- Penrose & Vale colleagues can also call our confidential employee assistance line on 0808 157 0399.")


def _documents(project, settings, monkeypatch) -> dict[str, str]:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Our Black Friday advert imitated domestic-abuse campaigns", severity="major",
                          started="2026-11-25 22:30", front="kind: incident\n",
                          sections={"Summary": SUMMARY, "What you should do": ADVICE},
                          updates=(("2026-11-30 16:00", "resolved", "We have made the changes we committed to. This "
                                                                    "statement is now closed; you can still write to "
                                                                    "our chief executive at ceo@example.com."),
                                   ("2026-11-25 22:30", "identified", "We have withdrawn the advert everywhere.")))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    return {d.kind: d.text for d in render_documents(statement, settings)}


def test_an_offensive_advert_filed_as_an_incident_is_a_controversy(project, settings, monkeypatch):
    checklist = _documents(project, settings, monkeypatch)["checklist"]
    assert "controversy over something we published or said" in checklist, checklist


def test_replies_after_a_bad_buzz_never_say_closed_nor_pass_on_staff_advice(project, settings, monkeypatch):
    replies = _documents(project, settings, monkeypatch)["replies"]
    assert "closed" not in replies, replies
    assert "You can still write to our chief executive at ceo@example.com." in replies, replies
    assert "0808 2000 247" in replies and "employee assistance" not in replies, replies


def test_the_memo_gives_the_newest_word_on_staff_and_never_another_firms_employee(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Fire at our show: three halls evacuated", severity="major", started="2026-11-28 14:45",
                          front="kind: safety\n", sections={
                              "Summary": "A fire on a stand at our show injured seven people on 28 November. Our "
                                         "thoughts are with them."},
                          updates=(("2026-11-30 11:00", "resolved", "Our colleague who was treated for smoke inhalation is "
                                                                    "back at work. The exhibitor's employee went home."),
                                   ("2026-11-29 08:40", "monitoring", "Our colleague is still in hospital under "
                                                                      "observation. The exhibitor's employee is still in "
                                                                      "hospital."),
                                   ("2026-11-28 14:45", "investigating", "If you are on site, follow the security staff's "
                                                                         "instructions.")))
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    memo = {d.kind: d.text for d in render_documents(statement, settings)}["memo"]
    staff = memo.split("For colleagues directly affected", 1)[1].split("\n## ", 1)[0]
    assert "back at work" in staff, staff
    assert "still in hospital" not in staff and "exhibitor" not in staff and "security staff" not in staff, staff


def test_a_post_never_says_here_for_the_status_page(project, settings, monkeypatch):
    from datetime import datetime

    from generator.rendering.channels import render_copies

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Fire at our show", severity="major", started="2026-11-28 14:45", front="",
                          sections={"Summary": "A fire broke out at our show on 28 November. The cause is under "
                                               "investigation; we will publish the findings here as soon as we have them."},
                          updates=(("2026-11-28 14:45", "investigating", "Halls are closed."),))
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    for copy in render_copies(statement, settings, ["linkedin", "facebook", "email"],
                              datetime.fromisoformat("2026-12-01T12:00:00+01:00")):
        said = "\n".join(copy.parts)
        if "publish the findings" in said:
            assert "publish the findings on our website" in said, (copy.channel, said)


def test_the_brief_never_calls_a_withdrawn_advert_resolved(project, settings, monkeypatch):
    qa = _documents(project, settings, monkeypatch)["qa"]
    assert "resolved" not in qa and "was our last on this; we keep answering questions" in qa, qa


def test_after_a_bad_buzz_the_key_messages_hold_the_apology_and_no_lateness_is_asked(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Our Black Friday advert imitated domestic-abuse campaigns", severity="major",
                          started="2026-11-25 22:30", front="kind: incident\nbegan: 2026-11-25 18:00\n", sections={
                              "Summary": "On 25 November we posted a Black Friday advert that imitated domestic-abuse "
                                         "awareness campaigns. It was offensive, above all to people who have lived "
                                         "through abuse, and we are sorry."},
                          updates=(("2026-11-25 22:30", "identified", "We have withdrawn the advert everywhere."),))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"]
    messages = qa.split("## Key messages", 1)[1].split("\n## ", 1)[0]
    assert "- It was offensive, above all to people who have lived through abuse, and we are sorry." in messages, messages
    assert "tell people sooner" not in qa, qa  # our own post was public at once


def test_a_reply_about_an_overdue_update_apologises_once(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Ticketing app down", severity="major", started="2026-12-01 05:50",
                          front="next_update: 2026-12-01 11:30\n",
                          sections={"Summary": "Since 05:50 our app sells no tickets. We are sorry."},
                          updates=(("2026-12-01 10:30", "identified", "The app works again for most of you."),
                                   ("2026-12-01 06:40", "investigating", "We are looking for the cause.")))
    statement = write_statement(project, settings, text, "2026-12-01-test.md")
    replies = {d.kind: d.text for d in render_documents(statement, settings)}["replies"]
    personal = replies.split("## personal", 1)[1].split("\n## ", 1)[0]
    assert "it is late" in personal, personal
    assert len(re.findall(r"\bsorry\b|\bapologi", personal)) == 1, personal


def test_the_memo_after_the_last_update_names_what_we_still_owe_and_never_calls_the_matter_closed(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Our Black Friday advert imitated domestic-abuse campaigns", severity="major",
                          started="2026-11-25 22:30", front="kind: incident\n",
                          sections={"Summary": SUMMARY, "What we are doing": (
                              "- Our 46 marketing colleagues will complete training led by a domestic-abuse charity "
                              "by 18 December.\n- You can write to our chief executive until 31 December.")},
                          updates=(("2026-11-30 16:00", "resolved", "Every advert is now reviewed by a panel."),
                                   ("2026-11-25 22:30", "identified", "We have withdrawn the advert everywhere.")))
    statement = write_statement(project, settings, text, "2026-11-25-test.md")
    memo = {d.kind: d.text for d in render_documents(statement, settings)}["memo"]
    more = memo.split("## When you will hear more", 1)[1]
    assert "was our last regular update" in more and "closed the matter" not in memo, more
    # The training is owed; an offer open until a day is no debt.
    assert "We still owe what we promised: “Our 46 marketing colleagues will complete training led by a " \
           "domestic-abuse charity by 18 December.”" in more, more
    assert "31 December" not in more, more


def test_the_memo_of_a_recall_names_what_was_corrected_and_quotes_the_apology_without_the_phone_line(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-03-09T12:00:00+01:00")
    text = statement_file(title="Recall of sliced tomme", severity="critical", started="2026-03-02 17:30",
                          front="kind: recall\n", sections={
                              "Summary": "We are recalling lots T11 and T12 of sliced tomme because they may contain "
                                         "Listeria. We apologise to our customers; our consumer line answers on "
                                         "04 65 71 22 80."},
                          updates=(("2026-03-05 19:00", "identified", "All shops have taken the lots off their shelves."),
                                   ("2026-03-02 17:30", "identified", "We are recalling lots T11 and T12, use by "
                                    "19/04/2026.\n\n#### Correction · 2026-03-03 09:00\nThe use-by date is 09/04/2026, "
                                    "not 19/04/2026.")))
    statement = write_statement(project, settings, text, "2026-03-02-tomme.md")
    memo = {d.kind: d.text for d in render_documents(statement, settings)}["memo"]
    corrected = memo.split("## What we corrected", 1)[1].split("\n## ", 1)[0] if "## What we corrected" in memo else ""
    assert "The use-by date is 09/04/2026, not 19/04/2026." in corrected, memo
    assert "Our apology, as published: “We apologise to our customers.”" in memo, memo


def test_the_memo_is_signed_by_the_spokesperson(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title="Our Black Friday advert imitated domestic-abuse campaigns", severity="major",
                          started="2026-11-25 22:30",
                          front="kind: incident\nspokesperson: {name: Harriet Okafor, role: Chief Executive}\n",
                          sections={"Summary": SUMMARY},
                          updates=(("2026-11-25 22:30", "identified", "We have withdrawn the advert everywhere."),))
    memo = {d.kind: d.text for d in render_documents(write_statement(project, settings, text, "2026-11-25-test.md"),
                                                     settings)}["memo"]
    assert memo.rstrip().endswith("— Harriet Okafor, Chief Executive"), memo[-300:]


def _qa(project, settings, monkeypatch, *, title, summary, happened, updates, front="kind: incident\n", lang="en",
        affected="") -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(title=title, severity="major", started="2026-11-28 18:40", front=front + affected,
                          sections={"Summary": summary, "What happened": happened}, updates=updates)
    statement = write_statement(project, settings, text, "2026-11-28-test.md")
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"]


def _answer(qa: str, question: str) -> str:
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


def test_a_bad_buzz_brief_says_how_the_message_got_out_and_that_the_code_was_switched_off(project, settings,
                                                                                          monkeypatch):
    qa = _qa(project, settings, monkeypatch,
             title="Our storm promotion told customers our couriers brave the storm for them",
             summary="On Saturday evening, during a storm warning, we sent 200,000 customers a promotion saying that "
                     "our couriers brave the storm for them. That promotion was insensitive, and we apologise to our couriers.",
             happened="The text was changed on Saturday afternoon. Nobody reviewed it before it was sent, and no rule "
                      "of ours forbade a promotion during a weather warning. That evening, 4,216 orders used the code.",
             updates=(("2026-11-29 09:00", "identified", "We deactivated the STORM20 code at 08:40 this morning. "
                                                         "Here is what we are changing."),))
    how = _answer(qa, "How could this happen?")
    assert "Nobody reviewed it before it was sent" in how, qa
    assert "promotion saying that our couriers" not in how, qa  # what happened, not how it got out
    assert "We deactivated the STORM20 code" in _answer(qa, "Has it been taken down?"), qa
    assert "Here is what we are changing" not in qa, qa


def test_which_services_names_the_affected_ones_and_keeps_the_capital_of_a_nationality(project, settings, monkeypatch):
    qa = _qa(project, settings, monkeypatch, front="kind: outage\n",
             affected="affected: [Web app, Mobile app, French payroll]\n",
             title="Our apps and payroll were down for six hours",
             summary="On Thursday, from 08:52 to 14:37, our web and mobile apps and French payroll were unavailable "
                     "to all our customers. We are sorry.",
             happened="A database fault took our main server offline. Our [postmortem](https://example.com/pm) "
                      "explains what went wrong.",
             updates=(("2026-11-28 18:40", "investigating", "We are investigating."),))
    services = _answer(qa, "Which services and regions?")
    assert "our web and mobile apps and French payroll were unavailable" in services, qa
    assert "postmortem" not in services, qa
    assert "French payroll" in services.split("Affected:", 1)[1], qa


def test_an_advert_that_hurt_people_is_a_bad_buzz_never_an_accident(project, settings, monkeypatch):
    # « Cette publicité a blessé… »: hurt feelings, not an injury; no « Y a-t-il des blessés ? ».
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    text = statement_file(lang="fr", title="Notre publicité présentait une maladie de peau comme un défaut",
                          severity="major", started="2026-11-26 18:00", front="", sections={
                              "Résumé": "Le 26 novembre, nous avons publié une publicité qui présentait une maladie de "
                                        "peau comme un défaut à cacher. Cette publicité a blessé les personnes qui "
                                        "vivent avec cette maladie, et nous leur présentons nos excuses. Nous l'avons "
                                        "retirée le 27 novembre."},
                          updates=(("2026-11-27 16:30", "identifié", "Nous avons retiré la vidéo à 17 h 10."),))
    statement = write_statement(project, settings, text, "2026-11-26-test.fr.md")
    documents = {d.kind: d.text for d in render_documents(statement, settings)}
    assert "polémique" in documents["checklist"], documents["checklist"]
    assert "Y a-t-il des blessés" not in documents["qa"] and "Le contenu a-t-il été retiré" in documents["qa"], documents["qa"]


def test_a_bad_buzz_brief_opens_on_the_apology_and_never_repeats_the_slogan_in_its_key_messages(
        project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    text = statement_file(lang="fr", title="Notre publicité présentait une maladie de peau comme un défaut",
                          severity="major", started="2026-11-26 18:00", front="", sections={
                              "Résumé": "Le 26 novembre, nous avons publié une publicité avec le slogan « Pour les "
                                        "fêtes, effacez ce qui vous gêne ». Cette publicité a blessé les personnes "
                                        "qui vivent avec cette maladie, et nous leur présentons nos excuses.",
                              "Ce qui s'est passé": "Ce montage a été validé par notre direction marketing ; personne "
                                                    "chez nous n'a posé les questions qu'il fallait poser."},
                          updates=(("2026-11-27 16:30", "identifié", "Nous avons retiré la vidéo à 17 h 10."),))
    statement = write_statement(project, settings, text, "2026-11-26-test.fr.md")
    qa = {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace("\u202f", " ")
    key = qa.split("## Messages clés", 1)[1].split("\n## ", 1)[0]
    messages = [line for line in key.splitlines() if line.startswith("- ")]
    assert "nous leur présentons nos excuses" in messages[0], key
    assert "effacez ce qui vous gêne" not in key, key
    how = _answer(qa, "Comment cela a-t-il pu arriver ?")
    assert "validé par notre direction marketing" in how and "SANS RÉPONSE" not in how, how
