"""Render stage, for the crisis documents: the statement's sentences with where they come
from (a section, an update), so a document can quote the sentence that answers a question
and say where it is. A sentence a correction withdrew is left out; the correction is in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import roles
from generator.brief import Brief
from generator.languages import section_heading
from generator.markup import plain_items
from generator.moments import day_words, time_words

SOURCE = {"en": {"update": "update of {day} at {time}", "section": "“{heading}”"},
          "fr": {"update": "mise à jour du {day} à {time}", "section": "« {heading} »"}}


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    source: str  # for people: "“What happened”", "update of 29 November at 16:00 CET"
    roles: frozenset[str]
    recent: int  # 0 for the newest update, growing with age; sections rank after updates


def passages(brief: Brief) -> list[Passage]:
    """Every sentence of the statement: sections in file order, then updates newest first."""
    statement, lang = brief.statement, brief.lang
    words = SOURCE.get(lang, SOURCE["en"])
    found: list[Passage] = []
    for section in statement.sections:
        if section.key == "updates":
            continue
        heading = section_heading(section.key, lang) if section.key else section.heading
        source = words["section"].format(heading=heading)
        for piece in plain_items(section.text):
            for sentence in roles.sentences(piece, lang):
                found.append(Passage(sentence.text, source, sentence.roles, 1000))
    for age, update in enumerate(statement.updates):
        zone = brief.settings.timezone
        source = words["update"].format(day=day_words(update.at.astimezone(zone).date(), lang),
                                        time=time_words(update.at, zone, lang))
        texts = brief.correction_paragraphs(update) if update.corrections else brief.update_paragraphs(update)
        # An update with a correction speaks through its correction: its own figures may be
        # the ones the correction withdrew.
        for text in texts:
            for sentence in roles.sentences(text, lang):
                found.append(Passage(sentence.text, source, sentence.roles, age))
    return found


def find(brief: Brief, *, role: str | None = None, words: str | None = None, newest_first: bool = False,
         most: int = 2, history: bool = False) -> list[Passage]:
    """Sentences with `role` and/or matching `words` (a pattern, case ignored), from the
    sections and the newest update (`history=True`: older updates too, for what was true at
    the time, such as figures; an old update's advice is not current)."""
    pattern = re.compile(words, re.IGNORECASE) if words else None
    chosen = [p for p in passages(brief)
              if (history or p.recent in (0, 1000))
              and (role is None or role in p.roles) and (pattern is None or pattern.search(p.text))]
    if newest_first:
        chosen.sort(key=lambda p: p.recent)
    unique: list[Passage] = []
    for passage in chosen:
        if passage.text not in [u.text for u in unique]:
            unique.append(passage)
    return unique[:most]
