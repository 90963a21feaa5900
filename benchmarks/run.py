"""onevoice's performance budgets, measured side by side on this machine (issue 8).

    .venv/bin/python benchmarks/run.py [--quick] [--only build,growth,startup,edit,weight]
                                       [--runs 5] [--workdir DIR] [--profile]

Prints one table: figure, measured, target, met. Times are medians of interleaved runs (A, B,
A, B…) of real subprocesses, so a load spike hits both sides of a ratio alike; the wall time
is the figure, the CPU time (user + system of the child) is shown beside it as a cross-check
on a busy machine. With --profile, each missed time target is re-run under pyinstrument and
the profile's top is printed and saved in the work dir. See benchmarks/README.md."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # benchmarks/ is a folder of scripts, not a package: imported from its path

PYTHON = Path(sys.executable)
ONEVOICE = PYTHON.with_name("onevoice")
NOW = corpus.DEFAULT_NOW
FIGURES = ("build", "growth", "startup", "edit", "weight")
CACHE_HOME = Path(tempfile.gettempdir()) / "onevoice-benchmark-cache"  # set to <work>/cache by main()


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float  # user + system seconds of the child process


@dataclass(frozen=True)
class Timing:
    samples: tuple[Sample, ...]

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    def describe(self) -> str:
        return f"{_seconds(self.wall)} (cpu {_seconds(self.cpu)}, {len(self.samples)} runs)"


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    target: str
    met: bool | None  # None: printed for information, no target
    command: list[str] | None = None  # what --profile re-runs when the target is missed
    cwd: Path | None = None


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, ONEVOICE_NOW=NOW, **extra)
    env.pop("SOURCE_DATE_EPOCH", None)
    # As on a user's machine: Python keeps its bytecode. Without it every run would compile
    # again each module changed since the last bytecode was written, and time that.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CACHE_HOME"] = str(CACHE_HOME)  # onevoice's cache: in the work dir, not the user's
    return env


def run_timed(command: list[str], cwd: Path | None = None, **env: str) -> Sample:
    """Run `command` to completion; fail loudly if it fails (a figure of a failed run is no figure)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=_environment(**env), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"benchmark command failed ({done.returncode}): {' '.join(map(str, command))}\n"
                         f"{done.stderr[-2000:]}")
    return Sample(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def interleaved(jobs: dict[str, tuple[Callable[[], Sample], int]], warmup: bool = True) -> dict[str, Timing]:
    """Run each job its number of times, round-robin; an untimed first round warms the file
    cache and the bytecode cache when `warmup`."""
    if warmup:
        for job, _ in jobs.values():
            job()
    samples: dict[str, list[Sample]] = {name: [] for name in jobs}
    for round_number in range(max(runs for _, runs in jobs.values())):
        for name, (job, runs) in jobs.items():
            if round_number < runs:
                samples[name].append(job())
    return {name: Timing(tuple(found)) for name, found in samples.items()}


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the site roots ----------------------------------------------------------------------

def corpus_root(work: Path, count: int, updates: int = 8) -> Path:
    root = work / f"corpus-{count}x{updates}"
    if not (root / "statements").is_dir():
        say(f"writing a corpus of {count} statement(s) with {updates} updates each")
        corpus.write_corpus(count, root, updates=updates)
    return root


def build_command(root: Path) -> list[str]:
    return [str(ONEVOICE), "build", "--root", str(root)]


def plain_mkdocs_configs(work: Path, root: Path) -> list[Path]:
    import plain_mkdocs

    out = work / f"plain-{root.name}"
    if not (out / "site").exists():
        say(f"capturing the docs dirs onevoice hands to mkdocs for {root.name}")
        configs = plain_mkdocs.capture(root, out, datetime.fromisoformat(NOW))
        (out / "configs.txt").write_text("\n".join(map(str, configs)), encoding="utf-8")
    return [Path(line) for line in (out / "configs.txt").read_text(encoding="utf-8").splitlines()]


# --- the figures ------------------------------------------------------------------------

def figure_build(work: Path, runs: int, big_runs: int, with_growth: bool) -> list[Row]:
    """The target is taken cold (no cache: a fresh CI runner); the everyday case, a build after
    one statement changed, and a build where nothing changed are printed beside it."""
    small = corpus_root(work, 100)
    plain = [str(PYTHON), str(HERE / "plain_mkdocs.py"), *map(str, plain_mkdocs_configs(work, small))]
    edited = min(p for p in (small / "statements").glob("*.md") if not p.name.endswith(".fr.md"))
    pristine = edited.read_bytes()
    edits = iter(range(1_000_000))

    def after_one_edit() -> Sample:
        edited.write_bytes(pristine + f"\n<!-- benchmark edit {next(edits)} -->\n".encode())
        return run_timed(build_command(small))

    jobs = {"onevoice-100": (lambda: run_timed(build_command(small), ONEVOICE_NO_CACHE="1"), runs),
            "mkdocs-100": (lambda: run_timed(plain), runs),
            "onevoice-100-edited": (after_one_edit, runs),
            "onevoice-100-unchanged": (lambda: run_timed(build_command(small)), runs),
            "onevoice-100-one-process": (lambda: run_timed(build_command(small), ONEVOICE_NO_CACHE="1",
                                                           ONEVOICE_JOBS="1"), runs)}
    if with_growth:
        big = corpus_root(work, 1000)
        jobs["onevoice-1000"] = (lambda: run_timed(build_command(big), ONEVOICE_NO_CACHE="1"), big_runs)
    say(f"timing builds: {', '.join(jobs)}")
    try:
        times = interleaved(jobs)
    finally:
        edited.write_bytes(pristine)
    ours, theirs = times["onevoice-100"], times["mkdocs-100"]
    rows = [Row("build N=100, cold (no cache): onevoice build / plain mkdocs build",
                f"{ours.wall / theirs.wall:.2f}× (cpu {ours.cpu / theirs.cpu:.2f}×): "
                f"{ours.describe()} vs {theirs.describe()}",
                "≤ 1.15×", ours.wall / theirs.wall <= 1.15, build_command(small))]
    for job, label in (("onevoice-100-edited", "· after one statement changed (cache of the previous build)"),
                       ("onevoice-100-unchanged", "· nothing changed since the previous build"),
                       ("onevoice-100-one-process", "· cold, in one process (ONEVOICE_JOBS=1)")):
        found = times[job]
        rows.append(Row(f"{label} / plain mkdocs build",
                        f"{found.wall / theirs.wall:.2f}× (cpu {found.cpu / theirs.cpu:.2f}×): {found.describe()}",
                        "—", None))
    if with_growth:
        big_time = times["onevoice-1000"]
        rows.append(Row("build growth, cold: N=1000 / N=100",
                        f"{big_time.wall / ours.wall:.2f}× (cpu {big_time.cpu / ours.cpu:.2f}×): "
                        f"{big_time.describe()}", "≤ 11×", big_time.wall / ours.wall <= 11,
                        build_command(corpus_root(work, 1000))))
    return rows


def figure_startup(work: Path, runs: int) -> list[Row]:
    root = corpus_root(work, 100)
    one = min((root / "statements").glob("*.md"))
    commands = {
        "import click": [str(PYTHON), "-c", "import click"],
        "onevoice --help": [str(ONEVOICE), "--help"],
        # One checks a statement because one just changed it: its checks are not in the cache.
        "onevoice check (one statement)": [str(ONEVOICE), "check", "--root", str(root), str(one)],
        "onevoice check (one statement, unchanged)": [str(ONEVOICE), "check", "--root", str(root), str(one)],
        # What any command reading a statement must import before it does anything: click,
        # PyYAML and onevoice's reader, settings and model.
        "reading floor": [str(PYTHON), "-c", "import click, yaml, generator.cli, generator.reading.reader, generator.reading.settings"],
    }
    say("timing start-up")
    extra_env = {"onevoice check (one statement)": {"ONEVOICE_NO_CACHE": "1"}}
    times = interleaved({name: (lambda c=command, n=name: run_timed(c, **extra_env.get(n, {})), runs)
                         for name, command in commands.items()})
    base = times["import click"]
    rows = [Row("start-up baseline: python -c 'import click'", base.describe(), "—", None)]
    for name, label in (("onevoice --help", "onevoice --help"),
                        ("onevoice check (one statement)", "onevoice check (one edited statement, no cache)")):
        ratio = times[name].wall / base.wall
        rows.append(Row(f"start-up: {label} / import click",
                        f"{ratio:.2f}× (cpu {times[name].cpu / base.cpu:.2f}×): {times[name].describe()}",
                        "≤ 1.5×", ratio <= 1.5, commands[name]))
    for name, label in (("onevoice check (one statement, unchanged)", "onevoice check (one unchanged statement, cached)"),
                        ("reading floor", "floor: importing click, PyYAML and onevoice's reader")):
        found = times[name]
        rows.append(Row(f"· {label} / import click",
                        f"{found.wall / base.wall:.2f}× (cpu {found.cpu / base.cpu:.2f}×): {found.describe()}", "—", None))
    return rows


def figure_edit(work: Path, runs: int) -> list[Row]:
    root = corpus_root(work, 1, updates=500)
    target = min(p for p in (root / "statements").glob("*.md") if not p.name.endswith(".fr.md"))
    slug = target.name[:-3]
    pristine = target.read_bytes()
    update = [str(ONEVOICE), "update", slug, "--status", "monitoring", "--root", str(root),
              "-m", "The fix is live in every region and payments succeed again. We keep watching closely."]

    def one_update() -> Sample:
        target.write_bytes(pristine)  # every run adds the 501st update to the same file
        return run_timed(update)

    small, big = corpus_root(work, 100), corpus_root(work, 1000)
    check_small = [str(ONEVOICE), "check", "--root", str(small)]
    check_big = [str(ONEVOICE), "check", "--root", str(big)]
    say("timing onevoice update (500 updates) and onevoice check (100 and 1000 statements)")
    # The check's growth is the work's: taken without the cache.
    times = interleaved({"update": (one_update, runs),
                         "check-100": (lambda: run_timed(check_small, ONEVOICE_NO_CACHE="1"), runs),
                         "check-1000": (lambda: run_timed(check_big, ONEVOICE_NO_CACHE="1"), runs)})
    target.write_bytes(pristine)
    growth = times["check-1000"].wall / times["check-100"].wall
    return [
        Row("edit: onevoice update on a statement with 500 updates", times["update"].describe(), "≤ 0.3 s",
            times["update"].wall <= 0.3, update),
        Row("check growth: check N=1000 / check N=100",
            f"{growth:.2f}× (cpu {times['check-1000'].cpu / times['check-100'].cpu:.2f}×): "
            f"{times['check-1000'].describe()} vs {times['check-100'].describe()}", "≤ 10×", growth <= 10,
            check_big),
    ]


def figure_weight(work: Path) -> list[Row]:
    import page_weight

    root = corpus_root(work, 100)
    if not (root / "site" / "index.html").is_file():
        say("building the N=100 site for the page weight")
        run_timed(build_command(root))
    slug = min(p.name[:-3] for p in (root / "statements").glob("*.md") if not p.name.endswith(".fr.md"))
    say("loading pages in headless Chromium")
    statement, home = page_weight.measure(root / "site", [f"/statements/{slug}/", "/"])

    def describe(weight: page_weight.PageWeight) -> str:
        parts = ", ".join(f"{kind} {size / 1000:.1f}" for kind, size in sorted(weight.by_type.items()))
        return f"{weight.transferred / 1000:.1f} KB in {weight.requests} requests ({parts})"

    foreign = statement.foreign_requests + home.foreign_requests
    return [
        Row("page weight: statement page, first visit, gzip", describe(statement), "≤ 60 KB",
            statement.transferred <= 60_000),
        Row("page weight: home page, first visit, gzip", describe(home), "—", None),
        Row("requests to other hosts (both pages)", str(len(foreign)) + (f": {foreign[0]} …" if foreign else ""),
            "0", not foreign),
    ]


# --- output -------------------------------------------------------------------------------

def print_table(rows: list[Row]) -> None:
    header = ("figure", "measured", "target", "met")
    cells = [header] + [(r.figure, r.measured, r.target, "—" if r.met is None else "yes" if r.met else "NO")
                        for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    for index, row in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def profile(rows: list[Row], work: Path) -> None:
    """Re-run each missed time target under pyinstrument; print the top of its call tree."""
    for index, row in enumerate(r for r in rows if r.met is False and r.command):
        command = row.command
        assert command is not None
        # pyinstrument runs the program itself: `-m generator …` for onevoice's entry point.
        script = ["-m", "generator", *command[1:]] if command[0] == str(ONEVOICE) else command[1:]
        out = work / f"profile-{index}.txt"
        say(f"profiling: {row.figure}")
        done = subprocess.run([str(PYTHON), "-m", "pyinstrument", "-r", "text", "-o", str(out), *script],
                              env=_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              check=False)
        print(f"\nprofile of {row.figure} (full tree: {out}):")
        text = out.read_text(encoding="utf-8") if out.exists() else ""
        lines = text.splitlines() or [f"(pyinstrument failed: {done.stderr[-500:]})"]
        print("\n".join(line[:150] for line in lines[:45]))
        if script[2:3] == ["build"]:
            root = command[command.index("--root") + 1]
            print(f"\nstage by stage (benchmarks/breakdown.py {root}):", flush=True)
            subprocess.run([str(PYTHON), str(HERE / "breakdown.py"), root], env=_environment(), check=False)


def machine() -> str:
    load = os.getloadavg()
    return (f"{os.cpu_count()} CPU(s), load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, "
            f"Python {sys.version.split()[0]}, clock fixed at {NOW}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs per figure, the N=1000 build once")
    parser.add_argument("--runs", type=int, help="runs per timed figure (default 5, --quick 3; "
                        "the N=1000 build: at most 3; start-up: 4× this + 1)")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"comma-separated subset of {','.join(FIGURES)}")
    parser.add_argument("--workdir", type=Path, help="keep corpora and sites here (reused by later runs)")
    parser.add_argument("--profile", action="store_true", help="profile each missed time target")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}: choose from {', '.join(FIGURES)}")
    runs = args.runs or (3 if args.quick else 5)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="onevoice-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    global CACHE_HOME
    CACHE_HOME = work / "user-cache"
    started = time.perf_counter()
    before = machine()
    rows: list[Row] = []
    if "build" in chosen or "growth" in chosen:
        # The growth figure needs the N=100 build as its denominator: both rows are printed.
        rows += figure_build(work, runs, 1 if args.quick else min(runs, 3), with_growth="growth" in chosen)
    if "startup" in chosen:
        rows += figure_startup(work, 4 * runs + 1)
    if "edit" in chosen:
        rows += figure_edit(work, runs)
    if "weight" in chosen:
        rows += figure_weight(work)
    print(f"onevoice benchmarks: {before}")
    print_table(rows)
    print(f"load at the end: {machine().split(', ')[1]}; took {time.perf_counter() - started:.0f} s; work dir {work}")
    if args.profile:
        profile(rows, work)
    if not args.workdir and not args.profile:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
