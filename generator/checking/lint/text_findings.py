"""Stage 2, checks: running the sentence rules over a block of text. Used for statements
(through `generator.checking.lint.lint_incident`) and directly by the corpus benchmark."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.checking.lint.registry import Rule, quoted
from generator.checking.lint.sentence_rules import MESSAGES, SENTENCE_RULES, Reading, read
from generator.checking.lint.sentences import Block, split


@dataclass(frozen=True, slots=True)
class TextFinding:
    rule: Rule
    line: int
    column: int
    words: str  # the published words at fault

    @property
    def message(self) -> str:
        return MESSAGES[self.rule.id].format(words=quoted(self.words))


# A sentence that owns the fault outright ("That is the gap that allowed this error through",
# « c'est notre procédure qui permettait qu'elle se produise »): beside it in the same paragraph,
# what a partner did or what a rule did not require is told as context, not as blame or defence.
_OWNS = {
    "en": re.compile(r"\b(?:(?:that|this|it) (?:is|was) (?:the (?:gap|flaw|weakness)|our (?:gap|failure|mistake|fault|error|"
                     r"responsibility|doing))|(?:is|was|are|were) ours\b|our (?:own )?(?:procedure|process|checks?|"
                     r"system|choice|decision|rules?) (?:that )?(?:allowed|let|permitted|failed)|the (?:mistake|error|"
                     r"fault|failure|responsibility) (?:is|was|lies with|rests with) (?:ours|us)|we take (?:full )?"
                     r"responsibility|(?:is|was) on us|the (?:cause|reason) (?:is|was) (?:our|the \w+ (?:that )?we)\b|the responsibility "
                     r"is (?:the (?:company|organisation|organization|district|council|bank|school)['’]s|ours)|"
                     # "because our rules did not require it": the gap is in our own rules
                     r"\bour (?:own )?(?:rules|process|processes|procedures?|polic(?:y|ies)) (?:did not|didn't|do not) "
                     r"(?:require|include|ask for|call for|cover))", re.IGNORECASE),
    "fr": re.compile(r"(?:c['’]est notre (?:procédure|processus|contrôle|choix|décision|erreur|faute|responsabilité)|"
                     r"(?:est|était) (?:le|la) nôtre|relève de notre (?:seule )?responsabilité|nous (?:en )?assumons|"
                     r"de notre fait|(?:c['’]est|c['’]était) notre erreur|(?:la|cette) (?:faute|erreur|responsabilité) "
                     r"(?:est|était) (?:la )?nôtre|la responsabilité (?:en )?(?:est|incombe à|revient à) (?:la nôtre|nous|celle de "
                     r"(?:l['’]entreprise|la direction|notre|la société|l['’]établissement))|la cause (?:est|était) "
                     r"(?:notre|le \w+ que nous|la \w+ que nous)|nos (?:propres )?(?:règles|procédures|processus) ne (?:l['’]|le |la |les )?"
                     r"(?:exigeai(?:en)?t|prévoyai(?:en)?t|imposai(?:en)?t) pas)", re.IGNORECASE),
}
_CONTEXT_CATEGORIES = frozenset({"blame", "defensive"})

# The partners a statement may name: when one of its sentences owns the fault in so many words
# and names the partner ("the contractor was not given that information… that was our
# responsibility"), what that partner did, told anywhere else in the statement, is context.
_PARTNERS = {
    "en": re.compile(r"\b(?:contractors?|sub-?contractors?|suppliers?|partners?|providers?|vendors?|agency|agencies|"
                     r"carriers?|couriers?|operators?|installers?)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:prestataires?|sous-traitants?|fournisseurs?|partenaires?|agences?|transporteurs?|"
                     r"opérateurs?|installateurs?|entreprises? (?:extérieures?|sous-traitantes?))\b", re.IGNORECASE),
}
# Our own words taken back ("Ces propos ne reposaient sur aucune donnée", "Those remarks were
# wrong and had no basis"): a retraction, not a claim called false in our defence.
_RETRACTS = {
    "en": re.compile(r"^(?:(?:these|those|his|her|their|our|the) (?:remarks|words|comments|claims|statements?|advert|"
                     r"post|message)|what (?:he|she|we) said)\b[^.]{0,40}\b(?:were|was|had|has|have)\b[^.]{0,30}\b(?:wrong|"
                     r"false|untrue|no basis|not based|unfounded|baseless)", re.IGNORECASE),
    "fr": re.compile(r"^(?:ces|ses|nos|leurs|les) (?:propos|mots|paroles|déclarations|affirmations|messages?|publications?)"
                     r"\b[^.]{0,40}\b(?:ne reposai(?:en)?t sur aucune?|étai(?:en)?t (?:faux|fausses|infondée?s?|sans fondement)"
                     r"|n['’]avai(?:en)?t aucun fondement)", re.IGNORECASE),
}


# A claim others make, that the next sentence calls false: « Des messages affirment qu'un skieur
# serait tombé. C'est faux. » The conditional is theirs, reported to be denied: no guess of ours.
_REPORTED = {
    "en": re.compile(r"\b(?:posts?|messages?|rumou?rs?|reports?|videos?|articles?|people|some|others|claims?|customers|"
                     r"users|residents|forums?)\b[^.]{0,60}\b(?:claim\w*|say|says|said|suggest\w*|report\w*|allege\w*|"
                     r"circulat\w*|spread\w*|believe\w*|think|thinks|state\w*|attribut\w*)\b|\byou may have (?:read|heard|seen)\b|"
                     r"\bit has been (?:said|suggested|reported|claimed)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:messages?|publications?|rumeurs?|vidéos?|articles?|internautes|certains|d['’]autres|on|"
                     r"clients|usagers|riverains|forums?)\b[^.]{0,60}\b(?:affirm\w*|prétend\w*|disent|dit|rapport\w*|"
                     r"racont\w*|circul\w*|laiss\w+ entendre|avanc\w*|pensent|estiment|croient|attribu\w*|lit|entend)\b|"
                     r"\bil se dit\b|\bvous avez peut-être (?:lu|entendu|vu)\b", re.IGNORECASE),
}
# (Or that says we have nothing that supports it and will not guess.)
_DENIED = {
    "en": re.compile(r"^(?:(?:this|that|it|these (?:claims|posts|reports|rumou?rs)|the (?:claim|rumou?r|report)) "
                     r"(?:is|are|was|were) (?:false|untrue|not true|wrong|baseless|unfounded|not the case)\b|"
                     r"(?:it|this|that|they) (?:has|have|is|are|was|were|did|does) not\b[^.]{0,20}[.:;]|in fact\b|"
                     r"there is no truth\b|we have no (?:information|evidence|indication)\b)", re.IGNORECASE),
    "fr": re.compile(r"^(?:c['’]est (?:faux|inexact)|ce n['’]est pas (?:vrai|exact|le cas)|il n['’]en est rien|"
                     r"(?:ces|cette) (?:informations?|rumeurs?|affirmations?|messages?) (?:est|sont) (?:fausses?|"
                     r"inexacte?s?|infondée?s?)|nous (?:le |les )?démentons|en réalité\b|il n['’]existe aucun lien|"
                     r"nous ne disposons d['’]aucun élément|nous n['’]avons aucun élément)", re.IGNORECASE),
}


_REFUSAL = re.compile(r"(?:no|non|nein)\b\s*[:,;.!]", re.IGNORECASE)


def owned_partners(blocks: Iterable[Block], lang: str) -> frozenset[str]:
    """The partners named by a sentence that owns the fault, anywhere in the statement."""
    owns, partners = _OWNS.get(lang), _PARTNERS.get(lang)
    if owns is None or partners is None:
        return frozenset()
    named: set[str] = set()
    for block in blocks:
        paragraphs: dict[int, list[str]] = {}
        for sentence in split(block):
            paragraphs.setdefault(id(sentence.paragraph), []).append(sentence.text)
        for texts in paragraphs.values():
            if any(owns.search(t) for t in texts):
                named |= {_stem(m.group(0)) for t in texts for m in partners.finditer(t)}
    return frozenset(named)


# An e-mail address, a web address or a bare domain ("my.brabanta.example"): words, not prose.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\b(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?(?=[\s),.;:]|$)")


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def text_findings(block: Block, lang: str, rules: Iterable[Rule] = SENTENCE_RULES,
                  judge: bool = True, owned: frozenset[str] = frozenset()) -> list[TextFinding]:
    """Every sentence-rule finding in `block`, in text order. Each sentence is read once;
    `judge=False` leaves the scorer out (front-matter values are names, not sentences);
    `owned`: the partners whose part the statement owns (`owned_partners`)."""
    wanted = [rule for rule in rules if rule.applies_to(lang)]
    found: list[TextFinding] = []
    sentences = split(block)
    owns = _OWNS.get(lang)
    owning = {id(s) for s in sentences if owns is not None and owns.search(s.text)}
    owned_here = {id(s.paragraph) for s in sentences if id(s) in owning}
    for index, sentence in enumerate(sentences):
        reading = read(sentence, lang) if judge else Reading(sentence, lang, None)
        # Beside its paragraph's owning sentence, a partner's part is context (the owning one is judged).
        context = id(sentence.paragraph) in owned_here and id(sentence) not in owning
        partners = _PARTNERS.get(lang)
        if owned and partners is not None and any(_stem(m.group(0)) in owned for m in partners.finditer(sentence.text)):
            context = True  # what a partner did, whose part the statement owns elsewhere
        retracts = _RETRACTS.get(lang)
        retraction = retracts is not None and retracts.search(sentence.text.strip()) is not None
        following = sentences[index + 1].text.strip() if index + 1 < len(sentences) else ""
        reported, denied = _REPORTED.get(lang), _DENIED.get(lang)
        rumour = reported is not None and denied is not None and reported.search(sentence.text) is not None \
            and denied.search(following) is not None
        addresses = [m.span() for m in _ADDRESS.finditer(sentence.text)]
        # A stock phrase asked and answered "No" ("We regret the inconvenience? No: we regret the
        # harm…", « Regretter la gêne occasionnée ? Non : … ») is refused, not said.
        refused = sentence.text.rstrip().endswith("?") and _REFUSAL.match(following) is not None
        for rule in wanted:
            assert rule.check is not None
            if context and rule.category in _CONTEXT_CATEGORIES or retraction and rule.category == "defensive" \
                    or rumour and rule.category == "speculation" or refused and rule.category != "placeholder":
                continue
            for start, end in rule.check(reading):
                if rule.category != "placeholder" and any(a <= start and end <= b for a, b in addresses):
                    continue  # a word inside an address ("suspect@safeonweb.be") says nothing of ours
                line, column = sentence.position(start)
                found.append(TextFinding(rule, line, column, sentence.words(start, end)))
    return found
