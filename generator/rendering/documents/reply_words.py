"""Render stage, for the reply templates: their words (labels, the agent's own lines, the
apology that fits the kind of crisis), English here, other languages in the gettext catalogues
(contexts `reply.*`, docs/translating.md)."""

from __future__ import annotations

from generator.core.catalogues import english_table, translatable

REPLY_WORDS: dict[str, str] = english_table(
    translatable("reply.title", "Reply templates: {title}"),
    translatable("reply.intro",
                 "For the support and community team. Answer each person yourself, by name, never with an automatic "
                 "reply, and sign with your own name. Fill every slot ([[name]], [[situation]], [[agent]]) before you "
                 "send: a reply must never leave with an empty one."),
    # Translators: a template's label starts with its key (personal, journalist, unwell…), which
    # `onevoice reply --template` takes: keep the key in English.
    translatable("reply.personal", "personal: the answer to someone affected"),
    translatable("reply.journalist", "journalist: a journalist who wrote to the support team"),
    translatable("reply.greeting", "Hello [[name]],"),
    translatable("reply.thanks", "Thank you for writing to us about [[situation]]."),
    translatable("reply.sorry_ongoing", "I am sorry: this should not have happened to you, and we are putting it right."),
    translatable("reply.sorry_resolved", "I am sorry for what this put you through."),
    translatable("reply.sorry_minor", "I am sorry for the trouble this has caused you."),
    # Translators: to someone who received fake messages sent in our name: no fault of ours to
    # put right, never "this should not have happened to you, and we are putting it right".
    translatable("reply.sorry_targeted", "I am sorry you were targeted. These messages did not come from us, and you "
                                         "were right to check."),
    # Translators: to someone asking whether their data was exposed (they may not have been).
    translatable("reply.sorry_worry", "I am sorry for the worry this is causing you."),
    # Translators: after a breach the statement owns; said by the agent, for the organisation.
    translatable("reply.sorry_breach", "I apologise: keeping our customers' information safe was our job, and we "
                                       "failed."),
    # Translators: sympathy, not an apology: after an accident under inquiry, an apology admits
    # a fault the statement does not.
    translatable("reply.sorry_safety", "I am so sorry for what you went through, and I hope you and those close to you are well."),
    # Translators: to someone writing after people were hurt (a relative may be in hospital): never
    # "I hope you are well".
    translatable("reply.sorry_hurt", "I am truly sorry for what this has put you through."),
    # Translators: to someone who feels unwell after eating or using a recalled product: their
    # illness acknowledged, never "sorry for the worry" alone (it reads as minimising), and no
    # word that says the product caused it.
    translatable("reply.sorry_unwell", "I am truly sorry that you are unwell, and I understand your worry."),
    translatable("reply.advice", "What you can do:"),
    translatable("reply.next", "We will publish our next update by {when}, at {url}."),
    # Translators: no second apology here: the reply has said sorry once already.
    translatable("reply.late", "We promised an update by {when} and it is late: it will be posted at {url}, with "
                               "every update before it."),
    translatable("reply.follow", "Every update is posted at {url}."),
    translatable("reply.resolved", "Our update of {when} confirmed that this is resolved. Everything we published about it is at {url}."),
    # Translators: never "closed" to someone still hurt or worried: it was our last update.
    translatable("reply.closed", "Our update of {when} was our last on this. Everything we published about it is at {url}."),
    translatable("reply.closed_statement",
                 "Our update of {when} was our last on this. Everything we published about it, and anything we add, "
                 "is at {url}."),
    translatable("reply.press",
                 "Thank you for your question about [[situation]]. Our press office answers journalists and will come "
                 "back to you: {name}, {email}, {phone}. Our official statement: {url}"),
    # Translators: the person, then who they answer for (not every organisation has customers).
    translatable("reply.sign", "[[agent]]\n{org}"),
    translatable("reply.latest", "Our latest update, {when}:"),
    translatable("reply.lots", "The products and lots concerned:"),
    translatable("reply.unwell", "unwell: someone who used or ate it and feels unwell, or fears for their safety"),
    translatable("reply.unwell_product", "unwell: someone who was hurt using it, or fears for their safety or their child's"),
    translatable("reply.unwell_text", "Your health and safety come first. Here is what our statement advises:"),
    translatable("reply.pregnant", "pregnant: someone pregnant, or caring for someone at risk, who bought it"),
    translatable("reply.pregnant_text", "Here is what our statement says for people most at risk:"),
    translatable("reply.doctor", "Please call your doctor now and tell them about the product; in an emergency, call "
                                 "112."),
    translatable("reply.doctor_doubt", "If you are worried, please call your doctor and tell them about the product."),
    translatable("reply.return", "return: where and how to return it"),
    translatable("reply.return_text", "Here is how to return it, as our statement sets out:"),
    # Translators: the same, when the statement says the product need not be sent back (a refund without return).
    translatable("reply.refund_text", "Here is how to get your refund, as our statement sets out:"),
    translatable("reply.exposed", "exposed: someone asking whether their data was exposed and what to do"),
    # Translators: the data concerned, as the statement lists it (seen, copied or taken: not "seen" only).
    translatable("reply.exposed_text", "Here is the data concerned, as our statement lists it:"),
    translatable("reply.contacted", "If your data was concerned, we have written to you; here is what our statement says:"),
    translatable("reply.contacting", "If your data was concerned, we are writing to you; here is what our statement says:"),
    translatable("reply.charged", "charged: someone asking whether they were charged, or about compensation"),
    # Translators: the same template after a fire or an accident: nobody was charged, people ask for refunds.
    translatable("reply.charged_refund", "charged: someone asking for a refund (a ticket, fees) or about compensation"),
    translatable("reply.charged_text", "About payments, refunds and compensation, our statement says:"),
    translatable("reply.was_due", "{text} (This was due by {day}: if it has not reached you, tell us and we will put it right.)"),
    # A bad buzz: an apology for what was said; it is never "resolved".
    translatable("reply.sorry_controversy", "I am sorry for what we published: it should never have gone out."),
    # Translators: the apology for what one of us said or did to someone (nothing was published).
    translatable("reply.sorry_conduct", "I am sorry for what happened: it should never have happened."),
    translatable("reply.closed_controversy", "Everything we have published about it is at {url}."),
    translatable("reply.safety_first", "Your safety comes first:"),
    translatable("reply.report", "If you can, reply with what happened and the lot number: we record every report."),
    translatable("reply.ill", "unwell: someone who feels ill, or is worried about their health"),
    translatable("reply.ill_text", "Here is what our statement advises about your health:"),
    # A lifeline cut (the emergency number, telecare): someone whose call for help failed.
    translatable("reply.lifeline", "emergency: someone whose call for help did not go through (tell the crisis team at "
                                   "once)"),
    translatable("reply.lifeline_text", "Please reply with the number you called from and the time of your call: "
                                        "someone from our team will call you back today to hear what happened to you."),
    translatable("reply.lost", "lost: someone who left belongings on the site"),
    translatable("reply.lost_text", "About belongings left on the site, our statement says:"),
    translatable("reply.not_exposed", "What was not exposed, as our statement says:"),
)
