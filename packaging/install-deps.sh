#!/usr/bin/env bash
# Installs the Debian 12 packages Schema Studio needs; does nothing for packages already present.
# Usage: packaging/install-deps.sh [--test] [--gui] [--bench] [--package]   (the build group is always installed)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
groups=(build)
for arg in "$@"; do
  case "$arg" in
    --test) groups+=(test) ;;
    --gui) groups+=(gui) ;;
    --bench) groups+=(bench) ;;
    --package) groups+=(package) ;;
    *) echo "install-deps.sh: unknown option $arg (use --test, --gui, --bench, --package)" >&2; exit 2 ;;
  esac
done

wanted=()
while read -r group package; do
  [[ -z "${group}" || "${group}" == \#* ]] && continue
  for g in "${groups[@]}"; do
    [[ "$g" == "$group" ]] && wanted+=("$package")
  done
done < "$here/debian-packages.txt"

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] && continue
  # A machine with Node.js from elsewhere already has an npm that Debian's npm package would conflict with.
  [[ "$p" == npm ]] && command -v npm >/dev/null && continue
  missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#wanted[@]} packages already installed"
  exec "$here/fetch-duckdb.sh"
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# Servers are started by the tests on throwaway data directories; keep the packages' own services from starting.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee $policy >/dev/null
  "${sudo[@]}" chmod +x $policy
  created_policy=1
fi
trap '[[ $created_policy -eq 1 ]] && "${sudo[@]}" rm -f $policy' EXIT
# apt's own account of unpacking hundreds of packages buries everything after it: keep it in a log.
log=$(mktemp /tmp/install-deps.XXXXXX.log)
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "install-deps: apt-get install failed (the whole log: $log)" >&2
  exit 1
fi
rm -f "$log"
echo "install-deps: installed ${#missing[@]} packages"
"$here/fetch-duckdb.sh"
