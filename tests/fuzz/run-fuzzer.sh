#!/usr/bin/env bash
# Runs the spec fuzzer for a bounded time from the seed corpus. Usage: run-fuzzer.sh BUILD_DIR SECONDS [SEED]
# The seed is fixed by default so that a failure in CI is the same failure on any machine that runs the same
# command; pass another seed (or "random") to explore further.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?build dir}
seconds=${2:-60}
seed=${3:-20261121}
[[ $seed == random ]] && seed=0
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$here"/seeds/* "$corpus"/
cp "$here"/../../schema_specs/*.yml "$corpus"/ 2>/dev/null || true
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
log="$artifacts/last-run.log"
status=0
"$build/tests/fuzz/spec_fuzzer" "$corpus" -dict="$here/spec.dict" -max_total_time="$seconds" -seed="$seed" \
  -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  >"$log" 2>&1 || status=$?
grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" "$log" || true
if [[ $status -ne 0 ]]; then
  tail -n 40 "$log" >&2
  echo "fuzz: the spec fuzzer found a failure (exit $status); the input is in $artifacts" >&2
  exit 1
fi
echo "fuzz: spec loader fuzzed for ${seconds}s, no failures"
