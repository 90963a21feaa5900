"""Render stage, for the reply templates: their words in English and French (labels, the
agent's own lines, the apology that fits the kind of crisis)."""

from __future__ import annotations

REPLY_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Reply templates: {title}",
        "intro": (
            "For the support and community team. Answer each person yourself, by name, never "
            "with an automatic reply, and sign with your own name. Fill every slot ([[name]], [[situation]], "
            "[[agent]]) before you send: a reply must never leave with an empty one."
        ),
        "personal": "personal: the answer to someone affected",
        "journalist": "journalist: a journalist who wrote to the support team",
        "greeting": "Hello [[name]],",
        "thanks": "Thank you for writing to us about [[situation]].",
        "sorry_ongoing": "I am sorry: this should not have happened to you, and we are putting it right.",
        "sorry_resolved": "I am sorry for what this put you through.",
        "sorry_minor": "I am sorry for the trouble this has caused you.",
        "sorry_safety": "I am so sorry for what you went through, and I hope you and those close to you are well.",
        "advice": "What you can do:",
        "next": "We will publish our next update by {when}, at {url}.",
        "late": "We promised an update by {when}; it is late, and I am sorry. Every update is posted at {url}.",
        "follow": "Every update is posted at {url}.",
        "resolved": "Our update of {when} confirmed that this is resolved. Everything we published about it is at {url}.",
        "closed": "Our update of {when} closed this incident. Everything we published about it is at {url}.",
        "closed_statement": ("Our update of {when} closed this statement. Everything we published about it, and "
                             "anything we add, is at {url}."),
        "press": (
            "Thank you for your question about [[situation]]. Our press office answers journalists and will "
            "come back to you: {name}, {email}, {phone}. Our official statement: {url}"
        ),
        "sign": "[[agent]]\n{org}",  # the person, then who they answer for (not every organisation has customers)
        "latest": "Our latest update, {when}:",
        "lots": "The products and lots concerned:",
        "unwell": "unwell: someone who used or ate it and feels unwell, or fears for their safety",
        "unwell_product": "unwell: someone who was hurt using it, or fears for their safety or their child's",
        "unwell_text": "Your health and safety come first. Here is what our statement advises:",
        "pregnant": "pregnant: someone pregnant, or caring for someone at risk, who bought it",
        "pregnant_text": "Here is what our statement says for people most at risk:",
        "doctor": "If you are worried, please call your doctor and tell them about the product.",
        "return": "return: where and how to return it",
        "return_text": "Here is how to return it, as our statement sets out:",
        "exposed": "exposed: someone asking whether their data was exposed and what to do",
        "exposed_text": "Here is what could be seen:",
        "contacted": "If your data was among it, we have written to you; here is what our statement says:",
        "contacting": "If your data was among it, we are writing to you; here is what our statement says:",
        "charged": "charged: someone asking whether they were charged, or about compensation",
        "charged_text": "About payments, refunds and compensation, our statement says:",
        "was_due": "{text} (This was due by {day}: if it has not reached you, tell us and we will put it right.)",
        # A bad buzz: an apology for what was said; it is never "resolved".
        "sorry_controversy": "I am sorry for what we published: it should never have gone out.",
        "closed_controversy": "Everything we have published about it is at {url}.",
        "safety_first": "Your safety comes first:",
        "report": "If you can, reply with what happened and the lot number: we record every report.",
        "ill": "unwell: someone who feels ill, or is worried about their health",
        "ill_text": "Here is what our statement advises about your health:",
        "not_exposed": "What was not exposed, as our statement says:",
    },
    "fr": {
        "title": "Modèles de réponse : {title}",
        "intro": (
            "Pour l'équipe support et communauté. Répondez vous-même à chaque personne, par son "
            "nom, jamais par une réponse automatique, et signez de votre nom. Remplissez chaque champ ([[name]], "
            "[[situation]], [[agent]]) avant d'envoyer : aucune réponse ne doit partir avec un champ vide."
        ),
        "personal": "personal : la réponse à une personne concernée",
        "journalist": "journalist : un journaliste qui a écrit au support",
        "greeting": "Bonjour [[name]],",
        "thanks": "Merci de nous avoir écrit au sujet de [[situation]].",
        "sorry_ongoing": "Je vous présente mes excuses : cela n'aurait pas dû vous arriver, et nous faisons le "
                         "nécessaire pour y remédier.",
        "sorry_resolved": "Je vous présente mes excuses pour ce que cela vous a fait vivre.",
        "sorry_minor": "Je vous prie de nous excuser pour ce désagrément.",
        # (Sympathy, not an apology: after an accident under inquiry, « nos excuses » admits a fault
        # the statement does not; the English "I am so sorry for what you went through" is sympathy.)
        "sorry_safety": ("Nous sommes sincèrement désolés de ce que vous avez vécu, et j'espère que vous et vos "
                         "proches allez bien."),
        "advice": "Ce que vous pouvez faire :",
        "next": "Nous publierons notre prochain point {when}, sur {url}.",
        "late": "Nous avions promis un point {when} ; il est en retard, et je vous prie de nous en excuser. "
                "Chaque point est publié sur {url}.",
        "follow": "Chaque point est publié sur {url}.",
        "resolved": "Notre point {when} a confirmé que la situation est rétablie. Tout ce que nous avons publié à ce "
                    "sujet est sur {url}.",
        "closed": "Notre point {when} a clos cet incident. Tout ce que nous avons publié à ce sujet est sur {url}.",
        "closed_statement": ("Notre point {when} a clos cette déclaration. Tout ce que nous avons publié à ce sujet, "
                             "et ce que nous y ajouterons, est sur {url}."),
        "press": (
            "Merci pour votre question au sujet de [[situation]]. Notre service de presse répond aux "
            "journalistes et reviendra vers vous : {name}, {email}, {phone}. Notre déclaration officielle : {url}"
        ),
        "sign": "[[agent]]\n{org}",
        "latest": "Notre dernier point, {when} :",
        "lots": "Les produits et lots concernés :",
        "unwell": ("unwell : une personne qui a consommé ou utilisé le produit et se sent mal, ou craint pour sa "
                   "sécurité"),
        "unwell_product": "unwell : une personne blessée en l'utilisant, ou qui craint pour sa sécurité ou celle de son enfant",
        "unwell_text": "Votre santé et votre sécurité passent avant tout. Voici ce que conseille notre déclaration :",
        "pregnant": "pregnant : une femme enceinte, ou une personne qui s'occupe d'une personne fragile, qui l'a acheté",
        "pregnant_text": "Voici ce que dit notre déclaration pour les personnes les plus exposées :",
        "doctor": "Si vous êtes inquiet, appelez votre médecin et signalez-lui ce produit.",
        "return": "return : où et comment rapporter le produit",
        "return_text": "Voici comment le rapporter, comme l'indique notre déclaration :",
        "exposed": "exposed : une personne qui demande si ses données ont été exposées et que faire",
        "exposed_text": "Voici ce qui a pu être vu :",
        "contacted": "Si vos données en faisaient partie, nous vous avons écrit ; voici ce que dit notre déclaration :",
        "contacting": "Si vos données en font partie, nous vous écrivons ; voici ce que dit notre déclaration :",
        "charged": "charged : une personne qui demande si elle a été débitée, ou une compensation",
        "charged_text": "Au sujet des paiements, remboursements et compensations, notre déclaration dit :",
        "was_due": ("{text} (C'était prévu au plus tard le {day} : si ce n'est pas le cas pour vous, dites-le-nous "
                    "et nous corrigerons cela.)"),
        "sorry_controversy": "Je vous présente nos excuses pour ce que nous avons publié : cela n'aurait jamais dû paraître.",
        "closed_controversy": "Tout ce que nous avons publié à ce sujet est sur {url}.",
        "safety_first": "Votre sécurité passe avant tout :",
        "report": ("Si vous le pouvez, répondez-nous en décrivant ce qui s'est passé et le numéro de lot : nous "
                   "enregistrons chaque signalement."),
        "ill": "unwell : une personne qui se sent malade, ou s'inquiète pour sa santé",
        "ill_text": "Voici ce que conseille notre déclaration pour votre santé :",
        "not_exposed": "Ce qui n'a pas été exposé, selon notre déclaration :",
    },
}
