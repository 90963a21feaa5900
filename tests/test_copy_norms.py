"""Channel norms found by a blind review, on statements written for these tests: the advice the
summary already gives is not posted twice, a bank's or an offensive post's Facebook copy keeps
people's questions out of the public comments, and a French update post names a zone other
than Paris."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _copies(project, settings, text, channels, name="2026-09-03-test.md"):
    statement = write_statement(project, settings, text, name)
    return {(c.channel, c.kind): c for c in render_copies(statement, settings, channels, NOW)}


def test_the_advice_the_summary_gives_is_not_posted_again(project, settings):
    text = statement_file(front="", title="Ticket gates refuse phone passes", sections={
        "Summary": "Since 07:40 the ticket gates of line B refuse passes on a phone. If the gate refuses your pass, "
                   "use the staffed gate: you will not be charged and nobody will fine you until the end of service "
                   "tonight. We are sorry.",
        "What you should do": "- If the gate refuses your phone pass, go through the staffed gate without a ticket: no "
                              "fines will be issued until the end of service tonight.\n- Keep your phone charged."})
    for channel in ("threads", "mastodon", "x"):
        posts = "\n".join(_copies(project, settings, text, [channel])[(channel, "announcement")].parts)
        assert posts.count("until the end of service tonight") == 1, posts


def test_a_banks_facebook_post_keeps_questions_out_of_the_comments(project, settings):
    bank = dataclasses.replace(settings, organisation="Corbière Bank", short_name="Corbière")
    text = statement_file(front="", title="Euro transfers delayed", sections={
        "Summary": "Euro transfers sent since 09:00 have not left. Do not send them again. We are sorry."})
    post = "\n".join(_copies(project, bank, text, ["facebook"])[("facebook", "announcement")].parts)
    assert "Ask them in the comments" not in post and "Please do not post personal details in the comments." in post


def test_money_taken_by_mistake_keeps_questions_out_of_the_comments(project, settings):
    # A broadband firm is no bank, but people charged twice would post their bank statements.
    text = statement_file(front="", title="December Direct Debit taken twice", sections={
        "Summary": "On Monday we took December's Direct Debit twice from 18,200 customers. We are sorry."})
    post = "\n".join(_copies(project, settings, text, ["facebook"])[("facebook", "announcement")].parts)
    assert "Ask them in the comments" not in post, post


def test_an_offensive_posts_facebook_copy_keeps_questions_out_of_the_comments(project, settings):
    text = statement_file(front="", title="Our advert mocking wheelchair users", sections={
        "Summary": "Our winter advert mocked people who use wheelchairs. It was wrong and hurtful, we removed it and "
                   "we are sorry."})
    post = "\n".join(_copies(project, settings, text, ["facebook"])[("facebook", "announcement")].parts)
    assert "Ask them in the comments" not in post, post


def test_a_french_update_post_names_a_zone_other_than_paris(project, settings):
    jersey = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Jersey"))
    text = statement_file(lang="fr", front="", title="Virements retardés", sections={"Résumé": "Des virements sont "
                          "retardés. Nous vous prions de nous excuser."},
                          updates=(("2026-09-03 10:15", "identifié", "Les virements partent de nouveau."),))
    post = _copies(project, jersey, text, ["x"], "2026-09-03-test.fr.md")[("x", "update")].parts[0]
    assert "10 h 15 (heure de Jersey)" in post.replace("\u00a0", " "), post


def test_an_email_subject_too_long_drops_where_it_happened_rather_than_trail_off(project, settings):
    text = statement_file(front="", title="Personal and account details of 3,412 customers accessed in our mortgage "
                                          "document system", sections={"Summary": "Criminals copied the details of "
                                                                                  "3,412 customers. We are sorry."})
    mail = _copies(project, settings, text, ["email"])[("email", "announcement")]
    assert mail.subject == "Personal and account details of 3,412 customers accessed", mail.subject


def test_an_email_signed_by_the_chief_executive_says_write_to_me(project, settings):
    text = statement_file(front="spokesperson: {name: Harriet Okafor, role: Chief Executive}\n",
                          title="Our advert mocking wheelchair users", sections={
                              "Summary": "Our winter advert mocked people who use wheelchairs. It was wrong, we removed "
                                         "it and we are sorry. To tell us what you think, write to our chief executive "
                                         "at ceo@calypso-pay.example."})
    mail = _copies(project, settings, text, ["email"])[("email", "announcement")]
    body = "\n".join(mail.parts)
    assert "write to me at ceo@calypso-pay.example" in body and "Harriet Okafor" in body, body


def test_a_line_for_our_own_staff_stays_out_of_public_copies_and_goes_to_the_memo(project, settings):
    # "Calypso Pay colleagues can also call our employee assistance line" posted to the public, or
    # e-mailed to customers, is a leak of an internal line; the memo gives it to staff.
    from generator.rendering.documents.memo import render_memo
    from generator.rendering.press import render_press_release

    for lang, staff in (("en", "Calypso Pay colleagues can also call our employee assistance line on 0800 111 222."),
                        ("fr", "Les salariés de Calypso Pay peuvent aussi appeler notre ligne d'écoute au 0800 111 222.")):
        text = statement_file(lang=lang, severity="major", front="", title="Our advert" if lang == "en" else "Notre publicité",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "We posted an advert that mocked people who sleep rough. It was cruel, and we are sorry."
                                  if lang == "en" else "Nous avons publié une publicité qui se moquait des personnes "
                                                       "sans abri. Elle était cruelle, et nous en sommes désolés."),
                                  ("What you should do" if lang == "en" else "Ce que vous devez faire"): (
                                  "- If the advert hurt you, you can call our customer line on 0800 333 444.\n- " + staff
                                  if lang == "en" else "- Si cette publicité vous a blessé, appelez notre service client "
                                                       "au 0800 333 444.\n- " + staff)},
                              updates=(("2026-09-03 10:05", "resolved" if lang == "en" else "résolu",
                                        "The advert is down." if lang == "en" else "La publicité est retirée."),))
        statement = write_statement(project, settings, text, "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md")
        for copy in render_copies(statement, settings, ["x", "facebook", "instagram", "linkedin", "email", "sms"], NOW):
            assert "0800 111 222" not in " ".join(copy.parts), (copy.channel, copy.parts)
            if copy.kind == "announcement" and copy.channel not in ("x", "sms"):
                assert "0800 333 444" in " ".join(copy.parts), (copy.channel, copy.parts)
        assert "0800 111 222" not in render_press_release(statement, settings).text
        assert "0800 111 222" in render_memo(statement, settings)


def test_the_first_message_of_a_crisis_is_not_called_an_update(project, settings):
    # Nothing came before it: "Update, 10:00" on the first post reads as if readers had missed one.
    for lang, first, later in (("en", "First statement, ", "Update, "), ("fr", "Premier point, ", "Point de ")):
        text = statement_file(lang=lang, front="", updates=(
            ("2026-09-03 11:00", "identified" if lang == "en" else "identifié",
             "A fix is being deployed." if lang == "en" else "Un correctif est en cours de déploiement."),
            ("2026-09-03 10:05", "investigating" if lang == "en" else "analyse",
             "We are looking into it." if lang == "en" else "Nous analysons la situation.")))
        statement = write_statement(project, settings, text, "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md")
        heads = {c.update_at.hour: c.parts[0].split("\n")[0] for c in render_copies(statement, settings, ["x"], NOW)
                 if c.kind == "update"}
        assert heads[10].startswith(first), heads
        assert heads[11].startswith(later), heads
        # The text message too: "Calypso Pay, 10:05 CEST:", never "update 10:05" for the first one.
        texts = {c.update_at.hour: c.parts[0] for c in render_copies(statement, settings, ["sms"], NOW)
                 if c.kind == "update"}
        update_word = "update" if lang == "en" else "point de"
        assert update_word not in texts[10].split(":")[0].split("\u00a0")[0], texts
        assert update_word in texts[11], texts


def test_an_email_about_what_our_chief_executive_did_is_not_signed_by_them(project, settings):
    # « notre PDG a répondu… par une phrase méprisante », signed by that PDG, reads as someone
    # writing in their name: the head of communications signs.
    import dataclasses

    from generator.core.model import TeamMember

    team = dataclasses.replace(settings, crisis_team=(
        TeamMember(name="Bastien Lemaire", role="Président-directeur général"),
        TeamMember(name="Inès Kaddour", role="Directrice de la communication")))
    text = statement_file(lang="fr", front="spokesperson: {name: Bastien Lemaire, role: Président-directeur général}\n",
                          title="Notre promotion pendant la tempête", sections={
                              "Résumé": "Notre promotion incitait à commander pendant la tempête. Le lendemain, notre "
                                        "PDG a répondu aux livreurs par une phrase méprisante. Nous présentons nos "
                                        "excuses aux livreurs."})
    mail = _copies(project, team, text, ["email"], name="2026-09-03-test.fr.md")[("email", "announcement")]
    body = "\n".join(mail.parts)
    assert body.rstrip().endswith("Inès Kaddour\nDirectrice de la communication\nCalypso Pay"), body


def test_a_memo_about_what_our_chief_executive_did_is_not_signed_by_them(project, settings):
    import dataclasses

    from generator.core.model import TeamMember
    from generator.rendering.documents.memo import render_memo

    team = dataclasses.replace(settings, crisis_team=(
        TeamMember(name="Bastien Lemaire", role="Président-directeur général"),
        TeamMember(name="Inès Kaddour", role="Directrice de la communication")))
    text = statement_file(lang="fr", severity="major",
                          front="spokesperson: {name: Bastien Lemaire, role: Président-directeur général}\n",
                          title="Notre promotion pendant la tempête", sections={
                              "Résumé": "Le lendemain, notre PDG a répondu aux livreurs par une phrase méprisante. Nous "
                                        "présentons nos excuses aux livreurs."})
    memo = render_memo(write_statement(project, team, text, "2026-09-03-test.fr.md"), team, NOW)
    assert memo.rstrip().endswith("— Inès Kaddour, Directrice de la communication"), memo[-200:]


def test_a_memo_never_gives_staff_the_words_we_are_sorry_for_as_a_script(project, settings):
    # The promotion's « …pour vous » is what we apologise for: told to staff as a fact, never
    # as « Aux clients, nous disons : « … » ».
    from generator.rendering.documents.memo import render_memo

    text = statement_file(lang="fr", severity="major", title="Notre promotion pendant la tempête", sections={
        "Résumé": "Nous présentons nos excuses aux livreurs.",
        "Ce qui s'est passé": "À 18 h 32, notre équipe marketing a envoyé une notification : « Restez au chaud, nos "
                              "livreurs bravent la tempête pour vous. »"})
    memo = render_memo(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings, NOW)
    assert "nous disons : « À 18 h 32" not in memo.replace("\u202f", " ").replace("\u00a0", " "), memo
    assert "notre équipe marketing a envoyé une notification" in memo, memo


def test_an_update_email_subject_keeps_the_title_whole_rather_than_its_time_zone(project, settings):
    # « Les fiches de paie de 38 412 travailleurs… : point de 16 h (heure belge) » cuts the news;
    # the time without its zone (the message gives it), who did it left out, or the title's first
    # clause before a semicolon, never an ellipsis.
    brussels = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Brussels"))
    fr = statement_file(lang="fr", front="", title="Les fiches de paie de 38 412 travailleurs téléchargées par un "
                        "intrus", sections={"Résumé": "Un intrus a téléchargé des fiches de paie. Nous sommes désolés."},
                        updates=(("2026-09-04 16:00", "identifié", "Nous avons écrit à 24 900 personnes."),
                                 ("2026-09-03 10:00", "analyse", "Nous avons coupé l'accès.")))
    en = statement_file(front="", started="2026-09-03 08:45",
                        title="Payroll platform unavailable on 3 September; some salaries paid a day late",
                        sections={"Summary": "Our payroll platform was down. We are sorry."},
                        updates=(("2026-09-04 11:30", "identified", "The cause is a storage failure."),
                                 ("2026-09-03 08:45", "investigating", "Our platform is down.")))
    said = {}
    for lang, text, name in (("fr", fr, "2026-09-03-paie.fr.md"), ("en", en, "2026-09-03-paie.md")):
        statement = write_statement(project, brussels, text, name)
        subjects = [(c.subject or "").replace("\u00a0", " ").replace("\u202f", " ")
                    for c in render_copies(statement, brussels, ["email"], NOW) if c.kind == "update"]
        assert subjects and not any("…" in s for s in subjects), subjects
        said[lang] = subjects
    assert "Les fiches de paie de 38 412 travailleurs téléchargées : point de 16 h" in said["fr"], said["fr"]
    assert any(s.startswith("Payroll platform unavailable on 3 September:") for s in said["en"]), said["en"]
