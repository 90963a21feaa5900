"""Statement Markdown in the forms renderers need, from the one reading in `generator.core.markup`:
sanitised HTML for pages, plain text for copies. Kept as the renderers' vocabulary."""

from __future__ import annotations

import re

from generator.core.markup import first_sentence, inline_html, strip_comments, to_html, to_plain

markdown_to_html = to_html
inline_to_html = inline_html
markdown_to_plain = to_plain

__all__ = ["first_sentence", "inline_to_html", "markdown_to_html", "markdown_to_plain", "strip_comments"]


# A German date writes its day as an ordinal, whose full stop ends no sentence: "am 1. Dezember".
GERMAN_ORDINAL_DAY = re.compile(r"(?:^|\s)\d{1,2}\.$")
GERMAN_MONTH = re.compile(r"\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                          r"Dezember)\b")


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`1 error`, `2 errors`, `0 errors`: a count with its noun in the right number (the
    command line speaks English)."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"
