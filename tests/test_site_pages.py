"""The built sample site's pages: what a reader sees on the home, a statement, the history
and the newsroom, in both languages; drafts never published; nothing from a statement can
become markup."""

from __future__ import annotations

import html as html_module
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.test_site_support import build, read, statement

CARD = "statements/2026-11-20-card-payments/index.html"
CARD_FR = "fr/statements/2026-11-20-card-payments/index.html"
BREACH = "statements/2026-10-02-merchant-data-exposure/index.html"
LOYALTY_FR = "fr/statements/2026-11-18-retard-cartes-fidelite/index.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("site"))


def text_of(html: str) -> str:
    """Visible text, whitespace collapsed (what a reader sees)."""
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            if tag in ("script", "style", "head"):
                self.skip += 1

        def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
            if tag in ("script", "style", "head"):
                self.skip -= 1

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            if not self.skip:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def content(html: str) -> str:
    """The generated part of a page (inside the theme's article)."""
    start = html.index('<nav class="ov-nav"')
    return html[start:html.index("</article>\n", html.rindex('class="ov-'))]


def test_home_lists_the_ongoing_statement_first_with_status_severity_and_promised_update(site: Path) -> None:
    home = text_of(content(read(site, "index.html")))
    ongoing, _, rest = home.partition("Resolved in the last 24 hours")
    just_resolved, _, history = rest.partition("Recent history")
    assert "Card payments failing at checkout" in ongoing
    assert "Status: Monitoring" in ongoing and "Severity: Major" in ongoing
    assert "Last update: 20 November 2026, 10:50 CET" in ongoing
    assert "Next update promised by: 20 November 2026, 12:00 CET" in ongoing
    # resolved the day before (17:00 yesterday, the clock at 11:30): under the banner with its
    # summary, marked as French-only; older resolved statements are history
    assert "Retard d'envoi des cartes de fidélité (in French)" in just_resolved
    assert "les cartes existantes restent valables" in just_resolved
    assert "Merchant contact details exposed by a reporting tool" in history
    assert "Card payments" not in history and "Retard d'envoi" not in history


def test_a_resolved_statement_leaves_the_top_of_the_home_a_day_after_its_resolution(tmp_path: Path) -> None:
    from datetime import timedelta

    from tests.test_site_support import SAMPLE_MOMENT

    site = build(tmp_path, now=SAMPLE_MOMENT + timedelta(hours=5))  # 23 h 30 after it was resolved
    french = text_of(content(read(site, "fr/index.html"))).replace("\xa0", " ")
    assert "Résolu au cours des dernières 24 heures Retard d'envoi des cartes de fidélité" in french
    later = build(tmp_path / "later", now=SAMPLE_MOMENT + timedelta(hours=6))  # 24 h 30 after
    home = text_of(content(read(later, "index.html")))
    assert "Resolved in the last 24 hours" not in home
    history = home.partition("Recent history")[2]
    assert history.index("Retard d'envoi des cartes de fidélité (in French)") < history.index(
        "Merchant contact details exposed by a reporting tool")


def test_home_says_all_clear_when_nothing_is_ongoing(tmp_path: Path) -> None:
    site = build(tmp_path, drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert "All systems operational No ongoing incident." in text_of(read(site, "index.html"))
    assert "Tous les services fonctionnent Aucun incident en cours." in text_of(read(site, "fr/index.html"))
    assert "All systems operational" not in text_of(read(build(tmp_path / "again"), "index.html"))


def test_statement_page_shows_every_fact_and_every_update_newest_first(site: Path) -> None:
    page = text_of(content(read(site, CARD)))
    for expected in ("Card payments failing at checkout", "Status: Monitoring Severity: Major Began",
                     "Began 20 November 2026, 09:12 CET First update 20 November 2026, 09:20 CET",
                     "Last update 20 November 2026, 10:50 CET",
                     "Next update promised by 20 November 2026, 12:00 CET",
                     "Affected Checkout Restored, monitoring Mobile app Restored, monitoring",
                     "Summary Since 09:12 CET some card payments fail", "What happened At 09:12 CET",
                     "What you should do If your payment failed"):
        assert expected in page
    assert "Status Monitoring" not in page  # the status is said once, in its badge
    times = re.findall(r"<li class=\"ov-update\" id=\"[^\"]+\">\s*<h3[^>]*><time datetime=\"([^\"]+)\">([^<]+)</time>",
                       read(site, CARD))
    assert times == [
        ("2026-11-20T10:50:00+01:00", "20 November 2026, 10:50 CET"),
        ("2026-11-20T10:05:00+01:00", "20 November 2026, 10:05 CET"),
        ("2026-11-20T09:20:00+01:00", "20 November 2026, 09:20 CET"),
    ]
    # The leader's quote is on the page too, attributed as in the press release.
    assert ('Quote "We let our merchants and their customers down this morning, and we own that. Our teams are '
            'working to restore every payment." — Claire Martin, Chief Executive Officer') in page


def test_statement_page_shows_when_it_began_apart_from_our_first_word(tmp_path: Path) -> None:
    from tests.conftest import REPO

    # When the situation began (`began`, else `started`) and our first update are two facts.
    files = {}
    for name in ("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"):
        text = (REPO / "statements" / name).read_text(encoding="utf-8")
        files[name] = text.replace("\nstarted: 2026-11-20 09:12\n", "\nstarted: 2026-11-20 09:12\nbegan: 2026-11-20 07:30\n")
    site = build(tmp_path, extra=files)
    english, french = text_of(content(read(site, CARD))), text_of(content(read(site, CARD_FR)))
    assert "Began 20 November 2026, 07:30 CET First update 20 November 2026, 09:20 CET" in english
    assert ("Début 20 novembre 2026 à 7 h 30, heure de Paris "
            "Premier point 20 novembre 2026 à 9 h 20, heure de Paris") in french.replace("\u00a0", " ")
    # Without `began`, `started` is when it began (authors write it so), never "first communication".
    plain = text_of(content(read(build(tmp_path / "plain"), CARD)))
    assert "Began 20 November 2026, 09:12 CET First update 20 November 2026, 09:20 CET" in plain


def test_summer_times_name_the_summer_zone(site: Path) -> None:
    page = read(site, BREACH)
    assert '<time datetime="2026-10-04T18:00:00+02:00">4 October 2026, 18:00 CEST</time>' in page


def test_extra_sections_stay_in_place(site: Path) -> None:
    page = text_of(content(read(site, BREACH)))
    assert page.index("What you should do") < page.index("Postmortem") < page.index("Updates")


def test_french_page_is_in_french_with_french_dates_and_links_to_the_translation(site: Path) -> None:
    html = read(site, CARD_FR)
    assert '<html lang="fr"' in html
    page = text_of(content(html))
    assert "Statut : Suivi en cours" in page and "Gravité : Majeure" in page
    assert '<time datetime="2026-11-20T10:50:00+01:00">20 novembre 2026 à 10 h 50, heure de Paris</time>' in html
    assert '<a href="../../../statements/2026-11-20-card-payments/" hreflang="en" lang="en">English</a>' in html
    assert '<a href="../../fr/statements/2026-11-20-card-payments/" hreflang="fr" lang="fr">Français</a>' in read(site, CARD)


def test_french_only_statement_is_listed_in_both_languages_and_marked(site: Path) -> None:
    english = read(site, "history/index.html")
    assert 'href="../fr/statements/2026-11-18-retard-cartes-fidelite/" hreflang="fr"' in english
    assert "(in French)" in text_of(english)
    french = read(site, "fr/history/index.html")
    assert 'href="../statements/2026-11-18-retard-cartes-fidelite/" hreflang="fr"' in french
    assert 'href="../../statements/2026-10-02-merchant-data-exposure/" hreflang="en"' in french
    assert "(en anglais)" in text_of(french)
    assert (site / LOYALTY_FR).is_file()
    assert not (site / "statements/2026-11-18-retard-cartes-fidelite").exists()


def test_newsroom_lists_a_press_page_per_major_or_critical_statement(site: Path) -> None:
    newsroom = read(site, "press/index.html")
    for slug in ("2026-11-20-card-payments", "2026-10-02-merchant-data-exposure"):
        assert f'href="{slug}/"' in newsroom
        assert "FOR IMMEDIATE RELEASE" in read(site, f"press/{slug}/index.html")
    # A minor delay (loyalty cards) is no news for the press: no release, no link to one.
    assert "2026-11-18-retard-cartes-fidelite" not in newsroom
    assert not (site / "fr/press/2026-11-18-retard-cartes-fidelite").exists()
    assert "Communiqué de presse" not in text_of(read(site, LOYALTY_FR))
    assert 'href="../press/2026-11-20-card-payments/">Press release</a>' in read(site, CARD).replace("../../press", "../press")


def test_statements_stay_out_of_the_theme_navigation(site: Path) -> None:
    html = read(site, "index.html")
    theme_nav = html[html.index('class="md-nav md-nav--primary"'):html.index("</nav>", html.index('class="md-nav md-nav--primary"'))]
    assert theme_nav.count('class="md-nav__item') == 3
    assert "statements/" not in theme_nav


def test_drafts_are_never_published(tmp_path: Path) -> None:
    draft = statement(title="Secret draft", extra="draft: true\n")
    site = build(tmp_path, extra={"2026-11-19-secret.md": draft})
    found = [p for p in site.rglob("*") if p.is_file() and "Secret draft" in p.read_text("utf-8", "ignore")]
    assert found == []
    assert not (site / "statements/2026-11-19-secret").exists()


def test_drafts_show_in_the_local_preview_marked_as_drafts(tmp_path: Path) -> None:
    draft = statement(title="Secret draft", extra="draft: true\n")
    site = build(tmp_path, extra={"2026-11-19-secret.md": draft}, include_drafts=True, preview=True)
    assert "Draft: local preview only, never published." in text_of(read(site, "statements/2026-11-19-secret/index.html"))


HOSTILE_TITLE = '"<script>alert(1)</script> & <img src=x onerror=alert(2)>"'
HOSTILE_TEXT = ('Hello <script>alert(3)</script> <b onclick="x()">bold</b> '
                '[click](javascript:alert(4)) <iframe src="https://evil.example/"></iframe>')


def test_statement_content_never_becomes_markup(tmp_path: Path) -> None:
    hostile = statement(title=HOSTILE_TITLE, summary=HOSTILE_TEXT, update=HOSTILE_TEXT,
                        extra='affected: ["<svg onload=alert(5)>"]\n')
    site = build(tmp_path, extra={"2026-11-19-hostile.md": hostile})
    # JSON values are text (the JSON Feed title is plain text by definition); HTML and XML
    # files, and the JSON Feed's content_html, must carry no live markup.
    pages = [p for p in site.rglob("*") if p.suffix in (".html", ".xml", ".atom")]
    items = json.loads(read(site, "feed.json"))["items"]
    pages_html = [item["content_html"] for item in items]
    assert any("alert(3)" in h for h in pages_html)
    for fragment in pages_html:
        # A `javascript:` link stays words on the page: never a link.
        assert "<script" not in fragment and "<iframe" not in fragment and 'href="javascript:' not in fragment
    for page in pages:
        text = page.read_text("utf-8")
        for bad in ("<script>alert", "<img src=x", "<iframe", "<svg onload", "<b onclick", 'href="javascript:'):
            assert bad not in text, (page, bad)
    html = read(site, "statements/2026-11-19-hostile/index.html")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt; - " in html
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img" in html
    # JSON-LD cannot be closed from inside
    assert "\\u003c/script\\u003e" in html


def test_every_html_page_forbids_scripts_and_other_hosts(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 15
    for page in pages:
        html = page.read_text("utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert policy, page
        rules = html_module.unescape(policy.group(1))
        assert "default-src 'none'" in rules and "script-src" not in rules, page
        assert html.index("Content-Security-Policy") < html.index("<link rel=\"stylesheet\"") if "stylesheet" in html else True
        # executable scripts: none (JSON-LD is data)
        assert re.findall(r"<script(?![^>]*application/ld\+json)", html) == [], page
        # nothing loaded from another host (links to elsewhere are fine: they fetch nothing)
        loaded = re.findall(r'src="([^"]+)"', html) + re.findall(r'<link rel="(?:stylesheet|icon|preload|preconnect|modulepreload)"[^>]* href="([^"]+)"', html)
        # a page loads the site's own files (the /incidents/<id>/ and short /s/<code>/ pages
        # that only lead on load none)
        assert loaded or "incidents" in page.parts or page.parent.parent.name == "s", page
        assert all(not re.match(r"(?:https?:)?//", url) for url in loaded), (page, loaded)
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_site_has_no_search_index(site: Path) -> None:
    assert not (site / "search").exists()
    assert not list(site.rglob("search_index.json"))


def test_a_home_card_never_points_above_or_below_itself(tmp_path: Path) -> None:
    summary = "Some lots of our salmon are recalled. Check yours against the table below before eating it."
    site = build(tmp_path, extra={"2026-11-19-salmon.md": statement(title="Salmon recall", summary=summary)})
    home = text_of(read(site, "index.html"))
    assert "against the table in the full statement before eating it" in home, home
    page = text_of(read(site, "statements/2026-11-19-salmon/index.html"))
    assert "against the table below" in page  # on its own page, the table is there


def test_a_home_card_latest_update_never_points_above_itself(tmp_path: Path) -> None:
    text = statement(title="Salmon recall", summary="Some lots of our salmon are recalled.",
                     update="The table above is up to date. Two more lots are recalled.")
    site = build(tmp_path, extra={"2026-11-19-salmon.md": text})
    home = text_of(read(site, "index.html"))
    assert "The table in the full statement is up to date." in home and "table above" not in home, home


def test_recent_history_never_says_nothing_is_published_while_statements_are_under_way(tmp_path: Path) -> None:
    # Only statements under way, none closed: "No statement has been published" would be false.
    site = build(tmp_path, drop=("2026-10-02-merchant-data-exposure.md", "2026-11-18-retard-cartes-fidelite.fr.md"))
    home = text_of(read(site, "index.html"))
    assert "Ongoing" in home and "No statement has been published" not in home, home
    assert "None closed yet: the statements under way are above." in home
    french = text_of(read(site, "fr/index.html"))
    assert "Aucune n'est encore close : les déclarations en cours sont ci-dessus." in french.replace("\xa0", " ")


@pytest.mark.parametrize("signature", [" — Anne Lemaire, Chief Executive", " Anne Lemaire, Chief Executive of Calypso.",
                                       " — Dr. Anne Lemaire, Chief Executive"])  # (a title before the name: kit 37)
def test_a_quote_the_authors_signed_is_attributed_once(tmp_path: Path, signature: str) -> None:
    text = statement(title="Unauthorised access to appointment data", severity="critical",
                     extra="spokesperson: {name: Anne Lemaire, role: Chief Executive}\n",
                     summary="Someone copied appointment data. We apologise.")
    text = text.replace("## Updates", f"## Quote\n\"We owe every patient an answer.\"{signature}\n\n## Updates")
    site = build(tmp_path, extra={"2026-11-19-access.md": text})
    page = text_of(content(read(site, "statements/2026-11-19-access/index.html")))
    assert page.count("Anne Lemaire") == 1, page


def test_an_accident_and_a_bad_buzz_take_no_ticket_words(tmp_path: Path) -> None:
    # "Problem identified" on a page about people hurt, "Resolved" on an advert withdrawn: the
    # status says where things stand in words for that crisis.
    from tests.conftest import REPO

    files = {}
    for name in ("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"):
        text = (REPO / "statements" / name).read_text(encoding="utf-8")
        files[name] = text.replace("\nseverity: major\n", "\nseverity: major\nkind: safety\n")
    site = build(tmp_path, extra=files)
    english, french = text_of(content(read(site, CARD))), text_of(content(read(site, CARD_FR)))
    assert "Problem identified" not in english and "Ongoing" in english, english
    assert "Problème identifié" not in french and "En cours" in french, french


@pytest.mark.parametrize("zone, english, french", [("Europe/Paris", "en_GB", "fr_FR"),
                                                   ("Europe/Zurich", "en_GB", "fr_CH"),
                                                   ("America/Toronto", "en_CA", "fr_CA")])
def test_the_pages_og_locale_is_the_language_of_the_sites_country(tmp_path: Path, zone: str, english: str,
                                                                   french: str) -> None:
    from datetime import timedelta

    from tests.test_site_support import SAMPLE_MOMENT

    # (A day later: the samples' times read in Toronto's clock would otherwise be ahead.)
    site = build(tmp_path, config=lambda text: text.replace("timezone: Europe/Paris", f"timezone: {zone}"),
                 now=SAMPLE_MOMENT + timedelta(days=1))
    for page, locale in (("index.html", english), ("fr/index.html", french)):
        assert f'<meta property="og:locale" content="{locale}">' in read(site, page), page


def test_the_home_cards_latest_update_names_its_days(tmp_path: Path) -> None:
    text = statement(title="Boil water notice in Kelderby", severity="major",
                     update="The first samples, taken this morning at 8:00, are clear. A second series will be taken "
                            "tomorrow morning.")
    site = build(tmp_path, extra={"2026-11-19-water.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    html = read(site, "index.html")
    card = html[html.index("The first samples"):][:400]
    # A static page is read for days: "this morning" and "tomorrow" would go wrong by the next one.
    assert "this morning" not in card and "tomorrow" not in card, card
    assert "19 November" in card and "20 November" in card, card


def test_a_north_american_english_page_reads_its_clock_in_twelve_hours():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from generator.rendering.moments import time_words
    from generator.rendering.site.labels import human_datetime

    toronto = ZoneInfo("America/Toronto")
    at = datetime(2026, 11, 27, 19, 40, tzinfo=ZoneInfo("UTC"))  # 2:40 p.m. in Montréal
    assert human_datetime(at, toronto, "en") == "November 27, 2026, 2:40 p.m. EST"
    assert time_words(at, toronto, "en") == "2:40 p.m. EST"
    # A British or a French reader keeps the 24-hour clock; French on the hour drops « 00 ».
    london = ZoneInfo("Europe/London")
    assert human_datetime(at, london, "en") == "27 November 2026, 19:40 GMT"
    assert human_datetime(datetime(2026, 11, 27, 16, 0, tzinfo=ZoneInfo("UTC")), ZoneInfo("Europe/Paris"),
                          "fr") == "27 novembre 2026 à 17 h, heure de Paris"


def test_a_recall_card_on_the_home_page_lists_the_lots_its_summary_points_to(tmp_path: Path) -> None:
    # "one of the lot numbers below" on the home page: the reader holding the box finds the codes
    # there, not one click away.
    summary = ("We are recalling our 250 g Trailblend granola, because it may contain hazelnuts not listed on the "
               "label. If your pack shows one of the lot numbers below, do not eat it and bring it back for a refund.")
    extra = {"2026-11-19-granola.md": statement(
        title="Recall of Trailblend granola that may contain hazelnuts", severity="major", status="identified",
        summary=summary + "\n\n## Recalled products\n| Product | Lot | Best before |\n|---|---|---|\n"
                          "| Trailblend granola 250 g | TB4411, TB4412 | 03/2027 |",
        update="We have started the recall.", extra="kind: recall\n")}
    home = text_of(content(read(build(tmp_path, extra=extra), "index.html")))
    assert "one of the lot numbers below" in home and "Recalled lots: TB4411, TB4412." in home, home
    assert "lot numbers in the full statement" not in home
