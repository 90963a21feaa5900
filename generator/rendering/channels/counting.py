"""Copy lengths counted the way each platform counts them (renderer stage helpers): X's
weighted length, Bluesky's graphemes and bytes, Mastodon's length, SMS encodings and segments.

URLs for X are found with `twitter-text-parser`, a Python port of twitter-text that passes the
project's conformance data (extract.yml): X only discounts what its own extractor, with its
own TLD list, calls a URL (`status.example/x` is not one), so general URL finders built on the
Public Suffix List or IANA's list (tld, tldextract, urlextract) would disagree with X.
Weights and emoji sequences are counted here, from twitter-text's v3 configuration."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import regex

from generator.rendering.channels.limits import SMS_PER_SEGMENT, SMS_SINGLE, ChannelRule
from generator.core.errors import RenderError

# twitter-text v3 configuration (config/v3.json): code points in these ranges weigh 1, all
# others 2; an emoji sequence weighs 2 in all; a URL weighs 23.
X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
X_DEFAULT_WEIGHT = 2
X_EMOJI_WEIGHT = 2
X_URL_WEIGHT = 23
X_INVALID_CHARACTERS = frozenset("\ufffe\ufeff\uffff")

MASTODON_URL_WEIGHT = 23

_GRAPHEME = regex.compile(r"\X")
# An extended grapheme cluster is one emoji sequence when it carries an emoji's marks: a
# presentation selector, a keycap, a skin tone, a zero-width joiner between pictographs, a
# flag's regional indicator pair or a subdivision flag's tags.
_EMOJI_SEQUENCE = regex.compile(
    r"""^(?:
        \p{Emoji}\uFE0F.*
      | [0-9#*]\uFE0F?\u20E3
      | \p{Emoji_Modifier_Base}\p{Emoji_Modifier}.*
      | \p{Extended_Pictographic}.*\u200D\p{Extended_Pictographic}.*
      | \p{Regional_Indicator}\p{Regional_Indicator}
      | \U0001F3F4[\U000E0020-\U000E007E]+\U000E007F
    )$""",
    regex.VERBOSE | regex.DOTALL,
)

# Mastodon: an http(s) URL runs to the next space; sentence punctuation right after it is text.
_MASTODON_URL = regex.compile(r"(?<![^\s(\[<«\"'])https?://\S*?(?=[.,;:!?)\]»\"']*(?:\s|$))")
_MASTODON_REMOTE_MENTION = regex.compile(r"(?<![\w/])@(\w+)@[\w.-]*\w")

# GSM 03.38: the basic alphabet (one septet each) and the extension table (escape + septet).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("\f^{}\\[~]|€")


# The port's package __init__ also imports its emoji module, which reads a data file with
# pkg_resources, gone from setuptools since version 81. X's URL finder needs none of that: its
# modules are loaded here under a private package name, without running the __init__.
_PRIVATE_PACKAGE = "_onevoice_twitter_text"


@lru_cache(maxsize=1)
def _url_extractor() -> Callable[[str], list[dict[str, Any]]]:
    # Imported on first use: the port builds large regular expressions at import.
    import importlib
    import importlib.util
    import sys

    try:
        found = importlib.util.find_spec("twitter_text")
        if found is None or not found.submodule_search_locations:
            raise ImportError("No module named 'twitter_text'")
        if _PRIVATE_PACKAGE not in sys.modules:
            spec = importlib.util.spec_from_file_location(
                _PRIVATE_PACKAGE, found.origin, submodule_search_locations=list(found.submodule_search_locations))
            if spec is None:
                raise ImportError("twitter_text cannot be located")
            sys.modules[_PRIVATE_PACKAGE] = importlib.util.module_from_spec(spec)  # not executed
        module = importlib.import_module(f"{_PRIVATE_PACKAGE}.extract_urls")
    except ImportError as error:
        raise RenderError(
            f"counting X copies needs the package twitter-text-parser ({error}); "
            "reinstall onevoice with its dependencies"
        ) from error
    return cast(Callable[[str], list[dict[str, Any]]], module.extract_urls_with_indices)


def x_urls(text: str) -> list[tuple[int, int]]:
    """Code-point spans of the URLs X finds in (NFC) `text`, with or without a scheme."""
    return [tuple(found["indices"]) for found in _url_extractor()(text)]


def _x_code_point_weight(char: str) -> int:
    point = ord(char)
    if any(start <= point <= end for start, end in X_LIGHT_RANGES):
        return 1
    return X_DEFAULT_WEIGHT


def _is_emoji_sequence(cluster: str) -> bool:
    # A lone code point weighs by its range: bare (c) or digits are text, not emoji, for X.
    return len(cluster) > 1 and bool(_EMOJI_SEQUENCE.match(cluster))


# Every X URL has a domain: a dot followed by its top-level domain. Without one, there is
# nothing for the (slow) extractor to find.
_MAYBE_URL = regex.compile(r"\.\S")
# Text made only of code points that weigh 1 (U+200D left out: it joins pictographs into an
# emoji sequence) weighs its length: no emoji sequence can be made of them.
_LIGHT_ONLY = regex.compile(r"[\u0000-\u10FF\u2000-\u200C\u2010-\u201F\u2032-\u2037]*")


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text v3 `parseTweet().weightedLength`)."""
    text = unicodedata.normalize("NFC", text)
    urls = x_urls(text) if _MAYBE_URL.search(text) else []
    if _LIGHT_ONLY.fullmatch(text):  # the common case, Latin text: no per-grapheme walk
        return len(text) + sum(X_URL_WEIGHT - (end - start) for start, end in urls)
    total = 0
    position = 0
    url_index = 0
    while position < len(text):
        if url_index < len(urls) and position == urls[url_index][0]:
            total += X_URL_WEIGHT
            position = urls[url_index][1]
            url_index += 1
            continue
        cluster_match = _GRAPHEME.match(text, position)
        assert cluster_match is not None  # \X matches at every position of a text
        end_of_cluster = cluster_match.end()
        if url_index < len(urls):
            end_of_cluster = min(end_of_cluster, urls[url_index][0])
        cluster = text[position:end_of_cluster]
        if _is_emoji_sequence(cluster):
            total += X_EMOJI_WEIGHT
        else:
            total += sum(_x_code_point_weight(char) for char in cluster)
        position = end_of_cluster
    return total


def x_invalid_characters(text: str) -> list[str]:
    """Characters that make X refuse a post (U+FFFE, U+FEFF, U+FFFF)."""
    return sorted({char for char in text if char in X_INVALID_CHARACTERS})


def graphemes(text: str) -> int:
    """Extended grapheme clusters: what a person sees as one character."""
    return len(_GRAPHEME.findall(text))


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def characters(text: str) -> int:
    """Unicode code points (the unit of the platforms that say "characters")."""
    return len(text)


def mastodon_length(text: str) -> int:
    """Mastodon's status length: graphemes, each http(s) URL as 23, `@user@domain` as `@user`."""
    countable = _MASTODON_URL.sub("x" * MASTODON_URL_WEIGHT, text)
    countable = _MASTODON_REMOTE_MENTION.sub(r"@\1", countable)
    return graphemes(countable)


def sms_encoding(text: str) -> str:
    """ "gsm7" when every character is in the GSM-7 alphabet or its extension, else "ucs2"."""
    allowed = GSM7_BASIC | GSM7_EXTENDED
    return "gsm7" if all(char in allowed for char in text) else "ucs2"


def _sms_costs(text: str) -> list[int]:
    """Units each character takes: septets in GSM-7, UTF-16 code units in UCS-2."""
    if sms_encoding(text) == "gsm7":
        return [2 if char in GSM7_EXTENDED else 1 for char in text]
    return [2 if ord(char) > 0xFFFF else 1 for char in text]


def sms_units(text: str) -> int:
    return sum(_sms_costs(text))


def sms_segments(text: str) -> int:
    """Segments the message is sent in. A character is never split across two segments (an
    escaped GSM-7 character, a UTF-16 surrogate pair), which can add a segment."""
    encoding = sms_encoding(text)
    costs = _sms_costs(text)
    if sum(costs) <= SMS_SINGLE[encoding]:
        return 1
    capacity = SMS_PER_SEGMENT[encoding]
    segments, used = 1, 0
    for cost in costs:
        if used + cost > capacity:
            segments, used = segments + 1, 0
        used += cost
    return segments


def unit_of(rule: ChannelRule, text: str) -> str:
    """The unit a copy is counted in: the rule's, or for SMS the text's encoding."""
    return sms_encoding(text) if rule.unit == "sms" else rule.unit


def measure(rule: ChannelRule, text: str) -> int:
    """The length the platform checks against its limit (SMS: units of its encoding)."""
    if rule.id == "x":
        return x_weighted_length(text)
    if rule.id == "mastodon":
        return mastodon_length(text)
    if rule.unit == "graphemes":
        return graphemes(text)
    if rule.unit == "sms":
        return sms_units(text)
    return characters(text)
