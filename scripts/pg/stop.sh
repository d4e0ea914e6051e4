#!/usr/bin/env bash
# stop.sh stops a cluster started by start.sh and removes its directory.
#
#   scripts/pg/stop.sh DIR [--keep]   # --keep leaves DIR (data and log) in place
set -euo pipefail

DIR=${1:?usage: stop.sh DIR [--keep]}
[[ -d "$DIR/data" ]] || { echo "stop.sh: $DIR holds no cluster" >&2; exit 1; }

BIN=""
if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/pg_ctl" ]]; then
	BIN=$PG_BIN
else
	ver=$(cat "$DIR/data/PG_VERSION")
	if [[ -x "/usr/lib/postgresql/$ver/bin/pg_ctl" ]]; then
		BIN=/usr/lib/postgresql/$ver/bin
	else
		BIN=$(dirname "$(command -v pg_ctl)")
	fi
fi

owner=$(stat -c %U "$DIR/data")
if [[ $(id -u) -eq 0 && "$owner" != root ]]; then
	runuser -u "$owner" -- "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
else
	"$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
fi
if [[ "${2:-}" != "--keep" ]]; then
	rm -rf "$DIR"
fi
