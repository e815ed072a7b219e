#!/usr/bin/env bash
# Start time of one Staybook server, repeated: for each run, starts it, times launch -> GET /health/ready UP, and
# reads the JVM's own CPU time until then (utime + stime of /proc/<pid>/stat), which depends far less than the wall
# time on what else the machine runs. Prints a line per run and the load average at launch; stops the server
# after each run. The server must be stopped beforehand and configured (server.env) for a migrated database.
#
# usage: start-time.sh <wlp-dir> <server-name> <http-port> [runs (default 3)]
set -euo pipefail
WLP=$1; SERVER=$2; PORT=$3; RUNS=${4:-3}
TICKS=$(getconf CLK_TCK)
now() { date +%s.%N; }

for run in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  launched=$(now)
  "$WLP/bin/server" start "$SERVER" >/dev/null
  pid=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
  until curl -fsS -o /dev/null "http://localhost:$PORT/health/ready" 2>/dev/null; do
    sleep 0.1
    if (( $(echo "$(now) - $launched > 900" | bc) )); then echo "not ready within 900 s" >&2; exit 1; fi
  done
  wall=$(echo "$(now) - $launched" | bc)
  cpu=$(awk -v t="$TICKS" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
  printf 'run=%d load_at_launch=%s ready_seconds=%.1f jvm_cpu_seconds=%s\n' "$run" "$load" "$wall" "$cpu"
  "$WLP/bin/server" stop "$SERVER" >/dev/null
done
