"""Words and facts found wrong by the review of kit 55 and the newcomer trial of session 55
(statements written here, never copied from the kit)."""

from __future__ import annotations

import json


def test_a_service_kept_shut_after_its_incident_closed_is_no_major_outage_of_the_whole_page(tmp_path):
    """A terminal left out of service once its incident is closed (`resolved`, with
    `component_status` keeping it down, the text saying it stays shut) while the other services
    work: the status API says "Partial System Outage", as Statuspage says of one site down among
    many, and the home page's banner never reads "Major outage"."""
    from tests.test_site_components import text_of
    from tests.test_site_support import build, read, statement

    text = statement(title="Payout terminal damaged", severity="critical", status="resolved",
                     extra="affected: [Payouts]\ncomponent_status: {Payouts: major_outage}\n",
                     summary="A power surge damaged the payout system on 18 November. We are sorry.",
                     update="The investigation is over. Payouts stay closed until the new system is installed "
                            "on 30 November.")
    site = build(tmp_path, extra={"2026-11-18-payouts.md": text})
    api = json.loads(read(site, "api/v2/status.json"))
    assert api["status"]["description"] != "Major System Outage", api
    components = {c["name"]: c["status"] for c in json.loads(read(site, "api/v2/components.json"))["components"]}
    assert components["Payouts"] == "major_outage", components
    home = text_of(read(site, "index.html"))
    assert "Major outage" not in home[:400], home[:400]


def test_the_communique_apologises_to_the_children_never_for_them():
    """« Nous sommes désolés pour ces enfants et leurs familles » told in the third person:
    one apologises to people (« présente ses excuses à ces enfants et à leurs familles »),
    never « pour ces enfants »."""
    from generator.rendering.person import french

    told = french(["Nous sommes sincèrement désolés pour ces enfants et leurs familles."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à ces enfants et à leurs familles."], told
    told = french(["Nous sommes désolés pour leurs parents."], "Cantines Arve")
    assert told == ["Cantines Arve présente ses excuses à leurs parents."], told


def _categories(lang: str, sentence: str) -> set[str]:
    from generator.checking.lint.sentences import Block
    from generator.checking.lint.text_findings import text_findings

    return {finding.rule.category for finding in text_findings(Block(sentence, 1), lang)}


def test_a_partner_doing_the_fix_and_a_server_reverting_on_its_own_blame_no_one():
    """« Le fournisseur du logiciel corrige le calendrier » names a partner helping; « le serveur
    revient seul à la version précédente » is a machine, not a lone person blamed. Pinning the
    error on the supplier still is blame."""
    assert "blame" not in _categories("fr", "Le fournisseur du logiciel corrige le calendrier des tournées de ces écoles.")
    assert "blame" not in _categories("fr", "Si plus de 3 % des paiements échouent après une mise à jour, le serveur "
                                            "revient seul à la version précédente.")
    assert "blame" not in _categories("en", "The booking software's supplier is correcting the timetable for these "
                                            "routes.")
    assert "blame" in _categories("fr", "L'erreur vient de notre fournisseur, qui corrige le logiciel.")
    assert "blame" in _categories("en", "The outage was caused by our supplier, who is fixing it now.")


def test_slots_for_a_date_a_time_and_a_name_are_errors_in_both_languages():
    """« détectée le ??/?? », « reporté à --:-- » and « Prénom NOM » are slots left unfilled."""
    assert "placeholder" in _categories("fr", "L'intrusion a été détectée le ??/??, et nos équipes l'ont contenue.")
    assert "placeholder" in _categories("fr", "Le départ du car pour Lyon est reporté à --:-- en raison de la neige.")
    assert "placeholder" in _categories("fr", "« Nous accompagnons les familles », a déclaré Prénom NOM, directeur du site.")
    assert "placeholder" in _categories("en", "The coach to Leeds now leaves at --:-- because of the snow.")
    assert "placeholder" not in _categories("en", "Scores went from 3-2 to 3-3 -- a draw.")


def test_a_soft_word_quoted_for_a_serious_harm_minimises_but_one_withdrawn_does_not():
    assert "minimizing" in _categories("fr", "Le zoo parle de « quelques égratignures » pour le soigneur mordu par le tigre.")
    assert "minimizing" in _categories("en", "The operator called it \"a minor incident\" although two workers were hurt.")
    assert "minimizing" not in _categories("en", "Yesterday we called this \"a minor incident\"; that was wrong, and we "
                                                 "withdraw it.")
    assert "minimizing" not in _categories("fr", "Personne ne parlera de « simple incident » : deux ouvriers ont été "
                                                 "blessés.")
