"""Reply templates and `onevoice reply`: every template has the person's name and situation
as slots, and no reply leaves with an empty one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.commands.reply import command
from generator.rendering.documents import render_documents
from generator.rendering.documents.replies import UnfilledSlots, fill_reply, reply_templates
from generator.core.errors import RenderError

SLUG = "2026-11-20-card-payments"


def _statement(incidents, slug, lang):
    return next(i for i in incidents if i.slug == slug).translations[lang]


def test_fill_reply_fills_every_slot():
    template = "Hello [[name]],\n\nAbout [[situation]]: sorry, [[name]]."
    assert fill_reply(template, {"name": "Ms Diallo", "situation": "your refund"}) == (
        "Hello Ms Diallo,\n\nAbout your refund: sorry, Ms Diallo."
    )


@pytest.mark.parametrize(
    ("values", "unfilled"),
    [
        ({}, ["name", "situation"]),
        ({"name": "Ms Diallo"}, ["situation"]),
        ({"name": "   ", "situation": "your refund"}, ["name"]),
        ({"name": "Ms Diallo", "situation": "\n\t"}, ["situation"]),
    ],
)
def test_fill_reply_refuses_and_names_each_unfilled_slot(values, unfilled):
    with pytest.raises(UnfilledSlots) as raised:
        fill_reply("Hello [[name]], about [[situation]].", values)
    assert raised.value.slots == unfilled
    assert isinstance(raised.value, RenderError)
    for slot in unfilled:
        assert f"[[{slot}]]" in str(raised.value)


def test_fill_reply_keeps_values_on_one_line_and_never_reads_them_as_slots():
    filled = fill_reply("Hello [[name]], about [[situation]].", {"name": "Ann\nLee", "situation": "[[name]] typed by them"})
    assert filled == "Hello Ann Lee, about [[name]] typed by them."


@pytest.mark.parametrize(("slug", "lang"), [(SLUG, "en"), (SLUG, "fr"), ("2026-11-18-retard-cartes-fidelite", "fr")])
def test_every_template_has_the_name_and_situation_slots(settings, incidents, slug, lang):
    templates = reply_templates(_statement(incidents, slug, lang), settings)
    assert list(templates)[:2] == ["personal", "journalist"]
    # (In the template's language: a French agent fills « [[nom]] » and « [[objet]] ».)
    name, situation = ("[[nom]]", "[[objet]]") if lang == "fr" else ("[[name]]", "[[situation]]")
    for template in templates.values():
        assert name in template.text and situation in template.text
        assert lang != "fr" or "[[name]]" not in template.text


def test_personal_reply_carries_the_statement_facts(settings, incidents):
    statement = _statement(incidents, SLUG, "en")
    text = reply_templates(statement, settings)["personal"].text
    assert text.startswith("Hello [[name]],\n\nThank you for writing to us about [[situation]].")
    assert statement.summary.split(".")[0] in text
    assert "https://status.calypso-pay.example/statements/2026-11-20-card-payments/" in text
    # Signed by the person who answers, for the organisation.
    assert text.endswith("[[agent]]\nCalypso Pay")


def test_resolved_statement_reply_says_it_is_resolved(settings, incidents):
    statement = _statement(incidents, "2026-11-18-retard-cartes-fidelite", "fr")
    text = reply_templates(statement, settings)["personal"].text
    # The reply dates the update that said it was resolved, not a guess of when it ended.
    assert "Notre point du 19 novembre à 17\u00a0h (heure de Paris) a confirmé que la situation est rétablie." in text
    assert statement.last_update.text in text


def test_replies_document_shows_each_template_in_a_text_block(settings, incidents):
    statement = _statement(incidents, SLUG, "fr")
    document = next(d for d in render_documents(statement, settings) if d.kind == "replies")
    for template in reply_templates(statement, settings).values():
        assert f"```text\n{template.text}\n```" in document.text


def _run(project: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(command, [*args, "--root", str(project)])


def test_reply_command_prints_the_filled_reply(project):
    result = _run(project, SLUG, "--name", "Ms Diallo", "--situation", "the payment that failed at your bakery",
                  "--signed", "Ann Lee")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Hello Ms Diallo,\n\nThank you for writing to us about the payment that failed at your bakery."
    )
    assert result.stdout.rstrip().endswith("Ann Lee\nCalypso Pay")
    assert "[[" not in result.stdout


def test_reply_command_in_french_with_the_journalist_template(project):
    result = _run(project, SLUG, "--lang", "fr", "--template", "journalist", "--name", "M. Roux", "--situation", "l'incident de ce matin",
                  "--signed", "Ann Lee")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Bonjour M. Roux,\n\nMerci pour votre question au sujet de l'incident de ce matin.")
    assert "Julie Besson, presse@calypso-pay.example" in result.stdout


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--name", "Ms Diallo", "--signed", "Ann Lee"], '[[situation]] is not filled. A personal reply names the person and their situation: give a value for each. Pass --situation "…".'),
        (["--situation", "your refund", "--name", " ", "--signed", "Ann Lee"], "[[name]] is not filled."),
        (["--signed", "Ann Lee"], '[[name]], [[situation]] are not filled.'),
        (["--name", "Ms Diallo", "--situation", "your refund"], '[[agent]] is not filled.'),
    ],
)
def test_reply_command_refuses_an_empty_slot(project, args, named):
    result = _run(project, SLUG, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert named in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2026-11-20-card-payment"], "no statement '2026-11-20-card-payment' in statements"),
        (["2026-11-20-card-payment"], "did you mean '2026-11-20-card-payments'?"),
        ([SLUG, "--lang", "de"], "2026-11-20-card-payments has no 'de' version; it exists in: en, fr"),
        ([SLUG, "--template", "legal"], "no reply template 'legal' for 2026-11-20-card-payments; choose one of: personal, journalist"),
    ],
)
def test_reply_command_usage_errors(project, args, message):
    result = _run(project, *args, "--name", "A", "--situation", "B")
    assert result.exit_code == 2
    assert message in result.stderr


def test_reply_command_takes_any_part_of_the_name_no_other_name_has(project):
    # Like update, resolve and translate: "card-payments" names 2026-11-20-card-payments.
    result = _run(project, "card-payments", "--name", "Ms Diallo", "--situation", "your refund", "--signed", "Ann Lee")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Hello Ms Diallo,")


def test_reply_command_refuses_a_statement_with_format_errors(project):
    path = project / "statements" / f"{SLUG}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("severity: major", "severity: huge"), encoding="utf-8")
    result = _run(project, SLUG, "--name", "A", "--situation", "B")
    assert result.exit_code == 1
    assert f"{SLUG} has errors" in result.stderr and "severity" in result.stderr


def test_onevoice_reply_runs_from_the_installed_command_line(project):
    # Through the real entry point: proves `reply` is registered in generator/cli.py.
    env = {**os.environ, "ONEVOICE_NOW": "2026-11-20T11:30:00+01:00"}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "reply", SLUG, "--name", "Ms Diallo", "--signed", "Ann Lee"],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1
    assert "[[situation]] is not filled" in done.stderr
    assert "Traceback" not in done.stderr


def test_reply_command_in_french_names_the_empty_french_slot_and_its_option(project):
    result = _run(project, SLUG, "--lang", "fr", "--name", "Mme Diallo", "--signed", "Ann Lee")
    assert result.exit_code != 0
    assert '[[objet]] is not filled' in result.output and 'Pass --situation "…".' in result.output, result.output


def test_reply_command_takes_the_french_template_name_the_french_document_shows(project):
    english = _run(project, SLUG, "--lang", "fr", "--template", "journalist", "--name", "M. Roux", "--situation",
                   "l'incident de ce matin", "--signed", "Ann Lee")
    french = _run(project, SLUG, "--lang", "fr", "--template", "journaliste", "--name", "M. Roux", "--situation",
                  "l'incident de ce matin", "--signed", "Ann Lee")
    assert french.exit_code == 0, french.output
    assert french.stdout == english.stdout
    wrong = _run(project, SLUG, "--lang", "fr", "--template", "inconnu", "--name", "M. Roux", "--situation", "x",
                 "--signed", "Ann Lee")
    assert wrong.exit_code != 0 and "personal (personne)" in wrong.output, wrong.output


def test_a_line_named_by_its_label_keeps_it_on_a_line_of_its_own():
    from generator.rendering.documents.replies import _call

    assert _call("Service consommateurs : 04 65 71 22 80, 7 jours sur 7.") == \
        "Service consommateurs : 04 65 71 22 80, 7 jours sur 7."
    assert _call("Consumer line: 0800 123 456.") == "Consumer line: 0800 123 456."
    assert _call("Questions: our free helpline 0800 123 456 is open.") == "Our free helpline 0800 123 456 is open."


def test_a_reply_keeps_an_address_of_its_own_and_turns_only_the_support_address_into_reply(project, settings):
    from tests.press_support import statement_file, write_statement

    advice = ("- If you left something in the halls, write to lost-property@fair.example before 11 December.\n"
              "- If a ticket refund is missing, write to help@fair.example and we will fix it.")
    text = statement_file(severity="major", front="kind: safety\n", title="Fire in hall 4: the show is closed",
                          sections={"Summary": "A fire broke out in hall 4; nobody was hurt. We are sorry.",
                                    "What you should do": advice},
                          updates=(("2026-09-03 10:05", "identified", "The hall stays closed."),))
    personal = reply_templates(write_statement(project, settings, text), settings)["personal"].text
    assert "write to lost-property@fair.example" in personal, personal
    assert "help@fair.example" not in personal and "reply to this message" in personal, personal


def test_a_breach_data_template_lists_what_the_mailbox_held_and_what_it_did_not(project, settings, monkeypatch):
    from tests.press_support import statement_file, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-04T12:00:00+01:00")
    happened = ("Le 30 novembre, une employée a saisi son mot de passe sur une fausse page. La personne qui a obtenu ce "
                "mot de passe a consulté sa boîte courriel jusqu'au 1er décembre.\n\nLa boîte contenait des documents "
                "transmis par des membres : nom, adresse, date de naissance, numéro d'assurance sociale et numéros de "
                "compte. Elle ne contenait ni numéro de carte, ni NIP, ni mot de passe.")
    text = statement_file(lang="fr", front="kind: breach\n", title="Accès non autorisé à une boîte courriel",
                          severity="major", started="2026-12-02 10:00",
                          sections={"Résumé": "Un pirate a pu lire les dossiers de 2 317 membres. Nous sommes désolés.",
                                    "Ce qui s'est passé": happened,
                                    "Ce que vous pouvez faire": "Méfiez-vous des appels qui parlent de cet incident."},
                          updates=(("2026-12-02 10:00", "identifié", "Nous avons bloqué l'accès."),))
    statement = write_statement(project, settings, text, "2026-12-02-test.fr.md")
    data = reply_templates(statement, settings)["exposed"].text.replace("\u00a0", " ").replace("\u202f", " ")
    seen, safe = data.split("Ce qui n'a pas été exposé", 1)
    assert "nom, adresse, date de naissance, numéro d'assurance sociale" in seen, data
    assert "a consulté sa boîte" not in seen, data
    assert "La boîte ne contenait ni numéro de carte" in safe, data


def test_a_sentence_that_leans_on_one_left_out_of_a_reply_goes_with_it(project, settings, monkeypatch):
    # The call-centre count is left out of a reply to one person; « Si vous en recevez un » after
    # it meant the fake messages, and after the storage check it would mean a storage area.
    from datetime import datetime

    from tests.press_support import statement_file, write_statement

    now = datetime.fromisoformat("2026-12-10T15:00:00+01:00")
    monkeypatch.setenv("ONEVOICE_NOW", now.isoformat())
    text = statement_file(
        lang="fr", title="Fuite de données : des coordonnées d'acheteurs exposées", severity="critical",
        started="2026-12-05 18:30", front="kind: breach\n", sections={
            "Résumé": "Les coordonnées de 148 312 acheteurs ont été exposées à la suite d'une erreur de notre part. "
                      "Nous présentons nos excuses à chaque personne concernée."},
        updates=(("2026-12-10 11:00", "surveillance",
                  "Le cabinet indépendant a terminé l'examen de nos 214 espaces de stockage : aucun autre n'était "
                  "accessible publiquement. Depuis lundi, notre ligne dédiée a reçu 1 870 appels et 2 430 e-mails, "
                  "et vous nous avez signalé 96 messages frauduleux. Si vous en recevez un, ne cliquez pas et "
                  "transférez-le au 33700. Prochain point lundi 14 décembre à 18 h."),
                 ("2026-12-05 18:30", "identifié", "Des coordonnées d'acheteurs ont été exposées.")))
    statement = write_statement(project, settings, text, "2026-12-05-fuite.fr.md")
    for template in reply_templates(statement, settings, now).values():
        said = " ".join(template.text.split())
        assert "publiquement. Si vous en recevez un" not in said, said
        assert "Si vous en recevez un" not in said or "96 messages frauduleux" in said, said


def test_a_reply_never_says_the_update_closes_the_conversation(project, settings, monkeypatch):
    # « Ce message clôt notre suivi » closes the public follow-up; in a reply to one person it
    # would end the conversation with them. The way to write to us stays.
    from datetime import datetime

    from tests.press_support import statement_file, write_statement

    now = datetime.fromisoformat("2026-12-10T15:00:00+01:00")
    monkeypatch.setenv("ONEVOICE_NOW", now.isoformat())
    text = statement_file(
        lang="fr", title="Retard des cartes de fidélité", severity="major", started="2026-12-08 10:00", sections={
            "Résumé": "Nos cartes de fidélité arrivent avec trois semaines de retard. Nous vous prions de nous excuser."},
        updates=(("2026-12-10 11:30", "résolu",
                  "Toutes les cartes sont parties ce matin. Ce message clôt notre suivi ; vous pouvez toujours nous "
                  "écrire à fidelite@calypso-pay.example."),
                 ("2026-12-08 10:00", "identifié", "Les cartes de fidélité sont en retard.")))
    statement = write_statement(project, settings, text, "2026-12-08-cartes.fr.md")
    said = " ".join(" ".join(t.text.split()) for t in reply_templates(statement, settings, now).values())
    assert "clôt notre suivi" not in said, said
    assert "Vous pouvez toujours nous écrire à fidelite@calypso-pay.example." in said, said
