"""Splitting a long copy into a numbered thread: boundaries, counters, part 1 standing alone."""

from __future__ import annotations

import re

import pytest

from generator.rendering.channels.threads import CannotSplit, split_thread

COUNTER = re.compile(r"\n(\d+)/(\d+)$")


def _within(limit: int):
    return lambda text: len(text) <= limit


def _bodies(parts: tuple[str, ...], head: str, tail: str) -> list[str]:
    bodies = [COUNTER.sub("", part) for part in parts]
    bodies[0] = bodies[0].removeprefix(head).removesuffix(tail).strip()
    return bodies


def test_each_part_fits_with_its_counter_and_is_numbered_in_order():
    body = " ".join(f"Sentence number {n} says something useful." for n in range(12))
    parts = split_thread("Title", body, "https://example.org/s/", _within(120))
    total = len(parts)
    assert total > 3
    for index, part in enumerate(parts, 1):
        assert len(part) <= 120
        assert COUNTER.search(part).groups() == (str(index), str(total))


def test_part_one_holds_head_and_link_and_nothing_is_lost():
    body = "First sentence here. Second sentence follows. Third one ends it."
    parts = split_thread("Title", body, "https://example.org/s/", _within(60))
    assert parts[0].startswith("Title") and "https://example.org/s/" in parts[0]
    assert " ".join(_bodies(parts, "Title", "https://example.org/s/")).split() == body.split()


def test_splits_at_sentences_before_clauses_before_words():
    body = "One short sentence. Then a longer one, with a clause, that goes on and on for a while."
    parts = split_thread("T", body, "L", _within(50))
    bodies = _bodies(parts, "T", "L")
    assert "One short sentence." in bodies[0] or bodies[1] == "One short sentence."
    # The long sentence is cut after a comma, not inside a clause, and both ends say it goes on:
    # "…with a clause…" / "…that goes on", never a fragment that reads as a sentence of its own.
    at = next(i for i, b in enumerate(bodies) if b.endswith("with a clause…"))
    assert bodies[at + 1].startswith("…that goes on"), bodies


def test_a_url_a_mention_and_a_hashtag_are_never_cut():
    url = "https://status.example.org/statements/2026-11-20-card-payments/"
    body = f"Word word word word {url} and @calypso_support then #CalypsoStatus end of it all here."
    for limit in range(len(url) + 6, 110, 3):
        parts = split_thread("T", body, "L", _within(limit))
        joined = "\n".join(parts)
        assert url in joined and "@calypso_support" in joined and "#CalypsoStatus" in joined, limit


def test_two_digit_threads_reserve_room_for_the_wider_counter():
    body = " ".join("abcdefghi" for _ in range(100))
    parts = split_thread("T", body, "L", _within(30))
    assert len(parts) >= 10
    assert parts[-1].endswith(f"\n{len(parts)}/{len(parts)}")
    assert all(len(part) <= 30 for part in parts)


def test_a_long_word_is_cut_between_graphemes_never_inside_one():
    family = "👨‍👩‍👧‍👦"
    parts = split_thread("T", family * 40, "L", lambda text: len(text) <= 60)
    bodies = _bodies(parts, "T", "L")
    assert "".join(bodies) == family * 40
    assert all(body.count("\u200d") % 3 == 0 for body in bodies)


def test_a_url_longer_than_a_post_is_refused():
    with pytest.raises(CannotSplit, match="cannot be cut"):
        split_thread("T", "see https://example.org/" + "a" * 80, "L", _within(40))


def test_a_head_and_link_that_do_not_fit_are_refused():
    with pytest.raises(CannotSplit, match="alone do not fit"):
        split_thread("A very long title " * 5, "Body.", "https://example.org/", _within(40))
