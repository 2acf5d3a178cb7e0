#!/usr/bin/env bash
# Builds the Debian package build-package/schema-studio_VERSION_amd64.deb (Release, stripped, Depends from the
# binaries) and checks it with lintian. Installs what it needs first (packaging/debian-packages.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packaging/install-deps.sh --package
cmake --preset package >/dev/null
cmake --build --preset package
(cd build-package && cpack -G DEB)
deb=$(ls -t build-package/schema-studio_*_amd64.deb | head -n1)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB; installed size $(dpkg-deb -f "$deb" Installed-Size) KiB)"
# lintian's errors fail the build; its warnings and notes are printed for the record.
lintian --tag-display-limit 0 --fail-on error "$deb"
echo "package: lintian reports no errors"
