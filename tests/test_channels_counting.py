"""Counting the platforms' way: X against twitter-text's own conformance data (committed in
tests/reference/twitter-text/ with its licence), Bluesky, Mastodon and SMS against their documented rules
with figures worked out by hand."""

from __future__ import annotations

import pytest
import yaml

from generator.rendering.channels import counting
from tests.conftest import REPO

REFERENCE = REPO / "tests" / "reference" / "twitter-text"


def _cases(file: str, group: str) -> list[dict]:
    data = yaml.safe_load((REFERENCE / file).read_text(encoding="utf-8"))
    return data["tests"][group]


def _ids(cases: list[dict]) -> list[str]:
    return [case["description"][:60] for case in cases]


WEIGHTED = _cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")
DIRECTIONAL = _cases("validate.yml", "UnicodeDirectionalMarkerCounterTest")
URLS = _cases("extract.yml", "urls")
URLS_WITH_INDICES = _cases("extract.yml", "urls_with_indices") + _cases(
    "extract.yml", "urls_with_directional_markers"
)


def test_reference_data_is_all_there():
    assert len(WEIGHTED) >= 20 and len(DIRECTIONAL) == 2 and len(URLS) >= 90


@pytest.mark.parametrize("case", WEIGHTED + DIRECTIONAL, ids=_ids(WEIGHTED + DIRECTIONAL))
def test_x_weighted_length_matches_twitter_text_conformance(case):
    assert counting.x_weighted_length(case["text"]) == case["expected"]["weightedLength"]


@pytest.mark.parametrize("case", DIRECTIONAL, ids=_ids(DIRECTIONAL))
def test_x_invalid_characters_match_validity(case):
    has_invalid = bool(counting.x_invalid_characters(case["text"]))
    assert has_invalid == (not case["expected"]["valid"])


@pytest.mark.parametrize("case", URLS, ids=_ids(URLS))
def test_x_url_detection_matches_extract_cases(case):
    found = [case["text"][start:end] for start, end in counting.x_urls(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", URLS_WITH_INDICES, ids=_ids(URLS_WITH_INDICES))
def test_x_url_spans_match_extract_indices(case):
    expected = [tuple(item["indices"]) for item in case["expected"]]
    assert counting.x_urls(case["text"]) == expected


def test_x_counts_after_nfc_normalisation():
    decomposed = "e\u0301" * 10  # ten "é" typed as e + combining accent
    assert counting.x_weighted_length(decomposed) == 10


def test_x_every_url_weighs_23_with_or_without_scheme():
    assert counting.x_weighted_length("see example.com") == 4 + 23
    assert (
        counting.x_weighted_length("see https://example.com/a/very/long/path/that/goes/on")
        == 4 + 23
    )


def test_x_french_typography_weighs_one_per_character():
    # « » and é are below U+10FF; the narrow no-break space U+202F is outside the light ranges.
    assert counting.x_weighted_length("« Désolés »") == 11
    assert counting.x_weighted_length("10\u202fh") == 1 + 1 + 2 + 1


def test_bluesky_counts_graphemes_and_utf8_bytes():
    family = "👨‍👩‍👧‍👦"  # 7 code points, 25 bytes, one grapheme
    assert counting.graphemes(family) == 1
    assert counting.utf8_bytes(family) == 25
    assert counting.graphemes("Café 🇫🇷") == 6
    assert counting.utf8_bytes("Café 🇫🇷") == 5 + 1 + 8


def test_mastodon_counts_each_url_as_23_and_remote_mentions_as_local():
    assert counting.mastodon_length("Read https://status.example.com/a/b/c/d/e/f/g/h") == 5 + 23
    assert counting.mastodon_length("Hi @alice@social.example.org!") == len("Hi @alice!")
    # Sentence punctuation after a URL is text, not part of the URL.
    assert counting.mastodon_length("See https://x.example/a.") == 4 + 23 + 1
    # Graphemes: an emoji sequence is one.
    assert counting.mastodon_length("ok 👍🏽") == 4


def test_mastodon_does_not_discount_a_link_without_scheme():
    assert counting.mastodon_length("see example.com") == 15


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("a" * 160, "gsm7", 160, 1),
        ("a" * 161, "gsm7", 161, 2),
        ("a" * 306, "gsm7", 306, 2),
        ("a" * 307, "gsm7", 307, 3),
        ("€" * 80, "gsm7", 160, 1),  # the euro sign is in the extension table: 2 septets
        ("Ça coûte 5 €", "ucs2", 12, 1),  # û is not in GSM-7: the whole message is UCS-2
        ("é è à ù Ç É ñ ü", "gsm7", 15, 1),  # these accents are in the GSM-7 alphabet
        ("ê" * 70, "ucs2", 70, 1),
        ("ê" * 71, "ucs2", 71, 2),
        ("😀" * 35, "ucs2", 70, 1),  # one emoji is a surrogate pair: 2 UTF-16 units
        # 152 septets then an escaped character: it is not split, so it opens segment 2.
        ("a" * 152 + "€" + "a" * 8, "gsm7", 162, 2),
    ],
)
def test_sms_encoding_units_and_segments(text, encoding, units, segments):
    assert counting.sms_encoding(text) == encoding
    assert counting.sms_units(text) == units
    assert counting.sms_segments(text) == segments


def test_an_escaped_character_is_never_split_across_segments():
    # 153 septets fill segment 1 exactly when the euro sign ends at 153; shifted by one,
    # the euro sign (2 septets) cannot start at septet 153 and moves to segment 2.
    fits = "a" * 151 + "€" + "a" * 153  # 306 septets: two full segments
    shifted = "a" * 152 + "€" + "a" * 152  # 306 septets, but the € straddles the boundary
    assert counting.sms_segments(fits) == 2
    assert counting.sms_segments(shifted) == 3
