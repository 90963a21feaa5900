"""The whole journey of a new user, scripted (scripts/journey.sh): init → new → fill → check →
update ×2 → translate → fill → resolve in both languages → build → render → list, in a
temporary folder, with the installed `onevoice`. CI runs it with the rest of the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_the_scripted_journey_runs_from_init_to_render() -> None:
    onevoice = Path(sys.executable).parent / "onevoice"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONEVOICE_")}
    done = subprocess.run(["bash", str(REPO / "scripts" / "journey.sh"), str(onevoice)], capture_output=True,
                          text=True, env=env, timeout=600)
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert out.rstrip().endswith("Journey complete.")
    slug = "2026-11-20-mobile-app-showed-other-customers-order-history"
    # init: the organisation's own site, checked clean with no statement in it
    assert "Started the status site of Northwind Bank in northwind/:" in out
    assert "0 statement files checked: 0 errors, 0 warnings: ok" in out
    # the statement named by a part of its name, then by nothing (the only one ongoing)
    assert f"Added to statements/{slug}.md: 2026-11-20 10:20 CET · identified" in out
    assert f"Added to statements/{slug}.md: 2026-11-20 11:00 CET · monitoring" in out
    # translate: the facts copied, the texts marked, only the marks reported
    assert "and 3 updates at the same times, statuses in French." in out
    assert "Translate these 14 texts (marked [À TRADUIRE])" in out
    assert "2 statement files checked: 14 errors, 0 warnings: fix the errors above" in out
    # resolve warns, in each language, about a summary still "investigating"
    assert "published beside “Resolved”" in out and "published beside “Résolu”" in out
    assert "hint: Réécrivez le résumé pour la fin de la crise" in out
    # the French resolution takes the English time: nothing lacks it afterwards
    assert f"résolu (the time of this update in statements/{slug}.md)" in out
    assert out.count("now lacks this update") == 1
    # an update on the resolved statement is refused, naming --reopen
    assert "is resolved (2026-11-20 12:00 CET, line 29): this update would reopen it" in out
    assert "Built site/ (1 statement published)" in out
    assert "site/ has the organisation's name, the statement page and its French page." in out
    assert "----- X (x) · update 2026-11-20 12:00" in out
    assert f"{slug}  [critical, resolved]  en,fr" in out
