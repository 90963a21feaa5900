"""The crisis documents find what the statement says in its own words, alike in English and
French: a cause told without the word "cause", a free replacement as compensation, a new test
as what stops it happening again, skiers and hikers as people affected, mountain rescuers as
emergency services (never a backup motor), the reader's password and never our staff's."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.qa_brief import render_qa_brief
from tests.press_support import statement_file, write_statement
from tests.test_documents_fresh import _answers, _item, _quoted, _ticks, _unanswered

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def _checklists(project, settings, name, make):  # type: ignore[no-untyped-def]
    checklists = {}
    for lang in ("en", "fr"):
        statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
        checklists[lang] = render_checklist(statement, settings, NOW)
    assert _ticks(checklists["en"]) == _ticks(checklists["fr"])
    return checklists


def _briefs(project, settings, name, make):  # type: ignore[no-untyped-def]
    briefs = {}
    for lang in ("en", "fr"):
        statement = write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
        briefs[lang] = _answers(render_qa_brief(statement, settings, NOW))
    for (question, english), french in zip(briefs["en"].items(), briefs["fr"].values(), strict=True):
        assert _unanswered(english) == _unanswered(french), question
    return briefs


# -- a tennis club's booking site breached through a fake e-mail -----------------------------------

def _club(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-04 18:00", front="kind: breach\n",
        title="Members' details viewed on our booking site" if en else
        "Coordonnées des adhérents consultées sur notre site de réservation",
        sections={
            ("Summary" if en else "Résumé"): (
                "On 3 March someone viewed the names and phone numbers of 640 members on our booking site. No "
                "passwords were exposed. We are sorry. Every affected member has been told directly." if en else
                "Le 3 mars, quelqu'un a consulté le nom et le numéro de téléphone de 640 adhérents sur notre site "
                "de réservation. Aucun mot de passe n'a été exposé. Nous en sommes désolés. Chaque adhérent concerné "
                "a été prévenu directement."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "The intruder logged in with the password of one of our coaches, taken through a fake e-mail. "
                "Our site did not require a second factor." if en else
                "L'intrus s'est connecté avec le mot de passe de l'un de nos entraîneurs, volé par un faux "
                "courriel. Notre site n'exigeait pas de second facteur."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- Every staff password has been reset." if en else
                "- Les mots de passe de tous nos salariés ont été réinitialisés."),
        },
        updates=(("2026-03-04 18:00", "identified" if en else "identifié",
                  "We are still establishing the cause." if en else "Nous cherchons encore la cause."),))


def test_a_cause_told_without_the_word_cause_answers_what_caused_it(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(project, settings, "2026-03-04-club", _club)
    english = _quoted(briefs["en"]["What caused it?"])
    french = _quoted(briefs["fr"]["Quelle en est la cause ?"])
    assert any("taken through a fake e-mail" in line for line in english)
    assert "Our site did not require a second factor." in english
    assert any("volé par un faux courriel" in line for line in french)


def test_the_password_answer_speaks_to_the_reader_not_of_our_staff(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(project, settings, "2026-03-04-club", _club)
    english = briefs["en"]["Should I change my password?"]
    french = briefs["fr"]["Dois-je changer mon mot de passe ?"]
    assert "No passwords were exposed." in english and "staff" not in english and "coaches" not in english
    assert "Aucun mot de passe n'a été exposé." in french and "salariés" not in french


# -- a kettle recall: a free replacement, a new test ------------------------------------------------

def _kettles(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-02 10:00", front="kind: recall\n",
        title="Recall of the Aqua kettle" if en else "Rappel de la bouilloire Aqua",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling 3,200 Aqua kettles sold since 1 May. If your kettle has lot K24, stop using it. "
                "We will replace it free of charge." if en else
                "Nous rappelons 3 200 bouilloires Aqua vendues depuis le 1er mai. Si votre bouilloire porte le lot "
                "K24, cessez de l'utiliser. Nous la remplacerons gratuitement."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- We will pay for the damage the kettles caused.\n- Our 30 shops have stopped selling the kettle."
                if en else "- Nous prendrons en charge les dégâts causés par les bouilloires.\n- Nos 30 magasins ont "
                "cessé de vendre la bouilloire."),
            ("Is my kettle affected?" if en else "Ma bouilloire est-elle concernée ?"): (
                "Kettles made since 1 June are not affected. They pass a new seal test." if en else
                "Les bouilloires fabriquées depuis le 1er juin ne sont pas concernées. Elles passent un nouveau "
                "test d'étanchéité."),
        },
        updates=(("2026-03-02 10:00", "identified" if en else "identifié",
                  "We are recalling the Aqua kettle." if en else "Nous rappelons la bouilloire Aqua."),))


def test_a_free_replacement_and_paid_damage_answer_compensation(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(project, settings, "2026-03-02-kettles", _kettles)
    english = _quoted(briefs["en"]["Will people be compensated?"])
    french = _quoted(briefs["fr"]["Les personnes seront-elles indemnisées ?"])
    assert "We will replace it free of charge." in english
    assert "We will pay for the damage the kettles caused." in english
    # "it" is the kettle of the sentence before: both are quoted
    assert english.index("If your kettle has lot K24, stop using it.") < english.index("We will replace it free of charge.")
    assert "Nous la remplacerons gratuitement." in french
    assert "Nous prendrons en charge les dégâts causés par les bouilloires." in french


def test_a_new_test_told_in_the_authors_own_section_answers_will_it_happen_again(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(project, settings, "2026-03-02-kettles", _kettles)
    assert "They pass a new seal test." in _quoted(briefs["en"]["Will it happen again?"])
    assert "Elles passent un nouveau test d'étanchéité." in _quoted(briefs["fr"]["Cela peut-il se reproduire ?"])


# -- a cable car stopped: hikers brought down by mountain rescuers ----------------------------------

def _cable_car(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="major", started="2026-03-03 11:00", front="kind: safety\n",
        title="Pic Blanc cable car stopped" if en else "Téléphérique du Pic Blanc arrêté",
        sections={
            ("Summary" if en else "Résumé"): (
                "On 3 March the Pic Blanc cable car stopped between two stations. 40 hikers were brought down by "
                "15:00. Nobody was hurt. We are sorry." if en else
                "Le 3 mars, le téléphérique du Pic Blanc s'est arrêté entre deux gares. 40 randonneurs ont été "
                "ramenés au sol avant 15 h. Personne n'a été blessé. Nous en sommes désolés."),
            ("What happened" if en else "Ce qui s'est passé"): (
                "The diesel backup motor did not start. The evacuation was led by 12 mountain rescue "
                "gendarmes." if en else
                "Le moteur diesel de secours n'a pas démarré. L'évacuation a été menée par 12 gendarmes du "
                "secours en montagne."),
        },
        updates=(("2026-03-03 15:30", "identified" if en else "identifié",
                  "Everyone is safe." if en else "Tout le monde est en sécurité."),))


def test_hikers_are_people_affected_and_mountain_rescuers_emergency_services(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = _briefs(project, settings, "2026-03-03-cable-car", _cable_car)
    assert "40 hikers were brought down by 15:00." in briefs["en"]["How many people are affected?"]
    assert "40 randonneurs ont été ramenés au sol avant 15 h." in _quoted(
        briefs["fr"]["Combien de personnes sont touchées ?"])
    english = briefs["en"]["Were emergency services and authorities involved?"]
    french = briefs["fr"]["Les secours et les autorités sont-ils intervenus ?"]
    assert "12 mountain rescue gendarmes" in english
    assert "12 gendarmes du secours en montagne" in french
    assert "moteur diesel" not in french  # a backup motor (« de secours ») is no rescuer


# -- the checklist ticks what the statement says done, in its own words -----------------------------

def test_people_told_directly_tick_the_step_of_telling_them(project, settings) -> None:  # type: ignore[no-untyped-def]
    checklists = _checklists(project, settings, "2026-03-04-club", _club)
    assert "Every affected member has been told directly." in _item(checklists["en"], "Tell each person")
    assert "Chaque adhérent concerné a été prévenu directement." in _item(checklists["fr"], "Prévenez chaque personne")


def test_shops_that_stopped_selling_tick_the_step_of_stopping_sales(project, settings) -> None:  # type: ignore[no-untyped-def]
    checklists = _checklists(project, settings, "2026-03-02-kettles", _kettles)
    assert "Our 30 shops have stopped selling the kettle." in _item(checklists["en"], "Stop sales")
    assert "Nos 30 magasins ont cessé de vendre la bouilloire." in _item(checklists["fr"], "Arrêtez la vente")


def test_gendarmes_show_the_authorities_involved_in_both_languages(project, settings) -> None:  # type: ignore[no-untyped-def]
    checklists = _checklists(project, settings, "2026-03-03-cable-car", _cable_car)
    assert "12 mountain rescue gendarmes" in _item(checklists["en"], "Inform the labour inspectorate")
    assert "12 gendarmes du secours en montagne" in _item(checklists["fr"], "Informez l'inspection du travail")


# -- the memo tells staff what we tell the public, never "you" to them -------------------------------

def test_the_memo_quotes_words_to_the_public_and_keeps_the_it_they_lean_on(project, settings) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.documents.memo import render_memo

    for lang, make in (("en", _kettles), ("fr", _kettles)):
        statement = write_statement(project, settings, make(lang), f"2026-03-02-kettles{'' if lang == 'en' else '.fr'}.md")
        memo = " ".join(render_memo(statement, settings, NOW).replace("\u00a0", " ").replace("\u202f", " ").split())
        facts = memo.split("## ")[2]  # "What happened"
        if lang == "en":
            assert "To the people affected we say: “If your kettle has lot K24, stop using it. We will replace it free " \
                   "of charge.”" in facts
        else:
            assert "Aux personnes concernées, nous disons : « Si votre bouilloire porte le lot K24, cessez de " \
                   "l'utiliser. Nous la remplacerons gratuitement. »" in facts
