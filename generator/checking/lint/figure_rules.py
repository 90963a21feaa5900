"""Stage 2, checks: one count, two figures. Within one language file, the parts that speak of
now (the title, the summary, the other sections, and the newest update) must give a counted
thing one figure: the page prints them together, every copy and the press release lead with
the summary, and a journalist who reads "3,400 accounts" on X and "4,100 accounts" on the page
asks which is a lie.

A count is a figure and the noun after it ("3,400 customers", « 12 000 comptes »). Two counts
are of the same thing when their nouns agree and their clauses share another word ("3,400
accounts were exposed" / "4,100 accounts exposed"); "3,400 customers affected" and "1,200
customers refunded" are two facts. Older updates are history: a figure that grew from one update
to the next is news, not a contradiction. A warning: the tool reads words, not meanings."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from collections.abc import Iterator
from dataclasses import dataclass

from generator.checking.lint.blocks import body_blocks, title_block
from generator.checking.lint.registry import WARNING, Rule, quoted
from generator.checking.lint.sentences import Block, split
from generator.checking.lint.statement_rules import Context
from generator.checking.lint.translation_rules import facts
from generator.core.model import Problem, Statement
from generator.reading.kinds import kind
from generator.rendering.documents.qa_questions import figures
from generator.rendering.overtaken import REVISED, count_revised

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words after a figure that do not say what is counted: units of time, connectors, months.
_NOT_COUNTED = frozenset("""
a an and or to of the per than more less about over under at by in on for from with between out
times time minutes minute min mins hours hour hrs h days day weeks week months month years year seconds am pm
january february march april may june july august september october november december
fois et ou à au aux de des du d le la les l un une sur en par pour plus moins environ entre heures heure
minutes jours jour semaines semaine mois ans an secondes janvier février mars avril mai juin juillet
août septembre octobre novembre décembre
percent per cent pour cent kg g km m cm mm ml l mph kmh km/h degrees degrés °C
""".split())
_STOP = _NOT_COUNTED | frozenset("""
we our us you your they their it its is are was were be been being has have had will would can could
this that these those all some not no yet still now so as who which what when where there here also
nous notre nos vous votre vos ils elles leur leurs il elle est sont été être a ont avait avaient sera
seront ce cet cette ces tous toutes tout qui que quoi quand où ne pas plus encore aussi se sa son ses
y dont mais
""".split())
# English plurals without an s: the count is of them ("1,600 people").
_PLURALS = frozenset("people children staff crew personnel police men women sheep cattle fish feet teeth mice".split())
# A clause ends at these; a count's clause is where its verb is.
_CLAUSE = re.compile(r"[,;:()—–]|\s-\s|\b(?:and|but|while|whereas|et|mais|alors que|tandis que)\b", re.IGNORECASE)


# A part of a count, a step toward it or a change of it: never the count itself.
_PART_BEFORE = re.compile(r"\b(?:other|another|remaining|further|more|first|last|only|already|still|now|then|initially|"
                          r"instead|not|up\s+from|down\s+from|autres?|restants?|premiers?|premières?|derniers?|"
                          r"dernières?|seulement|déjà|encore|désormais|puis|contre|non|plus\s+que|au\s+lieu\s+de|que|"
                          r"fewer\s+than|less\s+than|more\s+than|over|under|up\s+to|at\s+least|at\s+most|"
                          r"moins\s+de|plus\s+de|jusqu['’]à|au\s+moins|au\s+plus|"
                          # (the whole a part is told of: "389 of the 402 patients", « 17 sur les 23 »)
                          r"\d+\s+(?:of|out\s+of|sur|parmi))"
                          r"(?:\s+(?:the|les|des|of|de|d['’]|our|nos|its|ses|their|leurs))?\s*$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:of|out\s+of|among|sur|parmi|de\s+plus|more|other|new|additional|"
                         r"further|extra|autres|nouveaux|nouvelles|supplémentaires|restants?|restantes?)\b|"
                         r"\s*(?:of|de|d['’])\s", re.IGNORECASE)

# A sentence that counts progress ("so far", « à ce jour », « depuis lundi »): its figures are steps.
_SO_FAR = re.compile(r"\b(?:had\s+(?:\w+ed|found|seen|told|sent|thought)|avai(?:en)?t\s+\w+é|avions\s+\w+é|"
                     r"at\s+(?:the|its)\s+peak|au\s+plus\s+fort|initially|at\s+first|initialement|au\s+départ|"
                     r"still|encore|toujours|so\s+far|to\s+date|for\s+now|as\s+of|up\s+to\s+now|à\s+ce\s+jour|jusqu['’](?:ici|à\s+présent)|"
                     r"pour\s+l['’]instant|pour\s+le\s+moment|à\s+l['’]heure\s+actuelle|depuis\s+(?:lundi|mardi|mercredi|"
                     r"jeudi|vendredi|samedi|dimanche|hier|ce\s+matin|le\s+début)|since\s+(?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday|yesterday|this\s+morning))\b", re.IGNORECASE)


# "of our", « de nos »: what follows is what is counted, unless a figure follows too ("of the 23").
_OF_OURS = re.compile(r"\s*(?:of|de|d['’])\s*(?:our|your|the|its|their|nos|vos|ses|leurs|les)\s+(?=[^\W\d_]+(?:\s|[.,;:]|$))",
                      re.IGNORECASE)
def _stem(word: str) -> str:
    """A crude stem that joins the forms of one word ("customers", "customer"; « touchés »,
    « touchées »; "exposed", "exposes"): its first six letters, plural and participle endings off."""
    word = word.casefold().replace("’", "'")
    for ending in ("ées", "és", "ée", "es", "s", "ed", "é", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:6]


@dataclass(frozen=True, slots=True)
class Count:
    value: str
    written: str  # "3,400 customers"
    noun: str  # stem of the counted noun
    context: frozenset[str]  # stems of what its clause says of it ("were exposed")
    part: bool  # a part or a step of a count ("13 other turbines", "17 circuits sur 23", "already 2,980")
    block: Block
    line: int
    column: int
    revised: bool = False  # its sentence says it replaces an earlier figure ("more than we first reported")
    of_ours: bool = False  # "11 of our partner schools", « 11 de nos établissements »
    owned: bool = False  # "our 62 partner schools", « nos 62 établissements »: all we have
    verb: str = ""  # stem of the verb that takes it as object ("injured 31 people", « testée pour 300 000 »)


def _counts(block: Block, lang: str) -> Iterator[Count]:
    for sentence in split(block):
        text = sentence.text
        for fact in facts(text, lang):
            if fact.kind != "number" or not fact.value.isdigit() or int(fact.value) < 2:
                continue
            before = text[: fact.offset]
            if re.search(r"[£$€¥]\s*$|\b(?:CHF|EUR|USD|GBP|CAD)\s*$|#\s*$|n°\s*$|\bno\.?\s*$", before, re.IGNORECASE):
                continue  # money and reference numbers are not counts of things
            after = text[fact.offset + len(fact.text):]
            if re.match(r"\s*(?:[%‰:/.,]\d|%|‰|\s*[-–]\s*\d|\s*(?:€|\$|£|CHF|EUR|USD|GBP|CAD)\b)", after):
                continue
            # "14,200 of our patients" counts patients (never "17 of the 23 circuits": a part of them).
            whole = _OF_OURS.match(after)
            if whole:
                after = " " + after[whole.end():]
            words = _WORD.findall(after[:40])
            # ("40,000 simultaneous connections": an adjective in -ous describes, the count is of what follows)
            noun = next((w for w in words[:2] if w.casefold() not in _NOT_COUNTED and len(w) >= 3
                         and not (lang == "en" and w.casefold().endswith("ous"))), None)
            if lang == "en" and noun is not None and not noun.casefold().endswith("s") and noun.casefold() not in _PLURALS:
                continue  # "48 piece sets": a word that describes, the count is of what follows
            if noun is None or noun[0].isupper() or words and words[0].casefold() in _NOT_COUNTED - {"of", "de", "d"}:
                # (A capital: a name, "1,000 Tide Shards", not a count of things.)
                continue
            end_match = _CLAUSE.search(after)
            end = len(text) if end_match is None else fact.offset + len(fact.text) + end_match.start()
            # What is said of the count: the words after its noun, up to four, in its clause.
            said = _WORD.findall(text[fact.offset + len(fact.text):end])
            said = said[said.index(noun) + 1:][:4] if noun in said else said[:4]
            context = frozenset(_stem(w) for w in said if w.casefold() not in _STOP and len(w) >= 3)
            line, column = sentence.position(fact.offset)
            part = bool(_PART_BEFORE.search(before[-30:]) or _PART_AFTER.match(after) or _SO_FAR.search(text))
            revised = REVISED.search(text) is not None
            owned = re.search(r"\b(?:our|your|its|their|nos|vos|ses|leurs)\s*$", before, re.IGNORECASE) is not None
            yield Count(fact.value, f"{fact.text} {noun}", _stem(noun), context, part, block, line, column, revised,
                        whole is not None, owned, _verb_before(before))


# Words between a verb and the count it takes that say nothing of the count ("injured about 31 people",
# "built for 40,000", « a blessé près de 31 personnes »).
_APPROXIMATE = frozenset("""about around nearly almost roughly approximately some for to the a total of up
environ près de d presque quelque quelques pour à au les des le la l un une total""".split())
# A verb's form: a participle or a gerund ("injured", "testing", « blessé », « testées »), or one of the
# irregular pasts crisis statements use.
_VERB_FORM = re.compile(r"^(?:\w{3,}(?:ed|ing|ée?s?|ie?s?|ue?s?)|hurt|took|taken|saw|seen|got|sent|built|made|lost|"
                        r"sold|kept|left|told|hit|met|paid|found|brought|caught|held|reached|read)$", re.IGNORECASE)


def _verb_before(before: str) -> str:
    """The stem of the verb whose object the count is, in its clause: "injured" of "injured 31
    people" (the crowd of 6,000 "waiting on the forecourt" is another fact), "built" of "built for
    40,000 connections" (a capacity, not the 300,000 a test was run for)."""
    clause = _CLAUSE.split(before)[-1] if before else ""
    for word in reversed(_WORD.findall(clause)[-4:]):
        if word.casefold() in _APPROXIMATE:
            continue
        return _stem(word) if _VERB_FORM.match(word) and word.casefold() not in _STOP else ""
    return ""


def _said_of_other_things(first: Count, second: Count) -> bool:
    """Two counts a different verb takes ("injured 31 people" and "6,000 people were waiting"; "built
    for 40,000" and "tested for 300,000"): two facts, never one figure given twice."""
    return any(one.verb and one.verb != other.verb and one.verb not in other.context
               for one, other in ((first, second), (second, first)))


def _transposed(one: str, other: str) -> bool:
    """Two figures of three digits or more that differ by two neighbouring digits swapped
    (3,412 and 3,142): a slip of the fingers, whatever the words around them say."""
    if len(one) != len(other) or len(one) < 3:
        return False
    apart = [index for index in range(len(one)) if one[index] != other[index]]
    return (len(apart) == 2 and apart[1] == apart[0] + 1 and one[apart[0]] == other[apart[1]]
            and one[apart[1]] == other[apart[0]])


def _now_blocks(statement: Statement) -> list[Block]:
    """The title, every section, and the newest update: what the page shows as true now."""
    blocks = [block for block in body_blocks(statement) if not block.where.startswith(("update of", "correction of"))]
    title = title_block(statement)
    if title is not None:
        blocks.insert(0, title)
    if statement.updates:
        newest = statement.updates[0]
        blocks.append(Block(newest.text, newest.text_line or newest.line + 1, 1,
                            f"update of {newest.at.strftime('%Y-%m-%d %H:%M')}"))
    return blocks


def _place(block: Block) -> str:
    names = {"summary": "the summary", "what_happened": "“What happened”", "what_we_are_doing": "“What we are doing”",
             "what_you_should_do": "“What you should do”", "title": "the title", "quote": "the quote"}
    if block.where.startswith("update of"):
        return "the update of " + block.where.removeprefix("update of ")
    return names.get(block.where, f"“{block.where}”")


def _some_of_all(first: Count, second: Count) -> bool:
    """"Teachers from 11 of our partner schools" beside "our 62 partner schools": some of all we have."""
    return any(some.of_ours and every.owned and int(some.value) < int(every.value)
               for some, every in ((first, second), (second, first)))


def _disagree(first: Count, second: Count) -> bool:
    if _some_of_all(first, second) or _said_of_other_things(first, second):
        return False
    shared = first.context & second.context
    return (bool(shared) and len(shared) * 2 >= len(first.context | second.context)
            and not first.part and not second.part)


def _overtaken(first: Count, second: Count, counts: list[Count], older: list[Block]) -> bool:
    """Whether the newest update gives a count a new figure the other part still gives as it
    was: "14,200 of our patients" in the summary, "18,650 patients, more than we first
    reported" in the newest. Either the newest update says it revises the figure, or an older
    update gave the other part's figure with the same words as the newest ("14,200 patients
    affected", then "18,650 patients affected")."""
    if _some_of_all(first, second):
        return False
    newest = next((count for count in (first, second) if count.block.where.startswith("update of")), None)
    other = second if newest is first else first
    if newest is None or other.block.where.startswith("update of") or newest.part or other.part:
        return False
    if newest.context and other.context and not newest.context & other.context:
        return False  # "3,400 customers affected" and "1,200 customers refunded": two facts
    # (An older update's same figure counts only when it says the same of it as the newest: "14 merchants
    # have reported" beside "3,412 merchants are affected" are two facts.)
    if newest.revised and _former_figures(newest) and other.value not in _former_figures(newest):
        # ("52 parcels taken, up from 37": the figure it replaces is 37, never the 9,460 parcels
        # whose codes were reset.)
        return False
    return newest.revised or any(count.block in older and count.noun == other.noun and count.value == other.value
                                 and not count.part and len(count.context & newest.context) * 2
                                 >= len(count.context | newest.context) > 0 for count in counts)


# The figure a sentence says it replaces: "up from 37", « contre 37 », "not 14", « et non 42 ».
_FORMER_FIGURE = re.compile(r"\b(?:up|down|rising|falling|risen|fallen) from\s+(?:the\s+)?(\d[\d,.\u00a0\u202f ]*\d|\d)|"
                            r"\b(?:instead of|rather than|not|contre|au lieu de|et non|non pas)\s+(?:les?\s+|des\s+)?"
                            r"(\d[\d,.\u00a0\u202f ]*\d|\d)(?!\s*(?:h\b|:))", re.IGNORECASE)


def _former_figures(count: Count) -> frozenset[str]:
    """The figures the sentence of `count` names as the ones it replaces."""
    sentence = next((s.text for s in split(count.block) if count.written.split()[0] in s.text), count.block.text)
    return frozenset(re.sub(r"\D", "", m.group(1) or m.group(2)) for m in _FORMER_FIGURE.finditer(sentence))


def check_figures_disagree(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    now = _now_blocks(statement)
    counts = [count for block in now for count in _counts(block, statement.lang)]
    # Older updates too, for figures whose digits are swapped: history does not swap digits.
    older = [Block(update.text, update.text_line or update.line + 1, 1, f"update of {update.at:%Y-%m-%d %H:%M}")
             for update in statement.updates[1:]]
    counts += [count for block in older for count in _counts(block, statement.lang)]
    told: set[tuple[str, str, str]] = set()
    revised_summary = count_revised(statement)
    # The figures a correction already sets right ("The number is 18,400, not 14,800"): no slip.
    corrected = frozenset().union(*(figures(fix.text) for update in statement.updates for fix in update.corrections))
    # And the figure a correction gives for the update it sits under ("About 14,600 bottles", then
    # "The number … is 16,400"): the update keeps its published words, the correction says them right.
    set_right = {f"update of {update.at:%Y-%m-%d %H:%M}": frozenset().union(*(figures(fix.text) for fix in update.corrections))
                 for update in statement.updates}

    def fixed_by_correction(one: Count, other: Count) -> bool:
        return (figures(other.written) <= set_right.get(one.block.where, frozenset())
                or figures(one.written) <= set_right.get(other.block.where, frozenset()))

    for index, first in enumerate(counts):
        for second in counts[index + 1:]:
            if second.block is first.block or second.noun != first.noun or second.value == first.value:
                continue
            swapped = (_transposed(first.value, second.value) and not figures(f"{first.written} {second.written}") <= corrected
                       and not fixed_by_correction(first, second))
            overtaken = not swapped and not _disagree(first, second) and _overtaken(first, second, counts, older)
            if overtaken and revised_summary and "summary" in (first.block.where, second.block.where):
                continue  # (`overtaken-summary` says it: the outputs lead with the newest update)
            if not swapped and (second.block in older or first.block in older or not (
                    _disagree(first, second) or overtaken)):
                continue
            low, high = sorted((first.value, second.value))
            key = (first.noun, low, high)
            if key in told:
                continue
            told.add(key)
            why = ("the same digits with two swapped, a typing slip?" if swapped else
                   "the newest update replaces that figure, which the page still prints beside it and every copy "
                   "leads with" if overtaken else "the page prints both, and the copies lead with the summary")
            yield rule.problem(statement, second.line, second.column,
                               f"{quoted(second.written)} in {_place(second.block)}, but {quoted(first.written)} in "
                               f"{_place(first.block)} (line {first.line}): {why}")


# A soft word for a stop ("a brief stop", « un bref arrêt ») and the stop's own length.
_BRIEF = {
    "en": re.compile(r"\b(?:brief|short|momentary|minor|slight|temporary)\s+(?:\w+\s+)?(?:stop(?:page)?|interruption|"
                     r"outage|disruption|delay|pause|halt|breakdown)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:bref|brève|court|courte|petit|petite|léger|légère|momentané|momentanée)\s+(?:\w+\s+)?(?:arrêt|"
                     r"interruption|panne|coupure|retard|pause|immobilisation|perturbation)\b", re.IGNORECASE),
}
# (Two hours or more: "a quarter of an hour" is no long stop.)
_HOUR_WORDS = (r"(?:(?<![\d.,])(?:[2-9]|1\d|2[0-4])(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|deux|trois|"
               r"quatre|cinq|six|sept|huit|neuf|dix|douze)")
# A length of an hour or more: "nearly three hours", "2 h 45", « près de trois heures ».
_HOURS = re.compile(rf"\b(?:(?:nearly|almost|about|around|over|more than|up to|près de|presque|environ|plus de|"
                    rf"jusqu['’]à)\s+)?{_HOUR_WORDS}\s+(?:hours?|heures?)\b", re.IGNORECASE)


def check_brief_but_long(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """"After a brief stop of the gondola" where the same statement says the passengers waited
    "nearly three hours": the soft word says less than the statement's own figure."""
    pattern = _BRIEF.get(statement.lang)
    if pattern is None:
        return
    blocks = [b for b in body_blocks(statement)]
    title = title_block(statement)
    if title is not None:
        blocks.insert(0, title)
    long = next(((b, m) for b in blocks for m in _HOURS.finditer(b.text)
                 if not re.match(r"\s*(?:a day|par jour|per day|ago)", b.text[m.end():])), None)
    if long is None:
        return
    for block in blocks:
        for sentence in split(block):
            found = pattern.search(sentence.text)
            if found:
                line, column = sentence.position(found.start())
                where, said = long
                yield rule.problem(statement, line, column,
                                   f"{quoted(found.group(0))}, but the statement says {quoted(said.group(0))} "
                                   f"({_place(where)}): the softer word reads as playing it down")
                return


# When the statement says the problem itself started, that day: "From 07:20 to 10:25…", "Since
# 09:12", "At about 02:40 a fire broke out", « De 7 h 20 à 10 h 25 », « Vers 2 h 40, un incendie… ».
_STARTED_AT = {
    # ("from" and « de » only as a range's start: "the 14:45 departure from", « lors du départ de 14 h 45 »
    # name a departure, not when things went wrong)
    "en": re.compile(r"\b(?:since|from(?=\s+\S+\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{3,4}\s+)?(?:to|until|till|[-–])\s)|"
                     r"between|starting at|beginning at|began at|started at|at about|at around|"
                     r"shortly after|just after)\s+(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?P<half>a\.?m\.?|p\.?m\.?)?"
                     r"(?!\s*(?:tomorrow|on \d))", re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:depuis|de(?=\s+\d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d\d)?[\s\u00a0\u202f]+"
                     r"(?:à|jusqu['’]à)\s)|entre|à partir de|vers|peu après)\s+)(?P<h>[01]?\d|2[0-3])[\s\u00a0\u202f]?h"
                     r"(?:[\s\u00a0\u202f]?(?P<m>[0-5]\d))?(?P<half>)(?![\w])", re.IGNORECASE),
}
# …said of what went wrong, in the past: never "from 11:00 you can order again".
_PAST_EVENT = {
    "en": re.compile(r"\b(?:was|were|had|has been|have been|could not|couldn't|did not|failed|broke out|went down|"
                     r"stopped|began|started|fail|failing|unavailable|down|out of service)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:a été|ont été|n'ont pas pu|n’ont pas pu|n'a pas pu|n’a pas pu|s'est déclaré|s’est déclaré|"
                     r"est tombée?|sont tombée?s|indisponibles?|en panne|hors service|a commencé|ont commencé|"
                     r"s'est arrêtée?|s’est arrêtée?|étai(?:en)?t)\b", re.IGNORECASE),
}


# …or an earlier day, with the hour it started: "On the evening of 2 December … posted the video
# … at 20:15", "Last night at 20:15", « Hier soir à 20 h 15 », « Le 2 décembre, vers 23 h ».
_EARLIER_DAY = re.compile(r"\b(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<month>[a-zéû]{3,9})\b|"
                          r"\b(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
                          r"(?P<month2>[A-Z][a-z]{2,8})\.?\s+"
                          r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b|"
                          r"\b(?P<yesterday>yesterday|last night|hier)\b", re.IGNORECASE)
_AT_HOUR = {
    "en": re.compile(r"\b(?:at|around|about|shortly after|just after)\s+(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*"
                     r"(?P<half>a\.?m\.?|p\.?m\.?)?", re.IGNORECASE),
    "fr": re.compile(r"(?:\bà|\bvers|peu après)\s+(?P<h>[01]?\d|2[0-3])[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?"
                     r"(?P<m>[0-5]\d))?(?P<half>)(?!\w)", re.IGNORECASE),
}


# A day named right after a time ("00:01 on Thursday 3 December", « 0 h 01 le jeudi 3 décembre »).
_DAY_FOLLOWS = re.compile(r"\W{0,3}(?:on |le |du |this |ce )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? |(?:lundi|mardi|"
                          r"mercredi|jeudi|vendredi|samedi|dimanche) )?(?:\d{1,2}(?:er|st|nd|rd|th)? (?:january|february|"
                          r"march|april|may|june|july|august|september|october|november|december|janvier|février|mars|"
                          r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|(?:january|february|march|"
                          r"april|may|june|july|august|september|october|november|december) \d)", re.IGNORECASE)
_OTHER_DAY = re.compile(r"\b(?:next|following|later|lendemain|suivante?|surlendemain)\b", re.IGNORECASE)


def _earlier_day_start(text: str, lang: str, started: datetime,
                       day_only: bool = False) -> tuple[re.Match[str], datetime] | None:
    """The day before `started` (within a week) a sentence dates the start to, with its hour
    (`day_only`: or a sentence that opens on that day, without its hour)."""
    from generator.rendering.deadlines import MONTHS, day_near

    at_hour = _AT_HOUR.get(lang)
    for found in _EARLIER_DAY.finditer(text):
        day: date | None
        if found.group("yesterday"):
            day = started.date() - timedelta(days=1)
        else:
            month = (found.group("month") or found.group("month2") or "").lower()
            month = next((name for name in MONTHS if name.startswith(month)), month) if len(month) <= 4 else month
            day = day_near(found.group("day") or found.group("day2"), month, started, started.tzinfo)  # type: ignore[arg-type]
        if day is None or not timedelta(days=1) <= started.date() - day <= timedelta(days=7) or at_hour is None:
            continue
        hour = at_hour.search(text, found.end())
        # ("programmé pour le lendemain à 6 h 10", "published at 06:00 the next morning": another day)
        if _OTHER_DAY.search(text, found.end()):
            continue
        if hour is None:
            # "On Friday 27 November at Porz-Gwenn, one of our deckhands refused…": a sentence that
            # opens on the day dates what it tells to that day, hour or not.
            if day_only and re.match(r"^\W*(?:on |le |the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? |(?:lundi|mardi|mercredi|"
                        r"jeudi|vendredi|samedi|dimanche) )?$", text[:found.start()], re.IGNORECASE):
                return found, started.replace(year=day.year, month=day.month, day=day.day, hour=0, minute=0)
            continue
        h, m = int(hour.group("h")), int(hour.group("m") or 0)
        if (hour.group("half") or "").lower().startswith("p"):
            h = h % 12 + 12
        return hour, started.replace(year=day.year, month=day.month, day=day.day, hour=h, minute=m)
    return None


def check_began_earlier(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    """"From 07:20 to 10:25 patients could not book" in a statement `started` at 07:50 with no
    `began`: the page's "Began 07:50" then contradicts the statement's own words."""
    if statement.began is not None or statement.maintenance:
        return
    pattern, past = _STARTED_AT.get(statement.lang), _PAST_EVENT.get(statement.lang)
    if pattern is None or past is None:
        return
    zone = ctx.settings.timezone
    started = statement.started.astimezone(zone)
    told = [b for b in body_blocks(statement) if b.where in ("summary", "what_happened")]
    # (A day told with its hour anywhere before a sentence that opens on the day alone.)
    dated_only = kind(statement) != "recall" and not any(
        _earlier_day_start(s.text, statement.lang, started) for b in told for s in split(b))
    for block in told:
        for sentence in split(block):
            # (A day before `started` with its hour is past by its date: "posted the video at 20:15".
            # A recall's earlier days are when it was found or withdrawn, not when harm began.)
            earlier = None if kind(statement) == "recall" else _earlier_day_start(
                sentence.text, statement.lang, started, day_only=dated_only)
            if earlier is not None:
                found, moment = earlier
                line, column = sentence.position(found.start())
                # (A day told without its hour: the hour is the author's to give.)
                began = f"{moment:%Y-%m-%d %H:%M}" if (moment.hour, moment.minute) != (0, 0) else f"{moment:%Y-%m-%d} HH:MM"
                yield rule.problem(statement, line, column,
                                   f"{quoted(found.group(0))} on {moment.day} {moment:%B}: the problem began before `started` "
                                   f"({started.day} {started:%B %H:%M}), and without `began` the page shows it began then; "
                                   f"add `began: {began}`")
                return
            if not past.search(sentence.text):
                continue
            for found in pattern.finditer(sentence.text):
                if _DAY_FOLLOWS.match(sentence.text, found.end()):
                    continue  # "Since 00:01 on Thursday 3 December": a time of another day than `started`
                hour, minute = int(found.group("h")), int(found.group("m") or 0)
                half = (found.group("half") or "").lower()
                if half:
                    hour = hour % 12 + (12 if half.startswith("p") else 0)
                moment = started.replace(hour=hour, minute=minute)
                if moment > started - timedelta(minutes=15):
                    continue
                line, column = sentence.position(found.start())
                yield rule.problem(statement, line, column,
                                   f"{quoted(found.group(0))}: the problem began before `started` "
                                   f"({started:%H:%M}), and without `began` the page shows it began at "
                                   f"{started:%H:%M}; add `began: {moment:%Y-%m-%d %H:%M}`")
                return


FIGURE_RULES: list[Rule] = [
    Rule(
        "figures-disagree", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: two parts that speak of now give one count two figures (the summary says '3,400 accounts were "
        "exposed', “What happened” or the newest update '4,100 accounts exposed'; « 12 000 clients touchés » and "
        "« 14 000 clients touchés »): the page prints both, every copy and the press release lead with the "
        "summary, and a journalist will ask which is true. So does a figure the newest update says it replaces "
        "('18,650 patients, more than we first reported') while the summary still gives the old one. Older updates "
        "are history and are not compared, "
        "except for a figure with two digits swapped ('3,412' and '3,142'), a typing slip wherever it is.",
        "Summary: 3,400 accounts were exposed. What happened: On 14 December 4,100 accounts were exposed.",
        "Summary: 4,100 accounts were exposed. What happened: On 14 December 4,100 accounts were exposed.",
        {"en": "Check which figure is right and give it everywhere it is said now; if it changed, say so in an "
               "update ('now 4,100, up from 3,400').",
         "fr": "Vérifiez quel chiffre est juste et donnez-le partout ; s'il a changé, dites-le dans un point de "
               "situation (« désormais 4 100, contre 3 400 annoncés »)."},
        check_figures_disagree,
    ),
    Rule(
        "brief-but-long", "minimizing", WARNING, "statement", ("en", "fr"),
        "Warning: a soft word for a stop or an outage ('a brief stop', 'a short interruption', « un bref arrêt ») "
        "where the same statement gives it a length of an hour or more ('nearly three hours', « près de trois "
        "heures »): a reader, and a journalist, sees the company playing down what its own figures say.",
        "What happened: after a brief stop of the gondola, patrollers evacuated the passengers. Quote: some waited "
        "nearly three hours.",
        "What happened: the gondola stopped at 14:20; patrollers evacuated the passengers. Quote: some waited nearly "
        "three hours.",
        {"en": "Say what happened and how long it lasted, without the softening word ('the gondola stopped at 2:20 p.m. "
               "and did not restart').",
         "fr": "Dites ce qui s'est passé et combien de temps, sans le mot qui adoucit (« la télécabine s'est arrêtée à "
               "14 h 20 et n'a pas redémarré »)."},
        check_brief_but_long,
    ),
    Rule(
        "began-earlier", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: the summary or “What happened” says the problem itself started earlier than `started` (when "
        "the statement opened), that day or in the week before ('the video was posted on 2 December at 20:15'): 'From 07:20 to 10:25 patients could not book' under `started: "
        "07:50`. Without `began`, the page shows 'Began 07:50' and the press documents answer 'since when?' with "
        "07:50: the statement contradicts itself.",
        "started: 2026-12-01 07:50; Summary: From 07:20 to 10:25 patients could not book appointments.",
        "started: 2026-12-01 07:50; began: 2026-12-01 07:20; Summary: From 07:20 to 10:25 patients could not book "
        "appointments.",
        {"en": "Add `began:` with the time the problem started (the page then shows it, and how long the first "
               "word took).",
         "fr": "Ajoutez `began:` avec l'heure où le problème a commencé (la page l'affiche alors, et le délai avant "
               "la première prise de parole)."},
        check_began_earlier,
    ),
]
