"""Render stage, for the crisis documents: the statement's whole sentences with where they
come from (a section, an update), so a document can quote the sentence that answers a
question and say where it is. Headings, bold lead-ins and verbless fragments are never
passages; a sentence carrying a value a correction withdrew is left out, the correction is in;
an update's relative days are named; "not known yet" in an update older than the newest is
never found (`generator.rendering.documents.freshness`)."""

from __future__ import annotations

import difflib

import re
from dataclasses import dataclass
from datetime import datetime

from generator.rendering.brief import Brief, doing_as_sentences, off_page, recount
from generator.rendering import corrections
from generator.rendering.documents.freshness import (dated, here_named, holds_wrong_value, pending,
                                                     superseded_values, wrong_values)
from generator.rendering.documents.reading import blocks, whole_sentences
from generator.core.catalogues import english_table, translatable, translated
from generator.core.languages import section_heading
from generator.core.model import Section
from generator.rendering.moments import day_words, time_words

# Where a quoted sentence comes from (other languages in the catalogues, contexts `source.*`).
SOURCE: dict[str, str] = english_table(
    # Translators: {day} is a day ("29 November"), {time} a time with its zone ("16:00 CET").
    translatable("source.update", "update of {day} at {time}"),
    translatable("source.correction", "correction of {day} at {time}"),
    # Translators: a section of the statement, named by its heading in the language's quotation marks.
    translatable("source.section", "“{heading}”"),
    # Translators: words quoted from the statement, in the language's quotation marks.
    translatable("source.quoted", "“{text}”"),
)


def quoted(text: str, lang: str) -> str:
    """`text` in the language's quotation marks."""
    return translated(SOURCE, "source.quoted", lang).format(text=text)
NEWEST = 0  # `recent` of the newest update
SECTION = 1000  # `recent` of a section: sections rank after every update when newest comes first


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    source: str  # for people: "“What happened”", "update of 29 November at 16:00 CET"
    roles: frozenset[str]
    recent: int  # 0 for the newest update, growing with age; SECTION for sections
    section: str = ""  # the section key ("summary", "what_we_are_doing", "quote"…), "update", or a heading
    label: str = ""  # the label it sits under ("What we are changing")
    item: bool = False  # a list item (a step, an action), quoted whole
    at: datetime | None = None  # when the update it comes from was published (None: a section)
    block: int = -1  # the paragraph or list item it comes from, numbered through the statement
    written: str = ""  # the words as the page shows them, when `text` says them for another medium
    published: str = ""  # an update's sentence as first published, when a correction has changed it since

    @property
    def marked(self) -> str:
        """The text with what differs from the page's words in [brackets], as a quotation marks
        an editor's words: "we will publish its findings [on our website]"."""
        return marked_edits(self.written, self.text) if self.written else self.text

    def has(self, role: str) -> bool:
        return role in self.roles


_TOKEN = re.compile(r"[\w'’/-]+|\s+|[^\w\s]")


def marked_edits(written: str, said: str) -> str:
    """`said` with each span it replaces or adds to `written` in [brackets] (what it leaves out
    is not marked: a closing "see below" is simply gone)."""
    if written == said:
        return said
    old, new = _TOKEN.findall(written), _TOKEN.findall(said)
    out: list[str] = []
    for op, _a1, _a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        span = "".join(new[b1:b2])
        if op in ("replace", "insert") and span.strip() and not re.fullmatch(r"[\W_]+", span.strip()):
            lead, core, tail = re.match(r"(\s*)(.*?)(\s*)$", span, re.DOTALL).groups()  # type: ignore[union-attr]
            out.append(f"{lead}[{core}]{tail}")
        else:
            out.append(span)
    marked = re.sub(r"\](\s+)\[", r"\1", "".join(out))  # one edit, one pair: "[on 29 November]"
    # Two edits a word or two apart are one ("[dans la nuit du 30 novembre au 1er décembre]",
    # never "[dans la] nuit [du 30 novembre…]", which nobody can read aloud).
    while True:
        merged = re.sub(r"\[([^\]]+)\](\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)\[([^\]]+)\]", r"[\1\2\3]", marked)
        if merged == marked:
            return marked
        marked = merged


def update_source(brief: Brief, at: datetime) -> str:
    zone = brief.settings.timezone
    return translated(SOURCE, "source.update", brief.lang).format(day=day_words(at.astimezone(zone).date(), brief.lang, zone=zone),
                                  time=time_words(at, zone, brief.lang))


def correction_source(brief: Brief, at: datetime) -> str:
    zone = brief.settings.timezone
    return translated(SOURCE, "source.correction", brief.lang).format(
        day=day_words(at.astimezone(zone).date(), brief.lang, zone=zone), time=time_words(at, zone, brief.lang))


# An update named by its time after "of": the article of the time changes where a language has
# one (« le 21 novembre » -> « du 21 novembre », „am 30. November“ -> „vom 30. November“).
_UPDATE_OF = {"fr": ("le ", "du "), "de": ("am ", "vom ")}


def update_named(when: str, lang: str) -> str:
    """`when` (a moment in words) as it follows "our update of"."""
    article = _UPDATE_OF.get(lang)
    return article[1] + when.removeprefix(article[0]) if article else when


def section_source(brief: Brief, section: Section) -> str:
    heading = section_heading(section.key, brief.lang) if section.key else section.heading
    return heading_source(heading, brief.lang)


def heading_source(heading: str, lang: str) -> str:
    """A section named as a source: "“What happened”", « Ce qui s'est passé »."""
    return translated(SOURCE, "source.section", lang).format(heading=heading)


def roles_of(text: str, lang: str):  # type: ignore[no-untyped-def]
    """A list item that is not a sentence, as one."""
    from generator.rendering import roles

    found = roles.sentences(text, lang)
    return roles.Sentence(text, 0, frozenset().union(*(s.roles for s in found)) if found else frozenset())


def _unquoted(text: str) -> str:
    """A paragraph of the quote without the quotation marks that open or close the quote."""
    return re.sub(r"\s*[\"”»]$", "", re.sub(r"^[\"“«„]\s*", "", text.strip()))


def _without_attribution(text: str) -> str:
    """The quote without its "— Name, Role" line: with it, the paragraph ends on a name and
    reads as a heading, and the spokesperson's words were never found."""
    # (on its own line, or after the closing mark: "…whatever they are." — Karim Benali, CEO)
    text = re.sub(r"([\"”»])[ \t]*[—–][^\n\"”»]*$", r"\1", text.strip())
    # (or told the newswire way: "…cannot happen again," said Graham MacLeod, President and CEO.)
    text = re.sub(r"[,.]?[ \t\u00a0\u202f]*([\"”»])[ \t]*,?[ \t]+(?:said|says|added|a (?:déclaré|dit|ajouté|indiqué)|"
                  r"déclare|ajoute|indique)\b[^\n\"“”«»]*$", r".\1", text)
    return re.sub(r"\n[ \t]*[—–][^\n]*\s*$", "", text.strip())


# "Nothing: the refund was credited automatically" answers "what should I do?" in its list; quoted
# alone (under "Will people be compensated?") the "Nothing" reads as the answer.
_NOTHING_LEAD = re.compile(r"^(?:\*\*)?(?:nothing(?: to do)?|rien(?: à faire)?|nichts(?: zu tun)?)(?:\*\*)?\s*[:–—-]\s*"
                           r"(?:\*\*)?(?=\w)", re.IGNORECASE)


def without_nothing_lead(text: str) -> str:
    """`text` without a leading "Nothing:", its first letter a capital."""
    rest = _NOTHING_LEAD.sub("", text, count=1)
    return rest if rest == text else rest[:1].upper() + rest[1:]


# "We are closing this statement; if you have a question, call us": the page's business, never
# an action, an answer or news for staff.
_CLOSING = re.compile(r"^(?:we are |we have |nous |wir )?(?:closing|closed|clôturons|fermons|schließen) "
                      r"(?:this|ce|cette|diese\w*) (?:statement|page|communiqué|déclaration|Meldung|Mitteilung)"
                      r"[^.;]*(?:[.;]\s*|$)", re.IGNORECASE)


def without_closing(text: str) -> str:
    """`text` without "We are closing this statement" (the rest of its sentence kept, capitalised)."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        rest = _CLOSING.sub("", sentence).strip()
        if rest:
            kept.append(rest[:1].upper() + rest[1:] if rest != sentence.strip() else rest)
    return " ".join(kept)


def passages(brief: Brief) -> list[Passage]:
    """Every whole sentence of the statement: sections in file order, then updates newest
    first, each update's corrections right after its own kept sentences."""
    lang = brief.lang
    found: list[Passage] = []
    block_number = 0
    for section in brief.statement.sections:
        if section.key == "updates":
            continue
        source = section_source(brief, section)
        name = section.key or section.heading
        text_of_section = _without_attribution(section.text) if section.key == "quote" else section.text
        if section.key == "what_we_are_doing":
            text_of_section = doing_as_sentences(text_of_section, lang)  # ("Reviewing…" alone is no answer)
        for block in blocks(text_of_section, lang):
            block_number += 1
            if block.is_table:
                continue
            text = _unquoted(block.text) if section.key == "quote" else block.text
            sentences = whole_sentences(text, lang)
            if not sentences and block.item and block.label:  # "the points balance;" in a list of what was seen
                sentences = [roles_of(text, lang)]
            for sentence in sentences:
                if section.key == "summary" and brief.overtaken and sentence.text not in brief.summary:
                    continue  # (a summary sentence a later update overtook, "…of 14,200 of our patients": never quoted)
                roles = sentence.roles | ({"pending"} if pending(sentence.text, lang) else set())
                # Quoted elsewhere than the page: "the lots listed below" says where they are.
                said = without_nothing_lead(sentence.text) if block.item else sentence.text
                found.append(Passage(off_page(here_named(brief.codes_named(said), lang), lang, block.text), source, roles,
                                     SECTION, name,
                                     block.label, block.item, block=block_number, written=said))
    zone = brief.settings.timezone
    # What counts it again now: the summary while it holds (no later update overtook it), then
    # the updates after each one ("3,460 bottles were sold" on the 4th, "5,180 bottles were sold"
    # in the summary once a third lot joined the recall): the older count answers no "how many?".
    current = [] if brief.overtaken else [brief.statement.summary]
    for age, update in enumerate(brief.statement.updates):
        source = update_source(brief, update.at)
        wrong = [*wrong_values(brief, update), *superseded_values(brief, update)]
        recounts = [*current, *(u.text for u in brief.statement.updates[:age])]
        fixes = brief.correction_sentences_of(update)
        for block in blocks(update.text, lang):
            for sentence in whole_sentences(block.text, lang):
                # As it should have been published: a value a correction withdrew is replaced, and a
                # sentence still holding one is left out (the correction says it right).
                text = brief.corrected(update, sentence.text)
                published = sentence.text if text != sentence.text else ""
                text = corrections.without_contradicted(text, fixes) or ""
                if not text or holds_wrong_value(text, wrong):
                    continue
                # (Kept, marked: "Why has the number changed?" quotes the older count as published.)
                recounted = {"recounted"} if recount(text, recounts) is not None else set()
                written = text
                text = without_closing(off_page(here_named(brief.codes_named(dated(text, lang, zone, update.at)), lang), lang,
                                                block.text))
                if not text:
                    continue
                roles = sentence.roles | ({"pending"} if pending(text, lang) else set()) | recounted
                found.append(Passage(text, source, roles, age, "update", block.label, block.item, update.at,
                                     written=written, published=published))
        for fix, text in zip(update.corrections, brief.correction_paragraphs(update)):
            # A correction is one passage: its dated lead ("Correction, 28 November…:") and its words,
            # sourced at its own time, not at the time of the update it corrects.
            pieces = whole_sentences(text, lang)
            if pieces:
                found.append(Passage(" ".join(p.text for p in pieces), correction_source(brief, fix.at),
                                     frozenset().union(*(p.roles for p in pieces)) | {"correction"}, age, "update",
                                     at=update.at))
    return found


def whole_items(brief: Brief, found: list[Passage]) -> list[Passage]:
    """`found`, each list item with the rest of its sentences: "each reservoir now has a backup
    pump" said without "the other 22 will be equipped by 31 March" claims more than the item."""
    every = passages(brief)
    whole: list[Passage] = []
    for passage in found:
        same_item = [p for p in every if passage.item and p.block == passage.block and p.block >= 0] or [passage]
        whole += [p for p in same_item if p.text not in [w.text for w in whole]]
    return whole


# A sentence that only announces what follows ("Here is what we are changing."): no answer alone.
_LEAD_IN = re.compile(r"(?:here (?:is|are)|this is what|voici|voilà ce (?:que|qui)|hier (?:ist|sind))\b[^.;:]{0,50}[.!]?$",
                      re.IGNORECASE)


def find(brief: Brief, *, role: str | None = None, words: str | None = None, newest_first: bool = False,
         most: int = 2, history: bool = False, sections: tuple[str, ...] | None = None,
         exclude: str | None = None, pending: bool = False) -> list[Passage]:
    """Sentences with `role` and/or matching `words` (a pattern, case ignored), from the
    sections and the newest update (`history=True`: every update, for facts stated once, such
    as a cause or a figure), optionally only from some `sections` (keys, or "update"), and
    never one matching `exclude`. `pending`: an older update's provisional word too ("so far
    we have identified 1,180…"), for what it said then."""
    pattern = re.compile(words, re.IGNORECASE) if words else None
    excluded = re.compile(exclude, re.IGNORECASE) if exclude else None
    chosen = [p for p in passages(brief)
              if (history or p.recent in (NEWEST, SECTION))
              # "We are looking for the cause" is not an answer once a later update has spoken.
              and not (p.has("pending") and p.recent not in (NEWEST, SECTION) and not pending)
              and (sections is None or p.section in sections)
              and (role is None or role in p.roles)
              and (pattern is None or pattern.search(p.text) or (p.label and pattern.search(p.label)))
              and (excluded is None or not excluded.search(p.text))
              and not _LEAD_IN.match(p.text.strip())]
    if newest_first:
        chosen.sort(key=lambda p: p.recent)
    unique: list[Passage] = []
    for passage in chosen:
        if not any(passage.text == u.text or passage.text in u.text for u in unique):
            unique.append(passage)
    return unique[:most]
