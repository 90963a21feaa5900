"""Words of the outputs that communications directors called wrong in the graded kits (kit 46
onwards, this session's), mended with statements written for these tests (never the kits' text)."""

from __future__ import annotations

import re

import pytest

from tests.press_support import copies_at as _copies
from tests.press_support import plain, statement_file

_NOW = "2026-10-14T18:00:00+02:00"


def _announcement(copies):  # type: ignore[no-untyped-def]
    (found,) = [c for c in copies if c.update_at is None]
    return [plain(part) for part in found.parts]


_QUOTE = {
    "en": ("Our members trust us with their savings and with the codes that protect them. Someone used one of our "
           "adviser's passwords to reach 212 of those accounts. I apologise to every one of them."),
    "fr": ("Nos adhérents nous confient leur épargne et les codes qui la protègent. Quelqu'un a utilisé le mot de passe "
           "d'un de nos conseillers pour accéder à 212 de ces comptes. Je présente mes excuses à chacun d'eux."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_whose_only_apology_is_the_leaders_quote_apologises_in_the_first_post(project, settings, lang):
    """Most readers see only the first post: when the leader's quoted apology is too long to go
    beside the news, the first post still apologises ("We apologise."), and the quote goes whole
    in a later post."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-10-14 11:00",
        front="kind: breach\nspokesperson: {name: Inès Caradec, role: " + ("directrice générale" if fr else
                                                                          "Chief Executive") + "}\n",
        title="Accès frauduleux à 212 comptes d'adhérents" if fr else "Fraudulent access to 212 member accounts",
        sections={
            "Résumé" if fr else "Summary": (
                "Entre le 9 et le 12 octobre, un fraudeur a consulté 212 comptes d'adhérents avec le mot de passe d'un "
                "conseiller. Aucun virement n'a été fait." if fr else
                "Between 9 and 12 October, a fraudster used an adviser's password to look at 212 member accounts. "
                "No money was moved."),
            "Citation" if fr else "Quote": _QUOTE[lang],
        },
        updates=(("2026-10-14 11:00", "identifié" if fr else "identified",
                  "Le compte du conseiller est bloqué." if fr else "The adviser's account is blocked."),))
    name = "2026-10-14-comptes.fr.md" if fr else "2026-10-14-accounts.md"
    for channel in ("x", "bluesky"):
        posts = _announcement(_copies(project, settings, text, name, _NOW, channel))
        assert ("212 comptes" if fr else "212 member accounts") in posts[0], (channel, posts)
        sorry = "Nous vous présentons nos excuses." if fr else "We apologise."
        assert sorry in posts[0], (channel, posts)
        said = plain(_QUOTE[lang].rsplit(". ", 1)[-1])
        assert any(said in post for post in posts[1:]), (channel, posts)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_closed_notice_never_leads_with_its_title_and_a_cut_news_is_marked(project, settings, lang):
    """Closed, a title that says what is no longer true ("Boil-water notice in …") never leads the
    first post: the news that says how it ended does, cut at a clause with both ends marked "…"
    when the post cannot hold it whole (never a post ending on its colon)."""
    fr = lang == "fr"
    title = "Eau à faire bouillir à Vernay, Corgeat et Lully" if fr else "Boil-water notice in Vernay, Corgeat and Lully"
    text = statement_file(
        lang=lang, severity="critical", started="2026-10-12 18:00", front="kind: safety\n", title=title,
        sections={"Résumé" if fr else "Summary": (
            "Depuis ce mercredi 14 octobre à 16 h 30, il n'est plus nécessaire de faire bouillir l'eau du robinet à "
            "Vernay-le-Haut, Corgeat-les-Bains, Lully-sur-Arve et Saint-Prex-Dessous : l'eau y est à nouveau potable "
            "dans les quatre villages. Environ 9 000 habitants étaient concernés." if fr else
            "The boil-water notice for Vernay-le-Haut, Corgeat-les-Bains, Lully-sur-Arve and Saint-Prex-Dessous was "
            "lifted everywhere on Wednesday 14 October at 16:30: tap water in these four villages is safe to drink "
            "again without boiling. About 9,000 residents were concerned.")},
        updates=(("2026-10-14 16:30", "résolu" if fr else "resolved",
                  "L'avis est levé partout." if fr else "The notice is lifted everywhere."),
                 ("2026-10-12 18:00", "identifié" if fr else "identified",
                  "Faites bouillir l'eau." if fr else "Boil your water.")))
    name = "2026-10-12-eau.fr.md" if fr else "2026-10-12-water.md"
    for channel in ("x", "bluesky"):
        posts = _announcement(_copies(project, settings, text, name, _NOW, channel))
        assert plain(title) not in posts[0], (channel, posts)
        assert posts[0].startswith("Depuis ce mercredi 14 octobre" if fr else "The boil-water notice for"), (channel, posts)
        for post in posts:
            body = re.sub(r"\s*\d+/\d+$", "", post)
            assert not re.search(r"[:;]$", body.split(" https://")[0].strip()), (channel, posts)
        if not (posts[0].split(" https://")[0].rstrip().endswith((".", "!", "?"))):
            assert posts[0].split(" https://")[0].rstrip().endswith("…") and posts[1].startswith("…"), (channel, posts)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_outage_first_post_never_carries_the_apology_without_the_news(project, settings, lang):
    """A closed outage whose account is too long for the first post: the title says the news
    there, with an apology ("We apologise." when the leader's quoted one will not fit beside it);
    never the quoted apology alone, as if it were the news."""
    fr = lang == "fr"
    title = "Panne nationale du réseau mobile le 14 octobre" if fr else "Nationwide mobile outage on 14 October"
    text = statement_file(
        lang=lang, severity="critical", started="2026-10-14 06:10",
        front="kind: outage\nspokesperson: {name: Paul Rivière, role: " + ("président" if fr else "Chair") + "}\n",
        title=title,
        sections={
            "Résumé" if fr else "Summary": (
                "Le mercredi 14 octobre, de 5 h 40 à 11 h 20, jusqu'à 3,8 millions de clients mobiles n'ont pu ni "
                "appeler, ni recevoir d'appels, ni envoyer de SMS, ni utiliser l'internet mobile, dans toute la France "
                "métropolitaine et en Corse. Tous les services fonctionnent normalement depuis 11 h 20." if fr else
                "On Wednesday 14 October, from 05:40 to 11:20, up to 3.8 million mobile customers could not make or "
                "receive calls, send texts or use mobile data anywhere in mainland France or Corsica, and some calls "
                "to emergency numbers failed. All services have worked normally since 11:20."),
            "Citation" if fr else "Quote": (
                "C'est la panne la plus grave qui puisse arriver à un opérateur mobile, et elle a touché des "
                "personnes qui appelaient les secours dans la nuit. Je vous présente mes excuses." if fr else
                "That is the most serious failure a mobile operator can have, and it hit people who were calling "
                "for help in the night. I am deeply sorry."),
        },
        updates=(("2026-10-14 11:30", "résolu" if fr else "resolved",
                  "Tous les services sont rétablis." if fr else "All services are back."),
                 ("2026-10-14 06:10", "enquête" if fr else "investigating",
                  "Le réseau mobile est en panne." if fr else "The mobile network is down.")))
    name = "2026-10-14-panne.fr.md" if fr else "2026-10-14-outage.md"
    for channel in ("x", "bluesky"):
        posts = _announcement(_copies(project, settings, text, name, _NOW, channel))
        first = posts[0]
        assert plain(title) in first or ("3,8 millions" if fr else "3.8 million") in first, (channel, posts)
        assert re.search(r"excuses|sorry|apologise", first), (channel, posts)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_count_of_models_is_never_contradicted_by_a_count_of_units(project, monkeypatch, lang):
    """"We are recalling three building sets" counts models; "9,350 of the 21,600 sets recalled
    have come back" counts units: no update turns three into thousands, and the check never calls
    the summary out of date for it."""
    from tests.press_support import check_problems

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", front="kind: recall\n", started="2026-10-05 10:00",
        title="Rappel de jeux de construction Tesselle" if fr else "Recall of Tesselle building sets",
        sections={"Résumé" if fr else "Summary": (
            "Nous rappelons trois jeux de construction Tesselle vendus depuis le 1er septembre : une pièce peut se "
            "casser et blesser un enfant. Cessez de les utiliser et rapportez-les en magasin." if fr else
            "We are recalling three Tesselle building sets sold since 1 September: a piece can snap and cut a child. "
            "Stop using them and take them back to the shop.")},
        updates=(("2026-10-12 10:00", "surveillance" if fr else "monitoring",
                  "À ce jour, 9 350 des 21 600 jeux rappelés nous ont été rapportés." if fr else
                  "So far 9,350 of the 21,600 sets recalled have been brought back."),
                 ("2026-10-05 10:00", "identifié" if fr else "identified",
                  "Le rappel commence aujourd'hui." if fr else "The recall starts today.")))
    problems = check_problems(project, monkeypatch, "2026-10-12T12:00:00+02:00", text,
                              "2026-10-05-tesselle.fr.md" if fr else "2026-10-05-tesselle.md")
    assert not [p for p in problems if "a later update says" in p["message"]], problems


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_text_says_where_to_claim_and_that_the_system_works_again(project, settings, lang):
    """The one text after a closed outage says that it is over ("has worked normally since…" is
    an outcome as « fonctionne de nouveau » is) and, off the page, never "how to claim is below"."""
    fr = lang == "fr"
    summary = (
        "Le jeudi 8 octobre, de 6 h à 14 h, une panne de notre système de réservation a empêché toute vente de "
        "billets. Le système fonctionne de nouveau normalement depuis 14 h. Si votre voyage a été annulé, vous avez "
        "droit à un remboursement : la marche à suivre figure ci-dessous." if fr else
        "On Thursday 8 October, from 06:00 to 14:00, a failure of our booking system stopped every ticket sale. "
        "The system has worked normally since 14:00. If your trip was cancelled, you are entitled to a refund: "
        "how to claim is below.")
    text = statement_file(
        lang=lang, severity="major", front="kind: outage\n", started="2026-10-08 06:20",
        title="Panne du système de réservation" if fr else "Booking system failure",
        sections={"Résumé" if fr else "Summary": summary,
                  "Ce que vous pouvez faire" if fr else "What you should do": (
                      "- Demandez votre remboursement sur www.calypso-pay.example/remboursement avant le 31 décembre."
                      if fr else "- Claim your refund at www.calypso-pay.example/refunds by 31 December.")},
        updates=(("2026-10-08 14:10", "résolu" if fr else "resolved",
                  "Le système est rétabli." if fr else "The system is back."),
                 ("2026-10-08 06:20", "enquête" if fr else "investigating",
                  "Le système de réservation est en panne." if fr else "The booking system is down.")))
    (sms,) = _announcement(_copies(project, settings, text, "2026-10-08-resa.fr.md" if fr else "2026-10-08-booking.md",
                                   _NOW, "sms"))
    assert "ci-dessous" not in sms and "below" not in sms, sms
    assert ("fonctionne de nouveau" if fr else "worked normally") in sms, sms


def _magnet_recall(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", front="kind: recall\n", started="2026-10-09 18:00",
        title="Rappel des jeux magnétiques Tesselle" if fr else "Recall of Tesselle magnetic sets",
        sections={
            "Résumé" if fr else "Summary": (
                "Nous rappelons les jeux magnétiques Tesselle du lot 2640C : leurs aimants peuvent se détacher et être "
                "avalés par un enfant. Cessez de les utiliser. Si vous pensez qu'un enfant a avalé un aimant, "
                "rendez-vous sans attendre aux urgences, même s'il semble aller bien." if fr else
                "We are recalling Tesselle magnetic sets from lot 2640C: their magnets can come loose and be swallowed "
                "by a child. Stop using them. If you think a child has swallowed a magnet, go to the emergency "
                "department straight away, even if the child seems well."),
            "Conseils santé : si votre enfant a pu avaler un aimant" if fr else
            "Health advice: if your child may have swallowed a magnet": (
                "- Appelez le 15 sans attendre.\n- Ne faites pas vomir votre enfant." if fr else
                "- Call 15 straight away.\n- Do not make your child vomit."),
            "Ce que vous pouvez faire" if fr else "What you should do": (
                "- Vérifiez le numéro de lot imprimé sous la boîte, à côté du code-barres, et au dos de la notice.\n"
                "- Rassemblez toutes les pièces et tous les aimants détachés dans un sac fermé, hors de portée des "
                "enfants et des animaux.\n- Rapportez le jeu en magasin pour être remboursé intégralement, avec ou "
                "sans ticket de caisse.\n- Une question ? Appelez notre ligne dédiée au 0 800 730 999, tous les jours "
                "de 8 h à 20 h." if fr else
                "- Check the lot number printed under the box, next to the barcode, and on the back of the leaflet.\n"
                "- Gather every tile and every loose magnet in a closed bag, out of reach of children and pets.\n"
                "- Take the set back to the shop for a full refund, with or without a receipt.\n"
                "- Questions? Call our recall line on 0 800 730 999, every day from 8:00 to 20:00."),
            "Citation" if fr else "Quote": (
                "Une petite fille a dû être opérée à cause de l'un de nos jouets. Nous pensons d'abord à elle et à sa "
                "famille, et nous faisons tout pour que cela ne se reproduise pas." if fr else
                "A little girl needed surgery because of one of our toys. Our first thoughts are with her and her "
                "family, and we are doing everything to make sure it never happens again."),
        },
        updates=(("2026-10-09 18:00", "identifié" if fr else "identified",
                  "Le rappel commence." if fr else "The recall starts."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_health_advice_keeps_the_condition_its_heading_gives(project, settings, lang):
    """Under "What you should do", "Do not make your child vomit" alone reads as meant for every
    owner: the health section's heading ("…: if your child may have swallowed a magnet") goes
    with each of its instructions."""
    fr = lang == "fr"
    copies = _copies(project, settings, _magnet_recall(lang), "2026-10-09-tesselle.fr.md" if fr else
                     "2026-10-09-tesselle.md", _NOW, "linkedin")
    (post,) = _announcement(copies)
    told = ("Si votre enfant a pu avaler un aimant, ne faites pas vomir votre enfant." if fr else
            "If your child may have swallowed a magnet, do not make your child vomit.")
    assert told in post, post
    assert not re.search(r"(?:^|- )(?:Ne faites pas vomir|Do not make your child vomit)", post), post


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_thread_keeps_the_emergency_advice(project, settings, lang):
    """"Go to the emergency department straight away" (« rendez-vous aux urgences ») is what must
    survive any cut of a recall thread, as "call 112" does."""
    fr = lang == "fr"
    for channel in ("x", "bluesky"):
        posts = _announcement(_copies(project, settings, _magnet_recall(lang), "2026-10-09-tesselle.fr.md" if fr else
                                      "2026-10-09-tesselle.md", _NOW, channel))
        assert any(("aux urgences" if fr else "emergency department") in post for post in posts), (channel, posts)
