#!/usr/bin/env bash
# Runs the spec fuzzer from the seed corpus.
#   run-fuzzer.sh BUILD_DIR --runs N [SEED]        a fixed number of inputs from a fixed seed: the same inputs,
#                                                 and so the same verdict, on every machine (what CI runs)
#   run-fuzzer.sh BUILD_DIR --seconds S [SEED]    explore for S seconds; SEED "random" picks a new one each run
# SEED defaults to 20261121. A failure leaves its input in BUILD_DIR/fuzz-artifacts; keep it as a seed in
# tests/fuzz/seeds once the bug is fixed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() {
  echo "usage: run-fuzzer.sh BUILD_DIR (--runs N | --seconds S) [SEED|random]" >&2
  exit 2
}
build=${1:-}
mode=${2:-}
amount=${3:-}
seed=${4:-20261121}
[[ -n "$build" && -n "$amount" && "$amount" =~ ^[0-9]+$ ]] || usage
case "$mode" in
  --runs) bound=(-runs="$amount"); what="$amount inputs from seed $seed" ;;
  --seconds) bound=(-max_total_time="$amount"); what="${amount}s from seed $seed" ;;
  *) usage ;;
esac
[[ $seed == random ]] && seed=0
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$here"/seeds/* "$corpus"/
cp "$here"/../../schema_specs/*.yml "$corpus"/ 2>/dev/null || true
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
log="$artifacts/last-run.log"
status=0
# The same inputs on every machine: the bound is the number of inputs, not time (-timeout only catches a real
# hang), and mutations never take operands from traced comparisons (-use_cmp=0), which hold pointers that
# address-space randomisation changes from run to run.
"$build/tests/fuzz/spec_fuzzer" "$corpus" -dict="$here/spec.dict" "${bound[@]}" -seed="$seed" \
  -use_cmp=0 -max_len=65536 -timeout=120 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  >"$log" 2>&1 || status=$?
grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" "$log" || true
if [[ $status -ne 0 ]]; then
  tail -n 40 "$log" >&2
  echo "fuzz: the spec fuzzer found a failure (exit $status) within $what; the input is in $artifacts" >&2
  exit 1
fi
echo "fuzz: spec loader fuzzed, $what, no failures"
