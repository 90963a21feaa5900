"""Stage 2, checks: where the linter reads a statement. The body blocks (each section, each
update and correction, in file order) and the front-matter lines, each with its file line."""

from __future__ import annotations

import re

from generator.lint.sentences import Block
from generator.model import Statement


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


def front_matter_lines(statement: Statement) -> list[Block]:
    """The front matter, one block per line (for slots left in values)."""
    lines = statement.source.split("\n")
    if not lines or lines[0].strip() != "---":
        return []
    blocks = []
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
        blocks.append(Block(lines[index], index + 1, 1, "front matter"))
    return blocks


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
    return Block(text[prefix.end():], line, prefix.end() + 1, "title")
