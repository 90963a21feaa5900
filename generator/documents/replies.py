"""Render stage: reply templates for the support and community team (every statement), and
`fill_reply`, which turns one into the answer for one person.

A reply is short and personal: the person's name and their situation are slots written
`[[name]]` and `[[situation]]` (visible in any editor, unlike `{name}`, and absent from normal
prose), which the agent must fill. `fill_reply` refuses to give back a reply with an empty
slot, so no one receives "Hello [[name]]". The statement's facts are already in the
template, in plain text, as the agent will paste it into an e-mail or a direct message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.documents.facts import section_plain, statement_url, when
from generator.documents.formatting import one_line, typography
from generator.documents.templating import render_text
from generator.errors import RenderError
from generator.model import Settings, Statement
from generator.text import markdown_to_plain, strip_comments

SLOT = re.compile(r"\[\[([a-z_]+)\]\]")
REQUIRED_SLOTS = ("name", "situation")
DEFAULT_TEMPLATE = "personal"

REPLY_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Reply templates: {title}",
        "intro": (
            "For the support and community team. Answer each person yourself, by name, never "
            "with an automatic reply. Fill every slot ([[name]], [[situation]]) or let onevoice "
            "do it: `onevoice reply {slug} --lang {lang} --template KEY --name \"…\" --situation \"…\"` "
            "refuses to print a reply with an empty slot."
        ),
        "personal": "personal: the answer to someone affected",
        "journalist": "journalist: a journalist who wrote to the support team",
        "greeting": "Hello [[name]],",
        "thanks_ongoing": "Thank you for your message about [[situation]]. I am sorry for the trouble this is causing you.",
        "thanks_resolved": "Thank you for your message about [[situation]], and for your patience. I am sorry for the trouble this caused you.",
        "next": "Our next update is due by {when}. Every update is posted at {url}.",
        "follow": "Every update is posted at {url}.",
        "resolved": "It is resolved ({when}). Everything we published about it is at {url}.",
        "press": (
            "Thank you for your question about [[situation]]. Our press office answers journalists: "
            "{name}, {email}, {phone}. Our official statement: {url}"
        ),
        "sign": "The {org} team",
    },
    "fr": {
        "title": "Modèles de réponse : {title}",
        "intro": (
            "Pour l'équipe support et communauté. Répondez vous-même à chaque personne, par son "
            "nom, jamais par une réponse automatique. Remplissez chaque champ ([[name]], "
            "[[situation]]) ou laissez onevoice le faire : `onevoice reply {slug} --lang {lang} "
            "--template CLÉ --name \"…\" --situation \"…\"` refuse d'afficher une réponse dont un "
            "champ est vide."
        ),
        "personal": "personal : la réponse à une personne concernée",
        "journalist": "journalist : un journaliste qui a écrit au support",
        "greeting": "Bonjour [[name]],",
        "thanks_ongoing": "Merci pour votre message au sujet de [[situation]]. Je suis désolé(e) pour la gêne occasionnée.",
        "thanks_resolved": "Merci pour votre message au sujet de [[situation]], et pour votre patience. Je suis désolé(e) pour la gêne occasionnée.",
        "next": "Notre prochain point est prévu au plus tard le {when}. Chaque mise à jour est publiée sur {url}.",
        "follow": "Chaque mise à jour est publiée sur {url}.",
        "resolved": "C'est résolu ({when}). Tout ce que nous avons publié à ce sujet est sur {url}.",
        "press": (
            "Merci pour votre question au sujet de [[situation]]. Notre service de presse répond "
            "aux journalistes : {name}, {email}, {phone}. Notre déclaration officielle : {url}"
        ),
        "sign": "L'équipe {org}",
    },
}


class UnfilledSlots(RenderError):
    """A reply still has empty slots; `slots` names them, in the order they appear."""

    def __init__(self, slots: list[str]):
        self.slots = slots
        names = ", ".join(f"[[{slot}]]" for slot in slots)
        super().__init__(
            f"reply refused: {names} {'is' if len(slots) == 1 else 'are'} not filled. "
            "A personal reply names the person and their situation: give a value for each."
        )


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    key: str
    label: str  # what it is for, in the statement's language
    text: str  # plain text with [[slots]]


@dataclass(frozen=True, slots=True)
class RepliesContext:
    """What `documents/replies.md.j2` lays out."""

    title: str
    intro: str
    templates: tuple[ReplyTemplate, ...]
    fence: str  # a code fence longer than any backtick run in the templates


def reply_templates(statement: Statement, settings: Settings) -> dict[str, ReplyTemplate]:
    """The statement's reply templates by key: `personal` always, `journalist` when the
    settings give a media contact."""
    lang = statement.lang
    words = REPLY_WORDS.get(lang, REPLY_WORDS["en"])
    url = statement_url(statement, settings)
    sign = words["sign"].format(org=settings.organisation)
    paragraphs = [words["greeting"]]
    if statement.resolved:
        latest = markdown_to_plain(strip_comments(statement.last_update.text)).strip()
        done = words["resolved"].format(when=when(statement.last_update.at, statement, settings), url=url)
        paragraphs += [words["thanks_resolved"], latest, done]
    else:
        paragraphs += [words["thanks_ongoing"], section_plain(statement, "summary")]
        paragraphs.append(section_plain(statement, "what_you_should_do"))
        if statement.next_update is not None:
            paragraphs.append(words["next"].format(url=url, when=when(statement.next_update, statement, settings)))
        else:
            paragraphs.append(words["follow"].format(url=url))
    paragraphs.append(sign)
    templates = {"personal": _template("personal", words, paragraphs, lang)}
    contact = settings.media_contact
    if contact is not None and all((contact.name, contact.email, contact.phone)):
        press = words["press"].format(name=contact.name, email=contact.email, phone=contact.phone, url=url)
        templates["journalist"] = _template("journalist", words, [words["greeting"], press, sign], lang)
    return templates


def _template(key: str, words: dict[str, str], paragraphs: list[str], lang: str) -> ReplyTemplate:
    text = "\n\n".join(p for p in paragraphs if p)
    return ReplyTemplate(key, typography(words[key], lang), typography(text, lang))


def render_replies(statement: Statement, settings: Settings) -> str:
    templates = tuple(reply_templates(statement, settings).values())
    words = REPLY_WORDS.get(statement.lang, REPLY_WORDS["en"])
    longest = max((len(run) for t in templates for run in re.findall(r"`+", t.text)), default=0)
    context = RepliesContext(
        title=words["title"].format(title=statement.title),
        intro=words["intro"].format(slug=statement.slug, lang=statement.lang),
        templates=templates,
        fence="`" * max(3, longest + 1),
    )
    return typography(render_text(settings.root, "documents/replies.md.j2", p=context), statement.lang)


def fill_reply(template_text: str, values: Mapping[str, str]) -> str:
    """The template with every `[[slot]]` replaced by its value (whitespace collapsed to
    single spaces: a name or a situation is one line). Raises `UnfilledSlots` naming every
    slot with no value or a blank one; values are inserted as they are, never re-read for
    slots."""
    found = list(dict.fromkeys(SLOT.findall(template_text)))
    cleaned = {slot: one_line(str(values.get(slot) or "")) for slot in found}
    empty = [slot for slot in found if not cleaned[slot]]
    if empty:
        raise UnfilledSlots(empty)
    return SLOT.sub(lambda match: cleaned[match.group(1)], template_text)
