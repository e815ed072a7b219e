#!/usr/bin/env bash
# CPU profile of a running Staybook server, every thread and every frame (Java, native, JIT, GC): async-profiler
# (tools.profiler:async-profiler from Maven Central) loaded into the server with jcmd, sampling on a CPU-time timer
# (itimer: needs no perf events, which containers usually refuse). JFR's execution samples missed most of the booking
# path's CPU (hot-paths.md, "Profile of the placement path"), hence this. Run it while a load runs; it writes
# async-profiler's collapsed stacks (one line per stack: frames from the thread down, then the sample count), which
# flame-graph tools and a few lines of awk or Python read.
#
# usage: cpu-profile.sh <base-url> <seconds> <out.collapsed>
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); source "$HERE/lib.sh"
BASE=$1; SECONDS_TO_PROFILE=$2; OUT=$(realpath -m "$3")
VERSION=3.0
JAR=~/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar
[ -f "$JAR" ] || "$HERE/../../../mvnw" -q dependency:get -Dartifact=tools.profiler:async-profiler:$VERSION >/dev/null
# one fixed place: a JVM that loaded the library from one path must be given the same path to stop it
LIB_DIR=$HERE/../target/async-profiler-$VERSION
[ -f "$LIB_DIR/linux-x64/libasyncProfiler.so" ] || unzip -q -o "$JAR" 'linux-x64/*' -d "$LIB_DIR"
LIB=$LIB_DIR/linux-x64/libasyncProfiler.so
PID=$(server_pid "$BASE")
# jcmd splits its arguments at '=': the agent's options travel as one quoted string
jcmd "$PID" JVMTI.agent_load "$LIB" "\"start,event=itimer,interval=2ms,threads\"" >/dev/null
sleep "$SECONDS_TO_PROFILE"
jcmd "$PID" JVMTI.agent_load "$LIB" "\"stop,file=$OUT,collapsed\"" >/dev/null
echo "== $(wc -l < "$OUT") stacks, $(awk '{n += $NF} END {print n}' "$OUT") samples of 2 ms CPU in $OUT (pid $PID)"
