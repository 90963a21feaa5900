"""The kit a communications director receives, checked against its statements over many
statements (the samples and tests/fixtures/kit/: outage, breach, recalls, fire, billing error,
in English and French): the first post carries the news and the apology, every SMS fits two
segments with a sentence of substance, every figure of the updates reaches the press release,
no output prints a past promise as current, a corrected value is never said again but in its
correction (the copies of the update that said it stay as they were sent), and each channel
and document keeps its own conventions."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from generator.rendering.brief import Brief
from generator.reading.kinds import kind
from generator.rendering.channels import counting, render_copies
from generator.rendering.documents.checklist import render_checklist
from generator.rendering.documents.memo import render_memo
from generator.rendering.documents.qa_brief import render_qa_brief
from generator.rendering.documents.replies import reply_templates
from generator.rendering.press import release_context, render_press_release
from generator.reading.reader import load_incidents
from generator.reading.settings import load_settings
from tests.conftest import REPO
from tests.press_support import assert_sent_as_written
from tests.test_channels_oracles import _oracle as platform_counts

KIT = REPO / "tests" / "fixtures" / "kit"
NOW = datetime.fromisoformat("2026-11-29T23:15:00+01:00")


def _statements(root: Path):  # type: ignore[no-untyped-def]
    settings = load_settings(root)
    incidents, problems = load_incidents(settings, now=NOW)
    assert not [p for p in problems if p.severity == "error"], problems
    return settings, [s for incident in incidents for s in incident.translations.values()]


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    found = []
    for org in sorted(p for p in KIT.iterdir() if p.is_dir()):
        root = tmp_path_factory.mktemp(org.name)
        shutil.copy(org / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(org / "statements", root / "statements")
        settings, statements = _statements(root)
        found += [(settings, statement) for statement in statements]
    assert len(found) == 13  # ten statements, three of them in two languages
    return found


def _spaces(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_first_x_and_bluesky_post_holds_the_news_and_the_apology_or_the_title(kit) -> None:  # type: ignore[no-untyped-def]
    together: list[tuple[str, str, str, str, str]] = []  # slug, channel, apology, first post, news + apology
    for settings, statement in kit:
        brief = Brief(statement, settings, NOW)
        for channel in ("x", "bluesky"):
            first = _spaces(render_copies(statement, settings, [channel], NOW)[0].parts[0])
            news = _spaces(brief.news)
            if news in first:
                apology = _spaces(brief.apology or "")
                # Both in part 1 whenever both fit with the link; the apology never waits
                # behind anything but the news and the advice.
                url = settings.statement_url(statement.slug, statement.lang)
                if brief.apology and len(brief.apology) < 60:
                    both = f"{brief.news}\n\n{brief.apology}\n\n{url}\n#Tag\n9/9"
                    together.append((statement.slug, channel, apology, first, both))
            else:
                # The news cannot stand whole in one post: it is cut at a clause and goes on
                # ("…") in the next post, never mid-list; else the title leads.
                second = _spaces(render_copies(statement, settings, [channel], NOW)[0].parts[1])
                if _spaces(statement.title) not in first:
                    lead = first.split(" https://")[0]
                    assert lead.endswith("…") and news.startswith(lead[:-1]), (statement.slug, channel, first)
                    assert second.startswith("…"), (statement.slug, channel, second)
                else:
                    assert news[:40] in second
    # Whether both fit one post is the platform's count (twitter-text, @atproto/api), not ours.
    assert together
    counts = platform_counts([both for *_, both in together])
    fitting = 0
    for (slug, channel, apology, first, _), count in zip(together, counts, strict=True):
        if count["x_weighted_length" if channel == "x" else "bluesky_graphemes"] <= (280 if channel == "x" else 300):
            fitting += 1
            assert apology in first, (slug, channel)
    assert fitting


def test_every_sms_fits_two_segments_and_carries_a_sentence_of_substance(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        url = settings.short_url(statement.slug, statement.lang)  # the short address, s/<code>/
        if kind(statement) == "breach":  # no link after a breach: the site's name, typed by hand
            host = settings.site_url.split("//", 1)[1].rstrip("/")
            if statement.lang != settings.languages[0]:
                host += f"/{statement.lang}"  # the readers' own part of the site, never the other language's home
            url = f"Infos : tapez l'adresse {host}" if statement.lang == "fr" else f"Details: type {host} yourself"
        for copy in render_copies(statement, settings, ["sms"], NOW):
            text = copy.parts[0]
            assert counting.sms_segments(text) <= 2, (statement.slug, text)
            assert text.startswith(settings.organisation) and text.endswith(url)
            substance = text.removesuffix(url).split(":", 1)[1]
            assert len(substance.split()) >= 6, text


def test_a_breach_sms_says_we_never_ask_for_a_password(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        if Brief(statement, settings, NOW).kind == "breach":
            first = render_copies(statement, settings, ["sms"], NOW)[0].parts[0]
            assert re.search(r"never ask|ne vous demanderons jamais", first), first


_FIGURE = re.compile(r"(?<![\d:/.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d:])|(?<![\d:/.,])\d+(?:[.,]\d+)?\s?%")


def test_every_figure_of_the_updates_reaches_the_press_release(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        release = _spaces(render_press_release(statement, settings).text)
        brief = Brief(statement, settings, NOW)
        for update in statement.updates:
            withdrawn = brief.withdrawn(update)
            for figure in _FIGURE.findall(update.text):
                if any(figure in value or value in figure for value in withdrawn):
                    continue
                assert _spaces(figure) in release, (statement.slug, figure)


# What the kit's corrections withdrew, as their updates said it, and what they say instead.
_CORRECTED = {
    "2026-11-10-erreur-paie-du-lait-octobre": (["212 producteurs", "30 950 €"], ["218 producteurs", "31 870 €"]),
    "2026-11-26-rappel-tomme-fourme-listeria": (["lot 2611F01"], ["lot 2611F07"]),
    "2026-11-27-black-friday-double-charges": (["About 1,874 orders"], ["2,096, not about 1,874"]),
}


def test_a_corrected_value_is_said_again_only_in_its_correction_and_the_copies_sent_before_it(  # type: ignore[no-untyped-def]
        kit) -> None:
    checked = 0
    corrected = set()
    for settings, statement in kit:
        brief = Brief(statement, settings, NOW)
        fixed = [update for update in statement.updates if brief.withdrawn(update)]
        if not fixed:
            continue
        corrected.add(statement.slug)
        published, right = _CORRECTED[statement.slug]
        withdrawn = [value for update in fixed for value in brief.withdrawn(update)]
        assert all(any(value in words for words in published) for value in withdrawn), (statement.slug, withdrawn)
        copies = render_copies(statement, settings, None, NOW)
        # The copies of a corrected update are the record of what went out, its values as it
        # said them (an SMS may have had no room for them); its correction has copies of its own.
        for update in fixed:
            assert_sent_as_written([c for c in copies if c.channel != "sms"], update, published, right)
        sent = {update.at for update in fixed}
        outputs = [part for copy in copies if not (copy.kind == "update" and copy.update_at in sent)
                   for part in copy.parts]
        assert not any(re.search(r"\((?:Corrected|Rectifié)\b", part) for copy in copies for part in copy.parts)
        # What the documents say now: the release (its About text is the organisation's, not the
        # statement's), the memo, the Q&A and the replies.
        outputs.append(render_press_release(statement, settings).text.replace(settings.about[statement.lang], ""))
        outputs += [render_memo(statement, settings, NOW), render_qa_brief(statement, settings, NOW)]
        outputs += [reply.text for reply in reply_templates(statement, settings, NOW).values()]
        for text in outputs:
            # (A parenthesis after a full stop belongs to the sentence before: "…2:35 a.m. (corrected at…)".)
            # (Nor is a lower-case word after "a.m." a new sentence.)
            for sentence in re.split(r"(?<=[.!?])\s+(?![(a-z])", text):
                for value in withdrawn:
                    if value in sentence:
                        checked += 1
                        assert re.search(r"\bnot\b|\bnon\b|au lieu|instead|Rectifi|Correct|\(rectifié le |\(corrected at ", sentence), sentence
    assert corrected == set(_CORRECTED)
    assert checked  # the kit has corrections: the check ran


def test_no_output_prints_a_past_promise_as_current(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    settings, statements = _statements(root)
    late = datetime.fromisoformat("2026-11-20T13:30:00+01:00")  # promised for 12:00
    for statement in statements:
        if statement.resolved or statement.next_update is None:
            continue
        texts = [part for copy in render_copies(statement, settings, None, late) for part in copy.parts]
        texts += [render_memo(statement, settings, late), render_qa_brief(statement, settings, late),
                  render_checklist(statement, settings, late)]
        texts += [t.text for t in reply_templates(statement, settings, late).values()]
        texts.append(release_context(statement, settings, late).standing)
        joined = _spaces("\n".join(texts))
        assert "Next update by 20 November at 12:00" not in joined
        assert "Prochain point le 20 novembre à 12 h" not in joined
        assert re.search(r"it is late|est en retard|il est en retard", joined), statement.slug


def test_linkedin_speaks_to_partners_and_facebook_to_people(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        linkedin, facebook, instagram = (render_copies(statement, settings, [c], NOW)[0].parts[0]
                                         for c in ("linkedin", "facebook", "instagram"))
        assert linkedin != facebook
        assert "#" not in facebook
        assert re.search(r"comments|commentaire", facebook)
        assert "http" not in instagram and re.search(r"link in bio|lien dans la bio", instagram)


def test_french_copies_keep_french_typography_and_paris_time(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        if statement.lang != "fr":
            continue
        for copy in render_copies(statement, settings, ["mastodon", "email"], NOW):
            text = copy.parts[0]
            assert not re.search(r"\w :", text), "a plain space before a colon"
            assert " CET" not in text and "Cause identifiée" not in text and "Suivi en cours" not in text


def test_the_qa_never_answers_another_question(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        if not statement.severity.serious:
            continue
        qa = _spaces(render_qa_brief(statement, settings, NOW)).replace("## ", "\n## ")
        responsible = qa.split("Who is responsible?" if statement.lang == "en" else "Qui est responsable ?")[1]
        responsible = responsible.split("\n## ")[0]
        if statement.spokesperson:
            assert statement.spokesperson.name not in responsible
        for affected in statement.affected:  # the `affected` values are no list of who is affected
            assert not re.search(rf"^[-–] {re.escape(affected)}$", qa, re.MULTILINE), affected


def test_the_checklist_fits_the_kind_of_crisis(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        if not statement.severity.serious:
            continue
        checklist = _spaces(render_checklist(statement, settings, NOW))
        kind = Brief(statement, settings, NOW).kind
        if kind == "breach":
            assert "72" in checklist
        if kind == "recall":
            assert re.search(r"RappelConso|product-safety|market-surveillance", checklist)
        if kind == "safety":
            assert re.search(r"People first|Les personnes d'abord", checklist)
        assert checklist.count("Owner:") + checklist.count("Pilote :") >= 5
        assert "fausse note" not in checklist and "false note" not in checklist


def test_replies_apologise_once_and_are_signed_by_a_person(kit) -> None:  # type: ignore[no-untyped-def]
    for settings, statement in kit:
        personal = reply_templates(statement, settings, NOW)["personal"].text
        apologies = re.findall(r"\b(?:sorry|apologi[sz]e|excuses?|excuser|désolée?s?|regrette)\b", personal, re.IGNORECASE)
        assert len(apologies) == 1, (statement.slug, apologies)
        sign = "[[signature]]" if statement.lang == "fr" else "[[agent]]"  # (the slot in the reply's language)
        assert sign in personal and "team" not in personal.split(sign)[1].lower().split("\n")[0]
        assert "gêne occasionnée" not in personal
