"""A recall's posts: advice said once in a thread ("Do not eat this cheese: take it back to the
shop for a refund." in the first post is not followed by "Take it back to the shop for a
refund." in the second), and an update that widens the recall says so with what was found,
never in a later post. Statements written for these tests."""

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


def test_a_widened_recall_is_said_with_what_was_found(project, settings) -> None:  # type: ignore[no-untyped-def]
    for lang, name, found, widened in (
            ("en", "2026-03-02-tomme.md", "found Listeria in lot T13", "We are extending the recall to this lot."),
            ("fr", "2026-03-02-tomme.fr.md", "Listeria dans le lot T13", "Nous étendons le rappel à ce lot.")):
        statement = write_statement(project, settings, _recall(lang), name)
        copies = render_copies(statement, settings, ["x", "mastodon", "sms"], NOW)
        for copy in copies:
            if copy.kind != "update" or found not in copy.parts[0]:
                continue
            if copy.channel == "x" and lang == "fr":
                continue  # (this test site's address is not a link on X: it counts whole, and the post is full)
            assert widened in copy.parts[0], (copy.channel, copy.parts)
            # …told right after the finding, before the rest of the update.
            assert copy.parts[0].index(widened) < copy.parts[0].index(found) + 120, (copy.channel, copy.parts)
