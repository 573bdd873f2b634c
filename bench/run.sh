#!/usr/bin/env bash
# newsgraph benchmark: one run, one machine, every figure side by side.
#
#   bench/run.sh                        # full size: 1,000,000 synthetic quads
#   BENCH_QUADS=100000 BENCH_ARTICLES=100 bench/run.sh   # quick run
#
# It prints, in this order:
#   1. extraction words/s: this tree's `newsgraph extract`, and the previous
#      release tag's when there is one;
#   2. ingest articles/s and quads/s into bolt and into PostgreSQL: the whole
#      `newsgraph ingest` command, the store writes alone, and `cayley load`
#      of the same quads as N-Quads into the same backend (the reference);
#   3. `paths` p50/p99 on a BENCH_QUADS-quad synthetic store (bench/gen) in
#      bolt and in PostgreSQL;
#   4. export time and peak RSS (bench/export on the bolt store, and an
#      N-Quads dump from PostgreSQL).
# and a summary table at the end. It is not part of `go test`.
#
# Settings (environment):
#   BENCH_QUADS     synthetic store size for paths and export (1000000)
#   BENCH_ARTICLES  corpus articles ingested (200)
#   BENCH_PAIRS     random actor pairs timed by paths (200)
#   BENCH_PG_PAIRS  pairs timed on PostgreSQL (min(BENCH_PAIRS, 30): slower)
#   BENCH_PATHS_TIMEOUT  longest one paths query may take (60s)
#   BENCH_CORPUS    JSON Lines corpus (../shared/corpus/bbc-news.jsonl)
#   BENCH_DIR       work directory, kept between runs to reuse the
#                   generated bolt store and the binaries (a temp dir)
#   BENCH_SKIP      space-separated sections to skip: extract ingest paths export
#   BENCH_POSTGRES  URL of an existing PostgreSQL (role may CREATE DATABASE);
#                   default: start a throwaway one with .ci/postgres.sh
#
# Needs: go, PostgreSQL server binaries (apt-get install postgresql),
# GNU time (apt-get install time) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BENCH_QUADS=${BENCH_QUADS:-1000000}
BENCH_ARTICLES=${BENCH_ARTICLES:-200}
BENCH_PAIRS=${BENCH_PAIRS:-200}
BENCH_PG_PAIRS=${BENCH_PG_PAIRS:-$((BENCH_PAIRS < 30 ? BENCH_PAIRS : 30))}
BENCH_CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus/bbc-news.jsonl}
BENCH_SKIP=${BENCH_SKIP:-}
CAYLEY_VERSION=v0.7.7-0.20240706181042-81dcd7d73e45
if [ -z "${BENCH_DIR:-}" ]; then
	BENCH_DIR=$(mktemp -d /tmp/newsgraph-bench.XXXXXX)
fi
mkdir -p "$BENCH_DIR"
BIN=$BENCH_DIR/bin
mkdir -p "$BIN"

log() { printf '%s\n' "$*" >&2; }
skip() { [[ " $BENCH_SKIP " == *" $1 "* ]]; }
die() {
	log "bench: $*"
	exit 1
}

[ -x /usr/bin/time ] || die "GNU time is missing (apt-get install time)"
[ -f "$BENCH_CORPUS" ] || die "corpus $BENCH_CORPUS not found (set BENCH_CORPUS)"

# timed LABEL CMD...: runs CMD under GNU time; sets T_SEC and T_RSS_MB.
timed() {
	local label=$1
	shift
	local tf=$BENCH_DIR/time.$$.txt
	if ! /usr/bin/time -v -o "$tf" "$@"; then
		cat "$tf" >&2 || true
		die "$label failed"
	fi
	T_SEC=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tf")
	T_RSS_MB=$(awk -F': ' '/Maximum resident set size/{printf "%d", $2/1024}' "$tf")
	T_CPU=$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.1f", s}' "$tf")
	rm -f "$tf"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

rate() { awk -v n="$1" -v s="$2" 'BEGIN{ if (s <= 0) print "n/a"; else if (n/s < 100) printf "%.1f", n/s; else printf "%.0f", n/s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "n/a" }'; }
jget() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d=d[k]
print(d)' "$1" "$2"; }

# ---------------------------------------------------------------- build
log "== building newsgraph, bench helpers and cayley $CAYLEY_VERSION into $BIN"
go build -o "$BIN/newsgraph" ./cmd/newsgraph
go build -o "$BIN/ingestbench" ./bench/ingestbench
go build -o "$BIN/pathbench" ./bench/pathbench
go build -o "$BIN/exportbench" ./bench/export
if [ ! -x "$BIN/cayley" ]; then
	# cayley's command pulls in modules newsgraph does not need (sqlite,
	# mysql, ...): build it in a throwaway module at our pinned version.
	cm=$BENCH_DIR/cayley-module
	mkdir -p "$cm"
	printf 'module cayleybuild\n\ngo 1.26\n' >"$cm/go.mod"
	printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/cayleygraph/cayley/cmd/cayley"\n' >"$cm/tools.go"
	(cd "$cm" && go get "github.com/cayleygraph/cayley@$CAYLEY_VERSION" >/dev/null 2>&1 && go mod tidy >/dev/null 2>&1 &&
		go build -o "$BIN/cayley" github.com/cayleygraph/cayley/cmd/cayley) || die "could not build cayley"
fi
NG=$BIN/newsgraph
CAYLEY=$BIN/cayley

# ---------------------------------------------------------------- postgres
PGPSQL=""
if ! skip ingest || ! skip paths || ! skip export; then
	if [ -n "${BENCH_POSTGRES:-}" ]; then
		PG_ADMIN=$BENCH_POSTGRES
	else
		# shellcheck source=/dev/null
		source .ci/postgres.sh
		trap pg_stop EXIT
		pg_start
		PG_ADMIN=$PG_URL
	fi
	PGPSQL=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)/psql
	[ -x "$PGPSQL" ] || PGPSQL=$(command -v psql) || die "psql not found"
fi
# pgdb NAME: (re)creates database NAME and prints its URL.
pgdb() {
	"$PGPSQL" "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
	python3 -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/"+sys.argv[2])))' "$PG_ADMIN" "$1"
}

declare -A R # results for the summary

# ---------------------------------------------------------------- 1. extraction
SLICE=$BENCH_DIR/corpus-$BENCH_ARTICLES.jsonl
head -n "$BENCH_ARTICLES" "$BENCH_CORPUS" >"$SLICE"
ARTICLES=$(wc -l <"$SLICE")
if ! skip extract; then
	log "== 1. extraction ($ARTICLES articles of $(basename "$BENCH_CORPUS"))"
	TXT=$BENCH_DIR/texts
	rm -rf "$TXT" && mkdir -p "$TXT"
	python3 - "$SLICE" "$TXT" <<'EOF'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    open(f"{sys.argv[2]}/{i:05d}.txt", "w", encoding="utf-8").write(json.loads(line)["text"])
EOF
	WORDS=$(cat "$TXT"/*.txt | wc -w)
	timed "newsgraph extract" sh -c "'$NG' extract '$TXT'/*.txt >/dev/null"
	R[extract_cli]=$(rate "$WORDS" "$T_SEC")
	R[extract_cli_rss]=$T_RSS_MB
	"$BIN/ingestbench" -corpus "$SLICE" -articles "$ARTICLES" >"$BENCH_DIR/extract.json"
	R[extract_par]=$(printf '%.0f' "$(jget "$BENCH_DIR/extract.json" extract_words_per_second)")
	R[extract_workers]=$(jget "$BENCH_DIR/extract.json" extract_workers)
	PREV=$(git tag --list 'v*' --sort=-v:refname 2>/dev/null | head -n1 || true)
	if [ -n "$PREV" ]; then
		wt=$BENCH_DIR/prev-$PREV
		[ -d "$wt" ] || git worktree add --detach "$wt" "$PREV" >/dev/null
		(cd "$wt" && go build -o "$BIN/newsgraph-$PREV" ./cmd/newsgraph)
		timed "newsgraph $PREV extract" sh -c "'$BIN/newsgraph-$PREV' extract '$TXT'/*.txt >/dev/null"
		R[extract_prev]="$(rate "$WORDS" "$T_SEC") ($PREV)"
	else
		R[extract_prev]="no previous release tag"
	fi
	printf '\nextraction, %d words in %d articles (load average %s)\n' "$WORDS" "$ARTICLES" "$(loadavg)"
	printf '  %-44s %10s words/s  (peak RSS %s MB)\n' "newsgraph extract (one process, CLI)" "${R[extract_cli]}" "${R[extract_cli_rss]}"
	printf '  %-44s %10s words/s\n' "pipeline on ${R[extract_workers]} goroutines (ingestbench)" "${R[extract_par]}"
	printf '  %-44s %10s\n' "previous release" "${R[extract_prev]}"
fi

# ---------------------------------------------------------------- 2. ingest
# ingest_into NAME STORE: whole command, then the store writes alone, then
# cayley load of the first store's N-Quads into a fresh store of the kind.
ingest_into() {
	local name=$1 store=$2 store2=$3 cayley_db=$4 cayley_path=$5
	local sum=$BENCH_DIR/ingest-$name.json
	timed "ingest $name" sh -c "'$NG' ingest --store '$store' --nosync --format json --top 0 '$SLICE' >'$sum'"
	local q n
	q=$(jget "$sum" summary.quads)
	n=$(jget "$sum" summary.new)
	R[ingest_${name}_aps]=$(rate "$n" "$T_SEC")
	R[ingest_${name}_qps]=$(rate "$q" "$T_SEC")
	R[ingest_${name}_rss]=$T_RSS_MB
	R[ingest_${name}_quads]=$q
	R[ingest_${name}_articles]=$n
	"$BIN/ingestbench" -corpus "$SLICE" -articles "$ARTICLES" -store "$store2" >"$BENCH_DIR/write-$name.json"
	R[write_${name}_aps]=$(printf '%.1f' "$(jget "$BENCH_DIR/write-$name.json" write_articles_per_second)")
	R[write_${name}_qps]=$(printf '%.0f' "$(jget "$BENCH_DIR/write-$name.json" write_quads_per_second)")
	local nq=$BENCH_DIR/ingest-$name.nq
	"$NG" export --store "$store" --format nquads >"$nq"
	local lines
	lines=$(wc -l <"$nq")
	timed "cayley load $name" "$CAYLEY" load --init --db "$cayley_db" --dbpath "$cayley_path" -i "$nq"
	R[cayley_${name}_qps]=$(rate "$lines" "$T_SEC")
	R[cayley_${name}_rss]=$T_RSS_MB
	printf '\ningest into %s: %s articles, %s quads (load average %s)\n' "$name" "$n" "$q" "$(loadavg)"
	printf '  %-44s %8s articles/s %8s quads/s  (peak RSS %s MB)\n' "newsgraph ingest (extraction + writes)" "${R[ingest_${name}_aps]}" "${R[ingest_${name}_qps]}" "${R[ingest_${name}_rss]}"
	printf '  %-44s %8s articles/s %8s quads/s\n' "store writes alone (ingestbench)" "${R[write_${name}_aps]}" "${R[write_${name}_qps]}"
	printf '  %-44s %8s            %8s quads/s  (peak RSS %s MB)\n' "cayley load of the same $lines quads" "" "${R[cayley_${name}_qps]}" "${R[cayley_${name}_rss]}"
}
if ! skip ingest; then
	log "== 2. ingest ($ARTICLES articles) into bolt and PostgreSQL"
	rm -rf "$BENCH_DIR"/ingest-bolt.db "$BENCH_DIR"/write-bolt.db "$BENCH_DIR"/cayley-bolt.db "$BENCH_DIR"/*.db.lock
	ingest_into bolt "$BENCH_DIR/ingest-bolt.db" "$BENCH_DIR/write-bolt.db" bolt "$BENCH_DIR/cayley-bolt.db"
	ingest_into postgres "$(pgdb bench_ingest)" "$(pgdb bench_write)" postgres "$(pgdb bench_cayley)"
fi

# ---------------------------------------------------------------- 3. paths
GEN=$BENCH_DIR/gen-$BENCH_QUADS.db
# paths_on NAME STORE PAIRS: pathbench with evidence quotes (as `newsgraph
# paths` prints them) and without (the path search alone). pathbench stops
# at the first query over BENCH_PATHS_TIMEOUT and says which.
paths_on() {
	local name=$1 store=$2 pairs=$3 mode flags line
	for mode in evidence search; do
		flags=()
		[ "$mode" = search ] && flags=(-no-evidence)
		if "$BIN/pathbench" -store "$store" -quads "$BENCH_QUADS" -pairs "$pairs" -gizmo-pairs 0 -timeout "${BENCH_PATHS_TIMEOUT:-60s}" "${flags[@]}" \
			>"$BENCH_DIR/paths-$name-$mode.txt" 2>"$BENCH_DIR/paths-$name-$mode.err"; then
			line=$(grep -m1 -E 'p50' "$BENCH_DIR/paths-$name-$mode.txt" | sed 's/^ *//' || true)
		else
			line="failed: $(tail -n1 "$BENCH_DIR/paths-$name-$mode.err" | cut -c1-160)"
		fi
		R[paths_${name}_${mode}]=$line
		printf '  %-10s %-9s %s\n' "$name" "$mode" "$line"
	done
}
if ! skip paths || ! skip export; then
	if [ ! -d "$GEN" ]; then
		log "== generating $BENCH_QUADS quads into $GEN (bench/gen, once per BENCH_DIR)"
		timed "generate" "$BIN/exportbench" -generate -store "$GEN" -quads "$BENCH_QUADS"
		R[gen_sec]=$T_SEC
	fi
fi
if ! skip paths; then
	log "== 3. paths on $BENCH_QUADS quads, bolt and PostgreSQL"
	GENNQ=$BENCH_DIR/gen-$BENCH_QUADS.nq
	"$NG" export --store "$GEN" --format nquads >"$GENNQ"
	GENLINES=$(wc -l <"$GENNQ")
	PGGEN=$(pgdb bench_paths)
	log "   cayley load of $GENLINES quads into PostgreSQL"
	timed "cayley load paths" "$CAYLEY" load --init --db postgres --dbpath "$PGGEN" -i "$GENNQ"
	R[cayley_big_pg_qps]=$(rate "$GENLINES" "$T_SEC")
	R[cayley_big_pg_rss]=$T_RSS_MB
	"$PGPSQL" "$PGGEN" -qc "ANALYZE" >/dev/null
	printf '\npaths --max-hops 4 --limit 10, random actor pairs (bolt %s, PostgreSQL %s), store of %s quads (load average %s)\n' "$BENCH_PAIRS" "$BENCH_PG_PAIRS" "$GENLINES" "$(loadavg)"
	paths_on bolt "$GEN" "$BENCH_PAIRS"
	paths_on postgres "$PGGEN" "$BENCH_PG_PAIRS"
	printf '  (cayley load of these %s quads into PostgreSQL: %s quads/s, peak RSS %s MB)\n' "$GENLINES" "${R[cayley_big_pg_qps]}" "${R[cayley_big_pg_rss]}"
fi

# ---------------------------------------------------------------- 4. export
if ! skip export; then
	log "== 4. export from the $BENCH_QUADS-quad bolt store"
	printf '\nexport, bolt store of %s quads (bench/export, one run each)\n' "$BENCH_QUADS"
	"$BIN/exportbench" -store "$GEN" -quads "$BENCH_QUADS" -bin "$NG" -reps 1 | tee "$BENCH_DIR/export.txt"
	if [ -n "${PGGEN:-}" ]; then
		timed "export postgres" sh -c "'$NG' export --store '$PGGEN' --format nquads >'$BENCH_DIR/pg-export.nq'"
		R[export_pg]="$T_SEC s, peak RSS $T_RSS_MB MB"
		printf '  N-Quads dump from PostgreSQL (same graph): %s\n' "${R[export_pg]}"
	fi
fi

# ---------------------------------------------------------------- summary
printf '\n== summary (%s articles; %s-quad synthetic store; %s cores; load average %s; %s)\n' "$ARTICLES" "$BENCH_QUADS" "$(nproc)" "$(loadavg)" "$(git rev-parse --short HEAD 2>/dev/null || echo 'no git')"
if ! skip ingest; then
	printf '| backend | ingest articles/s | ingest quads/s | writes alone quads/s | cayley load quads/s | ingest ÷ cayley load | writes ÷ cayley load |\n'
	printf '|---|---|---|---|---|---|---|\n'
	for b in bolt postgres; do
		printf '| %s | %s | %s | %s | %s | %s× | %s× |\n' "$b" "${R[ingest_${b}_aps]}" "${R[ingest_${b}_qps]}" "${R[write_${b}_qps]}" "${R[cayley_${b}_qps]}" \
			"$(ratio "${R[ingest_${b}_qps]}" "${R[cayley_${b}_qps]}")" "$(ratio "${R[write_${b}_qps]}" "${R[cayley_${b}_qps]}")"
	done
	printf 'target: PostgreSQL ingest quads/s >= 1.5 x cayley load into PostgreSQL\n'
fi
if ! skip paths; then
	for b in bolt postgres; do
		for m in evidence search; do
			printf 'paths %-8s %-9s %s\n' "$b" "$m" "${R[paths_${b}_${m}]}"
		done
	done
	printf 'target: paths p99 <= 500 ms on PostgreSQL with 1,000,000 quads\n'
fi
log "work directory: $BENCH_DIR"
