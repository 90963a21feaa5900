"""What a communications director reading the kit would mark down: one answer printed twice in
the Q&A, a correction dated by the update it corrects, a hall number read as a count, a press
paragraph whose « son » could be someone else's, a relative night in a dated release, times with
no zone in French subjects, a memo that invents a return channel, closed statements "kept up to
date", and a lost bag answered with condolences."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from generator.rendering.channels import render_copies
from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import render_replies
from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-01T12:00:00+01:00")


@pytest.fixture(autouse=True)
def _today(project, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())


def _headings(qa: str) -> list[str]:
    return re.findall(r"^## \d+\. (.+)$", qa, flags=re.MULTILINE)


def _answer_bodies(qa: str) -> list[str]:
    parts = re.split(r"^## \d+\. .+$", qa, flags=re.MULTILINE)[1:]
    return [re.sub(r"\s+", " ", part).strip() for part in parts]


def _recall(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(
        title="Sliced raclette recall (2 lots)", severity="critical", front="kind: recall\n", sections={
            "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain "
                       "Listeria. Do not eat this cheese: take it back to the shop for a refund, or throw it away.",
            "What happened": "On 27 November at 11:20, one of our own routine tests found Listeria in a pack. "
                             "The two lots amount to 21,500 packs, delivered to 1,146 shops.",
        },
        updates=(("2026-11-27 17:30", "investigating", "We are recalling two lots. The use-by date of lot L2631B "
                                                       "is 19/01/2027."),))
    text = text.replace("The use-by date of lot L2631B is 19/01/2027.\n",
                        "The use-by date of lot L2631B is 19/01/2027.\n\n#### Correction · 2026-11-28 09:15\n"
                        "The use-by date of lot L2631B is 09/01/2027, not 19/01/2027.\n")
    return write_statement(project, settings, text, "2026-11-27-recall.md")


def test_two_questions_with_the_same_quotes_share_one_heading_and_no_answer_is_printed_twice(
        project, settings):  # type: ignore[no-untyped-def]
    qa = render_qa_brief(_recall(project, settings), settings, NOW)
    bodies = [body for body in _answer_bodies(qa) if not body.startswith("**UNANSWERED**")]
    assert len(bodies) == len(set(bodies)), qa
    # The packs answer "how many were sold" and "how many people": asked together, answered once.
    heading = next(h for h in _headings(qa) if "How many units were sold?" in h)
    assert heading == "How many units were sold? How many people are affected?", _headings(qa)
    assert "How many people are affected?" not in [h for h in _headings(qa) if h != heading], qa


def test_a_correction_is_sourced_at_its_own_time_not_at_the_update_it_corrects(
        project, settings):  # type: ignore[no-untyped-def]
    qa = render_qa_brief(_recall(project, settings), settings, NOW)
    answer = qa.split("You corrected an earlier update")[1].split("\n## ")[0]
    assert "*Source: correction of 28 November at 09:15 CET*" in answer, answer
    assert "update of 27 November" not in answer, answer


def test_a_hall_number_is_not_a_count_of_people(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Fire at the show", severity="major", front="kind: safety\n", sections={
        "Summary": "On Saturday a fire broke out on a stand in hall 4 where electric bikes were on display. "
                   "The fire service put it out at 14:31.",
        "What happened": "About 11,000 visitors were evacuated from halls 3, 4 and 5."},
        updates=(("2026-11-28 14:45", "monitoring", "The fire is out."),))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-28-fire.md"), settings, NOW)
    answer = qa.split("How many people are affected?")[1].split("\n## ")[0]
    assert "11,000 visitors" in answer and "electric bikes" not in answer, answer


def test_a_french_release_never_gives_our_system_to_the_intruder(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", front="", title="Données de clients consultées", sections={
        "Résumé": "Des données de 3 412 clients ont été copiées. Nous vous présentons nos excuses.",
        "Ce qui s'est passé": "Le 20 novembre, quelqu'un s'est connecté à notre système de dossiers de crédit avec "
                              "l'identifiant d'un salarié.\n\nLa version précédente de notre serveur de billettique "
                              "est de nouveau en service depuis 9 h 40."},
        updates=(("2026-11-25 10:00", "identifié", "Nous avons bloqué l'accès."),))
    release = render_press_release(write_statement(project, settings, text, "2026-11-25-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("’", "'")
    # « quelqu'un s'est connecté à son système » would be that someone's system: quoted instead.
    assert "son système" not in release, release
    assert "quelqu'un s'est connecté à notre système de dossiers de crédit" in release, release
    # A paragraph that opens with « son serveur » says first who is speaking.
    assert "Calypso Pay indique que la version précédente de son serveur de billettique" in release, release


def test_a_french_release_dates_a_night_named_at_the_start_of_a_sentence(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", front="", title="Panne de billettique", started="2026-12-01 06:40", sections={
        "Résumé": "Les valideurs refusent les cartes bancaires. Nous vous présentons nos excuses.",
        "Ce qui s'est passé": "Cette nuit à 2 h 00, nos équipes ont installé une mise à jour du serveur."},
        updates=(("2026-12-01 06:40", "analyse", "Nous en recherchons la cause."),))
    release = render_press_release(write_statement(project, settings, text, "2026-12-01-test.fr.md"), settings).text
    assert "Cette nuit" not in release and "cette nuit" not in release, release
    assert "Dans la nuit du 30 novembre au 1er décembre à 2 h" in release.replace("\u00a0", " "), release


def test_a_french_email_subject_names_a_zone_that_is_not_paris_time(project, settings, monkeypatch):  # type: ignore[no-untyped-def]
    import dataclasses
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-25T12:00:00+00:00")
    jersey = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Jersey"))
    text = statement_file(lang="fr", front="", title="Virements en euros retardés", started="2026-11-25 09:00",
                          updates=(("2026-11-25 10:15", "identifié", "Les virements partiront cet après-midi."),
                                   ("2026-11-25 09:30", "analyse", "Nous recherchons la cause.")))
    statement = write_statement(project, jersey, text, "2026-11-25-test.fr.md")
    subjects = [c.subject or "" for c in render_copies(statement, jersey, ["email"]) if c.kind == "update"]
    later = next(s for s in subjects if "10" in s)
    assert re.search(r"10\sh\s15\sGMT", later), subjects
    # Paris time stays unnamed: French readers take it for granted.
    paris = write_statement(project, settings, text, "2026-11-25-test.fr.md")
    subjects = [c.subject or "" for c in render_copies(paris, settings, ["email"]) if c.kind == "update"]
    assert not any("GMT" in s or "heure de Paris" in s for s in subjects), subjects


def test_a_recall_memo_sends_returns_to_the_advice_and_never_invents_a_return_desk(project, settings):  # type: ignore[no-untyped-def]
    memo = render_memo(_recall(project, settings), settings, NOW)
    assert "take it back on these terms" not in memo
    assert "If someone asks you where to return one, give them this advice as it is written." in memo, memo


def test_a_closed_statement_is_not_kept_up_to_date_on_facebook(project, settings, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-05T12:00:00+02:00")
    text = statement_file(severity="major", front="kind: breach\n", title="Customer names exposed", sections={
        "Summary": "The names of 200 customers were visible to other customers. We are sorry."},
        updates=(("2026-09-04 10:00", "resolved", "The page is fixed and the names are no longer visible."),
                 ("2026-09-03 10:05", "identified", "We closed the page.")))
    statement = write_statement(project, settings, text)
    post = next(c for c in render_copies(statement, settings, ["facebook"]) if c.kind == "announcement")
    text = "\n".join(post.parts)
    assert "kept up to date" not in text and "The full statement and its updates:" in text, text


def test_saying_colleagues_followed_the_process_does_not_tick_their_protection(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="", title="Our advert imitated abuse campaigns", sections={
        "Summary": "Our advert imitated domestic-abuse campaigns. It was wrong and we are sorry. The two managers "
                   "who approved it followed the process they were given; the process was ours and it failed."},
        updates=(("2026-09-03 10:05", "identified", "We removed the advert."),))
    checklist = render_checklist(write_statement(project, settings, text), settings, NOW)
    line = next(line for line in checklist.splitlines() if "Protect the colleagues involved" in line)
    assert line.startswith("- [ ]"), line


def test_a_lost_bag_after_a_fire_gets_sorry_for_the_trouble_not_condolences(project, settings, monkeypatch):  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", front="kind: safety\n", title="Fire at the OUTDOORA show", sections={
        "Summary": "A fire broke out on a stand in hall 4; seven people were hurt and all are now home. "
                   "We apologise to the visitors whose show was cut short.",
        "What you should do": "- If you left something in the halls, write to lost-property@outdoora.example "
                              "before 11 December: 212 items are waiting at lost property.\n- Saturday visitors can ask for a refund of their ticket."},
        updates=(("2026-11-30 11:00", "resolved", "The show closed as planned. This incident is now closed."),
                 ("2026-11-28 14:45", "identified", "The fire is out.")))
    replies = render_replies(write_statement(project, settings, text, "2026-11-28-fire.md"), settings)
    lost = replies.split("\n## lost:")[1].split("\n## ")[0] if "\n## lost:" in replies else ""
    assert lost, replies
    assert "I am sorry for the trouble this has caused you." in lost, lost
    assert "put you through" not in lost, lost


def test_the_english_and_french_briefs_ask_questions_together_only_when_both_do(project, settings):  # type: ignore[no-untyped-def]
    # In English the packs answer both "how many sold" and "how many people"; in French the
    # people are counted too (« 40 familles »): the French brief asks them apart, so the English
    # one does too. A spokesperson briefed in either language faces the same numbered questions.
    english = statement_file(title="Sliced raclette recall", severity="critical", front="kind: recall\n", sections={
        "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain Listeria. "
                   "Do not eat this cheese.",
        "What happened": "The two lots amount to 21,500 packs, delivered to 1,146 shops."},
        updates=(("2026-11-27 17:30", "investigating", "We are recalling two lots."),))
    french = statement_file(lang="fr", title="Rappel de raclette tranchée", severity="critical", front="kind: recall\n",
                            sections={
        "Résumé": "Nous rappelons deux lots de raclette tranchée (L2631A, L2631B), car ils peuvent contenir la "
                  "bactérie Listeria. Ne consommez pas ce fromage.",
        "Ce qui s'est passé": "Les deux lots représentent 21 500 barquettes, livrées à 1 146 magasins. "
                              "40 familles nous ont déjà appelés."},
        updates=(("2026-11-27 17:30", "analyse", "Nous rappelons deux lots."),))
    en = write_statement(project, settings, english, "2026-11-27-rappel.md")
    fr = write_statement(project, settings, french, "2026-11-27-rappel.fr.md")
    alone = _headings(render_qa_brief(en, settings, NOW))
    assert "How many units were sold? How many people are affected?" in alone, alone  # (the case this is about)
    en_headings = _headings(render_qa_brief(en, settings, NOW, siblings=(fr,)))
    fr_headings = _headings(render_qa_brief(fr, settings, NOW, siblings=(en,)))
    assert len(en_headings) == len(fr_headings), (en_headings, fr_headings)
    assert "How many people are affected?" in en_headings, en_headings


def test_a_french_page_names_a_greenwich_clock_gmt_as_its_text_does() -> None:
    from zoneinfo import ZoneInfo

    from generator.rendering.site.labels import human_datetime

    winter = datetime.fromisoformat("2026-12-01T09:30:00+00:00")
    # « 9 h 30, heure de Jersey » beside the statement's own « 9 h 30 GMT » reads as two clocks.
    assert human_datetime(winter, ZoneInfo("Europe/Jersey"), "fr").replace("\u00a0", " ").endswith("9 h 30 GMT")
    assert human_datetime(winter, ZoneInfo("Europe/Paris"), "fr").replace("\u00a0", " ").endswith(
        "10 h 30, heure de Paris")


def test_words_a_release_quotes_say_the_page_they_call_here_plainly(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", front="", title="Données de clients consultées", sections={
        "Résumé": "Des données de 3 412 clients ont été copiées. Nous vous présentons nos excuses.",
        "Ce qui s'est passé": "L'origine de la fuite fait l'objet d'une enquête ; nous en publierons ici les "
                              "conclusions dès qu'elles nous seront communiquées."},
        updates=(("2026-11-25 10:00", "identifié", "Nous avons bloqué l'accès."),))
    release = render_press_release(write_statement(project, settings, text, "2026-11-25-test.fr.md"), settings).text
    release = release.replace("\u00a0", " ").replace("’", "'")
    # Inside quotation marks, the authors' words: « ici » (this page) is said « en ligne », with no
    # journalist's [brackets] (the release is the organisation's own text), never a bare « ici ».
    said = re.findall(r"«[^»]*»", release)
    assert any("nous en publierons en ligne les conclusions" in quote for quote in said), release
    assert not any(" ici " in quote or "[" in quote for quote in said), release


def test_a_recall_updates_picture_names_the_lots_it_tells_people_not_to_eat(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Sliced raclette recall", severity="critical", front="kind: recall\n", sections={
        "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain Listeria. "
                   "Do not eat this cheese.",
        "Recalled products": "| Product | Lot | Use by |\n|---|---|---|\n| Sliced raclette 400 g | L2631A | 08/01/2027 |\n"
                             "| Sliced raclette 400 g | L2631B | 09/01/2027 |"},
        updates=(("2026-11-30 10:00", "monitoring", "Both lots have been taken off the shelves. If you have a pack "
                                                    "from a recalled lot at home, do not eat it."),
                 ("2026-11-27 17:30", "investigating", "We are recalling two lots.")))
    statement = write_statement(project, settings, text, "2026-11-27-recall.md")
    card = next(c.visual or "" for c in render_copies(statement, settings, ["instagram"])
                if c.kind == "update" and c.update_at and c.update_at.day == 30)
    assert "do not eat it" in card and "L2631A" in card and "L2631B" in card, card


def test_who_is_responsible_for_a_recall_is_answered_with_our_product_not_a_phone_number(
        project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Sliced raclette recall", severity="critical", front="kind: recall\n", sections={
        "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain Listeria. "
                   "We apologise to our customers; our consumer line answers 7 days a week on +33 4 65 71 22 80.",
        "What we are doing": "- We are working with the veterinary services to find the source of the "
                             "contamination."},
        updates=(("2026-11-27 17:30", "investigating", "We are recalling two lots."),))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-27-recall.md"), settings, NOW)
    answer = qa.split("Who is responsible?")[1].split("\n## ")[0]
    assert "We are recalling two lots of sliced raclette" in answer, answer
    assert "+33 4 65 71 22 80" not in answer and "to find the source" in answer, answer


def test_a_count_corrected_in_words_is_a_question_of_its_own(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Fire at the show", severity="major", front="kind: safety\n", sections={
        "Summary": "A fire broke out on a stand at the show; seven people were hurt and all are now home."},
        updates=(("2026-11-28 16:30", "identified", "Seven people have been treated by the fire service, not four as "
                                                    "in our first report: three more people came forward after the "
                                                    "evacuation."),
                 ("2026-11-28 14:45", "investigating", "A fire broke out at 14:12. Four people are being treated.")))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-28-fire.md"), settings, NOW)
    assert "## 3. Why has the number changed?" in qa or "Why has the number changed?" in _headings(qa), qa
    answer = qa.split("Why has the number changed?")[1].split("\n## ")[0]
    assert "not four as in our first report: three more people came forward" in answer, answer
    since = qa.split("When did it start, and when did you find out?")[1].split("\n## ")[0]
    assert "not four" not in since, since  # (our first report is no answer to when we found out)


def test_once_it_is_over_the_site_question_says_when_its_last_word_was_and_where_it_stands(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Fire at the show", severity="major", front="kind: safety\n", sections={
        "Summary": "A fire broke out on a stand in hall 4 of the show; seven people were hurt and all are now home."},
        updates=(("2026-11-30 11:00", "resolved", "The show closed on Sunday at 19:00, as planned. This incident is "
                                                  "now closed."),
                 ("2026-11-29 08:40", "monitoring", "The safety commission inspected the halls this morning: halls 3 "
                                                    "and 5 reopen at 09:00."),
                 ("2026-11-28 14:45", "investigating", "A fire broke out in hall 4; the halls were evacuated.")))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-28-fire.md"), settings, NOW)
    answer = qa.split("Is the site safe now?")[1].split("\n## ")[0]
    # The last word on the site, dated (never "this morning" read days later), then where it stands now.
    assert "inspected the halls [on the morning of 29 November]: halls 3 and 5 reopen at 09:00" in answer, answer
    assert answer.index("reopen at 09:00") < answer.index("The show closed on Sunday at 19:00"), answer


def test_a_fire_text_carries_the_advice_rather_than_a_second_account_of_the_evacuation(
        project, settings):  # type: ignore[no-untyped-def]
    news = ("On Saturday 28 November at 14:12 CET, a fire on a stand at the OUTDOORA show in Lyon forced the "
            "evacuation of three halls and injured seven people, two of whom were taken to hospital; all are now home.")
    text = statement_file(title="Fire at the OUTDOORA show on 28 November: three halls evacuated, seven people injured",
                          severity="major", front="kind: safety\n", sections={
        "Summary": f"{news} About 11,000 visitors and exhibitors were evacuated from halls 3, 4 and 5, and the fire, "
                   "which started on a stand in hall 4, was put out at 14:31.",
        "What you should do": "- If you were in hall 3, 4 or 5 and have had a cough, difficulty breathing or headaches "
                              "since Saturday, see a doctor."},
        updates=(("2026-11-30 11:00", "resolved", "The show closed as planned. This incident is now closed."),
                 ("2026-11-28 14:45", "investigating", "Three halls are being evacuated.")))
    statement = write_statement(project, settings, text, "2026-11-28-fire.md")
    sms = next(c.parts[0] for c in render_copies(statement, settings, ["sms"]) if c.kind == "announcement")
    # The news already says who was hurt: what people should do goes with it, not "About 11,000…".
    assert "see a doctor" in sms and "About 11,000" not in sms, sms


def test_an_answer_that_apologises_to_them_comes_with_who_they_are(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="spokesperson: {name: Gaëlle Le Bihan, role: Chief Executive}\n", sections={
        "Summary": "Since 05:50, contactless payment on board fails on part of our coaches. We apologise.",
        "Quote": "\"Thousands of passengers could not pay for their journey this morning because of an update we "
                 "installed overnight. That is our mistake, and I apologise to them.\""},
        updates=(("2026-09-03 10:05", "identified", "We are going back to the previous version."),))
    qa = render_qa_brief(write_statement(project, settings, text), settings, NOW)
    for question in ("Who is responsible?", "Will anyone lose their job over this?"):
        answer = qa.split(question)[1].split("\n## ")[0]
        if "I apologise to them" in answer:
            assert "Thousands of passengers could not pay" in answer, (question, answer)
    assert "I apologise to them" in qa.split("Who is responsible?")[1].split("\n## ")[0], qa


def test_the_exposed_reply_lists_what_the_next_sentence_adds_to_the_data(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", front="kind: breach\n", title="Customer documents copied", sections={
        "Summary": "Criminals copied the details of 3,412 customers. We are sorry.",
        "What happened": "The files copied contain names, addresses and account numbers. For 640 of these customers, "
                         "they also contain payslips and bank statements. They do not contain passwords."},
        updates=(("2026-11-25 10:00", "identified", "We blocked the access."),))
    replies = render_replies(write_statement(project, settings, text, "2026-11-25-breach.md"), settings)
    exposed = replies.split("\n## exposed:")[1].split("\n## ")[0]
    # The most sensitive data is said where the person asks what was exposed.
    assert "they also contain payslips and bank statements" in exposed, exposed


def test_a_breach_picture_says_no_money_was_taken_without_a_they_that_names_no_one(project, settings):  # type: ignore[no-untyped-def]
    for lang, summary, wanted, dangling in (
            ("en", "Criminals copied the details of 3,412 customers. They did not obtain passwords, PINs or card "
                   "numbers, and no money has been taken from any account. We are sorry.",
             "No money has been taken from any account.", "They did not obtain"),
            ("fr", "Des criminels ont copié les données de 3 412 clients. Ils n'ont obtenu ni mots de passe, ni codes "
                   "secrets, ni numéros de carte, et aucun argent n'a été prélevé sur un compte. Nous vous présentons "
                   "nos excuses.", "Aucun argent n'a été prélevé sur un compte.", "Ils n'ont obtenu")):
        text = statement_file(lang=lang, severity="critical", front="kind: breach\n", title="Customer data copied",
                              sections={("Summary" if lang == "en" else "Résumé"): summary},
                              updates=(("2026-11-25 10:00", "identified" if lang == "en" else "identifié",
                                        "We blocked the access." if lang == "en" else "Nous avons bloqué l'accès."),))
        statement = write_statement(project, settings, text, "2026-11-25-breach.md" if lang == "en"
                                    else "2026-11-25-breach.fr.md")
        card = next(c.visual or "" for c in render_copies(statement, settings, ["instagram"]) if c.kind == "announcement")
        assert wanted in card and dangling not in card, card


def test_an_overdue_update_is_the_brief_s_first_hard_question_with_a_line_to_say(project, settings, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-03T12:00:00+02:00")
    text = statement_file(front="next_update: 2026-09-03 11:30\n", updates=(
        ("2026-09-03 10:30", "identified", "118 of our 214 coaches accept cards again. Next update at 11:30."),))
    qa = render_qa_brief(write_statement(project, settings, text), settings)
    assert _headings(qa)[1] == "You promised an update: where is it?", _headings(qa)
    answer = qa.split("You promised an update: where is it?")[1].split("\n## ")[0]
    assert "**UNANSWERED** Say instead: “It is late, and I apologise for that" in answer, answer
    assert "It was due on 3 September at 11:30 CEST and is 30 minutes late." in answer, answer
    # Once it is posted (the promise ahead again), the question is not asked.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-03T11:00:00+02:00")
    assert "where is it?" not in render_qa_brief(write_statement(project, settings, text), settings)


def test_an_ap_dateline_abbreviates_saint_and_a_british_one_keeps_the_town_as_written(project, settings):  # type: ignore[no-untyped-def]
    import dataclasses
    from zoneinfo import ZoneInfo

    quebec = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"), location={"en": "St Catharines"})
    release = render_press_release(write_statement(project, quebec, statement_file()), quebec).text
    assert "ST. CATHARINES" in release and "Sept. 3, 2026 —" in release, release[:400]
    jersey = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Jersey"), location={"en": "St Helier"})
    release = render_press_release(write_statement(project, jersey, statement_file()), jersey).text
    assert "ST HELIER, 3 September 2026 —" in release, release[:400]


def test_the_password_answer_never_opens_on_a_stolen_login(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", front="kind: breach\n", title="Customer details copied", sections={
        "Summary": "Criminals used an employee's stolen login to copy the details of 3,412 customers. They did not "
                   "obtain passwords, PINs or card numbers, and no money has been taken from any account."},
        updates=(("2026-11-25 10:00", "identified", "We blocked the access."),))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-25-breach.md"), settings, NOW)
    answer = qa.split("Should I change my password?")[1].split("\n## ")[0]
    assert "They did not obtain passwords" in answer and "stolen login" not in answer, answer


def test_will_you_be_fined_gets_a_straight_line_not_a_dodge(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="critical", front="kind: breach\n", title="Customer details copied", sections={
        "Summary": "Criminals copied the details of 3,412 customers. We reported it to the data protection "
                   "authority."},
        updates=(("2026-11-25 10:00", "identified", "We blocked the access."),))
    qa = render_qa_brief(write_statement(project, settings, text, "2026-11-25-breach.md"), settings, NOW)
    answer = qa.split("Will you be fined?")[1].split("\n## ")[0]
    assert "Any penalty is for the regulators to decide; we will not prejudge their decision." in answer, answer
    assert "cooperat" not in answer and "not for us" not in answer, answer
    assert "Our priority is the people affected" not in answer, answer


def test_that_process_was_ours_follows_the_process_not_the_managers(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Our advert", sections={"Summary": "We posted an offensive advert. We are sorry."},
                          updates=(("2026-09-03 10:05", "identified",
                                    "We now know how the advert was approved. Our in-house social media team made it, "
                                    "and two managers approved it on 24 November under a Black Friday sign-off that "
                                    "checked prices and legal terms, but not tone, context or the date of publication. "
                                    "That process was ours and it failed."),))
    statement = write_statement(project, settings, text)
    sms = next(c.parts[0] for c in render_copies(statement, settings, ["sms"]) if c.kind == "update")
    # Cut before "that checked…", the sign-off stays: "That process" points at it, not at the managers.
    assert "under a Black Friday sign-off. That process was ours and it failed." in sms, sms


def _qa_answer(qa: str, heading: str) -> str:
    part = re.split(r"(?=^## \d+\. )", qa, flags=re.MULTILINE)
    return re.sub(r"\s+", " ", next(p for p in part if heading in p.split("\n")[0]))


def test_asked_about_jobs_after_owning_the_fault_the_brief_gives_a_line_that_names_no_one(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="kind: breach\n", title="Customer files copied", sections={
        "Summary": "Criminals copied the files of 3,412 customers using the stolen password of one of our employees. "
                   "That was our failure, and we are sorry."},
        updates=(("2026-09-03 10:05", "identified", "We blocked their access at 09:50."),))
    answer = _qa_answer(render_qa_brief(write_statement(project, settings, text), settings), "lose their job")
    assert "If pressed: “We do not discuss individual members of staff; the responsibility is ours as an " \
           "organisation.”" in answer, answer
    # A statement that already says the people involved are not to blame needs no line of ours.
    text = text.replace("That was our failure, and we are sorry.",
                        "The employee followed the procedures she was given; the failure was ours, and we are sorry.")
    answer = _qa_answer(render_qa_brief(write_statement(project, settings, text), settings), "lose their job")
    assert "followed the procedures" in answer and "If pressed" not in answer, answer


def test_how_many_after_an_accident_gives_the_people_hurt_beside_those_evacuated(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="kind: safety\n", title="Fire at our Lyon show", started="2026-09-03 14:45", sections={
        "Summary": "On Thursday 3 September at 14:12, a fire on a stand at our Lyon show injured seven people, two of "
                   "whom were taken to hospital. About 11,000 visitors were evacuated from halls 3, 4 and 5, and the "
                   "fire was put out at 14:31. We apologise to the exhibitors.",
        "What happened": "The evacuation of halls 3, 4 and 5 was complete at 14:24: about 11,000 people left them."},
        updates=(("2026-09-03 14:45", "identified", "The fire is out."),))
    answer = _qa_answer(render_qa_brief(write_statement(project, settings, text), settings), "How many people")
    assert "injured seven people" in answer, answer
    assert answer.count("11,000") == 1, answer  # the same count said once, not at 14:31 and again at 14:24


def test_the_lost_property_reply_says_the_fullest_sentence_once(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", front="kind: safety\n", title="Fire at the OUTDOORA show", sections={
        "Summary": "A fire broke out on a stand in hall 4; seven people were hurt and all are now home. "
                   "We apologise to the visitors whose show was cut short.",
        "What you should do": "- If you left something in the halls, write to lost@outdoora.example or call "
                              "04 65 71 38 00 (Monday to Friday, 09:00 to 17:00) before 11 December, with a "
                              "description of it."},
        updates=(("2026-11-30 11:00", "resolved", "The 212 items left in the evacuated halls can be collected until "
                                                  "11 December (lost@outdoora.example, 04 65 71 38 00)."),
                 ("2026-11-28 14:45", "identified", "The fire is out.")))
    replies = render_replies(write_statement(project, settings, text, "2026-11-28-fire.md"), settings)
    lost = replies.split("\n## lost:")[1].split("\n## ")[0] if "\n## lost:" in replies else ""
    assert "with a description of it" in lost and "Monday to Friday" in lost, lost
    assert lost.count("lost@outdoora.example") == 1, lost  # never the same address in two bullets


def test_the_pregnant_reply_of_a_recall_gives_the_consumer_line(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(title="Sliced raclette recall", severity="critical", front="kind: recall\n", sections={
        "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain Listeria. "
                   "Do not eat this cheese.",
        "What you should do": "- If your pack is from a recalled lot, do not eat it.\n- Pregnant women, older people "
                              "and people with weakened immunity should watch for a fever.\n- Consumer line: "
                              "04 65 71 22 80, every day from 09:00 to 19:00."},
        updates=(("2026-11-27 17:30", "investigating", "We are recalling two lots."),))
    replies = render_replies(write_statement(project, settings, text, "2026-11-27-recall.md"), settings)
    pregnant = replies.split("\n## pregnant:")[1].split("\n## ")[0] if "\n## pregnant:" in replies else ""
    assert pregnant and "04 65 71 22 80" in pregnant, replies


def test_the_checklist_dates_what_was_done_by_saying_it_no_earlier_than_our_first_word(project, settings):  # type: ignore[no-untyped-def]
    # The lots were known at 11:20; the statement, which lists them, went out the next morning at
    # 09:30 (a recall notice is due the same day: twelve hours).
    text = statement_file(title="Sliced raclette recall", severity="critical", front="kind: recall\n",
                          started="2026-11-28 09:30", sections={
        "Summary": "We are recalling two lots of sliced raclette (L2631A, L2631B) because they may contain Listeria. "
                   "Do not eat this cheese.",
        "What happened": "On 27 November at 11:20, one of our own routine tests found Listeria in a pack.",
        "Recalled lots": "| Product | Lot | Use by |\n|---|---|---|\n| Sliced raclette 400 g | L2631A | 08/01/2027 |\n"
                         "| Sliced raclette 400 g | L2631B | 09/01/2027 |"},
        updates=(("2026-11-28 09:30", "investigating", "We are recalling two lots."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-27-recall.md"), settings, NOW)
    items = re.split(r"\n(?=- \[)", checklist)
    lots = next(item for item in items if "Publish the exact products" in item)
    # (Said in a section, not in a dated update: published no earlier than the first word, which
    # is all the statement can show.)
    assert lots.startswith("- [x]") and "Published no earlier than our first public word, 28 November at 09:30 CET, " \
        "after the deadline" in lots, lots
    first = next(item for item in items if "First public word" in item)
    assert first.startswith("- [x]") and "Done late: our first public word came" in first, first
    assert "22 hours 10 minutes after we knew" in first, first


def test_a_step_due_the_moment_it_began_is_due_at_once(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", front="kind: safety\nbegan: 2026-11-28 14:12\n", title="Fire at our Lyon show",
                          started="2026-11-28 14:45", sections={
        "Summary": "On 28 November at 14:12, a fire on a stand injured seven people; three halls were evacuated. "
                   "We apologise to the visitors."},
        updates=(("2026-11-28 14:45", "identified", "The fire is out."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-28-fire.md"), settings, NOW)
    people = next(item for item in re.split(r"\n(?=- \[)", checklist) if "People first" in item)
    assert "Deadline: at once, from 28 November at 14:12 CET" in people, people


def test_an_apology_posted_after_its_deadline_is_ticked_late(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="kind: incident\nbegan: 2026-11-25 18:00\n", title="Our Black Friday advert",
                          started="2026-11-25 22:30", sections={
        "Summary": "At 18:00 we posted an advert that imitated domestic-abuse campaigns. It was wrong and offensive, and "
                   "we removed it. We are sorry."},
        updates=(("2026-11-25 22:30", "identified", "We removed the advert at 22:15. We are sorry."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-11-25-advert.md"), settings, NOW)
    apology = next(item for item in re.split(r"\n(?=- \[)", checklist) if "Apologise for what was said" in item)
    assert apology.startswith("- [x]") and "no earlier than our first public word, 25 November at 22:30" in apology, apology


def test_breach_replies_name_the_site_without_a_link(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="kind: breach\n", title="Customer files copied", sections={
        "Summary": "Criminals copied the files of 3,412 customers. We are sorry."},
        updates=(("2026-09-03 10:05", "identified", "We blocked their access at 09:50."),))
    replies = render_replies(write_statement(project, settings, text), settings)
    # (After a breach a message with a link is what fraudsters send: the site's name, typed by hand;
    # a journalist gets the statement's address.)
    to_people = re.sub(r"\n## journalist:.*?(?=\n## |\Z)", "", replies, flags=re.DOTALL)
    assert "https://" not in to_people and "status.calypso-pay.example" in to_people, replies


def test_the_charged_reply_never_quotes_the_clearing_house_and_keeps_the_claim_deadline(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(lang="fr", front="", title="Virements en euros bloqués", sections={
        "Résumé": "Le lundi 30 novembre, 612 virements en euros sont restés bloqués chez nous. Si un créancier vous a "
                  "facturé des frais de retard, envoyez-nous le justificatif : nous vous les rembourserons. Nous vous "
                  "prions de nous excuser.",
        "Ce qui s'est passé": "Le samedi 28 novembre, nous avons installé une mise à jour de notre logiciel de "
                              "paiements. Elle modifiait le format des fichiers que nous transmettons à la chambre de "
                              "compensation européenne.",
        "Ce que vous pouvez faire": "- Si un créancier vous a facturé des frais ou des pénalités de retard à cause de "
                                    "ce délai, envoyez-nous le justificatif avant le 31 janvier 2027 : nous vous les "
                                    "rembourserons."},
        updates=(("2026-11-30 17:30", "résolu", "Les 612 virements ont tous été transmis. Sur ces 612, 575 ont été "
                                                "crédités le 30 novembre ; les 37 autres le seront le 1er décembre."),))
    replies = render_replies(write_statement(project, settings, text, "2026-11-30-virements.fr.md"), settings)
    charged = next((part for part in replies.split("\n## ") if "(modèle « débit »)" in part.split("\n")[0]
                    .replace("\u00a0", " ")), "").replace("\u00a0", " ").replace("\u202f", " ")
    assert charged and "chambre de compensation" not in charged, replies
    assert "avant le 31 janvier 2027" in charged and charged.count("nous vous les rembourserons") == 1, charged
    # « Sur ces 612 » comes with the sentence that says what the 612 are.
    assert "- Les 612 virements ont tous été transmis. Sur ces 612, 575" in charged, charged


def test_the_exposed_reply_after_an_owned_breach_apologises_for_it_and_names_the_files(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(front="kind: breach\n", title="Customer files copied", sections={
        "Summary": "Criminals copied the files of 3,412 customers. It was our job to protect this information, and we "
                   "did not do it well enough. We are sorry.",
        "What happened": "The files copied contain names, addresses and account numbers. They do not contain "
                         "passwords or card numbers."},
        updates=(("2026-09-03 10:05", "identified", "We blocked their access at 09:50."),))
    replies = render_replies(write_statement(project, settings, text), settings)
    exposed = replies.split("\n## exposed:")[1].split("\n## ")[0] if "\n## exposed:" in replies else ""
    assert "keeping our customers' information safe was our job" in exposed, replies
    assert "sorry for the worry" not in exposed, exposed
    assert "- The files copied do not contain passwords" in exposed and "- They do not" not in exposed, exposed


def test_after_a_fire_the_money_template_is_for_refunds_not_charges(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(severity="major", front="kind: safety\n", title="Fire at the OUTDOORA show", sections={
        "Summary": "A fire broke out on a stand in hall 4; seven people were hurt and all are now home. "
                   "Saturday visitors can ask for a refund of their ticket until 31 December."},
        updates=(("2026-11-28 14:45", "identified", "The fire is out."),))
    replies = render_replies(write_statement(project, settings, text, "2026-11-28-fire.md"), settings)
    assert "\n## charged: someone asking for a refund (a ticket, fees) or about compensation" in replies, replies
    assert "whether they were charged" not in replies, replies


def test_once_it_is_over_an_unwell_reply_opens_with_the_thanks_and_the_apology(project, settings):  # type: ignore[no-untyped-def]
    for status, first in (("resolved", "Thank you for writing"), ("identified", "Your safety comes first")):
        text = statement_file(severity="major", front="kind: safety\n", title="Fire at the OUTDOORA show", sections={
            "Summary": "A fire broke out on a stand in hall 4; seven people were hurt.",
            "What you should do": "- If you were in hall 3, 4 or 5 and have had a cough or difficulty breathing since "
                                  "Saturday, see a doctor. In an emergency, call 112."},
            updates=(("2026-11-28 14:45", status, "The fire is out."),))
        replies = render_replies(write_statement(project, settings, text, "2026-11-28-fire.md"), settings)
        unwell = replies.split("\n## unwell:")[1].split("\n## ")[0] if "\n## unwell:" in replies else ""
        body = unwell.split("Hello [[name]],", 1)[1].strip() if "Hello [[name]]," in unwell else ""
        # A live crisis: what to do in an emergency before anything else; once it is over, the
        # thanks and the apology first.
        assert body.startswith(first), (status, unwell)
