"""Render stage, for the crisis documents: which of a statement's words still hold when a
document is read, days after they were written. The newest word wins: a value a correction
withdrew is never repeated (the correction says the right one), "we are looking for the cause"
in an old update is not an answer once a later update gives the cause, "this morning" and
"tomorrow" are named days, a closure "until 27 November" read on 29 November is over, and
"we will publish it here" says where "here" is. Also the statement's helpline, for the
documents that send people to it."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from generator.rendering.brief import HERE_PUBLISHED

# Words that say something is not known yet: never an answer once a later update knows.
_PENDING = {
    "en": re.compile(r"\b(?:looking (?:for|into)|searching for|(?:still )?trying to (?:find|establish|understand|"
                     r"identify)|working to (?:establish|find|understand|identify|determine)|do not (?:yet )?know|"
                     r"don't (?:yet )?know|not (?:yet )?known|not known yet|not yet (?:clear|confirmed)|"
                     r"still unknown|we are investigating|under investigation)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:recherchons|cherchons|ne (?:le |la |les )?(?:savons|sait) pas|ignorons|on ignore|"
                     r"pas encore (?:connue?s?|"
                     r"établie?s?|identifiée?s?|claire?s?|confirmée?s?)|travaillons à (?:établir|déterminer|identifier|comprendre)|"
                     r"nous analysons|toujours inconnue?s?|enquête est en cours)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:wissen (?:noch )?nicht|noch (?:nicht|un)(?:bekannt|klar|geklärt|bestätigt)|untersuchen|"
                     r"suchen (?:nach|die)|(?:wird|werden) (?:noch )?untersucht|Untersuchung läuft|ermitteln noch)\b",
                     re.IGNORECASE),
}


# "It is the most likely cause, but this is not yet confirmed" gives a cause: an answer, with its caveat.
_LIKELY = re.compile(r"\b(?:most |more )?(?:likely|probable) cause|\bcause (?:la plus )?probable", re.IGNORECASE)


def pending(text: str, lang: str) -> bool:
    """Whether a sentence says that something is not known yet."""
    return bool(_PENDING.get(lang, _PENDING["en"]).search(text)) and not _LIKELY.search(text)


# -- values a correction withdrew ----------------------------------------------------------------

# What a correction names as wrong: the words after "not" / « et non » up to the end of the clause.
_WRONG_CLAUSE = re.compile(r"(?:\bnot|\bnor|\brather than|\binstead of|\bet non(?: pas)?|\bnon pas|\bau lieu (?:de|des|du)"
                           r"|\bplutôt que|\bnicht|\bstatt|\banstelle von)\s+(?P<clause>[^.;]*?)(?=,\s|;|\.(?:\s|$)|\s(?:and|et|but|mais)\s|$)",
                           re.IGNORECASE)
# A place or a thing a correction withdrew in words ("…at the village hall, not at the primary
# school"): the clause after a comma and "not", without its preposition and article.
_WRONG_WORDS = re.compile(r"(?:,\s*(?:and |but )?not|,?\s*et non(?: pas)?|\bnon pas|\brather than|\binstead of|"
                          r"\bau lieu (?:de|des|du)|\bplutôt que)\s+(?P<clause>[^.;,]+?)\s*(?=[.;,]|$)", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"^(?:(?:at|in|on|to|from|by|the|a|an|our|à|au|aux|en|dans|sur|par|de|du|des|le|la|les|"
                         r"un|une|notre|nos)\s+|[ld]['’]\s*)+", re.IGNORECASE)
_VALUES = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d{1,2}(?::|\s?h\s?)\d{2}|[A-Z]*\d[\w-]*(?:[.,]\d+)?")


def wrong_values(brief, update) -> list[str]:  # type: ignore[no-untyped-def]
    """The values the corrections of `update` withdrew: those the brief knows, and every value
    a correction names after "not" (« et non »), even with words between ("4,312 accounts,
    not 3,870"; "on 27 November at 09:10, not on 26 November at 08:10")."""
    found = list(brief.withdrawn(update))
    for correction in update.corrections:
        for clause in _WRONG_CLAUSE.finditer(correction.text):
            found += [v.group(0).strip(" ,.") for v in _VALUES.finditer(clause.group("clause"))]
        for clause in _WRONG_WORDS.finditer(correction.text):
            words = _LEAD_WORDS.sub("", clause.group("clause").strip())
            # Two words at least, and no figure (those are values above): "primary school", « école primaire ».
            if len(words.split()) >= 2 and not re.search(r"\d", words):
                found.append(words)
    return list(dict.fromkeys(v for v in found if v))


# A later update that restates a figure ("The full count is 5,180 customers, not 3,400", « 5 180
# clients, et non de 3 400 »): the earlier figure is no answer any more.
_RESTATED = re.compile(r"(?:,\s*(?:and\s+)?not|,?\s*et non(?: pas)?(?:\s+de|\s+d['’])?|\bnon pas|\brather than|"
                       r"\binstead of|\bau lieu de)\s+(?P<clause>(?:[^.;,:]|[.,](?=\d))*\d(?:[^.;,:]|[.,](?=\d))*)", re.IGNORECASE)


def superseded_values(brief, update) -> list[str]:  # type: ignore[no-untyped-def]
    """The figures later updates say were wrong ("…5,180 customers, not 3,400"): an older
    update's sentence that gives one is left out of the documents, as a corrected one is."""
    found: list[str] = []
    for later in brief.statement.updates:
        if later.at > update.at:
            for clause in _RESTATED.finditer(later.text):
                found += [v.group(0).strip(" ,.") for v in _VALUES.finditer(clause.group("clause"))]
    return list(dict.fromkeys(v for v in found if v))


def holds_wrong_value(text: str, values: list[str]) -> bool:
    spaced = re.sub(r"[\u00a0\u202f]", " ", text)
    for value in values:
        value = re.sub(r"[\u00a0\u202f]", " ", value)
        if re.search(rf"(?<![\w,.:]){re.escape(value)}(?![\w:]|[,.]\d)", spaced):
            return True
    return False


# -- relative days, named -------------------------------------------------------------------------

_MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|november|december|janvier|"
                "février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")


def dated(text: str, lang: str, zone: ZoneInfo, moment: datetime) -> str:
    """`text`, written at `moment`, with its relative days named ("this morning" → "on the
    morning of 28 November", « hier soir » → « le 16 novembre au soir »), worded so that the
    sentence still reads ("since the morning of…", « jusqu'au… », never "since on")."""
    from generator.rendering.moments import absolute_days

    capital = text[:1].isupper()
    text = absolute_days(text, lang, zone, moment)
    if lang == "fr":
        # « parler de cette nuit » is that night, not tonight: no time expression after « de »;
        # « cette nuit-là » is the night the text already named.
        from generator.rendering.moments import day_words, french_night, night_ahead, since_last_night

        text = since_last_night(text, moment.astimezone(zone), lambda one: day_words(one, "fr"))
        text = re.sub(r"(?<!\bde )(?<!\bsur )(?<!\bpendant )(?<!\bdurant )\bcette nuit\b(?![-‑]là)",
                      lambda m: french_night(moment.astimezone(zone), ahead=night_ahead(m.string, m.start(),
                                                                                        moment.astimezone(zone))),
                      text, flags=re.IGNORECASE)
        text = re.sub(r"\b(dès|depuis|jusqu['’]à|avant|après) dans la nuit du\b", r"\1 la nuit du", text)  # (never « dès dans la nuit »)
        text = re.sub(r"\ble (\d{1,2}(?:er)? \w+) (soir|matin)\b", r"le \1 au \2", text)
        text = re.sub(r"\ble (\d{1,2}(?:er)? \w+) au (?:matin|soir) (?:à )?(?=\d{1,2}\sh)", r"le \1 à ", text)
        text = re.sub(r"\b(jusqu|lorsqu|puisqu)['’]à le (?=\d)", r"\1'au ", text)
        text = re.sub(r"\bà le (?=\d)", "au ", text)
        text = re.sub(r"\bde le (?=\d)", "du ", text)
        # « demain, 18 novembre » named is « le 18 novembre » once, not « le 18 novembre, 18 novembre »
        # (so is « demain, le 20 novembre »: « le 20 novembre », never « le 20 novembre, le 20 novembre »)
        text = re.sub(rf"\b(le (\d{{1,2}}(?:er)?[\s\u00a0]+(?:{_MONTH_NAMES}))(?: au (?:matin|soir))?),[\s\u00a0]+(?:le[\s\u00a0]+)?\2\b",
                      r"\1", text)
    elif lang == "en":
        # (A day in either order: "14 August", "August 14" where the page writes the month first.)
        day = r"(?:\d{1,2} [A-Z][a-z]+|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})"
        text = re.sub(rf"\bon ({day}) (morning|afternoon|evening|night)\b", r"on the \2 of \1", text)
        text = re.sub(rf"\b(since|by|before|until|from|after|till|of|for|with) on (?=the |\d|{day})", r"\1 ", text,
                      flags=re.IGNORECASE)
        text = re.sub(rf"\bon ({day})['’]s\b", r"\1's", text)  # "tomorrow's samples"
        text = re.sub(rf"\b(on (\d{{1,2}} (?:{_MONTH_NAMES}))), (?:on )?\2\b", r"\1", text, flags=re.IGNORECASE)
        text = re.sub(rf"\bon the (?:morning|afternoon|evening) of ({day}),? (?:at )?(?=\d{{1,2}}[:.]\d{{2}}|"
                      r"\d{1,2} ?[ap]\.?m\.?)", r"on \1 at ", text)
        # ("reopened at 7 a.m. this morning": "at 7 a.m. on August 15", the clock says which part)
        text = re.sub(rf"\b(at (?:\d{{1,2}}(?::\d{{2}})? ?[ap]\.m\.|\d{{1,2}}:\d{{2}}|noon|midnight)) on the (?:morning|afternoon|evening) "
                      rf"of ({day})", r"\1 on \2", text)
    return text[:1].upper() + text[1:] if capital else text


# -- "until 27 November", "by 29 November", read after that day: rendering/deadlines.py ------------

# -- "here" -----------------------------------------------------------------------------------------

_HERE = HERE_PUBLISHED


def here_named(text: str, lang: str, quoted: bool = False) -> str:
    """"We will publish its findings here": in a document "here" is the official statement
    (inside quotation marks, the words are ours: in square brackets)."""
    pattern, words = _HERE.get(lang, _HERE["en"])
    if quoted:
        head, _, named = words.partition(" ")
        return pattern.sub(f"{head} [{named}]", text)
    return pattern.sub(words, text)


# -- the helpline ---------------------------------------------------------------------------------

_PHONE = re.compile(r"(?:\+\d{1,3}[ \u00a0]?)?(?:\(?\d{1,4}\)?[ \u00a0.-]?){2,6}\d{2,4}")
_LINE = re.compile(r"\b(?:helpline|hotline|phone line|information line|recall line|consumer line|customer line|"
                   r"service (?:consommateurs?|clients?) (?:au|:)|call us|call (?:our|the)|"
                   r"ligne (?:d['’]assistance|d['’]information|gratuite|dédiée)|numéro (?:vert|gratuit)|appelez|"
                   r"appeler|nous joindre|notre ligne)", re.IGNORECASE)
_EMERGENCY = re.compile(r"(?<![\d:.,])(?<!\d )(?<!\d\u00a0)\b(?:112|911|999|15|18)\b(?![:h]| \d)|\b(?:samu|emergency services|"
                        r"urgences|poison (?:control|centre|center)|centre antipoison)\b", re.IGNORECASE)


def is_helpline(text: str) -> bool:
    """A sentence that gives our own line to call (not only the emergency numbers)."""
    digits = [m.group(0) for m in _PHONE.finditer(text) if len(re.sub(r"\D", "", m.group(0))) >= 8]
    return bool(digits) and bool(_LINE.search(text))


def is_emergency(text: str) -> bool:
    """An instruction to call the emergency services ("call 15 or 112 at once")."""
    return bool(_EMERGENCY.search(text)) and bool(re.search(r"\b(?:call|dial|appelez|composez|contact)", text,
                                                            re.IGNORECASE))
