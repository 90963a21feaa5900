"""The crisis documents read days after the statement was written, the way a communications
director checks them, on statements written for these tests (a public-health notice on drinking
water in English and French, a data breach whose figures were corrected, a resolved check-in
outage with a postmortem, a workshop fire, a toy recall in two languages, a bad buzz, a road
closure): the newest update wins, a withdrawn figure is never given, each answer holds what its
question asks, both languages answer and tick alike, and the replies put safety first."""

from __future__ import annotations

import re
from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import reply_templates
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-03-09T20:00:00+01:00")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _answers(qa: str) -> dict[str, str]:
    parts = re.split(r"^## \d+\. (.+)$", qa, flags=re.MULTILINE)
    # Questions answered with the same quotes share one heading ("How many units were sold? How
    # many people are affected?"): each is looked up on its own.
    return {_plain(question): parts[i + 1].strip() for i in range(1, len(parts), 2)
            for question in re.split(r"(?<=\?) (?=[A-ZÀ-ÖØ-Þ«])", parts[i])}


def _quoted(answer: str) -> list[str]:
    return [_plain(line[2:]) for line in answer.splitlines() if line.startswith(("> ", "- "))]


def _unanswered(answer: str) -> bool:
    return answer.startswith(("**UNANSWERED**", "**SANS RÉPONSE**"))


def _both(project, settings, name, make):  # type: ignore[no-untyped-def]
    """The same statement in English and French (`make(lang)` gives each file's text)."""
    return {lang: write_statement(project, settings, make(lang), f"{name}{'' if lang == 'en' else '.fr'}.md")
            for lang in ("en", "fr")}


def _briefs(statements, settings):  # type: ignore[no-untyped-def]
    """Each language's media Q&A, as question → answer."""
    return {lang: _answers(render_qa_brief(s, settings, NOW)) for lang, s in statements.items()}


def _ticks(checklist: str) -> list[bool]:
    return [mark == "x" for mark in re.findall(r"^- \[(.)\]", checklist, re.MULTILINE)]


def _item(checklist: str, start: str) -> str:
    plain = _plain(checklist.replace("\n- [", " ¶- ["))
    found = next(part for part in plain.split(" ¶") if start in part)
    return found


# -- drinking water unsafe in two villages, English and French ------------------------------------

def _water(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-03-04 09:30",
        front=("next_update: 2026-03-10 18:00\n"
               "affected: [Valbrune-le-Haut, Orsay-le-Petit]\n"),
        title=("Do not drink tap water in Valbrune-le-Haut and Orsay-le-Petit: coliform bacteria after the floods"
               if en else "Ne buvez pas l'eau du robinet à Valbrune-le-Haut et Orsay-le-Petit : bactéries après les "
                          "inondations"),
        sections={
            ("Summary" if en else "Résumé"): (
                "Since 4 March, the 8,200 residents of Valbrune-le-Haut and Orsay-le-Petit must not drink tap water "
                "unless they have boiled it first. Coliform bacteria were found in the Pré-Vert reservoir after the "
                "floods. This is our failure, and we apologise."
                if en else
                "Depuis le 4 mars, les 8 200 habitants de Valbrune-le-Haut et d'Orsay-le-Petit ne doivent pas boire "
                "l'eau du robinet sans l'avoir fait bouillir. Des bactéries coliformes ont été trouvées dans le "
                "réservoir du Pré-Vert après les inondations. C'est notre faute, et nous vous présentons nos excuses."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- With the regional health agency, we test the water every morning at 9 points.\n"
                "- Every household concerned will have its water charges for the days of the advice cancelled.\n"
                "- We deliver bottled water to elderly residents who cannot travel."
                if en else
                "- Avec l'agence régionale de santé, nous analysons l'eau chaque matin en 9 points.\n"
                "- Chaque foyer concerné verra sa facture des jours de la consigne annulée.\n"
                "- Nous livrons de l'eau en bouteille aux personnes âgées qui ne peuvent pas se déplacer."),
            ("What you should do" if en else "Ce que vous pouvez faire"): (
                "- Boil tap water for 1 minute before drinking it, or use bottled water.\n"
                "- If you have diarrhoea or a fever, see your doctor.\n"
                "- Our free helpline, 0 800 55 10 10, answers every day from 8:00 to 22:00."
                if en else
                "- Faites bouillir l'eau du robinet 1 minute avant de la boire, ou utilisez de l'eau en bouteille.\n"
                "- En cas de diarrhée ou de fièvre, consultez votre médecin.\n"
                "- Notre ligne gratuite, le 0 800 55 10 10, répond tous les jours de 8 h à 22 h."),
            ("Water points" if en else "Points d'eau"): (
                "| Village | Where |\n|---|---|\n| Valbrune-le-Haut | Village hall |\n| Orsay-le-Petit | School yard |"
                if en else
                "| Village | Où |\n|---|---|\n| Valbrune-le-Haut | Salle des fêtes |\n| Orsay-le-Petit | Cour de l'école |"),
        },
        updates=(
            ("2026-03-09 18:00", "monitoring" if en else "surveillance",
             "Since 4 March we have handed out 40,000 litres of bottled water. The advice can be lifted only after "
             "two clear series of tests, 24 hours apart."
             if en else
             "Depuis le 4 mars, nous avons distribué 40 000 litres d'eau en bouteille. La consigne ne pourra être "
             "levée qu'après deux séries d'analyses conformes, à 24 heures d'intervalle."),
            ("2026-03-05 11:00", "identified" if en else "identifié",
             "The cause is floodwater that entered the Pré-Vert reservoir through a cracked inspection hatch. "
             "3 residents have reported stomach upsets to their doctors."
             if en else
             "La cause est l'eau de crue entrée dans le réservoir du Pré-Vert par une trappe de visite fissurée. "
             "3 habitants ont signalé des troubles digestifs à leur médecin."),
            ("2026-03-04 10:00", "investigating" if en else "analyse",
             "A sample taken on 2 March at 11:00 shows coliform bacteria. Do not drink tap water without boiling it. "
             "We are looking for the cause. Next update by 16:00."
             if en else
             "Un prélèvement effectué le 2 mars à 11 h révèle des bactéries coliformes. Ne buvez pas l'eau du robinet "
             "sans l'avoir fait bouillir. Nous recherchons la cause. Prochain point d'ici 16 h.",
             ),
        ),
    ).replace("Next update by 16:00.\n\n" if en else "Prochain point d'ici 16 h.\n\n",
              ("Next update by 16:00.\n\n#### Correction · 2026-03-04 15:00\n"
               "The sample was taken on 3 March at 14:00, not on 2 March at 11:00.\n\n") if en else
              ("Prochain point d'ici 16 h.\n\n#### Rectificatif · 2026-03-04 15:00\n"
               "Le prélèvement a été effectué le 3 mars à 14 h, et non le 2 mars à 11 h.\n\n"))


def _water_statements(project, settings):  # type: ignore[no-untyped-def]
    return {lang: write_statement(project, settings, _water(lang), f"2026-03-04-water{'' if lang == 'en' else '.fr'}.md")
            for lang in ("en", "fr")}


def test_the_cause_comes_from_the_newest_update_never_from_an_older_we_are_looking(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, statement in _water_statements(project, settings).items():
        answers = _answers(render_qa_brief(statement, settings, NOW))
        cause = answers["What caused it?" if lang == "en" else "Quelle en est la cause ?"]
        assert not _unanswered(cause)
        assert ("cracked inspection hatch" if lang == "en" else "trappe de visite fissurée") in cause
        assert not re.search(r"looking for the cause|recherchons la cause", cause)


def test_how_many_people_is_answered_with_people_never_litres(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, statement in _water_statements(project, settings).items():
        answers = _answers(render_qa_brief(statement, settings, NOW))
        count = _plain(answers["How many people are affected?" if lang == "en" else "Combien de personnes sont touchées ?"])
        assert ("8,200 residents" if lang == "en" else "8 200 habitants") in count
        assert "litres" not in count


def test_a_drinking_water_notice_asks_health_questions_and_is_no_outage(project, settings) -> None:  # type: ignore[no-untyped-def]
    statements = _water_statements(project, settings)
    english = _answers(render_qa_brief(statements["en"], settings, NOW))
    assert "Is there a workaround?" not in english
    assert "lifted only after two clear series" in english["When will the advice be lifted?"]
    assert "3 residents have reported stomach upsets" in english["Has anyone fallen ill?"]
    assert "Orsay-le-Petit — Where: School yard" in english["What help do people get?"]
    checklist = render_checklist(statements["en"], settings, NOW)
    assert "A critical crisis: public-health safety notice." in _plain(checklist)
    assert "service outage" not in checklist and "workaround" not in checklist
    assert _item(checklist, "Agree on the advice with the health authority").startswith("- [x]")
    assert _item(checklist, "Decide on service credits").startswith("- [x]")  # the charges are cancelled
    french = render_checklist(statements["fr"], settings, NOW)
    assert "Crise critique : alerte sanitaire" in _plain(french)


def test_english_and_french_briefs_and_checklists_of_one_statement_agree(project, settings) -> None:  # type: ignore[no-untyped-def]
    statements = _water_statements(project, settings)
    briefs = {lang: _answers(render_qa_brief(s, settings, NOW)) for lang, s in statements.items()}
    assert len(briefs["en"]) == len(briefs["fr"])
    for (question, english), french in zip(briefs["en"].items(), briefs["fr"].values(), strict=True):
        assert _unanswered(english) == _unanswered(french), question
        assert len(_quoted(english)) == len(_quoted(french)), question
    ticks = {lang: _ticks(render_checklist(s, settings, NOW)) for lang, s in statements.items()}
    assert ticks["en"] == ticks["fr"] and any(ticks["en"])


def test_a_withdrawn_time_is_never_quoted_but_in_its_correction(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, statement in _water_statements(project, settings).items():
        qa = render_qa_brief(statement, settings, NOW)
        for line in _quoted(qa):
            if re.search(r"\b11:00|\b11 h\b", line):
                assert line.startswith(("Correction", "Rectificatif")), line
        # The checklist's proof of our first word is that update as it went out (the record of what
        # was said), marked as corrected since: never words a correction put there that nobody published.
        first = _item(render_checklist(statement, settings, NOW), "First public word" if lang == "en"
                      else "Première prise de parole")
        proof = re.split(r"Done, the statement says:|Fait, selon la déclaration :", first)[-1]
        assert first.startswith("- [x]") and ("corrected since" in proof or "rectifié depuis" in proof), first


def test_the_water_replies_give_the_water_points_the_helpline_and_a_reply_for_the_ill(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = _water_statements(project, settings)["en"]
    templates = reply_templates(statement, settings, NOW)
    personal = templates["personal"].text
    assert "Water points:" in personal and "Valbrune-le-Haut — Where: Village hall" in personal
    assert "0 800 55 10 10" in personal
    unwell = templates["unwell"]
    assert unwell.label.startswith("unwell: someone who feels ill")
    assert "see your doctor" in unwell.text and "0 800 55 10 10" in unwell.text


def test_the_water_memo_tells_staff_what_the_public_is_told_and_that_it_applies_to_them(project, settings) -> None:  # type: ignore[no-untyped-def]
    memo = _plain(render_memo(_water_statements(project, settings)["en"], settings, NOW))
    assert "Residents, partners and journalists may ask you" in memo
    assert "What we tell the people affected to do" in memo
    assert "If you live in one of the areas concerned, this advice applies to you" in memo
    happened = memo.split("## What happened")[1].split("##")[0]
    assert "Boil tap water" not in happened and "we apologise" not in happened


# -- a data breach: corrected figures, the GDPR clock, what could be seen ---------------------------

BREACH = statement_file(
    severity="critical", started="2026-03-05 22:00", front="next_update: 2026-03-10 12:00\n",
    title="Loyalty accounts opened with stolen passwords",
    sections={
        "Summary": ("Between 22:00 on 5 March and 03:10 on 6 March, someone logged into 5,210 loyalty accounts with "
                    "passwords stolen from other websites. This was possible because our login page did not limit "
                    "repeated attempts, and we apologise."),
        "What happened": ("Our monitoring raised an alert at 02:40 on 6 March, and we closed the login page at 03:10.\n\n"
                          "In those accounts, the attacker could see:\n\n"
                          "- name and postal address;\n- the points balance;\n\n"
                          "The attacker could not see card numbers: we do not store them."),
        "What we are doing": "- We reported the breach to the data protection authority at 15:00 on 6 March.",
    },
    updates=(
        ("2026-03-07 19:00", "identified", "Our analysis is complete: 4,900 accounts were opened. "
                                           "Logins are now limited to five attempts."),
        ("2026-03-06 08:00", "investigating", "We closed the login page overnight and are working to establish which "
                                              "accounts were opened. Next update by 18:00."),
    ),
).replace("Logins are now limited to five attempts.\n\n", "Logins are now limited to five attempts.\n\n"
          "#### Correction · 2026-03-08 10:00\nThe figure is 5,210 accounts, not 4,900: a second server showed 310 "
          "more.\n\n")


def test_a_figure_a_correction_withdrew_is_never_an_answer(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-03-06-loyalty.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    count = answers["How many people are affected?"]
    assert "5,210 loyalty accounts" in count and "4,900" not in count
    assert "name and postal address;" in _quoted(answers["What data exactly?"])
    assert "the points balance;" in _quoted(answers["What data exactly?"])
    assert "limited to five attempts" in answers["Will it happen again?"]


def test_the_gdpr_clock_counts_from_the_alert_and_prints_no_field_name(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-03-06-loyalty.md")
    checklist = render_checklist(statement, settings, NOW)
    assert "count from when we became aware: 6 March at 02:40 CET; the statement says: “Our monitoring raised an " \
           "alert at 02:40 on 6 March" in _plain(checklist)
    assert "`" not in checklist and "started" not in checklist
    regulator = _item(checklist, "Notify the data protection authority")
    assert "Deadline: 9 March at 02:40 CET" in regulator and regulator.startswith("- [x]")


def test_an_evening_alert_in_twelve_hour_time_starts_the_clock_in_the_evening(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = BREACH.replace("Our monitoring raised an alert at 02:40 on 6 March", "Our monitoring raised an alert at "
                          "11:20 pm on 5 March")
    checklist = render_checklist(write_statement(project, settings, text, "2026-03-06-loyalty.md"), settings, NOW)
    assert "Deadline: 8 March at 23:20 CET" in _item(checklist, "Notify the data protection authority")


def test_the_exposed_reply_lists_what_could_and_could_not_be_seen(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-03-06-loyalty.md")
    exposed = reply_templates(statement, settings, NOW)["exposed"].text
    assert "Here is the data concerned, as our statement lists it:\n- name and postal address;\n- the points balance;" in exposed
    assert "The attacker could not see card numbers" in exposed


# -- a resolved check-in outage with a postmortem ---------------------------------------------------

OUTAGE = statement_file(
    started="2026-03-02 06:10", front="",
    title="Ticket machines down at three stations",
    sections={
        "Summary": ("From 06:10 to 08:30 on 2 March, our ticket machines did not work at three stations: 1,900 "
                    "travellers were affected. Travellers who missed a train are entitled to compensation."),
        "What happened": ("We had installed a new payment module overnight, and we had not tested it with the "
                          "station network. At 08:10 we removed it, and the machines were working again at 08:30."),
        "Postmortem": ("**Cause.** The module was tested on a different network.\n\n"
                       "**What we are changing.**\n\n"
                       "- New modules are now tested on a copy of each station's network.\n"
                       "- They are installed on one station first."),
    },
    updates=(
        ("2026-03-02 17:00", "resolved", "All machines have worked normally since 08:30. Claim your compensation "
                                         "on our website before 31 March."),
        ("2026-03-02 06:30", "investigating", "Our ticket machines are down at three stations. Buy your ticket on "
                                              "board instead."),
    ),
)


def test_a_resolved_outage_says_it_works_and_lists_what_changes_never_a_heading(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, OUTAGE, "2026-03-02-machines.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert _quoted(answers["Is it working normally now?"]) == ["All machines have worked normally since 08:30."]
    assert "we had not tested it" in answers["Who is responsible?"]
    assert "entitled to compensation" in answers["Will people be compensated?"]
    done = _quoted(answers["What have you done about it?"])
    assert done[:2] == ["New modules are now tested on a copy of each station's network.",
                        "They are installed on one station first."]
    assert not any(line.startswith("What we are changing") for line in _quoted(render_qa_brief(statement, settings,
                                                                                                  NOW)))
    checklist = render_checklist(statement, settings, NOW)
    assert _item(checklist, "Say when service is back").startswith("- [x]")
    # Once it is over the list is the record: a step the statement does not show done, its
    # deadline passed, is one to check; a step shown done is never flagged.
    for item in checklist.split("\n- [")[1:]:
        assert ("passed" in item) == (item.startswith(" ]") and "Deadline:" in item), item


# -- a workshop fire, in French -------------------------------------------------------------------------

FIRE = statement_file(
    lang="fr", started="2026-03-03 10:00", front="",
    title="Incendie dans l'atelier de menuiserie de Saint-Lupicin",
    sections={
        "Résumé": ("Le 3 mars à 10 h, un incendie s'est déclaré dans notre atelier de menuiserie. Les 40 personnes "
                   "présentes ont été évacuées. Les pompiers ont maîtrisé le feu à 11 h 20."),
        "Ce que nous faisons": "- Les machines ont été contrôlées avant la reprise du 5 mars.",
    },
    updates=(
        ("2026-03-05 12:00", "résolu", "L'atelier a repris le travail ce matin. Depuis le 3 mars, 12 salariés ont "
                                       "travaillé dans notre autre atelier, comme nous l'avions prévu hier, 4 mars."),
        ("2026-03-04 09:00", "surveillance", "Le salarié examiné à l'hôpital est rentré chez lui hier soir et va "
                                             "bien."),
        ("2026-03-03 10:30", "analyse", "Un incendie est en cours dans notre atelier. Les 40 personnes présentes ont "
                                        "été évacuées ; un salarié incommodé par les fumées a été conduit à "
                                        "l'hôpital."),
    ),
)


def test_the_fire_brief_says_who_is_hurt_and_that_the_site_was_checked(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, FIRE, "2026-03-03-incendie.fr.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    hurt = _quoted(answers["Y a-t-il des blessés ?"])
    # (The statement's "hier soir", dated for a brief read later, in brackets: the words are ours.)
    assert hurt[0] == "Le salarié examiné à l'hôpital est rentré chez lui [le 3 mars au] soir et va bien."
    assert all(re.search(r"hôpital|bless|indemne", line) for line in hurt)
    assert "contrôlées avant la reprise" in answers["Le site est-il sûr désormais ?"]
    checklist = render_checklist(statement, settings, NOW)
    people = _item(checklist, "Les personnes d'abord")
    assert people.startswith("- [x]") and "évacuées" in people and "maîtrisé le feu" not in people
    assert _item(checklist, "Sécurisez le site").startswith("- [x]")


def test_the_fire_memo_names_the_days_of_its_latest_update_and_keeps_its_figures(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, FIRE, "2026-03-03-incendie.fr.md")
    latest = _plain(render_memo(statement, settings, NOW)).split("## Notre dernier point public")[1].split("##")[0]
    assert "L'atelier a repris le travail le 5 mars au matin." in latest
    assert "Depuis le 3 mars, 12 salariés ont travaillé" in latest  # a date then a figure is not a date said twice
    assert "comme nous l'avions prévu le 4 mars." in latest  # « hier, 4 mars » named once


# -- a toy recall, in two languages ------------------------------------------------------------------

def _recall(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, started="2026-03-02 09:00", front="next_update: 2026-03-12 12:00\n",
        title="Recall of the Pomme teether" if en else "Rappel de l'anneau de dentition Pomme",
        sections={
            ("Summary" if en else "Résumé"): (
                "We are recalling the Pomme teether: a piece can break off and a baby could choke. We are sorry."
                if en else "Nous rappelons l'anneau de dentition Pomme : un morceau peut se détacher et un bébé "
                           "pourrait s'étouffer. Nous en sommes désolés."),
            ("What we are doing" if en else "Ce que nous faisons"): (
                "- Sales have been stopped everywhere since 2 March." if en else
                "- La vente est arrêtée partout depuis le 2 mars."),
            ("What you should do" if en else "Ce que vous pouvez faire"): (
                "- Return the teether to the shop for a refund.\n"
                "- If your child may have swallowed a piece, call 112 at once.\n"
                "- Questions: our free helpline 0 800 20 30 40 is open every day from 9:00 to 18:00."
                if en else
                "- Rapportez l'anneau en magasin pour être remboursé.\n"
                "- Si votre enfant a pu avaler un morceau, appelez immédiatement le 112.\n"
                "- Questions : notre ligne gratuite 0 800 20 30 40 est ouverte tous les jours de 9 h à 18 h."),
        },
        updates=(("2026-03-02 09:30", "identified" if en else "identifié",
                  "We are recalling the Pomme teether." if en else "Nous rappelons l'anneau de dentition Pomme."),),
    )


def test_stop_sales_is_ticked_in_both_languages_when_the_statement_says_sales_stopped(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, start in (("en", "Stop sales and withdraw"), ("fr", "Arrêtez la vente et retirez")):
        name = "2026-03-02-pomme.md" if lang == "en" else "2026-03-02-pomme.fr.md"
        checklist = render_checklist(write_statement(project, settings, _recall(lang), name), settings, NOW)
        assert _item(checklist, start).startswith("- [x]"), lang


def test_the_unwell_reply_gives_the_emergency_number_before_anything_and_the_helpline(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        name = "2026-03-02-pomme.md" if lang == "en" else "2026-03-02-pomme.fr.md"
        text = reply_templates(write_statement(project, settings, _recall(lang), name), settings, NOW)["unwell"].text
        emergency = text.index("112")
        thanks = text.index("Thank you for writing" if lang == "en" else "Merci de nous avoir écrit")
        # (A teether a baby could choke on hurts, it does not make anyone "unwell": kit 37.)
        sorry = text.index("sorry for what this has put you through" if lang == "en" else
                           "Nous sommes sincèrement désolés de tout ce que cela vous a fait vivre")
        assert emergency < thanks < sorry, lang
        assert "0 800 20 30 40" in text
        assert ("we record every report" if lang == "en" else "nous enregistrons chaque signalement") in text


# -- a bad buzz, and a road closure that is over -------------------------------------------------------

BUZZ = statement_file(
    lang="fr", severity="minor", started="2026-03-03 18:00", front="",
    title="Notre publicité sur les seniors : nos excuses",
    sections={"Résumé": ("Le 3 mars, nous avons publié une publicité qui se moquait des personnes âgées. Cette "
                         "publicité était blessante, et elle n'aurait jamais dû être diffusée. Nous l'avons retirée "
                         "et nous présentons nos excuses. Les personnes âgées sont nos clients les plus fidèles.")},
    updates=(("2026-03-04 12:00", "résolu", "Nous avons répondu à chaque personne qui nous a écrit."),
             ("2026-03-03 21:00", "identifié", "Nous avons retiré la publicité.")),
)


def test_a_bad_buzz_reply_apologises_for_what_was_published_and_never_says_resolved(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BUZZ, "2026-03-03-publicite.fr.md")
    personal = _plain(reply_templates(statement, settings, NOW)["personal"].text)
    assert "Je vous présente mes excuses pour ce que nous avons publié" in personal
    assert "désagrément" not in personal and "rétablie" not in personal
    assert "se moquait des personnes âgées" not in personal  # what hurt people is not said again
    assert "Les personnes âgées sont nos clients les plus fidèles." in personal


BIG_BUZZ = statement_file(
    severity="major", started="2026-03-03 18:00", front="",
    title="Our post about nurses: our apologies",
    sections={"Summary": ("On 3 March, our post about night-shift nurses was offensive, and it should never have been "
                          "published. We removed it on 4 March at 08:00 and we apologise. Nurses are among our most "
                          "loyal customers."),
              "What we are doing": "- From now on, every post is reviewed by two people before it goes out."},
    updates=(("2026-03-04 12:00", "resolved", "We have replied personally to each person who wrote to us."),
             ("2026-03-03 21:00", "identified", "We are sorry for our post about nurses.")),
)


def test_a_major_bad_buzz_gets_its_own_checklist_and_questions(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BIG_BUZZ, "2026-03-03-post.md")
    checklist = render_checklist(statement, settings, NOW)
    assert "A major crisis: controversy over something we published or said." in _plain(checklist)
    assert "service outage" not in checklist
    for step in ("Take the content down everywhere", "Apologise for what was said", "Answer the people who wrote",
                 "Change how posts are approved"):
        assert _item(checklist, step).startswith("- [x]"), step
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert "We removed it on 4 March at 08:00" in answers["Has it been taken down?"]
    assert "reviewed by two people" in answers["Will it happen again?"]


ROAD = statement_file(
    severity="minor", started="2026-03-02 13:00", front="",
    title="Water cut in Mont-Royal after a burst main",
    sections={"Summary": "On 2 March, 600 households had no water for five hours. We are sorry."},
    updates=(("2026-03-02 19:00", "resolved", "Water is back in every street. Rue Haute stays closed to traffic until "
                                              "4 March while the road is rebuilt. Thank you for your patience this "
                                              "afternoon."),),
)


def test_a_reply_sent_later_drops_a_closure_already_over_and_names_the_day(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, ROAD, "2026-03-02-main.md")
    personal = _plain(reply_templates(statement, settings, NOW)["personal"].text)
    assert "Water is back in every street." in personal
    assert "until 4 March" not in personal
    assert "on the afternoon of 2 March" in personal and "this afternoon" not in personal


def test_a_memo_on_one_restaurants_food_poisoning_never_tells_staff_the_advice_is_for_where_they_live(
        project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(
        severity="major", started="2026-03-04 09:00", title="57 guests fell ill after our brunch",
        sections={"Summary": "57 people fell ill after eating salmonella-contaminated mousse at our brunch on 3 March. "
                             "We are sorry.",
                  "What you should do": "- If you ate at the brunch and have a fever, see a doctor."},
        updates=(("2026-03-05 10:00", "identified", "The restaurant is closed."),))
    memo = _plain(render_memo(write_statement(project, settings, text, "2026-03-04-brunch.md"), settings, NOW))
    assert "What we tell the people affected to do" in memo
    assert "If you live in one of the areas concerned" not in memo, memo


def test_a_statement_that_shows_data_is_the_data_concerned_and_what_it_does_not_show_is_not(project, settings) -> None:  # type: ignore[no-untyped-def]
    text = statement_file(started="2026-03-06 09:00", front="", title="Statements shown to other customers", sections={
        "Summary": "On 6 March a fault in our app showed 3,412 customers another customer's statement. We are sorry.",
        "What happened": ("Our logs show that 1,986 statements were opened by someone else. A statement shows the "
                          "customer's name, postal address, sort code and account number, balance and the month's "
                          "transactions. It does not show card numbers, PINs or passcodes.")},
        updates=(("2026-03-06 11:00", "identified", "The fault is fixed."),))
    statement = write_statement(project, settings, text, "2026-03-06-statements.md")
    exposed = reply_templates(statement, settings, NOW)["exposed"].text
    concerned = exposed.split("Here is the data concerned", 1)[1].split("\n\n", 1)[0]
    assert "postal address, sort code" in concerned and "card numbers" not in concerned, exposed
    assert "card numbers" in exposed.split("What was not exposed", 1)[1].split("\n\n", 1)[0], exposed
