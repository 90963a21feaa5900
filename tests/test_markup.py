"""One reading of statement Markdown for every output and for the linter: what the page
shows, what the copies say and what the linter reads agree on comments, raw HTML, code and
links."""

from __future__ import annotations

from generator.checking.lint.sentences import Block, split
from generator.core.markup import prose, to_html, to_plain, unclosed_comment

TEXT = ("Since 09:12 **some** payments fail. <!-- onevoice: allow minimizing because scope -->"
        "See [our FAQ](https://status.example.com/faq) or write to <b>support</b>.\n\n"
        "- Retry after `11:00`\n- Call [us](tel:+33472000000)")


def test_a_closed_comment_is_published_nowhere_and_read_by_no_rule() -> None:
    assert "onevoice" not in to_html(TEXT)
    assert "onevoice" not in to_plain(TEXT)
    assert all("onevoice" not in piece.text for piece in prose(TEXT))


def test_raw_html_is_shown_as_text_everywhere() -> None:
    assert "&lt;b&gt;support&lt;/b&gt;" in to_html(TEXT)
    assert "<b>support</b>" in to_plain(TEXT)
    assert "<b>support</b>" in prose(TEXT)[0].text


def test_link_text_is_read_and_the_address_is_spelled_out_in_copies_only() -> None:
    assert '<a href="https://status.example.com/faq" rel="noopener noreferrer">our FAQ</a>' in to_html(TEXT)
    assert "our FAQ (https://status.example.com/faq)" in to_plain(TEXT)
    assert "See our FAQ or write to" in prose(TEXT)[0].text
    assert "- Call us (+33472000000)" in to_plain(TEXT)


def test_list_items_and_code_are_read_as_their_own_paragraphs() -> None:
    assert [piece.text for piece in prose(TEXT)][1:] == ["Retry after 11:00", "Call us"]
    assert "- Retry after 11:00\n- Call us (+33472000000)" in to_plain(TEXT)


def test_every_word_the_linter_reads_keeps_its_place_in_the_file() -> None:
    sentences = split(Block(TEXT, 10))
    second = next(s for s in sentences if s.text.startswith("See"))
    assert second.position(second.text.index("our FAQ")) == (10, TEXT.index("our FAQ") + 1)
    retry = next(s for s in sentences if s.text.startswith("Retry"))
    assert retry.position(retry.text.index("11:00")) == (12, TEXT.split("\n")[2].index("11:00") + 1)


def test_an_unclosed_comment_is_found_and_until_fixed_it_is_text_like_the_rest() -> None:
    text = "Payments fail. <!-- note\nWe are sorry."
    assert unclosed_comment(text) == text.index("<!--")
    assert unclosed_comment("a <!-- b --> c <!-- d -->") is None
    assert "We are sorry." in to_plain(text)
    assert "We are sorry." in " ".join(piece.text for piece in prose(text))


def test_a_phone_number_linked_to_itself_is_written_once_in_copies() -> None:
    assert to_plain("Appelez le [02 61 91 40 40](tel:+33261914040).") == "Appelez le 02 61 91 40 40."
    assert to_plain("Call [our line](tel:+33261914040).") == "Call our line (+33261914040)."


def test_a_cell_that_repeats_the_one_above_is_read_with_its_value():
    from generator.core.markup import tables

    md = ("| Lot | Sold |\n|---|---|\n| 3328A | Our shops and website, from 26 November |\n"
          "| 3329B | Same as above, from 27 November |\n| 3330C | Idem |\n")
    rows = tables(md)[0]
    assert rows[2] == ["3329B", "Our shops and website, from 27 November"], rows
    assert rows[3] == ["3330C", "Our shops and website, from 27 November"], rows
    assert rows[0] == ["Lot", "Sold"]
