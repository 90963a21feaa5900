"""Stage 2, checks: where the linter reads a statement. The body blocks (each section, each
update and correction, in file order) and the front-matter lines, each with its file line."""

from __future__ import annotations

import re

from generator.checking.lint.sentences import Block
from generator.core.model import Statement


def body_blocks(statement: Statement) -> list[Block]:
    """Every piece of body text: sections (not the updates section itself), then each update
    and each correction note."""
    blocks = [
        Block(section.text, section.body_line or section.line + 1, 1, section.key or section.heading)
        for section in statement.sections
        if section.key != "updates" and section.text.strip()
    ]
    for update in statement.updates:
        when = update.at.strftime("%Y-%m-%d %H:%M")
        blocks.append(Block(update.text, update.text_line or update.line + 1, 1, f"update of {when}"))
        for correction in update.corrections:
            blocks.append(Block(correction.text, correction.text_line or correction.line + 1, 1,
                                f"correction of {correction.at.strftime('%Y-%m-%d %H:%M')}"))
    return blocks


def front_matter_values(statement: Statement) -> list[Block]:
    """Every text value of the front matter, each with its place: `affected: [CDN, DNS]` is
    two values, "CDN" and "DNS" (a list of names in capitals is not a template slot)."""
    lines = statement.source.split("\n")
    if not lines or lines[0].strip() != "---":
        return []
    blocks = []
    for index in range(1, len(lines)):
        text = lines[index]
        if text.strip() in ("---", "..."):
            break
        item = _ITEM.match(text) or _KEY.match(text)
        if item is None or text.lstrip().startswith("#"):
            continue
        value_start = item.end()
        value = text[value_start:]
        comment = _COMMENT.search(value)
        if comment:
            value = value[: comment.start()]
        for start, part in _scalars(value.rstrip()):
            blocks.append(Block(part, index + 1, value_start + start + 1, "front matter", markdown=False))
    return blocks


_KEY = re.compile(r"^\s*[\w-]+\s*:\s*")
_ITEM = re.compile(r"^\s*-\s+")
_COMMENT = re.compile(r"\s#.*$")


def _flow_items(value: str) -> list[tuple[int, str]]:
    """The items of a YAML flow list or mapping, split at commas, brackets and braces that
    are not inside quotes, each with its offset."""
    items: list[tuple[int, str]] = []
    start, quote, before = 0, "", ","
    for index, char in enumerate(value + ","):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and before in ",[{:":
            quote = char
        elif char in ",[]{}":
            items.append((start, value[start:index]))
            start = index + 1
        if not char.isspace():
            before = char
    return items


def _scalars(value: str) -> list[tuple[int, str]]:
    """The scalar texts of one YAML value and their offsets: a flow list or mapping is split
    into its items (`{name: X, role: Y}` gives X and Y), quotes are left out."""
    stripped = value.strip()
    if not stripped:
        return []
    if stripped[0] not in "[{":
        return [_unquoted(value, 0)]
    found = []
    for start, text in _flow_items(value):
        key = re.match(r"\s*[\w-]+\s*:\s+", text)
        if key and stripped[0] == "{":
            text, start = text[key.end():], start + key.end()
        if text.strip():
            found.append(_unquoted(text, start))
    return found


def _unquoted(text: str, start: int) -> tuple[int, str]:
    lead = len(text) - len(text.lstrip())
    core = text.strip()
    if len(core) >= 2 and core[0] == core[-1] and core[0] in "\"'":
        return start + lead + 1, core[1:-1]
    return start + lead, core
_TITLE_VALUE = re.compile(r"^\s*title\s*:\s*")


def title_block(statement: Statement) -> Block | None:
    """The title as written on its front-matter line, so findings point at its words."""
    line = statement.key_lines.get("title")
    lines = statement.source.split("\n")
    if not line or line > len(lines):
        return None
    text = lines[line - 1]
    prefix = _TITLE_VALUE.match(text)
    if not prefix:
        return None
    start, value = _unquoted(text[prefix.end():], prefix.end())
    return Block(value, line, start + 1, "title", markdown=False)
