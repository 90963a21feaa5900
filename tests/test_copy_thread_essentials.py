"""What a short-post thread keeps in both languages, checked on statements written for these
tests: the line people can call, when to see a doctor, the apology beside the news even when it
goes on to the consumer line, and a recall's lots said once. A French sentence runs longer than
its English twin: the thread may not lose in French what it keeps in English."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-10-06T12:00:00+02:00")

RECALL = {
    "en": {
        "title": "Recall of sliced tomme, 3 lots: Listeria", "summary": (
            "Maison Arvière is recalling three lots of sliced tomme in 250 g packs (T4410, T4411, T4412), sold since "
            "20 September in France and Switzerland, because they may contain Listeria monocytogenes. Do not eat "
            "this cheese: take it back to the shop where you bought it for a refund, or throw it away. To date, no "
            "case of listeriosis linked to these products has been reported to us. We apologise to our customers; "
            "our consumer line answers every day on +33 4 79 00 12 34."),
        "advice": (
            "- If your pack is from a recalled lot, do not eat it. Take it back to the shop for a refund, even "
            "without a receipt.\n"
            "- If the pack was opened, clean the fridge shelf it stood on with hot soapy water.\n"
            "- Anyone who has eaten this cheese and develops a fever, alone or with a headache and aching muscles, "
            "should see their doctor and say they ate it.\n"
            "- Listeriosis can be serious, and its symptoms may take up to eight weeks to appear.")},
    "fr": {
        "title": "Rappel de tomme tranchée, 3 lots : Listeria", "summary": (
            "La Maison Arvière rappelle trois lots de tomme tranchée en barquette de 250 g (T4410, T4411, T4412), "
            "vendus depuis le 20 septembre en France et en Suisse, car ils peuvent contenir la bactérie Listeria "
            "monocytogenes. Ne consommez pas ces barquettes : rapportez-les au magasin où vous les avez achetées "
            "pour être remboursé, ou jetez-les. À ce jour, aucun cas de listériose lié à ces produits ne nous a été "
            "signalé. Nous présentons nos excuses à nos clients ; notre service consommateurs répond tous les jours "
            "au 04 79 00 12 34."),
        "advice": (
            "- Si votre barquette fait partie des lots rappelés, ne la consommez pas. Rapportez-la au magasin : vous "
            "serez remboursé, même sans ticket de caisse.\n"
            "- Si la barquette a été ouverte, lavez à l'eau chaude savonneuse la clayette du réfrigérateur où elle "
            "était posée.\n"
            "- Les personnes qui auraient consommé ce fromage et qui présenteraient de la fièvre, isolée ou "
            "accompagnée de maux de tête et de courbatures, sont invitées à consulter leur médecin traitant en lui "
            "signalant cette consommation.\n"
            "- La listériose peut être une maladie grave, et son délai d'incubation peut aller jusqu'à huit "
            "semaines.")},
}


def _thread(project, settings, lang: str, channel: str) -> list[str]:
    # (A real domain: X counts its link as 23 characters, as it would the company's own.)
    settings = dataclasses.replace(settings, site_url="https://info.arviere.fr/")
    parts = RECALL[lang]
    sections = {("Summary" if lang == "en" else "Résumé"): parts["summary"],
                ("What you should do" if lang == "en" else "Ce que vous devez faire"): parts["advice"]}
    text = statement_file(lang=lang, severity="critical", started="2026-10-05 17:30", front="kind: recall\n",
                          title=parts["title"], sections=sections,
                          updates=(("2026-10-05 17:30", "identified" if lang == "en" else "identifié",
                                    "We are recalling three lots." if lang == "en" else "Nous rappelons trois lots."),))
    statement = write_statement(project, settings, text, "2026-10-05-tomme.md" if lang == "en" else "2026-10-05-tomme.fr.md")
    copy = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "announcement")
    return [part.replace("\u00a0", " ").replace("\u202f", " ") for part in copy.parts]


def test_a_recall_thread_keeps_the_consumer_line_and_the_doctor_in_both_languages(project, settings):
    for channel in ("x", "bluesky", "threads"):
        for lang, phone, doctor in (("en", "+33 4 79 00 12 34", "see their doctor"),
                                    ("fr", "04 79 00 12 34", "consulter leur médecin")):
            thread = "\n".join(_thread(project, settings, lang, channel))
            assert phone in thread, (channel, lang, thread)
            assert doctor in thread, (channel, lang, thread)


def test_an_apology_that_goes_on_to_the_consumer_line_is_in_the_first_post(project, settings):
    # « Nous présentons nos excuses à nos clients ; notre service consommateurs… »: too long whole
    # beside the title and what to do, its own words go there, the line in a later post.
    for lang, sorry in (("en", "We apologise to our customers"), ("fr", "Nous présentons nos excuses à nos clients")):
        for channel in ("x", "bluesky"):
            first = _thread(project, settings, lang, channel)[0]
            assert sorry in first, (channel, lang, first)


def test_a_thread_names_the_lots_once_when_the_news_lists_them_all(project, settings):
    for lang in ("en", "fr"):
        thread = "\n".join(_thread(project, settings, lang, "x"))
        assert thread.count("T4411") == 1, (lang, thread)


def test_a_french_breach_thread_keeps_its_long_helpline(project, settings):
    # The French helpline, with both numbers and the Paris hours, runs twice the English length:
    # it stays in the thread, where "if you are affected…" may give way.
    settings = dataclasses.replace(settings, site_url="https://info.arviere.fr/")
    text = statement_file(lang="fr", severity="critical", started="2026-10-05 10:00", front="kind: breach\n",
                          title="Données de 2 310 clients copiées", sections={
        "Résumé": "Entre le 1er et le 4 octobre, des criminels ont copié, avec les identifiants volés d'un salarié, les "
                  "données personnelles et bancaires de 2 310 clients. Ils n'ont obtenu ni mots de passe, ni codes "
                  "secrets, ni numéros de carte, et aucun argent n'a été prélevé. Nous vous présentons nos excuses : "
                  "protéger ces informations était notre responsabilité, et nous ne l'avons pas assez bien fait.",
        "Ce que vous devez faire": (
            "- Méfiez-vous de tout appel, SMS ou e-mail se présentant comme venant de nous : nous ne vous demanderons "
            "jamais votre mot de passe, votre code secret ou un code à usage unique, ni de déplacer de l'argent.\n"
            "- Si vous êtes concerné, vous avez reçu un courrier ou un e-mail de notre part entre le 5 et le 8 "
            "octobre, avec un code pour activer votre surveillance gratuite.\n"
            "- Si vous n'avez rien reçu et êtes inquiet, appelez-nous.\n"
            "- Vérifiez vos relevés et signalez-nous toute opération que vous ne reconnaissez pas.\n"
            "- Ligne d'assistance : +33 1 84 88 00 00 depuis la France et l'étranger, ou 0800 00 12 12 (gratuit "
            "depuis la France), tous les jours de 8 h à 20 h (heure de Paris), samedi et dimanche compris. "
            "Questions sur vos données : dpo@arviere.fr.")},
        updates=(("2026-10-05 10:00", "identifié", "Nous écrivons à chaque client concerné."),))
    statement = write_statement(project, settings, text, "2026-10-05-donnees.fr.md")
    for channel in ("x", "bluesky"):
        copy = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "announcement")
        thread = "\n".join(copy.parts).replace("\u00a0", " ").replace("\u202f", " ")
        assert "+33 1 84 88 00 00" in thread, (channel, thread)


def test_an_apology_bound_to_a_long_news_sentence_still_opens_the_thread(project, settings):
    # After an offensive advert the apology is the news: "We are sorry." goes beside it on X and
    # Bluesky; the sentence it ended goes on in post 2. Where all of it fits, it stays whole.
    settings = dataclasses.replace(settings, site_url="https://info.arviere.fr/")
    text = statement_file(title="Our Black Friday advert", front="", severity="major", sections={"Summary": (
        "On Friday 2 October, the day our winter campaign opened in every city, we posted an advert on Instagram, "
        "TikTok and X that made fun of people who sleep rough in the street during the cold. It was cruel, above all "
        "to people who have lived without a home, and we are sorry. We removed it at 21:40 the same evening.")},
        updates=(("2026-10-02 22:30", "resolved", "The advert is down everywhere."),))
    statement = write_statement(project, settings, text, "2026-10-02-advert.md")
    copies = {c.channel: c for c in render_copies(statement, settings, ["x", "bluesky", "mastodon"], NOW)
              if c.kind == "announcement"}
    for channel in ("x", "bluesky"):
        first, second = copies[channel].parts[:2]
        assert "We are sorry." in first and "cold." in first, (channel, first)
        assert second.startswith("It was cruel, above all to people who have lived without a home."), (channel, second)
    assert "It was cruel, above all to people who have lived without a home, and we are sorry." in \
        copies["mastodon"].parts[0], copies["mastodon"].parts


def test_a_fire_thread_keeps_the_emergency_number_with_the_doctor(project, settings):
    # "see a doctor. In an emergency, call 112.": the number is never the sentence a thread drops.
    settings = dataclasses.replace(settings, site_url="https://info.arviere.fr/")
    text = statement_file(title="Fire at our trade show: three halls evacuated", severity="major", front="kind: safety\n",
                          started="2026-10-03 14:45", sections={
        "Summary": "On Saturday 3 October at 14:12, a fire on a stand at our trade show in Lyon forced the evacuation of "
                   "three halls and injured seven people, two of whom were taken to hospital; all are now home. Our "
                   "first thoughts are with the people who were hurt, and we apologise to the exhibitors and visitors "
                   "whose show was cut short. Hall 4 exhibitors are being refunded their stand fees, and Saturday "
                   "visitors can ask for a refund of their ticket.",
        "What you should do": "- If you were in hall 3, 4 or 5 and have had a cough, difficulty breathing or headaches "
                              "since Saturday, see a doctor. In an emergency, call 112.\n"
                              "- If you left something in the halls, write to lost@arviere.fr before 11 October.\n"
                              "- Saturday visitors: ask for a refund of your ticket at arviere.fr/refund until 31 October.\n"
                              "- Hall 4 exhibitors: your account manager has written to you; for any question, write to "
                              "exhibitors@arviere.fr.\n"
                              "- If you filmed or photographed the start of the fire, send your images to "
                              "witness@arviere.fr: we will pass them on to the investigators."},
        updates=(("2026-10-03 14:45", "investigating", "A fire broke out on a stand in hall 4."),))
    statement = write_statement(project, settings, text, "2026-10-03-fire.md")
    for channel in ("x", "bluesky"):
        copy = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "announcement")
        thread = "\n".join(copy.parts)
        assert "see a doctor" in thread and "call 112" in thread, (channel, thread)


def test_a_recall_update_under_its_title_says_what_not_to_eat(project, settings):
    # "Recall of sliced tomme: Listeria." then "Do not eat them": them? Under the title the advice
    # is said standalone ("Do not eat this cheese…").
    for lang, dangling, standalone in (("en", "Do not eat them", "Do not eat this cheese"),
                                       ("fr", "Ne les consommez pas", "Ne consommez pas ces barquettes")):
        parts = RECALL[lang]
        long_news = ("We are recalling two lots of smoked sliced tomme, 250 g pack (barcode 3760148200119): lot T4410, "
                     "use by 08/01/2027, and lot T4411, use by 09/01/2027. Do not eat them: take them back to the "
                     "shop for a refund, or throw them away." if lang == "en" else
                     "Nous rappelons deux lots de tomme fumée tranchée, barquette 250 g (code-barres 3760148200119) : "
                     "le lot T4410, DLC 08/01/2027, et le lot T4411, DLC 09/01/2027. Ne les consommez pas : "
                     "rapportez-les en magasin pour être remboursé, ou jetez-les.")
        text = statement_file(lang=lang, severity="critical", started="2026-10-05 17:30", front="kind: recall\n",
                              title=parts["title"], sections={("Summary" if lang == "en" else "Résumé"): parts["summary"]},
                              updates=(("2026-10-05 18:30", "identified" if lang == "en" else "identifié", long_news),
                                       ("2026-10-05 17:30", "identified" if lang == "en" else "identifié",
                                        "We are recalling lots." if lang == "en" else "Nous rappelons des lots.")))
        statement = write_statement(project, dataclasses.replace(settings, site_url="https://info.arviere.fr/"), text,
                                    "2026-10-05-tomme.md" if lang == "en" else "2026-10-05-tomme.fr.md")
        first = next(c for c in render_copies(statement, dataclasses.replace(settings, site_url="https://info.arviere.fr/"),
                                              ["x"], NOW) if c.kind == "update" and c.update_at.hour == 18).parts[0]
        first = first.replace("\u00a0", " ").replace("\u202f", " ")
        lines = [line for line in first.split("\n") if line]
        # Whatever leads the post, no line of it opens on the pronoun: it names the product.
        assert not any(line.startswith(dangling) for line in lines), first
        assert standalone in first or long_news.split(".")[0] in first, first


BREACH_UPDATE = {
    "en": ("On 4 October at 21:10, we found that someone had been downloading patient letters from our booking "
           "system since 29 September. We closed their access at 21:25. So far we have counted 2,310 patients whose "
           "letters were taken, and this number may rise as our checks go on. The letters hold names, addresses, "
           "dates of birth and appointment dates, but no medical results and no bank details. We reported this "
           "today at 08:40 to the data protection authority and to the police. We are sorry, and we will write to "
           "every patient concerned. Be wary of calls, texts or e-mails claiming to be from us: we will never ask "
           "for your password or your bank details. Helpline: 0800 014 2210, every day from 08:00 to 20:00."),
    "fr": ("Le 4 octobre à 21 h 10, nous avons découvert que quelqu'un téléchargeait depuis le 29 septembre des "
           "courriers de patients dans notre système de rendez-vous. Nous avons fermé son accès à 21 h 25. À ce "
           "stade, nous avons compté 2 310 patients dont les courriers ont été pris, et ce nombre peut augmenter à "
           "mesure que nos vérifications avancent. Les courriers contiennent noms, adresses, dates de naissance et "
           "dates de rendez-vous, mais ni résultats médicaux ni coordonnées bancaires. Nous avons signalé la "
           "situation aujourd'hui à 8 h 40 à la CNIL et à la police. Nous vous présentons nos excuses, et nous "
           "écrirons à chaque patient concerné. Méfiez-vous des appels, SMS ou e-mails se présentant comme venant "
           "de nous : nous ne vous demanderons jamais votre mot de passe ni vos coordonnées bancaires. Ligne "
           "d'assistance : 0800 014 2210, tous les jours de 8 h à 20 h."),
}


def test_a_breach_update_thread_warns_against_scams_and_gives_the_helpline_right_after_the_news(project, settings):
    settings = dataclasses.replace(settings, site_url="https://info.arviere.fr/")
    for lang, warning, phone, sorry in (("en", "Be wary of calls", "0800 014 2210", "We are sorry"),
                                        ("fr", "Méfiez-vous des appels", "0800 014 2210", "nos excuses")):
        text = statement_file(lang=lang, severity="critical", started="2026-10-05 10:00", front="kind: breach\n",
                              title="Patient letters copied from our booking system" if lang == "en" else
                              "Courriers de patients copiés dans notre système de rendez-vous",
                              sections={("Summary" if lang == "en" else "Résumé"): (
                                  "Someone copied letters of 2,310 patients from our booking system. We are sorry."
                                  if lang == "en" else "Quelqu'un a copié les courriers de 2 310 patients dans notre "
                                                       "système de rendez-vous. Nous en sommes désolés.")},
                              updates=(("2026-10-05 10:00", "investigating" if lang == "en" else "analyse",
                                        BREACH_UPDATE[lang]),))
        statement = write_statement(project, settings, text, "2026-10-05-letters.md" if lang == "en" else
                                    "2026-10-05-letters.fr.md")
        for channel in ("x", "bluesky"):
            copy = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "update")
            posts = [part.replace("\u00a0", " ").replace("\u202f", " ") for part in copy.parts]
            assert warning in posts[1] and phone in posts[1], (channel, lang, posts)
            assert sorry in "\n".join(posts), (channel, lang, posts)


def _posts(project, settings, channel, *, sections, updates, name="2026-10-05-test.md", front=""):
    text = statement_file(front=front, started="2026-10-05 10:00", sections=sections, updates=updates,
                          title="Our Black Friday advert")
    statement = write_statement(project, settings, text, name)
    return {(c.kind, c.update_at.isoformat() if c.update_at else ""): [p.replace("\u00a0", " ") for p in c.parts]
            for c in render_copies(statement, settings, [channel], NOW)}


def test_a_teaser_never_stands_alone_in_a_first_post(project, settings):
    for channel in ("x", "bluesky"):
        copies = _posts(project, settings, channel, sections={
            "Summary": "Our Black Friday advert imitated domestic-abuse campaigns: we withdrew it and we apologise."},
            updates=(("2026-10-06 09:45", "monitoring",
                      "We now know how the advert was approved. Our in-house social media team made it, and two "
                      "managers approved it on 24 November under a sign-off that checked prices and legal terms, but "
                      "not tone, context or the date it would appear. That process was ours and it failed."),
                     ("2026-10-05 22:30", "identified", "We removed the advert at 22:15.")))
        first = next(posts for (kind, at), posts in copies.items() if kind == "update" and "09:45" in at)[0]
        # ("…approved." alone, with the header and the link, tells the reader nothing.)
        assert not ("We now know how the advert was approved" in first and "managers" not in first), (channel, first)


def test_a_sentence_that_says_their_stays_with_what_it_points_to(project, settings):
    copies = _posts(project, settings, "x", front="kind: breach\n", sections={
        "Summary": "Criminals copied customer documents from our mortgage system. We are sorry."},
        updates=(("2026-10-05 10:00", "investigating",
                  "On 4 October at 16:40, we found that criminals had been copying customer documents from our "
                  "mortgage document system since 30 September. We blocked their access at 16:52. Be wary of calls "
                  "claiming to be from us: we will never ask for your password. Helpline: 0808 157 0192, every day "
                  "from 08:00 to 20:00."),))
    posts = next(posts for (kind, _), posts in copies.items() if kind == "update")
    holding = next(post for post in posts if "blocked their access" in post)
    assert "criminals" in holding, posts  # never "We blocked their access" opening a post of its own


def test_an_announcement_never_says_the_same_lead_in_twice(project, settings):
    copies = _posts(project, settings, "x", sections={
        "Summary": "On Monday 5 October, 612 euro transfers from our customers were held for six hours. You have "
                   "nothing to do and no fee will be charged. We are sorry for the delay.",
        "What you should do": "- You have nothing to do: your transfers of 5 October have all gone. Do not make them "
                              "again, or you would pay twice."},
        updates=(("2026-10-05 17:30", "resolved", "All 612 transfers have been sent."),))
    thread = "\n".join(next(posts for (kind, _), posts in copies.items() if kind == "announcement"))
    assert thread.count("You have nothing to do") == 1, thread
    assert "Your transfers of 5 October have all gone." in thread, thread


def test_a_teaser_joined_to_what_it_announces_takes_no_capital_after_its_colon(project, settings):
    copies = _posts(project, settings, "x", sections={
        "Summary": "Our Black Friday advert imitated domestic-abuse campaigns: we withdrew it and we apologise."},
        updates=(("2026-10-06 16:00", "resolved",
                  "We have made the changes we committed to on 26 November. Since today, every advert and social "
                  "media post is reviewed before it goes out by a panel of three people, one of them from outside "
                  "our marketing team, who can stop it. We are sorry again to everyone this advert hurt."),
                 ("2026-10-05 22:30", "identified", "We removed the advert at 22:15.")))
    thread = "\n".join(next(posts for (kind, at), posts in copies.items() if kind == "update" and "16:00" in at))
    assert ": Since today" not in thread, thread



def test_a_thread_that_said_do_not_eat_it_first_gives_the_rest_of_that_advice_without_it():
    from generator.rendering.channels.compose import _said_once

    thread = ("Bellecombe raclette recall (3 lots): Listeria.\nDo not eat this cheese.\nhttps://ex.org/s/1/\n1/2",
              "Do not eat this cheese: take it back to the shop for a refund, or throw it away.\n2/2")
    assert _said_once(thread)[1] == "Take it back to the shop for a refund, or throw it away.\n2/2"
    french = ("Rappel de raclette.\nNe consommez pas ces barquettes.\n1/2",
              "Ne consommez pas ces barquettes\u00a0: rapportez-les au magasin.\n2/2")
    assert _said_once(french)[1] == "Rapportez-les au magasin.\n2/2"
    # Said whole the first time, it stays whole: only a repeated lead-in goes.
    assert _said_once(("Do not eat this cheese: take it back.\n1/2", "Check the lot number.\n2/2"))[1] == \
        "Check the lot number.\n2/2"
