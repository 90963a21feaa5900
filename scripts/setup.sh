#!/usr/bin/env bash
# Set up onevoice in ./.venv (idempotent). With --test, also what the tests need:
# Debian's chromium, and the reference implementations from npm in tests/js/. Python packages
# come at the versions of constraints.txt (tested together); pyproject.toml gives the ranges.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv 2>/dev/null || { apt_install python3-venv; rm -rf .venv; python3 -m venv .venv; }
fi
# What pip and npm print goes to a log: the set-up says one line, and the log's end on failure.
log="$PWD/.venv/setup.log"
: > "$log"
quietly() {
  if ! "$@" >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "setup failed while running: $* (whole log: $log)" >&2
    exit 1
  fi
}
echo "Setting up .venv (log: $log)…"
quietly .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "${1:-}" = "--test" ]; then
  quietly .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
  command -v chromium >/dev/null || apt_install chromium
  command -v npm >/dev/null || apt_install nodejs npm
  (cd tests/js && quietly npm ci --no-audit --no-fund --loglevel=error)
else
  quietly .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e .
fi
echo "Set up."
