#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks of the postgresql label.
#   pgcluster.sh start STATE   initdb and start a cluster; writes STATE/url (postgresql://nereid@127.0.0.1:PORT)
#   pgcluster.sh stop STATE    stop it and remove its files
# STATE is a folder of the build tree that only remembers where the cluster lives: the cluster itself goes to a
# fresh folder under /tmp, since initdb refuses to run as root and the unprivileged user it then runs as (nobody)
# cannot reach a build tree under a private home folder. A start first stops what a killed run left behind.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop STATE" >&2
    exit 2
}
[ $# -eq 2 ] || usage
command=$1
state=$2

bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) ""; do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && break
    done
    if [ -z "$dir" ]; then
        local initdb
        initdb=$(command -v initdb || true)
        [ -n "$initdb" ] || {
            echo "pgcluster: no PostgreSQL found (Debian: apt-get install postgresql)" >&2
            exit 1
        }
        dir=$(dirname "$initdb")
    fi
    echo "$dir"
}

# Runs a PostgreSQL program as the cluster's owner: nobody when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state/cluster" ] || return 0
    local cluster
    cluster=$(cat "$state/cluster")
    case "$cluster" in
    /tmp/nereid-pgcluster.*) ;;
    *)
        echo "pgcluster: $state/cluster names '$cluster', not a cluster of ours; left alone" >&2
        return 1
        ;;
    esac
    if [ -f "$cluster/data/postmaster.pid" ]; then
        # immediate: the tests are over and the files go; nothing is worth a checkpoint.
        as_owner "$(bindir)/pg_ctl" stop -D "$cluster/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    rm -rf -- "$cluster"
    rm -f -- "$state/cluster" "$state/url"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_cluster() {
    local bin cluster port attempt
    bin=$(bindir)
    mkdir -p "$state"
    stop_cluster
    cluster=$(mktemp -d /tmp/nereid-pgcluster.XXXXXX)
    echo "$cluster" >"$state/cluster"
    chmod 755 "$cluster"
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -U nereid --auth=trust -E UTF8 --locale=C.UTF-8 --no-instructions \
        >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2
        exit 1
    }
    # fsync stays on: the suites check durability. Small buffers, since two test processes and their servers
    # share the machine; enough connections for several servers with a connection per thread.
    cat >>"$cluster/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cluster'
fsync = on
shared_buffers = 64MB
max_connections = 400
log_min_messages = warning
EOF
    # The port is free when asked but may be taken before postgres binds it: try a few.
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" start -D "$cluster/data" -o "-p $port" -l "$cluster/server.log" -w -t 60 \
            >/dev/null 2>&1; then
            echo "postgresql://nereid@127.0.0.1:$port" >"$state/url"
            echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $(cat "$state/url"), files in $cluster"
            return 0
        fi
        grep -q "could not bind\|Address already in use" "$cluster/server.log" 2>/dev/null || break
    done
    echo "pgcluster: PostgreSQL did not start; its log:" >&2
    cat "$cluster/server.log" >&2 || true
    exit 1
}

case "$command" in
start) start_cluster ;;
stop) stop_cluster ;;
*) usage ;;
esac
