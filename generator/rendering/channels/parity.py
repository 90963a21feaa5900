"""One message in every language (renderer stage, after composition): the short copies of a
statement and of its translations carry the same sentences.

A text or a short post has room for part of the statement only, and French runs longer than
English: left alone, the French SMS keeps the lost property desk and the English one the
exhibitors' refund, and a bilingual audience reads two different messages. Here each short copy
is composed in every language, the statement's sentences each carries are read, and a sentence
that one language carries and another cannot fit is left out of the first too, and the copies
made again (a few rounds, one sentence at a time: the room freed may take another). Never the news, an apology, what
people must do, how many people were hurt or the warning against scams: those stay even alone.

Sentences are matched by their place (the summary's third sentence, the second advice, the
update's fourth sentence) where both files have as many in that place; a place whose counts
differ is left as it is. Whether a copy carries a sentence is read from its words (digits,
words of four letters or more, accents set aside): a shortened form of the sentence counts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from generator.core.markup import logical_lines
from generator.core.model import Statement, Update
from generator.reading.kinds import kind
from generator.rendering import roles
from generator.rendering.channels.voices import leans_on_before

# The copies short enough that languages part ways: texts and posts of a few hundred characters.
PARITY_CHANNELS = frozenset({"sms", "x", "bluesky", "mastodon", "threads"})
_ROUNDS = 6
_CARRIED = 0.6  # the share of a sentence's words a copy must hold to carry it
# Never left out, even when another language cannot fit them: the apology, the line against
# scams, that the worst is over ("no money has been taken"), what people must do, and how many
# were hurt. A sum people get ("We will credit
# €15 to each of them", `_SUM`) is left out last.
_ALWAYS = ("apology", "never-ask", "outcome", "advice")
_SUM = re.compile(r"[€£$]\s?\d|\d[\d\u00a0\u202f ,.]*\s?(?:€|euros?|CHF|francs|£|\$|dollars?)", re.IGNORECASE)
_ITEM = re.compile(r"(?:[-*+]|\d{1,2}[.)])\s")  # a bullet or a numbered item ("2. ")
_PHONE = re.compile(r"\+?\d[\d\u00a0\u202f .-]{7,}\d")
# The sections a short copy draws on (never "what happened": the kind of crisis is read there).
_SHORT_SOURCES = frozenset({"summary", "what_we_are_doing", "what_you_should_do"})

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Unit:
    place: tuple[str, str, int]  # (section key or update time, "item" or "sentence", index)
    raw: str  # as written in the file, to leave it out
    words: frozenset[str]
    kept: bool  # never left out


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> frozenset[str]:
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link's words, not its address
    return frozenset(w for w in re.findall(r"\w+", _folded(plain)) if len(w) >= 4 or w.isdigit())


def _units(lang: str, where: str, text: str, first_kept: bool) -> list[Unit]:
    units: list[Unit] = []
    counts = {"item": 0, "sentence": 0}
    for line in logical_lines(text):
        stripped = line.strip()
        if stripped.startswith(("|", "#", "<")):
            continue  # a table's rows (a recall's lots), a heading, HTML: never a sentence to leave out
        item = _ITEM.match(stripped)
        form = "item" if item else "sentence"
        pieces = [stripped[item.end():].strip()] if item else roles.split_sentences(stripped)
        for piece in pieces:
            index = counts[form]
            said = roles.sentences(piece, lang)
            # (And how many people are ill or hurt, "13 cases…, 5 people hospitalized", or whose data
            # was seen, "The details of 1,318 customers were viewed": never left out.)
            kept = (first_kept and index == 0) or any(s.has(role) for s in said for role in _ALWAYS) or any(
                (s.has("harm") or s.has("data")) and s.has("figure") for s in said)
            units.append(Unit((where, form, index), piece, _words(piece), kept))
            counts[form] += 1
    return units


def units_of(statement: Statement, update: Update | None) -> list[Unit]:
    """The sentences a copy may carry: an update's own, or the announcement's sections."""
    if update is not None:
        # (An update with a correction keeps every sentence: the note speaks of them.)
        return [replace(u, kept=u.kept or bool(update.corrections))
                for u in _units(statement.lang, update.at.isoformat(), update.text, True)]
    found: list[Unit] = []
    for section in statement.sections:
        if section.key in _SHORT_SOURCES:
            found += _units(statement.lang, section.key, section.text,
                            section.key in ("summary", "what_you_should_do"))
    return found


def carried(unit: Unit, copy_text: str) -> bool:
    """Whether the copy says the sentence: most of its words, its first clause whole enough (a
    copy short of room says "We are going back to the previous version." without "; we cannot
    yet say when"), any clause said whole ("No money has been taken from any account."), or its
    phone number."""
    said = _words(copy_text)
    clauses = [_words(c) for c in re.split(r"\s*[;:—–]\s|,\s", unit.raw)]
    if clauses and len(clauses[0]) >= 3 and len(clauses[0] & said) >= _CARRIED * len(clauses[0]):
        return True
    if any(len(c) >= 4 and c <= said for c in clauses):
        return True
    # (So a long clause but for one word: a text's plainer letters reword « au plus tôt » as « pas
    # avant », and « la réouverture est repoussée au mercredi 23 décembre » is still said.)
    if any(len(c) >= 5 and len(c - said) <= 1 for c in clauses):
        return True
    # (Or a run of ten words of it in their order: "4,310 homes in Vernon … must bring their tap
    # water to a rolling boil." is said, without "On the Department of Health's order," nor how long.)
    run = re.findall(r"\w+", _folded(unit.raw))
    told = " " + " ".join(re.findall(r"\w+", _folded(copy_text))) + " "
    if len(run) >= 12 and any(f" {' '.join(run[at:at + 10])} " in told for at in range(len(run) - 9)):
        return True
    digits = re.sub(r"\D", "", copy_text)
    if any(len(n) >= 8 and n in digits for n in (re.sub(r"\D", "", m) for m in _PHONE.findall(unit.raw))):
        return True
    return bool(unit.words) and len(unit.words & said) >= _CARRIED * len(unit.words)


def _without(text: str, raws: set[str]) -> str:
    lines = []
    for line in logical_lines(text):
        stripped = line.strip()
        if stripped.startswith(("|", "#", "<")):
            lines.append(line)
            continue
        item = _ITEM.match(stripped)
        if item:
            if stripped[item.end():].strip() not in raws:
                lines.append(line)
            continue
        for raw in raws:
            line = line.replace(raw, "", 1)
        line = re.sub(r"  +", " ", line).rstrip()
        if line.strip() or not stripped:
            lines.append(line)
    return "\n".join(lines).strip()


def without(statement: Statement, update: Update | None, raws: set[str]) -> Statement:
    """The statement with those sentences left out, where the copy reads them."""
    if not raws:
        return statement
    if update is not None:
        return replace(statement, updates=tuple(replace(u, text=_without(u.text, raws)) if u is update else u
                                                for u in statement.updates))
    # (The kind of crisis stays the one the whole statement tells: a recall is still a recall.)
    return replace(statement, crisis=kind(statement), sections=tuple(
        replace(s, text=_without(s.text, raws)) if s.key in _SHORT_SOURCES else s for s in statement.sections))


def _aligned(per_lang: dict[str, list[Unit]]) -> set[tuple[str, str, int]]:
    """The places every language has, where each has as many sentences (or items) there."""
    counts: dict[str, dict[tuple[str, str], int]] = {lang: {} for lang in per_lang}
    for lang, units in per_lang.items():
        for unit in units:
            group = (unit.place[0], unit.place[1])
            counts[lang][group] = counts[lang].get(group, 0) + 1
    groups = set.intersection(*(set(c) for c in counts.values()))
    same = {g for g in groups if len({c[g] for c in counts.values()}) == 1}
    return {u.place for units in per_lang.values() for u in units if (u.place[0], u.place[1]) in same}


def agree(
    moments: dict[str, tuple[Statement, Update | None]],
    make: Callable[[Statement, Update | None], T],
    text_of: Callable[[T], str],
) -> dict[str, T]:
    """Each language's copy, made so that all carry the same sentences: `moments` maps each
    language to its statement and the update the copy is of (None: the announcement; the
    caller matches updates by time); `make` composes a copy, `text_of` gives its words."""
    units = {lang: units_of(statement, update) for lang, (statement, update) in moments.items()}
    made = {lang: make(statement, update) for lang, (statement, update) in moments.items()}
    if len(units) < 2 or not all(units.values()):
        return made
    places = _aligned(units)
    kept = {u.place for found in units.values() for u in found if u.kept}
    sums = {u.place for lang, found in units.items() for u in found
            if _SUM.search(u.raw) and any(s.has("compensation") for s in roles.sentences(u.raw, lang))}
    order = {place: index for index, place in enumerate(u.place for found in units.values() for u in found)}
    left_out: dict[str, set[str]] = {lang: set() for lang in moments}
    for _ in range(_ROUNDS):
        carrying: list[set[tuple[str, str, int]]] = [
            {u.place for u in units[lang] if u.place in places and carried(u, text_of(made[lang]))} for lang in moments]
        # What some languages carry and others cannot fit is left out of all, the first such
        # sentence in reading order at each round: the room it frees may be what a later one needs
        # ("the usher has gone home" out of the English text, so that "tonight's tickets are valid
        # on Saturday", which the French carries, fits in both).
        extra = set().union(*carrying) - carrying[0].intersection(*carrying[1:]) - kept
        if not extra:
            break
        # (A sum people get, "We will credit €15 to each of them", goes last: the room the others
        # free may be what lets every language carry it.)
        first = min(extra, key=lambda place: (place in sums, order[place]))
        after = (first[0], first[1], first[2] + 1)
        for lang, (statement, update) in moments.items():
            left_out[lang] |= {u.raw for u in units[lang] if u.place == first}
            # ("It will be corrected overnight" leaves with the double display it speaks of: after
            # the sentence before it, "it" would be the box office.)
            # (Never one that another language keeps: "The details of 1,318 customers were viewed
            # this way" is a count of people harmed, whichever language's words say so.)
            left_out[lang] |= {u.raw for u in units[lang]
                               if u.place == after and u.place not in kept and leans_on_before(u.raw, statement.lang)}
            reduced = without(statement, update, left_out[lang])
            made[lang] = make(reduced, next((u for u in reduced.updates if update and u.at == update.at), None))
    return made
