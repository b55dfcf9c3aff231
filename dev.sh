#!/usr/bin/env bash
# Nereid's two set-up commands:
#   ./dev.sh run   install what is missing, build, start the local nereid-server (SQLite) and the app
#   ./dev.sh test  install what is missing, build, run every test
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ python3 sqlite3
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev)
# qt6-websockets-dev: Debian 12's qt6-httpserver-dev needs it for its CMake config but does not depend on it.
BUILD_DIR=build/dev

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset dev >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

run_local() {
    local data="${XDG_DATA_HOME:-$HOME/.local/share}/nereid/server"
    mkdir -p "$data"
    echo "Starting nereid-server with its data in $data"
    echo "The API token of user '$(id -un)' is in $data/token"
    exec "$BUILD_DIR/server/nereid-server" --data "$data" --listen 127.0.0.1:8765
}

run_tests() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)"
}

case "${1:-}" in
run) install_missing && build && run_local ;;
test) install_missing && build && run_tests ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
