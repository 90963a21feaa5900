"""The publish workflow's `send` job: after a successful deploy, on main only, with no right
but pushing the ledger, secrets passed by name; its `run:` step, executed with bash as the
runner would, delivers, writes the run summary, and on a failure raises the annotation that
docs/publishing.md explains."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO, SAMPLE_NOW
from tests.delivery_servers import SlackServer
from tests.delivery_support import make_site

PUBLISH = REPO / ".github" / "workflows" / "publish.yml"
ISSUE_VARIABLES = {"ONEVOICE_SMTP_URL", "ONEVOICE_SLACK_WEBHOOK", "ONEVOICE_MASTODON_TOKEN",
                   "ONEVOICE_BLUESKY_APP_PASSWORD"}


def send_job() -> dict[str, Any]:
    return yaml.safe_load(PUBLISH.read_text(encoding="utf-8"))["jobs"]["send"]


def send_step() -> dict[str, Any]:
    return next(step for step in send_job()["steps"] if "onevoice send" in step.get("run", ""))


def test_send_runs_after_the_deploy_on_main_with_only_the_right_to_push_the_ledger() -> None:
    job = send_job()
    assert job["needs"] == "deploy"  # the links in the messages already work
    assert job["if"] == "github.ref == 'refs/heads/main'"
    assert job["permissions"] == {"contents": "write"}
    assert job["environment"]["name"] == "delivery"
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python"]  # nothing uploaded from this job
    checkout = job["steps"][0]
    assert checkout["with"]["persist-credentials"] is True  # the ledger is pushed with the job's token


def test_every_secret_reaches_the_step_by_its_own_name() -> None:
    step = send_step()
    env = step["env"]
    assert ISSUE_VARIABLES <= set(env)
    for name, value in env.items():
        assert value == "${{ secrets." + name + " }}"
    assert 'onevoice send --summary "$GITHUB_STEP_SUMMARY"' in step["run"]


def run_step(root: Path, secrets: dict[str, str], summary: Path) -> subprocess.CompletedProcess[str]:
    step = send_step()
    script = step["run"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONEVOICE_", "GITHUB_"))}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(ONEVOICE_NOW=SAMPLE_NOW, GITHUB_STEP_SUMMARY=str(summary), CI="true")
    for name, value in step["env"].items():
        secret = re.fullmatch(r"\$\{\{ secrets\.(\w+) \}\}", value)
        assert secret
        env[name] = secrets.get(secret[1], "")  # an unset secret is an empty string on GitHub
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_step_delivers_fills_the_summary_and_annotates_a_failure(tmp_path: Path) -> None:
    slack = SlackServer()
    try:
        root = make_site(tmp_path, """\
      - channel: webhook
        format: slack
        url: ONEVOICE_SLACK_WEBHOOK
      - channel: mastodon
        server: https://mastodon.example
        token: ONEVOICE_MASTODON_TOKEN
""")
        summary = tmp_path / "summary.md"
        # The Mastodon secret was never added: that destination fails, Slack is delivered.
        result = run_step(root, {"ONEVOICE_SLACK_WEBHOOK": slack.url + "/services/T/B/x"}, summary)
        assert result.returncode == 1
        assert "::error title=Delivery failed::" in result.stdout
        assert "the environment variable ONEVOICE_MASTODON_TOKEN is not set" in result.stderr
        assert len(slack.payloads) == 1
        text = summary.read_text(encoding="utf-8")
        assert text.startswith("## Delivery\n")
        assert re.search(r"\| webhook-en-slack-onevoice-slack-webhook \| 2026-11-20-card-payments \(en\) "
                         r"announcement \| sent", text)
        assert "| mastodon-en-mastodon-example | 2026-11-20-card-payments (en) announcement | **failed**" in text
    finally:
        slack.close()


def test_the_site_workflow_that_init_writes_delivers_too(tmp_path: Path) -> None:
    """A site made by `onevoice init` sends its updates after each deploy, as docs/publishing.md
    says: the same `send` job, with the same secrets, after the deploy, on main only."""
    from click.testing import CliRunner

    from generator.cli import main

    site = tmp_path / "site"
    result = CliRunner().invoke(main, ["init", str(site), "--name", "Tramways Montois", "--url",
                                       "https://status.tramways.example/"])
    assert result.exit_code == 0, result.output
    workflow = yaml.safe_load((site / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["send"]
    assert job["needs"] == "deploy" and job["if"] == "github.ref == 'refs/heads/main'"
    assert job["permissions"] == {"contents": "write"} and job["environment"]["name"] == "delivery"
    step = next(step for step in job["steps"] if "onevoice send" in step.get("run", ""))
    assert step["env"] == send_step()["env"]
    assert step["run"] == send_step()["run"]
