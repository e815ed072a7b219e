#!/usr/bin/env bash
# Runs a benchmark between anchors measured on the same machine in the same run, so that its figures can be read
# as ratios on a shared, noisy machine: Liberty's own GET /health/live (wrk, 8 connections, 20 s) before and
# after, and PostgreSQL's select-only pgbench (8 clients, 20 s) before. Each phase also prints the machine's busy
# CPU (all processes, from /proc/stat) for it. Needs wrk and pgbench; creates the pgbench database once.
#
# usage: with-anchors.sh <base-url> <benchmark command...>
#   e.g. with-anchors.sh http://localhost:9080 mvn -q -pl modules/benchmarks exec:java \
#          -Dexec.mainClass=dev.staybook.benchmarks.SearchBenchmark -Dexec.args="--database staybook_bench --rate 150"
set -euo pipefail
BASE=$1; shift
PG="-h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres}"
ANCHOR_DB=pgbench_anchor

busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
phase() { # phase <name> <command...>
  local name=$1; shift
  local before; before=$(busy_jiffies)
  "$@"
  echo "== $name: machine busy CPU $(( ($(busy_jiffies) - before) * 1000 / $(getconf CLK_TCK) )) ms"
}

if ! psql $PG -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$ANCHOR_DB'" | grep -q 1; then
  psql $PG -d postgres -qc "CREATE DATABASE $ANCHOR_DB"
  pgbench $PG -i -s 10 -q "$ANCHOR_DB"
fi
echo "== machine: $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
phase "anchor /health/live before" wrk -t1 -c8 -d20s --latency "$BASE/health/live"
phase "anchor pgbench select-only" pgbench $PG -S -c 8 -j 1 -T 20 -n "$ANCHOR_DB"
phase "benchmark" "$@"
phase "anchor /health/live after" wrk -t1 -c8 -d20s --latency "$BASE/health/live"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
