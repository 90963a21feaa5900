"""What the first words of a copy must carry, checked on statements written for these tests:
the news that the worst is over, a recall's lots without the table's total, a corrected
figure in place of the withdrawn one in what we say now (the update's copy kept as it was
sent), a correction that says which update it corrects, an apology whose people are named,
and sentences not cut at "No. 2"."""

from __future__ import annotations

import dataclasses

import re

import pytest
from datetime import datetime

from generator.rendering.brief import Brief
from generator.rendering.channels import counting, render_copies
from generator.rendering import roles
from generator.rendering.roles import split_sentences
from tests.press_support import assert_sent_as_written, plain, statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")

FIRE_EN = ("In the early hours of 3 September, a fire broke out in the kitchen of our hotel in Annecy, on the ground "
           "floor of the east wing, while 212 guests and 31 staff were inside the building. Staff put it out in ten "
           "minutes. No guest was injured. Guests spent the rest of the night in the conference centre.")
FIRE_FR = ("Dans la nuit du 2 au 3 septembre, un incendie s'est déclaré dans la cuisine de notre hôtel d'Annecy, au "
           "rez-de-chaussée de l'aile est, alors que 212 clients et 31 salariés se trouvaient dans le bâtiment. Le "
           "personnel l'a éteint en dix minutes. Aucun client n'a été blessé. Les clients ont passé la fin de la nuit "
           "au centre de congrès.")


def _copies(project, settings, text, channels, name="2026-09-03-test.md"):
    statement = write_statement(project, settings, text, name)
    return {(c.channel, c.kind): c for c in render_copies(statement, settings, channels, NOW)}


def _said_now_and_copies(project, settings, text, channels, name="2026-09-03-test.md"):  # type: ignore[no-untyped-def]
    """What the documents say now of the statement's first update (its sentences, a withdrawn
    value put right), the update, and the copies."""
    statement = write_statement(project, settings, text, name)
    update = statement.updates[0]
    said = plain(" ".join(Brief(statement, settings, NOW).kept_sentences(update)))
    return said, update, render_copies(statement, settings, channels, NOW)


def test_a_fire_announcement_says_at_once_that_it_is_out_and_nobody_was_hurt(project, settings):
    for lang, summary, out, unhurt in (("en", FIRE_EN, "put it out", "No guest was injured."),
                                       ("fr", FIRE_FR, "l'a éteint", "Aucun client n'a été blessé.")):
        text = statement_file(lang=lang, title="Kitchen fire at our Annecy hotel" if lang == "en" else
                              "Incendie dans la cuisine de notre hôtel d'Annecy", front="",
                              sections={"Summary" if lang == "en" else "Résumé": summary},
                              updates=(("2026-09-03 10:10", "resolved" if lang == "en" else "résolu",
                                        "The fire brigade has left." if lang == "en" else "Les pompiers sont partis."),))
        copies = _copies(project, settings, text, ["x", "sms"], f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        first_post = copies[("x", "announcement")].parts[0].replace("’", "'")
        sms = copies[("sms", "announcement")].parts[0].replace("’", "'")
        assert out in first_post and unhurt in first_post, first_post
        assert unhurt.translate(str.maketrans("éè", "ee")) in sms.translate(str.maketrans("éè", "ee")), sms
        assert counting.sms_segments(sms) <= 2


def test_a_recall_names_its_lots_never_the_tables_total(project, settings):
    text = statement_file(title="Recall of Petit Nez nasal spray", front="", sections={
        "Summary": "We are recalling three lots of Petit Nez nasal spray. Do not use them. We are sorry.",
        "Lots": ("| Lot | Expiry | Units |\n|---|---|---|\n| 24K118 | October 2027 | 4,860 |\n"
                 "| 24K121 | October 2027 | 4,210 |\n| **Total** | | **9,070** |")})
    copies = _copies(project, settings, text, ["x", "sms"])
    for key in (("x", "announcement"), ("sms", "announcement")):
        said = " ".join(copies[key].parts)
        assert "24K118, 24K121" in said, said
        assert "Total" not in said, said


def test_a_figure_the_correction_restates_replaces_the_withdrawn_one_in_what_we_say_now(project, settings):
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 18:30", "identifié",
         "38 400 clients sont concernés, pour un montant en double de 23,40 € en moyenne.\n\n"
         "#### Rectificatif · 2026-09-04 11:00\n"
         "Le nombre de clients concernés est de 41 700, et non de 38 400. Le montant en double, recalculé sur "
         "l'ensemble des clients, est de 24,10 € en moyenne."),))
    said, update, copies = _said_now_and_copies(project, settings, text, ["facebook"], "2026-09-03-test.fr.md")
    assert "41 700 clients sont concernés, pour un montant en double de 24,10 € en moyenne" in said, said
    assert "23,40" not in said and "38 400" not in said, said
    assert_sent_as_written(copies, update, ["38 400 clients sont concernés, pour un montant en double de 23,40 €"],
                           ["41 700, et non de 38 400", "24,10 €"])


def test_a_correction_copy_never_says_above(project, settings):
    for lang, said, heading in (
            ("en", "Service came back at 14:50, not 14:20 as stated above.", "Correction"),
            ("fr", "Le service est revenu à 14 h 50, et non à 14 h 20 comme indiqué ci-dessus.", "Rectificatif")):
        text = statement_file(lang=lang, front="", updates=(
            ("2026-09-03 16:30", "resolved" if lang == "en" else "résolu",
             ("Service came back at 14:20." if lang == "en" else "Le service est revenu à 14 h 20.")
             + f"\n\n#### {heading} · 2026-09-03 19:10\n{said}"),))
        copies = _copies(project, settings, text, ["sms", "mastodon"], f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        for channel in ("sms", "mastodon"):
            copy = " ".join(copies[(channel, "correction")].parts)
            assert "above" not in copy and "ci-dessus" not in copy, copy
            assert ("our update of 3 September at 16:30" if lang == "en" else "notre point du 3 septembre") in copy, copy


def test_an_apology_that_says_them_keeps_the_sentence_naming_them(project, settings):
    text = statement_file(lang="fr", front="", title="Incendie dans la cuisine de notre hôtel d'Annecy", sections={
        "Résumé": FIRE_FR,
        "Ce qui s'est passé": ("Nous savons que beaucoup de clients, des familles surtout, ont passé une nuit "
                               "éprouvante. Nous leur présentons nos excuses.")},
        updates=(("2026-09-03 10:10", "résolu", "Les pompiers sont partis."),))
    copies = _copies(project, settings, text, ["x", "mastodon", "sms"], "2026-09-03-test.fr.md")
    for key, copy in copies.items():
        said = " ".join(copy.parts)
        if "leur présentons" in said:
            assert "ont passé une nuit éprouvante. Nous leur présentons nos excuses" in " ".join(said.split()), key


def test_a_sentence_does_not_end_at_an_abbreviation():
    assert split_sentences("Alarms sounded in engine room No. 2 at 02:35. The crew put it out.") == [
        "Alarms sounded in engine room No. 2 at 02:35.", "The crew put it out."]
    assert split_sentences("M. Dupont a appelé à 9 h. Il a été rappelé.") == [
        "M. Dupont a appelé à 9 h.", "Il a été rappelé."]
    # (A North American zone after the clock: "11 p.m. ET, seven days a week" is one sentence.)
    assert split_sentences("Call us, 8 a.m. to 11 p.m. ET, seven days a week. No receipt is needed.") == [
        "Call us, 8 a.m. to 11 p.m. ET, seven days a week.", "No receipt is needed."]


def test_an_email_subject_keeps_whole_words_of_a_long_title(project, settings):
    title = "A passenger using a wheelchair was left on the quay at Cherbourg. We got this wrong."
    text = statement_file(title=title, front="", updates=(
        ("2026-09-03 11:30", "identified", "We have called the passenger."),
        ("2026-09-03 10:05", "investigating", "We are looking into what happened.")))
    copies = [c for c in render_copies(write_statement(project, settings, text), settings, ["email"], NOW)]
    subjects = [c.subject for c in copies]
    assert subjects[0] == "A passenger using a wheelchair was left on the quay at Cherbourg", subjects
    for subject in subjects:
        assert "…" not in subject and len(subject) <= 78, subject
        assert subject.startswith("A passenger using a wheelchair was left on the quay at Cherbourg"), subject


def test_an_email_subject_never_cuts_a_list_of_recalled_batches(project, settings):
    # "batches 24K118, 24K119…" of three would hide the third: the subject stops before the list.
    title = "Recall: Bellerive Baby saline single-dose vials, batches 24K118, 24K119 and 24K121"
    text = statement_file(title=title, front="", updates=(
        ("2026-09-03 12:00", "identified", "Return the vials to any pharmacy."),
        ("2026-09-03 10:05", "investigating", "We are recalling three batches.")))
    subjects = [c.subject for c in render_copies(write_statement(project, settings, text), settings, ["email"], NOW)]
    for subject in subjects:
        assert "24K" not in subject and "batches" not in subject and "…" not in subject, subject
        assert subject.startswith("Recall: Bellerive Baby saline single-dose vials"), subject


def test_a_long_thread_loses_its_least_important_blocks_one_by_one_and_tells_the_credit_once(project, settings):
    summary = ("Le mardi 3 septembre, de 7 h 42 à 14 h 50, environ 2,3 millions de clients n'ont pas pu appeler, envoyer "
               "de SMS ni utiliser leurs données mobiles. La panne a été causée par une mise à jour logicielle que nous "
               "avons appliquée à notre cœur de réseau. C'est notre erreur, et nous vous présentons nos excuses. Le "
               "service est entièrement rétabli depuis 14 h 50. Chaque client concerné recevra sur sa facture d'octobre "
               "un avoir correspondant à cinq jours de son forfait, sans aucune démarche.")
    advice = ("- Si votre téléphone affiche encore « Aucun service », redémarrez-le.\n"
              "- Pour le dédommagement, vous n'avez rien à faire : un avoir correspondant à cinq jours de votre forfait "
              "figurera sur votre facture d'octobre.\n"
              "- Si la panne vous a coûté de l'argent, par exemple un rendez-vous manqué ou des appels passés depuis un "
              "autre téléphone, vous pouvez déposer une demande jusqu'au 31 décembre sur https://example.org/demande.\n"
              "- Nous répondrons à chaque demande sous 30 jours, et nous publierons le bilan de ces demandes ici.\n"
              "- Si vous avez tenté d'appeler les secours pendant la panne sans y parvenir, dites-le-nous au "
              "0 800 40 70 70 : nous voulons comprendre chaque cas, un par un, avec vous.")
    text = statement_file(lang="fr", front="", title="Appels, SMS et données coupés dans le Sud-Est",
                          sections={"Résumé": summary, "Ce que vous pouvez faire": advice},
                          updates=(("2026-09-03 16:30", "résolu", "Le service est rétabli."),))
    copies = _copies(project, settings, text, ["mastodon", "threads"], "2026-09-03-test.fr.md")
    for channel in ("mastodon", "threads"):
        thread = " ".join(copies[(channel, "announcement")].parts)
        # The cause and the credit (ranked above the rest) survive the cut to four posts.
        assert "mise à jour logicielle" in thread and "un avoir correspondant" in thread, thread
        assert thread.count("un avoir correspondant") == 1, thread


def test_after_a_breach_the_sms_names_the_site_and_carries_no_link(project, settings):
    text = statement_file(title="Unauthorised access to merchant contact details", front="", sections={
        "Summary": ("Someone used a stolen password to read the contact details of 1,240 merchants. "
                    "We will never ask for your password or card details by phone or text. We are sorry.")})
    copies = _copies(project, settings, text, ["sms", "x"])
    sms = copies[("sms", "announcement")].parts[0]
    assert "http" not in sms and "/s/" not in sms, sms
    assert sms.endswith("Details: type status.calypso-pay.example yourself"), sms
    assert "never ask for your password" in sms
    assert "https://" in " ".join(copies[("x", "announcement")].parts)  # other channels keep the link


def test_serial_number_ranges_stay_ranges(project, settings):
    text = statement_file(title="Recall of e-bike batteries", front="", sections={
        "Summary": "We are recalling 11,870 e-bike batteries that can overheat. Stop charging them. We are sorry.",
        "Batteries concerned": ("| Model | Serial numbers | Units |\n|---|---|---|\n"
                                "| Urban | 26U0001 to 26U6420 | 6,420 |\n| Cargo | 26C0001 to 26C3150 | 3,150 |")})
    copies = _copies(project, settings, text, ["x", "sms"])
    for key in (("x", "announcement"), ("sms", "announcement")):
        said = " ".join(copies[key].parts).replace("–", "-")  # an SMS writes the dash GSM-7 has
        assert "26U0001-26U6420, 26C0001-26C3150" in said, said
        assert "Serial numbers recalled" in said and "lots" not in said.lower(), said


def test_a_breach_thread_carries_the_line_against_phishing_however_it_is_worded(project, settings):
    # At a real address (X counts every link as 23), the news and the line share the first post.
    settings = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    for lang, line in (("en", "Calypso Pay never asks for your password or codes by phone, text or e-mail."),
                       ("fr", "Calypso Pay ne vous demandera jamais vos codes ni votre mot de passe.")):
        summary = ("Someone used a stolen login to view the personal data of 38,412 customers between 18 and 25 "
                   "November, including names, addresses and IBANs. " if lang == "en" else
                   "Une personne a utilisé un identifiant volé pour consulter les données personnelles de 38 412 "
                   "clients entre le 18 et le 25 novembre, dont les noms, adresses et IBAN. ")
        text = statement_file(lang=lang, front="", title="Personal data of 38,412 customers accessed",
                              sections={"Summary" if lang == "en" else "Résumé": summary + line})
        copies = _copies(project, settings, text, ["x", "bluesky", "mastodon", "threads"],
                         f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        for (channel, kind_), copy in copies.items():
            if kind_ == "announcement":
                # The news leads; the line is beside it, or where it cannot fit (Bluesky counts the
                # link whole), it opens the next post.
                posts = [part.replace("\u202f", " ").replace("\u00a0", " ") for part in copy.parts]
                assert summary.split(",")[0] in posts[0], (channel, posts[0])
                assert line in posts[0] or posts[1].startswith(line), (channel, posts)


def test_a_late_promise_leaves_the_copies_and_no_unapproved_apology_takes_its_place(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "identified", "We have found the cause. Next update tonight by 19:00."),))
    text = text.replace("started: 2026-09-03 09:12\n", "started: 2026-09-03 09:12\nnext_update: 2026-09-04 19:00\n")
    copies = _copies(project, settings, text, ["x", "sms", "mastodon"])
    for channel in ("x", "sms", "mastodon"):
        said = " ".join(copies[(channel, "update")].parts)
        assert "tonight by 19:00" not in said, (channel, said)
        assert "We found the cause" in said.replace("have found", "found") and "late" not in said, (channel, said)


def test_an_sms_never_points_above_or_below(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "monitoring", "All the protections described above are in place."),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "above" not in sms and "described on our website" in sms, sms


def test_a_sentence_that_says_it_travels_with_the_one_it_points_to():
    from generator.rendering.channels.voices import bind
    assert bind(["Never give a code to a caller.", "If someone does, hang up and call us."], "en") == [
        "Never give a code to a caller. If someone does, hang up and call us."]
    assert bind(["Votre batterie est concernée.", "Nous la remplacerons gratuitement."], "fr") == [
        "Votre batterie est concernée. Nous la remplacerons gratuitement."]


def test_the_email_that_closes_a_statement_says_it_is_the_final_update(project, settings):
    for lang, ending in (("en", ": final update"), ("fr", " : dernier point")):
        text = statement_file(lang=lang, front="", updates=(
            ("2026-09-03 12:00", "resolved" if lang == "en" else "résolu",
             "All payments work." if lang == "en" else "Tous les paiements fonctionnent."),
            ("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
             "A fix is being deployed." if lang == "en" else "Un correctif est en cours de déploiement.")))
        statement = write_statement(project, settings, text, f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        subjects = [c.subject or "" for c in render_copies(statement, settings, ["email"], NOW)]
        assert sum(s.replace("\u202f", " ").replace("\u00a0", " ").endswith(ending) for s in subjects) == 1, subjects


def test_a_withdrawn_post_is_said_withdrawn_in_the_sms(project, settings):
    text = statement_file(title="Our promotional video", front="", sections={"Summary": (
        "On Monday 16 November at 9 am we published a video showing a rider weaving between pedestrians on a "
        "pavement at 38 km/h with the motor still assisting, in a busy street of the city centre. It was "
        "irresponsible. We withdrew it at 11:40, and the video was removed from every channel by noon. We are "
        "sorry to everyone who saw it.")})
    sms = _copies(project, settings, text, ["sms"])[("sms", "announcement")].parts[0]
    assert "removed from every channel" in sms, sms


def test_a_release_never_prints_a_past_promise_as_ahead(project, settings):
    from generator.rendering.press import render_press_release
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "identified", "We have found the cause. Next update tonight by 19:00."),))
    text = text.replace("started: 2026-09-03 09:12\n", "started: 2026-09-03 09:12\nnext_update: 2026-09-04 19:00\n")
    statement = write_statement(project, settings, text)
    release = " ".join(render_press_release(statement, settings).text.split())
    assert "We have found the cause" in release or "found the cause" in release
    assert "19:00" not in release and "7 p.m." not in release, release


def test_a_boil_water_notice_is_a_safety_notice_and_a_billing_error_no_outage(project, settings):
    from generator.reading.kinds import kind
    boil = statement_file(title="Boil-water advisory in four villages after a chlorination failure", front="",
                          sections={"Summary": "Tap water in four villages must be boiled before drinking."})
    assert kind(write_statement(project, settings, boil)) == "safety"
    billing = statement_file(lang="fr", front="", title="Prélèvement de novembre effectué deux fois",
                             sections={"Résumé": "Une erreur de notre part a prélevé deux fois la facture de novembre."})
    assert kind(write_statement(project, settings, billing, "2026-09-03-test.fr.md")) != "outage"


def test_a_safety_update_sms_carries_what_protects_people(project, settings):
    for lang, update, must in (
            ("en", "A routine test of the water from our Saint-Aubin reservoir found E. coli bacteria. As a precaution, "
                   "do not drink tap water in Saint-Aubin-sur-Ardaine, Vernaz, Les Combettes and Montrivel without "
                   "boiling it for one minute first, including for cooking, brushing teeth and baby bottles. Water can "
                   "still be used for showers.", "o not drink tap water"),
            ("fr", "Une analyse de routine de l'eau de notre réservoir de Saint-Aubin a détecté des bactéries E. coli. "
                   "Par précaution, ne buvez pas l'eau du robinet à Saint-Aubin-sur-Ardaine, Vernaz, Les Combettes et "
                   "Montrivel sans l'avoir fait bouillir une minute, y compris pour cuisiner, vous brosser les dents et "
                   "préparer les biberons. L'eau reste utilisable pour la douche.", "ne buvez pas l'eau du robinet")):
        text = statement_file(lang=lang, front="", title="Boil-water advisory in four villages" if lang == "en" else
                              "Eau à faire bouillir dans quatre communes",
                              sections={"Summary" if lang == "en" else "Résumé": (
                                  "Tap water in four villages must be boiled before drinking." if lang == "en" else
                                  "L'eau du robinet de quatre communes doit être bouillie avant d'être bue.")},
                              updates=(("2026-09-03 10:05", "investigating" if lang == "en" else "analyse", update),))
        sms = _copies(project, settings, text, ["sms"], f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")[
            ("sms", "update")].parts[0]
        assert must.casefold() in sms.replace("’", "'").casefold(), sms
        assert counting.sms_segments(sms) <= 2
        if lang == "en":  # room for both: the news stays, the advice loses its tail (and preamble if need be)
            assert "found E. coli bacteria." in sms and "including for cooking" not in sms, sms


def test_a_late_promise_to_update_this_page_leaves_the_copy_too(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "identified", "We have blocked the account. We will update this page by 19:00."),))
    text = text.replace("started: 2026-09-03 09:12\n", "started: 2026-09-03 09:12\nnext_update: 2026-09-04 19:00\n")
    said = " ".join(_copies(project, settings, text, ["mastodon"])[("mastodon", "update")].parts)
    assert "update this page" not in said and "late" not in said, said
    assert "We have blocked the account." in said, said


def test_an_update_sms_says_the_advisory_is_lifted(project, settings):
    update = ("The regional health agency has confirmed two compliant results in a row, from samples taken on 14 and "
              "15 September at the Saint-Aubin reservoir and at four points of the network. The boil-water advisory "
              "is lifted: tap water is safe to drink again in the four villages. Run the cold tap for 2 minutes "
              "before drinking if it has not been used since. The distribution points close tonight at 19:00.")
    text = statement_file(front="", title="Boil-water advisory in four villages",
                          sections={"Summary": "Tap water in four villages had to be boiled before drinking."},
                          updates=(("2026-09-03 18:30", "resolved", update),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "The boil-water advisory is lifted" in sms, sms


def test_french_sms_take_no_capital_after_the_colon_and_see_below_names_the_page(project, settings):
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 10:05", "analyse", "Plusieurs clients nous signalent un double prélèvement. Nous vérifions."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "update")].parts[0]
    assert "10 h 05 : plusieurs clients" in sms.replace("\u202f", " ").replace("\u00a0", " "), sms
    text = statement_file(front="", updates=(
        ("2026-09-03 10:05", "identified", "Bank charges are reimbursed on request, see below."),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "see our website" in sms and "see on our" not in sms, sms


def test_a_late_promise_inside_a_sentence_leaves_and_the_rest_stays(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "identified", "We have blocked the account and will update this page by 19:00."),))
    text = text.replace("started: 2026-09-03 09:12\n", "started: 2026-09-03 09:12\nnext_update: 2026-09-04 19:00\n")
    said = " ".join(_copies(project, settings, text, ["mastodon"])[("mastodon", "update")].parts)
    assert "We have blocked the account." in said and "update this page" not in said, said


def test_a_short_outcome_cut_at_its_colon_rides_with_a_long_news_sentence(project, settings):
    summary = ("Le 3 septembre à 18 h 47, de la fumée est apparue dans la cabine du vol AO 731 de Nantes à Marseille, "
               "un ATR 72-600 immatriculé F-HAOL avec 68 passagers et 4 membres d'équipage à bord. Personne n'a été "
               "gravement blessé : trois passagers ont été conduits à l'hôpital après l'évacuation et sont tous trois "
               "rentrés chez eux, et quatre autres ont été soignés sur place pour des blessures légères.")
    text = statement_file(lang="fr", front="", title="Fumée en cabine sur le vol AO 731",
                          sections={"Résumé": summary})
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")].parts[0]
    assert "Personne n'a été gravement blessé." in sms.replace("’", "'"), sms


def test_an_sms_never_cuts_a_condition_from_what_it_conditions(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-03 10:05", "resolved",
         "All trams and buses are running to their normal timetable this morning. Service yesterday matched what we "
         "announced. If you missed an appointment or paid for a taxi because of the night bus cancellation, you can "
         "write to us at relation-client@axeo.example and we will look at each case."),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "paid for a taxi." not in sms, sms


def test_an_sms_does_not_send_the_offending_words_again(project, settings):
    summary = ("Le 2 septembre à 18 h, nous avons publié sur nos réseaux sociaux une vidéo publicitaire pour nos "
               "soldes dont le slogan était « Nos prix craquent… et nos caissières aussi ». On y voyait une caissière "
               "en larmes présentée comme un gag. Ce n'était pas drôle. "
               "Nous présentons nos excuses à toutes nos hôtesses de caisse et à tous nos clients choqués par cette "
               "vidéo, qui n'aurait jamais dû être publiée.")
    text = statement_file(lang="fr", front="", title="Notre vidéo se moquait de nos caissières : nous l'avons retirée",
                          sections={"Résumé": summary})
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")].parts[0]
    assert "craquent" not in sms and "nous l'avons retirée" in sms.replace("’", "'"), sms


def test_a_news_sentence_too_long_for_the_first_post_follows_the_title_whole(project, settings):
    news = ("Between 19 November at 22:40 and 21 November at 04:25, an intruder copied personal data from our loyalty "
            "programme: the name, e-mail address, postal address, phone number, date of birth and points balance of "
            "327,400 members, and their encrypted passwords.")  # 255 characters: whole in a post, not beside the link
    text = statement_file(front="", title="Personal data of loyalty members stolen",
                          sections={"Summary": news + " We are sorry."})
    parts = _copies(project, settings, text, ["x"])[("x", "announcement")].parts
    assert parts[0].startswith("Personal data of loyalty members stolen."), parts[0]
    assert "…" not in " ".join(parts), parts
    assert news in parts[1].replace("\n", " "), parts[1]


def test_mastodon_says_the_title_once_when_the_news_cannot_lead(project, settings):
    news = ("On 3 September at 18:47, smoke appeared in the cabin of flight AO 731 from Nantes to Marseille, an "
            "ATR 72-600 registered F-HAOL with 68 passengers and 4 crew on board, which the crew landed in Bordeaux "
            "at 19:09 before evacuating everyone on the runway, where the fire brigade was waiting for them, while "
            "our teams in Nantes, Bordeaux and Marseille called every family whose details we held and opened a "
            "dedicated line, staffed around the clock by people trained to help in such moments.")
    text = statement_file(front="", title="Flight AO 731 diverted to Bordeaux after smoke in the cabin",
                          sections={"Summary": news + " No one was seriously injured. We are deeply sorry."})
    for channel in ("mastodon", "threads"):
        first = _copies(project, settings, text, [channel])[(channel, "announcement")].parts[0]
        assert first.count("diverted to Bordeaux after smoke in the cabin") == 1, first


def test_a_correction_of_counts_in_words_replaces_them_once_and_nothing_else_in_what_we_say_now(project, settings):
    for lang, update, correction, right, wrong in (
            ("en", "Seven people were hurt: five were treated on site and two were taken to hospital. The two-step "
                   "check of the other aircraft is done.",
             "Three people, not two, were taken to hospital; four, not five, were treated on site.",
             "four were treated on site and three were taken to hospital", "two were taken"),
            ("fr", "Sept personnes ont été blessées : cinq ont été soignées sur place et deux ont été conduites au CHU.",
             "Trois personnes, et non deux, ont été conduites au CHU ; quatre, et non cinq, ont été soignées sur place.",
             "quatre ont été soignées sur place et trois ont été conduites au CHU", "deux ont été conduites")):
        text = statement_file(lang=lang, front="", updates=(
            ("2026-09-03 21:50", "identified" if lang == "en" else "identifié", update),))
        heading = "Correction" if lang == "en" else "Rectificatif"
        text = text.replace(update + "\n", f"{update}\n\n#### {heading} · 2026-09-03 23:15\n{correction}\n")
        said, sent, copies = _said_now_and_copies(project, settings, text, ["mastodon"],
                                                  f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        assert right in said and wrong not in said, said
        if lang == "en":
            assert "The two-step check" in said, said  # another "two" is another fact
        assert_sent_as_written(copies, sent, [wrong], [correction.split(";")[0].strip()])


def test_an_instagram_card_says_nobody_was_badly_hurt_even_when_the_sentence_is_long(project, settings):
    summary = ("Le 3 septembre à 18 h 47, de la fumée est apparue dans la cabine du vol AO 731. Personne n'a été "
               "gravement blessé : trois passagers ont été conduits à l'hôpital après l'évacuation et sont tous trois "
               "rentrés chez eux, et quatre autres ont été soignés sur place pour des blessures légères.")
    text = statement_file(lang="fr", front="", title="Fumée en cabine sur le vol AO 731", sections={"Résumé": summary})
    card = _copies(project, settings, text, ["instagram"], "2026-09-03-test.fr.md")[("instagram", "announcement")].visual
    assert "Personne n'a été gravement blessé." in (card or "").replace("’", "'"), card


def test_a_french_recall_says_stop_using_it_when_the_advice_follows_a_condition(project, settings):
    summary = ("Nous rappelons 23 600 transats Cocon fabriqués entre mars et septembre 2026. La boucle du harnais peut "
               "s'ouvrir lorsque le bébé pousse dessus. Si le numéro de lot de votre transat figure ci-dessous, cessez "
               "de l'utiliser dès maintenant, même si la boucle semble fonctionner. Nous en sommes profondément désolés.")
    text = statement_file(lang="fr", front="", title="Rappel : transats Cocon, la boucle du harnais peut s'ouvrir",
                          sections={"Résumé": summary})
    copies = _copies(project, settings, text, ["x", "sms"], "2026-09-03-test.fr.md")
    for key in (("x", "announcement"), ("sms", "announcement")):
        said = " ".join(copies[key].parts)
        assert "cessez de l'utiliser" in said.replace("’", "'"), (key, said)


def test_a_first_estimate_is_never_rewritten_with_the_corrected_figure(project, settings):
    update = ("We reported the breach to the CNIL at 18:00. Our first estimate is that 38,000 customers are "
              "concerned.")
    text = statement_file(front="", updates=(("2026-09-03 19:30", "identified", update),))
    text = text.replace(update + "\n", update + "\n\n#### Correction · 2026-09-04 11:15\nThe number of customers "
                        "concerned is 64,800, not 38,000. Two files were copied; our first estimate covered one.\n")
    said, sent, copies = _said_now_and_copies(project, settings, text, ["mastodon"])
    assert "first estimate is that 64,800" not in said and "38,000" not in said, said
    assert "We reported the breach to the CNIL at 18:00." in said, said
    # The estimate was published; the right figure is told in the correction's own copy.
    assert_sent_as_written(copies, sent, ["Our first estimate is that 38,000 customers are concerned."],
                           ["64,800, not 38,000"])


def test_a_corrected_place_replaces_the_wrong_one_in_what_we_say_now(project, settings):
    for lang, update, correction, right, wrong in (
            ("en", "Bottled water is handed out from noon: in Bréville at the primary school; in Sorbiers at the town hall.",
             "In Bréville, bottled water is handed out at the village hall, place de la Mairie, not at the primary "
             "school.", "in Bréville at the village hall, place de la Mairie;", "primary school"),
            ("fr", "De l'eau en bouteille est distribuée dès midi : à Bréville, à l'école primaire ; à Sorbiers, à la "
                   "mairie.", "À Bréville, l'eau en bouteille est distribuée à la salle des fêtes, place de la Mairie, et "
                              "non à l'école primaire.", "à Bréville, à la salle des fêtes, place de la Mairie", "école")):
        text = statement_file(lang=lang, front="", updates=(
            ("2026-09-03 11:30", "identified" if lang == "en" else "identifié", update),))
        heading = "Correction" if lang == "en" else "Rectificatif"
        text = text.replace(update + "\n", f"{update}\n\n#### {heading} · 2026-09-03 13:10\n{correction}\n")
        said, sent, copies = _said_now_and_copies(project, settings, text, ["mastodon"],
                                                  f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        assert right in said and wrong not in said, said
        assert_sent_as_written(copies, sent, [wrong], ["place de la Mairie"])


def test_advice_that_says_it_travels_with_the_advice_it_points_to(project, settings):
    summary = ("Depuis le samedi 28 novembre, l'eau du robinet ne doit pas être bue à Bréville, aux Essarts, à "
               "Montclar-sur-Orvanne, à Sorbiers, à Vaux-le-Haut et dans les quartiers nord de Saint-Orvan : environ "
               "23 700 habitants répartis dans 10 350 foyers. Des bactéries ont été détectées dans l'eau de notre "
               "réservoir. Nous vous présentons nos excuses : fournir une eau sûre est notre mission, et nous n'y "
               "sommes pas parvenus.")
    advice = ("- Ne buvez pas l'eau du robinet, même filtrée.\n- Ne l'utilisez pas pour préparer les biberons, faire des "
              "glaçons ou vous brosser les dents.\n- Vous pouvez l'utiliser pour la douche.")
    text = statement_file(lang="fr", front="", title="Eau du robinet à ne pas boire dans six communes",
                          sections={"Résumé": summary, "Ce que vous pouvez faire": advice})
    for channel in ("mastodon", "threads", "x", "bluesky"):
        said = "\n".join(_copies(project, settings, text, [channel], "2026-09-03-test.fr.md")[
            (channel, "announcement")].parts).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
        if "Ne l'utilisez pas" in said:
            before = said[:said.index("Ne l'utilisez pas")].rstrip()
            assert before.endswith("Ne buvez pas l'eau du robinet, même filtrée."), (channel, said)


def test_an_apology_that_says_if_you_is_never_listed_as_what_to_do(project, settings):
    text = statement_file(front="spokesperson: {name: Anne Roy, role: Chair of Calypso Pay}\n", sections={"Summary": (
        "Voicemail notifications reached some customers up to three hours late. The messages were kept and could be "
        "heard by calling 620. Sorry if you missed a call that mattered.")})
    copies = _copies(project, settings, text, ["facebook", "email"])
    said = copies[("facebook", "announcement")].parts[0]
    assert "What you should do" not in said, said
    mail = "\n".join(copies[("email", "announcement")].parts)
    assert "Anne Roy\nChair of Calypso Pay" in mail and "Chair of Calypso Pay\nCalypso Pay" not in mail, mail


def test_an_instagram_correction_card_never_shows_a_bare_figure_without_its_unit(project, settings):
    update = "About 1.1 million customers are affected. Our engineers are on site."
    text = statement_file(front="", updates=(("2026-09-03 09:40", "identified", update),))
    text = text.replace(update + "\n", update + "\n\n#### Correction · 2026-09-03 11:00\nThe number of customers "
                        "affected is about 1.9 million, not 1.1 million.\n")
    card = _copies(project, settings, text, ["instagram"])[("instagram", "correction")].visual or ""
    assert "1.9, not 1.1" not in card and "1.9 million, not 1.1 million" in card, card


def test_a_safety_updates_first_post_carries_its_warning(project, settings):
    update = ("Flushing of the pipes was completed at 4 am. Our teams took 18 samples across the six communes at 7 am; "
              "the results are expected tomorrow morning. Under the health agency's rules, the advisory can only be "
              "lifted after two compliant results 24 hours apart, on Tuesday 1 December at the earliest. The agency "
              "has told us that seven residents have seen a doctor for digestive symptoms; none was admitted to "
              "hospital. Do not drink tap water until we tell you otherwise.")
    text = statement_file(front="kind: safety\n", title="Do not drink tap water in six communes",
                          sections={"Summary": "Bacteria were found in the tap water of six communes. We are sorry."},
                          updates=(("2026-09-03 12:00", "monitoring", update),))
    first = _copies(project, settings, text, ["x"])[("x", "update")].parts[0]
    assert "Do not drink tap water until we tell you otherwise." in first, first


def test_a_corrected_count_said_of_something_else_is_not_put_in_the_update(project, settings):
    update = "Deux salariés incommodés par les fumées ont été transportés à l'hôpital de Chartres par précaution."
    text = statement_file(lang="fr", front="", updates=(("2026-09-03 16:30", "identifié", update),))
    text = text.replace(update + "\n", update + "\n\n#### Rectificatif · 2026-09-03 21:10\nTrois salariés, et non deux, "
                        "ont été examinés à l'hôpital : le troisième s'y est rendu par ses propres moyens.\n")
    said = " ".join(_copies(project, settings, text, ["mastodon"], "2026-09-03-test.fr.md")[("mastodon", "update")].parts)
    assert "Trois salariés incommodés par les fumées ont été transportés" not in said, said


def test_an_apology_that_owns_what_came_before_keeps_it(project, settings):
    summary = ("An attacker copied the e-mail addresses of 41,000 players. The account used did not require a second "
               "verification step. That was our failure, and we are sorry. We will never ask for your password by "
               "e-mail.")
    text = statement_file(front="", title="Player data copied", sections={"Summary": summary})
    for channel in ("mastodon", "x"):
        said = " ".join(_copies(project, settings, text, [channel])[(channel, "announcement")].parts).replace("\n", " ")
        before = said[:said.index("That was our failure")].rstrip()
        assert before.endswith("did not require a second verification step."), (channel, said)


def test_a_lead_in_never_ends_a_post_without_the_items_under_it(project, settings):
    advice = ("1. Check whether your car is affected at https://www.orvane.example/recall.\n"
              "2. Until your car has been repaired:\n    - park and charge it outdoors whenever you can;\n"
              "    - do not leave it charging unattended in a garage.\n3. Book your repair from 30 November.")
    text = statement_file(front="kind: recall\n", title="Recall of KARST cars: battery fire risk",
                          sections={"Summary": "We are recalling 22,855 KARST cars after two fires during charging. "
                                               "We are sorry.", "What you should do": advice})
    for channel in ("x", "bluesky", "mastodon", "facebook"):
        said = "\n".join(_copies(project, settings, text, [channel])[(channel, "announcement")].parts)
        if "Until your car has been repaired:" in said:
            assert "Until your car has been repaired: park and charge it outdoors" in said, (channel, said)


def test_an_email_of_the_newest_update_drops_its_own_promise_once_it_has_passed(project, settings):
    text = statement_file(front="", updates=(
        ("2026-09-04 11:00", "identified", "We have blocked the account. Next update here by 18:00 today."),))
    text = text.replace("started: 2026-09-03 09:12\n", "started: 2026-09-03 09:12\nnext_update: 2026-09-04 18:00\n")
    mail = "\n".join(_copies(project, settings, text, ["email"])[("email", "update")].parts)
    assert "We have blocked the account." in mail and "18:00 today" not in mail, mail


def test_a_summary_that_opens_on_what_was_said_before_is_led_by_the_title(project, settings):
    summary = ("On 16 November we told E1 owners that the remote services would stop on 15 December. Four weeks' "
               "notice was far too short, and we apologise. The closure is postponed to 31 March 2027.")
    text = statement_file(front="", title="Remote services for E1 cars end on 31 March 2027, not 15 December",
                          sections={"Summary": summary})
    copies = _copies(project, settings, text, ["x", "sms"])
    for key in (("x", "announcement"), ("sms", "announcement")):
        said = copies[key].parts[0]
        assert "end on 31 March 2027, not 15 December" in said, (key, said)


def test_an_apology_for_a_video_that_mocked_players_carries_no_brand_hashtag(project, settings):
    summary = ("On 18 November our accounts posted a video joking that players who turn on accessibility settings are "
               "not really playing. It was offensive. We took it down at 19:48. We apologise to everyone it hurt.")
    text = statement_file(front="hashtags: [IRONWAKE]\n", title="Our video mocking players who use accessibility settings",
                          sections={"Summary": summary})
    copies = _copies(project, settings, text, ["x", "bluesky", "mastodon"])
    for channel in ("x", "bluesky", "mastodon"):
        said = " ".join(copies[(channel, "announcement")].parts)
        assert "#IRONWAKE" not in said, (channel, said)


def test_a_table_of_situations_is_advice_one_row_each_and_the_summary_is_never_told_twice(project, settings):
    table = ("| Your situation | What to do |\n|---|---|\n| You were debited twice on 5 November | Nothing. The "
             "second payment was refunded by 9 November. |\n| You cannot see the refund | Call us on +33 1 99 00 42 20. |")
    summary = ("On 5 November we took the November payment twice from 41,270 customers. The mistake was ours and we "
               "apologise: it left a gap in their bank account at the start of the month.")
    text = statement_file(front="", title="November payment taken twice", sections={
        "Summary": summary, "What you should do": table})
    copies = _copies(project, settings, text, ["facebook", "x"])
    facebook = copies[("facebook", "announcement")].parts[0]
    assert "- If you were debited twice on 5 November, you do not need to do anything." in facebook, facebook
    assert "Your situation" not in facebook and "What to do" not in facebook, facebook
    thread = "\n".join(copies[("x", "announcement")].parts)
    assert thread.count("we took the November payment twice") == 1, thread


def test_advice_listed_as_one_sentence_in_pieces_is_never_cut_mid_sentence_nor_pushes_out_the_apology(
        project, settings):
    advice = ("Si vous avez mangé au brunch du 22 novembre :\n"
              "- si vous avez encore de la fièvre ou des douleurs au ventre, consultez un médecin et dites-lui que "
              "vous avez pu être exposé à des salmonelles ;\n"
              "- buvez beaucoup d'eau et lavez-vous souvent les mains : la maladie peut se transmettre à vos proches ;\n"
              "- pour un jeune enfant, une femme enceinte, une personne âgée ou fragile, consultez sans attendre ;\n"
              "- pour le remboursement et l'indemnisation, appelez notre ligne dédiée au +33 5 59 41 27 27 (tous les "
              "jours de 9 h à 19 h), en gardant vos justificatifs de soins.")
    summary = ("Au total, 57 personnes sont tombées malades après avoir mangé au brunch du dimanche 22 novembre au "
               "restaurant Le Phare. La cause est une mousse au chocolat préparée avec des œufs crus contaminés par des "
               "salmonelles. C'est notre faute et nous présentons nos excuses à chacune de ces personnes.")
    text = statement_file(lang="fr", front="", title="Intoxication au brunch du 22 novembre",
                          sections={"Résumé": summary, "Ce que vous pouvez faire": advice},
                          updates=(("2026-09-03 10:05", "identifié", "Le restaurant reste fermé."),))
    for channel in ("x", "bluesky", "mastodon", "threads"):
        parts = _copies(project, settings, text, [channel], "2026-09-03-test.fr.md")[(channel, "announcement")].parts
        said = "\n".join(parts)
        assert "nous présentons nos excuses" in said, (channel, said)
        for part in parts:
            body = re.sub(r"\s*\d+/\d+$", "", part.strip()).rstrip()
            body = body.split("\n")[-1] if body.split("\n")[-1].startswith("http") else body
            assert not re.search(r"[;:,]$", body), (channel, part)


def test_a_regret_that_owns_the_duty_named_before_it_never_stands_alone(project, settings):
    # « Nous ne l'avons pas fait » alone reads as a denial; it owns the duty the sentence before names.
    summary = ("Le bâtiment des Ormes est fermé depuis le 19 novembre à 14 h : des dalles contenant de l'amiante ont "
               "été découvertes. Les cours ont été déplacés.")
    happened = ("Le repérage réalisé avant les travaux n'a pas inspecté cet espace. Il appartenait à l'université, qui "
                "commandait les travaux, de s'assurer que ce repérage était complet. Nous ne l'avons pas fait, et nous "
                "le regrettons.")
    text = statement_file(lang="fr", front="", title="Bâtiment des Ormes fermé après la découverte d'amiante",
                          sections={"Résumé": summary, "Ce qui s'est passé": happened},
                          updates=(("2026-09-03 10:05", "identifié", "Les mesures de l'air sont en cours."),))
    copies = _copies(project, settings, text, ["x", "mastodon", "linkedin", "facebook"], "2026-09-03-test.fr.md")
    for (channel, kind), copy in copies.items():
        said = " ".join(copy.parts).replace("\n", " ")
        if "Nous ne l'avons pas fait" in said:
            before = said[:said.index("Nous ne l'avons pas fait")].rstrip()
            assert before.endswith("de s'assurer que ce repérage était complet."), (channel, said)


def test_a_purpose_that_names_the_news_by_a_pronoun_stays_right_after_it(project, settings):
    summary = ("At 3:40 am on 24 November, our university was hit by a ransomware attack. To contain it we cut our "
               "network off from the internet, and most of our digital services went down. The attackers also stole "
               "the records of 68,500 students. We are sorry.")
    text = statement_file(front="", title="Cyberattack: student records stolen", sections={
        "Summary": summary, "What you should do": "- We will never ask for your password by e-mail or phone."})
    for channel in ("mastodon", "threads", "x", "bluesky"):
        # Within a post, nothing comes between the news and the purpose that names it by "it".
        for part in _copies(project, settings, text, [channel])[(channel, "announcement")].parts:
            said = part.replace("\n", " ")
            if "To contain it" in said and not said.startswith("To contain it"):
                before = said[:said.index("To contain it")].rstrip()
                assert before.endswith("hit by a ransomware attack."), (channel, said)


def test_every_email_of_a_thread_has_a_subject_of_its_own(project, settings):
    title = "Fire at Alcôve Chamonix Mont-Blanc on the night of 14 to 15 November"
    text = statement_file(title=title, front="", updates=(
        ("2026-09-04 12:00", "monitoring", "All guests have been rehoused."),
        ("2026-09-04 03:10", "identified", "The fire is out."),
        ("2026-09-04 00:35", "investigating", "A fire broke out in the laundry.")))
    copies = [c for c in render_copies(write_statement(project, settings, text), settings, ["email"], NOW)
              if c.kind == "update"]
    subjects = [c.subject for c in copies]
    assert len(subjects) == 3 and len(set(subjects)) == 3, subjects
    assert all(len(subject) <= 78 for subject in subjects), subjects


def test_an_sms_after_a_bad_buzz_carries_the_apology_and_never_points_to_a_page(project, settings):
    summary = ("Notre publicité « Papy au volant », diffusée depuis le 20 novembre, tournait en dérision les conducteurs "
               "âgés. Nous l'avons retirée de toutes les chaînes de télévision et de tous nos réseaux le 23 novembre. "
               "Nous avons eu tort de la diffuser et nous vous présentons nos excuses.")
    text = statement_file(lang="fr", front="", title="Notre publicité « Papy au volant » est retirée",
                          sections={"Résumé": summary}, updates=(("2026-09-03 10:05", "résolu", "Le spot est retiré."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")].parts[0]
    assert "nous vous présentons nos excuses" in sms, sms
    breach = statement_file(front="", title="Cyberattack: student records stolen", sections={
        "Summary": "Attackers stole the records of 68,500 students on 24 November. We are sorry.",
        "What you should do": "- Set a new password (see the update of 27 November).\n"
                              "- We will never ask for your password by e-mail."})
    sms = _copies(project, settings, breach, ["sms"])[("sms", "announcement")].parts[0]
    assert "(see the update" not in sms and "Cyberattack: student" not in sms.split(":", 1)[1], sms


def test_an_instagram_card_carries_the_thing_to_do_not_a_bare_condition(project, settings):
    advice = ("- Si vous avez mangé au brunch du 22 novembre : si vous avez encore de la fièvre, de la diarrhée ou des "
              "douleurs au ventre, consultez un médecin et dites-lui que vous avez pu être exposé à des salmonelles.")
    text = statement_file(lang="fr", front="", title="Intoxication alimentaire après notre brunch du 22 novembre",
                          sections={"Résumé": "57 personnes sont tombées malades après notre brunch. Nous présentons "
                                              "nos excuses.", "Ce que vous pouvez faire": advice},
                          updates=(("2026-09-03 10:05", "identifié", "Le restaurant est fermé."),))
    card = _copies(project, settings, text, ["instagram"], "2026-09-03-test.fr.md")[("instagram", "announcement")]
    image = card.visual or ""
    assert "consultez un médecin" in image, image


def test_a_bare_apology_travels_with_the_sentence_it_is_for(project, settings):
    summary = ("Storm Ilona damaged thousands of our customers' homes in northern France on 22 November. We have "
               "received 9,870 claims so far. On 22 November we said a loss adjuster would visit within 7 days; in the "
               "Somme we have not kept that promise. We are sorry. Anyone whose home cannot be lived in is seen first.")
    text = statement_file(front="", title="Storm Ilona: visits delayed in the Somme", sections={"Summary": summary})
    for channel in ("x", "bluesky", "mastodon", "sms"):
        said = " ".join(_copies(project, settings, text, [channel])[(channel, "announcement")].parts).replace("\n", " ")
        if "We are sorry." in said:
            before = said[:said.index("We are sorry.")].rstrip()
            assert before.endswith("we have not kept that promise."), (channel, said)


def test_above_in_a_comparison_is_never_taken_for_a_pointer_to_the_page(project, settings):
    # "the only one above the rating allowed" compares; made "on our website", it said the opposite.
    summary = ("On 23 November a horror trailer was shown on 21,700 Kids profiles. Our age check covered films and "
               "series, not trailers: the Hollow Pines banner was the only one above the rating allowed. We are sorry.")
    text = statement_file(front="", title="Horror trailer shown on Kids profiles", sections={"Summary": summary})
    for channel in ("mastodon", "facebook", "email", "sms"):
        said = " ".join(_copies(project, settings, text, [channel])[(channel, "announcement")].parts).replace("\n", " ")
        assert "on our website the rating allowed" not in said, (channel, said)


def test_an_sms_never_tells_people_to_forward_this_sms_without_the_scam_it_means(project, settings):
    advice = ("- Des SMS frauduleux se faisant passer pour nous circulent depuis hier et demandent vos coordonnées "
              "bancaires. Ne cliquez pas sur le lien et transférez ce SMS au 33700.")
    text = statement_file(lang="fr", front="", title="Accès non autorisé à l'Espace patient", sections={
        "Résumé": "Un tiers non autorisé a copié les données de 38 600 patients de notre Espace patient. Nous vous "
                  "présentons nos excuses.", "Ce que vous pouvez faire": advice},
        updates=(("2026-09-03 10:05", "identifié", "L'Espace patient reste fermé."),))
    update = ("Notre numéro vert, le 0 800 74 74 12, est ouvert depuis 8 h. Depuis ce matin, des patients reçoivent "
              "un SMS qui leur demande de payer 1,99 € pour la livraison d'une ordonnance. Ce message ne vient pas de "
              "nous. Nous ne savons pas encore s'il a un lien avec l'accès non autorisé. Ne cliquez pas sur le lien et "
              "transférez ce SMS au 33700. Prochain point d'ici 19 h.")
    text = text.replace("L'Espace patient reste fermé.", update)
    copies = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")
    for copy in (copies[("sms", "announcement")], copies[("sms", "update")]):
        sms = copy.parts[0]
        if "transférez ce SMS" in sms:
            assert "frauduleux" in sms or "qui leur demande de payer" in sms, sms


def test_a_table_in_a_long_copy_reads_one_row_a_line_each_value_after_its_column(project, settings):
    # Never "Plan Annual price Subscribers charged twice Standard annual €89.90 2,962 …".
    for lang, heading, table, row in (
            ("en", "What happened",
             "| Plan | Annual price | Charged twice |\n|---|---|---|\n| Standard annual | €89.90 | 2,962 |\n"
             "| Premium annual | €129.90 | 1,153 |",
             "- Standard annual — Annual price: €89.90 — Charged twice: 2,962\n"
             "- Premium annual — Annual price: €129.90 — Charged twice: 1,153"),
            ("fr", "Ce qui s'est passé",
             "| Formule | Prix annuel | Débités deux fois |\n|---|---|---|\n| Standard annuel | 89,90 € | 2 962 |\n"
             "| Premium annuel | 129,90 € | 1 153 |",
             "- Standard annuel — Prix annuel\u00a0: 89,90 € — Débités deux fois\u00a0: 2 962\n"
             "- Premium annuel — Prix annuel\u00a0: 129,90 € — Débités deux fois\u00a0: 1 153")):
        summary = ("We charged 4,115 subscribers twice. We are sorry." if lang == "en"
                   else "Nous avons débité 4 115 abonnés deux fois. Nous en sommes désolés.")
        text = statement_file(lang=lang, front="", sections={
            "Summary" if lang == "en" else "Résumé": summary,
            heading: ("Our renewal system retried payments." if lang == "en"
                      else "Notre système de renouvellement a relancé les paiements.") + "\n\n" + table})
        name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
        linkedin = "\n".join(_copies(project, settings, text, ["linkedin"], name)[("linkedin", "announcement")].parts)
        assert row in linkedin, linkedin
        assert "Formule Prix" not in linkedin and "Plan Annual" not in linkedin


def test_an_sms_carries_the_apology_clause_of_a_long_apology(project, settings):
    # « Cette panne est de notre fait : nous vous présentons nos excuses pour… » does not fit
    # whole beside the news and the advice; its apology does.
    text = statement_file(lang="fr", front="", sections={
        "Résumé": "La mise en vente a été interrompue pendant près de 5 heures. Si vous voyez un paiement en attente "
                  "sans e-mail de confirmation, vous n'avez rien à faire. Cette panne est de notre fait : nous vous "
                  "présentons nos excuses pour les heures perdues et le stress que nous avons causés à chacun."},
        updates=(("2026-09-03 10:05", "identifié", "Nous rouvrons la vente à 15 h."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")]
    said = sms.parts[0]
    assert "Nous vous présentons nos excuses." in said, said
    assert "vous n'avez rien à faire" in said and sms.lengths[0] <= sms.limit


def test_an_update_subject_drops_a_phrase_rather_than_cutting_one_and_never_repeats_a_time(project, settings):
    # « …interrompue pendant près… : point de 10 h 12 » cut a phrase; two updates at 18 h on two
    # days gave two identical subjects.
    text = statement_file(lang="fr", front="", title="Mise en vente de Halcyon Drive interrompue pendant près de 5 heures",
                          sections={"Résumé": "La mise en vente a été interrompue. Nous vous présentons nos excuses."},
                          updates=(("2026-09-04 18:00", "surveillance", "La vente fonctionne."),
                                   ("2026-09-03 18:00", "identifié", "Nous rouvrons la vente à 15 h.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    subjects = [c.subject for c in render_copies(statement, settings, ["email"], NOW) if c.kind == "update"]
    for subject in subjects:
        assert subject.startswith(("Mise en vente de Halcyon Drive interrompue\u00a0: point du ",
                                   "Mise en vente de Halcyon Drive interrompue\u00a0: premier point, le ")), subject
        assert "…" not in subject and len(subject) <= 78
    assert len(set(subjects)) == len(subjects) == 2, subjects


def test_the_first_x_post_carries_the_apology_without_what_it_is_for_when_whole_it_does_not_fit(project, settings):
    text = statement_file(lang="fr", front="", title="Mise en vente de Halcyon Drive interrompue pendant près de 5 heures",
                          sections={"Résumé": "Le samedi 14 novembre, trois minutes après l'ouverture à 10 h de la mise "
                                              "en vente de la tournée européenne 2027 de Halcyon Drive, notre file "
                                              "d'attente virtuelle est tombée en panne et les fans ne pouvaient plus "
                                              "accéder à la vente sur notre site ni sur notre application. Cette panne "
                                              "est de notre fait : nous vous présentons nos excuses pour les heures "
                                              "perdues et le stress que nous avons causés."}, updates=(
        ("2026-09-03 15:20", "résolu", "La vente a rouvert à 15 h."),))
    x = _copies(project, settings, text, ["x"], "2026-09-03-test.fr.md")[("x", "announcement")]
    first = x.parts[0].replace("\u00a0", " ")
    assert "Cette panne est de notre fait : nous vous présentons nos excuses." in first, x.parts


def test_an_sms_never_cuts_a_plan_after_its_first_line_and_stays_as_sent(project, settings):
    plan = ("Voici le plan de transport pour samedi 28 et dimanche 29 novembre : T1, 1 tram sur 2 ; T2, 1 tram sur 3 ; "
            "T3, aucun tram ; C1, service normal samedi et 1 bus sur 2 dimanche ; C2, 1 bus sur 2 ; C3, 1 bus sur 3 ; "
            "autres lignes de bus, 70 % des services samedi et 60 % dimanche. Les lignes de nuit ne circuleront pas.")
    text = statement_file(lang="fr", front="", sections={"Résumé": "Une grève perturbe le réseau ce week-end."},
                          updates=(("2026-09-03 17:30", "identifié",
                                    plan + "\n\n#### Rectificatif · 2026-09-03 19:10\nLa ligne C3 circulera avec 1 bus "
                                           "sur 2, et non 1 bus sur 3 comme indiqué."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update").parts[0]
    assert ": T1." not in sms, sms
    # (The text of 17:30 says what was sent at 17:30; the correction of 19:10 has its own.)
    assert "Rectifié" not in sms and "C3, 1 bus sur 2" not in sms, sms


def test_a_french_breach_sms_keeps_the_line_against_fraud_cut_before_its_purpose(project, settings):
    text = statement_file(lang="fr", front="", title="Données personnelles de 73 480 clients consultées via notre outil",
                          sections={"Résumé": "Entre le 23 novembre à 14 h 02 et le 25 novembre à 22 h 31, un attaquant a "
                                              "utilisé les identifiants volés d'un conseiller pour accéder à notre outil de "
                                              "service client et a copié les données personnelles de 73 480 clients. Nous "
                                              "vous présentons nos excuses.",
                                    "Ce que vous devez faire": "- Nous ne vous appellerons, ne vous écrirons et ne vous "
                                    "enverrons jamais de SMS pour vous demander un code, un mot de passe ou votre code "
                                    "PIN, pour confirmer un paiement ou pour transférer de l'argent vers un « compte "
                                    "sécurisé »."})
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")].parts[0]
    assert "jamais de SMS pour vous demander un code" in sms, sms


def test_who_was_hurt_goes_beside_an_accident_in_the_first_post(project, settings):
    text = statement_file(front="", title="T1 tram collided with a delivery van at the Tanneurs crossing",
                          sections={"Summary": "On Tuesday 24 November at 7:48, a line T1 tram collided with a delivery "
                                               "van at the crossing of avenue Jean-Jaurès and rue des Tanneurs in "
                                               "Valbourg. The van driver was seriously injured and 6 tram passengers "
                                               "were slightly injured. The causes are not yet known: a judicial "
                                               "investigation is under way. Line T1 has been running normally again "
                                               "since 18:10."}, updates=(("2026-09-03 10:05", "identified",
                                                                          "The investigation continues."),))
    copies = _copies(project, settings, text, ["x", "sms"])
    x, sms = copies[("x", "announcement")], copies[("sms", "announcement")]
    assert "seriously injured" in x.parts[0], x.parts
    assert "seriously injured" in sms.parts[0] and counting.sms_segments(sms.parts[0]) <= 2, sms.parts


_PLAN = ("Voici le plan de transport pour samedi 28 et dimanche 29 novembre : T1, 1 tram sur 2 ; T2, 1 tram sur 3 ; "
         "T3, aucun tram ; C1, service normal samedi et 1 bus sur 2 dimanche ; C2, 1 bus sur 2 ; C3, 1 bus sur 3 ; "
         "autres lignes de bus, 70 % des services samedi et 60 % dimanche. Les lignes de nuit ne circuleront pas.")


def test_a_correction_of_one_line_corrects_only_that_line_in_what_we_say_now_and_every_copy_keeps_the_plan(
        project, settings):
    text = statement_file(lang="fr", front="", sections={"Résumé": "Une grève perturbe le réseau ce week-end."},
                          updates=(("2026-09-03 17:30", "identifié",
                                    _PLAN + "\n\n#### Rectificatif · 2026-09-03 19:10\nLa ligne C3 circulera avec 1 bus "
                                            "sur 2, et non 1 bus sur 3 comme indiqué."),))
    said, update, copies = _said_now_and_copies(project, settings, text, ["x", "facebook", "sms"],
                                                "2026-09-03-test.fr.md")
    assert "T2, 1 tram sur 3" in said and "C3, 1 bus sur 2" in said, said
    assert "C3, 1 bus sur 3" not in said, said
    # Every copy of the update carries the plan as it was sent; the correction's copy says
    # what was corrected in its own words ("1 sur 3" alone would say nothing).
    assert_sent_as_written(copies, update, ["T2, 1 tram sur 3", "C3, 1 bus sur 3"],
                           ["ligne C3 circulera avec 1 bus sur 2, et non 1 bus sur 3"])
    x = next(c for c in copies if c.channel == "x" and c.kind == "update")
    # A post ends between two lines of the plan, never inside one ("autres lignes de bus," / "70 %").
    assert not any(re.search(r",\s*\n\d+/\d+$", part) for part in x.parts), x.parts


def test_an_update_sms_keeps_the_caveat_beside_the_news_and_drops_the_promise_first(project, settings):
    text = statement_file(lang="fr", front="", title="Rappel d'épinards hachés à la crème (listeria)", sections={
        "Résumé": "Nous rappelons nos épinards hachés à la crème 450 g, lot L2631 : ne les consommez pas."},
        updates=(("2026-09-03 17:00", "surveillance",
                  "Santé publique France nous a informés que 2 cas de listériose, en France, font l'objet d'une "
                  "enquête pour savoir s'ils sont liés à nos produits. Aucun lien n'est établi à ce stade ; nous "
                  "avons transmis toutes les informations demandées et nous publierons ici le résultat dès que les "
                  "autorités le communiqueront. Les 12 460 unités qui n'avaient pas été vendues ont toutes été "
                  "bloquées et seront détruites. Prochain point au plus tard le samedi 5 septembre à 17 h."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "update")].parts[0]
    assert "Aucun lien n'est établi à ce stade." in sms, sms
    assert counting.sms_segments(sms) <= 2, sms


def test_an_accident_update_sms_says_the_line_is_still_cut_before_the_next_update(project, settings):
    text = statement_file(lang="fr", front="", title="Collision entre un tram et une camionnette", severity="critical",
                          sections={"Résumé": "Un tram de la ligne T1 est entré en collision avec une camionnette."},
                          updates=(("2026-09-03 10:05", "analyse",
                                    "À 7 h 48, un tram de la ligne T1 est entré en collision avec un véhicule au "
                                    "carrefour de l'avenue Jean-Jaurès et de la rue des Tanneurs. Les secours sont sur "
                                    "place et prennent en charge des blessés ; nous ne connaissons pas encore leur "
                                    "nombre. Merci d'éviter le secteur. Prochain point avant 10 h 30."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "update")].parts[0]
    assert "prennent en charge des blessés" in sms and "éviter le secteur" in sms, sms
    assert counting.sms_segments(sms) <= 2, sms


def test_an_update_sms_says_what_we_do_to_protect_people_before_other_facts(project, settings):
    text = statement_file(lang="fr", front="", title="Rupture de la potence d'une trottinette G3", severity="critical",
                          sections={"Résumé": "Une usagère a été blessée après la rupture de la potence de sa "
                                              "trottinette. Nous lui présentons nos excuses."},
                          updates=(("2026-09-03 22:50", "analyse",
                                    "Ce soir vers 18 h 40, une usagère a été blessée allées Jean-Jaurès à la suite de "
                                    "la rupture de la potence de sa trottinette Glisso. Elle a été prise en charge par "
                                    "les secours. Par précaution, nous retirons cette nuit toutes les trottinettes du "
                                    "même modèle, le G3. Les autres trottinettes et les vélos restent disponibles."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "update")].parts[0]
    assert "nous retirons cette nuit toutes les trottinettes" in sms, sms
    assert counting.sms_segments(sms) <= 2


def test_ne_plus_is_advice_an_sms_keeps(project, settings):
    text = statement_file(lang="fr", front="", title="Rappel de croquettes pour chat", sections={
        "Résumé": "Nous rappelons cinq lots de croquettes pour chat : ils contiennent trop de vitamine D."},
        updates=(("2026-09-03 17:00", "identifié",
                  "Nous rappelons cinq lots (L6297 à L6301) de croquettes Everyday Adult Cat Poulet & Riz, en 800 g et "
                  "2 kg, car ils contiennent trop de vitamine D. Ne donnez plus ces lots à votre chat ; s'il semble "
                  "malade, consultez votre vétérinaire. Vous pouvez vous faire rembourser en magasin ou auprès de "
                  "nous."),))
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "update")].parts[0]
    assert "Ne donnez plus ces lots à votre chat" in sms, sms


def test_an_sms_never_cuts_the_news_before_how_it_happened(project, settings):
    text = statement_file(lang="fr", front="", severity="critical",
                          title="Usagère blessée après la rupture d'une trottinette, les 1 180 trottinettes G3 retirées",
                          sections={"Résumé": "Le samedi 21 novembre vers 18 h 40, une usagère de 34 ans est tombée "
                                              "allées Jean-Jaurès, à Toulouse, lorsque la potence de sa trottinette "
                                              "Glisso s'est rompue au niveau de l'articulation de pliage. Elle a été "
                                              "hospitalisée avec une fracture du poignet et des blessures au visage. "
                                              "Nous lui présentons nos excuses."})
    sms = _copies(project, settings, text, ["sms"], "2026-09-03-test.fr.md")[("sms", "announcement")].parts[0]
    assert "est tombée allées Jean-Jaurès, à Toulouse. " not in sms, sms
    assert "rupture" in sms, sms


def test_an_instagram_picture_always_says_something_beyond_the_title(project, settings):
    text = statement_file(lang="fr", front="", severity="minor",
                          title="Stations du Capitole fermées pendant le marché de Noël, jusqu'au 27 décembre",
                          sections={"Résumé": "Nos deux stations de la place du Capitole sont fermées jusqu'au 27 "
                                              "décembre.",
                                    "Ce que vous pouvez faire": "- Pour déposer un vélo, utilisez les stations Wilson "
                                    "(rue Lafayette, 22 places) ou Esquirol (rue de Metz, 20 places), ou la station "
                                    "temporaire de la rue du Taur, à 150 mètres du Capitole (30 places)."},
                          updates=(("2026-09-03 10:05", "identifié",
                                    "Les stations Capitole Nord et Capitole Sud et la zone de stationnement des "
                                    "trottinettes de la place du Capitole sont fermées jusqu'au dimanche 27 décembre "
                                    "inclus, pendant le marché de Noël. Les stations Wilson et Esquirol restent "
                                    "ouvertes."),))
    copies = _copies(project, settings, text, ["instagram"], "2026-09-03-test.fr.md")
    announcement, update = copies[("instagram", "announcement")].visual, copies[("instagram", "update")].visual
    assert announcement and "utilisez les stations Wilson ou Esquirol" in announcement, announcement
    assert update and "Les stations Wilson et Esquirol restent ouvertes." in update, update


def test_an_update_sms_never_sends_a_death_without_its_caveat(project, settings):
    text = statement_file(title="Recall of Everyday Adult Cat dry food", front="", sections={
        "Summary": "We are recalling five batches of Everyday Adult Cat dry food: they contain too much vitamin D."},
        updates=(("2026-09-03 18:30", "monitoring",
                  "Owners and vets have reported 27 cats that became unwell after eating the recalled batches. In "
                  "nine of them, vets have confirmed raised blood calcium; all nine are receiving treatment. We have "
                  "also been told of one cat that died; we do not yet know whether our food was the cause, and we "
                  "are in contact with its owner and vet. So far 14,820 bags have been returned or destroyed."),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "one cat that died" not in sms or "we do not yet know whether our food was the cause" in sms, sms
    assert counting.sms_segments(sms) <= 2


def test_an_update_sms_gives_a_helpline_with_its_number_or_not_at_all(project, settings):
    text = statement_file(title="Unauthorised access to our appointment system", front="", sections={
        "Summary": "Someone copied the appointment data of 48,312 patients. We apologise."},
        updates=(("2026-09-03 17:30", "identified",
                  "We notified the CNIL at 16:00. Password resets are under way. We are drawing up the exact list of "
                  "patients affected so that we can tell each of them individually. A dedicated line is open: "
                  "[+33 2 61 91 40 40](tel:+33261914040), Monday to Saturday, 8 am to 8 pm."),))
    sms = _copies(project, settings, text, ["sms"])[("sms", "update")].parts[0]
    assert "A dedicated line is open." not in sms, sms
    assert "+33 2 61 91 40 40" in sms and counting.sms_segments(sms) <= 2, sms


def test_a_correction_of_what_was_said_is_printed_whole_in_its_own_copy_and_changes_no_time_of_the_update(
        project, settings):
    update = ("41,870 customers are affected. The storage was readable from the internet from 2 November at 11:08. "
              "Phone numbers were not in the files. We notified the CNPD at 10:15.")
    correction = ("Mobile phone numbers were in these files too. At 12:00 we wrote the opposite: that was wrong. "
                  "Expect fraudulent calls using your name.")
    text = statement_file(front="", updates=(("2026-09-03 12:00", "identified", update),))
    text = text.replace(update + "\n", f"{update}\n\n#### Correction · 2026-09-03 18:30\n{correction}\n")
    said, sent, copies = _said_now_and_copies(project, settings, text, ["mastodon"])
    # The correction's "At 12:00" changes none of the update's times.
    assert "from 2 November at 11:08" in said and "We notified the CNPD at 10:15." in said, said
    # The update's copy as it was sent; the correction's own copy gives all its words, never a
    # bare "see our correction".
    assert_sent_as_written(copies, sent, ["Phone numbers were not in the files.", "11:08", "10:15"], [correction])
    assert not any("see our correction" in part for c in copies for part in c.parts), copies


def test_a_lifted_water_ban_leads_with_the_water_being_safe_not_with_the_old_title(project, settings):
    # The title "Tap water to be boiled in …" is what the statement said while it was true; a
    # first post and an SMS that only repeat it after the ban is lifted tell people to boil safe water.
    summaries = {
        "en": ("From Wednesday 25 to Sunday 29 November, the 11,600 residents of Marcilly, Saint-Aubin-sur-Loue and the "
               "Aubiers district of Villebrune could not drink tap water without boiling it, after bacteria were found "
               "in the Aubiers reservoir. Since 29 November at 17:00, the water is safe to drink again: the regional "
               "health agency lifted the restriction after two compliant analyses. We apologise."),
        "fr": ("Du mercredi 25 au dimanche 29 novembre, les 11 600 habitants de Marcilly, de Saint-Aubin-sur-Loue et du "
               "quartier des Aubiers, à Villebrune, ne devaient pas boire l'eau du robinet sans l'avoir fait bouillir, "
               "après la découverte de bactéries dans le réservoir des Aubiers. Depuis le 29 novembre à 17:00, l'eau "
               "est de nouveau potable : l'Agence régionale de santé a levé la restriction après deux analyses "
               "conformes. Nous vous présentons nos excuses."),
    }
    titles = {"en": "Tap water to be boiled in Marcilly, Saint-Aubin-sur-Loue and the Aubiers district",
              "fr": "Eau du robinet à faire bouillir à Marcilly, Saint-Aubin-sur-Loue et aux Aubiers"}
    safe = {"en": "safe to drink again", "fr": "de nouveau potable"}
    for lang in ("en", "fr"):
        text = statement_file(lang=lang, title=titles[lang], front="",
                              sections={"Summary" if lang == "en" else "Résumé": summaries[lang]},
                              updates=(("2026-09-03 17:00", "resolved" if lang == "en" else "résolu",
                                        "The restriction is lifted." if lang == "en" else "La restriction est levée."),))
        copies = _copies(project, settings, text, ["x", "bluesky", "sms"], f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        for channel in ("x", "bluesky", "sms"):
            first = copies[(channel, "announcement")].parts[0].replace("\u00a0", " ")
            assert safe[lang] in first, (channel, first)


def test_a_correction_post_says_which_update_it_corrects(project, settings):
    # "Correction: 86 passengers, not 68." alone leaves readers to guess what was wrong where.
    for lang, heading, names in (("en", "Correction", "our update of 3 September at 08:45"),
                                 ("fr", "Rectificatif", "notre point du 3 septembre à 8 h 45")):
        text = statement_file(lang=lang, front="", started="2026-09-03 07:40", updates=(
            ("2026-09-03 08:45", "identified" if lang == "en" else "identifié",
             ("The 68 passengers were brought back to port." if lang == "en"
              else "Les 68 passagers ont été ramenés au port.")
             + f"\n\n#### {heading} · 2026-09-03 11:00\n"
             + ("There were 86 passengers on board, not 68." if lang == "en"
                else "Il y avait 86 passagers à bord, et non 68.")),))
        copies = _copies(project, settings, text, ["x", "bluesky"], f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        for channel in ("x", "bluesky"):
            first = copies[(channel, "correction")].parts[0].replace("\u00a0", " ").replace("\u202f", " ")
            assert names in first, first


def test_a_question_travels_with_its_answer_and_a_helpline_is_given_once(project, settings):
    # "Was someone close to you on NL512?" alone ends a post (or sits before "We are sorry"); the
    # summary's "A helpline is open…" and the advice's "Call our helpline…" give one number twice.
    real = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    text = statement_file(
        severity="critical", started="2026-09-03 09:20", title="Coach NL512 accident near Arras",
        front="kind: safety\nnext_update: 2026-09-05 12:00\n",
        sections={"Summary": ("Our coach NL512 came off the A26 near Arras at 09:20 on 3 September; 11 people are "
                              "still in hospital. We are deeply sorry. A helpline for families is open day and "
                              "night: +44 20 3000 0512."),
                  "What you should do": (
                      "- **Was someone close to you on NL512?** Call our helpline, open day and night: "
                      "+44 20 3000 0512.\n"
                      "- **Were you on board?** Your luggage is held by the police; we will call you to return it.")})
    statement = write_statement(project, real, text)
    for copy in render_copies(statement, real, ["x", "bluesky", "sms"], NOW):
        if copy.kind != "announcement":
            continue
        said = " ".join(copy.parts)
        for question in ("Was someone close to you on NL512?", "Were you on board?"):
            if question in said:
                after = said.split(question, 1)[1].lstrip()
                assert after.startswith(("Call our helpline", "Your luggage")), (copy.channel, copy.parts)
        assert said.count("+44 20 3000 0512") == 1, (copy.channel, copy.parts)


def test_after_a_bad_buzz_the_first_post_says_sorry_without_saying_to_whom(project, settings):
    real = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    text = statement_file(
        severity="major", title="Our advert mocked pupils with dyslexia", front="",
        sections={"Summary": ("Our \"Top of the class\" advert, published on 2 September, mocked a child with "
                              "dyslexia, and a reply from our Instagram account then mocked a mother who objected. "
                              "Both were wrong and hurtful, and we apologise to our pupils, their families and "
                              "everyone living with dyslexia. We withdrew the advert on 3 September.")})
    first = next(c for c in render_copies(write_statement(project, real, text), real, ["x"], NOW)
                 if c.kind == "announcement").parts[0]
    assert "mocked a child with dyslexia" in first and "and we apologise." in first, first


def test_an_outage_still_on_leads_with_its_news_and_apology_before_partial_progress(project, settings):
    real = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    text = statement_file(
        severity="critical", title="Cyberattack on the IT systems of our four clinics",
        front="kind: outage\nnext_update: 2026-09-05 12:00\n",
        sections={"Summary": ("Since 03:50 on 3 September, a ransomware attack has disrupted the IT systems of our "
                              "four clinics in the Grenoble area. We are truly sorry, above all to the 260 patients "
                              "whose operation was postponed. Operating theatres are working again at the Écrins, "
                              "Chartreuse and Vercors clinics, while the Drac clinic is still working on paper.")})
    first = next(c for c in render_copies(write_statement(project, real, text), real, ["x"], NOW)
                 if c.kind == "announcement").parts[0]
    assert first.startswith("Since 03:50 on 3 September, a ransomware attack") and "We are truly sorry" in first, first


def test_a_picture_after_a_bad_buzz_says_sorry_and_a_recall_picture_names_whose_product(project, settings):
    buzz = statement_file(
        severity="major", title="Our advert mocked pupils with dyslexia", front="",
        sections={"Summary": ("Our advert mocked a child with dyslexia. It was wrong and hurtful, and we apologise "
                              "to our pupils, their families and everyone living with dyslexia.")})
    card = next(c for c in render_copies(write_statement(project, settings, buzz), settings, ["instagram"], NOW)
                if c.kind == "announcement").visual
    assert card.splitlines()[:2] == ["Our advert mocked pupils with dyslexia", "We apologise."], card
    recall = statement_file(
        lang="fr", severity="major", title="Rappel de deux lots de morbier (Listeria)", front="kind: recall\n",
        sections={"Résumé": "Nous rappelons deux lots de morbier. Ne consommez pas ces fromages."})
    card = next(c for c in render_copies(write_statement(project, settings, recall, "2026-09-03-test.fr.md"), settings,
                                         ["instagram"], NOW) if c.kind == "announcement").visual
    assert card.splitlines()[0] == "Calypso Pay\u00a0: rappel de deux lots de morbier (Listeria)", card


def test_an_email_subject_never_says_the_day_twice_nor_two_colons(project, settings):
    # « Incendie … le 3 septembre : point du 3 septembre à 11 h 30 » says the day twice; "…: three
    # halls evacuated: update 11:30" chains two colons.
    for lang, title, twice in (
            ("fr", "Incendie au salon le 3 septembre", "point du 3 septembre"),
            ("en", "Fire at our show on 3 September: three halls evacuated", "3 September at 11:30")):
        text = statement_file(lang=lang, title=title, front="", sections={
            ("Summary" if lang == "en" else "Résumé"): ("A fire broke out. We are sorry." if lang == "en" else
                                                        "Un incendie s'est déclaré. Nous en sommes désolés.")},
            updates=(("2026-09-03 11:30", "identified" if lang == "en" else "identifié",
                      "The fire is out." if lang == "en" else "Le feu est éteint."),))
        name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
        subject = next(c.subject for c in render_copies(write_statement(project, settings, text, name), settings,
                                                          ["email"], NOW) if c.kind == "update")
        subject = subject.replace("\u00a0", " ").replace("\u202f", " ")
        assert twice not in subject and subject.count(": ") == 1, subject
        assert subject.startswith(title), subject


def test_a_threads_email_subjects_share_one_form_and_the_first_says_it_is_the_first(project, settings):
    # "update, 29 November at 08:40" beside "update 16:30" read as two threads; the first message
    # of a crisis is no "update".
    for lang, title, first, later in (
            ("en", "Ticketing outage", r"Ticketing outage: first statement 1 Sep, 06:40",
             r"Ticketing outage: update \d{1,2} Sep, \d\d:\d\d"),
            ("fr", "Panne de billettique", "Panne de billettique\u00a0: premier point, le 1/9 à 6\u00a0h\u00a040",
             "Panne de billettique\u00a0: point du \\d{1,2}/9 à \\d{1,2}\u00a0h(?:\u00a0\\d\\d)?")):
        text = statement_file(lang=lang, front="", title=title, started="2026-09-01 06:40", updates=(
            ("2026-09-02 09:00", "monitoring" if lang == "en" else "surveillance", "Tickets work again."),
            ("2026-09-01 08:15", "identified" if lang == "en" else "identifié", "We know the cause."),
            ("2026-09-01 06:40", "investigating" if lang == "en" else "analyse", "Tickets cannot be bought.")))
        statement = write_statement(project, settings, text, "2026-09-01-test.md" if lang == "en" else
                                    "2026-09-01-test.fr.md")
        subjects = sorted((c.update_at, c.subject) for c in render_copies(statement, settings, ["email"], NOW)
                          if c.kind == "update")
        assert subjects[0][1].replace("\u202f", "\u00a0") == first, subjects
        for _, subject in subjects[1:]:
            assert re.fullmatch(later, subject.replace("\u202f", "\u00a0")), subjects


def test_an_email_subject_too_long_drops_a_parenthesis_or_the_day_before_the_news(project, settings):
    # « … (3 lots) : présence de Listeria monocytogenes » is 85 characters: the parenthesis goes,
    # the hazard stays; « … le 28 novembre : trois halls évacués, sept personnes blessées »: the day goes.
    for title, subject_wanted in (
            ("Rappel de raclette tranchée Bellecombe (3 lots) : présence de Listeria monocytogenes",
             "Rappel de raclette tranchée Bellecombe : présence de Listeria monocytogenes"),
            ("Incendie au salon OUTDOORA le 28 novembre : trois halls évacués, sept personnes blessées",
             "Incendie au salon OUTDOORA : trois halls évacués, sept personnes blessées")):
        text = statement_file(lang="fr", title=title, front="", sections={"Résumé": "Un incident. Nous en sommes désolés."},
                              updates=(("2026-09-03 11:30", "identifié", "Nous suivons la situation."),))
        statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
        subject = next(c.subject for c in render_copies(statement, settings, ["email"], NOW) if c.kind == "announcement")
        assert subject.replace("\u00a0", " ").replace("\u202f", " ") == subject_wanted, subject


def test_an_update_subject_drops_the_cause_of_a_long_title_rather_than_cut_it(project, settings):
    # « …annulées en raison d'un violent… » hides the news in an ellipsis: the subject ends
    # before the cause, whole words, in both languages.
    for lang, title, head in (
            ("fr", "Traversées Douvres–Calais et Portsmouth–Caen annulées en raison d'un violent coup de vent",
             "Traversées Douvres–Calais et Portsmouth–Caen annulées"),
            ("en", "Dover–Calais and Portsmouth–Caen sailings cancelled in a severe gale with gusts of 70 mph",
             "Dover–Calais and Portsmouth–Caen sailings cancelled")):
        status = ("identifié", "enquête") if lang == "fr" else ("identified", "investigating")
        text = statement_file(lang=lang, title=title, front="", updates=(
            ("2026-09-03 11:30", status[0], "Le port est fermé." if lang == "fr" else "The port is closed."),
            ("2026-09-03 10:05", status[1], "Nous annulons." if lang == "fr" else "We are cancelling.")))
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        copies = render_copies(write_statement(project, settings, text, name), settings, ["email"], NOW)
        for subject in [c.subject for c in copies][1:]:
            assert subject.startswith(head) and "…" not in subject, subject


def test_the_first_email_of_a_long_titled_thread_is_never_called_an_update(project, settings):
    # "…: update 7 Dec, 10:40" over a body that opens "First statement" reads as a missed message:
    # with no room for the day, the first keeps its name and gives the time.
    title = "December Direct Debit taken twice from some customers"
    text = statement_file(lang="en", front="", title=title, started="2026-09-01 10:40", updates=(
        ("2026-09-02 12:10", "monitoring", "Refunds have arrived in most accounts."),
        ("2026-09-01 14:05", "identified", "We know the cause."),
        ("2026-09-01 10:40", "investigating", "Some of you were debited twice.")))
    statement = write_statement(project, settings, text, "2026-09-01-test.md")
    subjects = sorted((c.update_at, c.subject) for c in render_copies(statement, settings, ["email"], NOW)
                      if c.kind == "update")
    first = subjects[0][1]
    assert first.startswith(title) and "first statement" in first and "update" not in first, subjects
    assert len(first) <= 78, first


@pytest.mark.parametrize("sentence", ["Le service fonctionne normalement depuis 12 h 30, et aucune fiche n'a été perdue.",
                                      "Les paiements fonctionnent de nouveau depuis 11 h.",
                                      "Le site remarche à nouveau depuis ce matin."])
def test_a_french_service_back_is_the_worst_over(sentence):
    # « fonctionne normalement » (singular) says the service is back as surely as the plural does.
    assert roles.sentences(sentence, "fr")[0].has("outcome")
