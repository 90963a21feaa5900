"""Sentence rules, in English and French: how a sentence is read (scope of negation and of
other people's words), what a finding says and where it points, and the certain signs found
by syntax (slots, shouting). How well the judgments generalise is measured on blind held-out
sentences (tests/test_lint_blind.py); the sentences here are the unmistakable cases a user
would try first."""

from __future__ import annotations

import pytest

from generator.checking.lint.features import Reader
from generator.checking.lint.model import scorer
from generator.checking.lint.sentences import Block, split
from generator.checking.lint.text_findings import text_findings


def categories(text: str, lang: str) -> set[str]:
    return {f.rule.category for f in text_findings(Block(text, 1), lang)}


UNMISTAKABLE = [
    ("overpromise", "en", "This will never happen again."),
    ("overpromise", "fr", "Nous garantissons qu'une telle panne ne se reproduira plus jamais."),
    ("blame", "en", "The outage was caused by an error at our cloud provider."),
    ("blame", "fr", "Le retard est entièrement dû à une erreur de notre transporteur."),
    ("defensive", "en", "These allegations are false and misleading."),
    ("defensive", "fr", "Ces allégations sont totalement infondées."),
    ("minimizing", "en", "Only a handful of customers were affected by this minor glitch."),
    ("minimizing", "fr", "Il ne s'agit que d'un léger dysfonctionnement sans gravité."),
    ("emotional", "en", "Frankly, these accusations are ridiculous."),
    ("emotional", "fr", "Ces attaques incessantes contre nos équipes sont franchement insupportables."),
    ("speculation", "en", "The outage was probably caused by a cyberattack."),
    ("speculation", "fr", "L'incident serait dû à une attaque informatique."),
    ("no-ownership", "en", "We apologise for any inconvenience this may have caused."),
    ("no-ownership", "fr", "Nous nous excusons si certains clients ont pu se sentir lésés."),
    ("placeholder", "en", "Affected customers will receive a voucher worth [AMOUNT]."),
    ("placeholder", "fr", "Date de reprise : à compléter."),
    ("placeholder", "en", "Approximately NNN accounts were affected; next update at HH:MM."),
    ("placeholder", "fr", "Prochain point à HH h MM : environ X XXX clients concernés."),
]


@pytest.mark.parametrize(("category", "lang", "sentence"), UNMISTAKABLE)
def test_each_category_catches_an_unmistakable_case(category: str, lang: str, sentence: str) -> None:
    assert categories(sentence, lang) == {category}


def test_every_sentence_category_has_an_unmistakable_case_in_both_languages() -> None:
    from generator.checking.lint.sentence_rules import SENTENCE_RULES

    tested = {(category, lang) for category, lang, _ in UNMISTAKABLE}
    assert {(rule.category, lang) for rule in SENTENCE_RULES for lang in ("en", "fr")} <= tested


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "We will never ask you for your password."),
    ("en", "We cannot promise that this will never happen again; we can tell you what we are changing."),
    ("en", "Only take instructions from our official channels."),
    ("fr", "Nous ne vous demanderons jamais votre mot de passe."),
    ("fr", "Ne suivez que les consignes de nos canaux officiels."),
    ("fr", "Nous ne connaissons pas encore la cause, et nous ne ferons pas de suppositions."),
    # Found on statements written blind to the rules (kit 26): help, health news, access, a decision of ours.
    ("en", "Any questions? Call us on 0800 917 4410, 8am to 8pm."),
    ("en", "A child had an allergic reaction on December 7; he was treated quickly and is doing well."),
    ("en", "Our emergency departments remain open to patients who come by themselves."),
    ("fr", "Aucun patient n'a présenté de symptômes de légionellose."),
    ("fr", "Toujours aucun cas de légionellose parmi nos patients."),
    ("fr", "Notre boulangerie ne fabriquera plus aucun produit contenant des arachides, et tout notre personnel sera formé."),
    # Found on kit 33 (written blind to the rules): an emergency sign, what is still sold, an
    # employer's duty to its staff, a calm judgment on ourselves.
    ("en", "Go to an emergency department if there is blood in the stool or if the person urinates much less than "
           "usual."),
    ("fr", "Le bœuf haché de marques nationales reste en vente."),
    ("en", "We will not comment further on an individual employee's file."),
    ("fr", "Nous ne commenterons pas davantage le dossier d'un employé."),
    ("en", "This is not who we are, and it is not how our customers deserve to be treated."),
    # Found on kit 34 (written blind to the rules): servers cut off, what kept working, our own
    # figure called wrong, and an executive's words quoted to condemn them.
    ("en", "The affected servers are isolated."),
    ("fr", "Elles nous ont dit, avec raison, que cette perte de mémoire n'a rien de drôle pour ceux qui la vivent."),
    ("fr", "Nous laissons en ligne les commentaires qui nous critiquent, sauf ceux qui contiennent des insultes."),
    ("fr", "Les forfaits déjà achetés ont fonctionné normalement aux portiques."),
    ("fr", "Notre délégué à la protection des données a refait le décompte dossier par dossier ; le premier chiffre "
           "était erroné."),
    ("fr", "Il y a décrit la vente au Québec comme le fait de « payer deux fois pour avoir le privilège de se faire "
           "engueuler en français », a imité l'accent québécois pour s'en moquer."),
    # Found on kit 35 (written blind to the rules), reworded here: a fault owned, a judgment on
    # ourselves, a person's recovery, help opened by a question, an action, where a code is
    # printed, how attackers hid, mild reactions, a breach's extent not yet known.
    ("en", "Passenger with a guide dog turned away: we were wrong"),
    ("en", "That was the company's failure, not one employee's."),
    ("fr", "Ce qu'on voit sur cette vidéo n'est pas acceptable."),
    ("en", "Our driver is doing better and should leave hospital on Friday."),
    ("en", "Until then, we are doing everything we can so that no patient waits outside."),
    ("fr", "Vous deviez prendre un vol ce week-end ? Appelez-nous, nous vous trouverons une autre solution."),
    ("en", "The jars have been taken off the shelves in all our stores."),
    ("en", "The lot number is on the lid, just below the best-before date."),
    ("fr", "Ils ont copié les fichiers par petits lots, la nuit."),
    ("fr", "Ces réactions ont été légères et n'ont pas nécessité d'hospitalisation."),
    ("fr", "Les données de 4 000 patients au maximum pourraient avoir été consultées."),
    # Found on kit 36 (written blind to the rules), reworded here: the safe part of a product beside
    # the faulty one, a correction's "the table was correct", a physical cause, an attack's path,
    # why we will not pay, a figure with its source, a triage of the injured.
    ("en", "The cream itself is safe to use; the fault is in the pump fitted to the bottle."),
    ("fr", "Le vaccin lui-même est conforme : c'est l'étiquette de la boîte qui est erronée."),
    ("en", "Our table of affected stores was correct."),
    ("en", "Roadworks on the ring road cut the cable that links our call centre to the network."),
    ("fr", "Des travaux de voirie menés par une entreprise extérieure ont sectionné la canalisation principale."),
    ("fr", "Les pirates ont utilisé le compte d'un prestataire de paie pour entrer dans notre réseau."),
    ("fr", "Payer une rançon ne garantirait pas la suppression des fichiers."),
    ("fr", "D'après notre banque, 95 % des remboursements sont déjà visibles sur les comptes."),
    ("en", "Six passengers were hurt: two seriously and four with minor injuries."),
    ("en", "A seventh guest, with a minor ankle injury, called us this morning."),
    # Found on kit 37 (written blind to the rules), reworded here: the harm that did not happen,
    # what our own offending post did.
    ("fr", "Cette nuit, personne n’a eu à quitter le navire."),
    ("en", "A comment from our social team mocking the people it hurt made things worse."),
    ("en", "A post from our social media team ridiculing the customers who complained made it worse."),
])
def test_clean_sentences_that_share_a_faults_words_raise_nothing(lang: str, sentence: str) -> None:
    assert categories(sentence, lang) == set()


def reader(lang: str) -> Reader:
    found = scorer(lang)
    assert found is not None
    return found.reader


def test_a_negation_reaches_the_end_of_its_clause_only() -> None:
    tokens = reader("en").tokens("We cannot guarantee delivery, but we guarantee a refund.")
    scopes = [(t.surface, t.scope) for t in tokens if t.surface.startswith("guarantee")]
    assert scopes == [("guarantee", "n"), ("guarantee", "")]
    french = reader("fr").tokens("Nous ne garantissons rien, mais nous garantissons le remboursement.")
    assert [t.scope for t in french if t.surface == "garantissons"] == ["n", ""]


def test_other_peoples_words_and_reported_questions_are_not_our_voice() -> None:
    asked = reader("en").tokens("Customers ask whether this will happen again; we do not know yet.")
    assert {t.scope for t in asked if t.surface in ("happen", "again")} == {"q"}
    quoted = reader("fr").tokens("Un client a qualifié l'incident de « simple bug » ; ce n'en est pas un.")
    assert {t.scope for t in quoted if t.surface in ("simple", "bug")} == {"q"}


def test_a_spokesperson_quote_is_our_voice() -> None:
    tokens = reader("en").tokens('"This will never happen again," said our chief executive.')
    assert [t.scope for t in tokens if t.surface == "again"] == ["n"]  # negated by "never", not reported
    # (A quotation that opens the sentence is judged: ours, whoever says it.)
    assert categories("« Cela n'arrivera plus jamais », a déclaré notre directeur.", "fr") == {"overpromise"}


@pytest.mark.parametrize(("lang", "said", "owned"), [
    ("en", "The outage was caused by a contractor who cut the wrong cable.",
     "That is the gap in our own checks that allowed this error through."),
    ("en", "Our bank processed the file exactly as we instructed.", "The mistake was ours."),
    ("fr", "Le technicien de notre prestataire a laissé la porte du congélateur ouverte toute la nuit.",
     "La faute est la nôtre : nous avons choisi ce prestataire sans tester l'alarme."),
    ("en", "Students who arrive late because of the bus will not be marked absent.",
     "The cause is the timetables we, the district, drew up for the new routes."),
    ("fr", "La cliente avait laissé un avis en ligne sur un flan qu’elle jugeait trop cuit.",
     "La responsabilité est celle de l’entreprise, pas de la personne qui l’a publiée."),
    ("en", "The change was reviewed by one engineer.",
     "It was not reviewed by our security team, because our rules did not require it."),
])
def test_what_a_partner_did_is_context_where_the_paragraph_owns_the_fault(lang: str, said: str, owned: str) -> None:
    # Alone, the sentence blames or defends; beside a sentence that owns the fault, it explains.
    assert categories(said, lang) & {"blame", "defensive"}
    assert not categories(f"{said} {owned}", lang) & {"blame", "defensive"}
    # Another paragraph's ownership does not excuse it.
    assert categories(f"{said}\n\n{owned}", lang) & {"blame", "defensive"}


def test_inflections_read_as_one_word() -> None:
    english, french = reader("en"), reader("fr")
    assert {english.lemma(w) for w in ("guaranteed", "guarantees", "guaranteeing")} == {"guarantee"}
    assert {french.lemma(w) for w in ("garantissons", "garantissent", "garantira")} == {"garantir"}


def test_a_finding_quotes_the_published_words_and_points_at_them() -> None:
    block = Block("We are sorry.\nThe outage was **probably** caused by a *cyberattack*.", line=30, column=1)
    (finding,) = text_findings(block, "en")
    assert finding.rule.id == "speculation"
    assert "probably" in finding.words and "**" not in finding.words
    # "The outage was **" is 17 characters: the quoted words start at "probably", column 18.
    assert (finding.line, finding.column) == (31, 18)
    assert finding.message.startswith("guesses before the facts are known: “")


def test_sentences_split_at_punctuation_list_items_and_paragraphs() -> None:
    text = "We are sorry. Dr. Martin will speak at 10:00.\n\n- first item\n- second item"
    assert [s.text for s in split(Block(text, 1))] == [
        "We are sorry.", "Dr. Martin will speak at 10:00.", "first item", "second item"]


def test_template_slots_are_found_each_with_its_column() -> None:
    text = "[WHAT HAPPENED] since <time>, see [the FAQ](https://example.com), {client} and {{ville}}."
    found = [(f.column, f.words) for f in text_findings(Block(text, 5), "en") if f.rule.id == "placeholder"]
    assert found == [(1, "[WHAT HAPPENED]"), (text.index("<time>") + 1, "<time>"),
                     (text.index("{client}") + 1, "{client}"), (text.index("{{ville}}") + 1, "{{ville}}")]


@pytest.mark.parametrize("text", ["Affected: [POS, ECOM, API].", "[UPDATE] Service is back.", "They said [sic] that.",
                                  "See note [12].", "Use <b>bold</b> here."])
def test_brackets_that_are_not_slots_are_no_error(text: str) -> None:
    assert not [f for f in text_findings(Block(text, 1), "en") if f.rule.severity == "error"]


def test_what_a_finished_statement_may_say_on_purpose_is_only_a_warning() -> None:
    found = {f.rule.id: f.rule.severity for f in text_findings(Block("Reopening time: TBC.", 1), "en")}
    assert found == {"placeholder-maybe": "warning"}
    found = {f.rule.id for f in text_findings(Block("Les horaires de reprise sont à confirmer.", 1), "fr")}
    assert found == {"placeholder-maybe"}


def test_shouting_is_emotional_but_an_acronym_is_not() -> None:
    assert categories("WE ARE WORKING ON IT, PLEASE WAIT.", "en") == {"emotional"}
    assert categories("The CDN and DNS providers are restored.", "en") == set()
    # Capitals quoted from somewhere else are not the organisation raising its voice.
    assert categories('The refund shows on your bank statement as "REMB EAUX ARDAINE".', "en") == set()
    assert categories("Le remboursement apparaît sur votre relevé sous le libellé « REMB EAUX ARDAINE ».",
                      "fr") == set()


@pytest.mark.parametrize(("lang", "text", "slot"), [
    ("en", "Refunds will be processed within N working days.", "N working days"),
    ("fr", "Les clients seront remboursés sous N jours ouvrés.", "N jours"),
    ("fr", "La réunion publique se tiendra le ##/##/2026 à la mairie.", "##/##/2026"),
    ("fr", "Le rappel concerne les lots fabriqués entre [mois] et mars.", "[mois]"),
    ("en", "The recall covers batches made in [month] 2025.", "[month]"),
    ("en", "The pool will remain closed until XX/XX while the inspection continues.", "XX/XX"),
    ("en", "Residents within ?? km of the plant should keep their windows closed.", "??"),
    ("en", "Withdrawals will reopen on $DATE once the audit is complete.", "$DATE"),
    ("en", "An independent review led by *** will report in the spring.", "***"),
    ("en", "A spokesperson for INSERT CLUB NAME said the match would go ahead.", "INSERT CLUB NAME"),
    ("fr", "Pour toute question, appelez le 01 XX XX XX XX.", "01 XX XX XX XX"),
    ("en", "Each customer will receive a credit of XX € within the week.", "XX"),
    ("fr", "Le vol XX456 a été dérouté vers Nantes.", "XX"),
    ("en", "Trains will run again from ??:?? tomorrow morning.", "??"),
    ("en", "Our press officer, Ms Xxxxx, will take questions at noon.", "Xxxxx"),
    ("en", "Customers can write to claims@[domain].com with their order number.", "[domain]"),
    ("fr", "Nous avons prévenu la préfecture et [autres services ?] dans la matinée.", "[autres services ?]"),
    ("en", "Statement from our chief executive to follow.", "Statement from our chief executive to follow"),
    ("fr", "Le centre rouvrira le $date après les contrôles.", "$date"),
    ("fr", "La cause est connue (détailler ici la cause technique).", "(détailler ici la cause technique)"),
    ("fr", "Nous avons identifié N comptes compromis et les avons bloqués.", "N"),
    ("en", "We have locked N accounts as a precaution.", "N"),
])
def test_slots_for_a_number_a_date_or_a_month_are_errors(lang: str, text: str, slot: str) -> None:
    found = [f.words for f in text_findings(Block(text, 1), lang) if f.rule.id == "placeholder"]
    assert found[:1] == [slot]


def test_a_slot_in_capitals_is_a_slot_not_shouting() -> None:
    found = {f.rule.id for f in text_findings(Block("Appelez le support au 01 XX XX XX XX.", 1), "fr")}
    assert found == {"placeholder"}


def test_a_list_of_personal_data_or_a_refund_is_no_slot() -> None:
    # Written by a hospital group and a bike-sharing operator about real data and real refunds.
    assert "placeholder" not in categories("- surname, first name and date of birth;", "en")
    assert "placeholder" not in categories("Trips affected by the outage will be refunded.", "en")
    assert "placeholder" not in categories("Error code ERR_TIMEOUT appears on 1,240 terminals; order 123456.", "en")
    # A lone capital that names something is no count still to come.
    assert "placeholder" not in categories("Posts on X were removed this morning.", "en")
    assert "placeholder" not in categories("Plan N applies on the A7 and the N7 from noon.", "fr")


def test_a_decision_said_to_be_final_is_no_overpromise() -> None:
    assert "overpromise" not in categories("The campaign is closed for good.", "en")
    assert "overpromise" not in categories("La campagne est retirée définitivement.", "fr")
    assert "overpromise" in categories("This problem has been fixed for good.", "en")


def test_the_impact_people_may_still_notice_is_no_guess_but_a_guessed_cause_or_figure_is() -> None:
    assert "speculation" not in categories("Hot water may still be intermittent tonight.", "en")
    assert "speculation" not in categories("We are working to fix it as quickly as possible.", "en")
    assert "speculation" not in categories("Les trains pourraient être retardés ce soir.", "fr")
    assert "speculation" not in categories("Pense à mettre l'appli à jour.", "fr")
    assert "speculation" in categories("The fire may have been started deliberately.", "en")
    assert "speculation" in categories("As many as 1.2 million vehicles could be affected once the checks are done.",
                                       "en")


def test_an_instruction_lifted_is_no_overpromise() -> None:
    # "There are no longer any instructions for residents" says what holds today; "there is no
    # longer any risk" still promises what nobody can.
    assert "overpromise" not in categories("There are no longer any instructions for local residents.", "en")
    assert "overpromise" not in categories("Il n'y a plus de consigne pour les riverains.", "fr")
    assert "overpromise" in categories("There is no longer any risk.", "en")
    assert "overpromise" in categories("Il n'y a plus aucun risque.", "fr")


def test_a_refusal_to_promise_is_no_overpromise() -> None:
    # The promise is named only to be refused: that is the honest sentence the rule asks for.
    assert "overpromise" not in categories("We cannot guarantee that this will never happen again.", "en")
    assert "overpromise" not in categories("We cannot promise that the app will never fail again.", "en")
    assert "overpromise" not in categories("Nous ne pouvons pas garantir que cela ne se reproduira jamais.", "fr")
    assert "overpromise" in categories("We guarantee this will never happen again.", "en")


def test_a_number_of_days_written_in_figures_or_a_capital_letter_in_a_name_is_no_slot() -> None:
    for text in ("We will reply within 5 working days.", "Plan B days are over.", "Vitamin D hours vary.",
                 "What?? No, the lift is not fixed yet.", "Prices start at $100 for the season."):
        assert not [f for f in text_findings(Block(text, 1), "en") if f.rule.id == "placeholder"], text


def test_a_table_cell_or_a_label_is_no_sentence_to_judge() -> None:
    from generator.checking.lint.sentence_rules import is_label

    assert is_label("Date de péremption") and is_label("Total") and is_label("Unités vendues")
    assert not is_label("Mistakes were made.") and not is_label("Ça suffit !")
    assert not is_label("Our systems are completely safe")


def test_a_past_that_did_not_happen_is_read_apart() -> None:
    from generator.checking.lint.features import counterfactual, tokenize

    def opening(text: str, lang: str) -> str | None:
        found = counterfactual(tokenize(text, lang, lambda word: word), lang)
        return text[found[0]:found[1]] if found else None

    assert opening("Had we tested it, this would probably not have happened.", "en") == "Had we"
    assert opening("If we had inspected it, the cracks would have been found.", "en") == "If we had"
    assert opening("If you had a booking, we will refund it.", "en") is None
    assert opening("Si elle avait été faite à temps, les fissures auraient sans doute été repérées.", "fr") \
        == "Si elle avait"
    assert opening("L'incident serait dû à une attaque informatique.", "fr") is None
    reader = scorer("fr").reader  # type: ignore[union-attr]
    names = {f.name for f in reader.features("Si nous l'avions inspecté, la fissure aurait sans doute été vue.")}
    assert "x:counterfactual" in names and "x:conditional" not in names and "c:hedge" not in names


def test_french_possessives_keep_their_person() -> None:
    reader = scorer("fr").reader  # type: ignore[union-attr]
    ours = [t.lemma for t in reader.tokens("notre transporteur et nos équipes")]
    theirs = [t.lemma for t in reader.tokens("leur transporteur et ses équipes")]
    assert ours[0] == "notre" and ours[3] == "notre" and theirs[0] == "leur" and theirs[3] == "son"
    assert "x:no-first-person" not in {f.name for f in reader.features("Notre transporteur a livré en retard.")}


def test_self_criticism_in_the_conditional_is_no_speculation() -> None:
    assert "speculation" not in categories(
        "Si nous avions fait l'inspection à temps, les fissures auraient sans doute été repérées plus tôt.", "fr")
    assert "speculation" not in categories(
        "Had we carried out the inspection on time, the cracks would probably have been found earlier.", "en")


def test_a_question_being_looked_into_is_not_our_guess() -> None:
    for lang, text, word in (("en", "We are analysing who may have downloaded it.", "may"),
                             ("fr", "Nous vérifions si des données ont pu être copiées.", "pu")):
        reader = scorer(lang).reader  # type: ignore[union-attr]
        assert [t.scope for t in reader.tokens(text) if t.surface == word] == ["q"], text


def test_how_badly_someone_was_hurt_is_a_fact_not_minimising() -> None:
    assert "minimizing" not in categories("Six passengers were slightly injured.", "en")
    assert "minimizing" not in categories("L'un d'eux s'est légèrement blessé à la gencive.", "fr")
    assert "minimizing" in categories("It was only a minor hiccup, nothing to worry about.", "en")


def test_my_thoughts_go_to_them_is_empathy(project) -> None:  # type: ignore[no-untyped-def]
    from tests.test_lint_support import lint_files, statement

    sections = {"Summary": "A tram collided with a van at 7:48; seven people were injured.",
                "Quote": '"My thoughts go first to them and to their families."'}
    result = lint_files(project, {"2026-11-20-tram.md": statement(sections, severity="critical")})
    assert "no-empathy" not in {p.rule for p in result.problems}


def test_care_given_to_the_people_hurt_is_a_word_for_them(project) -> None:  # type: ignore[no-untyped-def]
    from tests.test_lint_support import lint_files, statement

    summary = "Un panneau du plafond est tombé sur le balcon pendant le concert ; deux spectateurs ont été touchés."
    cared = {"Résumé": summary, "Ce que nous faisons": "- Nous sommes en contact avec les deux spectateurs touchés "
             "et prenons en charge tous leurs frais."}
    cold = {"Résumé": summary, "Ce que nous faisons": "- Un bureau de contrôle inspecte chacun des 64 panneaux."}
    assert "no-empathy" not in {p.rule for p in lint_files(
        project, {"2026-11-27-panneau.fr.md": statement(cared, severity="major")}).problems}
    assert "no-empathy" in {p.rule for p in lint_files(
        project, {"2026-11-27-panneau.fr.md": statement(cold, severity="major")}).problems}


def test_what_would_have_happened_had_we_done_better_is_no_guess() -> None:
    assert "speculation" not in categories(
        "Had that work been finished, this attack would very probably have failed.", "en")
    assert "speculation" not in categories(
        "Si ce chantier avait été terminé, cette attaque aurait très probablement échoué.", "fr")
    assert "speculation" in categories("The attack was very probably carried out by a competitor.", "en")


def test_a_draft_note_in_capitals_or_a_bracket_awaiting_its_text_is_a_slot() -> None:
    assert "placeholder" in categories("QUOTE FROM CEO TO COME", "en")
    assert "placeholder" in categories("We have identified the cause as [TECHNICAL CAUSE - awaiting engineering].", "en")
    assert "placeholder" in categories("La cause est [CAUSE TECHNIQUE - en attente].", "fr")
    assert "placeholder" not in categories("The cause of the outage is known, and it is fixed.", "en")


@pytest.mark.parametrize(("lang", "retraction", "defence"), [
    ("fr", "Ces propos ne reposaient sur aucune donnée : les chiffres de l'université disent le contraire.",
     "Ces accusations ne reposent sur aucune donnée : les chiffres de l'université disent le contraire."),
    ("en", "His remarks were false and unfounded: our own figures show the opposite.",
     "These allegations are false."),
])
def test_taking_back_our_own_words_is_no_defence(lang: str, retraction: str, defence: str) -> None:
    # Calling a claim against us false defends; saying our own president's words had no basis retracts.
    assert "defensive" in categories(defence, lang)
    assert "defensive" not in categories(retraction, lang)


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    # A penalty waived in people's favour is kept by the organisation alone: neither defensive
    # nor beyond its power.
    ("fr", "Vous pouvez toujours voyager sans titre, sans risque d'amende.", "overpromise"),
    ("fr", "Nos contrôleurs ont pour consigne de ne dresser aucune amende pour absence de titre aujourd'hui.",
     "defensive"),
    # Abuse named as what people live through is the subject, not a loss of calm.
    ("en", "It turned the experience of people who live with abuse into a sales line.", "emotional"),
    # An apology for a figure higher than first reported owns the earlier figure.
    ("fr", "Nous regrettons que ce nombre soit plus élevé que celui annoncé d'abord.", "no-ownership"),
    # An apology for "this error" names it; « aurait dû » owns a fault; a duty is no promise; a
    # delay called short to stress its real consequences; a refund a partner pays is a remedy.
    ("en", "We apologise for this error.", "no-ownership"),
    ("fr", "Ce problème aurait dû être détecté bien plus tôt.", "speculation"),
    ("fr", "Il revient à Solidam de garantir que votre carte fonctionne, quel que soit son prestataire.",
     "overpromise"),
    ("fr", "Pour beaucoup, un retard de quelques jours a des conséquences bien réelles : un loyer, un prélèvement "
     "rejeté, des frais.", "minimizing"),
    ("en", "Tickets bought at a partner outlet are refunded by that outlet.", "blame"),
    # What our own chief executive did is ours, not someone else's fault.
    ("fr", "Le lendemain, notre PDG a répondu aux livreurs qui la dénonçaient par une phrase méprisante.", "blame"),
    # Praise for our staff's calm, our own conduct called unworthy of us, a legal idiom.
    ("en", "Our staff have kept this hospital running on paper, with extraordinary calm.", "emotional"),
    ("fr", "C’est indigne de nos boulangeries.", "emotional"),
    ("fr", "En cas de doute, ce sont ces deux sources qui font foi.", "emotional"),
    # An apology that names the harm people lived through, not "any inconvenience".
    ("en", "We apologise for the waiting times.", "no-ownership"),
])
def test_what_people_are_granted_or_live_through_is_no_fault(lang: str, sentence: str, category: str) -> None:
    from generator.checking.lint.model import scorer as model

    found = model(lang)
    assert found is not None
    judgment = found.judge(sentence)
    assert judgment is not None and judgment.category == category  # what the scorer alone would say
    assert category not in categories(sentence, lang)  # and what the linter says


# (In English, a claim reported with "say" or "claim" already reads as others' words; the
# French conditional, « serait tombé », is the sign of a guess wherever it stands.)
@pytest.mark.parametrize(("lang", "rumour", "denied", "not_denied"), [
    ("fr", "Des messages affirment qu'un skieur serait tombé du télésiège et serait mort.",
     "C'est faux : personne n'est tombé et personne n'a été grièvement blessé.", "Nous examinons ces messages."),
    ("fr", "On lit ici et là que les conducteurs auraient cessé le travail après un accident.",
     "Ce n'est pas exact : le préavis de grève porte sur les salaires.", "Nous en saurons plus ce soir."),
])
def test_a_rumour_reported_to_be_denied_is_no_guess_of_ours(lang: str, rumour: str, denied: str,
                                                            not_denied: str) -> None:
    # Others' claim, in their conditional, called false in the next sentence: we deny it, we do
    # not speculate. Followed by anything else, relaying it is speculation.
    def speculation(text: str) -> bool:
        return any(f.rule.category == "speculation" for f in text_findings(Block(text, 1, where="summary"), lang))

    assert speculation(f"{rumour} {not_denied}")
    assert not speculation(f"{rumour} {denied}")


@pytest.mark.parametrize("sentence", [
    "If your sailing was cancelled, your booking stays valid. Just come to check-in.",
    "Si votre traversée a été annulée, votre réservation reste valable. Présentez-vous simplement à l'enregistrement.",
])
def test_an_instruction_made_easy_for_the_reader_plays_nothing_down(sentence: str) -> None:
    lang = "fr" if "votre" in sentence else "en"
    assert "minimizing" not in categories(sentence, lang), sentence


def test_who_found_a_cause_named_as_the_source_of_a_finding_is_no_blame() -> None:
    sentence = ("Selon les premières constatations de nos ingénieurs et de la société de classification du navire, du "
                "carburant a jailli d'un tuyau fissuré sur une surface brûlante.")
    assert "blame" not in categories(sentence, "fr"), sentence


def test_a_french_imperfect_of_a_verb_in_r_is_no_conditional() -> None:
    # « Notre premier décompte ne couvrait que… » tells a fact (kit 54 was told it guessed); the
    # conditional of a rumour still is one.
    for sentence in ("Notre premier décompte ne couvrait que la Péninsule acadienne.",
                     "Le contrat ne couvrait pas les pannes de nuit, et nous l'avons changé.",
                     "La file d'attente durait plus de deux heures à 18 h."):
        assert "speculation" not in categories(sentence, "fr"), sentence
    assert "speculation" in categories("La fuite aurait été causée par un sous-traitant.", "fr")
