"""`onevoice render` as a user runs it, and the files `--out` (and `build`) write: the
per-statement copies, copies.json and the copy deck, escaped and usable offline."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from generator.cli import main

CARD = "2026-11-20-card-payments"
JSON_UNITS = {"weighted", "graphemes", "characters", "gsm7", "ucs2"}


def _run(*args: str):
    return CliRunner().invoke(main, ["render", *args], catch_exceptions=False)


def test_render_without_slug_shows_every_statement_not_resolved(project):
    result = _run("--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(s["slug"], s["lang"]) for s in data["statements"]] == [(CARD, "en"), (CARD, "fr")]


def test_render_json_has_exactly_the_documented_shape(project):
    data = json.loads(_run(CARD, "--format", "json").output)
    assert list(data) == ["statements"]
    for statement in data["statements"]:
        assert set(statement) == {"slug", "lang", "url", "copies", "documents"}
        assert statement["url"].endswith(f"statements/{CARD}/")
        for copy in statement["copies"]:
            assert set(copy) - {"subject", "visual"} == {
                "channel",
                "kind",
                "update_at",
                "parts",
                "lengths",
                "limit",
                "unit",
            }
            assert copy["kind"] in {"announcement", "update", "correction"}
            assert (copy["update_at"] is None) == (copy["kind"] == "announcement")
            assert copy["unit"] in JSON_UNITS
            assert len(copy["lengths"]) == (1 if copy["channel"] == "email" else len(copy["parts"]))
    updates = [c["update_at"] for c in data["statements"][0]["copies"] if c["channel"] == "x"][1:]
    assert updates == [
        "2026-11-20T10:50:00+01:00",
        "2026-11-20T10:05:00+01:00",
        "2026-11-20T09:20:00+01:00",
    ]


def test_render_text_puts_each_copy_under_a_header_ready_to_paste(project):
    result = _run(CARD, "--lang", "fr", "--channel", "bluesky")
    assert result.exit_code == 0
    headers = re.findall(r"^----- (.*) -----$", result.output, flags=re.MULTILINE)
    assert headers[0].startswith("Bluesky (bluesky) · announcement · ") and headers[0].endswith(
        "/300 graphemes"
    )
    # One copy per kind (announcement, three updates); a thread's parts each get a header.
    assert len([h for h in headers if "part " not in h or "part 1/" in h]) == 4
    assert all(int(h.split(" · ")[-1].split("/")[0]) <= 300 for h in headers)
    first = result.output.split("----- ")[1].split("\n", 1)[1].split("\n\n-----")[0].strip()
    # No title line on Bluesky: the news sentence says it, then the link, then the counter.
    assert first.startswith("Depuis 09:12 CET, certains paiements par carte échouent en caisse.\n")
    assert re.search(r"\nhttps://status\.calypso-pay\.example/fr/statements/2026-11-20-card-payments/\n"
                     r"#CalypsoStatus\n1/\d$", first)


def test_render_slug_includes_resolved_statements_and_an_unknown_slug_is_a_usage_error(project):
    result = _run("2026-10-02-merchant-data-exposure", "--channel", "sms")
    assert result.exit_code == 0
    # The resolved update's SMS carries what it said, dated by its own time.
    assert "Calypso Pay, update 18:00 CEST: Every merchant who downloaded the report has confirmed" in result.output
    unknown = CliRunner().invoke(main, ["render", "2026-11-20-card-payment"])
    assert unknown.exit_code == 2
    assert (
        "no statement with slug '2026-11-20-card-payment'. Did you mean '2026-11-20-card-payments'?"
        in unknown.output
    )


def test_render_unknown_channel_is_a_usage_error_listing_the_channels(project):
    result = CliRunner().invoke(main, ["render", "--channel", "tiktok"])
    assert result.exit_code == 2
    assert "unknown channel 'tiktok'; channels are: x, bluesky, mastodon" in result.output


def test_render_refuses_statements_with_format_errors(project):
    (project / "statements" / "2026-11-21-broken.md").write_text(
        "---\ntitle: x\n---\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["render"])
    assert result.exit_code == 1
    assert "2026-11-21-broken.md" in result.output and "Traceback" not in result.output


def test_a_named_statement_renders_though_another_statement_is_broken(project):
    # In a crisis the urgent copy must not wait for an unrelated file; the broken one is named.
    (project / "statements" / "2026-11-21-broken.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "card-payments", "--lang", "fr", "--channel", "sms"])
    assert result.exit_code == 0, result.output
    assert "point de 10 h 05" in result.stdout
    assert "2026-11-21-broken.md" in result.stderr and "onevoice check" in result.stderr


def test_a_named_statement_with_an_error_is_still_refused(project):
    broken = project / "statements" / "2026-10-02-merchant-data-exposure.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("severity: critical", "severity: huge", 1),
                      encoding="utf-8")
    refused = CliRunner().invoke(main, ["render", "merchant-data", "--channel", "sms"])
    assert refused.exit_code == 1
    assert "unknown severity 'huge'" in refused.output and "Traceback" not in refused.output
    other = CliRunner().invoke(main, ["render", "card-payments", "--channel", "sms"])
    assert other.exit_code == 0 and "merchant-data-exposure.md" in other.stderr


def test_render_out_writes_copies_documents_and_the_deck(project, tmp_path):
    out = tmp_path / "kit"
    result = _run(CARD, "--out", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    base = out / CARD / "fr"
    assert (base / "x" / "announcement.txt").is_file()
    assert (base / "x" / "update-2026-11-20-1005.txt").is_file()
    assert (base / "email" / "announcement.html").is_file()
    assert (
        (base / "email" / "announcement.txt")
        .read_text(encoding="utf-8")
        .startswith("Objet\u00a0: Échec des paiements par carte en caisse\n")  # French: « Objet : »
    )
    copies = json.loads((base / "copies.json").read_text(encoding="utf-8"))
    assert copies == data["statements"][1]
    kinds = {doc["kind"] for doc in copies["documents"]}
    assert "press_release" in kinds
    for doc in copies["documents"]:
        assert (out / doc["path"]).is_file()
    x_file = (out / CARD / "en" / "x" / "announcement.txt").read_text(encoding="utf-8")
    x_copy = next(c for c in data["statements"][0]["copies"] if c["channel"] == "x")
    assert x_file == "\n\n---\n\n".join(x_copy["parts"]) + "\n"


def test_the_deck_shows_every_part_with_its_count_and_escapes_statement_text(project, tmp_path):
    statement = project / "statements" / f"{CARD}.md"
    text = statement.read_text(encoding="utf-8")
    statement.write_text(
        text.replace(
            "We know that card payments", "We know <script>alert(1)</script> card payments"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "kit"
    data = json.loads(_run(CARD, "--out", str(out), "--format", "json").output)
    deck = (out / "index.html").read_text(encoding="utf-8")
    assert (
        "<script>alert(1)</script>" not in deck and "&lt;script&gt;alert(1)&lt;/script&gt;" in deck
    )
    # Offline: the only script is the local deck.js, nothing is fetched from elsewhere.
    assert re.findall(r"<script[^>]*>", deck) == ['<script src="deck.js" defer>']
    assert not re.search(r"(src|href)=\"(https?:)?//", deck.split("<main>")[0])
    assert (out / "deck.js").read_text(encoding="utf-8").count("clipboard") >= 1
    parts = [
        (part, length, copy["limit"], copy["unit"])
        for s in data["statements"]
        for copy in s["copies"]
        if copy["channel"] != "email"
        for part, length in zip(copy["parts"], copy["lengths"], strict=True)
    ]
    visuals = sum(1 for s in data["statements"] for c in s["copies"] if "visual" in c)
    assert deck.count("<textarea") == len(parts) + visuals + 2 * sum(
        1 for s in data["statements"] for c in s["copies"] if c["channel"] == "email"
    )
    for _, length, limit, unit in parts:
        assert f"{length} / {limit} {unit}" in deck
    assert deck.count('class="copy"') == deck.count("<textarea")


def test_render_takes_a_part_of_a_name_like_update_does(project):
    result = _run("card-payments", "--channel", "sms", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {s["slug"] for s in json.loads(result.output)["statements"]} == {"2026-11-20-card-payments"}
    unknown = CliRunner().invoke(main, ["render", "nothing-like-this"])
    assert unknown.exit_code == 2 and "`onevoice list` shows the statements" in unknown.output


def test_render_without_slug_when_every_statement_is_resolved_says_so(project):
    for args in (["-m", "Card payments work normally again."], ["--lang", "fr", "-m", "Les paiements fonctionnent."]):
        resolved = CliRunner().invoke(main, ["resolve", "card-payments", *args])
        assert resolved.exit_code == 0, resolved.output
    result = _run()
    # Nothing is wrong (nothing is ongoing): exit 0, but never an empty screen.
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == ("nothing to render: every statement is resolved; name one: onevoice render <slug>, "
                             f"e.g. onevoice render {CARD} (onevoice list shows them all)\n")
    data = json.loads(_run("--format", "json").stdout)  # JSON stays JSON for tools
    assert data == {"statements": []}


def test_render_without_slug_in_a_site_with_no_statement_says_how_to_start(project):
    for path in (project / "statements").iterdir():
        path.unlink()
    result = _run()
    assert result.exit_code == 0
    assert 'nothing to render: there is no statement yet; start one: onevoice new "TITLE"' in result.stderr
