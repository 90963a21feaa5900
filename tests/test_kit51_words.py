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
