"""Stage 2, checks: English cue classes, the kinds of words that signal a fault whatever the
exact sentence. Data, not code: each class lists words and short phrases as written; they are
read with the same tokenizer and lemma table as the sentences (`generator.checking.lint.features`), so
"guarantees", "guaranteed" and "guaranteeing" all count as "guarantee".

A cue is evidence, not a verdict: the scorer learns from the training corpus how much each
class weighs, alone and with the others, in and out of negation (tests/lint_train/)."""

from __future__ import annotations

CUES: dict[str, tuple[str, ...]] = {
    # Promises nobody can keep.
    "guarantee": ("guarantee", "promise", "assure", "rest assured", "certain", "certainty", "sure", "confident",
                  "confidence", "you have my word", "you have our word", "pledge", "vow", "ensure"),
    "absolute": ("never", "always", "forever", "ever", "completely", "totally", "absolutely", "entirely", "fully",
                 "perfectly", "zero", "impossible", "impenetrable", "unhackable", "foolproof", "infallible",
                 "bulletproof", "once and for all", "for good", "permanently", "eliminate", "no longer",
                 "every single", "whatsoever", "at all times", "under any circumstances", "in any way"),
    "again": ("again", "repeat", "recur", "recurrence", "happen again", "ever again", "never again"),
    "safety": ("safe", "safety", "secure", "security", "protect", "protected", "risk", "danger", "dangerous",
               "reliable", "robust", "harm"),
    "superlative": ("safest", "most secure", "best", "world-class", "industry-leading", "strongest", "finest",
                    "highest standards", "gold standard", "than ever", "never been", "second to none",
                    "unmatched", "unrivalled", "unparalleled", "leading", "most reliable"),
    # Blame on others.
    "third-party": ("supplier", "provider", "partner", "contractor", "subcontractor", "vendor", "third party",
                    "third-party", "carrier", "manufacturer", "agency", "consultant", "outsourced", "external",
                    "former", "previous", "individual", "employee", "staff member", "worker", "driver", "pilot",
                    "operator", "technician", "rogue", "single employee", "one person", "customer", "user",
                    "passenger", "patient", "client", "member", "resident", "tenant", "guest", "student",
                    "parent", "fan", "player", "council", "government", "regulator", "authority", "bank",
                    "insurer", "landlord", "union", "they", "their", "them", "someone", "human error",
                    "crew", "officer", "inspector", "agent", "franchisee", "franchised", "visitor", "shopper",
                    "rider", "motorist", "cyclist", "hiker", "holidaymaker", "festival-goer", "spectator",
                    "supervisor", "manager", "executive", "engineer", "trader", "intern", "nurse", "steward",
                    "recipient", "subscriber", "member of the public", "people who", "those who"),
    "cause": ("cause", "due to", "because of", "result of", "fault", "blame", "responsible", "responsibility",
              "trigger", "stem from", "originate", "attributable", "lie with", "rest with", "failure", "fail to",
              "error", "mistake", "negligence", "ignore", "misuse", "improper", "improperly", "incorrectly",
              "did not follow", "against our advice", "contrary to", "disregard", "breach of", "neglect",
              "careless", "failing", "down to", "lay with", "at fault", "liable", "by mistake"),
    # A physical cause: a part, a substance or a process, which blames nobody.
    "physical": ("smoke", "fire", "leak", "part", "unit", "component", "cable", "valve", "pipe", "pump", "sensor",
                 "battery", "engine", "motor", "fan", "seal", "bearing", "circuit", "short circuit", "wiring",
                 "crack", "corrosion", "wear", "worn", "overheat", "overheating", "power supply", "disk", "boiler",
                 "brake", "axle", "wheel", "filter", "tank", "fuse", "switch", "transformer", "compressor"),
    "ownership": ("our fault", "our responsibility", "we are responsible", "on us", "we own", "our mistake",
                  "our failure", "ours", "we take responsibility", "we failed", "our error", "we got it wrong",
                  "we let", "we should have", "accountable", "if we had", "had we", "we would have",
                  "on our side", "on our part", "we did not", "we had not", "our own"),
    # Defensiveness.
    "denial": ("false", "untrue", "baseless", "unfounded", "groundless", "misleading", "inaccurate", "fake",
               "deny", "reject", "refute", "dispute", "out of context", "misrepresent", "mischaracterise",
               "mischaracterize", "sensationalist", "smear", "rumour", "rumor", "allegation", "claim",
               "speculation", "wrong to", "simply not true", "categorically", "mislead", "distort", "inaccuracy"),
    "procedure": ("procedure", "protocol", "rule", "regulation", "standard", "guideline", "requirement", "policy",
                  "compliance", "compliant", "law", "legal", "lawful", "in accordance with", "in line with",
                  "certify", "certified", "approve", "approved", "best practice", "industry practice", "follow",
                  "comply", "respect", "observe", "appropriate", "appropriately", "properly", "correctly",
                  "diligence", "within the rules", "by the book", "terms and conditions", "contract",
                  "as required", "permit", "licence", "license", "inspection", "audit"),
    "control": ("beyond our control", "outside our control", "unforeseeable", "unprecedented", "act of god",
                "exceptional", "extraordinary", "could not have", "nobody could", "no one could", "unpredictable",
                "freak", "unavoidable", "inevitable", "force majeure", "once-in-a-century", "perfect storm"),
    "stand-by": ("stand by", "maintain", "did nothing wrong", "nothing to hide", "acted", "responded",
                 "as we have always said", "let us be clear", "let me be clear", "make no mistake",
                 "for the record", "contrary to"),
    # Minimising.
    "small": ("small", "tiny", "minor", "slight", "slightly", "little", "limited", "brief", "briefly", "short",
              "few", "handful", "fraction", "minority", "isolated", "rare", "rarely", "negligible", "minimal",
              "marginal", "marginally", "modest", "low", "only", "just", "merely", "simply", "mere", "barely",
              "a bit", "somewhat", "vast majority", "most", "less than", "fewer than", "under", "a couple",
              "a little", "minimally", "relatively", "fairly", "some"),
    "soft-event": ("glitch", "hiccup", "blip", "hitch", "snag", "wobble", "bump", "teething", "issue", "event",
                   "situation", "matter", "irregularity", "anomaly", "misstep", "adjustment", "unplanned",
                   "inconvenience", "technical difficulty", "challenge", "not ideal", "unfortunate",
                   "inconvenienced", "disruption", "incident", "episode", "occurrence", "setback", "lapse",
                   "oversight", "discrepancy", "unauthorised access", "unauthorized access", "exposure",
                   "interruption", "degradation"),
    "reassure": ("nothing to worry", "no cause for concern", "no reason for", "no need to", "normal", "usual",
                 "harmless", "no impact", "not affected", "unaffected", "not sensitive", "grand scheme",
                 "nothing serious", "not a big deal", "no big deal", "overblown", "exaggerated", "overstated",
                 "blown out of proportion", "perspective", "compared with", "compared to", "put into context",
                 "peace of mind", "reassure", "no evidence", "remain", "continue to"),
    # Speculation.
    "hedge": ("probably", "likely", "possibly", "perhaps", "maybe", "apparently", "seemingly", "presumably",
              "reportedly", "allegedly", "appear", "seem", "suspect", "believe", "think", "assume", "guess",
              "suggest", "indicate", "it is possible", "theory", "hypothesis", "up to", "as many as", "estimate",
              "roughly", "approximately", "in all likelihood", "may", "might", "could", "potential",
              "potentially", "point to", "initial", "preliminary", "early", "looks like", "would seem",
              "understand", "expect", "possible", "speculate", "conceivably", "could well"),
    "culprit": ("attack", "hacker", "sabotage", "deliberate", "deliberately", "intentional", "malicious",
                "criminal", "foreign", "state-sponsored", "insider", "disgruntled", "terrorist", "arson",
                "activist", "competitor", "leak", "leaker", "whistleblower", "cyberattack", "cyber attack",
                "ransomware", "fraud", "fraudster", "vandal", "vandalism"),
    # Apologies that own nothing.
    "apology": ("sorry", "apologise", "apologize", "apology", "regret", "regrettable", "unfortunate",
                "unfortunately", "we apologise"),
    "conditional": ("if anyone", "if you", "if any", "if some", "if we", "any inconvenience", "any distress",
                    "any confusion", "any upset", "any offence", "any offense", "may have caused", "might have caused",
                    "may have been", "those who feel", "you feel", "feel that", "perceive", "perceived",
                    "mistakes were made", "errors were made", "things happen", "for any", "felt",
                    "was caused", "have been caused", "this may have", "may have experienced"),
    "inconvenience": ("inconvenience", "disruption", "trouble", "upset", "confusion", "frustration",
                      "disappointment", "discomfort", "distress", "hassle", "concern"),
    # Notes to the drafting team left in the text.
    "draft": ("check with", "to be confirmed", "to confirm", "legal to", "legal review", "draft", "note to", "insert", "confirm figure", "confirm the", "awaiting", "pending sign-off", "sign off", "fill in", "tk", "tbc", "tbd", "placeholder", "delete before", "remove before", "do not publish", "internal", "update this", "figure to come", "add link", "add the"),
    # Set phrases whose words are no cue: "up to date" is no figure hedged with "up to".
    "idiom": ("up to date", "up-to-date", "up to now", "up to speed", "as soon as possible"),
    # Losing one's calm.
    "emotion": ("ridiculous", "absurd", "outrageous", "disgraceful", "shameful", "pathetic", "nonsense",
                "ludicrous", "appalled", "outraged", "furious", "angry", "disgusted", "fed up", "tired of", "sick of",
                "exhausted", "hurt", "unfair", "unjust", "witch hunt", "witch-hunt", "smear campaign", "hysteria",
                "hysterical", "keyboard warrior", "troll", "hater", "frankly", "honestly", "seriously",
                "enough is enough", "we too", "also victims", "difficult for us", "hard for us", "how dare",
                "shame on", "disgusting", "insult", "insulting", "laughable", "preposterous", "idiotic",
                "stupid", "crazy", "insane", "vicious", "malicious", "baffled", "astonished", "incredible",
                "of course", "obviously", "clearly", "apparently", "congratulations", "thanks to those",
                "bravo", "some people", "certain people", "so-called", "experts", "armchair", "bizarre",
                "sad", "saddened", "heartbroken", "victim", "painful for us", "our staff too", "bullying",
                "harassment", "abuse", "attack on"),
}

# Statement-level readings (generator.checking.lint.statement_rules).
STATEMENT_CUES: dict[str, tuple[str, ...]] = {
    # An apology, or words for what people go through.
    "empathy": ("sorry", "apologise", "apologize", "apology", "regret", "we understand", "we know how",
                "i know how", "i understand", "i recognise", "i recognize", "i realise how", "i realize how",
                "thoughts are with", "our thoughts", "my thoughts", "thoughts go", "we share", "frustrating",
                "worrying", "distressing", "upsetting", "stressful", "anxious", "anxiety", "worry", "we recognise",
                "we recognize", "thank you for your patience", "let you down", "let down", "failed you", "condolences",
                "sympathy", "heartfelt", "deeply", "we feel", "what this means for", "how difficult", "how hard",
                "we hear you", "your frustration", "your anger", "your concern",
                # grief and disappointment shared, said of the people affected
                "heartbroken", "devastated", "hearts go out", "thinking of", "we are with you", "we know many of you",
                "lost so much", "disappointed", "disappointing"),
    # Things being done about it.
    "action": ("fix", "restore", "repair", "replace", "investigate", "work", "deploy", "contact", "refund", "recall",
               "reset", "block", "secure", "review", "monitor", "call", "send", "notify", "reopen", "roll back",
               "rollback", "patch", "rebuild", "reroute", "compensate", "reimburse", "credit", "inspect", "test",
               "check", "clean", "evacuate", "close", "suspend", "withdraw", "pause", "inform", "support", "help",
               "open", "set up", "add", "hire", "train", "commission", "publish", "change", "move", "bring in"),
    # Hedges that leave a summary saying nothing for sure.
    "vague": ("may", "might", "could", "possibly", "potential", "potentially", "some users", "some customers",
              "reports of", "aware of reports", "reports that", "issue", "issues", "intermittent", "degraded",
              "unexpected behaviour", "unexpected behavior", "difficulties", "experiencing", "looking into",
              "investigating reports"),
}
