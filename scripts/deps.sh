#!/usr/bin/env bash
# Installs what Nianbao needs to build, run and test, on apt-based systems
# (Debian, Ubuntu, UOS, Kylin). Only missing packages are installed; sudo is used
# when not running as root. Sourced by run.sh and test.sh; can be run alone.
set -euo pipefail

# Build and run.
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libgl-dev libvulkan-dev libxkbcommon-dev zlib1g-dev libpoppler-qt6-dev
    qt6-translations-l10n qt6-qpa-plugins
    fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-hanazono
)
# Tests also read back what the program writes, run the storage tests on a PostgreSQL server,
# and check the desktop files as distributions do.
if [ "${1:-}" = "--test" ]; then
    packages+=(poppler-utils xvfb xauth unzip clang libclang-rt-14-dev postgresql
               desktop-file-utils appstream libxml2-utils shared-mime-info file man-db)
fi
# The .deb: dpkg-shlibdeps computes its dependencies, lintian checks it.
if [ "${1:-}" = "--package" ]; then
    packages+=(dpkg-dev file lintian)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "deps.sh: this system has no apt-get; install these packages by hand: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo=(sudo); else
        echo "deps.sh: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
