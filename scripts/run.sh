#!/usr/bin/env bash
# Installs what is missing, builds Nianbao in Release and starts it on the default database.
# Extra arguments go to the program (for example: scripts/run.sh --db my.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build/release --parallel
exec build/release/app/nianbao "$@"
