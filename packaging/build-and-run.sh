#!/usr/bin/env bash
# Installs what is missing, builds, and opens Schema Studio on the bundled demo project.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packaging/install-deps.sh --gui
cmake --preset default >/dev/null
cmake --build --preset default --target schema-studio dbx

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  cat <<MSG
There is no display here, so the window cannot open.
  - On a desktop: run build/app/schema-studio
  - Headless, with a virtual display: xvfb-run -a build/app/schema-studio
  - Pictures of every page: QT_QPA_PLATFORM=offscreen build/app/schema-studio --screenshots shots/
The same steps on the command line:
  build/app/dbx validate schema_specs/loan_risk.yml
  build/app/dbx format --check schema_specs/loan_risk.yml
MSG
  exit 0
fi
exec build/app/schema-studio "$@"
