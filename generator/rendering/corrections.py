"""Renderer stage, one place: what a correction changes in the update it corrects.

A statement keeps its record: an update stays as published, its corrections below it
(`#### Correction · …`). A copy is written for now, so it says the corrected thing once:
- the update's own copy carries the right values where the wrong ones stood ("the lot is
  2611F07, not 2611F01": 2611F01 becomes 2611F07; "218 producers… 31,870 €" replaces the
  figures of the same sentence, found by the words around them);
- each correction gets its own copy, whose words ("in this message", "the table above")
  are made true outside the page they were written for.
"""

from __future__ import annotations


import functools
import re
from dataclasses import dataclass

# A value: a figure with thousands separators, a decimal, or a code with digits (2611F07).
# (A code in parts, "N2610-21", is one value: its "21" is never a figure of its own.)
_VALUE = r"\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+(?:[.,]\d+)?|[A-Za-z]*\d\w*(?:-[A-Za-z]*\d\w*)*(?:[.,]\d+)?"
VALUE = re.compile(rf"(?<![\w])(?:{_VALUE})(?![\w])")
_NUMBER = r"\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# "2611F07, et non 2611F01", "is 2,096, not about 1,874", "218 au lieu de 212", "on 27 November
# at 09:10, not 26 November at 08:10": the words that say a value was wrong.
_CONNECTOR = re.compile(r"\s*,?\s+(?:and not|not|et non(?: pas)?|non pas|au lieu de|au lieu du|au lieu des|instead "
                        r"of|rather than|plutôt que)\s+", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:d['’]\s?|de\s+)?(?:about|around|roughly|environ|près de|quelque)\s+", re.IGNORECASE)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|"
           "mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
# Counts in words ("Three people, not two, were taken to hospital"): a value like a figure.
_COUNT_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|six|sept|"
                "huit|neuf|dix|onze|douze")
_COUNT = re.compile(rf"(?<![\w-])(?:{_COUNT_WORDS})(?![\w-])", re.IGNORECASE)
# Values by kind, so a date pairs with a date and a time with a time.
_KINDS = (
    # A length of time with its units ("1 hour 15 minutes, not 45 minutes", « 1 h 15, et non 45
    # minutes »): one value, never "15" put in the place of "45".
    ("duration", re.compile(r"(?<![\d:])\d{1,3}\s?(?:hours?|hrs?)(?:\s(?:and\s)?\d{1,2}\s?(?:minutes?|mins?))?(?![\w:])|"
                            r"(?<![\d:])\d{1,3}\s?h\s?\d{2}(?=\s*(?:,|;|\.|$)\s*(?:et non|au lieu|not|instead|$))|"
                            r"(?<![\d:])\d{1,3}\s?(?:minutes?|mins?)(?![\w:])", re.IGNORECASE)),
    # A date in figures ("09/01/2027", "2027-01-09") is one value, never three numbers.
    ("date", re.compile(r"(?<![\w/.-])(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\w/-])")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s(?:{MONTHS})\b|\b(?:{MONTHS})\s\d{{1,2}}\b", re.IGNORECASE)),
    ("time", re.compile(r"(?<![\d:])\d{1,2}(?::\d{2}|\s?h\s?\d{2}|\s?h\b)(?:\s?[ap]\.?m\.?)?(?![\d:])", re.IGNORECASE)),
    # A sum with its currency and its scale ("$1.0 million, not $870,000", « 1,0 million de
    # dollars, et non 870 000 $ »): one value, never "1.0" put in the place of "870,000".
    ("money", re.compile(rf"[$€£]\s?(?:{_NUMBER})(?:\s?(?:million|billion|thousand|bn|m|k)\b)?|"
                         rf"(?<![\w.,])(?:{_NUMBER})(?:\s(?:millions?|milliards?|billions?|thousand))?[\s\u00a0\u202f]?"
                         r"(?:(?:de |d['’])?(?:dollars|euros|francs|livres)\b|[$€£](?!\w)|(?:CAD|USD|EUR|CHF|GBP)\b)",
                         re.IGNORECASE)),
    ("value", re.compile(rf"(?<![\w])(?:{_VALUE})(?![\w])")),
    ("count", _COUNT),
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Words a correction says about the page it was written on, false in a post or an e-mail.
_SELF = {
    # "this page" is the status page, not the update ("on our status page": brief.off_page).
    # (With the time it names, which the dated words say again: "in our 11:00 update", « dans
    # notre point de 11h00 », never « …du 4 décembre à 11 h de 11h00 ».)
    "en": re.compile(r"\b(?:in|on|from) (?:this|that|the|our) (?:\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?(?: [A-Z]{2,4})? )?"
                     r"(?:post|message|update)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:dans|sur) (?:ce|cet|cette|le|la|notre) (?:message|point|publication|mise à jour)\b"
                     r"(?:[\s\u00a0]+(?:de|d['’])[\s\u00a0]*\d{1,2}[\s\u00a0\u202f]*(?:h|:)[\s\u00a0\u202f]*\d{0,2}"
                     r"(?:[\s\u00a0]+\(heure [^)]*\))?(?!\w))?",
                     re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class Change:
    wrong: str
    right: str
    about: bool = False  # the wrong value was approximate ("not about 1,874"): drop "about"


def _trimmed(value: str) -> str:
    """A value without the punctuation around it, "3:05 p.m." keeping its last stop."""
    kept = value.strip(" .,")
    return kept + "." if re.search(r"\b[ap]\.m$", kept, re.IGNORECASE) else kept


# A number people dial, "9-1-1", « 1-1-2 »: a name, never a count a correction changes.
_DIALLED = re.compile(r"\d(?:-\d){2,}")


def typed_values(text: str) -> list[tuple[str, str]]:
    """(kind, value) in order: dates, then times, then figures and codes in what is left."""
    found: list[tuple[int, str, str]] = []
    masked = text
    for kind_name, pattern in _KINDS:
        for match in pattern.finditer(masked):
            found.append((match.start(), kind_name, match.group(0).strip()))
        masked = pattern.sub(lambda m: " " * len(m.group(0)), masked)
    return [(kind_name, value) for _, kind_name, value in sorted(found) if not _DIALLED.fullmatch(value)]


def explicit_changes(correction: str, whole: str = "") -> list[Change]:
    """The values a correction names as wrong, each with the right one of the same kind: the
    clause before "not" holds the right values, the words after it the wrong ones. (`whole`:
    the correction's full text, when `correction` is one of its sentences.)"""
    changes: list[Change] = []
    for connector in _CONNECTOR.finditer(correction):
        before = re.split(r"[;:.!?]\s|,\s(?=[^\d])", correction[:connector.start()])[-1]
        after = re.split(r"[,;:.!?]\s|[,;:.!?]$|\s(?:as|comme|que)\s", correction[connector.end():])[0]
        about = bool(_ABOUT.match(after))
        # (A figure in brackets is an aside: "2 150 ménages (quelque 4 900 habitants) …, et non 1 450"
        # puts right the households, not the inhabitants.)
        rights = typed_values(re.sub(r"\s*\([^()]*\)", "", before)) or typed_values(before)
        wrongs = typed_values(_ABOUT.sub("", after))
        # (The whole a part is told of is no value put right: "Five of the eight turnstiles…, not
        # three", « Cinq tourniquets sur huit…, et non trois » correct the five, never the eight.)
        wholes = [typed for typed in rights if _whole_in(before, typed[1])]
        # (Unless the wrong side names its whole too: « 1 bus sur 2, et non 1 bus sur 3 ».)
        if wholes and len(wholes) < len(rights) and not any(_whole_in(after, value) for _, value in wrongs):
            rights = [r for r in rights if r not in wholes]
        if not any(k == "duration" for k, _ in wrongs):
            # "40 minutes, not 25": the wrong figure said without its unit pairs with the figure.
            rights = [("value", re.sub(r"\D.*", "", v)) if k == "duration" and re.fullmatch(
                r"\d{1,3}\s?(?:hours?|hrs?|minutes?|mins?)", v, re.IGNORECASE) else (k, v) for k, v in rights]
        if not any(k == "money" for k, _ in rights) or not any(k == "money" for k, _ in wrongs):
            # "25 euros, not 20": a sum on one side only pairs as a figure, its number alone.
            rights, wrongs = ([("value", re.search(_NUMBER, v).group(0)) if k == "money" else (k, v)  # type: ignore[union-attr]
                               for k, v in side] for side in (rights, wrongs))
        for kind_name in ("duration", "date", "time", "money", "value", "count"):
            mine = [value for k, value in rights if k == kind_name]
            theirs = [value for k, value in wrongs if k == kind_name]
            if kind_name == "value" and len(theirs) == 1 and len(mine) > 1:
                # "About 18,400 customers installed version 4.8, not 31,000": the figure of the
                # same size as the wrong one, never a version's number.
                named = [v for v in mine if not re.search(rf"\b(?:versions?|v|release|build)\s?{re.escape(v)}(?![\w.])",
                                                          before, re.IGNORECASE)] or mine
                size = len(re.sub(r"\D", "", theirs[0]))
                mine = [min(reversed(named), key=lambda v: abs(len(re.sub(r"\D", "", v)) - size))]
            for right, wrong in zip(mine[-len(theirs):] if theirs else [], theirs):
                if right != wrong and not _still_stands(whole or correction, wrong):
                    changes.append(Change(_trimmed(wrong), _trimmed(right), about and kind_name == "value"))
    return changes


def _whole_in(text: str, value: str) -> bool:
    """Whether `value` is the whole a part is told of in `text` ("of the eight", « sur huit »)."""
    return re.search(rf"\b(?:of|out of|among|sur|parmi)\s+(?:the\s+|les\s+|des\s+|our\s+|nos\s+)?{re.escape(value)}(?![\w])",
                     text, re.IGNORECASE) is not None


_SAID_WRONG = re.compile(r"\b(?:no|not|never|non|aucune?|ne|n['’]|pas|instead of|au lieu d\w*|kein\w*|nicht)\b",
                         re.IGNORECASE)


def _still_stands(correction: str, wrong: str) -> bool:
    """The wrong value said again as true for others ("Droixhe opens at 10:00, not 08:00. The
    other four points open at 08:00"): the correction is of one item of a list, which a
    rewrite of the value would change for all; the note under the update says it instead."""
    # (Said again only where no "not" or "no" stands just before it: "There is no lot L6320A"
    # says again that it was wrong.)
    return any(not _SAID_WRONG.search(correction[max(0, m.start() - 25):m.start()])
               for m in re.finditer(rf"(?<![\w:.,-]){re.escape(wrong)}(?!\w|[:.,-]\d)", correction))


def _context(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    before = [w.lower() for w in _WORD.findall(text[:start])][-2:]
    after = [w.lower() for w in _WORD.findall(text[end:])][:2]
    return before, after


def _score(a: tuple[list[str], list[str]], b: tuple[list[str], list[str]]) -> int:
    """Words in the same places around two values: the one just before, the one before it,
    the one just after, the one after it."""
    score = 0
    for mine, theirs in ((a[0][::-1], b[0][::-1]), (a[1], b[1])):
        for index in range(min(len(mine), len(theirs))):
            if mine[index] != theirs[index]:
                break
            score += 1
    return score


def aligned_changes(sentence: str, corrections: list[str], fixed: frozenset[str] = frozenset()) -> list[Change]:
    """Figures a correction restates in the same words as a sentence of the update ("218
    producteurs ont reçu…" for "212 producteurs ont reçu…"): each pairs with the one value
    of the sentence whose neighbouring words match best, two words at least."""
    found: list[Change] = []
    # Never a time or a date: "At 12:00 we wrote the opposite" names the update corrected, and a
    # moment corrected says so with "not" (`explicit_changes`).
    values = [(m.group(0), _context(sentence, m.start(), m.end())) for m in VALUE.finditer(sentence)
              if m.group(0) not in fixed and not _in_moment(sentence, m)]
    for correction in corrections:
        named = _NUMBER_OF.search(correction)
        if named:
            # "The number of bottles put on sale is 16,400" for "About 14,600 bottles were put on
            # sale": the one figure of the sentence told of the same thing, two of its words at least.
            what = {w.casefold() for w in _WORD.findall(named.group("what")) if len(w) >= 3}
            told = {w.casefold() for w in _WORD.findall(sentence)}
            counted = [value for value, (_, after) in values
                       if after and after[0].rstrip("s") in {w.rstrip("s") for w in what}]
            if len(counted) == 1 and len(what & told) >= 2 and counted[0] != named.group("n") \
                    and named.group("n") not in sentence:
                found.append(Change(counted[0], named.group("n")))
                continue
        for match in VALUE.finditer(correction):
            right = match.group(0)
            if right in sentence or _in_moment(correction, match):
                continue
            around = _context(correction, match.start(), match.end())
            scored = sorted(((_score(around, ctx), value) for value, ctx in values if value != right), reverse=True)
            if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                found.append(Change(scored[0][1], right))
    return found


# "The number of bottles put on sale is 16,400", « Le nombre de bouteilles mises en vente est de 16 400 ».
_NUMBER_OF = re.compile(r"\b(?:the (?:right |correct |real )?(?:number|total|count) of|(?:le|la) (?:bon |vrai )?(?:nombre|total) "
                        r"(?:de|d['’])|l['’]effectif (?:de|des))\s*(?P<what>[^\d.;:]{3,60}?)\s+(?:is|was|stands at|comes to|"
                        r"est|était|s['’]élève à|atteint)\s+(?:now |actually |in fact |de |en fait |bien )?(?P<n>\d{1,3}(?:[,\s\u00a0\u202f]"
                        r"\d{3})+|\d+)\b", re.IGNORECASE)


def _in_moment(text: str, value: re.Match[str]) -> bool:
    """Whether a value is part of a time or a date ("11 h 08", "12:00", "2 novembre")."""
    return any(m.start() <= value.start() and value.end() <= m.end()
               for kind, pattern in _KINDS if kind in ("time", "date") for m in pattern.finditer(text))


def _spelled(value: str) -> str:
    """A pattern for `value` however its spaces are written (a no-break space in French)."""
    return r"[\s\u00a0\u202f]+".join(re.escape(part) for part in value.split())


def _said_of(correction: str, wrong: str) -> list[str]:
    """The longer words a correction says of the count it corrects, up to the end of its clause
    ("Three people, not two, were taken to Bordeaux University Hospital" → taken, bordeaux…)."""
    found = re.search(rf"(?<![\w-]){re.escape(wrong)}(?![\w-])\s*,?\s*(?P<tail>[^.;:]*)", correction, re.IGNORECASE)
    if not found:
        return []
    return [w.casefold() for w in _WORD.findall(found.group("tail")) if len(w) >= 4]


def is_count_word(value: str) -> bool:
    return _COUNT.fullmatch(value) is not None


def _in_case_of(word: str, match: re.Match[str]) -> str:
    return _same_case(word, match.group(0))


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:].lower() if like[:1].isupper() else word.lower()


# A sentence about an estimate ("Our first estimate is that 38,000…") said what was then believed:
# with the right figure in it, it would say something false about the past. It is left out of
# the copies instead (it holds a withdrawn value), and the correction tells the right one.
_ESTIMATE = re.compile(r"\b(?:(?:first|initial|early|preliminary) (?:estimate|count|figure|assessment)|estimated?\b|"
                       r"(?:première|premier|première?s?) (?:estimation|décompte|évaluation|chiffre)|estim\w+|"
                       r"à ce stade|so far|for now|pour l['’]instant)", re.IGNORECASE)


# A correction that changes what a figure counts ("the file also held home insurance
# contracts; our first count covered car contracts only", « y compris 7 500 stagiaires »): the
# right figure in the old sentence would count the wrong thing, so it is told in its own words.
_SCOPE = re.compile(
    r"\b(?:also (?:held|included|contained|covered|counted|concerned|holds|includes|contains|covers|counts|concerns)|as well as|including|includes?|included|"
    r"not only|only (?:covered|counted|included)|(?:covered|counted|included) [\w ,-]{1,40}? only|"
    r"(?:aussi|également) (?:des?|les?|l['’])|y compris|comprend|comprenait|comprennent|incluai(?:t|ent)|inclut|incluent|"
    r"ne (?:couvrait|comptait|portait|prenait en compte) que|non seulement|"
    # the first count left a group out: its figure counted something else, not less of the same
    r"left out|did not (?:count|include)|omitted|excluded|missed out|the same (?:error|mistake)|"
    r"(?:la|les) même erreur|"
    r"(?:oubliait|omettait|excluait|laissait de côté|n['’](?:incluait|intégrait) pas)|"
    r"ne (?:comptai(?:t|ent)|couvrai(?:t|ent)) pas|ne (?:prenai(?:t|ent)|tenai(?:t|ent)) pas (?:en )?compte|"
    # something added to a list ("Lot 2608C is also recalled. It was missing from this list"), or a
    # total restated ("Neuf personnes ont donc été blessées au total"): the right figure in the
    # old sentence would leave the rest of it (the list, the total) wrong
    r"also (?:recalled|affected|concerned|involved|closed|included)|(?:was|were) (?:missing|left off)|missing from|"
    r"brings the (?:number|total)|in total|(?:est|sont) (?:aussi|également) (?:rappelée?s?|concernée?s?|touchée?s?|fermée?s?)|"
    r"manquai(?:t|ent)|porte le (?:nombre|total)|au total|en tout)\b", re.IGNORECASE)

# A total restated by a correction: its count and the word after it ("Neuf personnes … au total").
_TOTAL = re.compile(rf"(?<![\w-])(?P<count>{_COUNT_WORDS}|{_VALUE})\s+(?P<noun>[^\W\d_]+)(?P<tail>[^.;:]*?)"
                    r"\b(?:au total|en tout|in total|altogether)\b", re.IGNORECASE)


# A recall that grows: "we are extending the recall to this lot", « nous étendons le rappel » (the
# copies say it first; the checklist gets every notice and poster updated).
_WIDENING_WORDS = re.compile(r"\b(?:extend\w*|widen\w*|expand\w*) (?:the |our |this )?recall|\brecall (?:now )?"
                             r"covers\b|\bis (?:now )?(?:also )?(?:being )?recalled\b|\b(?:étend\w*|élarg\w*) (?:donc |aussi |également |ainsi )?(?:le |"
                             r"notre |ce )?rappel|\brappel (?:porte|concerne) désormais\b|\best (?:désormais |aussi |"
                             r"également )?rappelée?\b|"
                             # "two more lots are added to the recall", « le rappel est élargi aux lots… », German
                             r"\brecall\b[^.;]{0,30}\b(?:extended|widened|expanded|now (?:also )?includes)\b|"
                             r"\badd(?:s|ed|ing)?\b[^.;]{0,40}\bto (?:the|our|this) recall\b|"
                             r"\b(?:are|is) (?:now )?(?:also )?(?:added to|included in) (?:the|our|this) recall\b|"
                             r"\brappel\b[^.;]{0,30}\b(?:étendu|élargi|concerne (?:aussi|également))\b|"
                             r"\bajout(?:ons|é|ée|és|ées)\b[^.;]{0,40}\bau rappel\b|"
                             r"\b(?:erweitern|erweitert|ausgeweitet)\b[^.;]{0,40}\bRückruf|\bRückruf\b[^.;]{0,30}\b(?:erweitert|"
                             r"ausgeweitet)\b", re.IGNORECASE)
# …never said with a "no" before it in its sentence: "No new product has been added to the
# recall", « Aucun nouveau lot n'a été ajouté au rappel », "Kein weiteres Produkt…".
_DENIED = re.compile(r"\b(?:no|not|never|none|nothing|aucune?|ne|n['’]|pas|rien|kein\w*|nicht)\b", re.IGNORECASE)


class _Widening:
    """`RECALL_EXTENDED.search(text)`: the words that widen a recall, where no negation denies them."""

    def search(self, text: str) -> re.Match[str] | None:
        for found in _WIDENING_WORDS.finditer(text):
            opening = max(text.rfind(mark, 0, found.start()) for mark in (". ", "! ", "? ", "\n", "; "))
            if not _DENIED.search(text, max(opening, 0), found.start()):
                return found
        return None


RECALL_EXTENDED = _Widening()


def changes_scope(corrections: list[str]) -> bool:
    return any(_SCOPE.search(text) for text in corrections)


def stale_total(sentence: str, corrections: list[str]) -> bool:
    """Whether `sentence` gives a total the corrections restate otherwise: the same word after
    another count, and a longer word of the same stem ("Sept personnes sont blessées" when a
    correction says "Neuf personnes ont donc été blessées au total")."""
    for text in corrections:
        for total in _TOTAL.finditer(text):
            stems = {w.casefold()[:5] for w in _WORD.findall(total.group("tail")) if len(w) >= 6}
            for match in re.finditer(rf"(?<![\w-])({_COUNT_WORDS}|{_VALUE})\s+{re.escape(total.group('noun'))}\b([^.;:]*)",
                                     sentence, re.IGNORECASE):
                if match.group(1).casefold() == total.group("count").casefold():
                    continue
                if stems & {w.casefold()[:5] for w in _WORD.findall(match.group(2)) if len(w) >= 6}:
                    return True
    return False


def restates_total(text: str) -> bool:
    return _TOTAL.search(text) is not None


def new_values(text: str, update: str) -> bool:
    """Whether `text` gives a figure or a code (not a count in words) the update does not hold
    ("Lot 2608C is also recalled")."""
    return any(kind == "value" and not re.search(rf"(?<![\w]){_spelled(value)}(?![\w])", update)
               for kind, value in typed_values(text))


def count_said_as(sentence: str, corrections: list[str], wrong: str) -> bool:
    """Whether a count in words the corrections withdrew (« et non six ») stands in `sentence`
    where it says what the correction says of it: "two" elsewhere is another fact."""
    return bool(re.search(rf"(?<![\w-]){re.escape(wrong)}(?![\w-])", sentence, re.IGNORECASE)) and all(
        word in sentence.casefold() for text in corrections for word in _said_of(text, wrong))


def corrected(text: str, corrections: list[str]) -> str:
    """The text as it should have been published: every wrong value replaced, sentence by
    sentence (never in a sentence about an estimate: `_ESTIMATE`; never when the correction
    changes what the figure counts: `_SCOPE`, the copies then leave the sentence out)."""
    if changes_scope(corrections):
        return text
    pieces = re.split(r"(?<=[.!?])(\s+)", text)
    return "".join(piece if piece.isspace() or _ESTIMATE.search(piece) else _corrected(piece, corrections)
                   for piece in pieces)


_PLACE_WORDS = r"at|in|on|from|to|near|à|au|aux|en|dans|sur|chez|près de"


def phrase_changes(correction: str) -> list[Change]:
    """Words a correction names as wrong after "not" ("…at the village hall, place de la Mairie,
    not at the primary school"; « …à la salle des fêtes, et non à l'école primaire »): the wrong
    phrase opens with a preposition, and the right one is the phrase the sentence gave with the
    same preposition. A phrase with figures is replaced whole only where it stands as written
    (`explicit_changes` then has nothing left to change in it)."""
    changes: list[Change] = []
    for connector in _CONNECTOR.finditer(correction):
        after = re.split(r"[,;:.!?](?:\s|$)", correction[connector.end():])[0].strip()
        opening = re.match(rf"({_PLACE_WORDS})\s", after, re.IGNORECASE)
        # (With figures too, when the phrase is long enough to be found as written: « à 212 000
        # clients de Nantes et Rennes » becomes « à 238 000 clients de Nantes, Rennes et Angers »,
        # never a new figure beside the old places.)
        figures = bool(typed_values(after))
        if not opening or not 2 <= len(after.split()) <= 10 or (figures and len(after.split()) < 4):
            continue
        before = re.split(r"[;:.!?]\s", correction[:connector.start()])[-1]
        same = list(re.finditer(rf"(?<!\w){re.escape(opening.group(1))}\s", before, re.IGNORECASE))
        if same:
            right = before[same[-1].start():].strip(" ,")
            if right and right.casefold() != after.casefold():
                changes.append(Change(after, right))
    return changes


def _without_about(right: str, match: re.Match[str]) -> str:
    return ("de " if match.group(1) else "") + right


# What a correction is about, by its code: a line (C3, T2), a lot (24K119), a flight (AF 1234).
_CODE = re.compile(r"\b[A-Z]{1,4}\s?\d{1,5}[A-Z]?\b")


def _replaced_where_named(sentence: str, wrong: str, right: str, corrections: list[str]) -> str:
    """`wrong` replaced by `right`; when the sentence holds it more than once (« T2, 1 tram sur
    3 ; C3, 1 bus sur 3 »), only in the part that names what the correction is about (C3), and
    nowhere when no part does: a plan of six lines is never rewritten by a correction of one."""
    found = list(re.finditer(wrong, sentence))
    if len(found) <= 1:
        return re.sub(wrong, right, sentence)
    codes = {code.replace(" ", "") for text in corrections for code in _CODE.findall(text)}
    pieces = re.split(r"(;\s*|\n)", sentence)
    named = [i for i, piece in enumerate(pieces) if codes & {c.replace(" ", "") for c in _CODE.findall(piece)}]
    for index in named:
        pieces[index] = re.sub(wrong, right, pieces[index])
    return "".join(pieces)


def _outside_moments(sentence: str, wrong: str, right: str, corrections: list[str]) -> str:
    """`wrong` (a bare figure) replaced where it is not part of a date, a time or a code."""
    moments = [(m.start(), m.end()) for kind, pattern in _KINDS if kind in ("time", "date")
               for m in pattern.finditer(sentence)]
    free = [m for m in re.finditer(rf"(?<![\w:-]){wrong}(?![\w:-])", sentence)
            if not any(start <= m.start() and m.end() <= end for start, end in moments)]
    if not free:
        return sentence
    masked = "".join(sentence[i] if not any(start <= i < end for start, end in moments) else "\x02"
                     for i in range(len(sentence)))
    replaced = _replaced_where_named(masked, rf"(?<![\w:-]){wrong}(?![\w:-])", right, corrections)
    # Put the moments back where the mask hid them (the replacement changed only free figures).
    out, source = [], iter(sentence[i] for i in range(len(sentence)) if masked[i] == "\x02")
    for char in replaced:
        out.append(next(source) if char == "\x02" else char)
    return "".join(out)


def _enumerated(sentence: str, wrong: str) -> bool:
    """Whether `sentence` gives the small count `wrong` and then a colon that breaks it down,
    with counts of its own ("Three people were injured: our driver seriously; two passengers…"),
    never a list of what a figure holds ("About 14,800 records were copied: name, date of birth")."""
    if not (_COUNT.fullmatch(wrong) or (wrong.isdigit() and int(wrong) < 20)):
        return False
    found = re.search(rf"(?<![\w-]){_spelled(wrong)}(?![\w-])[^.:;]{{0,60}}[\u00a0\u202f ]?:\s", sentence, re.IGNORECASE)
    return found is not None and (_COUNT.search(sentence, found.end()) is not None
                                  or re.search(r"\d", sentence[found.end():]) is not None)


def _corrected(sentence: str, corrections: list[str]) -> str:
    phrases = []
    for change in (c for text in corrections for c in phrase_changes(text)
                   if not _still_stands(" ".join(corrections), c.wrong)):
        # (Spaces as the files write them: « 212 000 » with a narrow no-break space or a plain one.)
        loose = r"[\s\u00a0\u202f]+".join(re.escape(word) for word in change.wrong.split())
        if re.search(loose, sentence):
            sentence = re.sub(loose, change.right.replace("\\", "\\\\"), sentence, count=1)
            phrases.append(change)
    changes = [c for text in corrections for c in explicit_changes(text, " ".join(corrections))]
    for change in changes:
        wrong = _spelled(change.wrong)
        if _enumerated(sentence, change.wrong):
            # "Three people were injured: our driver…; two passengers…" names each one: "Four" in
            # front of three names would rewrite what was published into a contradiction. The
            # correction, told beside it, says who the fourth is.
            continue
        if _COUNT.fullmatch(change.wrong):
            # A count in words: once, in the case it had ("five were treated" → "four were treated"),
            # and only where the sentence says what the correction says of it ("were taken to
            # hospital"): « Trois salariés, et non deux, ont été examinés » never turns « deux
            # … transportés » into « trois … transportés ».
            if all(word in sentence.casefold() for text in corrections for word in _said_of(text, change.wrong)):
                sentence = re.sub(rf"(?<![\w-]){wrong}(?![\w-])", functools.partial(_in_case_of, change.right),
                                  sentence, count=1, flags=re.IGNORECASE)
            continue
        if change.about:
            # « d'environ 140 000 » → « de 182 400 »: the elided « de » gets its vowel back.
            sentence = re.sub(rf"(?:\b(d['’]|de\s))?\b(?:about|around|roughly|environ|près de)\s{wrong}(?!\w)",
                              functools.partial(_without_about, change.right), sentence, flags=re.IGNORECASE)
        if change.wrong.isdigit():
            # A bare figure ("12", the wrong half of a code) is never the day of a date nor the
            # hour of a time: "12 September" and "12:00" stay as they were.
            sentence = _outside_moments(sentence, wrong, change.right, corrections)
            continue
        sentence = _replaced_where_named(sentence, rf"(?<![\w:-]){wrong}(?![\w:-])", change.right, corrections)
    # Then the figures the correction restates without "not" ("the average, recalculated, is
    # 24.10 €" beside "41,700, not 38,400"): those it did not already name.
    named = frozenset(c.right for c in changes) | frozenset(c.wrong for c in changes)
    # (The figures of a phrase replaced whole are said already: "238 000" is never put back to 212 000.)
    named |= frozenset(v for c in phrases for v in (*VALUE.findall(c.right), *VALUE.findall(c.wrong)))
    named |= frozenset(v for value in named for v in VALUE.findall(value))  # "2" of "2 September"
    for change in aligned_changes(sentence, corrections, named):
        if change.right not in named:
            sentence = re.sub(rf"(?<![\w]){_spelled(change.wrong)}(?![\w])", change.right, sentence, count=1)
    return sentence


# "as stated above": on the page the update stands above its correction; in a post, nothing does.
_ABOVE = {"en": re.compile(r"\babove\b", re.IGNORECASE), "fr": re.compile(r"\bci-dessus\b", re.IGNORECASE)}


def for_copy(sentences: list[str], lang: str, update_words: str) -> list[str]:
    """A correction's sentences for its own post: "in this message" and "above" name the
    update it corrects (`update_words`: "in our update of …") (words about the page itself are the copies' to say: `brief.off_page`)."""
    self_reference = _SELF.get(lang, _SELF["en"])
    above = _ABOVE.get(lang, _ABOVE["en"])
    said = [above.sub(update_words, self_reference.sub(update_words, sentence)) for sentence in sentences]
    if lang == "fr":
        # « Le chiffre de cette mise à jour était une erreur » names nothing in a post of its own:
        # « Le chiffre de notre point du 2 mai à 16 h 20… ».
        named = "de " + re.sub(r"^(?:dans|sur)\s+", "", update_words)
        said = [_OF_THIS_UPDATE.sub(lambda _: named, sentence) for sentence in said]
    return said


_OF_THIS_UPDATE = re.compile(r"\bde (?:ce|cet|cette) (?:message|point|publication|mise à jour)\b", re.IGNORECASE)


# "We wrote that no data had been lost." and the sentence that says it was wrong ("That is wrong:
# 214 invoices were not saved"): one never goes without the other, and the update's own sentence
# it recants ("No data has been lost.") is not told again as a fact.
_RECANT = re.compile(r"^(?:we|I) (?:wrote|said|stated|announced|indicated|told you|reported)(?: that)?\s+|"
                     r"^nous (?:avons|avions) (?:écrit|indiqué|annoncé|dit|affirmé)(?: que| qu['’])?\s*|"
                     r"^wir haben (?:geschrieben|mitgeteilt|angegeben),? (?:dass )?", re.IGNORECASE)
_WRONG = re.compile(r"^(?:that|this|it) (?:is|was) (?:wrong|incorrect|not (?:true|correct|the case))|"
                    r"^c['’](?:est|était) (?:faux|inexact|une erreur)|^ce n['’](?:est|était) pas (?:le cas|exact)|"
                    r"^das (?:ist|war) (?:falsch|nicht richtig)", re.IGNORECASE)


def with_denials(sentences: list[str]) -> list[str]:
    """A correction's sentences, each "We wrote that X." joined to the one saying it was wrong."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _RECANT.match(joined[-1]) and _WRONG.match(sentence.strip()):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


_NEGATION = re.compile(r"\b(?:not|never|no|n['’]t|ne|n['’]|pas|jamais|aucune?|nicht|kein\w*)\b", re.IGNORECASE)


def replaces_a_value(correction: str) -> bool:
    """Whether a correction puts a value right ("at the village hall, not at the primary school",
    "2,140, not about 1,870"): its "not" names what was wrong, it denies nothing."""
    return _CONNECTOR.search(correction) is not None


def denied_by(sentence: str, correction: str) -> bool:
    """Whether a correction says the contrary of `sentence`: three of its longer words, one of
    the two negated and the other not ("Phone numbers were not in the files" / "Mobile phone
    numbers were in these files too")."""
    mine = set(re.findall(r"[^\W\d_]{4,}", sentence.casefold()))
    for told in re.split(r"(?<=[.!?])\s+", correction):
        if len(mine & set(re.findall(r"[^\W\d_]{4,}", told.casefold()))) >= 3 \
                and bool(_NEGATION.search(sentence)) != bool(_NEGATION.search(told)):
            return True
    return False


def recanted(sentence: str, corrections: list[str]) -> bool:
    """Whether a correction says "We wrote that …" of this sentence: three of its longer words
    in what the correction says was written."""
    mine = {w for w in re.findall(r"[^\W\d_]{4,}", sentence.casefold())}
    for text in corrections:
        for told in re.split(r"(?<=[.!?])\s+", text):
            found = _RECANT.match(told)
            if found:
                theirs = {w for w in re.findall(r"[^\W\d_]{4,}", told[found.end():].casefold())}
                if len(mine & theirs) >= min(3, len(theirs)) and mine & theirs:
                    return True
    return False


# "Contrary to what we wrote, the statements of 1,120 business accounts do show the full IBAN":
# the correction says the truth without quoting what it recants.
_CONTRARY = re.compile(r"^(?:contrary to what we (?:wrote|said|stated|announced|reported)|unlike what we (?:wrote|said)|"
                       r"contrairement à ce que nous (?:avons|avions) (?:écrit|indiqué|annoncé|dit|affirmé)|"
                       r"entgegen unserer (?:Angabe|Mitteilung|Meldung))\s*,\s*", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|none|nor|never|without|ni|ne|n['’]|pas|aucune?|sans|jamais|nicht|kein\w*)\b",
                       re.IGNORECASE)
_COMMON = frozenset("that this with from have were been their they them what which when also only other more "
                    "dans avec pour sont nous vous leur leurs elle elles cette ceux celles plus aussi".split())


def without_contradicted(sentence: str, corrections: list[str]) -> str | None:
    """`sentence` without the clause a correction contradicts ("Contrary to what we wrote, … do
    show the full IBAN" against "…; they contain no full IBAN, card number or password"): the
    clause that shares two of its longer words and says the opposite (one negated, the other
    not) goes; None when nothing of the sentence is left."""
    told = [one for text in corrections for one in re.split(r"(?<=[.!?])\s+", text)]
    truths = [one[found.end():] for one in told for found in [_CONTRARY.match(one)] if found]
    # "The emergency department is still open" against "…is closed": the same thing said with
    # the opposite word, three of its longer words shared.
    opposites = [one for one in told if not _CONTRARY.match(one) and _OPPOSITE.search(one)]
    if not truths and not opposites:
        return sentence
    clauses = re.split(r"\s*;\s+", sentence)
    kept = []
    for clause in clauses:
        mine = {w for w in re.findall(r"[^\W\d_]{4,}", clause.casefold())} - _COMMON
        contradicted = False
        for truth in truths:
            theirs = {w for w in re.findall(r"[^\W\d_]{4,}", truth.casefold())} - _COMMON
            if len(mine & theirs) >= 2 and bool(_NEGATION.search(clause)) != bool(_NEGATION.search(truth)):
                contradicted = True
        for truth in opposites:
            theirs = {w for w in re.findall(r"[^\W\d_]{4,}", truth.casefold())} - _COMMON
            if len(mine & theirs) >= 3 and _opposed(clause, truth):
                contradicted = True
        if not contradicted:
            kept.append(clause)
    if not kept:
        return None
    if len(kept) == len(clauses):
        return sentence
    said = "; ".join(kept).rstrip(" ;,")
    return said if said.endswith((".", "!", "?")) else said + "."


# Words that say the opposite state: a correction using one of a pair against a sentence using the other.
_PAIRS = (("closed", "open"), ("shut", "open"), ("unavailable", "available"), ("stopped", "running"),
          ("suspended", "running"), ("fermée?s?", "ouverte?s?"), ("indisponibles?", "disponibles?"),
          ("interrompue?s?", "assurée?s?"), ("geschlossen", "geöffnet"))
_OPPOSITE = re.compile(r"\b(?:" + "|".join(word for pair in _PAIRS for word in pair) + r")\b", re.IGNORECASE)


def _opposed(mine: str, theirs: str) -> bool:
    for one, other in _PAIRS:
        if (re.search(rf"\b{one}\b", mine, re.IGNORECASE) and re.search(rf"\b{other}\b", theirs, re.IGNORECASE)) or (
                re.search(rf"\b{other}\b", mine, re.IGNORECASE) and re.search(rf"\b{one}\b", theirs, re.IGNORECASE)):
            return True
    return False


_WRONG_COLON = re.compile(r"(?<=[.!?] )((?:that|this|it) (?:is|was) (?:wrong|incorrect|not (?:true|correct|the case))|"
                          r"c['’](?:est|était) (?:faux|inexact|une erreur)|ce n['’](?:est|était) pas (?:le cas|exact)|"
                          r"das (?:ist|war) (?:falsch|nicht richtig))\s*:\s+(\w)", re.IGNORECASE)


def denial_first(text: str) -> str:
    """"We wrote that X. That is wrong: they were…" as two lines, "…That is wrong." first: a
    post too short for both still says the claim was false beside the claim."""
    return _WRONG_COLON.sub(lambda m: f"{m.group(1)}.\n{m.group(2).upper()}", text, count=1)


def small_first(value: str) -> str:
    """A value as it reads inside a correction's note: "About 9,800" → "about 9,800"; a code or
    an acronym keeps its capitals ("RF2608", "CSSF")."""
    from generator.rendering.brief import PROPER_ADJECTIVE

    first = value.split(" ", 1)[0]
    # (A month keeps its capital: "first published as October 14".)
    keep = re.search(r"\d|[A-Z]{2}", first) or PROPER_ADJECTIVE.match(first.rstrip(",."))
    return value if keep else value[:1].lower() + value[1:]


_ABOUT_WORD = re.compile(r"^((?:about|around|roughly|approximately|environ|près de|quelque)\s)", re.IGNORECASE)


def kept_about(value: str, right: str, corrections: list[str]) -> tuple[str, str]:
    """(the word of approximation that stays before the right value, the wrong value as the note
    shows it): "Environ 9 000", corrected by "Environ 12 000 voyageurs…, et non 9 000", reads
    « Environ 12 000 (rectifié ; d'abord publié : 9 000) »: the new figure is an estimate too.
    Corrected to an exact figure, the word goes with the old value."""
    found = _ABOUT_WORD.match(value)
    if found is None or not any(re.search(rf"(?i:(?:about|around|roughly|approximately|environ|près de|quelque)\s)"
                                          rf"{re.escape(right)}(?!\w)", text) for text in corrections):
        return "", value
    return found.group(1), value[found.end():]


# A French elision before the value it stood before: « d'environ 9 800 », corrected to 12 400,
# reads « de 12 400 », never « d'12 400 ».
ELIDED_BEFORE = r"(?P<elided>(?<!\w)(?:[dD]|[qQ]u|[lL]orsqu|[pP]uisqu)['’])?"


def fitted_right(right: str, found: re.Match[str]) -> tuple[str, str]:
    """(what stands before the right value, the right value) where a wrong one was found: the
    elision undone before a figure, and the value in lower case where the wrong one was ("with
    six people", never "with Six people" because the correction's sentence opened on it)."""
    elided = found.group("elided") or ""
    if elided and not elides_before(right):
        elided = elided[:-1] + "e "
    value = found.group("value")
    if value[:1].islower() and right[:1].isupper():
        right = small_first(right)
    return elided, right


def elides_before(word: str) -> bool:
    return word[:1].lower() in "aeiouyhàâéèêëîïôöûùœ"

