"""Stage 2, checks: statement text cut into sentences that keep their place in the file.

A block's Markdown is read by `generator.core.markup` exactly as the renderers read it: the
sentences are made of the published words (link text, code and raw HTML as text, no
comments), and each character keeps the offset it comes from, so a finding points at the
right line and column of the file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.checking.lint.registry import line_column
from generator.core.text import GERMAN_MONTH, GERMAN_ORDINAL_DAY
from generator.core.markup import Prose, prose


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of statement text (a section body, an update, the title, a front-matter value)
    and where it starts in the file."""

    text: str
    line: int  # file line of text[0]
    column: int = 1  # file column of text[0]
    where: str = ""  # for messages: "summary", "update of 2026-11-20 10:05", ...
    markdown: bool = True  # False for the title and front-matter values: published as written


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # the published words of the sentence
    start: int  # offset of text[0] in its paragraph
    paragraph: Prose
    block: Block

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column of `self.text[offset]`."""
        origin = self.paragraph.origin
        index = min(self.start + offset, len(origin) - 1)
        return line_column(self.block.text, origin[index] if origin else 0, self.block.line, self.block.column)

    def words(self, start: int, end: int) -> str:
        """The published words between two offsets of the sentence."""
        return self.text[start:end]


# A sentence ends at . ! ? … (with closing quotes or brackets) before a space and something
# that can start a sentence, or at a line break. Abbreviations that take a capital after them
# do not end one.
_END = re.compile(r"[.!?…]+[\"'”»)\]]*(?=\s+[\"“«(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "m", "mme", "mlle", "me", "pr", "no", "n°", "vs", "p", "cf",
                  "inc", "ltd", "co", "corp", "approx", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "oct",
                  "nov", "dec", "tél", "tel"}


# Initials ("U.S.", "U.K.", "D.C."): the stop is theirs unless what follows opens a sentence.
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
_NEW_SENTENCE = re.compile(r"\s*(?:We|The|Our|It|Its|This|These|They|He|She|You|Your|All|No|A|An|If|In|On|At|Nous|Le|La|"
                           r"Les|Il|Elle|Ils|Elles|Notre|Nos|Vous|Si|Ce|Cette|Ces)\b")


def _inside_quotation(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation closed later in the paragraph: « Siklone Ilona ? Rex…
    ni sa gamelle ! », "Cyclone Ilona? Rex hasn't lost his bearings… or his bowl!" is one slogan
    quoted, never two sentences of ours (the second would open on a stray "!")."""
    before, after = text[:at], text[at:]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    return (before.count("“") > before.count("”") and "”" in after) or \
        (before.count("«") > before.count("»") and "»" in after)


def _cut_points(text: str) -> Iterator[int]:
    for match in _END.finditer(text):
        if match.group(0) != "\n" and _inside_quotation(text, match.end()):
            continue
        if match.group(0).startswith("."):
            word = re.search(r"([\w°]+)$", text[: match.start()])
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
            if _INITIALS.search(text[: match.start() + 1]) and not _NEW_SENTENCE.match(text, match.end()):
                continue  # "the U.S. Food and Drug Administration"
            if GERMAN_ORDINAL_DAY.search(text[: match.start() + 1]) and GERMAN_MONTH.match(text, match.end()):
                continue
        yield match.end()


def paragraphs(block: Block) -> tuple[Prose, ...]:
    if block.markdown:
        return prose(block.text)
    return (Prose(block.text, tuple(range(len(block.text)))),) if block.text.strip() else ()


def split(block: Block) -> list[Sentence]:
    """The sentences of a block, in order."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs(block):
        text = paragraph.text
        begin = 0
        for cut in [*_cut_points(text), len(text)]:
            piece = text[begin:cut]
            lead = len(piece) - len(piece.lstrip())
            words = piece.strip()
            if words:
                sentences.append(Sentence(words, begin + lead, paragraph, block))
            begin = cut
    return sentences
