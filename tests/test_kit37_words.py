"""What the blind kit 37 (a ferry fire, a booking outage, a water utility's exposed invoices and
boil-water notice, an online shop's sexist advert and bottle recall) showed the outputs getting
wrong, checked on statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = "2026-12-05T12:00:00+01:00"


def test_a_french_text_never_changes_a_fact_to_spell_it_in_gsm(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « alimentée par le même réservoir » is never « par un réservoir identique » (another one),
    # « doit toujours être bouillie avant d'être bue » never « avant d'avoir été bue ».
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    update = ("La consigne s'étend à Lormes : son école est alimentée par un réservoir de Sarnes, la nuit par le "
              "même réservoir. L'eau doit toujours être bouillie avant d'être bue.")
    text = statement_file(lang="fr", severity="critical", started="2026-12-04 10:00", front="kind: safety\n",
                          title="Eau à faire bouillir à Sarnes", sections={"Résumé": (
                              "À Sarnes, l'eau du robinet doit être bouillie avant d'être bue. Nous en sommes "
                              "désolés.")},
                          updates=(("2026-12-05 09:00", "identifié", update),
                                   ("2026-12-04 10:00", "identifié", "Faites bouillir l'eau du robinet à Sarnes.")))
    statement = write_statement(project, settings, text, "2026-12-04-eau.fr.md")
    sms = next(copy.parts[0] for copy in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW))
               if copy.update_at is not None and copy.update_at.day == 5)
    assert "par ce réservoir" in sms.replace("reservoir", "réservoir"), sms
    for wrong in ("identique", "avoir été bue", "meme"):
        assert wrong not in sms, (wrong, sms)


def _brief(project, settings, lang: str, sections: dict[str, str], **kwargs):  # type: ignore[no-untyped-def]
    from generator.rendering.brief import Brief

    text = statement_file(lang=lang, sections=sections, **kwargs)
    name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
    return Brief(write_statement(project, settings, text, name), settings, datetime.fromisoformat(NOW))


def test_nothing_for_some_people_says_who_before_it_says_nothing(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "Nothing, if you travelled…: …" alone in a post, without its heading, reads as gibberish.
    for lang, advice, said in (
            ("en", "- Nothing, if you have a ticket for tonight: it stays valid.\n- If you missed your train, call us.",
             "If you have a ticket for tonight, you do not need to do anything: it stays valid."),
            ("fr", "- Rien, si vous avez un billet pour ce soir : il reste valable.\n- Si vous avez manqué votre "
                   "train, appelez-nous.",
             "Si vous avez un billet pour ce soir, vous n'avez rien à faire : il reste valable.")):
        brief = _brief(project, settings, lang, {
            "Summary" if lang == "en" else "Résumé": "Our ticket machines were down this morning. We are sorry."
            if lang == "en" else "Nos distributeurs de billets étaient en panne ce matin. Nous en sommes désolés.",
            "What you should do" if lang == "en" else "Ce que vous devez faire": advice})
        assert brief.advice_items[0].replace("\u00a0", " ") == said, brief.advice_items


def test_an_apology_for_that_travels_with_what_it_is_for(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "We are sorry for that." alone after the news reads as sorry for the news's last words.
    brief = _brief(project, settings, "en", {
        "Summary": "Tap water in Lormes must be boiled before drinking. Bottled water is free at the town hall.",
        "What happened": "Our lab results came in a day late. The water may therefore have been unsafe for a day "
                         "before we could warn you. We are sorry for that."})
    # (without its "therefore", which points at the sentence left behind)
    assert brief.apology_text == ("The water may have been unsafe for a day before we could warn you. We are sorry "
                                  "for that."), brief.apology_text


def test_a_bare_quoted_apology_comes_with_what_it_owns(project, settings) -> None:  # type: ignore[no-untyped-def]
    # « Je vous présente mes excuses. » alone reads curt: the sentence before owns the fault.
    for lang, quote, owned in (
            ("en", "\"We kept hundreds of people waiting in the rain. That is our fault, not the station staff's. "
                   "I'm sorry. We have stopped the update that caused it.\"",
             "That is our fault, not the station staff's. I'm sorry."),
            ("fr", "« Nous avons fait attendre des centaines de personnes sous la pluie. C'est notre faute, pas "
                   "celle des agents de la gare. Je vous présente mes excuses. Nous avons suspendu la mise à jour en "
                   "cause. »",
             "C'est notre faute, pas celle des agents de la gare. Je vous présente mes excuses.")):
        brief = _brief(project, settings, lang, {
            "Summary" if lang == "en" else "Résumé": "Our ticket machines were down this morning."
            if lang == "en" else "Nos distributeurs de billets étaient en panne ce matin.",
            "Quote" if lang == "en" else "Citation": quote})
        assert brief.quoted_apology is not None and owned in brief.quoted_apology, brief.quoted_apology


def test_french_copies_never_speak_of_this_page(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « Toutes les heures de cette page… » in a post or an e-mail: there is no page there.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang="fr", started="2026-12-04 10:00", sections={
        "Résumé": "Nos distributeurs de billets étaient en panne ce matin de 6 h à 9 h. Toutes les heures de cette "
                  "page sont en heure de Paris. Nous en sommes désolés."},
        updates=(("2026-12-04 10:00", "identifié", "Les distributeurs fonctionnent de nouveau."),))
    statement = write_statement(project, settings, text, "2026-12-04-billets.fr.md")
    copies = render_copies(statement, settings, ["facebook", "linkedin", "email"], datetime.fromisoformat(NOW))
    said = [part for copy in copies for part in copy.parts]
    assert any("notre page d'information" in part for part in said), said
    assert not any("cette page" in part for part in said), said


def test_a_pronoun_outcome_comes_with_the_sentence_it_speaks_of(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "It was lifted for Vuillerens…" alone in a text: "it" is the infection, or nothing.
    brief = _brief(project, settings, "en", {
        "Summary": "Tap water in Lormes and Sarnes must still be boiled before drinking. The notice covers about 3,100 "
                   "people. It was lifted for Brévans this morning at 9:00."})
    assert brief.outcome == ["The notice covers about 3,100 people. It was lifted for Brévans this morning at 9:00."], \
        brief.outcome


# A recall whose `began` is its lots' first day of sale, months before anyone knew.
_KOALA_SOLD_SINCE_MAY = statement_file(
    severity="major", started="2026-12-04 10:00", title="Recall of Koala baby cups",
    front="kind: recall\nbegan: 2026-05-12 09:00\n",
    sections={"Summary": "We are recalling Koala baby cups, lots K12 and K13: the lid can break and a child could "
                         "choke on a piece. Stop using them. We are sorry."},
    updates=(("2026-12-04 10:00", "identified", "We are recalling Koala baby cups."),))


def test_a_recall_whose_lots_were_sold_months_ago_is_not_told_late(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # `began` is the first day of sale: nobody knew then, and "208 days late" reads as a cover-up.
    from generator.rendering.documents.checklist import render_checklist
    from tests.test_documents_fresh import _item

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = _KOALA_SOLD_SINCE_MAY
    checklist = render_checklist(write_statement(project, settings, text, "2026-12-04-koala.md"), settings,
                                 datetime.fromisoformat(NOW))
    first = _item(checklist, "First public word")
    assert "late" not in first and "after the problem began" not in checklist, first
    assert "12 May" not in checklist, checklist


def test_the_qa_finds_health_authorities_ownership_and_counts_of_different_things(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.qa_brief import render_qa_brief
    from tests.test_documents_fresh import _answers, _unanswered

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-03 17:00", title="Boil-water notice in Lormes",
        front="kind: safety\nnext_update: 2026-12-06 12:00\n", sections={
            "Summary": "Tap water in Lormes must be boiled before drinking. We are sorry.",
            "What happened": "Our pump failed and our checks did not catch it. Both failures are ours to fix."},
        updates=(("2026-12-05 09:00", "identified", "The cantonal doctor now counts 19 people who fell ill."),
                 ("2026-12-04 09:00", "identified", "The notice now also covers Sarnes. That makes about 4,100 "
                                                    "people."),
                 ("2026-12-03 17:00", "investigating", "Boil tap water in Lormes.")))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-12-03-lormes.md"), settings,
                                       datetime.fromisoformat(NOW)))
    health = answers["Are the health authorities involved?"]
    assert not _unanswered(health) and "cantonal doctor" in health, health
    responsible = answers["Who is responsible?"]
    assert not _unanswered(responsible) and "ours to fix" in responsible, responsible
    # (19 people who fell ill is no new count of the 4,100 people under the notice.)
    assert "Why has the number changed?" not in answers, list(answers)


def test_an_instruction_after_a_place_freed_stays_with_it(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Run your cold taps…" after "The notice is lifted for Brévans" is for Brévans: moved after
    # another sentence, or first in a post, it tells every town under the notice to drink.
    from generator.rendering.brief import Brief
    from generator.rendering.channels.voices import update_blocks

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, update, lifted, instruction in (
            ("en", "The notice is lifted for Brévans since 08:00: its samples are clean. Run your cold taps for two "
                   "minutes before drinking. The doctors now count 19 people who fell ill. Keep boiling your water "
                   "in Lormes.", "The notice is lifted for Brévans", "Run your cold taps"),
            ("fr", "La consigne est levée pour Brévans depuis 8 h : ses prélèvements sont conformes. Faites couler "
                   "l'eau froide deux minutes avant de la boire. Les médecins recensent désormais 19 personnes "
                   "tombées malades. Continuez de faire bouillir l'eau à Lormes.",
             "La consigne est levée pour Brévans", "Faites couler l'eau froide")):
        text = statement_file(lang=lang, severity="critical", started="2026-12-03 17:00", front="kind: safety\n",
                              title="Boil-water notice in Lormes" if lang == "en" else "Eau à faire bouillir à Lormes",
                              sections={"Summary" if lang == "en" else "Résumé":
                                        "Tap water in Lormes must be boiled before drinking." if lang == "en" else
                                        "À Lormes, l'eau du robinet doit être bouillie avant d'être bue."},
                              updates=(("2026-12-05 09:00", "monitoring" if lang == "en" else "surveillance", update),
                                       ("2026-12-03 17:00", "identified" if lang == "en" else "identifié",
                                        "Boil tap water in Lormes." if lang == "en" else
                                        "Faites bouillir l'eau du robinet à Lormes.")))
        statement = write_statement(project, settings, text, "2026-12-03-lormes.md" if lang == "en" else
                                    "2026-12-03-lormes.fr.md")
        blocks = update_blocks(Brief(statement, settings, datetime.fromisoformat(NOW)), statement.updates[0])[0]
        at = next(i for i, block in enumerate(blocks) if instruction in block.replace("’", "'"))
        assert lifted in blocks[at].replace("’", "'"), blocks


def test_a_french_release_turns_an_order_into_what_the_company_asks(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « Rivelune indique que n'utilisez plus… » holds no grammar: « … demande de ne plus utiliser… ».
    from generator.rendering.press import render_press_release
    from tests.press_support import plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang="fr", severity="major", started="2026-12-04 10:00", front="kind: recall\n",
                          title="Rappel des tasses Koala",
                          sections={"Résumé": "N'utilisez plus les tasses Koala des lots de notre liste : le "
                                              "couvercle peut casser et un enfant risquerait de s'étouffer. Nous en "
                                              "sommes désolés."},
                          updates=(("2026-12-04 10:00", "identifié", "Nous rappelons les tasses Koala."),))
    statement = write_statement(project, settings, text, "2026-12-04-koala.fr.md")
    release = plain(render_press_release(statement, settings).markdown).replace("’", "'")
    assert "demande de ne plus utiliser les tasses Koala" in release, release
    assert "indique que n'utilisez" not in release, release


def test_a_notice_in_force_leads_its_first_post_with_what_protects_people(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (Kit 37: "Boil-water notice in …" then "The cantonal doctor counts 27 people who fell ill":
    # the boiling itself in post 3.)
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-03 17:00", front="kind: safety\nnext_update: 2026-12-06 12:00\n",
        title="Boil-water notice in Lormes and Sarnes",
        sections={"Summary": "Tap water in Lormes and Sarnes must still be boiled before drinking: bacteria were found "
                             "on 3 December in the water from our Combe reservoir. The notice covers about 4,100 "
                             "people. It was lifted for Brévans this morning at 9:00. The doctors count 19 people who "
                             "fell ill, 2 of them in hospital. We are sorry.",
                  "What you should do": "- Until we say otherwise, in Lormes and Sarnes: bring tap water to a rolling "
                                        "boil for at least one minute before drinking it, making ice, brushing teeth "
                                        "or washing salad.\n- Showers and laundry are fine."},
        updates=(("2026-12-04 09:00", "identified", "The doctors now count 19 people who fell ill."),
                 ("2026-12-03 17:00", "investigating", "Boil tap water in Lormes and Sarnes.")))
    statement = write_statement(project, settings, text, "2026-12-03-lormes.md")
    for copy in render_copies(statement, settings, ["x", "bluesky"], datetime.fromisoformat(NOW)):
        if copy.kind == "announcement":
            # (the news that says to boil, or the instruction: never the title's name of the notice alone)
            assert "must still be boiled" in copy.parts[0] or "rolling boil" in copy.parts[0], (copy.channel, copy.parts)


def test_a_plural_french_name_takes_des_in_the_memo(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « réservé au personnel du Services industriels de … » (kit 37): a plural name is « des … ».
    import dataclasses

    from generator.rendering.documents.memo import render_memo

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    transports = dataclasses.replace(settings, organisation="Transports de la Vallée Verte", short_name="",
                                     organisation_names={})
    text = statement_file(lang="fr", severity="major", started="2026-12-04 10:00", title="Panne de la billetterie",
                          sections={"Résumé": "Notre billetterie en ligne est en panne depuis 8 h. Nous en sommes "
                                              "désolés."},
                          updates=(("2026-12-04 10:00", "identifié", "La billetterie est en panne."),))
    memo = render_memo(write_statement(project, transports, text, "2026-12-04-billets.fr.md"), transports,
                       datetime.fromisoformat(NOW))
    assert "personnel des Transports de la Vallée Verte" in memo, memo
    assert "du Transports" not in memo and "du groupe Transports" not in memo, memo


def test_an_sms_never_raises_a_worry_without_what_ends_it(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "…your card may show a pending amount." cut before "; it drops off by itself, you have not
    # been charged" sends the worry alone.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, update, worry, end in (
            ("en", "The booking system is back since 10:20 and the website and app work again. If you tried to pay "
                   "between 06:20 and 10:20 and got an error, your card may show a pending amount; it drops off by "
                   "itself, you have not been charged. We're watching the system closely.",
             "pending amount", "not been charged"),
            ("fr", "Le système de réservation fonctionne de nouveau depuis 10 h 20, comme le site et l'application. Si "
                   "vous avez tenté de payer entre 6 h 20 et 10 h 20, un montant en attente peut apparaître sur votre "
                   "compte ; il disparaît tout seul, vous n'avez pas été débité. Nous surveillons le système.",
             "montant en attente", "pas ete debite")):
        text = statement_file(lang=lang, started="2026-12-04 06:20", title="Booking system down" if lang == "en"
                              else "Panne du système de réservation",
                              sections={"Summary" if lang == "en" else "Résumé":
                                        "Our booking system was down this morning. We are sorry." if lang == "en" else
                                        "Notre système de réservation était en panne ce matin. Nous en sommes désolés."},
                              updates=(("2026-12-04 10:35", "monitoring" if lang == "en" else "surveillance", update),
                                       ("2026-12-04 06:50", "investigating" if lang == "en" else "analyse",
                                        "Our booking system is down." if lang == "en" else
                                        "Notre système de réservation est en panne.")))
        statement = write_statement(project, settings, text, "2026-12-04-booking.md" if lang == "en" else
                                    "2026-12-04-booking.fr.md")
        sms = next(copy.parts[0] for copy in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW))
                   if copy.update_at is not None and copy.update_at.hour == 10)
        plain = sms.replace("é", "e").replace("î", "i")
        assert worry.replace("î", "i") not in plain or end in plain, sms


def test_the_qa_of_a_fire_answers_its_cause_and_never_calls_breakfast_the_environment(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.qa_brief import render_qa_brief
    from tests.test_documents_fresh import _answers, _unanswered

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-04 03:05", title="Fire on board the Morgat",
        front="kind: safety\nnext_update: 2026-12-06 12:00\n", sections={
            "Summary": "A fire broke out in the engine room of our ferry Morgat at 02:40. It was put out at 04:15 and "
                       "nobody was hurt. We are sorry for the night our passengers went through.",
            "What happened": "It started next to the fuel pump of the main engine; what caused it is for the "
                             "investigators to establish.",
            "What we are doing": "- Staff will meet passengers at the terminal with water and breakfast."},
        updates=(("2026-12-04 03:05", "investigating", "A fire broke out in the engine room of the Morgat."),))
    answers = _answers(render_qa_brief(write_statement(project, settings, text, "2026-12-04-morgat.md"), settings,
                                       datetime.fromisoformat(NOW)))
    cause = answers["What caused it?"]
    assert "started next to the fuel pump" in cause, cause
    environment = answers.get("Is there an environmental impact?", "")
    assert "breakfast" not in environment, environment
    assert not environment or _unanswered(environment), environment


def test_a_two_post_thread_never_ends_on_its_promise_alone() -> None:
    # (Kit 37: a second toot holding only "Next update by 18:00.")
    from generator.rendering.channels.threads import split_thread

    lines = ("The first samples are clean in Brévans and in Sarnes.", "Keep boiling your water.",
             "The doctors now count 23 people who fell ill.",
             "In Lormes, one sample of eight still had bacteria; we are flushing that branch again.",
             "Next update by 18:00.")
    body = "\n".join(lines)
    parts = split_thread("Update, 11:30:", body, "https://example.org/s/1/", lambda text: len(text) <= 260)
    assert len(parts) == 2, parts
    last = parts[-1].rsplit("\n", 1)[0]  # without its counter
    assert last.strip() != "Next update by 18:00." and "Next update by 18:00." in last, parts
    assert all(len(part) <= 260 for part in parts), parts


def test_a_recall_release_never_says_the_incident_began_on_the_first_day_of_sale(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.press import render_press_release
    from tests.press_support import plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = _KOALA_SOLD_SINCE_MAY
    release = plain(render_press_release(write_statement(project, settings, text, "2026-12-04-koala.md"),
                                         settings).markdown)
    assert "began" not in release and "May 12" not in release, release


def test_sailings_cancelled_and_an_e_mail_promised_are_no_marketing_paused(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.checklist import render_checklist
    from tests.test_documents_fresh import _item

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-04 03:05", title="Fire on board the Morgat",
        front="kind: safety\nnext_update: 2026-12-06 12:00\n", sections={
            "Summary": "A fire broke out in the engine room of our ferry Morgat at 02:40. Nobody was hurt. We are "
                       "sorry for the night our passengers went through.",
            "What we are doing": "- Tonight's sailings are cancelled; if you are booked on them, we are moving you "
                                 "to the Lanvaux and will e-mail you by 16:00."},
        updates=(("2026-12-04 03:05", "investigating", "A fire broke out in the engine room of the Morgat."),))
    checklist = render_checklist(write_statement(project, settings, text, "2026-12-04-morgat.md"), settings,
                                 datetime.fromisoformat(NOW))
    pause = _item(checklist, "Pause scheduled posts")
    assert pause.startswith("- [ ]") and "cancelled" not in pause, pause


def test_a_refund_without_return_is_never_introduced_as_how_to_return_it(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Here is how to return it:" above "no need to send the bottle back" contradicts itself.
    from generator.rendering.documents.replies import reply_templates

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, advice, wrong, right in (
            ("en", "- Ask for your full refund at koala.example/refund: no need to send the cup back.",
             "how to return it", "how to get your refund"),
            ("fr", "- Demandez votre remboursement intégral sur koala.example/remboursement : inutile de nous renvoyer "
                   "la tasse.", "comment le rapporter", "comment obtenir votre remboursement")):
        text = statement_file(lang=lang, severity="major", started="2026-12-04 10:00", front="kind: recall\n",
                              title="Recall of Koala baby cups" if lang == "en" else "Rappel des tasses Koala",
                              sections={"Summary" if lang == "en" else "Résumé":
                                        "We are recalling Koala baby cups, lots K12 and K13: the lid can break. We "
                                        "are sorry." if lang == "en" else "Nous rappelons les tasses Koala des lots "
                                        "K12 et K13 : le couvercle peut casser. Nous en sommes désolés.",
                                        "What you should do" if lang == "en" else "Ce que vous devez faire": advice},
                              updates=(("2026-12-04 10:00", "identified" if lang == "en" else "identifié",
                                        "We are recalling Koala baby cups." if lang == "en" else
                                        "Nous rappelons les tasses Koala."),))
        statement = write_statement(project, settings, text, "2026-12-04-koala.md" if lang == "en" else
                                    "2026-12-04-koala.fr.md")
        reply = reply_templates(statement, settings, datetime.fromisoformat(NOW))["return"].text.replace("’", "'")
        assert wrong not in reply and right in reply, reply


def test_a_subject_cut_short_never_cuts_a_name_in_half(project, settings) -> None:  # type: ignore[no-untyped-def]
    # « …couvercles de rechange Petit… » of « Petit Mousse » (kit 37).
    from generator.rendering.channels.voices import _short_title

    title = "Rappel des gourdes enfant et couvercles de rechange Petit Mousse (risque d'étouffement)"
    brief = _brief(project, settings, "fr", {"Résumé": "Nous rappelons nos gourdes. Nous en sommes désolés."},
                   title=title)
    room = len("Rappel des gourdes enfant et couvercles de rechange Petit") + 2
    short = _short_title(brief, room)
    assert len(short) <= room and not short.rstrip("…").endswith("Petit"), short


def test_a_quote_signed_by_its_authors_keeps_its_full_stop(project, settings) -> None:  # type: ignore[no-untyped-def]
    # "…what the investigators find”" on LinkedIn: the signature took the full stop with it.
    from generator.rendering.press import quote_words

    brief = _brief(project, settings, "en", {
        "Summary": "A fire broke out on our ferry. We are sorry.",
        "Quote": "\"Our crew did what they train for. We will publish what the investigators find.\" — Capt. Claire "
                 "Martin, Chief Executive Officer"})
    assert quote_words(brief.statement).endswith("what the investigators find."), quote_words(brief.statement)


def test_a_parent_whose_child_choked_on_a_cup_is_not_told_sorry_you_are_unwell(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.replies import reply_templates

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(severity="major", started="2026-12-04 10:00", front="kind: recall\n",
                          title="Recall of Koala drinking cups",
                          sections={"Summary": "We are recalling Koala drinking cups, lots K12 and K13: the spout can "
                                               "tear and a young child could choke on a piece. We are sorry.",
                                    "What you should do": "- If your child has swallowed a piece and coughs or "
                                                          "struggles to breathe, call 112 straight away."},
                          updates=(("2026-12-04 10:00", "identified", "We are recalling Koala drinking cups."),))
    statement = write_statement(project, settings, text, "2026-12-04-koala.md")
    reply = reply_templates(statement, settings, datetime.fromisoformat(NOW))["unwell"].text
    assert "that you are unwell" not in reply and "what this has put you through" in reply, reply


def test_a_widened_notice_keeps_its_instruction_without_the_old_towns_and_leads_with_its_news(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (Kit 37: "The notice now also covers Vuillerens" went out with no instruction at all, or
    # after the title naming only the first two villages.)
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-03 17:00", front="kind: safety\nnext_update: 2026-12-06 12:00\n",
        title="Boil-water notice in Lormes and Sarnes",
        sections={"Summary": "Tap water in Lormes and Sarnes must be boiled before drinking. We are sorry."},
        updates=(("2026-12-05 09:00", "identified",
                  "The notice now also covers Brévans: part of its network is fed at night from the same reservoir. "
                  "That makes about 5,000 people. Our technicians found the reservoir's vent cover broken; rainwater "
                  "from the storm of Sunday night could have got in there. We are flushing and chlorinating the "
                  "pipes tonight, so the water may smell of chlorine: that is expected and safe."),
                 ("2026-12-03 17:00", "investigating",
                  "Do not drink tap water in Lormes and Sarnes without boiling it first.")))
    statement = write_statement(project, settings, text, "2026-12-03-lormes.md")
    copies = [c for c in render_copies(statement, settings, ["sms", "x"], datetime.fromisoformat(NOW))
              if c.update_at is not None and c.update_at.day == 5]
    sms = next(c.parts[0] for c in copies if c.channel == "sms")
    assert "Do not drink tap water without boiling it first" in sms, sms
    first = next(c.parts[0] for c in copies if c.channel == "x")
    assert "now also covers Brévans" in first and "Boil-water notice in Lormes" not in first, first
