"""Faults that kit 50's graders left open and kit 51's blind statements showed, each checked
here on statements and sentences written for the test."""

from __future__ import annotations

import re

import pytest

from tests.press_support import statement_file

NOW = "2026-12-19T15:00:00+01:00"


def _records(lang: str) -> str:
    """An energy supplier's breach: a contractor read meter records; an update finishes the count
    over a past period and says who lost money and that they will be paid back."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-14 10:00",
        title="Des fiches clients lues par un sous-traitant de Veloria Énergie" if fr else
        "Customer records read by a Veloria Energy contractor",
        front="kind: breach\n",
        sections={("Résumé" if fr else "Summary"):
                  "Entre le 2 novembre et le 11 décembre, un technicien d'un de nos sous-traitants a lu sans motif les "
                  "fiches de nos clients. Nous vous présentons nos excuses." if fr else
                  "Between 2 November and 11 December, a technician working for one of our contractors read customer "
                  "records without reason. We are sorry."},
        updates=(("2026-12-17 16:30", "identifié" if fr else "identified",
                  "Nous avons terminé l'examen de toutes les fiches lues par ce technicien entre le 2 novembre et le "
                  "11 décembre. 58 clients nous ont dit avoir payé de faux agents après un appel frauduleux, soit "
                  "14 300 €. Nous les rembourserons tous." if fr else
                  "We have finished reviewing every record this technician read between 2 November and 11 December. "
                  "58 customers have told us they paid fake agents after a scam call, €14,300 in all. We will pay "
                  "back every one of them in full, whatever the sum they lost."),
                 ("2026-12-14 10:00", "analyse" if fr else "investigating",
                  "Nous avons retiré ses accès au technicien." if fr else "We removed the technician's access.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_update_text_leaves_out_a_past_period_before_the_refund(project, settings, monkeypatch, lang):
    """"…between 2 November and 11 December" is the period the summary gives: a text with no room
    for both keeps who lost money and that they will be paid back."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    sms = next(c for c in copies_at(project, settings, _records(lang), f"2026-12-14-records{'.fr' if lang == 'fr' else ''}.md",
                                    NOW, "sms") if c.update_at is not None and c.update_at.day == 17)
    text = plain(" ".join(sms.parts))
    assert ("rembourserons" if lang == "fr" else "pay back") in text, text
    assert "58" in text, text
    assert ("technicien" if lang == "fr" else "technician") in text, text
    assert len(sms.parts) <= 2 and max(sms.lengths) <= sms.limit, sms


def _candles(lang: str) -> str:
    """A recall of candle jars that can crack when lit: a count corrected, people cut, and the
    cause found by tests in a later update."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-10 09:00",
        title="Bougies Lueur en pot de verre rappelées : le pot peut se fendre" if fr else
        "Lueur candles in glass jars recalled: the jar can crack",
        front="kind: recall\nbegan: 2026-12-09 20:00\n",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons les bougies Lueur 300 g en pot de verre du lot C4471, parce que le pot peut se "
                  "fendre quand la bougie brûle. N'allumez plus ces bougies. Au 16 décembre, 2 100 des 5 200 bougies "
                  "concernées ont été rapportées. Nous sommes désolés : trois personnes se sont coupées avec le verre."
                  if fr else
                  "We are recalling Lueur 300 g candles in glass jars from lot C4471, because the jar can crack while "
                  "the candle burns. Do not light these candles. As of 16 December, 2,100 of the 5,200 candles "
                  "concerned have been returned. We are sorry: three people have been cut by the glass.",
                  ("Conseils santé" if fr else "Health advice"):
                  "Si vous vous êtes coupé, nettoyez la plaie à l'eau claire. Si elle saigne beaucoup, consultez un "
                  "médecin." if fr else
                  "If you have been cut, clean the wound with clean water. If it bleeds heavily, see a doctor."},
        updates=(("2026-12-12 15:00", "identifié" if fr else "identified",
                  "Des tests ont trouvé un défaut de recuit dans le verre d'une série de pots. Environ 4 800 bougies "
                  "ont été mises en vente." if fr else
                  "Tests found an annealing fault in the glass of one series of jars. About 4,800 candles were put on "
                  "sale." + (
                      "\n\n#### Rectificatif · 2026-12-13 10:00\nLe nombre de bougies mises en vente est de 5 200. Le "
                      "premier chiffre ne comptait pas les coffrets cadeaux." if fr else
                      "\n\n#### Correction · 2026-12-13 10:00\nThe number of candles put on sale is 5,200. The first "
                      "figure did not count the gift sets.")),
                 ("2026-12-10 09:00", "analyse" if fr else "investigating",
                  "Nous rappelons le lot C4471. N'allumez plus ces bougies." if fr else
                  "We are recalling lot C4471. Do not light these candles.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_qa_counts_what_was_sold_and_who_was_hurt(project, settings, monkeypatch, lang):
    """"How many units were sold?" gives the corrected sale count, not how many came back; "How
    many people are affected?" tells the people cut; whether the authorities were told is ours
    to check, never "we do not know yet"; a test finding two days after we went public is not
    when we found out."""
    from tests.test_kit48_words import _qa
    from tests.test_kit50_words import _answer

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _candles(lang), f"2026-12-10-candles{'.fr' if fr else ''}.md", NOW)
    sold = _answer(qa, "Combien d'unités ont été vendues ?" if fr else "How many units were sold?")
    assert ("5 200" if fr else "5,200") in sold and ("mises en vente" if fr else "put on sale") in sold, sold
    people = _answer(qa, "Combien de personnes sont touchées ?" if fr else "How many people are affected?")
    assert ("trois personnes se sont coupées" if fr else "three people have been cut") in people, people
    assert ("2 100" if fr else "2,100") not in people, people
    told = _answer(qa, "Les autorités ont-elles été prévenues ?" if fr else "Were the authorities informed?")
    assert ("ne le savons pas" if fr else "do not know yet") not in told, told
    since = _answer(qa, "quand l'avez-vous su ?" if fr else "when did you find out?")
    assert ("recuit" if fr else "annealing") not in since, since


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_never_quotes_a_sentence_again_inside_its_paragraph(project, settings, monkeypatch, lang):
    """The health advice quoted whole says its sentences once: never "If it bleeds heavily…" on
    its own and again inside the paragraph."""
    from tests.test_kit48_words import _qa
    from tests.test_kit50_words import _answer

    fr = lang == "fr"
    qa = _qa(project, settings, monkeypatch, _candles(lang), f"2026-12-10-candles{'.fr' if fr else ''}.md", NOW)
    risk = _answer(qa, "chez elles ?" if fr else "what should people who have it watch for?")
    bleeds = "Si elle saigne beaucoup" if fr else "If it bleeds heavily"
    assert risk.count(bleeds) == 1, risk


def _pump(lang: str, doing: str, summary_extra: str = "") -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-12-16 08:00",
        title="La station de pompage de Valmont à l'arrêt" if fr else "Valmont pumping station stopped",
        front="",
        sections={("Résumé" if fr else "Summary"):
                  ("La station de pompage de Valmont est à l'arrêt depuis le 16 décembre : l'eau est distribuée par "
                   "camion-citerne. Nous vous présentons nos excuses." if fr else
                   "The Valmont pumping station has been stopped since 16 December: water is delivered by tanker. We "
                   "are sorry.") + summary_extra,
                  ("Ce que nous faisons" if fr else "What we are doing"): doing},
        updates=(("2026-12-18 17:00", "identifié" if fr else "identified",
                  "Nous avons trouvé la cause : un roulement cassé." if fr else "We found the cause: a broken bearing."),
                 ("2026-12-16 08:00", "analyse" if fr else "investigating",
                  "La station est à l'arrêt." if fr else "The station is stopped.")))


@pytest.mark.parametrize(("lang", "doing", "told"), [
    ("en", "- The broken pump will be replaced with a new one, which left the supplier's works on the morning of "
           "18 December. Fitting it takes a day.", False),
    ("fr", "- La pompe cassée sera remplacée par une neuve, qui a quitté l'atelier du fournisseur le matin du "
           "18 décembre. La pose prend une journée.", False),
    ("en", "- The broken pump will be replaced on 18 December.", True),
])
def test_a_day_told_in_a_past_relative_clause_is_no_passed_plan(project, monkeypatch, lang, doing, told):
    """"…will be replaced with a new one, which left the works on 18 December", read on the 19th:
    the day is when the part left, not a plan now late. A plan for the 18th still is one."""
    from tests.press_support import check_problems

    problems = check_problems(project, monkeypatch, NOW, _pump(lang, doing),
                              f"2026-12-16-pump{'.fr' if lang == 'fr' else ''}.md")
    assert bool([p for p in problems if p["rule"] == "passed-plan"]) == told, problems


@pytest.mark.parametrize(("lang", "extra", "told"), [
    ("en", " We are recalling the filters sold from 28 November to 15 December.", False),
    ("fr", " Nous rappelons les filtres vendus du 28 novembre au 15 décembre.", False),
    ("en", " We will publish the test results on 18 December.", True),
])
def test_a_period_of_sale_in_the_summary_is_not_announced_as_to_come(project, monkeypatch, lang, extra, told):
    """"…the filters sold from 28 November to 15 December" tells when they were sold: the summary is
    not overtaken by those days; "We will publish… on 18 December", read on the 19th, is."""
    from tests.press_support import check_problems

    problems = check_problems(project, monkeypatch, NOW, _pump(lang, "- We are testing the water." if lang == "en"
                                                                 else "- Nous analysons l'eau.", extra),
                              f"2026-12-16-pump{'.fr' if lang == 'fr' else ''}.md")
    assert bool([p for p in problems if p["rule"] == "overtaken-summary"]) == told, problems


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_some_of_all_our_sites_is_no_figure_that_disagrees(project, monkeypatch, lang):
    """"our 48 depots" and, in an update, "staff from 9 of our depots": some of all we have, not
    two values of one figure."""
    from tests.press_support import check_problems

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="minor", started="2026-12-15 09:00",
        title="Des colis livrés en retard" if fr else "Parcels delivered late",
        front="",
        sections={("Résumé" if fr else "Summary"): "Des colis arrivent en retard. Nous vous présentons nos excuses."
                  if fr else "Parcels are arriving late. We are sorry.",
                  ("Ce que nous faisons" if fr else "What we are doing"):
                  "- Nous avons écrit à nos 48 dépôts partenaires en Belgique." if fr else
                  "- We have written to our 48 partner depots in Belgium."},
        updates=(("2026-12-17 16:00", "identifié" if fr else "identified",
                  "Hier, nous avons réuni des chefs d'équipe de 9 de nos dépôts partenaires en Belgique." if fr else
                  "Yesterday we met team leaders from 9 of our partner depots in Belgium."),
                 ("2026-12-15 09:00", "analyse" if fr else "investigating", "Nous analysons." if fr else "We are looking.")))
    problems = check_problems(project, monkeypatch, NOW, text, f"2026-12-15-parcels{'.fr' if fr else ''}.md")
    assert not [p for p in problems if p["rule"] in ("figures-disagree", "overtaken-summary")], problems


@pytest.mark.parametrize(("lang", "sentence", "fault"), [
    ("en", "The new control board left our supplier's plant in Lyon yesterday evening.", None),
    ("fr", "La nouvelle carte de commande a quitté l'usine de notre fournisseur à Lyon hier soir.", None),
    ("en", "The wrong price was shown for just over 6 hours on our website.", None),
    ("fr", "Le mauvais prix a été affiché pendant un peu plus de 6 heures sur notre site.", None),
    ("en", "The app will stay offline until an outside auditor clears it, however long that takes.", None),
    ("fr", "L'application restera hors ligne jusqu'à l'avis d'un auditeur externe, quel que soit le temps nécessaire.",
     None),
    ("en", "Customers can rest assured that no payment data was copied, even though our review began only today.",
     "overpromise"),
    ("fr", "Nos abonnés peuvent être rassurés : aucune donnée bancaire n'a été copiée, même si l'examen vient de commencer.",
     "overpromise"),
    ("en", "We will not say the risk is zero, because it is not.", None),
    ("fr", "Nous ne dirons pas que le risque est nul, car ce serait faux.", None),
    ("en", "Subscribers should update the app to version X.X.X today.", "placeholder"),
    ("en", "We are sorry you were disappointed with your evening at the observatory.", "no-ownership"),
    ("fr", "Nous présentons nos excuses pour avoir dû annuler ces séances.", "no-ownership"),
])
def test_kit_51_sentences_are_judged_as_a_communications_director_would(lang, sentence, fault):
    """Goods on their way, a duration told exactly, a closure we keep however long it takes, a
    risk we refuse to call zero: no fault. Reassurance before the facts are in, a slot still in
    the text, regret for the reader's feelings or for what we "had to" do: faults."""
    from tests.press_support import sentence_categories

    found = sentence_categories(sentence, lang)
    assert found == ({fault} if fault else set()), found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Since Monday, we no longer use sesame in the bakery.", "Since Monday, Fournil Aubert no longer uses sesame in the bakery."),
    ("Every customer will have heard from us by Friday.", None),
])
def test_an_english_release_keeps_its_verbs_whole(sentence, expected):
    """"we no longer use" → "X no longer uses" (never "noes longer use"); told later, "will have
    heard" → "would have heard" (never "would had heard")."""
    from generator.rendering.person import english, english_told_then

    if expected:
        assert english([sentence], "Fournil Aubert") == [expected]
    else:
        assert english_told_then(sentence) == "Every customer would have heard from us by Friday."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rapportez le moule dans l'une de nos trois boutiques (Sète, Agde) : nous vous le remboursons ou l'échangeons.",
     "Rapportez le moule dans l'une des trois boutiques de la Fabrique Sauvan (Sète, Agde) : la Fabrique Sauvan vous le "
     "rembourse ou l'échange."),
    ("En cas de doute, écrivez-nous et nous en discuterons ensemble.",
     "En cas de doute, écrivez à la Fabrique Sauvan, qui en discutera avec vous."),
])
def test_french_advice_in_a_release_names_us_once_and_conjugates_each_verb(sentence, expected):
    """The reader's « vous » before the object pronoun, a second verb after « ou », a count in
    words before the noun, and « écrivez-nous et nous… » said once: « écrivez à X, qui… »."""
    from generator.rendering.person import advice_named

    assert advice_named(sentence, "la Fabrique Sauvan", "fr") == expected


def test_a_french_release_names_whose_inquiry_and_never_says_home_for_a_maison():
    """« Notre enquête de traçabilité montre… » opens on whose it is (never « Son enquête »); « la
    Maison Sauvan » is later « l'entreprise », never « la maison », which reads as "home"."""
    from generator.rendering.person import french

    said = french(["Notre enquête interne montre que le lot 12 est aussi touché.",
                   "Nous avons trouvé la cause.", "Au total, 640 moules nous ont été rapportés."], "la Maison Sauvan")
    assert said is not None
    assert said[0].startswith("L'enquête interne de la Maison Sauvan montre"), said
    assert "à la maison" not in said[2] and "l’entreprise" in said[2], said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_text_calls_the_line_and_says_sorry(project, settings, monkeypatch, lang):
    """"call our helpline on 0808 157 0200 (free from the UK) or +44 1632 960 200 from abroad":
    the number that works from every country, said short ("Questions: call…") when that leaves
    room for the apology."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-16 18:00",
        title="Dossiers de membres lus par d'autres membres de notre club" if fr else
        "Members' files opened by other members of our club",
        front="kind: breach\n",
        sections={("Résumé" if fr else "Summary"):
                  "Une faille de notre espace membres a laissé 2 140 membres ouvrir le dossier d'autres membres. Nous "
                  "vous présentons nos excuses." if fr else
                  "A flaw in our members' area let 2,140 members open other members' files. We are deeply sorry: you "
                  "trusted us with these details, and we did not protect them.",
                  ("Ce que vous pouvez faire" if fr else "What you should do"):
                  "- Nous ne vous demanderons jamais votre mot de passe par téléphone.\n- Pour toute question, appelez "
                  "notre ligne au 0808 157 0200 (gratuit depuis le Royaume-Uni) ou au +44 1632 960 200 depuis "
                  "l'étranger." if fr else
                  "- We will never ask for your password by phone.\n- For any question, call our helpline on "
                  "0808 157 0200 (free from the UK) or +44 1632 960 200 from abroad, every day from 08:00 to 20:00."},
        updates=(("2026-12-16 18:00", "analyse" if fr else "investigating",
                  "Nous avons fermé l'espace membres." if fr else "We closed the members' area."),))
    sms = next(c for c in copies_at(project, settings, text, f"2026-12-16-members{'.fr' if fr else ''}.md", NOW, "sms")
               if c.kind == "announcement")
    said = plain(" ".join(sms.parts))
    assert "+44 1632 960 200" in said, said
    if not fr:
        assert "sorry" in said, said
    assert len(sms.parts) <= 2 and max(sms.lengths) <= sms.limit


def _funicular(lang: str) -> str:
    """A funicular stopped between stations: the rescue update counted 96 riders, a correction
    says 112, not 96 (the first total left out those brought down by the rescue team); an update
    says sorry for everyone who planned a visit."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-14 10:30",
        title="Le funiculaire du Mont-Clair arrêté entre deux gares" if fr else "Mont-Clair funicular stopped between stations",
        front="kind: safety\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le funiculaire du Mont-Clair est fermé depuis son arrêt du 14 décembre. Nous présentons nos excuses "
                  "aux passagers." if fr else
                  "The Mont-Clair funicular has been closed since it stopped on 14 December. We apologise to the riders.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "Le dimanche 14 décembre à 10 h 05, le funiculaire s'est arrêté seul, comme prévu quand un capteur "
                  "détecte un défaut. Il n'a pas pu être relancé." if fr else
                  "On Sunday, 14 December, at 10:05, the funicular stopped by itself, as it is designed to do when a "
                  "sensor detects a fault. It could not be restarted."},
        updates=(("2026-12-16 17:00", "identifié" if fr else "identified",
                  "Nous sommes désolés pour celles et ceux qui avaient prévu une visite cette semaine." if fr else
                  "We are sorry for everyone who planned a visit this week."),
                 ("2026-12-14 14:00", "identifié" if fr else "identified",
                  ("Les 96 passagers ont tous été ramenés en gare." if fr else "All 96 riders have been brought back to "
                                                                             "the station.")
                  + ("\n\n#### Rectificatif · 2026-12-14 18:00\n112 passagers ont été ramenés, et non 96 : notre total "
                     "oubliait les 16 passagers descendus à pied avec les secouristes." if fr else
                     "\n\n#### Correction · 2026-12-14 18:00\n112 riders were brought back, not 96: our total left out "
                     "the 16 riders who walked down with the rescue team.")),
                 ("2026-12-14 10:30", "analyse" if fr else "investigating",
                  "Le dimanche 14 décembre, le funiculaire s'est arrêté entre deux gares." if fr else
                  "On Sunday 14 December, the funicular stopped between two stations.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_release_puts_right_a_total_a_correction_says_was_wrong_and_apologises_to_people(
        project, settings, monkeypatch, lang):
    """"112 riders were brought back, not 96: our total left out…" says the first total was wrong:
    the release prints 112 where 96 stood, as the page does. "Sorry for everyone who…" is an
    apology to them (« à celles et ceux qui »), and "said that on Sunday" keeps its small "on"."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    release = plain(render_press_release(write_statement(project, settings, _funicular(lang),
                                                         f"2026-12-14-funicular{'.fr' if fr else ''}.md"),
                                         settings).markdown)
    assert "112" in release and not re.search(r"\b96 (?:riders|passagers)\b", release), release
    assert ("excuses à celles et ceux qui" if fr else "apologized to everyone who") in release, release
    assert "that On " not in release and "said On " not in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_qa_never_counts_online_buyers_as_units_or_people(project, settings, monkeypatch, lang):
    """"We wrote to the 230 customers who bought a jar online" counts some buyers: "How many units
    were sold?" gives "the two lots come to 1,940 jars", and "How many people are affected?" the
    people who had a reaction, never "we do not know yet"."""
    from tests.test_kit48_words import _qa
    from tests.test_kit50_words import _answer

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-15 17:00",
        title="Rappel de pâte à tartiner : présence de sésame non déclarée" if fr else
        "Spread recalled: it may contain undeclared sesame",
        front="kind: recall\n",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons deux lots de pâte à tartiner, qui peuvent contenir du sésame. Si vous êtes allergique "
                  "au sésame, ne la mangez pas." if fr else
                  "We are recalling two lots of our spread, which may contain sesame. If you are allergic to sesame, do "
                  "not eat it."},
        updates=(("2026-12-17 18:00", "surveillance" if fr else "monitoring",
                  "Deux personnes nous ont signalé une réaction allergique après en avoir mangé. Le 17 décembre, nous "
                  "avons écrit aux 230 clients qui ont acheté un pot sur notre site." if fr else
                  "Two people have told us they had an allergic reaction after eating it. On 17 December we wrote to "
                  "the 230 customers who bought a jar on our website."),
                 ("2026-12-16 12:00", "identifié" if fr else "identified",
                  "Les deux lots représentent 1 940 pots, vendus dans nos boutiques." if fr else
                  "The two lots come to 1,940 jars, sold in our shops."),
                 ("2026-12-15 17:00", "analyse" if fr else "investigating",
                  "Nous rappelons deux lots." if fr else "We are recalling two lots.")))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-15-spread{'.fr' if fr else ''}.md", NOW)
    sold = _answer(qa, "Combien d'unités ont été vendues ?" if fr else "How many units were sold?")
    assert ("1 940" if fr else "1,940") in sold and "230" not in sold, sold
    people = _answer(qa, "Combien de personnes sont touchées ?" if fr else "How many people are affected?")
    assert ("Deux personnes" if fr else "Two people") in people and "230" not in people, people


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_breach_qa_says_who_opened_the_files_and_that_no_scam_is_reported(project, settings, monkeypatch, lang):
    """"870 of them were opened from a single partner account" answers "Who accessed it?"; "So
    far, no member has told us of a message or a call that used these details" answers "Has
    anyone lost money or been defrauded since?". Neither is "we do not know yet"."""
    from tests.test_kit48_words import _qa
    from tests.test_kit50_words import _answer

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-15 09:00",
        title="Des dossiers de membres ouverts par d'autres comptes" if fr else "Members' files opened by other accounts",
        front="kind: breach\n",
        sections={("Résumé" if fr else "Summary"):
                  "Une faille de notre espace membres a laissé ouvrir les dossiers de 2 300 membres. Nous vous présentons "
                  "nos excuses." if fr else
                  "A flaw in our members' area let others open the files of 2,300 members. We are sorry.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "870 dossiers ont été ouverts depuis un seul compte partenaire entre le 1er et le 14 décembre." if fr
                  else "870 files were opened from a single partner account between 1 and 14 December."},
        updates=(("2026-12-18 18:00", "surveillance" if fr else "monitoring",
                  "À ce jour, aucun membre ne nous a signalé de message ou d'appel utilisant ces informations." if fr
                  else "So far, no member has told us of a message or a call that used these details."),
                 ("2026-12-15 09:00", "analyse" if fr else "investigating",
                  "Nous avons fermé l'espace membres." if fr else "We closed the members' area.")))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-15-members{'.fr' if fr else ''}.md", NOW)
    who = _answer(qa, "Qui y a eu accès ?" if fr else "Who accessed it?")
    assert ("un seul compte partenaire" if fr else "a single partner account") in who, who
    fraud = _answer(qa, "victime d'une fraude depuis ?" if fr else "been defrauded since?")
    assert ("aucun membre ne nous a signalé" if fr else "no member has told us") in fraud, fraud


def test_an_email_subject_drops_an_aside_before_it_cuts_the_verb(project, settings, monkeypatch):
    """"Members' files, bank details and home addresses included, exposed through our online
    members' area" is too long for a subject: it goes without the aside ("Members' files exposed
    through…"), never cut before its verb ("Members' files, bank details and home addresses…")."""
    from tests.press_support import copies_at

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-15 09:00",
        title="Members' files, bank details and home addresses included, exposed through our online members' area",
        front="kind: breach\n",
        sections={"Summary": "A flaw in our members' area let others open the files of 2,300 members. We are sorry."},
        updates=(("2026-12-16 18:00", "identified", "We have written to every member concerned."),
                 ("2026-12-15 09:00", "investigating", "We closed the members' area.")))
    emails = copies_at(project, settings, text, "2026-12-15-members.md", NOW, "email")
    email = next(c for c in emails if c.kind == "announcement")
    assert email.subject and "exposed" in email.subject and "included" not in email.subject, email.subject
    # (An update's subject keeps its day, "update 16 Dec, 18:00": a thread read days later.)
    later = next(c for c in emails if c.kind == "update" and c.update_at is not None and c.update_at.day == 16)
    assert later.subject and "exposed" in later.subject and "16 Dec" in later.subject, later.subject


def _chairlift(lang: str) -> str:
    """A chairlift stopped with skiers on board: the first update gives the line for families;
    a later one says the reopening is pushed back to a new day."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-13 12:10",
        title="Le télésiège du Grand-Pré arrêté avec des skieurs à bord" if fr else
        "Grand-Pré chairlift stopped with skiers on board",
        front="kind: safety\n",
        sections={("Résumé" if fr else "Summary"):
                  "Le télésiège du Grand-Pré est fermé depuis son arrêt du 13 décembre. Tous les skieurs ont été "
                  "évacués sains et saufs. Nous présentons nos excuses à tous les skieurs." if fr else
                  "The Grand-Pré chairlift has been closed since it stopped on 13 December. All skiers were brought "
                  "down safe and sound. We apologise to every skier."},
        updates=(("2026-12-17 17:30", "identifié" if fr else "identified",
                  "Le télésiège ne rouvrira pas le samedi 19 décembre comme nous l'espérions. Le fabricant ne peut "
                  "livrer la pièce de rechange qu'en début de semaine prochaine : la réouverture est repoussée au mardi "
                  "22 décembre au plus tôt. Nous sommes désolés pour celles et ceux qui avaient prévu leur séjour en "
                  "comptant sur cette date. Les navettes gratuites continuent toutes les 20 minutes, de 8 h à 17 h." if fr
                  else
                  "The chairlift will not reopen on Saturday 19 December as we had hoped. The maker cannot deliver the "
                  "spare part before early next week: the reopening is pushed back to Tuesday 22 December at the "
                  "earliest. We are sorry for everyone who planned their stay around that date. The free shuttle buses "
                  "keep running every 20 minutes, from 08:00 to 17:00."),
                 ("2026-12-13 12:10", "analyse" if fr else "investigating",
                  "Le télésiège du Grand-Pré est arrêté depuis 11 h 50 avec des skieurs à bord. Il ne peut pas être "
                  "remis en marche. Nos pisteurs ont commencé l'évacuation des sièges par la corde, avec l'aide des "
                  "secours héliportés. Si un de vos proches est à bord, appelez le +41 27 555 14 14. Prochain point à "
                  "15 h 30." if fr else
                  "The Grand-Pré chairlift has been stopped since 11:50 with skiers on board. It cannot be restarted. "
                  "Our ski patrollers have started bringing skiers down from the chairs by rope, helped by helicopter "
                  "rescue teams and mountain guides from the valley. If someone close to you is on board, call "
                  "+41 27 555 14 14. Next update at 15:30.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_lift_text_gives_families_the_line_and_travellers_the_new_day(project, settings, monkeypatch, lang):
    """The first text, sent while skiers are still on board, carries the line families call
    before how the rescue goes; the text of the delay carries the new day it reopens at the
    earliest (« pas avant », never « au plus vite », which says "as soon as possible")."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    texts = {c.update_at.strftime("%d %H:%M") if c.update_at else None: plain(" ".join(c.parts))
             for c in copies_at(project, settings, _chairlift(lang), f"2026-12-13-chairlift{'.fr' if fr else ''}.md",
                                NOW, "sms")}
    assert "555 14 14" in texts["13 12:10"], texts["13 12:10"]
    assert "22" in texts["17 17:30"] and "plus vite" not in texts["17 17:30"], texts["17 17:30"]


def _boil(lang: str, summary_en: str, summary_fr: str, *, later: bool = True) -> str:
    """A boil-water advisory: a first update on the 8th at 7:15, a later one on the 8th at 15:45
    that says tests found nothing and samples will be taken on 9 December, and (`later`) one on
    the 9th."""
    fr = lang == "fr"
    updates = [("2026-12-08 15:45", "identifié" if fr else "identified",
                "Les premières analyses n'ont trouvé aucune contamination ; de nouveaux échantillons seront prélevés le "
                "9 décembre à 9 h." if fr else
                "The first tests found no contamination; a second set of samples will be taken on December 9 at 9 a.m."),
               ("2026-12-08 07:15", "analyse" if fr else "investigating",
                "L'avis est en vigueur dans trois quartiers." if fr else "The advisory is in force in three neighbourhoods.")]
    if later:
        updates.insert(0, ("2026-12-09 11:00", "surveillance" if fr else "monitoring",
                           "Les résultats sont attendus ce soir." if fr else "Results are expected this evening."))
    return statement_file(
        lang=lang, severity="major", started="2026-12-08 07:15",
        title="Avis d'ébullition préventif dans trois quartiers" if fr else "Precautionary boil-water advisory in three "
                                                                             "neighbourhoods",
        front="kind: safety\n",
        sections={("Résumé" if fr else "Summary"): summary_fr if fr else summary_en},
        updates=tuple(updates))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_summary_that_says_this_morning_over_several_days_is_told(project, monkeypatch, lang):
    """"Since 7:15 this morning", written on the 8th and still there after an update on the 9th,
    reads as the 9th everywhere: a warning says so; the same words with updates on one day only,
    or the day written out, are no finding."""
    from tests.press_support import check_problems

    fr = lang == "fr"
    now = "2026-12-09T12:00:00-05:00"
    relative = ("Since 7:15 this morning, tap water must be boiled in three neighbourhoods. We are sorry.",
                "Depuis 7 h 15 ce matin, l'eau du robinet doit être bouillie dans trois quartiers. Nous sommes désolés.")
    named = ("Since 7:15 on December 8, tap water must be boiled in three neighbourhoods. We are sorry.",
             "Depuis le 8 décembre à 7 h 15, l'eau du robinet doit être bouillie dans trois quartiers. Nous sommes "
             "désolés.")
    name = f"2026-12-08-boil{'.fr' if fr else ''}.md"
    found = check_problems(project, monkeypatch, now, _boil(lang, *relative), name)
    assert [p for p in found if p["rule"] == "stale-relative-day"], found
    assert not [p for p in check_problems(project, monkeypatch, now, _boil(lang, *named), name)
                if p["rule"] == "stale-relative-day"]
    assert not [p for p in check_problems(project, monkeypatch, "2026-12-08T16:00:00-05:00",
                                          _boil(lang, *relative, later=False), name)
                if p["rule"] == "stale-relative-day"]


def test_the_qa_never_reads_a_finding_of_nothing_or_a_planned_day_as_when_we_knew(project, settings, monkeypatch):
    """"The first tests found no contamination; samples will be taken on December 9", written on
    the 8th: no "we knew on December 9" (a year back), no delay of 364 days."""
    from tests.test_kit48_words import _qa

    text = _boil("en", "Since 7:15 on December 8, tap water must be boiled in three neighbourhoods. We are sorry.", "")
    qa = _qa(project, settings, monkeypatch, text, "2026-12-08-boil.md", "2026-12-09T12:00:00-05:00")
    assert "364 days" not in qa and "after we knew, on December 9" not in qa, qa


@pytest.mark.parametrize(("sentence", "hedges"), [
    ("The boil-water advisory issued on December 8 for three neighbourhoods was lifted on December 9.", False),
    ("For more than a day, you could not drink tap water without boiling it.", False),
    ("Some customers may be experiencing issues with their water supply.", True),
])
def test_a_summary_that_says_what_happened_plainly_does_not_hedge(project, monkeypatch, sentence, hedges):
    """An advisory "issued" on a day, and what people "could not" do, are said plainly: a major
    statement whose summary says only these is not told that it only hedges."""
    from tests.press_support import check_problems

    text = statement_file(severity="major", started="2026-12-08 07:15", title="Boil-water advisory lifted",
                          sections={"Summary": sentence}, front="",
                          updates=(("2026-12-08 07:15", "investigating", "The advisory is in force."),))
    found = check_problems(project, monkeypatch, "2026-12-08T10:00:00-05:00", text, "2026-12-08-lifted.md")
    assert bool([p for p in found if "only hedges" in p["message"]]) == hedges, found


def test_a_release_history_leaves_an_earlier_update_s_advice_out(project, settings, monkeypatch):
    """An earlier update's "If you are allergic to sesame, do not eat it." told in the past reads
    "If people were allergic to sesame, did not eat it": the advice is in its own section, and
    the history keeps the facts."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="major", started="2026-12-15 17:00", title="Spread recalled: it may contain undeclared sesame",
        front="kind: recall\n",
        sections={"Summary": "We are recalling two lots of our spread, which may contain sesame. If you are allergic "
                             "to sesame, do not eat it."},
        updates=(("2026-12-17 18:00", "monitoring", "1,200 jars have been brought back."),
                 ("2026-12-15 17:00", "investigating", "We are recalling two lots, because they may contain sesame, "
                                                       "which is not on the label. If you are allergic to sesame, do "
                                                       "not eat it. We apologise.")))
    release = plain(render_press_release(write_statement(project, settings, text, "2026-12-15-spread.md"),
                                         settings).markdown)
    assert "did not eat" not in release and "were allergic" not in release, release
    assert "not on the label" in release, release


def test_a_long_linkedin_post_keeps_the_leader_s_words_and_the_cause(project, settings, monkeypatch):
    """A post too long for the account of what happened and the leader's quote both: the quote
    stays, and so does the sentence that gives the cause; how the rescue went is left to the page."""
    from tests.press_support import copies_at

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    rescue = " ".join(f"Cabin {n} was reached by the rescue team at {10 + n}:{10 + n} and its riders were lowered "
                      f"to the ground by rope, one by one, with the help of guides from the valley." for n in range(1, 8))
    text = statement_file(
        severity="critical", started="2026-12-13 12:10", title="Pic-Vert cable car stopped with riders on board",
        front="kind: safety\nspokesperson: {name: Lea Imboden, role: Chief Executive}\n",
        sections={"Summary": "The Pic-Vert cable car has been closed since it stopped on 13 December with 96 riders on "
                             "board. Everyone was brought down safely. We apologise to every rider and their families.",
                  "What happened": "On Sunday 13 December at 11:40, the cable car stopped by itself. " + rescue +
                                   " On 14 December, our engineers found the cause: a brake sensor failed and stopped "
                                   "the drive.",
                  "What we are doing": "\n".join(f"- Check number {n}: our engineers are inspecting part {n} of the "
                                                 f"drive with the maker, and we will publish the results." for n in range(1, 9)),
                  "What you should do": "\n".join(f"- Advice {n}: take the free shuttle bus from the village square, "
                                                  f"every 15 minutes from 08:00 to 17:00." for n in range(1, 5)),
                  "Quote": "\"Families waited hours in the cold, and that should never have happened. We should have "
                           "brought them down much faster, and I apologise to them. The cable car will reopen only when "
                           "the safety investigators allow it.\" Lea Imboden, Chief Executive"},
        updates=(("2026-12-13 12:10", "investigating", "The cable car is stopped with riders on board."),))
    post = next(c for c in copies_at(project, settings, text, "2026-12-13-cable-car.md", NOW, "linkedin")
                if c.kind == "announcement")
    said = " ".join(post.parts)
    assert "I apologise to them" in said, said
    assert "a brake sensor failed" in said, said
    assert max(post.lengths) <= post.limit


def test_a_shortened_linkedin_account_never_keeps_a_lead_in_without_its_point(project, settings, monkeypatch):
    """"On 2 November we installed a new release of the portal." kept without "It let members open
    other members' files…" says nothing: the post keeps both or neither."""
    from tests.press_support import copies_at

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    filler = " ".join(f"Between {n} and {n + 1} December, members in region {n} wrote to us about it, and each "
                      f"message was answered by our support team within a day." for n in range(1, 9))
    text = statement_file(
        severity="critical", started="2026-12-14 18:20", title="Members' files opened through our portal",
        front="kind: breach\nspokesperson: {name: Helen Marsh, role: Managing Director}\n",
        sections={"Summary": "A flaw in our portal let members open other members' files. We are deeply sorry.",
                  "What happened": "On 2 November we installed a new release of the portal. It let a logged-in "
                                   "member open another member's file by changing a number in the address. " + filler,
                  "What we are doing": "\n".join(f"- Step {n}: our engineers are reviewing part {n} of the portal "
                                                 f"with an outside firm, and we will publish what they find." for n in range(1, 16)),
                  "What you should do": "\n".join(f"- Advice {n}: we will never ask for your password by e-mail, "
                                                  f"text or phone; hang up on any such call." for n in range(1, 5)),
                  "Quote": "\"Members trusted us with their files, and our portal let strangers read them. That is our "
                           "failure, and I am sorry. The portal stays closed until an outside firm says it is safe.\" "
                           "Helen Marsh, Managing Director"},
        updates=(("2026-12-14 18:20", "investigating", "We closed the portal."),))
    post = " ".join(next(c for c in copies_at(project, settings, text, "2026-12-14-portal.md", NOW, "linkedin")
                         if c.kind == "announcement").parts)
    assert "I am sorry" in post, post
    assert ("new release of the portal" in post) == ("changing a number in the address" in post), post
