"""Our counts against the platforms' own reference implementations (npm twitter-text 3.1,
@atproto/api RichText, sms-segments-calculator) run by tests/oracles/count.mjs, on every
copy of the samples and on tricky text. Needs node and tests/js/node_modules: skipped
locally without them, a failure in CI.

Emoji in the tricky texts are from Emoji 11 or earlier: twitter-text 3.1 recognises
sequences with twemoji-parser 11 data, so it counts newer sequences code point by code point,
while onevoice counts every well-formed emoji sequence as 2, as the v3 rules say."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generator.rendering.channels import counting, render_copies
from tests.conftest import REPO, require

ORACLE = REPO / "tests" / "oracles" / "count.mjs"
MODULES = REPO / "tests" / "js" / "node_modules"

TRICKY = [
    "Card payments failing at checkout. https://status.calypso-pay.example/statements/x/",
    "Read more at calypso.com/status or https://t.co/abcdef and www.example.org/a?b=c.",
    "Désolés : « nous connaissons la cause » ! Réessayez après 11 h 00 CET ; merci.",
    "No-break spaces:\u00a0« texte\u00a0» and narrow\u202f! and ’apostrophes’ — dashes – here…",
    "Family 👨‍👩‍👧‍👦, skin tone 👍🏽, flag 🇫🇷🇧🇪, keycap 1️⃣ #️⃣, heart ❤️, copyright ©️ © ®.",
    "CJK 支付失败，我们正在修复。カード決済が失敗しています。결제 실패",
    "Combining: e\u0301 a\u0300 and precomposed é à; Hangul jamo \u1100\u1161.",
    "Escapes for SMS: [brackets] {braces} ~tilde~ |pipe| ^caret^ \\backslash €uro",
    "Mentions @calypso and #CalypsoStatus, email help@calypso.example, $CAL.",
    "É" + "a" * 158 + "€",
    "a" * 152 + "€" + "a" * 152,
    "ê" * 67 + "😀" + "x",
    "Ligne 1\nLigne 2\n\nParagraphe « ouvert »",
]


def _oracle(texts: list[str]) -> list[dict]:
    require(shutil.which("node") is not None, "node")
    require(
        (MODULES / "twitter-text").is_dir()
        and (MODULES / "@atproto" / "api").is_dir()
        and (MODULES / "sms-segments-calculator").is_dir(),
        "tests/js/node_modules (npm ci in tests/js)",
    )
    run = subprocess.run(
        ["node", str(ORACLE)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def _sample_parts(incidents, settings) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {"x": [], "bluesky": [], "sms": []}
    for incident in incidents:
        for statement in incident.translations.values():
            for copy in render_copies(statement, settings, list(parts)):
                parts[copy.channel].extend(copy.parts)
    return parts


def _compare(texts: list[str], results: list[dict], ours, key: str) -> list[str]:
    return [
        f"{text!r}: ours {ours(text)}, {key} {result[key]}"
        for text, result in zip(texts, results, strict=True)
        if ours(text) != result[key]
    ]


@pytest.fixture(scope="module")
def tricky_results():
    return _oracle(TRICKY)


def test_x_weighted_length_agrees_with_twitter_text_on_tricky_text(tricky_results):
    assert _compare(TRICKY, tricky_results, counting.x_weighted_length, "x_weighted_length") == []


def test_x_urls_agree_with_twitter_text_on_tricky_text(tricky_results):
    for text, result in zip(TRICKY, tricky_results, strict=True):
        assert [text[start:end] for start, end in counting.x_urls(text)] == result["x_urls"], text


def test_bluesky_counts_agree_with_atproto_richtext_on_tricky_text(tricky_results):
    assert _compare(TRICKY, tricky_results, counting.graphemes, "bluesky_graphemes") == []
    assert _compare(TRICKY, tricky_results, counting.utf8_bytes, "bluesky_bytes") == []


def test_sms_counts_agree_with_segments_calculator_on_tricky_text(tricky_results):
    assert _compare(TRICKY, tricky_results, counting.sms_encoding, "sms_encoding") == []
    assert _compare(TRICKY, tricky_results, counting.sms_segments, "sms_segments") == []


def test_every_sample_copy_is_counted_as_its_platform_counts(incidents, settings):
    parts = _sample_parts(incidents, settings)
    assert all(parts.values()), "every channel has copies"
    x = _oracle(parts["x"])
    assert _compare(parts["x"], x, counting.x_weighted_length, "x_weighted_length") == []
    assert all(result["x_valid"] for result in x)
    bluesky = _oracle(parts["bluesky"])
    assert _compare(parts["bluesky"], bluesky, counting.graphemes, "bluesky_graphemes") == []
    assert all(
        result["bluesky_graphemes"] <= 300 and result["bluesky_bytes"] <= 3000 for result in bluesky
    )
    sms = _oracle(parts["sms"])
    assert _compare(parts["sms"], sms, counting.sms_segments, "sms_segments") == []
    assert _compare(parts["sms"], sms, counting.sms_encoding, "sms_encoding") == []
