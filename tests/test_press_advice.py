"""What people should do, in a release: still said to "you", but whose line, whose shops and
who refunds is named (never "our free line" in a third-person release); a table of the
statement is listed once, with no stray cell left above it. Statements written for these tests."""

from __future__ import annotations

from generator.rendering.press import render_press_release
from tests.press_support import statement_file, write_statement

TABLE = ("| Product | Lot | Use by |\n|---|---|---|\n| Smoked salmon, 4 slices | L46318 | 5 December 2026 |\n"
         "| Smoked salmon, 8 slices | L46319 | 8 December 2026 |\n\nThe lot number is printed on the back of the pack.")


def _release(project, settings, lang: str, sections: dict[str, str], monkeypatch) -> str:
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    text = statement_file(lang=lang, front="", sections=sections,
                          updates=(("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                                    "The recall notice is in every store." if lang == "en" else
                                    "L'affiche de rappel est dans chaque magasin."),))
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    return render_press_release(write_statement(project, settings, text, name), settings).markdown.replace("\u00a0", " ")


def test_advice_names_the_organisation_instead_of_our_and_we(project, settings, monkeypatch):
    release = _release(project, settings, "en", {
        "Summary": "We are recalling two lots of smoked salmon because Listeria was found in them. We are sorry.",
        "What you should do": ("- Check the salmon in your fridge against the table above.\n"
                               "- If you have thrown it away, call our free line on 0 800 00 12 34 and we will refund "
                               "you. We never ask for your bank details.")}, monkeypatch)
    # (Named once in the item: then "the company", as AP copy does.)
    assert "call Calypso Pay's free line on 0 800 00 12 34 and the company will refund you" in release, release
    assert "The company never asks for your bank details" in release, release
    assert "against the list above" in release and " our " not in release, release


def test_french_advice_names_the_organisation_with_its_articles(project, settings, monkeypatch):
    release = _release(project, settings, "fr", {
        "Résumé": "Nous rappelons deux lots de saumon fumé. Nous présentons nos excuses.",
        "Ce que vous pouvez faire": ("- Ne suivez que les consignes de nos canaux officiels : nous ne vous demanderons "
                                     "jamais vos coordonnées bancaires.\n- Rapportez-le dans nos magasins, ou "
                                     "écrivez-nous.")}, monkeypatch)
    # (Named once in the item: then « l'entreprise », as a French communiqué does.)
    assert "des canaux officiels de Calypso Pay : l’entreprise ne vous demandera jamais" in release, release
    assert "dans les magasins de Calypso Pay, ou écrivez à l’entreprise." in release, release


def test_a_table_with_dates_leaves_no_stray_cell_in_the_release(project, settings, monkeypatch):
    release = _release(project, settings, "en", {
        "Summary": "We are recalling two lots of smoked salmon. We are sorry.", "Products concerned": TABLE},
        monkeypatch)
    lines = [line.strip() for line in release.splitlines()]
    assert "Dec. 5, 2026" not in lines and "Dec. 8, 2026" not in lines, release
    assert any(line.startswith("- ") and "L46318" in line and "Dec. 5, 2026" in line for line in lines), release
    assert "The lot number is printed on the back of the pack." in release


def test_french_advice_names_whose_consumer_service_it_is(project, settings, monkeypatch):
    release = _release(project, settings, "fr", {
        "Résumé": "Nous rappelons deux lots de saumon fumé. Nous présentons nos excuses.",
        "Ce que vous pouvez faire": "- Vous pouvez aussi le jeter et demander le remboursement à notre service "
                                    "consommateurs."}, monkeypatch)
    assert "au service consommateurs de Calypso Pay." in release, release
    assert "notre service" not in release, release


def test_an_instruction_in_the_summary_is_advice_never_a_quote_of_ourselves(project, settings):
    text = statement_file(front="kind: recall\n", started="2026-09-03 17:30", sections={
        "Summary": "We are recalling two lots of sliced tomme (T11, T12) because they may contain Listeria. Do not eat "
                   "this cheese: take it back to the shop where you bought it for a refund, or throw it away. We apologise."},
        updates=(("2026-09-03 17:30", "identified", "We are recalling lots T11 and T12."),))
    release = render_press_release(write_statement(project, settings, text), settings).text
    assert "Calypso Pay advises: do not eat this cheese; take it back to the shop where you bought it for a refund, " \
           "or throw it away." in release, release
    assert "said in a statement: “Do not eat" not in release, release


def _recall_release(project, settings, monkeypatch, lang: str, summary: str) -> str:
    """The release of a recall whose summary is `summary`, spaces and apostrophes made plain."""
    text = statement_file(lang=lang, front="kind: recall\n",
                          sections={("Summary" if lang == "en" else "Résumé"): summary},
                          updates=(("2026-09-03 10:05", "identified" if lang == "en" else "identifié",
                                    "The recall notice is in every store." if lang == "en" else
                                    "L'affiche de rappel est dans chaque magasin."),))
    monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
    name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
    release = render_press_release(write_statement(project, settings, text, name), settings).markdown
    return release.replace("\u00a0", " ").replace("’", "'")


def test_a_recall_leads_with_the_order_not_to_eat_it_in_the_releases_voice(project, settings, monkeypatch):
    # "…may contain Listeria: do not eat them" loses nothing in the lead: the order is told
    # in the third person, never left out nor quoted to "you".
    for lang, summary, asked in (
            ("en", "Smoked salmon sold between 27 November and 2 December may contain Listeria, which can cause "
                   "serious illness: do not eat it.", "asks consumers not to eat it."),
            ("fr", "Le saumon fumé vendu entre le 27 novembre et le 2 décembre peut contenir des Listeria, qui "
                   "peuvent causer une maladie grave : ne le mangez pas.",
             "demande aux consommateurs de ne pas le manger.")):
        release = _recall_release(project, settings, monkeypatch, lang, summary)
        lead = next(line for line in release.splitlines() if "Listeria" in line)
        assert asked in lead, release


def test_a_news_that_opens_on_the_order_gives_the_lead_its_fact_then_the_order(project, settings, monkeypatch):
    # "Stop using and unplug any…: since December 1 we are recalling 61,700 of them…": never an
    # empty lead under the dateline; the fact, then the order in the release's voice.
    for lang, summary, fact, asked in (
            ("en", "Stop using and unplug any Norrel ceramic tower heater: since December 1 we are recalling 61,700 of "
                   "them sold in Canada, because the switch can overheat.",
             "recalling 61,700 Norrel ceramic tower heaters sold in Canada", "asks consumers to stop using and unplug them"),
            ("fr", "Cessez d'utiliser et débranchez tout radiateur céramique Norrel : depuis le 1er décembre, nous en "
                   "rappelons 61 700 vendus au Canada, car leur interrupteur peut surchauffer.",
             "rappelle 61 700 radiateurs céramique Norrel vendus au Canada",
             "demande aux consommateurs de cesser d'utiliser et de débrancher ces radiateurs")):
        release = _recall_release(project, settings, monkeypatch, lang, summary)
        assert "****" not in release, release
        lead = next(line for line in release.splitlines() if "61 700" in line or "61,700" in line)
        assert fact in lead and asked in lead, release


def test_a_quote_written_as_a_markdown_blockquote_is_quoted_once(project, settings, monkeypatch):
    # "## Quote" then "> "We should have had a fallback…"": the release prints the words in its own
    # marks, never “> "…”.
    for lang, quote, opening in (("en", '> "We should have had a fallback, and we did not. I apologise."', "“We should"),
                                 ("fr", "> « Nous aurions dû prévoir une solution de secours. Je vous présente nos "
                                        "excuses. »", "« Nous aurions")):
        text = statement_file(lang=lang, sections={("Summary" if lang == "en" else "Résumé"): (
            "Our ticket offices could not sell passes this morning. We are sorry." if lang == "en" else
            "Nos caisses n'ont pas pu vendre de forfaits ce matin. Nous en sommes désolés."),
            ("Quote" if lang == "en" else "Citation"): quote})
        monkeypatch.setenv("ONEVOICE_NOW", "2026-09-04T20:00:00+02:00")
        name = "2026-09-03-test.fr.md" if lang == "fr" else "2026-09-03-test.md"
        release = render_press_release(write_statement(project, settings, text, name), settings).markdown
        release = release.replace("\u00a0", " ")
        assert opening in release and "> " not in release.replace("> Source", ""), release
