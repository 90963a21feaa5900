"""Words of the outputs that communications directors called wrong in the seventh blind kit's
regrades and the eighth kit's first grades, mended with statements written for these tests."""

from __future__ import annotations

import re

import pytest

from tests.press_support import copies_at as _copies
from tests.press_support import plain, statement_file, write_statement

_NOW = "2026-03-04T19:00:00+01:00"


def _app_leak(lang: str, update: str) -> str:
    """A health insurer's app that showed members' claims to others, with `update` at 08:40."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", front="kind: breach\n", started="2026-03-04 08:00",
        title="Des données d'adhérents visibles dans l'application" if fr else "Members' details visible in our app",
        sections={"Résumé" if fr else "Summary":
                  "Ce matin, notre application a montré à certains adhérents les remboursements d'un autre adhérent. "
                  "Nous vous présentons nos excuses." if fr else
                  "This morning, our app showed some members another member's claims. We are sorry."},
        updates=(("2026-03-04 08:40", "enquête" if fr else "investigating", update),))


def test_a_french_text_never_ends_on_where_before_what_was_seen(project, settings, monkeypatch):
    """« …voient, dans « Mes remboursements », le nom et les soins… »: what they see is the
    object of the verb, never a closing phrase of context a short text can spare."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    update = ("Depuis ce matin, des utilisateurs de l'application de la mutuelle voient, dans « Mes remboursements », "
              "le nom et les soins remboursés d'un autre adhérent. Si vous avez vu les données d'un autre adhérent, "
              "ne les partagez pas et ne faites pas de capture d'écran. Nous avons coupé l'accès aux comptes dans "
              "l'application à 8 h 25. Nous vous présentons nos excuses et nous cherchons la cause.")
    copies = _copies(project, settings, _app_leak("fr", update), "2026-03-04-appli.fr.md", _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    said = plain(sms).replace("«", '"').replace("»", '"')
    assert not re.search(r'Mes remboursements"?\s*\.', said), sms


def _price_error(lang: str, update: str, status: str = "identified") -> str:
    """A theatre's online box office that sold seats at a tenth of their price, with `update` at
    09:40 on 4 March."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="minor", started="2026-03-03 21:00",
        title="Erreur de prix sur la billetterie en ligne" if fr else "Price error on our online box office",
        sections={"Résumé" if fr else "Summary":
                  "Mardi soir, notre billetterie en ligne a vendu des places à 4,20 € au lieu de 42 €." if fr else
                  "On Tuesday evening, our online box office sold seats at €4.20 instead of €42."},
        updates=(("2026-03-04 09:40", ("résolu" if fr else "resolved") if status == "resolved" else
                  ("identifié" if fr else "identified"), update),
                 ("2026-03-03 21:00", "analyse" if fr else "investigating",
                  "Nous vérifions nos tarifs." if fr else "We are checking our prices.")))


@pytest.mark.parametrize(("lang", "update", "said"), [
    ("en", "The mistake was in the new price grid our box office loaded on Tuesday at 18:05 for the spring season: "
           "it showed every seat in the stalls for the opening night of the new production at €4.20 instead of €42. "
           "1,312 seats were sold at that price, in 640 orders across all our venues. We are honouring every one of "
           "them: your tickets are valid as they are, and you do not need to do anything.", "sold at €4.20"),
    ("fr", "L'erreur venait de la nouvelle grille de prix chargée mardi à 18 h 05 pour la saison de printemps : elle "
           "affichait toutes les places d'orchestre de la première du nouveau spectacle à 4,20 € au lieu de 42 €. "
           "1 312 places ont été vendues à ce prix, dans 640 commandes. Nous les honorons toutes : vos billets sont "
           "valables tels quels et vous n'avez rien à faire.", "vendues à 4,20 €"),
])
def test_a_text_never_says_that_price_without_the_price(project, settings, monkeypatch, lang, update, said):
    """"1,312 seats were sold at that price" after a cut of the sentence that gave the price
    points at nothing: the text names the price it points back to."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    name = "2026-03-03-prix.fr.md" if lang == "fr" else "2026-03-03-price.md"
    copies = _copies(project, settings, _price_error(lang, update), name, _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None and c.update_at.hour == 9]
    text = plain(sms).replace("\u00a0", " ").replace("\u202f", " ")
    assert "that price" not in text and "ce prix" not in text, sms
    assert said in text, sms


@pytest.mark.parametrize(("lang", "update", "bought", "refund"), [
    ("en", "We have written to all 640 customers concerned: their 1,312 tickets are valid for the opening night, at the "
           "price they paid, and their seats are exactly those they chose. 41 customers bought their seats again this "
           "morning at the normal price; we are refunding them automatically within 5 working days, to the card they "
           "paid with.", "41 customers", "refunding them"),
    ("fr", "Nous avons écrit aux 640 clients concernés : leurs 1 312 billets sont valables pour la première, au prix "
           "payé, et leurs places sont exactement celles qu'ils ont choisies. 41 clients ont racheté leurs places ce "
           "matin au prix normal ; nous les remboursons automatiquement sous 5 jours ouvrables, sur la carte utilisée "
           "pour payer.", "41 clients", "remboursons"),
])
def test_a_text_never_names_who_paid_twice_without_their_refund(project, settings, monkeypatch, lang, update, bought,
                                                                  refund):
    """"41 customers bought their seats again this morning at the normal price." alone is a
    fact with no point: what they get goes with it, or neither goes."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    name = "2026-03-03-prix.fr.md" if lang == "fr" else "2026-03-03-price.md"
    copies = _copies(project, settings, _price_error(lang, update, "resolved"), name, _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None and c.update_at.hour == 9]
    text = plain(sms)
    assert (bought in text) == (refund in text), sms


def _ferry_stop(lang: str) -> str:
    """A ferry stopped mid-river with passengers on board, updates at 12:05, 12:40 and 14:30 (a
    correction of the first at 13:10), told in a release the next day."""
    fr = lang == "fr"
    first = ("Le bac est immobilisé au milieu du fleuve depuis 11 h 42, avec environ 40 passagers à bord. Nous vous "
             "informons par les haut-parleurs du bac." if fr else
             "The ferry has been stopped mid-river since 11:42, with about 40 passengers on board. We are keeping "
             "you informed over the ferry's loudspeakers.")
    middle = ("Le moteur ne peut pas redémarrer : à 12 h 30, nous avons commencé à remorquer le bac. Proches des "
              "passagers : appelez-nous au 0 800 40 40 40." if fr else
              "The engine cannot be restarted, and at 12:30 we started towing the ferry to the quay. Families and "
              "friends of passengers: call us on 0800 40 40 40.")
    last = ("Le bac est à quai et tous les passagers sont descendus. Personne n'est blessé. Aux passagers encore à "
            "bord : restez assis et suivez l'équipage." if fr else
            "The ferry is at the quay and 31 passengers have come ashore. Nobody is injured so far. To passengers "
            "still on board: stay seated and follow the crew.")
    correction = ("#### Rectificatif · 2026-03-03 13:10\nIl y avait 46 passagers à bord, et non environ 40. Notre "
                  "premier chiffre venait des billets vendus au guichet : il ne comptait pas les abonnés." if fr else
                  "#### Correction · 2026-03-03 13:10\nThere were 46 passengers on board, not about 40. Our first "
                  "figure came from the tickets sold at the desk: it did not count season-ticket holders.")
    return statement_file(
        lang=lang, severity="major", front="kind: safety\n", started="2026-03-03 12:00",
        title="Bac immobilisé sur le fleuve" if fr else "Ferry stopped mid-river",
        sections={"Résumé" if fr else "Summary":
                  "Mardi, notre bac est resté immobilisé trois heures au milieu du fleuve avec 46 passagers à bord. "
                  "Personne n'a été blessé. Nous vous présentons nos excuses." if fr else
                  "On Tuesday our ferry was stuck mid-river for three hours with 46 passengers on board. Nobody was "
                  "hurt. We are sorry."},
        updates=(("2026-03-04 10:00", "résolu" if fr else "resolved",
                  "Le bac a repris son service ce matin." if fr else "The ferry went back into service this morning."),
                 ("2026-03-03 14:30", "identifié" if fr else "identified", last),
                 ("2026-03-03 12:40", "identifié" if fr else "identified", middle),
                 ("2026-03-03 12:05", "enquête" if fr else "investigating", f"{first}\n\n{correction}")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_release_tells_earlier_updates_without_words_said_to_those_on_board(project, settings, monkeypatch, lang):
    """"To passengers still on board." and "Families and friends of passengers." were left of
    instructions the release keeps for its advice section; "We are keeping you informed over the
    loudspeakers" went to the press as the company's quote; « Son premier chiffre » had no owner;
    "at 12:30 p.m. The company started…" broke a sentence; "Nobody was injured so far" mixed times."""
    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-03-04T12:00:00+01:00")
    name = "2026-03-03-bac.fr.md" if lang == "fr" else "2026-03-03-ferry.md"
    release = render_press_release(write_statement(project, settings, _ferry_stop(lang), name), settings).markdown
    said = release.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    for fragment in ("To passengers still on board.", "Families and friends of passengers.", "keeping you informed",
                     "Aux passagers encore à bord.", "Proches des passagers.", "haut-parleurs", "Son premier chiffre",
                     "p.m. The company", "so far"):
        assert fragment not in said, (fragment, release)
    assert ("premier chiffre de Calypso Pay" if lang == "fr" else "first figure came from") in said, release


@pytest.mark.parametrize(("lang", "who"), [("en", "If you rode the ferry on Tuesday with a day ticket:"),
                                           ("fr", "Vous avez pris le bac mardi avec un billet journée :")])
def test_a_refund_for_some_keeps_who_it_is_for_in_the_reply(project, settings, monkeypatch, lang, who):
    """"- We are refunding 50% of what you paid." went to everyone who asked about money, when
    the statement gave it only to those who had a day pass (a bold condition before it)."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-03-04T12:00:00+01:00")
    fr = lang == "fr"
    advice = ("- **Vous étiez à bord mardi :** nous vous remboursons votre billet en entier.\n"
              f"- **{who}** nous vous remboursons 50 % de son prix." if fr else
              "- **If you were on board on Tuesday:** we are refunding your ticket in full.\n"
              f"- **{who}** we are refunding 50% of what you paid.")
    text = statement_file(
        lang=lang, severity="major", front="kind: safety\n", started="2026-03-03 12:00",
        title="Bac immobilisé sur le fleuve" if fr else "Ferry stopped mid-river",
        sections={"Résumé" if fr else "Summary":
                  "Mardi, notre bac est resté immobilisé trois heures au milieu du fleuve. Nous vous présentons nos "
                  "excuses." if fr else "On Tuesday our ferry was stuck mid-river for three hours. We are sorry.",
                  "Ce que vous pouvez faire" if fr else "What you should do": advice},
        updates=(("2026-03-03 12:05", "identifié" if fr else "identified",
                  "Le bac est immobilisé." if fr else "The ferry is stuck."),))
    replies = _document(project, settings, text, "2026-03-03-bac.fr.md" if fr else "2026-03-03-ferry.md", "replies")
    half = "50 % de son prix" if fr else "50% of what you paid"
    lines = [line for line in replies.splitlines() if half in line]
    assert lines and all(who in line for line in lines), replies


def _ride_crash(lang: str) -> str:
    """A leisure park's ride accident: the first update orders visitors out, the later ones
    come on the next days."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", front="kind: safety\n", started="2026-07-18 16:05",
        title="Deux trains se heurtent sur le manège Le Goéland" if fr else "Two trains collide on the Le Goéland ride",
        sections={
            "Résumé" if fr else "Summary":
                "Le samedi 18 juillet vers 15 h 37, un train du manège Le Goéland n'a pas freiné à temps et a heurté le "
                "train arrêté en gare, blessant 9 personnes : 7 passagers et 2 employés." if fr else
                "On Saturday, July 18, at about 3:37 p.m., a train on the Le Goéland ride failed to brake in time and "
                "struck the train waiting in the station, injuring 9 people: 7 riders and 2 employees.",
            "Ce que vous pouvez faire" if fr else "What you should do":
                "- Vous étiez au parc le 18 juillet ? Vous pouvez obtenir le remboursement de votre billet, ou un billet "
                "gratuit pour revenir avant la fin de la saison, avec le formulaire sur parc.example/18-juillet, "
                "jusqu'au 31 août." if fr else
                "- Were you at the park on July 18? You can get a refund for your ticket, or a free ticket to come back "
                "before the end of the season, using the form at park.example/july-18, until August 31."},
        updates=(("2026-07-19 08:30", "analyse" if fr else "investigating",
                  "Le parc ouvrira aujourd'hui à 10 h comme prévu, sauf Le Goéland et La Mouette. La Mouette n'a eu "
                  "aucun problème, mais elle a les mêmes freins, elle reste donc fermée par précaution jusqu'à "
                  "l'inspection. L'adolescente de 14 ans hospitalisée hier a été opérée cette nuit ; son état est "
                  "stable." if fr else
                  "The park will open today at 10 a.m. as planned, except for Le Goéland and La Mouette. La Mouette had "
                  "no problem, but it uses the same type of brakes, so it stays closed as a precaution until it has "
                  "been inspected. The 14-year-old girl taken to hospital yesterday had surgery overnight for a broken "
                  "leg; her condition is stable."),
                 ("2026-07-18 17:30", "analyse" if fr else "investigating",
                  "Neuf personnes ont été blessées : 7 passagers et 2 employés. Quatre ont été transportées au centre "
                  "hospitalier régional. Tous les visiteurs ont quitté le parc dans le calme à 16 h 45." if fr else
                  "Nine people were injured: 7 riders and 2 employees. Four were taken to the regional hospital. All "
                  "visitors had left the park calmly by 4:45 p.m."),
                 ("2026-07-18 16:05", "analyse" if fr else "investigating",
                  "Vers 15 h 37, un train du manège Le Goéland a heurté le train arrêté en gare. Il y a plusieurs "
                  "blessés. Merci de vous diriger calmement vers la sortie principale et de laisser libre la porte Est "
                  "pour les secours." if fr else
                  "At about 3:37 p.m., a train on the Le Goéland ride struck the train standing in the station. Several "
                  "people are hurt. Please make your way calmly to the main exit and keep the East Gate clear for "
                  "emergency vehicles.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_order_to_leave_the_park_is_never_sent_again_the_next_day(project, settings, monkeypatch, lang):
    """"Please make your way calmly to the main exit" went out again in every text of the next
    days, as if the park were being evacuated once more; and "The park will open today as
    planned, except for…" gave way to a cut of the sentence after it."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-07-19T09:00:00-04:00")
    name = "2026-07-18-manege.fr.md" if lang == "fr" else "2026-07-18-ride.md"
    copies = _copies(project, settings, _ride_crash(lang), name, "2026-07-19T09:00:00-04:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None and c.update_at.day == 19]
    text = plain(sms)
    assert "exit" not in text and "sortie" not in text, sms
    assert ("sauf Le Goéland et La Mouette" if lang == "fr" else "except for Le Goéland and La Mouette") in text, sms


def test_an_accident_text_tells_who_was_hurt_before_the_refund(project, settings, monkeypatch):
    """"Two trains collide on the Le Goéland ride. You can get a refund…" said nothing of the
    nine people hurt: the account goes first, the refund only in the room left."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-07-19T09:00:00-04:00")
    copies = _copies(project, settings, _ride_crash("en"), "2026-07-18-ride.md", "2026-07-19T09:00:00-04:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is None]
    assert "injuring 9 people" in plain(sms), sms


@pytest.mark.parametrize(("lang", "subject"), [
    ("en", "A change we put live at 07:38 this morning"),
    ("fr", "Une modification mise en service ce matin à 7 h 38"),
])
def test_a_text_never_ends_on_a_subject_without_its_verb(project, settings, monkeypatch, lang, subject):
    """« Une modification mise en service ce matin à 7 h 38 (heure irlandaise). » went out alone:
    cut at the comma before an aside, the subject lost the verb that comes after the aside."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    fr = lang == "fr"
    update = ("Nous avons trouvé la cause. Une modification mise en service ce matin à 7 h 38 (heure de Dublin), pour "
              "accélérer le chargement de l'écran du compte, a conduit nos serveurs à envoyer à certains adhérents une "
              "copie en mémoire d'un écran préparé pour un autre adhérent. Nous avons prévenu la Commission de "
              "protection des données et l'autorité de contrôle des mutuelles." if fr else
              "We have found the cause. A change we put live at 07:38 this morning (Dublin time), to make the account "
              "screen load faster and lighter on older phones, made our servers send some members a stored copy of a "
              "screen prepared for another member. We have told the Data Protection Commission and the regulator.")
    copies = _copies(project, settings, _app_leak(lang, update), "2026-03-04-appli.fr.md" if fr else "2026-03-04-app.md",
                     _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    text = plain(sms)
    assert not re.search(re.escape(subject) + r"[^.]*\)\.", text), sms


def test_the_first_breach_text_says_what_happened_before_what_still_works(project, settings, monkeypatch):
    """The first French text of a breach gave what still worked and "do not share what you saw",
    without « certains adhérents voient les remboursements d'un autre adhérent »."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    update = ("Depuis 7 h 40 environ, heure irlandaise (8 h 40, heure de Paris), certains adhérents qui ouvrent "
              "l'application de la mutuelle voient le nom, le solde et les remboursements d'un autre adhérent à la "
              "place des leurs. Nous avons coupé l'application à 8 h 31 le temps de comprendre pourquoi. Le site, "
              "les remboursements et les paiements fonctionnent normalement. Si vous avez vu les informations de "
              "quelqu'un d'autre, merci de ne pas les diffuser ni publier de captures d'écran. Nous vous présentons "
              "nos excuses.")
    copies = _copies(project, settings, _app_leak("fr", update), "2026-03-04-appli.fr.md", _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    text = plain(sms)
    assert "voient le nom, le solde et les remboursements d'un autre adhérent" in text, sms
    assert "Heure irlandaise" not in text, sms


def _concert(lang: str) -> str:
    """An open-air concert, maintained at 12:45, cancelled at 14:40: a title written once it was."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", front="kind: incident\n", started="2026-08-15 12:45",
        title="Concert Les Soirs du port du 15 août annulé en raison des orages" if fr else
              "August 15 Harbour Nights concert cancelled due to thunderstorms",
        sections={"Résumé" if fr else "Summary":
                  "Nous avons annulé le concert du 15 août à cause des orages. Il est reporté au samedi 29 août, à la "
                  "même heure, avec le même programme." if fr else
                  "We cancelled the August 15 concert because of thunderstorms. It moves to Saturday, August 29, same "
                  "time, same line-up."},
        updates=(("2026-08-15 14:40", "identifié" if fr else "identified",
                  "Nous annulons le concert de ce soir. Ne venez pas au parc." if fr else
                  "We are cancelling tonight's concert. Please do not travel to the park."),
                 ("2026-08-15 12:45", "analyse" if fr else "investigating",
                  "Environnement Canada a émis ce matin une veille d'orages violents pour la région, avec des rafales "
                  "et de la grêle possibles en soirée. Le concert de ce soir (ouverture des portes à 18 h, spectacle à "
                  "20 h) est maintenu pour l'instant. Nous suivons la météo avec notre producteur et la Ville, et nous "
                  "prendrons une décision d'ici 15 h." if fr else
                  "Environment Canada issued a severe thunderstorm watch for the region this morning, with possible "
                  "gusts and hail this evening. Tonight's concert (gates at 6 p.m., show at 8 p.m.) is going ahead for "
                  "now. We are monitoring the weather with our producer and the City and will make a decision by "
                  "3 p.m.")))


@pytest.mark.parametrize(("lang", "channel"), [("en", "x"), ("fr", "x"), ("en", "email"), ("fr", "email"),
                                               ("en", "instagram")])
def test_an_update_before_the_decision_is_never_headed_with_it(project, settings, monkeypatch, lang, channel):
    """"August 15 … concert cancelled due to thunderstorms" headed the 12:45 posts and e-mail,
    which said the concert was going ahead: the title names the concert alone until an update
    tells the cancellation."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-08-15T15:00:00-04:00")
    name = "2026-08-15-concert.fr.md" if lang == "fr" else "2026-08-15-concert.md"
    copies = _copies(project, settings, _concert(lang), name, "2026-08-15T15:00:00-04:00", channel)
    (early,) = [c for c in copies if c.update_at is not None and c.update_at.hour == 12]
    (late,) = [c for c in copies if c.update_at is not None and c.update_at.hour == 14]
    verdict = "annul" if lang == "fr" else "cancel"
    said_early = " ".join([early.subject or "", *early.parts]).lower()
    assert verdict not in said_early.replace("annulons", ""), (early.subject, early.parts)
    assert verdict in " ".join([late.subject or "", *late.parts]).lower(), late.parts


def test_a_french_text_says_the_time_first_set_never_this_hour(project, settings, monkeypatch):
    """« reporté au samedi 29 août, à la même heure » went out as « à cette heure », which is now."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-08-15T15:00:00-04:00")
    copies = _copies(project, settings, _concert("fr"), "2026-08-15-concert.fr.md", "2026-08-15T15:00:00-04:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is None]
    assert "à cette heure" not in sms and "meme" not in sms, sms


def test_a_refund_form_is_never_in_a_copy_sent_before_it_was_announced(project, settings, monkeypatch):
    """The French copies of the evening's count of the injured carried the refund form that the
    next morning's update announced."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-07-19T09:00:00-04:00")
    copies = _copies(project, settings, _ride_crash("fr"), "2026-07-18-manege.fr.md", "2026-07-19T09:00:00-04:00", "x")
    (first,) = [c for c in copies if c.update_at is not None and c.update_at.hour == 17]
    assert "parc.example/18-juillet" not in " ".join(first.parts), first.parts


@pytest.mark.parametrize(("written", "contracted"), [
    ("Les recommandations de Le Riverain :", "Les recommandations du Riverain :"),
    ("Écrivez à Le Riverain.", "Écrivez au Riverain."),
    ("Les employés de Le Riverain ont accès à un soutien.", "Les employés du Riverain ont accès à un soutien."),
])
def test_a_french_release_contracts_de_le_before_the_name(written, contracted):
    """« Les recommandations de Le Riverain » went out in a park's release: French contracts the
    article of a name (« du Riverain », « au Riverain »), as the release does for « de Officinea »."""
    from generator.rendering.person import fr_elided

    assert fr_elided(written, "Le Riverain") == contracted


def _payroll(update: str) -> str:
    """A retailer's payroll error, told in French at 11:15."""
    return statement_file(
        lang="fr", severity="major", front="kind: incident\n", started="2026-10-30 11:15",
        title="Salaires d'octobre incomplets pour une partie du personnel",
        sections={"Résumé": "Une partie de notre personnel a reçu un salaire d'octobre incomplet. Nous vous présentons "
                            "nos excuses."},
        updates=(("2026-10-30 11:15", "analyse", update),))


def test_a_french_comparison_is_never_read_as_a_pointer_to_the_page(project, settings, monkeypatch):
    """« leur salaire … est plus bas qu'il ne devrait l'être » went out as « est sur notre page
    d'information qu'il ne devrait l'être » on every channel: « plus bas » compared, it pointed
    nowhere."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-30T12:00:00+01:00")
    update = ("Des membres de notre personnel à temps partiel nous signalent que leur salaire d'octobre, versé "
              "aujourd'hui, est plus bas qu'il ne devrait l'être. Nous vérifions avec notre prestataire de paie.")
    for channel in ("x", "facebook", "sms"):
        copies = _copies(project, settings, _payroll(update), "2026-10-30-paie.fr.md", "2026-10-30T12:00:00+01:00",
                         channel)
        said = " ".join(p for c in copies if c.update_at is not None for p in c.parts)
        assert "plus bas qu'il ne devrait" in said or "plus bas que prévu" in said, (channel, said)
        assert "page d'information qu'il" not in said, (channel, said)


@pytest.mark.parametrize(("lang", "update", "wrong", "right"), [
    ("en", "We formally reported the breach to the Data Protection Commission yesterday at 16:20.", "formallies",
     "formally reported"),
    ("en", "The payslip we e-mailed on Friday gave the wrong amount.", "es-mailed", "mailed on Friday"),
    ("fr", "Nous en avons été avertis à 8 h 40 par une vendeuse.", "avertis à", "été averti"),
])
def test_a_release_reports_our_verbs_in_the_third_person_as_written(project, settings, monkeypatch, lang, update,
                                                                    wrong, right):
    """"The bank formallies reported the breach", "the label Verdelle es-mailed you", « L'entreprise
    en a été avertis »: an adverb, a hyphenated verb and a participle each kept their grammar."""
    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-31T12:00:00+01:00")
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-10-30 11:15",
        title="Salaires d'octobre incomplets" if fr else "October pay short for some staff",
        sections={"Résumé" if fr else "Summary":
                  "Une partie de notre personnel a reçu un salaire incomplet. Nous vous présentons nos excuses." if fr
                  else "Some of our staff were paid less than they were owed. We are sorry."},
        updates=(("2026-10-31 10:00", "résolu" if fr else "resolved",
                  "Tous les salaires ont été complétés." if fr else "All pay has been made up."),
                 ("2026-10-30 11:15", "analyse" if fr else "investigating", update)))
    release = render_press_release(write_statement(project, settings, text, "2026-10-30-paie.fr.md" if fr else
                                                   "2026-10-30-pay.md"), settings).markdown
    said = release.replace("\u00a0", " ").replace("\u202f", " ")
    assert wrong not in said and right in said, release


def test_a_clearing_partner_is_no_compensation_in_a_reply(project, settings, monkeypatch):
    """« notre partenaire de compensation » (the clearing house) was quoted to a customer asking
    about a refund, under « Au sujet des paiements, remboursements et compensations »."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-25T20:00:00+02:00")
    text = statement_file(
        lang="fr", severity="minor", front="kind: outage\n", started="2026-09-25 17:25",
        title="Virements instantanés retardés",
        sections={"Résumé": "Les virements instantanés vers d'autres banques ont été retardés jusqu'à une heure. "
                            "Aucun argent n'a été perdu."},
        updates=(("2026-09-25 18:20", "identifié",
                  "Une mise à jour de routine chez notre partenaire de compensation a fixé trop bas le nombre de "
                  "virements que nous pouvions envoyer par minute."),
                 ("2026-09-25 17:25", "analyse", "Les virements instantanés mettent jusqu'à une heure à arriver.")))
    replies = _document(project, settings, text, "2026-09-25-virements.fr.md", "replies")
    money = [part for part in replies.split("\n## ") if "« débit »" in part.split("\n")[0]]
    assert not any("partenaire de compensation" in part for part in money), replies


@pytest.mark.parametrize(("lang", "door"), [("en", "the door for 9 December"), ("fr", "la case du 9 décembre")])
def test_a_recall_text_names_the_door_it_says_not_to_open(project, settings, monkeypatch, lang, door):
    """"Do not open that door and do not use the lip gloss." went out without the sentence that
    said which door: the text names it."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T09:00:00+01:00")
    fr = lang == "fr"
    update = ("Nous rappelons le calendrier de l'Avent Petits Trésors (lots L2611A et L2611B, code EAN "
              "5418823047129), vendu depuis le 12 octobre. Le baume à la cerise qu'il contient, derrière la case du "
              "9 décembre, peut contenir une bactérie, Pseudomonas aeruginosa, trouvée lors d'un contrôle de routine "
              "chez notre fabricant. Cette bactérie peut provoquer des infections de la peau ou des yeux, surtout chez "
              "les jeunes enfants. N'ouvrez pas cette case et n'utilisez pas le baume. Rapportez le calendrier dans "
              "l'un de nos magasins : nous vous remboursons 24,99 €. Questions : 0800 55 012 (gratuit)." if fr else
              "We are recalling the Petits Trésors Advent calendar (lots L2611A and L2611B, EAN code 5418823047129), "
              "on sale since 12 October. The cherry lip balm inside it, behind the door for 9 December, may contain a "
              "bacterium, Pseudomonas aeruginosa, found during a routine check at our manufacturer. This bacterium "
              "can cause infections of the skin or eyes, especially in young children. Do not open that door and do "
              "not use the lip balm. Bring the calendar back to any of our stores: we will refund €24.99. Questions: "
              "0800 55 012 (free).")
    text = statement_file(
        lang=lang, severity="major", front="kind: recall\n", started="2026-11-27 18:30",
        title="Rappel du calendrier de l'Avent Petits Trésors" if fr else "Recall of the Petits Trésors Advent calendar",
        sections={"Résumé" if fr else "Summary":
                  "Nous rappelons le calendrier de l'Avent Petits Trésors (lots L2611A et L2611B)." if fr else
                  "We are recalling the Petits Trésors Advent calendar (lots L2611A and L2611B)."},
        updates=(("2026-11-27 18:30", "identifié" if fr else "identified", update),))
    copies = _copies(project, settings, text, "2026-11-27-calendrier.fr.md" if fr else "2026-11-27-calendar.md",
                     "2026-11-28T09:00:00+01:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    said = plain(sms)
    assert "that door" not in said and "cette case" not in said or door in said, sms


def test_a_closed_outage_never_tells_people_to_still_not_resend(project, settings, monkeypatch):
    """"Please still do not send a transfer again." (an 18:20 instruction) closed the announcement
    posted once every transfer had arrived: sending a payment twice is no scam to warn against."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-25T20:00:00+01:00")
    text = statement_file(
        lang="en", severity="minor", front="kind: outage\n", started="2026-09-25 17:25",
        title="Instant transfers to other banks delayed",
        sections={"Summary": "On Friday 25 September, instant transfers to other banks were held for up to two hours. "
                             "All 2,046 delayed transfers have now arrived. No money was lost.",
                  "What you should do": "If you sent the same transfer a second time, tell us in chat in the app."},
        updates=(("2026-09-25 19:10", "resolved", "All 2,046 delayed transfers have arrived."),
                 ("2026-09-25 18:20", "identified", "The limit was corrected at 18:05. Please still do not send a "
                                                    "transfer again."),
                 ("2026-09-25 17:25", "investigating", "Instant transfers are taking up to an hour to arrive.")))
    for channel in ("x", "sms", "facebook"):
        copies = _copies(project, settings, text, "2026-09-25-transfers.md", "2026-09-25T20:00:00+01:00", channel)
        (announcement,) = [c for c in copies if c.update_at is None]
        assert "still do not send" not in " ".join(announcement.parts), (channel, announcement.parts)


@pytest.mark.parametrize(("lang", "decision", "going_ahead"), [
    ("en", "wait for that decision", "going ahead for now"),
    ("fr", "attendez cette décision", "maintenu pour l'instant"),
])
def test_a_text_never_says_that_decision_without_the_decision(project, settings, monkeypatch, lang, decision,
                                                              going_ahead):
    """"If you are coming from far away, wait for that decision before you set out." went out
    without the sentence that said a decision would come by 3 p.m., and without the concert
    still going ahead."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-08-15T13:00:00-04:00")
    fr = lang == "fr"
    update = ("Environnement Canada a émis ce matin une veille d'orages violents pour la région, avec des rafales et "
              "de la grêle possibles en soirée. Le concert de ce soir (ouverture des portes à 18 h, spectacle à 20 h) "
              "est maintenu pour l'instant. Nous suivons l'évolution de la météo avec notre producteur et la Ville, et "
              "nous prendrons une décision d'ici 15 h. Si vous venez de loin, attendez cette décision avant de prendre "
              "la route." if fr else
              "Environment Canada issued a severe thunderstorm watch for the region this morning, with possible gusts "
              "and hail this evening. Tonight's concert (gates at 6 p.m., show at 8 p.m.) is going ahead for now. We "
              "are monitoring the weather with our producer and the City and will make a decision by 3 p.m. If you "
              "are coming from far away, wait for that decision before you set out.")
    text = statement_file(
        lang=lang, severity="major", front="kind: incident\n", started="2026-08-15 12:45",
        title="Concert Les Soirs du port du 15 août" if fr else "August 15 Harbour Nights concert",
        sections={"Résumé" if fr else "Summary": "Une veille d'orages est en vigueur." if fr else
                  "A thunderstorm watch is in force."},
        updates=(("2026-08-15 12:45", "analyse" if fr else "investigating", update),))
    copies = _copies(project, settings, text, "2026-08-15-concert.fr.md" if fr else "2026-08-15-concert.md",
                     "2026-08-15T13:00:00-04:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    said = plain(sms)
    assert decision not in said or ("15 h" in said if fr else "3 p.m." in said), sms
    assert going_ahead in said or ("15 h" in said if fr else "3 p.m." in said), sms  # (still on, or when decided)


def test_a_release_tells_going_ahead_for_now_as_it_stood(project, settings, monkeypatch):
    """"The concert … was going ahead for." lost its "now" when the release told the update
    in the past."""
    from generator.rendering.person import english_told_then

    assert english_told_then("Tonight's concert is going ahead for now.") == \
        "Tonight's concert was going ahead at that point."


@pytest.mark.parametrize(("lang", "update", "paid", "advance"), [
    ("en", "We know the cause. When our payroll provider updated our payroll software on 19 October, the working hours "
           "of our part-time staff were recorded as 19 hours a week, whatever their contract. As a result, 640 people "
           "were underpaid this morning, by between €35 and €1,310 net. Full-time staff are not affected. We will pay the missing amount on Monday 2 November; it will be in your "
           "account on Tuesday. If you cannot wait, you can get an advance of €500 today or tomorrow, paid by instant "
           "transfer: ask your store manager, e-mail paie@shop.example or call 081 55 01 77 (today until 20:00, tomorrow "
           "from 09:00 to 17:00). We have informed the union representatives. Next update on Monday 2 November, by "
           "17:00.",
     "Monday 2 November", "advance of €500"),
    ("fr", "Nous connaissons la cause. Lors de la mise à jour de notre logiciel de paie, le 19 octobre, le régime de "
           "travail de nos collaborateurs à temps partiel a été enregistré à 19 heures par semaine, quel que soit leur "
           "contrat. 640 personnes ont donc été payées trop peu ce matin. Nous verserons le complément lundi 2 "
           "novembre ; il sera sur votre compte mardi. Si vous ne pouvez pas attendre, vous pouvez obtenir dès "
           "aujourd'hui une avance de 500 €, payée par virement instantané : demandez-la à votre responsable de "
           "magasin, par e-mail à paie@magasin.example ou au 081 55 01 77 (aujourd'hui jusqu'à 20 h, demain de 9 h à "
           "17 h). Nous avons informé les délégations syndicales.",
     "lundi 2 novembre", "avance de 500"),
])
def test_a_pay_text_says_when_the_money_comes_before_how_the_fault_worked(project, settings, monkeypatch, lang,
                                                                           update, paid, advance):
    """The 15:00 text to underpaid staff spent its room on the payroll software's fault and left
    out when the money would come and the €500 advance they could ask for that day."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-30T16:00:00+01:00")
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", front="kind: incident\n", started="2026-10-30 11:15",
        title="Salaires d'octobre incomplets" if fr else "October pay short for some staff",
        sections={"Résumé" if fr else "Summary":
                  "Une partie de notre personnel a reçu un salaire incomplet." if fr else
                  "Some of our staff were paid less than they were owed."},
        updates=(("2026-10-30 15:00", "identifié" if fr else "identified", update),
                 ("2026-10-30 11:15", "analyse" if fr else "investigating",
                  "Nous vérifions les fiches de paie." if fr else "We are checking every payslip.")))
    for channel in ("sms", "x", "bluesky"):
        # (On X, the date and the advance bound together no post can hold whole go in turn, never dropped.)
        copies = _copies(project, settings, text, "2026-10-30-paie.fr.md" if fr else "2026-10-30-pay.md",
                         "2026-10-30T16:00:00+01:00", channel)
        (copy,) = [c for c in copies if c.update_at is not None and c.update_at.hour == 15]
        said = plain(" ".join(copy.parts)).replace("\u00a0", " ")
        assert paid in said and advance in said, (channel, copy.parts)


def test_a_french_text_says_lower_than_it_should_without_losing_an_accent(project, settings, monkeypatch):
    """« …est plus bas qu'il ne devrait l'etre » went out without its circumflex."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-30T12:00:00+01:00")
    update = ("Depuis ce matin, de nombreux collaborateurs de nos magasins nous signalent que leur salaire d'octobre, "
              "versé aujourd'hui, est plus bas qu'il ne devrait l'être. Vous n'avez aucune démarche à faire : nous "
              "comparons chaque fiche de paie et nous vous verserons ce qui vous est dû.")
    copies = _copies(project, settings, _payroll(update), "2026-10-30-paie.fr.md", "2026-10-30T12:00:00+01:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    assert "l'etre" not in sms and "plus bas" in sms, sms


def _pay_statement(lang: str = "en") -> str:
    """A payroll error with a cause told behind "We know the cause." and a count put right."""
    return statement_file(
        lang="en", severity="major", front="kind: incident\n", started="2026-10-30 11:15",
        title="October pay short for some staff",
        sections={"Summary": "On Friday 30 October, 827 members of our staff were paid less than they were owed. We are "
                             "refunding any bank charges caused by the delay. We are sorry."},
        updates=(("2026-11-02 16:30", "identified", "The missing pay was sent this morning."),
                 ("2026-10-30 15:00", "identified",
                  "We know the cause. When our payroll provider updated our payroll software on 19 October, the working "
                  "hours of our part-time staff were recorded as 19 hours a week. As a result, 812 people were "
                  "underpaid this morning.\n\n#### Correction · 2026-11-02 16:30\nThe figure of 812 counted "
                  "employees only. 15 student workers were also underpaid, making 827 people in all."),
                 ("2026-10-30 11:15", "investigating", "Many of our store staff say their October pay is too low.")))


def test_the_cause_question_gives_the_cause_never_the_bank_charges_it_caused(project, settings, monkeypatch):
    """"What caused it?" was answered with "We are refunding any bank charges caused by the
    delay." and "We know the cause." alone."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-02T17:00:00+01:00")
    qa = _document(project, settings, _pay_statement(), "2026-10-30-pay.md", "qa")
    answer = qa.split("What caused it?", 1)[1].split("\n## ", 1)[0]
    assert "bank charges" not in answer and "19 hours a week" in answer, answer


def test_why_the_number_changed_is_answered_by_the_correction(project, settings, monkeypatch):
    """"Why has the number changed?" was answered with the count of advances paid: the
    correction (812 counted employees only; with 15 students, 827) says why."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-02T17:00:00+01:00")
    qa = _document(project, settings, _pay_statement(), "2026-10-30-pay.md", "qa")
    assert "Why has the number changed?" in qa, qa
    # (asked after "How many people are affected?", never before the number it asks about)
    assert qa.index("How many people are affected?") < qa.index("Why has the number changed?"), qa
    answer = qa.split("Why has the number changed?", 1)[1].split("\n## ", 1)[0]
    assert "counted employees only" in answer, answer


def test_a_memo_never_forbids_staff_to_speak_of_their_own_pay(project, settings, monkeypatch):
    """The memo to 827 underpaid employees said "No comment … on social media …, even in a
    personal capacity": a gag on their own pay, which would leak and become the story."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-02T17:00:00+01:00")
    memo = _document(project, settings, _pay_statement(), "2026-10-30-pay.md", "memo")
    assert "personal capacity" not in memo, memo
    assert "yours to talk about" in memo, memo
    # ("827 members of our staff" are no club's members: never "Members, partners and journalists may ask you")
    assert "Members, partners" not in memo and "To members we say" not in memo, memo


def test_last_night_before_its_own_date_names_the_night_once():
    """"took place last night, Saturday, August 29" became "on the night of Aug. 29, Saturday,
    August 29" in the release, the memo and the Q&A."""
    from generator.rendering.moments import already_named

    assert already_named("The concert took place last night, Saturday, August 29, in front of 7,900 people.", "en") \
        == "The concert took place on the night of Saturday, August 29, in front of 7,900 people."


@pytest.mark.parametrize(("lang", "sentence", "flagged"), [
    ("fr", "D'après nos premières vérifications, environ 600 personnes, surtout à temps partiel, seraient concernées.",
     False),
    ("fr", "Selon nos premiers relevés, environ 200 clients seraient touchés.", False),
    ("fr", "Selon nos premiers éléments, la panne serait due à une attaque.", True),
])
def test_a_first_count_in_the_conditional_is_no_guess(lang, sentence, flagged):
    """« D'après nos premières vérifications, environ 600 personnes … seraient concernées » was
    called a guess in French (its English twin was not): a provisional count said as such is
    transparency; a cause in the conditional still is a guess."""
    from tests.press_support import sentence_categories

    assert ("speculation" in sentence_categories(sentence, lang)) is flagged


def test_a_refund_form_is_never_carried_into_each_later_accident_update(project, settings, monkeypatch):
    """The refund form (the summary's first advice after a ride accident) was added to the French
    posts of every later update, which said nothing of it: a refund is no instruction in force."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-07-21T09:00:00-04:00")
    text = _ride_crash("fr").replace(
        '### 2026-07-19 08:30', '### 2026-07-20 17:00 · identifié\nL\'adolescente est toujours hospitalisée, dans un '
        'état stable ; les freins de La Mouette sont en cours de contrôle.\n\n### 2026-07-19 08:30')
    copies = _copies(project, settings, text, "2026-07-18-manege.fr.md", "2026-07-21T09:00:00-04:00", "x")
    (later,) = [c for c in copies if c.update_at is not None and c.update_at.day == 20]
    assert "formulaire" not in " ".join(later.parts), later.parts


@pytest.mark.parametrize(("lang", "teaser", "cause"), [
    ("fr", "Nous connaissons l'origine de la contamination.", "cuve d'eau de rinçage"),
    ("en", "We know where the contamination came from.", "rinse-water tank"),
])
def test_the_cause_question_never_denies_a_cause_the_statement_gives(project, settings, monkeypatch, lang, teaser,
                                                                      cause):
    """« Dites d'abord : Nous n'en connaissons pas encore l'origine. » stood above « Nous
    connaissons l'origine de la contamination. », and the origin itself was never quoted."""
    from tests.test_kit43_words import _document

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-03T09:00:00+01:00")
    fr = lang == "fr"
    told = (f"{teaser} Le fabricant a trouvé la bactérie dans la cuve d'eau de rinçage utilisée lors de la fabrication "
            "du 3 septembre. Ses autres productions sont saines." if fr else
            f"{teaser} The manufacturer found the bacterium in the rinse-water tank used for the production run of "
            "3 September. Its other production runs are clean.")
    text = statement_file(
        lang=lang, severity="major", front="kind: recall\n", started="2026-11-27 18:30",
        title="Rappel du baume Petits Trésors" if fr else "Recall of the Petits Trésors lip balm",
        sections={"Résumé" if fr else "Summary":
                  "Nous rappelons le baume Petits Trésors (lot L2611C), qui peut contenir une bactérie." if fr else
                  "We are recalling the Petits Trésors lip balm (lot L2611C), which may contain a bacterium."},
        updates=(("2026-12-02 18:00", "identifié" if fr else "identified", told),
                 ("2026-11-27 18:30", "identifié" if fr else "identified",
                  "Nous rappelons le baume (lot L2611C)." if fr else "We are recalling the lip balm (lot L2611C).")))
    qa = _document(project, settings, text, "2026-11-27-baume.fr.md" if fr else "2026-11-27-balm.md", "qa")
    question = "Quelle en est la cause ?" if fr else "What caused it?"
    answer = qa.split(question, 1)[1].split("\n## ", 1)[0]
    assert cause in answer, answer
    assert "pas encore l'origine" not in answer and "do not yet know" not in answer, answer


def test_a_text_never_pays_each_of_their_accounts_without_saying_whose(project, settings, monkeypatch):
    """"We will also pay €50 into each of their accounts" went out without the sentence that
    said whose: read alone, it promised €50 to every subscriber."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    update = ("We have finished counting from our server records. 3,140 members had their details shown to another "
              "member: 2,310 in Ireland and 830 in France. We formally reported the breach to the Data Protection "
              "Commission yesterday at 16:20. Each of the 3,140 members will receive an e-mail and a message in the app "
              "by tomorrow evening, saying exactly what was shown. We will also pay €50 into each of their accounts by "
              "4 December as an apology; there is nothing to ask for.")
    copies = _copies(project, settings, _app_leak("en", update), "2026-03-04-app.md", _NOW, "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    said = plain(sms)
    assert "each of their accounts" not in said or "Each of the 3,140" in said, sms


def test_an_order_that_stops_paying_twice_goes_before_what_still_works(project, settings, monkeypatch):
    """The French 17:25 text left out « Ne refaites pas le même virement » (the beneficiary would
    be paid twice) and kept room for what still worked; the English one said it."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-25T18:00:00+01:00")
    update = ("Depuis 16 h 50, heure irlandaise (17 h 50, heure de Paris), les virements instantanés que vous envoyez "
              "vers des comptes d'autres banques mettent jusqu'à une heure à arriver au lieu de quelques secondes. Ils "
              "apparaissent « En attente » dans l'application et l'argent a quitté votre solde. Il n'est pas perdu et "
              "chaque virement arrivera. Ne refaites pas le même virement : si vous le refaites, le bénéficiaire sera "
              "payé deux fois. Les virements entre comptes, les paiements par carte et les virements reçus fonctionnent "
              "normalement. Prochain point au plus tard à 18 h 30.")
    text = statement_file(
        lang="fr", severity="minor", front="kind: outage\n", started="2026-09-25 17:25",
        title="Virements instantanés retardés",
        sections={"Résumé": "Les virements instantanés vers d'autres banques sont retardés."},
        updates=(("2026-09-25 17:25", "analyse", update),))
    copies = _copies(project, settings, text, "2026-09-25-virements.fr.md", "2026-09-25T18:00:00+01:00", "sms")
    (sms,) = [c.parts[0] for c in copies if c.update_at is not None]
    assert "Ne refaites pas" in plain(sms), sms


def test_an_instagram_card_gives_the_count_never_only_that_counting_is_done(project, settings, monkeypatch):
    """The card said "We have finished counting from our server records." and the correction's
    card "The estimate of about 1,200 counted customers of the Android app only.": neither gave
    the count people need, 3,140."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    update = ("We have finished counting from our server records. 3,140 members had their details shown to another "
              "member. We formally reported the breach to the Data Protection Commission yesterday.\n\n"
              "#### Correction · 2026-03-04 18:30\nThe estimate of about 1,200 counted members of the Android app only. "
              "With the iPhone app, 3,140 members had their details shown to another member.")
    copies = _copies(project, settings, _app_leak("en", update), "2026-03-04-app.md", _NOW, "instagram")
    cards = {c.kind: c.visual or "" for c in copies if c.update_at is not None}
    assert "3,140" in cards["update"], cards
    assert "3,140" in cards["correction"], cards


@pytest.mark.parametrize(("lang", "agency"), [("en", "FPS Public Health"), ("fr", "SPF Santé publique")])
def test_a_belgian_cosmetic_recall_checklist_names_the_authority_for_cosmetics(project, settings, monkeypatch, lang,
                                                                                agency):
    """A lip-gloss recall's checklist asked to inform the medicines agency (AFMPS), "not shown
    done", when the statement said the FPS Public Health, Belgium's authority for cosmetics, was
    told: the step names that authority and is ticked."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from generator.rendering.documents import render_documents

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-28T12:00:00+01:00")
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", front="kind: recall\n", started="2026-11-27 18:30",
        title="Rappel du gloss Petits Trésors" if fr else "Recall of the Petits Trésors lip gloss",
        sections={"Résumé" if fr else "Summary":
                  "Nous rappelons le gloss à la cerise Petits Trésors (lot L2611C), qui peut contenir une bactérie. "
                  "N'utilisez pas ce gloss." if fr else
                  "We are recalling the Petits Trésors cherry lip gloss (lot L2611C), which may contain a bacterium. "
                  "Do not use this lip gloss.",
                  "Ce que nous faisons" if fr else "What we are doing":
                  "Nous avons informé le SPF Santé publique, qui a publié l'avis de rappel." if fr else
                  "We have informed the FPS Public Health, which has published the recall notice."},
        updates=(("2026-11-27 18:30", "identifié" if fr else "identified",
                  "Nous rappelons le gloss (lot L2611C)." if fr else "We are recalling the lip gloss (lot L2611C)."),))
    belgian = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Brussels"))
    statement = write_statement(project, belgian, text, "2026-11-27-gloss.fr.md" if fr else "2026-11-27-gloss.md")
    checklist = {d.kind: d.text for d in render_documents(statement, belgian)}["checklist"]
    line = next(line for line in checklist.splitlines() if agency in line)
    assert line.startswith("- [x]"), checklist
    assert "AFMPS" not in checklist and "FAMHP" not in checklist, checklist


def test_a_canadian_release_spells_as_the_canadian_press(project, settings, monkeypatch):
    """A Quebec park's approved English was Americanised: "taken to a hospital", "traveling".
    The Canadian Press writes "to hospital", "travelling" (and "-ize", as AP)."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-07-19T09:00:00-04:00")
    text = statement_file(
        lang="en", severity="critical", front="kind: safety\n", started="2026-07-18 16:05",
        title="Two trains collide on the Le Goéland ride",
        sections={"Summary": "On Saturday, a train on the Le Goéland ride struck the train waiting in the station, "
                             "injuring 9 people. Four were taken to hospital. The train was travelling at 12 km/h. "
                             "We apologise to everyone who was hurt."},
        updates=(("2026-07-18 16:05", "investigating", "A train struck the train standing in the station."),))
    quebec = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    release = render_press_release(write_statement(project, quebec, text, "2026-07-18-ride.md"), quebec).markdown
    assert "taken to hospital" in release and "travelling" in release, release


def test_a_breach_announcement_thread_keeps_what_to_do_beside_the_payment(project, settings, monkeypatch):
    """Binding "We are paying €50 into each of their accounts" to the letter before it made one
    long block that crowded "please do not use or share what you saw" out of the Bluesky thread."""
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-26T17:00:00+00:00")
    text = statement_file(
        lang="en", severity="critical", front="kind: breach\n", started="2026-11-23 08:40",
        title="Our app showed some members another member's account",
        sections={
            "Summary": "On Monday 23 November, between 07:42 and 08:31, a fault in our app showed the account details "
                       "of 3,140 members to other members. The screens showed a name, IBAN, balance and recent "
                       "transactions. They did not show card numbers, passwords or PINs. The app has worked normally "
                       "since 13:15 that day. We have written to every member concerned, and we are sorry.",
            "What we are doing": "- We wrote to each of the 3,140 members on 25 November, by e-mail and in the app, to "
                                 "tell them what was shown, when, and how many times.\n- We are paying €50 into each of "
                                 "their accounts by 4 December as an apology. They do not need to ask for it.",
            "What you should do": "- If you saw someone else's account on 23 November, please do not use or share "
                                  "what you saw, and delete any screenshot.\n- Be wary of anyone who contacts you "
                                  "about this incident. We will never call you to ask for your PIN or passcode."},
        updates=(("2026-11-26 16:00", "monitoring", "All 3,140 letters went out yesterday."),
                 ("2026-11-23 08:40", "investigating", "Some members see another member's account in the app.")))
    copies = _copies(project, settings, text, "2026-11-23-app.md", "2026-11-26T17:00:00+00:00", "bluesky")
    (announcement,) = [c for c in copies if c.update_at is None]
    assert "do not use or share" in " ".join(announcement.parts), announcement.parts


def test_a_french_release_tells_our_other_ride_in_the_third_person():
    """« Le Parc Le Riverain indique : « Le Vertige, nos autres montagnes russes, utilise des freins
    du même type. » » quoted a plain fact because « nos » between commas had no third person."""
    from generator.rendering.person import french

    assert french(["Le Vertige, nos autres montagnes russes, utilise des freins du même type."], "Parc Le Héron") == [
        "Le Vertige, les autres montagnes russes du Parc Le Héron, utilise des freins du même type."]


def test_a_french_text_writes_august_dates_without_a_missing_accent(project, settings, monkeypatch):
    """« reporté au samedi 29 aout », « l'ont tous recu » went out without their accents: a text
    writes the date « 29/08 » and says « obtenu »."""
    from generator.rendering.channels.voices import _gsm_words

    said = _gsm_words("Le concert est reporté au samedi 29 août. Les détenteurs qui l'ont demandé l'ont tous reçu.")
    assert said == "Le concert est reporté au samedi 29/08. Les détenteurs qui l'ont demandé l'ont tous obtenu."


def test_a_release_quotes_an_earlier_update_in_its_own_words(project, settings, monkeypatch):
    """« l'entreprise ajoute : « Depuis le 30 octobre au matin, … versé le 30 octobre » » put words
    inside quotation marks that the update never said (« Depuis ce matin… versé aujourd'hui »)."""
    from generator.rendering.press import render_press_release

    monkeypatch.setenv("ONEVOICE_NOW", "2026-10-31T12:00:00+01:00")
    text = _payroll("Depuis ce matin, de nombreux collaborateurs de nos magasins nous signalent que leur salaire "
                    "d'octobre, versé aujourd'hui, est plus bas qu'il ne devrait l'être.").replace(
        "### 2026-10-30 11:15", "### 2026-10-31 10:00 · résolu\nTous les salaires ont été complétés.\n\n### 2026-10-30 11:15")
    release = render_press_release(write_statement(project, settings, text, "2026-10-30-paie.fr.md"), settings).markdown
    said = release.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    quotes = re.findall(r"« ([^»]*) »", said)
    assert not any("30 octobre au matin" in q or "versé le 30 octobre" in q for q in quotes), release


def test_a_thread_pays_each_of_their_accounts_right_after_saying_whose(project, settings, monkeypatch):
    """On X, "We will also pay €50 into each of their accounts" followed "…we have informed the
    CNIL for our customers in France": "their" read as the French customers'."""
    monkeypatch.setenv("ONEVOICE_NOW", _NOW)
    update = ("We have finished counting from our server records. 3,140 members had their details shown to another "
              "member: 2,310 in Ireland and 830 in France. 2,870 members saw at least one account that was not theirs. "
              "Our first estimate of about 1,200 covered the Android app only; the iPhone app used the same servers. "
              "We formally reported the breach to the Data Protection Commission yesterday at 16:20, and we have "
              "informed the CNIL for our members in France. Each of the 3,140 members will receive an e-mail and a "
              "message in the app by tomorrow evening, telling them what was shown and when. We will also pay €50 into "
              "each of their accounts by 4 December as an apology; there is nothing to ask for.")
    copies = _copies(project, settings, _app_leak("en", update), "2026-03-04-app.md", _NOW, "x")
    (thread,) = [c.parts for c in copies if c.update_at is not None]
    paying = next(i for i, post in enumerate(thread) if "each of their accounts" in post)
    said = thread[paying].split("each of their accounts")[0]
    before = thread[paying - 1] if paying else ""
    assert "Each of the 3,140 members" in f"{before} {said}", thread


def test_an_announcement_names_whose_accounts_get_the_payment():
    """« Nous versons 50 € sur le compte de chacun d'eux » closed a French announcement after the
    phone numbers: said alone, it promised 50 € to everyone; it names whom, from the sentence that
    counted them."""
    from generator.rendering.channels.voices import whose_named

    assert whose_named(["Nous avons écrit le 25 novembre à chacun des 3 140 clients.",
                        "Nous versons 50 € sur le compte de chacun d'eux d'ici le 4 décembre."])[1] == \
        "Nous versons 50 € sur le compte de chacun des 3 140 clients d'ici le 4 décembre."
    assert whose_named(["We wrote to each of the 3,140 customers on 25 November.",
                        "We are paying €50 into each of their accounts by 4 December."])[1] == \
        "We are paying €50 into each of the 3,140 customers' accounts by 4 December."
