"""Render stage: the internal memo for staff (major and critical statements). It says what
happened, what we are doing, what to say and what not to say, and where press and customer
questions go; every fact comes from the statement, every contact from the settings."""

from __future__ import annotations

from dataclasses import dataclass

from generator.documents.facts import (
    section_markdown,
    section_plain,
    severity_text,
    statement_url,
    status_text,
    when,
)
from generator.documents.formatting import french_of, md_escape, series, typography
from generator.documents.needs import missing_contact, missing_value_error
from generator.documents.templating import render_text
from generator.model import Settings, Severity, Statement

MEMO_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Internal memo: {title}",
        "notice": "For {org} staff only. Do not forward outside {org}.",
        "severity": "Severity:",
        "status": "Status:",
        "started": "Started:",
        "affected": "Affected:",
        "statement": "Public statement:",
        "next_update": "Next public update:",
        "what_happened": "What happened",
        "what_we_are_doing": "What we are doing",
        "not_yet": "The statement does not say yet. Do not fill the gap yourself: wait for the next update.",
        "say": "What to say",
        "say_summary": "Use the words of the public statement: “{summary}”",
        "say_link": "Send people to the statement page, where every update is posted: {url}",
        "say_next": "The next public update is promised for {when}.",
        "say_resolved": "The incident is resolved ({when}).",
        "say_unknown": "If you do not know, say so, and say when we will know more.",
        "not_say": "What not to say",
        "not_guess": "No guess about causes, figures, dates or blame beyond what the statement says.",
        "not_promise": "No promise of a time or a compensation that the statement does not give.",
        "not_press": "Nothing to journalists, not even off the record: send them to the press office.",
        "not_social": "Nothing about the incident on your personal accounts or in public groups.",
        "not_legal": "No comment on legal, regulatory or compensation questions: the crisis team answers them.",
        "not_memo": "Do not forward or quote this memo.",
        "questions": "Where to send questions",
        "press": "Press and journalists: {name}, {email}, {phone}.",
        "customers": (
            "Customers and the public: the support and community team answers each person "
            "personally with the reply templates (replies.md, `onevoice reply {slug} --lang {lang}`), never "
            "with an automatic reply, and links to {url}."
        ),
    },
    "fr": {
        "title": "Note interne : {title}",
        "notice": "Réservée au personnel {of_org}. Ne pas transmettre hors {of_org}.",
        "severity": "Gravité :",
        "status": "État :",
        "started": "Début :",
        "affected": "Concerné :",
        "statement": "Déclaration publique :",
        "next_update": "Prochain point public :",
        "what_happened": "Ce qui s'est passé",
        "what_we_are_doing": "Ce que nous faisons",
        "not_yet": "La déclaration ne le dit pas encore. Ne comblez pas le vide vous-même : attendez le prochain point.",
        "say": "Ce qu'il faut dire",
        "say_summary": "Reprenez les mots de la déclaration publique : « {summary} »",
        "say_link": "Renvoyez vers la page de la déclaration, où chaque mise à jour est publiée : {url}",
        "say_next": "Le prochain point public est promis pour le {when}.",
        "say_resolved": "L'incident est résolu ({when}).",
        "say_unknown": "Si vous ne savez pas, dites-le, et dites quand nous en saurons plus.",
        "not_say": "Ce qu'il ne faut pas dire",
        "not_guess": "Aucune supposition sur les causes, les chiffres, les dates ou les responsabilités au-delà de la déclaration.",
        "not_promise": "Aucune promesse de délai ou de dédommagement que la déclaration ne donne pas.",
        "not_press": "Rien aux journalistes, même en off : renvoyez-les au service de presse.",
        "not_social": "Rien sur l'incident sur vos comptes personnels ni dans des groupes publics.",
        "not_legal": "Aucun commentaire sur les questions juridiques, réglementaires ou d'indemnisation : la cellule de crise y répond.",
        "not_memo": "Ne transmettez pas et ne citez pas cette note.",
        "questions": "Où envoyer les questions",
        "press": "Presse et journalistes : {name}, {email}, {phone}.",
        "customers": (
            "Clients et public : l'équipe support et communauté répond à chaque personne "
            "individuellement avec les modèles de réponse (replies.md, `onevoice reply {slug} --lang {lang}`), "
            "jamais par une réponse automatique, et renvoie vers {url}."
        ),
    },
}


@dataclass(frozen=True, slots=True)
class MemoContext:
    """What `documents/memo.md.j2` lays out. `facts` are (label with its colon, Markdown value);
    list items are Markdown."""

    title: str
    notice: str
    facts: tuple[tuple[str, str], ...]
    headings: dict[str, str]
    what_happened: str
    what_we_are_doing: str
    say: tuple[str, ...]
    not_say: tuple[str, ...]
    questions: tuple[str, ...]


def render_memo(statement: Statement, settings: Settings) -> str:
    missing = missing_contact(settings)
    if missing:
        raise missing_value_error("the internal memo", statement, missing)
    context = memo_context(statement, settings)
    return typography(render_text(settings.root, "documents/memo.md.j2", m=context), statement.lang)


def memo_context(statement: Statement, settings: Settings) -> MemoContext:
    lang = statement.lang
    words = MEMO_WORDS.get(lang, MEMO_WORDS["en"])
    org = settings.organisation
    url = statement_url(statement, settings)
    of_org = french_of(org)

    facts = [
        (words["severity"], severity_text(statement)),
        (words["status"], f"{status_text(statement)} ({when(statement.last_update.at, statement, settings)})"),
        (words["started"], when(statement.started, statement, settings)),
    ]
    if statement.affected:
        facts.append((words["affected"], series([md_escape(a) for a in statement.affected], lang)))
    facts.append((words["statement"], url))
    if not statement.resolved and statement.next_update is not None:
        facts.append((words["next_update"], when(statement.next_update, statement, settings)))

    say = [
        words["say_summary"].format(summary=md_escape(section_plain(statement, "summary"))),
        words["say_link"].format(url=url),
    ]
    if statement.resolved:
        say.append(words["say_resolved"].format(when=when(statement.last_update.at, statement, settings)))
    elif statement.next_update is not None:
        say.append(words["say_next"].format(when=when(statement.next_update, statement, settings)))
    say.append(words["say_unknown"])

    not_say = ["not_guess", "not_promise", "not_press", "not_social"]
    if statement.severity is Severity.CRITICAL:
        not_say.append("not_legal")
    not_say.append("not_memo")

    contact = settings.media_contact
    assert contact is not None  # checked by render_memo
    questions = (
        words["press"].format(name=md_escape(contact.name), email=contact.email, phone=contact.phone),
        words["customers"].format(slug=statement.slug, lang=lang, url=url),
    )
    summary = section_markdown(statement, "summary")
    return MemoContext(
        title=words["title"].format(title=statement.title),
        notice=words["notice"].format(org=org, of_org=of_org),
        facts=tuple(facts),
        headings={key: words[key] for key in ("what_happened", "what_we_are_doing", "say", "not_say", "questions")},
        what_happened="\n\n".join(part for part in (summary, section_markdown(statement, "what_happened")) if part),
        what_we_are_doing=section_markdown(statement, "what_we_are_doing") or f"*{words['not_yet']}*",
        say=tuple(say),
        not_say=tuple(words[key] for key in not_say),
        questions=questions,
    )
