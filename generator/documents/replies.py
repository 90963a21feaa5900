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

from generator import roles
from generator.clock import now as current_time
from generator.documents.formatting import one_line, typography
from generator.documents.templating import render_text
from generator.errors import RenderError
from generator.model import Settings, Statement

SLOT = re.compile(r"\[\[([a-z_]+)\]\]")
REQUIRED_SLOTS = ("name", "situation", "agent")
DEFAULT_TEMPLATE = "personal"

REPLY_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Reply templates: {title}",
        "intro": (
            "For the support and community team. Answer each person yourself, by name, never "
            "with an automatic reply, and sign with your own name. Fill every slot ([[name]], [[situation]], "
            "[[agent]]) before you send: a reply must never leave with an empty one."
        ),
        "personal": "personal: the answer to someone affected",
        "journalist": "journalist: a journalist who wrote to the support team",
        "greeting": "Hello [[name]],",
        "thanks": "Thank you for writing to us about [[situation]].",
        "sorry_ongoing": "I am sorry: this should not have happened to you, and we are putting it right.",
        "sorry_resolved": "I am sorry for what this put you through.",
        "sorry_minor": "I am sorry for the delay and the trouble it causes you.",
        "advice": "What you can do:",
        "next": "We will publish our next update by {when}, at {url}.",
        "late": "We promised an update by {when}; it is late, and I am sorry. Every update is posted at {url}.",
        "follow": "Every update is posted at {url}.",
        "resolved": "Our update of {when} confirmed that this is resolved. Everything we published about it is at {url}.",
        "press": (
            "Thank you for your question about [[situation]]. Our press office answers journalists and will "
            "come back to you: {name}, {email}, {phone}. Our official statement: {url}"
        ),
        "sign": "[[agent]]\nCustomer care, {org}",
    },
    "fr": {
        "title": "Modèles de réponse : {title}",
        "intro": (
            "Pour l'équipe support et communauté. Répondez vous-même à chaque personne, par son "
            "nom, jamais par une réponse automatique, et signez de votre nom. Remplissez chaque champ ([[name]], "
            "[[situation]], [[agent]]) avant d'envoyer : aucune réponse ne doit partir avec un champ vide."
        ),
        "personal": "personal : la réponse à une personne concernée",
        "journalist": "journalist : un journaliste qui a écrit au support",
        "greeting": "Bonjour [[name]],",
        "thanks": "Merci de nous avoir écrit au sujet de [[situation]].",
        "sorry_ongoing": "Je vous présente mes excuses : cela n'aurait pas dû vous arriver, et nous faisons le "
                         "nécessaire pour y remédier.",
        "sorry_resolved": "Je vous présente mes excuses pour ce que cela vous a fait vivre.",
        "sorry_minor": "Je vous prie de nous excuser pour ce retard et ses conséquences pour vous.",
        "advice": "Ce que vous pouvez faire :",
        "next": "Nous publierons notre prochain point {when}, sur {url}.",
        "late": "Nous avions promis un point {when} ; il est en retard, et je vous prie de nous en excuser. "
                "Chaque point est publié sur {url}.",
        "follow": "Chaque point est publié sur {url}.",
        "resolved": "Notre point {when} a confirmé que la situation est rétablie. Tout ce que nous avons publié à ce "
                    "sujet est sur {url}.",
        "press": (
            "Merci pour votre question au sujet de [[situation]]. Notre service de presse répond aux "
            "journalistes et reviendra vers vous : {name}, {email}, {phone}. Notre déclaration officielle : {url}"
        ),
        "sign": "[[agent]]\nService client, {org}",
    },
}


# Words a public statement says to a crowd, for a reply to one person.
CROWD = {"en": ((r"\b[Mm]any of you\b", "many customers"), (r"\b[Ss]ome of you\b", "some customers"),
                (r"\b[Tt]hose of you who\b", "customers who"), (r"\b[Aa]ll of you\b", "all our customers")),
         "fr": ((r"\b[Bb]eaucoup d['’]entre vous\b", "beaucoup de clients"),
                (r"\b[Cc]ertains d['’]entre vous\b", "certains clients"),
                (r"\b[Cc]eux d['’]entre vous qui\b", "les clients qui"))}


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


def reply_templates(statement: Statement, settings: Settings, now=None) -> dict[str, ReplyTemplate]:  # type: ignore[no-untyped-def]
    """The statement's reply templates by key: `personal` always, `journalist` when the
    settings give a media contact. One apology, in the first person, signed by the agent;
    the statement's facts with relative days ("this morning") turned into the day."""
    from generator.brief import Brief
    from generator.moments import absolute_days

    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    words = REPLY_WORDS.get(lang, REPLY_WORDS["en"])
    url = settings.statement_url(statement.slug, lang)
    sign = words["sign"].format(org=settings.organisation)

    def facts(sentences: list[str], moment) -> str:  # type: ignore[no-untyped-def]
        # One apology (the agent's own), and words for one person, not a crowd.
        kept = [s for s in sentences if not roles.sentences(s, lang) or not roles.sentences(s, lang)[0].has("apology")]
        text = absolute_days(" ".join(kept), lang, settings.timezone, moment)
        for crowd, person in CROWD.get(lang, ()):
            text = re.sub(crowd, person, text)
        return text

    paragraphs = [words["greeting"], words["thanks"]]
    if statement.resolved:
        paragraphs.append(words["sorry_resolved"])
        paragraphs.append(facts([s.text for s in brief.summary_sentences], statement.last_update.at))
        if brief.advice_items:
            paragraphs.append(words["advice"] + "\n" + "\n".join(
                f"- {absolute_days(item, lang, settings.timezone, statement.last_update.at)}"
                for item in brief.advice_items))
        resolved_at = statement.resolved_at or statement.last_update.at
        when = brief.when(resolved_at)  # the update that said so, not a claim of when it ended
        when = "du " + when.removeprefix("le ") if lang == "fr" else when
        paragraphs.append(words["resolved"].format(when=when, url=url))
    else:
        paragraphs.append(words["sorry_minor"] if not statement.severity.serious else words["sorry_ongoing"])
        paragraphs.append(facts([s.text for s in brief.summary_sentences], statement.last_update.at))
        if brief.advice_items:
            paragraphs.append(words["advice"] + "\n" + "\n".join(
                f"- {absolute_days(item, lang, settings.timezone, statement.last_update.at)}"
                for item in brief.advice_items))
        promise = brief.promise
        if promise.at is not None and promise.ahead:
            paragraphs.append(words["next"].format(url=url, when=brief.when(promise.at)))
        elif promise.at is not None:
            paragraphs.append(words["late"].format(url=url, when=brief.when(promise.at)))
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
