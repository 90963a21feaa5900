"""The documents never deny what the statement published: a count given only by a correction,
a gift to every player, products delivered to shops, a fault owned in French, the quote's
own words; a consequence blamed on "our mistake" is no cause, and the help people get is what
we give, not advice nor the end of it."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.qa_brief import render_qa_brief
from tests.press_support import statement_file, write_statement
from tests.test_documents_fresh import _answers, _quoted, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def _brief(project, settings, name, make, lang):  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
    return _answers(render_qa_brief(statement, settings, NOW))


def _servers(lang: str) -> str:
    en = lang == "en"
    quote = ("\"We let you down on your day off. I am sorry.\"\n— Claire Martin, Chief Executive Officer" if en else
             "« Nous vous avons laissés tomber pendant votre jour de repos. J'en suis désolée. »\n"
             "— Claire Martin, directrice générale")
    return statement_file(
        lang=lang, severity="major", started="2026-03-03 09:00",
        title="Game servers down for nine hours" if en else "Panne des serveurs de jeu pendant neuf heures",
        sections={
            ("Summary" if en else "Résumé"): (
                "Our game servers were down for nine hours on 3 March. The error is ours. Everyone who played on "
                "3 March gets 500 Gems. Purchases lost due to our mistake are refunded." if en else
                "Nos serveurs de jeu ont été coupés pendant neuf heures le 3 mars. Cette erreur est la nôtre. Tous "
                "ceux qui ont joué le 3 mars recevront 500 Gemmes. Les achats perdus à cause de notre erreur sont "
                "remboursés."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "A database update caused our login servers to reject every connection." if en else
                "Une mise à jour de base de données a conduit nos serveurs de connexion à refuser toute connexion."),
            ("Quote" if en else "Citation"): quote,
        },
        updates=(
            ("2026-03-04 10:00", "resolved" if en else "résolu",
             "Everything works again. About 38,000 were disconnected." if en else
             "Tout fonctionne de nouveau. Environ 38 000 ont été déconnectés."),
        )) + ("#### Correction · 2026-03-04 12:00\nThe number of players disconnected is 41,200, not 38,000.\n" if en
              else "#### Correction · 2026-03-04 12:00\nLe nombre de joueurs déconnectés est de 41 200, et non "
                   "38 000.\n")


def test_a_count_only_a_correction_gives_is_the_answer(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, question in (("en", "How many people are affected?"), ("fr", "Combien de personnes sont touchées ?")):
        answer = _brief(project, settings, "2026-03-03-servers", _servers, lang)[question]
        assert not _unanswered(answer), lang
        assert "41" in answer and "200" in answer, lang


def test_a_gift_to_every_player_answers_compensation(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, question in (("en", "Will people be compensated?"),
                           ("fr", "Les personnes seront-elles indemnisées ?")):
        answer = _brief(project, settings, "2026-03-03-servers", _servers, lang)[question]
        assert "500 Gem" in " ".join(_quoted(answer)), lang


def test_an_owned_error_answers_who_is_responsible(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = _brief(project, settings, "2026-03-03-servers", _servers, "en")["Who is responsible?"]
    french = _brief(project, settings, "2026-03-03-servers", _servers, "fr")["Qui est responsable ?"]
    assert "The error is ours." in _quoted(english)
    assert "Cette erreur est la nôtre." in _quoted(french)


def test_a_consequence_blamed_on_our_mistake_is_not_the_cause(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = _quoted(_brief(project, settings, "2026-03-03-servers", _servers, "en")["What caused it?"])
    french = _quoted(_brief(project, settings, "2026-03-03-servers", _servers, "fr")["Quelle en est la cause ?"])
    assert english == ["A database update caused our login servers to reject every connection."]
    assert french == ["Une mise à jour de base de données a conduit nos serveurs de connexion à refuser toute "
                      "connexion."]


def test_the_quote_signed_below_it_is_the_spokesperson_s_message(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = _brief(project, settings, "2026-03-03-servers", _servers, "en")["What do you say to the people affected?"]
    french = _brief(project, settings, "2026-03-03-servers", _servers, "fr")["Que dites-vous aux personnes concernées ?"]
    assert "I am sorry." in _quoted(english)
    assert "J'en suis désolée." in _quoted(french)


def _jam(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 10:00",
        title="Recall of apricot jam, lot A12" if en else "Rappel de la confiture d'abricot, lot A12",
        sections={("Summary" if en else "Résumé"): (
            "We are recalling lot A12 of our apricot jam because glass may be in the jar. Do not eat it." if en else
            "Nous rappelons le lot A12 de notre confiture d'abricot car du verre peut se trouver dans le pot. Ne la "
            "consommez pas.")},
        updates=(("2026-03-05 12:00", "monitoring" if en else "surveillance",
                  "Of the 5,000 jars delivered to shops, 1,200 have been brought back." if en else
                  "Sur les 5 000 pots livrés aux magasins, 1 200 ont été rapportés."),))


def test_products_delivered_to_shops_answer_how_many_were_sold(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, question in (("en", "How many units were sold?"), ("fr", "Combien d'unités ont été vendues ?")):
        answer = _brief(project, settings, "2026-03-02-jam", _jam, lang)[question]
        assert not _unanswered(answer), lang
        assert "5" in answer and "000" in answer, lang


def _water(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-05 07:00",
        title="Boil-water advisory in Lorval" if en else "Consigne d'ébullition de l'eau à Lorval",
        sections={
            ("Summary" if en else "Résumé"): (
                "Tap water in Lorval is not safe to drink without boiling, after E. coli was found in a routine "
                "test. We are sorry." if en else
                "L'eau du robinet de Lorval ne doit pas être bue sans être bouillie, après la découverte d'E. coli "
                "lors d'un contrôle. Nous en sommes désolés."),
            ("What we did" if en else "Ce que nous avons fait"): (
                "- Handed out 5,000 bottles of water free of charge at the town hall." if en else
                "- Distribué gratuitement 5 000 bouteilles d'eau à la mairie."),
            ("Postmortem" if en else "Analyse après incident"): (
                "- **Fixed:** each reservoir now has a backup pump, tested every week. The one at Lorval was installed on 6 March; the "
                "other 3 will be equipped by 31 March." if en else
                "- **Corrigé :** chaque réservoir est désormais équipé d'une pompe de secours, testée chaque semaine. "
                "Celle de Lorval a été "
                "installée le 6 mars ; les 3 autres le seront d'ici le 31 mars."),
        },
        updates=(("2026-03-07 12:00", "resolved" if en else "résolu",
                  "Tap water is safe to drink again." if en else "L'eau du robinet est de nouveau potable."),
                 ("2026-03-06 12:00", "monitoring" if en else "surveillance",
                  "Until then, please keep boiling water, or use bottled water. The distribution point closes on "
                  "9 March at 19:00." if en else
                  "D'ici là, continuez à faire bouillir l'eau, ou utilisez de l'eau en bouteille. Le point de "
                  "distribution ferme le 9 mars à 19 h."),))


def test_the_help_people_get_is_what_we_give(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, question, given in (("en", "What help do people get?", "5,000 bottles"),
                                  ("fr", "Quelle aide les personnes reçoivent-elles ?", "5 000 bouteilles")):
        quoted = " ".join(_quoted(_brief(project, settings, "2026-03-05-water", _water, lang)[question]))
        assert given in quoted.replace("\u202f", " "), lang
        assert "boil" not in quoted and "ferme" not in quoted and "closes" not in quoted, lang


# -- the checklist ticks what the statement shows done, alike in English and French ----------------

def _checklist(project, settings, name, make, lang):  # type: ignore[no-untyped-def]
    from generator.rendering.documents.checklist import render_checklist

    statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
    return render_checklist(statement, settings, NOW)


def _leak(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-06 09:00", front="next_update: 2026-03-09 18:00\n",
        title="Data breach: customer e-mail addresses copied" if en else
        "Fuite de données : adresses e-mail de clients copiées",
        sections={
            ("Summary" if en else "Résumé"): (
                "An attacker copied the e-mail addresses of our customers on 6 March. We are sorry. We are emailing "
                "each of you directly." if en else
                "Un attaquant a copié les adresses e-mail de nos clients le 6 mars. Nous en sommes désolés. Nous vous "
                "écrivons à chacun directement."),
            ("What we know" if en else "Ce que nous savons"): (
                "We do not know who is behind it. We have filed a complaint with the police." if en else
                "Nous ne savons pas qui en est l'auteur. Nous avons porté plainte auprès de la police."),
            ("What you should do" if en else "Ce que vous pouvez faire"): (
                "- Be wary of e-mails that mention your account." if en else
                "- Méfiez-vous des e-mails qui mentionnent votre compte."),
        },
        updates=(("2026-03-06 12:00", "identified" if en else "identifié",
                  "We closed the access at 11:00. Next update by 9 March at 18:00." if en else
                  "Nous avons fermé l'accès à 11 h. Prochain point d'ici le 9 mars à 18 h."),))


def test_a_complaint_filed_and_people_written_to_are_ticked_in_both_languages(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _item

    english = _checklist(project, settings, "2026-03-06-leak", _leak, "en")
    french = _checklist(project, settings, "2026-03-06-leak", _leak, "fr")
    assert _item(english, "Report it to the police").startswith("- [x]")
    assert _item(french, "Signalez les faits à la police").startswith("- [x]")
    assert _item(english, "Tell each person").startswith("- [x]")
    assert _item(french, "Prévenez chaque personne").startswith("- [x]")


def test_a_promised_update_whose_time_has_passed_is_said_overdue(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _item, _plain

    english = _plain(_item(_checklist(project, settings, "2026-03-06-leak", _leak, "en"), "Post every promised"))
    french = _plain(_item(_checklist(project, settings, "2026-03-06-leak", _leak, "fr"), "Publiez chaque point"))
    assert "overdue" in english
    assert "en retard" in french


def test_a_gift_to_everyone_is_a_decided_credit(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _item

    english = _checklist(project, settings, "2026-03-03-servers", _servers, "en")
    french = _checklist(project, settings, "2026-03-03-servers", _servers, "fr")
    assert "500 Gems" in _item(english, "Decide on service credits")
    assert "500 Gemmes" in _item(french, "Décidez d'un geste commercial")


def _debit(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 07:00",
        title="March instalment taken twice" if en else "Mensualité de mars prélevée deux fois",
        sections={("Summary" if en else "Résumé"): (
            "On 4 March, we took the March instalment twice from 812 customers. The mistake was ours and we are "
            "sorry." if en else
            "Le 4 mars, la mensualité de mars a été prélevée deux fois chez 812 abonnés. L'erreur est la nôtre et "
            "nous en sommes désolés.")},
        updates=(("2026-03-05 16:00", "resolved" if en else "résolu",
                  "Every second debit has been refunded. We now check every debit file against the previous one."
                  if en else "Chaque second prélèvement a été remboursé. Désormais, chaque fichier de prélèvements "
                  "est comparé au précédent."),))


def test_a_debit_taken_twice_gets_the_billing_steps_and_its_control_in_both_languages(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _item

    english = _checklist(project, settings, "2026-03-04-debit", _debit, "en")
    french = _checklist(project, settings, "2026-03-04-debit", _debit, "fr")
    assert _item(english, "Add the control").startswith("- [x]")
    assert _item(french, "Mettez en place le contrôle").startswith("- [x]")


def test_the_end_of_a_distribution_does_not_show_a_safe_alternative_given(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _item

    english = _item(_checklist(project, settings, "2026-03-05-water", _water, "en"), "safe alternative")
    french = _item(_checklist(project, settings, "2026-03-05-water", _water, "fr"), "solution sûre")
    assert "closes" not in english and "5,000 bottles" in english
    assert "ferme" not in french and "5 000 bouteilles" in french


# -- the memo says each thing once, and no more than the statement -------------------------------

def _memo(project, settings, name, make, lang):  # type: ignore[no-untyped-def]
    from generator.rendering.documents.memo import render_memo

    statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
    return render_memo(statement, settings, NOW)


def test_a_missed_update_is_said_late_once_never_as_ahead(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _plain

    english = _plain(_memo(project, settings, "2026-03-06-leak", _leak, "en"))
    french = _plain(_memo(project, settings, "2026-03-06-leak", _leak, "fr"))
    assert "Next update by" not in english and "is late" in english
    assert "Prochain point d'ici" not in french and "en retard" in french


def test_a_change_keeps_its_qualifier_under_the_authors_own_heading(project, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.test_documents_fresh import _plain

    english = _memo(project, settings, "2026-03-05-water", _water, "en")
    french = _memo(project, settings, "2026-03-05-water", _water, "fr")
    assert "the other 3 will be equipped by 31 March" in _plain(english)
    assert "les 3 autres le seront d'ici le 31 mars" in _plain(french)
    assert "## What we did" in english and "## What we have done" not in english
    assert "## Ce que nous avons fait" in french and french.count("## Ce que nous avons fait") == 1


# -- replies: nothing past told as ahead, a false claim said false, the statement's tense ---------

def _replies(project, settings, name, make, lang):  # type: ignore[no-untyped-def]
    from generator.rendering.documents.replies import reply_templates

    statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
    return reply_templates(statement, settings, NOW)


def _bonus(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-01 19:00",
        title="Game servers down for two hours" if en else "Panne des serveurs de jeu pendant deux heures",
        sections={("Summary" if en else "Résumé"): (
            "Nobody could log in to our game for two hours on 1 March. We are sorry." if en else
            "Personne n'a pu se connecter à notre jeu pendant deux heures le 1er mars. Nous en sommes désolés.")},
        updates=(("2026-03-01 22:00", "resolved" if en else "résolu",
                  "Everything works again. 300 Gems will be added to every account by 5 March. If a purchase is "
                  "missing, write to help@game.example and we will fix it." if en else
                  "Tout fonctionne de nouveau. 300 Gemmes seront ajoutées à chaque compte d'ici le 5 mars. Si un "
                  "achat manque, écrivez à help@game.example et nous réglerons cela."),))


def test_a_reply_never_tells_a_passed_deadline_as_ahead_nor_asks_to_write_again(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, reply_line in (("en", "reply to this message"), ("fr", "répondez à ce message")):
        text = _replies(project, settings, "2026-03-01-bonus", _bonus, lang)["personal"].text
        assert "5 March" not in text and "5 mars" not in text, lang
        assert "help@game.example" not in text and reply_line in text, lang


def _claim(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 09:00",
        title="Our '100% local' claim was false" if en else "Notre allégation « 100 % local » était fausse",
        sections={("Summary" if en else "Résumé"): (
            "Our spring advert said our bread was made with \"100% local flour\". That was false: a third of the "
            "flour came from abroad. We have withdrawn the advert and we apologise." if en else
            "Notre publicité de printemps affirmait que notre pain était fait avec « 100 % de farine locale ». "
            "C'était faux : un tiers de la farine venait de l'étranger. Nous avons retiré la publicité et nous "
            "nous en excusons.")},
        updates=(("2026-03-03 10:00", "resolved" if en else "résolu",
                  "The advert is no longer shown anywhere." if en else "La publicité n'est plus diffusée nulle part."),))


def test_a_reply_about_a_false_claim_says_it_was_false(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = _replies(project, settings, "2026-03-02-claim", _claim, "en")["personal"].text
    french = _replies(project, settings, "2026-03-02-claim", _claim, "fr")["personal"].text
    assert "That was false" in english
    assert "C'était faux" in french


def test_a_reply_keeps_the_statement_s_tense_while_e_mails_go_out(project, settings) -> None:  # type: ignore[no-untyped-def]
    english = _replies(project, settings, "2026-03-06-leak", _leak, "en")["exposed"].text
    french = _replies(project, settings, "2026-03-06-leak", _leak, "fr")["exposed"].text
    assert "we are writing to you" in english and "we have written" not in english
    assert "nous vous écrivons" in french and "nous vous avons écrit" not in french
