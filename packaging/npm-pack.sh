# Sourced by the fetch scripts: npm_pack WHO DIR PACKAGE... packs the packages into DIR. The registry sometimes
# drops a fresh machine's first requests: three tries, a pause between them, then npm's own words and exit 1.
npm_pack() {
  local who=$1 dir=$2
  shift 2
  local attempt
  for attempt in 1 2 3; do
    if (cd "$dir" && npm pack "$@" >"$dir/npm.log" 2>&1); then
      return 0
    fi
    sleep $((attempt * 5))
  done
  echo "$who: npm pack failed three times; the last attempt said:" >&2
  cat "$dir/npm.log" >&2
  exit 1
}
