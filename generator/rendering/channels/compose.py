"""Channel copies of one statement (renderer stage): statement in, one `Copy` per channel and
per kind (the announcement, then each update, newest first) out, each counted the way its
platform counts. The facts come from `generator.rendering.brief` (one place for each), the words of
each channel from `generator.rendering.channels.voices`.

Composition by importance (docs/copies.md): the first post, the only SMS, the first lines
of an e-mail carry what happened, what people should do and the apology when there is one,
then the link; later posts carry the rest. A copy of an update carries that update's text and
its corrections, never facts written later. Nothing is cut silently: a thread is numbered, a
channel without threads gets its shorter form, and if even that cannot fit, `RenderError`
names the channel and by how much."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import regex

from generator.core import clock
from generator.rendering.brief import Brief
from generator.reading.kinds import bad_buzz
from generator.rendering.channels import counting, parity
from generator.rendering.channels.limits import CHANNEL_RULES, ChannelRule, rule_for, sms_capacity, sms_segments_allowed
from generator.rendering.channels.threads import LABEL_ONLY, CannotSplit, split_thread
from generator.rendering.channels.voices import (_SUBORDINATE_START, _TEASER, Draft, _after_teaser, _consequence, _without_what_it_did, clause_cuts,
                                                 codes_listed, draft_for, email_copy_parts, essential_forms, fit_sms,
                                                 leans_on_before)
from generator.rendering import roles
from generator.rendering.roles import split_sentences
from generator.core.errors import RenderError
from generator.core.model import Correction, Settings, Statement, Update
from generator.core.paths import display_path
from generator.rendering.moments import with_french_clock

EMAIL_SUBJECT_LIMIT = 78


@dataclass(frozen=True, slots=True)
class Copy:
    """One ready-to-paste copy. `parts` has one post, or the posts of a thread in order;
    `lengths` counts each part in `unit` against `limit`. For email, `parts` is the plain-text
    body and `lengths`/`limit` measure the subject (the one limit mail has). `visual` is the
    short text for an image card (Instagram)."""

    channel: str
    kind: str  # "announcement", "update" or "correction"
    update_at: datetime | None  # the update's (or the correction's) time; None for the announcement
    parts: tuple[str, ...]
    lengths: tuple[int, ...]
    limit: int
    unit: str  # "weighted", "graphemes", "characters", "gsm7" or "ucs2"
    lang: str
    subject: str | None = None
    html: str | None = None
    visual: str | None = None
    # Whether the first post could hold the news (the summary's first sentence) whole; when it
    # leads with the title instead, by choice (beside what must be seen at once) or not.
    news_fits: bool = True
    # A correction's corrected update (two corrections made at one moment differ by it).
    corrects_at: datetime | None = None


def select_channels(
    statement: Statement, settings: Settings, requested: list[str] | None = None
) -> list[str]:
    """Channels for this statement, in the table's order: enabled in the settings (all when
    the settings name none), restricted by the statement's `channels`, then by `requested`."""
    for channel in requested or ():
        rule_for(channel, settings)  # an unknown id is a usage error that lists the known ones
    enabled = set(settings.channels or CHANNEL_RULES)
    if statement.channels is not None:
        unknown = sorted(set(statement.channels) - set(CHANNEL_RULES))
        if unknown:
            raise RenderError(
                f"{display_path(statement.path)}: unknown channel(s) {', '.join(unknown)} "
                f"in `channels`; "
                f"channels are: {', '.join(CHANNEL_RULES)}"
            )
        enabled &= set(statement.channels)
    elif bad_buzz(statement) and "sms" not in (requested or ()):
        # A text to every subscriber about a post they may never have seen spreads it: after a
        # bad buzz, an SMS goes only when the statement's `channels` or the command asks for one.
        enabled.discard("sms")
    if requested:
        enabled &= set(requested)
    return [channel for channel in CHANNEL_RULES if channel in enabled]


@with_french_clock
def render_copies(
    statement: Statement, settings: Settings, channels: list[str] | None = None, now: datetime | None = None,
    siblings: Sequence[Statement] = (),
) -> list[Copy]:
    """Every copy of the statement: per channel, the announcement, then the updates and the
    corrections, newest first (a correction is a post of its own, dated when it was made).
    With its `siblings` (the same statement in its other languages), each short copy carries
    what theirs carry (`parity`)."""
    now = now or clock.now()
    brief = Brief(statement, settings, now)
    moments: list[tuple[Update, Correction | None]] = []
    for posted in statement.updates:
        moments += [(posted, correction) for correction in posted.corrections]
        moments.append((posted, None))
    moments.sort(key=lambda pair: pair[1].at if pair[1] is not None else pair[0].at, reverse=True)
    copies: list[Copy] = []
    for channel in select_channels(statement, settings, channels):
        rule = rule_for(channel, settings)
        for update, correction in [(None, None), *moments]:
            if channel == "email":
                copies.append(_email_copy(rule, brief, update, correction))
            elif siblings and correction is None and channel in parity.PARITY_CHANNELS:
                copies.append(_agreed_copy(rule, statement, settings, now, update, siblings))
            else:
                copies.append(_post_copy(rule, brief, update, correction))
    return copies


def _agreed_copy(rule: ChannelRule, statement: Statement, settings: Settings, now: datetime,
                 update: Update | None, siblings: Sequence[Statement]) -> Copy:
    """The copy as it is made beside its translations' (`parity`): the same sentences in each."""
    moments: dict[str, tuple[Statement, Update | None]] = {statement.lang: (statement, update)}
    for other in siblings:
        theirs = None if update is None else next((u for u in other.updates if u.at == update.at), None)
        if update is None or theirs is not None:  # (a translation behind by an update has no copy of it)
            moments.setdefault(other.lang, (other, theirs))

    def make(source: Statement, at: Update | None) -> Copy:
        return _post_copy(rule, Brief(source, settings, now), at)

    return parity.agree(moments, make, lambda copy: "\n".join(copy.parts))[statement.lang]


# -- fitting --------------------------------------------------------------------------------


def nfc(text: str) -> str:
    # NFC once, here: every count is then taken on exactly the text that is pasted.
    return unicodedata.normalize("NFC", text).strip()


def _fits(rule: ChannelRule) -> Callable[[str], bool]:
    # Measured on the text as it will be pasted: NFC can lengthen it ("क़" is one code point
    # written, two once normalised).
    if rule.unit == "sms":
        return lambda text: counting.sms_segments(nfc(text)) <= sms_segments_allowed(
            counting.sms_encoding(nfc(text)), rule.limit)
    if rule.byte_limit is not None:
        byte_limit = rule.byte_limit
        return lambda text: (
            counting.measure(rule, nfc(text)) <= rule.limit and counting.utf8_bytes(nfc(text)) <= byte_limit
        )
    return lambda text: counting.measure(rule, nfc(text)) <= rule.limit


def _what(rule: ChannelRule, statement: Statement, update: Update | None, correction: Correction | None = None) -> str:
    kind = "announcement" if update is None else f"update of {update.at.isoformat()}"
    if correction is not None:
        kind = f"correction of {correction.at.isoformat()}"
    return f"{display_path(statement.path)}: {rule.name} ({rule.id}) {kind}"


def _overflow(rule: ChannelRule, text: str) -> str:
    if rule.unit == "sms":
        encoding = counting.sms_encoding(text)
        segments = sms_segments_allowed(encoding, rule.limit)
        capacity = sms_capacity(encoding, segments)
        return (
            f"{counting.sms_units(text) - capacity} {encoding} unit(s) over the {capacity} "
            f"of {segments} segment(s)"
        )
    over = counting.measure(rule, text) - rule.limit
    if over <= 0 and rule.byte_limit is not None:
        over_bytes = counting.utf8_bytes(text) - rule.byte_limit
        return f"{over_bytes} UTF-8 byte(s) over the limit of {rule.byte_limit}"
    return f"{over} {rule.unit} over the limit of {rule.limit}"


# Posts a thread may take: past these, readers stop; the page has the rest.
THREAD_POSTS = {"x": 4, "bluesky": 4, "mastodon": 3, "threads": 3}


def _fit(rule: ChannelRule, draft: Draft, what: str) -> tuple[str, ...]:
    """The longest form that fits one post; for channels with threads, a numbered thread of
    at most `THREAD_POSTS` posts, the least important blocks left out first."""
    fits = _fits(rule)
    if not rule.threads:
        for candidate in draft.forms():
            if fits(candidate):
                return (candidate,)
        short = draft.short_form()
        if fits(short):
            return (short,)
        raise RenderError(
            f"{what}: even the short form is {_overflow(rule, short)}; shorten the title or the summary's first "
            "sentence, or leave the channel out with `channels:` in the front matter"
        )
    whole = next(draft.forms())
    if fits(whole):
        return (whole,)
    cap = THREAD_POSTS.get(rule.id, 4)
    shortest: tuple[str, ...] | None = None
    problem: CannotSplit | None = None
    # One post more rather than lose what must be seen (the apology, the first advice, the scam
    # warning: rank 1 and above).
    must = [block for i, block in enumerate(draft.blocks) if draft.rank(i) <= 1]
    longer: tuple[str, ...] | None = None
    for blocks in draft.selections():
        if fits(draft._join(draft.head, *blocks, draft.tail)):
            return (draft._join(draft.head, *blocks, draft.tail),)
        if longer is not None and any(block not in blocks for block in must):
            return longer
        try:
            leading = _not_repeated(_leading(draft, blocks, fits))
            parts = _sorry_first(draft, leading, split_thread(draft.head, "\n".join(leading), draft.tail, fits), fits)
        except CannotSplit as error:
            problem = error
            continue
        if len(parts) <= cap:
            return parts
        if cap < len(parts) <= cap + 1 + draft.spare_posts and longer is None:
            longer = parts
        if shortest is None or len(parts) < len(shortest):
            shortest = parts
    if shortest is not None:
        return shortest
    raise RenderError(f"{what}: cannot be split into posts: {problem}")


def _sorry_first(draft: Draft, leading: list[str], parts: tuple[str, ...], fits: Callable[[str], bool]) -> tuple[str, ...]:
    """A first post without the apology the statement makes (the leader's quoted words too long
    to go beside the news): "We apologise." goes there, after what the post holds already (else
    after the news); the quote stays whole in a later post. Most readers see only the first
    post, and one without an apology reads as indifference."""
    if not draft.sorry_alone or not leading or any(s.has("apology") for s in roles.sentences(parts[0], draft.lang)):
        return parts
    body = "\n".join(leading)
    ends = [m.end() for m in regex.finditer(r"[.!?…»”](?=\s)|\n", body)]
    held = [at for at in ends if all(line.strip() in parts[0] for line in body[:at].split("\n") if line.strip())]
    for at in dict.fromkeys([*held[-1:], *ends[:1]]):
        try:
            again = split_thread(draft.head, f"{body[:at].rstrip()}\n{draft.sorry_alone}\n{body[at:].lstrip()}",
                                 draft.tail, fits)
        except CannotSplit:
            continue
        if draft.sorry_alone in again[0] and len(again) <= len(parts) + 1:
            return again
    return parts


def _not_repeated(blocks: list[str]) -> list[str]:
    """The blocks without a sentence that the title leading them already ends on ("Recall: …
    hazelnut. Recalled lots: L26334A, …" then "Recalled lots: L26334A, …" again in post 3)."""
    if len(blocks) < 2:
        return blocks
    first = blocks[0]
    said = [s.strip() for line in first.split("\n") for s in split_sentences(line) if len(s.strip()) >= 20]
    kept = [first]
    for block in blocks[1:]:
        lines = [" ".join(s for s in split_sentences(line) if s.strip() not in said) for line in block.split("\n")]
        lines = [line for line in lines if line.strip()]
        if lines:
            kept.append("\n".join(lines))
    return kept


def _leading(draft: Draft, blocks: list[str], fits: Callable[[str], bool]) -> list[str]:
    """The blocks, with a first sentence that fits the first post: whole, else cut at a
    clause and continued ("…") in the next post, else after the title."""
    if not blocks:
        return blocks
    first_block, *rest = blocks
    sentences = split_sentences(first_block.split("\n")[0])
    first = sentences[0] if sentences else first_block
    if len(sentences) > 1 and _TEASER.match(first) and first.endswith(".") and not draft.title_leads:
        # "We now know how the advert was approved." alone says nothing in a first post: it opens
        # what it announces ("…approved: our in-house team made it…"), cut at a clause if need be.
        announced = sentences[1]
        opener = announced.split(" ", 1)[0]
        if opener.casefold() in _LOWER_WHEN_JOINED:
            announced = announced[:1].lower() + announced[1:]
        joined = f"{first[:-1]}{chr(160) if draft.lang == 'fr' else ''}: {announced}"
        at = first_block.index(first)
        first_block = first_block[:at] + joined + first_block[first_block.index(sentences[1]) + len(sentences[1]):]
        blocks = [first_block, *rest]
        sentences = [joined, *sentences[2:]]
        first = joined

    def fits_first(text: str) -> bool:
        return fits(f"{draft._join(draft.head, text, draft.tail)}\n99/99")  # with the counter's room

    if not fits_first(first) and not draft.title_leads:
        # An update's news a little too long: without what it can spare ("(10:00 Paris time)"),
        # rather than the statement's title, which may say what nobody knew yet ("blocked for
        # several hours" at the first update).
        # (Or without the words that only announce it: "We know how the criminals got in: they
        # used…" → "The criminals used…", rather than cut in mid-clause.)
        direct = _after_teaser(first)
        forms = [*essential_forms(first), *([direct, *essential_forms(direct)] if direct != first else [])]
        shorter = next((form for form in forms if fits_first(form)), None)
        if shorter:
            first_block = first_block.replace(first, shorter, 1)
            blocks = [first_block, *rest]
            first = shorter
        else:
            # « Les analyses ont montré des légionelles en deux autres points : la suspension des
            # douches est étendue… »: what changes for people leads, the finding opens the next post.
            consequence = next((form for form in _consequence(first, draft.lang) if fits_first(form)), None)
            if consequence:
                finding = first[:len(first) - len(consequence)].rstrip(" :\u00a0\u202f") + "."
                remainder = first_block[len(first):].lstrip()
                rest = [" ".join(filter(None, [finding, remainder])), *rest]
                blocks = [consequence, *rest]
                first_block, first = consequence, consequence
    if not fits_first(first) and draft.title_leads:
        # An announcement's news without what the incident did on the way ("…after the IT outage
        # that left our teams without…" → "…after the IT outage."): the news, rather than a title
        # that may say what is no longer true ("reduced activity").
        shorter = next((form for form in _without_what_it_did(first) if fits_first(form)), None)
        if shorter:
            first_block = first_block.replace(first, shorter, 1)
            blocks = [first_block, *rest]
            first = shorter
    if fits_first(first):
        # What must be seen with the news (most readers see only the first post): for a recall
        # or a safety notice what to do, for a breach the scam warning, and a short apology;
        # each goes beside the news when it fits, before the rest of the first block.
        beside = [b for b in draft.beside if b in rest]
        if not beside:
            following = sentences[1] if len(sentences) > 1 else ""
            if draft.sorry_split and draft.sorry_split[0] == first_block and following \
                    and following in first_block and not fits_first(f"{first} {following}"):
                # "…campaigns." then "It was offensive…, and we are sorry." too long beside it:
                # "We are sorry." goes with the news, "It was offensive…" opens the next post.
                _, words, reason = draft.sorry_split
                ends_sorry = following.rstrip(" .").casefold().endswith(words.rstrip(" .").casefold())
                if ends_sorry and fits_first(f"{first}\n{words}"):
                    return [first, words, reason[len(first):].lstrip(), *rest]
            return blocks
        remainder = first_block[len(first):].lstrip()
        urgent = beside[:draft.urgent]
        if draft.sorry_split and draft.sorry_split[0] == first_block and not fits_first(
                "\n".join([first_block, *beside[:1]])):
            # The news's own block apologises ("…62,300 customers. That was our mistake, and we're
            # sorry: for some of you…"): its apology's words stay beside the news with what must
            # be seen, what it cost people opens the next post.
            _, words, reason = draft.sorry_split
            kept = list(beside)
            while kept and not fits_first("\n".join([first, words, *kept])):
                kept.pop()
            if kept and fits_first("\n".join([first, words, *kept])):
                return [first, words, *kept, reason[len(first):].lstrip(), *(b for b in rest if b not in kept)]
        # (The block whole in a shorter form before its first sentence alone: "…lift the notice in
        # Vernay and Corgeat. The water there is safe again." never leaves "there" to open post 2.)
        shorter_blocks = [first_block.replace(first, form, 1) for form in essential_forms(first)] if remainder else []
        if remainder and not fits_first(first_block) and leans_on_before(split_sentences(remainder)[0], draft.lang):
            # A block too long for the first post whose second sentence leans on its first: the
            # block whole in a shorter form, when one fits, rather than cut before "there".
            whole = next((block for block in shorter_blocks if fits_first(block)), None)
            if whole is not None:
                blocks = [whole, *rest]
                first_block, first = whole, whole.split(remainder, 1)[0].rstrip()
                remainder = first_block[len(first):].lstrip()
                shorter_blocks = []
        for lead in (first_block, *shorter_blocks, first):
            kept = list(beside)
            while kept and not fits_first("\n".join([lead, *kept])):
                kept.pop()
            if not kept and fits_first("\n".join([lead, *urgent])):
                # What must be seen at once fits, but not what follows it in order: each of the
                # rest that still fits, in its order (the apology after a long advice).
                kept = list(urgent)
                for item in beside[len(urgent):]:
                    if fits_first("\n".join([lead, *kept, item])):
                        kept.append(item)
            if kept:
                others = [b for b in rest if b not in kept]
                tail = [remainder] if lead is first and remainder else []
                return [lead, *kept, *tail, *others]
        # (Not in an update whose instruction is a reminder of what was said before, "Keep boiling
        # your water": the update's own news leads, never the statement's title, which may name
        # only the towns of the first day.)
        if urgent and not (draft.sorry_split and urgent[0] == draft.sorry_split[0]) and not draft.over \
                and draft.title_leads:
            # What protects people ("If your adapter shows one of the batch codes 24B23…, unplug it
            # now") too long beside the news: the title says the news, the instruction and the
            # apology whole follow it, rather than "We're sorry." cut from its reason.
            titled = _title_first(draft, blocks, beside, fits_first, news_fits=True)
            if titled and first_block in titled and any(
                    b.startswith(urgent[0][:40]) for b in titled[:titled.index(first_block)]):
                return titled
        if draft.sorry_split and draft.sorry_split[0] in beside:
            # "We are sorry." beside the news, its reason in the next post: better than an apology
            # in post 3 (most readers see only the first).
            whole, words, reason = draft.sorry_split
            for lead in (first_block, first):
                if fits_first(f"{lead}\n{words}"):
                    tail = [remainder] if lead is first and remainder else []
                    return [lead, words, *tail, *(reason if b == whole else b for b in rest)]
        # What changes for people in the news ("…: the suspension of showers is extended to…")
        # beside what must be seen at once, the finding it follows in the next post: the news of
        # the update, rather than the title, which says what everyone knew already.
        for consequence in _consequence(first, draft.lang) if not draft.title_leads else []:
            if fits_first("\n".join([consequence, *urgent])):
                kept = list(urgent)
                finding = first[:len(first) - len(consequence)].rstrip(" :\u00a0\u202f") + "."
                others = [b for b in rest if b not in kept]
                return [consequence, *kept, " ".join(filter(None, [finding, remainder])), *others]
        # The news is too long to share the first post with what must be seen at once (the fire
        # is out, nobody was hurt; do not use the product): the title says the news there.
        # (An update's own news leads it: the statement's title may name only the first day's towns.)
        if not draft.title_leads:
            return blocks
        return _title_first(draft, blocks, beside, fits_first, news_fits=True) or blocks
    titled = _title_first(draft, blocks, [b for b in draft.beside if b in rest], fits_first) \
        if draft.title_leads else None  # (an update's news, cut if it must be, rather than the title)
    if titled:
        return titled
    if draft.title_leads and draft.fallback and fits_first(draft.fallback):
        # An announcement's title ("… risk of Listeria — do not eat") says more in the first post than the
        # news cut in mid-sentence; the news follows whole. Where the title already heads the
        # post (Mastodon, Threads), it is not said twice. What must be seen at once (a short
        # apology, the first advice) goes beside it when it fits.
        title = _title_lead(draft)
        # (In order, each that fits with those before it: an outcome too long beside the title
        # leaves the first post to the short apology after it, not the apology with it.)
        kept = _each_that_fits([b for b in draft.beside if b in rest], title, fits_first)
        urgent = [b for b in draft.beside[:draft.urgent] if b in rest]
        if urgent and urgent[0] not in kept:
            # "Do not eat this cheese: take it back…" too long beside the title: its instruction
            # there ("Do not eat this cheese."), the whole in its place later, rather than an
            # apology alone in the first post and what protects people in the third.
            head = regex.split(r"[\s\u00a0\u202f]?[:;]\s", urgent[0], maxsplit=1)[0].rstrip(" .")
            # (Never a label: « Passagers de la traversée de 8 h 00. » says whom, not what to do;
            # never a condition without what follows it: "Now that the notice is lifted.")
            short = f"{head}." if head != urgent[0].rstrip(" .") and len(head) >= 10 \
                and not LABEL_ONLY.fullmatch(head.strip(" \u00a0\u202f")) \
                and not _SUBORDINATE_START.match(head) else ""
            if short and fits_first("\n".join([*title, short])):
                return _sorry_beside(draft, [*title, short], [], blocks, fits_first)
        return _sorry_beside(draft, title, kept, blocks, fits_first)
    remainder = first_block[len(first):].lstrip()
    # (Then the sentence without the words that only announce it, cut the same way: « Les criminels
    # ont utilisé l'identifiant… pour se connecter à notre système… », never the title instead.)
    direct = _after_teaser(first)
    for cut, continued in [*clause_cuts(first), *(clause_cuts(direct) if direct != first else [])]:
        if _TEASER.match(cut.rstrip(" :\u00a0") + "."):
            continue  # « Nous savons comment les criminels sont entrés… » alone says nothing
        if fits_first(cut + "…"):
            return [cut + "…", "…" + " ".join(filter(None, [continued, remainder])), *rest]
    if not draft.fallback:
        return blocks
    # The title leads; what must be seen with the news follows it when it fits.
    kept = _each_that_fits([b for b in draft.beside if b in rest], [draft.fallback], fits_first)
    return [draft.fallback, *kept, *(b for b in blocks if b not in kept)]


def _each_that_fits(blocks: list[str], lead: list[str], fits_first: Callable[[str], bool]) -> list[str]:
    """The blocks, in order, that fit the first post after `lead` and those kept before them."""
    kept: list[str] = []
    for block in blocks:
        if fits_first("\n".join([*lead, *kept, block])):
            kept.append(block)
    return kept


# The words that open a sentence and take no capital once it follows a colon.
_LOWER_WHEN_JOINED = frozenset("""our the we a an it its they their this these those two three four five some all one
    since from every each after before on in at today yesterday tomorrow there no none both
    nos notre nous le la les un une des il elle ils elles ce cette ces deux trois quatre cinq depuis dès chaque
    tous toutes aujourd'hui hier demain à au aux en dans sur aucun aucune""".split())


def _news_fits(draft: Draft, fits: Callable[[str], bool]) -> bool:
    """Whether the first post has room for the news whole (its first block's first sentence)."""
    if not draft.blocks:
        return True
    sentences = split_sentences(draft.blocks[0].split("\n")[0])
    first = sentences[0] if sentences else draft.blocks[0]
    return fits(f"{draft._join(draft.head, first, draft.tail)}\n99/99")


def _title_lead(draft: Draft) -> list[str]:
    """What leads the first post in the title's place: the fallback, less the title where the
    head already says it (Mastodon, Threads: "Recall of…" heads the post, "Recalled lots: …"
    follows, never the title twice)."""
    if _titled(draft):
        return []
    said = split_sentences(draft.fallback)
    if len(said) > 1 and said[0].strip().rstrip(".") in draft.head:
        return [draft.fallback[draft.fallback.index(said[0]) + len(said[0]):].strip()]
    return [draft.fallback]


def _titled(draft: Draft) -> bool:
    """Whether the post's head already says the title (Mastodon, Threads)."""
    return bool(draft.fallback) and draft.fallback.rstrip(".") in draft.head


def _title_first(draft: Draft, blocks: list[str], beside: list[str],
                 fits_first: Callable[[str], bool], news_fits: bool = False) -> list[str] | None:
    """When the news is too long to share the first post with what must be seen at once (the
    fire is out and nobody was hurt; do not use the product), the title says the news there
    (said once: where the head already holds it, only what must be seen follows it)."""
    # (What must be seen at once among those still to place: the news block itself may be one,
    # and the apology after it is then not "the outcome" that may lead alone.)
    urgent = [b for b in draft.beside[:draft.urgent] if b in beside]
    title = _title_lead(draft)
    if draft.over and urgent and not fits_first("\n".join([*title, urgent[0]])):
        if news_fits:
            return None  # the news itself fits the first post: it leads, what must be seen follows
        title = []  # the title may say what is no longer true: the outcome leads alone
    if draft.fallback and urgent and not fits_first("\n".join([*title, urgent[0]])):
        # What protects people in its essential form ("…25C09, unplug it now and order a free
        # replacement." without ", even if it seems fine"), said once: it stands for the whole.
        shorter = next((form for form in essential_forms(urgent[0]) if fits_first("\n".join([*title, form]))), None)
        if shorter is not None:
            beside, blocks = ([shorter if b == urgent[0] else b for b in items] for items in (beside, blocks))
            urgent = [shorter, *urgent[1:]]
    if not (draft.fallback and urgent and fits_first("\n".join([*title, urgent[0]]))):
        return None
    # Under the title, "Do not eat them" names nothing: the same advice said standalone.
    shown = {b: draft.standalone.get(b, b) for b in beside}
    kept = list(beside)
    while not fits_first("\n".join([*title, *(shown[b] for b in kept)])):
        kept.pop()
    if any(shown[b] != b for b in kept):
        rest = [b for b in blocks if b not in kept]
        return [*title, *(shown[b] for b in kept), *rest]
    return _sorry_beside(draft, title, kept, blocks, fits_first)


def _sorry_beside(draft: Draft, title: list[str], kept: list[str], blocks: list[str],
                  fits_first: Callable[[str], bool]) -> list[str]:
    """The title and what fits beside it, then the rest; an apology too long to fit whole puts
    its own words there and its reason (the consumer line) in a later post: a first post
    without "we apologise" reads as indifference."""
    if draft.sorry_split and draft.sorry_split[0] in draft.beside and draft.sorry_split[0] not in kept:
        whole, words, reason = draft.sorry_split
        if fits_first("\n".join([*title, *kept, words])):
            return [*title, *kept, words, *(reason if b == whole else b for b in blocks if b not in kept)]
    return [*title, *kept, *(b for b in blocks if b not in kept)]


def _check_platform_rules(rule: ChannelRule, parts: tuple[str, ...], what: str) -> None:
    for number, part in enumerate(parts, 1):
        if rule.id == "x" and counting.x_invalid_characters(part):
            shown = ", ".join(f"U+{ord(char):04X}" for char in counting.x_invalid_characters(part))
            raise RenderError(f"{what}: part {number} contains {shown}, which X refuses; remove it")
        if rule.max_links is not None:
            links = set(regex.findall(r"https?://\S+", part))
            if len(links) > rule.max_links:
                raise RenderError(
                    f"{what}: part {number} has {len(links)} distinct links; "
                    f"{rule.name} allows {rule.max_links}"
                )


def _kind(update: Update | None, correction: Correction | None) -> tuple[str, datetime | None]:
    if update is None:
        return "announcement", None
    if correction is not None:
        return "correction", correction.at
    return "update", update.at


def _post_copy(rule: ChannelRule, brief: Brief, update: Update | None, correction: Correction | None = None) -> Copy:
    what = _what(rule, brief.statement, update, correction)
    if rule.id == "sms":
        text = fit_sms(rule, brief, update, _fits(rule), correction)
        if text is None:
            raise RenderError(f"{what}: cannot fit even one sentence and the link in {rule.limit} segment(s); "
                              "shorten the summary's first sentence, or leave the channel out with `channels:`")
        parts: tuple[str, ...] = (nfc(text),)
        visual, news_fits = None, True
    else:
        draft = draft_for(rule, brief, update, correction)
        parts = _said_once(tuple(nfc(part) for part in _fit(rule, draft, what)))
        visual = draft.visual
        def lists_lots(text: str) -> bool:
            return bool(brief.lot_codes) and all(code in text for code in brief.lot_codes)

        if lists_lots("\n".join(parts)):
            # "…one of the batch codes on our website" in a post that lists them: the codes listed.
            parts = tuple(codes_listed(part, brief.lang) for part in parts)
        if visual and lists_lots(visual):
            visual = codes_listed(visual, brief.lang)
        news_fits = not rule.threads or update is not None or _news_fits(draft, _fits(rule))
    _check_platform_rules(rule, parts, what)
    unit = counting.unit_of(rule, parts[0])
    limit = sms_capacity(unit, sms_segments_allowed(unit, rule.limit)) if rule.unit == "sms" else rule.limit
    kind, at = _kind(update, correction)
    return Copy(
        channel=rule.id,
        kind=kind,
        update_at=at,
        parts=parts,
        lengths=tuple(counting.measure(rule, part) for part in parts),
        limit=limit,
        unit=unit,
        lang=brief.lang,
        visual=visual,
        news_fits=news_fits,
       corrects_at=update.at if correction is not None and update is not None else None,
    )


def _said_once(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A thread that said "Do not eat this cheese." in its first post says the rest of that advice
    without it later ("Take it back to the shop…", never "Do not eat this cheese: take it back…")."""
    said: list[str] = []
    kept: list[str] = []
    for part in parts:
        # (Never a line said twice in a row, "Nous vous présentons nos excuses." beside the title
        # and again as the apology's own words: twice reads as a machine's.)
        lines = [line for index, line in enumerate(part.split("\n"))
                 if not (index and line.strip() and line.strip() == part.split("\n")[index - 1].strip())]
        for index, line in enumerate(lines):
            for earlier in said:
                lead = re.match(re.escape(earlier[:-1]) + r"[\u00a0\u202f ]?:\s+(?=\S)", line)
                if lead:
                    rest = line[lead.end():]
                    lines[index] = rest[:1].upper() + rest[1:]
                    break
        kept.append("\n".join(lines))
        said += [line for line in lines if len(line) >= 12 and line.endswith(".")]
    return tuple(kept)


def _email_copy(rule: ChannelRule, brief: Brief, update: Update | None, correction: Correction | None = None) -> Copy:
    subject, text, html = email_copy_parts(brief, update, min(rule.limit, EMAIL_SUBJECT_LIMIT), correction)
    kind, at = _kind(update, correction)
    return Copy(
        channel=rule.id,
        kind=kind,
        update_at=at,
        parts=(nfc(text),),
        lengths=(len(subject),),
        limit=min(rule.limit, EMAIL_SUBJECT_LIMIT),
        unit="characters",
        lang=brief.lang,
        subject=subject,
        html=html,
       corrects_at=update.at if correction is not None and update is not None else None,
    )
