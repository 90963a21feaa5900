"""Faults that kit 50's graders left open and kit 51's blind statements showed, each checked
here on statements and sentences written for the test."""

from __future__ import annotations

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
