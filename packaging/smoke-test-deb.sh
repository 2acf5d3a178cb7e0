#!/usr/bin/env bash
# Installs a built schema-studio .deb and uses it as a new user would: run inside a fresh Debian 12 root,
#   packaging/fresh-root.sh --export build-package "packaging/smoke-test-deb.sh /export/schema-studio_VERSION_amd64.deb"
# Pictures of every page land in the deb's folder, under smoke-screenshots/.
set -euo pipefail
deb=${1:?usage: smoke-test-deb.sh DEB}
out=$(dirname "$deb")/smoke-screenshots
step() { echo; echo "== $*"; }

step "apt-get install ./$(basename "$deb")"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$deb" >/dev/null
dpkg -s schema-studio | grep -E '^(Version|Installed-Size|Depends):'

demo=/usr/share/schema-studio/demo
step "dbx --version"
dbx --version
step "dbx validate --strict on the installed demo's specs"
for spec in "$demo"/schema_specs/*.yml; do dbx validate --strict "$spec"; done
step "installed files"
for f in /usr/share/applications/schema-studio.desktop /usr/share/metainfo/schema-studio.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/schema-studio.svg /usr/share/icons/hicolor/48x48/apps/schema-studio.png \
         /usr/share/man/man1/dbx.1.gz /usr/share/man/man1/schema-studio.1.gz /usr/share/doc/schema-studio/copyright; do
  test -s "$f" && echo "ok $f"
done
zcat /usr/share/man/man1/dbx.1.gz | grep -q '^\.SH' && echo "ok dbx.1 is a manual page"

project=$(mktemp -d)/shop
step "dbx init + apply + seed in $project"
dbx init "$project"
cd "$project"
cp "$demo"/schema_specs/loan_risk.yml schema_specs/
cp "$demo"/seeding_profiles/loan_risk.yml seeding_profiles/
dbx apply --target schema_specs/loan_risk.yml --db local
dbx seed --spec schema_specs/loan_risk.yml --profile seeding_profiles/loan_risk.yml --db local
dbx report fact_loan_payments --db local
dbx drift --db local --spec schema_specs/loan_risk.yml

step "DuckDB through the library the package carries: apply + seed + drift"
ldd /usr/bin/dbx | grep -q 'lib/schema-studio/libduckdb.so' && echo "ok dbx finds its own libduckdb.so"
dbx apply --target schema_specs/loan_risk.yml --db duckdb:stars.duckdb
dbx seed --spec schema_specs/loan_risk.yml --profile seeding_profiles/loan_risk.yml --db duckdb:stars.duckdb
dbx drift --db duckdb:stars.duckdb --spec schema_specs/loan_risk.yml

step "schema-studio on the installed demo: the first run copies it for the user"
QT_QPA_PLATFORM=offscreen schema-studio >/tmp/studio.log 2>&1 &
studio=$!
for _ in $(seq 1 100); do
  [[ -f "$HOME/.local/share/SchemaStudio/schema-studio/demo/dbx.yml" ]] && break
  sleep 0.2
done
kill "$studio" 2>/dev/null || true
wait "$studio" 2>/dev/null || true
test -f "$HOME/.local/share/SchemaStudio/schema-studio/demo/schema_specs/loan_risk.yml"
echo "ok the demo was copied to $HOME/.local/share/SchemaStudio/schema-studio/demo"
test ! -e "$demo/local.sqlite" && echo "ok the installed demo was not written to"

step "schema-studio --screenshots $out"
rm -rf "$out"
schema-studio --screenshots "$out"
ls -l "$out"
echo
echo "smoke test: all steps passed"
