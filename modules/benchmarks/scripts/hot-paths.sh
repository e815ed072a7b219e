#!/usr/bin/env bash
# The hot paths of issue 16, each against its anchor measured in the same run on the same machine, back to back:
#   1. Liberty's own GET /health/live (wrk), the floor of any request;
#   2. GET /api/v1/listings/{id} anonymous (the cache serves it after the first read), 3. with a guest's bearer token
#      (the same cached document) and 3b. with its host's token (never cached: the database), against 1, and 3b also
#      against pgbench reading the same row by primary key;
#   4. bookings placed per second through POST /api/v1/bookings (BookingBenchmark: concurrent guests, a share of
#      them racing for the same nights) against pgbench inserting into a scratch table with the same kind of
#      exclusion constraint (listing =, daterange &&, btree_gist); the benchmark checks 0 overlapping bookings;
#   5. the resident memory of the server JVM at the end (after every request above);
# then prints the ratio table. It starts no server: give it a running one (mvn -Pserve, README "Benchmarks") and
# the database that server uses. Its guests need room for unpaid bookings and registrations per address: start
# the server with STAYBOOK_BOOKINGS_MAX_UNPAID_PER_GUEST=1000 STAYBOOK_LIMIT_REGISTRATIONS_PER_ADDRESS=100000/PT1H.
# It creates a host, a listing, 200 guests and 100 listings of the booking benchmark in that database, and the
# scratch database pgbench_anchor (pgbench's own tables and the table hot_path_stays) if missing.
#
# usage: hot-paths.sh <base-url> <database> [raw-log (default modules/benchmarks/results/hot-paths-runs/<UTC time>.log)]
#   env: SECONDS_PER_PHASE (default 20), CONNECTIONS (default 8, wrk and pgbench), BOOKING_CLIENTS (default 16),
#        DRAIN_TIMEOUT (default 180 s, how long the booking benchmark waits for confirmations),
#        SERVER_PID (default: the process listening on the base URL's port), PGHOST, PGUSER
# Needs wrk, pgbench, psql, curl and the JDK; run it from anywhere in the repository.
set -euo pipefail
BASE=${1:?usage: hot-paths.sh <base-url> <database> [raw-log]}; DATABASE=${2:?database of the running server}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
source "$ROOT/modules/benchmarks/scripts/lib.sh"
RAW=${3:-$ROOT/modules/benchmarks/results/hot-paths-runs/$(date -u +%Y%m%dT%H%M%SZ).log}
SECS=${SECONDS_PER_PHASE:-20}; CONN=${CONNECTIONS:-8}; BOOKING_CLIENTS=${BOOKING_CLIENTS:-16}
PG="-h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres}"
ANCHOR_DB=pgbench_anchor
API=$BASE/api/v1
mkdir -p "$(dirname "$RAW")"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
exec > >(tee "$RAW") 2>&1

busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
phase() { # phase <name> <command...>: runs it, printing the machine's busy CPU over it
  local name=$1; shift
  echo "== $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  local before; before=$(busy_jiffies)
  "$@"
  echo "== $name: machine busy CPU $(( ($(busy_jiffies) - before) * 1000 / $(getconf CLK_TCK) )) ms"
}
pgbench_tps() { awk '/^tps = / {printf "%d", $3}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }
PID=$(server_pid "$BASE")
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "$BASE/health/ready is not UP" >&2; exit 1; }

echo "== hot paths of $BASE (database $DATABASE), $(date -u +%FT%TZ)"
echo "== machine: $(nproc) processors ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo),"\
  "$(psql $PG -d "$DATABASE" -tAc 'show server_version' | sed 's/^/PostgreSQL /'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== server JVM: pid $PID, $(tr '\0' ' ' < "/proc/$PID/cmdline" | grep -oE -- '-Xm[sx][^ ]*|-XX:[+-]?[A-Za-z]*(GC|Metaspace|CodeCache|RAMPercentage|TrimNativeHeap)[^ ]*|-Xss[^ ]*|-Xmn[^ ]*' | tr '\n' ' ')resident $(rss_mib) MiB before the run"
echo "== $SECS s a phase, $CONN connections (wrk, pgbench), $BOOKING_CLIENTS booking clients"

# --- the scratch anchors: pgbench's tables, and a stays table with the bookings' kind of exclusion constraint
if ! psql $PG -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$ANCHOR_DB'" | grep -q 1; then
  psql $PG -d postgres -qc "CREATE DATABASE $ANCHOR_DB"
  pgbench $PG -i -s 10 -q "$ANCHOR_DB"
fi
psql $PG -d "$ANCHOR_DB" -q <<'SQL'
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE IF NOT EXISTS hot_path_stays (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    listing_id integer NOT NULL,
    guest_id   uuid NOT NULL,
    status     varchar(24) NOT NULL,
    check_in   date NOT NULL,
    check_out  date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hot_path_stays_no_overlap EXCLUDE USING gist (
        listing_id WITH =, daterange(check_in, check_out, '[)') WITH &&) WHERE (status IN ('PENDING_PAYMENT', 'CONFIRMED')));
CREATE SEQUENCE IF NOT EXISTS hot_path_stay_numbers;
TRUNCATE hot_path_stays; ALTER SEQUENCE hot_path_stay_numbers RESTART;
SQL
# every transaction takes the next three nights free on one of 100 listings: each insert is checked against the
# listing's other stays by the exclusion constraint, and none conflicts (pgbench would end a client on an error)
cat > "$WORK/stay-insert.sql" <<'SQL'
INSERT INTO hot_path_stays (listing_id, guest_id, status, check_in, check_out)
SELECT n % 100, gen_random_uuid(), 'PENDING_PAYMENT', date '2030-01-01' + (n / 100)::int * 3, date '2030-01-01' + (n / 100)::int * 3 + 3
FROM nextval('hot_path_stay_numbers') AS n;
SQL

# --- a published listing and a signed-in guest for the reads
reader_fixture hot-path Hotpath
echo "== listing $listing; X-Cache of two anonymous reads: $(for i in 1 2; do curl -s -o /dev/null -D - "$API/listings/$listing" | awk -F': ' 'tolower($1)=="x-cache" {printf "%s ", $2}'; done)"
echo "SELECT * FROM listings.listings WHERE id = '$listing';" > "$WORK/listing-by-id.sql"

# --- the phases, back to back; a short warm-up of each read first (the JIT, the cache)
phase "/health/live" wrk -t1 -c"$CONN" -d"${SECS}s" --latency "$BASE/health/live" | tee "$WORK/live"
wrk -t1 -c"$CONN" -d5s "$API/listings/$listing" >/dev/null
phase "anonymous GET /listings/{id}" wrk -t1 -c"$CONN" -d"${SECS}s" --latency "$API/listings/$listing" | tee "$WORK/anonymous"
wrk -t1 -c"$CONN" -d5s -H "Authorization: Bearer $guest_token" "$API/listings/$listing" >/dev/null
phase "signed-in GET /listings/{id}" wrk -t1 -c"$CONN" -d"${SECS}s" --latency -H "Authorization: Bearer $guest_token" \
  "$API/listings/$listing" | tee "$WORK/signed-in"
wrk -t1 -c"$CONN" -d5s -H "Authorization: Bearer $host_token" "$API/listings/$listing" >/dev/null
phase "host's own GET /listings/{id}" wrk -t1 -c"$CONN" -d"${SECS}s" --latency -H "Authorization: Bearer $host_token" \
  "$API/listings/$listing" | tee "$WORK/own"
phase "pgbench SELECT listings.listings by id" pgbench $PG -n -c "$CONN" -j 1 -T "$SECS" -f "$WORK/listing-by-id.sql" "$DATABASE" \
  | tee "$WORK/pg-select"
phase "pgbench insert with exclusion constraint" pgbench $PG -n -c "$CONN" -j 1 -T "$SECS" -f "$WORK/stay-insert.sql" "$ANCHOR_DB" \
  | tee "$WORK/pg-insert"
echo "== scratch stays overlapping after pgbench: $(psql $PG -d "$ANCHOR_DB" -tAc "SELECT count(*) FROM hot_path_stays a JOIN hot_path_stays b
  ON a.listing_id = b.listing_id AND a.id < b.id AND daterange(a.check_in, a.check_out) && daterange(b.check_in, b.check_out)")"
(cd "$ROOT" && phase "POST /bookings (BookingBenchmark)" ./mvnw -o -q -pl modules/benchmarks compile exec:java \
  -Dexec.mainClass=dev.staybook.benchmarks.BookingBenchmark -Dexec.args="--base-url $BASE --database $DATABASE --guests 200 \
  --listings 100 --clients $BOOKING_CLIENTS --overlap-percent 20 --warmup 10 --duration $SECS --drain-timeout ${DRAIN_TIMEOUT:-180} \
  --out $WORK/bookings.md") | tee "$WORK/bookings-run"
rss=$(rss_mib)
# the collector's work over the server's life so far: a heap too small for the load shows as many full collections
echo "== garbage collection since the server started (jstat -gcutil $PID)"; jstat -gcutil "$PID" 2>/dev/null || echo "(jstat unavailable)"

# --- the ratio table
live=$(wrk_rate "$WORK/live"); anonymous=$(wrk_rate "$WORK/anonymous"); signed=$(wrk_rate "$WORK/signed-in"); own=$(wrk_rate "$WORK/own")
select=$(pgbench_tps "$WORK/pg-select"); insert=$(pgbench_tps "$WORK/pg-insert")
placed=$(sed -nE 's/.*successful bookings: ([0-9.]+)\/s.*/\1/p' "$WORK/bookings.md")
overlaps=$(sed -nE 's/.*overlapping active bookings: \*\*([0-9]+)\*\*.*/\1/p' "$WORK/bookings.md")
confirmed=$(sed -nE 's/.*confirmed bookings per second, from the start of the load until the follow-up caught up: ([0-9.]+).*/\1/p' "$WORK/bookings.md")
follow_up=$(sed -nE 's/.*follow-up (complete|NOT complete) ([0-9]+) s after the load.*/\1 \2 s after the load/p' "$WORK/bookings.md")
requests=$(( $(wrk_requests "$WORK/live") + $(wrk_requests "$WORK/anonymous") + $(wrk_requests "$WORK/signed-in") + $(wrk_requests "$WORK/own") ))
non2xx="$(wrk_non2xx "$WORK/live")$(wrk_non2xx "$WORK/anonymous")$(wrk_non2xx "$WORK/signed-in")$(wrk_non2xx "$WORK/own")"
cat <<TABLE

## Ratio table (issue 16), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)

| figure | Staybook | anchor in the same run | ratio | target |
| --- | ---: | ---: | ---: | --- |
| \`GET /health/live\` (Liberty + MP Health, no app code) | $live req/s | – | Liberty's floor | |
| \`GET /api/v1/listings/{id}\` anonymous (cached) | $anonymous req/s | /health/live $live req/s | $(ratio "$anonymous" "$live") | ≥ 0.6 |
| \`GET /api/v1/listings/{id}\` with a guest's bearer token (cached) | $signed req/s | /health/live $live req/s | $(ratio "$signed" "$live") | ≥ 0.3 |
| \`GET /api/v1/listings/{id}\` by its host (database) | $own req/s | /health/live $live req/s | $(ratio "$own" "$live") | |
| same, against pgbench \`SELECT * FROM listings.listings WHERE id = \$1\` | $own req/s | $select tps | $(ratio "$own" "$select") | |
| \`POST /api/v1/bookings\` placed (201), $overlaps overlapping | $placed/s | pgbench insert, exclusion constraint: $insert tps | $(ratio "$placed" "$insert") | ≥ 0.25, 0 overlaps |
| bookings confirmed (follow-up $follow_up), from the start of the load | $confirmed/s | placed $placed/s | $(ratio "$confirmed" "$placed") | the same rate |
| resident memory of the server JVM after $requests wrk requests and the booking run | $rss MiB | – | – | < 512 MiB |

Answers other than 2xx to the wrk phases: ${non2xx:-none}. The booking benchmark's own report (latencies, errors,
confirmation follow-up) is above; the raw output is in $RAW.
TABLE
