"""A recall's first words, checked on a statement written for these tests: the lots a sentence
points at in the table ("one of the batch codes below") are named in it wherever it is read off
the page (a post, a text, an e-mail, the Q&A's quote), and the first post of an X thread carries
what to do with them and the apology, the thread keeping its promise of the next update."""

from __future__ import annotations

from datetime import datetime

from generator.reading.settings import load_settings
from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-03T18:00:00+02:00")

_SUMMARY = ("We're recalling about 18,200 charging docks supplied with the Lumen 3 desk lamp between March and "
            "July 2025, because a fault in the dock can make it overheat and scorch the desk. If the sticker under "
            "your dock shows one of the batch codes below, unplug it now, even if it seems fine, and order a free "
            "replacement. Two customers have told us their dock overheated; nobody has been hurt. We're sorry: "
            "you bought a lamp from us to make your desk safer, not to worry about it.")
_TABLE = "| Product | Batch |\n|---|---|\n| Lumen 3 charging dock, grey | 25C07, 25C08, 25C09 |"
_ADVICE = ("- Find the sticker under the dock.\n- If it's 25C07, 25C08 or 25C09, unplug it and stop using it.\n"
           "- Order your free replacement at example.com/dock, or call 0800 555 0142 (8am to 8pm).\n"
           "- Until it arrives, you can power the lamp from any USB-C charger rated 20W or more.")


def _lumen(project, front: str, updates: tuple[tuple[str, str, str], ...]):
    """The recall statement on a site with a real domain, whose link X counts as 23 characters, as
    it would for a real team; with its settings."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("calypso-pay.example", "calypso-pay.co.uk"),
                      encoding="utf-8")
    settings = load_settings(project)
    text = statement_file(title="Safety recall: some Lumen 3 charging docks can overheat", severity="major",
                          started="2026-09-03 16:00", front=front,
                          sections={"Summary": _SUMMARY, "Recalled products": _TABLE, "What you should do": _ADVICE},
                          updates=updates)
    return write_statement(project, settings, text, "2026-09-03-lumen.md"), settings


def _copies(project, settings):
    statement, settings = _lumen(project, "kind: recall\nnext_update: 2026-09-04 12:00\n",
                                 (("2026-09-03 16:00", "identified", "We have started the recall."),))
    return {c.channel: c for c in render_copies(statement, settings, ["x", "sms", "email"], NOW) if c.update_at is None}


def test_the_codes_a_sentence_points_at_are_named_in_it_off_the_page(project, settings):
    copies = _copies(project, settings)
    for channel in ("x", "sms", "email"):
        said = "\n".join(copies[channel].parts)
        assert "one of the batch codes 25C07, 25C08 or 25C09, unplug it now" in said, (channel, said)
        assert "batch codes below" not in said and "on our website" not in said, (channel, said)


def test_the_first_post_of_a_recall_says_what_to_do_and_is_sorry(project, settings):
    posts = _copies(project, settings)["x"].parts
    assert len(posts) <= 4, posts
    first = posts[0]
    assert "unplug it now" in first and "25C09" in first, first
    assert "sorry" in first.casefold(), first
    # The news itself follows, and the thread still says when the next update comes.
    assert any("18,200 charging docks" in post for post in posts), posts
    assert any("Next update" in post for post in posts), posts


def test_a_later_update_reminds_what_to_do_and_names_each_lot_once(project, settings):
    statement, settings = _lumen(project, "kind: recall\n", (
        ("2026-09-04 11:30", "identified", "In the first day 2,100 of you ordered a new dock. Next update by noon on Friday."),
        ("2026-09-03 16:00", "identified", "We have started the recall. If the sticker under your dock shows one of "
                                           "the batch codes below, unplug it now.")))
    later = next(c for c in render_copies(statement, settings, ["x"], datetime.fromisoformat("2026-09-05T10:00:00+02:00"))
                 if c.update_at is not None
                 and c.update_at.hour == 11)
    said = "\n".join(later.parts)
    assert "unplug it now" in said, said
    assert said.count("25C07") == 1, said  # never "Recalled lots: 25C07, …" beside the advice that names them
