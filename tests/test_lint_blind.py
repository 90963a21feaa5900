"""The linter's judgments on sentences written blind to it (tests/lint_eval/README.md): floors on
the held-out half of blind set 1 and on blind set 2, never on the data the scorer was tuned or
trained on, and the blind corpus itself large and varied enough for the figures to mean
something."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "lint_blind.py"


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lint_blind", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


bench = _benchmark()

# (set, part) -> (recall at least, precision at least, false alarms at most), per language.
FLOORS = {
    ("blind1", "held-out"): {"en": (0.80, 0.95, 0.03), "fr": (0.80, 0.94, 0.04)},
    ("blind2", "all"): {"en": (0.78, 0.91, 0.08), "fr": (0.80, 0.95, 0.02)},
    ("blind3", "all"): {"en": (0.75, 0.95, 0.02), "fr": (0.73, 0.96, 0.01)},
    # Written in the sixth session and measured once, before any change: the targets.
    ("blind4", "all"): {"en": (0.80, 0.92, 0.03), "fr": (0.80, 0.92, 0.03)},
    # Written in the seventh session, measured whole once (en 0.723/0.957/2.3%, fr 0.784/0.941/3.6%);
    # its odd lines then trained the scorer, and these floors hold on the even lines it never read.
    # (French: the fifty-sixth session's retraining on a new blind French batch lifted recall on
    # most held-out sets and overall, fr 0.853/0.966/2.2% → 0.863/0.966/2.2% over every set's
    # held-out part, but cost this half two false alarms, 2/68 → 4/68: the note says so.)
    ("blind5", "held-out"): {"en": (0.72, 0.93, 0.03), "fr": (0.76, 0.92, 0.06)},
    # Written in the eighth session, measured once whole before any change made for it (en
    # 0.813/0.978/0.8%, fr 0.835/0.974/1.6%): never trained on, the targets less a margin.
    # (English false alarms 3/126 since the tenth session's retrain, within the 3%.)
    ("blind6", "all"): {"en": (0.79, 0.94, 0.03), "fr": (0.81, 0.94, 0.03)},
    # Written in the ninth session and measured once whole on arrival (en 0.751/0.953/3.8%, fr
    # 0.825/0.968/1.5%); halved like sets 1 and 5, its odd lines for tuning, floors on the even half
    # as measured before any tuning (en 0.709/0.960/3.0%, fr 0.836/0.982/1.5%), less a margin.
    # After the ninth session's retrain (two training batches written blind, then filtered of
    # anything close to a held-out sentence): en 0.754/0.981/0.0%, fr 0.875/0.991/1.5%.
    ("blind7", "held-out"): {"en": (0.73, 0.95, 0.03), "fr": (0.85, 0.95, 0.03)},
    # Written in the tenth session and measured once whole on arrival, on the scorer as the ninth
    # session left it (en 0.781/0.983/1.4%, fr 0.730/0.943/2.1%); never trained on. After the
    # tenth session's retrain (four batches written blind, filtered of anything close to a held-out
    # sentence): en 0.812/0.983/1.4%, fr 0.758/0.957/0.7%.
    ("blind8", "all"): {"en": (0.79, 0.95, 0.03), "fr": (0.74, 0.93, 0.02)},
    # Written in the sixteenth session and measured once whole on arrival, on the scorer as the
    # fifteenth session left it (en 0.814/0.945/2.6%, fr 0.834/0.957/3.5%); never trained on. After
    # the retrain with training batches 12 and 13 (written blind, filtered of anything close to an
    # evaluation sentence): en 0.834/0.939/4.0%, fr 0.844/0.964/2.1%.
    ("blind9", "all"): {"en": (0.81, 0.92, 0.045), "fr": (0.82, 0.94, 0.03)},
    # Written in the thirty-second session (a written brief of the categories and the hard
    # negatives, sectors from regional airlines to smart locks) and measured once whole on arrival,
    # on the scorer as it stood: en 0.790/0.956/3.1%, fr 0.877/0.968/3.3%; never trained on (a
    # retrain on its odd half was tried and left out: its even half did not move, en 0.803/0.938/3.7%
    # before and after). Floors: as measured, less a margin.
    ("blind10", "all"): {"en": (0.78, 0.94, 0.035), "fr": (0.86, 0.95, 0.04)},
    # Written in the thirty-third session by two fresh writers (rail, dairy, password managers,
    # clinics, ferries, water, frozen food; France, Belgium, Switzerland, Québec, the UK, India…)
    # and measured once whole on arrival: en 0.834/0.964/3.8%, fr 0.872/0.958/2.1%; never trained
    # on. Floors: as measured, less a margin.
    ("blind11", "all"): {"en": (0.82, 0.95, 0.045), "fr": (0.86, 0.95, 0.03)},
    # Written in the thirty-eighth session by a fresh writer asked for mostly clean sentences that
    # look like faults (199 of 319 per language) and subtle faults, measured once whole on arrival:
    # en 0.808/0.924/1.5%, fr 0.942/0.950/2.5%; never trained on (a retrain with it, filtered of
    # anything close to another evaluation sentence, moved the other sets by one sentence or two
    # either way and was left out). Floors: as measured, less a margin.
    ("blind12", "all"): {"en": (0.79, 0.90, 0.025), "fr": (0.92, 0.93, 0.035)},
    # Written in the forty-first session by a fresh writer (a balanced set: 130 clean sentences of
    # 320, half of them clean sentences that look like faults) and measured once whole on arrival:
    # en 0.815/0.981/0.0%, fr 0.794/0.949/1.5%. Halved like set 1: its odd lines were read to add
    # the telltale phrases (sentence_rules._TELLTALES); the even half, measured before (en
    # 0.842/0.988/0.0%, fr 0.809/0.950/3.1%), did not move. Floors: as measured, less a margin.
    ("blind13", "held-out"): {"en": (0.82, 0.95, 0.03), "fr": (0.78, 0.93, 0.045)},
    # Set 14 (320 lines per language, sectors rarely seen: ports, museums, vets, lockers, cable cars;
    # Belgian, Swiss and Québec French), measured whole on arrival: en 0.741/0.972/0.8%, fr
    # 0.725/0.951/0.8%. Halved: its odd lines were read to add telltale phrases; its even half,
    # measured before (en 0.747/0.986/0.0%, fr 0.705/0.931/1.5%), did not move. Floors: as
    # measured, less a margin. (Under the targets: the note of the session says so.)
    ("blind14", "held-out"): {"en": (0.72, 0.95, 0.03), "fr": (0.68, 0.90, 0.03)},
    # Set 15 (320 lines per language; water parks, blood banks, wind farms, school buses, opera
    # houses…), measured whole on arrival: en 0.833/0.970/0.8%, fr 0.797/0.944/1.6%. Halved: its odd
    # lines were read to add telltale phrases; its even half, measured before (en 0.812/0.963/1.6%,
    # fr 0.792/0.938/1.6%), then after (en the same, fr 0.802/0.939/1.6%). Floors: as measured, less
    # a margin.
    ("blind15", "held-out"): {"en": (0.78, 0.93, 0.035), "fr": (0.77, 0.91, 0.035)},
    # Set 16 (320 lines per language; funiculars, seed banks, tattoo studios, escape rooms, harbour
    # pilots…), measured whole on arrival: en 0.870/0.944/2.3%, fr 0.844/0.942/4.7%. Halved: its odd
    # lines were read to add telltale phrases and grants; its even half, measured before (en
    # 0.896/0.966/0.0%, fr 0.844/0.964/3.1%), did not move. Floors: as measured, less a margin.
    ("blind16", "held-out"): {"en": (0.86, 0.93, 0.02), "fr": (0.81, 0.93, 0.045)},
    # Set 17 (320 lines per language; marinas, blood banks, ski lifts, smart locks, pet insurers,
    # planetariums, cable cars, driving schools…), measured whole on arrival: en 0.828/0.964/1.6%, fr
    # 0.818/0.935/5.5%. Halved: its odd lines were read to add telltale phrases and grants; its even
    # half, measured before (en 0.802/0.963/1.6%, fr 0.802/0.917/6.2%), did not move. Floors: as
    # measured, less a margin (French precision and false alarms under the targets: the note says so).
    ("blind17", "held-out"): {"en": (0.78, 0.94, 0.025), "fr": (0.78, 0.90, 0.07)},
    # Set 18 (320 lines per language; fishing ports, vet chains, opera houses, school canteens,
    # museums, seed banks, tattoo studios, glassworks…), measured whole on arrival: en
    # 0.779/0.968/2.4%, fr 0.759/0.943/3.2%. Halved: its odd lines were read to add telltale phrases
    # and a refusal ("We regret the inconvenience? No: …"); its even half, measured before (en
    # 0.773/0.962/3.2%, fr 0.794/0.929/4.8%), did not move. Floors: as measured, less a margin
    # (recall and false alarms under the targets in both languages: the note says so).
    ("blind18", "held-out"): {"en": (0.75, 0.94, 0.045), "fr": (0.77, 0.90, 0.065)},
    # Set 19 (320 lines per language; marinas, dairy cooperatives, dental clinics, zoos, wind farms,
    # blood banks, payroll bureaus…), measured whole on arrival: en 0.833/0.958/2.3%, fr
    # 0.807/0.923/7.0%. Halved: its odd lines were read to add telltale phrases and grants (a rumour
    # reported and answered, staff on duty, the victim of a faulty part); its even half, measured
    # before (en 0.818/0.953/1.6%, fr 0.798/0.929/6.6%), did not move. Floors: as measured, less a
    # margin (French recall and false alarms under the targets: the note says so).
    ("blind19", "held-out"): {"en": (0.79, 0.93, 0.035), "fr": (0.77, 0.90, 0.085)},
    # Set 20 (320 lines per language; ski schools, crematoria, e-scooters, vineyards, auction houses,
    # escape rooms, harbour pilots…), measured whole on arrival: en 0.802/0.957/4.7%, fr
    # 0.828/0.970/1.6%; its even half before any change: en 0.776/0.950/4.8%, fr 0.857/0.963/2.9%.
    # Halved: its odd lines were read to add telltale phrases and grants. Its French adapts its
    # English line by line, shuffled apart: an idea read on one language's odd lines may sit on the
    # other's even lines, so the even half's gain (en recall 0.776 → 0.888) overstates what new text
    # would show; the note says so. Floors: as measured, less a margin.
    # (French after the fifty-sixth session's retraining: 0.879/0.930/4.3%, one false alarm more.)
    ("blind20", "held-out"): {"en": (0.85, 0.94, 0.055), "fr": (0.84, 0.92, 0.045)},
    # Set 21 (320 lines per language; orthodontists, cement works, river cruises, zoos, driving
    # schools, lift maintainers…), its French written on its own, not adapted from its English, so
    # its even half is held out in both languages. Measured whole on arrival: en 0.854/0.971/2.3%, fr
    # 0.688/0.924/2.3%; its even half before any change: en 0.857/0.988/1.4%, fr 0.680/0.932/3.3%.
    # Halved: its French odd lines were read to add telltale phrases in both languages; the even half
    # barely moved (fr 0.690/0.933/3.3%): phrase tables do not reach independent French, the note
    # says so. Floors: as measured, less a margin.
    ("blind21", "held-out"): {"en": (0.83, 0.95, 0.03), "fr": (0.66, 0.90, 0.05)},
    # Set 22 (320 lines per language; hospices, glass recyclers, rowing clubs, cheese dairies, notaries,
    # funeral homes, aquariums…), its French written on its own. Measured whole on arrival, before
    # any change: en 0.812/0.975/0.0%, fr 0.818/0.940/4.7%. Never read for rules or training: the
    # French scorer's retraining on a new blind French batch (fifty-sixth session) moved it to fr
    # 0.849/0.953/3.9%. Floors: as measured, less a margin.
    ("blind22", "all"): {"en": (0.79, 0.95, 0.02), "fr": (0.81, 0.93, 0.05)},
    # Set 23 (320 lines per language; seaweed farms, ice rinks, organ transport, prisons, chess
    # federations, dialysis centres, radio stations, circus companies…), the French written on its
    # own. Measured whole on arrival, before any change: en 0.818/0.963/0.8%, fr 0.776/0.974/1.6%.
    # Never read for rules or training. Floors: as measured, less a margin.
    ("blind23", "all"): {"en": (0.80, 0.95, 0.02), "fr": (0.76, 0.96, 0.03)},
    # Set 24 (320 lines per language; ski lifts, veterinary clinics, libraries, ambulance services,
    # crematoria, dating apps, observatories…), the French written on its own, with Acadian, Maghreb
    # and Central African lines. Measured whole on arrival, before any change: en 0.839/0.970/1.6%,
    # fr 0.859/0.966/0.8%. Never read for rules or training. Floors: as measured, less a margin.
    ("blind24", "all"): {"en": (0.82, 0.95, 0.03), "fr": (0.84, 0.95, 0.02)},
    # Set 25 (funeral homes, cement plants, blood banks, toll roads, hearing aids, fish farms…), French
    # from France, Belgium, Switzerland, Québec, Haiti, Madagascar and West Africa. Measured whole on
    # arrival, before any change: en 0.849/0.948/3.1% (4 of 128 clean lines: over the 3% target, and
    # left unread so that the figure stays honest), fr 0.865/0.976/0.8%. Never read for rules or training.
    ("blind25", "all"): {"en": (0.83, 0.93, 0.04), "fr": (0.85, 0.95, 0.02)},
    # Set 26 (zoos, seed companies, notaries, quarries, wind farms, esports, lotteries, dairy
    # cooperatives…), French from France, Belgium, Switzerland, Québec, Haiti, Congo, Madagascar,
    # Lebanon and West Africa. Measured whole on arrival, before any change: en 0.891/0.983/1.6%,
    # fr 0.891/0.967/3.9% (5 of 128 clean lines, 4 of them in the tuning half). The French tuning
    # half's four false alarms were read and answered (a small word others used, then put right; a
    # slot quoted as the slip it was; sadness that owns the harm); the held-out half never read.
    ("blind26", "held-out"): {"en": (0.88, 0.97, 0.03), "fr": (0.85, 0.95, 0.03)},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", list(FLOORS), ids=lambda k: "-".join(k))
def test_the_linter_holds_its_floors_on_text_it_never_saw(key: tuple[str, str], lang: str) -> None:
    name, part = key
    examples = bench.load(lang, name)
    chosen = examples if part == "all" else [e for e in examples if e.part == part]
    score = bench.score(chosen)
    recall, precision, alarms = FLOORS[key][lang]
    assert score.recall >= recall, (score.recall, score.misses[:10])
    assert score.precision >= precision, (score.precision, score.misses[:10])
    assert score.false_alarms <= alarms, (score.false_alarms, score.misses[:10])


@pytest.mark.parametrize("name", ["blind1", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_blind_set_has_every_category_many_clean_sentences_and_public_patterns(lang: str, name: str) -> None:
    examples = bench.load(lang, name)
    counts = Counter(category for e in examples for category in (e.gold or {"clean"}))
    assert len(examples) >= 340
    assert all(counts[c] >= 28 for c in bench.FAULTS), counts
    assert counts["clean"] >= 110
    assert sum(e.origin == "hard-negative" for e in examples) >= 55
    assert sum(e.origin == "public" for e in examples) >= len(examples) / 3
    assert len({e.sentence for e in examples}) == len(examples), "duplicate sentences"


def test_the_training_corpus_never_holds_a_held_out_sentence() -> None:
    spec = importlib.util.spec_from_file_location("train_linter", BENCHMARK.parent.parent / "scripts" / "train_linter.py")
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    trained = {sentence for lang in ("en", "fr") for _, sentence in trainer.load(lang)}
    held = {e.sentence for lang in ("en", "fr")
            for name in ("blind1", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                         "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
                         "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24",
                         "blind25", "blind26")
            for e in bench.load(lang, name) if name not in ("blind1", "blind5", "blind7", "blind13", "blind14", "blind15",
                                                            "blind16", "blind17", "blind18", "blind19", "blind20", "blind21",
                                                            "blind26")
            or e.part == "held-out"}
    assert len(trained) > 10_000
    assert not held & trained


# The judgments of craft (a sentence's fault, or a statement without empathy, action or a plain
# account): on a good statement, each is a false alarm.
CRAFT = {"overpromise", "blame", "defensive", "minimizing", "emotional", "speculation", "no-ownership",
         "placeholder", "no-empathy", "no-action", "no-acknowledgement"}
GOOD_SITE = """site_name: Good statements
site_url: https://status.example.org/
docs_dir: docs
theme:
  name: material
  language: en
extra:
  onevoice:
    organisation: Example Organisation
    timezone: Europe/Paris
    languages: [en, fr]
"""


def test_good_statements_never_seen_get_no_error_and_few_false_alarms(tmp_path: Path) -> None:
    # The held-out half of the first good statements and the 24 of the sixth session (good5),
    # measured once before and once after the scorer was retrained: 6 and 12 false alarms.
    import json

    from click.testing import CliRunner

    from generator.cli import main

    statements = tmp_path / "statements"
    statements.mkdir()
    (tmp_path / "mkdocs.yml").write_text(GOOD_SITE, encoding="utf-8")
    for folder in ("held-out", "good5"):
        for path in (Path(__file__).parent / "lint_eval" / "statements" / folder).glob("*.md"):
            (statements / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(main, ["check", "--root", str(tmp_path), "--format", "json"],
                                env={"ONEVOICE_NOW": "2026-11-29T23:15:00+01:00"})
    report = json.loads(result.output)
    assert report["statements"] == 46
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert not errors, errors
    craft = [p for p in report["problems"] if p["category"] in CRAFT]
    # (19 after the seventh session's retrain; 15 since the eighth session: the impact told as it
    # may still be felt, "as quickly as possible" and « pense à » are no guesses; 16 after the
    # ninth session's retrain, which raised English recall on every blind set; 17 after the
    # tenth's, which raised recall on the eighth blind set by three points in each language; 19
    # after the eleventh's retrain, 15 once a paragraph that owns the fault makes what a partner
    # did, or what no rule required, context rather than blame or defence; 14 in the twelfth, once a
    # partner named where the statement owns its part is context everywhere in the statement; 16
    # after the sixteenth's retrain, which raised recall on every English set and on blind set 9:
    # "kept this hospital running on paper, with extraordinary calm" and « C'est indigne de nos
    # boulangeries », a spokesperson's own words, read as lost calm; 3 in the nineteenth, whose
    # rules were written from these statements: an apology for "this error", « aurait dû », a
    # refund a partner pays, care for the people hurt, praise for our staff's calm. So this bound
    # is on data tuned on; good6 and kit 18 below are the checks on statements never tuned on.)
    assert len(craft) <= 3, [(p["path"], p["message"]) for p in craft]


def test_the_sixth_sessions_good_statements_get_no_error_and_no_false_alarm(tmp_path: Path) -> None:
    # good6 (tests/lint_eval/README.md): 16 good statements by writers blind to the rules; 0 and
    # 0 after the eighth session's context rules, 1 since the sixteenth's retrain ("reviewed by
    # one engineer" as blame, beside "because our rules did not require it"), 0 again once a gap
    # in our own rules owns the fault beside it.
    import json

    from click.testing import CliRunner

    from generator.cli import main

    statements = tmp_path / "statements"
    statements.mkdir()
    (tmp_path / "mkdocs.yml").write_text(GOOD_SITE, encoding="utf-8")
    for path in (Path(__file__).parent / "lint_eval" / "statements" / "good6").glob("*.md"):
        (statements / path.name).write_bytes(path.read_bytes())
    # (Read after their last update, 1 December: a later update would be "in the future".)
    result = CliRunner().invoke(main, ["check", "--root", str(tmp_path), "--format", "json"],
                                env={"ONEVOICE_NOW": "2026-12-02T12:00:00+01:00"})
    report = json.loads(result.output)
    assert report["statements"] == 16
    assert not [p for p in report["problems"] if p["severity"] == "error"], report["problems"]
    assert not [p for p in report["problems"] if p["category"] in CRAFT], report["problems"]


def _kit_findings(tmp_path: Path, kit: str, now: str) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
    """The errors and the craft warnings `check` gives each organisation of a blind kit, in the
    site its writer set up, at the kit's reference clock."""
    import json
    import shutil

    from click.testing import CliRunner

    from generator.cli import main

    errors, craft = [], []
    for site in sorted((Path(__file__).parent / "lint_eval" / "statements" / kit).iterdir()):
        root = tmp_path / kit / site.name
        shutil.copytree(site, root)
        result = CliRunner().invoke(main, ["check", "--root", str(root), "--format", "json"],
                                    env={"ONEVOICE_NOW": now})
        report = json.loads(result.output)
        errors += [p for p in report["problems"] if p["severity"] == "error"]
        craft += [(p["path"], p["message"]) for p in report["problems"] if p["category"] in CRAFT]
    return errors, craft


def test_a_blind_kit_of_good_statements_in_their_own_sites_gets_no_error_and_few_false_alarms(tmp_path: Path) -> None:
    # Kit 18: ten statements of five organisations (a coach operator, a cheese maker, a trade-show
    # organiser, a bank, a retailer), written in the twelfth session by a writer blind to the
    # rules, each organisation's site as the writer set it up; never tuned on. On arrival: 0
    # errors, 5 false craft warnings (two apologies read as owning nothing, « toujours » as
    # "always", « consigne » as a defence, "abuse" as lost calm).
    errors, craft = _kit_findings(tmp_path, "kit18", "2026-12-01T12:00:00+01:00")
    assert not errors, errors
    # (0 since the eighteenth session.)
    assert not craft, craft


def test_a_second_blind_kit_gets_no_error_and_at_most_one_false_alarm(tmp_path: Path) -> None:
    # Kit 19: ten statements of five organisations (a water utility, a clinic group in Québec,
    # a payroll software firm, a baby-products maker in Belgium, a delivery app), written in the
    # twenty-first session by a writer blind to the rules. On arrival: 2 errors (a range told
    # "between November 17 and 23" / « entre le 17 et le 23 novembre » read as other dates) and
    # 3 false craft warnings (the chief executive's own act read twice as blame; « désormais,
    # quand la météo met les livreurs en danger, Miamo cesse de livrer » as overpromise). The
    # first two kinds were fixed: this kit is tuned on now.
    errors, craft = _kit_findings(tmp_path, "kit19", "2026-12-02T12:00:00+01:00")
    assert not errors, errors
    assert len(craft) <= 1, craft


def test_a_third_blind_kit_gets_no_error_and_no_false_alarm(tmp_path: Path) -> None:
    # Kit 20: ten statements of five organisations (a ferry company in the UK, a payroll firm in
    # Belgium, a Swiss cheese dairy, an English water company, a French cosmetics brand), written
    # in the twenty-second session by a writer blind to the rules and the templates. On arrival:
    # 0 errors and 9 warnings, of which 1 true (an overdue promise) and 8 false: figures converted
    # for French readers (« 70 mph (environ 110 km/h) », « 120 £ (environ 140 €) », « 0 h 45
    # heure de Paris », « 24 h sur 24 ») read as missing facts, "Just come to check-in" and
    # « Présentez-vous simplement » as minimising, « Selon les premières constatations de nos
    # ingénieurs… » as blame, and two dated titles ("unavailable on 26 November") as stale. All
    # were fixed: this kit is tuned on now.
    errors, craft = _kit_findings(tmp_path, "kit20", "2026-12-04T12:00:00+01:00")
    assert not errors, errors
    assert not craft, craft
