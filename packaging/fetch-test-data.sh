#!/usr/bin/env bash
# Fetches the JSON collections the Proposals tests analyse, at pinned versions, into a cache outside the source
# tree: real data nobody on the team wrote. world-countries (npm) has nested objects (name.common), arrays of
# scalars (tld, borders: codes of other countries) and objects keyed by data (currencies, languages).
# Usage: packaging/fetch-test-data.sh   (prints the cache directory; does nothing when it is complete already)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/npm-pack.sh"

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
npm_pack fetch-test-data "$work" "world-countries@$countries_version"
mkdir -p "$work/out"
tar -xzf "$work/world-countries-$countries_version.tgz" -C "$work/out" package/countries.json
mkdir -p "$dest"
rm -rf "$dest/world-countries-$countries_version"
mv "$work/out/package" "$dest/world-countries-$countries_version"
echo "fetch-test-data: $dest"
