"""What the delivery tests share: a sample site in a git repository with a bare `origin`
(as a CI checkout has), a real SMTP server (aiosmtpd) on 127.0.0.1, `onevoice send` run as a
process, the ledger read back from the branch, and the Bluesky lexicon oracle (npm
`@atproto/api`)."""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import REPO, SAMPLE_NOW, require

CARD = "2026-11-20-card-payments"
DELAY = "2026-11-18-retard-cartes-fidelite"
SMTP_USER, SMTP_PASSWORD = "status", "s3cret:pass/word"


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args], cwd=cwd,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def make_site(tmp_path: Path, delivery: str, name: str = "site") -> Path:
    """The sample site with `delivery` (YAML list items, indented for `extra.onevoice`) in
    mkdocs.yml, committed, pushed to a bare repository that is its `origin`."""
    origin = tmp_path / "origin.git"
    if not origin.exists():
        subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    root = tmp_path / name
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "statements", root / "statements")
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("    delivery:\n" + delivery)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "site")
    git(root, "remote", "add", "origin", str(origin))
    git(root, "push", "-q", "origin", "main")
    return root


def clone(tmp_path: Path, name: str) -> Path:
    """A second checkout of the same site (another machine, or a laptop next to CI)."""
    target = tmp_path / name
    subprocess.run(["git", "clone", "-q", str(tmp_path / "origin.git"), str(target)], check=True)
    return target


def run_send(root: Path, env: dict[str, str], *args: str, wait: bool = True,
             timeout: float = 120) -> subprocess.CompletedProcess[str] | subprocess.Popen[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("ONEVOICE_", "GITHUB_"))}
    full_env.update(ONEVOICE_NOW=SAMPLE_NOW, **env)
    command = [sys.executable, "-m", "generator", "send", *args]
    if not wait:
        return subprocess.Popen(command, cwd=root, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
    return subprocess.run(command, cwd=root, env=full_env, capture_output=True, text=True, timeout=timeout)


def ledger(root: Path, remote: bool = True) -> dict[str, dict[str, Any]]:
    """Every record on the ledger branch, as pushed (read from the remote when there is one)."""
    ref = "onevoice-delivery"
    if remote:
        git(root, "fetch", "-q", "origin", f"+refs/heads/{ref}:refs/remotes/origin/{ref}")
        ref = f"origin/{ref}"
    names = git(root, "ls-tree", "-r", "--name-only", ref).splitlines()
    return {name: json.loads(git(root, "show", f"{ref}:{name}")) for name in names if name.endswith(".json")}


def add_update(root: Path, text: str, french: str, at: str, status: str = "monitoring") -> None:
    """A new update to the card-payments statement, in English and in French, committed as
    an author would."""
    for lang, words in (("en", text), ("fr", french)):
        result = subprocess.run([sys.executable, "-m", "generator", "update", CARD, "--status", status, "-m", words,
                                 "--at", at, "--next-update", "+2h", "--lang", lang], cwd=root, capture_output=True,
                                text=True, env={**os.environ, "ONEVOICE_NOW": SAMPLE_NOW})
        assert result.returncode == 0, result.stderr
    git(root, "commit", "-q", "-am", "update")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpServer:
    """aiosmtpd on 127.0.0.1 with AUTH LOGIN/PLAIN; keeps every message it accepted, parsed.
    `hook(envelope)` runs before a message is accepted (to kill the client at that moment)."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.logins: list[str] = []
        self.hook: Callable[[Any], None] | None = None
        self.refuse_next: list[str] = []
        server = self

        class Handler:
            async def handle_DATA(self, smtp: Any, session: Any, envelope: Any) -> str:
                if server.hook is not None:
                    server.hook(envelope)
                if server.refuse_next:
                    return server.refuse_next.pop(0)
                message = email.message_from_bytes(envelope.content, policy=email.policy.default)
                server.messages.append(message)
                server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                return "250 2.0.0 Message accepted for delivery"

        def authenticate(smtp: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
            ok = auth_data.login.decode() == SMTP_USER and auth_data.password.decode() == SMTP_PASSWORD
            if ok:
                server.logins.append(auth_data.login.decode())
            return AuthResult(success=ok, handled=False)

        self.port = free_port()
        with warnings.catch_warnings():  # AUTH without TLS: on 127.0.0.1, on purpose
            warnings.simplefilter("ignore")
            self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                         authenticator=authenticate, auth_require_tls=False, auth_required=True)
            self.controller.start()
        self.lock = threading.Lock()

    def url(self, password: str = SMTP_PASSWORD) -> str:
        from urllib.parse import quote

        return f"smtp://{SMTP_USER}:{quote(password, safe='')}@127.0.0.1:{self.port}"

    def close(self) -> None:
        self.controller.stop()


def bluesky_lexicon_errors(records: list[dict[str, Any]]) -> list[str | None]:
    """For each record, what the `app.bsky.feed.post` lexicon shipped in npm @atproto/api says
    is wrong with it (None: valid)."""
    require(shutil.which("node") is not None, "node")
    require((REPO / "tests" / "js" / "node_modules" / "@atproto" / "api").is_dir(), "npm @atproto/api")
    result = subprocess.run(["node", str(REPO / "tests" / "oracles" / "bsky_record.mjs")],
                            input=json.dumps(records), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
