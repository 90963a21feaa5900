"""Render stage, for the crisis documents: statement Markdown read as a document reads it.

A paragraph or list item is text; a bold lead-in (`**Root cause.** During…`) is a label, not a
sentence; a line with no sentence in it (`What we are changing`, `Timeline (21 November)`) is
a label too; a table is rows of labelled cells ("Product: …; Lots: …"). Sentences are whole:
a fragment with no verb (`In place since 23 November.`) stays with the sentence it completes,
and is never quoted alone. Also here: the documents' finer kind of crisis (a billing or pay
error is not an outage) and the words for an organisation after "of" in French."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.rendering import roles
from generator.core.markup import dittos_filled, tokens

if TYPE_CHECKING:
    from markdown_it.token import Token

from generator.reading.kinds import billing_words, controversy_words
from generator.rendering.brief import Brief

# Words that make a sentence of a line: a verb form, or a pronoun followed by a word.
_VERB = {
    "en": re.compile(r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|"
                     r"could|may|might|must|need|needs|please|ask|check|call|stop|keep|use|tell|write|see|"
                     # the past tenses without -ed: "Our tests found the cause."
                     r"found|made|took|gave|got|went|came|saw|told|said|knew|began|broke|fell|left|kept|sent|"
                     r"ran|held|brought|caught|became|paid|lost|built|led|chose|wrote|showed|shown)\b|"
                     r"\b(?:we|you|they|it|he|she|i|who|which|that)\s+\w+|\b\w{3,}(?:ed|es)\b|n['’]t\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|peut|peuvent|doit|"
                     r"doivent|fait|font|va|vont|été|être|avoir|reste|restent|merci)\b|"
                     r"\b(?:nous|vous|ils|elles|il|elle|on|je|qui|j['’]|n['’])\s*\w+|\b\w{3,}(?:ons|ez|ent|ée?s?)\b",
                     re.IGNORECASE),
    # finite verbs and participles; never the -en of a plural noun („Kartenzahlungen“)
    "de": re.compile(r"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|worden|hat|haben|hatte|hatten|kann|können|"
                     r"konnte|konnten|muss|müssen|soll|sollen|sollte|sollten|darf|dürfen|will|wollen|gibt|gab|bitte|"
                     r"bitten|danke|bleibt|bleiben|geht|gehen|läuft|laufen|gilt|gelten)\b|"
                     # a formal imperative is a verb before „Sie“: „Ändern Sie Ihr Passwort.“
                     r"\b(?:wir|ich|man|er|es|Sie)\s+\w+|\b\w{3,}en Sie\b|\bge\w{3,}(?:t|en)\b|\b\w{3,}iert\b",
                     re.IGNORECASE),
}
_SENTENCE_END = re.compile(r"[.!?…:»”\"')]$")


def is_sentence(text: str, lang: str) -> bool:
    """Whether `text` says something (has a verb), rather than naming it."""
    return bool(_VERB.get(lang, _VERB["en"]).search(text))


def is_fragment(text: str, lang: str) -> bool:
    """A few words with no verb (`Root cause.`, `In place since 23 November.`): not a
    sentence to quote alone. Longer lines count as sentences (imperatives have no verb the
    patterns know)."""
    return len(text.split()) <= 6 and not is_sentence(text, lang)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, list item or table of statement Markdown, in plain published words."""

    text: str  # the words ('' for a table)
    label: str = ""  # the bold lead-in or the label line it sits under ("What we are changing")
    rows: tuple[tuple[tuple[str, str], ...], ...] = ()  # a table: each row as (header, cell) pairs
    item: bool = False  # a list item

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


def _inline_text(children: list[Token]) -> tuple[str, str]:
    """(bold lead-in, the rest): `**Root cause.** During…` → ("Root cause", "During…")."""
    from generator.core.markup import _inline_plain

    lead = ""
    children = [c for c in children if not (c.type == "text" and not c.content)]
    if children and children[0].type == "strong_open":
        close = next((i for i, c in enumerate(children) if c.type == "strong_close"), None)
        if close is not None:
            lead = _inline_plain(children[1:close]).strip()
            rest = _inline_plain(children[close + 1:]).strip()
            # A lead-in, not a bold first clause ("**Changes already made:** fleet-wide inspection…"
            # is a lead-in too, its colon inside the bold).
            # (Its colon kept: the caller takes a lead-in with a colon for a label.)
            if rest and lead.endswith((":", "：")):
                return lead, rest
            if rest and not re.match(r"^[a-zà-ÿ,;]", rest):
                return lead.rstrip(" .:"), rest
    return "", _inline_plain(children)


# A lead-in that is a condition on who it concerns ("If you skied on Saturday:", « Si vous avez
# acheté en ligne : », « Vous étiez dans la télécabine samedi : »).
_CONDITION_LEAD = re.compile(r"^(?:if|whether|for those who|anyone who|si|s['’]il|s['’]ils|pour (?:ceux|celles) qui|"
                             r"vous (?:étiez|avez|êtes))\b", re.IGNORECASE)


# A paragraph all in bold that names what follows ("**What we are changing.**"): a heading.
_HEADING_WORDS = re.compile(r"^(?:what|how|why|when|where|who|next steps|ce que|ce qu['’]|comment|pourquoi|quand|"
                            r"où|qui|prochaines étapes)\b", re.IGNORECASE)


def _bold_heading(children) -> str | None:  # type: ignore[no-untyped-def]
    from generator.core.markup import _inline_plain

    children = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return None
    words = _inline_plain(children[1:-1]).strip()
    if len(words.split()) <= 8 and _HEADING_WORDS.match(words) and not words.endswith("?"):
        return words.rstrip(" .:")
    return None


@lru_cache(maxsize=512)
def blocks(md: str, lang: str) -> tuple[Block, ...]:
    """The blocks of `md` in order. A bold lead-in that is a whole sentence ("**If it is
    affected, stop charging it.**") stays in the text: it is advice, not a label."""
    found: list[Block] = []
    label = ""
    in_table = in_heading = False
    depth = 0
    header: list[str] = []
    row: list[str] = []
    rows: list[tuple[tuple[str, str], ...]] = []
    for token in tokens(md):
        kind = token.type
        if kind == "table_open":
            in_table, header, rows = True, [], []
        elif kind == "table_close":
            in_table = False
            # ("Same as above, from 27 November" read on its own line points at nothing: the cell above it.)
            filled = dittos_filled([header, *([c for _, c in r] for r in rows)])[1:] if rows else []
            found.append(Block("", label, tuple(tuple((h, c) for h, c in zip(header, r, strict=False) if c)
                                                for r in filled)))
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and in_table:
            if not header:
                header = row
            else:
                rows.append(tuple(zip(header, row, strict=False)))
        elif kind in ("heading_open", "heading_close"):
            in_heading = kind == "heading_open"
        elif kind == "list_item_open":
            depth += 1
        elif kind == "list_item_close":
            depth -= 1
        elif kind == "inline":
            from generator.core.markup import _inline_plain

            if in_table:
                row.append(_inline_plain(token.children or []))
                continue
            heading = None if depth else _bold_heading(token.children or [])
            if heading:
                label = heading
                continue
            lead, text = _inline_text(token.children or [])
            if in_heading or not text.strip():
                label = text.strip().rstrip(":")
                continue
            if lead and lead.endswith((":", "：")) and _CONDITION_LEAD.match(lead):
                # "**If you skied on Saturday with a day pass:** we are refunding 50%…": the
                # condition says who; a reply that quotes the rest alone offers it to everyone.
                text, lead = f"{lead} {text}", ""
            elif lead and (re.match(r"\s*[:：]", text) or lead.endswith((":", "："))):
                # "**What we have changed**: the payment system now…", "**Changes already made:**
                # fleet-wide inspection…": a label, whatever its words.
                lead = lead.rstrip(" :：")
                text = re.sub(r"^\s*[:：]\s*", "", text)
                text = text[:1].upper() + text[1:]
            elif lead and not is_fragment(lead, lang):
                text = f"{lead}. {text}" if not lead.endswith((".", "!", "?", ":")) else f"{lead} {text}"
                lead = ""
            if not depth and not lead and (is_fragment(text, lang) or not _SENTENCE_END.search(text.strip())):
                label = text.strip().rstrip(":")
                continue
            found.append(Block(text.strip(), lead or (label if depth else ""), (), bool(depth)))
            if not depth:  # a paragraph that announces a list ("…could see:") labels its items
                label = text.strip().rstrip(":") if text.strip().endswith(":") else ""
    return tuple(found)


def whole_sentences(text: str, lang: str) -> list[roles.Sentence]:
    """The sentences of a block, each whole: a fragment with no verb joins the sentence
    before it ("…blocks the change. In place since 23 November."); a fragment that opens
    the block ("Nothing.") is left out of what can be quoted alone."""
    merged: list[roles.Sentence] = []
    for sentence in _rejoined(roles.sentences(text, lang)):
        if sentence.has("next-update") and is_fragment(sentence.text, lang):
            continue  # "Next update by 16:30." is a promise of its day, never part of an answer
        if not is_fragment(sentence.text, lang) or not merged:
            if is_fragment(sentence.text, lang):
                continue
            merged.append(sentence)
            continue
        previous = merged[-1]
        joined = f"{previous.text} {sentence.text}"
        merged[-1] = roles.Sentence(joined, previous.index, previous.roles | sentence.roles)
    return merged


# A full stop that ends an abbreviation, not a sentence: "engine room No. 2", "St. Malo", "approx. 40".
_TITLE = re.compile(r"\b(?:St|Ste|Mt|Dr|Mr|Mrs|Ms|Prof|Mme|Mlle|approx|e\.g|i\.e|cf|vs|env|réf)\.$", re.IGNORECASE)
_BEFORE_NUMBER = re.compile(r"\b(?:No|Nos|Fig|Art|Vol|Ref|p)\.$")  # only when a figure follows


def _rejoined(found: tuple[roles.Sentence, ...]) -> list[roles.Sentence]:
    """Sentences cut after an abbreviation ("…engine room No." + "2 while…") made whole again."""
    joined: list[roles.Sentence] = []
    for sentence in found:
        previous = joined[-1] if joined else None
        if previous and (_TITLE.search(previous.text) or
                         (_BEFORE_NUMBER.search(previous.text) and sentence.text[:1].isdigit())):
            joined[-1] = roles.Sentence(f"{previous.text} {sentence.text}", previous.index,
                                        previous.roles | sentence.roles)
        else:
            joined.append(sentence)
    return joined


def table_lines(block: Block, lang: str) -> list[str]:
    """A table as every plain output writes it (`markup.table_lines`: one line a row, a
    timetable one a column)."""
    from generator.core.markup import table_lines as lines_of

    if not block.rows:
        return []
    header = [head for head, _ in block.rows[0]]
    return lines_of([header, *([cell for _, cell in row] for row in block.rows)], lang)


# The documents' finer kind: money wrongly taken or paid is not an outage.

# A public-health notice: what people drink, eat or breathe is unsafe (boil-water advice, contamination).
# It is a safety notice, not an outage: the service runs, and people must protect their health.
_HEALTH = re.compile(
    r"\b(?:boil(?:ed|ing)? (?:\w+ )?water|boil-water|(?:faire|faites) bouillir|e\. ?coli|bacteri\w*|bactéri\w*|"
    r"contaminat\w*|contamin[ée]\w*|legionell\w*|légionell\w*|not (?:safe|fit) to drink|non potable|"
    r"impropre à la consommation|do not drink|ne buvez pas|drinking water|eau potable|"
    r"health alert|alerte sanitaire|food poisoning|intoxication alimentaire)", re.IGNORECASE)
# A bad buzz: something we published or said hurt people. It is apologised for, never "resolved".



def document_kind(brief: Brief) -> str:
    """The brief's kind, refined for the documents (the same in every language of a statement):
    `billing` for an outage or incident about money charged or paid wrongly; `health` for a
    public-health notice (a kind of safety notice: boil-water advice, contamination);
    `controversy` for a bad buzz (something we published hurt people). A `kind` the statement
    sets itself wins, except that a safety notice about health is `health`."""
    text = f"{brief.statement.title} {brief.statement.summary}"
    given = brief.statement.crisis
    if brief.kind in ("outage", "incident", "safety") and given in (None, "safety") and _HEALTH.search(text):
        return "health"
    # (`kind: incident` is what the format asks for a bad buzz or a billing error: refined too.)
    if brief.kind in ("outage", "incident") and given in (None, "incident"):
        if billing_words(text):
            return "billing"
        if controversy_words(text):
            return "controversy"
    return str(brief.kind)


# "Nothing, if your order has not arrived yet: …" answers the heading "What you should do".
_NOTHING_IF = {"en": re.compile(r"^(?:nothing|none)\s*,\s*(?P<condition>if [^:;.]+?)\s*(?P<rest>[:;.].*)?$", re.IGNORECASE),
               "fr": re.compile(r"^rien\s*,\s*(?P<condition>si [^:;.]+?)\s*(?P<rest>[:;.].*)?$", re.IGNORECASE),
               "de": re.compile(r"^nichts\s*,\s*(?P<condition>(?:wenn|falls) [^:;.]+?)\s*(?P<rest>[:;.].*)?$",
                                re.IGNORECASE)}
_NOTHING_WORDS = {"en": "you do not need to do anything", "fr": "vous n'avez rien à faire", "de": "müssen Sie nichts tun"}


def said_whole(item: str, lang: str) -> str:
    """An advice item that stands without its heading: "Nothing, if your order has not
    arrived yet: …" → "If your order has not arrived yet, you do not need to do anything: …"."""
    found = _NOTHING_IF.get(lang, _NOTHING_IF["en"]).match(item.strip())
    if not found:
        return item
    condition = found.group("condition")
    rest = (found.group("rest") or ".").strip()
    space = " " if lang == "fr" and rest[:1] in ":;" else ""
    return f"{condition[:1].upper()}{condition[1:]}, {_NOTHING_WORDS.get(lang, _NOTHING_WORDS['en'])}{space}{rest}"


def of_organisation(org: str, lang: str) -> str:
    """`of Nordhav` / `de la Coopérative laitière…`, `du Crédit…`, `d’Acme`: French takes the
    article the name takes as a subject."""
    if lang != "fr":
        return f"of {org}"
    from generator.rendering.documents.formatting import french_of

    return french_of(org)
