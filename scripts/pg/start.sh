#!/usr/bin/env bash
# start.sh starts a private, throw-away PostgreSQL cluster for tacitus's
# store tests and benchmarks, and prints its DSN as the last line of stdout.
#
#   DSN=$(scripts/pg/start.sh [DIR] | tail -n1)   # DIR defaults to a new temp dir
#   TACITUS_PG_DSN=$DSN go test ./store/...
#   scripts/pg/stop.sh DIR                        # DIR is also printed on stderr
#
# The cluster lives in DIR (data in DIR/data, log in DIR/log, the DSN in
# DIR/dsn), listens on 127.0.0.1 on a free port only (no Unix socket), trusts
# local TCP connections as the superuser "tacitus", and runs with fsync off:
# it is for tests, never for data anyone keeps. initdb refuses to run as
# root, so under root the cluster is owned and run by the "postgres" user
# (or "nobody" when that user does not exist). The binaries are looked up in
# $PG_BIN, then /usr/lib/postgresql/*/bin (newest version), then $PATH.
set -euo pipefail

find_bin() {
	if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/initdb" ]]; then
		echo "$PG_BIN"
		return
	fi
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
			echo "$d"
			return
		fi
	done
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(command -v initdb)"
		return
	fi
	return 1
}

BIN=$(find_bin) || {
	echo "start.sh: PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or in PATH)" >&2
	exit 2
}

DIR=${1:-}
if [[ -z "$DIR" ]]; then
	DIR=$(mktemp -d "${TMPDIR:-/tmp}/tacitus-pg.XXXXXX")
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

# run CMD... runs a command as the cluster's owner.
RUNAS=""
if [[ $(id -u) -eq 0 ]]; then
	if id postgres >/dev/null 2>&1; then RUNAS=postgres; else RUNAS=nobody; fi
	chown "$RUNAS" "$DIR"
	chmod 0700 "$DIR"
fi
run() {
	if [[ -z "$RUNAS" ]]; then
		"$@"
	elif command -v runuser >/dev/null 2>&1; then
		runuser -u "$RUNAS" -- "$@"
	else
		su "$RUNAS" -s /bin/sh -c "$(printf '%q ' "$@")"
	fi
}

if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
	run "$BIN/initdb" -D "$DIR/data" -U tacitus --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
		cat "$DIR/initdb.log" >&2
		exit 1
	}
fi

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

for attempt in 1 2 3 4 5 6 7 8; do
	PORT=$((20000 + RANDOM % 40000))
	port_free "$PORT" || continue
	if run "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 start \
		-o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
		>"$DIR/pg_ctl.log" 2>&1; then
		DSN="postgres://tacitus@127.0.0.1:$PORT/postgres?sslmode=disable"
		echo "$DSN" >"$DIR/dsn"
		echo "PostgreSQL cluster in $DIR (stop: scripts/pg/stop.sh $DIR)" >&2
		echo "$DSN"
		exit 0
	fi
done
echo "start.sh: could not start PostgreSQL; see $DIR/log and $DIR/pg_ctl.log" >&2
cat "$DIR/pg_ctl.log" >&2 || true
exit 1
