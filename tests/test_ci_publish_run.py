"""The publish workflow's own `run:` steps, executed in order with bash in a temporary copy
of the repository: the same commands CI runs give a site and the channel copies. Then the
history protection of the "find the live commit" step, with a stand-in for the GitHub CLI
answering as the deployments API would: first publish, newest successful deployment, an
older run refused, an API failure not mistaken for a first publish, and a rewritten
published update failing the check."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.reading.settings import load_settings
from tests.conftest import REPO, SAMPLE_NOW

PUBLISH = REPO / ".github" / "workflows" / "publish.yml"
CARD_EN = "statements/2026-11-20-card-payments.md"
CARD_FR = "statements/2026-11-20-card-payments.fr.md"
# Variables a real runner sets; none may leak from the machine running the tests.
RUNNER_PREFIXES = ("GITHUB_", "RUNNER_", "GH_", "ONEVOICE_", "ACTIONS_")


def build_job() -> dict[str, Any]:
    return yaml.safe_load(PUBLISH.read_text(encoding="utf-8"))["jobs"]["build"]


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def repository_copy(dest: Path) -> Path:
    """The working tree as a fresh repository: tracked and untracked-but-not-ignored files,
    one commit. (A `git clone` would only have what the lead has committed so far.)"""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git(dest, "init", "-q", "-b", "main")
    commit_all(dest, "published state")
    return dest


@dataclass
class JobRun:
    """Runs steps of the publish build job as the runner would: bash -eo pipefail in the
    repository, the job's env, each step's env with its expressions resolved, step outputs
    read back from $GITHUB_OUTPUT."""

    workdir: Path
    scratch: Path
    path: list[Path]
    context: dict[str, str] = field(default_factory=dict)  # expression -> value
    extra_env: dict[str, str] = field(default_factory=dict)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)

    def resolve(self, value: object) -> str:
        def one(match: re.Match[str]) -> str:
            expression = match[1]
            step = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression)
            if step:
                return self.outputs.get(step[1], {}).get(step[2], "")
            assert expression in self.context, f"the test does not know the expression {expression!r}"
            return self.context[expression]

        return re.sub(r"\$\{\{\s*(.+?)\s*\}\}", one, str(value))

    def env(self, job: dict[str, Any], step: dict[str, Any], output_file: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(RUNNER_PREFIXES) and k not in ("SOURCE_DATE_EPOCH", "VIRTUAL_ENV", "PYTHONPATH")}
        env["PATH"] = os.pathsep.join([*map(str, self.path), env.get("PATH", "")])
        env.update({k: self.resolve(v) for k, v in job.get("env", {}).items()})
        env.update(CI="true", ONEVOICE_NOW=SAMPLE_NOW, GITHUB_OUTPUT=str(output_file),
                   GITHUB_STEP_SUMMARY=str(self.scratch / "summary.md"))
        env.update(self.extra_env)
        env.update({k: self.resolve(v) for k, v in step.get("env", {}).items()})
        return env

    def run(self, job: dict[str, Any], step: dict[str, Any], index: int) -> subprocess.CompletedProcess[str]:
        script = self.scratch / f"step-{index}.sh"
        script.write_text(step["run"], encoding="utf-8")
        output_file = self.scratch / f"step-{index}.output"
        output_file.write_text("", encoding="utf-8")
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                                cwd=self.workdir / step.get("working-directory", "."),
                                env=self.env(job, step, output_file), capture_output=True, text=True, timeout=900)
        if "id" in step:
            self.outputs[step["id"]] = dict(
                line.split("=", 1) for line in output_file.read_text(encoding="utf-8").splitlines() if "=" in line
            )
        return result

    def run_named(self, job: dict[str, Any], step_id_or_command: str) -> subprocess.CompletedProcess[str]:
        for index, step in enumerate(job["steps"]):
            if step.get("id") == step_id_or_command or step_id_or_command in step.get("run", ""):
                return self.run(job, step, index)
        raise AssertionError(f"no step {step_id_or_command!r} in the publish build job")


def fresh_python(venv: Path) -> Path:
    """What actions/setup-python gives a job: a Python of its own with pip. Packages already
    installed for the tests are visible to it (as the pip cache makes them cheap on CI), so
    `pip install -e .` only installs onevoice itself, from the copy."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    (site_packages / "_tests_python_packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def test_the_publish_steps_run_in_order_give_a_site_and_the_channel_copies(tmp_path: Path) -> None:
    repo = repository_copy(tmp_path / "repo")
    scratch = tmp_path / "runner"
    scratch.mkdir()
    runner = JobRun(repo, scratch, [fresh_python(tmp_path / "python")], context={"github.token": ""})
    job = build_job()

    ran = []
    for index, step in enumerate(job["steps"]):
        if "uses" in step:
            continue  # actions (checkout, setup-python, uploads) are GitHub's side
        result = runner.run(job, step, index)
        ran.append(step["name"])
        assert result.returncode == 0, f"step {step['name']!r} failed:\n{result.stdout}\n{result.stderr}"
        assert "::error" not in result.stdout, result.stdout

    assert ran == [
        "Install onevoice",
        "Find the commit the live site was built from",
        "Check the statements",
        "Build the site and the channel copies",
    ]
    # The steps used the copy's code, installed by the workflow's own install step.
    where = subprocess.run([str(tmp_path / "python" / "bin" / "python"), "-c", "import generator; print(generator.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(repo), where

    site, dist = repo / "site", repo / "dist"
    settings = load_settings(repo)
    assert (site / "index.html").is_file()
    assert (site / "_headers").is_file()
    statements = sorted((repo / "statements").glob("[!_]*.md"))
    assert len(statements) >= 4
    for statement in statements:
        slug, _, lang = statement.name.removesuffix(".md").partition(".")
        lang = lang or settings.default_language
        title = re.search(r"^title: (.+)$", statement.read_text(encoding="utf-8"), re.MULTILINE)[1]
        page = (site / settings.statement_path(slug, lang) / "index.html").read_text(encoding="utf-8")
        shown = html.unescape(re.search(r"<title>(.*?)</title>", page, re.DOTALL)[1])
        assert shown.startswith(title), (statement.name, shown)
        # Every current statement's announcement copy carries the canonical link to its page;
        # statements resolved long ago (the October sample) get no kit.
        kit = dist / slug / lang / "x" / "announcement.txt"
        if slug == "2026-10-02-merchant-data-exposure":
            assert not kit.exists()
            continue
        assert settings.statement_url(slug, lang) in kit.read_text(encoding="utf-8")
    assert (dist / "index.html").is_file()  # the copy deck the communications team opens
    # The copies stay out of what Pages serves.
    assert not list(site.rglob("announcement.txt"))


# --- the live commit and history protection ---------------------------------------------

FAKE_GH = '''\
import json, os, sys

# Stands in for `gh api URL --jq FILTER` with the deployments API's answers from a file.
data = json.load(open(os.environ["FAKE_GH_DATA"]))
args = sys.argv[1:]
assert args[0] == "api" and args[2] == "--jq", args
assert os.environ.get("GH_TOKEN"), "gh needs GH_TOKEN"
url, jq = args[1], args[3]
repo = "repos/" + os.environ["GITHUB_REPOSITORY"] + "/deployments"
if data.get("fail"):
    sys.exit("HTTP 502: Bad Gateway (" + url + ")")
if url.startswith(repo + "?") and "environment=github-pages" in url:
    assert jq == '.[] | "\\\\(.id) \\\\(.sha)"', jq
    for deployment in data["deployments"]:
        print(deployment["id"], deployment["sha"])
elif url.startswith(repo + "/") and "/statuses" in url:
    assert jq == '.[0].state // ""', jq
    statuses = data["statuses"].get(url[len(repo) + 1:].split("/")[0], [])
    print(statuses[0]["state"] if statuses else "")
else:
    sys.exit("unexpected call: " + " ".join(args))
'''


@pytest.fixture
def github(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A repository copy and a runner that looks like GitHub Actions, whose `gh` answers
    from the deployments given to `answer(...)`."""
    repo = repository_copy(tmp_path / "repo")
    scratch = tmp_path / "runner"
    scratch.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!{sys.executable}\n" + FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    data = tmp_path / "deployments.json"
    runner = JobRun(repo, scratch, [bin_dir, Path(sys.executable).parent], context={"github.token": "fake-token"},
                    extra_env={"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "calypso/status",
                               "FAKE_GH_DATA": str(data)})

    def answer(deployments: list[tuple[int, str, str]] | None = None, fail: bool = False) -> None:
        data.write_text(json.dumps({
            "fail": fail,
            "deployments": [{"id": i, "sha": sha} for i, sha, _ in deployments or []],
            "statuses": {str(i): [{"state": state}] for i, _, state in deployments or []},
        }), encoding="utf-8")

    return repo, runner, answer


def test_first_publish_has_no_live_commit_and_checks_without_history(github) -> None:  # type: ignore[no-untyped-def]
    _repo, runner, answer = github
    answer([])
    job = build_job()

    live = runner.run_named(job, "live")
    check = runner.run_named(job, "onevoice check")

    assert live.returncode == 0, live.stdout + live.stderr
    assert "first publish" in live.stdout
    assert runner.outputs["live"] == {}
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_live_commit_is_the_newest_successful_deployment(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    first = git(repo, "rev-parse", "HEAD")
    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    second = commit_all(repo, "second")
    (repo / "README.md").write_text("changed again\n", encoding="utf-8")
    commit_all(repo, "third")
    # Newest first, as the API lists them: a failed deploy of `second`, then `first`, live.
    answer([(12, second, "failure"), (11, first, "success"), (10, first, "inactive")])

    live = runner.run_named(build_job(), "live")

    assert live.returncode == 0, live.stdout + live.stderr
    assert runner.outputs["live"] == {"sha": first}


def test_a_run_older_than_the_live_site_is_refused(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    older = git(repo, "rev-parse", "HEAD")
    (repo / "README.md").write_text("newer\n", encoding="utf-8")
    newer = commit_all(repo, "newer")
    git(repo, "checkout", "-q", "--detach", older)  # a re-run of the older push's workflow
    answer([(2, newer, "success")])

    live = runner.run_named(build_job(), "live")

    assert live.returncode == 1
    assert "::error title=Older than the live site::" in live.stdout
    assert "live" not in runner.outputs or "sha" not in runner.outputs["live"]


def test_an_api_failure_fails_the_step_instead_of_skipping_the_history_check(github) -> None:  # type: ignore[no-untyped-def]
    _repo, runner, answer = github
    answer(fail=True)

    live = runner.run_named(build_job(), "live")

    assert live.returncode != 0
    assert "first publish" not in live.stdout
    assert "Bad Gateway" in live.stderr


def test_a_live_commit_missing_from_the_history_is_an_error(github) -> None:  # type: ignore[no-untyped-def]
    _repo, runner, answer = github
    answer([(5, "0123456789abcdef0123456789abcdef01234567", "success")])

    live = runner.run_named(build_job(), "live")

    assert live.returncode == 1
    assert "::error title=Published commit not found::" in live.stdout


def test_a_rewritten_published_update_fails_the_check(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    published = git(repo, "rev-parse", "HEAD")
    statement = repo / CARD_EN
    text = statement.read_text(encoding="utf-8")
    old = "We know that card payments are failing at checkout and we are investigating."
    assert old in text
    statement.write_text(text.replace(old, "Card payments were briefly slower than usual."), encoding="utf-8")
    commit_all(repo, "soften the first update")
    line = statement.read_text(encoding="utf-8").split("\n").index("Card payments were briefly slower than usual.") + 1
    answer([(7, published, "success")])
    job = build_job()

    live = runner.run_named(job, "live")
    check = runner.run_named(job, "onevoice check")

    assert live.returncode == 0 and runner.outputs["live"] == {"sha": published}, live.stdout + live.stderr
    assert check.returncode == 1, check.stdout + check.stderr
    annotations = re.findall(rf"^::error file={re.escape(CARD_EN)},line=(\d+),col=\d+,title=(history/[\w-]+)::",
                             check.stdout, re.MULTILINE)
    assert annotations, check.stdout
    # Located on the rewritten update: its heading or its text.
    assert any(line - 2 <= int(found) <= line for found, _ in annotations), (line, check.stdout)


def test_a_new_update_on_top_of_the_published_commit_passes_the_check(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    published = git(repo, "rev-parse", "HEAD")
    new_updates = {
        CARD_EN: ("### 2026-11-20 10:50 · monitoring", "### 2026-11-20 11:20 · monitoring\n"
                  "Every region has been stable for thirty minutes."),
        CARD_FR: ("### 2026-11-20 10:50 · surveillance", "### 2026-11-20 11:20 · surveillance\n"
                  "Toutes les régions sont stables depuis trente minutes."),
    }
    for relative, (newest, added) in new_updates.items():
        statement = repo / relative
        text = statement.read_text(encoding="utf-8")
        assert newest in text
        statement.write_text(text.replace(newest, added + "\n\n" + newest), encoding="utf-8")
    commit_all(repo, "new update")
    answer([(8, published, "success")])
    job = build_job()

    live = runner.run_named(job, "live")
    check = runner.run_named(job, "onevoice check")

    assert runner.outputs["live"] == {"sha": published}, live.stdout + live.stderr
    # Adding an update is what a statement is for: no history problem, no error.
    assert "title=history/" not in check.stdout, check.stdout
    assert "::error" not in check.stdout, check.stdout
    assert "Traceback" not in check.stderr, check.stderr


# --- the severity policy: warnings never stop a publish, errors do -----------------------

WARNINGS_ONLY = """---
title: Delivery delays in Lyon
severity: major
started: 2026-11-20 08:00
next_update: 2026-11-20 10:00
---

## Summary
Some parcels for Lyon arrive a day late. We are sorry.

## Updates

### 2026-11-20 09:00 · investigating
Our staff followed every procedure, and the delay is entirely the fault of our courier.
"""


def _publish(runner: JobRun, job: dict[str, Any]) -> list[subprocess.CompletedProcess[str]]:
    return [runner.run_named(job, "live"), runner.run_named(job, "onevoice check"),
            runner.run_named(job, "onevoice build")]


def test_a_statement_with_warnings_only_is_published_with_annotations_and_a_summary(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    answer([])
    (repo / "statements" / "2026-11-20-lyon-delays.md").write_text(WARNINGS_ONLY, encoding="utf-8")
    commit_all(repo, "an urgent update whose wording the linter dislikes")

    _live, check, build = _publish(runner, build_job())

    assert check.returncode == 0, check.stdout + check.stderr
    assert build.returncode == 0, build.stdout + build.stderr
    annotations = [line for line in check.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(line.startswith("::warning ") for line in annotations), check.stdout
    assert any("overdue-update" in line for line in annotations)  # promised for 10:00, now 11:30
    summary = (runner.scratch / "summary.md").read_text(encoding="utf-8")
    assert "0 errors" in summary and "nothing blocks publishing" in summary
    assert (repo / "site" / "statements" / "2026-11-20-lyon-delays" / "index.html").is_file()


def test_an_error_stops_the_publish_and_the_summary_says_why(github) -> None:  # type: ignore[no-untyped-def]
    repo, runner, answer = github
    answer([])
    text = WARNINGS_ONLY.replace("We are sorry.", "We are sorry. Call [PHONE NUMBER] for help.")
    (repo / "statements" / "2026-11-20-lyon-delays.md").write_text(text, encoding="utf-8")
    commit_all(repo, "a slot left in the summary")

    _live, check, build = _publish(runner, build_job())

    assert check.returncode == 1
    assert "::error file=statements/2026-11-20-lyon-delays.md,line=9" in check.stdout
    assert "[PHONE NUMBER]" in check.stdout
    assert build.returncode == 1 and "nothing was published" in build.stderr
    summary = (runner.scratch / "summary.md").read_text(encoding="utf-8")
    assert "1 error," in summary and "errors block publishing" in summary
    assert not (repo / "site").exists()
