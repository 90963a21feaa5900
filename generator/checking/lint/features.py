"""Stage 2, checks: one sentence read the way the craft rules read it. In: the sentence's
plain text (what is published) and its language. Out: tokens with their lemma and scope, and
the features the statistical scorer weighs, each tied to the words it comes from so a
finding can quote them.

Training (scripts/train_linter.py) and `onevoice check` call the same functions here, so the
model sees at run time exactly what it saw when it was trained.

Scope is what separates "we guarantee" from "we cannot guarantee" and "they say it is a
hoax" from "it is a hoax": a word after a negation in its clause, or inside someone else's
quoted or reported words, gives a feature of its own kind."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.checking.lint.placeholders import slots

# Feature kinds: w word (lemma), n word under negation, q word in reported speech,
# b lemma bigram, c cue class (nc under negation, qc reported), x shape of a word or of the
# sentence, g letters inside a word (3 to 5 in a row: they carry endings and word families
# the lemma table does not know).


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the sentence
    end: int
    surface: str  # lower case, apostrophes unified
    lemma: str
    kind: str  # "word", "num", "pct", "punct"
    scope: str = ""  # "", "n" (negated), "q" (reported)


# Elided French words and English contractions, split as their own tokens.
_FR_ELISION = re.compile(r"^(l|d|j|m|t|s|c|n|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\w)")
_EN_CONTRACTIONS = {"n't": "not", "'re": "be", "'m": "be", "'ll": "will", "'ve": "have", "'d": "would",
                    "'s": "'s"}
_EN_IRREGULAR = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not"),
                 "cannot": ("can", "not")}
_FR_ELIDED_LEMMA = {"l": "le", "d": "de", "j": "je", "m": "me", "t": "te", "s": "se", "c": "ce", "n": "ne",
                    "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
                    "quoiqu": "quoique", "presqu": "presque"}

_TOKEN = re.compile(
    r"(?P<pct>\d+(?:[.,]\d+)?\s?%)"
    r"|(?P<num>\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['-][^\W\d_]+)*'?)"
    r"|(?P<punct>[!?;:,.()«»\"“”…—–-])"
)
_UNIFY = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def _split_word(surface: str, lang: str) -> list[tuple[int, int, str]]:
    """A word's parts: (start, end, text) relative to the word. "l'incident" → "l'", "incident";
    "don't" → "do", "n't"."""
    if lang == "fr":
        elided = _FR_ELISION.match(surface)
        if elided:
            cut = elided.end()
            return [(0, cut, surface[:cut]), *[(cut + s, cut + e, t) for s, e, t in _split_word(surface[cut:], lang)]]
        return [(0, len(surface), surface)]
    if surface in _EN_IRREGULAR:
        return [(0, len(surface), surface)]
    for ending in ("n't", "'re", "'m", "'ll", "'ve", "'d", "'s"):
        if surface.endswith(ending) and len(surface) > len(ending):
            cut = len(surface) - len(ending)
            return [(0, cut, surface[:cut]), (cut, len(surface), surface[cut:])]
    return [(0, len(surface), surface)]


Lemmatizer = Callable[[str], str]


def tokenize(text: str, lang: str, lemma: Lemmatizer) -> list[Token]:
    """The sentence's tokens, in order, with lemmas (scope not yet marked)."""
    unified = text.translate(_UNIFY).lower()
    tokens: list[Token] = []
    for match in _TOKEN.finditer(unified):
        kind = match.lastgroup or "punct"
        start, end = match.span()
        surface = match.group(0)
        if kind == "word":
            surface = surface.rstrip("'")
            for part_start, part_end, part in _split_word(surface, lang):
                tokens.extend(_word_tokens(start + part_start, start + part_end, part, lang, lemma))
        elif kind in ("num", "pct"):
            tokens.append(Token(start, end, surface, "<pct>" if kind == "pct" else "<num>", kind))
        else:
            tokens.append(Token(start, end, surface, surface.replace("“", '"').replace("”", '"'), "punct"))
    return tokens


# French possessives keep their person: the lemmatiser reads « notre », « leur » and « son » all
# as "son", and « notre prestataire » (owning the fault) would read as « leur prestataire ».
_FR_POSSESSIVE = {"notre": "notre", "nos": "notre", "votre": "votre", "vos": "votre", "leur": "leur",
                  "leurs": "leur", "mon": "mon", "ma": "mon", "mes": "mon", "ton": "ton", "ta": "ton", "tes": "ton",
                  "son": "son", "sa": "son", "ses": "son"}


def _word_tokens(start: int, end: int, part: str, lang: str, lemma: Lemmatizer) -> list[Token]:
    if lang == "fr" and part.endswith("'"):
        return [Token(start, end, part, _FR_ELIDED_LEMMA.get(part[:-1], part[:-1]), "word")]
    if lang == "fr" and part in _FR_POSSESSIVE:
        return [Token(start, end, part, _FR_POSSESSIVE[part], "word")]
    if lang == "en":
        if part in _EN_IRREGULAR:
            first, second = _EN_IRREGULAR[part]
            cut = end - 3  # "n't", and "not" of "cannot"
            return [Token(start, cut, part, first, "word"), Token(cut, end, part, second, "word")]
        if part in _EN_CONTRACTIONS:
            return [Token(start, end, part, _EN_CONTRACTIONS[part], "word")]
    return [Token(start, end, part, lemma(part), "word")]


# --- scope -----------------------------------------------------------------------------------

NEGATORS = {
    "en": frozenset({"not", "no", "never", "nobody", "nothing", "neither", "nor", "without", "none", "hardly"}),
    "fr": frozenset({"ne", "pas", "jamais", "aucun", "sans", "ni", "rien", "personne", "nul"}),
}
# A negation, or a report, reaches to the end of its clause.
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "-", "…"})
_CLAUSE_WORDS = {"en": frozenset({"but", "although", "though", "while", "whereas", "so", "because", "and"}),
                 "fr": frozenset({"mais", "alors", "bien", "tandis", "car", "donc", "et", "or"})}
# "and we", « et nous »: a coordinator before our own subject opens a new main clause, so
# what follows is no longer the reported question ("we know how hard this is and we apologise").
_COORDINATORS = {"en": frozenset({"and", "but"}), "fr": frozenset({"et", "mais"})}
_OWN_SUBJECTS = {"en": frozenset({"we", "i"}), "fr": frozenset({"nous", "je", "j'"})}
# Verbs and phrases after which the clause is someone else's words or an open question:
# "customers ask whether", "some claim that", "vous nous demandez si", "certains affirment que".
REPORTERS = {
    "en": frozenset({"ask", "wonder", "claim", "allege", "suggest", "say", "report", "rumour", "rumor", "speculate",
                     "question", "accuse", "describe", "call", "write", "tweet", "post", "fear", "worry"}),
    "fr": frozenset({"demander", "interroger", "affirmer", "prétendre", "alléguer", "dire", "rapporter",
                     "évoquer", "accuser", "qualifier", "écrire", "craindre", "inquiéter", "suggérer",
                     "avancer", "spéculer"}),
}
_REPORT_LINKS = {"en": frozenset({"whether", "if", "that"}), "fr": frozenset({"si", "que", "qu'"})}
# Verbs of finding out, after which a question word opens the question being looked into:
# "we are analysing who may have downloaded it", « nous vérifions si des données ont pu être copiées ».
INQUIRERS = {
    "en": frozenset({"investigate", "analyse", "analyze", "check", "establish", "determine", "examine", "review",
                     "assess", "understand", "know", "confirm", "verify", "find", "look", "work"}),
    "fr": frozenset({"enquêter", "analyser", "vérifier", "établir", "déterminer", "examiner", "évaluer",
                     "comprendre", "savoir", "confirmer", "chercher", "rechercher", "identifier"}),
}
_INQUIRY_LINKS = {"en": frozenset({"whether", "if", "who", "how", "why", "what", "when", "where", "which"}),
                  "fr": frozenset({"si", "qui", "comment", "pourquoi", "quand", "où", "quel", "quelle", "quels",
                                   "quelles", "lequel", "combien"})}
_QUOTES_OPEN = {'"': '"', "«": "»", "“": '"'}


def mark_scope(tokens: list[Token], lang: str) -> list[Token]:
    """Each word token with its scope: "n" after a negator in its clause, "q" inside a
    quotation introduced by other words or after a reporting verb and its link word ("ask
    whether", "demandent si") up to the end of the clause."""
    negators = NEGATORS.get(lang, frozenset())
    reporters = REPORTERS.get(lang, frozenset())
    inquirers = INQUIRERS.get(lang, frozenset())
    report_links = _REPORT_LINKS.get(lang, frozenset())
    inquiry_links = _INQUIRY_LINKS.get(lang, frozenset())
    links = report_links
    clause_words = _CLAUSE_WORDS.get(lang, frozenset())
    marked: list[Token] = []
    negated = reported = False
    quote_close: str | None = None
    words_before = 0
    pending_report = False
    coordinators, own_subjects = _COORDINATORS.get(lang, frozenset()), _OWN_SUBJECTS.get(lang, frozenset())
    previous = ""
    for token in tokens:
        lemma = token.lemma
        if reported and quote_close is None and previous in coordinators and lemma in own_subjects:
            reported = False
        previous = lemma if token.kind == "word" else ""
        if token.kind == "punct":
            if quote_close is not None and lemma == quote_close:
                quote_close = None
            elif quote_close is None and lemma in _QUOTES_OPEN and words_before:
                quote_close = _QUOTES_OPEN[lemma]
            if lemma in _CLAUSE_END:
                negated = reported = pending_report = False
            marked.append(token)
            continue
        if token.kind == "word" and lemma in clause_words:
            negated = False
        scope = "q" if (reported or quote_close is not None) else ("n" if negated else "")
        marked.append(Token(token.start, token.end, token.surface, lemma, token.kind, scope))
        words_before += 1
        if token.kind != "word":
            continue
        if lemma in negators or token.surface in ("n't", "n'"):
            negated = True
        if lemma in reporters:
            pending_report, links = True, report_links
        elif lemma in inquirers:
            pending_report, links = True, inquiry_links
        elif pending_report and (lemma in links or token.surface in links):
            reported = True
            pending_report = False
    return marked


# --- features --------------------------------------------------------------------------------

_CONTRAST = {"en": frozenset({"but", "yet", "however", ";"}), "fr": frozenset({"mais", "pourtant", "cependant", ";"})}
# What turns an apology into one that owns nothing.
_APOLOGY_DODGES = ("conditional", "inconvenience", "soft-event")
# The cue class of set phrases that hide the cues inside them.
IDIOM = "idiom"


@dataclass(frozen=True, slots=True)
class Cue:
    """A class of words that signal a fault whatever the exact wording: a lemma sequence
    (one or more lemmas) and the class name."""

    lemmas: tuple[str, ...]
    name: str


def _cue_index(cues: Mapping[str, tuple[str, ...]], read: Callable[[str], list[Token]]) -> dict[str, list[Cue]]:
    """First lemma → cues starting with it, longest first. `cues` maps a class name to its
    entries, each written as text and read like a sentence."""
    index: dict[str, list[Cue]] = {}
    for name, entries in cues.items():
        for entry in entries:
            lemmas = tuple(t.lemma for t in read(entry) if t.kind != "punct")
            if lemmas:
                index.setdefault(lemmas[0], []).append(Cue(lemmas, name))
    for found in index.values():
        found.sort(key=lambda cue: -len(cue.lemmas))
    return index


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    spans: tuple[tuple[int, int], ...]  # the words it comes from (sentence offsets)


class Reader:
    """Reads sentences of one language into tokens and features: the lemma table and the
    cue classes of that language."""

    def __init__(self, lang: str, lemmas: Mapping[str, str], cues: Mapping[str, tuple[str, ...]]):
        self.lang = lang
        self._lemmas = lemmas
        self._cues = _cue_index(cues, lambda entry: tokenize(entry, lang, self.lemma))

    @property
    def lemmas(self) -> Mapping[str, str]:
        return self._lemmas

    def lemma(self, word: str) -> str:
        return self._lemmas.get(word, word)

    def tokens(self, text: str) -> list[Token]:
        return mark_scope(tokenize(text, self.lang, self.lemma), self.lang)

    def features(self, text: str) -> list[Feature]:
        """The sentence's features with the words they come from: each word feature once,
        each letter group (`g:`) once per occurrence."""
        tokens, features = self.read(text)
        for token in tokens:
            if token.kind == "word" and token.lemma not in ARTICLES:
                features += [Feature(group, ((token.start, token.end),)) for group in letter_groups(token.surface)]
        return features

    def read(self, text: str) -> tuple[list[Token], list[Feature]]:
        """The sentence's tokens and its word features (all but the letter groups, which the
        scorer weighs word by word)."""
        tokens = self.tokens(text)
        found: dict[str, list[tuple[int, int]]] = {}

        def add(name: str, *spans: tuple[int, int]) -> None:
            found.setdefault(name, []).extend(spans)

        words = [t for t in tokens if t.kind != "punct"]
        for token in words:
            if token.lemma not in ARTICLES:
                add(f"{token.scope or 'w'}:{token.lemma}", (token.start, token.end))
        for first, second in itertools.pairwise(words):
            add(f"b:{first.lemma}_{second.lemma}", (first.start, second.end))
        lemmas = [t.lemma for t in words]
        # "If we had inspected it, the cracks would probably have been found": a past that did
        # not happen. Its conditional and hedges are no report of unconfirmed facts.
        unreal = counterfactual(tokens, self.lang)
        if unreal:
            add("x:counterfactual", unreal)
        # Set phrases whose words are no sign of anything ("up to date" is no "up to" figure):
        # no cue starts inside them.
        blocked: set[int] = set()
        for index, token in enumerate(words):
            for cue in self._cues.get(token.lemma, ()):
                if cue.name == IDIOM and tuple(lemmas[index:index + len(cue.lemmas)]) == cue.lemmas:
                    blocked.update(range(index, index + len(cue.lemmas)))
        for index, token in enumerate(words):
            if index in blocked:
                continue
            for cue in self._cues.get(token.lemma, ()):
                size = len(cue.lemmas)
                if cue.name != IDIOM and tuple(lemmas[index:index + size]) == cue.lemmas:
                    if cue.name == "vague" and (token.surface.lower() in ("issued", "issuing") or (
                            token.lemma in ("could", "can") and index + 1 < len(words)
                            and words[index + 1].lemma in NEGATORS.get(self.lang, ()))):
                        # ("the advisory issued on 8 December" issued it; "you could not drink tap
                        # water" says what people could not do: neither hedges.)
                        continue
                    prefix = {"n": "nc", "q": "qc"}.get(token.scope, "c")
                    if unreal and cue.name in _UNREAL_CUES:
                        prefix = "uc"
                    add(f"{prefix}:{cue.name}", (token.start, words[index + size - 1].end))
        # Blame needs someone to blame: a sentence naming no other party ("the smoke came from
        # the left air-conditioning unit") states a cause, it blames nobody.
        if not any(name.endswith(":third-party") for name in found):
            add("x:no-party")
        # An apology with no "if", "any", "may have" and no soft word for the harm owns it.
        if "c:apology" in found and not any(f"c:{name}" in found for name in _APOLOGY_DODGES):
            add("x:plain-apology", *found["c:apology"])
        # What comes after "but" (« mais », a semicolon) is what the sentence stands on: "we
        # acted within the law, but that was not enough", « le prestataire a livré à temps ; le
        # retard vient de nos tests ».
        turn = next((i for i, t in enumerate(tokens) if t.lemma in _CONTRAST.get(self.lang, ())), None)
        if turn is not None:
            after = tokens[turn + 1:]
            if any(t.lemma in FIRST_PERSON.get(self.lang, ()) for t in after):
                add("x:turn-to-us", (tokens[turn].start, tokens[turn].end))
            if any(t.lemma in NEGATORS.get(self.lang, ()) or t.surface == "n't" for t in after):
                add("x:turn-to-not", (tokens[turn].start, tokens[turn].end))
        # The same signs with another subject than "we" ("staff followed every procedure",
        # "festival-goers who ignored the stewards"): the fault is put on others' words or deeds.
        if not any(t.lemma in FIRST_PERSON.get(self.lang, ()) for t in words):
            for name, spans in list(found.items()):
                if name.startswith("c:"):
                    add(f"y:{name[2:]}", *spans)
        for token in words:
            shape = _shape(token, self.lang)
            if shape:
                if unreal and shape == "conditional":
                    shape = "unreal-conditional"
                add(f"x:{shape}", (token.start, token.end))
        exclamations = [(t.start, t.end) for t in tokens if t.lemma == "!"]
        if exclamations:
            add("x:exclamation", *exclamations)
        if any(t.lemma == "?" for t in tokens):
            add("x:question", *[(t.start, t.end) for t in tokens if t.lemma == "?"])
        if not any(t.lemma in FIRST_PERSON.get(self.lang, ()) for t in words):
            add("x:no-first-person")
        for start, end, certain in slots(text):
            add("x:slot" if certain else "x:maybe-slot", (start, end))
        return tokens, [Feature(name, tuple(spans)) for name, spans in found.items()]


def letter_groups(word: str) -> list[str]:
    """The `g:` features of one word: every run of 3, 4 and 5 letters of `<word>`."""
    padded = f"<{word}>"
    return [f"g:{padded[at:at + size]}" for size in (3, 4, 5) for at in range(len(padded) - size + 1)]


# French conditional of unconfirmed information ("serait dû", "auraient été"): the lemma
# loses the mood, the ending keeps it. Nouns ending the same way are not verbs.
_FR_CONDITIONAL = re.compile(r"^[^\W\d_]{2,}r(?:ait|aient)$")
_FR_NOT_CONDITIONAL = frozenset({"portrait", "attrait", "retrait", "extrait", "trait", "abstrait", "distrait",
                                 "soustrait", "parfait", "contrait"} | {
    # The imperfect of verbs whose stem ends in r (« Notre premier décompte ne couvrait que… » tells
    # a fact): couvrir, ouvrir, offrir, livrer, entrer, montrer, durer…, never their conditional.
    f"{stem}{ending}" for stem in ("couvr", "découvr", "recouvr", "ouvr", "rouvr", "offr", "souffr", "livr", "délivr",
                                   "entr", "rentr", "montr", "démontr", "dur", "demeur", "assur", "figur", "déclar",
                                   "prépar", "répar", "opér", "gér", "ignor", "mesur", "tir", "serr", "sépar", "compar",
                                   "considér", "espér", "démarr", "génér", "explor", "inspir", "respir")
    for ending in ("ait", "aient")})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _shape(token: Token, lang: str) -> str:
    """A feature from the word's form where the lemma loses what matters."""
    if token.kind == "pct":
        found = _NUMBER.search(token.surface)
        value = float(found.group(0).replace(",", ".")) if found else 0.0
        return "pct-all" if value >= 100 else ("pct-small" if value < 5 else "pct")
    if lang == "fr" and token.kind == "word" and _FR_CONDITIONAL.match(token.surface) \
            and token.surface not in _FR_NOT_CONDITIONAL:
        return "conditional"
    return ""


# Cue classes whose meaning a counterfactual changes: a hedge on what would have happened is
# no guess about what did.
_UNREAL_CUES = frozenset({"hedge"})
# The protasis of a counterfactual: "if ... had", "had we ...", « si ... avait / avions / était ».
_EN_HAD = frozenset({"had"})
_EN_HAD_SUBJECTS = frozenset({"we", "i", "it", "they", "the", "our", "this", "that", "he", "she", "you", "someone"})
_FR_PAST = frozenset({"avait", "avais", "avions", "aviez", "avaient", "était", "étais", "étions", "étiez", "étaient"})


def counterfactual(tokens: list[Token], lang: str) -> tuple[int, int] | None:
    """The words opening an unreal past condition in the sentence, or None: English "if ...
    had" or a clause opening on "had we", then "would (could, might) have"; French « si »
    (« s'il ») with an imperfect or pluperfect of avoir or être in the same clause, then a
    conditional. "If you had a booking, we will refund it" is no counterfactual."""
    found = _protasis(tokens, lang)
    if found is None:
        return None
    after = [t.surface for t in tokens if t.kind == "word" and t.start >= found[1]]
    if lang == "en":
        unreal = any(word in ("would", "could", "might", "'d") and "have" in after[at + 1:at + 4]
                     for at, word in enumerate(after))
    else:
        unreal = any(_FR_CONDITIONAL.match(word) and word not in _FR_NOT_CONDITIONAL for word in after)
    return found if unreal else None


def _protasis(tokens: list[Token], lang: str) -> tuple[int, int] | None:
    opened: Token | None = None
    clause_start = True
    for index, token in enumerate(tokens):
        if token.kind == "punct":
            if token.lemma in _CLAUSE_END:
                opened, clause_start = None, True
            continue
        surface = token.surface
        if lang == "en":
            if surface == "if":
                opened = token
            elif surface in _EN_HAD:
                if opened is not None:
                    return opened.start, token.end
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if clause_start and following is not None and following.surface in _EN_HAD_SUBJECTS:
                    return token.start, following.end
        elif lang == "fr":
            if surface == "si" or (surface == "s'" and index + 1 < len(tokens)
                                   and tokens[index + 1].surface in ("il", "ils")):
                opened = token
            elif opened is not None and surface in _FR_PAST:
                return opened.start, token.end
        clause_start = False
    return None


# Articles carry no fault: their weights were artefacts of how the corpus happens to be
# written ("the" in blame, "we" in clean). They still count in bigrams.
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "un", "une", "des", "du", "de"})


FIRST_PERSON = {"en": frozenset({"we", "our", "us", "ours", "ourselves", "i", "my", "me"}),
                "fr": frozenset({"nous", "notre", "nos", "nôtre", "je", "mon", "ma", "mes", "on"})}


def weights(features: list[Feature]) -> dict[str, float]:
    """Feature values as the model weighs them. The word features each count the same, with
    unit length together, so a long sentence does not outweigh a short one; the letter
    groups count once per occurrence, with unit length together (as if each had the value
    1/sqrt(total occurrences)), so they do not drown the words."""
    letters = sum(1 for feature in features if feature.name.startswith("g:"))
    others = len(features) - letters
    letter_value = 1.0 / math.sqrt(letters) if letters else 0.0
    other_value = 1.0 / math.sqrt(others) if others else 0.0
    values: dict[str, float] = {}
    for feature in features:
        if feature.name.startswith("g:"):
            values[feature.name] = values.get(feature.name, 0.0) + letter_value
        else:
            values[feature.name] = other_value
    return values
