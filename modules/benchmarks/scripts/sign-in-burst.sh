#!/usr/bin/env bash
# A burst of sign-ins against Liberty's own GET /health/live measured just before it, and what the burst costs the
# server's collector. Every sign-in derives an Argon2id hash (7 MiB, about a core for tens of milliseconds), the most
# memory-hungry request Staybook serves: with a bounded heap (config/jvm.options) it shows whether the derivations'
# memory stays young garbage or fills the old generation and forces full collections.
# It starts no server: give it a running one (mvn -Pserve), started with STAYBOOK_EMAIL_VERIFICATION=none and
# STAYBOOK_LOGIN_MAX_ATTEMPTS_PER_ADDRESS=1000000 (one client address signs in thousands of times a minute). It registers
# one user, signs it in once from that address (which makes the address known to the account) and then over and over.
#
# usage: sign-in-burst.sh <base-url> [seconds (default 30)] [connections (default 8)]
#   env: SERVER_PID (default: the process listening on the base URL's port)
# Needs wrk, curl and the JDK's jstat.
set -euo pipefail
BASE=${1:?usage: sign-in-burst.sh <base-url> [seconds] [connections]}; SECS=${2:-30}; CONN=${3:-8}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
source "$ROOT/modules/benchmarks/scripts/lib.sh"
API=$BASE/api/v1
PID=$(server_pid "$BASE")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

collections() { jstat -gcutil "$PID" | awk 'NR == 2 {print $7, $8, $9, $10}'; }  # young count, young s, full count, full s

email="burst-$(date +%s%N)@bench.staybook.test"; password="a long sign-in burst password"
post /auth/register - "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"Burst Guest\"}" >/dev/null
address=10.92.$((RANDOM % 250)).$((RANDOM % 250 + 1))
curl -fsS -o /dev/null -X POST "$API/auth/login" -H 'Content-Type: application/json' -H "X-Forwarded-For: $address" \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}"
cat > "$WORK/sign-in.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Forwarded-For"] = "$address"
wrk.body = '{"email":"$email","password":"$password"}'
LUA

echo "== sign-in burst against $BASE, $(date -u +%FT%TZ), $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== server JVM: pid $PID, $(tr '\0' ' ' < "/proc/$PID/cmdline" | grep -oE -- '-Xm[sxn][^ ]*|-XX:[+-]?Use[A-Za-z]*GC' | tr '\n' ' ')"
wrk -t2 -c"$CONN" -d"${SECS}s" "$BASE/health/live" > "$WORK/live.txt"
read -r young_before young_s_before full_before full_s_before < <(collections)
cpu_before=$(cpu_seconds)
wrk -t2 -c"$CONN" -d"${SECS}s" -s "$WORK/sign-in.lua" "$API/auth/login" > "$WORK/sign-in.txt"
read -r young_after young_s_after full_after full_s_after < <(collections)
cpu_after=$(cpu_seconds)
# only the answered sign-ins count: a 429 from the sign-in limits is cheap and says the server was started without room
requests=$(wrk_requests "$WORK/sign-in.txt"); refused=$(wrk_non2xx "$WORK/sign-in.txt")
live=$(wrk_rate "$WORK/live.txt"); signins=$(( (requests - ${refused:-0}) / SECS ))
awk '/Latency|Non-2xx|requests in/' "$WORK/sign-in.txt"
echo "/health/live:      $live requests/s"
echo "sign-ins (200):    $signins /s ($(awk -v a="$signins" -v b="$live" 'BEGIN {printf "%.4f", a / b}') of /health/live)"
echo "server CPU:        $(awk -v a="$cpu_before" -v b="$cpu_after" -v s="$SECS" 'BEGIN {printf "%.1f s over %d s", b - a, s}')"
echo "young collections: $((young_after - young_before)), $(awk -v a="$young_s_before" -v b="$young_s_after" 'BEGIN {printf "%.2f", b - a}') s"
echo "full collections:  $((full_after - full_before)), $(awk -v a="$full_s_before" -v b="$full_s_after" 'BEGIN {printf "%.2f", b - a}') s"
echo "resident memory:   $(rss_mib) MiB"
