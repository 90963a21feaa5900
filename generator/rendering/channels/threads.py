"""Splits a copy that is too long for one post into a numbered thread (renderer stage).

Part 1 holds the copy's head (title, status line), as many whole blocks (else sentences) of
the body as fit and its tail (the link, hashtags), so it reads on its own. The rest of the body
follows in parts cut at block, sentence, then clause (both ends marked "…"), then word boundaries; a word is cut between graphemes
only when it is longer than a whole post, and a URL, mention or hashtag never is. Each part
ends with its counter (`2/3`), whose room is reserved before splitting."""

from __future__ import annotations

from collections.abc import Callable

import regex

from generator.core.text import GERMAN_MONTH

# Boundaries are runs of white space, so a URL, a mention or a hashtag is never cut there.
# Blocks (lines) first: the composer keeps together what must be read together.
BLOCK_BREAK = regex.compile(r"\n\s*")
# (Never inside a German date: "am 1. Dezember".)
# (Nor inside a clock's "a.m.": "every day from 7 a.m. | to 9 p.m." would part the hours; a
# capital after it starts a new sentence.)
SENTENCE_BREAK = regex.compile(r"\n\s*|(?<=[.!?…][»\"”’)]*)(?<!\b\d{1,2}\.)(?<!\b[ap]\.m\.)\s+|"
                               r"(?<=\b[ap]\.m\.)\s+(?=[A-Z«\"“])|(?<=\b\d{1,2}\.)(?!"
                               + GERMAN_MONTH.pattern + ")\\s+")
# A semicolon, a colon or a dash ends more than a comma does: a list of items each with its
# commas ("T2, 1 tram sur 3 ; C3, 1 bus sur 2") is cut between items, never inside one.
STRONG_CLAUSE_BREAK = regex.compile(r"(?<=[;:])\s+|\s+(?=[—–]\s)")
CLAUSE_BREAK = regex.compile(r"(?<=[,;:])\s+|\s+(?=[—–]\s)")
WORD_BREAK = regex.compile(r"\s+")
_PROTECTED = regex.compile(
    r"^(?:[a-z][a-z0-9+.-]*://|www\.|[@#＃＠])|@|\.[a-z]{2,}/", regex.IGNORECASE
)
_GRAPHEME = regex.compile(r"\X")
# The promise of the next update, which alone in a last post reads as a leftover.
_PROMISE = regex.compile(r"(?:Next update|Prochain point|Prochaine mise à jour|Nächste Aktualisierung)\b")
ELLIPSIS = "…"

Fits = Callable[[str], bool]


class CannotSplit(ValueError):
    """The copy cannot be cut into posts that fit (its fixed part alone is too long, or a
    URL, mention or hashtag is longer than a post)."""


def join_blocks(*blocks: str) -> str:
    """Blocks of a post, separated by a blank line; empty blocks left out."""
    return "\n\n".join(block for block in blocks if block)


def counter(index: int, total: int) -> str:
    return f"{index}/{total}"


def with_counter(text: str, index: int, total: int) -> str:
    return f"{text}\n{counter(index, total)}"


def split_thread(head: str, body: str, tail: str, fits: Fits) -> tuple[str, ...]:
    """Numbered parts of `head + body + tail` that each satisfy `fits` once numbered."""
    parts: list[str] = []
    for digits in (1, 2, 3):
        # Room for the widest counter with this many digits; digits weigh the same everywhere.
        widest = "9" * digits
        parts = _pack(head, body.strip(), tail, _reserving(fits, f"{widest}/{widest}"))
        if len(str(len(parts))) <= digits:
            break
    total = len(parts)
    return tuple(with_counter(part, index, total) for index, part in enumerate(parts, 1))


def _reserving(fits: Fits, widest_counter: str) -> Fits:
    return lambda text: fits(f"{text}\n{widest_counter}")


def _pack(head: str, body: str, tail: str, fits: Fits) -> list[str]:
    def fits_first(prefix: str) -> bool:
        return fits(join_blocks(head, prefix, tail))

    if not fits_first(""):
        raise CannotSplit("the title, status line and link alone do not fit in one post")
    # Part 1 takes whole blocks, else whole sentences, so it stands alone (the composer puts
    # first a sentence that fits, or a clause of it ending in "…").
    prefix, remaining = _take(body, fits_first, (BLOCK_BREAK, SENTENCE_BREAK), cut_words=False)
    if not prefix:
        # (Cut at a clause, both ends marked: "…at 16:30:" alone ends on nothing.)
        prefix, remaining = _take(body, lambda text: fits_first(text + ELLIPSIS), (STRONG_CLAUSE_BREAK, CLAUSE_BREAK),
                                  cut_words=False)
        if prefix:
            prefix, remaining = prefix.rstrip(" ,;:\u00a0\u202f") + ELLIPSIS, ELLIPSIS + remaining
    first_prefix = prefix
    parts = [join_blocks(head, prefix, tail)]
    while remaining:
        prefix, remaining = _take(remaining, fits, (BLOCK_BREAK, SENTENCE_BREAK), cut_words=False)
        if not prefix:
            # A sentence longer than a post goes on in the next one, both ends marked ("…5 December
            # 2026…" / "…because of a configuration error"): never a fragment that reads as a sentence.
            prefix, remaining = _take(remaining, lambda text: fits(text + ELLIPSIS),
                                      (STRONG_CLAUSE_BREAK, CLAUSE_BREAK), cut_words=False)
            if prefix:
                prefix, remaining = prefix.rstrip(" ,;:\u00a0\u202f") + ELLIPSIS, ELLIPSIS + remaining
            else:  # (no clause ends early enough: a word, else graphemes, as a last resort)
                prefix, remaining = _take(remaining, fits, (WORD_BREAK,))
        parts.append(prefix)
    # A last post of one short line ("Next update at 16:30." alone) reads as a leftover: the
    # line before it goes with it, when the post before keeps a line of its own.
    if len(parts) >= 3 and "\n" not in parts[-1] and len(parts[-1]) < 60:
        before, _, moved = parts[-2].rpartition("\n")
        if before.strip() and fits(join_blocks(moved, parts[-1])):
            parts[-2:] = [before, join_blocks(moved, parts[-1])]
    elif len(parts) == 2 and "\n" not in parts[-1] and len(parts[-1]) < 60 and _PROMISE.match(parts[-1]):
        # (So after a first post: "Next update by 18:00." alone in post 2 takes the first post's
        # last line with it, when the first keeps more than one line of its own.)
        before, _, moved = first_prefix.rpartition("\n")
        if "\n" in before.strip() and fits(join_blocks(moved, parts[-1])):
            parts = [join_blocks(head, before, tail), join_blocks(moved, parts[-1])]
    return parts


# A line that opens on a label and its colon ("Passengers of the 08:00 sailing:", « Passagers de
# la traversée de 8 h 00 : »): the people the rest is for, named with no verb.
LABEL_ONLY = regex.compile(r"(?:(?:All|Tous les|Toutes les|Les|The)\s+)?(?:passengers?|passagers?|passagères?|customers?|"
                           r"clients?|clientes?|parents|patients?|patientes?|travell?ers?|voyageurs?|voyageuses?|residents?|"
                           r"résidents?|members?|membres?|holders?|titulaires?|visitors?|visiteurs?|guests?|students?|"
                           r"élèves?|étudiants?|families|familles?|subscribers?|abonnés?|usagers?|drivers?|conducteurs?|"
                           r"riders?|fans|supporters?|spectators?|spectateurs?|tenants?|locataires?|owners?|"
                           r"propriétaires?|users?|utilisateurs?|utilisatrices?)"
                           r"(?:\s+(?:of|de|du|des|d['’]|with|avec|on|sur|in|en|à|au|aux|from|for|pour|who|qui|booked)"
                           r"\b(?:[^.!?;:,\n]|(?<=\d)[:.](?=\d)){0,50})?", regex.IGNORECASE)


def _after_label(text: str, at: int) -> bool:
    """Whether a cut at `at` (after a colon) would leave a label alone at the end of a post."""
    line = text[:at].rstrip().rsplit("\n", 1)[-1]
    return line.endswith(":") and LABEL_ONLY.fullmatch(line[:-1].strip(" \u00a0\u202f")) is not None


def _take(
    text: str, fits: Fits, levels: tuple[regex.Pattern[str], ...], cut_words: bool = True
) -> tuple[str, str]:
    """The longest prefix of `text` that fits, cut at the coarsest boundary that allows one."""
    if fits(text):
        return text, ""
    for level in levels:
        best: tuple[int, int] | None = None
        for gap in level.finditer(text):
            if gap.start() == 0 or _after_label(text, gap.start()):
                continue
            if not fits(text[: gap.start()]):
                break
            best = (gap.start(), gap.end())
        if best is not None:
            return text[: best[0]], text[best[1] :]
    if not cut_words:
        return "", text
    return _take_graphemes(text, fits)


def _take_graphemes(text: str, fits: Fits) -> tuple[str, str]:
    word = WORD_BREAK.split(text, maxsplit=1)[0]
    if _PROTECTED.search(word):
        raise CannotSplit(f"'{word}' is longer than a whole post and cannot be cut")
    taken = ""
    for cluster in _GRAPHEME.findall(word):
        if not fits(taken + cluster):
            break
        taken += cluster
    if not taken:
        raise CannotSplit("not even one character fits next to the part counter")
    return taken, text[len(taken) :]
