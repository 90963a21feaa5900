"""Fifty-ninth session: what a blind kit, a newcomer and the re-grades found, each held by a
statement of our own."""

from __future__ import annotations

import re

import pytest

from tests.press_support import statement_file
from tests.test_kit55_words import _check


def _refills(lang: str, summary: str, *, front: str = "", status: str = "identified") -> str:
    """A pharmacy chain's refill app, a major outage opened at 09:30."""
    fr = lang == "fr"
    return statement_file(
        title="Application de renouvellement en panne" if fr else "Refill app outage", severity="major",
        started="2027-03-11 09:30", lang=lang, front=front + "affected: [Refill app]\n",
        sections={"Résumé" if fr else "Summary": summary},
        updates=(("2027-03-11 09:30", ("identifié" if fr else "identified") if status == "identified" else status,
                  "Nous avons trouvé la cause." if fr else "We found the cause."),))


@pytest.mark.parametrize(("lang", "summary", "said"), [
    ("en", "Our prescription refill app has been down since 07:10. Call your pharmacy to renew a prescription.",
     "has been down"),
    ("fr", "Notre application de renouvellement est hors service depuis 7 h 10. Appelez votre pharmacie.",
     "est hors service"),
])
def test_an_outage_its_own_words_call_wholly_down_is_not_shown_as_partial_without_a_warning(
        project, monkeypatch, lang, summary, said):
    """The newcomer's refill app, down for everyone, was shown « Panne partielle » on the home page
    (severity major) and nothing said so."""
    name = "2027-03-11-refills" + (".fr.md" if lang == "fr" else ".md")
    found = [p for p in _check(project, monkeypatch, "2027-03-11T10:00:00+01:00", {name: _refills(lang, summary)})
             if p["rule"] == "understated-status"]
    assert len(found) == 1 and found[0]["severity"] == "warning", found
    assert f"says “{said}”" in found[0]["message"] and "“Partial outage”" in found[0]["message"], found
    assert "component_status: major_outage" in found[0]["hint"]


@pytest.mark.parametrize(("summary", "front", "status"), [
    ("Our refill app is down for about a third of customers since 07:10.", "", "identified"),
    ("Some customers find our refill app down since 07:10.", "", "identified"),
    ("Our refill app has been down since 07:10.", "component_status: major_outage\n", "identified"),
    ("Our refill app has been down since 07:10.", "component_status: partial_outage\n", "identified"),
    ("Our refill app was down from 07:10 and works again since 10:05; we are watching it.", "", "monitoring"),
])
def test_an_outage_that_says_what_still_works_or_sets_its_status_gets_no_such_warning(
        project, monkeypatch, summary, front, status):
    found = _check(project, monkeypatch, "2027-03-11T10:30:00+01:00",
                   {"2027-03-11-refills.md": _refills("en", summary, front=front, status=status)})
    assert not [p for p in found if p["rule"] == "understated-status"], found


def test_a_promise_moved_twice_across_days_is_written_once(project, monkeypatch):
    """16:20 on the first day: "by 12:00 CET on 21 November"; 11:50 on the 21st, moved to the 22nd:
    the summary read "…by 12:00 CET on 22 November on 22 November" on the home page (newcomer 59)."""
    from click.testing import CliRunner

    from generator.cli import main

    def run(now: str, *args: str) -> str:
        monkeypatch.setenv("ONEVOICE_NOW", now)
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    run("2026-11-20T10:15:00+01:00", "new", "Booking portal breach", "--severity", "critical",
        "--next-update", "2026-11-20 16:00")
    path = next(project.glob("statements/*booking-portal-breach.md"))
    run("2026-11-20T16:20:00+01:00", "update", "booking-portal", "--status", "identified", "-m", "3,180 records were seen.",
        "--next-update", "2026-11-21 12:00")
    summary = path.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert summary.endswith("We will post an update by 12:00 CET on 21 November."), summary
    run("2026-11-21T11:50:00+01:00", "update", "booking-portal", "--status", "identified", "-m", "The portal is back.",
        "--next-update", "2026-11-22 12:00")
    summary = path.read_text(encoding="utf-8").split("## Summary\n")[1].split("\n")[0]
    assert summary.endswith("We will post an update by 12:00 CET on 22 November."), summary


def _portal(lang: str, *, resolved: bool = False) -> str:
    """A vet chain's client portal broken into one night: names, addresses and pets' records seen;
    the line against fake calls in the advice; a figure corrected; closed on the third day."""
    fr = lang == "fr"
    closing = (("2027-06-12 10:00", "résolu" if fr else "resolved",
                "Notre portail client fonctionne normalement avec une connexion en deux étapes depuis le 11 juin, et "
                "ceci est notre dernier point régulier sur cet incident. Restez prudents face à tout appel qui demande "
                "un paiement : nos cliniques ne demandent jamais de numéro de carte par téléphone." if fr else
                "Our client portal has worked normally with two-step sign-in since June 11, and this is our last "
                "regular update on this incident. Stay wary of any call that asks for a payment: our clinics never ask "
                "for card numbers by phone."),) if resolved else ()
    return statement_file(
        lang=lang, severity="critical", started="2027-06-10 08:30", front="kind: breach\n",
        title="Accès non autorisé à notre portail client" if fr else "Unauthorized access to our client portal",
        sections={("Résumé" if fr else "Summary"): (
            "Dans la nuit du 9 au 10 juin, vers 2 h 15, une personne non autorisée s'est introduite dans notre portail "
            "client en ligne et a consulté le nom, l'adresse postale et le dossier des animaux de 4 620 clients. Nous "
            "en sommes désolés." if fr else
            "On the night of June 9 to 10, at about 2:15, an unauthorized person got into our online client portal and "
            "viewed the names, postal addresses and pet records of 4,620 clients. We are sorry."),
            ("Ce que vous pouvez faire" if fr else "What you should do"): (
            "- Méfiez-vous de tout appel ou texto qui vous demande un paiement, même s'il cite le nom de votre "
            "animal. Nos cliniques ne demandent jamais de numéro de carte par téléphone." if fr else
            "- Be wary of any call or text that asks you for a payment, even if it names your pet. Our clinics never "
            "ask for card numbers by phone.")},
        updates=(*closing,
                 ("2027-06-10 16:00", "identifié" if fr else "identified",
                  ("Les dossiers de 4 260 clients ont été consultés." if fr else
                   "The records of 4,260 clients were viewed.")
                  + ("\n\n#### Rectificatif · 2027-06-11 09:00\nLes dossiers de 4 620 clients ont été consultés, et non "
                     "4 260. Le chiffre de cette mise à jour était une erreur de frappe de notre part." if fr else
                     "\n\n#### Correction · 2027-06-11 09:00\nThe records of 4,620 clients were viewed, not 4,260. The "
                     "figure in this update was a typing error on our part.")),
                 ("2027-06-10 08:30", "analyse" if fr else "investigating",
                  "Nous avons mis notre portail client hors ligne et nous cherchons ce qui s'est passé." if fr else
                  "We have taken our client portal offline and we are finding out what happened.")))


def _sms_of(project, settings, monkeypatch, *, resolved: bool) -> dict:
    import dataclasses

    from tests.test_kit57_words import _copies

    from zoneinfo import ZoneInfo

    site = dataclasses.replace(settings, organisation="Cliniques vétérinaires Cabot", short_name="Vet Cabot",
                               timezone=ZoneInfo("America/Halifax"))  # (« heure de l'Atlantique » in each header)
    now = "2027-06-12T10:30:00-03:00" if resolved else "2027-06-11T09:30:00-03:00"
    return _copies(project, site, monkeypatch, now, {lang: _portal(lang, resolved=resolved) for lang in ("en", "fr")},
                   "2027-06-10-portal", "sms")


def test_a_breach_text_keeps_the_line_against_fake_calls_and_tells_what_was_seen_in_both_languages(
        project, settings, monkeypatch):
    """The French first text had no room for « Nos cliniques ne demandent jamais de numéro de
    carte par téléphone » beside the summary's long sentence, and went without it while the English
    kept it: what the intruder saw, without how they got in, leaves room for both."""
    from tests.press_support import plain

    copies = _sms_of(project, settings, monkeypatch, resolved=False)
    for lang, never in (("en", "never ask for card numbers by phone"),
                        ("fr", "ne demandent jamais de numéro de carte par téléphone")):
        text = plain(" ".join(next(c for c in copies[lang] if c.kind == "announcement").parts))
        assert never in text, text
        assert ("4 620" if lang == "fr" else "4,620") in text, text
        assert ("désolés" if lang == "fr" else "sorry") in text, text
        assert len(next(c for c in copies[lang] if c.kind == "announcement").parts) <= 2


def test_a_closing_text_leaves_out_that_it_is_the_last_update_before_the_advice_that_outlives_it(
        project, settings, monkeypatch):
    from tests.press_support import plain

    copies = _sms_of(project, settings, monkeypatch, resolved=True)
    for lang, wary in (("en", "Stay wary of any call that asks for a payment"),
                       ("fr", "Restez prudents face à tout appel qui demande un paiement")):
        closing = next(c for c in copies[lang] if c.kind == "update" and c.update_at.day == 12)
        text = plain(" ".join(closing.parts))
        assert wary in text, text
        assert "two-step" in text or "deux étapes" in text, text


def test_a_french_correction_text_names_the_update_it_corrects(project, settings, monkeypatch):
    """« Le chiffre de cette mise à jour était une erreur » in a text of its own names no update."""
    from tests.press_support import plain

    copies = _sms_of(project, settings, monkeypatch, resolved=False)
    text = plain(" ".join(next(c for c in copies["fr"] if c.kind == "correction").parts))
    assert "cette mise à jour" not in text, text
    assert "Le chiffre de notre point du 10 juin à 16 h" in text, text


@pytest.mark.parametrize("organisation", ["Maraeva Hôtels", "Hôtels Tiare Nui"])
def test_a_text_never_rewords_the_organisations_own_name(project, settings, monkeypatch, organisation):
    """« Maraeva Hôtels » went out as « Maraeva Hébergements » in every text (the words GSM-7 can
    spell in place of « hôtels » applied to the name); a name loses its accent at worst."""
    import dataclasses

    from tests.press_support import plain
    from tests.test_kit57_words import _copies

    site = dataclasses.replace(settings, organisation=organisation, short_name="")
    text = statement_file(lang="fr", severity="major", started="2027-08-02 09:00", title="Réservations en ligne en panne",
                          sections={"Résumé": "Depuis 9 h, notre site ne prend plus de réservation pour nos hôtels. "
                                              "Appelez la réception. Nous en sommes désolés."},
                          updates=(("2027-08-02 09:30", "analyse", "Nous cherchons la cause."),))
    copies = _copies(project, site, monkeypatch, "2027-08-02T10:00:00+02:00", {"fr": text}, "2027-08-02-resa", "sms")
    said = [plain(" ".join(c.parts)) for c in copies["fr"]]
    assert all(s.startswith((organisation, organisation.replace("ô", "o"))) for s in said), said
    assert not any("Hébergements" in s for s in said), said


def test_a_text_never_cuts_a_french_subject_from_its_verb_after_a_relative_clause(project, settings, monkeypatch):
    """« 31 personnes ont désormais été soignées : 4 personnes. » was what a text kept of « …: 4
    personnes, qui s'étaient rendues d'elles-mêmes aux urgences, nous ont été signalées… »."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from tests.press_support import plain
    from tests.test_kit57_words import _copies

    site = dataclasses.replace(settings, organisation="Salle Omnisports du Littoral", short_name="Omnisports Littoral",
                               timezone=ZoneInfo("America/Halifax"))
    update = ("27 personnes ont maintenant été soignées : 3 personnes, qui étaient rentrées chez elles par leurs propres "
              "moyens, nous ont été signalées aujourd'hui par l'hôpital régional. 6 restent hospitalisées, dont une dans "
              "un état grave. Une ligne d'écoute gratuite est ouverte au 1 800 555 0199, de 8 h à 22 h.")
    text = statement_file(lang="fr", severity="critical", started="2027-02-05 21:00", front="kind: safety\n",
                          title="Bousculade à l'entrée sud de la salle",
                          sections={"Résumé": "Le 5 février vers 20 h 40, une bousculade à l'entrée sud a blessé 24 "
                                              "personnes. Nous présentons nos excuses aux blessés et à leurs proches."},
                          updates=(("2027-02-06 19:00", "identifié", update),
                                   ("2027-02-05 21:00", "analyse", "Les secours prennent en charge les blessés.")))
    copies = _copies(project, site, monkeypatch, "2027-02-06T19:30:00-04:00", {"fr": text}, "2027-02-05-salle", "sms")
    said = plain(" ".join(next(c for c in copies["fr"] if c.kind == "update" and c.update_at.day == 6).parts))
    assert "3 personnes." not in said, said


def test_a_correction_of_a_part_puts_right_the_part_never_the_whole(tmp_path):
    """« Cinq tourniquets sur huit étaient hors service, et non trois » printed « huit (rectifié ;
    d'abord publié : trois) tourniquets sur huit » on the official page: the whole put in place of
    the part."""
    from tests.test_site_pages import content, text_of
    from tests.test_site_support import build, read

    def lifts(lang: str) -> str:
        fr = lang == "fr"
        said = ("Deux ascenseurs sur neuf étaient en panne à la gare." if fr else
                "Two of the nine lifts at the station were out of service.")
        fix = ("Quatre ascenseurs sur neuf étaient en panne à la gare, et non deux." if fr else
               "Four of the nine lifts at the station were out of service, not two.")
        return statement_file(lang=lang, severity="major", started="2026-11-20 08:00",
                              title="Ascenseurs en panne à la gare" if fr else "Station lifts out of service",
                              sections={"Résumé" if fr else "Summary": "Des ascenseurs sont en panne." if fr else
                                        "Some lifts are out of service."},
                              updates=(("2026-11-20 09:00", "identifié" if fr else "identified",
                                        f"{said}\n\n#### {'Rectificatif' if fr else 'Correction'} · 2026-11-20 10:00\n{fix}"),))
    site = build(tmp_path, extra={"2026-11-20-lifts.md": lifts("en"), "2026-11-20-lifts.fr.md": lifts("fr")})
    english = text_of(content(read(site, "statements/2026-11-20-lifts/index.html"))).replace(" )", ")")
    french = text_of(content(read(site, "fr/statements/2026-11-20-lifts/index.html"))).replace("\xa0", " ").replace(" )", ")")
    assert "Four (corrected; first published as two) of the nine lifts" in english, english
    assert "quatre (rectifié ; d'abord publié : deux) ascenseurs sur neuf" in french.replace("’", "'").lower(), french


@pytest.mark.parametrize(("summary", "happened", "flagged"), [
    ("A crush at the East Gate injured 31 people who were waiting to get in.",
     "The gate opened late, while about 6,000 people were waiting on the forecourt.", False),
    ("Our ticket site failed when it was built for 40,000 simultaneous connections.",
     "Every sale is now tested for 300,000 simultaneous connections.", False),
    # (the same fact with two figures is still told)
    ("Since 07:10, 3,400 customers are affected.", "Since 07:10, 3,100 customers are affected.", True),
])
def test_two_counts_taken_by_different_verbs_are_two_facts_not_one_figure_given_twice(
        project, monkeypatch, summary, happened, flagged):
    text = statement_file(title="Gate incident", severity="major", started="2027-01-17 21:00",
                          sections={"Summary": summary, "What we are doing": happened},
                          updates=(("2027-01-17 21:00", "identified", "We are with the people affected."),))
    found = [p for p in _check(project, monkeypatch, "2027-01-17T22:00:00+01:00", {"2027-01-17-gate.md": text})
             if p["rule"] == "figures-disagree"]
    assert bool(found) is flagged, found


def _blankets(lang: str) -> str:
    """An electric-blanket recall whose evening update opens on the refund tally and tells new
    incidents after it, one of them a burn; a next update promised for noon the next day."""
    fr = lang == "fr"
    evening = ("À 20 h, 1 940 clients s'étaient inscrits pour un remboursement. L'attente à notre ligne a atteint 35 "
               "minutes cet après-midi. Quatre nouveaux incidents nous ont été signalés aujourd'hui, 7 en tout : 5 "
               "couvertures qui ont roussi et 2 départs de feu. L'un d'eux, à Sherbrooke le 3 février, a causé une "
               "brûlure légère au bras. Si vous avez offert une de ces couvertures, prévenez la personne qui l'a reçue. "
               "Prochain point d'ici 12 h demain, le 6 février." if fr else
               "By 20:00, 1,940 customers had registered for a refund. Callers waited up to 35 minutes on our line this "
               "afternoon: we apologise to everyone who had to wait, and 20 more people now answer it. Four more incidents were reported to us today, 7 in all: 5 blankets that scorched and 2 small "
               "fires. One of them, in Sherbrooke on 3 February, caused a minor burn to an arm. If you gave one of these "
               "blankets as a gift, please tell the person who has it. Next update by 12:00 tomorrow, 6 February.")
    return statement_file(
        lang=lang, severity="critical", started="2027-02-05 09:00", front="kind: recall\nnext_update: 2027-02-06 12:00\n",
        title="Rappel des couvertures chauffantes DouxNid 2" if fr else "DouxNid 2 heated blankets recalled",
        sections={("Résumé" if fr else "Summary"): (
            "Nous rappelons les couvertures chauffantes DouxNid 2 des lots 4410 à 4415, qui peuvent surchauffer. "
            "Débranchez-la et cessez de l'utiliser." if fr else
            "We are recalling DouxNid 2 heated blankets from lots 4410 to 4415, which can overheat. Unplug it and stop "
            "using it.")},
        updates=(("2027-02-05 20:30", "identifié" if fr else "identified", evening),
                 ("2027-02-05 09:00", "identifié" if fr else "identified",
                  "Nous rappelons ces couvertures. Débranchez-la et cessez de l'utiliser." if fr else
                  "We are recalling these blankets. Unplug it and stop using it.")))


def _blanket_copies(project, settings, monkeypatch, channel: str) -> dict:
    import dataclasses

    from tests.test_kit57_words import _copies

    site = dataclasses.replace(settings, organisation="DouxNid", short_name="DouxNid")
    # (read the next morning: the evening update's copies still say which day the noon update comes)
    return _copies(project, site, monkeypatch, "2027-02-06T09:30:00+01:00",
                   {lang: _blankets(lang) for lang in ("en", "fr")}, "2027-02-05-blankets", channel)


def test_a_recall_update_text_leads_with_the_new_incidents_not_the_refund_tally(project, settings, monkeypatch):
    """"By 19:00, 2,310 customers had registered for a refund." was the whole text of an update that
    also told five new incidents and a burn: the harm tells people the product in their home is
    dangerous; the tally is the team's."""
    from tests.press_support import plain

    copies = _blanket_copies(project, settings, monkeypatch, "sms")
    for lang, incidents in (("en", "Four more incidents were reported to us today"),
                            ("fr", "Quatre nouveaux incidents nous ont été signalés aujourd'hui")):
        text = plain(" ".join(next(c for c in copies[lang] if c.kind == "update" and c.update_at.hour == 20).parts))
        assert incidents in text, text
        assert text.index(incidents) < text.index("1,940" if lang == "en" else "1 940") if ("1 940" in text or
                                                                                            "1,940" in text) else True
        assert "qui l'a eu" not in text, text


def test_a_french_thread_never_opens_a_post_on_a_sentence_that_leans_on_the_one_before(project, settings, monkeypatch):
    """« L'un d'eux, à Moncton, a causé une brûlure » was moved after « 25 personnes de plus y
    répondent » and read as a call-line worker causing the burn; on X it opened a post."""
    from tests.press_support import plain

    copies = _blanket_copies(project, settings, monkeypatch, "x")
    update = next(c for c in copies["fr"] if c.kind == "update" and c.update_at.hour == 20)
    said = [plain(part) for part in update.parts]
    holding = next(p for p in said if "L'un d'eux" in p)
    assert not holding.startswith("L'un d'eux"), said
    assert holding.index("Quatre nouveaux incidents") < holding.index("L'un d'eux"), said


def test_an_update_copy_read_the_next_day_names_the_day_of_its_promise(project, settings, monkeypatch):
    """"Next update by noon" in the copies of an evening update, built the next morning, read as a
    promise for the day it was sent."""
    from tests.press_support import plain

    copies = _blanket_copies(project, settings, monkeypatch, "email")
    for lang, day in (("en", "6 February"), ("fr", "6 février")):
        announcement = plain(" ".join(next(c for c in copies[lang] if c.kind == "announcement").parts))
        promise = [line for line in announcement.split(". ") if "Next update" in line or "Prochain point" in line]
        assert promise and all(day in line for line in promise), promise


def _skimmer(lang: str) -> str:
    """A hotel group's booking site skimmed: code on the payment page; « cette page » is that page."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-04-03 18:00", front="kind: breach\n",
        title="Vol de données de cartes sur notre site" if fr else "Card details stolen from our booking site",
        sections={
            ("Résumé" if fr else "Summary"): (
                "Les données de 2 140 cartes saisies sur notre site ont pu être volées. Nous en sommes désolés." if fr
                else "The details of 2,140 cards entered on our site may have been stolen. We are sorry."),
            ("Ce qui s'est passé" if fr else "What happened"): (
                "Un code malveillant a été placé dans la page de paiement de notre site de réservation. Aucun mot de "
                "passe n'était stocké sur cette page." if fr else
                "Malicious code was placed in the payment page of our booking site. No password was stored on this page."),
            ("Ce que vous pouvez faire" if fr else "What you should do"): (
                "- Nous ne vous demanderons jamais votre numéro de carte, et nos e-mails ne contiennent aucun lien. Ne "
                "répondez pas à un message qui vous le demande en notre nom." if fr else
                "- We will never ask for your card number, and our e-mails contain no links. Do not answer any message "
                "that asks for it in our name.")},
        updates=(("2027-04-03 18:00", "analyse" if fr else "investigating",
                  "Nous avons retiré le code." if fr else "We have removed the code."),))


def test_a_release_and_a_memo_never_turn_another_page_into_our_status_page(project, settings, monkeypatch):
    """« aucun mot de passe n'était stocké sur cette page » (the payment page) became « sur notre page
    d'information » in the release, the memo and the Q&A: a fact nobody wrote. And « en notre nom »
    became « en le nom de l'entreprise », "our e-mails" "it' emails"."""
    import dataclasses

    from generator.rendering.documents.memo import render_memo
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-04-04T09:00:00+02:00")
    site = dataclasses.replace(settings, organisation="Hôtels Maraeva Tiare")
    for lang in ("fr", "en"):
        statement = write_statement(project, site, _skimmer(lang), "2027-04-03-skim" + (".fr.md" if lang == "fr" else ".md"))
        release = plain(render_press_release(statement, site).text)
        memo = plain(render_memo(statement, site))
        for text in (release, memo):
            assert "page d'information" not in text and "on our website" not in text, text
        if lang == "fr":
            assert "en le nom" not in release and "au nom d" in release, release
        else:
            assert "it' " not in release and "its emails contain no links" in release, release


def test_after_a_card_theft_the_qa_answers_compensation_and_the_press_reply_gives_no_link(project, settings, monkeypatch):
    """« Nous remboursons tout débit frauduleux que votre banque ne vous rembourse pas » left « Les
    personnes seront-elles indemnisées ? » UNANSWERED (the word « frauduleux » kept warnings out, and
    our refund with them); the journalists' reply carried a link though the statement promises none."""
    import dataclasses

    from generator.rendering.documents.qa_brief import render_qa_brief
    from generator.rendering.documents.replies import render_replies
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-04-04T09:00:00+02:00")
    site = dataclasses.replace(settings, organisation="Hôtels Maraeva Tiare")
    for lang, refund, question in (
            ("fr", "Nous remboursons tout débit frauduleux que votre banque ne vous rembourse pas, ainsi que les frais de "
                   "remplacement de votre carte.", "## 21. Les personnes seront-elles indemnisées ?"),
            ("en", "We refund any fraudulent charge that your bank does not refund, and the cost of replacing your card.",
             "Will people be compensated?")):
        text = _skimmer(lang).replace("## Ce que vous pouvez faire" if lang == "fr" else "## What you should do",
                                      ("## Ce que nous faisons\n" if lang == "fr" else "## What we are doing\n")
                                      + f"- {refund}\n\n" + ("## Ce que vous pouvez faire" if lang == "fr"
                                                             else "## What you should do"))
        statement = write_statement(project, site, text, "2027-04-03-skim" + (".fr.md" if lang == "fr" else ".md"))
        qa = render_qa_brief(statement, site).replace("\u00a0", " ").replace("\u202f", " ")
        heading = "indemnisées ?" if lang == "fr" else "compensated?"
        answer = qa.split(heading, 1)[1].split("\n## ", 1)[0]
        assert "SANS RÉPONSE" not in answer and "UNANSWERED" not in answer, answer
        assert refund.split(" que ")[0].split(" that ")[0] in plain(answer), answer
        # (the card's replacement is amends beyond a refund: no note that the statement offers refunds only)
        assert "remplacement" in answer or "replacing" in answer, answer
        assert "que des remboursements" not in answer and "refunds only" not in answer, answer
        replies = render_replies(statement, site)
        assert "https://" not in replies and "http://" not in replies, replies


@pytest.mark.parametrize(("lang", "deleted", "expected"), [
    ("en", "We have deleted every photo taken at the shrine.", "delete it as the statement says: keep no copy"),
    ("fr", "Nous avons supprimé toutes les photos prises sur le site sacré.", "n'en gardez aucune copie"),
    ("en", "We have taken the advert down.", "keep a copy for the review"),
])
def test_a_bad_buzz_checklist_never_tells_staff_to_keep_what_the_statement_deleted(
        project, settings, monkeypatch, lang, deleted, expected):
    from generator.rendering.documents.checklist import render_checklist
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-05-10T12:00:00+02:00")
    fr = lang == "fr"
    text = statement_file(lang=lang, severity="major", started="2027-05-09 18:00",
                          title="Notre publicité tournée sur un site sacré" if fr else "Our advert shot at a sacred site",
                          sections={"Résumé" if fr else "Summary": (
                              "Notre publicité, tournée sur un site sacré sans l'accord de la communauté, a profondément "
                              "blessé ses membres. Nous présentons nos excuses." if fr else
                              "Our advert, shot at a sacred site without the community's consent, was offensive to its "
                              "members. We apologise.") + " " + deleted},
                          updates=(("2027-05-09 18:00", "identifié" if fr else "identified",
                                    "Nous avons retiré la publicité." if fr else "We have withdrawn the advert."),))
    statement = write_statement(project, settings, text, "2027-05-09-advert" + (".fr.md" if fr else ".md"))
    checklist = plain(render_checklist(statement, settings))
    assert expected in checklist, checklist


def test_a_release_lists_earlier_updates_and_corrections_newest_first(project, settings, monkeypatch):
    """The correction made at 11:45 on the 18th stood between two updates of the 17th."""
    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-01-18T12:00:00+01:00")
    text = statement_file(
        severity="major", started="2027-01-17 11:00", title="Heaters recalled",
        sections={"Summary": "We are recalling our Calor 2 heaters, which can overheat. Unplug yours."},
        updates=(("2027-01-18 11:45", "identified", "1,120 heaters are back with us."),
                 ("2027-01-17 19:30", "identified", "2,310 customers have registered for a refund."),
                 ("2027-01-17 11:00", "identified",
                  "We sold 14,200 heaters.\n\n#### Correction · 2027-01-18 08:00\nWe sold 16,850 heaters, not 14,200.")))
    release = render_press_release(write_statement(project, settings, text), settings).text
    earlier = release.split("Earlier updates", 1)[1]
    correction, evening, morning = (earlier.index(words) for words in
                                    ("correction of the update", "2,310 customers", "- 11 a.m."))
    assert correction < evening < morning, earlier


def test_a_recall_of_a_product_that_burns_asks_how_many_incidents_and_who_was_hurt(project, settings, monkeypatch):
    """A heater recall's French Q&A asked « Des cas de maladie ont-ils été signalés ? » and answered
    with an old « personne n'a été blessé » while a later update told a burn."""
    from generator.rendering.documents.qa_brief import render_qa_brief
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-02-06T09:30:00+01:00")
    for lang, question, count, burn in (
            ("en", "How many incidents are known, and has anyone been hurt?", "7 in all", "minor burn"),
            ("fr", "Combien d'incidents sont connus, et y a-t-il des blessés ?", "7 en tout", "brûlure légère")):
        statement = write_statement(project, settings, _blankets(lang),
                                    "2027-02-05-blankets" + (".fr.md" if lang == "fr" else ".md"))
        qa = plain(render_qa_brief(statement, settings))
        assert question in qa and "illness" not in qa and "maladie" not in qa, qa
        answer = qa.split(question, 1)[1].split(" ## ", 1)[0]
        assert count in answer and burn in answer, answer
        nobody = re.search(r"No one else|Personne d'autre", answer)
        assert nobody is None or answer.index(burn) < nobody.start(), answer


def _stand(lang: str) -> str:
    """A crush at a stadium gate; two later updates whose sentences lean on the ones before."""
    fr = lang == "fr"
    morning = ("Selon le dernier bilan des secours, 19 personnes ont été soignées après la bousculade : 12 sur place et 7 "
               "à l'hôpital. Six sont encore hospitalisées ce matin au centre hospitalier régional et dans une clinique "
               "de la ville, dont deux dans un état grave. Le parquet a ouvert une enquête ; nous lui avons remis toutes "
               "nos images de vidéosurveillance." if fr else
               "According to the emergency services' latest figures, 19 people were treated after the crush: 12 on the "
               "spot and 7 in hospital. Six are still in hospital this morning, at the regional hospital and a clinic in "
               "town, two of them in a serious condition. The public prosecutor has opened an investigation; we have "
               "handed over all our CCTV footage.")
    noon = ("4 personnes restent hospitalisées ce midi, dont une dans un état grave ; les 15 autres blessés sont rentrés "
            "chez eux. Nous avons confié à un bureau indépendant d'ingénierie de la sécurité des foules un audit complet "
            "de nos accès ; ses conclusions seront publiées ici. La porte Est restera fermée au public jusque-là. 1 980 "
            "spectateurs qui n'ont pas pu entrer ont déjà été remboursés." if fr else
            "4 people are still in hospital this noon, one in a serious condition; the other 15 injured people are back "
            "home. We have asked an independent crowd-safety engineering firm to audit all our entrances; its findings "
            "will be published here. The East Gate will stay closed to the public until then. 1,980 people who could "
            "not get in have already been refunded.")
    return statement_file(
        lang=lang, severity="critical", started="2027-03-06 21:40", front="kind: safety\n",
        title="Bousculade à la porte Est du stade" if fr else "Crush at the stadium's East Gate",
        sections={"Résumé" if fr else "Summary": (
            "Le 6 mars vers 20 h 35, une bousculade à la porte Est a blessé 19 personnes. Nous présentons nos excuses "
            "aux blessés et à leurs proches." if fr else
            "On 6 March at about 20:35, a crush at the East Gate injured 19 people. We apologise to the injured and "
            "their families.")},
        updates=(("2027-03-08 12:30", "identifié" if fr else "identified", noon),
                 ("2027-03-07 09:15", "identifié" if fr else "identified", morning),
                 ("2027-03-06 21:40", "analyse" if fr else "investigating",
                  "Les secours prennent en charge les blessés." if fr else "The emergency services are caring for the injured.")))


def test_a_safety_text_never_opens_on_a_part_that_leans_on_the_count_before_it(project, settings, monkeypatch):
    """"16 on the spot and 11 in hospital." (of "27 people were treated…: 16 on the spot and 11 in
    hospital"), "Nine are still in hospital…" without the 27, « Dont une dans un état grave » and "The
    North Gate will stay closed until then" without the audit it waits for (kit 59)."""
    import dataclasses

    from tests.press_support import plain
    from tests.test_kit57_words import _copies

    site = dataclasses.replace(settings, organisation="Stade du Littoral", short_name="Stade Littoral")
    copies = _copies(project, site, monkeypatch, "2027-03-08T13:00:00+01:00",
                     {lang: _stand(lang) for lang in ("en", "fr")}, "2027-03-06-stand", "sms")
    for lang in ("en", "fr"):
        for copy in copies[lang]:
            text = plain(" ".join(copy.parts))
            news = re.split(r"[:.] ", text, maxsplit=1)[1]
            assert not re.match(r"(?:12 on the spot|12 sur place|Six are|Six sont|Dont|dont)\b", news), text
            if "until then" in text or "jusque-là" in text:
                assert "audit" in text, text


@pytest.mark.parametrize(("lang", "summary", "update", "warned"), [
    ("en", "Someone got into our booking portal. We do not yet know how many patients are concerned.",
     "The records of 3,180 patients were viewed.", True),
    ("fr", "Une personne s'est introduite dans notre portail. Nous ne savons pas encore combien de patients sont "
           "concernés.", "Les dossiers de 3 180 patients ont été consultés.", True),
    ("en", "Someone got into our booking portal. We do not yet know how many patients are concerned.",
     "The portal stays offline.", False),
])
def test_a_summary_that_says_the_count_is_unknown_is_told_when_an_update_gives_it(
        project, monkeypatch, lang, summary, update, warned):
    """Newcomer 59: the release read "does not yet know how many patients are concerned" right above
    "the records of 3,180 patients were viewed", and check said nothing."""
    fr = lang == "fr"
    text = statement_file(lang=lang, severity="critical", started="2027-05-02 10:15", front="kind: breach\n",
                          title="Accès non autorisé à notre portail" if fr else "Unauthorized access to our portal",
                          sections={"Résumé" if fr else "Summary": summary},
                          updates=(("2027-05-02 16:20", "analyse" if fr else "investigating", update),
                                   ("2027-05-02 10:15", "analyse" if fr else "investigating",
                                    "Nous avons mis le portail hors ligne." if fr else "We have taken the portal offline.")))
    found = [p for p in _check(project, monkeypatch, "2027-05-02T17:00:00+02:00",
                               {"2027-05-02-portal" + (".fr.md" if fr else ".md"): text})
             if p["rule"] == "stale-summary"]
    assert bool(found) is warned, found
    if warned:
        assert "gives a count" in found[0]["message"], found


def test_a_quote_keeps_its_words_and_says_where_in_brackets():
    """« nous dirons ici, point par point, ce que nous apprenons », said by the chief executive, went
    out as « nous dirons en ligne » in the copies: a quote is never reworded; the place goes in
    brackets. The statement's own voice says it plainly, as before."""
    from generator.rendering.brief import off_page

    assert off_page("« Nous rembourserons chaque débit, et nous dirons ici, point par point, ce que nous apprenons », "
                    "a déclaré Anne Lemaire.", "fr") == (
        "« Nous rembourserons chaque débit, et nous dirons ici [en ligne], point par point, ce que nous apprenons », "
        "a déclaré Anne Lemaire.")
    assert off_page('"We will refund every payment, and we will report here, step by step, what we learn," said Anne '
                    "Lemaire.", "en") == ('"We will refund every payment, and we will report here [on our website], step '
                                          'by step, what we learn," said Anne Lemaire.')
    assert off_page("Nous publierons ici les conclusions.", "fr") == "Nous publierons en ligne les conclusions."


@pytest.mark.parametrize(("zone", "lang", "gdpr"), [("Europe/Paris", "en", True), ("America/Halifax", "en", False),
                                                    ("America/Halifax", "fr", False), ("Europe/Zurich", "fr", False)])
def test_a_breach_holding_statement_names_the_gdpr_only_where_it_applies(project, monkeypatch, zone, lang, gdpr):
    """A Nova Scotia dental group's breach template asked for « GDPR: 72 HOURS » (newcomer 59)."""
    from click.testing import CliRunner

    from generator.cli import main

    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"timezone: \S+", f"timezone: {zone}", config.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T09:30:00+00:00")
    result = CliRunner().invoke(main, ["new", "Portal breach", "--kind", "breach", "--severity", "critical",
                                       "--lang", lang])
    assert result.exit_code == 0, result.output
    text = next(project.glob("statements/*portal-breach*.md")).read_text(encoding="utf-8")
    assert (("GDPR" in text) or ("RGPD" in text)) is gdpr, text
    assert ("YOUR LAW" in text or "VOTRE LOI" in text) is not gdpr, text


@pytest.mark.parametrize(("lang", "sentence", "blamed"), [
    ("en", "Someone got into our patient booking portal without authorization last night.", False),
    ("fr", "Une personne non autorisée s'est introduite dans notre portail de rendez-vous hier soir.", False),
    ("en", "Highly sophisticated criminals got into our portal; no company could have stopped them.", True),
])
def test_an_intrusion_told_as_a_fact_is_no_one_blamed(project, monkeypatch, lang, sentence, blamed):
    """Newcomer 59: "Someone got into our patient booking portal without authorization last night."
    was flagged as putting the fault on someone else (and failed `check --strict`)."""
    fr = lang == "fr"
    text = statement_file(lang=lang, severity="critical", started="2027-05-02 10:15", front="kind: breach\n",
                          title="Accès non autorisé à notre portail" if fr else "Unauthorized access to our portal",
                          sections={"Résumé" if fr else "Summary": sentence + (" Nous en sommes désolés." if fr
                                                                               else " We are sorry.")},
                          updates=(("2027-05-02 10:15", "analyse" if fr else "investigating",
                                    "Nous avons mis le portail hors ligne." if fr else "We have taken the portal offline."),))
    found = [p for p in _check(project, monkeypatch, "2027-05-02T11:00:00+02:00",
                               {"2027-05-02-portal" + (".fr.md" if fr else ".md"): text}) if p["rule"] == "blame"]
    assert bool(found) is blamed, found
