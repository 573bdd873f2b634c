#!/usr/bin/env bash
# Throwaway PostgreSQL for tests: source this file, then call pg_start
# (exports PG_URL) and pg_stop. Run directly, it starts a server and prints
# the export line for NEWSGRAPH_TEST_POSTGRES.
#
# The cluster lives in a temporary directory owned by the postgres user and
# listens on 127.0.0.1 only.

pg_bin() {
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
	if [ -z "$d" ]; then
		echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
		return 1
	fi
	echo "$d"
}

pg_start() {
	local bin port
	bin=$(pg_bin) || return 1
	PG_DIR=$(mktemp -d /tmp/newsgraph-pg.XXXXXX)
	chown postgres:postgres "$PG_DIR" 2>/dev/null || true
	port=${PG_PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}
	local as=()
	if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
	"${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || {
		cat "$PG_DIR/initdb.log" >&2
		return 1
	}
	"${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
		-o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null || {
		cat "$PG_DIR/server.log" >&2
		return 1
	}
	"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres newsgraph_test || return 1
	PG_BIN=$bin
	PG_URL="postgres://postgres@127.0.0.1:$port/newsgraph_test?sslmode=disable"
	export PG_DIR PG_BIN PG_URL
	echo "postgres.sh: PostgreSQL running at $PG_URL" >&2
}

pg_stop() {
	if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
		local as=()
		if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
		"${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
		rm -rf "$PG_DIR"
	fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
	set -euo pipefail
	pg_start
	echo "export NEWSGRAPH_TEST_POSTGRES='$PG_URL'"
	echo "# stop with: runuser -u postgres -- $PG_BIN/pg_ctl -D $PG_DIR/data stop"
fi
