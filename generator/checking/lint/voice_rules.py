"""Stage 2, checks: who speaks. A statement speaks as the organisation ("we", « nous »); its
spokesperson speaks in the quote. An "I" anywhere else ("Our chief executive and I met the
families this morning") has no name: the page, every post and the press release print it, and
nobody can tell who "I" is. The quote section and words in quotation marks are the speakers' own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checking.lint.blocks import body_blocks
from generator.checking.lint.registry import WARNING, Rule, quoted
from generator.checking.lint.sentences import split
from generator.checking.lint.statement_rules import Context
from generator.core.model import Problem, Statement

# "I" as a subject (never "Phase I", "World War I": a verb or an auxiliary follows it), « je », « j' ».
_FIRST_PERSON = {
    "en": re.compile(r"(?<![A-Za-z]\s)(?<![-\w])I(?:['’](?:m|ve|d|ll)|\s+(?:am|was|have|had|will|would|can|could|"
                     r"want|met|spoke|wrote|apologi[sz]e|know|promise|take|am|regret|understand|feel|visited|called|"
                     r"personally|also|and|too|myself|[a-z]+ed))\b|\b(?:and|with|me and)\s+I\b|"
                     # (never an address: "my.brabanta.example", "https://example.org/my-account")
                     r"(?<![\w./-])my(?:self)?\b(?![.-]\w)"),
    "fr": re.compile(r"(?<![\w-])(?:[Jj]e(?=\s+\w)|[Jj]['’](?=\w))|\b(?:et|avec) moi\b|(?<![\w-])moi-même\b"),
}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def check_unnamed_speaker(rule: Rule, statement: Statement, ctx: Context) -> Iterator[Problem]:
    pattern = _FIRST_PERSON.get(statement.lang)
    if pattern is None:
        return
    for block in body_blocks(statement):
        if block.where in ("quote",):
            continue
        for sentence in split(block):
            text = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence.text)
            found = pattern.search(text)
            if found:
                line, column = sentence.position(found.start())
                yield rule.problem(statement, line, column,
                                   f"{quoted(sentence.text.strip()[:80])} speaks as “{found.group(0).strip()}” outside the "
                                   "quote: the page, every post and the press release print it, and nobody can tell "
                                   "who it is")
                return  # once a file: the fix is the same everywhere


VOICE_RULES: list[Rule] = [
    Rule(
        "unnamed-speaker", "inconsistent", WARNING, "statement", ("en", "fr"),
        "Warning: a section or an update says “I” (« je ») outside the quote ('Our chief executive and I met the "
        "families this morning'): the statement speaks as the organisation, and the page, every post and the press "
        "release print the sentence with nobody to say who “I” is. The quote section and words in quotation marks "
        "are the speakers' own.",
        "Update: Our chief executive, Rhiannon Pryce, and I met three community groups this morning.",
        "Update: Our chief executive, Rhiannon Pryce, and our marketing director, Owen Price, met three community "
        "groups this morning.",
        {"en": "Say who it is by name and role, or speak as “we”; a personal word goes in the quote.",
         "fr": "Dites qui parle, avec son nom et sa fonction, ou parlez en « nous » ; un mot personnel va dans la "
               "citation."},
        check_unnamed_speaker,
    ),
]
