"""A summary the team forgot to rewrite: it still awaits a day now past ("résultats lundi 7
décembre", "three units") while later updates moved on ("five units", "results on 15 December").
What a reader checks: the page leads with the newest update and says the summary is older;
the copies and the press release lead with the newest update, never with the stale count or a
plan whose night is over; a summary still true is published as written."""

from __future__ import annotations

import re
from html import unescape
from datetime import datetime
from pathlib import Path

import pytest

from generator.rendering.channels import render_copies
from generator.rendering.press import render_press_release
from tests.press_support import plain, statement_file, write_statement
from tests.test_site_support import build, read

FRENCH = {
    "title": "Légionelles à l'hôpital de Verviers : douches suspendues dans plusieurs unités",
    "severity": "minor",
    "started": "2026-12-04 11:30",
    "lang": "fr",
    "front": "location: Verviers\n",
    "sections": {
        "Résumé": ("Un contrôle de routine a trouvé des légionelles dans le réseau d'eau chaude du bâtiment B : "
                   "les douches sont suspendues dans trois unités de soins. L'eau du robinet reste potable. "
                   "Nous attendons les résultats de nouvelles analyses lundi 7 décembre. "
                   "Nous nous excusons auprès des patients pour l'inconfort de cette mesure."),
        "Ce que nous faisons": ("- Un choc thermique et un rinçage du réseau sont prévus dans la nuit du 5 au 6 décembre.\n"
                                "- Nous avons informé l'autorité sanitaire."),
    },
    "updates": (
        ("2026-12-09 16:00", "identifié",
         "Les premiers résultats sont négatifs pour 9 des 11 points contrôlés. Par précaution, les douches "
         "restent suspendues dans les cinq unités concernées jusqu'aux résultats définitifs, attendus le "
         "15 décembre. Prochain point le 15 décembre à midi."),
        ("2026-12-07 14:00", "identifié",
         "Le choc thermique a été réalisé comme prévu dans la nuit du 5 au 6 décembre. La suspension des "
         "douches est étendue à deux autres unités, soit cinq unités au total."),
        ("2026-12-04 11:30", "identifié", "Des légionelles ont été détectées. Les douches sont suspendues."),
    ),
}
LATER = datetime.fromisoformat("2026-12-10T15:00:00+01:00")
BEFORE = datetime.fromisoformat("2026-12-05T09:00:00+01:00")


@pytest.fixture
def stale(project, settings, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ONEVOICE_NOW", LATER.isoformat())
    return write_statement(project, settings, statement_file(**FRENCH), name="2026-12-04-legionelles.fr.md")


def test_the_copies_lead_with_the_newest_update_never_the_stale_count(stale, settings) -> None:
    copies = {c.channel: c for c in render_copies(stale, settings, ["x", "sms", "facebook"], LATER)
              if c.kind == "announcement"}
    first_post = copies["x"].parts[0]
    assert "trois unités" not in " ".join(copies["x"].parts) and "7 décembre" not in first_post
    assert "cinq unités" in " ".join(copies["x"].parts[:2])
    sms = copies["sms"].parts[0]
    # The text says what and where (a text about "the units concerned" says nothing), never the old count.
    assert "légionelles" in sms and "trois unit" not in sms, sms
    facebook = copies["facebook"].parts[0]
    assert facebook.index("cinq unités") < facebook.index("Nous nous excusons"), facebook
    # What and where still lead, the newest count after them.
    assert facebook.index("des légionelles dans le réseau") < facebook.index("cinq unités"), facebook
    assert "trois unités" not in facebook and "lundi 7 décembre" not in facebook


def test_the_release_leads_with_the_newest_update_and_drops_the_plan_whose_night_is_over(stale, settings) -> None:
    markdown = render_press_release(stale, settings).markdown
    lead = next(line for line in markdown.splitlines() if line.startswith("**") and "COMMUNIQUÉ" not in line)
    release = plain(markdown)
    assert "cinq unités" in lead, lead
    assert "trois unités" not in release
    assert "sont prévus dans la nuit du 5 au 6 décembre" not in release
    # (What was done as planned is still told, in its update's words.)
    assert "réalisé comme prévu dans la nuit du 5 au 6 décembre" in release
    # The newest update is the lead: it is not told a second time under its own heading.
    assert release.count("9 des 11 points") == 1, release


def test_a_summary_still_true_is_published_as_written(project, settings, monkeypatch) -> None:
    monkeypatch.setenv("ONEVOICE_NOW", BEFORE.isoformat())
    early = dict(FRENCH, updates=FRENCH["updates"][2:])
    statement = write_statement(project, settings, statement_file(**early), name="2026-12-04-legionelles.fr.md")
    (x,) = [c for c in render_copies(statement, settings, ["x"], BEFORE) if c.kind == "announcement"]
    assert "trois unités" in " ".join(x.parts)
    release = plain(render_press_release(statement, settings).markdown)
    assert "prévus dans la nuit du 5 au 6 décembre" in release


def _text(html: str) -> str:
    """The words a reader sees (an inline tag is no space: "(<time>9 décembre</time>)")."""
    inline = re.sub(r"</?(?:time|small|strong|span|a)\b[^>]*>", "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inline)).split())


def test_the_page_and_its_card_lead_with_the_newest_update(tmp_path: Path) -> None:
    text = statement_file(**FRENCH)
    site = build(tmp_path, extra={"2026-12-04-legionelles.fr.md": text}, now=LATER)
    page = _text(read(site, "fr/statements/2026-12-04-legionelles/index.html"))
    latest = page.index("Dernière mise à jour (9 décembre 2026 à 16 h")
    assert latest < page.index("Ce résumé a été rédigé avant le dernier point ci-dessus, qui fait foi.") \
        < page.index("trois unités de soins")
    assert page.index("cinq unités concernées") < page.index("trois unités de soins")
    home = _text(read(site, "fr/index.html"))
    card = home[home.index("Légionelles à l'hôpital de Verviers"):]
    assert "cinq unités concernées" in card[:1500] and "trois unités" not in card[:1500], card[:1500]
