#!/usr/bin/env bash
# The main job on the shipped sample statements: set up, check, build site/ and dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/onevoice check || true   # show the findings; build refuses errors by itself
.venv/bin/onevoice build
echo "Site: site/index.html (preview: .venv/bin/onevoice serve)   Copies: dist/index.html"
