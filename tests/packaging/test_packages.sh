#!/usr/bin/env bash
# test_packages: builds the Debian packages with CPack, checks them (lintian, desktop-file-validate,
# appstreamcli), installs them on this machine, runs the installed server as the package's system user and the
# installed app offscreen, then purges them again.
#
# It installs into /usr, so it only runs as root (CI, containers) or with NEREID_TEST_PACKAGES=1 (then with sudo);
# NEREID_TEST_PACKAGES=0 skips it. Exit code 77 is a skip for ctest.
#   usage: test_packages.sh BUILD_DIR VERSION
set -euo pipefail
build_dir=$1
version=$2

if [ "${NEREID_TEST_PACKAGES:-}" = 0 ] || { [ "$(id -u)" -ne 0 ] && [ "${NEREID_TEST_PACKAGES:-}" != 1 ]; }; then
    echo "SKIP: installs packages; runs as root or with NEREID_TEST_PACKAGES=1"
    exit 77
fi
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb curl runuser; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (./dev.sh installs it)"; exit 1; }
done

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $* ($(date +%T))"; }

step "cpack"
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack could not build the packages"
}
app_deb=$work/packages/nereid_${version}_$(dpkg --print-architecture).deb
server_deb=$work/packages/nereid-server_${version}_$(dpkg --print-architecture).deb
[ -f "$app_deb" ] && [ -f "$server_deb" ] || fail "expected $app_deb and $server_deb, got: $(ls "$work/packages")"
for deb in "$app_deb" "$server_deb"; do
    dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
done

step "lintian (errors fail the test; warnings are listed)"
lintian --fail-on error --allow-root "$app_deb" "$server_deb" || fail "lintian found errors"

step "desktop-file-validate and appstreamcli on the files the package ships"
dpkg-deb -x "$app_deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.nereid.Nereid.desktop" || fail "desktop file"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.nereid.Nereid.metainfo.xml" || fail "metainfo"
for size in 16 24 32 48 64 128 256; do
    [ -s "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/nereid.png" ] || fail "no ${size}px icon"
done

step "install"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --reinstall --no-install-recommends \
    "$server_deb" "$app_deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "the packages did not install"; }
getent passwd nereid >/dev/null || fail "postinst made no system user nereid"
[ "$(stat -c %U /var/lib/nereid)" = nereid ] || fail "/var/lib/nereid does not belong to nereid"
[ -f /lib/systemd/system/nereid-server.service ] || fail "no systemd unit"
# systemd need not run for this: it reads the unit and checks its user, binary and man page.
if command -v systemd-analyze >/dev/null && command -v man >/dev/null; then
    systemd-analyze verify /lib/systemd/system/nereid-server.service || fail "systemd-analyze verify: the unit"
fi

step "nereid --version"
output=$(QT_QPA_PLATFORM=offscreen nereid --version 2>&1) || fail "nereid --version failed: $output"
echo "$output"
[[ $output == *"$version"* ]] || fail "nereid --version printed \"$output\", not the version $version"

step "the installed server, as the service runs it (user nereid, options from /etc/default/nereid-server)"
# The unit's ExecStart with the settings file, the data in a scratch folder and a free port.
(
    set -a
    # shellcheck disable=SC1091
    . /etc/default/nereid-server
    set +a
    grep -q '^ExecStart=/usr/bin/nereid-server ' /lib/systemd/system/nereid-server.service
) || fail "/etc/default/nereid-server or the unit's ExecStart is not as expected"
mkdir "$work/data"
"${sudo[@]}" chown nereid:nereid "$work/data"
chmod 755 "$work"
options=$(. /etc/default/nereid-server && echo "${NEREID_OPTIONS:-}")
# shellcheck disable=SC2086
"${sudo[@]}" runuser -u nereid -- /usr/bin/nereid-server --data "$work/data" --listen 127.0.0.1:0 $options \
    >"$work/server.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(grep -o 'http://[0-9.:]*' "$work/server.log" || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the installed nereid-server exited"; }
    sleep 0.1
done
[ -n "$url" ] || fail "the installed nereid-server gave no address"
health=$(curl -fsS "$url/api/v1/health") || fail "GET $url/api/v1/health failed"
echo "$health"
[[ $health == *'"status":"ok"'* && $health == *"\"version\":\"$version\""* ]] || fail "unexpected health: $health"
[ "$(stat -c %U "$work/data/token")" = nereid ] || fail "the server wrote no token as the user nereid"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

step "purge"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get purge -y -qq nereid nereid-server >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "the packages did not purge"
}
[ ! -e /usr/bin/nereid ] && [ ! -e /usr/bin/nereid-server ] || fail "binaries left after purge"
[ ! -e /etc/default/nereid-server ] || fail "the conffile is left after purge"
if [ ! -e /var/lib/nereid ] && getent passwd nereid >/dev/null; then fail "postrm left the user nereid"; fi
echo "PASS ($(date +%T))"
