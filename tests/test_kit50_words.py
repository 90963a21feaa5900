"""Faults that kit 50's blind statements (a beer-bottle recall, a bank's insider breach, an
escalator accident, fake refund texts) showed on arrival, each checked here on statements and
sentences written for the test."""

from __future__ import annotations

import pytest

from tests.press_support import statement_file

NOW = "2026-12-12T12:00:00+01:00"


def _kettles(correction: bool) -> str:
    """A recall whose second update gave 3,412 kettles, set right to 3,142 by a correction."""
    fixed = ("\n\n#### Correction · 2026-12-06 09:00\nThe number of kettles sold is 3,142. The first figure "
             "counted the display models twice." if correction else "")
    return statement_file(
        title="Brewline kettles recalled: the lid can come off", severity="major", started="2026-12-04 10:00",
        sections={"Summary": "We are recalling 3,142 kettles sold since October because the lid can come off. "
                             "Stop using them and bring them back for a refund. We are sorry."},
        updates=(("2026-12-09 11:00", "monitoring", "Most kettles have now been brought back. Next update on "
                                                    "15 December."),
                 ("2026-12-05 16:00", "identified", "A faulty hinge batch is the cause. About 3,412 kettles were "
                                                    "sold." + fixed),
                 ("2026-12-04 10:00", "investigating", "We are recalling the kettles.")))


def test_a_figure_set_right_by_its_correction_is_no_typing_slip(project, monkeypatch):
    """The update keeps its published "3,412" and the correction under it gives 3,142: the check
    does not ask whether two digits were swapped. Without the correction it still asks."""
    from tests.press_support import check_problems

    corrected = check_problems(project, monkeypatch, NOW, _kettles(True), "2026-12-04-kettles.md")
    assert not [p for p in corrected if "typing slip" in p["message"]], corrected
    plain = check_problems(project, monkeypatch, NOW, _kettles(False), "2026-12-04-kettles.md")
    assert [p for p in plain if "typing slip" in p["message"]], plain


def test_a_summary_count_the_newest_update_repeats_is_not_overtaken(project, monkeypatch):
    """« Ce sont 1 870 clients » in the newest update repeats the summary's count; the 25 clients
    who lost money after a fake call are another count, whatever words they share."""
    from tests.press_support import check_problems

    text = statement_file(
        lang="fr", title="Données de clients consultées par un employé du centre d'appels", severity="critical",
        started="2026-12-08 18:00",
        sections={"Résumé": "Un employé de notre centre d'appels a consulté sans motif les comptes de 1 870 clients. "
                            "Nous vous présentons nos excuses."},
        updates=(("2026-12-11 17:00", "identifié", "Nous avons fini nos vérifications. Ce sont 1 870 clients, plus que "
                                                   "les 1 200 annoncés au départ : 1 100 en Irlande et 770 en France. "
                                                   "25 clients nous ont dit avoir perdu de l'argent après un appel "
                                                   "frauduleux. Prochain point le 14 décembre."),
                 ("2026-12-08 18:00", "analyse", "Nous analysons les consultations.")))
    problems = check_problems(project, monkeypatch, NOW, text, "2026-12-08-consultations.fr.md")
    assert not [p for p in problems if "later update says" in p["message"]], problems


def _lookups(lang: str, heading: tuple[str, str], body: tuple[str, str]) -> str:
    """An employee's look-ups of 1,870 customers' accounts (a breach), with one more section:
    `heading` and `body` as (English, French)."""
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-12-08 18:00",
        title="Des comptes de clients consultés sans motif par un employé" if fr else
        "Customer accounts looked up without reason by an employee",
        front="kind: breach\nspokesperson: {name: Aoife Byrne, role: Chief Executive}\n",
        sections={("Résumé" if fr else "Summary"):
                  "Un employé de notre centre d'appels a consulté sans motif les comptes de 1 870 clients. Nous vous "
                  "présentons nos excuses." if fr else
                  "One of our call-centre employees looked up the accounts of 1,870 customers without reason. We are "
                  "sorry.",
                  heading[fr]: body[fr]},
        updates=(("2026-12-08 18:00", "identifié" if fr else "identified",
                  "Nous avons écrit à chaque client concerné." if fr else "We have written to every customer "
                                                                          "concerned."),))


def _answer(qa: str, question: str) -> str:
    """The Q&A's answer to the question that ends with `question`."""
    return qa.split(question, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Scammers then used some of these details to call customers, pretending to be our bank."),
    ("fr", "Des escrocs ont ensuite utilisé certaines de ces données pour appeler des clients."),
    ("fr", "Les voyageurs qui s'y trouvaient ont chuté jusqu'au bas du tapis roulant."),
    ("en", "The passengers on the walkway were thrown to the bottom when it reversed."),
    ("en", "We are angry with ourselves, not with our customers, for letting this happen."),
    ("fr", "La fermeture devrait durer jusqu'à vendredi, mais cette estimation pourra changer après l'expertise."),
])
def test_facts_told_plainly_get_no_finding(lang, sentence):
    """What fraudsters did with some of the data, people hurt in a fall, anger at ourselves and an
    estimate said to be one are plain facts, not a loss of calm, blame or a guess."""
    from tests.press_support import sentence_categories

    assert sentence_categories(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    ("fr", "Des voyageurs sont tombés parce qu'ils couraient sur le tapis roulant.", "blame"),
    ("en", "Some of these so-called journalists clearly have not read the facts.", "defensive"),
    ("en", "The hotel group is itself a victim in this matter.", "defensive"),
    ("fr", "Avec notre nouveau prestataire, ces pannes appartiennent désormais au passé.", "overpromise"),
    ("en", "Word is that the supplier changed its resin without telling anyone.", "speculation"),
])
def test_those_shapes_beside_a_fault_stay_findings(lang, sentence, category):
    from tests.press_support import sentence_categories

    assert category in sentence_categories(sentence, lang)


def _walkway(lang: str) -> str:
    """A moving walkway that reversed: the summary tells who was hurt first, then a sentence that
    leans on it ("of the same model") and what is back in service."""
    fr = lang == "fr"
    summary = ("Le mardi 8 décembre à 16 h 05, un tapis roulant du terminal Lakeshore s'est brusquement inversé et "
               "9 voyageurs ont été blessés ; trois d'entre eux sont toujours hospitalisés. Nous leur présentons nos "
               "excuses, ainsi qu'à leurs familles. Nous avons arrêté tous les tapis du même modèle sur notre réseau, et "
               "20 des 26 ont repris du service après inspection." if fr else
               "On Tuesday, December 8, at 4:05 p.m., a moving walkway at Lakeshore terminal suddenly reversed and "
               "9 passengers were injured; three of them are still in hospital. We are deeply sorry to them and to "
               "their families. We have stopped every walkway of the same model on our network, and 20 of the 26 are "
               "back in service after inspection.")
    advice = ("- Là où les tapis sont arrêtés, prenez les escaliers ou les ascenseurs. Notre personnel est là pour "
              "vous aider.\n- Si vous avez été blessé le 8 décembre, appelez-nous au 613-555-0199, tous les jours de "
              "7 h à 21 h." if fr else
              "- Where walkways are stopped, please use the stairs or the lifts. Our staff are there to help.\n"
              "- If you were hurt on December 8, call us on 613-555-0199, every day from 7 a.m. to 9 p.m.")
    return statement_file(
        lang=lang, severity="critical", started="2026-12-08 16:40",
        title="Neuf voyageurs blessés sur un tapis roulant du terminal Lakeshore" if fr else
        "Nine passengers injured on a moving walkway at Lakeshore terminal",
        front="kind: safety\nspokesperson: {name: Dana Leclerc, role: General Manager}\n",
        sections={("Résumé" if fr else "Summary"): summary,
                  ("Ce que vous pouvez faire" if fr else "What you should do"): advice},
        updates=(("2026-12-10 14:00", "identifié" if fr else "identified",
                  "Vingt des 26 tapis ont repris du service. Trois voyageurs sont toujours hospitalisés." if fr else
                  "20 of the 26 walkways are back in service. Three passengers are still in hospital."),
                 ("2026-12-08 16:40", "analyse" if fr else "investigating",
                  "À 16 h 05, un tapis roulant s'est inversé et des voyageurs sont tombés. Le terminal est fermé." if fr
                  else "At 4:05 p.m. a moving walkway reversed and passengers fell. The terminal is closed.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_accident_text_tells_who_was_hurt_before_what_is_back_in_service(project, settings, monkeypatch, lang):
    """The only SMS of an accident says what happened and that people were hurt; "20 of the 26
    are back in service" never stands in its place."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)

    sms = next(c for c in copies_at(project, settings, _walkway(lang), f"2026-12-08-walkway{'.fr' if lang == 'fr' else ''}.md",
                                NOW, "sms") if c.kind == "announcement")
    text = plain(sms.parts[0])
    assert ("blessés" if lang == "fr" else "injured") in text, text
    assert sms.lengths[0] <= sms.limit


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_earlier_update_s_subject_starts_with_a_capital_when_the_title_loses_its_count(project, settings, monkeypatch, lang):
    """"Nine passengers injured…" over the first update, which had not counted them: its subject
    reads "Passengers injured…", never "passengers injured…"."""
    from tests.press_support import copies_at

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    emails = copies_at(project, settings, _walkway(lang), f"2026-12-08-walkway{'.fr' if lang == 'fr' else ''}.md",
                       NOW, "email")
    first = next(c for c in emails if c.kind == "update" and c.update_at is not None and c.update_at.day == 8)
    assert first.subject and first.subject[:1].isupper(), first.subject
    assert not first.subject.startswith(("Nine", "Neuf")), first.subject


def _fake_texts(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="minor", started="2026-12-10 09:30",
        title="Les textos offrant un remboursement de Lignabus sont une arnaque" if fr else
        "Texts offering a Lignabus refund are a scam",
        front="",
        sections={("Résumé" if fr else "Summary"):
                  "Depuis le matin du 10 décembre, des voyageurs reçoivent de faux textos qui leur proposent un "
                  "remboursement de 12 € de Lignabus. Ne cliquez pas sur le lien." if fr else
                  "Since the morning of December 10, passengers have been receiving fake texts offering a €12 refund "
                  "from Lignabus. Do not click the link."},
        updates=(("2026-12-11 11:00", "surveillance" if fr else "monitoring",
                  "Le faux site a été fermé ce matin. Nous restons attentifs et ferons le point d'ici le dimanche "
                  "13 décembre à 11 h." if fr else
                  "The fake site was taken down this morning. We are watching for any new site and will post again "
                  "by Sunday, December 13, at 11 a.m."),
                 ("2026-12-10 09:30", "analyse" if fr else "investigating",
                  "Des voyageurs reçoivent des textos qui leur proposent un remboursement de 12 €. Ils ne viennent pas "
                  "de nous : ne cliquez pas sur le lien et ne donnez pas les données de votre carte." if fr else
                  "Passengers are receiving texts offering a €12 refund. They do not come from us: do not click the "
                  "link and do not give your card details.")))


def test_a_french_text_keeps_the_tense_of_people_receiving_fake_messages(project, settings, monkeypatch):
    """GSM-7 has no « ç »: « reçoivent de faux textos » becomes « sont la cible de faux textos »,
    never « vont recevoir », which announces the scam as to come."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)

    sms = {c.update_at.strftime("%H:%M") if c.update_at else None: plain(c.parts[0])
           for c in copies_at(project, settings, _fake_texts("fr"), "2026-12-10-textos.fr.md", NOW, "sms")}
    assert "sont la cible de faux textos" in sms[None], sms[None]
    assert "vont recevoir" not in " ".join(sms.values()), sms
    assert "ne viennent pas de nous" in sms["09:30"], sms["09:30"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_text_says_each_instruction_once_and_the_next_update_once(project, settings, monkeypatch, lang):
    """"They do not come from us: do not click the link…" is never followed by the same order
    again; an update that says when it will post again gets no second "Next update by…"."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)

    copies = copies_at(project, settings, _fake_texts(lang), f"2026-12-10-texts{'.fr' if lang == 'fr' else ''}.md",
                       NOW, "sms")
    texts = {c.update_at.strftime("%H:%M") if c.update_at else None: plain(c.parts[0]) for c in copies}
    order = "ne cliquez pas sur le lien" if lang == "fr" else "do not click the link"
    assert texts["09:30"].casefold().count(order) == 1, texts["09:30"]
    promise = ("13 décembre", "Prochain point") if lang == "fr" else ("December 13", "Next update")
    assert promise[0] in texts["11:00"] and promise[1] not in texts["11:00"], texts["11:00"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_the_password_question_from_what_was_not_exposed(project, settings, monkeypatch, lang):
    """"Passwords and PINs were not visible to this employee and were not exposed" names our
    employee and answers the reader: the password question is answered, not left open."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = _lookups(lang, ("What happened", "Ce qui s'est passé"),
                    ("Passwords and PINs were not visible to this employee and were not exposed.",
                     "Les mots de passe et les codes PIN n'étaient pas visibles pour cet employé et n'ont pas été "
                     "exposés."))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-08-lookups{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "mot de passe ?" if fr else "change my password?")
    assert ("mots de passe" if fr else "Passwords and PINs") in part, part
    assert "UNANSWERED" not in part and "SANS RÉPONSE" not in part, part


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_gives_the_number_sold_its_correction_set_right(project, settings, monkeypatch, lang):
    """"About 3,412 kettles were sold", corrected to "The number of kettles sold is 3,142": the
    Q&A's "How many units were sold?" never answers with the withdrawn figure."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = _kettles(True) if not fr else statement_file(
        lang="fr", title="Rappel des bouilloires Brewline : le couvercle peut se détacher", severity="major",
        started="2026-12-04 10:00",
        sections={"Résumé": "Nous rappelons les bouilloires Brewline vendues depuis octobre, dont le couvercle peut "
                            "se détacher. Rapportez-les pour être remboursé. Nous vous présentons nos excuses."},
        updates=(("2026-12-09 11:00", "surveillance", "La plupart des bouilloires ont été rapportées."),
                 ("2026-12-05 16:00", "identifié", "Un lot de charnières défectueux est en cause. Environ 3 412 "
                                                   "bouilloires ont été vendues.\n\n#### Rectificatif · 2026-12-06 "
                                                   "09:00\nLe nombre de bouilloires vendues est de 3 142. Le premier "
                                                   "chiffre comptait deux fois les modèles d'exposition."),
                 ("2026-12-04 10:00", "analyse", "Nous rappelons les bouilloires.")))
    text = text.replace("severity: major", "severity: major\nkind: recall", 1)
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-04-kettles{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "vendues ?" if fr else "units were sold?")
    assert ("3 142" if fr else "3,142") in part, part
    assert "3 412" not in part and "3,412" not in part, part


def test_the_checklist_counts_the_regulator_s_72_hours_from_the_day_we_found_it(project, settings, monkeypatch):
    """"On 3 December we found…" in a statement first published on the 8th: the 72 hours run from
    3 December, and the first public word is marked late, never done on time."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-08 18:00", title="Customer accounts looked up by an employee",
        front="kind: breach\nspokesperson: {name: Aoife Byrne, role: Chief Executive}\n",
        sections={"Summary": "One of our employees looked up the accounts of 1,870 customers without reason. We are "
                             "sorry.",
                  "What happened": "On 3 December, customers told us that callers knew their balance. We removed the "
                                   "employee's access the same day."},
        updates=(("2026-12-08 18:00", "identified", "We reported the breach to the data protection authority on "
                                                    "5 December."),))
    statement = write_statement(project, settings, text, "2026-12-08-lookups.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"]
    regulator = checklist.split("72 hours of becoming aware", 1)[1].split("\n- [", 1)[0]
    assert "6 December" in regulator, regulator
    first_word = checklist.split("First public word", 1)[1].split("\n- [", 1)[0]
    assert "late" in first_word and "3 December" in first_word, first_word


def test_the_release_keeps_the_capitals_of_a_place_and_a_month_it_attributes(project, settings, monkeypatch):
    """"TransRideau said Bytown station reopened…", never "said bytown station"; a corrected date
    reads "first published as October 14", never "october 14"."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = _walkway("en").replace(
        '("2026-12-10 14:00"', '("2026-12-10 14:00"')
    text = text.replace("### 2026-12-08 16:40 · investigating",
                        "### 2026-12-09 09:00 · identified\nLakeshore terminal reopened at 5 a.m. with its walkways "
                        "stopped. The walkway at Lakeshore was last inspected on October 14.\n\n#### Correction · "
                        "2026-12-09 10:30\nThe walkway at Lakeshore was last inspected on August 14, not October 14."
                        "\n\n### 2026-12-08 16:40 · investigating")
    release = plain(render_press_release(write_statement(project, settings, text, "2026-12-08-walkway.md"),
                                         settings).markdown)
    assert "lakeshore terminal" not in release and "october 14" not in release, release
    assert "Lakeshore terminal reopened" in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_compensation_and_lost_money_from_the_statement(project, settings, monkeypatch, lang):
    """"We are covering their medical and travel costs" answers "Will people be compensated?";
    "31 of the 37 customers who lost money" answers whether anyone lost money."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    walkway = _walkway(lang).replace(
        ("## Ce que vous pouvez faire" if fr else "## What you should do"),
        ("## Ce que nous faisons\nNotre service à la clientèle a appelé chaque voyageur blessé, et nous prenons en "
         "charge ses frais médicaux et de déplacement.\n\n## Ce que vous pouvez faire" if fr else
         "## What we are doing\nOur customer care team has called every injured passenger, and we are covering "
         "their medical and travel costs.\n\n## What you should do"))
    qa = _qa(project, settings, monkeypatch, walkway, f"2026-12-08-walkway{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "indemnisées ?" if fr else "compensated?")
    assert ("frais médicaux" if fr else "medical and travel costs") in part, part
    if not fr:
        breach = statement_file(
            severity="critical", started="2026-12-08 18:00", title="Customer accounts looked up by an employee",
            front="kind: breach\nspokesperson: {name: Aoife Byrne, role: Chief Executive}\n",
            sections={"Summary": "One of our employees looked up the accounts of 1,870 customers without reason, and "
                                 "fraudsters then called some of them. We are sorry."},
            updates=(("2026-12-11 17:00", "identified", "We have refunded 20 of the 25 customers who lost money, "
                                                        "€98,000 in all."),
                     ("2026-12-08 18:00", "identified", "We have written to every customer concerned.")))
        qa = _qa(project, settings, monkeypatch, breach, "2026-12-08-lookups.md", NOW)
        part = _answer(qa, "lost money or been defrauded since?")
        assert "20 of the 25 customers who lost money" in part, part


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_reply_after_our_breach_apologises_for_it_even_when_scam_calls_followed(project, settings, monkeypatch, lang):
    """Scam calls made with data our own employee let out are ours to apologise for: never "I am
    sorry you were targeted. These messages did not come from us"."""
    from generator.rendering.documents import render_documents
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-12-08 18:00",
        title="Des données de clients consultées par un employé, puis utilisées pour des appels frauduleux" if fr else
        "Customer details looked up by an employee and used in scam calls",
        front="kind: breach\nspokesperson: {name: Aoife Byrne, role: Chief Executive}\n",
        sections={("Résumé" if fr else "Summary"):
                  "Un employé a consulté sans motif les comptes de 1 870 clients. Des escrocs ont ensuite appelé des "
                  "clients en se faisant passer pour nous. Nous vous présentons nos excuses." if fr else
                  "One of our employees looked up the accounts of 1,870 customers without reason. Fraudsters then "
                  "phoned some of them, pretending to be us. We are sorry."},
        updates=(("2026-12-08 18:00", "identifié" if fr else "identified",
                  "Nous avons écrit à chaque client concerné." if fr else "We have written to every customer "
                                                                          "concerned."),))
    statement = write_statement(project, settings, text, f"2026-12-08-lookups{'.fr' if fr else ''}.md")
    replies = plain({d.kind: d.text for d in render_documents(statement, settings)}["replies"])
    assert "did not come from us" not in replies and "ne viennent pas de nous" not in replies, replies[:600]
    assert ("excuses" if fr else "sorry") in replies.split("[[", 3)[-1][:400], replies[:600]


def test_a_french_release_gives_a_brewery_its_article_and_the_products_their_agreement(project, settings, monkeypatch):
    """« La Brasserie Orvanne rappelle trois lots…, vendus seuls ou dans son coffret », never
    « Brasserie Orvanne rappelle… vendus seule »; the advice names our free line and our other
    beers in the third person, « le numéro gratuit de… », « les autres bières de… »."""
    import dataclasses

    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    brewery = dataclasses.replace(settings, organisation="Brasserie Orvanne", short_name="", organisation_names={})
    text = statement_file(
        lang="fr", severity="major", started="2026-12-04 17:30", front="kind: recall\n",
        title="Rappel de la Blonde Orvanne 33 cl : des bouteilles peuvent éclater",
        sections={"Résumé": "Nous rappelons trois lots de Blonde Orvanne 33 cl, vendus seuls ou dans notre coffret "
                            "de Noël, parce que des bouteilles peuvent éclater. Nous vous présentons nos excuses.",
                  "Ce que vous pouvez faire": "- Rapportez les bouteilles au magasin : vous serez remboursé.\n- Si "
                                              "vous ne pouvez pas vous déplacer, appelez notre numéro gratuit 0800 "
                                              "55 120.\n- Nos autres bières ne sont pas concernées."},
        updates=(("2026-12-04 17:30", "analyse", "Nous rappelons les lots B1, B2 et B3."),))
    release = plain(render_press_release(write_statement(project, brewery, text, "2026-12-04-blonde.fr.md"),
                                         brewery).markdown)
    assert "La Brasserie Orvanne rappelle trois lots" in release, release[:600]
    assert "vendus seuls" in release and "vendus seule" not in release, release[:600]
    assert "notre numéro" not in release and "Nos autres bières" not in release, release
    assert "le numéro gratuit de la Brasserie Orvanne" in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_gives_as_cause_what_the_tests_found(project, settings, monkeypatch, lang):
    """"Tests found a wild yeast in one fermentation tank" answers "What caused it?", never how
    the bottles burst on a shelf."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-04 17:30", front="kind: recall\n",
        title="Rappel de la Blonde Orvanne : des bouteilles peuvent éclater" if fr else
        "Orvanne Blonde recalled: bottles can burst",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons trois lots de Blonde Orvanne. Nous vous présentons nos excuses." if fr else
                  "We are recalling three batches of Orvanne Blonde. We are sorry.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "Le 3 décembre, deux bouteilles ont éclaté dans le rayon d'un magasin de Namur." if fr else
                  "On 3 December, two bottles burst on a shelf in a shop in Namur."},
        updates=(("2026-12-05 16:00", "identifié" if fr else "identified",
                  "Les analyses ont trouvé une levure sauvage dans une cuve de fermentation." if fr else
                  "Tests found a wild yeast in one fermentation tank."),
                 ("2026-12-04 17:30", "analyse" if fr else "investigating",
                  "Nous rappelons les lots B1, B2 et B3." if fr else "We are recalling lots B1, B2 and B3.")))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-04-blonde{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "la cause ?" if fr else "What caused it?")
    assert ("levure sauvage" if fr else "wild yeast") in part, part
    assert ("ont éclaté" if fr else "burst on a shelf") not in part, part


def test_a_resolved_french_summary_that_still_promises_a_point_is_told(project, monkeypatch):
    """« Nous publierons un nouveau point d'ici 10 h » beside "Resolved" is work under way, as its
    English twin is."""
    from tests.press_support import check_problems

    text = statement_file(
        lang="fr", severity="minor", started="2026-12-06 08:00", title="Traversées Brest–Ouessant annulées",
        sections={"Résumé": "Les traversées ont repris ce matin. Nous publierons un nouveau point d'ici 10 h."},
        updates=(("2026-12-07 09:00", "résolu", "Les traversées ont repris."),
                 ("2026-12-06 08:00", "analyse", "Les traversées sont annulées.")))
    problems = check_problems(project, monkeypatch, NOW, text, "2026-12-06-traversees.fr.md")
    assert any("nouveau point" in p["message"] for p in problems), problems


def test_a_text_never_puts_our_number_on_the_line_about_what_we_never_ask(project, settings, monkeypatch):
    """"…will never ask for your PIN on the phone" stays as written: our number goes with the
    instruction to call us, never after the warning, where it reads as the number that never asks."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="critical", started="2026-12-08 18:00", title="Customer details looked up by an employee",
        front="kind: breach\n",
        sections={"Summary": "One of our employees looked up the accounts of 1,870 customers without reason. We are "
                             "sorry.",
                  "What you should do": "- We will never ask for your PIN or a code from the app on the phone.\n- If "
                                        "someone calls you saying they are from us, hang up and call us back on 01 555 "
                                        "0100."},
        updates=(("2026-12-08 18:00", "identified", "We have written to every customer concerned."),))
    sms = plain(next(c for c in copies_at(project, settings, text, "2026-12-08-lookups.md", NOW, "sms")
                     if c.kind == "announcement").parts[0])
    assert "on the phone on 01" not in sms, sms


def test_the_closing_text_says_the_service_runs_again_before_anything_else(project, settings, monkeypatch):
    """« Les traversées … fonctionnent de nouveau normalement depuis le départ de 8 h 30… » too
    long beside the refund: the text keeps that they run again (without since when), never the
    refund alone."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-07T12:00:00+01:00")
    text = statement_file(
        lang="fr", severity="major", started="2026-12-06 08:09",
        title="Tempête : les traversées Brest–Ouessant de ce soir sont annulées",
        sections={"Résumé": "En raison d'une tempête, nous avons annulé les traversées de ce soir entre Brest et "
                            "Ouessant ; environ 300 passagers sont concernés. Nous en sommes désolés."},
        updates=(("2026-12-07 08:50", "résolu", "Les traversées entre Brest et Ouessant fonctionnent de nouveau "
                                                "normalement depuis le départ de 8 h 30 de Brest ce matin. Si votre "
                                                "traversée de dimanche soir a été annulée, vous pouvez toujours être "
                                                "remboursé intégralement ou changer de traversée sans frais. Nous vous "
                                                "prions encore de nous excuser pour la gêne occasionnée."),
                 ("2026-12-06 08:09", "analyse", "Nous avons annulé les traversées de ce soir.")))
    sms = next(plain(c.parts[0]) for c in copies_at(project, settings, text, "2026-12-06-tempete.fr.md",
                                                     "2026-12-07T12:00:00+01:00", "sms")
               if c.update_at is not None and c.update_at.hour == 8 and c.update_at.day == 7)
    assert "fonctionnent de nouveau normalement" in sms, sms


def test_a_recall_text_keeps_its_lots_when_the_first_aid_has_no_short_form(project, settings, monkeypatch):
    """A paragraph of first aid too long for a text never pushes out the recalled lots: without
    them every bottle is suspect."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = statement_file(
        severity="major", started="2026-12-04 17:30", front="kind: recall\n",
        title="Orvanne Blonde 75 cl recalled because bottles can burst",
        sections={"Summary": "We are recalling three batches of Orvanne Blonde 75 cl, sold on their own or in our "
                             "Christmas gift box, because bottles can burst under pressure. Do not open these bottles; "
                             "take them back to the shop and you will get a refund. We are sorry.",
                  "Recalled products": "| Product | Lot |\n|---|---|\n| Orvanne Blonde 75 cl | B2611-24 |\n"
                                       "| Orvanne Blonde 75 cl | B2611-25 |\n| Orvanne gift box | B2611-26 |",
                  "Health advice": "If you have been cut by a piece of glass, clean the wound with clean water. If it "
                                   "bleeds heavily or a piece of glass is still in it, see a doctor or go to an "
                                   "emergency department. In an emergency, call 112."},
        updates=(("2026-12-04 17:30", "investigating", "We are recalling lots B2611-24, B2611-25 and B2611-26."),))
    sms = plain(next(c for c in copies_at(project, settings, text, "2026-12-04-blonde.md", NOW, "sms")
                     if c.kind == "announcement").parts[0])
    assert "B2611-24" in sms and "B2611-26" in sms, sms


def test_a_french_release_drops_an_earlier_update_s_promise_of_a_point(project, settings, monkeypatch):
    """« Nous publierons un point d'ici 21 h 30 », an earlier update's promise long kept, is never
    printed as « TransRideau publiera un point d'ici 21 h 30 » in a release issued days later."""
    from generator.rendering.press import render_press_release
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    text = _walkway("fr").replace(
        "À 16 h 05, un tapis roulant s'est inversé et des voyageurs sont tombés. Le terminal est fermé.",
        "À 16 h 05, un tapis roulant s'est inversé et des voyageurs sont tombés. Le terminal est fermé. Nous "
        "publierons un point d'ici 21 h 30.")
    release = plain(render_press_release(write_statement(project, settings, text, "2026-12-08-walkway.fr.md"),
                                         settings).markdown)
    assert "21 h 30" not in release, release


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_checklist_names_the_countries_of_sale_and_reads_blocked_lots_as_withdrawn(
        project, settings, monkeypatch, lang):
    """Sold in Belgium, France and the Netherlands, from a site in France: the authority step says
    to tell Belgium's and the Netherlands' too; "We blocked the batch that evening" shows the
    lots withdrawn."""
    from generator.rendering.documents import render_documents
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-12-04 17:30", front="kind: recall\n",
        title="Rappel de la Blonde Orvanne : des bouteilles peuvent éclater" if fr else
        "Orvanne Blonde recalled: bottles can burst",
        sections={("Résumé" if fr else "Summary"):
                  "Nous rappelons trois lots de Blonde Orvanne. Nous vous présentons nos excuses." if fr else
                  "We are recalling three batches of Orvanne Blonde. We are sorry.",
                  ("Ce qui s'est passé" if fr else "What happened"):
                  "Nous avons bloqué le lot le soir même. Les bouteilles ont été vendues en Belgique, en France et "
                  "aux Pays-Bas depuis le 27 novembre." if fr else
                  "We blocked the batch that evening. The bottles have been on sale in Belgium, France and the "
                  "Netherlands since 27 November."},
        updates=(("2026-12-04 17:30", "analyse" if fr else "investigating",
                  "Nous rappelons les lots B1, B2 et B3." if fr else "We are recalling lots B1, B2 and B3."),))
    statement = write_statement(project, settings, text, f"2026-12-04-blonde{'.fr' if fr else ''}.md")
    checklist = plain({d.kind: d.text for d in render_documents(statement, settings)}["checklist"])
    assert ("(la Belgique et les Pays-Bas)" if fr else "Sold in Belgium and the Netherlands too") in checklist, checklist
    withdraw = checklist.split("retirez les lots" if fr else "withdraw the lots", 1)[1].split("- [", 1)[0]
    assert ("bloqué le lot" if fr else "blocked the batch") in withdraw, withdraw


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_will_it_happen_again_from_the_new_rule(project, settings, monkeypatch, lang):
    """"Call-centre staff can now only open an account while that customer is on the line" is
    what changes: "Will it happen again?" quotes it rather than refusing to speculate."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = _lookups(lang, ("What we are doing", "Ce que nous faisons"),
                    ("- Advisers can now only open a customer's file while that customer is on the line.",
                     "- Les conseillers ne peuvent désormais ouvrir un dossier client que si le client est en ligne."))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-08-lookups{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "se reproduire ?" if fr else "happen again?")
    assert ("ne peuvent désormais ouvrir" if fr else "can now only open") in part, part


def test_the_french_qa_finds_the_paramedics_among_the_emergency_services(project, settings, monkeypatch):
    """« le Service paramédic d'Ottawa a transporté neuf personnes à l'hôpital » answers « Les
    secours et les autorités sont-ils intervenus ? », as its English twin does."""
    from tests.test_kit48_words import _qa

    text = _walkway("fr").replace(
        "## Ce que vous pouvez faire",
        "## Ce qui s'est passé\nNotre personnel a actionné l'arrêt d'urgence, et le Service paramédic de Toronto a "
        "transporté neuf personnes à l'hôpital.\n\n## Ce que vous pouvez faire")
    qa = _qa(project, settings, monkeypatch, text, "2026-12-08-walkway.fr.md", NOW)
    part = _answer(qa, "sont-ils intervenus ?")
    assert "Service paramédic" in part, part


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_canadian_safety_checklist_speaks_of_canadian_bodies(project, settings, monkeypatch, lang):
    """A site in Ontario: no "labour inspectorate" nor "works council", no « inspection du
    travail »; the provincial workplace-safety body instead."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from generator.rendering.documents import render_documents
    from tests.press_support import plain, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    ontario = dataclasses.replace(settings, timezone=ZoneInfo("America/Toronto"))
    statement = write_statement(project, ontario, _walkway(lang), f"2026-12-08-walkway{'.fr' if lang == 'fr' else ''}.md")
    checklist = plain({d.kind: d.text for d in render_documents(statement, ontario)}["checklist"])
    for european in ("labour inspectorate", "works council", "inspection du travail"):
        assert european not in checklist, checklist
    assert ("santé et de sécurité du travail" if lang == "fr" else "workplace health and safety") in checklist, checklist


def test_a_french_release_tells_our_own_call_centre_in_the_third_person():
    """« un employé de notre propre centre d'appels a consulté… » becomes « un employé du centre
    d'appels de Calypso Pay a consulté… » in the lead, never a quotation of our own words."""
    from generator.rendering.person import french

    told = french(["Entre le 12 octobre et le 3 décembre, un employé de notre propre centre d'appels a consulté "
                   "sans aucun motif les comptes de 1 870 clients."], "Calypso Pay")
    assert told == ["Entre le 12 octobre et le 3 décembre, un employé du centre d'appels de Calypso Pay a consulté "
                    "sans aucun motif les comptes de 1 870 clients."], told


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_says_what_data_was_seen_before_what_was_not(project, settings, monkeypatch, lang):
    """"The details looked up were: name, phone number, IBAN…" answers "What data exactly?"; the
    sentence on passwords not exposed alone would hide what was."""
    from tests.test_kit48_words import _qa

    fr = lang == "fr"
    text = _lookups(lang, ("What happened", "Ce qui s'est passé"),
                    ("The details looked up were: name, phone number, IBAN and balance. Passwords were not exposed.",
                     "Les données consultées sont : nom, numéro de téléphone, IBAN et solde. Les mots de passe n'ont "
                     "pas été exposés."))
    qa = _qa(project, settings, monkeypatch, text, f"2026-12-08-lookups{'.fr' if fr else ''}.md", NOW)
    part = _answer(qa, "données exactement ?" if fr else "What data exactly?")
    assert ("numéro de téléphone, IBAN" if fr else "phone number, IBAN") in part, part


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_apology_to_them_said_apart_from_the_news_names_the_people_hurt(project, settings, monkeypatch, lang):
    """"We are deeply sorry to them and to their families" in a post of its own says to whom: "to
    the people who were hurt", « aux personnes blessées »; never a "them" that names no one."""
    from tests.press_support import copies_at, plain

    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    fr = lang == "fr"
    text = _walkway(lang).replace(
        "Nous leur présentons nos excuses, ainsi qu'à leurs familles.",
        "Nous leur présentons, ainsi qu'à leurs familles, nos plus sincères excuses.")
    posts = [plain(part) for c in copies_at(project, settings, text, f"2026-12-08-walkway{'.fr' if fr else ''}.md",
                                            NOW, "threads") if c.kind == "announcement" for part in c.parts]
    said = " ".join(posts)
    assert ("aux personnes blessées" if fr else "sorry to the people who were hurt") in said, posts
    assert "sorry to them" not in said and "Nous leur présentons" not in said, posts
