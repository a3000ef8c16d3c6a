#!/usr/bin/env bash
# Installs what is missing, builds Nianbao and its tests, and runs the whole suite headless.
# The storage tests also run against a throw-away PostgreSQL server started here (and
# stopped on exit); NIANBAO_TEST_POSTGRES=skip runs them on SQLite only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/deps.sh --test
# Debug: assertions on, and it compiles in much less time than an optimised build.
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON >/dev/null
cmake --build build/test --parallel
export QT_QPA_PLATFORM=offscreen
if [ "${NIANBAO_TEST_POSTGRES:-}" = skip ]; then
    unset NIANBAO_TEST_POSTGRES
elif [ -z "${NIANBAO_TEST_POSTGRES:-}" ]; then
    server=$(mktemp -d /tmp/nianbao-pg.XXXXXX)
    trap '"$root/scripts/postgres-test-server.sh" stop "$server"; rm -rf "$server"' EXIT
    NIANBAO_TEST_POSTGRES=$(scripts/postgres-test-server.sh start "$server")
    export NIANBAO_TEST_POSTGRES
    echo "test.sh: PostgreSQL test server at $NIANBAO_TEST_POSTGRES"
fi
cd build/test
ctest --output-on-failure --timeout 300 --parallel "$(nproc)" "$@"
