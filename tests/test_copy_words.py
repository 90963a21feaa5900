"""What a reader of the copies and the press release checks, on statements written for these
tests: times in the authors' 12-hour clock, verbs told in the third person, an organisation
that is not a company, corrections said as corrections, words about the page, a bare
"nothing", the kind of crisis, and the safety line an SMS must carry."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from generator.rendering.brief import Brief
from generator.reading.kinds import kind
from generator.rendering.channels import counting, render_copies
from generator.rendering.press import render_press_release
from tests.press_support import assert_sent_as_written, plain, statement_file, write_statement

NOW = datetime.fromisoformat("2026-09-04T20:00:00+02:00")


def _paragraphs(text: str) -> str:
    return " ".join(text.split())


def test_a_12_hour_clock_becomes_ap_time_never_twice_marked(project, settings):
    text = statement_file(sections={"Summary": (
        "From 10:14 pm on 2 September to 3:05 am on 3 September, our booking site was down. We are sorry.")},
        updates=(("2026-09-03 10:05", "resolved", "We notified the regulator at 6:50 pm yesterday."),))
    release = _paragraphs(render_press_release(write_statement(project, settings, text), settings).text)
    assert "From 10:14 p.m. on Sept. 2 to 3:05 a.m. on Sept. 3" in release
    assert "6:50 p.m." in release
    assert not re.search(r"[ap]\.m\. [ap]\.?m", release), release


def test_the_third_person_keeps_the_grammar_of_each_verb(project, settings):
    text = statement_file(sections={"Summary": (
        "Our booking site is down. We now know the cause. We cannot yet say when it will be back. "
        "It will take longer than we said.")})
    release = _paragraphs(render_press_release(write_statement(project, settings, text), settings).text)
    assert "Calypso Pay now knows the cause." in release
    assert "cannot yet say" in release and "cannots" not in release
    assert re.search(r"longer than (?:it|Calypso Pay|the company) said", release) and "saids" not in release


def test_an_organisation_that_is_not_a_company_is_never_called_one(project, settings):
    hospital = dataclasses.replace(settings, organisation="Groupe hospitalier Lac et Montagne", short_name="")
    # (No spokesperson: the release tells the apology in its own voice.)
    text = statement_file(front="", sections={"Summary": (
        "Our switchboard could not take calls this morning. We are sorry if you could not reach us. "
        "We restored both lines at 10:12.")})
    release = _paragraphs(render_press_release(write_statement(project, hospital, text), hospital).text)
    assert "the company" not in release and "customers" not in release
    assert ("Groupe hospitalier Lac et Montagne apologized if people could not reach Groupe hospitalier Lac et "
            "Montagne.") in release
    assert "the organization" not in release.lower()  # a report on someone nobody can name


def test_an_instruction_leaves_the_prose_but_a_fact_about_you_stays(project, settings):
    text = statement_file(lang="fr", front="", sections={
        "Résumé": "Des données de rendez-vous ont été volées. Nous vous présentons nos excuses.",
        "Données concernées": ("- Nom, prénom et date de naissance ;\n"
                               "- adresse postale et, si vous l'aviez donnée, adresse e-mail."),
        "Ce que vous pouvez faire": "Méfiez-vous de tout appel qui vous demande un paiement."},
        updates=(("2026-09-03 10:05", "identifié", "Nous avons porté plainte."),))
    release = _paragraphs(render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                               settings).text)
    assert "adresse postale et, si vous l’aviez donnée, adresse e-mail" in release  # a fact, kept
    # The instruction is given once, in its own words, in the advice section.
    assert release.count("Méfiez-vous de tout appel") == 1


def _said_now(statement, settings, update) -> str:  # type: ignore[no-untyped-def]
    """What the documents say of `update` now: its sentences, a withdrawn value put right."""
    return plain(" ".join(Brief(statement, settings, NOW).kept_sentences(update)))


def _corrected_statement(project, settings):  # type: ignore[no-untyped-def]
    text = statement_file(
        sections={"Summary": "Some customers were billed twice in October. We are sorry. Our refunds are under way."},
        updates=(
            ("2026-09-04 10:00", "monitoring", "Refunds have been issued."),
            ("2026-09-03 15:00", "identified",
             "About 1,870 customers are affected. The table on this page lists the invoices concerned.\n\n"
             "#### Correction · 2026-09-04 11:10\n"
             "The number of customers affected is 2,140, not 1,870, as we wrongly said in this update."),
        ))
    return write_statement(project, settings, text)


def test_a_corrected_approximate_figure_loses_its_about_in_french_too(project, settings):
    # « d'environ 140 000 », corrected to « 182 400, et non d'environ 140 000 »: never « environ 182 400 ».
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-04 10:00", "identifié", "Nous avons écrit à chaque client concerné."),
        ("2026-09-03 15:00", "identifié",
         "Une personne a consulté les historiques de commandes d'environ 140 000 clients.\n\n"
         "#### Rectificatif · 2026-09-04 11:10\n"
         "Le nombre de clients concernés est de 182 400, et non d'environ 140 000.")))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    said = _said_now(statement, settings, statement.updates[1])
    assert "historiques de commandes de 182 400 clients" in said, said
    assert "environ 182 400" not in said and "140 000" not in said, said
    assert_sent_as_written(render_copies(statement, settings, ["mastodon"], NOW), statement.updates[1],
                           ["d'environ 140 000 clients"], ["182 400, et non d'environ 140 000"])


def test_a_corrected_update_keeps_its_copy_as_sent_and_the_correction_has_its_own(project, settings):
    statement = _corrected_statement(project, settings)
    copies = render_copies(statement, settings, ["mastodon", "email"], NOW)
    # The update's copy is what went out at 15:00: its own figure, no note of a later correction.
    update = next(c for c in copies if c.channel == "mastodon" and c.kind == "update"
                  and c.update_at == statement.updates[1].at)
    text = _paragraphs("\n".join(update.parts))
    assert "About 1,870 customers are affected." in text and "2,140" not in text, text
    assert "(Corrected" not in text, text
    assert "on our website" in text and "on this page" not in text
    assert_sent_as_written(copies, statement.updates[1], ["About 1,870 customers are affected."], ["2,140, not 1,870"])
    # What the documents say now carries the right figure in its place.
    said = _said_now(statement, settings, statement.updates[1])
    assert "About 2,140 customers are affected." in said and "1,870" not in said, said
    # The correction is a post of its own, dated when it was made, naming the update it corrects.
    correction = next(c for c in copies if c.channel == "mastodon" and c.kind == "correction")
    assert correction.update_at == datetime.fromisoformat("2026-09-04T11:10:00+02:00")
    said = _paragraphs("\n".join(correction.parts))
    assert said.startswith("Correction to our update of 3 September at 15:00 CEST: The number of customers")
    assert "as we wrongly said in our update of 3 September at 15:00 CEST" in said
    mail = next(c for c in copies if c.channel == "email" and c.kind == "correction")
    assert mail.subject == "Card payments failing at checkout: correction"


def test_a_bare_nothing_is_said_whole(project, settings):
    text = statement_file(sections={
        "Summary": "Some customers were billed twice in October. We are sorry.",
        "What you should do": "In most cases, nothing. If you paid by bank transfer, write to billing@example.com."})
    brief = Brief(write_statement(project, settings, text), settings, NOW)
    assert brief.advice_items[0].startswith("In most cases, you do not need to do anything. If you paid")


def test_nothing_before_a_colon_is_said_whole_in_each_language(project, settings):
    # "Nothing: refunds are automatic" alone in an SMS or a post reads as a fragment.
    for lang, summary, advice, said in (
            ("en", "We charged the service fee twice. We are sorry.", "Nothing: refunds are automatic.",
             "You do not need to do anything: refunds are automatic."),
            ("fr", "Nous avons facturé les frais deux fois. Nous en sommes désolés.",
             "Rien : les remboursements sont automatiques.",
             "Vous n'avez rien à faire : les remboursements sont automatiques.")):
        text = statement_file(lang=lang, sections={
            "Summary" if lang == "en" else "Résumé": summary,
            "What you should do" if lang == "en" else "Ce que vous devez faire": advice})
        name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
        brief = Brief(write_statement(project, settings, text, name), settings, NOW)
        assert brief.advice_items[0] == said


def test_an_outage_that_mentions_data_is_not_a_breach(project, settings):
    outage = write_statement(project, settings, statement_file(title="Block storage outage", sections={
        "Summary": "Volumes in one region were unavailable for three hours; no data was lost. We are sorry."}))
    breach = write_statement(project, settings, statement_file(title="Unauthorised access to our support tool", sections={
        "Summary": "Someone used a stolen login to view the records of 3,412 merchants. We are sorry."}),
        "2026-09-03-other.md")
    assert (kind(outage), kind(breach)) == ("outage", "breach")


def test_data_said_safe_a_reminder_text_and_late_deliveries_are_read_for_what_they_are(project, settings):
    # A patient portal down, whose statement says no data was exposed: an outage, never a breach
    # (its checklist would ask for a CNIL notification).
    portal = statement_file(lang="fr", title="Portail patient indisponible lundi matin", sections={
        "Résumé": "De 7 h 45 à 13 h 20, notre portail patient était inaccessible. Aucune donnée n'a été perdue ni "
                  "exposée, et les soins n'ont pas été touchés. Nous présentons nos excuses aux patients."})
    # « SMS de rappel » is an appointment reminder, not a product recall.
    reminder = statement_file(lang="fr", title="SMS de rappel avec une ancienne adresse", sections={
        "Résumé": "Les SMS de rappel envoyés jeudi donnaient l'ancienne adresse du service d'imagerie. Nous nous en "
                  "excusons."})
    late = statement_file(title="Subscription deliveries running 2 to 4 working days late", sections={
        "Summary": "Orders have been arriving 2 to 4 working days later than planned. We are sorry."})
    kinds = [kind(write_statement(project, settings, text, name)) for text, name in (
        (portal, "2026-09-03-portail.fr.md"), (reminder, "2026-09-03-sms.fr.md"), (late, "2026-09-03-late.md"))]
    assert kinds[0] == "outage" and kinds[1] != "recall" and kinds[2] == "outage", kinds


def test_a_recall_sms_carries_what_to_do_and_the_lots_within_two_segments(project, settings):
    short = dataclasses.replace(settings, short_name="Verdier")
    text = statement_file(title="Recall of smoked salmon", sections={
        "Summary": "We are recalling two lots of smoked salmon because of Listeria. Do not eat it: bring it back "
                   "to the store for a refund. We are sorry.",
        "Recalled products": "| Product | Lot |\n|---|---|\n| Smoked salmon 200 g | L26316A, L26318B |"})
    statement = write_statement(project, short, text)
    (sms,) = [c.parts[0] for c in render_copies(statement, short, ["sms"], NOW) if c.kind == "announcement"]
    assert sms.startswith("Verdier: We are recalling two lots of smoked salmon because of Listeria.")
    assert "Do not eat it" in sms and "Recalled lots: L26316A, L26318B." in sms
    assert sms.endswith(short.short_url(statement.slug, "en")) and counting.sms_segments(sms) <= 2


def test_a_promise_later_today_reads_by_a_time(project, settings):
    # (The newest update of the same day as the promise: "by 23:30" says which day.)
    text = statement_file(front="next_update: 2026-09-04 23:30\n",
                          updates=(("2026-09-04 09:05", "identified", "A fix is being deployed."),))
    brief = Brief(write_statement(project, settings, text), settings, NOW)
    assert brief.promise_line() == "Next update by 23:30 CEST."
    # An update of the day before: its copies went out that day, and "by 23:30" would read as that
    # evening; the promise names its day (kit 59).
    text = statement_file(front="next_update: 2026-09-04 23:30\n")
    brief = Brief(write_statement(project, settings, text), settings, NOW)
    assert brief.promise_line() == "Next update by 4 September at 23:30 CEST."


def test_a_corrected_date_and_time_are_both_replaced_in_what_we_say_now(project, settings):
    text = statement_file(updates=(
        ("2026-09-03 15:00", "identified",
         "A sample taken on 2 September at 08:10 showed the bacteria.\n\n"
         "#### Correction · 2026-09-04 10:15\n"
         "The sample was taken on 3 September at 09:10, not on 2 September at 08:10 as we first said."),))
    statement = write_statement(project, settings, text)
    said = _said_now(statement, settings, statement.updates[0])
    assert "A sample taken on 3 September at 09:10 showed the bacteria." in said, said
    assert "2 September" not in said and "08:10" not in said, said
    assert_sent_as_written(render_copies(statement, settings, ["facebook"], NOW), statement.updates[0],
                           ["A sample taken on 2 September at 08:10 showed the bacteria."], ["3 September at 09:10"])


def test_the_communique_conjugates_the_verbs_french_has_and_leaves_quotes_alone(project, settings):
    text = statement_file(lang="fr", front="", title="Rappel d'un hochet", sections={"Résumé": (
        "Nous rappelons le hochet Noisette. C'est une faute de notre part. Nous attendons les analyses et nous "
        "prévoyons de reprendre la vente. Nous avions publié « -30 % sur tous nos jouets », nous le retirons.")},
        updates=(("2026-09-03 10:05", "identifié", "Nous livrons les magasins."),))
    release = _paragraphs(render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                               settings).text)
    assert "une faute de la part de Calypso Pay" in release  # the owner of a fault is named
    assert "attend les analyses" in release and "prévoit de reprendre" in release and "attende" not in release
    assert "« -30 % sur tous nos jouets »" in release  # a quotation is not rewritten
    assert "livre les magasins" in release and "livra" not in release


def test_facebook_never_invites_personal_details_in_comments_after_a_breach(project, settings):
    text = statement_file(title="Unauthorised access to customer accounts", sections={
        "Summary": "Someone used stolen passwords to open 4,312 customer accounts. We are sorry."})
    statement = write_statement(project, settings, text)
    (post,) = [c for c in render_copies(statement, settings, ["facebook"], NOW) if c.kind == "announcement"]
    assert "Ask them in the comments" not in post.parts[0]
    # No health data was involved: "health details" would alarm for nothing.
    assert "Please do not post personal details in the comments." in post.parts[0]
    text = statement_file(title="Unauthorised access to patient records", sections={
        "Summary": "Someone opened the patient accounts and prescriptions of 1,200 patients. We are sorry."})
    statement = write_statement(project, settings, text)
    (post,) = [c for c in render_copies(statement, settings, ["facebook"], NOW) if c.kind == "announcement"]
    assert "Please do not post personal or health details in the comments." in post.parts[0]


def test_a_site_may_give_sms_more_segments_to_keep_french_accents(project, settings):
    text = statement_file(lang="fr", front="", title="Rappel d'un hochet", sections={"Résumé": (
        "Nous rappelons le hochet Noisette, car une pièce peut se détacher et être avalée. Ne le donnez plus à "
        "votre enfant : rapportez-le en magasin pour être remboursé. Nous vous présentons nos excuses.")},
        updates=(("2026-09-03 10:05", "identifié", "Nous avons retiré le hochet de la vente."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")

    def announcement(site):  # type: ignore[no-untyped-def]
        return next(c.parts[0] for c in render_copies(statement, site, ["sms"], NOW) if c.kind == "announcement")

    two = announcement(settings)
    assert counting.sms_segments(two) <= 2 and "etre" in two  # the two segments: plain letters
    four = announcement(dataclasses.replace(settings, limits={"sms": 4}))
    assert counting.sms_encoding(four) == "ucs2" and counting.sms_segments(four) <= 4
    assert "être remboursé" in four and "etre" not in four


def test_a_correction_that_changes_what_a_figure_counts_is_told_in_its_own_words(project, settings):
    # "41,800, not 18,400" with "the file also held home insurance": put into the first
    # sentence, 41,800 would be "customers paying their car insurance", which is false.
    text = statement_file(updates=(
        ("2026-09-04 10:00", "monitoring", "Refunds have been issued."),
        ("2026-09-03 15:00", "identified",
         "About 18,400 customers paying their car insurance monthly are affected. We will refund them.\n\n"
         "#### Correction · 2026-09-03 18:30\n"
         "The figure is 41,800 customers, not 18,400. The second file also held home insurance contracts; "
         "our first count covered car contracts only."),
    ))
    statement = write_statement(project, settings, text)
    said = _said_now(statement, settings, statement.updates[1])
    assert "41,800 customers paying their car insurance" not in said, said
    assert "About 18,400 customers" not in said, said
    # The correction's sentence stands where the old figure stood, so "them" still has its
    # antecedent.
    assert "The figure is 41,800 customers, not 18,400. We will refund them." in said, said
    # The copies of the update say what it said; the correction's own copy says why the figure changed.
    assert_sent_as_written(render_copies(statement, settings, ["mastodon"], NOW), statement.updates[1],
                           ["About 18,400 customers paying their car insurance monthly are affected."],
                           ["41,800 customers, not 18,400", "The second file also held home insurance contracts"])


def test_the_release_dates_a_correction_when_it_was_made_not_at_the_update_it_corrects(project, settings):
    text = statement_file(updates=(
        ("2026-09-04 10:00", "monitoring", "Refunds have been issued."),
        ("2026-09-03 15:00", "identified",
         "About 1,870 customers are affected.\n\n"
         "#### Correction · 2026-09-03 18:30\n"
         "The number of customers affected is 2,140, not 1,870."),
    ))
    release = render_press_release(write_statement(project, settings, text), settings).text
    lines = [line for line in release.splitlines() if line.startswith("- ")]
    correction = next(line for line in lines if "2,140, not 1,870" in line)
    assert correction.startswith("- 6:30 p.m. CEST on Sept. 3, correction of the update of 3 p.m. on Sept. 3:"), correction
    update = next(line for line in lines if line.startswith("- 3 p.m. CEST on Sept. 3:"))
    # The update said 1,870 when it was published: the record says so, beside the right figure, in
    # the past of that day (a journalist who lifts the line never prints the wrong one).
    assert "2,140 (corrected at 6:30 p.m. CEST on Sept. 3; first published as about 1,870) customers were affected" in update
    assert update.count("1,870") == 1, update
    assert lines.index(correction) < lines.index(update)


def test_the_release_keeps_the_grammar_of_a_third_person_apology_and_verbs_of_the_third_group(project, settings):
    text = statement_file(lang="fr", front="", title="Notre publicité est retirée", sections={
        "Résumé": "Notre publicité se moquait des conducteurs âgés. Nous avons eu tort de la diffuser et nous vous "
                  "présentons nos excuses. Nous reconstruisons chaque système et nous inscrivons chaque client."},
        updates=(("2026-09-03 10:05", "résolu", "La publicité est retirée."),))
    release = _paragraphs(render_press_release(write_statement(project, settings, text, "2026-09-03-test.fr.md"),
                                               settings).text)
    assert "les excuses de" not in release and "présente ses excuses" in release, release
    assert "reconstruit chaque système" in release and "inscrit chaque client" in release, release


def test_an_english_lead_keeps_its_own_capital_and_attributes_at_its_end(project, settings):
    text = statement_file(front="", title="Fire at our hotel", sections={
        "Summary": "A fire broke out at 11:20 p.m. in the hotel laundry. All guests were evacuated."})
    release = _paragraphs(render_press_release(write_statement(project, settings, text), settings).text)
    assert "said A fire" not in release and "— A fire broke out at 11:20 p.m. in the hotel laundry, Calypso Pay said." \
        in release, release


def test_a_release_names_the_day_of_todays_things_in_ap_style(project, settings):
    text = statement_file(front="", title="Exams postponed", sections={
        "Summary": "Our e-mail is down. Today's online exams are postponed; today's lectures go ahead."})
    release = _paragraphs(render_press_release(write_statement(project, settings, text), settings).text)
    assert "'s online exams" not in release and "the Sept. 3 online exams are postponed" in release.replace(
        "The Sept. 3", "the Sept. 3"), release


def test_french_elides_de_before_a_mute_h_in_an_organisation_name(project, settings):
    from generator.rendering.documents.formatting import french_of

    assert french_of("Harmonie Alcôve") == "d’Harmonie Alcôve"
    assert french_of("Hôtels Alcôve") == "des Hôtels Alcôve"  # a plural name takes « des », never « du groupe »
    assert french_of("Hachette Livre") == "de Hachette Livre"  # an aspirated h takes no elision
    assert french_of("Calypso Pay") == "de Calypso Pay"


def test_an_organisation_named_per_language_signs_each_language_with_its_own_name(project):
    from generator.reading.settings import load_settings
    from generator.rendering.documents.replies import reply_templates

    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "    organisation: Calypso Pay\n", "    organisation: {en: Calypso Payments, fr: Paiements Calypso}\n"), "utf-8")
    settings = load_settings(project)
    assert settings.organisation == "Calypso Payments"
    text = statement_file(lang="fr", front="", updates=(("2026-09-03 10:05", "identifié", "Un correctif est en cours."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    release = _paragraphs(render_press_release(statement, settings).text)
    assert "Paiements Calypso" in release and "Calypso Payments" not in release, release
    sms = next(c for c in render_copies(statement, settings, ["sms"], NOW) if c.kind == "announcement")
    assert sms.parts[0].startswith("Paiements Calypso :") or "Paiements Calypso" in sms.parts[0], sms.parts
    replies = " ".join(t.text for t in reply_templates(statement, settings, NOW).values())
    assert "Calypso Payments" not in replies


def test_an_organisation_name_for_a_language_the_site_lacks_is_a_settings_error(project):
    from generator.core.errors import SettingsError
    from generator.reading.settings import load_settings

    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "    organisation: Calypso Pay\n", "    organisation: {en: Calypso Payments, de: Calypso Zahlungen}\n"), "utf-8")
    try:
        load_settings(project)
    except SettingsError as error:
        assert "organisation" in str(error) and "'de'" in str(error)
    else:
        raise AssertionError("a name for a language the site does not have must be refused")


def test_a_food_poisoning_asks_for_no_health_details_in_comments_in_either_language(project, settings):
    english = statement_file(front="", title="57 guests fell ill after our brunch", sections={
        "Summary": "57 people fell ill after eating at our brunch on 22 November: a mousse made with raw eggs carrying "
                   "salmonella. This is our fault and we apologise."})
    french = statement_file(lang="fr", front="", title="57 clients malades après notre brunch", sections={
        "Résumé": "57 personnes sont tombées malades après avoir mangé à notre brunch du 22 novembre : une mousse "
                  "préparée avec des œufs crus contaminés par des salmonelles. C'est notre faute et nous présentons "
                  "nos excuses."}, updates=(("2026-09-03 10:05", "identifié", "Le restaurant est fermé."),))
    for text, name, words in ((english, "2026-09-03-test.md", "Please do not post personal or health details"),
                              (french, "2026-09-03-test.fr.md", "Merci de ne pas publier d'informations personnelles")):
        statement = write_statement(project, settings, text, name)
        post = next(c for c in render_copies(statement, settings, ["facebook"], NOW) if c.kind == "announcement")
        assert words in "\n".join(post.parts), post.parts


def test_asbestos_found_in_a_building_is_a_safety_notice_in_both_languages(project, settings):
    english = statement_file(front="", title="Ormes building closed after asbestos was found", sections={
        "Summary": "The Ormes building has been closed since 19 November: works uncovered ceiling tiles containing "
                   "asbestos. Classes have moved."})
    french = statement_file(lang="fr", front="", title="Bâtiment des Ormes fermé après la découverte d'amiante",
                            sections={"Résumé": "Le bâtiment des Ormes est fermé depuis le 19 novembre : des travaux ont "
                                                "mis au jour des dalles contenant de l'amiante. Les cours sont déplacés."},
                            updates=(("2026-09-03 10:05", "identifié", "Les mesures de l'air sont en cours."),))
    assert kind(write_statement(project, settings, english, "2026-09-03-ormes.md")) == "safety"
    assert kind(write_statement(project, settings, french, "2026-09-03-ormes.fr.md")) == "safety"


def test_a_pharmacy_closed_by_a_water_leak_is_no_data_breach_and_an_airport_water_notice_no_home_advice(
        project, settings):
    leak = statement_file(lang="fr", front="", title="Pharmacie Talensac fermée après un dégât des eaux", sections={
        "Résumé": "Une fuite d'eau venue de l'étage a inondé notre pharmacie de Talensac dans la nuit. Elle est fermée "
                  "jusqu'à lundi."}, updates=(("2026-09-03 10:05", "identifié", "Les travaux ont commencé."),))
    assert kind(write_statement(project, settings, leak, "2026-09-03-talensac.fr.md")) != "breach"
    english = statement_file(front="", title="Tomorrow's final: tickets", sections={
        "Summary": "Tonight's Elite Handball Cup final stream failed for 40 minutes. We are sorry."})
    release = _paragraphs(render_press_release(write_statement(project, settings, english), settings).text)
    assert "'s Elite Handball" not in release.replace("the Sept. 3 Elite", ""), release


def test_a_service_disrupted_after_a_fire_or_a_place_closed_now_is_an_outage(project, settings):
    # The fire destroyed trucks and hurt nobody: the news is the collection, so its services are
    # listed on the page; a pool closed as a precaution is a service down, in both languages.
    collection = statement_file(lang="fr", front="affected: [ORDURES MÉNAGÈRES, TRI SÉLECTIF]\n",
                                title="Collecte des déchets perturbée dans le secteur nord après l'incendie du dépôt",
                                sections={"Résumé": "Un incendie a détruit 11 camions de collecte. Personne n'a été "
                                                    "blessé. La collecte est retardée dans 8 communes."})
    pool = statement_file(front="", title="Parc-aux-Cerfs pool closed as a precaution", sections={
        "Summary": "The pool has been closed since 24 November: cracks appeared in the ceiling. We are sorry."})
    assert kind(write_statement(project, settings, collection, "2026-09-03-collecte.fr.md")) == "outage"
    assert kind(write_statement(project, settings, pool, "2026-09-03-pool.md")) == "outage"


def test_a_details_link_stays_with_the_advice_it_details(project, settings):
    text = statement_file(sections={
        "Summary": "Our waiting room failed during the on-sale. We are sorry.",
        "What you should do": "If you see a pending payment, you do not need to do anything: your bank releases it "
                              "within 5 working days. Details: https://www.example.com/help/pending\n\n"
                              "Buy tickets only on our site."})
    brief = Brief(write_statement(project, settings, text), settings, NOW)
    assert brief.advice[0].endswith("within 5 working days. Details: https://www.example.com/help/pending")
    assert not any(item.startswith("Details:") for item in brief.advice)


def test_a_correction_of_one_line_of_a_plan_never_rewrites_the_others(project, settings):
    # « C3 : 1 bus sur 2, et non 1 sur 3 » once turned « T2, 1 tram sur 3 » into « 1 tram sur 2 »
    # on every channel; a first count that left a group out is no new price for everyone.
    from generator.rendering.corrections import corrected

    plan = "Voici le plan : T1, 1 tram sur 2 ; T2, 1 tram sur 3 ; C3, 1 bus sur 3 ; autres lignes, 70 %."
    fixed = corrected(plan, ["La ligne C3 circulera avec 1 bus sur 2, et non 1 bus sur 3 comme indiqué."])
    assert "T2, 1 tram sur 3" in fixed and "C3, 1 bus sur 2" in fixed, fixed
    text = "18,420 Kerria Plus customers were charged €7.99 twice."
    told = corrected(text, ["The number of customers affected is 21,840, not 18,420. Our first count left out the "
                            "3,420 Kerria Metal customers, who were charged €14.99 twice."])
    assert told == text


def test_a_count_that_also_covers_others_keeps_the_next_sentence_its_antecedent_in_french(project, settings):
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 19:00", "surveillance",
         "Tous les mots de passe ont été réinitialisés. Environ 41 000 patients sont concernés. Nous commencerons à "
         "les prévenir individuellement demain.\n\n"
         "#### Rectificatif · 2026-09-04 12:00\n"
         "Le nombre exact de patients concernés est de 48 312, et non d'environ 41 000. Notre premier décompte "
         "n'incluait pas les patients des trois centres d'imagerie."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    said = _said_now(statement, settings, statement.updates[0])
    assert ("Le nombre exact de patients concernés est de 48 312, et non d'environ 41 000. Nous commencerons à les "
            "prévenir") in said, said
    assert "Environ 41 000 patients sont concernés" not in said
    assert_sent_as_written(render_copies(statement, settings, ["facebook"], NOW), statement.updates[0],
                           ["Environ 41 000 patients sont concernés."],
                           ["48 312", "Notre premier décompte n'incluait pas les patients des trois centres d'imagerie"])


def test_a_corrected_count_keeps_the_promise_said_in_the_same_sentence(project, settings):
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 19:00", "identifié",
         "La panne vient d'une mise à jour. Environ 2 900 trajets sont concernés ; aucun ne vous sera facturé au-delà "
         "de son temps réel.\n\n"
         "#### Rectificatif · 2026-09-04 12:00\n"
         "Le nombre de trajets concernés est de 3 870, et non d'environ 2 900 : notre premier décompte n'incluait pas "
         "les trajets commencés avec la carte de transport."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    said = _said_now(statement, settings, statement.updates[0])
    assert "3 870" in said and "2 900 trajets sont concernés" not in said, said
    assert "Aucun ne vous sera facturé au-delà de son temps réel." in said, said
    assert_sent_as_written(render_copies(statement, settings, ["facebook"], NOW), statement.updates[0],
                           ["Environ 2 900 trajets sont concernés ; aucun ne vous sera facturé"], ["3 870"])


def test_german_statements_are_read_for_their_kind_and_an_english_brand_is_no_fire(project, settings, tmp_path):
    import shutil
    from pathlib import Path

    from generator.reading.reader import parse_statement
    from generator.reading.settings import load_settings

    german = tmp_path / "german"
    shutil.copytree(Path(__file__).parent / "fixtures" / "german", german)
    german_settings = load_settings(german)
    cases = (
        ("Kartenzahlungen an der Kasse schlagen fehl", "Seit 13:10 Uhr schlagen Kartenzahlungen fehl.", "outage"),
        ("Busbrand auf dem Betriebshof Wetzlar", "Ein Bus ist in Brand geraten; zwei Fahrer wurden leicht verletzt.",
         "safety"),
        ("Rückruf von Katzenfutter", "Wir rufen zwei Chargen unseres Katzenfutters zurück.", "recall"),
        ("Ausfall des Kundenportals", "Das Portal war nicht erreichbar. Es wurden keine personenbezogenen Daten "
         "abgerufen.", "outage"),
    )
    for number, (title, summary, expected) in enumerate(cases):
        text = statement_file(lang="de", title=title, front="", sections={"Zusammenfassung": summary},
                              updates=(("2026-09-03 10:05", "Untersuchung", summary),))
        path = german / "statements" / f"2026-09-0{number + 1}-fall.de.md"
        path.write_text(text.replace("## Updates", "## Aktualisierungen"), encoding="utf-8")
        statement, problems = parse_statement(path, path.read_bytes(), german_settings)
        assert statement is not None, [p.format() for p in problems]
        assert kind(statement) == expected, (title, expected)
    # "our brand" in English is no German „Brand“ (fire).
    english = statement_file(title="Our campaign hurt our brand", front="", sections={
        "Summary": "We misjudged the tone of our campaign and our brand suffered. We are sorry."})
    assert kind(write_statement(project, settings, english, "2026-09-03-brand.md")) != "safety"


def test_a_summary_promise_with_a_date_is_said_once(project, settings):
    text = statement_file(lang="fr", severity="major", front="next_update: 2026-09-05 07:30\n",
                          title="Eau du robinet impropre à la consommation", sections={
                              "Résumé": "L'eau du robinet est impropre à la consommation dans 7 communes. Nous vous "
                                        "présentons nos excuses. Prochain point le samedi 5 septembre à 7 h 30."},
                          updates=(("2026-09-03 10:05", "identifié", "Les bouteilles sont distribuées."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    for copy in render_copies(statement, settings, ["facebook", "email", "mastodon"], NOW):
        if copy.kind == "announcement":
            said = " ".join(copy.parts)
            assert said.count("Prochain point") == 1, said


def test_a_long_linkedin_post_keeps_the_next_update(project, settings):
    happened = " ".join(f"At step {n} the team checked valve {n} of the network and found it working." for n in range(60))
    text = statement_file(severity="major", front="next_update: 2026-09-05 07:30\n",
                          title="Tap water unsafe to drink in seven villages", sections={
                              "Summary": "Tap water is unsafe to drink in seven villages. We are sorry.",
                              "What happened": happened},
                          updates=(("2026-09-03 10:05", "identified", "Bottled water is handed out."),))
    statement = write_statement(project, settings, text)
    post = {c.kind: c for c in render_copies(statement, settings, ["linkedin"], NOW)}["announcement"]
    said = " ".join(post.parts)
    assert "Next update by" in said, said[-400:]


def test_a_correction_that_adds_to_a_list_never_leaves_the_old_list_with_the_new_total(project, settings):
    # "18,640 owls from these lots" beside the five lots the update listed would tell a parent
    # holding a 2608C owl that it is not recalled: the correction's words say what it adds.
    text = statement_file(lang="en", front="", updates=(
        ("2026-09-03 19:00", "identified",
         "We are recalling the Hoot owl, lots 2607A, 2607B and 2608A. 17,180 owls from these lots were sold. "
         "Please take the owl away from children now.\n\n"
         "#### Correction · 2026-09-04 12:00\n"
         "Lot 2608C is also recalled. It was missing from this list because of an error in our records. 1,460 owls "
         "from this lot were sold, which brings the number of owls recalled to 18,640, not 17,180."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.md")
    said = _said_now(statement, settings, statement.updates[0])
    assert "from these lots were sold" not in said, said
    assert "Lot 2608C is also recalled." in said and "18,640" in said, said
    assert "Please take the owl away from children now." in said
    assert_sent_as_written(render_copies(statement, settings, ["facebook"], NOW), statement.updates[0],
                           ["17,180 owls from these lots were sold."], ["Lot 2608C is also recalled.", "18,640"])


def test_a_corrected_count_in_words_takes_the_total_it_changes_with_it_in_french(project, settings):
    # « Sept personnes sont blessées » left beside « huit légèrement blessées » and a seriously
    # injured skier would give three counts in one post.
    text = statement_file(lang="fr", front="", updates=(
        ("2026-09-03 19:00", "identifié",
         "L'évacuation est terminée. Sept personnes sont blessées. Une skieuse, grièvement blessée, a été héliportée "
         "vers Chambéry ; six personnes sont légèrement blessées. Prochain point demain.\n\n"
         "#### Rectificatif · 2026-09-04 12:00\n"
         "Huit personnes ont été légèrement blessées, et non six : deux skieurs se sont présentés au cabinet médical "
         "le soir. Neuf personnes ont donc été blessées au total."),))
    statement = write_statement(project, settings, text, "2026-09-03-test.fr.md")
    said = _said_now(statement, settings, statement.updates[0])
    assert "Sept personnes sont blessées" not in said and "six personnes sont" not in said, said
    assert "Neuf personnes ont donc été blessées au total." in said, said
    assert "Une skieuse, grièvement blessée, a été héliportée vers Chambéry." in said, said
    assert_sent_as_written(render_copies(statement, settings, ["facebook"], NOW), statement.updates[0],
                           ["Sept personnes sont blessées."], ["Neuf personnes ont donc été blessées au total."])


def _recanting_statement(lang: str) -> str:
    if lang == "en":
        update = ("No data has been lost. We are putting the database back to its previous state.\n\n"
                  "#### Correction · 2026-09-04 12:00\n"
                  "We wrote that no data had been lost. That is wrong: 214 invoices created between 08:41 and 08:47 "
                  "were not saved. They belong to 96 businesses, to whom we are writing now with the list of invoices "
                  "to enter again, and we will take 7 days off each of their invoices this month.")
        return statement_file(updates=(("2026-09-03 10:05", "identified", update),))
    update = ("Aucune donnée n'a été perdue. Nous remettons la base de données dans son état précédent.\n\n"
              "#### Rectificatif · 2026-09-04 12:00\n"
              "Nous avons écrit qu'aucune donnée n'avait été perdue. C'est inexact : 214 factures créées entre 08:41 "
              "et 08:47 n'ont pas été enregistrées. Elles appartiennent à 96 entreprises, à qui nous écrivons en ce "
              "moment avec la liste des factures à ressaisir, et nous retirons 7 jours de chacune de leurs factures.")
    return statement_file(lang="fr", updates=(("2026-09-03 10:05", "identifié", update),))


def test_a_correction_never_says_what_we_wrote_without_saying_it_was_wrong(project, settings):
    # "Correction: We wrote that no data had been lost." alone in the first post, the SMS or the
    # picture would spread the very claim it withdraws.
    for lang, name, wrote, wrong in (("en", "2026-09-03-test.md", "We wrote that no data had been lost.", "That is wrong"),
                                     ("fr", "2026-09-03-test.fr.md", "Nous avons écrit qu'aucune donnée n'avait été "
                                      "perdue.", "C'est inexact")):
        statement = write_statement(project, settings, _recanting_statement(lang), name)
        copies = render_copies(statement, settings, ["x", "bluesky", "sms", "instagram"], NOW)
        for copy in (c for c in copies if c.kind == "correction"):
            first = copy.parts[0].replace("\u00a0", " ")
            assert wrote.split(" ", 3)[3][:20] in first and wrong in first, (copy.channel, first)
            if copy.channel == "sms":  # and what is true, not only that something was false
                assert "214" in first, first


def test_a_sentence_a_correction_recants_is_never_told_again_as_a_fact_in_what_we_say_now(project, settings):
    for lang, name, claim, other in (
            ("en", "2026-09-03-test.md", "No data has been lost.", "We are putting the database back"),
            ("fr", "2026-09-03-test.fr.md", "Aucune donnée n'a été perdue.", "Nous remettons la base de données")):
        statement = write_statement(project, settings, _recanting_statement(lang), name)
        said = _said_now(statement, settings, statement.updates[0])
        assert claim not in said and other in said, said  # (the sentence it does not recant stays)
        release = plain(render_press_release(statement, settings).text)
        assert claim not in release, release
        assert "214" in release, release  # the correction's own words say what is true
        # The update's copies were sent with the claim; the correction's say it was wrong.
        assert_sent_as_written(render_copies(statement, settings, ["facebook", "x"], NOW), statement.updates[0],
                               [claim], ["214"])


def test_contact_details_shown_to_other_customers_is_a_breach_and_its_sms_carries_no_link(project, settings):
    # A breach said without "data breach": people's contact details seen by other customers, the
    # CNIL told. Its SMS names the site to type by hand: after a breach, texts with links are
    # what fraudsters send.
    english = statement_file(title="Contact details of 7,412 users shown to other customers", front="", sections={
        "Summary": "From 24 to 26 November, our accountant search could show other customers the name and e-mail "
                   "address of 7,412 users. We are sincerely sorry. We informed the CNIL on 27 November."})
    french = statement_file(lang="fr", title="Coordonnées de 7 412 utilisateurs affichées à d'autres clients",
                            front="", sections={
        "Résumé": "Du 24 au 26 novembre, notre recherche d'expert-comptable pouvait montrer à d'autres clients le nom et "
                  "l'adresse e-mail de 7 412 utilisateurs. Nous en sommes sincèrement désolés. Nous avons informé la "
                  "CNIL le 27 novembre."})
    for text, name in ((english, "2026-09-03-test.md"), (french, "2026-09-03-test.fr.md")):
        statement = write_statement(project, settings, text, name)
        assert kind(statement) == "breach"
        copies = render_copies(statement, settings, ["sms", "email"], NOW)
        sms = "\n".join(c.parts[0] for c in copies if c.channel == "sms")
        assert "https://" not in sms and "/s/" not in sms, sms
        for email in (c for c in copies if c.channel == "email"):
            assert "https://" not in "\n".join(email.parts) and "href=" not in (email.html or ""), email.parts


def test_an_email_subject_never_cuts_a_route_or_a_time_of_day(project, settings):
    # "Engine failure on the 7:15 a.m: update…" and « …de 7 h 15 Vannes : point… » lose what
    # the subject is about.
    for lang, title, kept in (
            ("en", "Engine failure on the 7:15 a.m. Vannes – Île-aux-Moines crossing: three crossings cancelled",
             "7:15 a.m. Vannes – Île-aux-Moines crossing"),
            ("fr", "Panne du bateau de 7 h 15 Vannes – Île-aux-Moines : trois traversées annulées",
             "Vannes – Île-aux-Moines")):
        text = statement_file(lang=lang, title=title, front="", started="2026-09-03 07:40", updates=(
            ("2026-09-03 10:30", "identified" if lang == "en" else "identifié",
             "The replacement boat is in service." if lang == "en" else "Le bateau de remplacement est en service."),
            ("2026-09-03 08:45", "identified" if lang == "en" else "identifié",
             "We are looking for a replacement boat." if lang == "en" else "Nous cherchons un bateau de remplacement.")))
        statement = write_statement(project, settings, text, f"2026-09-03-test{'.fr' if lang == 'fr' else ''}.md")
        for copy in (c for c in render_copies(statement, settings, ["email"], NOW) if c.kind == "update"):
            assert kept in (copy.subject or "").replace("\u00a0", " ").replace("\u202f", " "), copy.subject


def test_a_breach_thread_keeps_the_scam_warning_and_where_to_call_and_no_post_opens_on_it(project, settings):
    # At a real address (X counts every link as 23), the short-post announcement of a breach
    # holds the news, the apology, the e-mail to read, the scam warning and the helpline.
    real = dataclasses.replace(settings, site_url="https://status.calypso-pay.com/")
    text = statement_file(
        severity="critical", started="2026-09-01 10:00", title="Contact details shown to other customers",
        front="kind: breach\nnext_update: 2026-09-06 12:00\n",
        sections={"Summary": ("From 1 to 3 September, our account search could show other customers the name and "
                              "e-mail address of 7,412 users, and the phone number of 1,318 of them. "
                              "We are sincerely sorry. No password, invoice or bank data was exposed. The flaw is "
                              "fixed, we informed the CNIL on 4 September, and every person concerned has received "
                              "an e-mail from us."),
                  "What you should do": (
                      "- Read the e-mail we sent you on 4 September from security@calypso-pay.com: it tells you "
                      "whether you are concerned. It contains no link and no attachment.\n"
                      "- Be wary of messages and calls that claim to come from Calypso Pay and ask you for a "
                      "password, a code received by text message or a bank transfer. We will never ask you for any "
                      "of these.\n"
                      "- You do not need to change your password: it was not exposed.\n"
                      "- For any question, call our dedicated line, +33 1 99 00 42 30, every day from 09:00 to "
                      "18:00. You also have the right to lodge a complaint with the CNIL.")},
        updates=(("2026-09-01 16:00", "identified", "We switched the search off at 15:40."),))
    statement = write_statement(project, real, text)
    for channel in ("x", "bluesky"):
        thread = next(c for c in render_copies(statement, real, [channel], NOW) if c.kind == "announcement").parts
        said = _paragraphs(" ".join(thread))
        assert "Contact details shown to other customers" in thread[0] or "7,412 users" in thread[0], thread
        assert "7,412 users" in said and "sorry" in said, thread
        assert "Be wary of messages and calls" in said and "+33 1 99 00 42 30" in said, thread
        assert not any(re.match(r"(?:It|We will never ask you for any)\b", part) for part in thread), thread


def test_what_we_say_now_puts_the_right_count_in_place_and_leaves_out_a_contradicted_claim(project, settings):
    text = statement_file(updates=(
        ("2026-09-03 17:50", "identified",
         "There were 48 passengers and 2 drivers on the coach. 14 people were taken to hospital.\n\n"
         "#### Correction · 2026-09-03 21:10\n"
         "There were 46 passengers on board, not 48: two people who had booked did not travel. With our two "
         "drivers, 48 people were on the coach."),
        ("2026-09-03 12:00", "identified",
         "About 3,400 customers received another customer's statement. They contain no full IBAN, card number or "
         "password.\n\n#### Correction · 2026-09-03 15:45\n"
         "Contrary to what we wrote, the statements of 1,120 business accounts do show the full IBAN.")))
    statement = write_statement(project, settings, text)
    coach = _said_now(statement, settings, statement.updates[0])
    assert "There were 46 passengers and 2 drivers" in coach, coach
    assert "48 passengers" not in coach, coach
    iban = _said_now(statement, settings, statement.updates[1])
    assert "contain no full IBAN" not in iban, iban
    assert "About 3,400 customers received another customer's statement." in iban, iban
    copies = render_copies(statement, settings, ["facebook"], NOW)
    assert_sent_as_written(copies, statement.updates[0], ["There were 48 passengers and 2 drivers"],
                           ["46 passengers on board, not 48"])
    # The contradiction is told in its own words, in the correction's own copy.
    assert_sent_as_written(copies, statement.updates[1], ["They contain no full IBAN"],
                           ["Contrary to what we wrote, the statements of 1,120 business accounts do show the full IBAN"])


def test_a_correction_that_says_the_opposite_state_takes_the_wrong_sentence_out_of_what_we_say_now(project, settings):
    text = statement_file(updates=(
        ("2026-09-03 16:00", "identified",
         "We are postponing 140 operations. The emergency department of the Drac clinic is closed: patients are "
         "being sent to the university hospital.\n\n"
         "#### Correction · 2026-09-03 19:30\n"
         "The emergency department of the Drac clinic is still open to patients who arrive by their own means. "
         "Only ambulances are being sent to the university hospital."),))
    statement = write_statement(project, settings, text)
    said = _said_now(statement, settings, statement.updates[0])
    assert "Drac clinic is closed" not in said, said
    assert "We are postponing 140 operations." in said, said
    assert_sent_as_written(render_copies(statement, settings, ["facebook", "x"], NOW), statement.updates[0],
                           ["The emergency department of the Drac clinic is closed"], ["still open"])


def test_words_quoted_keep_their_closing_mark_and_stay_whole(project, settings):
    text = statement_file(sections={
        "Summary": "Our advert mocked a child with dyslexia. We apologise.",
        "What happened": ("It showed a boy, with the words: \"Reads the same line three times? He's not dyslexic. He's "
                          "just not at our school yet.\" On the evening of 2 September, parents shared it widely.")})
    statement = write_statement(project, settings, text)
    for copy in render_copies(statement, settings, ["linkedin", "facebook"], NOW):
        if copy.kind == "announcement":
            said = _paragraphs(" ".join(copy.parts))
            if "Reads the same line" in said:
                assert "He's just not at our school yet.\" On the evening" in said, (copy.channel, said)


def test_me_in_the_advice_is_named_outside_the_leader_s_own_quote(project, settings):
    for lang, advice, named in (
            ("en", "- Any parent who wants to speak to me directly can write to head@example.org.",
             "speak to Ann Lee directly"),
            ("fr", "- Les parents qui souhaitent m'écrire directement peuvent le faire à head@example.org.",
             "écrire à Ann Lee directement")):
        text = statement_file(lang=lang, front="spokesperson: {name: Ann Lee, role: Head of School}\n", sections={
            ("Summary" if lang == "en" else "Résumé"): ("Our advert mocked a child. We apologise." if lang == "en" else
                                                        "Notre publicité s'est moquée d'un enfant. Nous présentons nos "
                                                        "excuses."),
            ("What you should do" if lang == "en" else "Ce que vous pouvez faire"): advice})
        name = "2026-09-03-test.md" if lang == "en" else "2026-09-03-test.fr.md"
        statement = write_statement(project, settings, text, name)
        said = " ".join(" ".join(c.parts) for c in render_copies(statement, settings, ["facebook", "linkedin"], NOW))
        assert named in said and "to me directly" not in said and "m'écrire" not in said, said


def test_a_promotion_and_a_contemptuous_reply_read_as_a_bad_buzz(project, settings):
    # No `kind:`: « notre promotion … et la réponse de notre PDG … une phrase méprisante » is a bad
    # buzz, its release closed, never « Situation rétablie » (an outage's words).
    text = statement_file(lang="fr", front="", title="Notre promotion pendant la tempête et la réponse de notre PDG",
                          sections={"Résumé": "Pendant la tempête, nous avons envoyé une promotion incitant à commander. "
                                              "Le lendemain, notre PDG a répondu aux livreurs par une phrase méprisante. "
                                              "Nous présentons nos excuses aux livreurs."},
                          updates=(("2026-09-03 18:30", "résolu", "Nous avons rencontré les livreurs."),))
    statement = write_statement(project, settings, text, "2026-09-03-tempete.fr.md")
    assert kind(statement) == "incident"
    release = render_press_release(statement, settings).text
    assert "Situation rétablie" not in release, release


def test_a_post_that_lists_the_recalled_lots_never_sends_people_to_the_website_for_them(project, settings):
    summary = ("We are recalling about 9,400 Brisk 2 kettle bases, because a faulty solder joint can make them "
               "overheat. If the sticker under your base shows one of the lot numbers below, unplug it now and order "
               "a free replacement. Nobody has been hurt. We are sorry.")
    table = "| Product | Lots |\n|---|---|\n| Brisk 2 charging base, white | K25C11, K25C12, K25C13 |"
    text = statement_file(title="Safety recall of some Brisk 2 kettle bases", severity="major",
                          started="2026-09-03 16:00", front="kind: recall\n",
                          sections={"Summary": summary, "Recalled products": table},
                          updates=(("2026-09-03 16:00", "identified", "We have started the recall."),))
    statement = write_statement(project, settings, text, "2026-09-03-brisk.md")
    copies = [c for c in render_copies(statement, settings, ["x", "bluesky", "mastodon", "facebook", "instagram"], NOW)
              if c.update_at is None]
    listing = [c for c in copies if "K25C13" in "\n".join(c.parts)]
    assert listing, [c.parts for c in copies]
    for copy in listing:
        said = "\n".join(copy.parts)
        # (Named in the sentence itself: the post, the text or the picture has no table below it.)
        assert "lot numbers on our website" not in said, (copy.channel, said)
        assert "one of the lot numbers K25C11, K25C12 or K25C13, unplug it now" in said, (copy.channel, said)
