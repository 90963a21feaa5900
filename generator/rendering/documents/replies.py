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

from generator.rendering.documents.formatting import in_english_style

import re
import unicodedata
from urllib.parse import urlsplit
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator.rendering import roles
from generator.reading.kinds import impersonation, strike
from generator.rendering.brief import off_page, without_page_talk
from generator.rendering.channels.voices import people_named
from generator.core.clock import now as current_time
from generator.rendering.documents.formatting import one_line, typography
from generator.rendering.deadlines import MONTHS, passed_deadline, passed_promise, past_until
from generator.rendering.moments import day_words
from generator.rendering.documents.freshness import dated, here_named, holds_wrong_value, is_emergency, is_helpline
from generator.rendering.documents.freshness import wrong_values
from generator.rendering.documents.qa_questions import recall_lot_lines
from generator.rendering.documents.reading import document_kind, said_whole
from generator.rendering.documents.passages import update_named
from generator.rendering.documents.reply_words import REPLY_WORDS
from generator.rendering.documents.templating import render_text
from generator.core.errors import RenderError
from generator.core.markup import plain_items
from generator.core.model import Settings, Statement
from generator.rendering.site.labels import label as site_label
from generator.core.catalogues import words_in

if TYPE_CHECKING:
    from generator.rendering.brief import Brief

SLOT = re.compile(r"\[\[([a-z_]+)\]\]")
# The templates' names in French, as the document shows them and `onevoice reply --template`
# takes them (the English key works in every language).
TEMPLATE_NAMES = {"fr": {"personal": "personne", "journalist": "journaliste", "unwell": "malade",
                         "pregnant": "grossesse", "return": "retour", "exposed": "données", "charged": "débit",
                         "lost": "objets"}}


# Something we published: an advert, a post, a video, a campaign (« publicité », « publication »).
# (Ours: "we posted a video", « notre publicité »; never "a customer posted a video of it".)
_PUBLISHED = re.compile(r"\b(?:our|we|nous|notre|nos)\b[^.]{0,40}?\b(?:advert\w*|ad|ads|post(?:ed|s)?|tweet\w*|video|"
                        r"campaign|publication|publicité|publié\w*|vidéo|campagne|newsletter|e-?mail(?:ing)?|slogan|"
                        r"affiche|poster|billboard)\b", re.IGNORECASE)

# …but a video an employee posted on his own account was not published by us: "an employee of our
# Dieppe store posted a TikTok video", « un employé … a publié sur son compte personnel ».
_STAFF_POSTED = re.compile(r"\b(?:employees?|staff member|member of (?:our )?staff|colleague|employée?s?|salariée?s?)\b"
                           r"[^.;]{0,80}?\b(?:posted|published|shared|filmed|a publié|ont publié|a partagé|a diffusé|"
                           r"s['’]est filmée?)\b|\bpersonal (?:\w+ )?account\b|\bcompte (?:\w+ )?personnel\b",
                           re.IGNORECASE)


def template_key(name: str) -> str:
    """The template a name given on the command line means: its key, or a French name with or
    without its accents ("donnees")."""
    def plain(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text.strip().casefold()) if not unicodedata.combining(c))

    wanted = plain(name)
    for names in TEMPLATE_NAMES.values():
        for key, said in names.items():
            if plain(said) == wanted:
                return key
    return name


# The slots in the template's language ("[[nom]]" in French): the same three values.
SLOT_NAMES = {"nom": "name", "objet": "situation", "signature": "agent",
              "anliegen": "situation", "unterschrift": "agent"}
REQUIRED_SLOTS = ("name", "situation", "agent")
DEFAULT_TEMPLATE = "personal"

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


# The emergency number of the readers' country, read from the site's zone: French readers call
# the 15, Swiss ones the 144, Belgian and Luxembourg ones the 112, Québec ones the 911.
_EMERGENCY_BY_ZONE = {"Europe/Zurich": "144", "Europe/Brussels": "112", "Europe/Luxembourg": "112",
                      "America/Toronto": "911", "America/Montreal": "911"}


def local_emergency(text: str, zone: object) -> str:
    """`text` with the French « le 15 (ou le 112) » and the English "call 112" said in the number
    of the site's country (a parent in Québec calls 911, in any language)."""
    number = _EMERGENCY_BY_ZONE.get(str(zone)) or ("911" if str(zone).startswith("America/") else None)
    if number is None:
        return text
    text = re.sub(r"\bcall 112\b", f"call {number}", text)
    # (Switzerland's 144 with Europe's 112; North America has no 112.)
    return re.sub(r"\ble 15 \(ou le 112\)", f"le {number}" if number in ("112", "911") else f"le {number} (ou le 112)",
                  text)


@in_english_style
def reply_templates(statement: Statement, settings: Settings, now: datetime | None = None) -> dict[str, ReplyTemplate]:
    """The statement's reply templates by key: `personal` always, `journalist` when the
    settings give a media contact, then those of its kind (see the module). One apology, in
    the first person, that fits the kind (a bad buzz is apologised for, never "resolved"),
    signed by the agent; the news, the newest update and the advice, with relative days
    ("this morning") turned into the day and states already over ("closed until 27
    November", read on 29 November) left out; the statement's helpline and its own tables
    (distribution points) where it gives them."""
    from generator.rendering.brief import Brief

    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    kind = document_kind(brief)
    words = words_in(REPLY_WORDS, "reply.", lang)
    words["doctor"] = local_emergency(words["doctor"], settings.timezone)
    url = settings.statement_url(statement.slug, lang)
    if brief.no_links:
        # After a breach, a message with a link is what fraudsters send: the site's name, to type
        # by hand, as in the e-mail and the SMS.
        url = urlsplit(settings.site_url).netloc
    sign = words["sign"].format(org=settings.organisation_in(lang))
    zone = settings.timezone
    latest = statement.last_update
    lots = recall_lot_lines(brief) if kind == "recall" else []

    def person(text: str, moment: datetime) -> str:
        """A public sentence for one person: days named, and "many of you" as "many customers"
        with the possessives of that sentence changed too ("their thermostat"), else kept."""
        text = off_page(here_named(dated(text, lang, zone, moment), lang), lang)
        if lots:  # the reply lists the lots above its advice: "in the table" is that list
            text = re.sub(r"\bin the table\b", "in the list above", text)
            text = re.sub(r"\bdans le tableau\b", "dans la liste ci-dessus", text)
            text = re.sub(r"\bin der Tabelle\b", "in der Liste oben", text)
        text = re.sub(*_WRITE_TO.get(lang, _WRITE_TO["en"]), text)
        for crowd, third in CROWD.get(lang, ()):
            if re.search(crowd, text):
                changed = re.sub(crowd, third, text)
                for mine, theirs in POSSESSIVES.get(lang, ()):
                    changed = re.sub(mine, theirs, changed)
                if not re.search(SECOND_PERSON.get(lang, r"$^"), changed):
                    text = changed
        return text

    from generator.rendering.channels.voices import leans_on_before as leans

    def plain(sentences: list[str]) -> list[str]:
        # One apology (the agent's own), our own line on the next update, nothing already over.
        kept, gone, left_before = [], False, False
        for s in sentences:
            said = roles.sentences(s, lang)
            left = bool(said and (said[0].has("apology") or said[0].has("next-update"))) \
                or _TO_EVERYONE.match(s) is not None
            over = past_until(s, latest.at, brief.now, zone) \
                or passed_deadline(dated(s, lang, zone, latest.at), latest.at, brief.now, zone)
            # a promise whose day is over ("500 Embers will be added by 25 November") is no news
            # ("refunded by tomorrow", written on 9 November, was due on the 10th); and a sentence
            # that leans on one gone ("We are checking that they keep to this timetable") goes with it
            # (Nor one that leans on an apology left out: « La passagère a accepté nos excuses… Nous la
            # remercions » never thanks the employee named before.)
            gone = bool(over) or ((gone or left_before) and leans(s, lang))
            left_before = left
            if not left and not gone:
                kept.append(s)
        return kept

    if kind == "controversy":  # what we say about it now, never a restatement of what hurt people
        from generator.rendering.documents.qa_questions import leans_on_before

        said = re.compile(r"\b(?:never have|n['’]aurait jamais dû|should not have)", re.IGNORECASE)  # our apology says it
        # Never a sentence that leans on the restatement left out (« On y voyait… »).
        kept = [s.text for s in brief.summary_sentences[1:] if not s.has("apology") and not said.search(s.text)]
        while kept and leans_on_before(kept[0], brief.lang):
            kept.pop(0)
        news = " ".join(person(text, latest.at) for text in kept)
    else:
        news = person(_news_with_what_leans_on_it(brief), latest.at) \
            if brief.news not in " ".join(brief.kept_sentences(latest)) else ""
        news = "" if brief.summary_sentences and brief.summary_sentences[0].has("apology") else news
    wrong = wrong_values(brief, latest)

    kept_latest: list[str] = []
    dropped = False
    for index, sentence in enumerate(brief.kept_sentences(latest)):
        # (A sentence that leans on one left out goes with it: « Si vous en recevez un… » after
        # the count of fake messages it means, never after the storage check.)
        # (The update's first sentence is its news, figures and all: "Since 10:00, 12 replacement
        # coaches run on lines 12 and 14, one every 20 minutes" is what the person needs.)
        dropped = holds_wrong_value(sentence, wrong) or (index > 0 and _statistics(sentence, lang)) \
            or (dropped and leans(sentence, lang))
        if not dropped and _without_closing(sentence):
            kept_latest.append(without_page_talk(_without_closing(sentence)))
    latest_lines = plain([*kept_latest, *brief.corrections_text(latest)])
    latest_text = " ".join(person(s, latest.at) for s in latest_lines)
    latest_block = (words["latest"].format(when=brief.when(latest.at)) + "\n" + latest_text) if latest_text else ""
    lots_block = (words["lots"] + "\n" + "\n".join(f"- {line}" for line in lots)) if lots else ""
    # What our own staff should do ("Penrose & Vale colleagues can also call our assistance
    # line") is not said to a customer.
    advice = [person(said_whole(item, lang), latest.at) for item in brief.advice_items if not _TO_STAFF.match(item)]
    helpline = next((item for item in advice if is_helpline(item)), None) or _helpline(brief)
    shown = advice[:5] + ([helpline] if helpline and helpline in advice[5:] else [])
    advice_block = (words["advice"] + "\n" + "\n".join(f"- {item}" for item in shown)) if shown else ""
    helpline_block = _call(helpline) if helpline and helpline not in shown else ""
    tables_block = "" if kind == "recall" else _tables(brief)
    promise = brief.promise
    if statement.resolved:
        resolved_at = statement.resolved_at or latest.at
        when = brief.when(resolved_at)  # the update that said so, not a claim of when it ended
        when = update_named(when, lang)
        closing = words[_closing_key(kind)].format(when=when, url=url)
        sorry = words["sorry_resolved"] if statement.severity.serious else words["sorry_minor"]
    else:
        if promise.at is not None and promise.ahead:
            closing = words["next"].format(url=url, when=brief.promised_by(brief.when(promise.at)))
        elif promise.at is not None:
            closing = words["late"].format(url=url, when=brief.promised_by(brief.when(promise.at)))
        else:
            closing = words["follow"].format(url=url)
        sorry = words["sorry_minor"] if not statement.severity.serious else words["sorry_ongoing"]
    if kind in ("outage", "incident") and strike(statement):
        # A strike is no fault we own or can put right alone: "I am sorry for the trouble this has
        # caused you", never "this should not have happened to you, and we are putting it right".
        sorry = words["sorry_minor"]
    if impersonation(statement) and kind != "breach":
        # Fake messages in our name: sorry they were targeted, and right to check; no fault of
        # ours is "put right" (the fraud is the criminals'). (Not after a breach of ours: scam
        # calls made with data we let out are ours to apologise for.)
        sorry = words["sorry_targeted"]
    if kind in ("safety", "health") and statement.severity.serious:
        # Someone may have been hurt or frightened: no "we are putting it right" for that.
        sorry = words["sorry_safety"]
        if brief.hurt or any(s.has("harm") and not s.has("outcome") for s in brief.summary_sentences):
            sorry = words["sorry_hurt"]  # a relative may be in hospital: never "I hope you are well"
    if kind == "controversy":
        # What one of us said at a counter was never "published": the apology says what happened.
        told = f"{statement.title} {statement.summary}"
        sorry = words["sorry_controversy"] if _PUBLISHED.search(told) and not _STAFF_POSTED.search(told) \
            else words["sorry_conduct"]
        closing = words["closed_controversy"].format(url=url) if statement.resolved else closing
    opening = [words["greeting"], words["thanks"], sorry]
    templates = {"personal": _template("personal", words, [
        *opening, news, latest_block, lots_block, advice_block, tables_block, helpline_block, closing, sign], lang)}
    contact = settings.media_contact
    if contact is not None and all((contact.name, contact.email, contact.phone)):
        # A journalist gets the statement's own address; after a breach whose statement promises no
        # links in our messages, the site's address to type, as every message then gives it (kit 59).
        press = words["press"].format(name=contact.name_in(lang), email=contact.email, phone=contact.phone,
                                      url=settings.typed_address(lang) if brief.no_links
                                      else settings.statement_url(statement.slug, lang))
        templates["journalist"] = _template("journalist", words, [words["greeting"], press, sign], lang)
    for key, (label, first, paragraphs) in _by_kind(brief, words, lots_block, advice, helpline).items():
        # Safety first: an emergency instruction comes before anything else, the thanks included.
        # Someone asking whether they were exposed may not have been: sorry for the worry, never
        # "this should not have happened to you".
        # Someone who feels unwell after a recall: sorry they are unwell, never "we are putting it
        # right", which is hollow to them and says our product made them ill.
        worry = key == "exposed"
        thanks = [words["thanks"], words["sorry_worry"]] if worry and kind != "controversy" else opening[1:]
        if worry and kind == "breach" and any(s.has("ownership") for s in brief.summary_sentences):
            # The statement owns the failure ("it was our job to protect this information"): the
            # reply apologises for it, never only for the customer's worry.
            thanks = [words["thanks"], words["sorry_breach"]]
        if key == "unwell" and kind == "recall":
            # (Hurt by a product, a cup that broke, a lid a child choked on: "I am truly sorry for
            # what this has put you through", never "that you are unwell" to a frightened parent.)
            thanks = [words["thanks"], words["sorry_hurt" if label == "unwell_product" else "sorry_unwell"]]
        if kind == "safety" and key in ("lost", "charged"):
            # Someone asking for a refund or a lost bag: sorry for the trouble, not condolences.
            # (Once it is over too: "for what this put you through" is for the people it hurt.)
            thanks = [words["thanks"], words["sorry_minor"]]
        # (Once it is over, nobody writes from the scene: the thanks and the apology open the
        # reply, the health advice follows, never a list between "Hello" and "Thank you".)
        body = [*thanks, *first] if statement.resolved else [*first, *thanks]
        templates[key] = _template(key, words, [words["greeting"], *body, *paragraphs, closing, sign], lang, label)
    return templates


# Advice for our own people: "Penrose & Vale colleagues can…", « Nos salariés peuvent… ».
_TO_STAFF = re.compile(r"^(?:[\w&' -]{0,40} )?(?:colleagues|employees|salariés|collaborateurs|Mitarbeitende\w*)\b"
                       r"[^.]{0,30}\b(?:can|may|should|peuvent|doivent|können)\b", re.IGNORECASE)


# They wrote to us: "write to help@…" becomes "reply to this message". (An address of its own,
# "write to lost-property@…", stays: this reply is not where lost items are handled.)
_SUPPORT = r"(?:help|support|contact|service\w*|info|hello|bonjour|care|customer\w*|clients?|assistance|sav|kundenservice|hilfe)"
_WRITE_TO = {"en": (rf"\b(?:please )?(?:write|e-?mail)(?: to)? (?:us at )?{_SUPPORT}@[\w-]+(?:\.[\w-]+)+", "reply to this message"),
             "fr": (rf"\bécrivez(?:-nous)? à {_SUPPORT}@[\w-]+(?:\.[\w-]+)+", "répondez à ce message"),
             "de": (rf"\bschreiben Sie uns (?:an |unter )?{_SUPPORT}@[\w-]+(?:\.[\w-]+)+", "antworten Sie auf diese Nachricht")}


# Our own tallies ("Our helpline has answered 2,160 calls", "13,900 were held in warehouses…;
# about 7,600 were bought…; 2,480 brought back"): the page's business, not a reply to one person.
_TALLY = re.compile(r"\b(?:answered|handled|received|taken|répondu à|traité|reçu|pris)\b[^.;]{0,25}?\d[\d,.\u00a0\u202f ]*"
                    r"\s+(?:calls|appels|e-?mails|messages|requests|demandes)\b", re.IGNORECASE)
_TIME_OR_DAY = re.compile(r"\b\d{1,2}(?::\d\d|[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d\d)?\b)|\b\d{1,2}(?:er)?[\s\u00a0]+"
                          rf"(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)


# "This update closes our follow-up", « Ce message clôt notre suivi » speak of the update: in a
# reply to one person they would close the conversation with them. What follows stays ("you
# can still write to us at…").
_CLOSING = re.compile(r"\b(?:ce (?:message|point|communiqué)|cette (?:mise à jour|publication)|this (?:message|update|"
                      r"post|statement)) (?:clôt|met fin à|termine|closes|ends|is our (?:last|final))\b[^;:.]*(?:[;:]\s*|\.?$)",
                      re.IGNORECASE)


def _without_closing(sentence: str) -> str:
    rest = _CLOSING.sub("", sentence).strip()
    if rest == sentence.strip():
        return sentence
    return rest[:1].upper() + rest[1:] if len(rest) > 3 else ""


def _statistics(sentence: str, lang: str) -> bool:
    """A sentence of our own counts, with nothing in it for the person we write to."""
    said = roles.sentences(sentence, lang)
    if any(s.has(r) for s in said for r in ("advice", "never-ask", "apology")):
        return False
    if _TALLY.search(sentence):
        return True
    figures = re.findall(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+", _TIME_OR_DAY.sub(" ", sentence))
    return len(figures) >= 3 and not any(s.has(r) for s in said for r in ("compensation", "harm"))


def _news_with_what_leans_on_it(brief: Brief) -> str:
    """The news, and the summary's next sentence when it leans on it: "Our campaign said X."
    alone repeats a false claim; « C'était faux : … » says it was false."""
    from generator.rendering.documents.qa_questions import leans_on_before

    sentences = brief.summary_sentences
    following = sentences[1] if len(sentences) > 1 else None
    if following is None or following.has("apology") or not leans_on_before(following.text, brief.lang):
        return brief.news
    return f"{brief.news} {following.text}"


# "We are emailing each of you", « Nous vous écrivons »: the e-mails are still going out.
_STILL_WRITING = (r"we are (?:writing|e-?mailing|contacting)|we will (?:write|e-?mail|contact)|will receive an? e-?mail|"
                  r"écrivons|contactons|écrirons|contacterons|recevra un e-?mail|recevront un e-?mail")


def _contacted_words(contacted: list[str], words: Mapping[str, str]) -> str:
    """What we say about writing to them, in the statement's own tense: "we are writing to you"
    while the e-mails still go out, never "we have written to you" before they are all sent."""
    if not contacted:
        return words["advice"]
    still = re.search(_STILL_WRITING, contacted[0], re.IGNORECASE)
    return words["contacting" if still else "contacted"]


def _closing_key(kind: str) -> str:
    """Only a service comes back ("resolved"); a fire or a health alert is over; anything else
    (a passenger let down) is a statement we closed, not a subject; a bad buzz is never
    "resolved" (its own closing)."""
    if kind in ("outage", "billing"):
        return "resolved"
    return "closed" if kind in ("safety", "health") else "closed_statement"


def _distinct(sentences: list[str]) -> list[str]:
    """Each fact once: a sentence whose link and words are already said is left out ("a
    credit equal to five days of your plan", three times over)."""
    kept: list[str] = []
    for sentence in sentences:
        words = _content_words(sentence)
        links = set(re.findall(r"https?://\S+?(?=[.,;)]?(?:\s|$))", sentence))
        told = [_content_words(k) for k in kept]
        known_links = {link for k in kept for link in re.findall(r"https?://\S+?(?=[.,;)]?(?:\s|$))", k)}
        if links and links <= known_links:
            continue
        same = next((i for i, t in enumerate(told) if _same_fact(words, t)), None)
        if same is not None:
            # The same fact twice: the fuller one where the first stood ("…send us the receipt
            # before 31 January 2027: we will refund them" rather than without its deadline).
            figures = set(re.findall(r"\d+", kept[same]))
            if len(sentence) > len(kept[same]) and _same_fact(told[same], words) \
                    and figures <= set(re.findall(r"\d+", sentence)):  # (never at the cost of "€40")
                kept[same] = sentence
            continue
        kept.append(sentence)
    return kept


_REACH = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\u00a0\u202f .-]{7,}\d")


def _fullest(sentences: list[str]) -> list[str]:
    """Two sentences that give the same ways to reach us ("…until 11 December (lost@…, 04 65…)"
    and "If you left something, write to lost@… or call 04 65… (Monday to Friday…) before 11
    December, with a description"): the fuller one, where the first stood."""
    def reach(text: str) -> frozenset[str]:
        return frozenset(re.sub(r"\D", "", r) if "@" not in r else r.casefold() for r in _REACH.findall(text))

    kept: list[str] = []
    for sentence in sentences:
        same = next((i for i, k in enumerate(kept) if reach(k) and reach(k) == reach(sentence)), None)
        if same is None:
            kept.append(sentence)
        elif len(sentence) > len(kept[same]):
            kept[same] = sentence
    return kept


def _same_fact(words: set[str], told: set[str]) -> bool:
    """Most words already said, or many of them: the same fact in other words."""
    shared = len(words & told)
    return bool(words) and (shared >= 0.6 * len(words) or (shared >= 5 and shared >= 0.45 * len(words)))


def _content_words(sentence: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}", sentence)}


def _call(helpline: str) -> str:
    """The helpline sentence as a line of its own ("Questions: our free helpline…" → "Our free helpline…")."""
    label = re.match(r"^[^\W\d][\w'’ ]{0,24}\s?:\s+", helpline.strip())
    # ("Consumer line: 04 65…", « Service consommateurs : 04 65… » keep their label: it names the line.)
    if label and re.search(r"\b(?:line|lines|hotline|helpline|ligne|numéro|Hotline|Telefon|service|consommateurs?|consumer|"
                           r"customer|clients?|Kundenservice|Kundendienst)\b", label.group(0), re.IGNORECASE):
        label = None
    text = helpline.strip()[label.end():] if label else helpline.strip()
    return text[:1].upper() + text[1:]


def _helpline(brief) -> str | None:  # type: ignore[no-untyped-def]
    """The statement's own line to call, said outside its advice ("A free helpline, 0 800…, is open…")."""
    from generator.rendering.documents.passages import find

    found = [p for p in find(brief, sections=("what_we_are_doing", "summary"), most=30) if is_helpline(p.text)]
    return found[0].text if found else None


def _tables(brief) -> str:  # type: ignore[no-untyped-def]
    """The statement's own sections that hold a table (distribution points, opening hours),
    each under its heading, with its sentences and its rows as labelled lines."""
    from generator.rendering.documents.reading import blocks, table_lines

    parts: list[str] = []
    for section in brief.statement.sections:
        if section.key is not None:
            continue
        found = blocks(section.text, brief.lang)
        rows = [line for block in found if block.is_table for line in table_lines(block, brief.lang)]
        if not rows:
            continue
        said = " ".join(block.text for block in found if not block.is_table)
        colon = site_label("colon", brief.lang)
        parts.append("\n".join([f"{section.heading}{colon}" + (f" {said}" if said else ""),
                                *(f"- {row}" for row in rows)]))
    return "\n\n".join(parts)


def _with_their_lists(brief: Brief, sentences: list[str]) -> list[str]:
    """A sentence that announces a list ("The data copied concerns…:") with the list's items
    joined to it, so it never ends on a colon with nothing after it."""
    told: list[str] = []
    for sentence in sentences:
        if not sentence.rstrip().endswith(":"):
            told.append(sentence)
            continue
        for section in brief.statement.sections:
            items = plain_items(section.text, brief.lang)
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
# (The French emergency number 15 only as one to call: never "by 15 March".)
HEALTH = (r"\b(?:symptom|fever|doctor|hospital|emergency|112|unwell|ill\b|sick|hot, swollen|smok|burn|psycholog|"
          r"symptôme|fièvre|médecin|hôpital|urgence|malaise|malade|(?:appelez|composez|faites) le 15\b)")
AT_RISK = r"\b(?:pregnan|elderly|immun|infant|babies|enceinte|âgées|immunodéprim|nourrisson)"
RETURN = (r"\b(?:return|bring|take (?:it|them) back|replacement|collect|refund|courier|register|"
          r"rapport|ramen|retour|remplac|collect|rembours|enregistr)\w*")
# A refund without sending anything back ("no need to send the bottle back", « inutile de nous renvoyer »).
NO_RETURN = re.compile(r"\b(?:no need to (?:send|return|bring)|(?:do not|don't) need to (?:send|return|bring)|"
                       r"without (?:sending|returning)|keep the product|inutile de (?:nous )?(?:le |la |les )?"
                       r"(?:renvoyer|rapporter|retourner)|sans (?:le |la |les )?(?:renvoyer|rapporter|retourner)|"
                       r"pas besoin de (?:le |la |les )?(?:renvoyer|rapporter|retourner))", re.IGNORECASE)
# Belongings left on a site: "lost property", "212 items were found", « objets trouvés ».
LOST = (r"\b(?:lost[- ]property|belongings|left (?:an|any|your|a) (?:item|object|bag|belongings)|"
        r"(?:if|whoever) you left (?:something|anything|an item|items)|(?:items?|objects?) (?:left|found)|(?:\d+ )?items (?:were|have been) "
        r"(?:found|collected)|personal (?:items|effects)|objets? (?:trouvés|personnels|perdus|oubliés)|"
        r"(?:\d+ )?objets (?:ont été|sont) (?:retrouvés|récupérés)|objets? laissée?s?|laissé (?:un|des|vos) "
        r"(?:objets?|affaires)|affaires personnelles|vos affaires)")
# Money owed back; "fees" only as charges to refund ("the roaming fees it missed" is the error, not the refund).
# "Claims by phone were not affected" is an insurer's claims, not money owed: "claim" only with
# what is claimed back.
# (Never the clearing house, « la chambre de compensation »: no compensation of anyone.)
CHARGED = (r"\b(?:charged|refund|reimburs|credit|waive|waiver|voucher|(?<!chambre de )(?<!clearing )(?<!partenaire de )(?<!système de )(?<!plateforme de )compensat|"
           r"pending amount|(?:bank|late) fees|"
           r"claim (?:a |your |the )?(?:refund|compensation|reimbursement|fees?|costs?)|claims? form|"
           r"claims? for (?:the )?(?:costs?|expenses|fees|losses|refunds?|compensation)|can claim|make a claim|"
           r"débité|rembours|crédit|exonération|frais (?:bancaires|de retard|causés)|bon d'achat|"
           r"geste commercial|complément)\w*|\b(?:un|d['’]un|en) avoir\b")


# What to do when help is still needed ("If you … still need help, call 9-1-1 now").
_STILL_NEED_HELP = (r"\b(?:still need help|need help now|(?:call|dial) (?:9-1-1|911|999|112) now|encore besoin d['’]aide|"
                    r"(?:composez|appelez) le (?:9-1-1|911|112) maintenant)")


def _by_kind(brief, words: dict[str, str], lots_block: str, advice: list[str],  # type: ignore[no-untyped-def]
             helpline: str | None) -> dict[str, tuple[str, list[str], list[str]]]:
    """The templates the statement has the facts for, beyond `personal` and `journalist`: by
    key, the key of their label, what comes first (an emergency instruction, before the thanks
    and the apology), and their paragraphs."""
    from generator.rendering.documents.passages import find

    kind = document_kind(brief)
    found: dict[str, tuple[str, list[str], list[str]]] = {}
    call = _call(helpline) if helpline else ""
    # After a fire or an accident, smoke or a fall: what the statement advises about health.
    # (The unwell template of a recall or a health alert, the "ill" one otherwise.)
    if kind in ("recall", "health", "safety"):
        health = [item for item in advice if re.search(HEALTH, item, re.IGNORECASE) and not is_helpline(item)]
        urgent = [item for item in health if is_emergency(item)]
        rest = [item for item in health if item not in urgent]
        if health:
            medical = kind == "recall" and any(re.search(r"\b(?:doctor|médecin|symptom|symptôme|fever|fièvre)", h, re.I)
                                               for h in rest)
            lead = words["unwell_text" if kind == "recall" else "ill_text"]
            # A bouncer or a car is used, not eaten: the heading says who writes then.
            # (A child's cup or bottle is drunk from, but a lid that can choke is a product that hurts.)
            told = f"{brief.statement.title} {brief.summary}"
            eaten = re.search(r"\b(?:eat|ate|eaten|food|drink|consum\w*|mang\w+|consomm\w+|aliment\w*|boi\w+)",
                              told, re.IGNORECASE) and not re.search(
                r"\b(?:chok\w*|étouff\w*|strangl\w*|étrangl\w*|cut|coupure|burn\w*|brûl\w*|shock|électrocut\w*)",
                told, re.IGNORECASE)
            found["unwell"] = ("unwell" if kind == "recall" and eaten else "unwell_product" if kind == "recall" else "ill",
                               [_listed(words["safety_first"], urgent)] if urgent else [],
                               # (After a fire the helpline may be the lost-property line: not for health.)
                               [_listed(lead, rest) if rest else "", words["doctor"] if medical else "",
                                call if kind != "safety" else "",
                                words["report"] if kind == "recall" else ""])
    if kind == "outage":
        from generator.rendering.documents.qa_words import lifeline_cut

        if lifeline_cut(f"{brief.statement.title} {brief.summary}", brief.lang):
            # Someone whose call for help failed: what to do if they still need help (the statement's
            # own words, "…still need help, call 9-1-1 now"), then a person calls them back.
            now = [p.text for p in find(brief, words=_STILL_NEED_HELP, history=True, most=1)]
            found["lifeline"] = ("lifeline", now, [words["lifeline_text"]])
    if kind == "recall":
        at_risk = [item for item in advice if re.search(AT_RISK, item, re.IGNORECASE)]
        if at_risk:
            # What everyone must do ("Do not eat it") first: the reader most at risk needs it most.
            first = [item for item in advice if item not in at_risk
                     and re.search(r"\b(?:do not|don't|ne \w+ pas|ne (?:les?|la) \w+ pas)\b", item, re.IGNORECASE)][:1]
            # (Someone who bought it, not someone ill: a doctor if in doubt, never "call now".)
            # (And the line to call, as every other template of a recall gives it.)
            found["pregnant"] = ("pregnant", [], [_listed(words["pregnant_text"], [*first, *at_risk]), lots_block,
                                                  words["doctor_doubt"], call])
        back = [item for item in advice if re.search(RETURN, item, re.IGNORECASE)]
        if back:
            # ("…no need to send the bottle back": never "Here is how to return it" above it.)
            kept = NO_RETURN.search(" ".join(back)) is not None
            found["return"] = ("return", [], [lots_block, _listed(words["refund_text" if kept else "return_text"], back),
                                              call if helpline and helpline not in " ".join(back) else ""])
    elif kind == "breach":
        data, safe = _seen(brief)
        contacted = [p.text for p in find(brief, words=r"\b(?:contacted|e-?mailed|if we told you|written to|"
                                          r"contacté|(?:nous (?:vous )?)?avons écrit|si nous vous avons|" + _STILL_WRITING + ")",
                                          sections=("summary", "what_you_should_do"), most=1)]
        if data:
            paragraphs = [_listed(words["exposed_text"], data), _listed(words["not_exposed"], safe) if safe else ""]
            if advice:
                paragraphs.append(_listed(_contacted_words(contacted, words), advice[:4]))
            paragraphs.append(call if helpline and helpline not in advice[:4] else "")
            found["exposed"] = ("exposed", [], paragraphs)
    if kind == "safety":
        # Belongings left behind when a site was evacuated: where to ask, until when.
        # (The newest word first: « ne revenez pas chercher vos affaires » was the first day's.)
        lost = [p.text for p in find(brief, words=LOST, sections=("update",), newest_first=True, history=True, most=1)]
        lost += [p.text for p in find(brief, words=LOST, sections=("summary", "what_happened", "what_you_should_do",
                                                                   "what_we_are_doing"), most=2) if p.text not in lost]
        if lost:
            found["lost"] = ("lost", [], [_listed(words["lost_text"], _fullest(_distinct(lost))[:3])])
    if kind in ("outage", "billing", "safety"):
        latest = brief.statement.last_update
        from generator.rendering.documents.qa_questions import with_leaned_on

        # Each with the sentence it leans on: "They will be refunded by 30 November" says who.
        found_money = [*find(brief, words=CHARGED, sections=("summary", "what_happened", "what_you_should_do"), most=3),
                       *find(brief, words=CHARGED, sections=("update",), newest_first=True, history=True, most=2)]
        money: list[str] = []
        for passage in found_money:
            whole = " ".join(w.text for w in with_leaned_on(brief, [passage]))
            if whole not in money and not any(passage.text in m for m in money):
                money.append(whole)
        money = [here_named(dated(m, brief.lang, brief.settings.timezone, latest.at), brief.lang) for m in money]
        money = _distinct([m for m in money if not roles.first(m, brief.lang, "next-update")])
        # A refund or a voucher promised by a day now past: the customer is told what to do if
        # it has not come, never that it is still on its way.
        money = [_was_due(brief, m, latest.at, words) for m in money]
        if money:
            # (Nobody is "charged" by a fire: after one, people ask for their refunds.)
            found["charged"] = ("charged_refund" if kind == "safety" else "charged", [],
                                [_listed(words["charged_text"], money[:5])])
    return {key: (label, first, [p for p in paragraphs if p]) for key, (label, first, paragraphs) in found.items()}


def _was_due(brief: Brief, text: str, written: datetime, words: dict[str, str]) -> str:
    day = passed_promise(text, brief.lang, written, brief.now, brief.settings.timezone)
    return text if day is None else words["was_due"].format(text=text.rstrip(), day=day_words(day, brief.lang, zone=brief.settings.timezone))


_ALSO = re.compile(r"\b(?:also|as well|aussi|également)\b[^.]{0,30}\b(?:contain|include|hold|comprenn|contienn|contient|"
                   r"compren)|\b(?:contain|include|hold|contienn|contient|comprenn)\w*\s+(?:also|aussi|également)\b",
                   re.IGNORECASE)
# What a mailbox, a file or a server held: the data a reader asks about.
_HELD = re.compile(r"\b(?:contain(?:s|ed)?|held|holds?|included|shows|showed|contenait|contenaient|contient|contiennent|"
                   r"comprenait|comprenaient|affiche|affichent|affichait|affichaient|"
                   # (« Pour les personnels, il s'agit des numéros de CIN… »)
                   r"il s['’]agit (?:des?|du|d['’]))\b", re.IGNORECASE)
# How the attackers got in, not what they took: "That password had leaked from another website",
# « avec le mot de passe d'un compte du personnel ».
_HOW_IN = re.compile(r"\b(?:password|mot de passe)\b[^.;]{0,30}\b(?:had leaked|leaked from|avait fuité|a fuité|fuité d['’])|"
                     r"\b(?:with|using|avec) the (?:password|credentials)|\bavec (?:le|les) (?:mot de passe|identifiants)\b",
                     re.IGNORECASE)
_SEEN = re.compile(r"\b(?:see|seen|view|viewed|access|exposed|copied|consult|leak|download\w*|voir|vue?s?|"
                   r"consultée?s?|accéd|exposée?s?|copiée?s?|fuit|téléchargée?s?)", re.IGNORECASE)
_UNSEEN = re.compile(r"\b(?:could not (?:see|view|access)|(?:was|were) not (?:seen|viewed|accessed|exposed|copied)|"
                     r"not (?:exposed|viewed|seen|accessed|copied)|n['’]a pas pu (?:voir|consulter|accéder)|(?:n['’]ont|"
                     r"n['’]a) pas été (?:vue?s?|consultée?s?|exposée?s?|copiée?s?)|non exposée?s?|pas exposée?s?|"
                     r"(?:does|do|did) not (?:include|contain|hold|show)|n['’](?:affiche|affichent|affichait|affichaient) "
                     r"(?:ni|pas)|ne (?:comprennent|comprend|contiennent|contient|contenait|"
                     r"contenaient|comprenait|comprenaient) (?:ni|pas)|"
                     r"no\b[^.]{0,60}\b(?:was|were) (?:exposed|seen|viewed|accessed)|aucune?\b[^.]{0,60}n['’](?:a|ont) "
                     r"été (?:exposée?s?|consultée?s?|vue?s?)|"
                     # "No payment card numbers, bank details or passwords were in that system", « Aucun
                     # numéro de carte … ne se trouvait dans ce système »: what the intruder could not take
                     r"no\b[^.]{0,100}\b(?:was|were) (?:stored |held |kept )?(?:in|on) (?:that|this|the|those|these)\b|"
                     r"aucune?\b[^.]{0,120}\bne se trouvai(?:en)?t\b)",
                     re.IGNORECASE)


def _seen(brief) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """What could be seen and what could not, as the statement lays it out: the items under
    "the attacker could see:", the paragraphs under a bold "Data viewed:", else the sentences
    that name the data seen; and the paragraphs or sentences that say what was not exposed."""
    from generator.rendering.documents.passages import find
    from generator.rendering.documents.reading import blocks

    colon = site_label("colon", brief.lang)
    data: list[str] = []
    safe: list[str] = []
    for key in ("what_happened", "summary"):
        for block in blocks(brief.statement.text_of(key), brief.lang):
            if block.is_table or not block.label:
                continue
            said = block.text if block.item else f"{block.label}{colon} {block.text}"
            if _UNSEEN.search(block.label):
                safe.append(said)
            elif _SEEN.search(block.label):
                data.append(said)
    told = find(brief, sections=("what_happened", "summary"), most=99)
    # (A sentence that lists what the records hold, "names, delivery addresses, dates of birth…",
    # wherever it is, before an account of how it was found: "our monitoring flagged downloads".)
    # (Or one that says they were copied, « un intrus a copié … les noms, adresses de livraison,
    # numéros de téléphone et adresses courriel »: never only what the records "also" hold for some.)
    lists = [p.text for p in told if p.has("data") and (_HELD.search(p.text) or _SEEN.search(p.text))
             and p.text.count(",") >= 2 and not _UNSEEN.search(p.text) and not _ALSO.search(p.text)]
    if not data and lists:
        also = [p.text for p in told if _ALSO.search(p.text) and p.has("data") and not _UNSEEN.search(p.text)][:1]
        data = _with_their_lists(brief, [*lists[:1], *also])
    for key in ("what_happened", "summary"):  # else the sentences naming the data seen, the account first
        # (With what the next sentence adds: "For 640 of them, they also contain payslips".)
        # (Never how they got in: « Ce mot de passe avait fuité d'un autre site » names no data of theirs.)
        named = [i for i, p in enumerate(told) if p.section == key and p.has("data")
                 and (_SEEN.search(p.text) or _HELD.search(p.text)) and not _UNSEEN.search(p.text)
                 and not _HOW_IN.search(p.text)]
        # The sentence that lists the data ("The inbox held…: name, address, date of birth, SIN…")
        # rather than one that names a password in passing ("…obtained this password and read her inbox").
        listing = [i for i in named if told[i].text.count(",") >= 2]
        named = (listing or named)[:3]
        named += [i + 1 for i in named if i + 1 < len(told) and told[i + 1].section == key
                  and _ALSO.search(told[i + 1].text) and not _UNSEEN.search(told[i + 1].text) and i + 1 not in named]
        data = data or _with_their_lists(brief, [told[i].text for i in sorted(named)])
    if not safe:  # one sentence says it: "What happened"'s, else the summary's
        safe = [p.text for p in told if _UNSEEN.search(p.text) and p.section == "what_happened"][:1] or \
            [p.text for p in told if _UNSEEN.search(p.text)][:1]
    # "They do not contain passwords" as a bullet of its own says who "they" are: the files the
    # data list names ("The files copied contain…" → "The files copied do not contain…").
    files = next((m.group(1) for m in (_FILES.match(d) for d in data) if m), None)
    if files:
        safe = [_THEY.sub(lambda m: files + m.group(1), item, count=1) for item in safe]
    return data, safe[:2]


_FILES = re.compile(r"^((?:The|Les|La|Le|L['’])\s*(?:\w+\s+)?(?:files|documents|records|inbox|mailbox|database|"
                    r"fichiers|dossiers|boîte|messagerie|base)(?:\s+(?:copied|copiés|concernés|involved))?)\s+"
                    r"(?:contain|contained|include|included|held|holds|contiennent|comprennent|contenait|contenaient|"
                    r"comprenait)\b")
_THEY = re.compile(r"^(?:They|It|Ils|Elles|Il|Elle)(\s)")


# A thank-you to a crowd ("Thank you to everyone who told us: you were right", « Merci à tous ceux
# qui nous l'ont signalé »): said to the public, not in a reply to one person.
_TO_EVERYONE = re.compile(r"^\W*(?:thank you|thanks|many thanks|merci|danke)\b[^.!?]{0,20}\b(?:everyone|everybody|all of you|"
                          r"all those|à tous|à toutes|à chacun|allen|alle)\b", re.IGNORECASE)

def _template(key: str, words: dict[str, str], paragraphs: list[str], lang: str,
              label: str | None = None) -> ReplyTemplate:
    text = "\n\n".join(p for p in paragraphs if p)
    text = people_named(text, lang)
    return ReplyTemplate(key, typography(words[label or key], lang), typography(text, lang))


@in_english_style
def render_replies(statement: Statement, settings: Settings) -> str:
    templates = tuple(reply_templates(statement, settings).values())
    words = words_in(REPLY_WORDS, "reply.", statement.lang)
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
    cleaned = {slot: one_line(str(values.get(SLOT_NAMES.get(slot, slot)) or "")) for slot in found}
    empty = [slot for slot in found if not cleaned[slot]]
    if empty:
        raise UnfilledSlots(empty)
    return SLOT.sub(lambda match: cleaned[match.group(1)], template_text)
