"""A recall's update posts say which lots, as they stood that day: the advice about "a recalled
lot" goes with the codes, an update with no advice of its own is reminded of the lots and the
advice (never an older update's announcement copied in, never a lot added later). Statements
written for these tests."""

from __future__ import annotations

from datetime import datetime

from generator.rendering.channels import render_copies
from generator.rendering.channels.voices import bind
from tests.press_support import statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-06T20:00:00+02:00")


def _recall(project, settings):
    text = statement_file(front="kind: recall\n", title="Recall of sliced comté", started="2026-09-03 11:00", sections={
        "Summary": "We are recalling three lots of sliced comté, 200 g packs, because they may contain Listeria. Do not "
                   "eat this cheese.",
        "Products concerned": "| Lot | Use by |\n|---|---|\n| C4471 | 12/01/2027 |\n| C4472 | 14/01/2027 |\n"
                              "| C4480 | 20/01/2027 |"},
        updates=(("2026-09-06 10:00", "monitoring", "All three recalled lots are off the shelves. If you have a pack "
                                                    "from a recalled lot at home, do not eat it."),
                 ("2026-09-05 19:00", "identified", "A follow-up test found Listeria in lot C4480 too: we are extending "
                                                    "the recall to it. Do not eat it."),
                 ("2026-09-04 17:00", "identified", "All 312 shops that received lots C4471 and C4472 have taken them "
                                                    "off their shelves."),
                 ("2026-09-03 11:00", "identified", "We are recalling lots C4471 and C4472. Do not eat them.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    return {(c.channel, c.kind, c.update_at.isoformat() if c.update_at else ""): "\n".join(c.parts)
            for c in render_copies(statement, settings, ["x", "sms"], NOW)}


def _one(copies, channel, day):
    return next(text for (ch, kind, at), text in copies.items() if ch == channel and kind == "update" and day in at)


def test_an_update_that_says_recalled_lots_names_them_in_the_same_post(project, settings):
    copies = _recall(project, settings)
    post = _one(copies, "x", "2026-09-06").split("\n---\n")
    first = next(p for p in post if "do not eat it" in p)
    assert "C4471, C4472, C4480" in first, post


def test_a_reminder_gives_the_lots_of_its_day_and_never_an_older_announcement(project, settings):
    copies = _recall(project, settings)
    for channel in ("x", "sms"):
        text = _one(copies, channel, "2026-09-04")
        assert "C4480" not in text, text  # recalled only on 5 September
        assert "We are recalling lots C4471 and C4472" not in text, text
        assert "Do not eat this cheese" in text, text


def test_a_count_whose_people_are_in_the_sentence_before_stays_with_it():
    assert bind(["Seven people were treated by the fire service.", "Five were treated on site."], "en") == [
        "Seven people were treated by the fire service. Five were treated on site."]
    assert bind(["Sept personnes ont été prises en charge.", "Cinq ont été soignées sur place."], "fr") == [
        "Sept personnes ont été prises en charge. Cinq ont été soignées sur place."]


def test_an_update_e_mail_reminds_which_lots_and_what_to_do_right_after_its_news(project, settings):
    # "All 312 shops have taken them off their shelves" e-mailed alone tells nobody what to do;
    # the reminder comes right after the news, never after "Next update…".
    text = statement_file(front="kind: recall\n", title="Recall of sliced comté", started="2026-09-03 11:00", sections={
        "Summary": "We are recalling two lots of sliced comté, 200 g packs, because they may contain Listeria. Do not "
                   "eat this cheese."},
        updates=(("2026-09-04 17:00", "identified",
                  "All 312 shops that received lots C4471 and C4472 have taken them off their shelves. In our "
                  "warehouses, 5,100 packs were held back before delivery. The slicing line has been stopped since "
                  "3 September at 12:00. The food safety authority has been informed and is following the recall. We "
                  "are testing every product sliced on this line since 1 September; results are expected on Sunday. "
                  "Next update on Sunday evening."),
                 ("2026-09-03 11:00", "identified", "We are recalling lots C4471 and C4472. Do not eat them.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    for channel in ("email", "linkedin", "facebook"):
        copy = next(c for c in render_copies(statement, settings, [channel], NOW)
                    if c.kind == "update" and c.update_at and c.update_at.day == 4)
        body = "\n".join(copy.parts)
        assert "Do not eat" in body, (channel, body)
        assert body.index("Do not eat") < body.index("Next update on Sunday evening"), (channel, body)
        assert body.index("Do not eat") < body.index("food safety authority"), (channel, body)
    email = next(c for c in render_copies(statement, settings, ["email"], NOW)
                 if c.kind == "update" and c.update_at and c.update_at.day == 4)
    # Paragraphs a phone can read: none of the update's is a wall of six sentences.
    paragraphs = [p for p in "\n".join(email.parts).split("\n\n") if p and not p.startswith(("Subject", "Hello"))]
    assert max(len(p) for p in paragraphs) < 400, paragraphs


def _titled_recall(project, settings, title, name):
    """A recall whose news is too long for a first post beside what to do: the title leads it."""
    text = statement_file(front="kind: recall\n", title=title,
                          started="2026-09-03 11:00", sections={
        "Summary": "Fromagerie du Val is recalling three lots of sliced comté cheese in 200 g packs (C4471, C4472, "
                   "C4480), sold since 13 August in France, Belgium and Luxembourg, because they may contain Listeria "
                   "monocytogenes bacteria. Do not eat this cheese: take it back to the shop where you bought it for "
                   "a refund, or throw it away. We apologise to our customers.",
        "Products concerned": "| Lot | Use by |\n|---|---|\n| C4471 | 12/01/2027 |\n| C4472 | 14/01/2027 |\n"
                              "| C4480 | 20/01/2027 |"},
        updates=(("2026-09-03 11:00", "identified", "We are recalling three lots."),))
    return write_statement(project, settings, text, name)


def test_a_recall_thread_led_by_its_title_names_the_lots_in_the_first_post(project, settings):
    # The news too long for the first post beside what to do: the title leads it ("…recall (3
    # lots): Listeria detected"), and "Do not eat this cheese" must not read as meant for every pack.
    statement = _titled_recall(project, settings, "Sliced comté recall (3 lots): Listeria detected", "2026-09-03-test.md")
    for channel in ("x", "bluesky"):
        copy = next(c for c in render_copies(statement, settings, [channel], NOW) if c.kind == "announcement")
        first = copy.parts[0]
        assert all(code in first for code in ("C4471", "C4472", "C4480")), (channel, copy.parts)


def test_an_sms_that_extends_a_recall_says_so_and_names_the_lot(project, settings):
    for lang, update, expected in (
            ("en", "A follow-up test of products sliced on the same line found Listeria monocytogenes in lot L2632A "
                   "of plain sliced raclette, 400 g pack (use by 10/01/2027, barcode 3760148200287). We are "
                   "extending the recall to this lot, which has been sold in the same shops since 13 November. Do "
                   "not eat this product: take it back to the shop for a refund, or throw it away.",
             "extending the recall to lot L2632A"),
            ("fr", "Une analyse de contrôle des produits tranchés sur la même ligne a détecté Listeria monocytogenes "
                   "dans le lot L2632A de raclette nature tranchée, barquette 400 g (DLC 10/01/2027, code-barres "
                   "3760148200287). Nous étendons le rappel à ce lot, vendu depuis le 13 novembre dans les mêmes "
                   "magasins. Ne consommez pas ce produit : rapportez-le en magasin pour être remboursé, ou jetez-le.",
             "étendons le rappel au lot L2632A")):
        text = statement_file(lang=lang, front="kind: recall\n", title="Sliced raclette recall",
                              started="2026-09-03 11:00", sections={
            ("Summary" if lang == "en" else "Résumé"): (
                "We are recalling three lots of sliced raclette (L2631A, L2631B, L2632A). Do not eat this cheese."
                if lang == "en" else "Nous rappelons trois lots de raclette tranchée (L2631A, L2631B, L2632A). Ne "
                                     "consommez pas ce fromage."),
            ("Recalled lots" if lang == "en" else "Lots rappelés"): (
                "| Lot | Use by |\n|---|---|\n| L2631A | 08/01/2027 |\n| L2631B | 09/01/2027 |\n| L2632A | 10/01/2027 |"
                if lang == "en" else
                "| Lot | DLC |\n|---|---|\n| L2631A | 08/01/2027 |\n| L2631B | 09/01/2027 |\n| L2632A | 10/01/2027 |")},
            updates=(("2026-09-05 19:30", "identified" if lang == "en" else "identifié", update),
                     ("2026-09-03 11:00", "identified" if lang == "en" else "identifié",
                      "We are recalling two lots." if lang == "en" else "Nous rappelons deux lots.")))
        statement = write_statement(project, settings, text, "2026-09-03-test.md" if lang == "en" else
                                    "2026-09-03-test.fr.md")
        sms = next(c for c in render_copies(statement, settings, ["sms"], NOW)
                   if c.kind == "update" and c.update_at and c.update_at.day == 5)
        said = sms.parts[0].replace("\u00a0", " ")
        assert expected in said, said
        assert ("Do not eat" if lang == "en" else "Ne consommez pas") in said, said


def test_a_recall_thread_led_by_its_title_says_do_not_eat_in_the_first_post(project, settings):
    # Title, lots and the whole "Do not eat…: take it back…" too long for Bluesky's first post:
    # its instruction goes there, never an apology alone with "do not eat" in post 3.
    # (A long address, as Bluesky counts every letter of it.)
    statement = _titled_recall(project, settings, "Sliced comté recall (3 lots): Listeria monocytogenes detected",
                               "2026-09-03-recall-of-sliced-comte-cheese-three-lots.md")
    copy = next(c for c in render_copies(statement, settings, ["bluesky"], NOW) if c.kind == "announcement")
    assert copy.parts[0].startswith("Sliced comté recall (3 lots)"), copy.parts  # the title leads
    assert "Do not eat this cheese" in copy.parts[0], copy.parts


def test_the_first_sms_of_a_recall_names_every_lot_it_recalls(project, settings):
    # "lot C4472 … is also recalled" in the first update is part of the recall it announces, not
    # an extension: the text says the recall and both lots, never the test result alone.
    text = statement_file(front="kind: recall\n", title="Sliced comté recall", started="2026-09-03 17:30", sections={
        "Summary": "We are recalling two lots of sliced comté (C4471, C4472). Do not eat this cheese."},
        updates=(("2026-09-05 10:00", "monitoring", "Both lots are off the shelves."),
                 ("2026-09-03 17:30", "identified",
                  "Fromagerie du Val is recalling two lots of smoked sliced comté, 200 g pack: lot C4471, use by "
                  "08/01/2027, and lot C4472, use by 09/01/2027. One of our own routine tests this morning found "
                  "Listeria monocytogenes in a pack from lot C4471; lot C4472, sliced on the same line, is also "
                  "recalled as a precaution. Do not eat them: take them back to the shop for a refund, or throw "
                  "them away.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW)
               if c.kind == "update" and c.update_at and c.update_at.day == 3).parts[0]
    assert "is recalling two lots" in sms and "C4471" in sms and "C4472" in sms, sms


def test_a_lot_code_corrected_later_is_listed_with_the_lots_of_its_update(project, settings, monkeypatch):
    # The first update named "N2610-12", corrected to "N2610-21": a later update's copy lists
    # the three lots, never two ("N2609-14, N2610-03" would tell the owner of N2610-21 it is safe);
    # the first update's own copy stays as it was sent.
    from datetime import datetime

    from generator.rendering.channels import render_copies
    from tests.press_support import statement_file, write_statement

    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-02T12:00:00+01:00")
    table = ("| Product | Lots |\n|---|---|\n| Lune ring, sage | N2609-14, N2610-21 |\n| Lune ring, sand | N2610-03 |")
    text = statement_file(front="kind: recall\n", title="Recall of the Lune teething ring", severity="major",
                          started="2026-11-27 16:00", sections={
                              "Summary": "We are recalling three lots of our Lune teething ring. Please stop using it.",
                              "Recalled products": table},
                          updates=(("2026-12-01 17:30", "monitoring", "So far, 3,406 rings have been returned."),
                                   ("2026-11-30 11:40", "identified", "We know why these cords tear. If you have a "
                                    "ring from one of the three lots, please stop using it."),
                                   ("2026-11-27 16:00", "investigating", "We are recalling the Lune teething ring, lots "
                                    "N2609-14, N2610-03 and N2610-12. Please stop using the ring now.\n\n"
                                    "#### Correction · 2026-11-28 09:15\nThe third lot is N2610-21, not N2610-12."),
                                   ))
    statement = write_statement(project, settings, text, "2026-11-27-test.md")
    copies = render_copies(statement, settings, ["instagram", "threads", "sms"],
                           datetime.fromisoformat("2026-12-02T12:00:00+01:00"))
    first = statement.updates[-1].at
    for copy in copies:
        said = "\n".join([*copy.parts, copy.visual or ""])
        if copy.kind == "update" and copy.update_at == first:
            # The update of 27 November went out as written; its correction has a copy of its own.
            assert "N2610-12" in said, (copy.channel, said)
        elif "N2609-14" in said and copy.kind == "update":
            assert "N2610-21" in said, (copy.channel, said)
    assert any(c.kind == "correction" and "N2610-21" in "\n".join(c.parts) for c in copies)
    assert sum(1 for c in copies if c.kind == "update" and c.update_at != first and "N2610-21" in
               "\n".join([*c.parts, c.visual or ""])) >= 1


def _corrected_recall(project, settings, monkeypatch):
    monkeypatch.setenv("ONEVOICE_NOW", "2026-12-01T12:00:00+01:00")
    update_1410 = ("We now know how this happened: a batch of peanut flapjack was packed in oat packaging. We are "
                   "writing to every online customer who bought them. Two lots are affected, 3328A and 3328B, about 4,800 packs.\n\n"
                   "#### Correction · 2026-11-29 19:40\n"
                   "The second lot is 3329B, not 3328B. There is no lot 3328B.")
    text = statement_file(front="kind: recall\n", title="Flapjack bites recalled: may contain peanuts",
                          started="2026-11-29 08:30", sections={
        "Summary": "We are recalling two lots of our flapjack bites. If you have a peanut allergy, do not eat them.",
        "Products concerned": "| Lot | Best before |\n|---|---|\n| 3328A | 08/01/2027 |\n| 3329B | 09/01/2027 |"},
        updates=(("2026-11-30 12:00", "monitoring", "3,150 of the 4,800 packs have been returned. If you have a pack "
                                                    "at home, do not eat it."),
                 ("2026-11-29 14:10", "identified", update_1410),
                 ("2026-11-29 08:30", "investigating", "We are recalling our flapjack bites because some packs may "
                                                       "contain peanuts. Please do not eat them if you have a peanut "
                                                       "allergy. We will post the lot numbers by 14:00.")))
    statement = write_statement(project, settings, text, "2026-11-29-test.md")
    return {(c.channel, c.kind, c.update_at.isoformat() if c.update_at else ""): "\n".join(c.parts)
            for c in render_copies(statement, settings, ["x", "sms", "email", "facebook"],
                                   datetime.fromisoformat("2026-12-01T12:00:00+01:00"))}


def test_a_post_sent_before_the_lots_were_known_lists_none(project, settings, monkeypatch):
    copies = _corrected_recall(project, settings, monkeypatch)
    for channel in ("x", "sms", "email", "facebook"):
        text = _one(copies, channel, "2026-11-29T08:30")
        assert "3328A" not in text and "3329B" not in text, (channel, text)


def test_a_post_that_named_a_lot_since_corrected_never_lists_todays_lots_beside_it(project, settings, monkeypatch):
    copies = _corrected_recall(project, settings, monkeypatch)
    for channel in ("x", "email", "facebook"):
        text = _one(copies, channel, "2026-11-29T14:10")
        assert "3329B" not in text, (channel, text)  # as sent; its correction has its own copy
    for channel in ("x", "sms", "email", "facebook"):
        later = _one(copies, channel, "2026-11-30")
        assert "3328A, 3329B" in later, (channel, later)


def test_new_reactions_come_right_after_the_updates_first_sentence(project, settings):
    # "2 more customers had a mild reaction" before how the line is reviewed: a reader who
    # stops at the second post must not miss it.
    text = statement_file(front="kind: recall\n", title="Flapjack Bites recalled", started="2026-09-03 11:00", sections={
        "Summary": "We are recalling lots 3328A and 3329B of our Flapjack Bites: they may contain peanuts. If you have "
                   "a peanut allergy, do not eat them."},
        updates=(("2026-09-06 16:00", "monitoring", "4,210 of the 4,800 packs from the two lots have now been returned. "
                                                    "Line 3 is still stopped while we review how packaging is changed. "
                                                    "Since 5 September, 2 more customers have told us they had a mild "
                                                    "reaction; both are well."),
                 ("2026-09-03 11:00", "identified", "We are recalling lots 3328A and 3329B. Do not eat them.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    thread = next("\n".join(c.parts) for c in render_copies(statement, settings, ["x"], NOW)
                  if c.kind == "update" and c.update_at is not None and c.update_at.day == 6)
    assert thread.index("mild reaction") < thread.index("Line 3 is still stopped"), thread
