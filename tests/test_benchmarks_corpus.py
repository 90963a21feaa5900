"""The benchmark corpus generator (benchmarks/corpus.py) writes statements onevoice accepts,
realistic in shape, the same bytes for the same seed; the page-weight server counts what it
sends. No timing here: timings are benchmarks/run.py's job."""

from __future__ import annotations

import gzip
import http.client
import importlib.util
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from generator.cli import main

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
NOW = "2026-11-20T11:30:00+01:00"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONEVOICE_NOW", NOW)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _check(root: Path, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--root", str(root), "--strict", *extra])


def _incidents(root: Path):  # type: ignore[no-untyped-def]
    from generator.reading.reader import load_incidents
    from generator.reading.settings import load_settings

    incidents, problems = load_incidents(load_settings(root))
    assert not problems, [p.format() for p in problems]
    return incidents


def test_a_generated_corpus_passes_check_strict_with_no_finding(tmp_path: Path) -> None:
    files = corpus.write_corpus(24, tmp_path / "site", seed=3)
    result = _check(tmp_path / "site")
    assert result.exit_code == 0, result.output
    assert "48 statement files checked: 0 errors, 0 warnings: ok" in result.output
    assert len(files) == 48


def test_every_incident_is_in_english_and_french_with_eight_matching_updates(tmp_path: Path) -> None:
    corpus.write_corpus(30, tmp_path / "site", seed=11)
    incidents = _incidents(tmp_path / "site")
    assert len(incidents) == 30
    severities = set()
    for incident in incidents:
        assert sorted(incident.translations) == ["en", "fr"]
        english, french = incident.translations["en"], incident.translations["fr"]
        assert len(english.updates) == len(french.updates) == 8
        assert [u.at for u in english.updates] == [u.at for u in french.updates]
        assert [u.status for u in english.updates] == [u.status for u in french.updates]
        severities.add(english.severity.value)
    assert severities == {"minor", "major", "critical"}


def test_statement_lengths_are_those_of_real_statements(tmp_path: Path) -> None:
    files = corpus.write_corpus(10, tmp_path / "site", seed=5)
    sizes = [len(path.read_bytes()) for path in files]
    # The repository's samples weigh 1.1 to 3.2 kB with 2 to 4 updates; with 8 updates a
    # statement weighs a little more.
    assert all(1_500 <= size <= 4_500 for size in sizes), sizes
    for incident in _incidents(tmp_path / "site"):
        summary = incident.translations["en"].summary
        assert 80 <= len(summary) <= 280, summary


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_ones(tmp_path: Path) -> None:
    def snapshot(folder: Path, seed: int) -> dict[str, bytes]:
        corpus.write_corpus(12, folder, seed=seed)
        return {p.name: p.read_bytes() for p in sorted((folder / "statements").iterdir())}

    first = snapshot(tmp_path / "a", 7)
    assert snapshot(tmp_path / "b", 7) == first
    assert snapshot(tmp_path / "c", 8) != first


def test_the_long_statement_has_500_updates_and_takes_one_more(tmp_path: Path) -> None:
    root = tmp_path / "site"
    corpus.write_corpus(1, root, updates=500)
    assert _check(root).exit_code == 0
    (incident,) = _incidents(root)
    english = incident.translations["en"]
    assert len(english.updates) == 500
    assert not english.resolved  # open, so an update can be added now
    result = CliRunner().invoke(main, ["update", incident.slug, "--status", "monitoring", "--root", str(root),
                                       "-m", "The fix is live in every region. We keep watching closely."])
    assert result.exit_code == 0, result.output
    headings = [line for line in english.path.read_text(encoding="utf-8").splitlines() if line.startswith("### ")]
    assert len(headings) == 501
    assert headings[0] == "### 2026-11-20 11:30 · monitoring"


def test_the_command_line_writes_n_incidents_in_two_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus.main(["3", str(tmp_path / "site"), "--seed", "2"])
    assert "wrote 6 statement files" in capsys.readouterr().out
    assert (tmp_path / "site" / "mkdocs.yml").read_bytes() == (BENCHMARKS.parent / "mkdocs.yml").read_bytes()
    names = sorted(p.name for p in (tmp_path / "site" / "statements").iterdir())
    assert len([n for n in names if n.endswith(".fr.md")]) == 3


def test_the_page_weight_server_gzips_text_and_counts_every_byte_it_sends(tmp_path: Path) -> None:
    page_weight = _load("page_weight")
    page = ("<!doctype html><title>t</title>" + "<p>Card payments are failing.</p>" * 200).encode()
    (tmp_path / "index.html").write_bytes(page)
    log: list[tuple[str, str, int]] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), page_weight._handler(tmp_path, log, threading.Lock()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
        connection.request("GET", "/", headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        raw_headers = str(response.msg)
        connection.close()
    finally:
        server.shutdown()
        server.server_close()
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(body) == page
    assert len(body) < len(page) / 10
    (path, kind, counted), = log
    assert (path, kind) == ("/", "text/html")
    status_line = len("HTTP/1.0 200 OK\r\n")
    # str(response.msg) ends with the blank line that closes the headers.
    assert counted == status_line + len(raw_headers.replace("\n", "\r\n")) + len(body)
