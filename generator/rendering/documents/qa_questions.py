"""Render stage, for the media Q&A brief: the questions journalists ask, for every crisis and
for its kind, and where each answer is found in the statement.

An answer holds what its question asks: "How many people?" a number of people, "Is anyone
hurt?" the words hurt, injured, unharmed or hospital, "What caused it?" a cause and never "we
are looking for the cause" once a later update gives it. The newest word wins: a statement's
sections are its current text, its updates are searched newest first, and a value a
correction withdrew is never found (`generator.rendering.documents.passages`). The questions and the
places searched are the same in every language, so both briefs of one statement answer alike."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from dataclasses import dataclass, replace

from generator.core.catalogues import translatable
from generator.reading.kinds import conduct, impersonation, strike
from generator.rendering import corrections
from generator.rendering.brief import NO_LOSS, Brief
from generator.rendering.documents.passages import SECTION, Passage, find, passages
from generator.rendering.documents.qa_words import AFFECTED, SOLD_COUNT, count_pattern, words_for as _w
from generator.rendering.documents.reading import blocks, document_kind, said_whole, table_lines
from generator.rendering.moments import elapsed


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: tuple[str, str]  # (context, English), as `translatable` gives it
    find: Callable[[Brief], list[Passage]]
    fallback: str = "not_yet"  # the line to say when the statement has no answer
    relevant: str = ""  # words (a W key) the statement must use for the question to be asked: "" asks it always


# Where to look first: what the authors wrote to explain, then the updates, newest first.
EXPLAIN = ("summary", "what_happened", "postmortem", "quote", "what_we_are_doing")


def _anywhere(brief: Brief, key: str, *, role: str | None = None, first: tuple[str, ...] = EXPLAIN, most: int = 2,
              exclude: str | None = None, newest_first: bool = False) -> list[Passage]:
    """The sentences matching the question's words (or role) in the sections named first, in
    that order, then in the updates newest first (`newest_first`: the updates before the
    sections, for a fact that changes); an honest "not known yet" only when nothing else
    answers."""
    words = _w(key, brief.lang) if key else None
    from_sections: list[Passage] = []
    for section in first:
        from_sections += find(brief, role=role, words=words, sections=(section,), most=most, exclude=exclude)
    from_updates = find(brief, role=role, words=words, sections=("update",), newest_first=True, history=True,
                        most=most, exclude=exclude)
    if newest_first and from_updates:  # a fact that changes: the newest update that speaks of it, alone
        from_updates = [p for p in from_updates if p.recent == from_updates[0].recent]
    chosen = from_updates + from_sections if newest_first else from_sections + from_updates
    unique: list[Passage] = []
    for passage in chosen:
        if not any(passage.text == u.text for u in unique):
            unique.append(passage)
    # A lead-in to a list ("In those accounts, the attacker could see:") says nothing alone.
    unique = [p for p in unique if not p.text.rstrip().endswith(":")]
    known = [p for p in unique if not p.has("pending")]
    return (known or unique)[:most]


def _q(key: str, text: tuple[str, str], finder: Callable[[Brief], list[Passage]], fallback: str = "not_yet",
       relevant: str = "") -> Question:
    return Question(key, text, finder, fallback, relevant)


def fits(brief: Brief, question: Question) -> bool:
    """Whether the statement's own words make the question one a journalist would ask: no
    "environmental impact" for smoke in a cabin, no "lose their job" for a strike."""
    if not question.relevant:
        return True
    if question.relevant == "corrected":
        return any(update.corrections for update in brief.statement.updates)
    if question.relevant == "credentials":
        # (E-mails our own software sent to the wrong people took no password: asked only when
        # someone broke in, or when the statement speaks of passwords.)
        from generator.reading.kinds import own_error_breach

        return not own_error_breach(brief.statement) or bool(find(brief, words=_w("password", brief.lang), history=True,
                                                                   most=1))
    if question.relevant in ("ill", "hurt"):
        hurts = _hurts_not_sickens(brief)
        if question.relevant == "hurt":
            return hurts
        if hurts:
            return False  # (a heater's fires and burns: asked as such, never « Des cas de maladie ? »)
    return bool(find(brief, words=_w(question.relevant, brief.lang), history=True, most=1))


# Incidents told by a product that hurts rather than sickens: fires, burns, injuries.
_INCIDENTS = re.compile(r"\b(?:incidents?|fires?|caught fire|burns?|burnt|burned|injur\w+|hurt|incendies?|départs? de feu|"
                        r"pris feu|brûlures?|brûlée?s?|blessée?s?|blessures?)\b", re.IGNORECASE)
# What a food, a drink or a medicine does: never a burn.
_SICKENS = re.compile(r"\b(?:fell ill|fallen ill|sick|illness\w*|unwell|gastro\w*|diarrh\w*|vomit\w*|allerg\w*|"
                      r"food poisoning|malades?|maladies?|intoxication\w*|allergi\w*|vomissements?)\b", re.IGNORECASE)


# A count of them: "13 in all", "We know of 3 incidents", « 8 en tout ».
_INCIDENT_COUNT = re.compile(r"\b\d[\d,\u00a0\u202f ]*\s(?:(?:more|new|other|nouveaux|autres)\s)?(?:incidents?|fires?|incendies?)\b|"
                             r"\b\d[\d,\u00a0\u202f ]*\s(?:in all|in total|en tout|au total)\b", re.IGNORECASE)


def _hurts_not_sickens(brief: Brief) -> bool:
    """Whether a recall's statement tells incidents of harm (fires, burns) and no illness."""
    said = brief.statement.source
    return bool(_INCIDENTS.search(said)) and not _SICKENS.search(said)


def _incidents_and_hurt(brief: Brief) -> list[Passage]:
    """The newest count of incidents with what the same update says of who was hurt, then any
    injury told earlier ("One of them… left a person with a minor burn")."""
    from generator.rendering.documents.passages import passages

    # (Not advice for a case that may happen, "If a heater smokes, leave the room": by its words, since
    # a count told with what the owner did, "each put out by the owner", can read as advice.)
    every = [p for p in passages(brief) if _INCIDENTS.search(p.text)
             and not re.match(r"^(?:if|in case|should|si|en cas)\b", p.text, re.IGNORECASE)]
    counted = sorted((p for p in every if p.section == "update" and _INCIDENT_COUNT.search(p.text)), key=lambda p: p.recent)
    found: list[Passage] = []
    if counted:
        newest = counted[0]
        found = [p for p in every if p.section == "update" and p.recent == newest.recent]
    injured = [p for p in every if re.search(r"\b(?:burns?|burnt|injur\w+|brûlures?|blessée?s?|blessures?)\b", p.text,
                                             re.IGNORECASE) and not re.search(r"\b(?:no one|nobody|personne (?:d['’]autre )?n['’]|personne (?:d['’]autre )?ne\b|aucun)",
                                                                              p.text, re.IGNORECASE)]
    hurt = [p for p in injured if p not in found][:1]
    if hurt and found and (set(re.findall(r"\d+", found[0].text)) & set(re.findall(r"\d+", hurt[0].text))):
        # ("We know of 13 incidents…; one person suffered a minor burn" says the count the update gave.)
        found = [p for p in found if not _INCIDENT_COUNT.search(p.text)]
    # The count and who was hurt before "No one else was hurt", which reads as a denial alone.
    nobody = [p for p in found if re.search(r"\b(?:no one|nobody|personne)\b", p.text, re.IGNORECASE)]
    counts = [p for p in found if p not in nobody]
    return [*counts, *hurt, *nobody][:4]


def _summary(brief: Brief) -> list[Passage]:
    found = find(brief, sections=("summary",), most=6)
    # What happened, not what people should do about it nor the apology (their own questions).
    return [p for p in found if not p.has("apology") and not p.has("advice")][:3]


def figures(text: str) -> frozenset[str]:
    """The figures of a text, their separators gone ("31,560", « 31 560 » → 31560)."""
    return frozenset(re.sub(r"[\s\u00a0\u202f,.]", "", f) for f in re.findall(r"\d[\d\u00a0\u202f ,.]*\d|\d", text))


def _current_counts(finder: Callable[[Brief], list[Passage]]) -> Callable[[Brief], list[Passage]]:
    """A "how many?" answer without an update's count that the summary or a later update gives
    again ("3,460 bottles were sold" beside "5,180 bottles were sold"), unless nothing else is left."""
    @functools.wraps(finder)
    def answer(brief: Brief) -> list[Passage]:
        found = finder(brief)
        return [p for p in found if not p.has("recounted")] or found
    return answer


@_current_counts
def _how_many(brief: Brief) -> list[Passage]:
    """A number of people (or, for a recall, of products sold): the summary's, then the
    updates' newest first, then the other sections'; a total of those affected first, and
    never twice the same figures. With no person counted, the trips, payments or logins the
    problem hit: "unanswered" would withhold a figure the statement gives."""
    pattern = count_pattern(brief.lang)
    if document_kind(brief) == "recall":
        pattern += "|" + SOLD_COUNT.get(brief.lang, SOLD_COUNT["en"])
    # ("31 of them were then rejected…" counts a part of what the sentence before counts: never the
    # answer to "how many", which it would make small.)
    counted = [p for p in _counted(brief, pattern) if not _SUBSET.match(p.text)]
    if document_kind(brief) == "recall":
        # A recall counts what was sold ("The number of bottles put on sale is 16,400"), never the
        # bottles brought back so far; then, when the statement tells of them, the people hurt or
        # taken ill ("two people have been cut", "Three people … had a reaction").
        # (People counted, « 40 familles nous ont déjà appelés », are the answer as they are.)
        people = [c for c in counted if re.search(count_pattern(brief.lang), c.text, re.IGNORECASE)]
        sold = [p for p in _sold(brief) if p.section != "table"][:1]
        first = (people or sold or counted)[:1]
        hurt = [p for p in [*_hurt(brief), *_ill(brief)] if p.has("harm") and not _NO_HARM.search(p.text)
                and p.text not in {c.text for c in first}][:1]
        if first or hurt:
            return [*first, *hurt]
    if not counted:
        # "We do not yet know how many people are affected": the honest answer, never the
        # appointments postponed in the place of the people whose data was stolen.
        unknown = find(brief, words=_NOT_YET_COUNTED, sections=("update", "summary", "what_happened"),
                       newest_first=True, history=True, most=1)
        if unknown:
            return unknown
    counted = counted or [p for p in _counted(brief, count_pattern(brief.lang, events=True), events=True)
                          if not _SUBSET.match(p.text)]
    if not counted and document_kind(brief) == "controversy" and not conduct(brief.statement):
        # What we published, or what was posted about us: how many saw it ("viewed about 95,000 times").
        counted = find(brief, words=_SEEN, sections=("summary", "what_happened", "update"), history=True, most=1)
    if document_kind(brief) == "safety":
        # An accident counts the people hurt: "not known yet" would hint at more victims, and
        # "11,000 were evacuated" alone leaves out the seven injured.
        said = frozenset().union(*(figures(c.text) for c in counted[:1]))
        hurt = [p for p in with_leaned_on(brief, _hurt(brief)[-1:])
                if p.text not in {c.text for c in counted[:1]} and not (counted and figures(p.text) <= said)]
        return [*counted[:1], *hurt] if hurt else counted  # the statement's own account of who was hurt
    return counted


_SUBSET = re.compile(r"^\W*(?:[\d\s\u00a0\u202f,.]+|\w+) (?:of (?:them|these|those)|d['’]entre (?:eux|elles)|parmi (?:eux|elles))\b",
                     re.IGNORECASE)
_NOT_YET_COUNTED = (r"\b(?:do(?:es)? not|don['’]t|cannot|can['’]t) (?:yet |still )?(?:know|say|tell) (?:yet )?(?:how many|the number of)\b|"
                    r"\bne (?:connaissons|savons|pouvons) pas encore (?:le nombre|combien|dire combien)\b|"
                    r"\bnous ne (?:connaissons|savons) pas (?:encore )?(?:le nombre|combien)\b")


_SEEN = (r"\b\d[\d,.\u00a0\u202f ]*(?:k|000)?\s*(?:views|times|shares|vues|fois|partages)\b|"
         r"\b(?:viewed|seen|shared|vue|partagée) (?:about |around |more than |nearly |environ |plus de |près de )?\d")


def _counted(brief: Brief, pattern: str, *, events: bool = False) -> list[Passage]:
    affected = re.compile(AFFECTED, re.IGNORECASE)
    updates = find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=6)
    # The newest update that counts them, alone: an older estimate is superseded.
    updates = sorted((p for p in updates if p.recent == updates[0].recent), key=lambda p: not affected.search(p.text))
    found = (find(brief, words=pattern, sections=("summary",), most=6) + updates
             + find(brief, words=pattern, sections=("what_happened", "what_we_are_doing", "postmortem"), most=6))
    chosen: list[Passage] = []
    told: set[str] = set()
    # (For events, only the clause that counts them: "2,870 logins failed and we received 3,400 calls".)
    counted = re.compile(pattern, re.IGNORECASE)

    def judged(text: str) -> str:
        if not events:
            return text
        return next((c for c in re.split(r"[,;:]\s+|\s+(?:and|et|und)\s+", text) if counted.search(c)), text)

    found = [p for p in found if not (_NOT_AFFECTED.search(judged(p.text)) and not affected.search(judged(p.text)))]
    if not events:
        # "The 1,940 members who saw some transactions twice…" counts some of them, never how
        # many were affected: said on air as the answer, it would shrink the crisis.
        found = [p for p in found if not (_SOME_OF_THEM.search(p.text) and not affected.search(p.text))]
    for passage in (p for p in found if not p.has("correction")):  # its figures are in the sentences it corrected
        # (The counts it gives, not every figure: "about 11,000 people left them" at 14:24 says
        # again the 11,000 evacuated "at 14:31".)
        given = figures(" ".join(m.group(0) for m in counted.finditer(passage.text))) or figures(passage.text)
        if given and given <= told or any(passage.text == c.text for c in chosen):
            continue
        chosen.append(passage)
        told |= given
    # A correction that alone gives the count ("the number is 238,500, not 212,000") is the answer.
    return chosen[:2] or [p for p in found if p.has("correction")][:1]


# A count of some of the people, by what befell them ("the 1,940 members who saw…", « les 1 940
# membres qui voyaient… »).
_SOME_OF_THEM = re.compile(r"\b(?:the|les|ces|these|aux|des)\s+(?:(?:about|some|environ|quelque)\s+)?\d[\d\u00a0\u202f ,.]*\s+"
                           r"(?:[\w-]+\s+){1,2}(?:who|whose|qui|dont)\b"
                           # ("the 9,400 people who take the T1 every day" are everyone the line carries)
                           r"(?!\s+(?:(?:usually|normally|habituellement)\s+)?(?:take|use|ride|travel|rely|depend|"
                           r"prennent|utilisent|empruntent|fréquentent|voyagent|dépendent)\b)", re.IGNORECASE)
# A count that is not of the people affected: those we called or wrote to, our own teams.
_NOT_AFFECTED = re.compile(
    # what still works: "Our 620 G4 scooters and 900 bikes … remain in service"
    r"\d[^.]{0,80}\b(?:remain|remains|stay|stays|restent|reste|demeurent) (?:\w+ )?(?:in service|en service|available|"
    r"disponibles?|open|ouverte?s?|in operation)\b|"
    # our own staff told a rule: "We have reminded all 1,100 employees of our 14 stores that…"
    r"\b(?:reminded|briefed|told|rappelé aux?|rappelé à|informé)\s+(?:all |tous |l['’]ensemble (?:de |des )?)?(?:our |nos |les |ses )?\d"
    r"[^.]{0,30}\b(?:employees|staff|colleagues|employés|salariés|collaborat\w+)\b|"
    r"\b(?:called|phoned|contacted|e-?mailed|texted|written to|wrote to|reached|trained|met|asked|appelé|contacté|"
    r"écrit à|joint|formé|rencontré|reçu|demandé à)\s+(?:\w+\s+){0,3}\d|\b(?:renforts?|reinforcements?)\b[^.]{0,60}\d|"
    r"\b\d[\d\u00a0\u202f ,.]*\s+(?:personnes|people|staff) (?:supplémentaires|extra|more)\b|\bpanel (?:de|of) \d|\b\d[\d\u00a0\u202f ,.]*\s+(?:extra |additional |more )?"
    r"(?:staff|employees|agents|cashiers|volunteers|salariés|renforts|agents|personnes en renfort)\s+(?:\w+\s+){0,2}"
    r"(?:in (?:extra|addition|support)|en renfort|supplémentaires)|\b\d[\d\u00a0\u202f ,.]*\s+(?:\w+\s+){0,2}(?:members of (?:our|the) (?:[\w-]+ ){0,4}"
    r"(?:teams?|staff|crew|council|panel|committee|board)|(?:of )?our (?:[\w-]+ ){0,3}(?:staff|employees|teams?|agents)|membres de nos (?:[\w-]+ ){0,4}"
    r"équipes|de nos (?:salariés|collaborateurs|agents))|"
    # "Our 46 marketing and social media colleagues will complete training": our people, not those affected
    r"\b(?:our|nos) \d[\d\u00a0\u202f ,.]*\s+(?:[\w-]+ ){0,5}(?:colleagues|employees|staff|collaborateurs|salariés|agents)\b",
    re.IGNORECASE)


def postmortem_changes(brief: Brief) -> list[Passage]:
    """The changes the postmortem lists under its own label ("What we are changing"), whole."""
    label = re.compile(r"chang|prevent|lesson|improv|next|fix|amélior|leçon|prév|mesures|correct", re.IGNORECASE)
    from generator.rendering.documents.passages import whole_items

    listed = [p for p in find(brief, sections=("postmortem",), most=99) if p.item and label.search(p.label)]
    return listed or whole_items(brief, find(brief, words=_w("prevention", brief.lang), sections=("postmortem",), most=4))


def _doing(brief: Brief) -> list[Passage]:
    """The actions as the authors listed them, else the changes of the postmortem, else the
    newest update's actions."""
    listed = find(brief, sections=("what_we_are_doing",), most=4)
    if listed:
        return listed
    changes = postmortem_changes(brief)[:4]
    if changes:
        return changes
    return current_actions(brief)


def current_actions(brief: Brief) -> list[Passage]:
    """The actions of the newest update that reports any: older ones ("we are checking our
    figures") are past, and so is a promise whose day is over ("we will publish the
    timetable by 29 November", read on 30 November)."""
    from generator.rendering.deadlines import passed_deadline

    zone = brief.settings.timezone
    acted = [p for p in find(brief, words=_ACTION.get(brief.lang, _ACTION["en"]), sections=("update",),
                             newest_first=True, history=True, most=99, exclude=_w("cause_strong", brief.lang))
             if not p.has("next-update") and not p.has("pending")
             and not re.search(_w("ownership", brief.lang), p.text, re.IGNORECASE)
             and not (p.at and passed_deadline(p.text, p.at, brief.now, zone))]
    return [p for p in acted if p.recent == acted[0].recent][:3] if acted else []


# What we did, in our own words: "we have written", « nous avons écrit », "our crew replaced".
_ACTION = {"en": r"\bwe (?:have|had|are|will|'ve|'re|'ll)\b|\bwe \w+ed\b|\bour (?:[\w-]+ )?(?:teams?|engineers|staff|crews?|"
                 r"technicians|store managers|agents) (?:have|has|are|will|\w+ed)\b|\b(?:has|have) been (?:\w+ )?"
                 r"(?:refunded|paid|transferred|replaced|repaired|restored|sent|credited|fixed|issued|removed)\b|"
                 r"\b(?:is|are) under way\b",
           "fr": r"\bnous (?:avons|allons|sommes|\w+ons)\b|\bnos (?:équipes|techniciens|ingénieurs|agents|"
                 r"directeurs de magasin|responsables de magasin) \w+|\b(?:a|ont) été (?:\w+ )?(?:viré|versé|"
                 r"remboursé|remplacé|réparé|rétabli|envoyé|crédité|corrigé|émis|retiré)e?s?\b|\b(?:est|sont) en cours\b",
           "de": r"\bwir (?:haben|hatten|werden|sind|\w+en)\b|\bunser(?:e)? (?:\w*[Tt]eams?|Techniker\w*|Mitarbeitende\w*) "
                 r"\w+|\b(?:wurde|wurden) (?:\w+ )?(?:erstattet|gezahlt|überwiesen|ersetzt|repariert|wiederhergestellt|"
                 r"verschickt|gutgeschrieben|behoben|entfernt)\b|\b(?:läuft|laufen) (?:bereits|derzeit)\b"}


def _advice_source(lang: str) -> str:
    """The advice section named as a source: "“What you should do”"."""
    from generator.core.languages import section_heading
    from generator.rendering.documents.passages import heading_source

    return heading_source(section_heading("what_you_should_do", lang), lang)


def _advice(brief: Brief) -> list[Passage]:
    """What the people affected should do: the section's items, whole, as the authors wrote them."""
    heading = _advice_source(brief.lang)
    items = brief.advice_items[:4]
    # The line to call, whatever comes before it: a journalist's readers ask for the number first.
    items += [item for item in brief.advice_items[4:] if _HELPLINE.search(item)][:1]
    return [Passage(said_whole(item, brief.lang), heading, frozenset({"advice"}), SECTION) for item in items] or \
        find(brief, role="advice", sections=("summary", "update"), most=2)


_HELPLINE = re.compile(r"\+?\d[\d\u00a0\u202f .-]{7,}\d")


def _services_involved(brief: Brief) -> list[Passage]:
    """The sentences naming the services and bodies that came or are investigating ("The
    coastguard coordinated the response", "The BEAmer has opened an investigation") before one
    that only mentions investigators ("what caused it is for the investigators to establish")."""
    found = _anywhere(brief, "emergency", first=("what_happened", "summary"), most=4)
    return sorted(found, key=lambda p: not p.has("regulator"))[:2]


def _authorities(brief: Brief, first: tuple[str, ...]) -> list[Passage]:
    """The sentences saying an authority was told ("We informed ANSM on 24 November"), then
    those naming one."""
    told = _anywhere(brief, "informed", first=first)
    named = _anywhere(brief, "", role="regulator", first=first)
    return [*told, *(p for p in named if p.text not in [t.text for t in told])][:2]


# "The responsibility … lies with the company": the sentence that says who answers for it.
_STATES_RESPONSIBILITY = re.compile(
    r"\bresponsib|\bresponsabilit|\bour (?:fault|mistake|error|failure)\b|\bour (?:job|duty) to\b|\bnotre (?:faute|erreur)|"
    r"\b(?:fault|mistake|error) (?:is|was) (?:entirely |all )?ours|\bfailure of our\b|\bshould never have\b|\b(?:faute|erreur) (?:est|était) (?:entièrement )?"
    r"(?:la nôtre|de notre fait)|\b(?:an?|the) (?:mistake|error) (?:by|of) (?-i:[A-Z])|"
    r"\b(?:une |l['’])erreur (?:de |d['’])(?-i:[A-Z])", re.IGNORECASE)


def _responsible(brief: Brief) -> list[Passage]:
    found = _anywhere(brief, "ownership", first=("summary", "what_happened", "quote", "postmortem"), most=4)
    if not found:
        # "That is for the BEA investigation to establish": who is responsible is the inquiry's to say.
        found = find(brief, words=_INQUIRY_DECIDES, sections=("summary", "what_happened", "what_we_are_doing"),
                     history=True, most=1)
    if not found:
        # A partner's error told as the cause, and what was ours in it ("…at our card processor,
        # Transaxis"; "there was no check that compared the settings in force with those we had
        # approved"): who answers for it, in the statement's words, never a dodge.
        gap = find(brief, words=_OUR_GAP, sections=("postmortem", "what_happened", "summary"), history=True, most=1)
        partner = [p for p in _find_cause(brief) if _A_PARTNER.search(p.text)][:1]
        found = [*partner, *gap]
    if not found:
        # Our own product, the source still sought: the apology and the search for the source
        # answer honestly ("we are working with the authorities to find the source"), never a dodge.
        searching = find(brief, words=_SEARCHING, sections=("what_we_are_doing", "what_happened", "summary"),
                         history=True, most=1)
        summary = find(brief, sections=("summary",), most=6)
        sorry = [p for p in summary if p.has("apology")][:1]
        if document_kind(brief) == "recall":
            # A recall: the product is ours, which the recall itself says ("Fromagerie Bellecombe
            # is recalling…"); an apology that ends on the consumer line's number answers nothing here.
            sorry = summary[:1]
        found = [*sorry, *searching] if searching else []
    # The sentence that says whose fault it is first ("C'est une erreur de Voltéa"); "they were
    # right" and "approved by our team" own less than "we should never have published it".
    # ("approved by our marketing team alone" beside "I should have seen this advert" would point
    # at the staff: it goes when something owns more.)
    # (What a correction owns, "That figure was a typing error on our part", is no answer on the crisis.)
    found = [p for p in found if not _OWNS_A_SLIP.search(p.text)] or found
    strong = [p for p in found if not _OWNS_LITTLE.search(p.text)]
    return sorted(strong or found, key=lambda p: (not _STATES_RESPONSIBILITY.search(p.text),
                                                  bool(_OWNS_LITTLE.search(p.text))))[:2]


_OUR_GAP = (r"\b(?:there was no (?:check|control|test|alert|alarm|review|safeguard)|we (?:had|did) not (?:have )?(?:a |any )?"
            r"(?:check|control|test|alert|alarm|review|safeguard)|nous n['’]avions (?:pas|aucun)|aucun (?:contrôle|test|"
            r"dispositif|garde-fou) ne|il n['’]y avait (?:aucun|pas de) (?:contrôle|test|alerte|garde-fou))")
_A_PARTNER = re.compile(r"\b(?:our (?:[\w-]+ )?(?:processor|supplier|provider|contractor|partner|subcontractor|vendor|"
                        r"host|carrier)|run for us|on our behalf|notre (?:[\w-]+ )?(?:prestataire|fournisseur|sous-traitant|"
                        r"partenaire|hébergeur|opérateur)|pour notre compte)\b", re.IGNORECASE)


_OWNS_A_SLIP = re.compile(r"\b(?:typing error|typo|figure was|wrong figure|in our (?:earlier |last )?update|erreur de (?:frappe|"
                          r"saisie)|coquille|(?:ce|le) chiffre (?:était|de))\b", re.IGNORECASE)


_OWNS_LITTLE = re.compile(r"\b(?:rightly|(?:they|you) (?:are|were) right|(?:approved|signed off|validated|designed) by "
                          r"our|à juste titre|(?:ils|elles|vous) (?:ont|aviez|avez) raison|(?:approuvée?s?|validée?s?) "
                          r"par (?:notre|nos))|\bteam alone\b|\bseule équipe\b", re.IGNORECASE)


_INQUIRY_DECIDES = (r"\b(?:for the [\w' -]{0,40}(?:investigation|inquiry|investigators) to (?:establish|determine|say)|"
                    # "…is under a police investigation, and we will not speculate before its findings"
                    r"(?:is|are) (?:the subject of|under) (?:an? |a police |an official )?(?:investigation|inquiry)|"
                    # "The causes of the crash are being investigated by the gendarmerie and the BEA-TT"
                    r"causes?\b[^.;]{0,40}\b(?:is|are) being investigated by|"
                    r"(?:fait|font) l['’]objet d['’]une enquête|will not (?:speculate|guess)|"
                    r"ne ferons (?:pas|aucune) (?:de )?supposition|"
                    r"(?:investigation|inquiry) will (?:establish|determine)|à l['’]enquête [\w' -]{0,40}de l['’]établir|"
                    r"(?:l['’]enquête|les enquêteurs) (?:établira|établiront|déterminera|détermineront)|"
                    # « il revient aux enquêteurs d'en établir la cause »
                    r"(?:revient|appartient) (?:aux enquêteurs|à l['’]enquête)[\w' -]{0,30} (?:d['’]en )?(?:établir|déterminer|dire)|"
                    r"appartient (?:à l['’]enquête|aux enquêteurs))")


def _am_i(brief: Brief) -> list[Passage]:
    """How a person learns whether they are affected: what the statement tells them to do to
    find out ("To find out whether you are affected, call…"), then who is being contacted;
    never that the regulator was notified."""
    asked = [p for p in find(brief, sections=("what_you_should_do", "summary", "what_we_are_doing"), most=99)
             if _FIND_OUT.search(p.text) or _NOT_AFFECTED_SIGN.search(p.text)]
    # How to find out, and the sign of being spared ("If you have not had a call or a letter by
    # December 10, your documents were not in this inbox"), before what the affected must do
    # ("If you are affected, activate credit monitoring…"), which tells no one whether they are.
    def tells_how(text: str) -> bool:
        return _NOT_AFFECTED_SIGN.search(text) is not None or _FIND_OUT_HOW.search(text) is not None

    asked.sort(key=lambda p: 0 if tells_how(p.text) else 1 if _TOLD_SIGN.search(p.text) else 2)
    if len(asked) > 1 and tells_how(asked[0].text) and tells_how(asked[1].text):
        return asked[:2]
    told = [p for p in _anywhere(brief, "contacted", first=("summary", "what_you_should_do", "what_we_are_doing"),
                                 most=4)
            if (not p.has("regulator") or _EACH_CONCERNED.search(p.text)) and p.text not in [a.text for a in asked]
            # (a correction that also contacts some people answers another question)
            and not p.has("correction")]
    return (asked[:1] + told)[:2]


# The sign of being spared: "If you have not had a call or a letter by December 10, your documents
# were not in this inbox", « si vous n'avez reçu ni appel ni lettre d'ici le 10 décembre, … ».
_NOT_AFFECTED_SIGN = re.compile(r"\bif you (?:have not|haven['’]t|did not|didn['’]t|do not|don['’]t) (?:had|got|get|"
                                r"received?|been (?:contacted|called))\b[^.]{0,120}\b(?:not|no)\b|"
                                r"\bsi vous n['’]avez (?:pas|reçu ni|rien|aucun)\b[^.]{0,120}\b(?:pas|ni|aucune?)\b",
                                re.IGNORECASE)
# Where to find out: "To check whether you are affected… call", « pour savoir si vous êtes concerné ».
_HOW = r"(?:find out|know|check|learn) (?:whether|if) you|savoir si vous|vérifier si vous|(?:erfahren|prüfen), ob Sie"
_FIND_OUT_HOW = re.compile(rf"\b(?:{_HOW})", re.IGNORECASE)
# "If you are affected, you will receive a letter": a sign to look for, not advice.
_TOLD_SIGN = re.compile(r"\b(?:if you (?:are|were) affected|si vous (?:êtes|étiez) concernée?s?|wenn Sie betroffen sind)"
                        r",? (?:you (?:will )?(?:have )?(?:receive|received|get|got|had|been)|vous (?:recevrez|avez reçu|"
                        r"serez contactée?s?|avez été))", re.IGNORECASE)
# "…and we are writing to each of the 1,240 merchants concerned": the people told, beside the regulator.
_EACH_CONCERNED = re.compile(r"\b(?:each|every|chaque|tous les|toutes les|jede\w*)\b[^.]{0,60}\b(?:concerned|affected|"
                             r"concernée?s?|touchée?s?|betroffen\w*)", re.IGNORECASE)
_FIND_OUT = re.compile(rf"\b(?:{_HOW}|"
                       # "If you are affected, you received a letter…": the sign to look for
                       r"if you (?:are|were) affected|si vous (?:êtes|étiez) concernée?s?|wenn Sie betroffen sind)\b",
                       re.IGNORECASE)


# "They did not obtain passwords", « ni mots de passe »: the answer is no, said as written.
_NO_PASSWORD = re.compile(r"\b(?:no|not|neither|nor|without)\b[^.;:]{0,60}\b(?:passwords?|passcodes?|PINs?)\b|"
                          r"\b(?:ni|aucun|pas de|sans)\b[^.;:]{0,40}\b(?:mots? de passe|codes? (?:secrets?|confidentiels?|"
                          r"PIN))\b", re.IGNORECASE)


def _password(brief: Brief) -> list[Passage]:
    """What people must do about their password: the sentences to the reader first; "we will
    never ask for your password" answers the phishing question, and only comes when nothing else
    does. A measure about our staff ("every agent's password has been reset") is no advice."""
    found = _anywhere(brief, "password", first=("what_you_should_do", "what_we_are_doing", "summary", "what_happened"),
                      most=6)
    safe = _SAFE.get(brief.lang, _SAFE["en"])
    # ("Passwords … were not visible to this employee and were not exposed" names our employee
    # and answers the reader all the same.)
    for_reader = [p for p in found if not _about_staff(p.text, brief.lang) or safe.search(p.text)
                  or _NO_PASSWORD.search(p.text)]
    # "Not affected: … patient portal passwords" answers the reader first; "every password of the
    # appointment system has been reset" is our measure, not their password.
    measure = _RESET.get(brief.lang, _RESET["en"])
    # ("Be wary of messages that ask for … a password" warns of scams: it says nothing of whether
    # to change one; the question stays open rather than answered by it.)
    for_reader = [p for p in for_reader if not p.has("never-ask") or _CHANGE_PASSWORD.search(p.text)]
    ranked = sorted(for_reader, key=lambda p: (not safe.search(p.text) and not _NO_PASSWORD.search(p.text),
                                               p.has("never-ask"),
                                               bool(measure.search(p.text)) and not _to_reader(p.text, brief.lang),
                                               not _to_reader(p.text, brief.lang)))
    if ranked and _NO_PASSWORD.search(ranked[0].text):
        # No password was taken: that sentence answers, with what the reader is told to do about
        # one, if anything; never a second "no passwords" from another section.
        advice = [p for p in ranked[1:] if _to_reader(p.text, brief.lang) and not _NO_PASSWORD.search(p.text)
                  and not p.has("never-ask")]
        return [ranked[0], *advice[:1]]
    return ranked[:2]


# An instruction about the reader's own password: change it, reset it, set a new one.
_CHANGE_PASSWORD = re.compile(r"\b(?:change|reset|update|renew)\b[^.]{0,30}\bpassword|\b(?:changez|modifiez|"
                              r"réinitialisez|renouvelez)\b[^.]{0,30}\bmot de passe", re.IGNORECASE)
_SAFE = {"en": re.compile(r"(?:\bnot |n['’]t )(?:been )?(?:affected|concerned|exposed|accessed|compromised)\b|\bunaffected\b",
                          re.IGNORECASE),
         "fr": re.compile(r"\b(?:(?:ne sont|n['’]ont|n['’]a|n['’]est) pas (?:été )?(?:concernée?s?|touchée?s?|exposée?s?|"
                          r"compromise?s?|consultée?s?))", re.IGNORECASE),
         "de": re.compile(r"\bnicht betroffen\b", re.IGNORECASE)}
_RESET = {"en": re.compile(r"\breset\b", re.IGNORECASE), "fr": re.compile(r"\bréinitialis\w*", re.IGNORECASE),
          "de": re.compile(r"\bzurückgesetzt\b", re.IGNORECASE)}


_READER = {"en": re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE),
           "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
           "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")}  # formal, capitalised
_STAFF = {"en": re.compile(r"\b(?:agents?|staff|employees?|advisers?|advisors?|colleagues?|engineers?|our teams?|"
                           r"(?:one|each|some|two|three) of our)\b", re.IGNORECASE),
          "fr": re.compile(r"\b(?:conseillers?|conseillères?|agents?|salariés?|employés?|collaborateurs?|personnel|"
                           r"collègues?|nos équipes)\b|\b(?:l['’]une?|chacune?|certaine?s|deux|trois) de nos\b",
                           re.IGNORECASE),
          "de": re.compile(r"\b(?:Mitarbeitende\w*|Mitarbeiter\w*|Beschäftigte\w*|Kolleg\w*|Berater\w*|Techniker\w*|"
                           r"unsere(?:m|n)? Teams?|(?:eine[rsm]?|jede[rsm]?|zwei|drei) unserer)\b", re.IGNORECASE)}


def _to_reader(text: str, lang: str) -> bool:
    return bool(_READER.get(lang, _READER["en"]).search(text))


def _about_staff(text: str, lang: str) -> bool:
    """A sentence about our own people and not about the reader."""
    return bool(_STAFF.get(lang, _STAFF["en"]).search(text)) and not _to_reader(text, lang)


def _message(brief: Brief) -> list[Passage]:
    """The apology, then the spokesperson's own words to the people affected."""
    from generator.rendering.channels.voices import leans_on_before

    # (Never one that needs the sentence before it: "We apologise to everyone who was waiting for it".)
    apology = [p for p in _anywhere(brief, "", role="apology", first=("summary",), most=3)
               if p.section != "update" or not leans_on_before(p.text, brief.lang)][:1]
    quote = find(brief, role="apology", sections=("quote",), most=1) or find(brief, sections=("quote",), most=1)
    said = brief.quoted_apology or ""
    if quote and quote[0].text in said:
        # "I know what that means, and I am sorry." with the sentence it means (the 112 people who
        # waited in the cold), as every copy quotes it.
        quote = [p for p in find(brief, sections=("quote",), most=9) if p.text in said] or quote
    return (apology + [q for q in quote if q.text not in [a.text for a in apology]])[:3]


# "Unite has called a second strike, for 48 hours, on 18 and 19 December": it will happen again,
# and the statement says when.
_CALLED_AGAIN = re.compile(r"\b(?:a (?:second|further|new) strike|another strike|will also strike|(?:une )?(?:deuxième|seconde|"
                           r"nouvelle) grève|feront aussi grève|(?:a|ont) appelé à une (?:deuxième|seconde|nouvelle) grève)\b",
                           re.IGNORECASE)


def _again(brief: Brief) -> list[Passage]:
    if strike(brief.statement):
        # A strike called again is the answer, never the timetable of the first one.
        called = find(brief, words=_CALLED_AGAIN.pattern, sections=("summary", "what_happened"), most=1) or \
            find(brief, words=_CALLED_AGAIN.pattern, sections=("update",), newest_first=True, history=True, most=1)
        if called:
            return called
    changes = postmortem_changes(brief)
    if changes:
        return changes[:3]
    from generator.rendering.deadlines import passed_deadline

    first = ("what_we_are_doing", "quote", "what_happened", "summary", *_own_sections(brief))
    # (What the statement says it is changing, even while still under way, "We are reviewing with
    # our provider how updates are tested… so that it cannot ground the network again", before an
    # update's "check-in will restart only once these checks are complete".)
    found = find(brief, words=_w("prevention", brief.lang), sections=first, most=4) or \
        _anywhere(brief, "prevention", first=first, most=4)
    zone = brief.settings.timezone
    # "We will say on 17 November what we are changing", read on 29 November: it has been said
    # since, or it is late; either way it is no answer.
    return [p for p in found if not p.has("correction")
            and not (_SAYS_IT_ELSEWHERE.search(p.text) and not _REVIEW.search(p.text))
            and not _THANKS.search(p.text) and not (p.at and passed_deadline(p.text, p.at, brief.now, zone))][:3]


# "We have published what we are changing", « nous dirons ce que nous changeons »: where the
# answer is, not the answer.
_SAYS_IT_ELSEWHERE = re.compile(r"\b(?:published|will (?:say|publish|report)|publié|publierons|dirons)\b[^.]{0,80}"
                                r"\b(?:what we (?:are changing|change|will change)|ce que nous changeons)", re.IGNORECASE)


# "We will review our safety rules…, and we will publish what we change": the review answers,
# whatever the sentence says of its publication.
_REVIEW = re.compile(r"\b(?:review|re-?examine|overhaul) (?:all )?our (?:\w+ ){0,3}(?:rules|procedures|processes|checks)|"
                     r"\b(?:réexaminerons|réexaminons|revoyons|reverrons|réviserons|révisons) (?:toutes )?nos (?:\w+ ){0,3}"
                     r"(?:règles|procédures|processus|contrôles)", re.IGNORECASE)


def _told_anywhere(brief: Brief, words: str, sections: tuple[str, ...] = EXPLAIN) -> list[Passage]:
    """What the statement's sections say (two sentences at most), else the newest update that
    says it (one)."""
    return find(brief, words=words, sections=sections, most=2) or \
        find(brief, words=words, sections=("update",), newest_first=True, history=True, most=1)


def _own_sections(brief: Brief) -> tuple[str, ...]:
    """The sections the authors named themselves ("Is my battery affected?"): a change can be
    told there too ("They are checked with a new weld test")."""
    return tuple(s.heading for s in brief.statement.sections if not s.key)


def _lots(brief: Brief) -> list[Passage]:
    """For a recall, every product and lot: the rows of the statement's tables, else the
    sentences that give lot or serial numbers."""
    lines = recall_lot_lines(brief)
    if lines:
        return [Passage(line, "", frozenset({"lots"}), SECTION, "table") for line in lines]
    return _anywhere(brief, "codes", first=("summary", "what_you_should_do", "what_happened"), most=3)


def recall_lot_lines(brief: Brief) -> list[str]:
    """Every row of every table outside the updates, as labelled lines."""
    return _table_lines_where(brief, lambda heading, block: True)


def _table_lines_where(brief: Brief, wanted: Callable[[str, Any], bool]) -> list[str]:
    """The rows, as labelled lines, of the tables outside the updates that `wanted(section
    heading, table block)` keeps."""
    lines: list[str] = []
    for section in brief.statement.sections:
        if section.key == "updates":
            continue
        for block in blocks(section.text, brief.lang):
            if block.is_table and wanted(section.heading or "", block):
                lines += table_lines(block, brief.lang)
    return lines


def _health(brief: Brief) -> list[Passage]:
    """The risk and what to watch for: the authors' own health section ("Health advice":
    symptoms, who is at risk, see a doctor) first, then the summary and the advice."""
    heading = _advice_source(brief.lang)
    advice = [Passage(item, heading, frozenset({"advice"}), SECTION) for item in brief.advice_items
              if re.search(_w("health", brief.lang), item, re.IGNORECASE)]
    own = find(brief, words=_w("health", brief.lang), sections=_own_sections(brief), most=3)
    told = [p for p in _anywhere(brief, "health", first=("summary", "what_happened"), most=4)
            if not _conditional(p)]
    found = own + uncontradicted(brief, told)[:1] + advice
    return [p for i, p in enumerate(found) if p.text not in [f.text for f in found[:i]]][:3]


# "No child was hurt", « aucun enfant n'a été blessé »: nobody harmed.
_NO_HARM = re.compile(
    r"\b(?:no (?:one|body|child|children|baby|babies|person|people|passengers?|customers?|residents?|patients?|"
    r"staff|employees?|workers?|\w+) (?:\w+ )?(?:was|were|has been|have been|is|are|got) (?:\w+ )?(?:hurt|injured|"
    r"harmed|ill|hospitali[sz]ed)|nobody (?:was|has been|got) (?:\w+ )?(?:hurt|injured|harmed)|no injur(?:y|ies)|"
    r"without (?:any )?injur\w*|unharmed|unhurt|none (?:was|were|has been|have been) (?:hurt|injured|admitted)|"
    r"(?:aucune?|personne) (?:\w+ )?(?:n['’](?:a|ont) été|ne s['’]est|ne sont) (?:\w+ )?(?:blessée?s?|hospitalisée?s?)|"
    r"aucun blessé|sans (?:faire de )?blessures?|sans blessé|indemnes?|"
    # « nous n'avons connaissance d'aucun enfant malade »
    r"\b(?:d['’])?aucune? (?:\w+ ){0,2}malades?|aucune? (?:\w+ ){0,2}n['’](?:est|a été) (?:\w+ )?(?:malade|tombée? malade))",
    re.IGNORECASE)


# Someone harmed: hurt, injured, in hospital, dead, fallen ill.
_HARM = re.compile(r"\b(?:hurt|injur\w*|hospital\w*|wounded|died|dead|killed|fell ill|fallen ill|bruis\w*|fractur\w*|"
                   r"bless\w*|hôpital|hospitalis\w*|décéd\w*|tuée?s?|tombée?s? malades?|hématome)\b",
                   re.IGNORECASE)


def _conditional(passage: Passage) -> bool:
    """Advice for a case that may happen ("If your baby has been hurt, see a doctor"): no fact."""
    return passage.has("advice") or bool(re.match(r"^(?:if|in case|should|si|en cas)\b", passage.text, re.IGNORECASE))


def uncontradicted(brief: Brief, found: list[Passage]) -> list[Passage]:
    """`found` without an update's "no child was hurt" once the statement's own account (its
    sections, the current text) or a newer update says someone was hurt, examined in hospital or
    fell ill: a newer fact wins over an older one it contradicts."""
    from generator.rendering.documents.passages import passages

    harmed = [p for p in passages(brief) if _HARM.search(p.text) and not _NO_HARM.search(p.text)
              and not _conditional(p) and not p.has("pending")]

    def outdated(passage: Passage) -> bool:
        if passage.section != "update" or not _NO_HARM.search(passage.text):
            return False
        return any(h.section != "update" or h.recent < passage.recent for h in harmed)

    return [p for p in found if not outdated(p)]


def _services(brief: Brief) -> list[Passage]:
    """The sentence that names what is affected: one naming an `affected` entry first; never
    one whose only place word is an editor's "[on our website]" standing for a link."""
    words = re.compile(_w("where", brief.lang), re.IGNORECASE)
    found = [p for p in _anywhere(brief, "where", first=("summary", "what_happened"), most=4)
             if words.search(re.sub(r"\[[^\]]*\]", "", p.marked))]
    # ("As a precaution, we informed the Centre for Cybersecurity Belgium": a country named, no
    # service told.)
    told = re.compile(_w("informed", brief.lang), re.IGNORECASE)
    spared = _SAFE.get(brief.lang, _SAFE["en"])  # ("Our mobile network wasn't affected": what was spared)
    # (Nor why: "The cause was a change we made to our network" names a network, not what it hit.)
    names = [item.casefold() for item in brief.statement.affected]
    back = re.compile(_w("restored", brief.lang), re.IGNORECASE)
    # (Nor the recovery of what was hit: "Since 16:50, card payments are being approved normally
    # again" says it is back, not what it hit.)
    # (Nor what to do there: "Please do not queue at the airport for this" names a place, not
    # what was hit.)
    found = [p for p in found if not told.search(p.text) and not spared.search(p.text) and not p.has("cause")
             and not p.has("advice")
             and not (back.search(p.text) and any(name in p.text.casefold() for name in names))]
    # The summary's news when it names what is affected ("Broadband and home phone services were
    # down for 18,400 customers in Keynsham…"): never an update's count of those back since.
    named = [p for p in found if any(name in p.text.casefold() for name in names)]
    news = find(brief, sections=("summary",), most=1)
    # What was spared, said beside it ("Other calls, texts and data were not affected"): what a
    # reporter asking "which services?" needs as much.
    others = find(brief, words=_OTHERS_SPARED.pattern, sections=("summary", "what_happened"), most=1)
    def naming(passage: Passage) -> int:
        return sum(1 for name in names if name in passage.text.casefold())

    if news and naming(news[0]) and (all(p.section == "update" for p in (named or found))
                                     or all(naming(news[0]) >= naming(p) for p in named)):
        # (The summary's news before a sentence of how it happened that names no more: "…changed
        # how calls are routed in the site that serves New Brunswick"; one that names more, "in
        # shops and in our mobile app", says it better.)
        return [*news, *others]
    if not (named or found) and others:
        return [*news, *others]  # what it hit is the news; what it spared, said beside it
    return [*(named or found)[:1], *others]


# What else was not hit ("Other calls, texts and data were not affected", « Les autres appels… n'ont
# pas été touchés »).
_OTHERS_SPARED = re.compile(r"^(?:other|all other|the other|les autres|tous les autres|toutes les autres)\b[^.]*\b(?:not|n['’]ont pas|"
                            r"n['’]a pas|ne sont pas|n['’]est pas)\b[^.]*\b(?:affected|concerned|touched|touchée?s?|"
                            r"concernée?s?|affectée?s?)\b|"
                            # "Cash withdrawals, transfers, online banking and the app kept working."
                            r"\b(?:kept|keep|continued to|still) (?:working|work|running|operating)\b|"
                            r"\bont continué (?:de|à) fonctionner\b|\bcontinuent (?:de|à) fonctionner\b", re.IGNORECASE)


_BACK = re.compile(r"\b(?:again|back|restored|since|de nouveau|à nouveau|rétabli\w*|depuis|wieder)\b", re.IGNORECASE)


def _restored(brief: Brief) -> list[Passage]:
    """Whether it works now: the newest update that says so, else the sections. (Once resolved,
    the summary's word first: "Every line was back by 4.05pm on Saturday"; an update's "14,950
    are back online" is a count of the day before.)"""
    if brief.statement.resolved:
        # The update that closed it ("Everyone's back", "All machines have worked normally since
        # 08:30"), else the summary's word, before any older update's count.
        closing = find(brief, words=_w("restored", brief.lang), sections=("update",), most=1)
        # ("Passes already bought worked normally at the gates" told what kept working during it:
        # "Everything has worked again since 11:02" says it is back.)
        # (Or what we did: "We corrected the calculation at 11:05; pages have loaded normally since.")
        said = _anywhere(brief, "restored", first=("summary", "what_happened", "what_we_are_doing"), most=3)
        return closing or sorted(said, key=lambda p: _BACK.search(p.text) is None)[:1]
    return _anywhere(brief, "restored", first=("summary", "what_happened"), most=1, newest_first=True)


def _help(brief: Brief) -> list[Passage]:
    """The help people get (free water, deliveries, a helpline), then the authors' own tables
    (the distribution points) as labelled lines."""
    found = _anywhere(brief, "help", first=("summary", "what_we_are_doing", *_own_sections(brief), "what_you_should_do"),
                      most=4)
    # Help is what we give: advice to the reader ("please keep boiling water, or use bottled
    # water") and the end of it ("the distribution points close") are not.
    given = [p for p in found if not p.has("advice") and not _ENDS.search(p.text)
             and not _ADDRESSED.get(brief.lang, _ADDRESSED["en"]).search(p.text)
             # once it is over, "the points remain open" from an older update is no longer true
             and not (brief.statement.resolved and p.section == "update" and p.recent != 0)][:2]
    rows = [Passage(line, "", frozenset(), SECTION, "table") for line in recall_lot_lines(brief)[:12]]
    return given + rows


_ENDS = re.compile(r"\b(?:close[sd]?|closing|ferme(?:nt|ront|ra)?|fermée?s?|fermeture)\b", re.IGNORECASE)
_ADDRESSED = {"en": re.compile(r"\bplease\b|^(?:until then|meanwhile),? (?:please )?\w+", re.IGNORECASE),
              "fr": re.compile(r"\bmerci de\b|\bveuillez\b|^(?:d['’]ici là|en attendant),? ", re.IGNORECASE),
              "de": re.compile(r"\bbitte\b|^(?:bis dahin|bis auf Weiteres|in der Zwischenzeit),? ", re.IGNORECASE)}


def _common(*, resolved: bool) -> tuple[Question, ...]:
    return (
        _q("how_many", translatable("qa.question.how_many", "How many people are affected?"), _how_many),
        _q("responsible", translatable("qa.question.responsible", "Who is responsible?"), _responsible, "review"),
        # An update was corrected: "You published the wrong date: what about people who checked against it?"
        _q("corrected", translatable("qa.question.corrected",
                                     "You corrected an earlier update: what was wrong, and what should people who relied on it do?"),
           _corrected, relevant="corrected"),
        _q("doing", translatable("qa.question.doing", "What are you doing about it, and by when?") if not resolved
           else translatable("qa.question.done", "What have you done about it?"), _doing),
        _q("advice", translatable("qa.question.advice", "What should the people affected do?"), _advice),
        _q("compensation", translatable("qa.question.compensation", "Will people be compensated?"), _compensation,
           "check"),
        _q("before", translatable("qa.question.before", "Has this happened before?"),
           lambda b: [p for p in _anywhere(b, "before", most=4) if not p.has("correction")][:2], "memory"),
        _q("again", translatable("qa.question.again", "Will it happen again?"), _again, "never_guess"),
        _q("jobs", translatable("qa.question.jobs", "Will anyone lose their job over this?"),
           _jobs, "review", relevant="someone_erred"),
        _q("message", translatable("qa.question.message", "What do you say to the people affected?"), _message,
           "message"),
    )


# What a statement says of the people who erred: they followed the process, the fault is the
# process's, no one is sanctioned ("The two managers who approved it followed the process they
# were given; the process was ours").
_JOBS = (r"\b(?:followed the (?:process|procedure|rules?)|the (?:process|procedure) (?:was|is) ours|"
         r"(?:that|the|this) (?:gap|failure|flaw|weakness|fault|mistake) (?:was|is) ours|not (?:their|his|her) "
         r"fault|no one will be (?:dismissed|sacked|fired|sanctioned|disciplined)|"
         # "We will not discipline the deckhand for following an instruction we had left in place"
         r"(?:will|shall) not (?:discipline|sanction|dismiss|fire|sack|punish)|ne (?:sanctionnerons|licencierons|"
         r"sanctionnera|licenciera) (?:pas|personne)|(?:dismissed|suspended|sanctioned|"
         r"disciplined|resigned|stepped down)\b|ont suivi (?:la|les) (?:procédure|règles?|processus)|(?:la|cette) "
         r"procédure (?:était|est) la nôtre|aucune sanction|(?:a|ont) été (?:suspendue?s?|licenciée?s?|sanctionnée?s?)|"
         r"a démissionné|(?:cette|la) (?:faille|lacune|erreur|faiblesse) (?:était|est) la nôtre|"
         # "That was our failure", « C'était notre faute »: what we own, said of ourselves
         r"(?:that|it|this) (?:was|is) our (?:failure|fault|mistake)|c['’](?:est|était) (?:notre (?:faute|erreur|échec)|"
         r"de notre faute)|"
         # "The disciplinary procedure is closed", « La procédure disciplinaire est close »
         r"disciplinary (?:procedure|process|proceedings) (?:is|was|has been) (?:now )?(?:closed|completed|concluded|over)|"
         r"procédure disciplinaire (?:est (?:close|terminée)|a été menée))")


_POLICE = re.compile(r"\b(?:police|gendarmerie|law enforcement|National Crime Agency|Action Fraud|parquet|"
                     r"plainte|Polizei|Anzeige)\b", re.IGNORECASE)


def _widened(brief: Brief) -> list[Passage]:
    """Why the recall grew (the newest update that says it was extended), then whether more
    may follow ("To date, no other lot is affected")."""
    grew = find(brief, words=_w("widened", brief.lang), sections=("update",), newest_first=True, history=True, most=1) \
        or find(brief, words=_w("widened", brief.lang), sections=("what_happened", "summary"), most=1)
    if grew and grew[0].section == "update":
        # "We are extending the recall to this lot": the sentence before it says which, and why.
        told = [p for p in passages(brief) if p.section == "update" and p.at == grew[0].at and not p.has("correction")]
        at = [p.text for p in told].index(grew[0].text) if grew[0].text in [p.text for p in told] else 0
        why = [p for p in told[at + 1:at + 2] if re.search(r"\b(?:found|detected|showed|trouvé|détecté|montré)\b", p.text,
                                                             re.IGNORECASE)] if at == 0 else []
        grew = [*told[max(0, at - 1):at], grew[0], *why]  # (why, said after: "Our control tests found…")
    other = find(brief, words=_w("no_other", brief.lang), sections=("summary", "what_happened", *_own_sections(brief)),
                 history=True, most=1)
    if grew and grew[-1].section == "update":
        # "No other lot is affected" written before the recall grew is no answer to "could more
        # follow?": what the updates say of the other lots since ("the tests on the other lots from
        # this line end on Friday", « Nous analysons tous les autres lots ») is.
        others = r"\b(?:other lots|remaining lots|autres lots|lots restants)\b"
        pending = [p for p in find(brief, words=others, sections=("update",), newest_first=True, history=True, most=3)
                   if p.at is not None and grew[-1].at is not None and p.at >= grew[-1].at
                   and p.text not in [g.text for g in grew]][:1]
        pending = pending or [p for p in find(brief, words=others, sections=("update",), newest_first=True, history=True,
                                               most=1) if p.text not in [g.text for g in grew]]
        if pending:
            other = pending
    return [*grew, *(p for p in other if p.text not in [g.text for g in grew])]


def _corrected(brief: Brief) -> list[Passage]:
    """What an earlier update got wrong and what is right, in the correction's own words."""
    return [p for p in passages(brief) if p.has("correction")][:2]


def _who(brief: Brief) -> list[Passage]:
    """Who took the data: the sentence that names them ("criminals used an employee's stolen
    login…"), then that the police were told; never a second account of how many files."""
    # (Who claimed it, "A criminal group claimed the attack", before "attackers encrypted 21 servers".)
    # (Never "We will not pay criminals.": whether we pay is the ransom's answer, not who they are.)
    found = sorted(_anywhere(brief, "who", exclude=f"{_CONTENTS.pattern}|{_WILL_NOT_PAY}|\\b(?:pay|payer|paierons) (?:the |les |des )?(?:criminals|criminels|attackers|pirates)\\b", most=8),
                   key=lambda p: _CLAIMED.search(p.text) is None)[:1]
    if found and not _CRIMINALS.search(found[0].text):
        # "…downloaded from three internet addresses": who, said; and that we do not know who is
        # behind them yet, when the statement says so ("the police are investigating").
        behind = [p for p in find(brief, words=r"\bwho (?:was|were|is|are) behind\b|\bqui (?:se cach\w+|étai\w*|est|sont) "
                                              r"derrière\b", sections=("what_happened", "summary", "update"), history=True,
                                  most=1) if p.text != found[0].text]
        return [*found, *behind]
    if not found or not _CRIMINALS.search(found[0].text):
        return found  # "two unknown parties downloaded them": who, said; the complaint is another answer
    # (A complaint or an investigation: "the municipal police … are working normally" is no such word.)
    police = [p for p in find(brief, sections=("what_we_are_doing", "summary", "what_happened"), most=99)
              if _POLICE.search(p.text) and _INQUIRY.search(p.text) and p.text not in [f.text for f in found]]
    return [*found, *police[:1]]


_CLAIMED = re.compile(r"\b(?:claimed|claims|revendiqu\w*|bekannt)\b", re.IGNORECASE)
_INQUIRY = re.compile(r"\b(?:complaint|investigat\w*|inquiry|enquiry|reported|informed|told|alerted|notified|"
                      r"plainte|enquête|enquêtent|saisie?|prévenue?s?|informée?s?|alertée?s?|signalée?|"
                      r"ermittel\w*|Anzeige|informiert)\b", re.IGNORECASE)
_CRIMINALS = re.compile(r"\b(?:criminals?|attackers?|hackers?|fraudsters?|criminels?|pirates?|attaquants?|"
                        r"escrocs?|Kriminelle\w*|Angreifer\w*)\b", re.IGNORECASE)


def _jobs(brief: Brief) -> list[Passage]:
    """What the organisation owns, said alone: "That was our failure." before "It should have
    asked…: that gap was ours", whose "it" needs a sentence this answer does not quote."""
    found = _told_anywhere(brief, _JOBS)
    alone = [p for p in find(brief, words=_JOBS, sections=("update",), newest_first=True, history=True, most=3)
             if not _PRONOUN_START.match(p.text)]
    if alone and _CLOSED_PROCEDURE.search(alone[0].text):
        # "The disciplinary procedure is closed" overtakes "suspended while we investigate", however
        # the sections still say it: a spokesperson never reads out the suspension as current.
        return alone[:1]
    if found and all(_PRONOUN_START.match(p.text) for p in found) and alone:
        return alone[:1]
    return found


_CLOSED_PROCEDURE = re.compile(r"\bdisciplinary (?:procedure|process|proceedings) (?:is|was|has been) (?:now )?"
                               r"(?:closed|completed|concluded|over)|procédure disciplinaire (?:est (?:close|terminée)|"
                               r"a été menée)", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^(?:it|they|this|il|elle|ils|elles|cela)\b", re.IGNORECASE)


def _compensation(brief: Brief) -> list[Passage]:
    """What people get back from us: never a warning against fake offers ("we will never send you
    a link to claim a 'refund'"), nor what someone else pays back ("refunded by your bank")."""
    if impersonation(brief.statement):
        # After fake offers in our name, "refund" is the bait: only what we ourselves pay, told
        # as such under what we are doing, answers (« Personne ne doit avoir honte d'avoir
        # cliqué » beside the word « remboursement » answers nothing).
        # (Wherever the statement says it, what people should do, the quote, an update: « nous
        # rembourserons le coût de la nouvelle carte », never a line against the bait.)
        return [p for p in find(brief, role="compensation", sections=("what_we_are_doing", "what_you_should_do", "quote",
                                                                        "update"), history=True, most=6)
                if re.search(r"\b(?:we|nous) (?:will |are |have )?(?:pay|reimburs|refund|compensat|rembours|indemnis|"
                             r"verser|prendr)\w*", p.text, re.IGNORECASE) and not p.has("never-ask")][:2]
    first = ("summary", "what_you_should_do", "what_we_are_doing", "quote")
    found = _anywhere(brief, "money", first=first, most=6, exclude=_NOT_COMPENSATION)
    # After a card theft, what we pay back of the fraud is the amends ("Nous remboursons tout débit
    # frauduleux que votre banque ne vous rembourse pas, ainsi que les frais de remplacement de votre
    # carte", kit 59): the words of fraud that keep warnings out never keep our own refund out.
    ours = [p for p in _anywhere(brief, "money", first=first, most=12, exclude=_NEVER_OR_FAKE)
            if _WE_PAY_BACK.search(p.text) and not p.has("never-ask") and p.text not in {f.text for f in found}]
    # (The sentence that also pays what the theft cost, "…ainsi que les frais de remplacement de votre
    # carte", before the one that refunds the fraud alone: the note on amends reads what is quoted.)
    ours = sorted(ours, key=lambda p: AMENDS.search(p.text) is None)
    found = [*ours[:1], *found]
    if not any(AMENDS.search(p.text) for p in found):
        # ("…will also receive a £20 travel voucher", listed under the refunds: amends, found further down.)
        wider = [p for p in _anywhere(brief, "money", first=first, most=12, exclude=_NOT_COMPENSATION)
                 if AMENDS.search(p.text) and p.text not in {f.text for f in found}]
        found = [*wider[:1], *found]
    from generator.rendering.brief import THOSE_DAYS

    # (Never "If you are booked on those days, you can already change…" without the days it means.)
    found = [p for p in found if not p.has("never-ask") and not THOSE_DAYS.search(p.text)]
    # What makes good the harm ("a CHF 20 voucher on your next pass") before how to chase a refund
    # ("If the refund has not reached your account by 7 December, e-mail…").
    return sorted(found, key=lambda p: AMENDS.search(p.text) is None)[:2]


# What we ourselves pay back ("we will refund", « nous remboursons », « nous prenons en charge »).
_WE_PAY_BACK = re.compile(r"\b(?:we|nous) (?:will |are |have |also )?(?:refund|reimburs|pay(?:ing)? back|cover|rembours|"
                          r"prenons en charge|prendrons en charge|couvr)\w*", re.IGNORECASE)
# Warnings against fake offers, whatever else the sentence says: never an answer on amends.
_NEVER_OR_FAKE = (r"\bnever\b|\bjamais\b|\bfake\b|\bfaux\b|\bfausses?\b|\bscam\w*|\bphishing|\bhameçonnage|\barnaque|"
                  r"\bbe wary|\bbeware|\bméfiez|se faisant passer|\bpretend\w*")


# Amends beyond a refund: compensation, a goodwill gesture, a voucher, the costs people incurred.
# (A credit, a replacement, what people will not pay: more than a refund.)
AMENDS = re.compile(r"\b(?:compensat\w*|indemni\w*|dédommag\w*|goodwill|geste commercial|vouchers?|bons? d['’]achat|bons? de \d|"
                    r"bons? de (?:voyage|réduction|séjour)|"
                    r"free (?:return )?(?:crossing|trip|journey|flight|night|stay|ticket|meal|month)s?|"
                    r"(?:traversée|voyage|trajet|billet|nuit|repas|mois) (?:\w+ )?(?:gratuite?s?|offerte?s?)|"
                    r"waive[sd]?|exonér\w*|counsell?ing|soutien psychologique|"
                    r"credit\w*|crédit\w*|replac\w*|remplac\w*|not pay\b|ne paieront pas|"
                    r"avoirs?|Entschädig\w*|Gutschein\w*|costs? (?:you|they) (?:incurred|had)|"
                    # "We are paying travel and accommodation costs for the families", « nous prenons en charge
                    # les frais de déplacement », "Our insurer has opened a file for each passenger"
                    r"(?:paying|pay|cover|covering|meet|meeting) (?:the |their |your )?(?:\w+ )?(?:and \w+ )?costs|"
                    # "We pay for the consultation and blood test of any dog…", "we will pay for the care of…"
                    r"(?:pay|paying|will pay) for (?:the |their |your |any |every )?(?:\w+ ){0,2}(?:care|consultations?|"
                    r"treatments?|vets?|veterinary|bills?|tests?|repairs?|medical)|"
                    r"prenons en charge|pris en charge|prendrons en charge|insurer has opened|assureur a ouvert|frais (?:engagés|"
                    r"supplémentaires|occasionnés)|late(?:-payment)? (?:fees|charges)|frais de retard|"
                    # a sum each person receives, « Chaque client … recevra 15 € », "will receive €15"
                    r"(?:recevr\w*|receive\w*|will get|versera\w*|verserons)\b[^.;]{0,30}(?:[€£$]\s?\d|\d+(?:[.,]\d+)?"
                    r"[\s\u00a0\u202f]?(?:€|euros?|francs|CHF|£|\$)))", re.IGNORECASE)


_NOT_COMPENSATION = (r"\bnever (?:\w+ ){0,3}(?:send|ask|call|contact|e-?mail|text)|\bfraud\w*|\bfake\b|\bpretend\w*|"
                     # a ransom refused is no amends: « La Ville ne paiera pas de rançon »
                     r"\branso\w*|\brançon\w*|"
                     r"\bscam\w*|\bphishing|\bsuspect\w*|\bsuspicious|\bsignalez(?!-(?:le|la|les)-nous)|\b(?:33700|7726)\b|[\"“«]\s?(?:refund|remboursement|compensation|indemnisation)\s?[\"”»]|"
                     r"\bby your bank\b|\bpar votre banque\b|\bjamais\b|\bfrauduleu\w*|\bfaux\b|\bfausses?\b|"
                     r"se faisant passer|\bhameçonnage|\barnaque|\bbe wary|\bbeware|\bméfiez|"
                     # data rights and a complaint to the regulator; free water handed out (help, not amends)
                     r"\bexercer vos droits|\bexercise your (?:\w+ )?rights|\bréclamation auprès|\bréclamation à la|"
                     r"\bcomplain(?:t)? to the|\bdistribu\w*|\bbottled water|\beau en bouteille|"
                     # credit someone may apply for in your name: a warning, not amends
                     r"\bcredit (?:\w+ ){0,3}(?:you did not|you didn['’]t|in your name)|\bdemandes? de crédit|"
                     r"\bcrédit (?:\w+ ){0,3}(?:que vous n['’]avez pas|à votre nom)|"
                     # a toll-free line is help, not amends
                     r"\b(?:ligne|numéro) sans frais|\btoll-free (?:line|number)|\bfreephone\b|"
                     # a free booking is how to travel, not amends: « réservez gratuitement votre passage »
                     r"\bréservez gratuitement|\bbook (?:\w+ ){0,2}(?:for free|free of charge)")


def _find_cause(brief: Brief) -> list[Passage]:
    """The sentences that name the cause ("the cause was…", a "Root cause" paragraph) first,
    then those that explain it ("…by mistake", "because…"); never an action that removed it,
    never "we are looking for the cause" when anything else is said."""
    first = ("summary", "what_happened", "postmortem")
    # Never an action that removed the cause, nor "the error comes from us" (who, not what), nor
    # the recall itself ("we are recalling … because Listeria was found": why we recall, not the cause).
    # Nor a consequence blamed on "our mistake" ("bank charges caused by our mistake are refunded").
    action = (r"\b(?:we have (?:removed|fixed|corrected)|nous avons (?:supprimé|corrigé)|(?:vient|venait) de nous|"
              r"(?:comes|came) from us|we are recalling|we['’]re recalling|nous rappelons|"
              # the risk a recall guards against ("because a fault can make them overheat"), not its cause
              r"\bbecause (?:a \w+ |the \w+ |they |it )(?:can|may|could|might) |"
              r"\b(?:car|parce qu['’](?:ils?|elles?|une?)) (?:\w+ )?(?:peu(?:t|vent)|pourrai(?:t|ent)) |"
              # "The cause is fixed" says it is gone, not what it was
              r"(?:is|are) recalling|(?:rappelle|rappellent)\b|"
              # why a product is recalled, not how it came to be contaminated
              r"(?:because|as|car|parce qu['’](?:ils?|elles?)) (?:they|it|ils|elles?) (?:may|might|could|peu\w+|"
              r"pourrai\w+) (?:contain|contenir)|"
              r"(?:the cause|la cause) (?:is|has been|was|est|a été) (?:now )?(?:fixed|corrected|removed|resolved|"
              r"corrigée|réglée|supprimée|éliminée)|"
              # why we publish something, not why it happened
              r"because you have (?:a|the|every) right|parce que vous avez le droit|"
              r"(?:caused by|due to|because of|dus? à|dues? à|causée?s? par|à cause de) (?:our|notre) (?:own )?(?:mistake|error|fault|erreur|faute)|"
              # a consequence paid back: "any bank charge caused by the outage"
              r"(?:caused by|due to|causée?s? par|dus? à|dues? à) (?:the|this|la|cette|le|ce) (?:outage|incident|disruption|"
              r"delay|error|panne|incident|perturbation|retard|erreur)|"
              # why a count changed ("the review found 3,412, because they also copied…"): not the cause
              r"\bfound \d[\d,.\u00a0\u202f ]*,? because|(?:trouvé|recensé|identifié) \d[\d\u00a0\u202f ]*,? (?:car|parce)|"
              r"\bnot (?:the )?\d[\d,.]*[^.;]{0,60}, because|\bet non (?:des |les )?\d[\d\u00a0\u202f ]*[^.;]{0,60}, (?:car|parce)|"
              # "7,215, higher than the 6,840 we gave on Friday, because…": why the count changed
              r"\b(?:higher|lower|more|fewer|greater|larger|smaller) than (?:the )?\d[^.;]{0,60}, because|"
              r"\b(?:plus|moins) (?:élevée?s?|nombreu\w*|importante?s?) que [^.;]{0,60}, (?:car|parce)|"
              # why a promise comes late ("later than we had hoped, because we are checking…")
              r"later than (?:we had hoped|planned|promised|expected|announced)[^.]{0,60}\bbecause|"
              r"plus tard que (?:prévu|promis|annoncé|nous l['’]espérions)[^.]{0,60}\b(?:car|parce)|"
              # what people received since (fake e-mails): a consequence, not the cause
              r"(?:received|receive|reçoivent|reçu) (?:some |des |de )?(?:fake|faux|fausses)|"
              # „Wir kennen die Ursache“ says the cause is known, not what it is
              r"(?-i:\b[Ww]ir kennen (?:jetzt |nun )?die Ursache))")
    strong = _anywhere(brief, "cause_strong", first=first, exclude=action, most=3)
    if brief.kind == "safety" and not strong:
        # People fell ill and an update says what the tests found since ("The laboratory's tests found
        # salmonella in the custard"): that is what made them ill, never the first evening's "We do not
        # know the cause yet" nor the account of who cooked what.
        tested = find(brief, words=_DETECTED, sections=("update",), newest_first=True, history=True, most=1)
        if tested:
            return with_leaned_on(brief, tested)
    if not strong and brief.kind == "safety":
        # An accident whose causes investigators establish: the answer is that inquiry ("The causes
        # of the crash are being investigated by the gendarmerie…; we will not speculate"), never
        # the account of how the coach left the road.
        inquiry = find(brief, words=_INQUIRY_DECIDES, sections=("summary", "what_happened", "what_we_are_doing", "update"),
                       history=True, most=2)
        if inquiry:
            # (With "We do not yet know why the cable left its sheaves" first, when the account says so:
            # the police's first inquiries alone read as the cause.)
            unknown = [p for p in find(brief, role="unknown", words=_WHY, sections=first, most=1)
                       if p.text not in {i.text for i in inquiry}]
            return [*unknown, *inquiry][:2]
    more = _anywhere(brief, "cause", first=first, exclude=action, most=3)
    found: list[Passage] = []
    for passage in strong + more:
        # "The cause is ours." owns the cause without giving it, "Our tests found the cause." announces
        # it: the sentences after it give it.
        announced = _OWNED_CAUSE.search(passage.text) or _FOUND_CAUSE.search(passage.text)
        told = [p for p in _following(brief, passage) if not p.has("pending")] if announced else [passage]
        found += [p for p in told if p.text not in [f.text for f in found]]
    # An apology, a piece of advice, a case ("If your bank charged you fees because of…") or a
    # thank-you says why we are sorry or what to do, not what caused it.
    # (Nor "There is no indication of a cyberattack": what it was not; its own question says so.)
    found = [p for p in found if not p.has("correction") and not p.has("apology") and not _conditional(p)
             and not _THANKS.search(p.text) and not p.has("never-ask") and not ruled_out(p.text, 0, whole=True)
             # (Once it is over, an update's "Transaxis is reversing the change now, and we expect payments
             # to work by 17:00" is neither the cause nor true.)
             and not (brief.statement.resolved and p.has("eta") and p.section == "update")]
    known = [p for p in found if not p.has("pending")]
    # "We do not know the cause yet" of the first day never beside what the tests found since.
    if any(p.text in {t.text for t in strong} and not p.has("unknown") for p in known):
        known = [p for p in known if not p.has("unknown")] or known
    # Once it is over, the statement's own account (summary, what happened, postmortem) before an
    # update's words of that morning; and "our engineers are looking for the cause" never beside
    # the cause found.
    if brief.statement.resolved:
        strong_texts = {t.text for t in strong}
        known = sorted(known, key=lambda p: (p.text not in strong_texts, p.section == "update"))
    # "We do not yet know why the cable left its sheaves": a "because" in the account then explains
    # something else ("…got an engaged tone because we did not have enough people answering"), not
    # what the statement says it does not know; what the first findings show goes with it.
    unknown_why = find(brief, role="unknown", words=_WHY, sections=first, most=1)
    if unknown_why and known:
        said_unknown = unknown_why[0]

        def finding(p: Passage) -> bool:
            return re.search(_FINDINGS, p.text, re.IGNORECASE) is not None

        order = [p.text for p in passages(brief)]

        def aside(p: Passage) -> bool:
            # Told after "we do not know why", or in another paragraph of the same account, and
            # naming no cause outright: it explains something else.
            later = p.text in order and said_unknown.text in order and order.index(p.text) > order.index(said_unknown.text)
            return p.section == said_unknown.section and (p.block != said_unknown.block or later) and \
                p.text not in {t.text for t in strong}

        if all(aside(p) or finding(p) for p in known):
            findings = [p for p in known if finding(p)] or find(brief, words=_FINDINGS, history=True, most=1)
            return [*findings, *unknown_why]
    if any((not re.search(_SEARCHING, p.text, re.IGNORECASE) or re.search(_ORIGIN_FOUND, p.text, re.IGNORECASE))
           and p.has("cause") for p in known):
        known = [p for p in known if not re.search(_LOOKING_FOR_CAUSE, p.text, re.IGNORECASE)]
        # ("We have found the cause." alone says nothing beside the cause itself.)
        known = [p for p in known if not (_FOUND_CAUSE.search(p.text) and len(p.text) < 60)] or known
    # Once the problem is identified, the statement's own account of what happened ("Very heavy rain
    # flooded a cable chamber beneath our exchange…", "The connection timed out… and our system sent it
    # again") answers better than an update's aside that happens to say "because" ("The other 3,400
    # refunds were sent back, mostly because the account has been closed").
    account = [p for p in find(brief, sections=("what_happened",), most=3)
               if not ruled_out(p.text, 0, whole=True)][:2] if _identified(brief) else []
    searched = find(brief, words=_SEARCHING, sections=("what_we_are_doing", "what_happened", "summary"),
                    history=True, most=1)
    if account and found and all(p.section == "update" for p in found) and not any(
            p.text in {t.text for t in strong} for p in found) and not searched \
            and not find(brief, role="unknown", words=_WHY, history=True, most=1):
        return with_leaned_on(brief, account)
    if not found:
        # "Tests by an independent laboratory have found that … a capacitor can fail": what the
        # tests found is the cause as far as it is known.
        tested = find(brief, words=_DETECTED, sections=("what_happened", "summary"), most=1)
        if tested and not searched:
            return with_leaned_on(brief, tested)
        # "We do not yet know why the coach left the road, and we will not guess": the statement's
        # own honest answer, rather than a line it never said.
        unknown = [p for p in find(brief, role="unknown", words=_WHY, history=True, most=3)][:1]
        if unknown:
            return unknown
        # The fault owned in the account of what happened ("That filter should have been taken out
        # of service; we did not do so", « Ces brosses auraient dû être désinfectées chaque
        # semaine »): the cause as the authors tell it, with the sentence it leans on.
        # (Never an apology that owns it, "We are sorry: … we should have caught the error": why we are
        # sorry, not what caused it.)
        owned = [p for p in find(brief, words=_SHOULD_HAVE, sections=("what_happened", "postmortem", "summary"), most=3)
                 if not p.has("apology")][:1]
        if owned:
            return with_leaned_on(brief, [*_before_in_paragraph(brief, owned[0]), owned[0]])
        # A recall: what the test found, and that the source is being looked for ("…to find the
        # source of the contamination"): the answer the statement gives, never "unanswered".
        searching = find(brief, words=_SEARCHING, sections=("what_we_are_doing", "what_happened", "summary"),
                         history=True, most=1)
        detected = find(brief, words=_DETECTED, sections=("what_happened",), most=1) if searching else []
        return [*detected, *searching] or with_leaned_on(brief, account)
    if not known and unknown_why:
        # "We do not yet know why the rope came off its sheaves", the account's own words, rather than
        # the first update's "our technicians are looking for the cause".
        return unknown_why
    return _with_caveat(brief, known[:3]) if known else found[:3]


_WHY = r"\b(?:why|cause|caused|pourquoi|cause|origine|warum|Ursache)\b"


def _identified(brief: Brief) -> bool:
    """Whether the statement's newest update says the problem is known (identified, monitored or
    resolved): its account of what happened is then the account of why."""
    from generator.core.model import Status

    return brief.statement.last_update.status in (Status.IDENTIFIED, Status.MONITORING, Status.RESOLVED)
_SHOULD_HAVE = (r"\b(?:should have (?:been )?\w+|ought to have|auraient? dû|aurions dû|hätte\w* \w+ (?:sollen|müssen))\b|"
                # a check that missed it: "Our checks looked at the labelling, but not at the strength"
                r"\b(?:checks?|tests?|controls?|contrôles?|vérifications?)\b[^.;]{0,40}\b(?:looked at|checked|covered|"
                r"portaient sur|vérifiaient)\b[^.;]{0,60},? (?:but|mais) (?:not|pas|non)\b")


def _before_in_paragraph(brief: Brief, passage: Passage) -> list[Passage]:
    """The sentence before `passage` in its paragraph: what the fault owned explains."""
    from generator.rendering.documents.passages import passages

    every = passages(brief)
    index = next((i for i, p in enumerate(every) if p.text == passage.text and p.source == passage.source), None)
    if not index:
        return []
    before = every[index - 1]
    same = before.source == passage.source and before.section == passage.section and before.block == passage.block
    return [before] if same and not before.has("apology") else []
# "Our engineers are looking for the cause", « Nos ingénieurs recherchent la cause »
_LOOKING_FOR_CAUSE = (r"\b(?:look(?:ing)? for|search(?:ing)? for|investigating|recherch\w*|cherch\w*) (?:the |la )?"
                      r"(?:cause|origine|source)\b|"
                      # « …prélèvent des échantillons pour trouver l'origine de la bactérie »
                      r"\b(?:to (?:find|trace|identify)|pour (?:trouver|identifier)|afin de (?:trouver|identifier)) "
                      r"(?:the |l['’]|la )?(?:cause|origine|origin|source)\b|"
                      # "…stay out of service while the investigation into the cause continues"
                      r"\binvestigation into (?:the )?(?:cause|origin)|\benquête sur (?:l['’]origine|la cause)")
# « Nous avons trouvé l'origine de la contamination : … »: the search is over.
_ORIGIN_FOUND = (r"\b(?:we have (?:now )?(?:found|identified|traced)|we (?:found|identified|traced)|nous avons (?:trouvé|"
                 r"identifié)) (?:the |l['’]|la )?(?:cause|origine|origin|source)\b")
_SEARCHING = (r"\b(?:(?:find|look(?:ing)? for|trace|identify|establish)\w* (?:the )?(?:source|origin|cause)|"
              r"(?:recherch\w*|identifier|déterminer|trouver) l['’](?:origine|source)|"
              r"(?:source|origine) de la contamination)\b")
# (Never what a check did not find: "The checks on Ébrié 9 and Ébrié 11 found no fault".)
_DETECTED = (r"\b(?:tests?|analys\w*|checks?|autocontrôles?)\b[^.]{0,80}\b(?:found|detected|showed|a détecté|"
             r"ont détecté|a révélé|ont révélé|a mis en évidence)\b(?!\s+(?:no|nothing|aucune?|rien)\b)")
_FINDINGS = (r"\b(?:first|initial|early|preliminary) findings\b|\bpremi(?:ers|ères) (?:constatations|éléments|"
             r"conclusions)\b")
_THANKS = re.compile(r"^(?:thank|we thank|merci|nous remercions)", re.IGNORECASE)


def _with_caveat(brief: Brief, found: list[Passage]) -> list[Passage]:
    """`found`, and the "not yet known" that follows its first sentence ("Why that unit failed is
    not yet known"): what is known of the cause, said without what is not, says too much."""
    after = _following(brief, found[0])[:1]
    caveat = [p for p in after if p.has("pending") and p.text not in [f.text for f in found]]
    return [found[0], *caveat, *found[1:]][:3]


_OWNED_CAUSE = re.compile(r"^(?:the (?:cause|fault|mistake) (?:is|was) (?:ours|our own)|la (?:cause|faute|erreur) "
                          r"(?:est|était) (?:de notre fait|la nôtre|notre))\W*$", re.IGNORECASE)


# "Our tests found the cause.", « Nos essais ont permis d'en trouver la cause. »: a cause found, not said.
_FOUND_CAUSE = re.compile(r"^(?:(?:our|the) [\w-]+(?: [\w-]+)? (?:have |has )?(?:found|identified|established|revealed|"
                          r"showed|shown) (?:us )?the cause|we (?:have )?(?:now )?(?:found|identified|established) the "
                          r"cause|the cause (?:has (?:now )?been|was|is now) (?:found|identified|established)|"
                          r"(?:nos|les|notre|l['’]) ?[\w-]+(?: [\w-]+)? (?:ont|a) (?:permis d['’]en|permis de|"
                          r"nous ont permis d['’]en) (?:trouver|identifier|établir) la cause|(?:nos|les|notre|l['’]) ?"
                          r"[\w-]+(?: [\w-]+)? (?:en )?(?:ont|a) (?:trouvé|identifié|établi|révélé) la cause|nous "
                          r"(?:en )?avons (?:trouvé|identifié|établi) la cause|la cause (?:en )?(?:a été|est) "
                          r"(?:trouvée|identifiée|établie)|"
                          # "We know the cause.", « Nous connaissons la cause. »: what follows gives it
                          r"we (?:now )?know (?:now )?(?:the cause|the source|where (?:the )?\w+ came from)(?: of [\w -]{3,40})?|nous (?:en )?"
                          r"connaissons (?:désormais |maintenant )?(?:la cause|l['’]origine)(?: d[eu'’] ?[\w' -]{3,40})?)"
                          r"\W*$", re.IGNORECASE)


def _following(brief: Brief, passage: Passage) -> list[Passage]:
    """The two sentences after `passage` in its own section."""
    from generator.rendering.documents.passages import passages

    every = passages(brief)
    index = next((i for i, p in enumerate(every) if p.text == passage.text and p.section == passage.section), None)
    if index is None:
        return []
    return [p for p in every[index + 1:index + 3] if p.section == passage.section]


# A sentence that leans on the one before it ("It is the most likely cause", « C'est la cause… »).
# "We will replace it free of charge" and « Nous la remplacerons » lean on the sentence naming "it".
# ("These statements show…", « Ces relevés indiquent… » name what they speak of: only "these"
# as a pronoun leans, « ces » never does.)
_LEANS = {"en": re.compile(r"^(?:it|its|ours|theirs|yours|this|that|(?:these|those)(?= (?:are|were|have|had|include|will|can|may|must|"
                           r"do|did|show|showed)\b)|they|such|both|neither|she|he|her|his|"
                           r"(?:we|you|they)(?: \w+){0,2} (?:it|them)(?= |[.,;:])|"
                           # "Of these 612, 575 were credited": the 612 are in the sentence before
                           r"(?:of|among) (?:these|those|them)|(?:these|those) \d[\d,]*)\b", re.IGNORECASE),
          # « Ce spot a été écrit… » names its thing: only « ce » as a pronoun leans (« ce qui… »).
          "fr": re.compile(r"^(?:(?:le|la|les) (?:nôtre|vôtre|leur)s?|c['’]est|c['’]était|ce(?= qui| que| fut| sera| n['’]| ne )|cela|ceci|ça|"
                           # (never an impersonal « il »: « Il n'y a eu aucun blessé », « Il faut… »)
                           r"il(?!\s+(?:y\s+a|n['’]y\s+a|y\s+aura|n['’]y\s+aura|y\s+avait|n['’]y\s+avait|faut|fallait)\b)|elle|ils|elles|"
                           r"celui|celle|"
                           r"(?:nous|vous|on|ils|elles) (?:ne |n['’])?(?:la|le|les|y|en)(?= )|"
                           # « Sur ces 612, 575 ont été crédités » : les 612 sont dans la phrase d'avant
                           r"(?:sur|parmi) (?:ces|eux|elles)|ces \d[\d\u00a0\u202f ]*)\b|"
                           r"^(?:nous|vous|on|ils|elles) (?:ne |n['’])?l['’]|"
                           # « L'eau en bouteille y reste distribuée »: « y » is the place just named
                           # (never « il y a », « y compris »)
                           r"^[^.]*\b(?<!il )(?<!il n['’])y (?!a\b|avait\b|aura\b|compris\b)(?=\w)", re.IGNORECASE),
          # „Das ist…“, „Dies…“, „Dadurch…“; never „Das Zertifikat…“ (an article) nor „Sie“ (you)
          "de": re.compile(r"^(?:es|dies\w*|dadurch|deshalb|daher|damit|dafür|das (?:ist|war|hat|wird|wurde|bedeutet))\b",
                           re.IGNORECASE)}


def leans_on_before(text: str, lang: str) -> bool:
    """Whether `text` needs the sentence before it ("We will replace it free of charge")."""
    return bool(_LEANS.get(lang, _LEANS["en"]).match(text.strip()))


# "This was our mistake" owns the whole incident: "this" is not the sentence before.
_OWNS_IT_ALL = re.compile(r"^(?:(?:this|it|that) (?:was|is) (?:entirely |all )?our (?:own )?(?:mistake|error|fault|failure)|"
                          r"c['’](?:est|était) (?:entièrement )?(?:notre (?:erreur|faute)|une erreur (?:de |d['’])"
                          r"(?-i:[A-Z])))", re.IGNORECASE)


# A pronoun for people named in the sentence before: "I apologise to them", « je leur présente ».
THEM = re.compile(r"\b(?:them|they|leur|eux)\b", re.IGNORECASE)


def with_leaned_on(brief: Brief, found: list[Passage]) -> list[Passage]:
    """`found`, each sentence that leans on the one before it preceded by that one (and the
    one before, when it leans too): "It is the most likely cause" alone does not say what
    is. An apology, and "this was our mistake", stand alone."""
    from generator.rendering.documents.passages import passages

    every = passages(brief)
    whole: list[Passage] = []
    for passage in found:
        named = _pronoun_named(brief, every, passage)
        if named is not None:
            # "[The fire] started next to the fuel supply…": what "it" is, in brackets, rather than
            # "The fire was confirmed out at 04:15." quoted as the answer to "What caused it?".
            if named.text not in [w.text for w in whole]:
                whole.append(named)
            continue
        for before in _leaned_on(brief, every, passage):
            if before.text not in [w.text for w in whole]:
                whole.append(before)
        if passage.text not in [w.text for w in whole]:
            whole.append(passage)
    return whole


# A subject pronoun opening a sentence, and the named subject of the sentence before it ("The fire
# was confirmed out at 04:15. It started next to…", « Le feu a été éteint à 4 h 15. Il a pris… »).
_SUBJECT_PRONOUN = {"en": re.compile(r"^(It|They) (?!(?:is|was|were|are) (?:our|ours|not|also)\b)(?=\w)"),
                    "fr": re.compile(r"^(Il|Elle|Ils|Elles) (?!(?:est|était|sont) (?:le|la|les|notre|nos)\b)(?=\w)")}
_NAMED_SUBJECT = {"en": re.compile(r"^((?:The|Our|Their|This) (?:[\w’'-]+ ){0,2}[\w’'-]+) (?:was|is|were|are|has|had|have|"
                                   r"will|would|broke|started|began|came)\b"),
                  "fr": re.compile(r"^((?:Le|La|Les|Notre|Nos|L['’])\s?(?:[\w’'-]+ ){0,2}[\w’'-]+) (?:a|est|était|avait|ont|"
                                   r"sont|étaient|sera|s['’]est|s['’]était)\b")}


# Words inside a sentence that point at the one before: "…could get in that way", « par là ».
_POINTS_BACK = re.compile(r"\b(?:(?:in|get in|got in|come in|came in|entered) (?:that|this) way|par (?:là|cette voie|ce biais)|"
                          # "Water … may therefore have been unsafe": what it follows from is the sentence before
                          r"therefore|thus|hence|donc)\b", re.IGNORECASE)


def _points_back(text: str) -> bool:
    """Whether `text` points at the sentence before it ("Rainwater could get in that way; …"), not
    at a clause of its own ("We found the cover broken; rain could get in that way")."""
    found = _POINTS_BACK.search(text)
    return found is not None and not re.search(r"[;:]", text[:found.start()])


def _pronoun_named(brief: Brief, every: list[Passage], passage: Passage) -> Passage | None:
    """`passage` with its opening pronoun replaced by the subject the sentence before it names
    ("[The fire] started next to…"), when that sentence opens on a named subject of the same
    number (and, in French, gender); None otherwise."""
    pronoun = _SUBJECT_PRONOUN.get(brief.lang)
    named = _NAMED_SUBJECT.get(brief.lang)
    said = pronoun.match(passage.text) if pronoun else None
    if said is None or named is None or passage.has("apology") or passage.item:
        return None  # (an item's sentences are one step, quoted together: "The line has stopped. It…")
    index = next((i for i, p in enumerate(every) if p.text == passage.text and p.source == passage.source), None)
    if not index or every[index - 1].source != passage.source or every[index - 1].section != passage.section:
        return None
    subject = named.match(every[index - 1].text)
    if subject is None:
        return None
    noun = subject.group(1)
    plural = said.group(1).lower() in ("they", "ils", "elles")
    if brief.lang == "en" and plural != bool(re.search(r"\b(?:were|are|have)\b", subject.group(0))):
        return None
    if brief.lang == "fr":
        article = noun.split(" ", 1)[0].split("’")[0].split("'")[0].lower()
        wanted = {"il": ("le",), "elle": ("la",), "ils": ("les", "nos"), "elles": ("les", "nos")}[said.group(1).lower()]
        if article not in wanted:
            return None
    written = passage.written or passage.text
    return replace(passage, text=noun + passage.text[len(said.group(1)):], written=written)


def _leaned_on(brief: Brief, every: list[Passage], passage: Passage, depth: int = 2) -> list[Passage]:
    leans = _LEANS.get(brief.lang, _LEANS["en"])
    # ("That is our mistake, and I apologise to them" leans all the same: "them" needs its people.)
    owns_it = _OWNS_IT_ALL.match(passage.text) and not THEM.search(passage.text)
    if depth == 0 or (passage.has("apology") and not THEM.search(passage.text)) or owns_it \
            or not (leans.match(passage.text) or _points_back(passage.text)):
        return []
    index = next((i for i, p in enumerate(every) if p.text == passage.text and p.source == passage.source), None)
    if not index or every[index - 1].source != passage.source or every[index - 1].section != passage.section:
        return []
    before = every[index - 1]
    same_item = passage.item and before.item and before.block == passage.block >= 0
    if (passage.item or before.item) and not same_item:
        # « Ce qui ne l'a pas été » leans on a whole list, not on its last item; an item's second
        # sentence ("It has been taken apart") leans on the first of the same item.
        return []
    return [*_leaned_on(brief, every, before, depth - 1), before]


def _recall_authorities() -> Question:
    # (Whether we told the food-safety authority is ours to know: "I will check and come back to
    # you today", never "we do not know yet".)
    return _q("authorities", translatable("qa.question.authorities", "Were the authorities informed?"),
              lambda b: _authorities(b, first=("what_we_are_doing", "summary", "what_happened")), "check")


# How a message came to be published: nobody read it, no rule forbade it, who approved it.
_GOT_OUT = (r"\b(?:(?:no one|nobody|no-one|none of (?:our|the) \w+) (?:\w+ ){0,2}(?:checked|reviewed|read|approved|saw)|without (?:any )?(?:review|"
            r"approval|check|sign-off)|no (?:rule|policy|procedure|check)|(?:was|were) (?:not|never) (?:reviewed|checked|"
            r"approved)|approved (?:it|the \w+)|(?:was|were) approved by|signed off|sign-off|"
            r"(?:was|were) (?:not|never) shown)|\bpersonne ne l['’]a (?:\w+ )?(?:relue?|vérifiée?|validée?|lue?)|"
            r"\b(?:a|ont) été validée?s? par|\bpersonne (?:chez nous |ici )?n['’]a (?:posé|vérifié|relu|vu|demandé)|"
            r"\bne (?:lui|leur) (?:a|ont) pas été montrée?s?|"
            r"\bsans (?:aucune )?(?:relecture|validation|vérification)|\baucune (?:de nos )?(?:règles?|procédures?)|"
            r"\bn['’]a (?:pas|jamais) été (?:relue?|vérifiée?|validée?)|\bl['’]a validée?")


def _how_it_got_out(brief: Brief) -> list[Passage]:
    """For a bad buzz, "how could this go out?": the sentences that say how it was written and
    approved (nobody read it, no rule forbade it); else the cause as any statement gives it."""
    found = find(brief, words=_GOT_OUT, sections=("what_happened", "summary", "postmortem", "update"), history=True,
                 most=2)
    return found or _find_cause(brief)


def _cause() -> Question:
    return _q("cause", translatable("qa.question.cause", "What caused it?"), _find_cause, "never_guess")


# "no fraudulent payment", "no money has been taken", "Fourteen customers told us about calls from
# people claiming to be us": what happened to the people since the data was taken.
# (kit 54) "Three members have reported a fake "Partéo" e-mail", « un faux e-mail « Partéo » »: what
# happened since, even when the same sentence says not to click.
_REPORTED_FAKE = (r"\b(?:reported|received|signalé|reçu)\w* (?:a |an |some |un |une |des |de )?(?:fake|faux|fausses?) "
                  r"(?:[\"“«][^\"”»]{1,40}[\"”»] )?(?:e-?mails?|messages?|texts?|SMS|calls?|appels?|courriels?)")
_FRAUD = (r"\b(?:fraud\w*|frauduleu\w*|fraudes?|usurpations?|impersonat\w*|claiming to be|se présentant comme|"
          r"scam\w*|escroquer\w*|arnaques?|(?:no|aucun) (?:money|argent)\b[^.]{0,40}\b(?:taken|prélevé|lost|perdu)|"
          # ("31 of the 37 customers who lost money", « 37 clients … ont transféré de l'argent »)
          r"lost money|(?:moved|transferred) money|perdu de l['’]argent|transféré de l['’]argent|"
          # (kit 55) parcels "collected by someone other than the customer", « récupérés par quelqu'un d'autre »
          r"(?:collected|taken|picked up|withdrawn|claimed) by someone (?:other than|else)|"
          r"(?:récupérée?s?|retirée?s?|pris|prise?s?|volée?s?) par (?:quelqu['’]un d['’]autre|une autre personne|un tiers)|"
          # (kit 51) "So far, no family has told us of a message or a call that used these details"
          r"(?:messages?|calls?|e-mails?|texts?) (?:that )?(?:used|using) (?:these|their|the|those) (?:details|data|records)|"
          r"(?:messages?|appels?|courriels?|SMS) (?:utilisant|qui utilisai(?:t|ent)) (?:ces|leurs|les) (?:informations|données))|"
          + _REPORTED_FAKE)


def _fraud_since(brief: Brief) -> list[Passage]:
    """The newest update that speaks of fraud or money lost, then the sections; never the standing
    line against scams ("we will never ask…")."""
    every = _anywhere(brief, "", first=("summary", "what_happened", "what_we_are_doing"), most=6, newest_first=True)
    found = [p for p in every
             if re.search(_FRAUD, p.text, re.IGNORECASE) and (not p.has("never-ask")
                                                              or re.search(_REPORTED_FAKE, p.text, re.IGNORECASE))]
    # (What the checks found first, "…found no unusual transaction": the answer to "has anyone lost
    # money?", before a count of fake calls reported.)
    checked = [p for p in every if NO_LOSS.search(p.text)][:1]
    return [*checked, *(p for p in found if p not in checked)][:2]


def _safe_now(brief: Brief) -> list[Passage]:
    """Once it is over, what the statement says now; else the last word on the site, dated
    ("[on 29 November] … halls 3 and 5 reopen at 09:00"), and what the closing update says ("The
    show closed on Sunday at 19:00, as planned"): an old morning alone reads as today's."""
    from generator.rendering.documents.passages import NEWEST, SECTION

    # (A correction of a count, "77 passengers in total. All of them are safe.", is about the
    # people, not the site.)
    found = [p for p in _safe(brief) if not p.has("correction")]
    now = [p for p in found if p.recent in (NEWEST, SECTION)]
    closing = [p for p in find(brief, sections=("update",), most=6) if p.recent == NEWEST and not p.has("harm")][:1]
    return now or [*found[:1], *closing]


def _by_kind(kind: str, brief: Brief, *, resolved: bool) -> tuple[Question, ...]:
    if kind == "breach":
        return (
            _q("data", translatable("qa.question.data", "What data exactly?"), _data),
            # (What the files contain answers "What data exactly?", even when it names the criminals.)
            _q("who", translatable("qa.question.who", "Who accessed it?"), _who),
            _cause(),
            # Ransomware that encrypted our servers says nothing of whether the stolen data was.
            # (Unanswered: "I will check", never "we do not know yet" a week into a breach.)
            # (After ransomware, "Was it encrypted?" reads as the attack itself: the question asks
            # whether the copied data was protected.)
            _q("encrypted", translatable("qa.question.encrypted_copied", "Was the copied data itself protected by encryption?")
               if _RANSOM.search(brief.statement.source) else translatable("qa.question.encrypted", "Was it encrypted?"),
               lambda b: [p for p in _anywhere(b, "encrypted", most=4) if not _RANSOM.search(p.text)][:2],
               "check", relevant="attacked"),
            # (Whether we told the regulator is ours to know: "I will check", never "we do not know yet".)
            _q("regulator", translatable("qa.question.regulator", "Was the regulator told, and when?"),
               lambda b: _authorities(b, first=("what_we_are_doing", "summary")), "check"),
            _q("am_i", translatable("qa.question.am_i", "How do I know if I am affected?"),
               _am_i),
            _q("password", translatable("qa.question.password", "Should I change my password?"), _password,
               relevant="credentials"),
            _q("phishing", translatable("qa.question.phishing", "Is there a risk of phishing?"),
               lambda b: _anywhere(b, "phishing", first=("what_you_should_do", "summary"))),
            # What journalists ask once the data is out: has anyone lost money since, the newest word first.
            _q("fraud", translatable("qa.question.fraud", "Has anyone lost money or been defrauded since?"),
               _fraud_since, "check"),
            _q("fines", translatable("qa.question.fines", "Will you be fined?"), lambda b: [], "regulators"),
        )
    if kind == "outage":
        now_question = (_q("restored", translatable("qa.question.restored", "Is it working normally now?"),
                           _restored) if resolved else
                        _q("workaround", translatable("qa.question.workaround", "Is there a workaround?"),
                           _advice))
        return (
            _q("services", translatable("qa.question.services", "Which services and regions?"), _services),
            _cause(),
            now_question,
            # Asked of a long outage whose statement says why it took so long, of an outage that says
            # no data was exposed, of one that was reported to a regulator.
            _q("took_long", translatable("qa.question.took_long", "Why did it take so long to fix?"), _took_long,
               relevant="took_long"),
            _q("data_spared", translatable("qa.question.data_spared", "Was any personal data exposed?"),
               lambda b: _anywhere(b, "data_spared", first=("summary", "what_happened", "postmortem"), most=1),
               relevant="data_spared"),
            _q("regulator", translatable("qa.question.regulator", "Was the regulator told, and when?"),
               lambda b: [p for p in _authorities(b, first=("what_we_are_doing", "summary", "what_happened"))
                          if re.search(_w("informed", b.lang), p.text, re.IGNORECASE)][:1], relevant="informed"),
            # When a lifeline was cut (the emergency number, telecare), the first thing a reporter asks.
            _q("harmed", translatable("qa.question.harmed", "Did anyone come to harm because of it?"),
               lambda b: _anywhere(b, "harmed", first=("summary", "what_happened"), most=2, newest_first=True),
               "check", relevant="lifeline"),
        )
    if kind == "billing":  # its money question replaces the general one on compensation
        return (
            _cause(),
            # Where the money is changes by the hour: the newest update first.
            _q("money", translatable("qa.question.money", "When do people get their money back?"),
               lambda b: _anywhere(b, "money", first=("summary", "what_you_should_do", "what_we_are_doing"), most=3,
                                   newest_first=True)),
        )
    if kind == "recall" and _vehicles(brief):
        # Cars are repaired, not brought back to a shop for a refund; owners are counted, not buyers.
        return (
            _q("lots", translatable("qa.question.lots.vehicle", "Which models and production dates?"), _lots),
            _q("health", translatable("qa.question.health.vehicle", "What is the risk, and what should owners do until the repair?"), _health),
            _cause(),
            _q("repair", translatable("qa.question.repair", "How do owners get the repair, and who pays?"),
               lambda b: _anywhere(b, "repair", first=("summary", "what_you_should_do", "what_we_are_doing"), most=2)),
            _recall_authorities(),
            _q("sold", translatable("qa.question.sold.vehicle", "How many vehicles are recalled?"), _vehicle_count),
        )
    if kind == "recall":
        return (
            _q("lots", translatable("qa.question.lots", "Which products, lots and dates?"), _lots),
            _q("health", translatable("qa.question.health", "What is the risk, and what should people who have it watch for?"), _health),
            _cause(),
            _q("return", translatable("qa.question.return", "How do people return it and get their money back?"),
               lambda b: _anywhere(b, "return", first=("summary", "what_you_should_do"), most=2)),
            _recall_authorities(),
            _q("sold", translatable("qa.question.sold", "How many units were sold?"), _sold),
            # Asked when the statement speaks of anyone (or any animal) ill: the first question on a
            # recall with cases reported.
            _q("ill", translatable("qa.question.ill_reported", "Have any illnesses been reported?"), _ill,
               relevant="ill"),
            # A product that burns, cuts or catches fire hurts rather than sickens: how many incidents
            # and who was hurt, from the newest count (kit 59: « Des cas de maladie ? » of a heater).
            _q("hurt", translatable("qa.question.hurt_reported", "How many incidents are known, and has anyone been hurt?"),
               _incidents_and_hurt, relevant="hurt"),
            # The recall grew: journalists ask why, and whether more lots will follow.
            _q("widened", translatable("qa.question.widened", "Why was the recall widened, and could more lots follow?"),
               _widened, relevant="widened"),
        )
    if kind == "health":  # a public-health notice: the risk, who is ill, when it ends, who decides
        return (
            _q("risk", translatable("qa.question.risk", "What is the risk to health, and what should people watch for?"), _health),
            _q("ill", translatable("qa.question.ill", "Has anyone fallen ill?"), _ill),
            _cause(),
            _q("lifted", translatable("qa.question.lifted", "When will the advice be lifted?"),
               lambda b: _anywhere(b, "lifted", first=("what_we_are_doing", "summary", "what_you_should_do"),
                                   most=2, newest_first=True)),
            _q("authorities", translatable("qa.question.authorities.health", "Are the health authorities involved?"),
               # (What the authority does, "The cantonal chemist decides when to lift the notice", before
               # an aside of the account that names it.)
               lambda b: _anywhere(b, "health_authority", first=("what_we_are_doing", "summary", "what_happened"),
                                   most=2)),
            _q("help", translatable("qa.question.help", "What help do people get?"), _help),
        )
    if kind == "safety":
        return (
            _q("hurt", translatable("qa.question.hurt", "Is anyone hurt?"), _hurt),
            _q("safe", translatable("qa.question.safe", "Is the site safe now?"),
               _safe_now if resolved else _safe, relevant="site"),
            _q("services", translatable("qa.question.services.safety", "Were emergency services and authorities involved?"),
               lambda b: _services_involved(b)
               or _authorities(b, first=("what_happened", "summary", "what_we_are_doing"))),
            _cause(),
            # "Keep your windows closed" while it burned is advice, not an account of the impact.
            _q("environment", translatable("qa.question.environment", "Is there an environmental impact?"),
               lambda b: [p for p in _anywhere(b, "environment", first=("what_happened", "summary"), most=3)
                          if not _conditional(p) and not _ADDRESSED.get(b.lang, _ADDRESSED["en"]).search(p.text)][:1],
               relevant="environment"),
        )
    if kind == "controversy":  # a bad buzz: what was said, how it got out, whether it is down
        got_out = _q("cause", translatable("qa.question.got_out", "How could this happen?"), _how_it_got_out, "never_guess")
        if conduct(brief.statement):
            # What one of our people did, filmed by someone else: nothing of ours to take down.
            return (got_out,)
        return (
            got_out,
            _q("removed", translatable("qa.question.removed", "Has it been taken down?"),
               lambda b: _anywhere(b, "removed", first=("summary", "what_we_are_doing"), most=1)),
        )
    return (_cause(),)


_RANSOM = re.compile(r"\b(?:ransomware|rançongiciel|(?:they|attackers|ils|(?:les |des )?attaquants)\b[^.]{0,60}\b(?:encrypted|"
                    r"chiffré)|(?:encrypted|encrypting|chiffré|chiffrer|chiffrant)\b[^.]{0,30}\b(?:servers|serveurs|"
                    r"systems|systèmes|machines|computers|ordinateurs|postes)|(?:servers|serveurs|systems|systèmes|computers|"
                    r"ordinateurs)\s+(?:being |were |had been |have been |ont été |étaient )?(?:encrypted|chiffrés)|"
                    r"\bchiffrement (?:de |des )(?:serveurs|systèmes|postes|ordinateurs)|"
                    # ("Our IT team found the encrypted files at 06:50", « a découvert les fichiers chiffrés »)
                    r"\bfound the encrypted\b|\bencrypted by (?:the )?(?:ransomware|attackers)\b|\bfichiers chiffrés\b|"
                    r"\bchiffrée?s? par (?:un |le )?rançongiciel\b)", re.IGNORECASE)


def _vehicles(brief: Brief) -> bool:
    """Whether a recall is of vehicles: the title or the summary names cars, vans, motorbikes."""
    from generator.rendering.documents.checklist import VEHICLES

    text = f"{brief.statement.title} {brief.statement.summary}"
    return bool(re.search(VEHICLES.get(brief.lang, VEHICLES["en"]), text, re.IGNORECASE))


def _vehicle_count(brief: Brief) -> list[Passage]:
    """The number of vehicles recalled: a figure followed by the vehicles' word or model."""
    from generator.rendering.documents.checklist import VEHICLES

    vehicles = VEHICLES.get(brief.lang, VEHICLES["en"])
    # "22,855 KARST and KARST TOURER electric cars", never "14 countries where these cars"
    pattern = (rf"\b\d[\d\u00a0\u202f ,.]*\d\s+(?:(?:(?-i:[A-Z])[\w-]*|and|et|electric|électriques?|hybrid|hybrides?)"
               rf"\s+){{0,6}}{vehicles}")
    return (find(brief, words=pattern, sections=("summary", "what_happened"), most=1)
            or find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=1))


# When a part was last inspected ("That assembly was last inspected on 6 November") is its history,
# not whether the site is safe now.
_MAINTENANCE_HISTORY = re.compile(r"\blast (?:inspected|checked|serviced|maintained)\b|\b(?:dernière?|dernier) (?:inspection|"
                                  r"révision|contrôle|entretien)\b|\binspecté\w* pour la dernière fois\b", re.IGNORECASE)
# ("The line will therefore stay closed…", « La ligne restera donc fermée… »: one word between.)
_KEPT_CLOSED = re.compile(r"\b(?:stays?|remains?|will stay|will remain) (?:\w+ )?closed\b|\b(?:reste|restera|restent|"
                          r"resteront) (?:\w+ )?fermée?s?\b", re.IGNORECASE)


def _safe(brief: Brief) -> list[Passage]:
    """The newest word on the site's safety, unless its day is over ("suspended until 19
    November", read on the 29th); and a newer update saying work resumed ("production fully
    resumed on 24 November") comes first."""
    from generator.rendering.deadlines import passed_deadline

    zone = brief.settings.timezone
    found = [p for p in _anywhere(brief, "safe", first=("what_we_are_doing", "summary"), most=4, newest_first=True)
             if not (p.at and passed_deadline(p.text, p.at, brief.now, zone)) and not _MAINTENANCE_HISTORY.search(p.text)
             # (Never a person "checked at the hospital": the site, not who was hurt.)
             and not p.has("harm")]
    # (A site kept closed is the answer first: "The lift will stay closed until the investigators agree".)
    found = sorted(found, key=lambda p: _KEPT_CLOSED.search(p.text) is None)[:1]
    resumed = [p for p in find(brief, words=_w("resumed", brief.lang), sections=("update",), newest_first=True,
                               history=True, most=3) if not p.has("harm")][:1]
    newer = [r for r in resumed if not found or (found[0].section == "update" and r.recent < found[0].recent)]
    if newer:
        # ("Line 3 stays closed on Monday 19 April" under "has been running since 20 April": the
        # closure is over, never said beside the news that ended it.)
        found = [f for f in found if not _CLOSED_WORDS.search(f.text)]
    return newer + found


_CLOSED_WORDS = re.compile(r"\b(?:closed|shut|suspended|fermée?s?|suspendue?s?|interrompue?s?)\b", re.IGNORECASE)


# "3 people have been confirmed with cryptosporidiosis…; if you have diarrhoea, call 111": the
# count stands, whatever advice ends the sentence.
_COUNTED_ILL = re.compile(r"\b\d[\d,.\u00a0\u202f ]*\s+(?:\w+\s+){0,4}(?:have been|has been|were|was|ont été|a été)\s+"
                          r"(?:confirmed|diagnosed|reported|hospitali[sz]ed|confirmée?s?|diagnostiquée?s?|hospitalisée?s?)",
                          re.IGNORECASE)
_CAN_CAUSE = re.compile(r"\b(?:can|may|could|might) (?:cause|lead to|give)|\bpeu(?:t|vent) (?:provoquer|causer|entraîner|"
                        r"donner)|\bkann\b[^.]{0,40}\b(?:verursachen|auslösen)", re.IGNORECASE)


def _ill(brief: Brief) -> list[Passage]:
    """The people reported ill, with the caveat the statement puts right after ("We do not
    know yet whether they are linked to the water"): a figure without it would say more. A
    newest word that only says "no new case" comes after the total it adds nothing to."""
    # (What the germ "can cause" describes it: no one reported ill.)
    found = [p for p in _anywhere(brief, "ill", first=("what_happened", "summary"), most=4, newest_first=True)
             if (not _conditional(p) or _COUNTED_ILL.search(p.text)) and not _CAN_CAUSE.search(p.text)][:1]
    from generator.rendering.documents.passages import passages

    if not found:
        # A product that burns or cuts hurts rather than sickens: "Nobody was seriously hurt; one
        # resident was treated for smoke inhalation" is the answer, never "we do not know yet".
        return [p for p in passages(brief) if p.section in ("what_happened", "summary") and not _conditional(p)
                and (_HARM.search(p.text) or _NO_HARM.search(p.text))][:1]

    every = passages(brief)
    ill = re.compile(_w("ill", brief.lang), re.IGNORECASE)
    told = _ill_told(every, found[0], ill)
    if _MORE.search(found[0].text):
        # "2 more customers had a mild reaction" adds to the first case: the child treated in
        # hospital is said first, or the answer would shrink it.
        first = next((p for p in every if p.section in ("what_happened", "summary") and ill.search(p.text)
                      and p.text != found[0].text and not _CAN_CAUSE.search(p.text)), None)
        if first is not None:
            told = [*(q for q in _ill_told(every, first, ill) if q not in told), *told]
    if _NO_NEW.search(found[0].text):
        total = next((p for p in every if p.section == "update" and p.recent > found[0].recent
                      and ill.search(p.text) and re.search(r"\d", p.text) and not _NO_NEW.search(p.text)
                      and not _conditional(p)), None)
        if total is not None:
            return [*_ill_told(every, total, ill), *told][:5]
    return told


# "2 more customers", « deux autres clients »: cases added to earlier ones.
_MORE = re.compile(r"\b(?:\d+|two|three|four|five|deux|trois|quatre|cinq) (?:more|further|other|autres?|"
                   r"nouveaux|nouvelles)\b|\bde plus\b", re.IGNORECASE)
# "No new case has been reported since 27 November": a change, said after the total it changes.
_NO_NEW = re.compile(r"\b(?:no (?:new|further|more|other)|aucune? (?:nouvelle?|autre)s?|plus aucune?|"
                     r"keine (?:neuen|weiteren))\b", re.IGNORECASE)


def _ill_told(every: list[Passage], first: Passage, ill: re.Pattern[str]) -> list[Passage]:
    """`first` and the sentences right after it that go on about the sick (how many confirmed,
    one that died, one in hospital), each with its caveat: "one cat died" alone would say our
    food killed it."""
    start = next((i for i, p in enumerate(every) if p.text == first.text and p.section == first.section), None)
    if start is None:
        return [first]
    chosen = [first]
    for passage in every[start + 1:start + 4]:
        if passage.section != first.section or passage.recent != first.recent or len(chosen) >= 4:
            break
        if passage.has("pending") or ill.search(passage.text) or _HARM.search(passage.text):
            chosen.append(passage)
    return chosen


@_current_counts
def _sold(brief: Brief) -> list[Passage]:
    """A number of products sold, where the statement gives one."""
    pattern = SOLD_COUNT.get(brief.lang, SOLD_COUNT["en"])
    # A table row says it too ("Exemplaires vendus : 1 870", "Units sold: 1,870").
    rows = [Passage(line, "", frozenset(), SECTION, "table") for line in recall_lot_lines(brief)
            if re.search(r"\b(?:sold|vendue?s?|exemplaires)\b.*\d", line, re.IGNORECASE)]
    # The newest count of what reached customers ("about 7,600 were bought by customers") comes
    # before what was delivered to shops: "21,500 packs delivered" answers another question.
    bought = find(brief, words=_BOUGHT, sections=("update",), newest_first=True, history=True, most=1)
    # (A total before the table's rows, and every row when the rows are the answer.)
    told = find(brief, words=pattern, sections=("summary", "what_happened"), most=2) \
        or find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=1) or rows
    if told and told[0].section == "table":
        return [*bought, *told]
    if not bought and told and not _PUT_ON_SALE.search(told[0].text):
        # "11,250 of the 16,400 bottles concerned have been recovered" counts returns; "The number of
        # bottles put on sale is 16,400", a correction's word or an update's, says how many were sold.
        sold = [p for p in find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=6)
                if _PUT_ON_SALE.search(p.text)]
        sold.sort(key=lambda p: not p.has("correction"))
        told = [*sold[:1], *told]
    return [*bought, *(p for p in told if p.text not in [b.text for b in bought])][:2]


_PUT_ON_SALE = re.compile(r"\b(?:sold|put on sale|on sale|bought|purchased|mise?s? en vente|vendue?s?|achetée?s?)\b", re.IGNORECASE)


_BOUGHT = (r"\b(?:(?:were|have been|had been) (?:bought|purchased|sold)(?: by (?:customers|consumers))?|"
           r"(?:ont|avaient) (?:donc )?été (?:achetée?s|vendue?s)(?: par (?:des|les) (?:clients|consommateurs))?|"
           r"in (?:customers'|consumers') hands|(?:sont|étaient|se trouvent|se trouvaient|encore|déjà) chez (?:les|des) "
           r"(?:clients|consommateurs))\b")


def _hurt(brief: Brief) -> list[Passage]:
    """The newest update's word on the people hurt (they are home, they are well), then the
    statement's own account."""
    # (A sentence that speaks of harm, "Nobody was hurt.", before one that only matches its words:
    # "residents went home at 15:50" after an evacuation tells no one's health.)
    def harm_first(found: list[Passage]) -> list[Passage]:
        return sorted(found, key=lambda p: not p.has("harm"))

    newest = uncontradicted(brief, _anywhere(brief, "hurt", first=(), most=3))[:1]
    told = harm_first(uncontradicted(brief, _anywhere(brief, "hurt", first=("summary", "what_happened"), most=3)))[:1]
    if told and newest and told[0].text != newest[0].text and told[0].has("harm") and _counts_the_hurt(told[0].text):
        # "Four people were injured, our driver seriously" says how many; "The three injured
        # passengers have gone home" says how some of them are now: the count first.
        return told + newest
    return newest + [p for p in told if p.text not in [n.text for n in newest]]


def _counts_the_hurt(text: str) -> bool:
    """Whether `text` gives how many people were hurt, in figures or words ("Four people were
    injured", « Quatre personnes ont été blessées »; never "the 40 people present were evacuated")."""
    return bool(re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|"
                          r"six|sept|huit|neuf|dix)\s+(?:people|persons|passengers|personnes|voyageurs|passagers|"
                          r"employees|salariés|workers|children|enfants)\s+(?:\w+\s+){0,3}(?:injured|hurt|wounded|"
                          r"hospitali[sz]ed|killed|died|cut|blessée?s|hospitalisée?s|tuée?s|mort(?:e?s)?|coupée?s)\b", text,
                          re.IGNORECASE))


def _data(brief: Brief) -> list[Passage]:
    """What could be seen: the items listed under the sentence that says so, else the
    sentences naming the data."""
    seen = re.compile(r"\b(?:see|seen|view|viewed|access|exposed|copied|consult|voir|vu|vues|consulté|accéd|exposé|"
                      r"copié)", re.IGNORECASE)
    listed = [p for p in find(brief, sections=("what_happened", "summary"), most=99) if p.item and seen.search(p.label)]
    if listed:
        return listed[:5]
    # "The data concern 48,312 patients: their identity, contact details…", « Elles concernent … : »
    # (Only a list of data: "That update contained a wrong setting: a caching rule…" lists none.)
    listing = [p for p in find(brief, sections=("summary", "what_happened"), most=99)
               if _DATA_LISTED.search(p.text) and p.has("data")]
    named = [p for p in _anywhere(brief, "", role="data", first=("summary", "what_happened"), most=8)
             if _DATA_SAID.search(p.text) and p.text not in [x.text for x in listing]]
    # What was seen before what was not ("No card data or passwords were exposed"); a sentence
    # that names the data ("the personal data of 68,500 students") before one on how they got in.
    # (What the records hold, "names, delivery addresses, dates of birth…", before who accessed how many.)
    named.sort(key=lambda p: (re.search(r"\b(?:no|not|never|aucune?|pas|ni)\b", p.text, re.IGNORECASE) is not None,
                              not (_CONTENTS.search(p.text) and "," in p.text), _DATA_HEADING.search(p.text) is None))
    if listing:
        # The list, and what its paragraph adds about it ("For 640 of these customers, they also
        # contain payslips", "They do not contain passwords"): the answer, said as written.
        same = [p for p in passages(brief) if p.block == listing[0].block and p.section == listing[0].section]
        after = same[[p.text for p in same].index(listing[0].text) + 1:] if listing[0].text in [p.text for p in same] \
            else []
        return [listing[0], *[p for p in after if _CONTENTS.search(p.text)][:2]]
    named = listing[:1] + named
    # (Never the summary's "…exposed the contact details of 1,240 merchants" after the account
    # that lists what those details were for the same 1,240: the room goes to what was not seen.)
    numbers = [set(re.findall(r"\d[\d,.\u00a0\u202f]*\d|\d", p.text)) for p in named]
    named = [p for index, p in enumerate(named) if not (
        index and numbers[index] and any(numbers[index] <= numbers[other] for other in range(index))
        and not (_CONTENTS.search(p.text) and "," in p.text))]
    rows = [Passage(line, "", frozenset({"data"}), SECTION, "table") for line in _data_table(brief)]
    if rows:  # the table says what data: the sentences that say so beside it
        return named[:2] + rows
    return (named or _anywhere(brief, "", role="data", first=("what_happened", "summary"), most=3))[:3]


# A sentence whose colon opens the list of the data: its subject is the data.
_DATA_LISTED = re.compile(r"^(?:the|these|this|their) (?:data|information|records?|details)\b[^:.]{0,80}:\s*[^,]+,|"
                          # "The details looked up were: name, phone number…", « Les données consultées
                          # étaient : le nom… »
                          r"^(?:the|these) (?:details|data|information|fields) (?:\w+ ){0,3}(?:were|was|are|is)\s?:\s*[^,]+,|"
                          # "What could be seen: first name…", « Ont pu être vus : le nom… »
                          r"^what (?:could be|was|were|has been|have been) (?:seen|viewed|exposed|copied|visible|shown)\s?:\s*[^,]+,|"
                          r"^(?:ont|a) pu être (?:vue?s?|consultée?s?|affichée?s?)\s?:\s*[^,]+,|"
                          r"^(?:they|it) (?:concern|include|cover)s?\b[^:.]{0,80}:\s*[^,]+,|"
                          r"^(?:les|ces) (?:données|informations)\b[^:.]{0,80}:\s*[^,]+,|"
                          r"^(?:elles|ils) (?:concernent|comprennent|portent sur)\b[^:.]{0,80}:\s*[^,]+,|"
                          # "The files copied contain names, …", « Les fichiers copiés contiennent les noms, … »
                          r"^(?:the|these) (?:files?|documents?|records?)(?: \w+)? (?:contain|include)s?\b[^,.]+,|"
                          r"^(?:les|ces) (?:fichiers|documents|dossiers)(?: \w+)? (?:contiennent|comprennent|"
                          r"incluent)\b[^,.]+,|"
                          # "The inbox held documents sent by members…: name, address, …", « La boîte
                          # courriel contenait les documents… : nom, adresse, … »
                          r"^(?:the|this|that|these) (?:\w+ ){0,2}(?:held|holds|contained|contains)\b[^.:]{0,140}:\s*[^,]+,|"
                          r"^(?:la|le|les|l['’]|cette|ce|ces) ?(?:\w+ ){0,2}(?:contenait|contenaient|contient|contiennent|"
                          r"renfermait)\b[^.:]{0,140}:\s*[^,]+,|"
                          # "…the attackers copied files from the Children and Families service: registration
                          # files…, with parents' names, …", « …ont copié des fichiers du service … : … »
                          r"\b(?:copied|stole|took|downloaded|exfiltrated|(?:ont|a) (?:copié|volé|dérobé|téléchargé|"
                          r"exfiltré))\b[^.:]{0,40}\b(?:files|data|records|documents|fichiers|données|dossiers)\b"
                          r"[^:.]{0,80}:\s*[^,]+,",
                          re.IGNORECASE)


# What files hold: "The files copied contain…", « Ils ne contiennent ni… ».
_CONTENTS = re.compile(r"\b(?:contain(?:s|ed|ing)?|include[sd]?|held|holds?|holding|renfermai(?:t|ent)|contien(?:t|nent)|"
                       r"contenai(?:t|ent)|contenant|comprennent|"
                       r"comprenaient|incluent)\b", re.IGNORECASE)


# A sentence that says which data: copied, involved, included, exposed, seen.
_DATA_SAID = re.compile(r"\b(?:cop(?:y|ied)|(?:be|been|was|were) read|(?:être|été) (?:lue?s?|consultée?s?)|accessible|involved|includes?|included|contain(?:s|ed)?|hold|holds|held|exposed|accessed|seen|viewed|"
                        r"stolen|stole|took|taken|contenai(?:t|ent)|contien(?:t|nent)|"
                        r"leaked|copiée?s?|concernée?s?|comprennent|comprend|incluent|inclut|exposée?s?|consultée?s?|"
                        r"volée?s?|dérobée?s?|show(?:s|ed|n)?|display(?:s|ed)?|indicate[sd]?|give|gave|"
                        r"indiquen?t|montren?t|affichen?t|mentionnen?t)\b", re.IGNORECASE)
_DATA_HEADING = re.compile(r"\b(?:data|information|données|informations)\b", re.IGNORECASE)


def _data_table(brief: Brief) -> list[str]:
    """The rows of a table that lists the data: under a heading, or a first column, naming data."""
    return _table_lines_where(brief, lambda heading, block: bool(
        _DATA_HEADING.search(heading) or any(_DATA_HEADING.search(h) for h, _ in block.rows[0][:1])))


# A first public word more than this after the problem began is late: journalists ask why.
LATE_AFTER = timedelta(hours=2)


def late_since(brief: Brief) -> datetime | None:
    """Since when our first public word is measured: when we knew, where the statement says it
    ("we found at 16:40 that…": a breach can run for days before anyone knows), else when the
    problem began (`began`); None when the statement says neither, or gives no clock to count from."""
    from generator.rendering.documents.checklist import TESTS_FOUND, aware_since, day_said, told_at_clock

    known, said = aware_since(brief)
    if said is None and find(brief, words=TESTS_FOUND, sections=("what_happened", "summary", "update"), history=True,
                             most=1):
        # "Routine samples taken at 8:00 found E. coli": the hazard was known when the results came,
        # which the statement does not say; counting from the main break the night before would hand
        # the spokesperson a delay nobody could have avoided.
        return None
    if said is None:
        # A recall's `began` is when the faulty lots were made or sold: nobody knew then, and
        # "10 days after the problem began" is a delay no one can be asked to explain.
        return None if document_kind(brief) == "recall" else brief.began
    zone = brief.settings.timezone
    if day_said(brief, said):
        # "On 14 April … found": a day with no hour is no clock to count hours from ("1 day and 10
        # hours after we knew", counted from its midnight, would be a figure the statement never gave).
        return None
    if not told_at_clock(brief, said) and \
            known.astimezone(zone).date() == brief.statement.first_update.at.astimezone(zone).date():
        # "Customers have told us … this morning", posted at 10:40: a part of the day is no
        # clock to count hours from, and the same morning is no delay.
        return None
    return known


def first_word_delay(brief: Brief) -> timedelta | None:
    """How long after we knew, or after the problem began, our first public word came, when that
    is late; None when on time or when the statement does not say."""
    since = late_since(brief)
    if since is None:
        return None
    delay = elapsed(brief.statement.first_update.at, since)
    return delay if delay > LATE_AFTER else None


# The statement's own word on why it spoke late: "we should have told you sooner", « plus tôt ».
# (Never "many banks will show them sooner": a refund's speed, not our word.)
_SOONER = (r"\b(?:(?:told|tell|informed|inform|warned|warn|alerted|alert|said|say|contacted|contact|written to|"
           r"write to|published|posted|spoken|speak)\w* (?:\w+ ){0,3}sooner|earlier than we did|(?:told|informed|alerted|warned) you (?:too )?late|took (?:us )?too long|"
           r"delay in (?:telling|informing|alerting)|(?<!au )plus tôt|trop tard|trop attendu|tardé|délai (?:avant|pour) "
           # "…unsafe since Monday morning, a day before we could warn you"
           r"(?:vous )?(?:informer|prévenir)|before we (?:could|were able to) (?:warn|tell|inform|alert)|"
           r"avant (?:que nous (?:ne )?(?:puissions|pouvions)|de pouvoir) vous (?:prévenir|avertir|informer|alerter)|"
           r"früher|zu spät)\b")


def _late(brief: Brief) -> list[Passage]:
    """The statement's own word on its delay; else what it says was done at once between
    knowing and telling ("the line has been stopped since 12:00", "we recalled them the same
    day"), the facts a spokesperson answers with."""
    told = _told_anywhere(brief, _SOONER, ("summary", "what_happened", "quote", "postmortem"))
    if told:
        return told
    at_once = find(brief, words=_AT_ONCE, sections=("what_happened", "what_we_are_doing", "summary"), most=2)
    if at_once:
        return at_once
    # Else the timeline itself: when we found it and what we did then, when we told the
    # regulator ("spotted unusual downloads at 16:40 and blocked the access at 16:52"; "reported
    # the breach on 25 November at 09:10 to…"): the facts the spokesperson answers with.
    found = find(brief, words=_FOUND_AT, sections=("what_happened", "summary"), most=1)
    # (When the regulator was told is part of that timeline after a breach; "we will send Ofcom
    # our full report by 18 December" answers nothing about an outage's first hours.)
    # (At a time of day: "We have notified the commissioner and will write to each patient by 5 May"
    # says what comes, not when we spoke, newcomer 59.)
    reported = find(brief, role="regulator", words=r"\b\d{1,2}(?::\d\d|[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d\d)?)\b",
                    sections=("what_we_are_doing", "what_happened", "summary"),
                    most=1) if document_kind(brief) == "breach" else []
    return [*found, *reported]


# "We spotted unusual downloads on 24 November at 16:40", « nous avons découvert le 24 novembre à 16 h 40 »
# (Never "checked and found intact on 3 June at 06:00": a check that found nothing wrong.)
_FOUND_AT = (r"\b(?:spotted|found(?! (?:to be )?(?:intact|in (?:good )?order|working|fine|normal|sound|undamaged))|"
             r"discovered|detected|noticed|identified|repéré|découvert|détecté|constaté|remarqué|"
             r"results? (?:came in|arrived)|résultats (?:\w+ ){0,3}sont (?:tombés|arrivés))\b"
             r"[^.]{0,80}\b\d{1,2}(?::\d\d|\sh(?:\s\d\d)?)")


_AT_ONCE = (r"\b(?:the same day|that same day|le jour même|le même jour|within (?:the|an|one) hour|immediately|at once|"
            r"aussitôt|immédiatement|sans attendre|dans l['’]heure|(?:stopped|halted|shut down|closed) (?:\w+ ){0,2}since|"
            r"(?:arrêtée?s?|fermée?s?|stoppée?s?) depuis)\b")


_RANSOM_ASKED = r"\b(?:ransom(?!ware)|rançon(?!giciel)|Lösegeld)\w*"


# Whether we will pay, told in a sentence of its own ("The attackers have demanded a ransom. The
# City has not paid it and will not pay it."): the half of the answer journalists print.
_WILL_NOT_PAY = (r"\b(?:(?:will|would|shall) not pay|won['’]t pay|(?:has|have) not paid|not (?:going|willing) to pay|"
                 r"ne (?:la |le )?(?:paiera|paierons|paieront|payera|payerons) (?:pas|jamais)|n['’](?:a|avons|ont) pas payé|"
                 r"refus\w* de (?:la )?payer|no ransom will be paid|aucune rançon ne sera|"
                 # (Nor negotiate: "We will not negotiate with the attackers", « nous ne négocierons pas ».)
                 r"(?:will|shall) not negotiate|won['’]t negotiate|(?:will|shall) not (?:enter into|open) negotiations?|"
                 r"ne négocierons (?:pas|jamais)|refusons de négocier|n['’]entrerons (?:pas|jamais) en négociations?|"
                 r"aucune négociation)")


def _ransom(brief: Brief) -> list[Passage]:
    found = _told_anywhere(brief, _RANSOM_ASKED)
    if not found:
        # (No ransom named, but "We will not negotiate with the attackers" says whether we pay.)
        return _told_anywhere(brief, _WILL_NOT_PAY)[:1]
    if not any(re.search(_WILL_NOT_PAY, p.text, re.IGNORECASE) for p in found):
        found = [*found, *_told_anywhere(brief, _WILL_NOT_PAY)[:1]]
    return found


def attacked(brief: Brief) -> bool:
    """Whether the statement tells of an attack that encrypted or held our systems: the ransom
    question is asked."""
    # (Not a hacker who read one mailbox, « un pirate a pu lire… »: the question would suggest
    # a ransom nobody spoke of. An attack on the systems, or ransomware, or a ransom told.)
    # (Never "There is no indication of a cyberattack": the question would create the story.)
    told = " ".join([brief.statement.title, brief.statement.summary, brief.statement.text_of("what_happened")])
    return any(not ruled_out(told, m.start()) for m in _ON_SYSTEMS.finditer(told)) \
        or any(not ruled_out(p.text, 0, whole=True) for p in find(brief, words=_RANSOM.pattern, history=True, most=3)) \
        or bool(_told_anywhere(brief, _RANSOM_ASKED))


# "There is no indication of a cyberattack", « rien n'indique une cyberattaque »: an attack ruled out.
_RULED_OUT = re.compile(r"\b(?:no (?:indication|sign|evidence|trace|suggestion)s? (?:\w+ ){0,2}(?:of|that)|not (?:\w+ )?(?:a|an|the "
                        r"result of|caused by|due to)|nothing (?:suggests|indicates|points to)|ruled out|rule out|"
                        r"rien n['’](?:indique|laisse penser|suggère)|aucun(?:e)? (?:indice|signe|trace|élément|indication)s? "
                        r"(?:\w+ ){0,2}(?:d['’]|de|n['’]indique)|(?:n['’]est|ne s['’]agit) pas (?:\w+ )?(?:d['’])?une?|écart(?:é|ons)|"
                        r"keine (?:Hinweise|Anzeichen) (?:auf|für))\W+(?:\w+\W+){0,3}$", re.IGNORECASE)


def ruled_out(text: str, at: int, whole: bool = False) -> bool:
    """Whether the mention of an attack at `at` is told as ruled out ("no indication of a
    cyberattack"); with `whole`, whether every mention in the text is."""
    if whole:
        found = list(_ON_SYSTEMS.finditer(text)) or list(_RANSOM.finditer(text))
        return bool(found) and all(ruled_out(text, m.start()) for m in found)
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), 0)
    return _RULED_OUT.search(text[start:at]) is not None


def attack_ruled_out(brief: Brief) -> list[Passage]:
    """The statement's words that rule out an attack, when it mentions one only to rule it out."""
    found = _told_anywhere(brief, _ON_SYSTEMS.pattern)
    return [p for p in found if ruled_out(p.text, 0, whole=True)][:1]


_ON_SYSTEMS = re.compile(r"\b(?:ransomware|rançongiciel|cyber-?attack|cyber-?attaque|attaque informatique|"
                         r"Cyberangriff\w*|Hackerangriff\w*|Erpressungstrojaner)", re.IGNORECASE)


# (And "6,190 people…, more than the 4,812 we announced", « plus que les 4 812 annoncées », "up from 4,812".)
_A_CHANGE = re.compile(r"\b(?:not (?:the |only )?|rather than (?:the )?|instead of (?:the )?|et non (?:pas )?(?:les |des |de )?|"
                       r"au lieu (?:des |de )?|(?:more|fewer|less) than (?:the )?|up from (?:the )?|"
                       r"(?:plus|moins) que (?:les |le |la )?|contre (?:les )?)\d", re.IGNORECASE)
# A count in words corrected in passing: "Seven people were treated, not four as in our first
# report", « sept personnes, et non quatre comme au premier bilan ».
_SMALL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|six|sept|"
          r"huit|neuf|dix|onze|douze)")
_A_CHANGE_IN_WORDS = re.compile(rf"\b(?:not|et non(?: pas)?|rather than|au lieu de) {_SMALL}\b[^.;]{{0,30}}\b(?:as|that|we|"
                                rf"comme|que|qu['’]|annoncée?s?|reported|first|initially|au premier|du premier)\b",
                                re.IGNORECASE)


# "17,210 customers are now reconnected", « 318 barres ont été rapportées »: progress counted, not
# how many are affected; a count that grows so is no changed figure to explain.
_PROGRESS_COUNT = re.compile(r"\b(?:so far|to date|who (?:have )?told us|qui nous ont (?:dit|signalé|indiqué|écrit)|(?:been|got|getting) in touch|à ce jour|jusqu['’]ici|reconnected|restored|back online|(?:are|is) back|returned|refunded|ordered|"
                             r"moved|rebooked|contacted|replacée?s?|relogée?s?|registered|signed up|activated|collected|"
                             r"enregistrée?s?|inscrite?s?|activée?s?|récupérée?s?|"
                             r"reconnecté(?:e?s)?|rétablie?s?|rapporté(?:e?s)?|remboursé(?:e?s)?|commandé(?:e?s)?)\b|"
                             # "We've moved 2,910 of the 3,460 passengers": a share done, not a new count
                             r"\b\d[\d,.\u202f\u00a0]* (?:of|out of|sur) (?:the |our |les |nos )?\d", re.IGNORECASE)


_COUNT_STATE = re.compile(r"\b(?:ill|sick|injured|hurt|hospitali[sz]ed|evacuated|dead|died|malades?|blessée?s?|"
                          r"hospitalisée?s?|évacuée?s?|décédée?s?|morte?s?)\b")


def changed_counts(brief: Brief) -> tuple[Passage, Passage] | None:
    """The newest update's count of those affected and the older update's different count it
    replaces ("1,200 customers" then "3,400 customers"): journalists ask why it changed."""
    pattern = count_pattern(brief.lang)
    counted = [p for p in find(brief, words=pattern, sections=("update",), newest_first=True, history=True, most=99,
                               pending=True)
               if not p.has("correction") and not _NOT_AFFECTED.search(p.text) and figures(p.text)
               # (A count that says the change itself stays, whatever word of progress it holds: "…who
               # signed up in 2019: 6,190 people are therefore affected, more than the 4,812…".)
               and (not _PROGRESS_COUNT.search(p.text) or _A_CHANGE.search(p.text))]
    said = next((p for p in find(brief, words=_A_CHANGE_IN_WORDS.pattern, sections=("update",), newest_first=True,
                                 history=True, most=3) if not p.has("correction")), None)
    def counts(text: str) -> frozenset[str]:
        return frozenset(f for f in figures(text) if len(f) >= 3)  # (never a day: "25 November")

    # A correction that puts a count right ("The figure of 812 counted employees only… 827 people
    # in all") says why the number changed, in the authors' words: it answers first.
    fixed = sorted((p for p in passages(brief) if p.has("correction") and len(counts(p.text)) >= 2
                    and re.search(pattern, p.text, re.IGNORECASE)), key=lambda p: p.recent)
    if fixed:
        return fixed[0], fixed[0]
    # (Or says it in so many words, "the number of chairs recalled is 11,640, not 9,850", when no
    # update since gives another count: then the newest change answers, below.)
    restated = sorted((p for p in passages(brief) if p.has("correction") and len(counts(p.text)) >= 2 and any(
        len(re.sub(r"\D", "", c.wrong)) >= 3 and re.fullmatch(r"[\d\s\u00a0\u202f,.]+", c.wrong)
        for c in corrections.explicit_changes(p.text))), key=lambda p: p.recent)
    if restated and not any(p.recent < restated[0].recent for p in counted):
        return restated[0], restated[0]
    if not counted:
        return (said, said) if said else None

    newest = counted[0]
    # The update that says the change itself ("3,412 customers, not the 1,180 we had
    # identified, because…") answers best, beside the older update that gave the old figure.
    for change in counted:
        if len(counts(change.text)) >= 2 and _A_CHANGE.search(change.text):
            olds = counts(change.text) - counts(newest.text)
            older = next((p for p in counted if p.recent > change.recent and counts(p.text) & olds), None)
            # (It says both figures itself: no older update to quote beside it.)
            return change, older or change
    def noun(text: str) -> str:
        # What is counted ("customers", « clients »): two counts of different things are no change.
        found = re.search(pattern, text, re.IGNORECASE)
        return found.group(0).split()[-1].casefold().rstrip("s") if found else ""

    def state(text: str) -> frozenset[str]:
        # What befell those counted ("27 people who fell ill" against "about 8,900 people" under a
        # notice): two counts of the same noun in different states are no change either.
        found = re.search(pattern, text, re.IGNORECASE)
        after = text[found.end():found.end() + 40] if found else ""
        return frozenset(w[:5] for w in _COUNT_STATE.findall(after.casefold()))

    for older in counted[1:]:
        if older.recent > newest.recent and counts(older.text) and not counts(older.text) & counts(newest.text) \
                and noun(older.text) == noun(newest.text) and state(older.text) == state(newest.text):
            return newest, older
    return (said, said) if said else None


# A problem that ran this long before we knew: journalists ask why nobody saw it.
UNNOTICED_AFTER = timedelta(hours=24)


def unnoticed_for(brief: Brief) -> tuple[datetime, datetime] | None:
    """When the problem began and when we knew, if the statement says both and they are more
    than a day apart (a breach found four days after the first login)."""
    from generator.rendering.documents.checklist import aware_since

    known, said = aware_since(brief)
    if said is None or brief.began is None or elapsed(known, brief.began) <= UNNOTICED_AFTER:
        return None
    return brief.began, known


_UNNOTICED = (r"\b(?:unnoticed|went undetected|not (?:been )?(?:detected|noticed|spotted)|did not (?:detect|notice|see|"
              r"raise|trigger|alert)|no alert|should have (?:\w+ ){0,3}(?:detected|noticed|spotted|alerted|raised)|"
              r"pas (?:été )?(?:détectée?s?|repérée?s?|remarquée?s?)|aucune alerte|aurait dû (?:\w+ ){0,3}(?:détecter|"
              r"repérer|alerter|signaler))\b")


def _unnoticed(brief: Brief) -> list[Passage]:
    """The statement's own word on why nobody saw it; else the review it says will find out
    ("An independent forensic firm is reviewing how this happened"): a line the spokesperson
    can give, never a guess."""
    return _told_anywhere(brief, _UNNOTICED) or find(
        brief, words=_REVIEWING_HOW, sections=("what_we_are_doing", "summary", "quote"), most=1)


# "An independent firm is reviewing how this happened", « une enquête établira comment… »
_REVIEWING_HOW = (r"\b(?:review\w*|investigat\w*|inquiry|audit\w*|examin\w*|enquête|analys\w*|expertise|examen)\b"
                  r"[^.]{0,60}\b(?:how|why|comment|pourquoi)\b")


# Up more than an hour before we took it down: the delay is the question.
STAYED_UP_AFTER = timedelta(hours=1)


def stayed_up(brief: Brief) -> tuple[datetime, datetime] | None:
    """When what we published went up (`began`) and when the statement says we took it down
    ("We removed it at 22:15 GMT the same evening"), when that is over an hour apart."""
    from generator.rendering.documents.checklist import moment_said

    if brief.began is None:
        return None
    for passage in find(brief, words=_w("removed", brief.lang), sections=("summary", "what_happened", "update"),
                        history=True, most=6):
        down = moment_said(brief, passage)
        if down is not None and down > brief.began:
            return (brief.began, down) if elapsed(down, brief.began) > STAYED_UP_AFTER else None
    return None


def _why_stayed_up(brief: Brief) -> list[Passage]:
    """Nothing quoted: "within three hours we had received 4,800 complaints" read aloud as the
    answer confirms the delay without explaining it. The crisis lead agrees the line, with the
    times beside the question."""
    return []


def offer_ending(brief: Brief) -> Passage | None:
    """An offer to the people affected that ends within the day ("you may travel without a
    ticket until the end of service tonight"), while the crisis is open."""
    from generator.rendering.documents.checklist import dated_promises

    for promise in dated_promises(brief, brief.settings):
        if promise.window and brief.now < promise.moment <= brief.now + timedelta(hours=24):
            return promise.passage
    return None


def _after_offer(brief: Brief) -> list[Passage]:
    """What the statement says of after that ("tomorrow morning", « demain »)."""
    return find(brief, words=r"\b(?:tomorrow|from tomorrow|demain|dès demain)\b",
                sections=("summary", "what_we_are_doing", "update"), newest_first=True, history=True, most=1)


# "118 of our 214 coaches accept payment again", « 118 cars sur 214 »: back, but not everywhere.
_PARTLY = re.compile(r"\b\d[\d,.\u00a0\u202f]*\s+(?:[^\W\d]+\s+)?(?:of|out of|sur)\s+(?:our |nos |les )?\d[\d,.\u00a0\u202f]*\b")
_ETA = (r"\b(?:cannot (?:yet )?say (?:when|at what time)|(?:will|should) (?:\w+ ){0,3}(?:work|be back|be restored|"
        r"accept|run) (?:\w+ ){0,4}(?:by|from|before|tonight|tomorrow)|expect(?:ed)? (?:\w+ ){0,4}(?:by|before)|"
        r"(?:ne pouvons|ne savons) pas encore (?:dire|quand)|(?:devrai(?:t|ent)|fonctionnera|fonctionneront) "
        r"(?:\w+ ){0,4}(?:d['’]ici|avant|dès|ce soir|demain))")


def _talks(brief: Brief) -> list[Passage]:
    """When the talks resume: the newest sentence on them that says when (a mediator "will bring
    us together on Monday 7 December at 10:00"), before one on the meeting that ended."""
    found = _anywhere(brief, "talks", first=("summary", "what_we_are_doing"), most=4, newest_first=True)
    return sorted(found, key=lambda p: re.search(r"\b\d{1,2}(?:er)?\s+[a-zéû]+|\b\d{1,2}[:h]", p.text) is None)[:1]


def _took_long(brief: Brief) -> list[Passage]:
    """Why the fix took so long, in the statement's words, with the sentence after it when it
    goes on ("Our alert fired twelve minutes after the problem started, but…")."""
    found = find(brief, words=_w("took_long", brief.lang), sections=("postmortem", "what_happened", "summary", "update"),
                 history=True, most=1)
    return [*found, *_following(brief, found[0])[:1]] if found else []


def _partly_back(brief: Brief) -> bool:
    newest = brief.statement.last_update.text
    return _PARTLY.search(newest) is not None


def eta_said(brief: Brief) -> bool:
    """Whether the newest update says when everything will be back, or that it cannot say yet."""
    return bool(find(brief, words=_ETA, sections=("update",), most=1))


def _eta(brief: Brief) -> list[Passage]:
    """The newest update's own word: how far it is back ("118 of our 214 coaches"), and when
    the rest will be, if it says (an older "we cannot yet say" is no longer the answer)."""
    partly = find(brief, words=_PARTLY.pattern, sections=("update",), most=1)
    return [*partly, *find(brief, words=_ETA, sections=("update",), most=1)][:2]


def questions(brief: Brief, also: frozenset[str] = frozenset()) -> tuple[Question, ...]:
    """The questions for this statement. `also` holds the keys asked in another language of the
    same statement: "Why did you not tell people sooner?" is asked in every language when one
    text says when we knew (the times are the same in all of them)."""
    resolved = brief.statement.resolved
    what = _q("what", translatable("qa.question.what", "What happened?"), _summary)
    since = _q("since", translatable("qa.question.since", "When did it start, and when did you find out?"),
               lambda b: [])
    kind = document_kind(brief)
    common = [q for q in _common(resolved=resolved) if not (kind == "billing" and q.key == "compensation")]
    if kind == "controversy":
        # A post or an advert taken down leaves nobody with a loss or a thing to do, unless the
        # statement says otherwise.
        common = [q for q in common if not (q.key == "advice" and not brief.advice_items)
                  and not (q.key == "compensation" and not _compensation(brief))]
        if conduct(brief.statement):
            # One person mistreated, filmed: "how many people are affected" counts nobody (never the
            # views of the video), unless the statement counts someone.
            common = [q for q in common if not (q.key == "how_many" and not _how_many(brief))]
    asked = [what, since]
    if brief.promise.late_by is not None:
        # The update we promised has not come: the first thing a journalist asks, and nothing in
        # the statement answers it (the brief suggests a line).
        asked.insert(1, _q("overdue", translatable("qa.question.overdue", "You promised an update: where is it?"),
                           lambda b: [], "overdue"))
    if (first_word_delay(brief) is not None or "late" in also) and kind != "controversy":  # (our own post: it was public at once)
        asked.append(_q("late", translatable("qa.question.late", "Why did you not tell people sooner?"), _late, "agree"))
    if (unnoticed_for(brief) is not None or "unnoticed" in also) and kind != "controversy":
        # (Asked in every language when one text's dates say it: the French brief never lacks the
        # question the English one has.)
        asked.append(_q("unnoticed", translatable("qa.question.unnoticed", "Why did it go unnoticed for so long?"),
                        _unnoticed, "agree"))
    if kind == "controversy" and stayed_up(brief) is not None and not conduct(brief.statement):
        asked.append(_q("stayed_up", translatable("qa.question.stayed_up", "Why did it take so long to take it down?"),
                        _why_stayed_up, "agree"))
    if not resolved and offer_ending(brief) is not None:
        asked.append(_q("offer_end", translatable("qa.question.offer_end",
                                                  "What happens when the measure you announced ends, if it is not "
                                                  "fixed by then?"), _after_offer, "offer_end"))
    if kind == "outage" and strike(brief.statement):
        # What a reporter asks of a strike: what was offered, and when the talks resume, answered
        # from the newest update that says it.
        asked.append(_q("offered", translatable("qa.question.offered", "What have you offered the unions?"),
                        lambda b: _anywhere(b, "offered", first=("summary", "what_we_are_doing"), most=2,
                                            newest_first=True), relevant="offered"))
        asked.append(_q("talks", translatable("qa.question.talks", "When do talks resume?"),
                        _talks, relevant="talks"))
    if kind == "outage" and not resolved and _partly_back(brief):
        asked.append(_q("eta", translatable("qa.question.eta", "When will everything work again?"), _eta))
    # "Why has the number changed?" after the questions that give the number ("Was anyone hurt?").
    after: list[Question] = []
    if changed_counts(brief) is not None:
        after.append(_q("changed", translatable("qa.question.changed", "Why has the number changed?"),
                        lambda b: [changed_counts(b)[0]]))  # type: ignore[index]
    if kind in ("breach", "outage") and attacked(brief):
        asked.append(_q("ransom", translatable("qa.question.ransom", "Was a ransom demanded, and will you pay it?"),
                        _ransom, "ransom"))
    elif kind == "outage" and attack_ruled_out(brief):
        # The first thing asked of an IT failure in a hospital or a bank: answered with what rules it out.
        asked.append(_q("cyberattack", translatable("qa.question.cyberattack", "Was it a cyberattack?"), attack_ruled_out))
    # (Right after "How many people are affected?": never before the number it asks about.)
    at = next((i + 1 for i, q in enumerate(common) if q.key == "how_many"), 0)
    return tuple(q for q in (*asked, *_by_kind(kind, brief, resolved=resolved), *common[:at], *after, *common[at:])
                 if fits(brief, q))
