"""Advice said once in a thread: "Do not eat this cheese: take it back to the shop for a
refund." in the first post is not followed by "Take it back to the shop for a refund." in the
second (the half after the colon, said again). Statements written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import write_statement
from tests.test_documents_qa_journalists import _recall

NOW = datetime.fromisoformat("2026-03-06T12:00:00+01:00")


def test_a_recall_thread_says_its_advice_once(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, name, advice in (("en", "2026-03-02-tomme.md", "take it back to the shop"),
                               ("fr", "2026-03-02-tomme.fr.md", "rapportez-le au magasin")):
        statement = write_statement(project, settings, _recall(lang), name)
        for copy in render_copies(statement, settings, ["x", "bluesky", "mastodon", "threads"], NOW):
            if copy.kind != "announcement":
                continue
            thread = "\n".join(copy.parts).casefold()
            assert thread.count(advice) == 1, (copy.channel, copy.parts)
