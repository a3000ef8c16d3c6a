#!/usr/bin/env bash
# Installs what is missing, builds Nianbao in Release in build/package and makes the Debian
# package with CPack; prints the path of the .deb. Only the program is built (not the tests
# or the benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --package
start=$(date +%s)
cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
      -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build build/package --parallel --target nianbao
rm -f build/package/nianbao_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls "$(pwd)"/build/package/nianbao_*.deb)
echo "package.sh: built in $(( $(date +%s) - start )) s"
echo "$deb"
