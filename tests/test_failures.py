"""Failure injection against the build: mkdocs failing mid-build, a full disk, a build killed
half-way, an output folder that cannot be written. Each time the previous `site/` and
`dist/` must stay byte-identical, the exit must be non-zero, and the message must say what
happened and what to do."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.core import clock
from generator.cli import main
from generator.core.errors import BuildError

ONEVOICE = Path(sys.executable).parent / "onevoice"
CARD = "statements/2026-11-20-card-payments.md"


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def published(project: Path, settings):  # type: ignore[no-untyped-def]
    """A first good build, then a change to publish: the digests of the previous outputs."""
    from generator.publishing.build import build

    build(settings, now=clock.now())
    before = {"site": tree_digest(project / "site"), "dist": tree_digest(project / "dist")}
    assert len(before["site"]) > 20 and len(before["dist"]) > 20
    text = (project / CARD).read_text()
    (project / CARD).write_text(text.replace("Payments are succeeding again", "Payments succeed again"))
    (project / "statements/2026-11-20-card-payments.fr.md").write_text(
        (project / "statements/2026-11-20-card-payments.fr.md").read_text())
    return before


def assert_untouched(project: Path, before: dict[str, dict[str, str]]) -> None:
    assert tree_digest(project / "site") == before["site"]
    assert tree_digest(project / "dist") == before["dist"]
    staging = project / ".onevoice"
    leftovers = [p.name for p in staging.iterdir() if p.name.startswith("staging-")] if staging.is_dir() else []
    assert leftovers == [], "a failed build must clean its staging folder"
    assert not [p.name for p in project.iterdir() if ".previous-" in p.name]


def run_build(settings):  # type: ignore[no-untyped-def]
    from generator.publishing.build import build

    return build(settings, now=clock.now())


# --- mkdocs ------------------------------------------------------------------------------

def test_mkdocs_failing_mid_build_keeps_the_previous_site(project: Path, settings, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mkdocs.commands.build as mkdocs_build

    real = mkdocs_build.build
    calls = []

    def fails_on_the_second_language(config, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(config["site_dir"])
        if len(calls) == 2:  # the English site is already written to staging
            raise RuntimeError("theme template exploded")
        return real(config, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "build", fails_on_the_second_language)
    with pytest.raises(BuildError) as failure:
        run_build(settings)
    assert len(calls) == 2
    message = str(failure.value)
    assert "mkdocs" in message and "theme template exploded" in message
    assert "untouched" in message or "previous site" in message, message  # what it means for the reader
    assert_untouched(project, published)


def test_the_build_command_reports_a_mkdocs_failure_without_a_traceback(project: Path, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mkdocs.commands.build as mkdocs_build

    def broken(config, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("mkdocs could not read its theme")

    monkeypatch.setattr(mkdocs_build, "build", broken)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "mkdocs could not read its theme" in result.output and "Traceback" not in result.output
    assert_untouched(project, published)


# --- full disk ---------------------------------------------------------------------------

def _full_disk_after(count: int, real):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def write(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > count:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, *args, **kwargs)

    return write


@pytest.fixture(params=["one process", "two processes"])
def processes(request, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """Each failure once with the build in one process, once split between two (a forked child
    checks and writes dist/ while the parent builds the site), whatever the CPU count."""
    if request.param == "two processes":
        if not sys.platform.startswith("linux"):
            pytest.skip("builds use two processes on Linux only")
        monkeypatch.setattr("generator.publishing.build.PARALLEL_FROM", 1)
        monkeypatch.setenv("ONEVOICE_JOBS", "2")
    else:
        monkeypatch.setenv("ONEVOICE_JOBS", "1")
    return request.param


def _full_disk_open(count: int):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def failing_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if "w" in mode:
            calls["n"] += 1
            if calls["n"] > count:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))
        return open(file, mode, *args, **kwargs)

    return failing_open


@pytest.mark.parametrize("where", ["dist", "site"])  # dist/ copies, then site/ feeds and API
def test_a_full_disk_keeps_the_previous_outputs(project: Path, published, monkeypatch, where: str,
                                                processes: str) -> None:
    if where == "dist":
        monkeypatch.setattr("generator.publishing.dist.open", _full_disk_open(5), raising=False)
    else:
        monkeypatch.setattr(Path, "write_bytes", _full_disk_after(5, Path.write_bytes))
    result = CliRunner().invoke(main, ["build"])
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.output
    assert "free disk space" in result.output and "untouched" in result.output
    assert "Traceback" not in result.output
    assert_untouched(project, published)


def test_a_refused_check_publishes_nothing_in_either_mode(project: Path, published, processes: str) -> None:
    card = project / CARD
    card.write_text(card.read_text().replace("Payments succeed again", "Payments succeed again at [TIME]"))
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1, result.output
    assert f"{CARD}:" in result.output and "[TIME]" in result.output
    assert "nothing was published" in result.output and "Traceback" not in result.output
    assert_untouched(project, published)


def test_two_processes_build_exactly_what_one_builds(project: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.publishing.build import build

    import generator.publishing.build

    if not sys.platform.startswith("linux"):
        pytest.skip("builds use two processes on Linux only")
    monkeypatch.setattr("generator.publishing.build.PARALLEL_FROM", 1)
    forked = []
    real_pending = generator.publishing.build.Pending

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        pending = real_pending(*args, **kwargs)
        forked.append(pending.in_background)
        return pending

    monkeypatch.setattr("generator.publishing.build.Pending", recording)
    outputs = {}
    for jobs in (1, 2):
        result = build(settings, now=clock.now(), jobs=jobs)
        assert not result.report.failed(False)
        outputs[jobs] = {"site": tree_digest(project / "site"), "dist": tree_digest(project / "dist")}
    assert forked == [False, True]
    assert outputs[1] == outputs[2]
    assert len(outputs[2]["dist"]) > 20 and any(name.endswith("feed.atom") for name in outputs[2]["site"])


def test_a_full_disk_inside_mkdocs_keeps_the_previous_outputs(project: Path, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mkdocs.utils

    real = mkdocs.utils.write_file
    calls = {"n": 0}

    def write_file(content, output_path):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)
        return real(content, output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", write_file)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert_untouched(project, published)


# --- unwritable output -------------------------------------------------------------------

def test_an_unwritable_site_folder_keeps_the_previous_outputs(project: Path, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The site root is read-only: no entry in it can be renamed, created or removed.
    real = os.replace

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(dst).parent == project or Path(src).parent == project:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = CliRunner().invoke(main, ["build"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "Permission denied" in result.output and "permissions" in result.output
    assert "Traceback" not in result.output
    assert_untouched(project, published)


def test_when_dist_cannot_be_swapped_the_site_is_not_swapped_either(project: Path, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The site and the copies are published together or not at all: a site saying one thing
    and a copy deck saying another is the incoherence onevoice exists to prevent."""
    real = os.replace
    dist = str(project / "dist")

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(dst) == dist and "staging-" in str(src):
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = CliRunner().invoke(main, ["build"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert_untouched(project, published)


def test_a_site_root_where_staging_cannot_be_created_is_a_clear_error(project: Path, published, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = Path.mkdir

    def mkdir(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "staging-" in self.name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    result = CliRunner().invoke(main, ["build"])
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    assert "Permission denied" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # reported at the boundary, not a crash
    assert_untouched(project, published)


# --- killed ------------------------------------------------------------------------------

# The real `onevoice build`, except that the site stage pauses after the first language is
# built, so the test can interrupt it half-way on any machine, however fast.
_SLOW_BUILD = """
import signal, sys, time
# A shell that starts jobs in the background (as CI runners may) makes them ignore SIGINT;
# the test stands for a person at a terminal pressing Ctrl+C, so Ctrl+C is live again.
signal.signal(signal.SIGINT, signal.default_int_handler)
import generator.rendering.site.mkdocs_build as stage
real = stage.run_mkdocs
def paused(*args, **kwargs):
    warnings = real(*args, **kwargs)
    time.sleep(60)
    return warnings
stage.run_mkdocs = paused
import generator.publishing.build
generator.publishing.build.PARALLEL_FROM = int(sys.argv[1])  # 1: the sample statements are built by two processes
if sys.argv[1] == "1":  # and the child stays busy, so that killing the build finds it at work
    real_check = generator.publishing.build._check_and_write
    def busy(*args, **kwargs):
        result = real_check(*args, **kwargs)
        time.sleep(60)
        return result
    generator.publishing.build._check_and_write = busy
from generator.cli import main
sys.argv = ["onevoice", "build"]
main()
"""


def _start_build(project: Path, processes: str) -> subprocess.Popen[str]:
    two = processes == "two processes"
    return subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, "1" if two else "1000"], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "ONEVOICE_NOW": clock.now().isoformat(),
                                 "ONEVOICE_JOBS": "2" if two else "1"})


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in found.read_text().split()] if found.exists() else []


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"  # dead, waiting to be reaped


def _wait_for_staged_site(project: Path, process: subprocess.Popen[str]) -> None:
    """Until the build is half-way: its staging folder holds part of the new site."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        staged = list((project / ".onevoice").glob("staging-*/site/*")) if (project / ".onevoice").is_dir() else []
        if staged:
            return
        time.sleep(0.005)
    pytest.fail("the build never reached the site stage")


def test_a_killed_build_leaves_the_previous_outputs_and_the_next_build_works(project: Path, published,  # type: ignore[no-untyped-def]
                                                                           processes: str) -> None:
    process = _start_build(project, processes)
    _wait_for_staged_site(project, process)
    children = _children(process.pid)
    if processes == "two processes":
        assert children and not any(map(_gone, children)), "the build's child should be at work"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    # The child that checks and writes dist/ dies with the build: nothing writes after the kill.
    if processes == "two processes" and sys.platform.startswith("linux"):
        deadline = time.monotonic() + 10
        while not all(map(_gone, children)) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert all(map(_gone, children)), f"the build's child processes outlived it: {children}"
    assert tree_digest(project / "site") == published["site"]
    assert tree_digest(project / "dist") == published["dist"]
    # The next build publishes, and does not let the killed build's leftovers pile up.
    result = subprocess.run([str(ONEVOICE), "build"], cwd=project, capture_output=True, text=True, timeout=300, check=False,
                            env={**os.environ, "ONEVOICE_NOW": clock.now().isoformat()})
    assert result.returncode == 0, result.stderr
    assert "Payments succeed again" in (project / "site/statements/2026-11-20-card-payments/index.html").read_text()
    assert not list((project / ".onevoice").glob("staging-*")), "stale staging folders of killed builds remain"


def test_an_interrupted_build_says_nothing_was_published(project: Path, published, processes: str) -> None:  # type: ignore[no-untyped-def]
    process = _start_build(project, processes)
    _wait_for_staged_site(project, process)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted: nothing was published." in stderr and "Traceback" not in stderr
    assert_untouched(project, published)


def test_a_child_that_fails_is_replaced_by_the_parent_doing_its_work(project: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Whatever goes wrong in the second process (here: it crashes), the build does the work
    # itself and publishes the same site; nothing is lost but time.
    import generator.publishing.build
    from generator.publishing.build import build

    if not sys.platform.startswith("linux"):
        pytest.skip("builds use two processes on Linux only")
    parent = os.getpid()
    real = generator.publishing.build._check_and_write

    def crashing_in_the_child(*args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(3)  # as if killed: no result, no exception to send back
        return real(*args, **kwargs)

    monkeypatch.setattr("generator.publishing.build.PARALLEL_FROM", 1)
    monkeypatch.setattr(generator.publishing.build, "_check_and_write", crashing_in_the_child)
    result = build(settings, now=clock.now(), jobs=2)
    assert not result.report.failed(False)
    assert (project / "dist/2026-11-20-card-payments/en/copies.json").is_file()
    assert "Card payments failing at checkout" in (project / "site/statements/2026-11-20-card-payments/index.html").read_text()
