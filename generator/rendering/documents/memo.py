"""Render stage: the memo for staff (major and critical statements). Written to colleagues,
not to customers: what happened and the latest facts, what we say publicly (the link and the
key message), what staff must not say, who answers journalists and hard questions (the press
contact and the crisis team from the settings), and when staff hear more. Every fact comes
from the statement, every contact from the settings."""

from __future__ import annotations

from generator.rendering.documents.formatting import in_english_style

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from generator.core.clock import now as current_time
from generator.reading.kinds import conduct
from generator.rendering.brief import Brief, off_page
from generator.rendering import roles
from generator.rendering.documents.formatting import typography
from generator.rendering.deadlines import passed_deadline, reported_done
from generator.rendering.documents.checklist import VEHICLES
from generator.rendering.documents.freshness import dated, here_named
from generator.rendering.documents.qa_questions import current_actions, leans_on_before, postmortem_changes
from generator.core.text import strip_comments
from generator.rendering.documents.passages import Passage, find, quoted, update_named, update_source, without_closing
from generator.rendering.documents.qa_words import words_for
from generator.rendering.documents.reading import blocks, document_kind, of_organisation, said_whole, table_lines
from generator.rendering.documents.needs import missing_contact, missing_value_error
from generator.rendering.documents.templating import render_text
from generator.core.model import Settings, Statement, Status
from generator.rendering.site.labels import label
from generator.core.catalogues import english_table, translatable, translated, words_in

MEMO_WORDS: dict[str, str] = english_table(
    # Translators: a dash, not a colon: titles often hold a colon of their own.
    translatable("memo.title", "To all staff — {title}"),
    # Translators: {of_org} is the organisation's name, in French with its « de » (« de la
    # Coopérative », « d’Acme »), else the name alone.
    translatable("memo.notice", "Internal: for {of_org} staff only. Do not forward or quote outside {of_org}."),
    translatable("memo.staff", "For colleagues directly affected"),
    translatable("memo.staff_text",
                 "If you were there, or someone close to you was, you do not have to talk to anyone outside about it, "
                 "journalists included. Your manager and the crisis team below are there for you."),
    # Translators: after memo.staff_text, when an inquiry is under way.
    translatable("memo.staff_witness", "If you saw what happened, you may of course answer the investigators: this "
                                       "note does not stop you."),
    translatable("memo.staff_said", "What the statement says for the staff concerned:"),
    translatable("memo.done_text", "What we have done, as our updates said:"),
    translatable("memo.doing_now", "What we are doing now, as our latest update said:"),
    translatable("memo.deadline_passed", "{text} (Its deadline, {day}, has passed: check it was kept.)"),
    translatable("memo.why", "Why you are receiving this"),
    translatable("memo.why_text",
                 "{audience}, partners and journalists may ask you about this today. This note tells you what we know, "
                 "what we say, and who answers what."),
    translatable("memo.audience", "The people affected"),
    # Translators: {audience} is the people the statement speaks to, in the form the sentence
    # needs (French « Aux passagers », German „Den Fahrgästen“), {words} what we tell them.
    translatable("memo.told", "To {audience} we say: “{words}”"),
    # Translators: {noun} is one of the people's words the memo knows (passengers, customers…),
    # as the subject of memo.why_text (« Les passagers »).
    translatable("memo.audience_named", "{noun}"),
    translatable("memo.facts", "What happened"),
    translatable("memo.doing", "What we are doing"),
    translatable("memo.done", "What we have done"),
    translatable("memo.latest", "The latest we have published, {when}"),
    translatable("memo.corrected", "Correction to an earlier update: {text}"),
    translatable("memo.corrections", "What we corrected"),
    translatable("memo.correction_text", "We published this correction. If someone quotes the earlier words, give "
                                         "them the corrected ones:"),
    translatable("memo.corrections_text", "We published these corrections. If someone quotes the earlier words, give "
                                          "them the corrected ones:"),
    translatable("memo.public", "What we say publicly"),
    translatable("memo.public_link", "The official statement and its updates: {url}"),
    translatable("memo.public_key", "Our key message: {text}"),
    # Translators: the apology as published, in quotation marks (never two colons in a row).
    translatable("memo.public_apology", "Our apology, as published: “{text}”"),
    translatable("memo.customers", "If someone affected asks you"),
    translatable("memo.customers_text",
                 "Listen, say you are sorry for what they are going through, and give them the official statement and "
                 "what they can do. Do not promise anything the statement does not promise."),
    # Translators: memo.customers_text for a service outage or a billing error: no gush.
    translatable("memo.customers_text_service",
                 "Listen, say we are sorry for the trouble, and give them the official statement and what they can do. "
                 "Do not promise anything the statement does not promise."),
    translatable("memo.advice",
                 "What we tell the people affected to do (pass it on in these words; it is addressed to them, not to "
                 "you):"),
    translatable("memo.for_you", "For you and your colleagues:"),
    translatable("memo.own_health", "If you live in one of the areas concerned, this advice applies to you and your household too."),
    translatable("memo.own_recall_vehicle", "If you own one of these vehicles, this advice applies to you too."),
    translatable("memo.own_recall",
                 "If you have one of these products at home, this advice applies to you too. If someone asks you where "
                 "to return one, give them this advice as it is written."),
    translatable("memo.not_say", "What not to say, even off the record"),
    translatable("memo.not_say_items",
                 "No guess about causes, culprits, figures or dates beyond the statement. | No blame on a colleague, a "
                 "supplier or a customer. | No comment to journalists, on social media or in public groups, even in a "
                 "personal capacity. | No promise of compensation or timing the statement does not make."),
    # Translators: memo.not_say_items when our own staff are the people affected (their pay, their data):
    # never a gag on their own situation.
    translatable("memo.not_say_items_staff",
                 "No guess about causes, figures or dates beyond the statement. | No blame on a colleague or a "
                 "supplier. | What happened to you is yours to talk about; on behalf of the company, only the press "
                 "contact speaks. | No promise the statement does not make."),
    translatable("memo.own_staff", "If you are one of the colleagues affected, this advice is for you too."),
    translatable("memo.who", "Who answers"),
    translatable("memo.press", "Journalists: send them to {name}, {phone}, {email}. Do not answer yourself."),
    translatable("memo.team", "The crisis team:"),
    translatable("memo.team_member", "{name}, {role}{contact}"),
    translatable("memo.next", "When you will hear more"),
    translatable("memo.next_text", "With our next public update, promised {when}. This note will be updated then."),
    translatable("memo.late", "Our next public update, promised {when}, is late: the crisis team is on it."),
    translatable("memo.resolved",
                 "Our update of {when} said it was resolved. Anything we publish later will be on the official "
                 "statement."),
    # Translators: the last update ends the updates, not the matter (an inquiry may still run).
    translatable("memo.over", "Our update of {when} was our last regular update. Anything we publish later will be on the "
                 "official statement."),
    translatable("memo.over_postmortem",
                 "Our update of {when} was our last regular update; what happened and what we are changing is on the "
                 "official statement (postmortem)."),
    translatable("memo.owed", "We still owe what we promised: {promises}."),
    translatable("memo.owed_item", "{sentence} (by {deadline})"),
    translatable("memo.resolved_postmortem",
                 "Our update of {when} said it was resolved, and what happened and what we are changing is published "
                 "on the official statement (postmortem)."),
    translatable("memo.no_promise", "With our next public update; watch the official statement."),
)



@dataclass(frozen=True, slots=True)
class MemoSection:
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MemoContext:
    title: str
    notice: str
    sections: tuple[MemoSection, ...]
    signature: str = ""  # who sends it: staff read an unsigned note as a rumour


# The news names our own people as those it befell: "members of our staff", « notre personnel ».
_STAFF_AFFECTED = re.compile(r"\b(?:members of our staff|our (?:own )?(?:staff|employees|workers|colleagues|personnel)|"
                             r"(?:membres|collaborateurs|salariés|employés) (?:de (?:notre|nos)|du) (?:personnel|équipes?)|"
                             r"notre personnel|nos (?:salariés|employés|collaborateurs|agents))\b", re.IGNORECASE)


@in_english_style
def render_memo(statement: Statement, settings: Settings, now: datetime | None = None) -> str:
    context = memo_context(statement, settings, now)
    return typography(render_text(settings.root, "documents/memo.md.j2", m=context), statement.lang)


def memo_context(statement: Statement, settings: Settings, now: datetime | None = None) -> MemoContext:
    missing = missing_contact(settings)
    if missing:
        raise missing_value_error("the staff memo", statement, missing)
    brief = Brief(statement, settings, now or current_time())
    lang = statement.lang
    w = words_in(MEMO_WORDS, "memo.", lang)
    org = settings.organisation_in(lang)
    url = settings.statement_url(statement.slug, lang)
    latest = statement.last_update

    # The facts, told to staff: the summary without its advice to the public ("Please take these
    # rattles away from your child") and without the apology (both are quoted further down).
    summary = " ".join(_summary_facts(brief.summary if brief.overtaken else statement.summary, lang))  # (overtaken: as it still holds)
    audience = _audience(brief, w["audience"])
    facts = ([summary] if summary else []) + _lines(statement.text_of("what_happened"), lang)
    facts = [_as_told(_for_staff(f, lang), lang, audience) for f in facts]
    doing = [_as_told(d, lang, audience) for d in _lines(statement.text_of("what_we_are_doing"), lang)]
    doing_intro: tuple[str, ...] = ()
    if not doing:  # no section: the changes of the postmortem, else the actions our updates reported
        doing = _item_lines(postmortem_changes(brief))[:5]
        if not doing:
            doing = _actions_told(brief)
            doing_intro = (w["done_text" if statement.resolved else "doing_now"],) if doing else ()
    own = [MemoSection(section.heading, items=tuple(_lines(section.text, lang)))  # the authors' own (lots…)
           for section in statement.sections if section.key is None and _lines(section.text, lang)]
    # What the newest update promised by a day now past ("we will write to the buyers by 20
    # November") says so, as the actions do: never told to staff as still ahead.
    latest_text = [*(w["corrected"].format(text=p) for p in brief.correction_paragraphs(latest)),
                   *(_with_deadline(brief, _for_staff(dated(p, lang, settings.timezone, latest.at), lang), latest.at, w)
                     for p in _without_past_promise(brief, brief.update_paragraphs(latest, as_written=True)))]
    latest_text = [t for t in (without_closing(t) for t in latest_text) if t]
    doing = [d for d in (_with_deadline(brief, _for_staff(d, lang), latest.at, w) for d in doing) if d]
    own, doing = _actions_under_own_heading(own, doing)
    from generator.rendering.channels.voices import after_colon, end_sentence

    public_items = [w["public_link"].format(url=url), w["public_key"].format(text=after_colon(_key_message(brief), lang))]
    if brief.apology:
        # The apology's own clauses: « …nos excuses à nos clients ; notre service consommateurs
        # répond… » is the consumer line, given where it belongs.
        clauses = re.split(r"[\s\u00a0\u202f]*;\s+", brief.apology)
        sorry = [c for c in clauses if any(x.has("apology") for x in roles.sentences(c, lang))
                 or not re.search(r"\d{2}[\s\u00a0.]?\d{2}[\s\u00a0.]?\d{2}|@", c)] or clauses
        # (An apology from the quote comes in its own quotation marks: inside ours, never twice.)
        apology_said = end_sentence("; ".join(sorry).rstrip())
        apology_said = re.sub(r'^[«“"]\s*(.*?)\s*[»”"]?(?:\.)?$', r"\1", apology_said, flags=re.DOTALL) \
            if apology_said[:1] in '«“"' else apology_said
        public_items.append(w["public_apology"].format(text=end_sentence(apology_said.rstrip(' "»”'))))
    kind = document_kind(brief)
    # "Sorry for what they are going through" fits a breach or an accident, not a ticket app down.
    # (Unless the service was a lifeline, "could not reach 9-1-1": never "the trouble" then.)
    from generator.rendering.documents.qa_words import lifeline_cut

    lifeline = lifeline_cut(f"{brief.statement.title} {brief.statement.summary}", brief.lang)
    customer_paragraphs = [w["customers_text_service" if kind in ("outage", "billing") and not lifeline
                             else "customers_text"]]
    if brief.advice_items:
        customer_paragraphs.append(w["advice"] + "\n\n" + "\n".join(
            f"- {_advice_for_staff(brief, item, latest.at, w)}" for item in brief.advice_items))
        # Colleagues are among the public the advice is for: those who live where a health notice
        # applies (it names towns or areas: one restaurant's brunch names none), or own the product.
        places = re.search(_PLACES, f"{statement.title} {brief.summary} {' '.join(statement.affected)}", re.IGNORECASE)
        if kind == "recall" or (kind == "health" and places):
            # A car is not brought back to a shop counter.
            vehicle = kind == "recall" and re.search(VEHICLES.get(lang, VEHICLES["en"]),
                                                     f"{statement.title} {brief.summary}", re.IGNORECASE)
            customer_paragraphs.append(w["own_recall_vehicle" if vehicle else f"own_{kind}"])
    # Our own people are the ones affected ("827 members of our staff were paid less…"): the memo
    # speaks to them as such, and never forbids them to speak of their own situation.
    staff_affected = _STAFF_AFFECTED.search(brief.news) is not None
    if staff_affected and brief.advice_items:
        customer_paragraphs.append(w["own_staff"])
    if brief.staff_advice:
        # "Colleagues can also call our employee assistance line": addressed to staff, said to them.
        customer_paragraphs.append(w["for_you"] + "\n\n" + "\n".join(f"- {item}" for item in brief.staff_advice))
    contact = settings.media_contact
    assert contact is not None  # checked above
    who = [w["press"].format(name=_contact_name(contact.name_in(lang), lang), phone=contact.phone, email=contact.email)]
    if settings.crisis_team:
        who.append(w["team"] + "\n\n" + "\n".join(
            "- " + w["team_member"].format(name=m.name, role=m.role_in(lang),
                                           contact="".join(f", {c}" for c in (m.phone, m.email) if c))
            for m in settings.crisis_team))
    promise = brief.promise
    if statement.resolved:
        when = brief.when(statement.resolved_at or latest.at)
        when = update_named(when, lang)
        # a service is "restored"; a video withdrawn or a breach closed is not
        over = "resolved" if kind in ("outage", "billing", "health") else "over"
        next_text = w[f"{over}_postmortem" if statement.postmortem else over].format(when=when)
        owed = _still_owed(brief, settings)
        if owed:
            # (No full stop after a quotation that ends with its own.)
            next_text += " " + re.sub(r"([.!?][\u00a0\u202f ]?[”»])\.$", r"\1", w["owed"].format(promises="; ".join(owed)))
    elif promise.at is not None and promise.ahead:
        next_text = w["next_text"].format(when=brief.promised_by(brief.when(promise.at)))
    elif promise.at is not None:
        next_text = w["late"].format(when=brief.promised_by(brief.when(promise.at)))
    else:
        next_text = w["no_promise"]
    staff: list[MemoSection] = []
    if kind == "safety":  # colleagues may be among the people hurt or shaken
        # (Not what the public is told to do: "follow the security staff's instructions".)
        found = [p for p in find(brief, words=_STAFF.get(lang, _STAFF["en"]), sections=(
            "what_we_are_doing", "summary", "update"), history=True, most=6, exclude=_FOR_OTHERS) if not p.has("advice")]
        # The newest update that speaks of them, not an older one it overtook ("still in hospital").
        newest = min((p.recent for p in found if p.section == "update"), default=None)
        said = [p.text for p in found if p.section != "update" or p.recent == newest][:3]
        # Witnesses may be asked by the police or the fire service: the note is no gag on that.
        inquiry = re.search(r"\b(?:investigat\w*|inquiry|enquête|enquêteurs|Ermittl\w*|Untersuchung)",
                            f"{brief.summary} {statement.text_of('what_happened')} {statement.text_of('what_we_are_doing')}",
                            re.IGNORECASE)
        opening_lines = (w["staff_text"], *((w["staff_witness"],) if inquiry else ()))
        staff.append(MemoSection(w["staff"], opening_lines + ((w["staff_said"],) if said else ()),
                                 items=tuple(said)))
    # What we got wrong and put right in an earlier update ("the use-by date is 09/01/2027, not
    # 19/01/2027"): staff will be asked about the old value.
    corrected = [paragraph for update in statement.updates if update is not latest
                 for paragraph in brief.correction_paragraphs(update)]
    corrections = (MemoSection(w["corrections"], (w["corrections_text" if len(corrected) > 1 else "correction_text"],),
                               items=tuple(corrected)),) if corrected else ()
    latest_section = MemoSection(w["latest"].format(when=brief.when(latest.at)), tuple(latest_text))
    moved_on = len(statement.updates) > 1
    sections = (
        MemoSection(w["why"], (w["why_text"].format(audience=_audience(brief, w["audience"])),)),
        *staff,
        # (The latest news before the account, once later updates moved the story on: staff
        # read the top of a note.)
        *((latest_section,) if moved_on else ()),
        MemoSection(w["facts"], tuple(facts)),
        *own,
        *corrections,
        *((MemoSection(w["done" if statement.resolved else "doing"], doing_intro, items=tuple(doing)),)
          if doing else ()),
        *(() if moved_on else (latest_section,)),
        MemoSection(w["public"], items=tuple(public_items)),
        MemoSection(w["customers"], tuple(customer_paragraphs)),
        MemoSection(w["not_say"], items=tuple(w["not_say_items_staff" if staff_affected else "not_say_items"].split(" | "))),
        MemoSection(w["who"], tuple(who)),
        MemoSection(w["next"], (next_text,)),
    )
    # Signed by the spokesperson, else by whoever leads the crisis team.
    person = statement.spokesperson
    lead = next((m for m in settings.crisis_team if re.search(r"\b(?:chief executive|ceo|managing director|director "
                                                              r"general|président|directeur général|directrice générale|"
                                                              r"geschäftsführ\w*|vorstand\w*)", m.role_in(lang),
                                                              re.IGNORECASE)), None)
    signature = (f"{person.name}, {person.role}" if person is not None and person.name.strip()
                 else f"{lead.name}, {lead.role_in(lang)}" if lead is not None else "")
    from generator.rendering.channels.voices import comms_member, leader_told_of

    comms = comms_member(brief) if leader_told_of(brief) else None
    if comms is not None:  # (never signed by the chief executive the note speaks of as "our CEO")
        signature = f"{comms.name}, {comms.role_in(lang)}"
    return MemoContext(
        title=w["title"].format(title=statement.title),
        notice=w["notice"].format(of_org=of_organisation(org, lang).removeprefix("of ")),
        sections=sections,
        signature=signature,
    )


def _item_lines(found: list[Passage]) -> list[str]:
    """One line per list item, its sentences together: an item's qualifier ("the other 22 will
    be equipped by 31 March") stays with its claim."""
    lines: list[str] = []
    last_block: int | None = None
    for passage in found:
        if lines and passage.item and passage.block == last_block:
            lines[-1] += " " + passage.text
        else:
            lines.append(passage.text)
        last_block = passage.block if passage.item else None
    return lines


def _still_owed(brief: Brief, settings: Settings) -> list[str]:
    """The promises by a day still ahead and not reported kept ("training for everyone who signs
    off adverts by 18 December"): the last update ends the updates, not what we committed to.
    (An offer open until a day is no debt; a promise that names its day is not dated twice.)"""
    from generator.rendering.documents.checklist import dated_promises
    from generator.rendering.moments import day_words

    w = words_in(MEMO_WORDS, "memo.", brief.lang)
    owed = []
    for promise in dated_promises(brief, settings):
        if promise.kept or promise.window or promise.moment < brief.now:
            continue
        sentence = quoted(promise.passage.text, brief.lang)
        day = day_words(promise.moment.date(), brief.lang, zone=brief.settings.timezone)
        deadline = brief.when(promise.moment) if promise.timed else day
        owed.append(sentence if day in promise.passage.text else w["owed_item"].format(sentence=sentence, deadline=deadline))
    return owed[:3]


def _without_past_promise(brief: Brief, paragraphs: list[str]) -> list[str]:
    """The latest update without its "Next update by 22:00" once that time has passed: the memo
    says once, further down, that the update is late."""
    if brief.promise.ahead or brief.promise.at is None:
        return paragraphs
    kept = [" ".join(s.text for s in roles.sentences(p, brief.lang) if not s.has("next-update")) for p in paragraphs]
    return [p for p in kept if p]


# The authors' own section of what was done ("What we did", « Ce que nous avons fait »).
_ACTIONS_HEADING = re.compile(r"^(?:what we (?:did|have done|'ve done|are doing|do)|actions?\b|ce que nous "
                              r"(?:avons fait|faisons)|nos actions|actions menées)", re.IGNORECASE)


def _actions_under_own_heading(own: list[MemoSection], doing: list[str]) -> tuple[list[MemoSection], list[str]]:
    """The actions go under the authors' own heading for them, when there is one, so the memo
    never has both "What we did" and "What we have done"."""
    index = next((i for i, section in enumerate(own) if _ACTIONS_HEADING.match(section.heading.strip())), None)
    if index is None or not doing:
        return own, doing
    section = own[index]
    merged = MemoSection(section.heading, section.paragraphs,
                         items=section.items + tuple(d for d in doing if d not in section.items))
    return [*own[:index], merged, *own[index + 1:]], []


def _summary_facts(summary: str, lang: str) -> list[str]:
    """The summary's sentences without its advice and its apology (quoted further down), except
    the advice a kept sentence leans on: "We will replace it free of charge" needs its "it"."""
    found = roles.sentences(strip_comments(summary), lang)
    kept: list[str] = []
    for index, sentence in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        leaned_on = following is not None and leans_on_before(following.text, lang) and not _only_apology(following)
        if leaned_on or not (sentence.has("advice") or _only_apology(sentence)):
            kept.append(sentence.text)
    return kept


# Words to the public ("data you entrusted to us", « vous ») are not said to staff: quoted as said.
_TO_READER = {"en": re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE),
              "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
              # formal German: capitalised, so never "sie" (they)
              "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")}


def _german_dative(audience: str) -> str:
    """„Die Fahrgäste“ -> „Den Fahrgästen“: the article and the plural's -n of the dative."""
    noun = audience.removeprefix("Die ")
    return "Den " + (noun if noun.endswith(("n", "s")) else noun + "n")


# The people as `memo.told` names them: "the people affected", « Aux personnes concernées »,
# „Den Betroffenen“ (the case the language's sentence needs).
_TOLD_AUDIENCE: dict[str, Callable[[str], str]] = {"fr": lambda audience: re.sub(r"^Les ", "Aux ", audience),
                                                   "de": _german_dative}


def _to_reader(sentence: str, lang: str) -> bool:
    """Whether a sentence speaks to the public ("you"). The « vous » of words it quotes (« …nos
    livreurs bravent la tempête pour vous ») is not ours: that sentence is a fact told to staff,
    never a script."""
    unquoted = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", "", sentence)
    return _TO_READER.get(lang, _TO_READER["en"]).search(unquoted) is not None


def _as_told(text: str, lang: str, audience: str) -> str:
    """`text` with each run of sentences addressed to the public quoted as what we tell them."""
    sentences = roles.sentences(text, lang)
    if not any(_to_reader(s.text, lang) for s in sentences):
        return text
    said = _TOLD_AUDIENCE.get(lang, str.lower)(audience)
    runs: list[tuple[bool, list[str]]] = []
    for sentence in sentences:
        leans_on_told = bool(runs and runs[-1][0] and leans_on_before(sentence.text, lang))
        told = _to_reader(sentence.text, lang) or leans_on_told
        if runs and runs[-1][0] == told:
            runs[-1][1].append(sentence.text)
        else:
            runs.append((told, [sentence.text]))
    template = translated(MEMO_WORDS, "memo.told", lang)
    return " ".join(template.format(audience=said, words=" ".join(words)) if told else " ".join(words)
                    for told, words in runs)


def _actions_told(brief: Brief) -> list[str]:
    """The actions our updates told: once resolved, those of the resolution; while open, those
    of the newest update that reports any. Older ones ("we are checking our figures") are past."""
    statement = brief.statement
    if not statement.resolved:
        return [p.text for p in current_actions(brief)]
    sources = {update_source(brief, u.at) for u in statement.updates if u.status is Status.RESOLVED}
    return [p.text for p in find(brief, role="action", sections=("update",), history=True,
                                 newest_first=True, most=8, exclude=_NOT_ACTION) if p.source in sources][:4]


def _for_staff(text: str, lang: str) -> str:
    """The statement's words in a memo: "here" and "this page" name the status page."""
    return off_page(here_named(text, lang), lang)


# A French contact named by a service (« Service de presse de Lignes d'Armor ») takes an article
# after « vers »: « vers le service de presse ».
_FR_SERVICE = re.compile(r"^(service|bureau|pôle|département|cellule|direction|relations?)\b", re.IGNORECASE)


def _contact_name(name: str, lang: str) -> str:
    found = _FR_SERVICE.match(name) if lang == "fr" else None
    if not found:
        return name
    word = found.group(1).lower()
    article = "les " if word == "relations" else "la " if word in ("cellule", "direction", "relation") else "le "
    return article + name[:1].lower() + name[1:]


def _advice_for_staff(brief: Brief, item: str, written: datetime, w: dict[str, str]) -> str:
    """An advice item for staff to pass on. A day the public must act by ("if you cannot see it
    by 27 November, write to us") is theirs: only our own promise takes "check it was kept"."""
    told = _for_staff(said_whole(item, brief.lang), brief.lang)
    return told if _IF_YOU.search(item) else _with_deadline(brief, told, written, w)


_IF_YOU = re.compile(r"\b(?:if you|if your|si vous|si votre|si vos|(?-i:wenn Sie|falls Sie|wenn Ihr\w*|falls Ihr\w*))\b",
                     re.IGNORECASE)


def _with_deadline(brief: Brief, text: str, written: datetime, w: dict[str, str]) -> str:
    """A promise whose day is over ("refunded within 14 days of the incident") says so."""
    zone = brief.settings.timezone
    incident = brief.statement.began or brief.statement.started
    day = passed_deadline(text, written, brief.now, zone, incident)
    if day is None:
        return text
    if reported_done(day, [brief.statement.text_of("summary"), *(u.text for u in brief.statement.updates
                                                                  if u.at > written)], brief.lang):
        # Kept, and the statement says so: the promise is history, its sentences go.
        return " ".join(s for s in re.split(r"(?<=[.!?])\s+", text)
                        if passed_deadline(s, written, brief.now, zone, incident) is None)
    from generator.rendering.moments import day_words

    return w["deadline_passed"].format(text=text.rstrip(), day=day_words(day, brief.lang, zone=zone))


def _only_apology(sentence) -> bool:  # type: ignore[no-untyped-def]
    """"We are deeply sorry.", "This is our failure, and we apologise.": said under "Our apology";
    a sentence that also gives a cause or a figure is a fact and stays."""
    return sentence.has("apology") and not any(sentence.has(r) for r in ("cause", "figure", "action")) and \
        len(sentence.text.split()) <= 12


# The people a statement speaks to, by the word it uses for them (never staff, never "people").
_AUDIENCE = {
    "en": ("passengers", "customers", "members", "residents", "households", "parents", "subscribers", "patients",
           "users", "merchants", "clients", "travellers", "families", "farmers", "producers", "tenants"),
    "fr": ("passagers", "clients", "membres", "habitants", "foyers", "parents", "abonnés", "patients", "utilisateurs",
           "commerçants", "familles", "adhérents", "producteurs", "voyageurs", "usagers", "locataires"),
    # German, in the plural the text uses (no plural is made from a singular)
    "de": ("Fahrgäste", "Kunden", "Mitglieder", "Einwohner", "Haushalte", "Eltern", "Abonnenten", "Patienten",
           "Nutzer", "Händler", "Reisende", "Familien", "Mieter", "Anwohner", "Kundinnen und Kunden"),
}
# How a noun of _AUDIENCE is found: English and French also find its singular.
_AUDIENCE_FORM = {"de": r"\b{noun}\b"}


def _audience(brief: Brief, default: str) -> str:
    """"Passengers" for an airline, "Members" for a club: the word the title and summary use
    most for the people they speak to, else the people affected."""
    text = f"{brief.statement.title} {brief.statement.summary}"
    # (Never a word of our own name: « Pharmacies Voyageur », « Voyageur Santé » are no travellers.)
    # (A capital mid-sentence is a name; at a sentence's start, "Passengers were…", a word.)
    text = re.sub(r"(?<=[^.!?:\s] )[A-ZÀ-Ý][\w'’-]*", " ", text).lower()
    # ("827 members of our staff" are our own people, never "members" of a club.)
    text = _STAFF_AFFECTED.sub("", text)
    form = _AUDIENCE_FORM.get(brief.lang, r"\b{stem}s?\b")
    counts = {noun: len(re.findall(form.format(noun=noun.lower(), stem=noun[:-1]), text))
              for noun in _AUDIENCE.get(brief.lang, _AUDIENCE["en"])}
    best = max(counts, key=lambda noun: counts[noun])
    if not counts[best]:
        return default
    named = translated(MEMO_WORDS, "memo.audience_named", brief.lang).format(noun=best)
    return named[:1].upper() + named[1:]


def _lines(markdown: str, lang: str) -> list[str]:
    """A section's paragraphs and items as staff read them: a table as labelled lines
    ("Product: …; Lots: …"), a label line kept with what it names."""
    lines: list[str] = []
    for block in blocks(markdown, lang):
        if block.is_table:
            lines += table_lines(block, lang)
        elif block.label and not block.item and not lines:
            lines.append(f"{block.label}{label('colon', lang)} {block.text}")
        else:
            lines.append(block.text)
    return lines


# Words that say a notice covers places where people live ("six communes", « les quartiers nord »).
_PLACES = (r"\b(?:communes?|towns?|villages?|districts?|areas?|zones?|quartiers?|villes?|neighbou?rhoods?|postcodes?|"
           r"codes postaux|secteurs?|arrondissements?|municipalit(?:y|ies)|boroughs?|residents?|habitants?|"
           r"households?|foyers?)\b")


def _key_message(brief: Brief) -> str:
    """Our position in one sentence: for a bad buzz, or when the news quotes words (a slogan, a
    post), what we did about it (withdrawn, sorry), never the offending words again."""
    # (A breach, an outage, a recall or an accident quotes a product's name, never offending words.)
    offending = _QUOTES.search(brief.news) and brief.kind not in ("breach", "outage", "recall", "safety")
    if document_kind(brief) != "controversy" and not offending:
        # The news, and that the worst is over when it is ("No one was seriously injured"):
        # what staff repeat first is what people fear first.
        outcome = brief.outcome[0] if brief.outcome else ""
        head = re.split(r"\s*[:;]\s", outcome, maxsplit=1)[0].rstrip(".") + "." if outcome else ""
        said = f"{brief.news} {head}".strip() if head and head not in brief.news else brief.news
        # (And where it stands now, when later updates moved it on: "Payments are succeeding again";
        # never a sentence the news already says, « …fonctionnent normalement depuis 16 h 50 » twice.)
        def words_of(text: str) -> set[str]:
            return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}

        known = words_of(said)
        # (Nor the worst over said again in other words: "have worked normally since 13:40", then
        # "are being processed normally again since 13:40".)
        latest = [s.text for s in roles.sentences(brief.latest_news, brief.lang)
                  if (not words_of(s.text) or len(words_of(s.text) - known) > 0.2 * len(words_of(s.text)))
                  and not (head and s.has("outcome"))]
        return " ".join([said, *latest]).strip()
    if conduct(brief.statement):
        # What one of ours did to someone: the news, then what we have done about it, as the summary
        # says it now ("The driver no longer works for the company, and our 84 drivers… will be
        # trained"), never « retiré des tournées », which the inquiry has since overtaken.
        after = [s for s in brief.summary_sentences[1:] if not s.has("apology") and s.text not in brief.news]
        done = ([s.text for s in after if s.has("action") or s.has("prevention")] or [s.text for s in after])[-1:]
        return " ".join([brief.news, *done])
    withdrawn = find(brief, words=words_for("removed", brief.lang), sections=("summary", "what_we_are_doing"),
                     most=1)
    if not offending:
        # The news says what it was ("we posted an advert that imitated…"): what we did about it
        # follows it, so its "it" has something to stand for.
        return f"{brief.news} {withdrawn[0].text}" if withdrawn and withdrawn[0].text not in brief.news else brief.news
    return withdrawn[0].text if withdrawn else brief.apology or brief.news


_QUOTES = re.compile(r"[«“\"][^«»“”\"]{3,}[»”\"]")

# A sentence about what our staff do for others ("a member of our staff is in contact with each
# injured passenger"): a measure for passengers, not for colleagues.
_FOR_OTHERS = (r"\b(?:passengers?|customers?|residents?|travell?ers?|patients?|passagers?|clients?|voyageurs?|"
               r"habitants?|riverains?|visitors?|visiteurs?|"
               # another firm's people ("the exhibitor's employee", « le salarié de l'exposant »): not ours
               r"exhibitors?|contractors?|suppliers?|subcontractors?|exposants?|prestataires?|sous-traitants?|"
               r"fournisseurs?)\b")


# What is not an action of ours.
# Nor closing the statement itself ("We are closing this statement", « Nous clôturons ce
# communiqué »): what the page does, not what was done about the crisis.
_NOT_ACTION = (r"\b(?:the cause|caused by|la cause|causée? par)\b|\b(?:clos\w*|clôtur\w*|ferm\w*|schließ\w*) "
               r"(?:this|ce|cette|diese\w*) (?:statement|page|incident|communiqué|déclaration|page|Meldung|Mitteilung)\b")
_STAFF = {"en": r"\b(?:staff|employees?|colleagues?|workers?|team members?|night shift)\b",
          "de": r"\b(?:Mitarbeitende\w*|Mitarbeiter\w*|Beschäftigte\w*|Kolleg\w*|Belegschaft|Nachtschicht)\b",
          "fr": r"\b(?:salariés?|collègues?|personnel|équipe de nuit|employés?)\b"}
