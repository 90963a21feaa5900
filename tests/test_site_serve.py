"""`onevoice serve`: the preview answers on 127.0.0.1 and follows the statement files; a
broken statement keeps the last good preview and says why."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from tests.test_site_support import make_root

CARD = "statements/2026-11-20-card-payments.md"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition, seconds: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_preview_serves_and_rebuilds_when_a_statement_changes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.rendering.site.serve import Preview

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T11:30:00+01:00")
    root = make_root(tmp_path)
    messages: list[str] = []
    preview = Preview(root, free_port(), report=messages.append)
    assert preview.url.startswith("http://127.0.0.1:")
    thread = threading.Thread(target=preview.serve, daemon=True)
    thread.start()
    try:
        page = preview.url + "statements/2026-11-20-card-payments/"
        assert wait_for(lambda: "Card payments failing at checkout" in fetch(page))
        assert "livereload" in fetch(page)

        source, french = root / CARD, root / CARD.replace(".md", ".fr.md")
        french.write_text(french.read_text("utf-8").replace(
            "## Mises à jour\n", "## Mises à jour\n\n### 2026-11-20 11:20 · résolu\nTous les paiements passent.\n"), "utf-8")
        text = source.read_text("utf-8").replace(
            "## Updates\n", "## Updates\n\n### 2026-11-20 11:20 · resolved\nEvery payment goes through again.\n")
        source.write_text(text, "utf-8")
        assert wait_for(lambda: "Every payment goes through again." in fetch(page)), messages

        source.write_text(text.replace("severity: major", "severity: huge"), "utf-8")
        assert wait_for(lambda: any("not rebuilt" in m for m in messages)), messages
        assert "severity" in messages[-1]
        assert "Every payment goes through again." in fetch(page)  # the last good preview stays
    finally:
        preview.server.shutdown()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert not preview.workdir.exists()


def test_serve_command_reports_a_busy_port(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.commands.serve import command

    monkeypatch.setenv("ONEVOICE_NOW", "2026-11-20T11:30:00+01:00")
    root = make_root(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(command, ["--root", str(root), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot serve on http://127.0.0.1:{port}/" in result.output
    assert "pass another --port" in result.output
    assert "Traceback" not in result.output
