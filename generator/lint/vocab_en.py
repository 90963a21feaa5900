"""Stage 2, checks: the English phrase tables of the crisis-communication rules.

Data, not code: each rule's phrases are regular expressions (case ignored) written in
general terms (a kind of wording, never one sentence). `Phrase(..., negatable=False)` marks
a phrase that carries its own negation ("not our fault"). Measure every change with
`benchmarks/lint_precision.py`."""

from __future__ import annotations

from generator.lint.registry import Phrase as P

# Building blocks.
WE = r"(?:we|i)"
ADV = r"(?:\w+ly\s+)?"
DET = r"(?:(?:one\s+of\s+)?(?:the|our|a|an|their|its|this|that|these|those)\s+)"
# Who blame gets shifted to: other organisations, staff singled out, customers.
PARTY = (r"(?:third[- ]part(?:y|ies)|(?:\w+\s+)?(?:supplier|provider|partner|contractor|subcontractor|vendor|"
         r"carrier|courier|bank|processor|agency|manufacturer|distributor|operator|landlord|authority|"
         r"authorities|government|regulator|council|union|host|hosting\s+company|printer|employee|"
         r"staff\s+member|intern|technician|user|customer|client|passenger)s?)")
NAME = r"(?-i:(?!(?:We|I|Our|It|This|That|The|They|There|Nobody|No)\b)[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)"
FAULT = r"(?:error|mistake|failure|fault|negligence|oversight|incompetence|carelessness)s?"
CAUSE = (r"(?:(?:caused|triggered|created)\s+by|due\s+to|because\s+of|owing\s+to|(?:the\s+)?result\s+of|"
         r"attributable\s+to)")
FAULT_OBJECT = (r"(?:delays?|outages?|failures?|errors?|mistakes?|leaks?|breach(?:es)?|incidents?|problems?|"
                r"disruptions?|contamination|accidents?|losses|damage|missing\s+\w+|cancell?ations?|"
                r"takeovers?|wrong\s+\w+)")
AFFECTED = (r"(?:customers|users|clients|accounts|subscribers|people|merchants|shops|stores|orders|payments|"
            r"transactions|cards|passengers|patients|records|members|households|homes|devices|flights|"
            r"trains|parcels|files|residents|students|guests)")
# Words that name a cause or a culprit, for speculation: guessing about them is the fault.
CULPRIT = (r"(?:caused|cause|due\s+to|because|behind|result\s+of|work\s+of|linked\s+to|related\s+to|"
           r"connected\s+to|triggered|started|origin|culprit|sabotage|sabotaged|attack|cyberattack|"
           r"hack(?:ers?|ed)?|deliberate(?:ly)?|intentional(?:ly)?|malicious|leaked|stole|stolen|sold|"
           r"came\s+from|comes?\s+from|stems?\s+from|failed\s+first)")
HEDGE = (r"(?:probably|likely|possibly|presumably|apparently|perhaps|maybe|seemingly|conceivably|"
         r"in\s+all\s+likelihood)")

SENTENCE_PHRASES: dict[str, list[P]] = {
    "overpromise": [
        P(r"\b(?:will|'ll|shall|can|could|would|is\s+going\s+to)\s+never\s+(?:ever\s+)?(?:happen|occur|recur|be\s+repeated)",
          negatable=False),
        P(r"\b(?:will\s+not|won't|shall\s+not|cannot|can't|can\s+not)\s+(?:ever\s+)?(?:happen|occur|recur)\s+again"),
        P(r"\bnever\s+(?:ever\s+)?(?:happens?|occurs?|recurs?)\s+again|\bnever\s+again\b"),
        # "ever … again" only lives under a negation ("nothing like this ever happens again"): that
        # negation is the promise, not a cancellation of it.
        P(r"\bever\s+(?:happens?|occurs?|recurs?)\s+again", negatable=False),
        P(r"\bwill\s+ever\s+(?:\w+\s+){1,4}?again\b", negatable=False),
        P(rf"\b{WE}\s+(?:\w+\s+)?(?:\w+\s+)?(?P<k>guarantee[sd]?)\b(?!\s+(?:nothing|no)\b)"),
        P(r"\b(?:is|are|be|been|being|was|were)\s+(?:\w+ly\s+)?(?P<k>guaranteed)\b"),
        P(r"(?<!\bthe\s)(?<!\bour\s)(?<!\ba\s)(?<!\byour\s)\bguarantees?\s+(?:that|every|all|full|a\s+full|you|zero|100)\b"),
        P(r"\b(?:100\s?%|one\s+hundred\s+per\s*cent)\s+(?:safe|secure|sure|certain|reliable|guaranteed|protected|"
          r"risk[- ]free|fixed|resolved)|\b(?:safe|secure|protected|reliable)\s+(?:at|to)\s+100\s?%"),
        P(r"\b(?:completely|totally|absolutely|perfectly|entirely|fully)\s+(?P<k>safe|secure|unhackable|impenetrable|"
          r"risk[- ]free|immune|infallible|foolproof|invulnerable)\b|\b(?:fully|completely|totally)\s+protected\s+"
          r"against\s+(?:any|all|every)\b"),
        P(r"\b(?:unhackable|impenetrable|infallible|foolproof|bullet-?proof|risk[- ]free)\b"),
        P(r"\bzero\s+risk\b|\bno\s+risk\s+(?:whatsoever|at\s+all)\b|\brisk\s+is\s+(?:zero|nil)\b"),
        P(r"\bonce\s+and\s+for\s+all\b|\bfor\s+good\b(?=\s*(?:[.,;!]|$))|\bforever\b|"
          r"\bpermanently\s+(?:fixed|solved|resolved|eliminated|safe)"),
        P(r"\b(?:and\s+)?(?:it|they|this)\s+always\s+will(?:\s+be)?\b|\bwill\s+always\s+be\s+(?:safe|secure)"),
        P(r"\bcan\s+be\s+(?:completely\s+|absolutely\s+|totally\s+)?(?:certain|sure|confident)\s+that\b"),
    ],
    "blame": [
        P(rf"\b{CAUSE}\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}{FAULT}\s+(?:by|at|of|from|in)\s+{DET}?(?:\w+\s+)?(?:{PARTY}|{NAME})"),
        P(rf"\b{CAUSE}\s+{DET}?(?:\w+\s+){{0,2}}(?:{PARTY}|{NAME})'s?\s+(?:\w+\s+)?{FAULT}"),
        P(rf"\b(?:caused|triggered)\s+by\s+{DET}?(?:\w+\s+)?{PARTY}\b"),
        P(rf"\bfault\s+of\s+{DET}?(?:\w+\s+){{0,2}}(?:{PARTY}|{NAME})"),
        P(r"\b(?:fault|responsibility|blame)\s+(?:for\s+[\w\s]{1,40}?\s+)?(?:lies|rests|lay|rested|is|was)\s+"
          r"(?:solely\s+|entirely\s+|squarely\s+|firmly\s+)?with\s+(?!us\b|me\b|ourselves\b|our\s+own\b)"),
        P(rf"(?:\b{DET}?(?:\w+\s+)?{PARTY}|{NAME})(?:\s+(?:who|that|which)\s+[^,.;]{{1,60}}?)?\s+"
          rf"(?P<k>is|are|was|were)\s+(?:solely\s+|entirely\s+|fully\s+|directly\s+)?(?:to\s+blame|at\s+fault|liable|"
          rf"responsible\s+for\s+(?:the|this|these|those|our|all)\s+(?:\w+\s+)?{FAULT_OBJECT})"),
        P(r"\b(?:not|n't|never)\s+(?:\w+\s+)?our\s+fault\b", negatable=False),
        P(r"\b(?:we|i)\s+(?:are|were|am|'re)\s+not\s+(?:to\s+blame|responsible|at\s+fault|liable)\b", negatable=False),
        P(rf"\b{PARTY}\s+(?:who\s+|that\s+)?(?:failed\s+to|neglected\s+to|did\s+not|didn't|refused\s+to|forgot\s+to)\s+"
          r"(?:follow|respect|comply|apply|update|check|meet|honou?r|observe|install|change)"),
        P(rf"\b{PARTY}\s+(?:who\s+|that\s+)?(?:ignored|disregarded|violated|broke|bypassed)\s+(?:the|our|a|their)\s+"
          r"(?:\w+\s+)?(?:rules?|procedures?|instructions?|standards?|guidelines?|polic(?:y|ies)|protocols?)"),
    ],
    "defensive": [
        P(rf"\b{WE}\s+(?:did|have\s+done|had\s+done)\s+nothing\s+wrong", negatable=False),
        P(rf"\b{WE}\s+{ADV}(?:followed|respected|complied\s+with|observed|met)\s+(?:all|every|each|the)\s+(?:the\s+)?"
          r"(?:\w+\s+)?(?:procedures?|protocols?|rules?|regulations?|standards?|guidelines?|requirements?)"),
        P(r"\b(?:these|the|such|those|all|any|their|his|her|recent)\s+(?:\w+\s+)?(?:claims?|allegations?|accusations?|"
          r"reports?|rumou?rs?|stories|story|articles?)\s+(?:\w+\s+){0,5}?(?:is|are|was|were)\s+(?:\w+ly\s+)?"
          r"(?:false|untrue|baseless|unfounded|groundless|misleading|inaccurate|fake)\b"),
        P(r"\bcontrary\s+to\s+(?:what|(?:the\s+|some\s+|recent\s+|certain\s+|media\s+|press\s+)*(?:reports?|claims?|"
          r"rumou?rs?|allegations?|articles?|posts?))"),
        P(rf"\b{WE}\s+{ADV}(?P<k>deny|reject|refute|dispute|contest)\s+(?:any|all|the|these|those|such|this|that|each)\b"),
        P(r"\b(?:beyond|outside)\s+(?:of\s+)?our\s+control\b"),
        P(rf"\b{WE}\s+(?:have|had)\s+nothing\s+to\s+(?:hide|be\s+ashamed\s+of|apologi[sz]e\s+for)", negatable=False),
        P(rf"\bas\s+{WE}\s+(?:have\s+)?(?:always|repeatedly|already|consistently)\s+(?:said|stated|maintained|"
          r"explained|made\s+clear)"),
        P(r"\b(?:nobody|no\s+one|no-one)\s+could\s+(?:have\s+)?(?:predicted|foreseen|anticipated|prevented|expected)|"
          r"\bcould\s+not\s+have\s+been\s+(?:predicted|foreseen|anticipated|prevented)|\bunforeseeable\b", negatable=False),
        P(r"\b(?:full|complete|total|strict)\s+compliance\s+with\b|\bfully\s+compliant\b"),
        P(r"\b(?:taken|took|quoted|read)\s+(?:\w+\s+){0,3}?out\s+of\s+context\b|\bmisrepresented\b|\bmisquoted\b"),
        P(r"\blet\s+(?:us|me)\s+be\s+(?:very\s+|perfectly\s+)?clear\b"),
        P(r"\bby\s+the\s+book\b"),
        P(r"\bdid\s+(?:exactly\s+)?what\s+(?:they|we|he|she)\s+(?:were|was)\s+(?:supposed|meant|trained|required)\s+to\s+do|"
          r"\b(?:acted|responded|behaved)\s+(?:\w+ly\s+)?(?:appropriately|correctly|properly|responsibly|in\s+good\s+faith)"),
        P(rf"\b{WE}\s+stand\s+by\s+(?:our|the|this|that|what|every)\b"),
    ],
    "minimizing": [
        P(r"\bonly\s+(?:a\s+)?(?:few|handful|small|tiny|minority|limited|fraction|couple|\d[\d.,]*)"),
        P(r"\bjust\s+(?:a\s+)?(?:few|handful|small|tiny|minor|little|brief|short|temporary|slight|couple)\b"),
        P(rf"\b(?:small|tiny|limited|negligible|insignificant|handful)\s+(?:number|fraction|percentage|proportion|"
          rf"minority|portion|share|handful)\s+of\s+(?:our\s+|the\s+)?(?:\w+\s+)?{AFFECTED}"),
        P(r"\b(?:glitch|hiccups?|blips?|hitch|snag)\b"),
        P(r"\b(?:minor|slight|small|little|tiny)\s+(?:inconvenience|issue|problem|incident|disruption|delays?|bug|error|"
          r"outage|setback|slowdowns?)"),
        P(r"\bisolated\s+(?:incident|case|event|issue|problem|error)"),
        P(r"\b(?:no|little)\s+(?:cause|reason|need)\s+(?:for|to)\s+(?:concern|alarm|worry|panic|be\s+(?:concerned|alarmed|"
          r"worried))|\bnothing\s+to\s+worry\s+about\b|\bno\s+big\s+deal\b|\bnot\s+(?:a\s+)?(?:big|huge)\s+deal\b|"
          r"\bnot\s+(?:that|so)\s+(?:serious|bad|important)\b", negatable=False),
        P(r"\b(?:impact|effect|disruption|damage|risk|consequences?)\s+(?:\w+\s+){0,4}?(?:is|was|were|are|has\s+been|"
          r"remains?|will\s+be)\s+(?:\w+ly\s+)?(?:minimal|negligible|limited(?!\s+to)|insignificant|marginal|very\s+small|tiny)\b"),
        P(r"\b(?:minimal|negligible|marginal)\s+(?:impact|effect|disruption|damage|risk)|\blimited\s+(?:impact|effect)\b"),
        P(rf"\b(?:some|a\s+few|certain)\s+(?:\w+\s+)?{AFFECTED}\s+may\s+have\s+(?:experienced|noticed|seen|encountered|had)"),
        P(r"\bmerely\b|\bsimply\s+a\b"),
        P(r"\b(?:overblown|exaggerated|overstated)\b|\bblown\s+out\s+of\s+proportion\b|\bstorm\s+in\s+a\s+teacup\b"),
    ],
    "emotional": [
        P(rf"\b{WE}\s+(?:am|are|was|were|'m|'re|feel|felt)\s+(?:\w+ly\s+|so\s+|very\s+|really\s+|just\s+)?(?:furious|"
          r"outraged|livid|angry|disgusted|appalled|fed\s+up|sick\s+and\s+tired|infuriated|incensed|enraged|"
          r"exasperated|fuming|insulted)\b"),
        P(r"\b(?:ridiculous|absurd|pathetic|nonsense|ludicrous|laughable|outrageous|disgraceful|disgusting|shameful|"
          r"despicable|preposterous|idiotic|stupid|insane|hysterical|liars?|"
          r"lies(?!\s+(?:with|in|at|on|behind|ahead|within|beyond|outside))|trolls?|haters?|disgrace|"
          r"witch[- ]hunt|smear)\b"),
        P(r"!\s*!|\?\s*!|!\s*\?", negatable=False),
        P(r"\bhow\s+dare\b|\benough\s+is\s+enough\b|\bshame\s+on\b|\bstop\s+(?:asking|complaining|harassing|attacking)\b",
          negatable=False),
    ],
    "speculation": [
        P(rf"\b{HEDGE}\b[^.;:]{{0,60}}?\b{CULPRIT}\b|\b(?:most\s+)?likely\s+cause\b"),
        P(r"\b(?:may|might|could)\s+(?:well\s+)?(?:have\s+been|be)\s+(?:\w+\s+)?(?:caused|due\s+to|the\s+result\s+of|"
          r"the\s+work\s+of|linked|related|connected|triggered|started|deliberate|sabotage|an?\s+(?:\w+\s+)?attack|behind)"),
        # Active voice needs its object: "may have caused the fire" guesses a cause; "the
        # inconvenience this may have caused" hedges an apology (non-apology's business).
        P(r"\b(?:may|might|could)\s+(?:well\s+)?have\s+(?:caused|triggered|started|led\s+to)\s+(?:the|a|an|this|these|our|some)\b"),
        P(rf"\b{WE}\s+{ADV}(?P<k>suspect|believe|think|assume|guess|presume|imagine)\s+(?:that\s+)?[^.;]{{0,60}}?\b{CULPRIT}\b"),
        P(rf"\b(?:seems|appears|looks)\s+(?:to\s+(?:be|have)|like|as\s+(?:if|though)|that)\b[^.;]{{0,60}}?\b{CULPRIT}\b"),
        P(r"\bit\s+is\s+(?:possible|likely|probable|conceivable|plausible)\s+that\b"),
        P(r"\b(?:early|first|initial|preliminary)\s+(?:signs|indications|reports|findings|elements|analysis)\s+"
          r"(?:suggest|indicate|point\s+to)"),
        P(r"\b(?:our|the)\s+(?:best|working|main|leading)\s+(?:guess|theory|hypothesis|assumption)"),
        P(r"\b(?:rumou?rs?|unconfirmed\s+reports?|hearsay)\s+(?:suggests?|says?|indicates?|claims?|has\s+it)"),
    ],
    "non-apology": [
        P(r"\b(?:mistakes|errors|misjudge?ments)\s+(?:were|have\s+been|had\s+been)\s+made\b", negatable=False),
        P(r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:\w+\s+){0,2}?if\b"),
        P(r"\bif\s+(?:any|anyone|anybody|some|you)\w*\s+(?:\w+\s+)?(?:was|were|has\s+been|have\s+been|felt|feel|feels)\s+"
          r"(?:\w+\s+)?(?:offended|upset|inconvenienced|hurt|disappointed|let\s+down|troubled|uncomfortable)"),
        P(r"\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:\w+\s+){0,2}?(?:for\s+)?any\s+(?:\w+\s+)?(?:inconvenience|"
          r"trouble|disruption|confusion|distress|upset|offen[cs]e|harm|misunderstanding)"),
        P(r"\b(?:sorry|apologi|regret)[^.]*?\b(?:may|might|could)\s+have\s+(?:caused|created|led\s+to)\b"),
        P(r"\bit\s+is\s+(?:\w+\s+)?(?:unfortunate|regrettable)\s+that\b|\b(?:is|was)\s+(?:\w+\s+)?regrettable\b"),
        P(r"\b(?:sorry|regret)\s+(?:\w+\s+)?that\s+(?:you|some|certain|customers|people|anyone)\s+(?:\w+\s+)?(?:feel|felt|"
          r"feels|think|believe|perceive|see)\b"),
        P(r"\b(?:these|such)\s+things\s+(?:happen|can\s+happen)\b|\bthings\s+happen\b", negatable=False),
        P(r"\b(?:apologi[sz]e|sorry|apologies)\s+to\s+(?:anyone|anybody|those|all\s+those|everyone)\s+who\s+"
          r"(?:\w+\s+){0,3}?(?:may|might|feel|felt|feels|think|believe)\b"),
    ],
}

# Slot words an author must replace before publishing (the generic ones are in
# `statement_rules.PLACEHOLDERS`).
PLACEHOLDER_WORDS: list[P] = [
    P(r"\[\s*(?:insert|add|enter|fill\s+in)\b[^\]\n]{0,40}\]", negatable=False),
]

# Statement-level vocabulary (see statement_rules).
EMPATHY = [
    r"\bsorry\b", r"\bapologi[sz]e", r"\bapolog(?:y|ies)\b", r"\bregret\b",
    (r"\bwe\s+(?:fully\s+|truly\s+|really\s+)?understand\s+(?:how|that|why|your|the\s+(?:worry|frustration|anger|"
     r"concern|distress|inconvenience))"),
    r"\bwe\s+know\s+how\s+(?:\w+\s+)?(?:frustrating|worrying|difficult|hard|stressful|disruptive|upsetting)",
    r"\bour\s+thoughts\s+are\s+with\b",
]
# An explicit acknowledgement in the organisation's words.
ACKNOWLEDGEMENT = [
    r"\bwe\s+(?:know|are\s+aware|have\s+(?:identified|found|confirmed|detected|seen)|confirm|can\s+confirm)\b",
    r"\b(?:our|my)\s+(?:mistake|fault|error|failure)\b", r"\bthe\s+fault\s+(?:was|is)\s+ours\b",
    r"\bwe\s+(?:failed|let\s+\w+(?:\s+\w+){0,3}\s+down|made\s+a\s+mistake|got\s+(?:this|it)\s+wrong)\b",
]
# Words that name what went wrong: said plainly (not hedged), they acknowledge it.
PROBLEM_WORDS = [
    r"\bfail(?:s|ed|ing|ures?)?\b", r"\bdown\b", r"\boutages?\b", r"\bunavailable\b", r"\bdisrupt(?:ed|ions?)\b",
    r"\bexposed\b", r"\bbreach(?:ed)?\b", r"\bleak(?:ed|s)?\b", r"\bdelay(?:ed|s)?\b", r"\binterrupt(?:ed|ions?)\b",
    r"\bnot\s+working\b", r"\bcancell?ed\b", r"\bcontaminat\w+", r"\berrors?\b", r"\bincidents?\b", r"\bfault\b",
    r"\bbroken\b", r"\bstolen\b", r"\bcompromised\b", r"\brecall(?:ed|ing)?\b", r"\bcharged\s+twice\b",
    r"\bcannot\b", r"\bcan't\b", r"\bproblems?\b", r"\bfire\b", r"\bflood(?:ed|ing)?\b", r"\binjur(?:ed|ies)\b",
]
HEDGES = [
    r"\b(?:may|might|could)\b", r"\breports?\s+(?:of|that)\b", r"\balleged(?:ly)?\b", r"\bpotential(?:ly)?\b",
    r"\bpossibl[ey]\b", r"\bperceived\b", r"\bapparent(?:ly)?\b", r"\bsome\s+(?:users|customers)\s+(?:say|report|claim)",
]
