"""A recall's SMS lists every lot or none: "Recalled lots: GB1127, GB1128…" is never shortened by
dropping its head as if it were a preamble (the text without GB1127 would tell its owner the beef
is safe); and the hazard's aside (", which can cause serious illness") goes before the instruction
after it ("do not eat them"). Statement written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-12-04T06:50:00-04:00")
LOTS = ("GB1127", "GB1128", "GB1129", "GB1128M", "GB1129M", "GB1129L", "GB1130L", "BP1130")


def test_every_lot_and_the_instruction_reach_the_sms(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", NOW.isoformat())
    table = ("| Product | Format | Lots | Best before |\n|---|---|---|---|\n"
             "| Regular ground beef | 450 g and 1 kg trays | GB1127, GB1128, GB1129 | 30 November to 2 December 2026 |\n"
             "| Medium ground beef | 450 g and 1 kg trays | GB1128M, GB1129M | 1 December to 2 December 2026 |\n"
             "| Lean ground beef | 450 g trays | GB1129L, GB1130L | 2 December to 3 December 2026 |\n"
             "| Beef burger patties | boxes of 8 patties, 908 g | BP1130 | 3 December 2026 |\n")
    text = statement_file(
        title="Recall of ground beef and burger patties: E. coli O157:H7", severity="critical",
        started="2026-12-02 18:00", front="kind: recall\nchannels: [sms]\n",
        sections={"Summary": "Ground beef and burger patties made by Littoral Co-op and sold between 27 November and "
                             "2 December may contain E. coli O157:H7, which can cause serious illness: do not eat them.",
                  "Recalled products": table},
        updates=(("2026-12-04 06:30", "monitoring", "Public Health now reports 7 people who became ill."),
                 ("2026-12-02 18:00", "investigating", "We are recalling lots GB1127, GB1128 and GB1129.")))
    statement = write_statement(project, settings, text, "2026-12-02-beef.md")
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "announcement")
    body = "\n".join(sms.parts)
    assert all(code in body for code in LOTS), body
    assert "do not eat them" in body, body


def test_a_recalls_first_update_text_says_the_recall_and_what_to_do(project, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The first update opens on how the recall came about ("Public Health told us that 3 people
    # fell ill…"): its text carries the recall and "do not eat it", never only the illness and a
    # reminder to check the freezer.
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T18:30:00-04:00")
    text = statement_file(
        title="Recall of regular ground beef: E. coli O157:H7", severity="critical", started="2026-12-02 18:00",
        front="kind: recall\nchannels: [sms]\n",
        sections={"Summary": "Regular ground beef sold at our Mountain Road store from 27 November to 2 December may "
                             "contain E. coli O157:H7: do not eat it. If you froze ground beef bought from us during "
                             "that period, please check your freezer."},
        updates=(("2026-12-02 18:00", "investigating", "New Brunswick Public Health told us this afternoon that 3 "
                  "people who fell ill with E. coli O157:H7 had eaten regular ground beef bought at our Mountain Road "
                  "store in Moncton. We are recalling lots GB1127, GB1128 and GB1129 of regular ground beef, sold "
                  "there from 27 November to 2 December. Do not eat it: bring it back for a refund or throw it away. "
                  "We are checking whether other products or stores are concerned and will update this notice by "
                  "09:00 tomorrow."),))
    statement = write_statement(project, settings, text, "2026-12-02-beef.md")
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "update")
    body = "\n".join(sms.parts)
    assert "We are recalling lots GB1127, GB1128 and GB1129" in body and "Do not eat it" in body, body
