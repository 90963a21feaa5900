"""Render stage: the media Q&A brief (major and critical statements). The questions
journalists will ask, each answered from the statement, with the section or front-matter key
that answers it, or marked UNANSWERED so the team sees the gap before a journalist does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.documents.facts import section_markdown, status_text, when
from generator.documents.formatting import french_of, lower_title, md_escape, typography, unquote
from generator.documents.templating import render_text
from generator.languages import section_heading
from generator.model import Settings, Statement
from generator.paths import display_path

QA_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Media Q&A brief: {title}",
        "intro": (
            "For the spokesperson and the press office. Each answer is the statement's own "
            "words: say nothing it does not say. Before an interview, fill the gaps marked "
            "{unanswered} in the statement, or prepare an honest “we do not know yet; we will "
            "say more by our next update”."
        ),
        "count": "Questions without an answer: {count} of {total}.",
        "unanswered": "UNANSWERED",
        "source": "Source:",
        "line": "line",
        "update": "update of {when}",
        "front_matter": "front matter `{key}`",
        "section": "section “{heading}”",
        "fix": "To answer it:",
        "started": "It began {when}.",
        "fixed": "It is resolved ({when}).",
        "not_fixed": "Not yet resolved: current status {status}, since {since}. The statement gives no time for the fix.",
        "next": "Next public update promised for {when}.",
        "speaks": "{name}, {role}, speaks for {org}:",
        "add_section": "add a `## {heading}` section to {path}.",
        "add_key": "add `{example}` to the front matter of {path}.",
    },
    "fr": {
        "title": "Questions-réponses presse : {title}",
        "intro": (
            "Pour le porte-parole et le service de presse. Chaque réponse reprend les mots de "
            "la déclaration : ne dites rien qu'elle ne dise pas. Avant une interview, comblez "
            "dans la déclaration les trous marqués {unanswered}, ou préparez un « nous ne le "
            "savons pas encore ; nous en dirons plus au prochain point » honnête."
        ),
        "count": "Questions sans réponse : {count} sur {total}.",
        "unanswered": "SANS RÉPONSE",
        "source": "Source :",
        "line": "ligne",
        "update": "mise à jour du {when}",
        "front_matter": "en-tête `{key}`",
        "section": "section « {heading} »",
        "fix": "Pour y répondre :",
        "started": "Cela a commencé le {when}.",
        "fixed": "C'est résolu ({when}).",
        "not_fixed": "Pas encore résolu : état actuel {status}, depuis le {since}. La déclaration ne donne pas de délai.",
        "next": "Prochain point public promis pour le {when}.",
        "speaks": "{name}, {role}, s'exprime au nom {of_org} :",
        "add_section": "ajoutez une section `## {heading}` à {path}.",
        "add_key": "ajoutez `{example}` à l'en-tête de {path}.",
    },
}

# The questions, in the order journalists ask them.
QUESTIONS: dict[str, dict[str, str]] = {
    "what_happened": {"en": "What happened?", "fr": "Que s'est-il passé ?"},
    "who_is_affected": {"en": "Who is affected?", "fr": "Qui est touché ?"},
    "since_when": {"en": "Since when?", "fr": "Depuis quand ?"},
    "what_are_you_doing": {"en": "What are you doing about it?", "fr": "Que faites-vous ?"},
    "what_should_people_do": {"en": "What should people do?", "fr": "Que doivent faire les personnes concernées ?"},
    "when_fixed": {"en": "When will it be fixed?", "fr": "Quand sera-ce réglé ?"},
    "who_is_responsible": {"en": "Who is responsible?", "fr": "Qui est responsable ?"},
    "happen_again": {"en": "Will it happen again?", "fr": "Est-ce que cela peut se reproduire ?"},
}


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    markdown: str | None  # None: the statement does not answer it
    source: str  # where the answer comes from, or how to give one (Markdown)


@dataclass(frozen=True, slots=True)
class QaContext:
    """What `documents/qa.md.j2` lays out."""

    title: str
    intro: str
    count: str
    unanswered: str
    source_label: str
    fix_label: str
    answers: tuple[Answer, ...]


def render_qa_brief(statement: Statement, settings: Settings) -> str:
    context = qa_context(statement, settings)
    return typography(render_text(settings.root, "documents/qa.md.j2", q=context), statement.lang)


def qa_context(statement: Statement, settings: Settings) -> QaContext:
    words = QA_WORDS.get(statement.lang, QA_WORDS["en"])
    answers = tuple(
        _ANSWERERS[key](statement, settings, words, QUESTIONS[key].get(statement.lang, QUESTIONS[key]["en"]))
        for key in QUESTIONS
    )
    unanswered = sum(1 for a in answers if a.markdown is None)
    return QaContext(
        title=words["title"].format(title=statement.title),
        intro=words["intro"].format(unanswered=words["unanswered"]),
        count=words["count"].format(count=unanswered, total=len(answers)),
        unanswered=words["unanswered"],
        source_label=words["source"],
        fix_label=words["fix"],
        answers=answers,
    )


def _where(statement: Statement, words: dict[str, str], line: int) -> str:
    return f"{display_path(statement.path)}, {words['line']} {line}"


def _from_section(key: str) -> Callable[[Statement, Settings, dict[str, str], str], Answer]:
    """An answer that is a section of the statement, verbatim."""

    def answer(statement: Statement, settings: Settings, words: dict[str, str], question: str) -> Answer:
        section = statement.section(key)
        heading = section.heading if section else section_heading(key, statement.lang)
        text = section_markdown(statement, key)
        if section is None or not text:
            fix = words["add_section"].format(heading=heading, path=display_path(statement.path))
            return Answer(question, None, fix)
        where = _where(statement, words, section.line)
        return Answer(question, text, f"{words['section'].format(heading=md_escape(heading))}, {where}")

    return answer


def _front_matter_source(statement: Statement, words: dict[str, str], key: str) -> str:
    line = statement.key_lines.get(key)
    where = f", {_where(statement, words, line)}" if line else ""
    return words["front_matter"].format(key=key) + where


def _who_is_affected(statement: Statement, settings: Settings, words: dict[str, str], question: str) -> Answer:
    if not statement.affected:
        example = "affected: [product, region, group of people]"
        return Answer(question, None, words["add_key"].format(example=example, path=display_path(statement.path)))
    items = "\n".join(f"- {md_escape(item)}" for item in statement.affected)
    return Answer(question, items, _front_matter_source(statement, words, "affected"))


def _since_when(statement: Statement, settings: Settings, words: dict[str, str], question: str) -> Answer:
    text = words["started"].format(when=when(statement.started, statement, settings))
    return Answer(question, text, _front_matter_source(statement, words, "started"))


def _when_fixed(statement: Statement, settings: Settings, words: dict[str, str], question: str) -> Answer:
    latest = statement.last_update
    update_source = words["update"].format(when=when(latest.at, statement, settings))
    update_source += f", {_where(statement, words, latest.line)}"
    if statement.resolved:
        return Answer(question, words["fixed"].format(when=when(latest.at, statement, settings)), update_source)
    if statement.next_update is None:
        example = "next_update: YYYY-MM-DD HH:MM"
        return Answer(question, None, words["add_key"].format(example=example, path=display_path(statement.path)))
    text = words["not_fixed"].format(status=status_text(statement).lower(), since=when(latest.at, statement, settings))
    text += " " + words["next"].format(when=when(statement.next_update, statement, settings))
    return Answer(question, text, f"{update_source}; {_front_matter_source(statement, words, 'next_update')}")


def _who_is_responsible(statement: Statement, settings: Settings, words: dict[str, str], question: str) -> Answer:
    """Answered by the person who speaks for the organisation and what they say (the quote
    is where the statement takes responsibility)."""
    quote = unquote(section_markdown(statement, "quote"))
    person = statement.spokesperson
    if not quote or person is None:
        heading = section_heading("quote", statement.lang)
        fix = words["add_section"].format(heading=heading, path=display_path(statement.path))
        if person is None:
            fix += " " + words["add_key"].format(example="spokesperson: {name: …, role: …}", path=display_path(statement.path))
        return Answer(question, None, fix)
    speaks = words["speaks"].format(
        name=md_escape(person.name),
        role=md_escape(lower_title(person.role)),
        org=md_escape(settings.organisation),
        of_org=md_escape(french_of(settings.organisation)),
    )
    section = statement.section("quote")
    assert section is not None
    source = f"{_front_matter_source(statement, words, 'spokesperson')}; " + words["section"].format(
        heading=md_escape(section.heading)
    ) + f", {_where(statement, words, section.line)}"
    return Answer(question, f"{speaks}\n\n> {quote}", source)


_ANSWERERS: dict[str, Callable[[Statement, Settings, dict[str, str], str], Answer]] = {
    "what_happened": _from_section("what_happened"),
    "who_is_affected": _who_is_affected,
    "since_when": _since_when,
    "what_are_you_doing": _from_section("what_we_are_doing"),
    "what_should_people_do": _from_section("what_you_should_do"),
    "when_fixed": _when_fixed,
    "who_is_responsible": _who_is_responsible,
    "happen_again": _from_section("postmortem"),
}
