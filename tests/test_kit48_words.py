"""Words of the outputs that communications directors called wrong in the graded kits (kit 47's
texts, this session's), mended with statements written for these tests (never the kits' text)."""

from __future__ import annotations

import re

import pytest

from tests.press_support import copies_at as _copies
from tests.press_support import plain, statement_file
from tests.test_documents_qa_asked import _answer
from tests.test_kit47_words import _announcement

_NOW = "2026-11-20T18:00:00+01:00"


def _texts(copies):  # type: ignore[no-untyped-def]
    """Each text by the time of the update it is of (None: the announcement)."""
    return {c.update_at.strftime("%H:%M") if c.update_at else None: plain(c.parts[0]) for c in copies}


# Words whose accent GSM-7 lacks, which a French reader takes for spelling mistakes.
_MISSPELT = re.compile(r"\b(?:meme|memes|etes|recu|recue|recues|recus|vous-meme|controle|etre)\b")


def test_a_french_text_that_must_be_gsm7_rewords_rather_than_misspells(project, settings):
    """A French text too long for UCS-2 goes in GSM-7, which has no « ê » nor « ç »: « même en
    l'absence de signes », « payé … vous-même », « vous vous êtes inscrit », « ont toutes reçu un
    courriel » are said in words it has, never « meme », « etes », « recu »."""
    text = statement_file(
        lang="fr", severity="critical", started="2026-11-19 09:00", front="kind: recall\n",
        title="Rappel des veilleuses Lunor", sections={"Résumé": (
            "Nous rappelons les veilleuses Lunor du lot 4471 : leur pile bouton peut se détacher. Cessez de les "
            "utiliser. Si votre enfant a pu avaler une pile, rendez-vous immédiatement aux urgences.")},
        updates=(
            ("2026-11-19 17:00", "surveillance",
             "Les 1 240 familles concernées ont toutes reçu un courriel au plus tard mardi soir. Si vous vous êtes "
             "inscrit ou inscrite sur notre site pour un échange, vous aurez votre nouvelle veilleuse d'ici "
             "vendredi."),
            ("2026-11-19 12:00", "identifié",
             "Si vous avez payé un taxi vous-même pour aller aux urgences avec votre enfant, gardez la facture : "
             "nous rembourserons la course sur simple demande."),
            ("2026-11-19 09:00", "identifié",
             "Si votre enfant a pu avaler une pile, rendez-vous immédiatement aux urgences, même en l'absence de "
             "signes. Les piles bouton peuvent provoquer des brûlures internes graves en deux heures.")))
    texts = _texts(_copies(project, settings, text, "2026-11-19-lunor.fr.md", _NOW, "sms"))
    for at, sms in texts.items():
        assert not _MISSPELT.search(sms), (at, sms)
    assert "y compris en l'absence de signes" in texts["09:00"], texts["09:00"]
    assert "de votre poche" in texts["12:00"], texts["12:00"]
    assert "ont toutes été prévenues par courriel" in texts["17:00"], texts["17:00"]
    assert "vous avez fait votre inscription" in texts["17:00"], texts["17:00"]


def _magnet_recall(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-11-19 18:30",
        front="kind: recall\n",
        title="Rappel des jeux magnétiques Orbio, risque d'ingestion d'aimants" if fr else
        "Recall of Orbio magnetic tile sets, risk of swallowing magnets",
        sections={
            "Résumé" if fr else "Summary": (
                "Les Jouets Ravel rappellent trois jeux de tuiles magnétiques Orbio vendus entre le 2 septembre et le "
                "19 novembre 2026 en France, en Belgique et en Suisse : les petits aimants de certaines tuiles peuvent "
                "se détacher et être avalés par un enfant.\n\nCessez immédiatement d'utiliser ces jeux et rangez "
                "toutes les pièces hors de portée des enfants. Si vous pensez qu'un enfant a avalé un aimant, "
                "rendez-vous sans attendre aux urgences, même s'il semble aller bien." if fr else
                "Jouets Ravel is recalling three Orbio magnetic tile sets sold between 2 September and 19 November "
                "2026 in France, Belgium and Switzerland, because the small magnets inside some tiles can come loose "
                "and be swallowed by a child.\n\nStop using these sets now and keep every piece out of children's "
                "reach. If you think a child has swallowed a magnet, go to the emergency department straight away, "
                "even if the child seems well."),
            "Lots rappelés" if fr else "Recalled products": (
                "| Produit | Lots |\n|---|---|\n| Orbio Mini | 3310A |\n| Orbio Tour | 3310A, 3312B |\n"
                "| Orbio Cité | 3312B, 3315C |" if fr else
                "| Product | Lots |\n|---|---|\n| Orbio Mini | 3310A |\n| Orbio Tower | 3310A, 3312B |\n"
                "| Orbio City | 3312B, 3315C |"),
            "Conseils santé : si votre enfant a pu avaler un aimant" if fr else
            "Health advice: if your child may have swallowed a magnet": (
                "- **Rendez-vous immédiatement aux urgences** ou appelez le 15 (France), le 112 (Belgique) ou le 144 "
                "(Suisse). Si possible, emportez la boîte ou une tuile du jeu.\n- Ne faites pas vomir votre enfant."
                if fr else
                "- **Go to the emergency department immediately**, or call 15 (France), 112 (Belgium) or 144 "
                "(Switzerland). Take the box or a tile with you if you can.\n- Do not make your child vomit."),
        },
        updates=(("2026-11-19 18:30", "identifié" if fr else "identified", (
            "Nous rappelons les jeux Orbio Mini (32 pièces), Orbio Tour (64 pièces) et Orbio Cité (102 pièces) des "
            "lots 3310A, 3312B et 3315C, vendus depuis le 2 septembre. Des aimants peuvent se détacher de certaines "
            "tuiles. Un enfant de trois ans a été hospitalisé lundi après avoir avalé des aimants de l'un de ces "
            "jeux.\n\nN'utilisez plus ces jeux et rangez toutes les pièces hors de portée des enfants. Si un enfant a "
            "pu avaler un aimant, rendez-vous immédiatement aux urgences, même en l'absence de symptômes. Nous avons "
            "informé la DGCCRF ainsi que les autorités belges et suisses." if fr else
            "We are recalling the Orbio Mini (32 pieces), Orbio Tower (64 pieces) and Orbio City (102 pieces) sets "
            "from lots 3310A, 3312B and 3315C, sold since 2 September. Magnets can come loose from some tiles. A "
            "three-year-old child was hospitalised on Monday after swallowing magnets from one of these sets.\n\n"
            "Stop using these sets and keep every piece out of reach of children. If a child may have swallowed a "
            "magnet, go to the emergency department at once, even without symptoms. We have informed the DGCCRF "
            "and the authorities in Belgium and Switzerland.")),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_recall_text_sends_a_child_who_swallowed_a_magnet_to_the_emergency_department(project, settings, lang):
    """The one text of a recall whose product can hurt a child says where to take the child, "even
    if the child seems well", in the summary's own short words (the health section's line with
    three countries' numbers does not fit), before the lots when both do not fit: the link lists
    them. Its update says which sets beside that advice, never "one of these sets" alone."""
    fr = lang == "fr"
    texts = _texts(_copies(project, settings, _magnet_recall(lang), "2026-11-19-orbio.fr.md" if fr else
                           "2026-11-19-orbio.md", _NOW, "sms"))
    sms = texts[None]
    assert ("rendez-vous sans attendre aux urgences" if fr else "go to the emergency department straight away") in sms, sms
    assert ("semble aller bien" if fr else "even if the child seems well") in sms, sms
    assert ("Cessez immédiatement d'utiliser ces jeux" if fr else "Stop using these sets now") in sms, sms
    update = texts["18:30"]
    assert ("aux urgences" if fr else "emergency department") in update, update
    assert "3310A, 3312B" in update and "Orbio Mini" in update, update
    assert ("de l'un de ces jeux" if fr else "one of these sets") not in update, update


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_update_text_keeps_what_is_cancelled_after_a_sentence_that_says_how(project, settings, lang):
    """« Tous les départs prévus avant 16 h sont annulés » names what it speaks of: unlike « Tous
    ont été relogés », it does not lean on the sentence before, and the text can carry it without
    « ces contrôles »."""
    fr = lang == "fr"
    update = (
        "Notre prestataire a reconstitué la base de données des passagers à partir d'une copie antérieure à la mise "
        "à jour de cette nuit. Nous prévoyons un retour du système vers 15 h, mais l'enregistrement ne reprendra "
        "qu'une fois ces contrôles terminés. Tous les départs prévus avant 16 h sont annulés, soit 34 vols, et 12 "
        "autres sont retardés : environ 4 600 passagers au total." if fr else
        "Our provider has rebuilt the passenger database from a copy taken before last night's update. We expect "
        "the system back at about 15:00, but we will not restart check-in until these checks are complete. All "
        "departures before 16:00 are cancelled: 34 flights, and 12 more delayed, about 4,600 passengers in total.")
    text = statement_file(
        lang=lang, severity="critical", started="2026-11-12 06:20", front="kind: outage\n",
        title="Panne du système d'enregistrement" if fr else "Check-in system failure",
        sections={"Résumé" if fr else "Summary": (
            "Depuis 5 h 38, notre système d'enregistrement est hors service et aucun vol ne peut partir." if fr else
            "Since 05:38 our check-in system has been down and no flight can leave.")},
        updates=(("2026-11-12 12:50", "identifié" if fr else "identified", update),))
    texts = _texts(_copies(project, settings, text, "2026-11-12-enregistrement.fr.md" if fr else
                           "2026-11-12-check-in.md", "2026-11-12T13:00:00+01:00", "sms"))
    assert ("Tous les départs prévus avant 16 h sont annulés" if fr else
            "All departures before 16:00 are cancelled") in texts["12:50"], texts["12:50"]


def test_a_closed_outage_text_says_it_is_over_and_where_to_claim(project, settings):
    """After a closed outage, the one text says it is over (the first clause of "…has worked
    normally since 15:52 and Friday's flights are operating to schedule" when the whole leaves no
    room) and who may claim; the address to claim at is the text's link, the page's goes."""
    text = statement_file(
        lang="en", severity="critical", started="2026-11-12 06:20", front="kind: outage\n",
        title="Check-in and departure system failure grounds Rhône Wings flights",
        sections={"Summary": (
            "On Thursday 12 November, from 05:38 until 15:52, a failure of our check-in and departure-control "
            "system stopped every Rhône Wings flight from leaving, in Geneva and at all 27 destinations we serve: 41 "
            "flights were cancelled and 26 delayed, and about 5,480 passengers were affected.\n\n"
            "The system has worked normally since 15:52 on Thursday and Friday's flights are operating to schedule. "
            "If your flight was cancelled or arrived more than three hours late, you are entitled to compensation: "
            "how to claim is at www.rhone-wings.example/en/claims.")},
        updates=(("2026-11-12 16:40", "resolved", "The system is back."),
                 ("2026-11-12 06:20", "investigating", "The system is down.")))
    sms = _texts(_copies(project, settings, text, "2026-11-12-dcs.md", _NOW, "sms"))[None]
    assert "has worked normally since 15:52" in sms, sms
    assert "you are entitled to compensation" in sms and "rhone-wings.example/en/claims" in sms, sms


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Our shop will never:"),
    ("en", "Passengers may now go home: the station is open again."),
    ("en", "This is what the forged invoices look like."),
    ("en", "Report any doubtful message to suspect@fraud-desk.example."),
    ("en", "Because of a bug, each time a customer saved a basket, the site recalculated every price."),
    ("en", "Nobody should feel ashamed of having replied to one."),
    ("en", "With the roads still icy, some parcels may arrive up to two hours late."),
    ("fr", "Quelques colis pourraient avoir jusqu'à deux heures de retard ce soir."),
    ("fr", "Nul ne devrait avoir honte d'avoir répondu à l'un de ces messages."),
    ("fr", "Les pages s'ouvrent de nouveau en quelques secondes."),
    ("fr", "Notre messagerie chiffre désormais chaque pièce jointe qu'elle conserve."),
])
def test_correct_sentences_from_a_scam_alert_and_a_recovery_get_no_finding(lang, sentence):
    """What a scam alert and a recovery say as they should: the list of what we will never ask,
    a permission given back, what the fakes look like, a word inside an e-mail address, an error of
    ours told as the cause, shame lifted from those fooled, a delay forecast, a speed, a change made."""
    from tests.press_support import sentence_categories

    assert sentence_categories(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    ("en", "The lift should run again tomorrow, once what looks like a minor fault in its brake has been fixed.", "speculation"),
    ("en", "Prices were wrong because of an error by the supplier that sends us its catalogue.", "blame"),
])
def test_the_same_shapes_still_say_a_guess_or_a_blame(lang, sentence, category):
    """A guess ("what looks like a minor fault") and an error pinned on a partner stay findings."""
    from tests.press_support import sentence_categories

    assert category in sentence_categories(sentence, lang)


def test_an_address_that_starts_with_my_is_no_first_person_voice(project, monkeypatch):
    """"log in at my.shop.example yourself" names an address, not a person speaking as "my"."""
    from tests.press_support import check_problems

    text = statement_file(
        lang="en", severity="major", started="2026-11-19 09:00", front="kind: incident\n",
        title="Fake refund e-mails in our name", sections={"Summary": (
            "Fake e-mails in our name promise a refund and ask for card details. We are sorry for the worry this "
            "causes. If in doubt, log in to your account by typing my.calypso-pay.example yourself.")},
        updates=(("2026-11-19 09:00", "investigating", "We have reported the fake site."),))
    problems = check_problems(project, monkeypatch, "2026-11-19T12:00:00+01:00", text, "2026-11-19-fakes.md")
    assert not [p for p in problems if "speaks as" in p["message"]], problems


def _qa(project, settings, monkeypatch, text: str, name: str, now: str) -> str:  # type: ignore[no-untyped-def]
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", now)
    statement = write_statement(project, settings, text, name)
    return {d.kind: d.text for d in render_documents(statement, settings)}["qa"].replace("\u00a0", " ").replace(
        "\u202f", " ").replace("’", "'")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_says_nobody_was_hurt_rather_than_that_residents_went_home(project, settings, monkeypatch, lang):
    """After an evacuation, "residents went home at 15:50" says nothing of anyone's health: "Is
    anyone hurt?" quotes "Nobody was hurt.", and « Il n'y a eu aucun blessé » alone (its « il » is
    impersonal: it leans on no sentence before it)."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-11-17 11:00", front="kind: safety\n",
        title="Fuite de gaz à Vilvorde" if fr else "Gas leak in Vilvoorde",
        sections={
            "Résumé" if fr else "Summary": (
                "Une conduite de gaz endommagée par des travaux a conduit à l'évacuation de 200 habitants. La fuite a "
                "été réparée l'après-midi même et les habitants sont rentrés chez eux à 16 h." if fr else
                "A gas main damaged by roadworks led to the evacuation of 200 residents. The leak was repaired the "
                "same afternoon and residents went home at 16:00."),
            "Ce qui s'est passé" if fr else "What happened": (
                "Pour arrêter la fuite, notre équipe a fermé deux vannes, ce qui a coupé le gaz dans 90 logements. "
                "Il n'y a eu aucun blessé." if fr else
                "To stop the leak, our team closed two valves, which cut the gas to 90 homes. Nobody was hurt."),
        },
        updates=(("2026-11-17 11:00", "identifié" if fr else "identified",
                  "Le quartier est évacué." if fr else "The area is evacuated."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-11-17-gaz.fr.md" if fr else "2026-11-17-gas.md",
             "2026-11-17T18:00:00+01:00")
    answer = _answer(qa, "Y a-t-il des blessés ?" if fr else "Is anyone hurt?")
    assert ("Il n'y a eu aucun blessé." if fr else "Nobody was hurt.") in answer, answer
    assert ("rentrés chez eux" if fr else "went home") not in answer, answer
    assert ("coupé le gaz" if fr else "cut the gas") not in answer, answer


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_of_a_closed_slowdown_answers_from_what_we_did(project, settings, monkeypatch, lang):
    """A closed slowdown: "What happened?" quotes the summary's account (its "…: return pages took
    a minute" is no order to return anything), "Is it working normally now?" the fix ("pages have
    loaded normally since"), "Who is responsible?" the leader's "We released a change too close to
    a deadline", and "How many?" never "31 of them", a part of what the sentence before counts."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-11-24 09:15",
        front="kind: outage\nspokesperson: {name: Inès Morel, role: " + ("directrice technique" if fr else "CTO") + "}\n",
        title="Lenteurs sur les déclarations de TVA" if fr else "Slowdowns on VAT returns",
        sections={
            "Résumé" if fr else "Summary": (
                "Le 24 novembre, de 8 h 40 à 11 h 05, Comptalis a été fortement ralenti : l'ouverture d'une "
                "déclaration prenait plus d'une minute." if fr else
                "On 24 November, from 08:40 to 11:05, Comptalis was badly slowed down: return pages took more than a "
                "minute to open."),
            "Ce que nous faisons" if fr else "What we are doing": (
                "- Nous avons corrigé le calcul à 11 h 05 ; les pages s'affichent normalement depuis." if fr else
                "- We corrected the calculation at 11:05; pages have loaded normally since."),
            "Citation" if fr else "Quote": (
                "Nous avons déployé une modification trop près d'une échéance fiscale. Je vous présente nos excuses."
                if fr else "We released a change too close to a filing deadline. I apologise to you all."),
        },
        updates=(("2026-11-25 10:00", "résolu" if fr else "resolved",
                  "Les 2 100 déclarations en attente ont été transmises. 12 d'entre elles ont ensuite été rejetées pour "
                  "une erreur de saisie." if fr else
                  "All 2,100 queued returns were transmitted. 12 of them were then rejected because of a typing "
                  "error."),
                 ("2026-11-24 09:15", "analyse" if fr else "investigating",
                  "Comptalis est très lent." if fr else "Comptalis is very slow.")))
    qa = _qa(project, settings, monkeypatch, text, "2026-11-24-tva.fr.md" if fr else "2026-11-24-vat.md",
             "2026-11-25T12:00:00+01:00")
    what = _answer(qa, "Que s'est-il passé ?" if fr else "What happened?")
    assert ("fortement ralenti" if fr else "badly slowed down") in what, what
    restored = _answer(qa, "Est-ce que tout fonctionne normalement ?" if fr else "Is it working normally now?")
    assert ("s'affichent normalement" if fr else "loaded normally since") in restored, restored
    responsible = _answer(qa, "Qui est responsable ?" if fr else "Who is responsible?")
    assert ("trop près d'une échéance" if fr else "too close to a filing deadline") in responsible, responsible
    many = _answer(qa, "Combien de personnes sont touchées ?" if fr else "How many people are affected?")
    assert not re.search(r"^> 12 ", many, re.MULTILINE), many


def test_a_phone_link_in_national_form_prints_the_number_once():
    """"[0800 97 400](tel:+3280097400)" is one number written two ways: printed once, as written."""
    from generator.core.markup import to_plain

    assert to_plain("Call us on [0800 97 400](tel:+3280097400), free.") == "Call us on 0800 97 400, free."


@pytest.mark.parametrize(("md", "printed"), [
    ("Log in by typing [my.shop.example](https://my.shop.example/) yourself.",
     "Log in by typing my.shop.example yourself."),
    ("Tapez l'adresse [moncompte.example](https://moncompte.example/) vous-même.",
     "Tapez l'adresse moncompte.example vous-même."),
])
def test_an_address_to_type_is_printed_as_typed_never_as_a_link(md, printed):
    """After fake messages, "type the address yourself" is the advice: the copies print the address
    as the authors wrote it, not as a link to tap."""
    from generator.core.markup import to_plain

    assert to_plain(md) == printed


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_texts_about_fake_messages_in_our_name_carry_no_link(project, settings, lang):
    """Fake refund texts in our name carry a shortened link: ours say where to look, typed by hand,
    never a link of their own; and a quoted subject line is never cut inside its quotation marks."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-11-18 09:30", front="kind: incident\n",
        title="Faux e-mails de remboursement au nom de Calypso" if fr else "Fake refund e-mails in Calypso's name",
        sections={"Résumé" if fr else "Summary": (
            "Des e-mails et des SMS se faisant passer pour nous proposent un remboursement et demandent les données "
            "de votre carte. Ne cliquez pas sur le lien." if fr else
            "Fake e-mails and texts in our name offer a refund and ask for your card details. Do not click the "
            "link.")},
        updates=(("2026-11-19 14:10", "identifié" if fr else "identified",
                  "L'objet de l'e-mail est « Calypso : remboursement en attente – action requise » ; l'adresse de "
                  "l'expéditeur ne se termine pas par @calypso-pay.example." if fr else
                  "The e-mail's subject is \"Calypso: refund pending – action required\"; the sender's address does "
                  "not end in @calypso-pay.example."),
                 ("2026-11-18 09:30", "analyse" if fr else "investigating",
                  "Nous analysons la campagne." if fr else "We are looking into the campaign.")))
    texts = _texts(_copies(project, settings, text, "2026-11-18-faux.fr.md" if fr else "2026-11-18-fakes.md",
                           "2026-11-19T15:00:00+01:00", "sms"))
    for at, sms in texts.items():
        assert "https://" not in sms and "/s/" not in sms, (at, sms)
    update = texts["14:10"]
    assert re.search(r"remboursement en attente . action requise" if fr else r"refund pending . action required",
                     update), update


def _fakes(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="major", started="2026-11-18 09:30",
        front="kind: incident\nspokesperson: {name: Noé Brun, role: " + ("directeur de la sécurité" if fr else "CISO") + "}\n",
        title="Faux SMS de remboursement au nom de Lumina" if fr else "Fake refund texts in Lumina's name",
        sections={
            "Résumé" if fr else "Summary": (
                "De faux SMS au nom de Lumina promettent un remboursement et demandent les données de votre carte. "
                "Ces messages ne viennent pas de nous." if fr else
                "Fake texts in Lumina's name promise a refund and ask for your card details. These messages do not "
                "come from us."),
            "Comment reconnaître les faux" if fr else "How to recognise the fakes": (
                "Lumina ne vous demandera jamais :\n\n- le code de votre carte ;\n- de cliquer sur un lien reçu par "
                "SMS.\n\nLes remboursements sont versés automatiquement." if fr else
                "Lumina will never:\n\n- ask for your card code;\n- send a link in a text message.\n\nRefunds are "
                "paid automatically."),
            "Citation" if fr else "Quote": (
                "Personne ne doit avoir honte d'avoir cliqué sur un faux remboursement." if fr else
                "Nobody should feel foolish for clicking on a fake refund."),
        },
        updates=(("2026-11-18 09:30", "analyse" if fr else "investigating",
                  "Nous avons signalé la campagne à la police." if fr else "We have reported the campaign to the "
                  "police."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_after_fake_messages_in_our_name_the_documents_never_speak_as_if_we_owed_amends(
        project, settings, monkeypatch, lang):
    """Fake refunds in our name: the press release keeps the list of what we will never ask under
    its lead-in (never the lead-in alone, nor quoted); the Q&A never answers "Will people be
    compensated?" with the bait's word « remboursement »; the reply is sorry they were targeted,
    never "this should not have happened to you, and we are putting it right"."""
    from generator.rendering.documents import render_documents
    from generator.rendering.press import render_press_release
    from tests.press_support import write_statement

    fr = lang == "fr"
    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-18T12:00:00+01:00")
    statement = write_statement(project, settings, _fakes(lang), "2026-11-18-faux.fr.md" if fr else
                                "2026-11-18-fakes.md")
    release = render_press_release(statement, settings).markdown.replace("\u202f", " ").replace("\u00a0", " ")
    listed = ("Lumina ne vous demandera jamais :\n\n- le code de votre carte ;" if fr else
              "Lumina will never:\n\n- ask for your card code;")
    assert listed in release, release
    documents = {d.kind: d.text for d in render_documents(statement, settings)}
    answer = _answer(documents["qa"].replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'"),
                     "Les personnes seront-elles indemnisées ?" if fr else "Will people be compensated?")
    assert ("SANS RÉPONSE" if fr else "UNANSWERED") in answer, answer
    assert "honte" not in answer and "foolish" not in answer, answer
    replies = documents["replies"]
    assert ("vous avez bien fait de vérifier" if fr else "you were right to check") in replies, replies
    assert ("nous faisons le nécessaire" if fr else "we are putting it right") not in replies, replies


def test_the_checklist_dates_a_notification_on_the_day_its_sentence_names(project, settings, monkeypatch):
    """"We notified the regulator at 17:55 on 10 November" was done on 10 November, within the 72
    hours: never "Done late, 13 November at 17:55"."""
    from generator.rendering.documents import render_documents
    from tests.press_support import write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-18T12:00:00+01:00")
    text = statement_file(
        lang="en", severity="critical", started="2026-11-10 09:20", front="kind: breach\n",
        title="Invoices shown to other customers", sections={
            "Summary": "On 10 November, a bug showed 300 customers' invoices to other customers. We are sorry.",
            "What we are doing": "- We notified the data protection authority at 17:55 on 10 November."},
        updates=(("2026-11-12 10:00", "monitoring", "We have written to every customer concerned."),
                 ("2026-11-10 09:20", "identified", "Invoice previews are switched off.")))
    statement = write_statement(project, settings, text, "2026-11-10-invoices.md")
    checklist = {d.kind: d.text for d in render_documents(statement, settings)}["checklist"]
    assert "Done late, 13 November" not in checklist, checklist
    assert "data protection authority at 17:55 on 10 November" in checklist, checklist


@pytest.mark.parametrize(("lang", "said", "once"), [
    ("fr", "Les courriers partent demain, le 20 novembre.", "Les courriers partent le 20 novembre."),
    ("en", "Letters go out tomorrow, on 20 November.", "Letters go out on 20 November."),
])
def test_a_relative_day_named_beside_its_date_is_said_once(lang, said, once):
    """« demain, le 20 novembre » read on another day is « le 20 novembre », never « le 20
    novembre, le 20 novembre »."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.documents.freshness import dated

    zone = ZoneInfo("Europe/Brussels")
    assert dated(said, lang, zone, datetime(2026, 11, 19, 17, 30, tzinfo=zone)) == once


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_qa_answers_whether_illness_was_reported_with_no_illness_confirmed(project, settings, monkeypatch, lang):
    """« Aucune maladie liée à ces produits n'a été confirmée » answers « Des cas de maladie
    ont-ils été signalés ? » as "No illness … has been confirmed" does in English."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-11-13 18:30", front="kind: recall\n",
        title="Rappel de salades de poulet" if fr else "Recall of chicken salads",
        sections={"Résumé" if fr else "Summary": (
            "Nous rappelons deux salades de poulet du lot CS-11 en raison d'une possible contamination par Listeria. "
            "Aucune maladie liée à ces produits n'a été confirmée." if fr else
            "We are recalling two chicken salads from lot CS-11 because of possible Listeria contamination. No "
            "illness linked to these products has been confirmed.")},
        updates=(("2026-11-13 18:30", "identifié" if fr else "identified",
                  "Le rappel commence." if fr else "The recall starts."),))
    qa = _qa(project, settings, monkeypatch, text, "2026-11-13-salades.fr.md" if fr else "2026-11-13-salads.md",
             "2026-11-14T09:00:00-05:00")
    answer = _answer(qa, "Des cas de maladie ont-ils été signalés ?" if fr else "Have any illnesses been reported?")
    assert ("Aucune maladie liée à ces produits n'a été confirmée." if fr else
            "No illness linked to these products has been confirmed.") in answer, answer


@pytest.mark.parametrize(("lang", "page", "said"), [
    ("en", "This is our last update on this page.", "This is our last update on this incident."),
    ("fr", "C'est notre dernière mise à jour sur cette page.", "C'est notre dernière mise à jour sur cet incident."),
])
def test_the_last_update_on_this_page_is_the_last_on_this_incident_off_the_page(lang, page, said):
    """Off the page, "our last update on this page" is the last on this incident: never "on our
    website", which says the site stops."""
    from generator.rendering.brief import off_page

    assert off_page(page, lang) == said


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Do not send it again."), ("en", "In that case, delete the return from the queue."),
    ("fr", "Ne la renvoyez pas."), ("fr", "Dans ce cas, supprimez la déclaration de la file d'attente."),
])
def test_an_order_about_what_the_sentence_before_names_never_travels_alone(lang, sentence):
    """"Do not send it again", « Dans ce cas, supprimez… »: which return, which case, the sentence
    before says; a copy keeps them together or leaves both."""
    from generator.rendering.channels.voices import leans_on_before

    assert leans_on_before(sentence, lang)
    assert not leans_on_before("Do not eat them." if lang == "en" else "Ne les mangez pas.", lang) or lang == "en"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_quoted_apology_keeps_the_sentence_that_names_them(project, settings, lang):
    """"On 10 November we let them down. I am sorry." names nobody: the first post's quote goes
    with the sentence before it, "Our members trust us with their savings…", word for word."""
    fr = lang == "fr"
    quote = ("Nos adhérents nous confient leur épargne et leurs codes. Le 10 novembre, nous les avons déçus. Je suis "
             "désolée. Nous avons corrigé l'erreur en trois heures." if fr else
             "Our members trust us with their savings and their codes. On 10 November we let them down. I am sorry. "
             "We fixed the error within three hours.")
    text = statement_file(
        lang=lang, severity="critical", started="2026-11-10 09:20",
        front="kind: breach\nspokesperson: {name: Inès Caradec, role: " + ("directrice générale" if fr else "CEO") + "}\n",
        title="Relevés affichés chez d'autres adhérents" if fr else "Statements shown to other members",
        sections={"Résumé" if fr else "Summary": (
            "Le 10 novembre, une erreur a affiché les relevés de 300 adhérents à d'autres adhérents." if fr else
            "On 10 November, an error showed 300 members' statements to other members."),
            "Citation" if fr else "Quote": quote},
        updates=(("2026-11-10 09:20", "identifié" if fr else "identified",
                  "L'affichage des relevés est coupé." if fr else "Statements are switched off."),))
    for channel in ("x", "bluesky", "mastodon"):
        posts = "\n".join(plain(p) for c in _copies(project, settings, text, "2026-11-10-releves.fr.md" if fr else
                                                    "2026-11-10-statements.md", "2026-11-12T12:00:00+01:00", channel)
                          if c.update_at is None for p in c.parts)
        lone = "« Le 10 novembre, nous les avons déçus." if fr else "“On 10 November we let them down."
        assert lone not in posts, (channel, posts)


def test_an_update_text_says_what_is_cancelled_without_the_reason_that_opens_it(project, settings):
    """"Because of the snowfall warning for the Québec City area (30 to 40 cm…), we are cancelling
    all home delivery slots today" too long beside what to do: the text says what is cancelled
    and what to do; the page gives the reason."""
    text = statement_file(
        lang="en", severity="minor", started="2026-11-18 06:45", front="kind: outage\n",
        title="Home delivery slots cancelled on 18 November", sections={"Summary": (
            "On 18 November we cancelled every home delivery slot from 10:00 because of a snowstorm.")},
        updates=(("2026-11-18 06:45", "identified",
                  "Because of the snowfall warning for the Québec City and Lévis areas (30 to 40 cm expected, with "
                  "gusts up to 70 km/h), we are cancelling all home delivery slots today, 18 November, from 10:00 to "
                  "21:00. About 1,150 orders are affected.\n\nWe are e-mailing each customer concerned. In the app, "
                  "you can choose a new slot on Wednesday or Thursday with no delivery fees, switch your order to "
                  "store pickup (open until 20:00 in all our stores), or cancel it for a full refund."),))
    sms = _texts(_copies(project, settings, text, "2026-11-18-snow.md", "2026-11-18T07:00:00+01:00", "sms"))["06:45"]
    assert "cancelling all home delivery slots today" in sms, sms
    assert "choose a new slot" in sms, sms


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_resolved_recall_whose_last_update_keeps_it_in_force_is_warned(project, monkeypatch, lang):
    """"The recall itself remains in force" in the last update of a statement marked resolved: the
    page would say "Declared over" beside it. A warning (the publish never stops on it)."""
    from tests.press_support import check_problems

    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="critical", started="2026-11-13 18:30", front="kind: recall\n",
        title="Rappel de salades de poulet" if fr else "Recall of chicken salads",
        sections={"Résumé" if fr else "Summary": (
            "Nous rappelons deux salades de poulet du lot CS-11 en raison d'une possible contamination par Listeria. "
            "Nous en sommes désolés." if fr else
            "We are recalling two chicken salads from lot CS-11 because of possible Listeria contamination. We are "
            "sorry.")},
        updates=(("2026-11-18 15:00", "résolu" if fr else "resolved",
                  "L'inspection est terminée. Le rappel, lui, reste en vigueur : ne mangez pas ces salades." if fr else
                  "The inspection is over. The recall itself remains in force: do not eat these salads."),
                 ("2026-11-13 18:30", "identifié" if fr else "identified",
                  "Le rappel commence." if fr else "The recall starts.")))
    problems = check_problems(project, monkeypatch, "2026-11-19T09:00:00+01:00", text,
                              "2026-11-13-salades.fr.md" if fr else "2026-11-13-salads.md")
    assert [p for p in problems if p["rule"] == "resolved-still-in-force"], problems


def _gas_leak(lang: str) -> str:
    fr = lang == "fr"
    return statement_file(
        lang=lang, severity="critical", started="2026-11-17 11:05", front="kind: safety\n",
        title="Fuite de gaz à Vilvorde" if fr else "Gas leak in Vilvoorde",
        sections={
            "Résumé" if fr else "Summary": (
                "Une conduite de gaz endommagée par des travaux a conduit à l'évacuation de 200 habitants. La fuite "
                "est réparée et le gaz est rétabli dans 88 des 90 logements." if fr else
                "A gas main damaged by roadworks led to the evacuation of 200 residents. The leak is repaired and gas "
                "is back on in 88 of the 90 homes."),
            "Ce que vous pouvez faire" if fr else "What you should do": (
                "- Si votre gaz est toujours coupé, n'ouvrez pas vous-même la vanne de votre compteur. Appelez-nous "
                "au [0800 12 345](tel:+3280012345) (gratuit, jour et nuit) : nous passons chez vous.\n"
                "- Si vous sentez une odeur de gaz : quittez le bâtiment et appelez le 0800 12 345 une fois dehors."
                if fr else
                "- If your gas is still off, do not open the valve at your meter yourself. Call us on "
                "[0800 12 345](tel:+3280012345) (free, day and night) and we will come.\n"
                "- If you smell gas: leave the building and call 0800 12 345 once you are outside."),
        },
        updates=(("2026-11-17 11:05", "identifié" if fr else "identified",
                  "Le quartier est évacué." if fr else "The area is evacuated."),))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_instructions_with_the_same_number_both_travel(project, settings, lang):
    """"Call us on 0800 12 345 and we will come" and "If you smell gas… call 0800 12 345 once
    outside" are two things to do with one number: a thread keeps both (never the second only,
    which leaves "do not open the valve yourself" with no one to call)."""
    fr = lang == "fr"
    for channel in ("x", "mastodon"):
        thread = "\n".join(plain(p) for c in _copies(project, settings, _gas_leak(lang), "2026-11-17-gaz.fr.md" if fr
                                                     else "2026-11-17-gas.md", "2026-11-17T18:00:00+01:00", channel)
                           if c.update_at is None for p in c.parts)
        assert ("nous passons chez vous" if fr else "we will come") in thread, (channel, thread)
        assert ("odeur de gaz" if fr else "smell gas") in thread, (channel, thread)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_way_to_check_with_a_number_is_never_taken_as_said_already(project, settings, lang):
    """« En cas de doute, … tapez vous-même moncompte… ou appelez-nous au 02 555 01 00 » gives the
    number to check with: never left out as a repeat of the other advice on the same account."""
    fr = lang == "fr"
    text = statement_file(
        lang=lang, severity="major", started="2026-11-18 09:30", front="kind: incident\n",
        title="Faux SMS de remboursement au nom de Lumina" if fr else "Fake refund texts in Lumina's name",
        sections={
            "Résumé" if fr else "Summary": (
                "De faux SMS au nom de Lumina promettent un remboursement et demandent les données de votre carte. "
                "Ces messages ne viennent pas de nous." if fr else
                "Fake texts in Lumina's name promise a refund and ask for your card details. These messages do not "
                "come from us."),
            "Ce que vous pouvez faire" if fr else "What you should do": (
                "- Si vous avez encodé le mot de passe de votre espace client Lumina : changez-le.\n"
                "- En cas de doute, connectez-vous à votre espace client Lumina en tapant vous-même "
                "[moncompte.lumina.example](https://moncompte.lumina.example/) ou appelez-nous au 02 555 01 00."
                if fr else
                "- If you entered the password of your Lumina customer area: change it.\n"
                "- If in doubt, log in to your Lumina customer area by typing "
                "[myaccount.lumina.example](https://myaccount.lumina.example/) yourself, or call us on 02 555 01 00."),
        },
        updates=(("2026-11-18 09:30", "analyse" if fr else "investigating",
                  "Nous analysons la campagne." if fr else "We are looking into the campaign."),))
    thread = "\n".join(plain(p) for c in _copies(project, settings, text, "2026-11-18-faux.fr.md" if fr else
                                                 "2026-11-18-fakes.md", "2026-11-18T12:00:00+01:00", "mastodon")
                       if c.update_at is None for p in c.parts)
    assert "02 555 01 00" in thread, thread


def test_a_breach_thread_keeps_its_scale_beside_a_long_quoted_apology(project, settings):
    """How many is the first question after a breach: "Invoices from 1,462 accounts were shown to
    another account" is never the post a long quoted apology takes the place of."""
    text = statement_file(
        lang="en", severity="critical", started="2026-11-10 09:20",
        front="kind: breach\nspokesperson: {name: Inès Caradec, role: CEO}\n",
        title="Invoices shown to other customers",
        sections={
            "Summary": (
                "On the morning of 10 November, between 06:32 and 09:05, a software error in Ledgerly showed some "
                "customers invoices belonging to other customers when they opened an invoice preview.\n\n"
                "Invoices from 1,462 accounts were shown to another account; 611 accounts saw at least one invoice "
                "that was not theirs. We have written to every account concerned."),
            "What you should do": (
                "- If we have told you that your invoices were shown to another account: warn your own customers, "
                "especially the ones named on the invoices listed in our e-mail, that your bank details have not "
                "changed and that they should call you before acting on any request to change them.\n"
                "- Check that the payments you receive come in as usual.\n"
                "- For any question, write to dpo@ledgerly.example or call 01 86 95 00 10."),
            "Quote": ("Our customers trust us with their invoices, and their customers' names and bank details are "
                      "on them. On 10 November we let them down. I am sorry. We stopped the error within three "
                      "hours."),
        },
        updates=(("2026-11-10 09:20", "identified", "Invoice previews are switched off."),))
    posts = _announcement(_copies(project, settings, text, "2026-11-10-invoices.md", "2026-11-12T12:00:00+01:00",
                                        "x"))
    assert any("1,462 accounts" in post for post in posts), posts

