"""The crisis documents checked the way a communications director reads them, on statements
written for these tests (a biscuit recall, a data breach found late, a double charge, a
warehouse fire, a map-app outage in two languages): the answer under each Q&A question, the
lots listed, the deadline on the checklist and what is ticked, the memo's sections, and the
reply templates a support agent gets."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import render_replies, reply_templates
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-10T21:00:00+02:00")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _answers(qa: str) -> dict[str, str]:
    parts = re.split(r"^## \d+\. (.+)$", qa, flags=re.MULTILINE)
    # Questions answered with the same quotes share one heading ("How many units were sold? How
    # many people are affected?"): each is looked up on its own.
    return {_plain(question): parts[i + 1].strip() for i in range(1, len(parts), 2)
            for question in re.split(r"(?<=\?) (?=[A-ZÀ-ÖØ-Þ«])", parts[i])}


def _quoted(answer: str) -> list[str]:
    """The sentences an answer quotes (its `> ` lines and `- ` lines)."""
    return [_plain(line[2:]) for line in answer.splitlines() if line.startswith(("> ", "- "))]


def _section(markdown: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n\n(.*?)(?=^## |\Z)", markdown, re.MULTILINE | re.DOTALL)
    assert match, f"no section {heading!r} in:\n{markdown}"
    return match.group(1).strip()


def _item(checklist: str, start: str) -> str:
    """One checklist item with its notes."""
    plain = checklist.replace("\u00a0", " ").replace("\u202f", " ")
    index = plain.index(start)
    line_start = plain.rindex("\n- [", 0, index) + 1
    following = plain.find("\n- [", index)
    return plain[line_start:following if following >= 0 else None]


# -- a food recall, in French, with a table of lots ------------------------------------------------

RECALL = statement_file(
    lang="fr", severity="critical", started="2026-09-08 18:00",
    title="Rappel de galettes au beurre : présence de Salmonella",
    front="next_update: 2026-09-11 12:00\nspokesperson: {name: Odile Marchand, role: Présidente}\n",
    sections={
        "Résumé": ("Nous rappelons trois lots de galettes au beurre, car la bactérie Salmonella a été détectée lors "
                   "d'un contrôle. Ne les consommez pas : rapportez-les en magasin pour être remboursé. "
                   "Nous vous présentons nos excuses."),
        "Ce qui s'est passé": ("Le lundi 7 septembre, notre laboratoire a détecté Salmonella dans un échantillon du "
                               "lot GB2608A. La cause est un lot de farine contaminé chez un fournisseur."),
        "Produits concernés": ("| Produit | Lots | À consommer jusqu'au |\n|---|---|---|\n"
                               "| Galettes au beurre, boîte de 200 g | GB2608A, GB2608B | 30 mars 2027 |\n"
                               "| Galettes au beurre, sachet de 100 g | GB2609C | 2 avril 2027 |"),
        "Ce que nous faisons": ("- Tous les lots concernés ont été retirés des rayons de nos 120 points de vente.\n"
                                "- Nous avons informé la Direction départementale de la protection des populations "
                                "le 8 septembre, et le rappel est publié sur RappelConso."),
        "Ce que vous pouvez faire": (
            "- Si votre boîte fait partie des lots rappelés, ne la consommez pas. Rapportez-la au point de vente, où "
            "elle vous sera remboursée, même sans ticket.\n"
            "- Si vous en avez consommé et que vous avez de la fièvre ou des troubles digestifs, consultez votre "
            "médecin en lui signalant cette consommation. Les femmes enceintes et les personnes âgées doivent être "
            "particulièrement attentives."),
    },
    updates=(
        ("2026-09-10 17:00", "identifié", "Les 3 lots ont été retirés de tous les magasins : 4 200 boîtes ont été "
                                          "récupérées. Aucun cas de salmonellose ne nous a été signalé."),
        ("2026-09-08 18:00", "analyse", "Salmonella a été détectée dans un lot de galettes au beurre. Nous rappelons "
                                        "ce lot et analysons les autres."),
    ),
)


def _recall(project, settings):  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(settings, organisation="Fromagerie du Val d'Orge")
    return write_statement(project, settings, RECALL, "2026-09-08-rappel-galettes.fr.md"), settings


def test_the_recall_qa_lists_every_lot_of_the_table(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    lots = _answers(render_qa_brief(statement, settings, NOW))["Quels produits, quels lots, quelles dates ?"]
    assert "GB2608A, GB2608B" in lots and "GB2609C" in lots
    assert "Galettes au beurre, sachet de 100 g — Lots : GB2609C — À consommer jusqu'au : 2 avril 2027" \
        in _plain(lots)


def test_the_recall_qa_answers_the_cause_and_the_health_question_with_the_statement(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert "La cause est un lot de farine contaminé chez un fournisseur." in _quoted(answers["Quelle en est la cause ?"])
    health = answers["Quel est le risque, et que doivent surveiller les personnes qui l'ont chez elles ?"]
    assert any("consultez votre médecin" in line for line in _quoted(health))


def test_a_recall_checklist_has_the_recall_duties_and_no_data_regulator_clock(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    checklist = render_checklist(statement, settings, NOW)
    assert "72" not in checklist
    authority = _item(checklist, "Informez sans délai l'autorité chargée de la sécurité des produits")
    assert authority.startswith("- [x]") and "RappelConso" in authority
    withdraw = _item(checklist, "Arrêtez la vente et retirez les lots")
    assert withdraw.startswith("- [x]")
    assert "Tous les lots concernés ont été retirés des rayons" in withdraw


def test_the_recall_memo_lays_the_table_out_as_labelled_lines_and_names_the_organisation(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    memo = _plain(render_memo(statement, settings, NOW))
    assert "- Galettes au beurre, boîte de 200 g — Lots : GB2608A, GB2608B — À consommer jusqu'au : " \
           "30 mars 2027" in memo
    assert "Produits concernés : Produit" not in memo and "- Lots" not in memo
    assert "réservé au personnel de la Fromagerie du Val d'Orge" in memo


def test_recall_replies_answer_the_unwell_the_pregnant_and_where_to_return_it(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    templates = reply_templates(statement, settings, NOW)
    assert {"unwell", "pregnant", "return"} <= set(templates)
    for key in ("personal", "unwell", "pregnant", "return"):
        text = templates[key].text
        assert "[[nom]]" in text and "[[objet]]" in text and "[[signature]]" in text
    assert "consultez votre médecin" in templates["unwell"].text
    assert "femmes enceintes" in templates["pregnant"].text
    assert "Rapportez-la au point de vente" in templates["return"].text
    for key in ("personal", "return"):
        assert "GB2608A, GB2608B" in templates[key].text and "GB2609C" in templates[key].text
    # The newest update is in the personal reply, the old one is not repeated.
    assert "4 200 boîtes ont été récupérées" in _plain(templates["personal"].text)


# -- a data breach found days after it began ---------------------------------------------------------

BREACH = statement_file(
    started="2026-09-01 08:00", front="next_update: 2026-09-11 17:00\nkind: breach\n",
    title="Customer addresses viewed through a partner portal",
    sections={
        "Summary": ("Between 1 and 7 September, someone used a partner's stolen password to view the delivery "
                    "addresses of 2,310 customers. We are sorry. Every affected customer has been contacted."),
        "What happened": ("On 7 September at 19:30, our security team detected unusual searches in the partner "
                          "portal. The password had been stolen through a phishing email."),
        "What we are doing": ("- We disabled the partner account on 7 September at 20:00.\n"
                              "- We notified the data protection authority on 9 September."),
        "What you should do": "- Be wary of calls in our name. We will never ask for your password.",
    },
    updates=(
        ("2026-09-09 16:00", "identified", "We notified the data protection authority today. "
                                           "2,310 customers are affected."),
        ("2026-09-08 10:00", "investigating", "We detected unusual searches in our partner portal last night "
                                              "and closed the account."),
    ),
)


def test_the_gdpr_clock_runs_from_when_we_knew_and_the_notification_is_ticked(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-09-08-portal.md")
    checklist = render_checklist(statement, settings, NOW)
    regulator = _item(checklist, "Notify the data protection authority")
    # 72 hours from when the statement says we detected it (7 Sept 19:30), never from the misuse
    # on 1 September, and the checklist says which sentence it counts from.
    assert "Deadline: 10 September at 19:30 CEST" in regulator
    assert "4 September" not in regulator
    assert "count from when we became aware: 7 September at 19:30 CEST; the statement says: “On 7 September at " \
           "19:30, our security team detected unusual searches" in _plain(checklist)
    assert "`started`" not in checklist
    assert regulator.startswith("- [x]") and "notified the data protection authority" in regulator
    assert "passed" not in regulator


def test_the_breach_qa_finds_the_cause_in_what_happened(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-09-08-portal.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    assert "The password had been stolen through a phishing email." in _quoted(answers["What caused it?"])
    assert "our security team detected" in answers["When did it start, and when did you find out?"]


def test_the_breach_reply_says_what_was_exposed(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BREACH, "2026-09-08-portal.md")
    exposed = reply_templates(statement, settings, NOW)["exposed"].text
    assert "delivery addresses of 2,310 customers" in exposed
    assert "We will never ask for your password." in exposed
    # Asked whether they were exposed, they may not have been: sorry for the worry, nothing presumed.
    assert "I am sorry for the worry this is causing you." in exposed and "should not have happened to you" not in exposed


# -- a double charge, resolved ----------------------------------------------------------------------------

BILLING = statement_file(
    started="2026-09-04 09:00", front="",
    title="Some subscribers were charged twice for September",
    sections={
        "Summary": ("On 4 September, 1,180 subscribers were charged twice for their September plan. Every "
                    "duplicate charge has been refunded. We are sorry."),
        "What you should do": "- Nothing. The refund shows on your bank statement within 5 days.",
    },
    updates=(
        ("2026-09-06 18:00", "resolved", "All 1,180 duplicate charges have been refunded. We have added an automatic "
                                         "check that blocks a second charge in the same month. Affected subscribers "
                                         "have received a €10 voucher."),
        ("2026-09-04 11:00", "identified", "The cause was a billing job that ran twice after a server restart. "
                                           "We will refund every duplicate charge."),
    ),
)


def test_a_resolved_billing_qa_answers_cause_prevention_and_compensation_in_the_past(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BILLING, "2026-09-04-double-charge.md")
    qa = render_qa_brief(statement, settings, NOW)
    answers = _answers(qa)
    assert _quoted(answers["What caused it?"])[0] == ("The cause was a billing job that ran twice after a server "
                                                      "restart.")
    assert any("automatic check" in line for line in _quoted(answers["Will it happen again?"]))
    assert any("€10 voucher" in line for line in _quoted(answers["When do people get their money back?"]))
    assert "next update" not in qa.lower()
    assert "Our update of 6 September at 18:00 CEST said it was resolved." in answers["What have you done about it?"]


def test_a_billing_checklist_names_the_kind_and_has_no_outage_or_regulator_step(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BILLING, "2026-09-04-double-charge.md")
    checklist = render_checklist(statement, settings, NOW)
    assert "A major crisis: billing or payment error." in checklist
    assert "service outage" not in checklist and "72" not in checklist and "workaround" not in checklist
    control = _item(checklist, "Add the control that stops it happening again")
    assert control.startswith("- [x]") and "automatic check" in control


def test_the_resolved_memo_has_what_we_did_and_dates_the_update_that_said_so(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BILLING, "2026-09-04-double-charge.md")
    memo = render_memo(statement, settings, NOW)
    assert "automatic check" in _section(memo, "What we have done")
    assert "## What we are doing" not in memo
    assert _section(memo, "When you will hear more").startswith("Our update of 6 September at 18:00 CEST said it "
                                                                 "was resolved.")
    assert "will follow" not in memo


def test_billing_replies_apologise_once_and_answer_the_charge_question(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, BILLING, "2026-09-04-double-charge.md")
    templates = reply_templates(statement, settings, NOW)
    for template in templates.values():
        assert len(re.findall(r"\b(?:sorry|apologi[sz]e)\b", template.text, re.IGNORECASE)) <= 1, template.key
    assert "€10 voucher" in templates["charged"].text
    # (The fuller of the two sentences that say it: the update's, with the count.)
    assert "All 1,180 duplicate charges have been refunded." in templates["charged"].text
    assert "Every duplicate charge has been refunded." not in templates["charged"].text  # once


# -- a warehouse fire, resolved ---------------------------------------------------------------------------

FIRE = statement_file(
    lang="fr", started="2026-09-02 02:10", front="",
    title="Incendie dans notre entrepôt de Vénissieux",
    sections={
        "Résumé": ("Dans la nuit du 1er au 2 septembre, un incendie s'est déclaré dans notre entrepôt de Vénissieux. "
                   "Les 9 salariés présents ont été évacués par les pompiers ; l'un d'eux a été hospitalisé par "
                   "précaution après avoir respiré des fumées."),
        "Ce que nous faisons": ("- Nos 9 salariés de l'équipe de nuit ont été reçus individuellement et un soutien "
                                "psychologique leur est proposé.\n"
                                "- Tous les salariés de l'entrepôt conservent leur rémunération."),
    },
    updates=(
        ("2026-09-03 12:00", "résolu", "L'entrepôt a rouvert ce matin, sauf le quai 3. Notre assureur a mandaté un "
                                       "expert."),
        ("2026-09-02 09:00", "surveillance", "Les mesures de la qualité de l'air réalisées par les pompiers n'ont "
                                             "relevé aucune substance toxique. Notre collègue est sorti de l'hôpital."),
        ("2026-09-02 02:40", "analyse", "Un incendie est en cours dans notre entrepôt. Les salariés ont été évacués."),
    ),
)


def test_the_fire_qa_answers_the_environment_with_the_air_check_not_the_evacuation(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, FIRE, "2026-09-02-incendie.fr.md")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    environment = _quoted(answers["Y a-t-il un impact sur l'environnement ?"])
    assert environment == ["Les mesures de la qualité de l'air réalisées par les pompiers n'ont relevé aucune "
                           "substance toxique."]
    assert "prochain point" not in " ".join(answers.values())


def test_the_fire_checklist_has_fire_duties_and_ticks_the_air_check(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, FIRE, "2026-09-02-incendie.fr.md")
    checklist = render_checklist(statement, settings, NOW)
    assert "72 heures" not in checklist and "panne de service" not in checklist
    assert "Crise majeure : accident ou incident de sécurité." in _plain(checklist)
    assert _item(checklist, "Contrôlez et signalez tout impact").startswith("- [x]")
    assert _item(checklist, "Déclarez le sinistre à l'assureur").startswith("- [x]")


def test_the_fire_memo_speaks_to_the_colleagues_directly_affected(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, FIRE, "2026-09-02-incendie.fr.md")
    memo = render_memo(statement, settings, NOW)
    staff = _plain(_section(memo, "Pour les collègues directement concernés"))
    assert "soutien psychologique" in staff and "conservent leur rémunération" in staff


# -- an outage in two languages, resolved, with a postmortem -------------------------------------------------

def _outage(lang: str) -> str:
    en = lang == "en"
    return statement_file(
        lang=lang, severity="critical", started="2026-09-05 07:00", front="",
        title="Map app unavailable" if en else "Application de cartes indisponible",
        sections={
            ("Summary" if en else "Résumé"): (
                "Since 07:00 this morning, many of you have been unable to open your saved maps. We are sorry."
                if en else "Depuis 7 h ce matin, vous êtes nombreux à ne plus pouvoir ouvrir vos cartes. Nous en "
                           "sommes désolés."),
            ("Postmortem" if en else "Analyse après incident"): (
                "**Root cause.** A certificate on our map servers expired during the night.\n\n"
                "**What we are changing**\n\n"
                "1. Certificates are now renewed automatically thirty days before they expire. In place since "
                "6 September.\n"
                if en else
                "**Cause.** Un certificat de nos serveurs de cartes a expiré dans la nuit.\n\n"
                "**Ce que nous changeons**\n\n"
                "1. Les certificats sont désormais renouvelés automatiquement trente jours avant leur expiration. "
                "En place depuis le 6 septembre.\n"),
        },
        updates=(
            ("2026-09-05 11:00", "resolved" if en else "résolu",
             "Saved maps open normally again since 10:40." if en else
             "Les cartes enregistrées s'ouvrent de nouveau normalement depuis 10 h 40."),
            ("2026-09-05 07:30", "investigating" if en else "analyse",
             "Saved maps do not open. We are investigating." if en else
             "Les cartes enregistrées ne s'ouvrent pas. Nous analysons la situation."),
        ),
    )


def test_no_answer_is_a_heading_or_a_fragment(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, name in (("en", "2026-09-05-maps.md"), ("fr", "2026-09-05-maps.fr.md")):
        statement = write_statement(project, settings, _outage(lang), name)
        for answer in _answers(render_qa_brief(statement, settings, NOW)).values():
            for line in _quoted(answer):
                assert line not in ("Root cause.", "What we are changing", "Cause.", "Ce que nous changeons"), line
                assert not line.startswith(("In place since", "En place depuis")), line  # a fragment, alone


def test_english_and_french_briefs_answer_the_same_questions_from_the_same_places(project, settings) -> None:  # type: ignore[no-untyped-def]
    briefs = {}
    for lang, name in (("en", "2026-09-05-maps.md"), ("fr", "2026-09-05-maps.fr.md")):
        statement = write_statement(project, settings, _outage(lang), name)
        briefs[lang] = _answers(render_qa_brief(statement, settings, NOW))
    assert len(briefs["en"]) == len(briefs["fr"])
    for english, french in zip(briefs["en"].values(), briefs["fr"].values(), strict=True):
        assert (english.startswith("**UNANSWERED**")) == (french.startswith("**SANS RÉPONSE**"))
        assert len(_quoted(english)) == len(_quoted(french))
    cause = briefs["en"]["What caused it?"]
    assert "A certificate on our map servers expired during the night." in _quoted(cause)
    again = _quoted(briefs["fr"]["Cela peut-il se reproduire ?"])
    assert again == ["Les certificats sont désormais renouvelés automatiquement trente jours avant leur expiration. "
                     "En place depuis le 6 septembre."]


def test_the_reply_speaks_of_customers_with_their_own_possessives(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement = write_statement(project, settings, _outage("en"), "2026-09-05-maps.md")
    personal = reply_templates(statement, settings, NOW)["personal"].text
    assert "many customers have been unable to open their saved maps" in personal
    assert "your saved maps" not in personal
    assert "Saved maps open normally again since 10:40." in personal  # the newest update
    assert len(re.findall(r"\bsorry\b", personal)) == 1


def test_the_replies_document_shows_every_template(project, settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    document = render_replies(statement, settings)
    for name in ("personne", "journaliste", "malade", "grossesse", "retour"):
        # In French words, with the French name `onevoice reply --template` takes.
        # (Named as a template's name, never as a CLI flag.)
        assert re.search(rf"^## [A-ZÀ-Ý][^\n]* \(modèle « {name} »\)$", document.replace("\u00a0", " "), re.MULTILINE), name
        assert "--template" not in document


def test_a_fire_under_inquiry_tells_witnesses_they_may_answer_the_investigators(project, settings) -> None:  # type: ignore[no-untyped-def]
    plain = write_statement(project, settings, FIRE, "2026-09-02-incendie.fr.md")
    assert "répondre aux enquêteurs" not in render_memo(plain, settings, NOW)  # no inquiry said: nothing said
    text = FIRE.replace("## Ce que nous faisons\n", "## Ce que nous faisons\n- L'origine du feu fait l'objet d'une "
                                                    "enquête de la police.\n", 1)
    assert text != FIRE
    memo = render_memo(write_statement(project, settings, text, "2026-09-02-incendie.fr.md"), settings, NOW)
    staff = _plain(_section(memo, "Pour les collègues directement concernés"))
    assert "Si vous avez été témoin, vous pouvez bien sûr répondre aux enquêteurs" in staff, staff


def test_the_memo_routes_journalists_to_a_press_office_in_french_grammar(project, settings):
    # « orientez-les vers Service de presse de … » lacks its article; and a ticket app down is no
    # bereavement: staff say we are sorry for the trouble, not "for what they are going through".
    import dataclasses

    from generator.core.model import MediaContact
    from generator.rendering.documents.memo import render_memo
    from tests.press_support import statement_file, write_statement

    press = dataclasses.replace(settings, media_contact=MediaContact(
        name="Service de presse de Calypso Pay", email="presse@calypso-pay.example", phone="04 72 00 00 00"))
    text = statement_file(lang="fr", front="", sections={"Résumé": "Notre application ne fonctionne plus. Nous en sommes désolés."},
                          updates=(("2026-09-03 10:05", "identifié", "Nous connaissons la cause."),))
    memo = render_memo(write_statement(project, press, text, "2026-09-03-test.fr.md"), press)
    assert "vers le service de presse de Calypso Pay" in memo, memo
    assert "ce qu'elle traverse" not in memo and "désolés de ce qui s'est passé" in memo and "désagrément" not in memo, memo


def test_someone_pregnant_who_bought_it_is_told_to_call_a_doctor_if_worried_and_someone_unwell_now(project,
                                                                                                  settings) -> None:  # type: ignore[no-untyped-def]
    statement, settings = _recall(project, settings)
    templates = reply_templates(statement, settings, NOW)
    assert "En cas de doute, appelez votre médecin" in templates["pregnant"].text
    assert "dès maintenant" not in templates["pregnant"].text
    assert "Appelez dès maintenant votre médecin" in templates["unwell"].text
