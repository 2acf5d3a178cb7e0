#!/usr/bin/env bash
# Fetches DuckDB's C API (duckdb.h and libduckdb.so) at one pinned version into a cache outside the source tree:
# Debian 12 has neither. The header comes from the `duckdb` npm package, the library from the Linux x64 build of
# the Node bindings; both are built from the same DuckDB release. cmake/DuckDB.cmake finds the cache and checks
# that the header's version is the library's.
# Usage: packaging/fetch-duckdb.sh   (prints the cache directory; does nothing when it is complete already)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/npm-pack.sh"

version=1.4.4
bindings_version=1.4.4-r.4

if [[ $(id -u) -eq 0 ]]; then
  root=/var/cache/schema-studio
else
  root=${XDG_CACHE_HOME:-$HOME/.cache}/schema-studio
fi
dest=$root/duckdb-$version

if [[ -f $dest/include/duckdb.h && -f $dest/lib/libduckdb.so && -f $dest/VERSION ]]; then
  echo "fetch-duckdb: DuckDB $version in $dest"
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-duckdb: npm is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fetch-duckdb.XXXXXX")
trap 'rm -rf "$work"' EXIT
npm_pack fetch-duckdb "$work" "duckdb@$version" "@duckdb/node-bindings-linux-x64@$bindings_version"

mkdir -p "$work/header" "$work/library" "$work/out/include" "$work/out/lib"
tar -xzf "$work/duckdb-$version.tgz" -C "$work/header" package/src/duckdb/src/include/duckdb.h package/package.json
tar -xzf "$work/duckdb-node-bindings-linux-x64-$bindings_version.tgz" -C "$work/library" package/libduckdb.so package/package.json
header_version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$work/header/package/package.json")
[[ "$header_version" == "$version" ]] || { echo "fetch-duckdb: the header package is $header_version, not $version" >&2; exit 1; }

cp "$work/header/package/src/duckdb/src/include/duckdb.h" "$work/out/include/"
cp "$work/library/package/libduckdb.so" "$work/out/lib/"
echo "$version" > "$work/out/VERSION"
mkdir -p "$root"
rm -rf "$dest"
mv "$work/out" "$dest"
echo "fetch-duckdb: DuckDB $version in $dest"
