"""Safe YAML for files people write: a private loader that builds no Python objects, keeps
date-times as text (the parser reads them with the site's time zone), bounds aliases and
nesting, and reports every error at its line in the real file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

MAX_DEPTH = 8


@dataclass(frozen=True)
class YamlError(Exception):
    line: int  # line in the real file
    column: int
    message: str
    hint: str = ""


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver, without aliases, with a nesting bound."""

    allow_aliases = False
    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent) and not self.allow_aliases:
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem="YAML aliases (*name) are not allowed here", problem_mark=event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    problem=f"values are nested more than {MAX_DEPTH} levels deep",
                    problem_mark=self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# YAML 1.2 booleans only: `hashtags: [NO]` (Norway) or `affected: [ON, OFF]` are names, not
# false and true as YAML 1.1 reads them.
_BOOL = "tag:yaml.org,2002:bool"
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", _BOOL)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _StrictLoader.yaml_implicit_resolvers.setdefault(_first, []).append(
        (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


class _ConfigLoader(_StrictLoader):
    """For mkdocs.yml: aliases are fine (a trusted, reviewed file) and tags meant for mkdocs
    (`!ENV`, `!!python/name:`) are read as empty values: onevoice never needs them."""

    allow_aliases = True


def _ignore_tag(loader: yaml.Loader, suffix: str, node: yaml.Node) -> None:
    return None


_ConfigLoader.add_multi_constructor("!", _ignore_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)

# The fast path: libyaml's parser and composer, when PyYAML was built with it (the wheels
# are). It composes ~15 times faster than the pure-Python loader, but it cannot refuse an
# alias or a deep nesting while composing, so it only takes texts without `*` (no alias
# possible), its result is checked for depth, and anything it raises sends the text to the
# strict loader above, whose messages and marks are the ones users see.
_FAST: dict[bool, type] = {}
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(yaml.CSafeLoader):
        yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers

    class _FastConfigLoader(_FastLoader):
        pass

    _FastConfigLoader.add_multi_constructor("!", _ignore_tag)
    _FastConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
    _FAST = {False: _FastLoader, True: _FastConfigLoader}


def _depth(node: yaml.Node, limit: int, known: dict[int, int]) -> int:
    """Nesting depth of `node`, counted as the strict loader counts it, stopping past `limit`;
    `known` remembers shared nodes (a config's aliases) so each is walked once."""
    if limit < 0 or isinstance(node, yaml.ScalarNode):
        return 1
    if id(node) not in known:
        children = [child for pair in node.value for child in pair] if isinstance(node, yaml.MappingNode) \
            else node.value
        known[id(node)] = 1 + max((_depth(child, limit - 1, known) for child in children), default=0)
    return known[id(node)]


def _load_fast(text: str, config: bool) -> tuple[yaml.Node | None, Any] | None:
    """(node, data) from libyaml, or None when the strict loader must decide."""
    fast = _FAST.get(config)
    if fast is None or ("*" in text and not config):
        return None
    loader = fast(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        if not isinstance(node, yaml.MappingNode) or _depth(node, MAX_DEPTH, {}) > MAX_DEPTH:
            return None
        return node, loader.construct_document(node)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    finally:
        loader.dispose()


def _located(error: yaml.YAMLError, first_line: int) -> YamlError:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = first_line + (mark.line if mark else 0)
    column = (mark.column + 1) if mark else 1
    problem = getattr(error, "problem", None) or str(error)
    if isinstance(error, yaml.constructor.ConstructorError) and "tag" in str(problem):
        return YamlError(line, column, "YAML tags that build objects (!!python/…) are not allowed",
                         "remove the tag; write plain text, numbers, lists and mappings")
    hint = "check the indentation and quote values that contain ':' or '#'"
    if "aliases" in str(problem):
        hint = "write the value out in full instead of *alias / &anchor"
    elif "nested" in str(problem):
        hint = "flatten the value"
    return YamlError(line, column, f"invalid YAML: {problem}", hint)


def load_mapping(
    text: str, first_line: int, *, config: bool = False
) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """Load a YAML mapping whose first line is line `first_line` of its file.

    Returns the data and, for each key (nested keys dotted: `spokesperson.name`), its
    (line, column) in the file. Raises YamlError."""
    fast = _load_fast(text, config)
    if fast is not None:
        node, data = fast
        if node is None:
            return {}, {}
        if isinstance(data, dict):
            positions: dict[str, tuple[int, int]] = {}
            _collect_positions(node, "", first_line, positions)
            return data, positions
    try:
        loader = (_ConfigLoader if config else _StrictLoader)(text)
    except yaml.reader.ReaderError as error:  # control characters are refused by the reader itself
        before = text[: error.position]
        raise YamlError(first_line + before.count("\n"), len(before.rpartition("\n")[2]) + 1,
                        f"the front matter contains an invisible control character (U+{error.character:04X})",
                        "delete it: retype the line by hand") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise YamlError(first_line + node.start_mark.line, node.start_mark.column + 1,
                            "the front matter must be a list of `key: value` lines",
                            "write one `key: value` per line, e.g. `title: Card payments failing`")
        data = loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _located(error, first_line) from None
    except RecursionError:
        raise YamlError(first_line, 1, "the YAML is nested too deeply", "flatten the value") from None
    finally:
        loader.dispose()
    positions = {}
    _collect_positions(node, "", first_line, positions)
    if not isinstance(data, dict):
        raise YamlError(first_line, 1, "the front matter must be a mapping", "")
    return data, positions


def _collect_positions(node: yaml.Node, prefix: str, first_line: int,
                       out: dict[str, tuple[int, int]]) -> None:
    if not isinstance(node, yaml.MappingNode):
        return
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        key = f"{prefix}{key_node.value}"
        out.setdefault(key, (first_line + key_node.start_mark.line, key_node.start_mark.column + 1))
        if len(prefix.split(".")) < 4:
            _collect_positions(value_node, key + ".", first_line, out)
