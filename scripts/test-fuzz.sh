#!/usr/bin/env bash
# The property tests with a fresh random seed and more runs than CI's fixed-seed pass.
# The seed is printed first; replay a failure with FC_SEED=<seed> npx vitest run --project unit <file>.
# FC_SEED and FC_NUM_RUNS may be set to override (defaults: random, 1000 runs).
set -uo pipefail
cd "$(dirname "$0")/.."
files=$(grep -rl --include='*.test.ts' --include='*.test.tsx' "from 'fast-check'" lib components entrypoints scripts tests/unit | sort)
export FC_SEED="${FC_SEED:-random}"
if [ "$FC_SEED" = random ]; then FC_SEED=$(node -e 'console.log((Math.random() * 2 ** 31) | 0)'); fi
export FC_NUM_RUNS="${FC_NUM_RUNS:-1000}"
echo "fuzz: FC_SEED=$FC_SEED FC_NUM_RUNS=$FC_NUM_RUNS on $(echo "$files" | wc -l) files"
# shellcheck disable=SC2086
npx vitest run --project unit $files
status=$?
echo "fuzz: replay with FC_SEED=$FC_SEED FC_NUM_RUNS=$FC_NUM_RUNS npx vitest run --project unit <file>"
exit $status
