#!/usr/bin/env bash
# Rewrite constraints.txt with the newest versions pyproject.toml allows, resolved in a fresh
# virtual environment (the scheduled workflow then runs the tests on them before proposing it).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check '.[test,train]'
{
  sed -n '1,/^[^#]/p' constraints.txt | grep '^#'
  "$work/venv/bin/python" -m pip freeze --exclude-editable | grep -v -e '^#' -e '^onevoice[=@ ]'
} > "$work/constraints.txt"
mv "$work/constraints.txt" constraints.txt
git --no-pager diff --stat -- constraints.txt || true
