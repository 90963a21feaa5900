"""Faults that kit 50's blind statements (a beer-bottle recall, a bank's insider breach, an
escalator accident, fake refund texts) showed on arrival, each checked here on statements and
sentences written for the test."""

from __future__ import annotations

import pytest

from tests.press_support import statement_file

NOW = "2026-12-12T12:00:00+01:00"


def _kettles(correction: bool) -> str:
    """A recall whose second update gave 3,412 kettles, set right to 3,142 by a correction."""
    fixed = ("\n\n#### Correction · 2026-12-06 09:00\nThe number of kettles sold is 3,142. The first figure "
             "counted the display models twice." if correction else "")
    return statement_file(
        title="Brewline kettles recalled: the lid can come off", severity="major", started="2026-12-04 10:00",
        sections={"Summary": "We are recalling 3,142 kettles sold since October because the lid can come off. "
                             "Stop using them and bring them back for a refund. We are sorry."},
        updates=(("2026-12-09 11:00", "monitoring", "Most kettles have now been brought back. Next update on "
                                                    "15 December."),
                 ("2026-12-05 16:00", "identified", "A faulty hinge batch is the cause. About 3,412 kettles were "
                                                    "sold." + fixed),
                 ("2026-12-04 10:00", "investigating", "We are recalling the kettles.")))


def test_a_figure_set_right_by_its_correction_is_no_typing_slip(project, monkeypatch):
    """The update keeps its published "3,412" and the correction under it gives 3,142: the check
    does not ask whether two digits were swapped. Without the correction it still asks."""
    from tests.press_support import check_problems

    corrected = check_problems(project, monkeypatch, NOW, _kettles(True), "2026-12-04-kettles.md")
    assert not [p for p in corrected if "typing slip" in p["message"]], corrected
    plain = check_problems(project, monkeypatch, NOW, _kettles(False), "2026-12-04-kettles.md")
    assert [p for p in plain if "typing slip" in p["message"]], plain


def test_a_summary_count_the_newest_update_repeats_is_not_overtaken(project, monkeypatch):
    """« Ce sont 1 870 clients » in the newest update repeats the summary's count; the 25 clients
    who lost money after a fake call are another count, whatever words they share."""
    from tests.press_support import check_problems

    text = statement_file(
        lang="fr", title="Données de clients consultées par un employé du centre d'appels", severity="critical",
        started="2026-12-08 18:00",
        sections={"Résumé": "Un employé de notre centre d'appels a consulté sans motif les comptes de 1 870 clients. "
                            "Nous vous présentons nos excuses."},
        updates=(("2026-12-11 17:00", "identifié", "Nous avons fini nos vérifications. Ce sont 1 870 clients, plus que "
                                                   "les 1 200 annoncés au départ : 1 100 en Irlande et 770 en France. "
                                                   "25 clients nous ont dit avoir perdu de l'argent après un appel "
                                                   "frauduleux. Prochain point le 14 décembre."),
                 ("2026-12-08 18:00", "analyse", "Nous analysons les consultations.")))
    problems = check_problems(project, monkeypatch, NOW, text, "2026-12-08-consultations.fr.md")
    assert not [p for p in problems if "later update says" in p["message"]], problems


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Scammers then used some of these details to call customers, pretending to be our bank."),
    ("fr", "Des escrocs ont ensuite utilisé certaines de ces données pour appeler des clients."),
    ("fr", "Les voyageurs qui s'y trouvaient ont chuté jusqu'au bas du tapis roulant."),
    ("en", "The passengers on the walkway were thrown to the bottom when it reversed."),
    ("en", "We are angry with ourselves, not with our customers, for letting this happen."),
    ("fr", "La fermeture devrait durer jusqu'à vendredi, mais cette estimation pourra changer après l'expertise."),
])
def test_facts_told_plainly_get_no_finding(lang, sentence):
    """What fraudsters did with some of the data, people hurt in a fall, anger at ourselves and an
    estimate said to be one are plain facts, not a loss of calm, blame or a guess."""
    from tests.press_support import sentence_categories

    assert sentence_categories(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "category"), [
    ("fr", "Des voyageurs sont tombés parce qu'ils couraient sur le tapis roulant.", "blame"),
    ("en", "Some of these so-called journalists clearly have not read the facts.", "defensive"),
    ("en", "The hotel group is itself a victim in this matter.", "defensive"),
    ("fr", "Avec notre nouveau prestataire, ces pannes appartiennent désormais au passé.", "overpromise"),
    ("en", "Word is that the supplier changed its resin without telling anyone.", "speculation"),
])
def test_those_shapes_beside_a_fault_stay_findings(lang, sentence, category):
    from tests.press_support import sentence_categories

    assert category in sentence_categories(sentence, lang)
