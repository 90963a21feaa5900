"""The plain-paragraph shortcut of `markdown_to_html` gives exactly what Python-Markdown
gives, on generated texts and on every text of the sample statements."""

from __future__ import annotations

import html

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text import markdown_to_html, plain_paragraph

ALPHABET = "abcdefXYZéèàçœÉ 0123456789.,;:!?'’\"«»()%€$£/+=@#-–—…\n\u00a0\u202f"


def by_markdown(text: str) -> str:
    return markdown.Markdown(extensions=["sane_lists"], output_format="html").convert(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=80))
def test_a_plain_paragraph_is_what_markdown_makes_of_it(text: str) -> None:
    text = text.strip()
    if plain_paragraph(text):
        assert f"<p>{html.escape(text, quote=False)}</p>" == by_markdown(text)


def test_texts_with_markup_are_not_taken_for_plain() -> None:
    for text in ["- a list", "1. first", "2) second", "# Heading", "Title\n===", "a  \nb", "*bold*", "a_b_c",
                 "[link](https://x.example)", "a & b", "<b>x</b>", "    code", "> quote", "one\n\ntwo", "a\tb"]:
        assert not plain_paragraph(text), text


def test_the_samples_render_the_same_with_and_without_the_shortcut(incidents) -> None:  # type: ignore[no-untyped-def]
    import nh3

    from generator.text import ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, strip_comments

    texts = [update.text for incident in incidents for s in incident.translations.values() for update in s.updates]
    texts += [section.text for incident in incidents for s in incident.translations.values() for section in s.sections]
    assert sum(plain_paragraph(strip_comments(t).strip()) for t in texts) > 10
    for text in texts:
        slow = nh3.clean(by_markdown(strip_comments(text)), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                         url_schemes=ALLOWED_SCHEMES, link_rel="noopener noreferrer")
        assert str(markdown_to_html(text)) == slow, text
