#!/usr/bin/env bash
# Fetches the JSON collections the Proposals tests analyse, at pinned versions, into a cache outside the source
# tree: real data nobody on the team wrote. world-countries (npm) has nested objects (name.common), arrays of
# scalars (tld, borders: codes of other countries) and objects keyed by data (currencies, languages).
# Usage: packaging/fetch-test-data.sh   (prints the cache directory; does nothing when it is complete already)
set -euo pipefail

countries_version=5.1.0

if [[ $(id -u) -eq 0 ]]; then
  root=/var/cache/schema-studio
else
  root=${XDG_CACHE_HOME:-$HOME/.cache}/schema-studio
fi
dest=$root/test-data

if [[ -f $dest/world-countries-$countries_version/countries.json ]]; then
  echo "fetch-test-data: $dest"
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-test-data: npm is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fetch-test-data.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The registry sometimes drops a fresh machine's first requests: three tries, a pause between them.
packed=0
for attempt in 1 2 3; do
  if (cd "$work" && npm pack "world-countries@$countries_version" >"$work/npm.log" 2>&1); then
    packed=1
    break
  fi
  sleep $((attempt * 5))
done
if [[ $packed -ne 1 ]]; then
  echo "fetch-test-data: npm pack failed three times; the last attempt said:" >&2
  cat "$work/npm.log" >&2
  exit 1
fi
mkdir -p "$work/out"
tar -xzf "$work/world-countries-$countries_version.tgz" -C "$work/out" package/countries.json
mkdir -p "$dest"
rm -rf "$dest/world-countries-$countries_version"
mv "$work/out/package" "$dest/world-countries-$countries_version"
echo "fetch-test-data: $dest"
