"""Properties that must hold for any statement, not just the samples (hypothesis):

- any valid statement written out and parsed gives back exactly what was written, and
  parse → write → parse is the identity;
- `update` changes nothing but the new update and `next_update`, byte for byte;
- every channel copy of any valid statement stays within its platform's limit (checked with
  the platforms' own counters for X, Bluesky and SMS), or the build says clearly why not;
- for arbitrary bytes, the reader and `check` report problems or pass, never crash.

The statement writer below is the test's own: it spells a generated statement in the format
of docs/format.md, so a reader bug cannot hide behind a matching writer bug."""

from __future__ import annotations

import re

import dataclasses
import difflib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from generator.checking.run import check_project
from generator.core.errors import RenderError
from generator.core.languages import section_heading
from generator.core.model import Settings, Statement
from generator.reading.reader import MAX_FILE_BYTES, parse_statement
from generator.reading.settings import load_settings
from tests.conftest import REPO, require

NOW = datetime(2026, 11, 20, 11, 30, tzinfo=UTC) + timedelta(hours=-1)  # 11:30 in Paris
SITE: Settings = load_settings(REPO)
NODE = shutil.which("node")
ORACLE = REPO / "tests" / "oracles" / "count.mjs"
PROPERTY_SETTINGS = hsettings(max_examples=int(os.environ.get("ONEVOICE_PROPERTY_EXAMPLES", "60")), deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

STATUS_SPELLINGS = {
    "investigating": ["investigating", "Investigating", "analyse", "en cours d'analyse"],
    "identified": ["identified", "IDENTIFIED", "identifié", "identifie"],
    "monitoring": ["monitoring", "surveillance"],
    "resolved": ["resolved", "résolu", "Resolu"],
}
OPTIONAL_SECTIONS = ("what_happened", "what_we_are_doing", "what_you_should_do", "quote")


# --- generation --------------------------------------------------------------------------

# Letters of several scripts, digits, punctuation, symbols (emoji included) and spaces; no
# control characters, no line separators (U+0085, U+2028/9 end lines for YAML).
_CHARS = st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85\u2028\u2029")


def _line(min_size: int = 1, max_size: int = 80) -> st.SearchStrategy[str]:
    # A line of text that is not Markdown structure the reader acts on (a heading, a fence).
    return st.text(_CHARS, min_size=min_size, max_size=max_size).filter(
        lambda s: s.strip() and not s.startswith("#") and "```" not in s and "~~~" not in s
        and "<!--" not in s and "-->" not in s and s.strip() not in ("---", "...")
    )


_PARAGRAPH = st.lists(_line(), min_size=1, max_size=3).map("\n".join)
_WORD = st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,15}", fullmatch=True)


@dataclass(frozen=True)
class GenCorrection:
    at: datetime
    text: str


@dataclass(frozen=True)
class GenUpdate:
    at: datetime
    status: str
    word: str  # the status as written
    text: str
    corrections: tuple[GenCorrection, ...]


@dataclass(frozen=True)
class GenStatement:
    lang: str
    title: str
    severity: str
    started: datetime
    affected: tuple[str, ...]
    next_update: datetime | None
    spokesperson: tuple[str, str] | None
    location: str | None
    hashtags: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # (key, text), summary first
    updates: tuple[GenUpdate, ...]  # newest first


def _moments(draw, count: int, earliest: datetime, latest: datetime) -> list[datetime]:  # type: ignore[no-untyped-def]
    span = int((latest - earliest).total_seconds() // 60)
    minutes = draw(st.lists(st.integers(0, span), min_size=count, max_size=count, unique=True))
    return sorted((earliest + timedelta(minutes=m) for m in minutes), reverse=True)


@st.composite
def statements(draw) -> GenStatement:  # type: ignore[no-untyped-def]
    lang = draw(st.sampled_from(SITE.languages))
    started = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 600_000)))
    count = draw(st.integers(1, 5))
    times = _moments(draw, count, started, NOW)
    updates = []
    for position, at in enumerate(times):
        status = draw(st.sampled_from(list(STATUS_SPELLINGS)))
        correction_times = _moments(draw, draw(st.integers(0, 2)), at + timedelta(minutes=1), NOW + timedelta(days=2))
        corrections = tuple(GenCorrection(c, draw(_PARAGRAPH)) for c in sorted(correction_times))
        updates.append(GenUpdate(at, status, draw(st.sampled_from(STATUS_SPELLINGS[status])), draw(_PARAGRAPH), corrections))
    optional = draw(st.lists(st.sampled_from(OPTIONAL_SECTIONS), unique=True, max_size=4))
    sections = (("summary", draw(_PARAGRAPH)), *((key, draw(_PARAGRAPH)) for key in optional))
    resolved = updates[0].status == "resolved"
    next_update = None if resolved else draw(st.none() | st.just(times[0] + timedelta(hours=1)))
    return GenStatement(
        lang=lang,
        title=draw(_line(1, 100)),
        severity=draw(st.sampled_from(["minor", "major", "critical"])),
        started=started,
        affected=tuple(draw(st.lists(_line(1, 30), max_size=3))),
        next_update=next_update,
        spokesperson=draw(st.none() | st.tuples(_line(1, 40), _line(1, 40))),
        location=draw(st.none() | _line(1, 30)),
        hashtags=tuple(draw(st.lists(_WORD, max_size=3))),
        sections=sections,
        updates=tuple(updates),
    )


def _when(moment: datetime, style: int) -> str:
    # Three spellings the format accepts; all name the same instant.
    if style == 0:
        return moment.strftime("%Y-%m-%dT%H:%MZ")
    local = moment.astimezone(SITE.timezone)
    offset = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M ") + f"{offset[:3]}:{offset[3:]}" if style == 1 else local.strftime("%Y-%m-%dT%H:%M") + offset


def write_statement(g: GenStatement, style: int = 1) -> str:
    """The statement in the file format (docs/format.md)."""
    q = lambda s: json.dumps(s, ensure_ascii=False)
    lines = ["---", f"title: {q(g.title)}", f"severity: {g.severity}", f"started: {_when(g.started, style)}"]
    if g.affected:
        lines.append(f"affected: [{', '.join(q(a) for a in g.affected)}]")
    if g.next_update:
        lines.append(f"next_update: {_when(g.next_update, style)}")
    if g.spokesperson:
        lines.append(f"spokesperson: {{name: {q(g.spokesperson[0])}, role: {q(g.spokesperson[1])}}}")
    if g.location:
        lines.append(f"location: {q(g.location)}")
    if g.hashtags:
        lines.append(f"hashtags: [{', '.join(g.hashtags)}]")
    lines += ["---", ""]
    for key, text in g.sections:
        lines += [f"## {section_heading(key, g.lang)}", text, ""]
    lines += [f"## {section_heading('updates', g.lang)}", ""]
    for update in g.updates:
        lines += [f"### {_when(update.at, style)} · {update.word}", update.text, ""]
        for correction in update.corrections:
            word = "Correction" if g.lang == "en" else "Rectificatif"
            lines += [f"#### {word} · {_when(correction.at, style)}", correction.text, ""]
    return "\n".join(lines)


def file_name(g: GenStatement) -> str:
    return "2026-11-20-generated" + ("" if g.lang == SITE.default_language else f".{g.lang}") + ".md"


def parse(text: str, name: str, settings: Settings = SITE) -> Statement:
    statement, problems = parse_statement(settings.statements_path / name, text.encode(), settings, NOW)
    assert statement is not None, "\n".join(p.format() for p in problems) + "\n\n" + text
    assert not [p for p in problems if p.severity == "error"]
    return statement


def as_generated(s: Statement) -> GenStatement:
    """What a parsed statement says, in the generator's terms (no line numbers)."""
    return GenStatement(
        lang=s.lang, title=s.title, severity=s.severity.value, started=s.started, affected=s.affected,
        next_update=s.next_update, spokesperson=(s.spokesperson.name, s.spokesperson.role) if s.spokesperson else None,
        location=s.location, hashtags=s.hashtags,
        sections=tuple((sec.key, sec.text) for sec in s.sections if sec.key != "updates"),
        updates=tuple(GenUpdate(u.at, u.status.value, u.status_word, u.text,
                                tuple(GenCorrection(c.at, c.text) for c in u.corrections)) for u in s.updates),
    )


def expected(g: GenStatement) -> GenStatement:
    """What the reader must make of a generated statement: values normalised at the edge."""
    spoke = tuple(p.strip() for p in g.spokesperson) if g.spokesperson else None
    return dataclasses.replace(g, title=" ".join(g.title.split()), affected=tuple(a.strip() for a in g.affected),
                               spokesperson=spoke, location=g.location.strip() if g.location else None)


# --- round trip --------------------------------------------------------------------------

@PROPERTY_SETTINGS
@given(statements(), st.integers(0, 2))
def test_any_valid_statement_reads_back_exactly_as_written(g: GenStatement, style: int) -> None:
    first = parse(write_statement(g, style), file_name(g))
    assert as_generated(first) == expected(g)
    rewritten = write_statement(as_generated(first), style)
    second = parse(rewritten, file_name(g))
    assert as_generated(second) == as_generated(first)
    assert rewritten == write_statement(as_generated(second), style)


# --- update ------------------------------------------------------------------------------

@PROPERTY_SETTINGS
@given(statements(), st.sampled_from(list(STATUS_SPELLINGS)), _PARAGRAPH, st.integers(0, 3))
def test_update_changes_nothing_but_the_new_update_and_next_update(g: GenStatement, status: str, message: str,
                                                                   later: int) -> None:
    from generator.authoring.editing import REOPENED, add_update

    assume(not message.lstrip().startswith(("#", "-", "*", "+", ">")))
    # A resolved statement is reopened only on purpose (--reopen), and never resolved twice.
    reopen = g.updates[0].status == "resolved"
    assume(not (reopen and status == "resolved"))
    expected = f"{REOPENED[g.lang]} {message.strip()}" if reopen else message.strip()
    with tempfile.TemporaryDirectory() as folder:
        site = dataclasses.replace(SITE, root=Path(folder))
        site.statements_path.mkdir()
        path = site.statements_path / file_name(g)
        before_text = write_statement(g)
        path.write_text(before_text, encoding="utf-8")
        before = parse(before_text, path.name, site)
        now = max(NOW, g.updates[0].at + timedelta(minutes=later + 1))
        result = add_update(site, "2026-11-20-generated", status, message, now=now, lang=g.lang, reopen=reopen)
        after_text = path.read_text(encoding="utf-8")
    after = as_generated(result.statement)
    new = after.updates[0]
    assert new.text == expected and new.status == status and new.at > g.updates[0].at
    assert after.updates[1:] == as_generated(before).updates
    assert dataclasses.replace(after, updates=(), next_update=None) == \
        dataclasses.replace(as_generated(before), updates=(), next_update=None)
    assert (after.next_update is None) == (status == "resolved")
    # Byte for byte: the only changed lines are the inserted update and the next_update line.
    old_lines, new_lines = before_text.split("\n"), after_text.split("\n")
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        removed, added = old_lines[i1:i2], new_lines[j1:j2]
        assert all(line.startswith("next_update:") for line in removed), (removed, added)
        assert all(line.startswith(("next_update:", "### ")) or line in expected.split("\n") or line == ""
                   for line in added), (removed, added)


# --- channel copies ----------------------------------------------------------------------

def _copies(g: GenStatement):  # type: ignore[no-untyped-def]
    from generator.rendering.channels import render_copies

    statement = parse(write_statement(g), file_name(g))
    try:
        return statement, render_copies(statement, SITE)
    except RenderError as error:
        # Refusing is allowed (never a silent cut), but it must say which copy and why.
        assert "over" in str(error) or "cannot" in str(error), str(error)
        return statement, []


def _check_limits(statement: Statement, copies) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.channels import counting
    from generator.rendering.channels.limits import rule_for

    url = SITE.statement_url(statement.slug, statement.lang)
    for copy in copies:
        rule = rule_for(copy.channel, SITE)
        if copy.channel == "email":
            assert len(copy.subject) <= copy.limit
            continue
        assert len(copy.parts) == 1 or rule.threads
        for part in copy.parts:
            if rule.unit == "characters":
                assert len(part) <= rule.limit, (copy.channel, len(part), part)
            elif rule.unit == "sms":
                assert counting.sms_segments(part) <= rule.limit
            else:
                assert counting.measure(rule, part) <= rule.limit, (copy.channel, part)
            if rule.byte_limit:
                assert len(part.encode()) <= rule.byte_limit
        if copy.channel == "instagram":  # captions do not link: the bio does
            assert re.search(r"link in bio|lien dans la bio", copy.parts[0], re.IGNORECASE)
        elif copy.channel == "sms":  # the statement's short address, which leads to its page
            from generator.rendering.brief import Brief

            if Brief(statement, SITE, NOW).no_links:  # after a breach or a cyberattack: the site's name, no link
                assert copy.parts[0].endswith(urlsplit(SITE.site_url).netloc), copy.parts[0]
                assert "https://" not in copy.parts[0], copy.parts[0]
            else:
                assert copy.parts[0].endswith(SITE.short_url(statement.slug, statement.lang))
        else:
            assert url in copy.parts[0]


@PROPERTY_SETTINGS
@given(statements())
def test_every_copy_of_any_statement_fits_its_channel(g: GenStatement) -> None:
    statement, copies = _copies(g)
    _check_limits(statement, copies)


def test_copies_fit_by_the_platforms_own_counters() -> None:
    """The same property, measured by twitter-text, @atproto/api and sms-segments-calculator
    (one node run for every generated copy)."""
    require(NODE is not None and (REPO / "tests/js/node_modules/twitter-text").is_dir(), "node and tests/js")
    posts: list[tuple[str, str, int]] = []

    @hsettings(max_examples=40, deadline=None, derandomize=True, database=None,
               suppress_health_check=[HealthCheck.too_slow])
    @given(statements())
    def collect(g: GenStatement) -> None:
        _, copies = _copies(g)
        posts.extend((c.channel, part, c.limit) for c in copies if c.channel in ("x", "bluesky", "sms")
                     for part in c.parts)

    collect()
    assert len(posts) > 100
    counted = json.loads(subprocess.run(["node", str(ORACLE)], input=json.dumps([p for _, p, _ in posts]),
                                        capture_output=True, text=True, check=True, cwd=REPO).stdout)
    for (channel, text, limit), count in zip(posts, counted, strict=True):
        if channel == "x":
            assert count["x_valid"] and count["x_weighted_length"] <= 280, text
        elif channel == "bluesky":
            assert count["bluesky_graphemes"] <= 300 and count["bluesky_bytes"] <= 3000, text
        else:
            assert count["sms_segments"] <= 2, text


# --- arbitrary input ---------------------------------------------------------------------

_TOKENS = st.sampled_from([
    b"---\n", b"...\n", b"## Summary\n", b"## Updates\n", b"## Mises \xc3\xa0 jour\n", b"### 2026-11-20 10:05 \xc2\xb7 identified\n",
    b"#### Correction \xc2\xb7 2026-11-20 11:00\n", b"title: x\n", b"&a [1]\n", b"*a\n", b"!!python/object:os.system\n",
    b"{", b"[", b"\x00", b"\r", b"\xef\xbb\xbf", b"\xff\xfe", b"<!--", b"-->",
    b"```\n", b"2026-02-30 25:61", b"\t", b"    ", b"<script>alert(1)</script>", b"\xe2\x80\xae",
])
_SAMPLE = (REPO / "statements" / "2026-11-20-card-payments.md").read_bytes()


@st.composite
def mutated_samples(draw) -> bytes:  # type: ignore[no-untyped-def]
    data = bytearray(_SAMPLE)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.integers(0, 3))
        if action == 0:
            data[position:position] = draw(_TOKENS)
        elif action == 1:
            del data[position : position + draw(st.integers(1, 200))]
        elif action == 2 and position < len(data):
            data[position] = draw(st.integers(0, 255))
        else:
            data[position:position] = draw(st.binary(max_size=20))
    return bytes(data)


@hsettings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000) | mutated_samples() | st.text(max_size=2000).map(str.encode))
def test_the_reader_never_crashes_on_any_bytes(data: bytes) -> None:
    statement, problems = parse_statement(SITE.statements_path / "2026-11-20-fuzz.md", data, SITE, NOW)
    assert statement is not None or any(p.severity == "error" for p in problems)
    for problem in problems:
        assert problem.line >= 1 and problem.message and problem.rule


@PROPERTY_SETTINGS
@given(mutated_samples() | st.binary(max_size=2000))
def test_check_reports_or_passes_on_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = dataclasses.replace(SITE, root=Path(folder))
        site.statements_path.mkdir()
        (site.statements_path / "2026-11-20-card-payments.md").write_bytes(data)
        report = check_project(site, now=NOW)  # any exception here fails the test
    assert report.statements == 1
    assert report.incidents or report.errors


def test_an_oversized_file_is_refused_quickly() -> None:
    import time

    data = _SAMPLE + b"x" * (MAX_FILE_BYTES + 1)
    started = time.perf_counter()
    statement, problems = parse_statement(SITE.statements_path / "2026-11-20-big.md", data, SITE, NOW)
    assert statement is None and [p.rule for p in problems] == ["format/too-large"]
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize(("data", "rule"), [
    (b"---\ntitle: " + b"[" * 5000 + b"\n---\n", "format/yaml"),
    (b"---\na: &a [x]\nb: [*a, *a, *a]\n---\n", "format/yaml"),
    (b"---\ntitle: x\n---\n" + b"y" * 20_000 + b"\n", "format/line-too-long"),
    (b"---\n\x01\n---", "format/yaml"),  # found by the property above: YAML refuses control characters
])
def test_hostile_limits_are_rejected_quickly_with_a_clear_rule(data: bytes, rule: str) -> None:
    import time

    # (The reader's first call imports what it needs: the time measured is the refusal's alone.)
    parse_statement(SITE.statements_path / "2026-11-20-warm.md", b"---\ntitle: x\n---\n", SITE, NOW)
    started = time.perf_counter()
    _, problems = parse_statement(SITE.statements_path / "2026-11-20-bomb.md", data, SITE, NOW)
    assert rule in [p.rule for p in problems], problems
    assert time.perf_counter() - started < 0.5


def test_too_many_updates_are_refused() -> None:
    from generator.reading.reader import MAX_UPDATES

    head = _SAMPLE.split(b"## Updates")[0] + b"## Updates\n\n"
    moments = [datetime(2026, 11, 20, 9, 13, tzinfo=UTC) - timedelta(minutes=i) for i in range(MAX_UPDATES + 1)]
    head = head.replace(b"started: 2026-11-20 09:12", b"started: 2026-11-18 09:12")
    body = b"".join(f"### {m:%Y-%m-%dT%H:%MZ} · monitoring\nStill watching.\n\n".encode() for m in moments)
    _, problems = parse_statement(SITE.statements_path / "2026-11-20-long.md", head + body, SITE, NOW)
    assert "format/too-many-updates" in [p.rule for p in problems]
