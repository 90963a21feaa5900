"""What the blind kit 35 (a ferry that struck a pontoon) showed the threads getting wrong,
checked on statements written for these tests: an apology of three sentences whose middle one
adds to the first ("We also know…") travels whole, never "also" without what it adds to; the
sentences of one situation in "What you should do" ("Do you live on the island? … Book on …")
stay together, never "Book on …" alone in a later post as if meant for everyone."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = "2026-12-05T12:00:00+01:00"
SECTIONS = {
    "en": {
        "Summary": "At 08:10 on Friday 4 December, our boat Morvran struck the quay at Kerlann as it arrived from "
                   "Enez-Du: 9 people were injured, 1 of whom is still in hospital. The Morvran is out of service "
                   "until 14 December.\n\n"
                   "Our first thoughts are with the injured and their families. We also know what this means for "
                   "the people of Enez-Du, who rely on us every day. We apologise to them.",
        "What you should do": "- **Were you on board on 4 December?** Pain can appear several days after a fall. "
                              "See a doctor and call us on +33 2 98 11 22 33.\n"
                              "- **Do you live on Enez-Du?** Seats go first to residents and pupils. "
                              "Book on +33 2 98 11 22 44 or at the terminal.\n"
                              "- **Were you planning a visit?** If your trip can wait, please put it off until after "
                              "14 December. Your tickets will be refunded free of charge at the ticket office.\n"
                              "- **Did you need to take a vehicle across?** No vehicles can cross until 14 December, "
                              "except in an emergency: emergency vehicles and deliveries go by barge.",
    },
    "fr": {
        "Résumé": "Vendredi 4 décembre à 8 h 10, notre navire Morvran a heurté le quai de Kerlann en arrivant "
                  "d'Enez-Du : 9 personnes ont été blessées, dont 1 est encore hospitalisée. Le Morvran est "
                  "immobilisé jusqu'au 14 décembre.\n\n"
                  "Nous pensons d'abord aux blessés et à leurs proches. Nous savons aussi ce que cette situation "
                  "coûte aux habitants d'Enez-Du, qui dépendent de nous chaque jour. Nous leur présentons nos excuses.",
        "Ce que vous pouvez faire": "- **Vous étiez à bord le 4 décembre ?** Des douleurs peuvent apparaître "
                                    "plusieurs jours après une chute. Consultez un médecin et appelez-nous au "
                                    "02 98 11 22 33.\n"
                                    "- **Vous habitez Enez-Du ?** Les places sont réservées en priorité aux "
                                    "habitants et aux élèves. Réservez au 02 98 11 22 44 ou à la gare maritime.\n"
                                    "- **Vous aviez prévu une visite ?** Si votre déplacement peut attendre, reportez-le "
                                    "après le 14 décembre. Vos billets sont remboursés sans frais au guichet.\n"
                                    "- **Vous deviez faire passer un véhicule ?** Aucun véhicule ne traverse jusqu'au "
                                    "14 décembre, sauf urgence : les secours et les livraisons passent par chaland.",
    },
}
UPDATE = {"en": "The Morvran struck the quay at Kerlann; 9 people were injured. Families: +33 2 98 11 22 33.",
          "fr": "Le Morvran a heurté le quai de Kerlann ; 9 personnes ont été blessées. Familles : 02 98 11 22 33."}
FIRST = {"en": "Our first thoughts are with the injured", "fr": "Nous pensons d'abord aux blessés"}
ALSO = {"en": "We also know", "fr": "Nous savons aussi"}
BOOK = {"en": "Book on +33 2 98 11 22 44", "fr": "Réservez au 02 98 11 22 44"}
WHO = {"en": "Do you live on Enez-Du?", "fr": "Vous habitez Enez-Du ?"}


def _thread_copies(project, settings, monkeypatch, lang):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang=lang, severity="critical", started="2026-12-04 08:10", front="kind: safety\n",
                          title="Morvran accident at Kerlann: 9 injured" if lang == "en" else
                          "Accident du Morvran à Kerlann : 9 blessés", sections=SECTIONS[lang],
                          updates=(("2026-12-04 09:30", "identified" if lang == "en" else "identifié",
                                    UPDATE[lang]),))
    statement = write_statement(project, settings, text, "2026-12-04-morvran.md" if lang == "en" else
                                "2026-12-04-morvran.fr.md")
    return [copy for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"],
                                                     datetime.fromisoformat(NOW))
            if copy.kind == "announcement"]


def test_an_apology_that_adds_to_a_thought_for_the_injured_keeps_it_in_the_same_post(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        for copy in _thread_copies(project, settings, monkeypatch, lang):
            posts = [part.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'") for part in copy.parts]
            with_also = [post for post in posts if ALSO[lang] in post]
            assert with_also, (lang, copy.channel, posts)
            assert all(FIRST[lang] in post for post in with_also), (lang, copy.channel, posts)


def test_a_situation_and_what_to_do_in_it_stay_in_one_post(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        for copy in _thread_copies(project, settings, monkeypatch, lang):
            posts = [part.replace("\u00a0", " ").replace("\u202f", " ") for part in copy.parts]
            for post in posts:
                if BOOK[lang] in post:
                    assert WHO[lang] in post, (lang, copy.channel, posts)


OUTAGE = {
    "en": ("Nationwide mobile outage on 26 November",
           "On Thursday 26 November, from 06:52, most of our customers across the country could not make calls, send "
           "texts or use mobile data; about 236,000 lines were affected. Calls and texts came back at 10:55 and every "
           "service was restored by 12:35. The cause was an error we made ourselves, in a change to our network, not an "
           "attack. We are crediting every customer with three days of their subscription.\n\n"
           "We know what a morning without a phone means: people who could not work, reach a relative or call a "
           "doctor. We are sorry.", "every service was restored by 12:35", "We are sorry."),
    "fr": ("Panne nationale du réseau mobile le 26 novembre",
           "Le jeudi 26 novembre, à partir de 6 h 52, la plupart de nos clients dans tout le pays n'ont pu ni "
           "téléphoner, ni envoyer de SMS, ni utiliser l'internet mobile ; environ 236 000 lignes ont été touchées. "
           "Les appels et les SMS sont revenus à 10 h 55 et tous les services étaient rétablis à 12 h 35. La panne "
           "vient d'une erreur que nous avons commise nous-mêmes lors d'une modification de notre réseau, et non "
           "d'une attaque. Nous créditons chaque client de trois jours d'abonnement.\n\n"
           "Nous savons ce que représente une matinée sans téléphone : des personnes qui n'ont pas pu travailler, "
           "joindre un proche ou appeler un médecin. Nous vous présentons nos excuses.",
           "tous les services étaient rétablis à 12 h 35", "Nous vous présentons nos excuses."),
}


ADVICE = {
    "en": "- Nothing is needed to get your services back. If your phone still has no signal, restart it.\n"
          "- The credit will appear automatically on your December bill.\n"
          "- Business customers: your account manager will contact you about the service levels in your contract.\n"
          "- If the outage cost you money, write to us at outage@example.lu with the details.",
    "fr": "- Vous n'avez rien à faire pour retrouver vos services. Si votre téléphone n'a toujours pas de réseau, "
          "redémarrez-le.\n"
          "- Le geste commercial apparaîtra automatiquement sur votre facture de décembre.\n"
          "- Clients professionnels : votre chargé de clientèle vous contactera au sujet des engagements de service "
          "de votre contrat.\n"
          "- Si la panne vous a coûté de l'argent, écrivez-nous à panne@example.lu en précisant les faits.",
}


def _outage_threads(project, settings, monkeypatch, lang):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    title, summary, _, _ = OUTAGE[lang]
    text = statement_file(lang=lang, severity="critical", started="2026-11-26 06:52", title=title,
                          sections={("Summary" if lang == "en" else "Résumé"): summary,
                                    ("What you should do" if lang == "en" else "Ce que vous pouvez faire"): ADVICE[lang]},
                          updates=(("2026-11-26 12:40", "resolved" if lang == "en" else "résolu",
                                    "Every service is back." if lang == "en" else "Tous les services sont rétablis."),
                                   ("2026-11-26 07:30", "investigating" if lang == "en" else "enquête",
                                    "Calls and data fail across the country." if lang == "en" else
                                    "Les appels et les données ne passent plus dans tout le pays.")))
    statement = write_statement(project, settings, text, "2026-11-26-panne.md" if lang == "en" else
                                "2026-11-26-panne.fr.md")
    return [[part.replace("\u00a0", " ").replace("\u202f", " ") for part in copy.parts]
            for copy in render_copies(statement, settings, ["x", "bluesky"], datetime.fromisoformat(NOW))
            if copy.kind == "announcement"]


def test_a_french_outage_thread_says_in_its_first_post_that_the_service_is_back(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « Les appels et les SMS sont revenus… étaient rétablis » is the worst over, as "was restored" is.
    for lang in ("en", "fr"):
        for posts in _outage_threads(project, settings, monkeypatch, lang):
            assert OUTAGE[lang][2] in posts[0], (lang, posts)


def test_a_bare_apology_stays_in_the_post_of_what_it_is_for(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « Nous vous présentons nos excuses. » alone in a post, its reason in the one before, apologises for nothing.
    for lang in ("en", "fr"):
        for posts in _outage_threads(project, settings, monkeypatch, lang):
            sorry = [post for post in posts if OUTAGE[lang][3] in post]
            assert sorry and all(("morning without a phone" if lang == "en" else "matinée sans téléphone") in post
                                 for post in sorry), (lang, posts)


REFUSED = {
    "en": ("Guide dog owner refused at our Lorient shop: we were wrong",
           "On Saturday 28 November, a member of our staff at our Lorient shop refused entry to a customer with a guide "
           "dog, citing a no-animals rule that has never applied to assistance dogs; she was left outside in the rain "
           "for 40 minutes. This was the company's failure, not one employee's.\n\n"
           "Our managing director apologised in person to the customer and her son on 30 November. The wrong "
           "instructions have been removed from all twelve of our shops, 210 of our 240 staff have been trained in "
           "welcoming customers with assistance dogs, and an accessibility audit of every shop is under way. Assistance "
           "dogs are welcome in all our shops.",
           "Our managing director apologised in person"),
    "fr": ("Cliente avec chien guide refusée dans notre magasin de Lorient : nous avions tort",
           "Le samedi 28 novembre, une personne de notre équipe du magasin de Lorient a refusé l'entrée à une cliente "
           "accompagnée de son chien guide, en invoquant une interdiction des animaux qui ne s'est jamais appliquée aux "
           "chiens d'assistance ; elle est restée 40 minutes dehors, sous la pluie. C'était une faute de l'entreprise, "
           "pas d'une seule personne.\n\n"
           "Notre directrice générale a présenté ses excuses à la cliente et à son fils le 30 novembre. Les consignes "
           "erronées ont été retirées de nos douze magasins, 210 de nos 240 salariés ont été formés à l'accueil des "
           "clients accompagnés d'un chien d'assistance, et un audit d'accessibilité de chaque magasin est lancé. Les "
           "chiens d'assistance sont les bienvenus dans tous nos magasins.",
           "Notre directrice générale a présenté ses excuses"),
}


def test_an_apology_reported_in_the_third_person_opens_both_languages_threads(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "…apologised in person to the customer and her son" apologises as « a présenté ses excuses » does
    # ("her" is the customer's, no pronoun pointing back); neither waits behind a long list of actions.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    from generator.reading.kinds import kind

    kinds = set()
    for lang in ("en", "fr"):
        title, summary, sorry = REFUSED[lang]
        text = statement_file(lang=lang, severity="major", started="2026-11-29 09:00", title=title,
                              sections={("Summary" if lang == "en" else "Résumé"): summary},
                              updates=(("2026-11-30 17:00", "identified" if lang == "en" else "identifié",
                                        "The wrong instructions have been removed." if lang == "en" else
                                        "Les consignes erronées ont été retirées."),))
        statement = write_statement(project, settings, text, "2026-11-29-chien.md" if lang == "en" else
                                    "2026-11-29-chien.fr.md")
        kinds.add(kind(statement))
        for copy in render_copies(statement, settings, ["x", "bluesky"], datetime.fromisoformat(NOW)):
            if copy.kind == "announcement":
                assert sorry in copy.parts[0].replace("\u00a0", " "), (lang, copy.channel, copy.parts)
    # "This was the company's failure" owns a fault: no service is down, in either language.
    assert kinds == {"incident"}, kinds


TIMETABLE = {
    "en": ("The Morvran is out of service at Kerlann while experts inspect it. Tomorrow the Lann Du will run the "
           "Enez-Du route with 90 seats:\n\n"
           "| From Enez-Du | From Kerlann |\n|---|---|\n| 07:15 | 08:00 |\n| 09:30 | 10:30 |\n| 12:00 | 13:00 |\n"
           "| 16:30 | 17:30 |\n\nTwo people are still in hospital.",
           "From Enez-Du: 07:15, 09:30, 12:00 and 16:30", "From Kerlann: 08:00, 10:30, 13:00 and 17:30"),
    "fr": ("Le Morvran est immobilisé à Kerlann pour expertise. Demain, le Lann Du assurera la liaison avec Enez-Du "
           "avec 90 places :\n\n"
           "| Départ d'Enez-Du | Départ de Kerlann |\n|---|---|\n| 7 h 15 | 8 h 00 |\n| 9 h 30 | 10 h 30 |\n"
           "| 12 h 00 | 13 h 00 |\n| 16 h 30 | 17 h 30 |\n\nDeux personnes restent hospitalisées.",
           "Départ d'Enez-Du : 7 h 15, 9 h 30, 12 h 00 et 16 h 30", "Départ de Kerlann : 8 h 00, 10 h 30, 13 h 00 et 17 h 30"),
}


def test_a_timetable_reads_as_its_columns_and_never_as_one_row_in_a_text(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # One row alone ("07:15 — From Kerlann: 08:00") in an SMS reads as the only crossing, its first
    # time unnamed; six rows spend a thread. Each column as a list of times says it all.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang in ("en", "fr"):
        update, first_column, second_column = TIMETABLE[lang]
        text = statement_file(lang=lang, severity="critical", started="2026-12-04 08:10", front="kind: safety\n",
                              title="Morvran accident at Kerlann: 9 injured" if lang == "en" else
                              "Accident du Morvran à Kerlann : 9 blessés", sections=SECTIONS[lang],
                              updates=(("2026-12-04 17:45", "identified" if lang == "en" else "identifié", update),
                                       ("2026-12-04 09:30", "identified" if lang == "en" else "identifié",
                                        UPDATE[lang])))
        statement = write_statement(project, settings, text, "2026-12-04-morvran.md" if lang == "en" else
                                    "2026-12-04-morvran.fr.md")
        copies = {copy.channel: "\n".join(copy.parts).replace("\u00a0", " ").replace("\u202f", " ")
                  for copy in render_copies(statement, settings, ["sms", "email", "x"], datetime.fromisoformat(NOW))
                  if copy.update_at is not None and copy.update_at.hour == 17 and copy.kind == "update"}
        assert first_column in copies["email"] and second_column in copies["email"], (lang, copies["email"])
        assert first_column in copies["x"], (lang, copies["x"])
        sms = copies["sms"]
        assert not any(time in sms for time in ("07:15", "08:00", "7 h 15", "8 h 00")), (lang, sms)


def test_a_recall_post_headed_by_its_title_names_the_lots_without_saying_the_title_twice(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Mastodon and Threads head the post with the title: "Recall of …" then "Recall of …. Recalled
    # lots: …" said it twice.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang in ("en", "fr"):
        en = lang == "en"
        title = "Recall of plain gingerbread: nuts not declared" if en else \
            "Rappel de pains d'épices nature : fruits à coque non signalés"
        sections = {
            ("Summary" if en else "Résumé"): (
                "We are recalling three batches of plain honey gingerbread, on sale in our shops and online since 17 "
                "November, because the packs actually contain our hazelnut and almond gingerbread from the same "
                "production line: these nuts are not listed on the packaging and can cause a serious allergic "
                "reaction in people who are allergic to them. We are sorry to have put families who trust us at risk." if en else
                "Nous rappelons trois lots de pain d'épices nature au miel, vendus dans nos boutiques et en ligne "
                "depuis le 17 novembre, parce que les paquets contiennent en réalité notre pain d'épices aux "
                "noisettes et aux amandes : ces fruits à coque ne figurent pas sur l'emballage et peuvent provoquer "
                "une réaction allergique grave chez les personnes qui y sont allergiques. Nous sommes désolés d'avoir fait "
                "courir ce risque à des familles qui nous font confiance."),
            ("Recalled products" if en else "Produits concernés"): (
                "| Product | Lots | Best before |\n|---|---|---|\n| Plain gingerbread 300 g | L26318A, L26319A | "
                "15/02/2027 |" if en else
                "| Produit | Lots | À consommer de préférence avant |\n|---|---|---|\n| Pain d'épices nature 300 g | "
                "L26318A, L26319A | 15/02/2027 |"),
            ("What you should do" if en else "Ce que vous pouvez faire"): (
                "- If you have any at home, take them back to the shop where you bought them or contact our consumer "
                "helpline: you will get your money back, even for an opened pack and without a receipt." if en
                else "- Si vous en avez chez vous, rapportez-les au magasin où vous les avez achetés ou contactez notre "
                "service consommateurs : ils vous seront remboursés, même entamés et sans ticket de caisse."),
        }
        text = statement_file(lang=lang, severity="major", started="2026-12-01 10:00", front="kind: recall\n",
                              title=title, sections=sections,
                              updates=(("2026-12-01 10:00", "identified" if en else "identifié",
                                        "We are recalling two batches of plain gingerbread." if en else
                                        "Nous rappelons deux lots de pain d'épices nature."),))
        statement = write_statement(project, settings, text, "2026-12-01-rappel.md" if en else "2026-12-01-rappel.fr.md")
        for copy in render_copies(statement, settings, ["mastodon", "threads"], datetime.fromisoformat(NOW)):
            if copy.kind == "announcement":
                first = copy.parts[0].replace("’", "'")
                assert first.count(title[:20]) == 1, (lang, copy.channel, first)
                assert "L26318A" in "\n".join(copy.parts), (lang, copy.channel, copy.parts)


def test_a_french_text_rewords_what_gsm_cannot_spell_rather_than_misspell_it(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « avant d'etre vendus », « à partir de une fournée identique », « une tole de la coque »: a
    # company's text never reads misspelt.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    update = ("Sur les 13 900 paquets rappelés, 9 840 ont été retirés avant d'être vendus. Le lot L26318C a été "
              "découpé le 14 novembre à partir de la même fournée. Les experts ont trouvé une tôle de la coque "
              "endommagée chez notre fournisseur de moules.")
    text = statement_file(lang="fr", severity="major", started="2026-12-01 10:00", front="kind: recall\n",
                          title="Rappel de pains d'épices nature", sections={"Résumé": (
                              "Nous rappelons trois lots de pain d'épices nature qui contiennent des noisettes non "
                              "signalées. Nous en sommes désolés.")},
                          updates=(("2026-12-03 18:00", "identifié", update),
                                   ("2026-12-01 10:00", "identifié", "Nous rappelons trois lots de pain d'épices.")))
    statement = write_statement(project, settings, text, "2026-12-01-rappel.fr.md")
    sms = next(copy.parts[0] for copy in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW))
               if copy.update_at is not None and copy.update_at.day == 3)
    assert "d'avoir été vendus" in sms, sms
    # (The same batch, never « une fournée identique », another one: kit 37. Named nowhere before
    # in the text, « cette fournée » would point at nothing: its words stay, without the accent.)
    assert "fournée" not in sms or "de la meme fournée" in sms, sms
    for wrong in ("d'etre", "de une", "tole", "identique"):
        assert wrong not in sms, (wrong, sms)


def test_a_sentence_that_draws_its_reason_from_the_one_before_travels_with_it() -> None:
    # « Environ 1 750 paquets peuvent donc encore se trouver dans des placards » moved beside the news
    # without the counts before it says « donc » of nothing.
    from generator.rendering.channels.voices import bind

    for lang, counts, therefore in (
            ("en", "Of the 13,900 packs recalled, 9,840 were removed before they were sold.",
             "About 1,750 packs may therefore still be in people's cupboards: please check yours."),
            ("fr", "Sur les 13 900 paquets rappelés, 9 840 ont été retirés avant d'être vendus.",
             "Environ 1 750 paquets peuvent donc encore se trouver dans des placards : vérifiez les vôtres.")):
        assert bind([counts, therefore], lang) == [f"{counts} {therefore}"], lang


def test_the_release_keeps_a_name_that_qualifies_a_count_and_starts_a_sentence_after_a_time(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "12,480 the company customers"; "blocked the account at 6:20 a.m. the company then spent…";
    # "The company will update this page" in a release that is no page.
    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(sections={"Summary": (
        "Between the evening of 1 September and the morning of 3 September, someone using a partner's stolen login "
        "copied the personal data of one of our customer service partners' clients and of 12,480 Calypso Pay "
        "customers. We are sorry."),
        "What happened": ("Our security team spotted an unusual number of exports at 06:05 and blocked the account "
                          "at 06:20. We then spent the day working out exactly what had been copied.")},
        updates=(("2026-09-03 10:05", "identified", "We have found no sign that the data has been published. We will "
                  "update this page as soon as we learn anything new."),))
    release = render_press_release(write_statement(project, settings, text), settings).markdown
    assert "12,480 Calypso Pay customers" in release, release
    assert "at 6:20 a.m. The company then spent" in release or "at 6:20 a.m. Calypso Pay then spent" in release, release
    assert "this page" not in release, release


def test_advice_for_the_time_of_a_rescue_is_not_carried_into_later_updates(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Please stay away from the sector so that rescuers can work", days after everyone was brought
    # down, tells people a new rescue is under way.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, updates, stale in (
            ("en", (("2026-12-04 16:00", "monitoring", "The seriously injured skier went home today. The Combe chairlift "
                     "stays closed until at least 20 December."),
                    ("2026-12-03 15:10", "identified", "All 88 passengers have been brought down from the chairlift, "
                     "the last one at 14:58. The chairlift is closed."),
                    ("2026-12-03 13:20", "identified", "The cable came off its sheaves at pylon 7. So far, 41 people have "
                     "been brought down by rope."),
                    ("2026-12-03 12:05", "investigating", "The Combe chairlift stopped at 11:42. Please stay away from "
                     "the Combe sector so that rescuers can work. If you are worried about a relative, call +41 27 565 40 "
                     "40.")), "rescuers can work"),
            ("fr", (("2026-12-04 16:00", "surveillance", "Le skieur grièvement blessé est rentré chez lui aujourd'hui. Le "
                     "télésiège de la Combe reste fermé au moins jusqu'au 20 décembre."),
                    ("2026-12-03 15:10", "identifié", "Les 88 passagers du télésiège ont tous été évacués, le dernier à "
                     "14 h 58. Le télésiège est fermé."),
                    ("2026-12-03 13:20", "identifié", "Le câble est sorti de ses galets au pylône 7. À ce jour, 41 personnes "
                     "ont été évacuées par corde."),
                    ("2026-12-03 12:05", "enquête", "Le télésiège de la Combe s'est arrêté à 11 h 42. Merci de vous tenir "
                     "à l'écart du secteur de la Combe pour laisser travailler les secours. Si vous êtes inquiet pour un "
                     "proche, appelez le +41 27 565 40 40.")), "laisser travailler les secours")):
        en = lang == "en"
        text = statement_file(lang=lang, severity="critical", started="2026-12-03 12:05", front="kind: safety\n",
                              title="Combe chairlift stopped: 3 injured" if en else "Arrêt du télésiège de la Combe : 3 blessés",
                              sections={("Summary" if en else "Résumé"): (
                                  "The Combe chairlift stopped on 3 December; three skiers were injured and 88 passengers "
                                  "were brought down by rope. We are sorry." if en else
                                  "Le télésiège de la Combe s'est arrêté le 3 décembre ; trois skieurs ont été blessés et "
                                  "88 passagers ont été évacués par corde. Nous en sommes désolés.")},
                              updates=updates)
        statement = write_statement(project, settings, text, "2026-12-03-combe.md" if en else "2026-12-03-combe.fr.md")
        for copy in render_copies(statement, settings, ["sms", "x", "email"], datetime.fromisoformat(NOW)):
            said = "\n".join(copy.parts).replace("\u00a0", " ")
            if copy.kind == "update" and copy.update_at is not None and copy.update_at.day == 4:
                assert stale not in said, (lang, copy.channel, copy.parts)
            if copy.kind == "update" and copy.update_at is not None and copy.update_at.hour == 13:
                # (While the rescue goes on, the advice holds.)
                assert stale in said, (lang, copy.channel, copy.parts)


def test_a_clause_without_its_subject_is_never_said_alone_in_a_text() -> None:
    # « …ont été contrôlées et fonctionnent normalement » gave « Fonctionnent normalement. »
    from generator.rendering.channels.voices import _standing_outcome

    sentence = "Toutes les autres installations de la station ont été contrôlées et fonctionnent normalement."
    assert _standing_outcome(sentence, "fr") == sentence


def test_the_release_never_rewrites_words_it_quotes() -> None:
    # "the caption "No snails on Valmorin's slopes this season"": a quotation changed is a wrong fact.
    from generator.rendering.person import english

    told = english(['We posted a video with the caption "No snails on our slopes this season".', "We are sorry."],
                   "Valmorin Mountain Lifts", short_name="Valmorin")
    assert told is not None and '"No snails on our slopes this season"' in told[0], told
    assert told[0].startswith("Valmorin Mountain Lifts posted"), told


def test_a_resolved_statement_that_still_gives_services_as_down_is_warned_about(project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The home page read "Major outage. Still closed or disrupted: Switchboard" for a hospital whose
    # last update said every service worked again; a lift that "stays closed" says it on purpose.
    import json

    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for last, warned in (("All services are working normally again.", True),
                         ("The Combe chairlift stays closed until the investigators agree.", False),
                         # (kit 37: a route served by one ship until its sister's repair)
                         ("The Lormes route stays disrupted until at least 8 December, with one ship.", False)):
        text = statement_file(severity="major", started="2026-12-03 07:50", title="Phones down at our hospitals",
                              front="affected: [Switchboard]\ncomponent_status: {Switchboard: major_outage}\n",
                              sections={"Summary": "Our switchboard was down on 3 December from 07:50 to 15:40. We "
                                                   "are sorry."},
                              updates=(("2026-12-03 16:00", "resolved", last),
                                       ("2026-12-03 08:30", "investigating", "Our switchboard cannot be reached.")))
        (project / "statements" / "2026-12-03-phones.md").write_text(text, encoding="utf-8")
        result = CliRunner().invoke(main, ["check", "--format", "json"])
        assert result.exit_code == 0, result.output
        found = [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "resolved-still-down"]
        assert bool(found) == warned, (last, found)
        if warned:
            assert found[0]["severity"] == "warning" and "Switchboard" in found[0]["message"], found


def test_an_online_service_or_a_phone_line_is_no_transport_route() -> None:
    # « Paiement des factures en ligne : Trafic interrompu » on a hospital's page.
    from generator.rendering.site.labels import component_label

    assert component_label("major_outage", "Paiement des factures en ligne", "fr") == \
        component_label("major_outage", "Portail patient", "fr")
    assert component_label("major_outage", "Appointment line", "en") == component_label("major_outage", "Portal", "en")
    assert component_label("major_outage", "Bus lines", "en") != component_label("major_outage", "Portal", "en")


def test_a_french_qa_says_the_service_works_again_from_the_resolution_never_from_a_forecast(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # « Est-ce que tout fonctionne normalement ? » was answered with « le service devrait être
    # rétabli vers 16 h », a forecast of the day before; « fonctionnent sans interruption depuis… »
    # is the answer.
    from generator.rendering.documents import render_documents

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(lang="fr", severity="major", started="2026-12-03 07:50", title="Téléphones coupés dans nos hôpitaux",
                          sections={"Résumé": "Nos standards téléphoniques ont été injoignables le 3 décembre de 7 h 50 "
                                              "à 15 h 40. Nous vous présentons nos excuses."},
                          updates=(("2026-12-04 11:00", "résolu", "Le téléphone et le portail patient fonctionnent sans "
                                    "interruption depuis hier 15 h 40. Nous clôturons cet incident."),
                                   ("2026-12-03 13:15", "identifié", "Les techniciens de notre opérateur réparent le câble "
                                    "sectionné ; le service devrait être rétabli vers 16 h."),
                                   ("2026-12-03 08:25", "analyse", "Nos hôpitaux ne peuvent pas être joints par téléphone.")))
    statement = write_statement(project, settings, text, "2026-12-03-telephones.fr.md")
    qa = next(d.text for d in render_documents(statement, settings) if d.kind == "qa").replace("\u202f", " ")
    qa = qa.replace("\u00a0", " ")
    answer = qa.split("fonctionne normalement ?", 1)[1].split("##", 1)[0]
    assert "sans interruption" in answer and "devrait" not in answer, answer


def test_a_list_of_lots_is_never_cut_to_its_first_code() -> None:
    # « … une seringue correctement graduée. Lots concernés : 25J141. » told the owner of 25J142
    # that theirs was safe (the kit-36 recall's Threads update).
    from generator.rendering.channels.voices import essential_forms

    sentence = ("Votre pharmacien vous remettra gratuitement une seringue correctement graduée. Lots concernés : "
                "25J141, 25J142, 25J150.")
    assert all("25J142" in form and "25J150" in form for form in essential_forms(sentence)), essential_forms(sentence)
    assert essential_forms("We are extending the recall to a third lot: L46321, 4 slices, 120 g.") == \
        ["We are extending the recall to a third lot: L46321."]


def test_a_reply_gives_the_emergency_number_of_the_readers_country() -> None:
    # "in an emergency, call 112" to a parent in Québec, where it is 911.
    from generator.rendering.documents.replies import local_emergency

    said = "Please call your doctor now and tell them about the product; in an emergency, call 112."
    assert local_emergency(said, "America/Toronto").endswith("call 911.")
    assert local_emergency(said, "Europe/Paris").endswith("call 112.")
    assert local_emergency("appelez le 15 (ou le 112).", "America/Montreal") == "appelez le 911."
    assert local_emergency("appelez le 15 (ou le 112).", "Europe/Zurich") == "appelez le 144 (ou le 112)."


def test_a_line_to_call_stays_beside_what_people_get_by_calling_it(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Please call +41 27 565 40 40 or write to …" moved to post 1 as advice, its reason ("Every
    # passenger will get a full refund…") left in post 4.
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    update = ("Overnight, our technicians and the manufacturer's engineers inspected every lift in the resort. No other "
              "defect was found, and all lifts except the Combe opened at 09:15 as planned.\n\n"
              "A fifth person, with a minor wrist injury, contacted us last night. The seriously injured skier is in a "
              "stable condition at Sion Hospital.\n\n"
              "Every passenger will get a full refund of their ski pass for Sunday and a free day pass for this season. "
              "Please call +41 27 565 40 40 or write to passagers@example.ch.")
    text = statement_file(severity="critical", started="2026-12-03 12:05", front="kind: safety\n",
                          title="Combe chairlift stopped: 5 injured",
                          sections={"Summary": "The Combe chairlift stopped on 3 December; five skiers were injured and "
                                               "88 passengers were brought down by rope. We are sorry."},
                          updates=(("2026-12-04 10:00", "identified", update),
                                   ("2026-12-03 12:05", "investigating", "The Combe chairlift stopped at 11:42.")))
    statement = write_statement(project, settings, text, "2026-12-03-combe.md")
    for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], datetime.fromisoformat(NOW)):
        if copy.kind == "update" and copy.update_at is not None and copy.update_at.day == 4:
            for post in copy.parts:
                if "+41 27 565 40 40" in post:
                    assert "full refund" in post, (copy.channel, copy.parts)


def test_the_checklist_sees_what_a_safety_statement_shows_done(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "People first… (the statement does not show it done: check)" beside "All 88 passengers were
    # brought down by rope"; the families "in touch", « en lien avec chaque blessé et sa famille »;
    # a lift that "will stay closed until the investigators agree" is a site secured.
    from generator.rendering.documents import render_documents

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    for lang, summary, doing in (
            ("en", "The Combe chairlift stopped on 3 December: three skiers were injured, one of them flown to Sion "
                   "hospital, and all 88 passengers were brought down by rope. The lift will stay closed until the "
                   "investigators agree to its reopening. We are sorry.",
             "- A member of our team is in touch with each injured person and their family."),
            ("fr", "Le télésiège de la Combe s'est arrêté le 3 décembre : trois skieurs ont été blessés et les 88 "
                   "passagers ont tous été secourus par corde. L'installation restera fermée tant que les enquêteurs "
                   "n'auront pas donné leur accord. Nous en sommes désolés.",
             "- Une personne de notre équipe est en lien avec chaque blessé et sa famille.")):
        en = lang == "en"
        text = statement_file(lang=lang, severity="critical", started="2026-12-03 12:05", front="kind: safety\n",
                              title="Combe chairlift stopped: 3 injured" if en else "Arrêt du télésiège de la Combe : 3 blessés",
                              sections={("Summary" if en else "Résumé"): summary,
                                        ("What we are doing" if en else "Ce que nous faisons"): doing},
                              updates=(("2026-12-03 12:05", "investigating" if en else "enquête",
                                        "The Combe chairlift stopped at 11:42." if en else
                                        "Le télésiège de la Combe s'est arrêté à 11 h 42."),))
        statement = write_statement(project, settings, text, "2026-12-03-combe.md" if en else "2026-12-03-combe.fr.md")
        checklist = next(d.text for d in render_documents(statement, settings) if d.kind == "checklist")
        done = [line for line in checklist.splitlines() if line.startswith("- [x]")]
        for step in (("People first", "Families of anyone hurt", "Secure the site") if en else
                     ("Les personnes d'abord", "Les familles des blessés", "Sécurisez le site")):
            assert any(step in line for line in done), (lang, step, checklist)


def test_is_the_site_safe_now_is_answered_by_a_site_kept_closed_not_by_its_last_inspection(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # "Is the site safe now?" → "That assembly was last inspected on 6 November…", which invites
    # the headline "resort can't say if lifts are safe".
    from generator.rendering.documents import render_documents

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(severity="critical", started="2026-12-03 12:05", front="kind: safety\n",
                          title="Combe chairlift stopped: 3 injured",
                          sections={"Summary": "The Combe chairlift stopped on 3 December; three skiers were injured and "
                                               "88 passengers were brought down by rope. We are sorry."},
                          updates=(("2026-12-04 17:30", "identified", "The investigators finished their work on site "
                                    "today. The sheave assembly was last inspected on 6 November, with no defect "
                                    "recorded. The Combe chairlift stays closed."),
                                   ("2026-12-03 12:05", "investigating", "The Combe chairlift stopped at 11:42.")))
    statement = write_statement(project, settings, text, "2026-12-03-combe.md")
    qa = next(d.text for d in render_documents(statement, settings) if d.kind == "qa")
    answer = qa.split("Is the site safe now?", 1)[1].split("##", 1)[0]
    assert "stays closed" in answer and "last inspected" not in answer, answer
