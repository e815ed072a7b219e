#!/usr/bin/env bash
# Resident memory and throughput of a running server under a mixed read load, for comparing JVM settings (issue 16):
# creates a host, a published listing and a guest, then sends wrk requests in 10 s rounds until <requests> have been
# answered, each connection cycling through: Liberty's /health/live, the listing anonymous (cached), with the guest's
# token (cached), with the host's token (the database), and a city search. Prints requests, requests/s, answers other
# than 2xx, the load average, the JVM's CPU seconds over the run and its resident memory after it. Compare settings
# with runs of the same server back to back on the same machine: the ratio of their requests/s, not the figures alone.
#
# usage: mixed-memory.sh <base-url> [requests (default 100000)]   env: CONNECTIONS (default 8), SERVER_PID
set -euo pipefail
BASE=${1:?usage: mixed-memory.sh <base-url> [requests]}; TARGET=${2:-100000}; CONN=${CONNECTIONS:-8}; API=$BASE/api/v1
source "$(dirname "$0")/lib.sh"
PID=$(server_pid "$BASE")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
reader_fixture mixed-memory Memtown

cat > "$WORK/mixed.lua" <<LUA
local requests = {
  {path = "/health/live"},
  {path = "/api/v1/listings/$listing"},
  {path = "/api/v1/listings/$listing", auth = "Bearer $guest_token"},
  {path = "/api/v1/listings/$listing", auth = "Bearer $host_token"},
  {path = "/api/v1/listings?city=Memtown"},
}
local i = 0
request = function()
  i = i % #requests + 1
  local r = requests[i]
  local headers = {}
  if r.auth then headers["Authorization"] = r.auth end
  return wrk.format("GET", r.path, headers)
end
LUA

echo "== mixed load on $BASE: pid $PID, $(tr '\0' ' ' < "/proc/$PID/cmdline" | grep -oE -- '-Xm[sxn][^ ]*|-XX:[+-]?[A-Za-z]*(GC|Metaspace|CodeCache|CompilerCount|TrimNativeHeap|NativeMemory)[^ ]*|-Xss[^ ]*' | sort -u | tr '\n' ' ')"
echo "== MALLOC_ARENA_MAX=$(tr '\0' '\n' < "/proc/$PID/environ" 2>/dev/null | awk -F= '$1=="MALLOC_ARENA_MAX" {print $2}'), resident $(rss_mib) MiB before, load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c"$CONN" -d5s -s "$WORK/mixed.lua" "$BASE" >/dev/null   # warm-up: the JIT, the cache
cpu0=$(cpu_seconds); t0=$(date +%s.%N); total=0; non2xx=0
while (( total < TARGET )); do
  wrk -t1 -c"$CONN" -d10s -s "$WORK/mixed.lua" "$BASE" > "$WORK/round"
  total=$(( total + $(wrk_requests "$WORK/round") ))
  non2xx=$(( non2xx + $(wrk_non2xx "$WORK/round" | grep . || echo 0) ))
done
secs=$(echo "$(date +%s.%N) - $t0" | bc)
printf '== requests=%d seconds=%.1f requests_per_second=%.0f non_2xx=%d jvm_cpu_seconds=%.1f requests_per_cpu_second=%.0f\n' \
  "$total" "$secs" "$(echo "$total / $secs" | bc -l)" "$non2xx" "$(echo "$(cpu_seconds) - $cpu0" | bc)" \
  "$(echo "$total / ($(cpu_seconds) - $cpu0)" | bc -l)"
echo "== resident $(rss_mib) MiB after, load average $(cut -d' ' -f1-3 /proc/loadavg)"
