#!/usr/bin/env bash
# Installs what is missing, builds Nianbao and its tests, and runs the whole suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build build/test --parallel
export QT_QPA_PLATFORM=offscreen
cd build/test
ctest --output-on-failure --timeout 300 --parallel "$(nproc)" "$@"
