"""Renderer stage, one place: what a correction changes in the update it corrects.

A statement keeps its record: an update stays as published, its corrections below it
(`#### Correction · …`). A copy is written for now, so it says the corrected thing once:
- the update's own copy carries the right values where the wrong ones stood ("the lot is
  2611F07, not 2611F01": 2611F01 becomes 2611F07; "218 producers… 31,870 €" replaces the
  figures of the same sentence, found by the words around them);
- each correction gets its own copy, whose words ("in this message", "the table above")
  are made true outside the page they were written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A value: a figure with thousands separators, a decimal, or a code with digits (2611F07).
_VALUE = r"\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+(?:[.,]\d+)?|[A-Za-z]*\d[\w]*(?:[.,]\d+)?"
VALUE = re.compile(rf"(?<![\w])(?:{_VALUE})(?![\w])")
# "2611F07, et non 2611F01", "is 2,096, not about 1,874", "218 au lieu de 212".
_PAIR = re.compile(
    rf"(?P<right>{_VALUE})\s*,?\s+(?:and not|not|et non(?: pas)?|non pas|au lieu de|au lieu des|instead of|"
    rf"rather than|plutôt que)\s+(?P<about>about |around |roughly |environ |près de |quelque )?"
    rf"(?:de |d['’])?(?P<wrong>{_VALUE})", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Words a correction says about the page it was written on, false in a post or an e-mail.
_SELF = {
    "en": re.compile(r"\b(?:in|on|from) (?:this|that|the|our) (?:post|message|update|statement|page)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:dans|sur) (?:ce|cet|cette|le|la|notre) (?:message|point|publication|mise à jour|"
                     r"déclaration|page)\b", re.IGNORECASE),
}
_LAYOUT = re.compile(r"\b(?:above|below|ci-dessus|ci-dessous|plus haut|plus bas)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Change:
    wrong: str
    right: str
    about: bool = False  # the wrong value was approximate ("not about 1,874"): drop "about"


def explicit_changes(correction: str) -> list[Change]:
    """The values a correction names as wrong, with the right one beside them."""
    return [Change(m.group("wrong").strip(" .,"), m.group("right").strip(" .,"), bool(m.group("about")))
            for m in _PAIR.finditer(correction)]


def _context(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    before = [w.lower() for w in _WORD.findall(text[:start])][-2:]
    after = [w.lower() for w in _WORD.findall(text[end:])][:2]
    return before, after


def _score(a: tuple[list[str], list[str]], b: tuple[list[str], list[str]]) -> int:
    """Words in the same places around two values: the one just before, the one before it,
    the one just after, the one after it."""
    score = 0
    for mine, theirs in ((a[0][::-1], b[0][::-1]), (a[1], b[1])):
        for index in range(min(len(mine), len(theirs))):
            if mine[index] != theirs[index]:
                break
            score += 1
    return score


def aligned_changes(sentence: str, corrections: list[str]) -> list[Change]:
    """Figures a correction restates in the same words as a sentence of the update ("218
    producteurs ont reçu…" for "212 producteurs ont reçu…"): each pairs with the one value
    of the sentence whose neighbouring words match best, two words at least."""
    found: list[Change] = []
    values = [(m.group(0), _context(sentence, m.start(), m.end())) for m in VALUE.finditer(sentence)]
    for correction in corrections:
        for match in VALUE.finditer(correction):
            right = match.group(0)
            if right in sentence:
                continue
            around = _context(correction, match.start(), match.end())
            scored = sorted(((_score(around, ctx), value) for value, ctx in values if value != right), reverse=True)
            if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                found.append(Change(scored[0][1], right))
    return found


def corrected(sentence: str, corrections: list[str]) -> str:
    """The sentence as it should have been published: every wrong value replaced."""
    changes = [c for text in corrections for c in explicit_changes(text)]
    for change in changes:
        if change.about:
            sentence = re.sub(rf"\b(?:about|around|roughly|environ|près de) {re.escape(change.wrong)}(?!\w)",
                              lambda _: change.right, sentence,  # noqa: B023 — re.sub calls it now
                              flags=re.IGNORECASE)
        sentence = re.sub(rf"(?<!\w){re.escape(change.wrong)}(?!\w)", change.right, sentence)
    if not changes:
        for change in aligned_changes(sentence, corrections):
            sentence = re.sub(rf"(?<![\w]){re.escape(change.wrong)}(?![\w])", change.right, sentence, count=1)
    return sentence


def for_copy(sentences: list[str], lang: str, update_words: str) -> list[str]:
    """A correction's sentences for its own post: "in this message" names the update it
    corrects, and a sentence about the page's layout ("the table above is right") is left out."""
    self_reference = _SELF.get(lang, _SELF["en"])
    told = []
    for sentence in sentences:
        if _LAYOUT.search(sentence):
            continue
        told.append(self_reference.sub(update_words, sentence))
    return told or sentences[:1]
