"""Render stage: the media Q&A brief (major and critical statements). The questions
journalists ask, for every crisis and for its kind (a data breach, an outage, a billing or pay
error, a recall, a safety incident), each answered with the statement's own whole sentences
and where they are, searched in every section and every update, or marked UNANSWERED with a
line to say instead: never an answer to another question, never a heading for an answer.

The questions and the places searched are the same in every language, so the English and
French briefs of one statement answer alike. A resolved statement's brief speaks in the past
and promises no next update."""

from __future__ import annotations

from generator.rendering.documents.formatting import in_english_style

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from generator.rendering import roles
from generator.rendering.brief import Brief, lower_item
from generator.rendering.deadlines import passed_promise
from generator.reading.kinds import strike
from generator.rendering.moments import day_words, elapsed
from generator.core.clock import now as current_time
from generator.rendering.documents.passages import Passage, find, quoted as in_quotes, update_named, update_source
from generator.rendering.documents.qa_questions import AMENDS, THEM, questions, with_leaned_on
from generator.rendering.documents.qa_words import QA_WORDS, words_for as _w
from generator.rendering.documents.reading import blocks, document_kind
from generator.rendering.documents.templating import render_text
from generator.core.model import Settings, Statement
from generator.core.catalogues import translate, words_in

@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    markdown: str | None  # None: UNANSWERED
    source: str  # where the answer comes from, or the line to say instead


@dataclass(frozen=True, slots=True)
class QaContext:
    title: str
    intro: str
    key_messages: tuple[str, ...]
    key_messages_heading: str
    key_messages_intro: str
    count: str
    answers: tuple[Answer, ...]
    unanswered: str
    source_label: str
    fix_label: str
    merged: tuple[tuple[str, str], ...] = ()  # questions asked together: (the first, the other)


_ONE_OF_OURS = re.compile(r"\b(?:one of our (?:employees|staff|colleagues|agents|managers)|an? (?:employee|member of "
                          r"staff|colleague)|(?:un|une) de nos (?:salariée?s|employée?s|collaborat\w+|agents)|"
                          r"une? (?:salariée?|employée?|collaborat\w+))\b", re.IGNORECASE)


def _since(brief: Brief, words: dict[str, str]) -> tuple[str, str]:
    """Since when: `began` if the statement gives it, else the statement's own sentence on
    when it began; since when it is known: the sentence saying how we found out, and our first
    public word."""
    lines: list[str] = []
    sources: list[str] = []
    if brief.began is not None:
        lines.append(words["began"].format(when=_at(brief, brief.began)))
    else:
        told = _began(brief)
        if told:
            lines.append(f"> {told.text}")
            sources.append(told.source)
    # "We found no change to any booking" says nothing about when we knew.
    missed = (r"\b(?:not (?:been )?detected|did not (?:detect|notice)|pas (?:été )?détecté|pas détecté|found no|"
              r"no \w+ (?:was|were) found|no \w+ (?:has|have) been (?:reported|found)|n['’]avons (?:constaté|trouvé) "
              r"aucune?|aucune? \w+ ne nous a été signalée?)")
    known = find(brief, words=_w("known", brief.lang), sections=("what_happened",), most=1, exclude=missed) or \
        find(brief, words=_w("known", brief.lang), sections=("summary",), most=1, exclude=missed) or \
        find(brief, words=_w("known", brief.lang), sections=("postmortem",), most=1, exclude=missed) or \
        [p for p in reversed(find(brief, words=_w("known", brief.lang), sections=("update",), history=True, most=99,
                                  exclude=missed))
         # (Only the first update's: "Tests found a wild yeast in one tank", two days after we went
         # public, is how the cause was found, not when we learned of the problem.)
         if p.recent == len(brief.statement.updates) - 1][:1]
    if known and not any(known[0].text in line for line in lines):
        lines.append(f"> {known[0].text}")
        sources.append(known[0].source)
    lines.append(words["first_word"].format(when=_at(brief, brief.statement.first_update.at)))
    if not known and brief.kind != "safety":
        # Our first word is not when we found out: the half the statement leaves open is said so.
        # (A fire or an accident on our site is known as it happens.)
        lines.append(words["known_unanswered"])
    return "\n\n".join(lines), "; ".join(dict.fromkeys(sources))


# "In October, …", « En octobre, … »: a month alone opens on the background, not on the day it began.
_BACKGROUND = re.compile(r"^(?:in|en|au mois d['’]|au mois de|since|depuis) (?:january|february|march|april|may|june|"
                         r"july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|"
                         r"juillet|août|septembre|octobre|novembre|décembre)\b", re.IGNORECASE)


def _began(brief: Brief):  # type: ignore[no-untyped-def]
    """The statement's sentence on when it began: the first sentence of "What happened" when it
    gives a day or a time, else the summary's first, else the first sentence of either that
    gives a time."""
    when = _w("when", brief.lang)
    clock = r"\b\d{1,2}(?::|\sh\s?)\d{2}\b|\b\d{1,2}\sh\b|\b\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|am|pm)\b"
    # The news that gives the time says when the problem happened ("On 26 November at 18:47, smoke
    # appeared…"); "What happened" may open earlier, on the background ("The flight left at 18:21").
    news = find(brief, sections=("summary",), most=1)
    if news and re.search(clock, news[0].text) and re.search(when, news[0].text, re.IGNORECASE):
        return news[0]
    # "What happened" that opens with the hour ("At 20:40, smoke was seen…") says when; one that
    # opens on the background ("In October, our team had prepared…") does not, and the news
    # sentence that gives the day ("On 27 November in the morning, …") does.
    told = find(brief, sections=("what_happened",), most=1)
    if news and told and re.search(when, news[0].text, re.IGNORECASE) and _BACKGROUND.match(told[0].text):
        return news[0]
    for section in ("what_happened", "summary"):
        first = find(brief, sections=(section,), most=1)
        if first and re.search(when, first[0].text, re.IGNORECASE):
            return first[0]
    found = find(brief, words=clock, sections=("what_happened",), most=1) or \
        find(brief, words=clock, sections=("summary",), most=1)
    return found[0] if found else None


def _fallback(key: str, brief: Brief, words: dict[str, str], by_when: str) -> str:
    resolved = brief.statement.resolved
    if key == "review":
        if document_kind(brief) == "controversy":
            # What one of us said or did in our name: we answer for it, whoever it was.
            return words["answer_for_it"]
        return words["review_done"] if resolved else words["review"]
    if key in ("not_yet", "never_guess") and (resolved or not by_when):
        return words["check"] if resolved else words[key].format(when="")
    return words[key].format(when=by_when)


def _was_due(brief: Brief, text: str, at: datetime | None, words: dict[str, str]) -> str:
    """A promise quoted whose day is over ("a voucher by 20 November", asked on 29 November):
    the spokesperson checks it was kept before repeating it."""
    day = passed_promise(text, brief.lang, at or brief.written, brief.now, brief.settings.timezone)
    if day is not None:
        from generator.rendering.documents.checklist import dated_promises

        # (Never "check it was kept" for one the statement reports kept: "Staff received their letter
        # on 6 February".)
        if any(promise.kept and (promise.passage.text in text or text in promise.passage.text)
               for promise in dated_promises(brief, brief.settings)):
            return ""
    return "" if day is None else "\n>\n> " + words["was_due"].format(day=day_words(day, brief.lang, zone=brief.settings.timezone))


def qa_context(statement: Statement, settings: Settings, now: datetime | None = None,
               siblings: tuple[Statement, ...] = ()) -> QaContext:
    brief = Brief(statement, settings, now or current_time())
    # A question one language's text calls for is asked in every language: a spokesperson
    # briefed in French faces the same journalists' questions.
    also = frozenset(q.key for other in siblings if other.lang != statement.lang
                     for q in questions(Brief(other, settings, brief.now)))
    lang = statement.lang
    words = words_in(QA_WORDS, "qa.", lang)
    promise = brief.promise
    by_when = words["by_when"].format(when=_at(brief, promise.at)) if promise.ahead and promise.at else ""
    answers: list[Answer] = []
    answered: dict[int, set[str]] = {}  # an answer's place → the sentences it quotes
    keys: list[str] = []  # the key of each answer's (first) question
    merged: list[tuple[str, str]] = []  # (the question kept, the one asked with it)
    others = [frozenset(qa_context(other, settings, brief.now).merged) for other in siblings
              if other.lang != statement.lang]
    for question in questions(brief, also):
        text = translate(question.text, lang)
        if question.key == "since":
            markdown, source = _since(brief, words)
            keys.append(question.key)
            answers.append(Answer(text, markdown, source))  # (our own words only: no source line)
            continue
        # A question in the statement ("Can't get to a distribution point? Call…") answers none:
        # only what it asks and what follows could, and a brief never quotes a question alone.
        found = [p for p in question.find(brief) if not p.text.rstrip(" »”\"\u00a0\u202f").endswith("?")]
        extra = ""
        if question.key == "doing":
            if statement.resolved:
                # A service is "resolved"; an advert withdrawn, a fire or a recall is closed.
                closed = "resolved" if document_kind(brief) in ("outage", "billing") else "closed"
                extra = words[closed].format(when=update_when(brief, statement.resolved_at
                                                              or statement.last_update.at))
            elif promise.ahead and promise.at:
                extra = words["next"].format(when=_at(brief, promise.at))
        if question.key == "services" and statement.affected and document_kind(brief) == "outage":
            # (In running text: "Armor Go app, contactless payment on board"; names keep their capitals.)
            # (German nouns keep their capital.)
            written = "\n".join([statement.title, statement.summary, statement.text_of("what_happened"),
                             *(u.text for u in statement.updates)])
            affected = words["affected"].format(items=", ".join(
                item if lang == "de" else lower_item(item, written) for item in statement.affected))
            quoted = "\n\n".join(f"> {p.marked}" for p in found)
            keys.append(question.key)
            answers.append(Answer(text, "\n\n".join(filter(None, (quoted, affected))),
                                  "; ".join([*dict.fromkeys(p.source for p in found), words["affected_source"]])))
            continue
        extra += _context_line(brief, question.key, words, found)
        if not found:
            # A strike is no one's fault to name: blaming the strikers is the worst answer there is.
            line = words["responsible_strike"] if question.key == "responsible" and strike(brief.statement) \
                else _fallback(question.fallback, brief, words, by_when)
            # (No line to say for "why so late": the crisis lead agrees one.)
            instead = line if question.fallback == "agree" else f"{words['say']} " + in_quotes(line, lang)
            keys.append(question.key)
            answers.append(Answer(text, None, instead + (f" {extra}" if extra else "")))
            continue
        said = _once(with_leaned_on(brief, [p for p in found if p.section != "table"]))
        if question.key == "jobs":
            # Asked whether anyone will lose their job, the brief never points at the employee
            # whose password was stolen: only what the organisation owns is quoted, without the
            # sentences it leans on ("This system holds the documents…" answers nothing here),
            # unless it speaks of people it does not name ("…, and I apologise to them").
            said = _once([q for p in found if p.section != "table"
                          for q in (with_leaned_on(brief, [p]) if THEM.search(p.text) else [p])
                          if not _ONE_OF_OURS.search(q.text)])
        elif question.key == "password":
            # "They did not obtain passwords" answers; the sentence it leans on ("criminals used an
            # employee's stolen login…") would read as the reason to change one.
            said = [p for p in said if p in found]
        elif question.key == "responsible":
            # "Who is responsible?" answered with "someone logged in with the password of one of
            # our employees" points at that employee: what we own is the answer.
            # (Nor found itself: « Quelqu'un a utilisé les identifiants d'une de nos salariées »
            # answers "how", and names a colleague as the answer to "who".)
            said = [p for p in said if not _ONE_OF_OURS.search(p.text)] or [
                p for p in said if p in found or not _ONE_OF_OURS.search(p.text)]
        rows = [p for p in found if p.section == "table"]
        quoted = "\n\n".join(f"> {p.marked}" + _was_due(brief, p.text, p.at, words) for p in said)
        source = "; ".join(dict.fromkeys(p.source for p in said))
        if rows:  # a table of the statement, row by row under what it lists
            lead = words["lots"] if question.key == "lots" else words["table"]
            quoted = "\n\n".join(filter(None, (quoted, lead + "\n\n" + "\n".join(f"- {p.text}" for p in rows))))
            source = "; ".join(dict.fromkeys(filter(None, (source, *_table_source(brief)))))
        if extra and extra == words["cause_unknown"]:
            quoted = f"{extra}\n\n{quoted}"  # (said first: before what was found, not after it)
        elif extra:
            quoted += f"\n\n{extra}"
        # Two questions answered with the same quotes ("How many units were sold?", "How many
        # people are affected?") are asked together: a brief never prints one answer twice.
        # (What the second adds, "The statement offers refunds only…", follows the quotes.)
        # ("Why has the number changed?" is a question of its own: never under another heading.)
        same = next((i for i, texts in answered.items() if not rows and (not extra or question.key == "compensation")
                     and question.key != "changed" and {p.text for p in said} == texts), None)
        # (Only as the other languages do: the English and French briefs ask the same questions.)
        if same is not None and all((keys[same], question.key) in pairs for pairs in others):
            before = answers[same].markdown
            answers[same] = replace(answers[same], question=f"{answers[same].question} {text}",
                                    markdown=f"{before}\n\n{extra}" if extra and before else before)
            merged.append((keys[same], question.key))
            continue
        if not rows:
            answered[len(answers)] = {p.text for p in said}
        keys.append(question.key)
        answers.append(Answer(text, quoted, source))
    unanswered = sum(1 for a in answers if a.markdown is None)
    return QaContext(
        title=words["title"].format(title=statement.title),
        intro=words["intro"].format(unanswered=words["unanswered"]),
        key_messages=key_messages(brief),
        key_messages_heading=words["key_messages"],
        key_messages_intro=words["key_messages_intro"],
        count=words["count"].format(count=unanswered, total=len(answers)),
        answers=tuple(answers),
        unanswered=words["unanswered"],
        source_label=words["source"],
        fix_label="",
        merged=tuple(merged),
    )


def key_messages(brief: Brief) -> tuple[str, ...]:
    """What the spokesperson says whatever the question, in the statement's own sentences: the
    news (and who was hurt, what is over), the apology, what people should do, when we speak
    next."""
    apology = brief.own_apology or brief.apology_text or ""
    if brief.news and apology.startswith(brief.news):
        # "It was offensive…, and we are sorry" travels with the news it points at: said after it here.
        apology = apology[len(brief.news):].strip()
    # After a breach, the line against scams whatever the first advice is: the journalist's
    # readers are the people the fraudsters will call.
    scams = brief.never_ask_alone if brief.kind == "breach" else None  # (alone: without its "though")
    if scams and brief.first_advice and any(x.has("never-ask") for x in roles.sentences(brief.first_advice, brief.lang)):
        scams = None  # the first advice is the warning already ("Be wary…: we will never ask…"): said once
    # (Where the story stands now, right after how it began: the latest update's news.)
    said = [brief.news, brief.latest_news, brief.hurt, *brief.outcome[:1], apology, brief.first_advice, scams,
            brief.promise_line(dated=True)]
    if document_kind(brief) == "controversy" and apology:
        # After a bad buzz, the apology first, and never the offending words again in every
        # interview (« avec le slogan "…" »): the news without them, said by the title, or not at all.
        from generator.rendering.channels.voices import _QUOTED_WORDS, end_sentence

        news = brief.news
        if news and _QUOTED_WORDS.search(news):
            title = brief.statement.title
            news = "" if _QUOTED_WORDS.search(title) else end_sentence(title)
        said = [apology, news, brief.latest_news, *brief.outcome[:1], brief.first_advice, brief.promise_line(dated=True)]
    elif brief.kind in ("recall", "safety", "health"):
        # "Do not eat this cheese" before the apology: what protects people is said first.
        said = [brief.news, brief.latest_news, brief.hurt, *brief.outcome[:1], brief.first_advice, apology,
                brief.promise_line(dated=True)]
    kept: list[str] = []
    for sentence in said:
        if sentence and not any(sentence in k or k in sentence for k in kept):
            kept.append(_codes_spoken(brief, sentence))
    return tuple(kept)


# "…shows one of the batch codes below": on air there is no "below"; the codes are said.
_CODES_POINTED = re.compile(r"\b(one of )?(?:the|these|those|les|ces)\s+((?:batch |lot )?codes?|lots?|numéros de lot)\s+"
                            r"(?:below|listed below|listed|above|ci-dessous|ci-après|suivants)\b", re.IGNORECASE)


def _codes_spoken(brief: Brief, sentence: str) -> str:
    """A key message that points at the recalled lots ("one of the batch codes below") names
    them ("one of the batch codes 24B23, 24B24, 24B25 or 24B26"): a spokesperson reads it aloud."""
    codes = list(brief.lot_codes)
    if not codes or not _CODES_POINTED.search(sentence):
        return sentence
    joiner = " ou " if brief.lang == "fr" else " or "
    said = joiner.join([", ".join(codes[:-1]), codes[-1]]) if len(codes) > 1 else codes[0]
    return _CODES_POINTED.sub(lambda m: f"{m.group(1) or ''}{'les' if brief.lang == 'fr' else 'the'} {m.group(2)} {said}",
                              sentence, count=1)


def _once(found: list[Passage]) -> list[Passage]:
    """Each fact quoted once: a sentence whose words and figures an earlier quote nearly all says
    (the section's "reported the breach on 25 November at 09:10 GMT…" and the update's "…at
    09:10…") is left out."""
    def words(text: str) -> set[str]:
        return {w.casefold() for w in re.findall(r"[^\W_]{3,}", text)}

    def figures(text: str) -> set[str]:
        return set(re.findall(r"\d+", text))

    kept: list[Passage] = []
    for passage in found:
        mine = words(passage.text)
        if mine and any(len(mine & words(k.text)) >= 0.8 * len(mine) and figures(passage.text) <= figures(k.text)
                        for k in kept):
            continue
        # (Or the quotes before it together: "We found the vent cover broken. Rainwater could get
        # in that way…" then an update's "…found the vent cover broken; rainwater could have got in".)
        # (Or one that opens with the same clause: "We pay for the consultation and blood test of any
        # dog fed a recalled lot: …" from the section and from an update, quoted twice in a row.)
        head = re.split(r"\s?[:;]\s", passage.text.strip(), maxsplit=1)[0]
        if len(head) >= 40 and any(k.text.strip().startswith(head) for k in kept):
            continue
        said = set().union(*(words(k.text) for k in kept)) if kept else set()
        if len(kept) > 1 and mine and len(mine & said) >= 0.8 * len(mine) \
                and figures(passage.text) <= set().union(*(figures(k.text) for k in kept)):
            continue
        kept.append(passage)
    # (A later quote that holds an earlier one whole, the "Health advice" paragraph after two of its
    # sentences, says them: the shorter quotes go.)
    return [k for k in kept if not any(other is not k and k.text.strip() in other.text for other in kept)]


# A statement's own word that the people involved are not blamed ("followed the process they were given").
_NO_BLAME = re.compile(r"\bfollowed (?:the|our) (?:process|procedures?|rules?)|\bno(?:t| one)\b[^.]{0,40}\bto blame\b|"
                       r"\bont (?:suivi|respecté) (?:la|les|le) (?:procédure|processus|règles?|consignes?)|"
                       r"\bpersonne n['’]est (?:à blâmer|en cause)", re.IGNORECASE)


# What people paid, given back.
_REFUND = re.compile(r"\b(?:refund\w*|reimburs\w*|money (?:will )?(?:go|come)s? back|rembours\w*|erstatt\w*)",
                     re.IGNORECASE)


def _context_line(brief: Brief, key: str, words: dict[str, str], found: Sequence[Passage] = ()) -> str:
    """The fact behind a question asked because of it: how late our first word came, what an
    older update counted."""
    from generator.rendering.brief import lateness_words
    from generator.rendering.documents.qa_questions import (_ORIGIN_FOUND, _SEARCHING, _STATES_RESPONSIBILITY, changed_counts,
                                                            first_word_delay, late_since, offer_ending, stayed_up,
                                                            unnoticed_for)

    delay = first_word_delay(brief) if key == "late" else None
    since = late_since(brief) if delay is not None else None
    from generator.rendering.documents.checklist import approximate, aware_since, said_delay, said_when

    # ("We found out on the evening of 28 November": said so, never a time the statement does not give.)
    known_at, known_said = aware_since(brief) if key in ("late", "unnoticed") else (None, None)
    rough = known_said is not None and approximate(brief, known_said)

    def known_words(moment: datetime) -> str:
        if rough and moment == known_at:
            told = said_when(brief, moment, known_said)
            return f"on {told}" if brief.lang == "en" else told
        return _at(brief, moment)

    if delay is not None and since is not None:
        first = brief.statement.first_update.at
        fact = "late_fact" if since == brief.began else "late_fact_known"
        return words[fact].format(first=_at(brief, first), began=known_words(since),
                                  delay=said_delay(delay, brief.lang, rough and since == known_at))
    gap = unnoticed_for(brief) if key == "unnoticed" else None
    if gap is not None:
        began, known = gap
        return words["unnoticed_fact"].format(began=_at(brief, began), known=known_words(known),
                                              delay=said_delay(elapsed(known, began), brief.lang, rough))
    if key == "cause" and found and any(re.search(_SEARCHING, p.text, re.IGNORECASE) for p in found) \
            and not any(re.search(_SEARCHING, p.text, re.IGNORECASE) is None and p.has("cause") for p in found) \
            and not any(re.search(_ORIGIN_FOUND, p.text, re.IGNORECASE) for p in found):
        # "A test found Listeria" and "we are looking for the source": what was found is no cause.
        return words["cause_unknown"]
    if key == "offer_end":
        offer = offer_ending(brief)
        return words["offer_said"].format(text=in_quotes(offer.text, brief.lang)) if offer is not None else ""
    up = stayed_up(brief) if key == "stayed_up" else None
    if up is not None:
        from generator.rendering.moments import time_words

        zone = brief.settings.timezone
        # "…came down at 22:15 GMT": the same day is not said twice.
        same_day = up[0].astimezone(zone).date() == up[1].astimezone(zone).date()
        removed = ("at " if brief.lang == "en" else "à ") + time_words(up[1], zone, brief.lang) \
            if same_day and brief.lang in ("en", "fr") else _at(brief, up[1])
        return words["stayed_up_fact"].format(posted=_at(brief, up[0]), removed=removed,
                                              delay=lateness_words(up[1] - up[0], brief.lang, prose=True))
    if key == "overdue" and brief.promise.at is not None:
        return words["overdue_fact"].format(when=_at(brief, brief.promise.at),
                                            late=lateness_words(brief.promise.late_by or brief.now - brief.promise.at,
                                                                brief.lang, prose=True))
    if key == "jobs" and not _NO_BLAME.search(" ".join(p.text for p in found)):
        # "That was our failure." alone is a non-answer a journalist pushes on: the line that
        # follows it names no one and keeps what the statement owns.
        return f"{words['pressed']} " + in_quotes(words["jobs_line"], brief.lang) if found else ""
    if key == "responsible" and strike(brief.statement):
        return ""  # (the line to say is the strike's own: see `_fallback`)
    if key == "responsible" and brief.kind in ("recall", "safety") and not any(
            _STATES_RESPONSIBILITY.search(p.text) or p.has("ownership") for p in found):
        # "We are looking for the source" answers what, not who: the line says what we answer for.
        # (Words the statement does not say: approved before anyone says them.)
        return f"{words['pressed_approved']} " + in_quotes(words[f"responsible_{brief.kind}"], brief.lang)
    if key == "compensation" and found and all(_REFUND.search(p.text) for p in found) \
            and not any(AMENDS.search(p.text) for p in found):
        # "Take it back for a refund" answers what people get back, not whether the harm done
        # (an illness, an injury, costs) will be made good: nothing said is promised either.
        return words["refunds_only"]
    if key == "eta":
        from generator.rendering.documents.qa_questions import eta_said

        if not eta_said(brief):  # "118 of our 214 coaches" is back; when the rest is nobody says
            return words["no_eta"]
    changed = changed_counts(brief) if key == "changed" else None
    if changed is not None and changed[1] is not changed[0]:
        older = changed[1]
        # (Its words as they went out: "said: “About 14,800…”", never the figure a correction
        # gave since put in its mouth.)
        return words["said_before"].format(update=update_source(brief, older.at or brief.written),
                                           text=in_quotes(older.published or older.text, brief.lang))
    return ""


def _at(brief: Brief, moment: datetime) -> str:
    """A moment in the brief's running text, in the statement's own style (the brief quotes it
    on every page): `on 21 November at 19:00 CET`, `le 21 novembre à 19 h (heure de Paris)`."""
    when = brief.when(moment, "copy")
    return f"on {when}" if brief.lang == "en" else when


def update_when(brief: Brief, at: datetime) -> str:
    """An update named by its time: `21 November at 19:00 CET` / `du 21 novembre à 19 h (heure de Paris)`."""
    return update_named(brief.when(at, "copy"), brief.lang)


def _table_source(brief: Brief) -> list[str]:
    from generator.rendering.documents.passages import section_source

    return [section_source(brief, s) for s in brief.statement.sections
            if s.key != "updates" and any(b.is_table for b in blocks(s.text, brief.lang))]


@in_english_style
def render_qa_brief(statement: Statement, settings: Settings, now: datetime | None = None,
                    siblings: tuple[Statement, ...] = ()) -> str:
    from generator.rendering.documents.formatting import typography

    context = qa_context(statement, settings, now, siblings)
    return typography(render_text(settings.root, "documents/qa.md.j2", q=context), statement.lang)
