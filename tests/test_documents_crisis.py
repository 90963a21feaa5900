"""The crisis documents: which statements get which, the memo's parts, the media Q&A brief's
answers and gaps, and the checklist scaled to severity."""

from __future__ import annotations

import dataclasses
import re

import pytest

from datetime import datetime

from generator.rendering.documents import render_documents
from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.core.errors import RenderError
from generator.core.model import TeamMember
from tests.press_support import statement_file, write_statement


NOW = datetime.fromisoformat("2026-11-20T11:30:00+01:00")


def _statement(incidents, slug, lang):
    return next(i for i in incidents if i.slug == slug).translations[lang]


def _kinds(statement, settings):
    return [(d.kind, d.filename) for d in render_documents(statement, settings)]


def test_minor_statement_gets_only_reply_templates(settings, incidents):
    minor = _statement(incidents, "2026-11-18-retard-cartes-fidelite", "fr")
    assert _kinds(minor, settings) == [("replies", "replies.md")]


@pytest.mark.parametrize("slug", ["2026-11-20-card-payments", "2026-10-02-merchant-data-exposure"])
def test_major_and_critical_statements_get_every_document(settings, incidents, slug):
    statement = _statement(incidents, slug, "en")
    assert _kinds(statement, settings) == [
        ("memo", "memo.md"), ("qa", "qa.md"), ("checklist", "checklist.md"), ("replies", "replies.md")
    ]


def _document(statement, settings, kind):
    return next(d.text for d in render_documents(statement, settings) if d.kind == kind)


def _section(markdown: str, heading: str) -> str:
    """The body under a `## heading`, up to the next `## `."""
    match = re.search(rf"^## {re.escape(heading)}\n\n(.*?)(?=^## |\Z)", markdown, re.MULTILINE | re.DOTALL)
    assert match, f"no section {heading!r}"
    return match.group(1).strip()


def test_memo_speaks_to_staff_with_the_facts_the_public_line_and_who_answers(settings, incidents):
    statement = _statement(incidents, "2026-11-20-card-payments", "en")
    settings = dataclasses.replace(settings, crisis_team=(
        TeamMember("Marc Roux", "Head of operations", "+33 4 72 00 00 01"),))
    memo = render_memo(statement, settings, NOW)
    assert memo.startswith("# To all staff — Card payments failing at checkout")
    assert statement.text_of("what_happened") in _section(memo, "What happened")
    assert "- Our engineers have installed a new certificate" in _section(memo, "What we are doing")
    public = _section(memo, "What we say publicly")
    assert "https://status.calypso-pay.example/statements/2026-11-20-card-payments/" in public
    assert "Since 09:12 CET some card payments fail at checkout." in public
    assert "off the record" in memo
    who = _section(memo, "Who answers")
    assert "Julie Besson, +33 4 72 00 00 00, presse@calypso-pay.example" in who
    assert "- Marc Roux, Head of operations, +33 4 72 00 00 01" in who
    assert "With our next public update, promised 20 November at 12:00 CET." in _section(memo, "When you will hear more")
    assert "onevoice" not in memo  # staff get no tool commands


def test_memo_says_a_past_promise_is_late(settings, incidents):
    statement = _statement(incidents, "2026-11-20-card-payments", "fr")
    memo = render_memo(statement, settings, datetime.fromisoformat("2026-11-20T14:00:00+01:00"))
    assert "est en retard" in memo


def test_memo_without_media_contact_is_an_error_naming_the_setting(settings, incidents):
    statement = _statement(incidents, "2026-11-20-card-payments", "fr")
    with pytest.raises(RenderError, match=r"extra\.onevoice\.media_contact: \{name: …, email: …, phone: …\} in mkdocs\.yml"):
        render_documents(statement, dataclasses.replace(settings, media_contact=None))


def _answers(qa: str) -> dict[str, str]:
    parts = re.split(r"^## \d+\. (.+)$", qa, flags=re.MULTILINE)
    # Questions answered with the same quotes share one heading ("How many units were sold? How
    # many people are affected?"): each is looked up on its own.
    return {" ".join(question.split()): parts[i + 1].strip() for i in range(1, len(parts), 2)
            for question in re.split(r"(?<=\?) (?=[A-ZÀ-ÖØ-Þ«])", parts[i])}


def test_a_breach_qa_asks_what_journalists_ask_about_a_breach(settings, incidents):
    statement = _statement(incidents, "2026-10-02-merchant-data-exposure", "en")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    for question in ("What data exactly?", "Was the regulator told, and when?", "How do I know if I am affected?",
                     "Is there a risk of phishing?", "Who is responsible?", "Will people be compensated?",
                     "How many people are affected?", "When did it start, and when did you find out?"):
        assert question in answers, question
    assert "1,240" in answers["How many people are affected?"]
    assert "Claire Martin" not in answers["Who is responsible?"]


def test_an_answer_quotes_the_statement_and_says_where_it_is(settings, incidents):
    statement = _statement(incidents, "2026-10-02-merchant-data-exposure", "en")
    answers = _answers(render_qa_brief(statement, settings, NOW))
    happened = answers["What happened?"]
    first = statement.summary.split(". ")[0]
    assert happened.startswith(f"> {first}") and "*Source: “Summary”*" in happened


def test_an_unanswered_question_says_so_and_what_to_say_instead(settings, incidents):
    answers = _answers(render_qa_brief(_statement(incidents, "2026-11-20-card-payments", "en"), settings, NOW))
    before = answers["Has this happened before?"]
    assert before.startswith("**UNANSWERED** Say instead: “I will not answer that from memory")
    # "This was our mistake" answers whether anyone will lose their job: the organisation owns it.
    jobs = answers["Will anyone lose their job over this?"]
    assert jobs.startswith("> This was our mistake"), jobs


def test_french_qa_says_sans_reponse_and_keeps_french_spacing(settings, incidents):
    qa = render_qa_brief(_statement(incidents, "2026-11-20-card-payments", "fr"), settings, NOW)
    assert "**SANS RÉPONSE**" in qa
    assert not re.search(r" [:;!?]", qa)  # French spacing everywhere


def test_the_checklist_has_owners_deadlines_and_ticks_what_the_statement_shows(settings, incidents):
    statement = _statement(incidents, "2026-10-02-merchant-data-exposure", "en")
    settings = dataclasses.replace(settings, crisis_team=(
        TeamMember("Nadia Haddad", "Data protection officer"), TeamMember("Luc Morel", "Head of communications")))
    checklist = render_checklist(statement, settings, NOW)
    regulator = checklist.split("Notify the data protection authority")[1].split("\n- [")[0]
    assert "Owner: Nadia Haddad (Data protection officer)" in regulator
    # 72 h from when it was known: "A merchant told us at 16:05 CEST" on 2 October.
    assert "Deadline: 5 October at 16:05 CEST" in regulator
    assert checklist.count("Owner: Luc Morel (Head of communications)") >= 3
    assert "- [x] First public word within the hour" in checklist


@pytest.mark.parametrize("severity", ["major", "critical"])
def test_a_critical_checklist_adds_the_board_and_pauses_every_channel(project, settings, severity):
    text = statement_file(severity=severity, front="next_update: 2026-09-03 12:00\n")
    checklist = render_checklist(write_statement(project, settings, text), settings, NOW)
    assert ("Inform the board" in checklist) == (severity == "critical")
    assert ("on every channel" in checklist) == (severity == "critical")


def _with_team(project, team_yaml: str):
    from generator.reading.settings import load_settings

    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  onevoice:\n", "  onevoice:\n" + team_yaml, 1))
    return load_settings(project)


def test_a_crisis_team_role_given_per_language_is_written_in_each_documents_language(project, incidents):
    settings = _with_team(project, "    crisis_team:\n"
                          "      - {name: Marc Roux, role: {en: Chief Executive, fr: Directeur général}, "
                          "phone: \"+33 4 72 00 00 01\"}\n")
    english = _statement(incidents, "2026-11-20-card-payments", "en")
    french = _statement(incidents, "2026-11-20-card-payments", "fr")
    assert "Marc Roux (Chief Executive)" in render_checklist(english, settings, NOW)
    checklist = render_checklist(french, settings, NOW)
    # The owner label is not the start of a French role name (« Responsable : Responsable… »).
    assert "Pilote\u00a0: Marc Roux (Directeur général)" in checklist and "Chief Executive" not in checklist
    assert "Marc Roux, Directeur général, +33 4 72 00 00 01" in render_memo(french, settings, NOW)
    assert "Marc Roux, Chief Executive, +33 4 72 00 00 01" in render_memo(english, settings, NOW)


def test_a_crisis_team_role_per_language_needs_a_text_for_each(project):
    from generator.core.errors import SettingsError

    with pytest.raises(SettingsError) as raised:
        _with_team(project, "    crisis_team:\n      - {name: Marc Roux, role: {en: Chief Executive, fr: \"\"}}\n")
    messages = [p.message for p in raised.value.problems]
    assert messages == ["`extra.onevoice.crisis_team.role` must be text or one text per language"], messages



def _with_press_office(project, names: str):
    from generator.reading.settings import load_settings

    config = project / "mkdocs.yml"
    text = config.read_text()
    assert "      name: Julie Besson\n" in text
    config.write_text(text.replace("      name: Julie Besson\n", f"      name: {names}\n", 1))
    return load_settings(project)


def test_a_press_office_named_per_language_signs_each_language_in_its_own(project, incidents):
    from generator.rendering.press import render_press_release

    settings = _with_press_office(project, "{en: Press office, fr: Service de presse}")
    english = _statement(incidents, "2026-11-20-card-payments", "en")
    french = _statement(incidents, "2026-11-20-card-payments", "fr")
    release = render_press_release(english, settings).text
    assert "Press office\npresse@calypso-pay.example" in release and "Service de presse" not in release
    assert "Service de presse\npresse@calypso-pay.example" in render_press_release(french, settings).text
    memo = render_memo(english, settings, NOW)
    assert "Press office" in memo and "presse" not in memo.replace("presse@", "")
    assert "vers le service de presse" in render_memo(french, settings, NOW)


def test_a_press_office_name_for_a_language_the_site_lacks_is_refused(project):
    from generator.core.errors import SettingsError

    with pytest.raises(SettingsError) as raised:
        _with_press_office(project, "{en: Press office, es: Prensa}")
    messages = [p.message for p in raised.value.problems]
    assert messages == ["`extra.onevoice.media_contact.name` has a text for 'es', which is not a site language"], messages


def test_a_role_with_an_unquoted_comma_is_read_whole_and_explained_at_its_members_line(project, incidents):
    # YAML reads `{fr: Conseillère principale, communications, en: …}` as three keys, the
    # second with no text: what was meant is sure (the comma belongs to the French role), so
    # the site is built with it and a warning says why, and where.
    settings = _with_team(project, "    crisis_team:\n      - {name: Marc Roux, role: Directeur}\n"
                          "      - {name: Sophie Bélanger, role: {fr: Conseillère principale, communications, "
                          "en: Senior Communications Advisor}}\n")
    [problem] = settings.notices
    lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    assert problem.severity == "warning" and "Sophie Bélanger" in lines[problem.line - 1], problem
    assert "reads `communications` as a language with no text" in problem.message, problem.message
    assert 'in quotes, e.g. {fr: "Conseillère principale, communications"}' in problem.hint, problem.hint
    french = _statement(incidents, "2026-11-20-card-payments", "fr")
    assert "Sophie Bélanger (Conseillère principale, communications)" in render_checklist(french, settings, NOW)


def test_a_role_whose_comma_comes_before_any_language_is_refused(project):
    from generator.core.errors import SettingsError

    # `{Conseillère, fr: …}`: no language's text before the stray part, so nothing says what was meant.
    with pytest.raises(SettingsError) as raised:
        _with_team(project, "    crisis_team:\n      - {name: Sophie Bélanger, role: {Conseillère, fr: Conseillère "
                   "principale}}\n")
    [problem] = raised.value.problems
    assert "reads `Conseillère` as a language with no text" in problem.message, problem.message


def test_check_and_build_go_on_with_a_role_read_whole_and_say_so(project, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import main

    _with_team(project, "    crisis_team:\n      - {name: Sophie Bélanger, role: {en: Director, Customer Care, "
               "fr: Directrice, service à la clientèle}}\n")
    monkeypatch.chdir(project)
    checked = CliRunner().invoke(main, ["check"])
    assert checked.exit_code == 0, checked.output
    assert "mkdocs.yml:" in checked.output and 'reads it as part of "Director, Customer Care"' in checked.output
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 0, built.output
