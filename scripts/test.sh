#!/usr/bin/env bash
# Set up everything the tests need, check the code, then run the tests. Extra arguments go to
# pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
# The code's own checks first (seconds): ruff's findings ([tool.ruff] in pyproject.toml), then
# mypy, strict on generator/ ([tool.mypy]).
.venv/bin/ruff check generator tests benchmarks scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
