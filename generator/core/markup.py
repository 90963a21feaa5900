"""Stage 1, reading: statement Markdown read once (markdown-it-py, CommonMark with tables)
into what is published. The page's and the e-mail's HTML, the copies' plain text and the
words the linter reads all come from this one reading, so a comment, raw HTML, code or a
link is treated the same everywhere:

- a closed HTML comment is a note for authors (`<!-- onevoice: allow … -->`): published
  nowhere, read by no rule;
- an unclosed `<!--` is an error found by the reader (`unclosed_comment`); until it is fixed
  it is text like the rest;
- any other raw HTML is shown as text, never interpreted, and read as text;
- link text is read and published; a link's address is published in copies only;
- code is published and read as text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.token import Token

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6",
    "hr", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"style"}, "td": {"style"}, "ol": {"start"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}


def unclosed_comment(md: str) -> int | None:
    """Offset of a `<!--` that is never closed, or None. Everything after it would vanish
    from a Markdown page yet stay in a plain-text copy: the reader refuses it."""
    position = 0
    while True:
        start = md.find("<!--", position)
        if start < 0:
            return None
        end = md.find("-->", start + 4)
        if end < 0:
            return start
        position = end + 3


def strip_comments(md: str) -> str:
    """`md` without its closed HTML comments (notes for authors)."""
    return _COMMENT.sub("", md)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


@lru_cache(maxsize=4096)  # the same text is on the statement page, its press release and its e-mail
def tokens(md: str) -> tuple[Token, ...]:
    """The block and inline tokens of `md`, with raw HTML turned into text: closed comments
    are gone, every other piece of HTML (and an unclosed comment) is text."""
    from markdown_it.token import Token

    found: list[Token] = []
    for token in _parser().parse(md):
        if token.type == "html_block":
            text = strip_comments(token.content).strip()
            if not text:
                continue
            inline = Token("inline", "", 0, content=text, map=token.map,
                           children=[Token("text", "", 0, content=line) if line else Token("softbreak", "br", 0)
                                     for line in _lines_with_breaks(text)])
            found += [Token("paragraph_open", "p", 1, map=token.map), inline, Token("paragraph_close", "p", -1)]
            continue
        if token.type == "inline" and token.children:
            children = []
            for child in token.children:
                if child.type == "html_inline":
                    if child.content.startswith("<!--") and child.content.endswith("-->"):
                        continue
                    child = Token("text", "", 0, content=child.content)
                children.append(child)
            token.children = children
        found.append(token)
    return tuple(found)


def _lines_with_breaks(text: str) -> list[str]:
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        if index:
            out.append("")
        out.append(line)
    return out


# --- HTML ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _html_renderer() -> RendererHTML:
    from markdown_it.renderer import RendererHTML

    return RendererHTML()


@lru_cache(maxsize=4096)
def to_html(md: str) -> Markup:
    """Sanitised HTML fragment of statement Markdown (nh3 keeps only safe tags and links)."""
    import nh3

    parser = _parser()
    rendered = _html_renderer().render(list(tokens(md)), parser.options, {})
    cleaned = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=ALLOWED_SCHEMES,
                        link_rel="noopener noreferrer")
    return Markup(cleaned.strip())


def inline_html(md: str) -> Markup:
    """Like `to_html` for one line, without the wrapping paragraph."""
    fragment = str(to_html(md)).strip()
    if fragment.startswith("<p>") and fragment.endswith("</p>") and fragment.count("<p>") == 1:
        fragment = fragment[3:-4]
    return Markup(fragment)


# --- plain text ------------------------------------------------------------------------------

def _spell_link(text: str, url: str) -> str:
    # "[02 61 91 40 40](tel:+33261914040)": the number as written, once (its digits are the link's).
    # ("[0800 97 400](tel:+3280097400)": the national form drops the country code and adds a 0.)
    written, dialled = re.sub(r"\D", "", text).lstrip("0"), re.sub(r"\D", "", url)
    if url.startswith("tel:") and text and len(written) >= 6 and dialled.endswith(written):
        return text
    for scheme in ("mailto:", "tel:"):
        url = url.removeprefix(scheme)
    # "[site.example](https://site.example/)": the address once, whole.
    bare = re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")
    if text and re.sub(r"^(?:https?://)?(?:www\.)?", "", text).rstrip("/") == bare:
        return url
    return url if not text or text == url else f"{text} ({url})"


@lru_cache(maxsize=4096)
def to_plain(md: str, headings: bool = True, lang: str = "en") -> str:
    """Plain text for channel copies: no markup characters, links spelled out "text (url)",
    paragraphs separated by one blank line, list items as `- item` (`headings=False` leaves
    out the headings inside the text)."""
    paragraphs: list[str] = []
    in_item = 0
    item_started = False
    in_heading = False
    row: list[str] | None = None
    table: list[list[str]] = []
    for token in tokens(md):
        if token.type == "tr_open":
            row = []
            continue
        if token.type == "tr_close" and row is not None:
            table.append(row)
            row = None
            continue
        if token.type == "table_close":
            paragraphs.append(_table_plain(table, lang))
            table = []
            continue
        if row is not None:
            if token.type == "inline":
                row.append(_inline_plain(token.children or []))
            continue
        if token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
            continue
        if in_heading and not headings:
            continue
        if token.type == "list_item_open":
            in_item += 1
            item_started = True
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type == "inline":
            line = _inline_plain(token.children or [])
            if not line.strip():
                continue
            if in_item and item_started:
                line = f"- {line}"
                if paragraphs and paragraphs[-1].startswith("- "):
                    paragraphs[-1] += "\n" + line
                    item_started = False
                    continue
            item_started = False
            paragraphs.append(line)
        elif token.type in ("code_block", "fence"):
            paragraphs.append(token.content.rstrip("\n"))
    return "\n\n".join(paragraphs)


def _table_plain(table: list[list[str]], lang: str) -> str:
    """A table as a reader of plain text can follow it: one `- ` line a row (`table_row_plain`),
    never the cells run together."""
    return "\n".join("- " + line for line in table_lines(table, lang))


def table_lines(table: list[list[str]], lang: str) -> list[str]:
    """A table (its header row first) as lines of words: one a row (`table_row_plain`); a
    timetable, whose every cell is a time, one a column (« Départ d'Enez-Ruz : 7 h 15, 9 h 30
    et 12 h 00 »), which a post or a text can carry where six rows would not fit."""
    header, body = (table[0], [row for row in table[1:] if row != table[0] and any(row)]) if table else ([], [])
    cells = [cell.strip() for row in body for cell in row]
    if body and header and all(len(row) == len(header) for row in body) and all(
            _CLOCK_CELL.match(cell) for cell in cells):
        colon = "\u00a0: " if lang == "fr" else ": "
        joiner = {"fr": " et ", "de": " und "}.get(lang, " and ")
        columns = [[row[index].strip() for row in body] for index in range(len(header))]
        return [f"{head}{colon}" + (", ".join(times[:-1]) + joiner + times[-1] if len(times) > 1 else times[0])
                for head, times in zip(header, columns)]
    return [table_row_plain(list(zip(header, row)), lang) for row in body]


def table_row_plain(row: list[tuple[str, str]], lang: str) -> str:
    """One row of a table as words, from its (column name, cell) pairs: the first cell names
    the row, each other cell follows its column's name ("Standard annual — Annual price: €89.90
    — Refunded: €89.90", « Départs annulés — Nombre : 7 »); empty cells are left out."""
    colon = "\u00a0: " if lang == "fr" else ": "  # French: a no-break space before the colon
    # A timetable's row names nothing by its first cell ("7 h 15"): it keeps its column's name
    # too (« Départ d'Enez-Ruz : 7 h 15 — Départ de Porz-Gwenn : 8 h 00 »).
    named = bool(row) and _CLOCK_CELL.match(row[0][1].strip()) is not None
    return " — ".join(f"{head}{colon}{cell}" if head and (index or named) else cell
                      for index, (head, cell) in enumerate(row) if cell)


_CLOCK_CELL = re.compile(r"^\d{1,2}(?:[:.h]\d{2}|[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d{2})?)\b")


def _inline_plain(children: list[Token]) -> str:
    out: list[str] = []
    link: list[str] | None = None
    href = ""
    for child in children:
        if child.type == "link_open":
            link, href = [], str(child.attrs.get("href", ""))
        elif child.type == "link_close":
            said = "".join(link or []).strip()
            # "log in by typing [my.site.example](https://my.site.example/) yourself": an address
            # people are told to type is printed as they must type it, never as a live link.
            typed = re.search(r"\b(?:typ(?:e|ing)|enter(?:ing)?|tapez|tapant|saisissez|saisissant|entrez|entrant)\s+"
                              r"(?:yourself\s+|vous-même\s+)?(?:the address\s+|l['’]adresse\s+)?$", "".join(out), re.IGNORECASE)
            out.append(said if typed and said and not said.startswith("http") else _spell_link(said, href))
            link = None
        else:
            piece = {"softbreak": " ", "hardbreak": "\n", "image": child.content}.get(child.type, child.content)
            (link if link is not None else out).append(piece)
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


# --- what the linter reads -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prose:
    """A paragraph (or heading, list item, table cell) of published words, and for each of
    its characters the offset in the Markdown it comes from."""

    text: str
    origin: tuple[int, ...]
    heading: bool = False  # a heading inside the text (`### Root cause`), not a sentence
    cell: bool = False  # a table cell: a value or a label, not a sentence of the authors' voice


@lru_cache(maxsize=4096)
def prose(md: str) -> tuple[Prose, ...]:
    """The published words of `md`, paragraph by paragraph: link text without addresses,
    code as text, raw HTML as text, no comments."""
    line_starts = [0]
    for match in re.finditer("\n", md):
        line_starts.append(match.end())
    pieces: list[Prose] = []
    in_heading = in_cell = False
    for token in tokens(md):
        if token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
        if token.type in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = token.type.endswith("_open")
        if token.type == "inline" and token.children and token.map:
            start = line_starts[token.map[0]] if token.map[0] < len(line_starts) else len(md)
            end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(md)
            piece = _aligned(token.children, md, start, end)
            if piece.text.strip():
                pieces.append(Prose(piece.text, piece.origin, in_heading, in_cell))
        elif token.type in ("code_block", "fence") and token.map:
            start = line_starts[token.map[0]]
            found = md.find(token.content, start)
            base = found if found >= 0 else start
            pieces.append(Prose(token.content.rstrip("\n"), tuple(range(base, base + len(token.content.rstrip("\n"))))))
    return tuple(pieces)


def _aligned(children: list[Token], md: str, start: int, end: int) -> Prose:
    text: list[str] = []
    origin: list[int] = []
    cursor = start
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            newline = md.find("\n", cursor, end)
            text.append(" ")
            origin.append(newline if newline >= 0 else cursor)
            cursor = newline + 1 if newline >= 0 else cursor
            continue
        content = child.content if child.type in ("text", "code_inline") else ""
        if not content:
            continue
        found = md.find(content, cursor, end)
        if found < 0:  # written with escapes or entities: place it where the search stands
            text.append(content)
            origin.extend([cursor] * len(content))
            continue
        text.append(content)
        origin.extend(range(found, found + len(content)))
        cursor = found + len(content)
    return Prose("".join(text), tuple(origin))


def plain_text(md: str) -> str:
    """The published words of `md` as one text (paragraphs on their own lines)."""
    return "\n".join(piece.text for piece in prose(md))


def first_sentence(text: str) -> str:
    """The first sentence of plain text (for subheads and short forms)."""
    match = re.search(r"(.+?[.!?…])(\s|$)", text.strip(), re.DOTALL)
    return (match.group(1) if match else text).strip()


def escape_text(text: str) -> str:
    return html.escape(text, quote=False)


def table_rows(md: str) -> list[list[str]]:
    """The rows of the tables in `md`, header row included, each a list of its cells' text."""
    return [row for table in tables(md) for row in table]


def tables(md: str) -> list[list[list[str]]]:
    """Each table of `md` on its own, as `table_rows` gives one (its header row first)."""
    found: list[list[list[str]]] = []
    rows: list[list[str]] | None = None
    row: list[str] | None = None
    for token in tokens(md):
        if token.type == "table_open":
            rows = []
        elif token.type == "table_close" and rows is not None:
            found.append(dittos_filled(rows))
            rows = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if rows is not None:
                rows.append(row)
            row = None
        elif token.type == "inline" and row is not None:
            row.append(_inline_plain(token.children or []))
    return found


# A cell that repeats the one above it ("Same as above, from 27 November", « Idem »): read on
# its own (a post, a release's list) it would point at nothing.
# ("Same ranges as above", « Mêmes plages que ci-dessus », « Mêmes lots »: the same, said of a noun.)
_DITTO = re.compile(r"^(?:(?:the )?same(?: \w+)? as above|as above|ditto|idem|comme ci-dessus|identique|pareil|"
                    r"(?:les )?mêmes? \w+(?: que ci-dessus)?$|(?:les )?mêmes? \w+ que ci-dessus)\b", re.IGNORECASE)


def is_ditto(cell: str) -> bool:
    """A cell that repeats what is above it ("Same as above", « Mêmes lots »): no value of its own."""
    return _DITTO.match(cell.strip(" *_")) is not None


def _named_rows(rows: list[list[str]], at: int, column: int) -> list[tuple[int, str]]:
    """The rows above that a row names in another cell ("TidePack 500 or TidePack 625" names the
    TidePack 500 row and the TidePack 625 row), with the name: a ditto in such a row means each."""
    for other, cell in enumerate(rows[at]):
        if other == column:
            continue
        named = []
        for row in range(1, at):
            name = re.sub(r"\s*\([^()]*\)", "", rows[row][other] if other < len(rows[row]) else "").strip()
            if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", cell):
                named.append((row, name))
        if len(named) >= 2:
            return named
    return []


def dittos_filled(rows: list[list[str]]) -> list[list[str]]:
    filled = [list(row) for row in rows]
    for at in range(2, len(filled)):  # (never the header row, nor the first row under it)
        for column, cell in enumerate(filled[at]):
            found = _DITTO.match(cell.strip())
            named = _named_rows(filled, at, column) if found else []
            if named:
                # Spare batteries "TidePack 500 or TidePack 625", batch "Same as above": each
                # row's value with whose it is, never only the last row's (that would leave the
                # first product's batches out of a recall).
                filled[at][column] = ", ".join(f"{filled[row][column].rstrip(' .')} ({name})" for row, name in named)
                continue
            above = filled[at - 1][column] if column < len(filled[at - 1]) else ""
            if found and above.strip():
                rest = cell.strip()[found.end():]
                # "…stores, from 26 November" above "Same as above, from 27 November": the new date
                # takes the place of the old one.
                qualifier = re.match(r",\s*(\w+)\b", rest)
                if qualifier and f", {qualifier.group(1)} " in above:
                    above = above[:above.rfind(f", {qualifier.group(1)} ")]
                filled[at][column] = above.rstrip(" .") + rest
    return filled


def plain_items(md: str, lang: str = "en") -> list[str]:
    """The paragraphs and list items of `md` as copies publish them (links spelled out; a
    table's rows as items)."""
    items: list[str] = []
    for paragraph in to_plain(md, headings=False, lang=lang).split("\n\n"):
        lines = paragraph.split("\n")
        if all(line.startswith("- ") for line in lines):
            items += [line[2:] for line in lines]
        elif paragraph.strip():
            items.append(paragraph)
    return items


def logical_lines(text: str) -> list[str]:
    """The text's lines with each wrapped paragraph and list item on one line: a sentence wrapped
    across two lines is one sentence, and an item's continuation line is the item's ("- We will
    deal with every claim\n  within 14 days." is one item, never "within 14 days." alone)."""
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        previous = lines[-1].strip() if lines else ""
        # (A numbered item opens a line as a bullet does: "1." anywhere, "2." after an item, as
        # Markdown reads them; never a wrapped "…on\n2. December".)
        numbered = re.match(r"(\d{1,2})[.)]\s", stripped)
        opens = not stripped or stripped.startswith(("|", "#", "<")) or re.match(r"[-*+]\s", stripped) or (
            numbered is not None and (numbered.group(1) == "1" or re.match(r"(?:[-*+]|\d{1,2}[.)])\s", previous)))
        if not opens and previous and not previous.startswith(("|", "#", "<")):
            lines[-1] = f"{lines[-1].rstrip()} {stripped}"
        else:
            lines.append(line)
    return lines
