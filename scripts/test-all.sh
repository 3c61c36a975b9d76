#!/usr/bin/env bash
# Runs every test: type check, format and lint (Biome), the extension builds, unit tests, then the
# real-browser suites (Chromium: saved pages and the built extension; Firefox:
# the Firefox build in firefox-esr). Ends with the plain line "N passed, N failed" that CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-firefox.sh || exit 1
failed_steps=0
npx tsc --noEmit || failed_steps=$((failed_steps + 1))
# Formatting and lint (biome.json): a formatting drift or a lint error fails the run.
npx biome ci . --reporter=summary || failed_steps=$((failed_steps + 1))
build_log=$(mktemp)
npx wxt build >"$build_log" 2>&1 || { cat "$build_log"; failed_steps=$((failed_steps + 1)); }
# The e2e build: the shipped one plus one blog's permission granted at install (wxt.config.ts).
npx wxt build --mode e2e >"$build_log" 2>&1 || { cat "$build_log"; failed_steps=$((failed_steps + 1)); }
# The Firefox builds (.output/firefox-mv2 and its e2e twin), run by tests/e2e/firefox.test.ts.
npx wxt build -b firefox >"$build_log" 2>&1 || { cat "$build_log"; failed_steps=$((failed_steps + 1)); }
npx wxt build -b firefox --mode e2e >"$build_log" 2>&1 || { cat "$build_log"; failed_steps=$((failed_steps + 1)); }
rm -f "$build_log"
rm -f .vitest-results.json
npx vitest run --reporter=default --reporter=json --outputFile=.vitest-results.json
node scripts/summarize-tests.mjs .vitest-results.json "$failed_steps"
