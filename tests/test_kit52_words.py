"""Faults that kit 51's graders left open in the texts and documents, each checked here on
statements and sentences written for the test."""

from __future__ import annotations

import pytest

from tests.press_support import statement_file

NOW = "2026-12-19T15:00:00+01:00"


def _both_texts(project, settings, texts: dict[str, str], stem: str, day: int | str | None) -> dict[str, str]:
    """Each language's SMS of the update posted on `day` (a day of the month, or "18 16:30" for its
    day and time; None: the announcement), made beside the other language's as `build` makes them
    (the same sentences in each)."""
    from datetime import datetime

    from generator.reading.reader import load_incidents
    from generator.rendering.channels import render_copies
    from tests.press_support import plain, write_statement

    for lang, text in texts.items():
        write_statement(project, settings, text, f"{stem}{'.fr' if lang == 'fr' else ''}.md")
    incident = next(i for i in load_incidents(settings)[0] if i.slug == stem)
    en, fr = incident.translations["en"], incident.translations["fr"]
    said = {}
    for lang, statement, other in (("en", en, fr), ("fr", fr, en)):
        copy = next(c for c in render_copies(statement, settings, ["sms"], datetime.fromisoformat(NOW), siblings=[other])
                    if (c.kind == "announcement" if day is None else c.kind == "update" and (
                        c.update_at.strftime("%d %H:%M") == day if isinstance(day, str) else c.update_at.day == day)))
        assert len(copy.parts) <= 2 and max(copy.lengths) <= copy.limit, copy
        said[lang] = plain(" ".join(copy.parts))
    return said


def _cable_car(lang: str) -> str:
    """A cable car closed after a cable clamp broke: one update names the cause with what it led
    to; a later one pushes the reopening back to a new day, with an apology that leans on it."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-12 10:20",
        title="Le téléphérique du Mont-Aubert fermé après un arrêt" if fr else "Mont-Aubert cable car closed after a stop",
        front="kind: outage\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le téléphérique du Mont-Aubert est fermé depuis son arrêt du 12 décembre. Aucun passager n'a été "
                  "blessé. Nous présentons nos excuses à nos clients." if fr else
                  "The Mont-Aubert cable car has been closed since it stopped on 12 December. No passenger was hurt. "
                  "We apologise to our customers."},
        updates=(("2026-12-17 16:45", "identifié" if fr else "identified",
                  "Le téléphérique ne rouvrira pas le dimanche 20 décembre comme nous l'espérions. L'atelier de Thoune ne "
                  "peut reprendre la pince fendue qu'en toute fin de semaine prochaine : la réouverture est repoussée au lundi "
                  "28 décembre au plus tôt. Nous sommes désolés pour les familles qui avaient réservé leurs vacances "
                  "en comptant sur cette date. Les bus gratuits circulent toutes les 20 minutes, de 8 h à 18 h." if fr
                  else
                  "The cable car will not reopen on Sunday 20 December as we had hoped. The workshop in Thun cannot "
                  "repair the cracked clamp before the very end of next week: the reopening is pushed back to Monday 28 December at the "
                  "earliest. We are sorry for the families who booked their holidays around that date. The free buses "
                  "run every 20 minutes, from 08:00 to 18:00."),
                 ("2026-12-14 17:00", "identifié" if fr else "identified",
                  "Nous connaissons la cause de la panne : une pince de la cabine amont s'est fendue, ce qui a "
                  "déclenché le frein d'urgence et bloqué les deux cabines pendant deux heures. Les inspecteurs "
                  "fédéraux sont venus sur place aujourd'hui. Le téléphérique reste fermé ; nous visons une "
                  "réouverture le dimanche 20 décembre, si l'atelier répare la pince d'ici là. Des bus gratuits "
                  "relient la gare au sommet dès demain, toutes les 20 minutes de 8 h à 18 h." if fr else
                  "We know the cause of the stop: a clamp on the upper cabin cracked, which set off the emergency "
                  "brake and held both cabins for two hours. Federal inspectors came to the site today. The cable car "
                  "stays closed; we are aiming to reopen it on Sunday 20 December, if the workshop can repair the "
                  "clamp by then. From tomorrow, free buses will run between the station and the summit every "
                  "20 minutes from 08:00 to 18:00."),
                 ("2026-12-12 10:20", "analyse" if fr else "investigating",
                  "Le téléphérique est arrêté depuis 10 h 05. Les passagers sont ramenés en gare." if fr else
                  "The cable car has been stopped since 10:05. Passengers are being brought back to the station.")))


def test_a_delay_text_carries_the_new_day_in_both_languages(project, settings, monkeypatch):
    """« La réouverture est repoussée au lundi 28 décembre » is what people plan on: each text
    carries it, without the apology that leans on it when the room is short, and neither
    language loses it because the other says it in other words (« pas avant »)."""
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    texts = _both_texts(project, settings, {lang: _cable_car(lang) for lang in ("en", "fr")},
                        "2026-12-12-mont-aubert", 17)
    assert "28 December" in texts["en"], texts
    assert "28 décembre" in texts["fr"], texts


def test_a_french_text_names_the_cause_without_what_it_led_to(project, settings, monkeypatch):
    """« …une pince de la cabine amont s'est fendue, | ce qui a déclenché le frein d'urgence… » is
    cut where the English is cut (", which set off…"): both texts say the cause."""
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    texts = _both_texts(project, settings, {lang: _cable_car(lang) for lang in ("en", "fr")},
                        "2026-12-12-mont-aubert", 14)
    assert "clamp on the upper cabin cracked" in texts["en"], texts
    assert "pince de la cabine amont s'est fendue" in texts["fr"], texts


def _sesame(lang: str) -> str:
    """A recall of biscuits with undeclared sesame: the first update says why in a clause after a
    colon that says what the label leaves out."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-16 17:00",
        title="Rappel de sablés « Étoiles de Noël » : présence possible de sésame non signalée" if fr else
        "\"Étoiles de Noël\" shortbread recalled: may contain undeclared sesame",
        front="kind: recall\n",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons les sablés « Étoiles de Noël » des lots 26-501 et 26-502 : ils peuvent contenir du "
                  "sésame. Si vous êtes allergique au sésame, ne les mangez pas. Nous vous présentons nos excuses."
                  if fr else
                  "We are recalling \"Étoiles de Noël\" shortbread from lots 26-501 and 26-502: it may contain sesame. "
                  "If you are allergic to sesame, do not eat it. We apologise."},
        updates=(("2026-12-16 17:00", "identifié" if fr else "identified",
                  "Nous rappelons les boîtes de sablés « Étoiles de Noël » de 400 g des lots 26-501 et 26-502 : une "
                  "analyse reçue cet après-midi a trouvé du sésame dans des sablés de ces lots, alors qu'il n'est pas "
                  "indiqué dans la liste des ingrédients. Si vous êtes allergique au sésame, ne les mangez pas. "
                  "Rapportez-les dans l'une de nos boutiques pour être remboursé. Nous vous présentons nos excuses. "
                  "Prochain point demain à 12 h." if fr else
                  "We are recalling the 400 g tins of \"Étoiles de Noël\" shortbread from lots 26-501 and 26-502: a "
                  "test result received this afternoon found sesame in shortbread from these lots, although it is not "
                  "in the list of ingredients. If you are allergic to sesame, do not eat them. Bring them back to one "
                  "of our shops for a refund. We apologise. Next update tomorrow at 12:00."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_text_keeps_the_order_not_to_eat_after_a_long_reason(project, settings, monkeypatch, lang):
    """"…although it is not in the list of ingredients" / « alors qu'il n'est pas indiqué dans la
    liste » says what the label leaves out, not that nothing is at risk: the reason after the
    colon goes before « ne les mangez pas » does, and no sentence is cut with an ellipsis."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    sms = next(c for c in copies_at(project, settings, _sesame(lang), f"2026-12-16-sesame{'.fr' if fr else ''}.md",
                                    NOW, "sms") if c.kind == "update")
    text = plain(" ".join(sms.parts))
    assert ("ne les mangez pas" if fr else "do not eat them") in text, text
    assert "26-501" in text and "26-502" in text, text
    assert "..." not in text and "…" not in text, text
    assert len(sms.parts) <= 2 and max(sms.lengths) <= sms.limit, sms


def _portal(lang: str) -> str:
    """A school's booking portal showed pupils' passport numbers to other parents; the helpline
    sentence names a number from abroad and a free one, with hours."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-14 19:00",
        title="Dossiers d'élèves exposés par notre portail Mon Séjour, numéros de passeport compris" if fr else
        "Pupils' records, passport numbers included, exposed through our My Stay portal",
        front="kind: breach\n",
        sections={("Résumé" if fr else "Summary"):
                  "Du 3 novembre au 14 décembre, une faille de notre portail Mon Séjour permettait aux parents connectés "
                  "d'ouvrir les dossiers d'autres élèves, avec leur numéro de passeport et leur adresse. Nous vous "
                  "présentons nos excuses les plus sincères : les familles nous ont confié ces données, et nous ne les "
                  "avons pas protégées." if fr else
                  "From 3 November to 14 December, a flaw in our My Stay portal let logged-in parents open other pupils' "
                  "records, with their passport number and address. We are deeply sorry: families trusted us with these "
                  "details, and we did not protect them.",
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Nous ne vous demanderons jamais un numéro de passeport ou des coordonnées bancaires par courriel, "
                  "SMS ou téléphone.\n- Pour toute question, appelez notre ligne d'assistance au +44 1632 960 377 "
                  "depuis la France, ou au 0808 157 0377 (gratuit depuis le Royaume-Uni), du lundi au samedi de 9 h à "
                  "21 h, heure de Paris." if fr else
                  "- We will never ask you for a passport number or bank details by e-mail, text or phone.\n- For any "
                  "question, call our helpline on 0808 157 0377 (free from the UK) or +44 1632 960 377 from abroad, "
                  "Monday to Saturday, 08:00 to 20:00 UK time."},
        updates=(("2026-12-14 19:00", "analyse" if fr else "investigating",
                  "Nous avons fermé le portail." if fr else "We closed the portal."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_text_keeps_the_line_in_its_fewest_words(project, settings, monkeypatch, lang):
    """French spends more letters on the news and the line against scams: when « Questions :
    appelez le … » no longer fits, « Questions : +44 … » still gives worried families the number."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    sms = next(c for c in copies_at(project, settings, _portal(lang), f"2026-12-14-portal{'.fr' if fr else ''}.md",
                                    NOW, "sms") if c.kind == "announcement")
    text = plain(" ".join(sms.parts))
    assert "1632 960 377" in text, text
    assert "jamais" in text if fr else "never" in text, text
    assert len(sms.parts) <= 2 and max(sms.lengths) <= sms.limit, sms


@pytest.mark.parametrize(("lang", "sentence", "fault"), [
    ("en", "We regret any inconvenience? No: we regret the missed operations, and we apologise for each of them.", None),
    ("fr", "Regretter la gêne occasionnée ? Non : nous regrettons les opérations reportées, et nous nous en excusons.",
     None),
    ("en", "We regret any inconvenience this may have caused.", "no-ownership"),
    ("en", "The responsibility lies with the visiting contractor, who left the valve open.", "blame"),
    ("fr", "La responsabilité incombe au transporteur, qui a laissé la vanne ouverte.", "blame"),
    ("en", "Our fitter made the wrong call, and the responsibility lies with the company.", None),
    ("fr", "Notre monteur a mal jugé la situation, et la responsabilité en incombe à l'entreprise.", None),
    ("en", "The flooding of the changing rooms was an unfortunate mishap.", "minimizing"),
    ("fr", "L'inondation des vestiaires est un fâcheux contretemps.", "minimizing"),
    ("en", "The valve must have failed during the night.", "speculation"),
    ("fr", "La vanne a dû lâcher pendant la nuit.", "speculation"),
    ("fr", "Nous avons dû fermer la piscine pendant la nuit pour vider le bassin.", None),
    ("en", "The council is sorry if families were inconvenienced by the closure.", "no-ownership"),
    ("fr", "La mairie est désolée si des familles ont été gênées par la fermeture.", "no-ownership"),
    ("en", "No other product will ever need to be withdrawn from our shelves.", "overpromise"),
    ("fr", "Aucun autre produit ne devra jamais être retiré de nos rayons.", "overpromise"),
    ("en", "The hospital cannot be held responsible for a fault in the supplier's software.", "defensive"),
    ("fr", "L'hôpital ne peut être tenu pour responsable d'un défaut du logiciel du fournisseur.", "defensive"),
])
def test_kit_52_sentences_are_judged_as_a_communications_director_would(lang, sentence, fault):
    """A stock phrase asked and answered "No" is refused, not said; the faults a blind set showed
    are found in both languages, and the same words owning the fault are not."""
    from tests.press_support import sentence_categories

    found = sentence_categories(sentence, lang)
    if fault is None:
        assert not found, found
    else:
        assert fault in found, found


def _refunds(lang: str) -> str:
    """Refunds for a cancelled concert are late: the summary and "What happened" tell the day we
    had promised, in the pluperfect; the clock is after that day."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="minor", started="2027-01-09 10:00",
        title="Retard des remboursements du concert annulé" if fr else "Refunds for the cancelled concert are late",
        front="",
        sections={("Résumé" if fr else "Summary"):
                  "Les remboursements de notre concert annulé sont en retard : 180 des 540 spectateurs attendent encore "
                  "leur argent, alors que nous les avions promis pour le 8 janvier. Tous les remboursements restants "
                  "seront faits d'ici le 20 janvier. Nous sommes désolés de vous faire attendre." if fr else
                  "Refunds for our cancelled concert are late: 180 of the 540 ticket holders are still waiting for their "
                  "money, whereas we had promised it for 8 January. All remaining refunds will be made by 20 January. "
                  "We are sorry to keep you waiting.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "Nous avons annulé le 29 décembre notre concert du 31 décembre, et nous avions promis de rembourser "
                  "chaque billet d'ici le 8 janvier." if fr else
                  "We cancelled our 31 December concert on 29 December, and we had promised to refund every ticket by "
                  "8 January."},
        updates=(("2027-01-13 16:00", "surveillance" if fr else "monitoring",
                  "Nous avons repris les remboursements aujourd'hui." if fr else "We resumed refunds today."),
                 ("2027-01-09 10:00", "identifié" if fr else "identified",
                  "Les remboursements sont en retard." if fr else "Refunds are late.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promise_told_as_made_before_is_no_plan_nor_an_overtaken_summary(project, monkeypatch, lang):
    """« alors que nous les avions promis pour le 8 janvier », "we had promised to refund every
    ticket by 8 January": the day the promise missed, told; neither the summary nor the story
    announces it as to come."""
    from tests.press_support import check_problems

    fr = lang == "fr"
    problems = check_problems(project, monkeypatch, "2027-01-14T10:30:00+01:00", _refunds(lang),
                              f"2027-01-09-refunds{'.fr' if fr else ''}.md")
    rules = {p["rule"] for p in problems}
    assert not rules & {"overtaken-summary", "passed-plan"}, problems


def test_a_french_text_names_a_us_zone_as_french_readers_do(project, settings, monkeypatch):
    """A New Orleans or a Boston site: « heure du Centre », « heure de l'Est », never « heure de
    Chicago »."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", "2027-01-14T10:30:00+01:00")
    for zone, said in (("America/Chicago", "heure du Centre"), ("America/New_York", "heure de l'Est"),
                       ("America/Los_Angeles", "heure du Pacifique")):
        local = dataclasses.replace(settings, timezone=ZoneInfo(zone))
        sms = next(c for c in copies_at(project, local, _refunds("fr"), "2027-01-09-refunds.fr.md",
                                        "2027-01-14T10:30:00+01:00", "sms") if c.kind == "update")
        text = plain(" ".join(sms.parts))
        assert said in text and "heure de Chicago" not in text and "heure de New York" not in text, text


def test_a_french_release_keeps_the_text_s_own_pronoun_before_a_verb(project, settings, monkeypatch):
    """« cessez immédiatement de les donner à votre chat » is a pronoun before a verb: the release
    never contracts it to « des donner », while « nos cliniques » still becomes « des cliniques ». """
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-01-14T10:30:00+01:00")
    text = statement_file(
        lang="fr", severity="major", started="2027-01-09 14:00", title="Rappel de croquettes pour chats Rénal+",
        front="kind: recall\n",
        sections={"Résumé": "Nous rappelons deux lots de nos croquettes Rénal+ pour chats, qui contiennent trop de "
                            "vitamine D. Si vous en avez, cessez immédiatement de les donner à votre chat et rapportez "
                            "le sac dans l'une de nos 12 cliniques : nous vous remboursons. Nous sommes désolés."},
        updates=(("2027-01-09 14:00", "identifié", "Nous rappelons les lots R2601 et R2602."),))
    release = plain(render_press_release(write_statement(project, settings, text, "2027-01-09-renal.fr.md"),
                                         settings).markdown)
    assert "de les donner" in release and "des donner" not in release, release


def _smoke(lang: str) -> str:
    """Smoke from a warehouse fire: the first update asks residents to keep windows closed until
    further notice; the next one lifts that advice."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-01-12 17:00",
        title="Fumées d'un entrepôt de pneus à Vernouillet" if fr else "Smoke from a tyre warehouse in Vernouillet",
        front="kind: safety\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le 12 janvier, un incendie dans notre entrepôt de pneus de Vernouillet a dégagé d'épaisses fumées. "
                  "Personne n'a été blessé. Nous présentons nos excuses aux habitants du quartier des Tilleuls." if fr else
                  "On 12 January, a fire in our tyre warehouse in Vernouillet gave off thick smoke. No one was hurt. We "
                  "apologise to the residents of the Tilleuls district."},
        updates=(("2027-01-13 07:30", "surveillance" if fr else "monitoring",
                  "Les fumées ont cessé vers 1 h 40. Les mesures de l'air sont normales depuis 3 h. Nous avons levé "
                  "à 6 h la consigne de garder les fenêtres fermées aux Tilleuls. L'entrepôt reste fermé. Prochain point "
                  "à 18 h." if fr else
                  "The smoke stopped at about 01:40. Air readings have been normal since 03:00. We lifted the advice to "
                  "keep windows closed in the Tilleuls district at 06:00. The warehouse stays closed. Next update at "
                  "18:00."),
                 ("2027-01-12 17:00", "analyse" if fr else "investigating",
                  "Un incendie dégage des fumées dans notre entrepôt de Vernouillet depuis 16 h 30. Les pompiers sont sur "
                  "place. Habitants des Tilleuls : gardez vos fenêtres fermées et évitez la rue des Forges jusqu'à "
                  "nouvel ordre. Prochain point à 19 h." if fr else
                  "A fire has been giving off smoke at our Vernouillet warehouse since 16:30. Firefighters are on site. "
                  "Tilleuls residents: keep your windows closed and avoid rue des Forges until further notice. Next "
                  "update at 19:00.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_update_that_lifts_advice_never_repeats_it(project, settings, monkeypatch, lang):
    """"We lifted the advice to keep windows closed" is the news of the update: no copy of it
    carries "keep your windows closed… until further notice" from the update before."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", "2027-01-13T09:00:00+01:00")
    fr = lang == "fr"
    for channel in ("sms", "x", "bluesky"):
        copy = next(c for c in copies_at(project, settings, _smoke(lang), f"2027-01-12-smoke{'.fr' if fr else ''}.md",
                                         "2027-01-13T09:00:00+01:00", channel)
                    if c.kind == "update" and c.update_at.hour == 7)
        text = plain(" ".join(copy.parts))
        assert ("gardez vos fenêtres" if fr else "keep your windows") not in text, (channel, text)
        assert ("nouvel ordre" if fr else "further notice") not in text, (channel, text)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "We have opened a confidential line so that our employees can report an unacceptable act."),
    ("fr", "Nous avons ouvert une ligne confidentielle pour que nos employés puissent signaler un geste inacceptable."),
    ("en", "Do not wait: caught early, high calcium is treated well."),
    ("fr", "N'attendez pas : pris à temps, un excès de calcium se soigne bien."),
])
def test_a_reporting_line_and_care_advice_are_no_fault(lang, sentence):
    """A line opened so that staff can report what they see is a measure, not a defence; "caught
    early, … is treated well" is a vet's advice, not a guess."""
    from tests.press_support import sentence_categories

    assert not sentence_categories(sentence, lang), sentence


def _check_in(lang: str, summary_extra: str = "") -> str:
    """An airline's check-in system down at every airport: the summary asks travellers, with
    « Veuillez… », not to come early, and says it does not know when the system will be back."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-06 05:50",
        title="Panne du système d'enregistrement dans tous nos aéroports" if fr else
        "Check-in system down at all our airports",
        front="kind: outage\n",
        sections={("Résumé" if fr else "Summary"):
                  "Depuis 5 h 50, notre système d'enregistrement est en panne dans les neuf aéroports que nous "
                  "desservons, et nos vols sont retardés. Nous sommes désolés pour les perturbations causées à vos "
                  "déplacements. Nos équipes travaillent à rétablir le système ; nous ne savons pas encore quand il "
                  "sera de nouveau disponible." + summary_extra if fr else
                  "Since 05:50, our check-in system has been down at all nine airports we serve, and our flights are "
                  "delayed. We are sorry for the disruption to your travel plans. Our teams are working to restore "
                  "the system; we do not yet know when it will be available again." + summary_extra,
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Veuillez ne pas vous présenter à l'aéroport plus de 2 heures avant votre départ.\n- Vous pouvez "
                  "modifier votre réservation sans frais." if fr else
                  "- Please do not come to the airport more than 2 hours before your departure.\n- You can change your "
                  "booking free of charge."},
        updates=(("2026-12-06 09:05", "analyse" if fr else "investigating",
                  "Notre système d'enregistrement est en panne dans nos neuf aéroports." if fr else
                  "Our check-in system is down at our nine airports."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_text_of_an_outage_asks_travellers_what_the_statement_asks(project, settings, monkeypatch, lang):
    """« Veuillez ne pas vous présenter à l'aéroport plus de 2 heures avant » is what travellers
    must do, as "Please do not come…" is; « quand il sera de nouveau disponible » is not yet so,
    and never takes its room as if the system were back."""
    from tests.press_support import copies_at, plain

    now = "2026-12-06T09:10:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    sms = next(c for c in copies_at(project, settings, _check_in(lang), f"2026-12-06-check-in{'.fr' if fr else ''}.md",
                                    now, "sms") if c.kind == "announcement")
    text = plain(" ".join(sms.parts))
    assert ("ne pas vous présenter à l'aéroport" if fr else "do not come to the airport") in text, text


def test_a_french_summary_that_will_publish_an_update_at_another_time_is_told(project, monkeypatch):
    """« Nous publierons une mise à jour d'ici 11 h » beside `next_update` at 13:00 is a promise
    left behind, as "We will post an update by 11:00" is."""
    from tests.press_support import check_problems

    text = _check_in("fr", " Nous publierons une mise à jour d'ici 11 h.").replace(
        "started: 2026-12-06 05:50\n", "started: 2026-12-06 05:50\nnext_update: 2026-12-06 13:00\n")
    problems = check_problems(project, monkeypatch, "2026-12-06T11:30:00+01:00", text, "2026-12-06-check-in.fr.md")
    assert any(p["rule"] == "summary-promise" for p in problems), problems


def test_a_quebec_statement_that_writes_hne_reads_hne_in_its_copies(project, settings, monkeypatch):
    """A statement whose French writes « 5 h 50 HNE » has its texts say « point de 9 h 05 HNE »,
    never « (heure de l'Est) » beside « HNE »."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from tests.press_support import copies_at, plain

    now = "2026-12-06T15:10:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    local = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    text = _check_in("fr").replace("Depuis 5 h 50,", "Depuis 5 h 50 HNE,")
    sms = next(c for c in copies_at(project, local, text, "2026-12-06-check-in.fr.md", now, "sms") if c.kind == "update")
    said = plain(" ".join(sms.parts))
    assert "9 h 05 HNE" in said and "heure de l'Est" not in said, said


def test_a_system_down_beside_a_service_in_part_is_a_major_outage_as_the_api_says(tmp_path):
    """One component marked down (`major_outage`), another in part: the banner says "Major
    outage", as the status API's "Major System Outage" does, never "Partial outage"."""
    import json

    from tests.test_site_components import text_of
    from tests.test_site_support import build, read, statement

    text = statement(title="Checkout down", severity="major", status="identified",
                     extra="affected: [Checkout, Mobile app]\ncomponent_status: {Checkout: major_outage}\n",
                     summary="Card payments at the till fail everywhere, and the mobile app is slow. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-checkout.md": text})
    home = text_of(read(site, "index.html"))
    api = json.loads(read(site, "api/v2/status.json"))
    assert api["status"]["description"] == "Major System Outage", api
    assert "Major outage" in home[:400] and "Partial outage" not in home[:400], home[:400]


def _kibble(lang: str) -> str:
    """A recall of dog kibble with too much vitamin D: a long news sentence with why, the order
    to stop feeding it joined to where to bring the bag, and a line for questions."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2027-01-09 14:00",
        title="Rappel de croquettes Vitalis Senior pour chiens : trop de vitamine D" if fr else
        "Vitalis Senior dog kibble recalled: too much vitamin D",
        front="kind: recall\n",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons trois lots de nos croquettes Vitalis Senior pour chiens, qui contiennent environ "
                  "quatre fois trop de vitamine D et peuvent rendre les chiens âgés malades. Si vous en avez, cessez "
                  "immédiatement de les donner à votre chien et rapportez le sac, même entamé, dans l'une de nos "
                  "31 animaleries : nous vous remboursons et vous remettons un sac d'un lot sûr. Nous sommes "
                  "profondément désolés." if fr else
                  "We are recalling three lots of our Vitalis Senior dog kibble, which contain about four times too much "
                  "vitamin D and can make older dogs ill. If you have any, stop feeding it to your dog now and bring the "
                  "bag, even opened, to any of our 31 pet shops: we will refund you and give you a bag from a safe lot. "
                  "We are deeply sorry.",
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Pour toute question : 1-833-555-0188, tous les jours de 8 h à 20 h." if fr else
                  "- For any question: 1-833-555-0188, every day from 8 a.m. to 8 p.m.",
                  ("Lots rappelés" if fr else "Recalled lots"):
                  "| Lot | Sac |\n|---|---|\n| V27011A | 2 kg |\n| V27011B | 6 kg |\n| V27012A | 12 kg |"},
        updates=(("2027-01-09 14:00", "identifié" if fr else "identified",
                  "Nous rappelons les lots V27011A, V27011B et V27012A." if fr else
                  "We are recalling lots V27011A, V27011B and V27012A."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_recall_text_tells_owners_to_stop_feeding_it(project, settings, monkeypatch, lang):
    """The order that protects the animals goes in the first text, in its first half when the
    whole does not fit ("If you have any, stop feeding it to your dog now."), before the line
    for questions, and the news gives up why before it gives up the order."""
    from tests.press_support import copies_at, plain

    now = "2027-01-10T10:00:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    sms = next(c for c in copies_at(project, settings, _kibble(lang), f"2027-01-09-kibble{'.fr' if fr else ''}.md",
                                    now, "sms") if c.kind == "announcement")
    text = plain(" ".join(sms.parts))
    assert ("cessez immédiatement de les donner" if fr else "stop feeding it to your dog") in text, text
    assert "V27011A" in text, text
    assert len(sms.parts) <= 2 and max(sms.lengths) <= sms.limit, sms


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_health_section_s_heading_never_becomes_the_condition_of_its_account(project, settings, monkeypatch, lang):
    """Under « ## Si votre chien est malade », « Un excès de vitamine D peut provoquer… : vomissements,
    … Si votre chien présente l'un de ces signes, appelez… »: no copy reads « Si votre chien est malade,
    un excès… », and the call to the vet, told apart from the list, never points at « ces signes »."""
    from tests.press_support import copies_at, plain

    now = "2027-01-10T10:00:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    text = _kibble(lang).replace("## Updates" if not fr else "## Mises à jour", (
        "## Si votre chien est malade\nUn excès de vitamine D peut provoquer, quelques jours après le début de "
        "l'alimentation : vomissements, perte d'appétit, soif, grande fatigue. Si votre chien présente l'un de ces "
        "signes, appelez votre vétérinaire ou notre ligne d'urgence au 1-833-555-0199.\n\n## Mises à jour" if fr else
        "## If your dog is unwell\nToo much vitamin D can cause, a few days after a dog starts eating the food: "
        "vomiting, loss of appetite, thirst, great tiredness. If your dog shows any of these signs, call your vet or "
        "our emergency line at 1-833-555-0199.\n\n## Updates"))
    copies = copies_at(project, settings, text, f"2027-01-09-kibble{'.fr' if fr else ''}.md", now, "x")
    said = plain(" ".join(" ".join(c.parts) for c in copies))
    assert "malade, un excès" not in said and "unwell, too much" not in said, said
    assert "ces signes" not in said and "these signs" not in said, said


def _tyres(lang: str) -> str:
    """Smoke from a tyre depot: the first alert asks residents to keep windows closed until
    further notice; the evening update asks it for the night only; today's advice, in the
    statement's own section, is for hauliers."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-01-12 16:55",
        title="Fumées au dépôt de pneus de Vernouillet" if fr else "Smoke at the Vernouillet tyre depot",
        front="kind: safety\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le 12 janvier, un incendie dans notre dépôt de pneus de Vernouillet a dégagé d'épaisses fumées. "
                  "Personne n'a été blessé. Nous présentons nos excuses aux habitants des Tilleuls." if fr else
                  "On 12 January, a fire in our Vernouillet tyre depot gave off thick smoke. No one was hurt. We "
                  "apologise to the residents of the Tilleuls district.",
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Transporteurs : ne présentez pas de camion au dépôt avant notre prochain point." if fr else
                  "- Hauliers: do not send a truck to the depot before our next update."},
        updates=(("2027-01-12 18:40", "identifié" if fr else "identified",
                  "Les pompiers refroidissent le stock de pneus : les fumées ont diminué. Deux salariés ont été "
                  "examinés pour une irritation des yeux ; tous deux sont rentrés chez eux. Par précaution, nous "
                  "demandons aux habitants des Tilleuls de garder leurs fenêtres fermées cette nuit. Prochain point "
                  "demain à 7 h 30." if fr else
                  "Firefighters are cooling the tyre stock: the smoke has eased. Two employees were examined for eye "
                  "irritation; both have gone home. As a precaution, we ask Tilleuls residents to keep their windows "
                  "closed tonight. Next update tomorrow at 07:30."),
                 ("2027-01-12 16:55", "analyse" if fr else "investigating",
                  "Un incendie dégage des fumées dans notre dépôt de Vernouillet depuis 16 h 20. Les pompiers sont sur "
                  "place. Habitants des Tilleuls : gardez vos fenêtres fermées et évitez la rue des Forges jusqu'à "
                  "nouvel ordre. Prochain point d'ici 18 h 30." if fr else
                  "A fire has been giving off smoke at our Vernouillet depot since 16:20. Firefighters are on site. "
                  "Tilleuls residents: keep your windows closed and avoid rue des Forges until further notice. Next "
                  "update by 18:30.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_update_says_its_own_advice_never_an_older_one_nor_today_s(project, settings, monkeypatch, lang):
    """The first alert's texts tell residents to keep their windows closed, never the hauliers'
    advice written later; the evening update's copies ask it "tonight", without the first
    alert's "until further notice" beside it (two durations for one instruction)."""
    from tests.press_support import copies_at, plain

    now = "2027-01-14T10:30:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    name = f"2027-01-12-tyres{'.fr' if fr else ''}.md"
    for channel in ("sms", "x", "instagram"):
        copies = copies_at(project, settings, _tyres(lang), name, now, channel)
        first = plain(" ".join(next(c for c in copies if c.kind == "update" and c.update_at.minute == 55).parts))
        # (A text may spell « fenetres » to stay in the SMS alphabet.)
        assert ("fenêtres fermées" if fr else "windows closed") in first.replace("fenetres", "fenêtres"), (channel, first)
        assert ("Transporteurs" if fr else "Hauliers") not in first, (channel, first)
        evening = plain(" ".join(next(c for c in copies if c.kind == "update" and c.update_at.minute == 40).parts))
        assert ("nouvel ordre" if fr else "further notice") not in evening, (channel, evening)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_text_says_who_is_concerned_before_a_service_reopened(project, settings, monkeypatch, lang):
    """After a card theft, "Online sales reopened on January 13" is no worst that is over: the
    first text gives the period that says who is concerned, the line against scams and the line
    to call before it."""
    from tests.press_support import copies_at, plain

    now = "2027-01-14T10:30:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2027-01-08 16:00",
        title="Vol de données de cartes sur notre billetterie en ligne" if fr else "Card details stolen from our online box office",
        front="kind: breach\n",
        sections={("Résumé" if fr else "Summary"):
                  "Les données de cartes saisies sur notre billetterie en ligne entre le 19 décembre et le 7 janvier ont "
                  "été volées par un code caché dans notre page de paiement. Nous sommes profondément désolés. La vente "
                  "en ligne a repris le 13 janvier sur une page de paiement hébergée par notre prestataire." if fr else
                  "Card details typed on our online box office between December 19 and January 7 were stolen by code "
                  "hidden in our checkout page. We are deeply sorry. Online sales reopened on January 13 on a checkout "
                  "hosted by our payment processor.",
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Nous ne vous demanderons jamais votre numéro de carte.\n- Questions : appelez le 1-855-555-0147."
                  if fr else
                  "- We will never ask for your card number.\n- Questions: call 1-855-555-0147."},
        updates=(("2027-01-08 16:00", "analyse" if fr else "investigating",
                  "Nous avons fermé la billetterie en ligne." if fr else "We closed the online box office."),))
    sms = next(c for c in copies_at(project, settings, text, f"2027-01-08-cards{'.fr' if fr else ''}.md", now, "sms")
               if c.kind == "announcement")
    said = plain(" ".join(sms.parts))
    if not fr:  # (French spends more letters: its text opens on the title, and the page gives the period)
        assert "December 19" in said, said
    assert ("a repris" if fr else "reopened") not in said, said
    assert "555-0147" in said, said


def test_a_french_release_gives_a_woman_doctor_her_article(project, settings, monkeypatch):
    """A spokesperson written « Dre Isabelle Gagnon » is quoted « …», déclare la Dre Isabelle
    Gagnon », never « déclare Dre Isabelle Gagnon »."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-01-14T10:30:00+01:00")
    text = _kibble("fr").replace(
        "kind: recall\n", "kind: recall\nspokesperson: {name: Dre Isabelle Gagnon, role: directrice médicale}\n").replace(
        "## Mises à jour", "## Citation\n« Nous avons failli, et nous le réparerons. »\n\n## Mises à jour")
    release = plain(render_press_release(write_statement(project, settings, text, "2027-01-09-kibble.fr.md"),
                                         settings).markdown)
    assert "déclare la Dre Isabelle Gagnon" in release, release


def _depot(lang: str) -> str:
    """Smoke at a chemicals depot: product moved into drums (no money), and ownership said as
    "…was our job" / « …nous revenait »."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-01-12 16:55", front="kind: safety\n",
        title="Fumées au dépôt chimique du port" if fr else "Smoke at the port's chemicals depot",
        sections={("Résumé" if fr else "Summary"):
                  "Le 12 janvier, un fût de chlore a dégagé des fumées dans notre dépôt du port. Trois salariés ont été "
                  "examinés ; tous sont rentrés chez eux. Nous leur présentons nos excuses." if fr else
                  "On 12 January, a drum of chlorine gave off smoke at our port depot. Three employees were examined; all "
                  "have gone home. We apologise to them.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "Le contrôle de ce fût nous revenait, et nous ne l'avons pas fait." if fr else
                  "Checking that drum was our job, and we did not do it.",
                  ("Ce que nous faisons" if fr else "What we are doing"):
                  "- Une entreprise spécialisée transvase le produit dans des fûts étanches : environ 60 % du produit "
                  "était transvasé le 13 janvier." if fr else
                  "- A specialist firm is moving the product into sealed drums: about 60% of it had been transferred by "
                  "13 January."},
        updates=(("2027-01-12 16:55", "analyse" if fr else "investigating",
                  "Un fût dégage des fumées dans notre dépôt du port." if fr else "A drum is giving off smoke at our port depot."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_never_reads_product_transferred_as_money_and_finds_our_job_as_ownership(project, settings, monkeypatch,
                                                                                       lang):
    """"About 60% of it had been transferred" into drums is no money paid: "Will people be
    compensated?" is unanswered rather than answered with it; "Checking that drum was our job" /
    « Le contrôle de ce fût nous revenait » answers "Who is responsible?"."""
    from tests.test_kit48_words import _qa
    from tests.test_kit50_words import _answer

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _depot(lang), f"2027-01-12-depot{'.fr' if fr else ''}.md",
             "2027-01-14T10:30:00+01:00")
    compensated = _answer(qa, "indemnisées ?" if fr else "compensated?")
    assert "60" not in compensated, compensated
    responsible = _answer(qa, "Qui est responsable ?" if fr else "Who is responsible?")
    assert ("nous revenait" if fr else "was our job") in responsible, responsible


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_that_points_back_with_it_stays_after_what_it_names(project, settings, monkeypatch, lang):
    """"The firefighters are cooling it with water" / « Les pompiers le refroidissent à l'eau »:
    when the copy puts who was hurt first, "it" still follows the stock it names."""
    from tests.press_support import copies_at, plain

    now = "2027-01-14T10:30:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    fr = lang == "fr"
    text = _tyres(lang).replace(
        "Les pompiers refroidissent le stock de pneus : les fumées ont diminué. ",
        "Le stock contient 40 tonnes de pneus usagés. Les pompiers le refroidissent à l'eau : les fumées ont diminué. ").replace(
        "Firefighters are cooling the tyre stock: the smoke has eased. ",
        "The stock holds 40 tonnes of used tyres. The firefighters are cooling it with water: the smoke has eased. ").replace(
        "tous deux sont rentrés chez eux", "l'un reste cette nuit en observation à l'hôpital").replace(
        "both have gone home", "one is staying in hospital under observation tonight")
    copy = next(c for c in copies_at(project, settings, text, f"2027-01-12-tyres{'.fr' if fr else ''}.md", now, "facebook")
                if c.kind == "update" and c.update_at.minute == 40)
    said = plain(" ".join(copy.parts))
    named, pointing = ("40 tonnes de pneus usagés.", "Les pompiers le refroidissent") if fr else \
        ("40 tonnes of used tyres.", "The firefighters are cooling it")
    assert f"{named} {pointing}" in said, said


def test_a_french_breach_text_apologises_when_the_apology_says_profondement(project, settings, monkeypatch):
    """« Nous en sommes profondément désolés : vous nous avez confié votre carte… » is an apology
    whose short form the text can carry: the first text gives the line and says sorry."""
    from tests.press_support import copies_at, plain

    now = "2027-01-14T10:30:00+01:00"
    monkeypatch.setenv("ONEVOICE_NOW", now)
    text = statement_file(
        lang="fr", severity="critical", started="2027-01-08 16:00", front="kind: breach\n",
        title="Vol de données de cartes bancaires sur notre billetterie en ligne",
        sections={"Résumé": "Les données de cartes saisies sur notre billetterie en ligne entre le 19 décembre et le 7 "
                            "janvier ont été volées par un code caché dans notre page de paiement. Nous en sommes "
                            "profondément désolés : vous nous avez confié votre carte, et nous ne l'avons pas assez bien "
                            "protégée.",
                  "Ce que vous pouvez faire": "- Nous ne vous demanderons jamais votre numéro de carte ni votre "
                                              "cryptogramme.\n- Pour toute question, appelez notre ligne dédiée au "
                                              "1-855-555-0147, du lundi au samedi de 8 h à 20 h."},
        updates=(("2027-01-08 16:00", "analyse", "Nous avons fermé la billetterie en ligne."),))
    sms = next(c for c in copies_at(project, settings, text, "2027-01-08-cartes.fr.md", now, "sms")
               if c.kind == "announcement")
    said = plain(" ".join(sms.parts))
    assert "555-0147" in said and ("excuses" in said or "désolés" in said), said
