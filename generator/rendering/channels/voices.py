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

import functools
import re
from itertools import pairwise

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from generator.core.catalogues import english_table, translatable, translated
from generator.rendering import corrections
from generator.rendering import roles
from generator.rendering.brief import (ALL_CLEAR_IN_TITLE, NEEDS_ROUTE, NO_LOSS, QUOTE_MARKS, UPDATE_LATE, Brief, off_page,
                                      without_page_promise)
from generator.rendering.channels import counting
from generator.rendering.channels.limits import CHANNEL_RULES, ChannelRule
from generator.rendering.channels.threads import LABEL_ONLY
from generator.rendering.deadlines import days_named
from generator.rendering.documents.formatting import french_typography
from generator.core.markup import logical_lines, plain_items, table_lines, tables, to_plain
from generator.core.model import Correction, TeamMember, Update
from generator.reading.kinds import STILL_TRUE, controversy_words, still_claimed
from generator.rendering.moments import day_words, paris_time, time_words, twelve_hour

# The channels' own words, by key (message context `channel.<key>` in the catalogues): the
# English is here, other languages are in the gettext catalogues (docs/translating.md).
CHANNEL_WORDS: dict[str, str] = english_table(
    # Translators: the head of an update's post; {day} `20 November`, {time} `10:05 CET`.
    translatable("channel.update", "Update, {day} at {time}:"),
    # Translators: the head of an update's post made the same day: the time alone.
    translatable("channel.update_short", "Update, {time}:"),
    # Translators: the header of the first message of a crisis (nothing came before it: no "update").
    translatable("channel.first", "First statement, {day} at {time}:"),
    translatable("channel.first_short", "First statement, {time}:"),
    translatable("channel.link", "Full statement: {url}"),
    translatable("channel.link_bio", "Full statement: link in bio."),
    translatable("channel.bio", "Link in bio"),
    translatable("channel.questions", "Questions? Ask them in the comments, or read the full statement: {url}"),
    translatable("channel.questions_private", "The full statement and its updates: {url}\nPlease do not "
                                              "post personal or health details in the comments."),
    # Translators: after a data breach that concerns no health data (a ticketing or bank account).
    translatable("channel.questions_private_data", "The full statement and its updates: {url}\nPlease do not "
                                                   "post personal details in the comments."),
    translatable("channel.advice", "What you should do:"),
    translatable("channel.doing", "What we are doing:"),
    translatable("channel.greeting", "Hello,"),
    translatable("channel.greeting_named", "Hello {name},"),
    # Translators: an update's SMS opens with the sender: {org} is the organisation.
    translatable("channel.sms_update", "{org}, update {time}:"),
    # Translators: the first text of a crisis: nothing came before it, so no "update".
    translatable("channel.sms_first", "{org}, {time}:"),
    # Translators: an update's e-mail subject; {phrase} is the status in a few words.
    translatable("channel.subject_update", "{title}: {phrase}"),
    translatable("channel.quote_by", "— {name}, {role}"),
    translatable("channel.update_intro", "An update on {title}."),
    translatable("channel.correction", "Correction:"),
    # Translators: an SMS about a correction opens with the sender: {org} is the organisation.
    translatable("channel.sms_correction", "{org}, correction:"),
    # Translators: after a breach an SMS names the site instead of a link, to type by hand (a
    # phone still shows the address as a link: the words say not to follow one); {host} is its address.
    translatable("channel.details", "Details: type {host} yourself"),
    # Translators: a bank's or an insurer's SMS ends so, with no address a phone would make a link.
    translatable("channel.details_site", "More on our website."),
    # Translators: a text too short for the signs to watch for keeps what to do about them, "If you
    # are worried, see a doctor or call the Poison Centre on 070 245 245": {action} is that clause.
    translatable("channel.if_worried", "If you are worried, {action}"),
    # Translators: a correction on an image: the right value, then the wrong one it replaces.
    translatable("channel.not", "{right}, not {wrong}"),
)


# How an e-mail's subject names the message after the title (a per-language format, not
# words alone: French and German write the day as figures, English with the month's name).
SUBJECT_FORMS: dict[str, dict[str, str]] = {
    "en": {"correction": ": correction", "update": ": update, {day} at {time}",
           "compact": ": update {d} {b}, {time}", "shortest": ": update {time}", "final": ": final update",
           "first": ": first statement, {day} at {time}", "first_compact": ": first statement {d} {b}, {time}",
           "first_shortest": ": first statement {time}"},
    "fr": {"correction": " : rectificatif", "update": " : point du {day} à {time}",
           "compact": " : point du {d}/{m} à {time}", "shortest": " : point de {time}", "final": " : dernier point",
           "first": " : premier point, le {day} à {time}", "first_compact": " : premier point, le {d}/{m} à {time}",
           "first_shortest": " : premier point à {time}"},
    "de": {"correction": ": Korrektur", "update": ": Stand vom {day}, {time}",
           "compact": ": Stand vom {d}.{m}., {time}", "shortest": ": Stand {time}", "final": ": letzte Meldung",
           "first": ": erste Meldung vom {day}, {time}", "first_compact": ": erste Meldung vom {d}.{m}., {time}",
           "first_shortest": ": erste Meldung {time}"},
}
# A quote in running text: its marks, and whether a job title after the name is lower case.
_LOWER_CASE_ROLES = frozenset({"fr"})


def words(lang: str) -> dict[str, str]:
    return {key.removeprefix("channel."): translated(CHANNEL_WORDS, key, lang) for key in CHANNEL_WORDS}


@dataclass
class Draft:
    """The blocks of a copy in reading order: `head` and `tail` always appear (in part 1 of a
    thread); `ranks` says how much each block matters (0 most), and when space is short the
    least important go first while the rest keep their order."""

    head: str
    blocks: list[str]
    tail: str
    short: list[str] = field(default_factory=list)
    visual: str | None = None
    separator: str = "\n\n"
    fallback: str = ""  # what leads the first post when its first block cannot fit whole
    beside: list[str] = field(default_factory=list)  # kept in the first post beside the news, in order
    urgent: int = 0  # how many of `beside` come first: rather after the title than in a later post
    title_leads: bool = False  # an announcement: its title, rather than its news cut in mid-sentence
    # Posts a thread may take past the usual one more, rather than lose what must be seen: a
    # critical breach, recall or accident has more of it (what was taken, the scam warning, the
    # line to call, who is safe).
    spare_posts: int = 0
    # Closed, the worst over: the title ("Tap water to be boiled in …") may say what is no longer
    # true, so the outcome leads alone rather than yield the first post to the title.
    over: bool = False
    ranks: list[int] = field(default_factory=list)  # empty: by position
    # A long apology that opens on its own words ("Nous vous présentons nos excuses : protéger ces
    # informations était notre responsabilité…"): (its block, those words, the block without them).
    # When the whole will not fit beside the news, its own words do, and the reason follows.
    sorry_split: tuple[str, str, str] | None = None
    # A block that leans on the news by a pronoun ("Do not eat them"), said standalone for a
    # first post where the title stands for the news (the summary's "Do not eat this cheese").
    standalone: dict[str, str] = field(default_factory=dict)
    # "We apologise." for a first post that cannot hold the statement's own apology (the leader's
    # quoted words, or one too long): empty where the statement apologises nowhere.
    sorry_alone: str = ""
    lang: str = "en"

    def _join(self, *pieces: str) -> str:
        return self.separator.join(piece for piece in pieces if piece)

    def rank(self, index: int) -> int:
        return self.ranks[index] if index < len(self.ranks) else index

    def selections(self) -> Iterator[list[str]]:
        """The blocks, then fewer and fewer of them, one at a time: the least important leave
        first, the last written first among equals (a thread too long by one post loses one
        block, not every block of its rank)."""
        if not self.blocks:
            yield []
            return
        # (The promise of the next update leaves last among equals: it says when to come back.)
        def promise(i: int) -> bool:
            said = roles.sentences(self.blocks[i], self.lang)
            return len(said) == 1 and said[0].has("next-update")

        leaving = sorted(range(len(self.blocks)), key=lambda i: (self.rank(i), not promise(i), i), reverse=True)
        for gone in range(len(self.blocks)):
            left = set(leaving[gone:])
            if gone and self.rank(leaving[gone - 1]) == 0:
                return  # the news never leaves
            yield [block for i, block in enumerate(self.blocks) if i in left]

    def forms(self) -> Iterator[str]:
        """The whole copy, then with fewer and fewer of the least important blocks."""
        for blocks in self.selections():
            yield self._join(self.head, *blocks, self.tail)

    def body_text(self) -> str:
        return "\n".join(self.blocks)

    def short_form(self) -> str:
        return "\n".join(line for line in [*self.short, self.tail] if line)


# A sentence that leans on the one before it ("It…", "For 1,137 of them…", "Nothing."): it
# travels with it, in the same block, so no post starts with a pronoun whose noun is elsewhere.
# A case's caveat ("No link with our cheese has been established", « Le lien avec notre fromage
# n'est pas établi »): it leans on the case told before it, and a text about the case carries it.
_NO_LINK = {
    "en": r"no (?:link|connection)\b[^.]{0,40}\b(?:has|have|is|was) (?:yet )?been (?:established|confirmed|found|made)\b",
    "fr": r"(?:le lien|aucun lien)\b[^.]{0,40}\b(?:n['’]est pas|n['’]a pas été|n['’]a été|n['’]est) "
          r"(?:encore )?(?:établi|confirmé|démontré|prouvé)",
}

_LEANS = {
    # ("If you receive one, do not click" is about the texts of the sentence before.)
    "en": re.compile(r"^if you (?:receive|get|see|find|spot|have|are sent) (?:one|any|them|it|such)\b|"
                     # ("All nine have now gone home": nine of whom the sentence before counted)
                     r"^(?:all|both of the|all of the) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                     r"(?:have|has|are|were|went|had)\b|"
                     # ("Please do it too if you have not": what the sentence before says others did)
                     r"^(?:please )?do (?:it|so|this|the same)(?: too| as well)?\b|"
                     # ("She is out of service until 2 August": a ship, or a person, named just before)
                     r"^(?:it|its|this|that|these|those|they|them|their|there|such|both|none|neither|nothing|she|he|her|his|"
                     r"also|but|and|so(?! far\b)|however|instead|otherwise|then|still|yet|even so|for (?:\S+ )?of (?:them|these|"
                     r"those)|of (?:them|these|those)|each of|most of (?:them|these)|some of (?:them|these)|"
                     r"all of (?:them|these)|if (?:so|not)|if (?:someone|anyone|somebody|they|it) (?:does|do|did|is|are|has|have)|"
                     # "If it doesn't suit you, change it for free": the new sailing is the sentence before
                     r"if (?:it|they|she|he) (?:doesn['’]t|does not|don['’]t|do not|isn['’]t|is not|aren['’]t|are not|"
                     r"can['’]t|cannot|won['’]t|will not|suits?|works?)|"
                     r"(?:we|you|they)(?: \w+){0,3} (?:it|them|her|him)(?= |[.,;:])|"
                     # "We blocked their access at 16:52": whose access is in the sentence before
                     r"(?:we|you)(?: \w+){0,2} (?:their|its) (?=\w)|"
                     # "To contain it, we cut our network off": the purpose names the news by a pronoun
                     r"to \w+ (?:it|them|this|that)(?= |[.,;:]))\b|"
                     # "Do not click the link and forward this text to 7726": the scam text is the
                     # sentence before; alone, in our own SMS, "this text" would be ours
                     r"^[^.]*\bth(?:is|ese|at|ose) (?:texts?|sms|messages?|e-?mails?|links?|calls?)\b|"
                     # "…wait for that decision before you set out": the decision is the sentence before
                     r"^[^.]*\b(?:that|this) decision\b|"
                     # "Do not answer a message that does.": does what, the promise before says
                     r"^[^.]*\b(?:a|any|an) (?:message|e-?mail|text|call|caller|person|one) (?:that|which|who) "
                     r"(?:does|do)[.!]?$|"
                     # "If you cannot wait, you can get an advance": wait for what, the sentence before says
                     r"^if you (?:cannot|can['’]t|can not) wait\b|"
                     # "About 1,750 packs may therefore still be in cupboards": the reason is the sentence before
                     r"^[^.;:]{0,60}\b(?:therefore|consequently|as a result)\b|"
                     # "We draw no conclusion from these figures", "Until then, do not drink it":
                     # the figures and the time are in the sentence before
                     r"^[^.]*\bth(?:ese|ose) (?:figures|numbers|results|findings|files|lists|documents|folders)\b|"
                     # "We will reimburse those fees", "64 customers have done so": which fees, done
                     # what, the sentence before says
                     r"^[^.]*\bth(?:ese|ose) (?:fees|charges|accounts|bills|payments|amounts|costs|refunds|"
                     r"credits)\b|^[^.]*\b(?:have|has|had) (?:already )?done so\b|"
                     # "We will never ask you for any of these": the list is the sentence before
                     # ("If yours is one of them": the ones are in the sentence before)
                     r"^[^.]*\b(?:any|all|none|each|either|neither|one) of (?:these|those|them)\b|^(?:until then|in the meantime|"
                     r"meanwhile)\b|^(?:the (?:short )?answer is|yes,|no,)|"
                     # "The North Gate will stay closed to the public until then": until what, the sentence
                     # before says (kit 59)
                     r"^[^.]*\buntil then\b|"
                     # "On the other coaches you may travel free": the others are in the sentence before
                     r"^(?:on|in|for|at|with|to) the others?\b|^the (?:[\d,]+ )?others?\b|"
                     # "Five were treated on site": a count whose people are in the sentence before
                     r"^(?:(?:about|around|some|nearly|almost|over) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"\d[\d,]*) (?:of (?:them|these) )?(?:were|was|are|is|have|has|had)\b|"
                     # "No one else was hurt": else than the people of the sentence before (kit 59)
                     r"^(?:no one|nobody|no-one|none) (?:else|other)\b|"
                     # "You don't need to claim": what there is to claim is in the sentence before
                     r"^you (?:don['’]t|do not|won['’]t|will not) (?:need|have) to (?:claim|apply|ask for (?:it|one|them)|"
                     r"fill in|register)\b|"
                     # "The water there is safe to drink again": where, the sentence before says
                     r"^(?:the|its|our|your) (?:\w+ ){1,2}there (?:is|are|was|were|has|have|will|can|stays?|remains?)\b|"
                     # "No link with our cheese has been established": the caveat of the case just told
                     rf"^{_NO_LINK['en']}|"
                     # "In that case, delete it from the queue", "Do not send it again": which case,
                     # what "it" is, the sentence before says
                     r"^in (?:that|this|which) case\b|^(?:please )?(?:do not|don['’]t|never) (?:send|resend|re-send|submit|resubmit|"
                     r"file|refile|forward|share|post|pay) (?:it|them)\b|"
                     # "…received 41 calls from people with symptoms" after "No illness has been
                     # confirmed": the count never travels without the finding before it
                     r"^[^.]*\b(?:calls?|reports?|messages?) from (?:people|customers|parents) (?:with|reporting) "
                     r"(?:\w+ )?symptoms\b|"
                     # "Do not click and do not pay anything": on what, the fake texts the sentence before quotes
                     r"^(?:please\s+)?(?:do not|don't) (?:click|reply|pay)\b(?!\s+(?:on\s+|to\s+)?(?:any|a|the|links?|"
                     r"messages?|texts?|e-?mails?|such)\b)|"
                     # "With saliva and biting, it eventually gives way": "it", the bead of the sentence before
                     r"^[^.,]{0,40},\s+(?:it|they)\s|"
                     # "We have suspended our orders from this supplier": which one, the sentence before says
                     r"^[^.]*\bth(?:is|at) (?:supplier|contractor|partner|subcontractor|manufacturer|provider|firm)\b|"
                     # "We apologise to everyone who was waiting for it": the train the sentence before cancelled
                     r"^[^.]*\bwho (?:was|were|had been) (?:waiting for|expecting|counting on|booked on) (?:it|them)\b|"
                     # "We will publish a summary of it here": of the report the sentence before promised
                     r"^[^.]*\b(?:a|the|its|our) (?:summary|copy|results?|details?|conclusions?|findings?|outcome) "
                     r"of (?:it|them)\b|"
                     # "If it still fails, call from a landline": what fails again is what the sentence
                     # before told people to try
                     r"^if\b[^.,;:]{0,30}\b(?:still|again|persists?)\b|"
                     # "If you are booked on those days, …": which days, the sentence before says
                     r"^[^.]*\b(?:on|for) (?:those|these|that|this) (?:\w+ )?(?:days?|dates?|nights?|weekends?)\b|"
                     # "Next update after those talks": which talks, the sentence before says
                     r"^[^.]*\b(?:after|before|at|during) (?:those|these|that|this) (?:talks|meetings?|negotiations|tests|"
                     r"inspections?|hearings?)\b|"
                     # "Our thoughts are with him and his parents": who, the sentence before says
                     r"^our thoughts (?:are|go) (?:out )?(?:with|to) (?:him|her|them)\b|"
                     # "Do be wary, though, of…": the contrast is with the sentence before
                     r"^(?:\w+\W+){1,3}(?:though|however)\b|"
                     # "We are installing a mobile boiler there first": where, the sentence before says
                     r"^(?!there\b)[^.;:]*\bthere(?: first| too| now| as well| as a priority)?\.?$|"
                     # "The City will not pay.": the ransom it refuses is the sentence before
                     r"^(?:the [\w-]+(?: [\w-]+)?|we|it|they) (?:will not|won['’]t|did not|has not|have not) pay\b[^.]{0,20}\.?$|"
                     # "Until it does, keep boiling your water": who lifts the order, the sentence before says
                     r"^until (?:it|they|she|he|this|that|these|those) (?:does|do|did|is|are|has|have)\b",
                     re.IGNORECASE),
    # (« Si vous en recevez un » is about the messages of the sentence before.)
    # (« Si quelqu'un le fait, raccrochez » : ce qu'il ferait est dans la phrase d'avant.)
    # (« Si vous avez réservé pour ces dates » leans on the dates before; « À ce jour » is "so far".)
    "fr": re.compile(r"^[^.]*\b(?:(?:pour|sur) (?:ces|cette|ce) (?:dates?|jours?|journées?|soirs?|week-end)|à ces dates)\b|"
                     # (« Toutes les neuf sont rentrées chez elles » : les neuf que la phrase d'avant compte)
                     r"^(?:toutes les|tous les|les) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) "
                     r"(?:sont|ont|étaient|avaient)\b|"
                     # « Tant qu'il ne l'a pas fait, continuez de faire bouillir l'eau » : qui lève l'avis, la phrase d'avant le dit
                     r"^(?:tant qu|jusqu['’]à ce qu)['’](?:il|elle|ils|elles)\b|"
                     # « Ne répondez pas à un message qui le fait. »
                     r"^[^.]*\b(?:un|une|tout|toute) (?:message|courriel|e-?mail|sms|texto|appel|personne) qui (?:le|vous le) "
                     r"(?:fait|demande)[.!]?$|"
                     # « attendez cette décision avant de prendre la route » : laquelle, la phrase d'avant le dit
                     r"^[^.]*\bcette décision\b|"
                     r"^si vous ne pouvez pas attendre\b|"
                     # « Nos pensées vont à lui et à ses parents »: à qui, la phrase d'avant le dit
                     r"^nos pensées (?:vont|sont) (?:à|avec|vers) (?:lui|elle|eux|elles)\b|"
                     r"^(?:[\w'’-]+\W+){1,3}(?:toutefois|cependant|pourtant|néanmoins)\b|"
                     # « C'est automatique si vous l'avez acheté en ligne » : quoi, la phrase d'avant le dit
                     r"^c['’]est (?:automatique|gratuit|inclus|valable|offert|possible)\b|"
                     # « La Ville ne paiera pas. » : la rançon, la phrase d'avant la dit
                     r"^(?:la [\w-]+(?: [\w-]+)?|le [\w-]+(?: [\w-]+)?|l['’][\w-]+|nous|elle|il) (?:ne paiera|ne paierons|n['’]a pas payé|"
                     r"n['’]avons pas payé) (?:pas|rien)\b[^.]{0,20}\.?$|"
                     r"^[^.]*\b(?:après|avant|pendant|à l['’]issue de) (?:ces|cette|ce) (?:négociations|discussions|réunions?|"
                     r"rencontres?|analyses|inspections?|audiences?)\b|"
                     r"^si vous (?:en|les|le|la|l['’]|y)\b|^si (?:quelqu['’]un (?:le |l['’])(?:fait|faisait|a fait)|c['’]est le cas|"
                     r"oui|non|tel est le cas)\b|^(?:il(?!\s+(?:y\s+a|n['’]y\s+a|y\s+aura|n['’]y\s+aura|faut|fallait|reste|restait)\b)|elle|ils|elles|ce|cela|ça|ceci|celui|celle|ceux|celles|ces|cette|cet|leur|leurs|"
                     r"son|sa|ses|y|en outre|rien|aucun|aucune|mais|et|donc|puis|sinon|pourtant|toutefois|c['’]est|c['’]était|"
                     r"parmi (?:eux|elles|ces)|pour (?:[\d\s]+|\S+ )d['’]entre (?:eux|elles)|la plupart d['’]entre|"
                     r"certains d['’]entre|tous(?!\s+(?:les|nos|vos)\s+(?:départs|vols|trains|bus|cars|trajets|services|magasins|"
                     r"paiements|virements|lots|produits|colis)\b)|toutes(?!\s+(?:les|nos|vos)\s+(?:livraisons|commandes|"
                     r"traversées|liaisons|lignes|agences|boutiques|opérations|consultations|correspondances)\b)|"
                     # (« Tous les départs avant 16 h sont annulés » names what it speaks of: never bound to
                     # the sentence before; « Tous les passagers sont à terre » tells the same event on.)
                     r"si (?:c['’]est le cas|oui|non)|"
                     # « Si elle ne vous convient pas, changez-la gratuitement »: la traversée d'avant
                     # (never « s'il le faut », « s'il vous plaît »: an impersonal « il »)
                     r"si (?:elle|elles|cela|ça)\b|s['’]ils\b|"
                     # « Si l'appel échoue encore, appelez depuis une ligne fixe »: ce qu'on vient de
                     # dire d'essayer
                     r"si\b[^.,;:]{0,30}\b(?:encore|toujours|de nouveau|à nouveau|persiste)\b|"
                     r"(?:nous|vous|on|ils|elles) (?:ne |n['’])?(?:la|le|les|lui|leur|y|en)(?= ))\b|"
                     r"^(?:nous|vous|on|ils|elles) (?:ne |n['’])?l['’]|"
                     # « Nous nous en excusons auprès des voyageurs qui l'attendaient »: de quoi, la phrase d'avant
                     r"^(?:nous|vous) (?:nous|vous) (?:en|y)\b|"
                     # « …les 9 autres produits de ce fournisseur »: lequel, la phrase d'avant le dit
                     r"^[^.]*\b(?:ce|cet|cette) (?:fournisseur|prestataire|sous-traitant|partenaire|fabricant)\b|"
                     # « Avec la salive et les morsures, elle finit par lâcher »: elle, la perle d'avant
                     r"^[^.,]{0,40},\s+(?:il|elle|ils|elles|cela)\s|"
                     # « Ne cliquez pas et ne payez rien » : sur quoi, les faux SMS de la phrase d'avant
                     r"^ne (?:cliquez|répondez|payez) (?:pas|rien)\b(?![\s\u00a0]+(?:sur|à|aux?|le|les|un|une|aucun)\b)|"
                     # « Nous avons suspendu nos commandes auprès de lui »: le fournisseur d'avant (never
                     # « rentrer chez elle », her own home)
                     r"^[^.]*\bauprès d(?:e |['’])(?:lui|elle|eux|elles)\b|"
                     # « La porte Nord restera fermée au public jusque-là »: jusqu'à quoi, la phrase d'avant le dit
                     r"^[^.]*\bjusque-là\b|^[^.]*\bd['’]ici là\b|"
                     # « L'un d'eux, à Moncton, a causé une brûlure », « Personne d'autre n'a été blessé »,
                     # « Environ 14 200 ont été vendus »: de qui, de quoi, la phrase d'avant le dit (kit 59)
                     r"^l['’](?:un|une) d['’](?:eux|elles|entre eux|entre elles)\b|^personne d['’]autre\b|^aucune? autre\b|"
                     r"^(?:(?:environ|près de|quelque|plus de) )?\d[\d\s\u00a0\u202f]*\s(?:ont|sont|a|est|avaient|étaient|"
                     r"restent|reste|seront)\b|"
                     # « Les 22 autres, indemnes… »: les autres que ceux de la phrase d'avant
                     r"^(?:les|aux|des|pour les|parmi les) (?:[\d\u00a0\u202f ]+ )?autres\b|"
                     # « Nous prions les voyageurs qui l'attendaient de nous en excuser »: le train d'avant
                     r"^[^.]*\bqui (?:l['’]|les )(?:attendai(?:en)?t|espérai(?:en)?t|avai(?:en)?t réservée?s?)\b|"
                     # « Nous avons bloqué leur accès »: de qui, la phrase d'avant le dit
                     r"^(?:nous|vous) (?:\w+ ){1,2}(?:leur|leurs)\s(?=\w)|"
                     # « Faites-la bouillir », « Rapportez-le »: the imperative's pronoun names the sentence before
                     r"^\w+-(?:la|le|les|lui|leur|en|y)\b|"
                     r"^pour (?:la|le|les|l['’]) ?\w+|"
                     # « Environ 1 750 paquets peuvent donc encore se trouver… » : pourquoi, la phrase d'avant le dit
                     r"^[^.;:]{0,60}\b(?:donc|par conséquent|en conséquence)\b|"
                     r"^[^.]*\b(?:ce|cet|cette|ces) (?:sms|messages?|e-?mails?|courriels?|liens?|appels?)\b|"
                     r"^[^.]*\bces (?:chiffres|résultats|données chiffrées|fichiers|listes|documents|dossiers|frais|comptes|"
                     r"factures|paiements|montants|remboursements)\b|^[^.]*\bl['’]ont (?:déjà )?fait\b|"
                     # (« Si la vôtre en fait partie »: de quoi, la phrase d'avant le dit)
                     r"^[^.]*\b(?:aucune? de (?:ces|ceux|celles)|aucune? d['’]entre (?:eux|elles)|rien de (?:cela|tout cela)|"
                     r"l['’]une? d['’]entre (?:eux|elles)|en (?:fait|font|faisait|faisaient) partie)\b|"
                     r"^(?:d['’]ici là|en attendant|"
                     r"entre-temps)\b|^(?:la réponse est|oui,|non,)|"
                     r"^(?:dans|sur|pour|à|avec|chez) (?:les|l['’]) ?autres?\b|^les autres\b|"
                     # « Les deux pièces seront remplacées » : lesquelles, la phrase d'avant le dit ("Both parts")
                     r"^les deux (?!tiers\b)\w+|"
                     r"^(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) (?:d['’]entre (?:eux|elles) )?"
                     r"(?:ont|a|sont|est|avaient|étaient)\b|"
                     # « Vous n'avez rien à demander » : ce qu'on n'a pas à demander, la phrase d'avant le dit
                     r"^(?:vous n['’]avez (?:rien|pas) à (?:demander|réclamer|faire de demande)|aucune démarche n['’]est "
                     r"(?:nécessaire|à faire)|inutile de (?:le |la |les )?(?:demander|réclamer))\b|"
                     # « L'eau y est de nouveau potable » : où, la phrase d'avant le dit (never « il y a »)
                     r"^[^.]*(?<!\bil )(?<!\bn['’])\by (?:est|sont|était|étaient|reste|restent|redevient|redeviennent|"
                     r"sera|seront|demeure|demeurent)\b|"
                     # « Le lien avec notre fromage n'est pas établi » : la réserve du cas qui précède
                     rf"^{_NO_LINK['fr']}|"
                     # « Dans ce cas, supprimez… », « Ne la renvoyez pas » : quel cas, quoi, la phrase d'avant le dit
                     r"^dans (?:ce|un tel) cas\b|^ne (?:la|le|les|l['’]) ?(?:renvoy|envoy|redépos|dépos|transmett|retransmett|partag|"
                     r"transfér|pay)\w* (?:pas|plus|jamais)\b|"
                     r"^[^.]*\b(?:appels?|signalements?|messages?) de (?:personnes|clients|clientes|parents) "
                     r"(?:présentant|signalant|ayant) (?:des |de )?(?:\w+ )?symptômes\b", re.IGNORECASE),
}


# Health data in a breach: patients, prescriptions, medical records.
_HEALTH_DATA = re.compile(r"\b(?:health|medical|patients?|prescriptions?|santé|médica\w*|ordonnances?|clinics?|"
                          r"cliniques?|hospitals?|hôpita(?:l|ux)|gesundheit\w*|patient\w*|Klinik\w*)", re.IGNORECASE)


# What changes for people, which a text must carry ("Today's non-urgent appointments are
# postponed", « Nos urgences restent ouvertes », "ambulances go to other hospitals"), and the work
# behind the scenes that can wait for the page ("Our engineers are on site", « nous avons informé
# le CCB », « L'encodage … se poursuit »).
_CHANGES_FOR_PEOPLE = {
    "en": re.compile(r"\b(?:appointments?|consultations?|operations|surger(?:y|ies)|emergency department|A&E|"
                     r"ambulances?|flights?|trains?|buses|sailings?|postponed|cancell?ed|resumed|go ahead|as usual|"
                     r"re-?opens?|re-?opened|(?:will )?open to the public|(?:will )?open(?:s|ed)? (?:today|tomorrow|again|at \d)|"
                     r"(?:stays?|remains?) open|closed|"
                     r"suspended|suspension|extended|banned|lifted|you|your)\b", re.IGNORECASE),
    # (« La consigne est levée pour Vuillerens » is the news for people: what follows it, « Faites
    # couler l'eau froide », is for Vuillerens only, and never leads.)
    "fr": re.compile(r"\b(?:consultations?|rendez-vous|interventions?|urgences|ambulances?|vols?|trains?|bus|"
                     r"traversées?|reportée?s?|annulée?s?|maintenue?s?|reprise?s?|repris|rouvr\w*|ouvrira|levée?s?|"
                     r"(?:restent|reste) ouverte?s?|fermée?s?|suspendue?s?|suspension|étendue?s?|interdite?s?|"
                     r"vous|votre|vos)\b", re.IGNORECASE),
}
_BACKSTAGE = {
    # (So is the repair that went as planned: « Le choc thermique a été réalisé comme prévu »,
    # "Restoring the data … finished overnight at 03:20".)
    "en": re.compile(r"\b(?:our (?:teams?|engineers|technicians|IT staff)|engineers (?:are|from)|we (?:have )?(?:informed|"
                     r"notified)|(?:is|are) progressing|continues|working on site|as planned|as scheduled|"
                     r"^(?:restoring|restoration of|copying) (?:the )?data|"
                     # how the fault worked, which the page tells: "We know the cause of the outage: …"
                     r"^we (?:now )?know (?:the cause|what caused)|^the cause (?:of|was|is)|"
                     # what we gave the investigators ("We have given the investigators its tachograph data")
                     r"(?:given|handed|sent) (?:\w+ )?(?:to )?the (?:investigators|police|inquiry))\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:nos (?:équipes|ingénieurs|techniciens)|travaillent sur place|progresse|se poursui(?:t|vent)|"
                     r"(?:nous )?avons (?:informé|avisé)|comme prévu|^la (?:restauration|copie) des données|"
                     r"^nous connaissons (?:maintenant )?la cause|^la cause (?:de|est)|"
                     # « Nous avons remis aux enquêteurs les données de son chronotachygraphe »
                     r"(?:remis|transmis|donné|fourni) (?:\w+ )?aux (?:enquêteurs|gendarmes|policiers|autorités))\b", re.IGNORECASE),
}
# Among what changes for people, what is still to come or to do leads: « Les consultations de cet
# après-midi sont maintenues, sauf appel de notre part » before how many were postponed.
_AHEAD = re.compile(r"\b(?:will go ahead|go ahead as (?:planned|usual)|(?:are|is) going ahead|unless we call|will (?:re)?open|"
                    r"(?:sont|est|restent|reste) (?:maintenue?s?|assurée?s?)|sauf appel|(?:r?ouvrira|r?ouvriront))\b", re.IGNORECASE)
# "however" after the sentence it answered has gone: « ont toutefois montré » → « ont montré ».
_BUT_WORD = re.compile(r",?\s+(?:toutefois|cependant|pourtant|however|though)\b,?(?=\s)", re.IGNORECASE)


def people_first(sentences: list[str], lang: str) -> list[str]:
    """An update's sentences with what changes for people first when the update opens on work
    behind the scenes: « Nos équipes informatiques … travaillent sur place. » gives its place to
    « les ambulances sont orientées vers les autres hôpitaux », which a text cannot leave out.
    The others keep their order (a sentence that leans on the one before is never moved)."""
    people, backstage = _CHANGES_FOR_PEOPLE.get(lang, _CHANGES_FOR_PEOPLE["en"]), _BACKSTAGE.get(lang, _BACKSTAGE["en"])
    if not sentences or people.search(sentences[0]) or not backstage.search(sentences[0]):
        return sentences
    if _TEASER.match(sentences[0]) or _CAUSE_NEWS.match(sentences[0]):
        return sentences  # "We know the cause of the stop." opens on news: what it announces follows it
    leans = _LEANS.get(lang, _LEANS["en"])
    # ("This afternoon's appointments…" names a time, not something said before.)
    # ("Paramedics examined them, and two were taken to hospital" needs the employees named before it.)
    movable = [s for s in sentences[1:] if people.search(s) and not backstage.search(s) and not _POINTS_BACK_EARLY.search(s)
               and (not leans.match(s.strip()) or re.match(r"(?:this|that) (?:morning|afternoon|evening|week)\b", s.strip(), re.IGNORECASE))
               and not re.search(r"\b(?:thank|merci)", s, re.IGNORECASE)]
    moved = next((s for s in movable if _AHEAD.search(s)), movable[0] if movable else None)
    if moved is None:
        return sentences
    return [_BUT_WORD.sub("", moved, count=1), *(s for s in sentences if s is not moved)]


# A sentence that frees a place named in it ("The notice is lifted for Vuillerens", « La consigne
# est levée pour Vuillerens », "Water is back in Sarnes").
_LIFTED = {"en": re.compile(r"\b(?:is|was|has been|have been|are|were) (?:now )?(?:lifted|restored|back)\b[^.]{0,30}"
                            r"\b(?:for|in|at)\s+(?-i:[A-Z])", re.IGNORECASE),
           "fr": re.compile(r"\b(?:est|a été|sont|ont été) (?:désormais )?(?:levée?s?|rétablie?s?)\b[^.]{0,30}"
                            r"\b(?:pour|à|dans)\s+(?-i:[A-ZÀÂÉÈ])", re.IGNORECASE)}


# A sentence that opens on an order ("Run your cold taps…", « Faites couler l'eau… »).
_IMPERATIVE_OPENING = {
    "en": re.compile(r"^\W*(?:please\s+)?(?!(?:the|a|an|our|your|its|it|we|they|this|that|these|those|there|he|she|all|no|"
                     r"in|on|at|for|from|since|until|after|before|if|when|as|every|each)\b)[a-z]+(?: (?:away|out|off|up|"
                     r"down))? (?:your|the|all|any|it|them|cold|hot|tap|each|every)\b", re.IGNORECASE),
    "fr": re.compile(r"^\W*(?:merci de \w+|\w+ez)\b", re.IGNORECASE)}


# An object pronoun early in a sentence that has no other noun before it: "Paramedics examined
# them, and two were taken to hospital", « Les ambulanciers les ont examinés » need the sentence
# that names who.
_POINTS_BACK_EARLY = re.compile(r"^\W*(?:\w+ ){1,2}(?:examined|treated|checked|helped|evacuated|contacted|called|freed|"
                                r"rescued|took|taken|drove|met|visited)\s+(?:them|him|her)\b|"
                                r"^\W*(?:\w+ ){1,2}(?:les|l['’]|leur) ?(?:ont|a) (?:examinée?s?|soignée?s?|évacuée?s?|"
                                r"contactée?s?|appelée?s?|conduite?s?|secourue?s?|aidée?s?|libérée?s?|rencontrée?s?)\b|"
                                # "The firefighters are cooling it with water", « Les sapeurs-pompiers le
                                # refroidissent à l'eau »: "it" is the container the sentence before names
                                r"^\W*(?:[\w-]+ ){1,3}(?:is|are|was|were) \w+ing (?:it|them)\b|"
                                r"^\W*(?:Les?|La|L['’]|Nos|Notre|Ces?|Cette) ?[\w’'-]+(?: [\w’'-]+)? (?:le|la|les) "
                                r"(?!plus\b|moins\b|même\b)\w+(?:ent|ont)\b",
                                re.IGNORECASE)


# One of our people named in a sentence ("one of our kitchen staff", « un collaborateur de notre cuisine »).
_OUR_STAFF = re.compile(r"\b(?:one of our|an? (?:\w+ )?(?:employee|member of staff|staff member|worker|technician|driver|"
                        r"nurse|agent)|une? (?:collaborat\w+|employée?|salariée?|agente?|technicien\w*|conduct\w+|"
                        r"infirmi\w+) (?:de (?:notre|nos)|d['’]une? de nos)|l['’]une? de nos)\b", re.IGNORECASE)


def bind(sentences: list[str], lang: str, alone: frozenset[str] = frozenset()) -> list[str]:
    """Sentences grouped so that one which leans on the previous one stays with it (those in
    `alone`, an apology, stand by themselves)."""
    pattern = _LEANS.get(lang, _LEANS["en"])
    groups: list[str] = []
    for sentence in sentences:
        leans = sentence not in alone and (pattern.match(sentence.strip()) is not None or len(sentence.strip()) < 20
                                           or _POINTS_BACK_EARLY.search(sentence) is not None)
        # "Here is what happened:" + it; "Were you on board?" + what to do then
        leans = leans or bool(groups and groups[-1].rstrip().endswith((":", "?")))
        # "It had been prepared by one of our kitchen staff who was ill." + "It was our job to make
        # sure…, and we are responsible": a member of staff named as the cause goes with what we own.
        leans = leans or bool(groups and _OUR_STAFF.search(groups[-1]) and sentence not in alone
                              and any(s.has("ownership") for s in roles.sentences(sentence, lang)))
        # "The notice is lifted for Vuillerens. Run your cold taps for two minutes before drinking.":
        # an instruction that names no place is for the place just freed, never for everyone.
        leans = leans or bool(groups and sentence not in alone and _LIFTED.get(lang, _LIFTED["en"]).search(groups[-1])
                              and not _NAMES_INSIDE.search(sentence)
                              and (_IMPERATIVE_OPENING.get(lang, _IMPERATIVE_OPENING["en"]).match(sentence) is not None
                                   or any(s.has("advice") for s in roles.sentences(sentence, lang))))
        # ("We are sorry." then "The details of 1,318 customers were viewed this way": "this way"
        # is the fault told before the apology, which stands alone and takes nothing with it.)
        leans = leans and not (len(groups) >= 2 and groups[-1] in alone and not groups[-1].rstrip().endswith((":", "?")))
        if groups and leans and "\n" not in groups[-1]:
            # (A list item has no full stop of its own: "London–Amsterdam: 2 of 8. 8,240 customers…",
            # never "2 of 8 8,240".)
            before = groups[-1].rstrip()
            groups[-1] = f"{before}{'.' if before[-1:].isalnum() else ''} {sentence}"
        else:
            groups.append(sentence)
    return groups


def _as_one(pieces: list[str], whole: str | None) -> list[str]:
    """`pieces` with a run of two or more of them that makes up `whole` as one item."""
    for start in range(len(pieces)):
        for end in range(start + 2, len(pieces) + 1):
            if " ".join(pieces[start:end]) == whole:
                return [*pieces[:start], whole, *pieces[end:]]
    return pieces


def _joined_apology(sentences: list[str], apology: str | None) -> list[str]:
    """The sentences with an apology of several ("We think first of the injured. We also know
    what this means for island residents. We apologise to them.") as one item: its sentences
    lean on each other and are never cut apart."""
    return _as_one(sentences, apology)


# A list item that opens on the situation it is for ("Do you live on Enez-Ruz?").
_SITUATION_ITEM = re.compile(r"^[^.!?\n]{3,90}[\s\u00a0\u202f]?\?\s")


def _by_situation(advice: list[str], items: list[str]) -> list[str]:
    """The advice with the sentences of one situation's list item in one block ("Do you live on
    Enez-Ruz? Seats go first to residents… Book on +33 2 98 04 61 00."): "Book on…" alone, in a
    later post, would read as meant for everyone."""
    for item in items:
        if _SITUATION_ITEM.match(item):
            advice = _as_one(advice, item)
    return advice


def _typography(text: str, lang: str) -> str:
    text = off_page(text, lang)
    return french_typography(text) if lang == "fr" else text


def _hashtags(rule: ChannelRule, brief: Brief, text: str, most: int | None = None) -> str:
    """Hashtags the channel takes (at most `most`), fewer when the text already has some; none
    on an apology for something we published (a brand's hashtag there reads as promotion)."""
    budget = min(rule.max_hashtags, most if most is not None else rule.max_hashtags) - text.count("#")
    if budget <= 0 or controversy_words(f"{brief.statement.title} {brief.statement.summary}"):
        return ""
    tags = list(dict.fromkeys(brief.statement.hashtags or brief.settings.hashtags))
    # (A tag in the copy's own language first: #RappelMascaret on a French post, #MascaretRecall on an
    # English one, when the statement gives both.)
    tags.sort(key=lambda tag: -_tag_language_fit(tag, brief.lang))
    return " ".join(f"#{tag}" for tag in tags[:budget])


# Words a hashtag is made of, by language: enough to tell #RappelMascaret from #MascaretRecall.
_TAG_WORDS = {
    "fr": frozenset("rappel rappels panne pannes eau grève greve alerte fraude incendie coupure coupures retard retards "
                    "sécurité securite santé sante perturbation perturbations trafic avis crue inondation fermeture "
                    "travaux accident".split()),
    "en": frozenset("recall recalls outage outages water strike alert fraud fire cut cuts delay delays safety health "
                    "disruption traffic notice flood closure works accident update updates".split()),
    "de": frozenset("rückruf störung wasser streik warnung betrug brand verspätung sicherheit gesundheit".split()),
}


def _tag_language_fit(tag: str, lang: str) -> int:
    parts = {w.lower() for w in re.findall(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-z])", tag)}
    own = len(parts & _TAG_WORDS.get(lang, frozenset()))
    other = sum(len(parts & words_) for other_lang, words_ in _TAG_WORDS.items() if other_lang != lang)
    return own - other


def _url(brief: Brief) -> str:
    return brief.settings.statement_url(brief.statement.slug, brief.lang)


def update_header(brief: Brief, update: Update, short: bool = False) -> str:
    """`Update, 20 November at 10:05 CET:`; short (posts made at the update's time, where
    the day is the post's): `Update, 10:05 CET:`, `Point de 10 h 05 :`."""
    zone = brief.settings.timezone
    local = update.at.astimezone(zone)
    # The first message of a crisis is no "update": nothing came before it.
    first = update is brief.statement.first_update and len(brief.statement.updates) > 1
    if short:
        # (French readers take Paris time for granted: any other clock is named, as in the SMS.)
        return words(brief.lang)["first_short" if first else "update_short"].format(
            time=time_words(update.at, zone, brief.lang, with_zone=brief.lang != "fr" or not paris_time(update.at, zone)))
    return words(brief.lang)["first" if first else "update"].format(day=day_words(local.date(), brief.lang, zone=zone),
                                                                    time=time_words(update.at, zone, brief.lang))


def _unique(items: Sequence[str | None]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


# Thoughts for "them", the people the news said were hurt: a post that may stand apart from the news names them.
_THEM_HURT: dict[str, tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = {
    "fr": (re.compile(r"^(Nous pensons (?:d['’]abord |avant tout |en premier lieu )?)à (?:elles|eux)\b|"
                      # « Nous leur présentons, ainsi qu'à leurs familles, nos excuses »
                      r"^(Nous )leur (présentons|adressons)\b"),
           lambda m: (m.group(1) + "aux personnes blessées" if m.group(1) else
                      f"{m.group(2)}{m.group(3)} aux personnes blessées")),
    "en": (re.compile(r"^(Our (?:first )?thoughts are (?:first )?)with them\b|^(We think (?:first )?)of them\b|"
                      # "We are deeply sorry to them and to their families"
                      r"^(We are (?:\w+ )?sorry|We apologi[sz]e) to them\b"),
           lambda m: (m.group(1) + "with" if m.group(1) else m.group(2) + "of" if m.group(2) else m.group(3) + " to")
           + " the people who were hurt"),
}


def hurt_named(text: str, brief: Brief) -> str:
    """« Nous pensons d'abord à elles » in a post of its own: to whom, said (« aux personnes blessées »)."""
    # (Who was hurt told in the news itself counts: "…reversed and 11 riders were injured".)
    told_hurt = brief.hurt or (brief.kind == "safety" and any(s.has("harm") for s in brief.summary_sentences[:1]))
    if not told_hurt or brief.lang not in _THEM_HURT:
        return text
    pattern, instead = _THEM_HURT[brief.lang]
    return pattern.sub(instead, text, count=1)


# The people a summary's sentence speaks of, as its subject: "People with a hazelnut allergy must
# not eat them", « Les personnes allergiques à la noisette ne doivent pas… ».
_PEOPLE_SUBJECT = {
    "en": re.compile(r"^((?:people|customers|passengers|patients|residents|children|parents|families|travellers|"
                     r"travelers|users|anyone)\b[^,.;:]{0,60}?)\s+(?:must|should|can|may|are|were|have|need|who)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"^((?:les|des) (?:personnes|clients|passagers|patients|habitants|enfants|parents|familles|"
                     r"voyageurs|usagers|consommateurs)\b[^,.;:]{0,60}?)\s+(?:ne |n['’])?(?:doivent|peuvent|sont|"
                     r"étaient|ont|qui)\b", re.IGNORECASE),
}


def them_named(apology: str, brief: Brief) -> str:
    """An apology that names its people by a pronoun ("our label was meant to protect them"),
    said apart from the sentence before it that names them ("People with a hazelnut allergy…"):
    the people named ("…to protect people with a hazelnut allergy")."""
    said = [s.text for s in brief.summary_sentences]
    if apology not in said or said.index(apology) == 0 or brief.lang not in _PEOPLE_SUBJECT:
        return apology
    found = _PEOPLE_SUBJECT[brief.lang].match(said[said.index(apology) - 1])
    if not found:
        return apology
    people = found.group(1)[:1].lower() + found.group(1)[1:]
    if brief.lang == "fr":
        # « devait les protéger » → « devait protéger les personnes allergiques… »
        return re.sub(r"\bles (\w+(?:er|ir|re))\b", lambda m: f"{m.group(1)} {people}", apology, count=1)
    return re.sub(r"\b(protect|warn|inform|tell|help|keep) them\b", lambda m: f"{m.group(1)} {people}", apology, count=1)


# What a count comes to: "six pupils are therefore in hospital", « six élèves sont donc hospitalisés ».
_SO_NOW = re.compile(r"\b(?:therefore|in all|in total|now|donc|au total|désormais)\b", re.IGNORECASE)

# A forecast of what runs: "1 train in 2", « 2 trains sur 3 », "no trains", « aucun train ».
_VEHICLES = (r"(?:trains?|bus(?:es)?|cars?|coaches|sailings?|flights?|vols?|traversées?|trams?|métros?|shuttles?|navettes?"
             r"|boats?|bateaux|ferr(?:y|ies|ys)|rotations?|départs?|departures?)")
_FORECAST = re.compile(rf"\b\d+ {_VEHICLES} (?:sur|in|out of) \d+\b|\b(?:aucune?|no) {_VEHICLES}\b", re.IGNORECASE)


def announcement_blocks(brief: Brief, *, compact: bool = False) -> tuple[list[str], list[int]]:
    """The announcement in reading order, each block with its rank: the summary as the authors
    wrote it (it opens with the news), the recalled lots, what people should do, the line
    against phishing, the promise. Ranks: the news 0; the apology, the first advice and the
    lots 1; the line against phishing and the promise 2; the rest 3."""
    written = [s.text for s in brief.summary_sentences]
    summary = bind(_joined_apology(written, brief.apology_text) if brief.apology_stands_whole else written, brief.lang,
                   frozenset(filter(None, [brief.apology_text])))
    # (The apology sentence itself too: "…five people were slightly hurt. We think of them first, and
    # we apologise…" groups the news with it, and the apology must not fall to the last rank.)
    important = {brief.apology_text, brief.apology, brief.first_advice, *brief.outcome}
    blocks: list[str] = []
    ranks: list[int] = []

    def already_said(text: str) -> bool:
        # Whole, or each of its sentences already in a block ("the news. The apology." twice).
        return any(text in block for block in blocks) or all(
            any(s.text in block for block in blocks) for s in roles.sentences(text, brief.lang))

    def warns_again(text: str, rank: int) -> bool:
        # The line against scams once: the summary's "never ask" and the advice's are one
        # warning, kept where it was first said, at the better of the two ranks.
        said = roles.sentences(text, brief.lang)
        if len(said) != 1 or not said[0].has("never-ask"):
            return False
        for index, block in enumerate(blocks):
            if any(s.has("never-ask") for s in roles.sentences(block, brief.lang)):
                ranks[index] = min(ranks[index], rank)
                if _NEVER.search(text) and not _NEVER.search(block):
                    # "Be wary of calls about this incident." says what to fear; "We will never ask
                    # for your PIN" says how to know: the two travel together.
                    blocks[index] = f"{block} {text}"
                return True
        return False

    def add(text: str | None, rank: int) -> None:
        # (Ranked as written; said apart from the news, a thought for "them" names them. The news with
        # its apology too: a thread may cut them apart.)
        if text and brief.news not in text:
            text = hurt_named(text, brief)
        elif text and brief.news and text.startswith(brief.news) and len(text) > len(brief.news):
            text = brief.news + " " + hurt_named(text[len(brief.news):].lstrip(), brief)
        if text and text not in blocks and not already_said(text) and not warns_again(text, rank):
            # The same helpline twice ("A line is open: +33…" in the summary, "Call our line: +33…"
            # in the advice): once, the fuller sentence, at the better rank.
            contacts = set(_CONTACT.findall(text))
            # (Never an instruction for a case of its own: "If you smell gas… call 0800 97 400 once
            # outside" and "Call us on 0800 97 400 and we will come" are two things to do; « En cas de
            # doute, … appelez-nous au 02 555 01 00 » is how to check.)
            for index, block in enumerate(blocks):
                if contacts and ranks[index] and set(_CONTACT.findall(block)) == contacts and \
                        len(roles.sentences(block, brief.lang)) == 1 and not _FOR_A_CASE.match(text.strip()) \
                        and not _FOR_A_CASE.match(block.strip()):
                    if len(block) >= len(text):
                        return
                    rank = min(rank, ranks[index])
                    del blocks[index], ranks[index]
                    break
            if _EMERGENCY.search(text):
                # The same emergency advice twice ("If you think a child has swallowed a magnet, go
                # to the emergency department" in the summary, "If your child may have swallowed a
                # magnet, go to the emergency department or call 15" in the health advice): once,
                # where it was first said, in the words that give the numbers.
                def words_in(said: str) -> set[str]:
                    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", said)}

                for index, block in enumerate(blocks):
                    shared = words_in(block) & words_in(text)
                    if ranks[index] and _EMERGENCY.search(block) and len(roles.sentences(block, brief.lang)) == 1 \
                            and len(shared) >= 0.35 * min(len(words_in(block)), len(words_in(text))):
                        # (Where it was first said: the summary's "…even if the child seems well" is
                        # the part a parent must not miss.)
                        return
            if any(item in text for item in compensation_advice):
                # The credit, told once in the summary, is not told again as advice; nor what leans on
                # it (« C'est automatique si vous l'avez acheté en ligne » without the refund it is).
                kept: list[str] = []
                dropped = False
                for s in roles.sentences(text, brief.lang):
                    dropped = (s.has("compensation") and any(_says_again(s.text, block) for block in blocks)) or (
                        dropped and leans_on_before(s.text, brief.lang))
                    if not dropped:
                        kept.append(s.text)
                text = " ".join(kept)
                if not text:
                    return
            blocks.append(text)
            ranks.append(rank)

    # A short apology follows the news (most readers see only the first post): it stands
    # alone, where moving other sentences would leave them pointing at nothing.
    apology_first = brief.apology_text is not None and len(brief.apology_text) < 60 and len(summary) > 1 \
        and any(brief.apology_text == group for group in summary[1:])
    if apology_first:
        summary = [summary[0], str(brief.apology_text), *(g for g in summary[1:] if g != brief.apology_text)]
    # What people get back (a credit, a refund) matters next to what they must do.
    compensation = [s.text for s in brief.summary_sentences if s.has("compensation")]
    compensation_advice = {item for item in brief.advice
                           if any(s.has("compensation") for s in roles.sentences(item, brief.lang))}
    # After an accident told as closed, what happened leads and the closing news follows ("Our
    # ferry ran aground… Everyone was brought ashore safely." then "All our routes are back to
    # normal"): a first post that says only that service is back says nothing of the accident.
    event_first = brief.kind == "safety" and brief.statement.resolved
    if summary and brief.news not in summary[0] and not event_first:
        add(brief.news, 0)  # the title, when the summary opens on what was said before
    for index, group in enumerate(summary):
        # (What runs, "1 train in 2 between Valbreuse and Port-Sénan; no trains to Saint-Aubin", is
        # what travellers plan on: it ranks with what they must do.)
        # (When to see a doctor, who to call about a child who took the product: health first.)
        health = brief.kind in ("recall", "safety", "health") and bool(_SEE_A_DOCTOR.search(group) or _EMERGENCY.search(group))
        # (After a breach, what was taken, "The attackers copied … of about 16,800 patients", is the
        # news people need as much as the outage it caused: never the part a thread drops.)
        # (So, after an accident, that everyone is safe: "Everyone was brought ashore safely".)
        must_see = (brief.kind == "breach" and any(s.has("data") and not _NOT_TAKEN.search(s.text)
                                                   for s in roles.sentences(group, brief.lang))) or (
            # (And its scale, told right after the news: "Invoices from 1,462 accounts were shown to
            # another account; 611 accounts saw at least one": how many is the first question.)
            brief.kind == "breach" and index == 1 and _SCALE.search(group) is not None) or (
            brief.kind == "safety" and _PEOPLE_SAFE.search(group) is not None) or (
            # (After a recall, who the product hurt, « Une fillette de quatre ans a été hospitalisée »:
            # why it is serious, never the part a thread drops.)
            # (So after an accident, who was hurt: « Quatre personnes ont été blessées, dont notre
            # mécanicien, grièvement » is the first thing families and reporters look for.)
            brief.kind in ("recall", "safety") and index == 1 and any(s.has("harm") for s in roles.sentences(group, brief.lang)))
        # (The summary's account of what happened, when a later update's news leads: "Kornog ran
        # aground…" under "All our routes are back to normal" is what the thread is about.)
        add(group, 0 if index == 0 and (brief.news in group or event_first) else (
            1 if index == 0 or any(i and i in group for i in important) or _FORECAST.search(group) or _SERVICE_NEWS.search(group) or health
            or must_see
            # (After a recall, what owners get back, "Every owner can choose a full refund or a free
            # replacement", is what makes them stop using it: never the line a thread drops.)
            else (1 if brief.kind == "recall" else 2) if any(c in group for c in compensation) else 3))
        if index == 1 and event_first and brief.news not in summary[0]:
            add(brief.news, 1)  # the closing news, after what happened and who is safe
        if index == 0 and brief.lot_lines and not (
                compact and brief.lot_codes and all(code in " ".join(summary) for code in brief.lot_codes)):
            # Short posts name the lots (once: not after news that lists them all); the table's
            # rows are for the channels read in full.
            add(brief.lots_sentence() if compact else "\n".join(brief.lot_lines), 1)
    # "Do not use it to prepare baby bottles" leans on the advice before it ("Do not drink tap
    # water"): the two travel together, never after another block.
    needs = _NEEDS_NEWS.get(brief.lang, _NEEDS_NEWS["en"])
    # "It contains no link" leans on the advice before it: they travel together.
    advice = _by_situation(bind(brief.advice, brief.lang), brief.advice_items)
    for index, item in enumerate(advice):
        said = next((i for i, block in enumerate(blocks) if index and advice[index - 1] in block), None)
        if index and needs.match(item.strip()) and said is not None:
            if item not in blocks[said]:  # right after what it points to, in the same block
                blocks[said] = f"{blocks[said]} {item}"
            continue
        # (Never the first advice for a sentence on the same people: "These products are a risk
        # for people allergic to hazelnut" says who, « ne consommez pas ces produits » what to do.)
        first_instruction = item == brief.first_advice and brief.kind in ("recall", "safety", "health")
        if not first_instruction and any(_says_again(item, block) for block in blocks) and not (
                brief.advice_route and brief.advice_route in item and not any(
                    route in " ".join(blocks) for route in _ROUTE_OF.findall(brief.advice_route))):
            # the summary gave it already ("If the validator refuses your card, board anyway…");
            # (not where to do it: "order a free replacement" said, "at tidewater.co.uk/adapter" not)
            continue
        # « Vous n'avez rien à faire : vos virements sont partis » after the summary's « Vous n'avez
        # rien à faire et aucun frais… »: the words said already are not said twice.
        lead_in = re.match(r"((?:\S+\s+){3,9}?\S+)[\s\u00a0\u202f]?:\s+(?=\w)", item)
        if lead_in and any(lead_in.group(1).casefold() in block.casefold() for block in blocks):
            rest = item[lead_in.end():]
            if any(rest.casefold() in block.casefold() for block in blocks):
                continue  # the whole advice is said already, both halves (a short one: few words to weigh)
            item = rest[:1].upper() + rest[1:]
        add(item, _advice_rank(brief, item))
    if brief.apology_text and not any(brief.apology_text in block for block in blocks):
        add(brief.apology_text, 1)
    add(given_among_doing(brief, blocks), 2)
    # In a breach, the scam warning matters most (alone, without the "though" of the sentence before it).
    if brief.never_ask and not any(brief.never_ask in block for block in blocks):
        add(brief.never_ask_alone, 1 if brief.kind == "breach" else 2)
    add(brief.promise_line(), 2)
    trimmed = _trimmed_apology(brief.apology_text) if compact else None
    if trimmed:  # short posts: the apology without what it is for, so it fits beside the news
        blocks = [trimmed if block == brief.apology_text else block for block in blocks]
    if compact:
        # (A short post may leave out the sentence that names the apology's people: it names them.)
        blocks = [them_named(block, brief) if any(s.text == block and s.has("apology") for s in brief.summary_sentences)
                  else block for block in blocks]
    return table_listed(blocks, brief), ranks


# What was not exposed ("medical reports … were not reached", « aucune donnée bancaire »).
_NOT_TAKEN = re.compile(r"\b(?:not|no|never|nor|n['’]|pas|ni|aucune?|jamais)\b", re.IGNORECASE)


# Where a notice still holds ("The notice stays in force in Chassagne…", « L'avis reste en vigueur
# à… »): as protective as the advice itself, never the part a text leaves out.
_IN_FORCE = re.compile(r"\b(?:notice|advice|warning|ban|order|recall|restriction)s? (?:still )?(?:stays?|remains?|is still|"
                       r"are still) (?:in (?:force|place|effect)|valid)\b|\b(?:avis|consigne|interdiction|arrêté|alerte|"
                       r"restriction)s? (?:reste|restent|demeure|demeurent|est toujours|sont toujours) (?:en vigueur|valables?)\b"
                       r"|\btoujours en vigueur\b|\bgilt (?:weiterhin|noch)\b", re.IGNORECASE)
# A web address or a phone number in advice: where to act.
_ROUTE_OF = re.compile(r"\b[\w-]+(?:\.[\w-]+)+/[\w/-]+|\+?\d[\d\u00a0\u202f .-]{7,}\d")
# The words that make a scam warning one people can act on: what we never do.
_NEVER = re.compile(r"\b(?:never|jamais|nie|niemals)\b", re.IGNORECASE)
# A way to reach a person: a phone number or an e-mail address.
_PHONE = re.compile(r"\+?\d[\d\u00a0\u202f .-]{7,}\d")
_INTERNATIONAL = re.compile(r"\+\d[\d\u00a0\u202f .-]{7,}\d")
_CONTACT = re.compile(_PHONE.pattern + r"|[\w.+-]+@[\w-]+\.\w[\w.]*")
# Our own line for people's questions ("For any question: 1 888…", « Informations et questions :
# 026… », "contact our assistance team on…"), not another body's.
_OWN_LINE = re.compile(r"\b(?:questions?|informations?|infos?|helpline|hotline|assistance|our (?:\w+ )?(?:line|team)|"
                       r"notre (?:\w+ )?(?:ligne|cellule|numéro|service)|call us|contact us|appelez-nous|"
                       r"contactez-nous|joignez-nous)\b", re.IGNORECASE)


def _with_route(brief: Brief) -> str:
    """The first advice with where to do it, when it does not say and another piece of advice
    does ("…and order a free replacement at tidewater.co.uk/adapter."): a text has room for
    the address, not for a second instruction."""
    first = brief.first_advice or ""
    routes = _ROUTE_OF.findall(brief.advice_route or "")
    if not first or not routes or not first.rstrip().endswith(".") or _NEVER.search(first):
        # (Nor what we never do: "…never ask for your PIN on the phone on 01 555 0100" would
        # read as the number that never asks.)
        return first
    if re.search(r"[:;]\s", first) and not NEEDS_ROUTE.search(re.split(r"[:;]\s", first)[-1]):
        # "…and log in: your tickets will reappear." ends on what follows, never "…reappear on +44 20…":
        # the place goes only after the instruction it completes.
        return first
    web = next((r for r in routes if "/" in r), None)
    if not web and not any(not _OUR_DOING.search(first[:m.start()]) for m in NEEDS_ROUTE.finditer(first)):
        # A number to call goes after what people do by calling ("…order a replacement on 0800…"),
        # never after what we do (« nous vous contactons pour convenir de la livraison à domicile au
        # 021… » would read as the delivery address).
        return first
    where = (f" sur {web}" if brief.lang == "fr" else f" at {web}") if web else \
        (f" au {routes[0]}" if brief.lang == "fr" else f" on {routes[0]}")
    # ("…how to claim is below." off the page says where instead: "…is at saleve-air.com/claims.",
    # never "is below at…")
    pointer = _POINTS_ON_PAGE.search(first.rstrip())
    if pointer:
        return first.rstrip()[:pointer.start()] + where + "."
    return first.rstrip()[:-1] + where + "."


# What we do, said just before a verb ("we will contact you", « nous vous contactons »).
_OUR_DOING = re.compile(r"\b(?:nous(?: vous| les| leur)?|we(?: will| shall|['’]ll| are going to)?(?: \w+)?)\s+$", re.IGNORECASE)


# Words that point elsewhere on the page: off it, the address takes their place.
_POINTS_ON_PAGE = re.compile(r"\s+(?:below|above|on (?:this|our) (?:page|website)|ci-dessous|ci-après|plus bas|"
                             r"sur (?:cette|notre) page(?: d['’]information)?|sur notre site(?: web| internet)?)\.$",
                             re.IGNORECASE)


def _advice_rank(brief: Brief, item: str) -> int:
    """How much one piece of advice matters in a short announcement: the first, and in a
    breach the scam warning, most (1); what people get back, and after a breach, a recall or
    an accident where to reach a person, next (2); the rest (3)."""
    if brief.first_advice and brief.first_advice in item:
        return 1
    if brief.advice_route and brief.advice_route in item:
        return 1  # where to do what the first advice asks ("order a free replacement" at…)
    if brief.kind == "breach" and brief.never_ask and brief.never_ask in item:
        return 1
    gets_back = any(s.has("compensation") for s in roles.sentences(item, brief.lang))
    reach = brief.kind in ("breach", "recall", "safety") and _CONTACT.search(item) is not None
    if brief.kind in ("recall", "safety", "health") and (_SEE_A_DOCTOR.search(item) or _EMERGENCY.search(item)):
        return 1  # when to see a doctor, the emergency number (a cough after the smoke; call 112): health first
    if brief.kind == "safety" and _KEEP_AWAY.search(item):
        return 1  # "Do not go near the site: more rocks may fall": what keeps people safe
    # (After an accident too: the line families call, "Passenger and family line: 02 61…".)
    if reach and brief.kind == "safety" and _PHONE.search(item) and _OWN_LINE.search(item):
        return 1  # (after an accident, the line for those on board and their families)
    if reach and brief.kind in ("breach", "recall", "safety") and _PHONE.search(item) and item == next((a for a in brief.advice if _PHONE.search(a)), None):
        # The first line people can call, in every language: a French helpline twice as long as
        # the English one never leaves the thread while "if you are affected…" stays.
        return 1
    return 2 if gets_back or reach else 3


_EMERGENCY = re.compile(r"\b(?:emergency|urgence|Notfall)\b[^.]{0,40}\b(?:112|999|911|15|18|17|114|116 117)\b|"
                        # "go to the emergency department straight away", « rendez-vous aux urgences »
                        r"\bgo (?:straight |immediately |at once )?to (?:the |an |your nearest )?(?:emergency (?:department|room)|"
                        r"A&E|ER)\b|\b(?:rendez-vous|allez|rendez-vous immédiatement|emmenez-le|emmenez-la)\b[^.]{0,25}"
                        r"\baux urgences\b|"
                        # "call 112 immediately", « appelez immédiatement le 112 » (never a longer number)
                        r"\b(?:call|dial|ring|phone|appelez|composez|faites le|rufen Sie)\b[^.\d]{0,25}"
                        r"\b(?:112|999|911|15|18|144|114)\b(?![\s\u00a0\u202f.-]?\d)",
                        re.IGNORECASE)
_TO_EMERGENCY_DEPARTMENT = re.compile(r"\b(?:emergency (?:department|room)|A&E|aux urgences|Notaufnahme)\b", re.IGNORECASE)
_KEEP_AWAY = re.compile(r"\b(?:do not (?:go|come) (?:near|to|close)|do not approach|stay away|keep (?:away|clear)|"
                        r"ne vous approchez pas|ne vous rendez pas|tenez-vous (?:à l['’]écart|éloignée?s?)|éloignez-vous|"
                        r"halten Sie sich fern)\b", re.IGNORECASE)
_SEE_A_DOCTOR = re.compile(r"\b(?:see|consult|call|contact) (?:a|your|their) (?:doctor|GP|pharmacist)|"
                           r"\b(?:consulter|consultez|consulte) (?:un|votre|leur) (?:médecin|pharmacien)|"
                           r"\b(?:Info-Santé|Health Link|Telehealth|NHS 111|Santé Info)\b|"
                           r"\bappelez le 15\b|\bpoisons? (?:cent(?:re|er)|control|information)\b|\bcentre antipoisons?\b|"
                           r"\bTox Info\b", re.IGNORECASE)


# Long words that say nothing of the content ("vous n'avez rien à faire", "you will have").
_FILLER = frozenset("""vous votre vos nous notre nos pour avec dans sans plus avez avons rien faire être sera seront
    cela ceci your will with have that this from what nothing there they them their been when which""".split())


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)} - _FILLER


# A count of the people or accounts a breach touched ("1,462 accounts", « 18 430 personnes »).
_SCALE = re.compile(r"\b\d[\d,.\u00a0\u202f ]*\s+(?:\w+\s+)?(?:accounts?|customers?|clients?|people|persons|patients?|members?|"
                    r"users?|couriers?|employees?|comptes?|personnes|adhérents?|utilisateurs?|usagers?|livreu(?:rs|ses)|"
                    r"salariés?|membres?)\b", re.IGNORECASE)


def _says_again(text: str, block: str) -> bool:
    """Whether `block` already says most of `text` (half its longer words, six at least)."""
    mine = _content_words(text)
    # (Never when it gives a number or an address the block does not: « …ou appelez-nous au 02 555
    # 01 00 » says where to turn.)
    if any(contact not in block for contact in _CONTACT.findall(text)):
        return False
    return len(mine) >= 6 and len(mine & _content_words(block)) * 2 >= len(mine)


def _points_back_at(block: str, before: str, lang: str, demonstratives: bool = True) -> bool:
    """Whether `block` speaks of what `before` introduced: by a pronoun ("It will be…"), or by
    a definite noun for one the block before named with an indefinite ("…through a link." then
    "We have reported the link…", « un lien » then « le lien »)."""
    if leans_on_before(block, lang):
        return True
    # (`demonstratives`: "this lot", « ce lot » count too, not only "the link".)
    articles = ("the|this|these|le|la|les|ce|cette|ces" if demonstratives else "the|le|la|les") if lang != "en" else \
        ("the|this|these" if demonstratives else "the")
    definite = rf"\b(?:{articles})\s+([^\W\d_]{{3,}})"
    said = roles.split_sentences(block)
    first = said[0] if said else block
    for noun in re.findall(definite, first, re.IGNORECASE):
        stem = re.escape(noun.casefold().rstrip("s"))
        # (Strict, for a text that leaves sentences out: only "a link" then "the link", never
        # "several passengers" then "where the passengers are being taken".)
        introduced = r"an?|une?|des|some|several|plusieurs" if demonstratives else r"an?|une?"
        # (Never through "of": "a sample of files" introduced a sample, not "the payroll files".)
        if re.search(rf"\b(?:{introduced})\s+(?:(?!of\b|de\b|d['’])\w+\s+){{0,2}}{stem}s?\b", before.casefold()):
            return True
    return False


def _demonstrative_back(block: str, before: str, lang: str) -> bool:
    """Whether `block` names with a demonstrative a noun `before` names, whatever its article:
    "We are reinstating that test" after "…without the usual test on a pilot locker" (never
    "this morning", « à ce stade »)."""
    pointing = r"this|that|these|those" if lang == "en" else r"ce|cet|cette|ces"
    said = roles.split_sentences(block)
    for noun in re.findall(rf"\b(?:{pointing})\s+([^\W\d_]{{3,}})", said[0] if said else block, re.IGNORECASE):
        if noun.casefold() in _TIME_NOUNS:
            continue
        stem = re.escape(noun.casefold().rstrip("s"))
        # (Named with "the", "our", « le », « notre »: "a third lot" then "this lot" is the old rule's.)
        if re.search(rf"(?:\b(?:the|our|its|their|le|la|les|notre|nos|son|sa|ses|leur|leurs)\s+|\bl['’])"
                     rf"(?:[^\W\d_]+\s+){{0,2}}{stem}s?\b", before.casefold()):
            return True
    return False


# Nouns a demonstrative puts in time, not back at a sentence before ("this morning", « ce soir »).
_TIME_NOUNS = frozenset("""morning afternoon evening night week weekend year month day time moment stage point season summer
winter spring autumn matin après-midi soir soirée nuit semaine année mois jour moment stade point saison été hiver printemps
automne""".split())


# An instruction for a case of its own ("If you smell gas…", « En cas de doute, … »).
_FOR_A_CASE = re.compile(r"(?:if|when|should|in case|si|en cas d['’e]|lorsque|quand|au moindre)\b", re.IGNORECASE)


def leans_on_before(sentence: str, lang: str) -> bool:
    """Whether a sentence says what it speaks of only through the one before ("It will be
    corrected overnight.", « Elle sera corrigée cette nuit. »): it never goes without it."""
    return _LEANS.get(lang, _LEANS["en"]).match(sentence.strip()) is not None


def _without_tables(sentences: list[str], markdown: str, lang: str) -> list[str]:
    """The sentences without a table's rows nor the sentence that announces them ("Tomorrow the
    Lann Vraz will run these crossings:"): an SMS has no room for a timetable, and one row of it
    ("Departure: 07:15 — Arrival: 08:00") reads as the only crossing."""
    rows = {line for table in tables(markdown) for line in table_lines(table, lang)}
    if not rows:
        return sentences
    kept = []
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        if sentence in rows or (sentence.rstrip().endswith(":") and (following in rows or any(
                row in following for row in rows))) or any(row in sentence for row in rows):
            continue
        kept.append(sentence)
    return kept


# A line to call or write to and nothing else ("Please call +41 27 565 40 40 or write to …").
_CONTACT_ONLY = re.compile(r"^(?:please |merci de )?(?:call|write to|e-?mail|contact|ring|phone|appelez|écrivez|contactez|"
                           r"joignez|nous appeler|nous écrire)\b[^;:]{0,140}$", re.IGNORECASE)


def _with_its_reason(groups: list[str], lang: str) -> list[str]:
    """The groups with a bare line to call kept beside what it is for when that is what people
    get ("Every passenger will get a full refund… Please call +41 …"): moved ahead as advice, it
    would leave people asking why to call."""
    joined: list[str] = []
    for group in groups:
        if joined and _CONTACT_ONLY.match(group.strip()) and (_ROUTE_OF.search(group) or "@" in group) and any(
                s.has("compensation") for s in roles.sentences(joined[-1], lang)):
            joined[-1] = f"{joined[-1]} {group}"
        else:
            joined.append(group)
    return joined


def _told(brief: Brief, update: Update) -> list[str]:
    """An update's sentences as its copy was sent (a later correction has its own copy), without
    the authors' promise once it is late ("Next update by 21:00" beside "it is late" contradicts
    itself)."""
    kept = brief.sent_sentences(update)
    # "This update comes 15 minutes late, and we apologise" opened the posts and took the SMS's room
    # from the news: the copies give the news first, the apology for the delay after it.
    late = [k for k in kept[:1] if UPDATE_LATE.search(k)]
    if late and len(kept) > 1:
        kept = [*kept[1:], *late]
    if update is brief.statement.last_update and brief.promise.late_by is not None:
        kept = [k for k in map(without_page_promise, kept)
                if not any(s.has("next-update") for s in roles.sentences(k, brief.lang))] or kept
    return kept


def _in_posts(blocks: list[str], ranks: list[int], room: int, lang: str) -> tuple[list[str], list[int]]:
    """`blocks`, each longer than `room` split into runs of its sentences that fit (each run
    keeping the block's rank); a single sentence longer than `room` stays whole."""
    out: list[str] = []
    kept: list[int] = []
    for block, rank in zip(blocks, ranks):
        said = [x.text for x in roles.sentences(block, lang)]
        if len(block) <= room or "\n" in block or not said or _TEASER.match(said[0]) or said[0].rstrip().endswith(":"):
            # (Never "We now know how the advert was approved." alone in a post: it goes with what it announces.)
            out.append(block)
            kept.append(rank)
            continue
        run = ""
        for sentence in said:
            if run and len(run) + 1 + len(sentence) > room:
                out.append(run)
                kept.append(rank)
                # ("D'ici là, continuez de faire bouillir votre eau." opening a post of its own says
                # "Continuez de faire bouillir votre eau.": "là" would point at nothing.)
                run = _without_time_link(sentence)
            else:
                run = f"{run} {sentence}".strip()
        if run:
            out.append(run)
            kept.append(rank)
    return out, kept


def update_blocks(brief: Brief, update: Update) -> tuple[list[str], list[int]]:
    """An update's sentences in reading order, as they should have been published (a value a
    later correction withdrew is replaced by the right one), then the promise on the newest
    update. Ranks: the first sentence 0, the promise 1, the rest 2."""
    own = _with_its_reason(bind(people_first(_told(brief, update), brief.lang), brief.lang), brief.lang)
    # (Never after another sentence in a thread: "…informed the CNIL for our customers in France".)
    own = with_whose(own)
    if len(own) > 1 and _TEASER.match(own[0]):
        # "We now know how the advert was approved." alone would be a first post that says nothing:
        # it travels with what it announces.
        own = [f"{own[0]} {own[1]}", *own[2:]]
    if brief.kind == "recall" and len(own) > 1 and not corrections.RECALL_EXTENDED.search(own[0]):
        # "Listeria was found in lot T13. We are extending the recall to this lot.": that the recall
        # grows is the news with what was found, never a sentence for post 2.
        widened = next((group for group in own[1:] if corrections.RECALL_EXTENDED.search(group)), None)
        if widened is not None and len(own[0]) + len(widened) < 200:
            own = [f"{own[0]} {widened}", *(group for group in own[1:] if group != widened)]
    promise = ""
    if update is brief.statement.last_update and not brief.mentions_next_update(update.text):
        promise = brief.promise_line()  # nothing once it has passed
    # (A correction is told in its own copy, never folded into the one already sent.)
    blocks = _unique([*own, promise])
    # In a recall or a safety notice, what protects people ("Do not drink tap water until we tell
    # you otherwise") is the last thing a short post loses.
    protective = brief.kind in ("safety", "recall")

    def protects(block: str) -> bool:
        return protective and (any(s.has("advice") or s.has("never-ask") for s in roles.sentences(block, brief.lang))
                               or _IN_FORCE.search(block) is not None)

    over = any(s.has("outcome") for block in own for s in roles.sentences(block, brief.lang))
    if brief.kind == "recall" and brief.lot_codes and not any(code in " ".join(own) for code in brief.lot_codes):
        # "If you have a pack from a recalled lot at home, do not eat it": which lots, with it.
        at = next((i for i, block in enumerate(blocks) if protects(block)), None)
        if at is not None and lots_at(brief, update):
            blocks[at] = f"{blocks[at]} {lots_at(brief, update)}"
    hurt: str | None = None
    if protective:
        # "2 more customers have had a mild reaction" is the news a reader must not miss: right
        # after the first sentence, never after a count of packs returned.
        hurt = next((b for b in blocks[1:] if b != promise and any(s.has("harm") for s in roles.sentences(b, brief.lang))),
                    None)
        if hurt is not None:
            blocks.remove(hurt)
            blocks.insert(1, hurt)
    first_after = 2 if protective and hurt is not None else 1
    placed = still_holds(brief, update)
    if placed and len(blocks[0]) + len(placed) < 200:
        blocks[0] = f"{blocks[0]} {placed}"  # in the first post, with where it is lifted
    elif placed:
        blocks.insert(1, placed)
    in_force = _advice_in_force(brief, update) if protective and not over and not placed else None
    other_advice = brief.kind in ("safety", "health") and in_force is not None \
        and not _instruction_given(in_force, " ".join(own)) and not _gives_own_protection(brief, update)
    if protective and not over and (not any(protects(block) for block in blocks) or other_advice):
        # "We have found the cause" in a boil-water notice: the advice still in force goes too
        # (also beside advice of another kind: "You can shower as normal" is no boil notice).
        reminder = in_force
        if reminder:
            # Right after the news (and who was hurt): what people must still do is never a
            # postscript after "Next update…" and five other facts.
            blocks.insert(first_after, reminder)
    elif protective and not over and in_force and brief.kind in ("safety", "health"):
        # The update's own word that the notice goes on ("Keep boiling your water.", written last,
        # after the counts and the litres handed out) comes right after the news too.
        # (Before who fell ill: "14 people fell ill… We cannot say yet whether these cases are linked"
        # reads as one account, never cut by the instruction.)
        standing = next((b for b in blocks[2:] if b != promise and len(b) <= 80 and _KEEP_BOILING.search(b)), None)
        if standing is not None:
            blocks.remove(standing)
            blocks.insert(1, standing)
    kept: list[str] = []
    if brief.kind == "breach":
        # After a breach, the warning against scams and the helpline come right after the news:
        # "what was in the files" and "we told the regulator" matter less to someone reading a
        # thread that may be cut short.
        # (« Restez attentifs aux e-mails… qui vous demandent un paiement » is such a warning too.)
        warning = [b for b in blocks[1:] if any(s.has("never-ask") for s in roles.sentences(b, brief.lang))
                   or _SCAM_WARNED.search(b)][:1]
        # (Never the closing words, "For any question: … This is our last regular update", ahead of
        # the update's news: they close the thread where the authors put them.)
        line = [b for b in blocks[1:] if _PHONE.search(b) and b not in warning
                and not re.search(r"\b(?:dernier point|last (?:regular )?update|final update)\b", b, re.IGNORECASE)][:1]
        if warning:
            # (With what it speaks of: "We have reported the link…" comes after the fake texts
            # that carried "a link", never before them.)
            at = blocks.index(warning[0])
            while at > 1 and _points_back_at(blocks[at], blocks[at - 1], brief.lang):
                at -= 1
            if at < blocks.index(warning[0]):
                joined = " ".join(blocks[at:blocks.index(warning[0]) + 1])
                blocks[at:blocks.index(warning[0]) + 1] = [joined]
                warning = [joined]
        kept = [*warning, *line]
        for block in kept:
            blocks.remove(block)
        # (Never between the news and a sentence that leans on it: "7,940 couriers have activated
        # their credit monitoring. Please do it too…")
        at = 1
        while at < len(blocks) and _points_back_at(blocks[at], blocks[at - 1], brief.lang):
            at += 1
        blocks[at:at] = kept
        # (The apology is never the part a short thread leaves out.)
        kept += [b for b in blocks[1:] if any(s.has("apology") for s in roles.sentences(b, brief.lang))][:1]
    # After a fire or an accident, what is over ("The crew have put it out", "All 612 passengers are
    # accounted for") weighs as much as the line to call.
    def over_now(block: str) -> bool:
        return brief.kind == "safety" and any(s.has("outcome") for s in roles.sentences(block, brief.lang))

    def hurt_now(block: str) -> bool:
        return protective and any(s.has("harm") for s in roles.sentences(block, brief.lang))

    def promised_now(block: str) -> bool:
        # The newest update's own "Next update tomorrow by 12:00": when people hear from us next,
        # as much as the promise added to an update that gives none.
        said = roles.sentences(block, brief.lang)
        return update is brief.statement.last_update and len(said) == 1 and said[0].has("next-update")

    return blocks, [0 if i == 0 else (1 if block == promise or protects(block) or block in kept or over_now(block)
                                      or block == placed or promised_now(block)
                                      or hurt_now(block) else 2)
                    for i, block in enumerate(blocks)]


def _short_paragraphs(paragraph: str, lang: str, most: int = 240) -> list[str]:
    """A long paragraph as shorter ones of two sentences at most (a sentence that leans on the
    one before stays with it), none much over `most` characters."""
    if len(paragraph) <= most:
        return [paragraph]
    out: list[list[str]] = []
    for group in bind([s.text for s in roles.sentences(paragraph, lang)], lang):
        if out and len(out[-1]) < 2 and len(" ".join([*out[-1], group])) < most:
            out[-1].append(group)
        else:
            out.append([group])
    return [" ".join(groups) for groups in out]


def lots_at(brief: Brief, update: Update) -> str:
    """The recalled lots as they stood when `update` was posted: "Recalled lots: L2631A,
    L2631B." on 28 November, never a third lot added on the 29th."""
    # An update that named a lot since corrected says its lots itself, as it was sent ("3328A
    # and 3328B", put right by its correction's own copy): today's list beside it would
    # contradict it in the same post. Before any update named a lot ("We will post the lot
    # numbers by 14:00"), the lots were not known yet: none is listed.
    if _names_other_lots(update.text, brief.lot_codes):
        return ""
    # (As corrected: "N2610-12" first published, "N2610-21" corrected, is the lot it always was.)
    told = " ".join(corrections.corrected(u.text, [c.text for c in u.corrections])
                    for u in brief.statement.updates if u.at <= update.at)
    # (A lot a correction added before this update was posted, "The recall also covers lot
    # 2610A", was recalled when it went out.)
    told += " " + " ".join(c.text for u in brief.statement.updates for c in u.corrections if c.at <= update.at)
    codes = [code for code in brief.lot_codes if _code_told(code, told)]
    named_later = any(_code_told(code, u.text) for u in brief.statement.updates if u.at > update.at
                      for code in brief.lot_codes)
    if not codes and named_later:
        return ""
    if update is brief.statement.last_update or not codes or len(codes) == len(brief.lot_codes):
        return brief.lots_sentence()
    return brief.lots_sentence().replace(", ".join(brief.lot_codes), ", ".join(codes))


def _code_told(code: str, text: str) -> bool:
    """Whether `text` names the lot `code`; a range ("2507–2609") as the table writes it or in
    words ("lots 2507 to 2609", « lots 2507 à 2609 »)."""
    if "–" not in code:
        return code in text
    low, high = code.split("–", 1)
    return re.search(rf"(?<![\w-]){re.escape(low)}\s*(?:–|-|to|à|au|bis|through)\s*{re.escape(high)}(?![\w-])", text) is not None


def _names_other_lots(text: str, codes: list[str]) -> bool:
    """Whether `text` names a code shaped like the recalled lots' ("3328B" beside 3328A and
    3329B) that is not one of them."""
    # (Letters first: the "d" of "\\d" is no letter of the code.)
    shapes = {re.sub(r"\d", r"\\d", re.sub(r"[A-Za-z]", "[A-Za-z]", re.escape(code))) for code in codes}
    return any(found not in codes for shape in shapes for found in re.findall(rf"(?<![\w-]){shape}(?![\w-])", text))


def correction_blocks(brief: Brief, update: Update, correction: Correction) -> tuple[list[str], list[int]]:
    """A correction's own copy: its sentences, made true outside the page."""
    blocks = bind(brief.correction_sentences(update, correction), brief.lang)
    return blocks, [0 if i == 0 else 1 for i in range(len(blocks))]


def draft_for(rule: ChannelRule, brief: Brief, update: Update | None, correction: Correction | None = None) -> Draft:
    """The draft of one copy: the announcement (`update` None), an update, or a correction
    of an update (its own post, so the record of the error and its fix travels too)."""
    lang, url = brief.lang, _url(brief)
    w = words(lang)
    title = brief.title_at(update)  # an older update's copy never shows a figure told later
    link = w["link"].format(url=url)
    short_posts = rule.id in ("x", "bluesky", "mastodon", "threads")
    if update is None:
        blocks, ranks = announcement_blocks(brief, compact=short_posts)
        header = ""
    elif correction is not None:
        blocks, ranks = correction_blocks(brief, update, correction)
        if short_posts:
            blocks = [corrections.denial_first(block) for block in blocks]
        # Short posts: "Correction:" when the sentences already name the update they correct,
        # else which update it corrects ("Correction to our update of 1 December at 08:45 CET:").
        names_it = brief.update_words(update) in " ".join(blocks)
        header = w["correction"] if rule.id in ("x", "bluesky") and names_it else brief.correction_heading(update)
    else:
        blocks, ranks = update_blocks(brief, update)
        header = update_header(brief, update, short=rule.id in ("x", "bluesky", "sms"))
    footer = ""
    if rule.id in ("x", "bluesky"):
        head = header
        tail = "\n".join(filter(None, [url, _hashtags(rule, brief, " ".join(blocks), most=1)]))
        short = [header or brief.news]
    elif rule.id in ("mastodon", "threads"):
        head = "\n".join(filter(None, [title if update is None else "", header]))
        tail = "\n".join(filter(None, [url, _hashtags(rule, brief, " ".join(blocks), most=2)]))
        short = [title, header]
    elif rule.id == "linkedin":
        head = "\n".join(filter(None, [title, header]))
        if update is None:
            blocks, ranks = _linkedin_blocks(brief), []
        tail = "\n".join(filter(None, [link, _hashtags(rule, brief, " ".join(blocks), most=2)]))
        short = [title, brief.news]
    elif rule.id in ("facebook", "instagram"):
        # Only the first ~125 characters show before "See more": they carry the news, and
        # the update's time comes after it.
        head = header if correction is not None else ""
        footer = "" if correction is not None else header
        if update is None:
            blocks, ranks = _long_form_blocks(brief), []
            lots = "\n".join(f"- {line}" for line in brief.lot_lines)
            if lots in blocks and sum(len(block) + 2 for block in blocks) + 80 > rule.limit:
                # A lot table too long beside what to do (a caption's 2,200 characters): the codes
                # alone, so "call 112" and the next update stay; the page has the table.
                blocks = [brief.lots_sentence() if block == lots else block for block in blocks]
        if rule.id == "facebook":
            # Comments are public: after a breach or a health notice, questions go to the page
            # and its contacts, never into the comments with personal details.
            # (A clinic's outage too: patients would write about their care in public.)
            health = brief.kind in ("safety", "recall") or _HEALTH_DATA.search(
                f"{brief.statement.title} {brief.summary} {brief.settings.organisation_in(lang)}")
            # (A bank's customers would write about their accounts; after an offensive post,
            # people would tell what it stirred up for them: neither in public.)
            # (Nor after money taken by mistake: people would post their bank details and statements.)
            # (Nor beside a warning against scams: fraudsters answer in the comments as "support".)
            # (Nor in a critical crisis: "call 9-1-1 now" beside "ask in the comments" sends people there.)
            private = brief.kind == "breach" or bool(brief.never_ask) or brief.statement.severity.value == "critical" \
                or _FINANCIAL.search(brief.settings.organisation_in(lang)) \
                or controversy_words(f"{brief.statement.title} {brief.statement.summary}") \
                or _MONEY_TAKEN.search(f"{brief.statement.title} {brief.statement.summary}")
            tail = (w["questions_private"] if health else w["questions_private_data"] if private
                    else w["questions"]).format(url=url)
        else:
            tail = "\n".join(filter(None, [w["link_bio"], _hashtags(rule, brief, " ".join(blocks))]))
        short = [title, brief.news]
    else:
        head, tail, short = "\n".join(filter(None, [title, header])), link, [title]
    if footer:
        blocks, ranks = [*blocks, f"— {footer.rstrip(' :').rstrip()}"], [*(ranks or range(len(blocks))), 0]
    if rule.id == "instagram":
        blocks = [_unclickable(block) for block in blocks]
    # (A thought for "them" apart from the news that says who was hurt names them.)
    blocks = [_typography(block if brief.news in block else hurt_named(block, brief), lang) for block in blocks]
    if short_posts and update is not None:
        # Sentences bound together ("We will pay on Monday. If you cannot wait, ask for an
        # advance…") that no post can hold whole go in turn, in one post each, never dropped.
        split, split_ranks = _in_posts(blocks, list(ranks) if ranks else [0] * len(blocks), rule.limit - 60, lang)
        blocks, ranks = split, (split_ranks if ranks else [])
    fallback = end_sentence(title)
    if update is None and brief.statement.resolved and still_claimed(title, lang) and not brief.outcome:
        # Closed under a title that says what is no longer true ("Boil-water notice in …"), with a
        # news that says how it ended (no sentence of outcome after it to lead instead): the news
        # leads the first post, cut at a clause if it must be, never that title.
        fallback = ""
    if brief.kind == "recall" and brief.lot_codes:
        # A recall's title leading the first post ("…recall (3 lots): Listeria detected") names
        # the lots, else the "Do not eat this cheese" beside it reads as meant for every pack.
        listed = lots_at(brief, update) if update is not None else brief.lots_sentence()
        # (Not when the advice names them: "If your adapter shows 24B23, 24B24…, unplug it now".)
        advice = brief.first_advice or "" if update is None else ""
        if listed and not all(code in title or code in advice for code in brief.lot_codes if code in listed):
            fallback = f"{fallback} {listed}"
    draft = Draft(_typography(head, lang), blocks, _typography(tail, lang), [_typography(s, lang) for s in short if s],
                  fallback=_typography(fallback, lang), ranks=list(ranks), title_leads=update is None, lang=lang,
                  spare_posts=1 if update is None and brief.statement.severity.value == "critical"
                  and brief.kind in ("breach", "recall", "safety") else 0)
    if rule.id == "instagram":
        # (A line the card says twice, the title's apology and the update's, is said once.)
        draft.visual = "\n".join(dict.fromkeys(_typography(_card(brief, update, correction), lang).split("\n")))
    if update is None:
        must = brief.never_ask if brief.kind == "breach" else (
            brief.first_advice if brief.kind in ("recall", "safety") else None)
        # (Not when the news gives it: "…6,720 homes must boil their tap water before drinking it"
        # leads the first post; the title and the advice would push that news to post 2.)
        in_news = must is not None and brief.kind == "safety" and bool(brief.news) \
            and _instruction_given(must, brief.news or "")
        if in_news:
            must = None
        instruction = _instruction_first(draft, brief) if short_posts and must is None \
            and not brief.statement.resolved and not in_news else None
        whole = _typography(brief.first_advice or "", lang)
        if instruction is None and short_posts and must is None and not brief.statement.resolved and not in_news \
                and whole in draft.blocks and len(whole) <= 140 \
                and any(s.has("advice") for s in roles.sentences(whole, lang)):
            # Advice whose reason stays with it ("Please don't cancel your Direct Debit: your next
            # bill would then go unpaid") goes whole beside the news when it fits.
            instruction = whole
        if instruction:
            # An outage (or a disruption) still on: what to do meanwhile ("If the validator refuses your card, board
            # anyway.") is what the first post must carry beside the news; what it earns people
            # ("You may travel without a ticket…") follows in the next.
            must = instruction
        # The apology goes beside the news when it fits there (the packer leaves it for a later
        # post when it does not): a first post without it reads as indifference.
        # (An apology told in one group with the news, "We took it twice. That was our mistake, and
        # we're sorry: …", goes as its own sentence: the news is in the post already.)
        own = brief.apology if brief.apology and brief.news and (brief.apology_text or "").startswith(brief.news) \
            and brief.apology != brief.apology_text else brief.apology_text
        apology = (_trimmed_apology(own) if short_posts else None) or own
        short_apology = them_named(hurt_named(apology, brief), brief) if apology and len(apology) < 200 else None
        # When the worst is over ("the fire was put out, no one was hurt"), that comes first:
        # a first post about a fire that says nothing more frightens everyone who reads it.
        # (Unless the news says it already: "…injured seven people; all are now home.")
        news_over = any(s.has("outcome") for s in roles.sentences(brief.news, lang))
        # (Not one that counts back, "All nine have now gone home": the nine are the news's, and
        # under the title alone it names no one; it follows the news.)
        outcome = [] if news_over else [o for o in brief.outcome if not _COUNTS_BACK.match(o)]
        # (After a recall, what to do first: "nobody has been hurt" says nothing of the product at home.)
        firsts = [*outcome, must] if outcome and brief.kind not in ("breach", "recall") else [must, *outcome]
        if brief.hurt and brief.hurt not in firsts:
            # Who was hurt is the news of an accident: "the van driver was seriously injured and
            # 6 passengers slightly" goes beside "a tram collided with a van", not in post 2.
            firsts = [brief.hurt, *firsts]
        if brief.kind == "safety" and must and not brief.statement.resolved and _PROTECTS.search(must) \
                and not _LOOKS_BACK.search(must):
            # A notice still in force ("bring tap water to a rolling boil…"): what protects people
            # comes before who fell ill and where it was lifted, in the first post.
            firsts = [must, *(f for f in firsts if f != must)]
        wanted = [_typography(b, lang) for b in _unique([*firsts, short_apology])]
        urgent = firsts
        if brief.kind == "outage" and not brief.statement.resolved and brief.outcome:
            # An outage still on: "operating theatres work again in three clinics" is progress, not
            # the worst over; what to do and the apology come first, the progress when it fits.
            urgent = [f for f in firsts if f not in brief.outcome]
            wanted = [_typography(b, lang) for b in _unique([*urgent, short_apology, *brief.outcome])]
        if instruction:
            # (The apology first when both do not fit: a first post without it reads as indifference;
            # the instruction then opens the next post.)
            # (Where neither fits beside the news, the title leads with them: what to do is news enough.)
            wanted = [_typography(b, lang) for b in _unique([short_apology, *firsts, *brief.outcome])]
            urgent = [short_apology] if short_apology else []
        if brief.kind == "breach":
            # The news and the apology first; the scam warning beside them when it fits, else it
            # opens the next post: a title and a warning without the news read like a scam.
            wanted, urgent = [_typography(b, lang) for b in _unique([short_apology, *firsts])], []
        # A sentence bound to the one before it travels in its block ("…On. Aucun blessé.").
        draft.beside = _unique([next((block for block in draft.blocks if b in block), b) for b in wanted])
        # (An apology bound to the news, "…campaigns. It was offensive…, and we are sorry.", may
        # give its own words to the first post too.)
        sorry = short_apology or brief.apology_text
        draft.sorry_split = _sorry_split(draft, _typography(sorry, lang) if sorry else None, lang)
        draft.urgent = len(_unique([next((block for block in draft.blocks if b in block), b)
                                    for b in (_typography(b, lang) for b in _unique(urgent))]))
        draft.over = brief.statement.resolved and bool(brief.outcome) and brief.kind != "breach"
        if short_posts and brief.apology and (brief.apology == brief.quoted_apology or short_apology is None):
            draft.sorry_alone = _typography(_APOLOGY_ALONE.get(lang, _APOLOGY_ALONE["en"]), lang)
    elif correction is None and brief.kind in ("recall", "safety") and short_posts:
        # An update of a recall or a safety notice: its own warning ("Do not drink tap water
        # until we tell you otherwise") goes beside its news, where most readers stop.
        protecting = sorted((block for block in draft.blocks[1:]
                             if _IN_FORCE.search(block)
                             or any(s.has("advice") or s.has("never-ask") for s in roles.sentences(block, lang))),
                            key=lambda block: _IN_FORCE.search(block) is None)  # (where it still holds first)
        # After a fire or an accident, what is over comes first, in its order ("The crew have put it
        # out. All 612 passengers and 94 crew are accounted for."), then the line to call.
        # (A block that opens on it: "The backup drive did not start… The other lifts run normally"
        # is how it failed, not news that it is over.)
        over = [block for block in draft.blocks[1:] if brief.kind == "safety"
                and any(s.has("outcome") for s in roles.sentences(block, lang)[:1])][:2]
        if protecting and brief.kind == "safety" and protecting[0] in draft.blocks:
            # "…can lift the order on Friday. Until it does, please keep boiling your water.": the
            # reminder goes beside the news on its own ("Please keep boiling your water."), the
            # sentence it leaned on stays in its place.
            said = roles.sentences(protecting[0], lang)
            last = said[-1].text if len(said) > 1 else ""
            alone = _without_time_link(last) if last else ""
            if alone and alone != last and protecting[0].endswith(last):
                at = draft.blocks.index(protecting[0])
                ranks = [draft.rank(i) for i in range(len(draft.blocks))]
                draft.blocks[at:at + 1] = [protecting[0][:-len(last)].rstrip(), alone]
                draft.ranks = [*ranks[:at], ranks[at], ranks[at], *ranks[at + 1:]]
                protecting[0] = alone
        draft.beside = [*over, *(p for p in protecting[:1] if p not in over)]
        draft.urgent = len(draft.beside)
        own = _typography(brief.first_advice or "", lang)
        if protecting and own and _PRONOUN_ADVICE.get(lang, _PRONOUN_ADVICE["en"]).match(protecting[0]) \
                and not _PRONOUN_ADVICE.get(lang, _PRONOUN_ADVICE["en"]).match(own):
            draft.standalone = {protecting[0]: own}
    return draft


# "If the validator refuses your card, board anyway: you may travel…": the instruction, its reason.
_INSTRUCTION_THEN = re.compile(r"^(?P<head>.{20,90}?)[\s\u00a0\u202f]?:\s+(?P<rest>\w.{19,})$")


# "If the validator refuses your card, board anyway": a condition, then a verb with no subject.
_IF_THEN_DO = re.compile(r"^(?:if|when|si|quand|wenn|falls)\b[^,]{5,80},\s+(?!(?:we|you|they|it|there|he|she|nous|"
                         r"vous|ils|elles|il|elle|on|wir|sie|es|the|a|an|le|la|les|l['’]|un|une|des|der|die|das)\b)"
                         r"\w+", re.IGNORECASE)


# A reason that is the instruction's consequence ("…: your next bill would then go unpaid", « …
# : vous seriez alors… »): alone in a later post, "then" would point at nothing.
_CONSEQUENCE = re.compile(r"\b(?:then|otherwise|in that case|alors|sinon|dans ce cas|dann|sonst)\b", re.IGNORECASE)


def _instruction_first(draft: Draft, brief: Brief) -> str | None:
    """The first advice's instruction as a block of its own, its reason in the next block; the
    instruction, or None when the advice does not open on one."""
    advice = _typography(brief.first_advice or "", brief.lang)
    split = _INSTRUCTION_THEN.match(advice)
    if not split or advice not in draft.blocks:
        return None
    head, rest = split.group("head").rstrip(" ,") + ".", split.group("rest")
    if LABEL_ONLY.fullmatch(split.group("head").strip(" ,\u00a0\u202f")):
        return None  # « Passagers de la traversée de 8 h 00 : votre billet… »: the label says whom, not what to do
    said = roles.sentences(head, brief.lang)
    if not (any(s.has("advice") for s in said) or _IF_THEN_DO.match(head)) \
            or _LEANS.get(brief.lang, _LEANS["en"]).match(rest) or _CONSEQUENCE.search(rest):
        return None
    at = draft.blocks.index(advice)
    rank = draft.rank(at)
    ranks = [draft.rank(i) for i in range(len(draft.blocks))]
    draft.blocks[at:at + 1] = [head, rest[:1].upper() + rest[1:]]
    draft.ranks = [*ranks[:at], rank, rank, *ranks[at + 1:]]
    return head


# An apology that ends a sentence about what was wrong: its own words, and the rest.
_SORRY_AT_END = {
    "en": re.compile(r"^(?P<reason>.+?),?\s+and\s+(?P<words>we (?:are|'re) (?:so |truly |deeply |very )?sorry|"
                     r"we apologi[sz]e)\s*\.$", re.IGNORECASE),
    "fr": re.compile(r"^(?P<reason>.+?),?\s+et\s+(?P<words>nous (?:vous )?(?:en )?(?:présentons nos excuses|sommes "
                     r"(?:sincèrement |profondément |vraiment )?désolée?s))\s*\.$", re.IGNORECASE),
}


# Advice whose object is a pronoun: "Do not eat them", « Ne les consommez pas », « Rapportez-la ».
_PRONOUN_ADVICE = {
    "en": re.compile(r"^(?:please )?(?:do not|don't|never|stop) \w+ (?:them|it)\b|^(?:throw|take|bring|return|keep) "
                     r"(?:them|it)\b", re.IGNORECASE),
    "fr": re.compile(r"^ne (?:les|le|la|l['’]) ?\w+ (?:pas|plus)\b|^\w+ez-(?:les|le|la)\b", re.IGNORECASE),
}


def _sorry_split(draft: Draft, apology: str | None, lang: str) -> tuple[str, str, str] | None:
    """The apology's own words and the rest of its block, when it opens on them before a colon."""
    block = next((b for b in draft.blocks if apology and apology in b), None)
    if not apology or block is None:
        return None
    last = roles.sentences(apology, lang)[-1].text if roles.sentences(apology, lang) else apology
    ending = _SORRY_AT_END.get(lang, _SORRY_AT_END["en"]).match(last)
    if ending and len(ending.group("reason")) > 20:
        # "It was offensive, above all to…, and we are sorry.": "We are sorry." beside the news,
        # "It was offensive, above all to…." after it.
        words = ending.group("words")
        return block, words[:1].upper() + words[1:] + ".", block.replace(last, ending.group("reason") + ".")
    parts = re.split(r"[\s\u00a0\u202f]?[:;]\s+", apology, maxsplit=1)  # (« …à nos clients ; notre ligne… »)
    clause = _APOLOGY_CLAUSE.get(lang, _APOLOGY_CLAUSE["en"])
    # (Or a clause that ends on the apology: "That was our mistake, and we're sorry: for some of you…")
    ends_sorry = clause.search(parts[0]) is not None and re.search(
        r"\b(?:sorry|apologi[sz]e|excuses|désolée?s)$", parts[0].rstrip(" .")) is not None
    if len(parts) < 2 or len(parts[0]) > 60 or not (clause.match(parts[0]) or ends_sorry):
        return None
    words, reason = parts[0].rstrip() + ".", parts[1][:1].upper() + parts[1][1:]
    return block, words, block.replace(apology, reason)


# "We will credit €15 to each of these customers": in a reply or a text, the sentence that said
# which customers is often not there (a figure left for the page); who is meant is said plainly.
_PEOPLE_EN = (r"customers|clients|passengers|members|people|users|households|patients|travell?ers|guests|subscribers|"
              r"ticket holders|holders|spectators|residents|tenants|owners|families|parents")
_PEOPLE_FR = (r"clients|clientes|voyageurs|passagers|membres|personnes|usagers|foyers|patients|abonnés|adhérents|"
              r"spectateurs|résidents|locataires|propriétaires|familles|parents|habitants")
_THESE_PEOPLE: dict[str, tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]] = {
    "en": ((re.compile(rf"\b(each|all|every one|any|none) of these ({_PEOPLE_EN})\b"), r"\1 of the \2 affected"),
           (re.compile(rf"\b(to|for) these ({_PEOPLE_EN})\b"), r"\1 the \2 affected")),
    "fr": ((re.compile(rf"\b(chacun|chacune|tous|toutes|aucun|aucune) de ces ({_PEOPLE_FR})\b"),
            lambda m: f"{m.group(1)} des {m.group(2)} {_concerned(m.group(2))}"),
           (re.compile(rf"\bà ces ({_PEOPLE_FR})\b"),
            lambda m: f"aux {m.group(1)} {_concerned(m.group(1))}")),
}


def _concerned(noun: str) -> str:
    return "concernées" if noun in ("personnes", "familles", "clientes") else "concernés"


def people_named(text: str, lang: str) -> str:
    """`text` with "each of these customers" as "each of the customers affected" (« chacun des
    clients concernés »), whoever "these" were."""
    for pattern, instead in _THESE_PEOPLE.get(lang, ()):
        text = pattern.sub(instead, text)
    return text


# "You do not need to do anything." alone on a picture: for what, the picture no longer says.
_NOTHING_TO_DO = re.compile(r"^\W*(?:you (?:do not|don['’]t) (?:need|have) to do anything|there is nothing (?:you need )?to "
                            r"do|vous n['’]avez rien à faire|il n['’]y a rien à faire)[\s\u00a0\u202f]*[.!]?$", re.IGNORECASE)


def list_as_one(sentences: list[str], markdown: str, lang: str) -> tuple[list[str], int]:
    """"Forecast for Thursday:" then its list ("- Port-Sénan line: 1 train in 2" …): the news is
    the list, each item's first sentence, told as one ("…: A: 1 in 2; B: 2 in 3; C: no trains."),
    never its lead-in alone nor its first item alone beside a line on tickets. The sentences with
    the lead-in and its items joined, and how many items were joined into it."""
    at = next((i for i, s in enumerate(sentences) if s.rstrip().endswith(":")), None)
    if at is None:
        return sentences, 0
    items = [line.strip()[2:].strip() for line in logical_lines(markdown) if line.strip().startswith(("- ", "* "))]
    listed = []
    for sentence in sentences[at + 1:]:  # (each item's first sentence, in a row)
        if not any(item.startswith(sentence.rstrip(". ")) for item in items):
            break
        listed.append(sentence)
    if not listed:
        return sentences, 0
    mark = "\u00a0; " if lang == "fr" else "; "
    joined = f"{sentences[at]} " + mark.join(c.rstrip(". ") for c in listed) + "."
    return [*sentences[:at], joined, *sentences[at + 1 + len(listed):]], len(listed)


def _card(brief: Brief, update: Update | None, correction: Correction | None) -> str:
    """The text for an Instagram image: what the picture must say on its own (people scroll
    past the caption): the title, then the one thing to do, or the update's news, short."""
    w = words(brief.lang)
    if correction is not None and update is not None:
        found = corrections.explicit_changes(correction.text)
        # "1.9, not 1.1" says nothing without its unit: a bare figure is told in its sentence.
        # (A date in figures, "09/01/2027, not 19/01/2027", says nothing of what it dates either.)
        if any(re.fullmatch(r"[\d\s\u00a0\u202f.,/:-]+", c.right) or corrections.is_count_word(c.right) for c in found):
            found = []
        changes = [w["not"].format(right=c.right, wrong=c.wrong) for c in found]
        said = brief.correction_sentences(update, correction)
        # The correction's own sentence when it is short enough, with what was wrong in it ("The
        # 212 online customers were refunded on 1 December, not on 30 November"): "1 December,
        # not 30 November" alone does not say what it dates.
        whole = _short(said[0]) if said else ""
        if not found and len(said) > 1 and set(re.findall(r"\d[\d,.\u202f\u00a0]*\d|\d", said[1])) - set(
                re.findall(r"\d[\d,.\u202f\u00a0]*\d|\d", said[0])):
            # "The estimate of about 1,200 counted Android users only." says what was wrong; the
            # sentence after it gives the right figure ("…3,140 customers"): the picture says both.
            whole = _short(f"{said[0]} {said[1]}") or _short(said[1]) or whole
        if whole and all(c.right in whole for c in found):
            changes = []
        lines = [brief.correction_heading(update).rstrip(" :"), "\n".join(changes) or whole]
    elif update is not None:
        # Its first sentence short enough for a picture, else the next that is; never a teaser
        # ("We have found the cause.") when the news follows; and what to do, when it is said
        # and room is left ("Do not send your transfers again").
        # (What changes for people before the work behind the scenes, as in the SMS: « les ambulances
        # sont orientées vers d'autres hôpitaux », never « Nos équipes travaillent sur place ».)
        # (A forecast's lead-in with its list, told as one: never "Forecast for Thursday:" alone.)
        sent, merged = list_as_one(brief.sent_sentences(update), update.text, brief.lang)
        forecast_at = next((i for i, t in enumerate(sent) if merged and ":" in t and ";" in t), -1)
        kept = [_after_teaser(t) for t in people_first(sent, brief.lang)]
        told = [t for t in kept if not _TEASER.match(t)] or kept
        # A line read alone on a picture: never one that points back ("That process was ours",
        # « Nous corrigeons ce format »); what people need (what they may do, what is back, what
        # they get) before how the system was fixed.
        leans = _LEANS.get(brief.lang, _LEANS["en"])
        alone = [t for t in told if not leans.match(t) and not _POINTS_BACK.get(brief.lang, _POINTS_BACK["en"]).search(t)]
        # (An outage's update that opens on how it was fixed, "Transaxis finished reversing the
        # change at 16:48", and then says the service is back: the picture says it is back.)
        opening = roles.sentences(told[0], brief.lang) if told else ()
        back_again = brief.kind == "outage" and not any(
            r.has(role) for r in opening for role in ("outcome", "advice", "harm", "never-ask"))

        def for_people(text: str) -> int:
            """The update's own news, what to do, who was hurt, which lots (in their order), then
            what works again: "sterling transfers work normally" never takes the place of the
            news that euro transfers are blocked."""
            said = roles.sentences(text, brief.lang)
            if brief.kind == "breach" and _FAKES.search(text):
                return -1  # after a breach, fakes going round are the news a picture must carry first
            if back_again and any(r.has("outcome") for r in said):
                return -1  # "Card payments are approved normally again" before how the fix was made
            if text == told[0] or any(r.has(role) for r in said for role in ("advice", "never-ask", "harm", "lots")) \
                    or (merged and text in sent and sent.index(text) == forecast_at):
                return 0  # (a forecast told as one list is what travellers plan on)
            return 1 if any(r.has("outcome") for r in said) else 2
        ranked = sorted(alone or told, key=for_people) if brief.kind != "controversy" else alone or told
        def card_line(text: str) -> str:
            # Too long for a picture: what changes for people in it, when it has a consequence of
            # its own (« La suspension des douches est étendue… »), rather than its first clause.
            # (A forecast told as one list keeps its day: a picture has room for 240 characters.)
            short = _short(text, 240 if merged and text in sent and sent.index(text) == forecast_at else 180)
            if short != text:
                consequence = [c for c in _consequence(text, brief.lang) if len(c) <= 180]
                return consequence[0] if consequence else short
            return short

        news = next((short for short in map(card_line, ranked) if short), "")
        # (One that leans on the news itself may follow it: "Do not click and do not pay anything"
        # right after the fake texts it is about, two sentences on at most.)
        at = next((i for i, t in enumerate(told) if _short(t) == news), None)
        # ("Until then, please keep paying another way": on a picture, "until then" points at nothing.)
        todo = next((_without_time_link(short) for i, t in enumerate(told) if (short := _short(t, 110)) and short != news and any(
            r.has("advice") or r.has("never-ask") for r in roles.sentences(t, brief.lang))
                     and (not leans.match(t) or (at is not None and 0 < i - at <= 2))), "")
        says_to_do = any(r.has("advice") or r.has("never-ask") for r in roles.sentences(news, brief.lang))
        if says_to_do:
            todo = ""  # the line already says what to do: never a second "do not eat it"
        elif not todo and brief.kind == "recall" and brief.first_advice:
            todo = _short(brief.first_advice, 110)  # a recall's picture says what to do with the product
        elif not todo and brief.kind == "safety" and not any(
                r.has("outcome") for t in told for r in roles.sentences(t, brief.lang)):
            # "Le rinçage du réseau est terminé." alone on a picture reads as the all-clear: what
            # people must still do goes with it, in its short form.
            todo = _short(_advice_in_force(brief, update) or "", 110)
        if todo and len(news) + len(todo) > 260:
            # "Do not eat this cheese." without how to return it: the link says it.
            head = re.split(r"[\s\u00a0\u202f]?[:;]\s", todo, maxsplit=1)[0]
            todo = end_sentence(head) if head != todo and len(head) >= 10 else _short(todo, 60)
        if _NOTHING_TO_DO.match(todo):
            todo = ""  # ("…without an agreement. / You do not need to do anything." reads as "nothing can be done")
        forecast = ""
        if not todo and forecast_at >= 0 and card_line(sent[forecast_at]) != news:
            # "The meeting ended without an agreement." then what runs tomorrow: what travellers plan on
            # (a picture has room for both, up to 320 characters).
            forecast = card_line(sent[forecast_at])
            forecast = forecast if len(news) + len(forecast) <= 320 else ""
        title = brief.title_at(update)
        if update is brief.statement.last_update and brief.title_overtaken:
            # ("Panne informatique", never « activité réduite » over « les urgences accueillent de
            # nouveau les ambulances »: the title's head, before what the news has overtaken.)
            head = re.split(r"[\s\u00a0\u202f]*:\s", title, maxsplit=1)[0]
            title = head if brief.title_overtaken not in head else ""
        lines = [title, update_header(brief, update).rstrip(" :"), news,
                 todo if todo and todo != news and len(news) + len(todo) <= 260 else forecast]
        if brief.kind == "recall" and brief.lot_codes:
            # "Do not eat it" on a picture shared alone says nothing without the lots it means.
            listed = lots_at(brief, update)
            codes = [code for code in brief.lot_codes if code in listed]
            if listed and not all(code in " ".join(lines) for code in codes):
                lines.append(_short(listed))
    else:
        # The picture says the news, that the worst is over when it is, and the one thing to do;
        # after a bad buzz, the apology (a picture without it reads as a headline about us); a
        # recall's picture, shared alone, names whose product it is.
        title = brief.statement.title
        if brief.title_overtaken and brief.news:
            # A title the news has overtaken ("IT outage: reduced activity at our three hospitals"
            # over "…are gradually returning to normal") would keep people away: the news heads it.
            title = next((form for form in [brief.news, *_without_what_it_did(brief.news)] if len(form) <= 160),
                         _short(brief.news))
        org = brief.settings.short_name_in(brief.lang) or brief.settings.organisation_in(brief.lang)
        if brief.kind == "recall" and org.casefold() not in title.casefold():
            title = f"{org}{' :' if brief.lang == 'fr' else ':'} {after_colon(title, brief.lang)}"
        sorry = _short_apology(brief.apology_text, brief.lang) if controversy_words(
            f"{brief.statement.title} {brief.statement.summary}") and not _APOLOGY_CLAUSE.get(
            brief.lang, _APOLOGY_CLAUSE["en"]).search(title) else None  # (never twice: the title may say it)
        # ("They did not obtain passwords…, and no money has been taken": on a picture, "they"
        # names no one; the clause that stands alone says it.)
        # After an accident, who was hurt is the news the picture must carry ("three passengers
        # were slightly injured and have all left hospital"), as on the first post.
        hurt = _short(brief.hurt) if brief.hurt and brief.hurt not in title else ""
        # (Never a line that counts back, "All nine have now gone home": on a picture the nine are
        # no one's; the page and the posts say it after the news.)
        if hurt and _COUNTS_BACK.match(hurt):
            hurt = ""
        advice = _short(brief.first_advice or "")
        # The apology on every picture that has room for it, short (a card without it reads as
        # a headline about us), after what protects people.
        if sorry is None and not _APOLOGY_CLAUSE.get(brief.lang, _APOLOGY_CLAUSE["en"]).search(title):
            sorry = _short_apology(brief.apology_text, brief.lang, 70)
            if sorry and len(" ".join(filter(None, (title, hurt, advice, sorry)))) > 330:
                sorry = None
            lines = [title, hurt, *(_short(_standing_outcome(o, brief.lang)) for o in brief.outcome[:1]
                                    if not _COUNTS_BACK.match(o)), advice, sorry or ""]
        else:
            lines = [title, sorry or "", hurt, *(_short(_standing_outcome(o, brief.lang)) for o in brief.outcome[:1]
                                                 if not _COUNTS_BACK.match(o)), advice]
        # (An apology bound to a sentence that leans, "All nine have now gone home. We are deeply
        # sorry.", gives only its own words: the sentence before never comes twice, nor alone.)
        lines = [_without_leaning_start(line, brief.lang) for line in lines]
        # (« Nous en sommes désolés » under « le centre est fermé » is sorry for the closure: on a
        # picture the apology stands alone, « Nous sommes profondément désolés ».)
        lines = [re.sub(r"^(Nous|Je) en (sommes|suis) ", r"\1 \2 ", line) if line == sorry or _apologises(line, brief.lang)
                 else line for line in lines]
        if brief.lot_codes:
            lines.append(_short(brief.lots_sentence()))
    return "\n".join(line for line in [*lines, w["bio"]] if line)


# A sentence that counts back ("All nine have now gone home", « Toutes les neuf sont rentrées chez
# elles »): the nine are the sentence before's.
_COUNTS_BACK = re.compile(r"^(?:all|both of the|all of the|toutes les|tous les|les) (?:\d+|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) "
                          r"(?:have|has|are|were|went|had|sont|ont|étaient|avaient)\b", re.IGNORECASE)


def _without_leaning_start(line: str, lang: str) -> str:
    """`line` without its opening sentences that lean on one before ("All nine have now gone
    home. We are deeply sorry." → "We are deeply sorry."), or "" when all of it does."""
    said = [s.text for s in roles.sentences(line, lang)] if line else []
    if not said or not _COUNTS_BACK.match(said[0]):
        return line
    while said and leans_on_before(said[0], lang):
        sorry = re.match(r"(Nous|Je) en (sommes|suis) ((?:[\w-]+ment )?désolée?s?\b.*)", said[0])
        if sorry:
            # « Nous en sommes profondément désolés. » said alone: « Nous sommes profondément désolés. »,
            # the authors' words without the « en » that pointed back.
            said[0] = f"{sorry.group(1)} {sorry.group(2)} {sorry.group(3)}"
            break
        said = said[1:]
    if not said and line and _apologises(line, lang):
        return _APOLOGY_ALONE.get(lang, _APOLOGY_ALONE["en"])  # (« Nous en sommes désolés. » alone says sorry for nothing)
    return " ".join(said) if len(said) != len(roles.sentences(line, lang)) else line


# A sentence that points back at one before it: "this process", « ce format ». (Times of day
# and the days of the week are no such pointer: "this morning", « ce soir ».)
_POINTS_BACK = {
    # ("that" is left alone: "the shops that received the lots" points nowhere.)
    "en": re.compile(r"\b(?:this|these|those) (?!morning|afternoon|evening|week|weekend|year|month|time|is\b|was\b)"
                     r"[a-z]+", re.IGNORECASE),
    "fr": re.compile(r"\b(?:ce|cet|cette|ces) (?!matin|soir|midi|jour|week-end|mois|année|lundi|mardi|mercredi|jeudi|"
                     r"vendredi|samedi|dimanche|nuit|après-midi|que\b|qui\b|qu['’])[a-zàâçéèêëîïôûù]+", re.IGNORECASE),
}
# Fakes going round after a breach ("fake text messages", « de faux SMS », "phishing e-mails").
_FAKES = re.compile(r"\b(?:fake|faux|fausses?|fraudulent|frauduleu\w*|phishing|hameçonnage|scam\w*|arnaques?)\b",
                    re.IGNORECASE)
# What people need from a card: what they may do, what is back, what they get, who is hurt.
_FOR_PEOPLE = ("advice", "never-ask", "outcome")


def _short(sentence: str, limit: int = 180) -> str:
    """A sentence for a card: whole if short, else its first clause (which says something of
    its own: "Personne n'a été gravement blessé."), else nothing."""
    if len(sentence) <= limit:
        return sentence
    # Without its parentheses and opening hours, when that is short enough ("use the Wilson
    # (rue Lafayette, 22 places) or Esquirol stations" → "use the Wilson or Esquirol stations").
    bare = next((form for form in essential_forms(sentence) if len(form) <= limit), None)
    if bare:
        return end_sentence(bare)
    # "If you ate at the brunch on 22 November: if you still have a fever…, see a doctor": the
    # condition alone says nothing to do; what follows the colon does, when it fits.
    lead_in = re.match(r"((?:if|si|for|pour|until|en attendant|d['’]ici)\b[^:]{3,80}?)\s*:\s+(.+)$", sentence,
                       re.IGNORECASE | re.DOTALL)
    if lead_in and len(lead_in.group(2)) <= limit:
        rest = lead_in.group(2)
        return end_sentence(rest[:1].upper() + rest[1:])
    # (Never a label alone: "Passagers de la traversée de 8 h 00 : votre billet…" cut at its colon
    # says nothing; cut later, the label keeps what it is for.)
    cuts = [c for c in clause_cuts(sentence, shortest=20) if len(c[0]) <= limit and not LABEL_ONLY.fullmatch(c[0].strip())]
    if cuts:
        return end_sentence(cuts[0][0])
    # An instruction with a list of cases ("Boil the water for 3 minutes before drinking it,
    # brushing your teeth, …"): its first case says what to do; the link gives the rest.
    # (Never after a condition: "If you were on board, …" cut there says nothing.)
    listed = re.match(rf"(.{{30,{limit}}}?),\s+(?:de |d['’]|ou |et |or |and |to )", sentence) \
        if _SUBORDINATE_START.match(sentence.strip()) is None else None
    return end_sentence(listed.group(1)) if listed else ""


# Where a sentence may be cut so each half says something: at ; : or a dash, or before a
# word that opens a clause of reason, purpose or consequence.
# « car » opens a French clause of reason when a subject or an article follows it ("your car is" never).
_FR_CAR = r"car(?= (?:il|elle|ils|elles|nous|vous|on|le|la|les|l['’]|c['’]|ce|cette|ces|des|du|un|une|leur|notre|nos|votre|vos|sa|son|ses|aucune?|rien|tout|tous)\b)"
_CLAUSE_OPENERS = (r"because|since|as|so that|so|which|while|whereas|but|after|until|when|including|especially|"
                   # a second "never" of a line against scams: the first says it ("…, and we will never ask you to…")
                   r"and we will never|et nous ne vous \w+ jamais|"
                   # a second main clause with its own subject ("…sell tickets, | and the validators refuse cards")
                   r"and (?:we['’](?:ll|re|ve|d)|the|our|we|its|their|all|every)\s|et (?:les|le|la|nos|notre|nous|tous|toutes)\s|"
                   # ("…since 2:45 p.m., | and this incident is now resolved")
                   r"and (?:this|that|these) (?=(?:[\w-]+ ){1,2}(?:is|are|was|were|has|have|will)\b)|"
                   r"et (?:cet|cette|ces|ce) (?=(?:[\w-]+ ){1,2}(?:est|sont|a|ont|sera|seront)\b)|"
                   # ("…are going through, | and 9-1-1 calls have been connecting normally since 5:02 p.m.")
                   r"and \d[\w.,-]*(?= [a-z])|"
                   # an alternative way to act ("call from a landline, | or go to the nearest hospital"):
                   # the first way said alone is still an instruction
                   r"or (?:go|call|visit|use|contact|ask|write|e-?mail|text|bring|take|return)\s|"
                   r"ou (?:rendez-vous|allez|appelez|contactez|utilisez|écrivez|rapportez|présentez-vous)\s|"
                   r"y compris|notamment|surtout|"
                   rf"{_FR_CAR}|parce que|puisque|afin de|afin que|pour que|mais|alors que|tandis que|dont|où|qui|après|"
                   # (what it led to: « …s'est rompu, | ce qui a bloqué l'entraînement », as ", which jammed")
                   r"ce qui|si bien que?|de sorte que?|"
                   r"jusqu'à ce que|lorsque|quand")
# (« …votre code PIN, pour confirmer un paiement » : a purpose after a comma opens a clause.)
_CLAUSE_CUT = re.compile(rf"\s*[;:—–]\s+|,\s+(?=(?:{_CLAUSE_OPENERS})\b|pour \w+(?:er|ir|re)\b)|"
                         rf"\s+(?=(?:because|{_FR_CAR}|parce que|afin de)\b)")


# A sentence that opens on a condition or a time clause ("If you missed…, you can claim"): cut
# before its main clause, it says nothing ("If you missed an appointment.").
# (So is a condition said as a phrase: "In a life-threatening emergency, call 112" is never
# "Call 112 as always." alone, which tells everyone to call.)
_SUBORDINATE_START = re.compile(r"^(?:if|when|whenever|unless|once|as soon as|before|after|while|although|now that|si|s['’]|"
                                r"lorsque|lorsqu['’]|quand|dès que|avant de|après|bien que|pour|maintenant qu['’e]|"
                                r"à présent qu['’e]|"
                                r"in (?:an?|the|case of)\b[^,]{0,40}\b(?:emergency|emergencies|doubt|case)|"
                                r"en cas d['’e]|in case of)\b", re.IGNORECASE)


# A condition opened inside a sentence and not closed ("…, and if you bought a ticket from the
# driver"): a first part ending there has lost the main clause the condition leads to.
_OPEN_CONDITION = re.compile(r"(?:^|[,;]\s+)(?:(?:and|but|or|et|mais|ou)\s+)?(?:if|when|whenever|unless|once|"
                             r"as soon as|while|although|si|s['’]|lorsque|lorsqu['’]|quand|dès que|bien que)\b"
                             r"[^,;]*$", re.IGNORECASE)
# Words that announce what follows a colon: cut there, they point at nothing.
_ANNOUNCES = re.compile(r"\b(?:these|those|the following|following|as follows|below|here|suivante?s|ci-après|"
                        r"ci-dessous|ceux-ci|celles-ci|voici|comme suit|"
                        # a verb whose object the colon opens: "For Club members it contains: surname, …"
                        r"contains?|includes?|included|comprises?|holds?|lists?|shows?|were|are|is|"
                        r"contient|contiennent|comprend|comprennent|inclut|incluent|sont|est|figurent|"
                        r"enthält|umfasst)\s*$", re.IGNORECASE)
# A value a colon introduces ("a third lot: L46321", "is: 327,400"): the part before says nothing.
# (A breakdown after a colon, "notified: 62,100 by email and 2,700 by letter", may be cut.)
_VALUE_START = re.compile(r"(?:[A-Z]{1,4}[\s-]?\d|\d[\d,. \u00a0\u202f]*(?<=\d)(?![\d,. \u00a0\u202f]\d|\d)"
                          r"(?=\s*(?:[,.;)]|$))|[A-Z]{2,}\b)")


# A last clause that opens on a subject with its relative clause ("the 50 that missed the last
# van", « les 37 qui sont arrivés »): cut there, the verb is left behind.
_SUBJECT_WITH_RELATIVE = re.compile(r"(?:^|[;:]\s+)(?:the|les?|la|l['’])\s*(?:\d[\d,.\u00a0\u202f ]*|\w+)(?:\s+\w+)?\s+"
                                    r"(?:that|who|which|qui|que|dont)\b[^,;:]*$", re.IGNORECASE)


# A clause that says how it happened ("…fell, | when her scooter's stem broke"): cut before it,
# the sentence loses its news. (A reason may go: "We are withdrawing this lot | because…".)
_HOW_IT_HAPPENED = re.compile(r"(?:lorsqu|quand\b|when\b|after\b|après qu)", re.IGNORECASE)


_PHONE_START = re.compile(r"\[?\+?\(?\d[\d \u00a0.\-()]{6,}")


# What takes the fear out of the clause before it: never the part a short copy loses.
_REASSURES = re.compile(r"\b(?:will not be|won['’]t be|(?:is|are) not at risk|(?:is|are) safe|no (?:money|data|one|"
                        r"customer|member)\b|ne (?:sera|seront|serez) pas|"
                        # (never what a label leaves out: « alors qu'elle n'est pas indiquée dans la liste »)
                        r"n['’](?:est|a|ont) (?:pas|aucun)\b(?! (?:indiqu|mentionn|signal|déclar|étiquet|encore))|aucune? "
                        r"(?:argent|donnée|frais|débit)|sont intacts?|en sécurité|il s['’]agit d['’]un (?:simple )?"
                        r"affichage|display (?:issue|error)|nicht gefährdet|sicher)\b", re.IGNORECASE)


def route_dash(before: str, after: str) -> bool:
    """Whether a dash between `before` and `after` joins two place names ("Grenoble – Voiron"):
    one phrase, never a place to cut."""
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and after.lstrip()[:1].isupper()


# An adverb that qualifies the clause after it ("mostly because…", « surtout parce que… »).
_HEDGE_END = re.compile(r"\b(?:mostly|mainly|largely|partly|only|just|probably|possibly|perhaps|even|simply|chiefly|"
                        r"notamment|surtout|principalement|essentiellement|uniquement|seulement|peut-être|"
                        # (« l'interrupteur est le même »: an adjective, never an adverb before the next clause)
                        r"(?<!\ble )(?<!\bla )(?<!\bde )(?<!\bdu )même|en partie)$",
                        re.IGNORECASE)


# A head whose subject follows its colon: « N'ont pas été exposés : … », "What was seen: …".
_SUBJECT_AFTER = re.compile(r"(?:what|which|who|ce qui|ce que|n['’]ont|ont|ne sont|sont|n['’]a|n['’]est|a été|ont été|"
                            r"were not|was not|not|also|seuls?|only)\b", re.IGNORECASE)


# A price ("CHF 6.50", "€12", "65 francs", « 6,50 € ») and words that point back to one.
_PRICE = re.compile(r"(?:\b(?:CHF|EUR|USD|GBP|CAD|AUD)[\s\u00a0]?|[€$£])\d+(?:[.,'’]\d+)*|\d+(?:[.,'’\u202f\u00a0]\d+)*"
                    r"[\s\u00a0\u202f]?(?:CHF|EUR|€|\$|£|francs?|euros?|dollars?)(?!\w)", re.IGNORECASE)
_THAT_PRICE = re.compile(r"\b(at|for) (?:that|this) price\b|\b(à) ce (?:prix|tarif)\b", re.IGNORECASE)


# An order that points at a thing by "that" (« cette case »): "Do not open that door".
_THAT_THING = re.compile(r"\b(?:(?:do not|don['’]t|never) (?:open|use|touch|eat|drink|give|take)|(?:ne |n['’])\s*(?:ouvrez|"
                         r"utilisez|touchez|mangez|buvez|donnez|prenez) pas) (that|this|cette|ce|cet) (\w+)\b", re.IGNORECASE)


# "Each of their accounts", « sur le compte de chacun d'eux »: whose, the sentence before says.
_WHOSE = re.compile(r"\beach of their\b|\bchacun d['’](?:eux|elles)\b", re.IGNORECASE)


def with_whose(sentences: list[str]) -> list[str]:
    """The sentences with each "…into each of their accounts" joined to the one before it, which
    says whose: an update's own sentences, in a text or a thread (not everywhere `bind` goes: in
    an announcement the long pair crowded out the advice; `whose_named` names them there)."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _WHOSE.search(sentence) and not _WHOSE.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


def whose_named(sentences: list[str]) -> list[str]:
    """"We are paying €50 into each of their accounts" → "…into each of the 3,140 customers'
    accounts", « sur le compte de chacun d'eux » → « …de chacun des 3 140 clients », from the
    sentence before that counted them: said alone, it would promise €50 to everyone."""
    named: list[str] = []
    for sentence in sentences:
        if _WHOSE.search(sentence) and named:
            count = re.search(r"\beach of the (\d[\d,.\u202f\u00a0]*\d|\d) (\w+)|\bchacun des (\d[\d\s\u202f\u00a0]*\d|\d) (\w+)",
                              named[-1], re.IGNORECASE)
            if count and count.group(1):
                sentence = re.sub(r"\beach of their\b", f"each of the {count.group(1)} {count.group(2)}'", sentence)
            elif count:
                sentence = re.sub(r"\bchacun d['’](?:eux|elles)\b", f"chacun des {count.group(3)} {count.group(4)}", sentence)
        named.append(sentence)
    return named


def things_named(sentences: list[str]) -> list[str]:
    """"Do not open that door" → "Do not open the door for 7 December", « N'ouvrez pas cette
    case » → « …la case du 7 décembre », from the sentence before that named it so: a short text
    may not carry that sentence."""
    named: list[str] = []
    for sentence in sentences:
        found = _THAT_THING.search(sentence)
        if found:
            noun = re.escape(found.group(2))
            full = next((m.group(0) for earlier in reversed(named) for m in [re.search(
                rf"\b(?:the|la|le|l['’])\s*{noun} (?:for|of|du|de la|de l['’]|des|de)\s*[^,.;:()]{{2,30}}?(?=[,.;:()]|$)",
                earlier, re.IGNORECASE)] if m), None)
            if full:
                sentence = sentence[:found.start(1)] + full + sentence[found.end(2):]
        named.append(sentence)
    return named


def prices_named(sentences: list[str]) -> list[str]:
    """"418 passes were sold at that price" → "…at CHF 6.50", the first price of the last
    sentence before that gives one: a short text may not carry that sentence."""
    named: list[str] = []
    for sentence in sentences:
        price = next((found.group(0) for earlier in reversed(named) for found in [_PRICE.search(earlier)] if found), None)
        named.append(_THAT_PRICE.sub(rf"\1\2 {price}", sentence) if price else sentence)
    return named


# An order ("please do not…", « ne l'annulez pas », « merci de… ») after what it is for.
_ORDER_START = re.compile(r"(?:please\s+)?(?:do not|don['’]t|never|ne\s|n['’]|merci de|veuillez)\b|\w+ez\b", re.IGNORECASE)
# An aside between commas, then the main verb ("to make the screen load faster, made our servers…",
# « pour accélérer le chargement, a conduit nos serveurs… »): what came before it is the subject.
# (A French verb keeps its pronouns: « 4 personnes, | qui s'étaient rendues aux urgences, nous ont été
# signalées » never leaves « 4 personnes. », kit 59.)
_INCISE_THEN_VERB = re.compile(r"^[^,;:.]{3,90},\s+(?:(?:nous|vous|leur|lui|les|en|y|ne|se)\s+|[nsl]['’])*"
                               r"(?:has|have|had|was|were|is|are|made|caused|led|sent|left|meant|"
                               r"a|ont|est|sont|avait|avaient|était|étaient|sera|seront|va|vont|"
                               r"\w{3,}(?:ed|ait|aient))\b", re.IGNORECASE)
# What we do for the people just named ("…; we are refunding them within 5 working days"):
# without it, what they did is a fact with no point.
_THEIR_REMEDY = re.compile(r"(?:and |et )?(?:we|nous)\b[^.;:]{0,30}\b(?:(?:refund|reimburs|compensat)\w* (?:them|those|each)|"
                           r"(?:les|leur) (?:rembours|indemnis|dédommag)\w*)", re.IGNORECASE)


# A question reported, answered after a colon: "Several of you asked whether…", « Vous êtes
# nombreux à nous demander si… ».
_ASKED = re.compile(r"\b(?:asked|ask|asking|wonder(?:ed|ing)?|want(?:ed)? to know) (?:us )?(?:whether|if|how|when|why|what)\b|"
                    r"\bdemand(?:é|ez|ent|er) (?:si|comment|quand|pourquoi|s['’])|\bvous (?:vous )?demandez (?:si|s['’])",
                    re.IGNORECASE)


def clause_cuts(sentence: str, shortest: int = 40) -> list[tuple[str, str]]:
    """(first part, rest) at each clause boundary of a sentence, longest first part first;
    a first part under `shortest` characters says too little and is not offered, nor one that
    ends before the main clause of a condition, nor one whose colon announces the value."""
    conditional = _SUBORDINATE_START.match(sentence.strip()) is not None
    cuts = []
    for m in _CLAUSE_CUT.finditer(sentence):
        first, rest = sentence[:m.start()].rstrip(" ,\u00a0\u202f"), sentence[m.end():]
        if m.start() < shortest or (conditional and "," not in first) or _OPEN_CONDITION.search(first):
            continue
        if first.count("(") > first.count(")"):
            continue  # never inside brackets: « Des bons de repas (CHF 15.– en Suisse… » cut at its dash
        if first.count('"') % 2 or first.count("“") > first.count("”") or first.count("«") > first.count("»"):
            continue  # nor inside quotation marks: 'The subject is "Brabanta: refund pending – action required"'

        if ":" in m.group() and (_VALUE_START.match(re.sub(r"^(?:le|la|les|the)\s+|^l['’]", "", rest))
                                 or _PHONE_START.match(rest)):
            continue  # "A dedicated line is open: +33 2 61 91 40 40" says nothing without the number (nor « 2 annulés : le CN 402 »)
        if ":" in m.group() and _TEASER.match(first + "."):
            continue  # "We now know the cause." says nothing without what follows its colon
        if ":" in m.group() and (len(first.split()) < 4 or LABEL_ONLY.fullmatch(first.strip())):
            continue  # a label is no statement: « Valbreuse–Port-Sénan : 1 train sur 2 », "Parents: do not…",
            # « Passagers de la traversée de 8 h 00 : votre billet… »
        if ":" in m.group() and len(first.split()) <= 6 and _SUBJECT_AFTER.match(first.strip()):
            continue  # « N'ont pas été exposés : le numéro… », "What was not exposed: your…": the subject follows
        if ":" in m.group() and len(first.split()) <= 5 and re.match(r"\d", rest) and not re.search(r"\d", first):
            continue  # nor one that announces figures: "Second day of the strike: 51% of the drivers…"
        if ";" in m.group() and re.search(r":\s", first):  # (a colon, not a clock: "until 23:00; 14 acts…")
            continue  # inside a list a colon opens ("one of these: A; B; C"): never one item of it
        if ":" in m.group() and ";" in rest and re.search(r"\b(?:never|jamais|nie(?:mals)?)\b", first, re.IGNORECASE):
            continue  # "We will never ask you, by phone, for: A; B; C" says nothing without what it never asks
        if ":" in m.group() and _ASKED.search(first):
            continue  # "Several of you asked whether you can keep riding: the bike will pedal, but…": never the question alone
        if ":" in m.group() and (_ANNOUNCES.search(first) or _LIST_ANNOUNCED.search(first)):
            continue  # "Stop using it if it is one of these." says nothing without the list
        if ":" in m.group() and corrections.RECALL_EXTENDED.search(first) and re.search(r"\blots?\s+\S*\d", rest,
                                                                                         re.IGNORECASE):
            continue  # « nous élargissons le rappel à… : pain blanc, lots 0306-L2… » says which only with its lots
        if re.search(r"[:;]", m.group()) and _REASSURES.search(rest):
            continue  # "…transactions twice: it is a display issue, you will not be debited twice" stays whole
        if re.match(r"(?:but|mais|aber)\s+(?:it|its|il|elle|es)\s+(?:is|will|est|sera|ist|wird)\b", rest, re.IGNORECASE):
            continue  # "the bike will pedal, | but it is heavy and the display will not work": the catch is the point
        if re.match(r"(?:but|mais|aber)\b[^.;]{0,40}\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|"
                    r"mercredi|jeudi|vendredi|samedi|dimanche|tomorrow|demain|at the earliest|au plus tôt|\d)", rest, re.IGNORECASE):
            continue  # "…not be back on Tuesday evening, | but on Thursday at the earliest": the new day is the point
        if re.match(r"(?:but|mais|aber)\s+(?:not|never|no|pas|jamais|nicht|kein)\b", rest, re.IGNORECASE):
            continue  # "…checked prices, | but not tone or context": the contrast is the point
        if re.match(r"(?:but|mais|aber)\b[^.;]*\b(?:we|our|us|nous|notre|nos|wir|unser\w*)\b", rest, re.IGNORECASE):
            continue  # "…our standby took over, | but a change we made stops our app…": what we own is the point
        if any(apology.search(rest) for apology in _APOLOGY_CLAUSE.values()) and not any(
                apology.search(first) for apology in _APOLOGY_CLAUSE.values()):
            continue  # "callers waited up to 40 minutes on our line: | we apologise…": never the wait without it
        if _SUBJECT_WITH_RELATIVE.search(first):
            continue  # "…; the 50 that missed the last van | because…": the subject waits for its verb
        if conditional and re.search(r"[:;]", m.group()) and _ORDER_START.match(rest.strip()):
            continue  # "If you bought a pass at that price, your order is recorded: | please do not buy it again"
        if "," in m.group() and _INCISE_THEN_VERB.match(rest.strip()):
            continue  # « Une modification mise en service à 7 h 38, | pour accélérer…, a conduit… »: the subject waits
        if _THEIR_REMEDY.match(rest.strip()):
            continue  # "27 customers bought a pass again at the normal price; | we are refunding them…"
        if _HOW_IT_HAPPENED.match(rest):
            continue  # "A rider fell, | when her scooter's steering column broke": the rest is the news
        if re.search(r"[—–]", m.group()) and route_dash(first, rest):
            continue  # "la ligne X01 Grenoble – Voiron": a route between two places, not a clause
        if _EMBEDDED_RELATIVE.match(rest.strip()):
            continue  # "…and the fire, | which started in hall 4, was put out": the subject waits for its verb
        hedge = _HEDGE_END.search(first)
        # (Never before a clause of its own: "…works again, partly, | but flights are still
        # delayed" keeps "partly", which is the news.)
        if hedge and not re.match(r"(?:and|but|or|so|yet|while|whereas|et|mais|ou|donc|alors que|tandis que)\b",
                                  rest.strip(), re.IGNORECASE):
            # "…sent back by the banks, mostly | because…": the adverb belongs to the reason and
            # goes with it.
            first, rest = first[:hedge.start()].rstrip(" ,\u00a0\u202f"), f"{hedge.group(0)} {rest}"
            if len(first) < shortest:
                continue
        cuts.append((first, rest))
    return list(reversed(cuts))


# A lot or batch code: letters then four digits or more ("L26344", "2611F01").
# (A capital and three digits at least: never a year, "use by 5 December 2026".)
_CODE = re.compile(r"\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d{3})[A-Z0-9][A-Z0-9-]{3,}\b")


_CALL = re.compile(r"((?:[^.:;]{0,20}:\s+)?(?:please\s+)?(?:call|phone|ring|appelez|téléphonez au|rufen Sie)\s+"
                   r"(?:us\s+on\s+|the\s+\w+\s+(?:line|number)\s+(?:on\s+)?|le\s+|nous\s+au\s+)?"
                   r"\+?\d[\d\u00a0\u202f .-]{6,}\d(?:\s*\([^()]{1,30}\))?)\s*(?:,|\s(?:or|ou|oder|and|et)\s)",
                   re.IGNORECASE)


def call_form(sentence: str) -> str | None:
    """"Parents: call 0 800 74 12 12 (free call) or come to the village hall, …, and we will tell
    you where your child is" → "Parents: call 0 800 74 12 12 (free call).": the number is what a
    text must carry; where else to go, the page says. None when the sentence is no such call."""
    found = _CALL.match(sentence)
    if found and len(found.group(1)) < len(sentence) - 20:
        return found.group(1) + "."
    # « Parents : au 0 800 74 12 12 (gratuit) ou à la salle des fêtes, … nous vous disons où se
    # trouve votre enfant » names the number without a verb: cut, it says to call it.
    bare = _AT_NUMBER.match(sentence)
    return f"{bare.group(1)} appelez le {bare.group(2)}." if bare and len(bare.group(0)) < len(sentence) - 20 else None


_AT_NUMBER = re.compile(r"([^.:;]{1,20}[\s\u00a0\u202f]?:)\s+au\s+(\+?\d[\d\u00a0\u202f .-]{6,}\d(?:\s*\([^()]{1,30}\))?)"
                        r"\s*(?:,|\s(?:ou|et)\s)")


def essential_forms(sentence: str) -> list[str]:
    """The sentence with only what identifies and says: without its parentheses ("two lots,
    L46318 (4 slices, 120 g) and L46319 (…)" → "two lots, L46318 and L46319"), and a list a
    colon opens on a code cut after that code ("a third lot: L46321, 4 slices, 120 g" → "a third
    lot: L46321."). Shorter forms than the whole that lose no identifier."""
    forms = []
    # Where and since when it was sold (", sold since 13 November in France and Belgium,"): the
    # page says it; what it is, its lots and why it is recalled stay.
    # (So when it was supplied: ", supplied between June and September 2024," — the lots say which.)
    sold = re.sub(r",\s+(?:sold|distributed|supplied|delivered|shipped|vendue?s?|distribuée?s?|commercialisée?s?|"
                  r"fournie?s?|livrée?s?)\b[^,;:()]{0,90},\s+", ", ",
                  sentence, count=1, flags=re.IGNORECASE)
    if sold != sentence:
        forms.append(sold)
    # ", which can cause serious illness: do not eat them": the instruction after the colon stays,
    # the aside on the hazard goes (the page and the name of the germ say it).
    aside = re.sub(r",\s+(?:which|that|qui|die|der|das)\s+(?:can|could|may|peu(?:t|vent)|pourrai(?:t|ent)|kann|können)\b"
                   r"[^,;:.()]{0,60}(?=\s*:\s+\S)", "", sentence, count=1, flags=re.IGNORECASE)
    if aside != sentence:
        forms.append(aside)
    # (A bracket of lot codes keeps them, without what follows them: "(L26344, L26345 and L26346, best
    # before 15/07/2027)" → "(L26344, L26345 and L26346)"; one without codes goes.)
    def _bare(found: re.Match[str]) -> str:
        inner = found.group(0).strip()[1:-1]
        if not _CODE.search(inner):
            return ""
        kept = re.split(r",\s+(?=(?:best before|use by|à consommer|DLC|DDM|DLUO|BBD|exp)\b)", inner, maxsplit=1,
                        flags=re.IGNORECASE)[0]
        return f" ({kept})"

    bare = re.sub(r"\s*\([^()]*\)", _bare, sentence)
    if bare != sentence:
        forms.append(bare)
    # ", even if it seems fine," « , même s'il semble intact, »: the instruction stands without it.
    # (", even if it seems fine, and order" → " and order": no comma left before "and".)
    even = re.sub(r",\s+(?:even if|even though|même si|même s['’]il|même s['’]ils)\b[^,;:.]{0,50},(\s+(?:and|et)\b)?",
                  lambda m: m.group(1) or ",", bare, flags=re.IGNORECASE)
    if even != bare:
        forms.append(even)
    # "…call the dedicated line on +33 1 99 00 42 30, open every day from 8:00 to 22:00": the hours
    # can go, the number stays.
    hours = re.sub(r",\s+(?:open|opened|available|staffed|ouverte?s?|joignables?|disponibles?|(?:from |du |de |von )?"
                   r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|every day|daily|lundi|mardi|mercredi|"
                   r"jeudi|vendredi|samedi|dimanche|tous les jours|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|"
                   r"samstags?|sonntags?|täglich))\b[^.;:]*(?=[.;:]?\s*$)", "", bare, flags=re.IGNORECASE)
    # (Only after a number to call or a place to go: « Demain, mercredi 18 novembre, la ligne S12
    # circulera… » is news of its own, never « Demain. ».)
    if hours != bare and re.search(r"\+?\d[\d\u00a0\u202f .-]{7,}\d|@|\b(?:line|ligne|desk|accueil|office|bureau|"
                                   r"centre|center|shop|store|magasin|boutique|agence|branch)\b", hours, re.IGNORECASE):
        forms.append(hours if hours.endswith((".", "!", "?")) else hours + ".")
    # "Since the first departures at 05:50, the app…": the time the update's header and the page
    # give may go, the fact stays. (Never "Since an update installed on Saturday, …": a cause.)
    # (So "This morning at 10:20, a security researcher told us…": when it was found, the page says.)
    since = re.match(r"(?:(?:since|depuis|seit)\s+[^,;:]{0,34}?|(?:this morning|this afternoon|this evening|today|"
                     r"yesterday|ce matin|cet après-midi|ce soir|aujourd['’]hui|hier)\s+(?:at|à)\s+)"
                     r"\b\d{1,2}(?:[:.]\d{2}|[\s\u00a0\u202f]h(?:[\s\u00a0\u202f]\d{2})?)"
                     # ("Since about 3:05 p.m., …", « Depuis 15 h 05 environ, … »)
                     r"(?:[\s\u00a0\u202f]?[ap]\.m\.|[\s\u00a0\u202f]environ)?\s*,\s+(?=\w)", sentence, re.IGNORECASE)
    if since:
        rest = sentence[since.end():]
        # (With the zone the time was given in: « Depuis 7 h 40 environ, heure irlandaise (8 h 40,
        # heure de Paris), certains clients… » → « Certains clients… », never « Heure irlandaise… ».)
        rest = re.sub(r"^(?:heure (?:d['’]|de )?[\w-]+|(?:[A-Z][\w-]+ )?time)(?:[\s\u00a0]*\([^()]*\))?\s*,\s+", "", rest,
                      flags=re.IGNORECASE)
        forms.append(rest[:1].upper() + rest[1:])
    # "Two compliant tests, taken on 15 and 16 December, allow us to lift the notice…, with the
    # agreement of the ARS": when the tests were taken, who agreed and where a notice holds
    # "where the latest tests still show enterococci" — the page says them; each goes in turn.
    lean = re.sub(r",\s+(?:taken|carried out|done|made|collected|faites?|réalisée?s?|effectuée?s?|prélevée?s?)\b"
                  r"[^,;:()]{0,60},\s+", " ", bare, count=1, flags=re.IGNORECASE)
    if lean != bare:
        forms.append(lean)
    agreed = re.sub(r",\s+(?:with the (?:agreement|approval|consent|backing) of|avec l['’](?:accord|aval|autorisation) d[eu']|"
                    r"en accord avec)\b[^,;:.]{0,50}(?=\.\s*$)", "", lean, count=1, flags=re.IGNORECASE)
    if agreed != lean:
        forms.append(agreed)
    where = re.sub(r",\s+(?:where|où)\s[^;:]{0,100}(?=\.\s*$)", "", agreed, count=1, flags=re.IGNORECASE)
    if where != agreed:
        forms.append(where)
    # "The gondola reopens this morning at 8:30, after the replacement of… and load tests…": what
    # made it possible, the page tells; the news ends before ", after".
    after = re.sub(r",\s+(?:after|following|once|après|à la suite d[eu']|une fois)\s[^;:]{20,}(?=\.\s*$)", "", sentence,
                   count=1, flags=re.IGNORECASE)
    after = re.sub(r"\.\.$", ".", after)  # ("…at 8:30 a.m." ends on its own full stop)
    if after != sentence and len(after) >= 30:
        forms.append(after)
    # "As a precaution, and in agreement with the ARS, we are asking…" → "We are asking…"
    # "Parents: call 0 800 74 12 12 (free call) or come to the village hall, …, and we will tell
    # you where your child is" → "Parents: call 0 800 74 12 12 (free call).": the number is what a
    # text must carry; where else to go, the page says.
    call = call_form(sentence)
    if call:
        forms.append(call)
    caution = re.match(r"(?:as a precaution|par précaution|par mesure de précaution)(?:,?\s+(?:and|et)\s[^,]{0,50})?,\s+(?=\w)",
                       sentence, re.IGNORECASE)
    if caution:
        rest = sentence[caution.end():]
        forms.append(rest[:1].upper() + rest[1:])
    for text in (sentence, bare):
        head = re.match(r"(.*?:\s+(?:[A-Z]{0,4}[\s-]?\d[\w-]*|[A-Z]{2,}\w*))[,;]\s", text)
        # (Never the first of a list of codes each with its own value, « le plan : T1, 1 tram
        # sur 2 ; T2, … » → « le plan : T1. »: one lot's code says something, one line's does not.)
        listed = head and len(re.findall(r"\b[A-Z]{1,4}\d{1,4}\b", text[head.end():])) >= 1 and ";" in text[head.end():]
        # (Nor the first of a list of codes: « Lots concernés : 25J141, 25J142, 25J150 » → « 25J141. »
        # would tell the owner of 25J142 that theirs is safe.)
        more_codes = head and re.match(r"(?:and |et |und )?(?:(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z0-9][\w-]{2,}|\d{4,})\b",
                                       text[head.end():]) is not None
        if head and len(head.group(1)) >= 30 and not listed and not more_codes:
            forms.append(head.group(1) + ".")
    return list(dict.fromkeys(forms))


# German letters go on in lower case after "Guten Tag," — except nouns, which keep their capital:
# only these words, which are never nouns, lose it ("Seit heute Morgen…" → "seit heute Morgen…").
_GERMAN_SMALL_WORDS = frozenset("""seit wir unser unsere unseren unserem unserer am um heute gestern morgen die der
    das den dem des ein eine einen einem einer es bei in im nach aufgrund wegen ab von vom zu zum zur leider derzeit
    aktuell seit durch für mit ohne während bis auf an aus sie ihr ihre ihren ihrem ihrer""".split())


def _after_german_greeting(paragraph: str) -> str:
    first = paragraph.split(" ", 1)[0]
    return paragraph[:1].lower() + paragraph[1:] if first.lower() in _GERMAN_SMALL_WORDS else paragraph


def _unclickable(text: str) -> str:
    """Instagram does not link: a link's text stays, its address goes; a bare address is
    written without its scheme, to be read and typed."""
    text = re.sub(r"\s*\((?:https?|mailto|tel):[^)\s]*\)", "", text)
    return re.sub(r"https?://", "", text)


def given_among_doing(brief: Brief, blocks: list[str]) -> str | None:
    """What people get, told only among what we do ("…, and we are refunding the delivery charge
    (£6.95) on every delayed order"), when `blocks` do not give it: every announcement says it,
    never the page alone. Its own clause when the rest of the sentence is said already."""
    # (With the sentence it leans on: "We have called each of the 64 passengers. Their day ticket is
    # refunded…", never "Their day ticket…" after thanks to the patrollers.)
    doing = whose_named(bind([s.text for s in roles.sentences(brief.text_of("what_we_are_doing"), brief.lang)],
                             brief.lang))
    given = next((group for group in doing if any(s.has("compensation") for s in roles.sentences(group, brief.lang))
                  and not any(s.has("next-update") for s in roles.sentences(group, brief.lang))), None)
    if given and any(_says_again(given, block) for block in blocks):
        clauses = [c for c in re.split(r",\s+(?:and|et|und)\s+|[\s\u00a0\u202f]?;\s+", given.rstrip(" ."))[1:]
                   if any(s.has("compensation") for s in roles.sentences(c, brief.lang))]
        given = end_sentence(clauses[0][:1].upper() + clauses[0][1:]) if clauses else None

    def gives(block: str) -> bool:
        return any(s.has("compensation") for s in roles.sentences(block, brief.lang))

    if given and not any(_says_again(given, block) and gives(block) for block in blocks):
        return given
    return None


def _long_form_blocks(brief: Brief) -> list[str]:
    """For channels read in full (Facebook): the summary as the authors wrote it (it opens
    with the news), what people should do, the line against phishing, the promise."""
    w = words(brief.lang)
    blocks = plain_items(brief.summary, brief.lang)
    if brief.news and brief.news not in " ".join(blocks) and brief.news != end_sentence(brief.statement.title):
        blocks.insert(0, brief.news)  # (the closing update's news, once the summary's has passed)
    if brief.own_apology and brief.own_apology not in " ".join(blocks):
        blocks.append(brief.own_apology)  # said where it was written, it would not be read
    elif not brief.own_apology and brief.apology_by and brief.apology_text:
        blocks.append(brief.apology_text)  # the leader's, quoted: a caption without it reads as indifference
    if brief.lot_lines:
        blocks.append("\n".join(f"- {line}" for line in brief.lot_lines))
    given = given_among_doing(brief, [*blocks, *brief.advice_items])
    if given:
        blocks.append(given)
    if brief.advice_items:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in brief.advice_items))
    if brief.never_ask and brief.never_ask not in " ".join(blocks):
        blocks.append(brief.never_ask_alone or brief.never_ask)
    if brief.promise_line():
        blocks.append(brief.promise_line())
    return table_listed(blocks, brief)


# "the table on our website" in a copy that lists the table's rows itself.
# (Words without "below": the copy's own text tells no page around it.)
_TABLE_ON_SITE = {"en": (re.compile(r"\bthe table (?:on our website|below|above)\b"), "the list of recalled lots"),
                  "fr": (re.compile(r"\ble tableau (?:sur notre page d['’]information|ci-dessous|ci-dessus)\b"),
                         "la liste des lots rappelés"),
                  "de": (re.compile(r"\bdie Tabelle (?:auf unserer Website|unten|oben)\b"), "die Liste der zurückgerufenen Chargen")}


def table_listed(blocks: list[str], brief: Brief, listed: bool | None = None) -> list[str]:
    """A copy that lists the recalled products' rows (or their lots) points at them, not at
    the website's table ("if they match the list of recalled lots"); `listed`: whether the copy
    lists them, when `blocks` are only part of it."""
    if not brief.lot_lines or brief.lang not in _TABLE_ON_SITE:
        return blocks
    pattern, instead = _TABLE_ON_SITE[brief.lang]
    if listed is None:
        listed = any(brief.lot_lines[0] in block or brief.lots_sentence() in block for block in blocks)
    if not listed:
        return blocks
    return [pattern.sub(instead, block) for block in blocks]


def _linkedin_blocks(brief: Brief) -> list[str]:
    """For partners and staff: the summary and the promise of the next update, then what
    people should do, the context (what happened, what is being done), the leader's words."""
    w = words(brief.lang)
    statement = brief.statement

    def paragraph(key: str) -> str:
        """The section's prose in one paragraph, a table's rows each on a line of its own."""
        pieces: list[str] = []
        for part in to_plain(brief.text_of(key), headings=False, lang=brief.lang).split("\n\n"):
            if all(line.startswith("- ") for line in part.split("\n")):
                pieces.append("\n" + part + "\n")
            else:
                pieces.append(" ".join(s.text for s in roles.sentences(part, brief.lang)) + " ")
        return "\n".join(line.strip() for line in "".join(pieces).strip().split("\n"))

    blocks = [" ".join(s.text for s in brief.summary_sentences)]
    apology = brief.own_apology if brief.own_apology and brief.own_apology not in blocks[0] else None
    if apology:
        blocks[0] = f"{blocks[0]} {apology}"  # the apology with the news, not after the context
    if brief.lot_lines:
        blocks.append("\n".join(f"- {line}" for line in brief.lot_lines))
    if brief.advice_items:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in brief.advice_items))
    doing = plain_items(brief.text_of("what_we_are_doing"), brief.lang)
    if doing:
        blocks.append(w["doing"] + "\n" + "\n".join(f"- {item}" for item in doing))
    happened = paragraph("what_happened")
    if apology:
        happened = "\n".join(" ".join(line.replace(apology, " ").split()) for line in happened.split("\n"))
    from generator.rendering.press import quote_words

    quote = quote_words(statement)  # without the attribution the authors may have written in it
    person = statement.spokesperson
    opened, closed = QUOTE_MARKS.get(brief.lang, QUOTE_MARKS["en"])
    by = ""
    if quote and person:
        role = person.role[:1].lower() + person.role[1:] if brief.lang in _LOWER_CASE_ROLES else person.role
        by = w["quote_by"].format(name=person.name, role=role)
    quoted = f"{opened}{quote}{closed}\n{by}" if quote and by else ""
    said = (brief.quoted_apology or "").strip(f"{opened}{closed} \u00a0\u202f")
    if quoted and brief.apology_by and said:
        # The leader's words go right after the news when they hold the only apology: a long post
        # loses its last blocks first, and one without the apology reads as indifference. Whole
        # when the post still holds what we are doing with them; else the quote up to its
        # apology, whole sentences from its start ("cette clé" in the apology names what the
        # sentence before said), and the rest last.
        upto = quote[:quote.index(said) + len(said)] if said in quote else quote
        room = sum(len(block) + 2 for block in blocks) + len(quoted) + 300 <= CHANNEL_RULES["linkedin"].limit
        rest = "" if room or len(quote) <= len(upto) + 80 else " ".join(quote[len(upto):].split())
        blocks.insert(1, f"{opened}{upto if rest else quote}{closed}\n{by}")
        blocks.extend(filter(None, [happened, f"{opened}{rest}{closed}\n{by}" if rest else ""]))
    else:
        # (The leader's words are what a LinkedIn post is read for: when the post would be too
        # long for both, the account of what happened keeps its first sentences and its cause, the
        # page the rest.)
        promise = brief.promise_line() or ""
        # (What the post adds around the blocks: the title, the link line, two hashtags.)
        around = len(brief.statement.title) + len(words(brief.lang)["link"].format(url=_url(brief))) + 80
        budget = CHANNEL_RULES["linkedin"].limit - sum(len(block) + 2 for block in blocks) - len(quoted) - len(promise) \
            - around - 60
        if quoted and happened and len(happened) > budget and "\n" not in happened:
            # (The cause stays: "a bearing in the main gearbox broke" is what the post's "the faulty
            # gearbox will be replaced" needs; how the rescue went, the page tells.)
            parts = roles.sentences(happened, brief.lang)
            told = [x.text for x in parts]
            whole = [x.text for x in parts]
            while told and len(" ".join(told)) > budget:
                # (Nor the sentence a cause leans on: "It had been placed there through a stolen
                # login" needs "our teams found malicious code" before it.)
                needed = {i - 1 for i in range(1, len(parts)) if parts[i].has("cause")
                          and leans_on_before(parts[i].text, brief.lang)}
                spare = [i for i in range(len(told) - 1, 0, -1) if not parts[i].has("cause") and i not in needed]
                told.pop(spare[0] if spare else len(told) - 1)
                parts = tuple(x for x in parts if x.text in told)
            # (Never a sentence whose point is in the one left out: "On 2 November we installed an
            # update." without "It broke a check…" says nothing. An account left with no cause, harm
            # or figure is left out altogether.)
            told = [t for t in told if whole.index(t) + 1 >= len(whole) or whole[whole.index(t) + 1] in told
                    or not leans_on_before(whole[whole.index(t) + 1], brief.lang)]
            happened = " ".join(told) if any(x.has("cause") or x.has("harm") or x.has("figure")
                                             for x in roles.sentences(" ".join(told), brief.lang)) else ""
        blocks.extend(filter(None, [happened, quoted]))
    if brief.promise_line():
        # With the news: a long post loses its last blocks first, never the next update.
        blocks.insert(1, brief.promise_line())
    return table_listed(blocks, brief)


# -- SMS ------------------------------------------------------------------------------------

# Typography GSM-7 lacks, written the plain way (no reader sees a difference); letters keep
# their accents: a text that needs UCS-2 may take one segment more (limits.py).
_TO_GSM = str.maketrans({"’": "'", "«": '"', "»": '"', "…": "...", "–": "-", "—": "-", "\u00a0": " ",
                         "\u202f": " ", "“": '"', "”": '"', "œ": "oe", "Œ": "OE"})


_PURGE = {"le": "la purge", "du": "de la purge", "au": "à la purge", "ce": "cette purge"}


# Letters GSM-7 lacks, written without their accent when the exact text does not fit (the
# last resort: « recu », « etre » read as misspelt, so only what must be said is sent so; a
# sentence that merely adds a fact goes only when it needs no such letter, `_spelt_out`).
_TO_GSM_LETTERS = str.maketrans({"ê": "e", "â": "a", "î": "i", "ô": "o", "û": "u", "ç": "c", "ë": "e", "ï": "i",
                                 "Ê": "E", "Â": "A", "Î": "I", "Ô": "O", "Û": "U", "Ë": "E", "Ï": "I", "À": "A",
                                 "È": "E", "Ù": "U", "ÿ": "y"})
# (î, û: the 1990 reform's « connaitre », « aout »; capitals: much French print drops their accents.)
_LOSSY = frozenset("êâôçëÿ")


def _spelt_out(text: str) -> bool:
    """Whether `text` goes as GSM-7 without losing a letter's accent (`_sms_forms`' first two)."""
    plain = text.translate(_TO_GSM)
    return counting.sms_encoding(plain) == "gsm7" or not any(c in _LOSSY for c in _gsm_words(plain))


# French words whose accent GSM-7 lacks, said with words it has before any letter loses its
# accent: a text from a company never reads misspelt ("montez quand meme", "d'hameconnage").
# (Without î and û, "aout" or "connaitre" are the reformed spelling: no need.)
def _prevenus(match: re.Match[str]) -> str:
    """« ont reçu un SMS » → « ont été prévenu(e)s par SMS », agreed with the subject just before
    (« ces personnes », « les familles »: feminine; anything else masculine)."""
    verb, already, medium = match.group(1), match.group(2) or "", match.group(3)
    before = match.string[max(0, match.start() - 40):match.start()]
    feminine = re.search(r"\b(?:personnes?|familles?|clientes?|patientes?|victimes?|abonnées?|équipes?|mères?|femmes?)\b"
                         r"(?:\s+\S+){0,3}\s*$", before, re.IGNORECASE)
    agreed = "prévenu" + ("e" if feminine else "") + ("s" if verb.lower() == "ont" else "")
    return f"{verb} {already}été {agreed} par {medium}"


# Parts and materials: « le même interrupteur » on another model is one of the same make.
_OF_A_MAKE = re.compile(r"(?:interrupteur|silicone|composant|pièce|piece|matériau|materiau|plastique|joint|capteur|"
                        r"puce|logiciel|moteur|batterie|chargeur|câble|cable|colle|vernis|encre|emballage|modèle|type|"
                        # (a fault of the same kind: « montrent le même défaut » → « un défaut identique »)
                        r"défaut|defaut|problème|vice|dysfonctionnement|anomalie|panne|erreur|faille)s?$")


def _same(named: str, of_a_make: str) -> Callable[[re.Match[str]], str]:
    """« le même interrupteur » → « un interrupteur identique »; « le même réservoir » → « ce
    réservoir » when the text has named the reservoir before; else the words as written (their
    accent goes, never their meaning: never « un réservoir identique », another one)."""
    def said(found: re.Match[str]) -> str:
        noun = found.group(1)
        if _OF_A_MAKE.match(noun):
            return of_a_make.format(noun)
        return named.format(noun) if re.search(rf"\b{re.escape(noun[:6])}", found.string[:found.start()],
                                               re.IGNORECASE) else found.group(0)
    return said


def _said_within(short: str, long: str) -> bool:
    """Whether `long` says the whole of `short`: its words (case and final stop aside), or each of
    its words of three letters or more ("Do not open them; take them back to the shop" within "Do
    not open these bottles; take them back to the shop and you will get a refund")."""
    inner = re.sub(r"\s+", " ", short).strip().rstrip(".").casefold()
    if len(inner) < 20:
        return False
    if inner in re.sub(r"\s+", " ", long).casefold():
        return True
    mine = set(re.findall(r"[^\W\d_]{3,}|\d+", inner))
    theirs = set(re.findall(r"[^\W\d_]{3,}|\d+", long.casefold()))
    return len(mine) >= 4 and mine <= theirs and len(long) > len(short)


def _receive_in_gsm(found: re.Match[str]) -> str:
    """« reçoivent » without « ç » (GSM-7 has none), in the tense the sentence has."""
    plural = found.group(1) == "vent"
    start = max(found.string.rfind(". ", 0, found.start()), 0)
    end = found.string.find(". ", found.end())
    sentence = found.string[start:len(found.string) if end < 0 else end]
    after = found.string[found.end():found.end() + 40]
    if re.search(r"\b(?:ce soir|demain|d['’]ici|prochaine?s?|à partir d|dès (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                 r"dimanche|demain))\b", sentence, re.IGNORECASE) and not re.search(r"\bdepuis\b", sentence, re.IGNORECASE):
        return "vont recevoir" if plural else "va recevoir"
    if re.match(r"\s+(?:de |des |d['’])(?:faux|fausses?|messages? frauduleux|textos frauduleux)", after, re.IGNORECASE):
        return "sont la cible" if plural else "est la cible"
    return "se voient envoyer" if plural else "se voit envoyer"


# (A word whose only synonym says something else keeps its letters, without the accent GSM-7
# lacks: « système de contrôle des départs » names a system, a « rançongiciel » is no « logiciel
# malveillant », a ransom no « paiement ».)
_GSM_WORDS = ((r"\bquand même\b", "malgré tout"),
              # « À ce stade » → « Pour l'instant » (GSM-7 has no capital « À »)
              (r"(?-i:À) ce stade\b", "Pour l'instant"),
              # « avoir reçu un texto » → « avoir été destinataires d'un texto » (never « recu »)
              (r"\bavoir reçu (une?)\b", r"avoir été destinataires d'\1"),
              # « Ont pu être vus : le nom… » → « Ont pu s'afficher : le nom… » (never « etre »)
              (r"\b(ont|a) pu être (?:vue?s?|affichée?s?|consultée?s?)\b", r"\1 pu s'afficher"),
              # « ont pu être volées » → « pourraient avoir été volées » (never « ont pu etre »)
              (r"\bont pu être (\w+é(?:e|s|es)?)\b", r"pourraient avoir été \1"),
              (r"\ba pu être (\w+é(?:e|s|es)?)\b", r"pourrait avoir été \1"),
              # « conduite à l'hôpital » → « conduite au centre hospitalier » (never « l'hopital »)
              # (never a name: « l'hôpital Laurentien » stays as it is called)
              (r"\bà l['’]hôpital\b(?![\s\u00a0]+(?-i:[A-Z]))", "au centre hospitalier"),
              # (« sortis de l'hôpital » → « sortis du centre hospitalier », never « de le »)
              (r"\bde l['’]hôpital\b(?![\s\u00a0]+(?-i:[A-Z]))", "du centre hospitalier"),
              (r"\bl['’]hôpital\b(?![\s\u00a0]+(?-i:[A-Z]))", "le centre hospitalier"),
              (r"\bun hôpital\b(?![\s\u00a0]+(?-i:[A-Z]))", "un centre hospitalier"),
              # « l'arrêt automatique » → « la mise à l'arrêt automatique » keeps the word, not its accent:
              # « l'immobilisation » says the same without « ê ».
              (r"\bl['’]arrêt (automatique|d['’]urgence|de la télécabine|du télésiège|de la remontée)\b",
               r"l'immobilisation \1"), (r"\bla cause de l['’]arrêt\b", "la cause de la panne"),
              # « ont dû être reportées » → « ont été reportées », « avait dû évacuer » → « avait
              # évacué »: never « du » for « dû », which reads as another word.
              (r"\b(ont|a|avaient|avait) dû être\b", r"\1 été"),
              (r"\b(ont|a|avaient|avait) dû (\w+)er\b", r"\1 \2é"),
              # « reçoivent un SMS ce soir » → « vont recevoir un SMS ce soir » (never « recoivent »)
              # (Now, « depuis ce matin, des usagers reçoivent de faux textos »: « sont la cible de » when
              # they are fakes, else « se voient envoyer »; the future only for what is to come.)
              (r"\breçoi(t|vent)\b", _receive_in_gsm),
              (r"\b(e-?mails?|courriels?|messages?|SMS|sites?) d['’]hameçonnage\b", r"\1 frauduleux"),
              (r"\bl['’]hameçonnage\b", "la fraude"), (r"\bhameçonnage\b", "fraude"),
              # « empêche de payer » → « ne permet pas de payer » (never « bloque de payer »)
              (r"\b((?:vous|nous|les) )?empêche (de|d['’])", r"ne \1permet pas \2"),
              (r"\b((?:vous|nous|les) )?empêchent (de|d['’])", r"ne \1permettent pas \2"),
              (r"\bempêche(nt)?\b", r"bloque\1"),
              (r"\bpour être (?:remboursée?s?|remboursés)\b", "pour obtenir le remboursement"),
              (r"\bqui ont reçu les\b", "destinataires des"),
              # « du même modèle » → « de ce modèle »: the sentence has just named it.
              (r"\bdu même (modèle|type|lot|fabricant|fournisseur)\b", r"de ce \1"),
              (r"\bsi vous êtes concernée?s?\b", "si cela vous concerne"),
              (r"\bvous êtes (?=sur place|à bord|dans|en gare|sur le site)", "vous vous trouvez "),
              # (« système de contrôle des départs », « tour de contrôle »: a name, kept as written.)
              (r"\bcontrôles\b", "vérifications"),
              (r"\ble contrôle\b", "la vérification"), (r"\bdu contrôle\b", "de la vérification"),
              (r"\bau contrôle\b", "à la vérification"), (r"\bun contrôle\b", "une vérification"),
              (r"\bce contrôle\b", "cette vérification"), (r"\b(notre|votre|leur) contrôle\b", r"\1 vérification"),
              (r"\bcontrôl(ée?s?)\b", r"vérifi\1"), (r"\barrêtez\b", "cessez"),
              (r"\breste arrêtée?\b", "n'a pas redémarré"), (r"\brestent arrêtée?s\b", "n'ont pas redémarré"),
              # (« la fuite est arrêtée » is stopped, never « ne fonctionne plus », said of a machine)
              # (« la télécabine s'est arrêtée » → « s'est immobilisée », as a machine does)
              (r"\bs['’]est arrêté(e?)\b", r"s'est immobilisé\1"), (r"\bse sont arrêté(e?)s\b", r"se sont immobilisé\1s"),
              (r"\best arrêté(e?)\b", r"est stoppé\1"), (r"\bsont arrêté(e?)s\b", r"sont stoppé\1s"),
              # « des maux de tête » → « des céphalées » (the word a doctor uses; never « tete »)
              (r"\b(?:des )?maux de tête\b", "des céphalées"), (r"\bmal à la tête\b", "des céphalées"),
              (r"\bsymptômes\b", "signes"), (r"\bsymptôme\b", "signe"),
              # « dans les mêmes magasins » → « dans les magasins déjà concernés »
              (r"\bles mêmes (magasins|points de vente|enseignes|pharmacies|rayons)\b", r"les \1 déjà concernés"),
              # (Never a named hospital: « l'Hôpital Laurentien », « l'hôpital de Verviers-Hodimont » keep
              # their name, whatever it costs.)
              (r"\bà l['’](?-i:h)ôpital\b(?!\s+(?:de |d['’]|du )?(?-i:[A-Z]))", "au centre hospitalier"),
              (r"\bde l['’](?-i:h)ôpital\b(?!\s+(?:de |d['’]|du )?(?-i:[A-Z]))", "du centre hospitalier"),
              (r"\bl['’](?-i:h)ôpital\b(?!\s+(?:de |d['’]|du )?(?-i:[A-Z]))", "le centre hospitalier"),
              # (Never « hôpitaux » → « sites hospitaliers »: « vers les autres hôpitaux de la région »
              # would send patients to the group's own sites.)
              (r"\bbientôt\b", "prochainement"),
              # « Si vous ou votre enfant êtes allergique aux arachides » → « souffrez d'une allergie aux »
              (r"\bêtes allergiques? (aux?|à la|à l['’])", r"souffrez d'une allergie \1"),
              # « Si vous êtes allergique, ne les mangez pas » → « En cas d'allergie, … » (never « etes »)
              (r"\bsi vous êtes allergiques?\b", "en cas d'allergie"),
              # « Si vous êtes inquiet pour un proche » → « Si vous vous inquiétez pour un proche »
              (r"\bvous êtes inqui(?:et|ets|ète|ètes)\b", "vous vous inquiétez"),
              # « avec le même lot de pépites » → « avec ce lot de pépites » (never « meme »)
              (r"\b(?:le|ce) même (lot|modèle|type|fabricant|fournisseur|produit)\b", r"ce \1"),
              # « la gêne occasionnée » → « le désagrément occasionné » (never « gene », another word)
              (r"\bla gêne (occasionnée|causée)\b", lambda m: "le désagrément " + m.group(1)[:-1]),
              # (A « gêne respiratoire » is a symptom: « une difficulté respiratoire », never a nuisance.)
              (r"\bgêne (respiratoire|à respirer|oculaire|thoracique)\b",
               lambda m: "difficulté respiratoire" if m.group(1) != "oculaire" and m.group(1) != "thoracique"
               else ("irritation oculaire" if m.group(1) == "oculaire" else "douleur thoracique")),
              (r"\bde la gêne\b(?! (?:respiratoire|à respirer|oculaire|thoracique))", "du désagrément"),
              (r"\b(?:la|cette) gêne\b(?! (?:respiratoire|à respirer|oculaire|thoracique))", "le désagrément"),
              (r"\best allergique (aux?|à la|à l['’])", r"souffre d'une allergie \1"),
              # « ne peut pas être redémarré » → « ne peut pas redémarrer »
              (r"\b(ne (?:peut|peuvent|pourra|pourront)) pas être redémarrée?s?\b", r"\1 pas redémarrer"),
              # « les patients qui se présentent d'eux-mêmes » → « qui se présentent directement »
              (r"\b(se présentent|viennent|se rendent) d['’](?:eux|elles)-mêmes\b", r"\1 directement"),
              (r"\bd['’](?:eux|elles)-mêmes\b", "par leurs propres moyens"),
              # « Télésiège Le Héron, arrêt et évacuation » → « interruption et évacuation »
              (r"\bl['’]arrêt (du|de la|des|de l['’])\b", r"l'interruption \1"), (r"\bun arrêt\b", "une interruption"),
              (r"(?<=, )arrêt (?=et )", "interruption "),
              (r"\bça\b", "cela"),
              # « l'hôtel de ville » is the town hall: « la mairie » (never « l'hébergement de ville »)
              (r"\bl['’]hôtel de ville\b", "la mairie"), (r"\bhôtel de ville\b", "mairie"),
              # « des chambres d'hôtel » → « un hébergement »; « votre hôtel » → « votre hébergement »
              (r"\bdes chambres d['’]hôtel\b", "un hébergement"), (r"\bdes hôtels\b", "des hébergements"),
              # « logés à l'hôtel » → « hébergés » (never « logés à l'hébergement »)
              (r"\blogé(e?s?) (?:à l['’]hôtel|dans (?:un|des) hôtels?)\b", r"hébergé\1"),
              (r"\bl['’]hôtel\b", "l'hébergement"), (r"\bhôtels\b", "hébergements"), (r"\bhôtel\b", "hébergement"),
              # « toute traversée de la même ligne » → « de cette ligne »; « le même jour » → « ce jour-là »
              (r"\b(de|sur) la même (ligne|route|liaison)\b(?! que)", r"\1 cette \2"),
              # « le même jour et sur la même ligne que le lot L26-333 » → « sur la ligne et le jour de
              # fabrication du lot L26-333 »
              (r"\ble même jour et sur la même ligne que (?:le|l['’]) ", "sur la ligne et le jour de fabrication du "),
              (r"\ble même jour et sur la même ligne que les ", "sur la ligne et le jour de fabrication des "),
              (r"\ble même jour\b(?! (?:que|et)\b)", "ce jour-là"),
              # (« rendez-vous aux urgences, même en l'absence de signes » → « y compris en l'absence »)
              (r"(?<!-)\bmême (en|si|s['’](?=ils?\b)|lorsque|quand|pour|après|avant|sans)\b", r"y compris \1"),
              # (kit 48) « l'aperçu des factures » → « l'écran de prévisualisation » (masculine too:
              # « rétabli »; never « l'affichage », which says nothing shows at all); « un trop-perçu » → « un
              # montant payé en trop »; « Tempête de neige » → « Fortes chutes de neige »; « les mêmes
              # jours » → « ces jours-là »; « pourraient être contaminés par la bactérie » → « pourraient
              # contenir la bactérie »; « salades prêtes-à-manger » lose the category word, never « pretes ».
              (r"\bl['’]aperçu\b", "l'écran de prévisualisation"), (r"\bun aperçu\b", "un écran de prévisualisation"),
              (r"\b(?:d['’]un|du) trop-perçu\b", "d'un montant payé en trop"), (r"\bun trop-perçu\b", "un montant payé en trop"),
              (r"\btrop-perçu\b", "montant payé en trop"),
              # « bien reçues » → « bien parvenues » (feminine only: « les reçus » are receipts)
              (r"\breçue(s?)\b", r"parvenue\1"),
              (r"\btempêtes? de neige\b", "fortes chutes de neige"), (r"\bles mêmes jours\b", "ces jours-là"),
              # « pouvaient être ouverts sur Internet » → « étaient accessibles » (never « etre »)
              (r"\b(pouvai(?:en)?t) être (?:ouverte?s?|consultée?s?|lue?s?|vue?s?|téléchargée?s?|atteinte?s?)\b",
               lambda m: "étaient accessibles" if m.group(1).lower().endswith("ent") else "était accessible"),
              (r"\b(peu(?:ven)?t|pourrai(?:en)?t) être contaminée?s? par\b", r"\1 contenir"),
              (r"[\s\u00a0]+prêt(?:e?s?)[- ]à[- ](?:manger|consommer|cuire)\b", ""),
              (r"\bpensez être concernée?s?\b", "pensez que cela vous concerne"),
              (r"\bn['’]avez rien reçu\b", "n'avez eu aucune nouvelle"),
              # « Si vous avez payé un repas vous-même » → « …un repas de votre poche »
              (r"\b((?:payé|réglé|avancé|acheté)(?: \S+){0,3}) vous-mêmes?\b", r"\1 de votre poche"),
              (r"\bvous-mêmes?\b", "personnellement"),
              # « si vous vous êtes inscrit ou inscrite comme livreur » → « si vous avez fait votre inscription »
              (r"\bvous (?:vous )?êtes inscrite?s?(?: ou inscrite?s?)?\b", "vous avez fait votre inscription"),
              (r"\b(l|d)['’]enquête\b", r"\1'investigation"), (r"\bune enquête\b", "une investigation"),
              (r"\b(notre|votre|leur|cette|son|sa) enquête\b", r"\1 investigation"),
              # « la boîte courriel d'une employée » → « la messagerie »; « prêt hypothécaire » → « crédit »
              (r"\bboîtes? (?:courriel|mail|e-mail|électronique|de messagerie)\b", "messagerie"),
              (r"\bprêt(s?) (hypothécaire|immobilier)(s?)\b", r"crédit\1 \2\3"),
              # « nous vous en prêtons un gratuitement » → « nous vous en fournissons un » (a loan
              # seat, a loan car: never « pretons »)
              # (Not « prête », ready; nor « prêter attention ».)
              (r"\bprêt(ons|erons|ez|erez|er|era|eront|ent)\b(?![\s\u00a0-]+(?:à\b|attention|serment|main))",
               lambda m: "fourn" + {"ons": "issons", "erons": "irons", "ez": "issez", "erez": "irez", "er": "ir",
                                    "era": "ira", "eront": "iront", "ent": "issent"}[m.group(1).lower()]),
              # « Wouri Bébé maïs-soja-arachide » → « Wouri Bébé » (never « mais-soja », "but-soya"):
              # a product's flavour told with « maïs » leaves the text; the lots name the product.
              (r"(?<=\S)[\s\u00a0]+maïs-[\w'-]+", ""),
              # « un code reçu par texto » → « envoyé par texto »; « a reçu nos excuses » → « a entendu »
              (r"\breçu(e?s?) par\b", r"envoyé\1 par"), (r"\b(a|ont) reçu (nos|ses|les) excuses\b", r"\1 entendu \2 excuses"),
              # (money is « touché »: « ont touché l'avance »; anything else is « eu »: « ont eu un SMS »)
              # (calls and e-mails counted are « enregistré »: « notre ligne a enregistré 1 870 appels »)
              (r"\b(a|ont|avons|avez|avait|avaient) (déjà |maintenant |désormais |aussi |encore )?reçu\b(?=\s+(?:(?:plus de|près de|environ) )?\d[\d\s\u00a0\u202f]*"
               r"(?:appels|e-mails|courriels|messages|demandes|signalements|réclamations|plaintes|questions)\b)", r"\1 \2enregistré"),
              (r"\b(a|ont|avons|avez|avait|avaient) (déjà )?reçu\b(?=\s+(?:l['’]|les |la |le |leur |son |sa |ses |un |une |des |"
               r"(?:\d[\d\s\u00a0\u202f]*(?:€|euros?\b)))?(?:avance|rembours|indemnit|somme|montant|chèque|virement|dédommag|acompte|"
               r"(?<=€)|(?<=euro)|(?<=euros)))", r"\1 \2touché"),
              # people met, not « eus » (which reads as "fooled"): « avons reçu ce matin deux représentantes »
              (r"\b(a|ont|avons|avez|avait|avaient) (déjà )?reçu\b(?=\s+(?:(?:ce matin|hier|cet après-midi|aujourd['’]hui|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?(?:les |des |deux |trois |une |un |leurs? |nos |\d+ )?"
               r"(?:représentant|famille|délégation|élu|parent|association|victime|proche|syndicat|ministre|maire|préfet|"
               r"inspect|journalist))", r"\1 \2rencontré"),
              # a message people were sent: « ces personnes ont reçu un SMS. » → « ont été prévenues par SMS. »
              (r"\b(ont|a) ((?:toute?s |tous )?(?:déjà )?)reçu (?:un|une|le|la) (SMS|texto|e-mail|courriel|courrier|message|appel)"
               r"(?=[.,;:]|$| (?:hier|ce matin|aujourd['’]hui|dans|entre|avant|après|au plus tard|d['’]ici|le \d|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))", _prevenus),
              # « prévenez la personne qui l'a reçu » (a gift): « qui l'a désormais », never « qui l'a eu »,
              # which reads as "who was fooled" (kit 59)
              (r"\bqui l['’](a|ont) reçue?s?\b", r"qui l'\1 désormais"),
              (r"\b(a|ont|avons|avez|avait|avaient) (déjà )?reçu\b", r"\1 \2eu"),
              # « doit être bouillie avant d'être bue » → « doit bouillir avant consommation »
              (r"\b(doit|doivent) ((?:toujours|encore|donc|désormais) )?être bouillie?s? avant (?:d['’]être bue?s?|consommation)\b",
               r"\1 \2bouillir avant consommation"),
              (r"\bpar la même (conduite|canalisation|ligne|route)\b", r"par cette \1"),
              # « le rinçage du réseau » → « la purge du réseau » (flushing mains, never « nettoyage »,
              # cleaning them), its participle agreeing: « la purge … s'est terminée »
              (r"\b(le|du|au|ce) rinçage\b([^.;]{0,80}?\b(?:terminé|achevé|fini|effectué|réalisé|lancé|commencé))\b(?!e)",
               lambda m: _PURGE[m.group(1).lower()] + m.group(2) + "e"),
              (r"\b(le|du|au|ce) rinçage\b", lambda m: _PURGE[m.group(1).lower()]),
              (r"\brinçage\b", "purge"),
              (r"\ben français (?:comme|et) en anglais\b", "dans les deux langues"),
              (r"\benquêtes\b", "investigations"), (r"\benquêteurs\b", "investigateurs"),
              # « nous avons arrêté trois engagements » (decided) → « pris »; « la diffusion arrêtée » → « stoppée »
              (r"\barrêté (?=(?:\w+ )?(?:engagements?|mesures?|décisions?|plans?)\b)", "pris "),
              (r"\barrêté(e?s?)\b", r"stoppé\1"),
              (r"\bpersonnes âgées\b", "seniors"),
              (r"\bheure française\b", "heure de Paris"),
              # « …dans des réfrigérateurs : vérifiez le vôtre » → « vérifiez chez vous »
              (r"\bvérifiez (?:le|la|les) vôtres?\b", "vérifiez chez vous"),
              # « retirés avant d'être vendus » → « avant d'avoir été vendus » (never « d'etre »): only
              # of what did not happen, never an instruction (« à bouillir avant d'être bue »)
              (r"\b((?:retiré|rappelé|bloqué|intercepté|détruit|arrêté|stoppé)e?s?) avant d['’]être "
               r"(?=\w+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|its)\b)", r"\1 avant d'avoir été "),
              # « qui l'ont reçue chez elles » → « accueillie »; « une tôle de la coque » → « une plaque »
              (r"\breçu(e?s?) chez\b", r"accueilli\1 chez"), (r"\btôle(s?)\b", r"plaque\1"),
              # (« mais pas plus tôt » is « mais pas avant », never « pas plus vite », another thing)
              (r"\bpas plus tôt\b", "pas avant"), (r"\ble plus tôt possible\b", "dès que possible"),
              # (« au plus tôt » is "at the earliest": « pas avant », never « au plus vite », "as soon as possible")
              (r"\bmais au plus tôt\b", "mais pas avant"),  # (never « mais, pas avant jeudi »)
              (r",?\s*au plus tôt\b", ", pas avant"),
              # « il faut remplacer tout le tronçon » → « tout le segment » (never « troncon »); « passe à
              # côté d'une conduite » → « près d'une conduite » (never « à coté »)
              (r"\btronçon(s?)\b", r"segment\1"), (r"\bà côté (d['’]|de |du |des )", r"près \1"),
              (r"\bplus tôt que prévu\b", "avant l'heure prévue"), (r"\bplus tôt\b", "plus vite"),
              (r"\bbien sûr\b", "évidemment"),
              # (« Nous clôturons cet incident » → « Nous mettons fin au suivi de cet incident »: an
              # incident is not « terminé » by us)
              (r"\bclôturons (?:cet|l['’]) ?incident\b", "mettons fin au suivi de cet incident"),
              (r"\bclôtur(ons|er|ez|ent|é|ée|és|ées)\b", r"termin\1"),
              # « à partir de la même fournée » → « de cette fournée », « alimentée par le même
              # réservoir » → « par ce réservoir »: the one already named, never « une fournée
              # identique », another one (nor « meme »)
              # (A part or a material is « identique »: « le même interrupteur » is a switch of the same
              # make, « qu'un interrupteur identique »; else « ce … » when the text has named it before;
              # else the words as written, without their accent.)
              # « reporté au 29 août, à la même heure, avec le même programme »: the time first set and
              # an unchanged line-up (never « à cette heure », which is now).
              (r"\b(?:à|a) la même heure\b(?! que)", "à l'horaire initial"),
              # « samedi 29 août » → « samedi 29/08 », as texts write dates (never « aout », read as a
              # misspelling though the 1990 reform allows it)
              (r"\b(1er|[12]?\d|3[01]) août\b", lambda m: f"{1 if m.group(1) == '1er' else int(m.group(1)):02d}/08"),
              # « l'ont tous reçu » → « l'ont tous obtenu » (never « recu »)
              (r"\bl['’]ont (tous|toutes) reçu\b", r"l'ont \1 obtenu"), (r"\bl['’]a reçu\b", "l'a obtenu"),
              # « est plus bas qu'il ne devrait l'être » → « est plus bas que prévu » (never « l'etre »)
              (r"\bqu['’](?:il|elle|ils|elles) ne (?:devrait|devraient|devait|devaient) l['’]être\b", "que prévu"),
              (r"\b(?:le|un) même programme\b(?! que)", "un programme inchangé"),
              (r"\bque (?:le|ce) même ([a-zéèàù]+)\b(?! que)", _same("que ce {}", "qu'un {} identique")),
              (r"\bque (?:la|cette) même ([a-zéèàù]+)\b(?! que)", _same("que cette {}", "qu'une {} identique")),
              (r"\bde (?:la|cette) même ([a-zéèàù]+)\b(?! que)", _same("de cette {}", "d'une {} identique")),
              (r"\bde (?:les|ces) mêmes ([a-zéèàù]+)\b(?! que)", _same("de ces {}", "de {} identiques")),
              (r"\bdu même ([aeiouéèh][a-zéèàù]*)\b(?! que)", _same("de cet {}", "d'un {} identique")),
              (r"\bdu même ([a-zéèàù]+)\b(?! que)", _same("de ce {}", "d'un {} identique")),
              (r"\b(?:le|ce) même ([aeiouéèh][a-zéèàù]*)\b(?! que)", _same("cet {}", "un {} identique")),
              (r"\b(?:le|ce) même ([a-zéèàù]+)\b(?! que)", _same("ce {}", "un {} identique")),
              (r"\b(?:la|cette) même ([a-zéèàù]+)\b(?! que)", _same("cette {}", "une {} identique")),
              (r"\b(?:les|ces) mêmes ([a-zéèàù]+)\b(?! que)", _same("ces {}", "des {} identiques")))


# Small words an acronym skips: « Régie du bâtiment du Québec » is the RBQ.
_NOT_IN_ACRONYMS = r"(?:du|de|des|la|le|les|d['’]|l['’]|et|of|the|and|for|pour|à|au|aux|en|in)"


def short_names(source: str) -> dict[str, str]:
    """Names GSM-7 cannot spell, each with the acronym the statement itself uses for it
    (« Régie du bâtiment du Québec » → « RBQ » when the statement says « la RBQ » too): a text
    names a regulator by its acronym rather than misspell it (« Régie du batiment »)."""
    names: dict[str, str] = {}
    for acronym in dict.fromkeys(re.findall(r"\b[A-Z]{2,6}\b", source)):
        words_of = [rf"[{letter}{letter.lower()}][\w’'-]*" for letter in acronym]
        between = rf"(?:\s+{_NOT_IN_ACRONYMS}\b)*\s*"
        pattern = r"\b" + between.join(words_of) + r"\b"
        for found in re.finditer(pattern, source):
            name = found.group(0)
            if any(c in _LOSSY for c in name) and name[:1].isupper() and len(name.split()) >= len(acronym):
                names[name] = acronym
    return names


# An order not to do something ("Please do not call 9-1-1 to test it", « N'appelez pas… »).
_PROHIBITION = re.compile(r"(?:please\s+)?(?:do not|don['’]t|never)\b|(?:merci de\s+)?(?:ne|n['’])\s*\w+(?:ez)?\b[^.]*\b(?:pas|jamais)\b",
                          re.IGNORECASE)


# The short forms of places a text may use when the statement uses them too (the Canadian
# Press's and the Canadian French style's provinces, the United States).
_PLACE_SHORT_FORMS = (
    ("Prince Edward Island", "P.E.I."), ("New Brunswick", "N.B."), ("Nova Scotia", "N.S."),
    ("Newfoundland and Labrador", "N.L."), ("British Columbia", "B.C."), ("United States", "U.S."),
    ("Île-du-Prince-Édouard", "Î.-P.-É."), ("Nouveau-Brunswick", "N.-B."), ("Nouvelle-Écosse", "N.-É."),
    ("Terre-Neuve-et-Labrador", "T.-N.-L."), ("Colombie-Britannique", "C.-B."), ("États-Unis", "É.-U."),
)


def places_shortened(text: str, source: str) -> str:
    """`text` with the places whose short form the statement itself uses written short ("New
    Brunswick and Prince Edward Island" → "New Brunswick and P.E.I." when the title says
    "P.E.I."): room in a text for what people must do, in words the authors chose."""
    for name, short in _PLACE_SHORT_FORMS:
        if re.search(rf"(?<![\w.]){re.escape(short)}(?!\w)", source):
            text = re.sub(rf"\b{re.escape(name)}\b", short, text)
    return text


def _gsm_words(text: str) -> str:
    def keep_case(match: re.Match[str], template: str | Callable[[re.Match[str]], str]) -> str:
        before, after = match.string[:match.start()].rstrip(), match.string[match.end():]
        if match.group(0)[:1].isupper() and ((before and before[-1] not in ".!?:;\"«»(")
                                             or re.match(r"\s(?:(?:de|du|des|d['’])\s)?[A-ZÀ-Ý]", after)):
            # A capital inside a sentence, or before another, is a name ("Maraeva Hôtels", « Hôtels
            # Tiare », « le Grand Hôtel »): it keeps its words (its accents go last, if they must),
            # never « Maraeva Hébergements ».
            return match.group(0)
        said = template(match) if callable(template) else match.expand(template)
        return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said  # « Si cela vous concerne »

    for pattern, words_instead in _GSM_WORDS:
        text = re.sub(pattern, functools.partial(keep_case, template=words_instead), text, flags=re.IGNORECASE)
    return text


_ROUTINE = re.compile(r"[,\s]*\b(?:as (?:planned|scheduled|usual|forecast)|comme prévu|comme d['’]habitude|comme chaque (?:jour|soir|année)"
                      r"|conformes? aux prévisions)"
                      r"\s*[.!]?$", re.IGNORECASE)


def _without_routine(sentence: str, lang: str) -> str:
    """The sentence without its clauses that only say something went as planned ("; halls 1, 2
    and 6 closed at 19:00, as planned"); "" when that is all it says."""
    parts = re.split(r"(?<=[;])\s+", sentence.strip())
    # ("…will open today at 10 a.m. as planned, except for Le Draveur": what is not as planned is news.)
    kept = [part for part in parts if not _ROUTINE.search(part)
            or re.search(r"\b(?:except|apart from|but not|sauf|à l['’]exception|hormis|excepté)\b", part, re.IGNORECASE)]
    if len(kept) == len(parts):
        return sentence
    if not kept:
        return ""
    return end_sentence(" ".join(kept).rstrip(" ;\u00a0\u202f"))


def _sms_forms(text: str, lang: str = "en") -> list[str]:
    """The text as written (plain typography when that makes it GSM-7), else in words GSM-7
    has, else with the letters GSM-7 lacks written without their accent."""
    # A range of codes that hold hyphens ("TP5-24-00001–TP5-25-06480") said with words: GSM-7's
    # hyphen in place of the dash would make one long code of it.
    text = re.sub(r"(?<=\d)–(?=[A-Z]{1,4}\d*-)", " à " if lang == "fr" else " to ", text)
    # « points à récupérer » → "points à récupérer": straight quotes take no inner space.
    plain = re.sub(r"«[\s\u00a0\u202f]*", "«", re.sub(r"[\s\u00a0\u202f]*»", "»", text)).translate(_TO_GSM)
    exact = [plain] if counting.sms_encoding(plain) == "gsm7" else [text]
    reworded = _gsm_words(plain)
    return list(dict.fromkeys([*exact, reworded.translate(_TO_GSM_LETTERS)]))


_THIS_MESSAGE = {"en": re.compile(r"\bth(?:is|ese|at|ose) (?:texts?|sms|messages?|e-?mails?|links?)\b", re.IGNORECASE),
                 "fr": re.compile(r"\b(?:ce|cet|cette|ces) (?:sms|messages?|e-?mails?|courriels?|liens?)\b",
                                  re.IGNORECASE)}
def _introduced(sentence: str, candidates: list[str], chosen: list[str], lang: str) -> bool:
    """Whether a sentence that says "this text" / « ce SMS » comes after the sentence that
    introduced that message (or says no such thing)."""
    this = _THIS_MESSAGE.get(lang, _THIS_MESSAGE["en"])
    if not this.search(sentence) or sentence not in candidates:
        return True
    told = [c for c in candidates[:candidates.index(sentence)]
            if re.search(r"\b(?:sms|messages?|texts?|e-?mails?|courriels?)\b", c, re.IGNORECASE) and not this.search(c)]
    return bool(told) and told[-1] in chosen


_POINTER = re.compile(r"\s*\((?:see|voir|cf\.?)\b[^)]*\)", re.IGNORECASE)


def _no_pointer(sentence: str) -> str:
    """Without "(see the update of 27 November)": nobody can follow it from an SMS."""
    return _POINTER.sub("", sentence)


def _sms_title(brief: Brief, update: Update | None = None) -> str:
    """The title as a sentence after the sender's colon: its own colon becomes a comma
    ("Sorvane : cyberattaque, services coupés…", never two colons in a row); as it held when
    `update` was posted (never a count told later)."""
    title = brief.title_at(update)
    # A clause after it takes a semicolon ("…campaigns; we withdrew it and we apologise"), a noun
    # phrase a comma (« Panne de billettique, paiement sans contact perturbé »).
    clause = re.search(r"\s*:\s+(?=(?:we|it|they|our|nous|il|elle|ils|elles|notre|nos)\b)", title, re.IGNORECASE)
    mark = ("\u00a0; " if brief.lang == "fr" else "; ") if clause else ", "
    return end_sentence(re.sub(r"\s*:\s+", mark, title, count=1))


def _clauses(sentence: str, shortest: int = 40) -> list[str]:
    """A sentence cut at its clauses, longest first, when the whole does not fit: each ends
    where a clause of its own ends (`clause_cuts`)."""
    return [first + "." for first, _ in clause_cuts(sentence, shortest)]


# Words that start a French sentence and take no capital after the sender's colon.
_FR_LOWER_START = frozenset("""nous notre nos le la les l un une des depuis ce cette ces il elle ils elles on
    si à au aux en dans tous toutes tout toute votre vos vous aucun aucune pour par après avant rectificatif
    mise aujourd hier demain plusieurs chaque selon dès grâce malgré lors comme quand lorsque entre sur sous
    avec sans chez vers mais puis ne n d du de cela ceci leur leurs certains certaines beaucoup deux trois quatre
    cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent
    mille aucun personne voici voilà rappel panne accident fuite incident cyberattaque retard coupure eau
    fermeture suspension perturbation perturbations contrairement comme quelques plus moins environ près
    données virements paiements prélèvements incendie incendies fuites retards coupures accès comptes application
    services site interruption interruptions grève erreur erreurs attaque vol perte annulation annulations clients
    usagers voyageurs trains cars vols factures courriers résultats examens livraisons commandes évacuation""".split())


def after_colon(sentence: str, lang: str) -> str:
    """French takes no capital after a colon: `Coop : nous rappelons…` (names keep theirs)."""
    if lang != "fr" or not sentence:
        return sentence
    first = sentence.split(" ", 1)[0].rstrip(",").replace("’", "'").split("'")[0]
    # Its common first words, and an imperative (« Cessez d'utiliser… », « Vérifiez… »).
    common = first.lower() in _FR_LOWER_START or (first.lower().endswith("ez") and first[1:].islower())
    return sentence[:1].lower() + sentence[1:] if common else sentence


# The clause of an apology that says it: "…: nous vous présentons nos excuses", "and we are sorry".
_APOLOGY_CLAUSE = {
    "en": re.compile(r"\b(?:we (?:are|'re) (?:so |truly |deeply |very )?sorry|we apologi[sz]e|sorry)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:nous (?:vous |leur |lui )?(?:présentons|prions|adressons)|nous (?:en )?sommes (?:\w+ )?désolée?s|nous nous en excusons|"
                     r"toutes nos excuses|pardon)\b", re.IGNORECASE),
}


_QUOTED = re.compile(r"^[“«„\"]")


def _unquoted_words(text: str) -> str:
    """Quoted words without their marks (« … », “…”, „…“)."""
    return text.strip().lstrip("“«„\"\u00a0 ").rstrip("”»“\"\u00a0 ")


def _apologises(text: str, lang: str) -> bool:
    return any(s.has("apology") for s in roles.sentences(text, lang))


def _trimmed_apology(apology: str | None, longest: int = 100) -> str | None:
    """A long apology without what it is for ("…: nous vous présentons nos excuses pour les
    heures perdues et le stress…" → "…: nous vous présentons nos excuses."), its ownership kept;
    None when it is short already or has no such end."""
    if not apology or len(apology) < longest or _QUOTED.match(apology):
        return None  # (the leader's quoted words are never cut: they go whole or not at all)
    cut = re.split(r",?\s+(?:en particulier|notamment|surtout|above all|especially|particularly|in particular)\s+"
                   r"(?:pour|for|to|à|auprès|envers)\b|"
                   r"\s+(?:for|pour)\s+(?:the|all|any|every|everyone|this|these|those|les?|la|l['’]|tous|toutes|"
                   r"cette|ce|ces|votre|vos|your)\b|"
                   # to whom ("…we apologise to our pupils, their families and…"): the apology stays whole
                   r"(?:(?<=apologise)|(?<=apologize)|(?<=apologies)|(?<=excuses))\s+(?:to|à|auprès de)\s+(?:our|all|every|everyone|the|you|"
                   r"those|each|nos|tous|toutes|chacun|chacune|celles|ceux|vous)\b", apology, maxsplit=1)[0].rstrip(" ,;:")
    # Only what the apology itself is for: the cut ends on its words ("…nos excuses", "we are
    # sorry"), never inside another clause (« conscients de la gêne, en particulier | pour… »).
    ends_on_apology = re.search(r"\b(?:excuses|sorry|apologi[sz]e|désolée?s|pardon)$", cut, re.IGNORECASE)
    # "Our thoughts are with the people who were hurt, and we apologise | to the exhibitors…": cut
    # there, the apology would read as one for the hurt the clause before it speaks of.
    joined = re.search(r",\s+(?:and|et)\s+(?:we|nous)\b[^,]*$", cut, re.IGNORECASE)
    joined = joined if joined and _FOR_THE_HURT.search(cut[:joined.start()]) else None
    # "…nos excuses à nos clients ; notre service consommateurs répond au 04 65 71 22 80": the
    # line people can call is never cut off with what the apology is for.
    reach = _CONTACT.search(apology[len(cut):]) is not None
    return cut + "." if cut != apology and len(cut) >= 12 and ends_on_apology and not joined and not reach else None


_FOR_THE_HURT = re.compile(r"\b(?:thoughts?|hearts?|hurt|injured|victims?|families|pensées?|pensons|blessée?s?|"
                          r"victimes?|familles)\b", re.IGNORECASE)


# An apology that names nothing it is for, said after the news it follows.
_APOLOGY_ALONE = {"en": "We apologise.", "fr": "Nous vous présentons nos excuses.", "de": "Wir entschuldigen uns."}


def _short_apology(apology: str | None, lang: str, most: int = 90) -> str | None:
    """An apology an SMS can carry: whole when short, else the clause that apologises ("Cette
    panne est de notre fait : nous vous présentons nos excuses pour…" → « Nous vous présentons
    nos excuses pour… »), without what it is for when that is still too long."""
    if not apology:
        return None
    if len(apology) < most:
        return apology
    if _QUOTED.match(apology):
        return None  # the leader's quoted words, whole or not at all ("Sorry. We want." is no one's)
    cue = _APOLOGY_CLAUSE.get(lang, _APOLOGY_CLAUSE["en"])
    for clause in re.split(r"\s*[:;]\s+|,\s+(?:et\s+|and\s+)?|\s+(?:et|and)\s+(?=(?:nous|we)\b)", apology):
        found = cue.search(clause)
        if not found:
            continue
        said = clause[found.start():].rstrip(" .!") + "."
        # "…to our pupils" cut from "…, their families and everyone living with dyslexia": to
        # whom goes whole or not at all.
        rest = apology[apology.find(clause) + len(clause):] if clause in apology else ""
        if rest.lstrip().startswith(",") or rest.lstrip().startswith(("et ", "and ")):
            said = re.split(r"\s+(?:to|à|auprès de|envers)\s+", said)[0].rstrip(" .") + "."
        if len(said) >= most:  # « Nous vous présentons nos excuses. », without what it is for
            said = re.split(r"\s+(?:pour|for|to everyone|à tous|auprès)\b", said)[0].rstrip(" .") + "."
        said = said[:1].upper() + said[1:]
        return said if len(said) < most else None
    return None


# A recall's order to the people who have the product: "do not eat them", « ne les mangez pas ».
_DO_NOT_EAT = re.compile(r"\b(?:do not|don't|never) (?:eat|use|drink|consume|give|serve|feed|wear|take)\b|"
                         r"\bne (?:les? |la |l['’]|en )?(?:mangez|consommez|utilisez|buvez|donnez|servez|portez|"
                         r"prenez)\b|\bn['’](?:en )?(?:utilisez|consommez)\b", re.IGNORECASE)


# A relative clause inside its subject ("the fire, | which started in hall 4, was put out"): the
# sentence's verb comes after it.
# (« …les 450 autres clients, | dont le compte est fermé, recevront un chèque »: any French verb
# in the future or the imperfect after it.)
_EMBEDDED_RELATIVE = re.compile(r"(?:which|who|whose|qui|dont|où|parti|partie)\b[^,.;:]{0,100},\s+(?:was|were|is|are|has|"
                                r"have|had|will|can|must|a|ont|est|sont|sera|seront|avait|avaient|"
                                r"\w+(?:ront|ra|raient|rait|aient|ait))\b", re.IGNORECASE)
# A relative clause ("which started on a stand in hall 4, was put out…", « qui a pris… »): the
# rest of a sentence that starts with one has lost its subject, and never stands alone.
_RELATIVE = re.compile(r"(?:which|who|whose|whom|where|qui|que|qu['’]|dont|où|lequel|laquelle|lesquel(?:le)?s)\b",
                       re.IGNORECASE)


# "We have found the cause: …", « Nous avons trouvé la cause : … »: what follows the colon says it.
_ANNOUNCING = re.compile(r"^(?:we (?:have )?found the cause|we know (?:the cause|what happened|why)|here is what happened|"
                         r"nous avons (?:trouvé|identifié) la cause|nous connaissons la cause|voici ce qui s['’]est passé|"
                         # (kit 55) "The laboratory has sent us its results: bacteria were found in…"
                         r"(?:the |our )?(?:laboratory|lab) (?:has|have) (?:now )?(?:sent|given|delivered) us (?:its|their|the) "
                         r"results|(?:le|notre) laboratoire nous a (?:remis|transmis|envoyé|communiqué|donné) ses résultats|"
                         r"wir haben die Ursache gefunden)[\s\u00a0\u202f]*:\s*", re.IGNORECASE)


def _without_context(sentence: str) -> list[str]:
    """The news without a closing phrase of context, no figure in it, for a text with no room
    ("…campaigns, on the International Day for the Elimination of Violence against Women.")."""
    # (« le » only before a time word: « voient, dans « Mes médicaments », le nom et les
    # médicaments d'un autre client » ends on what they see, never on context.)
    context = re.sub(r",\s+(?:on|in|at|during|le(?=\s+(?:jour|soir|matin|lendemain|week-end|mois|temps)\b)|lors d[eu]|"
                     r"pendant|en)\s+[^,;:\d]{12,90}(?=\.$)", "", sentence)
    # ("Sailings run normally again since the 8:30 departure this morning": that they run again is
    # the news; since when, the page says.)
    back = re.sub(r"(\b(?:normally|again|as usual|normalement|de nouveau|à nouveau|comme d['’]habitude))\s+(?:since|depuis)\s+"
                  r"[^,;:]{5,90}(?=\.$)", r"\1", sentence)
    # ("We have finished checking every account he opened between 12 October and 3 December.": the
    # period is the one the statement opens on; a text with no room keeps what was done. Never a
    # period still to come, "we will close the bridge from 5 to 7 December".)
    period = sentence if _FUTURE.search(sentence) else re.sub(
        rf",?\s+(?:between|from|entre le|du)\s+(?:\d{{1,2}}(?:er)?\s+)?(?:{corrections.MONTHS})?\s*\d{{0,2}}(?:er)?\s*"
        rf"(?:and|to|et le|au)\s+(?:\d{{1,2}}(?:er)?\s+(?:{corrections.MONTHS})|(?:{corrections.MONTHS})\s+\d{{1,2}})(?=\.$)",
        "", sentence)
    return [form for form in dict.fromkeys([context, back, period]) if form != sentence]


# A sentence about what is still to come ("we will close…", « nous fermerons… »).
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going to|\w+(?:erons|irons|rons|ront|era|ira))\b", re.IGNORECASE)


# A reason that opens the news ("Because of the snowfall warning for the Québec City area, we are
# cancelling…", « En raison de l'alerte de neige, nous annulons… »): the page gives it; a text
# with no room keeps what happens.
_OPENING_REASON = re.compile(r"^(?:because of|due to|owing to|following|in view of|en raison d(?:e|u|es|['’])|à cause d(?:e|u|es|['’])|"
                             r"suite à|compte tenu d(?:e|u|es|['’])|face à)\s*[^,;:()]{5,140},\s+(?=(?:we|nous|our|nos|notre)\b)",
                             re.IGNORECASE)


def _without_reason(sentence: str) -> list[str]:
    """The news without the reason that opens it, when what follows has its own subject ("we")."""
    rest = _OPENING_REASON.sub("", sentence.strip())
    return [rest[:1].upper() + rest[1:]] if rest != sentence.strip() else []


# Where a product was sold, a detail a recall text can spare ("…chocolate chips, sold in Belgium and
# Luxembourg, because…"): the label and the shelf say it; the hazard cannot go.
_WHERE_SOLD = re.compile(r",\s+(?:sold|distributed|available|vendue?s?|distribuée?s?|commercialisée?s?)\s+(?:in|at|across|"
                         r"through|en|au|aux|dans|chez|par|on (?:their|its) own|separately|seule?s?|à l['’]unité)\b"
                         r"[^,:;.]{3,80}(?=[,:;])", re.IGNORECASE)
# What makes a recalled product dangerous: a recall text that drops it tells people to act blind.
_HAZARD = re.compile(r"\b(?:contains?|contenir|contient|contiennent|allerg\w*|undeclared|non (?:déclarée?s?|indiquée?s?|"
                     r"mentionnée?s?|signalée?s?)|listeria|salmonell\w*|e\.\s?coli|glass|verre|metal|métal|plastic|"
                     r"plastique|toxin\w*|mould|moisissures?|choking|étouffement|burns?|brûlures?|overheat\w*|"
                     r"surchauffe\w*|fire|incendie|burst|explode|éclater|exploser)\b", re.IGNORECASE)


# When a recalled product was sold, last in the news (", sold since 3 September"): the lots say
# which products; the page says when.
_WHEN_SOLD = re.compile(r",\s+(?:sold|distributed|vendue?s?|distribuée?s?|commercialisée?s?)\s+(?:since|between|from|until|"
                        r"depuis|entre|du|jusqu['’]au)\b[^,:;.]{3,60}(?=\.$)", re.IGNORECASE)


def _without_sale(sentence: str, sale: re.Pattern[str]) -> list[str]:
    """A recall's news without where the product was sold (`_WHERE_SOLD`) or when (`_WHEN_SOLD`),
    its hazard kept: the lots say which products."""
    told = sentence.strip()
    spared = sale.sub("", told)
    return [spared] if spared != told else []


# A sentence that only announces the next one ("We now know how the advert was approved.").
_TEASER = re.compile(r"^(?:(?:we (?:now )?know (?:now )?(?:how|why|what)|we have (?:now )?(?:found|established|identified) "
                     r"(?:how|why|what)|here is (?:what|how|why)|nous savons (?:désormais |maintenant )?(?:comment|"
                     r"pourquoi|ce qui)|nous avons (?:désormais |maintenant )?(?:établi|compris|identifié) (?:comment|"
                     r"pourquoi|ce qui)|voici (?:ce qui|ce que|comment|pourquoi))\b[^.:;]{0,80}|"
                     # the changes promised, made, without saying which
                     r"we have (?:now )?(?:made|put in place|completed|taken) the (?:changes|steps|measures) we "
                     r"(?:committed to|promised|announced)[^.:;]{0,40}|nous avons (?:désormais |maintenant )?(?:fait|"
                     r"mis en place|apporté|pris) les (?:changements|mesures) (?:annoncé(?:e)?s|promis(?:es)?|que nous "
                     r"(?:avions|nous étions) (?:annoncé(?:e)?s|promis(?:es)?|engagés à \w+))[^.:;]{0,40}|"
                     # the count done, without its result ("We have finished counting from our server records.")
                     r"we have (?:now )?finished (?:counting|checking|going through|our count)[^.:;]{0,60}|nous avons "
                     r"(?:désormais |maintenant )?terminé (?:le décompte|la vérification|l['’]analyse|le comptage)[^.:;]{0,60}|"
                     # the cause found or sought, without saying it
                     r"we (?:have )?(?:now )?(?:found|identified) the cause|we (?:now )?know the cause(?: of [^.:;]{0,40})?|"
                     r"nous connaissons (?:désormais |maintenant )?la cause(?: d[eu'’] ?[^.:;]{0,40})?|we are (?:still )?(?:looking for|"
                     r"investigating) the cause|nous avons (?:trouvé|identifié) la cause|nous (?:en )?recherchons "
                     r"(?:toujours )?la cause|"
                     # (kit 55) the results received, without saying them
                     r"(?:the |our )?(?:laboratory|lab|testers?) (?:has|have) (?:now )?(?:sent|given|delivered|passed) us "
                     r"(?:its|their|the) (?:\w+ )?results|we have (?:now )?(?:received|got) the (?:\w+ ){0,2}results|"
                     r"(?:le|notre) laboratoire nous a (?:remis|transmis|envoyé|communiqué|donné) ses résultats|nous "
                     r"avons (?:désormais |maintenant )?reçu les résultats(?: \w+){0,3})\.$", re.IGNORECASE)
# The recall widened, without saying to what ("We are widening the recall."): a text, which has
# room for one thing, says it with what it announces (the models); a thread has the next post.
_WIDENING_TEASER = re.compile(r"^(?:we are (?:widening|extending|expanding) (?:the|our|this) recall|nous (?:élargissons|"
                              r"étendons) (?:le|notre|ce) rappel)\.$", re.IGNORECASE)


def _after_teaser(sentence: str) -> str:
    """« Nous savons comment les criminels sont entrés : ils ont utilisé… » → « Ils ont utilisé… »:
    what the colon leads to, when the words before it only announce it."""
    found = re.match(r"^(.{10,120}?)[\s\u00a0\u202f]?:\s+(.{30,})$", sentence)
    if not found or not _TEASER.match(found.group(1).rstrip() + "."):
        return sentence
    if re.search(r"\d", found.group(1)):
        return sentence  # "Here is what we will run from Thursday 3 to Saturday 5 December: …" says when
    rest = found.group(2)
    if re.search(r"\b(?:it|its|them)\b", rest[:80], re.IGNORECASE):
        return sentence  # "…made it, and two managers approved it": "it" is what the teaser names
    if re.match(r"(?:they|ils|elles)\b", rest, re.IGNORECASE):
        # "They used…" needs whom "they" are: the teaser's own subject ("how the criminals got in").
        who = re.search(r"\b(?:how|why|comment|pourquoi)\s+((?:the|les|le|la|l['’])\s*[\w'’-]+(?: [\w'’-]+)?)\s+"
                        r"(?:got|were|was|are|is|have|had|did|sont|est|ont|a|avaient|étaient)\b",
                        found.group(1), re.IGNORECASE)
        if not who:
            return sentence
        rest = who.group(1) + rest[rest.index(" "):]
    return rest[:1].upper() + rest[1:]


def _announced(sentence: str) -> list[str]:
    """The sentence without the words that announce it ("We have found the cause: the update…"
    → "The update…"), when it has them."""
    rest = _ANNOUNCING.sub("", sentence)
    return [rest[:1].upper() + rest[1:]] if rest != sentence and len(rest) >= 30 else []


# "…after the IT outage | that deprived our teams of…": what the incident did, told again in a
# relative clause at the end of the news, is what a short text can leave to the page.
_AFTER_THE_INCIDENT = re.compile(r"^(.{40,}?\b(?:after|following|since|après|depuis|à la suite d['’]e?)\s+(?:the|this|our|an?|la|le|"
                                 r"l['’]|cette|notre|une?)\s*[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:that|which|qui|(?=(?:left|caused|forced|"
                                 r"took|knocked|cut|hit|disrupted|deprived|shut)\b))\s*\S.{20,}$", re.IGNORECASE)


# A news that the service is back or reopens ("reopens this Thursday at 10:30", « rouvre ce jeudi »).
_BACK_AGAIN = re.compile(r"\b(?:re-?opens?|re-?opened|will re-?open|is back|are back|(?:is|are) working again|"
                         r"rouvre(?:nt|ira|iront)?|a rouvert|ont rouvert|(?:est|sont) de nouveau (?:ouverte?s?|en service)|"
                         r"fonctionnen?t? de nouveau|reprennent (?:progressivement )?(?:une |leur )?activité normale)\b",
                         re.IGNORECASE)


# "The Heron chairlift, stopped by a mechanical failure on Sunday 6 December at 10:52, reopens…":
# what the incident did to the subject, between commas, before the news of its verb.
_WHAT_HAPPENED_TO_IT = re.compile(
    r"^((?i:the|our|this|le|la|les|l['’]|notre|nos|ce|cette)\b[^,;:]{3,60}?),\s+(?:(?:which|that|qui) (?:was |were |had "
    r"been |has been |a été |avait été )?)?(?:immobilisée?s?|arrêtée?s?|fermée?s?|"
    r"interrompue?s?|suspendue?s?|endommagée?s?|touchée?s?|privée?s?|coupée?s?|stopped|closed|shut|halted|"
    r"interrupted|suspended|damaged|hit|affected|cut off|knocked out)\b"
    # (a date's own comma, "on Sunday, December 6", and a time's colon, "10:52", stay inside the phrase)
    r"(?:[^,;:]|(?<=\d):(?=\d)|,\s(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)))"
    r"{5,100},\s+(?=[a-zàâçéèêëîïôûù])(.{20,})$")


# The clause that says the update is the last one (", and this is our last regular update on this
# incident", « , et ceci est notre dernier point régulier sur cet incident »): the page says it; a
# text with no room keeps the news and the advice that outlives it.
_LAST_WORD_CLAUSE = re.compile(
    r"[,;]\s+(?:and|et)\s+(?:this|that|ceci|cela|c['’]est)\s+(?:is\s+|est\s+)?(?:our|notre)\s+(?:last|final|dernier|dernière)\s+"
    r"(?:regular\s+|régulier\s+|régulière\s+)?(?:update|point|mise\s+à\s+jour|message)\b[^.;:]{0,60}(?=\.$)", re.IGNORECASE)
# After a breach, who got in and what they saw, told in one sentence with two verbs ("someone got
# into our portal without authorization and viewed the names… of 3,810 patients", « une personne
# non autorisée s'est introduite dans notre portail… et a consulté le nom… de 3 810 patients »):
# what they saw, for a text with no room for how they got in (the page tells it).
_GOT_IN_AND_SAW = {
    "en": re.compile(r"^(?:[^,]{0,60},\s+){0,2}?(?P<who>(?:someone|somebody|an?\s+(?:unauthori[sz]ed\s+)?(?:person|third\s+party|"
                     r"attacker|intruder|hacker|criminal\s+group|former\s+\w+))\b[^,;:]{0,30}?)\s+(?:got\s+into|gained\s+access\s+to|"
                     r"broke\s+into|accessed|entered|logged\s+into)\s+[^;:]{5,140}?\s+and\s+"
                     r"(?P<saw>(?:viewed|saw|copied|downloaded|stole|took|obtained|read)\b.{10,})$", re.IGNORECASE),
    "fr": re.compile(r"^(?:[^,]{0,60},\s+){0,2}?(?P<who>(?:une|un|des|quelqu['’]un)\b[^,;:]{0,40}?)\s+(?:s['’]est|se\s+sont|a|ont)\s+"
                     r"(?:introduite?s?|infiltrée?s?|connectée?s?|eu\s+accès|accédé|pénétré)\b[^;:]{5,140}?\s+et\s+"
                     r"(?P<saw>(?:a|ont)\s+(?:consulté|vu|copié|téléchargé|volé|dérobé|extrait|récupéré|obtenu|lu)\b.{10,})$",
                     re.IGNORECASE),
}


# A count whose people the sentence before names ("Nine are still in hospital", « Six sont encore
# hospitalisées »).
_BARE_COUNT = re.compile(r"(?:(?:about|around|some|nearly|environ|près de) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|\d[\d,\u00a0\u202f ]*) (?:of (?:them|these) )?"
                         r"(?:were|was|are|is|have|has|had|remain|sont|restent|ont|étaient)\b", re.IGNORECASE)


# A finite verb of the forms an account of harm takes ("were taken", "is still", « ont été », « reste »).
_HAS_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|remains?|died|suffered|needed|went|ont|sont|est|a|avait|"
                       r"avaient|restent|reste|était|étaient|\w+(?:ed|aient|ait))\b", re.IGNORECASE)


# New harm a recall or a safety update reports: more incidents, fires, people hurt.
_NEW_HARM = re.compile(r"\b(?:more|new|further|other|additional)\s+(?:incidents?|cases?|fires?|injur\w+|burns?)\b|"
                       r"\b(?:nouveaux|nouvelles|autres)\s+(?:incidents?|cas|incendies?|blessures?|brûlures?)\b|"
                       r"\b(?:burns?|injured|injuries|brûlures?|blessée?s?)\b(?![^.]{0,20}\b(?:no one|nobody|personne|aucun)\b)",
                       re.IGNORECASE)


# ("No new incident was reported today", « aucun nouvel incident »: no harm to lead with.)
_NO_NEW_HARM = re.compile(r"\b(?:no|not any|aucun|aucune|pas de|pas d['’]autres?)\s+(?:new|more|further|other|nouvel|nouveaux?|"
                          r"nouvelles?|autres?)\b", re.IGNORECASE)


def _shorter_news(sentence: str, lang: str, breach: bool) -> list[str]:
    """Forms of the news that keep what it says for people without what the page tells: the
    clause saying this is the last update; after a breach, how they got in beside what they saw."""
    forms = []
    last = _LAST_WORD_CLAUSE.sub("", sentence.strip())
    if last != sentence.strip():
        forms.append(last)
    found = _GOT_IN_AND_SAW.get(lang, _GOT_IN_AND_SAW["en"]).match(sentence.strip()) if breach else None
    if found:
        who = found.group("who")
        forms.append(f"{who[:1].upper()}{who[1:]} {found.group('saw')}")
    means = _BY_WHAT_MEANS.search(sentence.strip()) if breach else None
    if means:
        # "…may have been stolen by malicious code." → "…may have been stolen.": what was taken,
        # not the tool that took it, which the page tells.
        forms.append(sentence.strip()[:means.start()] + ".")
    return forms


# The tool a theft used, closing the sentence ("by malicious code", « par un logiciel espion »).
_BY_WHAT_MEANS = re.compile(r"(?<=[a-zé])\s+(?:by|par)\s+(?:an?\s+|une?\s+|des\s+|le\s+|la\s+|les\s+|l['’])?(?:[\w-]+\s+){0,2}?"
                            r"(?:malicious code|malware|code malveillant|logiciel (?:malveillant|espion)|spyware|"
                            r"(?:cyber)?attaque informatique|cyber-?attack|script malveillant|malicious script|"
                            r"rançongiciel|ransomware)(?:\s+[\w-]+){0,2}\.$", re.IGNORECASE)


def _without_what_it_did(sentence: str) -> list[str]:
    """« Nos hôpitaux … reprennent une activité normale après la panne informatique qui a privé nos
    équipes du dossier patient… » → « …après la panne informatique. »; « Le télésiège Le Héron,
    immobilisé par un bris mécanique le dimanche 6 décembre à 10 h 52, rouvre ce jeudi… » → « Le
    télésiège Le Héron rouvre ce jeudi… »."""
    found = _AFTER_THE_INCIDENT.match(sentence.strip())
    if found:
        return [found.group(1).rstrip(" ,") + "."]
    apposed = _WHAT_HAPPENED_TO_IT.match(sentence.strip())
    return [f"{apposed.group(1)} {apposed.group(2)}"] if apposed else []


# "It contained the buyer lists prepared for 37 events: the name, email, phone and order details
# of 148,312 people" → "It contained the name, email…": what was exposed, without where it sat.
_CONTAINED = re.compile(r"^((?:it|they|these files|this folder|the files?|il|elle|ils|elles|ces fichiers|ce dossier)\s+"
                        r"(?:contained|held|included|contenait|contenaient|comprenait|comprenaient))\b[^:]{0,140}?"
                        r"[\s\u00a0\u202f]?:\s+(.{20,})$", re.IGNORECASE)


def _what_it_held(sentence: str) -> list[str]:
    found = _CONTAINED.match(sentence.strip())
    return [f"{found.group(1)} {found.group(2)}"] if found else []


def _consequence(sentence: str, lang: str) -> list[str]:
    """What a colon leads to, when that is what changes for people and the words before it are
    not (« Les analyses ont montré des légionelles en deux autres points : la suspension des
    douches est étendue aux unités de gériatrie… » → « La suspension des douches est étendue… »):
    for a text with no room for both, the consequence rather than the finding."""
    found = re.match(r"^(.{20,200}?)[\s\u00a0\u202f]?:\s+(.{30,})$", sentence)
    people = _CHANGES_FOR_PEOPLE.get(lang, _CHANGES_FOR_PEOPLE["en"])
    if not found or people.search(found.group(1)) or not people.search(found.group(2)):
        return []
    rest = found.group(2)
    if _LEANS.get(lang, _LEANS["en"]).match(rest) or _VALUE_START.match(rest) or _PHONE_START.match(rest) \
            or _NEEDS_NEWS.get(lang, _NEEDS_NEWS["en"]).match(rest):
        return []  # ("…with a new password for everyone: you set your own at your next login": your own what?)
    return [rest[:1].upper() + rest[1:]]


# Banks and insurers: their customers are told never to follow a link in a text.
# Money taken from people's accounts by mistake: "Direct Debit taken twice", « prélevées deux fois ».
_MONEY_TAKEN = re.compile(r"\b(?:direct debits?|debited|charged twice|taken twice|double (?:charge|payment|debit)|"
                          r"(?:charged|billed|invoiced)(?: \w+){0,4} (?:in error|wrongly|by mistake)|overcharg\w*|"
                          r"facturée?s? (?:\w+ ){0,4}par erreur|trop[- ]perçus?|"
                          r"prélèvements?|prélevée?s?|débitée?s?|double (?:débit|prélèvement)|Lastschrift\w*|abgebucht)\b",
                          re.IGNORECASE)
# (A caisse populaire, a credit union, a Volksbank: a bank to its members and to those who phish them.)
_FINANCIAL = re.compile(r"\b(?:\w*(?<!food)(?<!food )bank|banque|bancaire|building society|crédit|credit union|caisses?|insurance|insurer|"
                        r"assurances?|mutuelle|\w*sparkasse|Versicherung)\b", re.IGNORECASE)


def _what_to_do(sentence: str, lang: str) -> str:
    """The clause after a colon that says what to do ("They are recorded and not lost: do not
    send them again, you could pay twice" → "Do not send them again, you could pay twice."),
    else the sentence: right after the news, its pronoun names what the news names."""
    _, colon, rest = sentence.partition(":")
    rest = rest.strip()
    # (Never a clause whose pronoun names what the head said, « il ne vient pas de nous, ne cliquez
    # pas… » after « …un faux e-mail » : "it" alone would be anything.)
    leaning = re.match(r"(?:it|they|this|these|il|elle|ils|elles|ce|cela|ceux-ci|celles-ci)\b", rest, re.IGNORECASE)
    if colon and len(rest) >= 15 and not leaning and any(s.has("advice") for s in roles.sentences(rest, lang)):
        return end_sentence(rest[:1].upper() + rest[1:])
    return sentence


# What was taken is safe after all: "no money has been taken", "they did not obtain passwords",
# « aucun débit n'a été fait », « vos fonds sont en sécurité ».
_NOTHING_TAKEN = re.compile(r"\b(?:no (?:money|funds|payments?|savings|data|passwords?|card)|not (?:lost|taken|stolen|obtain\w*)|"
                            r"did not (?:obtain|get|take|steal)|(?:is|are) safe|aucune? (?:argent|débit|fonds|mot de passe|"
                            r"donnée)|pas (?:été )?(?:perdue?s?|volée?s?|pris)|en sécurité|intacte?s?)\b", re.IGNORECASE)


def _questions_forms(sentence: str, lang: str) -> list[str]:
    """Our line for questions in the fewest words ("For any question, call our helpline on 0808
    157 0342" → "Questions: call 0808 157 0342.", else "Questions: 0808 157 0342."), in the form
    every country dials when it gives one; none for "hang up and call us on…", which says what
    to do, not where to ask, nor for a doctor's or an emergency number."""
    number = re.match(r"([^\d+]{0,80}?)(\+?\d[\d\u00a0\u202f .-]{7,}\d)", sentence)
    if not number or not _OWN_LINE.search(sentence) or _SEE_A_DOCTOR.search(sentence) or _EMERGENCY.search(sentence) \
            or not re.search(r"\b(?:questions?|helpline|information|informations|renseignements|ligne d['’]assistance)\b",
                             sentence, re.IGNORECASE):
        return []
    abroad = _INTERNATIONAL.search(sentence)
    called = abroad.group(0) if abroad else number.group(2)
    # (Else the number after its label alone: French spends ten letters more on the rest of a
    # breach text, and the line is worth them.)
    return [("Questions : appelez le {}." if lang == "fr" else "Questions: call {}.").format(called),
            ("Questions : {}." if lang == "fr" else "Questions: {}.").format(called)]


def _drops_nothing(sentence: str, form: str, lang: str) -> bool:
    """Whether a shorter `form` of the sentence leaves out nothing that matters: never "It was
    wrong and offensive." without ", and we removed it"."""
    rest = sentence.removeprefix(form.rstrip("."))
    return not any(s.has(r) for s in roles.sentences(rest, lang) for r in _WHAT_MATTERS)


def outcome_clause(sentence: str, lang: str) -> str:
    """The clause that says the worst is over, alone, when the sentence opens on something else
    ("Test calls … are going through, and 9-1-1 calls have been connecting normally since 5:02
    p.m." → "9-1-1 calls have been connecting normally since 5:02 p.m."); else the sentence."""
    parts = re.split(r",\s+(?:and|et|und)\s+(?=\S+\s+\w+)", sentence.strip())
    if len(parts) < 2 or len(roles.sentences(sentence, lang)) > 1 \
            or any(s.has("outcome") for s in roles.sentences(parts[0], lang)):
        return sentence
    for part in parts[1:]:
        if len(part) >= 30 and not _LEANS.get(lang, _LEANS["en"]).match(part) \
                and any(s.has("outcome") for s in roles.sentences(part, lang)):
            return end_sentence(part[:1].upper() + part[1:])
    return sentence


def _standing_outcome(sentence: str, lang: str) -> str:
    """What the worst never came to, said alone: "They did not obtain passwords…, and no money
    has been taken from any account." → "No money has been taken from any account."; any other
    sentence as it is."""
    if not sentence or not leans_on_before(sentence, lang):
        return sentence
    for part in reversed(re.split(r",?\s+(?:and|et|und)\s+(?=\w+\s+\w+)", sentence.strip())[1:]):
        rest = part.strip()
        # (« aucun argent n'a été prélevé » names what it speaks of: « aucun » is its determiner.)
        names_it = re.match(r"aucune?\s+(?!d['’]entre\b|de ces\b|n['’]|ne\b)\w{3,}", rest, re.IGNORECASE) is not None
        # (A clause with its own subject: « …ont été contrôlées et fonctionnent normalement » leaves
        # « Fonctionnent normalement. », a verb with no one doing it.)
        if (len(rest) >= 20 and len(rest.split()) >= 4 and (names_it or not _LEANS.get(lang, _LEANS["en"]).match(rest))
                and any(s.has("outcome") for s in roles.sentences(rest, lang))):
            return end_sentence(rest[:1].upper() + rest[1:])
    return sentence


# The advice still holds, whatever was repaired ("the notice stays in place", « l'avis reste en vigueur »).
_STILL_IN_FORCE = re.compile(r"\b(?:notice|advice|advisory|warning|ban|restriction)s? (?:stays?|remains?|is still) "
                             r"(?:in place|in force|in effect|active)|\bkeep (?:boiling|using bottled)|"
                             r"\b(?:avis|consigne|interdiction|restriction|alerte)s? (?:reste|restent|est toujours|demeure)"
                             r" (?:en vigueur|en place|maintenue?s?|valables?)|\bcontinuez (?:à|de) faire bouillir",
                             re.IGNORECASE)


# A count of how far the work has gone ("So far 740 customers have sent us…", « À ce jour, 512… »).
_PROGRESS_SO_FAR = re.compile(r"(?:so far|to date|as of now|à ce jour|jusqu['’](?:ici|à présent)|pour l['’]instant|bisher)\b",
                              re.IGNORECASE)


# Advice that keeps people alive or safe: an alarm, a medical device, the emergency number.
_VITAL = re.compile(r"\b(?:telecare|(?:personal|care|medical|pendant) alarms?|medical (?:devices?|equipment)|oxygen|dialysis|"
                    r"life[- ]support|vulnerable|999|911|9-1-1|112|emergency services|emergency (?:department|room)|A&E|téléassistance|télé-assistance|"
                    r"appareils? médica(?:l|ux)|oxygène|dialyse|personnes? vulnérables?|urgences?|(?:le|au) (?:15|17|18))\b",
                    re.IGNORECASE)
# The lots a text lists, pointed at on the website ("one of the batch codes on our website").
_CODES_ON_SITE = {"en": re.compile(r"\b((?:batch|lot|serial) (?:codes?|numbers?)|lots?) on our website\b", re.IGNORECASE),
                  "fr": re.compile(r"\b((?:codes?|numéros?) de lots?|lots? (?:concernés|rappelés)) sur notre page d['’]information\b",
                                   re.IGNORECASE)}


def _summary_compensation(brief: Brief, longest: int = 140) -> list[str]:
    """The summary's first word of what people get, short enough for a text beside the news
    (whole, else its first clause: "We sent every second payment back on Tuesday 8 December.")."""
    for sentence in brief.summary_sentences[1:]:
        if not sentence.has("compensation") or sentence.has("apology") or sentence.text == brief.news:
            continue
        if leans_on_before(sentence.text, brief.lang):
            continue  # "If you are booked on those days, you can already change…": which days, it does not say
        forms = [sentence.text, *essential_forms(sentence.text), *(first + "." for first, _ in clause_cuts(sentence.text, 30))]
        short = [f for f in forms if len(f) <= longest and any(s.has("compensation") for s in roles.sentences(f, brief.lang))]
        if short:
            return short[:1]
    return []


def codes_listed(text: str, lang: str) -> str:
    """"one of the batch codes on our website" in a copy that lists the lots: "one of the batch
    codes listed" (« l'un des numéros de lot indiqués »), wherever the list stands."""
    return _CODES_ON_SITE.get(lang, _CODES_ON_SITE["en"]).sub(r"\1 " + ("indiqués" if lang == "fr" else "listed"), text)


# A text that ends on a question ("Can't get to a distribution point?"), its answer cut off.
_ASKS = re.compile(r"\?[\s\u00a0\u202f»”\"]*$")


# Words that tell of someone hurt, ill or dead (never an evacuation alone).
_HURT_TOLD = re.compile(r"\b(?:injur|hurt|hospital|wounded|casualt|died|dead|killed|ill\b|sick|burn|hypotherm|treated|"
                        r"bless|hospitalis|décéd|décès|mort|victime|malade|brûl|soigné|intoxi|symptôme|fracture)", re.IGNORECASE)


def fit_sms(rule: ChannelRule, brief: Brief, update: Update | None, fits: Callable[[str], bool],
            correction: Correction | None = None) -> str | None:
    """The one SMS (`_fit_sms`), never naming one of our people as the cause without what we own:
    "It had been prepared by one of our kitchen staff who was ill." alone reads as blaming them."""
    text = _fit_sms(rule, brief, update, fits, correction)
    if text is not None and update is None and correction is None:
        text = _dated(text, brief, fits)
    if text is not None and update is not None and correction is None:
        text = _with_short_apology(text, brief, update, fits)
    if text is None or update is None or not any(s.has("ownership") for s in roles.sentences(update.text, brief.lang)):
        return text
    said = roles.sentences(text, brief.lang)
    if any(s.has("ownership") for s in said):
        return text
    # (Each such sentence up to its full stop, never the news it follows nor the link after it.)
    for found in (re.match(r".*?[.!?](?=\s|$)", s.text) for s in said[1:] if _OUR_STAFF.search(s.text)):
        if found is not None and _OUR_STAFF.search(found.group(0)):
            text = text.replace(f" {found.group(0)}", "", 1)
    return text


def _with_short_apology(text: str, brief: Brief, update: Update, fits: Callable[[str], bool]) -> str:
    """An update's text that apologises ("We are deeply sorry, and we are working with the police.")
    keeps the apology's own words when the whole sentence had no room ("…have been taken to
    hospital. We are deeply sorry. Next update by 21:00."): a first text about people hurt that
    says no sorry reads as indifference. Only in room the text leaves."""
    said = roles.sentences(text, brief.lang)
    if any(s.has("apology") for s in said):
        return text
    apology = next((s.text for s in roles.sentences(update.text, brief.lang) if s.has("apology")), None)
    short = _short_apology(apology, brief.lang, 45) if apology else None
    if short and leans_on_before(short, brief.lang):
        # (« Nous en sommes désolés » after what the text keeps may be sorry for something else.)
        short = _APOLOGY_ALONE.get(brief.lang, _APOLOGY_ALONE["en"])
    if not short or short.casefold() in text.casefold():
        return text
    # Before the promise of the next update, else before the link or the site's name.
    promise = next((s.text for s in said if s.has("next-update")), None)
    at = text.find(promise) if promise else -1
    if at < 0:
        tail = re.search(r"\s(?:https?://\S+|" + re.escape(words(brief.lang)["details_site"]) + r"|"
                         + re.escape(words(brief.lang)["details"]).replace(r"\{host\}", r"\S+") + r")$", text)
        at = tail.start() + 1 if tail else -1
    if at <= 0:
        return text
    longer = f"{text[:at].rstrip()} {short} {text[at:].lstrip()}"
    return longer if fits(longer) else text


# A notice that now covers more people: "we have extended the order to 240 more homes", « nous avons
# étendu l'avis à 240 autres foyers ».
_NOTICE_EXTENDED = re.compile(r"\b(?:extend\w*|widen\w*)\b[^.;]{0,30}\b(?:order|notice|advisory|advice|zone|area)\b|"
                              r"\b(?:order|notice|advisory)\b[^.;]{0,30}\b(?:now covers|was extended|has been extended)\b|"
                              r"\bétend\w*\b[^.;]{0,30}\b(?:avis|consigne|zone|périmètre)\b|"
                              r"\b(?:avis|consigne)\b[^.;]{0,30}\b(?:concerne désormais|a été étendue?|est étendue?)\b",
                              re.IGNORECASE)


def _boil_forms(sentence: str) -> list[str]:
    """Shorter forms of an order to boil told as news ("On the Department of Health's order, 6,300
    homes … must bring their tap water to a rolling boil for at least one minute before drinking it
    or using it for food…"): without whose order it is, then up to "before drinking it", then up to
    the boil itself; each says who must do what."""
    found = _MUST_BOIL.search(sentence)
    if found is None:
        return []
    bare = re.sub(r"^(?:(?:On|At|By|Following) the [^,]{3,60}?['’]s (?:order|request|instruction)|"
                  r"Sur (?:ordre|demande|instruction|décision) d(?:u|e la|e l['’]|es)\s?[^,]{3,60}),\s*", "", sentence)
    forms = [bare[:1].upper() + bare[1:]] if bare != sentence else []
    text = forms[0] if forms else sentence
    found = _MUST_BOIL.search(text)
    if found is None:
        return forms
    drinking = re.search(r"\bbefore (?:drinking|you drink|they drink) (?:it|them)\b|\bavant de (?:la|les) boire\b",
                         text[found.end():found.end() + 80])
    if drinking:
        forms.append(end_sentence(text[:found.end() + drinking.end()]))
    if re.search(r"\b(?:water|eau)\b", text[:found.end()], re.IGNORECASE):
        forms.append(end_sentence(text[:found.end()]))  # (never « Faites bouillir. », with no water in it)
    return forms


# A title that names a notice or a recall in force, issued on the statement's first day.
_NOTICE_TITLE = re.compile(r"\b(?:order|notice|advisory|recall|avis|consigne|alerte|interdiction|rappel|"
                           r"Warnung|Rückruf)\b", re.IGNORECASE)


def _dated(text: str, brief: Brief, fits: Callable[[str], bool]) -> str:
    """An announcement led by its title ("Water-bus hits the pier…", in the present of a headline)
    and read on a later day than the event's says that day with the sender ("Lagune Express,
    18 April:"): undated, it reads as a new accident. Only in room the text leaves: never at the
    cost of a line it holds."""
    zone = brief.settings.timezone
    if re.search(rf"\b(?:{_MONTH_WORDS}|{_WEEKDAY_WORDS}|today|yesterday|aujourd['’]hui|hier)\b",
                 brief.statement.title, re.IGNORECASE):
        return text
    # (A notice's day is the day it was issued: "MV Water, 17 August: Boil-water order…", never
    # the day of the main break that led to it.)
    notice = still_claimed(brief.statement.title, brief.lang) or _NOTICE_TITLE.search(brief.statement.title)
    # (Nor, after a breach, the night the intrusion began: "Chinook Parcel, March 11:" for records
    # copied until the 12th and told that day reads as another event; the day it was told.)
    told_day = notice or brief.kind == "breach"
    event_day = (brief.statement.started if told_day else (brief.began or brief.statement.started)).astimezone(zone).date()
    if event_day == brief.now.astimezone(zone).date():
        return text
    org = brief.settings.short_name_in(brief.lang) or brief.settings.organisation_in(brief.lang)
    sender = f"{org} :" if brief.lang == "fr" else f"{org}:"
    title = after_colon(_sms_title(brief), brief.lang).rstrip(".")
    if not text.startswith(f"{sender} ") or not text[len(sender) + 1:].casefold().startswith(title.casefold()):
        return text
    day = day_words(event_day, brief.lang, zone=zone)
    dated = f"{org}, {day} :" if brief.lang == "fr" else f"{org}, {day}:"
    return dated + text[len(sender):] if fits(dated + text[len(sender):]) else text


def _fit_sms(rule: ChannelRule, brief: Brief, update: Update | None, fits: Callable[[str], bool],
             correction: Correction | None = None) -> str | None:
    """The one SMS: the sender, the most important sentences in order, as many as fit, then
    the link. Never a bare link: at least one sentence of substance, cut at a clause if it
    must be. The sender is the organisation's short name (`short_name`); the link is the
    statement's short address (`s/<code>/` on the site, which leads to the statement)."""
    url = brief.settings.short_url(brief.statement.slug, brief.lang)
    if _FINANCIAL.search(brief.settings.organisation_in(brief.lang)):
        # A bank's or an insurer's text with a link is what fraudsters send, whatever the crisis:
        # and a phone makes a link of any address, so none at all.
        url = words(brief.lang)["details_site"]
    elif brief.no_links:
        # After a breach, texts with links are what fraudsters send: the site's name, typed by
        # hand, agrees with "we will never send you a link" (no path, no short code).
        url = words(brief.lang)["details"].format(host=brief.settings.typed_address(brief.lang))
    org = brief.settings.short_name_in(brief.lang) or brief.settings.organisation_in(brief.lang)
    sender = f"{org} :" if brief.lang == "fr" else f"{org}:"

    def names_sender(text: str) -> bool:
        full = brief.settings.organisation_in(brief.lang)
        return re.match(rf"(?:(?:the|la|le|les|l['’])\s*)?(?:{re.escape(full)}|{re.escape(org)})\b", text,
                        re.IGNORECASE) is not None

    zone = brief.settings.timezone
    acronyms = short_names(brief.statement.source)
    announced = ""  # what an update's opening teaser announces ("We now know how…")
    list_news = False  # an update's news is a list told as one ("Forecast for Thursday: A: …; B: …")
    list_heads: list[str] = []  # the lead-in of a list told as one, which goes whole or not at all
    over_now: list[str] = []  # an announcement's "all are now home", said apart from its news
    line: str | None = None  # an announcement's line to call
    if update is None:
        lead = f"{org} :" if brief.lang == "fr" else f"{org}:"
        if names_sender(brief.news):
            lead = ""  # « La Fromagerie Bellecombe rappelle… » names its sender: never "Bellecombe : la Fromagerie…"
        # The news with what leans on it ("…were due to ship on 24 November. They will ship from
        # 10 December instead."): the second half is the news too.
        summary = [s.text for s in brief.summary_sentences]
        apologies = frozenset(filter(None, [brief.apology, brief.apology_text]))  # an apology stands alone
        news = bind(summary, brief.lang, apologies)[0] if summary and summary[0] == brief.news else brief.news
        if brief.spared and brief.spared_as_written and brief.spared_as_written in news:
            news = news.replace(brief.spared_as_written, brief.spared)  # ("…were exposed", never "in these files")
        # A long apology that does not fit whole goes as its own clause (« Nous vous présentons nos
        # excuses. »): an SMS without the apology reads as indifference.
        # (The apology's own words last, "We apologise.", when its reasons leave no room.)
        # After a recall, a safety incident or a breach, the line to call, last, in the room left
        # ("Consumer line: 04 65 71 22 80", without its opening hours if need be).
        # (Our own line for questions before another body's: "Informations et questions : 026…"
        # rather than the doctors on call, which the page gives.)
        # (Health advice without a number of its own goes when a text can hold it: "If your child
        # fell… see a doctor the same day" at 130 characters would push out the lots; "go to the
        # emergency department" goes always, in the summary's short words when it has them.)
        lines = [item for item in brief.advice_items if _PHONE.search(item) or (
            item in brief.health_advice and (len(item) <= 120 or _TO_EMERGENCY_DEPARTMENT.search(item)))] \
            if brief.kind in ("recall", "safety", "breach") else []
        # (After a recall or an accident, the line that gets a sick child help, « appelez le Centre
        # Antipoisons au 070 245 245 », before our own line for questions.)
        health = [s.text for s in brief.summary_sentences if _PHONE.search(s.text)]
        line = next((item for item in [*lines, *health] if brief.kind in ("recall", "safety")
                     and (_SEE_A_DOCTOR.search(item) or _EMERGENCY.search(item))), None) \
            or next((item for item in lines if _OWN_LINE.search(item)), lines[0] if lines else None)
        # "…injured seven people; all are now home": when a shorter form or the title says the
        # news, that the worst is over still goes, on its own.
        over_now = [end_sentence(part[:1].upper() + part[1:]) for part in re.split(r"[\s\u00a0\u202f]*;\s+", news)[1:]
                    if any(s.has("outcome") for s in roles.sentences(part, brief.lang))][:1]
        if over_now and leans_on_before(over_now[0], brief.lang):
            # "All of them are now home" names no one alone: the sentence it ends goes whole ("Six
            # pupils were taken to hospital; all of them are now home").
            whole = [s.text for s in roles.sentences(news, brief.lang) if over_now[0].rstrip(".")[1:] in s.text]
            over_now = whole[:1] if whole and whole[0] != roles.sentences(news, brief.lang)[0].text else []
        apologies_said = [brief.apology_text, _short_apology(brief.apology_text, brief.lang),
                          _short_apology(brief.apology_text, brief.lang, 45)]
        if all(leans_on_before(a, brief.lang) for a in filter(None, apologies_said[1:])) and any(apologies_said[1:]):
            # « Nous en sommes désolés. » after what to do would be sorry for that: said alone
            # (« Nous vous présentons nos excuses. ») when it cannot follow the news.
            apologies_said.append(_APOLOGY_ALONE.get(brief.lang, _APOLOGY_ALONE["en"]))
        # After a recall the consumer line, what a worried buyer uses, before the apology.
        # So after a breach or an accident: the number people call is worth more than the words
        # of regret, when the room holds only one.
        ending = [line or "", *apologies_said] if brief.kind in ("recall", "safety", "breach") and line \
            else [*apologies_said, line or ""]
        # When the service is expected back ("Heating should be back everywhere on Thursday 11
        # February"): what people without it plan on, after what protects them.
        # (Its own clause when the sentence opens on why: "The repair is taking longer: heating…".)
        back = [] if brief.statement.resolved or brief.kind == "recall" else [
            next((end_sentence(part[:1].upper() + part[1:]) for part in reversed(re.split(r"\s?:\s", s.text))
                  if any(x.has("eta") for x in roles.sentences(part, brief.lang))), s.text)
            for s in brief.summary_sentences[1:] if s.has("eta") and not s.has("next-update")][:1]
        # (Not the advice the news gives already: "…must boil their tap water" then "Bring tap water
        # to a rolling boil" says it twice, and takes the apology's room.)
        advice_said = brief.kind == "safety" and bool(news and brief.first_advice) \
            and _instruction_given(brief.first_advice or "", news or "")
        candidates = _unique([news, *over_now, None if advice_said else brief.first_advice, brief.lots_sentence(),
                              brief.never_ask_alone, *back, *ending])
    elif correction is not None:
        # Short: the correction's own words name the update it corrects.
        lead = words(brief.lang)["sms_correction"].format(org=org)
        candidates = correction_blocks(brief, update, correction)[0]
    else:
        # (French readers take Paris time for granted: any other zone is named, "heure de Jersey".)
        first = update is brief.statement.first_update and len(brief.statement.updates) > 1
        lead = words(brief.lang)["sms_first" if first else "sms_update"].format(org=org, time=time_words(
            update.at, zone, brief.lang, with_zone=brief.lang != "fr" or not paris_time(update.at, zone)))
        # Sentence by sentence (an SMS takes them in order while they fit), then what the copy
        # of the update adds: the promise when the text has none, the correction note.
        # A sentence a correction says was wrong ("Phone numbers were not in the files") is never
        # sent again in a text with no room for the correction.
        own = _without_tables(people_first(_told(brief, update), brief.lang), update.text, brief.lang)
        # ("…asking for your banking details through a link. These messages are not from us. We
        # have reported the link": a sentence that names "the link" one of the two before it
        # introduced says nothing alone in a text that may not hold them: it is left out.)
        own = [sentence for index, sentence in enumerate(own) if index == 0 or leans_on_before(sentence, brief.lang)
               or not _points_back_at(sentence, " ".join(own[max(0, index - 2):index]), brief.lang,
                                      demonstratives=False)]
        # ("…installed without the usual test on a pilot locker. We are reinstating that test": the
        # sentence that says "that test" goes with the one that names it, or not at all.)
        joined: list[str] = []
        for sentence in own:
            # (Not a count, "1,312 seats were sold at that price": the text names the price instead.)
            if joined and not re.search(r"\d", sentence) and _demonstrative_back(sentence, joined[-1], brief.lang):
                joined[-1] = f"{joined[-1]} {sentence}"
            else:
                joined.append(sentence)
        own = joined
        if brief.kind == "recall" and update is not brief.statement.first_update and len(own) > 1:
            # "We have found the cause: a broken blade… We are therefore widening the recall to …
            # lots 0306-L2, 0406-L2…": the widened lots are what people act on; they lead the text,
            # the cause after them when there is room.
            widening = next((c for c in own[1:] if corrections.RECALL_EXTENDED.search(c)
                             and re.search(r"\blots?\s+\S*\d", c, re.IGNORECASE)), None)
            if widening is not None and not corrections.RECALL_EXTENDED.search(own[0]):
                lead_widening = re.sub(r"\s+(?:therefore|thus|donc|ainsi)\b", "", widening)
                # ("…cut on that line" said first names the line the cause named: "on line 2".)
                line_named = re.search(r"\b(?:line|ligne) \w*\d\w*\b", own[0], re.IGNORECASE)
                if line_named:
                    lead_widening = re.sub(r"\b(?:that|this) line\b", line_named.group(0), lead_widening)
                    lead_widening = re.sub(r"\b(?:cette|la même) ligne\b", f"la {line_named.group(0).lower()}",
                                           lead_widening)
                own = [lead_widening, *(c for c in own if c != widening)]
        added = [b for b in update_blocks(brief, update)[0] if b not in " ".join(own)
                 and b in _without_tables([b], update.text, brief.lang)]
        candidates = _unique([*own, *added])
        told = len(_unique(own))  # the update's own sentences (not the promise, not the note)
        if brief.kind == "breach" and told > 1 and _HELPLINE_TALLY.search(candidates[0]) and all(
                s.roles <= {"figure", "data", "action"} for s in roles.sentences(candidates[0], brief.lang)):
            # "Our dedicated line has taken 1,138 calls since Thursday" is a tally ("we have sent
            # 96,500 e-mails" too); a fake e-mail going round ("…do not click the link") is what the
            # reader must know first.
            warning = next((c for c in candidates[1:told] if (_SCAM_WARNED.search(c) or _FAKE.search(c)) and any(
                s.has("advice") or s.has("never-ask") for s in roles.sentences(c, brief.lang))), None)
            if warning is None:
                # ("312 customers received a text that claims to come from us and asks for a fee" and
                # the sentence that answers it, "These texts do not come from us: we never ask…".)
                at = next((i for i in range(1, told - 1) if _CLAIMS_OUR_NAME.search(candidates[i])
                           and any(s.has("never-ask") for s in roles.sentences(candidates[i + 1], brief.lang))), None)
                if at is not None:
                    warning = f"{candidates[at]} {candidates[at + 1]}"
                    candidates = [*candidates[:at], warning, *candidates[at + 2:]]
                    told -= 1
            # (Else what the nightly checks found, "…and found no unusual transaction": what a member
            # asks first, before how many calls the line took.)
            warning = warning or next((c for c in candidates[1:told] if NO_LOSS.search(c)), None)
            if warning is not None:
                candidates = [warning, *(c for c in candidates if c != warning)]
            # (And the call count after the update's other news, "Forty-one members have now reported
            # fake calls": the line's tally is the team's, the fake calls are the members'.)
            own_news = sorted(candidates[1:told], key=lambda c: (_FAKE.search(c) is None, bool(_HELPLINE_TALLY.search(c)) and all(
                s.roles <= {"figure"} for s in roles.sentences(c, brief.lang))))
            candidates = [candidates[0], *own_news, *candidates[told:]]
        tally = roles.sentences(candidates[0], brief.lang) if candidates else ()
        if brief.kind in ("recall", "safety") and told > 1 and not _NEW_HARM.search(candidates[0]) and tally and all(
                s.has("figure") and (s.roles <= {"figure", "compensation"} or (s.has("compensation") and s.roles <= {
                    "figure", "compensation", "outcome"})) for s in tally):
            # "2,310 customers have registered for a refund" is the team's tally; "Five more incidents
            # were reported today… One of them left a person with a burn" is what tells people the
            # heater in their home is dangerous (kit 59): it leads, with the sentences that lean on it.
            at = next((k for k in range(1, told) if _NEW_HARM.search(candidates[k]) and not _NO_NEW_HARM.search(candidates[k])),
                      None)
            if at is not None:
                end = at + 1
                while end < told and leans_on_before(candidates[end], brief.lang):
                    end += 1
                candidates = [*candidates[at:end], *candidates[:at], *candidates[end:]]
        # "Halls 1, 2 and 6 closed at 19:00, as planned": what went as planned is no news to a
        # phone; its room goes to what people can use ("Saturday tickets will be valid on Sunday").
        unplanned = [_without_routine(c, brief.lang) for c in candidates]
        if any(unplanned[:told]):
            told -= sum(1 for k in unplanned[:told] if not k)
            candidates = [k for k in unplanned if k]
        if told > 1:
            # (A list after the news goes whole or not at all: its items without their lead-in,
            # "Port-Sénan line: 1 train in 2.", would read as today's.)
            joined_list, merged = list_as_one(candidates[:told], update.text, brief.lang)
            if merged:
                list_heads += [c for c in candidates[:told] if c.rstrip().endswith(":")][:1]
                forecast = [c for c in joined_list if list_heads[-1] in c and _FORECAST.search(c)]
                if forecast and joined_list[0] != forecast[0]:
                    # "Forecast for Saturday: A: 1 train in 2; …" is what a traveller uses: it leads,
                    # before today's strike figures, which the page keeps.
                    joined_list = [forecast[0], *(c for c in joined_list if c != forecast[0])]
                list_news = joined_list[0] != candidates[0]  # (the news is the list: never cut in it)
                candidates[:told] = joined_list
                told -= merged
        if told > 1 and (_TEASER.match(candidates[0]) or _WIDENING_TEASER.match(candidates[0])):
            # "We now know how the advert was approved." alone is a teaser: it goes with what it announces.
            # (What "how the advert was approved" announces says "it" for the advert: never alone.)
            if not re.search(r"\b(?:how|why|what|comment|pourquoi|ce qui)\b", candidates[0], re.IGNORECASE):
                announced = candidates[1]
            candidates[:2] = [f"{candidates[0]} {candidates[1]}"]
            told -= 1
        # "We will also pay €50 into each of their accounts" goes with the sentence that says whose.
        own_told = with_whose(candidates[:told])
        candidates, told = [*own_told, *candidates[told:]], len(own_told)
    # "described above", « ci-dessous », "(see the update of 27 November)": an SMS has no page
    # around it.
    # (And "each of these customers" says who, when the sentence that said which may not go.)
    candidates = [people_named(_no_pointer(off_page(c, brief.lang)), brief.lang) for c in candidates if c]
    candidates = things_named(prices_named(candidates))
    if brief.no_links or _FINANCIAL.search(brief.settings.organisation_in(brief.lang)):
        # A text that says "type the address yourself" never carries a link of its own: an address in
        # the news is written to be typed ("bellefleur.example/pay"), as a fraudster's would not be.
        candidates = [_typed(c) for c in candidates]
    if brief.kind == "recall" and brief.lang == "fr":
        # GSM-7 has no « ê »: « sur la même ligne » of a recall is the recalled lots' line, said so
        # (never « meme », never « cette ligne » with no line named before it).
        # (Said of the recalled lots themselves, « Les trois lots ont été remplis sur la même ligne », the
        # line is one line: « sur une seule ligne », never « sur la ligne des lots rappelés ».)
        candidates = [re.sub(r"\b(sur|de) la même ligne\b(?! que)", r"\1 une seule ligne", c)
                      if re.search(r"\b(?:les|ces|nos)(?: \w+)? lots\b[^.]*\bla même ligne", c, re.IGNORECASE)
                      else re.sub(r"\b(sur|de) la même ligne\b(?! que)", r"\1 la ligne des lots rappelés", c)
                      for c in candidates]
    if candidates and lead:
        candidates[0] = after_colon(candidates[0], brief.lang)

    def first_fitting(*sentences: str) -> str | None:
        # (Without the sender only while the text opens on the news that names it: the title in its
        # place, « rappel, barres tendres… », never goes out unsigned.)
        said = list(filter(None, sentences))
        # (Never one instruction twice: "Do not click the link, and do not give your card details."
        # beside "They do not come from us: do not click the link, and do not give…", which says it.)
        said = [one for index, one in enumerate(said) if not any(
            other != one and _said_within(one, other) for other in said[:index] + said[index + 1:])]
        head = lead or ("" if update is not None or (said and names_sender(said[0])) else sender)
        text = " ".join(filter(None, [head, *said, url]))
        for name, acronym in acronyms.items():
            # ("Régie du bâtiment du Québec (RBQ)" → "RBQ", never "RBQ (RBQ)")
            text = re.sub(rf"{re.escape(name)}(?:[\s\u00a0\u202f]*\({acronym}\))?", acronym, text)
        # (Places written short only when the whole would not fit.)
        shortened = places_shortened(text, brief.statement.source)
        forms = [*_sms_forms(text, brief.lang), *(_sms_forms(shortened, brief.lang) if shortened != text else ())]
        # (So does "how to claim is at www.saleve-air.com/en/claims": an address of ours is a link.)
        if url.startswith("http") and any(re.search(r"\bhttps?://|(?<![\w.@/])www\.", s) for s in said):
            # A text that already carries a link of ours ("claim your €250 at https://…/claim") may go
            # without the page's, when that is what leaves room: one link, never two and less said.
            bare = [form[:form.rindex(url)].rstrip() for form in forms if form.endswith(url)]
            forms += [form for form in bare if form]
        return next((form for form in forms if fits(form)), None)

    # The news (whole, else without its details, else its first clauses, else the title), with
    # what people must do in a breach, a recall or a safety incident; then each next sentence
    # while it fits.
    # (The essential form's own first clause too: « l'application ne permet plus d'acheter un titre. »
    # without « Depuis les premiers départs à 5 h 50, » leaves room for a whole instruction.)
    options = [candidates[0], *essential_forms(candidates[0]),
               *(short for form in [candidates[0], *essential_forms(candidates[0])] if brief.kind == "recall"
                 for short in _without_sale(form, _WHEN_SOLD)),
               *(short for form in [candidates[0], *essential_forms(candidates[0])] for short in _without_reason(form)),
               *_without_context(candidates[0]),
               *_without_what_it_did(candidates[0]),
               *_announced(candidates[0]),
               # (An announcement's first clause says what and where, « des légionelles … de notre hôpital
               # de Verviers-Hodimont », before what follows the colon; an update's thread is known.)
               *(_clauses(candidates[0]) if update is None else ()), *_consequence(candidates[0], brief.lang),
               *(_clauses(candidates[0]) if update is not None else ()),
               *(_head_news(candidates[0], brief.lang) if update is not None else ()),
               *(c for f in essential_forms(candidates[0]) for c in _clauses(f))] if candidates else []
    # ("…cannot make or receive calls, send texts or use mobile data." without the list's tail,
    # its first item saying the news, before any title stands for it.)
    options += [head for option in list(options[:4]) for head in _list_head(option, brief.lang) if head not in options]
    if candidates and brief.kind == "recall" and _RECALLING.search(candidates[0]):
        # « Nous rappelons les lots 2709A et 2709B de notre farine… : notre laboratoire y a mesuré… Ne
        # donnez pas cette farine à votre enfant. »: the recall's first clause with the order it
        # leans on, before any form that keeps one without the other.
        parts = [x.text for x in roles.sentences(candidates[0], brief.lang)]
        order = next((part for part in parts[1:] if _DO_NOT_EAT.match(part)), None)
        if order is not None:
            heads = [f for f in (*essential_forms(parts[0]), *_clauses(parts[0])) if _RECALLING.search(f)]
            paired = [f"{end_sentence(head)} {order}" for head in heads]
            options = [*options[:1], *(p for p in paired if p not in options), *options[1:]]
            # (Never a form without the order in place of one with it: "bring the sachet back" beside
            # the recall does not tell a parent to stop feeding it.)
            options = [o for o in options if _DO_NOT_EAT.search(o)] or options
    if list_news:
        options = options[:1]  # (whole, its heading with it; else cut between two items, last resort)
    if update is None and brief.kind == "recall" and candidates and _HAZARD.search(candidates[0]):
        # A recall's news keeps what makes the product dangerous ("…may contain hazelnut"): its
        # cuts go without where it was sold first, and never without the hazard (the title names it).
        spared = _without_sale(candidates[0], _WHERE_SOLD)
        options = [*options[:1], *spared, *(c for f in spared for c in _clauses(f)), *options[1:]]
        options = [o for o in options if _HAZARD.search(o)]
    if announced:
        # The teaser never alone: what it announces stands for both when they do not fit together.
        options = [o for o in options if not _TEASER.match(o)]
        options += [announced, *essential_forms(announced), *_clauses(announced)]
    if correction is not None and candidates:
        # "We wrote that X. That is wrong: Y." whole before any cut of it: its first sentences,
        # longest first, so the SMS says what is true, not only that something was false.
        parts = [s.text for s in roles.sentences(candidates[0], brief.lang)]
        options = [candidates[0], *(" ".join(parts[:n]) for n in range(len(parts) - 1, 1, -1)), *options[1:]]
    if update is None and candidates and candidates[0] != after_colon(off_page(brief.news, brief.lang), brief.lang):
        # The first sentence alone, whole, before any cut of it ("…was found in one of them: do not
        # eat them" keeps what to do; "It is the 100 g Tomme…" that leans on it may go).
        alone = after_colon(off_page(brief.news, brief.lang), brief.lang)
        at = 1 + len(essential_forms(candidates[0]))
        options = [*options[:at], alone, *(o for o in options[at:] if o != alone)]
    if (update is not None and correction is None and brief.kind == "safety" and candidates
            and update is brief.statement.first_update):
        # The first alert of a fire or an accident: when its account leaves no room for who is safe
        # and the line to call, the title says what happened.
        options.append(after_colon(_sms_title(brief, update), brief.lang))
    if candidates and not list_news and correction is None:
        options += [form for form in _shorter_news(candidates[0], brief.lang, brief.kind == "breach") if form not in options]
    if update is None or not candidates:  # an update says its own news, cut if it must be
        title = after_colon(_sms_title(brief, update), brief.lang)
        # A news sentence that quotes the offending words (a slogan, a post) would send them
        # again to everyone: the title says the news without them.
        if candidates and _QUOTED_WORDS.search(candidates[0]) and not _QUOTED_WORDS.search(title):
            options.insert(0, title)
        elif not (candidates and any(_BACK_AGAIN.search(o) for o in options) and update is None) and not (
                update is None and brief.statement.resolved and candidates
                and STILL_TRUE.get(brief.lang, STILL_TRUE["en"]).search(brief.statement.title)
                and any(s.has("outcome") for s in roles.sentences(candidates[0], brief.lang))):
            # (Nor, once it is over, a title that says what is no longer true, « Eau à faire bouillir
            # à… », when the news says how it ended: a shorter form of it goes instead.)
            # (Never in place of a news that the service is back, « le télésiège rouvre ce jeudi »:
            # the title tells the stop the news has overtaken.)
            options.append(title)
    if candidates and any(s.has("harm") for s in roles.sentences(candidates[0], brief.lang)):
        # "…hit the pier as it came in to dock: 17 passengers were injured, and one of them is still in
        # hospital": people hurt are the news; a cut that leaves them out comes after every form that
        # says them (the clause alone, the title that counts them).
        def tells_harm(text: str) -> bool:
            return any(s.has("harm") for s in roles.sentences(text, brief.lang))

        told_hurt = [o for o in options if tells_harm(o)]
        counted = []  # the clause that counts them ("…: 17 people were injured, not 14")
        for _, rest in clause_cuts(candidates[0], 20):
            # (« 17 personnes ont donc été blessées » says it alone without its « donc ».)
            rest = re.sub(r"\s+(?:donc|therefore|thus)\b", "", rest)
            rest = rest[:1].upper() + rest[1:]
            # (Never a part without its verb: "16 on the spot and 11 in hospital." of "27 people were
            # treated after the crush: 16 on the spot and 11 in hospital", kit 59.)
            # (Nor a relative clause: « Dont une dans un état grave ; … ».)
            if tells_harm(rest) and not leans_on_before(rest, brief.lang) and not rest.lower().startswith(("and ", "et ")) \
                    and _HAS_VERB.search(rest) and not re.match(r"(?:dont|qui|que|qu['’]|which|who|whom|whose|where|où)\b",
                                                                rest, re.IGNORECASE):
                counted.append(end_sentence(rest))
        title = after_colon(_sms_title(brief, update), brief.lang)
        titled = [title] if tells_harm(title) and (update is None or update is brief.statement.first_update) else []
        # (An update's count first, its thread known; an announcement says what happened with it.)
        counted = [c for c in counted if re.search(r"\d", c)] if update is not None else counted
        told_hurt = [*told_hurt[:1], *counted, *told_hurt[1:]] if update is not None else [*told_hurt, *counted]
        options = list(dict.fromkeys([*told_hurt, *titled, *(o for o in options if not tells_harm(o))]))
    if update is None and brief.kind == "breach" and candidates and any(
            s.has("data") for s in roles.sentences(candidates[0], brief.lang)):
        # A breach's news keeps what was taken ("…, and the attackers copied the banking details of
        # about 12,400 residents"): a cut that says only that systems are down hides the breach
        # (so does the title), and the text is the one warning some of those people get.
        def takes(text: str) -> bool:
            # (Never "ransomware encrypted our members' database" alone: the attack's encryption is
            # no data taken.)
            plain_text = re.sub(r"\b(?:encrypt\w*|chiffr\w*)\b", "", text, flags=re.IGNORECASE)
            return any(s.has("data") for s in roles.sentences(plain_text, brief.lang))
        # (Its clause that says so alone only when no whole form fits: "The attackers copied…".)
        whole = [o for o in options if takes(o)]
        taken = [] if any(first_fitting(o) for o in whole) else [
            end_sentence(rest[:1].upper() + rest[1:]) for sentence in _unique([candidates[0], brief.news])
            for rest in (re.sub(r"^(?:and|et)\s+", "", rest) for _, rest in clause_cuts(sentence))
            if takes(rest) and not leans_on_before(rest, brief.lang)]
        options = [*whole, *taken] or options
    widened_at = corrections.RECALL_EXTENDED.search(candidates[0]) if candidates else None
    if update is not None and correction is None and brief.kind == "recall" and widened_at is not None \
            and widened_at.start() > 30:
        # (Only after a finding: a news that opens on the widening, "We are extending the recall to
        # lot L46321…", keeps its own forms, the lots named.)
        # "Tests on lot 2707A04 show the same fault, so we are adding this lot to the recall: it now
        # covers…": a cut keeps that the recall grows (never "…show the same fault." alone, a test
        # result that recalls nothing).
        head = re.split(r"[\s\u00a0\u202f]?:\s", candidates[0], maxsplit=1)[0]
        tail = candidates[0][len(head):]
        named_after = [code for code in brief.lot_codes if code in tail and code not in head]
        # (Unless what follows the colon names the new lots: "…to a third lot: L46321…" keeps them.)
        if head != candidates[0] and len(head) >= 40 and corrections.RECALL_EXTENDED.search(head) \
                and (not named_after or all(code in tail for code in brief.lot_codes)):
            options = [*options[:1], end_sentence(head), *options[1:]]  # (what it now covers: the link)
        options = [o for o in options if corrections.RECALL_EXTENDED.search(o)] or options
    if update is None and brief.kind == "recall" and candidates and _DO_NOT_EAT.search(candidates[0]):
        # "…may contain E. coli O157:H7, which can cause serious illness: do not eat them": a cut
        # loses the aside, never the order (as in English, so in French: « ne les mangez pas »).
        options = [o for o in options if _DO_NOT_EAT.search(o)] or options
        # (The order alone, without where to take the product back, when that leaves room for who
        # to call: "…ten times the dose. Do not give any more to your child.")
        parts = [x.text for x in roles.sentences(candidates[0], brief.lang)]
        if len(parts) == 2 and _DO_NOT_EAT.match(parts[1]):
            heads = [f"{head}." for head, _ in clause_cuts(parts[1], 20) if _DO_NOT_EAT.search(head)]
            options += [f"{parts[0]} {head}" for head in heads] + [f"{first} {head}" for head in heads
                                                                  for first in _clauses(parts[0])]
    if brief.kind == "safety" and candidates and _PEOPLE_SAFE.search(candidates[0]):
        # "…a fire broke out in the engine room: all 64 passengers were evacuated unhurt": a first
        # alert to families never keeps the fire and loses who is safe (nor says the title instead).
        parts = [x.text for x in roles.sentences(candidates[0], brief.lang)]
        safe_at = next((k for k, part in enumerate(parts) if _PEOPLE_SAFE.search(part)), 0)
        if safe_at:
            # « …s'est échoué en quittant le port, avec 77 passagers à bord. Toutes les personnes ont
            # été ramenées à terre saines et sauves ; quatre… »: when the two do not fit whole, a
            # shorter form of what happened beside the clause that says everyone is safe.
            safe = [parts[safe_at], *(head for head in _clauses(parts[safe_at], 20) if _PEOPLE_SAFE.search(head))]
            # (Without who was on board, « , avec 77 passagers à bord », which the safe clause says.)
            aboard = re.sub(r",\s+(?:avec|with)\s+[^,;:]{5,80}\b(?:à bord|on board|aboard)\.$", ".", parts[0])
            events = list(dict.fromkeys([parts[0], *essential_forms(parts[0]), aboard, *_clauses(parts[0])]))
            options += [f"{event} {said}" for said in safe for event in events]
        options = [o for o in options if _PEOPLE_SAFE.search(o)] or options
    # In a safety notice or a recall, what protects people ("Do not drink tap water without
    # boiling it") goes out even alone, when it cannot fit beside the news.
    protective = update is not None and correction is None and brief.kind in ("safety", "recall")
    # What people must do travels with the news: the line against phishing in a breach, the
    # first advice ("call 15 at night", "do not eat them"), the lots of a recall (without them
    # every product is suspect). In an update, its own warning or advice.
    must: list[str] = []
    added_ask = ""  # the standing line against scams added to a breach update's text: never in place of its news
    reminder: str | None = None
    placed: str | None = None  # where a notice lifted somewhere still holds (an update's)
    if update is None:
        # (Not when the news or the advice names every lot: "…shows one of the lots K2211 or K2212".)
        listed_lots = "" if brief.lot_codes and all(
            code in f"{candidates[0] if candidates else ''} {brief.first_advice or ''}" for code in brief.lot_codes
        ) else brief.lots_sentence()
        if brief.kind == "breach" and brief.never_ask_alone:
            must.append(brief.never_ask_alone)
        if brief.kind == "breach" and brief.spared:
            # "No passwords or bank details were exposed": what everyone asks first, after what
            # protects them from the scams that follow a breach.
            must.append(brief.spared)
        # The worst is over ("no one was hurt", "service is back"): an SMS about a fire or an
        # outage that leaves it out reads as still happening.
        # (A news that says them already, "…injured seven people; all are now home", needs no other.)
        in_news = roles.sentences(brief.news, brief.lang)
        over, hurt_told = any(s.has("outcome") for s in in_news), any(s.has("harm") for s in in_news)
        # ("…; the crew put it out and all 612 passengers are safe": that clause is never the part a
        # shorter form of the news loses.)
        # (Nor when what people are told to do says it: "You do not need to do anything: 9-1-1 is
        # working normally" after "9-1-1 calls have worked normally since 5:02 p.m. that day".)
        over = over or any(s.has("outcome") for s in roles.sentences(brief.first_advice or "", brief.lang))
        # (After a breach, that what was taken is safe is the worst over: "no money has been taken";
        # never that a service reopened, "Online sales reopened on January 13", which the page tells.)
        outcome = [o for o in brief.outcome if brief.kind != "breach" or _NOTHING_TAKEN.search(o)]
        worst = [*over_now, "" if hurt_told else brief.hurt or "", *([] if over else outcome)]
        if brief.kind == "recall" and any(s.has("advice") for s in in_news):
            # The news says what to do already ("…Listeria was found in one of them: do not eat
            # them"): the lots next, and the news whole rather than "return them" beside half of it
            # ("return them" goes in the room left).
            must += [listed_lots, *worst]
        elif brief.kind == "recall" and brief.must_not_eat:
            # "People who are allergic to nuts must not eat these products" and the lots before how
            # to return them: the text's reader may be about to eat one.
            must += [brief.must_not_eat, listed_lots, _with_route(brief), *worst]
        elif brief.kind == "recall":
            # After a recall, what to do and which lots before who was hurt: without them every
            # product is suspect, and "no child has been hurt" says nothing of what to do.
            # (With where to do it: "order a free replacement" alone leaves people asking where.)
            route = _with_route(brief)
            if route == brief.first_advice and candidates and _instruction_given(route, candidates[0]):
                route = ""  # ("Stop using Petit Mousse bottles from lots…" said it: never a second "Stop using…")
            must += [route, listed_lots, *worst]
        else:
            route = _with_route(brief)
            if brief.kind == "safety" and route and candidates and _instruction_given(route, candidates[0]):
                route = ""  # ("…6,720 homes must boil their tap water" said it: never "Bring tap water to a boil" again)
            if brief.kind == "safety" and route and any(s.has("harm") for s in in_news) and all(
                    s.has("compensation") or not s.has("advice") for s in roles.sentences(route, brief.lang)):
                # After an accident that hurt people, a refund is no instruction that outranks
                # who was hurt: "Two trains collide" and the refund form never stand for "…injuring
                # 11 people" (the refund goes in the room left).
                route = ""
            must += [*worst, route, listed_lots]
            if brief.kind == "breach" and route and _WATCH_YOUR_CARD.search(route) and brief.never_ask_alone in must:
                # Card details already stolen: "Check your statements and block your card" is what
                # stops the loss now, before the line against the scams that may follow.
                must = [route, *(m for m in must if m != route)]
        # "They did not obtain passwords…, and no money has been taken": beside a shorter form of
        # the news, "they" names no one; its own clause says it alone.
        must = [_standing_outcome(m, brief.lang) for m in must]
        if line and brief.kind in ("recall", "safety") and (_SEE_A_DOCTOR.search(line) or _EMERGENCY.search(line)):
            # Who to call when someone is unwell (« …appelez le centre antipoison au 01 40 05 48 48 »)
            # is what protects people, next to what to do: its short form when the whole is long.
            # (After the lots, in a recall: without them every can is suspect.)
            # (Its first clause when that says who to call: "If your baby has symptoms, call your
            # doctor or 811 right away", without ", and mention that…".)
            # (The summary's own short form of it first, "If you think a child has swallowed a magnet,
            # go to the emergency department straight away, even if the child seems well": its
            # authors chose those words to travel; a clause cut loses "even if the child seems well".)
            told_short = [s.text for s in brief.summary_sentences if len(s.text) <= 130 and s.text != line
                          and (_EMERGENCY.search(s.text) or _SEE_A_DOCTOR.search(s.text))
                          and (_EMERGENCY.search(s.text) is not None) == (_EMERGENCY.search(line) is not None)]
            short = line if len(line) <= 110 else (told_short or _if_worried(line, brief.lang) or [
                *(f"{head}." for head, _ in clause_cuts(line, 30)
                  if (re.search(r"\d", head) or _EMERGENCY.search(head)) and len(head) < 110), line])[0]
            # (Before them when it sends people to the emergency department, "even if the child seems
            # well": a text that cannot hold both leaves the lots to the link, never that.)
            # (After them when no short form of it exists: a whole paragraph of first aid leaves no
            # room for the lots, which the text cannot do without.)
            at = must.index(listed_lots) + (not _EMERGENCY.search(short) or len(short) > 130) \
                if brief.kind == "recall" and listed_lots in must else min(len(must), 1)
            must.insert(at, short)
        must += [b for b in back if b not in must]
        if brief.kind not in ("recall", "safety", "health"):
            # What people get ("We sent every second payment back on Tuesday 8 December"): a text
            # about money taken or a service lost that leaves it out reads as a shrug.
            must += _summary_compensation(brief)
        recall_line = brief.kind in ("recall", "safety", "breach") and bool(line)
        # (After a recall the consumer line, what a worried buyer uses, goes before the apology;
        # so does the line to call after an accident or a breach.)
        if brief.apology_text and len(brief.apology_text) < 90 and not recall_line:  # a short apology, when room is left
            # (Its own words only right after the news: « Nous en sommes désolés » after what to
            # do would be sorry for that.)
            points_back = any(must) and leans_on_before(brief.apology_text, brief.lang)
            must.append(_APOLOGY_ALONE.get(brief.lang, _APOLOGY_ALONE["en"]) if points_back else brief.apology_text)
        if brief.apology_text and controversy_words(f"{brief.statement.title} {brief.statement.summary}"):
            # After a bad buzz, the apology is the news people wait for: it comes first; its own
            # sentence when the group it is told in opens on the news (which may quote the offence).
            own_words = brief.apology if brief.apology and brief.apology_text.startswith(brief.news) else brief.apology_text
            must.insert(0, own_words)
    elif correction is None:
        # Each sentence with the one it leans on ("They do not come from us" needs the fake
        # e-mails it speaks of); the first group is the news itself.
        bound = bind(candidates[:told], brief.lang)
        groups = [(group, roles.sentences(group, brief.lang)) for group in bound[1:]]
        # The update's news that the worst is over ("the advisory is lifted"), and its advice:
        # in a recall or a safety notice the advice first.
        # (That everyone is safe before that the fire is out: "All 612 passengers are accounted for".)
        # (A group that opens on it: "The backup drive did not start… The other lifts run normally" is
        # how it failed.)
        outcome = [outcome_clause(g, brief.lang) for g in sorted(
            (g for g, said in groups if any(s.has("outcome") for s in said[:1])),
            key=lambda g: _PEOPLE_SAFE.search(g) is None)[:1]]
        # ("You can still travel without a ticket" before "if your card was charged, you will be
        # refunded": what everyone may do before what some will get.)
        # (Advice that keeps people safe first, "If you use a telecare alarm…, call us and we'll send
        # you a 4G router", "To call 999, use a mobile": for those whose line is dead, the text is
        # the only warning; both go when both are of that kind.)
        # (Where a notice still holds, "The notice stays in force in Chassagne…", first of all in a
        # safety notice: a text that says only where it is lifted tells everyone the water is safe.)
        # (Also the order told as news: "…6,300 homes must bring their tap water to a rolling boil".)
        advice = sorted((g for g, said in groups
                         if (protective and (_IN_FORCE.search(g) or _MUST_BOIL.search(g)))
                         or any((s.has("never-ask") or s.has("advice")) and not s.has("apology") for s in said)),
                        # (After an accident, "Parents: call 0 800… and we will tell you where
                        # your child is" before "Do not go to the scene: the road is still closed":
                        # where to turn before where not to go.)
                        key=lambda g: (brief.kind in ("safety", "breach") and _PHONE.search(g) is None,
                                       not (protective and _IN_FORCE.search(g)), _VITAL.search(g) is None, any(
                            s.has("compensation") and _SUBORDINATE_START.match(s.text) is not None
                            for s in roles.sentences(g, brief.lang))))
        # (Not a prohibition second, "Please do not call 9-1-1 to test it": how to reach help
        # when the line fails says more to someone in need, and takes the room.)
        if advice and brief.kind in ("safety", "breach") and len(advice[0]) > 110 and call_form(advice[0]):
            # A long line to call beside the news and who is hurt: its number, which is what a text
            # must carry (the page says where else to go).
            advice = [call_form(advice[0]) or advice[0], *advice[1:]]
        # (After an accident, the number to call and where not to go both: the second in the room
        # left, "Parents: do not go to the scene".)
        advice = advice[:2] if len(advice) > 1 and (all(_VITAL.search(g) for g in advice[:2])
                                                    and not _PROHIBITION.match(advice[1])
                                                    or brief.kind == "safety" and _PHONE.search(advice[0])
                                                    and not _PHONE.search(advice[1])) else advice[:1]
        # Advice that leans on the news ("…do not go out. They are recorded: do not send them
        # again") is in the news's group: it goes right after the news, before anything else.
        leaning = [s.text for s in roles.sentences(bound[0], brief.lang)[1:]
                   if (s.has("advice") or s.has("never-ask")) and not s.has("apology")] if bound else []
        said = _what_to_do(leaning[0], brief.lang) if leaning else None
        news_forms = [candidates[0], *essential_forms(candidates[0]), *_announced(candidates[0])] if candidates else []
        if brief.kind == "safety" and said and _PHONE.search(said) and candidates:
            # (The line families call while people are still on board, « Si un de vos proches est à
            # bord, appelez le +41… », beside the first sentence of the news when the whole does not
            # leave room: how the rescue goes, the page tells.)
            news_forms += [s.text for s in roles.sentences(candidates[0], brief.lang)][:1]
        if said and not any(first_fitting(form, said) for form in news_forms):
            said = None  # it leans on the news: with no room for the news beside it, it cannot go alone
        leaning = [said] if said else []
        advice = leaning or advice
        # (After a breach, the warning against scams before "no money has been taken".)
        # (And advice that gets people help when a lifeline failed, "If you tried to call 9-1-1 this
        # afternoon and still need help, call 9-1-1 now", before that it works again.)
        # (So does an order that stops a harm while the trouble lasts, "Do not send the same transfer
        # again: the person would be paid twice", before what still works.)
        stops_harm = bool(advice) and update.status.value != "resolved" and re.search(
            r"\b(?:do not|don['’]t|never|ne \w+(?:ez|tes) pas|n['’]\w+(?:ez|tes) pas)\b", advice[0], re.IGNORECASE) is not None
        must += [*advice, *outcome] if protective or leaning or stops_harm or brief.kind == "breach" or any(
            _VITAL.search(a) for a in advice) else [*outcome, *advice]
        # When the service is expected back ("most customers by this evening and everyone by
        # Saturday"): what people without it plan on, before how the repair is done.
        # (Before advice that is no instruction, "You don't need to claim"; never before what
        # protects people.)
        eta = [g for g, said in groups if g not in must and any(s.has("eta") for s in said)
               and not any(s.has("next-update") for s in said)][:1]
        if not eta and bound and candidates:
            # "…the whole section must be replaced. Heating will therefore not be back on Tuesday
            # evening, but on Thursday at the earliest": the new day leans on the news, and is the
            # news people plan on; said alone ("Heating will not be back…") when the two do not fit.
            later = [s.text for s in roles.sentences(bound[0], brief.lang)[1:]
                     if s.has("eta") and not s.has("next-update")][:1]
            if later and not any(s.has("eta") for s in roles.sentences(candidates[0], brief.lang)):
                eta = [re.sub(r"\s(?:donc|therefore|thus|par conséquent|so)\b", "", later[0])]
        vital = protective or any(_VITAL.search(m) for m in must)
        must = [*must, *eta] if vital else [*eta, *must]
        # What is cancelled, or when it runs again ("For your safety we have cancelled all
        # Dover–Calais sailings from 21:00", "our first departure is planned from Dover at 12:30"),
        # when the first sentence only sets the scene ("A severe gale is forecast from 21:00"): a
        # traveller's news, before the rest.
        # (Not a tally in the closing update: "…and 4 cancelled" in the final figures is history, and
        # what people can still do, "claim your €250 at…", comes first.)
        closing = update.status == "resolved"
        if candidates and not _SERVICE_NEWS.search(candidates[0]):
            service = [g for g, _ in groups if _service_news(_TALLY.sub("", g) if closing else g)][:1]
            if service and len(service[0]) > 120:
                # "Tomorrow, route S12 will run to its usual timetable, first departure at 07:15, with
                # another coach…": its first clause says what runs, beside who is still in hospital.
                found = _SERVICE_NEWS.search(service[0])
                comma = service[0].find(", ", found.end()) if found else -1
                cut = end_sentence(service[0][:comma]) if comma > 40 else None
                service = [cut] if cut and brief.kind == "safety" else service
            def instructs(text: str) -> bool:
                return any(s.has("advice") or s.has("never-ask") for s in roles.sentences(text, brief.lang))
            # (Never a tally that names what was cancelled, "…and 2 cancelled: CN 402 Dublin–Nantes…".)
            if service and not _SERVICE_NEWS.search(_TALLY.sub("", service[0])) and not instructs(service[0]) \
                    and not re.search(r"\s:\s|:\s", service[0]) and any(instructs(m) for m in must):
                # "By 9 a.m., 38 departures had been affected, 6 of them cancelled" is the day's tally:
                # what every traveller must do ("do not come more than 2 hours early") goes before it
                # when the text holds only one.
                must = [*must, *service]
            else:
                must = service + must
        if brief.kind == "breach":
            # What was seen or taken ("What could be seen: name, date of birth…"), before what was not
            # ("What was not exposed: …"): a breach text never tells only the reassurance.
            # (Never how they got in, "with the password of a staff VPN account": no data of people's.)
            exposed = [g for g, said in groups if any(x.has("data") for x in said)
                       and not _NOT_TAKEN.search(g) and not _GOT_IN.search(g)][:1]
            told_first = roles.sentences(bound[0], brief.lang) if bound else []
            if not exposed and len(told_first) > 1 and candidates and not any(
                    x.has("data") and _COPIED.search(x.text) for x in roles.sentences(candidates[0], brief.lang)):
                # "The attackers also reached our student records server. They copied the files of
                # 6,420 students…: names, …": what was taken leans on the news, and is the news; said
                # with its subject ("The attackers copied…"), before its colon when room is short.
                taken = [x.text for x in told_first[1:] if x.has("data") and _COPIED.search(x.text)
                         and not _NOT_TAKEN.search(x.text)][:1]
                if taken and _ATTACKERS.search(candidates[0]):
                    with_subject = _attackers_named(taken[0], candidates[0])
                    exposed = [with_subject] if with_subject != taken[0] or not leans_on_before(taken[0], brief.lang) else []
                    if exposed and with_subject not in candidates:
                        candidates.insert(1, with_subject)  # (told right after the news it leans on)
            must = [*exposed, *(m for m in must if m not in exposed)]
        # A new event with what to do about it ("Unite told us our drivers will also strike on 18
        # and 19 December. If you are booked on those days, …"): the update's news for most readers,
        # before what was cancelled today.
        new_event = [g for g, said in groups if said and _NEW_EVENT.search(said[0].text)
                     and any(s.has("advice") for s in said[1:])][:1]
        must = [*new_event, *(m for m in must if m not in new_event)]
        # What people get ("We started refunding the 1,264 second charges today") is never the part
        # a text loses to how the fault worked. (After a fire or a recall, what protects people
        # and the news come first: a refund never takes their place.)
        # ("So far 740 customers have sent us bank charges to repay" counts claims: the team's
        # progress, not what people get.)
        # (In a recall's update with no advice of its own, "Each refund comes with a 10-franc voucher,
        # including for those who already brought theirs back" is news for the people texted.)
        if not protective or not advice:
            must += [g for g, said in groups if g not in must and any(
                s.has("compensation") and not s.has("apology") and not s.has("next-update")
                and not _PROGRESS_SO_FAR.match(s.text) for s in said)][:1]
        if brief.kind == "safety" and outcome and _PEOPLE_SAFE.search(outcome[0]):
            must.remove(outcome[0])
            must.insert(0, outcome[0])  # "All 612 passengers and 94 crew are accounted for" first
        elif brief.kind == "safety":
            # (So is « Les 64 passagers ont été évacués à 16 h 12 ; aucun n'est blessé », whatever
            # role its words read as: the first thing a family looks for.)
            safe = [g for g, _ in groups if _PEOPLE_SAFE.search(g) and g not in must][:1]
            # (Who was hurt before who looks after them: "People have been injured." is the news a
            # family looks for; "the fire brigade is on site" says less.)
            # (Not how the rescue goes, "Our patrollers have started evacuating the cabins": no one
            # hurt is told there, and the line families call comes first.)
            hurt = [x.text for x in roles.sentences(" ".join(candidates[:told]), brief.lang)[1:]
                    if x.has("harm") and not x.has("next-update") and not re.search(r"\bwill\b|\b\w+(?:rons|ra)\b", x.text)
                    and _HURT_TOLD.search(x.text)
                    and x.text not in must and not any(x.text in g for g in safe)][:1]
            # ("Paramedics examined them, and two were taken…" with the sentence that says who.)
            # ("Nine are still in hospital" with the count it leans on, kit 59.)
            hurt = [next((g for g in bound if h in g), h) if _POINTS_BACK_EARLY.search(h) or _BARE_COUNT.match(h)
                    else h for h in hurt]
            if hurt and _MINOR_HARM.search(hurt[0]) and candidates and _PEOPLE_SAFE.search(candidates[0]):
                # "Three passengers were checked…; none needed hospital" after "everyone is ashore":
                # what is cancelled tonight matters more to the people booked on it.
                cancelled = [g for g, _ in groups if _SERVICE_NEWS.search(g)][:1]
                must = [*cancelled, *(m for m in must if m not in cancelled)]
            # (Who is safe before who was taken to hospital when both are told: « les 64 passagers
            # ont été évacués ; aucun n'est blessé » is what most families look for.)
            must = [*safe, *hurt, *must] if not (hurt and _MINOR_HARM.search(hurt[0]) and candidates
                                                  and _PEOPLE_SAFE.search(candidates[0])) else [*must, *hurt, *safe]
        # "No link with our cheese has been established": a case told without its caveat reads as
        # proven. It goes right after the news (before what to do), without its explanation.
        caveat = next((c for c in candidates[1:told] if _CASE_CAVEAT.get(brief.lang, _CASE_CAVEAT["en"]).match(c.strip())), None) \
            if candidates and any(s.has("harm") for s in roles.sentences(candidates[0], brief.lang)) else None
        if caveat is not None and candidates[1:2] == [caveat]:
            short = re.split(r"\s?:\s", caveat, maxsplit=1)[0].rstrip(" .") + "."
            must = [short, *(m for m in must if m != caveat)]
        if brief.kind == "breach" and brief.never_ask_alone and not brief.statement.resolved and not any(
                s.has("never-ask") or _SCAM_WARNED.search(s.text) for g in bound for s in roles.sentences(g, brief.lang)) \
                and (update is None or _data_taken_by(brief, update)):
            # After a breach, every text repeats the line against the scams that follow it ("Be wary of
            # any e-mail asking for a payment in our name"), in the room the update's own news leaves.
            never_ask = added_ask = _no_pointer(off_page(brief.never_ask_alone, brief.lang))
            candidates.append(never_ask)
            # (Before a line for questions, "If in doubt, write to… or call…", which the link gives too.)
            contact = [k for k, m in enumerate(must) if m and (_PHONE.search(m) or "@" in m)]
            must.insert(contact[0] if contact else len(must), never_ask)
        placed = still_holds(brief, update)
        if placed:
            must = [placed, *must]  # before anything else
            reminder = None  # (never "Do not drink tap water without boiling it first" for everyone)
        if controversy_words(f"{brief.statement.title} {brief.statement.summary}"):
            # After a bad buzz, an update's apology is what people wait for: "It was wrong and
            # offensive." without it reads as a shrug.
            sorry = [_trimmed_apology(s.text, 0) or s.text
                     for g in bound for s in roles.sentences(g, brief.lang) if s.has("apology")][:1]
            if not sorry:
                # Without an apology, what the update owns ("That process was ours and it failed"):
                # "two managers approved it" alone reads as blaming them.
                sorry = [s.text for g in bound for s in roles.sentences(g, brief.lang)
                         if s.has("ownership") and not s.has("apology")][:1]
            must = [*sorry, *must]
        if brief.kind == "recall" and update is brief.statement.first_update:
            # The first update of a recall that opens on how it was found ("Public Health told us
            # that 3 people fell ill…"): the recall itself and what to do ("We are recalling lots
            # GB1127… Do not eat it") are the text's point, before a reminder to check the freezer.
            recalling = [g for g, _ in groups if _RECALLING.search(g)][:1]
            must = [*recalling, *(m for m in must if m not in recalling)]
        if brief.kind == "safety" and update is not brief.statement.first_update:
            # "We have extended the order to 240 more homes on Water Street": the news for the people
            # it now covers, before anything but the news (also when it leans on the news: "Because
            # of that result, we have extended…").
            widens = [g for g, _ in groups if _NOTICE_EXTENDED.search(g)][:1] or [
                x.text for x in (roles.sentences(bound[0], brief.lang)[1:] if bound else [])
                if _NOTICE_EXTENDED.search(x.text)][:1]
            must = [*widens, *(m for m in must if m not in widens)]
        if brief.kind == "recall" and update is not brief.statement.first_update:
            # "We are extending the recall to this lot": the news of the update, before its advice
            # (a text that names a lot without saying it is now recalled reads as a test result).
            # (Not in the first update: "lot L2631B is also recalled" is part of the recall it announces.)
            extends = [g for g, _ in groups if corrections.RECALL_EXTENDED.search(g)][:1]
            named = [code for code in brief.lot_codes if code in (candidates[0] if candidates else "")]
            if extends and len(named) == 1:
                # "…to this lot" said alone names it: "We are extending the recall to lot L2632A".
                extends = [re.sub(r"\b(?:this|that) lot\b", f"lot {named[0]}",
                                  re.sub(r"\b(?:ce|ce même) lot\b", f"le lot {named[0]}", extends[0]))]
                extends = [re.sub(r"\bà le lot\b", "au lot", extends[0])]
            must = [*extends, *must]
        # A correction that adds to what the update said ("Lot 2608C is also recalled") goes with
        # it: an SMS listing the first lots alone would tell the owner of another it is safe.
        fixes = brief.correction_sentences_of(update)
        if corrections.changes_scope(fixes):
            must = [*(g for g, _ in groups if any(f in g for f in fixes))][:1] + must
        if brief.kind == "recall" and brief.lot_codes and not any(
                code in " ".join(candidates[:told]) for code in brief.lot_codes) and any(
                s.has("advice") for g in bound for s in roles.sentences(g, brief.lang)):
            # "If you have a pack from a recalled lot at home, do not eat it": which lots, said.
            must += [lots_at(brief, update)] if lots_at(brief, update) else []
        over = any(s.has("outcome") for s in roles.sentences(candidates[0], brief.lang)) if candidates else False
        if protective and _STILL_IN_FORCE.search(update.text):
            # "The filter is back in service… The notice stays in place": what is repaired is not
            # the end of the advice; a text that says the first and not "keep boiling" could make
            # people stop.
            outcome, over = [], False
        if protective and not outcome and not over:
            # "We have found the cause" in a boil-water notice: the advice still in force goes too;
            # so it does beside advice of another kind ("You can shower as normal" never stands
            # for "Do not drink tap water unless you have boiled it").
            reminder = None if placed or _gives_own_protection(brief, update) else _advice_in_force(brief, update)
            # (In a recall, an offer is no order: "If you need a car seat while you wait, we will
            # lend you one" never stands for "Recalled lots: … Stop using these seats now".)
            offered_only = brief.kind == "recall" and not any(order.search(a) for a in advice for order in _ORDER_FAMILIES) \
                and any(order.search(reminder or "") for order in _ORDER_FAMILIES)
            # (Nor an order that leans on the sentence before it, « Il reste 2 020 sachets… : si vous en
            # avez un, ne le donnez pas à votre enfant », beside the standing one that names the lots and
            # the product, « Lots concernés : … Ne donnez pas cette farine à votre enfant »: the standing
            # one goes in its place.)
            family = next((order for order in _ORDER_FAMILIES if order.search(reminder or "")), None)
            leaning = [a for a in advice if brief.kind == "recall" and family is not None and family.search(a)
                       and _ORDER_ON_A_PRONOUN.search(a)]
            standing = [x.text for x in roles.sentences(reminder or "", brief.lang) if family and family.search(x.text)
                        and not _ORDER_ON_A_PRONOUN.search(x.text)][:1]
            if leaning and standing:
                must = [standing[0] if m in leaning else m for m in must]
                advice = [standing[0] if a in leaning else a for a in advice]
            if advice and not ((brief.kind in ("safety", "health") or offered_only) and reminder
                               and not _instruction_given(reminder, " ".join(candidates[:told]))):
                reminder = None
    must = [m for m in must if not _ASKS.search(m or "")]  # (a question alone: its answer goes with it, or neither)
    if protective and candidates and _PROHIBITION.match(candidates[0]) and any(
            s.has("advice") for s in roles.sentences(candidates[0], brief.lang)):
        # The news is the order that protects ("Ne buvez pas l'eau du robinet sans l'avoir fait
        # bouillir à Saint-Léonard…"): the details of how ("Utilisez de l'eau bouillie pour…") go
        # in the room it leaves, never in its place.
        must = [m for m in must if m and not any(s.has("advice") for s in roles.sentences(m, brief.lang))]
    must = [_no_pointer(off_page(m, brief.lang)) for m in _unique(must)
            if m and m != (candidates[0] if candidates else None)]
    # "Forward this text to 33700" sent without the scam text it means asks people to report
    # our own SMS: such advice goes only with the sentence it points to (the loop below).
    # (Not an apology for the message we published: « Ce message ne reflète pas notre position, et
    # nous présentons nos excuses ».)
    must = [m for m in must if not _THIS_MESSAGE.get(brief.lang, _THIS_MESSAGE["en"]).search(m) or _apologises(m, brief.lang)]
    # What people must do comes whole if it can, else cut where a clause of its own ends ("do
    # not drink tap water without boiling it first", without ", including for cooking…"); the
    # news may then be cut at a clause too. With the news first, whatever form the advice must
    # take; the advice alone only when no form of the news fits beside it, and never advice
    # that needs the news to be understood ("Do not eat them").
    leans, needs_news = _LEANS.get(brief.lang, _LEANS["en"]), _NEEDS_NEWS.get(brief.lang, _NEEDS_NEWS["en"])

    def says_what_to_do(text: str) -> bool:
        return any(s.has(r) for s in roles.sentences(text, brief.lang) for r in ("advice", "never-ask", "outcome"))

    def advises(text: str) -> bool:
        return any(s.has(r) for s in roles.sentences(text, brief.lang) for r in ("advice", "never-ask"))

    def forms_of(sentence: str, halves: bool = True) -> list[str]:
        # What must be said may be short once cut ("Personne n'a été gravement blessé."): the
        # clause that says what to do, wherever it is ("The table has been updated; please check
        # your fridge again" → its second half).
        if any(head.rstrip(" :") in sentence for head in list_heads):
            return [sentence]  # ("Forecast for Saturday: A: 1 train in 2; B." would mislead)
        firsts = [sentence, *essential_forms(sentence), *_boil_forms(sentence)]
        never = re.split(r"[\s\u00a0]?:\s+", sentence, maxsplit=1)
        # (Only a promise that says what we never do, "…never ask you for your password", never "we will
        # never do that", which leans on the warning.)
        if len(never) == 2 and re.match(r"(?:we|nous) (?:will|would|shall|ne vous|ne)\b[^.]{0,30}\b(?:never|jamais)\b",
                                        never[1], re.IGNORECASE) and re.search(
                r"\b(?:ask|request|send|call|text|e-?mail|demand\w*|réclam\w*|enverr\w*|appeler\w*)\b", never[1],
                re.IGNORECASE) and not leans_on_before(never[1][:1].upper() + never[1][1:], brief.lang):
            # "Be wary of any call… that claims to come from us: we will never ask you for your password…":
            # the promise is what lets people tell a scam; alone, the warning distrusts this very text.
            firsts.insert(1, end_sentence(never[1][:1].upper() + never[1][1:]))
        if brief.first_advice and sentence == _with_route(brief) != brief.first_advice:
            # (Without where to do it when that leaves no room for the lots: the link has it.)
            firsts += [brief.first_advice, *essential_forms(brief.first_advice)]
        # Two orders joined by "and" ("Stop using these sets now and keep every piece out of
        # children's reach"): the first alone says the one that matters most.
        # (The second an order too: a verb of its own, « rangez », "keep", never "and the lids".)
        paired = re.match(r"^(.{15,}?)\s+(?:and|et)\s+((?:ne |n['’])?\w+ez\b.*|(?!(?:the|a|an|our|your|their|its|all|any|"
                          r"every|we|you|they|it|this|that|these|those|then|not|also)\b)[a-z]+\s.*)$",
                          sentence.strip().rstrip("."))
        # (A condition closed by its comma before the first order keeps it: "If you have any, stop
        # feeding it to your cat now | and bring the bag to any of our clinics…".)
        conditioned = paired is not None and _SUBORDINATE_START.match(sentence.strip()) is not None \
            and paired.group(1).count(",") == 1 and advises(end_sentence(paired.group(1).split(",", 1)[1].strip()))
        if protective:
            # An order that keeps people safe inside a longer group ("…620 loan seats. If you have not
            # registered yet, do so … and stop using the seat until it is repaired."): that order
            # alone is a form of it.
            for at in (m.end() for m in re.finditer(r"(?:^|[.;:]\s+|,\s+|\s(?:and|et)\s+)", sentence)):
                rest = sentence[at:]
                if any(order.match(rest) for order in _ORDER_FAMILIES):
                    own = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
                    if not re.match(r"^(?:please )?(?:stop using|do not use|don't use|stop eating|do not eat|don't eat) "
                                    r"(?:it|them)\b|^(?:ne |n['’])(?:les?|la|l['’])\b", own, re.IGNORECASE):
                        # (Never "Stop using it now." cut from "If your seat is from any of the four lots":
                        # "it" would name nothing, and the order would be for everyone.)
                        firsts.append(end_sentence(own[:1].upper() + own[1:]))
                    break
        if paired and any(order.match(paired.group(2)) for order in _ORDER_FAMILIES):
            # "…, please do so at recall.example.lu and stop using the seat until it is repaired":
            # the order that keeps people safe alone, before the first one alone.
            second = paired.group(2)
            firsts.append(end_sentence(second[:1].upper() + second[1:]))
        if paired and advises(end_sentence(paired.group(1))) \
                and (conditioned or (not _SUBORDINATE_START.match(sentence.strip()) and "," not in paired.group(1))):
            firsts.append(end_sentence(paired.group(1)))
        # "…you are entitled to compensation: how to claim is on our website" beside the link says
        # it twice: without its pointer when room is short.
        pointer = re.match(r"^(.{30,}?)[\s\u00a0\u202f]*[:;,]\s+[^:;.]*\b(?:on our website|sur notre page d['’]information)\.$",
                           sentence.strip())
        if pointer:
            firsts.append(end_sentence(pointer.group(1)))
        # "If your flight was cancelled, we will give you a $150 voucher: to claim it, call us at…"
        # says what people get without how to claim it, which the link tells, when room is short.
        claim = re.match(r"^(.{30,}?)[\s\u00a0\u202f]*[:;]\s+(?:to (?:claim|get|request) (?:it|them|yours)|"
                         r"pour (?:l['’]|les |en )(?:obtenir|demander|réclamer|bénéficier))\b[^:;]*\.$", sentence.strip())
        if claim and any(s.has("compensation") for s in roles.sentences(claim.group(1), brief.lang)):
            firsts.append(end_sentence(claim.group(1)))
            # (And without what people had already, ", on top of free rebooking".)
            beside = re.sub(r",\s+(?:on top of|in addition to|as well as|en plus de|en plus d['’]|en sus de)\s*[^,:;]+$", "",
                            claim.group(1))
            if beside != claim.group(1):
                firsts.append(end_sentence(beside))
        # So does "The system has worked normally since 15:52 on Thursday and Friday's flights are
        # operating to schedule": that the worst is over, said by its first clause.
        over = re.match(r"^(.{25,}?)\s+(?:and|et)\s+(?=\S+(?:\s+\S+){0,3}\s+(?:are|is|have|has|were|was|sont|est|ont|a)\s)",
                        sentence.strip())
        if over and not paired and "," not in over.group(1) and not _SUBORDINATE_START.match(sentence.strip()) \
                and any(s.has("outcome") for s in roles.sentences(end_sentence(over.group(1)), brief.lang)):
            firsts.append(end_sentence(over.group(1)))
        own = roles.sentences(sentence, brief.lang)
        # "Our line has received 1,870 calls, and you have reported 96 fake texts… If you receive
        # one, do not click": the count the alarm is coordinated with may go, the alarm and what to
        # do about it stay together.
        joined = re.search(r",\s+(?:et|and)\s+(?=(?:vous|you|nous|we)\b)", own[0].text) if len(own) > 1 else None
        second = own[0].text[joined.end():] if joined else ""
        # (An alarm with its own count, "you have reported 96 fake texts"; never "we will publish
        # it", whose "it" is in the clause left out.)
        if len(second) >= 30 and re.search(r"\d", second) and not re.match(
                r"(?:vous|you|nous|we)\s+(?:\w+\s+)?(?:l['’]|le|la|les|en|y|it|them)\b", second, re.IGNORECASE):
            firsts.append(" ".join([second[:1].upper() + second[1:], *(s.text for s in own[1:])]))
        # What to do alone ("Until then, keep boiling…" → "Keep boiling…") when the group's first
        # sentence says nothing to do: before any cut that would leave the advice out.
        doing = [d for d in (_without_time_link(s.text) for s in own[1:] if says_what_to_do(s.text))
                 if not leans.match(d) and not needs_news.search(d)][:1]
        if own and not says_what_to_do(own[0].text):
            firsts += doing
        # (A sentence opening on a condition, "If the validator refuses your card, board anyway:
        # you may travel free", keeps it: its second half alone promises more than it says.)
        conditional = _SUBORDINATE_START.match(sentence.strip()) is not None
        for first, rest in clause_cuts(sentence, 20):
            if _SO_NOW.match(rest) is None and _SO_NOW.search(rest) and any(
                    s.has("harm") for s in roles.sentences(rest, brief.lang)):
                # "One of them… was then taken to A&E as a precaution: six pupils are therefore in
                # hospital, none of them seriously hurt": the count it comes to says the news.
                firsts.append(end_sentence(rest[:1].upper() + rest[1:]))
            rest = _without_time_link(rest)  # "Until then, keep boiling it" says it alone once cut
            # ("…are going through, | and 9-1-1 calls have been connecting normally": a clause with
            # its own subject says it alone without its "and".)
            rest = re.sub(r"^(?:and|et)\s+(?=(?:\d|the\b|our\b|its\b|their\b|all\b|every\b|les\b|le\b|la\b|nos\b|notre\b|"
                          r"tous\b|toutes\b))", "", rest)
            rest = rest[:1].upper() + rest[1:]
            if not conditional and any(s.has("eta") for s in roles.sentences(rest, brief.lang)) and not any(
                    s.has("eta") for s in roles.sentences(first, brief.lang)):
                # "The manufacturer cannot deliver before early next week: | the reopening is pushed
                # back to Wednesday 23 December": when it comes back is what people plan on, before why.
                firsts.append(end_sentence(rest))
                # (Else the new date without the sentence that leans on it: « …au plus tôt. » without
                # « Nous sommes désolés pour celles et ceux qui… », when the news must go before it.)
                told = roles.sentences(rest, brief.lang)
                if len(told) > 1:
                    firsts.append(end_sentence(told[0].text))
                continue
            # (A reassurance before it, "the amounts are not lost: do not send them again", leaves
            # the instruction its own: it goes alone when both do not fit.)
            keep_rest = (len(rest) >= 20 and says_what_to_do(rest) and not advises(first)
                         and not conditional and not leans.match(rest) and not needs_news.search(rest)
                         and not _RELATIVE.match(rest) and not _POINTS_AT.get(brief.lang, _POINTS_AT["en"]).search(rest))
            if keep_rest:
                if halves:
                    firsts.append(end_sentence(rest[:1].upper() + rest[1:]))
                if says_what_to_do(first) or _SERVICE_NEWS.search(first):
                    firsts.append(first + ".")
            elif _SERVICE_NEWS.search(first) and not conditional:
                # What is cancelled says it alone: "Tonight's 20:30 sailing is cancelled." without
                # "; if you are booked on it, we are moving you…", which the link tells.
                firsts.append(first + ".")
            elif (says_what_to_do(first) or not says_what_to_do(rest)) and (halves or not conditional) \
                    and not _ENDS_THE_WORRY.get(brief.lang, _ENDS_THE_WORRY["en"]).search(rest):
                # (And never "your card may show a pending amount." without "; it drops off by itself,
                # you have not been charged": the worry without what ends it.)
                # (Never "Fourteen customers have told us about fake calls." without ": hang up on
                # any such call": the alarm without what to do about it. And "If the validator
                # refuses your card, board anyway" without ": you will not be fined" only once no
                # form of the news leaves room for the whole.)
                firsts.append(first + ".")
        # Two orders in one sentence, "Do not give any more to your child, and take the bottle back
        # to any of our shops": the first alone ("Do not give any more to your child.") when room
        # is short; it is the one that protects.
        orders = _SECOND_ORDER.get(brief.lang, _SECOND_ORDER["en"]).split(sentence.strip(), maxsplit=1)
        if len(orders) == 2 and len(orders[0]) >= 20 and not halves and (
                _PROHIBITION.match(orders[0]) or re.match(r"(?:ne|n['’])\s*(?:\w+\s+)?\w+ez\s+plus\b", orders[0], re.IGNORECASE)):
            firsts.append(end_sentence(orders[0].rstrip(" ,")))
        # "All 612 passengers and 94 crew are accounted for" without "and gathered at their muster
        # stations as a precaution": that everyone is safe says it alone.
        safe = _PEOPLE_SAFE.search(sentence)
        if safe and len(sentence) - safe.end() > 20 and sentence[safe.end():].lstrip().startswith(("and ", "et ")):
            firsts.append(sentence[:safe.end()].rstrip(" ,") + ".")
        # Last: the first sentence alone ("Lot 2608C is also recalled." without the count after it).
        alone = [own[0].text] if len(own) > 1 and not own[0].text.rstrip().endswith("?") else []
        if alone and not halves and not says_what_to_do(own[0].text) and says_what_to_do(sentence):
            alone = []  # (it would leave out what to do: only when nothing else fits)
        found = list(dict.fromkeys([*firsts, *(_without_preamble(f) for f in firsts), *doing, *alone]))
        # (A question cut from its answer, « Vous ne pouvez pas vous rendre à un point de
        # distribution ? », asks people something and leaves them there.)
        found = [f for f in found if not _ASKS.search(f)] or found
        own_apology = re.search(r"[,;]\s+(?:et |and )?((?:nous|we)\b[^,;]*)$", sentence.rstrip("."))
        if own_apology and _apologises(own_apology.group(1), brief.lang) and not re.search(
                r"\b(?:leur|lui|them|him|her)\b", own_apology.group(1), re.IGNORECASE) and controversy_words(
                f"{brief.statement.title} {brief.statement.summary}"):
            # After a bad buzz, "…does not reflect our views, and we apologise." too long beside the
            # news: the apology alone, "We apologise.", never the disclaimer without it.
            found.append(end_sentence(own_apology.group(1)[:1].upper() + own_apology.group(1)[1:]))
        if update is not None:
            # (In an update, "You do not need to do anything." beside a forecast or a meeting says
            # nothing: it goes with why, "the refund is paid automatically", or not at all.)
            found = [f for f in found if f == sentence or not _NOTHING_TO_DO.match(f)]
        return found

    changes = _CHANGES_FOR_PEOPLE.get(brief.lang, _CHANGES_FOR_PEOPLE["en"])
    backstage = _BACKSTAGE.get(brief.lang, _BACKSTAGE["en"])
    # The update's list items ("- London–Paris: 8 of our 16 daily departures"): never one alone.
    list_items = {re.sub(r"\*\*", "", line.strip()[2:].strip()) for line in (update.text if update else "").splitlines()
                  if re.match(r"\s*[-*+]\s", line)}

    def rank(sentence: str) -> int:
        said = roles.sentences(sentence, brief.lang)
        if any(s.has("next-update") for s in said):
            return 2
        if brief.kind == "breach" and any(s.has("data") for s in said):
            # What was exposed and what was not, before how access was closed: a breach text never
            # minimises by omission ("No passwords… were in it" with nothing on what was).
            return 0
        if brief.kind == "breach" and all(s.has("action") and not s.has("advice") for s in said):
            return 1
        # (What changes for people, « Les consultations de cet après-midi sont maintenues »,
        # before the work behind the scenes, « nous avons informé le CCB », which the page tells.)
        if changes.search(sentence) or any(s.has(r) for s in said for r in _FOR_PEOPLE_FIRST):
            return 0
        if backstage.search(sentence):
            return 1
        if _PHONE.search(sentence) and not any(s.has("figure") and not _PHONE.search(s.text) for s in said):
            return 0  # a line people can call ("The families' helpline, 0 800 74 12 12, stays open…")
        if re.search(r"\b(?:we will (?:publish|share|post)|nous (?:les |la |le )?(?:publierons|communiquerons|partagerons))\b",
                     sentence, re.IGNORECASE) and not any(s.has(r) for s in said for r in _FOR_PEOPLE_FIRST):
            return 1  # what we will publish later ("the findings, once we have them"): the page keeps it
        return 0 if any(s.has(r) for s in said for r in _WHAT_MATTERS) else 1

    opening = lead
    bad_buzz = controversy_words(f"{brief.statement.title} {brief.statement.summary}")

    def attempt(options: list[str]) -> tuple[str | None, list[str]]:
        """The SMS whose news takes the first form of `options` that leaves room."""
        nonlocal lead
        lead = opening
        tries = [(option, keep) for keep in range(len(must), 0, -1) for option in options]
        if must and update is not None and correction is None and update is not brief.statement.first_update \
                and brief.kind == "recall" and corrections.RECALL_EXTENDED.search(must[0]) and re.search(r"\blot\s+\S*\d", must[0], re.IGNORECASE):
            # "We are extending the recall to lot L2632A" and what to do say more than the test
            # result that led to it: both, before the result with only one of them.
            tries.insert(len(options), ("", len(must)))
        if (update is None and brief.kind in ("safety", "recall", "health") and len(must) > 1 and brief.outcome
                and must[0] == brief.outcome[0]
                and not any(s.has("harm") for s in roles.sentences(must[0], brief.lang))
                # (Nor in place of a news that tells who was hurt: "…reversed and 11 riders were
                # injured" is never replaced by "33 of the 41 escalators are back in service".)
                and not any(s.has("harm") for s in roles.sentences(candidates[0] if candidates else "", brief.lang))
                and any(says_what_to_do(m) for m in must[1:])):
            # "The ban is lifted in 5 communes" then "it stays in 2: do not drink the water there":
            # that news and its advice say more than the first account they replace, with no room
            # for all three. (Not "as far as we know, no child has been hurt": who was hurt is no
            # news that replaces the recall.)
            tries.insert(len(options), ("", len(must)))
        recalled_in_news = brief.kind == "recall" and bool(candidates) and _RECALLING.search(candidates[0]) is not None \
            and not any(order.search(must[0]) for order in _ORDER_FAMILIES) if must else False
        if protective and must and not needs_news.search(must[0]) and not recalled_in_news:
            # (Never "Take the sachet back…" alone in place of the recall it is about: « Nous
            # rappelons les lots… Ne donnez pas cette farine… » names what to bring back.)
            tries += [("", keep) for keep in range(len(must), 0, -1)]
        elif must and must[0] != added_ask and update is not None and correction is None and candidates \
                and _VITAL.search(must[0]) \
                and any(s.has("advice") for s in roles.sentences(must[0], brief.lang)):
            # "Flood water has got into a cable chamber…" too long beside "If you use a telecare alarm
            # …, call us free" and "To call 999, use a mobile": for people whose line is dead, the
            # text is the only warning; the page tells what happened.
            tries += [("", keep) for keep in range(len(must), 0, -1)]
        elif (must and update is not None and correction is None and candidates and not _SERVICE_NEWS.search(candidates[0])
              and (_service_news(must[0]) or (any(s.has("eta") for s in roles.sentences(must[0], brief.lang))
                                              and not any(s.has("eta") for s in roles.sentences(candidates[0], brief.lang))))
              # (Never in place of who is hurt: "Five of the six pupils went home" is the news.)
              and not any(s.has("harm") for s in roles.sentences(candidates[0], brief.lang))):
            # "A severe gale is forecast from 21:00" too long beside "we have cancelled all sailings
            # from 21:00": the cancellation goes alone, it says the forecast's consequence.
            tries += [("", keep) for keep in range(len(must), 0, -1)]
        elif (must and update is not None and correction is None and candidates
              and (_CAUSE_NEWS.match(candidates[0]) or any(s.has("cause") for s in roles.sentences(candidates[0], brief.lang)))
              and any(s.has("compensation") or (s.has("advice") and _PHONE.search(s.text))
                      for s in roles.sentences(must[0], brief.lang))):
            # "We have found the cause: …" too long beside the refund: the refund goes, the page
            # tells how the fault worked.
            tries += [("", keep) for keep in range(len(must), 0, -1)]
        tries += [(option, 0) for option in options]
        # Advice that comes with news of its own may go whole without the first sentence when nothing
        # else fits: after a breach, "Fourteen customers told us of fake calls: hang up…" (never the
        # standing line against scams); "118 of our 214 coaches accept cards again. On the other
        # coaches you may travel free" rather than which server version runs.
        own_news = roles.sentences(must[0], brief.lang) if must and must[0] != added_ask and update is not None \
            and correction is None else ()
        alone = [("", keep) for keep in range(len(must), 0, -1)] if not protective and own_news and (
            (brief.kind == "breach" and not any(s.has("never-ask") for s in own_news)
             # (advice of its own: "Les écoles fonctionnent normalement" never stands for the news)
             and any(s.has("advice") for s in own_news)
             # (Never in the first text of all: without « certains clients voient le solde d'un autre
             # client », "do not share what you saw" and what still works say nothing happened.)
             and update is not brief.statement.first_update)
            or (own_news[0].has("figure") and any(s.has("advice") for s in own_news[1:]))) else []
        # What goes without the news even cut to its first half, rather than the news alone: a new event
        # with what to do about it ("Unite told us our drivers will also strike on 18 and 19 December.
        # If you are booked on those days…") rather than the day's tally; after a breach, what could be
        # seen ("Ont pu être vus : le nom, la date de naissance…") rather than how the setting failed.
        before_news = [("", keep) for keep in range(len(must), 0, -1)] if not protective and own_news and (
            (_NEW_EVENT.search(own_news[0].text) is not None and any(s.has("advice") for s in own_news[1:]))
            or (brief.kind == "breach" and any(s.has("data") for s in own_news)
                and not _NOT_TAKEN.search(must[0]))) else []
        alone = [*alone, *(t for t in before_news if t not in alone)]
        # First what must be said with the words it opens on, beside any form of the news; only then
        # its second half alone ("Hang up and call us back on the number on your card." without the
        # fake calls it is about).
        chosen: list[str] = []
        with_news = True  # whether the text opens on a form of the news
        # Advice that gets people help when a lifeline fails ("If your call to 9-1-1 does not
        # connect, try once more. If it still fails, call from a landline…") keeps its second
        # sentence beside a shorter form of the news before it loses it beside the whole news.
        vital = [("vital", t) for t in tries if t[0] and t[1]] if (
            must and update is not None and correction is None and _VITAL.search(must[0])
            and advises(must[0]) and len(roles.sentences(must[0], brief.lang)) > 1) else []
        for halves, (option, keep) in [*vital, *((False, t) for t in [*tries, *alone] if t[1]),
                                        *((True, t) for t in tries if t[1]), *((True, t) for t in before_news),
                                        *((True, t) for t in tries if not t[1])]:
            firsts = [""]
            if halves == "vital":
                firsts = [f for f in forms_of(must[0], True) if len(roles.sentences(f, brief.lang)) > 1]
            elif keep:
                firsts = forms_of(must[0], bool(halves))
            if keep and bad_buzz and _apologises(must[0], brief.lang):
                # After a bad buzz, the apology's forms that still apologise ("This advert hurt people
                # living with vitiligo." without "and we apologise" is no apology).
                firsts = [f for f in firsts if _apologises(f, brief.lang)] or firsts
            if keep and brief.kind == "safety" and _PEOPLE_SAFE.search(must[0]):
                # (Who is safe keeps the words that say so: never "…were evacuated at 16:12." alone.)
                firsts = [f for f in firsts if _PEOPLE_SAFE.search(f)] or firsts
            # "Do not drink tap water in six communes…" then "Do not drink tap water, even filtered.":
            # what the news already says is not said again.
            firsts = [f for f in firsts if not (option and f and _repeats(option, f))] or ([""] if keep else firsts)
            if keep and option and _apologises(option, brief.lang) and _apologises(must[0], brief.lang):
                firsts = [""]  # a title that apologises ("…: we withdrew it and we apologise") says it once
            fitting = [first for first in firsts if first_fitting(*filter(None, [option, first]), *must[1:keep])]
            if keep and fitting and fitting[0] != firsts[0] and option == (candidates[0] if candidates else None):
                # ("…every record this technician read between 2 November and 11 December. 58 customers
                # paid fake agents": the news without the period it closes on, before what people
                # get, "we will pay back every one of them", is cut from beside it.)
                whole = [o for o in _without_context(option) if first_fitting(o, firsts[0], *must[1:keep])]
                option, fitting = (whole[0], [firsts[0]]) if whole else (option, fitting)
            # (A shorter form that keeps every accent before a longer one that loses one: « nous
            # étendons le rappel au lot L2632A. » rather than « …dans les memes magasins ».)
            spelt = [first for first in fitting if _spelt_out(" ".join(filter(None, [option, first, *must[1:keep]])))]
            chosen = [*filter(None, [option, (spelt or fitting)[0]]), *must[1:keep]] if fitting else []
            if chosen:
                with_news = bool(option)
                break
        if not chosen and candidates:
            # Last resort: the news cut, marked with an ellipsis (the link has it all): between two
            # items of a list ("…; C3, 1 bus in 2; …"), else at a word.
            items = [m.start() for m in re.finditer(r"\s*;\s", candidates[0])]
            cuts = [candidates[0][:at] for at in reversed(items)]
            words_of = candidates[0].split(" ")
            # First where a phrase begins ("…approved it on 24 November | under a sign-off that…"):
            # a whole statement with its full stop, no ellipsis in the middle of a clause.
            # (Or where a relative clause set off by a comma begins: "…under our sign-off, | which
            # checked prices…": what it adds may go, the sentence stands.)
            phrases = [" ".join(words_of[:keep]).rstrip(",;: ") + "." for keep in range(len(words_of) - 1, 5, -1)
                       if (words_of[keep].casefold() in _PHRASE_OPENERS | {"under", "sous", "by", "par", "sur"}
                           or (words_of[keep].casefold() in {"which", "who", "qui", "dont", "lequel", "laquelle"}
                               and words_of[keep - 1].endswith(","))
                           # (or where a clause of its own begins after a comma: "…ne s'est pas complètement
                           # fermée, | et du désinfectant s'est…" ends on a whole statement; never before ", but
                           # not tone": what a "but" adds is often the point)
                           or (words_of[keep].casefold() in {"and", "et"} and words_of[keep - 1].endswith(","))
                           # ("a sign-off | that checked…", never "said | that" nor "so | that")
                           or (words_of[keep].casefold() == "that" and not words_of[keep - 1].endswith(("ed", ","))
                               and words_of[keep - 1].casefold() not in _NOT_A_NOUN))
                       and words_of[keep - 1].casefold().strip(",;:") not in _FUNCTION_WORDS
                       # (never "…mais 1 240 commandes passées dans l'application. | avant 7 h 10 ont été
                       # perdues": the phrase that goes must not hold the verb of the clause it ends)
                       and not (words_of[keep].casefold() in _PHRASE_OPENERS | {"under", "sous", "by", "par", "sur"}
                                and _VERB_AHEAD.get(brief.lang, _VERB_AHEAD["en"]).search(re.split(r",|\b(?:that|which|who|qui|que|dont)\b",
                                                           " ".join(words_of[keep:]), maxsplit=1)[0]))
                       # (nor what a "but" adds: "…works again | for all our customers, but 1,240 orders
                       # were lost" is the point)
                       and not any(_VERB_AHEAD.get(brief.lang, _VERB_AHEAD["en"]).search(clause) for clause in re.findall(
                           r",\s+(?:but|mais)\b([^,;:.]*)", " ".join(words_of[keep:])))
                       # (never "…une page de paiement installée. | sur un système": a participle's
                       # own complement is not a phrase that may go)
                       # (nor "1 bus | sur 2": a share)
                       and not (words_of[keep].casefold() == "sur" and (
                           re.search(r"(?:é|ée|és|ées)$", words_of[keep - 1])
                           or re.match(r"\d", words_of[keep + 1] if keep + 1 < len(words_of) else "")))]
            # (With what must be said when both fit: "…approved it on 24 November. That process was
            # ours and it failed.")
            chosen = next(([cut, must[0]] for cut in phrases if must and first_fitting(cut, must[0])), [])
            chosen = chosen or next(([cut] for cut in phrases if first_fitting(cut)), [])
            # (The title before a cut at a word, in the first text and the closing one: the authors' own
            # short form of the news, « …rétablie : 1 240 commandes perdues à passer de nouveau »,
            # rather than « …ont été perdues… ». Never for an update in between, which the title,
            # written since, may overtake.)
            title = after_colon(_sms_title(brief, update), brief.lang)
            # (Not a list's news, "T2, 1 tram in 3; C3, 1 bus in 2…": cut between two items, it says more.)
            if not chosen and not items and correction is None and first_fitting(title) and (
                    update is None or (update is brief.statement.last_update and brief.statement.resolved)):
                chosen = [title]
            cuts += [" ".join(words_of[:keep]) for keep in range(len(words_of) - 1, 5, -1)]
            chosen = chosen or next(([cut.rstrip(",;: ") + "…"] for cut in cuts if first_fitting(cut.rstrip(",;: ") + "…")), [])
        if not chosen and first_fitting(after_colon(_sms_title(brief, update), brief.lang)):
            chosen = [after_colon(_sms_title(brief, update), brief.lang)]  # the title says the news
        if not chosen:
            return None, []
        if not lead and update is None and not names_sender(chosen[0]):
            lead = sender  # (what `first_fitting` counted)
        if lead:
            chosen[0] = after_colon(chosen[0], brief.lang)  # the advice may lead when the news could not

        # What people must know first (what to do, what we do, who was hurt, what is over), then the
        # other facts, the promise of the next update last (the link holds it too): "we are
        # withdrawing every G3 scooter tonight" before "she was taken care of by the emergency
        # services"; "Next update by 10:30" never takes the room of "Line T1 is interrupted".
        # The lots listed again when the news already names every one: their room goes to the
        # rest (the apology, the consumer line), not to a list said twice.
        listed = brief.lots_sentence()
        if listed in chosen[1:] and brief.lot_codes and all(
                code in " ".join(p for p in chosen if p != listed) for code in brief.lot_codes):
            chosen.remove(listed)
        ranks = {sentence: rank(sentence) for sentence in candidates} if update is not None else {}
        following = candidates[1] if update is not None and correction is None and with_news and len(candidates) > 1 else ""
        if (following and ranks.get(following) == 0 and following not in chosen and chosen[0] == candidates[0]
                and not leans.match(following.strip()) and not first_fitting(*chosen, following)):
            # What changes for people next ("Outpatient appointments have resumed") rather than the
            # end of the news ("…, in agreement with the federal health inspector"), which the page
            # tells, when the news without it leaves room: a shorter cut of the news that drops
            # nothing that matters.
            shorter = next((form for form in options[1:] if candidates[0].startswith(form.rstrip(".")) and
                            _drops_nothing(candidates[0], form, brief.lang) and first_fitting(form, *chosen[1:], following)), None)
            if shorter:
                chosen[0] = shorter
        asks = _questions_forms(line, brief.lang) if update is None and brief.kind == "breach" and line else []
        if asks and line and chosen[0] == candidates[0] and not any(line[:20] in c for c in chosen) \
                and not any(first_fitting(*chosen, ask) for ask in asks):
            # A breach's first text gives worried people the number to call: the news in a shorter
            # form that keeps what was exposed, else the title, when the whole leaves no room for it.
            exposed = any(s.has("data") for s in roles.sentences(candidates[0], brief.lang))
            title = after_colon(_sms_title(brief, update), brief.lang)
            shorter = next((form for form in [*(o for o in options[1:] if _drops_nothing(candidates[0], o, brief.lang)),
                                              title]
                            if len(form) < len(candidates[0])
                            and (not exposed or any(s.has("data") for s in roles.sentences(form, brief.lang)))
                            and first_fitting(form, *chosen[1:], asks[-1])), None)
            if shorter:
                chosen[0] = shorter
        # (An order that protects people, never a refund form: "You can get a refund…" never takes
        # the room of the nine people hurt.)
        orders = [f for f in forms_of(brief.first_advice, False) if advises(f)
                  and not any(s.has("compensation") for s in roles.sentences(f, brief.lang))
                  and (brief.kind == "recall" or _PROTECTS.search(f))] \
            if update is None and brief.kind in ("recall", "safety", "health") and brief.first_advice else []
        first_advice = brief.first_advice or ""
        if orders and chosen[0].casefold() in {o.casefold() for o in options} \
                and not any(first_advice[:20] in c for c in chosen) and not any(first_fitting(*chosen, o) for o in orders) \
                and not _instruction_given(first_advice, chosen[0]):
            # (Not when the news says it: "…6,720 homes must boil their tap water before drinking it".)
            # What people must do goes in the first text of a recall: the news without why (the
            # link says it) when the whole leaves no room for "If you have any, stop feeding it".
            order = min(orders, key=len)
            shorter = next((form for form in options if len(form) < len(chosen[0]) and first_fitting(form, *chosen[1:], order)),
                           None)
            if shorter:
                chosen[0] = shorter
        for deferred in (0, 1, 2):
            for before, sentence in pairwise(candidates):
                if sentence in chosen or ranks.get(sentence, min(deferred, 1)) != deferred:
                    continue
                if _ASKED.search(sentence):
                    continue  # a question, asked or reported, goes only with its answer: the link has both
                if _LIST_ANNOUNCED.search(sentence):
                    continue  # "Together we agreed three commitments." without them says nothing
                if sentence in list_items and before not in chosen and not any(
                        c.startswith(before[:25]) for c in chosen):
                    continue  # "London–Paris: 8 of our 16 daily departures" only after what it lists
                if sentence == listed and brief.lot_codes and all(code in " ".join(chosen) for code in brief.lot_codes):
                    continue  # every lot is named already
                # (An update's sentences end in the order it tells them, and a shorter form of the
                # news stands for it: "It was wrong" still follows the advert.)
                just_before = chosen[-1] == before or (update is not None and correction is None and (
                    before in chosen or (before == candidates[0] and chosen[0].casefold() in {o.casefold() for o in options})))
                # ("…can make cats ill. Recalled lots: B26308A, B26308B. If you have any, stop feeding it":
                # the lots name the product "any" points at, as the news does.)
                just_before = just_before or (update is None and before == candidates[0] and chosen[-1] == brief.lots_sentence()
                                              and (before in chosen or chosen[0].casefold() in {o.casefold() for o in options}))
                if leans.match(sentence.strip()) and not just_before and not _said_just_before(
                        brief, sentence, chosen[-1]):
                    continue  # "It was withdrawn…" only right after what "it" is
                if _repeats(" ".join(chosen), sentence) or _same_order(sentence, " ".join(chosen)):
                    continue
                if _apologises(sentence, brief.lang) and any(_apologises(c, brief.lang) for c in chosen):
                    continue  # one apology per text
                if not _introduced(sentence, candidates, chosen, brief.lang):
                    continue  # "forward this text to 33700" only after the scam text it means
                # Too long whole: its first clause when that says something alone ("No link has been
                # established at this stage." without "; we have sent…"); else a later, shorter
                # sentence may still go (its order kept).
                forms = [sentence]
                if update is None and sentence == brief.first_advice and brief.kind in ("recall", "safety", "health", "breach"):
                    # What people must do, in its first order when the whole does not fit ("If you have
                    # any, stop feeding it to your cat now." without where to bring the bag back).
                    forms += [f for f in forms_of(sentence, False) if f != sentence and advises(f)]
                if update is None and line and sentence[:20] == line[:20]:
                    # The number without its opening hours, else the label and the number alone.
                    # (A line that also gives its international form, « (depuis la Belgique : +33 4…) »,
                    # is sent in that form: it can be dialled from every country the text reaches.)
                    number = re.match(r"([^\d+]{0,80}?)(\+?\d[\d\u00a0\u202f .-]{7,}\d)", sentence)
                    abroad = _INTERNATIONAL.search(sentence)
                    # (So when the first is free from home, "0808 157 0342 (free from the UK)": the
                    # families a school writes to are abroad as well, and +44 works from the UK too.)
                    if number and abroad and not number.group(2).startswith("+"):
                        forms.append(f"{number.group(1)}{abroad.group(0)}.")
                    forms += essential_forms(sentence)
                    if number:
                        forms.append(f"{number.group(1)}{number.group(2)}.")
                        forms += _questions_forms(sentence, brief.lang)
                    forms += _if_worried(sentence, brief.lang)
                if update is not None and not any(head.rstrip(" :") in sentence for head in list_heads):
                    # (An announcement's sentences were chosen whole, above; so is a list told as one.)
                    forms += essential_forms(sentence)  # the number without its opening hours
                    # "…counts 27 people who fell ill, 3 of them with an infection confirmed by a lab":
                    # the count stands without the part of it.
                    part = re.search(r",\s+(?=(?:\d[\d,.\u202f\u00a0]*|one|two|three|four|five|most|some) of (?:them|whom)\b|"
                                     r"dont\s+(?:\d|un|une|deux|trois|la plupart))", sentence, re.IGNORECASE)
                    if part:
                        forms.append(sentence[:part.start()] + ".")
                    forms += _what_it_held(sentence)
                    for first, rest in clause_cuts(sentence, 20):
                        if says_what_to_do(rest) or _CONTRAST.match(rest):
                            # (never "Our staff could have boarded her safely." without ", but they had
                            # not been trained": the contrast is the point)
                            continue
                        if _ENDS_THE_WORRY.get(brief.lang, _ENDS_THE_WORRY["en"]).search(rest):
                            # (never "your card may show a pending amount." without "; it drops off by
                            # itself, you have not been charged": the worry without what ends it)
                            continue
                        if all(any(x.has("figure") for x in roles.sentences(part, brief.lang)) for part in (first, rest)) \
                                and not _SUBSET_OF_COUNT.match(rest):
                            # "575 were credited today; | the other 37 will be tomorrow": half a count
                            # leaves the rest of the people wondering. (A part of the count may go:
                            # "27 people fell ill, | 3 of them with a confirmed infection".)
                            continue
                        if _CAVEAT.match(rest):
                            # "one cat died; we do not yet know whether our food was the cause": the
                            # caveat stays with its fact (without what follows it), or neither goes.
                            caveat = re.split(r",\s+(?:and|et|but|mais|und|aber)\s+", rest)[0].rstrip(" .,;")
                            forms.append(f"{first}{chr(160) if brief.lang == 'fr' else ''}; {caveat}.")
                            continue
                        forms.append(first + ".")
                # A fact added to what must be said never costs a letter its accent; what people
                # must know (what we do to protect them) may.
                if deferred and _spelt_out(" ".join(chosen)):
                    forms = [form for form in forms if _spelt_out(form)]
                # ("We know the cause of the outage." without it announces what the text never says.)
                forms = [form for form in forms if not _TEASER.match(form)]
                if update is not None and not just_before:
                    # "You do not need to do anything." says nothing after a sentence it is not about
                    # ("…ended without an agreement."): only with why ("the refund is automatic").
                    forms = [form for form in forms if form == sentence or not _NOTHING_TO_DO.match(form)]
                said = next((form for form in forms if first_fitting(*chosen, form)), None)
                if said is not None and update is None and line and sentence[:20] == line[:20] and not any(
                        _apologises(c, brief.lang) for c in chosen):
                    # The line in its fewest words when that leaves room for the apology after it
                    # ("Questions: call +44 1632 960 342. We are deeply sorry."): a breach text without
                    # a word of regret reads as indifference.
                    sorry = [c for c in candidates[candidates.index(sentence) + 1:] if _apologises(c, brief.lang)]
                    if sorry and not any(first_fitting(*chosen, said, c) for c in sorry):
                        said = next((form for form in forms[forms.index(said) + 1:] for c in sorry
                                     if first_fitting(*chosen, form, c)), said)
                if said == sentence and deferred == 0:
                    # Its first clause when that leaves room for the next thing that matters ("Hall 4
                    # stays closed until tonight." so that "Saturday tickets are valid today." goes).
                    later = [c for c in candidates[candidates.index(sentence) + 1:]
                             if ranks.get(c) == 0 and c not in chosen and not _ASKED.search(c)][:1]
                    if later and not first_fitting(*chosen, said, later[0]):
                        # (The next thing that matters whole, else its first clause: "We're texting
                        # those customers today to get new details.")
                        nexts = [later[0], *(first + "." for first, rest in clause_cuts(later[0], 20)
                                             if not says_what_to_do(rest))]
                        said = next((form for form in forms[1:] for after in nexts if _drops_nothing(sentence, form, brief.lang)
                                     and first_fitting(*chosen, form, after)), said)
                # (Never the same number twice: "Call 0 800 74 12 12 (free call)." is said already.)
                numbers = [re.sub(r"\D", "", n) for n in _PHONE.findall(said or "")]
                if numbers and all(n in re.sub(r"\D", "", " ".join(chosen)) for n in numbers):
                    said = None
                if said is not None and not _repeats(" ".join(chosen), said):
                    # ("All are now home." right after the news it ends, never after the advice.)
                    chosen.insert(1 if sentence in over_now else len(chosen), said)
        if update is not None and correction is None:
            # In the order the update tells them (its advice may have been placed first above).
            def told_at(piece: str) -> float:
                if piece == placed:
                    return 0.5  # where the notice still holds, right after where it is lifted
                if piece == lots_at(brief, update):  # the lots right after what to do with them
                    return next((told_at(p) + 0.5 for p in chosen if p != piece and any(
                        s.has("advice") for s in roles.sentences(p, brief.lang))), len(candidates))
                head = piece[:25].casefold()
                # (A shorter form, "It contained the name, email…", by the words it opens on.)
                return next((i for i, c in enumerate(candidates) if head in c.casefold()), next(
                    (i for i, c in enumerate(candidates) if c.casefold().startswith(head[:12])),
                    0 if piece is chosen[0] else len(candidates)))
            # (Without the news, what must be said in the order told too: when service is expected
            # back before the credit for the days without it.)
            chosen = [chosen[0], *sorted(chosen[1:], key=told_at)] if with_news or protective else sorted(chosen, key=told_at)
        if reminder and not _repeats(" ".join(chosen), reminder):
            # Last, in the room left, else in place of the update's later sentences (never its news).
            shapes = [_no_pointer(off_page(f, brief.lang)) for f in forms_of(reminder)]
            # (Never a half that leans on the other: « N'allez pas les chercher » without the children.)
            shapes = [f for f in shapes if f == shapes[0] or not needs_news.search(f)]
            # Else its instruction alone ("…, ne buvez pas l'eau du robinet sans l'avoir fait bouillir"):
            # more people told to boil than need to, never fewer.
            main = [m.end() for m in _IMPERATIVE_AFTER_COMMA.get(brief.lang, _IMPERATIVE_AFTER_COMMA["en"]).finditer(reminder)]
            rest = reminder[main[-1]:] if main else ""
            if len(rest) >= 20 and says_what_to_do(rest) and not needs_news.search(rest):
                shapes.append(end_sentence(rest[:1].upper() + rest[1:]))
            # Else its first order alone: "Arrêtez tout de suite d'utiliser la gourde ou le
            # couvercle" without "et rangez-le hors de portée des enfants" (it says the most).
            orders = _SECOND_ORDER.get(brief.lang, _SECOND_ORDER["en"]).split(reminder.strip(), maxsplit=1)
            if len(orders) == 2 and len(orders[0]) >= 20 and says_what_to_do(orders[0]):
                shapes.append(end_sentence(orders[0].rstrip(" ,")))
            # What gives its room first: the promise of the next update, then the work behind the
            # scenes, then the other facts, the latest told first (never the news).
            # (Never who is hurt nor the number to call, told by this update: "Parents: do not go to
            # the scene", said two hours earlier, never takes the place of "Five pupils are in
            # hospital; none is seriously hurt".)
            # (Nor "Until then, the notice stays in force" for advice to some, "If you have a baby,
            # prepare bottles with…": without it, a text about flushed mains reads as the all-clear.)
            for_some = _SUBORDINATE_START.match(reminder.strip()) is not None
            # (Nor, for advice bound to a day, what the update itself says people must know: "Mirador
            # Kaslik will reopen tomorrow at 10:00" never gives its room to "do not come on 14 March".)
            one_day = bool(days_named(reminder, update.at if update else brief.now, brief.settings.timezone))
            spare = sorted((p for p in chosen[1:] if not _PHONE.search(p)
                            and not (one_day and any(m and p[:25].casefold() == m[:25].casefold() for m in must))
                            and not (for_some and _STILL_IN_FORCE.search(p))
                            and not any(s.has("harm") for s in roles.sentences(p, brief.lang))),
                           key=lambda p: (-ranks.get(p, 0), -chosen.index(p)))
            # (The advice whole, « Si vous souffrez d'une allergie aux arachides, ne mangez pas ces
            # barres », rather than the promise of the next update, which the page gives.)
            # (In a recall or a safety notice, before any other fact: it is what protects people.)
            minor = spare if protective else [p for p in spare if ranks.get(p, 0) > 0]
            whole = [f for f in shapes[:1] if f]
            drops = [(whole[0], minor[:n]) for n in range(len(minor) + 1)] if whole else []
            drops += [(f, spare[:n]) for n in range(len(spare) + 1) for f in shapes if f]
            for shape, dropped in drops:
                kept = [p for p in chosen if p not in dropped]
                if first_fitting(*kept, shape):
                    chosen = [*kept, shape]
                    break
            else:
                # The news cut at a clause before the advice in force left out: "The filter is back
                # in service" without "keep boiling" could make people stop.
                if protective and chosen:
                    both = next(((n, f) for n in [*essential_forms(chosen[0]), *_consequence(chosen[0], brief.lang),
                                                  *_clauses(chosen[0])]
                                 for f in shapes if n and f and first_fitting(n, f)), None)
                    if both:
                        chosen = [after_colon(both[0], brief.lang) if lead else both[0], both[1]]
        # A sentence said twice ("We are sorry. We are sorry." when the advice travels with it): once.
        seen: set[str] = set()
        once: list[str] = []
        for piece in chosen:
            kept = [t for t in (x.text for x in roles.sentences(piece, brief.lang)) if t.strip() not in seen]
            seen |= {t.strip() for t in kept}
            if kept:
                once.append(" ".join(kept) if len(kept) < len(roles.sentences(piece, brief.lang)) else piece)
        # (Sorted in the order told, a piece that was first, « si votre appel… » after the colon,
        # may come second: it starts its sentence again; the new first takes the colon's case.)
        once = [after_colon(once[0], brief.lang) if lead.endswith(":") else once[0],
                *(p[:1].upper() + p[1:] for p in once[1:])] if once else once
        # The lots listed again when the news already names every one ("…(L2631A, L2631B). … Recalled
        # lots: L2631A, L2631B."): once.
        lots = brief.lots_sentence()
        if lots in once:
            # "…shows one of the batch codes below" told off the page became "…on our website": with
            # the lots in this very text, after it, "below" is true again.
            at = once.index(lots)
            once[:at] = [_CODES_ON_SITE.get(brief.lang, _CODES_ON_SITE["en"]).sub(
                r"\1 " + ("ci-dessous" if brief.lang == "fr" else "below"), piece) for piece in once[:at]]
        if lots in once and brief.lot_codes and all(code in " ".join(p for p in once if p != lots) for code in brief.lot_codes):
            once.remove(lots)
        if once and lead.endswith(":") and re.search(r"\s?:\s", once[0]):
            # Never two colons in a row ("point de 18 h : nous savons comment : ils…"), and never
            # the author's colon turned into a semicolon: the sender's line ends as a sentence
            # ("Harbourline, point de 18 h GMT. Nous savons comment…").
            lead = lead[:-1].rstrip() + "."
            once[0] = once[0][:1].upper() + once[0][1:]
        return first_fitting(*once), once

    sms, _ = attempt(options)
    if sms and update is not None and correction is None and candidates:
        # A shorter form of the news when it leaves room for more of what matters ("…, on the
        # International Day for…" without its date phrase, so that "we removed it at 22:15" goes).
        def matters(text: str) -> int:
            return sum(1 for c in candidates[1:] if rank(c) == 0 and c[:25].casefold() in text.casefold())
        # (Only forms that keep all the news says: never its first clause alone, "We know how
        # they got in.", to make room.)
        best = matters(sms)
        for shorter in [*essential_forms(candidates[0]), *_without_context(candidates[0])]:
            other, _ = attempt([shorter])
            # (Never at the cost of what must be said: "That process was ours" for a second fact.)
            kept = all(m[:25].casefold() in other.casefold() for m in must if m[:25].casefold() in sms.casefold()) \
                if other else False
            if other and kept and shorter[:25].casefold() in other.casefold() and matters(other) > best:
                sms, best = other, matters(other)
        lead = opening
    sorry_due = bool(brief.apology_text) if update is None else (
        correction is None and _apologises(_unquoted_words(update.text), brief.lang))
    if sms and sorry_due and not _apologises(_unquoted_words(sms), brief.lang):
        # A text without the word of regret its statement or update gives reads as indifference:
        # the news without the tool that did it ("…may have been stolen." without "by malicious
        # code") when that leaves room for the apology, and keeps everything else the text said.
        news_sent = next((o for o in options if o.rstrip(".") in sms or _gsm_words(o).rstrip(".") in sms), None)
        cuts = [f for f in _shorter_news(news_sent, brief.lang, brief.kind == "breach")
                if len(f) < len(news_sent) and _drops_nothing(news_sent, f, brief.lang)] if news_sent else []
        for cut in cuts:
            other, _ = attempt([cut])
            kept = other is not None and all(m[:25].casefold() in other.casefold()
                                             for m in must if m[:25].casefold() in sms.casefold())
            if kept and other and _apologises(_unquoted_words(other), brief.lang):
                sms = other
                break
        lead = opening
    return sms


# Advice that stops a loss from stolen card details ("check your card statements", "block your
# card", « surveillez vos relevés », « faites opposition »).
_WATCH_YOUR_CARD = re.compile(r"\b(?:(?:card|bank|account) statements?|block (?:your|the) cards?|cancel (?:your|the) cards?|"
                              r"relevés?(?: de (?:carte|compte))?|faites opposition|bloquez (?:votre|la) carte)\b", re.IGNORECASE)


# Words after which "that" opens no relative clause on a noun ("so that", "says that").
_NOT_A_NOUN = frozenset("so such say says said know knows knew show shows find finds found mean means ensure ensures "
                        "now than given provided believe think hope confirm confirms note notes".split())


# "Until then, ", « D'ici là, »: a link to the sentence before, dropped when the advice goes alone.
_TIME_LINK = re.compile(r"^(?:until then|in the meantime|meanwhile|for now|d['’]ici là|en attendant|entre-temps|"
                        r"pour l['’]instant|until (?:it|they|she|he) (?:does|do|has|have)(?: so)?|"
                        r"tant qu['’](?:il|elle|ils|elles) ne l['’](?:a|ont|aura|auront) pas fait|"
                        r"jusqu['’]à ce qu['’](?:il|elle|ils|elles) le fass(?:e|ent))\s*,\s*", re.IGNORECASE)


def _without_time_link(sentence: str) -> str:
    rest = _TIME_LINK.sub("", sentence, count=1)
    return rest[:1].upper() + rest[1:] if rest != sentence else sentence


# Where a condition ends and its instruction starts ("If you live in X, do not drink…").
_IMPERATIVE_AFTER_COMMA = {
    "en": re.compile(r",\s+(?=(?:do not|don't|never|please|boil|keep|stop|check|call|return|use|avoid|bring|throw)\b)",
                     re.IGNORECASE),
    "fr": re.compile(r",\s+(?=(?:ne |n['’]|\w+ez\b))", re.IGNORECASE),
}


_CASE_CAVEAT = {
    "en": re.compile(rf"{_NO_LINK['en']}|it is (?:not yet|too early to) (?:known|say|confirm)\b", re.IGNORECASE),
    "fr": re.compile(_NO_LINK["fr"], re.IGNORECASE),
}


# Where a second order joins the first ("Stop using it now and put it out of children's reach").
_SECOND_ORDER = {
    "en": re.compile(r",? and (?=(?:put|keep|call|return|bring|throw|store|contact|check|take|switch|turn|unplug|"
                     r"ask|send|wash|leave|see|tell|seek|get|go)\b)", re.IGNORECASE),
    "fr": re.compile(r",? et (?=\w+ez(?:-(?:le|la|les|en|y|nous|vous))?\b)", re.IGNORECASE),
}


def _instruction_given(instruction: str, text: str) -> bool:
    """Whether `text` already gives `instruction` ("Do not drink tap water unless you have boiled
    it"), in its words or most of them."""
    if _BOILING.search(instruction) and (_KEEP_BOILING.search(text) or _MUST_BOIL.search(text)):
        # "Keep boiling your water", "…homes must boil their tap water before drinking it" say
        # "Bring tap water to a rolling boil before you drink it".
        return True
    if _same_order(instruction, text):
        return True
    return _repeats(text, instruction) or _says_again(instruction, text) or instruction[:40] in text


def _same_order(instruction: str, text: str) -> bool:
    """Whether `text` gives the order `instruction` opens on: "Stop using Petit Mousse bottles from
    lots…" already says "Stop using the bottle or lid now"."""
    # (After its addressee too: « Parents : n'allez pas sur les lieux ».)
    order_words = re.sub(r"^[^:.]{1,30}?[\s\u00a0]?:\s+", "", instruction.strip())
    same = next((order for order in _ORDER_FAMILIES if order.match(order_words)), None)
    return same is not None and same.search(text) is not None


# Orders that say the same whatever their object: to stop using a product, to not eat it.
_ORDER_FAMILIES = (
    re.compile(r"(?:please )?(?:stop using|do not use|don't use|no longer use)\b|"
               r"(?:n['’]utilisez plus|ne l(?:es?|a|['’]) ?utilisez plus|(?:arrêtez|cessez)(?: \w+){0,3} (?:d['’]|de l(?:es|a|['’]) ?)utiliser)\b",
               re.IGNORECASE),
    # (And what a parent gives a child: "do not give it to your child", « ne la donnez pas à votre enfant ».)
    re.compile(r"(?:please )?(?:stop eating|do not eat|don't eat|do not (?:give|feed|serve)|don't (?:give|feed|serve)|"
               r"stop (?:giving|feeding|serving))\b|"
               r"(?:ne (?:les? |la |le |l['’])?(?:consommez|mangez|donnez|servez) (?:pas|plus)|(?:arrêtez|cessez)(?: \w+){0,3} de "
               r"(?:l(?:es|a|['’]) ?)?(?:consommer|manger|donner|servir))\b",
               re.IGNORECASE),
    # "Do not go to the scene", « N'allez pas sur les lieux », « Ne vous rendez pas sur les lieux »
    re.compile(r"(?:please )?(?:do not|don't) (?:go|come|travel|drive) (?:to|near) the (?:scene|site|area)\b|"
               r"(?:n['’]allez pas|ne vous rendez pas|ne venez pas) (?:sur (?:les|place)|à proximité|aux abords)\b",
               re.IGNORECASE),
)


# An order whose object is a pronoun ("If you have one, do not give it to your child", « si vous en
# avez un, ne le donnez pas »): it names no product by itself.
_ORDER_ON_A_PRONOUN = re.compile(r"\b(?:do not|don't|never|stop) (?:give|giving|feed|feeding|use|using|eat|eating|serve|"
                                 r"serving|drink|drinking) (?:it|them|one)\b|\bif you have (?:one|any|some)\b|"
                                 r"\bne (?:le|la|les|l['’]) ?(?:donnez|utilisez|consommez|mangez|servez|buvez)\b|"
                                 r"\bsi vous en (?:avez|possédez)\b", re.IGNORECASE)
_BOILING = re.compile(r"\b(?:boil\w*|bouill\w*|ébullition|abkoch\w*)", re.IGNORECASE)
# The order to boil told as news: "6,720 homes must boil their tap water", « doivent faire bouillir
# l'eau du robinet », "bring tap water to a rolling boil".
_MUST_BOIL = re.compile(r"\b(?:must|should|need to|have to|are (?:asked|told) to)\s+(?:\w+\s+)?boil\b|"
                        r"\b(?:must|should|has to|have to|needs? to) be boiled\b|\b(?:doit|doivent) (?:être )?bouillie?s?\b|"
                        r"\b(?:doit|doivent) bouillir\b|"
                        r"\bbring (?:\w+ ){0,2}water to a (?:rolling |full )?boil\b|"
                        r"\b(?:doivent|devez|doit|faut|de)\s+(?:\w+\s+)?faire bouillir\b|\bfaites bouillir\b|"
                        r"\b(?:portez|porter)\s+l['’]eau\b[^.;]{0,30}\bébullition\b|\babkochen\b", re.IGNORECASE)
# An update's own word that the boiling goes on: "Keep boiling your water", « Continuez de faire bouillir l'eau ».
_KEEP_BOILING = re.compile(r"\b(?:keep|continue to|carry on) boiling\b|\bcontinue boiling\b|"
                           r"\bcontinuez (?:à|de) faire bouillir\b|\bweiterhin abkochen\b", re.IGNORECASE)


# An update that lifts advice given before: "We lifted the advice to keep windows closed at 06:00",
# « Nous avons levé à 6 h la consigne de garder les fenêtres fermées ».
_LIFTS_ADVICE = re.compile(r"\b(?:lifted|withdrawn|ended|cancelled|canceled)\b[^.;]{0,20}\b(?:the|its|our) (?:\w+ )?(?:advice|notice|"
                           r"alert|order|instruction|restriction|warning)\b|\b(?:advice|notice|alert|order|instruction|"
                           r"restriction|warning)\b[^.;]{0,60}\b(?:is|was|has been|have been) (?:now )?(?:lifted|withdrawn|ended)\b|"
                           r"\blevée?s?\b[^.;]{0,20}\b(?:la|l['’]|notre|cette) ?(?:consigne|alerte|interdiction|restriction|"
                           r"recommandation|avis)\b|\b(?:consigne|alerte|interdiction|restriction|recommandation|avis)\b"
                           r"[^.;]{0,60}\b(?:est|a été) (?:désormais )?levée?\b", re.IGNORECASE)


def _lifted_by(advice: str, text: str, lang: str) -> bool:
    """Whether `text` lifts `advice`: a sentence of it says advice is lifted and names what the
    advice asked ("windows", « fenêtres »)."""
    asked = {w.casefold() for w in re.findall(r"\w{5,}", advice)}
    return any(_LIFTS_ADVICE.search(s.text) and asked & {w.casefold() for w in re.findall(r"\w{5,}", s.text)}
               for s in roles.sentences(text, lang))


def _gives_own_protection(brief: Brief, update: Update) -> bool:
    """Whether a safety or health update gives protective advice of its own ("we ask Bel-Air
    residents to keep their windows closed tonight"): it says it, never an earlier update's beside
    it ("…until further notice": two durations for one instruction), nor today's advice for others."""
    return brief.kind in ("safety", "health") and any(
        s.has("advice") and _PROTECTS.search(s.text) is not None and not _PERMISSIVE.search(s.text)
        for s in roles.sentences(update.text, brief.lang))


def _advice_in_force(brief: Brief, update: Update) -> str | None:
    """In a safety notice or a recall, what people must still do when `update` was posted: the
    advice of the latest update before it that gave some (the summary's first advice while the
    notice is open), none once an update said the worst was over, and none in the update that
    closes it ("The lift reopened at 9:05" never ends on "if you are on board, stay seated")."""
    if brief.statement.resolved and update is brief.statement.last_update:
        return None
    for earlier in sorted((u for u in brief.statement.updates if u.at < update.at), key=lambda u: u.at, reverse=True):
        groups = [(g, roles.sentences(g, brief.lang)) for g in bind(_told(brief, earlier), brief.lang)]
        if any(s.has("outcome") for _, said in groups for s in said) and not _STILL_IN_FORCE.search(earlier.text):
            return None  # (an outcome beside "keep boiling" was a repair, not the end of the advice)
        advice = [g for g, said in groups if any(s.has("advice") and not s.has("apology") for s in said)]
        if brief.kind in ("safety", "health"):
            # What people may still do ("You can shower as normal") or a service offered ("If you
            # cannot get out, call us") is no instruction in force: what protects them is
            # ("Do not drink tap water…", "Keep boiling your water").
            advice = [g for g in advice if not _PERMISSIVE.search(g) and _PROTECTS.search(g)]
        if advice and brief.kind == "recall" and brief.lot_codes and brief.first_advice:
            # A recall's standing advice is said with its lots ("Recalled lots: L2631A, L2631B.
            # Do not eat this cheese."), never an older update's announcement copied in.
            # (Without them when the advice names them: "…one of the batch codes 24B23, 24B24…".)
            listed = lots_at(brief, update)
            if listed and all(code in brief.first_advice for code in brief.lot_codes if code in listed):
                listed = ""
            if listed and any(code in update.text for code in brief.lot_codes):
                listed = ""  # (the update names its own lots: "…to three lots (L26344, L26345…)"; the page lists all)
            return f"{listed} {brief.first_advice}".strip()
        if advice:
            # Advice for one day ("Please do not come back for your belongings today") or one
            # that points back at the sentence before it (« Ne les consommez pas ») does not
            # travel into a later update: the first is over, the second would point at nothing.
            held = advice[0]
            if _NAMES_INSIDE.search(held) and any(_SCOPE_CHANGED.search(u.text) for u in brief.statement.updates
                                                  if earlier.at < u.at <= update.at):
                # "We are asking residents of Chassagne, Vernay and Corgeat to boil…" named the towns of
                # that day: once the notice is widened or lifted somewhere, never carried forward; the
                # instruction without its places goes ("Do not drink tap water without boiling it
                # first"): more people told to boil than need to, never the new town left out.
                unplaced = _without_places(held, brief.lang)
                return unplaced if unplaced and not _NAMES_INSIDE.search(unplaced) else None
            points = _NEEDS_NEWS.get(brief.lang, _NEEDS_NEWS["en"]).search(held)
            if _lifted_by(held, update.text, brief.lang):
                return None  # (never "keep your windows closed" beside "we lifted the advice to keep windows closed")
            return None if _FOR_ONE_DAY.search(held) or points else held
    if brief.statement.resolved or not brief.first_advice:
        return None
    if brief.kind in ("safety", "health") and (not _PROTECTS.search(brief.first_advice) or any(
            s.has("compensation") for s in roles.sentences(brief.first_advice, brief.lang))):
        # (A refund form is no instruction in force: never added to each later update of an accident.)
        return None
    if _gives_own_protection(brief, update):
        return None  # (the first alert's own "keep your windows closed", never today's line for hauliers)
    if brief.kind == "safety" and update is brief.statement.first_update and len(brief.statement.updates) > 1 \
            and _LOOKS_BACK.search(brief.first_advice):
        # The first alert of an accident says what its own words said ("People have been injured.
        # All crossings are suspended."): advice written days later for those who were there
        # ("Were you on board? Pain can appear several days after a fall") never takes their place.
        return None
    # Today's advice in an older update's copy only when it names no place: "In Chassagne, Bligny
    # and Mavilly, boil…" is today's list; on the 13th or the 14th the notice covered other towns,
    # and an old copy never says what was not then true.
    if update is not brief.statement.last_update and _NAMES_INSIDE.search(brief.first_advice) and any(
            _SCOPE_CHANGED.search(u.text) for u in brief.statement.updates if u.at > update.at):
        return None
    # (Nor an address or a form no update had given yet: the refund form of the next morning
    # never goes out with the evening's count of the injured.)
    where = [w.rstrip(".,;") for w in _WHERE_TO_GO.findall(brief.first_advice)]
    so_far = " ".join(u.text for u in brief.statement.updates if u.at <= update.at)
    if where and update is not brief.statement.last_update and not any(w in so_far for w in where):
        return None
    # (Nor a day after the update's own: « Ne venez pas le 14 mars » was decided at 16:10 on the 13th;
    # the copy of 13:25 told people the centre was closed that day, and never anything of the 14th.)
    if update is not brief.statement.last_update and _names_a_later_day(brief.first_advice, update, brief):
        return None
    return brief.first_advice


def _names_a_later_day(text: str, update: Update, brief: Brief) -> bool:
    zone = brief.settings.timezone
    said = update.at.astimezone(zone).date()
    return any(day > said for day in days_named(text, update.at, zone))


# A web address or a number to call that advice sends people to.
_WHERE_TO_GO = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:example|com|org|net|fr|ca|be|ie|ch|lu|uk|au|gov|gouv\.fr|eu)"
                          r"(?:/[^\s,;)]*)?|\+?\d[\d\u00a0\u202f .-]{7,}\d")


# The places an instruction names ("in Arvenaz and Saint-Ombre", « à Arvenaz et à Saint-Ombre »).
_PLACES = {"en": re.compile(r",?\s+(?:in|at|for)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
                            r"(?:(?:,\s+|\s+and\s+|\s+or\s+)(?:in\s+|at\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"),
           "fr": re.compile(r",?\s+(?:à|dans|pour)\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)*"
                            r"(?:(?:,\s+|\s+et\s+|\s+ou\s+)(?:à\s+|dans\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*"
                            r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)*)*")}


# A part of the count just given: "3 of them with…", « dont 3 avec… ».
_SUBSET_OF_COUNT = re.compile(r"\W*(?:\d[\d,.\u202f\u00a0]*|one|two|three|four|five|six|seven|eight|nine|ten|most|some|all)"
                              r" of (?:them|whom)\b|\W*dont\s+(?:\d|un|une|deux|trois|quatre|cinq|la plupart|certain)",
                              re.IGNORECASE)


def still_holds(brief: Brief, update: Update) -> str | None:
    """Where a notice lifted somewhere by the newest update still holds, in the summary's words of
    now ("Tap water in Arvenaz and Saint-Ombre must still be boiled before drinking"), when the
    update does not say it itself: "The notice is lifted for Vuillerens" then the count of the ill
    reads, on a phone or in a first post, as the water being safe everywhere; the update's own
    "Until then, please keep boiling your water" names no place."""
    if brief.kind not in ("safety", "health") or update is not brief.statement.last_update or brief.statement.resolved \
            or not _LIFTED.get(brief.lang, _LIFTED["en"]).search(update.text):
        return None
    placed = _placed_instruction(brief)
    if placed is None:
        return None
    # (Not when the update says it with the same places: "It stays in force in Arvenaz and
    # Saint-Ombre: keep boiling your water".)
    places = set(_NAMES_INSIDE.findall(placed))
    said = any((_PROTECTS.search(s.text) or _IN_FORCE.search(s.text)) and all(p in s.text for p in places)
               for s in roles.sentences(update.text, brief.lang))
    return None if said or _repeats(update.text, placed) else placed


# Harm said with what ends the worry: "none needed hospital", « aucun n'a été hospitalisé ».
_MINOR_HARM = re.compile(r"\b(?:none|no one|nobody) (?:\w+ )?(?:needed|required|went to|was taken to|had to go to) hospital|"
                         r"\baucune? (?:\w+ )?(?:n['’]a (?:dû )?être|n['’]a été) hospitalisée?\b", re.IGNORECASE)


def _head_news(sentence: str, lang: str) -> list[str]:
    """The words before a colon when they say alone that the worst is over or who is hurt ("The
    fire is out: the crew confirmed it at 04:15…" → "The fire is out."): shorter than any clause
    cut, never a fragment."""
    head = re.split(r"[\s\u00a0\u202f]*:\s", sentence, maxsplit=1)[0].strip()
    if head == sentence.strip() or len(head.split()) < 3:
        return []
    said = roles.sentences(head, lang)
    return [end_sentence(head)] if len(said) == 1 and (said[0].has("outcome") or said[0].has("harm")) else []


_TAIL_VERB = {"en": re.compile(r"(?:send|use|make|receive|call|access|pay|book|open|log|read|see|view|withdraw|transfer|top|"
                               r"check|print|download|upload|order|buy|board|travel|reach|get)\b", re.IGNORECASE),
              # (A French infinitive, « retirer », « payer »: never an English noun, "locker", "number".)
              "fr": re.compile(r"[a-zéèêàâîôûç]+(?:er|ir|re)\b", re.IGNORECASE)}


def _list_head(sentence: str, lang: str = "en") -> list[str]:
    """A sentence whose end lists more of the same after a comma ("…cannot make or receive calls,
    send texts or use mobile data.") cut before that tail: its first item says the news, the page
    says the rest. Only when the tail is a list's end (an "or"/"and" with no clause of its own)."""
    found = re.match(r"^(.{60,}?[^\d]),\s+([^,;:]{5,80}\b(?:or|and|ou|et|oder|und)\b[^,;:]{3,60})\.$", sentence.strip())
    # (A list of what people cannot do, each its own verb: never a list of nouns, "see the name,
    # the date of birth and the refunds of another member", whose first item says nothing alone.)
    if not found or not _TAIL_VERB.get(lang, _TAIL_VERB["en"]).match(found.group(2)) or re.search(r"\b(?:which|who|where|when|because|but|qui|que|où|quand|car|mais|we|nous)\b",
                                found.group(2), re.IGNORECASE):
        return []
    return [end_sentence(found.group(1))]


def _placed_instruction(brief: Brief) -> str | None:
    """The summary's first sentence, up to its colon, when it is what protects people and names
    where ("Tap water in Arvenaz and Saint-Ombre must still be boiled before drinking"): the
    notice of now, in the team's words; None otherwise."""
    first = re.split(r"[\s\u00a0\u202f]*:\s", brief.news or "", maxsplit=1)[0].strip()
    if not first or not _PROTECTS.search(first) or not _NAMES_INSIDE.search(first) or _PERMISSIVE.search(first):
        return None
    return end_sentence(first)


def _without_places(advice: str, lang: str) -> str | None:
    """An instruction without the places it names, when it still says what to do ("Do not drink
    tap water without boiling it first."); None when no place phrase is found."""
    pattern = _PLACES.get(lang)
    if pattern is None or not pattern.search(advice):
        return None
    return pattern.sub("", advice, count=1)


# Advice for those who were there, written after the event: "Were you on board on 30 November?",
# « Vous étiez à bord ? », "Pain can appear several days after a fall".
_LOOKS_BACK = re.compile(r"^\W*(?:were you|if you were|did you|vous étiez|si vous étiez|étiez-vous)\b|"
                         r"\b(?:several|a few) days (?:after|later)|\bplusieurs jours (?:après|plus tard)", re.IGNORECASE)


# An update that widens or lifts a notice somewhere: the places it names change.
_SCOPE_CHANGED = re.compile(r"\b(?:lift(?:ed|s|ing)? the (?:notice|advice|ban|restriction)|(?:notice|advice|ban|restriction) "
                            r"(?:is|has been|was) (?:lifted|extended|widened)|extended to|widened to|now (?:also )?covers|"
                            r"(?:est|a été) (?:levée?|étendue?|élargie?)|étendue? à|élargie? à|lever l['’](?:avis|interdiction) "
                            r"(?:à|dans|pour)|concerne désormais|s['’](?:étend|élargit)\w* à|(?:notice|advice) is lifted)\b",
                            re.IGNORECASE)


# Names inside a sentence (not its first word): places, products ("Chassagne-sur-Arvienne").
_NAMES_INSIDE = re.compile(r"(?<=[\w,;:]\s)(?-i:[A-ZÀÂÉÈÊÎÔÛ][\w'’-]{2,})")


# What people may do, not what they must: "You can shower as normal", « Vous pouvez vous doucher ».
_PERMISSIVE = re.compile(r"\b(?:you can|you may|can still|may still|vous pouvez|vous pourrez|pouvez toujours|"
                         r"Sie können)\b", re.IGNORECASE)


# An instruction that protects: a prohibition or a precaution ("do not drink", « faites bouillir »,
# "keep boiling", "stay indoors", « ne sortez pas »).
# (« Si vous ne pouvez pas vous déplacer » is a condition, not a prohibition.)
_PROTECTS = re.compile(r"\b(?:do not|don't|never|avoid|keep|stay|boil\w*|ne (?!pouvez\b)\w+ez pas|à l['’]écart|"
                       r"éloignez-vous|n['’]approchez pas|"
                       r"n['’](?!êtes\b)\w+ez pas|évitez|restez|continuez|faites bouillir|bouilli\w*|nicht|meiden)\b",
                       re.IGNORECASE)


# Advice given for the day it was written: it does not hold in a later update.
_FOR_ONE_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|aujourd['’]hui|ce soir|cet après-midi|"
                          r"ce matin|cette nuit|heute|heute Abend|for the rest of the (?:day|evening|night)|"
                          r"pour le reste de la (?:journée|soirée|nuit)|jusqu['’]à la fin de la (?:journée|soirée))\b|"
                          # (An order to leave a site is for that moment: "Please make your way calmly to
                          # the main exit" sent days later reads as a new evacuation.)
                          r"\b(?:make your way|head|go|walk|proceed) (?:calmly |quietly )?(?:to|towards) (?:the |an? )?"
                          r"(?:\w+ )?(?:exits?|gates?|assembly point)\b|\b(?:leave|evacuate) the (?:park|building|site|"
                          r"area|station|stadium|venue|premises|store|shop)\b|\bkeep the [\w ]{0,20}(?:gate|entrance|"
                          r"road|access) clear\b|\b(?:dirigez-vous|rendez-vous|rejoignez|gagnez) (?:calmement |dans le "
                          r"calme )?(?:vers )?(?:la|les|l['’]) ?(?:\w+ )?(?:sorties?|portes?|portails?|point de "
                          r"rassemblement)\b|\b(?:quittez|évacuez) (?:le|la|les|l['’]) ?(?:parc|bâtiment|site|"
                          r"magasin|gare|stade|salle|zone)\b|\blaissez (?:libre|dégagée?) (?:la|le|l['’])", re.IGNORECASE)


def _said_just_before(brief: Brief, sentence: str, last: str) -> bool:
    """Whether `last` (chosen already) is, whole or cut, the summary sentence `sentence` follows:
    « Elle reste en vigueur aux Granges » may follow « la restriction a été levée dans 5
    communes » even when the SMS did not take the sentences in the summary's order."""
    said = [s.text for s in brief.summary_sentences]
    at = next((i for i, text in enumerate(said) if text.strip() == sentence.strip()), 0)
    if at == 0:
        return False
    head = said[at - 1][:40].rstrip(" ,")
    return last.startswith(head) or after_colon(last, brief.lang).startswith(after_colon(head, brief.lang))


# "Several of you asked whether the water was dangerous before this morning's notice." or a
# question itself: in an SMS short of room, the answer that follows may not fit.
_ASKED = re.compile(r"\?\s*$|\b(?:asked (?:us )?(?:whether|if)|ask (?:us )?(?:whether|if)|(?:nous )?ont demandé si|"
                    r"nous demandent si|gefragt, ob|fragen, ob)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"(?:but|yet|mais|pourtant|aber|jedoch)\b", re.IGNORECASE)
# A clause that says what is not known about the one before it ("…; we do not yet know whether
# our food was the cause"): never cut off from it.
_CAVEAT = re.compile(r"(?:but |mais |aber )?(?:we (?:do not|don['’]t) (?:yet )?know|it is not (?:yet )?known|no link has|"
                     r"nous ne (?:le )?savons pas|on ne sait pas|aucun lien n['’]est|rien ne permet|wir wissen (?:noch )?nicht|"
                     r"es ist (?:noch )?unklar)", re.IGNORECASE)
# The roles an update's SMS says before its other facts.
# What ends a worry the clause before it raised ("it drops off by itself, you have not been charged",
# « il disparaît tout seul, vous n'avez pas été débité »).
_ENDS_THE_WORRY = {"en": re.compile(r"\b(?:you (?:have|were) not been (?:charged|debited|billed)|(?:drops?|falls?) off by "
                                    r"itself|disappears? (?:by itself|on its own)|you will not be (?:charged|billed)|"
                                    r"no money (?:has been|was) taken)\b", re.IGNORECASE),
                   "fr": re.compile(r"\b(?:vous n['’](?:avez|êtes) pas été (?:débitée?s?|prélevée?s?|facturée?s?)|"
                                    r"dispara[iî]t (?:tout seul|de lui-même|d['’]elle-même)|vous ne serez pas "
                                    r"(?:débitée?s?|prélevée?s?|facturée?s?)|aucun argent n['’]a été (?:prélevé|débité))",
                                    re.IGNORECASE)}
_WHAT_MATTERS = ("advice", "never-ask", "disruption", "action", "harm", "outcome", "compensation")
_FOR_PEOPLE_FIRST = ("advice", "never-ask", "harm", "outcome", "compensation")


# A clause that names its thing only by a pronoun ("do not click, and forward them to 33700"):
# cut from the sentence that says what "them" is, it points at nothing.
_POINTS_AT = {"en": re.compile(r"\b(?:them|it|they|those|these|such|the other)\b", re.IGNORECASE),
              # (« n'ouvrez pas cette case » points at the day named before the colon: never alone)
              "fr": re.compile(r"\w-(?:les|le|la|leur|lui|en|y)\b|\bne (?:les|l['’])\s*\w+ez\b|\bde (?:ce|cet|cette) "
                               r"(?:type|genre|sorte)\b|\b(?:de )?tel(?:le)?s?\b|\bles autres\b|"
                               r"\b(?:ouvrez|touchez|utilisez|mangez|buvez|consommez|employez) pas (?:cette|ce|cet|ces)\b",
                               re.IGNORECASE)}


def _repeats(said: str, sentence: str) -> bool:
    """Whether `sentence` opens with words `said` already holds in that order (four at least)."""
    def words_of(text: str) -> list[str]:
        return re.findall(r"[^\W\d_]+", text.casefold())

    opening, held = words_of(sentence)[:4], " ".join(words_of(said))
    return len(opening) == 4 and " ".join(opening) in held


# Advice whose object is a pronoun ("Do not eat them", « ne les consommez pas »): without the
# news it speaks of, nobody knows what not to eat.
_NEEDS_NEWS = {
    # "Do not eat them", "Bring it back": the imperative's object is the pronoun itself.
    # (After a condition or a lead-in too: "If you are allergic, do not eat it", « Les consignes sont
    # les mêmes : ne les consommez pas ».)
    "en": re.compile(r"^(?:if [^,.:]{0,80},\s*|[^:.]{0,60}:\s*)?(?:please\s+)?(?:do not |don't |never )?(?:\w+ ){1,2}"
                     r"(?:them|it|those|these)\b|"
                     # "Do not click and do not pay anything": on what, the fake texts of the sentence before
                     r"^(?:please\s+)?(?:do not|don't|never) (?:click|reply|answer|pay)\b(?!\s+(?:on\s+|to\s+)?(?:any|a|the|"
                     r"links?|messages?|texts?|e-?mails?|calls?|such)\b)|"
                     # "you set your own at your next login": your own what, the clause before says
                     r"^[^.]{0,40}\byour own\b(?! \w+(?:word|s)\b)", re.IGNORECASE),
    # (« N'allez pas les chercher » too: who « les » are is in the sentence before the colon.)
    "fr": re.compile(r"^[^.]{0,40}\b(?:le|la|les) vôtres?\b|"
                     r"^(?:si [^,.:]{0,80},\s*|[^:.]{0,60}[\s\u00a0\u202f]?:\s*)?(?:(?:merci de ne pas |ne )(?:les|le|la|l['’]|en|y)\b|"
                     r"\w+ez-(?:les|le|la|en|y)\b|(?:n['’]|ne )\w+ (?:pas|plus|jamais) (?:(?:les|le|la|leur|lui) |l['’])\w+(?:er|ir|re)\b|"
                     # « Ne cliquez pas et ne payez rien » : sur quoi, les faux SMS de la phrase d'avant
                     r"ne (?:cliquez|répondez|payez) (?:pas|rien|jamais)\b(?![\s\u00a0]+(?:sur|à|aux?|le|les|un|une|aucun)\b))",
                     re.IGNORECASE),
}


# An update whose news is how the fault worked ("We have found the cause: a change to our payment
# page…"): what people get matters more to a phone.
_NEW_EVENT = re.compile(r"\b(?:will also|has also|have also|a second|a further|another|une seconde|une deuxième|une nouvelle|"
                        r"un second|un deuxième|un nouveau|aussi|également)\b", re.IGNORECASE)
_TALLY = re.compile(r"\b\d+ (?:\w+ )?(?:cancelled|canceled|annulée?s)\b|"
                    # ("52 departures were affected, and 9 of them were cancelled")
                    r"\b\d+ of them (?:were|have been) (?:cancelled|canceled)\b", re.IGNORECASE)
_CAUSE_NEWS = re.compile(r"^(?:we have (?:now )?found the cause|we (?:now )?know (?:the cause|why|what caused)|the cause "
                         r"(?:is|was)|nous avons (?:trouvé|identifié) la cause|nous connaissons (?:désormais |maintenant )?"
                         r"la cause|la cause (?:est|était))\b", re.IGNORECASE)
# How attackers got in: "with the password of a staff account", « sont entrés avec le mot de passe ».
_GOT_IN = re.compile(r"\b(?:got in|logged in|broke in|gained access|sont entrés|se sont connectés|ont pénétré)\b|"
                     r"\bwith the password\b|\bavec le mot de passe\b", re.IGNORECASE)
# Data taken, not only reached: "copied", "stole", « ont copié », « dérobé ».
_COPIED = re.compile(r"\b(?:copied|stole|stolen|took|taken|downloaded|exfiltrated|leaked|published|copiée?s?|copié|volée?s?|"
                     r"dérobée?s?|téléchargée?s?|exfiltrée?s?|publiée?s?|ont copié|ont volé|ont dérobé)\b", re.IGNORECASE)


# A count of what a helpline took ("Our dedicated line has taken 1,138 calls", « 1 138 appels »).
_HELPLINE_TALLY = re.compile(r"\b\d[\d,.\u00a0\u202f ]*\s(?:calls|appels|messages|e-?mails|courriels)\b", re.IGNORECASE)


# A message that passes itself off as ours ("a text message that claims to come from Chinook
# Parcel", « un SMS qui prétend venir de nous », "sent in our name").
_CLAIMS_OUR_NAME = re.compile(r"\b(?:claims? to (?:come|be) from|pretend(?:s|ing)? to (?:come|be) from|in our name|"
                              r"prétend(?:ant|ent)? (?:venir|provenir) de|se (?:faisant|font) passer pour|en notre nom)\b",
                              re.IGNORECASE)


# A fake message named with its sender in quotation marks (a fake "Partéo" e-mail, « un faux e-mail « Partéo » »).
_FAKE = re.compile(r"\b(?:fake|faux|fausses?)\b", re.IGNORECASE)


# A warning against the scams that follow a breach, told by the update itself.
_SCAM_WARNED = re.compile(r"\b(?:scams?|fraud\w*|phishing|fake (?:e-?mails?|calls?|texts?|messages?)|be wary|beware|"
                          r"escroquer\w*|arnaques?|hameçonnage|faux (?:e-?mails?|appels?|SMS|messages?)|méfiez-vous)\b",
                          re.IGNORECASE)


_ATTACKERS = re.compile(r"\b(?:the|les) (?:attackers|hackers|criminals|attaquants|pirates|cybercriminels)\b", re.IGNORECASE)


def _attackers_named(sentence: str, before: str) -> str:
    """"They copied the payroll files", « Nous confirmons qu'ils ont copié… » after a sentence on
    the attackers: said with its subject, the finding can stand alone in a text that may not hold
    the sentence before it."""
    named = _ATTACKERS.search(before)
    if named is None:
        return sentence
    who = named.group(0).lower()
    sentence = re.sub(r"^(?:They|Ils|Elles)\b", who[:1].upper() + who[1:], sentence)
    return re.sub(r"^([^,;:]{0,40}?\b)(?:that they|qu['’](?:ils|elles))\b",
                  lambda m: m.group(1) + ("que " if who.startswith("les") else "that ") + who, sentence)


# "whether data was copied", « si des données ont été copiées », "not yet": a question, not a finding.
_OPEN_QUESTION = re.compile(r"\b(?:whether|if|not|no|yet|si|pas|aucune?)\b", re.IGNORECASE)


def _data_taken_by(brief: Brief, update: Update) -> bool:
    """Whether, by the time of this update, an update had said that data was taken: the line
    against scams is not stamped on the 08:30 text of an outage nobody yet knew was a breach."""
    return any(_COPIED.search(s.text) and not _OPEN_QUESTION.search(s.text)
               for u in brief.statement.updates if u.at <= update.at
               for s in roles.sentences(u.text, brief.lang))


def _service_news(text: str) -> bool:
    """Whether the text says what is cancelled or runs again; never in the condition it opens on
    ("If your flight was cancelled, we will give you a $150 voucher" is what people get)."""
    if _SUBORDINATE_START.match(text.strip()) and "," in text:
        text = text.split(",", 1)[1]
    return _SERVICE_NEWS.search(text) is not None


# What a traveller needs from an update: what is cancelled, or when it runs again.
_SERVICE_NEWS = re.compile(r"\b(?:we have|we've|have been|has been|are|is|were|was) (?:\w+ )?(?:cancelled|canceled|"
                           r"suspended)\b|"
                           # ("11 departures have been delayed and 2 cancelled: CN 402…", « et 4 annulés »)
                           r"\b\d+ (?:\w+ )?(?:cancelled|canceled|annulée?s)\b|\bfirst (?:departures?|sailings?|trains?|flights?|buses|crossings?) (?:is |are |"
                           r"will )?(?:planned|scheduled|leaves?|leave|departs?|runs?)\b|\b(?:avons|ont été|a été|sont|est) "
                           r"(?:\w+ )?(?:annulée?s?|suspendue?s?)\b|\bpremi(?:er|ère)s? (?:départs?|traversées?|trains?|"
                           r"vols?) (?:est |sont )?(?:prévue?s?|programmée?s?)\b|"
                           # ("Portsmouth–Saint-Malo stays disrupted until at least 8 August", « hors service
                           # jusqu'au 8 août »: how long travellers plan without it)
                           # ("Tomorrow, route S12 will run to its usual timetable, first departure from…", « la
                           # ligne S12 circulera aux horaires habituels » : what parents plan the morning on)
                           r"\bwill run (?:to (?:its|the|their) (?:usual|normal) (?:timetable|schedule)|normally|as usual)\b|"
                           r"\bcircul(?:era|eront) (?:aux horaires habituels|normalement|comme d['’]habitude)\b|"
                           r"\b(?:stays?|remains?) disrupted\b|\bout of service until\b|\b(?:reste|restera|demeure)(?:nt)? "
                           r"perturbée?s?\b|\bhors service jusqu|"
                           # ("The line remains closed … until at least Monday 14 December", « La ligne reste fermée … au
                           # moins jusqu'au lundi 14 décembre »)
                           r"\b(?:stays?|remains?|will (?:stay|remain)) closed\b[^.;]{0,60}\buntil\b|"
                           r"\b(?:reste|restera|demeure)(?:nt)? fermée?s?\b[^.;]{0,60}\bjusqu|"
                           # ("Sailings between Port Vila, Norsup and Luganville resume on Thursday 7 October at 7
                           # a.m.", « Les traversées … reprennent le jeudi 7 octobre à 7 h »: when travellers sail again)
                           r"\b(?:sailings?|crossings?|flights?|trains?|trams?|buses|departures?|services?|routes?|lines?)\b"
                           r"[^.;]{0,60}\b(?:resumes?|will resume|restart|will restart|run again|will run again)\b|"
                           r"\b(?:traversées?|vols?|trains?|trams?|bus|départs?|liaisons?|lignes?|rotations?|dessertes?)\b"
                           r"[^.;]{0,60}\b(?:reprend|reprennent|reprendra|reprendront|circuleront de nouveau|"
                           r"redémarre(?:nt|ra|ront)?)\b", re.IGNORECASE)
# A sentence that announces a list it does not give ("We have agreed three commitments.",
# « Ensemble, nous avons arrêté trois engagements. »): the list is on the page.
_LIST_ANNOUNCED = re.compile(r"\b(?:two|three|four|five|six|\d+|deux|trois|quatre|cinq|six) (?:\w+ )?(?:commitments|measures|"
                             r"changes|steps|decisions|actions|engagements|mesures|changements|décisions|actions)"
                             r"(?: (?:précis|concrets|concrètes|clear|concrete))?\s*[.:]?$", re.IGNORECASE)
# Everyone is safe: the outcome a text about a fire or an accident keeps first.
_PEOPLE_SAFE = re.compile(r"\b(?:safe|accounted for|unharmed|uninjured|sains? et saufs?|saines? et sauves?|indemnes?|"
                          r"hors de danger|en sécurité|tous présents|toutes présentes|"
                          # (off the ship: "everyone is ashore", « tout le monde a débarqué »)
                          r"(?:everyone|everybody|all (?:\w+ ){0,4}(?:are|were)) (?:is |was |are |were )?(?:now )?(?:safely )?ashore|"
                          r"tout le monde a (?:débarqué|quitté le navire)|"
                          # "rescuers brought every one of them down", « les secouristes les ont toutes évacuées »
                          r"brought (?:every one of them|everyone|them all|all of them) (?:down|out|to safety)|"
                          # "Everyone was brought ashore safely", "all were safely evacuated"
                          r"(?:brought|taken|evacuated|rescued|got|led) (?:\w+ ){0,2}safely|safely (?:brought|taken|evacuated|"
                          r"rescued|ashore|off)|"
                          r"evacuated (?:everyone|every one of them|them all|all of them)|"
                          r"les ont (?:tous|toutes) (?:évacuée?s|ramenée?s au sol|secourue?s|descendue?s)|"
                          # "no one was hurt", « aucun n'est blessé »
                          r"(?:no one|nobody|none of them|no passenger|no-one) (?:was|were|has been|is) (?:hurt|injured)|"
                          r"(?:personne|aucune?(?: passag\w+| voyageu\w+)?) n['’](?:a été|est|ont été|sont) blessée?s?)\b",
                          re.IGNORECASE)
# Three words or more between quotation marks: someone's words quoted, not a name.
_QUOTED_WORDS = re.compile(r"[«“\"]\s?[^«»“”\"]*?\S+\s+\S+\s+\S+[^«»“”\"]*?\s?[»”\"]")


# "We are recalling lots GB1127…", « Nous rappelons les lots… »: the recall announced.
_RECALLING = re.compile(r"\b(?:we are recalling|we['’]re recalling|we (?:have )?recalled|nous rappelons|nous avons rappelé|"
                        r"wir rufen)\b", re.IGNORECASE)


def _without_preamble(sentence: str) -> str:
    """The sentence without a short opening phrase ("As a precaution, do not drink…" → "Do not
    drink…"): what an SMS short of room can spare first."""
    head, comma, rest = sentence.partition(", ")
    if not comma or len(head.split()) > 4 or not rest:
        return sentence
    # A list is no preamble: "Recalled lots: GB1127, GB1128…" without its first lot would tell
    # its owner the product is safe.
    if ":" in head or re.match(r"[A-Z0-9][\w/-]*\d[\w/-]*,", rest):
        return sentence
    # Nor the first item of a list: "Be wary of calls, e-mails or text messages that…" without
    # its head is no sentence.
    if re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:or|and|ou|et|oder|und)\s", rest):
        return sentence
    if re.match(r"(?:if|unless|only if|provided|si|s['’]il|s['’]ils|sauf si|à condition|wenn|falls|sofern)\b", head,
                re.IGNORECASE) or _SUBORDINATE_START.match(head):
        return sentence  # a condition is no preamble: « S'il est conforme, l'ARS pourra lever… »
    if any(s.has("advice") for lang in ("en", "fr") for s in roles.sentences(head, lang)):
        return sentence  # nor an instruction: « Appelez notre ligne d'écoute, ouverte jour et nuit : … »
    return rest[:1].upper() + rest[1:]


def end_sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else text + "."


# -- e-mail ---------------------------------------------------------------------------------

def _title_heads(brief: Brief, update: Update | None = None) -> list[str]:
    """The title (as it held at `update`), then its part before a colon, a dash or a sentence's
    end (the news of most titles: "A passenger was left on the quay. We got this wrong." → its
    first sentence)."""
    title = _typography(brief.title_at(update), brief.lang)
    head = title
    for cut in re.finditer(r"\s*:\s|\s*[—–]\s|(?<=[.!?])\s+", title):
        before, after = title[:cut.start()], title[cut.end():]
        if cut.group(0).strip() in ("—", "–") and route_dash(before, after):
            continue  # "Vannes – Île-aux-Moines": a route between two places is one phrase
        if before.endswith(("a.m.", "p.m.")):
            continue  # "the 7:15 a.m. crossing"
        head = before
        break
    head = head.rstrip("\u00a0\u202f .")
    return [title, head] if 15 <= len(head) < len(title) else [title]


_MONTH_WORDS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|"
                r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")
_WEEKDAY_WORDS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|"
                  r"samedi|dimanche)")
# What a subject line can lose and keep its news: a parenthesis ("(3 lots)"), the day (the
# message is dated), « le 28 novembre », "on 28 November".
_SUBJECT_SPARES = (re.compile(r"[\s\u00a0\u202f]*\([^()]{1,30}\)"),
                   re.compile(rf"\s+(?:on|le|du) (?:{_WEEKDAY_WORDS} )?\d{{1,2}}(?:er)? {_MONTH_WORDS}\b(?: \d{{4}})?",
                              re.IGNORECASE))


def _subject_heads(brief: Brief, update: Update | None = None) -> list[str]:
    """The title's forms for a subject line: whole, then without what it can spare (each alone,
    then both), then its news (`_title_heads`): « Rappel de raclette tranchée Bellecombe :
    présence de Listeria monocytogenes » before « Rappel de raclette tranchée Bellecombe (3 lots) »."""
    title, *rest = _title_heads(brief, update)
    slimmer = [spare.sub("", title) for spare in _SUBJECT_SPARES]
    both = _SUBJECT_SPARES[1].sub("", slimmer[0])
    # "Payroll platform unavailable on 26 November; some November salaries paid late": its first
    # clause says the news whole, never "…; some November…".
    clause = re.split(r"[\s\u00a0\u202f]*;\s+", title, maxsplit=1)[0]
    # "Data breach: update 10 Dec, 11:00" rather than "Data breach: contact details of 148,312
    # ticket buyers were…: update 11:00": a short head before the colon names the thread whole.
    short = re.split(r"[\s\u00a0\u202f]*:\s", title, maxsplit=1)[0]
    short = [short] if not rest and short != title and 10 <= len(short) < 15 else []
    # "Students' booking records, passport numbers included, exposed through our portal": without
    # the aside, never cut before its verb ("Students' booking records, passport numbers included").
    aside = _without_aside(title)
    slimmer += [aside] if aside != title else []
    # ("…402 appointments postponed in the North, resuming February 9" without its day leaves
    # "…, resuming" hanging: the clause goes whole.)
    slimmer = [re.sub(r",[\s\u00a0\u202f]+[a-zà-ÿ'’-]+$", "", form) for form in slimmer]
    both = re.sub(r",[\s\u00a0\u202f]+[a-zà-ÿ'’-]+$", "", both)
    heads = list(dict.fromkeys([title, *(form for form in (*slimmer, both) if form != title), *rest,
                                *([clause] if clause != title and len(clause) >= 20 else []), *short]))
    after = re.split(r"[\s\u00a0\u202f]*:\s", title, maxsplit=1)[1:]
    # (An update sent while it was still down has its title as it then stood, `Brief.title_at`:
    # never "…restored".)
    if rest and ALL_CLEAR_IN_TITLE.search(rest[0]) and after and _TO_DO_AFTER.search(after[0]):
        # "Prescription refill app restored: 1,240 lost orders must be placed again": a subject that
        # keeps only "…restored" tells the people who must act that nothing is left to do.
        news = after[0][:1].upper() + after[0][1:]
        heads.insert(heads.index(rest[0]), news)
    return heads


# A news after a title's colon that leaves people something to do, or a count (beside a head that
# says it is over, `ALL_CLEAR_IN_TITLE`).
_TO_DO_AFTER = re.compile(r"\d|\b(?:must|need to|to be|again|à (?:passer|refaire|renouveler)|de nouveau|doivent|"
                          r"à faire)\b", re.IGNORECASE)


def _without_aside(title: str) -> str:
    """"Students' booking records, passport numbers included, exposed through our portal" without
    its aside: "Students' booking records exposed through our portal"."""
    return re.sub(r",[\s\u00a0\u202f]+[^,;:]{3,60}\b(?:included|including|among them|compris|inclus|notamment)\b[^,;:]{0,30},"
                  r"[\s\u00a0\u202f]+", " ", title, count=1)


def _short_title(brief: Brief, room: int, update: Update | None = None) -> str:
    """The title in `room` characters: whole, else its news (`_title_heads`), else cut at a
    word with an ellipsis."""
    heads = _title_heads(brief, update)
    fitting = next((head for head in heads if len(head) <= room), None)
    if fitting is not None:
        return fitting
    phrase = _before_a_phrase(heads[0], room)
    if phrase:
        return phrase
    words_kept = heads[0][: room - 1].rsplit(" ", 1)[0].rstrip(",;:–—-\u00a0\u202f ").split(" ")
    # Never a figure cut in its thousands (« …cartes d'identité de 6… » of « 6 190 »): the cut goes before it.
    following = heads[0].split(" ")[len(words_kept):]
    if following and re.fullmatch(r"\d{3}\W*", following[0]) and re.fullmatch(r"\d{1,3}", words_kept[-1]):
        words_kept.pop()
    # Never "…after smoke in…" nor « … après de la fumée en… »: the cut ends on a word that says something.
    while len(words_kept) > 3 and words_kept[-1].casefold().rstrip(",") in _FUNCTION_WORDS:
        words_kept.pop()
    # Nor a name cut in half ("…de rechange Petit…" of "Petit Mousse"): the cut goes before it.
    rest = heads[0].split(" ")[len(words_kept):]
    if rest and words_kept and words_kept[-1][:1].isupper() and rest[0][:1].isupper():
        while len(words_kept) > 3 and words_kept[-1][:1].isupper():
            words_kept.pop()
        while len(words_kept) > 3 and words_kept[-1].casefold().rstrip(",") in _FUNCTION_WORDS:
            words_kept.pop()
    listed = _before_a_cut_list(heads[0], words_kept)
    if listed:
        return listed
    return " ".join(words_kept).rstrip(",;:\u00a0\u202f ") + "…"


# A finite verb of being, having or must: the clause it is in is not over before it.
_VERB_AHEAD = {"en": re.compile(r"\b(?:is|are|was|were|has|have|had|must|will|can|could|should)\b", re.IGNORECASE),
               "fr": re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|doit|doivent|peut|peuvent|sera|"
                                r"seront|devront|pourront)\b", re.IGNORECASE)}


# Words that open a phrase a title can lose and still say its news: "…interrupted | for nearly
# 5 hours", « Collecte perturbée dans le secteur nord | après l'incendie ».
# (And a participle or a relative that qualifies the noun before it: "…to an email inbox | holding
# members' files", « …à une boîte courriel | contenant des dossiers ».)
_PHRASE_OPENERS = frozenset("""after before during since via through for with without following due because over from
    until amid après avant pendant depuis via pour avec sans suite lors faute malgré jusqu chez durant
    holding containing affecting involving contenant touchant concernant visant""".split())


def _before_a_phrase(title: str, room: int) -> str:
    """The longest start of `title` that fits in `room` and ends where a phrase begins (before
    "after", « pendant », a comma): whole words that read as a finished title, no ellipsis.
    Empty when none is long enough to carry the news (three words, 20 characters)."""
    words = title.split(" ")
    for end in range(len(words) - 1, 2, -1):
        head = " ".join(words[:end]).rstrip(",;:\u00a0\u202f ")
        # (A comma inside a list of codes, "batches 24K118, 24K119", is no phrase's end.)
        comma = words[end - 1].endswith(",") and not re.search(r"\d", words[end - 1] + words[end])
        opens = words[end].casefold().split("'")[0].split("’")[0] in _PHRASE_OPENERS or comma
        # Where ("…accessed | in our mortgage system") and a date (« …plusieurs heures | le lundi
        # 30 novembre ») may go too; never a head that ends on a small word ("Panne sur").
        later = " ".join(words[end:end + 2]).casefold()
        # (and a cause: « …annulées | en raison d'un violent coup de vent », "…cancelled | because of…")
        # (and who did it, after a participle: « …téléchargées | par un intrus », "…downloaded | by an intruder")
        opens = opens or re.match(r"(?:en raison|à cause|because of|owing to|à la suite|faute de)\b|"
                                  r"(?:par|by) (?:un|une|des|le|la|les|l['’]|an?|the|our|nos|notre)\b|"
                                  r"(?:in|at|on|dans|sur|en) (?:our|the|its|a|an|notre|nos|son|sa|ses|le|la|les|l['’])|"
                                  r"le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)", later) is not None
        last = words[end - 1].casefold().strip(",;:")
        if words[end].casefold() in ("sans", "without") and last in ("toujours", "still", "encore", "restent", "reste",
                                                                      "remain", "remains", "left", "are", "is", "sont", "est"):
            continue  # "310 homes still | without heating": the news is what they are without
        if opens and len(head) <= room and len(head) >= 20 and last not in _FUNCTION_WORDS:
            return head
    return ""


def _before_a_cut_list(title: str, words_kept: list[str]) -> str:
    """A cut inside a list of codes hides some of them ("batches 24K118, 24K119…" of three
    recalled): the title then stops at the comma before the list, with no ellipsis, and the
    message gives the whole list. Empty when the cut is not inside such a list."""
    dropped = title.split(" ")[len(words_kept):]
    inside = dropped and (re.search(r"\d", dropped[0]) or (
        re.search(r"\d", words_kept[-1]) and re.search(r"\d", " ".join(dropped[:3]))))
    if not inside:
        return ""
    kept = " ".join(words_kept)
    start = re.search(r"\S*\d[^,]*(?:,\s*\S*\d\S*)*$", kept)
    head = kept[: start.start() if start else len(kept)]
    clause = head.rsplit(",", 1)[0] if "," in head else ""
    return clause.rstrip(",;:\u00a0\u202f ") if len(clause.split(" ")) >= 3 else ""


_FUNCTION_WORDS = frozenset("""a an the of in on at to by for from with and or but after before into over as its our
    their le la les l de du des d un une en à au aux et ou par pour sur dans avec après avant sans chez vers son sa ses
    notre nos leur leurs ce cette ces qui que since until during depuis pendant jusqu durant dès""".split())


def _subject_endings(brief: Brief, update: Update, correction: Correction | None = None,
                     first_named: bool = True) -> tuple[str, str, str]:
    """How an update's e-mail subject names it after the title: the day and time in words,
    the day in figures, the time alone (one ending for all three when a single one fits: a
    correction, the final update, an update on the day the title names)."""
    lang = brief.lang
    zone = brief.settings.timezone
    local = update.at.astimezone(zone)
    forms = SUBJECT_FORMS.get(lang, SUBJECT_FORMS["en"])
    # (French readers take Paris time for granted: any other zone is named, "point de 9 h 30 GMT";
    # the message itself gives the zone in every language.)
    clock = time_words(update.at, zone, lang, with_zone=lang == "fr" and not paris_time(update.at, zone))
    # The first message of a thread is no "update" ("first statement, 25 November at 10:00 GMT").
    first = "first_" if first_named and update is brief.statement.first_update and len(brief.statement.updates) > 1 \
        else ""
    if correction is not None:
        suffix = forms["correction"]
    else:
        suffix = forms["first" if first else "update"].format(day=day_words(local.date(), lang, zone=brief.settings.timezone),
                                                              time=clock)
    suffix = _typography(suffix, lang)
    # Shorter, but still its own: every update of a thread keeps a subject of its own, so a
    # reader never sees three messages called "…: update".
    # ("update Dec 4, 6 p.m." in the Americas, as the page writes the month first)
    compact = forms[first + "compact"].format(d=local.day, m=local.month, b=local.strftime('%b'), time=clock)
    if lang == "en" and twelve_hour(zone):
        compact = compact.replace(f"{local.day} {local.strftime('%b')}", f"{local.strftime('%b')} {local.day}")
    short = suffix if correction is not None else _typography(compact, lang)
    # The time alone when the day does not fit ("…at Cherbourg: update 11:30"), unless another
    # update of the thread has the same time on another day: two subjects never read alike.
    same_clock = sum(1 for u in brief.statement.updates
                     if time_words(u.at, zone, lang, with_zone=False) == time_words(update.at, zone, lang,
                                                                                   with_zone=False)) > 1
    shortest = suffix if correction is not None or same_clock else \
        _typography(forms[first + "shortest"].format(time=clock), lang)
    if correction is None and update is brief.statement.last_update and brief.statement.resolved:
        # The message that closes it says so: "all fixed" must not look like one more update.
        suffix = short = shortest = _typography(forms["final"], lang)
    if correction is None and day_words(local.date(), lang, zone=brief.settings.timezone) in brief.title_at(update):
        # « Incendie au salon le 28 novembre : point de 14 h 45 », never the day twice.
        suffix = short = shortest
    return suffix, short, shortest


def _joined(head: str, ending: str) -> str:
    # A title with its own colon takes the update in brackets: never "…: three halls evacuated: update".
    if re.search(r"[\s\u00a0\u202f]?:\s", head):
        return f"{head.rstrip('.')} ({ending.lstrip(' :' + chr(160) + chr(0x202f))})"
    return head.rstrip(".") + ending


def _subject(brief: Brief, update: Update | None, limit: int, correction: Correction | None = None) -> str:
    """The same subject form for every message of a statement, so a reader sees the thread:
    the title (the news in words), then "update of …" or "correction". Whole words first: the
    title's news with a shorter "update" rather than a title cut off."""
    if update is None:
        # (Never the head before the colon alone, « Rançongiciel », for the first message: it names
        # a thread, not the news; the title up to where a phrase begins, else cut at a word.)
        heads = _subject_heads(brief)
        title = heads[0]
        # (A head before the colon that says the news, « Rappel de trois lots d'acétaminophène pour
        # enfants Voyageur Santé », goes; one that names only the thread, "Shingles vaccination", does not.)
        whole = [head for head in heads if head == title or len(head) >= 40 or not (
            title.startswith(head) and re.match(r"[\s\u00a0\u202f]*[:—–]", title[len(head):]))]
        # (Else the news after the colon alone, « Des données de nos personnels… ont été copiées », before
        # a title cut before its verb.)
        after = re.split(r"[\s\u00a0\u202f]*:\s", title, maxsplit=1)[1:]
        news = [after[0][:1].upper() + after[0][1:]] if after and 30 <= len(after[0]) <= limit else []
        return next((head for head in whole if len(head) <= limit), None) or _before_a_phrase(title, limit) \
            or next((head for head in heads if len(head) <= limit and len(head) >= 20), None) \
            or (news[0] if news else "") or _short_title(brief, limit)
    _, compact, shortest = _subject_endings(brief, update, correction)
    # (The first message named so when its title leaves room, else "update" like the rest.)
    plain = _subject_endings(brief, update, correction, first_named=False)[1:]
    heads = _subject_heads(brief, update)
    # One form for the whole thread, the day said in figures ("update 25 Nov, 18:00", « point du
    # 25/11 à 18 h »), else the time alone; whole words of the title first, then the title up to
    # where a phrase begins ("…de 3 412 clients consultées | dans nos…"), before any form that
    # cuts it with an ellipsis.
    # Last, the time without its zone (« point de 10 h 30 », the message gives the zone) rather
    # than a title cut with "…".
    def bare(ending: str) -> str:
        return re.sub(r"[\s\u00a0\u202f]*\((?:heure|hora|Ortszeit)[^)]*\)|[\s\u00a0\u202f]+(?:GMT|BST|UTC)\b", "", ending)

    # (The first message keeps its name before the day: "first statement 10:40", never an "update"
    # whose body says "First statement".)
    endings = tuple(dict.fromkeys((compact, shortest, plain[0], plain[1], bare(shortest), bare(plain[1]))))
    # (A title without its aside, cut where a phrase begins, keeps the day: "Students' booking records
    # exposed: update 18 Dec, 18:00", never the time alone.)
    spared = [_without_aside(heads[0])] if _without_aside(heads[0]) != heads[0] else []
    for ending in endings:
        fitting = next((_joined(head, ending) for head in heads if len(_joined(head, ending)) <= limit), None)
        if fitting:
            return fitting
        phrase = next((cut for head in spared if ending == compact for cut in [_before_a_phrase(head, limit - len(ending) - 3)]
                       if cut), "")
        if phrase and len(_joined(phrase, ending)) <= limit:
            return _joined(phrase, ending)
    for ending in endings:
        # (« Belval : 310 logements toujours sans chauffage (point du 8/2…) », never two colons.)
        phrase = _before_a_phrase(heads[0], limit - len(ending) - 3)
        if phrase and len(_joined(phrase, ending)) <= limit:
            return _joined(phrase, ending)
    if correction is None and update is brief.statement.last_update and brief.statement.resolved \
            and len(heads[0]) <= limit:
        # The last message's title says it is over ("Trams T1 and T2 running again between
        # Grand-Place and Gare de Mons"): whole, rather than cut for ": final update".
        return heads[0]
    return _short_title(brief, limit - len(shortest), update) + shortest


# The head of the organisation, and the statement speaking of them in the third person.
_HEAD = (r"(?:CEO|chief executive|chair(?:man|woman)?|managing director|founder|PDG|président\w*|directeur général|"
         r"directrice générale|fondat\w+|Geschäftsführer\w*|Vorstand\w*)")
_LEADER = re.compile(rf"\b{_HEAD}", re.IGNORECASE)
# ("Write to our chief executive at…" is an address: the chief executive may sign it, "write to me".)
_OUR_LEADER = re.compile(rf"(?<!\bto )(?<!\bà )(?<!\ban )\b(?:our|notre|unser\w*) {_HEAD}\b", re.IGNORECASE)
_COMMS = re.compile(r"\b(?:communications?|comms|press|relations|presse|Kommunikation|Pressesprecher\w*)\b", re.IGNORECASE)


def leader_told_of(brief: Brief) -> bool:
    """Whether the spokesperson heads the organisation and the statement speaks of what "our
    chief executive" did: they cannot sign a text that tells of them in the third person."""
    person = brief.statement.spokesperson
    told = f"{brief.statement.summary} {' '.join(u.text for u in brief.statement.updates)}"
    return person is not None and _LEADER.search(person.role) is not None and _OUR_LEADER.search(told) is not None


def comms_member(brief: Brief) -> TeamMember | None:
    """The crisis team's head of communications, if it has one."""
    return next((m for m in brief.settings.crisis_team if _COMMS.search(m.role_in(brief.lang))), None)


def signatory(brief: Brief) -> tuple[str, str]:
    """Who signs: the spokesperson (a person with a role, then the organisation on its own
    line), else the organisation."""
    person = brief.statement.spokesperson
    org = brief.settings.organisation_in(brief.lang)
    if leader_told_of(brief):
        # "Our CEO replied with a contemptuous sentence" signed by that CEO reads as someone else
        # writing in their name: the head of communications signs, else the organisation.
        comms = comms_member(brief)
        if comms is None:
            return org, ""
        return comms.name, f"{comms.role_in(brief.lang)}\n{org}"
    if person is not None and person.name.strip():
        # "Chair of Eaux du Val d'Orvanne" already names it: the organisation is not said twice.
        return person.name, person.role if org.casefold() in person.role.casefold() else f"{person.role}\n{org}"
    return org, ""


def email_copy_parts(brief: Brief, update: Update | None, limit: int,
                     correction: Correction | None = None) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of the e-mail of an announcement, an update or a correction."""
    from generator.core.templates import html_environment

    lang, w = brief.lang, words(brief.lang)
    subject = _subject(brief, update, limit, correction)
    url = _url(brief)
    advice: list[str] = []
    if update is None:
        news = plain_items(brief.summary, brief.lang)
        if brief.news and brief.news not in " ".join(news) and brief.news != end_sentence(brief.statement.title):
            news.insert(0, brief.news)  # (the closing update's news, once the summary's has passed)
        told = len(news)  # (the apology goes after the summary's news, before the lots and the rest)
        if brief.lot_lines:  # a recall e-mail lists what is recalled, not only "check the lot"
            news.append("\n".join(f"- {line}" for line in brief.lot_lines))
        advice = brief.advice_items
        given = given_among_doing(brief, [*news, *advice])
        news += [given] if given else []
        sorry = brief.own_apology or (brief.apology_text if brief.apology_by else None)
        if sorry and not any(sorry in p for p in news):
            # A letter about people hurt or harmed that never apologises reads as indifference; the
            # leader's quoted words go in their own voice when the leader signs it.
            signer = brief.statement.spokesperson
            if brief.apology_by and signer is not None and signatory(brief)[0] == signer.name:
                sorry = _unquoted_words(brief.quoted_apology or "")
            news.insert(told, sorry)
        header = ""
    elif correction is not None:
        news = [" ".join(brief.correction_sentences(update, correction))]
        header = brief.correction_heading(update)
    else:
        news = brief.sent_paragraphs(update)
        if update is brief.statement.last_update and brief.promise.late_by is not None:
            # "Next update here by 18:00 today", sent after 18:00: the promise leaves, as in the posts.
            news = [p for p in (" ".join(s.text for s in roles.sentences(without_page_promise(p), brief.lang)
                                         if not s.has("next-update")) for p in news) if p]
        protective = brief.kind in ("safety", "recall")
        says_to_do = any(s.has("advice") or s.has("never-ask") for p in news for s in roles.sentences(p, brief.lang))
        # One long paragraph reads as a wall on a phone: two or three sentences a paragraph.
        news = [q for p in news for q in _short_paragraphs(p, brief.lang)]
        # (Never beside "the mayor lifted the stay-indoors order": the update says it is over.)
        over = any(s.has("outcome") for p in news for s in roles.sentences(p, brief.lang)) \
            and not _STILL_IN_FORCE.search(update.text)
        if protective and not says_to_do and not over:
            # A recall update that says only what shops did: what people must still do goes
            # too, as in the posts ("Recalled lots: L2631A, L2631B. Do not eat this cheese…"),
            # right after the news.
            reminder = _advice_in_force(brief, update)
            if reminder:
                news.insert(1, reminder)
        elif brief.kind == "recall" and brief.lot_codes and not any(code in " ".join(news) for code in brief.lot_codes):
            news += [lots_at(brief, update)] if lots_at(brief, update) else []  # "…do not eat it": which lots
        if update is brief.statement.last_update and not brief.mentions_next_update(update.text):
            news.append(brief.promise_line())
        header = update_header(brief, update)
    name, role = signatory(brief)
    if role:
        # Signed by the chief executive, "write to our chief executive" is "write to me".
        first_role = role.split("\n")[0].strip()
        # (English only: « écrivez à notre directrice » would need « écrivez-moi ».)
        mine = re.compile(rf"\bour {re.escape(first_role)}\b", re.IGNORECASE)
        if lang == "en":
            news = [mine.sub("me", p) for p in news]
            advice = [mine.sub("me", item) for item in advice]
    link = w["link"].format(url=url)
    if brief.no_links:
        # After a breach, e-mails with links are what fraudsters send ("It contains no link; a
        # message that does is not from us"): the site's name, to type by hand, as in the SMS;
        # and so every address in the text ("bellefleur.example/pay", never a link to click).
        link, url = w["details"].format(host=brief.settings.typed_address(lang)), ""
        news = [_typed(p) for p in news]
        advice = [_typed(item) for item in advice]
    if lang == "de" and not header and news and w["greeting"].endswith(","):
        news[0] = _after_german_greeting(news[0])
    # (The text and the HTML part say the same: the lots listed, "the list of recalled lots".)
    listed = bool(brief.lot_lines) and any(brief.lot_lines[0] in p or brief.lots_sentence() in p for p in news)
    news, advice = table_listed(news, brief, listed), table_listed(advice, brief, listed)
    blocks = [w["greeting"], header, *news]
    if advice:
        blocks.append(w["advice"] + "\n" + "\n".join(f"- {item}" for item in advice))
    if update is None and brief.promise_line():
        blocks.append(brief.promise_line())
    blocks = [*table_listed(blocks, brief), link, "\n".join(filter(None, [name, role]))]
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
            url=url, link_label=_typography(link.removesuffix(url).strip() if url else link, lang),
            name=name, role=role,
        )
    )
    return subject, text, html


_HEALTH_ACTION = re.compile(r",\s+((?:see|consult|call|contact|go to|consultez|appelez|contactez|rendez-vous|rufen Sie)\b"
                            r"[^.;]*?\d[\d\u00a0\u202f .-]{6,}\d[^.;]*)", re.IGNORECASE)


def _if_worried(sentence: str, lang: str) -> list[str]:
    """"If your child … is vomiting, very thirsty, …, see a doctor or call the Poison Centre on
    070 245 245" too long for a text: "If you are worried, see a doctor or call…" (what to do, with
    the number), never the number without what it is for."""
    found = _HEALTH_ACTION.search(sentence)
    if not found or not (_SEE_A_DOCTOR.search(found.group(1)) or _EMERGENCY.search(found.group(1))):
        return []
    action = found.group(1).rstrip(" ,")
    bare = re.sub(r",[^,\d]+$", "", action)  # (without ", day or night", « jour et nuit », when room is short)
    return [end_sentence(words(lang)["if_worried"].format(action=a)) for a in dict.fromkeys([action, bare])]


def _typed(text: str) -> str:
    """`text` with its web addresses written to be typed ("bellefleur.example/pay"), not clicked."""
    return re.sub(r"\bhttps?://(?:www\.)?", "", text)


def sms_units(text: str) -> int:
    return counting.sms_units(text)
