"""Renderer stage, delivery part: a `send` report as text lines (the terminal, the CI log),
as the full content of each message (`--dry-run`), and as Markdown (the run summary)."""

from __future__ import annotations

import json

from generator.publishing.delivery.run import Report, Result


def _links(result: Result) -> str:
    links = [str(p.get("url") or p.get("message_id") or p.get("id") or "") for p in result.posts]
    return ", ".join(link for link in links if link)


def result_line(result: Result) -> str:
    destination = result.destination.label
    if result.state == "nothing due":
        return f"up to date: {destination}: nothing due"
    what = result.message.label if result.message else ""
    if result.state == "failed":
        return f"error: {destination}: {what + ': ' if what else ''}{result.detail}"
    if result.state == "recorded":
        return f"recorded as sent: {what} → {destination} (nothing was sent)"
    links = _links(result)
    extra = f" ({result.detail})" if result.detail else ""
    return f"sent: {what} → {destination}{' ' + links if links else ''}{extra}"


def _content_text(result: Result) -> str:
    assert result.message is not None
    content = result.message.content
    channel = result.destination.channel
    if channel == "email":
        lines = [f"To: {', '.join(result.destination.to)}", f"From: {result.destination.sender}",
                 f"Subject: {content['subject']}", f"Message-ID: {content['message_id']}", "", content["text"],
                 "", "(and the same as HTML)"]
        return "\n".join(lines)
    if channel == "webhook":
        return json.dumps(content["payload"], ensure_ascii=False, indent=2)
    parts = content["parts"]
    text = parts[0] if len(parts) == 1 else "\n".join(
        f"── post {n} of {len(parts)} ──\n{part}" for n, part in enumerate(parts, 1))
    card = next((r["embed"]["external"] for r in content.get("records", ()) if "embed" in r), None)
    if card:
        text += f"\n── link card: {card['title']} · {card['uri']}"
    return text


def dry_run_text(report: Report) -> str:
    blocks = []
    for result in report.results:
        if result.state != "would send":
            blocks.append(result_line(result) + "\n")
            continue
        assert result.message is not None
        head = f"would send: {result.message.label} → {result.destination.label}"
        if result.message.retry is not None:
            head += f" (again: the last attempt {result.message.retry.get('state')})"
        if result.detail:
            head += f"\n  warning: {result.detail}"
        body = "\n".join("  │ " + line if line else "  │" for line in _content_text(result).splitlines())
        blocks.append(f"{head}\n{body}\n")
    count = sum(1 for r in report.results if r.state == "would send")
    blocks.append(f"dry run: {count} message(s) would be sent; nothing was sent or recorded\n")
    return "\n".join(blocks)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(report: Report, dry_run: bool, where: str) -> str:
    title = "Delivery (dry run: nothing sent)" if dry_run else "Delivery"
    rows = ["| destination | message | result |", "|---|---|---|"]
    for result in report.results:
        what = result.message.label if result.message else "—"
        if result.state == "sent":
            outcome = "sent " + _links(result)
        elif result.state == "failed":
            outcome = "**failed**: " + result.detail
        else:
            outcome = result.state
        rows.append(f"| {_cell(result.destination.id)} | {_cell(what)} | {_cell(outcome.strip())} |")
    notes = "".join(f"- {_cell(note)}\n" for note in report.notes)
    return f"## {title}\n\n" + "\n".join(rows) + f"\n\n{notes}\nLedger: `{where}`.\n\n"
