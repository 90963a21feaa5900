"""Fifty-seventh session: what a blind kit and a newcomer found, each held by a statement of our own."""

from __future__ import annotations

import re

import pytest

from tests.press_support import statement_file
from tests.test_kit55_words import _check


def _cause_found(lang: str, summary: str, status: str) -> str:
    """A ticket sale whose site went down; the newest update says what caused it (or not)."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2027-03-02 10:05",
        title="Billetterie indisponible pendant la mise en vente" if fr else "Ticket site down during the sale",
        sections={("Résumé" if fr else "Summary"): summary},
        updates=(("2027-03-02 11:40", status,
                  "La cause est trouvée : un certificat expiré sur notre file d'attente. Nous le remplaçons." if fr
                  else "We found the cause: an expired certificate on our queue server. We are replacing it."),
                 ("2027-03-02 10:05", "enquête" if fr else "investigating",
                  "Nous cherchons ce qui a provoqué l'arrêt." if fr else "We are looking into it.")))


@pytest.mark.parametrize(("lang", "summary", "status", "flagged"), [
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We do not yet know what caused it. "
           "We are sorry.", "identified", True),
    ("fr", "Notre billetterie est indisponible depuis 10 h, à l'ouverture de la vente. La cause n'est pas encore "
           "connue. Nous en sommes désolés.", "identifié", True),
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We are still investigating the cause. "
           "We are sorry.", "monitoring", True),
    # Still looking: the summary is true.
    ("en", "Our ticket site has been down since 10:00, when the sale opened. We do not yet know what caused it. "
           "We are sorry.", "investigating", False),
    # The summary gives the cause: nothing stale.
    ("fr", "Notre billetterie est indisponible depuis 10 h : un certificat de notre file d'attente a expiré. Nous "
           "en sommes désolés.", "identifié", False),
])
def test_a_summary_that_still_says_the_cause_is_unknown_after_an_update_found_it_is_warned(
        project, monkeypatch, lang, summary, status, flagged):
    stem = "2027-03-02-tickets" + (".fr" if lang == "fr" else "")
    problems = _check(project, monkeypatch, "2027-03-02T12:00:00+01:00",
                      {stem + ".md": _cause_found(lang, summary, status)})
    stale = [p for p in problems if p["rule"] == "stale-summary"]
    assert bool(stale) == flagged, problems
    if flagged:
        assert stale[0]["severity"] == "warning" and stale[0]["line"] > 1
        assert ("cause" in stale[0]["message"]) and ("summary" in stale[0]["message"])


def _boil(lang: str) -> str:
    """A boil-water order issued the day after the main broke (`began` the day before), whose news
    says who must boil their water; an update whose reminder leans on the sentence before it."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-03-09 15:20",
        title="Avis d'ébullition de l'eau à Vernon et Saint-Ours" if fr else "Boil-water order for Vernon and Saint-Ours",
        front="kind: safety\nbegan: 2027-03-08 23:30\n",
        sections={("Résumé" if fr else "Summary"): (
            "Depuis le 9 mars à 15 h 20, 4 310 foyers de Vernon et de Saint-Ours doivent faire bouillir l'eau du robinet "
            "avant de la boire : des bactéries E. coli ont été trouvées dans nos échantillons. Nous en sommes désolés."
            if fr else
            "Since 15:20 on 9 March, 4,310 homes in Vernon and Saint-Ours must boil their tap water before drinking it: "
            "E. coli was found in our water samples. We are sorry."),
            ("Ce que vous pouvez faire" if fr else "What you should do"): (
            "- Portez l'eau du robinet à ébullition pendant au moins une minute avant de la boire, de faire des glaçons "
            "ou de préparer le lait des bébés, ou utilisez de l'eau en bouteille." if fr else
            "- Bring tap water to a rolling boil for at least one minute before you drink it, make ice or prepare baby "
            "formula, or use bottled water.")},
        updates=(("2027-03-10 20:15", "surveillance" if fr else "monitoring",
                  "Le rinçage des 21 km de conduites s'est terminé à 18 h 40. Les 16 échantillons de ce matin sont sans "
                  "E. coli. Les prochains seront prélevés demain à 7 h, avec des résultats attendus vers 18 h, et s'ils "
                  "sont eux aussi sans E. coli, le ministère de la Santé pourra lever l'avis vendredi. Tant qu'il ne "
                  "l'a pas fait, continuez de faire bouillir votre eau. Nous avons distribué 9 200 packs d'eau." if fr else
                  "Flushing of all 21 km of mains finished at 18:40. All 16 samples taken this morning are clear of "
                  "E. coli. The next ones will be taken tomorrow at 07:00, with results expected by 18:00, and if they "
                  "are also clear, the Department of Health can lift the order on Friday. Until it does, please keep "
                  "boiling your water. We have handed out 9,200 packs of water."),
                 ("2027-03-09 15:20", "enquête" if fr else "investigating",
                  "Nous avons trouvé des bactéries E. coli dans 2 échantillons sur 12." if fr else
                  "We found E. coli in 2 of 12 samples.")))


def _copies(project, settings, monkeypatch, now: str, texts: dict[str, str], stem: str, channel: str) -> dict:
    """Each language's copies on `channel`, made beside the other's as `build` makes them."""
    from datetime import datetime

    from generator.reading.reader import load_incidents
    from generator.rendering.channels import render_copies
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", now)
    for lang, text in texts.items():
        write_statement(project, settings, text, f"{stem}{'.fr' if lang == 'fr' else ''}.md")
    incident = next(i for i in load_incidents(settings)[0] if i.slug == stem)
    langs = list(texts)
    return {lang: render_copies(incident.translations[lang], settings, [channel], datetime.fromisoformat(now),
                                siblings=[incident.translations[other] for other in langs if other != lang])
            for lang in langs}


def test_a_boil_water_thread_leads_with_the_news_that_says_who_must_boil_their_water(project, settings, monkeypatch):
    """"…4,310 homes must boil their tap water before drinking it" says what to do: the first post
    of the X announcement is that news with the apology, never the title and the boiling advice
    with the news pushed to post 2."""
    copies = _copies(project, settings, monkeypatch, "2027-03-11T10:00:00+01:00", {"en": _boil("en")},
                     "2027-03-09-boil", "x")["en"]
    first = next(c for c in copies if c.kind == "announcement").parts[0]
    assert first.startswith("Since 15:20 on 9 March, 4,310 homes"), first
    assert "Boil-water order for" not in first, first


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_reminder_that_leans_on_who_lifts_the_order_never_follows_another_sentence_alone(
        project, settings, monkeypatch, lang):
    """"Until it does, please keep boiling your water" is about the Department of Health lifting
    the order: in a thread it stays after that sentence, or goes without its link ("Please keep
    boiling your water."), never right after the flushing news where "it" would be the flushing."""
    copies = _copies(project, settings, monkeypatch, "2027-03-11T10:00:00+01:00", {lang: _boil(lang)},
                     "2027-03-09-boil", "x")[lang]
    update = next(c for c in copies if c.kind == "update" and c.update_at.day == 10)
    link = "Tant qu'il ne l'a pas fait" if lang == "fr" else "Until it does"
    lifts = "lever l'avis" if lang == "fr" else "lift the order"
    for part in update.parts:
        if link in part:
            assert lifts in part.split(link)[0], update.parts
    assert any(("faire bouillir" if lang == "fr" else "boiling") in part for part in update.parts), update.parts


def test_an_sms_of_a_notice_read_days_later_is_dated_the_day_the_notice_was_issued(project, settings, monkeypatch):
    """The main broke on 8 March, the order was issued on the 9th: "MV Water, 9 March:", never the
    8th, when nobody had to boil anything yet."""
    # (A first sentence too long for a text: the title leads it, as a headline.)
    long = _boil("en").replace(
        "4,310 homes in Vernon and Saint-Ours must boil",
        "after E. coli was found in routine samples taken at the Vernon reservoir and at two hydrants in Saint-Ours, "
        "4,310 homes and 212 businesses in Vernon, Saint-Ours, Les Forges and Petit-Bois must boil")
    copies = _copies(project, settings, monkeypatch, "2027-03-11T10:00:00+01:00", {"en": long},
                     "2027-03-09-boil", "sms")["en"]
    text = " ".join(next(c for c in copies if c.kind == "announcement").parts)
    assert "Boil-water order" in text, text
    assert "8 March" not in text and "March 8" not in text, text


def test_cases_of_water_handed_out_are_nobody_ill_and_the_department_of_health_is_the_authority(
        project, settings, monkeypatch):
    """"We have handed out 9,200 cases of water" answers no question about illness and ticks no
    step about cases; "the Department of Health can lift the order" says the health authority is
    involved."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-11T10:00:00+01:00")
    text = _boil("en").replace("9,200 packs of water", "9,200 cases of water")
    documents = {d.kind: plain(d.text) for d in render_documents(
        write_statement(project, settings, text, "2027-03-09-boil.md"), settings)}
    qa = documents["qa"]
    ill = next(part for part in qa.split("\n## ") if "fallen ill" in part.split("\n", 1)[0])
    assert "cases of water" not in ill, ill
    health = next(part for part in qa.split("\n## ") if "health authorities" in part.split("\n", 1)[0])
    assert "Department of Health" in health and "UNANSWERED" not in health, health
    cases = next(block for block in documents["checklist"].split("\n- [") if "cases of illness" in block)
    assert "cases of water" not in cases and not cases.startswith("x]"), cases


def test_a_french_health_advice_to_call_after_drinking_is_no_credit_note(project, settings, monkeypatch):
    """« après avoir bu l'eau du robinet » holds « avoir », which is also a credit note: the
    checklist's step on refunds stays open."""
    from generator.rendering.documents.checklist import render_checklist
    from tests.press_support import write_statement
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-11T10:00:00+01:00")
    text = _boil("fr").replace(
        "- Portez", "- Si vous avez de la fièvre après avoir bu l'eau du robinet, appelez le 811.\n- Portez")
    checklist = plain(render_checklist(write_statement(project, settings, text, "2027-03-09-boil.fr.md"), settings))
    step = next(block for block in checklist.split("\n- [") if "geste commercial" in block)
    assert not step.startswith("x]"), step


def _car_seat(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-03-02 09:00", front="kind: recall\n",
        title="Rappel des sièges auto Nido 2" if fr else "Recall of Nido 2 car seats",
        sections={("Résumé" if fr else "Summary"): (
            "Nous rappelons 6 200 sièges auto Nido 2 des lots 2611A et 2612B : la boucle du harnais peut s'ouvrir. "
            "Arrêtez de les utiliser. Nous en sommes désolés." if fr else
            "We are recalling 6,200 Nido 2 car seats from lots 2611A and 2612B: the harness buckle can open. Stop "
            "using them now. We are sorry."),
            ("Ce que nous faisons" if fr else "What we are doing"): (
            "- Nous remplaçons la boucle gratuitement." if fr else "- We replace the buckle free of charge.")},
        updates=(("2027-03-02 09:00", "identifié" if fr else "identified",
                  "Nous rappelons ces sièges." if fr else "We are recalling these seats."),))


def test_a_car_seat_recall_is_no_vehicle_recall(project, settings, monkeypatch):
    """A child's car seat is no car: the media Q&A never asks "How many vehicles are recalled?",
    and the memo never tells staff "If you own one of these vehicles"."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-03T10:00:00+01:00")
    documents = {d.kind: d.text for d in render_documents(
        write_statement(project, settings, _car_seat("en"), "2027-03-02-seats.md"), settings)}
    assert "vehicle" not in documents["qa"].lower(), documents["qa"]
    assert "vehicle" not in documents["memo"].lower(), documents["memo"]


def test_a_french_release_gives_a_commission_its_article_and_an_airline_its_noun(project, settings, monkeypatch):
    """« Commission des eaux de Vernon » takes its article (« de la Commission », « que la
    Commission »), never « de Commission des eaux »; after it is named, « la Commission », never
    « l'entreprise »; the English release says "the commission"."""
    import dataclasses

    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-11T10:00:00+01:00")
    for lang, org in (("fr", "Commission des eaux de Vernon"), ("en", "Vernon Water Commission")):
        named = dataclasses.replace(settings, organisation=org, organisation_names={lang: org})
        statement = write_statement(project, named, _boil(lang), "2027-03-09-boil" + (".fr" if lang == "fr" else "") + ".md")
        release = render_press_release(statement, named).markdown
        if lang == "fr":
            assert not re.search(r"(?<!la )(?<!La )Commission des eaux", release), release
            assert "entreprise" not in release.replace("4 310 foyers et entreprises", ""), release
        else:
            assert "the company" not in release, release



def _video(lang: str) -> str:
    """An airline's agent insulted a passenger; the chief executive's quote apologises "here"; the
    last update thanks the passenger after saying she accepted our apology."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2027-03-05 09:30", front=(
            "kind: incident\nspokesperson: {name: Awa Sarr, role: " + ("directrice générale" if fr else "Chief Executive")
            + "}\n"),
        title="Propos insultants d'une agente envers une passagère" if fr else "Agent insulted a passenger at the gate",
        sections={("Résumé" if fr else "Summary"): (
            "Hier soir, à l'embarquement du vol SL 204, l'une de nos agentes a insulté une passagère qui demandait un "
            "fauteuil roulant pour son père. Ces propos sont inacceptables, et nous lui présentons nos excuses. L'agente "
            "a été suspendue pendant notre enquête." if fr
            else "Last night, at the gate of flight SL 204, one of our agents insulted a passenger who asked for a "
                 "wheelchair for her father. Those words were unacceptable, and we apologise to her. The agent has been "
                 "suspended while we investigate."),
            ("Citation" if fr else "Quote"): (
            "« J'ai appelé cette passagère pour lui présenter mes excuses, et je les renouvelle ici. »" if fr else
            "\"I called this passenger to apologise in person, and I apologise again here.\"")},
        updates=(("2027-03-06 16:00", "identifié" if fr else "identified",
                  "La procédure disciplinaire est close ; nous n'en publions pas le détail, par respect pour notre "
                  "salariée. La passagère a accepté nos excuses et nous a autorisés à le dire. Nous la remercions, "
                  "ainsi que les passagers qui ont aidé son père." if fr else
                  "The disciplinary procedure is closed; we are not publishing its details, to respect our employee's "
                  "privacy. The passenger has accepted our apology and allowed us to say so. We thank her, and the "
                  "passengers who helped her father."),
                 ("2027-03-05 09:30", "enquête" if fr else "investigating",
                  "Nous avons vu la vidéo." if fr else "We have seen the video.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_release_keeps_the_quote_word_for_word_and_the_replies_never_thank_the_employee(
        project, settings, monkeypatch, lang):
    """"I apologise again here" is the speaker's: the release quotes it as said (never "on our
    website", « en ligne »). The replies leave out the passenger's acceptance of our apology (they
    apologise themselves), and with it "We thank her", which would then thank our employee.
    An airline is « la compagnie », and it « présente ses excuses », never « les excuses de
    l'entreprise »."""
    import dataclasses

    from generator.rendering.documents import render_documents
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-08T10:00:00+01:00")
    fr = lang == "fr"
    airline = dataclasses.replace(settings, organisation="Sahel Air", organisation_names={})
    statement = write_statement(project, airline, _video(lang), "2027-03-05-agent" + (".fr" if fr else "") + ".md")
    release = plain(render_press_release(statement, airline).markdown)
    assert ("je les renouvelle ici" if fr else "I apologise again here") in release, release
    if fr:
        assert "l'entreprise" not in release and "les excuses de" not in release, release
    replies = plain({d.kind: d.text for d in render_documents(statement, airline)}["replies"])
    assert ("Nous la remercions" if fr else "We thank her") not in replies, replies


def test_a_french_text_says_hosted_never_lodged_at_the_accommodation():
    """« logés à l'hôtel » without its circumflex is « hébergés », never « logés à l'hébergement »;
    « rinçage » (flushing mains) is never « nettoyage » (cleaning)."""
    from generator.rendering.channels.voices import _gsm_words

    said = _gsm_words("Les 50 passagers sont logés à l'hôtel à nos frais. Le rinçage des conduites est terminé.")
    assert "hébergés" in said and "hébergement" not in said, said
    assert "nettoyage" not in said, said


def _order_update(lang: str) -> str:
    """A boil-water notice whose first update tells the order as news, and a later one that extends
    it to more streets."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2027-03-09 15:20", front="kind: safety\n",
        title="Avis d'ébullition de l'eau à Vernon" if fr else "Boil-water order for Vernon",
        sections={("Résumé" if fr else "Summary"): (
            "Depuis le 9 mars à 15 h 20, les foyers de Vernon doivent faire bouillir l'eau du robinet avant de la "
            "boire. Nous en sommes désolés." if fr else
            "Since 15:20 on 9 March, homes in Vernon must boil their tap water before drinking it. We are sorry.")},
        updates=(("2027-03-10 12:30", "identifié" if fr else "identified",
                  "Sur les 18 échantillons prélevés hier soir, 1 était positif à E. coli, rue des Forges. En raison de "
                  "ce résultat, nous avons étendu l'avis à 240 foyers de plus dans les rues des Forges et du Moulin : "
                  "il concerne désormais 4 550 foyers. Le rinçage est terminé sur 12 des 21 km de conduites. Nous avons "
                  "distribué 6 100 packs d'eau." if fr else
                  "Of the 18 samples taken last night, 1 was positive for E. coli, on Forge Street. Because of that "
                  "result, we have extended the order to 240 more homes on Forge Street and Mill Lane: it now covers "
                  "4,550 homes. Flushing is done on 12 of the 21 km of mains. We have handed out 6,100 packs of water."),
                 ("2027-03-09 15:20", "enquête" if fr else "investigating",
                  "Les prélèvements de routine de ce matin ont trouvé des E. coli dans 2 échantillons sur 12 dans la zone "
                  "du réservoir de Vernon. Sur ordre du ministère de la Santé, 4 310 foyers de Vernon et de Saint-Ours "
                  "doivent porter l'eau du robinet à pleine ébullition pendant au moins une minute avant de la boire ou "
                  "de l'utiliser pour les repas, les glaçons ou le lait des bébés. Nous ne savons pas encore comment "
                  "l'eau a été contaminée. De l'eau en bouteille sera distribuée à la salle des fêtes dès 18 h." if fr else
                  "Routine samples taken this morning found E. coli in 2 of 12 samples in the Vernon reservoir zone. On "
                  "the Department of Health's order, 4,310 homes in Vernon and Saint-Ours must bring their tap water to "
                  "a rolling boil for at least one minute before drinking it or using it for food, ice or baby formula. "
                  "We do not know yet how the water was contaminated. Free bottled water will be handed out at the "
                  "village hall from 18:00.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_texts_of_a_boil_water_notice_say_who_must_boil_and_where_it_was_extended(project, settings, monkeypatch,
                                                                                      lang):
    """The first text says the order ("4,310 homes … must bring their tap water to a rolling boil"),
    shortened if it must be, never only the samples and the bottled water; the text of the update
    that extends it names the streets it now covers."""
    from tests.test_kit52_words import _both_texts

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-11T10:00:00+01:00")
    first = _both_texts(project, settings, {"en": _order_update("en"), "fr": _order_update("fr")},
                        "2027-03-09-vernon", "09 15:20")
    assert "4 310 foyers" in first["fr"] and "ébullition" in first["fr"], first
    assert "4,310 homes" in first["en"] and "boil" in first["en"], first
    later = _both_texts(project, settings, {"en": _order_update("en"), "fr": _order_update("fr")},
                        "2027-03-09-vernon", "10 12:30")
    assert "étendu l'avis" in later["fr"] and "extended the order" in later["en"], later


def test_a_recall_text_keeps_stop_using_over_where_to_register(project, settings, monkeypatch):
    """"…please do so at recall.example.lu and stop using the seat until it is repaired", in a text
    with room for one of the two orders: the one that keeps a child safe."""
    from tests.test_kit52_words import _both_texts

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-05T10:00:00+01:00")
    update = ("The first 4,800 replacement buckle kits left our factory in Foetz this morning for retailers; fitting "
              "starts on Friday 5 March. 4,410 owners have registered so far, and we have delivered 620 loan seats. We "
              "have had no report of a child hurt. If you have not registered yet, please do so at recall.nido.example "
              "and stop using the seat until it is repaired.")
    fr_update = ("Les 4 800 premiers kits de boucles de remplacement ont quitté notre usine de Foetz ce matin pour les "
                 "revendeurs ; la pose commence le vendredi 5 mars. 4 410 propriétaires se sont inscrits à ce jour, et "
                 "nous avons livré 620 sièges de prêt. Aucun enfant blessé ne nous a été signalé. Si vous ne vous êtes "
                 "pas encore inscrit, faites-le sur recall.nido.example et n'utilisez plus le siège tant qu'il n'est "
                 "pas réparé.")
    texts = {lang: _car_seat(lang).replace(
        "updates:", "updates:") for lang in ("en", "fr")}
    texts["en"] = texts["en"].replace("## Updates\n\n", f"## Updates\n\n### 2027-03-04 09:30 · identified\n{update}\n\n")
    texts["fr"] = texts["fr"].replace("## Mises à jour\n\n",
                                      f"## Mises à jour\n\n### 2027-03-04 09:30 · identifié\n{fr_update}\n\n")
    import dataclasses
    from zoneinfo import ZoneInfo

    # (A Luxembourg site: « point de 9 h 30 (heure luxembourgeoise) » leaves room for one order.)
    luxembourg = dataclasses.replace(settings, timezone=ZoneInfo("Europe/Luxembourg"), organisation="Kannerwee Nido")
    said = _both_texts(project, luxembourg, texts, "2027-03-02-seats", "04 09:30")
    assert "stop using the seat" in said["en"].lower(), said
    assert "n'utilisez plus le siège" in said["fr"].lower() or "cessez de les utiliser" in said["fr"].lower(), said


def test_people_who_helped_and_a_closed_disciplinary_procedure_are_no_blame_nor_defence():
    """"Her father was carried onto the aircraft by other passengers" tells the harm we caused and
    who helped; "A disciplinary procedure has been completed" answers what people asked. Blaming
    other passengers still is blame."""
    from tests.test_kit55_words import _categories

    assert "blame" not in _categories("en", "Her father was carried onto the aircraft by other passengers.")
    assert "blame" not in _categories("fr", "Son père a été porté dans l'avion par d'autres passagers.")
    assert "defensive" not in _categories("en", "A disciplinary procedure has been completed.")
    assert "blame" in _categories("en", "The delay was caused by other passengers who ignored the instructions.")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_about_jobs_with_the_closed_procedure_not_the_old_suspension(project, settings, monkeypatch, lang):
    """The summary still says the agent "has been suspended while we investigate"; the newest update
    says the disciplinary procedure is closed: the spokesperson says that, never the suspension."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _video(lang), "2027-03-05-agent" + (".fr" if fr else "") + ".md",
             "2027-03-08T10:00:00+01:00")
    block = next(part for part in qa.split("\n## ") if ("poste" if fr else "lose their job") in part.split("\n", 1)[0])
    assert ("procédure disciplinaire est close" if fr else "disciplinary procedure is closed") in block, block
    assert ("suspendue" if fr else "suspended") not in block, block


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_delay_is_counted_from_a_main_break_that_only_tests_later_showed_was_harmful(project, settings, monkeypatch,
                                                                                       lang):
    """The main broke at 23:30 (`began`); routine samples found E. coli the next morning, with no
    hour for the results; the notice went out at 15:20. Neither the Q&A nor the checklist tells the
    spokesperson "15 hours 50 minutes after the problem began"."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement
    from tests.test_checklist_country import plain

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-11T10:00:00+01:00")
    fr = lang == "fr"
    text = _order_update(lang).replace("front: ", "").replace("kind: safety\n", "kind: safety\nbegan: 2027-03-08 23:30\n")
    documents = {d.kind: plain(d.text) for d in render_documents(
        write_statement(project, settings, text, "2027-03-09-vernon" + (".fr" if fr else "") + ".md"), settings)}
    late = "après le début du problème" if fr else "after the problem began"
    assert late not in documents["qa"], documents["qa"]
    assert late not in documents["checklist"], documents["checklist"]


def test_a_post_never_says_the_same_line_twice_in_a_row():
    """The apology beside the title, then the same words again as its own sentence: one post
    saying « Nous vous présentons nos excuses. » twice reads as a machine's."""
    from generator.rendering.channels.compose import _said_once

    post = ("Panne de notre système d'enregistrement : 14 vols annulés.\nNous vous présentons nos excuses.\n"
            "Nous vous présentons nos excuses.\n\nhttps://statut.example.sn/\n1/4")
    assert _said_once((post,))[0].count("Nous vous présentons nos excuses.") == 1


def test_a_french_release_says_every_verb_of_a_list_of_what_we_will_do_in_the_third_person(project, settings,
                                                                                             monkeypatch):
    """« Inscrivez-vous et nous remplacerons la boucle, échangerons le siège ou le rembourserons »:
    the release says « remplacera …, échangera … ou le remboursera », never « échangerons »."""
    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2027-03-03T10:00:00+01:00")
    text = _car_seat("fr").replace(
        "Arrêtez de les utiliser.",
        "Arrêtez de les utiliser. Nous remplacerons gratuitement la boucle, échangerons le siège ou le rembourserons "
        "intégralement.")
    release = render_press_release(write_statement(project, settings, text, "2027-03-02-seats.fr.md"), settings).markdown
    assert "échangerons" not in release and "échangera le siège" in release, release


def test_the_first_text_of_a_notice_whose_news_says_who_must_boil_keeps_that_news(project, settings, monkeypatch):
    """"…4,310 homes must boil their tap water before drinking it" is the order itself: the first
    text keeps it with the apology, never the title and a line meant for restaurants in its place."""
    text = _boil("en").replace(
        "4,310 homes in Vernon and Saint-Ours must boil",
        "6,720 homes and businesses in Vernon Heights, Saint-Ours and Les Forges must boil").replace(
        "E. coli was found in our water samples. We are sorry.",
        "E. coli was found in our water samples. The contamination followed a main break and a repair that we put "
        "back into service without testing the water first. We are sorry.").replace(
        "or use bottled water.",
        "or use bottled water.\n- Restaurants, daycares and food businesses in the zone follow the Department of "
        "Health's instructions; call them at +1 506 555 0160 with questions.")
    copies = _copies(project, settings, monkeypatch, "2027-03-11T10:00:00+01:00", {"en": text},
                     "2027-03-09-boil", "sms")["en"]
    sms = " ".join(next(c for c in copies if c.kind == "announcement").parts)
    assert "6,720 homes" in sms and "must boil" in sms, sms
    assert "Restaurants" not in sms, sms


def test_advice_for_today_reaches_the_first_posts_wherever_it_is_listed(project, settings, monkeypatch):
    """"On 11 March, come to the counter 3 hours before departure" is listed fourth; read on 11
    March, it is the advice a traveller must not miss: the X thread carries it."""
    text = statement_file(
        lang="en", severity="major", started="2027-03-10 06:15", front="",
        title="Check-in system failure: 14 flights cancelled",
        sections={"Summary": "A failure of our check-in system on 10 March forced us to cancel 14 of our 22 flights: "
                             "2,130 passengers were affected. The system has worked again since 05:20 on 11 March. "
                             "We apologise: the failure came from an update we installed ourselves.",
                  "What you should do": (
                      "- Check the status of your flight on sahel-air.example/flights before you come to the airport.\n"
                      "- If your flight was cancelled, you can change it free of charge until 31 March, or ask for a "
                      "full refund on sahel-air.example/refund.\n"
                      "- Keep your meal, taxi or hotel receipts from 10 March: we refund them until 30 April, on "
                      "sahel-air.example/receipts, within 14 days of your claim.\n"
                      "- If you booked by phone during the night of the failure, our agents will call you back this "
                      "morning to confirm your seat; you do not need to call us.\n"
                      "- If you need assistance at the airport (a wheelchair, help with boarding), ask for it at least "
                      "48 hours before your flight on +221 33 800 12 10.\n"
                      "- On 11 March, come to the counter 3 hours before departure instead of 2: queues are still "
                      "long this morning.")},
        updates=(("2027-03-11 07:30", "monitoring", "Our check-in system has worked again since 05:20."),
                 ("2027-03-10 06:15", "investigating", "Our check-in system is down.")))
    copies = _copies(project, settings, monkeypatch, "2027-03-11T09:00:00+01:00", {"en": text},
                     "2027-03-10-checkin", "x")["en"]
    thread = "\n".join(next(c for c in copies if c.kind == "announcement").parts)
    assert "3 hours before departure" in thread, thread


def test_the_text_of_an_update_that_widens_a_recall_says_so_and_what_to_do(project, settings, monkeypatch):
    """"…show the same fault, so we are adding this lot to the recall: it now covers 11,320 seats
    in four lots (…)": the text keeps that the recall grows (what it covers is on the page) and
    the order with its condition, never "Stop using it now." alone nor the test result alone."""
    update = ("Tests on the buckles of lot 2613C show the same fault, so we are adding this lot to the recall: it now "
              "covers 11,320 seats in three lots (2611A, 2612B and 2613C), up from 6,200 in two lots. 2,870 owners have "
              "registered. This morning a parent in Metz told us that the buckle of her seat had opened by itself during "
              "a journey on 1 March; her child was not hurt. If your seat is from any of the three lots, stop using it "
              "now.")
    text = _car_seat("en").replace("## Updates\n\n", f"## Updates\n\n### 2027-03-03 14:00 · identified\n{update}\n\n")
    copies = _copies(project, settings, monkeypatch, "2027-03-04T10:00:00+01:00", {"en": text}, "2027-03-02-seats",
                     "sms")["en"]
    sms = " ".join(next(c for c in copies if c.kind == "update" and c.update_at.day == 3).parts)
    assert "adding this lot to the recall" in sms, sms
    assert "If your seat is from any of the three lots, stop using it now" in sms, sms
