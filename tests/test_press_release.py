"""The press release's content: AP and French forms, the attributed quote, About and media
contact from the settings, French typography (exact code points), missing values named in the
error, and statement text that can never become markup in the HTML."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from generator.core.errors import RenderError
from generator.core.model import MediaContact
from generator.rendering.press import render_press_release
from generator.core.text import markdown_to_html
from tests.press_support import statement_file, write_statement

NBSP, NNBSP = "\u00a0", "\u202f"


def _card_payments(incidents, lang):
    return next(i for i in incidents if i.slug == "2026-11-20-card-payments").translations[lang]


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_english_release_follows_the_ap_form(settings, incidents):
    release = render_press_release(_card_payments(incidents, "en"), settings)
    paragraphs = _paragraphs(release.text)
    assert paragraphs[0] == "FOR IMMEDIATE RELEASE"
    # AP: the headline names the organisation; the dateline opens the lead, which says who
    # said what in the third person; the start time is not repeated when the lead gives it.
    assert paragraphs[1].splitlines()[0] == "Calypso Pay: Card payments failing at checkout"
    assert paragraphs[2] == (
        "LYON, France, Nov. 20, 2026 — Since 9:12 a.m. CET some card payments fail at checkout, Calypso Pay said."
    )
    assert "The incident began" not in release.text and "began at" not in release.text
    assert "Latest update, 10:50 a.m. CET on Nov. 20\n\nThe new certificate is live in every region." in release.text
    assert release.text.rstrip().endswith("\n###")


def test_english_quote_is_its_own_paragraph_attributed_by_name_and_role(settings, incidents):
    release = render_press_release(_card_payments(incidents, "en"), settings)
    expected = (
        "“We let our merchants and their customers down this morning, and we own that. Our teams are "
        "working to restore every payment,” said Claire Martin, chief executive officer of Calypso Pay."
    )
    assert expected in _paragraphs(release.text)
    assert expected in _paragraphs(release.markdown)


def test_french_release_follows_the_communique_form(settings, incidents):
    release = render_press_release(_card_payments(incidents, "fr"), settings)
    paragraphs = _paragraphs(release.text)
    assert paragraphs[0] == "COMMUNIQUÉ DE PRESSE"  # no « pour diffusion immédiate » in French usage
    assert paragraphs[1].splitlines()[0] == f"Calypso Pay{NBSP}: échec des paiements par carte en caisse"
    assert "Lyon, le 20 novembre 2026" in paragraphs
    assert f"À propos de Calypso Pay\n\n{settings.about['fr']}" in release.text
    assert f"Contact presse{NBSP}:" not in release.text  # a heading, not a label
    assert "\nContact presse\nJulie Besson\n" in release.text


def test_french_quotation_uses_guillemets_with_no_break_spaces(settings, incidents):
    release = render_press_release(_card_payments(incidents, "fr"), settings)
    expected = (
        "\u00ab\u00a0Nous avons déçu nos commerçants et leurs clients ce matin, et nous l’assumons. "
        "Nos équipes travaillent à rétablir chaque paiement\u00a0\u00bb, déclare Claire Martin, "
        "présidente-directrice générale de Calypso Pay."
    )
    assert expected in _paragraphs(release.text)
    assert expected in _paragraphs(release.markdown)


def test_french_text_gets_no_break_spaces_before_high_punctuation(project, settings):
    text = statement_file(
        lang="fr",
        sections={"Résumé": "Pourquoi ? Une panne ; elle est réparée ! Notre conseil : réessayez.", "Citation": "« Nous sommes désolés. »"},
        front="spokesperson: {name: Claire Martin, role: Présidente}\n",
        updates=(("2026-09-03 10:05", "identifié", "Un correctif arrive : patience."),),
    )
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    for output in (release.text, release.markdown):
        assert f"Pourquoi{NNBSP}?" in output
        assert f"panne{NNBSP};" in output
        assert f"réparée{NNBSP}!" in output
        assert f"Le conseil de Calypso Pay{NBSP}: réessayez" in output  # advice names who gives it
        assert f"arrive{NBSP}:" in output
        assert f"«{NBSP}Nous sommes désolés{NBSP}», déclare Claire Martin, présidente de Calypso Pay." in output
        # No ordinary space is left before high punctuation or inside guillemets.
        assert not re.search(r" [:;!?»]|« ", output)
    html_text = _visible_text(release.html)
    assert f"Pourquoi{NNBSP}?" in html_text and f"«{NBSP}Nous" in html_text


def test_french_typography_leaves_times_and_links_alone(project, settings):
    text = statement_file(
        lang="fr",
        front="",
        sections={"Résumé": "Depuis 09:12, voir [la page](https://example.org/aide?x=1) : merci."},
        updates=(("2026-09-03 10:05", "identifié", "Rien de plus."),),
    )
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    # The time takes the French press form; the link and its query string stay as written.
    assert "Depuis 9\u00a0h\u00a012, voir la page (https://example.org/aide?x=1)\u00a0: merci." in release.text
    assert 'href="https://example.org/aide?x=1"' in release.html


def test_about_and_media_contact_come_from_the_settings(project, settings):
    other = dataclasses.replace(
        settings,
        organisation="Acme Rail",
        about={"en": "Acme Rail runs trains.", "fr": "Acme Rail fait rouler des trains."},
        media_contact=MediaContact("Ann Lee", "press@acme.example", "+44 20 7946 0000"),
    )
    statement = write_statement(project, other, statement_file(sections={"Summary": "Trains are late.", "Quote": "\"Sorry.\""}))
    release = render_press_release(statement, other)
    assert "About Acme Rail\n\nAcme Rail runs trains." in release.text
    assert "Media contact\nAnn Lee\npress@acme.example\n+44 20 7946 0000" in release.text
    assert '<a href="mailto:press@acme.example">press@acme.example</a>' in release.html
    assert '<a href="tel:+442079460000">' in release.html
    assert "“Sorry,” said Claire Martin, chief executive officer of Acme Rail." in release.text
    french = write_statement(project, other, statement_file(lang="fr", sections={"Résumé": "Panne.", "Citation": "« Pardon. »"},
                                                           front="spokesperson: {name: Claire Martin, role: Présidente}\n",
                                                           updates=(("2026-09-03 10:05", "identifié", "Réparé bientôt."),)),
                             "2026-09-03-test.fr.md")
    release_fr = render_press_release(french, other)
    assert "À propos d’Acme Rail" in release_fr.text  # elided before a vowel
    assert "présidente d’Acme Rail." in release_fr.text


def test_no_quote_section_means_no_quote_paragraph(project, settings):
    statement = write_statement(project, settings, statement_file(front=""))
    release = render_press_release(statement, settings)
    assert "“" not in release.text and ", said " not in release.text
    assert 'class="quote"' not in release.html


def test_quote_without_spokesperson_is_an_error_naming_the_key(project, settings):
    text = statement_file(front="", sections={"Summary": "Payments fail.", "Quote": "\"We are sorry.\""})
    statement = write_statement(project, settings, text)
    quote_line = text.splitlines().index("## Quote") + 1
    with pytest.raises(RenderError) as raised:
        render_press_release(statement, settings)
    message = str(raised.value)
    assert "statements/2026-09-03-test.md" in message
    assert f"Quote section (line {quote_line})" in message
    assert "spokesperson: {name: …, role: …}" in message


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"about": {"en": "Calypso Pay processes payments."}}, "extra.onevoice.about.fr in mkdocs.yml"),
        ({"media_contact": None}, "extra.onevoice.media_contact: {name: …, email: …, phone: …} in mkdocs.yml"),
        ({"media_contact": MediaContact("Julie Besson", "presse@calypso-pay.example", "")}, "extra.onevoice.media_contact.phone in mkdocs.yml"),
        ({"location": {"en": "Lyon"}}, "`location: <city>` to the front matter, or set extra.onevoice.location.fr in mkdocs.yml"),
    ],
)
def test_missing_setting_is_an_error_naming_it(settings, incidents, change, named):
    broken = dataclasses.replace(settings, **change)
    with pytest.raises(RenderError) as raised:
        render_press_release(_card_payments(incidents, "fr"), broken)
    assert named in str(raised.value)
    assert "2026-11-20-card-payments.fr.md" in str(raised.value)


def test_every_missing_value_is_named_in_one_error(project, settings):
    text = statement_file(front="", sections={"Summary": "Payments fail.", "Quote": "\"Sorry.\""})
    statement = write_statement(project, settings, text)
    broken = dataclasses.replace(settings, about={}, media_contact=None, location={})
    with pytest.raises(RenderError) as raised:
        render_press_release(statement, broken)
    message = str(raised.value)
    for named in ("extra.onevoice.location.en", "extra.onevoice.about.en", "extra.onevoice.media_contact", "spokesperson"):
        assert named in message
    assert message.count("\n  - ") == 4


def test_end_mark_stays_text_when_the_markdown_is_rendered(settings, incidents):
    release = render_press_release(_card_payments(incidents, "en"), settings)
    assert release.markdown.rstrip().endswith("\\###")
    rendered = str(markdown_to_html(release.markdown))
    assert "<p>###</p>" in rendered and "<h3></h3>" not in rendered


def test_hostile_title_and_text_never_become_markup(project, settings):
    text = statement_file(
        title="<script>alert(1)</script> & <b>bold</b>",
        sections={
            "Summary": "Payments fail <img src=x onerror=alert(2)>.",
            "What happened": "<script>alert(3)</script> [click](javascript:alert(4))",
        },
    )
    release = render_press_release(write_statement(project, settings, text), settings)
    for html in (release.html, str(release.body_html)):
        parser = _Collector()
        parser.feed(html)
        tags = {tag for tag, _ in parser.tags}
        assert not tags & {"script", "img", "b"}
        attributes = [(name, value) for _, attrs in parser.tags for name, value in attrs.items()]
        assert not [a for a in attributes if a[0].startswith("on") or "javascript:" in (a[1] or "")]
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<title>Calypso Pay: &lt;script&gt;alert(1)&lt;/script&gt;" in release.html
    # The Markdown output keeps the title literal too (no tag a Markdown reader would run).
    assert "# Calypso Pay: &lt;script>alert(1)&lt;/script> & &lt;b>bold&lt;/b>" in release.markdown
    assert "<script>alert(1)</script> & <b>bold</b>" in release.text  # plain text is just text


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, dict(attrs)))
        if tag not in {"meta", "br", "hr", "img", "link", "input"}:
            self.open.append(tag)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def _visible_text(html: str) -> str:
    parser = _Collector()
    parser.feed(html)
    return "".join(parser.text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_standalone_page_is_self_contained_and_well_formed(settings, incidents, lang):
    release = render_press_release(_card_payments(incidents, lang), settings)
    assert release.html.startswith("<!DOCTYPE html>\n")
    parser = _Collector()
    parser.feed(release.html)
    assert parser.open == []  # every element closed, in order
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("h1") == 1 and "script" not in tags and "link" not in tags and "img" not in tags
    assert ("html", {"lang": lang}) in parser.tags
    csp = [attrs["content"] for tag, attrs in parser.tags if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]
    assert "<style>" in release.html and "@media print" in release.html
    # The newsroom fragment sits under the site's own <h1>: its headline is an <h2>.
    assert "<h1" not in str(release.body_html) and '<h2 class="headline">' in str(release.body_html)


def test_release_is_deterministic(settings, incidents):
    statement = _card_payments(incidents, "fr")
    assert render_press_release(statement, settings) == render_press_release(statement, settings)


def test_a_role_that_names_the_organisation_after_a_comma_reads_as_ap_writes_it(project, settings):
    # AP: "said Isabelle Arnaud-Vidal, chief executive of Montbrial Airport." (never the name
    # of the organisation lowered with the role); French: « directrice générale de l’Aéroport… ».
    settings = dataclasses.replace(settings, organisation="Montbrial Airport")
    text = statement_file(front="spokesperson: {name: Isabelle Arnaud-Vidal, role: \"Chief Executive, Montbrial Airport\"}\n",
                          sections={"Summary": "A fire closed the baggage hall. We are sorry.",
                                    "Quote": "We will publish the experts' findings."})
    release = render_press_release(write_statement(project, settings, text), settings)
    assert "said Isabelle Arnaud-Vidal, chief executive of Montbrial Airport." in release.text
    settings = dataclasses.replace(settings, organisation="Aéroport de Montbrial")
    text = statement_file(lang="fr", front="spokesperson: {name: Isabelle Arnaud-Vidal, role: Directrice générale}\n",
                          sections={"Résumé": "Un incendie a fermé le tri des bagages. Nous en sommes désolés.",
                                    "Citation": "Nous publierons les conclusions des experts."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    assert "Isabelle Arnaud-Vidal, directrice générale de l’Aéroport de Montbrial." in release.text
    assert "L’Aéroport de Montbrial" in release.text


def test_only_the_sentence_that_speaks_to_readers_is_quoted_and_an_announced_list_stays_a_list(project, settings):
    text = statement_file(lang="fr", front="", sections={
        "Résumé": "Une personne a consulté les données de 182 400 clients. Nous avons écrit à chaque client concerné. "
                  "Protéger vos données est notre métier, et nous vous présentons nos excuses.",
        "Ce qui s'est passé": "Le compte pouvait voir, pour chaque client :\n\n- le nom et le prénom ;\n"
                              "- l'historique de commandes."})
    release = render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"), settings)
    # The facts in the release's voice, the apology to "you" quoted, never the whole paragraph.
    assert ("Calypso Pay a écrit à chaque client concerné. L’entreprise indique : « Protéger vos données est "
            "notre métier, et nous vous présentons nos excuses. »") in release.text.replace("\u00a0", " ")
    assert "pour chaque client :\n\n- le nom et le prénom ;\n- l’historique de commandes." in \
        release.markdown.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_helpline_in_what_people_should_do_reaches_the_release(project, settings):
    text = statement_file(front="", sections={
        "Summary": "Tap water must be boiled in two districts since this morning. We are sorry.",
        "What you should do": "- Bring tap water to a rolling boil before drinking it.\n"
                              "- Our service line answers questions on 0761 000 111, around the clock."})
    release = render_press_release(write_statement(project, settings, text), settings)
    assert "0761 000 111" in release.text


def test_a_bold_label_of_a_list_item_never_stands_as_a_fragment_in_the_release(project, settings):
    text = statement_file(title="Passengers injured on board", sections={
        "Summary": "Twenty-three people were injured on board on Friday. We are deeply sorry.",
        "What we are doing": "- **Caring for the people on board.** Our assistance team has called the passengers "
                             "one by one.\n- **Investigation.** The marine accident office has opened an "
                             "investigation."})
    release = render_press_release(write_statement(project, settings, text), settings).text
    assert "Caring for the people on board" not in release and "Investigation." not in release, release
    assert "assistance team has called the passengers one by one" in release, release


def test_a_release_names_the_organisation_in_full_once_then_shorter(project, settings):
    # "Stagedoor Tickets Ltd" twenty times reads as a machine's; AP and French style give the
    # full name in the lead, then the name without its legal form, or its acronym.
    import dataclasses

    from tests.press_support import statement_file, write_statement

    text = statement_file(sections={
        "Summary": "On Monday, 2,870 customers who paid with Apple Pay in our app were charged twice. We are sorry.",
        "What happened": "Our payment page sent some payments twice. We switched Apple Pay off at 21:30.",
        "What we are doing": "We are refunding every duplicate payment. We will tell each customer when."})
    for org, later in (("Stagedoor Tickets Ltd", "Stagedoor Tickets"),
                       ("Société des remontées de Val-Cerise (SRVC)", "SRVC")):
        named = dataclasses.replace(settings, organisation=org, organisation_names={}, short_name=None)
        release = render_press_release(write_statement(project, named, text), named)
        # (After the headline: the lead names it in full, the rest of the body shorter.)
        body = release.text.split("About ")[0].split(" —", 1)[1]
        assert body.count(org) == 1, body
        assert later in body.split(org, 1)[1], body
        assert org in release.text.split("About ")[1]  # the boilerplate keeps the legal name


def test_words_the_release_changes_inside_a_quotation_are_dated_plainly(project, settings):
    # "today" read on another day is made clear; the release is the organisation's own text, so
    # its quotes take no journalist's [brackets].
    from tests.press_support import statement_file, write_statement

    text = statement_file(sections={
        "Summary": "Since 09:12 card payments fail at checkout. We know that many of you close your month today, "
                   "and we apologise to you."})
    release = render_press_release(write_statement(project, settings, text), settings).text
    quoted = re.findall(r"“([^”]*)”", release)
    assert any("close your month on Sept. 3" in q for q in quoted), quoted
    assert not any("[" in q or "today" in q for q in quoted), quoted


def test_each_paragraph_names_the_organisation_once_then_says_the_bank(project, settings):
    # "Harbourline" forty-five times makes a release unreadable: AP names it once a paragraph,
    # then "the bank" (its own word for itself), "it" for the next subject.
    import dataclasses

    from tests.press_support import statement_file, write_statement

    bank = dataclasses.replace(settings, organisation="Jarnac Bank", short_name="Jarnac")
    text = statement_file(title="Customer files copied", sections={"Summary": (
        "Criminals copied the files of 2,100 Jarnac customers. We closed their access on 3 September. We have written "
        "to every affected customer. We reported the breach to the regulator. We are sorry: protecting these files "
        "was our job."), "What you should do": "- If you have not heard from us and are worried, call us on "
                                                "0800 000 111. We will never ask for your password."})
    release = render_press_release(write_statement(project, bank, text), bank).markdown
    body = release.split("## About")[0]
    for paragraph in body.split("\n"):
        if "“" not in paragraph:
            assert len(re.findall(r"\bJarnac\b", paragraph)) <= 1, paragraph
    assert "the bank" in body or "The bank" in body, body
    assert "The bank has written to every affected customer. It reported the breach" in body, body
    assert "The bank will never ask for your password" in body, body


def test_an_update_s_own_instruction_follows_advises_without_a_capital(project, settings):
    # AP: "Calypso Pay advises: do not send your transfers again", not "advises: Do not…".
    from tests.press_support import statement_file, write_statement

    text = statement_file(updates=(("2026-09-03 10:05", "identified",
                                    "Transfers are delayed. Do not send your transfers again: they will all leave today."),))
    release = render_press_release(write_statement(project, settings, text), settings).text
    assert "advises: do not send your transfers again" in release, release


def test_a_headline_that_names_the_organisation_without_its_legal_form_is_not_led_by_it(project, settings):
    # "Ledgerline Ltd: Ledgerline outage locks…" names it twice.
    import dataclasses

    from tests.press_support import statement_file, write_statement

    ltd = dataclasses.replace(settings, organisation="Ledgerline Ltd", short_name="Ledgerline", organisation_names={})
    text = statement_file(title="Ledgerline outage locks small businesses out of payroll", sections={
        "Summary": "Ledgerline was unavailable for six hours. We are sorry."})
    release = render_press_release(write_statement(project, ltd, text), ltd).text
    assert "Ledgerline outage locks small businesses out of payroll" in release, release
    assert "Ledgerline Ltd: Ledgerline" not in release, release
