"""Render stage: reply templates for the support and community team (every statement), and
`fill_reply`, which turns one into the answer for one person.

`personal` and `journalist` always; by kind, when the statement has the facts for them: for a
recall `unwell` (used or ate it, feels unwell: the statement's health advice), `pregnant`
(people most at risk) and `return` (where to take it, with the lots); for a data breach
`exposed` (what was viewed, what to do); for an outage or a billing error `charged` (was I
charged, refunds and compensation). Each carries the newest update, one apology only.

A reply is short and personal: the person's name and their situation are slots written
`[[name]]` and `[[situation]]` (visible in any editor, unlike `{name}`, and absent from normal
prose), which the agent must fill. `fill_reply` refuses to give back a reply with an empty
slot, so no one receives "Hello [[name]]". The statement's facts are already in the
template, in plain text, as the agent will paste it into an e-mail or a direct message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator import roles
from generator.clock import now as current_time
from generator.documents.formatting import one_line, typography
from generator.documents.qa_brief import recall_lot_lines
from generator.documents.reading import document_kind
from generator.documents.templating import render_text
from generator.errors import RenderError
from generator.markup import plain_items
from generator.model import Settings, Statement

if TYPE_CHECKING:
    from generator.brief import Brief

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
        "sorry_minor": "I am sorry for the trouble this has caused you.",
        "advice": "What you can do:",
        "next": "We will publish our next update by {when}, at {url}.",
        "late": "We promised an update by {when}; it is late, and I am sorry. Every update is posted at {url}.",
        "follow": "Every update is posted at {url}.",
        "resolved": "Our update of {when} confirmed that this is resolved. Everything we published about it is at {url}.",
        "press": (
            "Thank you for your question about [[situation]]. Our press office answers journalists and will "
            "come back to you: {name}, {email}, {phone}. Our official statement: {url}"
        ),
        "sign": "[[agent]]\n{org}",  # the person, then who they answer for (not every organisation has customers)
        "latest": "Our latest update, {when}:",
        "lots": "The products and lots concerned:",
        "unwell": "unwell: someone who used or ate it and feels unwell, or fears for their safety",
        "unwell_text": "Your health and safety come first. Here is what our statement advises:",
        "pregnant": "pregnant: someone pregnant, or caring for someone at risk, who bought it",
        "pregnant_text": "Here is what our statement says for people most at risk:",
        "doctor": "If you are worried, please call your doctor and tell them about the product.",
        "return": "return: where and how to return it",
        "return_text": "Here is how to return it, as our statement sets out:",
        "exposed": "exposed: someone asking whether their data was exposed and what to do",
        "exposed_text": "Here is what was exposed, and what was not:",
        "contacted": "If your data was among it, we have written to you; here is what our statement says:",
        "charged": "charged: someone asking whether they were charged, or about compensation",
        "charged_text": "About payments, refunds and compensation, our statement says:",
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
        "sorry_minor": "Je vous prie de nous excuser pour ce désagrément.",
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
        "sign": "[[agent]]\n{org}",
        "latest": "Notre dernier point, {when} :",
        "lots": "Les produits et lots concernés :",
        "unwell": ("unwell : une personne qui a consommé ou utilisé le produit et se sent mal, ou craint pour sa "
                   "sécurité"),
        "unwell_text": "Votre santé et votre sécurité passent avant tout. Voici ce que conseille notre déclaration :",
        "pregnant": "pregnant : une femme enceinte, ou une personne qui s'occupe d'une personne fragile, qui l'a acheté",
        "pregnant_text": "Voici ce que dit notre déclaration pour les personnes les plus exposées :",
        "doctor": "Si vous êtes inquiet, appelez votre médecin et signalez-lui ce produit.",
        "return": "return : où et comment rapporter le produit",
        "return_text": "Voici comment le rapporter, comme l'indique notre déclaration :",
        "exposed": "exposed : une personne qui demande si ses données ont été exposées et que faire",
        "exposed_text": "Voici ce qui a été exposé, et ce qui ne l'a pas été :",
        "contacted": "Si vos données en faisaient partie, nous vous avons écrit ; voici ce que dit notre déclaration :",
        "charged": "charged : une personne qui demande si elle a été débitée, ou une compensation",
        "charged_text": "Au sujet des paiements, remboursements et compensations, notre déclaration dit :",
    },
}


# The possessives of a sentence turned from the crowd to the third person, and the words that
# would still speak to the crowd (then the sentence is kept as the statement wrote it).
POSSESSIVES = {"en": ((r"\byour\b", "their"), (r"\bYour\b", "Their"), (r"\byours\b", "theirs")),
               "fr": ((r"\bvotre\b", "leur"), (r"\bvos\b", "leurs"))}
SECOND_PERSON = {"en": r"\b(?:you|You)\b", "fr": r"\b(?:vous|Vous)\b"}
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


def reply_templates(statement: Statement, settings: Settings, now: datetime | None = None) -> dict[str, ReplyTemplate]:
    """The statement's reply templates by key: `personal` always, `journalist` when the
    settings give a media contact, then those of its kind (see the module). One apology, in
    the first person, signed by the agent; the news, the newest update and the advice, with
    relative days ("this morning") turned into the day."""
    from generator.brief import Brief
    from generator.moments import absolute_days

    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    words = REPLY_WORDS.get(lang, REPLY_WORDS["en"])
    url = settings.statement_url(statement.slug, lang)
    sign = words["sign"].format(org=settings.organisation)

    def person(text: str, moment: datetime) -> str:
        """A public sentence for one person: days named, and "many of you" as "many customers"
        with the possessives of that sentence changed too ("their thermostat"), else kept."""
        text = _days(text, lang, settings.timezone, moment)
        for crowd, third in CROWD.get(lang, ()):
            if re.search(crowd, text):
                changed = re.sub(crowd, third, text)
                for mine, theirs in POSSESSIVES.get(lang, ()):
                    changed = re.sub(mine, theirs, changed)
                if not re.search(SECOND_PERSON.get(lang, r"$^"), changed):
                    text = changed
        return text

    def plain(sentences: list[str]) -> list[str]:
        # One apology (the agent's own), and our own line on the next update.
        return [s for s in sentences if not (roles.sentences(s, lang) and (
            roles.sentences(s, lang)[0].has("apology") or roles.sentences(s, lang)[0].has("next-update")))]

    latest = statement.last_update
    news = person(brief.news, latest.at) if brief.news not in " ".join(brief.kept_sentences(latest)) else ""
    news = "" if brief.summary_sentences and brief.summary_sentences[0].has("apology") else news
    latest_lines = plain([*brief.kept_sentences(latest), *brief.corrections_text(latest)])
    latest_text = " ".join(person(s, latest.at) for s in latest_lines)
    latest_block = (words["latest"].format(when=brief.when(latest.at)) + "\n" + latest_text) if latest_text else ""
    lots = recall_lot_lines(brief) if document_kind(brief) == "recall" else []
    lots_block = (words["lots"] + "\n" + "\n".join(f"- {line}" for line in lots)) if lots else ""
    advice_block = (words["advice"] + "\n" + "\n".join(
        f"- {_days(item, lang, settings.timezone, latest.at)}" for item in brief.advice_items[:5])
        if brief.advice_items else "")
    promise = brief.promise
    if statement.resolved:
        resolved_at = statement.resolved_at or latest.at
        when = brief.when(resolved_at)  # the update that said so, not a claim of when it ended
        when = "du " + when.removeprefix("le ") if lang == "fr" else when
        closing = words["resolved"].format(when=when, url=url)
        sorry = words["sorry_resolved"] if statement.severity.serious else words["sorry_minor"]
    else:
        if promise.at is not None and promise.ahead:
            closing = words["next"].format(url=url, when=brief.when(promise.at))
        elif promise.at is not None:
            closing = words["late"].format(url=url, when=brief.when(promise.at))
        else:
            closing = words["follow"].format(url=url)
        sorry = words["sorry_minor"] if not statement.severity.serious else words["sorry_ongoing"]
    opening = [words["greeting"], words["thanks"], sorry]
    templates = {"personal": _template("personal", words, [
        *opening, news, latest_block, lots_block, advice_block, closing, sign], lang)}
    contact = settings.media_contact
    if contact is not None and all((contact.name, contact.email, contact.phone)):
        press = words["press"].format(name=contact.name, email=contact.email, phone=contact.phone, url=url)
        templates["journalist"] = _template("journalist", words, [words["greeting"], press, sign], lang)
    for key, paragraphs in _by_kind(brief, words, lots_block).items():
        templates[key] = _template(key, words, [*opening, *paragraphs, closing, sign], lang)
    return templates


def _days(text: str, lang: str, zone: ZoneInfo, moment: datetime) -> str:
    """Relative days named (see `absolute_days`), in English word order: "by tomorrow
    morning" becomes "by the morning of 30 November", never "by on 30 November morning"."""
    from generator.moments import absolute_days

    text = absolute_days(text, lang, zone, moment)
    if lang == "en":
        text = re.sub(r"\bon (\d{1,2} [A-Z][a-z]+) (morning|afternoon|evening|night)\b", r"on the \2 of \1", text)
        text = re.sub(r"\b(by|before|until|from|after) on (?=the |\d)", r"\1 ", text)
    return text


def _items(brief: Brief, pattern: str) -> list[str]:
    return [item for item in brief.advice_items if re.search(pattern, item, re.IGNORECASE)]


def _with_their_lists(brief: Brief, sentences: list[str]) -> list[str]:
    """A sentence that announces a list ("The data copied concerns…:") with the list's items
    joined to it, so it never ends on a colon with nothing after it."""
    told: list[str] = []
    for sentence in sentences:
        if not sentence.rstrip().endswith(":"):
            told.append(sentence)
            continue
        for section in brief.statement.sections:
            items = plain_items(section.text)
            if sentence in items:
                after = items[items.index(sentence) + 1:]
                listed = [item for item in after[:8] if len(item) < 200]
                told.append(sentence.rstrip() + " " + " ".join(listed))
                break
        else:
            continue  # a lead-in without its list says nothing
    return told


def _listed(lead: str, items: list[str]) -> str:
    return lead + "\n" + "\n".join(f"- {item}" for item in items)


# What a template by kind looks for in the statement, English and French.
HEALTH = (r"\b(?:symptom|fever|doctor|hospital|emergency|112|unwell|ill\b|sick|hot, swollen|smok|burn|"
          r"symptôme|fièvre|médecin|hôpital|urgence|malaise|malade|15\b)")
AT_RISK = r"\b(?:pregnan|elderly|immun|infant|babies|enceinte|âgées|immunodéprim|nourrisson)"
RETURN = (r"\b(?:return|bring|take (?:it|them) back|replacement|collect|refund|courier|register|"
          r"rapport|ramen|retour|remplac|collect|rembours|enregistr)\w*")
CHARGED = (r"\b(?:charged|refund|reimburs|credit|waive|waiver|voucher|compensat|pending amount|fees|"
           r"débité|rembours|crédit|avoir|exonération|frais|bon d'achat|geste commercial|complément)\w*")


def _by_kind(brief: Brief, words: dict[str, str], lots_block: str) -> dict[str, list[str]]:
    """The templates the statement has the facts for, beyond `personal` and `journalist`."""
    from generator.documents.passages import find

    kind = document_kind(brief)
    found: dict[str, list[str]] = {}
    if kind == "recall":
        health = _items(brief, HEALTH)
        if health:
            medical = any(re.search(r"\b(?:doctor|médecin|symptom|symptôme|fever|fièvre)", h, re.I) for h in health)
            found["unwell"] = [_listed(words["unwell_text"], health), words["doctor"] if medical else ""]
        at_risk = _items(brief, AT_RISK)
        if at_risk:
            found["pregnant"] = [_listed(words["pregnant_text"], at_risk), lots_block, words["doctor"]]
        back = _items(brief, RETURN)
        if back:
            found["return"] = [lots_block, _listed(words["return_text"], back)]
    elif kind == "breach":
        seen = r"\b(?:view|expos|access|copied|leak|consult|accéd|copié|fuit)\w*"
        data = [p.text for p in find(brief, role="data", words=seen, sections=("what_happened",), most=3)] or \
            [p.text for p in find(brief, role="data", words=seen, sections=("summary",), most=3)]
        contacted = [p.text for p in find(brief, words=r"\b(?:contacted|e-?mailed|if we told you|written to|"
                                          r"contacté|écrit|si nous vous avons)", sections=("summary",
                                          "what_you_should_do"), most=1)]
        data = _with_their_lists(brief, data)
        if data:
            paragraphs = [_listed(words["exposed_text"], data)]
            if brief.advice_items:
                paragraphs.append(_listed(words["contacted"] if contacted else words["advice"],
                                          brief.advice_items[:4]))
            found["exposed"] = paragraphs
    elif kind in ("outage", "billing"):
        money = [p.text for p in find(brief, words=CHARGED, sections=("summary", "what_happened",
                                      "what_you_should_do"), most=3)]
        money += [p.text for p in find(brief, words=CHARGED, sections=("update",), newest_first=True, history=True,
                                       most=2) if p.text not in money]
        if money:
            found["charged"] = [_listed(words["charged_text"], money[:5])]
    return {key: [p for p in paragraphs if p] for key, paragraphs in found.items()}


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
