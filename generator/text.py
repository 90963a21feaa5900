"""Statement Markdown to the forms renderers need: sanitised HTML, plain text for copies.

Statement text is written by many hands; nothing in it may become markup. HTML goes through
Python-Markdown and then nh3 (a maintained sanitiser), with links limited to safe schemes."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    import markdown

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead",
    "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}


def strip_comments(md: str) -> str:
    """Remove HTML comments (`<!-- onevoice: allow … -->` notes are for authors only)."""
    return _COMMENT.sub("", md)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    import markdown  # on first use: plain-text callers (the linter, `check`) never need it

    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def _escape_raw_html(md: str) -> str:
    # Raw HTML is shown as text, never interpreted: escape `<` that would open a tag or
    # comment, so Python-Markdown sees plain characters. Autolinks `<https://…>` stay links.
    return re.sub(r"<(?!(?:https?|mailto|tel):[^>\s]+>)", "&lt;", md)


# One paragraph of plain words: no character Markdown gives a meaning to, no line a block
# could start with (list, heading, quote, code, setext underline), no hard break. Most
# updates are such a paragraph, and Python-Markdown costs ~0.3 ms for each; for these texts
# its output is known (`<p>` + the text with &, <, > escaped; tests/test_text_plain.py holds
# the two equal on generated texts), everything else goes through it.
_MARKUP_CHARACTERS = re.compile(r"[\\`*_\[\]<>&|~{}\t\r\f\v]|\n\s*\n|[ ]\n|[ ]$")
_BLOCK_START = re.compile(r"(?m)^(?:\s|[-+=#]|\d+[.)])")


def plain_paragraph(md: str) -> bool:
    """True when `md` (already stripped) is one paragraph that Markdown leaves as it is."""
    return bool(md) and not _MARKUP_CHARACTERS.search(md) and not _BLOCK_START.search(md)


@lru_cache(maxsize=4096)  # the same text is on the statement page, its press release and its e-mail
def markdown_to_html(md: str) -> Markup:
    """Sanitised HTML fragment for statement Markdown."""
    text = strip_comments(md).strip()
    if plain_paragraph(text):
        rendered = f"<p>{html.escape(text, quote=False)}</p>"
    else:
        converter = _converter()
        converter.reset()
        rendered = converter.convert(_escape_raw_html(strip_comments(md)))
    import nh3

    cleaned = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned)


def inline_to_html(md: str) -> Markup:
    """Like `markdown_to_html` for one line, without the wrapping paragraph."""
    fragment = str(markdown_to_html(md)).strip()
    if fragment.startswith("<p>") and fragment.endswith("</p>") and fragment.count("<p>") == 1:
        fragment = fragment[3:-4]
    return Markup(fragment)


_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto|tel):[^>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")


def _link_text(match: re.Match[str]) -> str:
    return _spell_link(match.group(1).strip(), match.group(2))


def _spell_link(text: str, url: str) -> str:
    if url.startswith("mailto:"):
        url = url[len("mailto:"):]
    elif url.startswith("tel:"):
        url = url[len("tel:"):]
    return url if not text or text == url else f"{text} ({url})"


def markdown_to_plain(md: str) -> str:
    """Plain text for channel copies: no markup characters, links spelled out, paragraphs
    separated by one blank line, list items as `- item`."""
    md = strip_comments(md)
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in md.splitlines():
        line = raw.rstrip()
        if not line.strip():
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        line = _QUOTE.sub("", _HEADING.sub("", line))
        is_item = bool(_LIST_ITEM.match(line))
        line = _LIST_ITEM.sub("- ", line) if is_item else line.strip()
        if current and not is_item and not current[-1].startswith("- "):
            current[-1] = f"{current[-1]} {line}"  # soft line break inside a paragraph
        else:
            current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    text = "\n\n".join(paragraphs)
    text = _LINK.sub(_link_text, text)
    text = _AUTOLINK.sub(lambda m: _spell_link("", m.group(1)), text)
    text = _EMPHASIS.sub(r"\2", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)  # Markdown escapes
    return html.unescape(text)


def first_sentence(text: str) -> str:
    """The first sentence of plain text (for subheads and short forms)."""
    match = re.search(r"(.+?[.!?…])(\s|$)", text.strip(), re.DOTALL)
    return (match.group(1) if match else text).strip()
