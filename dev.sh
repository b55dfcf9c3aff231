#!/usr/bin/env bash
# Nereid's two set-up commands:
#   ./dev.sh run   install what is missing, build, start the local nereid-server (SQLite) and the app
#   ./dev.sh test  install what is missing, build, run every test (every fuzz target over its corpus among them),
#                  then the core, server (SQLite) and sync tests under ASan + UBSan and the thread tests under TSan
# and for the developers:
#   ./dev.sh sanitize        the core, server and sync tests under AddressSanitizer + UBSan (preset asan), the
#                            tests that start threads under ThreadSanitizer (preset tsan), on both backends
#   ./dev.sh fuzz [SECONDS]  run every fuzz target with libFuzzer for SECONDS each (default 60)
#   ./dev.sh lint [BASE]     clang-tidy on the C++ files changed since BASE (default: the upstream or HEAD~1)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ python3 sqlite3 curl
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libsqlite3-dev qtkeychain-qt6-dev)
# libqt6opengl6-dev: Debian 12's qt6-charts-dev needs it for its CMake config but does not depend on it.
# nereid-server's HTTP layer: Boost.Beast/Asio (header-only) and OpenSSL for TLS.
PACKAGES+=(libboost-dev libssl-dev)
# nereid-server on PostgreSQL (issue 19): libpq, and the PostgreSQL 15 the tests of the postgresql label start
# themselves in a temporary folder (tests/support/pgcluster.sh).
PACKAGES+=(libpq-dev postgresql)
# Building and checking the Debian packages (tests/packaging/test_packages.sh): dpkg-shlibdeps and file for
# CPack, and the validators of the desktop file, the AppStream metainfo and the packages.
PACKAGES+=(dpkg-dev file desktop-file-utils appstream lintian)
# The API tokens in a real keychain (tests/views/test_tokenstorekeychain): a private session bus with
# gnome-keyring's Secret Service, no desktop needed.
PACKAGES+=(dbus-daemon gnome-keyring)
# The Python client's DataFrame paths (to_pandas, fetch_values) are tested with pandas; without it those tests
# report a skip.
PACKAGES+=(python3-pandas)
# The opt-in `neptune` distribution is installed into a temporary virtual environment by its test
# (tests/python/test_neptune_shim.py): venv, and pip with setuptools and wheel to build it without the network.
PACKAGES+=(python3-venv python3-pip python3-setuptools python3-wheel)
# nereid.integrations' suites train small real models with these (each suite reports a skip without its library).
# python3-plotly: optuna draws its plots with it (HTML pages); without it they are matplotlib PNGs.
PACKAGES+=(python3-optuna python3-xgboost python3-sklearn python3-torch python3-plotly)
# The TensorBoard importer (core/importers) decodes event files' protobuf messages with libprotobuf, from a .proto
# of its own that protoc compiles at build time.
PACKAGES+=(libprotobuf-dev protobuf-compiler)
# The fuzz preset's libFuzzer (clang) and `./dev.sh lint`'s clang-tidy: only those commands install them.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
LINT_PACKAGES=(clang-tidy)
BUILD_DIR=build/dev

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
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

# A sanitizer build holds the libraries and their tests only (no widgets; a unity build: see CMakePresets.json), and builds just
# the executables its test preset runs (less those ctest's other arguments, such as -LE postgresql, leave out): a
# test is its target, less the _postgresql of a server test's twin and the _corpus of a fuzz target's run.
# Configures BUILD_PRESET and builds only the executables that TEST_PRESET runs.
build_preset() {
    local build_preset="$1" test_preset="$2"
    cmake --preset "$build_preset" >/dev/null
    local targets=()
    mapfile -t targets < <(ctest --preset "$test_preset" -N | sed -n 's/^ *Test *#[0-9]*: //p' |
        grep -v '^postgresql_st' | sed -e 's/_postgresql$//' -e 's/_corpus$//' | sort -u)
    cmake --build "build/$build_preset" --parallel "$(nproc)" --target "${targets[@]}"
}

run_local() {
    local data="${XDG_DATA_HOME:-$HOME/.local/share}/nereid/server"
    local url=http://127.0.0.1:8765
    mkdir -p "$data"
    echo "Starting nereid-server on $url with its data in $data"
    "$BUILD_DIR/server/nereid-server" --data "$data" --listen 127.0.0.1:8765 &
    local server=$!
    trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
    for _ in $(seq 50); do
        curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break
        kill -0 $server 2>/dev/null || { echo "nereid-server did not start (is port 8765 taken?)" >&2; exit 1; }
        sleep 0.2
    done
    # Demo runs on first start only: the seeder does nothing when the demo project has runs.
    python3 examples/seed_demo.py --url "$url" --token-file "$data/token"
    echo "The API token of user '$(id -un)' is in $data/token"
    if [ -x "$BUILD_DIR/app/nereid" ]; then
        "$BUILD_DIR/app/nereid" --server "$url" --token-file "$data/token" --project demo/sweep
    else
        echo "Log runs with: NEREID_API_URL=$url NEREID_API_TOKEN=\$(cat $data/token) python3 examples/train_sweep.py"
        wait $server
    fi
}

# Both labels of the server suites, sqlite and postgresql, run: plain ctest selects every test.
run_tests() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)"
}

# The core, models, server and sync tests and the fuzz corpora under ASan + UBSan (test preset ASAN_TESTS: asan, or
# asan-sqlite without the PostgreSQL twins, for which CI has no time), then the tests of the threads label under
# TSan; the presets set the sanitizers' options and suppression files (tests/sanitizers). The label filter lives in
# the presets: CMake 3.25's ctest drops a preset's filter when -LE is also given on its command line.
run_sanitized_tests() {
    local asan_tests="$1"
    build_preset asan "$asan_tests"
    ctest --preset "$asan_tests" --parallel "$(nproc)"
    build_preset tsan tsan
    ctest --preset tsan --parallel "$(nproc)"
}

fuzz_targets() {
    for source in tests/fuzz/fuzz_*.cpp; do
        basename "$source" .cpp
    done
}

# Each target starts from its checked-in corpus (read only) and keeps what it finds in build/fuzz/corpus; a crash
# leaves its input in build/fuzz/crashes to add to tests/fuzz/corpus once fixed.
run_fuzz() {
    local seconds="${1:-60}" failed=0
    cmake --preset fuzz >/dev/null
    # shellcheck disable=SC2046
    cmake --build build/fuzz --parallel "$(nproc)" --target $(fuzz_targets)
    mkdir -p build/fuzz/crashes
    for target in $(fuzz_targets); do
        local name="${target#fuzz_}" dict=()
        mkdir -p "build/fuzz/corpus/$name" "tests/fuzz/corpus/$name"
        [ -f "tests/fuzz/dict/$name.dict" ] && dict=(-dict="tests/fuzz/dict/$name.dict")
        echo "== $target for ${seconds}s"
        "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
            "${dict[@]}" -artifact_prefix="build/fuzz/crashes/$name-" \
            "build/fuzz/corpus/$name" "tests/fuzz/corpus/$name" || failed=1
    done
    return $failed
}

# clang-tidy (.clang-tidy) on the C++ files changed since BASE, with the dev build's compile commands.
run_lint() {
    local base="${1:-}"
    [ -z "$base" ] && base="$(git rev-parse --abbrev-ref --symbolic-full-name '@{u}' 2>/dev/null || echo HEAD~1)"
    cmake --preset dev >/dev/null
    local files=()
    mapfile -t files < <(git diff --name-only --diff-filter=d "$base" -- '*.cpp' | grep -v '^tests/fuzz/corpus/' || true)
    if [ ${#files[@]} -eq 0 ]; then
        echo "No C++ source changed since $base."
        return 0
    fi
    # The compile commands are GCC's; clang's -Wconversion also takes in -Wsign-conversion, which GCC's does not.
    clang-tidy -p "$BUILD_DIR" --quiet --extra-arg=-Wno-sign-conversion "${files[@]}"
}

case "${1:-}" in
run) install_missing && build && run_local ;;
test) install_missing && build && run_tests && run_sanitized_tests asan-sqlite ;;
sanitize) install_missing && run_sanitized_tests asan ;;
fuzz) install_missing "${FUZZ_PACKAGES[@]}" && run_fuzz "${2:-60}" ;;
lint) install_missing "${LINT_PACKAGES[@]}" && run_lint "${2:-}" ;;
*)
    echo "usage: $0 run|test|sanitize|fuzz [SECONDS]|lint [BASE]" >&2
    exit 2
    ;;
esac
