#!/usr/bin/env bash
# Anonymous listing reads spread over many listings, against Liberty's GET /health/live in the same run: what the
# cache (Redis, and each instance's near cache of recent copies) does when readers do not all want one listing.
# For each count of listings N given, wrk reads N published listings of the database in random order (uniformly,
# so every listing is as hot as any other), after a warm-up phase of the same reads; then prints the ratio table,
# with the share of reads that were cache hits (X-Cache) and the commands Redis processed during each phase. Counting the
# hits costs wrk a Lua call per answer, on the same cores as the server: the ratios are, if anything, low.
# It starts no server: give it a running one (mvn -Pserve) and the database that server uses.
#
# usage: spread-reads.sh <base-url> <database> <listings>...   e.g. spread-reads.sh http://localhost:9080 staybook_bench 1 1000 100000
#   env: SECONDS_PER_PHASE (default 20), CONNECTIONS (default 8), REDIS_CLI (default redis-cli), PGHOST, PGUSER
# Needs wrk, psql, curl and redis-cli; run it from anywhere in the repository.
set -euo pipefail
BASE=${1:?usage: spread-reads.sh <base-url> <database> <listings>...}; DATABASE=${2:?database of the running server}; shift 2
[ $# -gt 0 ] || { echo "give at least one count of listings" >&2; exit 1; }
SECS=${SECONDS_PER_PHASE:-20}; CONN=${CONNECTIONS:-8}; REDIS=${REDIS_CLI:-redis-cli}
PG="-h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres}"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

redis_calls() { $REDIS info stats | awk -F: '/^total_commands_processed:/ {print $2+0}'; }
rate() { awk '/^Requests\/sec:/ {printf "%d", $2}' "$1"; }
hit_share() { awk '/^hits / {printf "%.3f", $2 / $4}' "$1"; }

cat > "$WORK/spread.lua" <<'LUA'
-- reads the listings of $IDS in random order; counts the answers that were cache hits (per thread, summed at the end)
local ids, threads = {}, {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
hits, reads = 0, 0
setup = function(thread) threads[#threads + 1] = thread end
init = function() math.randomseed(os.time()) end
request = function() return wrk.format("GET", "/api/v1/listings/" .. ids[math.random(#ids)]) end
response = function(status, headers) reads = reads + 1; if headers["X-Cache"] == "HIT" then hits = hits + 1 end end
done = function()
  local h, r = 0, 0
  for _, thread in ipairs(threads) do h = h + thread:get("hits"); r = r + thread:get("reads") end
  io.write(string.format("hits %d of %d\n", h, r))
end
LUA

echo "== spread anonymous reads of $BASE (database $DATABASE), $(date -u +%FT%TZ), $(nproc) processors shared by server,"\
  "PostgreSQL, Redis and wrk; load average $(cut -d' ' -f1-3 /proc/loadavg); $SECS s a phase, $CONN connections"
echo
echo "| listings read | /health/live req/s | spread read req/s | ratio | cache hits | Redis commands per read (a script's inner calls counted) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for count in "$@"; do
  psql $PG -d "$DATABASE" -tAc "SELECT id FROM listings.listings WHERE status = 'PUBLISHED' ORDER BY id LIMIT $count" > "$WORK/ids.txt"
  # a warm-up phase of the same reads, so that the measured one reads a filled cache
  IDS="$WORK/ids.txt" wrk -t1 -c"$CONN" -d"${SECS}s" -s "$WORK/spread.lua" "$BASE" > /dev/null
  wrk -t1 -c"$CONN" -d"${SECS}s" "$BASE/health/live" > "$WORK/live"
  before=$(redis_calls)
  IDS="$WORK/ids.txt" wrk -t1 -c"$CONN" -d"${SECS}s" -s "$WORK/spread.lua" "$BASE" > "$WORK/spread"
  calls=$(( $(redis_calls) - before ))
  reads=$(awk '/^hits / {print $4}' "$WORK/spread")
  echo "| $(wc -l < "$WORK/ids.txt") | $(rate "$WORK/live") | $(rate "$WORK/spread") |"\
    "$(awk -v a="$(rate "$WORK/spread")" -v b="$(rate "$WORK/live")" 'BEGIN { printf "%.3f", a / b }') |"\
    "$(hit_share "$WORK/spread") | $(awk -v c="$calls" -v r="$reads" 'BEGIN { printf "%.2f", c / r }') |"
done
