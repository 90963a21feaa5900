"""Words of the copies that a communications director called wrong in the sixth blind kit's
regrade, mended with statements written for these tests: a strike's texts that gave today's
figures but not tomorrow's trains, or cut the forecast in the middle of its list."""

from __future__ import annotations

import pytest

from generator.checking.lint.sentences import Block
from generator.checking.lint.text_findings import text_findings
from tests.press_support import statement_file


def _categories(text: str, lang: str) -> set[str]:
    return {f.rule.category for f in text_findings(Block(text, 1), lang)}


@pytest.mark.parametrize(("lang", "sentence"), [
    # Inspectors as the source of a finding, not the ones at fault.
    ("fr", "Les inspecteurs des ascenseurs du canton ont constaté que la poulie de l'appareil était usée, ce qui a "
           "fait glisser les câbles."),
    ("fr", "Les inspecteurs du canton nous ont communiqué leurs premières conclusions."),
    # A child named as such.
    ("en", "The little boy who developed hemolytic uremic syndrome is still in hospital; his condition is stable."),
    # Our own rules broken, told by our inquiry.
    ("fr", "Notre enquête interne a établi que ce cadre a enfreint notre règlement ; il n'occupe plus de fonction "
           "dans laquelle il représente l'entreprise."),
])
def test_clean_sentences_from_the_kit_raise_nothing(lang: str, sentence: str) -> None:
    assert _categories(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    # The same words still carry a fault when it is there.
    ("en", "The inspectors found nothing wrong, so this was simply bad luck and not our fault.", "defensive"),
    ("en", "Only a little inconvenience was caused to a handful of customers.", "minimizing"),
])
def test_the_faults_around_them_are_still_found(lang: str, sentence: str, category: str) -> None:
    assert category in _categories(sentence, lang)


def _copies(project, settings, text: str, name: str, now: str, channel: str):  # type: ignore[no-untyped-def]
    """The copies of one channel for the statement `text`, written as statements/<name>, at `now`."""
    from datetime import datetime

    from generator.rendering.channels import render_copies
    from tests.press_support import write_statement

    return render_copies(write_statement(project, settings, text, name), settings, [channel], datetime.fromisoformat(now))


def _ferry_strike(lang: str, at: str, update: str) -> str:
    """A ferry crews' strike (an outage statement) with the update `update` posted at `at`."""
    fr = lang == "fr"
    return statement_file(lang=lang, severity="major", started="2026-03-09 16:00",
                          title="Grève des équipages des navettes fluviales" if fr else "River shuttle crews on strike",
                          sections={"Résumé" if fr else "Summary": "Une grève des équipages réduit le nombre de navettes "
                                    "sur nos trois lignes." if fr else
                                    "A strike by our crews reduces the number of shuttles on our three lines."},
                          updates=((at, "identifié" if fr else "identified", update),
                                   ("2026-03-09 16:00", "identifié" if fr else "identified",
                                    "Deux syndicats ont déposé un préavis de grève." if fr else
                                    "Two unions have given notice of a strike.")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_strike_evening_text_gives_the_forecast_whole(project, settings, monkeypatch, lang):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-03-11T18:00:00+01:00")
    fr = lang == "fr"
    update = ("Deuxième jour de grève : 46 % des capitaines et 39 % des matelots prévus étaient en grève aujourd'hui. "
              "Le trafic a été conforme aux prévisions.\n\nPrévisions pour samedi 14 et dimanche 15 mars :\n\n"
              "- Quai Nord–Île Verte : 1 navette sur 2.\n- Quai Nord–Les Saules : 2 navettes sur 3.\n"
              "- Quai Nord–Port-Joli : aucune navette. Des bus de remplacement partent toutes les heures.\n\n"
              "Prochain point samedi 14 mars à 17 h." if fr else
              "Second day of the strike: 46% of the captains and 39% of the deckhands rostered were on strike today. "
              "Shuttles ran as forecast.\n\nForecast for Saturday 14 and Sunday 15 March:\n\n"
              "- North Quay–Green Island: 1 shuttle in 2.\n- North Quay–Willows: 2 shuttles in 3.\n"
              "- North Quay–Port Joli: no shuttles. Replacement buses leave every hour.\n\n"
              "Next update on Saturday 14 March at 17:00.")
    text = _ferry_strike(lang, "2026-03-11 17:30", update)
    name = "2026-03-09-strike.fr.md" if fr else "2026-03-09-strike.md"
    copies = _copies(project, settings, text, name, "2026-03-11T18:00:00+01:00", "sms")
    (sms,) = [c.parts[0].replace("\u00a0", " ") for c in copies if c.update_at is not None and c.update_at.day == 11]
    # What a traveller uses tonight is tomorrow's shuttles, every line of the list, with its day.
    assert ("Prévisions pour samedi 14 et dimanche 15 mars" if fr else "Forecast for Saturday 14 and Sunday 15 March") \
        in sms, sms
    for item in (("1 navette sur 2", "2 navettes sur 3", "aucune navette") if fr else
                 ("1 shuttle in 2", "2 shuttles in 3", "no shuttles")):
        assert item in sms, sms
    # Never how the day went against the forecast, nor a heading cut from its figures.
    assert "prévisions." not in sms and "as forecast" not in sms, sms
    assert ("Deuxième jour de grève." if fr else "Second day of the strike.") not in sms, sms


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_text_never_says_there_is_nothing_to_do_without_why(project, settings, monkeypatch, lang):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-03-10T19:00:00+01:00")
    fr = lang == "fr"
    update = ("La réunion avec les syndicats s'est terminée à 17 h 10 sans accord. Nous avons proposé une hausse de 2 % "
              "des salaires ; les syndicats demandent 5 % et maintiennent la grève.\n\nPrévisions pour mercredi 11 mars :"
              "\n\n- Quai Nord–Île Verte : 1 navette sur 2.\n- Quai Nord–Les Saules : 1 navette sur 2.\n"
              "- Quai Nord–Port-Joli : aucune navette. Des bus de remplacement partent toutes les heures de 6 h à 21 h, "
              "et toutes les 20 minutes de 16 h à 19 h.\n\nNous rembourserons aux abonnés 1/30e de leur abonnement par "
              "jour de grève. Vous n'avez rien à faire : le remboursement sera versé automatiquement en avril, sur le "
              "compte qui a payé l'abonnement.\n\nProchain point demain à 17 h 30." if fr else
              "The meeting with the unions ended at 17:10 without an agreement. We offered a 2% pay rise; the unions "
              "are asking for 5% and are keeping the strike going.\n\nForecast for Wednesday 11 March:\n\n"
              "- North Quay–Green Island: 1 shuttle in 2.\n- North Quay–Willows: 1 shuttle in 2.\n"
              "- North Quay–Port Joli: no shuttles. Replacement buses leave every hour from 06:00 to 21:00, and every "
              "20 minutes from 16:00 to 19:00.\n\nWe will refund season-ticket holders 1/30 of their ticket for each "
              "day of the strike. You do not need to do anything: the refund will be paid automatically in April, to "
              "the account that paid for the ticket.\n\nNext update tomorrow at 17:30.")
    text = _ferry_strike(lang, "2026-03-10 18:30", update)
    name = "2026-03-09-strike.fr.md" if fr else "2026-03-09-strike.md"
    copies = _copies(project, settings, text, name, "2026-03-10T19:00:00+01:00", "sms")
    (sms,) = [c.parts[0].replace("\u00a0", " ") for c in copies if c.update_at is not None and c.update_at.day == 10
              and c.update_at.hour == 18]
    assert ("Prévisions pour mercredi 11 mars" if fr else "Forecast for Wednesday 11 March") in sms, sms
    assert ("aucune navette" if fr else "no shuttles") in sms, sms
    assert ("Vous n'avez rien à faire." if fr else "You do not need to do anything.") not in sms, sms


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    # Phrases of the trade that carry their fault whatever the sector (written for this test).
    ("en", "Staff can confirm a reply to patients@[hospital].nhs.uk within two days.", "placeholder"),
    ("fr", "Écrivez-nous à contact@[commune].be pour toute question.", "placeholder"),
    ("en", "The outage was, in all likelihood, caused by a faulty relay at the depot.", "speculation"),
    ("fr", "Selon toute vraisemblance, la panne vient d'un relais défectueux au dépôt.", "speculation"),
    ("en", "We are frankly tired of reading that our lifeguards were asleep.", "emotional"),
    ("fr", "Certaines réactions relèvent de l'hystérie collective.", "emotional"),
    ("en", "The conditions of carriage state that bikes travel at the passenger's risk.", "defensive"),
    ("fr", "Les conditions générales que chaque abonné accepte prévoient une interruption possible du service.",
     "defensive"),
    ("en", "We guarantee that every bottle now in our shops is free of the contaminant.", "overpromise"),
    ("fr", "Le réseau est désormais parfaitement sûr.", "overpromise"),
])
def test_phrases_of_the_trade_are_found(lang: str, sentence: str, category: str) -> None:
    assert category in _categories(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    # The same phrases disclaimed, or with the fault owned, carry no fault.
    ("en", "Many ask whether the pool is totally safe now; nobody can promise that, but every test has passed."),
    ("fr", "Il serait malhonnête de vous dire que le réseau est désormais parfaitement sûr."),
    ("fr", "Deux visiteurs n'ont pas respecté les consignes, mais c'est à nous de les faire respecter, et nous avons "
           "failli."),
])
def test_the_same_phrases_disclaimed_or_owned_are_clean(lang: str, sentence: str) -> None:
    assert _categories(sentence, lang) == set()
