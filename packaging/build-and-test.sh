#!/usr/bin/env bash
# Installs what is missing, builds everything, runs the whole test suite (unit, integration against real
# PostgreSQL and MariaDB started on loopback, GUI offscreen) after fuzzing the spec loader with a fixed number
# of inputs from a fixed seed, so that the same commit gives the same verdict on every machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packaging/install-deps.sh --test
# The JSON collections the Proposals tests analyse (world-countries, from npm).
packaging/fetch-test-data.sh

# The fuzzer first, so that CTest's summary closes the output.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run-fuzzer.sh build-fuzz --runs 60000

cmake --preset default >/dev/null
cmake --build --preset default
QT_QPA_PLATFORM=offscreen ctest --preset default
