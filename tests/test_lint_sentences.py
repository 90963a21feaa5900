"""Sentence rules, in English and French: each category catches its wording and leaves alone
the clean sentences that share its trigger words (negation, quotation, subject)."""

from __future__ import annotations

import pytest

from generator.lint.sentences import Block, mask, negated, split
from generator.lint.text_findings import text_findings


def categories(text: str, lang: str) -> set[str]:
    return {f.rule.category for f in text_findings(Block(text, 1), lang)}


BAD = [
    # (category, language, sentence)
    ("overpromise", "en", "We guarantee that your money is safe with us."),
    ("overpromise", "en", "The new system is absolutely secure."),
    ("overpromise", "fr", "Nous garantissons qu'aucune commande ne sera perdue."),
    ("overpromise", "fr", "Un tel incident ne se reproduira plus."),
    ("blame", "en", "The delay was caused by a mistake by our courier."),
    ("blame", "en", "Skyline Freight is to blame for the lost luggage."),
    ("blame", "fr", "Le retard est dû à une erreur de notre transporteur."),
    ("blame", "fr", "Ce n'est pas notre faute si le réseau est tombé."),
    ("defensive", "en", "These reports are entirely baseless."),
    ("defensive", "en", "We firmly reject these accusations."),
    ("defensive", "fr", "Nous contestons fermement ces allégations."),
    ("defensive", "fr", "La coupure était indépendante de notre volonté."),
    ("minimizing", "en", "Only a few passengers missed their connection."),
    ("minimizing", "en", "It was a brief hiccup in our app."),
    ("minimizing", "fr", "Seulement quelques passagers ont raté leur correspondance."),
    ("minimizing", "fr", "Il s'agit d'un simple souci technique."),
    ("emotional", "en", "This campaign against our drivers is a witch-hunt."),
    ("emotional", "en", "We are livid about these comments!!"),
    ("emotional", "fr", "Cette campagne contre nos chauffeurs est scandaleuse."),
    ("emotional", "fr", "Nous sommes indignés par ces commentaires."),
    ("speculation", "en", "The leak was probably the work of a competitor."),
    ("speculation", "en", "We suspect a faulty batch of sensors caused the fire."),
    ("speculation", "fr", "La fuite serait due à un concurrent."),
    ("speculation", "fr", "Il est possible que des données aient été copiées."),
    ("placeholder", "en", "Affected customers will get a voucher worth TBD."),
    ("placeholder", "en", "Call <helpline number> for help."),
    ("placeholder", "fr", "Les clients concernés recevront un bon d'achat de [MONTANT]."),
    ("placeholder", "fr", "Date de reprise : à compléter."),
    ("no-ownership", "en", "We are sorry if some passengers felt ignored."),
    ("no-ownership", "en", "Mistakes have been made in the way this was handled."),
    ("no-ownership", "fr", "Nous regrettons tout désagrément éventuel."),
    ("no-ownership", "fr", "Des erreurs ont été commises lors de la mise à jour."),
]

CLEAN = [
    # hard negatives: the trigger word is there, the fault is not
    ("en", "Only take instructions from our official channels."),
    ("en", "We are fully committed to keeping you informed."),
    ("en", "Our supplier's warehouse is closed, and we are working with them."),
    ("en", "We cannot guarantee that every parcel arrives by Friday."),
    ("en", "We will never ask you for your PIN."),
    ("en", 'Some posts call this "a minor glitch"; it is not, and we are sorry.'),
    ("en", "This is not a minor incident, and we are treating it as such."),
    ("en", "We do not know the cause yet, and we will not guess."),
    ("en", "You are right to be angry."),
    ("en", "The responsibility for this failure lies with us."),
    ("en", "Your phone stays covered by its two-year guarantee."),
    ("en", "Refunds may take up to three days to appear."),
    ("fr", "Ne suivez que les consignes de nos canaux officiels."),
    ("fr", "Nous sommes pleinement mobilisés pour vous tenir informés."),
    ("fr", "L'entrepôt de notre fournisseur est fermé, et nous travaillons avec lui."),
    ("fr", "Nous ne pouvons pas garantir que chaque colis arrive vendredi."),
    ("fr", "Nous ne vous demanderons jamais votre code."),
    ("fr", "Certains messages parlent d'un « simple bug » ; ce n'en est pas un, et nous en sommes désolés."),
    ("fr", "Ce n'est pas un incident mineur, et nous le traitons comme tel."),
    ("fr", "Nous ne connaissons pas encore la cause, et nous ne ferons pas de suppositions."),
    ("fr", "Vous avez raison d'être en colère."),
    ("fr", "Ce certificat aurait dû être renouvelé la semaine dernière : c'est notre erreur."),
    ("fr", "Votre téléphone reste couvert par sa garantie de deux ans."),
    ("fr", "Le remboursement peut prendre jusqu'à trois jours."),
]


@pytest.mark.parametrize(("category", "lang", "sentence"), BAD)
def test_each_category_catches_its_wording(category: str, lang: str, sentence: str) -> None:
    assert category in categories(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), CLEAN)
def test_clean_sentences_with_trigger_words_raise_nothing(lang: str, sentence: str) -> None:
    assert categories(sentence, lang) == set()


def test_every_sentence_category_is_tested_bad_in_both_languages() -> None:
    from generator.lint.sentence_rules import SENTENCE_RULES

    tested = {(category, lang) for category, lang, _ in BAD}
    for rule in SENTENCE_RULES:
        for lang in ("en", "fr"):
            assert (rule.category, lang) in tested, (rule.id, lang)


def test_a_finding_quotes_the_words_and_points_at_them() -> None:
    block = Block("We are sorry.\nThe outage was **probably** caused by an attack.", line=30, column=1)
    (finding,) = text_findings(block, "en")
    assert finding.rule.id == "speculation"
    # "The outage was **" is 17 characters: "probably" starts in column 18 of the second line.
    assert (finding.line, finding.column) == (31, 18)
    assert "“probably** caused”" in finding.message


def test_negation_cancels_a_phrase_only_within_its_clause() -> None:
    text = "We cannot guarantee delivery, but we guarantee a refund."
    findings = text_findings(Block(text, 1), "en")
    assert [(f.rule.id, f.column) for f in findings] == [("overpromise", text.index("we guarantee") + 1)]


def test_french_negation_ne_pas_and_elision() -> None:
    assert negated("nous ne garantissons", len("nous ne "), "fr")
    assert negated("ce n'est pas", len("ce n'est pas "), "fr")
    assert not negated("nous garantissons", len("nous "), "fr")


def test_reported_quotation_is_not_our_voice_but_a_spokesperson_quote_is() -> None:
    reported = 'A customer wrote that this was "ridiculous", and we understand why.'
    assert categories(reported, "en") == set()
    spokesperson = '"This will never happen again," said our chief executive.'
    assert categories(spokesperson, "en") == {"overpromise"}
    assert categories("« Cela ne se reproduira plus jamais. »", "fr") == {"overpromise"}


def test_markup_is_masked_without_moving_offsets() -> None:
    text = "See [our FAQ](https://example.com/never-again) <!-- TODO --> *now*"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "never-again" not in masked and "TODO" not in masked
    assert masked.index("our FAQ") == text.index("our FAQ")
    assert categories(text, "en") == set()


def test_sentences_split_at_punctuation_list_items_and_paragraphs() -> None:
    text = "We are sorry. Dr. Martin will speak at 10:00.\n\n- first item\n- second item"
    assert [s.text for s in split(Block(text, 1))] == [
        "We are sorry.", "Dr. Martin will speak at 10:00.", "first item", "second item"]


def test_placeholders_of_templates_are_found_each_with_its_column() -> None:
    text = "[WHAT HAPPENED] since <time>, see [the FAQ](https://example.com) or <https://example.com>."
    found = [(f.column, f.words) for f in text_findings(Block(text, 5), "en") if f.rule.id == "placeholder"]
    assert found == [(1, "[WHAT HAPPENED]"), (text.index("<time>") + 1, "<time>")]


def test_shouting_is_emotional_but_a_bracketed_slot_is_a_placeholder() -> None:
    assert categories("WE ARE WORKING ON IT, PLEASE WAIT.", "en") == {"emotional"}
    assert categories("[CE QUI S'EST PASSÉ]", "fr") == {"placeholder"}
