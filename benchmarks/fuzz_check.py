"""Fuzz the statement reader and the checks with random and mutated bytes for a time budget.

Every input must end as "parsed" or "rejected with problems"; anything else (an exception
that is not an OnevoiceError) is a bug, printed with the input that caused it.

    .venv/bin/python benchmarks/fuzz_check.py --seconds 60 [--seed 1] [--save crashes/]

Exit 0 when no unexpected exception was seen, 1 otherwise."""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import traceback
from collections import Counter
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.core.errors import OnevoiceError
from generator.core.model import Incident
from generator.reading.reader import parse_statement
from generator.reading.settings import load_settings

NOW = datetime.fromisoformat("2026-11-20T11:30:00+01:00")


class TooSlow(Exception):
    """One input took longer than --input-timeout: a hang is a bug too."""


def _too_slow(signum, frame):  # type: ignore[no-untyped-def]
    raise TooSlow()

# Pieces of the format and of classic attacks, spliced into the samples.
TOKENS = [
    b"---\n", b"...\n", b"## Summary\n", b"## Updates\n", "## Mises à jour\n".encode(), "## Résumé\n".encode(),
    "### 2026-11-20 10:05 · identified\n".encode(), "### 2026-03-29 02:30 · résolu\n".encode(),
    "#### Correction · 2026-11-20 11:00\n".encode(), "#### Rectificatif · 1999-01-01 00:00\n".encode(),
    b"title: ", b"severity: critical\n", b"started: 2026-02-30 09:00\n", b"next_update: +2h\n",
    b"&anchor [1, 2]\n", b"*anchor\n", b"<<: *anchor\n", b"!!python/object/apply:os.system ['id']\n", b"!ENV HOME\n",
    b"{", b"}", b"[", b"]", b": ", b"- ", b"\x00", b"\r", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xc3\x28",
    b"<!--", b"-->", b"```\n", b"~~~\n", b"\t", b"    ", b"\x01", b"\x1b[31m", "\u202e".encode(), "\u2028".encode(),
    b"<script>alert(1)</script>", b"[x](javascript:alert(1))", b"<img src=x onerror=alert(1)>",
    "👨‍👩‍👧‍👦".encode(), "é".encode(), b"%s%n", b"\\", b'"', b"'",
]


def mutate(rng: random.Random, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(rng.randint(1, 12)):
        position = rng.randint(0, len(data))
        action = rng.random()
        if action < 0.4:
            data[position:position] = rng.choice(TOKENS)
        elif action < 0.6:
            del data[position : position + rng.randint(1, 300)]
        elif action < 0.8 and position < len(data):
            data[position] = rng.randrange(256)
        elif action < 0.9:
            start = rng.randint(0, len(data))
            data[position:position] = data[start : start + rng.randint(1, 400)]  # duplicate a chunk
        else:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    return bytes(data)


def exercise(data: bytes, settings, lint) -> str:  # type: ignore[no-untyped-def]
    """Read, lint and render one input; the outcome's name."""
    path = settings.statements_path / "2026-11-20-fuzz.md"
    statement, problems = parse_statement(path, data, settings, NOW)
    if statement is None:
        assert any(p.severity == "error" for p in problems), "rejected without an error"
        return "rejected"
    if lint is not None:
        lint(Incident(statement.slug, {statement.lang: statement}), settings, NOW)
    from generator.rendering.channels import render_copies
    from generator.core.text import markdown_to_html

    for section in statement.sections:
        markdown_to_html(section.text)
    render_copies(statement, settings)
    return "parsed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="time budget (default 30)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time-based, printed)")
    parser.add_argument("--save", type=Path, default=None, help="folder to save inputs that crashed")
    parser.add_argument("--input-timeout", type=float, default=5.0, help="seconds one input may take (default 5)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    settings = load_settings(REPO)
    try:
        from generator.checking.lint import lint_incident
    except ImportError:
        lint_incident = None
    samples = [p.read_bytes() for p in sorted((REPO / "statements").glob("*.md"))]
    outcomes: Counter[str] = Counter()
    crashes: dict[str, tuple[bytes, str]] = {}
    slowest = (0.0, b"")
    signal.signal(signal.SIGALRM, _too_slow)
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        kind = rng.random()
        if kind < 0.1:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
        elif kind < 0.2:
            data = b"".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 60)))
        else:
            data = mutate(rng, rng.choice(samples))
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.input_timeout)
        try:
            outcomes[exercise(data, settings, lint_incident)] += 1
        except OnevoiceError:
            outcomes["refused (OnevoiceError)"] += 1
        except Exception as error:  # noqa: BLE001  the point is to catch everything else
            outcomes["UNEXPECTED"] += 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            key = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            if key not in crashes or len(data) < len(crashes[key][0]):
                crashes[key] = (data, "".join(traceback.format_exception(error)))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - started
        if elapsed > slowest[0]:
            slowest = (elapsed, data)
    total = sum(outcomes.values())
    print(f"seed {seed}, {args.seconds:.0f} s, {total} inputs ({total / args.seconds:.0f}/s)")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome}: {count}")
    print(f"  slowest input: {slowest[0] * 1000:.0f} ms ({len(slowest[1])} bytes)")
    for key, (data, trace) in sorted(crashes.items()):
        print(f"\nunexpected exception: {key}\n  smallest input ({len(data)} bytes): {data[:300]!r}")
        print("  " + trace.strip().splitlines()[-1])
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{key.replace(' ', '_').replace(':', '-')}.md").write_bytes(data)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
