"""Which statements get a text: after a bad buzz (an advert, a post that hurt people) no SMS goes
to every subscriber unless the statement asks for one; an outage, a recall or a breach still gets
its SMS."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")

_STORY = ("Ce matin, notre compte Instagram a publié une story qui présentait la réservation d'une place PMR "
          "comme une astuce pour être bien placé. Cette publication était blessante pour les personnes en "
          "situation de handicap. Nous l'avons supprimée à 11 h 50 et nous vous présentons nos excuses.")
_ADVERT = ("Our Christmas advert made a joke about dementia. It was hurtful to people living with dementia and "
           "to those who care for them. We have withdrawn it and we apologise.")


def _channels(project, settings, *, title: str, summary: str, lang: str, front: str = "") -> set[str]:
    heading = "Résumé" if lang == "fr" else "Summary"
    status = "identifié" if lang == "fr" else "identified"
    text = statement_file(lang=lang, front=front, title=title, severity="minor", sections={heading: summary},
                          updates=(("2026-09-03 12:15", status, summary.split(". ")[-1]),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md")
    return {copy.channel for copy in render_copies(statement, settings, None, NOW)}


def test_a_post_that_hurt_people_gets_no_text_by_default(project, settings):
    french = _channels(project, settings, lang="fr", title="Story Instagram sur les places PMR : nos excuses",
                       summary=_STORY)
    assert "sms" not in french, french
    assert {"x", "facebook", "email"} <= french, french
    english = _channels(project, settings, lang="en", title="Our Christmas advert: we apologise", summary=_ADVERT)
    assert "sms" not in english, english


def test_a_bad_buzz_that_asks_for_a_text_gets_one(project, settings):
    chosen = _channels(project, settings, lang="en", title="Our Christmas advert: we apologise", summary=_ADVERT,
                       front="channels: [sms, x]\n")
    assert chosen == {"sms", "x"}, chosen


def test_an_outage_still_gets_its_text(project, settings):
    chosen = _channels(project, settings, lang="en", title="Card payments failing at checkout",
                       summary="Some card payments fail at checkout since 09:12. We are sorry.")
    assert "sms" in chosen, chosen


def test_an_executives_remarks_in_a_podcast_get_no_text_in_either_language(project, settings):
    # (Kit 34: the French file got no SMS, the English one did: one voice, one choice.)
    english = _channels(project, settings, lang="en", front="kind: incident\n",
                        title="Our apology for an executive's remarks about Quebec customers",
                        summary="In a podcast released on November 26, our Executive Vice-President of Sales mocked "
                                "our customers in Quebec. What he said was insulting and wrong. We apologize.")
    assert "sms" not in english, english
