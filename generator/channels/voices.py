"""Renderer stage: how each channel says it (docs/copies.md). In: a statement's `Brief` and the
moment a copy announces (the statement, or one update). Out: a `Draft`, the blocks of a copy
in order of importance, or for SMS and e-mail the finished text.

- X, Bluesky: no title line (the news sentence says it); the first post holds the news, the
  advice and the apology, then the link; updates do not repeat the title (they are replies).
- Mastodon, Threads: the same, with the title as the first line.
- LinkedIn: the organisation's voice, with the context partners and staff need (what happened,
  what is being done) and the leader's quote.
- Facebook: plain and warm, no hashtags, and where questions are answered.
- Instagram: no clickable link (the bio has it), a short text for the image.
- SMS: the sender first, one or two sentences of substance and the link, two segments at most.
- E-mail: the news as subject, a greeting, the news, what to do, the apology, signed by a
  person with a role."""

from __future__ import annotations

import re

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from generator import roles
from generator.brief import Brief
from generator.channels import counting
from generator.channels.limits import ChannelRule
from generator.documents.formatting import french_typography
from generator.markup import plain_items
from generator.model import Update
from generator.moments import day_words, time_words

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "update": "Update, {day} at {time}:",
        "update_short": "Update, {time}:",
        "link": "Full statement: {url}",
        "link_bio": "Full statement: link in bio.",
        "bio": "Link in bio",
        "questions": "Questions? Ask them in the comments, or read the full statement: {url}",
        "advice": "What you should do:",
        "doing": "What we are doing:",
        "greeting": "Hello,",
        "greeting_named": "Hello {name},",
        "sms_update": "{org}, update {time}:",
        "subject_update": "{title}: {phrase}",
        "quote_by": "— {name}, {role}",
        "update_intro": "An update on {title}.",
        "correction": "Correction:",
    },
    "fr": {
        "update": "Mise à jour du {day} à {time} :",
        "update_short": "Point de {time} :",
        "link": "Lire la déclaration : {url}",
        "link_bio": "La déclaration complète : lien dans la bio.",
        "bio": "Lien dans la bio",
        "questions": "Des questions ? Posez-les en commentaire, ou lisez la déclaration : {url}",
        "advice": "Ce que vous pouvez faire :",
        "doing": "Ce que nous faisons :",
        "greeting": "Bonjour,",
        "greeting_named": "Bonjour {name},",
        "sms_update": "{org}, point de {time} :",
        "subject_update": "{title} : {phrase}",
        "quote_by": "— {name}, {role}",
        "update_intro": "Un point sur la situation : {title}.",
        "correction": "Rectificatif :",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


@dataclass
class Draft:
    """The blocks of a copy: `head` and `tail` always appear (in part 1 of a thread), the
    blocks come in order of importance and the least important go first when space is short."""

    head: str
    blocks: list[str]
    tail: str
    short: list[str] = field(default_factory=list)
    visual: str | None = None
    separator: str = "\n\n"
    fallback: str = ""  # what leads the first post when its first block cannot fit whole

    def _join(self, *pieces: str) -> str:
        return self.separator.join(piece for piece in pieces if piece)

    def forms(self) -> Iterator[str]:
        """The whole copy, then with fewer and fewer of the least important blocks."""
        for keep in range(len(self.blocks), 0, -1):
            yield self._join(self.head, *self.blocks[:keep], self.tail)

    def body_text(self) -> str:
        return "\n".join(self.blocks)

    def short_form(self) -> str:
        return "\n".join(line for line in [*self.short, self.tail] if line)


def _typography(text: str, lang: str) -> str:
    return french_typography(text) if lang == "fr" else text


def _hashtags(rule: ChannelRule, brief: Brief, text: str, most: int | None = None) -> str:
    """Hashtags the channel takes (at most `most`), fewer when the text already has some."""
    budget = min(rule.max_hashtags, most if most is not None else rule.max_hashtags) - text.count("#")
    if budget <= 0:
        return ""
    tags = list(dict.fromkeys(brief.statement.hashtags or brief.settings.hashtags))
    return " ".join(f"#{tag}" for tag in tags[:budget])


def _url(brief: Brief) -> str:
    return brief.settings.statement_url(brief.statement.slug, brief.lang)


def update_header(brief: Brief, update: Update, short: bool = False) -> str:
    """`Update, 20 November at 10:05 CET:`; short (posts made at the update's time, where
    the day is the post's): `Update, 10:05 CET:`, `Point de 10 h 05 :`."""
    zone = brief.settings.timezone
    local = update.at.astimezone(zone)
    if short:
        return words(brief.lang)["update_short"].format(
            time=time_words(update.at, zone, brief.lang, with_zone=brief.lang != "fr"))
    return words(brief.lang)["update"].format(day=day_words(local.date(), brief.lang),
                                              time=time_words(update.at, zone, brief.lang))


def _unique(items: list[str | None]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def announcement_blocks(brief: Brief, *, leader: bool = False) -> list[str]:
    """The announcement's sentences in order of importance: the news, the first advice, the
    apology, the line against phishing, then the rest of the summary, the rest of the advice
    and the next-update promise."""
    summary = [s.text for s in brief.summary_sentences]
    lots = "\n".join(brief.lot_lines)
    # A short apology goes right after the news (most readers see only the first post); a
    # long one after what people must do.
    apology_first = brief.apology is not None and len(brief.apology) < 60
    first = _unique([brief.news, brief.apology if apology_first else None, brief.first_advice, lots or None,
                     brief.apology, brief.never_ask])
    rest = _unique([*summary, *brief.advice, brief.promise_line()])
    return [*first, *(sentence for sentence in rest if sentence not in first)]


def update_blocks(brief: Brief, update: Update) -> list[str]:
    """An update's sentences, its corrections first (a correction is the news of a copy that
    carries one), without the sentences whose value a correction withdrew, then the promise
    on the newest update."""
    corrections = brief.corrections_text(update)
    own = brief.kept_sentences(update)
    promise = ""
    if update is brief.statement.last_update and not brief.mentions_next_update(update.text):
        promise = brief.promise_line()
    elif update is brief.statement.last_update and brief.promise.late_by is not None:
        promise = brief.promise_line()  # the authors' promise has passed: say it is late
    return _unique([*corrections, *own, promise])


def draft_for(rule: ChannelRule, brief: Brief, update: Update | None) -> Draft:
    lang, url = brief.lang, _url(brief)
    w = words(lang)
    title = brief.statement.title
    link = w["link"].format(url=url)
    if update is None:
        blocks = announcement_blocks(brief)
        header = ""
    else:
        blocks = update_blocks(brief, update)
        header = update_header(brief, update, short=rule.id in ("x", "bluesky", "sms"))
    if rule.id in ("x", "bluesky"):
        head = header
        tail = "\n".join(filter(None, [url, _hashtags(rule, brief, " ".join(blocks), most=1)]))
        short = [header or brief.news]
    elif rule.id in ("mastodon", "threads"):
        head = "\n".join(filter(None, [title, header]))
        tail = "\n".join(filter(None, [url, _hashtags(rule, brief, " ".join(blocks), most=2)]))
        short = [title, header]
    elif rule.id == "linkedin":
        head = "\n".join(filter(None, [title, header]))
        if update is None:
            blocks = _linkedin_blocks(brief)
        tail = "\n".join(filter(None, [link, _hashtags(rule, brief, " ".join(blocks), most=2)]))
        short = [title, brief.news]
    elif rule.id == "facebook":
        head = header
        if update is None:
            blocks = _long_form_blocks(brief)
        else:
            blocks = update_blocks(brief, update)
        tail = w["questions"].format(url=url)
        short = [title, brief.news]
    elif rule.id == "instagram":
        head = header
        if update is None:
            blocks = _long_form_blocks(brief)
        tail = "\n".join(filter(None, [w["link_bio"], _hashtags(rule, brief, " ".join(blocks))]))
        short = [title, brief.news]
    else:
        head, tail, short = "\n".join(filter(None, [title, header])), link, [title]
    if rule.id == "instagram":
        blocks = [_unclickable(block) for block in blocks]
    blocks = [_typography(block, lang) for block in blocks]
    draft = Draft(_typography(head, lang), blocks, _typography(tail, lang), [_typography(s, lang) for s in short if s],
                  fallback=_typography(_end_sentence(title), lang))
    if rule.id == "instagram":
        # The card carries the title and where to read more: a status word on an image
        # would claim more than the text (a "fix" for a fire, "resolved" for a ruined site).
        draft.visual = _typography("\n".join([title, w["bio"]]), lang)
    return draft


def _unclickable(text: str) -> str:
    """Instagram does not link: a link's text stays, its address goes; a bare address is
    written without its scheme, to be read and typed."""
    text = re.sub(r"\s*\((?:https?|mailto|tel):[^)\s]*\)", "", text)
    return re.sub(r"https?://", "", text)


def _long_form_blocks(brief: Brief) -> list[str]:
    """For channels read in full (Facebook): the summary as the authors wrote it (it opens
    with the news), what people should do, the line against phishing, the promise."""
    w = words(brief.lang)
    blocks = plain_items(brief.statement.summary)
    if brief.lot_lines:
        blocks.append("\n".join(f"- {line}" for line in brief.lot_lines))
    if brief.advice_items:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in brief.advice_items))
    if brief.never_ask and brief.never_ask not in " ".join(blocks):
        blocks.append(brief.never_ask)
    if brief.promise_line():
        blocks.append(brief.promise_line())
    return blocks


def _linkedin_blocks(brief: Brief) -> list[str]:
    """For partners and staff: the summary, then the context (what happened, what is being
    done), what people should do, the leader's words, the promise."""
    w = words(brief.lang)
    statement = brief.statement

    def paragraph(key: str) -> str:
        return " ".join(s.text for s in roles.sentences(statement.text_of(key), brief.lang))

    blocks = [" ".join(s.text for s in brief.summary_sentences)]
    if brief.lot_lines:
        blocks.append("\n".join(f"- {line}" for line in brief.lot_lines))
    if brief.advice_items:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in brief.advice_items))
    doing = plain_items(statement.text_of("what_we_are_doing"))
    if doing:
        blocks.append(w["doing"] + "\n" + "\n".join(f"- {item}" for item in doing))
    if paragraph("what_happened"):
        blocks.append(paragraph("what_happened"))
    quote = paragraph("quote")
    person = statement.spokesperson
    if quote and person:
        blocks.append(f"{quote}\n{w['quote_by'].format(name=person.name, role=person.role)}")
    if brief.promise_line():
        blocks.append(brief.promise_line())
    return blocks


# -- SMS ------------------------------------------------------------------------------------

# French SMS: GSM-7 has é è ù à ì ò but not ê â î ô û ç ë ï œ. A message of two UCS-2
# segments holds 134 characters, of two GSM-7 segments 306: when the exact text does not fit
# two segments, these letters are written without their accent, as French SMS senders do.
_TO_GSM = str.maketrans({"ê": "e", "â": "a", "î": "i", "ô": "o", "û": "u", "ç": "c", "ë": "e", "ï": "i",
                         "Ê": "E", "Â": "A", "Î": "I", "Ô": "O", "Û": "U", "Ë": "E", "Ï": "I", "À": "A",
                         "È": "E", "Ù": "U", "œ": "oe", "Œ": "OE", "’": "'", "«": '"', "»": '"', "…": "...",
                         "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "“": '"', "”": '"', "°": "o"})


def _sms_forms(text: str) -> list[str]:
    return [text, text.translate(_TO_GSM)]


def _clauses(sentence: str) -> list[str]:
    """A sentence cut at its clauses, longest first, when the whole does not fit. A clause
    that short says too little ("Between 18 and 25 November.") is not offered."""
    # Only at ";", ":" or a dash: a comma may sit inside a list ("aux Pays-Bas, en Belgique").
    cuts = [i for i, char in enumerate(sentence) if char in ";:—" and i >= 40]
    return [sentence[:i].rstrip(" \u00a0\u202f") + "." for i in reversed(cuts)]


# Words that start a French sentence and take no capital after the sender's colon.
_FR_LOWER_START = frozenset("""nous notre nos le la les l un une des depuis ce cette ces il elle ils elles on
    si à au aux en dans tous toutes tout toute votre vos vous aucun aucune pour par après avant rectificatif
    mise""".split())


def after_colon(sentence: str, lang: str) -> str:
    """French takes no capital after a colon: `Coop : nous rappelons…` (names keep theirs)."""
    if lang != "fr" or not sentence:
        return sentence
    first = sentence.split(" ", 1)[0].rstrip(",").replace("’", "'").split("'")[0]
    return sentence[:1].lower() + sentence[1:] if first.lower() in _FR_LOWER_START else sentence


def fit_sms(rule: ChannelRule, brief: Brief, update: Update | None, fits: Callable[[str], bool]) -> str | None:
    """The one SMS: the sender, the most important sentences in order, as many as fit two
    segments, then the link. Never a bare link: at least one sentence of substance, cut at a
    clause if it must be. The sender is the organisation's short name (`short_name`)."""
    url = _url(brief)
    org = brief.settings.short_name or brief.settings.organisation
    if update is None:
        lead = f"{org} :" if brief.lang == "fr" else f"{org}:"
        candidates = _unique([brief.news, brief.first_advice, brief.never_ask, brief.apology])
    else:
        lead = words(brief.lang)["sms_update"].format(org=org, time=time_words(
            update.at, brief.settings.timezone, brief.lang, with_zone=brief.lang != "fr"))
        candidates = update_blocks(brief, update)
    candidates = [c for c in candidates if c]
    if candidates:
        candidates[0] = after_colon(candidates[0], brief.lang)

    def first_fitting(*sentences: str) -> str | None:
        return next((form for form in _sms_forms(" ".join([lead, *sentences, url])) if fits(form)), None)

    # The news (whole, else its first clauses, else the title), with what people must do in
    # a breach, a recall or a safety incident; then each next sentence while it fits.
    options = [candidates[0], *_clauses(candidates[0])] if candidates else []
    if update is None:
        options.append(after_colon(_end_sentence(brief.statement.title), brief.lang))
    must = None
    if update is None and brief.kind in ("breach", "recall", "safety"):
        must = brief.never_ask if brief.kind == "breach" and brief.never_ask else brief.first_advice
    chosen: list[str] = []
    for option in options:
        if first_fitting(option, *([must] if must else [])):
            chosen = [option, *([must] if must else [])]
            break
    if not chosen:
        chosen = next(([option] for option in options if first_fitting(option)), [])
    if not chosen and candidates:
        # Last resort: the news cut at a word, marked with an ellipsis (the link has it all).
        words_of = candidates[0].split(" ")
        for keep in range(len(words_of) - 1, 5, -1):
            cut = " ".join(words_of[:keep]).rstrip(",;:") + "…"
            if first_fitting(cut):
                chosen = [cut]
                break
    if not chosen:
        return None
    for sentence in candidates[1:]:
        if sentence in chosen:
            continue
        if first_fitting(*chosen, sentence) is None:
            break
        chosen.append(sentence)
    return first_fitting(*chosen)


def _end_sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else text + "."


# -- e-mail ---------------------------------------------------------------------------------

def _subject(brief: Brief, update: Update | None, limit: int) -> str:
    """The news in words: the title for the announcement, the update's first sentence (or its
    correction) for an update. Too long, it is cut at a word with an ellipsis: the body has
    it all."""
    subject = _typography(brief.statement.title, brief.lang)
    if update is not None:
        first = _typography(update_blocks(brief, update)[0], brief.lang)
        if update.corrections:
            first = _typography(f"{words(brief.lang)['correction']} {brief.statement.title}", brief.lang)
        if len(first) <= limit:
            return first
    if len(subject) <= limit:
        return subject
    cut = subject[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:\u00a0\u202f ")
    return cut + "…"


def signatory(brief: Brief) -> tuple[str, str]:
    """Who signs: the spokesperson (a person with a role, then the organisation on its own
    line), else the organisation."""
    person = brief.statement.spokesperson
    org = brief.settings.organisation
    if person is not None and person.name.strip():
        return person.name, f"{person.role}\n{org}"
    return org, ""


def email_copy_parts(brief: Brief, update: Update | None, limit: int) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of the e-mail of an announcement or an update."""
    from generator.templates import html_environment

    lang, w = brief.lang, words(brief.lang)
    subject = _subject(brief, update, limit)
    url = _url(brief)
    if update is None:
        news = plain_items(brief.statement.summary)
        advice = brief.advice_items
        header = ""
    else:
        withdrawn = brief.withdrawn(update)
        news = [*brief.correction_paragraphs(update),
                *(p for p in brief.update_paragraphs(update) if not any(v in p for v in withdrawn))]
        if withdrawn:  # the paragraphs that held a withdrawn value, told without it
            news.append(" ".join(s for s in brief.kept_sentences(update) if s not in " ".join(news)))
        if update is brief.statement.last_update and not brief.mentions_next_update(update.text):
            news.append(brief.promise_line())
        advice = []
        header = update_header(brief, update)
    name, role = signatory(brief)
    link = w["link"].format(url=url)
    blocks = [w["greeting"], header, *news]
    if advice:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in advice))
    if update is None and brief.promise_line():
        blocks.append(brief.promise_line())
    blocks += [link, "\n".join(filter(None, [name, role]))]
    text = _typography("\n\n".join(block for block in blocks if block), lang)
    html = (
        html_environment(brief.settings.root)
        .get_template("copies/email.html.j2")
        .render(
            lang=lang, subject=subject, greeting=w["greeting"], header=_typography(header, lang),
            paragraphs=[_typography(p, lang) for p in news if p],
            advice_heading=_typography(w["advice"], lang) if advice else "",
            advice=[_typography(item, lang) for item in advice],
            promise=_typography(brief.promise_line(), lang) if update is None else "",
            url=url, link_label=_typography(link.removesuffix(url).strip(), lang),
            name=name, role=role,
        )
    )
    return subject, text, html


def sms_units(text: str) -> int:
    return counting.sms_units(text)
