#!/usr/bin/env bash
# `npm run bench`: runs every benchmark in scripts/bench/ in turn. Each prints its
# own figures next to its goal; none asserts anything.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh || exit 1
[ -f .output/chrome-mv3/manifest.json ] || npx wxt build >/dev/null
status=0
for bench in scripts/bench/*.bench.ts; do
  echo
  echo "=== ${bench#scripts/bench/} ==="
  npx tsx "$bench" || { echo "(benchmark failed: $bench)"; status=1; }
done
exit $status
