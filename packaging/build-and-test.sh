#!/usr/bin/env bash
# Installs what is missing, builds everything, runs the whole test suite (unit, integration against real
# PostgreSQL and MariaDB started on loopback, GUI offscreen), then fuzzes the spec loader for 60 seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packaging/install-deps.sh --test
cmake --preset default >/dev/null
cmake --build --preset default
QT_QPA_PLATFORM=offscreen ctest --preset default

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run-fuzzer.sh build-fuzz 60
