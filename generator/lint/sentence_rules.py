"""Stage 2, checks: the sentence rules. Each looks at one sentence at a time, in the
statement's language, with the phrase tables of `vocab_en` / `vocab_fr`; a phrase counts
only in the organisation's own voice (not inside reported quotation marks) and, where the
table says so, only when no negation precedes it in its clause."""

from __future__ import annotations

import functools
import re

from collections.abc import Callable, Iterator
from types import ModuleType

from generator.lint import vocab_en, vocab_fr
from generator.lint.registry import ERROR, WARNING, Phrase, Rule
from generator.lint.sentences import Sentence, negated

VOCABULARIES: dict[str, ModuleType] = {"en": vocab_en, "fr": vocab_fr}

# Shouting: three or more words in capitals in a row (not a [TEMPLATE SLOT]).
SHOUTING = Phrase(r"(?-i:(?<![\[\w])[A-ZÀ-ÖØ-Þ]{2,}(?:[\s,'-]+[A-ZÀ-ÖØ-Þ]{2,}){2,}(?![\w\]]))", negatable=False)

# Slots left from a template or a draft, in any language: TODO/TBD/XXX, [UPPER CASE],
# <slot>, XX:XX, lorem ipsum. `[FAQ](https://…)` is a link, `<br>` a tag, not slots.
# Formatting tags only: `<time>` or `<date>` in a statement is a slot, not markup.
_HTML_TAGS = r"a|b|i|u|p|s|br|hr|em|strong|span|div|sup|sub|small|code|pre|ul|ol|li|img|table|tr|td|th|h[1-6]|blockquote"
PLACEHOLDERS: list[Phrase] = [
    Phrase(r"(?-i:\b(?:TODO|TBD|TBC|TBA|FIXME|XXX+)\b)", negatable=False),
    Phrase(r"(?-i:\b(?:XX|xx)(?:[:h](?:XX|xx))?\b)", negatable=False),
    Phrase(r"(?-i:\[[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9 '’/_.,&-]{1,60}\])(?![(\[:])", negatable=False),
    Phrase(rf"<(?!/|!|(?:{_HTML_TAGS})\b[^<>]*>)(?![^<>]*=)[^<>\n\d\s][^<>\n]{{0,40}}>", negatable=False),
    Phrase(r"\blorem\s+ipsum\b", negatable=False),
    *vocab_en.PLACEHOLDER_WORDS,
    *vocab_fr.PLACEHOLDER_WORDS,
]


def first_hit(sentence: Sentence, phrases: list[Phrase], lang: str, *, own_voice_only: bool = True) -> tuple[int, int] | None:
    """Offsets in the sentence of the earliest phrase that counts, or None."""
    hits = []
    for phrase in phrases:
        for match in phrase.regex.finditer(sentence.text):
            start, end = match.span()
            if own_voice_only and sentence.is_reported(start, end):
                continue
            anchor = match.start("k") if "k" in phrase.regex.groupindex and match.group("k") else start
            if phrase.negatable and negated(sentence.text, anchor, lang):
                continue
            hits.append((start, end))
            break
    if not hits:
        return None
    # Quote the whole wording when phrases overlap ("just a minor" + "minor glitch").
    hits.sort()
    start, end = hits[0]
    for other_start, other_end in hits[1:]:
        if other_start <= end + 1:  # overlapping or one space apart
            end = max(end, other_end)
    return start, end


def phrases_for(rule_id: str, lang: str) -> list[Phrase]:
    vocab = VOCABULARIES.get(lang)
    phrases: list[Phrase] = list(vocab.SENTENCE_PHRASES.get(rule_id, [])) if vocab else []
    if rule_id == "emotional":
        phrases.append(SHOUTING)
    return phrases


SentenceCheck = Callable[[Sentence, str], Iterator[tuple[int, int]]]


_NAMED_GROUP = re.compile(r"[(][?]P<[A-Za-z_]\w*>")


@functools.lru_cache(maxsize=None)
def _screen(rule_id: str, lang: str) -> re.Pattern[str] | None:
    """One regex matching wherever any of the rule's phrases could: most sentences are clean,
    and one search rules them out instead of one per phrase. It may match more than the
    phrases (case is ignored for all), never less; None when the phrases cannot be joined."""
    phrases = phrases_for(rule_id, lang)
    if not phrases:
        return None
    try:
        plain = [_NAMED_GROUP.sub("(?:", phrase.pattern) for phrase in phrases]
        return re.compile("|".join(f"(?:{pattern})" for pattern in plain), re.IGNORECASE)
    except re.error:
        return None


@functools.lru_cache(maxsize=None)
def _cues(rule_id: str, lang: str) -> re.Pattern[str] | None:
    """The words one of which every phrase of the rule needs (`generator.lint.cues`)."""
    from generator.lint.cues import cue_pattern

    return cue_pattern(phrase.pattern for phrase in phrases_for(rule_id, lang))


# Working out a rule's cues costs about what compiling its phrases does: worth it from a few
# hundred sentences on (a whole site), not for the check of one statement.
CUES_FROM = 300
_screened: dict[tuple[str, str], int] = {}


def _phrase_check(rule_id: str) -> SentenceCheck:
    def check(sentence: Sentence, lang: str) -> Iterator[tuple[int, int]]:
        key = (rule_id, lang)
        seen = _screened[key] = _screened.get(key, 0) + 1
        if seen > CUES_FROM and sentence.cue_text is not None:
            cues = _cues(rule_id, lang)
            if cues is not None and not cues.search(sentence.cue_text):
                return
        screen = _screen(rule_id, lang)
        if screen is not None and not screen.search(sentence.text):
            return
        hit = first_hit(sentence, phrases_for(rule_id, lang), lang)
        if hit:
            yield hit
    return check


def _placeholder_check(sentence: Sentence, lang: str) -> Iterator[tuple[int, int]]:
    # Every slot counts, quoted or not, so each one gets its own finding.
    for phrase in PLACEHOLDERS:
        for match in phrase.regex.finditer(sentence.text):
            yield match.span()


# message shown with the words at fault, per rule
MESSAGES: dict[str, str] = {
    "placeholder": "a placeholder is still in the text: {words}",
    "overpromise": "promises what nobody can guarantee: {words}",
    "blame": "shifts the blame onto someone else: {words}",
    "defensive": "sounds defensive: {words}",
    "minimizing": "plays down the harm: {words}",
    "emotional": "reacts emotionally: {words}",
    "speculation": "speculates about causes or culprits: {words}",
    "non-apology": "apologises without owning the fault: {words}",
}

BOTH = ("en", "fr")

SENTENCE_RULES: list[Rule] = [
    Rule(
        "placeholder", "placeholder", ERROR, "sentence", ("*",),
        "Error: a template slot or note left in the text or front matter (TODO, TBD, XXX, [NAME], <date>, "
        "XX:XX, à compléter, à préciser) would be published as is.",
        "We will publish the next update at [TIME].", "We will publish the next update at 14:00 CET.",
        {"en": "Replace the slot with the real information, or remove the sentence, before publishing.",
         "fr": "Remplacez l'emplacement par l'information réelle, ou supprimez la phrase, avant publication."},
        _placeholder_check,
    ),
    Rule(
        "overpromise", "overpromise", ERROR, "sentence", BOTH,
        "Error: a promise nobody can keep (never again, guaranteed, 100% safe, once and for all) is the next "
        "crisis; promising to keep people informed is fine.",
        "This will never happen again.",
        "We are adding a second check so that an expired certificate is caught before it can fail.",
        {"en": "Promise what you control: the actions you are taking and when you will report on them.",
         "fr": "Promettez ce que vous maîtrisez : les actions engagées et la date à laquelle vous en rendrez compte."},
        _phrase_check("overpromise"),
    ),
    Rule(
        "blame", "blame", ERROR, "sentence", BOTH,
        "Error: the fault is put on another party (a supplier, a named company, staff, customers); naming a "
        "partner you are working with is fine.",
        "The outage was caused by an error at our cloud provider.",
        "Our site was down for six hours. We chose our hosting, so this failure is ours to fix.",
        {"en": "Own the outcome even when a partner was involved: say what failed and what you are doing about it.",
         "fr": "Assumez le résultat même si un partenaire est en cause : dites ce qui a failli et ce que vous faites."},
        _phrase_check("blame"),
    ),
    Rule(
        "defensive", "defensive", WARNING, "sentence", BOTH,
        "Warning: self-justification (we did nothing wrong, we followed every procedure, beyond our control, "
        "these claims are false) reads as not listening.",
        "We followed all the required procedures.",
        "We are reviewing why our procedures did not catch this, and will publish what we find.",
        {"en": "Drop the justification: say what happened, what it means for people and what you are doing.",
         "fr": "Renoncez à vous justifier : dites ce qui s'est passé, ce que cela change pour les personnes "
               "concernées et ce que vous faites."},
        _phrase_check("defensive"),
    ),
    Rule(
        "minimizing", "minimizing", WARNING, "sentence", BOTH,
        "Warning: words that judge the harm small (only a few, minor glitch, isolated incident, nothing to "
        "worry about); stating the scope ('only customers who ordered on 2 March') is fine.",
        "Only a handful of customers were affected by this minor glitch.",
        "312 customers could not pay between 09:12 and 10:50.",
        {"en": "Give the facts without judging their size: how many people, since when, what it means for them.",
         "fr": "Donnez les faits sans en juger l'ampleur : combien de personnes, depuis quand, ce que cela "
               "change pour elles."},
        _phrase_check("minimizing"),
    ),
    Rule(
        "emotional", "emotional", WARNING, "sentence", BOTH,
        "Warning: anger, insults, sarcasm, exclamation marks or capitals in the organisation's own voice; "
        "acknowledging other people's anger is empathy, not emotion.",
        "These accusations are ridiculous!!",
        "We have read your messages and we understand your anger.",
        {"en": "Keep a calm, factual tone: no exclamation marks, capitals or insults.",
         "fr": "Gardez un ton calme et factuel : ni points d'exclamation, ni majuscules, ni invectives."},
        _phrase_check("emotional"),
    ),
    Rule(
        "speculation", "speculation", WARNING, "sentence", BOTH,
        "Warning: a guess about causes or culprits (probably an attack, we suspect, it may have been caused "
        "by) that the facts may contradict tomorrow; saying you will not speculate is fine.",
        "The outage was probably caused by a cyberattack.",
        "We do not know the cause yet. We will say what we find by 14:00.",
        {"en": "Say only what you know, and when you will know more.",
         "fr": "Ne dites que ce que vous savez, et quand vous en saurez plus."},
        _phrase_check("speculation"),
    ),
    Rule(
        "non-apology", "no-ownership", WARNING, "sentence", BOTH,
        "Warning: an apology that owns nothing (mistakes were made, sorry if anyone was offended, any "
        "inconvenience this may have caused, it is unfortunate that).",
        "We apologise for any inconvenience this may have caused.",
        "We are sorry: our update cancelled your booking.",
        {"en": "Apologise for what you did, without 'if', 'any' or 'may have': name the harm and own it.",
         "fr": "Excusez-vous pour ce que vous avez fait, sans « si », « éventuel » ni « aurait pu » : nommez le tort "
               "et assumez-le."},
        _phrase_check("non-apology"),
    ),
]
