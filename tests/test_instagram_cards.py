"""An Instagram picture is seen alone, by people who scroll past the caption: an update's card
says its news, not a teaser ("We have found the cause."), and a correction's card names what
its corrected date belongs to. Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _cards(project, settings, lang, update, title, summary):
    text = statement_file(lang=lang, front="", title=title, sections={"Summary" if lang == "en" else "Résumé": summary},
                          updates=(("2026-09-03 12:15", "identified" if lang == "en" else "identifié", update),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md")
    return {c.kind: c.visual for c in render_copies(statement, settings, ["instagram"], NOW)}


def test_an_update_card_says_the_news_not_the_teaser(project, settings):
    for lang, update, teaser, news in (
            ("en", "We have found the cause. A software update installed on Saturday made our payment files "
                   "unreadable for the clearing house. Do not send your transfers again: they will leave today.",
             "We have found the cause.", "Do not send your transfers again"),
            ("fr", "Nous en recherchons la cause. Depuis 6 h, les bornes de nos quais refusent les cartes bancaires. "
                   "Si vous ne pouvez pas acheter votre billet, montez à bord.",
             "Nous en recherchons la cause.", "Si vous ne pouvez pas acheter votre billet, montez à bord")):
        card = _cards(project, settings, lang, update,
                      "Transfers delayed" if lang == "en" else "Panne des bornes",
                      "Some transfers are delayed." if lang == "en" else "Les bornes sont en panne.")["update"]
        assert card and teaser not in card, card
        assert news in card, card


def test_a_correction_card_says_what_its_corrected_date_belongs_to(project, settings):
    update = ("We are recalling lot C4471 of our sliced comté, 200 g pack, use by 19/01/2027.\n\n"
              "#### Correction · 2026-09-04 09:15\n"
              "The use-by date of lot C4471 is 09/01/2027, not 19/01/2027 as we first wrote.")
    cards = _cards(project, settings, "en", update, "Recall of sliced comté", "We are recalling a cheese. Do not eat it.")
    card = cards["correction"]
    assert card and "09/01/2027" in card and "C4471" in card, card


def test_a_card_whose_title_apologises_does_not_apologise_again(project, settings):
    text = statement_file(front="", title="Our advert mocked wheelchair users: we removed it and we apologise",
                          sections={"Summary": "Our winter advert mocked people who use wheelchairs. It was wrong and "
                                               "hurtful. We are sorry."})
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    card = {c.kind: c.visual for c in render_copies(statement, settings, ["instagram"], NOW)}["announcement"]
    assert card and "we apologise" in card and "We are sorry" not in card, card


def test_an_update_card_says_what_a_teaser_before_a_colon_leads_to(project, settings):
    update = ("Nous savons comment les criminels sont entrés : ils ont utilisé le mot de passe d'un de nos salariés, "
              "volé par un e-mail frauduleux, pour se connecter à notre système de dossiers de crédit.")
    card = _cards(project, settings, "fr", update, "Données clients copiées",
                  "Des criminels ont copié les données de 1 200 clients.")["update"]
    # Never the announcement alone; "ils" named by the teaser's own subject.
    assert "Les criminels ont utilisé le mot de passe d'un de nos salariés" in card.replace("’", "'"), card
    assert "Nous savons comment" not in card, card


def test_an_update_card_never_carries_a_line_that_points_back(project, settings):
    # « Nous corrigeons ce format » alone on a picture: which format? The card says what people
    # need instead (what they may do, what is back), never how the system was fixed.
    for lang, update, pointing, needed in (
            ("en", "Since a software update to our payments system installed on Saturday 28 November, the euro "
                   "transfer files we send to the clearing house have been rejected because of a badly formatted "
                   "field. We are correcting this format now. Do not send your transfers again: they will all "
                   "leave today.",
             "this format", "Do not send your transfers again"),
            ("fr", "Depuis une mise à jour de notre logiciel de paiements installée le samedi 28 novembre, nos "
                   "fichiers de virements en euros sont rejetés par la chambre de compensation à cause d'un champ "
                   "mal formaté. Nous corrigeons ce format. Ne refaites pas vos virements : ils partiront tous "
                   "aujourd'hui.",
             "ce format", "Ne refaites pas vos virements")):
        card = _cards(project, settings, lang, update, "Transfers delayed" if lang == "en" else "Virements retardés",
                      "Our transfers are delayed. We are sorry." if lang == "en" else
                      "Nos virements sont retardés. Nous vous prions de nous excuser.")["update"]
        card = card.replace("\u00a0", " ").replace("\u202f", " ")
        assert pointing not in card and needed in card, card


def test_a_recall_card_reads_use_by_as_a_date_not_an_instruction(project, settings):
    # "…lot L1, use by 08/01/2027" is no advice: the card keeps the lots and adds what to do.
    card = _cards(project, settings, "en", "We are recalling two lots of sliced raclette, 400 g pack: lot L2631A, use by "
                  "08/01/2027, and lot L2631B, use by 09/01/2027. Do not eat them: take them back to the shop.",
                  "Raclette recall", "We are recalling sliced raclette. Do not eat it.")["update"]
    assert "lot L2631A, use by 08/01/2027" in card and "Do not eat them" in card, card


def test_an_update_card_says_its_news_before_what_still_works(project, settings):
    # « Les virements en livres sterling… fonctionnent normalement » on the picture would hide
    # that euro transfers are blocked.
    card = _cards(project, settings, "fr",
                  "Depuis 9 h ce lundi, les virements en euros émis depuis nos comptes en euros ne partent pas. Les "
                  "virements en livres sterling et les paiements par carte fonctionnent normalement.",
                  "Virements en euros bloqués", "Des virements en euros sont bloqués.")["update"]
    assert card and "les virements en euros émis depuis nos comptes en euros ne partent pas" in card, card
    assert "livres sterling" not in card, card


def test_an_announcement_card_says_who_was_hurt_what_to_do_and_sorry(project, settings):
    summary = ("Le samedi 28 novembre vers 10 h 40, un autocar de notre navette a pris feu sur l'A43. Les 49 passagers "
               "et le conducteur ont été évacués ; trois passagers ont été légèrement blessés et sont tous sortis de "
               "l'hôpital le soir même. Nous sommes désolés pour ce qu'ils ont vécu.")
    card = _cards(project, settings, "fr", "L'autocar a été évacué.", "Incendie d'un autocar sur l'A43", summary)
    assert "trois passagers ont été légèrement blessés" in card["announcement"], card
    summary = ("Depuis le 2 décembre, l'eau du robinet de Grandcour doit être bouillie, car des bactéries y ont été "
               "trouvées. Faites bouillir l'eau au moins 3 minutes avant de la boire, de vous brosser les dents, de "
               "préparer les repas, les biberons ou des glaçons, ou de laver des fruits et légumes consommés crus. "
               "Nous sommes désolés.")
    card = _cards(project, settings, "fr", "Des analyses sont en cours.", "Eau à faire bouillir à Grandcour", summary)
    assert "Faites bouillir l'eau au moins 3 minutes avant de la boire." in card["announcement"], card
    assert "Nous sommes désolés." in card["announcement"], card


def test_an_advert_that_made_a_joke_about_an_illness_is_a_bad_buzz_and_its_card_apologises(project, settings):
    summary = ("On 25 November we posted a Christmas advert for our mince pies that made a joke about a grandmother "
               "with dementia. It was hurtful to people living with dementia and to their families, and we are sorry.")
    card = _cards(project, settings, "en", "We have taken the advert down.",
                  "We have withdrawn our Christmas advert that made a joke about dementia", summary)
    assert "We are sorry." in card["announcement"], card


def test_a_correction_card_says_what_its_corrected_day_or_lot_belongs_to(project, settings):
    for update, fix, meant in (
            ("Refunds to the 212 online customers were issued on 30 November.",
             "The 212 online customers were refunded on 1 December, not on 30 November as we wrote.", "refunded"),
            ("The lots recalled are 3328A and 3328B.", "The second lot is 3329B, not 3328B.", "second lot")):
        cards = _cards(project, settings, "en", f"{update}\n\n#### Correction · 2026-09-04 09:15\n{fix}",
                       "Flapjack Bites recalled", "We are recalling two lots of our Flapjack Bites. We are sorry.")
        # "1 December, not 30 November" alone does not say what happened on the day.
        assert meant in cards["correction"], cards["correction"]


def test_a_boil_water_update_card_keeps_the_instruction_in_force(project, settings):
    text = statement_file(lang="fr", front="kind: safety\n", title="Eau à faire bouillir à Grandcour", sections={
        "Résumé": "Des bactéries ont été trouvées dans l'eau du réseau de Grandcour. Faites bouillir l'eau du robinet au "
                  "moins 3 minutes avant de la boire. Nous sommes désolés."},
        updates=(("2026-09-04 17:30", "surveillance", "Le rinçage du réseau est terminé. Une deuxième série "
                                                      "d'analyses sera prélevée demain matin."),
                 ("2026-09-03 12:15", "identifié", "Faites bouillir l'eau du robinet au moins 3 minutes avant de la "
                                                   "boire.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    card = next(c.visual for c in render_copies(statement, settings, ["instagram"], NOW)
                if c.kind == "update" and c.update_at is not None and c.update_at.day == 4)
    # « Le rinçage du réseau est terminé. » alone on a picture reads as the all-clear.
    assert "aites bouillir" in card, card


def test_a_card_never_says_the_same_line_twice(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-10T15:00:00+01:00")
    summary = ("Mercredi 9 décembre à 10 h 05, notre compte Instagram a publié une story présentant la réservation d'une "
               "place PMR comme « l'astuce ultime pour être au premier rang ». Cette publication était blessante pour les "
               "personnes en situation de handicap. Nous l'avons supprimée à 11 h 50 et nous vous présentons nos excuses.")
    text = statement_file(lang="fr", title="Story Instagram sur les places PMR : nos excuses", severity="minor",
                          started="2026-12-09 12:45", front="", sections={"Résumé": summary},
                          updates=(("2026-12-10 11:30", "résolu", "Nous avons rencontré APF France handicap."),
                                   ("2026-12-09 12:45", "identifié", "Nous avons supprimé la story.")))
    statement = write_statement(project, settings, text, "2026-12-09-story.fr.md")
    for copy in render_copies(statement, settings, ["instagram"], datetime.fromisoformat("2026-12-10T15:00:00+01:00")):
        lines = [line for line in (copy.visual or "").split("\n") if line.strip()]
        assert len(lines) == len(set(lines)), copy.visual


def test_a_card_never_carries_a_title_the_news_has_overtaken(project, settings):
    # The team kept the morning's title, "reduced activity", while the summary says the clinics
    # are back: a picture seen alone would keep patients away from appointments that go ahead.
    for lang, title, summary, update, stale, news in (
            ("en", "IT outage: reduced activity at our three clinics",
             "Our clinics in Aldgate, Bow and Hackney are gradually returning to normal after an IT outage. We are sorry "
             "for the waits.",
             "Since 07:00 our emergency rooms have been receiving ambulances again.", "reduced activity",
             "are gradually returning to normal"),
            ("fr", "Panne informatique : activité réduite dans nos trois cliniques",
             "Nos cliniques d'Aldgate, de Bow et de Hackney reprennent progressivement une activité normale après une "
             "panne informatique. Nous nous excusons pour les attentes.",
             "Depuis 7 h, nos urgences accueillent de nouveau les ambulances.", "activité réduite",
             "reprennent progressivement une activité normale")):
        cards = _cards(project, settings, lang, update, title, summary)
        assert stale not in cards["announcement"] and news in cards["announcement"], cards["announcement"]
        assert stale not in cards["update"] and "ambulances" in cards["update"], cards["update"]
