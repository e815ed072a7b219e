#!/usr/bin/env bash
# Start time and memory of one Staybook server: starts it, times launch -> GET /health/ready UP, sends a
# few hundred mixed API requests (sign-ups, sign-ins, listings created, read and searched, quotes,
# profiles, health), then reads the JVM's resident set size (/proc) and used heap (jcmd, and the
# liveness check's figure), and stops the server. Prints the figures; writes nothing else.
#
# usage: startup-and-memory.sh <wlp-dir> <server-name> <http-port> [rounds (default 40, about 10 requests each)]
# The server must be configured (server.env) for an empty or migrated database it may write to, with
# STAYBOOK_EMAIL_VERIFICATION=none (this script reads no mail, and its hosts create listings).
set -euo pipefail
WLP=$1; SERVER=$2; PORT=$3; ROUNDS=${4:-40}
BASE=http://localhost:$PORT
API=$BASE/api/v1
now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }

launched=$(now)
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; do
  sleep 0.2
  if (( $(echo "$(elapsed "$launched") > 900" | bc) )); then echo "not ready within 900 s" >&2; exit 1; fi
done
echo "ready_seconds=$(elapsed "$launched")"
PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
source "$(dirname "$0")/lib.sh"
echo "rss_mib_ready=$(rss_mib)"

requests=0; failures=0
call() { # call <expected-status> <curl args...>
  local expected=$1; shift
  local status; status=$(curl -s -o /tmp/startup-and-memory.body -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: 10.77.$((RANDOM % 250)).$((RANDOM % 250 + 1))" "$@")
  requests=$((requests + 1))
  if [ "$status" != "$expected" ]; then failures=$((failures + 1)); echo "unexpected $status for $*" >&2; fi
}
run=$(date +%s)
checkin=$(date -u -d '+60 days' +%F); checkout=$(date -u -d '+63 days' +%F)
listing=""
for i in $(seq 1 "$ROUNDS"); do
  email="mem-$run-$i@example.com"
  call 202 -X POST "$API/auth/register" -d "{\"email\":\"$email\",\"password\":\"correct horse battery $i\",\"name\":\"Guest $i\"}"
  call 200 -X POST "$API/auth/login" -d "{\"email\":\"$email\",\"password\":\"correct horse battery $i\"}"
  token=$(json accessToken < /tmp/startup-and-memory.body)
  call 200 "$API/users/me" -H "Authorization: Bearer $token"
  if (( i % 4 == 1 )); then
    call 200 -X POST "$API/users/me/host" -H "Authorization: Bearer $token"
    call 200 -X POST "$API/auth/login" -d "{\"email\":\"$email\",\"password\":\"correct horse battery $i\"}"
    token=$(json accessToken < /tmp/startup-and-memory.body)
    call 201 -X POST "$API/listings" -H "Authorization: Bearer $token" -d "{\"title\":\"Loft $i\",\"description\":\"Quiet and sunny.\",\"propertyType\":\"LOFT\",\"roomType\":\"ENTIRE_PLACE\",\"address\":{\"street\":\"$i Main Street\",\"city\":\"Memtown\",\"country\":\"FR\"},\"location\":{\"latitude\":48.85,\"longitude\":2.35},\"timeZone\":\"Europe/Paris\",\"capacity\":{\"guests\":4,\"bedrooms\":2,\"beds\":2,\"bathrooms\":1},\"amenities\":[\"wifi\"],\"photos\":[{\"url\":\"https://img.example/$i.jpg\",\"caption\":\"Room\"}],\"pricing\":{\"nightlyPrice\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"cleaningFee\":{\"amount\":\"25.00\",\"currency\":\"EUR\"}},\"instantBook\":true,\"publish\":true}"
    listing=$(json id < /tmp/startup-and-memory.body)
  fi
  call 200 "$API/listings/$listing"
  call 200 "$API/listings?city=Memtown&checkIn=$checkin&checkOut=$checkout&guests=2"
  call 200 "$API/listings?near=48.85,2.35&radiusKm=5"
  call 200 -X POST "$API/quotes" -d "{\"listingId\":\"$listing\",\"checkIn\":\"$checkin\",\"checkOut\":\"$checkout\",\"guests\":2}"
  call 200 "$API/listings/$listing/calendar"
  call 200 "$BASE/health/ready"
done
echo "requests=$requests unexpected=$failures"
echo "rss_mib_after_requests=$(rss_mib)"
heap_line=$(jcmd "$PID" GC.heap_info 2>/dev/null | head -3 | tr '\n' ' ' || true)
echo "jcmd_heap_info=$heap_line"
echo "liveness=$(curl -s "$BASE/health/live")"
"$WLP/bin/server" stop "$SERVER" >/dev/null
echo "stopped"
