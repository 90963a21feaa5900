"""Stage 2, checks: statement Markdown cut into sentences that keep their place in the file.

Rules match on a *masked* copy of the text, the same length as the original: comments, link
targets, URLs, e-mail addresses and emphasis marks become spaces, so an offset in the
masked text is an offset in the file. Also here: which quoted words are someone else's
(reported speech is not the organisation's voice) and whether a phrase is negated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.lint.cues import cue_safe

from generator.lint.registry import line_column


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of statement text (a section body, an update, the title) and where it starts."""

    text: str
    line: int  # file line of text[0]
    column: int = 1  # file column of text[0]
    where: str = ""  # for messages: "summary", "update of 2026-11-20 10:05", ...


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # masked text of the sentence
    start: int  # offset of text[0] in the block
    block: Block
    reported: tuple[tuple[int, int], ...] = ()  # quoted spans (sentence offsets) that are reported speech
    # The text lower-cased for the rules' literal cues; None where cues cannot be trusted
    # (`generator.lint.cues`), and then every rule runs its regex.
    cue_text: str | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column of `self.text[offset]`."""
        return line_column(self.block.text, self.start + offset, self.block.line, self.block.column)

    def original(self, start: int, end: int) -> str:
        """The words as written in the file (the masked copy has typographic marks unified)."""
        return self.block.text[self.start + start : self.start + end]

    def is_reported(self, start: int, end: int) -> bool:
        return any(q_start <= start and end <= q_end for q_start, q_end in self.reported)


# --- masking -------------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:https?|mailto|tel):[^>\s]*>")
_URL = re.compile(r"\bhttps?://[^\s<>\]\)\"»”]+|\bwww\.[^\s<>\]\)]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"\*+|`+|(?<!\w)_+|_+(?!\w)")
_LINE_MARKER = re.compile(r"^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)
# Same-length unifications, so one pattern serves every typographic variant.
_UNIFY = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
                        "\u2011": "-", "\u2013": "-", "\u2014": "-"})


def _blank(match: re.Match[str]) -> str:
    return "".join("\n" if c == "\n" else " " for c in match.group(0))


def _keep_link_text(match: re.Match[str]) -> str:
    # `[text](url)` -> ` text ` followed by spaces: the words stay where they were.
    inner = match.group(1)
    return " " + inner + " " * (len(match.group(0)) - len(inner) - 1)


def mask(text: str) -> str:
    """Same-length copy of `text` with markup blanked (see module docstring)."""
    masked = _COMMENT.sub(_blank, text)
    masked = _AUTOLINK.sub(_blank, masked)
    masked = _LINK.sub(_keep_link_text, masked)
    masked = _URL.sub(_blank, masked)
    masked = _EMAIL.sub(_blank, masked)
    masked = _LINE_MARKER.sub(lambda m: "\x00" + " " * (len(m.group(0)) - 1), masked)
    masked = _EMPHASIS.sub(_blank, masked)
    return masked.translate(_UNIFY)


# --- sentences -----------------------------------------------------------------------------

# A sentence ends at . ! ? … (with closing quotes or brackets) before a space and something
# that can start a sentence; at a blank line; or where a list item or heading starts
# (marked \x00 by `mask`). Abbreviations that take a capital after them do not end one.
_END = re.compile(r"[.!?…]+[\"'”»)\]]*(?=\s+[\"“«(\[]?[\s]*[A-ZÀ-ÖØ-Þ0-9])|\n[ \t]*\n|\x00")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "m", "mme", "mlle", "me", "pr", "no", "n°", "vs", "p", "cf"}


def _cut_points(masked: str) -> Iterator[int]:
    for match in _END.finditer(masked):
        if match.group(0).startswith("."):
            word = re.search(r"([\w°]+)$", masked[: match.start()])
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
        yield match.end() if match.group(0) != "\x00" else match.start()


# Pairs of quotation marks; straight double quotes alternate.
_OPEN_CLOSE = {"“": "”", "«": "»"}


def _quote_spans(masked: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for index, char in enumerate(masked):
        if char == '"':
            if straight is None:
                straight = index
            else:
                spans.append((straight, index + 1))
                straight = None
        elif char in _OPEN_CLOSE:
            stack.append((char, index))
        elif stack and char == _OPEN_CLOSE[stack[-1][0]]:
            spans.append((stack.pop()[1], index + 1))
    return spans


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _reported(sentence: str, start: int, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    # A quotation inside a sentence that some words of ours introduce ("Some posts call it
    # "a glitch"") is someone else's words. A quotation that starts the sentence or spans
    # several sentences is the organisation's own voice (a spokesperson's quote).
    end = start + len(sentence)
    found = []
    for q_start, q_end in spans:
        if start <= q_start and q_end <= end and _WORD.search(sentence[: q_start - start]):
            found.append((q_start - start, q_end - start))
    return tuple(found)


def split(block: Block) -> list[Sentence]:
    """The sentences of a block, each with its offsets, in order."""
    masked = mask(block.text)
    spans = _quote_spans(masked)
    sentences: list[Sentence] = []
    begin = 0
    for cut in [*_cut_points(masked), len(masked)]:
        piece = masked[begin:cut]
        lead = len(piece) - len(piece.lstrip(" \t\n\x00"))
        text = piece[lead:].rstrip(" \t\n\x00")
        if text:
            start = begin + lead
            sentences.append(Sentence(text, start, block, _reported(text, start, spans),
                                      text.lower() if cue_safe(text) else None))
        begin = cut
    return sentences


# --- negation ------------------------------------------------------------------------------

# Words that negate what follows them in their clause ("we cannot guarantee", "nous ne
# garantissons pas"); French elision `n'` is caught on the word it is glued to.
_NEGATORS = {
    "en": {"not", "no", "never", "nobody", "nothing", "neither", "nor", "without", "cannot", "hardly"},
    "fr": {"ne", "pas", "jamais", "sans", "aucun", "aucune", "ni"},
}
# A negation reaches only across its own clause.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s|\b(?:but|mais)\b", re.IGNORECASE)


def _negates(word: str, lang: str) -> bool:
    word = word.casefold()
    if lang == "fr":
        return word in _NEGATORS["fr"] or word.startswith("n'")
    return word in _NEGATORS["en"] or word.endswith("n't")


def negated(text: str, start: int, lang: str, window: int = 4) -> bool:
    """Whether one of the `window` words before `text[start]`, in the same clause, negates."""
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return any(_negates(word, lang) for word in re.findall(r"[\w']+", clause)[-window:])
