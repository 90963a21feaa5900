"""What a text says of names and news, checked on statements written for these tests: an
announcement told by its title is still signed; a regulator GSM-7 cannot spell goes by the
acronym its statement uses; a named hospital keeps its name; French words GSM-7 cannot accent
are said in words it has; a stale title gives way to the summary's news; and an update's text
leads with what changes for people (the extension of a ban, appointments that go ahead), and a
breach update texts what was exposed."""

from __future__ import annotations

import re

from datetime import datetime

from generator.rendering.channels import counting, render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _sms(project, settings, *, title: str, summary: str, update: str | None = None, kind: str = "update",
         front: str = "", lang: str = "fr", advice: str | None = None) -> str:
    heading = "Résumé" if lang == "fr" else "Summary"
    sections = {heading: summary}
    if advice:
        sections["Ce que vous pouvez faire" if lang == "fr" else "What you can do"] = advice
    updates = (("2026-09-03 12:15", "identifié" if lang == "fr" else "identified",
                update or ("Prochain point à 18 h." if lang == "fr" else "Next update at 18:00.")),)
    text = statement_file(lang=lang, front=front, title=title, sections=sections, updates=updates)
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    statement = write_statement(project, settings, text, name)
    sms = {c.kind: c for c in render_copies(statement, settings, ["sms"], NOW)}[kind].parts[0]
    assert counting.sms_segments(sms) <= 2, sms
    return sms.replace("’", "'")


def test_an_announcement_told_by_its_title_still_names_its_sender(project, settings):
    # The summary opens on the company's own name, too long for a text: the title says the news,
    # and the text is signed (never « rappel, barres… » from nobody).
    summary = (f"{settings.organisation_in('fr')} rappelle ses barres tendres maison « Érable et avoine » vendues dans ses cafés, "
               "au chalet du sommet et à la boutique du village du 28 novembre au 8 décembre 2026, parce qu'elles "
               "peuvent contenir des arachides qui ne figurent pas sur l'étiquette. Si vous êtes allergique aux "
               "arachides, ne mangez pas ces barres. Nous en sommes désolés.")
    sms = _sms(project, settings, kind="announcement", front="kind: recall\n",
               title="Rappel : barres tendres maison Érable et avoine, présence d'arachides non déclarée",
               summary=summary)
    sender = settings.short_name or settings.organisation_in("fr")
    # (Read on a later day than the recall's, the sender says its day: « Calypso Pay, 3 septembre : ».)
    assert re.match(rf"{re.escape(sender)}(?:, 3 septembre)? : rappel, barres tendres", sms), sms


def test_a_regulator_gsm_7_cannot_spell_goes_by_the_acronym_its_statement_uses(project, settings):
    update = ("La Régie du bâtiment du Québec a inspecté le télésiège ce matin et autorisé sa remise en service à "
              "9 h 05. La remontée ouvrira au public à 10 h 30. Merci de votre patience.")
    sms = _sms(project, settings, title="Télésiège Le Lac arrêté",
               summary="Le télésiège Le Lac est fermé jusqu'à l'inspection de la RBQ.", update=update)
    assert "la RBQ a inspecté le télésiège" in sms, sms
    assert "batiment" not in sms, sms
    assert "ouvrira au public à 10 h 30" in sms, sms


def test_a_named_hospital_keeps_its_name(project, settings):
    update = ("Une skieuse a été transportée à l'Hôpital Laurentien de Sainte-Agathe-des-Monts pour de "
              "l'hypothermie. Le télésiège reste fermé.")
    sms = _sms(project, settings, title="Télésiège Le Lac arrêté",
               summary="Le télésiège Le Lac est arrêté depuis 10 h 52.", update=update)
    assert "centre hospitalier" not in sms, sms
    assert "Laurentien de Sainte-Agathe-des-Monts" in sms, sms


def test_french_words_gsm_7_cannot_accent_are_said_in_words_it_has(project, settings):
    cases = (("Le télésiège ne fonctionne plus depuis 10 h 52 et ne peut pas être redémarré. Restez assis.",
              "ne peut pas redémarrer", r"\betre\b"),
             ("Nos urgences restent ouvertes aux patients qui se présentent d'eux-mêmes.",
              "qui se présentent directement", r"memes"),
             ("Si vous ou votre enfant êtes allergique aux arachides, ne mangez pas ces barres.",
              "souffrez d'une allergie aux arachides", r"\betes\b"),
             # (a leak stopped, never « la fuite ne fonctionne plus », said of a machine)
             ("Les pompiers ont fermé la vanne en cause à 11 h 05 : la fuite est arrêtée.",
              "la fuite est stoppée", r"fonctionne|arretee"))
    for update, said, never in cases:
        sms = _sms(project, settings, title="Incident en cours",
                   summary="Un incident perturbe nos services depuis ce matin.", update=update)
        assert counting.sms_encoding(sms) == "gsm7", sms
        assert said in sms, sms
        assert not re.search(never, sms), sms


def test_a_stale_title_gives_way_to_the_news_of_the_summary(project, settings):
    # The title still says "reduced activity"; the summary says activity is coming back: the text
    # says the summary's news, without what the outage did on the way.
    summary = ("Nos hôpitaux de Liège, Verviers et Huy reprennent progressivement une activité normale après la panne "
               "informatique qui a privé nos équipes du dossier patient informatisé du mardi 8 décembre à 5 h 40 au "
               "mercredi 9 décembre à 15 h 10. Les consultations reportées seront reprogrammées endéans les trois "
               "semaines : nos secrétariats appellent chaque patient concerné. Nous présentons nos excuses aux "
               "patients et à leurs proches pour ces reports et ces longues attentes.")
    sms = _sms(project, settings, kind="announcement", title="Panne informatique : activité réduite dans nos hôpitaux",
               summary=summary, advice="- En cas d'urgence vitale, appelez le 112, comme toujours.")
    assert "appelez le 112" in sms, sms
    assert "reprennent progressivement une activité normale après la panne informatique." in sms, sms
    assert "activité réduite" not in sms, sms


def test_an_update_text_leads_with_the_extension_not_the_work_done_as_planned(project, settings):
    update = ("Le choc thermique a été réalisé comme prévu dans la nuit du 5 au 6 décembre. Les analyses "
              "complémentaires ont toutefois montré des légionelles en deux autres points, au 4e étage : la "
              "suspension des douches est étendue aux unités de gériatrie et de revalidation, soit cinq unités et 148 "
              "lits au total. Nos techniciens ont posé 212 filtres antibactériens sur les douches et les robinets de "
              "ces unités. Prochain point mercredi 9 décembre.")
    sms = _sms(project, settings, title="Légionelles : douches suspendues dans trois unités",
               summary="Des légionelles ont été détectées dans le réseau d'eau chaude du bâtiment B. Par précaution, "
                       "les douches sont suspendues dans trois unités.", update=update)
    assert "la suspension des douches est étendue aux unités de gériatrie et de revalidation" in sms, sms


def test_an_update_text_says_which_appointments_go_ahead_before_how_the_repair_went(project, settings):
    for lang, update, said in (
            ("fr", "La restauration des données sur la seconde baie de stockage s'est terminée cette nuit à 3 h 20. "
                   "Le dossier patient est consultable en lecture seule depuis 6 h ; il n'est pas encore possible d'y "
                   "encoder. Depuis mardi, en comptant ce mercredi matin, 1 240 consultations et 71 interventions "
                   "programmées ont dû être reportées. Les consultations de cet après-midi sont maintenues, sauf "
                   "appel de notre part. Prochain point à 17 h 30.",
             "les consultations de cet après-midi sont maintenues, sauf appel de notre part."),
            ("en", "Restoring the data to the second storage array finished overnight at 03:20. The patient record "
                   "can be read since 06:00, but not yet written to. Since Tuesday, including this Wednesday "
                   "morning, 1,240 appointments and 71 scheduled operations have had to be postponed. This "
                   "afternoon's appointments will go ahead unless we call you. Next update at 17:30.",
             "This afternoon's appointments will go ahead unless we call you.")):
        sms = _sms(project, settings, lang=lang, title="Panne informatique" if lang == "fr" else "IT outage",
                   summary="Le dossier patient informatisé est inaccessible." if lang == "fr"
                   else "The electronic patient record is unavailable.", update=update)
        assert said in sms, sms


def test_a_breach_update_texts_what_was_exposed_not_only_what_was_not(project, settings):
    for lang, update, exposed in (
            ("fr", "Ce matin à 10 h 20, un chercheur en sécurité nous a signalé qu'un dossier de nos serveurs était "
                   "accessible publiquement. Il contenait les listes d'acheteurs préparées pour les organisateurs de "
                   "37 événements : nom, e-mail, téléphone et détails de commande de 148 312 personnes. Nous avons "
                   "fermé l'accès à 11 h 05. Aucun mot de passe ni aucune donnée bancaire n'y figurait. Nous "
                   "analysons nos journaux pour savoir si d'autres personnes ont téléchargé ces fichiers, et nous "
                   "informerons la CNIL. Nous vous présentons nos excuses. Prochain point demain à 18 h.",
             "Il contenait nom, e-mail, téléphone et détails de commande de 148 312 personnes."),
            ("en", "This morning at 10:20, a security researcher told us that a folder on our servers was publicly "
                   "accessible. It contained the buyer lists prepared for the organisers of 37 events: the name, "
                   "email, phone and order details of 148,312 people. We closed access at 11:05. No passwords or "
                   "bank details were in it. We are analysing our logs to find out whether anyone else downloaded "
                   "these files, and we will inform the CNIL. We apologise. Next update tomorrow at 18:00.",
             "the name, email, phone and order details of 148,312 people")):
        sms = _sms(project, settings, lang=lang, front="kind: breach\n",
                   title="Fuite de données" if lang == "fr" else "Data breach",
                   summary="Les coordonnées d'acheteurs ont été exposées." if lang == "fr"
                   else "Ticket buyers' contact details were exposed.", update=update)
        assert exposed in sms, sms


def test_a_breach_update_texts_the_scam_alert_with_what_to_do_before_a_call_count(project, settings):
    update = ("Le cabinet indépendant a terminé l'examen de nos 214 espaces de stockage : aucun autre n'était "
              "accessible publiquement. Depuis lundi, notre ligne dédiée a reçu 1 870 appels et 2 430 e-mails, et vous "
              "nous avez signalé 96 messages frauduleux se réclamant de Parterre, surtout de faux SMS de "
              "« remboursement ». Si vous en recevez un, ne cliquez pas et transférez-le au 33700. Prochain point "
              "lundi 14 décembre à 18 h.")
    sms = _sms(project, settings, front="kind: breach\n", title="Fuite de données",
               summary="Les coordonnées de 148 312 acheteurs ont été exposées. Nous ne vous demanderons jamais votre "
                       "numéro de carte.", update=update)
    assert "ne cliquez pas et transférez-le au 33700" in sms, sms
    assert "96 messages frauduleux" in sms, sms


def test_a_regulator_named_with_its_acronym_is_named_once(project, settings):
    update = ("La Régie du bâtiment du Québec (RBQ) a inspecté le télésiège ce matin. La remontée ouvrira au public "
              "à 10 h 30.")
    sms = _sms(project, settings, title="Télésiège Le Lac arrêté", summary="Le télésiège Le Lac est fermé.", update=update)
    assert "la RBQ a inspecté le télésiège" in sms, sms
    assert "RBQ (RBQ)" not in sms and "batiment" not in sms, sms


def test_an_announcement_text_keeps_the_news_of_its_verb_without_what_happened_on_the_way(project, settings):
    # « Le télésiège…, immobilisé par un bris…, rouvre ce jeudi » too long beside what people must
    # do: the reopening goes, without the account of the stop, never the title's "stop and evacuation".
    for lang, summary, reopens in (
            ("fr", "Le télésiège quadruple Le Lac, immobilisé par un bris mécanique le dimanche 6 septembre à 10 h 52, "
                   "rouvre ce jeudi 10 septembre à 10 h 30 avec l'autorisation des inspecteurs de la province. Notre "
                   "patrouille avait dû évacuer par câble les 183 skieurs qui se trouvaient à bord ; une skieuse a été "
                   "hospitalisée et a pu rentrer chez elle le lendemain. Nous nous excusons auprès de toutes les "
                   "personnes qui ont attendu dans le froid.",
             "le télésiège quadruple Le Lac rouvre ce jeudi 10 septembre à 10 h 30"),
            ("en", "The Lake quad chairlift, which stopped after a mechanical failure on Sunday, September 6 at 10:52, "
                   "reopens this Thursday, September 10 at 10:30 with the approval of the province's lift inspectors. "
                   "Our ski patrol had to rope-evacuate the 183 skiers on board; one skier was hospitalized and went "
                   "home the next day. We apologise to everyone who waited in the cold.",
             "The Lake quad chairlift reopens this Thursday, September 10 at 10:30")):
        sms = _sms(project, settings, kind="announcement", front="kind: safety\n", lang=lang,
                   title="Télésiège Le Lac : arrêt et évacuation des skieurs" if lang == "fr"
                   else "Lake chairlift: stoppage and evacuation of skiers", summary=summary)
        assert reopens in sms, sms
